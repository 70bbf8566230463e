#ifndef RUNWAY_CGSL_SHIM_H
#define RUNWAY_CGSL_SHIM_H

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

#endif
