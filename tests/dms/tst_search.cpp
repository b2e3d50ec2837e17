#include "../testsupport.h"
#include "dms/engine.h"
#include "dms/search/germantext.h"
#include "dms/search/indexer.h"
#include "dms/search/query.h"
#include "dms/search/searchindex.h"
#include "dms/store/sqlite.h"

#include <QDate>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * German full-text search: the folding and stemming rules, the query language, and what a
 * clerk types against documents in a real index (the German search table of issue 4).
 */
class TstSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void folding_data();
    void folding();
    void hyphenationAtLineEnds();
    void badQueries_data();
    void badQueries();
    void germanSearchTable_data();
    void germanSearchTable();
    void snippetsMarkTheHits();
    void facetsCountEveryHit();
    void manyHitsRankTheNewest();
    void rankIsBm25_data();
    void rankIsBm25();
    void changesReachTheIndex();
    void reindexRebuilds();
    void filesAndCasesAreHits();

private:
    QStringList titlesFor(const QString &query);
    QUuid addText(const QString &title, const QString &text, const QString &type = {}, const FieldValues &metadata = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    QUuid m_case;
    QString m_fileReference;
    QString m_caseReference;
};

void TstSearch::initTestCase()
{
    auto e = Test::openEngine(m_dir.path());
    QVERIFY2(e.has_value(), qPrintable(e ? QString() : e.error().toString()));
    m_engine = std::move(*e);
    QVERIFY(Test::importSmallPlan(*m_engine).has_value());
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Neubau Lindenweg 12")));
    QVERIFY(file.has_value());
    m_fileReference = file->reference;
    auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Neubau Einfamilienhaus")));
    QVERIFY(cs.has_value());
    m_case = cs->id;
    m_caseReference = cs->reference;

    addText(QStringLiteral("Schreiben Müller"), QStringLiteral("Sehr geehrter Herr Müller, Ihre Unterlagen zur Außentreppe sind eingegangen."));
    addText(QStringLiteral("Anliegerbrief"), QStringLiteral("Die Anlieger der Lindenstraße werden über die Baustelle informiert."));
    addText(QStringLiteral("Eingangsbestätigung"), QStringLiteral("Ihre Bauanträge vom 2. März sind vollständig."));
    addText(QStringLiteral("Protokoll"), QStringLiteral("Besprochen wurde der Bau-\nantrag für die Garage und das Carport."));
    addText(QStringLiteral("Aktenvermerk"), QStringLiteral("Siehe Vorgang %1 und die Nachbarakte 63.01.03-0007/2026.").arg(m_caseReference));
    addText(QStringLiteral("Widerspruch"), QStringLiteral("Gegen den Bescheid zur Garage wird Widerspruch eingelegt."));
    QVERIFY(!addText(QStringLiteral("Antragsformular"), QStringLiteral("Antrag auf Baugenehmigung für eine Garage"),
                     QStringLiteral("Bauantrag"),
                     {{QStringLiteral("eingangsdatum"), QStringLiteral("2026-03-02")},
                      {QStringLiteral("bauherr"), QStringLiteral("Krüger")}})
                 .isNull());
    addText(QStringLiteral("Strassenplan"), QStringLiteral("STRASSE UND WEGE, Maßstab 1:500"));
    auto n = Search::Indexer::update(*m_engine);
    QVERIFY2(n.has_value(), qPrintable(n ? QString() : n.error().toString()));
    QCOMPARE(*n, 8);
}

QUuid TstSearch::addText(const QString &title, const QString &text, const QString &type, const FieldValues &metadata)
{
    auto content = m_engine->content().putData(text.toUtf8());
    if (!content)
        return {};
    auto d = m_engine->apply(Commands::createDocument(m_case, title, *content, QStringLiteral("text/plain"),
                                                      title + QStringLiteral(".txt"), VersionOrigin::Import, type,
                                                      metadata));
    if (!d)
        qWarning("%s", qPrintable(d.error().toString()));
    return d ? d->id : QUuid();
}

QStringList TstSearch::titlesFor(const QString &query)
{
    auto r = Search::SearchIndex::search(*m_engine, query, 50);
    if (!r)
        return {QStringLiteral("error: ") + r.error().toString()};
    QStringList titles;
    for (const Search::Hit &h : r->hits)
        titles << h.title;
    titles.sort();
    return titles;
}

void TstSearch::folding_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("ß and ss") << "Straße" << "strasse";
    QTest::newRow("upper case") << "STRASSE" << "straße";
    QTest::newRow("ü and ue") << "Müller" << "mueller";
    QTest::newRow("ü and u") << "Müller" << "muller";
    QTest::newRow("ö and oe") << "Größe" << "groesse";
    QTest::newRow("ä and ae") << "Bäcker" << "baecker";
    QTest::newRow("plural umlaut") << "Bauanträge" << "Bauantrag";
    QTest::newRow("inflection") << "Gebäuden" << "Gebäude";
    QTest::newRow("accent") << "Café" << "cafe";
}

void TstSearch::folding()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(Search::term(a), Search::term(b));
    QVERIFY(Search::term(QStringLiteral("Garage")) != Search::term(QStringLiteral("Carport"))); // not everything meets
}

void TstSearch::hyphenationAtLineEnds()
{
    const auto t = Search::split(QStringLiteral("Der Bau-\nantrag und das Hoch-\nUnd Tiefbauamt, Nord-Süd"));
    QStringList words;
    for (const auto &tok : t)
        words << tok.word;
    QCOMPARE(words, (QStringList{QStringLiteral("Der"), QStringLiteral("Bauantrag"), QStringLiteral("und"),
                                 QStringLiteral("das"), QStringLiteral("Hoch"), QStringLiteral("Und"),
                                 QStringLiteral("Tiefbauamt"), QStringLiteral("Nord"), QStringLiteral("Süd")}));
    QCOMPARE(Search::normalizeExtracted(QStringLiteral("Der  Bau-\n  antrag\n\n\n\nist   da")),
             QStringLiteral("Der Bauantrag\n\nist da"));
}

void TstSearch::badQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << "   ";
    QTest::newRow("only exclusions") << "-Garage";
    QTest::newRow("short prefix") << "ba*";
    QTest::newRow("unknown field") << "farbe:rot";
    QTest::newRow("bad date") << "from:gestern";
    QTest::newRow("bad German date") << "von:31.02.2026";
    QTest::newRow("two-digit year") << "jahr:26";
    QTest::newRow("excluded German filter") << "Garage NICHT typ:Bescheid";
    QTest::newRow("only a German exclusion") << "NICHT Garage";
    QTest::newRow("excluded filter") << "Garage -type:Bescheid";
}

void TstSearch::badQueries()
{
    QFETCH(QString, query);
    auto q = Search::Query::parse(query);
    QVERIFY(!q.has_value());
    QCOMPARE(q.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!q.error().message.isEmpty());
}

void TstSearch::germanSearchTable_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    const QStringList mueller{QStringLiteral("Schreiben Müller")};
    QTest::newRow("Müller") << "Müller" << mueller;
    QTest::newRow("mueller") << "mueller" << mueller;
    QTest::newRow("muller") << "muller" << mueller;
    QTest::newRow("MÜLLER") << "MÜLLER" << mueller;
    QTest::newRow("aussentreppe") << "aussentreppe" << mueller;
    const QStringList strasse{QStringLiteral("Anliegerbrief"), QStringLiteral("Strassenplan")};
    QTest::newRow("Straße in a compound is not split") << "Straße" << QStringList{QStringLiteral("Strassenplan")};
    QTest::newRow("strasse*") << "strasse*" << QStringList{QStringLiteral("Strassenplan")};
    QTest::newRow("STRASSE") << "STRASSE" << QStringList{QStringLiteral("Strassenplan")};
    QTest::newRow("Lindenstraße") << "lindenstrasse" << QStringList{QStringLiteral("Anliegerbrief")};
    // "Bauanträge" in one text, "Bau-" + line break + "antrag" in another.
    // The form's type is "Bauantrag".
    const QStringList antrag{QStringLiteral("Antragsformular"), QStringLiteral("Eingangsbestätigung"),
                             QStringLiteral("Protokoll")};
    QTest::newRow("Bauantrag") << "Bauantrag" << antrag;
    QTest::newRow("Bauanträge") << "Bauanträge" << antrag;
    QTest::newRow("bauantrag*") << "bauantrag*" << antrag;
    QTest::newRow("title filter") << "title:Müller" << mueller;
    QTest::newRow("title filter misses the text") << "title:Außentreppe" << QStringList();
    QTest::newRow("file and case titles count") << "Einfamilienhaus Lindenweg Müller" << mueller;
    QTest::newRow("a reference in a text, exactly") << "63.01.03-0007/2026" << QStringList{QStringLiteral("Aktenvermerk")};
    QTest::newRow("another year is another reference") << "63.01.03-0007/2025" << QStringList();
    QTest::newRow("vollständig Bauantrag") << "Bauantrag vollständig" << QStringList{QStringLiteral("Eingangsbestätigung")};
    QTest::newRow("hyphenated at a line end") << "\"antrag für die Garage\"" << QStringList();
    QTest::newRow("joined word") << "\"Bauantrag für die Garage\"" << QStringList{QStringLiteral("Protokoll")};
    QTest::newRow("phrase") << "\"Widerspruch eingelegt\"" << QStringList{QStringLiteral("Widerspruch")};
    QTest::newRow("phrase out of order") << "\"eingelegt Widerspruch\"" << QStringList();
    QTest::newRow("exclusion") << "Garage -Widerspruch"
                               << QStringList{QStringLiteral("Antragsformular"), QStringLiteral("Protokoll")};
    QTest::newRow("metadata value") << "krueger" << QStringList{QStringLiteral("Antragsformular")};
    QTest::newRow("OR") << "Carport OR Außentreppe"
                        << QStringList{QStringLiteral("Protokoll"), QStringLiteral("Schreiben Müller")};
    QTest::newRow("prefix") << "wider*" << QStringList{QStringLiteral("Widerspruch")};
    QTest::newRow("type filter") << "Garage type:Bauantrag" << QStringList{QStringLiteral("Antragsformular")};
    QTest::newRow("type the index cannot hold") << "Garage type:Ωμέγα" << QStringList(); // checked by a join
    QTest::newRow("type filter alone") << "type:bauantrag" << QStringList{QStringLiteral("Antragsformular")};
    QTest::newRow("status filter") << "Garage status:closed" << QStringList();
    const QStringList garage{QStringLiteral("Antragsformular"), QStringLiteral("Protokoll"), QStringLiteral("Widerspruch")};
    QTest::newRow("department filter") << "Garage dept:63" << garage;
    QTest::newRow("other department") << "Garage dept:11" << QStringList();
    QTest::newRow("created from") << "Garage from:2000-01-01" << garage;
    QTest::newRow("created until") << "Garage to:2000-01-01" << QStringList();
    QTest::newRow("compound by its beginning") << "lindenstr*" << QStringList{QStringLiteral("Anliegerbrief")};
    // The same in German words (issue 14): ODER, NICHT, titel:, typ:, fb:, status:offen|geschlossen, jahr:, von:, bis:.
    QTest::newRow("ODER") << "Carport ODER Außentreppe"
                          << QStringList { QStringLiteral("Protokoll"), QStringLiteral("Schreiben Müller") };
    QTest::newRow("NICHT") << "Garage NICHT Widerspruch"
                           << QStringList { QStringLiteral("Antragsformular"), QStringLiteral("Protokoll") };
    QTest::newRow("NOT") << "Garage NOT Widerspruch"
                         << QStringList { QStringLiteral("Antragsformular"), QStringLiteral("Protokoll") };
    QTest::newRow("oder in lower case is a word") << "Carport oder Außentreppe" << QStringList();
    QTest::newRow("titel:") << "titel:Müller" << mueller;
    QTest::newRow("typ:") << "Garage typ:Bauantrag" << QStringList { QStringLiteral("Antragsformular") };
    QTest::newRow("fb:") << "Garage fb:63" << garage;
    QTest::newRow("other fb:") << "Garage fb:11" << QStringList();
    QTest::newRow("status:offen") << "Garage status:offen" << garage;
    QTest::newRow("status:geschlossen") << "Garage status:geschlossen" << QStringList();
    const QString thisYear = QString::number(QDate::currentDate().year());
    QTest::newRow("jahr: this year") << QString(QStringLiteral("Garage jahr:") + thisYear) << garage;
    QTest::newRow("year: last year") << QString(
        QStringLiteral("Garage year:") + QString::number(QDate::currentDate().year() - 1))
                                     << QStringList();
    QTest::newRow("von: German date") << "Garage von:01.01.2000" << garage;
    QTest::newRow("bis: German date") << "Garage bis:1.1.2000" << QStringList();
    QTest::newRow("nothing") << "Baugenehmigungsgebühr" << QStringList();
}

void TstSearch::germanSearchTable()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    QCOMPARE(titlesFor(query), titles);
}

void TstSearch::snippetsMarkTheHits()
{
    auto r = Search::SearchIndex::search(*m_engine, QStringLiteral("mueller treppe*"), 5);
    QVERIFY(r.has_value());
    QCOMPARE(r->hits.size(), 0); // "Außentreppe" is one word: a prefix must match its beginning
    r = Search::SearchIndex::search(*m_engine, QStringLiteral("mueller aussen*"), 5);
    QVERIFY(r.has_value());
    QCOMPARE(r->hits.size(), 1);
    QCOMPARE(r->hits.first().snippet,
             QStringLiteral("Sehr geehrter Herr [Müller], Ihre Unterlagen zur [Außentreppe] sind eingegangen."));
    QCOMPARE(r->hits.first().caseReference, m_caseReference);
    QCOMPARE(r->hits.first().fileReference, m_fileReference);
    QCOMPARE(r->hits.first().fileName, QStringLiteral("Schreiben Müller.txt"));
}

void TstSearch::facetsCountEveryHit()
{
    auto r = Search::SearchIndex::search(
        *m_engine, QStringLiteral("Garage"), 1, 0, true); // a page of one: facets still count all three
    QVERIFY(r.has_value());
    QCOMPARE(r->hits.size(), 1);
    QVERIFY(r->more);
    QMap<QString, QMap<QString, int>> facets;
    for (const auto &[name, values] : r->facets) {
        for (const Search::Facet &f : values)
            facets[name][f.value] = f.count;
    }
    QCOMPARE(facets.value(QStringLiteral("dept")), (QMap<QString, int>{{QStringLiteral("63"), 3}}));
    QCOMPARE(facets.value(QStringLiteral("type")),
             (QMap<QString, int>{{QString(), 2}, {QStringLiteral("Bauantrag"), 1}}));
    QCOMPARE(facets.value(QStringLiteral("year")),
             (QMap<QString, int>{{QString::number(QDate::currentDate().year()), 3}}));
    auto none = Search::SearchIndex::search(*m_engine, QStringLiteral("Garage"), 10); // not asked for: not computed
    QVERIFY(none.has_value());
    QVERIFY(none->facets.isEmpty());
}

void TstSearch::manyHitsRankTheNewest()
{
    auto db = m_engine->openReader();
    QVERIFY(db.has_value());
    auto q = Search::Query::parse(QStringLiteral("Garage"));
    QVERIFY(q.has_value());
    // Three hits, at most 2000 ranked: all of them, counted exactly.
    auto all = Search::SearchIndex::search(*db, *q, 10);
    QVERIFY(all.has_value());
    QCOMPARE(all->count, 3);
    QVERIFY(all->countIsExact);
    QCOMPARE(all->hits.size(), 3);
    // At most two ranked (a page of one): the best of the two newest (Widerspruch, then
    // Antragsformular was added — not the older Protokoll), and the count says "more than 2".
    auto newest = Search::SearchIndex::search(*db, *q, 1, 0, true, 2);
    QVERIFY(newest.has_value());
    QCOMPARE(newest->count, 2);
    QVERIFY(!newest->countIsExact);
    QVERIFY(newest->more);
    QCOMPARE(newest->hits.size(), 1);
    QVERIFY2(newest->hits.first().title != QLatin1String("Protokoll"), qPrintable(newest->hits.first().title));
    int typed = 0;
    for (const auto &[name, values] : newest->facets) {
        for (const Search::Facet &f : values)
            typed += name == QLatin1String("type") ? f.count : 0;
    }
    QCOMPARE(typed, 2); // the facets count what was ranked
    // A page further than the bound still gets its hits (the bound grows with the page).
    auto page = Search::SearchIndex::search(*db, *q, 1, 2, false, 2);
    QVERIFY(page.has_value());
    QCOMPARE(page->hits.size(), 1);
}

void TstSearch::rankIsBm25_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("sameScores"); // several phrases, all counted: the very same numbers
    QTest::newRow("one word") << QStringLiteral("garage") << false;
    QTest::newRow("one phrase") << QStringLiteral("\"neubau lindenweg\"") << false;
    QTest::newRow("two words") << QStringLiteral("garage neubau") << true;
    QTest::newRow("or") << QStringLiteral("garage OR müller") << true;
    QTest::newRow("title and word") << QStringLiteral("title:neubau garage") << true;
    QTest::newRow("phrase, prefix, exclusion") << QStringLiteral("\"neubau einfamilienhaus\" gara* -carport") << true;
}

void TstSearch::rankIsBm25()
{
    // akrank() is FTS5's bm25() with the phrases' document counts given instead of counted
    // (rank.h): where they are counted exactly, the scores must be the same; with a single
    // phrase at least the order.
    QFETCH(QString, query);
    QFETCH(bool, sameScores);
    auto q = Search::Query::parse(query);
    QVERIFY2(q.has_value(), qPrintable(query));
    auto db = m_engine->openReader();
    QVERIFY(db.has_value());
    auto input = Search::SearchIndex::rankInput(*db, q->phrases);
    QVERIFY2(input.has_value(), qPrintable(input ? QString() : input.error().toString()));
    auto st = db->prepare(QStringLiteral("SELECT rowid, bm25(search_fts, 8.0, 4.0, 1.0), akrank(search_fts, ?) "
                                         "FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid"));
    QVERIFY(st.has_value());
    st->bind(1, *input);
    st->bind(2, q->match);
    QList<std::pair<double, double>> scores;
    while (true) {
        auto more = st->step();
        QVERIFY2(more.has_value(), qPrintable(more ? QString() : more.error().toString()));
        if (!*more)
            break;
        scores.append({st->real(1), st->real(2)});
    }
    QVERIFY2(scores.size() >= 2, qPrintable(QStringLiteral("%1 hits for %2").arg(scores.size()).arg(query)));
    for (qsizetype i = 0; i < scores.size(); ++i) {
        QVERIFY2(scores.at(i).first < 0 && scores.at(i).second < 0, "scores are negative, lower is better");
        if (sameScores)
            QVERIFY2(qAbs(scores.at(i).first - scores.at(i).second) < 1e-9,
                     qPrintable(QStringLiteral("bm25 %1, akrank %2").arg(scores.at(i).first).arg(scores.at(i).second)));
        for (qsizetype j = 0; j < scores.size(); ++j)
            QCOMPARE(scores.at(i).first < scores.at(j).first - 1e-12, scores.at(i).second < scores.at(j).second - 1e-12);
    }
}

void TstSearch::changesReachTheIndex()
{
    // A reference is found exactly: the case's documents carry it, and through az:.
    QCOMPARE(titlesFor(m_caseReference).size(), 8);
    QCOMPARE(titlesFor(QStringLiteral("\"Siehe Vorgang\" ") + m_caseReference), QStringList{QStringLiteral("Aktenvermerk")});
    QCOMPARE(titlesFor(QStringLiteral("az:") + m_caseReference).size(), 8);
    QCOMPARE(titlesFor(QStringLiteral("az:") + m_fileReference + QStringLiteral(" Garage")),
             (QStringList{QStringLiteral("Antragsformular"), QStringLiteral("Protokoll"), QStringLiteral("Widerspruch")}));
    QCOMPARE(titlesFor(QStringLiteral("az:99.99.99")), QStringList());

    // A new title, a deleted document: the index follows after the next update.
    const QUuid doc = addText(QStringLiteral("Notiz"), QStringLiteral("Rückruf bei Frau Özdemir"));
    QVERIFY(!doc.isNull());
    QCOMPARE(titlesFor(QStringLiteral("oezdemir")), QStringList()); // not indexed yet
    QVERIFY(Search::Indexer::update(*m_engine).has_value());
    QCOMPARE(titlesFor(QStringLiteral("oezdemir")), QStringList{QStringLiteral("Notiz")});
    QVERIFY(m_engine->apply(Commands::updateFields(doc, QStringLiteral("Telefonnotiz"))).has_value());
    QVERIFY(Search::Indexer::update(*m_engine).has_value());
    QCOMPARE(titlesFor(QStringLiteral("özdemir")), QStringList{QStringLiteral("Telefonnotiz")});
    QVERIFY(m_engine->apply(Commands::tombstone(doc, QStringLiteral("erledigt"))).has_value());
    QVERIFY(Search::Indexer::update(*m_engine).has_value());
    QCOMPARE(titlesFor(QStringLiteral("özdemir")), QStringList());
    QVERIFY(m_engine->verify()->ok());
}

void TstSearch::reindexRebuilds()
{
    {
        auto db = Database::open(m_engine->indexPath(), Database::Mode::ReadWrite);
        QVERIFY(db.has_value());
        QVERIFY(db->exec(QStringLiteral("DELETE FROM search_doc")).has_value());
    }
    QCOMPARE(titlesFor(QStringLiteral("Müller")), QStringList());
    auto n = Search::Indexer::reindex(*m_engine);
    QVERIFY2(n.has_value(), qPrintable(n ? QString() : n.error().toString()));
    QCOMPARE(*n, 9); // the eight documents, and the deleted note
    QCOMPARE(titlesFor(QStringLiteral("Müller")), QStringList{QStringLiteral("Schreiben Müller")});
}

QTEST_GUILESS_MAIN(TstSearch)
/** Issue 14: files and cases are hits of their own, by title, reference and metadata, with the filters they have. */
void TstSearch::filesAndCasesAreHits()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"),
        QStringLiteral("Abbruch Scheune Hofweg 3"), {}, std::nullopt, QStringLiteral("Bauakte"),
        { { QStringLiteral("gemarkung"), QStringLiteral("Lindenau") }, { QStringLiteral("flur"), QStringLiteral("3") },
            { QStringLiteral("flurstueck"), QStringLiteral("123/4") },
            { QStringLiteral("bauherr"), QStringLiteral("Schulze-Hartmann") } }));
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Abrissgenehmigung")));
    QVERIFY2(cs.has_value(), qPrintable(cs ? QString() : cs.error().toString()));
    QVERIFY(Search::Indexer::update(*m_engine).has_value());

    auto records = [this](const QString &query) {
        QStringList found;
        auto r = Search::SearchIndex::search(*m_engine, query, 50);
        if (!r)
            return QStringList { QStringLiteral("error: ") + r.error().toString() };
        for (const Search::Hit &h : r->records)
            found << (h.kind == Search::Hit::Kind::File ? QStringLiteral("file ") + h.fileReference
                                                        : QStringLiteral("case ") + h.caseReference);
        return found;
    };
    const QString fileHit = QStringLiteral("file ") + file->reference;
    const QString caseHit = QStringLiteral("case ") + cs->reference;
    // By title (any form of the word), by the beginning of a word, by title: alone.
    QCOMPARE(records(QStringLiteral("Scheunen")), QStringList { fileHit });
    QCOMPARE(records(QStringLiteral("abriss*")), QStringList { caseHit });
    QCOMPARE(records(QStringLiteral("titel:Hofweg")), QStringList { fileHit });
    // By reference: the file itself first, then its case (whose reference begins with it).
    QCOMPARE(records(file->reference), (QStringList { fileHit, caseHit }));
    QCOMPARE(records(cs->reference), QStringList { caseHit });
    // By metadata, with the passage that matched.
    auto r = Search::SearchIndex::search(*m_engine, QStringLiteral("Schulze"), 50);
    QVERIFY(r.has_value());
    QCOMPARE(r->records.size(), 1);
    QCOMPARE(r->records.first().kind, Search::Hit::Kind::File);
    QCOMPARE(r->records.first().fileId, file->id);
    QCOMPARE(r->records.first().type, QStringLiteral("Bauakte"));
    QCOMPARE(r->records.first().department, QStringLiteral("63"));
    QCOMPARE(r->records.first().planCode, QStringLiteral("63.01.02"));
    QCOMPARE(r->records.first().status, QStringLiteral("open"));
    QVERIFY2(r->records.first().snippet.contains(QLatin1String("[Schulze")), qPrintable(r->records.first().snippet));
    QVERIFY(r->hits.isEmpty()); // no document says Schulze
    // Filters that files and cases have apply; those that only documents have leave them out.
    QCOMPARE(records(QStringLiteral("Scheune fb:63")), QStringList { fileHit });
    QCOMPARE(records(QStringLiteral("Scheune fb:36")), QStringList {});
    QCOMPARE(records(QStringLiteral("Scheune status:offen")), QStringList { fileHit });
    QCOMPARE(records(QStringLiteral("Scheune status:geschlossen")), QStringList {});
    QCOMPARE(records(QStringLiteral("Scheune az:") + file->reference), QStringList { fileHit });
    QCOMPARE(records(QStringLiteral("Scheune typ:Bescheid")), QStringList {});
    QCOMPARE(records(QStringLiteral("Scheune -Hofweg")), QStringList {});
    // The documents' hits are as before: the first page of "Neubau" still has its documents and the file.
    r = Search::SearchIndex::search(*m_engine, QStringLiteral("Lindenweg"), 50);
    QVERIFY(r.has_value());
    QVERIFY(!r->hits.isEmpty());
    QCOMPARE(r->records.value(0).fileReference, m_fileReference);
    QCOMPARE(r->records.value(0).kind, Search::Hit::Kind::File);

    // A new title is found and the old one no longer; a deleted case is no hit; reindex keeps them.
    QVERIFY(
        m_engine->apply(Commands::updateFields(file->id, QStringLiteral("Abbruch Stallgebäude Hofweg 3"))).has_value());
    QVERIFY(m_engine->apply(Commands::tombstone(cs->id, QStringLiteral("falsch angelegt"))).has_value());
    QVERIFY(Search::Indexer::update(*m_engine).has_value());
    QCOMPARE(records(QStringLiteral("Scheune")), QStringList {});
    QCOMPARE(records(QStringLiteral("Stallgebäude")), QStringList { fileHit });
    QCOMPARE(records(QStringLiteral("Abrissgenehmigung")), QStringList {});
    QVERIFY(Search::Indexer::reindex(*m_engine).has_value());
    QCOMPARE(records(QStringLiteral("Stall*")), QStringList { fileHit });
    QCOMPARE(records(QStringLiteral("Abrissgenehmigung")), QStringList {});
    QVERIFY(m_engine->apply(Commands::undelete(cs->id, QStringLiteral("doch richtig"))).has_value());
    QVERIFY(Search::Indexer::update(*m_engine).has_value());
    QCOMPARE(records(QStringLiteral("Abrissgenehmigung")), QStringList { caseHit });
}

#include "tst_search.moc"
