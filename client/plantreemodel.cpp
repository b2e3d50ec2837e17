#include "client/plantreemodel.h"

#include <QFont>
#include <QPalette>

namespace Aktenwerk::Client {

using namespace Model;

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

PlanTreeModel::~PlanTreeModel() = default;

void PlanTreeModel::setUnits(const QList<PlanUnit> &units, const QHash<QUuid, int> &fileCounts)
{
    // The same tree again (a sync that brought files, a renamed unit): changed in place, so the
    // view keeps its selection, what is expanded and where it is scrolled.
    bool sameTree = units.size() == static_cast<qsizetype>(m_nodes.size());
    for (qsizetype i = 0; sameTree && i < units.size(); ++i)
        sameTree = m_nodes[static_cast<size_t>(i)]->unit.id == units[i].id
            && m_nodes[static_cast<size_t>(i)]->unit.parentId == units[i].parentId;
    if (sameTree) {
        for (qsizetype i = 0; i < units.size(); ++i) {
            Node &n = *m_nodes[static_cast<size_t>(i)];
            const PlanUnit &u = units[i];
            const int files = fileCounts.value(u.id);
            if (n.files == files && n.unit.code == u.code && n.unit.title == u.title
                && n.unit.description == u.description && n.unit.retention == u.retention
                && n.unit.disposal == u.disposal && n.unit.retired == u.retired
                && n.unit.departmentCode == u.departmentCode)
                continue;
            n.unit = u;
            n.files = files;
            const QModelIndex first = createIndex(n.row, 0, &n);
            Q_EMIT dataChanged(first, first.siblingAtColumn(columnCount() - 1));
        }
        return;
    }
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_byId.clear();
    for (const PlanUnit &u : units) {
        auto n = std::make_unique<Node>();
        n->unit = u;
        n->files = fileCounts.value(u.id);
        m_byId.insert(u.id, n.get());
        m_nodes.push_back(std::move(n));
    }
    for (const auto &n : m_nodes) {
        Node *parent = m_byId.value(n->unit.parentId);
        n->parent = parent;
        auto &list = parent ? parent->children : m_roots;
        n->row = static_cast<int>(list.size());
        list.push_back(n.get());
    }
    endResetModel();
}

PlanTreeModel::Node *PlanTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

const PlanUnit *PlanTreeModel::unit(const QModelIndex &index) const
{
    Node *n = nodeFor(index);
    return n ? &n->unit : nullptr;
}

QModelIndex PlanTreeModel::indexOf(const QUuid &id) const
{
    Node *n = m_byId.value(id);
    return n ? createIndex(n->row, 0, n) : QModelIndex();
}

QModelIndex PlanTreeModel::indexOfCode(const QString &code) const
{
    for (const auto &n : m_nodes) {
        if (n->unit.code == code)
            return createIndex(n->row, 0, n.get());
    }
    return {};
}

int PlanTreeModel::fileCount(const QModelIndex &index) const
{
    const Node *n = nodeFor(index);
    return n ? n->files : 0;
}

QString PlanTreeModel::departmentOf(const QModelIndex &index) const
{
    for (Node *n = nodeFor(index); n; n = n->parent) {
        if (!n->unit.departmentCode.isEmpty())
            return n->unit.departmentCode;
    }
    return {};
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const auto &list = parent.isValid() ? nodeFor(parent)->children : m_roots;
    if (row >= static_cast<int>(list.size()))
        return {};
    return createIndex(row, 0, list[static_cast<size_t>(row)]);
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    Node *n = nodeFor(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(parent.isValid() ? nodeFor(parent)->children.size() : m_roots.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeFor(index);
    if (!n)
        return {};
    const PlanUnit &u = n->unit;
    switch (role) {
    case Qt::DisplayRole:
        if (n->files > 0)
            return QString(u.code + QStringLiteral("  ") + u.title + QStringLiteral(" (%1)").arg(n->files));
        return QString(u.code + QStringLiteral("  ") + u.title);
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1 %2</b><br>").arg(u.code.toHtmlEscaped(), u.title.toHtmlEscaped());
        if (!u.description.isEmpty())
            tip += u.description.toHtmlEscaped() + QStringLiteral("<br>");
        tip += tr("Retention: %1").arg(u.retention.displayText()) + QStringLiteral("<br>")
            + tr("Disposal: %1").arg(disposalTypeName(u.disposal));
        if (u.retired)
            tip += QStringLiteral("<br><i>") + tr("Retired: no new files") + QStringLiteral("</i>");
        return tip;
    }
    case Qt::AccessibleTextRole:
        return QString(u.code + QLatin1Char(' ') + u.title + (u.retired ? QLatin1Char(' ') + tr("(retired)") : QString()));
    case Qt::FontRole:
        if (u.retired) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (u.retired)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return u.id;
    case CodeRole:
        return u.code;
    case RetiredRole:
        return u.retired;
    case DepartmentRole:
        return departmentOf(index);
    case FileCountRole:
        return n->files;
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("File plan");
    return {};
}

} // namespace Aktenwerk::Client
