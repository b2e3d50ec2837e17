#include "client/recordactions.h"

#include "client/documentprinter.h"
#include "client/icons.h"
#include "client/mainwindow.h"
#include "client/makeaction.h"
#include "client/messagebanner.h"
#include "client/recorddialogs.h"
#include "client/recordtreemodel.h"
#include "dms/engine.h"
#include "dms/store/contentstore.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

using Kind = RecordTreeModel::Kind;

} // namespace

RecordActions::RecordActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_delete = makeAction(this, tr("&Delete…"), "actionDelete", QKeySequence::Delete,
        Icons::themed("edit-delete", QStyle::SP_TrashIcon),
        tr("Delete the selected document, empty case or empty file (it can be restored)"));
    m_recycleBin
        = makeAction(this, tr("Recycle &bin…"), "actionRecycleBin", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
            Icons::themed("user-trash", QStyle::SP_TrashIcon), tr("What was deleted, to restore it"));
    m_move = makeAction(this, tr("&Move…"), "actionMove", QKeySequence(Qt::CTRL | Qt::Key_M),
        Icons::themed("go-jump", QStyle::SP_ArrowRight),
        tr("Move the selected document to another case, or the case to another file"));
    m_newVolume = makeAction(this, tr("New &volume…"), "actionNewVolume",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), Icons::themed("folder-new", QStyle::SP_FileDialogNewFolder),
        tr("Create a volume (Band) of the selected file"));
    m_share = makeAction(this, tr("S&hare with a department…"), "actionShare",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), Icons::themed("emblem-shared", QStyle::SP_DriveNetIcon),
        tr("Let another department read the selected file, or end a share"));
    m_print = makeAction(this, tr("&Print…"), "actionPrint", QKeySequence::Print,
        Icons::themed("document-print", QStyle::SP_DialogSaveButton), tr("Print the selected document"));
    m_saveCopy = makeAction(this, tr("Save a &copy…"), "actionSaveCopy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        Icons::themed("document-save-as", QStyle::SP_DialogSaveButton),
        tr("Save a copy of the selected document outside Aktenwerk"));
    m_email = makeAction(this, tr("Send by &e-mail…"), "actionEmail", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        Icons::themed("mail-send", QStyle::SP_ArrowForward), tr("Attach the selected document to a new e-mail"));
    m_settings = makeAction(this, tr("&Settings…"), "actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma),
        Icons::themed("preferences-system", QStyle::SP_FileDialogDetailedView),
        tr("OCR and reference settings of this data folder"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_delete, &QAction::triggered, this, &RecordActions::deleteCurrent);
    connect(m_recycleBin, &QAction::triggered, this, &RecordActions::showRecycleBin);
    connect(m_move, &QAction::triggered, this, &RecordActions::moveCurrent);
    connect(m_newVolume, &QAction::triggered, this, &RecordActions::newVolume);
    connect(m_share, &QAction::triggered, this, &RecordActions::shareCurrent);
    connect(m_print, &QAction::triggered, this, &RecordActions::printCurrent);
    connect(m_saveCopy, &QAction::triggered, this, &RecordActions::saveCopy);
    connect(m_email, &QAction::triggered, this, &RecordActions::emailCurrent);
    connect(m_settings, &QAction::triggered, this, &RecordActions::showSettings);
    // Del belongs to the list: in a text field it deletes characters, not records.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    window->recordView()->addAction(m_delete);
    update();
}

RecordActions::~RecordActions() = default;

void RecordActions::addTo(QMenu *menu) const
{
    menu->addAction(m_move);
    menu->addAction(m_delete);
    menu->addAction(m_recycleBin);
    menu->addSeparator();
    menu->addAction(m_newVolume);
    menu->addAction(m_share);
    menu->addSeparator();
    menu->addAction(m_print);
    menu->addAction(m_saveCopy);
    menu->addAction(m_email);
    menu->addSeparator();
    menu->addAction(m_settings);
}

void RecordActions::fillContextMenu(QMenu *menu) const
{
    const auto kind = m_window->recordModel()->kind(current());
    if (!kind)
        return;
    if (*kind == Kind::Document) {
        menu->addAction(m_print);
        menu->addAction(m_saveCopy);
        menu->addAction(m_email);
        menu->addSeparator();
    }
    if (*kind != Kind::File)
        menu->addAction(m_move);
    if (*kind == Kind::File) {
        menu->addAction(m_newVolume);
        menu->addAction(m_share);
    }
    menu->addSeparator();
    menu->addAction(m_delete);
}

QModelIndex RecordActions::current() const
{
    return m_window->recordView()->currentIndex().siblingAtColumn(0);
}

QModelIndex RecordActions::ancestor(int kind) const
{
    for (QModelIndex i = current(); i.isValid(); i = i.parent()) {
        if (m_window->recordModel()->kind(i) == static_cast<Kind>(kind))
            return i;
    }
    return {};
}

void RecordActions::update()
{
    Dms::Engine *engine = m_window->engine();
    const bool writable = engine && !engine->isReadOnly();
    const auto kind = m_window->recordModel()->kind(current());
    bool hasContent = false;
    if (kind == Kind::Document) {
        const auto *item = m_window->recordModel()->item(current());
        hasContent = item && std::get<RecordTreeModel::DocumentRow>(*item).current.has_value();
    }
    m_delete->setEnabled(writable && kind.has_value());
    m_move->setEnabled(writable && (kind == Kind::Document || kind == Kind::Case));
    m_newVolume->setEnabled(writable && ancestor(static_cast<int>(Kind::File)).isValid());
    m_share->setEnabled(writable && ancestor(static_cast<int>(Kind::File)).isValid());
    m_print->setEnabled(hasContent && !m_printing);
    m_saveCopy->setEnabled(hasContent);
    m_email->setEnabled(hasContent);
    m_recycleBin->setEnabled(engine != nullptr);
    m_settings->setEnabled(engine != nullptr);
}

void RecordActions::deleteCurrent()
{
    const QModelIndex index = current();
    const auto *item = m_window->recordModel()->item(index);
    Dms::Engine *engine = m_window->engine();
    if (!item || !engine || engine->isReadOnly())
        return;
    QString what;
    QUuid id;
    if (const auto *f = std::get_if<FileRecord>(item)) {
        what = tr("the file %1 \"%2\"").arg(f->reference, f->title);
        id = f->meta.id;
    } else if (const auto *c = std::get_if<Case>(item)) {
        what = tr("the case %1 \"%2\"").arg(c->reference, c->title);
        id = c->meta.id;
    } else {
        const Document &d = std::get<RecordTreeModel::DocumentRow>(*item).document;
        what = d.reference.isEmpty() ? tr("the document \"%1\"").arg(d.title)
                                     : tr("the document %1 \"%2\"").arg(d.reference, d.title);
        id = d.meta.id;
    }
    auto *dialog = new DeleteDialog(engine, id, what, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, what] {
        m_window->statusBar()->showMessage(tr("Deleted %1; it is in the recycle bin.").arg(what), 8000);
    });
    dialog->open();
}

void RecordActions::showRecycleBin()
{
    Dms::Engine *engine = m_window->engine();
    if (!engine)
        return;
    auto *dialog = new RecycleBinDialog(engine, m_window->reader(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecycleBinDialog::restored, this, [this](const QUuid &id, const QString &label) {
        m_window->statusBar()->showMessage(tr("%1 is restored.").arg(label), 8000);
        m_window->selectRecord(id);
    });
    dialog->open();
}

void RecordActions::moveCurrent()
{
    const QModelIndex index = current();
    const auto *item = m_window->recordModel()->item(index);
    Dms::Engine *engine = m_window->engine();
    const auto *file = m_window->recordModel()->item(ancestor(static_cast<int>(Kind::File)));
    if (!item || !file || !engine || engine->isReadOnly() || std::holds_alternative<FileRecord>(*item))
        return;
    const QString department = std::get<FileRecord>(*file).departmentCode;
    MoveDialog *dialog = nullptr;
    if (const auto *c = std::get_if<Case>(item)) {
        dialog = new MoveDialog(engine, m_window->reader(), EntityKind::Case, c->meta.id,
            QStringLiteral("%1 \"%2\"").arg(c->reference, c->title), c->fileId, department, m_window);
    } else {
        const Document &d = std::get<RecordTreeModel::DocumentRow>(*item).document;
        dialog = new MoveDialog(
            engine, m_window->reader(), EntityKind::Document, d.meta.id, d.title, d.caseId, department, m_window);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Dms::CommandResult r = dialog->result();
        const QString now
            = r.entityType == QLatin1String("case") ? r.reference : r.data.value(QLatin1String("reference")).toString();
        m_window->statusBar()->showMessage(tr("Moved; the reference is now %1.").arg(now), 8000);
        m_window->selectRecord(r.id);
    });
    dialog->open();
}

void RecordActions::newVolume()
{
    const auto *file = m_window->recordModel()->item(ancestor(static_cast<int>(Kind::File)));
    Dms::Engine *engine = m_window->engine();
    if (!file || !engine || engine->isReadOnly())
        return;
    auto *dialog = new VolumeDialog(engine, m_window->reader(), std::get<FileRecord>(*file), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_window->statusBar()->showMessage(tr("Volume %1 created.").arg(dialog->result().number), 8000);
    });
    dialog->open();
}

void RecordActions::shareCurrent()
{
    const auto *file = m_window->recordModel()->item(ancestor(static_cast<int>(Kind::File)));
    Dms::Engine *engine = m_window->engine();
    if (!file || !engine || engine->isReadOnly())
        return;
    auto *dialog = new ShareDialog(engine, std::get<FileRecord>(*file), m_window->departments(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_window->statusBar()->showMessage(tr("The file %1 is shared.").arg(dialog->result().reference), 8000);
    });
    dialog->open();
}

QString RecordActions::exportName() const
{
    const auto *item = m_window->recordModel()->item(current());
    if (!item || !std::holds_alternative<RecordTreeModel::DocumentRow>(*item))
        return {};
    return RecordTreeModel::exportFileName(std::get<RecordTreeModel::DocumentRow>(*item));
}

void RecordActions::exportCurrent(const QString &target, std::function<void(const QString &)> done)
{
    const auto *item = m_window->recordModel()->item(current());
    Dms::Engine *engine = m_window->engine();
    if (!item || !engine || !std::holds_alternative<RecordTreeModel::DocumentRow>(*item)) {
        done(tr("Choose a document first."));
        return;
    }
    const auto &row = std::get<RecordTreeModel::DocumentRow>(*item);
    if (!row.current) {
        done(tr("The document has no content yet."));
        return;
    }
    const Version v = *row.current;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    // The copy is checked against the stored hash: what leaves is what was filed.
    watcher->setFuture(QtConcurrent::run([engine, v, target]() -> QString {
        QDir().mkpath(QFileInfo(target).absolutePath());
        auto s = engine->content().copyTo(v.sha256, v.size, target);
        return s ? QString() : s.error().message;
    }));
}

void RecordActions::saveCopy()
{
    const QString name = exportName();
    if (name.isEmpty())
        return;
    QString target = m_testSaveTarget;
    if (target.isEmpty()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        target = QFileDialog::getSaveFileName(
            m_window, tr("Save a copy"), QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(name));
        if (target.isEmpty())
            return;
    }
    exportCurrent(target, [this, target](const QString &error) {
        if (!error.isEmpty()) {
            m_window->banner()->showMessage(tr("The copy could not be saved: %1").arg(error));
            return;
        }
        m_window->statusBar()->showMessage(tr("Copy saved: %1").arg(QDir::toNativeSeparators(target)), 8000);
        Q_EMIT copySaved(target);
    });
}

void RecordActions::emailCurrent()
{
    const QString name = exportName();
    if (name.isEmpty())
        return;
    const auto *item = m_window->recordModel()->item(current());
    const Document document = std::get<RecordTreeModel::DocumentRow>(*item).document;
    // The attachment must outlive this call: the mail program reads it later.
    const QString folder
        = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
              .filePath(QStringLiteral("outgoing/") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString target = QDir(folder).filePath(name);
    const QString subject = document.reference.isEmpty()
        ? document.title
        : QStringLiteral("%1 – %2").arg(document.reference, document.title);
    exportCurrent(target, [this, target, subject](const QString &error) {
        if (!error.isEmpty()) {
            m_window->banner()->showMessage(tr("The document could not be prepared for the e-mail: %1").arg(error));
            Q_EMIT mailPrepared(QString());
            return;
        }
        const QString xdgEmail = QStandardPaths::findExecutable(QStringLiteral("xdg-email"));
        if (!xdgEmail.isEmpty()
            && QProcess::startDetached(
                xdgEmail, { QStringLiteral("--subject"), subject, QStringLiteral("--attach"), target })) {
            m_window->statusBar()->showMessage(tr("The e-mail program opens with the document attached."), 8000);
            Q_EMIT mailPrepared(target);
            return;
        }
        // Without xdg-utils: a mailto: link cannot carry the file, so say where it is.
        QUrl mail(QStringLiteral("mailto:"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("subject"), subject);
        mail.setQuery(query);
        QDesktopServices::openUrl(mail);
        m_window->banner()->showMessage(
            tr("Attach the document to the e-mail yourself: %1").arg(QDir::toNativeSeparators(target)),
            MessageBanner::Kind::Information);
        Q_EMIT mailPrepared(target);
    });
}

void RecordActions::printCurrent()
{
    const auto *item = m_window->recordModel()->item(current());
    if (!item || !std::holds_alternative<RecordTreeModel::DocumentRow>(*item) || m_printing)
        return;
    const auto &row = std::get<RecordTreeModel::DocumentRow>(*item);
    if (!row.current)
        return;
    const QString mimeType = row.current->mimeType;
    if (!DocumentPrinter::canPrint(mimeType)) {
        m_window->banner()->showMessage(tr("Documents of this kind (%1) cannot be printed here: save a copy and print "
                                           "it from its program.")
                                            .arg(mimeType));
        return;
    }
    QPrinter *printer = m_testPrinter;
    if (!printer) {
        if (!m_printer)
            m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setDocName(row.document.title);
        // No printer set up: the dialog offers printing into a PDF file, named after the document.
        if (QPrinterInfo::availablePrinters().isEmpty()) {
            const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            m_printer->setOutputFormat(QPrinter::PdfFormat);
            m_printer->setOutputFileName(
                QDir(documents.isEmpty() ? QDir::homePath() : documents)
                    .filePath(QFileInfo(exportName()).completeBaseName() + QStringLiteral(".pdf")));
        }
        QPrintDialog dialog(m_printer.get(), m_window);
        dialog.setWindowTitle(tr("Print \"%1\"").arg(row.document.title));
        if (dialog.exec() != QDialog::Accepted)
            return;
        printer = m_printer.get();
    }
    m_printing = true;
    update();
    auto folder = std::make_shared<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("aktenwerk-print-XXXXXX")));
    const QString copy = folder->filePath(exportName());
    exportCurrent(copy, [this, folder, copy, mimeType, printer](const QString &error) {
        auto finish = [this, folder](bool ok, const QString &message, int pages) {
            m_printing = false;
            update();
            if (ok)
                m_window->statusBar()->showMessage(tr("Printed (%n page(s)).", nullptr, pages), 8000);
            else
                m_window->banner()->showMessage(message);
            Q_EMIT printed(ok, message, pages);
        };
        if (!error.isEmpty()) {
            finish(false, tr("The document could not be read for printing: %1").arg(error), 0);
            return;
        }
        auto *job = new DocumentPrinter(this);
        connect(job, &DocumentPrinter::finished, this, [job, finish](bool ok, const QString &message, int pages) {
            job->deleteLater();
            finish(ok, message, pages);
        });
        job->print(copy, mimeType, printer);
    });
}

void RecordActions::showSettings()
{
    Dms::Engine *engine = m_window->engine();
    if (!engine)
        return;
    auto *dialog = new SettingsDialog(engine, m_window->reader(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Aktenwerk::Client
