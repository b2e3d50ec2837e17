#include "scanner.h"

#include "extractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <csignal>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;
using Model::Result;

QString ScanResult::statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Jammed:
        return QStringLiteral("jammed");
    case Status::CoverOpen:
        return QStringLiteral("cover-open");
    case Status::FeederEmpty:
        return QStringLiteral("feeder-empty");
    case Status::DeviceBusy:
        return QStringLiteral("busy");
    case Status::DeviceGone:
        return QStringLiteral("device-gone");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::TimedOut:
        return QStringLiteral("timed-out");
    case Status::WorkerDied:
        return QStringLiteral("worker-died");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString Scanner::workerPath()
{
    return Extractor::programPath(QStringLiteral("aktenwerk-scan"), "AKTENWERK_SCAN");
}

QString Scanner::sourceName(ScanSource s)
{
    switch (s) {
    case ScanSource::Flatbed:
        return QStringLiteral("flatbed");
    case ScanSource::Feeder:
        return QStringLiteral("adf");
    case ScanSource::Duplex:
        return QStringLiteral("duplex");
    }
    return QStringLiteral("flatbed");
}

QString Scanner::modeName(ScanMode m)
{
    switch (m) {
    case ScanMode::Color:
        return QStringLiteral("color");
    case ScanMode::Gray:
        return QStringLiteral("gray");
    case ScanMode::BlackWhite:
        return QStringLiteral("bw");
    }
    return QStringLiteral("gray");
}

std::optional<ScanSource> Scanner::sourceFromName(const QString &name)
{
    for (ScanSource s : {ScanSource::Flatbed, ScanSource::Feeder, ScanSource::Duplex})
        if (sourceName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<ScanMode> Scanner::modeFromName(const QString &name)
{
    for (ScanMode m : {ScanMode::Color, ScanMode::Gray, ScanMode::BlackWhite})
        if (modeName(m) == name)
            return m;
    return std::nullopt;
}

namespace {

/** Runs the worker to its end (or the timeout) and returns its JSON lines. */
Result<QList<QJsonObject>> runShort(const QStringList &args, int timeoutMs)
{
    const QString worker = Scanner::workerPath();
    if (worker.isEmpty())
        return fail(ErrorCode::Unsupported, Scanner::tr("The scanning program (aktenwerk-scan) is not installed."));
    QProcess p;
    p.setStandardErrorFile(QProcess::nullDevice()); // drivers chatter on stderr
    p.start(worker, args);
    if (!p.waitForStarted(10000))
        return fail(ErrorCode::Io, Scanner::tr("The scanning program could not be started."), p.errorString());
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return fail(ErrorCode::Unavailable,
                    Scanner::tr("The scanners did not answer within %n second(s).", nullptr, qMax(1, timeoutMs / 1000)));
    }
    QList<QJsonObject> lines;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    if (p.exitStatus() == QProcess::CrashExit)
        return fail(ErrorCode::Internal, Scanner::tr("The scanner driver crashed."),
                    QStringLiteral("signal %1").arg(p.exitCode()));
    return lines;
}

/** The worker's status name as our status and a message for the clerk. */
std::pair<ScanResult::Status, QString> describe(const QString &status, int pagesDone)
{
    using S = ScanResult::Status;
    if (status == QLatin1String("jammed"))
        return {S::Jammed, Scanner::tr("The paper jammed in the scanner. Clear the feeder and scan the remaining pages again.")};
    if (status == QLatin1String("cover-open"))
        return {S::CoverOpen, Scanner::tr("The scanner's cover is open. Close it and scan again.")};
    if (status == QLatin1String("no-docs"))
        return {S::FeederEmpty, pagesDone == 0 ? Scanner::tr("There is nothing in the feeder. Put the pages in and scan again.")
                                               : Scanner::tr("The feeder is empty.")};
    if (status == QLatin1String("busy"))
        return {S::DeviceBusy, Scanner::tr("The scanner is busy (perhaps another program is using it). Try again in a moment.")};
    if (status == QLatin1String("io-error"))
        return {S::DeviceGone, Scanner::tr("The connection to the scanner failed (switched off or unplugged?).")};
    if (status == QLatin1String("no-device") || status == QLatin1String("invalid"))
        return {S::DeviceGone, Scanner::tr("The scanner cannot be found. Check that it is switched on and connected.")};
    if (status == QLatin1String("cancelled"))
        return {S::Cancelled, Scanner::tr("The scan was cancelled.")};
    if (status == QLatin1String("no-source"))
        return {S::Failed, Scanner::tr("The scanner does not offer the chosen paper source.")};
    if (status == QLatin1String("no-mode"))
        return {S::Failed, Scanner::tr("The scanner does not offer the chosen colour mode.")};
    if (status == QLatin1String("bad-resolution"))
        return {S::Failed, Scanner::tr("The scanner does not offer the chosen resolution.")};
    if (status == QLatin1String("write-failed"))
        return {S::Failed, Scanner::tr("A scanned page could not be saved (is the disk full?).")};
    if (status == QLatin1String("no-memory"))
        return {S::Failed, Scanner::tr("The scanner ran out of memory. Try a lower resolution.")};
    if (status == QLatin1String("access-denied"))
        return {S::Failed, Scanner::tr("Access to the scanner was denied.")};
    if (status == QLatin1String("warming-up"))
        return {S::DeviceBusy, Scanner::tr("The scanner is warming up. Try again in a moment.")};
    if (status == QLatin1String("locked"))
        return {S::Failed, Scanner::tr("The scanner is locked for transport. Unlock it and scan again.")};
    if (status == QLatin1String("unsupported"))
        return {S::Failed, Scanner::tr("The scanner does not support this kind of scan.")};
    return {S::Failed, Scanner::tr("The scan failed.")};
}

/** Appended to a failure's message when pages were kept, so the clerk knows nothing is lost. */
QString withKept(const QString &message, qsizetype kept)
{
    if (kept == 0)
        return message;
    return message + QLatin1Char(' ') + Scanner::tr("The %n page(s) scanned before are kept.", nullptr, static_cast<int>(kept));
}

} // namespace

Result<QList<ScanDevice>> Scanner::listDevices(int timeoutMs)
{
    const auto lines = runShort({QStringLiteral("--list")}, timeoutMs);
    if (!lines)
        return std::unexpected(lines.error());
    QList<ScanDevice> devices;
    for (const QJsonObject &o : *lines) {
        if (o.contains(QLatin1String("event")))
            return fail(ErrorCode::Io, Scanner::tr("The scanners could not be listed."),
                        o.value(QLatin1String("detail")).toString());
        devices << ScanDevice{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("vendor")).toString(),
                              o.value(QLatin1String("model")).toString(), o.value(QLatin1String("type")).toString()};
    }
    return devices;
}

Result<ScanDeviceOptions> Scanner::deviceOptions(const QString &device, int timeoutMs)
{
    const auto lines = runShort({QStringLiteral("--options"), device}, timeoutMs);
    if (!lines)
        return std::unexpected(lines.error());
    if (lines->isEmpty())
        return fail(ErrorCode::Io, Scanner::tr("The scanner gave no answer."));
    const QJsonObject o = lines->first();
    if (o.value(QLatin1String("event")) == QLatin1String("error")) {
        const auto [status, message] = describe(o.value(QLatin1String("status")).toString(), 0);
        return fail(status == ScanResult::Status::DeviceGone ? ErrorCode::NotFound : ErrorCode::Io, message,
                    o.value(QLatin1String("detail")).toString());
    }
    ScanDeviceOptions d;
    for (const QJsonValue &v : o.value(QLatin1String("sources")).toArray()) {
        const auto s = sourceFromName(v[QLatin1String("kind")].toString());
        if (s && !d.sources.contains(*s)) {
            d.sources << *s;
            d.sourceNames << v[QLatin1String("name")].toString();
        }
    }
    for (const QJsonValue &v : o.value(QLatin1String("modes")).toArray())
        if (const auto m = modeFromName(v.toString()))
            d.modes << *m;
    const QJsonObject res = o.value(QLatin1String("resolutions")).toObject();
    d.minDpi = qRound(res.value(QLatin1String("min")).toDouble());
    d.maxDpi = qRound(res.value(QLatin1String("max")).toDouble());
    for (const QJsonValue &v : res.value(QLatin1String("list")).toArray())
        d.dpiList << qRound(v.toDouble());
    d.maxWidthMm = o.value(QLatin1String("max_width_mm")).toDouble();
    d.maxHeightMm = o.value(QLatin1String("max_height_mm")).toDouble();
    return d;
}

ScanResult Scanner::scan(const ScanOptions &options, const std::function<void(const ScannedPage &)> &onPage,
                         const std::atomic<bool> *cancel, const std::function<void(int, int)> &onProgress)
{
    ScanResult result;
    const QString worker = workerPath();
    if (worker.isEmpty()) {
        result.message = tr("The scanning program (aktenwerk-scan) is not installed.");
        return result;
    }
    if (options.outDir.isEmpty() || !QDir().mkpath(options.outDir)) {
        result.message = tr("The folder for the scanned pages cannot be created.");
        result.detail = options.outDir;
        return result;
    }
    QStringList args{QStringLiteral("--scan"),       QStringLiteral("--device"),     options.device,
                     QStringLiteral("--out"),        options.outDir,                 QStringLiteral("--source"),
                     sourceName(options.source),     QStringLiteral("--mode"),       modeName(options.mode),
                     QStringLiteral("--resolution"), QString::number(options.dpi)};
    if (options.widthMm > 0 && options.heightMm > 0)
        args << QStringLiteral("--width") << QString::number(options.widthMm) << QStringLiteral("--height")
             << QString::number(options.heightMm);
    if (options.maxPages > 0)
        args << QStringLiteral("--max-pages") << QString::number(options.maxPages);
    for (const QString &o : options.deviceOptions)
        args << QStringLiteral("--device-option") << o;

    QProcess p;
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(worker, args);
    if (!p.waitForStarted(10000)) {
        result.message = tr("The scanning program could not be started.");
        result.detail = p.errorString();
        return result;
    }
    auto stop = [&p] {
        p.kill();
        p.waitForFinished(5000);
    };

    QElapsedTimer total, quiet;
    total.start();
    quiet.start();
    QByteArray buffer;
    bool ended = false;
    QJsonObject error;
    // One line at a time, as the worker writes them; the page is ours from its page-done line.
    auto consume = [&] {
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QJsonObject o = QJsonDocument::fromJson(buffer.left(nl)).object();
            buffer.remove(0, nl + 1);
            const QString event = o.value(QLatin1String("event")).toString();
            if (event == QLatin1String("page-done")) {
                ScannedPage page;
                page.number = o.value(QLatin1String("page")).toInt();
                page.path = o.value(QLatin1String("path")).toString();
                page.width = o.value(QLatin1String("width")).toInt();
                page.height = o.value(QLatin1String("height")).toInt();
                page.dpi = o.value(QLatin1String("dpi")).toInt();
                page.mode = modeFromName(o.value(QLatin1String("mode")).toString()).value_or(options.mode);
                page.coverage = o.value(QLatin1String("coverage")).toDouble();
                page.separator = o.value(QLatin1String("separator")).toBool();
                result.pages << page;
                if (onPage)
                    onPage(page);
            } else if (event == QLatin1String("progress")) {
                if (onProgress)
                    onProgress(o.value(QLatin1String("page")).toInt(), o.value(QLatin1String("percent")).toInt());
            } else if (event == QLatin1String("end")) {
                ended = true;
            } else if (event == QLatin1String("error")) {
                error = o;
            }
        }
    };
    // A page the worker was writing when it ended is left as page-NNNN.png.part: not a page.
    struct PartialPages
    {
        QString dir;
        ~PartialPages()
        {
            QDir d(dir);
            for (const QString &name : d.entryList({QStringLiteral("page-*.png.part")}, QDir::Files))
                d.remove(name);
        }
    } partial{options.outDir};
    // After its last word (end or error) the worker closes the device; a driver that hangs in
    // sane_cancel/sane_close gets a few seconds, then the process goes — the answer is known.
    QElapsedTimer finalWord;
    for (;;) {
        if ((ended || !error.isEmpty()) && !finalWord.isValid())
            finalWord.start();
        if (finalWord.isValid() && finalWord.elapsed() > 3000 && p.state() != QProcess::NotRunning) {
            stop();
            break;
        }
        if (cancel && cancel->load()) {
            stop();
            result.status = ScanResult::Status::Cancelled;
            result.message = withKept(tr("The scan was cancelled."), result.pages.size());
            return result;
        }
        if (quiet.elapsed() > qint64(options.stallSeconds) * 1000 || total.elapsed() > qint64(options.totalSeconds) * 1000) {
            stop();
            result.status = ScanResult::Status::TimedOut;
            result.message = withKept(tr("The scanner stopped responding; the scan was stopped."), result.pages.size());
            return result;
        }
        if (p.state() == QProcess::NotRunning) {
            buffer += p.readAllStandardOutput();
            consume();
            break;
        }
        if (p.waitForReadyRead(100)) {
            buffer += p.readAllStandardOutput();
            quiet.restart();
            consume();
        }
    }
    if (ended && error.isEmpty()) {
        result.status = ScanResult::Status::Ok;
        return result;
    }
    if (!error.isEmpty()) {
        const auto [status, message] = describe(error.value(QLatin1String("status")).toString(), result.pages.size());
        result.status = status;
        result.message = withKept(message, result.pages.size());
        result.detail = error.value(QLatin1String("detail")).toString();
        return result;
    }
    result.status = ScanResult::Status::WorkerDied;
    result.message = withKept(tr("The scanning program stopped unexpectedly (a fault in the scanner driver)."),
                              result.pages.size());
    result.detail = p.exitStatus() == QProcess::CrashExit ? QStringLiteral("signal %1").arg(p.exitCode())
                                                          : QStringLiteral("exit %1").arg(p.exitCode());
    return result;
}

} // namespace Aktenwerk::Dms
