// tools/bench_command.h: `isohost bench SCENARIO [--json] [--size S] ...`.
//
// The scenarios are JS programs (tools/bench/isohost/*.mjs and their workers, embedded in the
// binary) written once for isohost's Web Worker API and once, natively, for
// Node's worker_threads (tools/bench/node/); tools/bench/compare.js runs
// both. Each prints one JSON object on stdout and "#progress F" lines on
// stderr. This command unpacks the scripts into a temporary directory, runs
// the scenario as the main runtime, draws the progress bar (only when
// stderr is a terminal) and prints the result as a table or, with --json,
// as the JSON object. Runs on the calling thread; uses only //host.
#ifndef ISOHOST_TOOLS_BENCH_COMMAND_H_
#define ISOHOST_TOOLS_BENCH_COMMAND_H_

#include <string>
#include <vector>

namespace isohost::tools {

// `args` are the words after "bench". Returns the process's exit code.
int RunBench(const std::vector<std::string>& args);

}  // namespace isohost::tools

#endif  // ISOHOST_TOOLS_BENCH_COMMAND_H_
