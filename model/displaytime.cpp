#include "model/displaytime.h"

#include <QLocale>

namespace Aktenwerk::Model {

namespace {

/** The locale's short @p format with the whole year: "dd.MM.yyyy", never "dd.MM.yy". */
QString withFullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString displayTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    return locale.toString(time.toLocalTime(), withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString displayDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

} // namespace Aktenwerk::Model
