#include "client/recorddialogs.h"

#include "client/asyncreader.h"
#include "client/hinttreeview.h"
#include "client/messagebanner.h"
#include "dms/capture/documentocr.h"
#include "dms/capture/ocr.h"
#include "dms/engine.h"
#include "dms/store/queries.h"
#include "model/filereference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;

/** A list the dialogs share: rows, no tree, whole rows selected, read-only. */
void setUpList(QTreeView *view, QAbstractItemModel *model, const QString &name, const QString &accessible)
{
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

QLabel *messageLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    // Bold in the palette's text colour: readable in light, dark and high-contrast themes.
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString dateText(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm"));
}

} // namespace

// --- delete ------------------------------------------------------------------------------------

DeleteDialog::DeleteDialog(Dms::Engine *engine, const QUuid &id, const QString &what, QWidget *parent)
    : CommandDialog(engine, parent)
    , m_id(id)
    , m_reason(new QLineEdit(this))
    , m_message(messageLabel(this, QStringLiteral("reasonMessage")))
{
    setObjectName(QStringLiteral("deleteDialog"));
    setWindowTitle(tr("Delete"));
    resize(540, 220);
    auto *intro = new QLabel(tr("Delete %1?").arg(what), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    contentLayout()->addWidget(intro);
    auto *explain = new QLabel(tr("It goes to the recycle bin and can be restored from there (Edit › Recycle bin). "
                                  "The reason is kept in the audit trail."),
        this);
    explain->setWordWrap(true);
    contentLayout()->addWidget(explain);
    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for deleting"));
    m_reason->setPlaceholderText(tr("e.g. filed twice, wrong case"));
    form->addRow(tr("&Reason: *"), m_reason);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_message);
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Delete"));
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            showMessage(m_message, QString());
    });
    m_reason->setFocus();
}

std::optional<Dms::Command> DeleteDialog::buildCommand()
{
    if (m_reason->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Give a reason; it is kept in the audit trail."));
        m_reason->setFocus();
        return std::nullopt;
    }
    return Dms::Commands::tombstone(m_id, m_reason->text().trimmed());
}

bool DeleteDialog::hasInput() const
{
    return !m_reason->text().trimmed().isEmpty();
}

// --- move --------------------------------------------------------------------------------------

MoveDialog::MoveDialog(Dms::Engine *engine, AsyncReader *reader, EntityKind kind, const QUuid &id, const QString &what,
    const QUuid &from, const QString &department, QWidget *parent)
    : CommandDialog(engine, parent)
    , m_kind(kind)
    , m_id(id)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_target(new QLabel(this))
    , m_targets(new QStandardItemModel(0, 3, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    const bool document = kind == EntityKind::Document;
    setObjectName(QStringLiteral("moveDialog"));
    setWindowTitle(document ? tr("Move document") : tr("Move case"));
    resize(820, 460);
    auto *intro = new QLabel(
        document ? tr("Move \"%1\" into the case:").arg(what) : tr("Move the case %1 into the file:").arg(what), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    contentLayout()->addWidget(intro);
    auto *note = new QLabel(document ? tr("The document takes the next number in that case; its history stays with it.")
                                     : tr("The case takes the next reference in that file; its old reference still "
                                          "finds it."),
        this);
    note->setWordWrap(true);
    contentLayout()->addWidget(note);
    m_filter->setObjectName(QStringLiteral("targetFilter"));
    m_filter->setPlaceholderText(
        document ? tr("Type a Vorgangszeichen or a title to filter") : tr("Type an Aktenzeichen or a title to filter"));
    m_filter->setAccessibleName(document ? tr("Filter cases") : tr("Filter files"));
    m_filter->setClearButtonEnabled(true);
    intro->setBuddy(m_filter);
    contentLayout()->addWidget(m_filter);
    m_targets->setHorizontalHeaderLabels(document ? QStringList { tr("Vorgangszeichen"), tr("Case"), tr("File") }
                                                  : QStringList { tr("Aktenzeichen"), tr("File"), tr("Department") });
    m_proxy->setSourceModel(m_targets);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setUpList(m_view, m_proxy, QStringLiteral("targetList"), document ? tr("Cases") : tr("Files"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    contentLayout()->addWidget(m_view, 1);
    m_target->setObjectName(QStringLiteral("moveTarget"));
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_target->setAccessibleName(tr("Target"));
    contentLayout()->addWidget(m_target);
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->selectionModel()->clearSelection();
        showTarget();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { showTarget(); });
    connect(m_view, &QTreeView::doubleClicked, this, [this] { buttons()->button(QDialogButtonBox::Ok)->click(); });

    m_target->setText(tr("Reading…"));
    struct Row
    {
        QUuid id;
        QString reference, title, third;
    };
    reader->run<QList<Row>>(
        this,
        [document, from, department](Dms::Database &db) -> Result<QList<Row>> {
            QList<Row> rows;
            if (document) {
                auto cases = Dms::Queries::openCases(db, department);
                if (!cases)
                    return std::unexpected(cases.error());
                for (const Dms::OpenCase &c : *cases) {
                    if (c.id != from)
                        rows.append({ c.id, c.reference, c.title, c.file });
                }
                return rows;
            }
            auto files = Dms::Queries::files(db);
            if (!files)
                return std::unexpected(files.error());
            for (const FileRecord &f : *files) {
                if (f.meta.id != from && f.status == RecordStatus::Open && f.departmentCode == department)
                    rows.append({ f.meta.id, f.reference, f.title, f.departmentCode });
            }
            return rows;
        },
        [this](const Result<QList<Row>> &r) {
            if (!r) {
                banner()->showMessage(r.error().message);
                m_target->clear();
                return;
            }
            for (const Row &row : *r) {
                auto *ref = new QStandardItem(row.reference);
                ref->setData(row.id, IdRole);
                m_targets->appendRow({ ref, new QStandardItem(row.title), new QStandardItem(row.third) });
            }
            m_view->resizeColumnToContents(0);
            m_loaded = true;
            showTarget();
            Q_EMIT targetsLoaded(static_cast<int>(r->size()));
        });
}

void MoveDialog::showTarget()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    buttons()->button(QDialogButtonBox::Ok)->setEnabled(!rows.isEmpty());
    if (!m_loaded)
        return;
    const bool document = m_kind == EntityKind::Document;
    if (m_targets->rowCount() == 0) {
        m_target->setText(document ? tr("There is no other open case of this department.")
                                   : tr("There is no other open file of this department."));
        return;
    }
    if (rows.isEmpty()) {
        m_target->setText(tr("Nothing chosen yet: choose the target in the list."));
        return;
    }
    const QModelIndex row = rows.first();
    m_target->setText(document
            ? tr("Moves into: case %1 \"%2\" of the file %3")
                  .arg(row.siblingAtColumn(0).data().toString(), row.siblingAtColumn(1).data().toString(),
                      row.siblingAtColumn(2).data().toString())
            : tr("Moves into: file %1 \"%2\"")
                  .arg(row.siblingAtColumn(0).data().toString(), row.siblingAtColumn(1).data().toString()));
}

std::optional<Dms::Command> MoveDialog::buildCommand()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return std::nullopt;
    const QUuid target = rows.first().data(IdRole).toUuid();
    return m_kind == EntityKind::Document ? Dms::Commands::moveDocument(m_id, target)
                                          : Dms::Commands::moveCase(m_id, target);
}

bool MoveDialog::hasInput() const
{
    return false; // a choice in a list is quickly made again
}

// --- volumes -----------------------------------------------------------------------------------

VolumeDialog::VolumeDialog(Dms::Engine *engine, AsyncReader *reader, const FileRecord &file, QWidget *parent)
    : CommandDialog(engine, parent)
    , m_file(file)
    , m_title(new QLineEdit(this))
    , m_message(messageLabel(this, QStringLiteral("titleMessage")))
    , m_view(new HintTreeView(this))
    , m_volumes(new QStandardItemModel(0, 3, this))
{
    setObjectName(QStringLiteral("volumeDialog"));
    setWindowTitle(tr("New volume"));
    resize(520, 380);
    auto *intro = new QLabel(
        tr("A new volume (Band) of the file %1 \"%2\". New cases can be placed in it.").arg(file.reference, file.title),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    contentLayout()->addWidget(intro);
    auto *form = new QFormLayout;
    m_title->setObjectName(QStringLiteral("volumeTitle"));
    m_title->setAccessibleName(tr("Title of the volume"));
    m_title->setPlaceholderText(tr("e.g. Band 2 (ab 2027)"));
    form->addRow(tr("&Title: *"), m_title);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_message);
    auto *existing = new QLabel(tr("&Volumes of the file:"), this);
    contentLayout()->addWidget(existing);
    m_volumes->setHorizontalHeaderLabels({ tr("No."), tr("Title"), tr("Created") });
    setUpList(m_view, m_volumes, QStringLiteral("volumeList"), tr("Volumes of the file"));
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setEmptyHint(tr("The file has no volumes yet."));
    existing->setBuddy(m_view);
    contentLayout()->addWidget(m_view, 1);
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            showMessage(m_message, QString());
    });
    const QUuid fileId = file.meta.id;
    reader->run<QList<SubFile>>(
        this, [fileId](Dms::Database &db) { return Dms::Queries::subFiles(db, fileId); },
        [this](const Result<QList<SubFile>> &r) {
            if (!r) {
                banner()->showMessage(r.error().message);
                return;
            }
            for (const SubFile &v : *r)
                m_volumes->appendRow({ new QStandardItem(QString::number(v.number)), new QStandardItem(v.title),
                    new QStandardItem(dateText(v.meta.createdAt)) });
        });
    m_title->setFocus();
}

QTreeView *VolumeDialog::volumeView() const
{
    return m_view;
}

std::optional<Dms::Command> VolumeDialog::buildCommand()
{
    if (m_title->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("The volume needs a title."));
        m_title->setFocus();
        return std::nullopt;
    }
    return Dms::Commands::createSubFile(m_file.meta.id, m_title->text().trimmed());
}

bool VolumeDialog::hasInput() const
{
    return !m_title->text().trimmed().isEmpty();
}

// --- shares ------------------------------------------------------------------------------------

ShareDialog::ShareDialog(
    Dms::Engine *engine, const FileRecord &file, const QList<Department> &departments, QWidget *parent)
    : CommandDialog(engine, parent)
    , m_engine(engine)
    , m_file(file)
    , m_departments(departments)
    , m_department(new QComboBox(this))
    , m_limited(new QCheckBox(tr("&Until (end of the day):"), this))
    , m_until(new QDateEdit(this))
    , m_message(messageLabel(this, QStringLiteral("shareMessage")))
    , m_view(new HintTreeView(this))
    , m_shares(new QStandardItemModel(0, 4, this))
    , m_revoke(new QPushButton(tr("&Revoke share"), this))
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share file"));
    resize(680, 420);
    auto *intro = new QLabel(tr("Let another department read the file %1 \"%2\" with its cases and documents. "
                                "Changing it stays with your department.")
                                 .arg(file.reference, file.title),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    contentLayout()->addWidget(intro);
    auto *form = new QFormLayout;
    m_department->setObjectName(QStringLiteral("shareDepartment"));
    m_department->setAccessibleName(tr("Department to share with"));
    m_department->addItem(tr("– choose a department –"));
    for (const Department &d : departments) {
        if (d.code == file.departmentCode)
            continue;
        m_department->addItem(d.name.isEmpty() ? tr("Department %1").arg(d.code) : d.name, d.code);
    }
    form->addRow(tr("&Department: *"), m_department);
    auto *untilRow = new QHBoxLayout;
    m_limited->setObjectName(QStringLiteral("shareLimited"));
    m_until->setObjectName(QStringLiteral("shareUntil"));
    m_until->setAccessibleName(tr("Last day of the share"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_until->setMinimumDate(QDate::currentDate());
    m_until->setDate(QDate::currentDate().addMonths(3));
    m_until->setEnabled(false);
    untilRow->addWidget(m_limited);
    untilRow->addWidget(m_until);
    untilRow->addStretch(1);
    form->addRow(QString(), untilRow);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_message);
    auto *current = new QLabel(tr("&Shared with:"), this);
    contentLayout()->addWidget(current);
    m_shares->setHorizontalHeaderLabels({ tr("Department"), tr("Until"), tr("Shared by"), tr("On") });
    setUpList(m_view, m_shares, QStringLiteral("shareList"), tr("Shares of the file"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column : { 1, 2, 3 })
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    current->setBuddy(m_view);
    contentLayout()->addWidget(m_view, 1);
    m_revoke->setObjectName(QStringLiteral("revokeShare"));
    m_revoke->setEnabled(false);
    auto *revokeRow = new QHBoxLayout;
    revokeRow->addStretch(1);
    revokeRow->addWidget(m_revoke);
    contentLayout()->addLayout(revokeRow);
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Share"));
    buttons()->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    connect(m_limited, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] { showMessage(m_message, QString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_revoke->setEnabled(!m_view->selectionModel()->selectedRows().isEmpty()); });
    connect(m_revoke, &QPushButton::clicked, this, &ShareDialog::revokeSelected);
    showShares();
    m_department->setFocus();
}

QTreeView *ShareDialog::shareView() const
{
    return m_view;
}

void ShareDialog::showShares()
{
    m_shares->removeRows(0, m_shares->rowCount());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FileShare &s : m_file.shares) {
        if (!s.isActive(now))
            continue;
        QString name = tr("Department %1").arg(s.departmentCode);
        for (const Department &d : m_departments) {
            if (d.code == s.departmentCode && !d.name.isEmpty())
                name = d.name;
        }
        auto *dept = new QStandardItem(name);
        dept->setData(s.departmentCode, CodeRole);
        m_shares->appendRow({ dept,
            new QStandardItem(s.until.isValid()
                    ? QLocale().toString(s.until.toLocalTime().date(), QStringLiteral("dd.MM.yyyy"))
                    : tr("until revoked")),
            new QStandardItem(s.grantedBy),
            new QStandardItem(s.grantedAt.isValid() ? dateText(s.grantedAt) : QString()) });
    }
    m_view->setEmptyHint(tr("Not shared: only department %1 reads it.").arg(m_file.departmentCode));
}

void ShareDialog::revokeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty() || !m_engine)
        return;
    const QString code = rows.first().data(CodeRole).toString();
    if (code.isEmpty())
        return;
    m_revoke->setEnabled(false);
    using Watcher = QFutureWatcher<Result<QList<Dms::CommandResult>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, code] {
        const auto r = watcher->result();
        watcher->deleteLater();
        if (!r) {
            banner()->showMessage(r.error().message);
            return;
        }
        m_file.shares.erase(std::remove_if(m_file.shares.begin(), m_file.shares.end(),
                                [&code](const FileShare &s) { return s.departmentCode == code; }),
            m_file.shares.end());
        showShares();
        banner()->showMessage(tr("The share with department %1 is revoked.").arg(code), MessageBanner::Kind::Positive);
        Q_EMIT revoked(code);
    });
    watcher->setFuture(m_engine->submit({ Dms::Commands::unshareFile(m_file.meta.id, code) }));
}

std::optional<Dms::Command> ShareDialog::buildCommand()
{
    const QString code = m_department->currentData().toString();
    if (code.isEmpty()) {
        showMessage(m_message, tr("Choose the department to share the file with."));
        m_department->setFocus();
        return std::nullopt;
    }
    QDateTime until;
    if (m_limited->isChecked())
        until = QDateTime(m_until->date(), QTime(23, 59, 59, 999));
    return Dms::Commands::shareFile(m_file.meta.id, code, until);
}

bool ShareDialog::hasInput() const
{
    return m_department->currentIndex() > 0;
}

// --- recycle bin -------------------------------------------------------------------------------

RecycleBinDialog::RecycleBinDialog(Dms::Engine *engine, AsyncReader *reader, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_reader(reader)
    , m_banner(new MessageBanner(this))
    , m_view(new HintTreeView(this))
    , m_rows(new QStandardItemModel(0, 5, this))
    , m_reason(new QLineEdit(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
{
    setObjectName(QStringLiteral("recycleBinDialog"));
    setWindowTitle(tr("Recycle bin"));
    resize(820, 460);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *intro = new QLabel(tr("What was deleted, newest first. Nothing here is gone: restore it with a reason, "
                                "which the audit trail keeps. A document comes back into its case, so restore a "
                                "deleted case first."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_rows->setHorizontalHeaderLabels(
        { tr("What"), tr("Reference or title"), tr("Where it was"), tr("Deleted on"), tr("Deleted by") });
    setUpList(m_view, m_rows, QStringLiteral("deletedList"), tr("Deleted records"));
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);
    m_view->setEmptyHint(tr("The recycle bin is empty: nothing has been deleted."));
    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("restoreReason"));
    m_reason->setAccessibleName(tr("Reason for restoring"));
    m_reason->setPlaceholderText(tr("e.g. deleted by mistake"));
    form->addRow(tr("R&eason: *"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    m_restore->setObjectName(QStringLiteral("restoreDeleted"));
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("&Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RecycleBinDialog::restoreSelected);
    connect(m_reason, &QLineEdit::textChanged, this, &RecycleBinDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecycleBinDialog::updateButtons);
    updateButtons();
    reload();
}

QTreeView *RecycleBinDialog::view() const
{
    return m_view;
}

void RecycleBinDialog::reload()
{
    m_loaded = false;
    m_reader->run<QList<Dms::DeletedRecord>>(
        this, [](Dms::Database &db) { return Dms::Queries::deletedRecords(db, 1000); },
        [this](const Result<QList<Dms::DeletedRecord>> &r) {
            if (!r) {
                m_banner->showMessage(r.error().message);
                return;
            }
            m_rows->removeRows(0, m_rows->rowCount());
            for (const Dms::DeletedRecord &d : *r) {
                const QString kind = d.entityType == QLatin1String("file") ? tr("File")
                    : d.entityType == QLatin1String("case")                ? tr("Case")
                                                                           : tr("Document");
                auto *first = new QStandardItem(kind);
                first->setData(d.id, IdRole);
                first->setData(d.label, CodeRole);
                const QString label = d.title.isEmpty() || d.title == d.label
                    ? d.label
                    : QStringLiteral("%1 – %2").arg(d.label, d.title);
                m_rows->appendRow({ first, new QStandardItem(label),
                    new QStandardItem(
                        d.place.isEmpty() && d.entityType == QLatin1String("document") ? tr("Intake") : d.place),
                    new QStandardItem(dateText(d.deletedAt)), new QStandardItem(d.deletedBy) });
            }
            m_view->resizeColumnToContents(0);
            m_view->resizeColumnToContents(3);
            m_reason->setEnabled(!r->isEmpty());
            m_loaded = true;
            updateButtons();
            Q_EMIT loaded(static_cast<int>(r->size()));
        });
}

void RecycleBinDialog::updateButtons()
{
    m_restore->setEnabled(!m_busy && !m_view->selectionModel()->selectedRows().isEmpty()
        && !m_reason->text().trimmed().isEmpty() && m_engine && !m_engine->isReadOnly());
    m_restore->setToolTip(
        m_reason->text().trimmed().isEmpty() ? tr("Choose what to restore and give a reason.") : QString());
}

void RecycleBinDialog::restoreSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty() || m_reason->text().trimmed().isEmpty() || !m_engine)
        return;
    const QUuid id = rows.first().data(IdRole).toUuid();
    const QString label = rows.first().data(CodeRole).toString();
    m_busy = true;
    updateButtons();
    using Watcher = QFutureWatcher<Result<QList<Dms::CommandResult>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, id, label] {
        const auto r = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        if (!r) {
            m_banner->showMessage(r.error().message); // the reason stays for another try
            updateButtons();
            return;
        }
        m_reason->clear();
        m_banner->showMessage(tr("%1 is restored.").arg(label), MessageBanner::Kind::Positive);
        Q_EMIT restored(id, label);
        reload();
    });
    watcher->setFuture(m_engine->submit({ Dms::Commands::undelete(id, m_reason->text().trimmed()) }));
}

void RecycleBinDialog::reject()
{
    if (m_busy)
        return;
    if (!m_reason->text().trimmed().isEmpty()) {
        QMessageBox box(
            QMessageBox::Question, windowTitle(), tr("Discard the reason you typed?"), QMessageBox::NoButton, this);
        box.addButton(QMessageBox::Discard)->setText(tr("&Discard"));
        box.addButton(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

// --- settings ----------------------------------------------------------------------------------

namespace {

const QString kFileTemplate = QStringLiteral("reference.file_template");
const QString kCaseTemplate = QStringLiteral("reference.case_template");

} // namespace

SettingsDialog::SettingsDialog(Dms::Engine *engine, AsyncReader *reader, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_banner(new MessageBanner(this))
    , m_ocrOnImport(new QCheckBox(tr("Recognise text (&OCR) when images and PDFs without text are imported"), this))
    , m_jpegQuality(new QSpinBox(this))
    , m_lowConfidence(new QSpinBox(this))
    , m_fileTemplate(new QLineEdit(this))
    , m_caseTemplate(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_discard(new QPushButton(tr("&Discard changes"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(620, 420);
    m_canEdit = engine && !engine->isReadOnly() && engine->user().roles.contains(Role::Administrator);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_note->setObjectName(QStringLiteral("settingsNote"));
    m_note->setWordWrap(true);
    m_note->setText(m_canEdit ? tr("These settings apply to everyone who works with this data folder.")
                              : tr("These settings apply to everyone who works with this data folder; only an "
                                   "administrator can change them."));
    layout->addWidget(m_note);

    // One form, so that the fields of both sections line up.
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("<b>Text recognition</b>"), this));
    m_ocrOnImport->setObjectName(QStringLiteral("settingOcrOnImport"));
    form->addRow(m_ocrOnImport);
    m_jpegQuality->setObjectName(QStringLiteral("settingJpegQuality"));
    m_jpegQuality->setRange(1, 100);
    m_jpegQuality->setSuffix(QStringLiteral(" %"));
    m_jpegQuality->setAccessibleName(tr("Image quality of scanned pages"));
    form->addRow(tr("Image &quality of colour and grey pages:"), m_jpegQuality);
    m_lowConfidence->setObjectName(QStringLiteral("settingLowConfidence"));
    m_lowConfidence->setRange(0, 100);
    m_lowConfidence->setSuffix(QStringLiteral(" %"));
    m_lowConfidence->setAccessibleName(tr("Pages below this recognition quality are flagged"));
    form->addRow(tr("Flag pages recognised &below:"), m_lowConfidence);
    form->addRow(new QLabel(tr("<b>References</b>"), this));
    m_fileTemplate->setObjectName(QStringLiteral("settingFileTemplate"));
    m_fileTemplate->setAccessibleName(tr("Template of file references"));
    form->addRow(tr("&Files (Aktenzeichen):"), m_fileTemplate);
    m_caseTemplate->setObjectName(QStringLiteral("settingCaseTemplate"));
    m_caseTemplate->setAccessibleName(tr("Template of case references"));
    form->addRow(tr("&Cases (Vorgangszeichen):"), m_caseTemplate);
    auto *help = new QLabel(tr("Placeholders: {plan} file plan code, {seq} running number of the file, {year}, "
                               "{file} the file's reference, {case} running number of the case; {seq:04} pads "
                               "with zeros. New references follow a change; existing ones stay."),
        this);
    help->setWordWrap(true);
    form->addRow(help);
    layout->addLayout(form);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_discard->setObjectName(QStringLiteral("discardSettings"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_discard, QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("&Close"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_discard, &QPushButton::clicked, this, &SettingsDialog::showLoaded);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ocrOnImport, m_jpegQuality, m_lowConfidence, m_fileTemplate, m_caseTemplate })
        w->setEnabled(false); // until read; then only for administrators
    connect(m_ocrOnImport, &QCheckBox::toggled, this, &SettingsDialog::updateButtons);
    connect(m_jpegQuality, &QSpinBox::valueChanged, this, &SettingsDialog::updateButtons);
    connect(m_lowConfidence, &QSpinBox::valueChanged, this, &SettingsDialog::updateButtons);
    connect(m_fileTemplate, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    connect(m_caseTemplate, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    updateButtons();

    reader->run<QHash<QString, QString>>(
        this,
        [](Dms::Database &db) -> Result<QHash<QString, QString>> {
            const Dms::Ocr::Options defaults {};
            const QList<std::pair<QString, QString>> keys { { Dms::DocumentOcr::onImportSetting(),
                                                                QStringLiteral("on") },
                { Dms::DocumentOcr::jpegQualitySetting(), QString::number(defaults.jpegQuality) },
                { Dms::DocumentOcr::lowConfidenceSetting(), QString::number(defaults.lowConfidenceBelow) },
                { kFileTemplate, QString::fromLatin1(ReferenceTemplate::defaultFileTemplate) },
                { kCaseTemplate, QString::fromLatin1(ReferenceTemplate::defaultCaseTemplate) } };
            QHash<QString, QString> values;
            for (const auto &[key, fallback] : keys) {
                auto v = Dms::Queries::setting(db, key, fallback);
                if (!v)
                    return std::unexpected(v.error());
                values.insert(key, *v);
            }
            return values;
        },
        [this](const Result<QHash<QString, QString>> &r) {
            if (!r) {
                m_banner->showMessage(r.error().message);
                return;
            }
            m_loadedValues = *r;
            showLoaded();
            for (QWidget *w : std::initializer_list<QWidget *> {
                     m_ocrOnImport, m_jpegQuality, m_lowConfidence, m_fileTemplate, m_caseTemplate })
                w->setEnabled(m_canEdit);
            m_loaded = true;
            updateButtons();
            Q_EMIT loaded();
        });
}

void SettingsDialog::showLoaded()
{
    m_ocrOnImport->setChecked(m_loadedValues.value(Dms::DocumentOcr::onImportSetting()) != QLatin1String("off"));
    m_jpegQuality->setValue(m_loadedValues.value(Dms::DocumentOcr::jpegQualitySetting()).toInt());
    m_lowConfidence->setValue(m_loadedValues.value(Dms::DocumentOcr::lowConfidenceSetting()).toInt());
    m_fileTemplate->setText(m_loadedValues.value(kFileTemplate));
    m_caseTemplate->setText(m_loadedValues.value(kCaseTemplate));
    m_banner->hide();
}

QHash<QString, QString> SettingsDialog::values() const
{
    return { { Dms::DocumentOcr::onImportSetting(),
                 m_ocrOnImport->isChecked() ? QStringLiteral("on") : QStringLiteral("off") },
        { Dms::DocumentOcr::jpegQualitySetting(), QString::number(m_jpegQuality->value()) },
        { Dms::DocumentOcr::lowConfidenceSetting(), QString::number(m_lowConfidence->value()) },
        { kFileTemplate, m_fileTemplate->text().trimmed() }, { kCaseTemplate, m_caseTemplate->text().trimmed() } };
}

bool SettingsDialog::isModified() const
{
    return m_loaded && values() != m_loadedValues;
}

void SettingsDialog::updateButtons()
{
    const bool modified = isModified();
    m_save->setEnabled(m_canEdit && modified && !m_busy);
    m_discard->setEnabled(modified && !m_busy);
}

void SettingsDialog::save()
{
    if (!isModified() || m_busy)
        return;
    QList<Dms::Command> commands;
    const QHash<QString, QString> now = values();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_loadedValues.value(it.key()) != it.value())
            commands << Dms::Commands::setSetting(it.key(), it.value());
    }
    m_busy = true;
    updateButtons();
    using Watcher = QFutureWatcher<Result<QList<Dms::CommandResult>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, now] {
        const auto r = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        if (!r) {
            m_banner->showMessage(r.error().message); // what was typed stays
            updateButtons();
            return;
        }
        m_loadedValues = now;
        m_banner->showMessage(tr("The settings are saved."), MessageBanner::Kind::Positive);
        updateButtons();
        Q_EMIT saved();
    });
    watcher->setFuture(m_engine->submit(commands));
}

void SettingsDialog::reject()
{
    if (m_busy)
        return;
    if (isModified() && m_canEdit) {
        QMessageBox box(
            QMessageBox::Question, windowTitle(), tr("Save the changed settings?"), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("saveSettingsQuestion"));
        box.addButton(QMessageBox::Save)->setText(tr("&Save"));
        box.addButton(QMessageBox::Discard)->setText(tr("&Discard"));
        box.addButton(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            connect(
                this, &SettingsDialog::saved, this, [this] { QDialog::reject(); }, Qt::SingleShotConnection);
            save();
            return;
        }
    }
    QDialog::reject();
}

} // namespace Aktenwerk::Client
