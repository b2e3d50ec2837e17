#pragma once

#include "dms/capture/scanner.h"

#include <QAbstractListModel>
#include <QImage>
#include <QList>

namespace Aktenwerk::Client {

/** One page of a scan batch under review. */
struct ReviewPage
{
    int key = 0; ///< stays the same while pages move and go (rows do not)
    Dms::ScannedPage scanned; ///< the page file in the batch folder; edits are written into it
    QImage thumbnail; ///< made off the GUI thread; null until then
    double coverage = -1; ///< ink coverage (PageAnalysis); below 0: not measured yet
    bool keep = false; ///< the clerk keeps it although it looks blank
    bool busy = false; ///< a background job is reading or writing the file
    int rotation = 0; ///< degrees turned clockwise by the clerk (0, 90, 180, 270)
    int autoRotation = 0; ///< degrees turned clockwise because OSD found the sheet turned
    double deskewed = 0; ///< degrees straightened
    QString problem; ///< why the page could not be looked at or edited (one line)
};

/**
 * The pages of the scan dialog's review, in the order they will be filed. Blank pages are only
 * proposed for removal (marked, never dropped): what counts as blank follows the threshold the
 * clerk sets, and a page the clerk keeps is never proposed. Rows move by drag and drop (our own
 * MIME type, so only within this model) and by moveRow().
 */
class ScanPageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ProposedBlankRole, ///< bool: below the threshold and not kept
        SeparatorRole, ///< bool: a printed separator sheet, not kept
        PathRole,
    };

    explicit ScanPageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    /** Moves the dragged rows and returns false, so that the view removes nothing afterwards. */
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    const QList<ReviewPage> &pages() const { return m_pages; }
    const ReviewPage *page(int row) const;
    int rowOfKey(int key) const;
    /** Adds a page at the end and returns its key. */
    int append(const Dms::ScannedPage &page);
    /** Changes the page with @p key (if it is still there) and repaints it. */
    template<typename Change> void change(int key, Change change)
    {
        const int row = rowOfKey(key);
        if (row < 0)
            return;
        change(m_pages[row]);
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i);
    }
    /** @p byClerk false: the page left the review because it was filed (not a deletion to report). */
    void removePage(int row, bool byClerk = true);
    /** Moves the page at @p from so that it ends up at row @p to. */
    bool movePage(int from, int to);
    void clear();

    /** Coverage below this is proposed as blank (BlankOptions::blankThreshold). */
    double threshold() const { return m_threshold; }
    void setThreshold(double threshold);
    bool proposedBlank(int row) const;
    /** Per row: blank for filing (proposed and not kept). */
    QList<bool> blankFlags() const;
    /** A printed separator sheet the clerk did not keep as a page: it starts a new document. */
    bool proposedSeparator(int row) const;
    QList<bool> separatorFlags() const;
    /** The clerk changed the order (drag and drop or move up/down). */
    bool reordered() const { return m_reordered; }
    int deletedCount() const { return m_deleted; }

Q_SIGNALS:
    /** Pages came, went or moved, or the blank proposals changed. */
    void reviewChanged();

private:
    QList<ReviewPage> m_pages;
    double m_threshold;
    int m_nextKey = 1;
    int m_deleted = 0;
    bool m_reordered = false;
};

} // namespace Aktenwerk::Client
