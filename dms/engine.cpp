#include "dms/engine.h"

#include "dms/store/folderlock.h"
#include "dms/store/migrations.h"
#include "dms/store/queries.h"
#include "dms/store/writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Dms {

Q_LOGGING_CATEGORY(lcEngine, "aktenwerk.dms.engine")

using namespace Model;

namespace {

Result<SchemaRegistry> loadSchemas()
{
    QFile f(QStringLiteral(":/aktenwerk/schemas/metadata-schemas.json"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, Engine::tr("The built-in metadata schemas are missing."), f.fileName());
    auto list = MetadataSchema::listFromJson(f.readAll());
    if (!list)
        return std::unexpected(list.error());
    return SchemaRegistry(*list);
}

} // namespace

QString Engine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/aktenwerk");
}

QString Engine::osLogin()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    if (login.isEmpty())
        login = QDir::home().dirName();
    return login.isEmpty() ? QStringLiteral("user") : login;
}

QString Engine::indexPath() const
{
    return m_dataDir + QStringLiteral("/aktenwerk.sqlite");
}

QString Engine::anchorPath() const
{
    return m_dataDir + QStringLiteral("/audit-anchor.json");
}

Result<std::unique_ptr<Engine>> Engine::open(const Options &options)
{
    std::unique_ptr<Engine> e(new Engine);
    e->m_mode = options.mode;
    e->m_dataDir = QDir::cleanPath(QFileInfo(options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir)
                                       .absoluteFilePath());
    const bool writable = options.mode == Mode::ReadWrite;
    const QString dataDir = QDir::toNativeSeparators(e->m_dataDir);

    if (!QFileInfo(e->m_dataDir).isDir()) {
        if (!options.create || !writable)
            return fail(ErrorCode::NotFound,
                        tr("There is no Aktenwerk data folder at %1. Create one with \"aktenwerk-cli init\".")
                            .arg(dataDir));
        if (!QDir().mkpath(e->m_dataDir))
            return fail(ErrorCode::Io, tr("Cannot create the data folder %1.").arg(dataDir));
    }

    if (writable) {
        FolderLock::Holder holder;
        auto lock = FolderLock::acquire(e->m_dataDir + QStringLiteral("/aktenwerk.lock"), &holder);
        if (!lock) {
            if (lock.error().code == ErrorCode::Locked)
                return fail(ErrorCode::Locked,
                    holder.pid > 0
                        ? tr("The data folder %1 is in use by another Aktenwerk process (process %2 on %3). "
                             "Close it first; the folder can still be opened read-only.")
                              .arg(dataDir)
                              .arg(holder.pid)
                              .arg(holder.host)
                        : tr("The data folder %1 is in use by another Aktenwerk process. Close it first; the "
                             "folder can still be opened read-only.")
                              .arg(dataDir),
                    holder.program);
            return std::unexpected(lock.error());
        }
        e->m_lock = std::make_unique<FolderLock>(std::move(*lock));
    }

    const bool fresh = !QFileInfo::exists(e->indexPath());
    if (fresh && !(writable && options.create))
        return fail(ErrorCode::NotFound,
                    tr("There is no Aktenwerk index in %1. Create one with \"aktenwerk-cli init\".").arg(dataDir));

    auto db = Database::open(e->indexPath(), writable ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    if (writable) {
        // WAL: readers never block the writer. synchronous=FULL: a commit that returned is on disk.
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (auto s = db->exec(QString::fromLatin1(pragma)); !s)
                return std::unexpected(s.error());
        }
        if (fresh) {
            // The chain's anchor exists before the first event: a missing anchor means tampering.
            if (auto s = AuditLog::writeAnchor(e->anchorPath(), AuditAnchor{0, QString::fromLatin1(AuditLog::genesisHash)});
                !s)
                return std::unexpected(s.error());
        }
        if (auto s = Migrations::migrate(*db); !s)
            return std::unexpected(s.error());
    } else {
        auto v = Migrations::currentVersion(*db);
        if (!v)
            return std::unexpected(v.error());
        if (*v != Migrations::latestVersion())
            return fail(ErrorCode::Unsupported,
                        tr("The index in %1 has schema %2, this version of Aktenwerk needs %3. Open it once for "
                           "writing to update it.")
                            .arg(dataDir)
                            .arg(*v)
                            .arg(Migrations::latestVersion()));
    }

    e->m_content = std::make_unique<ContentStore>(e->m_dataDir + QStringLiteral("/content"));
    if (writable) {
        const int removed = e->m_content->removeLeftovers();
        if (removed > 0)
            qCInfo(lcEngine) << "removed" << removed << "unfinished temporary content files";
    }

    auto schemas = loadSchemas();
    if (!schemas)
        return std::unexpected(schemas.error());
    e->m_schemas = *schemas;

    e->m_writerPool.setMaxThreadCount(1);
    e->m_writerPool.setExpiryTimeout(-1);
    e->m_writerPool.setObjectName(QStringLiteral("aktenwerk-engine"));

    // A folder bound to a central repository acts for the server login it was connected with.
    QString syncLogin;
    {
        auto st = db->prepare(QStringLiteral("SELECT login FROM sync_state WHERE id = 1"));
        if (!st)
            return std::unexpected(st.error());
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            syncLogin = st->text(0);
    }
    e->m_connected = !syncLogin.isEmpty();
    Options effective = options;
    if (effective.login.isEmpty())
        effective.login = syncLogin;

    if (writable) {
        e->m_writer = std::make_unique<Writer>(std::move(*db), e->m_content.get(), &e->m_schemas, e->anchorPath());
        e->m_writer->setConnected(e->m_connected);
        Engine *self = e.get();
        e->m_writer->onUserChanged([self](const User &u) {
            QMutexLocker lock(&self->m_userMutex);
            self->m_user = u;
        });
        if (auto s = e->ensureUser(effective, fresh); !s)
            return std::unexpected(s.error());
    } else {
        const QString login = effective.login.isEmpty() ? osLogin() : effective.login;
        auto u = Queries::user(*db, login);
        if (!u)
            return std::unexpected(u.error());
        e->m_user = u->value_or(User{QUuid(), login, login, QString(), {Role::Clerk}});
    }
    return e;
}

Status Engine::ensureUser(const Options &options, bool freshFolder)
{
    const QString login = options.login.isEmpty() ? osLogin() : options.login;
    Database &db = m_writer->database();
    auto existing = Queries::user(db, login);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        m_user = **existing;
        m_writer->setUser(m_user);
        return {};
    }
    auto count = Queries::userCount(db);
    if (!count)
        return std::unexpected(count.error());
    // The person who sets up a local data folder holds every role in it; anyone added later
    // starts as a clerk.
    const QList<Role> roles = *count == 0
        ? QList<Role>{Role::Clerk, Role::TeamLead, Role::RecordsOfficer, Role::Administrator}
        : QList<Role>{Role::Clerk};
    m_user = User{QUuid(), login, options.displayName.isEmpty() ? login : options.displayName, QString(), roles};
    m_writer->setUser(m_user);
    QList<Command> setup{Commands::createUser(login, m_user.displayName, QString(), roles)};
    if (freshFolder)
        setup << Commands::setSetting(QStringLiteral("datafolder.id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto r = m_writer->applyBatch(setup);
    if (!r)
        return std::unexpected(r.error());
    m_user.id = r->first().id;
    m_writer->setUser(m_user);
    return {};
}

User Engine::user() const
{
    QMutexLocker lock(&m_userMutex);
    return m_user;
}

bool Engine::isConnected() const
{
    return m_connected;
}

Result<std::optional<Engine::SyncState>> Engine::syncState() const
{
    auto db = openReader();
    if (!db)
        return std::unexpected(db.error());
    auto st = db->prepare(QStringLiteral("SELECT server_url, login, client_id, watermark, COALESCE(last_sync_at, ''), "
                                         "COALESCE(last_error, ''), COALESCE(last_error_at, '') FROM sync_state WHERE id = 1"));
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SyncState>();
    return std::optional<SyncState>(SyncState{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4),
                                              st->text(5), st->text(6)});
}

Status Engine::markOperations(const QList<OutboxMark> &marks)
{
    if (!m_writer)
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    return QtConcurrent::run(&m_writerPool, [this, marks] {
               const std::lock_guard lock(m_writerMutex);
               return m_writer->markOperations(marks);
           }).result();
}

Status Engine::recordSyncError(const QString &message)
{
    if (!m_writer)
        return {};
    return QtConcurrent::run(&m_writerPool, [this, message] {
               const std::lock_guard lock(m_writerMutex);
               return m_writer->recordSyncError(message);
           }).result();
}

Engine::~Engine()
{
    m_writerPool.waitForDone();
    m_writer.reset();
    if (m_lock)
        m_lock->release();
}

QFuture<Result<QList<CommandResult>>> Engine::submit(const QList<Command> &commands)
{
    if (!m_writer) {
        return QtConcurrent::run(&m_writerPool, [] {
            return Result<QList<CommandResult>>(
                fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed.")));
        });
    }
    return QtConcurrent::run(&m_writerPool, [this, commands] {
        const std::lock_guard lock(m_writerMutex);
        auto r = m_writer->applyBatch(commands);
        if (r) {
            for (const Command &c : commands) {
                if (c.type == CommandType::ConnectServer)
                    m_connected = true;
            }
            QStringList types;
            for (const CommandResult &c : *r) {
                if (!c.unchanged && !types.contains(c.entityType))
                    types << c.entityType;
            }
            if (!types.isEmpty())
                QMetaObject::invokeMethod(this, [this, types] { Q_EMIT dataChanged(types); }, Qt::QueuedConnection);
        }
        return r;
    });
}

Result<QList<CommandResult>> Engine::applyBatch(const QList<Command> &commands)
{
    return submit(commands).result();
}

Result<CommandResult> Engine::apply(const Command &command)
{
    auto r = applyBatch({command});
    if (!r)
        return std::unexpected(r.error());
    return r->first();
}

Result<CommandResult> Engine::applyExternal(const Command &command, const Writer::ExternalChange &change)
{
    if (!m_writer)
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    auto r = QtConcurrent::run(&m_writerPool, [this, command, change] {
        const std::lock_guard lock(m_writerMutex);
        return m_writer->applyExternal(command, change);
    }).result();
    if (r && !r->unchanged) {
        const QStringList types { r->entityType };
        QMetaObject::invokeMethod(
            this, [this, types] { Q_EMIT dataChanged(types); }, Qt::QueuedConnection);
    }
    return r;
}

Result<ContentRef> Engine::storeContent(const QString &path, const std::atomic<bool> *cancel) const
{
    if (isReadOnly())
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    return m_content->putFile(path, cancel);
}

Result<Database> Engine::openReader() const
{
    return Database::open(indexPath(), Database::Mode::ReadOnly);
}

Result<VerifyReport> Engine::verify() const
{
    auto db = openReader();
    if (!db)
        return std::unexpected(db.error());
    return Verifier::run(*db, *m_content, anchorPath());
}

Status Engine::writeDerived(const std::function<Status(Database &)> &work)
{
    if (!m_writer)
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    // The pool has one thread; the mutex covers a task Qt runs on the waiting thread instead.
    return QtConcurrent::run(&m_writerPool, [this, &work]() -> Status {
        const std::lock_guard lock(m_writerMutex);
        Database &db = m_writer->database();
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        if (auto s = work(db); !s)
            return s; // the transaction rolls back as it goes out of scope
        return tx->commit();
    }).result();
}

} // namespace Aktenwerk::Dms
