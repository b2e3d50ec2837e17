#include "model/entities.h"

#include <QCoreApplication>

namespace Aktenwerk::Model {

QString entityTypeName(QStringView code)
{
    if (code == QLatin1String("file"))
        return QCoreApplication::translate("Aktenwerk::Model::EntityType", "file");
    if (code == QLatin1String("case"))
        return QCoreApplication::translate("Aktenwerk::Model::EntityType", "case");
    if (code == QLatin1String("document"))
        return QCoreApplication::translate("Aktenwerk::Model::EntityType", "document");
    if (code == QLatin1String("sub_file"))
        return QCoreApplication::translate("Aktenwerk::Model::EntityType", "volume");
    if (code == QLatin1String("plan_unit"))
        return QCoreApplication::translate("Aktenwerk::Model::EntityType", "plan unit");
    if (code == QLatin1String("department"))
        return QCoreApplication::translate("Aktenwerk::Model::EntityType", "department");
    if (code == QLatin1String("user"))
        return QCoreApplication::translate("Aktenwerk::Model::EntityType", "user");
    if (code == QLatin1String("setting"))
        return QCoreApplication::translate("Aktenwerk::Model::EntityType", "setting");
    return code.toString();
}

QString recordStatusCode(RecordStatus status)
{
    return status == RecordStatus::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

QString recordStatusName(RecordStatus status)
{
    return status == RecordStatus::Closed ? QCoreApplication::translate("Aktenwerk::Model::RecordStatus", "closed")
                                          : QCoreApplication::translate("Aktenwerk::Model::RecordStatus", "open");
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

QString versionOriginName(VersionOrigin origin)
{
    switch (origin) {
    case VersionOrigin::Import:
        return QCoreApplication::translate("Aktenwerk::Model::VersionOrigin", "Import");
    case VersionOrigin::Scan:
        return QCoreApplication::translate("Aktenwerk::Model::VersionOrigin", "Scan");
    case VersionOrigin::Edit:
        return QCoreApplication::translate("Aktenwerk::Model::VersionOrigin", "Edit");
    case VersionOrigin::Restore:
        return QCoreApplication::translate("Aktenwerk::Model::VersionOrigin", "Restore");
    case VersionOrigin::Parallel:
        return QCoreApplication::translate("Aktenwerk::Model::VersionOrigin", "Parallel version");
    }
    return {};
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

QString documentReference(const QString &caseReference, int number)
{
    if (caseReference.isEmpty() || number == 0)
        return {};
    if (number > 0)
        return caseReference + QLatin1Char('/') + QString::number(number);
    return caseReference + QStringLiteral("/P") + QString::number(-number);
}

} // namespace Aktenwerk::Model
