#include "runway_support.h"

// Marsaglia & Tsang, "The Ziggurat Method for Generating Random Variables",
// J. Statistical Software 5(8), 2000: 256 layers of equal area v under
// exp(-x), the base layer reaching to r. Here with 53-bit uniforms, and the
// layer chosen from the low 8 bits of the same 64-bit draw, which are
// independent of the 53 high bits used for x.
static const double zig_r = 7.69711747013104972;
static const double zig_v = 3.949659822581572e-3;

uint64_t runway_ziggurat_k[256];
double runway_ziggurat_w[256];
double runway_ziggurat_f[256];

__attribute__((constructor)) static void runway_ziggurat_tables(void) {
    const double m = 9007199254740992.0;  // 2^53
    double de = zig_r, te = zig_r;
    const double q = zig_v / exp(-de);
    runway_ziggurat_k[0] = (uint64_t)((de / q) * m);
    runway_ziggurat_k[1] = 0;
    runway_ziggurat_w[0] = q / m;
    runway_ziggurat_w[255] = de / m;
    runway_ziggurat_f[0] = 1.0;
    runway_ziggurat_f[255] = exp(-de);
    for (int i = 254; i >= 1; i--) {
        de = -log(zig_v / de + exp(-de));
        runway_ziggurat_k[i + 1] = (uint64_t)((de / te) * m);
        te = de;
        runway_ziggurat_f[i] = exp(-de);
        runway_ziggurat_w[i] = de / m;
    }
}

static inline double uniform53(runway_xoshiro_state *state) {
    return (double)(runway_xoshiro_next(state) >> 11) * 0x1.0p-53;
}

double runway_ziggurat_exponential_slow(runway_xoshiro_state *state, uint64_t bits) {
    for (;;) {
        const unsigned layer = (unsigned)(bits & 255);
        const uint64_t j = bits >> 11;
        if (j < runway_ziggurat_k[layer]) return (double)j * runway_ziggurat_w[layer];
        if (layer == 0) {
            // The tail beyond r is r plus an exponential (memorylessness).
            return zig_r - log(1.0 - uniform53(state));
        }
        const double x = (double)j * runway_ziggurat_w[layer];
        const double f = runway_ziggurat_f[layer];
        if (f + uniform53(state) * (runway_ziggurat_f[layer - 1] - f) < exp(-x)) return x;
        bits = runway_xoshiro_next(state);
    }
}
