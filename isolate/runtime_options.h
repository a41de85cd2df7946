// isolate/runtime_options.h: what a Runtime is made from and how it ends.
//
// V8-free on purpose: host/ builds these and reads the results without
// seeing V8. Plain value types; they move between threads as a whole.
#ifndef ISOHOST_ISOLATE_RUNTIME_OPTIONS_H_
#define ISOHOST_ISOLATE_RUNTIME_OPTIONS_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "channel/message.h"
#include "channel/port.h"
#include "isolate/io/permissions.h"

namespace isohost::isolate {

class WorkerControl;

// Hard limits on one runtime; 0 means "no limit" (V8's default for the
// heap). A breach stops the runtime with the matching ExitRecord::Reason.
struct Limits {
  uint64_t max_heap_bytes = 0;        // old generation; kOutOfMemory
  uint64_t max_young_bytes = 0;       // young generation (semi-spaces)
  uint64_t max_external_bytes = 0;    // ArrayBuffer memory; kOutOfMemory
  uint64_t stack_bytes = 0;           // the thread's stack and V8's limit
  uint64_t max_cpu_ms = 0;            // the thread's CPU time; kCpuTime
  uint64_t max_wall_ms = 0;           // since the runtime started; kWallTime
  int max_workers = 0;                // live workers in this runtime's tree
  int max_worker_depth = 0;           // nesting below this runtime
  int64_t max_queued_messages = 0;    // per port, sent but not yet taken
  int64_t max_queued_bytes = 0;       // per port; postMessage throws
  bool allow_eval = true;             // eval(), new Function(), ...
  bool allow_wasm = true;             // WebAssembly
};

// Shared by a runtime and every worker below it: how many workers are
// alive in the tree. Thread-safe.
struct WorkerBudget {
  std::atomic<int> live{0};
};

// What a worker's runtime has beyond RuntimeOptions (RuntimeOptions::Worker).
// At namespace scope, not nested: clang rejects std::optional of a nested
// struct with default member initializers inside its enclosing class.
struct WorkerRuntimeOptions {
  std::string name;
  std::optional<channel::Message> data;      // workerData, cloned
  std::unique_ptr<channel::Port> port;       // the implicit port
  std::shared_ptr<WorkerControl> control;
  // node:worker_threads' threadId (process-wide, NextThreadId()); 0: one
  // is taken when the runtime starts (a worker the host API spawned).
  uint64_t thread_id = 0;
  // Started by node:worker_threads: `data` is the Node start-up record
  // (workerData, environment data, argv, env), the implicit port is
  // `parentPort` (its events go to the port itself) and the Web Worker
  // globals (postMessage, onmessage, close, ...) are not installed.
  bool node = false;
};

struct RuntimeOptions {
  // The script to run; relative paths are resolved against the current
  // directory.
  std::string entry_path;
  // The entry's source text, when it does not come from a file (a host
  // worker's inline script): `entry_path` then only names it (errors,
  // import.meta.url, and the base for relative imports).
  std::optional<std::string> entry_source;
  // Run the entry as an ES module (also implied by a `.mjs` extension, or
  // a `.js` file in a package whose package.json says "type": "module").
  bool module = false;
  // Run a non-module entry as a classic script (top-level `var`s are
  // globals; no require/module) instead of CommonJS.
  bool classic = false;
  // process.argv as JS sees it (argv[0] is the host, argv[1] the script).
  std::vector<std::string> argv;
  // Where console output and uncaught-error reports go: fd 1 (stdout) or
  // 2 (stderr). Called on the runtime's thread. Unset: the process's
  // stdout/stderr.
  std::function<void(int fd, std::string_view text)> output;
  // Nearing the heap limit ends the runtime with Reason::kOutOfMemory
  // instead of V8's fatal process abort.
  Limits limits;
  // Module imports and worker scripts must resolve below this directory
  // (after following symlinks); empty: the entry script's directory (set
  // by Load()).
  std::string module_root;
  // The I/O this runtime may do (fetch, files); nothing by default. A
  // worker gets its parent's, or fewer (io::Permissions::Narrow()).
  io::Permissions permissions;
  // Worker nesting: this runtime's depth (0 for the main runtime) and the
  // tree's live-worker count (made by the top runtime).
  int depth = 0;
  std::shared_ptr<WorkerBudget> worker_budget;
  // The main runtime's control (workers carry theirs in `worker`): lets the
  // watchdog stop it on a CPU or wall-time breach.
  std::shared_ptr<WorkerControl> control;

  // Set for a worker's runtime (see worker.h).
  using Worker = WorkerRuntimeOptions;
  std::optional<Worker> worker;
};

// An uncaught error as a worker's parent sees it (an ErrorEvent).
struct ErrorReport {
  std::string message;
  std::string filename;
  int lineno = 0;
  int colno = 0;
  std::optional<channel::Message> error;  // the thrown value, cloned
};

// How a runtime ended.
struct ExitRecord {
  enum class Reason {
    kNormal,
    kError,
    kExit,
    kTerminated,
    kSetupFailed,
    kOutOfMemory,
    kCpuTime,
    kWallTime,
    kStack,
    kQueueFull,
  };
  int code = 0;
  Reason reason = Reason::kNormal;
  std::string message;  // the uncaught error, as printed, when kError
  std::optional<ErrorReport> error;  // workers: what the parent dispatches
  // For a stop the host forced (a limit, terminate()): milliseconds from
  // the request to the runtime's end; -1 otherwise.
  double stop_latency_ms = -1;
  // The runtime was abandoned after a fatal V8 error (RunContained()): its
  // ports never close, its memory is not returned.
  bool abandoned = false;
};

// A point-in-time view of one runtime, taken on its own thread.
struct RuntimeStats {
  uint64_t heap_used = 0;        // bytes of live JS heap objects
  uint64_t heap_total = 0;       // bytes the JS heap has reserved
  uint64_t heap_limit = 0;       // the heap size V8 will not grow past
  uint64_t external_memory = 0;  // ArrayBuffer and other off-heap bytes
  double event_loop_utilization = 0;  // [0, 1] since the loop started
  double cpu_time_ms = 0;        // the runtime thread's CPU time
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_RUNTIME_OPTIONS_H_
