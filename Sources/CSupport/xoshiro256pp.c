#include "runway_support.h"
#include <stdint.h>

typedef struct { uint64_t s[4]; } xoshiro_state;

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t next64(xoshiro_state *st) {
    uint64_t *s = st->s;
    const uint64_t result = rotl(s[0] + s[3], 23) + s[0];
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

static void xoshiro_set(void *vstate, unsigned long seed) {
    xoshiro_state *st = vstate;
    uint64_t z = (uint64_t)seed;
    for (int i = 0; i < 4; i++) {
        z += 0x9e3779b97f4a7c15ULL;
        uint64_t x = z;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        st->s[i] = x ^ (x >> 31);
    }
}

// GSL code assumes 32-bit integer output in places; the top bits are the best.
static unsigned long xoshiro_get(void *vstate) {
    return (unsigned long)(next64(vstate) >> 32);
}

// 53 random bits in [0, 1).
static double xoshiro_get_double(void *vstate) {
    return (double)(next64(vstate) >> 11) * 0x1.0p-53;
}

static const gsl_rng_type xoshiro_type = {
    "xoshiro256++", 0xffffffffUL, 0, sizeof(xoshiro_state),
    &xoshiro_set, &xoshiro_get, &xoshiro_get_double
};

const gsl_rng_type *runway_rng_xoshiro256pp(void) { return &xoshiro_type; }
