#pragma once

#include "dms/sync/pg.h"

#include <QObject>

class QSocketNotifier;

namespace Aktenwerk::Dms {

/**
 * LISTEN/NOTIFY: the server notifies "aktenwerk_changes" after every committed change and
 * "aktenwerk_inbox" when a routing step becomes current; this
 * object turns that into a signal, so that online clients pull within a second instead of
 * polling. It only reads what already arrived on the socket (never blocks); the connection,
 * including the LISTEN, is made beforehand off the GUI thread (connectAndListen()).
 */
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(QObject *parent = nullptr);
    ~ChangeListener() override;

    /** Opens a session for @p login and sends LISTEN. Blocking: call it on a worker thread. */
    static Result<PgConnection> connectAndListen(const QString &url, const QString &login, const QString &password);

    /** Starts watching @p connection (on the thread this object lives in). */
    void watch(PgConnection connection);
    void stop();
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /** Something changed on the server (several notifications arriving together give one signal). */
    void changed();
    /** A routing step became current for someone (aktenwerk_inbox): inboxes may have news. */
    void inboxChanged();
    /** The session ended (server restart, network): reconnect later. */
    void lost(const QString &reason);

private:
    void readSocket();
    PgConnection m_connection;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Aktenwerk::Dms
