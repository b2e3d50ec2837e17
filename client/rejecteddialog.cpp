#include "client/rejecteddialog.h"

#include "client/asyncreader.h"
#include "client/messagebanner.h"
#include "client/versionformat.h"
#include "dms/engine.h"
#include "model/entities.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

using namespace Model;

RejectedModel::RejectedModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RejectedModel::setRows(const QList<Dms::RejectedChange> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const Dms::RejectedChange *RejectedModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int RejectedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Dms::RejectedChange &r = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case MadeColumn:
        return VersionFormat::when(QDateTime::fromString(r.createdAt, Qt::ISODateWithMs));
    case ChangeColumn:
        return Dms::commandName(r.command);
    case RecordColumn:
        return QString(entityTypeName(r.entityType) + QLatin1Char(' ') + r.label).trimmed();
    case ContentColumn:
        return Dms::commandSummary(r.command, r.payload);
    case ReasonColumn:
        return r.message.isEmpty() ? r.code : r.message;
    }
    return {};
}

QVariant RejectedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MadeColumn:
        return tr("Made");
    case ChangeColumn:
        return tr("Change");
    case RecordColumn:
        return tr("Record");
    case ContentColumn:
        return tr("What was entered");
    case ReasonColumn:
        return tr("Reason given by the server");
    }
    return {};
}

RejectedDialog::RejectedDialog(Dms::Engine *engine, AsyncReader *reader, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_reader(reader)
    , m_model(new RejectedModel(this))
    , m_view(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_hint(new QLabel(this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_resend(new QPushButton(tr("Send &again"), this))
{
    setWindowTitle(tr("Rejected changes"));
    setObjectName(QStringLiteral("rejectedDialog"));
    resize(1040, 400);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("The server did not accept these changes. Nothing of them is lost: discard a change to "
                       "go back to the server's state, or send it again once its cause is fixed."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(RejectedModel::MadeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RejectedModel::ChangeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(RejectedModel::RecordColumn, 240);
    m_view->horizontalHeader()->resizeSection(RejectedModel::ContentColumn, 200);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Rejected changes"));
    m_discard->setObjectName(QStringLiteral("discardRejected"));
    m_discard->setToolTip(tr("Give the change up: the record returns to the server's state; something new that "
                             "the server refused is taken back here."));
    m_resend->setObjectName(QStringLiteral("resendRejected"));
    m_resend->setToolTip(tr("Send the change to the server again, e.g. after the file was reopened."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addWidget(m_resend);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_discard, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_resend, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RejectedDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RejectedDialog::updateButtons);
    updateButtons();
    reload();
}

void RejectedDialog::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    const bool writable = m_engine && !m_engine->isReadOnly();
    m_discard->setEnabled(selected && writable);
    m_resend->setEnabled(selected && writable);
}

void RejectedDialog::reload()
{
    m_reader->run<QList<Dms::RejectedChange>>(
        this, [](Dms::Database &db) { return Dms::Queries::rejectedChanges(db); },
        [this](const Result<QList<Dms::RejectedChange>> &r) {
            if (!r) {
                m_banner->showMessage(r.error().message);
                return;
            }
            m_model->setRows(*r);
            m_view->resizeRowsToContents();
            if (r->isEmpty() && m_banner->isHidden())
                m_banner->showMessage(
                    tr("The server has refused nothing that waits for a decision."), MessageBanner::Kind::Positive);
            else if (!m_view->selectionModel()->hasSelection())
                m_view->selectRow(0);
            Q_EMIT loaded();
        });
}

void RejectedDialog::decideSelected(bool discard)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Dms::RejectedChange *row = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    if (!row || !m_engine)
        return;
    using Watcher = QFutureWatcher<Result<QList<Dms::CommandResult>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, discard] {
        const auto r = watcher->result();
        watcher->deleteLater();
        if (!r) {
            m_banner->showMessage(r.error().message);
            return;
        }
        const int takenBack = r->isEmpty() ? 0 : r->first().data.value(QLatin1String("taken_back")).toInt();
        m_banner->showMessage(!discard ? tr("Queued again; it goes to the server with the next sync.")
                : takenBack > 0
                ? tr("Discarded: what the server refused was taken back here (%n record(s)).", nullptr, takenBack)
                : tr("Discarded; the server's state comes back with the next sync."),
            MessageBanner::Kind::Positive);
        reload();
        Q_EMIT decided();
    });
    watcher->setFuture(m_engine->submit(
        { discard ? Dms::Commands::discardRejected(row->opId) : Dms::Commands::resendRejected(row->opId) }));
}

} // namespace Aktenwerk::Client
