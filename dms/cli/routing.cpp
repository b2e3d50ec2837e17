// aktenwerk-cli commands — routing (issue 15): routes, the inbox, steps, deputies, resubmission.
// Every act is decided by the server (the data folder must be connected); what it decided comes
// back with a pull and is shown from the local mirror.

#include "dms/workflow/routing.h"

#include "dms/cli/commands.h"
#include "dms/cli/output.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace Aktenwerk::Cli {

namespace {

/** The object of a route or resubmission: a document, case or file (reference or id). */
Result<Resolved> routedObject(Session &s, const QString &text)
{
    return s.target(text, { QStringLiteral("document"), QStringLiteral("case"), QStringLiteral("file") });
}

Result<QUuid> idArgument(const QString &text, const QString &what)
{
    const QUuid id(text.trimmed());
    if (id.isNull())
        return fail(ErrorCode::InvalidArgument, Text::tr("\"%1\" is no %2 id.").arg(text, what));
    return id;
}

QJsonObject stepJson(const RouteStepRecord &s)
{
    QJsonObject o { { QStringLiteral("step_id"), id(s.id) }, { QStringLiteral("position"), s.position },
        { QStringLiteral("action"), s.action }, { QStringLiteral("addressee"), s.addressee },
        { QStringLiteral("instruction"), s.instruction }, { QStringLiteral("status"), s.status },
        { QStringLiteral("sha256"), s.sha256 }, { QStringLiteral("remark"), s.remark },
        { QStringLiteral("returned"), s.returned }, { QStringLiteral("cancelled"), s.cancelled },
        { QStringLiteral("ended_by_return"), s.byReturn } };
    if (s.deadline.isValid())
        o.insert(QStringLiteral("deadline"), s.deadline.toString(Qt::ISODate));
    if (!s.actedBy.isEmpty())
        o.insert(QStringLiteral("acted_by"), s.actedBy);
    if (!s.onBehalfOf.isEmpty())
        o.insert(QStringLiteral("on_behalf_of"), s.onBehalfOf);
    if (s.actedAt.isValid())
        o.insert(QStringLiteral("acted_at"), s.actedAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

QJsonObject routeJson(const RouteRecord &r)
{
    QJsonArray steps;
    for (const RouteStepRecord &s : r.steps)
        steps.append(stepJson(s));
    QJsonObject o { { QStringLiteral("route_id"), id(r.id) }, { QStringLiteral("object_type"), r.objectType },
        { QStringLiteral("object_id"), id(r.objectId) }, { QStringLiteral("sha256"), r.sha256 },
        { QStringLiteral("status"), r.status }, { QStringLiteral("template"), r.templateName },
        { QStringLiteral("started_by"), r.startedBy },
        { QStringLiteral("started_at"), r.startedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("steps"), steps } };
    if (!r.versionId.isNull())
        o.insert(QStringLiteral("version_id"), id(r.versionId));
    if (r.endedAt.isValid())
        o.insert(QStringLiteral("ended_at"), r.endedAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

void printRoute(const Routing &routing, const RouteRecord &r)
{
    const QHash<QString, QString> names = routing.namesOf(r);
    auto name = [&names](const QString &a) { return names.value(a, a); };
    out(Text::tr("Route %1 (%2), started by %3 on %4%5")
            .arg(id(r.id), Routing::routeStatusName(r.status), name(r.startedBy), localTime(r.startedAt),
                r.templateName.isEmpty() ? QString() : Text::tr(", template \"%1\"").arg(r.templateName)));
    out(Text::tr("  routed version: SHA-256 %1").arg(r.sha256));
    for (const RouteStepRecord &s : r.steps) {
        QString line = QStringLiteral("  %1. %2 %3 — %4")
                           .arg(s.position)
                           .arg(Routing::actionName(s.action), name(s.addressee), Routing::statusName(s));
        if (s.deadline.isValid())
            line += QStringLiteral(", ") + Text::tr("due %1").arg(localDate(s.deadline));
        if (!s.actedBy.isEmpty() && s.status != QLatin1String("001"))
            line += QStringLiteral(", ")
                + (s.onBehalfOf.isEmpty() ? name(s.actedBy)
                                          : Text::tr("%1 i. V. for %2").arg(name(s.actedBy), name(s.onBehalfOf)))
                + QStringLiteral(", ") + localTime(s.actedAt);
        if (!s.remark.isEmpty())
            line += QStringLiteral(": „%1“").arg(s.remark);
        line += QStringLiteral("  [%1]").arg(id(s.id));
        out(line);
        if (!s.instruction.isEmpty())
            out(QStringLiteral("       ") + s.instruction);
    }
}

/** Sends one act and says what the route looks like now. */
int actAndShow(const Args &a, Engine &e, const QString &command, const QString &type, const QUuid &target,
    const QJsonObject &args, const QString &done)
{
    Routing routing(e);
    auto r = routing.act(serverSession(a, e), command, type, target, args);
    if (!r)
        return failWith(r.error());
    if (a.json()) {
        printJson(*r);
        return ExitOk;
    }
    out(done);
    return ExitOk;
}

} // namespace

int cmdRoute(const Args &a)
{
    const QString sub = a.words.value(1);
    Session s(a);
    if (sub == QLatin1String("start") && a.words.size() == 3) {
        if (a.has("--step") == a.has("--template"))
            return usage(
                Text::tr("route start needs --step ACTION=ADDRESSEE[,…][@DATE] (one or more) or --template NAME."));
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        auto object = routedObject(s, a.words.at(2));
        if (!object)
            return failWith(object.error());
        QJsonObject args { { QStringLiteral("object_type"), object->entityType },
            { QStringLiteral("object_id"), id(object->id) } };
        if (a.has("--template")) {
            args.insert(QStringLiteral("template"), a.value("--template"));
        } else {
            auto steps = Routing::parseSteps(a.values("--step"));
            if (!steps)
                return usage(steps.error().message);
            args.insert(QStringLiteral("steps"), *steps);
        }
        const QUuid routeId = QUuid::createUuid();
        Routing routing(*e);
        auto r
            = routing.act(serverSession(a, *e), QStringLiteral("route.start"), QStringLiteral("route"), routeId, args);
        if (!r)
            return failWith(r.error());
        auto routes = routing.routes(routeId);
        if (!routes)
            return failWith(routes.error());
        if (a.json()) {
            printJson(routes->isEmpty() ? *r : routeJson(routes->first()));
            return ExitOk;
        }
        out(Text::tr("Route started for %1.").arg(object->label));
        if (!routes->isEmpty())
            printRoute(routing, routes->first());
        return ExitOk;
    }
    if (sub == QLatin1String("show") && a.words.size() == 3) {
        Engine *e = s.engine(Engine::Mode::ReadOnly);
        if (!e)
            return failWith(s.openError());
        QUuid key(a.words.at(2));
        if (key.isNull()) {
            auto object = routedObject(s, a.words.at(2));
            if (!object)
                return failWith(object.error());
            key = object->id;
        }
        Routing routing(*e);
        auto routes = routing.routes(key);
        if (!routes)
            return failWith(routes.error());
        if (routes->isEmpty()) {
            auto ofStep = routing.routeOfStep(key);
            if (!ofStep)
                return failWith(ofStep.error());
            if (*ofStep)
                routes->append(**ofStep);
        }
        if (a.json()) {
            QJsonArray arr;
            for (const RouteRecord &r : std::as_const(*routes))
                arr.append(routeJson(r));
            printJson(arr);
            return ExitOk;
        }
        if (routes->isEmpty()) {
            out(Text::tr("No route is known here for \"%1\" (sync to fetch the latest).").arg(a.words.at(2)));
            return ExitOk;
        }
        for (const RouteRecord &r : std::as_const(*routes))
            printRoute(routing, r);
        return ExitOk;
    }
    if (sub == QLatin1String("template") && a.words.value(2) == QLatin1String("save") && a.words.size() == 4) {
        auto steps = Routing::parseSteps(a.values("--step"), true);
        if (!steps)
            return usage(steps.error().message);
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        // The template of that name in the user's department keeps its id (saving again changes it).
        QUuid templateId = QUuid::createUuid();
        if (Database *db = s.reader()) {
            auto st = db->prepare(QStringLiteral("SELECT id FROM route_template WHERE lower(name) = lower(?) AND "
                                                 "department_code = ? AND deleted = 0"));
            if (st) {
                st->bindAll(a.words.at(3).trimmed(), e->user().departmentCode);
                if (auto row = st->step(); row && *row)
                    templateId = QUuid(st->text(0));
            }
        }
        return actAndShow(a, *e, QStringLiteral("route_template.save"), QStringLiteral("route_template"), templateId,
            { { QStringLiteral("name"), a.words.at(3).trimmed() }, { QStringLiteral("steps"), *steps } },
            Text::tr("Template \"%1\" saved.").arg(a.words.at(3).trimmed()));
    }
    if (sub == QLatin1String("template") && a.words.value(2) == QLatin1String("list") && a.words.size() == 3) {
        Database *db = s.reader();
        if (!db)
            return failWith(s.openError());
        auto st = db->prepare(QStringLiteral("SELECT name, department_code, steps FROM route_template WHERE deleted = "
                                             "0 ORDER BY department_code, name"));
        if (!st)
            return failWith(st.error());
        QJsonArray arr;
        for (;;) {
            auto row = st->step();
            if (!row)
                return failWith(row.error());
            if (!*row)
                break;
            const QJsonArray steps = QJsonDocument::fromJson(st->text(2).toUtf8()).array();
            arr.append(QJsonObject { { QStringLiteral("name"), st->text(0) },
                { QStringLiteral("department"), st->text(1) }, { QStringLiteral("steps"), steps } });
            if (a.json())
                continue;
            QStringList parts;
            for (const QJsonValue &v : steps) {
                const QJsonObject o = v.toObject();
                parts << QStringLiteral("%1. %2=%3%4")
                             .arg(o.value(QLatin1String("position")).toInt())
                             .arg(o.value(QLatin1String("action")).toString(),
                                 o.value(QLatin1String("addressee")).toString(),
                                 o.contains(QLatin1String("days"))
                                     ? QStringLiteral("@+%1").arg(o.value(QLatin1String("days")).toInt())
                                     : QString());
            }
            out(QStringLiteral("FB %1  %2:  %3").arg(st->text(1), st->text(0), parts.join(QStringLiteral("  "))));
        }
        if (a.json())
            printJson(arr);
        return ExitOk;
    }
    if (sub == QLatin1String("print") && a.words.size() == 3) {
        if (!a.has("--out"))
            return usage(Text::tr("route print needs --out FILE.pdf."));
        Engine *e = s.engine(Engine::Mode::ReadOnly);
        if (!e)
            return failWith(s.openError());
        QUuid key(a.words.at(2));
        QString label = a.words.at(2);
        if (key.isNull()) {
            auto object = routedObject(s, a.words.at(2));
            if (!object)
                return failWith(object.error());
            key = object->id;
            label = object->label;
        }
        Routing routing(*e);
        auto routes = routing.routes(key);
        if (!routes)
            return failWith(routes.error());
        if (routes->isEmpty())
            return failWith(Error { ErrorCode::NotFound,
                Text::tr("No route is known here for \"%1\" (sync to fetch the latest).").arg(a.words.at(2)), {} });
        const RouteRecord &route = routes->first(); // the newest
        if (label == a.words.at(2)) {
            // The object by its reference and title, when this client holds it.
            auto object = s.target(id(route.objectId));
            if (object)
                label = object->label;
        }
        QSaveFile file(a.value("--out"));
        const QByteArray pdf = routing.laufzettel(route, label);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
            return failWith(
                Error { ErrorCode::Io, Text::tr("Cannot write %1.").arg(a.value("--out")), file.errorString() });
        out(Text::tr("Routing slip written to %1.").arg(a.value("--out")));
        return ExitOk;
    }
    return usage(Text::tr("Use \"route start REF --step …|--template NAME\", \"route show REF|ID\", "
                          "\"route print REF|ID --out FILE.pdf\" or \"route template save NAME --step …|list\"."));
}

int cmdInbox(const Args &a)
{
    if (a.words.size() != 1)
        return usage(Text::tr("inbox takes no arguments."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    if (!e->isConnected())
        return failWith(Error { ErrorCode::Unsupported,
            Text::tr("The inbox is kept by the central repository: connect this data folder first."), {} });
    auto db = serverSession(a, *e)();
    if (!db)
        return failWith(db.error());
    auto page = Routing::inbox(*db);
    if (!page)
        return failWith(page.error());
    const QList<InboxItem> *items = &page->items;
    QStringList people;
    for (const InboxItem &it : std::as_const(*items))
        people << it.addressee << it.onBehalfOf;
    people.removeDuplicates();
    const QHash<QString, QString> names = Routing(*e).addresseeNames(people);
    if (a.json()) {
        QJsonArray arr;
        for (const InboxItem &it : std::as_const(*items)) {
            QJsonObject o { { QStringLiteral("kind"), it.kind }, { QStringLiteral("reason"), it.reason },
                { QStringLiteral("object_type"), it.objectType }, { QStringLiteral("object_id"), id(it.objectId) },
                { QStringLiteral("title"), it.title }, { QStringLiteral("reference"), it.reference },
                { QStringLiteral("department"), it.departmentCode }, { QStringLiteral("overdue"), it.overdue },
                { QStringLiteral("addressee"), it.addressee }, { QStringLiteral("instruction"), it.instruction } };
            o.insert(it.kind == QLatin1String("step") ? QStringLiteral("step_id") : QStringLiteral("resubmission_id"),
                id(it.id));
            if (it.kind == QLatin1String("step")) {
                o.insert(QStringLiteral("route_id"), id(it.routeId));
                o.insert(QStringLiteral("position"), it.position);
                o.insert(QStringLiteral("action"), it.action);
                o.insert(QStringLiteral("sha256"), it.sha256);
                o.insert(QStringLiteral("started_by"), it.startedBy);
                if (!it.versionId.isNull())
                    o.insert(QStringLiteral("version_id"), id(it.versionId));
            }
            if (!it.onBehalfOf.isEmpty())
                o.insert(QStringLiteral("on_behalf_of"), it.onBehalfOf);
            if (it.deadline.isValid())
                o.insert(it.kind == QLatin1String("step") ? QStringLiteral("deadline") : QStringLiteral("due"),
                    it.deadline.toString(Qt::ISODate));
            arr.append(o);
        }
        printJson(arr);
        return ExitOk;
    }
    if (items->isEmpty()) {
        out(Text::tr("Nothing waits for you."));
        return ExitOk;
    }
    for (const InboxItem &it : std::as_const(*items)) {
        const QString what = it.title.isEmpty()
            ? Text::tr("(not visible to you)")
            : (it.reference.isEmpty() ? it.title : it.reference + QStringLiteral("  ") + it.title);
        const QString why = Routing::reasonNote(it, names);
        const QString due = it.deadline.isValid()
            ? (it.overdue ? Text::tr("OVERDUE %1").arg(localDate(it.deadline)) : localDate(it.deadline))
            : Text::tr("no deadline");
        if (it.kind == QLatin1String("step"))
            out(QStringLiteral("%1  %2  %3%4  [%5]")
                    .arg(due, Routing::actionName(it.action), what,
                        why.isEmpty() ? QString() : QStringLiteral("  (") + why + QLatin1Char(')'), id(it.id)));
        else
            out(QStringLiteral("%1  %2  %3: %4%5  [%6]")
                    .arg(due, Text::tr("resubmission"), what, it.instruction,
                        why.isEmpty() ? QString() : QStringLiteral("  (") + why + QLatin1Char(')'), id(it.id)));
    }
    return ExitOk;
}

int cmdStep(const Args &a)
{
    const QString sub = a.words.value(1);
    if (a.words.size() != 3
        || !QStringList { QStringLiteral("complete"), QStringLiteral("return"), QStringLiteral("skip"),
            QStringLiteral("add") }
                .contains(sub))
        return usage(Text::tr("Use \"step complete ID [--remark TEXT]\", \"step return ID --remark TEXT\", "
                              "\"step skip ID --reason TEXT\" or \"step add ID [--after N] --step …\"."));
    auto stepId = idArgument(a.words.at(2), Text::tr("step"));
    if (!stepId)
        return usage(stepId.error().message);
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    if (sub == QLatin1String("complete"))
        return actAndShow(a, *e, QStringLiteral("step.complete"), QStringLiteral("step"), *stepId,
            { { QStringLiteral("remark"), a.value("--remark") } }, Text::tr("Step done."));
    if (sub == QLatin1String("return")) {
        if (a.value("--remark").trimmed().isEmpty())
            return usage(Text::tr("step return needs --remark: say why the route goes back."));
        return actAndShow(a, *e, QStringLiteral("step.return"), QStringLiteral("step"), *stepId,
            { { QStringLiteral("remark"), a.value("--remark") } },
            Text::tr("Route sent back; pending co-signatures are cancelled."));
    }
    if (sub == QLatin1String("skip")) {
        if (a.value("--reason").trimmed().isEmpty())
            return usage(Text::tr("step skip needs --reason."));
        return actAndShow(a, *e, QStringLiteral("step.skip"), QStringLiteral("step"), *stepId,
            { { QStringLiteral("reason"), a.value("--reason") } }, Text::tr("Step skipped."));
    }
    auto steps = Routing::parseSteps(a.values("--step"));
    if (!steps)
        return usage(steps.error().message);
    QJsonObject args { { QStringLiteral("steps"), *steps } };
    if (a.has("--after")) {
        bool ok = false;
        const int after = a.value("--after").toInt(&ok);
        if (!ok || after < 1)
            return usage(Text::tr("--after takes a step number."));
        args.insert(QStringLiteral("after"), after);
    }
    return actAndShow(
        a, *e, QStringLiteral("step.add"), QStringLiteral("step"), *stepId, args, Text::tr("Steps added."));
}

int cmdDeputy(const Args &a)
{
    const QString sub = a.words.value(1);
    Session s(a);
    if (sub == QLatin1String("set") && a.words.size() == 2) {
        const QDate from = QDate::fromString(a.value("--from"), Qt::ISODate);
        const QDate to = QDate::fromString(a.value("--to"), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return usage(Text::tr("deputy set needs --from YYYY-MM-DD and --to YYYY-MM-DD (and --deputy LOGIN)."));
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        QJsonObject args { { QStringLiteral("from"), from.toString(Qt::ISODate) },
            { QStringLiteral("to"), to.toString(Qt::ISODate) } };
        if (a.has("--for"))
            args.insert(QStringLiteral("login"), a.value("--for"));
        if (a.has("--deputy"))
            args.insert(QStringLiteral("deputy"), a.value("--deputy"));
        const QUuid absence = QUuid::createUuid();
        return actAndShow(a, *e, QStringLiteral("absence.set"), QStringLiteral("absence"), absence, args,
            Text::tr("Absence %1 set: %2 to %3.").arg(id(absence), localDate(from), localDate(to)));
    }
    if (sub == QLatin1String("end") && a.words.size() == 3) {
        auto absence = idArgument(a.words.at(2), Text::tr("absence"));
        if (!absence)
            return usage(absence.error().message);
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        return actAndShow(a, *e, QStringLiteral("absence.set"), QStringLiteral("absence"), *absence,
            { { QStringLiteral("ended"), true } }, Text::tr("Absence withdrawn."));
    }
    return usage(
        Text::tr("Use \"deputy set [--for LOGIN] --deputy LOGIN --from DATE --to DATE\" or \"deputy end ID\"."));
}

int cmdResubmit(const Args &a)
{
    Session s(a);
    const QString sub = a.words.value(1);
    if ((sub == QLatin1String("done") || sub == QLatin1String("postpone")) && a.words.size() == 3) {
        auto item = idArgument(a.words.at(2), Text::tr("resubmission"));
        if (!item)
            return usage(item.error().message);
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        if (sub == QLatin1String("done"))
            return actAndShow(a, *e, QStringLiteral("resubmission.done"), QStringLiteral("resubmission"), *item,
                { { QStringLiteral("remark"), a.value("--remark") } }, Text::tr("Resubmission done."));
        const QDate on = QDate::fromString(a.value("--on"), Qt::ISODate);
        if (!on.isValid() || a.value("--reason").trimmed().isEmpty())
            return usage(Text::tr("resubmit postpone needs --on YYYY-MM-DD and --reason TEXT."));
        return actAndShow(a, *e, QStringLiteral("resubmission.postpone"), QStringLiteral("resubmission"), *item,
            { { QStringLiteral("due"), on.toString(Qt::ISODate) }, { QStringLiteral("reason"), a.value("--reason") } },
            Text::tr("Resubmission moved to %1.").arg(localDate(on)));
    }
    if (a.words.size() != 2)
        return usage(Text::tr("Use \"resubmit REF --on DATE --reason TEXT [--repeat weekly|monthly] [--for OWNER]\", "
                              "\"resubmit done ID\" or \"resubmit postpone ID --on DATE --reason TEXT\"."));
    const QDate on = QDate::fromString(a.value("--on"), Qt::ISODate);
    if (!on.isValid() || a.value("--reason").trimmed().isEmpty())
        return usage(Text::tr("resubmit needs --on YYYY-MM-DD and --reason TEXT."));
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto object = routedObject(s, a.words.at(1));
    if (!object)
        return failWith(object.error());
    const QUuid item = QUuid::createUuid();
    QJsonObject args { { QStringLiteral("object_type"), object->entityType },
        { QStringLiteral("object_id"), id(object->id) }, { QStringLiteral("due"), on.toString(Qt::ISODate) },
        { QStringLiteral("reason"), a.value("--reason") }, { QStringLiteral("repeat"), a.value("--repeat") } };
    if (a.has("--for"))
        args.insert(QStringLiteral("owner"), a.value("--for"));
    return actAndShow(a, *e, QStringLiteral("resubmission.create"), QStringLiteral("resubmission"), item, args,
        Text::tr("Resubmission %1 set for %2.").arg(id(item), localDate(on)));
}

} // namespace Aktenwerk::Cli
