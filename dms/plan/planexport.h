#pragma once

#include "dms/records/xdomeawriter.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace Aktenwerk::Dms {

class Database;

/**
 * The file plan as an xdomea 3.1 message 0301 (Aktenplan.Aktenplan.0301): every unit with its
 * code, title, description, disposal type, retired flag and retention, nested as in the plan —
 * what the archive needs to appraise by unit, and what our own import reads back unchanged.
 */
class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::PlanExport)
public:
    /** Writes the plan of @p db to @p out (streamed). */
    static Model::Status write0301(Database &db, const QString &title, const XdomeaParties &parties, QIODevice &out);
    /**
     * Writes it to @p path: to a part file first, checked against the official schema, and put in
     * place only when valid.
     */
    static Model::Result<int> exportFile(
        Database &db, const QString &title, const XdomeaParties &parties, const QString &path);
};

} // namespace Aktenwerk::Dms
