#pragma once

#include "dms/store/queries.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

class AsyncReader;
class MessageBanner;

/** Changes the server refused, with the server's reason, waiting for the clerk's decision. */
class RejectedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MadeColumn, ChangeColumn, RecordColumn, ContentColumn, ReasonColumn, ColumnCount };

    explicit RejectedModel(QObject *parent = nullptr);
    void setRows(const QList<Dms::RejectedChange> &rows);
    const Dms::RejectedChange *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Dms::RejectedChange> m_rows;
};

/**
 * "Rejected changes": what the server refused and why. The clerk discards a change (the
 * server's state comes back; something new that was refused is taken back here) or sends it
 * again once its cause is fixed (the file reopened, a right granted).
 */
class RejectedDialog : public QDialog
{
    Q_OBJECT
public:
    RejectedDialog(Dms::Engine *engine, AsyncReader *reader, QWidget *parent);

    RejectedModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    /** Discards (false: sends again) the selected change, as the buttons do. */
    void decideSelected(bool discard);

Q_SIGNALS:
    /** A change was discarded or queued again: a sync brings it to the server. */
    void decided();
    void loaded();

private:
    void updateButtons();
    Dms::Engine *m_engine;
    AsyncReader *m_reader;
    RejectedModel *m_model;
    QTableView *m_view;
    MessageBanner *m_banner;
    QLabel *m_hint;
    QPushButton *m_discard;
    QPushButton *m_resend;
};

} // namespace Aktenwerk::Client
