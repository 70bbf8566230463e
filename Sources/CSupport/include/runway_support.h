#ifndef RUNWAY_SUPPORT_H
#define RUNWAY_SUPPORT_H

#include <gsl/gsl_rng.h>

/// xoshiro256++ (Blackman & Vigna, 2019) as a GSL generator type. Seeded with
/// the full 64-bit seed through SplitMix64, so distinct stream seeds give
/// distinct states (GSL's mt19937 keeps only 32 bits of a seed).
const gsl_rng_type *runway_rng_xoshiro256pp(void);

/// Asks the processor to start loading `address` into cache: the event
/// calendar uses it to hide the memory latency of the next bucket's events.
static inline void runway_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
