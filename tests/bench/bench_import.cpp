// Import of real PDFs (the texlive documentation installed on this machine), next to the plain
// tools doing the least the same job needs, in the same run:
//
//   baseline: pdftotext of every PDF, as many at a time as there are cores (xargs -P)
//             + openssl dgst -sha256 of every PDF (xargs -P)
//             + one sqlite3 transaction inserting every text into an FTS5 table
//   app:      aktenwerk-cli import of the same PDFs into an empty data folder's intake: hash,
//             durable store (fsync, rename, fsync folder), one committed document each with its
//             operation-log entry and audit event, duplicate check, text through the extraction
//             worker under limits (one process per file, one per core), German normalisation,
//             FTS5 index
//
//   bench_import [MAX_PDFS=1000]      prints: operation, corpus, baseline_s, app_s, ratio
//
// The corpus is every *.pdf below /usr/share/doc/texlive-doc (sorted, at most MAX_PDFS).
// Install more texlive-*-doc packages for a larger corpus (tests/bench/README.md).

#include "../testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace {

double timed(const QString &program, const QStringList &args, const QString &stdinFile = {})
{
    const auto seconds = Aktenwerk::Test::timedRun(program, args, stdinFile);
    if (!seconds)
        std::exit(1);
    return *seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int maxPdfs = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 1000;
    QStringList pdfs;
    QDirIterator it(QStringLiteral("/usr/share/doc/texlive-doc"), {QStringLiteral("*.pdf")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        pdfs << it.next();
    pdfs.sort();
    pdfs = pdfs.mid(0, maxPdfs);
    if (pdfs.size() < 50) {
        std::fprintf(stderr, "only %lld PDFs below /usr/share/doc/texlive-doc; install texlive-*-doc packages\n",
                     static_cast<long long>(pdfs.size()));
        return 1;
    }
    qint64 bytes = 0;
    for (const QString &p : std::as_const(pdfs))
        bytes += QFileInfo(p).size();
    const QString corpus = QStringLiteral("%1 texlive PDFs %2 MB").arg(pdfs.size()).arg(bytes / 1000000);

    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("pdfs.txt"));
    const QString numbered = dir.filePath(QStringLiteral("numbered.txt")); // "N path" entries
    {
        QFile f(list), g(numbered);
        f.open(QIODevice::WriteOnly);
        g.open(QIODevice::WriteOnly);
        for (int i = 0; i < pdfs.size(); ++i) {
            f.write(pdfs.at(i).toUtf8() + '\0');
            g.write(QByteArray::number(i + 1) + ' ' + pdfs.at(i).toUtf8() + '\0');
        }
    }
    const QString cores = QString::number(std::max(1, QThread::idealThreadCount()));

    // Baseline 1: parallel pdftotext, each text into its own file (named by the list position).
    const QString texts = dir.filePath(QStringLiteral("texts"));
    QDir().mkpath(texts);
    const double extract = timed(QStringLiteral("sh"), {QStringLiteral("-c"),
        QStringLiteral("cd '%1' && xargs -0 -P %2 -n 16 sh -c "
                       "'for l; do n=${l%% *}; f=${l#* }; pdftotext -q \"$f\" \"$n.txt\" || true; done' sh")
            .arg(texts, cores)}, numbered);
    // Baseline 2: parallel SHA-256.
    const double hash = timed(QStringLiteral("sh"), {QStringLiteral("-c"),
        QStringLiteral("xargs -0 -P %1 -n 32 openssl dgst -sha256 > /dev/null").arg(cores)}, list);
    // Baseline 3: one FTS5 batch insert of all texts.
    const QString sql = dir.filePath(QStringLiteral("insert.sql"));
    {
        QFile f(sql);
        f.open(QIODevice::WriteOnly);
        f.write("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');\nBEGIN;\n");
        for (int i = 1; i <= pdfs.size(); ++i)
            f.write(QStringLiteral("INSERT INTO t (body) SELECT CAST(readfile('%1/%2.txt') AS TEXT);\n").arg(texts).arg(i).toUtf8());
        f.write("COMMIT;\n");
    }
    const double fts = timed(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("baseline.sqlite"))}, sql);
    const double baseline = extract + hash + fts;

    // Aktenwerk: one import of the same files.
    const QString data = dir.filePath(QStringLiteral("data"));
    timed(Aktenwerk::Test::cliPath(), {QStringLiteral("--data-dir"), data, QStringLiteral("init")});
    QStringList args{QStringLiteral("--data-dir"), data, QStringLiteral("import")};
    args << pdfs;
    const double import = timed(Aktenwerk::Test::cliPath(), args);

    std::printf("operation, corpus, baseline_s, app_s, ratio\n");
    std::printf("import, %s, %.3f, %.3f, %.2f\n", qPrintable(corpus), baseline, import, import / baseline);
    std::fprintf(stderr, "baseline parts: pdftotext %.3f s, sha256 %.3f s, fts insert %.3f s\n", extract, hash, fts);
    return 0;
}
