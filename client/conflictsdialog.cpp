#include "client/conflictsdialog.h"

#include "client/asyncreader.h"
#include "client/messagebanner.h"
#include "dms/engine.h"
#include "model/entities.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

using namespace Model;

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const ConflictModel::Row *ConflictModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ObjectColumn:
        return QString(entityTypeName(r.entityType) + QLatin1Char(' ') + r.label);
    case FieldColumn:
        return r.field.startsWith(QLatin1String("metadata.")) ? r.field.mid(9) : r.field;
    case MineColumn:
        return r.mine;
    case TheirsColumn:
        return r.theirs;
    case UserColumn:
        return r.mineUser;
    }
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case MineColumn:
        return tr("My value");
    case TheirsColumn:
        return tr("Value on the server");
    case UserColumn:
        return tr("Changed by");
    }
    return {};
}

ConflictsDialog::ConflictsDialog(Dms::Engine *engine, AsyncReader *reader, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_reader(reader)
    , m_model(new ConflictModel(this))
    , m_view(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_hint(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep the &server's"), this))
{
    setWindowTitle(tr("Conflicts"));
    setObjectName(QStringLiteral("conflictsDialog"));
    resize(760, 360);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("The same field was changed here and on the server. The server's value is in force; "
                       "choose which one to keep."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Conflicts"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsDialog::updateButtons);
    updateButtons();
    reload();
}

void ConflictsDialog::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    const bool writable = m_engine && !m_engine->isReadOnly();
    m_keepMine->setEnabled(selected && writable);
    m_keepTheirs->setEnabled(selected && writable);
}

void ConflictsDialog::reload()
{
    m_reader->run<QList<ConflictModel::Row>>(
        this,
        [](Dms::Database &db) -> Result<QList<ConflictModel::Row>> {
            auto st = db.prepare(QStringLiteral(
                "SELECT c.id, c.entity_type, COALESCE(f.reference, k.reference, d.title, c.entity_id), c.field, "
                "COALESCE(c.mine_value, ''), COALESCE(c.theirs_value, ''), c.mine_user, c.created_at FROM conflict c "
                "LEFT JOIN file_record f ON f.id = c.entity_id LEFT JOIN case_record k ON k.id = c.entity_id "
                "LEFT JOIN document d ON d.id = c.entity_id WHERE c.status = 'open' ORDER BY c.created_at"));
            if (!st)
                return std::unexpected(st.error());
            QList<ConflictModel::Row> rows;
            for (;;) {
                auto step = st->step();
                if (!step)
                    return std::unexpected(step.error());
                if (!*step)
                    break;
                rows.append({st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5), st->text(6),
                             st->text(7)});
            }
            return rows;
        },
        [this](const Result<QList<ConflictModel::Row>> &r) {
            if (!r) {
                m_banner->showMessage(r.error().message);
                return;
            }
            m_model->setRows(*r);
            if (r->isEmpty())
                m_banner->showMessage(tr("There are no open conflicts."), MessageBanner::Kind::Positive);
            Q_EMIT loaded();
        });
}

void ConflictsDialog::resolveSelected(bool keepMine)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ConflictModel::Row *row = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    if (!row || !m_engine)
        return;
    using Watcher = QFutureWatcher<Result<QList<Dms::CommandResult>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher] {
        const auto r = watcher->result();
        watcher->deleteLater();
        if (!r) {
            m_banner->showMessage(r.error().message);
            return;
        }
        reload();
        Q_EMIT resolved();
    });
    watcher->setFuture(m_engine->submit({Dms::Commands::resolveConflict(QUuid::fromString(row->id), keepMine)}));
}

} // namespace Aktenwerk::Client
