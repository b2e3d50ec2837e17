// Search at scale: the app's search against the raw sqlite3 ranked query on the same database.
//
//   bench_search [DOCS ...]            default: 100000 1000000
//   bench_search --generate DOCS       only build (or find) the corpus, print its folder
//
// Corpus: a data folder with DOCS synthetic documents (tests/bench/corpusgen.*), kept in
// $AKTENWERK_BENCH_DIR (default /var/tmp/aktenwerk-bench)/search-DOCS and reused by later runs.
// The plan, 300 files and 900 cases are created through the engine's command path; the
// documents and their search entries are then written straight into the SQLite index in large
// transactions (a million documents through the command path, one fsync'd transaction each,
// would take hours and measure the write path, not search). That folder is a benchmark fixture:
// its documents have no content files and no audit events, so `verify` reports them, and
// `reindex` there would replace the synthetic text by nothing.
//
// Query classes (20 queries each, terms chosen by their measured document frequency from the
// index's own vocabulary): rare (2–10 documents, or the rarest), 1 %, 10 %, prefix (4 letters + *), phrase,
// two terms (10 % and 1 %), term plus field filter (10 % + dept: or type:). Each query runs
// once to warm the cache, then three times; p50 and p95 over those runs.
//
//   baseline: the raw ranked query, through the same SQLite library in this process:
//             SELECT rowid FROM search_fts WHERE search_fts MATCH ?
//             ORDER BY bm25(search_fts, 8.0, 4.0, 1.0) LIMIT 20
//             (with the filter's joins for the filter class; the MATCH expression is the one
//             the app's query parser makes, without the app's filter tokens)
//   app:      Query::parse + SearchIndex::search(first page of 20, as the GUI asks) in this
//             process on a read-only connection: candidate plan, page rows, snippets
//
// Prints: operation, corpus, baseline_s, app_s, ratio

#include "../testsupport.h"
#include "corpusgen.h"
#include "dms/demo/demodata.h"
#include "dms/search/germantext.h"
#include "dms/search/indexer.h"
#include "dms/search/query.h"
#include "dms/search/searchindex.h"
#include "dms/store/sha256.h"
#include "dms/store/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Aktenwerk;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_search: %s\n", qPrintable(what));
    std::exit(1);
}

template<typename T>
T need(Model::Result<T> r, const char *what)
{
    if (!r)
        die(QStringLiteral("%1: %2 (%3)").arg(QLatin1String(what), r.error().message, r.error().detail));
    return std::move(*r);
}

void need(const Model::Status &s, const char *what)
{
    if (!s)
        die(QStringLiteral("%1: %2 (%3)").arg(QLatin1String(what), s.error().message, s.error().detail));
}

constexpr int generatorVersion = 4; // 4: files and cases indexed (schema 12)

QString corpusDir(qint64 docs)
{
    const QString base = qEnvironmentVariable("AKTENWERK_BENCH_DIR", QStringLiteral("/var/tmp/aktenwerk-bench"));
    return base + QStringLiteral("/search-%1").arg(docs);
}

QString markerPath(const QString &dir)
{
    return dir + QStringLiteral("/.bench-corpus");
}

struct CaseInfo
{
    QString title, reference, fileTitle, fileReference, department;
};

/** Files and cases through the engine; returns the case ids with their department. */
QList<QUuid> makeCases(Dms::Engine &engine)
{
    need(Dms::DemoData::create(engine), "demo data");
    auto reader = need(engine.openReader(), "reader");
    auto st = need(reader.prepare(QStringLiteral("SELECT DISTINCT pu.code, f.department_code FROM file_record f "
                                                 "JOIN plan_unit pu ON pu.id = f.plan_unit_id ORDER BY 1")),
                   "plan units");
    QList<std::pair<QString, QString>> units;
    while (need(st.step(), "plan units"))
        units.append({st.text(0), st.text(1)});
    if (units.isEmpty())
        die(QStringLiteral("the demo data has no files"));
    Bench::Rng rng(7);
    Bench::Vocabulary names(2000, 11);
    QList<QUuid> cases;
    for (int f = 0; f < 300; ++f) {
        const auto &[code, dept] = units.at(f % units.size());
        const QString title = QStringLiteral("%1 %2").arg(names.word(68 + rng.below(80)), names.word(200 + rng.below(1800)));
        auto file = need(engine.apply(Dms::Commands::createFile(code, title, dept)), "file");
        QList<Dms::Command> batch;
        for (int c = 0; c < 3; ++c)
            batch << Dms::Commands::createCase(file.id, QStringLiteral("Vorgang %1 %2").arg(c + 1).arg(names.word(300 + rng.below(1500))));
        for (const Dms::CommandResult &r : need(engine.applyBatch(batch), "cases"))
            cases << r.id;
    }
    return cases;
}

void generate(const QString &dir, qint64 docs)
{
    QElapsedTimer timer;
    timer.start();
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    QString indexPath;
    QList<QUuid> cases;
    {
        auto engine = need(Test::openEngine(dir), "open");
        cases = makeCases(*engine);
        // The files' and cases' entries through the indexer itself.
        need(Dms::Search::Indexer::updateRecords(*engine), "index files and cases");
        indexPath = engine->indexPath();
    }
    std::fprintf(stderr, "bench_search: %lld documents into %s …\n", static_cast<long long>(docs), qPrintable(dir));
    auto db = need(Dms::Database::open(indexPath, Dms::Database::Mode::ReadWrite), "index");
    // A fixture, written once: no journal, no fsync, a large cache, and the trigger that queues
    // each new document for the indexer set aside (the entries are written here) — put back after.
    need(db.exec(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000")),
         "pragma");
    const QString pendingTrigger =
        need(db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'search_document_insert'")), "trigger")
            .toString();
    need(db.exec(QStringLiteral("DROP TRIGGER search_document_insert")), "trigger");
    QHash<QUuid, CaseInfo> caseInfo;
    auto ci = need(db.prepare(QStringLiteral("SELECT c.id, c.title, c.reference, f.title, f.reference, f.department_code "
                                             "FROM case_record c JOIN file_record f ON f.id = c.file_id")),
                   "cases");
    while (need(ci.step(), "cases"))
        caseInfo.insert(QUuid::fromString(ci.text(0)), {ci.text(1), ci.text(2), ci.text(3), ci.text(4), ci.text(5)});
    (void)ci.reset();
    const Bench::CorpusGenerator gen;
    const QUuid ns = QUuid::fromString(QStringLiteral("{5a1e7d2c-0b4e-4c57-9d0f-6a2e1b3c4d5e}"));
    const QDateTime start(QDate(2015, 1, 1), QTime(8, 0), Qt::UTC);
    const qint64 span = start.secsTo(QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    constexpr qint64 batch = 20000;
    for (qint64 first = 0; first < docs; first += batch) {
        QList<qint64> numbers;
        for (qint64 n = first; n < std::min(docs, first + batch); ++n)
            numbers << n;
        const QList<Bench::SyntheticDocument> made = QtConcurrent::blockingMapped(
            numbers, [&gen](qint64 n) { return gen.document(n); });
        auto tx = need(Dms::Transaction::begin(db), "begin");
        for (qint64 n = first; n < std::min(docs, first + batch); ++n) {
            const Bench::SyntheticDocument &d = made.at(n - first);
            const QString id = QUuid::createUuidV5(ns, QString::number(n)).toString(QUuid::WithoutBraces);
            const QString when = start.addSecs(span * n / docs).toString(Qt::ISODate);
            const QByteArray bytes = d.text.toUtf8();
            const QString sha = Dms::Sha256::hex(bytes);
            const QUuid caseId = cases.at(static_cast<qsizetype>((n * 7919) % cases.size()));
            const QString metadata = QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("sender"), d.sender}}).toJson(QJsonDocument::Compact));
            auto content = need(db.prepare(QStringLiteral("INSERT OR IGNORE INTO content (sha256, size, created_at) "
                                                          "VALUES (?, ?, ?)")), "content");
            content.bindAll(sha, static_cast<qint64>(bytes.size()), when);
            need(content.run(), "content");
            auto doc = need(db.prepare(QStringLiteral(
                                "INSERT INTO document (id, case_id, title, type, metadata, current_version, revision, "
                                "created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, ?, ?, 1, 1, ?, "
                                "'bench', ?, 'bench')")),
                            "document");
            doc.bindAll(id, caseId.toString(QUuid::WithoutBraces), d.title, d.type, metadata, when, when);
            need(doc.run(), "document");
            auto version = need(db.prepare(QStringLiteral(
                                    "INSERT INTO version (id, document_id, number, sha256, size, mime_type, file_name, "
                                    "author, created_at, origin) VALUES (?, ?, 1, ?, ?, 'application/pdf', ?, "
                                    "'bench', ?, 'import')")),
                                "version");
            version.bindAll(QUuid::createUuidV5(ns, id).toString(QUuid::WithoutBraces), id, sha,
                            static_cast<qint64>(bytes.size()), d.fileName, when);
            need(version.run(), "version");
            // The entry as the indexer writes it (SearchIndex::pendingRows): terms of the titles,
            // of type/references/file name/metadata, and of the text.
            const CaseInfo &ci = caseInfo.value(caseId);
            auto entry = need(db.prepare(QStringLiteral("INSERT INTO search_doc (document_id, title, meta, body, text, "
                                                        "text_status) VALUES (?, ?, ?, ?, ?, 'ok')")),
                              "entry");
            entry.bindAll(id, Dms::Search::terms(QStringList{d.title, ci.title, ci.fileTitle}.join(QLatin1Char('\n'))),
                          Dms::Search::terms(QStringList{d.type, ci.reference, ci.fileReference, d.fileName, d.sender}
                                                 .join(QLatin1Char('\n')))
                              + QLatin1Char(' ') + Dms::Search::SearchIndex::filterTokens(ci.department, d.type),
                          d.body, d.text);
            need(entry.run(), "entry");
        }
        need(db.exec(QStringLiteral("DELETE FROM search_pending")), "pending");
        need(tx.commit(), "commit");
        std::fprintf(stderr, "\r  %lld / %lld", static_cast<long long>(std::min(docs, first + batch)),
                     static_cast<long long>(docs));
    }
    need(db.exec(pendingTrigger), "trigger");
    need(db.exec(QStringLiteral("PRAGMA journal_mode = WAL")), "pragma");
    QFile marker(markerPath(dir));
    if (!marker.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(marker.fileName()));
    marker.write(QByteArray::number(generatorVersion) + ' ' + QByteArray::number(docs) + '\n');
    std::fprintf(stderr, "\n  generated in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
}

QString ensureCorpus(qint64 docs)
{
    const QString dir = corpusDir(docs);
    QFile marker(markerPath(dir));
    const QByteArray want = QByteArray::number(generatorVersion) + ' ' + QByteArray::number(docs) + '\n';
    if (!marker.open(QIODevice::ReadOnly) || marker.readAll() != want)
        generate(dir, docs);
    return dir;
}

struct Case
{
    QString cls;
    QString query;     ///< as the clerk types it
    QString rawFilter; ///< SQL for the baseline's filter ("" for none)
};

/** Query terms by measured document frequency, through the index's own vocabulary. */
QList<Case> chooseQueries(Dms::Database &db, qint64 docs)
{
    const Bench::CorpusGenerator gen;
    need(db.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, 'search_fts', 'row')")),
         "vocab");
    auto st = need(db.prepare(QStringLiteral("SELECT term, doc FROM temp.bench_vocab")), "vocab");
    QList<std::pair<qint64, QString>> byDf; // (df, surface word)
    while (need(st.step(), "vocab")) {
        const QString word = gen.vocabulary().wordFor(st.text(0));
        if (!word.isEmpty() && word.size() >= 4)
            byDf.append({st.int64(1), word});
    }
    std::sort(byDf.begin(), byDf.end());
    auto near = [&](double df, int count) {
        // The `count` words whose document frequency is closest to df.
        QList<std::pair<double, QString>> d;
        for (const auto &[n, w] : std::as_const(byDf))
            d.append({std::abs(static_cast<double>(n) - df), w});
        std::sort(d.begin(), d.end());
        QStringList out;
        for (int i = 0; i < count && i < d.size(); ++i)
            out << d.at(i).second;
        return out;
    };
    // Rare: in 2 to 10 documents; at a million documents every vocabulary word is in more, so
    // then the rarest ones (names and numbers are rarer still, but not in the vocabulary).
    QStringList rare;
    for (const auto &[n, w] : std::as_const(byDf)) {
        if (n >= 2 && n <= 10)
            rare << w;
    }
    for (qsizetype i = 0; rare.size() < 20 && i < byDf.size(); ++i)
        rare << byDf.at(i).second;
    QStringList picked;
    for (int i = 0; i < 20 && !rare.isEmpty(); ++i)
        picked << rare.at((i * 7919) % rare.size());
    const QStringList one = near(docs * 0.01, 20);
    const QStringList ten = near(docs * 0.10, 20);
    QList<Case> cases;
    for (const QString &w : std::as_const(picked))
        cases.append({QStringLiteral("rare term"), w, {}});
    for (const QString &w : one)
        cases.append({QStringLiteral("term in 1 %"), w, {}});
    for (const QString &w : ten)
        cases.append({QStringLiteral("term in 10 %"), w, {}});
    for (int i = 0; i < 20; ++i) {
        const QString &w = (i % 2 ? one : ten).at(i);
        cases.append({QStringLiteral("prefix"), w.left(4) + QLatin1Char('*'), {}});
    }
    const QStringList phrases = Bench::CorpusGenerator::phrases();
    for (int i = 0; i < 20; ++i) {
        if (i < phrases.size()) {
            // The formulaic phrases: from every second letter down to one in 500.
            const QStringList words = phrases.at(i).split(QLatin1Char(' '));
            cases.append({QStringLiteral("phrase"),
                          QLatin1Char('"') + words.mid(0, std::min<qsizetype>(words.size(), 3)).join(QLatin1Char(' '))
                              + QLatin1Char('"'),
                          {}});
        } else {
            // Two neighbouring words from a document's text.
            const QStringList words = gen.document(i * 7919 % docs).text.split(QLatin1Char(' '));
            QString a = words.value(5), b = words.value(6);
            a.remove(QRegularExpression(QStringLiteral("[.,?]")));
            b.remove(QRegularExpression(QStringLiteral("[.,?]")));
            cases.append({QStringLiteral("phrase"), QStringLiteral("\"%1 %2\"").arg(a, b), {}});
        }
    }
    for (int i = 0; i < 20; ++i)
        cases.append({QStringLiteral("two terms"), ten.at(i) + QLatin1Char(' ') + one.at(19 - i), {}});
    for (int i = 0; i < 20; ++i) {
        if (i % 2)
            cases.append({QStringLiteral("term + filter"), ten.at(i) + QStringLiteral(" dept:63"),
                          QStringLiteral(" AND f.department_code = '63'")});
        else
            cases.append({QStringLiteral("term + filter"), ten.at(i) + QStringLiteral(" type:Bescheid"),
                          QStringLiteral(" AND lower(d.type) = 'bescheid'")});
    }
    return cases;
}

/**
 * The raw ranked query, in this process through the same SQLite library (the sqlite3 shell's
 * timer has a resolution of a millisecond): seconds per query, in order.
 */
QList<double> rawTimes(Dms::Database &db, const QList<Case> &cases)
{
    QList<double> times;
    for (const Case &c : cases) {
        const auto q = need(Dms::Search::Query::parse(c.query), "parse");
        QElapsedTimer t;
        t.start();
        const QString sql = c.rawFilter.isEmpty()
            ? QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                             "ORDER BY bm25(search_fts, 8.0, 4.0, 1.0) LIMIT 20")
            : QStringLiteral("SELECT search_fts.rowid FROM search_fts "
                             "JOIN search_doc s ON s.rowid = search_fts.rowid JOIN document d ON d.id = s.document_id "
                             "LEFT JOIN case_record c ON c.id = d.case_id LEFT JOIN file_record f ON f.id = c.file_id "
                             "WHERE search_fts MATCH ?")
                + c.rawFilter + QStringLiteral(" ORDER BY bm25(search_fts, 8.0, 4.0, 1.0) LIMIT 20");
        auto st = need(db.prepare(sql), "raw query");
        st.bind(1, q.match);
        int rows = 0;
        while (need(st.step(), "raw query"))
            ++rows;
        times << static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (rows == 0)
            die(QStringLiteral("the raw query found nothing for %1").arg(c.query));
    }
    return times;
}

void bench(qint64 docs)
{
    const QString dir = ensureCorpus(docs);
    QString indexPath;
    {
        auto engine = need(Dms::Engine::open(Dms::Engine::Options{dir, Dms::Engine::Mode::ReadOnly, false, {}, {}}), "open");
        indexPath = engine->indexPath();
    }
    auto db = need(Dms::Database::open(indexPath, Dms::Database::Mode::ReadOnly), "index");
    QList<Case> cases = chooseQueries(db, docs);
    // AKTENWERK_BENCH_CLASS=phrase: only that class (a look at one class without the others' minutes).
    if (const QString only = qEnvironmentVariable("AKTENWERK_BENCH_CLASS"); !only.isEmpty())
        cases.removeIf([&only](const Case &c) { return c.cls != only; });
    if (cases.isEmpty())
        die(QStringLiteral("no query of class %1").arg(qEnvironmentVariable("AKTENWERK_BENCH_CLASS")));
    const QString corpus = QStringLiteral("%1 docs").arg(docs);
    constexpr int runs = 3;

    (void)rawTimes(db, cases); // warm the page cache
    QList<double> raw;
    for (int r = 0; r < runs; ++r)
        raw << rawTimes(db, cases);

    QList<double> app;
    QHash<QString, QList<int>> counts;
    for (int r = 0; r <= runs; ++r) {
        for (const Case &c : cases) {
            QElapsedTimer t;
            t.start();
            const auto q = need(Dms::Search::Query::parse(c.query), "parse");
            const auto res = need(Dms::Search::SearchIndex::search(db, q, 20), "search");
            const double s = static_cast<double>(t.nsecsElapsed()) / 1e9;
            if (r == 0) {
                if (res.hits.isEmpty())
                    die(QStringLiteral("no hits for %1 — the corpus or the plan is broken").arg(c.query));
                counts[c.cls] << res.count;
                continue; // warm-up
            }
            app << s;
        }
    }
    // AKTENWERK_BENCH_VERBOSE=1: each query's slowest run and its hits, slowest first.
    if (qEnvironmentVariableIntValue("AKTENWERK_BENCH_VERBOSE") > 0) {
        QList<std::pair<double, qsizetype>> slowest;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            double worst = 0;
            for (int r = 0; r < runs; ++r)
                worst = std::max(worst, app.at(r * cases.size() + i));
            slowest.append({worst, i});
        }
        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        for (const auto &[t, i] : std::as_const(slowest))
            std::fprintf(stderr, "  %.4f s  %s: %s\n", t, qPrintable(cases.at(i).cls), qPrintable(cases.at(i).query));
    }
    QStringList classes;
    for (const Case &c : cases) {
        if (!classes.contains(c.cls))
            classes << c.cls;
    }
    for (const QString &cls : std::as_const(classes)) {
        QList<double> a, b;
        for (int r = 0; r < runs; ++r) {
            for (qsizetype i = 0; i < cases.size(); ++i) {
                if (cases.at(i).cls != cls)
                    continue;
                b << raw.at(r * cases.size() + i);
                a << app.at(r * cases.size() + i);
            }
        }
        const QList<int> &n = counts.value(cls);
        std::fprintf(stderr, "  %s: e.g. \"%s\"; hits per query %d … %d%s\n", qPrintable(cls),
                     qPrintable(cases.at(classes.indexOf(cls) * 20).query), *std::min_element(n.begin(), n.end()),
                     *std::max_element(n.begin(), n.end()),
                     *std::max_element(n.begin(), n.end()) >= Dms::Search::SearchIndex::rankedCandidates ? "+" : "");
        for (const double p : {0.5, 0.95}) {
            const double base = Bench::percentile(b, p), mine = Bench::percentile(a, p);
            std::printf("search %s p%d, %s, %.4f, %.4f, %.2f\n", qPrintable(cls), static_cast<int>(p * 100),
                        qPrintable(corpus), base, mine, mine / base);
        }
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == QLatin1String("--generate")) {
        std::printf("%s\n", qPrintable(ensureCorpus(args.at(1).toLongLong())));
        return 0;
    }
    if (args.isEmpty())
        args = {QStringLiteral("100000"), QStringLiteral("1000000")};
    std::printf("operation, corpus, baseline_s, app_s, ratio\n");
    for (const QString &a : std::as_const(args))
        bench(a.toLongLong());
    return 0;
}
