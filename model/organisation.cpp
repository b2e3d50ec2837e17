#include "model/organisation.h"

namespace Aktenwerk::Model {

QString confidentialityCode(Confidentiality level)
{
    switch (level) {
    case Confidentiality::Secret:
        return QStringLiteral("001");
    case Confidentiality::Restricted:
        return QStringLiteral("002");
    case Confidentiality::Open:
        return QStringLiteral("003");
    case Confidentiality::TopSecret:
        return QStringLiteral("004");
    case Confidentiality::Confidential:
        return QStringLiteral("005");
    }
    return QStringLiteral("003");
}

std::optional<Confidentiality> confidentialityFromCode(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    struct Alias
    {
        const char *name;
        Confidentiality level;
    };
    static const Alias aliases[] = {
        {"001", Confidentiality::Secret},           {"geheim", Confidentiality::Secret},
        {"secret", Confidentiality::Secret},        {"002", Confidentiality::Restricted},
        {"nfd", Confidentiality::Restricted},       {"restricted", Confidentiality::Restricted},
        {"003", Confidentiality::Open},             {"offen", Confidentiality::Open},
        {"open", Confidentiality::Open},            {"004", Confidentiality::TopSecret},
        {"streng geheim", Confidentiality::TopSecret}, {"top secret", Confidentiality::TopSecret},
        {"005", Confidentiality::Confidential},     {"vertraulich", Confidentiality::Confidential},
        {"confidential", Confidentiality::Confidential},
    };
    for (const Alias &a : aliases) {
        if (t == QLatin1String(a.name))
            return a.level;
    }
    return std::nullopt;
}

QString confidentialityName(Confidentiality level)
{
    switch (level) {
    case Confidentiality::Secret:
        return QCoreApplication::translate("Aktenwerk::Model::Confidentiality", "secret");
    case Confidentiality::Restricted:
        return QCoreApplication::translate("Aktenwerk::Model::Confidentiality", "restricted (official use only)");
    case Confidentiality::Open:
        return QCoreApplication::translate("Aktenwerk::Model::Confidentiality", "open");
    case Confidentiality::TopSecret:
        return QCoreApplication::translate("Aktenwerk::Model::Confidentiality", "top secret");
    case Confidentiality::Confidential:
        return QCoreApplication::translate("Aktenwerk::Model::Confidentiality", "confidential");
    }
    return {};
}

QList<Confidentiality> allConfidentialityLevels()
{
    return {Confidentiality::Open, Confidentiality::Restricted, Confidentiality::Confidential, Confidentiality::Secret,
            Confidentiality::TopSecret};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::TeamLead:
        return QStringLiteral("team_lead");
    case Role::RecordsOfficer:
        return QStringLiteral("records_officer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return QStringLiteral("clerk");
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (Role r : { Role::Clerk, Role::TeamLead, Role::RecordsOfficer, Role::Administrator, Role::Auditor }) {
        if (code.trimmed().compare(roleCode(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Aktenwerk::Model::Role", "clerk");
    case Role::TeamLead:
        return QCoreApplication::translate("Aktenwerk::Model::Role", "team lead");
    case Role::RecordsOfficer:
        return QCoreApplication::translate("Aktenwerk::Model::Role", "records officer");
    case Role::Administrator:
        return QCoreApplication::translate("Aktenwerk::Model::Role", "administrator");
    case Role::Auditor:
        return QCoreApplication::translate("Aktenwerk::Model::Role", "auditor");
    }
    return {};
}

QString normalizeDepartmentCode(QStringView text)
{
    QString t = text.trimmed().toString();
    if (t.startsWith(QLatin1String("FB"), Qt::CaseInsensitive))
        t = t.mid(2).trimmed();
    return t;
}

QStringList User::roleCodes() const
{
    QStringList codes;
    for (Role r : roles)
        codes << roleCode(r);
    return codes;
}

} // namespace Aktenwerk::Model
