#include "tools/load/load.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "host/host.h"
#include "tools/load/report.h"

namespace isohost::tools {
namespace {

constexpr double kReportMs = 100;
// How long the runtimes may take to load the script and to finish after the
// duration (a default() that never returns) before they are terminated.
constexpr absl::Duration kLoadTimeout = absl::Seconds(30);
constexpr absl::Duration kFinishGrace = absl::Seconds(5);

// The runtime's half. `__TARGET_URL__` is replaced with the script's
// file:// URL (as a JSON string). The static import makes Host::Spawn()
// report a missing module or a syntax error ("file:line:col: ...") before
// anything runs. Protocol: the runtime posts {type: 'ready'} (or
// {type: 'fatal', error}); C++ posts 'start'; the runtime loops, posting
// {type: 'report', ...} every ~100 ms and {type: 'final', ...} at the end;
// C++ takes Stats() and posts 'stop', and the runtime close()s.
constexpr const char* kHarness = R"js(
import * as target from __TARGET_URL__;

const { durationMs, reportMs } = workerData;
const SUB = 32;

// HDR-style log-linear bucket of a latency in nanoseconds (see load.h).
function bucketOf(ns) {
  let v = Math.floor(ns);
  if (!(v > 0)) return 0;
  if (v < 2 * SUB) return v;
  if (v > 2 ** 52) v = 2 ** 52;
  let e = Math.floor(Math.log2(v));
  if (2 ** e > v) e--;
  if (2 ** (e + 1) <= v) e++;
  const sub = Math.floor(v / 2 ** (e - 5)) - SUB;
  return 2 * SUB + (e - 6) * SUB + sub;
}

function describe(error) {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return `Uncaught ${typeof error === 'string' ? error : String(error)}`;
  } catch {
    return 'an error that cannot be printed';
  }
}

async function run(fn) {
  let hist = new Map();
  let iterations = 0, errors = 0, sumNs = 0, minNs = Infinity, maxNs = 0;
  let firstError, errorSent = false;
  const start = performance.now();
  const end = start + durationMs;
  let now = start, lastYield = start, nextReport = start + reportMs;
  const report = (type) => {
    const message = {
      type, t: now - start, iterations, errors, sumNs,
      minNs: iterations > 0 ? minNs : 0, maxNs, hist: [...hist],
    };
    if (firstError !== undefined) message.firstError = firstError;
    postMessage(message);
    hist = new Map();
    iterations = 0; errors = 0; sumNs = 0; minNs = Infinity; maxNs = 0;
    firstError = undefined;
  };
  while (now < end) {
    const t0 = performance.now();
    try {
      const result = fn();
      if (result !== null &&
          (typeof result === 'object' || typeof result === 'function') &&
          typeof result.then === 'function') {
        await result;
      }
    } catch (error) {
      errors++;
      if (!errorSent) { errorSent = true; firstError = describe(error); }
    }
    now = performance.now();
    const ns = (now - t0) * 1e6;
    iterations++;
    sumNs += ns;
    if (ns < minNs) minNs = ns;
    if (ns > maxNs) maxNs = ns;
    const bucket = bucketOf(ns);
    hist.set(bucket, (hist.get(bucket) ?? 0) + 1);
    if (now - lastYield >= 5) {
      await new Promise((resolve) => setImmediate(resolve));
      now = performance.now();
      lastYield = now;
    }
    if (now >= nextReport) {
      report('report');
      nextReport = now + reportMs;
    }
  }
  report('final');
}

const fn = target.default;
if (typeof fn !== 'function') {
  postMessage({
    type: 'fatal',
    error: `the script has no default export function (found ${
        fn === undefined ? 'none' : typeof fn}); write ` +
        '`export default function () { ... }`',
  });
  close();
} else {
  onmessage = ({ data }) => {
    if (data === 'start') {
      run(fn).catch((error) => {
        postMessage({ type: 'fatal', error: describe(error) });
        close();
      });
    } else if (data === 'stop') {
      close();
    }
  };
  postMessage({ type: 'ready' });
}
)js";

// A JS string literal for `text` (JSON's escaping).
std::string JsString(const std::string& text) {
  return Value::String(text).ToJson();
}

// file:// URL of an absolute path (percent-encoding what a URL needs).
std::string PathToUrl(const std::string& path) {
  std::string url = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' ||
        c == '~' || c >= 0x80) {
      url += static_cast<char>(c);
    } else {
      absl::StrAppendFormat(&url, "%%%02X", c);
    }
  }
  return url;
}

// Everything the runtimes reported, merged. Owned by RunLoad(); written by
// the message handlers (on the workers' threads) and read by RunLoad()'s
// thread, always under `mu`.
struct Aggregate {
  struct PerWorker {
    bool ready = false;
    bool finished = false;  // posted its final report
    std::string fatal;      // a load error it reported
    double last_t_ms = 0;   // worker time of its previous report
  };

  absl::Mutex mu;
  absl::CondVar changed;
  std::vector<PerWorker> workers ABSL_GUARDED_BY(mu);
  std::vector<uint64_t> hist ABSL_GUARDED_BY(mu);
  uint64_t iterations ABSL_GUARDED_BY(mu) = 0;
  uint64_t errors ABSL_GUARDED_BY(mu) = 0;
  double sum_ns ABSL_GUARDED_BY(mu) = 0;
  double min_ns ABSL_GUARDED_BY(mu) = 0;
  double max_ns ABSL_GUARDED_BY(mu) = 0;
  std::string first_error ABSL_GUARDED_BY(mu);
  // Iterations per throughput bin of `bin_ms` of worker time, over the
  // first `duration_ms` (set before any worker starts).
  double bin_ms = 100;
  double duration_ms = 0;
  std::vector<double> bins ABSL_GUARDED_BY(mu);

  void OnMessage(int worker, const Message& message) {
    absl::StatusOr<Value> decoded = message.Decode();
    if (!decoded.ok()) return;
    const Value* type = decoded->Find("type");
    if (type == nullptr) return;
    absl::MutexLock lock(&mu);
    PerWorker& w = workers[worker];
    if (type->string() == "ready") {
      w.ready = true;
    } else if (type->string() == "fatal") {
      const Value* error = decoded->Find("error");
      w.fatal = error != nullptr ? error->string() : "unknown error";
    } else if (type->string() == "report" || type->string() == "final") {
      Merge(w, *decoded);
      if (type->string() == "final") w.finished = true;
    }
    changed.SignalAll();
  }

  void Merge(PerWorker& w, const Value& report)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) {
    auto number = [&](const char* key) {
      const Value* v = report.Find(key);
      return v != nullptr ? v->number() : 0.0;
    };
    uint64_t n = static_cast<uint64_t>(number("iterations"));
    if (n > 0) {
      double lo = number("minNs"), hi = number("maxNs");
      if (iterations == 0 || lo < min_ns) min_ns = lo;
      if (hi > max_ns) max_ns = hi;
    }
    iterations += n;
    errors += static_cast<uint64_t>(number("errors"));
    sum_ns += number("sumNs");
    const Value* error = report.Find("firstError");
    if (error != nullptr && first_error.empty()) first_error = error->string();
    if (const Value* h = report.Find("hist")) {
      for (const Value& pair : h->items()) {
        if (pair.size() != 2) continue;
        double index = pair.items()[0].number();
        if (!(index >= 0) || index > 1e5) continue;
        size_t i = static_cast<size_t>(index);
        if (i >= hist.size()) hist.resize(i + 1);
        hist[i] += static_cast<uint64_t>(pair.items()[1].number());
      }
    }
    // Spread the interval's iterations evenly over [last_t, t].
    // The last iteration may end just after the duration: clamp.
    double t = std::min(number("t"), duration_ms);
    double from = std::min(w.last_t_ms, t);
    w.last_t_ms = t;
    if (n == 0) return;
    // Bin b covers (b * bin_ms, (b + 1) * bin_ms].
    size_t last_bin =
        t > 0 ? static_cast<size_t>(std::ceil(t / bin_ms)) - 1 : 0;
    if (last_bin >= bins.size()) bins.resize(last_bin + 1);
    if (t - from <= 0) {
      bins[last_bin] += n;
      return;
    }
    for (size_t b = static_cast<size_t>(from / bin_ms); b <= last_bin; ++b) {
      double lo = std::max(from, b * bin_ms);
      double hi = std::min(t, (b + 1) * bin_ms);
      if (hi > lo) bins[b] += n * (hi - lo) / (t - from);
    }
  }
};

void ClearLine(bool live) {
  if (live) std::fputs("\r\033[K", stderr);
}

}  // namespace

int RunLoad(const LoadOptions& options) {
  namespace fs = std::filesystem;
  if (options.script.empty()) {
    std::fprintf(stderr, "isohost load: no script given\n");
    return 2;
  }
  if (options.workers < 1 || options.workers > 1024) {
    std::fprintf(stderr, "isohost load: --workers must be 1..1024 (got %d)\n",
                 options.workers);
    return 2;
  }
  if (!(options.duration_s > 0) || options.duration_s > 7 * 24 * 3600) {
    std::fprintf(stderr, "isohost load: --duration must be > 0 seconds\n");
    return 2;
  }
  std::error_code ec;
  fs::path path = fs::absolute(options.script, ec).lexically_normal();
  if (ec || !fs::is_regular_file(path, ec)) {
    std::fprintf(stderr, "isohost load: cannot find script '%s'\n",
                 options.script.c_str());
    return 1;
  }
  // Symlinks resolved (as Node does for ES modules), so that the script and
  // the directory its imports must stay below agree.
  path = fs::canonical(path, ec);
  if (ec) {
    std::fprintf(stderr, "isohost load: cannot resolve '%s': %s\n",
                 options.script.c_str(), ec.message().c_str());
    return 1;
  }
  const std::string script = path.string();
  const bool live = options.progress && isatty(STDERR_FILENO);

  absl::StatusOr<std::unique_ptr<Host>> host = Host::Create();
  if (!host.ok()) {
    std::fprintf(stderr, "isohost load: %s\n",
                 host.status().ToString().c_str());
    return 1;
  }

  std::string harness = kHarness;
  const std::string marker = "__TARGET_URL__";
  harness.replace(harness.find(marker), marker.size(),
                  JsString(PathToUrl(script)));

  const double duration_ms = options.duration_s * 1000;
  Aggregate agg;
  agg.bin_ms = std::max(100.0, duration_ms / 120);
  agg.duration_ms = duration_ms;
  {
    absl::MutexLock lock(&agg.mu);
    agg.workers.resize(options.workers);
  }

  std::vector<std::unique_ptr<Worker>> workers;
  for (int i = 0; i < options.workers; ++i) {
    WorkerOptions wo;
    wo.name = absl::StrCat("load-", i);
    wo.module = true;
    wo.source = harness;
    // The script (and its own imports) may be anywhere: let the runtime
    // import below the script's directory, as `isohost run SCRIPT` would.
    wo.module_root = path.parent_path().string();
    wo.worker_data = Value::Object()
                         .Set("durationMs", Value::Number(duration_ms))
                         .Set("reportMs", Value::Number(kReportMs));
    absl::StatusOr<std::unique_ptr<Worker>> worker = (*host)->Spawn(wo);
    if (!worker.ok()) {
      std::fprintf(stderr, "isohost load: cannot load %s:\n  %s\n",
                   script.c_str(),
                   std::string(worker.status().message()).c_str());
      return 1;  // ~Host terminates the workers already started
    }
    Aggregate* a = &agg;
    (*worker)->SetMessageHandler(
        [a, i](Message message) { a->OnMessage(i, message); });
    workers.push_back(*std::move(worker));
  }

  // Wait until every runtime is ready (or one failed to load).
  std::vector<std::optional<ExitRecord>> exits(workers.size());
  auto poll_exits = [&] {
    for (size_t i = 0; i < workers.size(); ++i) {
      if (!exits[i]) exits[i] = workers[i]->JoinFor(absl::ZeroDuration());
    }
  };
  std::string load_error;
  absl::Time load_deadline = absl::Now() + kLoadTimeout;
  while (load_error.empty()) {
    {
      absl::MutexLock lock(&agg.mu);
      agg.changed.WaitWithTimeout(&agg.mu, absl::Milliseconds(50));
      bool all_ready = true;
      for (const Aggregate::PerWorker& w : agg.workers) {
        if (!w.fatal.empty()) load_error = w.fatal;
        all_ready = all_ready && w.ready;
      }
      if (all_ready || !load_error.empty()) break;
    }
    poll_exits();
    for (size_t i = 0; i < exits.size() && load_error.empty(); ++i) {
      if (!exits[i]) continue;
      absl::MutexLock lock(&agg.mu);
      if (!agg.workers[i].fatal.empty()) {
        load_error = agg.workers[i].fatal;
      } else if (!agg.workers[i].ready) {
        std::string reason(ReasonName(exits[i]->reason));
        load_error =
            exits[i]->error.empty()
                ? absl::StrCat("the runtime ended while loading (", reason, ")")
                : exits[i]->error;
      }
    }
    if (load_error.empty() && absl::Now() > load_deadline) {
      load_error = "the script took more than 30 s to load";
    }
  }
  if (!load_error.empty()) {
    std::fprintf(stderr, "isohost load: %s: %s\n", script.c_str(),
                 load_error.c_str());
    return 1;
  }

  // Run.
  for (auto& worker : workers) worker->PostString("start").IgnoreError();
  const absl::Time start = absl::Now();
  const absl::Time deadline =
      start + absl::Milliseconds(duration_ms) + kFinishGrace;
  absl::Time next_progress = start + absl::Seconds(1);
  uint64_t last_iterations = 0;
  absl::Time last_progress = start;
  std::vector<std::string> notes;
  for (;;) {
    bool all_done = true;
    {
      absl::MutexLock lock(&agg.mu);
      agg.changed.WaitWithTimeout(&agg.mu, absl::Milliseconds(100));
      for (size_t i = 0; i < agg.workers.size(); ++i) {
        all_done = all_done && (agg.workers[i].finished ||
                                !agg.workers[i].fatal.empty() || exits[i]);
      }
      absl::Time now = absl::Now();
      if (live && now >= next_progress &&
          now <= start + absl::Milliseconds(duration_ms)) {
        double elapsed = absl::ToDoubleSeconds(now - start);
        double rate =
            (agg.iterations - last_iterations) /
            std::max(1e-9, absl::ToDoubleSeconds(now - last_progress));
        double p99 =
            Percentile(agg.hist, agg.iterations, 99, agg.min_ns, agg.max_ns);
        std::fprintf(stderr,
                     "\r\033[K  running %5.1fs/%.0fs  %llu iterations  "
                     "%.0f it/s  p99 %s",
                     elapsed, options.duration_s,
                     static_cast<unsigned long long>(agg.iterations), rate,
                     FormatNs(p99).c_str());
        std::fflush(stderr);
        last_iterations = agg.iterations;
        last_progress = now;
        next_progress += absl::Seconds(1);
      }
    }
    if (all_done) break;
    poll_exits();
    if (absl::Now() > deadline) {
      for (size_t i = 0; i < workers.size(); ++i) {
        absl::MutexLock lock(&agg.mu);
        if (!agg.workers[i].finished && !exits[i]) {
          notes.push_back(absl::StrCat(
              "worker ", i, " did not finish its last iteration within ",
              absl::FormatDuration(kFinishGrace), " of the end; terminated"));
        }
      }
      break;
    }
  }
  const double wall_s = absl::ToDoubleSeconds(absl::Now() - start);

  // Stats just before the runtimes end, then stop them.
  std::vector<WorkerStats> stats;
  for (auto& worker : workers) stats.push_back(worker->Stats());
  for (auto& worker : workers) worker->PostString("stop").IgnoreError();
  for (size_t i = 0; i < workers.size(); ++i) {
    std::optional<ExitRecord> exit = workers[i]->JoinFor(absl::Seconds(2));
    if (!exit) {
      workers[i]->Terminate();
      exit = workers[i]->Join();
    }
    // Normal ends are close() (kExit) and our own Terminate(); anything
    // else (an error, a limit) is worth a line.
    if (exit->reason != ExitRecord::Reason::kNormal &&
        exit->reason != ExitRecord::Reason::kExit &&
        exit->reason != ExitRecord::Reason::kTerminated) {
      notes.push_back(absl::StrCat("worker ", i, " ended with ",
                                   std::string(ReasonName(exit->reason)), ": ",
                                   exit->error));
    }
  }
  ClearLine(live);

  Summary s;
  s.script = script;
  s.workers = options.workers;
  s.stats = std::move(stats);
  s.notes = std::move(notes);
  {
    absl::MutexLock lock(&agg.mu);
    for (size_t i = 0; i < agg.workers.size(); ++i) {
      if (!agg.workers[i].fatal.empty()) {
        s.notes.push_back(
            absl::StrCat("worker ", i, " failed: ", agg.workers[i].fatal));
      }
    }
    // The iteration phase ran for the configured duration in each runtime;
    // use the wall time only if it was shorter (runtimes that died early).
    s.duration_s = std::min(wall_s, options.duration_s);
    s.iterations = agg.iterations;
    s.errors = agg.errors;
    s.first_error = agg.first_error;
    s.min_ns = agg.min_ns;
    s.max_ns = agg.max_ns;
    s.avg_ns = agg.iterations > 0 ? agg.sum_ns / agg.iterations : 0;
    s.med_ns = Percentile(agg.hist, agg.iterations, 50, agg.min_ns, agg.max_ns);
    s.p90_ns = Percentile(agg.hist, agg.iterations, 90, agg.min_ns, agg.max_ns);
    s.p99_ns = Percentile(agg.hist, agg.iterations, 99, agg.min_ns, agg.max_ns);
    s.hist = agg.hist;
    s.bin_ms = agg.bin_ms;
    s.bins = agg.bins;
    size_t want = static_cast<size_t>(std::ceil(duration_ms / agg.bin_ms));
    if (s.bins.size() < want) s.bins.resize(want, 0);
  }
  PrintSummary(s);

  int code = 0;
  if (s.iterations == 0) {
    std::fprintf(stderr, "isohost load: no iteration completed\n");
    code = 1;
  } else if (s.errors == s.iterations) {
    std::fprintf(stderr, "isohost load: every iteration failed: %s\n",
                 s.first_error.c_str());
    code = 1;
  }
  if (!options.out_html.empty()) {
    absl::Status written = WriteHtml(s, options.out_html);
    if (!written.ok()) {
      std::fprintf(stderr, "isohost load: %s\n",
                   std::string(written.message()).c_str());
      if (code == 0) code = 1;
    } else {
      std::printf("     report written to %s\n", options.out_html.c_str());
    }
  }
  return code;
}

}  // namespace isohost::tools
