#include "dms/workflow/routing.h"

#include "dms/demo/simplepdf.h"
#include "dms/engine.h"
#include "dms/store/sqlite.h"
#include "dms/sync/syncengine.h"
#include "model/displaytime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace Aktenwerk::Dms {

using namespace Model;

Routing::Routing(Engine &engine)
    : m_engine(engine)
{ }

Result<QJsonArray> Routing::parseSteps(const QStringList &specs, bool forTemplate)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([A-Za-zäöüÄÖÜ]+)\\s*=\\s*([^@]+?)\\s*(?:@\\s*(\\S+))?\\s*$"));
    QJsonArray steps;
    int position = 0;
    for (const QString &spec : specs) {
        const auto m = re.match(spec);
        if (!m.hasMatch())
            return fail(ErrorCode::InvalidArgument,
                tr("\"%1\" is no step: write ACTION=ADDRESSEE[,ADDRESSEE…][@YYYY-MM-DD].").arg(spec));
        const auto action = stepActionFromCode(m.captured(1).toLower());
        if (!action)
            return fail(ErrorCode::InvalidArgument,
                tr("\"%1\" is no kind of step: kenntnisnahme, mitzeichnung, zeichnung or bearbeitung.")
                    .arg(m.captured(1)));
        QDate deadline;
        int days = -1;
        if (!m.captured(3).isEmpty()) {
            static const QRegularExpression relative(QStringLiteral("^\\+(\\d{1,4})$"));
            const auto r = relative.match(m.captured(3));
            if (r.hasMatch() && forTemplate)
                days = r.captured(1).toInt();
            else
                deadline = r.hasMatch() ? QDate::currentDate().addDays(r.captured(1).toInt())
                                        : QDate::fromString(m.captured(3), Qt::ISODate);
            if (days < 0 && !deadline.isValid())
                return fail(ErrorCode::InvalidArgument,
                    tr("\"%1\" is no date: write the deadline as YYYY-MM-DD or +DAYS.").arg(m.captured(3)));
            if (forTemplate && days < 0)
                return fail(
                    ErrorCode::InvalidArgument, tr("A template's deadline is days after the start: write @+DAYS."));
        }
        ++position;
        for (const QString &a : m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto addressee = Addressee::parse(a.trimmed());
            if (!addressee)
                return fail(ErrorCode::InvalidArgument,
                    tr("\"%1\" is no addressee: a login, unit:CODE or lead:CODE.").arg(a.trimmed()));
            QJsonObject step { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                { QStringLiteral("position"), position }, { QStringLiteral("action"), stepActionCode(*action) },
                { QStringLiteral("addressee"), addressee->toString() } };
            if (deadline.isValid())
                step.insert(QStringLiteral("deadline"), deadline.toString(Qt::ISODate));
            if (days >= 0)
                step.insert(QStringLiteral("days"), days);
            if (forTemplate)
                step.remove(QStringLiteral("id"));
            steps.append(step);
        }
    }
    if (steps.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A route needs at least one step."));
    return steps;
}

Result<QJsonObject> Routing::act(
    const ServerSession &session, const QString &command, const QString &type, const QUuid &id, const QJsonObject &args)
{
    if (!m_engine.isConnected())
        return fail(
            ErrorCode::Unsupported, tr("Routing works with the central repository: connect this data folder first."));
    // What the server decided comes here with a pull (its record, the next step, the route's end).
    return SyncEngine(m_engine).actNow(session, command, type, id, args);
}

Result<InboxPage> Routing::inbox(PgConnection &db, int offset, int limit)
{
    auto r = db.exec(
        QStringLiteral(
            "SELECT kind, id, reason, coalesce(on_behalf_of, ''), route_id, coalesce(position, 0), coalesce(action, "
            "''), "
            "coalesce(addressee, ''), coalesce(instruction, ''), coalesce(deadline::text, ''), overdue, object_type, "
            "object_id, coalesce(title, ''), coalesce(reference, ''), department_code, version_id, coalesce(sha256, "
            "''), "
            "coalesce(started_by, ''), since, total FROM aktenwerk.inbox($1, $2)"),
        { offset, limit < 0 ? QVariant() : QVariant(limit) });
    if (!r)
        return std::unexpected(r.error());
    InboxPage page;
    QList<InboxItem> &items = page.items;
    items.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i) {
        InboxItem it;
        it.kind = r->text(i, 0);
        it.id = QUuid(r->text(i, 1));
        it.reason = r->text(i, 2);
        it.onBehalfOf = r->text(i, 3);
        it.routeId = QUuid(r->text(i, 4));
        it.position = r->text(i, 5).toInt();
        it.action = r->text(i, 6);
        it.addressee = r->text(i, 7);
        it.instruction = r->text(i, 8);
        it.deadline = QDate::fromString(r->text(i, 9), Qt::ISODate);
        it.overdue = r->text(i, 10) == QLatin1String("t");
        it.objectType = r->text(i, 11);
        it.objectId = QUuid(r->text(i, 12));
        it.title = r->text(i, 13);
        it.reference = r->text(i, 14);
        it.departmentCode = r->text(i, 15);
        it.versionId = QUuid(r->text(i, 16));
        it.sha256 = r->text(i, 17);
        it.startedBy = r->text(i, 18);
        QString since = r->text(i, 19);
        if (!since.isEmpty()) {
            since.replace(10, 1, QLatin1Char('T'));
            if (since.endsWith(QLatin1String("+00")))
                since.replace(since.size() - 3, 3, QLatin1Char('Z'));
            it.since = QDateTime::fromString(since, Qt::ISODateWithMs);
        }
        items.append(it);
    }
    page.total = r->rows() > 0 ? r->text(0, 20).toLongLong() : 0;
    return page;
}

Result<RoutedVersion> Routing::fetchVersion(PgConnection &db, const QUuid &documentId, const QString &cacheDir) const
{
    auto r = db.exec(QStringLiteral("SELECT v.sha256, v.size, v.mime_type, v.file_name, v.number, d.title "
                                    "FROM aktenwerk.document d JOIN aktenwerk.version v ON v.document_id = d.id "
                                    "AND v.number = d.current_version WHERE d.id = $1"),
        { documentId.toString(QUuid::WithoutBraces) });
    if (!r)
        return std::unexpected(r.error());
    if (r->rows() == 0)
        return fail(ErrorCode::NotFound, tr("The document is not (or no longer) visible to you."));
    RoutedVersion v;
    v.sha256 = r->text(0, 0);
    v.size = r->text(0, 1).toLongLong();
    v.mimeType = r->text(0, 2);
    v.fileName = r->text(0, 3);
    v.number = r->text(0, 4).toInt();
    v.title = r->text(0, 5);
    if (m_engine.content().contains(v.sha256)) {
        v.path = m_engine.content().pathFor(v.sha256);
        return v;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(v.sha256).hasMatch())
        return fail(ErrorCode::Integrity, tr("The server named no valid content."), v.sha256);
    if (!QDir().mkpath(cacheDir))
        return fail(ErrorCode::Io, tr("The cache folder cannot be made."), cacheDir);
    QFile::setPermissions(cacheDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    v.path = QDir(cacheDir).filePath(v.sha256);
    v.fetched = true;
    if (QFileInfo(v.path).size() == v.size)
        return v; // fetched before (the name is its hash; it was checked when it was written)
    QSaveFile out(v.path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("The cache folder cannot be written."), out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 written = 0;
    // Chunk by chunk (1 MiB each), never the whole content in memory.
    for (int idx = 0;; ++idx) {
        auto chunk = db.exec(QStringLiteral("SELECT data FROM aktenwerk.content_chunk WHERE sha256 = $1 AND idx = $2"),
            { v.sha256, idx }, true);
        if (!chunk)
            return std::unexpected(chunk.error());
        if (chunk->rows() == 0)
            break;
        const QByteArray data = chunk->bytes(0, 0);
        hash.addData(data);
        written += data.size();
        if (out.write(data) != data.size())
            return fail(ErrorCode::Io, tr("The cache folder cannot be written."), out.errorString());
    }
    if (written != v.size || QString::fromLatin1(hash.result().toHex()) != v.sha256) {
        out.cancelWriting();
        return fail(ErrorCode::Integrity, tr("The content from the server does not match its hash."), v.sha256);
    }
    if (!out.commit())
        return fail(ErrorCode::Io, tr("The cache folder cannot be written."), out.errorString());
    return v;
}

namespace {

Result<QList<RouteStepRecord>> stepsOf(Database &db, const QString &routeId)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT id, position, action, addressee, instruction, coalesce(deadline, ''), status, sha256, "
        "coalesce(acted_by, ''), coalesce(on_behalf_of, ''), coalesce(acted_at, ''), remark, returned, by_return, "
        "cancelled FROM route_step WHERE route_id = ? ORDER BY position, addressee, id"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, routeId);
    QList<RouteStepRecord> steps;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        RouteStepRecord s;
        s.id = QUuid(st->text(0));
        s.position = st->text(1).toInt();
        s.action = st->text(2);
        s.addressee = st->text(3);
        s.instruction = st->text(4);
        s.deadline = QDate::fromString(st->text(5), Qt::ISODate);
        s.status = st->text(6);
        s.sha256 = st->text(7);
        s.actedBy = st->text(8);
        s.onBehalfOf = st->text(9);
        s.actedAt = QDateTime::fromString(st->text(10), Qt::ISODateWithMs);
        s.remark = st->text(11);
        s.returned = st->text(12) == QLatin1String("1");
        s.byReturn = st->text(13) == QLatin1String("1");
        s.cancelled = st->text(14) == QLatin1String("1");
        steps.append(s);
    }
    return steps;
}

} // namespace

Result<QList<RouteRecord>> Routing::routes(const QUuid &objectOrRoute) const
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    return routes(*db, objectOrRoute);
}

Result<QList<RouteRecord>> Routing::routes(Database &db, const QUuid &objectOrRoute)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT id, entity_type, entity_id, coalesce(version_id, ''), sha256, status, template, started_by, "
        "started_at, "
        "coalesce(ended_at, ''), department_code FROM route WHERE id = ?1 OR entity_id = ?1 ORDER BY started_at DESC"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, objectOrRoute.toString(QUuid::WithoutBraces));
    QList<RouteRecord> routes;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        RouteRecord r;
        r.id = QUuid(st->text(0));
        r.objectType = st->text(1);
        r.objectId = QUuid(st->text(2));
        r.versionId = QUuid(st->text(3));
        r.sha256 = st->text(4);
        r.status = st->text(5);
        r.templateName = st->text(6);
        r.startedBy = st->text(7);
        r.startedAt = QDateTime::fromString(st->text(8), Qt::ISODateWithMs);
        r.endedAt = QDateTime::fromString(st->text(9), Qt::ISODateWithMs);
        r.departmentCode = st->text(10);
        routes.append(r);
    }
    for (RouteRecord &r : routes) {
        auto steps = stepsOf(db, r.id.toString(QUuid::WithoutBraces));
        if (!steps)
            return std::unexpected(steps.error());
        r.steps = *steps;
    }
    return routes;
}

Result<std::optional<RouteRecord>> Routing::routeOfStep(const QUuid &stepId) const
{
    QString routeId;
    {
        auto db = m_engine.openReader();
        if (!db)
            return std::unexpected(db.error());
        auto st = db->prepare(QStringLiteral("SELECT route_id FROM route_step WHERE id = ?"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, stepId.toString(QUuid::WithoutBraces));
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return std::optional<RouteRecord>();
        routeId = st->text(0);
    }
    auto r = routes(QUuid(routeId));
    if (!r)
        return std::unexpected(r.error());
    return r->isEmpty() ? std::optional<RouteRecord>() : std::optional(r->first());
}

QByteArray Routing::laufzettel(const RouteRecord &route, const QString &objectLabel) const
{
    const QHash<QString, QString> names = namesOf(route);
    auto name = [&names](const QString &a) { return names.value(a, a); };
    auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
    };
    const QString status = routeStatusName(route.status);

    SimplePdf pdf;
    pdf.setTitle(tr("Routing slip: %1").arg(objectLabel));
    pdf.setAuthor(name(route.startedBy));
    pdf.addHeading(tr("Routing slip (Laufzettel)"));
    pdf.addParagraph(tr("Routed: %1").arg(objectLabel));
    pdf.addParagraph(
        tr("Started by %1 on %2%3; status: %4%5")
            .arg(name(route.startedBy), when(route.startedAt),
                route.templateName.isEmpty() ? QString() : tr(", template \"%1\"").arg(route.templateName), status,
                route.endedAt.isValid() ? QStringLiteral(" (%1)").arg(when(route.endedAt)) : QString()));
    pdf.addParagraph(tr("Routed version, SHA-256: %1").arg(route.sha256));
    pdf.addParagraph(tr("Route: %1").arg(route.id.toString(QUuid::WithoutBraces)));
    for (const RouteStepRecord &s : route.steps) {
        QStringList lines;
        lines << QStringLiteral("%1. %2 – %3").arg(s.position).arg(actionName(s.action), name(s.addressee));
        if (!s.instruction.isEmpty())
            lines << tr("Instruction: %1").arg(s.instruction);
        if (s.deadline.isValid())
            lines << tr("Deadline: %1").arg(QLocale().toString(s.deadline, QStringLiteral("dd.MM.yyyy")));
        lines << tr("Status: %1").arg(stepState(s, names));
        if (!s.remark.isEmpty())
            lines << tr("Remark: „%1“").arg(s.remark);
        if (s.status == QLatin1String("003"))
            lines << tr("Acted on SHA-256: %1").arg(s.sha256);
        pdf.addParagraph(lines.join(QLatin1Char('\n')));
    }
    pdf.addParagraph(
        tr("Printed on %1 from the record of the central repository.").arg(when(QDateTime::currentDateTime())));
    return pdf.toPdf();
}

QHash<QString, QString> Routing::namesOf(const RouteRecord &route) const
{
    return addresseeNames(peopleOf({ route }));
}

QStringList Routing::peopleOf(const QList<RouteRecord> &routes)
{
    QStringList people;
    for (const RouteRecord &route : routes) {
        people << route.startedBy;
        for (const RouteStepRecord &s : route.steps)
            people << s.addressee << s.actedBy << s.onBehalfOf;
    }
    people.removeAll(QString());
    people.removeDuplicates();
    return people;
}

QString Routing::routeStatusName(const QString &status)
{
    if (status == QLatin1String("running"))
        return tr("running");
    if (status == QLatin1String("completed"))
        return tr("completed");
    if (status == QLatin1String("returned"))
        return tr("sent back");
    return status;
}

QString Routing::reasonNote(const InboxItem &item, const QHash<QString, QString> &names)
{
    auto name = [&names](const QString &a) { return names.value(a, a); };
    if (item.reason == QLatin1String("deputy"))
        return tr("i. V. for %1").arg(name(item.onBehalfOf));
    if (item.reason == QLatin1String("escalated"))
        return tr("overdue with %1").arg(name(item.addressee));
    if (item.reason == QLatin1String("unit") || item.reason == QLatin1String("lead"))
        return tr("for %1").arg(name(item.addressee));
    return {};
}

QString Routing::actionName(const QString &code)
{
    const auto action = stepActionFromCode(code);
    return action ? stepActionName(*action) : code;
}

QString Routing::addresseeName(const QString &addressee) const
{
    return addresseeNames({ addressee }).value(addressee, addressee);
}

QHash<QString, QString> Routing::addresseeNames(const QStringList &addressees) const
{
    auto db = m_engine.openReader();
    if (!db) {
        QHash<QString, QString> names;
        for (const QString &a : addressees)
            names.insert(a, a);
        return names;
    }
    return addresseeNames(*db, addressees);
}

QHash<QString, QString> Routing::addresseeNames(Database &db, const QStringList &addressees)
{
    QHash<QString, QString> names;
    auto lookup = [&](const char *sql, const QString &key) -> QString {
        auto st = db.prepare(QString::fromLatin1(sql));
        if (!st)
            return {};
        st->bind(1, key);
        auto row = st->step();
        return row && *row ? st->text(0) : QString();
    };
    for (const QString &addressee : addressees) {
        if (names.contains(addressee))
            continue;
        const auto a = Addressee::parse(addressee);
        QString name = addressee;
        if (a) {
            switch (a->kind) {
            case Addressee::Kind::User: {
                const QString display = lookup("SELECT display_name FROM app_user WHERE login = ?", a->code);
                name = display.isEmpty() || display == a->code ? a->code
                                                               : QStringLiteral("%1 (%2)").arg(display, a->code);
                break;
            }
            case Addressee::Kind::Unit: {
                const QString unit = lookup("SELECT name FROM org_unit WHERE code = ?", a->code);
                name = unit.isEmpty() ? tr("unit %1").arg(a->code) : tr("unit %1 (%2)").arg(a->code, unit);
                break;
            }
            case Addressee::Kind::Lead:
                name = tr("team lead of %1").arg(a->code);
                break;
            }
        }
        names.insert(addressee, name);
    }
    return names;
}

QString Routing::stepState(const RouteStepRecord &step, const QHash<QString, QString> &names)
{
    const QString state = statusName(step);
    if (step.actedBy.isEmpty() || step.status == QLatin1String("001") || step.status == QLatin1String("002"))
        return state;
    auto name = [&names](const QString &a) { return names.value(a, a); };
    const QString who = step.onBehalfOf.isEmpty()
        ? name(step.actedBy)
        : tr("%1 i. V. for %2").arg(name(step.actedBy), name(step.onBehalfOf));
    return tr("%1 by %2 on %3").arg(state, who, displayTime(step.actedAt));
}

QString Routing::statusName(const RouteStepRecord &step)
{
    if (step.status == QLatin1String("001"))
        return tr("to come");
    if (step.status == QLatin1String("002"))
        return tr("current");
    if (step.status == QLatin1String("003"))
        return step.returned ? tr("sent back") : tr("done");
    if (step.cancelled)
        return tr("cancelled (sent back)");
    return step.byReturn ? tr("ended (sent back)") : tr("skipped");
}

} // namespace Aktenwerk::Dms
