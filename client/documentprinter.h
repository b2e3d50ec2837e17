#pragma once

#include <QObject>
#include <QPointer>

class QPainter;
class QPrinter;

namespace Aktenwerk::Client {

class RenderClient;

/**
 * Prints a stored document: PDFs and images page by page, rendered by the render worker (the
 * file is parsed there, never in this process) at the printer's resolution; plain text as text.
 * Fully asynchronous; finished() says how it went.
 */
class DocumentPrinter : public QObject
{
    Q_OBJECT
public:
    explicit DocumentPrinter(QObject *parent = nullptr);
    ~DocumentPrinter() override;

    /** Whether documents of @p mimeType can be printed here (else: save a copy, print it elsewhere). */
    static bool canPrint(const QString &mimeType);
    /** Prints @p path (a verified copy of the content) on @p printer, which must outlive the job. */
    void print(const QString &path, const QString &mimeType, QPrinter *printer);

Q_SIGNALS:
    void finished(bool ok, const QString &message, int pages);

private:
    void nextPage();
    void done(bool ok, const QString &message);

    RenderClient *m_render = nullptr;
    QPrinter *m_printer = nullptr;
    QPainter *m_painter = nullptr;
    int m_page = 0;
    int m_width = 0;
};

} // namespace Aktenwerk::Client
