#include "dms/demo/simplepdf.h"

#include <QDateTime>

namespace Aktenwerk::Dms {

namespace {

/** PDF string literal in WinAnsiEncoding: Latin-1 plus the Windows-1252 punctuation clerks use. */
QByteArray pdfString(const QString &text)
{
    QByteArray out("(");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        char b = '?';
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            b = static_cast<char>(u);
        else if (u == 0x20AC)
            b = '\x80';
        else if (u == 0x201E)
            b = '\x84';
        else if (u == 0x2013)
            b = '\x96';
        else if (u == 0x2014)
            b = '\x97';
        else if (u == 0x201C)
            b = '\x93';
        else if (u == 0x201D)
            b = '\x94';
        else if (u == 0x2019)
            b = '\x92';
        else if (u == 0x2018)
            b = '\x91';
        else if (u == 0x00A7)
            b = '\xA7';
        if (b == '(' || b == ')' || b == '\\')
            out += '\\';
        out += b;
    }
    out += ')';
    return out;
}

QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : para.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines;
}

} // namespace

QByteArray SimplePdf::toPdf(const QByteArray &firstPageGraphics) const
{
    // Lay out lines onto pages: each entry is (font, size, text).
    struct Line
    {
        bool bold;
        QString text;
    };
    QList<QList<Line>> pages(1);
    int used = 0;
    constexpr int kLinesPerPage = 52;
    for (const Block &b : m_blocks) {
        const QStringList lines = wrap(b.text, b.heading ? 60 : 92);
        for (const QString &l : lines) {
            if (used >= kLinesPerPage) {
                pages.append(QList<Line>());
                used = 0;
            }
            pages.last().append(Line{b.heading, l});
            used += b.heading ? 2 : 1;
        }
        if (used < kLinesPerPage) {
            pages.last().append(Line{false, QString()});
            ++used;
        }
    }

    QList<QByteArray> objects; // objects[i] is object number i + 1
    const int pageCount = static_cast<int>(pages.size());
    // 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then page/content pairs.
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    objects << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pageCount) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    const QByteArray date = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    objects << "<< /Title " + pdfString(m_title) + " /Author " + pdfString(m_author)
            + " /Producer (Aktenwerk) /CreationDate (D:" + date + "Z) >>";
    for (int i = 0; i < pageCount; ++i) {
        QByteArray stream = (i == 0 ? firstPageGraphics : QByteArray()) + "BT\n72 770 Td\n";
        for (const Line &l : pages.at(i)) {
            stream += l.bold ? "/F2 14 Tf 0 -20 Td\n" : "/F1 11 Tf 0 -14 Td\n";
            stream += pdfString(l.text) + " Tj\n";
        }
        stream += "ET\n";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R "
                   ">> >> /Contents "
                + QByteArray::number(7 + 2 * i) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream";
    }

    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace Aktenwerk::Dms
