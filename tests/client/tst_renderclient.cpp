#include "../testsupport.h"
#include "client/renderclient.h"
#include "dms/demo/simplepdf.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <csignal>

using namespace Aktenwerk;
using Client::RenderClient;

/**
 * The render worker and its client, with real files: a PDF made here, one made unreadable, one
 * locked by qpdf, a PNG and a two-page TIFF; a worker killed under the client, and a page that
 * never comes back.
 */
class TstRenderClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfPagesAndWords();
    void badFilesGiveAReason();
    void killedWorkerIsReplaced();
    void hangingPageTimesOut();
    void imagesRender();
    void cacheAnswersWithoutTheWorker();
    void hostileWorkerAnswers_data();
    void hostileWorkerAnswers();

private:
    QString write(const QString &name, const QByteArray &data);
    static QByteArray letterPdf();
    static QByteArray twoPageTiff();
    static int darkPixels(const QImage &image);
    static bool open(RenderClient &client, const QString &path);
    QTemporaryDir m_dir;
};

void TstRenderClient::initTestCase()
{
    QVERIFY2(!RenderClient::workerPath().isEmpty(), "aktenwerk-render not found (build the target)");
    QVERIFY(m_dir.isValid());
}

QString TstRenderClient::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    [&] { QVERIFY(Test::writeFile(path, data)); }();
    return path;
}

QByteArray TstRenderClient::letterPdf()
{
    Dms::SimplePdf pdf;
    pdf.addHeading(QStringLiteral("Beschwerde wegen Ruhestörung"));
    QString body;
    for (int i = 0; i < 150; ++i)
        body += QStringLiteral("Die Baustelle am Lindenweg arbeitet nachts mit schweren Maschinen. ");
    pdf.addParagraph(body);
    pdf.addParagraph(QStringLiteral("Mit freundlichen Grüßen, Erika Müller, Straßenmeisterei."));
    return pdf.toPdf();
}

/**
 * Two uncompressed 8-bit grey pages, written by hand (Qt writes one image per TIFF file): page 1
 * is 100×150 and white with a black square, page 2 is 200×100 and black.
 */
QByteArray TstRenderClient::twoPageTiff()
{
    struct Page
    {
        quint32 width, height;
        QByteArray pixels;
    };
    QByteArray first(100 * 150, char(0xff));
    for (int y = 20; y < 60; ++y)
        for (int x = 20; x < 60; ++x)
            first[y * 100 + x] = 0;
    const QList<Page> pages { { 100, 150, first }, { 200, 100, QByteArray(200 * 100, 0) } };

    QByteArray out("II*\0\0\0\0\0", 8); // little endian, magic 42, offset of the first IFD below
    auto put16 = [](QByteArray &b, quint16 v) { b.append(reinterpret_cast<const char *>(&v), 2); };
    auto put32 = [](QByteArray &b, quint32 v) { b.append(reinterpret_cast<const char *>(&v), 4); };
    QList<qsizetype> nextFields { 4 };
    for (const Page &page : pages) {
        const quint32 data = static_cast<quint32>(out.size());
        out += page.pixels;
        if (out.size() % 2)
            out.append('\0');
        const quint32 ifd = static_cast<quint32>(out.size());
        qToLittleEndian(ifd, out.data() + nextFields.last());
        struct Entry
        {
            quint16 tag, type;
            quint32 value;
        };
        const QList<Entry> entries { { 256, 4, page.width }, { 257, 4, page.height }, { 258, 3, 8 }, { 259, 3, 1 },
            { 262, 3, 1 }, { 273, 4, data }, { 277, 3, 1 }, { 278, 4, page.height },
            { 279, 4, static_cast<quint32>(page.pixels.size()) } };
        put16(out, static_cast<quint16>(entries.size()));
        for (const Entry &e : entries) {
            put16(out, e.tag);
            put16(out, e.type);
            put32(out, 1);
            if (e.type == 3) {
                put16(out, static_cast<quint16>(e.value));
                put16(out, 0);
            } else {
                put32(out, e.value);
            }
        }
        nextFields << out.size();
        put32(out, 0);
    }
    return out;
}

int TstRenderClient::darkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 100)
                ++n;
        }
    }
    return n;
}

bool TstRenderClient::open(RenderClient &client, const QString &path)
{
    QSignalSpy opened(&client, &RenderClient::opened);
    QSignalSpy failed(&client, &RenderClient::openFailed);
    client.open(path);
    return QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 15000) && !opened.isEmpty();
}

void TstRenderClient::pdfPagesAndWords()
{
    RenderClient client;
    QVERIFY(open(client, write(QStringLiteral("brief.pdf"), letterPdf())));
    QCOMPARE(client.kind(), RenderClient::Kind::Pdf);
    QVERIFY2(client.pageCount() >= 2, "the letter is long enough for two pages");
    QCOMPARE(client.pageSize(0).toSize(), QSize(595, 842)); // A4 in points

    QSignalSpy ready(&client, &RenderClient::pageReady);
    client.requestPage(0, 600);
    QVERIFY(ready.wait(15000));
    QCOMPARE(ready.first().at(0).toInt(), 0);
    const QImage page = ready.first().at(2).value<QImage>();
    QCOMPARE(page.width(), 600);
    QCOMPARE(page.height(), qRound(842.0 * 600 / 595));
    const int dark = darkPixels(page);
    QVERIFY2(dark > 500, qPrintable(QStringLiteral("%1 dark pixels: no text drawn").arg(dark)));
    QVERIFY2(dark < page.width() * page.height() / 4, "mostly white paper");
    QVERIFY(!client.cachedPage(0, 600).isNull());
    QVERIFY(client.cachedPage(0, 300).isNull());

    QSignalSpy text(&client, &RenderClient::textReady);
    client.requestText(0);
    QVERIFY(text.wait(15000));
    QVERIFY(client.hasText(0));
    const QList<RenderClient::Word> words = client.text(0);
    auto it = std::find_if(words.cbegin(), words.cend(),
        [](const RenderClient::Word &w) { return w.text.startsWith(QStringLiteral("Ruhestörung")); });
    QVERIFY2(it != words.cend(), "the heading's words come back");
    QVERIFY(it->box.left() > 0 && it->box.right() < 1 && it->box.top() > 0 && it->box.bottom() < 0.2);
}

void TstRenderClient::badFilesGiveAReason()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    QVERIFY2(!qpdf.isEmpty(), "qpdf is missing (.ci/install-deps installs it)");
    const QString plain = write(QStringLiteral("plain.pdf"), letterPdf());
    const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
    QCOMPARE(QProcess::execute(qpdf,
                 { QStringLiteral("--encrypt"), QStringLiteral("geheim"), QStringLiteral("owner"),
                     QStringLiteral("256"), QStringLiteral("--"), plain, locked }),
        0);
    QByteArray damaged = letterPdf();
    damaged.truncate(damaged.size() / 3);
    damaged.replace(200, 400, Test::randomBytes(400, 7));

    const QList<std::pair<QString, QString>> cases {
        { locked, QStringLiteral("password") },
        { write(QStringLiteral("damaged.pdf"), damaged), QStringLiteral("damaged") },
        { write(QStringLiteral("empty.pdf"), {}), QStringLiteral("empty") },
        { write(QStringLiteral("noise.bin"), Test::randomBytes(5000, 3)), QStringLiteral("No preview") },
        { m_dir.filePath(QStringLiteral("missing.pdf")), QStringLiteral("cannot be read") },
    };
    RenderClient client;
    for (const auto &[path, expected] : cases) {
        QSignalSpy failed(&client, &RenderClient::openFailed);
        client.open(path);
        QVERIFY2(failed.wait(15000), qPrintable(path));
        const QString reason = failed.first().first().toString();
        QVERIFY2(reason.contains(expected), qPrintable(path + QStringLiteral(": ") + reason));
        QVERIFY(!client.isOpen());
    }
    // The same worker (or its successor) still serves a good file afterwards.
    QVERIFY(open(client, plain));
    QSignalSpy ready(&client, &RenderClient::pageReady);
    client.requestPage(0, 200);
    QVERIFY(ready.wait(15000));
}

void TstRenderClient::killedWorkerIsReplaced()
{
    RenderClient client;
    QVERIFY(open(client, write(QStringLiteral("kill.pdf"), letterPdf())));
    QSignalSpy ready(&client, &RenderClient::pageReady);
    client.requestPage(0, 300);
    QVERIFY(ready.wait(15000));
    const qint64 pid = client.workerPid();
    QVERIFY(pid > 0);
    QCOMPARE(client.workerStarts(), 1);

    QSignalSpy restarted(&client, &RenderClient::workerRestarted);
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QVERIFY(restarted.wait(10000));
    QVERIFY(restarted.first().first().toString().contains(QLatin1String("started again")));

    // The next page comes from a fresh worker that opened the document again by itself.
    ready.clear();
    client.requestPage(1, 300);
    QVERIFY(ready.wait(15000));
    QCOMPARE(ready.first().at(0).toInt(), 1);
    QVERIFY(darkPixels(ready.first().at(2).value<QImage>()) > 50);
    QCOMPARE(client.workerStarts(), 2);
    QVERIFY(client.workerPid() != pid);

    // Said once per document, not at every death.
    QCOMPARE(::kill(static_cast<pid_t>(client.workerPid()), SIGKILL), 0);
    QTRY_COMPARE(client.workerPid(), 0);
    QCOMPARE(restarted.size(), 1);
}

void TstRenderClient::hangingPageTimesOut()
{
    qputenv("AKTENWERK_RENDER_TEST_HANG_PAGE", "1"); // inherited by the worker started below
    RenderClient client;
    client.setTimeout(3000); // long enough for a good page on a busy machine
    const bool opened = open(client, write(QStringLiteral("hang.pdf"), letterPdf()));
    qunsetenv("AKTENWERK_RENDER_TEST_HANG_PAGE");
    QVERIFY(opened);
    QSignalSpy error(&client, &RenderClient::pageError);
    QSignalSpy ready(&client, &RenderClient::pageReady);
    client.requestPage(1, 300);
    client.requestPage(0, 300); // queued behind the page that hangs
    QVERIFY(error.wait(10000));
    QCOMPARE(error.first().at(0).toInt(), 1);
    QVERIFY2(error.first().at(2).toString().contains(QLatin1String("could not be displayed")),
        qPrintable(error.first().at(2).toString()));
    QVERIFY(client.pageFailed(1, 300));
    // The hanging worker was killed; the queued page comes from its replacement.
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 15000);
    QCOMPARE(ready.first().at(0).toInt(), 0);
    QCOMPARE(client.workerStarts(), 2);
    // A failed page is not asked for again in a loop.
    client.requestPage(1, 300);
    QTest::qWait(200);
    QCOMPARE(error.size(), 1);
}

void TstRenderClient::imagesRender()
{
    QImage png(300, 200, QImage::Format_RGB32);
    png.fill(Qt::white);
    for (int y = 50; y < 150; ++y)
        for (int x = 100; x < 200; ++x)
            png.setPixel(x, y, qRgb(0, 0, 0));
    QByteArray pngData;
    {
        QBuffer buffer(&pngData);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QImageWriter writer(&buffer, "png");
        QVERIFY(writer.write(png));
    }
    RenderClient client;
    // Named without an extension, as in the content store: the worker goes by the bytes.
    QVERIFY(open(client, write(QStringLiteral("0123abcd"), pngData)));
    QCOMPARE(client.kind(), RenderClient::Kind::Image);
    QCOMPARE(client.pageCount(), 1);
    QSignalSpy ready(&client, &RenderClient::pageReady);
    client.requestPage(0, 150);
    QVERIFY(ready.wait(15000));
    QImage image = ready.first().at(2).value<QImage>();
    QCOMPARE(image.size(), QSize(150, 100));
    QVERIFY(qAbs(darkPixels(image) - 50 * 50) < 300); // the black square, a quarter of the picture
    QCOMPARE(qGray(image.pixel(5, 5)), 255);

    QVERIFY2(QImageReader::supportedImageFormats().contains("tiff"),
        "the TIFF plugin is missing (qt6-image-formats-plugins, .ci/install-deps installs it)");
    QVERIFY(open(client, write(QStringLiteral("scan.tif"), twoPageTiff())));
    QCOMPARE(client.pageCount(), 2);
    QCOMPARE(client.pageSize(0).toSize(), QSize(100, 150));
    QCOMPARE(client.pageSize(1).toSize(), QSize(200, 100));
    ready.clear();
    client.requestPage(1, 100);
    client.requestPage(0, 100);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 15000);
    for (const QList<QVariant> &args : std::as_const(ready)) {
        image = args.at(2).value<QImage>();
        if (args.at(0).toInt() == 1) {
            QCOMPARE(image.size(), QSize(100, 50));
            QCOMPARE(darkPixels(image), 100 * 50); // all black
        } else {
            QCOMPARE(image.size(), QSize(100, 150));
            QVERIFY(qAbs(darkPixels(image) - 40 * 40) < 200);
        }
    }
}

void TstRenderClient::cacheAnswersWithoutTheWorker()
{
    RenderClient client;
    QVERIFY(open(client, write(QStringLiteral("cache.pdf"), letterPdf())));
    QSignalSpy ready(&client, &RenderClient::pageReady);
    client.requestPage(0, 400);
    QVERIFY(ready.wait(15000));
    QCOMPARE(::kill(static_cast<pid_t>(client.workerPid()), SIGKILL), 0);
    QTRY_COMPARE(client.workerPid(), 0);
    // From the cache: no new request, so no new worker.
    client.requestPage(0, 400);
    QTest::qWait(200);
    QCOMPARE(client.workerStarts(), 1);
    QVERIFY(!client.cachedPage(0, 400).isNull());
    // A small cache forgets: a page bigger than the whole cache is not kept.
    client.setCacheBytes(1000);
    QVERIFY(client.cachedPage(0, 400).isNull());
}

void TstRenderClient::hostileWorkerAnswers_data()
{
    // What a worker taken over by a file could send back to the client's first request.
    QTest::addColumn<QByteArray>("answer"); // Python expression over rid (the request id bytes)
    QTest::newRow("list of four billion page sizes")
        << QByteArray("frame(rid + b'\\x01\\x00\\x01' + struct.pack('>I', 0xfffffff0))");
    QTest::newRow("frame of two gigabytes") << QByteArray("struct.pack('>I', 0x7fffffff) + b'xxxx'");
    QTest::newRow("page sizes that are not numbers")
        << QByteArray("frame(rid + b'\\x01\\x00\\x01' + struct.pack('>I', 1) + struct.pack('>dd', float('nan'), -1))");
}

void TstRenderClient::hostileWorkerAnswers()
{
    QFETCH(QByteArray, answer);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is needed to play the hostile worker");
    const QString script = m_dir.filePath(QStringLiteral("hostile-worker.py"));
    QVERIFY(Test::writeFile(script,
        "#!" + python.toUtf8()
            + "\n"
              "import struct, sys\n"
              "inp, out = sys.stdin.buffer, sys.stdout.buffer\n"
              "def frame(p): return struct.pack('>I', len(p)) + p\n"
              "n = struct.unpack('>I', inp.read(4))[0]\n"
              "rid = inp.read(n)[:4]\n"
              "out.write("
            + answer
            + ")\n"
              "out.flush()\n"
              "inp.read()\n"));
    QVERIFY(QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QByteArray previous = qgetenv("AKTENWERK_RENDER");
    qputenv("AKTENWERK_RENDER", script.toLocal8Bit());
    RenderClient client;
    QSignalSpy failed(&client, &RenderClient::openFailed);
    client.open(write(QStringLiteral("any.pdf"), letterPdf()));
    const bool answered = failed.wait(10000);
    qputenv("AKTENWERK_RENDER", previous);
    QVERIFY(answered);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("The file is damaged and cannot be displayed."));
    QVERIFY(!client.isOpen());
}

QTEST_MAIN(TstRenderClient)
#include "tst_renderclient.moc"
