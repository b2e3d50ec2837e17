#include "client/historypane.h"

#include "client/asyncreader.h"
#include "client/comparedialog.h"
#include "client/versioncommentdialog.h"
#include "client/versionformat.h"
#include "dms/engine.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

constexpr int versionIndexRole = Qt::UserRole + 1;

/** Runs @p work on @p pool and hands its result to @p done on @p context's thread. */
template<typename T, typename Work, typename Done> void runOn(QThreadPool *pool, QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

} // namespace

HistoryPane::HistoryPane(AsyncReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_heading(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_lockLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_changesLabel(new QLabel(tr("Changes"), this))
    , m_changes(new QListWidget(this))
    , m_buttons(new QWidget(this))
{
    setObjectName(QStringLiteral("historyPane"));
    setAccessibleName(tr("History"));
    m_pool.setMaxThreadCount(2);
    createActions();

    QFont big = m_heading->font();
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_lockLabel->setObjectName(QStringLiteral("historyLock"));
    m_lockLabel->setWordWrap(true);
    m_lockLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lockLabel->hide();

    m_table->setObjectName(QStringLiteral("historyVersions"));
    m_table->setAccessibleName(tr("Versions"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        { tr("Version"), tr("Date"), tr("Author"), tr("Origin"), tr("Comment"), tr("Size"), tr("SHA-256") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (m_id.isNull())
            return;
        QMenu menu(this);
        menu.addAction(m_open);
        menu.addAction(m_compare);
        menu.addAction(m_restore);
        menu.addSeparator();
        menu.addAction(m_checkOut);
        menu.addAction(m_checkIn);
        menu.addAction(m_cancelCheckOut);
        if (m_breakLock->isEnabled())
            menu.addAction(m_breakLock);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryPane::updateActions);
    connect(m_table, &QTableWidget::activated, this, [this] { openSelected(); });

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction *a : { m_open, m_compare, m_restore }) {
        auto *b = new QToolButton(m_buttons);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAccessibleName(a->iconText());
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *editButtons = new QHBoxLayout;
    editButtons->setContentsMargins(0, 0, 0, 0);
    for (QAction *a : { m_checkOut, m_checkIn, m_cancelCheckOut, m_breakLock }) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAccessibleName(a->iconText());
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        editButtons->addWidget(b);
    }
    editButtons->addStretch();

    m_changes->setObjectName(QStringLiteral("historyChanges"));
    m_changes->setAccessibleName(tr("Changes of the metadata"));
    m_changesLabel->setBuddy(m_changes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_lockLabel);
    layout->addLayout(editButtons);
    // No mnemonic: Alt+V and Alt+E belong to the menus; Ctrl+H (Versions › Show history) comes here.
    auto *versionsLabel = new QLabel(tr("Versions"), this);
    versionsLabel->setBuddy(m_table);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_buttons);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 1);
    clear();
}

HistoryPane::~HistoryPane()
{
    m_pool.waitForDone();
}

VersionCommentDialog *HistoryPane::commentDialog() const
{
    return m_dialog.data();
}

CompareDialog *HistoryPane::compareDialog() const
{
    return m_compareDialog.data();
}

void HistoryPane::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        } else {
            a->setToolTip(tip);
        }
        return a;
    };
    m_open = make(tr("&Open read-only"), QStringLiteral("actionOpenVersion"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O), tr("Shows the selected version in the preview"));
    m_compare = make(tr("Co&mpare"), QStringLiteral("actionCompareVersions"), QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("Compares the two selected versions, or the selected one with the current version"));
    m_restore = make(tr("&Restore as new version…"), QStringLiteral("actionRestoreVersion"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Makes the selected version's content the current one again, as a new version"));
    m_checkOut = make(tr("Check out and &edit"), QStringLiteral("actionCheckOut"), QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Checks the document out and opens it in your program"));
    m_checkIn = make(tr("Check &in…"), QStringLiteral("actionCheckIn"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        tr("Stores the saved working copy as a new version and ends the check-out"));
    m_cancelCheckOut = make(tr("&Cancel check-out"), QStringLiteral("actionCancelCheckOut"), QKeySequence(),
        tr("Ends the check-out without a new version; the working copy is discarded"));
    connect(m_open, &QAction::triggered, this, &HistoryPane::openSelected);
    connect(m_compare, &QAction::triggered, this, &HistoryPane::compareSelected);
    connect(m_restore, &QAction::triggered, this, &HistoryPane::restoreSelected);
    connect(m_checkOut, &QAction::triggered, this, &HistoryPane::checkOut);
    connect(m_checkIn, &QAction::triggered, this, [this] { checkIn(); });
    connect(m_cancelCheckOut, &QAction::triggered, this, &HistoryPane::cancelCheckOut);
    m_breakLock = make(tr("&Break check-out…"), QStringLiteral("actionBreakLock"), QKeySequence(),
        tr("Ends someone else's check-out (team leads and administrators); they are told with their next sync"));
    connect(m_breakLock, &QAction::triggered, this, &HistoryPane::breakLock);
}

void HistoryPane::setEngine(Dms::Engine *engine)
{
    if (!engine)
        m_pool.waitForDone();
    m_engine = engine;
    updateActions();
}

void HistoryPane::clear()
{
    ++m_generation;
    m_id = QUuid();
    m_loaded = false;
    m_document.reset();
    m_versions.clear();
    m_lock.reset();
    m_workingCopy.reset();
    m_heading->setText(tr("Select a document to see its versions and changes."));
    m_banner->hide();
    m_lockLabel->hide();
    m_table->setRowCount(0);
    m_table->setEnabled(false);
    m_changes->clear();
    m_changesLabel->hide();
    m_changes->hide();
    updateActions();
}

void HistoryPane::showDocument(const QUuid &documentId)
{
    if (documentId.isNull()) {
        clear();
        return;
    }
    if (documentId != m_id) {
        clear();
        m_id = documentId;
        m_heading->setText(tr("Loading the history…"));
    }
    const quint64 generation = ++m_generation;
    const QUuid id = documentId;
    m_reader->run<Data>(
        this,
        [id](Dms::Database &db) -> Result<Data> {
            Data d;
            auto doc = Dms::Queries::document(db, id);
            if (!doc)
                return std::unexpected(doc.error());
            d.document = *doc;
            auto versions = Dms::Queries::versions(db, id);
            if (!versions)
                return std::unexpected(versions.error());
            d.versions = *versions;
            auto lock = Dms::Queries::documentLock(db, id);
            if (!lock)
                return std::unexpected(lock.error());
            d.lock = *lock;
            auto copy = Dms::Queries::workingCopy(db, id);
            if (!copy)
                return std::unexpected(copy.error());
            d.workingCopy = *copy;
            auto changes = Dms::Queries::fieldHistory(db, Dms::Queries::uuidText(id));
            if (!changes)
                return std::unexpected(changes.error());
            d.changes = *changes;
            return d;
        },
        [this, generation](const Result<Data> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_heading->setText(tr("The history cannot be shown."));
                m_banner->showMessage(r.error().message);
                return;
            }
            showData(*r);
        });
}

void HistoryPane::showData(const Data &data)
{
    // What was selected stays selected when the history comes again (after a check-in, say).
    QList<int> selected;
    for (const Version &v : selectedVersions())
        selected << v.number;

    m_document = data.document;
    m_versions = data.versions;
    m_lock = data.lock;
    m_workingCopy = data.workingCopy;
    if (!m_document) {
        m_heading->setText(tr("The document is not available."));
    } else {
        m_heading->setText(
            tr("%1 – %n version(s)", nullptr, static_cast<int>(m_versions.size())).arg(m_document->title));
    }

    m_table->setEnabled(true);
    m_table->setRowCount(static_cast<int>(m_versions.size()));
    const int current = m_document ? m_document->currentVersion : 0;
    // Newest first: the current version is where the eye starts.
    for (int row = 0; row < m_versions.size(); ++row) {
        const int index = static_cast<int>(m_versions.size()) - 1 - row;
        const Version &v = m_versions.at(index);
        const bool isCurrent = v.number == current;
        const QString number = isCurrent ? tr("%1 (current)").arg(v.number) : QString::number(v.number);
        const QStringList cells { number, VersionFormat::when(v.createdAt), v.author, VersionFormat::originText(v),
            v.comment, QLocale().formattedDataSize(v.size), VersionFormat::shortHash(v.sha256) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(versionIndexRole, index);
            if (isCurrent) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, c, item);
        }
        QTableWidgetItem *hash = m_table->item(row, HashColumn);
        hash->setToolTip(tr("SHA-256: %1").arg(v.sha256));
        hash->setData(Qt::AccessibleDescriptionRole, tr("SHA-256: %1").arg(v.sha256));
        m_table->item(row, CommentColumn)->setToolTip(v.comment);
        m_table->item(row, NumberColumn)
            ->setData(Qt::AccessibleDescriptionRole,
                tr("Version %1 by %2, %3").arg(v.number).arg(v.author, VersionFormat::originText(v)));
    }
    m_table->resizeColumnsToContents();
    if (selected.isEmpty() && current > 0)
        selected << current;
    selectVersions(selected);

    m_changes->clear();
    for (const Dms::FieldChange &c : data.changes) {
        const QDateTime at = QDateTime::fromString(c.changedAt, Qt::ISODateWithMs);
        m_changes->addItem(tr("%1, %2: %3 \"%4\" → \"%5\"")
                               .arg(VersionFormat::when(at), c.changedBy, c.field, c.oldValue, c.newValue));
    }
    m_changesLabel->setVisible(!data.changes.isEmpty());
    m_changes->setVisible(!data.changes.isEmpty());
    showLock();
    m_loaded = true;
    updateActions();
    Q_EMIT loaded();
}

void HistoryPane::showLock()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString me = m_engine ? m_engine->user().login : QString();
    QString text;
    if (m_workingCopy) {
        text = tr("Checked out by you since %1 (version %2). Save your changes in your program, then check them in.")
                   .arg(VersionFormat::when(m_workingCopy->checkedOutAt))
                   .arg(m_workingCopy->baseVersion);
        if (m_workingCopy->offline)
            text += QLatin1Char(' ') + tr("Checked out offline: the server is asked when it can be reached.");
        text += QLatin1Char('\n') + tr("Working copy: %1").arg(m_workingCopy->path);
    } else if (m_lock && m_lock->isHeld(now)) {
        if (m_lock->owner == me)
            text = tr("Checked out by you on another computer since %1.").arg(VersionFormat::when(m_lock->since));
        else
            text = tr("Checked out by %1 since %2 – it cannot be edited or restored until it is checked in.")
                       .arg(m_lock->owner, VersionFormat::when(m_lock->since));
    } else if (m_lock && !m_lock->brokenBy.isEmpty()) {
        text = tr("The check-out of %1 was ended by %2 on %3.")
                   .arg(m_lock->brokenOwner, m_lock->brokenBy, VersionFormat::when(m_lock->brokenAt));
    }
    m_lockLabel->setText(text);
    m_lockLabel->setAccessibleName(text);
    m_lockLabel->setVisible(!text.isEmpty());
}

bool HistoryPane::heldByOther() const
{
    if (!m_lock || m_workingCopy)
        return false;
    const QString me = m_engine ? m_engine->user().login : QString();
    return m_lock->isHeld(QDateTime::currentDateTimeUtc()) && m_lock->owner != me;
}

void HistoryPane::updateActions()
{
    const bool ready = m_engine && m_loaded && m_document;
    const bool writable = ready && !m_engine->isReadOnly() && m_document->status == RecordStatus::Open;
    const QList<Version> selected = selectedVersions();
    const bool lockedElsewhere = heldByOther();
    m_open->setEnabled(ready && selected.size() == 1);
    m_compare->setEnabled(ready && m_versions.size() >= 2 && (selected.size() == 1 || selected.size() == 2));
    m_restore->setEnabled(writable && !m_busy && selected.size() == 1 && !lockedElsewhere && !m_workingCopy
        && selected.first().number != m_document->currentVersion);
    m_checkOut->setEnabled(writable && !m_busy && !m_workingCopy && !lockedElsewhere && !m_versions.isEmpty());
    const bool mine = ready && !m_engine->isReadOnly() && !m_busy && m_workingCopy.has_value();
    m_checkIn->setEnabled(mine);
    m_cancelCheckOut->setEnabled(mine);
    const bool mayBreak = m_engine
        && (m_engine->user().hasRole(Role::TeamLead) || m_engine->user().hasRole(Role::Administrator));
    m_breakLock->setEnabled(ready && !m_engine->isReadOnly() && !m_busy && lockedElsewhere && mayBreak);
    m_breakLock->setVisible(mayBreak);
    const QString why
        = lockedElsewhere ? tr("Checked out by %1: editing is not possible.").arg(m_lock->owner) : QString();
    m_checkOut->setStatusTip(why);
    m_restore->setStatusTip(why);
}

const Version *HistoryPane::versionAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, NumberColumn);
    if (!item)
        return nullptr;
    const int index = item->data(versionIndexRole).toInt();
    return index >= 0 && index < m_versions.size() ? &m_versions.at(index) : nullptr;
}

QList<Version> HistoryPane::selectedVersions() const
{
    QList<Version> out;
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &i : rows) {
        if (const Version *v = versionAt(i.row()))
            out << *v;
    }
    std::sort(out.begin(), out.end(), [](const Version &a, const Version &b) { return a.number < b.number; });
    return out;
}

void HistoryPane::selectVersions(const QList<int> &numbers)
{
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    bool first = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Version *v = versionAt(row);
        if (!v || !numbers.contains(v->number))
            continue;
        const QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::Select | QItemSelectionModel::Rows;
        m_table->selectionModel()->select(m_table->model()->index(row, 0), flags);
        if (first) {
            m_table->selectionModel()->setCurrentIndex(m_table->model()->index(row, 0), QItemSelectionModel::NoUpdate);
            first = false;
        }
    }
    updateActions();
}

void HistoryPane::showResult(const QString &text, MessageBanner::Kind kind)
{
    m_banner->showMessage(text, kind);
}

void HistoryPane::openSelected()
{
    const QList<Version> selected = selectedVersions();
    if (!m_document || selected.size() != 1)
        return;
    Q_EMIT openVersionRequested(*m_document, selected.first());
}

void HistoryPane::compareSelected()
{
    if (!m_engine || !m_document || m_versions.size() < 2)
        return;
    QList<Version> selected = selectedVersions();
    if (selected.size() == 1) {
        // One version: compared with the current one (the current one: with the one before it).
        const int current = m_document->currentVersion;
        const int other = selected.first().number == current ? current - 1 : current;
        for (const Version &v : std::as_const(m_versions)) {
            if (v.number == other)
                selected << v;
        }
        std::sort(
            selected.begin(), selected.end(), [](const Version &a, const Version &b) { return a.number < b.number; });
    }
    if (selected.size() != 2)
        return;
    if (m_compareDialog)
        m_compareDialog->close();
    auto *dialog = new CompareDialog(m_engine, &m_pool, m_document->title, selected.at(0), selected.at(1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_compareDialog = dialog;
    dialog->show();
}

void HistoryPane::restoreSelected()
{
    const QList<Version> selected = selectedVersions();
    if (!m_engine || !m_document || selected.size() != 1 || !m_restore->isEnabled())
        return;
    const Version v = selected.first();
    const QUuid id = m_id;
    Dms::Engine *engine = m_engine;
    QThreadPool *pool = &m_pool;
    const int next = static_cast<int>(m_versions.size()) + 1;
    auto *dialog = new VersionCommentDialog(
        tr("Restore version %1").arg(v.number),
        tr("Version %1 of “%2” (%3, %4) becomes the current content again, as version %5. No version is "
           "removed.")
            .arg(v.number)
            .arg(m_document->title, VersionFormat::when(v.createdAt), v.author)
            .arg(next),
        tr("&Restore"),
        [engine, pool, id, v](const QString &comment) {
            return QtConcurrent::run(pool, [engine, id, v, comment]() -> Result<QString> {
                auto r = Dms::CheckOuts(*engine).restore(id, v.number, comment);
                if (!r)
                    return std::unexpected(r.error());
                return tr("Version %1 restored as version %2.").arg(v.number).arg(r->number);
            });
        },
        this);
    dialog->setObjectName(QStringLiteral("restoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VersionCommentDialog::succeeded, this, [this](const QString &message) {
        showResult(message);
        selectVersions({});
        refresh();
    });
    m_dialog = dialog;
    dialog->open();
}

QString HistoryPane::editorProgram()
{
    return qEnvironmentVariable("AKTENWERK_EDITOR");
}

void HistoryPane::launchEditor(const QString &path)
{
    const QString editor = editorProgram();
    if (!editor.isEmpty()) {
        // "libreoffice --writer" as well as a plain path: the working copy comes last.
        QStringList arguments = QProcess::splitCommand(editor);
        const QString program = arguments.isEmpty() ? editor : arguments.takeFirst();
        arguments << path;
        if (!QProcess::startDetached(program, arguments))
            m_banner->showMessage(
                tr("The program %1 (AKTENWERK_EDITOR) could not be started. The working copy is %2.").arg(editor, path),
                MessageBanner::Kind::Warning);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_banner->showMessage(tr("No program is set up to open this type of file. The working copy is %1.").arg(path),
            MessageBanner::Kind::Warning);
}

void HistoryPane::checkOut()
{
    if (!m_engine || !m_document || !m_checkOut->isEnabled())
        return;
    struct Outcome
    {
        Result<Dms::CheckOuts::CheckedOut> checkedOut;
        QString baseSha256;
    };
    const QUuid id = m_id;
    Dms::Engine *engine = m_engine;
    const Dms::ServerSession session = m_session ? m_session() : Dms::ServerSession {};
    m_busy = true;
    updateActions();
    m_banner->showMessage(tr("Checking out…"), MessageBanner::Kind::Information);
    runOn<Outcome>(
        &m_pool, this,
        [engine, id, session]() -> Outcome {
            Outcome o { Dms::CheckOuts(*engine).checkOut(id, session), {} };
            if (!o.checkedOut)
                return o;
            // The watcher compares saves with the content that was checked out.
            if (auto db = engine->openReader()) {
                if (auto copy = Dms::Queries::workingCopy(*db, id); copy && *copy)
                    o.baseSha256 = (*copy)->baseSha256;
            }
            return o;
        },
        [this, id](const Outcome &o) {
            m_busy = false;
            if (!o.checkedOut) {
                if (id == m_id)
                    m_banner->showMessage(o.checkedOut.error().message);
                updateActions();
                return;
            }
            const Dms::CheckOuts::CheckedOut &c = *o.checkedOut;
            Q_EMIT checkedOut(id, c.path, o.baseSha256);
            QString text = tr("Version %1 is checked out and opens in your program. Save it there; Aktenwerk then "
                              "offers to check it in.")
                               .arg(c.version);
            if (c.offline)
                text += QLatin1Char(' ')
                    + tr("The server could not be asked (%1): this is an offline edit.").arg(c.offlineReason);
            m_banner->showMessage(text, c.offline ? MessageBanner::Kind::Warning : MessageBanner::Kind::Positive);
            launchEditor(c.path);
            refresh();
        });
}

void HistoryPane::checkIn(const QUuid &documentId)
{
    if (!m_engine || m_engine->isReadOnly() || m_busy)
        return;
    const QUuid id = documentId.isNull() ? m_id : documentId;
    if (id.isNull())
        return;
    if (m_dialog)
        m_dialog->reject();
    const QString name = id == m_id && m_workingCopy ? QFileInfo(m_workingCopy->path).fileName()
        : id == m_id && m_document                   ? m_document->title
                                                     : tr("the document");
    Dms::Engine *engine = m_engine;
    QThreadPool *pool = &m_pool;
    auto *dialog = new VersionCommentDialog(
        tr("Check in"), tr("The saved working copy of %1 becomes a new version, and the check-out ends.").arg(name),
        tr("Check &in"),
        [engine, pool, id](const QString &comment) {
            return QtConcurrent::run(pool, [engine, id, comment]() -> Result<QString> {
                auto r = Dms::CheckOuts(*engine).checkIn(id, {}, comment);
                if (!r)
                    return std::unexpected(r.error());
                if (r->unchanged)
                    return tr("The working copy was not changed: no new version was made, and the check-out has "
                              "ended.");
                if (r->parallel)
                    return tr("Checked in as version %1. Someone else checked in a version first: yours is kept "
                              "as a parallel version.")
                        .arg(r->number);
                return tr("Checked in as version %1.").arg(r->number);
            });
        },
        this);
    dialog->setObjectName(QStringLiteral("checkInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VersionCommentDialog::succeeded, this, [this, id](const QString &message) {
        Q_EMIT checkOutEnded(id);
        showResult(message);
        selectVersions({});
        refresh();
    });
    m_dialog = dialog;
    dialog->open();
}

void HistoryPane::cancelCheckOut()
{
    if (!m_engine || !m_workingCopy || m_busy)
        return;
    const QUuid id = m_id;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel check-out"),
        tr("End the check-out of “%1” without a new version? The working copy %2 is "
           "discarded, with every change saved in it.")
            .arg(m_document ? m_document->title : QString(), m_workingCopy->path),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelCheckOutBox"));
    QPushButton *discard = box->addButton(tr("&Discard working copy"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardWorkingCopy"));
    QPushButton *keep = box->addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(discard, &QPushButton::clicked, this, [this, id] {
        Dms::Engine *engine = m_engine;
        if (!engine)
            return;
        m_busy = true;
        updateActions();
        runOn<Status>(
            &m_pool, this, [engine, id]() -> Status { return Dms::CheckOuts(*engine).cancel(id); },
            [this, id](const Status &s) {
                m_busy = false;
                if (!s) {
                    m_banner->showMessage(s.error().message);
                    updateActions();
                    return;
                }
                Q_EMIT checkOutEnded(id);
                showResult(
                    tr("The check-out has ended; the working copy was discarded."), MessageBanner::Kind::Information);
                refresh();
            });
    });
    box->open();
}

void HistoryPane::breakLock()
{
    if (!m_engine || !m_lock || !m_breakLock->isEnabled())
        return;
    const QUuid id = m_id;
    const QString owner = m_lock->owner;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Break check-out"),
        tr("“%1” is checked out by %2 since %3. End that check-out? %2 keeps the working copy; a later check-in "
           "of it is kept as a parallel version. This is recorded in the audit trail.")
            .arg(m_document ? m_document->title : QString(), owner,
                QLocale().toString(m_lock->since.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("breakLockBox"));
    QPushButton *confirm = box->addButton(tr("&Break check-out"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmBreakLock"));
    QPushButton *keep = box->addButton(tr("Do &not break"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QPushButton::clicked, this, [this, id] {
        Dms::Engine *engine = m_engine;
        if (!engine)
            return;
        const Dms::ServerSession session = m_session ? m_session() : Dms::ServerSession {};
        m_busy = true;
        updateActions();
        runOn<Result<QString>>(
            &m_pool, this,
            [engine, id, session]() -> Result<QString> { return Dms::CheckOuts(*engine).breakLock(id, session); },
            [this](const Result<QString> &r) {
                m_busy = false;
                if (!r) {
                    m_banner->showMessage(r.error().message);
                    updateActions();
                    return;
                }
                showResult(tr("The check-out of %1 is broken; %1 is told with the next sync.").arg(*r),
                    MessageBanner::Kind::Information);
                refresh();
            });
    });
    box->open();
}

} // namespace Aktenwerk::Client
