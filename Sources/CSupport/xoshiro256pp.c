#include "runway_support.h"

static void xoshiro_set(void *vstate, unsigned long seed) {
    runway_xoshiro_state *st = vstate;
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
    return (unsigned long)(runway_xoshiro_next(vstate) >> 32);
}

// 53 random bits in [0, 1).
double runway_xoshiro_get_double(void *vstate) {
    return (double)(runway_xoshiro_next(vstate) >> 11) * 0x1.0p-53;
}

static const gsl_rng_type xoshiro_type = {
    "xoshiro256++", 0xffffffffUL, 0, sizeof(runway_xoshiro_state),
    &xoshiro_set, &xoshiro_get, &runway_xoshiro_get_double
};

const gsl_rng_type *runway_rng_xoshiro256pp(void) { return &xoshiro_type; }
