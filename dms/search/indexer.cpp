#include "dms/search/indexer.h"

#include "dms/capture/extractioncache.h"
#include "dms/engine.h"
#include "dms/search/searchindex.h"

namespace Aktenwerk::Dms::Search {

using Model::Result;
using Model::Status;

namespace {

/** The files' and cases' entries, read on @p reader, written through the engine's derived path. */
Result<int> storePendingRecords(Engine &engine, Database &reader, const std::atomic<bool> *cancel)
{
    int written = 0;
    for (qint64 after = 0;;) {
        if (cancel && cancel->load())
            return written;
        auto rows = SearchIndex::pendingRecordRows(reader, after, 500);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->isEmpty())
            return written;
        after = rows->last().ticket;
        auto s = engine.writeDerived([&rows, &written](Database &db) -> Status {
            auto n = SearchIndex::storeRecords(db, *rows);
            if (!n)
                return std::unexpected(n.error());
            written += *n;
            return {};
        });
        if (!s)
            return std::unexpected(s.error());
    }
}

} // namespace

Result<int> Indexer::update(Engine &engine, const std::atomic<bool> *cancel, const std::atomic<bool> *moreComing)
{
    if (engine.isReadOnly())
        return 0;
    auto reader = engine.openReader();
    if (!reader)
        return std::unexpected(reader.error());
    // Files and cases first: a few terms each, no content to read.
    if (auto records = storePendingRecords(engine, *reader, cancel); !records)
        return std::unexpected(records.error());
    return SearchIndex::indexPending(
        *reader, engine.content(),
        [&engine](const QList<SearchIndex::Row> &rows) -> Result<int> {
            int stored = 0;
            auto s = engine.writeDerived([&rows, &stored](Database &db) -> Status {
                auto n = SearchIndex::store(db, rows);
                if (!n)
                    return std::unexpected(n.error());
                stored = *n;
                return {};
            });
            if (!s)
                return std::unexpected(s.error());
            return stored;
        },
        cancel, moreComing);
}

Result<int> Indexer::updateRecords(Engine &engine, const std::atomic<bool> *cancel)
{
    if (engine.isReadOnly())
        return 0;
    auto reader = engine.openReader();
    if (!reader)
        return std::unexpected(reader.error());
    return storePendingRecords(engine, *reader, cancel);
}

Result<int> Indexer::reindex(Engine &engine, const std::atomic<bool> *cancel)
{
    // A read-only folder is refused here, by the derived write path, with the engine's message.
    auto s = engine.writeDerived([](Database &db) -> Status {
        if (auto forgotten = ExtractionCache::forgetFailures(db); !forgotten)
            return forgotten;
        return SearchIndex::invalidateAll(db);
    });
    if (!s)
        return std::unexpected(s.error());
    return update(engine, cancel);
}

} // namespace Aktenwerk::Dms::Search
