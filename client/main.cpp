#include "client/icons.h"
#include "client/mainwindow.h"
#include "dms/i18n.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace {

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Aktenwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("aktenwerk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKTENWERK_VERSION));
}

/** The translator goes in before the parser, so that --help speaks the user's language too. */
void translate(QCoreApplication &app)
{
    QString language;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    Aktenwerk::Dms::installTranslators(app, language);
}

/** The GUI's command line. */
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Use the data folder <dir>."), QStringLiteral("dir") };
    QCommandLineOption readOnly { QStringLiteral("read-only"),
        QCoreApplication::translate("main", "Open the data folder read-only.") };
    QCommandLineOption lang { QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language: de or en."), QStringLiteral("language") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
            "Save a picture of the window to <file> "
            "once it is ready, then quit."),
        QStringLiteral("file") };
    QCommandLineOption quitWhenReady { QStringLiteral("quit-when-ready"),
        QCoreApplication::translate("main",
            "Quit as soon as the window is ready "
            "(for start-up measurements).") };
    QCommandLineOption show { QStringLiteral("show"),
        QCoreApplication::translate("main",
            "Once the window is ready, open <window>: rejected (the changes the server refused), "
            "conflicts, or history:DOCUMENT-ID (a document's versions)."),
        QStringLiteral("window") };

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Document management and electronic files"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ dataDir, readOnly, lang, screenshot, quitWhenReady, show });
    }
};

/** --help and --version answer on the terminal: no display, no window system needed. */
bool onlyAsksForInformation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        translate(app);
        CommandLine cli;
        cli.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Aktenwerk"));
    QApplication::setDesktopFileName(QStringLiteral("de.aktenwerk.Aktenwerk"));
    QApplication::setWindowIcon(Aktenwerk::Client::Icons::application());
    translate(app);

    CommandLine cli;
    const QCommandLineParser &parser = cli.parser;
    cli.parser.process(app);

    Aktenwerk::Client::MainWindow::Options options;
    options.dataDir = parser.value(cli.dataDir);
    options.readOnly = parser.isSet(cli.readOnly);
    Aktenwerk::Client::MainWindow window(options);
    window.show();
    if (parser.isSet(cli.quitWhenReady)) {
        // "ready" on stdout at the moment the window is usable (bench_startup times that line).
        QObject::connect(&window, &Aktenwerk::Client::MainWindow::ready, &app, [] {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QApplication::quit();
        }, Qt::QueuedConnection);
    }
    const QString shown = parser.value(cli.show);
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
    if (parser.isSet(cli.screenshot)) {
        const QString target = parser.value(cli.screenshot);
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
