// examples/untrusted_runner.cc: run a script you do not trust, under limits.
//
//   bazel run //examples:untrusted_runner -- SCRIPT [--max-heap-mb N]
//       [--max-wall-ms N]
//
// The script runs in a worker of its own; its console output is prefixed
// and passed through. Whatever it does, this process survives and reports
// how the script ended: normally, by error, over its heap limit (the
// worker's heap only) or over its wall-time budget (then terminated).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "host/host.h"

int main(int argc, char** argv) {
  if (const char* dir = std::getenv("BUILD_WORKING_DIRECTORY")) {
    if (chdir(dir) != 0) std::perror("chdir");
  }
  std::string script;
  uint64_t max_heap_mb = 64;
  int64_t max_wall_ms = 2000;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--max-heap-mb" && i + 1 < argc) {
      max_heap_mb = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--max-wall-ms" && i + 1 < argc) {
      max_wall_ms = std::strtoll(argv[++i], nullptr, 10);
    } else if (script.empty() && arg[0] != '-') {
      script = arg;
    } else {
      std::fprintf(stderr, "untrusted_runner: bad argument '%s'\n", arg.c_str());
      return 2;
    }
  }
  if (script.empty()) {
    std::fprintf(stderr,
                 "usage: untrusted_runner SCRIPT [--max-heap-mb N] "
                 "[--max-wall-ms N]\n");
    return 2;
  }

  absl::StatusOr<std::unique_ptr<isohost::Host>> host = isohost::Host::Create();
  if (!host.ok()) return 1;
  isohost::WorkerOptions options;
  options.script_path = script;
  options.name = "untrusted";
  options.limits.max_heap_mb = max_heap_mb;
  options.output = [](int fd, std::string_view text) {
    std::fprintf(fd == 2 ? stderr : stdout, "[script] %.*s",
                 static_cast<int>(text.size()), text.data());
  };
  absl::StatusOr<std::unique_ptr<isohost::Worker>> worker =
      (*host)->Spawn(options);
  if (!worker.ok()) {
    // A missing file or a syntax error, with its line and column.
    std::printf("rejected: %s\n", worker.status().ToString().c_str());
    return 1;
  }
  std::optional<isohost::ExitRecord> exit =
      (*worker)->JoinFor(absl::Milliseconds(max_wall_ms));
  bool over_time = !exit.has_value();
  if (over_time) {
    (*worker)->Terminate();
    exit = (*worker)->Join();
  }
  isohost::WorkerStats stats = (*worker)->Stats();
  std::printf("ended: %s%s, code %d%s%s\n",
              std::string(isohost::ReasonName(exit->reason)).c_str(),
              over_time ? " (over its wall-time budget)" : "", exit->code,
              exit->error.empty() ? "" : ": ", exit->error.c_str());
  std::printf("heap at exit: %.1f MB of %.1f MB; cpu %.0f ms\n",
              stats.heap_used_bytes / 1048576.0,
              stats.heap_limit_bytes / 1048576.0, stats.cpu_time_ms);
  // The host is still fine: prove it with another worker.
  isohost::WorkerOptions probe;
  probe.source = "postMessage(6 * 7);";
  absl::StatusOr<std::unique_ptr<isohost::Worker>> next = (*host)->Spawn(probe);
  absl::StatusOr<isohost::Message> answer =
      next.ok() ? (*next)->Receive(absl::Seconds(10))
                : absl::StatusOr<isohost::Message>(next.status());
  std::printf("host alive: %s\n",
              answer.ok() ? answer->ToJson()->c_str() : "NO");
  return exit->reason == isohost::ExitRecord::Reason::kNormal ? 0 : 1;
}
