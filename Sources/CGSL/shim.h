#ifndef RUNWAY_CGSL_SHIM_H
#define RUNWAY_CGSL_SHIM_H

#include <math.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_sf_gamma.h>

// Swift 6 rejects GSL's mutable global generator-type pointers as not
// concurrency-safe; these accessors read them without exposing the globals.
static inline const gsl_rng_type *runway_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_rng_type *runway_rng_taus2(void) { return gsl_rng_taus2; }

// The generator's get_double through its type record, inlined at the call site.
static inline double runway_rng_uniform(const gsl_rng *r) {
    return (r->type->get_double)(r->state);
}

// GSL's gsl_ran_exponential, inlined at the call site. 1 - u is exact for
// u in [0, 1), so log(1 - u) equals GSL's log1p(-u) while costing a third.
static inline double runway_ran_exponential(const gsl_rng *r, double mean) {
    return -mean * log(1.0 - (r->type->get_double)(r->state));
}

#endif
