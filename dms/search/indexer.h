#pragma once

#include "model/error.h"

#include <atomic>

namespace Aktenwerk::Dms {
class Engine;
} // namespace Aktenwerk::Dms

namespace Aktenwerk::Dms::Search {

/**
 * Keeps a data folder's full-text index (SearchIndex) up to date. It reads on its own reader
 * connection and writes its tables — and what the extraction workers found, into capture's
 * extraction cache — only through Engine::writeDerived: derived data, outside the operation
 * log and the audit trail, rebuilt from stored data whenever asked.
 *
 * Blocking; never on the GUI thread. The importer runs update() alongside the storing of
 * files; the CLI, the search panel, OCR and scanning run it after they changed something.
 */
class Indexer
{
public:
    /**
     * Brings the index up to date: documents changed since (by anyone: commands here, rows
     * from the server) are read on the calling thread, their content by one serving extraction
     * worker per core, and written in small transactions as they are finished
     * (SearchIndex::indexPending). While @p moreComing is true it waits for more (an import
     * storing files). Files and cases (updateRecords) come first. A read-only data folder:
     * does nothing. Returns how many documents' entries were written.
     */
    static Model::Result<int> update(
        Engine &engine, const std::atomic<bool> *cancel = nullptr, const std::atomic<bool> *moreComing = nullptr);
    /** Brings only the entries of files and cases up to date; returns how many were written. */
    static Model::Result<int> updateRecords(Engine &engine, const std::atomic<bool> *cancel = nullptr);
    /**
     * Rebuilds the index from scratch: every document is marked stale and failed extractions
     * are forgotten (so the worker tries those files again) in one transaction, then update().
     */
    static Model::Result<int> reindex(Engine &engine, const std::atomic<bool> *cancel = nullptr);
};

} // namespace Aktenwerk::Dms::Search
