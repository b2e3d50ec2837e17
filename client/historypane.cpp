#include "client/historypane.h"

#include "client/asyncreader.h"
#include "client/comparedialog.h"
#include "client/flowlayout.h"
#include "client/theme.h"
#include "client/versioncommentdialog.h"
#include "client/versionformat.h"
#include "dms/capture/documentocr.h"
#include "dms/engine.h"
#include "model/scantransfernote.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

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
    , m_ocrHeading(new QLabel(this))
    , m_ocrPages(new QListWidget(this))
    , m_ocrPageRow(new QWidget(this))
    , m_ocrPage(new QSpinBox(this))
    , m_transferNote(new QLabel(this))
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
        menu.addSeparator();
        menu.addAction(m_recognise);
        menu.addAction(m_recognisePage);
        if (m_breakLock->isEnabled())
            menu.addAction(m_breakLock);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        updateActions();
        showVersionDetails();
    });
    connect(m_table, &QTableWidget::activated, this, [this] { openSelected(); });

    // Rows of buttons wrap in a narrow pane instead of being cut off.
    auto *buttons = new FlowLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction *a : { m_open, m_compare, m_restore }) {
        auto *b = new QToolButton(m_buttons);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAccessibleName(a->iconText());
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        buttons->addWidget(b);
    }
    auto *editRow = new QWidget(this);
    auto *editButtons = new FlowLayout(editRow);
    editButtons->setContentsMargins(0, 0, 0, 0);
    for (QAction *a : { m_checkOut, m_checkIn, m_cancelCheckOut, m_breakLock, m_recognise }) {
        auto *b = new QToolButton(editRow);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAccessibleName(a->iconText());
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        editButtons->addWidget(b);
    }

    // The selected version as a scan: OCR confidence per page, one page again, the transfer note.
    m_ocrHeading->setObjectName(QStringLiteral("historyOcrHeading"));
    m_ocrHeading->setBuddy(m_ocrPages);
    m_ocrPages->setObjectName(QStringLiteral("historyOcrPages"));
    m_ocrPages->setAccessibleName(tr("Text recognition confidence per page"));
    m_ocrPages->setMaximumHeight(m_ocrPages->fontMetrics().height() * 7);
    // Choosing a page in the list chooses it for "Recognise page again".
    connect(m_ocrPages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (const QListWidgetItem *item = row >= 0 ? m_ocrPages->item(row) : nullptr)
            m_ocrPage->setValue(item->data(Qt::UserRole).toInt());
    });
    auto *pageRow = new QHBoxLayout(m_ocrPageRow);
    pageRow->setContentsMargins(0, 0, 0, 0);
    auto *pageLabel = new QLabel(tr("P&age:"), m_ocrPageRow);
    pageLabel->setBuddy(m_ocrPage);
    m_ocrPage->setObjectName(QStringLiteral("historyOcrPage"));
    m_ocrPage->setAccessibleName(tr("Page to recognise again"));
    m_ocrPage->setRange(1, 1);
    auto *again = new QToolButton(m_ocrPageRow);
    again->setDefaultAction(m_recognisePage);
    again->setToolButtonStyle(Qt::ToolButtonTextOnly);
    again->setAccessibleName(m_recognisePage->iconText());
    again->setObjectName(m_recognisePage->objectName() + QStringLiteral("Button"));
    pageRow->addWidget(pageLabel);
    pageRow->addWidget(m_ocrPage);
    pageRow->addWidget(again);
    pageRow->addStretch();
    m_transferNote->setObjectName(QStringLiteral("historyTransferNote"));
    m_transferNote->setWordWrap(true);
    m_transferNote->setTextFormat(Qt::PlainText);
    m_transferNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_transferNote->setFocusPolicy(Qt::StrongFocus); // read with the keyboard and a screen reader

    m_changes->setObjectName(QStringLiteral("historyChanges"));
    m_changes->setAccessibleName(tr("Changes of the metadata"));
    m_changesLabel->setBuddy(m_changes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_lockLabel);
    layout->addWidget(editRow);
    // No mnemonic: Alt+V and Alt+E belong to the menus; Ctrl+H (Versions › Show history) comes here.
    auto *versionsLabel = new QLabel(tr("Versions"), this);
    versionsLabel->setBuddy(m_table);
    layout->addWidget(versionsLabel);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_buttons);
    layout->addWidget(m_ocrHeading);
    layout->addWidget(m_ocrPages);
    layout->addWidget(m_ocrPageRow);
    layout->addWidget(m_transferNote);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 1);
    clear();
}

HistoryPane::~HistoryPane()
{
    if (m_ocrCancel)
        m_ocrCancel->store(true); // a recognition stops at its next page; nothing is stored
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
    m_recognise = make(tr("Recognise &text (OCR)"), QStringLiteral("actionRecognise"), QKeySequence(),
        tr("Makes a searchable PDF of the scanned image or PDF, as a new version"));
    m_recognisePage = make(tr("Recognise &page again"), QStringLiteral("actionRecognisePage"), QKeySequence(),
        tr("Recognises the chosen page of the current version again; the other pages stay as they are"));
    connect(m_recognise, &QAction::triggered, this, &HistoryPane::recognise);
    connect(m_recognisePage, &QAction::triggered, this, &HistoryPane::recognisePage);
}

void HistoryPane::setEngine(Dms::Engine *engine)
{
    if (!engine) {
        if (m_ocrCancel)
            m_ocrCancel->store(true);
        m_pool.waitForDone();
    }
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
    m_facts.clear();
    m_showAfterLoad = 0;
    m_heading->setText(tr("Select a document to see its versions and changes."));
    m_banner->hide();
    m_lockLabel->hide();
    m_table->setRowCount(0);
    m_table->setEnabled(false);
    m_changes->clear();
    m_changesLabel->hide();
    m_changes->hide();
    showVersionDetails();
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
            // Pages and text as the extraction worker found them (never read from the file here).
            auto facts = db.prepare(
                QStringLiteral("SELECT v.sha256, e.pages, length(trim(e.text)) > 0 FROM version v JOIN extraction e "
                               "ON e.sha256 = v.sha256 WHERE v.document_id = ? AND e.status = 'ok'"));
            if (!facts)
                return std::unexpected(facts.error());
            facts->bind(1, Dms::Queries::uuidText(id));
            for (;;) {
                auto row = facts->step();
                if (!row)
                    return std::unexpected(row.error());
                if (!*row)
                    break;
                d.facts.insert(
                    facts->text(0), ContentFacts { static_cast<int>(facts->int64(1)), facts->int64(2) != 0 });
            }
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
    m_facts = data.facts;
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
        if (v.madeOffline()) {
            // Made offline: the server's time is when it arrived; the author's clock says when it was made.
            const QString offline = tr("Recorded offline on %1; on the server since %2.")
                                        .arg(VersionFormat::when(v.recordedAt), VersionFormat::when(v.createdAt));
            QTableWidgetItem *when = m_table->item(row, DateColumn);
            when->setText(
                tr("%1 (offline %2)").arg(VersionFormat::when(v.createdAt), VersionFormat::when(v.recordedAt)));
            when->setToolTip(offline);
            when->setData(Qt::AccessibleDescriptionRole, offline);
        }
        m_table->item(row, NumberColumn)
            ->setData(Qt::AccessibleDescriptionRole,
                tr("Version %1 by %2, %3").arg(v.number).arg(v.author, VersionFormat::originText(v)));
    }
    m_table->resizeColumnsToContents();
    // A version text recognition just stored: selected, and shown in the viewer.
    const int stored = std::exchange(m_showAfterLoad, 0);
    const Version *show = nullptr;
    for (const Version &v : std::as_const(m_versions)) {
        if (stored > 0 && v.number == stored)
            show = &v;
    }
    if (show)
        selected = { stored };
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
    showVersionDetails();
    if (show && m_document)
        Q_EMIT openVersionRequested(*m_document, *show);
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

    // Disabled with the reason in the tooltip, so the clerk knows what to do.
    const QString noRecognise = whyNoRecognise();
    m_recognise->setEnabled(noRecognise.isEmpty());
    m_recognise->setToolTip(noRecognise.isEmpty()
            ? tr("Makes a searchable PDF of the scanned image or PDF, as a new version")
            : noRecognise);
    m_recognise->setStatusTip(noRecognise);
    const QString noPage = whyNoRecognisePage();
    m_recognisePage->setEnabled(noPage.isEmpty());
    m_recognisePage->setToolTip(noPage.isEmpty()
            ? tr("Recognises the chosen page of the current version again; the other pages stay as they are")
            : noPage);
    m_recognisePage->setStatusTip(noPage);
    m_ocrPage->setEnabled(noPage.isEmpty());
}

const Version *HistoryPane::currentVersion() const
{
    if (!m_document)
        return nullptr;
    for (const Version &v : m_versions) {
        if (v.number == m_document->currentVersion)
            return &v;
    }
    return nullptr;
}

QString HistoryPane::whyNotChangeable() const
{
    if (!m_engine || !m_loaded || !m_document)
        return tr("No document is selected.");
    if (m_engine->isReadOnly())
        return tr("The data folder is open read-only: nothing can be changed.");
    if (m_document->status != RecordStatus::Open)
        return tr("The document's file or case is closed (z.d.A.): it cannot be changed.");
    if (heldByOther())
        return tr("Checked out by %1: editing is not possible.").arg(m_lock->owner);
    if (m_workingCopy)
        return tr("You have the document checked out: check it in first.");
    if (m_busy)
        return tr("Please wait: the document is being worked on.");
    return {};
}

QString HistoryPane::whyNoRecognise() const
{
    if (const QString why = whyNotChangeable(); !why.isEmpty())
        return why;
    const Version *v = currentVersion();
    if (!v)
        return tr("The document has no content to recognise.");
    if (v->mimeType.startsWith(QLatin1String("image/")))
        return {};
    if (v->mimeType != QLatin1String("application/pdf"))
        return tr("Only an image or a PDF without text can be recognised; this is %1.").arg(v->mimeType);
    const auto facts = m_facts.constFind(v->sha256);
    if (facts == m_facts.cend())
        return tr("The PDF has not been read yet; try again in a moment.");
    if (facts->hasText)
        return tr("The PDF already has text. To recognise one page again, choose it below.");
    return {};
}

QString HistoryPane::whyNoRecognisePage() const
{
    if (const QString why = whyNotChangeable(); !why.isEmpty())
        return why;
    const Version *v = currentVersion();
    if (!v || v->mimeType != QLatin1String("application/pdf"))
        return tr("Only a PDF has pages to recognise again; recognise the whole document first.");
    if (v->ocr.isEmpty() && v->origin != VersionOrigin::Scan)
        return tr("The current version is no scan and was not recognised: it has no page to recognise again.");
    return {};
}

void HistoryPane::showVersionDetails()
{
    const QList<Version> selected = selectedVersions();
    const Version *v = selected.size() == 1 ? &selected.first() : nullptr;
    const Version *current = currentVersion();

    // One page again works on the current version: its pages are offered.
    int pages = 0;
    if (current) {
        pages = static_cast<int>(QJsonDocument::fromJson(current->ocr.toUtf8()).array().size());
        if (const auto f = m_facts.constFind(current->sha256); f != m_facts.cend())
            pages = qMax(pages, f->pages);
    }
    m_ocrPage->setRange(1, qMax(1, pages));
    m_ocrPageRow->setVisible(current && current->mimeType == QLatin1String("application/pdf")
        && (!current->ocr.isEmpty() || current->origin == VersionOrigin::Scan));

    // OCR confidence of every page; pages under the threshold flagged in colour, icon AND words.
    m_ocrPages->clear();
    const QJsonArray ocr = v ? QJsonDocument::fromJson(v->ocr.toUtf8()).array() : QJsonArray();
    for (const QJsonValue &value : ocr) {
        const QJsonObject o = value.toObject();
        const int page = o.value(QLatin1String("page")).toInt();
        const int confidence = o.value(QLatin1String("confidence")).toInt(-1);
        const bool low = o.value(QLatin1String("low")).toBool();
        QString text;
        if (confidence < 0)
            text = tr("Page %1: not recognised — please check").arg(page);
        else if (low)
            text = tr("Page %1: %2 % — please check").arg(page).arg(confidence);
        else
            text = tr("Page %1: %2 %").arg(page).arg(confidence);
        auto *item = new QListWidgetItem(text, m_ocrPages);
        item->setData(Qt::UserRole, page);
        if (low || confidence < 0) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(Theme::text(Theme::Tone::Warning, palette())); // with the icon: not only a colour
            item->setData(
                Qt::AccessibleDescriptionRole, tr("Uncertain recognition: compare the text with the page image."));
            item->setToolTip(tr("Uncertain recognition: compare the text with the page image."));
        }
    }
    const bool hasOcr = !ocr.isEmpty();
    m_ocrHeading->setText(v ? tr("Text recognition of version %1:").arg(v->number) : QString());
    m_ocrHeading->setVisible(hasOcr);
    m_ocrPages->setVisible(hasOcr);

    // The transfer note, and whether it still fits the stored version.
    if (!v || v->transferNote.isEmpty()) {
        m_transferNote->clear();
        m_transferNote->setAccessibleName(QString());
        m_transferNote->hide();
        return;
    }
    QStringList lines { tr("Transfer note (TR-RESISCAN) of version %1").arg(v->number) };
    auto note = ScanTransferNote::parse(v->transferNote.toUtf8());
    bool ok = false;
    if (!note) {
        lines << tr("The transfer note cannot be read: %1").arg(note.error().message);
    } else {
        const auto when
            = [](const QDateTime &t) -> QString { return t.isValid() ? VersionFormat::when(t) : tr("unknown"); };
        lines << tr("Device: %1").arg(note->deviceName)
              << tr("Source: %1, mode: %2, resolution: %3 dpi")
                     .arg(VersionFormat::scanSourceName(note->source), VersionFormat::scanModeName(note->mode))
                     .arg(note->resolutionDpi)
              << tr("Scanned by: %1").arg(note->scannedBy)
              << tr("Captured: %1; checked: %2; filed: %3")
                     .arg(when(note->capturedAt), when(note->checkedAt), when(note->filedAt))
              << tr("Pages: %1").arg(note->pageCount)
              << (note->qualityCheckPassed ? tr("Quality check: passed – %1").arg(note->qualityCheckText)
                                           : tr("Quality check: NOT passed – %1").arg(note->qualityCheckText))
              << tr("Product SHA-256: %1").arg(QString::fromLatin1(note->productSha256));
        // Pages where the extraction worker counted them; the PDF is never parsed here.
        const auto f = m_facts.constFind(v->sha256);
        const int counted = f != m_facts.cend() && f->pages > 0 ? f->pages : note->pageCount;
        QStringList problems = note->verify(v->sha256.toLatin1(), counted);
        if (note->documentId != m_id)
            problems.prepend(tr("the transfer note names another document (%1)")
                                 .arg(note->documentId.toString(QUuid::WithoutBraces)));
        ok = problems.isEmpty();
        lines << (ok ? tr("Verified: the note matches the stored version.")
                     : tr("NOT verified: %1").arg(problems.join(QStringLiteral("; "))));
    }
    const QString text = lines.join(QLatin1Char('\n'));
    m_transferNote->setText(text);
    m_transferNote->setAccessibleName(lines.first());
    m_transferNote->setAccessibleDescription(text);
    m_transferNote->setStyleSheet(ok ? QString() : Theme::labelStyle(Theme::Tone::Error, palette()));
    m_transferNote->show();
}

void HistoryPane::recognise()
{
    if (!m_recognise->isEnabled())
        return;
    runOcr(0);
}

void HistoryPane::recognisePage()
{
    if (!m_recognisePage->isEnabled())
        return;
    runOcr(m_ocrPage->value());
}

void HistoryPane::runOcr(int onlyPage)
{
    Dms::Engine *engine = m_engine;
    if (!engine || !m_document)
        return;
    const QUuid id = m_id;
    const Dms::Ocr::Options options = Dms::DocumentOcr::configured(*engine, m_ocrOptions);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_ocrCancel = cancel;
    m_busy = true;
    updateActions();
    m_banner->showMessage(onlyPage > 0 ? tr("Recognising page %1 again…").arg(onlyPage) : tr("Recognising text…"),
        MessageBanner::Kind::Information);
    QPointer<HistoryPane> self(this);
    auto progress = [self, onlyPage](int done, int total) {
        QMetaObject::invokeMethod(qApp, [self, onlyPage, done, total] {
            if (self && self->m_busy && onlyPage == 0)
                self->m_banner->showMessage(
                    tr("Recognising text: page %1 of %2…").arg(done).arg(total), MessageBanner::Kind::Information);
        });
    };
    runOn<Result<Dms::DocumentOcr::Outcome>>(
        &m_pool, this,
        [engine, id, onlyPage, options, cancel, progress]() {
            return Dms::DocumentOcr::recognise(*engine, id, onlyPage, options, cancel.get(), progress);
        },
        [this, id](const Result<Dms::DocumentOcr::Outcome> &r) {
            m_busy = false;
            m_ocrCancel.reset();
            if (id != m_id) {
                updateActions();
                return;
            }
            if (!r) {
                m_banner->showMessage(r.error().message);
                updateActions();
                return;
            }
            if (!r->stored) {
                QStringList why { r->failedPages > 0 ? r->failureMessage() : tr("No text was found.") };
                for (const Dms::OcrPage &p : r->pages) {
                    if (!p.ok())
                        why << tr("Page %1: %2").arg(p.number).arg(p.error);
                }
                m_banner->showMessage(why.join(QLatin1Char(' ')));
                updateActions();
                return;
            }
            const int low = static_cast<int>(std::count_if(
                r->pages.cbegin(), r->pages.cend(), [](const Dms::OcrPage &p) { return p.lowConfidence; }));
            m_banner->showMessage(tr("Text recognised: version %1 (%2).").arg(r->version).arg(r->comment),
                low > 0 ? MessageBanner::Kind::Warning : MessageBanner::Kind::Positive);
            m_showAfterLoad = r->version;
            refresh();
        });
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
    showVersionDetails();
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
            .arg(m_document ? m_document->title : QString(), owner, VersionFormat::when(m_lock->since)),
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
