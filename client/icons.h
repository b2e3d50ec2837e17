#pragma once

#include <QIcon>
#include <QStyle>

/**
 * Icons: the desktop's icon theme first (freedesktop names, so KDE, GNOME and high-contrast themes
 * apply), with a fallback that ships with Qt or with Aktenwerk, so that no action is ever blank.
 */
namespace Aktenwerk::Client::Icons {

/** Aktenwerk's own icon (hicolor "de.aktenwerk.Aktenwerk", bundled as SVG). */
QIcon application();
/** @p themeName from the icon theme; else Qt's own @p fallback picture. */
QIcon themed(const char *themeName, QStyle::StandardPixmap fallback);

} // namespace Aktenwerk::Client::Icons
