#include "client/mainwindow.h"
#include "dms/i18n.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>
#include <QUuid>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Aktenwerk"));
    QApplication::setApplicationName(QStringLiteral("aktenwerk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Aktenwerk"));
    QApplication::setApplicationVersion(QStringLiteral(AKTENWERK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("de.aktenwerk.Aktenwerk"));

    // The translator goes in before the parser, so that --help speaks the user's language too.
    QString language;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    Aktenwerk::Dms::installTranslators(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Document management and electronic files"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Use the data folder <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QApplication::translate("main", "Open the data folder read-only."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "User interface language: de or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to <file> "
                                                                        "once it is ready, then quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption quitWhenReady(QStringLiteral("quit-when-ready"),
                                           QApplication::translate("main", "Quit as soon as the window is ready "
                                                                           "(for start-up measurements)."));
    const QCommandLineOption show(QStringLiteral("show"),
        QApplication::translate("main",
            "Once the window is ready, open <window>: rejected (the changes the server refused), conflicts, or "
            "history:DOCUMENT-ID (a document's versions)."),
        QStringLiteral("window"));
    parser.addOptions({ dataDir, readOnly, lang, screenshot, quitWhenReady, show });
    parser.process(app);

    Aktenwerk::Client::MainWindow::Options options;
    options.dataDir = parser.value(dataDir);
    options.readOnly = parser.isSet(readOnly);
    Aktenwerk::Client::MainWindow window(options);
    window.show();
    if (parser.isSet(quitWhenReady)) {
        // "ready" on stdout at the moment the window is usable (bench_startup times that line).
        QObject::connect(&window, &Aktenwerk::Client::MainWindow::ready, &app, [] {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QApplication::quit();
        }, Qt::QueuedConnection);
    }
    const QString shown = parser.value(show);
    if (!shown.isEmpty()) {
        QObject::connect(&window, &Aktenwerk::Client::MainWindow::ready, &window, [&window, shown] {
            QTimer::singleShot(500, &window, [&window, shown] {
                if (shown == QLatin1String("rejected")) {
                    window.rejectedAction()->trigger();
                } else if (shown == QLatin1String("conflicts")) {
                    window.conflictsAction()->trigger();
                } else if (shown.startsWith(QLatin1String("history:"))) {
                    window.showDocument(QUuid::fromString(shown.mid(8)));
                    // Once the document is selected (it loads in the background).
                    QTimer::singleShot(1500, &window, [&window] {
                        if (auto *history = window.findChild<QAction *>(QStringLiteral("actionShowHistory")))
                            history->trigger();
                    });
                }
            });
        });
    }
    if (parser.isSet(screenshot)) {
        const QString target = parser.value(screenshot);
        QObject::connect(&window, &Aktenwerk::Client::MainWindow::ready, &window, [&window, target, shown] {
            QTimer::singleShot(shown.isEmpty() ? 800 : 4000, &window, [&window, target, shown] {
                // With a window opened on top: the whole screen, as the clerk sees it.
                QScreen *screen = window.screen();
                if (!shown.isEmpty() && screen && QGuiApplication::platformName() == QLatin1String("xcb"))
                    screen->grabWindow(0).save(target);
                else
                    window.grab().save(target);
                QApplication::quit();
            });
        });
    }
    return QApplication::exec();
}
