// aktenwerk-scan: the only program that loads SANE. Scanner drivers are third-party code that
// talks to USB and network devices; a driver that crashes, hangs or leaks costs this process
// only, never the client. The caller (Dms::Scanner) enforces the wall-clock limits and kills us
// to cancel.
//
// Modes:
//   --list                      devices as JSON lines {"name","vendor","model","type"}
//   --options DEVICE            one JSON object: sources, modes, resolutions, maximum geometry
//   --scan --device D --out DIR [--source flatbed|adf|duplex] [--mode color|gray|bw]
//          [--resolution DPI] [--width MM --height MM] [--max-pages N]
//          [--device-option NAME=VALUE[@PAGE]]...
//       JSON lines: page-started, progress, page-done, end, or error (with the SANE status).
//
// Sandbox (what fits of capture/worker/sandbox.h): no core dumps, an address-space limit, a
// file-size limit (we write pages, so not zero), no new privileges, and death with the parent.
// No network namespace and no CPU limit of the whole process: scanners sit on the network and a
// feeder batch may legitimately scan for many minutes; the caller's stall timer bounds a hang.

#include "dms/capture/pageanalysis.h"
#include "dms/capture/separatorsheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>

#include <sys/prctl.h>
#include <unistd.h>
#include <sys/resource.h>

namespace {

void emitJson(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

/**
 * After the last word the device is cancelled and closed. Some drivers hang there after a
 * fault (SANE's own test backend does, now and then, after a forced read status): the alarm
 * ends the process instead, the answer is out already.
 */
void lastWordSaid()
{
    alarm(3);
}

/** Our name for a SANE status: what the client branches on. */
QString statusName(SANE_Status s)
{
    switch (static_cast<int>(s)) {
    case SANE_STATUS_GOOD:
        return QStringLiteral("good");
    case SANE_STATUS_UNSUPPORTED:
        return QStringLiteral("unsupported");
    case SANE_STATUS_CANCELLED:
        return QStringLiteral("cancelled");
    case SANE_STATUS_DEVICE_BUSY:
        return QStringLiteral("busy");
    case SANE_STATUS_INVAL:
        return QStringLiteral("invalid");
    case SANE_STATUS_EOF:
        return QStringLiteral("eof");
    case SANE_STATUS_JAMMED:
        return QStringLiteral("jammed");
    case SANE_STATUS_NO_DOCS:
        return QStringLiteral("no-docs");
    case SANE_STATUS_COVER_OPEN:
        return QStringLiteral("cover-open");
    case SANE_STATUS_IO_ERROR:
        return QStringLiteral("io-error");
    case SANE_STATUS_NO_MEM:
        return QStringLiteral("no-memory");
    case SANE_STATUS_ACCESS_DENIED:
        return QStringLiteral("access-denied");
    case 12: // SANE_STATUS_WARMING_UP (SANE 1.1; sane.h hides it behind SANE_CURRENT_MAJOR)
        return QStringLiteral("warming-up");
    case 13: // SANE_STATUS_HW_LOCKED
        return QStringLiteral("locked");
    }
    return QStringLiteral("unknown");
}

void emitError(const QString &status, const QString &detail, int page, int pagesDone)
{
    emitJson({{QStringLiteral("event"), QStringLiteral("error")},
              {QStringLiteral("status"), status},
              {QStringLiteral("detail"), detail},
              {QStringLiteral("page"), page},
              {QStringLiteral("pages"), pagesDone}});
    lastWordSaid();
}

void emitSaneError(SANE_Status s, int page, int pagesDone)
{
    emitError(statusName(s), QString::fromUtf8(sane_strstatus(s)), page, pagesDone);
}

void enterSandbox()
{
    auto limit = [](int resource, rlim_t value) {
        rlimit r{value, value};
        setrlimit(resource, &r);
    };
    limit(RLIMIT_CORE, 0);
    limit(RLIMIT_AS, rlim_t(4096) << 20);   // a colour A4 page at 600 dpi is ≈ 100 MiB raw
    limit(RLIMIT_FSIZE, rlim_t(1024) << 20); // one page file; more is a runaway driver
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    prctl(PR_SET_PDEATHSIG, SIGKILL);        // a client that dies takes its scan along
}

/** An open device and its options, looked up by name (drivers renumber on RELOAD_OPTIONS). */
class Device
{
public:
    explicit Device(SANE_Handle h) : m_h(h) {}
    ~Device()
    {
        sane_cancel(m_h);
        sane_close(m_h);
    }
    Device(const Device &) = delete;
    Device &operator=(const Device &) = delete;
    SANE_Handle handle() const { return m_h; }

    std::optional<std::pair<SANE_Int, const SANE_Option_Descriptor *>> find(const char *name) const
    {
        SANE_Int count = 0;
        if (sane_control_option(m_h, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
            return std::nullopt;
        for (SANE_Int i = 1; i < count; ++i) {
            const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_h, i);
            if (d && d->name && std::strcmp(d->name, name) == 0 && SANE_OPTION_IS_ACTIVE(d->cap))
                return std::make_pair(i, d);
        }
        return std::nullopt;
    }

    QStringList stringList(const char *name) const
    {
        QStringList l;
        const auto o = find(name);
        if (o && o->second->constraint_type == SANE_CONSTRAINT_STRING_LIST)
            for (const SANE_String_Const *s = o->second->constraint.string_list; *s; ++s)
                l << QString::fromUtf8(*s);
        return l;
    }

    /** Sets option @p name from text (string, int, fixed or bool); the driver may adjust it. */
    SANE_Status set(const char *name, const QString &value)
    {
        const auto o = find(name);
        if (!o)
            return SANE_STATUS_UNSUPPORTED;
        const auto [index, d] = *o;
        SANE_Int info = 0;
        switch (d->type) {
        case SANE_TYPE_STRING: {
            QByteArray buf = value.toUtf8();
            if (buf.size() >= d->size)
                return SANE_STATUS_INVAL;
            buf.resize(d->size, '\0');
            return sane_control_option(m_h, index, SANE_ACTION_SET_VALUE, buf.data(), &info);
        }
        case SANE_TYPE_BOOL: {
            SANE_Bool b = (value == QLatin1String("1") || value == QLatin1String("true") || value == QLatin1String("yes"))
                ? SANE_TRUE
                : SANE_FALSE;
            return sane_control_option(m_h, index, SANE_ACTION_SET_VALUE, &b, &info);
        }
        case SANE_TYPE_INT:
        case SANE_TYPE_FIXED: {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok || d->size < static_cast<SANE_Int>(sizeof(SANE_Word)))
                return SANE_STATUS_INVAL;
            // Options with several values (gamma tables) get the value everywhere.
            QList<SANE_Word> words(d->size / static_cast<SANE_Int>(sizeof(SANE_Word)),
                                   d->type == SANE_TYPE_FIXED ? SANE_FIX(v) : static_cast<SANE_Word>(v));
            return sane_control_option(m_h, index, SANE_ACTION_SET_VALUE, words.data(), &info);
        }
        default:
            return SANE_STATUS_UNSUPPORTED;
        }
    }

    /**
     * Sets a number option to the nearest value the device allows: clamped into its range, or
     * the closest entry of its list (a scanner offering 150 and 300 dpi gets 300 for 250). The
     * value really used is read back and reported, so nothing pretends to another setting.
     */
    SANE_Status setNearest(const char *name, double value)
    {
        const auto o = find(name);
        if (!o)
            return SANE_STATUS_UNSUPPORTED;
        const SANE_Option_Descriptor *d = o->second;
        auto plain = [d](SANE_Word w) { return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w); };
        if (d->constraint_type == SANE_CONSTRAINT_RANGE) {
            value = qBound(plain(d->constraint.range->min), value, plain(d->constraint.range->max));
        } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST && d->constraint.word_list[0] > 0) {
            double best = plain(d->constraint.word_list[1]);
            for (SANE_Word i = 2; i <= d->constraint.word_list[0]; ++i)
                if (std::abs(plain(d->constraint.word_list[i]) - value) < std::abs(best - value))
                    best = plain(d->constraint.word_list[i]);
            value = best;
        }
        return set(name, QString::number(value, 'f', 4));
    }

    std::optional<double> number(const char *name) const
    {
        const auto o = find(name);
        if (!o || (o->second->type != SANE_TYPE_INT && o->second->type != SANE_TYPE_FIXED)
            || o->second->size < static_cast<SANE_Int>(sizeof(SANE_Word)))
            return std::nullopt;
        QList<SANE_Word> words(o->second->size / static_cast<SANE_Int>(sizeof(SANE_Word)));
        if (sane_control_option(m_h, o->first, SANE_ACTION_GET_VALUE, words.data(), nullptr) != SANE_STATUS_GOOD)
            return std::nullopt;
        return o->second->type == SANE_TYPE_FIXED ? SANE_UNFIX(words.first()) : double(words.first());
    }

    /** The range or list an INT/FIXED option allows, as {min, max, step} or {list}. */
    QJsonObject numberConstraint(const char *name) const
    {
        const auto o = find(name);
        if (!o)
            return {};
        const SANE_Option_Descriptor *d = o->second;
        auto value = [d](SANE_Word w) { return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w); };
        if (d->constraint_type == SANE_CONSTRAINT_RANGE)
            return {{QStringLiteral("min"), value(d->constraint.range->min)},
                    {QStringLiteral("max"), value(d->constraint.range->max)},
                    {QStringLiteral("step"), value(d->constraint.range->quant)}};
        if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
            QJsonArray list;
            for (SANE_Word i = 1; i <= d->constraint.word_list[0]; ++i)
                list << value(d->constraint.word_list[i]);
            return {{QStringLiteral("list"), list}};
        }
        return {};
    }

private:
    SANE_Handle m_h;
};

/** Which of our kinds (flatbed, adf, duplex) a device's source name is. */
QString sourceKind(const QString &name)
{
    const QString n = name.toLower();
    if (n.contains(QLatin1String("duplex")))
        return QStringLiteral("duplex");
    if (n.contains(QLatin1String("feeder")) || n.contains(QLatin1String("adf")) || n.contains(QLatin1String("simplex")))
        return QStringLiteral("adf");
    if (n.contains(QLatin1String("flatbed")) || n.contains(QLatin1String("platen")) || n.contains(QLatin1String("normal")))
        return QStringLiteral("flatbed");
    return {};
}

/** The device's mode name for one of ours; bw on a device without line art is Gray at depth 1. */
struct ModeChoice
{
    QString deviceMode;
    int depth = 8;
};

std::optional<ModeChoice> modeFor(const QStringList &modes, const QString &ours)
{
    auto pick = [&](std::initializer_list<const char *> names) -> QString {
        for (const char *want : names)
            for (const QString &m : modes)
                if (m.compare(QLatin1String(want), Qt::CaseInsensitive) == 0)
                    return m;
        return {};
    };
    if (ours == QLatin1String("color")) {
        const QString m = pick({"Color", "Colour", "24bit Color"});
        return m.isEmpty() ? std::nullopt : std::optional(ModeChoice{m, 8});
    }
    if (ours == QLatin1String("gray")) {
        const QString m = pick({"Gray", "Grayscale", "Grey", "8bit Gray"});
        return m.isEmpty() ? std::nullopt : std::optional(ModeChoice{m, 8});
    }
    if (ours == QLatin1String("bw")) {
        const QString m = pick({"Lineart", "Binary", "Black & White", "Halftone"});
        if (!m.isEmpty())
            return ModeChoice{m, 1};
        const QString g = pick({"Gray", "Grayscale", "Grey"});
        return g.isEmpty() ? std::nullopt : std::optional(ModeChoice{g, 1});
    }
    return std::nullopt;
}

std::unique_ptr<Device> open(const QString &name)
{
    SANE_Handle h = nullptr;
    const SANE_Status s = sane_open(name.toUtf8().constData(), &h);
    if (s != SANE_STATUS_GOOD) {
        emitError(s == SANE_STATUS_INVAL ? QStringLiteral("no-device") : statusName(s),
                  QString::fromUtf8(sane_strstatus(s)), 0, 0);
        return nullptr;
    }
    return std::make_unique<Device>(h);
}

int listDevices()
{
    // Test hook: a network backend that never finishes probing (the caller's timeout must act).
    while (qEnvironmentVariableIsSet("AKTENWERK_SCAN_TEST_HANG_LIST"))
        pause();
    const SANE_Device **devices = nullptr;
    const SANE_Status s = sane_get_devices(&devices, SANE_FALSE);
    if (s != SANE_STATUS_GOOD) {
        emitSaneError(s, 0, 0);
        return 2;
    }
    for (const SANE_Device **d = devices; d && *d; ++d)
        emitJson({{QStringLiteral("name"), QString::fromUtf8((*d)->name)},
                  {QStringLiteral("vendor"), QString::fromUtf8((*d)->vendor)},
                  {QStringLiteral("model"), QString::fromUtf8((*d)->model)},
                  {QStringLiteral("type"), QString::fromUtf8((*d)->type)}});
    return 0;
}

int deviceOptions(const QString &name)
{
    const auto dev = open(name);
    if (!dev)
        return 2;
    QJsonArray sources;
    const QStringList sourceNames = dev->stringList(SANE_NAME_SCAN_SOURCE);
    for (const QString &s : sourceNames)
        sources << QJsonObject{{QStringLiteral("name"), s}, {QStringLiteral("kind"), sourceKind(s)}};
    if (sourceNames.isEmpty()) // a device without the option is a flatbed
        sources << QJsonObject{{QStringLiteral("name"), QString()}, {QStringLiteral("kind"), QStringLiteral("flatbed")}};
    const QStringList modes = dev->stringList(SANE_NAME_SCAN_MODE);
    QJsonArray ours;
    for (const char *m : {"color", "gray", "bw"})
        if (modeFor(modes, QLatin1String(m)))
            ours << QLatin1String(m);
    QJsonObject o{{QStringLiteral("sources"), sources},
                  {QStringLiteral("modes"), ours},
                  {QStringLiteral("device_modes"), QJsonArray::fromStringList(modes)},
                  {QStringLiteral("resolutions"), dev->numberConstraint(SANE_NAME_SCAN_RESOLUTION)}};
    const QJsonObject bx = dev->numberConstraint(SANE_NAME_SCAN_BR_X);
    const QJsonObject by = dev->numberConstraint(SANE_NAME_SCAN_BR_Y);
    if (bx.contains(QLatin1String("max")))
        o.insert(QStringLiteral("max_width_mm"), bx.value(QLatin1String("max")));
    if (by.contains(QLatin1String("max")))
        o.insert(QStringLiteral("max_height_mm"), by.value(QLatin1String("max")));
    emitJson(o);
    return 0;
}

struct ScanRequest
{
    QString device, source = QStringLiteral("flatbed"), mode = QStringLiteral("gray"), outDir;
    double dpi = 150, widthMm = 0, heightMm = 0;
    int maxPages = 0; // 0: the flatbed scans one page, a feeder until it is empty
    struct Extra
    {
        QByteArray name;
        QString value;
        int beforePage = 1;
    };
    QList<Extra> extras;
};

/** Reads one frame into an image, reporting progress; an error status ends the page. */
SANE_Status readPage(Device &dev, int page, const SANE_Parameters &p, QImage &image)
{
    if (p.format != SANE_FRAME_GRAY && p.format != SANE_FRAME_RGB)
        return SANE_STATUS_UNSUPPORTED; // three-pass and compressed frames: not for office scanners
    if (p.depth != 1 && p.depth != 8)
        return SANE_STATUS_UNSUPPORTED;
    const qsizetype bpl = p.bytes_per_line;
    const qsizetype expected = p.lines > 0 ? bpl * p.lines : -1;
    QByteArray data;
    if (expected > 0)
        data.reserve(expected);
    QByteArray buf(64 * 1024, '\0');
    int lastPercent = -10; // the first report comes at 0 %
    for (;;) {
        SANE_Int n = 0;
        const SANE_Status s = sane_read(dev.handle(), reinterpret_cast<SANE_Byte *>(buf.data()),
                                        static_cast<SANE_Int>(buf.size()), &n);
        if (s == SANE_STATUS_EOF)
            break;
        if (s != SANE_STATUS_GOOD)
            return s;
        data.append(buf.constData(), n);
        if (expected > 0) {
            const int percent = static_cast<int>(qMin<qsizetype>(100, data.size() * 100 / expected));
            if (percent / 10 != lastPercent / 10) {
                lastPercent = percent;
                emitJson({{QStringLiteral("event"), QStringLiteral("progress")},
                          {QStringLiteral("page"), page},
                          {QStringLiteral("percent"), percent}});
            }
        }
    }
    const int lines = static_cast<int>(bpl > 0 ? data.size() / bpl : 0); // hand scanners: lines = -1
    if (lines <= 0 || p.pixels_per_line <= 0)
        return SANE_STATUS_IO_ERROR;
    QImage::Format format = p.depth == 1 ? QImage::Format_Mono
        : p.format == SANE_FRAME_RGB     ? QImage::Format_RGB888
                                         : QImage::Format_Grayscale8;
    image = QImage(p.pixels_per_line, lines, format);
    if (image.isNull())
        return SANE_STATUS_NO_MEM;
    if (p.depth == 1)
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)}); // SANE line art: 1 is black
    const qsizetype copy = qMin<qsizetype>(bpl, image.bytesPerLine());
    for (int y = 0; y < lines; ++y)
        std::memcpy(image.scanLine(y), data.constData() + y * bpl, static_cast<size_t>(copy));
    return SANE_STATUS_GOOD;
}

int scan(const ScanRequest &r)
{
    const auto dev = open(r.device);
    if (!dev)
        return 2;
    // Source: ours mapped to the device's name.
    const QStringList sources = dev->stringList(SANE_NAME_SCAN_SOURCE);
    QString sourceName;
    for (const QString &s : sources)
        if (sourceKind(s) == r.source) {
            sourceName = s;
            break;
        }
    if (sourceName.isEmpty() && !(sources.isEmpty() && r.source == QLatin1String("flatbed"))) {
        emitError(QStringLiteral("no-source"), sources.join(QStringLiteral(", ")), 0, 0);
        return 2;
    }
    if (!sourceName.isEmpty() && dev->set(SANE_NAME_SCAN_SOURCE, sourceName) != SANE_STATUS_GOOD) {
        emitError(QStringLiteral("no-source"), sourceName, 0, 0);
        return 2;
    }
    // Mode: ours mapped to the device's name. A device without the option (a sheet-fed camera,
    // SANE's PNM reader) has one mode; each page says which it delivered.
    const QStringList modes = dev->stringList(SANE_NAME_SCAN_MODE);
    if (!modes.isEmpty()) {
        const auto mode = modeFor(modes, r.mode);
        if (!mode) {
            emitError(QStringLiteral("no-mode"), modes.join(QStringLiteral(", ")), 0, 0);
            return 2;
        }
        if (dev->set(SANE_NAME_SCAN_MODE, mode->deviceMode) != SANE_STATUS_GOOD) {
            emitError(QStringLiteral("no-mode"), mode->deviceMode, 0, 0);
            return 2;
        }
        dev->set(SANE_NAME_BIT_DEPTH, QString::number(mode->depth)); // devices without the option ignore it
    }
    if (const SANE_Status s = dev->setNearest(SANE_NAME_SCAN_RESOLUTION, r.dpi);
        s != SANE_STATUS_GOOD && s != SANE_STATUS_UNSUPPORTED) {
        emitError(QStringLiteral("bad-resolution"), QString::number(r.dpi), 0, 0);
        return 2;
    }
    if (r.widthMm > 0 && r.heightMm > 0) {
        // A page larger than the glass or feeder is scanned as far as the device reaches.
        dev->setNearest(SANE_NAME_SCAN_TL_X, 0);
        dev->setNearest(SANE_NAME_SCAN_TL_Y, 0);
        dev->setNearest(SANE_NAME_SCAN_BR_X, r.widthMm);
        dev->setNearest(SANE_NAME_SCAN_BR_Y, r.heightMm);
    }
    const int dpi = qRound(dev->number(SANE_NAME_SCAN_RESOLUTION).value_or(r.dpi));
    // Test hooks for what the test backend cannot do: a driver that crashes or hangs mid-batch.
    const int dieAfter = qEnvironmentVariableIntValue("AKTENWERK_SCAN_TEST_DIE_AFTER_PAGE");
    const int hangAfter = qEnvironmentVariableIntValue("AKTENWERK_SCAN_TEST_HANG_AFTER_PAGE");
    const bool feeder = r.source != QLatin1String("flatbed");
    QDir().mkpath(r.outDir);
    // A folder that already holds pages (an earlier batch) keeps them: numbering goes on after
    // the highest page file there, so nothing is overwritten.
    int fileOffset = 0;
    for (const QString &name : QDir(r.outDir).entryList({QStringLiteral("page-*.png")}, QDir::Files))
        fileOffset = qMax(fileOffset, QStringView(name).mid(5, name.size() - 9).toInt());

    int done = 0;
    for (int page = 1;; ++page) {
        if (r.maxPages > 0 && done >= r.maxPages)
            break;
        if (!feeder && done >= 1)
            break;
        for (const ScanRequest::Extra &e : r.extras)
            if (e.beforePage == page && dev->set(e.name.constData(), e.value) != SANE_STATUS_GOOD) {
                emitError(QStringLiteral("bad-option"), QString::fromUtf8(e.name), page, done);
                return 2;
            }
        SANE_Status s = sane_start(dev->handle());
        if (s == SANE_STATUS_NO_DOCS && done > 0)
            break; // the feeder ran empty: the normal end of a batch
        if (s != SANE_STATUS_GOOD) {
            emitSaneError(s, page, done);
            return 2;
        }
        emitJson({{QStringLiteral("event"), QStringLiteral("page-started")}, {QStringLiteral("page"), page}});
        SANE_Parameters p{};
        s = sane_get_parameters(dev->handle(), &p);
        QImage image;
        if (s == SANE_STATUS_GOOD)
            s = readPage(*dev, page, p, image);
        if (s == SANE_STATUS_NO_DOCS && done > 0)
            break;
        if (s != SANE_STATUS_GOOD) {
            emitSaneError(s, page, done);
            return 2;
        }
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        // Written under a temporary name and renamed, so a page file that exists is whole.
        const QString path = QDir(r.outDir).filePath(QStringLiteral("page-%1.png").arg(fileOffset + page, 4, 10, QLatin1Char('0')));
        const QString partial = path + QStringLiteral(".part");
        if (!image.save(partial, "PNG") || !QFile::rename(partial, path)) {
            QFile::remove(partial);
            emitError(QStringLiteral("write-failed"), path, page, done);
            return 2;
        }
        ++done;
        const Aktenwerk::Dms::PageAnalysis::Blankness blank = Aktenwerk::Dms::PageAnalysis::analyse(image);
        emitJson({{QStringLiteral("event"), QStringLiteral("page-done")},
                  {QStringLiteral("page"), page},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("width"), image.width()},
                  {QStringLiteral("height"), image.height()},
                  {QStringLiteral("dpi"), dpi},
                  {QStringLiteral("mode"), image.depth() == 1 ? QStringLiteral("bw")
                                               : image.format() == QImage::Format_Grayscale8 ? QStringLiteral("gray")
                                                                                            : QStringLiteral("color")},
                  {QStringLiteral("coverage"), blank.coverage},
                  {QStringLiteral("separator"), Aktenwerk::Dms::SeparatorSheet::detect(image)}});
        if (dieAfter > 0 && done >= dieAfter)
            raise(SIGKILL);
        while (hangAfter > 0 && done >= hangAfter)
            pause();
    }
    sane_cancel(dev->handle()); // stops a feeder batch we ended early
    emitJson({{QStringLiteral("event"), QStringLiteral("end")}, {QStringLiteral("pages"), done}});
    lastWordSaid();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    enterSandbox();
    QCoreApplication app(argc, argv); // QImage's PNG writer needs no GUI
    const QStringList args = app.arguments().mid(1);
    auto value = [&](const char *name) -> QString {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    SANE_Int version = 0;
    if (const SANE_Status s = sane_init(&version, nullptr); s != SANE_STATUS_GOOD) {
        emitSaneError(s, 0, 0);
        return 2;
    }
    int rc = 3;
    if (args.contains(QLatin1String("--list"))) {
        rc = listDevices();
    } else if (args.contains(QLatin1String("--options"))) {
        rc = deviceOptions(value("--options"));
    } else if (args.contains(QLatin1String("--scan"))) {
        ScanRequest r;
        r.device = value("--device");
        r.outDir = value("--out");
        if (const QString v = value("--source"); !v.isEmpty())
            r.source = v;
        if (const QString v = value("--mode"); !v.isEmpty())
            r.mode = v;
        if (const QString v = value("--resolution"); !v.isEmpty())
            r.dpi = v.toDouble();
        r.widthMm = value("--width").toDouble();
        r.heightMm = value("--height").toDouble();
        r.maxPages = value("--max-pages").toInt();
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (args.at(i) != QLatin1String("--device-option"))
                continue;
            // NAME=VALUE[@PAGE]: a driver option set before that page (default: before the first).
            QString spec = args.at(i + 1);
            ScanRequest::Extra e;
            if (const qsizetype at = spec.lastIndexOf(QLatin1Char('@')); at > 0) {
                e.beforePage = qMax(1, spec.mid(at + 1).toInt());
                spec.truncate(at);
            }
            e.name = spec.section(QLatin1Char('='), 0, 0).toUtf8();
            e.value = spec.section(QLatin1Char('='), 1);
            r.extras << e;
        }
        if (r.device.isEmpty() || r.outDir.isEmpty()) {
            emitError(QStringLiteral("usage"), QStringLiteral("--scan needs --device and --out"), 0, 0);
            rc = 3;
        } else {
            rc = scan(r);
        }
    } else {
        emitError(QStringLiteral("usage"), QStringLiteral("use --list, --options DEVICE or --scan"), 0, 0);
    }
    sane_exit();
    return rc;
}
