#include "client/recordtreemodel.h"

#include "client/asyncreader.h"
#include "client/intakemodel.h"
#include "client/versionformat.h"
#include "dms/engine.h"
#include "dms/store/contentstore.h"
#include "dms/store/queries.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QUrl>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

QString shortMime(const QString &mime)
{
    if (mime == QLatin1String("application/pdf"))
        return QStringLiteral("PDF");
    if (mime.startsWith(QLatin1String("image/")))
        return mime.mid(6).toUpper();
    if (mime == QLatin1String("text/plain"))
        return QStringLiteral("TXT");
    if (mime == QLatin1String("message/rfc822"))
        return QStringLiteral("E-Mail");
    return mime.section(QLatin1Char('/'), 1).left(12).toUpper();
}

} // namespace

RecordTreeModel::RecordTreeModel(AsyncReader *reader, QObject *parent)
    : QAbstractItemModel(parent)
    , m_reader(reader)
{
}

RecordTreeModel::~RecordTreeModel() = default;

QUuid RecordTreeModel::itemId(const Item &item)
{
    return std::visit(
        [](const auto &v) -> QUuid {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, DocumentRow>)
                return v.document.meta.id;
            else
                return v.meta.id;
        },
        item);
}

void RecordTreeModel::setPlanUnit(const QUuid &planUnitId)
{
    beginResetModel();
    m_top.clear();
    m_byId.clear();
    m_planUnit = planUnitId;
    ++m_generation;
    endResetModel();
    if (!planUnitId.isNull())
        load(nullptr);
}

void RecordTreeModel::refresh()
{
    if (m_planUnit.isNull())
        return;
    load(nullptr);
    QList<Node *> loaded;
    for (Node *n : std::as_const(m_byId)) {
        if (n->fetched)
            loaded << n;
    }
    for (Node *n : std::as_const(loaded))
        load(n);
}

void RecordTreeModel::load(Node *parent)
{
    const quint64 generation = m_generation;
    const QUuid parentId = parent ? parent->id : QUuid();
    std::function<Result<QList<Item>>(Dms::Database &)> query;
    if (!parent) {
        const QUuid plan = m_planUnit;
        query = [plan](Dms::Database &db) -> Result<QList<Item>> {
            auto files = Dms::Queries::files(db, plan);
            if (!files)
                return std::unexpected(files.error());
            QList<Item> out;
            for (const FileRecord &f : *files)
                out.append(Item(f));
            return out;
        };
    } else if (std::holds_alternative<FileRecord>(parent->item)) {
        query = [parentId](Dms::Database &db) -> Result<QList<Item>> {
            auto cases = Dms::Queries::cases(db, parentId);
            if (!cases)
                return std::unexpected(cases.error());
            QList<Item> out;
            for (const Case &c : *cases)
                out.append(Item(c));
            return out;
        };
    } else if (std::holds_alternative<Case>(parent->item)) {
        query = [parentId](Dms::Database &db) -> Result<QList<Item>> {
            auto docs = Dms::Queries::documents(db, parentId);
            if (!docs)
                return std::unexpected(docs.error());
            QList<Item> out;
            for (const Document &d : *docs) {
                auto v = Dms::Queries::version(db, d.meta.id);
                if (!v)
                    return std::unexpected(v.error());
                out.append(Item(DocumentRow{d, *v}));
            }
            return out;
        };
    } else {
        return;
    }
    if (parent)
        parent->fetching = true;
    ++m_pending;
    // Loads run on several reader threads: a refresh issued after a commit may overtake one
    // issued before it. Only the latest load of a parent is applied.
    const quint64 ticket = ++m_nextTicket;
    m_loadTickets.insert(parentId, ticket);
    m_reader->run<QList<Item>>(this, query, [this, parentId, generation, ticket](const Result<QList<Item>> &result) {
        --m_pending;
        if (generation != m_generation || m_loadTickets.value(parentId) != ticket)
            return;
        if (!result) {
            if (Node *n = m_byId.value(parentId))
                n->fetching = false;
            Q_EMIT loadFailed(result.error().toString());
            return;
        }
        apply(parentId, generation, *result);
        Q_EMIT loaded(parentId);
    });
}

void RecordTreeModel::forget(Node *node)
{
    m_byId.remove(node->id);
    for (const auto &c : node->children)
        forget(c.get());
}

void RecordTreeModel::apply(const QUuid &parentId, quint64 generation, const QList<Item> &items)
{
    if (generation != m_generation)
        return;
    Node *parent = nullptr;
    if (!parentId.isNull()) {
        parent = m_byId.value(parentId);
        if (!parent)
            return; // removed meanwhile
        parent->fetching = false;
        parent->fetched = true;
    }
    auto &list = parent ? parent->children : m_top;
    const QModelIndex parentIndex = indexFor(parent);
    auto renumber = [&list] {
        for (size_t i = 0; i < list.size(); ++i)
            list[i]->row = static_cast<int>(i);
    };

    QSet<QUuid> wanted;
    for (const Item &it : items)
        wanted.insert(itemId(it));
    for (int i = static_cast<int>(list.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(list[static_cast<size_t>(i)]->id)) {
            beginRemoveRows(parentIndex, i, i);
            forget(list[static_cast<size_t>(i)].get());
            list.erase(list.begin() + i);
            renumber();
            endRemoveRows();
        }
    }

    for (int i = 0; i < items.size(); ++i) {
        const QUuid id = itemId(items.at(i));
        const auto pos = static_cast<size_t>(i);
        if (pos < list.size() && list[pos]->id == id) {
            list[pos]->item = items.at(i);
            Q_EMIT dataChanged(index(i, 0, parentIndex), index(i, ColumnCount - 1, parentIndex));
            continue;
        }
        size_t found = pos;
        while (found < list.size() && list[found]->id != id)
            ++found;
        if (found < list.size()) {
            beginMoveRows(parentIndex, static_cast<int>(found), static_cast<int>(found), parentIndex, i);
            std::rotate(list.begin() + i, list.begin() + static_cast<qsizetype>(found),
                        list.begin() + static_cast<qsizetype>(found) + 1);
            renumber();
            endMoveRows();
            list[pos]->item = items.at(i);
            Q_EMIT dataChanged(index(i, 0, parentIndex), index(i, ColumnCount - 1, parentIndex));
            continue;
        }
        beginInsertRows(parentIndex, i, i);
        auto node = std::make_unique<Node>();
        node->item = items.at(i);
        node->id = id;
        node->parent = parent;
        m_byId.insert(id, node.get());
        list.insert(list.begin() + i, std::move(node));
        renumber();
        endInsertRows();
    }
}

RecordTreeModel::Node *RecordTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex RecordTreeModel::indexFor(const Node *node) const
{
    return node ? createIndex(node->row, 0, const_cast<Node *>(node)) : QModelIndex();
}

const RecordTreeModel::Item *RecordTreeModel::item(const QModelIndex &index) const
{
    Node *n = nodeFor(index);
    return n ? &n->item : nullptr;
}

std::optional<RecordTreeModel::Kind> RecordTreeModel::kind(const QModelIndex &index) const
{
    const Item *it = item(index);
    if (!it)
        return std::nullopt;
    if (std::holds_alternative<FileRecord>(*it))
        return Kind::File;
    if (std::holds_alternative<Case>(*it))
        return Kind::Case;
    return Kind::Document;
}

QUuid RecordTreeModel::id(const QModelIndex &index) const
{
    Node *n = nodeFor(index);
    return n ? n->id : QUuid();
}

QModelIndex RecordTreeModel::indexOf(const QUuid &id) const
{
    return indexFor(m_byId.value(id));
}

QModelIndex RecordTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    const auto &list = parent.isValid() ? nodeFor(parent)->children : m_top;
    if (row >= static_cast<int>(list.size()))
        return {};
    return createIndex(row, column, list[static_cast<size_t>(row)].get());
}

QModelIndex RecordTreeModel::parent(const QModelIndex &child) const
{
    Node *n = nodeFor(child);
    if (!n || !n->parent)
        return {};
    return indexFor(n->parent);
}

int RecordTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(parent.isValid() ? nodeFor(parent)->children.size() : m_top.size());
}

int RecordTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool RecordTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_top.empty();
    if (parent.column() > 0)
        return false;
    const Node *n = nodeFor(parent);
    if (std::holds_alternative<DocumentRow>(n->item))
        return false;
    return !n->fetched || !n->children.empty();
}

bool RecordTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *n = nodeFor(parent);
    return n && parent.column() == 0 && !std::holds_alternative<DocumentRow>(n->item) && !n->fetched && !n->fetching;
}

void RecordTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(nodeFor(parent));
}

QVariant RecordTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeFor(index);
    if (!n)
        return {};
    const int col = index.column();
    if (role == IdRole)
        return n->id;
    if (role == KindRole)
        return static_cast<int>(*kind(index));

    if (const auto *f = std::get_if<FileRecord>(&n->item)) {
        if (role == ReferenceRole)
            return f->reference;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            switch (col) {
            case TitleColumn:
                return f->title;
            case ReferenceColumn:
                return f->reference;
            case TypeColumn:
                return f->confidentiality == Confidentiality::Open
                    ? f->type
                    : (f->type.isEmpty() ? QString() : f->type + QStringLiteral(" · "))
                        + confidentialityName(f->confidentiality);
            case ModifiedColumn:
                return VersionFormat::day(f->meta.modifiedAt);
            }
        }
        if (role == Qt::DecorationRole && col == TitleColumn)
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        if (role == Qt::ToolTipRole)
            return tr("File %1, department %2, %3").arg(f->reference, f->departmentCode,
                                                         confidentialityName(f->confidentiality));
        return {};
    }
    if (const auto *c = std::get_if<Case>(&n->item)) {
        if (role == ReferenceRole)
            return c->reference;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            switch (col) {
            case TitleColumn:
                return c->title;
            case ReferenceColumn:
                return c->reference;
            case TypeColumn:
                return c->type;
            case ModifiedColumn:
                return VersionFormat::day(c->meta.modifiedAt);
            }
        }
        if (role == Qt::DecorationRole && col == TitleColumn)
            return QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
        if (role == Qt::ToolTipRole)
            return tr("Case %1").arg(c->reference);
        return {};
    }
    const auto &d = std::get<DocumentRow>(n->item);
    if (role == ReferenceRole)
        return d.document.reference;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (col) {
        case TitleColumn:
            return d.document.title;
        case ReferenceColumn:
            // Its running number in the case; until the server has given it, marked as provisional.
            return VersionFormat::documentReference(d.document);
        case TypeColumn:
            return d.document.type.isEmpty() && d.current ? shortMime(d.current->mimeType) : d.document.type;
        case ModifiedColumn:
            return VersionFormat::day(d.document.meta.modifiedAt);
        }
    }
    if (role == Qt::DecorationRole && col == TitleColumn)
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    if (role == Qt::ToolTipRole && d.current)
        return tr("%1\nVersion %2 · %3 · %4\nFile name: %5")
            .arg(d.document.reference.isEmpty() ? d.document.title : d.document.reference)
            .arg(d.current->number)
            .arg(shortMime(d.current->mimeType), QLocale().formattedDataSize(d.current->size), d.current->fileName);
    return {};
}

QVariant RecordTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ReferenceColumn:
        return tr("Reference");
    case TypeColumn:
        return tr("Type");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

Qt::ItemFlags RecordTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!dropCase(index).isNull())
        f |= Qt::ItemIsDropEnabled;
    if (const Item *it = item(index);
        it && std::holds_alternative<DocumentRow>(*it) && std::get<DocumentRow>(*it).current.has_value())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QUuid RecordTreeModel::dropCase(const QModelIndex &index) const
{
    const Item *it = item(index);
    if (!it)
        return {};
    if (const auto *c = std::get_if<Model::Case>(it))
        return c->meta.deleted ? QUuid() : c->meta.id;
    if (const auto *d = std::get_if<DocumentRow>(it))
        return d->document.caseId;
    return {};
}

QStringList RecordTreeModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), IntakeModel::documentMimeType()};
}

bool RecordTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    return action == Qt::CopyAction && !dropCase(parent).isNull() && !data->hasFormat(filedDocumentMimeType())
        && (!localPathsOf(data).isEmpty() || !IntakeModel::documentIds(data).isEmpty());
}

bool RecordTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (const QList<QUuid> ids = IntakeModel::documentIds(data); !ids.isEmpty())
        Q_EMIT documentsDropped(dropCase(parent), ids);
    else
        Q_EMIT filesDropped(dropCase(parent), localPathsOf(data));
    return true; // the rows arrive with the next refresh, after the documents committed
}

QString RecordTreeModel::exportFileName(const DocumentRow &row)
{
    const QString suffix
        = row.current ? QMimeDatabase().mimeTypeForName(row.current->mimeType).preferredSuffix() : QString();
    QString name = row.document.title;
    if (!suffix.isEmpty() && !name.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        name += QLatin1Char('.') + suffix;
    name = safeFileName(name);
    return name.isEmpty() ? QStringLiteral("Dokument") : name.left(180);
}

QString RecordTreeModel::safeFileName(QString name)
{
    // No path separators or characters file systems refuse.
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    }
    return name.trimmed();
}

QMimeData *RecordTreeModel::mimeData(const QModelIndexList &indexes) const
{
    Dms::Engine *engine = m_reader->engine();
    if (!engine)
        return nullptr;
    // Each document once (a row has several columns), copied out verified against its hash.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("drag/") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    QList<QUrl> urls;
    QSet<QUuid> seen;
    QSet<QString> names;
    for (const QModelIndex &index : indexes) {
        const Item *it = item(index.siblingAtColumn(0));
        if (!it || !std::holds_alternative<DocumentRow>(*it))
            continue;
        const DocumentRow &row = std::get<DocumentRow>(*it);
        if (!row.current || seen.contains(row.document.meta.id))
            continue;
        seen.insert(row.document.meta.id);
        QString name = exportFileName(row);
        for (int n = 2; names.contains(name); ++n)
            name = QFileInfo(name).completeBaseName() + QStringLiteral(" (%1).").arg(n) + QFileInfo(name).suffix();
        names.insert(name);
        const QString target = QDir(folder).filePath(name);
        if (!QDir().mkpath(folder) || !engine->content().copyTo(row.current->sha256, row.current->size, target))
            continue;
        urls << QUrl::fromLocalFile(target);
    }
    if (urls.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setUrls(urls);
    data->setData(filedDocumentMimeType(), QByteArray::number(urls.size()));
    return data;
}

} // namespace Aktenwerk::Client
