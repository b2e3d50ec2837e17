#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Aktenwerk::Dms {

/**
 * Writes small, valid text-only PDF files (A4, Helvetica, WinAnsiEncoding) without a GUI:
 * for the demo data folder and for tests. One heading, then paragraphs wrapped to the page;
 * a new page starts when one is full.
 */
class SimplePdf
{
public:
    void setTitle(const QString &title) { m_title = title; }
    void setAuthor(const QString &author) { m_author = author; }
    void addHeading(const QString &text) { m_blocks.append({true, text}); }
    void addParagraph(const QString &text) { m_blocks.append({false, text}); }

    /** @p firstPageGraphics: content-stream operators drawn on the first page before the text. */
    QByteArray toPdf(const QByteArray &firstPageGraphics = {}) const;

private:
    struct Block
    {
        bool heading;
        QString text;
    };
    QString m_title;
    QString m_author;
    QList<Block> m_blocks;
};

} // namespace Aktenwerk::Dms
