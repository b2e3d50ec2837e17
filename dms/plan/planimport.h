#pragma once

#include "dms/command.h"
#include "model/fileplan.h"
#include "model/organisation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Aktenwerk::Dms {

class Engine;

/** One plan unit as read from a file, before it meets the index. */
struct PlanImportUnit
{
    Model::PlanUnit unit;
    QString parentCode; ///< explicit parent (nesting, parent column); empty: derived from the code
    int line = 0;       ///< where it was read (CSV line, JSON/XML position) for messages
};

/** A file plan read from CSV, JSON or an xdomea 0301 message. */
struct PlanImportData
{
    QString format; ///< "csv", "json", "xdomea-0301"
    QString name;
    QList<Model::Department> departments;
    QList<PlanImportUnit> units; ///< parents before children
};

struct PlanImportReport
{
    QString format;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int departmentsCreated = 0;
};

/**
 * Reads file plans. The formats are documented in resources/plan/README.md:
 *  - CSV (UTF-8, header row, comma or semicolon): code, parent, title, description, retention,
 *    disposal, retired, department
 *  - JSON: {"format": "aktenwerk-plan", "version": 1, "departments": [...], "units": [ nested ]}
 *  - xdomea 3.0/3.1 "Aktenplan.Aktenplan.0301" messages
 * Parsing never touches the index; PlanImporter::import() validates against it and applies
 * everything in one transaction, or nothing.
 */
class PlanReader
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::PlanReader)
public:
    static Result<PlanImportData> readFile(const QString &path);
    /** Detects the format from the content. */
    static Result<PlanImportData> parse(const QByteArray &data, const QString &sourceName);
    static Result<PlanImportData> parseCsv(const QByteArray &data);
    static Result<PlanImportData> parseJson(const QByteArray &data);
    static Result<PlanImportData> parseXdomea(const QByteArray &data);
};

class PlanImporter
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::PlanImporter)
public:
    /** Checks @p data on its own: codes valid and unique, parents known, children extend parents. */
    static Status validate(const PlanImportData &data, const QStringList &existingCodes);
    /** The commands that bring the index to @p data: new units, changed units, missing departments. */
    static Result<QList<Command>> commandsFor(Engine &engine, const PlanImportData &data, PlanImportReport *report);
    /** Reads, validates and applies @p path in one transaction. */
    static Result<PlanImportReport> importFile(Engine &engine, const QString &path);
};

} // namespace Aktenwerk::Dms
