// tools/isohost_main.cc: the `isohost` command line.
//
//   isohost run [--module] FILE [ARGS...]   run a script (Node-like output)
//   isohost FILE [ARGS...]                  the same
//   isohost --version                       isohost's and V8's versions
//   isohost help                            usage
//
// Exit codes: the script's (0, 1 for an uncaught error, process.exit's
// code, 13 for an unsettled top-level await); 2 for a usage error or a
// missing script file.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "host/host.h"
#include "tools/bench_command.h"

namespace {

constexpr char kUsage[] =
    "Usage: isohost <command> [options]\n"
    "\n"
    "Commands:\n"
    "  run [--module] FILE [ARGS...]  run FILE (a .mjs file, or any file with\n"
    "                                 --module, runs as an ES module)\n"
    "  FILE [ARGS...]                 the same as `run FILE`\n"
    "  bench SCENARIO [--json] [--size tiny|normal]\n"
    "                                 run a benchmark scenario (startup,\n"
    "                                 pingpong, throughput, clone, memory,\n"
    "                                 scale, all); tools/bench/compare.js\n"
    "                                 compares it with Node.js\n"
    "  --version, -v                  print isohost's and V8's versions\n"
    "  help, --help, -h               print this help\n";

int Usage(const std::string& complaint) {
  if (!complaint.empty()) std::fprintf(stderr, "isohost: %s\n", complaint.c_str());
  std::fputs(kUsage, stderr);
  return 2;
}

int Run(const std::vector<std::string>& args) {
  isohost::MainOptions options;
  size_t i = 0;
  for (; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--module") {
      options.module = true;
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
  return exit->code;
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
  if (absl::StartsWith(command, "-")) {
    return Usage("unknown option '" + command + "'");
  }
  if (absl::EndsWith(command, ".js") || absl::EndsWith(command, ".mjs") ||
      absl::EndsWith(command, ".cjs")) {
    return Run(args);
  }
  return Usage("unknown command '" + command + "'");
}
