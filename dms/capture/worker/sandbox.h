#pragma once

// What every worker that reads untrusted files (aktenwerk-extract, aktenwerk-render) does
// before it opens one: hard limits on processor time and address space, no files written, no
// core dumps, and a network namespace of its own where the kernel allows it (as root, or with
// unprivileged user namespaces). A file that makes a parser spin, eat memory or crash costs the
// worker only.

#include <sched.h>
#include <sys/resource.h>

namespace Aktenwerk::Dms::Sandbox {

inline void limit(int resource, rlim_t value)
{
    rlimit r{value, value};
    setrlimit(resource, &r);
}

inline void enter(long cpuSeconds, long memoryMiB)
{
    limit(RLIMIT_CPU, static_cast<rlim_t>(cpuSeconds));
    limit(RLIMIT_AS, static_cast<rlim_t>(memoryMiB) << 20);
    limit(RLIMIT_FSIZE, 0);
    limit(RLIMIT_CORE, 0);
    if (unshare(CLONE_NEWNET) != 0)
        (void)unshare(CLONE_NEWUSER | CLONE_NEWNET);
}

} // namespace Aktenwerk::Dms::Sandbox
