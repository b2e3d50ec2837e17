// aktenwerk-render: draws the pages of one untrusted file for the viewer, in a process of its
// own, under the same limits as aktenwerk-extract. It lives as long as the viewer shows a
// document and answers requests on stdin/stdout (dms/capture/renderprotocol.h). A file that
// makes Poppler or an image decoder crash, spin or eat memory costs this process only; the
// client (client/renderclient.cpp) starts a new one and says so once.
//
//   aktenwerk-render [--cpu SECONDS] [--memory MIB]
//
// Images (PNG, JPEG, TIFF, also multi-page TIFF) are decoded here too, with Qt's allocation
// limit, so the client never decodes a user's file itself.

#include "dms/capture/renderprotocol.h"
#include "dms/capture/worker/sandbox.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRectF>
#include <QSizeF>

#include <cstdio>
#include <memory>
#include <poppler-qt6.h>
#include <unistd.h>

namespace {

using namespace Aktenwerk::Dms::RenderProtocol;

bool readExactly(char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(STDIN_FILENO, data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

void send(const QByteArray &payload)
{
    const QByteArray out = frame(payload);
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    std::fflush(stdout);
}

struct Answer
{
    QByteArray payload;
    QDataStream out { &payload, QIODevice::WriteOnly };
    Answer(quint32 id, Op op, bool ok)
    {
        out.setVersion(streamVersion);
        out << id << static_cast<quint8>(op) << static_cast<quint8>(ok ? 0 : 1);
    }
};

void failed(quint32 id, Op op, const char *code, const QString &detail = {})
{
    Answer a(id, op, false);
    a.out << QString::fromLatin1(code) << detail;
    send(a.payload);
}

/** The one document this worker has open. */
class Document
{
public:
    bool isOpen() const { return m_pdf || !m_imagePath.isEmpty(); }

    void open(quint32 id, const QString &path)
    {
        m_pdf.reset();
        m_imagePath.clear();
        m_sizes.clear();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return failed(id, Op::Open, "unreadable", f.errorString());
        if (f.size() == 0)
            return failed(id, Op::Open, "empty");
        const QByteArray head = f.read(1024);
        f.close();
        if (head.contains("%PDF-"))
            return openPdf(id, path);
        return openImage(id, path);
    }

    void render(quint32 id, int page, int width)
    {
        if (!isOpen() || page < 0 || page >= m_sizes.size())
            return failed(id, Op::Render, "bad-page");
        const QSizeF size = m_sizes.at(page);
        const int height = size.width() > 0 ? qRound(size.height() * width / size.width()) : 0;
        if (width <= 0 || height <= 0 || width > maxSide || height > maxSide
            || static_cast<qint64>(width) * height > maxPixels)
            return failed(id, Op::Render, "too-large");
        if (const QByteArray hang = qgetenv("AKTENWERK_RENDER_TEST_HANG_PAGE"); !hang.isEmpty() && hang.toInt() == page)
            ::pause(); // test hook: a page that never comes back (the client's clock must act)

        QImage image;
        if (m_pdf) {
            std::unique_ptr<Poppler::Page> p = m_pdf->page(page);
            if (!p)
                return failed(id, Op::Render, "damaged");
            const double dpi = 72.0 * width / size.width();
            image = p->renderToImage(dpi, dpi);
        } else {
            QImageReader reader(m_imagePath);
            reader.setAllocationLimit(allocationLimitMiB);
            reader.setAutoTransform(true);
            if (page > 0 && !reader.jumpToImage(page))
                return failed(id, Op::Render, "damaged", reader.errorString());
            reader.setScaledSize(QSize(width, height));
            image = reader.read();
            if (image.isNull())
                return failed(id, Op::Render, "damaged", reader.errorString());
        }
        if (image.isNull())
            return failed(id, Op::Render, "damaged");
        if (image.width() != width || image.height() != height)
            image = image.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QByteArray pixels;
        pixels.reserve(static_cast<qsizetype>(width) * height * 4);
        for (int y = 0; y < image.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(image.constScanLine(y)), static_cast<qsizetype>(width) * 4);
        Answer a(id, Op::Render, true);
        a.out << static_cast<qint32>(width) << static_cast<qint32>(height) << pixels;
        send(a.payload);
    }

    void text(quint32 id, int page)
    {
        if (!isOpen() || page < 0 || page >= m_sizes.size())
            return failed(id, Op::Text, "bad-page");
        QStringList words;
        QList<QRectF> boxes;
        if (m_pdf) {
            std::unique_ptr<Poppler::Page> p = m_pdf->page(page);
            const QSizeF size = p ? p->pageSizeF() : QSizeF();
            if (p && size.width() > 0 && size.height() > 0) {
                for (const std::unique_ptr<Poppler::TextBox> &box : p->textList()) {
                    const QRectF r = box->boundingBox();
                    words << box->text();
                    boxes << QRectF(r.x() / size.width(), r.y() / size.height(), r.width() / size.width(),
                        r.height() / size.height());
                }
            }
        }
        Answer a(id, Op::Text, true);
        a.out << words << boxes;
        send(a.payload);
    }

private:
    static constexpr int allocationLimitMiB = 256;

    void openPdf(quint32 id, const QString &path)
    {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        if (!doc)
            return failed(id, Op::Open, "damaged");
        if (doc->isLocked())
            return failed(id, Op::Open, "password");
        const int pages = doc->numPages();
        if (pages <= 0)
            return failed(id, Op::Open, "no-pages");
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        QList<QSizeF> sizes;
        for (int i = 0; i < pages; ++i) {
            std::unique_ptr<Poppler::Page> p = doc->page(i);
            const QSizeF s = p ? p->pageSizeF() : QSizeF();
            sizes << (s.width() > 0 && s.height() > 0 ? s : QSizeF(595, 842)); // a broken page: A4, it fails later
        }
        m_pdf = std::move(doc);
        m_sizes = sizes;
        Answer a(id, Op::Open, true);
        a.out << static_cast<quint8>(Kind::Pdf) << m_sizes;
        send(a.payload);
    }

    void openImage(quint32 id, const QString &path)
    {
        QImageReader reader(path);
        reader.setAllocationLimit(allocationLimitMiB);
        reader.setAutoTransform(true);
        const QByteArray format = reader.format();
        static const QList<QByteArray> allowed { "png", "jpeg", "jpg", "tiff", "tif", "gif", "bmp", "webp" };
        if (format.isEmpty() || !allowed.contains(format.toLower()))
            return failed(id, Op::Open, "unsupported");
        const int count = qMax(1, reader.imageCount());
        QList<QSizeF> sizes;
        for (int i = 0; i < count && i < 10000; ++i) {
            if (i > 0 && !reader.jumpToImage(i))
                break;
            QSize s = reader.size();
            if (reader.transformation().testFlag(QImageIOHandler::TransformationRotate90))
                s.transpose();
            if (s.isEmpty())
                break;
            sizes << QSizeF(s);
        }
        if (sizes.isEmpty())
            return failed(id, Op::Open, "damaged", reader.errorString());
        m_imagePath = path;
        m_sizes = sizes;
        Answer a(id, Op::Open, true);
        a.out << static_cast<quint8>(Kind::Image) << m_sizes;
        send(a.payload);
    }

    std::unique_ptr<Poppler::Document> m_pdf;
    QString m_imagePath;
    QList<QSizeF> m_sizes;
};

} // namespace

int main(int argc, char **argv)
{
    // Limits first, as in aktenwerk-extract. The processor time is generous because this process
    // serves a whole viewing session; when it is used up the process dies and the client starts
    // a fresh one.
    long cpu = 300, memory = 1024;
    for (int i = 1; i + 1 < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "--cpu")
            cpu = std::strtol(argv[++i], nullptr, 10);
        else if (a == "--memory")
            memory = std::strtol(argv[++i], nullptr, 10);
    }
    Aktenwerk::Dms::Sandbox::enter(cpu > 0 ? cpu : 300, memory > 0 ? memory : 1024);

    QCoreApplication app(argc, argv); // image plugins are found through it; no platform plugin
    Document document;
    for (;;) {
        char header[4];
        if (!readExactly(header, sizeof header))
            break; // the client closed the pipe
        const quint32 length = qFromBigEndian<quint32>(header);
        if (length > maxFrame)
            break;
        QByteArray payload(static_cast<qsizetype>(length), Qt::Uninitialized);
        if (!readExactly(payload.data(), length))
            break;
        QDataStream in(payload);
        in.setVersion(streamVersion);
        quint32 id = 0;
        quint8 op = 0;
        in >> id >> op;
        if (op == static_cast<quint8>(Op::Open)) {
            QString path;
            in >> path;
            document.open(id, path);
        } else if (op == static_cast<quint8>(Op::Render)) {
            qint32 page = 0, width = 0;
            in >> page >> width;
            document.render(id, page, width);
        } else if (op == static_cast<quint8>(Op::Text)) {
            qint32 page = 0;
            in >> page;
            document.text(id, page);
        } else {
            break;
        }
    }
    std::_Exit(0); // no teardown of what the file may have left half-built
}
