// aktenwerk-ocr: turns one page image at a time into text and a one-page searchable PDF, in a
// process of its own under the same limits as aktenwerk-extract (processor time per page, address
// space, no files written, no network). Page images come from scanners and imports, so decoding
// them (and rendering the pages of an image-only PDF) is untrusted parsing and happens here.
//
//   aktenwerk-ocr --serve [--cpu SECONDS] [--memory MIB] [--lang deu+eng]
//
// One request per line on stdin:
//   {"path":"...","type":"image|pdf","page":N,"dpi":300,"jpeg_quality":75}   page N counts from 0
//   {"path":"...","type":"pdf","page":N,"copy":true}   page N of a PDF as it is, as a one-page PDF
//   {"path":"...","type":"pdf","count":true}            how many pages the PDF has
// One answer per line on stdout:
//   {"status":"ok","text":"...","confidence":C,"width":W,"height":H,"dpi":D,"depth":1|8|32,
//    "pdf":"<base64 one-page PDF>"}  |  {"status":"ok","pages":N}
//   or {"status":"failed","code":"unreadable|empty|image-damaged|image-too-large|not-pdf|damaged|
//       password|no-page|ocr-failed|pdf-failed","detail":"..."}
//
//   aktenwerk-ocr --osd PATH [--cpu SECONDS] [--memory MIB]
//
// Orientation and script detection (Tesseract OSD, osd.traineddata) of one page image, for the
// scan review: a sheet fed upside down or sideways is turned before it is filed. One line:
//   {"status":"ok","rotate":0|90|180|270,"confidence":C,"script":"Latin","script_confidence":S}
// "rotate" is how far the image must be turned clockwise to stand upright; C is Tesseract's
// orientation confidence (how much better the best orientation scored than the others).
//   or {"status":"failed","code":"unreadable|empty|image-damaged|image-too-large|no-language|no-text"}
//
// What tesseract::TessPDFRenderer (5.3) does with its input (pdfrenderer.cpp, checked with
// pdfimages -list and strace on Debian 12's 5.3.0 / Leptonica 1.82):
// - it embeds the Pix given to SetImage, unless GetInputName() names a JPEG file, whose bytes it
//   copies as they are;
// - a Pix whose input format is PNG is always written with Flate, whatever its depth (a colour
//   scan becomes a huge lossless image); any other goes through Leptonica's default choice:
//   1 bit -> CCITT G4, a colormap -> Flate, 8 bit grey and 32 bit colour -> JPEG at the API
//   variable "jpg_quality". Leptonica has no JBIG2 encoder, so JBIG2 never appears;
// - but Leptonica makes the G4 and JPEG data through a temporary FILE (pixGenerateJpegData writes
//   the image to /tmp and reads it back), which the sandbox forbids (RLIMIT_FSIZE=0: SIGXFSZ).
// So the renderer is used for the text layer only (textonly): the invisible, correctly placed
// words on a page of the image's size. The image goes under it here, with libqpdf: grey and colour
// pages as JPEG made in memory (pixWriteMemJpeg, quality from the request), 1-bit pages as their
// bits, Flate-compressed by QPDFWriter (lossless; /Decode [1 0] because Leptonica's 1 is black).
// Colormaps and alpha are dropped and 2/4/16-bit pages become 8-bit grey before that.
// The renderer writes to a FILE* (stdout for the name "stdout"); as files are forbidden, stdout is
// pointed at a memory stream (glibc documents stdout as an assignable variable) while it lives.

#include "dms/capture/worker/sandbox.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <allheaders.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <tesseract/baseapi.h>
#include <tesseract/renderer.h>
#include <unistd.h>
#include <variant>

namespace {

constexpr long kMaxPixels = 20000L * 20000L; // a 300 dpi A0 page is ≈ 140 M pixels

struct PixDeleter
{
    void operator()(Pix *p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

QJsonObject failure(const char *code, const QString &detail = {})
{
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("failed") },
        { QStringLiteral("code"), QLatin1String(code) }, { QStringLiteral("detail"), detail } };
}

void write(const QJsonObject &o)
{
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    json += '\n';
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
}

void quiet(const std::string &, void *) { }

/** A page of an image-only PDF, drawn here at the OCR resolution (grey where it has no colour). */
std::variant<PixPtr, QJsonObject> renderPdfPage(const QByteArray &data, int page, int dpi)
{
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data.constData(), data.size()));
    if (!doc)
        return failure("damaged");
    if (doc->is_locked())
        return failure("password");
    if (page < 0 || page >= doc->pages())
        return failure("no-page", QString::number(page + 1));
    std::unique_ptr<poppler::page> p(doc->create_page(page));
    if (!p)
        return failure("damaged");
    const poppler::rectf box = p->page_rect();
    if (box.width() / 72.0 * dpi * box.height() / 72.0 * dpi > static_cast<double>(kMaxPixels))
        return failure("image-too-large");
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_image_format(poppler::image::format_rgb24);
    const poppler::image img = renderer.render_page(p.get(), dpi, dpi);
    if (!img.is_valid())
        return failure("damaged");
    const int w = img.width(), h = img.height();
    bool colour = false;
    for (int y = 0; y < h && !colour; ++y) {
        const auto *row
            = reinterpret_cast<const unsigned char *>(img.const_data()) + static_cast<size_t>(y) * img.bytes_per_row();
        for (int x = 0; x < w; ++x) {
            const unsigned char *px = row + 3 * x;
            if (px[0] != px[1] || px[1] != px[2]) {
                colour = true;
                break;
            }
        }
    }
    PixPtr pix(pixCreate(w, h, colour ? 32 : 8));
    if (!pix)
        return failure("image-too-large");
    for (int y = 0; y < h; ++y) {
        const auto *row
            = reinterpret_cast<const unsigned char *>(img.const_data()) + static_cast<size_t>(y) * img.bytes_per_row();
        l_uint32 *line = pixGetData(pix.get()) + static_cast<size_t>(y) * pixGetWpl(pix.get());
        for (int x = 0; x < w; ++x) {
            const unsigned char *px = row + 3 * x;
            if (colour)
                composeRGBPixel(px[0], px[1], px[2], line + x);
            else
                SET_DATA_BYTE(line, x, px[0]);
        }
    }
    pixSetResolution(pix.get(), dpi, dpi);
    return pix;
}

/** An image file's page @p page, decoded by Leptonica after its header said how big it is. */
std::variant<PixPtr, QJsonObject> readImage(const QByteArray &data, int page)
{
    const auto *bytes = reinterpret_cast<const l_uint8 *>(data.constData());
    const size_t size = static_cast<size_t>(data.size());
    l_int32 format = IFF_UNKNOWN, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeaderMem(bytes, size, &format, &w, &h, &bps, &spp, &cmap) != 0 || w <= 0 || h <= 0)
        return failure("image-damaged");
    if (static_cast<long>(w) * h > kMaxPixels)
        return failure("image-too-large");
    Pix *raw = nullptr;
    if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 || format == IFF_TIFF_LZW
        || format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG)
        raw = pixReadMemTiff(bytes, size, page);
    else if (page == 0)
        raw = pixReadMem(bytes, size);
    else
        return failure("no-page", QString::number(page + 1));
    if (!raw)
        return failure("image-damaged");
    return PixPtr(raw);
}

bool hasColour(Pix *pix)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
    for (int y = 0; y < h; ++y) {
        const l_uint32 *line = pixGetData(pix) + static_cast<size_t>(y) * wpl;
        for (int x = 0; x < w; ++x) {
            l_int32 r = 0, g = 0, b = 0;
            extractRGBValues(line[x], &r, &g, &b);
            if (r != g || g != b)
                return true;
        }
    }
    return false;
}

/** The Pix as TessPDFRenderer should see it (see the rules at the top). */
PixPtr normalise(PixPtr pix, int dpi)
{
    Pix *p = pix.get();
    PixPtr out;
    if (pixGetColormap(p))
        out.reset(pixRemoveColormap(p, REMOVE_CMAP_BASED_ON_SRC));
    else if (pixGetDepth(p) == 32 && pixGetSpp(p) == 4)
        out.reset(pixRemoveAlpha(p));
    else
        out = std::move(pix);
    const int d = pixGetDepth(out.get());
    if (d != 1 && d != 8 && d != 32)
        out.reset(pixConvertTo8(out.get(), 0));
    if (pixGetDepth(out.get()) == 32) {
        pixSetSpp(out.get(), 3);
        // Many grey pages come as RGB (pdftoppm, some scanners): as grey their JPEG is a third.
        if (!hasColour(out.get()))
            out.reset(pixConvertRGBToLuminance(out.get()));
    }
    // A resolution the file does not state (or states absurdly) is the scan resolution asked for.
    if (pixGetXRes(out.get()) < 70 || pixGetXRes(out.get()) > 2400 || pixGetYRes(out.get()) < 70)
        pixSetResolution(out.get(), dpi, dpi);
    return out;
}

/** The renderer's text-only page, caught in memory: this process may not write files. */
QByteArray renderTextLayer(tesseract::TessBaseAPI &api)
{
    char *buffer = nullptr;
    size_t length = 0;
    FILE *memory = open_memstream(&buffer, &length);
    if (!memory)
        return {};
    FILE *const realStdout = stdout;
    stdout = memory;
    bool ok = false;
    {
        tesseract::TessPDFRenderer renderer("stdout", api.GetDatapath(), true);
        ok = renderer.BeginDocument("") && renderer.AddImage(&api) && renderer.EndDocument();
    }
    stdout = realStdout;
    std::fclose(memory);
    QByteArray pdf = ok ? QByteArray(buffer, static_cast<qsizetype>(length)) : QByteArray();
    std::free(buffer);
    return pdf;
}

/** The page image under the text layer: JPEG for grey and colour, Flate for 1 bit (see the top). */
QByteArray withImage(const QByteArray &textLayer, Pix *pix, int jpegQuality)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("text.pdf", textLayer.constData(), static_cast<size_t>(textLayer.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (pages.size() != 1)
            return {};
        QPDFPageObjectHelper &page = pages.front();
        const int w = pixGetWidth(pix), h = pixGetHeight(pix), d = pixGetDepth(pix);
        QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf);
        if (d == 1) {
            std::string bits;
            const int rowBytes = (w + 7) / 8;
            bits.reserve(static_cast<size_t>(rowBytes) * static_cast<size_t>(h));
            for (int y = 0; y < h; ++y) {
                const l_uint32 *line = pixGetData(pix) + static_cast<size_t>(y) * pixGetWpl(pix);
                for (int b = 0; b < rowBytes; ++b)
                    bits.push_back(static_cast<char>(GET_DATA_BYTE(line, b)));
            }
            image.replaceStreamData(bits, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
            image.getDict().replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceGray"));
            image.getDict().replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(1));
            image.getDict().replaceKey("/Decode", QPDFObjectHandle::parse("[1 0]"));
        } else {
            l_uint8 *jpeg = nullptr;
            size_t size = 0;
            if (pixWriteMemJpeg(&jpeg, &size, pix, jpegQuality, 0) != 0 || !jpeg)
                return {};
            const std::string data(reinterpret_cast<const char *>(jpeg), size);
            lept_free(jpeg);
            image.replaceStreamData(data, QPDFObjectHandle::newName("/DCTDecode"), QPDFObjectHandle::newNull());
            image.getDict().replaceKey("/ColorSpace", QPDFObjectHandle::newName(d == 8 ? "/DeviceGray" : "/DeviceRGB"));
            image.getDict().replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
        }
        image.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        image.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
        image.getDict().replaceKey("/Width", QPDFObjectHandle::newInteger(w));
        image.getDict().replaceKey("/Height", QPDFObjectHandle::newInteger(h));

        QPDFObjectHandle resources = page.getObjectHandle().getKey("/Resources");
        if (!resources.isDictionary()) {
            resources = QPDFObjectHandle::newDictionary();
            page.getObjectHandle().replaceKey("/Resources", resources);
        }
        QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
        xobjects.replaceKey("/Im1", image);
        resources.replaceKey("/XObject", xobjects);
        // The same page size as the renderer's: pixels at the page's resolution, in points.
        const double ppi = pixGetYRes(pix);
        char draw[128];
        std::snprintf(draw, sizeof draw, "q %.3f 0 0 %.3f 0 0 cm /Im1 Do Q\n", w * 72.0 / ppi, h * 72.0 / ppi);
        page.addPageContents(QPDFObjectHandle::newStream(&pdf, std::string(draw)), true);

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none); // the JPEG stays as made; only unfiltered streams get Flate
        writer.setCompressStreams(true);
        writer.write();
        std::shared_ptr<Buffer> buf(writer.getBufferSharedPointer());
        return QByteArray(reinterpret_cast<const char *>(buf->getBuffer()), static_cast<qsizetype>(buf->getSize()));
    } catch (const std::exception &) {
        return {};
    }
}

/** Page @p page of a PDF unchanged, as a one-page PDF of its own (to replace another page). */
QJsonObject copyPdfPage(const QByteArray &data, int page)
{
    try {
        QPDF in;
        in.setSuppressWarnings(true);
        in.processMemoryFile("in.pdf", data.constData(), static_cast<size_t>(data.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(in).getAllPages();
        if (page < 0 || page >= static_cast<int>(pages.size()))
            return failure("no-page", QString::number(page + 1));
        QPDF out;
        out.emptyPDF();
        QPDFPageDocumentHelper(out).addPage(pages.at(static_cast<size_t>(page)), false);
        QPDFWriter w(out);
        w.setOutputMemory();
        w.setDecodeLevel(qpdf_dl_none);
        w.write();
        std::shared_ptr<Buffer> buf(w.getBufferSharedPointer());
        const QByteArray bytes(
            reinterpret_cast<const char *>(buf->getBuffer()), static_cast<qsizetype>(buf->getSize()));
        return QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
            { QStringLiteral("pdf"), QString::fromLatin1(bytes.toBase64()) } };
    } catch (const std::exception &e) {
        return failure("damaged", QString::fromLocal8Bit(e.what()));
    }
}

int pdfPageCount(const QByteArray &data)
{
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data.constData(), data.size()));
    return doc && !doc->is_locked() ? doc->pages() : -1;
}

QJsonObject handle(tesseract::TessBaseAPI &api, const QJsonObject &q)
{
    const QString path = q.value(QLatin1String("path")).toString();
    // Test hooks for faults no file reliably causes: a page that crashes the worker, and one
    // that hangs it (the caller's clock must stop it). They hit the files whose path contains
    // their value.
    auto hook = [&path](const char *name) {
        const QString v = qEnvironmentVariable(name);
        return !v.isEmpty() && path.contains(v);
    };
    if (hook("AKTENWERK_OCR_TEST_CRASH"))
        std::abort();
    if (hook("AKTENWERK_OCR_TEST_HANG"))
        ::pause();

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure("unreadable", f.errorString());
    const QByteArray data = f.readAll();
    if (data.isEmpty())
        return failure("empty");
    const bool pdf = q.value(QLatin1String("type")).toString() == QLatin1String("pdf");
    const int page = q.value(QLatin1String("page")).toInt(0);
    const int dpi = qBound(70, q.value(QLatin1String("dpi")).toInt(300), 1200);
    if (pdf && !data.left(1024).contains("%PDF-"))
        return failure("not-pdf");
    if (pdf && q.value(QLatin1String("count")).toBool()) {
        const int n = pdfPageCount(data);
        if (n < 0)
            return failure("damaged");
        return QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") }, { QStringLiteral("pages"), n } };
    }
    if (pdf && q.value(QLatin1String("copy")).toBool())
        return copyPdfPage(data, page);

    auto decoded = pdf ? renderPdfPage(data, page, dpi) : readImage(data, page);
    if (auto *e = std::get_if<QJsonObject>(&decoded))
        return *e;
    PixPtr pix = normalise(std::move(std::get<PixPtr>(decoded)), dpi);
    if (!pix)
        return failure("image-damaged");

    api.SetImage(pix.get());
    api.SetSourceResolution(pixGetYRes(pix.get()));
    if (api.Recognize(nullptr) != 0)
        return failure("ocr-failed");
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    const int confidence = api.MeanTextConf();
    const QByteArray onePage
        = withImage(renderTextLayer(api), pix.get(), qBound(10, q.value(QLatin1String("jpeg_quality")).toInt(75), 100));
    api.Clear();
    if (onePage.isEmpty())
        return failure("pdf-failed");
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
        { QStringLiteral("text"), QString::fromUtf8(text.get()) }, { QStringLiteral("confidence"), confidence },
        { QStringLiteral("width"), static_cast<int>(pixGetWidth(pix.get())) },
        { QStringLiteral("height"), static_cast<int>(pixGetHeight(pix.get())) },
        { QStringLiteral("dpi"), static_cast<int>(pixGetYRes(pix.get())) },
        { QStringLiteral("depth"), static_cast<int>(pixGetDepth(pix.get())) },
        { QStringLiteral("pdf"), QString::fromLatin1(onePage.toBase64()) } };
}

/** The --osd answer for the image at @p path (see the top); the sandbox is already in force. */
QJsonObject detectOrientation(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure("unreadable", f.errorString());
    const QByteArray data = f.readAll();
    if (data.isEmpty())
        return failure("empty");
    auto decoded = readImage(data, 0);
    if (auto *e = std::get_if<QJsonObject>(&decoded))
        return *e;
    PixPtr pix = normalise(std::move(std::get<PixPtr>(decoded)), 300);
    if (!pix)
        return failure("image-damaged");
    // OSD needs the legacy engine's orientation classifier: osd.traineddata carries only that.
    tesseract::TessBaseAPI api;
    if (api.Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) != 0)
        return failure("no-language", QStringLiteral("osd"));
    api.SetPageSegMode(tesseract::PSM_OSD_ONLY);
    api.SetImage(pix.get());
    api.SetSourceResolution(pixGetYRes(pix.get()));
    int degrees = 0;
    float confidence = 0, scriptConfidence = 0;
    const char *script = nullptr;
    // false: too few characters to judge (a blank or a picture-only page).
    if (!api.DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence))
        return failure("no-text");
    // Tesseract reports how far the image is turned clockwise; standing it upright turns it back.
    const int rotate = (360 - degrees) % 360;
    return QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") }, { QStringLiteral("rotate"), rotate },
        { QStringLiteral("confidence"), static_cast<double>(confidence) },
        { QStringLiteral("script"), QString::fromUtf8(script ? script : "") },
        { QStringLiteral("script_confidence"), static_cast<double>(scriptConfidence) } };
}

} // namespace

int main(int argc, char **argv)
{
    // libgomp reads OMP_THREAD_LIMIT when the library loads, before main(): without it
    // Tesseract's own threads compete with the other workers and each page is 2-3x slower.
    // Started without it, the program starts itself again with it.
    if (!std::getenv("OMP_THREAD_LIMIT")) {
        setenv("OMP_THREAD_LIMIT", "1", 1);
        execv("/proc/self/exe", argv);
    }
    long cpu = 120;
    long memoryMiB = 2048;
    QByteArray lang = "deu+eng";
    QString osdPath;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        auto next = [&]() -> long { return i + 1 < argc ? std::strtol(argv[++i], nullptr, 10) : 0; };
        if (a == "--cpu")
            cpu = next();
        else if (a == "--memory")
            memoryMiB = next();
        else if (a == "--lang" && i + 1 < argc)
            lang = argv[++i];
        else if (a == "--osd" && i + 1 < argc)
            osdPath = QString::fromLocal8Bit(argv[++i]);
    }
    cpu = cpu > 0 ? cpu : 120;
    memoryMiB = memoryMiB > 0 ? memoryMiB : 2048;
    Aktenwerk::Dms::Sandbox::enter(cpu, memoryMiB, Aktenwerk::Dms::Sandbox::Cpu::PerTask);
    poppler::set_debug_error_function(quiet, nullptr);
    setMsgSeverity(L_SEVERITY_NONE); // Leptonica's complaints about a damaged image: the code says enough
    if (!osdPath.isEmpty()) {
        write(detectOrientation(osdPath));
        std::_Exit(0);
    }

    tesseract::TessBaseAPI api;
    // nullptr: the compiled-in tessdata folder, or $TESSDATA_PREFIX (the folder itself in Tesseract 5).
    if (api.Init(nullptr, lang.constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        write(failure("no-language", QString::fromLatin1(lang)));
        return 3;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    while (true) {
        const QByteArray line = in.readLine();
        if (line.isEmpty())
            break; // the caller closed the pipe: done
        Aktenwerk::Dms::Sandbox::allowCpu(cpu);
        write(handle(api, QJsonDocument::fromJson(line).object()));
    }
    std::_Exit(0);
}
