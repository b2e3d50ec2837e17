#pragma once

#include "client/documentviewer.h"
#include "dms/versions/checkouts.h"
#include "dms/workflow/routing.h"

#include <QSet>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

class InboxModel;

/**
 * "Meine Aufgaben": routing steps waiting for the user (their own, their units', those of whom
 * they stand in for, overdue ones that escalated to them) and due resubmissions, sorted by
 * deadline, overdue first. The list is the server's (read off the GUI thread); the selected
 * step's document is previewed in its current version. Done with one click or Ctrl+Return and
 * an optional remark; sent back with a required remark; a step can be added after one's own;
 * a resubmission is done or postponed. New steps raise stepsArrived() (for the notification).
 */
class InboxPane : public QWidget
{
    Q_OBJECT
public:
    explicit InboxPane(QWidget *parent = nullptr);
    ~InboxPane() override;

    void setEngine(std::shared_ptr<Dms::Engine> engine, Dms::ServerSession session);
    bool isActive() const { return static_cast<bool>(m_engine); }

    QTreeView *view() const { return m_view; }
    QLineEdit *remarkField() const { return m_remark; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *addStepButton() const { return m_addStep; }
    QPushButton *postponeButton() const { return m_postpone; }
    QLabel *messageLabel() const { return m_message; }
    const QList<Dms::InboxItem> &items() const { return m_items; }
    /** The item on the current row, if any. */
    const Dms::InboxItem *currentItem() const;
    bool isLoading() const { return m_loading; }
    /** Items read at once; the rest comes a page at a time as the list is scrolled (fetchMore). */
    static constexpr int pageSize = 200;
    /** Lists @p page (the first items, and the total); the newly arrived steps are returned. */
    QList<Dms::InboxItem> showPage(const Dms::InboxPage &page);
    /** How many items wait in all (the list holds the first of them). */
    qint64 total() const { return m_total; }

public Q_SLOTS:
    /** Reads the inbox from the server again (coalesced while a read runs). */
    void refresh();
    void completeCurrent();
    void returnCurrent();
    void addStepAfterCurrent();
    void postponeCurrent();
    /** The next page, appended (the list's model asks when it is scrolled to the end). */
    void fetchMore();

Q_SIGNALS:
    void loaded(int count);
    /** Steps that came since the last read (none on the first read of a session). */
    void stepsArrived(const QList<Aktenwerk::Dms::InboxItem> &items);
    /** So many more arrived further down the list than its first page holds. */
    void moreArrived(int count);
    void previewReady(const Aktenwerk::Client::DocumentViewer::Source &source);
    void previewCleared(const QString &reason);
    /** An act went through: the route moved on (the caller syncs). */
    void acted(const QString &message);

private:
    void loadFinished(const Model::Result<Dms::InboxPage> &result);
    void currentChanged();
    void act(
        const QString &command, const QString &type, const QUuid &id, const QJsonObject &args, const QString &done);
    void updateButtons();
    void showMessage(const QString &text, bool error);

    std::shared_ptr<Dms::Engine> m_engine;
    Dms::ServerSession m_session;
    QTreeView *m_view;
    InboxModel *m_model;
    QLabel *m_heading;
    QLabel *m_message;
    QLineEdit *m_remark;
    QPushButton *m_complete;
    QPushButton *m_return;
    QPushButton *m_addStep;
    QPushButton *m_postpone;
    QList<Dms::InboxItem> m_items;
    qint64 m_total = 0;
    int m_generation = 0;
    bool m_fetching = false;
    bool m_moreWanted = false; ///< a further page asked for while the list was being read
    QSet<QUuid> m_seen; ///< steps read before: a new one is news
    bool m_firstRead = true;
    bool m_loading = false;
    bool m_again = false;
    bool m_busy = false; ///< an act is on its way
    bool m_messageIsError = false;
    QString m_previewSha; ///< what the user sees: a co-signature is given on this version
    QUuid m_previewFor;
    int m_previewTicket = 0;
    QTemporaryDir m_cache; ///< routed content of other departments, gone with the window
};

} // namespace Aktenwerk::Client
