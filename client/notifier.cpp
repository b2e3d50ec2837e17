#include "client/notifier.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QGuiApplication>
#include <QVariantMap>

namespace Aktenwerk::Client {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{ }

void Notifier::notify(const QString &summary, const QString &body)
{
    m_lastSummary = summary;
    ++m_raised;
    bool shown = false;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusInterface service(QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.Notifications"), bus);
        if (service.isValid()) {
            const QVariantMap hints { { QStringLiteral("desktop-entry"), QStringLiteral("de.aktenwerk.Aktenwerk") },
                { QStringLiteral("category"), QStringLiteral("im.received") } };
            QDBusReply<uint> reply = service.call(QStringLiteral("Notify"), QGuiApplication::applicationDisplayName(),
                uint(0), QStringLiteral("de.aktenwerk.Aktenwerk"), summary, body, QStringList(), hints, int(10000));
            shown = reply.isValid();
        }
    }
    Q_EMIT raised(summary, body, shown);
}

} // namespace Aktenwerk::Client
