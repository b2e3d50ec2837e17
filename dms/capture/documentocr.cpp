#include "dms/capture/documentocr.h"

#include "dms/capture/extractioncache.h"
#include "dms/capture/extractor.h"
#include "dms/capture/scanfiling.h"
#include "dms/engine.h"
#include "dms/search/indexer.h"
#include "dms/store/queries.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDocumentOcr, "aktenwerk.dms.ocr")

namespace Aktenwerk::Dms {

using namespace Model;

int DocumentOcr::Outcome::lowestConfidence() const
{
    int lowest = -1;
    for (const OcrPage &p : pages) {
        if (p.ok() && p.confidence >= 0 && (lowest < 0 || p.confidence < lowest))
            lowest = p.confidence;
    }
    return lowest;
}

QString DocumentOcr::Outcome::failureMessage() const
{
    return tr("%n page(s) could not be recognised; nothing was stored.", nullptr, failedPages);
}

bool DocumentOcr::onImport(Engine &engine)
{
    auto db = engine.openReader();
    if (!db)
        return true; // the import itself will say what is wrong with the folder
    auto value = Queries::setting(*db, onImportSetting(), QStringLiteral("on"));
    return !value || *value != QLatin1String("off");
}

Ocr::Options DocumentOcr::configured(Engine &engine, Ocr::Options base)
{
    auto db = engine.openReader();
    if (!db)
        return base;
    const auto number = [&db](const QString &key, int fallback) {
        auto value = Queries::setting(*db, key);
        bool ok = false;
        const int n = value ? value->toInt(&ok) : 0;
        return ok ? n : fallback; // the writer accepts only numbers in range
    };
    base.jpegQuality = number(jpegQualitySetting(), base.jpegQuality);
    base.lowConfidenceBelow = number(lowConfidenceSetting(), base.lowConfidenceBelow);
    return base;
}

Result<DocumentOcr::Outcome> DocumentOcr::recognise(Engine &engine, const QUuid &documentId, int onlyPage,
    const Ocr::Options &options, const std::atomic<bool> *cancel,
    const std::function<void(int done, int total)> &progress, WithoutText withoutText)
{
    if (engine.isReadOnly())
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    auto db = engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto current = Queries::version(*db, documentId);
    if (!current)
        return std::unexpected(current.error());
    if (!*current)
        return fail(ErrorCode::NotFound, tr("The document has no content to recognise."));
    const Version v = **current;
    QTemporaryDir work;
    if (!work.isValid())
        return fail(ErrorCode::Io, tr("No temporary folder for the OCR."), work.errorString());
    const QString source = work.filePath(QStringLiteral("source"));
    if (auto st = engine.content().copyTo(v.sha256, v.size, source); !st)
        return std::unexpected(st.error());

    const bool pdf = v.mimeType == QLatin1String("application/pdf");
    const bool image = v.mimeType.startsWith(QLatin1String("image/"));
    if (!pdf && !image)
        return fail(ErrorCode::Unsupported,
            tr("The document is neither an image nor a PDF (%1); there is nothing to recognise.").arg(v.mimeType));
    // How many pages there are and whether a PDF already has text: what the extraction worker
    // found when the content was indexed (an import has just done so), else the worker now.
    int pages = 1;
    auto known = ExtractionCache::known(*db, v.sha256);
    if (!known)
        return std::unexpected(known.error());
    const Result<Extraction> found
        = *known ? Result<Extraction>(**known) : Extractor::extract(source, v.mimeType, Extractor::Limits {}, cancel);
    if (!found && found.error().code == ErrorCode::Cancelled)
        return std::unexpected(found.error());
    if (found && found->status == Extraction::Status::Ok) {
        pages = qMax(1, found->pages);
        if (pdf && onlyPage == 0 && !found->text.trimmed().isEmpty())
            return fail(ErrorCode::InvalidArgument,
                tr("The PDF already has text; it needs no OCR. To recognise one page again, use --page N."));
    } else if (pdf) {
        return fail(ErrorCode::InvalidArgument, found ? found->reason : found.error().message);
    }
    if (onlyPage > pages)
        return fail(
            ErrorCode::InvalidArgument, tr("The document has %n page(s).", nullptr, pages), QStringLiteral("page"));
    if (onlyPage > 0 && !pdf && pages > 1)
        return fail(
            ErrorCode::Unsupported, tr("--page needs a PDF; recognise the whole image first (ocr without --page)."));

    QList<OcrSource> sources;
    for (int i = 0; i < pages; ++i) {
        OcrSource src { source, pdf ? OcrSource::Kind::Pdf : OcrSource::Kind::Image, i, false };
        src.copyOnly = onlyPage > 0 && i != onlyPage - 1;
        sources << src;
    }
    const QString output = work.filePath(QStringLiteral("ocr.pdf"));
    auto done = Ocr::run(sources, output, options, cancel, progress);
    if (!done)
        return std::unexpected(done.error());
    if (cancel && cancel->load()) // the last page may have finished just as the clerk cancelled
        return fail(ErrorCode::Cancelled, tr("Text recognition cancelled; nothing was stored."));

    Outcome outcome;
    QStringList summary;
    for (OcrPage p : std::as_const(done->pages)) {
        if (onlyPage > 0 && p.number != onlyPage && p.ok())
            continue; // kept as it was
        p.pdf.clear();
        if (p.ok()) {
            summary << QString(
                tr("page %1: %2 %").arg(p.number).arg(p.confidence) + (p.lowConfidence ? tr(" (low)") : QString()));
            outcome.foundText = outcome.foundText || !p.text.trimmed().isEmpty();
        }
        outcome.pages << p;
    }
    outcome.failedPages = done->failedPages();
    if (!done->complete())
        return outcome;
    if (!outcome.foundText && withoutText == WithoutText::Skip)
        return outcome;

    auto ref = engine.storeContent(done->pdfPath, cancel);
    if (!ref)
        return std::unexpected(ref.error());
    outcome.comment = (onlyPage > 0 ? tr("OCR (%1) of page %2 again: ").arg(options.language).arg(onlyPage)
                                    : tr("OCR (%1): ").arg(options.language))
        + summary.join(QStringLiteral(", "));
    const QString name = QFileInfo(v.fileName).completeBaseName() + QStringLiteral(".pdf");
    // Per page confidence with the version (pages only copied by onlyPage keep what the version
    // before them recorded).
    QList<OcrPage> recognised = done->pages;
    const QJsonArray before = QJsonDocument::fromJson(v.ocr.toUtf8()).array();
    for (OcrPage &p : recognised) {
        if (p.confidence < 0 && p.number - 1 < before.size()) {
            const QJsonObject old = before.at(p.number - 1).toObject();
            p.confidence = old.value(QLatin1String("confidence")).toInt(-1);
            p.lowConfidence = old.value(QLatin1String("low")).toBool();
        }
    }
    Command add = Commands::addVersion(
        documentId, *ref, QStringLiteral("application/pdf"), name, VersionOrigin::Scan, outcome.comment);
    add.args.insert(QStringLiteral("ocr"), ScanFiling::ocrJson(recognised));
    auto r = engine.applyBatch({ add });
    if (!r)
        return std::unexpected(r.error());
    outcome.stored = true;
    outcome.version = r->isEmpty() ? 0 : r->first().number;
    outcome.sha256 = ref->sha256;
    // The new version's text into the full-text index now, so that search finds it at once. The
    // version is stored either way; the indexer catches up with the next run.
    if (auto indexed = Search::Indexer::update(engine); !indexed)
        qCWarning(lcDocumentOcr) << "indexing after OCR:" << indexed.error().toString();
    return outcome;
}

} // namespace Aktenwerk::Dms
