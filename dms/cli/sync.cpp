// aktenwerk-cli commands — the central repository: server administration, connect, sync, status and conflicts.

#include "dms/cli/commands.h"
#include "dms/cli/output.h"

namespace Aktenwerk::Cli {

int cmdServer(const Args &a)
{
    const QString sub = a.words.value(1);
    if (!a.has("--url"))
        return usage(Text::tr("server commands need --url with the database owner's connection (a libpq URL)."));
    const QString url = a.value("--url");
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
    if (sub == QLatin1String("add-user") && a.words.size() == 3) {
        if (!a.has("--department") || !a.has("--role") || !a.flag("--password-stdin"))
            return usage(Text::tr("server add-user needs NAME, --department CODE, --role ROLE and --password-stdin."));
        QList<Role> roles;
        for (const QString &r : a.value("--role").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            static const QMap<QString, Role> aliases{{QStringLiteral("teamlead"), Role::TeamLead},
                                                     {QStringLiteral("records"), Role::RecordsOfficer},
                                                     {QStringLiteral("admin"), Role::Administrator}};
            auto role = aliases.contains(r.trimmed()) ? std::optional<Role>(aliases.value(r.trimmed()))
                                                      : roleFromCode(r);
            if (!role)
                return usage(Text::tr("Unknown role \"%1\": use clerk, teamlead, records or admin.").arg(r));
            roles << *role;
        }
        const QString password = passwordFromStdin();
        if (auto s = ServerAdmin::addUser(url, a.words.at(2), a.value("--name"), a.value("--department"), roles, password);
            !s)
            return failWith(s.error());
        out(Text::tr("User %1 created.").arg(a.words.at(2)));
        return ExitOk;
    }
    return usage(Text::tr("Use \"server init\", \"server add-department CODE NAME\" or \"server add-user NAME\"."));
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
    auto r = e->apply(Commands::connectServer(url, user));
    if (!r)
        return failWith(r.error());
    QSettings settings(QStringLiteral("Aktenwerk"), QStringLiteral("aktenwerk"));
    settings.setValue(QStringLiteral("server/url"), url);
    settings.setValue(QStringLiteral("server/user"), user);
    const auto stored = Credentials::store(Credentials::key(url, user), password);
    if (a.json()) {
        printJson(QJsonObject{{QStringLiteral("url"), url},
                              {QStringLiteral("user"), user},
                              {QStringLiteral("department"), me->text(0, 0)},
                              {QStringLiteral("keychain"), stored.has_value()}});
    } else {
        out(Text::tr("Connected to %1 as %2 (department %3).").arg(url, user, me->text(0, 0)));
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
        printJson(QJsonObject{{QStringLiteral("pushed"), r->pushed},
                              {QStringLiteral("rejected"), r->rejected},
                              {QStringLiteral("pulled"), r->pulled},
                              {QStringLiteral("deferred"), r->deferred},
                              {QStringLiteral("content_up"), r->contentUp},
                              {QStringLiteral("content_down"), r->contentDown},
                              {QStringLiteral("bytes_up"), r->bytesUp},
                              {QStringLiteral("bytes_down"), r->bytesDown},
                              {QStringLiteral("open_conflicts"), r->openConflicts},
                              {QStringLiteral("watermark"), r->watermark},
                              {QStringLiteral("rejections"), QJsonArray::fromStringList(r->rejections)},
                              {QStringLiteral("broken_locks"), QJsonArray::fromStringList(r->brokenLocks)}});
    } else {
        out(Text::tr("Synced: %1 changes sent, %2 refused, %3 received; %4 contents up, %5 down; %6 open conflicts.")
                .arg(r->pushed)
                .arg(r->rejected)
                .arg(r->pulled)
                .arg(r->contentUp)
                .arg(r->contentDown)
                .arg(r->openConflicts));
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
    const int pending = count("SELECT count(*) FROM oplog WHERE push_state = 'pending'");
    const int rejected = count("SELECT count(*) FROM oplog WHERE push_state = 'rejected'");
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
