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
// Afterwards (not timed) the same check as tst_corpus on the whole corpus: for each PDF its
// rarest long word according to pdftotext (shared by at most five PDFs) is searched; the PDF
// must be among the first ten hits for at least 95 % of them, else the benchmark fails.
//
// The corpus is every *.pdf below /usr/share/doc/texlive-doc (sorted, at most MAX_PDFS).
// Install more texlive-*-doc packages for a larger corpus (tests/bench/README.md).

#include "../testsupport.h"
#include "dms/engine.h"
#include "dms/search/searchindex.h"
#include "dms/store/sha256.h"
#include "dms/store/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
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

/**
 * The PDFs' distinctive words (from the baseline's pdftotext output, not from our extraction)
 * find them among the first ten hits, for at least 95 % of the PDFs that have one.
 */
bool findsTheirPdfs(const QStringList &pdfs, const QString &textFolder, const QString &data)
{
    QStringList texts;
    for (int i = 0; i < pdfs.size(); ++i) {
        QFile f(QStringLiteral("%1/%2.txt").arg(textFolder).arg(i + 1));
        texts << (f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString());
    }
    const QStringList distinctive = Aktenwerk::Test::distinctiveWords(texts);
    auto engine = Aktenwerk::Dms::Engine::open(
        Aktenwerk::Dms::Engine::Options{data, Aktenwerk::Dms::Engine::Mode::ReadOnly, false, {}, {}});
    if (!engine) {
        std::fprintf(stderr, "cannot open the imported data folder: %s\n", qPrintable(engine.error().toString()));
        return false;
    }
    auto db = Aktenwerk::Dms::Database::open((*engine)->indexPath(), Aktenwerk::Dms::Database::Mode::ReadOnly);
    if (!db)
        return false;
    QHash<QString, QUuid> bySha; // the first document of each content (identical PDFs are one)
    auto st = db->prepare(QStringLiteral("SELECT v.sha256, d.id FROM document d JOIN version v ON v.document_id = d.id "
                                         "ORDER BY d.created_at DESC"));
    if (!st)
        return false;
    while (auto more = st->step()) {
        if (!*more)
            break;
        bySha.insert(st->text(0), QUuid::fromString(st->text(1)));
    }
    int asked = 0, found = 0, noWord = 0;
    QStringList misses;
    for (int i = 0; i < pdfs.size(); ++i) {
        if (distinctive.at(i).isEmpty()) {
            ++noWord;
            continue;
        }
        ++asked;
        const QUuid id = bySha.value(Aktenwerk::Dms::Sha256::hex(Aktenwerk::Test::readFile(pdfs.at(i))));
        auto hits = Aktenwerk::Dms::Search::SearchIndex::search(**engine, distinctive.at(i), 10);
        bool hit = false;
        if (hits) {
            for (const auto &h : hits->hits)
                hit = hit || h.documentId == id;
        }
        if (hit)
            ++found;
        else
            misses << QStringLiteral("%1 (\"%2\")").arg(QFileInfo(pdfs.at(i)).fileName(), distinctive.at(i));
    }
    std::fprintf(stderr, "search check: %d distinctive words searched (%d PDFs had none), %d found their PDF in the top 10 "
                         "(%.1f %%)\n",
                 asked, noWord, found, asked > 0 ? 100.0 * found / asked : 0.0);
    if (!misses.isEmpty())
        std::fprintf(stderr, "missed: %s\n", qPrintable(misses.mid(0, 30).join(QStringLiteral(", "))));
    if (asked < 50 || found * 100 < asked * 95) {
        std::fprintf(stderr, "FAILED: fewer than 95 %% found their PDF (or fewer than 50 could be asked)\n");
        return false;
    }
    return true;
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
    // Without OCR on import: the baseline reads text layers only, so the import must do the same work.
    QStringList args{QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--no-ocr")};
    args << pdfs;
    const double import = timed(Aktenwerk::Test::cliPath(), args);

    std::printf("operation, corpus, baseline_s, app_s, ratio\n");
    std::printf("import, %s, %.3f, %.3f, %.2f\n", qPrintable(corpus), baseline, import, import / baseline);
    std::fprintf(stderr, "baseline parts: pdftotext %.3f s, sha256 %.3f s, fts insert %.3f s\n", extract, hash, fts);
    std::fflush(stdout);
    return findsTheirPdfs(pdfs, texts, data) ? 0 : 1;
}
