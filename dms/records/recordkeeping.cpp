#include "dms/records/recordkeeping.h"

#include "dms/demo/simplepdf.h"
#include "dms/engine.h"
#include "dms/store/queries.h"
#include "dms/store/sqlite.h"
#include "dms/sync/syncengine.h"
#include "model/displaytime.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace Aktenwerk::Dms {

using namespace Model;
using Queries::uuidText;

namespace {

QDateTime timeOf(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

bool KeepingState::onHold() const
{
    return std::any_of(holds.cbegin(), holds.cend(), [](const LegalHold &h) { return h.isActive(); });
}

RecordKeeping::RecordKeeping(Engine &engine)
    : m_engine(engine)
{ }

Result<QJsonObject> RecordKeeping::act(
    const ServerSession &session, const QString &command, const QString &type, const QUuid &id, const QJsonObject &args)
{
    if (!m_engine.isConnected())
        return fail(ErrorCode::Unsupported,
            tr("Closing, retention and holds are decided by the central repository: connect this data folder first."));
    return SyncEngine(m_engine).actNow(session, command, type, id, args);
}

Result<QJsonObject> RecordKeeping::close(const ServerSession &session, const QString &type, const QUuid &id,
    const QDate &date, const QString &reason, bool withCases)
{
    QJsonObject args { { QStringLiteral("reason"), reason.trimmed() }, { QStringLiteral("with_cases"), withCases } };
    if (date.isValid())
        args.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    return act(session, QStringLiteral("record.close"), type, id, args);
}

Result<QJsonObject> RecordKeeping::reopen(
    const ServerSession &session, const QString &type, const QUuid &id, const QString &reason)
{
    return act(session, QStringLiteral("record.reopen"), type, id, { { QStringLiteral("reason"), reason.trimmed() } });
}

Result<QJsonObject> RecordKeeping::setRetention(
    const ServerSession &session, const QUuid &fileId, const RetentionChange &change, const QString &reason)
{
    QJsonObject args { { QStringLiteral("reason"), reason.trimmed() } };
    if (change.retention)
        args.insert(QStringLiteral("retention"),
            *change.retention ? QJsonValue((*change.retention)->toString()) : QJsonValue(QJsonValue::Null));
    if (change.disposal)
        args.insert(QStringLiteral("disposal"),
            *change.disposal ? QJsonValue(QString(disposalTypeCode(**change.disposal))) : QJsonValue(QJsonValue::Null));
    return act(session, QStringLiteral("retention.set"), QStringLiteral("file"), fileId, args);
}

Result<QJsonObject> RecordKeeping::hold(const ServerSession &session, const QUuid &fileId, const QString &reason)
{
    const QUuid id = QUuid::createUuid();
    auto r = act(session, QStringLiteral("legal_hold.set"), QStringLiteral("legal_hold"), id,
        { { QStringLiteral("file_id"), uuidText(fileId) }, { QStringLiteral("reason"), reason.trimmed() } });
    if (!r)
        return r;
    QJsonObject out = *r;
    out.insert(QStringLiteral("id"), uuidText(id));
    return out;
}

Result<QJsonObject> RecordKeeping::release(const ServerSession &session, const QUuid &holdId, const QString &reason)
{
    return act(session, QStringLiteral("legal_hold.set"), QStringLiteral("legal_hold"), holdId,
        { { QStringLiteral("release"), true }, { QStringLiteral("reason"), reason.trimmed() } });
}

Result<KeepingState> RecordKeeping::state(const QUuid &fileOrCase) const
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    return state(*db, fileOrCase);
}

Result<KeepingState> RecordKeeping::state(Database &db, const QUuid &fileOrCase)
{
    const QString key = uuidText(fileOrCase);
    // The object itself: a file or a case, its status, and the plan unit's rules.
    auto st = db.prepare(QStringLiteral(
        "SELECT 'file', f.id, f.status, coalesce(p.retention_years, 'unbefristet'), p.disposal_type FROM file_record f "
        "JOIN plan_unit p ON p.id = f.plan_unit_id WHERE f.id = ?1 "
        "UNION ALL SELECT 'case', c.file_id, c.status, coalesce(p.retention_years, 'unbefristet'), p.disposal_type "
        "FROM case_record c "
        "JOIN file_record f ON f.id = c.file_id JOIN plan_unit p ON p.id = f.plan_unit_id WHERE c.id = ?1"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no file or case %1 here.").arg(key));
    KeepingState s;
    s.id = fileOrCase;
    s.entityType = st->text(0);
    s.fileId = QUuid(st->text(1));
    s.closed = st->text(2) == QLatin1String("closed");
    s.retention = Retention::parse(st->text(3)).value_or(Retention::unlimited());
    s.disposal = disposalTypeFromCode(st->text(4)).value_or(DisposalType::Appraise);

    auto k = db.prepare(QStringLiteral(
        "SELECT coalesce(closed_on, ''), coalesce(closed_by, ''), coalesce(closed_at, ''), close_reason, "
        "coalesce(reopened_by, ''), coalesce(reopened_at, ''), reopen_reason, coalesce(retention, ''), "
        "coalesce(disposal_type, ''), retention_reason, coalesce(retention_end, '') FROM record_keeping WHERE id = ?"));
    if (!k)
        return std::unexpected(k.error());
    k->bind(1, key);
    auto kr = k->step();
    if (!kr)
        return std::unexpected(kr.error());
    if (*kr) {
        s.closedOn = QDate::fromString(k->text(0), Qt::ISODate);
        s.closedBy = k->text(1);
        s.closedAt = timeOf(k->text(2));
        s.closeReason = k->text(3);
        s.reopenedBy = k->text(4);
        s.reopenedAt = timeOf(k->text(5));
        s.reopenReason = k->text(6);
        if (auto own = Retention::parse(k->text(7)); own && !k->text(7).isEmpty()) {
            s.retention = *own;
            s.ownRetention = true;
        }
        if (auto own = disposalTypeFromCode(k->text(8))) {
            s.disposal = *own;
            s.ownDisposal = true;
        }
        s.retentionReason = k->text(9);
        s.retentionEnd = QDate::fromString(k->text(10), Qt::ISODate);
    }

    auto h = db.prepare(QStringLiteral(
        "SELECT id, reason, set_by, set_at, coalesce(released_by, ''), coalesce(released_at, ''), release_reason "
        "FROM legal_hold WHERE file_id = ? ORDER BY set_at DESC"));
    if (!h)
        return std::unexpected(h.error());
    h->bind(1, uuidText(s.fileId));
    for (;;) {
        auto hr = h->step();
        if (!hr)
            return std::unexpected(hr.error());
        if (!*hr)
            break;
        s.holds.append({ QUuid(h->text(0)), s.fileId, h->text(1), h->text(2), timeOf(h->text(3)), h->text(4),
            timeOf(h->text(5)), h->text(6) });
    }
    return s;
}

Result<QList<DisposalItem>> RecordKeeping::disposalList(Database &db, const QDate &dueBy)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT f.id, f.reference, f.title, f.department_code, k.closed_on, k.retention_end, "
        "coalesce(k.retention, p.retention_years, 'unbefristet'), coalesce(k.disposal_type, p.disposal_type) "
        "FROM record_keeping k JOIN file_record f ON f.id = k.id JOIN plan_unit p ON p.id = f.plan_unit_id "
        "WHERE k.entity_type = 'file' AND f.status = 'closed' AND f.deleted = 0 AND k.retention_end IS NOT NULL "
        "AND k.retention_end <= ? "
        "AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.file_id = f.id AND h.released_at IS NULL) "
        "ORDER BY k.retention_end, f.reference"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, dueBy.toString(Qt::ISODate));
    QList<DisposalItem> items;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        items.append({ QUuid(st->text(0)), st->text(1), st->text(2), st->text(3),
            QDate::fromString(st->text(4), Qt::ISODate), QDate::fromString(st->text(5), Qt::ISODate),
            Retention::parse(st->text(6)).value_or(Retention::unlimited()),
            disposalTypeFromCode(st->text(7)).value_or(DisposalType::Appraise) });
    }
    return items;
}

Status RecordKeeping::exportDisposalList(
    const QList<DisposalItem> &items, const QDate &dueBy, const QString &scope, const QString &path)
{
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        // For the records: a heading with the cut-off and the date it was made, a paragraph per file.
        SimplePdf pdf;
        pdf.setTitle(tr("Disposal list"));
        pdf.addHeading(tr("Disposal list: due by %1").arg(displayDate(dueBy)));
        pdf.addParagraph(tr("Closed files whose retention has ended, without legal hold%1. As of %2: %n file(s).",
            nullptr, static_cast<int>(items.size()))
                             .arg(scope, displayDate(QDate::currentDate())));
        for (const DisposalItem &i : items)
            pdf.addParagraph(
                tr("%1 – %2 (FB %3): closed on %4, retention %5 until %6; disposal: %7")
                    .arg(i.reference, i.title, i.departmentCode, displayDate(i.closedOn), i.retention.displayText(),
                        displayDate(i.retentionEnd), disposalTypeName(i.disposal)));
        bytes = pdf.toPdf();
    } else {
        auto cell = [](QString text) {
            return text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"'))
                    || text.contains(QLatin1Char('\n'))
                ? QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"')
                : text;
        };
        bytes = QByteArrayLiteral("\xEF\xBB\xBF")
            + tr("Reference;Title;Department;Closed on;Retention;Retention ends;Disposal").toUtf8() + "\r\n";
        for (const DisposalItem &i : items)
            bytes += QStringList { cell(i.reference), cell(i.title), i.departmentCode, displayDate(i.closedOn),
                i.retention.displayText(), displayDate(i.retentionEnd),
                QString(disposalTypeCode(i.disposal)) + QStringLiteral(" – ") + disposalTypeName(i.disposal) }
                         .join(QLatin1Char(';'))
                         .toUtf8()
                + "\r\n";
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, tr("The list could not be written to %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    return {};
}

} // namespace Aktenwerk::Dms
