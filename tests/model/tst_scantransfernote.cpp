// The TR-RESISCAN transfer note: canonical JSON, parsing back, and verification against the
// product as stored.

#include "model/scantransfernote.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using Aktenwerk::Model::ScanTransferNote;

class TstScanTransferNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalJsonIsStable();
    void roundTrip();
    void parseRejects_data();
    void parseRejects();
    void verifyMatches();
    void verifyReportsMismatches();

private:
    static ScanTransferNote note();
    static QByteArray product() { return QByteArrayLiteral("%PDF-1.7 three scanned pages"); }
    static QByteArray hashOf(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }
};

ScanTransferNote TstScanTransferNote::note()
{
    ScanTransferNote n;
    n.id = QUuid::fromString(QStringLiteral("6f1c2b4e-8d1a-4c55-9a36-0b7f5e2d9c11"));
    n.documentId = QUuid::fromString(QStringLiteral("0d9e8f7a-1b2c-4d3e-8f40-5a6b7c8d9e0f"));
    n.deviceName = QStringLiteral("test:0 (Noname frontend-tester)");
    n.source = QStringLiteral("adf");
    n.mode = QStringLiteral("gray");
    n.resolutionDpi = 300;
    n.scannedBy = QStringLiteral("mmueller");
    // A local time: the note stores it in UTC.
    n.capturedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 15, 0, 250), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    n.checkedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 20), Qt::UTC);
    n.filedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 21), Qt::UTC);
    n.pageCount = 3;
    n.qualityCheckText = QStringLiteral("Sichtprüfung: vollständig, lesbar");
    n.qualityCheckPassed = true;
    n.productSha256 = hashOf(product());
    return n;
}

void TstScanTransferNote::canonicalJsonIsStable()
{
    const QByteArray json = note().toCanonicalJson();
    QCOMPARE(note().toCanonicalJson(), json);
    QVERIFY(!json.contains('\n'));
    QVERIFY(!json.contains("\": ")); // no space after a key
    // Keys in sorted order, nested ones too; times in UTC with milliseconds.
    const qsizetype captured = json.indexOf("\"captured_at\""), checked = json.indexOf("\"checked_at\""),
                    device = json.indexOf("\"device\""), page = json.indexOf("\"page_count\""),
                    sha = json.indexOf("\"product_sha256\"");
    QVERIFY(captured >= 0 && captured < checked && checked < device && device < page && page < sha);
    QVERIFY(json.indexOf("\"mode\"") < json.indexOf("\"name\""));
    QVERIFY2(json.contains("\"captured_at\":\"2026-11-27T08:15:00.250Z\""), json.constData());
    // Parsing and writing again gives the same bytes.
    const auto again = ScanTransferNote::parse(json);
    QVERIFY(again.has_value());
    QCOMPARE(again->toCanonicalJson(), json);
}

void TstScanTransferNote::roundTrip()
{
    const ScanTransferNote n = note();
    const auto p = ScanTransferNote::parse(n.toCanonicalJson());
    QVERIFY2(p.has_value(), qPrintable(p ? QString() : p.error().toString()));
    QCOMPARE(p->id, n.id);
    QCOMPARE(p->documentId, n.documentId);
    QCOMPARE(p->deviceName, n.deviceName);
    QCOMPARE(p->source, n.source);
    QCOMPARE(p->mode, n.mode);
    QCOMPARE(p->resolutionDpi, 300);
    QCOMPARE(p->scannedBy, n.scannedBy);
    QCOMPARE(p->capturedAt, n.capturedAt);
    QCOMPARE(p->checkedAt, n.checkedAt);
    QCOMPARE(p->filedAt, n.filedAt);
    QCOMPARE(p->pageCount, 3);
    QCOMPARE(p->qualityCheckText, n.qualityCheckText);
    QCOMPARE(p->qualityCheckPassed, true);
    QCOMPARE(p->productSha256, n.productSha256);
}

void TstScanTransferNote::parseRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("words");
    QJsonObject good = QJsonDocument::fromJson(note().toCanonicalJson()).object();
    auto without = [&](const char *key) {
        QJsonObject o = good;
        o.remove(QLatin1String(key));
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(QLatin1String(key), v);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QTest::newRow("not json") << QByteArray("{\"format\":1,") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not valid JSON");
    QTest::newRow("future format") << with("format", 2) << QStringLiteral("format version");
    QTest::newRow("no hash") << without("product_sha256") << QStringLiteral("SHA-256");
    QTest::newRow("short hash") << with("product_sha256", QStringLiteral("abcd")) << QStringLiteral("SHA-256");
    QTest::newRow("no pages") << with("page_count", 0) << QStringLiteral("page count");
    QTest::newRow("no person") << without("scanned_by") << QStringLiteral("who scanned");
    QTest::newRow("bad time") << with("captured_at", QStringLiteral("yesterday")) << QStringLiteral("invalid time");
    QTest::newRow("no document") << without("document_id") << QStringLiteral("no document");
}

void TstScanTransferNote::parseRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, words);
    const auto p = ScanTransferNote::parse(json);
    QVERIFY(!p.has_value());
    QVERIFY2(p.error().toString().contains(words), qPrintable(p.error().toString()));
}

void TstScanTransferNote::verifyMatches()
{
    const ScanTransferNote n = note();
    QVERIFY(n.problems().isEmpty());
    QVERIFY(n.verify(hashOf(product()), 3).isEmpty());
    QVERIFY(n.verify(hashOf(product()).toUpper(), 3).isEmpty()); // hex case does not matter
}

void TstScanTransferNote::verifyReportsMismatches()
{
    const ScanTransferNote n = note();
    const QByteArray changed = hashOf(product() + ' ');
    const QStringList hash = n.verify(changed, 3);
    QCOMPARE(hash.size(), 1);
    QVERIFY(hash.first().contains(QString::fromLatin1(changed)));
    const QStringList pages = n.verify(hashOf(product()), 2);
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.first().contains(QLatin1String("2 page")), qPrintable(pages.first()));
    QCOMPARE(n.verify(changed, 4).size(), 2);
}

QTEST_APPLESS_MAIN(TstScanTransferNote)
#include "tst_scantransfernote.moc"
