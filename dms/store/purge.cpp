#include "purge.h"

#include <QDir>
#include <QFile>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;

namespace {

Status run(Database &db, const QString &sql, const QString &fileId = {})
{
    auto st = db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    if (!fileId.isNull())
        st->bind(1, fileId);
    return st->run();
}

Result<QStringList> column(Database &db, const QString &sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    QStringList values;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return values;
        values << st->text(0);
    }
}

} // namespace

Result<int> Purge::removeFile(Database &db, const QString &fileId, const QString &removalId, const QString &now)
{
    // What belongs to the file, by id: the file, its sub-files, cases and documents.
    for (const char *sql : { "CREATE TEMP TABLE IF NOT EXISTS purge_entity (id TEXT PRIMARY KEY)",
             "CREATE TEMP TABLE IF NOT EXISTS purge_document (id TEXT PRIMARY KEY)", "DELETE FROM temp.purge_entity",
             "DELETE FROM temp.purge_document" }) {
        if (auto s = db.exec(QString::fromLatin1(sql)); !s)
            return std::unexpected(s.error());
    }
    for (const char *sql : {
             "INSERT INTO temp.purge_document SELECT d.id FROM document d JOIN case_record c ON c.id = d.case_id "
             "WHERE c.file_id = ?1",
             "INSERT OR IGNORE INTO temp.purge_entity SELECT id FROM file_record WHERE id = ?1 UNION ALL "
             "SELECT id FROM sub_file WHERE file_id = ?1 UNION ALL SELECT id FROM case_record WHERE file_id = ?1",
         }) {
        if (auto s = run(db, QString::fromLatin1(sql), fileId); !s)
            return std::unexpected(s.error());
    }
    if (auto s = db.exec(QStringLiteral("INSERT OR IGNORE INTO temp.purge_entity SELECT id FROM temp.purge_document"));
        !s)
        return std::unexpected(s.error());
    auto documents = db.scalar(QStringLiteral("SELECT count(*) FROM temp.purge_document"));
    if (!documents)
        return std::unexpected(documents.error());
    auto hashes = column(db,
        QStringLiteral(
            "SELECT DISTINCT sha256 FROM version WHERE document_id IN (SELECT id FROM temp.purge_document)"));
    if (!hashes)
        return std::unexpected(hashes.error());

    static const char *const steps[] = {
        // Working copies go from disk after the commit.
        "INSERT OR IGNORE INTO purge_pending (kind, target) SELECT 'path', path FROM working_copy "
        "WHERE document_id IN (SELECT id FROM temp.purge_document)",
        "DELETE FROM working_copy WHERE document_id IN (SELECT id FROM temp.purge_document)",
        "DELETE FROM document_lock WHERE document_id IN (SELECT id FROM temp.purge_document)",
        // The versions' trigger lets these go, and only these, while they are listed in purging.
        "INSERT OR IGNORE INTO purging SELECT id FROM temp.purge_document",
        "DELETE FROM version WHERE document_id IN (SELECT id FROM temp.purge_document)",
        "DELETE FROM purging",
        "DELETE FROM search_doc WHERE document_id IN (SELECT id FROM temp.purge_document)",
        "DELETE FROM search_pending WHERE document_id IN (SELECT id FROM temp.purge_document)",
        "DELETE FROM search_record WHERE record_id IN (SELECT id FROM temp.purge_entity)",
        "DELETE FROM search_record_pending WHERE record_id IN (SELECT id FROM temp.purge_entity)",
        "DELETE FROM conflict WHERE entity_id IN (SELECT id FROM temp.purge_entity)",
        "DELETE FROM field_history WHERE entity_id IN (SELECT id FROM temp.purge_entity)",
        "DELETE FROM sync_refetch WHERE entity_id IN (SELECT id FROM temp.purge_entity)",
        "DELETE FROM route_step WHERE route_id IN (SELECT id FROM route WHERE file_id = ?1 OR entity_id IN "
        "(SELECT id FROM temp.purge_entity))",
        "DELETE FROM route WHERE file_id = ?1 OR entity_id IN (SELECT id FROM temp.purge_entity)",
        "DELETE FROM resubmission WHERE entity_id IN (SELECT id FROM temp.purge_entity)",
        "DELETE FROM record_keeping WHERE file_id = ?1 OR id IN (SELECT id FROM temp.purge_entity)",
        "DELETE FROM legal_hold WHERE file_id = ?1",
        "DELETE FROM document WHERE id IN (SELECT id FROM temp.purge_document)",
        "DELETE FROM case_record WHERE file_id = ?1",
        "DELETE FROM sub_file WHERE file_id = ?1",
        "DELETE FROM file_record WHERE id = ?1",
    };
    for (const char *sql : steps) {
        const QString text = QString::fromLatin1(sql);
        if (auto s = run(db, text, text.contains(QLatin1String("?1")) ? fileId : QString()); !s)
            return std::unexpected(s.error());
    }
    // Content that no version here holds any more (another document with the same bytes keeps it).
    for (const QString &sha : std::as_const(*hashes)) {
        auto st = db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM version WHERE sha256 = ?)"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, sha);
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (st->integer(0) != 0)
            continue;
        for (const char *sql : { "DELETE FROM extraction WHERE sha256 = ?1", "DELETE FROM content WHERE sha256 = ?1",
                 "INSERT OR IGNORE INTO purge_pending (kind, target) VALUES ('content', ?1)" }) {
            if (auto s = run(db, QString::fromLatin1(sql), sha); !s)
                return std::unexpected(s.error());
        }
    }
    auto st = db.prepare(QStringLiteral("INSERT OR IGNORE INTO removal (id, file_id, removed_at) VALUES (?, ?, ?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(removalId, fileId, now);
    if (auto s = st->run(); !s)
        return std::unexpected(s.error());
    return documents->toInt();
}

Status Purge::finish(Database &db, const ContentStore &content, const QString &dataDir)
{
    QList<std::pair<QString, QString>> done;
    {
        auto pending = db.prepare(QStringLiteral(
            "SELECT kind, target, kind = 'content' AND EXISTS (SELECT 1 FROM content c WHERE c.sha256 = p.target) "
            "FROM purge_pending p"));
        if (!pending)
            return std::unexpected(pending.error());
        for (;;) {
            auto row = pending->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            const QString kind = pending->text(0);
            const QString target = pending->text(1);
            if (kind == QLatin1String("content")) {
                // Fetched again meanwhile (a new version with the same bytes): it stays.
                if (pending->integer(2) == 0) {
                    if (auto s = content.remove(target); !s)
                        return s;
                    const QString rendition = QDir(dataDir).filePath(QStringLiteral("archive/pdfa/%1.pdf").arg(target));
                    if (QFile::exists(rendition) && !QFile::remove(rendition))
                        return fail(ErrorCode::Io, tr("Cannot remove %1.").arg(rendition), rendition);
                }
            } else if (QFile::exists(target) && !QFile::remove(target)) {
                return fail(ErrorCode::Io, tr("Cannot remove %1.").arg(target), target);
            }
            done.append({ kind, target });
        }
    }
    auto gone = db.prepare(QStringLiteral("DELETE FROM purge_pending WHERE kind = ? AND target = ?"));
    if (!gone)
        return std::unexpected(gone.error());
    for (const auto &[kind, target] : std::as_const(done)) {
        gone->bindAll(kind, target);
        if (auto s = gone->run(); !s)
            return s;
        if (auto s = gone->reset(); !s)
            return s;
    }
    return {};
}

} // namespace Aktenwerk::Dms
