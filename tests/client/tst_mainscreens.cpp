#include "../testsupport.h"
#include "client/comparedialog.h"
#include "client/conflictsdialog.h"
#include "client/detailspane.h"
#include "client/documentviewer.h"
#include "client/fileintocasedialog.h"
#include "client/firstrundialog.h"
#include "client/historypane.h"
#include "client/mainwindow.h"
#include "client/newcasedialog.h"
#include "client/newfiledialog.h"
#include "client/recordtreemodel.h"
#include "client/rejecteddialog.h"
#include "client/scandialog.h"
#include "client/searchpanel.h"
#include "client/versioncommentdialog.h"
#include "dms/capture/importer.h"
#include "dms/demo/demodata.h"
#include "dms/demo/simplepdf.h"
#include "dms/engine.h"
#include "dms/i18n.h"
#include "dms/store/queries.h"
#include "dms/store/sqlite.h"
#include "keyboardwalk.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFuture>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace Aktenwerk;
using namespace Aktenwerk::Client;

/**
 * Issue 14, deliverable 9 and the screenshots: the main window and its dialogs are used by
 * keyboard alone — Tab and Shift+Tab walk every pane and every dialog, each stop has a name a
 * screen reader says, every menu entry has a shortcut or a mnemonic — and the main screens are
 * written in German at 1366×768, in the light and in a dark palette, into the build folder
 * (screenshots/), to look at.
 */
class TstMainScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void theWindowIsWalkedByKeyboard();
    void everyMenuEntryByKeyboard();
    void dialogsAreWalkedByKeyboardAndNamed();
    void screenshots(); // last: it installs the German catalogue for the rest of the run

private:
    void open(MainWindow &w);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_planCode;
    QString m_caseReference;
    QUuid m_file, m_case, m_document, m_letter;
};

void TstMainScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk-Test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainscreens"));
    QSettings().clear();
    if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR")) // the scan dialog finds SANE's test scanner
        qputenv("SANE_CONFIG_DIR", QFile::encodeName(Test::sourceDir() + QStringLiteral("/tests/data/sane")));
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->filePath(QStringLiteral("data"));
    auto e = Test::openEngine(m_data, Dms::Engine::osLogin());
    QVERIFY(e.has_value());
    Dms::Engine &engine = **e;
    auto demo = Dms::DemoData::create(engine);
    QVERIFY2(demo.has_value(), qPrintable(demo ? QString() : demo.error().toString()));
    // The case of FB 63 with the most documents, and its newest document.
    {
        auto db = engine.openReader();
        QVERIFY(db.has_value());
        auto st = db->prepare(QStringLiteral(
            "SELECT c.id, f.id, pu.code, c.reference, (SELECT d.id FROM document d WHERE d.case_id = c.id "
            "ORDER BY d.created_at DESC LIMIT 1) FROM case_record c JOIN file_record f ON f.id = c.file_id "
            "JOIN plan_unit pu ON pu.id = f.plan_unit_id WHERE f.department_code = '63' "
            "ORDER BY (SELECT count(*) FROM document d WHERE d.case_id = c.id) DESC, c.reference LIMIT 1"));
        QVERIFY(st.has_value());
        QVERIFY(*st->step());
        m_case = QUuid::fromString(st->text(0));
        m_file = QUuid::fromString(st->text(1));
        m_planCode = st->text(2);
        const QString reference = st->text(3);
        m_caseReference = reference;
        m_document = QUuid::fromString(st->text(4));
        QVERIFY(!m_document.isNull());
        // A letter in the intake that names that case: the filing proposal has something to say.
        Dms::SimplePdf pdf;
        pdf.addParagraph(QStringLiteral("Musterstadt, den 02.12.2026"));
        pdf.addParagraph(QStringLiteral("Ihr Zeichen: ") + reference);
        pdf.addParagraph(QStringLiteral("Betreff: Nachreichung der Statik zum Bauantrag"));
        pdf.addParagraph(QStringLiteral("Sehr geehrte Damen und Herren, anbei die geprüfte Statik."));
        const QString path = m_dir->filePath(QStringLiteral("nachreichung-statik.pdf"));
        QVERIFY(Test::writeFile(path, pdf.toPdf()));
        auto imported = Dms::Importer(engine).importFiles({}, { path });
        QVERIFY(imported.has_value() && imported->size() == 1);
        m_letter = imported->first().documentId;
    }
}

void TstMainScreens::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            w->deleteLater();
    }
    QCoreApplication::processEvents();
}

void TstMainScreens::open(MainWindow &w)
{
    w.resize(1366, 768);
    w.show();
    QTRY_VERIFY_WITH_TIMEOUT(w.isReady(), 10000);
    QApplication::setActiveWindow(&w);
    QVERIFY(w.selectPlanUnit(m_planCode));
    QTRY_VERIFY(w.recordModel()->rowCount() >= 1);
}

void TstMainScreens::theWindowIsWalkedByKeyboard()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    w.selectRecordPath({ m_file, m_case });
    QTRY_COMPARE_WITH_TIMEOUT(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), m_case, 10000);
    w.showIntake(true);
    w.sideTabs()->setCurrentWidget(w.details());

    // Tab from the file plan goes round every pane and comes back; each stop has a name.
    QString problem;
    const QList<QWidget *> forward = Test::walkFocus(w.planView(), Qt::Key_Tab, &problem);
    const QStringList names = Test::spokenNames(forward);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" | ") + names.join(QLatin1Char('|'))));
    for (QWidget *must : std::initializer_list<QWidget *> { w.planView(), w.recordView(), w.intakeView(),
             w.sideTabs()->tabBar(), w.searchPanel()->field(), w.searchPanel()->view() })
        QVERIFY2(forward.contains(must),
            qPrintable(must->objectName() + QStringLiteral(" not reached: ") + names.join(QLatin1Char('|'))));
    // The page of the side tabs is walked too: the details of the selection.
    QVERIFY2(std::any_of(forward.begin(), forward.end(), [&w](QWidget *x) { return w.details()->isAncestorOf(x); }),
        qPrintable(names.join(QLatin1Char('|'))));
    // Shift+Tab walks the same stops back.
    problem.clear();
    QList<QWidget *> backward = Test::walkFocus(w.planView(), Qt::Key_Backtab, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    std::reverse(backward.begin() + 1, backward.end());
    QCOMPARE(Test::spokenNames(backward), names);

    // Focus lands where it is sent.
    w.recordView()->setFocus(Qt::TabFocusReason);
    QVERIFY(w.recordView()->hasFocus());
    // Ctrl+F goes to the search field from anywhere.
    QTest::keyClick(w.recordView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w.searchPanel()->field()->hasFocus());
}

namespace {

/** The mnemonic letter of a menu text ("&Datei" → 'd'), or a null char. */
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/** Problems of @p menu: an entry with neither shortcut nor mnemonic, two entries with one mnemonic. */
void checkMenu(QMenu *menu, QStringList &problems)
{
    QHash<QChar, QString> taken;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar m = mnemonic(a->text());
        if (a->menu())
            checkMenu(a->menu(), problems);
        if (m.isNull() && a->shortcut().isEmpty()) {
            problems << QStringLiteral("%1 › %2: no shortcut and no mnemonic").arg(menu->title(), a->text());
            continue;
        }
        if (m.isNull())
            continue;
        if (taken.contains(m))
            problems
                << QStringLiteral("%1: \"%2\" and \"%3\" share &%4").arg(menu->title(), taken.value(m), a->text(), m);
        taken.insert(m, a->text());
    }
}

/** Every menu of the bar and every entry: a mnemonic (unique where it applies) or a shortcut. */
QStringList menuProblems(QMenuBar *menuBar)
{
    QStringList problems;
    QHash<QChar, QString> bar;
    for (QAction *a : menuBar->actions()) {
        if (!a->menu()) {
            problems << QStringLiteral("%1 in the menu bar is no menu").arg(a->text());
            continue;
        }
        const QChar m = mnemonic(a->text());
        if (m.isNull())
            problems << QStringLiteral("menu %1 has no mnemonic").arg(a->text());
        else if (bar.contains(m))
            problems << QStringLiteral("menus %1 and %2 share &%3").arg(bar.value(m), a->text(), m);
        bar.insert(m, a->text());
        checkMenu(a->menu(), problems);
    }
    return problems;
}

} // namespace

void TstMainScreens::everyMenuEntryByKeyboard()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    const QList<QAction *> menus = w.menuBar()->actions();
    QVERIFY(menus.size() >= 5);
    const QStringList problems = menuProblems(w.menuBar());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // Alt + the first menu's letter opens it, Escape closes it again.
    QAction *first = menus.first();
    const QChar letter = mnemonic(first->text());
    QTest::keyClick(&w, static_cast<Qt::Key>(Qt::Key_A + (letter.unicode() - 'a')), Qt::AltModifier);
    QTRY_COMPARE(QApplication::activePopupWidget(), static_cast<QWidget *>(first->menu()));
    QTest::keyClick(first->menu(), Qt::Key_Escape);
    QTRY_VERIFY(!first->menu()->isVisible());
}

void TstMainScreens::dialogsAreWalkedByKeyboardAndNamed()
{
    MainWindow w(MainWindow::Options { m_data, false });
    open(w);
    auto walk = [](QDialog *dialog, const char *what) {
        QApplication::setActiveWindow(dialog);
        dialog->activateWindow();
        QTest::qWait(200); // lists read, first focus set
        QString problem;
        QWidget *start = dialog->focusWidget() ? dialog->focusWidget() : dialog->nextInFocusChain();
        const QList<QWidget *> stops = Test::walkFocus(start, Qt::Key_Tab, &problem);
        const QStringList names = Test::spokenNames(stops);
        if (!problem.isEmpty())
            return QStringLiteral("%1: %2 | %3").arg(QLatin1String(what), problem, names.join(QLatin1Char('|')));
        // Shift+Tab walks the same stops back.
        QString back;
        QList<QWidget *> backward = Test::walkFocus(start, Qt::Key_Backtab, &back);
        std::reverse(backward.begin() + 1, backward.end());
        if (!back.isEmpty() || backward != stops)
            return QStringLiteral("%1: Shift+Tab %2 | %3")
                .arg(QLatin1String(what), back, Test::spokenNames(backward).join(QLatin1Char('|')));
        // The way out is among the stops: a button that accepts or cancels.
        if (!std::any_of(stops.begin(), stops.end(), [](QWidget *x) { return x->inherits("QAbstractButton"); }))
            return QStringLiteral("%1: no button reached | %2").arg(QLatin1String(what), names.join(QLatin1Char('|')));
        return QString();
    };

    // New file (a plan unit is selected), new case (a file is selected).
    w.newFileAction()->trigger();
    auto *newFile = Test::waitForDialog<NewFileDialog>();
    QVERIFY(newFile);
    QCOMPARE(walk(newFile, "new file"), QString());
    newFile->reject();
    w.selectRecord(m_file);
    QTRY_COMPARE_WITH_TIMEOUT(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), m_file, 10000);
    w.newCaseAction()->trigger();
    auto *newCase = Test::waitForDialog<NewCaseDialog>();
    QVERIFY(newCase);
    QCOMPARE(walk(newCase, "new case"), QString());
    newCase->reject();

    // Scan (a case is selected): SANE's test scanner is listed.
    w.selectRecordPath({ m_file, m_case });
    QTRY_COMPARE_WITH_TIMEOUT(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), m_case, 10000);
    QVERIFY(w.scanAction()->isEnabled());
    w.scanAction()->trigger();
    auto *scan = Test::waitForDialog<ScanDialog>();
    QVERIFY(scan);
    QCOMPARE(walk(scan, "scan"), QString());
    scan->reject();

    // File into case (the letter in the intake).
    w.showIntake(true);
    w.showDocument(m_letter);
    QTRY_VERIFY_WITH_TIMEOUT(w.fileIntoCaseAction()->isEnabled(), 10000);
    w.fileIntoCaseAction()->trigger();
    auto *fileInto = Test::waitForDialog<FileIntoCaseDialog>();
    QVERIFY(fileInto);
    QTRY_VERIFY(fileInto->isLoaded());
    QCOMPARE(walk(fileInto, "file into case"), QString());
    fileInto->reject();

    // Conflicts and refused changes (from the sync status), the first start, a version comment.
    ConflictsDialog conflicts(w.engine(), w.reader(), &w);
    conflicts.show();
    QCOMPARE(walk(&conflicts, "conflicts"), QString());
    conflicts.reject();
    RejectedDialog rejected(w.engine(), w.reader(), &w);
    rejected.show();
    QCOMPARE(walk(&rejected, "refused changes"), QString());
    rejected.reject();

    FirstRunDialog firstRun(m_dir->filePath(QStringLiteral("new-folder")), &w);
    firstRun.show();
    QCOMPARE(walk(&firstRun, "first run"), QString());
    firstRun.reject();

    VersionCommentDialog comment(
        QStringLiteral("Check in"), QStringLiteral("What changed?"), QStringLiteral("Check in"),
        [](const QString &) { return QFuture<Model::Result<QString>>(); }, &w);
    comment.show();
    QCOMPARE(walk(&comment, "version comment"), QString());
    comment.reject();

    // Comparing versions (here a version with itself: nothing differs, the dialog says so).
    QList<Model::Version> versions;
    {
        auto db = w.engine()->openReader();
        QVERIFY(db.has_value());
        auto v = Dms::Queries::versions(*db, m_document);
        QVERIFY(v.has_value() && !v->isEmpty());
        versions = *v;
    }
    QThreadPool pool;
    CompareDialog compare(
        w.engine(), &pool, QStringLiteral("Eingangsbestätigung"), versions.first(), versions.last(), &w);
    compare.show();
    QTRY_VERIFY(compare.isLoaded());
    QCOMPARE(walk(&compare, "compare"), QString());
    compare.reject();
}

namespace {

/** A dark theme as a desktop would set it (Fusion, every role dark). */
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x33));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

void TstMainScreens::screenshots()
{
    QCOMPARE(Dms::installTranslators(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::palette();
    // screenshots/xcb/… under Xvfb, screenshots/offscreen/… as CTest runs it.
    const QString root
        = QStringLiteral(QT_TESTCASE_BUILDDIR) + QStringLiteral("/screenshots/") + QGuiApplication::platformName();
    QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1366, 768));
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString dir = root + (dark ? QStringLiteral("/de-dunkel") : QStringLiteral("/de"));
        QVERIFY(QDir().mkpath(dir));
        QStringList written;
        auto shoot = [&](QWidget *widget, const QString &name) {
            QCoreApplication::processEvents();
            const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
            const QImage image = widget->grab().toImage();
            // Something was drawn: not one flat colour.
            const QRgb corner = image.pixel(0, 0);
            bool varied = false;
            for (int y = 0; y < image.height() && !varied; y += 7) {
                for (int x = 0; x < image.width() && !varied; x += 7)
                    varied = image.pixel(x, y) != corner;
            }
            if (varied && image.save(path))
                written << name;
        };
        MainWindow w(MainWindow::Options { m_data, false });
        open(w);
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        if (!dark) { // the German menus are keyboard-usable too: no mnemonic twice in a menu
            const QStringList problems = menuProblems(w.menuBar());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }

        // A case open: its documents in the list, the newest selected, its details beside it.
        w.showDocument(m_document);
        QTRY_COMPARE_WITH_TIMEOUT(
            w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), m_document, 10000);
        w.sideTabs()->setCurrentWidget(w.details());
        QTest::qWait(300);
        shoot(&w, QStringLiteral("1-vorgang-mit-details"));
        w.sideTabs()->setCurrentWidget(w.history());
        QTest::qWait(300);
        shoot(&w, QStringLiteral("2-verlauf"));
        w.sideTabs()->setCurrentWidget(w.viewer());
        QTest::qWait(800); // the render worker draws the first page
        shoot(&w, QStringLiteral("3-vorschau"));

        // Search with hits: files, cases and documents.
        w.searchPanel()->field()->setText(QStringLiteral("Bauantrag"));
        w.searchPanel()->search();
        QTRY_VERIFY_WITH_TIMEOUT(w.searchPanel()->model()->rowCount() > 0, 10000);
        shoot(&w, QStringLiteral("4-suche"));
        w.searchPanel()->field()->clear();

        // The intake with the letter and its filing proposal, then the dialog that files it.
        w.showIntake(true);
        w.showDocument(m_letter);
        QTRY_VERIFY_WITH_TIMEOUT(w.fileIntoCaseAction()->isEnabled(), 10000);
        w.sideTabs()->setCurrentWidget(w.details());
        // The details already propose the case the letter names, before the dialog is opened.
        auto proposed = [&w, this] {
            const QList<QLabel *> labels = w.details()->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [this](QLabel *l) {
                return l->isVisible() && l->text().startsWith(QStringLiteral("Vorgang "))
                    && l->text().contains(m_caseReference);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(proposed(), 10000);
        shoot(&w, QStringLiteral("5-posteingang"));
        w.fileIntoCaseAction()->trigger();
        auto *fileInto = Test::waitForDialog<FileIntoCaseDialog>();
        QVERIFY(fileInto);
        QTRY_VERIFY(fileInto->isLoaded());
        QVERIFY(!fileInto->selectedCase().isNull()); // the letter names the case
        shoot(fileInto, QStringLiteral("6-zuordnen"));
        fileInto->reject();

        // New file and scan.
        w.showIntake(false);
        QVERIFY(w.selectPlanUnit(m_planCode));
        w.newFileAction()->trigger();
        auto *newFile = Test::waitForDialog<NewFileDialog>();
        QVERIFY(newFile);
        shoot(newFile, QStringLiteral("7-neue-akte"));
        newFile->reject();
        w.selectRecordPath({ m_file, m_case });
        QTRY_COMPARE_WITH_TIMEOUT(w.recordView()->currentIndex().data(RecordTreeModel::IdRole).toUuid(), m_case, 10000);
        w.scanAction()->trigger();
        auto *scan = Test::waitForDialog<ScanDialog>();
        QVERIFY(scan);
        QTest::qWait(1500); // the scanner list
        shoot(scan, QStringLiteral("8-scannen"));
        scan->reject();
        cleanup();

        QCOMPARE(written.size(), 8);
        qInfo("%s: %s", qPrintable(dir), qPrintable(written.join(QStringLiteral(", "))));
    }
    QApplication::setPalette(light);
}

int main(int argc, char **argv)
{
    // Offscreen (as CTest runs it): a screen of 1366×768 like the Xvfb one, else the offscreen
    // plugin's 800×600 squeezes the window. Under Xvfb (tst_mainscreens_xvfb) the real screen is used.
    QTemporaryDir screenConfig;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        const QString path = screenConfig.filePath(QStringLiteral("screen.json"));
        if (!Test::writeFile(path, R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1366, "height": 768,
                                       "logicalDpiX": 96, "logicalDpiY": 96}]})"))
            return 1;
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
    }
    QApplication app(argc, argv);
    TstMainScreens test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainscreens.moc"
