#pragma once

#include "dms/sync/pg.h"
#include "model/organisation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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
                          const QString &department, const QList<Model::Role> &roles, const QString &password);
    /** The schema version of the server, or an error if it was never initialised. */
    static Result<int> schemaVersion(PgConnection &db);
};

} // namespace Aktenwerk::Dms
