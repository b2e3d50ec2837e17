#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Aktenwerk::Dms {

/**
 * Installs Aktenwerk's and Qt's translators. German for a German locale, English otherwise;
 * AKTENWERK_LANG=de|en (or @p override) chooses explicitly. Returns the language used ("de"/"en").
 */
QString installTranslators(QCoreApplication &app, const QString &override = {});

} // namespace Aktenwerk::Dms
