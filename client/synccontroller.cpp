#include "client/synccontroller.h"

#include "dms/engine.h"
#include "dms/sync/changelistener.h"
#include "dms/sync/credentials.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

namespace {
struct Outcome
{
    Result<Dms::SyncReport> report;
    QString password; ///< the one that worked (from the keychain), kept for this session
    QString url;
    QString login;
};
} // namespace

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SyncController::syncNow);
    m_periodic.setInterval(60 * 1000);
    connect(&m_periodic, &QTimer::timeout, this, &SyncController::syncNow);
    m_relisten.setSingleShot(true);
    m_relisten.setInterval(10 * 1000);
    connect(&m_relisten, &QTimer::timeout, this, &SyncController::startListening);
}

SyncController::~SyncController() = default;

void SyncController::setEngine(std::shared_ptr<Dms::Engine> engine)
{
    m_engine = std::move(engine);
    if (!m_engine || !m_engine->isConnected() || m_engine->isReadOnly()) {
        m_engine.reset();
        return;
    }
    // Local changes go out soon; pulls (entity "sync") do not trigger another sync.
    connect(m_engine.get(), &Dms::Engine::dataChanged, this, [this](const QStringList &types) {
        if (!(types.size() == 1 && types.first() == QLatin1String("sync")))
            scheduleSync(1500);
    });
    m_periodic.start();
    refreshCounts();
    scheduleSync(0);
}

Dms::ServerSession SyncController::serverSession() const
{
    if (!m_engine)
        return {};
    Dms::Engine *engine = m_engine.get();
    const QString password = m_password;
    return [engine, password]() -> Result<Dms::PgConnection> {
        auto state = engine->syncState();
        if (!state)
            return std::unexpected(state.error());
        if (!*state)
            return fail(ErrorCode::Unavailable, tr("This data folder is not connected to a central repository."));
        QString pw = password;
        if (pw.isEmpty()) {
            auto stored = Dms::Credentials::load(Dms::Credentials::key((*state)->url, (*state)->login));
            if (!stored)
                return std::unexpected(stored.error());
            pw = *stored;
        }
        return Dms::PgConnection::connect((*state)->url, (*state)->login, pw);
    };
}

void SyncController::setPassword(const QString &password)
{
    m_password = password;
    m_askedForPassword = false;
}

QString SyncController::statusText() const
{
    QString text;
    switch (m_state) {
    case State::Syncing:
        text = tr("Syncing…");
        break;
    case State::Offline:
        text = tr("Offline");
        break;
    case State::Failed:
        text = tr("Sync failed");
        break;
    case State::Idle:
        text = m_lastSync.isValid()
            ? tr("Online · synced %1").arg(QLocale().toString(m_lastSync.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Online");
        break;
    }
    if (m_pending > 0)
        text += tr(" · %n change(s) waiting", nullptr, m_pending);
    if (m_conflicts > 0)
        text += tr(" · %n conflict(s)", nullptr, m_conflicts);
    if (m_rejected > 0)
        text += tr(" · %n refused by the server", nullptr, m_rejected);
    return text;
}

void SyncController::scheduleSync(int ms)
{
    if (!m_engine)
        return;
    if (!m_debounce.isActive() || m_debounce.remainingTime() > ms)
        m_debounce.start(ms);
}

void SyncController::syncNow()
{
    if (!m_engine)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_state = State::Syncing;
    Q_EMIT stateChanged();
    std::shared_ptr<Dms::Engine> engine = m_engine;
    const QString password = m_password;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome o = watcher->result();
        watcher->deleteLater();
        if (o.report && m_password.isEmpty())
            m_password = o.password;
        if (!o.url.isEmpty()) {
            m_url = o.url;
            m_login = o.login;
        }
        finished(o.report);
    });
    watcher->setFuture(QtConcurrent::run([engine, password]() -> Outcome {
        auto state = engine->syncState();
        if (!state || !*state)
            return {fail(ErrorCode::InvalidArgument, QStringLiteral("not connected")), {}, {}, {}};
        const QString url = (*state)->url;
        const QString login = (*state)->login;
        QString pw = password;
        if (pw.isEmpty()) {
            auto stored = Dms::Credentials::load(Dms::Credentials::key(url, login));
            if (!stored)
                return {std::unexpected(Error{ErrorCode::PermissionDenied, stored.error().message, QStringLiteral("no-password")}),
                        {}, url, login};
            pw = *stored;
        }
        Dms::SyncEngine sync(*engine);
        return {sync.sync(pw), pw, url, login};
    }));
}

void SyncController::finished(const Result<Dms::SyncReport> &r)
{
    m_running = false;
    if (r) {
        m_state = State::Idle;
        m_lastSync = QDateTime::currentDateTimeUtc();
        m_lastError.clear();
        if (!m_listener || !m_listener->isWatching())
            startListening();
        Q_EMIT synced(r->pushed, r->pulled, r->openConflicts);
        QStringList news;
        for (const QString &line : r->brokenLocks) {
            if (!m_toldBroken.contains(line)) {
                m_toldBroken.insert(line);
                news << line;
            }
        }
        if (!news.isEmpty())
            Q_EMIT checkOutsBroken(news);
    } else {
        m_lastError = r.error().message;
        if (r.error().detail == QLatin1String("no-password")) {
            m_state = State::Failed;
            if (!m_askedForPassword) {
                m_askedForPassword = true;
                Q_EMIT passwordNeeded(m_login, m_url);
            }
        } else if (r.error().code == ErrorCode::PermissionDenied) {
            // A wrong password: forget it and ask again.
            m_password.clear();
            m_state = State::Failed;
            if (!m_askedForPassword) {
                m_askedForPassword = true;
                Q_EMIT passwordNeeded(m_login, m_url);
            }
        } else {
            m_state = r.error().code == ErrorCode::Unavailable ? State::Offline : State::Failed;
        }
    }
    refreshCounts();
    Q_EMIT stateChanged();
    if (m_again) {
        m_again = false;
        scheduleSync(0);
    }
}

void SyncController::startListening()
{
    if (!m_engine || m_password.isEmpty() || m_url.isEmpty())
        return;
    if (!m_listener) {
        m_listener = new Dms::ChangeListener(this);
        connect(m_listener, &Dms::ChangeListener::changed, this, [this] { scheduleSync(150); });
        connect(m_listener, &Dms::ChangeListener::inboxChanged, this, &SyncController::inboxChanged);
        connect(m_listener, &Dms::ChangeListener::lost, this, [this] { m_relisten.start(); });
    }
    const QString url = m_url;
    const QString login = m_login;
    const QString password = m_password;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Result<Dms::PgConnection>>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<Result<Dms::PgConnection>>>::finished, this, [this, watcher] {
        auto session = watcher->result();
        watcher->deleteLater();
        if (*session)
            m_listener->watch(std::move(**session));
        else
            m_relisten.start();
    });
    watcher->setFuture(QtConcurrent::run([url, login, password] {
        return std::make_shared<Result<Dms::PgConnection>>(Dms::ChangeListener::connectAndListen(url, login, password));
    }));
}

void SyncController::refreshCounts()
{
    if (!m_engine)
        return;
    // Three small counts on the local index, read off the GUI thread.
    std::shared_ptr<Dms::Engine> engine = m_engine;
    using Counts = std::tuple<int, int, int>;
    auto *watcher = new QFutureWatcher<Counts>(this);
    connect(watcher, &QFutureWatcher<Counts>::finished, this, [this, watcher] {
        const auto [pending, conflicts, rejected] = watcher->result();
        watcher->deleteLater();
        m_pending = pending;
        m_conflicts = conflicts;
        m_rejected = rejected;
        Q_EMIT stateChanged();
    });
    watcher->setFuture(QtConcurrent::run([engine]() -> Counts {
        auto db = engine->openReader();
        if (!db)
            return { 0, 0, 0 };
        auto count
            = [&](const char *sql) { return db->scalar(QString::fromLatin1(sql)).value_or(QVariant(0)).toInt(); };
        return { count("SELECT count(*) FROM oplog WHERE push_state = 'pending' AND resolution IS NULL"),
            count("SELECT count(*) FROM conflict WHERE status = 'open'"),
            count("SELECT count(*) FROM oplog WHERE push_state = 'rejected' AND resolution IS NULL") };
    }));
}

} // namespace Aktenwerk::Client
