#include "client/inboxpane.h"

#include "client/routingdialogs.h"
#include "dms/engine.h"
#include "dms/store/sqlite.h"
#include "model/displaytime.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

enum Column { DeadlineColumn, TaskColumn, SubjectColumn, ReferenceColumn, FromColumn, NoteColumn, ColumnCount };

} // namespace

/**
 * The inbox as a table: the items as the server sent them, each cell made when it is drawn (a
 * lead's list of ten thousand steps opens without building ten thousand rows of items).
 */
class InboxModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Client::InboxPane)
public:
    explicit InboxModel(QObject *parent)
        : QAbstractTableModel(parent)
    { }

    void setItems(const QList<Dms::InboxItem> *items, QHash<QString, QString> names)
    {
        beginResetModel();
        m_items = items;
        m_names = std::move(names);
        endResetModel();
    }

    /** Rows appended to the list the model shows (a further page): between these two. */
    void aboutToAppend(int count, const QHash<QString, QString> &names)
    {
        beginInsertRows({}, rowCount(), rowCount() + count - 1);
        m_names.insert(names);
    }
    void appended() { endInsertRows(); }

    std::function<bool()> hasMore;
    std::function<void()> more;
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && hasMore && hasMore(); }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!parent.isValid() && more)
            more();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_items ? 0 : static_cast<int>(m_items->size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case DeadlineColumn:
            return tr("Deadline");
        case TaskColumn:
            return tr("Task");
        case SubjectColumn:
            return tr("Subject");
        case ReferenceColumn:
            return tr("Reference");
        case FromColumn:
            return tr("From");
        case NoteColumn:
            return tr("Note");
        }
        return {};
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || !m_items || index.row() >= m_items->size())
            return {};
        const Dms::InboxItem &it = m_items->at(index.row());
        if (role == Qt::FontRole && it.overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && it.overdue && index.column() == DeadlineColumn)
            return QColor(0xb0, 0x1c, 0x1c);
        if (role == Qt::ToolTipRole && index.column() == SubjectColumn)
            return it.title;
        if (role != Qt::DisplayRole)
            return {};
        const bool step = it.kind == QLatin1String("step");
        switch (index.column()) {
        case DeadlineColumn: {
            const QString date = it.deadline.isValid() ? displayDate(it.deadline) : QStringLiteral("–");
            return it.overdue ? tr("%1 – overdue").arg(date) : date;
        }
        case TaskColumn:
            return step ? Dms::Routing::actionName(it.action) : tr("Resubmission");
        case SubjectColumn:
            return it.title.isEmpty() ? tr("(not visible to you)") : it.title;
        case ReferenceColumn:
            return it.reference;
        case FromColumn:
            return name(it.startedBy);
        case NoteColumn: {
            QString note = Dms::Routing::reasonNote(it, m_names);
            if (!it.instruction.isEmpty())
                note = note.isEmpty() ? it.instruction : note + QStringLiteral(" · ") + it.instruction;
            return note;
        }
        }
        return {};
    }

private:
    QString name(const QString &a) const { return m_names.value(a, a); }
    const QList<Dms::InboxItem> *m_items = nullptr;
    QHash<QString, QString> m_names;
};

InboxPane::InboxPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_model(new InboxModel(this))
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
    , m_remark(new QLineEdit(this))
    , m_complete(new QPushButton(tr("Do&ne"), this))
    , m_return(new QPushButton(tr("Send &back"), this))
    , m_addStep(new QPushButton(tr("Add ste&p…"), this))
    , m_postpone(new QPushButton(tr("Pos&tpone…"), this))
{
    setObjectName(QStringLiteral("inboxPane"));
    m_heading->setText(tr("<b>My tasks</b> – routing steps and due resubmissions, by deadline. Done: Ctrl+Return."));
    m_heading->setWordWrap(true);
    m_heading->setBuddy(m_view);
    m_view->setModel(m_model);
    m_model->hasMore = [this] { return m_items.size() < m_total; };
    m_model->more = [this] { fetchMore(); };
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setAccessibleName(tr("My tasks"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(DeadlineColumn, 85);
    m_view->setColumnWidth(TaskColumn, 112);
    m_view->setColumnWidth(SubjectColumn, 150);
    m_view->setColumnWidth(ReferenceColumn, 185);
    m_view->setColumnWidth(FromColumn, 100);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { currentChanged(); });
    m_remark->setObjectName(QStringLiteral("inboxRemark"));
    m_remark->setAccessibleName(tr("Remark"));
    m_remark->setPlaceholderText(tr("Remark (needed when sending back)"));
    m_complete->setObjectName(QStringLiteral("inboxDone"));
    m_complete->setToolTip(tr("Done: co-signed, signed, read or processed (Ctrl+Return)"));
    m_return->setObjectName(QStringLiteral("inboxReturn"));
    m_return->setToolTip(tr("Send the route back with the remark: pending co-signatures are cancelled"));
    m_addStep->setObjectName(QStringLiteral("inboxAddStep"));
    m_postpone->setObjectName(QStringLiteral("inboxPostpone"));
    m_message->setObjectName(QStringLiteral("inboxMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_complete, &QPushButton::clicked, this, &InboxPane::completeCurrent);
    connect(m_return, &QPushButton::clicked, this, &InboxPane::returnCurrent);
    connect(m_addStep, &QPushButton::clicked, this, &InboxPane::addStepAfterCurrent);
    connect(m_postpone, &QPushButton::clicked, this, &InboxPane::postponeCurrent);
    for (QKeySequence keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this, this, &InboxPane::completeCurrent);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(m_remark, &QLineEdit::returnPressed, this, &InboxPane::completeCurrent);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_remark, 1);
    actions->addWidget(m_complete);
    actions->addWidget(m_return);
    actions->addWidget(m_addStep);
    actions->addWidget(m_postpone);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    updateButtons();
}

InboxPane::~InboxPane() = default;

void InboxPane::setEngine(std::shared_ptr<Dms::Engine> engine, Dms::ServerSession session)
{
    m_engine = std::move(engine);
    m_session = std::move(session);
    m_items.clear();
    m_total = 0;
    ++m_generation;
    m_moreWanted = false;
    m_seen.clear();
    m_firstRead = true;
    m_model->setItems(&m_items, {});
    updateButtons();
}

const Dms::InboxItem *InboxPane::currentItem() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return nullptr;
    const int i = index.row();
    return i >= 0 && i < m_items.size() ? &m_items.at(i) : nullptr;
}

void InboxPane::refresh()
{
    if (!m_engine || !m_session) {
        showMessage(tr("The tasks are kept by the central repository: this data folder is not connected."), false);
        return;
    }
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    ++m_generation; // a page still on its way belongs to the list before
    auto session = m_session;
    // As much as is listed now (at least a page): a refresh keeps what was scrolled to.
    const int limit = std::max<int>(pageSize, static_cast<int>(m_items.size()));
    using Page = Result<Dms::InboxPage>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Page>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Page>>::finished, this, [this, watcher] {
        auto result = watcher->result();
        watcher->deleteLater();
        loadFinished(*result);
    });
    watcher->setFuture(QtConcurrent::run([session, limit]() -> std::shared_ptr<Page> {
        auto db = session();
        if (!db)
            return std::make_shared<Page>(std::unexpected(db.error()));
        return std::make_shared<Page>(Dms::Routing::inbox(*db, 0, limit));
    }));
}

void InboxPane::fetchMore()
{
    if (!m_session || m_items.size() >= m_total)
        return;
    if (m_loading) {
        m_moreWanted = true; // asked again once the list read now has arrived
        return;
    }
    if (m_fetching)
        return; // the page on its way is the one asked for
    m_fetching = true;
    const int generation = m_generation;
    auto session = m_session;
    const int offset = static_cast<int>(m_items.size());
    using Page = Result<Dms::InboxPage>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Page>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Page>>::finished, this, [this, watcher, generation] {
        auto result = watcher->result();
        watcher->deleteLater();
        m_fetching = false;
        if (generation != m_generation) {
            // The list was read again meanwhile: this page is asked for again after that read.
            if (m_loading)
                m_moreWanted = true;
            else
                fetchMore();
            return;
        }
        if (!*result) {
            showMessage((*result).error().message, true);
            return;
        }
        const QList<Dms::InboxItem> &more = (*result)->items;
        if (more.isEmpty())
            return;
        QStringList people;
        for (const Dms::InboxItem &it : more) {
            m_seen.insert(it.id);
            people << it.addressee << it.onBehalfOf << it.startedBy;
        }
        people.removeDuplicates();
        m_model->aboutToAppend(static_cast<int>(more.size()),
            m_engine ? Dms::Routing(*m_engine).addresseeNames(people) : QHash<QString, QString>());
        m_items.append(more);
        m_model->appended();
    });
    watcher->setFuture(QtConcurrent::run([session, offset]() -> std::shared_ptr<Page> {
        auto db = session();
        if (!db)
            return std::make_shared<Page>(std::unexpected(db.error()));
        return std::make_shared<Page>(Dms::Routing::inbox(*db, offset, pageSize));
    }));
}

void InboxPane::loadFinished(const Result<Dms::InboxPage> &result)
{
    m_loading = false;
    if (!result) {
        showMessage(result.error().code == ErrorCode::Unavailable
                ? tr("Offline: the tasks cannot be read now. They are shown again once the server is reachable.")
                : result.error().message,
            true);
    } else {
        const bool first = m_firstRead;
        const qint64 before = m_total;
        const QList<Dms::InboxItem> arrived = showPage(*result);
        if (m_messageIsError)
            m_message->hide(); // read again: the server is reachable (what was done stays said)
        Q_EMIT loaded(static_cast<int>(m_total));
        if (!arrived.isEmpty())
            Q_EMIT stepsArrived(arrived);
        // Further down than this page: told as a number.
        if (!first && m_total - before > arrived.size())
            Q_EMIT moreArrived(static_cast<int>(m_total - before - arrived.size()));
        currentChanged();
    }
    updateButtons();
    if (m_again) {
        m_again = false;
        refresh();
    } else if (m_moreWanted && !m_fetching) {
        m_moreWanted = false;
        fetchMore();
    }
}

QList<Dms::InboxItem> InboxPane::showPage(const Dms::InboxPage &page)
{
    const QUuid current = currentItem() ? currentItem()->id : QUuid();
    m_items = page.items;
    m_total = page.total;
    QList<Dms::InboxItem> arrived;
    QStringList people;
    for (const Dms::InboxItem &it : std::as_const(m_items)) {
        if (it.kind == QLatin1String("step") && !m_seen.contains(it.id)) {
            m_seen.insert(it.id);
            if (!m_firstRead)
                arrived << it;
        }
        people << it.addressee << it.onBehalfOf << it.startedBy;
    }
    m_firstRead = false;
    people.removeDuplicates();
    const QHash<QString, QString> names
        = m_engine ? Dms::Routing(*m_engine).addresseeNames(people) : QHash<QString, QString>();
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->setItems(&m_items, names);
    int currentRow = -1;
    for (int i = 0; i < m_items.size() && currentRow < 0 && !current.isNull(); ++i) {
        if (m_items.at(i).id == current)
            currentRow = i;
    }
    if (currentRow < 0 && !m_items.isEmpty())
        currentRow = 0;
    if (currentRow >= 0)
        m_view->setCurrentIndex(m_model->index(currentRow, 0));
    return arrived;
}

void InboxPane::currentChanged()
{
    updateButtons();
    const Dms::InboxItem *it = currentItem();
    m_previewSha.clear();
    if (!it || it->objectType != QLatin1String("document") || it->title.isEmpty()) {
        m_previewFor = QUuid();
        Q_EMIT previewCleared(it ? tr("%1: no single document to preview.").arg(it->title) : QString());
        return;
    }
    // The document's current version, from the server (a co-signer of another department does
    // not hold it); the newest choice wins.
    const int ticket = ++m_previewTicket;
    const QUuid document = it->objectId;
    m_previewFor = document;
    auto session = m_session;
    std::shared_ptr<Dms::Engine> engine = m_engine;
    const QString cache = m_cache.path();
    using Fetched = Result<Dms::RoutedVersion>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Fetched>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Fetched>>::finished, this, [this, watcher, ticket] {
        auto fetched = watcher->result();
        watcher->deleteLater();
        if (ticket != m_previewTicket)
            return;
        if (!*fetched) {
            Q_EMIT previewCleared(fetched->error().message);
            return;
        }
        const Dms::RoutedVersion &v = **fetched;
        m_previewSha = v.sha256;
        DocumentViewer::Source source;
        source.path = v.path;
        source.sha256 = v.sha256;
        source.size = v.size;
        source.mimeType = v.mimeType;
        source.fileName = v.fileName;
        source.title = v.title;
        source.version = v.number;
        source.currentVersion = v.number;
        Q_EMIT previewReady(source);
    });
    watcher->setFuture(QtConcurrent::run([session, engine, document, cache]() -> std::shared_ptr<Fetched> {
        auto db = session();
        if (!db)
            return std::make_shared<Fetched>(std::unexpected(db.error()));
        return std::make_shared<Fetched>(Dms::Routing(*engine).fetchVersion(*db, document, cache));
    }));
}

void InboxPane::updateButtons()
{
    const Dms::InboxItem *it = currentItem();
    const bool step = it && it->kind == QLatin1String("step");
    const bool free = !m_busy && m_engine;
    m_complete->setEnabled(free && it);
    m_return->setEnabled(free && step);
    m_addStep->setEnabled(free && step);
    m_postpone->setEnabled(free && it && !step);
    m_postpone->setVisible(!it || !step);
    m_addStep->setVisible(!it || step);
}

void InboxPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_messageIsError = error;
    m_message->setStyleSheet(error ? QStringLiteral("color: #b01c1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void InboxPane::act(
    const QString &command, const QString &type, const QUuid &id, const QJsonObject &args, const QString &done)
{
    if (!m_engine || m_busy)
        return;
    m_busy = true;
    updateButtons();
    actInBackground(this, m_engine, m_session, command, type, id, args, [this, done](const Result<QJsonObject> &r) {
        m_busy = false;
        if (!r) {
            // What was typed stays in the field: nothing is lost by a refusal.
            showMessage(r.error().message, true);
            updateButtons();
            return;
        }
        m_remark->clear();
        showMessage(done, false);
        Q_EMIT acted(done);
        refresh();
    });
}

void InboxPane::completeCurrent()
{
    const Dms::InboxItem *it = currentItem();
    if (!it || m_busy)
        return;
    if (it->kind == QLatin1String("resubmission")) {
        act(QStringLiteral("resubmission.done"), QStringLiteral("resubmission"), it->id,
            { { QStringLiteral("remark"), m_remark->text().trimmed() } }, tr("Resubmission done."));
        return;
    }
    QJsonObject args { { QStringLiteral("remark"), m_remark->text().trimmed() } };
    // A co-signature or signature is given on the version the user saw.
    if (!m_previewSha.isEmpty() && m_previewFor == it->objectId)
        args.insert(QStringLiteral("sha256"), m_previewSha);
    act(QStringLiteral("step.complete"), QStringLiteral("step"), it->id, args,
        tr("Done: %1 – %2.").arg(Dms::Routing::actionName(it->action), it->title));
}

void InboxPane::returnCurrent()
{
    const Dms::InboxItem *it = currentItem();
    if (!it || it->kind != QLatin1String("step") || m_busy)
        return;
    if (m_remark->text().trimmed().isEmpty()) {
        showMessage(tr("Say in the remark why the route goes back, then send it back."), true);
        m_remark->setFocus(Qt::OtherFocusReason);
        return;
    }
    act(QStringLiteral("step.return"), QStringLiteral("step"), it->id,
        { { QStringLiteral("remark"), m_remark->text().trimmed() } },
        tr("Sent back: %1. Pending co-signatures are cancelled.").arg(it->title));
}

void InboxPane::addStepAfterCurrent()
{
    const Dms::InboxItem *it = currentItem();
    if (!it || it->kind != QLatin1String("step") || !m_engine || m_busy)
        return;
    const Dms::InboxItem item = *it;
    auto db = m_engine->openReader();
    AddStepDialog dialog(db ? knownAddressees(*db) : QStringList(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    act(QStringLiteral("step.add"), QStringLiteral("step"), item.id,
        { { QStringLiteral("after"), item.position }, { QStringLiteral("steps"), QJsonArray { dialog.step() } } },
        tr("Step added after yours."));
}

void InboxPane::postponeCurrent()
{
    const Dms::InboxItem *it = currentItem();
    if (!it || it->kind != QLatin1String("resubmission") || m_busy)
        return;
    const QUuid id = it->id;
    PostponeDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    act(QStringLiteral("resubmission.postpone"), QStringLiteral("resubmission"), id,
        { { QStringLiteral("due"), dialog.date().toString(Qt::ISODate) },
            { QStringLiteral("reason"), dialog.reason() } },
        tr("Resubmission moved to %1.").arg(displayDate(dialog.date())));
}

} // namespace Aktenwerk::Client
