// isolate/runtime_options.h: what a Runtime is made from and how it ends.
//
// V8-free on purpose: host/ builds these and reads the results without
// seeing V8. Plain value types; they move between threads as a whole.
#ifndef ISOHOST_ISOLATE_RUNTIME_OPTIONS_H_
#define ISOHOST_ISOLATE_RUNTIME_OPTIONS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "channel/message.h"
#include "channel/port.h"

namespace isohost::isolate {

class WorkerControl;

struct RuntimeOptions {
  // The script to run; relative paths are resolved against the current
  // directory.
  std::string entry_path;
  // The entry's source text, when it does not come from a file (a host
  // worker's inline script): `entry_path` then only names it (errors,
  // import.meta.url, and the base for relative imports).
  std::optional<std::string> entry_source;
  // Run the entry as an ES module (also implied by a `.mjs` extension).
  bool module = false;
  // process.argv as JS sees it (argv[0] is the host, argv[1] the script).
  std::vector<std::string> argv;
  // Where console output and uncaught-error reports go: fd 1 (stdout) or
  // 2 (stderr). Called on the runtime's thread. Unset: the process's
  // stdout/stderr.
  std::function<void(int fd, std::string_view text)> output;
  // The JS heap's (old generation) size limit; 0 is V8's default. Nearing
  // it ends the runtime with Reason::kOutOfMemory instead of V8's fatal
  // process abort.
  uint64_t max_heap_bytes = 0;

  // Set for a worker's runtime (see worker.h).
  struct Worker {
    std::string name;
    std::optional<channel::Message> data;      // workerData, cloned
    std::unique_ptr<channel::Port> port;       // the implicit port
    std::shared_ptr<WorkerControl> control;
  };
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
  };
  int code = 0;
  Reason reason = Reason::kNormal;
  std::string message;  // the uncaught error, as printed, when kError
  std::optional<ErrorReport> error;  // workers: what the parent dispatches
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
