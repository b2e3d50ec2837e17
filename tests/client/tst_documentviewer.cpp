#include "../testsupport.h"
#include "client/documentviewer.h"
#include "client/messagebanner.h"
#include "dms/demo/simplepdf.h"
#include "dms/i18n.h"
#include "dms/store/contentstore.h"

#include <QAction>
#include <QBuffer>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace Aktenwerk;
using Client::DocumentViewer;

/** Stands in for the desktop: records what "open with the default application" hands over. */
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

/** The viewer widget over the real render worker, offscreen. */
class TstDocumentViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void showsPagesThumbnailsAndNavigates();
    void findHighlightsGermanForms();
    void queryFromSearchJumpsToFirstHit();
    void badFilesShowAMessage();
    void otherKindsAndText();
    void openWithDefaultApplication();
    void workerFaultsStayOnTheirPage();
    void realManualAcrossPages();
    void cleanupTestCase();

private:
    DocumentViewer::Source store(const QByteArray &data, const QString &fileName, const QString &mimeType);
    static QByteArray twoPagePdf();
    static int darkPixels(const QImage &image);
    std::unique_ptr<DocumentViewer> m_viewer;
    QTemporaryDir m_dir;
    std::unique_ptr<Dms::ContentStore> m_store;
    UrlCatcher m_catcher;
};

void TstDocumentViewer::initTestCase()
{
    QVERIFY2(!Client::RenderClient::workerPath().isEmpty(), "aktenwerk-render not found (build the target)");
    QCOMPARE(Dms::installTranslators(*qApp, QStringLiteral("en")), QStringLiteral("en")); // plural forms
    m_store = std::make_unique<Dms::ContentStore>(m_dir.filePath(QStringLiteral("content")));
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_catcher, "open");
}

void TstDocumentViewer::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TstDocumentViewer::init()
{
    m_viewer = std::make_unique<DocumentViewer>();
    m_viewer->setContentStore(m_store.get());
    m_viewer->resize(900, 700);
    m_viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
}

DocumentViewer::Source TstDocumentViewer::store(
    const QByteArray &data, const QString &fileName, const QString &mimeType)
{
    const auto ref = m_store->putData(data);
    [&] { QVERIFY(ref.has_value()); }();
    DocumentViewer::Source s;
    s.sha256 = ref ? ref->sha256 : QString();
    s.size = data.size();
    s.path = m_store->pathFor(s.sha256);
    s.fileName = fileName;
    s.mimeType = mimeType;
    s.title = QFileInfo(fileName).completeBaseName();
    return s;
}

/** Page 1: a complaint about noise; page 2 (forced by length) ends with the word "Schlusswort". */
QByteArray TstDocumentViewer::twoPagePdf()
{
    Dms::SimplePdf pdf;
    pdf.addHeading(QStringLiteral("Beschwerde wegen Ruhestörung"));
    pdf.addParagraph(QStringLiteral("Die Baumaschinen arbeiten nachts. Herr Müller bittet um Abhilfe."));
    QString filler;
    for (int i = 0; i < 120; ++i)
        filler += QStringLiteral("Weitere Einzelheiten folgen in diesem Absatz ohne besondere Bedeutung. ");
    pdf.addParagraph(filler);
    pdf.addParagraph(QStringLiteral("Schlusswort: Die Maschine muss nachts ruhen."));
    return pdf.toPdf();
}

int TstDocumentViewer::darkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    return n;
}

void TstDocumentViewer::showsPagesThumbnailsAndNavigates()
{
    QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
    m_viewer->showDocument(store(twoPagePdf(), QStringLiteral("beschwerde.pdf"), QStringLiteral("application/pdf")));
    QVERIFY(shown.wait(15000));
    QCOMPARE(m_viewer->renderClient()->pageCount(), 2);
    QCOMPARE(m_viewer->thumbnails()->count(), 2);
    QCOMPARE(m_viewer->pageField()->text(), QStringLiteral("1"));

    // Fit width: the first page arrives as wide as the view allows, with text on it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->pageImage(0).isNull(), 15000);
    const QImage page = m_viewer->pageImage(0);
    QVERIFY(page.width() > 400);
    QVERIFY(qAbs(static_cast<double>(page.height()) / page.width() - 842.0 / 595.0) < 0.01);
    QVERIFY(darkPixels(page) > 500);
    // Thumbnails are drawn too (not just the blank placeholders).
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->renderClient()->cachedPage(0, 96).isNull(), 15000);

    // Keyboard: Page Down goes to page 2, Page Up back.
    m_viewer->pageView()->setFocus();
    QTest::keyClick(m_viewer->pageView(), Qt::Key_PageDown);
    QTRY_COMPARE(m_viewer->pageView()->currentPage(), 1);
    QCOMPARE(m_viewer->pageField()->text(), QStringLiteral("2"));
    QVERIFY(!m_viewer->nextPageAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->pageImage(1).isNull(), 15000);
    QTest::keyClick(m_viewer->pageView(), Qt::Key_PageUp);
    QTRY_COMPARE(m_viewer->pageView()->currentPage(), 0);

    // Page field: typed number and Enter.
    m_viewer->pageField()->setText(QStringLiteral("2"));
    QTest::keyClick(m_viewer->pageField(), Qt::Key_Return);
    QTRY_COMPARE(m_viewer->pageView()->currentPage(), 1);

    // Zoom: Ctrl++ leaves fit width and draws the page wider.
    const double before = m_viewer->pageView()->zoom();
    QTest::keyClick(m_viewer->pageView(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_viewer->pageView()->zoom() > before);
    QVERIFY(!m_viewer->fitWidthAction()->isChecked());
    const int wider = m_viewer->pageView()->renderWidth(1);
    QVERIFY(wider > page.width());
    QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageImage(1).width() == wider, 15000);
    QTest::keyClick(m_viewer->pageView(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_viewer->pageView(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_viewer->pageView()->zoom() < before);
    // Ctrl+G: to the page field, ready to type a number.
    QTest::keyClick(m_viewer->pageView(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(m_viewer->pageField()->hasFocus());
    m_viewer->fitWidthAction()->trigger();
    QVERIFY(qAbs(m_viewer->pageView()->zoom() - before) < 0.01);

    // Every control can be told apart by a screen reader.
    for (QWidget *w : m_viewer->findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible() && !w->inherits("QScrollBar")
            && !w->inherits("QToolButton") && !w->inherits("QAbstractScrollAreaViewport") && w->parent())
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    for (QAction *a : m_viewer->actions())
        QVERIFY(!a->text().isEmpty());
}

void TstDocumentViewer::findHighlightsGermanForms()
{
    QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
    m_viewer->showDocument(store(twoPagePdf(), QStringLiteral("b.pdf"), QStringLiteral("application/pdf")));
    QVERIFY(shown.wait(15000));
    // Typed the way the search is typed: "ruhestoerung" finds "Ruhestörung", "mueller" "Müller".
    QTest::keyClicks(m_viewer->findField(), QStringLiteral("ruhestoerung"));
    QTRY_COMPARE_WITH_TIMEOUT(m_viewer->matches().size(), 1, 15000);
    QCOMPARE(m_viewer->matches().first().page, 0);
    QVERIFY(m_viewer->matches().first().box.top() < 0.2);
    QTRY_COMPARE(m_viewer->matchLabel()->text(), QStringLiteral("1 match"));
    m_viewer->findField()->clear();
    QTest::keyClicks(m_viewer->findField(), QStringLiteral("mueller maschine"));
    // Müller once; Maschine(n) by stem and by prefix: "Maschine" on page 2, not "Baumaschinen".
    QTRY_COMPARE_WITH_TIMEOUT(m_viewer->matches().size(), 2, 15000);
    QCOMPARE(m_viewer->matches().at(0).page, 0);
    QCOMPARE(m_viewer->matches().at(1).page, 1);
    // F3: next match, scrolled to page 2.
    m_viewer->pageView()->setFocus();
    QTest::keyClick(m_viewer->pageView(), Qt::Key_F3);
    QCOMPARE(m_viewer->currentMatch(), 0);
    QTest::keyClick(m_viewer->pageView(), Qt::Key_F3);
    QCOMPARE(m_viewer->currentMatch(), 1);
    QCOMPARE(m_viewer->matchLabel()->text(), QStringLiteral("2 of 2"));
    QTRY_COMPARE(m_viewer->pageView()->currentPage(), 1);
    m_viewer->findField()->clear();
    QTest::keyClicks(m_viewer->findField(), QStringLiteral("Hochwasser"));
    QTRY_COMPARE_WITH_TIMEOUT(m_viewer->matchLabel()->text(), QStringLiteral("No match"), 15000);
}

void TstDocumentViewer::queryFromSearchJumpsToFirstHit()
{
    QCOMPARE(DocumentViewer::findTextForQuery(QStringLiteral("\"Schluss*\" OR mueller -Garage az:63.01 type:Brief")),
        QStringLiteral("Schluss mueller"));
    QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
    m_viewer->showDocument(store(twoPagePdf(), QStringLiteral("c.pdf"), QStringLiteral("application/pdf")),
        DocumentViewer::findTextForQuery(QStringLiteral("schlusswort -ruhestörung")));
    QVERIFY(shown.wait(15000));
    QCOMPARE(m_viewer->findField()->text(), QStringLiteral("schlusswort"));
    QTRY_COMPARE_WITH_TIMEOUT(m_viewer->currentMatch(), 0, 15000);
    QCOMPARE(m_viewer->matches().size(), 1);
    QTRY_COMPARE(m_viewer->pageView()->currentPage(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->pageImage(1).isNull(), 15000);
}

void TstDocumentViewer::badFilesShowAMessage()
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    QVERIFY2(!qpdf.isEmpty(), "qpdf is missing (.ci/install-deps installs it)");
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
    QVERIFY(Test::writeFile(plain, twoPagePdf()));
    QCOMPARE(QProcess::execute(qpdf,
                 { QStringLiteral("--encrypt"), QStringLiteral("geheim"), QStringLiteral("owner"),
                     QStringLiteral("256"), QStringLiteral("--"), plain, locked }),
        0);
    const QList<std::pair<QByteArray, QString>> files {
        { Test::readFile(locked), QStringLiteral("password") },
        { QByteArray("%PDF-1.7\n") + Test::randomBytes(20000, 11), QStringLiteral("damaged") },
    };
    for (const auto &[data, expected] : files) {
        QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
        m_viewer->showDocument(store(data, QStringLiteral("x.pdf"), QStringLiteral("application/pdf")));
        QVERIFY(shown.wait(15000));
        QVERIFY2(m_viewer->messageLabel()->isVisible(), qPrintable(expected));
        QVERIFY2(m_viewer->messageLabel()->text().contains(expected), qPrintable(m_viewer->messageLabel()->text()));
        QVERIFY(!m_viewer->findField()->isEnabled());
        // Still usable: the original can be opened elsewhere.
        QVERIFY(m_viewer->openExternallyAction()->isEnabled());
    }
    // And the next good document shows.
    QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
    m_viewer->showDocument(store(twoPagePdf(), QStringLiteral("gut.pdf"), QStringLiteral("application/pdf")));
    QVERIFY(shown.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->pageImage(0).isNull(), 15000);
}

void TstDocumentViewer::otherKindsAndText()
{
    QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
    m_viewer->showDocument(store("PK\3\4 not really", QStringLiteral("tabelle.xlsx"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
    QTRY_COMPARE(shown.size(), 1); // decided at once, from the type
    QCOMPARE(m_viewer->messageLabel()->text(), QStringLiteral("No preview for this type of file."));
    QVERIFY(m_viewer->findChild<QPushButton *>()->isVisible());

    shown.clear();
    const QString letter = QStringLiteral("Sehr geehrte Frau Weiß,\nanbei die Unterlagen.\n");
    m_viewer->showDocument(store(letter.toUtf8(), QStringLiteral("notiz.txt"), QStringLiteral("text/plain")));
    QVERIFY(shown.wait(5000));
    QVERIFY(m_viewer->textView()->isVisible());
    QCOMPARE(m_viewer->textView()->toPlainText(), letter);

    // A PNG, typed as such, is drawn by the worker.
    QImage png(40, 60, QImage::Format_RGB32);
    png.fill(Qt::black);
    QByteArray data;
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(png.save(&buffer, "PNG"));
    shown.clear();
    m_viewer->showDocument(store(data, QStringLiteral("foto.png"), QStringLiteral("image/png")));
    QVERIFY(shown.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->pageImage(0).isNull(), 15000);
    const QImage image = m_viewer->pageImage(0);
    QVERIFY(qAbs(static_cast<double>(image.height()) / image.width() - 1.5) < 0.02);
    QCOMPARE(qGray(image.pixel(image.width() / 2, image.height() / 2)), 0);
    QVERIFY(!m_viewer->findField()->isEnabled()); // an image has no words
}

void TstDocumentViewer::openWithDefaultApplication()
{
    const QByteArray data = twoPagePdf();
    QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
    m_viewer->showDocument(store(data, QStringLiteral("Bescheid 2026/7.pdf"), QStringLiteral("application/pdf")));
    QVERIFY(shown.wait(15000));
    QSignalSpy opened(m_viewer.get(), &DocumentViewer::openedExternally);
    m_catcher.urls.clear();
    m_viewer->openExternallyAction()->trigger();
    QVERIFY(opened.wait(10000));
    const QString path = opened.first().first().toString();
    QCOMPARE(m_catcher.urls, QList<QUrl> { QUrl::fromLocalFile(path) });
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("Bescheid 2026_7.pdf")); // no folder from the name
    QCOMPARE(Test::readFile(path), data);
    QVERIFY(!QFileInfo(path).permission(QFileDevice::WriteOwner)); // by the mode bits: root may write anyway
    QVERIFY(!path.startsWith(m_dir.path())); // a copy, not the stored content
    // A second copy does not collide with the first (which the other program may hold open).
    m_viewer->openExternallyAction()->trigger();
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.at(1).first().toString() != path);
}

void TstDocumentViewer::workerFaultsStayOnTheirPage()
{
    // A page that never comes back (in every worker started meanwhile): that page says so,
    // the others are drawn.
    qputenv("AKTENWERK_RENDER_TEST_HANG_PAGE", "0");
    m_viewer->renderClient()->setTimeout(3000); // long enough for a good page on a busy machine
    QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
    m_viewer->showDocument(store(twoPagePdf(), QStringLiteral("h.pdf"), QStringLiteral("application/pdf")));
    QVERIFY(shown.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->pageView()->pageError(0).isEmpty(), 15000);
    QCOMPARE(m_viewer->pageView()->pageError(0), QStringLiteral("The page could not be displayed."));
    QVERIFY(m_viewer->pageImage(0).isNull());
    m_viewer->nextPage();
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->pageImage(1).isNull(), 15000);
    qunsetenv("AKTENWERK_RENDER_TEST_HANG_PAGE");
    QVERIFY(!m_viewer->banner()->isVisible()); // a timeout is the page's business, not a crash

    // A worker killed under the viewer: the clerk is told once, the next page is drawn.
    m_viewer->renderClient()->setTimeout(20000);
    m_viewer->goToPage(0);
    const qint64 pid = m_viewer->renderClient()->workerPid();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_viewer->banner()->isVisible(), 10000);
    QVERIFY2(
        m_viewer->banner()->text().contains(QLatin1String("started again")), qPrintable(m_viewer->banner()->text()));
    m_viewer->zoomIn(); // a new width: page 1 must be drawn again, by a new worker
    QTRY_VERIFY_WITH_TIMEOUT(m_viewer->pageImage(0).width() == m_viewer->pageView()->renderWidth(0), 15000);
    QVERIFY(m_viewer->renderClient()->workerPid() != pid);
}

void TstDocumentViewer::realManualAcrossPages()
{
    // A real typeset PDF (LaTeX, 17 pages), not one of ours.
    const QString manual = QStringLiteral("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf");
    if (!QFileInfo::exists(manual))
        QSKIP("shared-mime-info-spec.pdf is not installed (package shared-mime-info)");
    QSignalSpy shown(m_viewer.get(), &DocumentViewer::documentShown);
    m_viewer->showDocument(store(Test::readFile(manual), QStringLiteral("spec.pdf"), QStringLiteral("application/pdf")),
        QStringLiteral("glob"));
    QVERIFY(shown.wait(15000));
    QVERIFY(m_viewer->renderClient()->pageCount() > 5);
    QCOMPARE(m_viewer->thumbnails()->count(), m_viewer->renderClient()->pageCount());
    // Every page's words are read; "glob" appears throughout the specification.
    auto allRead = [this] {
        for (int i = 0; i < m_viewer->renderClient()->pageCount(); ++i) {
            if (!m_viewer->renderClient()->hasText(i))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allRead(), 30000);
    QVERIFY2(
        m_viewer->matchLabel()->text().startsWith(QLatin1String("1 of ")), qPrintable(m_viewer->matchLabel()->text()));
    QSet<int> pages;
    for (const Client::FindMatch &m : m_viewer->matches())
        pages.insert(m.page);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    // Opened at the first match, which is drawn with its page.
    const int first = m_viewer->matches().first().page;
    QTRY_COMPARE(m_viewer->pageView()->currentPage(), first);
    QTRY_VERIFY_WITH_TIMEOUT(!m_viewer->pageImage(first).isNull(), 15000);
    QVERIFY(darkPixels(m_viewer->pageImage(first)) > 1000);
}

QTEST_MAIN(TstDocumentViewer)
#include "tst_documentviewer.moc"
