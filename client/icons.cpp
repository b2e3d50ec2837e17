#include "client/icons.h"

#include <QApplication>

namespace Aktenwerk::Client::Icons {

QIcon application()
{
    static const QIcon bundled(QStringLiteral(":/aktenwerk/icons/de.aktenwerk.Aktenwerk.svg"));
    return QIcon::fromTheme(QStringLiteral("de.aktenwerk.Aktenwerk"), bundled);
}

QIcon themed(const char *themeName, QStyle::StandardPixmap fallback)
{
    const QString name = QString::fromLatin1(themeName);
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QApplication::style()->standardIcon(fallback);
}

} // namespace Aktenwerk::Client::Icons
