#pragma once

#include "dms/store/contentstore.h"
#include "model/entities.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Aktenwerk::Dms {

/** Every kind of change to the data. Each is applied by the engine's one write path. */
enum class CommandType {
    SetSetting,
    CreateDepartment,
    CreateUser,
    CreatePlanUnit,
    UpdatePlanUnit,
    CreateFile,
    CreateSubFile,
    CreateCase,
    CreateDocument,
    AddVersion,
    UpdateFields,
    Tombstone,
    ResolveConflict, ///< keep mine or theirs of a field conflict
    ConnectServer, ///< binds the data folder to a central repository (local only)
    ApplyRemote, ///< rows pulled from the server (recorded, never pushed back)
    FileIntoCase, ///< files a document from the intake (Posteingang) into a case
    LinkDocument, ///< a reference ("Verweis") in a case to a document stored elsewhere
    CheckOut, ///< takes a document's lock and records this client's working copy
    CheckIn, ///< a changed working copy becomes the next version; the lock is released
    CancelCheckOut, ///< the lock is released, the working copy discarded, no version
    BreakLock, ///< a team lead or administrator frees someone else's check-out
    DiscardRejected, ///< gives up a change the server refused: the server's state returns (local only)
    ResendRejected, ///< queues a change the server refused once more, after its cause was fixed (local only)
    Undelete, ///< brings back a deleted document, case or file (with a reason)
    MoveDocument, ///< a filed document goes to another case
    MoveCase, ///< a case goes to another file (and gets a reference there)
    ShareFile, ///< another department may read a file (until a date, or until revoked)
    UnshareFile, ///< ends a share
};

QString commandTypeCode(CommandType type); ///< "file.create", ... — stored in the oplog and audit
std::optional<CommandType> commandTypeFromCode(QStringView code);
/** What a change of this kind is called for the user ("create a file", "change fields", ...). */
QString commandName(QStringView code);
/**
 * What a recorded change asked for, in a line for the user: the values typed into a field
 * change, the title of something new, the reason of a deletion — so that a change the server
 * refused never hides what someone typed.
 */
QString commandSummary(QStringView code, const QJsonObject &payload);
QList<CommandType> allCommandTypes();
/** Whether a command of this type goes to the central repository (false: settings, local users, pulls). */
bool isPushed(CommandType type);

/**
 * A change request: its type, the entity it targets (for updates) and its arguments as JSON —
 * the same JSON that goes to the operation log and, later, to the server. The operation id is
 * fixed when the command is built, so applying it twice is recognised.
 */
struct Command
{
    CommandType type = CommandType::SetSetting;
    QUuid target;
    QJsonObject args;
    QUuid opId = QUuid::createUuid();
};

/** What applying a command produced. */
struct CommandResult
{
    QString entityType; ///< "file", "case", "document", "plan_unit", ...
    QUuid id;
    QString reference; ///< Aktenzeichen / Vorgangszeichen / plan code, where there is one
    qint64 revision = 0;
    int number = 0;     ///< case number or version number
    bool unchanged = false; ///< the command asked for nothing new: nothing was written
    QJsonObject data;   ///< further values (sha256, ...)
};

/** The server's answer to one pushed operation. */
struct OutboxMark
{
    QString opId;
    bool rejected = false; ///< refused for good (permissions, rules); kept with the reason
    QString error = {}; ///< the reason, for the user
    QString code = {}; ///< the server's reason code ("not_permitted", "closed", ...)
};

/** Builders that keep argument names in one place. */
namespace Commands {

Command setSetting(const QString &key, const QString &value);
Command createDepartment(const QString &code, const QString &name, Model::Confidentiality defaultLevel);
Command createUser(const QString &login, const QString &displayName, const QString &departmentCode,
                   const QList<Model::Role> &roles);
/** @p parentCode empty: the parent is derived from the code (the longest code it extends). */
Command createPlanUnit(const Model::PlanUnit &unit, const QString &parentCode = {});
/** @p changes: any of title, description, retention, disposal, retired, department. */
Command updatePlanUnit(const QUuid &id, const QJsonObject &changes);
Command createFile(const QString &planUnitIdOrCode, const QString &title, const QString &departmentCode = {},
                   std::optional<Model::Confidentiality> level = std::nullopt, const QString &type = {},
                   const Model::FieldValues &metadata = {});
Command createSubFile(const QUuid &fileId, const QString &title);
Command createCase(const QUuid &fileId, const QString &title, const QString &type = {},
                   const Model::FieldValues &metadata = {}, const QUuid &subFileId = {});
/** The content must already be in the content store (ContentStore::put*). */
Command createDocument(const QUuid &caseId, const QString &title, const ContentRef &content, const QString &mimeType,
                       const QString &fileName, Model::VersionOrigin origin = Model::VersionOrigin::Import,
                       const QString &type = {}, const Model::FieldValues &metadata = {},
                       const QString &comment = {});
Command addVersion(const QUuid &documentId, const ContentRef &content, const QString &mimeType,
                   const QString &fileName, Model::VersionOrigin origin, const QString &comment = {});
/** Title, type and metadata of a file, case, document or volume; an empty metadata value clears the field. */
Command updateFields(const QUuid &id, const std::optional<QString> &title, const Model::FieldValues &metadata = {},
                     const std::optional<QString> &type = std::nullopt);
Command tombstone(const QUuid &id, const QString &reason);
/** Brings back the deleted document, case or file @p id; what holds it must be there. */
Command undelete(const QUuid &id, const QString &reason);
/** Moves the filed document @p documentId to @p caseId: it gets the next number there. */
Command moveDocument(const QUuid &documentId, const QUuid &caseId);
/** Moves @p caseId to @p fileId: the next case number there, a new reference; the old one stays findable. */
Command moveCase(const QUuid &caseId, const QUuid &fileId);
/** Lets @p departmentCode read the file @p fileId, until @p until (invalid: until revoked). */
Command shareFile(const QUuid &fileId, const QString &departmentCode, const QDateTime &until = {});
Command unshareFile(const QUuid &fileId, const QString &departmentCode);
Command resolveConflict(const QUuid &conflictId, bool keepMine);
Command connectServer(const QString &url, const QString &login);
/** @p tables: server rows by table name; @p watermark: where the next pull starts (empty: unchanged). */
Command applyRemote(const QJsonObject &tables, const QString &watermark, bool finished);
/**
 * Files the intake document @p documentId into @p caseId: it then belongs to the case's file
 * (its department and confidentiality). Only a document in the intake can be filed this way.
 */
Command fileIntoCase(const QUuid &documentId, const QUuid &caseId);
/**
 * A new document of type "Verweis" in @p caseId that refers to @p documentId: its version points
 * at the same content (stored once), its metadata "reference_to" names the original.
 */
Command linkDocument(const QUuid &documentId, const QUuid &caseId);
/**
 * Checks @p documentId out at @p version into the working copy @p path (already written).
 * @p offline: taken without the server ("offline edit"); the lock is asked for when it syncs,
 * and a check-in that meets a newer version there becomes a parallel version.
 */
Command checkOut(const QUuid &documentId, const Model::Version &version, const QString &path, bool offline);
/** The working copy's content (already stored) as the next version, edited from @p baseVersion. */
Command checkIn(const QUuid &documentId, int baseVersion, const ContentRef &content, const QString &mimeType,
                const QString &fileName, const QString &comment);
Command cancelCheckOut(const QUuid &documentId);
/** @p owner and @p since: the lock being broken, as the one breaking it saw it. */
Command breakLock(const QUuid &documentId, const QString &owner, const QDateTime &since);
/** An old version's content as the next version (origin restore); nothing is copied twice. */
Command restoreVersion(const Model::Version &version, const QString &comment = {});
/**
 * Gives up the refused operation @p opId. A refused update: the record returns to the server's
 * state with the next pull. Something new the server refused (a file, case, volume, document or
 * plan unit that never reached it) is taken back here as a tombstone, with what was made inside
 * it — nothing is erased, and nothing of it is sent any more.
 */
Command discardRejected(const QString &opId);
/** Sends the refused operation @p opId again (the same operation, with the time it was made). */
Command resendRejected(const QString &opId);

QJsonObject toJson(const Model::FieldValues &values);
Model::FieldValues fieldValuesFromJson(const QJsonObject &object);

} // namespace Commands

} // namespace Aktenwerk::Dms
