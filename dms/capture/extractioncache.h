#pragma once

#include "dms/capture/extractor.h"
#include "model/error.h"

#include <QString>

#include <optional>

namespace Aktenwerk::Dms {

class Database;

/**
 * What the extraction worker found per content (the `extraction` table, keyed by SHA-256):
 * status, reason, pages, text, PDF metadata and a first-page thumbnail. Capture owns it —
 * the worker is capture's — and everyone who needs a content's text or page count (search,
 * OCR, filing help, version comparison) reads it here before starting the worker again.
 *
 * It is derived data: rebuilt from the stored content whenever it is missing. Its rows are
 * written only through Engine::writeDerived (outside the operation log and the audit trail),
 * by the importer for what it read itself (an e-mail's header and attachments) and by the
 * search indexer for what its workers read.
 */
class ExtractionCache
{
public:
    /**
     * What remember() kept for a content (none: never read, or a failure that
     * forgetFailures() dropped). Status, reason, pages and text are filled; the rest is not.
     */
    static Model::Result<std::optional<Extraction>> known(Database &db, const QString &sha256);
    /**
     * Keeps what the worker found in a content, replacing what was there. On the writer's
     * connection, inside Engine::writeDerived.
     */
    static Model::Status remember(Database &writer, const QString &sha256, const Extraction &extraction);
    /**
     * Forgets every failed, limited or crashed extraction, so that the worker tries those
     * files again (reindex). On the writer's connection, inside Engine::writeDerived.
     */
    static Model::Status forgetFailures(Database &writer);
};

} // namespace Aktenwerk::Dms
