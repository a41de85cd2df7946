// host/host.h: the public C++ API of isohost.
//
// A C++ program runs JavaScript in parallel with one Host and any number
// of Workers. Every Worker is a JS runtime of its own (V8 isolate, heap,
// call stack and event loop) on a thread of its own; the program talks to
// it only by messages, which JS sees as ordinary MessageEvents (`self.
// onmessage`, `postMessage()`), in the same structured-clone wire format
// JS-to-JS messages use.
//
//   absl::StatusOr<std::unique_ptr<isohost::Host>> host =
//       isohost::Host::Create();
//   isohost::WorkerOptions options;
//   options.source = "onmessage = (e) => postMessage(e.data * 2);";
//   absl::StatusOr<std::unique_ptr<isohost::Worker>> worker =
//       (*host)->Spawn(options);
//   (*worker)->PostMessage(isohost::Value::Number(21));
//   absl::StatusOr<isohost::Message> reply = (*worker)->Receive();
//   // reply->Decode()->number() == 42
//   (*worker)->Terminate();
//   isohost::ExitRecord exit = (*worker)->Join();
//
// docs/embedding.md walks through it; examples/ has complete programs.
//
// Errors are absl::Status values, never exceptions or crashes; every
// method says which threads may call it.
#ifndef ISOHOST_HOST_HOST_H_
#define ISOHOST_HOST_HOST_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "absl/types/span.h"
#include "host/value.h"

namespace isohost {

namespace channel {
struct Message;
}  // namespace channel

class Worker;

// Process-wide settings.
struct HostOptions {};

// How a runtime ended.
struct ExitRecord {
  enum class Reason {
    kNormal,       // ran out of work; `code` is process.exitCode (default 0)
    kExit,         // process.exit(code), or close() in a worker
    kError,        // an uncaught exception or unhandled rejection (code 1),
                   // or an unsettled top-level await (code 13)
    kTerminated,   // Worker::Terminate() (or Host::Shutdown())
    kOutOfMemory,  // the JS heap or external memory reached its limit, or
                   // V8 itself ran out (then the memory is not returned)
    kCpuTime,      // ResourceLimits::max_cpu_ms
    kWallTime,     // ResourceLimits::max_wall_ms
    kStack,        // an uncaught stack overflow (RangeError)
    kQueueFull,    // an uncaught ERR_QUEUE_FULL from postMessage()
  };
  int code = 0;
  Reason reason = Reason::kNormal;
  // For kError, kStack, kQueueFull: the error as JS prints it in one line
  // ("TypeError: boom"), and in full (with its stack); for a limit: what
  // was exceeded.
  std::string error;
  std::string stack;
  // For a stop the host forced (a limit, Terminate()): milliseconds from
  // the breach being seen to the worker's thread having released the
  // runtime; -1 otherwise.
  double stop_latency_ms = -1;
};

// "normal", "exit", "error", "terminated", "out-of-memory", "cpu-time",
// "wall-time", "stack", "queue-full".
std::string_view ReasonName(ExitRecord::Reason reason);

// Hard limits for one runtime; 0 means no limit. A worker that breaks one
// stops with the matching ExitRecord::Reason within milliseconds, and the
// host and the other workers carry on. Workers the script starts itself
// (`new Worker`) inherit these, tightened by their own resourceLimits.
struct ResourceLimits {
  uint64_t max_heap_mb = 0;      // JS heap, old generation (kOutOfMemory)
  uint64_t max_young_mb = 0;     // JS heap, young generation
  uint64_t max_external_mb = 0;  // ArrayBuffer memory (kOutOfMemory)
  uint64_t stack_kb = 0;         // thread stack; V8's limit follows (kStack)
  uint64_t max_cpu_ms = 0;       // CPU time of the worker's thread
  uint64_t max_wall_ms = 0;      // time since the worker started
  int max_workers = 0;           // live workers below it, all levels
  int max_worker_depth = 0;      // nesting of workers below it
  // Per port, messages (bytes) sent but not yet received: postMessage()
  // past either throws ERR_QUEUE_FULL in JS; from C++, ResourceExhausted.
  int64_t max_queued_messages = 0;
  int64_t max_queued_bytes = 0;
  bool allow_eval = true;        // eval(), new Function() from strings
  bool allow_wasm = true;        // WebAssembly
};

// The I/O a runtime may do; nothing unless granted (Deno's model). Each
// grant is all (`*_all`) or a list: hosts "name[:port]" or "[v6]:port"
// (no port: any port) for the network; folders or files for reading and
// writing, each covering everything below it, compared after symlinks are
// resolved (relative paths against the current directory). A denied call
// rejects or throws ERR_ACCESS_DENIED naming the grant it needs. Workers
// the script starts inherit these, or fewer (`new Worker(url,
// { permissions })`), never more. Spawn()/RunMain() fail with
// InvalidArgument for a host entry that does not parse.
struct Permissions {
  bool net_all = false;
  std::vector<std::string> net;    // fetch() (redirect targets included)
  bool read_all = false;
  std::vector<std::string> read;   // node:fs reads
  bool write_all = false;
  std::vector<std::string> write;  // node:fs writes
};

struct WorkerOptions {
  // The script: a file (relative paths against the current directory), or
  // its text in `source` when `script_path` is empty.
  std::string script_path;
  std::string source;
  // The worker's name (self.name). An inline `source` is reported in
  // errors as "<cwd>/<name>.js" ("worker.js" if unnamed); relative imports
  // of an inline module resolve against the current directory.
  std::string name;
  // An ES module (also implied by a .mjs file, or a .js file in a package
  // whose package.json says "type": "module"). Otherwise the script is
  // CommonJS (require, module, exports), as in Node...
  bool module = false;
  // ...or, with `classic`, a classic script (no require; top-level `var`s
  // are globals).
  bool classic = false;
  // process.argv after the script path.
  std::vector<std::string> argv;
  // The worker's `workerData` (structured-cloned), if any.
  std::optional<Value> worker_data;
  ResourceLimits limits;
  Permissions permissions;
  // Imports and `new Worker` scripts must resolve below this directory
  // (symlinks followed); empty: the nearest folder with a package.json at
  // or above the script's folder (its package, so that its node_modules
  // resolve), else the script's own folder (for an inline source, the same
  // from the current directory).
  std::string module_root;
  // The worker's console output (fd 1 for log/info, 2 for warn/error),
  // called on the worker's thread. Unset: the process's stdout/stderr.
  std::function<void(int fd, std::string_view text)> output;
};

// One message a worker posted to C++. Move-only; any thread.
class Message {
 public:
  Message(Message&&) noexcept;
  Message& operator=(Message&&) noexcept;
  ~Message();

  // The posted value. Unimplemented for what a Value cannot hold (a Map,
  // a BigInt, a MessagePort, ...); the wire bytes are still here.
  absl::StatusOr<Value> Decode() const;
  // Decode() as JSON.stringify() would print it.
  absl::StatusOr<std::string> ToJson() const;
  // The structured-clone bytes as JS wrote them.
  const std::vector<uint8_t>& wire_bytes() const;

 private:
  friend class Worker;
  explicit Message(std::unique_ptr<channel::Message> message);
  std::unique_ptr<channel::Message> message_;
};

// A snapshot of one worker.
struct WorkerStats {
  uint64_t heap_used_bytes = 0;
  uint64_t heap_total_bytes = 0;
  uint64_t heap_limit_bytes = 0;
  uint64_t external_memory_bytes = 0;  // ArrayBuffers and other off-heap
  uint64_t messages_in = 0;   // accepted by PostMessage() and friends
  uint64_t messages_out = 0;  // posted by the worker to C++
  int64_t queue_depth_in = 0;   // posted to the worker, not yet taken
  int64_t queue_depth_out = 0;  // posted by the worker, not yet received
  double event_loop_utilization = 0;  // [0, 1], share of time not idle
  double cpu_time_ms = 0;             // the worker thread's CPU time
  // Whether the runtime numbers (heap, loop, CPU) were taken just now;
  // false after the worker ended (they are its last) or if it did not
  // answer in time (they are the previous snapshot's).
  bool live = false;
};

// Runs a task somewhere: an embedder's event loop, a thread pool, ...
using Executor = std::function<void(std::function<void()> task)>;

// One running JS worker, from the C++ side. Owned by the embedder (from
// Host::Spawn()); destroying it terminates the worker and waits for its
// thread. Methods are thread-safe unless noted.
class Worker {
 public:
  ~Worker();  // Terminate(), then Join(); not from the message handler
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  // Worker::PostMessage()
  //
  // Any thread. Sends `value` to the worker, where it arrives as a
  // MessageEvent (`self.onmessage`). Messages from one thread arrive in
  // order. FailedPrecondition once the worker has stopped (a message
  // accepted just before it stopped is dropped with it, as in JS);
  // ResourceExhausted while the worker's queue is at its
  // max_queued_messages/bytes limit (nothing is sent; retry later);
  // InvalidArgument for a string that is not UTF-8.
  absl::Status PostMessage(const Value& value);
  // JSON text, parsed here: the worker receives the parsed value.
  // InvalidArgument (with the byte offset) for text that is not JSON.
  absl::Status PostJson(std::string_view json);
  // A string (UTF-8; InvalidArgument otherwise).
  absl::Status PostString(std::string_view utf8);
  // Raw bytes, which arrive as an ArrayBuffer.
  absl::Status PostBytes(absl::Span<const uint8_t> bytes);
  // Pre-made structured-clone wire bytes. Not checked here: bytes that do
  // not deserialize reach the worker as a 'messageerror' event.
  absl::Status PostWireBytes(std::vector<uint8_t> bytes);

  // Worker::Receive()
  //
  // Any thread (one receiver at a time gets each message). Waits up to
  // `timeout` for the next message the worker posted. DeadlineExceeded on
  // timeout; OutOfRange once the worker has stopped and every message it
  // sent was received; FailedPrecondition if a message handler is set.
  absl::StatusOr<Message> Receive(
      absl::Duration timeout = absl::InfiniteDuration());

  // Worker::SetMessageHandler()
  //
  // Any thread, once, before the first Receive(). From now on every
  // message goes to `handler`, one call at a time and in order, run by
  // `executor` (on whatever thread it chooses). Without an executor the
  // handler runs on the worker's thread inside its postMessage() call:
  // keep it short, and do not Join() or destroy the Worker there.
  void SetMessageHandler(std::function<void(Message)> handler,
                         Executor executor = nullptr);

  // Worker::Terminate()
  //
  // Any thread. Stops the worker's JS, even in `for (;;) {}`; returns at
  // once (Join() waits). Idempotent; no effect after it stopped.
  void Terminate();

  // Worker::Join()
  //
  // Any thread but the worker's own (so not from a handler without an
  // executor). Waits until the worker has stopped and returns how.
  ExitRecord Join();
  // Join() with a limit: nullopt if the worker still runs after `timeout`.
  std::optional<ExitRecord> JoinFor(absl::Duration timeout);

  // Worker::Stats()
  //
  // Any thread. Asks the worker for its numbers (a V8 interrupt answers
  // even while JS is busy), waiting at most `timeout`.
  WorkerStats Stats(absl::Duration timeout = absl::Milliseconds(200));

  const std::string& name() const { return name_; }

 private:
  friend class Host;
  struct State;
  Worker(std::string name, std::shared_ptr<State> state);
  absl::Status Post(std::vector<uint8_t> bytes);

  std::string name_;
  std::shared_ptr<State> state_;
};

// The process's JavaScript host. Owned by the embedder; one per process.
class Host {
 public:
  // Host::Create()
  //
  // Any thread. Sets up V8 for the process (the first time) and returns
  // the host. FailedPrecondition while another Host exists.
  static absl::StatusOr<std::unique_ptr<Host>> Create(HostOptions options = {});
  ~Host();  // Shutdown()
  Host(const Host&) = delete;
  Host& operator=(const Host&) = delete;

  // Host::Spawn()
  //
  // Any thread. Starts a worker and returns once its script has loaded
  // (compiled, and for a module linked with its imports), before any of
  // its code ran. NotFound for a missing script file; InvalidArgument for
  // a syntax or import error ("file:line:col: SyntaxError: ...") or for
  // options naming no script; FailedPrecondition after Shutdown().
  absl::StatusOr<std::unique_ptr<Worker>> Spawn(const WorkerOptions& options);

  // Host::Shutdown()
  //
  // Any thread but a worker's. Terminates every running worker and waits
  // until they have stopped; Spawn() fails from then on. Worker handles
  // stay valid (Join() returns at once). Idempotent.
  void Shutdown();

  // Host::RunMain()
  //
  // Runs a script as the process's main runtime on the calling thread (what
  // `isohost run` does), printing console output and uncaught errors to
  // stdout/stderr like Node. NotFound for a missing script (nothing runs);
  // every outcome of running JS, syntax errors included, is an ExitRecord.
  struct MainOptions {
    std::string script_path;
    bool module = false;            // as WorkerOptions::module
    bool classic = false;           // as WorkerOptions::classic
    std::vector<std::string> args;  // process.argv after the script path
    std::string host_argv0 = "isohost";
    ResourceLimits limits;
    Permissions permissions;  // as WorkerOptions::permissions
    std::string module_root;  // as WorkerOptions::module_root
    // Console output; unset: the process's stdout/stderr.
    std::function<void(int fd, std::string_view text)> output;
  };
  absl::StatusOr<ExitRecord> RunMain(const MainOptions& options);

  static std::string Version();    // isohost's own version
  static std::string V8Version();  // the engine's

 private:
  struct State;
  explicit Host(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// The old spelling of Host::MainOptions.
using MainOptions = Host::MainOptions;

}  // namespace isohost

#endif  // ISOHOST_HOST_HOST_H_
