#pragma once

#include "dms/sync/syncengine.h"
#include "dms/versions/checkouts.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Aktenwerk::Dms {
class ChangeListener;
class Engine;
} // namespace Aktenwerk::Dms

namespace Aktenwerk::Client {

/**
 * Keeps a connected data folder in step with the server, never on the GUI thread: after local
 * changes (debounced), when the server notifies a change (LISTEN/NOTIFY), every minute as a
 * fallback, and on "sync now". The password comes from the keychain or, where there is none,
 * from the user once per session (passwordNeeded()).
 */
class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Syncing, Offline, Failed };

    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    void setEngine(std::shared_ptr<Dms::Engine> engine);
    void setPassword(const QString &password);
    bool isActive() const { return static_cast<bool>(m_engine); }

    State state() const { return m_state; }
    QString statusText() const;
    QDateTime lastSync() const { return m_lastSync; }
    int pendingChanges() const { return m_pending; }
    int openConflicts() const { return m_conflicts; }
    /** Changes the server refused that wait for the user's decision. */
    int rejectedChanges() const { return m_rejected; }
    QString lastError() const { return m_lastError; }
    /**
     * A way to the central repository for a check-out, check-in or lock-breaking, with the
     * credentials the sync uses (the password given this session, else the keychain's). Empty
     * for a folder that is not connected: CheckOuts then works locally. Called off the GUI thread.
     */
    Dms::ServerSession serverSession() const;

public Q_SLOTS:
    void syncNow();
    /** Sync after @p ms, unless something asks for it sooner. */
    void scheduleSync(int ms);

Q_SIGNALS:
    void stateChanged();
    /** A sync ended; @p pulled > 0 means the view may show new data. */
    void synced(int pushed, int pulled, int openConflicts);
    /** No password in the keychain: ask the user (MainWindow shows a dialog). */
    void passwordNeeded(const QString &login, const QString &url);
    /** A routing step became current for someone: the inbox may have news (LISTEN/NOTIFY). */
    void inboxChanged();
    /** A team lead broke check-outs of this user (one line each); each is told once. */
    void checkOutsBroken(const QStringList &lines);

private:
    void finished(const Model::Result<Dms::SyncReport> &result);
    void startListening();
    void refreshCounts();

    std::shared_ptr<Dms::Engine> m_engine;
    Dms::ChangeListener *m_listener = nullptr;
    QTimer m_debounce;
    QTimer m_periodic;
    QTimer m_relisten;
    QString m_password;
    QString m_url;   ///< learnt from the data folder on the first sync (read off the GUI thread)
    QString m_login;
    QSet<QString> m_toldBroken; ///< broken check-outs already told (a sync reports them until checked in)
    bool m_running = false;
    bool m_again = false;
    bool m_askedForPassword = false;
    State m_state = State::Idle;
    QDateTime m_lastSync;
    QString m_lastError;
    int m_pending = 0;
    int m_conflicts = 0;
    int m_rejected = 0;
};

} // namespace Aktenwerk::Client
