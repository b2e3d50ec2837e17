#include "dms/store/queries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Aktenwerk::Dms::Queries {

using namespace Model;

QList<FileShare> readShares(const QString &json)
{
    QList<FileShare> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        FileShare s;
        s.departmentCode = o.value(QLatin1String("department")).toString();
        s.until = QDateTime::fromString(o.value(QLatin1String("until")).toString(), Qt::ISODateWithMs);
        s.grantedBy = o.value(QLatin1String("by")).toString();
        s.grantedAt = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        if (!s.departmentCode.isEmpty())
            out << s;
    }
    return out;
}

QString writeShares(const QList<FileShare> &shares)
{
    QJsonArray out;
    for (const FileShare &s : shares)
        out.append(QJsonObject { { QStringLiteral("department"), s.departmentCode },
            { QStringLiteral("until"),
                s.until.isValid() ? QJsonValue(s.until.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue() },
            { QStringLiteral("by"), s.grantedBy },
            { QStringLiteral("at"), s.grantedAt.toUTC().toString(Qt::ISODateWithMs) } });
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

namespace {

// Every entity SELECT starts with these seven columns, in this order.
#define META_COLS "id, revision, created_at, created_by, modified_at, modified_by, deleted"
constexpr int kMeta = 7;

EntityMeta readMeta(const Statement &st)
{
    EntityMeta m;
    m.id = QUuid::fromString(st.text(0));
    m.revision = st.int64(1);
    m.createdAt = QDateTime::fromString(st.text(2), Qt::ISODateWithMs);
    m.createdBy = st.text(3);
    m.modifiedAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
    m.modifiedBy = st.text(5);
    m.deleted = st.int64(6) != 0;
    return m;
}

FieldValues readValues(const QString &json)
{
    FieldValues v;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        v.insert(it.key(), it.value().toString());
    return v;
}

/** Runs @p st and maps every row with @p map. */
template<typename T, typename Map>
Result<QList<T>> collect(Result<Statement> st, Map map)
{
    if (!st)
        return std::unexpected(st.error());
    QList<T> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.append(map(*st));
    }
    return out;
}

template<typename T>
Result<std::optional<T>> first(Result<QList<T>> list)
{
    if (!list)
        return std::unexpected(list.error());
    if (list->isEmpty())
        return std::optional<T>();
    return std::optional<T>(list->first());
}

PlanUnit readPlanUnit(const Statement &st)
{
    PlanUnit u;
    const EntityMeta m = readMeta(st);
    u.id = m.id;
    u.parentId = st.isNull(kMeta) ? QUuid() : QUuid::fromString(st.text(kMeta));
    u.code = st.text(kMeta + 1);
    u.title = st.text(kMeta + 2);
    u.description = st.text(kMeta + 3);
    u.retention = st.isNull(kMeta + 4) ? Retention::unlimited() : Retention::ofYears(st.integer(kMeta + 4));
    u.disposal = disposalTypeFromCode(st.text(kMeta + 5)).value_or(DisposalType::Appraise);
    u.retired = st.int64(kMeta + 6) != 0;
    u.departmentCode = st.text(kMeta + 7);
    return u;
}
#define PLAN_COLS META_COLS ", parent_id, code, title, description, retention_years, disposal_type, retired, department_code"

FileRecord readFile(const Statement &st)
{
    FileRecord f;
    f.meta = readMeta(st);
    f.planUnitId = QUuid::fromString(st.text(kMeta));
    f.reference = st.text(kMeta + 1);
    f.sequence = st.integer(kMeta + 2);
    f.year = st.integer(kMeta + 3);
    f.title = st.text(kMeta + 4);
    f.departmentCode = st.text(kMeta + 5);
    f.confidentiality = confidentialityFromCode(st.text(kMeta + 6)).value_or(Confidentiality::Open);
    f.type = st.text(kMeta + 7);
    f.metadata = readValues(st.text(kMeta + 8));
    f.status = recordStatusFromCode(st.text(kMeta + 9)).value_or(RecordStatus::Open);
    f.planCode = st.text(kMeta + 10);
    f.shares = readShares(st.text(kMeta + 11));
    return f;
}
#define FILE_COLS                                                                                                      \
    "f.id, f.revision, f.created_at, f.created_by, f.modified_at, f.modified_by, f.deleted, f.plan_unit_id, "          \
    "f.reference, f.seq, f.year, f.title, f.department_code, f.confidentiality, f.type, f.metadata, f.status, "        \
    "p.code, "                                                                                                         \
    "f.shares"
#define FILE_FROM " FROM file_record f JOIN plan_unit p ON p.id = f.plan_unit_id "

SubFile readSubFile(const Statement &st)
{
    SubFile s;
    s.meta = readMeta(st);
    s.fileId = QUuid::fromString(st.text(kMeta));
    s.number = st.integer(kMeta + 1);
    s.title = st.text(kMeta + 2);
    return s;
}
#define SUBFILE_COLS META_COLS ", file_id, number, title"

Case readCase(const Statement &st)
{
    Case c;
    c.meta = readMeta(st);
    c.fileId = QUuid::fromString(st.text(kMeta));
    c.subFileId = st.isNull(kMeta + 1) ? QUuid() : QUuid::fromString(st.text(kMeta + 1));
    c.number = st.integer(kMeta + 2);
    c.reference = st.text(kMeta + 3);
    c.title = st.text(kMeta + 4);
    c.type = st.text(kMeta + 5);
    c.metadata = readValues(st.text(kMeta + 6));
    c.status = recordStatusFromCode(st.text(kMeta + 7)).value_or(RecordStatus::Open);
    return c;
}
#define CASE_COLS META_COLS ", file_id, sub_file_id, number, reference, title, type, metadata, status"

Document readDocument(const Statement &st)
{
    Document d;
    d.meta = readMeta(st);
    d.caseId = st.isNull(kMeta) ? QUuid() : QUuid::fromString(st.text(kMeta));
    d.title = st.text(kMeta + 1);
    d.type = st.text(kMeta + 2);
    d.metadata = readValues(st.text(kMeta + 3));
    d.currentVersion = st.integer(kMeta + 4);
    d.status = recordStatusFromCode(st.text(kMeta + 5)).value_or(RecordStatus::Open);
    d.number = st.integer(kMeta + 6);
    d.reference = documentReference(st.text(kMeta + 7), d.number);
    return d;
}
#define DOC_COLS                                                                                                       \
    META_COLS ", case_id, title, type, metadata, current_version, status, coalesce(number, 0), "                       \
              "(SELECT reference FROM case_record WHERE case_record.id = document.case_id)"

Version readVersion(const Statement &st)
{
    Version v;
    v.meta.id = QUuid::fromString(st.text(0));
    v.meta.revision = st.int64(1);
    v.documentId = QUuid::fromString(st.text(2));
    v.number = st.integer(3);
    v.sha256 = st.text(4);
    v.size = st.int64(5);
    v.mimeType = st.text(6);
    v.fileName = st.text(7);
    v.author = st.text(8);
    v.createdAt = QDateTime::fromString(st.text(9), Qt::ISODateWithMs);
    v.meta.createdAt = v.createdAt;
    v.meta.createdBy = v.author;
    v.comment = st.text(10);
    v.origin = versionOriginFromCode(st.text(11)).value_or(VersionOrigin::Import);
    v.baseVersion = st.integer(12);
    v.parallelTo = st.integer(13);
    v.transferNote = st.text(14);
    v.ocr = st.text(15);
    if (const QString recorded = st.text(16); !recorded.isEmpty())
        v.recordedAt = QDateTime::fromString(recorded, Qt::ISODateWithMs);
    return v;
}
#define VERSION_COLS                                                                                                   \
    "id, revision, document_id, number, sha256, size, mime_type, file_name, author, created_at, comment, origin, "     \
    "coalesce(base_version, 0), coalesce(parallel_to, 0), coalesce(transfer_note, ''), coalesce(ocr, ''), "            \
    "coalesce(recorded_at, '')"

} // namespace

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Result<QString> setting(Database &db, const QString &key, const QString &fallback)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? st->text(0) : fallback;
}

Result<QList<Department>> departments(Database &db)
{
    return collect<Department>(
        db.prepare(QStringLiteral("SELECT id, code, name, default_confidentiality FROM department WHERE deleted = 0 "
                                  "ORDER BY length(code), code")),
        [](const Statement &st) {
            return Department{QUuid::fromString(st.text(0)), st.text(1), st.text(2),
                              confidentialityFromCode(st.text(3)).value_or(Confidentiality::Open)};
        });
}

Result<std::optional<Department>> department(Database &db, const QString &code)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT id, code, name, default_confidentiality FROM department WHERE code = ? AND deleted = 0"));
    if (st)
        st->bind(1, code);
    return first(collect<Department>(std::move(st), [](const Statement &s) {
        return Department{QUuid::fromString(s.text(0)), s.text(1), s.text(2),
                          confidentialityFromCode(s.text(3)).value_or(Confidentiality::Open)};
    }));
}

Result<std::optional<User>> user(Database &db, const QString &login)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT id, login, display_name, department_code, roles FROM app_user WHERE login = ? AND deleted = 0"));
    if (st)
        st->bind(1, login);
    return first(collect<User>(std::move(st), [](const Statement &s) {
        User u{QUuid::fromString(s.text(0)), s.text(1), s.text(2), s.text(3), {}};
        for (const QString &code : s.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto r = roleFromCode(code))
                u.roles.append(*r);
        }
        return u;
    }));
}

Result<qint64> userCount(Database &db)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM app_user"));
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<QList<PlanUnit>> planUnits(Database &db)
{
    return collect<PlanUnit>(
        db.prepare(QStringLiteral("SELECT " PLAN_COLS " FROM plan_unit WHERE deleted = 0 ORDER BY code")),
        readPlanUnit);
}

Result<std::optional<PlanUnit>> planUnit(Database &db, const QUuid &id)
{
    auto st = db.prepare(QStringLiteral("SELECT " PLAN_COLS " FROM plan_unit WHERE id = ? AND deleted = 0"));
    if (st)
        st->bind(1, uuidText(id));
    return first(collect<PlanUnit>(std::move(st), readPlanUnit));
}

Result<std::optional<PlanUnit>> planUnitByCode(Database &db, const QString &code)
{
    auto st = db.prepare(QStringLiteral("SELECT " PLAN_COLS " FROM plan_unit WHERE code = ? AND deleted = 0"));
    if (st)
        st->bind(1, code.trimmed());
    return first(collect<PlanUnit>(std::move(st), readPlanUnit));
}

Result<QHash<QUuid, int>> fileCountsByPlanUnit(Database &db)
{
    auto list = collect<std::pair<QUuid, int>>(
        db.prepare(QStringLiteral(
            "SELECT plan_unit_id, count(*) FROM file_record WHERE deleted = 0 GROUP BY plan_unit_id")),
        [](const Statement &st) { return std::pair{QUuid::fromString(st.text(0)), st.integer(1)}; });
    if (!list)
        return std::unexpected(list.error());
    QHash<QUuid, int> out;
    for (const auto &[id, n] : *list)
        out.insert(id, n);
    return out;
}

Result<QString> planUnitDepartment(Database &db, const QUuid &id)
{
    QUuid current = id;
    for (int depth = 0; depth < 64 && !current.isNull(); ++depth) {
        auto u = planUnit(db, current);
        if (!u)
            return std::unexpected(u.error());
        if (!*u)
            break;
        if (!(*u)->departmentCode.isEmpty())
            return (*u)->departmentCode;
        current = (*u)->parentId;
    }
    return QString();
}

Result<QList<FileRecord>> files(Database &db, const QUuid &planUnitId)
{
    auto st = planUnitId.isNull()
        ? db.prepare(QStringLiteral("SELECT " FILE_COLS FILE_FROM "WHERE f.deleted = 0 ORDER BY p.code, f.year, f.seq"))
        : db.prepare(QStringLiteral("SELECT " FILE_COLS FILE_FROM
                                    "WHERE f.deleted = 0 AND f.plan_unit_id = ? ORDER BY f.year, f.seq"));
    if (st && !planUnitId.isNull())
        st->bind(1, uuidText(planUnitId));
    return collect<FileRecord>(std::move(st), readFile);
}

Result<std::optional<FileRecord>> file(Database &db, const QUuid &id)
{
    auto st = db.prepare(QStringLiteral("SELECT " FILE_COLS FILE_FROM "WHERE f.id = ?"));
    if (st)
        st->bind(1, uuidText(id));
    return first(collect<FileRecord>(std::move(st), readFile));
}

Result<QList<SubFile>> subFiles(Database &db, const QUuid &fileId)
{
    auto st = db.prepare(
        QStringLiteral("SELECT " SUBFILE_COLS " FROM sub_file WHERE file_id = ? AND deleted = 0 ORDER BY number"));
    if (st)
        st->bind(1, uuidText(fileId));
    return collect<SubFile>(std::move(st), readSubFile);
}

Result<std::optional<SubFile>> subFile(Database &db, const QUuid &id)
{
    auto st = db.prepare(QStringLiteral("SELECT " SUBFILE_COLS " FROM sub_file WHERE id = ?"));
    if (st)
        st->bind(1, uuidText(id));
    return first(collect<SubFile>(std::move(st), readSubFile));
}

Result<QList<Case>> cases(Database &db, const QUuid &fileId)
{
    auto st = db.prepare(
        QStringLiteral("SELECT " CASE_COLS " FROM case_record WHERE file_id = ? AND deleted = 0 ORDER BY number"));
    if (st)
        st->bind(1, uuidText(fileId));
    return collect<Case>(std::move(st), readCase);
}

Result<std::optional<Case>> caseRecord(Database &db, const QUuid &id)
{
    auto st = db.prepare(QStringLiteral("SELECT " CASE_COLS " FROM case_record WHERE id = ?"));
    if (st)
        st->bind(1, uuidText(id));
    return first(collect<Case>(std::move(st), readCase));
}

Result<QList<OpenCase>> openCases(Database &db, const QString &department)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT c.id, c.reference, c.title, f.reference || ' ' || f.title FROM case_record c "
        "JOIN file_record f ON f.id = c.file_id WHERE c.deleted = 0 AND f.deleted = 0 AND c.status = 'open' "
        "AND f.status = 'open' AND (? = '' OR f.department_code = ?) ORDER BY c.reference"));
    if (st)
        st->bindAll(department, department);
    return collect<OpenCase>(std::move(st), [](const Statement &s) {
        return OpenCase{QUuid::fromString(s.text(0)), s.text(1), s.text(2), s.text(3)};
    });
}

Result<QList<Document>> documents(Database &db, const QUuid &caseId)
{
    auto st = caseId.isNull()
        ? db.prepare(QStringLiteral("SELECT " DOC_COLS
                                    " FROM document WHERE case_id IS NULL AND deleted = 0 ORDER BY created_at, id"))
        : db.prepare(QStringLiteral("SELECT " DOC_COLS
                                    " FROM document WHERE case_id = ? AND deleted = 0 ORDER BY created_at, id"));
    if (st && !caseId.isNull())
        st->bind(1, uuidText(caseId));
    return collect<Document>(std::move(st), readDocument);
}

Result<std::optional<Document>> document(Database &db, const QUuid &id)
{
    auto st = db.prepare(QStringLiteral("SELECT " DOC_COLS " FROM document WHERE id = ?"));
    if (st)
        st->bind(1, uuidText(id));
    return first(collect<Document>(std::move(st), readDocument));
}

Result<QList<Version>> versions(Database &db, const QUuid &documentId)
{
    auto st = db.prepare(QStringLiteral("SELECT " VERSION_COLS " FROM version WHERE document_id = ? ORDER BY number"));
    if (st)
        st->bind(1, uuidText(documentId));
    return collect<Version>(std::move(st), readVersion);
}

Result<std::optional<DocumentLock>> documentLock(Database &db, const QUuid &documentId)
{
    auto st = db.prepare(QStringLiteral("SELECT document_id, coalesce(owner, ''), since, expires, coalesce(broken_by, ''), "
                                        "broken_at, coalesce(broken_owner, '') FROM document_lock WHERE document_id = ?"));
    if (st)
        st->bind(1, uuidText(documentId));
    return first(collect<DocumentLock>(std::move(st), [](const Statement &r) {
        DocumentLock l;
        l.documentId = QUuid::fromString(r.text(0));
        l.owner = r.text(1);
        l.since = QDateTime::fromString(r.text(2), Qt::ISODateWithMs);
        l.expires = QDateTime::fromString(r.text(3), Qt::ISODateWithMs);
        l.brokenBy = r.text(4);
        l.brokenAt = QDateTime::fromString(r.text(5), Qt::ISODateWithMs);
        l.brokenOwner = r.text(6);
        return l;
    }));
}

namespace {
WorkingCopy readWorkingCopy(const Statement &r)
{
    WorkingCopy w;
    w.documentId = QUuid::fromString(r.text(0));
    w.path = r.text(1);
    w.baseVersion = r.integer(2);
    w.baseSha256 = r.text(3);
    w.checkedOutAt = QDateTime::fromString(r.text(4), Qt::ISODateWithMs);
    w.offline = r.integer(5) != 0;
    w.baseVersionId = QUuid::fromString(r.text(6));
    return w;
}
} // namespace

Result<std::optional<WorkingCopy>> workingCopy(Database &db, const QUuid &documentId)
{
    auto st = db.prepare(QStringLiteral("SELECT document_id, path, base_version, base_sha256, checked_out_at, offline, base_version_id "
                                        "FROM working_copy WHERE document_id = ?"));
    if (st)
        st->bind(1, uuidText(documentId));
    return first(collect<WorkingCopy>(std::move(st), readWorkingCopy));
}

Result<QList<WorkingCopy>> workingCopies(Database &db)
{
    auto st = db.prepare(QStringLiteral("SELECT document_id, path, base_version, base_sha256, checked_out_at, offline, base_version_id "
                                        "FROM working_copy ORDER BY checked_out_at"));
    return collect<WorkingCopy>(std::move(st), readWorkingCopy);
}

Result<std::optional<Version>> version(Database &db, const QUuid &documentId, int number)
{
    auto st = number > 0
        ? db.prepare(QStringLiteral("SELECT " VERSION_COLS " FROM version WHERE document_id = ? AND number = ?"))
        : db.prepare(QStringLiteral("SELECT " VERSION_COLS " FROM version v WHERE document_id = ? AND number = "
                                    "(SELECT current_version FROM document WHERE id = v.document_id)"));
    if (st) {
        st->bind(1, uuidText(documentId));
        if (number > 0)
            st->bind(2, number);
    }
    return first(collect<Version>(std::move(st), readVersion));
}

Result<std::optional<Resolved>> resolve(Database &db, const QString &rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return std::optional<Resolved>();
    const QUuid id = QUuid::fromString(text);
    struct Probe
    {
        const char *type;
        const char *byId;
        const char *byText;
    };
    static const Probe probes[] = {
        { "file", "SELECT id, reference FROM file_record WHERE id = ? AND deleted = 0",
            "SELECT id, reference FROM file_record WHERE reference = ? AND deleted = 0" },
        { "case", "SELECT id, reference FROM case_record WHERE id = ? AND deleted = 0",
            "SELECT id, reference FROM case_record WHERE reference = ? AND deleted = 0" },
        { "document", "SELECT id, title FROM document WHERE id = ? AND deleted = 0", nullptr },
        { "sub_file", "SELECT id, title FROM sub_file WHERE id = ? AND deleted = 0", nullptr },
        { "plan_unit", "SELECT id, code FROM plan_unit WHERE id = ? AND deleted = 0",
            "SELECT id, code FROM plan_unit WHERE code = ? AND deleted = 0" },
        // The reference a record had before its folder went to the server (never before a current one).
        { "file", nullptr, "SELECT id, reference FROM file_record WHERE former_reference = ? AND deleted = 0" },
        { "case", nullptr, "SELECT id, reference FROM case_record WHERE former_reference = ? AND deleted = 0" },
    };
    for (const Probe &p : probes) {
        const char *sql = id.isNull() ? p.byText : p.byId;
        if (!sql)
            continue;
        auto st = db.prepare(QString::fromLatin1(sql));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, id.isNull() ? text : uuidText(id));
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            return std::optional<Resolved>(
                Resolved{QString::fromLatin1(p.type), QUuid::fromString(st->text(0)), st->text(1)});
    }
    // A document's reference: its case's reference (current or former), "/", its number ("P1": provisional).
    static const QRegularExpression numbered(QStringLiteral("^(.+)/(P?)([0-9]{1,9})$"));
    if (const auto m = numbered.match(text); id.isNull() && m.hasMatch()) {
        const int number = m.captured(3).toInt() * (m.captured(2).isEmpty() ? 1 : -1);
        auto st = db.prepare(QStringLiteral(
            "SELECT d.id, d.title FROM document d JOIN case_record c ON c.id = d.case_id WHERE (c.reference = ?1 "
            "OR c.former_reference = ?1) AND d.number = ?2 AND d.deleted = 0 AND c.deleted = 0 "
            "ORDER BY c.reference = ?1 DESC LIMIT 1"));
        if (!st)
            return std::unexpected(st.error());
        st->bindAll(m.captured(1), number);
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row && number != 0)
            return std::optional<Resolved>(
                Resolved { QStringLiteral("document"), QUuid::fromString(st->text(0)), st->text(1) });
    }
    return std::optional<Resolved>();
}

Result<QList<Resolved>> formerReferenceOf(Database &db, const QString &reference)
{
    auto st = db.prepare(QStringLiteral("SELECT 'file', id, reference FROM file_record WHERE former_reference = ? AND "
                                        "deleted = 0 UNION ALL SELECT 'case', id, reference FROM case_record WHERE "
                                        "former_reference = ? AND deleted = 0"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(reference.trimmed(), reference.trimmed());
    QList<Resolved> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.append({ st->text(0), QUuid::fromString(st->text(1)), st->text(2) });
    }
    return out;
}

Result<QList<DeletedRecord>> deletedRecords(Database &db, int limit)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT 'file', f.id, f.reference, f.title, '', NULL, f.modified_at, f.modified_by FROM file_record f "
        "WHERE f.deleted = 1 "
        "UNION ALL SELECT 'case', c.id, c.reference, c.title, f.reference, NULL, c.modified_at, c.modified_by "
        "FROM case_record c JOIN file_record f ON f.id = c.file_id WHERE c.deleted = 1 "
        "UNION ALL SELECT 'document', d.id, d.title, d.title, c.reference, d.number, d.modified_at, d.modified_by "
        "FROM document d LEFT JOIN case_record c ON c.id = d.case_id WHERE d.deleted = 1 "
        "ORDER BY 7 DESC LIMIT ?"));
    if (st)
        st->bind(1, limit);
    return collect<DeletedRecord>(std::move(st), [](const Statement &s) {
        DeletedRecord r { s.text(0), QUuid::fromString(s.text(1)), s.text(2), s.text(3), s.text(4),
            QDateTime::fromString(s.text(6), Qt::ISODateWithMs), s.text(7) };
        if (r.entityType == QLatin1String("document") && !r.place.isEmpty() && !s.isNull(5))
            r.label = Model::documentReference(r.place, s.integer(5));
        return r;
    });
}

Result<QList<RejectedChange>> rejectedChanges(Database &db)
{
    // The label from whatever the record is (deleted or not: a refused deletion still names it).
    auto st = db.prepare(QStringLiteral(
        "SELECT o.op_id, o.command, o.entity_type, o.entity_id, COALESCE(o.push_code, ''), COALESCE(o.push_error, ''), "
        "o.created_at, o.payload, COALESCE(f.reference || ' ' || f.title, k.reference || ' ' || k.title, d.title, "
        "s.title, p.code || ' ' || p.title, '') FROM oplog o "
        "LEFT JOIN file_record f ON f.id = o.entity_id LEFT JOIN case_record k ON k.id = o.entity_id "
        "LEFT JOIN document d ON d.id = o.entity_id LEFT JOIN sub_file s ON s.id = o.entity_id "
        "LEFT JOIN plan_unit p ON p.id = o.entity_id "
        "WHERE o.push_state = 'rejected' AND o.resolution IS NULL ORDER BY o.seq"));
    if (!st)
        return std::unexpected(st.error());
    QList<RejectedChange> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.append({ st->text(0), st->text(1), st->text(2), st->text(3), st->text(8), st->text(4), st->text(5),
            st->text(6), QJsonDocument::fromJson(st->text(7).toUtf8()).object() });
    }
    return out;
}

Result<QList<AuditEvent>> auditEvents(Database &db, const QString &entityId, int limit)
{
    QString sql = QStringLiteral("SELECT seq, id, at, user_login, action, entity_type, entity_id, COALESCE(op_id, ''), "
                                 "details, prev_hash, hash FROM audit_event");
    if (!entityId.isEmpty())
        sql += QStringLiteral(" WHERE entity_id = ?");
    sql += QStringLiteral(" ORDER BY seq");
    if (limit > 0)
        sql = QStringLiteral("SELECT * FROM (") + sql + QStringLiteral(" DESC LIMIT %1) ORDER BY seq").arg(limit);
    auto st = db.prepare(sql);
    if (st && !entityId.isEmpty())
        st->bind(1, entityId);
    return collect<AuditEvent>(std::move(st), [](const Statement &s) {
        AuditEvent e;
        e.seq = s.int64(0);
        e.id = QUuid::fromString(s.text(1));
        e.at = s.text(2);
        e.user = s.text(3);
        e.action = s.text(4);
        e.entityType = s.text(5);
        e.entityId = s.text(6);
        e.opId = s.text(7);
        e.details = QJsonDocument::fromJson(s.text(8).toUtf8()).object();
        e.prevHash = s.text(9);
        e.hash = s.text(10);
        return e;
    });
}

Result<QList<FieldChange>> fieldHistory(Database &db, const QString &entityId)
{
    auto st = db.prepare(QStringLiteral("SELECT entity_type, entity_id, field, old_value, new_value, changed_at, "
                                        "changed_by FROM field_history WHERE entity_id = ? ORDER BY id"));
    if (st)
        st->bind(1, entityId);
    return collect<FieldChange>(std::move(st), [](const Statement &s) {
        return FieldChange{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)};
    });
}

Result<Counts> counts(Database &db)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM plan_unit WHERE deleted = 0), (SELECT count(*) FROM file_record WHERE deleted = 0),"
        " (SELECT count(*) FROM case_record WHERE deleted = 0), (SELECT count(*) FROM document WHERE deleted = 0),"
        " (SELECT count(*) FROM version), (SELECT count(*) FROM content), (SELECT count(*) FROM audit_event),"
        " (SELECT count(*) FROM oplog WHERE pushed_at IS NULL)"));
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    return Counts{st->int64(0), st->int64(1), st->int64(2), st->int64(3),
                  st->int64(4), st->int64(5), st->int64(6), st->int64(7)};
}

Result<Counts> recordCounts(Database &db)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM file_record WHERE deleted = 0), (SELECT count(*) FROM case_record WHERE deleted = 0),"
        " (SELECT count(*) FROM document WHERE deleted = 0)"));
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    Counts c;
    c.files = st->int64(0);
    c.cases = st->int64(1);
    c.documents = st->int64(2);
    return c;
}

} // namespace Aktenwerk::Dms::Queries
