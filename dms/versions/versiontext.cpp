#include "dms/versions/versiontext.h"

#include "dms/capture/extractioncache.h"
#include "dms/capture/extractor.h"
#include "dms/engine.h"

#include <QStringDecoder>
#include <QTemporaryDir>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;

namespace {

bool isPlainText(const QString &mime)
{
    return mime.startsWith(QLatin1String("text/")) && mime != QLatin1String("text/html");
}

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString s = utf8(bytes);
    if (!utf8.hasError())
        return s;
    return QString::fromLatin1(bytes);
}

} // namespace

Model::Result<QString> VersionText::read(
    const Engine &engine, Database &reader, const Model::Version &version, const std::atomic<bool> *cancel)
{
    const ContentStore &content = engine.content();
    if (isPlainText(version.mimeType)) {
        if (version.size > maxBytes)
            return fail(ErrorCode::Unsupported,
                tr("Version %1 is larger than %2 MiB; its text is not compared.")
                    .arg(version.number)
                    .arg(maxBytes >> 20));
        auto bytes = content.read(version.sha256, version.size); // verified
        if (!bytes)
            return std::unexpected(bytes.error());
        return decode(*bytes);
    }
    // The stored text came from this content when it was indexed; the content must still be it.
    if (auto ok = content.verify(version.sha256, version.size); !ok)
        return std::unexpected(ok.error());

    auto known = ExtractionCache::known(reader, version.sha256);
    if (!known)
        return std::unexpected(known.error());
    if (*known) {
        if ((*known)->status == Extraction::Status::Ok)
            return (*known)->text;
        return fail(ErrorCode::Unsupported,
            tr("No text could be read from version %1: %2").arg(version.number).arg((*known)->reason));
    }
    if (!Extractor::handles(version.mimeType))
        return fail(ErrorCode::Unsupported,
            tr("Version %1 is a kind of file without text (%2).").arg(version.number).arg(version.mimeType));

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(ErrorCode::Io, tr("No temporary folder for the comparison."), dir.errorString());
    const QString copy = dir.filePath(QStringLiteral("version"));
    if (auto ok = content.copyTo(version.sha256, version.size, copy); !ok)
        return std::unexpected(ok.error());
    auto e = Extractor::extract(copy, version.mimeType, Extractor::Limits {}, cancel);
    if (!e)
        return std::unexpected(e.error());
    if (e->status != Extraction::Status::Ok)
        return fail(
            ErrorCode::Unsupported, tr("No text could be read from version %1: %2").arg(version.number).arg(e->reason));
    if (e->text.size() > maxBytes)
        return fail(ErrorCode::Unsupported, tr("The text of version %1 is too large to compare.").arg(version.number));
    return e->text;
}

} // namespace Aktenwerk::Dms
