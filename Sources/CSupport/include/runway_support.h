#ifndef RUNWAY_SUPPORT_H
#define RUNWAY_SUPPORT_H

#include <math.h>
#include <stdint.h>
#include <gsl/gsl_rng.h>

/// xoshiro256++ (Blackman & Vigna, 2019) as a GSL generator type. Seeded with
/// the full 64-bit seed through SplitMix64, so distinct stream seeds give
/// distinct states (GSL's mt19937 keeps only 32 bits of a seed).
const gsl_rng_type *runway_rng_xoshiro256pp(void);

/// xoshiro256++'s state and step, here so that draws inline at the call site.
typedef struct { uint64_t s[4]; } runway_xoshiro_state;

static inline uint64_t runway_xoshiro_next(runway_xoshiro_state *st) {
    uint64_t *s = st->s;
    const uint64_t sum = s[0] + s[3];
    const uint64_t result = ((sum << 23) | (sum >> 41)) + s[0];
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = (s[3] << 45) | (s[3] >> 19);
    return result;
}

/// The xoshiro type's get_double, for recognising its generators.
double runway_xoshiro_get_double(void *state);

/// A uniform number in [0, 1) from any GSL generator; xoshiro's draw is
/// inlined (53 random bits), others go through their type record.
static inline double runway_rng_uniform(const gsl_rng *r) {
    if (r->type->get_double == &runway_xoshiro_get_double) {
        return (double)(runway_xoshiro_next((runway_xoshiro_state *)r->state) >> 11) * 0x1.0p-53;
    }
    return (r->type->get_double)(r->state);
}

/// Tables of the exponential ziggurat (Marsaglia & Tsang 2000, 256 layers,
/// 53-bit draws), filled when the library loads.
extern uint64_t runway_ziggurat_k[256];
extern double runway_ziggurat_w[256];
extern double runway_ziggurat_f[256];

/// The ziggurat's rare path: the tail and the wedges of the layers.
double runway_ziggurat_exponential_slow(runway_xoshiro_state *state, uint64_t bits);

/// An exponential variate with the given mean. For xoshiro generators, by the
/// ziggurat method: one 64-bit draw and a table look-up in 98.9% of cases,
/// no logarithm. Other generators use GSL's inversion formula
/// (log(1 − u) equals GSL's log1p(−u) here because 1 − u is exact).
static inline double runway_ran_exponential(const gsl_rng *r, double mean) {
    if (r->type->get_double == &runway_xoshiro_get_double) {
        runway_xoshiro_state *state = (runway_xoshiro_state *)r->state;
        const uint64_t bits = runway_xoshiro_next(state);
        const unsigned layer = (unsigned)(bits & 255);
        const uint64_t j = bits >> 11;
        if (j < runway_ziggurat_k[layer]) {
            return mean * ((double)j * runway_ziggurat_w[layer]);
        }
        return mean * runway_ziggurat_exponential_slow(state, bits);
    }
    return -mean * log(1.0 - runway_rng_uniform(r));
}

/// Asks the processor to start loading `address` into cache: the event
/// calendar uses it to hide the memory latency of the next bucket's events.
static inline void runway_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
