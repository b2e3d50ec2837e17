#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace Aktenwerk::Dms {

using Model::Error;
using Model::Result;
using Model::Status;

/** One query result (RAII over PGresult). */
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(PGresult *r)
        : m_res(r)
    {
    }
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    int column(const char *name) const;
    QString columnName(int col) const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    QString text(int row, const char *name) const { return text(row, column(name)); }
    qint64 int64(int row, int col) const { return text(row, col).toLongLong(); }
    qint64 int64(int row, const char *name) const { return int64(row, column(name)); }
    bool boolean(int row, const char *name) const { return text(row, column(name)) == QLatin1String("t"); }
    /** Raw bytes of a value fetched in binary format. */
    QByteArray bytes(int row, int col) const;

private:
    PGresult *m_res = nullptr;
};

/**
 * A libpq connection to the central repository. Queries use parameters only (text format; a
 * QByteArray goes as binary bytea), never string concatenation. Errors carry a translated
 * message and map SQLSTATEs onto error codes: connection loss → Unavailable, RLS and privilege
 * failures → PermissionDenied, serialization failures → Conflict.
 */
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::PgConnection)
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /**
     * @p url is a libpq URI or key=value string without the password; @p user and @p password
     * override what it says. Times out after @p timeoutSeconds.
     */
    static Result<PgConnection> connect(const QString &url, const QString &user = {}, const QString &password = {},
                                        int timeoutSeconds = 10);

    bool isOpen() const;
    PGconn *handle() const { return m_conn; }
    QString user() const;
    int serverVersion() const;

    /**
     * One statement. With parameters it is prepared once per connection (the server parses and
     * plans it once) and executed by name from then on.
     */
    Result<PgResult> exec(const QString &sql, const QVariantList &params = {}, bool binaryResult = false);
    Status run(const QString &sql, const QVariantList &params = {});
    /** Several statements without parameters (a migration script). */
    Status script(const QString &sql);
    Status begin(const char *isolation = nullptr);
    Status commit();
    void rollback();

    /** Escapes an identifier (role name) for the statements that cannot take parameters. */
    QString identifier(const QString &name) const;
    QString literal(const QString &value) const;
    /** The password as the server stores it (SCRAM), so that plain text never reaches a log. */
    Result<QString> encryptPassword(const QString &password, const QString &role) const;

    Error lastError(const QString &what) const;
    static Error errorFor(const QString &sqlstate, const QString &message, bool connectionLost);

private:
    Error resultError(PGresult *res, const QString &what) const;
    /** Name of the prepared statement for @p query; prepares it on first use. Empty: not cached. */
    Result<QByteArray> prepared(const QByteArray &query, int params);

    static constexpr int maxPrepared = 256;
    PGconn *m_conn = nullptr;
    QHash<QByteArray, QByteArray> m_prepared;
};

} // namespace Aktenwerk::Dms
