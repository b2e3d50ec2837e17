#pragma once

#include "model/entities.h"
#include "model/error.h"
#include "model/fileplan.h"
#include "model/organisation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Aktenwerk::Dms {

/** The messages of the argument checks (translation context). */
class CommandArgs
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::CommandArgs)
};

/**
 * The arguments of each command type, typed: one struct per type, with the one place that
 * knows its JSON — the payload that goes to the operation log and, for pushed commands, to the
 * server's handler named beside it (dms/sync/server, `aktenwerk.cmd_*`, which reads the same keys).
 *
 * from() checks the shape once — formats, lengths, known codes — and answers with a clear
 * error; what depends on the data (does the file exist, is it open, may this user) is checked
 * by the handler that applies the command: Writer here, the server's function there.
 * toJson() writes what the builders in Commands:: send.
 */
namespace Args {

/** setting.set (local only). */
struct SetSetting
{
    QString key;
    QString value;
    static Model::Result<SetSetting> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** department.create (local only: the server's departments come with the pull). */
struct CreateDepartment
{
    QString code; ///< normalised ("FB 63" → "63")
    QString name;
    Model::Confidentiality defaultLevel = Model::Confidentiality::Open;
    static Model::Result<CreateDepartment> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** user.create (local only: server logins are made with `server add-user`). */
struct CreateUser
{
    QString login;
    QString displayName; ///< empty: the login
    QString department; ///< normalised
    QList<Model::Role> roles; ///< never empty: a clerk when none was named
    static Model::Result<CreateUser> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** plan_unit.create — server: aktenwerk.cmd_plan_unit_create. */
struct CreatePlanUnit
{
    QString code;
    QString title;
    QString description;
    Model::Retention retention = Model::Retention::unlimited();
    Model::DisposalType disposal = Model::DisposalType::Archive;
    bool retired = false;
    QString department; ///< normalised; empty: none of its own
    QString parentCode; ///< empty: derived from the code
    static Model::Result<CreatePlanUnit> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** plan_unit.update — server: aktenwerk.cmd_plan_unit_update. Only what is set changes. */
struct UpdatePlanUnit
{
    std::optional<QString> code; ///< may only repeat the unit's code
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<Model::Retention> retention;
    std::optional<Model::DisposalType> disposal;
    std::optional<bool> retired;
    std::optional<QString> department;
    static Model::Result<UpdatePlanUnit> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** file.create — server: aktenwerk.cmd_file_create (runs of them set-based in aktenwerk.submit). */
struct CreateFile
{
    QString planUnit; ///< the plan unit's id or code
    QString title;
    QString department; ///< normalised; empty: the plan unit's, else the user's
    std::optional<Model::Confidentiality> level; ///< empty: the department's default
    QString type;
    Model::FieldValues metadata;
    int year = 0; ///< 0: this year
    static Model::Result<CreateFile> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** sub_file.create (a volume, "Band") — server: aktenwerk.cmd_file_child_create. */
struct CreateSubFile
{
    QUuid fileId;
    QString title;
    static Model::Result<CreateSubFile> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** case.create — server: aktenwerk.cmd_file_child_create. */
struct CreateCase
{
    QUuid fileId;
    QUuid subFileId; ///< null: directly in the file
    QString title;
    QString type;
    Model::FieldValues metadata;
    static Model::Result<CreateCase> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/**
 * The content of a new version, part of document.create, version.add and document.checkin —
 * server: aktenwerk.cmd_version_add / cmd_document_create (aktenwerk.version_args_refusal).
 */
struct VersionContent
{
    QString sha256;
    qint64 size = 0;
    QString mimeType; ///< never empty: application/octet-stream when unknown
    QString fileName;
    Model::VersionOrigin origin = Model::VersionOrigin::Import;
    QString comment;
    int baseVersion = 0; ///< the version it was edited from (0: none)
    int parallelTo = 0; ///< > 0: made beside that version (a check-in that met a newer one)
    int restoredFrom = 0; ///< > 0: the content of that earlier version again
    QString transferNote; ///< a scan's transfer note (JSON), empty for others
    QString ocr; ///< how its text was recognised (JSON), empty when it was not
    static Model::Result<VersionContent> from(const QJsonObject &o);
    /** The content's keys, to be merged into a command's JSON. */
    void writeTo(QJsonObject &o) const;
};

/** document.create — server: aktenwerk.cmd_document_create. */
struct CreateDocument
{
    QUuid caseId; ///< null: into the intake (Posteingang)
    QString title; ///< empty: the file name
    QString type;
    Model::FieldValues metadata;
    QUuid presetId; ///< a scan names the document beforehand; null: a new id
    VersionContent content;
    static Model::Result<CreateDocument> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** document.checkout — server: aktenwerk.cmd_document_checkout. */
struct CheckOut
{
    int baseVersion = 0;
    QUuid baseVersionId;
    QString baseSha256;
    QString path; ///< the working copy here (never sent: the server gets the payload without it)
    bool offline = false;
    static Model::Result<CheckOut> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** fields.update — server: aktenwerk.cmd_fields_update. Only what is set changes. */
struct UpdateFields
{
    std::optional<QString> title;
    std::optional<QString> type;
    Model::FieldValues metadata; ///< an empty value clears the field
    bool hasMetadata = false;
    static Model::Result<UpdateFields> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** entity.tombstone and entity.restore — server: aktenwerk.cmd_entity_tombstone / cmd_entity_restore. */
struct Tombstone
{
    QString reason;
    static Model::Result<Tombstone> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** conflict.resolve — server: aktenwerk.cmd_conflict_resolve. */
struct ResolveConflict
{
    bool keepMine = true;
    static Model::Result<ResolveConflict> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** document.file (into a case) and document.link — server: aktenwerk.cmd_document_file / cmd_document_create. */
struct ToCase
{
    QUuid caseId;
    static Model::Result<ToCase> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** case.move — server: aktenwerk.cmd_case_move. */
struct ToFile
{
    QUuid fileId;
    static Model::Result<ToFile> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** file.share and file.unshare — server: aktenwerk.cmd_file_share / cmd_file_unshare. */
struct Share
{
    QString departmentCode;
    QDateTime until; ///< invalid: until revoked (unshare: not used)
    static Model::Result<Share> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** document.lock_break — server: aktenwerk.cmd_lock_break. */
struct BreakLock
{
    QString owner; ///< empty: whoever holds it here
    QString since; ///< the lock as the one breaking it saw it (ISO time)
    static Model::Result<BreakLock> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** oplog.discard / oplog.resend (local only). */
struct RejectedOperation
{
    QString opId;
    static Model::Result<RejectedOperation> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

/** server.connect (local only). */
struct ConnectServer
{
    QString url;
    QString login;
    /**
     * For a folder used without a server first (a pilot): the server's plan units by code and
     * its department codes, so that what was made here can be matched and uploaded.
     */
    std::optional<QHash<QString, QUuid>> serverPlan;
    QStringList serverDepartments;
    /**
     * Who the server says this login is (its id, name, department and roles), so that the folder
     * knows the user's roles at once, not only after the first sync. A cache of the server's
     * decision: every change is still decided there.
     */
    std::optional<Model::User> serverUser;
    static Model::Result<ConnectServer> from(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace Args

} // namespace Aktenwerk::Dms
