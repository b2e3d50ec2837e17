#pragma once

#include "model/fileplan.h"
#include "model/metadataschema.h"
#include "model/organisation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Aktenwerk::Model {

/** What every stored entity carries: identity, revision, who and when, and the tombstone. */
struct EntityMeta
{
    QUuid id;
    qint64 revision = 0;
    QDateTime createdAt;
    QString createdBy;
    QDateTime modifiedAt;
    QString modifiedBy;
    bool deleted = false; ///< tombstone: kept until retention and disposal allow removal
};

/**
 * The translated name of an entity type code as stored in the oplog and audit trail
 * ("file" → "Akte"); unknown codes come back unchanged.
 */
QString entityTypeName(QStringView code);

/** Open, or closed ("z.d.A."): a closed file, case or document is read-only. */
enum class RecordStatus { Open, Closed };
QString recordStatusCode(RecordStatus status);
/** "offen", "abgeschlossen": the status as people read it. */
QString recordStatusName(RecordStatus status);
std::optional<RecordStatus> recordStatusFromCode(QStringView code);

/** A read share of a file with another department (Freigabe), granted on the server. */
struct FileShare
{
    QString departmentCode;
    QDateTime until; ///< invalid: until revoked
    QString grantedBy;
    QDateTime grantedAt;
    bool isActive(const QDateTime &now) const { return !until.isValid() || until > now; }
};

/** Akte: a file under one plan unit, identified by its Aktenzeichen. */
struct FileRecord
{
    EntityMeta meta;
    QUuid planUnitId;
    QString planCode;
    QString reference; ///< Aktenzeichen, generated, unique
    QString title;
    QString departmentCode;
    Confidentiality confidentiality = Confidentiality::Open;
    QString type; ///< metadata schema type, may be empty
    FieldValues metadata;
    RecordStatus status = RecordStatus::Open;
    int year = 0;
    int sequence = 0;
    QList<FileShare> shares; ///< departments that may read it, as the server last said
};

/** Band / Teilakte: a volume of a file. */
struct SubFile
{
    EntityMeta meta;
    QUuid fileId;
    int number = 0;
    QString title;
};

/** Vorgang: a business matter inside a file. */
struct Case
{
    EntityMeta meta;
    QUuid fileId;
    QUuid subFileId; ///< null when the file has no volumes
    int number = 0;
    QString reference; ///< Vorgangszeichen, derived from the file reference
    QString title;
    QString type;
    FieldValues metadata;
    RecordStatus status = RecordStatus::Open;
};

/** Where a version came from. */
enum class VersionOrigin { Import, Scan, Edit, Restore, Parallel };
QString versionOriginCode(VersionOrigin origin);
/** "Import", "Scan", "Bearbeitung", "Wiederherstellung", "Parallelversion": for people (translated). */
QString versionOriginName(VersionOrigin origin);
std::optional<VersionOrigin> versionOriginFromCode(QStringView code);

/** An immutable version of a document; its content is addressed by SHA-256. */
struct Version
{
    EntityMeta meta;
    QUuid documentId;
    int number = 0;
    QString sha256; ///< lower-case hex
    qint64 size = 0;
    QString mimeType;
    QString author;
    QDateTime createdAt;
    QString comment;
    VersionOrigin origin = VersionOrigin::Import;
    QString fileName; ///< the name the content came in with
    int baseVersion = 0; ///< the version it was edited from (0: not an edit, or not known)
    int parallelTo = 0;  ///< origin Parallel: the version both edits started from
    QString transferNote; ///< a scan product's TR-RESISCAN transfer note (canonical JSON), else empty
    QString ocr;          ///< OCR per page as JSON: [{"page":1,"confidence":95,"low":false}, ...], else empty
    /**
     * When the author's client made it, as its own clock said — kept by the server for changes
     * made offline; invalid when not known. createdAt is when the server took it.
     */
    QDateTime recordedAt;
    /** Made offline: recorded well before the server took it (clocks differ by a little). */
    bool madeOffline() const { return recordedAt.isValid() && recordedAt.secsTo(createdAt) > 120; }
};

/**
 * A document's check-out (Auschecken): who edits it now. Connected, the lock lives on the
 * server and comes down with a sync; an expired lock no longer stops others.
 */
struct DocumentLock
{
    QUuid documentId;
    QString owner;      ///< empty: not checked out
    QDateTime since;
    QDateTime expires;
    QString brokenBy;   ///< a team lead or administrator who broke the last lock
    QDateTime brokenAt;
    QString brokenOwner; ///< whose lock was broken
    bool isHeld(const QDateTime &now) const { return !owner.isEmpty() && (!expires.isValid() || expires > now); }
};

/** This client's working copy of a checked-out document (local only). */
struct WorkingCopy
{
    QUuid documentId;
    QString path;        ///< the file the clerk edits, inside the data folder
    int baseVersion = 0; ///< the version that was checked out (its number then)
    QUuid baseVersionId; ///< the same version by id (numbers of offline versions may change)
    QString baseSha256;  ///< its content: a save with the same hash is no change
    QDateTime checkedOutAt;
    bool offline = false; ///< checked out without the server ("offline edit")
};

struct Document
{
    EntityMeta meta;
    QUuid caseId; ///< null while the document waits in the intake (Posteingang)
    QString title;
    QString type;
    FieldValues metadata;
    int currentVersion = 0;
    RecordStatus status = RecordStatus::Open;
    int number = 0; ///< running number in its case; below zero: provisional until the server's; 0 in the intake
    QString reference; ///< "63.01.02-0001/2026-002/3": the case's reference and the number; empty in the intake
};

/** A document's reference: "63.01.02-0001/2026-002/3", a provisional number as "…/P1", empty in the intake. */
QString documentReference(const QString &caseReference, int number);

} // namespace Aktenwerk::Model
