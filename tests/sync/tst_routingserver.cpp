#include "../testsupport.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <libpq-fe.h>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * Routing decided by the server (issue 15), on the real server with each person's own login:
 * a clerk of FB 63 (unit 63.2.1), a co-signer of FB 63, a co-signer of FB 36, the team lead of
 * Abteilung 63.2 and a deputy, a stranger of FB 63 and the head of FB 63. Every act goes through
 * aktenwerk.submit(); every check reads what the server stored, as the person or as the owner.
 * Time is controlled by placing dates in the past on the server, never by sleeping.
 */
class TstRoutingServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theOrganisationKeepsItsRules();
    void aRouteRunsToSignatureWithAParallelCoSigning();
    void nobodyButTheAddresseeActsAndCompletedStepsNeverChange();
    void sendingBackCancelsPendingCoSignaturesVisibly();
    void overdueStepsEscalateToTheRightLeads();
    void resubmissionsFallDueInTheRightInboxes();
    void templatesAreKeptByTeamLeads();
    void cleanupTestCase();

private:
    struct Login
    {
        QString name;
        QString password;
    };
    Result<PgConnection> as(const Login &login);
    QString owner(const QString &sql, const QVariantList &params = {});
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    /** One command through aktenwerk.submit() as @p login: "applied" or "refused CODE". */
    QString submit(const Login &login, const QString &cmd, const QString &type, const QString &id,
        const QJsonObject &args, QJsonObject *result = nullptr);
    /** A new document with one version in the clerk's case. */
    QString newDocument(const QString &title, const QByteArray &content);
    /** The session user's inbox: step or resubmission id → reason (own, unit, lead, deputy:LOGIN, escalated). */
    QMap<QString, QString> inbox(const Login &login, QString *titles = nullptr);
    QJsonObject steps(const QString &route);
    QString routeOf(const QJsonObject &route, int position, const QString &addressee);
    int visibleDocuments(const Login &login, const QString &document);

    Test::PgServer m_pg;
    QString m_db;
    Login m_clerk, m_cosign63, m_cosign36, m_lead, m_deputy, m_stranger, m_head, m_records, m_admin;
    QString m_plan, m_file, m_case;
};

Result<PgConnection> TstRoutingServer::as(const Login &login)
{
    return PgConnection::connect(m_pg.userUrl(m_db), login.name, login.password);
}

QString TstRoutingServer::owner(const QString &sql, const QVariantList &params)
{
    auto db = PgConnection::connect(m_pg.adminUrl(m_db));
    if (!db)
        return QStringLiteral("error ") + db.error().toString();
    auto r = db->exec(sql, params);
    if (!r)
        return QStringLiteral("error ") + r.error().toString();
    return r->rows() && r->columns() ? r->text(0, 0) : QString();
}

QString TstRoutingServer::submit(const Login &login, const QString &cmd, const QString &type, const QString &id,
    const QJsonObject &args, QJsonObject *result)
{
    auto db = as(login);
    if (!db)
        return QStringLiteral("no connection: ") + db.error().toString();
    const QJsonObject op { { QStringLiteral("op"), uuid() }, { QStringLiteral("cmd"), cmd },
        { QStringLiteral("type"), type }, { QStringLiteral("id"), id },
        { QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("args"), args } };
    auto r = db->exec(QStringLiteral("SELECT outcome, coalesce(code, ''), result::text, coalesce(message_de, '') "
                                     "FROM aktenwerk.submit($1::jsonb)"),
        { QString::fromUtf8(QJsonDocument(QJsonArray { op }).toJson(QJsonDocument::Compact)) });
    if (!r)
        return QStringLiteral("error ") + r.error().toString();
    if (result)
        *result = QJsonDocument::fromJson(r->text(0, 2).toUtf8()).object();
    if (r->text(0, 0) == QLatin1String("refused"))
        qDebug().noquote() << cmd << "refused:" << r->text(0, 3);
    return QString(r->text(0, 0) + QLatin1Char(' ') + r->text(0, 1)).trimmed();
}

QString TstRoutingServer::newDocument(const QString &title, const QByteArray &content)
{
    auto db = as(m_clerk);
    if (!db)
        return {};
    const QString sha = Test::sha256Hex(content);
    if (!db->exec(QStringLiteral("SELECT aktenwerk.upload_begin($1, $2, 1048576)"), { sha, content.size() })
        || !db->exec(QStringLiteral("SELECT aktenwerk.upload_chunk($1, 0, $2, $3)"), { sha, sha, content })
        || !db->exec(QStringLiteral("SELECT aktenwerk.upload_finish($1)"), { sha }))
        return {};
    const QString id = uuid();
    const QString answer = submit(m_clerk, QStringLiteral("document.create"), QStringLiteral("document"), id,
        { { QStringLiteral("case_id"), m_case }, { QStringLiteral("title"), title }, { QStringLiteral("sha256"), sha },
            { QStringLiteral("size"), content.size() }, { QStringLiteral("mime_type"), QStringLiteral("text/plain") },
            { QStringLiteral("origin"), QStringLiteral("import") } });
    return answer == QLatin1String("applied") ? id : QString();
}

QMap<QString, QString> TstRoutingServer::inbox(const Login &login, QString *titles)
{
    QMap<QString, QString> items;
    auto db = as(login);
    if (!db)
        return items;
    auto r = db->exec(QStringLiteral("SELECT id, reason, coalesce(on_behalf_of, ''), coalesce(title, '') "
                                     "FROM aktenwerk.inbox() ORDER BY deadline NULLS LAST, since"));
    if (!r) {
        qWarning().noquote() << r.error().toString();
        return items;
    }
    for (int i = 0; i < r->rows(); ++i) {
        items.insert(
            r->text(i, 0), r->text(i, 2).isEmpty() ? r->text(i, 1) : r->text(i, 1) + QLatin1Char(':') + r->text(i, 2));
        if (titles)
            *titles += r->text(i, 3) + QLatin1Char('\n');
    }
    return items;
}

QJsonObject TstRoutingServer::steps(const QString &route)
{
    // Everything a step records, as the owner reads it.
    const QString json = owner(
        QStringLiteral("SELECT jsonb_build_object('status', (SELECT status FROM aktenwerk.route WHERE id = $1), "
                       "'steps', jsonb_agg(jsonb_build_object('id', id, 'position', position, 'action', action, "
                       "'addressee', addressee, 'status', status, 'acted_by', acted_by, 'on_behalf_of', on_behalf_of, "
                       "'remark', remark, 'sha256', sha256, 'returned', returned, 'cancelled', cancelled, "
                       "'by_return', by_return) ORDER BY position, addressee))::text "
                       "FROM aktenwerk.route_step WHERE route_id = $1"),
        { route });
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString TstRoutingServer::routeOf(const QJsonObject &route, int position, const QString &addressee)
{
    for (const QJsonValue &v : route.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QLatin1String("position")).toInt() == position
            && s.value(QLatin1String("addressee")).toString() == addressee)
            return s.value(QLatin1String("id")).toString();
    }
    return {};
}

int TstRoutingServer::visibleDocuments(const Login &login, const QString &document)
{
    auto db = as(login);
    if (!db)
        return -1;
    // The document, its versions and their content, as this login reads them.
    auto r = db->exec(QStringLiteral("SELECT (SELECT count(*) FROM aktenwerk.document WHERE id = $1) "
                                     "+ (SELECT count(*) FROM aktenwerk.version WHERE document_id = $1) "
                                     "+ (SELECT count(*) FROM aktenwerk.content c JOIN aktenwerk.version v "
                                     "ON v.sha256 = c.sha256 WHERE v.document_id = $1)"),
        { document });
    return r ? r->text(0, 0).toInt() : -1;
}

void TstRoutingServer::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    m_db = Test::PgServer::uniqueName(QStringLiteral("routing"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    auto init = ServerAdmin::init(url);
    QVERIFY2(init.has_value(), qPrintable(init ? QString() : init.error().toString()));
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("Bauordnung"), Confidentiality::Open)
                .has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("36"), QStringLiteral("Umwelt"), Confidentiality::Open)
                .has_value());
    // Dezernat III above FB 63; Abteilung 63.2 with team 63.2.1.
    QVERIFY(ServerAdmin::addUnit(url, QStringLiteral("D3"), QStringLiteral("Dezernat III"), {}, {}, {}).has_value());
    QVERIFY(ServerAdmin::addUnit(url, QStringLiteral("63"), {}, QStringLiteral("D3"), {}, {}).has_value());
    QVERIFY(
        ServerAdmin::addUnit(url, QStringLiteral("63.2"), QStringLiteral("Bauaufsicht"), QStringLiteral("63"), {}, {})
            .has_value());
    QVERIFY(
        ServerAdmin::addUnit(url, QStringLiteral("63.2.1"), QStringLiteral("Team Nord"), QStringLiteral("63.2"), {}, {})
            .has_value());
    struct Person
    {
        Login *login;
        const char *name;
        const char *department;
        const char *unit;
        Role role;
    };
    const QList<Person> people { { &m_clerk, "clerk", "63", "63.2.1", Role::Clerk },
        { &m_cosign63, "cosign", "63", "63.2.1", Role::Clerk }, { &m_cosign36, "umwelt", "36", "36", Role::Clerk },
        { &m_lead, "lead", "63", "63.2", Role::TeamLead }, { &m_deputy, "deputy", "63", "63.2", Role::Clerk },
        { &m_stranger, "stranger", "63", "63", Role::Clerk }, { &m_head, "head", "63", "63", Role::TeamLead },
        { &m_records, "records", "63", "63", Role::RecordsOfficer },
        { &m_admin, "admin", "63", "63", Role::Administrator } };
    for (const Person &p : people) {
        *p.login = { Test::PgServer::uniqueName(QString::fromLatin1(p.name)),
            QString::fromLatin1(p.name) + QStringLiteral("-secret-1") };
        auto added = ServerAdmin::addUser(
            url, p.login->name, {}, QString::fromLatin1(p.department), { p.role }, p.login->password);
        QVERIFY2(added.has_value(), qPrintable(added ? QString() : added.error().toString()));
        ServerAdmin::UserChange change;
        change.unit = QString::fromLatin1(p.unit);
        auto moved = ServerAdmin::setUser(url, p.login->name, change);
        QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().toString()));
    }
    QCOMPARE(owner(QStringLiteral("SELECT unit_code FROM aktenwerk.app_user WHERE login = $1"), { m_clerk.name }),
        QStringLiteral("63.2.1"));

    m_plan = uuid();
    QCOMPARE(
        submit(m_records, QStringLiteral("plan_unit.create"), QStringLiteral("plan_unit"), m_plan,
            { { QStringLiteral("code"), QStringLiteral("63") }, { QStringLiteral("title"), QStringLiteral("Bauen") },
                { QStringLiteral("disposal"), QStringLiteral("B") },
                { QStringLiteral("retention"), QStringLiteral("10") },
                { QStringLiteral("department"), QStringLiteral("63") } }),
        QStringLiteral("applied"));
    m_file = uuid();
    QCOMPARE(
        submit(m_clerk, QStringLiteral("file.create"), QStringLiteral("file"), m_file,
            { { QStringLiteral("plan_unit"), m_plan }, { QStringLiteral("title"), QStringLiteral("Lindenstraße 4") },
                { QStringLiteral("department"), QStringLiteral("63") } }),
        QStringLiteral("applied"));
    m_case = uuid();
    QCOMPARE(submit(m_clerk, QStringLiteral("case.create"), QStringLiteral("case"), m_case,
                 { { QStringLiteral("file_id"), m_file }, { QStringLiteral("title"), QStringLiteral("Bauantrag") } }),
        QStringLiteral("applied"));
}

void TstRoutingServer::theOrganisationKeepsItsRules()
{
    const QString url = m_pg.adminUrl(m_db);
    // A unit below a unit of FB 63 is FB 63's, whatever it claims.
    auto wrong = ServerAdmin::addUnit(
        url, QStringLiteral("63.9"), QStringLiteral("Irrtum"), QStringLiteral("63.2"), QStringLiteral("36"), {});
    QVERIFY(!wrong.has_value());
    QCOMPARE(wrong.error().code, ErrorCode::Validation);
    // No unit below itself.
    auto cycle = ServerAdmin::addUnit(url, QStringLiteral("63.2"), {}, QStringLiteral("63.2.1"), {}, {});
    QVERIFY(!cycle.has_value());
    // A user's unit is one of their department.
    ServerAdmin::UserChange elsewhere;
    elsewhere.unit = QStringLiteral("63.2");
    auto moved = ServerAdmin::setUser(url, m_cosign36.name, elsewhere);
    QVERIFY(!moved.has_value());
    QCOMPARE(owner(QStringLiteral("SELECT unit_code FROM aktenwerk.app_user WHERE login = $1"), { m_cosign36.name }),
        QStringLiteral("36"));
    // A new department is a unit at once.
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("32"), QStringLiteral("Ordnung"), Confidentiality::Open)
                .has_value());
    QCOMPARE(owner(QStringLiteral("SELECT department_code FROM aktenwerk.org_unit WHERE code = '32'")),
        QStringLiteral("32"));
    // The administrator's changes are in the server's audit trail.
    QVERIFY(owner(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE action = 'user.update' "
                                 "AND entity_id = $1"),
                { m_clerk.name })
                .toInt()
        >= 1);
    QVERIFY(owner(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE action = 'org_unit.create' "
                                 "AND entity_id = '63.2.1'"))
                .toInt()
        == 1);
    // Nobody changes units or absences but through the server's rules.
    auto clerk = as(m_clerk);
    QVERIFY(clerk.has_value());
    for (const QString &sql : { QStringLiteral("UPDATE aktenwerk.org_unit SET name = 'x'"),
             QStringLiteral("UPDATE aktenwerk.app_user SET unit_code = '63'"),
             QStringLiteral("INSERT INTO aktenwerk.absence (id, login, starts, ends) VALUES "
                            "(gen_random_uuid(), current_user, current_date, current_date)") }) {
        auto r = clerk->exec(sql);
        QVERIFY2(!r.has_value() && r.error().code == ErrorCode::PermissionDenied, qPrintable(sql));
    }
}

void TstRoutingServer::aRouteRunsToSignatureWithAParallelCoSigning()
{
    const QString document = newDocument(QStringLiteral("Baugenehmigung Lindenstraße 4"), "Entwurf der Genehmigung");
    QVERIFY(!document.isEmpty());
    QCOMPARE(visibleDocuments(m_cosign36, document), 0);

    // Listening as the co-signer of FB 36 (the desktop notification's source).
    auto listener = as(m_cosign36);
    QVERIFY(listener.has_value());
    QVERIFY(listener->run(QStringLiteral("LISTEN aktenwerk_inbox")).has_value());

    const QString route = uuid();
    QJsonObject result;
    const QString deadline = QDate::currentDate().addDays(7).toString(Qt::ISODate);
    QCOMPARE(
        submit(m_clerk, QStringLiteral("route.start"), QStringLiteral("route"), route,
            { { QStringLiteral("object_type"), QStringLiteral("document") }, { QStringLiteral("object_id"), document },
                { QStringLiteral("steps"),
                    QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("bearbeitung") },
                                     { QStringLiteral("addressee"), m_clerk.name } },
                        QJsonObject { { QStringLiteral("position"), 2 },
                            { QStringLiteral("action"), QStringLiteral("mitzeichnung") },
                            { QStringLiteral("addressee"), m_cosign63.name },
                            { QStringLiteral("deadline"), deadline } },
                        QJsonObject { { QStringLiteral("position"), 2 },
                            { QStringLiteral("action"), QStringLiteral("mitzeichnung") },
                            { QStringLiteral("addressee"), m_cosign36.name },
                            { QStringLiteral("instruction"), QStringLiteral("Bitte Grundwasser prüfen") },
                            { QStringLiteral("deadline"), deadline } },
                        QJsonObject { { QStringLiteral("position"), 3 },
                            { QStringLiteral("action"), QStringLiteral("zeichnung") },
                            { QStringLiteral("addressee"), QStringLiteral("lead:63.2") } } } } },
            &result),
        QStringLiteral("applied"));
    const QString sha = Test::sha256Hex("Entwurf der Genehmigung");
    QCOMPARE(result.value(QLatin1String("sha256")).toString(), sha);
    QJsonObject slip = steps(route);
    const QString work = routeOf(slip, 1, m_clerk.name);
    const QString co63 = routeOf(slip, 2, m_cosign63.name);
    const QString co36 = routeOf(slip, 2, m_cosign36.name);
    const QString sign = routeOf(slip, 3, QStringLiteral("lead:63.2"));
    QVERIFY(!work.isEmpty() && !co63.isEmpty() && !co36.isEmpty() && !sign.isEmpty());
    // Every step record names the routed version.
    for (const QJsonValue &v : slip.value(QLatin1String("steps")).toArray())
        QCOMPARE(v.toObject().value(QLatin1String("sha256")).toString(), sha);

    // Only the first step is current; it is in the clerk's inbox and nobody else's.
    QCOMPARE(inbox(m_clerk).value(work), QStringLiteral("own"));
    QVERIFY(!inbox(m_cosign63).contains(co63));
    QVERIFY(!inbox(m_cosign36).contains(co36));
    // During Bearbeitung the document may still change.
    QCOMPARE(submit(m_clerk, QStringLiteral("fields.update"), QStringLiteral("document"), document,
                 { { QStringLiteral("changes"),
                     QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("type") },
                         { QStringLiteral("old"), QString() },
                         { QStringLiteral("new"), QStringLiteral("Bescheid") } } } } }),
        QStringLiteral("applied"));

    QCOMPARE(submit(m_clerk, QStringLiteral("step.complete"), QStringLiteral("step"), work,
                 { { QStringLiteral("remark"), QStringLiteral("Entwurf fertig") } }),
        QStringLiteral("applied"));
    // The parallel group is current at once; both are asked.
    QCOMPARE(inbox(m_cosign63).value(co63), QStringLiteral("own"));
    QString titles;
    QCOMPARE(inbox(m_cosign36, &titles).value(co36), QStringLiteral("own"));
    QVERIFY2(titles.contains(QLatin1String("Baugenehmigung")), qPrintable(titles));
    // The notification names the addressee and the step, never the title.
    QVERIFY(listener->exec(QStringLiteral("SELECT 1")).has_value());
    PQconsumeInput(listener->handle());
    QStringList payloads;
    while (PGnotify *n = PQnotifies(listener->handle())) {
        payloads << QString::fromUtf8(n->extra);
        PQfreemem(n);
    }
    QVERIFY2(payloads.join(QLatin1Char(' ')).contains(co36), qPrintable(payloads.join(QLatin1Char(' '))));
    QVERIFY(payloads.join(QLatin1Char(' ')).contains(m_cosign36.name));
    QVERIFY(!payloads.join(QLatin1Char(' ')).contains(QLatin1String("Baugenehmigung")));

    // FB 36's co-signer reads exactly the routed document (document, version, content) now —
    // from the server; her client's pull does not take it into her local index.
    QCOMPARE(visibleDocuments(m_cosign36, document), 3);
    {
        auto db = as(m_cosign36);
        QVERIFY(db.has_value());
        QVERIFY(db->run(QStringLiteral("SET aktenwerk.pull = 'on'")).has_value());
        auto pulled = db->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.document WHERE id = $1"), { document });
        QVERIFY(pulled.has_value());
        QCOMPARE(pulled->text(0, 0), QStringLiteral("0"));
    }
    {
        auto db = as(m_cosign36);
        QVERIFY(db.has_value());
        auto other = db->exec(QStringLiteral("SELECT (SELECT count(*) FROM aktenwerk.document WHERE case_id = $1), "
                                             "(SELECT count(*) FROM aktenwerk.file_record WHERE id = $2)"),
            { m_case, m_file });
        QVERIFY(other.has_value());
        QCOMPARE(other->text(0, 0), QStringLiteral("1")); // this document only, not the case's others
        QCOMPARE(other->text(0, 1), QStringLiteral("0"));
    }

    // Under Mitzeichnung nothing changes the document.
    QCOMPARE(submit(m_clerk, QStringLiteral("document.checkout"), QStringLiteral("document"), document, {}),
        QStringLiteral("refused in_signature"));
    QCOMPARE(submit(m_clerk, QStringLiteral("fields.update"), QStringLiteral("document"), document,
                 { { QStringLiteral("changes"),
                     QJsonArray { QJsonObject { { QStringLiteral("field"), QStringLiteral("title") },
                         { QStringLiteral("old"), QStringLiteral("Baugenehmigung Lindenstraße 4") },
                         { QStringLiteral("new"), QStringLiteral("anders") } } } } }),
        QStringLiteral("refused in_signature"));

    // A co-signature acts on what was read: a stale hash is refused.
    QCOMPARE(submit(m_cosign63, QStringLiteral("step.complete"), QStringLiteral("step"), co63,
                 { { QStringLiteral("sha256"), QString(64, QLatin1Char('0')) } }),
        QStringLiteral("refused stale_version"));
    QCOMPARE(submit(m_cosign63, QStringLiteral("step.complete"), QStringLiteral("step"), co63,
                 { { QStringLiteral("sha256"), sha }, { QStringLiteral("remark"), QStringLiteral("einverstanden") } }),
        QStringLiteral("applied"));
    // One of the group is not enough.
    QCOMPARE(steps(route).value(QLatin1String("steps")).toArray().at(3).toObject().value(QLatin1String("status")),
        QStringLiteral("001"));
    QCOMPARE(submit(m_cosign36, QStringLiteral("step.complete"), QStringLiteral("step"), co36,
                 { { QStringLiteral("remark"), QStringLiteral("Grundwasser unbedenklich") } }),
        QStringLiteral("applied"));
    // Her step ended: FB 36 reads the document no longer, but keeps the route's record.
    QCOMPARE(visibleDocuments(m_cosign36, document), 0);
    {
        auto db = as(m_cosign36);
        QVERIFY(db.has_value());
        auto history
            = db->exec(QStringLiteral("SELECT count(*) FROM aktenwerk.route_step WHERE route_id = $1"), { route });
        QVERIFY(history.has_value());
        QCOMPARE(history->text(0, 0), QStringLiteral("4"));
    }

    // The lead is away; the deputy sees the Zeichnung in his inbox and signs "i. V.".
    QCOMPARE(inbox(m_lead).value(sign), QStringLiteral("lead"));
    QVERIFY(!inbox(m_deputy).contains(sign));
    const QString absence = uuid();
    QCOMPARE(submit(m_deputy, QStringLiteral("absence.set"), QStringLiteral("absence"), absence,
                 { { QStringLiteral("login"), m_lead.name }, { QStringLiteral("deputy"), m_deputy.name },
                     { QStringLiteral("from"), QDate::currentDate().toString(Qt::ISODate) },
                     { QStringLiteral("to"), QDate::currentDate().addDays(14).toString(Qt::ISODate) } }),
        QStringLiteral("refused not_permitted")); // nobody sets someone else's absence but an administrator
    QCOMPARE(submit(m_lead, QStringLiteral("absence.set"), QStringLiteral("absence"), absence,
                 { { QStringLiteral("deputy"), m_deputy.name },
                     { QStringLiteral("from"), QDate::currentDate().toString(Qt::ISODate) },
                     { QStringLiteral("to"), QDate::currentDate().addDays(14).toString(Qt::ISODate) } }),
        QStringLiteral("applied"));
    QCOMPARE(inbox(m_deputy).value(sign), QStringLiteral("deputy:") + m_lead.name);
    QCOMPARE(submit(m_deputy, QStringLiteral("step.complete"), QStringLiteral("step"), sign,
                 { { QStringLiteral("remark"), QStringLiteral("genehmigt") } }),
        QStringLiteral("applied"));

    slip = steps(route);
    QCOMPARE(slip.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    const QJsonArray done = slip.value(QLatin1String("steps")).toArray();
    QCOMPARE(done.size(), 4);
    for (const QJsonValue &v : done) {
        const QJsonObject s = v.toObject();
        QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("003"));
        QCOMPARE(s.value(QLatin1String("sha256")).toString(), sha);
    }
    QCOMPARE(done.at(3).toObject().value(QLatin1String("acted_by")).toString(), m_deputy.name);
    QCOMPARE(done.at(3).toObject().value(QLatin1String("on_behalf_of")).toString(), m_lead.name);
    QCOMPARE(
        done.at(2).toObject().value(QLatin1String("remark")).toString(), QStringLiteral("Grundwasser unbedenklich"));
    // The route's end frees the document again; the server's audit trail has every act.
    QCOMPARE(submit(m_clerk, QStringLiteral("document.checkout"), QStringLiteral("document"), document, {}),
        QStringLiteral("applied"));
    QCOMPARE(submit(m_clerk, QStringLiteral("document.checkout.cancel"), QStringLiteral("document"), document, {}),
        QStringLiteral("applied"));
    QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM aktenwerk.audit_event WHERE action = 'step.complete' "
                                  "AND details->>'route_id' = $1"),
                 { route }),
        QStringLiteral("4"));
    QCOMPARE(owner(QStringLiteral("SELECT details->>'on_behalf_of' FROM aktenwerk.audit_event "
                                  "WHERE action = 'step.complete' AND entity_id = $1"),
                 { sign }),
        m_lead.name);
    QCOMPARE(submit(m_lead, QStringLiteral("absence.set"), QStringLiteral("absence"), absence,
                 { { QStringLiteral("ended"), true } }),
        QStringLiteral("applied"));
}

void TstRoutingServer::nobodyButTheAddresseeActsAndCompletedStepsNeverChange()
{
    const QString document = newDocument(QStringLiteral("Stellungnahme"), "Stellungnahme zum Vorhaben");
    QVERIFY(!document.isEmpty());
    const QString route = uuid();
    QCOMPARE(
        submit(m_clerk, QStringLiteral("route.start"), QStringLiteral("route"), route,
            { { QStringLiteral("object_type"), QStringLiteral("document") }, { QStringLiteral("object_id"), document },
                { QStringLiteral("steps"),
                    QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("kenntnisnahme") },
                                     { QStringLiteral("addressee"), QStringLiteral("unit:63.2") } },
                        QJsonObject { { QStringLiteral("action"), QStringLiteral("zeichnung") },
                            { QStringLiteral("addressee"), m_lead.name } } } } }),
        QStringLiteral("applied"));
    // A second route on the same document while this one runs: refused.
    QCOMPARE(
        submit(m_clerk, QStringLiteral("route.start"), QStringLiteral("route"), uuid(),
            { { QStringLiteral("object_type"), QStringLiteral("document") }, { QStringLiteral("object_id"), document },
                { QStringLiteral("steps"),
                    QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("kenntnisnahme") },
                        { QStringLiteral("addressee"), m_lead.name } } } } }),
        QStringLiteral("refused route_running"));
    const QJsonObject slip = steps(route);
    const QString notice = routeOf(slip, 1, QStringLiteral("unit:63.2"));
    const QString sign = routeOf(slip, 2, m_lead.name);

    // The unit's step: anyone of 63.2 or a team below it; not FB 63's stranger, not FB 36.
    QCOMPARE(inbox(m_cosign63).value(notice), QStringLiteral("unit"));
    QVERIFY(!inbox(m_stranger).contains(notice));
    QCOMPARE(submit(m_stranger, QStringLiteral("step.complete"), QStringLiteral("step"), notice, {}),
        QStringLiteral("refused not_permitted"));
    QCOMPARE(submit(m_cosign36, QStringLiteral("step.complete"), QStringLiteral("step"), notice, {}),
        QStringLiteral("refused not_found")); // she cannot see it at all
    // The lead's step is not yet current.
    QCOMPARE(submit(m_lead, QStringLiteral("step.complete"), QStringLiteral("step"), sign, {}),
        QStringLiteral("refused step_not_current"));
    QCOMPARE(submit(m_cosign63, QStringLiteral("step.complete"), QStringLiteral("step"), notice, {}),
        QStringLiteral("applied"));
    QCOMPARE(submit(m_cosign63, QStringLiteral("step.complete"), QStringLiteral("step"), notice, {}),
        QStringLiteral("refused step_done"));
    // Not the lead: refused, also for the FB's head and the clerk who started it.
    for (const Login *who : { &m_clerk, &m_head, &m_stranger, &m_deputy })
        QCOMPARE(submit(*who, QStringLiteral("step.complete"), QStringLiteral("step"), sign, {}),
            QStringLiteral("refused not_permitted"));

    // With their own credentials in psql: no table is theirs to write.
    for (const Login *who : { &m_stranger, &m_lead, &m_cosign63 }) {
        auto db = as(*who);
        QVERIFY(db.has_value());
        for (const QString &sql :
            { QStringLiteral("UPDATE aktenwerk.route_step SET status = '003', acted_by = current_user WHERE id = '%1'")
                    .arg(sign),
                QStringLiteral("UPDATE aktenwerk.route_step SET remark = 'geändert' WHERE id = '%1'").arg(notice),
                QStringLiteral("DELETE FROM aktenwerk.route_step WHERE id = '%1'").arg(notice),
                QStringLiteral("INSERT INTO aktenwerk.route_reader (route_id, step_id, entity_id, login) "
                               "VALUES ('%1', '%2', '%3', current_user)")
                    .arg(route, sign, document),
                QStringLiteral("SELECT aktenwerk.cmd_step_complete(NULL, '%1', '{}', now(), false)").arg(sign),
                QStringLiteral("SELECT aktenwerk.advance_route('%1')").arg(route) }) {
            auto r = db->exec(sql);
            QVERIFY2(!r.has_value() && r.error().code == ErrorCode::PermissionDenied, qPrintable(sql));
        }
    }
    // The completed step does not change — not even for the owner of the schema.
    const QString changed
        = owner(QStringLiteral("UPDATE aktenwerk.route_step SET remark = 'nachträglich' WHERE id = $1"), { notice });
    QVERIFY2(changed.startsWith(QLatin1String("error")), qPrintable(changed));
    const QString deleted = owner(QStringLiteral("DELETE FROM aktenwerk.route_step WHERE id = $1"), { notice });
    QVERIFY2(deleted.startsWith(QLatin1String("error")), qPrintable(deleted));
    QCOMPARE(
        owner(QStringLiteral("SELECT remark || '|' || acted_by FROM aktenwerk.route_step WHERE id = $1"), { notice }),
        QStringLiteral("|") + m_cosign63.name);

    // The lead signs; the route is over.
    QCOMPARE(
        submit(m_lead, QStringLiteral("step.complete"), QStringLiteral("step"), sign, {}), QStringLiteral("applied"));
    QCOMPARE(steps(route).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
}

void TstRoutingServer::sendingBackCancelsPendingCoSignaturesVisibly()
{
    const QByteArray first = "Bescheid, Fassung 1";
    const QString document = newDocument(QStringLiteral("Bescheid Gartenweg"), first);
    QVERIFY(!document.isEmpty());
    const QString route = uuid();
    QCOMPARE(
        submit(m_clerk, QStringLiteral("route.start"), QStringLiteral("route"), route,
            { { QStringLiteral("object_type"), QStringLiteral("document") }, { QStringLiteral("object_id"), document },
                { QStringLiteral("steps"),
                    QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("mitzeichnung") },
                                     { QStringLiteral("addressee"), m_cosign63.name } },
                        QJsonObject { { QStringLiteral("position"), 1 },
                            { QStringLiteral("action"), QStringLiteral("mitzeichnung") },
                            { QStringLiteral("addressee"), m_cosign36.name } },
                        QJsonObject { { QStringLiteral("position"), 2 },
                            { QStringLiteral("action"), QStringLiteral("zeichnung") },
                            { QStringLiteral("addressee"), m_lead.name } } } } }),
        QStringLiteral("applied"));
    QJsonObject slip = steps(route);
    const QString co63 = routeOf(slip, 1, m_cosign63.name);
    const QString co36 = routeOf(slip, 1, m_cosign36.name);
    QCOMPARE(submit(m_cosign63, QStringLiteral("step.complete"), QStringLiteral("step"), co63,
                 { { QStringLiteral("remark"), QStringLiteral("ok") } }),
        QStringLiteral("applied"));
    // Sending back needs a reason.
    QCOMPARE(submit(m_cosign36, QStringLiteral("step.return"), QStringLiteral("step"), co36, {}),
        QStringLiteral("refused invalid"));
    QCOMPARE(submit(m_cosign36, QStringLiteral("step.return"), QStringLiteral("step"), co36,
                 { { QStringLiteral("remark"), QStringLiteral("Auflage zum Grundwasser fehlt") } }),
        QStringLiteral("applied"));
    slip = steps(route);
    QCOMPARE(slip.value(QLatin1String("status")).toString(), QStringLiteral("returned"));
    const QJsonArray s = slip.value(QLatin1String("steps")).toArray();
    // The co-signature given stays; the return is recorded with its remark; the signature to come
    // is cancelled, with who and why.
    QCOMPARE(s.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("003"));
    QCOMPARE(s.at(0).toObject().value(QLatin1String("returned")).toBool(), false);
    QCOMPARE(s.at(1).toObject().value(QLatin1String("returned")).toBool(), true);
    QCOMPARE(
        s.at(1).toObject().value(QLatin1String("remark")).toString(), QStringLiteral("Auflage zum Grundwasser fehlt"));
    QCOMPARE(s.at(2).toObject().value(QLatin1String("status")).toString(), QStringLiteral("004"));
    QCOMPARE(s.at(2).toObject().value(QLatin1String("cancelled")).toBool(), true);
    QCOMPARE(s.at(2).toObject().value(QLatin1String("acted_by")).toString(), m_cosign36.name);

    // Now a new version may come, and a new route for it; the old record stays as it was.
    auto db = as(m_clerk);
    QVERIFY(db.has_value());
    const QByteArray second = "Bescheid, Fassung 2 mit Auflage";
    const QString sha2 = Test::sha256Hex(second);
    QVERIFY(db->exec(QStringLiteral("SELECT aktenwerk.upload_begin($1, $2, 1048576)"), { sha2, second.size() }));
    QVERIFY(db->exec(QStringLiteral("SELECT aktenwerk.upload_chunk($1, 0, $2, $3)"), { sha2, sha2, second }));
    QVERIFY(db->exec(QStringLiteral("SELECT aktenwerk.upload_finish($1)"), { sha2 }));
    QCOMPARE(
        submit(m_clerk, QStringLiteral("version.add"), QStringLiteral("document"), document,
            { { QStringLiteral("version_id"), uuid() }, { QStringLiteral("sha256"), sha2 },
                { QStringLiteral("size"), second.size() },
                { QStringLiteral("mime_type"), QStringLiteral("text/plain") },
                { QStringLiteral("origin"), QStringLiteral("edit") },
                { QStringLiteral("base_version_id"),
                    owner(QStringLiteral("SELECT id FROM aktenwerk.version WHERE document_id = $1"), { document }) } }),
        QStringLiteral("applied"));
    const QString again = uuid();
    QJsonObject result;
    QCOMPARE(
        submit(m_clerk, QStringLiteral("route.start"), QStringLiteral("route"), again,
            { { QStringLiteral("object_type"), QStringLiteral("document") }, { QStringLiteral("object_id"), document },
                { QStringLiteral("steps"),
                    QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("zeichnung") },
                        { QStringLiteral("addressee"), m_lead.name } } } } },
            &result),
        QStringLiteral("applied"));
    QCOMPARE(result.value(QLatin1String("sha256")).toString(), sha2);
    QCOMPARE(steps(route), slip);
    QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM aktenwerk.version WHERE document_id = $1"), { document }),
        QStringLiteral("2"));
    QCOMPARE(submit(m_lead, QStringLiteral("step.complete"), QStringLiteral("step"),
                 routeOf(steps(again), 1, m_lead.name), {}),
        QStringLiteral("applied"));
}

void TstRoutingServer::overdueStepsEscalateToTheRightLeads()
{
    const QString document = newDocument(QStringLiteral("Anhörung"), "Anhörungsschreiben");
    QVERIFY(!document.isEmpty());
    const QString route = uuid();
    QCOMPARE(
        submit(m_clerk, QStringLiteral("route.start"), QStringLiteral("route"), route,
            { { QStringLiteral("object_type"), QStringLiteral("document") }, { QStringLiteral("object_id"), document },
                { QStringLiteral("steps"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("action"), QStringLiteral("bearbeitung") },
                            { QStringLiteral("addressee"), m_cosign63.name },
                            { QStringLiteral("deadline"), QDate::currentDate().addDays(3).toString(Qt::ISODate) } },
                        QJsonObject { { QStringLiteral("position"), 1 },
                            { QStringLiteral("action"), QStringLiteral("mitzeichnung") },
                            { QStringLiteral("addressee"), m_lead.name },
                            { QStringLiteral("deadline"),
                                QDate::currentDate().addDays(3).toString(Qt::ISODate) } } } } }),
        QStringLiteral("applied"));
    const QJsonObject slip = steps(route);
    const QString work = routeOf(slip, 1, m_cosign63.name);
    const QString lead = routeOf(slip, 1, m_lead.name);
    // Not yet due: nobody else sees them.
    QVERIFY(!inbox(m_lead).contains(work));
    QVERIFY(!inbox(m_head).contains(lead));

    // Overdue by one day, within FB 63's grace of three days: marked, not escalated.
    QVERIFY(owner(
        QStringLiteral("UPDATE aktenwerk.route_step SET deadline = current_date - 1 WHERE route_id = $1"), { route })
                .isEmpty());
    QVERIFY(!inbox(m_lead).contains(work));
    {
        auto db = as(m_cosign63);
        QVERIFY(db.has_value());
        auto r = db->exec(QStringLiteral("SELECT overdue FROM aktenwerk.inbox() WHERE id = $1"), { work });
        QVERIFY(r.has_value() && r->rows() == 1);
        QCOMPARE(r->text(0, 0), QStringLiteral("t"));
    }
    // Past the grace period: the team member's step goes to the lead of the unit above his team
    // (63.2.1 has none); the lead's own step goes to the head of FB 63 — and to nobody else.
    QVERIFY(owner(
        QStringLiteral("UPDATE aktenwerk.route_step SET deadline = current_date - 4 WHERE route_id = $1"), { route })
                .isEmpty());
    QCOMPARE(inbox(m_lead).value(work), QStringLiteral("escalated"));
    QCOMPARE(inbox(m_lead).value(lead), QStringLiteral("own"));
    QCOMPARE(inbox(m_head).value(lead), QStringLiteral("escalated"));
    QVERIFY(!inbox(m_head).contains(work));
    QVERIFY(!inbox(m_stranger).contains(work));
    QVERIFY(!inbox(m_deputy).contains(work));
    QVERIFY(!inbox(m_clerk).contains(work));
    // A department's own grace period: FB 63 allows ten days.
    QVERIFY(ServerAdmin::setEscalationGrace(m_pg.adminUrl(m_db), QStringLiteral("63"), 10).has_value());
    QVERIFY(!inbox(m_lead).contains(work));
    QVERIFY(!inbox(m_head).contains(lead));
    // Every department's default; FB 63's own stays until changed.
    QVERIFY(ServerAdmin::setEscalationGrace(m_pg.adminUrl(m_db), {}, 1).has_value());
    QVERIFY(!inbox(m_lead).contains(work));
    QVERIFY(ServerAdmin::setEscalationGrace(m_pg.adminUrl(m_db), QStringLiteral("63"), 3).has_value());
    QVERIFY(!ServerAdmin::setEscalationGrace(m_pg.adminUrl(m_db), QStringLiteral("99"), 3).has_value());
    QVERIFY(!ServerAdmin::setEscalationGrace(m_pg.adminUrl(m_db), {}, -1).has_value());
    QCOMPARE(submit(m_cosign63, QStringLiteral("step.complete"), QStringLiteral("step"), work, {}),
        QStringLiteral("applied"));
    QVERIFY(!inbox(m_lead).contains(work));
    QCOMPARE(
        submit(m_lead, QStringLiteral("step.complete"), QStringLiteral("step"), lead, {}), QStringLiteral("applied"));
}

void TstRoutingServer::resubmissionsFallDueInTheRightInboxes()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString mine = uuid(), team = uuid(), later = uuid(), weekly = uuid();
    auto set = [&](const QString &id, const QString &due, const QString &ownerName, const QString &repeat) {
        return submit(m_clerk, QStringLiteral("resubmission.create"), QStringLiteral("resubmission"), id,
            { { QStringLiteral("object_type"), QStringLiteral("case") }, { QStringLiteral("object_id"), m_case },
                { QStringLiteral("due"), due }, { QStringLiteral("reason"), QStringLiteral("Frist Nachreichung") },
                { QStringLiteral("owner"), ownerName }, { QStringLiteral("repeat"), repeat } });
    };
    QCOMPARE(set(mine, today, {}, {}), QStringLiteral("applied"));
    QCOMPARE(set(team, QDate::currentDate().addDays(-2).toString(Qt::ISODate), QStringLiteral("unit:63.2"), {}),
        QStringLiteral("applied"));
    QCOMPARE(set(later, QDate::currentDate().addDays(5).toString(Qt::ISODate), {}, {}), QStringLiteral("applied"));
    QCOMPARE(set(weekly, QDate::currentDate().addDays(-1).toString(Qt::ISODate), {}, QStringLiteral("weekly")),
        QStringLiteral("applied"));
    QCOMPARE(set(uuid(), today, {}, QStringLiteral("daily")), QStringLiteral("refused invalid"));
    QCOMPARE(submit(m_cosign36, QStringLiteral("resubmission.create"), QStringLiteral("resubmission"), uuid(),
                 { { QStringLiteral("object_type"), QStringLiteral("case") }, { QStringLiteral("object_id"), m_case },
                     { QStringLiteral("due"), today }, { QStringLiteral("reason"), QStringLiteral("x") } }),
        QStringLiteral("refused not_found"));

    const auto clerk = inbox(m_clerk);
    QCOMPARE(clerk.value(mine), QStringLiteral("own"));
    QCOMPARE(clerk.value(weekly), QStringLiteral("own"));
    QVERIFY(!clerk.contains(later));
    // The unit's queue: every member of 63.2 and of the teams below it; not FB 63's stranger.
    QCOMPARE(clerk.value(team), QStringLiteral("unit"));
    QCOMPARE(inbox(m_deputy).value(team), QStringLiteral("unit"));
    QVERIFY(!inbox(m_stranger).contains(team));
    QVERIFY(!inbox(m_stranger).contains(mine));

    // Postponing needs a reason; done by someone else's: refused; a weekly one comes back.
    QCOMPARE(submit(m_clerk, QStringLiteral("resubmission.postpone"), QStringLiteral("resubmission"), mine,
                 { { QStringLiteral("due"), QDate::currentDate().addDays(3).toString(Qt::ISODate) } }),
        QStringLiteral("refused invalid"));
    QCOMPARE(submit(m_clerk, QStringLiteral("resubmission.postpone"), QStringLiteral("resubmission"), mine,
                 { { QStringLiteral("due"), QDate::currentDate().addDays(3).toString(Qt::ISODate) },
                     { QStringLiteral("reason"), QStringLiteral("Bauherr im Urlaub") } }),
        QStringLiteral("applied"));
    QVERIFY(!inbox(m_clerk).contains(mine));
    QCOMPARE(submit(m_stranger, QStringLiteral("resubmission.done"), QStringLiteral("resubmission"), team, {}),
        QStringLiteral("refused not_permitted"));
    QCOMPARE(submit(m_deputy, QStringLiteral("resubmission.done"), QStringLiteral("resubmission"), team,
                 { { QStringLiteral("remark"), QStringLiteral("nachgereicht") } }),
        QStringLiteral("applied"));
    QVERIFY(!inbox(m_clerk).contains(team));
    QJsonObject result;
    QCOMPARE(submit(m_clerk, QStringLiteral("resubmission.done"), QStringLiteral("resubmission"), weekly, {}, &result),
        QStringLiteral("applied"));
    QCOMPARE(result.value(QLatin1String("next_due")).toString(), QDate::currentDate().addDays(6).toString(Qt::ISODate));
    QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM aktenwerk.resubmission WHERE follows = $1 AND status = 'open'"),
                 { weekly }),
        QStringLiteral("1"));
}

void TstRoutingServer::templatesAreKeptByTeamLeads()
{
    const QJsonArray route { QJsonObject { { QStringLiteral("action"), QStringLiteral("bearbeitung") },
                                 { QStringLiteral("addressee"), QStringLiteral("unit:63.2.1") },
                                 { QStringLiteral("days"), 5 } },
        QJsonObject { { QStringLiteral("action"), QStringLiteral("mitzeichnung") },
            { QStringLiteral("addressee"), m_cosign36.name }, { QStringLiteral("days"), 10 } },
        QJsonObject { { QStringLiteral("action"), QStringLiteral("zeichnung") },
            { QStringLiteral("addressee"), QStringLiteral("lead:63.2") } } };
    const QString id = uuid();
    const QJsonObject args { { QStringLiteral("name"), QStringLiteral("Baugenehmigung") },
        { QStringLiteral("steps"), route } };
    QCOMPARE(submit(m_clerk, QStringLiteral("route_template.save"), QStringLiteral("route_template"), id, args),
        QStringLiteral("refused not_permitted"));
    QCOMPARE(submit(m_lead, QStringLiteral("route_template.save"), QStringLiteral("route_template"), id, args),
        QStringLiteral("applied"));
    QCOMPARE(submit(m_head, QStringLiteral("route_template.save"), QStringLiteral("route_template"), uuid(), args),
        QStringLiteral("refused duplicate_code"));

    const QString document = newDocument(QStringLiteral("Genehmigung Birkenweg"), "Birkenweg 7");
    QVERIFY(!document.isEmpty());
    const QString started = uuid();
    QCOMPARE(
        submit(m_clerk, QStringLiteral("route.start"), QStringLiteral("route"), started,
            { { QStringLiteral("object_type"), QStringLiteral("document") }, { QStringLiteral("object_id"), document },
                { QStringLiteral("template"), QStringLiteral("baugenehmigung") } }),
        QStringLiteral("applied"));
    QCOMPARE(owner(QStringLiteral("SELECT string_agg(action || '=' || addressee || '@' || coalesce((deadline - "
                                  "current_date)::text, '-'), ' ' "
                                  "ORDER BY position) FROM aktenwerk.route_step WHERE route_id = $1"),
                 { started }),
        QStringLiteral("bearbeitung=unit:63.2.1@5 mitzeichnung=%1@10 zeichnung=lead:63.2@-").arg(m_cosign36.name));
    QCOMPARE(owner(QStringLiteral("SELECT template FROM aktenwerk.route WHERE id = $1"), { started }),
        QStringLiteral("Baugenehmigung"));

    // A step added after the current one (by who has it) comes before the rest.
    const QString current = owner(
        QStringLiteral("SELECT id FROM aktenwerk.route_step WHERE route_id = $1 AND position = 1"), { started });
    QCOMPARE(submit(m_clerk, QStringLiteral("step.add"), QStringLiteral("step"), current,
                 { { QStringLiteral("after"), 1 },
                     { QStringLiteral("steps"),
                         QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("kenntnisnahme") },
                             { QStringLiteral("addressee"), m_stranger.name } } } } }),
        QStringLiteral("applied"));
    QCOMPARE(owner(QStringLiteral("SELECT string_agg(position || action, ' ' ORDER BY position) "
                                  "FROM aktenwerk.route_step WHERE route_id = $1"),
                 { started }),
        QStringLiteral("1bearbeitung 2kenntnisnahme 3mitzeichnung 4zeichnung"));
    // Not before what is done, and not by someone who has no step there.
    QCOMPARE(submit(m_stranger, QStringLiteral("step.add"), QStringLiteral("step"), current,
                 { { QStringLiteral("after"), 1 },
                     { QStringLiteral("steps"),
                         QJsonArray { QJsonObject { { QStringLiteral("action"), QStringLiteral("kenntnisnahme") },
                             { QStringLiteral("addressee"), m_head.name } } } } }),
        QStringLiteral("refused not_permitted"));
    // Skipping needs a reason and the one who started it (or a lead).
    const QString notice = owner(
        QStringLiteral("SELECT id FROM aktenwerk.route_step WHERE route_id = $1 AND position = 2"), { started });
    QCOMPARE(submit(m_stranger, QStringLiteral("step.skip"), QStringLiteral("step"), notice,
                 { { QStringLiteral("reason"), QStringLiteral("x") } }),
        QStringLiteral("refused not_permitted"));
    QCOMPARE(submit(m_clerk, QStringLiteral("step.skip"), QStringLiteral("step"), notice,
                 { { QStringLiteral("reason"), QStringLiteral("doch nicht nötig") } }),
        QStringLiteral("applied"));
    QCOMPARE(submit(m_clerk, QStringLiteral("step.complete"), QStringLiteral("step"), current, {}),
        QStringLiteral("applied"));
    // Skipped: the Mitzeichnung is current next.
    QCOMPARE(owner(QStringLiteral("SELECT string_agg(position || ':' || status, ' ' ORDER BY position) "
                                  "FROM aktenwerk.route_step WHERE route_id = $1"),
                 { started }),
        QStringLiteral("1:003 2:004 3:002 4:001"));
}

void TstRoutingServer::cleanupTestCase() { }

QTEST_GUILESS_MAIN(TstRoutingServer)
#include "tst_routingserver.moc"
