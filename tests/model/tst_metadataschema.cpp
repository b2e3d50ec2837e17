#include "model/metadataschema.h"

#include "../testsupport.h"

#include <QTest>

using namespace Aktenwerk::Model;

class TstMetadataSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shippedSchemas();
    void fieldValues_data();
    void fieldValues();
    void wholeRecord();
    void unknownFieldsAreRejected();
    void labelsWorkAsKeys();
    void brokenSchemaLists_data();
    void brokenSchemaLists();

private:
    SchemaRegistry m_registry;
};

void TstMetadataSchema::initTestCase()
{
    const QByteArray json = Aktenwerk::Test::readFile(Aktenwerk::Test::sourceDir()
                                                      + QStringLiteral("/resources/schemas/metadata-schemas.json"));
    QVERIFY2(!json.isEmpty(), "resources/schemas/metadata-schemas.json is missing");
    auto list = MetadataSchema::listFromJson(json);
    QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().toString()));
    m_registry = SchemaRegistry(*list);
}

void TstMetadataSchema::shippedSchemas()
{
    // The real examples the foundation promises: FB 11 Personalnummer, FB 36 Anlage and Betreiber,
    // FB 63 Gemarkung, Flur, Flurstück and Bauherr.
    const MetadataSchema *bau = m_registry.find(u"63", EntityKind::File, u"Bauakte");
    QVERIFY(bau);
    for (const char *key : {"gemarkung", "flur", "flurstueck", "bauherr"}) {
        QVERIFY2(bau->field(QString::fromLatin1(key)), key);
        QVERIFY(bau->field(QString::fromLatin1(key))->required);
    }
    QCOMPARE(bau->field(u"Flurstück")->key, QStringLiteral("flurstueck"));
    const MetadataSchema *personal = m_registry.find(u"11", EntityKind::File, u"personalakte");
    QVERIFY(personal);
    QVERIFY(personal->field(u"personalnummer"));
    const MetadataSchema *anlage = m_registry.find(u"36", EntityKind::File, u"Anlagenakte");
    QVERIFY(anlage);
    QVERIFY(anlage->field(u"anlage") && anlage->field(u"betreiber"));
    QVERIFY(!m_registry.find(u"36", EntityKind::File, u"Bauakte")); // types belong to their department
    QVERIFY(m_registry.forDepartment(u"63", EntityKind::Document).size() >= 1);
}

void TstMetadataSchema::fieldValues_data()
{
    QTest::addColumn<QString>("dept");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    const int file = static_cast<int>(EntityKind::File);
    const int doc = static_cast<int>(EntityKind::Document);

    QTest::newRow("Flurstück number") << "63" << file << "Bauakte" << "flurstueck" << "112" << true << "112";
    QTest::newRow("Flurstück fraction") << "63" << file << "Bauakte" << "flurstueck" << "112/3" << true << "112/3";
    QTest::newRow("Flurstück trimmed") << "63" << file << "Bauakte" << "flurstueck" << " 7/12 " << true << "7/12";
    QTest::newRow("Flurstück letters") << "63" << file << "Bauakte" << "flurstueck" << "12a" << false << "";
    QTest::newRow("Flurstück two slashes") << "63" << file << "Bauakte" << "flurstueck" << "1/2/3" << false << "";
    QTest::newRow("Flurstück required") << "63" << file << "Bauakte" << "flurstueck" << "" << false << "";
    QTest::newRow("Flur integer") << "63" << file << "Bauakte" << "flur" << "7" << true << "7";
    QTest::newRow("Flur zero") << "63" << file << "Bauakte" << "flur" << "0" << false << "";
    QTest::newRow("Flur fraction") << "63" << file << "Bauakte" << "flur" << "7,5" << false << "";
    QTest::newRow("Flur too big") << "63" << file << "Bauakte" << "flur" << "1000" << false << "";
    QTest::newRow("Flur text") << "63" << file << "Bauakte" << "flur" << "sieben" << false << "";
    QTest::newRow("Baukosten German") << "63" << doc << "Bauantrag" << "baukosten" << "385.000,50" << true << "385000.5";
    QTest::newRow("Baukosten plain") << "63" << doc << "Bauantrag" << "baukosten" << "1200" << true << "1200";
    QTest::newRow("Baukosten negative") << "63" << doc << "Bauantrag" << "baukosten" << "-1" << false << "";
    QTest::newRow("Baukosten optional") << "63" << doc << "Bauantrag" << "baukosten" << "" << true << "";
    QTest::newRow("date German") << "63" << doc << "Bauantrag" << "eingangsdatum" << "2.3.2026" << true << "2026-03-02";
    QTest::newRow("date ISO") << "63" << doc << "Bauantrag" << "eingangsdatum" << "2026-03-02" << true << "2026-03-02";
    QTest::newRow("date impossible") << "63" << doc << "Bauantrag" << "eingangsdatum" << "31.02.2026" << false << "";
    QTest::newRow("date words") << "63" << doc << "Bauantrag" << "eingangsdatum" << "gestern" << false << "";
    QTest::newRow("Personalnummer") << "11" << file << "Personalakte" << "personalnummer" << "104233" << true << "104233";
    QTest::newRow("Personalnummer short") << "11" << file << "Personalakte" << "personalnummer" << "10423" << false << "";
    QTest::newRow("Personalnummer letters") << "11" << file << "Personalakte" << "personalnummer" << "10423X" << false << "";
    QTest::newRow("enum exact") << "11" << file << "Personalakte" << "beschaeftigungsart" << "Beamtin/Beamter" << true
                                << "Beamtin/Beamter";
    QTest::newRow("enum case-insensitive") << "11" << file << "Personalakte" << "beschaeftigungsart"
                                           << "beamtin/beamter" << true << "Beamtin/Beamter";
    QTest::newRow("enum unknown") << "11" << file << "Personalakte" << "beschaeftigungsart" << "Freelancer" << false << "";
    QTest::newRow("Anlagennummer") << "36" << file << "Anlagenakte" << "anlagennummer" << "8.6.3.2" << true << "8.6.3.2";
    QTest::newRow("Anlagennummer wrong") << "36" << file << "Anlagenakte" << "anlagennummer" << "Biogas" << false << "";
    QTest::newRow("Betreiber required") << "36" << file << "Anlagenakte" << "betreiber" << "   " << false << "";
}

void TstMetadataSchema::fieldValues()
{
    QFETCH(QString, dept);
    QFETCH(int, kind);
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    const MetadataSchema *schema = m_registry.find(dept, static_cast<EntityKind>(kind), type);
    QVERIFY(schema);
    const FieldDef *def = schema->field(field);
    QVERIFY(def);
    const auto r = MetadataSchema::normalizeValue(*def, value);
    QCOMPARE(r.has_value(), valid);
    if (valid)
        QCOMPARE(*r, normalized);
    else
        QVERIFY2(r.error().contains(def->label()), qPrintable(r.error())); // the message names the field
}

void TstMetadataSchema::wholeRecord()
{
    const MetadataSchema *bau = m_registry.find(u"63", EntityKind::File, u"Bauakte");
    QVERIFY(bau);
    FieldValues v{{QStringLiteral("gemarkung"), QStringLiteral("Musterstadt")},
                  {QStringLiteral("flur"), QStringLiteral("7")},
                  {QStringLiteral("flurstueck"), QStringLiteral("112/3")},
                  {QStringLiteral("bauherr"), QStringLiteral("Jana Krüger")}};
    const auto ok = bau->validate(v);
    QVERIFY(ok.has_value());
    QCOMPARE(ok->value(QStringLiteral("flurstueck")), QStringLiteral("112/3"));
    QVERIFY(!ok->contains(QStringLiteral("vorhaben"))); // empty optional fields are not stored

    v.remove(QStringLiteral("bauherr"));
    v.insert(QStringLiteral("flur"), QStringLiteral("x"));
    const auto bad = bau->validate(v);
    QVERIFY(!bad.has_value());
    QStringList keys;
    for (const FieldIssue &i : bad.error())
        keys << i.key;
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("bauherr"), QStringLiteral("flur")}));
}

void TstMetadataSchema::unknownFieldsAreRejected()
{
    const MetadataSchema *bau = m_registry.find(u"63", EntityKind::File, u"Bauakte");
    QVERIFY(bau);
    FieldValues v{{QStringLiteral("gemarkung"), QStringLiteral("Musterstadt")},
                  {QStringLiteral("flur"), QStringLiteral("7")},
                  {QStringLiteral("flurstueck"), QStringLiteral("112")},
                  {QStringLiteral("bauherr"), QStringLiteral("Krüger")},
                  {QStringLiteral("personalnummer"), QStringLiteral("104233")}};
    const auto r = bau->validate(v);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().size(), 1);
    QCOMPARE(r.error().first().key, QStringLiteral("personalnummer"));
}

void TstMetadataSchema::labelsWorkAsKeys()
{
    const MetadataSchema *bau = m_registry.find(u"63", EntityKind::File, u"Bauakte");
    QVERIFY(bau);
    QVERIFY(bau->field(u"Flurstück"));
    QVERIFY(bau->field(u"flurstück")); // labels match case-insensitively
    QVERIFY(bau->field(u"Parcel"));
    QVERIFY(!bau->field(u"Flurstueck-Nr"));
}

void TstMetadataSchema::brokenSchemaLists_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{schemas: [");
    QTest::newRow("unknown kind") << QByteArray(R"({"schemas":[{"department":"63","kind":"folder","type":"X","fields":[]}]})");
    QTest::newRow("no department") << QByteArray(R"({"schemas":[{"kind":"file","type":"X","fields":[]}]})");
    QTest::newRow("bad key") << QByteArray(
        R"({"schemas":[{"department":"63","kind":"file","type":"X","fields":[{"key":"Flur Stück"}]}]})");
    QTest::newRow("title as key") << QByteArray(
        R"({"schemas":[{"department":"63","kind":"file","type":"X","fields":[{"key":"title"}]}]})");
    QTest::newRow("duplicate key") << QByteArray(
        R"({"schemas":[{"department":"63","kind":"file","type":"X","fields":[{"key":"a"},{"key":"a"}]}]})");
    QTest::newRow("unknown type") << QByteArray(
        R"({"schemas":[{"department":"63","kind":"file","type":"X","fields":[{"key":"a","type":"money"}]}]})");
    QTest::newRow("bad pattern") << QByteArray(
        R"({"schemas":[{"department":"63","kind":"file","type":"X","fields":[{"key":"a","pattern":"[0-9"}]}]})");
    QTest::newRow("enum without options") << QByteArray(
        R"({"schemas":[{"department":"63","kind":"file","type":"X","fields":[{"key":"a","type":"enum"}]}]})");
    QTest::newRow("schema twice") << QByteArray(
        R"({"schemas":[{"department":"63","kind":"file","type":"X","fields":[]},{"department":"63","kind":"file","type":"X","fields":[]}]})");
}

void TstMetadataSchema::brokenSchemaLists()
{
    QFETCH(QByteArray, json);
    const auto r = MetadataSchema::listFromJson(json);
    QVERIFY(!r.has_value());
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(TstMetadataSchema)
#include "tst_metadataschema.moc"
