#include "dms/store/sqlite.h"

#include <QVariant>

#include <sqlite3.h>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;

Database::~Database()
{
    clearCache();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_mode(other.m_mode)
    , m_cache(std::exchange(other.m_cache, {}))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        clearCache();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_mode = other.m_mode;
        m_cache = std::exchange(other.m_cache, {});
    }
    return *this;
}

void Database::clearCache()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
}

void Database::release(const QByteArray &sql, sqlite3_stmt *stmt)
{
    if (!m_db || m_cache.size() >= maxCached || m_cache.contains(sql)) {
        sqlite3_finalize(stmt);
        return;
    }
    // Reset ends the statement's read of the database; a reused statement starts unbound.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_cache.insert(sql, stmt);
}

Error Database::errorFor(int rc, const QString &what, const QString &sqliteMessage)
{
    const int primary = rc & 0xff;
    const QString detail = what + QStringLiteral(": ") + sqliteMessage;
    switch (primary) {
    case SQLITE_FULL:
        return Error{ErrorCode::DiskFull, tr("The disk is full. Free some space and try again."), detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{ErrorCode::Locked, tr("The local index is busy. Try again in a moment."), detail};
    case SQLITE_READONLY:
        return Error{ErrorCode::ReadOnly, tr("The local index is read-only."), detail};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Error{ErrorCode::Io, tr("The local index cannot be read or written."), detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error{ErrorCode::Integrity, tr("The local index is damaged."), detail};
    case SQLITE_CONSTRAINT:
        if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY)
            return Error{ErrorCode::AlreadyExists, tr("An entry with this key already exists."), detail};
        return Error{ErrorCode::Validation, tr("The change breaks a rule of the local index."), detail};
    default:
        return Error{ErrorCode::Database, tr("The local index reported an error."), detail};
    }
}

Error Database::lastError(const QString &what) const
{
    if (!m_db)
        return Error{ErrorCode::Database, tr("The local index is not open."), what};
    return errorFor(sqlite3_extended_errcode(m_db), what, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    Database db;
    db.m_mode = mode;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = db.m_db ? db.lastError(path) : errorFor(rc, path, QString::fromUtf8(sqlite3_errstr(rc)));
        return std::unexpected(e);
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, 10000);
    if (auto s = db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return std::unexpected(s.error());
    // SQLite keeps 2 MB of pages by default: a data folder of a whole department (100,000 files
    // with their full text) then re-reads its index pages from the disk cache on every row of a
    // large sync. Up to 64 MB for the one writing connection, 16 MB for each reader; memory is
    // only taken as pages are used.
    if (auto s = db.exec(mode == Mode::ReadOnly ? QStringLiteral("PRAGMA cache_size = -16384")
                                                : QStringLiteral("PRAGMA cache_size = -65536"));
        !s)
        return std::unexpected(s.error());
    return db;
}

Status Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        return std::unexpected(errorFor(sqlite3_extended_errcode(m_db), sql.left(120), msg));
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    QByteArray utf8 = sql.toUtf8();
    if (sqlite3_stmt *cached = m_cache.take(utf8))
        return Statement(this, cached, std::move(utf8));
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(lastError(sql.left(120)));
    return Statement(this, stmt, std::move(utf8));
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

Result<QVariant> Database::scalar(const QString &sql)
{
    auto st = prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return QVariant();
    return st->value(0);
}

Statement::~Statement()
{
    dispose();
}

void Statement::dispose()
{
    if (!m_stmt)
        return;
    if (m_db && !m_cacheKey.isEmpty())
        m_db->release(m_cacheKey, m_stmt);
    else
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cacheKey(std::exchange(other.m_cacheKey, {}))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        dispose();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cacheKey = std::exchange(other.m_cacheKey, {});
    }
    return *this;
}

QString Statement::sql() const
{
    return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)).left(120) : QString();
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(m_db->lastError(sql()));
}

Status Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
    }
    return reset();
}

Status Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return {};
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return QString();
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray Statement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return QVariant();
    }
}

Result<Transaction> Transaction::begin(Database &db)
{
    if (auto s = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return std::unexpected(s.error());
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_db)
        return fail(ErrorCode::Internal, QStringLiteral("commit without a transaction"));
    auto s = m_db->exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (m_db) {
        // Best effort: after SQLITE_FULL or an I/O error SQLite may already have rolled back.
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
        m_db = nullptr;
    }
}

} // namespace Aktenwerk::Dms
