#include "client/intakemodel.h"

#include "client/asyncreader.h"
#include "client/versionformat.h"
#include "dms/store/queries.h"

#include <QApplication>
#include <QLocale>
#include <QMimeData>
#include <QStyle>
#include <QUrl>

#include <algorithm>

namespace Aktenwerk::Client {

using namespace Model;

QStringList localPathsOf(const QMimeData *data)
{
    QStringList paths;
    if (!data)
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

QList<QUuid> IntakeModel::documentIds(const QMimeData *data)
{
    QList<QUuid> ids;
    if (!data || !data->hasFormat(documentMimeType()))
        return ids;
    for (const QByteArray &line : data->data(documentMimeType()).split('\n')) {
        const QUuid id = QUuid::fromString(QString::fromLatin1(line.trimmed()));
        if (!id.isNull())
            ids << id;
    }
    return ids;
}

IntakeModel::IntakeModel(AsyncReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
}

namespace {

/** Where a document came from, as far as the index knows. */
QString sourceOf(Dms::Database &db, const Document &d, const std::optional<Version> &v)
{
    if (d.type == QLatin1String("E-Mail") && !d.metadata.value(QStringLiteral("sender")).isEmpty())
        return IntakeModel::tr("E-mail from %1").arg(d.metadata.value(QStringLiteral("sender")));
    const QString mail = d.metadata.value(QStringLiteral("attachment_of"));
    if (!mail.isEmpty()) {
        auto m = Dms::Queries::document(db, QUuid::fromString(mail));
        if (m && *m)
            return IntakeModel::tr("Attachment of \"%1\"").arg((*m)->title);
        return IntakeModel::tr("E-mail attachment");
    }
    if (v && v->origin == VersionOrigin::Scan)
        return IntakeModel::tr("Scan by %1").arg(v->author);
    return IntakeModel::tr("Import by %1").arg(d.meta.createdBy);
}

} // namespace

void IntakeModel::refresh()
{
    const quint64 ticket = ++m_ticket;
    ++m_loading;
    m_reader->run<QList<Row>>(
        this,
        [](Dms::Database &db) -> Result<QList<Row>> {
            auto docs = Dms::Queries::documents(db, QUuid());
            if (!docs)
                return std::unexpected(docs.error());
            QList<Row> rows;
            for (const Document &d : *docs) {
                auto v = Dms::Queries::version(db, d.meta.id);
                if (!v)
                    return std::unexpected(v.error());
                rows.append(Row{RecordTreeModel::DocumentRow{d, *v}, sourceOf(db, d, *v)});
            }
            // Newest first: what just arrived is on top.
            std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
                return a.document.document.meta.createdAt > b.document.document.meta.createdAt;
            });
            return rows;
        },
        [this, ticket](const Result<QList<Row>> &r) {
            --m_loading;
            if (ticket != m_ticket)
                return; // a later refresh is under way
            if (!r) {
                Q_EMIT loadFailed(r.error().toString());
                return;
            }
            // Rows that stay keep their place and selection; only the list's changes are signalled.
            QList<Row> rows = *r;
            for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
                const QUuid id = m_rows.at(i).document.document.meta.id;
                const bool kept = std::any_of(rows.cbegin(), rows.cend(),
                                              [&](const Row &x) { return x.document.document.meta.id == id; });
                if (!kept) {
                    beginRemoveRows({}, i, i);
                    m_rows.removeAt(i);
                    endRemoveRows();
                }
            }
            for (int i = 0; i < rows.size(); ++i) {
                const QUuid id = rows.at(i).document.document.meta.id;
                if (i < m_rows.size() && m_rows.at(i).document.document.meta.id == id) {
                    m_rows[i] = rows.at(i);
                    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
                    continue;
                }
                qsizetype found = -1;
                for (qsizetype j = i + 1; j < m_rows.size(); ++j) {
                    if (m_rows.at(j).document.document.meta.id == id) {
                        found = j;
                        break;
                    }
                }
                if (found >= 0) {
                    beginMoveRows({}, static_cast<int>(found), static_cast<int>(found), {}, i);
                    m_rows.move(found, i);
                    endMoveRows();
                    m_rows[i] = rows.at(i);
                    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
                    continue;
                }
                beginInsertRows({}, i, i);
                m_rows.insert(i, rows.at(i));
                endInsertRows();
            }
            Q_EMIT loaded(static_cast<int>(m_rows.size()));
        });
}

const IntakeModel::Row *IntakeModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

QModelIndex IntakeModel::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).document.document.meta.id == id)
            return index(i, 0);
    }
    return {};
}

int IntakeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IntakeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntakeModel::data(const QModelIndex &index, int role) const
{
    const Row *r = row(index);
    if (!r)
        return {};
    const Document &d = r->document.document;
    const auto &v = r->document.current;
    if (role == IdRole)
        return d.meta.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TitleColumn:
            return d.title;
        case FileNameColumn:
            return v ? v->fileName : QString();
        case TypeColumn:
            return d.type;
        case AddedColumn:
            return VersionFormat::when(d.meta.createdAt);
        case SourceColumn:
            return r->source;
        }
    }
    if (role == Qt::DecorationRole && index.column() == TitleColumn)
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    if (role == Qt::ToolTipRole && v)
        return tr("%1, %2 bytes, SHA-256 %3").arg(v->fileName).arg(v->size).arg(v->sha256);
    return {};
}

QVariant IntakeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FileNameColumn:
        return tr("Original file name");
    case TypeColumn:
        return tr("Type");
    case AddedColumn:
        return tr("Added");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

Qt::ItemFlags IntakeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    else
        f |= Qt::ItemIsDropEnabled; // files dropped anywhere on the list go into the intake
    return f;
}

QStringList IntakeModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), documentMimeType()};
}

QMimeData *IntakeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray ids;
    QList<QUuid> seen;
    for (const QModelIndex &i : indexes) {
        const Row *r = row(i);
        if (!r || seen.contains(r->document.document.meta.id))
            continue;
        seen << r->document.document.meta.id;
        ids += r->document.document.meta.id.toByteArray(QUuid::WithoutBraces) + '\n';
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(documentMimeType(), ids);
    return data;
}

bool IntakeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::CopyAction && !localPathsOf(data).isEmpty();
}

bool IntakeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT filesDropped(localPathsOf(data));
    return true; // the rows arrive with the next refresh, after the documents committed
}

} // namespace Aktenwerk::Client
