#pragma once

#include "dms/command.h"
#include "dms/store/writer.h"
#include "dms/sync/pg.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Aktenwerk::Dms {

class Engine;

/**
 * One row the pull brought, by column name — straight from the server's result (no copy, no
 * JSON), or from a JSON object (tests, rows written by hand). Values are PostgreSQL's text.
 */
class PulledRow
{
public:
    PulledRow(const PgResult *result, int row)
        : m_result(result)
        , m_row(row)
    {
    }
    explicit PulledRow(const QJsonObject *object)
        : m_object(object)
    {
    }

    /** The column's value as text; null when it is NULL or missing. */
    QJsonValue value(QLatin1String column) const;

private:
    const PgResult *m_result = nullptr;
    int m_row = 0;
    const QJsonObject *m_object = nullptr;
};

/**
 * What one pull brings, table by table. It keeps what its rows point into (the server's results
 * or the JSON objects) alive.
 */
class PulledPage
{
public:
    void add(const QString &table, std::shared_ptr<PgResult> result);
    static PulledPage fromJson(const QJsonObject &tables);
    QList<PulledRow> rows(const QString &table) const { return m_rows.value(table); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    /** What the server grants the user now (kept with the watermark when the pull finishes). */
    QString access;

private:
    QList<std::shared_ptr<PgResult>> m_results;
    std::shared_ptr<QList<QJsonObject>> m_objects;
    QHash<QString, QList<PulledRow>> m_rows;
};

/**
 * The pull's merge: server rows into the local index, inside the write path's transaction
 * (Writer::applyExternal), recorded as one "sync.pull" operation with its audit event.
 *
 * Parents before children so that local foreign keys hold at every step; rows with changes
 * here that wait to be pushed are deferred (sync_refetch) and fetched again next time; fields
 * others changed go to the field history with the server's who and when; a plan unit refused
 * here for its code steps aside under a marked code; the user's department and roles follow
 * the server's row. Nothing is deleted because it is missing on the server.
 */
class PullMerge
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::PullMerge)
public:
    struct Outcome
    {
        int applied = 0;
        int deferred = 0;
        int removed = 0; ///< files the server destroyed, removed here
    };
    /**
     * Merges @p page through @p engine's write path. @p watermark: where the next pull starts
     * (empty: unchanged); @p finished: the pull is complete (the last sync time is recorded).
     */
    static Result<Outcome> apply(Engine &engine, const PulledPage &page, const QString &watermark, bool finished);
    /** The same for rows given as JSON objects by table name. */
    static Result<Outcome> apply(Engine &engine, const QJsonObject &tables, const QString &watermark, bool finished);

private:
    PullMerge(Database &db, const Writer::Context &context);
    Result<Writer::External> merge(const PulledPage &page, const QString &watermark, bool finished);
    Result<bool> applyRow(const QString &table, const PulledRow &row);
    Result<bool> applyRowData(const QString &table, const PulledRow &row);
    Result<std::optional<QHash<QString, QString>>> fieldsOf(const QString &table, const QString &id);
    Result<bool> hasPendingOperations(const QString &entityId);

    Database &m_db;
    const ContentStore *m_content;
    Model::User m_user;
    QString m_now;
    bool m_userChanged = false;
    QList<Writer::PulledFieldChange> m_pulledFieldChanges;
    int m_removed = 0;
};

} // namespace Aktenwerk::Dms
