// loop/check.h: ISOHOST_CHECK, the project's invariant check.
//
// This Abseil (20220623) predates absl/log, so there is no ABSL_CHECK. A
// failed invariant is a bug in isohost, never a user error: it prints the
// condition and location to stderr and aborts. User errors travel as
// absl::Status (across packages) or v8::Maybe (inside isolate/).
#ifndef ISOHOST_LOOP_CHECK_H_
#define ISOHOST_LOOP_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define ISOHOST_CHECK(condition)                                          \
  do {                                                                    \
    if (!(condition)) [[unlikely]] {                                      \
      std::fprintf(stderr, "isohost: check failed at %s:%d: %s\n",        \
                   __FILE__, __LINE__, #condition);                       \
      std::abort();                                                       \
    }                                                                     \
  } while (false)

#endif  // ISOHOST_LOOP_CHECK_H_
