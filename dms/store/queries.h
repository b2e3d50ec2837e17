#pragma once

#include "dms/audit/auditlog.h"
#include "dms/store/sqlite.h"
#include "model/entities.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Aktenwerk::Dms {

/** What a reference or UUID given by the user points at. */
struct Resolved
{
    QString entityType; ///< "plan_unit", "file", "sub_file", "case", "document"
    QUuid id;
    QString label; ///< the reference or code, for messages
};

/** Something deleted (a tombstone) that can be brought back: the recycle bin (Papierkorb). */
struct DeletedRecord
{
    QString entityType; ///< "file", "case", "document"
    QUuid id;
    QString label; ///< reference (file, case, filed document) or title (document in the intake)
    QString title;
    QString place; ///< where it was: the case or file reference, empty for files and the intake
    QDateTime deletedAt;
    QString deletedBy;
};

/** A change the server refused, still waiting for the user's decision (discard or send again). */
struct RejectedChange
{
    QString opId;
    QString command; ///< "file.create", "fields.update", ...
    QString entityType; ///< "file", "case", "document", ...
    QString entityId;
    QString label; ///< the record as the user knows it: reference and title, or title
    QString code; ///< the server's reason code ("not_permitted", "closed", ...)
    QString message; ///< the server's reason
    QString createdAt; ///< when the change was made here
    QJsonObject payload;
};

/** A recorded change of one field. */
struct FieldChange
{
    QString entityType;
    QString entityId;
    QString field;
    QString oldValue;
    QString newValue;
    QString changedAt;
    QString changedBy;
};

/** A case documents can be filed into, with its file for the list a clerk chooses from. */
struct OpenCase
{
    QUuid id;
    QString reference;
    QString title;
    QString file; ///< the file's reference and title
};

struct Counts
{
    qint64 planUnits = 0;
    qint64 files = 0;
    qint64 cases = 0;
    qint64 documents = 0;
    qint64 versions = 0;
    qint64 contents = 0;
    qint64 auditEvents = 0;
    qint64 pendingOperations = 0;
};

/**
 * Read queries over any connection (the writer's inside a command, or a reader elsewhere).
 * Tombstoned rows are left out unless asked for.
 */
namespace Queries {

QString uuidText(const QUuid &id);

Result<QString> setting(Database &db, const QString &key, const QString &fallback = {});

Result<QList<Model::Department>> departments(Database &db);
Result<std::optional<Model::Department>> department(Database &db, const QString &code);
Result<std::optional<Model::User>> user(Database &db, const QString &login);
Result<qint64> userCount(Database &db);

Result<QList<Model::PlanUnit>> planUnits(Database &db);
Result<std::optional<Model::PlanUnit>> planUnit(Database &db, const QUuid &id);
Result<std::optional<Model::PlanUnit>> planUnitByCode(Database &db, const QString &code);
/** Live files per plan unit id. */
Result<QHash<QUuid, int>> fileCountsByPlanUnit(Database &db);
/** The department of the unit or of its nearest ancestor that names one. */
Result<QString> planUnitDepartment(Database &db, const QUuid &id);

/** Files below one plan unit (null: all files), ordered by reference. */
/** A file's shares as stored in file_record.shares (the server's mirror has the same shape). */
QList<Model::FileShare> readShares(const QString &json);
QString writeShares(const QList<Model::FileShare> &shares);
Result<QList<Model::FileRecord>> files(Database &db, const QUuid &planUnitId = {});
Result<std::optional<Model::FileRecord>> file(Database &db, const QUuid &id);
Result<QList<Model::SubFile>> subFiles(Database &db, const QUuid &fileId);
Result<std::optional<Model::SubFile>> subFile(Database &db, const QUuid &id);
Result<QList<Model::Case>> cases(Database &db, const QUuid &fileId);
Result<std::optional<Model::Case>> caseRecord(Database &db, const QUuid &id);
/** Open cases of open files, by reference; of @p department only unless it is empty. */
Result<QList<OpenCase>> openCases(Database &db, const QString &department);
/** Documents of a case; a null case id lists the intake. */
Result<QList<Model::Document>> documents(Database &db, const QUuid &caseId);
Result<std::optional<Model::Document>> document(Database &db, const QUuid &id);
Result<QList<Model::Version>> versions(Database &db, const QUuid &documentId);
/** @p number 0: the current version. */
Result<std::optional<Model::Version>> version(Database &db, const QUuid &documentId, int number = 0);
/** Who has the document checked out, as last known here (none: never checked out). */
Result<std::optional<Model::DocumentLock>> documentLock(Database &db, const QUuid &documentId);
/** This client's working copy of the document, if it is checked out here. */
Result<std::optional<Model::WorkingCopy>> workingCopy(Database &db, const QUuid &documentId);
Result<QList<Model::WorkingCopy>> workingCopies(Database &db);

/** A file or case reference, a plan code, or a UUID of anything. */
Result<std::optional<Resolved>> resolve(Database &db, const QString &text);
/**
 * The files and cases that had @p reference before their folder went to the server (their
 * current reference in the label). A former reference may since name another record: resolve()
 * prefers the current one, and says so through this.
 */
Result<QList<Resolved>> formerReferenceOf(Database &db, const QString &reference);
/** What was deleted, newest first (at most @p limit). */
Result<QList<DeletedRecord>> deletedRecords(Database &db, int limit = 500);

Result<QList<AuditEvent>> auditEvents(Database &db, const QString &entityId = {}, int limit = -1);
Result<QList<FieldChange>> fieldHistory(Database &db, const QString &entityId);
/** The refused changes waiting for a decision, oldest first. */
Result<QList<RejectedChange>> rejectedChanges(Database &db);
Result<Counts> counts(Database &db);
/** Only files, cases and documents (what the status bar shows): three counts, not eight. */
Result<Counts> recordCounts(Database &db);

} // namespace Queries

} // namespace Aktenwerk::Dms
