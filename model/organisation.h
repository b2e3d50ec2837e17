#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Aktenwerk::Model {

/** Vertraulichkeitsstufe, with the codes of the xdomea code list "Vertraulichkeitsstufe" 1.0. */
enum class Confidentiality {
    Secret,           ///< 001 Geheim
    Restricted,       ///< 002 NfD — nur für den Dienstgebrauch
    Open,             ///< 003 Offen
    TopSecret,        ///< 004 Streng geheim
    Confidential,     ///< 005 Vertraulich
};

/** The three-digit xdomea code ("003"). */
QString confidentialityCode(Confidentiality level);
/** Accepts the xdomea code or the German or English name, case-insensitive. */
std::optional<Confidentiality> confidentialityFromCode(QStringView text);
QString confidentialityName(Confidentiality level);
QList<Confidentiality> allConfidentialityLevels();

/** What a user may do; a user can hold several roles. */
enum class Role {
    Clerk, ///< Sachbearbeitung
    TeamLead, ///< Teamleitung
    RecordsOfficer, ///< Registratur / Schriftgutverwaltung
    Administrator, ///< IT-Administration
    Auditor, ///< Revision, Datenschutz: reads everything and the audit trail, changes nothing
};

QString roleCode(Role role); ///< "clerk", "team_lead", "records_officer", "administrator", "auditor"
std::optional<Role> roleFromCode(QStringView code);
QString roleName(Role role);

/** Organisationseinheit / Fachbereich: owner of files; access follows it. */
struct Department
{
    QUuid id;
    QString code; ///< "63"
    QString name; ///< "Fachbereich 63 – Bauordnung"
    /** Files of this department are created with this level unless the clerk chooses another. */
    Confidentiality defaultConfidentiality = Confidentiality::Open;
};

/** Normalises the ways people write a department: "FB 63", "fb63", "63" → "63". */
QString normalizeDepartmentCode(QStringView text);

struct User
{
    QUuid id;
    QString login;
    QString displayName;
    QString departmentCode;
    QList<Role> roles;

    bool hasRole(Role role) const { return roles.contains(role); }
    QStringList roleCodes() const;
};

} // namespace Aktenwerk::Model
