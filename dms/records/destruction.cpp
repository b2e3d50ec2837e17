#include "destruction.h"

#include "dms/engine.h"
#include "dms/sync/syncengine.h"

#include <QJsonDocument>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::Result;

namespace {

const QString kType = QStringLiteral("destruction_proposal");

/** The rows of @p sql, each a JSON object in the first column. */
Result<QJsonArray> jsonRows(PgConnection &db, const QString &sql, const QVariantList &params = {})
{
    auto r = db.exec(sql, params);
    if (!r)
        return std::unexpected(r.error());
    QJsonArray rows;
    for (int i = 0; i < r->rows(); ++i)
        rows.append(QJsonDocument::fromJson(r->text(i, 0).toUtf8()).object());
    return rows;
}

} // namespace

Destruction::Destruction(Engine &engine)
    : m_engine(engine)
{ }

Result<QJsonObject> Destruction::propose(
    const ServerSession &session, const QUuid &process, const QList<QUuid> &files, const QString &reason)
{
    QJsonObject args;
    if (!process.isNull()) {
        args.insert(QStringLiteral("process"), process.toString(QUuid::WithoutBraces));
    } else {
        QJsonArray ids;
        for (const QUuid &f : files)
            ids.append(f.toString(QUuid::WithoutBraces));
        args.insert(QStringLiteral("files"), ids);
    }
    if (!reason.trimmed().isEmpty())
        args.insert(QStringLiteral("reason"), reason.trimmed());
    auto db = session();
    if (!db)
        return std::unexpected(db.error());
    // Nothing changes here with a proposal: the server's answer is all there is.
    return SyncEngine(m_engine).submitNow(*db, QStringLiteral("destroy.propose"), kType, QUuid::createUuid(), args);
}

Result<QJsonObject> Destruction::approve(const ServerSession &session, const QUuid &id, const QString &remark)
{
    return SyncEngine(m_engine).actNow(session, QStringLiteral("destroy.decide"), kType, id,
        { { QStringLiteral("decision"), QStringLiteral("approve") }, { QStringLiteral("remark"), remark.trimmed() } });
}

Result<QJsonObject> Destruction::reject(const ServerSession &session, const QUuid &id, const QString &remark)
{
    auto db = session();
    if (!db)
        return std::unexpected(db.error());
    return SyncEngine(m_engine).submitNow(*db, QStringLiteral("destroy.decide"), kType, id,
        { { QStringLiteral("decision"), QStringLiteral("reject") }, { QStringLiteral("remark"), remark.trimmed() } });
}

QString Destruction::grounds(const QJsonObject &file)
{
    if (file.value(QLatin1String("decision")).toString() == QLatin1String("A"))
        return tr("taken over by the archive as „%1“").arg(file.value(QLatin1String("archive_reference")).toString());
    // A proposal's files name their process as "process", the server's answer to propose as "process_id".
    if (file.value(QLatin1String("process")).toString().isEmpty()
        && file.value(QLatin1String("process_id")).toString().isEmpty())
        return tr("classed V (destroy), never offered");
    return tr("appraised V (destroy) by the archive");
}

Result<QJsonArray> Destruction::proposals(PgConnection &db, bool openOnly)
{
    return jsonRows(db,
        QStringLiteral(
            "SELECT json_build_object('id', p.id, 'state', p.state, 'process', p.process_id, 'reason', p.reason, "
            "'proposed_by', p.proposed_by, 'proposed_at', p.proposed_at, 'decided_by', p.decided_by, "
            "'decided_at', p.decided_at, 'remark', p.decision_remark, "
            "'files', coalesce((SELECT json_agg(json_build_object('file_id', o.file_id, 'reference', o.reference, "
            "'title', o.title, 'department', o.department_code, 'decision', o.decision, 'process', o.process_id, "
            "'archive_reference', o.archive_reference) ORDER BY o.reference) FROM aktenwerk.destruction_object o "
            "WHERE o.proposal_id = p.id), '[]'))::text "
            "FROM aktenwerk.destruction_proposal p "
            "WHERE (NOT $1::boolean OR p.state = 'proposed') "
            "AND EXISTS (SELECT 1 FROM aktenwerk.destruction_object o WHERE o.proposal_id = p.id) "
            "ORDER BY p.proposed_at DESC"),
        { openOnly });
}

Result<QJsonArray> Destruction::deletionRecords(PgConnection &db)
{
    return jsonRows(db,
        QStringLiteral("SELECT to_json(r)::text FROM aktenwerk.deletion_record r "
                       "ORDER BY r.approved_at DESC, r.reference"));
}

} // namespace Aktenwerk::Dms
