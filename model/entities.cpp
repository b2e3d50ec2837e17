#include "model/entities.h"

namespace Aktenwerk::Model {

QString recordStatusCode(RecordStatus status)
{
    return status == RecordStatus::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

std::optional<RecordStatus> recordStatusFromCode(QStringView code)
{
    if (code == QLatin1String("open"))
        return RecordStatus::Open;
    if (code == QLatin1String("closed"))
        return RecordStatus::Closed;
    return std::nullopt;
}

QString versionOriginCode(VersionOrigin origin)
{
    switch (origin) {
    case VersionOrigin::Import:
        return QStringLiteral("import");
    case VersionOrigin::Scan:
        return QStringLiteral("scan");
    case VersionOrigin::Edit:
        return QStringLiteral("edit");
    case VersionOrigin::Restore:
        return QStringLiteral("restore");
    case VersionOrigin::Parallel:
        return QStringLiteral("parallel");
    }
    return QStringLiteral("import");
}

std::optional<VersionOrigin> versionOriginFromCode(QStringView code)
{
    for (VersionOrigin o : {VersionOrigin::Import, VersionOrigin::Scan, VersionOrigin::Edit, VersionOrigin::Restore,
                            VersionOrigin::Parallel}) {
        if (code == versionOriginCode(o))
            return o;
    }
    return std::nullopt;
}

} // namespace Aktenwerk::Model
