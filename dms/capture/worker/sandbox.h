#pragma once

// What every worker that reads untrusted files (aktenwerk-extract, aktenwerk-render) does
// before it opens one: hard limits on processor time and address space, no files written, no
// core dumps, and a network namespace of its own where the kernel allows it (as root, or with
// unprivileged user namespaces). A file that makes a parser spin, eat memory or crash costs the
// worker only.

#include <sched.h>
#include <sys/resource.h>
#include <sys/time.h>

namespace Aktenwerk::Dms::Sandbox {

inline void limit(int resource, rlim_t value)
{
    rlimit r{value, value};
    setrlimit(resource, &r);
}

/** Whether the processor-time limit is for the whole process or renewed for each task. */
enum class Cpu { Whole, PerTask };

/**
 * The processor time this process may use from now on: the soft limit becomes the time used
 * so far plus @p seconds (SIGXCPU ends the process there). For a process that serves many files.
 */
inline void allowCpu(long seconds)
{
    rusage used{};
    getrusage(RUSAGE_SELF, &used);
    // User and system time together, rounded up (rounding each down lost up to two seconds: a
    // busy system's worker then met the limit after a fraction of its allowance), plus one
    // second for the kernel's coarser view of the same time.
    const long long micros = (static_cast<long long>(used.ru_utime.tv_sec) + used.ru_stime.tv_sec) * 1000000LL
        + used.ru_utime.tv_usec + used.ru_stime.tv_usec;
    const rlim_t sofar = static_cast<rlim_t>((micros + 999999) / 1000000 + 1);
    rlimit r{};
    getrlimit(RLIMIT_CPU, &r);
    r.rlim_cur = sofar + static_cast<rlim_t>(seconds);
    if (r.rlim_max != RLIM_INFINITY && r.rlim_cur > r.rlim_max)
        r.rlim_cur = r.rlim_max;
    setrlimit(RLIMIT_CPU, &r);
}

inline void enter(long cpuSeconds, long memoryMiB, Cpu cpu = Cpu::Whole)
{
    if (cpu == Cpu::Whole) {
        limit(RLIMIT_CPU, static_cast<rlim_t>(cpuSeconds));
    } else {
        // The hard limit stays open so the soft one can move on with each task; the caller's
        // clock (and recycling the process) bounds the whole.
        rlimit r{static_cast<rlim_t>(cpuSeconds), RLIM_INFINITY};
        setrlimit(RLIMIT_CPU, &r);
    }
    limit(RLIMIT_AS, static_cast<rlim_t>(memoryMiB) << 20);
    limit(RLIMIT_FSIZE, 0);
    limit(RLIMIT_CORE, 0);
    if (unshare(CLONE_NEWNET) != 0)
        (void)unshare(CLONE_NEWUSER | CLONE_NEWNET);
}

} // namespace Aktenwerk::Dms::Sandbox
