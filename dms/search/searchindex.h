#pragma once

#include "dms/capture/extractor.h"
#include "dms/search/query.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>

namespace Aktenwerk::Dms {
class ContentStore;
class Database;
class Engine;
} // namespace Aktenwerk::Dms

namespace Aktenwerk::Dms::Search {

/** One document found — or, among Results::records, a file or case (kind says which). */
struct Hit
{
    enum class Kind { Document, File, Case };
    Kind kind = Kind::Document;
    QUuid documentId; ///< null for a file or case
    QString title;
    QString fileName;      ///< original file name of the current version
    QString fileReference; ///< Aktenzeichen of the file; empty for the intake
    QString caseReference;
    QString caseTitle;
    QString fileTitle; ///< only for a case found (Results::records): the title of its file
    QUuid fileId;          ///< null for the intake
    QUuid caseId;
    QString planCode;      ///< the file's plan unit
    QString snippet;       ///< a piece of the text with the hits in [brackets]
    QString type; ///< the document type ("Bauantrag"), empty for none
    QDateTime modifiedAt; ///< last change of the document
    int number = 0; ///< running number in its case (0 in the intake; below 0: provisional)
    QString textStatus;    ///< "ok", "none", or why there is no text
    QString status; ///< of a file or case: "open" or "closed"
    QString department; ///< of a file or case: its department's code
};

/** How the hits spread: value → number of hits, per facet. */
struct Facet
{
    QString value; ///< a department code, a document type ("" for none) or a year
    int count = 0;
};

struct Results
{
    QList<Hit> hits;
    bool more = false; ///< more hits than the page holds
    /**
     * How many documents match: exact, or — when there are more than SearchIndex::rankedCandidates —
     * a lower bound ("more than N"); then the hits are the best of the newest N and the facets count those.
     */
    int count = 0;
    bool countIsExact = true;
    /** Only when asked for: "dept", "type", "year" → values by count (highest first). */
    QList<std::pair<QString, QList<Facet>>> facets;
    /**
     * Files and cases whose title, reference or metadata match the words (best first, at most
     * SearchIndex::recordLimit; only on a first page of hits (limit > 0), and not for typ:/absender:, which only
     * documents have). Not counted in count.
     */
    QList<Hit> records;
    bool moreRecords = false; ///< more files and cases match than records holds
};

/**
 * The full-text index (schema 4): derived from documents, their files and cases and their
 * content's text. Rows are built on a reader connection and written on the writer's, through
 * Engine::writeDerived (see Indexer); the index can always be rebuilt from stored data.
 */
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Search::SearchIndex)
public:
    struct Row
    {
        QString documentId;
        qint64 ticket = 0;
        bool gone = false; ///< deleted document: its entry goes
        QString title, meta, body, text, textStatus;
        QString sha256;                        ///< content of the current version
        QString mimeType;                      ///< of the current version: which reader the worker uses
        std::optional<Extraction> extraction; ///< read now (not yet in the extraction cache)
    };
    /** A file's or case's entry (schema 12): its terms, or gone. */
    struct RecordRow
    {
        QString recordId;
        QString kind; ///< "file" or "case"
        qint64 ticket = 0;
        bool gone = false;
        QString title, meta, text;
    };
    /**
     * Index tokens for the filters dept: and type:, added to an entry's metadata terms, so that
     * "Bescheid type:Bescheid" is one index lookup instead of a join per hit ("xdept63 xtypebescheid").
     */
    static QString filterTokens(const QString &department, const QString &type);
    /** At most this many files and cases come with the first page of hits. */
    static constexpr int recordLimit = 10;
    /** At most this many hits (the newest) are ranked; see search(). */
    static constexpr int rankedCandidates = 2000;
    /** Largest text taken from one document's content (the rest is not indexed). */
    static constexpr qint64 maxTextBytes = 16 * 1024 * 1024;
    /** The text status of an image that was read: no text until there is OCR. */
    static QString imageWithoutText();

    /**
     * Up to @p limit stale documents after @p afterTicket, in ticket order, read and normalised:
     * plain text from the content, text the worker found before from the extraction cache.
     * Content that still needs the worker (PDF, e-mail, image) comes back with text status
     * "pending" and its sha256 and MIME type set.
     */
    static Model::Result<QList<Row>> pendingRows(Database &reader, const ContentStore &content, qint64 afterTicket,
                                                 int limit);
    /** Fills a pending row from what the worker found; @p body is terms() of its text. */
    static void complete(Row &row, const Extraction &extraction, const QString &body, bool fresh);
    /**
     * Brings the index up to date as a stream: stale documents are read in ticket order, content
     * that needs the worker goes to @p threads serving extraction workers (one ExtractionSession
     * per thread, default: one per core; the terms are built there too), and what is finished is
     * written through @p store in small transactions while the workers go on — a slow file holds
     * up nothing but itself. Images are stored without text until OCR (issue 6): their status
     * says so, their page count and thumbnail are kept in the extraction table. While
     * @p moreComing is true (an import is still storing files) it waits for new documents.
     * Returns how many entries were written.
     */
    static Model::Result<int> indexPending(Database &reader, const ContentStore &content,
                                           const std::function<Model::Result<int>(const QList<Row> &)> &store,
                                           const std::atomic<bool> *cancel = nullptr,
                                           const std::atomic<bool> *moreComing = nullptr, int threads = 0);
    /**
     * Writes the rows, and what the worker read for them into the extraction cache
     * (ExtractionCache::remember); an entry whose document changed again meanwhile stays
     * pending. On the writer's connection, inside Engine::writeDerived's transaction.
     */
    static Model::Result<int> store(Database &writer, const QList<Row> &rows);
    /** Up to @p limit stale files and cases after @p afterTicket, in ticket order, with their terms. */
    static Model::Result<QList<RecordRow>> pendingRecordRows(Database &reader, qint64 afterTicket, int limit);
    /**
     * Writes the entries of files and cases (an entry whose record changed again meanwhile stays
     * pending). On the writer's connection, inside Engine::writeDerived's transaction.
     */
    static Model::Result<int> storeRecords(Database &writer, const QList<RecordRow> &rows);
    /**
     * Marks every document, file and case stale (reindex). On the writer's connection, inside
     * Engine::writeDerived's transaction.
     */
    static Model::Status invalidateAll(Database &writer);
    static Model::Result<int> pendingCount(Database &db);
    /**
     * The text status of a document's entry: "ok", "none", why there is no text, or empty
     * when the document has no entry (yet).
     */
    static Model::Result<QString> textStatus(Database &db, const QUuid &documentId);

    /**
     * Parses @p query (Query::parse) and returns a page of hits from the index as it is, on a
     * reader of @p engine; does not bring the index up to date first (Indexer::update does).
     */
    static Model::Result<Results> search(
        const Engine &engine, const QString &query, int limit, int offset = 0, bool facets = false);

    /**
     * The first @p limit hits after @p offset, best first. With more than @p ranked hits, the
     * newest @p ranked are ranked (and counted, and their facets) — see README "How search stays fast".
     */
    static Model::Result<Results> search(Database &db, const Query &query, int limit, int offset = 0,
                                         bool facets = false, int ranked = rankedCandidates);
    /**
     * The argument of akrank() (rank.h) for a query's @p phrases (Query::phrases, in their order
     * in the MATCH expression) on this connection, which gets akrank() registered: the column
     * weights (title 8, meta 4, body 1) and, per phrase, how
     * many documents it matches. Only a query of several phrases needs those numbers (with one,
     * the same factor scales every score); each is read from the phrase's newest 256 hits —
     * counted when there are fewer, else estimated from how far back the 256th reaches — so a
     * common word costs a few hundred index entries, not its whole list.
     */
    static Model::Result<QByteArray> rankInput(Database &db, const QStringList &phrases);
    /** A piece of @p text around the first hit, hits in [brackets]. */
    static QString snippet(const QString &text, const QStringList &terms, const QStringList &prefixes, int words = 14);
};

} // namespace Aktenwerk::Dms::Search
