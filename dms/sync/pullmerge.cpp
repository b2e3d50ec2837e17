#include "dms/sync/pullmerge.h"

#include "dms/engine.h"
#include "dms/store/purge.h"
#include "dms/store/sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>

namespace Aktenwerk::Dms {

using namespace Model;

QJsonValue PulledRow::value(QLatin1String column) const
{
    if (m_object)
        return m_object->value(column);
    if (!m_result)
        return {};
    const int c = m_result->column(column.data());
    if (c < 0 || m_result->isNull(m_row, c))
        return {};
    return QJsonValue(m_result->text(m_row, c));
}

void PulledPage::add(const QString &table, std::shared_ptr<PgResult> result)
{
    QList<PulledRow> &rows = m_rows[table];
    for (int i = 0; i < result->rows(); ++i)
        rows.append(PulledRow(result.get(), i));
    m_results.append(std::move(result));
}

PulledPage PulledPage::fromJson(const QJsonObject &tables)
{
    PulledPage page;
    page.m_objects = std::make_shared<QList<QJsonObject>>();
    qsizetype total = 0;
    for (auto it = tables.begin(); it != tables.end(); ++it)
        total += it.value().toArray().size();
    page.m_objects->reserve(total); // the rows point into it: it must not move
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            page.m_objects->append(v.toObject());
            page.m_rows[it.key()].append(PulledRow(&page.m_objects->last()));
        }
    }
    return page;
}

namespace {

bool pgBool(const QJsonValue &v)
{
    return v.toString() == QLatin1String("t") || v.toString() == QLatin1String("true") || v.toBool(false);
}

/** "2026-11-26 14:03:01.123456+00" (PostgreSQL, UTC session) → "2026-11-26T14:03:01.123Z". */
QString pgTime(const QJsonValue &v)
{
    const QString t = v.toString();
    if (t.isEmpty())
        return t;
    // The sync session runs in UTC with ISO dates: "2026-11-26 09:15:02.123456+00". A plain
    // rewrite to "2026-11-26T09:15:02.123Z" (a pull converts two per row; parsing was most of
    // the time of applying a page).
    if (t.size() >= 22 && t.at(10) == QLatin1Char(' ') && t.endsWith(QLatin1String("+00"))) {
        QString out = t.left(19);
        out[10] = QLatin1Char('T');
        const QString frac = t.size() > 22 && t.at(19) == QLatin1Char('.') ? t.mid(20, t.size() - 23) : QString();
        return out + QLatin1Char('.') + QString(frac + QStringLiteral("000")).left(3) + QLatin1Char('Z');
    }
    QDateTime dt = QDateTime::fromString(t.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    dt.setTimeSpec(Qt::UTC);
    if (t.indexOf(QLatin1Char('.'), 19) == 19) {
        qsizetype end = 20;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        dt = dt.addMSecs(QString(t.mid(20, end - 20) + QStringLiteral("000")).left(3).toInt());
    }
    return dt.toString(Qt::ISODateWithMs);
}

QString pgText(const PulledRow &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

/** jsonb comes back with spaces; the index keeps JSON compact, as it writes it itself. */
QString compactJsonText(const QString &text)
{
    return QString::fromUtf8(QJsonDocument::fromJson(text.toUtf8()).toJson(QJsonDocument::Compact));
}

/**
 * Tables the pull mirrors as they are (schemas 13 and 14): columns with their kind — 's' text, 'i'
 * integer, 'b' boolean, 't' timestamptz, 'j' jsonb; a date stays text (yyyy-MM-dd).
 */
struct MirroredTable
{
    const char *name;
    const char *key;
    std::initializer_list<std::pair<const char *, char>> columns;
};

const MirroredTable *mirrored(const QString &table)
{
    static const MirroredTable tables[] = {
        { "org_unit", "code",
            { { "code", 's' }, { "id", 's' }, { "name", 's' }, { "parent_code", 's' }, { "department_code", 's' },
                { "standing_deputy", 's' }, { "revision", 'i' }, { "modified_at", 't' }, { "modified_by", 's' },
                { "deleted", 'b' } } },
        { "absence", "id",
            { { "id", 's' }, { "login", 's' }, { "starts", 's' }, { "ends", 's' }, { "deputy", 's' }, { "ended", 'b' },
                { "set_by", 's' }, { "set_at", 't' }, { "revision", 'i' } } },
        { "route", "id",
            { { "id", 's' }, { "entity_type", 's' }, { "entity_id", 's' }, { "version_id", 's' }, { "sha256", 's' },
                { "status", 's' }, { "template", 's' }, { "started_by", 's' }, { "started_at", 't' },
                { "ended_at", 't' }, { "department_code", 's' }, { "confidentiality", 's' }, { "file_id", 's' },
                { "revision", 'i' } } },
        { "route_step", "id",
            { { "id", 's' }, { "route_id", 's' }, { "position", 'i' }, { "action", 's' }, { "addressee", 's' },
                { "instruction", 's' }, { "deadline", 's' }, { "status", 's' }, { "sha256", 's' },
                { "activated_at", 't' }, { "acted_by", 's' }, { "on_behalf_of", 's' }, { "acted_at", 't' },
                { "remark", 's' }, { "returned", 'b' }, { "by_return", 'b' }, { "cancelled", 'b' }, { "added_by", 's' },
                { "added_at", 't' }, { "revision", 'i' } } },
        { "route_template", "id",
            { { "id", 's' }, { "department_code", 's' }, { "name", 's' }, { "steps", 'j' }, { "revision", 'i' },
                { "modified_at", 't' }, { "modified_by", 's' }, { "deleted", 'b' } } },
        { "resubmission", "id",
            { { "id", 's' }, { "entity_type", 's' }, { "entity_id", 's' }, { "due", 's' }, { "reason", 's' },
                { "owner", 's' }, { "repeat", 's' }, { "status", 's' }, { "done_by", 's' }, { "done_at", 't' },
                { "remark", 's' }, { "follows", 's' }, { "department_code", 's' }, { "created_by", 's' },
                { "created_at", 't' }, { "revision", 'i' } } },
        { "record_keeping", "id",
            { { "id", 's' }, { "entity_type", 's' }, { "file_id", 's' }, { "department_code", 's' },
                { "confidentiality", 's' }, { "closed_on", 's' }, { "closed_by", 's' }, { "closed_at", 't' },
                { "close_reason", 's' }, { "reopened_by", 's' }, { "reopened_at", 't' }, { "reopen_reason", 's' },
                { "retention", 's' }, { "disposal_type", 's' }, { "retention_reason", 's' },
                { "retention_set_by", 's' }, { "retention_end", 's' }, { "revision", 'i' }, { "modified_at", 't' },
                { "modified_by", 's' } } },
        { "legal_hold", "id",
            { { "id", 's' }, { "file_id", 's' }, { "department_code", 's' }, { "confidentiality", 's' },
                { "reason", 's' }, { "set_by", 's' }, { "set_at", 't' }, { "released_by", 's' }, { "released_at", 't' },
                { "release_reason", 's' }, { "revision", 'i' } } },
    };
    for (const MirroredTable &t : tables) {
        if (table == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

QString pgRoles(const QString &array)
{
    QString a = array;
    a.remove(QLatin1Char('{')).remove(QLatin1Char('}')).remove(QLatin1Char('"'));
    return a;
}

} // namespace

PullMerge::PullMerge(Database &db, const Writer::Context &context)
    : m_db(db)
    , m_content(context.content)
    , m_user(context.user)
    , m_now(context.now)
{
}

Result<PullMerge::Outcome> PullMerge::apply(Engine &engine, const PulledPage &page, const QString &watermark,
                                            bool finished)
{
    auto r = engine.applyExternal(Commands::applyRemote({}, watermark, finished),
                                  [&page, watermark, finished](Database &db, const Writer::Context &context) {
                                      PullMerge merge(db, context);
                                      return merge.merge(page, watermark, finished);
                                  });
    if (!r)
        return std::unexpected(r.error());
    return Outcome { r->data.value(QLatin1String("applied")).toInt(), r->data.value(QLatin1String("deferred")).toInt(),
        r->data.value(QLatin1String("removed")).toInt() };
}

Result<PullMerge::Outcome> PullMerge::apply(Engine &engine, const QJsonObject &tables, const QString &watermark,
                                            bool finished)
{
    return apply(engine, PulledPage::fromJson(tables), watermark, finished);
}

Result<Writer::External> PullMerge::merge(const PulledPage &page, const QString &watermark, bool finished)
{
    // Parents before children, so that local foreign keys hold at every step.
    static const char *const order[] = { "setting", "department", "org_unit", "app_user", "plan_unit", "file_record",
        "sub_file", "case_record", "document", "version", "document_lock", "conflict", "absence", "route", "route_step",
        "route_template", "resubmission", "record_keeping", "legal_hold", "removal" };
    int applied = 0;
    int deferred = 0;
    m_removed = 0;
    m_pulledFieldChanges.clear();
    for (const char *name : order) {
        const QString table = QString::fromLatin1(name);
        QList<PulledRow> rows = page.rows(table);
        if (table == QLatin1String("plan_unit")) {
            std::stable_sort(rows.begin(), rows.end(), [](const PulledRow &a, const PulledRow &b) {
                return pgText(a, "code").size() < pgText(b, "code").size();
            });
        } else if (table == QLatin1String("version")) {
            // Highest number first: a version renumbered upwards frees its old number first.
            std::stable_sort(rows.begin(), rows.end(), [](const PulledRow &a, const PulledRow &b) {
                return pgText(a, "number").toInt() > pgText(b, "number").toInt();
            });
        }
        for (const PulledRow &row : std::as_const(rows)) {
            auto r = applyRow(table, row);
            if (!r)
                return std::unexpected(r.error());
            *r ? ++applied : ++deferred;
        }
    }
    QString storedWatermark;
    {
        auto st = m_db.prepare(QStringLiteral("SELECT watermark FROM sync_state WHERE id = 1"));
        if (!st)
            return std::unexpected(st.error());
        if (auto row = st->step(); row && *row)
            storedWatermark = st->text(0);
    }
    if (!watermark.isEmpty()) {
        auto st = m_db.prepare(QStringLiteral("UPDATE sync_state SET watermark = ? WHERE id = 1"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, watermark);
        if (auto s = st->run(); !s)
            return std::unexpected(s.error());
    }
    if (finished) {
        auto st = m_db.prepare(QStringLiteral("UPDATE sync_state SET last_sync_at = ?, last_error = NULL, "
                                              "last_error_at = NULL WHERE id = 1"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, m_now);
        if (auto s = st->run(); !s)
            return std::unexpected(s.error());
    }
    if (finished && !page.access.isEmpty()) {
        auto st = m_db.prepare(QStringLiteral("UPDATE sync_state SET access = ? WHERE id = 1"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, page.access);
        if (auto s = st->run(); !s)
            return std::unexpected(s.error());
    }
    Writer::External a;
    a.result.entityType = QStringLiteral("sync");
    a.result.id = QUuid::createUuid();
    a.result.reference = watermark;
    a.result.revision = 1;
    a.result.number = applied;
    a.result.data = { { QStringLiteral("applied"), applied }, { QStringLiteral("deferred"), deferred },
        { QStringLiteral("removed"), m_removed } };
    a.payload = {{QStringLiteral("applied"), applied}, {QStringLiteral("deferred"), deferred},
                 {QStringLiteral("watermark"), watermark}};
    a.auditDetails = a.payload;
    a.fieldChanges = std::exchange(m_pulledFieldChanges, {});
    if (m_userChanged)
        a.user = m_user;
    // A pull that brought nothing is bookkeeping (last sync time), not a change worth an audit event.
    if (applied == 0 && deferred == 0 && (watermark.isEmpty() || watermark == storedWatermark))
        a.result.unchanged = true;
    return a;
}

Result<std::optional<QHash<QString, QString>>> PullMerge::fieldsOf(const QString &table, const QString &id)
{
    const bool hasSchema = table != QLatin1String("sub_file");
    auto st = m_db.prepare(hasSchema ? QStringLiteral("SELECT title, type, metadata FROM %1 WHERE id = ?").arg(table)
                                     : QStringLiteral("SELECT title, '', '{}' FROM sub_file WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QHash<QString, QString>>();
    QHash<QString, QString> fields{{QStringLiteral("title"), st->text(0)}, {QStringLiteral("type"), st->text(1)}};
    const QJsonObject metadata = QJsonDocument::fromJson(st->text(2).toUtf8()).object();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    return std::optional(fields);
}

Result<bool> PullMerge::applyRow(const QString &table, const PulledRow &row)
{
    // What the row looked like here before: the fields others changed go to the field history.
    static const QHash<QString, QString> kEntityOf{{QStringLiteral("file_record"), QStringLiteral("file")},
                                                   {QStringLiteral("case_record"), QStringLiteral("case")},
                                                   {QStringLiteral("document"), QStringLiteral("document")},
                                                   {QStringLiteral("sub_file"), QStringLiteral("sub_file")}};
    std::optional<QHash<QString, QString>> before;
    if (kEntityOf.contains(table)) {
        auto fields = fieldsOf(table, pgText(row, "id"));
        if (!fields)
            return std::unexpected(fields.error());
        before = *fields;
    }
    auto applied = applyRowData(table, row);
    if (!applied || !*applied || !before)
        return applied;
    // Afterwards the row here holds the server's values: taken from the row, not read back.
    QHash<QString, QString> after{{QStringLiteral("title"), pgText(row, "title")}};
    if (table != QLatin1String("sub_file")) {
        after.insert(QStringLiteral("type"), pgText(row, "type"));
        const QJsonObject metadata = QJsonDocument::fromJson(pgText(row, "metadata").toUtf8()).object();
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            after.insert(it.key(), it.value().toString());
    } else {
        after.insert(QStringLiteral("type"), QString());
    }
    QStringList names = before->keys() + after.keys();
    names.removeDuplicates();
    names.sort();
    for (const QString &field : std::as_const(names)) {
        const QString oldValue = before->value(field);
        const QString newValue = after.value(field);
        if (oldValue != newValue)
            m_pulledFieldChanges.append({kEntityOf.value(table), pgText(row, "id"), field, oldValue, newValue,
                                         pgTime(row.value(QLatin1String("modified_at"))), pgText(row, "modified_by")});
    }
    return applied;
}

Result<bool> PullMerge::applyRowData(const QString &table, const PulledRow &row)
{
    const QString id = pgText(row, "id");
    // A file the server destroyed: it goes here too, with everything in it (last in the order).
    if (table == QLatin1String("removal")) {
        auto removed = Purge::removeFile(m_db, pgText(row, "file_id"), id, m_now);
        if (!removed)
            return std::unexpected(removed.error());
        ++m_removed;
        return true;
    }
    auto deferIf = [&](bool condition) -> Result<bool> {
        if (!condition)
            return true;
        auto st = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_refetch (entity_type, entity_id) VALUES (?, ?)"));
        if (!st)
            return std::unexpected(st.error());
        st->bindAll(table, table == QLatin1String("version") || table == QLatin1String("document_lock")
                               ? pgText(row, "document_id")
                               : id);
        if (auto s = st->run(); !s)
            return std::unexpected(s.error());
        return false;
    };
    auto exists = [&](const char *sql, const QString &key) -> Result<bool> {
        if (key.isEmpty())
            return true;
        auto st = m_db.prepare(QString::fromLatin1(sql));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, key);
        return st->step();
    };
    auto run = [&](const QString &sql, const QVariantList &values) -> Status {
        auto st = m_db.prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        int i = 1;
        for (const QVariant &v : values) {
            if (v.isNull())
                st->bindNull(i++);
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Bool)
                st->bind(i++, v.toLongLong());
            else
                st->bind(i++, v.toString());
        }
        return st->run();
    };
    auto nullable = [](const QJsonValue &v) { return v.isNull() || v.isUndefined() ? QVariant() : QVariant(v.toString()); };
    auto num = [&](const char *key) { return QVariant(pgText(row, key).toLongLong()); };
    auto flag = [&](const char *key) { return QVariant(static_cast<qint64>(pgBool(row.value(QLatin1String(key))))); };
    const QVariantList common{num("revision"), pgTime(row.value(QLatin1String("created_at"))), pgText(row, "created_by"),
                              pgTime(row.value(QLatin1String("modified_at"))), pgText(row, "modified_by"),
                              flag("deleted")};
    const QString commonCols = QStringLiteral("revision, created_at, created_by, modified_at, modified_by, deleted");
    const QString commonSet = QStringLiteral("revision = excluded.revision, created_at = excluded.created_at, "
                                             "created_by = excluded.created_by, modified_at = excluded.modified_at, "
                                             "modified_by = excluded.modified_by, deleted = excluded.deleted");
    Status done;
    if (const MirroredTable *m = mirrored(table)) {
        // Routing and the organisation (schema 13): the server's rows as they are.
        QStringList cols;
        QStringList sets;
        QVariantList values;
        for (const auto &[column, kind] : m->columns) {
            const QString c = QString::fromLatin1(column);
            cols << c;
            if (c != QLatin1String(m->key))
                sets << QStringLiteral("%1 = excluded.%1").arg(c);
            const QJsonValue v = row.value(QLatin1String(column));
            if (v.isNull() || v.isUndefined())
                values << QVariant();
            else if (kind == 't')
                values << pgTime(v);
            else if (kind == 'b')
                values << QVariant(static_cast<qint64>(pgBool(v)));
            else if (kind == 'i')
                values << QVariant(v.toString().toLongLong());
            else if (kind == 'j')
                values << compactJsonText(v.toString());
            else
                values << v.toString();
        }
        done = run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
                       .arg(table, cols.join(QStringLiteral(", ")),
                           QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(',')), QLatin1String(m->key),
                           sets.join(QStringLiteral(", "))),
            values);
    } else if (table == QLatin1String("setting")) {
        done = run(QStringLiteral("INSERT INTO setting (key, value, revision, modified_at, modified_by) VALUES (?,?,?,?,?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value, revision = excluded.revision, "
                                  "modified_at = excluded.modified_at, modified_by = excluded.modified_by"),
                   {pgText(row, "key"), pgText(row, "value"), num("revision"),
                    pgTime(row.value(QLatin1String("modified_at"))), pgText(row, "modified_by")});
    } else if (table == QLatin1String("department")) {
        done = run(QStringLiteral("INSERT INTO department (id, code, name, default_confidentiality, %1) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET id = excluded.id, "
                                  "name = excluded.name, default_confidentiality = excluded.default_confidentiality, %2")
                       .arg(commonCols, commonSet),
                   QVariantList{id, pgText(row, "code"), pgText(row, "name"), pgText(row, "default_confidentiality")}
                       + common);
    } else if (table == QLatin1String("app_user")) {
        done = run(
            QStringLiteral("INSERT INTO app_user (id, login, display_name, department_code, roles, unit_code, %1) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(login) DO UPDATE SET id = excluded.id, "
                           "display_name = excluded.display_name, department_code = excluded.department_code, "
                           "roles = excluded.roles, unit_code = excluded.unit_code, %2")
                .arg(commonCols, commonSet),
            QVariantList { id, pgText(row, "login"), pgText(row, "display_name"), pgText(row, "department_code"),
                pgRoles(pgText(row, "roles")), nullable(row.value(QLatin1String("unit_code"))) }
                + common);
        if (done && pgText(row, "login") == m_user.login) {
            // The server decides who this user is: department and roles follow it.
            m_user.departmentCode = pgText(row, "department_code");
            m_user.roles.clear();
            for (const QString &r : pgRoles(pgText(row, "roles")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (auto role = roleFromCode(r))
                    m_user.roles << *role;
            }
            m_userChanged = true;
        }
    } else if (table == QLatin1String("plan_unit")) {
        auto pending = hasPendingOperations(id);
        if (!pending)
            return std::unexpected(pending.error());
        if (auto d = deferIf(*pending); !d || !*d)
            return d;
        // The same code under another id here: a unit created on this machine while another
        // one added the code first, which the server refused. The server's unit takes the code;
        // ours steps aside as a tombstone under a marked code (nothing is removed), and what
        // was filed or planned below it moves to the server's unit.
        auto clash = m_db.prepare(QStringLiteral(
            "SELECT p.id, (SELECT group_concat(DISTINCT o.push_state) FROM oplog o WHERE o.entity_id = p.id AND "
            "o.command = 'plan_unit.create') FROM plan_unit p WHERE p.code = ? AND p.id <> ?"));
        if (!clash)
            return std::unexpected(clash.error());
        clash->bindAll(pgText(row, "code"), id);
        auto clashed = clash->step();
        if (!clashed)
            return std::unexpected(clashed.error());
        QString stepAside;
        if (*clashed) {
            const QString local = clash->text(0);
            const QString state = clash->text(1);
            (void)clash->reset();
            if (state == QLatin1String("pending"))
                return deferIf(true); // the next push settles it first
            if (state != QLatin1String("rejected"))
                return fail(ErrorCode::Internal,
                            tr("The plan code %1 belongs to two different units here and on the server.")
                                .arg(pgText(row, "code")),
                            local);
            auto aside = m_db.prepare(QStringLiteral(
                "UPDATE plan_unit SET code = code || ' (abgelehnt ' || substr(id, 1, 8) || ')', deleted = 1, "
                "revision = revision + 1, modified_at = ?, modified_by = ? WHERE id = ?"));
            if (!aside)
                return std::unexpected(aside.error());
            aside->bindAll(m_now, m_user.login, local);
            if (auto s = aside->run(); !s)
                return std::unexpected(s.error());
            stepAside = local;
        }
        done = run(QStringLiteral("INSERT INTO plan_unit (id, parent_id, code, title, description, retention_years, "
                                  "disposal_type, retired, department_code, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                                  "ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, code = excluded.code, "
                                  "title = excluded.title, description = excluded.description, retention_years = "
                                  "excluded.retention_years, disposal_type = excluded.disposal_type, retired = "
                                  "excluded.retired, department_code = excluded.department_code, %2")
                       .arg(commonCols, commonSet),
                   QVariantList{id, nullable(row.value(QLatin1String("parent_id"))), pgText(row, "code"),
                                pgText(row, "title"), pgText(row, "description"),
                                row.value(QLatin1String("retention_years")).isNull() ? QVariant() : num("retention_years"),
                                pgText(row, "disposal_type"), flag("retired"), pgText(row, "department_code")}
                       + common);
        if (done && !stepAside.isEmpty()) {
            for (const char *sql : {"UPDATE plan_unit SET parent_id = ? WHERE parent_id = ?",
                                    "UPDATE file_record SET plan_unit_id = ? WHERE plan_unit_id = ?"}) {
                auto move = m_db.prepare(QString::fromLatin1(sql));
                if (!move)
                    return std::unexpected(move.error());
                move->bindAll(id, stepAside);
                if (auto s = move->run(); !s)
                    return std::unexpected(s.error());
            }
        }
    } else if (table == QLatin1String("file_record")) {
        auto pending = hasPendingOperations(id);
        if (!pending)
            return std::unexpected(pending.error());
        auto planThere = exists("SELECT 1 FROM plan_unit WHERE id = ?", pgText(row, "plan_unit_id"));
        if (!planThere)
            return std::unexpected(planThere.error());
        if (auto d = deferIf(*pending || !*planThere); !d || !*d)
            return d;
        done = run(QStringLiteral("INSERT INTO file_record (id, plan_unit_id, reference, seq, year, title, "
                                  "department_code, confidentiality, type, metadata, status, former_reference, shares, "
                                  "reference_provisional, %1) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                                  "plan_unit_id = excluded.plan_unit_id, reference = excluded.reference, seq = "
                                  "excluded.seq, year = excluded.year, title = excluded.title, department_code = "
                                  "excluded.department_code, confidentiality = excluded.confidentiality, type = "
                                  "excluded.type, metadata = excluded.metadata, status = excluded.status, "
                                  "former_reference = coalesce(excluded.former_reference, former_reference), "
                                  "shares = excluded.shares, reference_provisional = 0, %2")
                       .arg(commonCols, commonSet),
            QVariantList { id, pgText(row, "plan_unit_id"), pgText(row, "reference"), num("seq"), num("year"),
                pgText(row, "title"), pgText(row, "department_code"), pgText(row, "confidentiality"),
                pgText(row, "type"), compactJsonText(pgText(row, "metadata")), pgText(row, "status"),
                nullable(row.value(QLatin1String("former_reference"))),
                pgText(row, "shares").isEmpty() ? QStringLiteral("[]") : compactJsonText(pgText(row, "shares")) }
                + common);
    } else if (table == QLatin1String("sub_file") || table == QLatin1String("case_record")) {
        auto pending = hasPendingOperations(id);
        if (!pending)
            return std::unexpected(pending.error());
        auto fileThere = exists("SELECT 1 FROM file_record WHERE id = ?", pgText(row, "file_id"));
        if (!fileThere)
            return std::unexpected(fileThere.error());
        if (auto d = deferIf(*pending || !*fileThere); !d || !*d)
            return d;
        if (table == QLatin1String("sub_file")) {
            done = run(QStringLiteral("INSERT INTO sub_file (id, file_id, number, title, %1) VALUES (?,?,?,?,?,?,?,?,?,?) "
                                      "ON CONFLICT(id) DO UPDATE SET number = excluded.number, title = excluded.title, %2")
                           .arg(commonCols, commonSet),
                       QVariantList{id, pgText(row, "file_id"), num("number"), pgText(row, "title")} + common);
        } else {
            done = run(
                QStringLiteral("INSERT INTO case_record (id, file_id, sub_file_id, number, reference, title, type, "
                               "metadata, status, former_reference, reference_provisional, %1) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?) "
                               "ON CONFLICT(id) DO UPDATE SET file_id = excluded.file_id, sub_file_id = "
                               "excluded.sub_file_id, number = "
                               "excluded.number, reference = excluded.reference, title = excluded.title, type = "
                               "excluded.type, metadata = excluded.metadata, status = excluded.status, "
                               "former_reference = coalesce(excluded.former_reference, former_reference), "
                               "reference_provisional = 0, %2")
                    .arg(commonCols, commonSet),
                QVariantList { id, pgText(row, "file_id"), nullable(row.value(QLatin1String("sub_file_id"))),
                    num("number"), pgText(row, "reference"), pgText(row, "title"), pgText(row, "type"),
                    compactJsonText(pgText(row, "metadata")), pgText(row, "status"),
                    nullable(row.value(QLatin1String("former_reference"))) }
                    + common);
        }
    } else if (table == QLatin1String("document")) {
        auto pending = hasPendingOperations(id);
        if (!pending)
            return std::unexpected(pending.error());
        auto caseThere = exists("SELECT 1 FROM case_record WHERE id = ?", pgText(row, "case_id"));
        if (!caseThere)
            return std::unexpected(caseThere.error());
        if (auto d = deferIf(*pending || !*caseThere); !d || !*d)
            return d;
        // The server numbers documents in their case (schema 11); a server without numbers leaves ours.
        const QJsonValue number = row.value(QLatin1String("number_in_case"));
        done = run(
            QStringLiteral("INSERT INTO document (id, case_id, title, type, metadata, current_version, status, "
                           "number, %1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                           "case_id = excluded.case_id, title = excluded.title, type = excluded.type, metadata = "
                           "excluded.metadata, current_version = excluded.current_version, status = "
                           "excluded.status, number = coalesce(excluded.number, number), %2")
                .arg(commonCols, commonSet),
            QVariantList { id, nullable(row.value(QLatin1String("case_id"))), pgText(row, "title"), pgText(row, "type"),
                compactJsonText(pgText(row, "metadata")), num("current_version"), pgText(row, "status"),
                number.isNull() || number.isUndefined() ? QVariant() : num("number_in_case") }
                + common);
    } else if (table == QLatin1String("version")) {
        const QString doc = pgText(row, "document_id");
        auto pending = hasPendingOperations(doc);
        if (!pending)
            return std::unexpected(pending.error());
        auto docThere = exists("SELECT 1 FROM document WHERE id = ?", doc);
        if (!docThere)
            return std::unexpected(docThere.error());
        if (auto d = deferIf(*pending || !*docThere); !d || !*d)
            return d;
        const QString sha = pgText(row, "sha256");
        // The same rule as for local versions: the content is in the store before the row.
        if (!m_content->contains(sha))
            return fail(ErrorCode::Integrity, tr("The content of a version from the server is missing locally."), sha);
        if (auto s = run(QStringLiteral("INSERT INTO content (sha256, algorithm, size, created_at) VALUES (?, 'sha256', ?, ?) "
                                        "ON CONFLICT(sha256) DO NOTHING"),
                         {sha, num("size"), m_now});
            !s)
            return std::unexpected(s.error());
        auto optionalNumber = [&](const char *key) {
            const QJsonValue v = row.value(QLatin1String(key));
            return v.isNull() || v.isUndefined() ? QVariant() : num(key);
        };
        // The server may have renumbered a version made here, or marked an edit as parallel.
        // (recorded_at: when the author's client made it, for changes made offline.)
        const QJsonValue recorded = row.value(QLatin1String("recorded_at"));
        done = run(
            QStringLiteral("INSERT INTO version (id, document_id, number, sha256, size, mime_type, file_name, author, "
                           "created_at, comment, origin, revision, base_version, parallel_to, transfer_note, ocr, "
                           "recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                           "ON CONFLICT(id) DO UPDATE SET number = excluded.number, revision = excluded.revision, "
                           "origin = excluded.origin, parallel_to = excluded.parallel_to, "
                           "recorded_at = coalesce(excluded.recorded_at, recorded_at)"),
            { id, doc, num("number"), sha, num("size"), pgText(row, "mime_type"), pgText(row, "file_name"),
                pgText(row, "author"), pgTime(row.value(QLatin1String("created_at"))), pgText(row, "comment"),
                pgText(row, "origin"), num("revision"), optionalNumber("base_version"), optionalNumber("parallel_to"),
                nullable(row.value(QLatin1String("transfer_note"))), nullable(row.value(QLatin1String("ocr"))),
                recorded.isNull() || recorded.isUndefined() ? QVariant() : QVariant(pgTime(recorded)) });
    } else if (table == QLatin1String("document_lock")) {
        const QString doc = pgText(row, "document_id");
        auto docThere = exists("SELECT 1 FROM document WHERE id = ?", doc);
        if (!docThere)
            return std::unexpected(docThere.error());
        // A check-out or check-in of ours still waiting to be sent: the server's row is older.
        auto pending = m_db.prepare(QStringLiteral(
            "SELECT 1 FROM oplog WHERE entity_id = ? AND push_state = 'pending' AND resolution IS NULL AND command IN "
            "('document.checkout', 'document.checkin', 'document.checkout.cancel', 'lock.break') LIMIT 1"));
        if (!pending)
            return std::unexpected(pending.error());
        pending->bind(1, doc);
        auto waiting = pending->step();
        if (!waiting)
            return std::unexpected(waiting.error());
        (void)pending->reset();
        // Its document waits for its case (or for our own changes to go first): fetched again.
        if (auto d = deferIf(!*docThere || *waiting); !d || !*d)
            return d;
        auto time = [&](const char *key) {
            const QJsonValue v = row.value(QLatin1String(key));
            return v.isNull() || v.isUndefined() ? QVariant() : QVariant(pgTime(v));
        };
        done = run(QStringLiteral("INSERT INTO document_lock (document_id, owner, since, expires, broken_by, broken_at, "
                                  "broken_owner, revision) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(document_id) DO UPDATE "
                                  "SET owner = excluded.owner, since = excluded.since, expires = excluded.expires, "
                                  "broken_by = excluded.broken_by, broken_at = excluded.broken_at, broken_owner = "
                                  "excluded.broken_owner, revision = excluded.revision"),
                   {doc, nullable(row.value(QLatin1String("owner"))), time("since"), time("expires"),
                    nullable(row.value(QLatin1String("broken_by"))), time("broken_at"),
                    nullable(row.value(QLatin1String("broken_owner"))), num("revision")});
    } else if (table == QLatin1String("conflict")) {
        done = run(QStringLiteral("INSERT INTO conflict (id, entity_type, entity_id, field, base_value, mine_value, "
                                  "theirs_value, mine_user, status, resolved_by, resolved_at, created_at, revision) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET status = "
                                  "excluded.status, resolved_by = excluded.resolved_by, resolved_at = "
                                  "excluded.resolved_at, theirs_value = excluded.theirs_value, revision = "
                                  "excluded.revision"),
                   {id, pgText(row, "entity_type"), pgText(row, "entity_id"), pgText(row, "field"),
                    nullable(row.value(QLatin1String("base_value"))), nullable(row.value(QLatin1String("mine_value"))),
                    nullable(row.value(QLatin1String("theirs_value"))), pgText(row, "mine_user"), pgText(row, "status"),
                    nullable(row.value(QLatin1String("resolved_by"))),
                    row.value(QLatin1String("resolved_at")).isNull() ? QVariant()
                                                                     : QVariant(pgTime(row.value(QLatin1String("resolved_at")))),
                    pgTime(row.value(QLatin1String("created_at"))), num("revision")});
    } else {
        return fail(ErrorCode::Unsupported, tr("Unknown table from the server."), table);
    }
    if (!done)
        return std::unexpected(done.error());
    auto st = m_db.prepare(QStringLiteral("DELETE FROM sync_refetch WHERE entity_id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, table == QLatin1String("version") || table == QLatin1String("document_lock") ? pgText(row, "document_id")
                                                                                             : id);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    return true;
}

Result<bool> PullMerge::hasPendingOperations(const QString &entityId)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM oplog WHERE entity_id = ? AND push_state = 'pending' AND resolution IS NULL LIMIT 1"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, entityId);
    return st->step();
}

} // namespace Aktenwerk::Dms
