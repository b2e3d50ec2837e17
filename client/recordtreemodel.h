#pragma once

#include "model/entities.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace Aktenwerk::Client {

class AsyncReader;

/**
 * Files of one plan unit, their cases and the cases' documents, as a three-level tree.
 *
 * Everything loads off the GUI thread: the files when the plan unit is set, the children of
 * a node when the view expands it (fetchMore). refresh() re-reads every level that is loaded
 * and updates rows in place, so expansion and selection survive a change.
 */
class RecordTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { File, Case, Document };
    enum Column { TitleColumn, ReferenceColumn, TypeColumn, ModifiedColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, KindRole, ReferenceRole };

    struct DocumentRow
    {
        Model::Document document;
        std::optional<Model::Version> current;
    };
    using Item = std::variant<Model::FileRecord, Model::Case, DocumentRow>;

    explicit RecordTreeModel(AsyncReader *reader, QObject *parent = nullptr);
    ~RecordTreeModel() override;

    void setPlanUnit(const QUuid &planUnitId);
    QUuid planUnit() const { return m_planUnit; }
    /** Re-reads every loaded level. */
    void refresh();
    bool isLoading() const { return m_pending > 0; }

    const Item *item(const QModelIndex &index) const;
    std::optional<Kind> kind(const QModelIndex &index) const;
    QUuid id(const QModelIndex &index) const;
    QModelIndex indexOf(const QUuid &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Files dropped onto a case (or one of its documents) are added to that case; documents
    // dragged from the intake are filed into it.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    /** The case a drop onto @p index goes to: the case itself, or a document's case. */
    QUuid dropCase(const QModelIndex &index) const;
    // Documents dragged out (to the desktop, a folder, a mail program) go as verified copies.
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    /** "Bauantrag.pdf": the name a copy of @p row's document gets outside Aktenwerk. */
    static QString exportFileName(const DocumentRow &row);
    /** @p name without path separators and characters file systems refuse (replaced by "_"). */
    static QString safeFileName(QString name);
    /** Marks a drag of filed documents, so that a drop back into the list imports nothing twice. */
    static QString filedDocumentMimeType() { return QStringLiteral("application/x-aktenwerk-filed-document"); }

Q_SIGNALS:
    /** Local files or folders were dropped onto a case. */
    void filesDropped(const QUuid &caseId, const QStringList &paths);
    /** Documents of the intake were dragged onto a case: they are to be filed into it. */
    void documentsDropped(const QUuid &caseId, const QList<QUuid> &documentIds);
    /** A level finished loading; @p parentId is null for the files of the plan unit. */
    void loaded(const QUuid &parentId);
    void loadFailed(const QString &message);

private:
    struct Node
    {
        Item item;
        QUuid id;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        bool fetched = false;
        bool fetching = false;
    };

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    void load(Node *parent);
    /** The latest load issued per parent: an older answer that arrives after it is dropped. */
    QHash<QUuid, quint64> m_loadTickets;
    quint64 m_nextTicket = 0;
    void apply(const QUuid &parentId, quint64 generation, const QList<Item> &items);
    void forget(Node *node);
    static QUuid itemId(const Item &item);

    AsyncReader *m_reader;
    QUuid m_planUnit;
    quint64 m_generation = 0;
    int m_pending = 0;
    std::vector<std::unique_ptr<Node>> m_top;
    QHash<QUuid, Node *> m_byId;
};

} // namespace Aktenwerk::Client
