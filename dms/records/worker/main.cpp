// aktenwerk-xdomea — reads a container from the archive (xdomea 05xx) as untrusted, in a process
// of its own: "aktenwerk-xdomea read CONTAINER.zip FOLDER" unpacks it into FOLDER (every member
// checked: no paths, links, bombs, encryption), validates the message against the shipped schema
// (no DTD, no network) and prints what it says as one JSON line — or {"error": …}. Hard limits on
// processor time, address space and file size, no core dumps, no network where the kernel allows:
// a container that makes libzip or libxml2 spin, eat memory or crash costs this process only.

#include "dms/records/disposal.h"

#include <QCoreApplication>

#include <cstdio>
#include <sched.h>
#include <sys/resource.h>

namespace {

void limit(int resource, rlim_t value)
{
    rlimit r { value, value };
    setrlimit(resource, &r);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4 || qstrcmp(argv[1], "read") != 0) {
        std::fprintf(stderr, "usage: aktenwerk-xdomea read CONTAINER.zip FOLDER\n");
        return 2;
    }
    limit(RLIMIT_CPU, 300);
    limit(RLIMIT_AS, rlim_t(2048) << 20);
    limit(RLIMIT_FSIZE, rlim_t(16) << 30); // a member beyond this is refused by the reader before
    limit(RLIMIT_CORE, 0);
    if (unshare(CLONE_NEWNET) != 0)
        (void)unshare(CLONE_NEWUSER | CLONE_NEWNET);
    QCoreApplication app(argc, argv);
    return Aktenwerk::Dms::Disposal::readContainerMain(
        QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
}
