#pragma once

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace Aktenwerk::Client {

/**
 * An action of the window's menus: its text, object name (for tests and the keyboard walk),
 * shortcut, icon, and a tip that names the shortcut (shown as tool tip and in the status bar).
 */
inline QAction *makeAction(QObject *parent, const QString &text, const char *name, const QKeySequence &key,
    const QIcon &icon, const QString &tip)
{
    auto *a = new QAction(icon, text, parent);
    a->setObjectName(QLatin1String(name));
    a->setShortcut(key);
    a->setToolTip(
        key.isEmpty() ? tip : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    a->setStatusTip(tip);
    return a;
}

} // namespace Aktenwerk::Client
