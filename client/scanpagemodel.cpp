#include "client/scanpagemodel.h"

#include "client/theme.h"
#include "dms/capture/blankpages.h"

#include <QBrush>
#include <QColor>
#include <QDataStream>
#include <QGuiApplication>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace Aktenwerk::Client {

namespace {
// Our own type: a drag carries keys, which mean nothing outside this model.
const QString kMimeType = QStringLiteral("application/x-aktenwerk-scan-pages");
} // namespace

ScanPageModel::ScanPageModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_threshold(Dms::PageAnalysis::BlankOptions().blankThreshold)
{ }

int ScanPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pages.size());
}

const ReviewPage *ScanPageModel::page(int row) const
{
    return row >= 0 && row < m_pages.size() ? &m_pages.at(row) : nullptr;
}

int ScanPageModel::rowOfKey(int key) const
{
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).key == key)
            return static_cast<int>(i);
    }
    return -1;
}

bool ScanPageModel::proposedBlank(int row) const
{
    const ReviewPage *p = page(row);
    return p && !p->keep && p->coverage >= 0 && p->coverage < m_threshold;
}

bool ScanPageModel::proposedSeparator(int row) const
{
    const ReviewPage *p = page(row);
    return p && !p->keep && p->scanned.separator;
}

QList<bool> ScanPageModel::separatorFlags() const
{
    QList<bool> flags;
    for (int row = 0; row < m_pages.size(); ++row)
        flags << proposedSeparator(row);
    return flags;
}

QList<bool> ScanPageModel::blankFlags() const
{
    QList<bool> flags;
    for (int row = 0; row < m_pages.size(); ++row)
        flags << proposedBlank(row);
    return flags;
}

QVariant ScanPageModel::data(const QModelIndex &index, int role) const
{
    const ReviewPage *p = page(index.row());
    if (!p || index.column() != 0)
        return {};
    const bool blank = proposedBlank(index.row());
    const bool separator = proposedSeparator(index.row());
    // What the review did or proposes, in words, for the label under the thumbnail and for screen readers.
    auto marks = [&]() -> QStringList {
        QStringList m;
        if (separator)
            m << tr("Separator sheet: starts a new document");
        else if (blank)
            m << tr("Blank: will be removed");
        else if (p->keep)
            m << tr("Kept");
        if (p->autoRotation != 0)
            m << tr("Rotated automatically");
        if (p->deskewed != 0)
            m << tr("Straightened");
        if (!p->problem.isEmpty())
            m << p->problem;
        return m;
    };
    switch (role) {
    case Qt::DisplayRole: {
        const QStringList m = marks();
        const QString title = tr("Page %1").arg(index.row() + 1);
        return m.isEmpty() ? title : QString(title + QLatin1Char('\n') + m.join(QLatin1Char('\n')));
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList parts { tr("Page %1").arg(index.row() + 1) };
        parts << marks();
        if (p->coverage >= 0)
            parts << tr("ink coverage %1 %").arg(p->coverage * 100, 0, 'f', 3);
        return parts.join(QStringLiteral(", "));
    }
    case Qt::DecorationRole:
        return p->thumbnail;
    // Marked pages are tinted for the theme in use, with text that stays readable on the tint.
    case Qt::BackgroundRole:
        if (separator || blank)
            return QBrush(Theme::background(
                separator ? Theme::Tone::Information : Theme::Tone::Error, QGuiApplication::palette()));
        return {};
    case Qt::ForegroundRole:
        if (separator || blank)
            return QBrush(
                Theme::textOn(separator ? Theme::Tone::Information : Theme::Tone::Error, QGuiApplication::palette()));
        return {};
    case KeyRole:
        return p->key;
    case ProposedBlankRole:
        return blank;
    case SeparatorRole:
        return separator;
    case PathRole:
        return p->scanned.path;
    default:
        return {};
    }
}

Qt::ItemFlags ScanPageModel::flags(const QModelIndex &index) const
{
    // Pages are dropped between pages (on the list), never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions ScanPageModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ScanPageModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData *ScanPageModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QList<int> keys;
    for (const QModelIndex &i : indexes) {
        if (const ReviewPage *p = page(i.row()))
            keys << p->key;
    }
    out << keys;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, bytes);
    return mime;
}

bool ScanPageModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return data && data->hasFormat(kMimeType) && action == Qt::MoveAction && !parent.isValid();
}

bool ScanPageModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> keys;
    QDataStream in(data->data(kMimeType));
    in >> keys;
    int target = row < 0 ? static_cast<int>(m_pages.size()) : row;
    // The dragged pages in their current order, inserted together before the target row.
    QList<int> rows;
    for (int key : std::as_const(keys)) {
        if (const int r = rowOfKey(key); r >= 0)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    QList<int> movingKeys;
    for (int r : std::as_const(rows))
        movingKeys << m_pages.at(r).key;
    for (int key : std::as_const(movingKeys)) {
        const int from = rowOfKey(key);
        const int to = from < target ? target - 1 : target;
        if (from != to)
            movePage(from, to);
        target = rowOfKey(key) + 1;
    }
    // Returning true would make the view remove the dragged rows as if they had gone elsewhere.
    return false;
}

int ScanPageModel::append(const Dms::ScannedPage &scanned)
{
    ReviewPage p;
    p.key = m_nextKey++;
    p.scanned = scanned;
    p.coverage = scanned.coverage;
    const int row = static_cast<int>(m_pages.size());
    beginInsertRows({}, row, row);
    m_pages << p;
    endInsertRows();
    Q_EMIT reviewChanged();
    return p.key;
}

void ScanPageModel::removePage(int row, bool byClerk)
{
    if (row < 0 || row >= m_pages.size())
        return;
    beginRemoveRows({}, row, row);
    m_pages.removeAt(row);
    endRemoveRows();
    if (byClerk)
        ++m_deleted;
    // The numbers of the pages after it changed.
    if (row < m_pages.size())
        Q_EMIT dataChanged(index(row), index(static_cast<int>(m_pages.size()) - 1));
    Q_EMIT reviewChanged();
}

bool ScanPageModel::movePage(int from, int to)
{
    const int n = static_cast<int>(m_pages.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    // beginMoveRows counts the destination before the move: one further when moving down.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_pages.move(from, to);
    endMoveRows();
    m_reordered = true;
    Q_EMIT dataChanged(index(std::min(from, to)), index(std::max(from, to)));
    Q_EMIT reviewChanged();
    return true;
}

void ScanPageModel::clear()
{
    beginResetModel();
    m_pages.clear();
    m_deleted = 0;
    m_reordered = false;
    endResetModel();
    Q_EMIT reviewChanged();
}

void ScanPageModel::setThreshold(double threshold)
{
    if (threshold == m_threshold)
        return;
    m_threshold = threshold;
    if (!m_pages.isEmpty())
        Q_EMIT dataChanged(index(0), index(static_cast<int>(m_pages.size()) - 1));
    Q_EMIT reviewChanged();
}

} // namespace Aktenwerk::Client
