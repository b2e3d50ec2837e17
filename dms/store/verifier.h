#pragma once

#include "dms/store/contentstore.h"
#include "dms/store/sqlite.h"

#include <QList>
#include <QStringList>

namespace Aktenwerk::Dms {

/** What `verify` checked and found. */
struct VerifyReport
{
    struct Check
    {
        QString name;  ///< "database", "content", "versions", "operations", "audit"
        qint64 count = 0;
        bool ok = true;
        QStringList problems;
    };
    QList<Check> checks;
    qint64 orphanContent = 0; ///< content files no row refers to (left by an interrupted import; harmless)
    qint64 leftovers = 0;     ///< unfinished temporary files

    bool ok() const
    {
        for (const Check &c : checks) {
            if (!c.ok)
                return false;
        }
        return true;
    }
};

class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Verifier)
public:
    static Result<VerifyReport> run(Database &db, const ContentStore &content, const QString &anchorPath);
};

} // namespace Aktenwerk::Dms
