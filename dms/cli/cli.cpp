#include "dms/cli/cli.h"

#include "dms/cli/commands.h"
#include "dms/cli/output.h"

namespace Aktenwerk::Cli {

namespace {

const QStringList kValueOptions {
    QStringLiteral("--data-dir"),
    QStringLiteral("--plan"),
    QStringLiteral("--title"),
    QStringLiteral("--department"),
    QStringLiteral("--type"),
    QStringLiteral("--confidentiality"),
    QStringLiteral("--file"),
    QStringLiteral("--case"),
    QStringLiteral("--out"),
    QStringLiteral("--version"),
    QStringLiteral("--limit"),
    QStringLiteral("--entity"),
    QStringLiteral("--reason"),
    QStringLiteral("--name"),
    QStringLiteral("--year"),
    QStringLiteral("--url"),
    QStringLiteral("--role"),
    QStringLiteral("--user"),
    QStringLiteral("--keep"),
    QStringLiteral("--comment"),
    QStringLiteral("--anchor"),
    QStringLiteral("--to"),
    QStringLiteral("--until"),
    // scanning (issue 6)
    QStringLiteral("--device"),
    QStringLiteral("--source"),
    QStringLiteral("--mode"),
    QStringLiteral("--resolution"),
    QStringLiteral("--out-dir"),
    QStringLiteral("--max-pages"),
    QStringLiteral("--page"),
    QStringLiteral("--device-option"),
    // organisation and routing (issue 15)
    QStringLiteral("--parent"),
    QStringLiteral("--unit"),
    QStringLiteral("--standing-deputy"),
    QStringLiteral("--step"),
    QStringLiteral("--template"),
    QStringLiteral("--remark"),
    QStringLiteral("--after"),
    QStringLiteral("--for"),
    QStringLiteral("--deputy"),
    QStringLiteral("--from"),
    QStringLiteral("--on"),
    QStringLiteral("--repeat"),
    // records management (issue 16)
    QStringLiteral("--date"),
    QStringLiteral("--years"),
    QStringLiteral("--disposal"),
    QStringLiteral("--due-before"),
    QStringLiteral("--records-for"),
    QStringLiteral("--sender"),
    QStringLiteral("--archive"),
};

/** Value options that may be given more than once; value() joins them with newlines, values() splits. */
const QStringList kRepeatable { QStringLiteral("--device-option"), QStringLiteral("--step") };

const QStringList kFlags { QStringLiteral("--json"), QStringLiteral("--help"), QStringLiteral("-h"),
    QStringLiteral("--password-stdin"), QStringLiteral("--once"), QStringLiteral("--link-duplicates"),
    QStringLiteral("--no-ocr"), QStringLiteral("--split-on-blank"),
    QStringLiteral("--split-on-separator"), // scanning (issue 6)
    QStringLiteral("--with-cases"), QStringLiteral("--unlimited"), QStringLiteral("--from-plan"),
    QStringLiteral("--direct"), QStringLiteral("--all") }; // issue 16

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
               "  plan export --out FILE.xml [--title TEXT] [--sender NAME]\n"
               "                                         the file plan as xdomea 0301 (checked against the schema)\n"
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
               "  deleted [--limit N]                    what was deleted (the recycle bin), newest first\n"
               "  restore REF|UUID --reason TEXT         bring back something deleted (its case or file first)\n"
               "  move DOC --to CASE | move CASE --to FILE\n"
               "                                         a document gets the next number in the case, a case\n"
               "                                         the next reference in the file (the old one stays findable)\n"
               "  volume create --file REF --title TEXT | volume list --file REF\n"
               "                                         volumes (Bände) of a file\n"
               "  config get KEY | config set KEY VALUE  settings, e.g. reference.file_template, ocr.on_import\n"
               "  verify                                 check the index, every content hash and the audit chain\n"
               "  audit [--entity REF|UUID] [--limit N]  the audit trail\n"
               "  search QUERY [--limit N]               full-text search (words, \"phrases\", pre*, ODER/OR,\n"
               "                                         NICHT/NOT/-word, az: titel: typ: fb: "
               "status:offen|geschlossen\n"
               "                                         absender: jahr: von: bis: — or title: type: dept: ...)\n"
               "  reindex                                rebuild the full-text index\n")
        + QLatin1Char('\n')
        + Text::tr(
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
            "  separator-sheet --out FILE             a separator sheet to print (PDF) for --split-on-separator\n")
        + QLatin1Char('\n')
        + Text::tr("Working with the central repository:\n"
                   "  connect --url URL --user NAME [--password-stdin]   bind the data folder to the server (what was\n"
                   "                                         made here goes up; old references stay findable);\n"
                   "                                         the password goes to the keychain\n"
                   "  sync [--password-stdin]                send the changes made here, then receive the others'\n"
                   "  status                                 waiting and refused changes, last sync, open conflicts\n"
                   "  conflicts                              field conflicts waiting for a decision\n"
                   "  resolve CONFLICT-ID --keep mine|theirs\n"
                   "  share FILE --department CODE [--until DATE]   let another department read the file\n"
                   "  unshare FILE --department CODE         end the share at once\n"
                   "  rejected [--json]                      changes the server refused, with its reason\n"
                   "  rejected discard OP-ID                 give a refused change up: the server's state comes back\n"
                   "                                         (something new that was refused is removed here)\n"
                   "  rejected resend OP-ID                  send a refused change again once its cause is fixed\n")
        + QLatin1Char('\n')
        + Text::tr(
            "Routing (Geschäftsgang; decided by the central repository, the data folder connected):\n"
            "  route start REF --step ACTION=ADDRESSEE[,ADDRESSEE…][@YYYY-MM-DD] …  | --template NAME\n"
            "                                         route a document, case or file; steps in the order\n"
            "                                         given, several addressees work in parallel; ACTION:\n"
            "                                         kenntnisnahme, mitzeichnung, zeichnung, bearbeitung;\n"
            "                                         ADDRESSEE: a login, unit:CODE or lead:CODE\n"
            "  route show REF|ID                      the routes of an object (or one route) with their history\n"
            "  route print REF|ID --out FILE.pdf      the routing slip (Laufzettel) of the newest route\n"
            "  route template save NAME --step ACTION=ADDRESSEE[@+DAYS] … | route template list\n"
            "                                         common routes of your department (team leads keep them)\n"
            "  inbox                                  what waits for you: steps (mine, my units', those I\n"
            "                                         stand in for, overdue ones of my team) and resubmissions\n"
            "  step complete ID [--remark TEXT]       done (co-signed, signed, read, processed)\n"
            "  step return ID --remark TEXT           send the route back: pending co-signatures are cancelled\n"
            "  step skip ID --reason TEXT             skip a step (who started the route, or a team lead)\n"
            "  step add ID [--after N] --step …       add steps after the current one\n"
            "  deputy set [--for LOGIN] --deputy LOGIN --from DATE --to DATE | deputy end ID\n"
            "                                         an absence and who stands in (\"i. V.\")\n"
            "  resubmit REF --on DATE --reason TEXT [--repeat weekly|monthly] [--for LOGIN|unit:CODE]\n"
            "  resubmit done ID [--remark TEXT] | resubmit postpone ID --on DATE --reason TEXT\n")
        + QLatin1Char('\n')
        + Text::tr(
            "Records management (decided by the central repository, the data folder connected):\n"
            "  close REF [--date YYYY-MM-DD] [--reason TEXT] [--with-cases]\n"
            "                                         z.d.A. of a file or case (not after today); a file's\n"
            "                                         open cases only with --with-cases; retention starts\n"
            "  reopen REF --reason TEXT               open a closed file or case again\n"
            "  retention REF                          closing, retention (its end), disposal type, holds\n"
            "  retention FILE --years N|--unlimited|--from-plan [--disposal A|B|V] --reason TEXT\n"
            "                                         the file's own retention (team leads, records officers)\n"
            "  hold FILE --reason TEXT                legal hold: nothing of it is disposed of (records officers)\n"
            "  release-hold FILE --reason TEXT        lift the file's legal hold\n"
            "  disposal list [--due-before DATE] [--disposal A|B|V] [--department CODE] [--out FILE.csv|.pdf]\n"
            "                                         closed files whose retention has ended, without hold\n")
        + QLatin1Char('\n')
        + Text::tr(
            "The hand-over to the archive (xdomea 3.1; records officers, decided by the central repository):\n"
            "  archive offer FILE... --out DIR [--sender NAME] [--unit NAME] [--archive NAME]\n"
            "                                         offer due files: <ProzessID>_…Anbieteverzeichnis.0501.zip\n"
            "  archive import CONTAINER.zip [--out DIR]\n"
            "                                         read in the archive's answer: receipt (0504), appraisal\n"
            "                                         (0502), receipt (0507) and import confirmation (0506);\n"
            "                                         with --out, confirm the appraisal (0505) there\n"
            "  archive transfer PROCESS --out DIR     hand over what the archive appraised A (0503): metadata,\n"
            "                                         every version's original and a PDF/A rendition of PDFs\n"
            "  archive transfer FILE... --direct --out DIR\n"
            "                                         the two-stage route: due files classed A go at once (0503)\n"
            "  archive status [PROCESS] [--json]      the disposal processes and their messages\n")
        + QLatin1Char('\n')
        + Text::tr(
            "Destruction (records officers; four eyes, decided by the central repository):\n"
            "  destroy propose PROCESS|FILE... [--reason TEXT] [--json]\n"
            "                                         propose what may go: appraised V and confirmed, taken\n"
            "                                         over by the archive (0506), or classed V and never offered\n"
            "  destroy list [--all] [--json]          the proposals waiting for a decision (--all: every one)\n"
            "  destroy approve ID [--remark TEXT]     a second records officer approves: the files, their\n"
            "                                         content and index entries go, a deletion record stays\n"
            "  destroy reject ID --remark TEXT        reject a proposal, or withdraw one's own\n"
            "  deletion-records [--json]              what was destroyed, why, by whose decision\n")
        + QLatin1Char('\n')
        + Text::tr("Central repository (administrators; URL: the database owner's libpq URL):\n"
                   "  server init --url URL                  create or update the repository schema\n"
                   "  server add-department --url URL CODE NAME [--confidentiality LEVEL]\n"
                   "  server add-user --url URL NAME --department CODE --role clerk|teamlead|records|admin|auditor\n"
                   "              [--name DISPLAY-NAME] [--records-for CODE,…] --password-stdin\n"
                   "  server add-unit --url URL CODE --name NAME [--parent CODE] [--department CODE]\n"
                   "              [--standing-deputy LOGIN]   add or change an organisation unit (Abteilung, team)\n"
                   "  server set-user --url URL NAME [--unit CODE] [--department CODE] [--role ROLE,…]\n"
                   "              [--records-for CODE,…]     a records officer keeps the closed files of these too\n"
                   "  server set-grace --url URL [--department CODE] DAYS\n"
                   "                                         days after a deadline before an open step escalates\n")
        + QLatin1Char('\n')
        + Text::tr(
            "The server's audit trail (auditors; the URL alone, or a login with --user and its password):\n"
            "  server verify-audit --url URL [--user LOGIN [--password-stdin]] [--anchor FILE]\n"
            "                                         check the whole hash chain; names the first broken event;\n"
            "                                         --anchor: also against the last head kept in FILE, then\n"
            "                                         append the current head to it (run it regularly)\n"
            "  server audit --url URL --user LOGIN [--password-stdin] [--entity UUID] [--limit N]\n"
            "                                         the events this login may read (the auditor: all)\n")
        + QLatin1Char('\n')
        + Text::tr("Options:\n"
                   "  --data-dir DIR   the data folder (default: %1)\n"
                   "  --json           machine-readable output on read commands\n"
                   "  --version        print the version\n"
                   "\n"
                   "Exit codes: 0 success, 1 error, 2 wrong usage, 3 data folder in use, 4 verification failed.")
              .arg(QDir::toNativeSeparators(Engine::defaultDataDir()));
}

} // namespace

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
    if (cmd == QLatin1String("move"))
        return cmdMove(a);
    if (cmd == QLatin1String("volume"))
        return cmdVolume(a);
    if (cmd == QLatin1String("share") || cmd == QLatin1String("unshare"))
        return cmdShare(a);
    if (cmd == QLatin1String("deleted"))
        return cmdDeleted(a);
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
    if (cmd == QLatin1String("rejected"))
        return cmdRejected(a);
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
        return a.has("--version") ? cmdRestore(a) : cmdUndelete(a);
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
    if (cmd == QLatin1String("route"))
        return cmdRoute(a);
    if (cmd == QLatin1String("inbox"))
        return cmdInbox(a);
    if (cmd == QLatin1String("step"))
        return cmdStep(a);
    if (cmd == QLatin1String("deputy"))
        return cmdDeputy(a);
    if (cmd == QLatin1String("resubmit"))
        return cmdResubmit(a);
    if (cmd == QLatin1String("close")) // records management (issue 16)
        return cmdClose(a);
    if (cmd == QLatin1String("reopen"))
        return cmdReopen(a);
    if (cmd == QLatin1String("retention"))
        return cmdRetention(a);
    if (cmd == QLatin1String("hold"))
        return cmdHold(a);
    if (cmd == QLatin1String("release-hold"))
        return cmdReleaseHold(a);
    if (cmd == QLatin1String("disposal"))
        return cmdDisposal(a);
    if (cmd == QLatin1String("archive"))
        return cmdArchive(a);
    if (cmd == QLatin1String("destroy"))
        return cmdDestroy(a);
    if (cmd == QLatin1String("deletion-records"))
        return cmdDeletionRecords(a);
    return usage(Text::tr("Unknown command \"%1\".").arg(a.words.join(QLatin1Char(' '))));
}

} // namespace Aktenwerk::Cli
