#include "client/routingdialogs.h"

#include "dms/engine.h"
#include "dms/store/sqlite.h"
#include "dms/sync/syncengine.h"
#include "model/displaytime.h"
#include "model/routing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

/** Rows of a one-column query, in order. */
QStringList column(Dms::Database &db, const char *sql, const QString &bind = {})
{
    QStringList out;
    auto st = db.prepare(QString::fromLatin1(sql));
    if (!st)
        return out;
    if (!bind.isNull())
        st->bind(1, bind);
    while (true) {
        auto row = st->step();
        if (!row || !*row)
            break;
        out << st->text(0);
    }
    return out;
}

QCompleter *addresseeCompleter(const QStringList &addressees, QObject *parent)
{
    auto *completer = new QCompleter(addressees, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

void fillActions(QComboBox *box)
{
    for (StepAction a : { StepAction::Notice, StepAction::CoSign, StepAction::Sign, StepAction::Process })
        box->addItem(stepActionName(a), stepActionCode(a));
}

QDateEdit *makeDateEdit(const QDate &date, const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setAccessibleName(name);
    return edit;
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

QStringList knownAddressees(Dms::Database &db)
{
    return knownLogins(db) + knownUnits(db)
        + column(db, "SELECT 'lead:' || code FROM org_unit WHERE deleted = 0 ORDER BY code");
}

QStringList knownLogins(Dms::Database &db)
{
    return column(db, "SELECT login FROM app_user WHERE deleted = 0 ORDER BY login");
}

QStringList knownUnits(Dms::Database &db)
{
    return column(db, "SELECT 'unit:' || code FROM org_unit WHERE deleted = 0 ORDER BY code");
}

void actInBackground(QObject *context, std::shared_ptr<Dms::Engine> engine, Dms::Routing::ServerSession session,
    const QString &command, const QString &type, const QUuid &id, const QJsonObject &args,
    std::function<void(const Result<QJsonObject> &)> done)
{
    using Acted = Result<QJsonObject>;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Acted>>(context);
    QObject::connect(watcher, &QFutureWatcher<std::shared_ptr<Acted>>::finished, context, [watcher, done] {
        auto r = watcher->result();
        watcher->deleteLater();
        done(*r);
    });
    watcher->setFuture(QtConcurrent::run([session, engine, command, type, id, args]() -> std::shared_ptr<Acted> {
        return std::make_shared<Acted>(Dms::SyncEngine(*engine).actNow(session, command, type, id, args));
    }));
}

QList<RouteTemplate> routeTemplates(Dms::Database &db, const QString &departmentCode)
{
    QList<RouteTemplate> out;
    auto st = db.prepare(QStringLiteral(
        "SELECT name, steps FROM route_template WHERE deleted = 0 AND department_code = ? ORDER BY name"));
    if (!st)
        return out;
    st->bind(1, departmentCode);
    while (true) {
        auto row = st->step();
        if (!row || !*row)
            break;
        out.append({ st->text(0), QJsonDocument::fromJson(st->text(1).toUtf8()).array() });
    }
    return out;
}

// ---------------------------------------------------------------------------------------------

void ServerActDialog::setBusy(bool busy)
{
    if (m_ok)
        m_ok->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

QDialogButtonBox *ServerActDialog::makeButtons(
    const QString &okText, std::function<QString()> check, QDialogButtonBox::StandardButton cancel)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, check] {
        const QString problem = check ? check() : QString();
        showError(m_error, problem);
        if (problem.isEmpty())
            Q_EMIT submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void ServerActDialog::showRefusal(const QString &message)
{
    setBusy(false);
    if (m_error)
        showError(m_error, message);
}

// ---------------------------------------------------------------------------------------------

StartRouteDialog::StartRouteDialog(const QString &objectLabel, const QStringList &addressees,
    const QHash<QString, QString> &names, const QList<RouteTemplate> &templates, QWidget *parent)
    : ServerActDialog(parent)
    , m_templates(templates)
    , m_names(names)
    , m_template(new QComboBox(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(tr("&Add step"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move u&p"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_action(new QComboBox(this))
    , m_addressee(new QLineEdit(this))
    , m_instruction(new QLineEdit(this))
    , m_hasDeadline(new QCheckBox(tr("&Deadline"), this))
    , m_deadline(makeDateEdit(QDate::currentDate().addDays(7), tr("Deadline"), this))
    , m_parallel(new QCheckBox(tr("Para&llel with the step before"), this))
{
    m_error = makeErrorLabel(this);
    setObjectName(QStringLiteral("startRouteDialog"));
    setWindowTitle(tr("Start a route"));
    auto *intro = new QLabel(tr("<b>%1</b><br>The steps run one after another; a step marked parallel runs "
                                "together with the one before. The server checks every step.")
                                 .arg(objectLabel.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_template->addItem(tr("No template – own steps"));
    for (const RouteTemplate &t : templates)
        m_template->addItem(t.name);
    m_template->setAccessibleName(tr("Template"));
    m_template->setEnabled(!templates.isEmpty());
    m_template->setToolTip(templates.isEmpty() ? tr("Your department has no route templates yet.")
                                               : tr("Begin with a template of your department"));

    m_list->setHeaderLabels({ tr("No."), tr("Kind"), tr("To"), tr("Deadline"), tr("Instruction") });
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Steps"));
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumHeight(150);
    auto *listLabel = new QLabel(tr("&Steps:"), this);
    listLabel->setBuddy(m_list);

    fillActions(m_action);
    m_action->setAccessibleName(tr("Kind of step"));
    m_addressee->setAccessibleName(tr("Addressee"));
    m_addressee->setPlaceholderText(tr("login, unit:CODE or lead:CODE"));
    m_addressee->setCompleter(addresseeCompleter(addressees, this));
    m_instruction->setAccessibleName(tr("Instruction"));
    m_instruction->setPlaceholderText(tr("e.g. Please check the drainage plan"));
    m_deadline->setMinimumDate(QDate::currentDate());
    m_deadline->setEnabled(false);
    m_parallel->setToolTip(tr("Runs at the same time as the step above (e.g. several co-signers)"));

    auto *editor = new QGroupBox(tr("Selected step"), this);
    auto *form = new QFormLayout(editor);
    form->addRow(tr("&Kind:"), m_action);
    form->addRow(tr("T&o:"), m_addressee);
    form->addRow(tr("&Instruction:"), m_instruction);
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_hasDeadline);
    deadlineRow->addWidget(m_deadline, 1);
    form->addRow(deadlineRow);
    form->addRow(m_parallel);

    auto *rowButtons = new QVBoxLayout;
    for (QPushButton *b : { m_add, m_remove, m_up, m_down })
        rowButtons->addWidget(b);
    rowButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(rowButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Start route"));
    auto *templateRow = new QFormLayout;
    templateRow->addRow(tr("&Template:"), m_template);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(templateRow);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(editor);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_template, &QComboBox::currentIndexChanged, this, &StartRouteDialog::applyTemplate);
    connect(m_add, &QPushButton::clicked, this, &StartRouteDialog::addStep);
    connect(m_remove, &QPushButton::clicked, this, &StartRouteDialog::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this] { showStep(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_action, &QComboBox::currentIndexChanged, this, &StartRouteDialog::takeFields);
    connect(m_addressee, &QLineEdit::textChanged, this, &StartRouteDialog::takeFields);
    connect(m_instruction, &QLineEdit::textChanged, this, &StartRouteDialog::takeFields);
    connect(m_hasDeadline, &QCheckBox::toggled, this, [this](bool on) {
        m_deadline->setEnabled(on);
        takeFields();
    });
    connect(m_deadline, &QDateEdit::dateChanged, this, &StartRouteDialog::takeFields);
    connect(m_parallel, &QCheckBox::toggled, this, &StartRouteDialog::takeFields);
    connect(buttons, &QDialogButtonBox::accepted, this, &StartRouteDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    addStep(); // a route has at least one step: begin with it
    m_edited = false;
}

void StartRouteDialog::applyTemplate(int index)
{
    if (index <= 0 || index > m_templates.size())
        return;
    const bool typed = m_edited
        && std::any_of(m_drafts.cbegin(), m_drafts.cend(), [](const Draft &d) { return !d.addressee.isEmpty(); });
    if (typed
        && QMessageBox::question(this, tr("Start a route"),
               tr("Replace the steps you entered with those of the template \"%1\"?")
                   .arg(m_templates.at(index - 1).name))
            != QMessageBox::Yes) {
        return;
    }
    m_drafts.clear();
    int lastPosition = 0;
    for (const QJsonValue &v : m_templates.at(index - 1).steps) {
        const QJsonObject o = v.toObject();
        Draft d;
        d.action = o.value(QLatin1String("action")).toString();
        d.addressee = o.value(QLatin1String("addressee")).toString();
        d.instruction = o.value(QLatin1String("instruction")).toString();
        if (o.contains(QLatin1String("days")))
            d.deadline = QDate::currentDate().addDays(o.value(QLatin1String("days")).toInt());
        const int position = o.value(QLatin1String("position")).toInt();
        d.parallel = !m_drafts.isEmpty() && position == lastPosition;
        lastPosition = position;
        m_drafts.append(d);
    }
    refreshRows();
    select(0);
    m_edited = false;
    showError(m_error, {});
}

void StartRouteDialog::addStep()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    Draft d;
    if (row >= 0) // a following step is most often the next kind: co-signature, then signature
        d.action = m_drafts.at(row).action;
    const int at = row >= 0 ? row + 1 : int(m_drafts.size());
    m_drafts.insert(at, d);
    m_edited = true;
    refreshRows();
    select(at);
    m_addressee->setFocus(Qt::OtherFocusReason);
}

void StartRouteDialog::removeStep()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    m_drafts.removeAt(row);
    m_edited = true;
    refreshRows();
    select(std::min(row, int(m_drafts.size()) - 1));
}

void StartRouteDialog::moveStep(int by)
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_drafts.size())
        return;
    m_drafts.swapItemsAt(row, to);
    m_edited = true;
    refreshRows();
    select(to);
}

void StartRouteDialog::select(int row)
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(row >= 0 ? m_list->topLevelItem(row) : nullptr);
    }
    showStep(row);
}

void StartRouteDialog::showStep(int row)
{
    const bool has = row >= 0 && row < m_drafts.size();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_action, m_addressee, m_instruction, m_hasDeadline, m_parallel, m_remove, m_up, m_down })
        w->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_drafts.size());
    m_parallel->setEnabled(has && row > 0);
    m_filling = true;
    const Draft d = has ? m_drafts.at(row) : Draft();
    m_action->setCurrentIndex(std::max(0, m_action->findData(d.action)));
    m_addressee->setText(d.addressee);
    m_instruction->setText(d.instruction);
    m_hasDeadline->setChecked(d.deadline.isValid());
    m_deadline->setEnabled(has && d.deadline.isValid());
    if (d.deadline.isValid())
        m_deadline->setDate(d.deadline);
    m_parallel->setChecked(d.parallel);
    m_filling = false;
}

void StartRouteDialog::takeFields()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (m_filling || row < 0 || row >= m_drafts.size())
        return;
    Draft &d = m_drafts[row];
    d.action = m_action->currentData().toString();
    d.addressee = m_addressee->text().trimmed();
    d.instruction = m_instruction->text().trimmed();
    d.deadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    d.parallel = row > 0 && m_parallel->isChecked();
    m_edited = true;
    showError(m_error, {}); // what it said may be mended now; "Start" checks again
    refreshRows();
}

QList<int> StartRouteDialog::positions() const
{
    QList<int> out;
    int position = 0;
    for (const Draft &d : m_drafts) {
        if (!d.parallel || position == 0)
            ++position;
        out << position;
    }
    return out;
}

void StartRouteDialog::refreshRows()
{
    const QList<int> pos = positions();
    const int current = m_list->indexOfTopLevelItem(m_list->currentItem());
    const QSignalBlocker block(m_list);
    while (m_list->topLevelItemCount() > m_drafts.size())
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    while (m_list->topLevelItemCount() < m_drafts.size())
        m_list->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < m_drafts.size(); ++i) {
        const Draft &d = m_drafts.at(i);
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setText(0, d.parallel ? QStringLiteral("%1 ∥").arg(pos.at(i)) : QString::number(pos.at(i)));
        item->setText(1, Dms::Routing::actionName(d.action));
        item->setText(2, d.addressee.isEmpty() ? tr("(addressee missing)") : m_names.value(d.addressee, d.addressee));
        item->setText(3, d.deadline.isValid() ? displayDate(d.deadline) : QString());
        item->setText(4, d.instruction);
    }
    if (current >= 0 && current < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(current));
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

QJsonObject StartRouteDialog::routeArgs() const
{
    if (m_template->currentIndex() > 0 && !m_edited)
        return { { QStringLiteral("template"), m_template->currentText() } };
    QJsonArray steps;
    const QList<int> pos = positions();
    for (int i = 0; i < m_drafts.size(); ++i) {
        const Draft &d = m_drafts.at(i);
        const auto addressee = Addressee::parse(d.addressee);
        QJsonObject s { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
            { QStringLiteral("position"), pos.at(i) }, { QStringLiteral("action"), d.action },
            { QStringLiteral("addressee"), addressee ? addressee->toString() : d.addressee } };
        if (!d.instruction.isEmpty())
            s.insert(QStringLiteral("instruction"), d.instruction);
        if (d.deadline.isValid())
            s.insert(QStringLiteral("deadline"), d.deadline.toString(Qt::ISODate));
        steps.append(s);
    }
    return { { QStringLiteral("steps"), steps } };
}

void StartRouteDialog::tryAccept()
{
    if (m_drafts.isEmpty()) {
        showError(m_error, tr("A route needs at least one step: add one."));
        m_add->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (int i = 0; i < m_drafts.size(); ++i) {
        const Draft &d = m_drafts.at(i);
        QString problem;
        if (d.addressee.isEmpty())
            problem = tr("Step %1 has no addressee: a login, unit:CODE or lead:CODE.").arg(i + 1);
        else if (!Addressee::parse(d.addressee))
            problem = tr("\"%1\" is no addressee: a login, unit:CODE or lead:CODE.").arg(d.addressee);
        else if (d.deadline.isValid() && d.deadline < QDate::currentDate())
            problem = tr("The deadline of step %1 has passed already.").arg(i + 1);
        if (!problem.isEmpty()) {
            showError(m_error, problem);
            select(i);
            m_addressee->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    showError(m_error, {});
    Q_EMIT submitted();
}

// ---------------------------------------------------------------------------------------------

AddStepDialog::AddStepDialog(const QStringList &addressees, QWidget *parent)
    : QDialog(parent)
    , m_action(new QComboBox(this))
    , m_addressee(new QLineEdit(this))
    , m_hasDeadline(new QCheckBox(tr("&Deadline"), this))
    , m_deadline(makeDateEdit(QDate::currentDate().addDays(7), tr("Deadline"), this))
{
    setWindowTitle(tr("Add a step"));
    fillActions(m_action);
    m_action->setCurrentIndex(1);
    m_action->setAccessibleName(tr("Kind of step"));
    m_addressee->setAccessibleName(tr("Addressee"));
    m_addressee->setPlaceholderText(tr("login, unit:CODE or lead:CODE"));
    m_addressee->setCompleter(addresseeCompleter(addressees, this));
    m_deadline->setEnabled(false);
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

QJsonObject AddStepDialog::step() const
{
    QJsonObject s { { QStringLiteral("position"), 1 }, { QStringLiteral("action"), m_action->currentData().toString() },
        { QStringLiteral("addressee"), Addressee::parse(m_addressee->text().trimmed())->toString() } };
    if (m_hasDeadline->isChecked())
        s.insert(QStringLiteral("deadline"), m_deadline->date().toString(Qt::ISODate));
    return s;
}

// ---------------------------------------------------------------------------------------------

ResubmissionDialog::ResubmissionDialog(
    const QString &objectLabel, const QString &ownLogin, const QStringList &units, QWidget *parent)
    : ServerActDialog(parent)
    , m_date(makeDateEdit(QDate::currentDate().addDays(14), tr("Resubmission date"), this))
    , m_reason(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_repeat(new QComboBox(this))
{
    setObjectName(QStringLiteral("resubmissionDialog"));
    setWindowTitle(tr("Resubmission"));
    auto *intro = new QLabel(
        tr("<b>%1</b><br>On the date it appears in the owner's tasks.").arg(objectLabel.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_date->setMinimumDate(QDate::currentDate());
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. Has the applicant sent the missing plans?"));
    m_owner->addItem(tr("Me (%1)").arg(ownLogin), ownLogin);
    for (const QString &u : units)
        m_owner->addItem(tr("Queue of unit %1").arg(u.mid(5)), u);
    m_owner->setAccessibleName(tr("For whom"));
    m_repeat->addItem(tr("Once"), QString());
    m_repeat->addItem(tr("Every week"), QStringLiteral("weekly"));
    m_repeat->addItem(tr("Every month"), QStringLiteral("monthly"));
    m_repeat->setAccessibleName(tr("Repeat"));
    m_error = makeErrorLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&For:"), m_owner);
    form->addRow(tr("Re&peat:"), m_repeat);
    auto *buttons = makeButtons(tr("&Set resubmission"), [this]() -> QString {
        if (!m_reason->text().trimmed().isEmpty())
            return {};
        m_reason->setFocus(Qt::OtherFocusReason);
        return tr("Say why: the reason is what the owner reads on the date.");
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QJsonObject ResubmissionDialog::args() const
{
    return { { QStringLiteral("due"), m_date->date().toString(Qt::ISODate) },
        { QStringLiteral("reason"), m_reason->text().trimmed() },
        { QStringLiteral("owner"), m_owner->currentData().toString() },
        { QStringLiteral("repeat"), m_repeat->currentData().toString() } };
}

// ---------------------------------------------------------------------------------------------

PostponeDialog::PostponeDialog(QWidget *parent)
    : QDialog(parent)
    , m_date(makeDateEdit(QDate::currentDate().addDays(7), tr("New date"), this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Postpone the resubmission"));
    m_date->setMinimumDate(QDate::currentDate().addDays(1));
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

QDate PostponeDialog::date() const
{
    return m_date->date();
}

QString PostponeDialog::reason() const
{
    return m_reason->text().trimmed();
}

// ---------------------------------------------------------------------------------------------

QList<AbsenceRecord> currentAbsences(Dms::Database &db, const QString &login)
{
    QList<AbsenceRecord> out;
    auto st = db.prepare(QStringLiteral("SELECT id, login, starts, ends, coalesce(deputy, '') FROM absence "
                                        "WHERE ended = 0 AND ends >= ?1 AND (login = ?2 OR deputy = ?2) "
                                        "ORDER BY starts, login"));
    if (!st)
        return out;
    st->bindAll(QDate::currentDate().toString(Qt::ISODate), login);
    while (true) {
        auto row = st->step();
        if (!row || !*row)
            break;
        out.append({ QUuid(st->text(0)), st->text(1), QDate::fromString(st->text(2), Qt::ISODate),
            QDate::fromString(st->text(3), Qt::ISODate), st->text(4) });
    }
    return out;
}

AbsenceDialog::AbsenceDialog(const QString &ownLogin, const QList<AbsenceRecord> &absences, const QStringList &logins,
    const QHash<QString, QString> &names, QWidget *parent)
    : ServerActDialog(parent)
    , m_absences(absences)
    , m_list(new QTreeWidget(this))
    , m_withdraw(new QPushButton(tr("&Withdraw"), this))
    , m_for(new QLineEdit(ownLogin, this))
    , m_from(makeDateEdit(QDate::currentDate(), tr("Absent from"), this))
    , m_to(makeDateEdit(QDate::currentDate().addDays(7), tr("Absent until"), this))
    , m_deputy(new QLineEdit(this))
{
    m_error = makeErrorLabel(this);
    setObjectName(QStringLiteral("absenceDialog"));
    setWindowTitle(tr("Absence and deputy"));
    auto name = [&names](const QString &login) { return names.value(login, login); };

    auto *listLabel = new QLabel(tr("&Current and coming absences:"), this);
    listLabel->setBuddy(m_list);
    m_list->setHeaderLabels({ tr("Absent"), tr("From"), tr("Until"), tr("Deputy") });
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Current and coming absences"));
    for (const AbsenceRecord &a : absences) {
        auto *item = new QTreeWidgetItem(m_list,
            { name(a.login), displayDate(a.from), displayDate(a.to),
                a.deputy.isEmpty() ? tr("standing deputy of the unit") : name(a.deputy) });
        item->setData(0, Qt::UserRole, a.id);
    }
    if (absences.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_list, { tr("None.") });
        none->setFlags(Qt::NoItemFlags);
    }
    m_list->setMaximumHeight(140);
    const int dateWidth = fontMetrics().horizontalAdvance(displayDate(QDate(2026, 12, 28))) + 24;
    for (int c = 0; c < 3; ++c) {
        m_list->resizeColumnToContents(c);
        m_list->header()->resizeSection(c, std::max(m_list->columnWidth(c) + 12, c == 0 ? 140 : dateWidth));
    }
    m_withdraw->setEnabled(false);
    m_withdraw->setToolTip(tr("End the selected absence now"));
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { m_withdraw->setEnabled(item && !item->data(0, Qt::UserRole).isNull()); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_list->currentItem();
        if (!item || item->data(0, Qt::UserRole).isNull())
            return;
        m_withdrawn = item->data(0, Qt::UserRole).toUuid();
        Q_EMIT submitted();
    });
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_withdraw, 0, Qt::AlignTop);

    m_for->setAccessibleName(tr("Absent person"));
    m_for->setToolTip(tr("Yourself; an administrator may enter someone else's login"));
    m_for->setCompleter(addresseeCompleter(logins, this));
    m_deputy->setAccessibleName(tr("Deputy"));
    m_deputy->setPlaceholderText(tr("login; empty: the standing deputy of your unit"));
    m_deputy->setCompleter(addresseeCompleter(logins, this));
    auto *group = new QGroupBox(tr("New absence"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Absent:"), m_for);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until:"), m_to);
    form->addRow(tr("&Deputy:"), m_deputy);
    auto *hint = new QLabel(tr("While you are away, your deputy sees your steps in their tasks and acts "
                               "\"i. V.\"; both names are recorded."),
        this);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto *buttons = makeButtons(
        tr("&Set absence"),
        [this]() -> QString {
            if (m_for->text().trimmed().isEmpty())
                return tr("Say who is absent.");
            if (m_to->date() < m_from->date())
                return tr("The absence ends before it begins.");
            if (m_to->date() < QDate::currentDate())
                return tr("The absence is over already.");
            if (m_deputy->text().trimmed() == m_for->text().trimmed())
                return tr("Nobody can stand in for themselves.");
            m_withdrawn = {};
            return {};
        },
        QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addLayout(listRow);
    layout->addWidget(group);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QJsonObject AbsenceDialog::args() const
{
    QJsonObject a { { QStringLiteral("login"), m_for->text().trimmed() },
        { QStringLiteral("from"), m_from->date().toString(Qt::ISODate) },
        { QStringLiteral("to"), m_to->date().toString(Qt::ISODate) } };
    if (!m_deputy->text().trimmed().isEmpty())
        a.insert(QStringLiteral("deputy"), m_deputy->text().trimmed());
    return a;
}

// ---------------------------------------------------------------------------------------------

CloseDialog::CloseDialog(
    const QString &objectLabel, bool isFile, int openCases, const Retention &retention, QWidget *parent)
    : ServerActDialog(parent)
    , m_date(makeDateEdit(QDate::currentDate(), tr("Closing date"), this))
    , m_reason(new QLineEdit(this))
    , m_withCases(new QCheckBox(tr("Close its %n open case(s) with it", nullptr, openCases), this))
    , m_retentionNote(new QLabel(this))
{
    setObjectName(QStringLiteral("closeDialog"));
    setWindowTitle(tr("Close (z.d.A.)"));
    m_error = makeErrorLabel(this);
    auto *intro = new QLabel(tr("<b>%1</b><br>Once closed it is read-only; it can be reopened with a reason.")
                                 .arg(objectLabel.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. Verfahren abgeschlossen"));
    m_withCases->setVisible(isFile && openCases > 0);
    m_withCases->setChecked(false); // asked: the clerk decides
    m_retentionNote->setWordWrap(true);
    m_retentionNote->setVisible(isFile);
    auto explain = [this, retention] {
        if (retention.isUnlimited()) {
            m_retentionNote->setText(tr("Retention: unlimited – the file is never due for disposal."));
            return;
        }
        const QDate end(m_date->date().year() + retention.years(), 12, 31);
        m_retentionNote->setText(tr("Retention: %1 from the end of the year of closing – due on %2.")
                                     .arg(retention.displayText(), displayDate(end)));
    };
    connect(m_date, &QDateEdit::dateChanged, this, explain);
    explain();
    auto *form = new QFormLayout;
    form->addRow(tr("&Closed on:"), m_date);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = makeButtons(tr("C&lose"), {});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_withCases);
    layout->addWidget(m_retentionNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ReopenDialog::ReopenDialog(const QString &objectLabel, QWidget *parent)
    : ServerActDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reopenDialog"));
    setWindowTitle(tr("Reopen"));
    m_error = makeErrorLabel(this);
    auto *intro = new QLabel(tr("<b>%1</b><br>Reopened, it can be changed again; its retention starts anew at the "
                                "next closing.")
                                 .arg(objectLabel.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. Widerspruch eingegangen"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = makeButtons(tr("Re&open"), [this]() -> QString {
        if (!m_reason->text().trimmed().isEmpty())
            return {};
        m_reason->setFocus(Qt::OtherFocusReason);
        return tr("Say why it is reopened: the reason is recorded.");
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

} // namespace Aktenwerk::Client
