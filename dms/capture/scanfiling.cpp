#include "dms/capture/scanfiling.h"

#include "dms/engine.h"
#include "model/displaytime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

namespace Aktenwerk::Dms {

using namespace Model;

QString ScanFiling::ocrJson(const QList<OcrPage> &pages)
{
    QJsonArray out;
    for (const OcrPage &p : pages)
        out.append(QJsonObject{{QStringLiteral("page"), p.number},
                               {QStringLiteral("confidence"), p.confidence},
                               {QStringLiteral("low"), p.lowConfidence}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Result<QList<ScanFiling::Filed>> ScanFiling::file(Engine &engine, const ScanOptions &settings,
                                                  const QList<ScannedPage> &pages, const QList<QList<int>> &groups,
                                                  const QUuid &caseId, const QDateTime &capturedAt,
                                                  const Ocr::Options &ocr, const std::atomic<bool> *cancel,
                                                  const QString &reviewNote,
                                                  const std::function<void(int done, int total)> &progress,
                                                  const std::function<void(const Filed &, qsizetype group)> &onFiled)
{
    QList<Filed> filed;
    int totalPages = 0;
    for (const QList<int> &group : groups)
        totalPages += static_cast<int>(group.size());
    int pagesBefore = 0; // recognised in the groups already filed
    QTemporaryDir work;
    if (!work.isValid())
        return fail(ErrorCode::Io, tr("No temporary folder for the scan product."), work.errorString());
    // One reader for the filing help of every document (without one, there is only no proposal).
    auto reader = engine.openReader();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QList<int> &group = groups.at(g);
        if (group.isEmpty())
            continue;
        QList<OcrSource> sources;
        Filed f;
        for (int i : group) {
            sources.append(OcrSource{pages.at(i).path, OcrSource::Kind::Image, 0, false});
            f.pageNumbers << pages.at(i).number;
        }
        // The product: a searchable PDF of exactly these pages, or nothing.
        const QString pdf = work.filePath(QStringLiteral("scan-%1.pdf").arg(g + 1));
        std::function<void(int, int)> groupProgress;
        if (progress)
            groupProgress = [&progress, pagesBefore, totalPages](int done, int) { progress(pagesBefore + done, totalPages); };
        auto recognised = Ocr::run(sources, pdf, ocr, cancel, groupProgress);
        pagesBefore += static_cast<int>(group.size());
        if (!recognised)
            return std::unexpected(recognised.error());
        if (!recognised->complete()) {
            QStringList failed;
            for (const OcrPage &p : recognised->pages) {
                if (!p.ok())
                    failed << tr("page %1: %2").arg(f.pageNumbers.value(p.number - 1)).arg(p.error);
            }
            return fail(ErrorCode::Io, tr("The scan product could not be made; nothing of it was stored."),
                        failed.join(QStringLiteral("; ")));
        }
        const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
        auto stored = engine.storeContent(pdf);
        if (!stored)
            return std::unexpected(stored.error());

        // The quality check of this step: every page recognised; low confidence marks a page for review.
        QStringList confidences, low;
        for (OcrPage p : recognised->pages) {
            p.pdf.clear();
            confidences << QString::number(p.confidence);
            if (p.lowConfidence)
                low << QString::number(f.pageNumbers.value(p.number - 1));
            f.ocr << p;
        }
        f.documentId = QUuid::createUuid();
        f.sha256 = stored->sha256;
        // Filing help: the letter's subject or date as the title, the references it names as targets.
        QStringList text;
        for (const OcrPage &p : std::as_const(f.ocr))
            text << p.text;
        if (reader) {
            if (auto proposal = FilingProposal::forText(*reader, text.join(QLatin1Char('\n')), capturedAt.toLocalTime().date()))
                f.proposal = *proposal;
        }
        f.title = f.proposal.hints.proposedTitle();
        if (f.title.isEmpty()) {
            f.title = tr("Scan of %1").arg(Model::displayTime(capturedAt));
            if (groups.size() > 1)
                f.title += QStringLiteral(" (%1/%2)").arg(g + 1).arg(groups.size());
        }

        ScanTransferNote &note = f.note;
        note.id = QUuid::createUuid();
        note.documentId = f.documentId;
        note.deviceName = settings.device;
        note.source = Scanner::sourceName(settings.source);
        note.mode = Scanner::modeName(settings.mode);
        note.resolutionDpi = pages.at(group.first()).dpi > 0 ? pages.at(group.first()).dpi : settings.dpi;
        note.scannedBy = engine.user().login;
        note.capturedAt = capturedAt;
        note.checkedAt = checkedAt;
        note.filedAt = QDateTime::currentDateTimeUtc();
        note.pageCount = static_cast<int>(group.size());
        note.qualityCheckPassed = low.isEmpty();
        note.qualityCheckText = low.isEmpty()
            ? tr("%n page(s) recognised; OCR confidence per page: %1.", nullptr, static_cast<int>(group.size()))
                  .arg(confidences.join(QStringLiteral(", ")))
            : tr("%n page(s) recognised; OCR confidence per page: %1; to be reviewed (low confidence): page %2.",
                nullptr, static_cast<int>(group.size()))
                  .arg(confidences.join(QStringLiteral(", ")), low.join(QStringLiteral(", ")));
        if (!reviewNote.isEmpty())
            note.qualityCheckText += QLatin1Char(' ') + tr("Page review: %1.").arg(reviewNote);
        note.productSha256 = stored->sha256.toLatin1();
        if (const QStringList problems = note.problems(); !problems.isEmpty())
            return fail(ErrorCode::Internal, tr("The transfer note is incomplete."), problems.join(QStringLiteral("; ")));

        Command create = Commands::createDocument(caseId, f.title, *stored, QStringLiteral("application/pdf"),
                                                  QStringLiteral("scan-%1.pdf").arg(capturedAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))),
                                                  VersionOrigin::Scan, {}, {}, note.qualityCheckText);
        create.args.insert(QStringLiteral("document_id"), f.documentId.toString(QUuid::WithoutBraces));
        create.args.insert(QStringLiteral("transfer_note"), QString::fromUtf8(note.toCanonicalJson()));
        create.args.insert(QStringLiteral("ocr"), ocrJson(f.ocr));
        auto r = engine.apply(create);
        if (!r)
            return std::unexpected(r.error());
        filed << f;
        if (onFiled)
            onFiled(filed.last(), g);
    }
    return filed;
}

} // namespace Aktenwerk::Dms
