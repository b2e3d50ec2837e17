#pragma once

#include <QObject>
#include <QString>

namespace Aktenwerk::Client {

/**
 * Desktop notifications (freedesktop Notifications over the session D-Bus): a new routing step,
 * a due resubmission. Without a notification service the message is still raised (the signal),
 * and the window shows it in its status bar; nothing is lost by a missing desktop service.
 */
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QObject *parent = nullptr);

    /** Shows @p summary with @p body; never a confidential title beyond what the user may read. */
    void notify(const QString &summary, const QString &body);
    /** The last notification raised (for the status bar and tests). */
    QString lastSummary() const { return m_lastSummary; }
    int raisedCount() const { return m_raised; }

Q_SIGNALS:
    void raised(const QString &summary, const QString &body, bool shownOnDesktop);

private:
    QString m_lastSummary;
    int m_raised = 0;
};

} // namespace Aktenwerk::Client
