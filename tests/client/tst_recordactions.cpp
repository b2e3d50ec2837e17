#include "../testsupport.h"
#include "client/detailspane.h"
#include "client/mainwindow.h"
#include "client/messagebanner.h"
#include "client/recordactions.h"
#include "client/recorddialogs.h"
#include "client/recordtreemodel.h"
#include "dms/capture/importer.h"
#include "dms/demo/simplepdf.h"
#include "dms/engine.h"
#include "dms/i18n.h"
#include "dms/store/queries.h"
#include "keyboardwalk.h"
#include "model/filereference.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;

/**
 * Issue 14, deliverable 4: the daily actions work from the list's context menu — delete and
 * restore, move a document and a case, a new volume, share and revoke, print (to a PDF printer),
 * save a copy, e-mail, the settings — and each ends in the engine's records.
 */
class TstRecordActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void deleteAndRestore();
    void moveDocumentAndCase();
    void newVolume();
    void shareAndRevoke();
    void printToAPdfPrinter();
    void saveACopyAndMailIt();
    void aDocumentDraggedOutIsACopy();
    void settingsAreTheAdministrators();
    void everyActionIsInTheMenuWithAShortcut();
    void dialogsAreWalkedByKeyboardAndNamed();
    void germanDialogs(); // last: it installs the German catalogue for the rest of the run

private:
    void open(MainWindow &w);
    /** Opens the list's context menu on @p id's row and triggers @p action; the menu's actions come back. */
    QStringList viaContextMenu(MainWindow &w, const QUuid &id, const QString &action);
    Model::FileRecord file(MainWindow &w, const QUuid &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QUuid m_file, m_otherFile, m_caseA, m_caseB, m_pdf, m_text;
};

namespace {

QModelIndex rowOf(MainWindow &w, const QUuid &id)
{
    return w.recordModel()->indexOf(id);
}

} // namespace

void TstRecordActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recordactions"));
}

void TstRecordActions::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->filePath(QStringLiteral("data"));
    auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
    QVERIFY(e.has_value());
    Dms::Engine &engine = **e;
    QVERIFY(Test::importSmallPlan(engine).has_value());
    auto f = engine.apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Neubau Lindenweg 12")));
    auto g = engine.apply(Dms::Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Anbau Birkenweg 3")));
    QVERIFY(f && g);
    m_file = f->id;
    m_otherFile = g->id;
    auto a = engine.apply(Dms::Commands::createCase(m_file, QStringLiteral("Bauantrag")));
    auto b = engine.apply(Dms::Commands::createCase(m_file, QStringLiteral("Widerspruch")));
    QVERIFY(a && b);
    m_caseA = a->id;
    m_caseB = b->id;
    Dms::SimplePdf pdf;
    pdf.setTitle(QStringLiteral("Bauantrag"));
    pdf.addHeading(QStringLiteral("Bauantrag Lindenweg 12"));
    for (int i = 0; i < 90; ++i) // more than one page
        pdf.addParagraph(QStringLiteral("Absatz %1: Errichtung eines Einfamilienhauses mit Garage.").arg(i));
    const QString pdfPath = m_dir->filePath(QStringLiteral("bauantrag.pdf"));
    QVERIFY(Test::writeFile(pdfPath, pdf.toPdf()));
    const QString textPath = m_dir->filePath(QStringLiteral("notiz.txt"));
    QVERIFY(Test::writeFile(textPath, "Aktennotiz: Ortstermin am Lindenweg 12.\n"));
    Dms::Importer importer(engine);
    auto p = importer.addDocument(m_caseA, pdfPath);
    auto t = importer.addDocument(m_caseA, textPath);
    QVERIFY(p && t);
    m_pdf = p->id;
    m_text = t->id;
}

void TstRecordActions::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            w->deleteLater();
    }
    QCoreApplication::processEvents();
    m_dir.reset();
}

void TstRecordActions::open(MainWindow &w)
{
    w.resize(1366, 768);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    QVERIFY(w.selectPlanUnit(QStringLiteral("63.01.02")));
    QTRY_VERIFY(w.recordModel()->rowCount() >= 2);
}

QStringList TstRecordActions::viaContextMenu(MainWindow &w, const QUuid &id, const QString &action)
{
    if (id == m_pdf || id == m_text)
        w.showDocument(id);
    else
        w.selectRecord(id);
    if (!QTest::qWaitFor(
            [&] { return w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid() == id; }, 10000))
        return { QStringLiteral("row not selected") };
    QStringList seen;
    bool triggered = false;
    auto *timer = new QTimer;
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer, &seen, &triggered, action] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || menu->objectName() != QLatin1String("recordContextMenu"))
            return;
        timer->stop();
        timer->deleteLater();
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            seen << a->objectName();
            if (a->objectName() == action && a->isEnabled()) {
                menu->close();
                a->trigger();
                triggered = true;
                return;
            }
        }
        menu->close();
    });
    timer->start();
    const QRect rect = w.recordView()->visualRect(w.recordView()->currentIndex());
    Q_EMIT w.recordView()->customContextMenuRequested(rect.center());
    if (!triggered)
        seen << QStringLiteral("not triggered: ") + action;
    return seen;
}

Model::FileRecord TstRecordActions::file(MainWindow &w, const QUuid &id)
{
    auto db = w.engine()->openReader();
    return **Dms::Queries::file(*db, id);
}

void TstRecordActions::deleteAndRestore()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    const QStringList menu = viaContextMenu(w, m_text, QStringLiteral("actionDelete"));
    QVERIFY2(!menu.last().startsWith(QLatin1String("not")), qPrintable(menu.join(QLatin1Char(' '))));
    auto *dialog = Test::waitForDialog<DeleteDialog>(QStringLiteral("deleteDialog"));
    QVERIFY(dialog);
    // No reason: refused inline, nothing deleted.
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonMessage"))->isVisible());
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("doppelt erfasst"));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::countRows(*w.engine(), QStringLiteral("document"),
            QStringLiteral("deleted = 1 AND id = '%1'").arg(m_text.toString(QUuid::WithoutBraces))),
        1, 5000);
    QTRY_VERIFY(!rowOf(w, m_text).isValid()); // gone from the list

    // The recycle bin, from the Edit menu's action: restore with a reason.
    w.recordActions()->recycleBinAction()->trigger();
    auto *bin = Test::waitForDialog<RecycleBinDialog>(QStringLiteral("recycleBinDialog"));
    QVERIFY(bin);
    QTRY_VERIFY(bin->isLoaded());
    QCOMPARE(bin->view()->model()->rowCount(), 1);
    bin->view()->setCurrentIndex(bin->view()->model()->index(0, 0));
    QVERIFY(!bin->restoreButton()->isEnabled()); // a reason first
    QTest::keyClicks(bin->reasonEdit(), QStringLiteral("doch richtig"));
    QVERIFY(bin->restoreButton()->isEnabled());
    bin->restoreButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::countRows(*w.engine(), QStringLiteral("document"),
            QStringLiteral("deleted = 0 AND id = '%1'").arg(m_text.toString(QUuid::WithoutBraces))),
        1, 5000);
    QTRY_COMPARE(bin->view()->model()->rowCount(), 0);
    QCOMPARE(
        Test::countRows(*w.engine(), QStringLiteral("audit_event"), QStringLiteral("action = 'entity.restore'")), 1);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(w, m_text).isValid(), 10000); // back in the list
    bin->reject();
}

void TstRecordActions::moveDocumentAndCase()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    QStringList menu = viaContextMenu(w, m_pdf, QStringLiteral("actionMove"));
    QVERIFY2(!menu.last().startsWith(QLatin1String("not")), qPrintable(menu.join(QLatin1Char(' '))));
    auto *dialog = Test::waitForDialog<MoveDialog>(QStringLiteral("moveDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    // Nothing is chosen for the clerk: OK does nothing until a case is picked.
    QVERIFY(dialog->targetView()->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog->targetView()->model()->rowCount(), 1); // not the case it is in
    QTest::keyClicks(dialog->filterEdit(), QStringLiteral("Widerspruch"));
    dialog->targetView()->setCurrentIndex(dialog->targetView()->model()->index(0, 0));
    QVERIFY(dialog->targetLabel()->text().contains(QLatin1String("Widerspruch")));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    auto caseOf = [&](const QUuid &doc) {
        auto db = w.engine()->openReader();
        return (*Dms::Queries::document(*db, doc))->caseId;
    };
    QPointer<MoveDialog> first(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(caseOf(m_pdf), m_caseB, 5000);
    QTRY_VERIFY(!first || !first->isVisible()); // closed on success

    // The case into the other file.
    menu = viaContextMenu(w, m_caseB, QStringLiteral("actionMove"));
    QVERIFY2(!menu.last().startsWith(QLatin1String("not")), qPrintable(menu.join(QLatin1Char(' '))));
    QVERIFY(!menu.contains(QStringLiteral("actionPrint"))); // a case is not printed
    auto *caseDialog = Test::waitForDialog<MoveDialog>(QStringLiteral("moveDialog"));
    QVERIFY(caseDialog);
    QTRY_VERIFY(caseDialog->isLoaded());
    QCOMPARE(caseDialog->targetView()->model()->rowCount(), 1);
    caseDialog->targetView()->setCurrentIndex(caseDialog->targetView()->model()->index(0, 0));
    QVERIFY(caseDialog->targetLabel()->text().contains(QLatin1String("Anbau Birkenweg 3")));
    QSignalSpy accepted(caseDialog, &QDialog::accepted);
    caseDialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QVERIFY2(accepted.wait(5000),
        qPrintable(caseDialog->banner()->findChild<QLabel *>() ? caseDialog->banner()->findChild<QLabel *>()->text()
                                                               : QStringLiteral("no answer")));
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::countRows(*w.engine(), QStringLiteral("case_record"),
            QStringLiteral("id = '%1' AND file_id = '%2' AND former_reference <> ''")
                .arg(m_caseB.toString(QUuid::WithoutBraces), m_otherFile.toString(QUuid::WithoutBraces))),
        1, 5000);
}

void TstRecordActions::newVolume()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    const QStringList menu = viaContextMenu(w, m_file, QStringLiteral("actionNewVolume"));
    QVERIFY2(!menu.last().startsWith(QLatin1String("not")), qPrintable(menu.join(QLatin1Char(' '))));
    QVERIFY(!menu.contains(QStringLiteral("actionMove"))); // a file stays in its plan unit
    auto *dialog = Test::waitForDialog<VolumeDialog>(QStringLiteral("volumeDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Band 2 (ab 2027)"));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        Test::countRows(*w.engine(), QStringLiteral("sub_file"),
            QStringLiteral("title = 'Band 2 (ab 2027)' AND file_id = '%1'").arg(m_file.toString(QUuid::WithoutBraces))),
        1, 5000);
}

void TstRecordActions::shareAndRevoke()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    QStringList menu = viaContextMenu(w, m_file, QStringLiteral("actionShare"));
    QVERIFY2(!menu.last().startsWith(QLatin1String("not")), qPrintable(menu.join(QLatin1Char(' '))));
    auto *dialog = Test::waitForDialog<ShareDialog>(QStringLiteral("shareDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->departmentCombo()->findData(QStringLiteral("63")), -1); // not its own department
    dialog->buttons()->button(QDialogButtonBox::Ok)->click(); // none chosen: refused inline
    QVERIFY(dialog->isVisible());
    dialog->departmentCombo()->setCurrentIndex(dialog->departmentCombo()->findData(QStringLiteral("11")));
    dialog->untilCheck()->setChecked(true);
    dialog->untilEdit()->setDate(QDate::currentDate().addDays(14));
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QPointer<ShareDialog> first(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(file(w, m_file).shares.size(), 1, 5000);
    QTRY_VERIFY(!first || !first->isVisible()); // closed on success
    const Model::FileShare share = file(w, m_file).shares.first();
    QCOMPARE(share.departmentCode, QStringLiteral("11"));
    QCOMPARE(share.until.toLocalTime().date(), QDate::currentDate().addDays(14));

    // Revoked from the same dialog, opened again.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::get<Model::FileRecord>(*w.recordModel()->item(rowOf(w, m_file))).shares.size() == 1, 10000);
    // The details of the file say who else reads it.
    w.selectRecord(m_file);
    auto detailsSay = [&](const QString &text) {
        const auto labels = w.details()->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text().contains(text); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(detailsSay(QStringLiteral("FB 11 until")), 10000);
    menu = viaContextMenu(w, m_file, QStringLiteral("actionShare"));
    auto *again = Test::waitForDialog<ShareDialog>(QStringLiteral("shareDialog"));
    QVERIFY(again);
    QCOMPARE(again->shareView()->model()->rowCount(), 1);
    QVERIFY(!again->revokeButton()->isEnabled());
    again->shareView()->setCurrentIndex(again->shareView()->model()->index(0, 0));
    QVERIFY(again->revokeButton()->isEnabled());
    again->revokeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(file(w, m_file).shares.isEmpty(), 5000);
    QCOMPARE(Test::countRows(*w.engine(), QStringLiteral("audit_event"), QStringLiteral("action = 'file.unshare'")), 1);
    again->reject();
}

void TstRecordActions::printToAPdfPrinter()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString out = m_dir->filePath(QStringLiteral("gedruckt.pdf"));
    printer.setOutputFileName(out);
    w.recordActions()->setPrinterForTesting(&printer);
    QSignalSpy printed(w.recordActions(), &RecordActions::printed);
    const QStringList menu = viaContextMenu(w, m_pdf, QStringLiteral("actionPrint"));
    QVERIFY2(!menu.last().startsWith(QLatin1String("not")), qPrintable(menu.join(QLatin1Char(' '))));
    QVERIFY(printed.wait(60000));
    QVERIFY2(printed.first().at(0).toBool(), qPrintable(printed.first().at(1).toString()));
    // The printed PDF has as many pages as the document, both read by Poppler's pdfinfo.
    auto pages = [](const QString &pdf) {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), { pdf });
        if (!info.waitForFinished(30000))
            return -1;
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(info.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const int original = pages(m_dir->filePath(QStringLiteral("bauantrag.pdf")));
    QVERIFY(original >= 2);
    QCOMPARE(printed.first().at(2).toInt(), original);
    QCOMPARE(pages(out), original);

    // A text document prints as text.
    QPrinter textPrinter(QPrinter::HighResolution);
    textPrinter.setOutputFormat(QPrinter::PdfFormat);
    const QString textOut = m_dir->filePath(QStringLiteral("notiz.pdf"));
    textPrinter.setOutputFileName(textOut);
    w.recordActions()->setPrinterForTesting(&textPrinter);
    printed.clear();
    viaContextMenu(w, m_text, QStringLiteral("actionPrint"));
    QVERIFY(printed.wait(30000));
    QVERIFY(printed.first().at(0).toBool());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { textOut, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QLatin1String("Ortstermin")));
    w.recordActions()->setPrinterForTesting(nullptr);
}

void TstRecordActions::saveACopyAndMailIt()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    const QString target = m_dir->filePath(QStringLiteral("export/Bauantrag.pdf"));
    w.recordActions()->setSaveTargetForTesting(target);
    QSignalSpy saved(w.recordActions(), &RecordActions::copySaved);
    viaContextMenu(w, m_pdf, QStringLiteral("actionSaveCopy"));
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(0).toString(), target);
    QFile copy(target);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QFile original(m_dir->filePath(QStringLiteral("bauantrag.pdf")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());

    // E-mail: xdg-email gets the subject and the attachment. A stand-in records what it was given
    // (a real mail program cannot run here).
    const QString bin = m_dir->filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    const QString log = m_dir->filePath(QStringLiteral("xdg-email.log"));
    QVERIFY(Test::writeFile(bin + QStringLiteral("/xdg-email"),
        QStringLiteral("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '%1'\n").arg(log).toUtf8()));
    QFile::setPermissions(bin + QStringLiteral("/xdg-email"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", bin.toUtf8() + ':' + path);
    auto restore = qScopeGuard([path] { qputenv("PATH", path); });
    QSignalSpy mailed(w.recordActions(), &RecordActions::mailPrepared);
    viaContextMenu(w, m_pdf, QStringLiteral("actionEmail"));
    QVERIFY(mailed.wait(10000));
    const QString attached = mailed.first().at(0).toString();
    QVERIFY(QFile::exists(attached));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(log), 10000);
    QTRY_VERIFY(QFile(log).size() > 0);
    QFile args(log);
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QStringList given = QString::fromUtf8(args.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(given.contains(QStringLiteral("--attach")) && given.contains(attached),
        qPrintable(given.join(QLatin1Char('|'))));
    const QString subject = given.value(given.indexOf(QStringLiteral("--subject")) + 1);
    QVERIFY2(subject.contains(QLatin1String("bauantrag"), Qt::CaseInsensitive)
            && subject.contains(QLatin1String("63.01.02")),
        qPrintable(subject));
}

void TstRecordActions::aDocumentDraggedOutIsACopy()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    w.showDocument(m_pdf);
    QTRY_COMPARE_WITH_TIMEOUT(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), m_pdf, 10000);
    const QModelIndex row = w.recordView()->currentIndex().siblingAtColumn(0);
    QVERIFY(w.recordModel()->flags(row) & Qt::ItemIsDragEnabled);
    QVERIFY(!(w.recordModel()->flags(rowOf(w, m_caseA)) & Qt::ItemIsDragEnabled)); // cases stay where they are
    std::unique_ptr<QMimeData> data(
        w.recordModel()->mimeData({ row, row.siblingAtColumn(RecordTreeModel::ReferenceColumn) }));
    QVERIFY(data);
    QCOMPARE(data->urls().size(), 1); // the document once, not once per column
    const QString path = data->urls().first().toLocalFile();
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("bauantrag.pdf"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QFile original(m_dir->filePath(QStringLiteral("bauantrag.pdf")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    // Dropped back onto a case of the list, it is not imported a second time.
    QVERIFY(!w.recordModel()->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, rowOf(w, m_caseB)));
    QMimeData outside;
    outside.setUrls(data->urls());
    QVERIFY(w.recordModel()->canDropMimeData(&outside, Qt::CopyAction, -1, -1, rowOf(w, m_caseB)));
}

void TstRecordActions::settingsAreTheAdministrators()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    QVERIFY(w.engine()->user().roles.contains(Model::Role::Administrator)); // the folder's first user
    // From the Edit menu, as a clerk would find it.
    QMenu *edit = w.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(edit);
    QVERIFY(edit->actions().contains(w.recordActions()->settingsAction()));
    w.recordActions()->settingsAction()->trigger();
    auto *dialog = Test::waitForDialog<SettingsDialog>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY(dialog->ocrOnImport()->isChecked());
    QVERIFY(!dialog->saveButton()->isEnabled()); // nothing changed yet
    dialog->ocrOnImport()->setChecked(false);
    dialog->lowConfidence()->setValue(55);
    QVERIFY(dialog->isModified());
    QVERIFY(dialog->saveButton()->isEnabled());
    dialog->saveButton()->click();
    auto setting = [&](const QString &key) {
        auto db = w.engine()->openReader();
        return *Dms::Queries::setting(*db, key);
    };
    QTRY_COMPARE_WITH_TIMEOUT(setting(QStringLiteral("ocr.on_import")), QStringLiteral("off"), 5000);
    QCOMPARE(setting(QStringLiteral("ocr.low_confidence")), QStringLiteral("55"));
    QTRY_VERIFY(!dialog->isModified());
    // A template the engine refuses stays in the dialog with the reason.
    dialog->fileTemplate()->setText(QStringLiteral("{unbekannt}"));
    dialog->saveButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<MessageBanner *>()->isVisible(), 5000);
    QTRY_VERIFY(dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->fileTemplate()->text(), QStringLiteral("{unbekannt}"));
    QCOMPARE(setting(QStringLiteral("reference.file_template")), QString());
    dialog->fileTemplate()->setText(QString::fromLatin1(Model::ReferenceTemplate::defaultFileTemplate));
    dialog->close();
}

void TstRecordActions::everyActionIsInTheMenuWithAShortcut()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    QMenu *edit = w.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(edit);
    RecordActions *r = w.recordActions();
    for (QAction *a : { r->deleteAction(), r->recycleBinAction(), r->moveAction(), r->newVolumeAction(),
             r->shareAction(), r->printAction(), r->saveCopyAction(), r->emailAction(), r->settingsAction() }) {
        QVERIFY2(edit->actions().contains(a), qPrintable(a->objectName()));
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
        QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
    }
    // The shortcut reaches the action: Ctrl+M on a selected document opens the move dialog.
    w.showDocument(m_pdf);
    QTRY_COMPARE_WITH_TIMEOUT(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), m_pdf, 10000);
    w.recordView()->setFocus();
    QTest::keyClick(w.recordView(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(Test::waitForDialog<MoveDialog>(QStringLiteral("moveDialog")));
}

void TstRecordActions::dialogsAreWalkedByKeyboardAndNamed()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    struct Case
    {
        QUuid row;
        QString action, dialog;
        QStringList mustReach; ///< accessible names Tab must reach
    };
    const QList<Case> cases {
        { m_text, QStringLiteral("actionDelete"), QStringLiteral("deleteDialog"),
            { QStringLiteral("Reason for deleting") } },
        { m_pdf, QStringLiteral("actionMove"), QStringLiteral("moveDialog"),
            { QStringLiteral("Filter cases"), QStringLiteral("Cases") } },
        { m_file, QStringLiteral("actionNewVolume"), QStringLiteral("volumeDialog"),
            { QStringLiteral("Title of the volume") } },
        { m_file, QStringLiteral("actionShare"), QStringLiteral("shareDialog"),
            { QStringLiteral("Department to share with"), QStringLiteral("Shares of the file") } },
        { {}, QStringLiteral("actionRecycleBin"), QStringLiteral("recycleBinDialog"),
            { QStringLiteral("Deleted records"), QStringLiteral("Close") } },
        { {}, QStringLiteral("actionSettings"), QStringLiteral("settingsDialog"),
            { QStringLiteral("Template of file references") } },
    };
    for (const Case &c : cases) {
        if (c.row.isNull())
            w.findChild<QAction *>(c.action)->trigger();
        else
            viaContextMenu(w, c.row, c.action);
        QDialog *dialog = Test::waitForDialog<QDialog>(c.dialog);
        QVERIFY2(dialog, qPrintable(c.dialog));
        QTest::qWait(200); // its lists have been read
        QString problem;
        QApplication::setActiveWindow(dialog);
        dialog->activateWindow();
        QWidget *start = dialog->focusWidget() ? dialog->focusWidget() : dialog->nextInFocusChain();
        const QList<QWidget *> forward = Test::walkFocus(start, Qt::Key_Tab, &problem);
        const QStringList stops = Test::spokenNames(forward);
        QVERIFY2(problem.isEmpty(),
            qPrintable(
                c.dialog + QStringLiteral(": ") + problem + QStringLiteral(" | ") + stops.join(QLatin1Char('|'))));
        // Shift+Tab walks the same stops back.
        QList<QWidget *> backward = Test::walkFocus(start, Qt::Key_Backtab, &problem);
        std::reverse(backward.begin() + 1, backward.end());
        QVERIFY2(problem.isEmpty() && backward == forward,
            qPrintable(c.dialog + QStringLiteral(": Shift+Tab ") + problem + QStringLiteral(" | ")
                + Test::spokenNames(backward).join(QLatin1Char('|'))));
        for (const QString &name : c.mustReach)
            QVERIFY2(stops.contains(name),
                qPrintable(c.dialog + QStringLiteral(": ") + name + QStringLiteral(" not in ")
                    + stops.join(QLatin1Char('|'))));
        // Escape leaves without a question when nothing was typed.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(c.dialog));
    }
}

void TstRecordActions::germanDialogs()
{
    QCOMPARE(Dms::installTranslators(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    // AKTENWERK_TEST_SHOTS=DIR: each dialog over the window at 1366×768, to look at.
    const QString shots = qEnvironmentVariable("AKTENWERK_TEST_SHOTS");
    auto shoot = [&shots](QWidget *w, const QString &name) {
        if (!shots.isEmpty())
            w->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    };
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    QMenu *edit = w.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    QCOMPARE(edit->title(), QStringLiteral("&Bearbeiten"));
    QCOMPARE(w.recordActions()->recycleBinAction()->text(), QStringLiteral("&Papierkorb …"));

    viaContextMenu(w, m_pdf, QStringLiteral("actionMove"));
    auto *move = Test::waitForDialog<MoveDialog>(QStringLiteral("moveDialog"));
    QVERIFY(move);
    QTRY_VERIFY(move->isLoaded());
    QCOMPARE(move->windowTitle(), QStringLiteral("Dokument verschieben"));
    QVERIFY(move->targetLabel()->text().startsWith(QStringLiteral("Noch nichts gewählt")));
    shoot(move, QStringLiteral("verschieben"));
    move->reject();

    viaContextMenu(w, m_text, QStringLiteral("actionDelete"));
    auto *del = Test::waitForDialog<DeleteDialog>(QStringLiteral("deleteDialog"));
    QVERIFY(del);
    QCOMPARE(del->windowTitle(), QStringLiteral("Löschen"));
    shoot(del, QStringLiteral("loeschen"));
    del->reject();

    viaContextMenu(w, m_file, QStringLiteral("actionShare"));
    auto *share = Test::waitForDialog<ShareDialog>(QStringLiteral("shareDialog"));
    QVERIFY(share);
    QCOMPARE(share->windowTitle(), QStringLiteral("Akte freigeben"));
    shoot(share, QStringLiteral("freigeben"));
    share->reject();

    viaContextMenu(w, m_file, QStringLiteral("actionNewVolume"));
    auto *volume = Test::waitForDialog<VolumeDialog>(QStringLiteral("volumeDialog"));
    QVERIFY(volume);
    QCOMPARE(volume->windowTitle(), QStringLiteral("Neuer Band"));
    shoot(volume, QStringLiteral("band"));
    volume->reject();

    w.recordActions()->recycleBinAction()->trigger();
    auto *bin = Test::waitForDialog<RecycleBinDialog>(QStringLiteral("recycleBinDialog"));
    QVERIFY(bin);
    QTRY_VERIFY(bin->isLoaded());
    QCOMPARE(bin->windowTitle(), QStringLiteral("Papierkorb"));
    shoot(bin, QStringLiteral("papierkorb"));
    bin->reject();

    w.recordActions()->settingsAction()->trigger();
    auto *settings = Test::waitForDialog<SettingsDialog>(QStringLiteral("settingsDialog"));
    QVERIFY(settings);
    QTRY_VERIFY(settings->isLoaded());
    QCOMPARE(settings->windowTitle(), QStringLiteral("Einstellungen"));
    shoot(settings, QStringLiteral("einstellungen"));
    settings->reject();

    // The context menu of a document, over the window.
    w.showDocument(m_pdf);
    QTRY_COMPARE_WITH_TIMEOUT(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), m_pdf, 10000);
    QStringList texts;
    auto *timer = new QTimer;
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, timer, [timer, &texts, &w, shoot] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        timer->stop();
        timer->deleteLater();
        for (QAction *a : menu->actions())
            texts << a->text();
        shoot(menu, QStringLiteral("kontextmenue"));
        shoot(&w, QStringLiteral("hauptfenster-kontextmenue"));
        menu->close();
    });
    timer->start();
    Q_EMIT w.recordView()->customContextMenuRequested(
        w.recordView()->visualRect(w.recordView()->currentIndex()).center());
    QVERIFY2(texts.contains(QStringLiteral("&Drucken …")) && texts.contains(QStringLiteral("&Verschieben …")),
        qPrintable(texts.join(QLatin1Char('|'))));
}

QTEST_MAIN(TstRecordActions)
#include "tst_recordactions.moc"
