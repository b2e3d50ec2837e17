#include "pdfa.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace Aktenwerk::Dms {

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

/** A tool in a process of its own: limited processor time and memory, no core dump. */
Run run(const QString &program, const QStringList &args, int timeoutSeconds, long memoryMiB = 2048)
{
    Run r;
    QProcess p;
    p.setChildProcessModifier([timeoutSeconds, memoryMiB] {
        rlimit cpu { rlim_t(timeoutSeconds), rlim_t(timeoutSeconds) };
        setrlimit(RLIMIT_CPU, &cpu);
        rlimit mem { rlim_t(memoryMiB) << 20, rlim_t(memoryMiB) << 20 };
        setrlimit(RLIMIT_AS, &mem);
        rlimit core { 0, 0 };
        setrlimit(RLIMIT_CORE, &core);
    });
    p.start(program, args);
    if (!p.waitForStarted(30000))
        return r;
    r.finished = p.waitForFinished(timeoutSeconds * 1000 + 5000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/** The sRGB profile Ghostscript ships (the output intent), wherever this Ghostscript keeps it. */
QString srgbProfile()
{
    for (const QString &root :
        { QStringLiteral("/usr/share/ghostscript"), QStringLiteral("/usr/local/share/ghostscript") }) {
        QDir dir(root);
        const QStringList versions = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &v : versions) {
            const QString icc = dir.filePath(v + QStringLiteral("/iccprofiles/srgb.icc"));
            if (QFileInfo::exists(icc))
                return icc;
        }
    }
    return {};
}

/** Pages of @p pdf as qpdf counts them (-1: unreadable). */
int pageCount(const QString &pdf)
{
    const Run r = run(QStringLiteral("qpdf"), { QStringLiteral("--show-npages"), pdf }, 120);
    bool ok = false;
    const int n = QString::fromLatin1(r.out).trimmed().toInt(&ok);
    return r.finished && (r.exitCode == 0 || r.exitCode == 3) && ok ? n : -1;
}

/** PostScript string literal: parentheses and backslashes escaped. */
QString psString(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('('), QStringLiteral("\\("));
    s.replace(QLatin1Char(')'), QStringLiteral("\\)"));
    return QLatin1Char('(') + s + QLatin1Char(')');
}

} // namespace

bool PdfA::toolsAvailable(QString *missing)
{
    QStringList absent;
    for (const char *tool : { "gs", "pdffonts", "qpdf" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            absent << QString::fromLatin1(tool);
    }
    if (srgbProfile().isEmpty())
        absent << QStringLiteral("srgb.icc (Ghostscript)");
    if (missing)
        *missing = absent.join(QStringLiteral(", "));
    return absent.isEmpty();
}

Status PdfA::convert(const QString &input, const QString &output, int timeoutSeconds)
{
    QString missing;
    if (!toolsAvailable(&missing))
        return fail(ErrorCode::Unsupported,
            tr("PDF/A renditions need Ghostscript, pdffonts and qpdf (missing: %1).").arg(missing));
    if (!QFileInfo(input).isFile())
        return fail(ErrorCode::NotFound, tr("%1 does not exist.").arg(input));
    {
        QFile f(input);
        if (!f.open(QIODevice::ReadOnly) || !f.read(1024).contains("%PDF-"))
            return fail(ErrorCode::Validation, tr("%1 is not a PDF.").arg(QFileInfo(input).fileName()));
    }
    const int pagesBefore = pageCount(input);
    if (pagesBefore <= 0)
        return fail(ErrorCode::Validation,
            tr("%1 could not be rendered as PDF/A: it has no readable pages.").arg(QFileInfo(input).fileName()));
    QTemporaryDir work(QFileInfo(output).absolutePath() + QStringLiteral("/.pdfa-XXXXXX"));
    if (!work.isValid())
        return fail(ErrorCode::Io, tr("A working folder beside %1 cannot be created.").arg(output));
    const QString icc = srgbProfile();
    // The output intent (sRGB) as Ghostscript's pdfmark wants it.
    const QString def = work.filePath(QStringLiteral("pdfa.ps"));
    QFile d(def);
    if (!d.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(def), d.errorString());
    d.write(QStringLiteral("/ICCProfile %1 def\n"
                           "[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark\n"
                           "[{icc_PDFA} << /N 3 >> /PUT pdfmark\n"
                           "[{icc_PDFA} ICCProfile (r) file /PUT pdfmark\n"
                           "[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark\n"
                           "[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA} "
                           "/OutputConditionIdentifier (sRGB) >> /PUT pdfmark\n"
                           "[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark\n")
                .arg(psString(icc))
                .toUtf8());
    d.close();
    const QString part = work.filePath(QStringLiteral("rendition.pdf"));
    const Run gs = run(QStringLiteral("gs"),
        { QStringLiteral("-q"), QStringLiteral("-dPDFA=2"), QStringLiteral("-dBATCH"), QStringLiteral("-dNOPAUSE"),
            QStringLiteral("-dNOOUTERSAVE"), QStringLiteral("-dPDFSTOPONERROR"),
            QStringLiteral("-sColorConversionStrategy=RGB"), QStringLiteral("-sDEVICE=pdfwrite"),
            QStringLiteral("-dPDFACompatibilityPolicy=1"), QStringLiteral("--permit-file-read=") + icc,
            QStringLiteral("-sOutputFile=") + part, def, input },
        timeoutSeconds);
    if (!gs.finished)
        return fail(ErrorCode::Validation,
            tr("%1 could not be rendered as PDF/A within the time allowed.").arg(QFileInfo(input).fileName()));
    if (gs.exitCode != 0 || !QFileInfo(part).isFile() || QFileInfo(part).size() == 0)
        return fail(ErrorCode::Validation,
            tr("%1 could not be rendered as PDF/A: Ghostscript refused it.").arg(QFileInfo(input).fileName()),
            QString::fromUtf8(gs.err.isEmpty() ? gs.out : gs.err).trimmed().left(500));
    if (pageCount(part) != pagesBefore)
        return fail(ErrorCode::Validation,
            tr("The PDF/A rendition of %1 lost pages (%2 of %3).")
                .arg(QFileInfo(input).fileName())
                .arg(pageCount(part))
                .arg(pagesBefore));
    auto checked = check(part);
    if (!checked)
        return std::unexpected(checked.error());
    if (!checked->ok())
        return fail(ErrorCode::Validation,
            tr("The PDF/A rendition of %1 fails its checks.").arg(QFileInfo(input).fileName()),
            checked->problems.join(QStringLiteral("; ")));
    QFile::remove(output);
    if (!QFile::rename(part, output))
        return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(output));
    return {};
}

Result<PdfA::Check> PdfA::check(const QString &pdf)
{
    QString missing;
    if (!toolsAvailable(&missing))
        return fail(ErrorCode::Unsupported, tr("PDF/A checks need pdffonts and qpdf (missing: %1).").arg(missing));
    Check c;
    const QString name = QFileInfo(pdf).fileName();

    // The claim: XMP with pdfaid:part 2 and conformance B (attribute or element form).
    {
        QFile f(pdf);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("%1 cannot be read.").arg(pdf), f.errorString());
        static const QRegularExpression part(QStringLiteral("pdfaid:part\\s*(=\\s*['\"]|>)\\s*2\\s*(['\"]|<)"));
        static const QRegularExpression conformance(
            QStringLiteral("pdfaid:conformance\\s*(=\\s*['\"]|>)\\s*B\\s*(['\"]|<)"),
            QRegularExpression::CaseInsensitiveOption);
        bool hasPart = false;
        bool hasConformance = false;
        QByteArray carry;
        while (!f.atEnd() && !(hasPart && hasConformance)) {
            const QByteArray chunk = carry + f.read(1 << 20);
            const QString text = QString::fromLatin1(chunk);
            hasPart = hasPart || part.match(text).hasMatch();
            hasConformance = hasConformance || conformance.match(text).hasMatch();
            carry = chunk.right(256);
        }
        c.claimsPdfA2b = hasPart && hasConformance;
        if (!c.claimsPdfA2b)
            c.problems << tr("%1 does not claim PDF/A-2b in its metadata.").arg(name);
    }
    // Fonts: every one embedded.
    {
        const Run r = run(QStringLiteral("pdffonts"), { pdf }, 120);
        if (!r.finished || r.exitCode != 0) {
            c.problems << tr("pdffonts cannot read %1.").arg(name);
        } else {
            const QList<QByteArray> lines = r.out.split('\n');
            // Columns by the dashes under the header: name, type, encoding, emb, …
            int embFrom = -1;
            int embTo = -1;
            QStringList notEmbedded;
            for (int i = 0; i < lines.size(); ++i) {
                const QByteArray &line = lines.at(i);
                if (embFrom < 0 && line.startsWith("----")) {
                    int column = 0;
                    for (int pos = 0; pos < line.size();) {
                        const int start = pos;
                        while (pos < line.size() && line.at(pos) == '-')
                            ++pos;
                        if (column == 3) {
                            embFrom = start;
                            embTo = pos;
                        }
                        ++column;
                        while (pos < line.size() && line.at(pos) == ' ')
                            ++pos;
                    }
                    continue;
                }
                if (embFrom < 0 || line.trimmed().isEmpty())
                    continue;
                if (line.mid(embFrom, embTo - embFrom).trimmed() != "yes")
                    notEmbedded << QString::fromUtf8(line.left(36)).trimmed();
            }
            c.fontsEmbedded = embFrom >= 0 && notEmbedded.isEmpty();
            if (embFrom < 0)
                c.problems << tr("pdffonts cannot read %1.").arg(name);
            else if (!notEmbedded.isEmpty())
                c.problems << tr("Fonts not embedded in %1: %2.").arg(name, notEmbedded.join(QStringLiteral(", ")));
        }
    }
    // Encryption and structure.
    {
        const Run enc = run(QStringLiteral("qpdf"), { QStringLiteral("--show-encryption"), pdf }, 120);
        c.notEncrypted = enc.finished && enc.exitCode == 0 && enc.out.contains("File is not encrypted");
        if (!c.notEncrypted)
            c.problems << tr("%1 is encrypted or cannot be read.").arg(name);
        const Run structure = run(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf }, 300);
        c.structureClean = structure.finished && structure.exitCode == 0;
        if (!c.structureClean)
            c.problems << tr("qpdf finds errors in %1.").arg(name);
    }
    return c;
}

} // namespace Aktenwerk::Dms
