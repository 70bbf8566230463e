#ifndef RUNWAY_AFFINITY_H
#define RUNWAY_AFFINITY_H

/// The number of CPUs in the affinity mask of process `pid` (0: the calling
/// thread), from sched_getaffinity as `nproc` counts them; -1 where the
/// system has no affinity masks (not Linux) or the call fails.
int runway_cpus_in_affinity_mask(int pid);

#endif
