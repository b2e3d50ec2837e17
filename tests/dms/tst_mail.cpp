#include "dms/capture/extractor.h"
#include "dms/demo/simplepdf.h"

#include "../testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;

/**
 * E-mail and images through the real extraction worker (aktenwerk-extract): every message
 * below is written to a file and read by the worker process, as an import does. The messages
 * are made up here, each for one thing a real mail program sends (or a hostile one).
 */
class TstMail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsMail_data();
    void readsMail();
    void attachmentsAreHandedBack();
    void oversizedAttachmentIsLeftOutWithAReason();
    void damagedMailsNeverCrashTheWorker();
    void imagesGivePagesAndThumbnail_data();
    void imagesGivePagesAndThumbnail();
    void brokenImageHasAReason();

private:
    QString write(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
    int m_count = 0;
};

namespace {

QByteArray crlf(const QByteArray &lf)
{
    QByteArray s = lf;
    return s.replace("\n", "\r\n");
}

QByteArray pdfBytes(const QString &text)
{
    SimplePdf pdf;
    pdf.addParagraph(text);
    return pdf.toPdf();
}

QByteArray wrap76(const QByteArray &b)
{
    QByteArray out;
    for (qsizetype i = 0; i < b.size(); i += 76)
        out += b.mid(i, 76) + "\r\n";
    return out;
}

QByteArray nestedMixed(int depth)
{
    QByteArray body = "Content-Type: text/plain\n\nTief unten: Schatzkarte\n";
    for (int i = depth; i > 0; --i) {
        const QByteArray b = "b" + QByteArray::number(i);
        body = "Content-Type: multipart/mixed; boundary=\"" + b + "\"\n\n--" + b + "\n" + body + "\n--" + b + "--\n";
    }
    return crlf("From: bomb@example.org\nSubject: Matroschka\n" + body);
}

} // namespace

void TstMail::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "no temporary folder");
    QVERIFY2(!Extractor::workerPath().isEmpty(), "aktenwerk-extract not found (AKTENWERK_EXTRACT)");
}

QString TstMail::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(QString::number(++m_count) + QLatin1Char('-') + name);
    if (!Test::writeFile(path, data))
        return {};
    return path;
}

void TstMail::readsMail_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("bodyHas");
    QTest::addColumn<QStringList>("bodyHasNot");
    QTest::addColumn<QStringList>("attachments"); // file names
    QTest::addColumn<QString>("note");            // a word of the note, or empty: no note

    QTest::newRow("plain") << crlf("From: Erika Mustermann <erika@example.org>\n"
                                   "To: Bauamt <bauamt@stadt.example>, \"Amt, Umwelt\" <umwelt@stadt.example>\n"
                                   "Cc: kopie@example.org\n"
                                   "Subject: Bauantrag Gartenhaus\n"
                                   "Date: Thu, 26 Nov 2026 09:15:00 +0100\n"
                                   "Message-ID: <1@example.org>\n"
                                   "\n"
                                   "Sehr geehrte Damen und Herren,\n"
                                   "anbei mein Antrag fuer das Gartenhaus.\n")
                           << QStringLiteral("Erika Mustermann <erika@example.org>")
                           << QStringLiteral("Bauantrag Gartenhaus") << QStringLiteral("2026-11-26T08:15:00Z")
                           << QStringList{QStringLiteral("anbei mein Antrag")} << QStringList{} << QStringList{}
                           << QString();

    QTest::newRow("quoted-printable latin-1")
        << crlf("From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <jm@example.org>\n"
                "Subject: Gruss\n"
                "Date: 3 Feb 2026 14:00:00 GMT\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=ISO-8859-1\n"
                "Content-Transfer-Encoding: quoted-printable\n"
                "\n"
                "Freundliche Gr=FC=DFe aus M=FCnchen, die Stra=DFe ist sehr lang und diese Zeile =\n"
                "geht hier weiter.\n")
        << QStringLiteral("Jürgen Müller <jm@example.org>") << QStringLiteral("Gruss")
        << QStringLiteral("2026-02-03T14:00:00Z")
        << QStringList{QStringLiteral("Grüße aus München"), QStringLiteral("Straße"), QStringLiteral("Zeile geht hier")}
        << QStringList{QStringLiteral("=FC")} << QStringList{} << QString();

    QTest::newRow("rfc 2047 subject")
        << crlf("From: amt@example.org\n"
                "Subject: =?UTF-8?B?" + QStringLiteral("Änderung Flurstück").toUtf8().toBase64()
                + "?=\n =?UTF-8?Q?_in_der_Stra=C3?= =?UTF-8?Q?=9Fe?= und =?iso-8859-1?q?B=FCro?=\n"
                  "\n"
                  "Text\n")
        << QStringLiteral("amt@example.org") << QStringLiteral("Änderung Flurstück in der Straße und Büro") << QString()
        << QStringList{QStringLiteral("Text")} << QStringList{} << QStringList{} << QString();

    QTest::newRow("alternative prefers plain")
        << crlf("From: a@example.org\nSubject: Alternativ\nMIME-Version: 1.0\n"
                "Content-Type: multipart/alternative; boundary=\"alt\"\n\n"
                "Dies ist eine mehrteilige Nachricht.\n"
                "--alt\nContent-Type: text/plain; charset=utf-8\n\nSchlichter Text Wasserzaehler\n"
                "--alt\nContent-Type: text/html; charset=utf-8\n\n<p>Nur im <b>HTML</b> Lichtsignal</p>\n"
                "--alt--\n")
        << QStringLiteral("a@example.org") << QStringLiteral("Alternativ") << QString()
        << QStringList{QStringLiteral("Schlichter Text Wasserzaehler")}
        << QStringList{QStringLiteral("Lichtsignal"), QStringLiteral("mehrteilige")} << QStringList{} << QString();

    QTest::newRow("html only")
        << crlf("From: b@example.org\nSubject: HTML\nMIME-Version: 1.0\n"
                "Content-Type: text/html; charset=\"utf-8\"\n\n"
                "<html><head><title>Kopf</title><style>p { color: red }</style></head>"
                "<body><script>alert('boese')</script><p>Das B&uuml;rgeramt &amp; das Stra&szlig;enamt</p>"
                "<p>Geb&#252;hr: 10&nbsp;&euro;, Zeichen &#x41;&lt;B</p><!-- versteckt --></body></html>\n")
        << QStringLiteral("b@example.org") << QStringLiteral("HTML") << QString()
        << QStringList{QStringLiteral("Das Bürgeramt & das Straßenamt"), QStringLiteral("Gebühr: 10 €"),
                       QStringLiteral("A<B")}
        << QStringList{QStringLiteral("alert"), QStringLiteral("color"), QStringLiteral("versteckt"),
                       QStringLiteral("<p>"), QStringLiteral("Kopf")}
        << QStringList{} << QString();

    const QByteArray pdf = wrap76(pdfBytes(QStringLiteral("Rechnung Schornsteinfeger")).toBase64());
    QTest::newRow("nested mixed with pdf and forwarded mail")
        << crlf("From: c@example.org\nSubject: Unterlagen\nMIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=\"outer\"\n\n"
                "--outer\nContent-Type: multipart/alternative; boundary=\"inner\"\n\n"
                "--inner\nContent-Type: text/plain; charset=utf-8\n\nAnbei die Rechnung und die weitergeleitete Mail.\n"
                "--inner\nContent-Type: text/html\n\n<p>Anbei (HTML)</p>\n"
                "--inner--\n"
                "--outer\nContent-Type: application/pdf; name=\"rechnung.pdf\"\n"
                "Content-Disposition: attachment; filename=\"rechnung.pdf\"\n"
                "Content-Transfer-Encoding: base64\n\n")
               + pdf
               + crlf("--outer\nContent-Type: message/rfc822\n\n"
                      "From: d@example.org\nSubject: Weitergeleitet: Termin\n\nInnerer Text Bratkartoffel\n"
                      "--outer--\n")
        << QStringLiteral("c@example.org") << QStringLiteral("Unterlagen") << QString()
        << QStringList{QStringLiteral("Anbei die Rechnung")}
        << QStringList{QStringLiteral("Bratkartoffel"), QStringLiteral("(HTML)"), QStringLiteral("JVBERi")}
        << QStringList{QStringLiteral("rechnung.pdf"), QStringLiteral("Weitergeleitet: Termin.eml")} << QString();

    QTest::newRow("rfc 2231 file names")
        << crlf("From: e@example.org\nSubject: Namen\nMIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=xyz\n\n"
                "--xyz\nContent-Type: text/plain\n\nZwei Anhaenge.\n"
                "--xyz\nContent-Type: text/plain; charset=utf-8\n"
                "Content-Disposition: attachment; filename*=UTF-8''Stellungnahme%20M%C3%BCller.txt\n\nInhalt eins\n"
                "--xyz\nContent-Type: application/octet-stream;\n name*0*=iso-8859-1''Gr%FC; name*1=\"n fl\";\n"
                " name*2=\"aeche.bin\"\n\nzwei\n"
                "--xyz--\n")
        << QStringLiteral("e@example.org") << QStringLiteral("Namen") << QString()
        << QStringList{QStringLiteral("Zwei Anhaenge.")} << QStringList{QStringLiteral("Inhalt eins")}
        << QStringList{QStringLiteral("Stellungnahme Müller.txt"), QStringLiteral("Grün flaeche.bin")} << QString();

    QTest::newRow("broken base64 part")
        << crlf("From: f@example.org\nSubject: Kaputt\nMIME-Version: 1.0\n"
                "Content-Type: multipart/mixed; boundary=k\n\n"
                "--k\nContent-Type: text/plain\n\nDer Anhang ist beschaedigt.\n"
                "--k\nContent-Type: application/octet-stream; name=daten.bin\n"
                "Content-Transfer-Encoding: base64\n\nSGFsbG8g!!##V2VsdA=\n=xx\n"
                "--k--\n")
        << QStringLiteral("f@example.org") << QStringLiteral("Kaputt") << QString()
        << QStringList{QStringLiteral("beschaedigt")} << QStringList{} << QStringList{QStringLiteral("daten.bin")}
        << QStringLiteral("damaged");

    QTest::newRow("no headers") << QByteArray("Nur ein Zettel ohne Kopf, Telefonnotiz Hausmeister.\n") << QString()
                                << QString() << QString() << QStringList{QStringLiteral("Telefonnotiz Hausmeister")}
                                << QStringList{} << QStringList{} << QStringLiteral("no header");

    QTest::newRow("nesting bomb 30 levels") << nestedMixed(30) << QStringLiteral("bomb@example.org")
                                            << QStringLiteral("Matroschka") << QString() << QStringList{}
                                            << QStringList{QStringLiteral("Schatzkarte")} << QStringList{}
                                            << QStringLiteral("deeper than 10");

    QTest::newRow("nesting within limit") << nestedMixed(8) << QStringLiteral("bomb@example.org")
                                          << QStringLiteral("Matroschka") << QString()
                                          << QStringList{QStringLiteral("Schatzkarte")} << QStringList{}
                                          << QStringList{} << QString();

    QTest::newRow("huge header") << crlf("From: g@example.org\nX-Spam: " + QByteArray(3 << 20, 'x')
                                         + "\nSubject: Riesig\n\nDer Text kommt trotzdem an.\n")
                                 << QStringLiteral("g@example.org") << QString() << QString()
                                 << QStringList{QStringLiteral("trotzdem an")} << QStringList{QStringLiteral("xxxx")}
                                 << QStringList{} << QStringLiteral("header is too large");
}

void TstMail::readsMail()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, from);
    QFETCH(QString, subject);
    QFETCH(QString, date);
    QFETCH(QStringList, bodyHas);
    QFETCH(QStringList, bodyHasNot);
    QFETCH(QStringList, attachments);
    QFETCH(QString, note);

    const QString path = write(QStringLiteral("mail.eml"), raw);
    QVERIFY(!path.isEmpty());
    auto e = Extractor::extract(path, QStringLiteral("message/rfc822"), Extractor::Limits{});
    QVERIFY2(e.has_value(), e ? "" : qPrintable(e.error().toString()));
    QVERIFY2(e->status == Extraction::Status::Ok, qPrintable(e->reason));
    QCOMPARE(e->kind, QStringLiteral("mail"));
    QCOMPARE(e->mailFrom, from);
    QCOMPARE(e->subject, subject);
    QCOMPARE(e->mailDate, date);
    for (const QString &s : std::as_const(bodyHas))
        QVERIFY2(e->text.contains(s), qPrintable(QStringLiteral("body lacks \"%1\": %2").arg(s, e->text.left(300))));
    for (const QString &s : std::as_const(bodyHasNot))
        QVERIFY2(!e->text.contains(s), qPrintable(QStringLiteral("body has \"%1\": %2").arg(s, e->text.left(300))));
    QStringList names;
    for (const MailAttachment &a : std::as_const(e->attachments))
        names << a.fileName;
    QCOMPARE(names, attachments);
    const QString notes = e->notes.join(QLatin1Char(' '));
    if (note.isEmpty())
        QVERIFY2(notes.isEmpty(), qPrintable(notes));
    else
        QVERIFY2(notes.contains(note), qPrintable(notes));
    if (QByteArray(QTest::currentDataTag()) == "plain") {
        QCOMPARE(e->mailTo, (QStringList{QStringLiteral("Bauamt <bauamt@stadt.example>"),
                                         QStringLiteral("\"Amt, Umwelt\" <umwelt@stadt.example>")}));
        QCOMPARE(e->mailCc, QStringList{QStringLiteral("kopie@example.org")});
        QCOMPARE(e->mailMessageId, QStringLiteral("<1@example.org>"));
    }
}

void TstMail::attachmentsAreHandedBack()
{
    // The bytes come back as they were sent, with the type the sender declared; a forwarded
    // message comes back whole, to be imported (and read) as a mail of its own.
    const QByteArray pdf = pdfBytes(QStringLiteral("Anlage Gutachten"));
    const QByteArray raw = crlf("From: h@example.org\nSubject: Anlage\nMIME-Version: 1.0\n"
                                "Content-Type: multipart/mixed; boundary=\"m\"\n\n"
                                "--m\nContent-Type: text/plain\n\nSiehe Anlage.\n"
                                "--m\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=gutachten.pdf\n"
                                "Content-Transfer-Encoding: base64\n\n")
                           + wrap76(pdf.toBase64())
                           + crlf("--m\nContent-Type: message/rfc822; name=\"alt.eml\"\n\n"
                                  "From: i@example.org\nSubject: Alt\n\nAlter Text\n"
                                  "--m--\n");
    auto e = Extractor::extract(write(QStringLiteral("anlage.eml"), raw), QStringLiteral("message/rfc822"),
                                Extractor::Limits{});
    QVERIFY(e.has_value());
    QVERIFY2(e->status == Extraction::Status::Ok, qPrintable(e->reason));
    QCOMPARE(e->attachments.size(), 2);
    QCOMPARE(e->attachments.at(0).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(e->attachments.at(0).data, pdf);
    QCOMPARE(e->attachments.at(1).mimeType, QStringLiteral("message/rfc822"));
    QCOMPARE(e->attachments.at(1).fileName, QStringLiteral("alt.eml"));
    QVERIFY(e->attachments.at(1).data.contains("Subject: Alt"));
    QVERIFY(e->attachments.at(1).data.contains("Alter Text"));

    // Listed without their bytes when asked (the search index only wants the body).
    Extractor::Limits bare;
    bare.attachments = false;
    auto listed = Extractor::extract(write(QStringLiteral("anlage.eml"), raw), QStringLiteral("message/rfc822"), bare);
    QVERIFY(listed.has_value());
    QCOMPARE(listed->attachments.size(), 2);
    QVERIFY(listed->attachments.at(0).data.isEmpty());
    QCOMPARE(listed->attachments.at(0).size, pdf.size());
    QVERIFY(listed->text.contains(QLatin1String("Siehe Anlage")));
}

void TstMail::oversizedAttachmentIsLeftOutWithAReason()
{
    const QByteArray big = Test::randomBytes(300 * 1024, 7);
    const QByteArray small = "kleine Datei";
    const QByteArray raw = crlf("From: j@example.org\nSubject: Gross\nMIME-Version: 1.0\n"
                                "Content-Type: multipart/mixed; boundary=\"g\"\n\n"
                                "--g\nContent-Type: text/plain\n\nZwei Dateien.\n"
                                "--g\nContent-Type: application/octet-stream; name=gross.bin\n"
                                "Content-Transfer-Encoding: base64\n\n")
                           + wrap76(big.toBase64())
                           + crlf("--g\nContent-Type: text/plain; name=klein.txt\n\n") + small
                           + crlf("\n--g--\n");
    Extractor::Limits limits;
    limits.maxAttachmentBytes = 100 * 1024;
    auto e = Extractor::extract(write(QStringLiteral("gross.eml"), raw), QStringLiteral("message/rfc822"), limits);
    QVERIFY(e.has_value());
    QVERIFY2(e->status == Extraction::Status::Ok, qPrintable(e->reason));
    QCOMPARE(e->attachments.size(), 2);
    QVERIFY(e->attachments.at(0).data.isEmpty());
    QVERIFY2(e->attachments.at(0).reason.contains(QLatin1String("larger than")), qPrintable(e->attachments.at(0).reason));
    QCOMPARE(e->attachments.at(1).data, small); // the rest still comes
    QVERIFY(e->attachments.at(1).reason.isEmpty());
}

void TstMail::damagedMailsNeverCrashTheWorker()
{
    // Every message of the table, cut short and with bytes overwritten at seeded places: the
    // worker answers each one (ok with what it could read, or a reason), never crashes or
    // runs into a limit.
    QList<QByteArray> seeds;
    seeds << nestedMixed(12)
          << crlf("From: x@example.org\nSubject: =?UTF-8?B?w6Q=?= =?bogus?Q?=FF?=\nContent-Type: multipart/mixed; "
                  "boundary=q\n\n--q\nContent-Type: multipart/alternative; boundary=r\n\n--r\nContent-Type: text/html; "
                  "charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n<p>Gr=FC=DFe &amp; =80</p>\n--r--\n"
                  "--q\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
                  + QByteArray("From: y\\nSubject: z\\n\\nInnen\\n").toBase64() + "\n--q\nContent-Disposition: attachment; "
                  "filename*0*=utf-8''%E2%82; filename*1*=%AC.txt\n\nEuro\n--q--\n");
    quint32 state = 4711;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    int runs = 0;
    for (const QByteArray &seed : std::as_const(seeds)) {
        for (int n = 0; n < 40; ++n) {
            QByteArray mutated = seed;
            if (n % 3 == 0)
                mutated.truncate(static_cast<qsizetype>(next() % quint32(mutated.size())));
            const int flips = 1 + static_cast<int>(next() % 8);
            for (int f = 0; f < flips && !mutated.isEmpty(); ++f) {
                static const char alphabet[] = "=?-\r\n:;\"*'%<>&#BQb0";
                mutated[static_cast<qsizetype>(next() % quint32(mutated.size()))] = alphabet[next() % (sizeof alphabet - 1)];
            }
            auto e = Extractor::extract(write(QStringLiteral("mutant.eml"), mutated), QStringLiteral("message/rfc822"),
                                        Extractor::Limits{});
            QVERIFY(e.has_value());
            QVERIFY2(e->status == Extraction::Status::Ok || e->status == Extraction::Status::Failed,
                     qPrintable(QStringLiteral("mutant %1: %2").arg(runs).arg(e->reason)));
            ++runs;
        }
    }
    QCOMPARE(runs, 80);
}

void TstMail::imagesGivePagesAndThumbnail_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("pages");

    auto encoded = [](const char *format) {
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        return bytes;
    };
    QTest::newRow("png") << QStringLiteral("scan.png") << QStringLiteral("image/png") << encoded("PNG") << 1;
    QTest::newRow("jpeg") << QStringLiteral("foto.jpg") << QStringLiteral("image/jpeg") << encoded("JPEG") << 1;
    QTest::newRow("tiff 3 pages") << QStringLiteral("akte.tif") << QStringLiteral("image/tiff")
                                  << Test::multiPageTiff(3, 120, 170) << 3;
}

void TstMail::imagesGivePagesAndThumbnail()
{
    QFETCH(QString, name);
    QFETCH(QString, mime);
    QFETCH(QByteArray, data);
    QFETCH(int, pages);
    QVERIFY(!data.isEmpty());
    auto e = Extractor::extract(write(name, data), mime, Extractor::Limits{});
    QVERIFY(e.has_value());
    QVERIFY2(e->status == Extraction::Status::Ok, qPrintable(e->reason));
    QCOMPARE(e->kind, QStringLiteral("image"));
    QCOMPARE(e->pages, pages);
    QVERIFY(e->text.isEmpty());
    QVERIFY(e->width > 0 && e->height > 0);
    const QImage thumb = QImage::fromData(e->thumbnailPng, "PNG");
    QVERIFY2(!thumb.isNull(), "no thumbnail");
    QVERIFY(thumb.height() <= 160);
}

void TstMail::brokenImageHasAReason()
{
    QByteArray png;
    {
        QImage image(50, 50, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    // Cut after the header: the plugin knows the format, the pixels are gone.
    auto e = Extractor::extract(write(QStringLiteral("kaputt.png"), png.left(60)), QStringLiteral("image/png"),
                                Extractor::Limits{});
    QVERIFY(e.has_value());
    QCOMPARE(e->status, Extraction::Status::Failed);
    QVERIFY2(e->reason.contains(QLatin1String("image")), qPrintable(e->reason));

    auto junk = Extractor::extract(write(QStringLiteral("text.tif"), QByteArray(2000, 'x')), QStringLiteral("image/tiff"),
                                   Extractor::Limits{});
    QVERIFY(junk.has_value());
    QCOMPARE(junk->status, Extraction::Status::Failed);
    QVERIFY2(junk->reason.contains(QLatin1String("damaged")), qPrintable(junk->reason));
}

QTEST_GUILESS_MAIN(TstMail)
#include "tst_mail.moc"
