#include "client/versionformat.h"

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
    // The locale's short format, but with the whole year: "07.12.2026 05:08", never "07.12.26".
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(time.toLocalTime(), format);
}

QString day(const QDateTime &time)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(time.toLocalTime().date(), format);
}

} // namespace Aktenwerk::Client::VersionFormat
