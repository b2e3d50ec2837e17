#include "client/versionformat.h"

#include "dms/capture/scanner.h"
#include "model/displaytime.h"

#include <QCoreApplication>
#include <QLocale>

namespace Aktenwerk::Client::VersionFormat {

QString originName(Model::VersionOrigin origin)
{
    return Model::versionOriginName(origin);
}

QString originText(const Model::Version &version)
{
    if (version.origin == Model::VersionOrigin::Parallel && version.parallelTo > 0)
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "%1 (parallel to version %2)")
            .arg(originName(version.origin))
            .arg(version.parallelTo);
    return originName(version.origin);
}

QString shortHash(const QString &sha256)
{
    return sha256.left(12);
}

QString when(const QDateTime &time)
{
    return Model::displayTime(time);
}

QString day(const QDateTime &time)
{
    return Model::displayDate(time.toLocalTime().date());
}

QString formatName(const QString &mimeType)
{
    if (mimeType == QLatin1String("application/pdf"))
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "PDF document");
    if (mimeType == QLatin1String("message/rfc822"))
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "E-mail");
    if (mimeType == QLatin1String("text/plain"))
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "Text");
    if (mimeType.startsWith(QLatin1String("image/")))
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "Image (%1)")
            .arg(mimeType.mid(6).toUpper());
    if (mimeType.contains(QLatin1String("wordprocessingml")) || mimeType == QLatin1String("application/msword")
        || mimeType == QLatin1String("application/vnd.oasis.opendocument.text"))
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "Text document (%1)").arg(mimeType);
    return mimeType;
}

QString documentReference(const Model::Document &document)
{
    if (document.number >= 0)
        return document.reference;
    return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "%1 (provisional)").arg(document.reference);
}

QString scanSourceName(const QString &code)
{
    const auto source = Dms::Scanner::sourceFromName(code);
    if (!source)
        return code;
    switch (*source) {
    case Dms::ScanSource::Flatbed:
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "flatbed");
    case Dms::ScanSource::Feeder:
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "document feeder, one side");
    case Dms::ScanSource::Duplex:
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "document feeder, both sides");
    }
    return code;
}

QString scanModeName(const QString &code)
{
    const auto mode = Dms::Scanner::modeFromName(code);
    if (!mode)
        return code;
    switch (*mode) {
    case Dms::ScanMode::Color:
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "colour");
    case Dms::ScanMode::Gray:
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "greyscale");
    case Dms::ScanMode::BlackWhite:
        return QCoreApplication::translate("Aktenwerk::Client::VersionFormat", "black and white");
    }
    return code;
}

} // namespace Aktenwerk::Client::VersionFormat
