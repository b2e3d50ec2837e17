// No English in the German window: every string of the German catalogue is translated, and where a
// translation equals its English source, that is a word German uses as it is — on this reviewed list.
#include "../testsupport.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TstGermanCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingIsLeftInEnglish();
};

namespace {

// Reviewed: the same in German (loan words, names, units, codes) or nothing but placeholders.
const QSet<QString> sameInGerman {
    QStringLiteral("Aktenwerk"),
    QStringLiteral("Version"),
    QStringLiteral("Version %1"),
    QStringLiteral("SHA-256"),
    QStringLiteral("SHA-256: %1"),
    QStringLiteral("Format"),
    QStringLiteral("Format:"),
    QStringLiteral("Status:"),
    QStringLiteral("Zoom"),
    QStringLiteral("Server"),
    QStringLiteral("Se&rver:"),
    QStringLiteral("Port"),
    QStringLiteral("P&ort:"),
    QStringLiteral("Scanner"),
    QStringLiteral("Scan"),
    QStringLiteral("Import"),
    QStringLiteral("Text"),
    QStringLiteral("Offline"),
    QStringLiteral("Online"),
    QStringLiteral("&Details"),
    QStringLiteral("&Details •"),
    QStringLiteral("Vorgangszeichen"),
    QStringLiteral("Aktenzeichen"),
    QStringLiteral("FB %1"),
    QStringLiteral("FB %1 – %2"),
    QStringLiteral("A4 (210 × 297 mm)"),
    QStringLiteral("A5 (148 × 210 mm)"),
    QStringLiteral("%1 dpi"),
    QStringLiteral("/ %1"),
    QStringLiteral("%1 · %2%3"),
    QStringLiteral("%1: „%2“"),
};

} // namespace

void TstGermanCatalogue::nothingIsLeftInEnglish()
{
    QFile f(Aktenwerk::Test::sourceDir() + QStringLiteral("/translations/aktenwerk_de.ts"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QXmlStreamReader xml(&f);
    QString context, source, translation;
    bool numerus = false;
    int messages = 0;
    QStringList english;
    QSet<QString> allowedSeen;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation") && !numerus)
                translation = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++messages;
            if (numerus || translation != source)
                continue;
            if (sameInGerman.contains(source))
                allowedSeen.insert(source);
            else
                english << context + QStringLiteral(": ") + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 1000, qPrintable(QString::number(messages)));
    QVERIFY2(english.isEmpty(),
        qPrintable(
            QStringLiteral("German translation equals the English source:\n") + english.join(QLatin1Char('\n'))));
    // The list stays short and true: an entry nobody needs any more goes.
    const QSet<QString> unused = sameInGerman - allowedSeen;
    QVERIFY2(unused.isEmpty(), qPrintable(QStringList(unused.cbegin(), unused.cend()).join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TstGermanCatalogue)
#include "tst_germancatalogue.moc"
