#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

/**
 * Colours that carry meaning (an error, a warning, an added or removed line) chosen for the
 * palette in use: dark on light in a light theme, light on dark in a dark one, so that text
 * stays readable (contrast of at least 4.5:1, WCAG AA / BITV 2.0) in light, dark and
 * high-contrast themes. Nothing else in the client hard-codes a colour.
 */
namespace Aktenwerk::Client::Theme {

enum class Tone { Error, Warning, Information, Positive };

/** Whether @p palette is a dark theme (its window darker than mid-grey). */
bool isDark(const QPalette &palette);
/** Text of @p tone on the palette's window or base colour ("Title is missing"). */
QColor text(Tone tone, const QPalette &palette);
/** A tinted background for @p tone (banners, changed lines) and the text to write on it. */
QColor background(Tone tone, const QPalette &palette);
QColor textOn(Tone tone, const QPalette &palette);
QColor border(Tone tone, const QPalette &palette);
/** A style sheet colour rule for a label that shows a message of @p tone. */
QString labelStyle(Tone tone, const QPalette &palette);
/** The WCAG contrast ratio of two colours (1 … 21). */
double contrast(const QColor &a, const QColor &b);

} // namespace Aktenwerk::Client::Theme
