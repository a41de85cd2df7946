// tools/isohost_main.cc: the `isohost` command line.
//
//   isohost run [--module|--classic] FILE [ARGS...]   run a script (Node-like)
//   isohost FILE [ARGS...]                  the same
//   isohost --version                       isohost's and V8's versions
//   isohost help                            usage
//
// Exit codes: the script's (0, 1 for an uncaught error, process.exit's
// code, 13 for an unsettled top-level await); 2 for a usage error or a
// missing script file.
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/match.h"
#include "host/host.h"
#include "tools/bench_command.h"
#include "tools/load/load.h"

namespace {

constexpr char kUsage[] =
    "Usage: isohost <command> [options]\n"
    "\n"
    "Commands:\n"
    "  run [--module|--classic] FILE [ARGS...]\n"
    "                                 run FILE: an ES module if it is .mjs, a\n"
    "                                 .js file in a \"type\": \"module\" package,\n"
    "                                 or with --module; else CommonJS (require,\n"
    "                                 module, exports), or a classic script\n"
    "                                 (no require) with --classic\n"
    "      limits (0 = none; a breach stops the script with a reason):\n"
    "      --max-heap-mb N --max-young-mb N --max-external-mb N --stack-kb N\n"
    "      --max-cpu-ms N --max-wall-ms N --max-workers N --max-worker-depth N\n"
    "      --max-queued-messages N --max-queued-bytes N\n"
    "      --no-eval --no-wasm    forbid code from strings / WebAssembly\n"
    "      I/O, none unless granted (lists are comma-separated):\n"
    "      --allow-net[=HOST[:PORT],...]   fetch() to these hosts (or any)\n"
    "      --allow-read[=PATH,...]         node:fs reads below these paths\n"
    "      --allow-write[=PATH,...]        node:fs writes below these paths\n"
    "      --allow-all, -A                 all three, unrestricted\n"
    "      --root DIR             imports and workers only below DIR\n"
    "                             (default: the nearest folder with a\n"
    "                             package.json above the script, else the\n"
    "                             script's folder)\n"
    "  FILE [ARGS...]                 the same as `run FILE`\n"
    "  bench SCENARIO [--json] [--size tiny|normal]\n"
    "                                 run a benchmark scenario (startup,\n"
    "                                 pingpong, throughput, clone, memory,\n"
    "                                 scale, all); tools/bench/compare.js\n"
    "                                 compares it with Node.js\n"
    "  load SCRIPT [--workers N] [--duration S] [--out report.html]\n"
    "                                 call SCRIPT's default export in a loop\n"
    "                                 in N isolated runtimes for S seconds\n"
    "  --version, -v                  print isohost's and V8's versions\n"
    "  help, --help, -h               print this help\n";

int Usage(const std::string& complaint) {
  if (!complaint.empty()) std::fprintf(stderr, "isohost: %s\n", complaint.c_str());
  std::fputs(kUsage, stderr);
  return 2;
}

// `isohost run` flags that set a ResourceLimits field.
struct LimitFlag {
  const char* name;
  void (*set)(isohost::ResourceLimits&, long long);
};
constexpr LimitFlag kLimitFlags[] = {
    {"--max-heap-mb", [](auto& l, long long v) { l.max_heap_mb = v; }},
    {"--max-young-mb", [](auto& l, long long v) { l.max_young_mb = v; }},
    {"--max-external-mb", [](auto& l, long long v) { l.max_external_mb = v; }},
    {"--stack-kb", [](auto& l, long long v) { l.stack_kb = v; }},
    {"--max-cpu-ms", [](auto& l, long long v) { l.max_cpu_ms = v; }},
    {"--max-wall-ms", [](auto& l, long long v) { l.max_wall_ms = v; }},
    {"--max-workers", [](auto& l, long long v) { l.max_workers = static_cast<int>(v); }},
    {"--max-worker-depth",
     [](auto& l, long long v) { l.max_worker_depth = static_cast<int>(v); }},
    {"--max-queued-messages",
     [](auto& l, long long v) { l.max_queued_messages = v; }},
    {"--max-queued-bytes", [](auto& l, long long v) { l.max_queued_bytes = v; }},
};

// "--allow-net", "--allow-net=a,b": sets `*all` or appends to `list`.
// False if `arg` is not `flag` (with or without a value).
bool ParseGrantFlag(const std::string& arg, std::string_view flag, bool* all,
                    std::vector<std::string>* list, std::string* error) {
  if (arg == flag) {
    *all = true;
    return true;
  }
  if (!absl::StartsWith(arg, std::string(flag) + "=")) return false;
  std::string value = arg.substr(flag.size() + 1);
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = value.find(',', start);
    if (comma == std::string::npos) comma = value.size();
    if (comma > start) list->push_back(value.substr(start, comma - start));
    start = comma + 1;
  }
  if (list->empty()) {
    *error = "run: " + std::string(flag) + "= needs a list (or write " +
             std::string(flag) + " alone for all)";
  }
  return true;
}

const LimitFlag* FindLimitFlag(const std::string& arg) {
  for (const LimitFlag& flag : kLimitFlags) {
    if (arg == flag.name) return &flag;
  }
  return nullptr;
}

int Run(const std::vector<std::string>& args) {
  isohost::MainOptions options;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--module") {
      options.module = true;
    } else if (arg == "--classic") {
      options.classic = true;
    } else if (arg == "--no-eval") {
      options.limits.allow_eval = false;
    } else if (arg == "--no-wasm") {
      options.limits.allow_wasm = false;
    } else if (arg == "--allow-all" || arg == "-A") {
      options.permissions.net_all = options.permissions.read_all =
          options.permissions.write_all = true;
    } else if (std::string error;
               ParseGrantFlag(arg, "--allow-net", &options.permissions.net_all,
                              &options.permissions.net, &error) ||
               ParseGrantFlag(arg, "--allow-read",
                              &options.permissions.read_all,
                              &options.permissions.read, &error) ||
               ParseGrantFlag(arg, "--allow-write",
                              &options.permissions.write_all,
                              &options.permissions.write, &error)) {
      if (!error.empty()) return Usage(error);
    } else if (arg == "--root") {
      if (i + 1 >= args.size()) return Usage("run: --root needs a directory");
      options.module_root = args[++i];
    } else if (const LimitFlag* flag = FindLimitFlag(arg)) {
      if (i + 1 >= args.size()) return Usage("run: " + arg + " needs a number");
      char* end = nullptr;
      const std::string& text = args[++i];
      long long value = std::strtoll(text.c_str(), &end, 10);
      if (text.empty() || *end != '\0' || value < 0) {
        return Usage("run: " + arg + " needs a whole number >= 0, not '" +
                     text + "'");
      }
      flag->set(options.limits, value);
    } else if (arg == "--") {
      ++i;
      break;
    } else if (absl::StartsWith(arg, "-")) {
      return Usage("unknown option '" + arg + "' for run");
    } else {
      break;
    }
  }
  if (i >= args.size()) return Usage("run: missing script file");
  options.script_path = args[i];
  options.args.assign(args.begin() + static_cast<long>(i) + 1, args.end());

  absl::StatusOr<std::unique_ptr<isohost::Host>> host = isohost::Host::Create();
  if (!host.ok()) {
    std::fprintf(stderr, "isohost: %s\n",
                 std::string(host.status().message()).c_str());
    return 70;
  }
  absl::StatusOr<isohost::ExitRecord> exit = (*host)->RunMain(options);
  if (!exit.ok()) {
    std::fprintf(stderr, "isohost: %s\n",
                 std::string(exit.status().message()).c_str());
    return 2;
  }
  switch (exit->reason) {
    case isohost::ExitRecord::Reason::kOutOfMemory:
    case isohost::ExitRecord::Reason::kCpuTime:
    case isohost::ExitRecord::Reason::kWallTime:
      // Stopped by a limit: nothing was printed yet; say why.
      std::fprintf(stderr, "isohost: stopped (%s): %s\n",
                   std::string(isohost::ReasonName(exit->reason)).c_str(),
                   exit->error.c_str());
      return exit->code == 0 ? 1 : exit->code;
    case isohost::ExitRecord::Reason::kStack:
    case isohost::ExitRecord::Reason::kQueueFull:
      // The uncaught error was printed; name the limit it stands for.
      std::fprintf(stderr, "isohost: stopped (%s)\n",
                   std::string(isohost::ReasonName(exit->reason)).c_str());
      return exit->code == 0 ? 1 : exit->code;
    default:
      return exit->code;
  }
}

int Load(const std::vector<std::string>& args) {
  isohost::tools::LoadOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](const char* name) -> const std::string* {
      if (i + 1 >= args.size()) {
        Usage(std::string("load: ") + name + " needs a value");
        return nullptr;
      }
      return &args[++i];
    };
    if (arg == "--workers" || arg == "-w") {
      const std::string* v = value("--workers");
      if (v == nullptr) return 2;
      char* end = nullptr;
      long n = std::strtol(v->c_str(), &end, 10);
      // RunLoad() checks the range.
      if (v->empty() || *end != '\0' || n < INT_MIN || n > INT_MAX) {
        return Usage("load: --workers must be a whole number");
      }
      options.workers = static_cast<int>(n);
    } else if (arg == "--duration" || arg == "-d") {
      const std::string* v = value("--duration");
      if (v == nullptr) return 2;
      std::string text = *v;
      if (!text.empty() && text.back() == 's') text.pop_back();
      char* end = nullptr;
      double seconds = std::strtod(text.c_str(), &end);
      if (text.empty() || *end != '\0') {  // RunLoad() checks the range
        return Usage("load: --duration must be a number of seconds");
      }
      options.duration_s = seconds;
    } else if (arg == "--out" || arg == "-o") {
      const std::string* v = value("--out");
      if (v == nullptr) return 2;
      options.out_html = *v;
    } else if (absl::StartsWith(arg, "-")) {
      return Usage("unknown option '" + arg + "' for load");
    } else if (options.script.empty()) {
      options.script = arg;
    } else {
      return Usage("load: one script at a time");
    }
  }
  if (options.script.empty()) return Usage("load: missing script");
  return isohost::tools::RunLoad(options);
}

}  // namespace

int main(int argc, char** argv) {
  // `bazel run` starts us in the runfiles tree; run relative to where the
  // user typed the command.
  if (const char* dir = std::getenv("BUILD_WORKING_DIRECTORY")) {
    if (chdir(dir) != 0) std::perror("isohost: chdir");
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return Usage("");
  const std::string& command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--version" || command == "-v" || command == "version") {
    std::printf("isohost %s\nV8 %s\n", isohost::Host::Version().c_str(),
                isohost::Host::V8Version().c_str());
    return 0;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "run") return Run(rest);
  if (command == "bench") return isohost::tools::RunBench(rest);
  if (command == "load") return Load(rest);
  if (absl::StartsWith(command, "-")) {
    return Usage("unknown option '" + command + "'");
  }
  if (absl::EndsWith(command, ".js") || absl::EndsWith(command, ".mjs") ||
      absl::EndsWith(command, ".cjs")) {
    return Run(args);
  }
  return Usage("unknown command '" + command + "'");
}
