#include "dms/sync/pg.h"

#include <QDateTime>
#include <QUuid>

#include <libpq-fe.h>

#include <vector>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;

namespace {
// Server notices (e.g. "already exists, skipping") are not errors and must not reach stderr.
void ignoreNotice(void *, const char *)
{
}
} // namespace

PgResult::~PgResult()
{
    if (m_res)
        PQclear(m_res);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_res(std::exchange(other.m_res, nullptr))
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_res)
            PQclear(m_res);
        m_res = std::exchange(other.m_res, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_res ? PQntuples(m_res) : 0;
}

int PgResult::columns() const
{
    return m_res ? PQnfields(m_res) : 0;
}

int PgResult::column(const char *name) const
{
    return m_res ? PQfnumber(m_res, name) : -1;
}

QString PgResult::columnName(int col) const
{
    return m_res ? QString::fromUtf8(PQfname(m_res, col)) : QString();
}

bool PgResult::isNull(int row, int col) const
{
    return !m_res || col < 0 || PQgetisnull(m_res, row, col);
}

QString PgResult::text(int row, int col) const
{
    if (isNull(row, col))
        return QString();
    return QString::fromUtf8(PQgetvalue(m_res, row, col), PQgetlength(m_res, row, col));
}

QByteArray PgResult::bytes(int row, int col) const
{
    if (isNull(row, col))
        return QByteArray();
    return QByteArray(PQgetvalue(m_res, row, col), PQgetlength(m_res, row, col));
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr))
    , m_prepared(std::exchange(other.m_prepared, {}))
{
}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        if (m_conn)
            PQfinish(m_conn);
        m_conn = std::exchange(other.m_conn, nullptr);
        m_prepared = std::exchange(other.m_prepared, {});
    }
    return *this;
}

Error PgConnection::errorFor(const QString &sqlstate, const QString &message, bool connectionLost)
{
    const QString detail = sqlstate.isEmpty() ? message : sqlstate + QStringLiteral(": ") + message;
    if (connectionLost || sqlstate.startsWith(QLatin1String("08")) || sqlstate == QLatin1String("57P01")
        || sqlstate == QLatin1String("57P02") || sqlstate == QLatin1String("57P03"))
        return Error{ErrorCode::Unavailable, tr("The server cannot be reached. Your changes are kept and sent later."),
                     detail};
    if (sqlstate == QLatin1String("28P01") || sqlstate == QLatin1String("28000"))
        return Error{ErrorCode::PermissionDenied, tr("The server refused the login: user name or password is wrong."),
                     detail};
    if (sqlstate == QLatin1String("42501"))
        return Error{ErrorCode::PermissionDenied, tr("The server does not allow this change for your account."), detail};
    if (sqlstate == QLatin1String("23505"))
        return Error{ErrorCode::AlreadyExists, tr("The server already has an entry with this key."), detail};
    if (sqlstate == QLatin1String("40001") || sqlstate == QLatin1String("40P01"))
        return Error{ErrorCode::Conflict, tr("A concurrent change on the server got in the way; it will be retried."),
                     detail};
    if (sqlstate == QLatin1String("53100"))
        return Error{ErrorCode::DiskFull, tr("The server's disk is full."), detail};
    if (sqlstate.startsWith(QLatin1String("22")) || sqlstate.startsWith(QLatin1String("23")))
        return Error{ErrorCode::Validation, tr("The server refused the data."), detail};
    return Error{ErrorCode::Database, tr("The server reported an error."), detail};
}

Error PgConnection::lastError(const QString &what) const
{
    const bool lost = !m_conn || PQstatus(m_conn) != CONNECTION_OK;
    const QString message = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QStringLiteral("no connection");
    Error e = errorFor(QString(), message, lost);
    if (!what.isEmpty())
        e.detail = what + QStringLiteral(": ") + e.detail;
    return e;
}

Error PgConnection::resultError(PGresult *res, const QString &what) const
{
    const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
    const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
    const QString message = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    const bool lost = PQstatus(m_conn) != CONNECTION_OK;
    Error e = errorFor(state ? QString::fromLatin1(state) : QString(), message, lost);
    Q_UNUSED(what);
    return e;
}

Result<PgConnection> PgConnection::connect(const QString &url, const QString &user, const QString &password,
                                           int timeoutSeconds)
{
    const QByteArray dbname = url.toUtf8();
    const QByteArray userBytes = user.toUtf8();
    const QByteArray pw = password.toUtf8();
    const QByteArray timeout = QByteArray::number(timeoutSeconds);
    std::vector<const char *> keys{"dbname", "connect_timeout", "application_name", "client_encoding"};
    std::vector<const char *> values{dbname.constData(), timeout.constData(), "aktenwerk", "UTF8"};
    if (!user.isEmpty()) {
        keys.push_back("user");
        values.push_back(userBytes.constData());
    }
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(pw.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PgConnection c;
    c.m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!c.m_conn)
        return fail(ErrorCode::Unavailable, tr("The server cannot be reached."), QStringLiteral("out of memory"));
    PQsetNoticeProcessor(c.m_conn, ignoreNotice, nullptr);
    if (PQstatus(c.m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(c.m_conn)).trimmed();
        if (message.contains(QLatin1String("password authentication failed"))
            || message.contains(QLatin1String("no password supplied"))
            || message.contains(QLatin1String("role \"")))
            return fail(ErrorCode::PermissionDenied, tr("The server refused the login: user name or password is wrong."),
                        message);
        return fail(ErrorCode::Unavailable, tr("The server cannot be reached. Your changes are kept and sent later."),
                    message);
    }
    return c;
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString PgConnection::user() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

int PgConnection::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

Result<PgResult> PgConnection::exec(const QString &sql, const QVariantList &params, bool binaryResult)
{
    if (!m_conn)
        return fail(ErrorCode::Unavailable, tr("Not connected to the server."));
    std::vector<QByteArray> storage;
    storage.reserve(static_cast<size_t>(params.size()));
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const QVariant &p : params) {
        if (p.isNull()) {
            storage.emplace_back();
            values.push_back(nullptr);
            lengths.push_back(0);
            formats.push_back(0);
            continue;
        }
        int format = 0;
        switch (p.typeId()) {
        case QMetaType::QByteArray:
            storage.push_back(p.toByteArray());
            format = 1;
            break;
        case QMetaType::Bool:
            storage.push_back(p.toBool() ? QByteArray("true") : QByteArray("false"));
            break;
        case QMetaType::QUuid:
            storage.push_back(p.toUuid().toString(QUuid::WithoutBraces).toLatin1());
            break;
        case QMetaType::QDateTime:
            storage.push_back(p.toDateTime().toUTC().toString(Qt::ISODateWithMs).toLatin1());
            break;
        default:
            storage.push_back(p.toString().toUtf8());
            break;
        }
        values.push_back(storage.back().constData());
        lengths.push_back(static_cast<int>(storage.back().size()));
        formats.push_back(format);
    }
    const QByteArray query = sql.toUtf8();
    QByteArray name;
    if (!values.empty()) {
        auto n = prepared(query, static_cast<int>(values.size()));
        if (!n)
            return std::unexpected(n.error());
        name = *n;
    }
    PGresult *res = name.isEmpty()
        ? PQexecParams(m_conn, query.constData(), static_cast<int>(values.size()), nullptr, values.data(),
                       lengths.data(), formats.data(), binaryResult ? 1 : 0)
        : PQexecPrepared(m_conn, name.constData(), static_cast<int>(values.size()), values.data(), lengths.data(),
                         formats.data(), binaryResult ? 1 : 0);
    if (!res)
        return std::unexpected(lastError(sql.left(80)));
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        Error e = resultError(res, sql.left(80));
        PQclear(res);
        return std::unexpected(e);
    }
    return PgResult(res);
}

Result<QByteArray> PgConnection::prepared(const QByteArray &query, int params)
{
    if (auto it = m_prepared.constFind(query); it != m_prepared.cend())
        return *it;
    if (m_prepared.size() >= maxPrepared)
        return QByteArray();
    // Prepared statements belong to the session, not to a transaction: a rollback keeps them.
    const QByteArray name = "aw_" + QByteArray::number(m_prepared.size() + 1);
    PGresult *res = PQprepare(m_conn, name.constData(), query.constData(), params, nullptr);
    if (!res)
        return std::unexpected(lastError(QString::fromUtf8(query.left(80))));
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        Error e = resultError(res, QString::fromUtf8(query.left(80)));
        PQclear(res);
        return std::unexpected(e);
    }
    PQclear(res);
    m_prepared.insert(query, name);
    return name;
}

Status PgConnection::run(const QString &sql, const QVariantList &params)
{
    auto r = exec(sql, params);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status PgConnection::script(const QString &sql)
{
    if (!m_conn)
        return fail(ErrorCode::Unavailable, tr("Not connected to the server."));
    PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        Error e = res ? resultError(res, QString()) : lastError(QString());
        if (res)
            PQclear(res);
        return std::unexpected(e);
    }
    PQclear(res);
    return {};
}

Status PgConnection::begin(const char *isolation)
{
    return run(isolation ? QStringLiteral("BEGIN ISOLATION LEVEL ") + QString::fromLatin1(isolation)
                         : QStringLiteral("BEGIN"));
}

Status PgConnection::commit()
{
    return run(QStringLiteral("COMMIT"));
}

void PgConnection::rollback()
{
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

QString PgConnection::identifier(const QString &name) const
{
    const QByteArray n = name.toUtf8();
    char *escaped = m_conn ? PQescapeIdentifier(m_conn, n.constData(), static_cast<size_t>(n.size())) : nullptr;
    if (!escaped)
        return QString();
    const QString out = QString::fromUtf8(escaped);
    PQfreemem(escaped);
    return out;
}

QString PgConnection::literal(const QString &value) const
{
    const QByteArray v = value.toUtf8();
    char *escaped = m_conn ? PQescapeLiteral(m_conn, v.constData(), static_cast<size_t>(v.size())) : nullptr;
    if (!escaped)
        return QString();
    const QString out = QString::fromUtf8(escaped);
    PQfreemem(escaped);
    return out;
}

Result<QString> PgConnection::encryptPassword(const QString &password, const QString &role) const
{
    char *enc = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), role.toUtf8().constData(),
                                      "scram-sha-256");
    if (!enc)
        return std::unexpected(lastError(QStringLiteral("encrypt password")));
    const QString out = QString::fromLatin1(enc);
    PQfreemem(enc);
    return out;
}

} // namespace Aktenwerk::Dms
