#include "dms/sync/syncengine.h"

#include "dms/engine.h"
#include "dms/faultinjection.h"
#include "dms/store/purge.h"
#include "dms/store/queries.h"
#include "dms/store/sha256.h"
#include "dms/sync/pullmerge.h"
#include "dms/sync/serveradmin.h"
#include "model/displaytime.h"
#include "model/filereference.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

#include <optional>
#include <tuple>

namespace Aktenwerk::Dms {

Q_LOGGING_CATEGORY(lcSync, "aktenwerk.dms.sync")

using namespace Model;

namespace {

constexpr int kPageSize = 5000;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** Errors after which the same operation may succeed later (server away, races, full disk). */
bool isTransient(const Error &e)
{
    return e.code == ErrorCode::Unavailable || e.code == ErrorCode::Conflict || e.code == ErrorCode::DiskFull
        || e.code == ErrorCode::AlreadyExists || e.code == ErrorCode::Database || e.code == ErrorCode::Io;
}

const char *const kTables[] = {"setting", "department", "app_user", "plan_unit", "file_record",
                               "sub_file", "case_record", "document", "version", "document_lock", "conflict"};
/** Routing and the organisation: on servers of schema 13 and later. */
const char *const kRoutingTables[] = { "org_unit", "absence", "route", "route_step", "route_template", "resubmission" };
/** Records management: on servers of schema 14 and later. */
const char *const kRecordsTables[] = { "record_keeping", "legal_hold" };

/** A timestamptz as the sync session writes it ("2026-11-26 09:15:02.123456+00", UTC). */
QDateTime serverTime(const QString &text)
{
    QString t = text;
    if (t.endsWith(QLatin1String("+00")))
        t = t.left(t.size() - 3) + QLatin1Char('Z');
    return QDateTime::fromString(t.replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
}

} // namespace

SyncEngine::SyncEngine(Engine &engine)
    : m_engine(engine)
{
}

Result<PgConnection> SyncEngine::connect(const QString &password)
{
    auto state = m_engine.syncState();
    if (!state)
        return std::unexpected(state.error());
    if (!*state)
        return fail(ErrorCode::InvalidArgument,
                    tr("This data folder works locally. Connect it to the server first (\"aktenwerk-cli connect\")."));
    auto db = PgConnection::connect((*state)->url, (*state)->login, password);
    if (!db)
        return std::unexpected(db.error());
    if (auto s = db->script(QStringLiteral("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; "
                                           "SET extra_float_digits = 3; SET lock_timeout = '30s'"));
        !s)
        return std::unexpected(s.error());
    auto version = ServerAdmin::schemaVersion(*db);
    if (!version)
        return std::unexpected(version.error());
    if (*version != ServerAdmin::latestSchemaVersion())
        return fail(ErrorCode::Unsupported,
                    tr("The server has repository schema %1, this Aktenwerk needs %2. Ask the administrator to run "
                       "\"aktenwerk-cli server init\" or update Aktenwerk.")
                        .arg(*version)
                        .arg(ServerAdmin::latestSchemaVersion()));
    return db;
}

Result<SyncReport> SyncEngine::sync(const QString &password, const std::atomic<bool> *cancel)
{
    SyncReport report;
    auto db = connect(password);
    if (!db) {
        (void)m_engine.recordSyncError(db.error().message);
        return std::unexpected(db.error());
    }
    QElapsedTimer clock;
    clock.start();
    if (auto s = push(*db, report, cancel); !s) {
        (void)m_engine.recordSyncError(s.error().toString());
        return std::unexpected(s.error());
    }
    report.pushSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    if (auto s = pull(*db, report, cancel); !s) {
        (void)m_engine.recordSyncError(s.error().toString());
        return std::unexpected(s.error());
    }
    report.pullSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    auto reader = m_engine.openReader();
    if (reader) {
        if (auto n = reader->scalar(QStringLiteral("SELECT count(*) FROM conflict WHERE status = 'open'")))
            report.openConflicts = n->toInt();
    }
    return report;
}

Result<Command> SyncEngine::connectCommand(PgConnection &server, const QString &url, const QString &login)
{
    Command c = Commands::connectServer(url, login);
    auto plan = server.exec(QStringLiteral("SELECT code, id::text FROM aktenwerk.plan_unit WHERE NOT deleted"));
    if (!plan)
        return std::unexpected(plan.error());
    QJsonObject codes;
    for (int i = 0; i < plan->rows(); ++i)
        codes.insert(plan->text(i, 0), plan->text(i, 1));
    auto departments = server.exec(QStringLiteral("SELECT code FROM aktenwerk.department WHERE NOT deleted"));
    if (!departments)
        return std::unexpected(departments.error());
    QJsonArray depts;
    for (int i = 0; i < departments->rows(); ++i)
        depts.append(departments->text(i, 0));
    c.args.insert(QStringLiteral("server_plan"), codes);
    c.args.insert(QStringLiteral("server_departments"), depts);
    // Who the server says we are: the folder knows its user's roles and department at once.
    auto me = server.exec(QStringLiteral("SELECT id::text, display_name, department_code, array_to_string(roles, ',') "
                                         "FROM aktenwerk.app_user WHERE login = session_user AND NOT deleted"));
    if (!me)
        return std::unexpected(me.error());
    if (me->rows() == 1)
        c.args.insert(QStringLiteral("server_user"),
            QJsonObject { { QStringLiteral("id"), me->text(0, 0) }, { QStringLiteral("display_name"), me->text(0, 1) },
                { QStringLiteral("department"), me->text(0, 2) },
                { QStringLiteral("roles"),
                    QJsonArray::fromStringList(me->text(0, 3).split(QLatin1Char(','), Qt::SkipEmptyParts)) } });
    return c;
}

Error SyncEngine::checkedOutBy(const QString &holder, const QDateTime &since)
{
    return Error { ErrorCode::ReadOnly,
        tr("The document is checked out by %1 since %2. You can read it; you can edit it once it is "
           "checked in.")
            .arg(holder, Model::displayTime(since)),
        holder };
}

Result<SyncEngine::ServerOutcome> SyncEngine::submitOne(PgConnection &db, const PendingOp &op)
{
    if (auto s = db.begin(); !s)
        return std::unexpected(s.error());
    auto outcomes = submit(db, { op });
    if (!outcomes) {
        db.rollback();
        return std::unexpected(outcomes.error());
    }
    if (auto s = db.commit(); !s) {
        db.rollback();
        return std::unexpected(s.error());
    }
    return outcomes->first();
}

Status SyncEngine::applyNow(PgConnection &db, const Command &command)
{
    QJsonObject args = command.args;
    args.remove(QStringLiteral("path")); // where this client keeps its working copy is nobody else's business
    const PendingOp op { command.opId.toString(QUuid::WithoutBraces), commandTypeCode(command.type),
        QStringLiteral("document"), command.target.toString(QUuid::WithoutBraces),
        QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) };
    auto o = submitOne(db, op);
    if (!o)
        return std::unexpected(o.error());
    if (o->kind == ServerOutcome::Refused) {
        if (o->code == QLatin1String("checked_out"))
            return std::unexpected(checkedOutBy(o->result.value(QLatin1String("holder")).toString(),
                serverTime(o->result.value(QLatin1String("since")).toString())));
        return std::unexpected(refusalError(*o));
    }
    return {};
}

Result<QJsonObject> SyncEngine::actNow(const std::function<Result<PgConnection>()> &session, const QString &command,
    const QString &entityType, const QUuid &id, const QJsonObject &args)
{
    auto db = session();
    if (!db)
        return std::unexpected(db.error());
    auto result = submitNow(*db, command, entityType, id, args);
    if (!result)
        return result;
    SyncReport report;
    if (auto s = pull(*db, report, nullptr); !s)
        return std::unexpected(s.error());
    return result;
}

Result<QJsonObject> SyncEngine::submitNow(
    PgConnection &db, const QString &command, const QString &entityType, const QUuid &id, const QJsonObject &args)
{
    const PendingOp op { QUuid::createUuid().toString(QUuid::WithoutBraces), command, entityType,
        id.toString(QUuid::WithoutBraces), QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)),
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) };
    auto o = submitOne(db, op);
    if (!o)
        return std::unexpected(o.error());
    if (o->kind == ServerOutcome::Refused)
        return std::unexpected(refusalError(*o));
    return o->result;
}

Result<QList<SyncEngine::PendingOp>> SyncEngine::pendingOperations(int limit)
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto st = db->prepare(
        QStringLiteral("SELECT op_id, command, entity_type, entity_id, payload, created_at "
                       "FROM oplog WHERE push_state = 'pending' AND resolution IS NULL ORDER BY seq LIMIT ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, limit);
    QList<PendingOp> ops;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        ops.append({ st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5) });
    }
    return ops;
}

namespace {

/** A JSON string literal (the fields here are ids, codes and times, but nothing is assumed). */
void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray quoted = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    out.append(quoted.constData() + 1, quoted.size() - 2); // without the array's brackets
}

} // namespace

Result<QList<SyncEngine::ServerOutcome>> SyncEngine::submit(PgConnection &db, const QList<PendingOp> &ops)
{
    // The operations as the server takes them; each operation's arguments are its oplog payload
    // as stored (already compact JSON), so a batch costs no parsing here.
    QByteArray body;
    body.reserve(static_cast<qsizetype>(ops.size()) * 400);
    body.append('[');
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const PendingOp &op = ops.at(i);
        FaultInjection::hit("sync.push.before-op");
        if (i > 0)
            body.append(',');
        body.append("{\"op\":");
        appendJsonString(body, op.opId);
        body.append(",\"cmd\":");
        appendJsonString(body, op.command);
        body.append(",\"type\":");
        appendJsonString(body, op.entityType);
        body.append(",\"id\":");
        appendJsonString(body, op.entityId);
        body.append(",\"at\":");
        appendJsonString(body, op.createdAt);
        body.append(",\"args\":");
        body.append(op.payload.isEmpty() ? QByteArray("{}") : op.payload.toUtf8());
        body.append('}');
    }
    body.append(']');
    auto r = db.exec(QStringLiteral("SELECT op_id::text, outcome, code, message_de, message_en, result::text "
                                    "FROM aktenwerk.submit($1::jsonb)"),
        { QString::fromUtf8(body) });
    if (!r)
        return std::unexpected(r.error());
    if (r->rows() != ops.size())
        return fail(ErrorCode::Internal, tr("The server answered %1 of %2 changes.").arg(r->rows()).arg(ops.size()));
    const bool german = QLocale().language() == QLocale::German;
    QList<ServerOutcome> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        ServerOutcome o;
        o.opId = r->text(i, 0);
        const QString outcome = r->text(i, 1);
        o.kind = outcome == QLatin1String("applied") ? ServerOutcome::Applied
            : outcome == QLatin1String("duplicate")  ? ServerOutcome::Duplicate
                                                     : ServerOutcome::Refused;
        o.code = r->text(i, 2);
        o.message = german ? r->text(i, 3) : r->text(i, 4);
        if (!r->isNull(i, 5))
            o.result = QJsonDocument::fromJson(r->text(i, 5).toUtf8()).object();
        FaultInjection::hit("sync.push.after-op");
        out.append(std::move(o));
    }
    return out;
}

Error SyncEngine::refusalError(const ServerOutcome &o)
{
    ErrorCode code = ErrorCode::Validation;
    if (o.code == QLatin1String("not_permitted"))
        code = ErrorCode::PermissionDenied;
    else if (o.code == QLatin1String("not_found"))
        code = ErrorCode::NotFound;
    else if (o.code == QLatin1String("closed") || o.code == QLatin1String("checked_out")
        || o.code == QLatin1String("in_signature"))
        code = ErrorCode::ReadOnly;
    else if (o.code == QLatin1String("duplicate_code"))
        code = ErrorCode::AlreadyExists;
    else if (o.code == QLatin1String("unknown_command"))
        code = ErrorCode::Unsupported;
    else if (o.code == QLatin1String("content_missing"))
        code = ErrorCode::Integrity;
    return Error { code, o.message, o.code };
}

// --- push --------------------------------------------------------------------------------------

Status SyncEngine::push(PgConnection &db, SyncReport &report, const std::atomic<bool> *cancel)
{
    // A batch of operations goes to the server in one call (aktenwerk.submit) and one
    // transaction: the server applies each, refuses what it must (the rest of the batch goes
    // on), and writes the idempotence records and its audit events together. Should the call
    // fail as a whole (a passing hitch, or a statement error), the batch is undone and its
    // operations are sent again one per transaction, which finds the one that fails.
    int singles = 0; // operations still to send one at a time
    int hitches = 0;
    for (;;) {
        auto ops = pendingOperations(singles > 0 ? 1 : pushBatchSize);
        if (!ops)
            return std::unexpected(ops.error());
        if (ops->isEmpty())
            return {};
        auto rejection = [](const PendingOp &op, const QString &why) -> QString {
            return op.command + QStringLiteral(" ") + op.entityId + QStringLiteral(": ") + why;
        };

        // Content travels before the rows that refer to it, outside their transaction.
        QList<OutboxMark> refusedContent;
        QList<PendingOp> batch;
        for (const PendingOp &op : std::as_const(*ops)) {
            if (cancel && cancel->load())
                return fail(ErrorCode::Cancelled, tr("Cancelled."));
            // A reference (document.link) carries the original's content: normally on the server
            // already, but sent along in case the original never got there.
            if (op.command == QLatin1String("document.create") || op.command == QLatin1String("document.link")
                || op.command == QLatin1String("version.add") || op.command == QLatin1String("document.checkin")) {
                const QJsonObject p = QJsonDocument::fromJson(op.payload.toUtf8()).object();
                const qint64 size = static_cast<qint64>(p.value(QLatin1String("size")).toDouble());
                if (auto s = uploadContent(db, str(p, "sha256"), size, report); !s) {
                    if (isTransient(s.error()))
                        return s;
                    refusedContent.append({ op.opId, true, s.error().toString(), QStringLiteral("content") });
                    report.rejections << rejection(op, s.error().toString());
                    continue;
                }
            }
            batch.append(op);
        }
        if (!refusedContent.isEmpty()) {
            if (auto m = m_engine.markOperations(refusedContent); !m)
                return m;
            report.rejected += static_cast<int>(refusedContent.size());
            singles = std::max(0, singles - static_cast<int>(refusedContent.size()));
        }
        if (batch.isEmpty())
            continue;
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));

        QList<OutboxMark> marks;
        int refused = 0;
        auto runBatch = [&]() -> Status {
            if (auto s = db.begin(); !s)
                return s;
            auto outcomes = submit(db, batch);
            if (!outcomes)
                return std::unexpected(outcomes.error());
            for (qsizetype i = 0; i < outcomes->size(); ++i) {
                const ServerOutcome &o = outcomes->at(i);
                if (o.kind == ServerOutcome::Refused) {
                    // Refused for good (rights, rules, state): kept here with the server's reason.
                    marks.append({ o.opId, true, o.message, o.code });
                    report.rejections << rejection(
                        batch.at(i), o.message + QStringLiteral(" (") + o.code + QLatin1Char(')'));
                    ++refused;
                } else {
                    marks.append({ o.opId, false, {}, {} });
                }
            }
            if (FaultInjection::hit("sync.push.before-commit") == FaultInjection::Action::Fail)
                return fail(
                    ErrorCode::Unavailable, tr("The server cannot be reached."), QStringLiteral("fault injected"));
            return db.commit();
        };
        if (const Status s = runBatch(); !s) {
            db.rollback();
            const Error &e = s.error();
            if (e.code == ErrorCode::Unavailable || e.code == ErrorCode::Cancelled)
                return s;
            if (batch.size() > 1) {
                singles = static_cast<int>(batch.size());
                continue;
            }
            if (e.code == ErrorCode::AlreadyExists || isTransient(e)) {
                // A passing hitch, or another session applied this very operation meanwhile (its
                // idempotence record clashed): sent again, it is answered as a duplicate.
                if (++hitches > 3)
                    return s; // kept pending: the next sync tries again
                continue;
            }
            // A statement error for this one operation: kept here with the reason, shown to the user.
            if (auto m
                = m_engine.markOperations({ { batch.first().opId, true, e.toString(), QStringLiteral("error") } });
                !m)
                return m;
            ++report.rejected;
            report.rejections << rejection(batch.first(), e.toString());
            singles = std::max(0, singles - 1);
            continue;
        }
        // Committed on the server. Lost from here on (a crash), the operations are sent again
        // and answered as duplicates.
        if (FaultInjection::hit("sync.push.after-commit") == FaultInjection::Action::Fail)
            return fail(ErrorCode::Unavailable, tr("The server cannot be reached."), QStringLiteral("fault injected"));
        if (auto m = m_engine.markOperations(marks); !m)
            return m;
        report.pushed += static_cast<int>(marks.size()) - refused;
        report.rejected += refused;
        singles = std::max(0, singles - static_cast<int>(batch.size()));
        hitches = 0;
    }
}

// --- content -----------------------------------------------------------------------------------

Status SyncEngine::uploadContent(PgConnection &db, const QString &sha, qint64 size, SyncReport &report)
{
    // Already there and visible to us (through a version we may see): nothing to send.
    auto known = db.exec(QStringLiteral("SELECT complete FROM aktenwerk.content WHERE sha256 = $1"), {sha});
    if (!known)
        return std::unexpected(known.error());
    if (known->rows() > 0 && known->text(0, 0) == QLatin1String("t"))
        return {};
    // Chunks go in transactions of up to 16 MiB: one commit (one flush of the server's log) per
    // group instead of per chunk. An upload cut off resumes after the last committed group.
    constexpr qint64 groupBytes = 16 * 1024 * 1024;
    if (auto s = db.begin(); !s)
        return s;
    auto abort = [&db](Error e) -> Status {
        db.rollback();
        return std::unexpected(std::move(e));
    };
    auto begun = db.exec(QStringLiteral("SELECT array_to_string(aktenwerk.upload_begin($1, $2, $3), ',')"),
                         {sha, size, chunkSize});
    if (!begun)
        return abort(begun.error());
    QSet<int> sent;
    for (const QString &i : begun->text(0, 0).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sent.insert(i.toInt());

    QFile in(m_engine.content().pathFor(sha));
    if (!in.open(QIODevice::ReadOnly))
        return abort(Error { ErrorCode::Integrity,
            tr("The content %1 is missing from the content store.").arg(sha.left(12)), in.errorString() });
    // Every chunk is read and hashed, sent or not: the whole file must still match its name.
    Sha256 whole;
    qint64 total = 0;
    qint64 inGroup = 0;
    QByteArray buf(chunkSize, Qt::Uninitialized);
    for (int idx = 0;; ++idx) {
        const qint64 n = in.read(buf.data(), chunkSize);
        if (n < 0)
            return abort(
                Error { ErrorCode::Io, tr("Cannot read the content %1.").arg(sha.left(12)), in.errorString() });
        if (n == 0)
            break;
        const QByteArray chunk = buf.left(n);
        whole.update(chunk);
        total += n;
        if (sent.contains(idx))
            continue;
        auto r = db.exec(QStringLiteral("SELECT aktenwerk.upload_chunk($1, $2, $3, $4)"),
                         {sha, idx, Sha256::hex(chunk), chunk});
        if (!r)
            return abort(r.error());
        report.bytesUp += n;
        inGroup += n;
        if (FaultInjection::shouldFail("sync.upload.after-chunk"))
            return abort(Error {
                ErrorCode::Unavailable, tr("The server cannot be reached."), QStringLiteral("fault injected") });
        if (inGroup >= groupBytes) {
            if (auto s = db.commit(); !s)
                return abort(s.error());
            if (auto s = db.begin(); !s)
                return s;
            inGroup = 0;
        }
    }
    if (whole.finalHex() != sha || total != size)
        return abort(Error {
            ErrorCode::Integrity, tr("The content %1 is damaged: its checksum is wrong.").arg(sha.left(12)), {} });
    auto finished = db.exec(QStringLiteral("SELECT aktenwerk.upload_finish($1)"), {sha});
    if (!finished)
        return abort(finished.error());
    if (auto s = db.commit(); !s)
        return abort(s.error());
    if (finished->text(0, 0) != QLatin1String("t")) {
        // The server found the chunks together not matching the hash (it dropped them): sent
        // again with the next sync.
        return fail(ErrorCode::Conflict,
            tr("The content %1 reached the server damaged; it is sent again with the next sync.").arg(sha.left(12)));
    }
    ++report.contentUp;
    return {};
}

Status SyncEngine::downloadContent(PgConnection &db, const QString &sha, qint64 size, SyncReport &report)
{
    const ContentStore &store = m_engine.content();
    if (store.contains(sha))
        return {};
    auto info = db.exec(QStringLiteral("SELECT size, chunk_size, chunk_count, complete FROM aktenwerk.content "
                                       "WHERE sha256 = $1"),
                        {sha});
    if (!info)
        return std::unexpected(info.error());
    if (info->rows() == 0 || info->text(0, 3) != QLatin1String("t") || info->int64(0, 0) != size)
        return fail(ErrorCode::Unavailable, tr("The content %1 is not complete on the server yet.").arg(sha.left(12)));
    const qint64 chunk = info->int64(0, 1);
    const int count = static_cast<int>(info->int64(0, 2));
    if (auto s = store.ensureTemporaryDir(); !s)
        return s;
    // A download cut off earlier is resumed: whole chunks already on disk are kept (and hashed).
    const QString tmp = store.temporaryPath(sha + QStringLiteral(".download"));
    QFile out(tmp);
    if (!out.open(QIODevice::ReadWrite))
        return fail(ErrorCode::Io, tr("Cannot write to the content store."), out.errorString());
    qint64 have = out.size();
    int start = chunk > 0 ? static_cast<int>(have / chunk) : 0;
    if (start > count)
        start = 0;
    if (!out.resize(static_cast<qint64>(start) * chunk))
        return fail(ErrorCode::Io, tr("Cannot write to the content store."), out.errorString());
    Sha256 hash;
    {
        QByteArray buf(chunkSize, Qt::Uninitialized);
        out.seek(0);
        for (;;) {
            const qint64 n = out.read(buf.data(), buf.size());
            if (n <= 0)
                break;
            hash.update(buf.constData(), n);
        }
    }
    out.seek(out.size());
    for (int idx = start; idx < count; ++idx) {
        auto r = db.exec(QStringLiteral("SELECT data FROM aktenwerk.content_chunk WHERE sha256 = $1 AND idx = $2"),
                         {sha, idx}, true);
        if (!r)
            return std::unexpected(r.error());
        if (r->rows() == 0)
            return fail(ErrorCode::Unavailable, tr("A part of the content %1 is missing on the server.").arg(sha.left(12)));
        const QByteArray data = r->bytes(0, 0);
        hash.update(data);
        if (out.write(data) != data.size())
            return fail(ErrorCode::DiskFull, tr("The disk is full. Free some space and try again."), out.errorString());
        report.bytesDown += data.size();
        if (FaultInjection::shouldFail("sync.download.after-chunk")) {
            out.flush();
            return fail(ErrorCode::Unavailable, tr("The server cannot be reached."), QStringLiteral("fault injected"));
        }
    }
    if (!out.flush())
        return fail(ErrorCode::Io, tr("Cannot write to the content store."), out.errorString());
    out.close();
    const QString actual = hash.finalHex();
    if (actual != sha || QFileInfo(tmp).size() != size) {
        QFile::remove(tmp);
        return fail(ErrorCode::Integrity,
                    tr("The content %1 from the server does not match its checksum; it was not stored.").arg(sha.left(12)),
                    actual);
    }
    if (auto s = store.adoptTemporary(tmp, sha); !s)
        return s;
    ++report.contentDown;
    return {};
}

Status SyncEngine::ensureContent(PgConnection &db, const PgResult &versions, SyncReport &report)
{
    const int sha = versions.column("sha256");
    const int size = versions.column("size");
    QSet<QString> seen;
    for (int i = 0; i < versions.rows(); ++i) {
        const QString hash = versions.text(i, sha);
        if (seen.contains(hash))
            continue;
        seen.insert(hash);
        if (auto s = downloadContent(db, hash, versions.int64(i, size), report); !s)
            return s;
    }
    return {};
}

// --- pull --------------------------------------------------------------------------------------

Status SyncEngine::pull(PgConnection &db, SyncReport &report, const std::atomic<bool> *cancel)
{
    auto state = m_engine.syncState();
    if (!state)
        return std::unexpected(state.error());
    const QString previous = (*state)->watermark.isEmpty() ? QStringLiteral("0") : (*state)->watermark;

    // Rows skipped last time because they had unpushed local changes.
    QHash<QString, QStringList> refetch;
    {
        auto reader = m_engine.openReader();
        if (!reader)
            return std::unexpected(reader.error());
        auto st = reader->prepare(QStringLiteral("SELECT entity_type, entity_id FROM sync_refetch"));
        if (!st)
            return std::unexpected(st.error());
        while (true) {
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            refetch[st->text(0)] << st->text(1);
        }
    }

    if (auto s = db.begin("REPEATABLE READ READ ONLY"); !s)
        return s;
    auto fail_ = [&db](Error e) -> Status {
        db.rollback();
        return std::unexpected(std::move(e));
    };
    // What this user reads only for a routing step stays on the server (schema 13).
    if (auto s = db.run(QStringLiteral("SET LOCAL aktenwerk.pull = 'on'")); !s)
        return fail_(s.error());
    auto snap = db.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
    if (!snap)
        return fail_(snap.error());
    const QString next = snap->text(0, 0);
    report.watermark = next;

    // Local ids of files, to find files that became visible now (new, or shared with us later):
    // their whole subtree comes along, whatever its age.
    QSet<QString> knownFiles;
    QString knownAccess;
    {
        auto reader = m_engine.openReader();
        if (!reader)
            return fail_(reader.error());
        auto st = reader->prepare(QStringLiteral("SELECT id FROM file_record"));
        while (st && *st->step())
            knownFiles.insert(st->text(0));
        auto a = reader->prepare(QStringLiteral("SELECT access FROM sync_state WHERE id = 1"));
        if (a && *a->step())
            knownAccess = a->text(0);
    }
    // What the server grants us now. A records officer given another Fachbereich, say, may read
    // files that have not changed for years: when this changes, they are looked for below.
    auto access = db.exec(QStringLiteral("SELECT concat_ws('|', department_code, array_to_string(roles, ','), "
                                         "to_jsonb(u)->>'records_for') FROM aktenwerk.app_user u "
                                         "WHERE login = session_user AND NOT deleted"));
    if (!access)
        return fail_(access.error());
    const QString grantedNow = access->rows() ? access->text(0, 0) : QString();
    // What a file brings along when it is new here (the tables with a file_id this server has).
    QStringList subtreeTables { QStringLiteral("sub_file"), QStringLiteral("case_record"), QStringLiteral("document"),
        QStringLiteral("conflict") };

    // A page goes to the merge as the server sent it (no copy into JSON); versions of the
    // documents in it come along, so that a document never exists here without them.
    auto applyPage
        = [&](const QString &table, std::shared_ptr<PgResult> rows, std::shared_ptr<PgResult> versions) -> Status {
        if ((!rows || rows->rows() == 0) && (!versions || versions->rows() == 0))
            return {};
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        // Content first: a version row may only arrive once its content is in the store.
        if (table == QLatin1String("version") && rows) {
            if (auto s = ensureContent(db, *rows, report); !s)
                return s;
        }
        if (versions) {
            if (auto s = ensureContent(db, *versions, report); !s)
                return s;
        }
        PulledPage page;
        if (rows && rows->rows() > 0)
            page.add(table, rows);
        if (versions && versions->rows() > 0)
            page.add(QStringLiteral("version"), versions);
        auto r = PullMerge::apply(m_engine, page, QString(), false);
        if (!r)
            return std::unexpected(r.error());
        report.pulled += r->applied;
        report.deferred += r->deferred;
        report.removed += r->removed;
        FaultInjection::hit("sync.pull.after-page");
        return {};
    };
    auto versionsOf = [&](const QStringList &docIds) -> Result<std::shared_ptr<PgResult>> {
        if (docIds.isEmpty())
            return std::shared_ptr<PgResult>();
        auto v = db.exec(QStringLiteral("SELECT * FROM aktenwerk.version WHERE document_id = ANY($1::uuid[])"),
            { QString(QStringLiteral("{") + docIds.join(QLatin1Char(',')) + QStringLiteral("}")) });
        if (!v)
            return std::unexpected(v.error());
        return std::make_shared<PgResult>(std::move(*v));
    };

    // Fetches rows in pages (keyset on xid, change_seq) and applies each page.
    auto pageThrough = [&](const QString &table, const QString &where, const QVariantList &params) -> Status {
        QString lastXid = QStringLiteral("0");
        QString lastSeq = QStringLiteral("-1");
        for (;;) {
            QVariantList args = params;
            args << lastXid << lastSeq;
            const int a = static_cast<int>(params.size());
            auto fetched
                = db.exec(QStringLiteral("SELECT *, xid::text AS xid_text FROM aktenwerk.%1 WHERE (%2) AND (xid, "
                                         "change_seq) > ($%3::xid8, $%4::bigint) ORDER BY xid, change_seq LIMIT %5")
                              .arg(table, where)
                              .arg(a + 1)
                              .arg(a + 2)
                              .arg(kPageSize),
                    args);
            if (!fetched)
                return std::unexpected(fetched.error());
            auto r = std::make_shared<PgResult>(std::move(*fetched));
            const int n = r->rows();
            QStringList docIds;
            QStringList newFiles;
            if (n > 0) {
                lastXid = r->text(n - 1, "xid_text");
                lastSeq = r->text(n - 1, "change_seq");
                const int idColumn = r->column("id");
                for (int i = 0; i < n; ++i) {
                    if (table == QLatin1String("document"))
                        docIds << r->text(i, idColumn);
                    else if (table == QLatin1String("file_record") && !knownFiles.contains(r->text(i, idColumn)))
                        newFiles << r->text(i, idColumn);
                }
            }
            auto versions = versionsOf(docIds);
            if (!versions)
                return std::unexpected(versions.error());
            if (auto s = applyPage(table, r, *versions); !s)
                return s;
            for (const QString &f : std::as_const(newFiles))
                knownFiles.insert(f);
            // Whole subtrees of files that are new to this client (shared with it later, say).
            // Only what is older than this pull's window: the window's rows come anyway.
            if (!newFiles.isEmpty() && previous != QLatin1String("0")) {
                const QString ids = QStringLiteral("{") + newFiles.join(QLatin1Char(',')) + QStringLiteral("}");
                for (const QString &c : std::as_const(subtreeTables)) {
                    QString lx = QStringLiteral("0");
                    QString ls = QStringLiteral("-1");
                    for (;;) {
                        auto cf = db.exec(QStringLiteral("SELECT *, xid::text AS xid_text FROM aktenwerk.%1 WHERE "
                                                         "file_id = ANY($1::uuid[]) AND xid < $2::xid8 AND "
                                                         "(xid, change_seq) > ($3::xid8, $4::bigint) ORDER BY xid, "
                                                         "change_seq LIMIT %2")
                                              .arg(c)
                                              .arg(kPageSize),
                            { ids, previous, lx, ls });
                        if (!cf)
                            return std::unexpected(cf.error());
                        auto cr = std::make_shared<PgResult>(std::move(*cf));
                        const int cn = cr->rows();
                        QStringList childDocs;
                        if (cn > 0) {
                            lx = cr->text(cn - 1, "xid_text");
                            ls = cr->text(cn - 1, "change_seq");
                            if (c == QLatin1String("document")) {
                                for (int i = 0; i < cn; ++i)
                                    childDocs << cr->text(i, "id");
                            }
                        }
                        auto childVersions = versionsOf(childDocs);
                        if (!childVersions)
                            return std::unexpected(childVersions.error());
                        if (auto s = applyPage(c, cr, *childVersions); !s)
                            return s;
                        if (cn < kPageSize)
                            break;
                    }
                }
            }
            if (n < kPageSize)
                return {};
        }
    };

    QStringList tables;
    for (const char *name : kTables)
        tables << QString::fromLatin1(name);
    // What this server's schema has (one question per pull): routing (13), records (14), removals (16).
    auto schema = db.exec(QStringLiteral("SELECT to_regclass('aktenwerk.route_step') IS NOT NULL, "
                                         "to_regclass('aktenwerk.record_keeping') IS NOT NULL, "
                                         "to_regclass('aktenwerk.removal') IS NOT NULL"));
    if (!schema)
        return fail_(schema.error());
    if (schema->text(0, 0) == QLatin1String("t")) {
        for (const char *name : kRoutingTables)
            tables << QString::fromLatin1(name);
        tables.move(tables.indexOf(QStringLiteral("org_unit")), 1); // before the users who belong to units
        subtreeTables << QStringLiteral("route") << QStringLiteral("route_step");
    }
    if (schema->text(0, 1) == QLatin1String("t")) {
        for (const char *name : kRecordsTables)
            tables << QString::fromLatin1(name);
        subtreeTables << QStringLiteral("record_keeping") << QStringLiteral("legal_hold");
    }
    // Files destroyed on the server: last, after every row of this window.
    const bool removals = schema->text(0, 2) == QLatin1String("t");
    // Access widened since the last pull: files below the window that are not here yet come now,
    // each with its subtree (as a file shared with us does).
    if (previous != QLatin1String("0") && grantedNow != knownAccess) {
        auto visible
            = db.exec(QStringLiteral("SELECT id::text FROM aktenwerk.file_record WHERE xid < $1::xid8"), { previous });
        if (!visible)
            return fail_(visible.error());
        QStringList missing;
        for (int i = 0; i < visible->rows(); ++i) {
            if (!knownFiles.contains(visible->text(i, 0)))
                missing << visible->text(i, 0);
        }
        for (qsizetype from = 0; from < missing.size(); from += kPageSize) {
            const QString ids
                = QStringLiteral("{") + missing.mid(from, kPageSize).join(QLatin1Char(',')) + QStringLiteral("}");
            if (auto s = pageThrough(QStringLiteral("file_record"), QStringLiteral("id = ANY($1::uuid[])"), { ids });
                !s)
                return fail_(s.error());
        }
    }
    if (removals)
        tables << QStringLiteral("removal");
    for (const QString &table : std::as_const(tables)) {
        if (auto s = pageThrough(table, QStringLiteral("xid >= $1::xid8 AND xid < $2::xid8"), {previous, next}); !s)
            return fail_(s.error());
        const QStringList again = refetch.value(table);
        if (!again.isEmpty() && table != QLatin1String("setting") && table != QLatin1String("app_user")
            && table != QLatin1String("department")) {
            const QString ids = QStringLiteral("{") + again.join(QLatin1Char(',')) + QStringLiteral("}");
            const QString column = table == QLatin1String("version") || table == QLatin1String("document_lock")
                ? QStringLiteral("document_id")
                : QStringLiteral("id");
            if (auto s = pageThrough(table, QStringLiteral("%1 = ANY($1::uuid[]) AND xid < $2::xid8").arg(column),
                                     {ids, next});
                !s)
                return fail_(s.error());
        }
    }
    db.rollback(); // read-only snapshot: nothing to commit
    // The watermark moves only after everything below it is applied locally.
    PulledPage last;
    last.access = grantedNow;
    auto done = PullMerge::apply(m_engine, last, next, true);
    if (!done)
        return std::unexpected(done.error());
    // What destroyed files left on disk goes now that their removal is committed (and what an
    // earlier pull could not finish) — a write only when something waits.
    bool purgePending = true;
    if (auto reader = m_engine.openReader(); reader) {
        if (auto waiting = reader->scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM purge_pending)")); waiting)
            purgePending = waiting->toInt() != 0;
    }
    if (purgePending) {
        if (auto s = m_engine.writeDerived(
                [this](Database &local) { return Purge::finish(local, m_engine.content(), m_engine.dataDir()); });
            !s)
            return s;
    }

    // Told on every sync until the working copy is checked in or given up: a team lead broke
    // this user's check-out. The working copy stays; its check-in becomes a parallel version
    // if someone else has checked in meanwhile.
    auto reader = m_engine.openReader();
    if (!reader)
        return std::unexpected(reader.error());
    auto broken = reader->prepare(QStringLiteral(
        "SELECT d.title, l.broken_by, l.broken_at FROM working_copy w JOIN document_lock l ON l.document_id = "
        "w.document_id JOIN document d ON d.id = w.document_id WHERE l.broken_owner = ? AND l.broken_at >= "
        "w.checked_out_at AND (l.owner IS NULL OR l.owner <> ?)"));
    if (!broken)
        return std::unexpected(broken.error());
    broken->bindAll(m_engine.user().login, m_engine.user().login);
    for (;;) {
        auto row = broken->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        report.brokenLocks << tr("%1 broke your check-out of \"%2\" on %3; your working copy is kept.")
                                  .arg(broken->text(1), broken->text(0),
                                      Model::displayTime(QDateTime::fromString(broken->text(2), Qt::ISODateWithMs)));
    }
    return {};
}

} // namespace Aktenwerk::Dms
