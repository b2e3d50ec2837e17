// Search as you type in the window, at scale: from a key press in the search field to the list
// having painted the hits of what is typed so far.
//
//   bench_typeahead [DOCS]         default: 1000000
//
// Corpus: bench_search's synthetic data folder of DOCS documents (built by
// `bench_search --generate DOCS` when it is not there yet; tests/bench/README.md).
//
//   app:      the real main window (MainWindow, 1366×768, offscreen unless a display is set) on
//             that folder. Words of the corpus are typed into the search field key by key
//             (key events sent to the field: the field, its signals). The panel's pause of
//             250 ms before it searches is left out: after each key the panel searches at once,
//             as its timer would (searchAsYouType: the word being typed counts as a beginning,
//             "Bauan" → "Bauan*"). Measured per key: from the key press until the result list has
//             painted the new hits (the first paint of its viewport after the model took them) —
//             parsing, the query off the GUI thread (first page, snippets, files and cases), the
//             model, the three-line delegate. The facets follow in a second read, not timed.
//   baseline: for the same query after the same key, the raw ranked query through the same SQLite
//             library in this process on the same index:
//             SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 8.0, 4.0, 1.0)
//             LIMIT 50 (the window's page), with the MATCH expression the app's parser makes.
//
// Every key of every word is typed twice (the first pass warms the page cache); p50 and p95 over
// the second. Prints: operation, corpus, baseline_s, app_s, ratio

#include "client/mainwindow.h"
#include "client/searchpanel.h"
#include "corpusgen.h"
#include "dms/engine.h"
#include "dms/search/query.h"
#include "dms/search/searchindex.h"
#include "dms/store/sqlite.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <tuple>

using namespace Aktenwerk;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_typeahead: %s\n", qPrintable(what));
    std::exit(1);
}

/**
 * Times the first paint of a view's viewport after it is armed: the paint runs inside the
 * filter (so the time includes it), then the event counts as handled.
 */
class PaintClock : public QObject
{
public:
    explicit PaintClock(QWidget *viewport)
        : m_viewport(viewport)
    {
        viewport->installEventFilter(this);
    }
    void arm(const QElapsedTimer *since)
    {
        m_since = since;
        m_seconds = -1;
    }
    double seconds() const { return m_seconds; }
    std::function<void()> onPainted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_viewport || event->type() != QEvent::Paint || !m_since || m_inside)
            return false;
        m_inside = true;
        QCoreApplication::sendEvent(watched, event); // the paint itself
        m_inside = false;
        m_seconds = static_cast<double>(m_since->nsecsElapsed()) / 1e9;
        m_since = nullptr;
        if (onPainted)
            onPainted();
        return true;
    }

private:
    QWidget *m_viewport;
    const QElapsedTimer *m_since = nullptr;
    double m_seconds = -1;
    bool m_inside = false;
};

QString corpusFolder(qint64 docs)
{
    QProcess gen;
    gen.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    gen.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_search"),
        { QStringLiteral("--generate"), QString::number(docs) });
    if (!gen.waitForFinished(-1) || gen.exitCode() != 0)
        die(QStringLiteral("no corpus (bench_search --generate %1 failed)").arg(docs));
    return QString::fromUtf8(gen.readAllStandardOutput()).trimmed();
}

/** What a clerk types: words of the corpus from common to rare, and two-word searches. */
QStringList typedTexts()
{
    const Bench::CorpusGenerator generator;
    const Bench::Vocabulary &v = generator.vocabulary();
    QStringList texts;
    for (const int rank : { 70, 74, 79, 85, 93, 110, 140, 400, 2000, 15000, 120000 })
        texts << v.word(rank);
    texts << v.word(72) + QLatin1Char(' ') + v.word(3000) << v.word(88) + QLatin1Char(' ') + v.word(95);
    return texts;
}

double rawQuery(Dms::Database &db, const QString &text, int &rows)
{
    QElapsedTimer t;
    t.start();
    auto q = Dms::Search::Query::parse(text);
    if (!q)
        die(QStringLiteral("parse %1: %2").arg(text, q.error().message));
    auto st = db.prepare(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                                        "ORDER BY bm25(search_fts, 8.0, 4.0, 1.0) LIMIT 50"));
    if (!st)
        die(st.error().toString());
    st->bind(1, q->match);
    rows = 0;
    while (true) {
        auto more = st->step();
        if (!more)
            die(more.error().toString());
        if (!*more)
            break;
        ++rows;
    }
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window keeps its layout and saved searches in the user's settings: not the real user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    const qint64 docs = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 1000000;
    if (docs < 1)
        die(QStringLiteral("DOCS must be a positive number"));
    const QString dir = corpusFolder(docs);

    Client::MainWindow window(Client::MainWindow::Options { dir, false });
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitFor([&window] { return window.isReady(); }, 120000))
        die(QStringLiteral("the window did not get ready"));
    Client::SearchPanel *panel = window.searchPanel();
    QLineEdit *field = panel->field();
    field->setFocus();
    PaintClock clock(panel->view()->viewport());
    // The clock starts at the key press and stops at the first paint of the list after it took the hits.
    int resets = 0;
    const QElapsedTimer *current = nullptr;
    QObject::connect(panel->model(), &QAbstractItemModel::modelReset, [&] {
        ++resets;
        clock.arm(current);
    });

    auto index = Dms::Database::open(window.engine()->indexPath(), Dms::Database::Mode::ReadOnly);
    if (!index)
        die(index.error().toString());

    const QStringList texts = typedTexts();
    QList<double> app2, raw2, appHits, rawHits; // every key; only the keys whose text has hits
    int keys = 0, emptyAnswers = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &text : texts) {
            field->clear();
            QCoreApplication::processEvents();
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QString sofar = text.left(i + 1);
                QElapsedTimer t;
                const int before = resets;
                current = &t;
                t.start();
                // One key, as the keyboard sends it (any letter, umlauts and ß too).
                const Qt::Key key = text.at(i) == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_unknown;
                QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(text.at(i)));
                QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(text.at(i)));
                QApplication::sendEvent(field, &press);
                QApplication::sendEvent(field, &release);
                if (field->text() != sofar)
                    die(QStringLiteral("typed \"%1\", the field says \"%2\"").arg(sofar, field->text()));
                panel->searchAsYouType(); // what the debounce timer does 250 ms later
                // Wait in an event loop that wakes for the answer at once (qWaitFor sleeps 10 ms a round).
                if (!(resets > before && clock.seconds() >= 0)) {
                    QEventLoop loop;
                    clock.onPainted = [&loop] { loop.quit(); };
                    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
                    loop.exec();
                    clock.onPainted = nullptr;
                }
                if (!(resets > before && clock.seconds() >= 0))
                    die(QStringLiteral("no painted answer for \"%1\"").arg(sofar));
                int rows = 0;
                const QString query = Client::SearchPanel::asTyped(sofar); // "Bauan" → "Bauan*", as the window searches
                const double base = rawQuery(*index, query, rows);
                if (rows == 0)
                    ++emptyAnswers;
                // The window shows what the raw query finds (documents; files and cases besides).
                const int shown = panel->model()->rowCount();
                if (shown < std::min(rows, static_cast<int>(Client::SearchPanel::pageSize)))
                    die(QStringLiteral("\"%1\": the window shows %2 rows, the raw query finds %3")
                            .arg(sofar)
                            .arg(shown)
                            .arg(rows));
                if (pass == 1 && qEnvironmentVariableIntValue("AKTENWERK_BENCH_VERBOSE") > 0) {
                    // Where the time goes: the query alone, with and without facets, on this thread.
                    const auto q = *Dms::Search::Query::parse(query);
                    QElapsedTimer s1;
                    s1.start();
                    (void)Dms::Search::SearchIndex::search(*index, q, Client::SearchPanel::pageSize, 0, true);
                    const double withFacets = static_cast<double>(s1.nsecsElapsed()) / 1e9;
                    s1.restart();
                    (void)Dms::Search::SearchIndex::search(*index, q, Client::SearchPanel::pageSize, 0, false);
                    const double without = static_cast<double>(s1.nsecsElapsed()) / 1e9;
                    std::fprintf(stderr, "  %.4f s (search %.4f s, without facets %.4f s, raw %.4f s, %d rows)  %s\n",
                        clock.seconds(), withFacets, without, base, shown, qPrintable(query));
                }
                if (pass == 1) {
                    app2 << clock.seconds();
                    raw2 << base;
                    if (rows > 0) {
                        appHits << clock.seconds();
                        rawHits << base;
                    }
                    ++keys;
                }
            }
        }
    }
    const QString corpus = QStringLiteral("%1 docs").arg(docs);
    std::fprintf(stderr, "  %d keys typed in %lld words and pairs (%d with no hits)\n", keys,
        static_cast<long long>(texts.size()), emptyAnswers / 2);
    std::printf("operation, corpus, baseline_s, app_s, ratio\n");
    for (const auto &[what, raw, mine] :
        { std::tuple { "", &raw2, &app2 }, std::tuple { " (keys with hits)", &rawHits, &appHits } }) {
        for (const double p : { 0.5, 0.95 }) {
            const double b = Bench::percentile(*raw, p), a = Bench::percentile(*mine, p);
            std::printf("search as you type%s p%d, %s, %.4f, %.4f, %.2f\n", what, static_cast<int>(p * 100),
                qPrintable(corpus), b, a, a / b);
        }
    }
    return 0;
}
