#include "dms/sync/changelistener.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

namespace Aktenwerk::Dms {

ChangeListener::ChangeListener(QObject *parent)
    : QObject(parent)
{
}

ChangeListener::~ChangeListener()
{
    stop();
}

Result<PgConnection> ChangeListener::connectAndListen(const QString &url, const QString &login, const QString &password)
{
    auto db = PgConnection::connect(url, login, password);
    if (!db)
        return std::unexpected(db.error());
    if (auto s = db->run(QStringLiteral("LISTEN aktenwerk_changes")); !s)
        return std::unexpected(s.error());
    // A routing step that became current (schema 13): the addressee and the step, no title.
    if (auto s = db->run(QStringLiteral("LISTEN aktenwerk_inbox")); !s)
        return std::unexpected(s.error());
    return db;
}

void ChangeListener::watch(PgConnection connection)
{
    stop();
    m_connection = std::move(connection);
    const int fd = PQsocket(m_connection.handle());
    if (fd < 0) {
        Q_EMIT lost(QStringLiteral("no socket"));
        return;
    }
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeListener::readSocket);
    readSocket(); // notifications that arrived before the notifier existed
}

void ChangeListener::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    m_connection = PgConnection();
}

void ChangeListener::readSocket()
{
    PGconn *conn = m_connection.handle();
    if (!conn)
        return;
    if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        stop();
        Q_EMIT lost(reason);
        return;
    }
    bool any = false;
    bool inbox = false;
    while (PGnotify *n = PQnotifies(conn)) {
        if (qstrcmp(n->relname, "aktenwerk_inbox") == 0)
            inbox = true;
        else
            any = true;
        PQfreemem(n);
    }
    if (any)
        Q_EMIT changed();
    if (inbox)
        Q_EMIT inboxChanged();
}

} // namespace Aktenwerk::Dms
