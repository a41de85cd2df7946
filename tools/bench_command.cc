#include "tools/bench_command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "host/host.h"
#include "tools/bench_scripts.h"

namespace isohost::tools {
namespace {

constexpr const char* kScenarios[] = {"startup", "pingpong", "throughput",
                                      "clone",   "memory",   "scale",
                                      "modules"};

int BenchUsage(const std::string& error) {
  if (!error.empty()) std::fprintf(stderr, "isohost bench: %s\n", error.c_str());
  std::fprintf(stderr,
               "usage: isohost bench SCENARIO [--json] [--size tiny|normal] "
               "[--budget-mb N]\n"
               "scenarios: startup pingpong throughput clone memory scale "
               "modules all\n");
  return 2;
}

// Writes the embedded scripts into a fresh directory; "" on failure.
std::string UnpackScripts() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "isohost-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) return "";
  for (const BenchScript& script : kBenchScripts) {
    std::ofstream out(std::filesystem::path(pattern) / script.name);
    out << script.text;
    if (!out) return "";
  }
  return pattern;
}

// Writes the "modules" scenario's package graph below `dir`/graph: 20
// packages (node_modules/pkg-NN, "type": "module", "exports" with a
// subpath pattern) of 10 modules each, and app/entry.mjs importing all 20:
// 201 modules. Each lib module imports its predecessor (relative) and a
// module of the next package (bare specifier + pattern export), so that
// resolution takes every path. tools/bench/node/modules.js writes the same
// graph for Node. False on a write error.
bool WriteModuleGraph(const std::string& dir) {
  namespace fs = std::filesystem;
  constexpr int kPackages = 20;
  constexpr int kLibModules = 9;
  fs::path root = fs::path(dir) / "graph";
  auto write = [](const fs::path& path, const std::string& text) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path);
    out << text;
    return static_cast<bool>(out);
  };
  bool ok = write(root / "package.json", "{ \"name\": \"graph-app\" }\n");
  std::string entry;
  for (int p = 0; p < kPackages; ++p) {
    std::string name = absl::StrCat("pkg-", p < 10 ? "0" : "", p);
    std::string next_name =
        absl::StrCat("pkg-", (p + 1) % kPackages < 10 ? "0" : "", (p + 1) % kPackages);
    fs::path package = root / "node_modules" / name;
    ok = ok && write(package / "package.json",
                     absl::StrCat("{ \"name\": \"", name,
                                  "\", \"type\": \"module\", \"exports\": { \".\": "
                                  "\"./index.js\", \"./lib/*\": \"./lib/*.js\" } }\n"));
    std::string index;
    for (int m = 1; m <= kLibModules; ++m) {
      std::string lib;
      if (m > 1) absl::StrAppend(&lib, "import { value as prev } from './m", m - 1, ".js';\n");
      if (m == 1) absl::StrAppend(&lib, "const prev = 0;\n");
      absl::StrAppend(&lib, "export const value = prev + ", m, ";\n");
      ok = ok && write(package / "lib" / absl::StrCat("m", m, ".js"), lib);
      absl::StrAppend(&index, "import { value as v", m, " } from './lib/m", m, ".js';\n");
    }
    absl::StrAppend(&index, "import { value as other } from '", next_name,
                    "/lib/m1';\nexport const value = v", kLibModules, " + other;\n");
    ok = ok && write(package / "index.js", index);
    absl::StrAppend(&entry, "import { value as p", p, " } from '", name, "';\n");
  }
  absl::StrAppend(&entry, "export const total = 0");
  for (int p = 0; p < kPackages; ++p) absl::StrAppend(&entry, " + p", p);
  absl::StrAppend(&entry, ";\n");
  return ok && write(root / "app" / "entry.mjs", entry);
}

void DrawProgress(const std::string& scenario, double fraction) {
  constexpr int kWidth = 30;
  int filled = static_cast<int>(fraction * kWidth + 0.5);
  std::string bar(filled, '#');
  bar.append(kWidth - filled, '.');
  std::fprintf(stderr, "\r%-10s [%s] %3.0f%%", scenario.c_str(), bar.c_str(),
               fraction * 100);
  std::fflush(stderr);
}

std::string FormatValue(double value) {
  if (value == static_cast<int64_t>(value) && std::abs(value) < 1e15) {
    return absl::StrCat(static_cast<int64_t>(value));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), std::abs(value) >= 100 ? "%.1f" : "%.3g",
                value);
  return buffer;
}

void PrintTable(const Value& result) {
  const Value* metrics = result.Find("metrics");
  const Value* scenario = result.Find("scenario");
  const Value* size = result.Find("size");
  std::printf("%s (isohost, size %s)\n",
              scenario ? scenario->string().c_str() : "?",
              size ? size->string().c_str() : "?");
  if (metrics == nullptr) return;
  for (const Value& metric : metrics->items()) {
    const Value* name = metric.Find("name");
    const Value* value = metric.Find("value");
    const Value* unit = metric.Find("unit");
    const Value* better = metric.Find("better");
    std::printf("  %-28s %14s %-8s %s\n", name ? name->string().c_str() : "?",
                value ? FormatValue(value->number()).c_str() : "?",
                unit ? unit->string().c_str() : "",
                better ? absl::StrCat("(", better->string(), " is better)").c_str()
                       : "");
  }
}

// Runs one scenario; fills `result` with its JSON object.
int RunScenario(Host& host, const std::string& dir, const std::string& scenario,
                const std::vector<std::string>& script_args, bool show_progress,
                Value* result) {
  std::string out;
  std::string err_tail;
  Host::MainOptions options;
  options.script_path = (std::filesystem::path(dir) / (scenario + ".mjs")).string();
  options.args = script_args;
  options.output = [&](int fd, std::string_view text) {
    if (fd == 1) {
      out.append(text);
      return;
    }
    err_tail.append(text);
    // Whole lines only: "#progress F" drives the bar, the rest is shown.
    size_t end;
    while ((end = err_tail.find('\n')) != std::string::npos) {
      std::string line = err_tail.substr(0, end);
      err_tail.erase(0, end + 1);
      if (absl::StartsWith(line, "#progress ")) {
        if (show_progress) {
          DrawProgress(scenario, std::atof(line.c_str() + 10));
        }
      } else {
        std::fprintf(stderr, "%s\n", line.c_str());
      }
    }
  };
  absl::StatusOr<ExitRecord> exit = host.RunMain(options);
  if (show_progress) std::fprintf(stderr, "\r%60s\r", "");
  if (!exit.ok()) {
    std::fprintf(stderr, "isohost bench: %s\n", exit.status().ToString().c_str());
    return 1;
  }
  if (exit->code != 0) {
    std::fprintf(stderr, "isohost bench: scenario %s failed (%s, code %d)\n",
                 scenario.c_str(), std::string(ReasonName(exit->reason)).c_str(),
                 exit->code);
    return 1;
  }
  // The result is the last non-empty line of stdout.
  std::vector<std::string> lines =
      absl::StrSplit(out, '\n', absl::SkipWhitespace());
  absl::StatusOr<Value> parsed =
      lines.empty() ? absl::StatusOr<Value>(absl::InvalidArgumentError("no output"))
                    : Value::FromJson(lines.back());
  if (!parsed.ok() || !parsed->is_object()) {
    std::fprintf(stderr, "isohost bench: scenario %s printed no JSON result: %s\n",
                 scenario.c_str(), parsed.status().ToString().c_str());
    return 1;
  }
  *result = std::move(*parsed);
  return 0;
}

}  // namespace

int RunBench(const std::vector<std::string>& args) {
  std::string scenario;
  bool json = false;
  std::vector<std::string> script_args;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--json") {
      json = true;
    } else if (arg == "--size" || arg == "--budget-mb") {
      if (i + 1 >= args.size()) return BenchUsage(arg + " needs a value");
      script_args.push_back(arg);
      script_args.push_back(args[++i]);
    } else if (absl::StartsWith(arg, "--size=") ||
               absl::StartsWith(arg, "--budget-mb=")) {
      script_args.push_back(arg);
    } else if (absl::StartsWith(arg, "-")) {
      return BenchUsage("unknown option '" + arg + "'");
    } else if (scenario.empty()) {
      scenario = arg;
    } else {
      return BenchUsage("one scenario at a time (or 'all')");
    }
  }
  if (scenario.empty()) return BenchUsage("missing scenario");
  std::vector<std::string> scenarios;
  for (const char* known : kScenarios) {
    if (scenario == "all" || scenario == known) scenarios.push_back(known);
  }
  if (scenarios.empty()) return BenchUsage("unknown scenario '" + scenario + "'");

  std::string dir = UnpackScripts();
  if (dir.empty() || !WriteModuleGraph(dir)) {
    std::fprintf(stderr, "isohost bench: cannot write the scenario scripts\n");
    return 1;
  }
  absl::StatusOr<std::unique_ptr<Host>> host = Host::Create();
  if (!host.ok()) {
    std::fprintf(stderr, "isohost bench: %s\n", host.status().ToString().c_str());
    return 1;
  }
  bool show_progress = isatty(STDERR_FILENO) && !json;
  int code = 0;
  Value all = Value::Array();
  for (const std::string& name : scenarios) {
    Value result;
    if (RunScenario(**host, dir, name, script_args, show_progress, &result) != 0) {
      code = 1;
      continue;
    }
    if (json) {
      all.Push(std::move(result));
    } else {
      PrintTable(result);
    }
  }
  if (json) {
    std::printf("%s\n", scenarios.size() == 1 && all.size() == 1
                            ? all.items()[0].ToJson().c_str()
                            : all.ToJson().c_str());
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  return code;
}

}  // namespace isohost::tools
