#include "dms/sync/syncengine.h"

#include "dms/engine.h"
#include "dms/faultinjection.h"
#include "dms/store/queries.h"
#include "dms/store/sha256.h"
#include "dms/sync/serveradmin.h"
#include "model/filereference.h"

#include <QDate>
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

constexpr int kPageSize = 2000;

QJsonObject rowObject(const PgResult &r, int row)
{
    QJsonObject o;
    for (int c = 0; c < r.columns(); ++c) {
        const QString name = r.columnName(c);
        o.insert(name, r.isNull(row, c) ? QJsonValue() : QJsonValue(r.text(row, c)));
    }
    return o;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/** A text argument, or SQL NULL when it is absent or empty. */
QVariant optionalText(const QJsonObject &o, const char *key)
{
    const QString v = o.value(QLatin1String(key)).toString();
    return v.isEmpty() ? QVariant() : QVariant(v);
}

/** Errors after which the same operation may succeed later (server away, races, full disk). */
bool isTransient(const Error &e)
{
    return e.code == ErrorCode::Unavailable || e.code == ErrorCode::Conflict || e.code == ErrorCode::DiskFull
        || e.code == ErrorCode::AlreadyExists || e.code == ErrorCode::Database || e.code == ErrorCode::Io;
}

const char *const kTables[] = {"setting", "department", "app_user", "plan_unit", "file_record",
                               "sub_file", "case_record", "document", "version", "document_lock", "conflict"};

/** A timestamptz as the sync session writes it ("2026-11-26 09:15:02.123456+00", UTC). */
QDateTime serverTime(const QString &text)
{
    QString t = text;
    if (t.endsWith(QLatin1String("+00")))
        t = t.left(t.size() - 3) + QLatin1Char('Z');
    return QDateTime::fromString(t.replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
}

/** Server table for an entity type code. */
QString tableOf(const QString &entityType)
{
    if (entityType == QLatin1String("file"))
        return QStringLiteral("file_record");
    if (entityType == QLatin1String("case"))
        return QStringLiteral("case_record");
    return entityType; // plan_unit, sub_file, document
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
    if (auto s = push(*db, report, cancel); !s) {
        (void)m_engine.recordSyncError(s.error().toString());
        return std::unexpected(s.error());
    }
    if (auto s = pull(*db, report, cancel); !s) {
        (void)m_engine.recordSyncError(s.error().toString());
        return std::unexpected(s.error());
    }
    auto reader = m_engine.openReader();
    if (reader) {
        if (auto n = reader->scalar(QStringLiteral("SELECT count(*) FROM conflict WHERE status = 'open'")))
            report.openConflicts = n->toInt();
    }
    return report;
}

Error SyncEngine::checkedOutBy(const QString &holder, const QDateTime &since)
{
    return Error{ErrorCode::ReadOnly,
                 tr("The document is checked out by %1 since %2. You can read it; you can edit it once it is "
                    "checked in.")
                     .arg(holder, QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)),
                 holder};
}

Status SyncEngine::applyNow(PgConnection &db, const Command &command)
{
    PendingOp op;
    op.opId = command.opId.toString(QUuid::WithoutBraces);
    op.command = commandTypeCode(command.type);
    op.entityType = QStringLiteral("document");
    op.entityId = command.target.toString(QUuid::WithoutBraces);
    op.payload = command.args;
    op.payload.remove(QStringLiteral("path"));
    op.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    op.user = m_engine.user().login;
    m_serverSettings.clear();
    if (auto s = db.begin(); !s)
        return s;
    if (auto s = applyOperation(db, op); !s) {
        db.rollback();
        return s;
    }
    if (auto s = db.commit(); !s) {
        db.rollback();
        return s;
    }
    return {};
}

Result<QList<SyncEngine::PendingOp>> SyncEngine::pendingOperations(int limit)
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto st = db->prepare(QStringLiteral("SELECT op_id, command, entity_type, entity_id, payload, created_at, user_login "
                                         "FROM oplog WHERE push_state = 'pending' ORDER BY seq LIMIT ?"));
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
        ops.append({st->text(0), st->text(1), st->text(2), st->text(3),
                    QJsonDocument::fromJson(st->text(4).toUtf8()).object(), st->text(5), st->text(6)});
    }
    return ops;
}

// --- push --------------------------------------------------------------------------------------

Status SyncEngine::push(PgConnection &db, SyncReport &report, const std::atomic<bool> *cancel)
{
    // Many operations share one server transaction: one commit, and no per-operation savepoint
    // (each would be a subtransaction, and their row locks pile up in multixacts). Should one of
    // them be refused, or a passing hitch (deadlock) get in the way, the batch is undone and its
    // operations are sent again one per transaction, which finds the refused one.
    int singles = 0; // operations still to send one at a time
    int hitches = 0;
    for (;;) {
        auto ops = pendingOperations(singles > 0 ? 1 : pushBatchSize);
        if (!ops)
            return std::unexpected(ops.error());
        if (ops->isEmpty())
            return {};
        auto rejection = [](const PendingOp &op, const Error &e) -> QString {
            return op.command + QStringLiteral(" ") + op.entityId + QStringLiteral(": ") + e.toString();
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
                const qint64 size = static_cast<qint64>(op.payload.value(QLatin1String("size")).toDouble());
                if (auto s = uploadContent(db, str(op.payload, "sha256"), size, report); !s) {
                    if (isTransient(s.error()))
                        return s;
                    refusedContent.append({op.opId, true, s.error().toString()});
                    report.rejections << rejection(op, s.error());
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

        m_serverSettings.clear();
        QList<OutboxMark> marks;
        auto runBatch = [&]() -> Status {
            if (auto s = db.begin(); !s)
                return s;
            // Idempotence: operations applied by an earlier attempt whose answer got lost.
            QStringList ids;
            for (const PendingOp &op : std::as_const(batch))
                ids << op.opId;
            auto known = db.exec(QStringLiteral("SELECT a.op_id FROM unnest($1::uuid[]) AS u(id) "
                                                "JOIN aktenwerk.applied_op a ON a.op_id = u.id"),
                                 {QVariant(QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))))});
            if (!known)
                return std::unexpected(known.error());
            QSet<QString> appliedBefore;
            for (int r = 0; r < known->rows(); ++r)
                appliedBefore.insert(known->text(r, 0));
            for (const PendingOp &op : std::as_const(batch)) {
                if (cancel && cancel->load())
                    return fail(ErrorCode::Cancelled, tr("Cancelled."));
                marks.append({op.opId, false, {}});
                if (appliedBefore.contains(op.opId))
                    continue;
                FaultInjection::hit("sync.push.before-op");
                if (const Status done = applyOperation(db, op); !done)
                    return done;
                FaultInjection::hit("sync.push.after-op");
            }
            FaultInjection::hit("sync.push.before-commit");
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
            if (e.code == ErrorCode::AlreadyExists) {
                // Either another session applied this very operation meanwhile (its idempotence
                // record clashed: done), or the server holds another entry with the same key —
                // a plan code added on two machines — which no retry will change.
                auto known = db.exec(QStringLiteral("SELECT 1 FROM aktenwerk.applied_op WHERE op_id = $1"),
                                     {batch.first().opId});
                if (!known)
                    return std::unexpected(known.error());
                if (known->rows() > 0) {
                    if (auto m = m_engine.markOperations({{batch.first().opId, false, {}}}); !m)
                        return m;
                    ++report.pushed;
                    singles = std::max(0, singles - 1);
                    continue;
                }
            } else if (isTransient(e)) {
                if (++hitches > 3)
                    return s; // kept pending: the next sync tries again
                continue;
            }
            // Refused for good (rights, rules): kept locally with the reason, shown to the user.
            if (auto m = m_engine.markOperations({{batch.first().opId, true, e.toString()}}); !m)
                return m;
            ++report.rejected;
            report.rejections << rejection(batch.first(), e);
            singles = std::max(0, singles - 1);
            continue;
        }
        // Committed on the server. Lost from here on (a crash), the operations are sent again
        // and recognised by their ids.
        FaultInjection::hit("sync.push.after-commit");
        if (auto m = m_engine.markOperations(marks); !m)
            return m;
        report.pushed += static_cast<int>(marks.size());
        singles = std::max(0, singles - static_cast<int>(batch.size()));
        hitches = 0;
    }
}

Result<QString> SyncEngine::serverSetting(PgConnection &db, const QString &key)
{
    if (auto it = m_serverSettings.constFind(key); it != m_serverSettings.cend())
        return *it;
    auto r = db.exec(QStringLiteral("SELECT value FROM aktenwerk.setting WHERE key = $1"), {key});
    if (!r)
        return std::unexpected(r.error());
    const QString value = r->rows() ? r->text(0, 0) : QString();
    m_serverSettings.insert(key, value);
    return value;
}

namespace {

/**
 * A reference template's text around its running number, and how the number is padded:
 * "63.01.02-" + 0045 (width 4) + "/2026". Checked against the template itself; empty when the
 * template does not put the number once, plainly zero-padded (then the caller formats it).
 */
std::optional<std::tuple<QString, qsizetype, QString>> splitAroundNumber(const ReferenceTemplate &tmpl,
                                                                         ReferenceTemplate::Values v)
{
    v.seq = 987654321;
    const QString probe = tmpl.format(v);
    const QString sentinel = QString::number(v.seq);
    if (probe.count(sentinel) != 1)
        return std::nullopt;
    const qsizetype at = probe.indexOf(sentinel);
    qsizetype zeros = 0;
    while (at - zeros > 0 && probe.at(at - zeros - 1) == QLatin1Char('0'))
        ++zeros;
    const QString suffix = probe.mid(at + sentinel.size());
    v.seq = 1;
    const QString one = tmpl.format(v);
    const qsizetype width = one.size() - suffix.size() - (at - zeros);
    if (!one.endsWith(suffix) || width <= 0 || width > 20)
        return std::nullopt;
    const QString prefix = one.left(at - zeros);
    auto padded = [&](int n) -> QString {
        return prefix + QString::number(n).rightJustified(width, QLatin1Char('0')) + suffix;
    };
    v.seq = 12345;
    if (padded(1) != one || padded(12345) != tmpl.format(v))
        return std::nullopt;
    return std::tuple{prefix, width, suffix};
}

} // namespace

Status SyncEngine::applyOperation(PgConnection &db, const PendingOp &op)
{
    // Runs inside the caller's transaction and savepoint, which undo everything on an error.
    auto fail_ = [](Error e) -> Status { return std::unexpected(std::move(e)); };
    const QJsonObject &p = op.payload;
    const QString id = op.entityId;
    QJsonObject result;
    auto exec = [&db](const QString &sql, const QVariantList &params) { return db.exec(sql, params); };
    auto revive = [&](const QString &table, const QString &key) -> Status {
        if (key.isEmpty())
            return {};
        auto r = exec(QStringLiteral("UPDATE aktenwerk.%1 SET deleted = false, revision = revision + 1, modified_at = "
                                     "now(), modified_by = session_user WHERE id = $1 AND deleted RETURNING id")
                          .arg(table),
                      {key});
        if (!r)
            return std::unexpected(r.error());
        if (r->rows() > 0) {
            auto a = exec(QStringLiteral("SELECT aktenwerk.audit('entity.revive', $1, $2, jsonb_build_object('op_id', $3::text))"),
                          {table, key, op.opId});
            if (!a)
                return std::unexpected(a.error());
        }
        return {};
    };

    if (op.command == QLatin1String("plan_unit.create")) {
        QVariant parent;
        if (!str(p, "parent_code").isEmpty()) {
            auto r = exec(QStringLiteral("SELECT id FROM aktenwerk.plan_unit WHERE code = $1"), {str(p, "parent_code")});
            if (!r)
                return fail_(r.error());
            if (r->rows() == 0)
                return fail_(Error{ErrorCode::NotFound, tr("The parent plan unit %1 is not on the server.")
                                                           .arg(str(p, "parent_code")), {}});
            parent = r->text(0, 0);
        }
        const auto retention = Retention::parse(str(p, "retention"));
        auto r = exec(QStringLiteral("INSERT INTO aktenwerk.plan_unit (id, parent_id, code, title, description, "
                                     "retention_years, disposal_type, retired, department_code, created_at) "
                                     "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"),
                      {id, parent, str(p, "code"), str(p, "title"), str(p, "description"),
                       retention && !retention->isUnlimited() ? QVariant(retention->years()) : QVariant(),
                       str(p, "disposal"), p.value(QLatin1String("retired")).toBool(), str(p, "department"),
                       op.createdAt});
        if (!r)
            return fail_(r.error());
    } else if (op.command == QLatin1String("plan_unit.update")) {
        auto cur = exec(QStringLiteral("SELECT id FROM aktenwerk.plan_unit WHERE id = $1 FOR UPDATE"), {id});
        if (!cur)
            return fail_(cur.error());
        if (cur->rows() == 0)
            return fail_(Error{ErrorCode::NotFound, tr("The plan unit is not on the server."), id});
        static const QStringList columns{QStringLiteral("title"), QStringLiteral("description"),
                                         QStringLiteral("retention"), QStringLiteral("disposal"),
                                         QStringLiteral("retired"), QStringLiteral("department")};
        for (const QString &key : columns) {
            if (!p.contains(key))
                continue;
            QString column = key;
            QVariant value = p.value(key).toVariant();
            if (key == QLatin1String("retention")) {
                column = QStringLiteral("retention_years");
                const auto r = Retention::parse(p.value(key).toString());
                value = r && !r->isUnlimited() ? QVariant(r->years()) : QVariant();
            } else if (key == QLatin1String("disposal")) {
                column = QStringLiteral("disposal_type");
            } else if (key == QLatin1String("department")) {
                column = QStringLiteral("department_code");
            } else if (key == QLatin1String("retired")) {
                value = p.value(key).toBool();
            }
            auto r = exec(QStringLiteral("UPDATE aktenwerk.plan_unit SET %1 = $2, revision = revision + 1, "
                                         "modified_at = now(), modified_by = session_user WHERE id = $1")
                              .arg(column),
                          {id, value});
            if (!r)
                return fail_(r.error());
        }
    } else if (op.command == QLatin1String("file.create")) {
        auto tmplText = serverSetting(db, QStringLiteral("reference.file_template"));
        if (!tmplText)
            return fail_(tmplText.error());
        auto tmpl = ReferenceTemplate::parse(!tmplText->isEmpty() ? *tmplText
                                                                  : QString::fromLatin1(ReferenceTemplate::defaultFileTemplate),
                                             ReferenceTemplate::Kind::File);
        if (!tmpl)
            return fail_(tmpl.error());
        ReferenceTemplate::Values v;
        v.plan = str(p, "plan_code");
        v.dept = str(p, "department");
        v.year = p.value(QLatin1String("year")).toInt();
        const QString scope = tmpl->scopeKey(v);

        // The common case in one round trip: number, row, idempotence record and audit event in
        // one statement. The reference is the template's text around the running number, which
        // the server pads the way the template does (checked here against the template itself).
        if (const auto split = splitAroundNumber(*tmpl, v)) {
            const auto &[prefix, width, suffix] = *split;
            QJsonObject details = p;
            details.insert(QStringLiteral("op_id"), op.opId);
            auto r = exec(
                QStringLiteral(
                    "WITH n AS (SELECT aktenwerk.next_reference_number($1, $2, $3) AS seq), "
                    "r AS (SELECT seq, $4::text || CASE WHEN length(seq::text) >= $5::int THEN seq::text "
                    "ELSE lpad(seq::text, $5::int, '0') END || $6::text AS reference FROM n), "
                    "f AS (INSERT INTO aktenwerk.file_record (id, plan_unit_id, reference, seq, year, title, "
                    "department_code, confidentiality, type, metadata, created_at) "
                    "SELECT $7::uuid, $8::uuid, r.reference, r.seq, $9::int, $10::text, $2, $3, $11::text, "
                    "$12::jsonb, $13::timestamptz FROM r ON CONFLICT (reference) DO NOTHING RETURNING reference), "
                    "a AS (INSERT INTO aktenwerk.applied_op (op_id, command, entity_id, result) "
                    "SELECT $14::uuid, 'file.create', $15::uuid, jsonb_build_object('reference', f.reference) "
                    "FROM f RETURNING op_id) "
                    "SELECT f.reference, aktenwerk.audit('file.create', $16::text, $17::text, $18::jsonb) "
                    "FROM f, a"),
                {scope, str(p, "department"), str(p, "confidentiality"), prefix, static_cast<int>(width), suffix,
                 id, str(p, "plan_unit"), v.year, str(p, "title"), str(p, "type"),
                 json(p.value(QLatin1String("metadata")).toObject()), op.createdAt, op.opId, id,
                 op.entityType, op.entityId, json(details)});
            if (!r)
                return fail_(r.error());
            if (r->rows() == 1)
                return {};
            // The number was taken under an earlier template: the loop below tries the next.
        }

        // Numbers under another template may be taken: then the next one is tried.
        QString reference;
        for (int attempt = 0; attempt < 1000 && reference.isEmpty(); ++attempt) {
            auto n = exec(QStringLiteral("SELECT aktenwerk.next_reference_number($1, $2, $3)"),
                          {scope, str(p, "department"), str(p, "confidentiality")});
            if (!n)
                return fail_(n.error());
            v.seq = static_cast<int>(n->int64(0, 0));
            const QString candidate = tmpl->format(v);
            auto ins = exec(QStringLiteral("INSERT INTO aktenwerk.file_record (id, plan_unit_id, reference, seq, year, "
                                           "title, department_code, confidentiality, type, metadata, created_at) "
                                           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11) "
                                           "ON CONFLICT (reference) DO NOTHING RETURNING id"),
                            {id, str(p, "plan_unit"), candidate, v.seq, v.year, str(p, "title"), str(p, "department"),
                             str(p, "confidentiality"), str(p, "type"),
                             json(p.value(QLatin1String("metadata")).toObject()), op.createdAt});
            if (!ins)
                return fail_(ins.error());
            if (ins->rows() > 0)
                reference = candidate;
        }
        if (reference.isEmpty())
            return fail_(Error{ErrorCode::Internal, tr("No free file reference was found."), scope});
        result.insert(QStringLiteral("reference"), reference);
    } else if (op.command == QLatin1String("sub_file.create") || op.command == QLatin1String("case.create")) {
        const bool isCase = op.command == QLatin1String("case.create");
        auto file = exec(QStringLiteral("SELECT reference, department_code, confidentiality FROM aktenwerk.file_record "
                                        "WHERE id = $1 FOR UPDATE"),
                         {str(p, "file_id")});
        if (!file)
            return fail_(file.error());
        if (file->rows() == 0)
            return fail_(Error{ErrorCode::NotFound, tr("The file is not on the server, or you may not change it."),
                               str(p, "file_id")});
        // Made offline in a file someone else deleted meanwhile: nothing is lost, the file comes back.
        if (auto revived = revive(QStringLiteral("file_record"), str(p, "file_id")); !revived)
            return fail_(revived.error());
        const QString table = isCase ? QStringLiteral("case_record") : QStringLiteral("sub_file");
        auto next = exec(QStringLiteral("SELECT COALESCE(max(number), 0) + 1 FROM aktenwerk.%1 WHERE file_id = $1").arg(table),
                         {str(p, "file_id")});
        if (!next)
            return fail_(next.error());
        const int number = static_cast<int>(next->int64(0, 0));
        if (isCase) {
            auto tmplText = serverSetting(db, QStringLiteral("reference.case_template"));
            if (!tmplText)
                return fail_(tmplText.error());
            auto tmpl = ReferenceTemplate::parse(!tmplText->isEmpty() ? *tmplText
                                                                      : QString::fromLatin1(ReferenceTemplate::defaultCaseTemplate),
                                                 ReferenceTemplate::Kind::Case);
            if (!tmpl)
                return fail_(tmpl.error());
            ReferenceTemplate::Values v;
            v.file = file->text(0, 0);
            v.caseNo = number;
            v.year = QDate::currentDate().year();
            const QString reference = tmpl->format(v);
            auto ins = exec(QStringLiteral("INSERT INTO aktenwerk.case_record (id, file_id, sub_file_id, number, reference, "
                                           "title, type, metadata, department_code, confidentiality, created_at) "
                                           "VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)"),
                            {id, str(p, "file_id"), str(p, "sub_file_id").isEmpty() ? QVariant() : QVariant(str(p, "sub_file_id")),
                             number, reference, str(p, "title"), str(p, "type"),
                             json(p.value(QLatin1String("metadata")).toObject()), file->text(0, 1), file->text(0, 2),
                             op.createdAt});
            if (!ins)
                return fail_(ins.error());
            result.insert(QStringLiteral("reference"), reference);
        } else {
            auto ins = exec(QStringLiteral("INSERT INTO aktenwerk.sub_file (id, file_id, number, title, department_code, "
                                           "confidentiality, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"),
                            {id, str(p, "file_id"), number, str(p, "title"), file->text(0, 1), file->text(0, 2),
                             op.createdAt});
            if (!ins)
                return fail_(ins.error());
        }
        result.insert(QStringLiteral("number"), number);
    } else if (op.command == QLatin1String("document.create") || op.command == QLatin1String("document.link")) {
        QVariant caseId, fileId;
        QString dept, level;
        if (!str(p, "case_id").isEmpty()) {
            auto cs = exec(QStringLiteral("SELECT file_id, department_code, confidentiality FROM aktenwerk.case_record "
                                          "WHERE id = $1"),
                           {str(p, "case_id")});
            if (!cs)
                return fail_(cs.error());
            if (cs->rows() == 0)
                return fail_(Error{ErrorCode::NotFound, tr("The case is not on the server."), str(p, "case_id")});
            caseId = str(p, "case_id");
            fileId = cs->text(0, 0);
            for (const auto &[table, key] : {std::pair{QStringLiteral("case_record"), str(p, "case_id")},
                                             std::pair{QStringLiteral("file_record"), cs->text(0, 0)}}) {
                if (auto revived = revive(table, key); !revived)
                    return fail_(revived.error());
            }
            dept = cs->text(0, 1);
            level = cs->text(0, 2);
        } else {
            auto me = exec(QStringLiteral("SELECT aktenwerk.my_department()"), {});
            if (!me)
                return fail_(me.error());
            dept = me->text(0, 0);
            level = QStringLiteral("003");
        }
        auto doc = exec(QStringLiteral("INSERT INTO aktenwerk.document (id, case_id, title, type, metadata, current_version, "
                                       "department_code, confidentiality, file_id, created_at) "
                                       "VALUES ($1, $2, $3, $4, $5::jsonb, 1, $6, $7, $8, $9)"),
                        {id, caseId, str(p, "title"), str(p, "type"), json(p.value(QLatin1String("metadata")).toObject()),
                         dept, level, fileId, op.createdAt});
        if (!doc)
            return fail_(doc.error());
        auto ver = exec(QStringLiteral("INSERT INTO aktenwerk.version (id, document_id, number, sha256, size, mime_type, "
                                       "file_name, author, created_at, comment, origin, department_code, confidentiality, "
                                       "file_id, transfer_note, ocr) "
                                       "VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"),
                        {str(p, "version_id"), id, str(p, "sha256"), static_cast<qint64>(p.value(QLatin1String("size")).toDouble()),
                         str(p, "mime_type"), str(p, "file_name"), op.user, op.createdAt, str(p, "comment"),
                         str(p, "origin"), dept, level, fileId, optionalText(p, "transfer_note"), optionalText(p, "ocr")});
        if (!ver)
            return fail_(ver.error());
    } else if (op.command == QLatin1String("document.file")) {
        // The server checks the rules again (intake only, case and file open, may write both)
        // and moves the document and its versions under the file's department and confidentiality.
        auto filed = exec(QStringLiteral("SELECT aktenwerk.file_document($1, $2)"), {id, str(p, "case_id")});
        if (!filed)
            return fail_(filed.error());
        result.insert(QStringLiteral("reference"), filed->text(0, 0));
    } else if (op.command == QLatin1String("document.checkout")) {
        auto hours = serverSetting(db, QStringLiteral("checkout.expiry_hours"));
        if (!hours)
            return fail_(hours.error());
        auto lock = exec(QStringLiteral("SELECT granted, holder, held_since, held_until FROM "
                                        "aktenwerk.checkout_document($1, $2)"),
                         {id, hours->isEmpty() ? 168 : std::max(1, hours->toInt())});
        if (!lock)
            return fail_(lock.error());
        // An offline edit reported late is never refused: its check-in becomes a parallel version.
        if (lock->text(0, 0) != QLatin1String("t") && !p.value(QLatin1String("offline")).toBool())
            return fail_(checkedOutBy(lock->text(0, 1), serverTime(lock->text(0, 2))));
        result.insert(QStringLiteral("granted"), lock->text(0, 0) == QLatin1String("t"));
        result.insert(QStringLiteral("holder"), lock->text(0, 1));
    } else if (op.command == QLatin1String("document.checkout.cancel")) {
        auto r = exec(QStringLiteral("SELECT aktenwerk.release_document_lock($1)"), {id});
        if (!r)
            return fail_(r.error());
    } else if (op.command == QLatin1String("lock.break")) {
        auto r = exec(QStringLiteral("SELECT aktenwerk.break_document_lock($1)"), {id});
        if (!r)
            return fail_(r.error());
        result.insert(QStringLiteral("owner"), r->isNull(0, 0) ? QJsonValue() : QJsonValue(r->text(0, 0)));
    } else if (op.command == QLatin1String("version.add") || op.command == QLatin1String("document.checkin")) {
        auto doc = exec(QStringLiteral("SELECT department_code, confidentiality, file_id, case_id, "
                                       "(SELECT v.id::text FROM aktenwerk.version v WHERE v.document_id = d.id AND "
                                       "v.number = d.current_version), "
                                       "(SELECT l.owner FROM aktenwerk.document_lock l WHERE l.document_id = d.id AND "
                                       "l.owner <> session_user AND l.expires > now()), "
                                       "(SELECT v.number FROM aktenwerk.version v WHERE v.id = $2::uuid) "
                                       "FROM aktenwerk.document d WHERE id = $1 FOR UPDATE"),
                        {id, str(p, "base_version_id").isEmpty() ? QVariant() : QVariant(str(p, "base_version_id"))});
        if (!doc)
            return fail_(doc.error());
        if (doc->rows() == 0)
            return fail_(Error{ErrorCode::NotFound, tr("The document is not on the server, or you may not change it."), id});
        // A version made offline of a document deleted meanwhile: the version is kept, the document returns.
        for (const auto &[table, key] : {std::pair{QStringLiteral("document"), id},
                                         std::pair{QStringLiteral("case_record"), doc->text(0, 3)},
                                         std::pair{QStringLiteral("file_record"), doc->text(0, 2)}}) {
            if (auto revived = revive(table, key); !revived)
                return fail_(revived.error());
        }
        // Versions only append: a version made in parallel elsewhere simply comes first.
        auto next = exec(QStringLiteral("SELECT COALESCE(max(number), 0) + 1 FROM aktenwerk.version WHERE document_id = $1"),
                         {id});
        if (!next)
            return fail_(next.error());
        const int number = static_cast<int>(next->int64(0, 0));
        // An edit whose base is no longer the current version (someone checked in meanwhile),
        // or made while someone else holds the lock, is kept as a parallel version of its base.
        // The base is named by its id: numbers of versions made offline may change on the way.
        const QString baseId = str(p, "base_version_id");
        const int base = baseId.isEmpty() || doc->isNull(0, 6) ? 0 : static_cast<int>(doc->int64(0, 6));
        QString origin = str(p, "origin");
        int parallelTo = 0;
        if (base > 0 && (doc->text(0, 4) != baseId || (!doc->isNull(0, 5) && op.command == QLatin1String("document.checkin"))))
            parallelTo = base;
        if (parallelTo > 0)
            origin = versionOriginCode(VersionOrigin::Parallel);
        else if (origin == versionOriginCode(VersionOrigin::Parallel))
            origin = versionOriginCode(VersionOrigin::Edit); // parallel here, but not on the server
        auto ver = exec(QStringLiteral("INSERT INTO aktenwerk.version (id, document_id, number, sha256, size, mime_type, "
                                       "file_name, author, created_at, comment, origin, department_code, confidentiality, "
                                       "file_id, base_version, parallel_to, transfer_note, ocr) "
                                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
                                       "$17, $18)"),
                        {str(p, "version_id"), id, number, str(p, "sha256"),
                         static_cast<qint64>(p.value(QLatin1String("size")).toDouble()), str(p, "mime_type"),
                         str(p, "file_name"), op.user, op.createdAt, str(p, "comment"), origin,
                         doc->text(0, 0), doc->text(0, 1), doc->isNull(0, 2) ? QVariant() : QVariant(doc->text(0, 2)),
                         base > 0 ? QVariant(base) : QVariant(), parallelTo > 0 ? QVariant(parallelTo) : QVariant(),
                         optionalText(p, "transfer_note"), optionalText(p, "ocr")});
        if (!ver)
            return fail_(ver.error());
        if (op.command == QLatin1String("document.checkin")) {
            auto released = exec(QStringLiteral("SELECT aktenwerk.release_document_lock($1)"), {id});
            if (!released)
                return fail_(released.error());
        }
        result.insert(QStringLiteral("parallel_to"), parallelTo);
        auto upd = exec(QStringLiteral("UPDATE aktenwerk.document SET current_version = $2, revision = revision + 1, "
                                       "modified_at = now(), modified_by = session_user WHERE id = $1"),
                        {id, number});
        if (!upd)
            return fail_(upd.error());
        result.insert(QStringLiteral("number"), number);
    } else if (op.command == QLatin1String("fields.update")) {
        const QString table = tableOf(str(p, "entity_type").isEmpty() ? op.entityType : str(p, "entity_type"));
        const bool hasSchema = table != QLatin1String("sub_file");
        auto cur = exec(hasSchema
                            ? QStringLiteral("SELECT title, type, metadata::text, department_code, confidentiality, %2 "
                                             "FROM aktenwerk.%1 WHERE id = $1 FOR UPDATE")
                                  .arg(table, table == QLatin1String("file_record") ? QStringLiteral("id")
                                                                                    : QStringLiteral("file_id"))
                            : QStringLiteral("SELECT title, '' AS type, '{}' AS metadata, department_code, confidentiality, "
                                             "file_id FROM aktenwerk.sub_file WHERE id = $1 FOR UPDATE"),
                        {id});
        if (!cur)
            return fail_(cur.error());
        if (cur->rows() == 0)
            return fail_(Error{ErrorCode::NotFound, tr("The record is not on the server, or you may not change it."), id});
        QString title = cur->text(0, 0);
        QString type = cur->text(0, 1);
        QJsonObject metadata = QJsonDocument::fromJson(cur->text(0, 2).toUtf8()).object();
        bool changed = false;
        for (const QJsonValue &cv : p.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = cv.toObject();
            const QString field = str(change, "field");
            const QString oldValue = str(change, "old");
            const QString newValue = str(change, "new");
            QString current;
            if (field == QLatin1String("title"))
                current = title;
            else if (field == QLatin1String("type"))
                current = type;
            else if (field.startsWith(QLatin1String("metadata.")))
                current = metadata.value(field.mid(9)).toString();
            if (current == newValue)
                continue; // someone made the same change
            if (current != oldValue) {
                // Both changed the field: the server's value stays, this one waits as a conflict.
                auto conflict = exec(QStringLiteral("INSERT INTO aktenwerk.conflict (id, entity_type, entity_id, field, "
                                                    "base_value, mine_value, theirs_value, mine_user, op_id, "
                                                    "department_code, confidentiality, file_id) "
                                                    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"),
                                     {QUuid::createUuidV5(QUuid::fromString(op.opId), field), op.entityType, id, field,
                                      oldValue, newValue, current, op.user, op.opId, cur->text(0, 3), cur->text(0, 4),
                                      cur->isNull(0, 5) ? QVariant() : QVariant(cur->text(0, 5))});
                if (!conflict)
                    return fail_(conflict.error());
                continue;
            }
            if (field == QLatin1String("title"))
                title = newValue;
            else if (field == QLatin1String("type"))
                type = newValue;
            else if (newValue.isEmpty())
                metadata.remove(field.mid(9));
            else
                metadata.insert(field.mid(9), newValue);
            changed = true;
        }
        if (changed) {
            auto upd = hasSchema
                ? exec(QStringLiteral("UPDATE aktenwerk.%1 SET title = $2, type = $3, metadata = $4::jsonb, revision = "
                                      "revision + 1, modified_at = now(), modified_by = session_user WHERE id = $1")
                           .arg(table),
                       {id, title, type, json(metadata)})
                : exec(QStringLiteral("UPDATE aktenwerk.sub_file SET title = $2, revision = revision + 1, modified_at = "
                                      "now(), modified_by = session_user WHERE id = $1"),
                       {id, title});
            if (!upd)
                return fail_(upd.error());
        }
    } else if (op.command == QLatin1String("entity.tombstone")) {
        const QString table = tableOf(op.entityType);
        QString children;
        if (table == QLatin1String("case_record"))
            children = QStringLiteral("SELECT count(*) FROM aktenwerk.document WHERE case_id = $1 AND NOT deleted");
        else if (table == QLatin1String("file_record"))
            children = QStringLiteral("SELECT count(*) FROM aktenwerk.case_record WHERE file_id = $1 AND NOT deleted");
        if (!children.isEmpty()) {
            auto n = exec(children, {id});
            if (!n)
                return fail_(n.error());
            if (n->int64(0, 0) > 0)
                return fail_(Error{ErrorCode::Validation,
                                   tr("On the server it is not empty any more: delete what it holds first."), id});
        }
        auto upd = exec(QStringLiteral("UPDATE aktenwerk.%1 SET deleted = true, revision = revision + 1, modified_at = "
                                       "now(), modified_by = session_user WHERE id = $1 AND NOT deleted RETURNING id")
                            .arg(table),
                        {id});
        if (!upd)
            return fail_(upd.error());
    } else if (op.command == QLatin1String("conflict.resolve")) {
        auto c = exec(QStringLiteral("SELECT status FROM aktenwerk.conflict WHERE id = $1 FOR UPDATE"), {id});
        if (!c)
            return fail_(c.error());
        if (c->rows() == 0)
            return fail_(Error{ErrorCode::NotFound, tr("The conflict is not on the server."), id});
        if (c->text(0, 0) == QLatin1String("open")) {
            if (str(p, "keep") == QLatin1String("mine")) {
                const QString table = tableOf(str(p, "entity_type"));
                const QString field = str(p, "field");
                QString sql;
                QVariantList params{str(p, "entity_id"), str(p, "value")};
                if (field == QLatin1String("title") || field == QLatin1String("type"))
                    sql = QStringLiteral("UPDATE aktenwerk.%1 SET %2 = $2").arg(table, field);
                else
                    sql = QStringLiteral("UPDATE aktenwerk.%1 SET metadata = CASE WHEN $2 = '' THEN metadata - $3 ELSE "
                                         "jsonb_set(metadata, ARRAY[$3], to_jsonb($2::text)) END")
                              .arg(table),
                    params << field.mid(9);
                sql += QStringLiteral(", revision = revision + 1, modified_at = now(), modified_by = session_user "
                                      "WHERE id = $1");
                auto upd = exec(sql, params);
                if (!upd)
                    return fail_(upd.error());
            }
            auto upd = exec(QStringLiteral("UPDATE aktenwerk.conflict SET status = $2, resolved_by = session_user, "
                                           "resolved_at = now(), revision = revision + 1 WHERE id = $1"),
                            {id, str(p, "keep")});
            if (!upd)
                return fail_(upd.error());
        } else {
            // Someone resolved it first. This client has applied its own choice locally; the
            // record is stamped so that the server's value comes back to it with the next pull
            // (unchanged, it would never be sent again).
            auto touch = exec(QStringLiteral("UPDATE aktenwerk.%1 SET revision = revision + 1 WHERE id = $1")
                                  .arg(tableOf(str(p, "entity_type"))),
                              {str(p, "entity_id")});
            if (!touch)
                return fail_(touch.error());
            auto again = exec(QStringLiteral("UPDATE aktenwerk.conflict SET revision = revision + 1 WHERE id = $1"), {id});
            if (!again)
                return fail_(again.error());
        }
    } else {
        return fail_(Error{ErrorCode::Unsupported, tr("The server does not know the change \"%1\".").arg(op.command), {}});
    }

    // The idempotence record and the server's audit event, in one statement. Should another
    // session have applied the operation meanwhile, the key clash undoes this attempt.
    QJsonObject details = p;
    details.insert(QStringLiteral("op_id"), op.opId);
    auto done = exec(QStringLiteral("WITH a AS (INSERT INTO aktenwerk.applied_op (op_id, command, entity_id, result) "
                                    "VALUES ($1, $2, $3, $4::jsonb) RETURNING op_id) "
                                    "SELECT aktenwerk.audit($2, $5, $6, $7::jsonb) FROM a"),
                     {op.opId, op.command, op.entityId.isEmpty() ? QVariant() : QVariant(op.entityId), json(result),
                      op.entityType, op.entityId, json(details)});
    if (!done)
        return fail_(done.error());
    return {};
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
    auto begun = db.exec(QStringLiteral("SELECT array_to_string(aktenwerk.upload_begin($1, $2, $3), ',')"),
                         {sha, size, chunkSize});
    if (!begun)
        return std::unexpected(begun.error());
    QSet<int> sent;
    for (const QString &i : begun->text(0, 0).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sent.insert(i.toInt());

    QFile in(m_engine.content().pathFor(sha));
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Integrity, tr("The content %1 is missing from the content store.").arg(sha.left(12)),
                    in.errorString());
    // Every chunk is read and hashed, sent or not: the whole file must still match its name.
    Sha256 whole;
    qint64 total = 0;
    QByteArray buf(chunkSize, Qt::Uninitialized);
    for (int idx = 0;; ++idx) {
        const qint64 n = in.read(buf.data(), chunkSize);
        if (n < 0)
            return fail(ErrorCode::Io, tr("Cannot read the content %1.").arg(sha.left(12)), in.errorString());
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
            return std::unexpected(r.error());
        report.bytesUp += n;
        if (FaultInjection::shouldFail("sync.upload.after-chunk"))
            return fail(ErrorCode::Unavailable, tr("The server cannot be reached."), QStringLiteral("fault injected"));
    }
    if (whole.finalHex() != sha || total != size)
        return fail(ErrorCode::Integrity, tr("The content %1 is damaged: its checksum is wrong.").arg(sha.left(12)));
    auto finished = db.exec(QStringLiteral("SELECT aktenwerk.upload_finish($1)"), {sha});
    if (!finished)
        return std::unexpected(finished.error());
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

Status SyncEngine::ensureContent(PgConnection &db, const QJsonArray &versions, SyncReport &report)
{
    QSet<QString> seen;
    for (const QJsonValue &v : versions) {
        const QJsonObject row = v.toObject();
        const QString sha = str(row, "sha256");
        if (seen.contains(sha))
            continue;
        seen.insert(sha);
        if (auto s = downloadContent(db, sha, str(row, "size").toLongLong(), report); !s)
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
    auto snap = db.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
    if (!snap)
        return fail_(snap.error());
    const QString next = snap->text(0, 0);
    report.watermark = next;

    // Local ids of files, to find files that became visible now (new, or shared with us later):
    // their whole subtree comes along, whatever its age.
    QSet<QString> knownFiles;
    {
        auto reader = m_engine.openReader();
        if (!reader)
            return fail_(reader.error());
        auto st = reader->prepare(QStringLiteral("SELECT id FROM file_record"));
        while (st && *st->step())
            knownFiles.insert(st->text(0));
    }

    auto applyPage = [&](const QString &table, const QJsonArray &rows, const QJsonArray &versions) -> Status {
        if (rows.isEmpty() && versions.isEmpty())
            return {};
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        // Content first: a version row may only arrive once its content is in the store.
        if (auto s = ensureContent(db, table == QLatin1String("version") ? rows : versions, report); !s)
            return s;
        if (table == QLatin1String("version") && !versions.isEmpty()) {
            if (auto s = ensureContent(db, versions, report); !s)
                return s;
        }
        QJsonObject tables;
        if (!rows.isEmpty())
            tables.insert(table, rows);
        if (!versions.isEmpty())
            tables.insert(QStringLiteral("version"), versions);
        auto r = m_engine.apply(Commands::applyRemote(tables, QString(), false));
        if (!r)
            return std::unexpected(r.error());
        report.pulled += r->data.value(QLatin1String("applied")).toInt();
        report.deferred += r->data.value(QLatin1String("deferred")).toInt();
        FaultInjection::hit("sync.pull.after-page");
        return {};
    };

    // Fetches rows in pages (keyset on xid, change_seq) and applies each page. Documents bring
    // all their versions along, so that a document never exists locally without them.
    auto pageThrough = [&](const QString &table, const QString &where, const QVariantList &params) -> Status {
        QString lastXid = QStringLiteral("0");
        QString lastSeq = QStringLiteral("-1");
        for (;;) {
            QVariantList args = params;
            args << lastXid << lastSeq;
            const int a = static_cast<int>(params.size());
            auto r = db.exec(QStringLiteral("SELECT *, xid::text AS xid_text FROM aktenwerk.%1 WHERE (%2) AND (xid, change_seq) > "
                                            "($%3::xid8, $%4::bigint) ORDER BY xid, change_seq LIMIT %5")
                                 .arg(table, where)
                                 .arg(a + 1)
                                 .arg(a + 2)
                                 .arg(kPageSize),
                             args);
            if (!r)
                return std::unexpected(r.error());
            QJsonArray rows;
            QStringList docIds;
            QStringList newFiles;
            for (int i = 0; i < r->rows(); ++i) {
                QJsonObject o = rowObject(*r, i);
                lastXid = o.value(QLatin1String("xid_text")).toString();
                lastSeq = o.value(QLatin1String("change_seq")).toString();
                o.remove(QStringLiteral("xid"));
                o.remove(QStringLiteral("xid_text"));
                if (table == QLatin1String("document"))
                    docIds << str(o, "id");
                if (table == QLatin1String("file_record") && !knownFiles.contains(str(o, "id")))
                    newFiles << str(o, "id");
                rows.append(o);
            }
            QJsonArray versions;
            if (!docIds.isEmpty()) {
                auto v = db.exec(QStringLiteral("SELECT * FROM aktenwerk.version WHERE document_id = ANY($1::uuid[])"),
                                 {QString(QStringLiteral("{") + docIds.join(QLatin1Char(',')) + QStringLiteral("}"))});
                if (!v)
                    return std::unexpected(v.error());
                for (int i = 0; i < v->rows(); ++i) {
                    QJsonObject o = rowObject(*v, i);
                    o.remove(QStringLiteral("xid"));
                    versions.append(o);
                }
            }
            if (auto s = applyPage(table, rows, versions); !s)
                return s;
            for (const QString &f : std::as_const(newFiles))
                knownFiles.insert(f);
            // Whole subtrees of files that are new to this client (shared with it later, say).
            // Only what is older than this pull's window: the window's rows come anyway.
            if (!newFiles.isEmpty() && previous != QLatin1String("0")) {
                const QString ids = QStringLiteral("{") + newFiles.join(QLatin1Char(',')) + QStringLiteral("}");
                for (const char *child : {"sub_file", "case_record", "document", "conflict"}) {
                    const QString c = QString::fromLatin1(child);
                    if (auto s = [&]() -> Status {
                            QString lx = QStringLiteral("0");
                            QString ls = QStringLiteral("-1");
                            for (;;) {
                                auto cr = db.exec(QStringLiteral("SELECT *, xid::text AS xid_text FROM aktenwerk.%1 WHERE "
                                                                 "file_id = ANY($1::uuid[]) AND xid < $2::xid8 AND "
                                                                 "(xid, change_seq) > ($3::xid8, $4::bigint) ORDER BY xid, "
                                                                 "change_seq LIMIT %2")
                                                      .arg(c)
                                                      .arg(kPageSize),
                                                  {ids, previous, lx, ls});
                                if (!cr)
                                    return std::unexpected(cr.error());
                                QJsonArray childRows;
                                QStringList childDocs;
                                for (int i = 0; i < cr->rows(); ++i) {
                                    QJsonObject o = rowObject(*cr, i);
                                    lx = o.value(QLatin1String("xid_text")).toString();
                                    ls = o.value(QLatin1String("change_seq")).toString();
                                    o.remove(QStringLiteral("xid"));
                                    o.remove(QStringLiteral("xid_text"));
                                    if (c == QLatin1String("document"))
                                        childDocs << str(o, "id");
                                    childRows.append(o);
                                }
                                QJsonArray childVersions;
                                if (!childDocs.isEmpty()) {
                                    auto v = db.exec(QStringLiteral("SELECT * FROM aktenwerk.version WHERE document_id = "
                                                                    "ANY($1::uuid[])"),
                                                     {QString(QStringLiteral("{") + childDocs.join(QLatin1Char(','))
                                                              + QStringLiteral("}"))});
                                    if (!v)
                                        return std::unexpected(v.error());
                                    for (int i = 0; i < v->rows(); ++i) {
                                        QJsonObject o = rowObject(*v, i);
                                        o.remove(QStringLiteral("xid"));
                                        childVersions.append(o);
                                    }
                                }
                                if (auto s = applyPage(c, childRows, childVersions); !s)
                                    return s;
                                if (cr->rows() < kPageSize)
                                    return {};
                            }
                        }();
                        !s)
                        return s;
                }
            }
            if (r->rows() < kPageSize)
                return {};
        }
    };

    for (const char *name : kTables) {
        const QString table = QString::fromLatin1(name);
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
    auto done = m_engine.apply(Commands::applyRemote({}, next, true));
    if (!done)
        return std::unexpected(done.error());

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
                                       QLocale().toString(QDateTime::fromString(broken->text(2), Qt::ISODateWithMs)
                                                              .toLocalTime(),
                                                          QLocale::ShortFormat));
    }
    return {};
}

} // namespace Aktenwerk::Dms
