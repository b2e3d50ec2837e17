#pragma once

#include "dms/store/sqlite.h"

#include <QList>

namespace Aktenwerk::Dms {

/**
 * Numbered, forward-only schema migrations (dms/store/migrations/NNNN_name.sql, embedded as
 * resources). PRAGMA user_version holds the applied number. Each migration runs in its own
 * transaction: a failure leaves the index at the previous version.
 */
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Migrations)
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    static QList<Migration> all();
    static int latestVersion();
    static Result<int> currentVersion(Database &db);
    /** Applies every migration above the current version up to @p target (default: latest). */
    static Status migrate(Database &db, int target = -1);
};

} // namespace Aktenwerk::Dms
