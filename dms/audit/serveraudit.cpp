#include "dms/audit/serveraudit.h"

#include "model/displaytime.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <unistd.h>

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

constexpr int kPage = 10000;
const QString kGenesis = QString(64, QLatin1Char('0'));

// The hash of each event as it must be, from its stored columns. Written here, not called from
// the database: a function stored there could be changed by the database's owner.
const char *const kExpected = R"(CASE e.format
  WHEN 1 THEN encode(sha256(convert_to(jsonb_build_array('aktenwerk-server-audit-v1', e.seq,
      to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.login, e.action, e.entity_type,
      e.entity_id, e.details, e.prev_hash)::text, 'UTF8')), 'hex')
  ELSE encode(sha256(convert_to(e.prev_hash || encode(sha256(convert_to(jsonb_build_array(
      'aktenwerk-server-audit-v2', e.seq, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.login,
      e.action, e.entity_type, e.entity_id, e.details, e.department_code, e.confidentiality, e.file_id::text,
      to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text, 'UTF8')), 'hex'),
      'UTF8')), 'hex') END)";

QDateTime parseTime(const QString &text)
{
    QString t = text;
    if (t.endsWith(QLatin1String("+00")))
        t = t.left(t.size() - 3) + QLatin1Char('Z');
    return QDateTime::fromString(t.replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
}

} // namespace

Result<ServerAudit::Report> ServerAudit::verify(PgConnection &db, const std::optional<Anchor> &anchor)
{
    if (auto s = db.script(QStringLiteral("SET TimeZone = 'UTC'")); !s)
        return std::unexpected(s.error());
    if (auto s = db.begin("REPEATABLE READ READ ONLY"); !s)
        return std::unexpected(s.error());
    auto done = [&db](Report r) -> Result<Report> {
        db.rollback();
        return r;
    };
    Report report;
    qint64 lastSeq = 0;
    QString lastHash = kGenesis;
    bool anchorSeen = false;
    const QString sql
        = QStringLiteral("SELECT e.seq, e.prev_hash, e.hash, %1 AS expected, "
                         "e.format = 2 AND e.action <> 'command.refused' AND e.details ? 'op_id' AND NOT EXISTS "
                         "(SELECT 1 FROM aktenwerk.applied_op a WHERE a.op_id::text = e.details->>'op_id') AS orphan "
                         "FROM aktenwerk.audit_event e WHERE e.seq > $1 ORDER BY e.seq LIMIT %2")
              .arg(QLatin1String(kExpected))
              .arg(kPage);
    for (;;) {
        auto r = db.exec(sql, { lastSeq });
        if (!r) {
            db.rollback();
            return std::unexpected(r.error());
        }
        for (int i = 0; i < r->rows(); ++i) {
            const qint64 seq = r->int64(i, 0);
            const QString prev = r->text(i, 1);
            const QString hash = r->text(i, 2);
            const QString expected = r->text(i, 3);
            auto broken = [&](qint64 at, const QString &problem) {
                report.ok = false;
                report.brokenAt = at;
                report.problem = problem;
                report.headSeq = lastSeq;
                report.headHash = lastHash;
                return done(report);
            };
            if (seq != lastSeq + 1) {
                return broken(lastSeq + 1,
                    lastSeq == 0 ? tr("The audit trail does not start at its beginning: events 1 to %1 are "
                                      "missing (deleted).")
                                       .arg(seq - 1)
                                 : tr("Events %1 to %2 are missing (deleted).").arg(lastSeq + 1).arg(seq - 1));
            }
            if (expected != hash)
                return broken(seq,
                    tr("Event %1 does not match its hash: it was changed after it was written, or moved "
                       "here from another position.")
                        .arg(seq));
            if (prev != lastHash)
                return broken(seq,
                    tr("Event %1 does not continue the chain: an event before it was removed, inserted "
                       "or rewritten.")
                        .arg(seq));
            if (r->text(i, 4) == QLatin1String("t"))
                return broken(seq,
                    tr("Event %1 records a change that the server has no record of: it was added "
                       "afterwards.")
                        .arg(seq));
            if (anchor && seq == anchor->seq) {
                anchorSeen = true;
                if (hash != anchor->hash)
                    return broken(seq,
                        tr("Event %1 differs from the head anchored on %2: the audit trail was rewritten "
                           "from there on.")
                            .arg(seq)
                            .arg(Model::displayTime(anchor->at)));
            }
            lastSeq = seq;
            lastHash = hash;
            ++report.events;
        }
        if (r->rows() < kPage)
            break;
    }
    report.headSeq = lastSeq;
    report.headHash = lastHash;
    if (anchor && !anchorSeen && anchor->seq > 0) {
        report.ok = false;
        report.brokenAt = lastSeq + 1;
        report.problem = tr("The audit trail ends at event %1, but event %2 was anchored on %3: events %4 to %2 were "
                            "removed.")
                             .arg(lastSeq)
                             .arg(anchor->seq)
                             .arg(Model::displayTime(anchor->at))
                             .arg(lastSeq + 1);
        return done(report);
    }
    // Every applied change has its event (an event removed together with the ones after it and
    // rewritten would otherwise leave no gap).
    auto missing = db.exec(QStringLiteral(
        "SELECT count(*), min(a.applied_at)::text FROM aktenwerk.applied_op a WHERE NOT EXISTS (SELECT 1 FROM "
        "aktenwerk.audit_event e WHERE e.details->>'op_id' = a.op_id::text AND e.action <> 'command.refused')"));
    if (!missing) {
        db.rollback();
        return std::unexpected(missing.error());
    }
    if (missing->int64(0, 0) > 0) {
        report.ok = false;
        report.brokenAt = lastSeq + 1;
        report.problem = tr("%1 changes applied by the server have no audit event (the first of %2): events were "
                            "removed.")
                             .arg(missing->int64(0, 0))
                             .arg(Model::displayTime(parseTime(missing->text(0, 1))));
    }
    return done(report);
}

Result<std::optional<ServerAudit::Anchor>> ServerAudit::readAnchor(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return std::optional<Anchor>();
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read the anchor file %1.").arg(path), f.errorString());
    static const QRegularExpression line(QStringLiteral("^(\\d+)\\s+([0-9a-f]{64})\\s+(\\S+)\\s*$"));
    std::optional<Anchor> last;
    while (!f.atEnd()) {
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const auto m = line.match(text);
        if (!m.hasMatch())
            return fail(ErrorCode::Validation,
                tr("The anchor file %1 has a line that is not \"seq hash time\".").arg(path), text);
        last = Anchor { m.captured(1).toLongLong(), m.captured(2), QDateTime::fromString(m.captured(3), Qt::ISODate) };
    }
    return last;
}

Status ServerAudit::appendAnchor(const QString &path, const Anchor &anchor)
{
    QFile f(path);
    const bool fresh = !f.exists();
    if (!f.open(QIODevice::Append | QIODevice::Text))
        return fail(ErrorCode::Io, tr("Cannot write the anchor file %1.").arg(path), f.errorString());
    if (fresh) {
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write("# Aktenwerk: heads of the central audit trail (seq sha256 time), one per check\n");
    }
    const QByteArray text = QStringLiteral("%1 %2 %3\n")
                                .arg(anchor.seq)
                                .arg(anchor.hash, anchor.at.toUTC().toString(Qt::ISODate))
                                .toUtf8();
    if (f.write(text) != text.size() || !f.flush() || ::fsync(f.handle()) != 0)
        return fail(ErrorCode::Io, tr("Cannot write the anchor file %1.").arg(path), f.errorString());
    return {};
}

Result<QList<ServerAudit::Event>> ServerAudit::events(PgConnection &db, const QUuid &entity, int limit)
{
    if (auto s = db.script(QStringLiteral("SET TimeZone = 'UTC'")); !s)
        return std::unexpected(s.error());
    const QString where = entity.isNull() ? QStringLiteral("true")
                                          : QStringLiteral("(entity_id = $2 OR details->>'entity_id' = $2 OR "
                                                           "details->'revived' ? $2)");
    QVariantList params { limit };
    if (!entity.isNull())
        params << entity.toString(QUuid::WithoutBraces);
    auto r = db.exec(QStringLiteral("SELECT * FROM (SELECT seq, at::text, login, action, entity_type, entity_id, "
                                    "details::text, recorded_at::text, hash FROM aktenwerk.audit_event WHERE %1 "
                                    "ORDER BY seq DESC LIMIT $1) AS newest ORDER BY seq")
                         .arg(where),
        params);
    if (!r)
        return std::unexpected(r.error());
    QList<Event> out;
    for (int i = 0; i < r->rows(); ++i) {
        Event e;
        e.seq = r->int64(i, 0);
        e.at = parseTime(r->text(i, 1));
        e.login = r->text(i, 2);
        e.action = r->text(i, 3);
        e.entityType = r->text(i, 4);
        e.entityId = r->text(i, 5);
        e.details = QJsonDocument::fromJson(r->text(i, 6).toUtf8()).object();
        if (!r->isNull(i, 7))
            e.recordedAt = parseTime(r->text(i, 7));
        e.hash = r->text(i, 8);
        out.append(std::move(e));
    }
    return out;
}

} // namespace Aktenwerk::Dms
