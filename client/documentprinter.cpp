#include "client/documentprinter.h"

#include "client/renderclient.h"

#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace Aktenwerk::Client {

namespace {

constexpr qint64 kMaxTextBytes = 16 * 1024 * 1024;
constexpr int kMaxPageWidth = 2480; // A4 at 300 dpi: sharp print, bounded memory

} // namespace

DocumentPrinter::DocumentPrinter(QObject *parent)
    : QObject(parent)
{ }

DocumentPrinter::~DocumentPrinter()
{
    delete m_painter;
}

bool DocumentPrinter::canPrint(const QString &mimeType)
{
    return mimeType == QLatin1String("application/pdf") || mimeType.startsWith(QLatin1String("image/"))
        || mimeType.startsWith(QLatin1String("text/"));
}

void DocumentPrinter::print(const QString &path, const QString &mimeType, QPrinter *printer)
{
    m_printer = printer;
    if (!canPrint(mimeType)) {
        done(false,
            tr("Documents of this kind (%1) cannot be printed here: save a copy and print it from its "
               "program.")
                .arg(mimeType));
        return;
    }
    if (mimeType.startsWith(QLatin1String("text/"))) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            done(false, tr("The document could not be read: %1").arg(f.errorString()));
            return;
        }
        if (f.size() > kMaxTextBytes) {
            done(false, tr("The text is too long to print here: save a copy and print it from its program."));
            return;
        }
        QTextDocument text;
        text.setPlainText(QString::fromUtf8(f.readAll()));
        text.print(printer);
        done(true, QString());
        return;
    }
    m_render = new RenderClient(this);
    m_render->setTimeout(60000);
    connect(m_render, &RenderClient::openFailed, this,
        [this](const QString &reason) { done(false, tr("The document cannot be printed: %1").arg(reason)); });
    connect(m_render, &RenderClient::opened, this, [this] {
        if (m_render->pageCount() == 0) {
            done(false, tr("The document has no pages."));
            return;
        }
        m_width = qMin(kMaxPageWidth, qMax(600, m_printer->pageRect(QPrinter::DevicePixel).toRect().width()));
        m_page = 0;
        nextPage();
    });
    connect(m_render, &RenderClient::pageReady, this, [this](int page, int width, const QImage &image) {
        if (page != m_page || width != m_width)
            return;
        if (!m_painter) {
            m_painter = new QPainter;
            if (!m_painter->begin(m_printer)) {
                done(false, tr("The printer could not be started."));
                return;
            }
        } else if (!m_printer->newPage()) {
            done(false, tr("The printer did not take page %1.").arg(page + 1));
            return;
        }
        // The page as large as the paper allows, centred, its proportions kept.
        const QRect target = m_painter->viewport();
        const QSize fitted = image.size().scaled(target.size(), Qt::KeepAspectRatio);
        const QRect rect(
            target.x() + (target.width() - fitted.width()) / 2, target.y(), fitted.width(), fitted.height());
        m_painter->drawImage(rect, image);
        ++m_page;
        nextPage();
    });
    connect(m_render, &RenderClient::pageError, this, [this](int page, int, const QString &reason) {
        done(false, tr("Page %1 could not be rendered: %2").arg(page + 1).arg(reason));
    });
    m_render->open(path);
}

void DocumentPrinter::nextPage()
{
    if (m_page >= m_render->pageCount()) {
        done(true, QString());
        return;
    }
    m_render->requestPage(m_page, m_width, true);
}

void DocumentPrinter::done(bool ok, const QString &message)
{
    int pages = m_page;
    if (m_painter) {
        if (m_painter->isActive())
            m_painter->end();
        delete m_painter;
        m_painter = nullptr;
    } else if (ok && !m_render) {
        pages = 1; // text: QTextDocument paginated it
    }
    if (m_render) {
        m_render->disconnect(this);
        m_render->close();
    }
    if (!ok && m_printer)
        m_printer->abort();
    Q_EMIT finished(ok, message, pages);
}

} // namespace Aktenwerk::Client
