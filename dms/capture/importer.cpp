#include "dms/capture/importer.h"

#include "dms/capture/documentocr.h"
#include "dms/capture/extractioncache.h"
#include "dms/capture/extractor.h"
#include "dms/engine.h"
#include "dms/faultinjection.h"
#include "dms/search/indexer.h"
#include "dms/search/searchindex.h"
#include "dms/store/sha256.h"
#include "dms/store/sqlite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Aktenwerk::Dms {

using namespace Model;

Importer::Importer(Engine &engine)
    : m_engine(engine)
{ }

QString ImportItem::statusCode(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::WithoutText:
        return QStringLiteral("stored-without-text");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QStringList Importer::filesIn(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        // A link may lead out of the folder or round in a circle; hidden entries are not the user's.
        QStringList found;
        const QDir root(path);
        QDirIterator it(path, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QStringList parts = root.relativeFilePath(f).split(QLatin1Char('/'));
            if (std::none_of(
                    parts.cbegin(), parts.cend(), [](const QString &p) { return p.startsWith(QLatin1Char('.')); }))
                found << f;
        }
        found.sort();
        files << found;
    }
    return files;
}

namespace {

/** Forwarded mails inside forwarded mails: their attachments are imported this many levels deep. */
constexpr int maxMailDepth = 3;

/** Nothing but spaces, tabs, line and page breaks (what the extraction worker leaves of a page without words). */
bool withoutWords(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r'; });
}

/** A file name from a mail, made safe to create: no folders, no control characters, not hidden. */
QString safeFileName(const QString &name, int number, const QString &mimeType)
{
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    n = n.section(QLatin1Char('/'), -1);
    QString clean;
    for (const QChar c : std::as_const(n)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QLatin1Char(':')
            || c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('"') || c == QLatin1Char('<')
            || c == QLatin1Char('>') || c == QLatin1Char('|'))
            clean += QLatin1Char('_');
        else
            clean += c;
    }
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1);
    clean = clean.trimmed();
    if (clean.isEmpty()) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
        const QString suffix
            = type.isValid() && !type.preferredSuffix().isEmpty() ? type.preferredSuffix() : QStringLiteral("bin");
        clean = Importer::tr("Attachment-%1").arg(number) + QLatin1Char('.') + suffix;
    }
    if (clean.size() > 120) { // keep the suffix: it decides how the file is read
        const QString suffix = QFileInfo(clean).suffix().left(10);
        clean = clean.left(110 - suffix.size()) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    return clean;
}

} // namespace

Result<Importer::PreparedDocument> Importer::prepareDocument(
    const QString &path, const QString &title, const std::atomic<bool> *cancel) const
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (fi.isDir())
        return fail(ErrorCode::InvalidArgument, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path)));
    if (!fi.isReadable())
        return fail(ErrorCode::Io, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    auto ref = m_engine.storeContent(path, cancel);
    if (!ref)
        return std::unexpected(ref.error());
    return PreparedDocument { *ref, QMimeDatabase().mimeTypeForFile(fi).name(), fi.fileName(),
        title.isEmpty() ? fi.completeBaseName() : title };
}

Result<CommandResult> Importer::addDocument(
    const QUuid &caseId, const QString &path, const QString &title, const std::atomic<bool> *cancel)
{
    if (FaultInjection::shouldFail("unsafe.commit-before-content")) {
        // Negative control of the crash test only: the row commits before its content exists.
        const QFileInfo fi(path);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("The file %1 cannot be read.").arg(path));
        const QByteArray data = f.readAll();
        const ContentRef ref { Sha256::hex(data), data.size(), false };
        auto r = m_engine.apply(Commands::createDocument(caseId, title.isEmpty() ? fi.completeBaseName() : title, ref,
            QMimeDatabase().mimeTypeForFile(fi).name(), fi.fileName()));
        if (!r)
            return r;
        FaultInjection::hit("unsafe.between-commit-and-content");
        if (auto stored = m_engine.content().putData(data); !stored)
            return std::unexpected(stored.error());
        return r;
    }
    auto prepared = prepareDocument(path, title, cancel);
    if (!prepared)
        return std::unexpected(prepared.error());
    return m_engine.apply(
        Commands::createDocument(caseId, prepared->title, prepared->content, prepared->mimeType, prepared->fileName));
}

Result<int> Importer::addDocuments(const QUuid &caseId, const QStringList &paths,
    const std::function<void(const QString &, const CommandResult &)> &added, const std::atomic<bool> *cancel)
{
    int count = 0;
    if (FaultInjection::hit("unsafe.commit-before-content") != FaultInjection::Action::None) {
        for (const QString &path : paths) {
            auto r = addDocument(caseId, path, {}, cancel);
            if (!r)
                return std::unexpected(r.error());
            added(path, *r);
            ++count;
        }
        return count;
    }
    // Two stages: storing file i+1 (read, hash, write, fsync) overlaps with committing file i.
    // The order of the rule stays: a row commits only after its own content is durable.
    auto prepare = [this, cancel](const QString &path) { return prepareDocument(path, {}, cancel); };
    QFuture<Result<PreparedDocument>> next;
    if (!paths.isEmpty())
        next = QtConcurrent::run(prepare, paths.first());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const Result<PreparedDocument> prepared = next.result();
        if (i + 1 < paths.size() && prepared && !(cancel && cancel->load()))
            next = QtConcurrent::run(prepare, paths.at(i + 1));
        else
            next = QFuture<Result<PreparedDocument>>();
        if (!prepared)
            return std::unexpected(prepared.error());
        auto r = m_engine.apply(Commands::createDocument(
            caseId, prepared->title, prepared->content, prepared->mimeType, prepared->fileName));
        if (!r) {
            next.waitForFinished();
            return std::unexpected(r.error());
        }
        added(paths.at(i), *r);
        ++count;
        if (cancel && cancel->load()) {
            next.waitForFinished();
            return fail(ErrorCode::Cancelled, tr("Cancelled after %n document(s).", nullptr, count));
        }
    }
    return count;
}

Result<QList<ImportItem>> Importer::importFiles(
    const QUuid &caseId, const QStringList &paths, const std::atomic<bool> *cancel)
{
    return importFiles(caseId, paths, cancel, ImportOptions());
}

Result<QList<ImportItem>> Importer::importFiles(
    const QUuid &caseId, const QStringList &paths, const std::atomic<bool> *cancel, const ImportOptions &options)
{
    if (m_engine.isReadOnly())
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    const QStringList files = filesIn(paths);
    auto reader = m_engine.openReader();
    if (!reader)
        return std::unexpected(reader.error());
    QList<ImportItem> items;
    // Text is extracted and indexed while the next files are stored: the indexer takes each
    // document as it commits (and whatever else was waiting) and finishes after the last.
    std::atomic<bool> storing { true };
    QFuture<Result<int>> indexing
        = QtConcurrent::run([this, cancel, &storing] { return Search::Indexer::update(m_engine, cancel, &storing); });
    Status stored;
    for (const QString &path : std::as_const(files)) {
        if (cancel && cancel->load()) {
            stored = fail(ErrorCode::Cancelled, tr("Cancelled."));
            break;
        }
        if (stored = importOne(caseId, path, path, {}, 0, *reader, items, cancel); !stored)
            break;
    }
    storing = false;
    const Result<int> indexed = indexing.result();
    if (!stored)
        return std::unexpected(stored.error());
    if (!indexed)
        return std::unexpected(indexed.error());
    for (ImportItem &item : items) {
        if (item.status != ImportItem::Status::Ok)
            continue;
        auto textStatus = Search::SearchIndex::textStatus(*reader, item.documentId);
        if (!textStatus)
            return std::unexpected(textStatus.error());
        if (*textStatus == QLatin1String("none")) {
            item.status = ImportItem::Status::WithoutText;
            item.reason = tr("No text is read from this kind of file.");
        } else if (*textStatus != QLatin1String("ok")) {
            item.status = ImportItem::Status::WithoutText;
            item.reason = *textStatus;
        }
        auto known = ExtractionCache::known(*reader, item.sha256);
        if (!known)
            return std::unexpected(known.error());
        if (!*known)
            continue;
        // Pages, where the worker counted them (PDF, multi-page TIFF): the import reports them.
        item.pages = (*known)->pages;
        // A PDF read without complaint but without a word in it is a scan: it has no text either.
        if (item.status == ImportItem::Status::Ok && item.mimeType == QLatin1String("application/pdf")
            && (*known)->status == Extraction::Status::Ok && withoutWords((*known)->text)) {
            item.status = ImportItem::Status::WithoutText;
            item.reason = tr("The PDF has no text layer (a scan); text recognition (OCR) can read it.");
        }
    }
    if (options.ocr && DocumentOcr::onImport(m_engine)) {
        if (auto s = recogniseImported(items, *reader, cancel, options); !s)
            return std::unexpected(s.error());
    }
    return items;
}

Status Importer::recogniseImported(
    QList<ImportItem> &items, Database &reader, const std::atomic<bool> *cancel, const ImportOptions &options)
{
    // The candidates: stored without text, an image or a PDF, and read by the extraction worker
    // without complaint (a damaged file keeps the worker's reason; OCR could not read it either).
    QList<qsizetype> candidates;
    int totalPages = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ImportItem &item = items.at(i);
        if (item.status != ImportItem::Status::WithoutText || item.documentId.isNull())
            continue;
        // Version 1 of a document this import stored is the item's own content.
        auto known = ExtractionCache::known(reader, item.sha256);
        if (!known)
            return std::unexpected(known.error());
        if (!*known)
            continue;
        const QString &mime = item.mimeType;
        const bool scan = mime == QLatin1String("application/pdf") || mime.startsWith(QLatin1String("image/"));
        if (scan && (*known)->status == Extraction::Status::Ok && (*known)->text.trimmed().isEmpty()) {
            candidates << i;
            totalPages += qMax(1, item.pages);
        }
    }
    int pagesBefore = 0;
    bool cancelled = false;
    const Ocr::Options ocrOptions = DocumentOcr::configured(m_engine);
    for (const qsizetype i : std::as_const(candidates)) {
        ImportItem &item = items[i];
        if (cancelled || (cancel && cancel->load())) {
            cancelled = true;
            item.reason = tr("Text recognition (OCR) was cancelled; the document is stored as imported, without "
                             "text.");
            continue;
        }
        std::function<void(int, int)> progress;
        if (options.ocrProgress) {
            progress = [&options, pagesBefore, totalPages](
                           int done, int) { options.ocrProgress(pagesBefore + done, totalPages); };
        }
        auto r = DocumentOcr::recognise(
            m_engine, item.documentId, 0, ocrOptions, cancel, progress, DocumentOcr::WithoutText::Skip);
        pagesBefore += qMax(1, item.pages);
        if (!r) {
            if (r.error().code == ErrorCode::DiskFull)
                return std::unexpected(r.error());
            if (r.error().code == ErrorCode::Cancelled) {
                cancelled = true;
                item.reason = tr("Text recognition (OCR) was cancelled; the document is stored as imported, "
                                 "without text.");
            } else {
                item.reason = tr("Text recognition (OCR) was not possible: %1").arg(r.error().message);
            }
            continue;
        }
        if (r->stored) {
            item.status = ImportItem::Status::Ok;
            item.ocrVersion = r->version;
            item.ocrConfidence = r->lowestConfidence();
            item.reason = tr("Text recognised (OCR, confidence %1 %).").arg(item.ocrConfidence);
            QStringList low;
            for (const OcrPage &p : std::as_const(r->pages)) {
                if (p.ok() && p.lowConfidence)
                    low << QString::number(p.number);
            }
            if (!low.isEmpty())
                item.reason += QLatin1Char(' ')
                    + tr("Please check page(s) %1: the recognition is uncertain.").arg(low.join(QStringLiteral(", ")));
        } else if (r->failedPages > 0) {
            QString why;
            for (const OcrPage &p : std::as_const(r->pages)) {
                if (!p.ok()) {
                    why = tr("page %1: %2").arg(p.number).arg(p.error);
                    break;
                }
            }
            item.reason
                = tr("Text recognition (OCR) failed (%1); the document is stored as imported, without text.").arg(why);
        } else {
            item.reason = tr("Text recognition (OCR) found no text.");
        }
    }
    return {};
}

Status Importer::importOne(const QUuid &caseId, const QString &path, const QString &shownPath,
    const QUuid &attachmentOf, int mailDepth, Database &reader, QList<ImportItem> &items,
    const std::atomic<bool> *cancel)
{
    ImportItem item;
    item.path = shownPath;
    item.attachmentOf = attachmentOf;
    auto prepared = prepareDocument(path, {}, cancel);
    if (!prepared) {
        if (prepared.error().code == ErrorCode::Cancelled || prepared.error().code == ErrorCode::DiskFull)
            return std::unexpected(prepared.error());
        item.reason = prepared.error().message;
        items << item;
        return {};
    }
    item.sha256 = prepared->content.sha256;
    item.mimeType = prepared->mimeType;
    // The oldest document with this content is the original (references to it come later).
    auto dup = reader.prepare(QStringLiteral("SELECT d.id, COALESCE(d.case_id, '') FROM version v JOIN document d ON "
                                             "d.id = v.document_id WHERE v.sha256 = ? AND d.deleted = 0 ORDER BY "
                                             "d.created_at LIMIT 1"));
    if (!dup)
        return std::unexpected(dup.error());
    dup->bind(1, prepared->content.sha256);
    auto has = dup->step();
    if (!has)
        return std::unexpected(has.error());
    if (*has) {
        item.status = ImportItem::Status::Duplicate;
        item.documentId = QUuid::fromString(dup->text(0));
        item.duplicateCaseId = QUuid::fromString(dup->text(1));
        items << item;
        return {};
    }

    // An e-mail is read before it is filed: its header gives the title and the metadata. The
    // parsing happens in the worker; here only its answer is used.
    std::optional<Extraction> mail;
    if (Extractor::readerFor(prepared->mimeType) == QLatin1String("mail")) {
        auto read = Extractor::extract(
            m_engine.content().pathFor(prepared->content.sha256), prepared->mimeType, Extractor::Limits {}, cancel);
        if (!read && read.error().code == ErrorCode::Cancelled)
            return std::unexpected(read.error());
        if (read && read->status == Extraction::Status::Ok && read->kind == QLatin1String("mail"))
            mail = *read;
        // Kept for the indexer, which would otherwise start the worker on the same mail again.
        if (read) {
            const QString &sha = prepared->content.sha256;
            const Extraction &e = *read;
            if (auto kept
                = m_engine.writeDerived([&sha, &e](Database &db) { return ExtractionCache::remember(db, sha, e); });
                !kept)
                return std::unexpected(kept.error());
        }
        // Otherwise it is filed as a plain document; indexing it says why it could not be read.
    }
    QString title = prepared->title;
    QString type;
    FieldValues metadata;
    if (mail) {
        type = QStringLiteral("E-Mail");
        metadata.insert(QStringLiteral("sender"), mail->mailFrom);
        metadata.insert(QStringLiteral("recipients"), mail->mailTo.join(QStringLiteral(", ")));
        metadata.insert(QStringLiteral("cc"), mail->mailCc.join(QStringLiteral(", ")));
        metadata.insert(QStringLiteral("date"), mail->mailDate);
        metadata.insert(QStringLiteral("subject"), mail->subject);
        metadata.insert(QStringLiteral("message_id"), mail->mailMessageId);
        if (!mail->subject.trimmed().isEmpty())
            title = mail->subject.simplified().left(300);
    } else if (!attachmentOf.isNull()) {
        type = QStringLiteral("E-Mail-Anhang");
    }
    if (!attachmentOf.isNull())
        metadata.insert(QStringLiteral("attachment_of"), attachmentOf.toString(QUuid::WithoutBraces));
    // What a sender wrote may be longer than a field allows: the whole is in the stored mail.
    if (const MetadataSchema *schema
        = m_engine.schemas().find(QString(MetadataSchema::anyDepartment), EntityKind::Document, type)) {
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            if (const FieldDef *f = schema->field(it.key()); f && it.value().size() > f->maxLength)
                it.value() = it.value().left(f->maxLength - 1) + QChar(0x2026);
        }
    }
    metadata.removeIf([](const auto &it) { return it.value().trimmed().isEmpty(); });

    auto created = m_engine.apply(Commands::createDocument(caseId, title, prepared->content, prepared->mimeType,
        prepared->fileName, VersionOrigin::Import, type, metadata));
    QStringList notes;
    if (!created && created.error().code == ErrorCode::Validation && !type.isEmpty()) {
        // The department defines its own "E-Mail" type that these values do not fit: the file
        // is filed all the same, as a plain document, and the report says why.
        notes << created.error().message;
        created = m_engine.apply(
            Commands::createDocument(caseId, title, prepared->content, prepared->mimeType, prepared->fileName));
    }
    if (!created) {
        if (created.error().code == ErrorCode::DiskFull)
            return std::unexpected(created.error());
        item.reason = created.error().message;
        items << item;
        return {};
    }
    item.status = ImportItem::Status::Ok;
    item.documentId = created->id;
    item.reason = notes.join(QLatin1Char(' '));
    if (!mail) {
        items << item;
        return {};
    }
    notes << mail->notes;
    const bool expand = mailDepth < maxMailDepth;
    if (!expand && !mail->attachments.isEmpty())
        notes << tr("Attachments of e-mails forwarded more than %n level(s) deep are not imported separately; they "
                    "stay inside the stored e-mail.",
            nullptr, maxMailDepth);
    item.reason = notes.join(QLatin1Char(' '));
    items << item;
    if (!expand)
        return {};
    return importAttachments(caseId, created->id, shownPath, *mail, mailDepth, reader, items, cancel);
}

Status Importer::importAttachments(const QUuid &caseId, const QUuid &mailId, const QString &shownPath,
    const Extraction &mail, int mailDepth, Database &reader, QList<ImportItem> &items, const std::atomic<bool> *cancel)
{
    if (mail.attachments.isEmpty())
        return {};
    // Each attachment goes through the same path as a file from disk (content store, duplicate
    // check, extraction), so it is written to a private folder first, under its own name.
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/aktenwerk-mail-XXXXXX"));
    if (!folder.isValid())
        return fail(ErrorCode::Io, tr("No temporary folder for the e-mail's attachments."), folder.errorString());
    QStringList linked;
    for (qsizetype i = 0; i < mail.attachments.size(); ++i) {
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        const MailAttachment &a = mail.attachments.at(i);
        QString name = safeFileName(a.fileName, static_cast<int>(i + 1), a.mimeType);
        const QString shown = shownPath + QStringLiteral(" \u203A ") + name;
        if (a.data.isEmpty()) {
            ImportItem skipped;
            skipped.path = shown;
            skipped.attachmentOf = mailId;
            skipped.reason = a.reason.isEmpty() ? tr("The attachment is empty.") : a.reason;
            items << skipped;
            continue;
        }
        // Two attachments of one name: each in its own subfolder.
        const QString dir = folder.filePath(QString::number(i));
        if (!QDir().mkpath(dir))
            return fail(ErrorCode::Io, tr("No temporary folder for the e-mail's attachments."), dir);
        const QString file = dir + QLatin1Char('/') + name;
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(a.data) != a.data.size() || !out.flush()) {
            ImportItem failed;
            failed.path = shown;
            failed.attachmentOf = mailId;
            failed.reason = tr("The attachment could not be written to a temporary file: %1").arg(out.errorString());
            items << failed;
            continue;
        }
        out.close();
        const qsizetype before = items.size();
        if (auto s = importOne(caseId, file, shown, mailId, mailDepth + 1, reader, items, cancel); !s)
            return s;
        ImportItem &own = items[before];
        if (!a.reason.isEmpty() && own.status != ImportItem::Status::Failed)
            own.reason = own.reason.isEmpty() ? a.reason : a.reason + QLatin1Char(' ') + own.reason;
        if (!own.documentId.isNull())
            linked << own.documentId.toString(QUuid::WithoutBraces);
    }
    if (linked.isEmpty())
        return {};
    auto updated = m_engine.apply(Commands::updateFields(
        mailId, std::nullopt, { { QStringLiteral("attachments"), linked.join(QStringLiteral(", ")) } }));
    if (!updated) {
        if (updated.error().code == ErrorCode::DiskFull)
            return std::unexpected(updated.error());
        // The attachments are filed and point at the mail; only the list on the mail is missing.
        for (ImportItem &item : items) {
            if (item.documentId == mailId)
                item.reason += (item.reason.isEmpty() ? QString() : QStringLiteral(" ")) + updated.error().message;
        }
    }
    return {};
}

} // namespace Aktenwerk::Dms
