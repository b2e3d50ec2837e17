// aktenwerk-cli commands — the central repository: server administration, connect, sync, status and conflicts.

#include "dms/cli/commands.h"
#include "dms/cli/output.h"

namespace Aktenwerk::Cli {

namespace {

/**
 * A session for the auditor's commands: the URL alone (the owner's, with its own credentials),
 * or an auditor's (or any user's) login with --user and the password from stdin or the terminal.
 */
Result<PgConnection> auditSession(const Args &a)
{
    QString password;
    if (a.has("--user")) {
        password = a.flag("--password-stdin") ? passwordFromStdin()
                                              : promptPassword(Text::tr("Password for %1: ").arg(a.value("--user")));
    }
    return PgConnection::connect(a.value("--url"), a.value("--user"), password);
}

int cmdVerifyAudit(const Args &a)
{
    auto db = auditSession(a);
    if (!db)
        return failWith(db.error());
    std::optional<ServerAudit::Anchor> anchor;
    const QString anchorPath = a.value("--anchor");
    if (!anchorPath.isEmpty()) {
        auto read = ServerAudit::readAnchor(anchorPath);
        if (!read)
            return failWith(read.error());
        anchor = *read;
    }
    auto r = ServerAudit::verify(*db, anchor);
    if (!r)
        return failWith(r.error());
    // A good head is kept outside the database: the next check finds a cut tail against it.
    bool anchored = false;
    if (r->ok && !anchorPath.isEmpty() && r->headSeq > 0) {
        if (auto s
            = ServerAudit::appendAnchor(anchorPath, { r->headSeq, r->headHash, QDateTime::currentDateTimeUtc() });
            !s)
            return failWith(s.error());
        anchored = true;
    }
    if (a.json()) {
        printJson(QJsonObject { { QStringLiteral("ok"), r->ok }, { QStringLiteral("events"), r->events },
            { QStringLiteral("head_seq"), r->headSeq }, { QStringLiteral("head_hash"), r->headHash },
            { QStringLiteral("broken_at"), r->brokenAt }, { QStringLiteral("problem"), r->problem },
            { QStringLiteral("anchor_checked"), anchor.has_value() }, { QStringLiteral("anchored"), anchored } });
    } else if (r->ok) {
        out(Text::tr("The audit trail is intact: %1 events.").arg(r->events));
        if (anchor)
            out(Text::tr("The head anchored on %1 (event %2) is still in it.")
                    .arg(localTime(anchor->at))
                    .arg(anchor->seq));
        out(Text::tr("Head: event %1, %2").arg(r->headSeq).arg(r->headHash));
        if (anchored)
            out(Text::tr("The head was added to %1; keep that file where the database's owner cannot change it.")
                    .arg(QDir::toNativeSeparators(anchorPath)));
    }
    if (!r->ok) {
        if (!a.json())
            out(Text::tr("The audit trail is BROKEN at event %1: %2").arg(r->brokenAt).arg(r->problem));
        err(QStringLiteral("aktenwerk-cli: ")
            + Text::tr("audit trail broken at event %1: %2").arg(r->brokenAt).arg(r->problem));
        return ExitVerifyFailed;
    }
    return ExitOk;
}

int cmdServerAudit(const Args &a)
{
    QUuid entity;
    if (a.has("--entity")) {
        entity = QUuid::fromString(a.value("--entity"));
        if (entity.isNull())
            return usage(Text::tr("\"%1\" is not an id.").arg(a.value("--entity")));
    }
    int limit = 1000;
    if (a.has("--limit")) {
        bool ok = false;
        limit = a.value("--limit").toInt(&ok);
        if (!ok || limit < 1)
            return usage(Text::tr("--limit needs a positive number."));
    }
    auto db = auditSession(a);
    if (!db)
        return failWith(db.error());
    auto events = ServerAudit::events(*db, entity, limit);
    if (!events)
        return failWith(events.error());
    QJsonArray arr;
    for (const ServerAudit::Event &e : *events) {
        if (a.json()) {
            QJsonObject o { { QStringLiteral("seq"), e.seq },
                { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) }, { QStringLiteral("user"), e.login },
                { QStringLiteral("action"), e.action }, { QStringLiteral("entity_type"), e.entityType },
                { QStringLiteral("entity_id"), e.entityId }, { QStringLiteral("details"), e.details },
                { QStringLiteral("hash"), e.hash } };
            if (e.recordedAt.isValid())
                o.insert(QStringLiteral("recorded_offline_at"), e.recordedAt.toUTC().toString(Qt::ISODateWithMs));
            arr.append(o);
            continue;
        }
        QString line = QStringLiteral("%1  %2  %3  %4 %5 %6")
                           .arg(e.seq, 6)
                           .arg(QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.login,
                               e.action, e.entityType, e.entityId);
        // A change made offline: when it was made according to the client's clock, as such.
        if (e.recordedAt.isValid() && e.recordedAt.secsTo(e.at) > 120)
            line += QStringLiteral("  ")
                + Text::tr("(recorded offline at %1)")
                      .arg(QLocale().toString(e.recordedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        if (e.action == QLatin1String("command.refused"))
            line += QStringLiteral("  ")
                + Text::tr("refused: %1 (%2)")
                      .arg(e.details.value(QLatin1String("command")).toString(),
                          e.details.value(QLatin1String("code")).toString());
        out(line);
    }
    if (a.json())
        printJson(arr);
    return ExitOk;
}

/** Roles as the CLI takes them: "clerk,teamlead", also the server's codes. */
Result<QList<Role>> rolesFrom(const QString &list)
{
    static const QMap<QString, Role> aliases { { QStringLiteral("teamlead"), Role::TeamLead },
        { QStringLiteral("records"), Role::RecordsOfficer }, { QStringLiteral("admin"), Role::Administrator },
        { QStringLiteral("audit"), Role::Auditor } };
    QList<Role> roles;
    for (const QString &r : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto role = aliases.contains(r.trimmed()) ? std::optional<Role>(aliases.value(r.trimmed())) : roleFromCode(r);
        if (!role)
            return fail(ErrorCode::InvalidArgument,
                Text::tr("Unknown role \"%1\": use clerk, teamlead, records, admin or auditor.").arg(r));
        roles << *role;
    }
    return roles;
}

} // namespace

int cmdServer(const Args &a)
{
    const QString sub = a.words.value(1);
    if (!a.has("--url"))
        return usage(Text::tr("server commands need --url with the database owner's connection (a libpq URL)."));
    const QString url = a.value("--url");
    if (sub == QLatin1String("verify-audit") && a.words.size() == 2)
        return cmdVerifyAudit(a);
    if (sub == QLatin1String("audit") && a.words.size() == 2)
        return cmdServerAudit(a);
    if (sub == QLatin1String("init") && a.words.size() == 2) {
        auto r = ServerAdmin::init(url);
        if (!r)
            return failWith(r.error());
        if (a.json())
            printJson(QJsonObject{{QStringLiteral("database"), r->database},
                                  {QStringLiteral("from_version"), r->fromVersion},
                                  {QStringLiteral("schema"), r->toVersion}});
        else
            out(r->fromVersion == r->toVersion
                    ? Text::tr("The repository in database %1 is up to date (schema %2).").arg(r->database).arg(r->toVersion)
                    : Text::tr("The repository in database %1 is at schema %2 (was %3).")
                          .arg(r->database)
                          .arg(r->toVersion)
                          .arg(r->fromVersion));
        return ExitOk;
    }
    if (sub == QLatin1String("add-department") && a.words.size() == 4) {
        const auto level = confidentialityFromCode(a.has("--confidentiality") ? a.value("--confidentiality")
                                                                              : QStringLiteral("003"));
        if (!level)
            return usage(Text::tr("Unknown confidentiality level \"%1\".").arg(a.value("--confidentiality")));
        if (auto s = ServerAdmin::addDepartment(url, a.words.at(2), a.words.at(3), *level); !s)
            return failWith(s.error());
        out(Text::tr("Department %1 created.").arg(normalizeDepartmentCode(a.words.at(2))));
        return ExitOk;
    }
    if (sub == QLatin1String("add-unit") && a.words.size() == 3) {
        if (auto s = ServerAdmin::addUnit(url, a.words.at(2), a.value("--name"), a.value("--parent"),
                a.value("--department"), a.value("--standing-deputy"));
            !s)
            return failWith(s.error());
        out(Text::tr("Unit %1 saved.").arg(a.words.at(2).trimmed()));
        return ExitOk;
    }
    if (sub == QLatin1String("set-user") && a.words.size() == 3) {
        ServerAdmin::UserChange change;
        if (a.has("--unit"))
            change.unit = a.value("--unit");
        if (a.has("--department"))
            change.department = a.value("--department");
        if (a.has("--role")) {
            auto roles = rolesFrom(a.value("--role"));
            if (!roles)
                return usage(roles.error().message);
            change.roles = *roles;
        }
        if (a.has("--records-for")) // "" clears
            change.recordsFor = a.value("--records-for").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (auto s = ServerAdmin::setUser(url, a.words.at(2), change); !s)
            return failWith(s.error());
        out(Text::tr("User %1 changed.").arg(a.words.at(2)));
        return ExitOk;
    }
    if (sub == QLatin1String("set-grace") && a.words.size() == 3) {
        bool ok = false;
        const int days = a.words.at(2).toInt(&ok);
        if (!ok)
            return usage(Text::tr("server set-grace takes a number of days."));
        if (auto s = ServerAdmin::setEscalationGrace(url, a.value("--department"), days); !s)
            return failWith(s.error());
        out(a.has("--department")
                ? Text::tr(
                    "Overdue steps of department %1 go to the team lead %n day(s) after their deadline.", nullptr, days)
                      .arg(normalizeDepartmentCode(a.value("--department")))
                : Text::tr("Overdue steps go to the team lead %n day(s) after their deadline.", nullptr, days));
        return ExitOk;
    }
    if (sub == QLatin1String("add-user") && a.words.size() == 3) {
        if (!a.has("--department") || !a.has("--role") || !a.flag("--password-stdin"))
            return usage(Text::tr("server add-user needs NAME, --department CODE, --role ROLE and --password-stdin."));
        auto roles = rolesFrom(a.value("--role"));
        if (!roles)
            return usage(roles.error().message);
        const QString password = passwordFromStdin();
        if (auto s = ServerAdmin::addUser(url, a.words.at(2), a.value("--name"), a.value("--department"), *roles,
                password, a.value("--records-for").split(QLatin1Char(','), Qt::SkipEmptyParts));
            !s)
            return failWith(s.error());
        out(Text::tr("User %1 created.").arg(a.words.at(2)));
        return ExitOk;
    }
    return usage(Text::tr("Use \"server init\", \"server add-department CODE NAME\", \"server add-unit CODE\", "
                          "\"server add-user NAME\", \"server set-user NAME\", \"server verify-audit\" or "
                          "\"server audit\"."));
}

int cmdConnect(const Args &a)
{
    if (!a.has("--url") || !a.has("--user"))
        return usage(Text::tr("connect needs --url URL and --user NAME."));
    const QString url = a.value("--url");
    const QString user = a.value("--user");
    QString password = a.flag("--password-stdin") ? passwordFromStdin()
                                                  : promptPassword(Text::tr("Password for %1: ").arg(user));
    if (password.isEmpty())
        return failWith(Error{ErrorCode::InvalidArgument, Text::tr("No password given (use --password-stdin in scripts)."), {}});
    if (url.contains(QLatin1String("password=")) || QUrl(url).password().size() > 0)
        return usage(Text::tr("The URL must not contain the password; it goes to the keychain."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite, true);
    if (!e)
        return failWith(s.openError());
    // Check the login before anything is stored: the server must know this user.
    auto db = PgConnection::connect(url, user, password);
    if (!db)
        return failWith(db.error());
    auto version = ServerAdmin::schemaVersion(*db);
    if (!version)
        return failWith(version.error());
    auto me = db->exec(QStringLiteral("SELECT aktenwerk.my_department()"));
    if (!me)
        return failWith(me.error());
    if (me->isNull(0, 0))
        return failWith(Error{ErrorCode::PermissionDenied,
                              Text::tr("The server knows no Aktenwerk user %1. Ask the administrator.").arg(user), {}});
    auto command = SyncEngine::connectCommand(*db, url, user);
    if (!command)
        return failWith(command.error());
    auto r = e->apply(*command);
    if (!r)
        return failWith(r.error());
    QSettings settings(QStringLiteral("Aktenwerk"), QStringLiteral("aktenwerk"));
    settings.setValue(QStringLiteral("server/url"), url);
    settings.setValue(QStringLiteral("server/user"), user);
    const auto stored = Credentials::store(Credentials::key(url, user), password);
    if (a.json()) {
        printJson(QJsonObject { { QStringLiteral("url"), url }, { QStringLiteral("user"), user },
            { QStringLiteral("department"), me->text(0, 0) }, { QStringLiteral("keychain"), stored.has_value() },
            { QStringLiteral("first_upload"), r->data } });
    } else {
        out(Text::tr("Connected to %1 as %2 (department %3).").arg(url, user, me->text(0, 0)));
        if (const int queued = r->data.value(QLatin1String("queued")).toInt(); queued > 0)
            out(Text::tr("What was made in this folder goes to the server with the next sync: %1 changes, %2 files "
                         "(their references stay findable as former references); %3 plan units are the server's.")
                    .arg(queued)
                    .arg(r->data.value(QLatin1String("files")).toInt())
                    .arg(r->data.value(QLatin1String("plan_units_matched")).toInt()));
        out(stored ? Text::tr("The password is stored in the keychain.") : stored.error().message);
    }
    return ExitOk;
}

int cmdSync(const Args &a)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto password = syncPassword(a, *e);
    if (!password)
        return failWith(password.error());
    SyncEngine sync(*e);
    auto r = sync.sync(*password);
    if (!r)
        return failWith(r.error());
    if (a.json()) {
        printJson(QJsonObject { { QStringLiteral("pushed"), r->pushed }, { QStringLiteral("rejected"), r->rejected },
            { QStringLiteral("pulled"), r->pulled }, { QStringLiteral("deferred"), r->deferred },
            { QStringLiteral("removed"), r->removed }, { QStringLiteral("content_up"), r->contentUp },
            { QStringLiteral("content_down"), r->contentDown }, { QStringLiteral("bytes_up"), r->bytesUp },
            { QStringLiteral("bytes_down"), r->bytesDown }, { QStringLiteral("open_conflicts"), r->openConflicts },
            { QStringLiteral("watermark"), r->watermark },
            { QStringLiteral("rejections"), QJsonArray::fromStringList(r->rejections) },
            { QStringLiteral("broken_locks"), QJsonArray::fromStringList(r->brokenLocks) } });
    } else {
        out(Text::tr("Synced: %1 changes sent, %2 refused, %3 received; %4 contents up, %5 down; %6 open conflicts.")
                .arg(r->pushed)
                .arg(r->rejected)
                .arg(r->pulled)
                .arg(r->contentUp)
                .arg(r->contentDown)
                .arg(r->openConflicts));
        if (r->removed > 0)
            out(Text::tr("%n file(s) destroyed on the central repository: removed here with their content.", nullptr,
                r->removed));
        for (const QString &line : std::as_const(r->rejections))
            out(Text::tr("refused: %1").arg(line));
        for (const QString &line : std::as_const(r->brokenLocks))
            out(line);
    }
    return ExitOk;
}

int cmdStatus(const Args &a)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    Database *db = s.reader();
    if (!db)
        return failWith(s.openError());
    auto state = e->syncState();
    if (!state)
        return failWith(state.error());
    auto count = [&](const char *sql) { return db->scalar(QString::fromLatin1(sql)).value_or(QVariant(0)).toInt(); };
    const int pending = count("SELECT count(*) FROM oplog WHERE push_state = 'pending' AND resolution IS NULL");
    const int rejected = count("SELECT count(*) FROM oplog WHERE push_state = 'rejected' AND resolution IS NULL");
    const int conflicts = count("SELECT count(*) FROM conflict WHERE status = 'open'");
    QJsonObject o{{QStringLiteral("connected"), state->has_value()},
                  {QStringLiteral("pending"), pending},
                  {QStringLiteral("rejected"), rejected},
                  {QStringLiteral("open_conflicts"), conflicts}};
    if (*state) {
        o.insert(QStringLiteral("url"), (*state)->url);
        o.insert(QStringLiteral("user"), (*state)->login);
        o.insert(QStringLiteral("last_sync"), (*state)->lastSyncAt);
        o.insert(QStringLiteral("last_error"), (*state)->lastError);
        o.insert(QStringLiteral("watermark"), (*state)->watermark);
    }
    auto copies = Queries::workingCopies(*db);
    if (!copies)
        return failWith(copies.error());
    QJsonArray checkedOut;
    for (const WorkingCopy &w : *copies)
        checkedOut.append(QJsonObject{{QStringLiteral("document"), id(w.documentId)},
                                      {QStringLiteral("path"), w.path},
                                      {QStringLiteral("version"), w.baseVersion},
                                      {QStringLiteral("offline"), w.offline}});
    o.insert(QStringLiteral("checked_out"), checkedOut);
    if (a.json()) {
        printJson(o);
    } else if (!*state) {
        out(Text::tr("Local data folder (no server). %1 changes recorded.").arg(count("SELECT count(*) FROM oplog")));
    } else {
        out(Text::tr("Server %1, user %2").arg((*state)->url, (*state)->login));
        out(Text::tr("Last sync: %1").arg((*state)->lastSyncAt.isEmpty() ? Text::tr("never") : (*state)->lastSyncAt));
        if (!(*state)->lastError.isEmpty())
            out(Text::tr("Last error: %1").arg((*state)->lastError));
        out(Text::tr("%1 changes waiting to be sent, %2 refused by the server, %3 open conflicts.")
                .arg(pending)
                .arg(rejected)
                .arg(conflicts));
    }
    if (!a.json()) {
        // What is checked out here: a clerk going offline sees what is still being edited.
        for (const WorkingCopy &w : *copies) {
            auto d = Queries::document(*db, w.documentId);
            out(Text::tr("Checked out here%1: \"%2\" (version %3) — %4")
                    .arg(w.offline ? Text::tr(" (offline edit)") : QString(),
                         d && *d ? (*d)->title : id(w.documentId))
                    .arg(w.baseVersion)
                    .arg(QDir::toNativeSeparators(w.path)));
        }
    }
    return ExitOk;
}

int cmdConflicts(const Args &a)
{
    Session s(a);
    Database *db = s.reader();
    if (!db)
        return failWith(s.openError());
    auto st = db->prepare(QStringLiteral(
        "SELECT c.id, c.entity_type, c.entity_id, c.field, COALESCE(c.base_value, ''), COALESCE(c.mine_value, ''), "
        "COALESCE(c.theirs_value, ''), c.mine_user, c.created_at, COALESCE(f.reference, k.reference, d.title, '') "
        "FROM conflict c LEFT JOIN file_record f ON f.id = c.entity_id LEFT JOIN case_record k ON k.id = c.entity_id "
        "LEFT JOIN document d ON d.id = c.entity_id WHERE c.status = 'open' ORDER BY c.created_at"));
    if (!st)
        return failWith(st.error());
    QJsonArray arr;
    while (true) {
        auto row = st->step();
        if (!row)
            return failWith(row.error());
        if (!*row)
            break;
        if (a.json())
            arr.append(QJsonObject{{QStringLiteral("id"), st->text(0)},
                                   {QStringLiteral("entity_type"), st->text(1)},
                                   {QStringLiteral("entity_id"), st->text(2)},
                                   {QStringLiteral("field"), st->text(3)},
                                   {QStringLiteral("base"), st->text(4)},
                                   {QStringLiteral("mine"), st->text(5)},
                                   {QStringLiteral("theirs"), st->text(6)},
                                   {QStringLiteral("mine_user"), st->text(7)},
                                   {QStringLiteral("created_at"), st->text(8)},
                                   {QStringLiteral("label"), st->text(9)}});
        else
            out(Text::tr("%1  %2 %3, field %4: mine \"%5\" (%6), theirs \"%7\"")
                    .arg(st->text(0), entityTypeName(st->text(1)), st->text(9), st->text(3), st->text(5), st->text(7),
                         st->text(6)));
    }
    if (a.json())
        printJson(arr);
    return ExitOk;
}

int cmdRejected(const Args &a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("discard") || sub == QLatin1String("resend")) {
        if (a.words.size() != 3)
            return usage(Text::tr("rejected %1 needs the OP-ID that \"rejected\" lists.").arg(sub));
        Session s(a);
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        const QString opId = a.words.at(2);
        auto r = e->apply(
            sub == QLatin1String("discard") ? Commands::discardRejected(opId) : Commands::resendRejected(opId));
        if (!r)
            return failWith(r.error());
        if (sub == QLatin1String("resend"))
            out(Text::tr("Queued again; it goes to the server with the next sync."));
        else if (r->data.value(QLatin1String("taken_back")).toInt() > 0)
            out(Text::tr("Discarded: what the server refused was taken back here (%n record(s)).", nullptr,
                r->data.value(QLatin1String("taken_back")).toInt()));
        else
            out(Text::tr("Discarded; the server's state comes back with the next sync."));
        return ExitOk;
    }
    if (a.words.size() != 1)
        return usage(Text::tr("Use \"rejected\", \"rejected discard OP-ID\" or \"rejected resend OP-ID\"."));
    Session s(a);
    Database *db = s.reader();
    if (!db)
        return failWith(s.openError());
    auto rows = Queries::rejectedChanges(*db);
    if (!rows)
        return failWith(rows.error());
    QJsonArray arr;
    for (const RejectedChange &c : *rows) {
        if (a.json()) {
            arr.append(QJsonObject { { QStringLiteral("op_id"), c.opId }, { QStringLiteral("command"), c.command },
                { QStringLiteral("entity_type"), c.entityType }, { QStringLiteral("entity_id"), c.entityId },
                { QStringLiteral("label"), c.label }, { QStringLiteral("code"), c.code },
                { QStringLiteral("reason"), c.message },
                { QStringLiteral("entered"), commandSummary(c.command, c.payload) },
                { QStringLiteral("made_at"), c.createdAt }, { QStringLiteral("payload"), c.payload } });
            continue;
        }
        out(QStringLiteral("%1  %2  %3 %4").arg(c.opId, commandName(c.command), entityTypeName(c.entityType), c.label));
        if (const QString entered = commandSummary(c.command, c.payload); !entered.isEmpty())
            out(QStringLiteral("    ") + Text::tr("entered: %1").arg(entered));
        out(QStringLiteral("    ")
            + Text::tr("made %1; refused: %2 (%3)")
                  .arg(localTime(QDateTime::fromString(c.createdAt, Qt::ISODateWithMs)), c.message, c.code));
    }
    if (a.json())
        printJson(arr);
    else if (rows->isEmpty())
        out(Text::tr("The server has refused nothing that waits for a decision."));
    return ExitOk;
}

int cmdResolve(const Args &a)
{
    if (a.words.size() != 2 || !a.has("--keep")
        || (a.value("--keep") != QLatin1String("mine") && a.value("--keep") != QLatin1String("theirs")))
        return usage(Text::tr("resolve needs CONFLICT-ID and --keep mine|theirs."));
    const QUuid id = QUuid::fromString(a.words.at(1));
    if (id.isNull())
        return usage(Text::tr("\"%1\" is not a conflict id.").arg(a.words.at(1)));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto r = e->apply(Commands::resolveConflict(id, a.value("--keep") == QLatin1String("mine")));
    if (!r)
        return failWith(r.error());
    out(Text::tr("Resolved; the server learns it with the next sync."));
    return ExitOk;
}

} // namespace Aktenwerk::Cli
