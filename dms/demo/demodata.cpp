#include "dms/demo/demodata.h"

#include "dms/demo/simplepdf.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/store/queries.h"

#include <QDate>
#include <QFile>

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

struct DemoDocument
{
    QString title;
    QString type;
    FieldValues metadata;
    QString heading;
    QStringList paragraphs;
    bool pdf = true;
    QString secondVersionNote; ///< non-empty: add a corrected second version
};

struct DemoCase
{
    QString title;
    QString type;
    FieldValues metadata;
    QList<DemoDocument> documents;
};

struct DemoFile
{
    QString plan;
    QString title;
    QString type;
    FieldValues metadata;
    QList<DemoCase> cases;
};

QList<DemoFile> demoFiles()
{
    const QString year = QString::number(QDate::currentDate().year());
    return {
        {QStringLiteral("63.01.02"),
         QStringLiteral("Neubau Einfamilienhaus mit Garage, Lindenweg 12"),
         QStringLiteral("Bauakte"),
         {{QStringLiteral("gemarkung"), QStringLiteral("Musterstadt")},
          {QStringLiteral("flur"), QStringLiteral("7")},
          {QStringLiteral("flurstueck"), QStringLiteral("112/3")},
          {QStringLiteral("bauherr"), QStringLiteral("Jana und Tobias Krüger")},
          {QStringLiteral("vorhaben"), QStringLiteral("Neubau eines Einfamilienhauses mit Doppelgarage")}},
         {{QStringLiteral("Bauantrag Neubau Einfamilienhaus"),
           QStringLiteral("Baugenehmigungsverfahren"),
           {{QStringLiteral("verfahrensart"), QStringLiteral("vereinfachtes Verfahren")},
            {QStringLiteral("eingangsdatum"), year + QStringLiteral("-03-02")}},
           {{QStringLiteral("Bauantrag"),
             QStringLiteral("Bauantrag"),
             {{QStringLiteral("eingangsdatum"), year + QStringLiteral("-03-02")},
              {QStringLiteral("bauherr"), QStringLiteral("Jana und Tobias Krüger")},
              {QStringLiteral("baukosten"), QStringLiteral("385000")}},
             QStringLiteral("Antrag auf Baugenehmigung"),
             {QStringLiteral("Bauherr: Jana und Tobias Krüger, Lindenweg 10, 12345 Musterstadt."),
              QStringLiteral("Baugrundstück: Gemarkung Musterstadt, Flur 7, Flurstück 112/3, Lindenweg 12."),
              QStringLiteral("Vorhaben: Neubau eines Einfamilienhauses mit Doppelgarage in Holzrahmenbauweise, zwei "
                             "Vollgeschosse, Satteldach 35 Grad. Die Außentreppe zum Garten wird aus Beton gefertigt."),
              QStringLiteral("Beantragt wird die Baugenehmigung im vereinfachten Genehmigungsverfahren. Die "
                             "Baukosten betragen voraussichtlich 385.000 Euro."),
              QStringLiteral("Anlagen: Lageplan, Bauzeichnungen, Baubeschreibung, Standsicherheitsnachweis, "
                             "Nachweis der Stellplätze.")},
             true,
             {}},
            {QStringLiteral("Lageplan"),
             {},
             {},
             QStringLiteral("Lageplan zum Bauantrag Lindenweg 12"),
             {QStringLiteral("Maßstab 1:500. Grenzabstände nach Landesbauordnung: Nord 3,00 m, Ost 3,50 m."),
              QStringLiteral("Die Zufahrt zur Garage erfolgt über den Lindenweg.")},
             true,
             QStringLiteral("korrigierte Fassung: Grenzabstand Ost auf 3,60 m berichtigt")},
            {QStringLiteral("Eingangsbestätigung"),
             {},
             {},
             QStringLiteral("Eingangsbestätigung"),
             {QStringLiteral("Sehr geehrte Frau Krüger, sehr geehrter Herr Krüger,"),
              QStringLiteral("Ihr Bauantrag ist am 2. März bei der Bauaufsicht eingegangen. Wir prüfen die "
                             "Vollständigkeit der Unterlagen und melden uns innerhalb von drei Wochen."),
              QStringLiteral("Mit freundlichen Grüßen\nIm Auftrag\nMüller")},
             false,
             {}}}},
          {QStringLiteral("Nachforderung Standsicherheitsnachweis"),
           {},
           {},
           {{QStringLiteral("Schreiben Nachforderung"),
             {},
             {},
             QStringLiteral("Nachforderung von Unterlagen"),
             {QStringLiteral("Zur Prüfung Ihres Bauantrags fehlt noch der Standsicherheitsnachweis für die "
                             "Außentreppe. Bitte reichen Sie ihn bis zum Ende des Monats nach."),
              QStringLiteral("Mit freundlichen Grüßen\nIm Auftrag\nMüller")},
             true,
             {}}}}}},
        {QStringLiteral("63.03.02"),
         QStringLiteral("Bußgeldverfahren Gartenhaus ohne Genehmigung, Am Mühlbach 3"),
         {},
         {},
         {{QStringLiteral("Anhörung"),
           {},
           {},
           {{QStringLiteral("Anhörungsschreiben"),
             {},
             {},
             QStringLiteral("Anhörung im Bußgeldverfahren"),
             {QStringLiteral("Ihnen wird vorgeworfen, auf dem Grundstück Am Mühlbach 3 ein Gartenhaus mit mehr als "
                             "30 Kubikmetern umbautem Raum ohne Baugenehmigung errichtet zu haben."),
              QStringLiteral("Sie haben Gelegenheit, sich innerhalb von zwei Wochen zu äußern.")},
             true,
             {}}}}}},
        {QStringLiteral("36.01.01"),
         QStringLiteral("Biogasanlage Hofgut Sonnenberg"),
         QStringLiteral("Anlagenakte"),
         {{QStringLiteral("anlage"), QStringLiteral("Biogasanlage mit Blockheizkraftwerk, 1,2 MW")},
          {QStringLiteral("betreiber"), QStringLiteral("Hofgut Sonnenberg GmbH & Co. KG")},
          {QStringLiteral("anlagennummer"), QStringLiteral("8.6.3.2")},
          {QStringLiteral("genehmigungsverfahren"), QStringLiteral("vereinfacht (§ 19 BImSchG)")}},
         {{QStringLiteral("Wiederkehrende Emissionsmessung ") + year,
           {},
           {},
           {{QStringLiteral("Messbericht Formaldehyd und Stickoxide"),
             QStringLiteral("Messbericht"),
             {{QStringLiteral("anlage"), QStringLiteral("Blockheizkraftwerk 1")},
              {QStringLiteral("messdatum"), year + QStringLiteral("-04-15")},
              {QStringLiteral("messstelle"), QStringLiteral("Messinstitut Nord (bekannt gegebene Stelle nach § 29b BImSchG)")}},
             QStringLiteral("Messbericht Emissionen BHKW 1"),
             {QStringLiteral("Gemessen wurden Formaldehyd, Stickstoffoxide und Kohlenmonoxid im Abgas des "
                             "Blockheizkraftwerks 1 bei Volllast."),
              QStringLiteral("Alle Grenzwerte der Genehmigung wurden eingehalten.")},
             true,
             {}}}}}},
        {QStringLiteral("36.01.03"),
         QStringLiteral("Lärmbeschwerde Gaststätte Marktplatz 4"),
         {},
         {},
         {{QStringLiteral("Beschwerde über Musik im Außenbereich"),
           {},
           {},
           {{QStringLiteral("Beschwerde Anwohnerin"),
             {},
             {},
             QStringLiteral("Beschwerde"),
             {QStringLiteral("Seit Mai wird im Außenbereich der Gaststätte bis nach Mitternacht laute Musik gespielt. "
                             "Ich bitte um Prüfung der Einhaltung der Nachtruhe.")},
             false,
             {}}}}}},
        {QStringLiteral("11.01.02"),
         QStringLiteral("Personalakte Schneider, Jana"),
         QStringLiteral("Personalakte"),
         {{QStringLiteral("personalnummer"), QStringLiteral("104233")},
          {QStringLiteral("name"), QStringLiteral("Schneider, Jana")},
          {QStringLiteral("eintrittsdatum"), QStringLiteral("2019-08-01")},
          {QStringLiteral("beschaeftigungsart"), QStringLiteral("Tarifbeschäftigte/r")}},
         {{QStringLiteral("Arbeitsvertrag und Änderungen"),
           {},
           {},
           {{QStringLiteral("Arbeitsvertrag"),
             QStringLiteral("Personalunterlage"),
             {{QStringLiteral("personalnummer"), QStringLiteral("104233")},
              {QStringLiteral("unterlagenart"), QStringLiteral("Arbeitsvertrag")},
              {QStringLiteral("datum"), QStringLiteral("2019-07-15")}},
             QStringLiteral("Arbeitsvertrag (Beispiel)"),
             {QStringLiteral("Zwischen der Stadt Musterstadt und Frau Jana Schneider wird folgender Arbeitsvertrag "
                             "geschlossen: Frau Schneider wird ab dem 1. August 2019 als Sachbearbeiterin im "
                             "Fachbereich 63 unbefristet eingestellt."),
              QStringLiteral("Dieses Dokument ist ein erfundenes Beispiel.")},
             true,
             {}}}}}},
    };
}

QByteArray renderDocument(const DemoDocument &d, const QString &author, bool corrected)
{
    if (!d.pdf) {
        QString text = d.heading + QStringLiteral("\n\n") + d.paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
        return text.toUtf8();
    }
    SimplePdf pdf;
    pdf.setTitle(d.title);
    pdf.setAuthor(author);
    pdf.addHeading(d.heading);
    for (const QString &p : d.paragraphs)
        pdf.addParagraph(p);
    if (corrected)
        pdf.addParagraph(QStringLiteral("Hinweis: ") + d.secondVersionNote + QLatin1Char('.'));
    return pdf.toPdf();
}

} // namespace

Result<DemoReport> DemoData::create(Engine &engine)
{
    {
        auto db = engine.openReader();
        if (!db)
            return std::unexpected(db.error());
        auto counts = Queries::counts(*db);
        if (!counts)
            return std::unexpected(counts.error());
        if (counts->files > 0 || counts->planUnits > 0)
            return fail(ErrorCode::AlreadyExists,
                        tr("The data folder already holds a file plan or files; demo data is only added to an empty "
                           "folder."));
    }

    QFile planFile(QStringLiteral(":/aktenwerk/plan/aktenplan-beispiel.json"));
    if (!planFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, tr("The example file plan is missing."));
    auto plan = PlanReader::parse(planFile.readAll(), planFile.fileName());
    if (!plan)
        return std::unexpected(plan.error());
    PlanImportReport planReport;
    auto planCommands = PlanImporter::commandsFor(engine, *plan, &planReport);
    if (!planCommands)
        return std::unexpected(planCommands.error());
    if (auto r = engine.applyBatch(*planCommands); !r)
        return std::unexpected(r.error());

    DemoReport report;
    report.planUnits = planReport.created;
    const QString author = engine.user().displayName;
    for (const DemoFile &f : demoFiles()) {
        auto file = engine.apply(Commands::createFile(f.plan, f.title, {}, std::nullopt, f.type, f.metadata));
        if (!file)
            return std::unexpected(file.error());
        ++report.files;
        for (const DemoCase &c : f.cases) {
            auto cs = engine.apply(Commands::createCase(file->id, c.title, c.type, c.metadata));
            if (!cs)
                return std::unexpected(cs.error());
            ++report.cases;
            for (const DemoDocument &d : c.documents) {
                const QByteArray bytes = renderDocument(d, author, false);
                auto content = engine.content().putData(bytes);
                if (!content)
                    return std::unexpected(content.error());
                const QString mime = d.pdf ? QStringLiteral("application/pdf") : QStringLiteral("text/plain");
                const QString fileName = d.title + (d.pdf ? QStringLiteral(".pdf") : QStringLiteral(".txt"));
                auto doc = engine.apply(Commands::createDocument(cs->id, d.title, *content, mime, fileName,
                                                                 VersionOrigin::Import, d.type, d.metadata));
                if (!doc)
                    return std::unexpected(doc.error());
                ++report.documents;
                ++report.versions;
                if (!d.secondVersionNote.isEmpty()) {
                    auto v2 = engine.content().putData(renderDocument(d, author, true));
                    if (!v2)
                        return std::unexpected(v2.error());
                    auto added = engine.apply(
                        Commands::addVersion(doc->id, *v2, mime, fileName, VersionOrigin::Edit, d.secondVersionNote));
                    if (!added)
                        return std::unexpected(added.error());
                    ++report.versions;
                }
            }
        }
    }
    return report;
}

} // namespace Aktenwerk::Dms
