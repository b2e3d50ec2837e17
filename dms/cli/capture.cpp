// aktenwerk-cli commands — getting documents in and out: add, import, watch, the intake, get, OCR and scanning.

#include "dms/cli/commands.h"
#include "dms/cli/output.h"

namespace Aktenwerk::Cli {

namespace {

/** One imported file as a text line: status, document id (or -), path, and the reason if any. */
QString importLine(const ImportItem &item)
{
    return QStringLiteral("%1\t%2\t%3%4")
        .arg(ImportItem::statusCode(item.status), item.documentId.isNull() ? QStringLiteral("-") : id(item.documentId),
            item.path, item.reason.isEmpty() ? QString() : QStringLiteral("\t") + item.reason);
}

std::atomic<bool> g_stopWatching{false};

extern "C" void stopWatching(int)
{
    g_stopWatching.store(true);
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

} // namespace

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
    auto r = Importer(*e).addDocuments(target->id, paths, [&](const QString &p, const CommandResult &doc) {
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
    ImportOptions options;
    options.ocr = !a.flag("--no-ocr");
    auto r = Importer(*e).importFiles(caseId, paths, nullptr, options);
    if (!r)
        return failWith(r.error());
    for (const ImportItem &item : *r) {
        QString status = ImportItem::statusCode(item.status);
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
        if (item.status == ImportItem::Status::Failed)
            ++failed;
        if (a.json()) {
            QJsonObject o{{QStringLiteral("path"), item.path}, {QStringLiteral("status"), status}};
            if (!item.documentId.isNull())
                o.insert(item.status == ImportItem::Status::Duplicate ? QStringLiteral("duplicate_of")
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
            for (const ImportItem &item : *r) {
                failed += item.status == ImportItem::Status::Failed;
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
    if (auto indexed = Search::Indexer::update(*e); !indexed)
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
                out(Text::tr("  date in the letter: %1").arg(localDate(f.proposal.hints.date)));
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

} // namespace Aktenwerk::Cli
