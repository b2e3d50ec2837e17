#include "model/textdiff.h"

#include <QHash>

#include <cstdint>
#include <vector>

namespace Aktenwerk::Model {

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            lines << text.mid(start, i - start);
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines << text.mid(start);
    return lines;
}

TextDiff diffLines(const QStringList &oldLines, const QStringList &newLines, const DiffLimits &limits)
{
    TextDiff diff;
    const qsizetype oldCount = oldLines.size();
    const qsizetype newCount = newLines.size();

    // The common beginning and end cost nothing to find and usually are most of a document.
    qsizetype prefix = 0;
    while (prefix < oldCount && prefix < newCount && oldLines.at(prefix) == newLines.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix
        && oldLines.at(oldCount - 1 - suffix) == newLines.at(newCount - 1 - suffix))
        ++suffix;

    auto same = [&](qsizetype o, qsizetype n) {
        diff.lines << DiffLine { DiffLine::Kind::Same, oldLines.at(o), int(o + 1), int(n + 1) };
    };
    auto removed = [&](qsizetype o) {
        diff.lines << DiffLine { DiffLine::Kind::Removed, oldLines.at(o), int(o + 1), 0 };
        ++diff.removed;
    };
    auto added = [&](qsizetype n) {
        diff.lines << DiffLine { DiffLine::Kind::Added, newLines.at(n), 0, int(n + 1) };
        ++diff.added;
    };

    for (qsizetype i = 0; i < prefix; ++i)
        same(i, i);

    const qsizetype rows = oldCount - prefix - suffix; // the differing middle of the old text
    const qsizetype cols = newCount - prefix - suffix;
    if (rows > 0 && cols > 0 && static_cast<qint64>(rows + 1) * (cols + 1) > limits.maxCells) {
        diff.coarse = true;
        for (qsizetype i = 0; i < rows; ++i)
            removed(prefix + i);
        for (qsizetype j = 0; j < cols; ++j)
            added(prefix + j);
    } else if (rows > 0 || cols > 0) {
        // Lines as numbers: the table compares integers, not strings.
        QHash<QString, int> ids;
        auto idOf = [&ids](const QString &line) {
            auto it = ids.constFind(line);
            if (it != ids.cend())
                return it.value();
            const int id = static_cast<int>(ids.size());
            ids.insert(line, id);
            return id;
        };
        std::vector<int> a(static_cast<size_t>(rows));
        std::vector<int> b(static_cast<size_t>(cols));
        for (qsizetype i = 0; i < rows; ++i)
            a[size_t(i)] = idOf(oldLines.at(prefix + i));
        for (qsizetype j = 0; j < cols; ++j)
            b[size_t(j)] = idOf(newLines.at(prefix + j));

        // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
        const size_t width = size_t(cols) + 1;
        std::vector<std::uint32_t> lcs((size_t(rows) + 1) * width, 0);
        for (qsizetype i = rows - 1; i >= 0; --i) {
            for (qsizetype j = cols - 1; j >= 0; --j) {
                const size_t at = size_t(i) * width + size_t(j);
                lcs[at]
                    = a[size_t(i)] == b[size_t(j)] ? lcs[at + width + 1] + 1 : std::max(lcs[at + width], lcs[at + 1]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < rows || j < cols) {
            if (i < rows && j < cols && a[size_t(i)] == b[size_t(j)]) {
                same(prefix + i, prefix + j);
                ++i;
                ++j;
            } else if (i < rows
                && (j == cols || lcs[(size_t(i) + 1) * width + size_t(j)] >= lcs[size_t(i) * width + size_t(j) + 1])) {
                removed(prefix + i); // removals first: a changed line reads "− old, + new"
                ++i;
            } else {
                added(prefix + j);
                ++j;
            }
        }
    }

    for (qsizetype k = suffix; k > 0; --k)
        same(oldCount - k, newCount - k);
    return diff;
}

} // namespace Aktenwerk::Model
