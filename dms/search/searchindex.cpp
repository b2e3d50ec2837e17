#include "searchindex.h"

#include "dms/capture/extractioncache.h"
#include "dms/engine.h"
#include "dms/search/germantext.h"
#include "dms/search/rank.h"
#include "dms/store/contentstore.h"
#include "dms/store/sqlite.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Aktenwerk::Dms::Search {

using Model::ErrorCode;
using Model::fail;
using Model::Result;
using Model::Status;

namespace {

/** Text of a content whose kind is plain text: UTF-8, else Latin-1 (old Windows exports). */
QString decodeText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString s = utf8(bytes);
    if (!utf8.hasError())
        return s;
    QStringDecoder latin1(QStringDecoder::Latin1);
    return latin1(bytes);
}

bool isPlainText(const QString &mime)
{
    return mime.startsWith(QLatin1String("text/")) && mime != QLatin1String("text/html");
}

bool isImage(const QString &mime)
{
    return Extractor::readerFor(mime) == QLatin1String("image");
}

} // namespace

QString SearchIndex::imageWithoutText()
{
    return tr("An image is stored without text for now; text recognition (OCR) will read it later.");
}

Result<QList<SearchIndex::Row>> SearchIndex::pendingRows(Database &db, const ContentStore &content, qint64 afterTicket,
                                                         int limit)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT p.document_id, p.ticket, d.id IS NULL OR d.deleted, d.title, d.type, d.metadata, "
        "c.title, c.reference, f.title, f.reference, v.mime_type, v.sha256, v.size, v.file_name, f.department_code, "
        "coalesce(c.former_reference, ''), coalesce(f.former_reference, '') "
        "FROM search_pending p LEFT JOIN document d ON d.id = p.document_id "
        "LEFT JOIN case_record c ON c.id = d.case_id LEFT JOIN file_record f ON f.id = c.file_id "
        "LEFT JOIN version v ON v.document_id = d.id AND v.number = d.current_version "
        "WHERE p.ticket > ? ORDER BY p.ticket LIMIT ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(afterTicket, static_cast<qint64>(limit));
    QList<Row> rows;
    while (true) {
        auto more = st->step();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        Row r;
        r.documentId = st->text(0);
        r.ticket = st->int64(1);
        r.gone = st->int64(2) != 0;
        if (!r.gone) {
            r.title = terms(QStringList{st->text(3), st->text(6), st->text(8)}.join(QLatin1Char('\n')));
            QStringList meta { st->text(4), st->text(7), st->text(9), st->text(13), st->text(15), st->text(16) };
            const QJsonObject md = QJsonDocument::fromJson(st->text(5).toUtf8()).object();
            for (auto it = md.constBegin(); it != md.constEnd(); ++it)
                meta << it.value().toVariant().toString();
            r.meta = terms(meta.join(QLatin1Char('\n'))) + QLatin1Char(' ') + filterTokens(st->text(14), st->text(4));
            const QString mime = st->text(10);
            const QString sha = st->text(11);
            const qint64 size = st->int64(12);
            if (sha.isEmpty()) {
                r.textStatus = QStringLiteral("none");
            } else if (isPlainText(mime)) {
                if (size > maxTextBytes) {
                    r.textStatus = tr("The text is larger than %1 MiB; it is not indexed.").arg(maxTextBytes >> 20);
                } else if (auto bytes = content.read(sha, size); !bytes) {
                    r.textStatus = bytes.error().message;
                } else {
                    r.text = normalizeExtracted(decodeText(*bytes));
                    r.body = terms(r.text);
                    r.textStatus = QStringLiteral("ok");
                }
            } else if (Extractor::handles(mime)) {
                r.sha256 = sha;
                r.mimeType = mime;
                r.textStatus = QStringLiteral("pending"); // the extraction table or the worker fills it
            } else {
                r.textStatus = QStringLiteral("none"); // other kinds have no text
            }
        }
        rows.append(std::move(r));
    }
    (void)st->reset();

    // Content read before: from the extraction cache.
    for (Row &r : rows) {
        if (r.textStatus != QLatin1String("pending"))
            continue;
        auto e = ExtractionCache::known(db, r.sha256);
        if (!e)
            return std::unexpected(e.error());
        if (*e) {
            const bool ok = (*e)->status == Extraction::Status::Ok;
            r.text = ok ? (*e)->text : QString();
            r.body = terms(r.text);
            r.textStatus = ok ? (isImage(r.mimeType) ? imageWithoutText() : QStringLiteral("ok")) : (*e)->reason;
        }
    }
    return rows;
}

void SearchIndex::complete(Row &row, const Extraction &e, const QString &body, bool fresh)
{
    const bool ok = e.status == Extraction::Status::Ok;
    row.text = ok ? e.text : QString();
    row.body = ok ? body : QString();
    row.textStatus = ok ? (isImage(row.mimeType) ? imageWithoutText() : QStringLiteral("ok")) : e.reason;
    if (fresh)
        row.extraction = e;
}

Result<int> SearchIndex::indexPending(Database &reader, const ContentStore &content,
                                      const std::function<Result<int>(const QList<Row> &)> &store,
                                      const std::atomic<bool> *cancel, const std::atomic<bool> *moreComing, int threads)
{
    if (threads <= 0)
        threads = std::max(1, QThread::idealThreadCount());
    struct Job
    {
        QString sha256, path, mimeType;
    };
    struct Done
    {
        QString sha256;
        Result<Extraction> extraction;
        QString body;
    };
    std::mutex mutex;
    std::condition_variable wake; // a job for a worker thread, or a result for this one
    std::deque<Job> jobs;
    std::deque<Done> done;
    bool stopping = false;

    // One serving worker process per thread; the document's terms are built there too.
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            ExtractionSession session;
            while (true) {
                Job job;
                {
                    std::unique_lock lock(mutex);
                    wake.wait(lock, [&] { return stopping || !jobs.empty(); });
                    if (stopping)
                        return;
                    job = std::move(jobs.front());
                    jobs.pop_front();
                }
                // A mail's body is its text here; its attachments are documents of their own (import).
                Extractor::Limits limits;
                limits.attachments = false;
                Result<Extraction> e = session.extract(job.path, job.mimeType, limits, cancel);
                QString body;
                if (e && e->status == Extraction::Status::Ok)
                    body = terms(e->text);
                {
                    const std::lock_guard lock(mutex);
                    done.push_back(Done{job.sha256, std::move(e), std::move(body)});
                }
                wake.notify_all();
            }
        });
    }
    auto finish = [&] {
        {
            const std::lock_guard lock(mutex);
            stopping = true;
        }
        wake.notify_all();
        for (std::thread &t : pool)
            t.join();
    };

    // Rows waiting for the worker, by content: one extraction serves every document of it.
    QHash<QString, QList<Row>> waiting;
    QList<Row> ready;
    qint64 lastTicket = 0;
    int written = 0;
    QElapsedTimer sinceStore;
    sinceStore.start();
    constexpr int fetchSize = 64;
    constexpr int storeSize = 64;
    while (true) {
        if (cancel && cancel->load()) {
            finish();
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        }
        // Whether more may come is read before looking: what committed before it turned false is seen.
        const bool more = moreComing && moreComing->load();
        qsizetype queued;
        {
            const std::lock_guard lock(mutex);
            queued = static_cast<qsizetype>(jobs.size());
        }
        bool fetched = false;
        if (queued < 2 * threads) {
            auto rows = pendingRows(reader, content, lastTicket, fetchSize);
            if (!rows) {
                finish();
                return std::unexpected(rows.error());
            }
            fetched = !rows->isEmpty();
            for (Row &r : *rows) {
                lastTicket = std::max(lastTicket, r.ticket);
                if (r.textStatus != QLatin1String("pending")) {
                    ready << std::move(r);
                    continue;
                }
                const bool first = !waiting.contains(r.sha256);
                const QString path = content.pathFor(r.sha256), sha = r.sha256, mime = r.mimeType;
                waiting[sha] << std::move(r);
                if (first) {
                    {
                        const std::lock_guard lock(mutex);
                        jobs.push_back(Job{sha, path, mime});
                    }
                    wake.notify_all();
                }
            }
        }
        std::deque<Done> finished;
        {
            std::unique_lock lock(mutex);
            if (done.empty() && !fetched && !waiting.isEmpty())
                wake.wait_for(lock, std::chrono::milliseconds(50), [&] { return !done.empty(); });
            finished.swap(done);
        }
        for (Done &d : finished) {
            if (!d.extraction) {
                finish();
                return std::unexpected(d.extraction.error());
            }
            QList<Row> rows = waiting.take(d.sha256);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                complete(rows[i], *d.extraction, d.body, i == 0);
                ready << std::move(rows[i]);
            }
        }
        const bool idle = waiting.isEmpty() && !fetched;
        if (ready.size() >= storeSize || (!ready.isEmpty() && (idle || sinceStore.elapsed() > 500))) {
            auto stored = store(ready);
            if (!stored) {
                finish();
                return std::unexpected(stored.error());
            }
            written += *stored;
            ready.clear();
            sinceStore.restart();
        }
        if (idle && ready.isEmpty()) {
            if (!more)
                break;
            QThread::msleep(20); // an import is still storing files: their documents come
        }
    }
    finish();
    return written;
}

namespace {

/** "xdept63", "xtypebescheid": a filter value as one index token; empty when nothing of it is ASCII. */
QString filterToken(const char *field, const QString &value)
{
    QString v = fold(value);
    v.removeIf([](QChar c) { return !(c.isLetterOrNumber() && c.unicode() < 128); });
    return v.isEmpty() ? QString() : QLatin1String(field) + v;
}

/** Where entries and their queue live: documents (schema 4), files and cases (schema 12). */
struct EntryTables
{
    const char *pending; ///< the queue, with tickets
    const char *entries; ///< the entries the FTS table indexes
    const char *key; ///< the id column of both
};
constexpr EntryTables documentEntries { "search_pending", "search_doc", "document_id" };
constexpr EntryTables recordEntries { "search_record_pending", "search_record", "record_id" };

/**
 * Whether the entry of @p id may be written: still queued with @p ticket (not changed again while
 * it was read — then it stays queued for the next round). If so, its old entry is removed.
 */
Result<bool> replaceable(Database &db, const EntryTables &t, const QString &id, qint64 ticket)
{
    auto current = db.prepare(
        QStringLiteral("SELECT ticket FROM %1 WHERE %2 = ?").arg(QLatin1String(t.pending), QLatin1String(t.key)));
    if (!current)
        return std::unexpected(current.error());
    current->bind(1, id);
    auto has = current->step();
    if (!has)
        return std::unexpected(has.error());
    if (!*has || current->int64(0) != ticket)
        return false;
    (void)current->reset();
    auto del
        = db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(t.entries), QLatin1String(t.key)));
    if (!del)
        return std::unexpected(del.error());
    del->bind(1, id);
    if (auto s = del->run(); !s)
        return std::unexpected(s.error());
    return true;
}

/** Takes @p id off the queue, unless it was queued again meanwhile (a newer ticket). */
Status dequeue(Database &db, const EntryTables &t, const QString &id, qint64 ticket)
{
    auto done = db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND ticket = ?")
                               .arg(QLatin1String(t.pending), QLatin1String(t.key)));
    if (!done)
        return std::unexpected(done.error());
    done->bindAll(id, ticket);
    return done->run();
}

} // namespace

QString SearchIndex::filterTokens(const QString &department, const QString &type)
{
    return QStringList{filterToken("xdept", department), filterToken("xtype", type)}.join(QLatin1Char(' ')).trimmed();
}

Result<int> SearchIndex::store(Database &db, const QList<Row> &rows)
{
    int stored = 0;
    for (const Row &r : rows) {
        auto take = replaceable(db, documentEntries, r.documentId, r.ticket);
        if (!take)
            return std::unexpected(take.error());
        if (!*take)
            continue;
        if (!r.gone) {
            auto ins = db.prepare(QStringLiteral("INSERT INTO search_doc (document_id, title, meta, body, text, "
                                                 "text_status) VALUES (?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
                                                 "coalesce(?, ''), ?)"));
            if (!ins)
                return std::unexpected(ins.error());
            ins->bindAll(r.documentId, r.title, r.meta, r.body, r.text, r.textStatus);
            if (auto s = ins->run(); !s)
                return std::unexpected(s.error());
        }
        if (r.extraction) {
            if (auto s = ExtractionCache::remember(db, r.sha256, *r.extraction); !s)
                return std::unexpected(s.error());
        }
        if (auto s = dequeue(db, documentEntries, r.documentId, r.ticket); !s)
            return std::unexpected(s.error());
        ++stored;
    }
    return stored;
}

Result<QList<SearchIndex::RecordRow>> SearchIndex::pendingRecordRows(Database &db, qint64 afterTicket, int limit)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT p.record_id, p.kind, p.ticket, coalesce(rc.deleted, rf.deleted, 1), coalesce(rc.title, rf.title), "
        "coalesce(rc.reference, rf.reference), coalesce(rc.former_reference, rf.former_reference, ''), "
        "coalesce(rc.type, rf.type), coalesce(rc.metadata, rf.metadata), coalesce(f.department_code, ''), "
        "coalesce(pu.code, '') "
        "FROM search_record_pending p "
        "LEFT JOIN file_record rf ON p.kind = 'file' AND rf.id = p.record_id "
        "LEFT JOIN case_record rc ON p.kind = 'case' AND rc.id = p.record_id "
        "LEFT JOIN file_record f ON f.id = coalesce(rc.file_id, rf.id) "
        "LEFT JOIN plan_unit pu ON pu.id = f.plan_unit_id "
        "WHERE p.ticket > ? ORDER BY p.ticket LIMIT ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll(afterTicket, static_cast<qint64>(limit));
    QList<RecordRow> rows;
    while (true) {
        auto more = st->step();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        RecordRow r;
        r.recordId = st->text(0);
        r.kind = st->text(1);
        r.ticket = st->int64(2);
        r.gone = st->int64(3) != 0;
        if (!r.gone) {
            r.title = terms(st->text(4));
            QStringList meta { st->text(5), st->text(6), st->text(7), st->text(10) };
            QStringList values;
            const QJsonObject md = QJsonDocument::fromJson(st->text(8).toUtf8()).object();
            for (auto it = md.constBegin(); it != md.constEnd(); ++it) {
                const QString value = it.value().toVariant().toString().simplified();
                if (!value.isEmpty())
                    values << value;
            }
            meta << values;
            r.meta = terms(meta.join(QLatin1Char('\n'))) + QLatin1Char(' ') + filterTokens(st->text(9), QString());
            r.text = values.join(QStringLiteral(" · "));
        }
        rows.append(std::move(r));
    }
    return rows;
}

Result<int> SearchIndex::storeRecords(Database &db, const QList<RecordRow> &rows)
{
    int stored = 0;
    for (const RecordRow &r : rows) {
        auto take = replaceable(db, recordEntries, r.recordId, r.ticket);
        if (!take)
            return std::unexpected(take.error());
        if (!*take)
            continue;
        if (!r.gone) {
            auto ins = db.prepare(QStringLiteral(
                "INSERT INTO search_record (record_id, kind, title, meta, text) VALUES (?, ?, coalesce(?, ''), "
                "coalesce(?, ''), coalesce(?, ''))"));
            if (!ins)
                return std::unexpected(ins.error());
            ins->bindAll(r.recordId, r.kind, r.title, r.meta, r.text);
            if (auto s = ins->run(); !s)
                return std::unexpected(s.error());
        }
        if (auto s = dequeue(db, recordEntries, r.recordId, r.ticket); !s)
            return std::unexpected(s.error());
        ++stored;
    }
    return stored;
}

Status SearchIndex::invalidateAll(Database &db)
{
    return db.exec(
        QStringLiteral("UPDATE search_ticket SET value = value + 1 WHERE id = 1;"
                       "INSERT OR REPLACE INTO search_pending (document_id, ticket) "
                       "  SELECT id, (SELECT value FROM search_ticket) FROM document "
                       "  UNION SELECT document_id, (SELECT value FROM search_ticket) FROM search_doc;"
                       "INSERT OR REPLACE INTO search_record_pending (record_id, kind, ticket) "
                       "  SELECT id, 'file', (SELECT value FROM search_ticket) FROM file_record "
                       "  UNION SELECT id, 'case', (SELECT value FROM search_ticket) FROM case_record "
                       "  UNION SELECT record_id, kind, (SELECT value FROM search_ticket) FROM search_record;"));
}

Result<int> SearchIndex::pendingCount(Database &db)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM search_pending"));
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<QString> SearchIndex::textStatus(Database &db, const QUuid &documentId)
{
    auto st = db.prepare(QStringLiteral("SELECT text_status FROM search_doc WHERE document_id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, documentId.toString(QUuid::WithoutBraces));
    auto has = st->step();
    if (!has)
        return std::unexpected(has.error());
    return *has ? st->text(0) : QString();
}

Result<Results> SearchIndex::search(const Engine &engine, const QString &query, int limit, int offset, bool facets)
{
    auto q = Query::parse(query);
    if (!q)
        return std::unexpected(q.error());
    auto db = engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    return search(*db, *q, limit, offset, facets);
}

namespace {

/** The az: filter over f (file) and c (case): a whole reference or the beginning of one, also former ones. */
void referenceSql(const Query &q, QString &where, QStringList &args)
{
    if (q.reference.isEmpty())
        return;
    // A whole reference, or the beginning of one ("az:63.01.02" → its files).
    where += QStringLiteral(" AND (f.reference = ? OR c.reference = ? OR f.reference LIKE ? ESCAPE '\\' "
                            "OR c.reference LIKE ? ESCAPE '\\' OR f.former_reference = ? OR c.former_reference = ? "
                            "OR f.former_reference LIKE ? ESCAPE '\\' OR c.former_reference LIKE ? ESCAPE '\\')");
    QString like = q.reference;
    like.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    args << q.reference << q.reference << like + QLatin1Char('%') << like + QLatin1Char('%');
    args << q.reference << q.reference << like + QLatin1Char('%') << like + QLatin1Char('%'); // former references
}

/**
 * Files and cases matching @p q's words (schema 12), best first: BM25 with the title weighing 8,
 * references and metadata 4 — there are few enough of them to score every match. The filters
 * that files and cases have apply (az:, fb:, status:, jahr:/von:/bis: on when they were created).
 */
Result<bool> searchRecords(Database &db, const Query &q, int limit, QList<Hit> &hits)
{
    QString where;
    QStringList args;
    referenceSql(q, where, args);
    if (!q.department.isEmpty()) {
        where += QStringLiteral(" AND f.department_code = ?");
        args << q.department;
    }
    if (!q.status.isEmpty()) {
        where += QStringLiteral(" AND coalesce(c.status, f.status) = ?");
        args << q.status;
    }
    if (q.from.isValid()) {
        where += QStringLiteral(" AND coalesce(c.created_at, f.created_at) >= ?");
        args << q.from.toString(Qt::ISODate);
    }
    if (q.to.isValid()) {
        where += QStringLiteral(" AND coalesce(c.created_at, f.created_at) < ?");
        args << q.to.addDays(1).toString(Qt::ISODate);
    }
    auto st = db.prepare(
        QStringLiteral(
            "SELECT s.kind, s.record_id, s.text, f.id, f.reference, f.title, coalesce(pu.code, ''), c.reference, "
            "c.title, coalesce(c.type, f.type), coalesce(c.status, f.status), coalesce(c.modified_at, f.modified_at), "
            "f.department_code "
            "FROM search_record_fts JOIN search_record s ON s.rowid = search_record_fts.rowid "
            "LEFT JOIN case_record c ON s.kind = 'case' AND c.id = s.record_id "
            "LEFT JOIN file_record f ON f.id = CASE s.kind WHEN 'file' THEN s.record_id ELSE c.file_id END "
            "LEFT JOIN plan_unit pu ON pu.id = f.plan_unit_id "
            "WHERE search_record_fts MATCH ? AND f.deleted = 0 AND coalesce(c.deleted, 0) = 0")
        + where
        // A reference typed whole: its file or case first, before those whose references begin with it.
        + QStringLiteral(
            " ORDER BY coalesce(c.reference, f.reference) IN (SELECT value FROM json_each(?)) "
            "OR coalesce(c.former_reference, f.former_reference, '') IN (SELECT value FROM json_each(?)) DESC, "
            "bm25(search_record_fts, 8.0, 4.0) LIMIT ?"));
    if (!st)
        return std::unexpected(st.error());
    int i = 1;
    st->bind(i++, q.match);
    for (const QString &a : args)
        st->bind(i++, a);
    const QString written
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(q.written)).toJson(QJsonDocument::Compact));
    st->bind(i++, written);
    st->bind(i++, written);
    st->bind(i++, limit + 1);
    while (true) {
        auto more = st->step();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        if (hits.size() == limit)
            return true; // more than limit
        Hit h;
        const bool isCase = st->text(0) == QLatin1String("case");
        h.kind = isCase ? Hit::Kind::Case : Hit::Kind::File;
        const QString passage = SearchIndex::snippet(st->text(2), q.terms, q.prefixes);
        if (passage.contains(QLatin1Char('[')))
            h.snippet = passage; // the words were found in the metadata (else in the title or reference)
        h.fileId = QUuid::fromString(st->text(3));
        h.fileReference = st->text(4);
        h.planCode = st->text(6);
        if (isCase) {
            h.caseId = QUuid::fromString(st->text(1));
            h.caseReference = st->text(7);
            h.caseTitle = st->text(8);
            h.title = h.caseTitle;
            h.fileTitle = st->text(5);
        } else {
            h.title = st->text(5);
        }
        h.type = st->text(9);
        h.status = st->text(10);
        h.modifiedAt = QDateTime::fromString(st->text(11), Qt::ISODateWithMs);
        h.department = st->text(12);
        hits.append(std::move(h));
    }
    return false;
}

/** The SQL of the filters (az:, type:, dept:, ...) over d (document), c (case) and f (file), and their values. */
std::pair<QString, QStringList> filterSql(const Query &q)
{
    QString where;
    QStringList args;
    referenceSql(q, where, args);
    if (!q.type.isEmpty()) {
        where += QStringLiteral(" AND lower(d.type) = lower(?)");
        args << q.type;
    }
    if (!q.department.isEmpty()) {
        where += QStringLiteral(" AND f.department_code = ?");
        args << q.department;
    }
    if (!q.status.isEmpty()) {
        where += QStringLiteral(" AND d.status = ?");
        args << q.status;
    }
    if (!q.sender.isEmpty()) {
        where += QStringLiteral(" AND lower(json_extract(d.metadata, '$.sender')) LIKE lower(?)");
        args << QLatin1Char('%') + q.sender + QLatin1Char('%');
    }
    if (q.from.isValid()) {
        where += QStringLiteral(" AND d.created_at >= ?");
        args << q.from.toString(Qt::ISODate);
    }
    if (q.to.isValid()) {
        where += QStringLiteral(" AND d.created_at < ?");
        args << q.to.addDays(1).toString(Qt::ISODate);
    }
    return {where, args};
}

/** One candidate: its search_doc row, its BM25 score (lower is better) and what the facets count. */
struct Candidate
{
    qint64 rowid = 0;
    double score = 0;
    QString dept, type, year;
};

void countFacets(Results &results, const QList<Candidate> &candidates)
{
    const std::pair<const char *, QString Candidate::*> kinds[] = {
        {"dept", &Candidate::dept}, {"type", &Candidate::type}, {"year", &Candidate::year}};
    for (const auto &[name, member] : kinds) {
        QHash<QString, int> counts;
        for (const Candidate &c : candidates)
            ++counts[c.*member];
        QList<Facet> values;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            values.append({it.key(), it.value()});
        std::sort(values.begin(), values.end(), [](const Facet &a, const Facet &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (values.size() > 50)
            values.resize(50);
        results.facets.append({QLatin1String(name), values});
    }
}

} // namespace

Result<QByteArray> SearchIndex::rankInput(Database &db, const QStringList &phrases)
{
    if (!registerRank(db.handle()))
        return fail(ErrorCode::Internal, tr("The search could not be read."),
                    QStringLiteral("akrank: no FTS5 in this SQLite"));
    // Excluded phrases are empty: they score nothing, their numbers do not matter.
    QList<PhraseHits> hits(phrases.size());
    if (std::count_if(phrases.cbegin(), phrases.cend(), [](const QString &p) { return !p.isEmpty(); }) > 1) {
        auto top = db.prepare(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM search_doc"));
        if (!top)
            return std::unexpected(top.error());
        auto hasTop = top->step();
        if (!hasTop)
            return std::unexpected(hasTop.error());
        const qint64 newest = *hasTop ? top->int64(0) : 0;
        constexpr int sample = 256;
        for (qsizetype p = 0; p < phrases.size(); ++p) {
            if (phrases.at(p).isEmpty())
                continue;
            auto st = db.prepare(QStringLiteral("SELECT count(*), min(rowid) FROM (SELECT rowid FROM search_fts "
                                                "WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"));
            if (!st)
                return std::unexpected(st.error());
            st->bindAll(phrases.at(p), static_cast<qint64>(sample));
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            const qint64 n = *row ? st->int64(0) : 0;
            if (n < sample)
                hits[p] = PhraseHits{static_cast<double>(n), 0};
            else
                hits[p] = PhraseHits{static_cast<double>(n), static_cast<double>(std::max<qint64>(1, newest - st->int64(1) + 1))};
        }
    }
    return rankArgument({8.0, 4.0, 1.0}, hits);
}

Result<Results> SearchIndex::search(Database &db, const Query &query, int limit, int offset, bool facets,
                                    int ranked)
{
    Query q = query;
    if (!q.match.isEmpty()) {
        // dept: and type: with words: through the index (filterTokens), not a join per hit.
        for (const auto &[filter, field] : {std::pair{&q.department, "xdept"}, std::pair{&q.type, "xtype"}}) {
            const QString token = filterToken(field, *filter);
            if (token.isEmpty())
                continue; // nothing the index can hold: the join checks it
            q.phrases << QStringLiteral("meta : \"%1\"").arg(token);
            q.match = QStringLiteral("(%1) AND %2").arg(q.match, q.phrases.last());
            filter->clear();
        }
    }
    const auto [where, args] = filterSql(q);
    const bool joined = !where.isEmpty() || facets;
    const QString joins = QStringLiteral(
        "JOIN search_doc s ON s.rowid = search_fts.rowid JOIN document d ON d.id = s.document_id "
        "LEFT JOIN case_record c ON c.id = d.case_id LEFT JOIN file_record f ON f.id = c.file_id ");
    Results results;
    QList<Candidate> candidates;
    if (!q.match.isEmpty()) {
        // The plan (README, "How search stays fast"): the newest `ranked` hits, read
        // from the index in rowid order without scoring the rest, are ranked by BM25 (title hits
        // weigh most, then references and metadata, then the text). Fewer hits than that: all
        // of them are ranked and counted exactly. BM25 over every hit of a common word would
        // cost about 3 µs a hit — 300 ms for a word in every tenth of a million documents.
        //
        // The score is BM25 as FTS5's bm25() computes it, but through akrank() (rank.h): bm25()
        // counts each phrase's documents over the whole table first, and for a phrase of common
        // words that alone took 100–180 ms at a million documents.
        const int bound = std::max(ranked, offset + limit + 1);
        auto weights = rankInput(db, q.phrases);
        if (!weights)
            return std::unexpected(weights.error());
        QString sql = QStringLiteral("SELECT search_fts.rowid, akrank(search_fts, ?)");
        if (facets)
            sql += QStringLiteral(", coalesce(f.department_code, ''), d.type, substr(d.created_at, 1, 4)");
        sql += QStringLiteral(" FROM search_fts ") + (joined ? joins : QString())
            + QStringLiteral("WHERE search_fts MATCH ?") + where
            + QStringLiteral(" ORDER BY search_fts.rowid DESC LIMIT ?");
        auto st = db.prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        int i = 1;
        st->bind(i++, *weights);
        st->bind(i++, q.match);
        for (const QString &a : args)
            st->bind(i++, a);
        st->bind(i++, bound);
        while (true) {
            auto more = st->step();
            if (!more) {
                if (more.error().detail.contains(QLatin1String("fts5")))
                    return fail(ErrorCode::InvalidArgument, tr("The search could not be read."), more.error().detail);
                return std::unexpected(more.error());
            }
            if (!*more)
                break;
            Candidate c{st->int64(0), st->real(1), {}, {}, {}};
            if (facets) {
                c.dept = st->text(2);
                c.type = st->text(3);
                c.year = st->text(4);
            }
            candidates.append(std::move(c));
        }
        results.count = candidates.size();
        results.countIsExact = candidates.size() < bound;
        if (facets)
            countFacets(results, candidates);
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
        results.more = candidates.size() > offset + limit;
        candidates = candidates.mid(offset, limit);
    } else {
        // Filters only: the most recently changed documents first (index document_modified).
        auto st = db.prepare(QStringLiteral("SELECT s.rowid FROM document d JOIN search_doc s ON s.document_id = d.id "
                                            "LEFT JOIN case_record c ON c.id = d.case_id "
                                            "LEFT JOIN file_record f ON f.id = c.file_id WHERE d.deleted = 0")
                             + where + QStringLiteral(" ORDER BY d.modified_at DESC LIMIT ? OFFSET ?"));
        if (!st)
            return std::unexpected(st.error());
        int i = 1;
        for (const QString &a : args)
            st->bind(i++, a);
        st->bind(i++, limit + 1);
        st->bind(i++, offset);
        while (true) {
            auto more = st->step();
            if (!more)
                return std::unexpected(more.error());
            if (!*more)
                break;
            candidates.append({st->int64(0), 0, {}, {}, {}});
        }
        results.more = candidates.size() > limit;
        candidates.resize(std::min<qsizetype>(candidates.size(), limit));
        results.count = offset + candidates.size();
        results.countIsExact = !results.more;
        if (facets) {
            // Counted over every match of the filters, not only the page.
            const std::pair<const char *, const char *> kinds[] = {
                {"dept", "coalesce(f.department_code, '')"}, {"type", "d.type"}, {"year", "substr(d.created_at, 1, 4)"}};
            for (const auto &[name, expr] : kinds) {
                auto fs = db.prepare(QStringLiteral("SELECT %1, count(*) FROM document d "
                                                    "LEFT JOIN case_record c ON c.id = d.case_id "
                                                    "LEFT JOIN file_record f ON f.id = c.file_id WHERE d.deleted = 0")
                                         .arg(QLatin1String(expr))
                                     + where + QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50"));
                if (!fs)
                    return std::unexpected(fs.error());
                int n = 1;
                for (const QString &a : args)
                    fs->bind(n++, a);
                QList<Facet> values;
                while (true) {
                    auto row = fs->step();
                    if (!row)
                        return std::unexpected(row.error());
                    if (!*row)
                        break;
                    values.append({fs->text(0), fs->integer(1)});
                }
                results.facets.append({QLatin1String(name), values});
            }
        }
    }

    // The page: what the list shows, for these few rows only.
    for (const Candidate &c : std::as_const(candidates)) {
        auto st = db.prepare(QStringLiteral(
            "SELECT d.id, d.title, v.file_name, f.reference, c.reference, c.title, s.text, s.text_status, f.id, "
            "pu.code, c.id, d.deleted, d.type, d.modified_at, d.number FROM search_doc s JOIN document d ON d.id = "
            "s.document_id "
            "LEFT JOIN case_record c ON c.id = d.case_id LEFT JOIN file_record f ON f.id = c.file_id "
            "LEFT JOIN plan_unit pu ON pu.id = f.plan_unit_id "
            "LEFT JOIN version v ON v.document_id = d.id AND v.number = d.current_version WHERE s.rowid = ?"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, c.rowid);
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row || st->int64(11) != 0)
            continue; // deleted since it was indexed; its entry goes with the next index update
        Hit h;
        h.documentId = QUuid::fromString(st->text(0));
        h.title = st->text(1);
        h.fileName = st->text(2);
        h.fileReference = st->text(3);
        h.caseReference = st->text(4);
        h.caseTitle = st->text(5);
        h.snippet = snippet(st->text(6), q.terms, q.prefixes);
        h.textStatus = st->text(7);
        h.fileId = QUuid::fromString(st->text(8));
        h.planCode = st->text(9);
        h.caseId = QUuid::fromString(st->text(10));
        h.type = st->text(12);
        h.modifiedAt = QDateTime::fromString(st->text(13), Qt::ISODateWithMs);
        h.number = st->integer(14);
        results.hits.append(std::move(h));
    }
    // Files and cases: with words, on the first page (not for a count of facets alone), unless the
    // filters name what only documents have.
    if (limit > 0 && offset == 0 && !query.match.isEmpty() && query.type.isEmpty() && query.sender.isEmpty()) {
        auto more = searchRecords(db, query, recordLimit, results.records);
        if (!more)
            return std::unexpected(more.error());
        results.moreRecords = *more;
    }
    return results;
}

QString SearchIndex::snippet(const QString &text, const QStringList &terms, const QStringList &prefixes, int words)
{
    if (text.isEmpty())
        return {};
    const QList<Token> tokens = split(text);
    // Folding every word of a long text is what makes snippets slow: a word whose first letter
    // no term and no prefix starts with cannot be a hit (letters beyond ASCII: fold decides).
    QSet<QChar> firsts;
    for (const QStringList *list : {&terms, &prefixes}) {
        for (const QString &t : *list) {
            if (!t.isEmpty())
                firsts.insert(t.at(0));
        }
    }
    auto isHit = [&](const Token &t) {
        const QChar first = t.word.at(0).toLower();
        if (first.unicode() < 0x80 && !firsts.contains(first))
            return false;
        const QString folded = fold(t.word);
        for (const QString &p : prefixes) {
            if (folded.startsWith(p))
                return true;
        }
        // A German stem is the beginning of the folded word: only words that start like one of
        // the terms are stemmed (stemming every word made snippets of long texts slow).
        for (const QString &term : terms) {
            if (folded.startsWith(term))
                return terms.contains(stem(folded));
        }
        return false;
    };
    qsizetype first = -1;
    for (qsizetype n = 0; n < tokens.size() && first < 0; ++n) {
        if (isHit(tokens.at(n)))
            first = n;
    }
    const qsizetype from = first < 0 ? 0 : std::max<qsizetype>(0, first - words / 3);
    const qsizetype to = std::min<qsizetype>(tokens.size(), from + words);
    if (from >= to)
        return {};
    QString out;
    if (from > 0)
        out += QStringLiteral("… ");
    qsizetype pos = tokens.at(from).start;
    for (qsizetype n = from; n < to; ++n) {
        const Token &t = tokens.at(n);
        // What stood between two words, with whitespace (line ends too) as one space.
        bool space = false;
        for (qsizetype k = pos; k < t.start; ++k) {
            const QChar c = text.at(k);
            if (c.isSpace()) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        out += isHit(t) ? QLatin1Char('[') + t.word + QLatin1Char(']') : t.word;
        pos = t.start + t.length;
    }
    if (to < tokens.size())
        out += QStringLiteral(" …");
    else
        out += QStringView(text).mid(pos).toString().simplified();
    return out.simplified();
}

} // namespace Aktenwerk::Dms::Search
