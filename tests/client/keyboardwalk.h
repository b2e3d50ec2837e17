#pragma once

// Helpers of the GUI tests: keyboard walks (issue 14, BITV 2.0 / EN 301 549) — Tab through a
// window or dialog and name what a screen reader would say at each stop — and waiting for a dialog.

#include <QAccessible>
#include <QApplication>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace Aktenwerk::Test {

/** What a screen reader says for @p w: its accessible name, else what the interface derives (a button's text, a buddy).
 */
inline QString spokenName(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

/**
 * Presses @p key (Tab or Backtab) from @p start until the focus comes back to it: every stop must
 * have a spoken name. Returns the widgets in the order reached; a problem (a stop without a
 * name, a stop Tab does not leave, a chain that does not come back) goes to @p problem.
 */
inline QList<QWidget *> walkFocus(QWidget *start, Qt::Key key, QString *problem, int limit = 60)
{
    start->setFocus(key == Qt::Key_Backtab ? Qt::BacktabFocusReason : Qt::TabFocusReason);
    QList<QWidget *> stops;
    QWidget *current = start;
    for (int i = 0; i < limit; ++i) {
        if (spokenName(current).isEmpty() && problem->isEmpty())
            *problem = QStringLiteral("no accessible name: %1 %2")
                           .arg(QString::fromLatin1(current->metaObject()->className()), current->objectName());
        stops << current;
        QTest::keyClick(current, key);
        QWidget *next = QApplication::focusWidget();
        if (!next || next == current) {
            if (problem->isEmpty())
                *problem = QStringLiteral("Tab does not leave %1").arg(current->objectName());
            return stops;
        }
        if (next == start)
            return stops;
        current = next;
    }
    if (problem->isEmpty())
        *problem = QStringLiteral("the focus chain does not come back");
    return stops;
}

/** The first visible top-level dialog of type D (with @p name as object name, if given); null after 5 s. */
template<typename D> D *waitForDialog(const QString &name = {})
{
    D *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<D *>(w); d && d->isVisible() && (name.isEmpty() || d->objectName() == name))
                    found = d;
            }
            return found != nullptr;
        },
        5000);
    return shown ? found : nullptr;
}

/** The spoken names of @p widgets, for messages and checks. */
inline QStringList spokenNames(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (QWidget *w : widgets) {
        const QString name = spokenName(w);
        names << (name.isEmpty() ? QStringLiteral("?") : name);
    }
    return names;
}

} // namespace Aktenwerk::Test
