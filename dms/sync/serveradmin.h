#pragma once

#include "dms/sync/pg.h"
#include "model/organisation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Aktenwerk::Dms {

/**
 * Setting up the central repository: what an administrator does as the database owner.
 *
 * init() creates (or migrates) the schema "aktenwerk", owned by the NOLOGIN role
 * aktenwerk_owner, with row-level security forced on every table; clerks' login roles are
 * members of aktenwerk_user and never own anything. Migrations are numbered SQL files
 * (dms/sync/server/NNNN_*.sql), applied in order, each in its own transaction.
 */
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::ServerAdmin)
public:
    struct InitReport
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString database;
    };

    static int latestSchemaVersion();
    static Result<InitReport> init(const QString &ownerUrl);
    static Status addDepartment(const QString &ownerUrl, const QString &code, const QString &name,
                                Model::Confidentiality defaultLevel);
    /** Creates the login role (password stored as SCRAM), grants aktenwerk_user, registers the user. */
    static Status addUser(const QString &ownerUrl, const QString &login, const QString &displayName,
        const QString &department, const QList<Model::Role> &roles, const QString &password,
        const QStringList &recordsFor = {});
    /**
     * Adds an organisation unit below @p parent (or changes the unit of that code): a unit below a
     * department belongs to it; one at the top (a Dezernat) takes departments' units below it
     * when they name it as their parent. @p standingDeputy stands in for an absent team lead.
     */
    static Status addUnit(const QString &ownerUrl, const QString &code, const QString &name, const QString &parent,
        const QString &department, const QString &standingDeputy);
    struct UserChange
    {
        std::optional<QString> unit;
        std::optional<QString> department; ///< the unit follows: the department's own unless given
        std::optional<QList<Model::Role>> roles;
        /** Records officers: the Fachbereiche whose closed files they keep besides their own. */
        std::optional<QStringList> recordsFor;
    };
    /** Changes a user's unit, department, roles or the Fachbereiche they keep records for (audited). */
    static Status setUser(const QString &ownerUrl, const QString &login, const UserChange &change);
    /**
     * How many days after its deadline an open routing step also appears in the inbox of the
     * addressee's team lead: for one department, or (empty) for all without their own.
     */
    static Status setEscalationGrace(const QString &ownerUrl, const QString &department, int days);
    /** The schema version of the server, or an error if it was never initialised. */
    static Result<int> schemaVersion(PgConnection &db);
};

} // namespace Aktenwerk::Dms
