// tools/load/load.h: `isohost load SCRIPT --workers N --duration S
// [--out report.html]`.
//
// SCRIPT is an ES module whose default export (sync, or returning a
// promise) is one iteration. RunLoad() spawns `workers` isolated runtimes
// (one Host, one Worker each), each importing SCRIPT and calling its default
// export in a loop for `duration_s` seconds, timing every call with
// performance.now(). Every ~100 ms each runtime posts its counts and a
// latency histogram to C++, which merges them, draws a live line on stderr
// (when stderr is a terminal) and ends with a k6-style summary on stdout
// and, optionally, a self-contained HTML report.
//
// The latency histogram is HDR-style log-linear over nanoseconds (integer
// v = latency in ns): values below 64 ns have a bucket each (index v);
// above, every power of two [2^e, 2^(e+1)) (e >= 6) is split into 32
// equal sub-buckets of width 2^(e-5), index 64 + (e-6)*32 + sub. A bucket
// is at most 1/32 (~3.1%) of its values wide, so reported percentiles are
// within ~3% (min, max and the average are exact).
//
// RunLoad() creates and destroys its own Host, so it must not be called
// while another Host exists in the process (nor from two threads at once).
// It runs on the calling thread and prints to stdout/stderr.
#ifndef ISOHOST_TOOLS_LOAD_LOAD_H_
#define ISOHOST_TOOLS_LOAD_LOAD_H_

#include <string>

namespace isohost::tools {

struct LoadOptions {
  std::string script;      // path to an ES module (made absolute)
  int workers = 1;         // runtimes, >= 1
  double duration_s = 10;  // seconds of iterations, > 0
  std::string out_html;    // write an HTML report here unless empty
  bool progress = true;    // live line on stderr when stderr is a tty
};

// Returns the process's exit code: 0 when the run completed; 1 if the
// script failed to load (missing, syntax error, no default export function,
// a runtime that died) or every iteration errored (or none ran); 2 for bad
// options.
int RunLoad(const LoadOptions& options);

}  // namespace isohost::tools

#endif  // ISOHOST_TOOLS_LOAD_LOAD_H_
