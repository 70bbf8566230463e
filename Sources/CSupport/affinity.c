// sched_getaffinity and the CPU_*_S macros are GNU extensions of <sched.h>,
// which Swift's Glibc module does not show; hence this C.
#define _GNU_SOURCE
#include "runway_affinity.h"

#ifdef __linux__
#include <errno.h>
#include <sched.h>

int runway_cpus_in_affinity_mask(int pid) {
    // The kernel refuses (EINVAL) a mask smaller than its own: grow it, as nproc does.
    for (int cpus = 1024; cpus <= (1 << 20); cpus *= 2) {
        cpu_set_t *set = CPU_ALLOC(cpus);
        if (set == NULL) return -1;
        size_t size = CPU_ALLOC_SIZE(cpus);
        CPU_ZERO_S(size, set);
        if (sched_getaffinity(pid, size, set) == 0) {
            int count = CPU_COUNT_S(size, set);
            CPU_FREE(set);
            return count;
        }
        CPU_FREE(set);
        if (errno != EINVAL) return -1;
    }
    return -1;
}
#else
int runway_cpus_in_affinity_mask(int pid) {
    (void)pid;
    return -1;
}
#endif
