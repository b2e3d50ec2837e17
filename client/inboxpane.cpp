#include "client/inboxpane.h"

#include "dms/engine.h"
#include "model/displaytime.h"

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
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

enum Column { DeadlineColumn, TaskColumn, SubjectColumn, ReferenceColumn, FromColumn, NoteColumn, ColumnCount };

/** Logins, units and leads known here, for the addressee field's completion. */
QStringList knownAddressees(Dms::Engine &engine)
{
    QStringList names;
    auto db = engine.openReader();
    if (!db)
        return names;
    for (const char *sql : { "SELECT login FROM app_user WHERE deleted = 0 ORDER BY login",
             "SELECT 'unit:' || code FROM org_unit WHERE deleted = 0 ORDER BY code",
             "SELECT 'lead:' || code FROM org_unit WHERE deleted = 0 ORDER BY code" }) {
        auto st = db->prepare(QString::fromLatin1(sql));
        if (!st)
            continue;
        while (true) {
            auto row = st->step();
            if (!row || !*row)
                break;
            names << st->text(0);
        }
    }
    return names;
}

/** One step to add after the user's own: kind, addressee, deadline. */
class AddStepDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Client::AddStepDialog)
public:
    AddStepDialog(const QStringList &addressees, QWidget *parent)
        : QDialog(parent)
        , m_action(new QComboBox(this))
        , m_addressee(new QLineEdit(this))
        , m_hasDeadline(new QCheckBox(tr("&Deadline"), this))
        , m_deadline(new QDateEdit(QDate::currentDate().addDays(7), this))
    {
        setWindowTitle(tr("Add a step"));
        for (StepAction a : { StepAction::Notice, StepAction::CoSign, StepAction::Sign, StepAction::Process })
            m_action->addItem(stepActionName(a), stepActionCode(a));
        m_action->setCurrentIndex(1);
        m_action->setAccessibleName(tr("Kind of step"));
        m_addressee->setAccessibleName(tr("Addressee"));
        m_addressee->setPlaceholderText(tr("login, unit:CODE or lead:CODE"));
        auto *completer = new QCompleter(addressees, this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_addressee->setCompleter(completer);
        m_deadline->setCalendarPopup(true);
        m_deadline->setEnabled(false);
        m_deadline->setAccessibleName(tr("Deadline"));
        connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
        auto *form = new QFormLayout;
        form->addRow(tr("&Kind:"), m_action);
        form->addRow(tr("&To:"), m_addressee);
        auto *deadlineRow = new QHBoxLayout;
        deadlineRow->addWidget(m_hasDeadline);
        deadlineRow->addWidget(m_deadline, 1);
        form->addRow(deadlineRow);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (!Addressee::parse(m_addressee->text().trimmed())) {
                m_addressee->setFocus();
                return;
            }
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }

    QJsonObject step() const
    {
        QJsonObject s { { QStringLiteral("position"), 1 },
            { QStringLiteral("action"), m_action->currentData().toString() },
            { QStringLiteral("addressee"), Addressee::parse(m_addressee->text().trimmed())->toString() } };
        if (m_hasDeadline->isChecked())
            s.insert(QStringLiteral("deadline"), m_deadline->date().toString(Qt::ISODate));
        return s;
    }

private:
    QComboBox *m_action;
    QLineEdit *m_addressee;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
};

/** A new date and a reason for a resubmission. */
class PostponeDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Client::PostponeDialog)
public:
    explicit PostponeDialog(QWidget *parent)
        : QDialog(parent)
        , m_date(new QDateEdit(QDate::currentDate().addDays(7), this))
        , m_reason(new QLineEdit(this))
    {
        setWindowTitle(tr("Postpone the resubmission"));
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(QDate::currentDate().addDays(1));
        m_date->setAccessibleName(tr("New date"));
        m_reason->setAccessibleName(tr("Reason"));
        auto *form = new QFormLayout;
        form->addRow(tr("New &date:"), m_date);
        form->addRow(tr("&Reason:"), m_reason);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Postpone"));
        connect(buttons, &QDialogButtonBox::accepted, this, [this] {
            if (m_reason->text().trimmed().isEmpty()) {
                m_reason->setFocus();
                return;
            }
            accept();
        });
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(buttons);
    }
    QDate date() const { return m_date->date(); }
    QString reason() const { return m_reason->text().trimmed(); }

private:
    QDateEdit *m_date;
    QLineEdit *m_reason;
};

} // namespace

InboxPane::InboxPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
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
    m_model->setHorizontalHeaderLabels(
        { tr("Deadline"), tr("Task"), tr("Subject"), tr("Reference"), tr("From"), tr("Note") });
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setAccessibleName(tr("My tasks"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(DeadlineColumn, 85);
    m_view->setColumnWidth(TaskColumn, 125);
    m_view->setColumnWidth(SubjectColumn, 170);
    m_view->setColumnWidth(ReferenceColumn, 165);
    m_view->setColumnWidth(FromColumn, 110);
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
    m_seen.clear();
    m_firstRead = true;
    m_model->removeRows(0, m_model->rowCount());
    updateButtons();
}

const Dms::InboxItem *InboxPane::currentItem() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return nullptr;
    const int i = m_model->item(index.row(), 0)->data(Qt::UserRole).toInt();
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
    auto session = m_session;
    using Items = Result<QList<Dms::InboxItem>>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Items>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Items>>::finished, this, [this, watcher] {
        auto result = watcher->result();
        watcher->deleteLater();
        loadFinished(*result);
    });
    watcher->setFuture(QtConcurrent::run([session]() -> std::shared_ptr<Items> {
        auto db = session();
        if (!db)
            return std::make_shared<Items>(std::unexpected(db.error()));
        return std::make_shared<Items>(Dms::Routing::inbox(*db));
    }));
}

void InboxPane::loadFinished(const Result<QList<Dms::InboxItem>> &result)
{
    m_loading = false;
    if (!result) {
        showMessage(result.error().code == ErrorCode::Unavailable
                ? tr("Offline: the tasks cannot be read now. They are shown again once the server is reachable.")
                : result.error().message,
            true);
    } else {
        const QUuid current = currentItem() ? currentItem()->id : QUuid();
        m_items = *result;
        QList<Dms::InboxItem> arrived;
        for (const Dms::InboxItem &it : std::as_const(m_items)) {
            if (it.kind == QLatin1String("step") && !m_seen.contains(it.id)) {
                m_seen.insert(it.id);
                if (!m_firstRead)
                    arrived << it;
            }
        }
        m_firstRead = false;
        Dms::Routing routing(*m_engine);
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        int currentRow = -1;
        for (int i = 0; i < m_items.size(); ++i) {
            const Dms::InboxItem &it = m_items.at(i);
            const bool step = it.kind == QLatin1String("step");
            QString note;
            if (it.reason == QLatin1String("deputy"))
                note = tr("i. V. for %1").arg(routing.addresseeName(it.onBehalfOf));
            else if (it.reason == QLatin1String("escalated"))
                note = tr("overdue with %1").arg(routing.addresseeName(it.addressee));
            else if (it.reason == QLatin1String("unit") || it.reason == QLatin1String("lead"))
                note = tr("for %1").arg(routing.addresseeName(it.addressee));
            if (!it.instruction.isEmpty())
                note = note.isEmpty() ? it.instruction : note + QStringLiteral(" · ") + it.instruction;
            QList<QStandardItem *> row;
            row << new QStandardItem(it.deadline.isValid() ? displayDate(it.deadline) : QStringLiteral("–"))
                << new QStandardItem(step ? Dms::Routing::actionName(it.action) : tr("Resubmission"))
                << new QStandardItem(it.title.isEmpty() ? tr("(not visible to you)") : it.title)
                << new QStandardItem(it.reference) << new QStandardItem(routing.addresseeName(it.startedBy))
                << new QStandardItem(note);
            row.first()->setData(i, Qt::UserRole);
            if (it.overdue) {
                QFont bold = row.first()->font();
                bold.setBold(true);
                for (QStandardItem *cell : std::as_const(row))
                    cell->setFont(bold);
                row.first()->setText(tr("%1 – overdue").arg(row.first()->text()));
                row.first()->setForeground(QColor(0xb0, 0x1c, 0x1c));
            }
            row.at(SubjectColumn)->setToolTip(it.title);
            m_model->appendRow(row);
            if (it.id == current)
                currentRow = i;
        }
        if (currentRow < 0 && !m_items.isEmpty())
            currentRow = 0;
        if (currentRow >= 0)
            m_view->setCurrentIndex(m_model->index(currentRow, 0));
        m_message->hide();
        Q_EMIT loaded(static_cast<int>(m_items.size()));
        if (!arrived.isEmpty())
            Q_EMIT stepsArrived(arrived);
        currentChanged();
    }
    updateButtons();
    if (m_again) {
        m_again = false;
        refresh();
    }
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
    auto session = m_session;
    std::shared_ptr<Dms::Engine> engine = m_engine;
    using Acted = Result<QJsonObject>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Acted>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Acted>>::finished, this, [this, watcher, done] {
        auto r = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        if (!*r) {
            // What was typed stays in the field: nothing is lost by a refusal.
            showMessage(r->error().message, true);
            updateButtons();
            return;
        }
        m_remark->clear();
        showMessage(done, false);
        Q_EMIT acted(done);
        refresh();
    });
    watcher->setFuture(QtConcurrent::run([session, engine, command, type, id, args]() -> std::shared_ptr<Acted> {
        return std::make_shared<Acted>(Dms::Routing(*engine).act(session, command, type, id, args));
    }));
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
    AddStepDialog dialog(knownAddressees(*m_engine), this);
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
