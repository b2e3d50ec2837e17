#pragma once

#include <QAbstractTableModel>
#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

class AsyncReader;
class MessageBanner;

/** Open field conflicts: the same field changed here and on the server. */
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        QString id;
        QString entityType;
        QString label;
        QString field;
        QString mine;
        QString theirs;
        QString mineUser;
        QString createdAt;
    };
    enum Column { ObjectColumn, FieldColumn, MineColumn, TheirsColumn, UserColumn, ColumnCount };

    explicit ConflictModel(QObject *parent = nullptr);
    void setRows(const QList<Row> &rows);
    const Row *row(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

/** Lists the conflicts and lets the clerk keep their own value or the server's. */
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(Dms::Engine *engine, AsyncReader *reader, QWidget *parent);

    ConflictModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    /** Resolves the selected conflict (as the buttons do). */
    void resolveSelected(bool keepMine);

Q_SIGNALS:
    void resolved();
    void loaded();

private:
    void updateButtons();
    Dms::Engine *m_engine;
    AsyncReader *m_reader;
    ConflictModel *m_model;
    QTableView *m_view;
    MessageBanner *m_banner;
    QLabel *m_hint;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
};

} // namespace Aktenwerk::Client
