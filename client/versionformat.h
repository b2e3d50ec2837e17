#pragma once

#include "model/entities.h"

#include <QString>

/** How versions are named on screen, the same in the history, the viewer and the comparison. */
namespace Aktenwerk::Client::VersionFormat {

/** "Import", "Scan", "Bearbeitung", "Wiederherstellung", "Parallelversion" (translated). */
QString originName(Model::VersionOrigin origin);
/** The origin, and for a parallel version which version both edits started from. */
QString originText(const Model::Version &version);
/** The first 12 hex digits: enough to tell versions apart at a glance; the full hash goes in a tooltip. */
QString shortHash(const QString &sha256);
/** Local time in the locale's short format with a four-digit year ("07.12.2026 05:08"). */
QString when(const QDateTime &time);
/** The local date alone, short, with a four-digit year ("07.12.2026"). */
QString day(const QDateTime &time);
/** "PDF-Dokument", "Bild (PNG)", "E-Mail", "Text"; other types as they are named. */
QString formatName(const QString &mimeType);
/** A transfer note's scan source and colour mode in words ("Flachbett", "Graustufen"); unknown codes as written. */
/** A document's reference, "(vorläufig)" while its number is the client's, not yet the server's. */
QString documentReference(const Model::Document &document);
QString scanSourceName(const QString &code);
QString scanModeName(const QString &code);

} // namespace Aktenwerk::Client::VersionFormat
