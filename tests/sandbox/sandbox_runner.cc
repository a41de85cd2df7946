// tests/sandbox/sandbox_runner.cc: the hostile-script corpus.
//
// Runs every case in cases/ (a file whose header says `// expect: REASON
// [TEXT]` and optionally `// limits: key=value ...`) as a worker under its
// limits, through the public host API, and checks:
//  - the worker stops with the expected reason ("load-error" when Spawn()
//    refuses it), and TEXT, if given, appears in its error;
//  - the host is alive: a fresh worker answers, and sees untouched
//    built-ins (no tampering crosses runtimes);
//  - the memory came back: the process's RSS after the case is within
//    kRssSlackMb of the RSS before it (except cases marked `// memory:
//    lost`, whose runtime V8 itself gave up on);
//  - a bystander worker ticking all along is still running at the end.
// Prints one line per case (reason, stop latency, RSS) and exits 1 on any
// failure. Usage: sandbox_runner [CASES_DIR]
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "host/host.h"

namespace {

constexpr double kRssSlackMb = 48;

double RssMb() {
  malloc_trim(0);
  std::ifstream statm("/proc/self/statm");
  long pages_total = 0, pages_resident = 0;
  statm >> pages_total >> pages_resident;
  return pages_resident * static_cast<double>(sysconf(_SC_PAGESIZE)) /
         (1 << 20);
}

struct Case {
  std::string path;
  std::string name;
  std::string expect;       // a reason name, or "load-error"
  std::string expect_text;  // must appear in the error, if set
  isohost::ResourceLimits limits;
  bool memory_lost = false;
};

bool SetLimit(isohost::ResourceLimits& limits, const std::string& key,
              int64_t value) {
  if (key == "max_heap_mb") limits.max_heap_mb = value;
  else if (key == "max_young_mb") limits.max_young_mb = value;
  else if (key == "max_external_mb") limits.max_external_mb = value;
  else if (key == "stack_kb") limits.stack_kb = value;
  else if (key == "max_cpu_ms") limits.max_cpu_ms = value;
  else if (key == "max_wall_ms") limits.max_wall_ms = value;
  else if (key == "max_workers") limits.max_workers = static_cast<int>(value);
  else if (key == "max_worker_depth") limits.max_worker_depth = static_cast<int>(value);
  else if (key == "max_queued_messages") limits.max_queued_messages = value;
  else if (key == "max_queued_bytes") limits.max_queued_bytes = value;
  else if (key == "allow_eval") limits.allow_eval = value != 0;
  else if (key == "allow_wasm") limits.allow_wasm = value != 0;
  else return false;
  return true;
}

bool ParseCase(const std::filesystem::path& path, Case* out) {
  std::ifstream in(path);
  std::string line;
  out->path = path.string();
  out->name = path.filename().string();
  while (std::getline(in, line) && absl::StartsWith(line, "//")) {
    absl::string_view text = absl::StripAsciiWhitespace(
        absl::string_view(line).substr(2));
    if (absl::ConsumePrefix(&text, "expect:")) {
      std::vector<std::string> words =
          absl::StrSplit(absl::StripAsciiWhitespace(text), absl::MaxSplits(' ', 1));
      out->expect = words[0];
      if (words.size() > 1) out->expect_text = words[1];
    } else if (absl::ConsumePrefix(&text, "limits:")) {
      for (absl::string_view item :
           absl::StrSplit(text, ' ', absl::SkipWhitespace())) {
        std::vector<std::string> kv = absl::StrSplit(item, '=');
        int64_t value = 0;
        if (kv.size() != 2 || !absl::SimpleAtoi(kv[1], &value) ||
            !SetLimit(out->limits, kv[0], value)) {
          std::fprintf(stderr, "%s: bad limit '%s'\n", out->name.c_str(),
                       std::string(item).c_str());
          return false;
        }
      }
    } else if (absl::ConsumePrefix(&text, "memory:")) {
      out->memory_lost = absl::StripAsciiWhitespace(text) == "lost";
    }
  }
  return !out->expect.empty();
}

// A fresh worker answers and sees pristine built-ins.
bool HostAlive(isohost::Host& host) {
  isohost::WorkerOptions probe;
  probe.source =
      "const a = []; a.push(1);"
      "postMessage(JSON.stringify({ n: a.length, polluted: ({}).polluted,"
      "  promise: typeof Promise }));";
  auto worker = host.Spawn(probe);
  if (!worker.ok()) return false;
  auto answer = (*worker)->Receive(absl::Seconds(30));
  if (!answer.ok()) return false;
  auto value = answer->Decode();
  return value.ok() &&
         value->string() == "{\"n\":1,\"promise\":\"function\"}";
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : "";
  if (dir.empty()) {
    const char* srcdir = std::getenv("TEST_SRCDIR");
    dir = std::string(srcdir ? srcdir : ".") + "/isohost/tests/sandbox/cases";
  }
  std::vector<Case> cases;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    Case c;
    if (entry.is_regular_file() && ParseCase(entry.path(), &c)) {
      cases.push_back(std::move(c));
    }
  }
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.name < b.name; });
  if (cases.empty()) {
    std::fprintf(stderr, "no cases in %s\n", dir.c_str());
    return 1;
  }

  auto host = isohost::Host::Create();
  if (!host.ok()) return 1;
  // The bystander: ticks all along; it must still tick at the end.
  isohost::WorkerOptions ticker_options;
  ticker_options.source =
      "let n = 0; setInterval(() => postMessage(n++), 5);"
      "onmessage = () => postMessage('alive');";
  auto ticker = (*host)->Spawn(ticker_options);
  if (!ticker.ok()) return 1;

  double start_rss = RssMb();
  std::printf("%-28s %-14s %-14s %10s %9s %7s  %s\n", "case", "expected", "got",
              "stop (ms)", "RSS (MB)", "ticks", "");
  int failed = 0;
  for (const Case& c : cases) {
    double before = RssMb();
    isohost::WorkerOptions options;
    options.script_path = c.path;
    options.limits = c.limits;
    options.module = absl::EndsWith(c.path, ".mjs");
    options.output = [](int, std::string_view) {};  // hostile chatter
    std::string got, error;
    double stop_ms = -1;
    auto worker = (*host)->Spawn(options);
    if (!worker.ok()) {
      got = "load-error";
      error = worker.status().ToString();
    } else {
      std::optional<isohost::ExitRecord> exit =
          (*worker)->JoinFor(absl::Seconds(60));
      if (!exit.has_value()) {
        (*worker)->Terminate();
        exit = (*worker)->Join();
        got = "HUNG";
      } else {
        got = std::string(isohost::ReasonName(exit->reason));
      }
      error = exit->error;
      stop_ms = exit->stop_latency_ms;
      worker->reset();
    }
    // Ticks the bystander managed during the case.
    int ticks = 0;
    while ((*ticker)->Receive(absl::ZeroDuration()).ok()) ++ticks;
    bool alive = HostAlive(**host);
    double after = RssMb();
    std::vector<std::string> problems;
    if (got != c.expect) problems.push_back("wrong reason");
    if (!c.expect_text.empty() && !absl::StrContains(error, c.expect_text)) {
      problems.push_back("error lacks '" + c.expect_text + "': " + error);
    }
    if (!alive) problems.push_back("host not answering");
    if (!c.memory_lost && after - before > kRssSlackMb) {
      problems.push_back("memory not returned");
    }
    char stop_text[32] = "-";
    if (stop_ms >= 0) std::snprintf(stop_text, sizeof(stop_text), "%.1f", stop_ms);
    std::printf("%-28s %-14s %-14s %10s %4.0f->%-4.0f %7d  %s%s\n",
                c.name.c_str(), c.expect.c_str(), got.c_str(), stop_text,
                before, after, ticks, problems.empty() ? "ok" : "FAIL: ",
                absl::StrJoin(problems, "; ").c_str());
    std::fflush(stdout);
    failed += problems.empty() ? 0 : 1;
  }
  // The bystander is still there.
  bool ticking = (*ticker)->PostString("ping").ok();
  int seen = 0;
  while (ticking) {
    auto message = (*ticker)->Receive(absl::Seconds(30));
    if (!message.ok()) {
      ticking = false;
      break;
    }
    if (message->Decode()->is_string()) break;
    ++seen;
  }
  std::printf("bystander worker: %s; RSS %0.f MB at start, %.0f MB at end\n",
              ticking ? "still running" : "GONE", start_rss, RssMb());
  if (!ticking) ++failed;
  std::printf("%zu passed, %d failed\n", cases.size() + 1 - failed, failed);
  return failed == 0 ? 0 : 1;
}
