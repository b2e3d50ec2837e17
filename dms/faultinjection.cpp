#include "dms/faultinjection.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace Aktenwerk::Dms {

namespace {

struct Armed
{
    FaultInjection::Action action = FaultInjection::Action::None;
    int onHit = 0; ///< 0: every hit
    int pauseMs = 0;
    int hits = 0;
};

std::atomic<bool> g_anyArmed{false};

struct Registry
{
    QMutex mutex;
    QHash<QString, Armed> points;

    Registry()
    {
        const QString spec = qEnvironmentVariable("AKTENWERK_FAULT");
        for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
            QString what = item.section(QLatin1Char('='), 1).trimmed();
            int onHit = 0;
            if (what.contains(QLatin1Char('@'))) {
                onHit = qMax(1, what.section(QLatin1Char('@'), 1).toInt());
                what = what.section(QLatin1Char('@'), 0, 0);
            }
            int pauseMs = 0;
            if (what.startsWith(QLatin1String("pause"))) {
                pauseMs = qMax(1, what.mid(5).toInt());
                what = QStringLiteral("pause");
            }
            const auto action = what == QLatin1String("kill") ? FaultInjection::Action::Kill
                : what == QLatin1String("fail")                ? FaultInjection::Action::Fail
                : what == QLatin1String("pause")               ? FaultInjection::Action::Pause
                                                                : FaultInjection::Action::None;
            if (!name.isEmpty() && action != FaultInjection::Action::None) {
                points.insert(name, Armed{.action = action, .onHit = onHit, .pauseMs = pauseMs, .hits = 0});
                g_anyArmed = true;
            }
        }
    }
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

FaultInjection::Action FaultInjection::hit(const char *point)
{
    Registry &r = registry(); // reads AKTENWERK_FAULT once
    if (!g_anyArmed.load(std::memory_order_relaxed))
        return Action::None;
    QMutexLocker lock(&r.mutex);
    auto it = r.points.find(QString::fromLatin1(point));
    if (it == r.points.end())
        return Action::None;
    ++it->hits;
    if (it->onHit != 0 && it->hits != it->onHit)
        return Action::None;
    if (it->action == Action::Kill) {
        ::kill(::getpid(), SIGKILL);
        ::pause();
    }
    if (it->action == Action::Pause) {
        const int ms = it->pauseMs;
        lock.unlock();
        QThread::msleep(static_cast<unsigned long>(ms));
        return Action::None;
    }
    return it->action;
}

void FaultInjection::arm(const QString &point, Action action, int onHit)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.points.insert(point, Armed{.action = action, .onHit = onHit, .pauseMs = 0, .hits = 0});
    g_anyArmed = true;
}

void FaultInjection::disarmAll()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.points.clear();
    g_anyArmed = false;
}

} // namespace Aktenwerk::Dms
