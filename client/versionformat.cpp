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
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace Aktenwerk::Client::VersionFormat
