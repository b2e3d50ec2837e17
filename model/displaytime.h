#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Aktenwerk::Model {

/**
 * Times and dates as people read them: the locale's short format in local time, always with the
 * four-digit year ("07.12.2026 14:05", never "07.12.26"). Machine output (JSON) uses ISO 8601.
 */
QString displayTime(const QDateTime &time);
QString displayDate(const QDate &date);

} // namespace Aktenwerk::Model
