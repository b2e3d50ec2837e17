#include "extractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <csignal>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;
using Model::Result;

QString Extraction::statusName(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Limit:
        return QStringLiteral("limit");
    case Status::Crashed:
        return QStringLiteral("crashed");
    }
    return QStringLiteral("failed");
}

QString Extractor::readerFor(const QString &mimeType)
{
    if (mimeType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (mimeType == QLatin1String("message/rfc822"))
        return QStringLiteral("mail");
    if (mimeType == QLatin1String("image/png") || mimeType == QLatin1String("image/jpeg")
        || mimeType == QLatin1String("image/tiff"))
        return QStringLiteral("image");
    return {};
}

bool Extractor::handles(const QString &mimeType)
{
    return !readerFor(mimeType).isEmpty();
}

namespace {

/** The worker's codes for what it could not read in a mail, worded for the clerk. */
QString mailProblem(const QString &code, const QString &detail)
{
    if (code == QLatin1String("depth-limit"))
        return Extractor::tr("The message is nested deeper than %1 levels; the deeper parts were not read.").arg(detail);
    if (code == QLatin1String("part-limit"))
        return Extractor::tr("The message has more than %1 parts; the rest were not read.").arg(detail);
    if (code == QLatin1String("size-limit"))
        return Extractor::tr("The message's parts are larger than %1 MiB together; the rest were not read.").arg(detail);
    if (code == QLatin1String("header-too-large"))
        return Extractor::tr("The message header is too large; only its beginning was read.");
    if (code == QLatin1String("bad-base64"))
        return Extractor::tr("The part \"%1\" is damaged (invalid base64); it was read as far as possible.").arg(detail);
    if (code == QLatin1String("no-headers"))
        return Extractor::tr("The message has no header (no sender, no subject); it was read as plain text.");
    return Extractor::tr("Part of the message could not be read (%1).").arg(code);
}

} // namespace

QString Extractor::workerPath()
{
    return programPath(QStringLiteral("aktenwerk-extract"), "AKTENWERK_EXTRACT");
}

QString Extractor::programPath(const QString &name, const char *envVariable)
{
    const QString env = qEnvironmentVariable(envVariable);
    if (!env.isEmpty())
        return env;
    const QString dir = QCoreApplication::applicationDirPath();
    QStringList candidates{dir + QLatin1Char('/') + name, dir + QStringLiteral("/../libexec/aktenwerk/") + name};
    // Built or installed side by side with the extraction worker (tests name that one).
    if (const QString extract = qEnvironmentVariable("AKTENWERK_EXTRACT"); !extract.isEmpty())
        candidates << QFileInfo(extract).absolutePath() + QLatin1Char('/') + name;
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

namespace {

/** The worker died while it read a file: killed at its processor-time limit, or crashed. */
Extraction deathOf(const QProcess &p, const Extractor::Limits &limits)
{
    // Killed by a signal: SIGXCPU (or SIGKILL after it) is the CPU limit; the rest a crash,
    // including running out of the address space allowed.
    Extraction e;
    const int code = p.exitCode();
    const bool cpu = p.exitStatus() == QProcess::CrashExit && (code == SIGXCPU || code == SIGKILL);
    e.status = cpu ? Extraction::Status::Limit : Extraction::Status::Crashed;
    e.reason = cpu ? Extractor::tr("Reading the file used more than %n second(s) of processor time; it was stopped.",
                                   nullptr, limits.cpuSeconds)
                   : Extractor::tr("The file made the text extraction fail (%1).")
                         .arg(p.exitStatus() == QProcess::CrashExit ? QStringLiteral("signal %1").arg(code)
                                                                      : QStringLiteral("exit %1").arg(code));
    return e;
}

/** The worker's answer (one JSON line) as an Extraction. */
Extraction answerOf(const QByteArray &out, const Extractor::Limits &limits)
{
    Extraction e;
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(out, &err).object();
    if (err.error != QJsonParseError::NoError) {
        e.status = Extraction::Status::Crashed;
        e.reason = Extractor::tr("The text extraction gave no readable answer.");
        return e;
    }
    if (o.value(QLatin1String("status")).toString() != QLatin1String("ok")) {
        e.status = Extraction::Status::Failed;
        const QString code = o.value(QLatin1String("code")).toString();
        if (code == QLatin1String("empty"))
            e.reason = Extractor::tr("The file is empty.");
        else if (code == QLatin1String("not-pdf"))
            e.reason = Extractor::tr("The file is not a PDF, although it is named or typed as one.");
        else if (code == QLatin1String("damaged"))
            e.reason = Extractor::tr("The PDF is damaged and cannot be read.");
        else if (code == QLatin1String("password"))
            e.reason = Extractor::tr("The PDF is protected by a password; its text cannot be read.");
        else if (code == QLatin1String("no-pages"))
            e.reason = Extractor::tr("The PDF has no pages.");
        else if (code == QLatin1String("image-damaged"))
            e.reason = Extractor::tr("The image is damaged or not an image of the kind its name says; it cannot be read.");
        else if (code == QLatin1String("image-too-large"))
            e.reason = Extractor::tr("The image is too large to be read (more pixels than allowed).");
        else if (code == QLatin1String("mail-too-large"))
            e.reason = Extractor::tr("The e-mail is larger than 128 MiB; it is stored, but not read.");
        else
            e.reason = Extractor::tr("The file cannot be read (%1).").arg(o.value(QLatin1String("detail")).toString());
        return e;
    }
    e.status = Extraction::Status::Ok;
    e.pages = o.value(QLatin1String("pages")).toInt();
    e.text = o.value(QLatin1String("text")).toString();
    e.title = o.value(QLatin1String("title")).toString();
    e.author = o.value(QLatin1String("author")).toString();
    e.subject = o.value(QLatin1String("subject")).toString();
    e.keywords = o.value(QLatin1String("keywords")).toString();
    e.created = o.value(QLatin1String("created")).toString();
    e.thumbnailPng = QByteArray::fromBase64(o.value(QLatin1String("thumbnail")).toString().toLatin1());
    e.kind = o.value(QLatin1String("kind")).toString();
    e.width = o.value(QLatin1String("width")).toInt();
    e.height = o.value(QLatin1String("height")).toInt();
    if (e.kind == QLatin1String("mail")) {
        const QJsonObject mail = o.value(QLatin1String("mail")).toObject();
        auto list = [&](const char *key) {
            QStringList l;
            for (const QJsonValue &v : mail.value(QLatin1String(key)).toArray())
                l << v.toString();
            return l;
        };
        e.mailFrom = mail.value(QLatin1String("from")).toString();
        e.mailTo = list("to");
        e.mailCc = list("cc");
        e.mailDate = mail.value(QLatin1String("date")).toString();
        e.subject = mail.value(QLatin1String("subject")).toString();
        e.title = e.subject;
        e.mailMessageId = mail.value(QLatin1String("message_id")).toString();
        for (const QJsonValue &v : o.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject a = v.toObject();
            MailAttachment att;
            att.fileName = a.value(QLatin1String("file_name")).toString();
            att.mimeType = a.value(QLatin1String("mime_type")).toString();
            att.size = a.value(QLatin1String("size")).toInteger();
            att.data = QByteArray::fromBase64(a.value(QLatin1String("data")).toString().toLatin1());
            const QString problem = a.value(QLatin1String("problem")).toString();
            if (problem == QLatin1String("too-large"))
                att.reason = Extractor::tr("The attachment is larger than the limit for one e-mail (%1 MiB); it was not imported. "
                                "It is still inside the stored e-mail.")
                                 .arg(limits.maxAttachmentBytes >> 20);
            else if (problem == QLatin1String("bad-base64"))
                att.reason = Extractor::tr("The attachment is damaged (invalid base64); it was read as far as possible.");
            e.attachments << att;
        }
        for (const QJsonValue &v : o.value(QLatin1String("problems")).toArray())
            e.notes << mailProblem(v[QLatin1String("code")].toString(), v[QLatin1String("detail")].toString());
    }
    return e;
}

} // namespace

ExtractionSession::ExtractionSession() = default;

ExtractionSession::~ExtractionSession()
{
    stop();
}

void ExtractionSession::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel(); // the worker ends when its input does
    if (!m_process->waitForFinished(2000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.reset();
}

Result<Extraction> ExtractionSession::extract(const QString &path, const QString &mimeType,
                                              const Extractor::Limits &limits, const std::atomic<bool> *cancel)
{
    QString reader = Extractor::readerFor(mimeType);
    if (reader.isEmpty())
        reader = QStringLiteral("pdf");
    if (m_process && (m_served >= recycleAfter || m_cpuSeconds != limits.cpuSeconds || m_memoryMiB != limits.memoryMiB
                      || m_process->state() != QProcess::Running))
        stop();
    if (!m_process) {
        const QString worker = Extractor::workerPath();
        if (worker.isEmpty())
            return fail(ErrorCode::Unsupported, Extractor::tr("The text extraction program (aktenwerk-extract) is not installed."));
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(worker);
        m_process->setArguments({QStringLiteral("--serve"), QStringLiteral("--cpu"), QString::number(limits.cpuSeconds),
                                 QStringLiteral("--memory"), QString::number(limits.memoryMiB)});
        m_process->setStandardErrorFile(QProcess::nullDevice()); // Poppler's warnings about a file
        m_process->start();
        if (!m_process->waitForStarted(10000)) {
            const QString why = m_process->errorString();
            m_process.reset();
            return fail(ErrorCode::Io, Extractor::tr("The text extraction program could not be started."), why);
        }
        ++m_started;
        m_served = 0;
        m_cpuSeconds = limits.cpuSeconds;
        m_memoryMiB = limits.memoryMiB;
    }
    QProcess &p = *m_process;
    const QJsonObject request{{QStringLiteral("path"), path},
                              {QStringLiteral("type"), reader},
                              {QStringLiteral("max_text"), limits.maxTextBytes},
                              {QStringLiteral("max_attachments"), limits.maxAttachmentBytes},
                              {QStringLiteral("attachments"), limits.attachments}};
    p.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    ++m_served;

    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    const qint64 maxOut = limits.maxTextBytes * 4 + limits.maxAttachmentBytes * 2 + (8 << 20);
    // The answer is read while it comes, so a large text never blocks the worker on a full pipe.
    while (!out.contains('\n')) {
        if (p.state() == QProcess::NotRunning) {
            out += p.readAllStandardOutput();
            break;
        }
        if (cancel && cancel->load()) {
            p.kill();
            p.waitForFinished(5000);
            m_process.reset();
            return fail(ErrorCode::Cancelled, Extractor::tr("Cancelled."));
        }
        if (clock.elapsed() > static_cast<qint64>(limits.wallSeconds) * 1000) {
            p.kill();
            p.waitForFinished(5000);
            m_process.reset();
            Extraction e;
            e.status = Extraction::Status::Limit;
            e.reason = Extractor::tr("Reading the file took longer than %n second(s); it was stopped.", nullptr,
                                     limits.wallSeconds);
            return e;
        }
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
        if (out.size() > maxOut) {
            p.kill();
            p.waitForFinished(5000);
            m_process.reset();
            Extraction e;
            e.status = Extraction::Status::Limit;
            e.reason = Extractor::tr("The extraction produced more output than allowed.");
            return e;
        }
    }
    const qsizetype end = out.indexOf('\n');
    if (end < 0) {
        // No whole answer: the worker died on this file.
        p.waitForFinished(5000);
        Extraction e = deathOf(p, limits);
        m_process.reset();
        return e;
    }
    return answerOf(out.left(end), limits);
}

Result<Extraction> Extractor::extract(const QString &path, const QString &mimeType, const Limits &limits,
                                      const std::atomic<bool> *cancel)
{
    ExtractionSession session;
    return session.extract(path, mimeType, limits, cancel);
}

} // namespace Aktenwerk::Dms
