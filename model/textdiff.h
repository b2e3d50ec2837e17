#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Aktenwerk::Model {

/** One line of a line diff: kept, added in the new text or removed from the old one. */
struct DiffLine
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; ///< 1-based line in the old text (0: an added line)
    int newLine = 0; ///< 1-based line in the new text (0: a removed line)

    bool operator==(const DiffLine &) const = default;
};

/** What diffLines() found. */
struct TextDiff
{
    QList<DiffLine> lines;
    int added = 0;
    int removed = 0;
    /**
     * The changed middle part was too large for a line-by-line comparison within the limits:
     * it is shown as removed as a whole and added as a whole. Still a correct diff (applying it
     * gives the new text), only not the shortest one.
     */
    bool coarse = false;

    bool identical() const { return added == 0 && removed == 0; }
};

/**
 * Limits that keep a comparison of two versions' text from taking the client's memory: the
 * table of the longest common subsequence grows with the product of the line counts of the part
 * that differs (after the common beginning and end are taken off).
 */
struct DiffLimits
{
    qint64 maxCells = 4'000'000; ///< ≈ 16 MB: 2000 × 2000 differing lines
};

/** Splits text into lines for a diff: "\n", "\r\n" and "\r" end a line; a final line end adds no empty line. */
QStringList splitLines(const QString &text);

/**
 * A line diff of @p oldLines → @p newLines: the shortest edit (longest common subsequence of
 * lines) within @p limits, otherwise a coarse one (TextDiff::coarse). Removed lines of a
 * change come before the added ones. Pure: no I/O, safe on any thread.
 */
TextDiff diffLines(const QStringList &oldLines, const QStringList &newLines, const DiffLimits &limits = {});

inline TextDiff diffText(const QString &oldText, const QString &newText, const DiffLimits &limits = {})
{
    return diffLines(splitLines(oldText), splitLines(newText), limits);
}

} // namespace Aktenwerk::Model
