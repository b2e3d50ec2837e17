#pragma once

#include "dms/store/sqlite.h"
#include "model/entities.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace Aktenwerk::Dms {

class Engine;

/**
 * The text of one version, for comparing two versions line by line.
 *
 * The content is verified against its hash first: a damaged content file is an Integrity error,
 * never a text that looks fine. Plain text is decoded here (UTF-8, else Latin-1) as the search
 * index does; every other kind comes from the extraction table (what the worker found when the
 * content was indexed) or, when it is not there yet, from the sandboxed extraction worker run
 * on a verified copy. Nothing of the file is parsed in the calling process.
 *
 * Blocking (hashing, the worker): never on the GUI thread.
 */
class VersionText
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::VersionText)
public:
    /** Texts larger than this are not compared (the diff and the view would not cope). */
    static constexpr qint64 maxBytes = 8 << 20;

    static Model::Result<QString> read(const Engine &engine, Database &reader, const Model::Version &version,
        const std::atomic<bool> *cancel = nullptr);
};

} // namespace Aktenwerk::Dms
