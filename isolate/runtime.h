// isolate/runtime.h: one JavaScript runtime (isolate + context + event loop).
//
// A Runtime is everything one JS program needs: a v8::Isolate with its heap
// and call stack, one Context with the host's globals (console, timers,
// immediates, process.nextTick, queueMicrotask, structuredClone, ...), and
// the EventLoop its callbacks run on. After every callback that ran JS, the
// runtime performs Node's checkpoint: the nextTick queue, then V8's
// microtask queue (MicrotasksPolicy::kExplicit), repeated until both are
// empty, then unhandled-rejection processing.
//
// Ownership and threads: thread-affine. Create(), RunMain() and the
// destructor run on one thread, which owns the runtime for its whole life
// (the process's main thread for `isohost run`, a worker's own thread for a
// worker). Nothing here is safe to call from another thread; other threads
// reach a runtime only through its loop's TaskPoster.
#ifndef ISOHOST_ISOLATE_RUNTIME_H_
#define ISOHOST_ISOLATE_RUNTIME_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "channel/message.h"
#include "channel/port.h"
#include "isolate/v8_process.h"
#include "loop/event_loop.h"
#include "v8-array-buffer.h"
#include "v8-context.h"
#include "v8-isolate.h"
#include "v8-persistent-handle.h"
#include "v8-promise.h"
#include "v8-script.h"

namespace isohost::isolate {

class ModuleLoader;
class PortBinding;
class WorkerControl;
class WorkerHost;

struct RuntimeOptions {
  // The script to run; relative paths are resolved against the current
  // directory.
  std::string entry_path;
  // Run the entry as an ES module (also implied by a `.mjs` extension).
  bool module = false;
  // process.argv as JS sees it (argv[0] is the host, argv[1] the script).
  std::vector<std::string> argv;
  // Where console output and uncaught-error reports go: fd 1 (stdout) or
  // 2 (stderr). Called on the runtime's thread. Unset: the process's
  // stdout/stderr.
  std::function<void(int fd, std::string_view text)> output;

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
  enum class Reason { kNormal, kError, kExit, kTerminated, kSetupFailed };
  int code = 0;
  Reason reason = Reason::kNormal;
  std::string message;  // the uncaught error, as printed, when kError
  std::optional<ErrorReport> error;  // workers: what the parent dispatches
};

class Runtime {
 public:
  static constexpr int kEmbedderDataSlot = 0;

  // Runtime::Create()
  //
  // Builds the isolate, context and globals on the calling thread.
  static absl::StatusOr<std::unique_ptr<Runtime>> Create(
      std::shared_ptr<V8Process> v8, RuntimeOptions options);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Runtime::RunMain()
  //
  // Loads and runs the entry script, then the event loop until nothing can
  // run any more (or process.exit(), or an uncaught error). A missing entry
  // file is reported as kSetupFailed with code 2 and nothing runs.
  ExitRecord RunMain();

  // ---- for isolate/'s natives and loaders (runtime thread only) ----------

  static Runtime* From(v8::Isolate* isolate) {
    return static_cast<Runtime*>(isolate->GetData(kEmbedderDataSlot));
  }
  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const {
    return context_.Get(isolate_);
  }
  loop::EventLoop& loop() { return *loop_; }
  const RuntimeOptions& options() const { return options_; }
  ModuleLoader& modules() { return *modules_; }

  // Runs `function` as one macrotask: calls it, reports an uncaught
  // exception, and (via the loop's after-callback hook) checkpoints.
  void CallbackScope(v8::Local<v8::Function> function, int argc,
                     v8::Local<v8::Value>* argv);

  // Prints an uncaught exception the way Node does and ends the runtime
  // with exit code 1. `message` may be empty.
  void ReportUncaught(v8::Local<v8::Value> exception,
                      v8::Local<v8::Message> message);

  // Writes console output or an error report (fd 1 or 2).
  void Write(int fd, std::string_view text);

  // process.exit(code): ends the runtime now; JS unwinds by termination.
  void Exit(int code);
  bool exiting() const { return exiting_; }

  // process.exitCode as last set by JS.
  void set_exit_code_hint(int code) { exit_code_hint_ = code; }
  int exit_code_hint() const { return exit_code_hint_; }

  // Node's post-callback checkpoint (see the class comment).
  void Checkpoint();

  // The bootstrap's shared flags, read by Checkpoint() without calling JS.
  enum TickFlag { kHasTickScheduled = 0, kTickFlagCount = 1 };
  uint8_t* tick_flags() { return static_cast<uint8_t*>(tick_flags_->Data()); }
  std::shared_ptr<v8::BackingStore> tick_flags_store() { return tick_flags_; }

  // Functions the bootstrap hands back to C++.
  void SetBootstrapHooks(v8::Local<v8::Object> hooks);
  enum class Hook {
    kDispatchMessage,       // (target, data, ports)
    kDispatchMessageError,  // (target)
    kDispatchWorkerExit,    // (worker, code, errorInfo | undefined)
    kCount
  };
  // Calls a hook as one callback (uncaught exceptions reported).
  void CallHook(Hook hook, int argc, v8::Local<v8::Value>* argv);

  // MessagePort wrappers (API objects with one internal field).
  v8::Local<v8::FunctionTemplate> port_template();
  v8::Local<v8::Object> NewPortWrapper();
  bool IsPortWrapper(v8::Local<v8::Value> value);
  void AdoptPortBinding(PortBinding* binding);
  void DestroyPortBinding(PortBinding* binding);

  // Workers this runtime started.
  void AdoptWorker(WorkerHost* worker);
  WorkerHost* FindWorker(PortBinding* port);

  // The worker's implicit port (workers only; null otherwise).
  PortBinding* worker_port() const { return worker_port_; }
  void set_worker_port(PortBinding* port) { worker_port_ = port; }
  bool is_worker() const { return options_.worker.has_value(); }
  RuntimeOptions::Worker* worker_options() {
    return options_.worker ? &*options_.worker : nullptr;
  }
  std::shared_ptr<V8Process> v8_process() const { return v8_; }

  // A worker's close(): the current task finishes, nothing else runs.
  void Close();
  // inspect(value) from the console implementation; "" if JS cannot run.
  std::string Inspect(v8::Local<v8::Value> value);
  // A DataCloneError (DOMException) with `message`, for the serializer.
  v8::Local<v8::Value> MakeDataCloneError(v8::Local<v8::String> message);

  uint64_t start_hrtime_ns() const { return start_hrtime_ns_; }

 private:
  Runtime(std::shared_ptr<V8Process> v8, RuntimeOptions options);
  absl::Status Initialize();
  bool RunEntry();
  bool RunClassic(const std::string& path, const std::string& source);
  bool RunModule(const std::string& path);
  void EvaluateMainModule();
  void ProcessRejections();
  // Prints `header` and `body` to stderr (Node's fatal-exception layout) and
  // ends the runtime with exit code 1.
  void Fatal(const std::string& header, const std::string& body);
  // A worker's uncaught error: recorded for the parent, not printed.
  void ReportToParent(v8::Local<v8::Value> exception,
                      v8::Local<v8::Message> message);
  void Terminated();
  bool CheckTermination();

  static void OnPromiseReject(v8::PromiseRejectMessage message);

  struct PendingRejection {
    v8::Global<v8::Promise> promise;
    v8::Global<v8::Value> reason;
  };

  std::shared_ptr<V8Process> v8_;
  RuntimeOptions options_;
  std::unique_ptr<loop::EventLoop> loop_;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator_;
  v8::Isolate* isolate_ = nullptr;
  v8::Global<v8::Context> context_;
  std::unique_ptr<ModuleLoader> modules_;

  std::shared_ptr<v8::BackingStore> tick_flags_;
  v8::Global<v8::Function> process_ticks_;
  v8::Global<v8::Function> inspect_;
  v8::Global<v8::Function> make_data_clone_error_;
  v8::Global<v8::Module> main_module_;  // linked, until evaluation starts
  v8::Global<v8::Promise> main_module_promise_;
  std::vector<PendingRejection> pending_rejections_;
  v8::Global<v8::Function> hooks_[static_cast<int>(Hook::kCount)];
  v8::Global<v8::FunctionTemplate> port_template_;
  std::unordered_map<PortBinding*, std::unique_ptr<PortBinding>> ports_;
  std::unordered_map<PortBinding*, std::unique_ptr<WorkerHost>> workers_;
  PortBinding* worker_port_ = nullptr;

  uint64_t start_hrtime_ns_ = 0;
  bool exiting_ = false;
  bool in_checkpoint_ = false;
  int exit_code_hint_ = 0;
  ExitRecord exit_;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_RUNTIME_H_
