#include "dms/cli/cli.h"
#include "dms/i18n.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aktenwerk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKTENWERK_VERSION));
    Aktenwerk::Dms::installTranslators(app);
    return Aktenwerk::Cli::run(QCoreApplication::arguments().mid(1));
}
