#include "../testsupport.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/search/searchindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * A real corpus nobody here wrote: the PDF manuals of Debian's texlive-lang-german package
 * (German and English TeX documentation). They are imported into the intake; then, for each
 * PDF, its rarest long word according to `pdftotext` (shared by at most five PDFs of the
 * sample) is searched — the PDF must be among the first ten hits for at least 95 % of them.
 */
class TstCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void distinctiveWordsFindTheirPdf();
};

namespace {

QStringList packagePdfs(const QString &package)
{
    QProcess p;
    p.start(QStringLiteral("dpkg"), {QStringLiteral("-L"), package});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QStringList pdfs;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1String(".pdf")) && QFileInfo(line).isFile())
            pdfs << line;
    }
    pdfs.sort();
    return pdfs;
}

QString pdftotext(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-q"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

void TstCorpus::distinctiveWordsFindTheirPdf()
{
    const QString package = QStringLiteral("texlive-lang-german");
    const QStringList pdfs = packagePdfs(package);
    if (pdfs.size() < 50)
        QFAIL(qPrintable(QStringLiteral("%1 PDFs of %2 found; .ci/install-deps installs the package (and an image "
                                        "whose dpkg excludes /usr/share/doc cannot run this test)")
                             .arg(pdfs.size())
                             .arg(package)));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is missing");

    // The oracle's words come from pdftotext, not from our own extraction.
    QStringList texts;
    for (const QString &pdf : pdfs)
        texts << pdftotext(pdf);
    const QStringList distinctive = Test::distinctiveWords(texts);

    QTemporaryDir dir;
    auto engine = Test::openEngine(dir.path());
    QVERIFY(engine.has_value());
    QElapsedTimer t;
    t.start();
    auto imported = Importer(**engine).importFiles({}, pdfs);
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error().toString()));
    const double importSeconds = static_cast<double>(t.elapsed()) / 1000.0;
    QHash<QString, QUuid> idOf;
    int ok = 0, withoutText = 0, duplicates = 0;
    for (const ImportItem &item : *imported) {
        QVERIFY2(item.status != ImportItem::Status::Failed, qPrintable(item.path + QStringLiteral(": ") + item.reason));
        idOf.insert(item.path, item.documentId);
        ok += item.status == ImportItem::Status::Ok;
        withoutText += item.status == ImportItem::Status::WithoutText;
        duplicates += item.status == ImportItem::Status::Duplicate;
        if (item.status == ImportItem::Status::WithoutText)
            qInfo("without text: %s: %s", qPrintable(item.path), qPrintable(item.reason));
    }

    int asked = 0, found = 0, noWord = 0;
    QStringList misses;
    for (qsizetype i = 0; i < pdfs.size(); ++i) {
        // Its rarest long word, if at most five PDFs share it: then "among the first ten hits"
        // is a fair demand.
        const QString &pdf = pdfs.at(i);
        if (distinctive.at(i).isEmpty()) {
            ++noWord; // every long word of it occurs in more than five others (a translation, a short note)
            continue;
        }
        ++asked;
        auto hits = Search::SearchIndex::search(**engine, distinctive.at(i), 10);
        QVERIFY2(hits.has_value(), qPrintable(hits ? QString() : hits.error().toString()));
        bool hit = false;
        for (const Search::Hit &h : hits->hits)
            hit = hit || h.documentId == idOf.value(pdf);
        if (hit)
            ++found;
        else
            misses << QStringLiteral("%1 (\"%2\")").arg(QFileInfo(pdf).fileName(), distinctive.at(i));
    }
    qInfo("%lld PDFs of %s imported in %.1f s: %d with text, %d without, %d duplicates", static_cast<long long>(pdfs.size()),
          qPrintable(package), importSeconds, ok, withoutText, duplicates);
    qInfo("%d distinctive words searched (%d PDFs had none), %d found their PDF in the top 10 (%.1f %%)", asked, noWord,
          found, asked > 0 ? 100.0 * found / asked : 0.0);
    if (!misses.isEmpty())
        qInfo("missed: %s", qPrintable(misses.join(QStringLiteral(", "))));
    QVERIFY2(asked >= 50, "fewer than 50 PDFs could be asked for: the sample proves too little");
    QVERIFY2(found * 100 >= asked * 95, "fewer than 95 % of the distinctive words found their PDF");
}

QTEST_GUILESS_MAIN(TstCorpus)
#include "tst_corpus.moc"
