#include "client/theme.h"

#include <cmath>

namespace Aktenwerk::Client::Theme {

namespace {

struct Colours
{
    QColor text, background, onBackground, border;
};

Colours colours(Tone tone, bool dark)
{
    // Light theme: dark text on pale tints; dark theme: pale text on deep tints.
    switch (tone) {
    case Tone::Error:
        return dark ? Colours { QColor(0xff, 0x9a, 0xa2), QColor(0x4a, 0x14, 0x1c), QColor(0xff, 0xd7, 0xdb),
            QColor(0x8c, 0x2f, 0x3b) }
                    : Colours { QColor(0xa4, 0x26, 0x2c), QColor(0xfd, 0xe7, 0xe9), QColor(0x7a, 0x10, 0x20),
                          QColor(0xe8, 0xa1, 0xaa) };
    case Tone::Warning:
        return dark ? Colours { QColor(0xff, 0xc8, 0x6b), QColor(0x45, 0x35, 0x05), QColor(0xff, 0xe9, 0xa8),
            QColor(0x8a, 0x6d, 0x1c) }
                    : Colours { QColor(0x8a, 0x4b, 0x00), QColor(0xff, 0xf4, 0xce), QColor(0x5c, 0x44, 0x00),
                          QColor(0xe6, 0xcf, 0x7a) };
    case Tone::Information:
        return dark ? Colours { QColor(0x9c, 0xcf, 0xff), QColor(0x10, 0x30, 0x4c), QColor(0xd4, 0xea, 0xff),
            QColor(0x2f, 0x5f, 0x8a) }
                    : Colours { QColor(0x0b, 0x4a, 0x7d), QColor(0xe5, 0xf1, 0xfb), QColor(0x0b, 0x3a, 0x5d),
                          QColor(0x9c, 0xc3, 0xe6) };
    case Tone::Positive:
        return dark ? Colours { QColor(0x9d, 0xe0, 0x96), QColor(0x17, 0x3d, 0x16), QColor(0xd5, 0xf5, 0xd1),
            QColor(0x3c, 0x7a, 0x37) }
                    : Colours { QColor(0x1d, 0x6b, 0x1a), QColor(0xe3, 0xf4, 0xe1), QColor(0x13, 0x4a, 0x12),
                          QColor(0x9c, 0xcd, 0x97) };
    }
    return {};
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor text(Tone tone, const QPalette &palette)
{
    return colours(tone, isDark(palette)).text;
}

QColor background(Tone tone, const QPalette &palette)
{
    return colours(tone, isDark(palette)).background;
}

QColor textOn(Tone tone, const QPalette &palette)
{
    return colours(tone, isDark(palette)).onBackground;
}

QColor border(Tone tone, const QPalette &palette)
{
    return colours(tone, isDark(palette)).border;
}

QString labelStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(text(tone, palette).name());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Aktenwerk::Client::Theme
