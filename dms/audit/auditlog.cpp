#include "dms/audit/auditlog.h"

#include "dms/store/sha256.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;

QByteArray AuditLog::canonical(const AuditEvent &e)
{
    // QJsonObject keeps keys sorted, so the compact form of details is canonical as well.
    const QJsonArray a{QStringLiteral("aktenwerk-audit-v1"),
                       QString::number(e.seq),
                       e.id.toString(QUuid::WithoutBraces),
                       e.at,
                       e.user,
                       e.action,
                       e.entityType,
                       e.entityId,
                       e.opId,
                       e.details,
                       e.prevHash};
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString AuditLog::computeHash(const AuditEvent &event)
{
    return Sha256::hex(canonical(event));
}

Result<AuditAnchor> AuditLog::head(Database &db)
{
    auto st = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"));
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return AuditAnchor{0, QString::fromLatin1(genesisHash)};
    return AuditAnchor{st->int64(0), st->text(1)};
}

Result<AuditEvent> AuditLog::append(Database &db, AuditEvent e)
{
    auto h = head(db);
    if (!h)
        return std::unexpected(h.error());
    e.seq = h->seq + 1;
    e.prevHash = h->hash;
    if (e.id.isNull())
        e.id = QUuid::createUuid();
    e.hash = computeHash(e);
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO audit_event (seq, id, at, user_login, action, entity_type, entity_id, op_id, details, prev_hash, "
        "hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(e.seq, e.id.toString(QUuid::WithoutBraces), e.at, e.user, e.action, e.entityType, e.entityId,
                e.opId.isEmpty() ? QString() : e.opId,
                QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.prevHash, e.hash);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    return e;
}

Result<AuditLog::Report> AuditLog::verify(Database &db, const std::optional<AuditAnchor> &anchor)
{
    auto st = db.prepare(QStringLiteral("SELECT seq, id, at, user_login, action, entity_type, entity_id, "
                                        "COALESCE(op_id, ''), details, prev_hash, hash FROM audit_event ORDER BY seq"));
    if (!st)
        return std::unexpected(st.error());
    Report r;
    QString prev = QString::fromLatin1(genesisHash);
    qint64 expectedSeq = 1;
    bool anchorSeen = !anchor || anchor->seq == 0;
    auto broken = [&r](qint64 seq, QString problem) {
        if (r.ok) {
            r.ok = false;
            r.firstBrokenSeq = seq;
            r.problem = std::move(problem);
        }
    };
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        AuditEvent e;
        e.seq = st->int64(0);
        e.id = QUuid::fromString(st->text(1));
        e.at = st->text(2);
        e.user = st->text(3);
        e.action = st->text(4);
        e.entityType = st->text(5);
        e.entityId = st->text(6);
        e.opId = st->text(7);
        e.details = QJsonDocument::fromJson(st->text(8).toUtf8()).object();
        e.prevHash = st->text(9);
        e.hash = st->text(10);
        ++r.checked;
        if (!r.ok)
            continue;
        if (e.seq != expectedSeq)
            broken(expectedSeq, tr("Audit event %1 is missing.").arg(expectedSeq));
        else if (e.prevHash != prev)
            broken(e.seq, tr("Audit event %1 does not follow the event before it.").arg(e.seq));
        else if (computeHash(e) != e.hash)
            broken(e.seq, tr("Audit event %1 was altered.").arg(e.seq));
        if (anchor && e.seq == anchor->seq) {
            anchorSeen = true;
            if (e.hash != anchor->hash)
                broken(e.seq, tr("Audit event %1 differs from the anchored head of the chain.").arg(e.seq));
        }
        prev = e.hash;
        expectedSeq = e.seq + 1;
    }
    if (r.ok && !anchorSeen)
        broken(anchor->seq, tr("The audit log ends before event %1, which was recorded as its head: events were "
                               "removed from the end.")
                                .arg(anchor->seq));
    return r;
}

std::optional<AuditAnchor> AuditLog::readAnchor(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (!o.contains(QLatin1String("seq")) || !o.contains(QLatin1String("hash")))
        return std::nullopt;
    return AuditAnchor{static_cast<qint64>(o.value(QLatin1String("seq")).toDouble()),
                       o.value(QLatin1String("hash")).toString()};
}

Status AuditLog::writeAnchor(const QString &path, const AuditAnchor &anchor)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write the audit anchor."), path + QStringLiteral(": ") + f.errorString());
    const QJsonObject o{{QStringLiteral("seq"), anchor.seq}, {QStringLiteral("hash"), anchor.hash}};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return fail(ErrorCode::Io, tr("Cannot write the audit anchor."), path + QStringLiteral(": ") + f.errorString());
    return {};
}

} // namespace Aktenwerk::Dms
