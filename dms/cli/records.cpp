// aktenwerk-cli commands — the data folder, the file plan, files and cases, settings, verify, search and audit.

#include "dms/cli/commands.h"
#include "dms/cli/output.h"
#include "dms/plan/planexport.h"

namespace Aktenwerk::Cli {

int cmdInit(const Args &a)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite, true);
    if (!e)
        return failWith(s.openError());
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("data_dir"), e->dataDir()},
                              {QStringLiteral("schema"), Migrations::latestVersion()},
                              {QStringLiteral("user"), e->user().login}});
    else
        out(Text::tr("Data folder ready: %1 (schema %2, user %3)")
                .arg(QDir::toNativeSeparators(e->dataDir()))
                .arg(Migrations::latestVersion())
                .arg(e->user().login));
    return ExitOk;
}

int cmdDemo(const Args &a)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite, true);
    if (!e)
        return failWith(s.openError());
    auto r = DemoData::create(*e);
    if (!r)
        return failWith(r.error());
    out(Text::tr("Demo data created in %1: %2 plan units, %3 files, %4 cases, %5 documents, %6 versions.")
            .arg(QDir::toNativeSeparators(e->dataDir()))
            .arg(r->planUnits)
            .arg(r->files)
            .arg(r->cases)
            .arg(r->documents)
            .arg(r->versions));
    return ExitOk;
}

int cmdPlan(const Args &a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("import")) {
        if (a.words.size() != 3)
            return usage(Text::tr("plan import needs exactly one FILE."));
        Session s(a);
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        auto r = PlanImporter::importFile(*e, a.words.at(2));
        if (!r)
            return failWith(r.error());
        if (a.json())
            printJson(QJsonObject{{QStringLiteral("format"), r->format},
                                  {QStringLiteral("created"), r->created},
                                  {QStringLiteral("updated"), r->updated},
                                  {QStringLiteral("unchanged"), r->unchanged},
                                  {QStringLiteral("departments_created"), r->departmentsCreated}});
        else
            out(Text::tr("File plan imported (%1): %2 units created, %3 updated, %4 unchanged, %5 departments created.")
                    .arg(r->format)
                    .arg(r->created)
                    .arg(r->updated)
                    .arg(r->unchanged)
                    .arg(r->departmentsCreated));
        return ExitOk;
    }
    if (sub == QLatin1String("export")) {
        if (a.words.size() != 2 || !a.has("--out"))
            return usage(Text::tr("Use \"plan export --out FILE.xml [--title TEXT] [--sender NAME]\"."));
        Session s(a);
        Database *db = s.reader();
        if (!db)
            return failWith(s.openError());
        XdomeaParties parties;
        if (a.has("--sender"))
            parties.sender = a.value("--sender");
        if (a.has("--archive"))
            parties.recipient = a.value("--archive");
        auto n = PlanExport::exportFile(*db, a.value("--title"), parties, a.value("--out"));
        if (!n)
            return failWith(n.error());
        if (a.json())
            printJson(QJsonObject { { QStringLiteral("format"), QStringLiteral("xdomea-0301") },
                { QStringLiteral("units"), *n }, { QStringLiteral("file"), a.value("--out") } });
        else
            out(Text::tr("File plan exported (xdomea 0301): %n unit(s) in %1", nullptr, *n).arg(a.value("--out")));
        return ExitOk;
    }
    if (sub == QLatin1String("list")) {
        Session s(a);
        Database *db = s.reader();
        if (!db)
            return failWith(s.openError());
        auto units = Queries::planUnits(*db);
        if (!units)
            return failWith(units.error());
        if (a.json()) {
            QJsonArray arr;
            for (const PlanUnit &u : *units)
                arr.append(planJson(u));
            printJson(arr);
        } else {
            for (const PlanUnit &u : *units) {
                const int depth = static_cast<int>(u.code.count(QLatin1Char('.')));
                out(QString(depth * 2, QLatin1Char(' ')) + u.code + QLatin1Char('\t') + u.title + QLatin1Char('\t')
                    + u.retention.displayText() + QLatin1Char('\t') + QString(disposalTypeCode(u.disposal))
                    + (u.retired ? QLatin1Char('\t') + Text::tr("retired") : QString()));
            }
        }
        return ExitOk;
    }
    return usage(Text::tr("Use \"plan import FILE\" or \"plan list\"."));
}

int cmdDepartment(const Args &a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("list")) {
        Session s(a);
        Database *db = s.reader();
        if (!db)
            return failWith(s.openError());
        auto list = Queries::departments(*db);
        if (!list)
            return failWith(list.error());
        QJsonArray arr;
        for (const Department &d : *list) {
            if (a.json())
                arr.append(QJsonObject{{QStringLiteral("code"), d.code},
                                       {QStringLiteral("name"), d.name},
                                       {QStringLiteral("default_confidentiality"),
                                        confidentialityCode(d.defaultConfidentiality)}});
            else
                out(d.code + QLatin1Char('\t') + d.name + QLatin1Char('\t')
                    + confidentialityName(d.defaultConfidentiality));
        }
        if (a.json())
            printJson(arr);
        return ExitOk;
    }
    if (sub == QLatin1String("add")) {
        if (a.words.size() != 3 || !a.has("--name"))
            return usage(Text::tr("department add needs CODE and --name NAME."));
        const auto level = confidentialityFromCode(a.has("--confidentiality") ? a.value("--confidentiality")
                                                                              : QStringLiteral("003"));
        if (!level)
            return usage(Text::tr("Unknown confidentiality level \"%1\".").arg(a.value("--confidentiality")));
        Session s(a);
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        auto r = e->apply(Commands::createDepartment(a.words.at(2), a.value("--name"), *level));
        if (!r)
            return failWith(r.error());
        out(r->reference);
        return ExitOk;
    }
    return usage(Text::tr("Use \"department list\" or \"department add\"."));
}

int cmdTypes(const Args &a)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    const QString dept = normalizeDepartmentCode(a.value("--department"));
    QJsonArray arr;
    for (const MetadataSchema &sc : e->schemas().all()) {
        if (!dept.isEmpty() && sc.department != dept && sc.department != MetadataSchema::anyDepartment)
            continue;
        QJsonArray fields;
        QStringList names;
        for (const FieldDef &f : sc.fields) {
            fields.append(QJsonObject{{QStringLiteral("key"), f.key},
                                      {QStringLiteral("label"), f.label()},
                                      {QStringLiteral("type"), fieldTypeCode(f.type)},
                                      {QStringLiteral("required"), f.required},
                                      {QStringLiteral("options"), QJsonArray::fromStringList(f.options)}});
            names << f.key + (f.required ? QStringLiteral("*") : QString());
        }
        if (a.json())
            arr.append(QJsonObject{{QStringLiteral("department"), sc.department},
                                   {QStringLiteral("kind"), entityKindCode(sc.kind)},
                                   {QStringLiteral("type"), sc.type},
                                   {QStringLiteral("title"), sc.title()},
                                   {QStringLiteral("fields"), fields}});
        else
            out(sc.department + QLatin1Char('\t') + entityKindCode(sc.kind) + QLatin1Char('\t') + sc.type
                + QLatin1Char('\t') + names.join(QStringLiteral(", ")));
    }
    if (a.json())
        printJson(arr);
    return ExitOk;
}

int cmdFileCreate(const Args &a)
{
    if (!a.has("--plan") || !a.has("--title"))
        return usage(Text::tr("file create needs --plan CODE and --title TEXT."));
    auto fields = fieldAssignments(a.words.mid(2));
    if (!fields)
        return usage(Text::tr("\"%1\" is not of the form FIELD=VALUE.").arg(fields.error()));
    std::optional<Confidentiality> level;
    if (a.has("--confidentiality")) {
        level = confidentialityFromCode(a.value("--confidentiality"));
        if (!level)
            return usage(Text::tr("Unknown confidentiality level \"%1\".").arg(a.value("--confidentiality")));
    }
    Command c = Commands::createFile(a.value("--plan"), a.value("--title"), a.value("--department"), level,
                                     a.value("--type"), *fields);
    if (a.has("--year")) {
        bool ok = false;
        const int year = a.value("--year").toInt(&ok);
        if (!ok)
            return usage(Text::tr("--year needs a year such as 2026."));
        c.args.insert(QStringLiteral("year"), year);
    }
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto r = e->apply(c);
    if (!r)
        return failWith(r.error());
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("id"), id(r->id)}, {QStringLiteral("reference"), r->reference}});
    else
        out(r->reference);
    return ExitOk;
}

int cmdCaseCreate(const Args &a)
{
    if (!a.has("--file") || !a.has("--title"))
        return usage(Text::tr("case create needs --file REF|UUID and --title TEXT."));
    auto fields = fieldAssignments(a.words.mid(2));
    if (!fields)
        return usage(Text::tr("\"%1\" is not of the form FIELD=VALUE.").arg(fields.error()));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto file = s.target(a.value("--file"), {QStringLiteral("file")});
    if (!file)
        return failWith(file.error());
    auto r = e->apply(Commands::createCase(file->id, a.value("--title"), a.value("--type"), *fields));
    if (!r)
        return failWith(r.error());
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("id"), id(r->id)},
                              {QStringLiteral("reference"), r->reference},
                              {QStringLiteral("number"), r->number}});
    else
        out(r->reference);
    return ExitOk;
}

int cmdList(const Args &a)
{
    Session s(a);
    Database *db = s.reader();
    if (!db)
        return failWith(s.openError());
    if (!a.has("--file")) {
        auto files = Queries::files(*db);
        if (!files)
            return failWith(files.error());
        QJsonArray arr;
        for (const FileRecord &f : *files) {
            if (a.json())
                arr.append(fileJson(f));
            else
                out(f.reference + QLatin1Char('\t') + f.title + QLatin1Char('\t')
                    + Text::tr("FB %1").arg(f.departmentCode) + QLatin1Char('\t') + recordStatusName(f.status));
        }
        if (a.json())
            printJson(arr);
        return ExitOk;
    }
    auto target = resolveExpect(*db, a.value("--file"), {QStringLiteral("file")});
    if (!target)
        return failWith(target.error());
    auto file = Queries::file(*db, target->id);
    auto cases = Queries::cases(*db, target->id);
    if (!file)
        return failWith(file.error());
    if (!cases)
        return failWith(cases.error());
    QJsonArray caseArr;
    if (!a.json())
        out((*file)->reference + QLatin1Char('\t') + (*file)->title);
    for (const Case &c : *cases) {
        auto docs = Queries::documents(*db, c.meta.id);
        if (!docs)
            return failWith(docs.error());
        QJsonArray docArr;
        if (!a.json())
            out(QStringLiteral("  ") + c.reference + QLatin1Char('\t') + c.title);
        for (const Document &d : *docs) {
            auto v = Queries::version(*db, d.meta.id);
            if (!v)
                return failWith(v.error());
            if (a.json())
                docArr.append(documentJson(d, *v));
            else
                out(QStringLiteral("    ") + (d.reference.isEmpty() ? id(d.meta.id) : d.reference) + QLatin1Char('\t')
                    + d.title + QLatin1Char('\t') + QStringLiteral("v%1").arg(d.currentVersion) + QLatin1Char('\t')
                    + (*v ? (*v)->sha256 : QString()));
        }
        QJsonObject co = caseJson(c);
        co.insert(QStringLiteral("documents"), docArr);
        caseArr.append(co);
    }
    if (a.json()) {
        QJsonObject o = fileJson(**file);
        o.insert(QStringLiteral("cases"), caseArr);
        printJson(o);
    }
    return ExitOk;
}

int cmdShow(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("show needs one REF or UUID."));
    Session s(a);
    auto target = s.target(a.words.at(1), {});
    if (!target)
        return failWith(target.error());
    Database *db = s.reader();
    QJsonObject o;
    QStringList lines;
    if (target->entityType == QLatin1String("plan_unit")) {
        auto u = Queries::planUnit(*db, target->id);
        if (!u)
            return failWith(u.error());
        o = planJson(**u);
        lines << (*u)->code + QLatin1Char(' ') + (*u)->title
              << Text::tr("Retention: %1").arg((*u)->retention.displayText())
              << Text::tr("Disposal: %1").arg(disposalTypeName((*u)->disposal));
    } else if (target->entityType == QLatin1String("file")) {
        auto f = Queries::file(*db, target->id);
        auto cases = Queries::cases(*db, target->id);
        if (!f)
            return failWith(f.error());
        if (!cases)
            return failWith(cases.error());
        o = fileJson(**f);
        QJsonArray arr;
        for (const Case &c : *cases)
            arr.append(caseJson(c));
        o.insert(QStringLiteral("cases"), arr);
        lines << (*f)->reference + QLatin1Char(' ') + (*f)->title
              << Text::tr("Department: %1, confidentiality: %2, status: %3")
                     .arg((*f)->departmentCode, confidentialityName((*f)->confidentiality),
                         recordStatusName((*f)->status))
              << Text::tr("Type: %1  %2").arg((*f)->type, metadataLine((*f)->metadata))
              << Text::tr("Cases: %1").arg(cases->size());
        for (const FileShare &share : (*f)->shares) {
            if (!share.isActive(QDateTime::currentDateTimeUtc()))
                continue;
            lines << (share.until.isValid()
                    ? Text::tr("Shared with department %1 until %2.")
                          .arg(share.departmentCode, localDate(share.until.toLocalTime().date()))
                    : Text::tr("Shared with department %1.").arg(share.departmentCode));
        }
    } else if (target->entityType == QLatin1String("case")) {
        auto c = Queries::caseRecord(*db, target->id);
        auto docs = Queries::documents(*db, target->id);
        if (!c)
            return failWith(c.error());
        if (!docs)
            return failWith(docs.error());
        o = caseJson(**c);
        QJsonArray arr;
        for (const Document &d : *docs) {
            auto v = Queries::version(*db, d.meta.id);
            if (!v)
                return failWith(v.error());
            arr.append(documentJson(d, *v));
        }
        o.insert(QStringLiteral("documents"), arr);
        lines << (*c)->reference + QLatin1Char(' ') + (*c)->title
              << Text::tr("Type: %1  %2").arg((*c)->type, metadataLine((*c)->metadata))
              << Text::tr("Documents: %1").arg(docs->size());
    } else if (target->entityType == QLatin1String("document")) {
        auto d = Queries::document(*db, target->id);
        auto versions = Queries::versions(*db, target->id);
        if (!d)
            return failWith(d.error());
        if (!versions)
            return failWith(versions.error());
        o = documentJson(**d, versions->isEmpty() ? std::nullopt : std::optional<Version>(versions->last()));
        QJsonArray arr;
        lines << ((*d)->reference.isEmpty() ? (*d)->title : (*d)->reference + QLatin1Char(' ') + (*d)->title)
              << Text::tr("Type: %1  %2").arg((*d)->type, metadataLine((*d)->metadata));
        for (const Version &v : *versions) {
            arr.append(versionJson(v));
            lines << QStringLiteral("  v%1  %2  %3 B  %4  %5  %6  %7")
                         .arg(v.number)
                         .arg(v.sha256)
                         .arg(v.size)
                         .arg(localTime(v.createdAt), v.author, versionOriginName(v.origin), v.comment);
        }
        o.insert(QStringLiteral("versions"), arr);
        auto lock = Queries::documentLock(*db, target->id);
        if (!lock)
            return failWith(lock.error());
        if (*lock && (*lock)->isHeld(QDateTime::currentDateTimeUtc())) {
            o.insert(QStringLiteral("checked_out_by"), (*lock)->owner);
            o.insert(QStringLiteral("checked_out_since"), (*lock)->since.toString(Qt::ISODateWithMs));
            lines << Text::tr("Checked out by %1 since %2.").arg((*lock)->owner, localTime((*lock)->since));
        }
    } else {
        return failWith(Error{ErrorCode::Unsupported, Text::tr("Cannot show a %1.").arg(entityTypeName(target->entityType)), {}});
    }
    o.insert(QStringLiteral("entity_type"), target->entityType);
    // References from before the folder went to the server: this record's own, and others' that
    // were written like the one asked for (a former reference may name another record now).
    if (target->entityType == QLatin1String("file") || target->entityType == QLatin1String("case")) {
        auto former = db->prepare(
            QStringLiteral("SELECT former_reference FROM %1 WHERE id = ? AND former_reference IS NOT NULL")
                .arg(target->entityType == QLatin1String("file") ? QStringLiteral("file_record")
                                                                 : QStringLiteral("case_record")));
        if (!former)
            return failWith(former.error());
        former->bind(1, id(target->id));
        if (auto row = former->step(); row && *row) {
            o.insert(QStringLiteral("former_reference"), former->text(0));
            lines.insert(1, Text::tr("Former reference (before the server): %1").arg(former->text(0)));
        }
    }
    auto others = Queries::formerReferenceOf(*db, a.words.at(1));
    if (!others)
        return failWith(others.error());
    QJsonArray also;
    for (const Resolved &r : *others) {
        if (r.id == target->id)
            continue;
        also.append(QJsonObject { { QStringLiteral("entity_type"), r.entityType }, { QStringLiteral("id"), id(r.id) },
            { QStringLiteral("reference"), r.label } });
        lines << Text::tr("\"%1\" was also the reference of %2 %3, before the server numbered it.")
                     .arg(a.words.at(1), entityTypeName(r.entityType), r.label);
    }
    if (!also.isEmpty())
        o.insert(QStringLiteral("former_reference_of"), also);
    if (a.json())
        printJson(o);
    else
        for (const QString &l : std::as_const(lines))
            out(l);
    return ExitOk;
}

int cmdSet(const Args &a)
{
    if (a.words.size() < 3)
        return usage(Text::tr("set needs REF|UUID and at least one FIELD=VALUE."));
    auto fields = fieldAssignments(a.words.mid(2));
    if (!fields)
        return usage(Text::tr("\"%1\" is not of the form FIELD=VALUE.").arg(fields.error()));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto target = s.target(a.words.at(1), {});
    if (!target)
        return failWith(target.error());
    std::optional<QString> title, type;
    FieldValues metadata = *fields;
    if (metadata.contains(QStringLiteral("title")))
        title = metadata.take(QStringLiteral("title"));
    if (metadata.contains(QStringLiteral("type")))
        type = metadata.take(QStringLiteral("type"));
    Command c = target->entityType == QLatin1String("plan_unit")
        ? Commands::updatePlanUnit(target->id, Commands::toJson(*fields))
        : Commands::updateFields(target->id, title, metadata, type);
    auto r = e->apply(c);
    if (!r)
        return failWith(r.error());
    out(r->unchanged ? Text::tr("Nothing changed.") : Text::tr("Saved (revision %1).").arg(r->revision));
    return ExitOk;
}

int cmdHistory(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("history needs one REF or UUID."));
    Session s(a);
    auto target = s.target(a.words.at(1), {});
    if (!target)
        return failWith(target.error());
    Database *db = s.reader();
    auto changes = Queries::fieldHistory(*db, id(target->id));
    if (!changes)
        return failWith(changes.error());
    QJsonArray arr;
    for (const FieldChange &c : *changes) {
        if (a.json())
            arr.append(QJsonObject{{QStringLiteral("field"), c.field},
                                   {QStringLiteral("old"), c.oldValue},
                                   {QStringLiteral("new"), c.newValue},
                                   {QStringLiteral("at"), c.changedAt},
                                   {QStringLiteral("by"), c.changedBy}});
        else
            out(c.changedAt + QLatin1Char('\t') + c.changedBy + QLatin1Char('\t') + c.field + QStringLiteral(": \"")
                + c.oldValue + QStringLiteral("\" → \"") + c.newValue + QLatin1Char('"'));
    }
    if (a.json())
        printJson(arr);
    return ExitOk;
}

int cmdDelete(const Args &a)
{
    if (a.words.size() != 2 || !a.has("--reason"))
        return usage(Text::tr("delete needs REF|UUID and --reason TEXT."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto target = s.target(a.words.at(1), {});
    if (!target)
        return failWith(target.error());
    auto r = e->apply(Commands::tombstone(target->id, a.value("--reason")));
    if (!r)
        return failWith(r.error());
    out(Text::tr("Deleted %1 (kept as a tombstone).").arg(target->label));
    return ExitOk;
}

int cmdConfig(const Args &a)
{
    const QString sub = a.words.value(1);
    if (sub == QLatin1String("get") && a.words.size() == 3) {
        Session s(a);
        Database *db = s.reader();
        if (!db)
            return failWith(s.openError());
        const QString key = a.words.at(2);
        QString fallback;
        if (key == QLatin1String("reference.file_template"))
            fallback = QString::fromLatin1(ReferenceTemplate::defaultFileTemplate);
        else if (key == QLatin1String("reference.case_template"))
            fallback = QString::fromLatin1(ReferenceTemplate::defaultCaseTemplate);
        else if (key == DocumentOcr::onImportSetting())
            fallback = QStringLiteral("on");
        auto v = Queries::setting(*db, key, fallback);
        if (!v)
            return failWith(v.error());
        if (a.json())
            printJson(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), *v}});
        else
            out(*v);
        return ExitOk;
    }
    if (sub == QLatin1String("set") && a.words.size() == 4) {
        Session s(a);
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        auto r = e->apply(Commands::setSetting(a.words.at(2), a.words.at(3)));
        if (!r)
            return failWith(r.error());
        out(r->unchanged ? Text::tr("Nothing changed.") : Text::tr("Saved."));
        return ExitOk;
    }
    return usage(Text::tr("Use \"config get KEY\" or \"config set KEY VALUE\"."));
}

int cmdVerify(const Args &a)
{
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    auto r = e->verify();
    if (!r)
        return failWith(r.error());
    if (a.json()) {
        QJsonArray checks;
        for (const VerifyReport::Check &c : r->checks)
            checks.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("count"), c.count},
                                      {QStringLiteral("ok"), c.ok},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(c.problems)}});
        printJson(QJsonObject{{QStringLiteral("ok"), r->ok()},
                              {QStringLiteral("checks"), checks},
                              {QStringLiteral("orphan_content"), r->orphanContent},
                              {QStringLiteral("leftovers"), r->leftovers}});
    } else {
        for (const VerifyReport::Check &c : r->checks) {
            out(QStringLiteral("%1 %2: %3 %4")
                    .arg(c.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), c.name)
                    .arg(c.count)
                    .arg(Text::tr("checked")));
            for (const QString &p : c.problems)
                out(QStringLiteral("     ") + p);
        }
        if (r->orphanContent > 0)
            out(Text::tr("note: %n content file(s) without a document (left by an interrupted import; harmless).", nullptr,
                         static_cast<int>(r->orphanContent)));
        out(r->ok() ? Text::tr("Everything holds.") : Text::tr("Verification FAILED."));
    }
    if (!r->ok()) {
        for (const VerifyReport::Check &c : r->checks) {
            if (!c.ok) {
                err(QStringLiteral("aktenwerk-cli: ") + Text::tr("verification failed: %1: %2")
                                                            .arg(c.name, c.problems.value(0)));
                break;
            }
        }
        return ExitVerifyFailed;
    }
    return ExitOk;
}

int cmdSearch(const Args &a)
{
    if (a.words.size() < 2)
        return usage(Text::tr("search needs a QUERY."));
    const QString query = a.words.mid(1).join(QLatin1Char(' '));
    const int limit = a.has("--limit") ? a.value("--limit").toInt() : 20;
    if (limit < 1)
        return usage(Text::tr("--limit needs a positive number."));
    Session s(a);
    // Bring the index up to date first; while another program writes the folder, search what is indexed.
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e && s.openError().code == ErrorCode::Locked)
        e = s.engine(Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    if (auto u = Search::Indexer::update(*e); !u)
        return failWith(u.error());
    auto r = Search::SearchIndex::search(*e, query, limit, 0, true);
    if (!r)
        return failWith(r.error());
    QJsonObject facets;
    QStringList facetLine;
    for (const auto &[name, values] : r->facets) {
        QJsonObject counts;
        for (const Search::Facet &f : values) {
            counts.insert(f.value, f.count);
            if (!f.value.isEmpty())
                facetLine << QStringLiteral("%1 %2 (%3)").arg(name, f.value).arg(f.count);
        }
        facets.insert(name, counts);
    }
    if (a.json()) {
        QJsonArray hits;
        for (const Search::Hit &h : r->hits)
            hits.append(QJsonObject{{QStringLiteral("id"), id(h.documentId)},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("file_name"), h.fileName},
                                    {QStringLiteral("file_reference"), h.fileReference},
                                    {QStringLiteral("case_reference"), h.caseReference},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("text"), h.textStatus}});
        QJsonArray records;
        for (const Search::Hit &h : r->records) {
            const bool isCase = h.kind == Search::Hit::Kind::Case;
            records.append(
                QJsonObject { { QStringLiteral("kind"), isCase ? QStringLiteral("case") : QStringLiteral("file") },
                    { QStringLiteral("id"), id(isCase ? h.caseId : h.fileId) },
                    { QStringLiteral("reference"), isCase ? h.caseReference : h.fileReference },
                    { QStringLiteral("title"), h.title }, { QStringLiteral("file_reference"), h.fileReference },
                    { QStringLiteral("department"), h.department }, { QStringLiteral("status"), h.status },
                    { QStringLiteral("snippet"), h.snippet } });
        }
        printJson(QJsonObject { { QStringLiteral("hits"), hits }, { QStringLiteral("records"), records },
            { QStringLiteral("more_records"), r->moreRecords }, { QStringLiteral("more"), r->more },
            { QStringLiteral("count"), r->count }, { QStringLiteral("count_exact"), r->countIsExact },
            { QStringLiteral("facets"), facets } });
        return ExitOk;
    }
    // Files and cases first, as the window lists them: "Akte 63.01.02-0001/2026  Neubau … (FB 63, offen)".
    for (const Search::Hit &h : r->records) {
        const bool isCase = h.kind == Search::Hit::Kind::Case;
        out(QStringLiteral("%1 %2  %3  (%4, %5)")
                .arg(isCase ? Text::tr("Case") : Text::tr("File"), isCase ? h.caseReference : h.fileReference, h.title,
                    Text::tr("FB %1").arg(h.department),
                    recordStatusName(Model::recordStatusFromCode(h.status).value_or(Model::RecordStatus::Open))));
        if (!h.snippet.isEmpty())
            out(QStringLiteral("    ") + h.snippet);
    }
    if (r->moreRecords)
        out(Text::tr("More files and cases match; add words or az:, fb:, status: to narrow them."));
    for (const Search::Hit &h : r->hits) {
        out(QStringLiteral("%1  %2  (%3)  %4")
                .arg(id(h.documentId), h.title, h.fileName,
                     h.caseReference.isEmpty() ? Text::tr("intake") : h.caseReference));
        if (!h.snippet.isEmpty())
            out(QStringLiteral("    ") + h.snippet);
    }
    if (!r->hits.isEmpty() && !facetLine.isEmpty())
        out(QStringLiteral("-- ") + facetLine.join(QStringLiteral(" · ")));
    if (r->hits.isEmpty() && r->records.isEmpty())
        out(Text::tr("Nothing found."));
    else if (!r->countIsExact)
        out(Text::tr("More than %n hits: the best of the newest are shown; narrow the search.", nullptr, r->count));
    else if (r->more)
        out(Text::tr("%n hit(s); raise --limit to see more.", nullptr, r->count));
    return ExitOk;
}

int cmdReindex(const Args &a)
{
    if (a.words.size() != 1)
        return usage(Text::tr("reindex takes no arguments."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto r = Search::Indexer::reindex(*e);
    if (!r)
        return failWith(r.error());
    out(Text::tr("Search index rebuilt: %n document(s).", nullptr, *r));
    return ExitOk;
}

int cmdAudit(const Args &a)
{
    Session s(a);
    Database *db = s.reader();
    if (!db)
        return failWith(s.openError());
    QString entity;
    if (a.has("--entity")) {
        auto target = resolveExpect(*db, a.value("--entity"), {});
        if (!target)
            return failWith(target.error());
        entity = id(target->id);
    }
    const int limit = a.has("--limit") ? a.value("--limit").toInt() : -1;
    auto events = Queries::auditEvents(*db, entity, limit);
    if (!events)
        return failWith(events.error());
    QJsonArray arr;
    for (const AuditEvent &ev : *events) {
        if (a.json())
            arr.append(QJsonObject{{QStringLiteral("seq"), ev.seq},
                                   {QStringLiteral("id"), id(ev.id)},
                                   {QStringLiteral("at"), ev.at},
                                   {QStringLiteral("user"), ev.user},
                                   {QStringLiteral("action"), ev.action},
                                   {QStringLiteral("entity_type"), ev.entityType},
                                   {QStringLiteral("entity_id"), ev.entityId},
                                   {QStringLiteral("op_id"), ev.opId},
                                   {QStringLiteral("details"), ev.details},
                                   {QStringLiteral("prev_hash"), ev.prevHash},
                                   {QStringLiteral("hash"), ev.hash}});
        else
            out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                    .arg(ev.seq)
                    .arg(localTime(QDateTime::fromString(ev.at, Qt::ISODateWithMs)), ev.user, commandName(ev.action),
                        entityTypeName(ev.entityType) + QLatin1Char(' ') + ev.entityId,
                        ev.details.value(QLatin1String("reference")).toString()));
    }
    if (a.json())
        printJson(arr);
    return ExitOk;
}

namespace {

/** "31.12.2026", "2026-12-31" or an ISO time: a share ends at the end of that day (local time). */
std::optional<QDateTime> shareEnd(const QString &text)
{
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("d.M.yyyy"));
    if (d.isValid())
        return QDateTime(d, QTime(23, 59, 59, 999));
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? std::optional(t) : std::nullopt;
}

} // namespace

int cmdMove(const Args &a)
{
    if (a.words.size() != 2 || !a.has("--to"))
        return usage(Text::tr("move needs a document or case and --to CASE|FILE."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto what = s.target(a.words.at(1), { QStringLiteral("document"), QStringLiteral("case") });
    if (!what)
        return failWith(what.error());
    const bool isCase = what->entityType == QLatin1String("case");
    auto to = s.target(a.value("--to"), { isCase ? QStringLiteral("file") : QStringLiteral("case") });
    if (!to)
        return failWith(to.error());
    auto r = e->apply(isCase ? Commands::moveCase(what->id, to->id) : Commands::moveDocument(what->id, to->id));
    if (!r)
        return failWith(r.error());
    const QString now = isCase ? r->reference : r->data.value(QLatin1String("reference")).toString();
    if (a.json())
        printJson(QJsonObject { { QStringLiteral("id"), id(r->id) }, { QStringLiteral("type"), r->entityType },
            { QStringLiteral("reference"), now }, { QStringLiteral("to"), to->label },
            { QStringLiteral("revision"), r->revision } });
    else if (isCase)
        out(Text::tr("Moved the case %1 into the file %2; its reference is now %3.").arg(what->label, to->label, now));
    else
        out(Text::tr("Moved \"%1\" into the case %2; its reference is now %3.").arg(what->label, to->label, now));
    return ExitOk;
}

int cmdVolume(const Args &a)
{
    const QString sub = a.words.value(1);
    if (a.words.size() != 2 || !a.has("--file") || (sub != QLatin1String("create") && sub != QLatin1String("list"))
        || (sub == QLatin1String("create") && a.value("--title").trimmed().isEmpty()))
        return usage(Text::tr("Use \"volume create --file REF --title TEXT\" or \"volume list --file REF\"."));
    Session s(a);
    if (sub == QLatin1String("create")) {
        Engine *e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        auto file = s.target(a.value("--file"), { QStringLiteral("file") });
        if (!file)
            return failWith(file.error());
        auto r = e->apply(Commands::createSubFile(file->id, a.value("--title").trimmed()));
        if (!r)
            return failWith(r.error());
        if (a.json())
            printJson(QJsonObject { { QStringLiteral("id"), id(r->id) }, { QStringLiteral("number"), r->number },
                { QStringLiteral("file"), file->label } });
        else
            out(Text::tr("Volume %1 \"%2\" created in %3.")
                    .arg(r->number)
                    .arg(a.value("--title").trimmed(), file->label));
        return ExitOk;
    }
    auto file = s.target(a.value("--file"), { QStringLiteral("file") });
    if (!file)
        return failWith(file.error());
    auto volumes = Queries::subFiles(*s.reader(), file->id);
    if (!volumes)
        return failWith(volumes.error());
    QJsonArray rows;
    for (const SubFile &v : *volumes) {
        if (a.json())
            rows.append(QJsonObject { { QStringLiteral("id"), id(v.meta.id) }, { QStringLiteral("number"), v.number },
                { QStringLiteral("title"), v.title } });
        else
            out(Text::tr("Volume %1: %2").arg(v.number).arg(v.title));
    }
    if (a.json())
        printJson(rows);
    else if (volumes->isEmpty())
        out(Text::tr("The file %1 has no volumes.").arg(file->label));
    return ExitOk;
}

int cmdShare(const Args &a)
{
    const bool grant = a.words.value(0) == QLatin1String("share");
    if (a.words.size() != 2 || a.value("--department").trimmed().isEmpty() || (!grant && a.has("--until")))
        return usage(grant ? Text::tr("share needs a file and --department CODE (and --until DATE, if it ends).")
                           : Text::tr("unshare needs a file and --department CODE."));
    std::optional<QDateTime> until = QDateTime();
    if (a.has("--until") && !(until = shareEnd(a.value("--until").trimmed())))
        return usage(Text::tr("--until takes a date such as 31.12.2026 or 2026-12-31."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto file = s.target(a.words.at(1), { QStringLiteral("file") });
    if (!file)
        return failWith(file.error());
    const QString department = a.value("--department").trimmed();
    auto r = e->apply(
        grant ? Commands::shareFile(file->id, department, *until) : Commands::unshareFile(file->id, department));
    if (!r)
        return failWith(r.error());
    if (a.json())
        printJson(QJsonObject { { QStringLiteral("file"), file->label }, { QStringLiteral("department"), department },
            { QStringLiteral("shared"), grant },
            { QStringLiteral("until"), until->isValid() ? until->toUTC().toString(Qt::ISODateWithMs) : QString() } });
    else if (!grant)
        out(Text::tr("The file %1 is no longer shared with department %2.").arg(file->label, department));
    else if (until->isValid())
        out(Text::tr("The file %1 is shared with department %2 until %3.")
                .arg(file->label, department, localDate(until->date())));
    else
        out(Text::tr("The file %1 is shared with department %2 until the share is revoked.")
                .arg(file->label, department));
    return ExitOk;
}

int cmdDeleted(const Args &a)
{
    Session s(a);
    Database *db = s.reader();
    if (!db)
        return failWith(s.openError());
    auto rows = Queries::deletedRecords(*db, a.has("--limit") ? a.value("--limit").toInt() : 500);
    if (!rows)
        return failWith(rows.error());
    QJsonArray list;
    for (const DeletedRecord &r : *rows) {
        if (a.json())
            list.append(QJsonObject { { QStringLiteral("type"), r.entityType }, { QStringLiteral("id"), id(r.id) },
                { QStringLiteral("label"), r.label }, { QStringLiteral("title"), r.title },
                { QStringLiteral("place"), r.place },
                { QStringLiteral("deleted_at"), r.deletedAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("deleted_by"), r.deletedBy } });
        else
            out(QStringLiteral("%1  %2  %3  %4  %5")
                    .arg(entityTypeName(r.entityType), -9)
                    .arg(r.label, localTime(r.deletedAt), r.deletedBy, id(r.id)));
    }
    if (a.json())
        printJson(list);
    else if (rows->isEmpty())
        out(Text::tr("Nothing is deleted."));
    return ExitOk;
}

int cmdUndelete(const Args &a)
{
    if (a.words.size() != 2 || a.value("--reason").trimmed().isEmpty())
        return usage(Text::tr("restore needs what was deleted (REF|UUID, see \"deleted\") and --reason TEXT."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto rows = Queries::deletedRecords(*s.reader(), std::numeric_limits<int>::max());
    if (!rows)
        return failWith(rows.error());
    const QString wanted = a.words.at(1).trimmed();
    const QUuid wantedId = QUuid::fromString(wanted);
    QList<DeletedRecord> matches;
    for (const DeletedRecord &r : *rows) {
        if ((!wantedId.isNull() && r.id == wantedId) || r.label == wanted)
            matches << r;
    }
    if (matches.isEmpty())
        return failWith(
            Error { ErrorCode::NotFound, Text::tr("Nothing deleted is called %1 (see \"deleted\").").arg(wanted), {} });
    if (matches.size() > 1)
        return failWith(Error { ErrorCode::Validation,
            Text::tr("%1 names more than one deleted record; give its UUID (see \"deleted\").").arg(wanted), {} });
    auto r = e->apply(Commands::undelete(matches.first().id, a.value("--reason").trimmed()));
    if (!r)
        return failWith(r.error());
    out(Text::tr("Restored %1.").arg(matches.first().label));
    return ExitOk;
}

} // namespace Aktenwerk::Cli
