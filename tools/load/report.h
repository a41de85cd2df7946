// tools/load/report.h: what `isohost load` makes of its measurements.
//
// The latency histogram's arithmetic (the bucket scheme is described in
// load.h; the runtimes' harness in load.cc fills the buckets), the k6-style
// summary printed at the end, and the self-contained HTML report (inline
// CSS and SVG, nothing fetched). Plain functions of a Summary; any thread.
#ifndef ISOHOST_TOOLS_LOAD_REPORT_H_
#define ISOHOST_TOOLS_LOAD_REPORT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "host/host.h"

namespace isohost::tools {

// Linear sub-buckets per power of two (see load.h).
inline constexpr int kSubBuckets = 32;

// The results of one load run, merged over all runtimes.
struct Summary {
  std::string script;
  double duration_s = 0;  // wall time of the iteration phase
  int workers = 0;
  uint64_t iterations = 0;
  uint64_t errors = 0;
  double avg_ns = 0, min_ns = 0, med_ns = 0, p90_ns = 0, p99_ns = 0, max_ns = 0;
  std::string first_error;
  std::vector<WorkerStats> stats;
  std::vector<std::string> notes;  // workers that ended abnormally
  std::vector<uint64_t> hist;
  std::vector<double> bins;
  double bin_ms = 100;

  double rate() const { return duration_s > 0 ? iterations / duration_s : 0; }
};

// The percentile `p` (0..100) of `hist` (`total` values), clamped to
// [min_ns, max_ns].
double Percentile(const std::vector<uint64_t>& hist, uint64_t total, double p,
                  double min_ns, double max_ns);

// "850ns", "12.34µs", "1.23ms", "1.23s".
std::string FormatNs(double ns);

// The k6-style summary, on stdout.
void PrintSummary(const Summary& s);

// The HTML report at `path`; Unavailable if it cannot be written.
absl::Status WriteHtml(const Summary& s, const std::string& path);

}  // namespace isohost::tools

#endif  // ISOHOST_TOOLS_LOAD_REPORT_H_
