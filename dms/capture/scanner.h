#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Aktenwerk::Dms {

/** A scanner as SANE names it (e.g. "test:0", "genesys:libusb:001:004"). */
struct ScanDevice
{
    QString name, vendor, model, type;
};

/** Where the paper lies. */
enum class ScanSource { Flatbed, Feeder, Duplex };
/** Colour, grey, or black-and-white (1 bit per pixel). */
enum class ScanMode { Color, Gray, BlackWhite };

/** What a device offers, for the scan dialog and for checking a request before it starts. */
struct ScanDeviceOptions
{
    QList<ScanSource> sources;
    QStringList sourceNames; ///< the device's own names, parallel to sources
    QList<ScanMode> modes;
    int minDpi = 0, maxDpi = 0; ///< a range (0 when the device gives a list)
    QList<int> dpiList;         ///< the allowed resolutions, when the device gives a list
    double maxWidthMm = 0, maxHeightMm = 0;
};

/** One scan request. Page size defaults to A4. */
struct ScanOptions
{
    QString device;
    ScanSource source = ScanSource::Flatbed;
    ScanMode mode = ScanMode::Gray;
    int dpi = 150;
    double widthMm = 210, heightMm = 297;
    QString outDir;     ///< the page files (page-0001.png …) land here
    int maxPages = 0;   ///< a feeder stops after this many pages; 0: until the feeder is empty
    /**
     * Driver options NAME=VALUE[@PAGE], set before that page (default: before the first). For
     * device-specific settings, and for tests that make the SANE test backend jam or fail.
     */
    QStringList deviceOptions;
    int stallSeconds = 60;   ///< no word from the scanner for this long: it hangs, the scan stops
    int totalSeconds = 3600; ///< the whole batch at most
};

/** A page on disk, as the scanner delivered it. */
struct ScannedPage
{
    int number = 0; ///< 1-based, in feeding order
    QString path;   ///< PNG; 1 bit for black and white
    int width = 0, height = 0, dpi = 0;
    ScanMode mode = ScanMode::Gray;
    double coverage = 0; ///< ink coverage as PageAnalysis measured it in the worker
    bool separator = false; ///< a printed separator sheet (SeparatorSheet::detect, in the worker)
};

/**
 * How a scan ended. The pages scanned up to then are always in @c pages, whatever the status:
 * a jam on page 3 keeps pages 1 and 2.
 */
struct ScanResult
{
    enum class Status {
        Ok,            ///< done; a feeder that ran empty after ≥ 1 page is the normal end
        Jammed,
        CoverOpen,
        FeederEmpty,   ///< nothing in the feeder before the first page
        DeviceBusy,
        DeviceGone,    ///< I/O error, unplugged, switched off, not found
        Cancelled,
        TimedOut,      ///< the scanner hung; the worker was stopped
        WorkerDied,    ///< the scanning program (the driver) crashed
        Failed,        ///< anything else: unsupported setting, no memory, access denied
    };
    Status status = Status::Failed;
    QList<ScannedPage> pages;
    QString message; ///< for the clerk, translated; empty when Ok
    QString detail;  ///< the SANE status text or exit code, for the log

    bool ok() const { return status == Status::Ok; }
    static QString statusName(Status s);
};

/**
 * Scanning through SANE. The drivers run in the worker aktenwerk-scan, never in this process:
 * a driver crash or hang ends that process only, and every call here has a wall-clock limit.
 * All calls block; run them on a background thread.
 */
class Scanner
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Scanner)
public:
    /** The devices SANE finds within @p timeoutMs (network scanners are probed, which can take long). */
    static Model::Result<QList<ScanDevice>> listDevices(int timeoutMs = 15000);
    /** Sources, modes, resolutions and page size of @p device. */
    static Model::Result<ScanDeviceOptions> deviceOptions(const QString &device, int timeoutMs = 15000);
    /**
     * Scans as @p options say. @p onPage is called (on this thread) for each finished page and
     * @p onProgress with the page and percent; setting @p cancel stops the worker at once.
     */
    static ScanResult scan(const ScanOptions &options, const std::function<void(const ScannedPage &)> &onPage = {},
                           const std::atomic<bool> *cancel = nullptr,
                           const std::function<void(int page, int percent)> &onProgress = {});
    /** The worker program: $AKTENWERK_SCAN, next to this program, or ../libexec/aktenwerk/. */
    static QString workerPath();

    static QString sourceName(ScanSource s);
    static QString modeName(ScanMode m);
    static std::optional<ScanSource> sourceFromName(const QString &name);
    static std::optional<ScanMode> modeFromName(const QString &name);
};

} // namespace Aktenwerk::Dms
