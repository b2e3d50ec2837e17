#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Aktenwerk::Dms {

using Model::Error;
using Model::Result;
using Model::Status;

class Statement;

/**
 * One SQLite connection (C API). Not thread-safe: each thread uses its own connection.
 * Errors map to Model::Error with a translated message and the SQLite text as detail.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Database)
public:
    enum class Mode { ReadWrite, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (or, in ReadWrite mode, creates) @p path with foreign keys on and a busy timeout. */
    static Result<Database> open(const QString &path, Mode mode);

    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    sqlite3 *handle() const { return m_db; }

    /** Runs one or more statements without results. */
    Status exec(const QString &sql);
    /**
     * One statement. Compiled statements are kept per connection and reused: a statement
     * returns to the cache, reset and unbound, when its Statement object goes away.
     */
    Result<Statement> prepare(const QString &sql);
    /** The first column of the first row, or an empty value. */
    Result<QVariant> scalar(const QString &sql);
    /** Rows changed by the last INSERT, UPDATE or DELETE on this connection. */
    int changes() const;

    /** The last SQLite error as an Error of the right code (disk full, busy, constraint...). */
    Error lastError(const QString &what) const;
    static Error errorFor(int rc, const QString &what, const QString &sqliteMessage);

private:
    friend class Statement;
    /** Takes back a statement; finalizes it when the cache is full or holds that text already. */
    void release(const QByteArray &sql, sqlite3_stmt *stmt);
    void clearCache();

    static constexpr int maxCached = 128;
    sqlite3 *m_db = nullptr;
    Mode m_mode = Mode::ReadWrite;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
};

/** A prepared statement; bind by 1-based index, step, read columns by 0-based index. */
class Statement
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt, QByteArray cacheKey = {})
        : m_db(db)
        , m_stmt(stmt)
        , m_cacheKey(std::move(cacheKey))
    {
    }
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value); ///< a null QString binds NULL
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    /** Convenience: binds all values from index 1. */
    template<typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int i = 1;
        (bind(i++, args), ...);
        return *this;
    }

    /** true: a row is available; false: done. */
    Result<bool> step();
    /** Steps until done; for statements without results. */
    Status run();
    Status reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    bool isNull(int column) const;
    QByteArray blob(int column) const;
    int columnCount() const;
    QString columnName(int column) const;
    QVariant value(int column) const;

private:
    void dispose();

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_cacheKey; ///< the SQL text when the statement goes back to the cache
    QString sql() const;
};

/**
 * BEGIN IMMEDIATE ... COMMIT, rolled back when it goes out of scope uncommitted.
 * IMMEDIATE takes the write lock up front so a transaction never fails half-way on SQLITE_BUSY.
 */
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    Status commit();
    void rollback();

private:
    explicit Transaction(Database *db)
        : m_db(db)
    {
    }
    Database *m_db = nullptr;
};

} // namespace Aktenwerk::Dms
