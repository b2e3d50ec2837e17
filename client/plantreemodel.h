#pragma once

#include "model/fileplan.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace Aktenwerk::Client {

/** The file plan as a tree: code and title, retention and disposal type in the tooltip. */
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, CodeRole, RetiredRole, DepartmentRole, FileCountRole };

    explicit PlanTreeModel(QObject *parent = nullptr);
    ~PlanTreeModel() override;

    /** Replaces the plan; units may come in any order. */
    void setUnits(const QList<Model::PlanUnit> &units, const QHash<QUuid, int> &fileCounts = {});
    int fileCount(const QModelIndex &index) const;
    const Model::PlanUnit *unit(const QModelIndex &index) const;
    QModelIndex indexOf(const QUuid &id) const;
    QModelIndex indexOfCode(const QString &code) const;
    /** The department that keeps files of this unit (its own or the nearest ancestor's). */
    QString departmentOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Model::PlanUnit unit;
        int files = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<Node *> children;
    };
    Node *nodeFor(const QModelIndex &index) const;

    std::vector<std::unique_ptr<Node>> m_nodes;
    std::vector<Node *> m_roots;
    QHash<QUuid, Node *> m_byId;
};

} // namespace Aktenwerk::Client
