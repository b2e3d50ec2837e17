#include "dms/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Aktenwerk::Dms {

QString installTranslators(QCoreApplication &app, const QString &override)
{
    QString lang = override.isEmpty() ? qEnvironmentVariable("AKTENWERK_LANG") : override;
    if (lang != QLatin1String("de") && lang != QLatin1String("en"))
        lang = QLocale::system().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    const QLocale locale(lang == QLatin1String("de") ? QLocale::German : QLocale::English,
                         lang == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates);
    QLocale::setDefault(locale);

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/aktenwerk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    if (lang == QLatin1String("de")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return lang;
}

} // namespace Aktenwerk::Dms
