#pragma once

#include "client/recordtreemodel.h"

#include <QAbstractTableModel>
#include <QList>

namespace Aktenwerk::Client {

class AsyncReader;

/**
 * The intake (Posteingang): documents not yet filed in a case, newest first, read off the GUI
 * thread. Documents can be dragged from it onto a case (documentMimeType); files and folders
 * dropped onto it are imported into the intake (filesDropped).
 */
class IntakeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, FileNameColumn, TypeColumn, AddedColumn, SourceColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1 };

    /** Drag and drop of documents inside the window: their ids, one per line. */
    static QString documentMimeType() { return QStringLiteral("application/x-aktenwerk-document-ids"); }
    static QList<QUuid> documentIds(const QMimeData *data);

    struct Row
    {
        RecordTreeModel::DocumentRow document;
        QString source; ///< where it came from, as far as known ("E-mail from …", "Scan", "Import by …")
    };

    explicit IntakeModel(AsyncReader *reader, QObject *parent = nullptr);

    /** Re-reads the intake; rows are replaced when the answer arrives. */
    void refresh();
    bool isLoading() const { return m_loading > 0; }
    const Row *row(const QModelIndex &index) const;
    QModelIndex indexOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /** The intake was read; @p count documents are in it. */
    void loaded(int count);
    void loadFailed(const QString &message);
    /** Local files or folders were dropped onto the intake list. */
    void filesDropped(const QStringList &paths);

private:
    AsyncReader *m_reader;
    QList<Row> m_rows;
    quint64 m_ticket = 0;
    int m_loading = 0;
};

/** The local files and folders of a drop (text/uri-list), or none. */
QStringList localPathsOf(const QMimeData *data);

} // namespace Aktenwerk::Client
