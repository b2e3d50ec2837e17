#include "dms/cli/cli.h"

#include "dms/capture/blankpages.h"
#include "dms/capture/documentocr.h"
#include "dms/capture/extractor.h"
#include "dms/capture/ocr.h"
#include "dms/capture/scanfiling.h"
#include "dms/capture/scanner.h"
#include "dms/capture/separatorsheet.h"
#include "dms/capture/watchfolder.h"
#include "dms/cli/output.h"
#include "dms/demo/demodata.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/store/migrations.h"
#include "dms/store/queries.h"
#include "dms/sync/credentials.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"
#include "dms/versions/checkouts.h"
#include "model/filereference.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace Aktenwerk::Cli {

using namespace Model;
using namespace Dms;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Cli)
};

const QStringList kValueOptions{
    QStringLiteral("--data-dir"), QStringLiteral("--plan"),     QStringLiteral("--title"),
    QStringLiteral("--department"), QStringLiteral("--type"),   QStringLiteral("--confidentiality"),
    QStringLiteral("--file"),     QStringLiteral("--case"),     QStringLiteral("--out"),
    QStringLiteral("--version"),  QStringLiteral("--limit"),    QStringLiteral("--entity"),
    QStringLiteral("--reason"),   QStringLiteral("--name"),     QStringLiteral("--year"),
    QStringLiteral("--url"),      QStringLiteral("--role"),     QStringLiteral("--user"),
    QStringLiteral("--keep"),     QStringLiteral("--comment"),
    // scanning (issue 6)
    QStringLiteral("--device"),   QStringLiteral("--source"),   QStringLiteral("--mode"),
    QStringLiteral("--resolution"), QStringLiteral("--out-dir"), QStringLiteral("--max-pages"),
    QStringLiteral("--page"),     QStringLiteral("--device-option"),
};
/** Value options that may be given more than once; value() joins them with newlines, values() splits. */
const QStringList kRepeatable { QStringLiteral("--device-option") };
const QStringList kFlags { QStringLiteral("--json"), QStringLiteral("--help"), QStringLiteral("-h"),
    QStringLiteral("--password-stdin"), QStringLiteral("--once"), QStringLiteral("--link-duplicates"),
    QStringLiteral("--no-ocr"), QStringLiteral("--split-on-blank"),
    QStringLiteral("--split-on-separator") }; // scanning (issue 6)

struct Args
{
    QStringList words;
    QMap<QString, QString> options;
    QStringList flags;

    bool flag(const char *name) const { return flags.contains(QLatin1String(name)); }
    bool has(const char *name) const { return options.contains(QLatin1String(name)); }
    QString value(const char *name) const { return options.value(QLatin1String(name)); }
    QStringList values(const char *name) const
    {
        return has(name) ? value(name).split(QLatin1Char('\n')) : QStringList();
    }
    bool json() const { return flag("--json"); }
};

struct UsageError
{
    QString message;
};

std::expected<Args, UsageError> parseArgs(const QStringList &argv)
{
    Args a;
    for (int i = 0; i < argv.size(); ++i) {
        QString tok = argv.at(i);
        if (tok == QLatin1String("--")) {
            a.words += argv.mid(i + 1);
            break;
        }
        if (!tok.startsWith(QLatin1Char('-')) || tok == QLatin1String("-")) {
            a.words << tok;
            continue;
        }
        QString value;
        bool inlineValue = false;
        if (tok.startsWith(QLatin1String("--")) && tok.contains(QLatin1Char('='))) {
            value = tok.section(QLatin1Char('='), 1);
            tok = tok.section(QLatin1Char('='), 0, 0);
            inlineValue = true;
        }
        if (kFlags.contains(tok)) {
            a.flags << tok;
        } else if (kValueOptions.contains(tok)) {
            // "--version" on its own prints the program version.
            if (!inlineValue && tok == QLatin1String("--version") && (i + 1 >= argv.size()))
            {
                a.flags << tok;
                continue;
            }
            if (!inlineValue) {
                if (i + 1 >= argv.size())
                    return std::unexpected(UsageError{Text::tr("The option %1 needs a value.").arg(tok)});
                value = argv.at(++i);
            }
            if (a.options.contains(tok) && kRepeatable.contains(tok))
                a.options[tok] += QLatin1Char('\n') + value;
            else if (a.options.contains(tok))
                return std::unexpected(UsageError{Text::tr("The option %1 is given twice.").arg(tok)});
            else
                a.options.insert(tok, value);
        } else {
            return std::unexpected(UsageError{Text::tr("Unknown option %1.").arg(tok)});
        }
    }
    return a;
}

QString usageText()
{
    return Text::tr(
        "Usage: aktenwerk-cli [--data-dir DIR] COMMAND [OPTIONS] [--json]\n"
        "\n"
        "Commands:\n"
        "  init                                   create the data folder and its index\n"
        "  demo                                   fill an empty data folder with the example plan and files\n"
        "  plan import FILE                       import a file plan (CSV, JSON or xdomea 0301)\n"
        "  plan list                              list the file plan\n"
        "  department list                        list the departments\n"
        "  department add CODE --name NAME [--confidentiality LEVEL]\n"
        "  types [--department CODE]              list the metadata types and their fields\n"
        "  file create --plan CODE --title TEXT [--department CODE] [--type TYPE]\n"
        "              [--confidentiality LEVEL] [--year YYYY] [FIELD=VALUE...]\n"
        "                                         create a file; prints its reference\n"
        "  case create --file REF|UUID --title TEXT [--type TYPE] [FIELD=VALUE...]\n"
        "  list [--file REF|UUID]                 files; with --file its cases and documents\n"
        "  show REF|UUID                          a plan unit, file, case or document\n"
        "  set REF|UUID FIELD=VALUE...            change the title, type or metadata\n"
        "  history REF|UUID                       the field changes of a file, case or document\n"
        "  add --case REF|UUID PATH...            store files as documents of a case\n"
        "  import [--case REF|UUID] [--link-duplicates] [--no-ocr] PATH...\n"
        "                                         files and folders into a case or the intake; per file:\n"
        "                                         ok, duplicate, stored-without-text (why) or failed (why);\n"
        "                                         an e-mail (.eml) with its attachments as linked documents;\n"
        "                                         --link-duplicates: a duplicate of a document in another\n"
        "                                         case becomes a reference (Verweis) to it in this case;\n"
        "                                         images and PDFs without text get OCR (version 2, a\n"
        "                                         searchable PDF) unless --no-ocr or config ocr.on_import off\n"
        "  intake list                            documents in the intake (not yet filed)\n"
        "  file-into DOC --case REF|UUID          file a document from the intake into a case\n"
        "  watch FOLDER [--once]                  import what a scanner puts into FOLDER into the intake;\n"
        "                                         imported files move to FOLDER/.aktenwerk/erledigt\n"
        "  get DOC [--version N] --out FILE       write a document's content (a version of it), verified\n"
        "  versions DOC                           every version: number, time, author, origin, size, hash\n"
        "  checkout DOC                           check out for editing; prints the working copy's path\n"
        "  checkin DOC [FILE] [--comment TEXT]    the saved working copy (or FILE) as the next version;\n"
        "                                         unchanged content makes no version\n"
        "  cancel-checkout DOC                    end the check-out; the working copy is discarded\n"
        "  restore DOC --version N                an old version's content as the next version\n"
        "  break-lock DOC                         end someone else's check-out (team lead, administrator)\n"
        "  ocr DOC [--page N]                     OCR (Tesseract, deu+eng) of an image or a PDF without text:\n"
        "                                         a searchable PDF as the next version; prints each page's\n"
        "                                         confidence and flags low ones; --page N: that page again\n"
        "  delete REF|UUID --reason TEXT          delete (tombstone) a document, an empty case or file\n"
        "  config get KEY | config set KEY VALUE  settings, e.g. reference.file_template, ocr.on_import\n"
        "  verify                                 check the index, every content hash and the audit chain\n"
        "  audit [--entity REF|UUID] [--limit N]  the audit trail\n"
        "  search QUERY [--limit N]               full-text search (words, \"phrases\", pre*, OR, -word,\n"
        "                                         az: title: type: dept: status: sender: from: to:)\n"
        "  reindex                                rebuild the full-text index\n"
        "\n"
        "Scanning (SANE):\n"
        "  devices                                the scanners found (waits at most 15 seconds)\n"
        "  scan --device NAME [--source flatbed|adf|duplex] [--mode color|gray|bw] [--resolution DPI]\n"
        "       [--case REF|UUID] [--max-pages N] [--split-on-blank] [--split-on-separator] [--out-dir DIR]\n"
        "       [--device-option NAME=VALUE]...\n"
        "                                         scan, OCR into a searchable PDF and file it with its\n"
        "                                         transfer note (TR-RESISCAN) in the case or the intake;\n"
        "                                         --split-on-blank / --split-on-separator: one document\n"
        "                                         between blank sheets / printed separator sheets;\n"
        "                                         --out-dir: only the pages, as PNG, into DIR\n"
        "  separator-sheet --out FILE             a separator sheet to print (PDF) for --split-on-separator\n"
        "\n"
        "Working with the central repository:\n"
        "  connect --url URL --user NAME [--password-stdin]   bind an empty data folder; password to the keychain\n"
        "  sync [--password-stdin]                send the changes made here, then receive the others'\n"
        "  status                                 waiting changes, last sync, open conflicts\n"
        "  conflicts                              field conflicts waiting for a decision\n"
        "  resolve CONFLICT-ID --keep mine|theirs\n"
        "\n"
        "Central repository (administrators; URL: the database owner's libpq URL):\n"
        "  server init --url URL                  create or update the repository schema\n"
        "  server add-department --url URL CODE NAME [--confidentiality LEVEL]\n"
        "  server add-user --url URL NAME --department CODE --role clerk|teamlead|records|admin\n"
        "              [--name DISPLAY-NAME] --password-stdin\n"
        "\n"
        "Options:\n"
        "  --data-dir DIR   the data folder (default: %1)\n"
        "  --json           machine-readable output on read commands\n"
        "  --version        print the version\n"
        "\n"
        "Exit codes: 0 success, 1 error, 2 wrong usage, 3 data folder in use, 4 verification failed.")
        .arg(QDir::toNativeSeparators(Engine::defaultDataDir()));
}

int usage(const QString &message)
{
    err(QStringLiteral("aktenwerk-cli: ") + message);
    err(Text::tr("Run \"aktenwerk-cli --help\" for the list of commands."));
    return ExitUsage;
}

int failWith(const Error &e)
{
    err(QStringLiteral("aktenwerk-cli: ") + e.toString());
    return e.code == ErrorCode::Locked ? ExitLocked : ExitError;
}

QString id(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

QJsonObject metaJson(const EntityMeta &m)
{
    return {{QStringLiteral("id"), id(m.id)},
            {QStringLiteral("revision"), m.revision},
            {QStringLiteral("created_at"), m.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("created_by"), m.createdBy},
            {QStringLiteral("modified_at"), m.modifiedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("modified_by"), m.modifiedBy}};
}

QJsonObject planJson(const PlanUnit &u)
{
    return {{QStringLiteral("id"), id(u.id)},
            {QStringLiteral("code"), u.code},
            {QStringLiteral("parent_id"), u.parentId.isNull() ? QJsonValue() : QJsonValue(id(u.parentId))},
            {QStringLiteral("title"), u.title},
            {QStringLiteral("description"), u.description},
            {QStringLiteral("retention"), u.retention.toString()},
            {QStringLiteral("disposal"), QString(disposalTypeCode(u.disposal))},
            {QStringLiteral("retired"), u.retired},
            {QStringLiteral("department"), u.departmentCode}};
}

QJsonObject fileJson(const FileRecord &f)
{
    QJsonObject o = metaJson(f.meta);
    o.insert(QStringLiteral("reference"), f.reference);
    o.insert(QStringLiteral("title"), f.title);
    o.insert(QStringLiteral("plan_code"), f.planCode);
    o.insert(QStringLiteral("department"), f.departmentCode);
    o.insert(QStringLiteral("confidentiality"), confidentialityCode(f.confidentiality));
    o.insert(QStringLiteral("type"), f.type);
    o.insert(QStringLiteral("metadata"), Commands::toJson(f.metadata));
    o.insert(QStringLiteral("status"), recordStatusCode(f.status));
    o.insert(QStringLiteral("year"), f.year);
    o.insert(QStringLiteral("sequence"), f.sequence);
    return o;
}

QJsonObject caseJson(const Case &c)
{
    QJsonObject o = metaJson(c.meta);
    o.insert(QStringLiteral("reference"), c.reference);
    o.insert(QStringLiteral("number"), c.number);
    o.insert(QStringLiteral("title"), c.title);
    o.insert(QStringLiteral("file_id"), id(c.fileId));
    o.insert(QStringLiteral("type"), c.type);
    o.insert(QStringLiteral("metadata"), Commands::toJson(c.metadata));
    o.insert(QStringLiteral("status"), recordStatusCode(c.status));
    return o;
}

QJsonObject versionJson(const Version &v)
{
    return {{QStringLiteral("id"), id(v.meta.id)},
            {QStringLiteral("number"), v.number},
            {QStringLiteral("sha256"), v.sha256},
            {QStringLiteral("size"), v.size},
            {QStringLiteral("mime_type"), v.mimeType},
            {QStringLiteral("file_name"), v.fileName},
            {QStringLiteral("author"), v.author},
            {QStringLiteral("created_at"), v.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("comment"), v.comment},
            {QStringLiteral("origin"), versionOriginCode(v.origin)},
            {QStringLiteral("base_version"), v.baseVersion > 0 ? QJsonValue(v.baseVersion) : QJsonValue()},
            {QStringLiteral("parallel_to"), v.parallelTo > 0 ? QJsonValue(v.parallelTo) : QJsonValue()},
            {QStringLiteral("transfer_note"), v.transferNote.isEmpty()
                                                  ? QJsonValue()
                                                  : QJsonValue(QJsonDocument::fromJson(v.transferNote.toUtf8()).object())},
            {QStringLiteral("ocr"), v.ocr.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(v.ocr.toUtf8()).array())}};
}

QJsonObject documentJson(const Document &d, const std::optional<Version> &current)
{
    QJsonObject o = metaJson(d.meta);
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("case_id"), d.caseId.isNull() ? QJsonValue() : QJsonValue(id(d.caseId)));
    o.insert(QStringLiteral("type"), d.type);
    o.insert(QStringLiteral("metadata"), Commands::toJson(d.metadata));
    o.insert(QStringLiteral("status"), recordStatusCode(d.status));
    o.insert(QStringLiteral("current_version"), d.currentVersion);
    if (current) {
        o.insert(QStringLiteral("sha256"), current->sha256);
        o.insert(QStringLiteral("size"), current->size);
        o.insert(QStringLiteral("mime_type"), current->mimeType);
    }
    return o;
}

QString metadataLine(const FieldValues &values)
{
    QStringList parts;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral(", "));
}

/** FIELD=VALUE words into a map; returns the offending word on error. */
std::expected<FieldValues, QString> fieldAssignments(const QStringList &words)
{
    FieldValues v;
    for (const QString &w : words) {
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::unexpected(w);
        v.insert(w.left(eq).trimmed(), w.mid(eq + 1));
    }
    return v;
}

Result<Resolved> resolveExpect(Database &db, const QString &text, const QStringList &types)
{
    auto r = Queries::resolve(db, text);
    if (!r)
        return std::unexpected(r.error());
    if (!*r)
        return fail(ErrorCode::NotFound, Text::tr("Nothing called \"%1\" was found.").arg(text));
    if (!types.isEmpty() && !types.contains((*r)->entityType))
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("\"%1\" is a %2, not a %3.").arg(text, entityTypeName((*r)->entityType), entityTypeName(types.value(0))));
    return **r;
}

class Session
{
public:
    explicit Session(const Args &args)
        : m_args(args)
    {
    }

    Error openError() const { return m_error; }

    Engine *engine(Engine::Mode mode, bool create = false)
    {
        Engine::Options o;
        o.dataDir = m_args.value("--data-dir");
        o.mode = mode;
        o.create = create;
        auto e = Engine::open(o);
        if (!e) {
            m_error = e.error();
            return nullptr;
        }
        m_engine = std::move(*e);
        return m_engine.get();
    }

    Database *reader()
    {
        if (m_db.isOpen())
            return &m_db;
        if (!m_engine && !engine(Engine::Mode::ReadOnly))
            return nullptr;
        auto db = m_engine->openReader();
        if (!db) {
            m_error = db.error();
            return nullptr;
        }
        m_db = std::move(*db);
        return &m_db;
    }

    /** What a reference, code or UUID given on the command line points at (opens a reader). */
    Result<Resolved> target(const QString &text, const QStringList &types = {})
    {
        Database *db = reader();
        if (!db)
            return std::unexpected(m_error);
        return resolveExpect(*db, text, types);
    }

private:
    const Args &m_args;
    std::unique_ptr<Engine> m_engine;
    Database m_db;
    Error m_error;
};

/** The first line of standard input: passwords for scripts and tests (--password-stdin). */
QString passwordFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

/** Asks on the terminal without echo; empty when there is no terminal to ask on. */
QString promptPassword(const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    const QString pw = passwordFromStdin();
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return pw;
}

// --- commands ------------------------------------------------------------------------------

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
                out(f.reference + QLatin1Char('\t') + f.title + QLatin1Char('\t') + Text::tr("FB %1").arg(f.departmentCode)
                    + QLatin1Char('\t') + recordStatusCode(f.status));
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
                out(QStringLiteral("    ") + id(d.meta.id) + QLatin1Char('\t') + d.title + QLatin1Char('\t')
                    + QStringLiteral("v%1").arg(d.currentVersion) + QLatin1Char('\t') + (*v ? (*v)->sha256 : QString()));
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
                          recordStatusCode((*f)->status))
              << Text::tr("Type: %1  %2").arg((*f)->type, metadataLine((*f)->metadata))
              << Text::tr("Cases: %1").arg(cases->size());
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
        lines << (*d)->title << Text::tr("Type: %1  %2").arg((*d)->type, metadataLine((*d)->metadata));
        for (const Version &v : *versions) {
            arr.append(versionJson(v));
            lines << QStringLiteral("  v%1  %2  %3 B  %4  %5  %6  %7")
                         .arg(v.number)
                         .arg(v.sha256)
                         .arg(v.size)
                         .arg(v.createdAt.toString(Qt::ISODate), v.author, versionOriginCode(v.origin), v.comment);
        }
        o.insert(QStringLiteral("versions"), arr);
        auto lock = Queries::documentLock(*db, target->id);
        if (!lock)
            return failWith(lock.error());
        if (*lock && (*lock)->isHeld(QDateTime::currentDateTimeUtc())) {
            o.insert(QStringLiteral("checked_out_by"), (*lock)->owner);
            o.insert(QStringLiteral("checked_out_since"), (*lock)->since.toString(Qt::ISODateWithMs));
            lines << Text::tr("Checked out by %1 since %2.")
                         .arg((*lock)->owner, QLocale().toString((*lock)->since.toLocalTime(), QLocale::ShortFormat));
        }
    } else {
        return failWith(Error{ErrorCode::Unsupported, Text::tr("Cannot show a %1.").arg(entityTypeName(target->entityType)), {}});
    }
    o.insert(QStringLiteral("entity_type"), target->entityType);
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

int cmdAdd(const Args &a)
{
    const QStringList paths = a.words.mid(1);
    if (!a.has("--case") || paths.isEmpty())
        return usage(Text::tr("add needs --case REF|UUID and at least one PATH."));
    // Check every path first: a typo in the fifth name must not leave four documents behind.
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (!fi.exists())
            return failWith(Error{ErrorCode::NotFound, Text::tr("The file %1 does not exist.").arg(p), {}});
        if (fi.isDir())
            return failWith(Error{ErrorCode::InvalidArgument,
                                  Text::tr("%1 is a folder; add the files in it by name.").arg(p), {}});
        if (!fi.isReadable())
            return failWith(Error{ErrorCode::Io, Text::tr("The file %1 cannot be read.").arg(p), {}});
    }
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto target = s.target(a.value("--case"), {QStringLiteral("case")});
    if (!target)
        return failWith(target.error());
    QJsonArray added;
    auto r = e->addDocuments(target->id, paths, [&](const QString &p, const CommandResult &doc) {
        const QString sha = doc.data.value(QLatin1String("sha256")).toString();
        if (a.json())
            added.append(QJsonObject{{QStringLiteral("id"), id(doc.id)},
                                     {QStringLiteral("sha256"), sha},
                                     {QStringLiteral("title"), doc.data.value(QLatin1String("title")).toString()},
                                     {QStringLiteral("path"), p}});
        else
            out(QStringLiteral("added\t%1\t%2\t%3").arg(id(doc.id), sha, p));
    });
    if (!r) {
        if (a.json())
            printJson(added);
        return failWith(r.error());
    }
    if (a.json())
        printJson(added);
    return ExitOk;
}

/** One imported file as a text line: status, document id (or -), path, and the reason if any. */
QString importLine(const Engine::ImportItem &item)
{
    return QStringLiteral("%1\t%2\t%3%4")
        .arg(Engine::ImportItem::statusCode(item.status),
             item.documentId.isNull() ? QStringLiteral("-") : id(item.documentId), item.path,
             item.reason.isEmpty() ? QString() : QStringLiteral("\t") + item.reason);
}

int cmdImport(const Args &a)
{
    const QStringList paths = a.words.mid(1);
    if (paths.isEmpty())
        return usage(Text::tr("import needs at least one PATH (a file or a folder)."));
    for (const QString &p : paths) {
        if (!QFileInfo::exists(p))
            return failWith(Error{ErrorCode::NotFound, Text::tr("The file %1 does not exist.").arg(p), {}});
    }
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    QUuid caseId; // none: the intake
    if (a.has("--case")) {
        auto target = s.target(a.value("--case"), {QStringLiteral("case")});
        if (!target)
            return failWith(target.error());
        caseId = target->id;
    }
    const bool linkDuplicates = a.flag("--link-duplicates");
    if (linkDuplicates && caseId.isNull())
        return usage(Text::tr("--link-duplicates needs --case: references are made in a case."));
    QJsonArray report;
    int failed = 0;
    Engine::ImportOptions options;
    options.ocr = !a.flag("--no-ocr");
    auto r = e->importFiles(caseId, paths, nullptr, options);
    if (!r)
        return failWith(r.error());
    for (const Engine::ImportItem &item : *r) {
        QString status = Engine::ImportItem::statusCode(item.status);
        QUuid linkId;
        // A duplicate of a document filed elsewhere: a reference to it here, through the command path.
        if (linkDuplicates && item.linkableInto(caseId)) {
            auto linked = e->apply(Commands::linkDocument(item.documentId, caseId));
            if (!linked) {
                err(QStringLiteral("aktenwerk-cli: ") + linked.error().toString());
                ++failed;
            } else {
                status = QStringLiteral("linked");
                linkId = linked->id;
            }
        }
        if (item.status == Engine::ImportItem::Status::Failed)
            ++failed;
        if (a.json()) {
            QJsonObject o{{QStringLiteral("path"), item.path}, {QStringLiteral("status"), status}};
            if (!item.documentId.isNull())
                o.insert(item.status == Engine::ImportItem::Status::Duplicate ? QStringLiteral("duplicate_of")
                                                                               : QStringLiteral("id"),
                         id(item.documentId));
            if (!linkId.isNull())
                o.insert(QStringLiteral("id"), id(linkId));
            if (!item.reason.isEmpty())
                o.insert(QStringLiteral("reason"), item.reason);
            if (item.pages > 0)
                o.insert(QStringLiteral("pages"), item.pages);
            if (item.ocrVersion > 0) {
                o.insert(QStringLiteral("ocr_version"), item.ocrVersion);
                o.insert(QStringLiteral("ocr_confidence"), item.ocrConfidence);
            }
            if (!item.attachmentOf.isNull())
                o.insert(QStringLiteral("attachment_of"), id(item.attachmentOf));
            report.append(o);
        } else if (!linkId.isNull()) {
            // "linked", the new reference, the path, and which document it refers to
            out(QStringLiteral("%1\t%2\t%3\t%4").arg(status, id(linkId), item.path, id(item.documentId)));
        } else {
            out(importLine(item));
        }
    }
    if (a.json())
        printJson(report);
    if (failed > 0) {
        err(QStringLiteral("aktenwerk-cli: ")
            + Text::tr("%n file(s) could not be imported; the others were.", nullptr, failed));
        return ExitError;
    }
    return ExitOk;
}

std::atomic<bool> g_stopWatching{false};

extern "C" void stopWatching(int)
{
    g_stopWatching.store(true);
}

int cmdWatch(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("watch needs the FOLDER to watch."));
    const QString folder = a.words.at(1);
    if (!QFileInfo(folder).isDir())
        return failWith(Error{ErrorCode::NotFound, Text::tr("The folder %1 does not exist.").arg(folder), {}});
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    const bool once = a.flag("--once");
    std::signal(SIGINT, stopWatching);
    std::signal(SIGTERM, stopWatching);
    if (!once)
        out(Text::tr("Watching %1; new files go to the intake. Stop with Ctrl+C.").arg(QDir::toNativeSeparators(folder)));
    int failed = 0;
    while (!g_stopWatching.load()) {
        // --once takes what is there now; watching waits until a file has stopped changing.
        auto r = WatchFolder::scanOnce(*e, folder, once ? 0 : WatchFolder::settleMs, &g_stopWatching);
        if (!r) {
            if (r.error().code == ErrorCode::Cancelled)
                break;
            if (once)
                return failWith(r.error());
            err(QStringLiteral("aktenwerk-cli: ") + r.error().toString()); // a full disk, say: try again later
        } else {
            for (const Engine::ImportItem &item : *r) {
                failed += item.status == Engine::ImportItem::Status::Failed;
                out(importLine(item));
            }
        }
        if (once)
            break;
        for (int i = 0; i < 10 && !g_stopWatching.load(); ++i)
            QThread::msleep(100);
    }
    return failed > 0 ? ExitError : ExitOk;
}

int cmdFileInto(const Args &a)
{
    if (a.words.size() != 2 || !a.has("--case"))
        return usage(Text::tr("file-into needs a document (UUID) and --case REF|UUID."));
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return failWith(s.openError());
    auto doc = s.target(a.words.at(1), {QStringLiteral("document")});
    if (!doc)
        return failWith(doc.error());
    auto target = s.target(a.value("--case"), {QStringLiteral("case")});
    if (!target)
        return failWith(target.error());
    auto r = e->apply(Commands::fileIntoCase(doc->id, target->id));
    if (!r)
        return failWith(r.error());
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("id"), id(r->id)},
                              {QStringLiteral("case_id"), id(target->id)},
                              {QStringLiteral("case_reference"), r->reference},
                              {QStringLiteral("revision"), r->revision}});
    else
        out(Text::tr("Filed \"%1\" into %2.").arg(r->data.value(QLatin1String("title")).toString(), r->reference));
    return ExitOk;
}

int cmdIntake(const Args &a)
{
    if (a.words.value(1) != QLatin1String("list") || a.words.size() != 2)
        return usage(Text::tr("Use \"intake list\"."));
    Session s(a);
    Database *db = s.reader();
    if (!db)
        return failWith(s.openError());
    auto st = db->prepare(QStringLiteral(
        "SELECT d.id, d.title, v.file_name, v.mime_type, v.size, d.created_at, d.created_by FROM document d "
        "LEFT JOIN version v ON v.document_id = d.id AND v.number = d.current_version "
        "WHERE d.case_id IS NULL AND d.deleted = 0 ORDER BY d.created_at, d.title"));
    if (!st)
        return failWith(st.error());
    QJsonArray arr;
    int n = 0;
    while (true) {
        auto row = st->step();
        if (!row)
            return failWith(row.error());
        if (!*row)
            break;
        ++n;
        if (a.json())
            arr.append(QJsonObject{{QStringLiteral("id"), st->text(0)},
                                   {QStringLiteral("title"), st->text(1)},
                                   {QStringLiteral("file_name"), st->text(2)},
                                   {QStringLiteral("mime_type"), st->text(3)},
                                   {QStringLiteral("size"), st->int64(4)},
                                   {QStringLiteral("created_at"), st->text(5)},
                                   {QStringLiteral("created_by"), st->text(6)}});
        else
            out(QStringLiteral("%1\t%2\t%3\t%4").arg(st->text(0), st->text(5).left(10), st->text(1), st->text(2)));
    }
    if (a.json())
        printJson(arr);
    else if (n == 0)
        out(Text::tr("The intake is empty."));
    return ExitOk;
}

int cmdGet(const Args &a)
{
    if (a.words.size() != 2 || !a.has("--out"))
        return usage(Text::tr("get needs a document UUID and --out FILE."));
    int number = 0;
    if (a.has("--version")) {
        bool ok = false;
        number = a.value("--version").toInt(&ok);
        if (!ok || number < 1)
            return usage(Text::tr("--version needs a version number (1, 2, ...)."));
    }
    Session s(a);
    Engine *e = s.engine(Engine::Mode::ReadOnly);
    if (!e)
        return failWith(s.openError());
    auto target = s.target(a.words.at(1), {QStringLiteral("document")});
    if (!target)
        return failWith(target.error());
    Database *db = s.reader();
    auto v = Queries::version(*db, target->id, number);
    if (!v)
        return failWith(v.error());
    if (!*v)
        return failWith(Error{ErrorCode::NotFound, Text::tr("The document has no version %1.").arg(number), {}});
    if (auto st = e->content().copyTo((*v)->sha256, (*v)->size, a.value("--out")); !st)
        return failWith(st.error());
    if (a.json())
        printJson(versionJson(**v));
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

/** The password for syncing: from stdin, the keychain, or the terminal, in that order. */
std::expected<QString, Error> syncPassword(const Args &a, Engine &e)
{
    if (a.flag("--password-stdin"))
        return passwordFromStdin();
    auto state = e.syncState();
    if (!state)
        return std::unexpected(state.error());
    if (!*state)
        return std::unexpected(Error{ErrorCode::InvalidArgument,
                                     Text::tr("This data folder works locally. Connect it first (\"aktenwerk-cli connect\")."),
                                     {}});
    auto stored = Credentials::load(Credentials::key((*state)->url, (*state)->login));
    if (stored)
        return *stored;
    const QString typed = promptPassword(Text::tr("Password for %1: ").arg((*state)->login));
    if (typed.isEmpty())
        return std::unexpected(Error{ErrorCode::InvalidArgument, stored.error().message,
                                     Text::tr("no terminal to ask on; use --password-stdin")});
    return typed;
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

// --- versions: check-out, check-in, restore ----------------------------------------------------

/** A session with the central repository for a connected folder (password: stdin, keychain, terminal). */
ServerSession serverSession(const Args &a, Engine &e)
{
    return [&a, &e]() -> Result<PgConnection> {
        auto password = syncPassword(a, e);
        if (!password)
            return std::unexpected(password.error());
        return SyncEngine(e).connect(*password);
    };
}

/** After a change the server must learn now (check-in, end of a check-out): a sync, if connected. */
void sendNow(const Args &a, Engine &e)
{
    if (!e.isConnected())
        return;
    auto password = syncPassword(a, e);
    if (!password) {
        err(Text::tr("note: not sent yet (%1); it goes with the next sync.").arg(password.error().message));
        return;
    }
    auto r = SyncEngine(e).sync(*password);
    if (!r) {
        err(Text::tr("note: not sent yet (%1); it goes with the next sync.").arg(r.error().message));
        return;
    }
    for (const QString &line : std::as_const(r->rejections))
        err(Text::tr("refused: %1").arg(line));
}

/** Opens the data folder for writing and finds the document named after the command (words[1]). */
std::expected<std::pair<Engine *, QUuid>, int> documentToChange(const Args &a, Session &s)
{
    Engine *e = s.engine(Engine::Mode::ReadWrite);
    if (!e)
        return std::unexpected(failWith(s.openError()));
    auto target = s.target(a.words.at(1), {QStringLiteral("document")});
    if (!target)
        return std::unexpected(failWith(target.error()));
    return std::pair{e, target->id};
}

int cmdVersions(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("versions needs one document."));
    Session s(a);
    auto target = s.target(a.words.at(1), {QStringLiteral("document")});
    if (!target)
        return failWith(target.error());
    Database *db = s.reader();
    auto d = Queries::document(*db, target->id);
    auto versions = Queries::versions(*db, target->id);
    auto lock = Queries::documentLock(*db, target->id);
    if (!d)
        return failWith(d.error());
    if (!versions)
        return failWith(versions.error());
    if (!lock)
        return failWith(lock.error());
    const bool held = *lock && (*lock)->isHeld(QDateTime::currentDateTimeUtc());
    if (a.json()) {
        QJsonArray arr;
        for (const Version &v : *versions) {
            QJsonObject o = versionJson(v);
            o.insert(QStringLiteral("current"), v.number == (*d)->currentVersion);
            arr.append(o);
        }
        QJsonObject o{{QStringLiteral("document"), id(target->id)},
                      {QStringLiteral("current_version"), (*d)->currentVersion},
                      {QStringLiteral("versions"), arr}};
        if (held)
            o.insert(QStringLiteral("checked_out"),
                     QJsonObject{{QStringLiteral("owner"), (*lock)->owner},
                                 {QStringLiteral("since"), (*lock)->since.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("expires"), (*lock)->expires.toString(Qt::ISODateWithMs)}});
        printJson(o);
        return ExitOk;
    }
    for (const Version &v : *versions) {
        QString origin = versionOriginCode(v.origin);
        if (v.parallelTo > 0)
            origin += Text::tr(" (parallel to v%1)").arg(v.parallelTo);
        out(QStringLiteral("%1v%2\t%3\t%4\t%5\t%6 B\t%7\t%8")
                .arg(v.number == (*d)->currentVersion ? QStringLiteral("*") : QStringLiteral(" "))
                .arg(v.number)
                .arg(v.createdAt.toString(Qt::ISODate), v.author, origin)
                .arg(v.size)
                .arg(v.sha256, v.comment));
    }
    if (held)
        out(Text::tr("Checked out by %1 since %2.")
                .arg((*lock)->owner, QLocale().toString((*lock)->since.toLocalTime(), QLocale::ShortFormat)));
    return ExitOk;
}

int cmdCheckOut(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("checkout needs one document."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto r = CheckOuts(*e).checkOut(docId, serverSession(a, *e));
    if (!r)
        return failWith(r.error());
    if (r->offline)
        err(Text::tr("note: the server cannot be reached (%1). Checked out for an offline edit: should someone else "
                     "check in meanwhile, yours becomes a parallel version.")
                .arg(r->offlineReason));
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("path"), r->path},
                              {QStringLiteral("version"), r->version},
                              {QStringLiteral("offline"), r->offline},
                              {QStringLiteral("already"), r->already}});
    else
        out(QDir::toNativeSeparators(r->path));
    return ExitOk;
}

int cmdCheckIn(const Args &a)
{
    if (a.words.size() < 2 || a.words.size() > 3)
        return usage(Text::tr("checkin needs a document and, optionally, the FILE to check in."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto r = CheckOuts(*e).checkIn(docId, a.words.value(2), a.value("--comment"));
    if (!r)
        return failWith(r.error());
    sendNow(a, *e);
    if (a.json()) {
        printJson(QJsonObject{{QStringLiteral("unchanged"), r->unchanged},
                              {QStringLiteral("version"), r->number},
                              {QStringLiteral("parallel"), r->parallel},
                              {QStringLiteral("sha256"), r->sha256}});
    } else if (r->unchanged) {
        out(Text::tr("Unchanged: no new version. The check-out has ended."));
    } else if (r->parallel) {
        out(Text::tr("Checked in as version %1, parallel to the version you started from: someone else checked in "
                     "meanwhile.")
                .arg(r->number));
    } else {
        out(Text::tr("Checked in as version %1.").arg(r->number));
    }
    return ExitOk;
}

int cmdCancelCheckOut(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("cancel-checkout needs one document."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    if (auto r = CheckOuts(*e).cancel(docId); !r)
        return failWith(r.error());
    sendNow(a, *e);
    out(Text::tr("Check-out cancelled; the working copy is discarded."));
    return ExitOk;
}

int cmdRestore(const Args &a)
{
    bool ok = false;
    const int number = a.value("--version").toInt(&ok);
    if (a.words.size() != 2 || !ok || number < 1)
        return usage(Text::tr("restore needs a document and --version N."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto r = CheckOuts(*e).restore(docId, number, a.value("--comment"));
    if (!r)
        return failWith(r.error());
    sendNow(a, *e);
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("version"), r->number},
                              {QStringLiteral("sha256"), r->data.value(QLatin1String("sha256"))},
                              {QStringLiteral("restored_from"), number}});
    else
        out(Text::tr("Version %1 restored as version %2.").arg(number).arg(r->number));
    return ExitOk;
}

/**
 * OCR of a document's current version into a searchable PDF stored as the next version
 * (DocumentOcr: the same path as OCR on import and the client's "Recognise text"). --page N
 * recognises one page again and keeps the others as they are.
 */
int cmdOcr(const Args &a)
{
    bool pageOk = true;
    const int onlyPage = a.has("--page") ? a.value("--page").toInt(&pageOk) : 0;
    if (a.words.size() != 2 || !pageOk || (a.has("--page") && onlyPage < 1))
        return usage(Text::tr("ocr needs one document and, optionally, --page N (1, 2, ...)."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto done = DocumentOcr::recognise(*e, docId, onlyPage, DocumentOcr::configured(*e));
    if (!done) {
        // A page out of range is a mistake in the command line.
        if (done.error().code == ErrorCode::InvalidArgument && done.error().detail == QLatin1String("page"))
            return usage(done.error().message);
        return failWith(done.error());
    }
    QJsonArray report;
    for (const OcrPage &p : std::as_const(done->pages)) {
        QJsonObject o{{QStringLiteral("page"), p.number}};
        if (p.ok()) {
            o.insert(QStringLiteral("confidence"), p.confidence);
            o.insert(QStringLiteral("low"), p.lowConfidence);
        } else {
            o.insert(QStringLiteral("error"), p.error);
        }
        report.append(o);
        if (!a.json())
            out(p.ok() ? Text::tr("page %1\tconfidence %2%3").arg(p.number).arg(p.confidence)
                             .arg(p.lowConfidence ? Text::tr("\tlow: please check") : QString())
                       : Text::tr("page %1\tfailed: %2").arg(p.number).arg(p.error));
    }
    if (!done->stored) {
        if (a.json())
            printJson(QJsonObject{{QStringLiteral("stored"), false}, {QStringLiteral("pages"), report}});
        err(QStringLiteral("aktenwerk-cli: ") + done->failureMessage());
        return ExitError;
    }
    sendNow(a, *e);
    if (a.json())
        printJson(QJsonObject { { QStringLiteral("stored"), true }, { QStringLiteral("version"), done->version },
            { QStringLiteral("sha256"), done->sha256 }, { QStringLiteral("pages"), report } });
    else
        out(Text::tr("Stored as version %1 (searchable PDF).").arg(done->version));
    return ExitOk;
}

int cmdBreakLock(const Args &a)
{
    if (a.words.size() != 2)
        return usage(Text::tr("break-lock needs one document."));
    Session s(a);
    auto opened = documentToChange(a, s);
    if (!opened)
        return opened.error();
    const auto [e, docId] = *opened;
    auto r = CheckOuts(*e).breakLock(docId, serverSession(a, *e));
    if (!r)
        return failWith(r.error());
    if (r->isEmpty())
        out(Text::tr("The document was not checked out."));
    else
        out(Text::tr("The check-out of %1 is broken; %1 is told with the next sync.").arg(*r));
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
    if (auto u = e->updateSearchIndex(); !u)
        return failWith(u.error());
    auto r = e->search(query, limit, 0, true);
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
        printJson(QJsonObject{{QStringLiteral("hits"), hits}, {QStringLiteral("more"), r->more},
                              {QStringLiteral("count"), r->count}, {QStringLiteral("count_exact"), r->countIsExact},
                              {QStringLiteral("facets"), facets}});
        return ExitOk;
    }
    for (const Search::Hit &h : r->hits) {
        out(QStringLiteral("%1  %2  (%3)  %4")
                .arg(id(h.documentId), h.title, h.fileName,
                     h.caseReference.isEmpty() ? Text::tr("intake") : h.caseReference));
        if (!h.snippet.isEmpty())
            out(QStringLiteral("    ") + h.snippet);
    }
    if (!r->hits.isEmpty() && !facetLine.isEmpty())
        out(QStringLiteral("-- ") + facetLine.join(QStringLiteral(" · ")));
    if (r->hits.isEmpty())
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
    auto r = e->reindex();
    if (!r)
        return failWith(r.error());
    out(Text::tr("Search index rebuilt: %n document(s).", nullptr, *r));
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
                    .arg(ev.at, ev.user, ev.action, ev.entityType + QLatin1Char(' ') + ev.entityId,
                         ev.details.value(QLatin1String("reference")).toString()));
    }
    if (a.json())
        printJson(arr);
    return ExitOk;
}

} // namespace

// ---- Scanning (issue 6): devices, scan ------------------------------------------------------

int cmdDevices(const Args &a)
{
    if (a.words.size() != 1)
        return usage(Text::tr("devices takes no arguments."));
    const auto devices = Scanner::listDevices(15000);
    if (!devices)
        return failWith(devices.error());
    if (a.json()) {
        QJsonArray arr;
        for (const ScanDevice &d : *devices)
            arr.append(QJsonObject{{QStringLiteral("name"), d.name},
                                   {QStringLiteral("vendor"), d.vendor},
                                   {QStringLiteral("model"), d.model},
                                   {QStringLiteral("type"), d.type}});
        printJson(arr);
        return ExitOk;
    }
    if (devices->isEmpty())
        out(Text::tr("No scanner was found. Check that it is switched on and connected, and that SANE knows it "
                     "(scanimage -L)."));
    for (const ScanDevice &d : *devices)
        out(QStringLiteral("%1\t%2 %3 (%4)").arg(d.name, d.vendor, d.model, d.type));
    return ExitOk;
}

std::atomic<bool> g_cancelScan{false};

extern "C" void cancelScan(int)
{
    g_cancelScan.store(true);
}

/** Filing help as the scan reports it: date, subject, the open files and cases the text names. */
QJsonObject proposalJson(const FilingProposal &p)
{
    QJsonArray targets;
    for (const FilingTarget &t : p.targets)
        targets.append(QJsonObject{{QStringLiteral("type"), t.entityType},
                                   {QStringLiteral("id"), id(t.id)},
                                   {QStringLiteral("reference"), t.reference},
                                   {QStringLiteral("title"), t.title}});
    return QJsonObject{{QStringLiteral("date"), p.hints.date.isValid() ? p.hints.date.toString(Qt::ISODate) : QString()},
                       {QStringLiteral("subject"), p.hints.subject},
                       {QStringLiteral("references"),
                        QJsonArray::fromStringList(p.hints.caseReferences + p.hints.fileReferences)},
                       {QStringLiteral("targets"), targets}};
}

int cmdScan(const Args &a)
{
    if (a.words.size() != 1 || !a.has("--device"))
        return usage(Text::tr("scan needs --device NAME (see \"devices\")."));
    ScanOptions o;
    o.device = a.value("--device");
    if (a.has("--source")) {
        const auto source = Scanner::sourceFromName(a.value("--source"));
        if (!source)
            return usage(Text::tr("Unknown source \"%1\": use flatbed, adf or duplex.").arg(a.value("--source")));
        o.source = *source;
    }
    if (a.has("--mode")) {
        const auto mode = Scanner::modeFromName(a.value("--mode"));
        if (!mode)
            return usage(Text::tr("Unknown mode \"%1\": use color, gray or bw.").arg(a.value("--mode")));
        o.mode = *mode;
    }
    if (a.has("--resolution")) {
        bool ok = false;
        o.dpi = a.value("--resolution").toInt(&ok);
        if (!ok || o.dpi < 50 || o.dpi > 1200)
            return usage(Text::tr("--resolution needs dots per inch between 50 and 1200, e.g. 300."));
    }
    // Driver options as SANE names them ("scanimage -d NAME -A"), e.g. a PNM reader's filename.
    for (const QString &option : a.values("--device-option")) {
        if (!option.contains(QLatin1Char('=')) || option.startsWith(QLatin1Char('=')))
            return usage(Text::tr("--device-option needs NAME=VALUE, e.g. --device-option brightness=10."));
        o.deviceOptions << option;
    }
    if (a.has("--max-pages")) {
        bool ok = false;
        o.maxPages = a.value("--max-pages").toInt(&ok);
        if (!ok || o.maxPages < 1)
            return usage(Text::tr("--max-pages needs a number of pages (1, 2, ...)."));
    }
    // Without --out-dir the pages become documents: in the case given, else in the intake. The
    // page files wait in the data folder until they are filed, and stay there when something fails.
    Session s(a);
    Engine *e = nullptr;
    QUuid caseId;
    if (!a.has("--out-dir")) {
        e = s.engine(Engine::Mode::ReadWrite);
        if (!e)
            return failWith(s.openError());
        if (a.has("--case")) {
            auto target = s.target(a.value("--case"), {QStringLiteral("case")});
            if (!target)
                return failWith(target.error());
            caseId = target->id;
        }
    }
    const QDateTime capturedAt = QDateTime::currentDateTimeUtc();
    const QString stamp = capturedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    o.outDir = a.has("--out-dir") ? QDir(a.value("--out-dir")).absolutePath()
                                  : QDir(e->dataDir()).filePath(QStringLiteral("scans/") + stamp);

    const PageAnalysis::BlankOptions blankOptions;
    // Ctrl+C cancels: the worker is stopped and the pages scanned so far stay in the folder.
    std::signal(SIGINT, cancelScan);
    std::signal(SIGTERM, cancelScan);
    const ScanResult r = Scanner::scan(o, [&](const ScannedPage &p) {
        if (!a.json())
            out(Text::tr("Page %1: %2 x %3 pixels, %4 dpi, %5").arg(p.number).arg(p.width).arg(p.height).arg(p.dpi)
                    .arg(p.separator ? Text::tr("separator sheet")
                         : p.coverage < blankOptions.blankThreshold ? Text::tr("blank") : Text::tr("not blank")));
    }, &g_cancelScan);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    // Where the batch is split: blank sheets, printed separator sheets, or both; those pages go.
    const bool splitOnBlank = a.flag("--split-on-blank");
    const bool splitOnSeparator = a.flag("--split-on-separator");
    const bool split = splitOnBlank || splitOnSeparator;
    QList<bool> blank, splitAt;
    for (const ScannedPage &p : r.pages) {
        blank << (p.coverage < blankOptions.blankThreshold);
        splitAt << ((splitOnBlank && blank.last()) || (splitOnSeparator && p.separator));
    }
    const QList<QList<int>> documents = PageAnalysis::splitOnBlank(splitAt);
    if (a.json() && (!e || !r.ok())) {
        QJsonArray pages;
        for (qsizetype i = 0; i < r.pages.size(); ++i) {
            const ScannedPage &p = r.pages.at(i);
            pages.append(QJsonObject{{QStringLiteral("page"), p.number},
                                     {QStringLiteral("path"), p.path},
                                     {QStringLiteral("width"), p.width},
                                     {QStringLiteral("height"), p.height},
                                     {QStringLiteral("dpi"), p.dpi},
                                     {QStringLiteral("mode"), Scanner::modeName(p.mode)},
                                     {QStringLiteral("coverage"), p.coverage},
                                     {QStringLiteral("blank"), blank.at(i)},
                                     {QStringLiteral("separator"), p.separator}});
        }
        QJsonObject result{{QStringLiteral("status"), ScanResult::statusName(r.status)},
                           {QStringLiteral("out_dir"), o.outDir},
                           {QStringLiteral("pages"), pages}};
        if (!r.ok())
            result.insert(QStringLiteral("message"), r.message);
        if (split) {
            QJsonArray docs;
            for (const QList<int> &group : documents) {
                QJsonArray numbers;
                for (int i : group)
                    numbers.append(r.pages.at(i).number);
                docs.append(numbers);
            }
            result.insert(QStringLiteral("documents"), docs);
        }
        printJson(result);
    } else if (!a.json()) {
        if (split) {
            for (qsizetype d = 0; d < documents.size(); ++d) {
                QStringList numbers;
                for (int i : documents.at(d))
                    numbers << QString::number(r.pages.at(i).number);
                out(Text::tr("Document %1: pages %2").arg(d + 1).arg(numbers.join(QStringLiteral(", "))));
            }
        }
        if (r.ok() && !e)
            out(Text::tr("%n page(s) scanned into %1.", nullptr, static_cast<int>(r.pages.size()))
                    .arg(QDir::toNativeSeparators(o.outDir)));
    }
    if (!r.ok()) {
        err(QStringLiteral("aktenwerk-cli: ") + r.message);
        if (!r.pages.isEmpty())
            err(Text::tr("The pages scanned so far are kept in %1.").arg(QDir::toNativeSeparators(o.outDir)));
        return ExitError;
    }
    if (!e)
        return ExitOk;
    if (r.pages.isEmpty()) {
        err(QStringLiteral("aktenwerk-cli: ") + Text::tr("No page was scanned."));
        return ExitError;
    }

    // File the product(s): OCR into a searchable PDF, one document per group, transfer note bound to it.
    QList<QList<int>> groups = documents;
    if (!split) {
        groups = {{}};
        for (int i = 0; i < r.pages.size(); ++i)
            groups.first() << i;
    }
    auto filed = ScanFiling::file(*e, o, r.pages, groups, caseId, capturedAt, DocumentOcr::configured(*e));
    if (!filed) {
        err(Text::tr("The pages scanned are kept in %1.").arg(QDir::toNativeSeparators(o.outDir)));
        return failWith(filed.error());
    }
    QDir(o.outDir).removeRecursively();
    // The recognised text goes into the search index now, as after an import.
    if (auto indexed = e->updateSearchIndex(); !indexed)
        err(Text::tr("note: the search index is not up to date (%1); \"reindex\" catches up.")
                .arg(indexed.error().message));
    QJsonArray docs;
    for (const ScanFiling::Filed &f : std::as_const(*filed)) {
        QJsonArray confidences;
        for (const OcrPage &p : f.ocr)
            confidences.append(p.confidence);
        docs.append(QJsonObject{{QStringLiteral("id"), id(f.documentId)},
                                {QStringLiteral("title"), f.title},
                                {QStringLiteral("pages"), static_cast<int>(f.pageNumbers.size())},
                                {QStringLiteral("sha256"), f.sha256},
                                {QStringLiteral("confidence"), confidences},
                                {QStringLiteral("transfer_note"),
                                 QJsonDocument::fromJson(f.note.toCanonicalJson()).object()},
                                {QStringLiteral("proposal"), proposalJson(f.proposal)}});
        if (a.json())
            continue;
        out(Text::tr("Filed: %1 (%2 pages) %3 — transfer note %4, quality check: %5")
                .arg(id(f.documentId))
                .arg(f.pageNumbers.size())
                .arg(f.sha256, id(f.note.id), f.note.qualityCheckText));
        // Filing help for what went into the intake: the clerk files it with "file DOC --case REF".
        if (caseId.isNull()) {
            if (f.proposal.hints.date.isValid())
                out(Text::tr("  date in the letter: %1").arg(f.proposal.hints.date.toString(Qt::ISODate)));
            for (const FilingTarget &t : std::as_const(f.proposal.targets))
                out(Text::tr("  named in the text: %1 %2 (%3)").arg(t.reference, t.title, t.entityType));
        }
    }
    if (a.json())
        printJson(QJsonObject{{QStringLiteral("status"), ScanResult::statusName(r.status)},
                              {QStringLiteral("documents"), docs}});
    return ExitOk;
}

/** A printable separator sheet: between letters in the feeder, `scan --split-on-separator` splits there. */
int cmdSeparatorSheet(const Args &a)
{
    if (a.words.size() != 1 || !a.has("--out"))
        return usage(Text::tr("separator-sheet needs --out FILE."));
    const QString path = a.value("--out");
    QSaveFile f(path);
    const QByteArray pdf = SeparatorSheet::pdf(
        Text::tr("Separator sheet (Aktenwerk)"),
        Text::tr("Put this sheet in front of each letter in the scanner's feeder. It starts a new document "
                 "and is not filed. Print it at 100 % (no fit to page); copies work as long as the bars "
                 "stay black and sharp."));
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size() || !f.commit())
        return failWith(Error{ErrorCode::Io, Text::tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
                              f.errorString()});
    out(Text::tr("Separator sheet written to %1.").arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

// ---- end of scanning ---------------------------------------------------------------------------

int run(const QStringList &argv)
{
    auto parsed = parseArgs(argv);
    if (!parsed)
        return usage(parsed.error().message);
    const Args &a = *parsed;
    if (a.flag("--help") || a.flag("-h")) {
        out(usageText());
        return ExitOk;
    }
    if (a.words.isEmpty()) {
        if (a.flag("--version")) {
            out(QStringLiteral("aktenwerk-cli %1").arg(QStringLiteral(AKTENWERK_VERSION)));
            return ExitOk;
        }
        return usage(Text::tr("No command given."));
    }
    const QString cmd = a.words.first();
    const QString sub = a.words.value(1);
    if (cmd == QLatin1String("init"))
        return cmdInit(a);
    if (cmd == QLatin1String("demo"))
        return cmdDemo(a);
    if (cmd == QLatin1String("plan"))
        return cmdPlan(a);
    if (cmd == QLatin1String("department"))
        return cmdDepartment(a);
    if (cmd == QLatin1String("types"))
        return cmdTypes(a);
    if (cmd == QLatin1String("file") && sub == QLatin1String("create"))
        return cmdFileCreate(a);
    if (cmd == QLatin1String("case") && sub == QLatin1String("create"))
        return cmdCaseCreate(a);
    if (cmd == QLatin1String("list"))
        return cmdList(a);
    if (cmd == QLatin1String("show"))
        return cmdShow(a);
    if (cmd == QLatin1String("set"))
        return cmdSet(a);
    if (cmd == QLatin1String("history"))
        return cmdHistory(a);
    if (cmd == QLatin1String("add"))
        return cmdAdd(a);
    if (cmd == QLatin1String("get"))
        return cmdGet(a);
    if (cmd == QLatin1String("delete"))
        return cmdDelete(a);
    if (cmd == QLatin1String("config"))
        return cmdConfig(a);
    if (cmd == QLatin1String("verify"))
        return cmdVerify(a);
    if (cmd == QLatin1String("audit"))
        return cmdAudit(a);
    if (cmd == QLatin1String("server"))
        return cmdServer(a);
    if (cmd == QLatin1String("connect"))
        return cmdConnect(a);
    if (cmd == QLatin1String("sync"))
        return cmdSync(a);
    if (cmd == QLatin1String("status"))
        return cmdStatus(a);
    if (cmd == QLatin1String("conflicts"))
        return cmdConflicts(a);
    if (cmd == QLatin1String("resolve"))
        return cmdResolve(a);
    if (cmd == QLatin1String("search"))
        return cmdSearch(a);
    if (cmd == QLatin1String("import"))
        return cmdImport(a);
    if (cmd == QLatin1String("intake"))
        return cmdIntake(a);
    if (cmd == QLatin1String("versions"))
        return cmdVersions(a);
    if (cmd == QLatin1String("checkout"))
        return cmdCheckOut(a);
    if (cmd == QLatin1String("checkin"))
        return cmdCheckIn(a);
    if (cmd == QLatin1String("cancel-checkout"))
        return cmdCancelCheckOut(a);
    if (cmd == QLatin1String("restore"))
        return cmdRestore(a);
    if (cmd == QLatin1String("break-lock"))
        return cmdBreakLock(a);
    if (cmd == QLatin1String("file-into"))
        return cmdFileInto(a);
    if (cmd == QLatin1String("watch"))
        return cmdWatch(a);
    if (cmd == QLatin1String("reindex"))
        return cmdReindex(a);
    if (cmd == QLatin1String("devices")) // scanning (issue 6)
        return cmdDevices(a);
    if (cmd == QLatin1String("separator-sheet"))
        return cmdSeparatorSheet(a);
    if (cmd == QLatin1String("scan"))
        return cmdScan(a);
    if (cmd == QLatin1String("ocr"))
        return cmdOcr(a);
    return usage(Text::tr("Unknown command \"%1\".").arg(a.words.join(QLatin1Char(' '))));
}

} // namespace Aktenwerk::Cli
