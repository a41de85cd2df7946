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
#include <filesystem>
#include <memory>
#include <optional>
#include <unordered_map>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "isolate/runtime_options.h"
#include "channel/message.h"
#include "channel/port.h"
#include "isolate/v8_process.h"
#include "loop/event_loop.h"
#include "v8-array-buffer.h"
#include "v8-context.h"
#include "v8-exception.h"
#include "v8-isolate.h"
#include "v8-persistent-handle.h"
#include "v8-promise.h"
#include "v8-script.h"

namespace isohost::isolate {

class CappedAllocator;
class ModuleLoader;
class PortBinding;
class WorkerControl;
class WorkerHost;

// RuntimeService: the per-runtime state of an I/O binding (fetch's HTTP
// client, open files, host calls in flight). Made on first use by the
// binding (Runtime::AddService()), owned by the runtime, destroyed on its
// thread with it: after its workers, before its context and loop, in the
// reverse order of creation. Destruction must cancel what is in flight
// (so no callback reaches a dead runtime) and may use V8 handles (an
// isolate scope and handle scope are open).
class RuntimeService {
 public:
  virtual ~RuntimeService() = default;
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
  // Load() then Run(): loads and runs the entry script, then the event loop
  // until nothing can run any more (or process.exit(), or an uncaught
  // error). A missing entry file is reported as kSetupFailed with code 2
  // and nothing runs.
  ExitRecord RunMain();

  // Runtime::Prepare() / Adopt()
  //
  // A runtime in two steps, for a pool of warm ones: Prepare() makes the
  // isolate, heap and context with default limits on the calling thread
  // (the costly part of start-up), Adopt() later gives it its options and
  // installs the globals, on the same thread. Adopt() needs
  // CanAdopt(options.limits): no heap or stack limit (those were fixed).
  static absl::StatusOr<std::unique_ptr<Runtime>> Prepare(
      std::shared_ptr<V8Process> v8);
  absl::Status Adopt(RuntimeOptions options);
  static bool CanAdopt(const Limits& limits);

  // Runtime::RunContained()
  //
  // Runs `body(*runtime)` and then destroys the runtime, so that V8's fatal
  // out-of-memory error (which would abort the process: `new Array(1e9)
  // .fill(0)` gets there even under a heap limit) ends only this runtime:
  // the thread jumps back here, the runtime is abandoned (never touched or
  // destroyed again; its memory is lost) and the record says kOutOfMemory.
  // For a forced stop (a limit, terminate()) the record's stop_latency_ms
  // runs from the request to the runtime being gone.
  // Runtime thread.
  static ExitRecord RunContained(
      std::unique_ptr<Runtime> runtime,
      const std::function<ExitRecord(Runtime&)>& body);

  // Runtime::Load()
  //
  // Reads and compiles the entry (a classic script, or a module with its
  // whole static import graph, linked); no JS runs yet. Returns NotFound
  // for a missing entry file and InvalidArgument ("file:line:col: error")
  // for a syntax or link error; such a failure was also reported as an
  // uncaught error would be, and Run() then only returns the exit record.
  absl::Status Load();

  // Runtime::Run()
  //
  // Runs the loaded entry and then the event loop (see RunMain()).
  ExitRecord Run();

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
  // Whether the runtime is ending or asked to (a terminate(), a limit):
  // V8 10.2 aborts the process (CHECK module->status() == kErrored) when a
  // module graph starts evaluating with a termination pending, so callers
  // of Module::Evaluate() check this first.
  bool TerminationPending() const;

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
    kDispatchPortClose,     // (port): its 'close' event
    kCount
  };
  // Calls a hook as one callback (uncaught exceptions reported).
  void CallHook(Hook hook, int argc, v8::Local<v8::Value>* argv);
  // The bootstrap's compiled script (for RefreshEmbeddedCodeCache()).
  void set_bootstrap_script(v8::Local<v8::UnboundScript> script) {
    bootstrap_script_.Reset(isolate_, script);
  }
  v8::MaybeLocal<v8::UnboundScript> bootstrap_script() const {
    return bootstrap_script_.Get(isolate_);
  }
  // Called with every script and module source before it is compiled:
  // the first that mentions one of the ECMAScript additions of
  // isolate/lang (toSorted, toReversed, toSpliced, .with(, isWellFormed,
  // toWellFormed) installs them (InstallLanguageProperties()).
  void NoteSource(std::string_view source);
  // Emits process event `type` ('beforeExit', 'exit') with
  // process.exitCode, as one callback; true if there were listeners.
  bool EmitProcessEvent(const char* type);
  // The exports of the built-in `id` ("internal:modules/esm"), loading it
  // on first use; empty with an exception pending if it threw.
  v8::MaybeLocal<v8::Value> RequireBuiltin(std::string_view id);

  // MessagePort wrappers (API objects with one internal field).
  v8::Local<v8::FunctionTemplate> port_template();
  v8::Local<v8::Object> NewPortWrapper();
  bool IsPortWrapper(v8::Local<v8::Value> value);
  void AdoptPortBinding(PortBinding* binding);
  void DestroyPortBinding(PortBinding* binding);

  // Workers this runtime started.
  void AdoptWorker(WorkerHost* worker);
  WorkerHost* FindWorker(PortBinding* port);

  // Per-runtime services, keyed by the address of something of the
  // binding's own (a static). Find returns null before Add; Add takes
  // ownership and returns the service (an existing one of that key stays).
  RuntimeService* FindService(const void* key) const;
  RuntimeService* AddService(const void* key,
                             std::unique_ptr<RuntimeService> service);
  // The service of type T (T::kServiceKey a static char), made with
  // T(Runtime&) on first use.
  template <typename T>
  T& Service() {
    if (RuntimeService* found = FindService(&T::kServiceKey)) {
      return *static_cast<T*>(found);
    }
    return *static_cast<T*>(
        AddService(&T::kServiceKey, std::make_unique<T>(*this)));
  }

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
  const std::shared_ptr<WorkerControl>& control() const { return control_; }
  CappedAllocator& allocator() { return *allocator_; }
  // Whether `path` (after following symlinks) lies below the module root
  // (false before Load() fixed the root).
  bool IsBelowRoot(const std::string& path) const;
  // The module root's real path with a trailing '/' ("" before Load()).
  const std::string& root_prefix() const { return root_prefix_; }
  // Marks errors thrown for a full port queue (ERR_QUEUE_FULL).
  v8::Local<v8::Private> queue_full_tag();
  // The exit reason an uncaught `exception` stands for: kQueueFull,
  // kStack (a stack overflow) or kError.
  ExitRecord::Reason ClassifyUncaught(v8::Local<v8::Value> exception);

 private:
  Runtime(std::shared_ptr<V8Process> v8, RuntimeOptions options);
  absl::Status Initialize();       // CreateIsolate() + Complete()
  absl::Status CreateIsolate();    // loop, allocator, isolate, context
  absl::Status Complete();         // options-dependent: limits, globals
  enum class EntryKind { kModule, kCommonJs, kClassic };
  // What the entry is: an ES module (.mjs, `module`, or "type": "module"),
  // a classic script (`classic`), else CommonJS (Node's rules).
  EntryKind KindOfEntry(const std::string& entry);
  static std::string DefaultRoot(const std::filesystem::path& entry_dir);
  absl::Status LoadClassic(const std::string& path, const std::string& source);
  absl::Status LoadCommonJs(const std::string& path, const std::string& source);
  absl::Status LoadModule(const std::string& path);
  // The error a failed compile or link left in `try_catch`, as a status.
  absl::Status CompileError(v8::TryCatch& try_catch);
  void StartModuleEvaluation();
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
  static void OnFatalOom(const char* location, bool is_heap_oom);
  static size_t OnNearHeapLimit(void* data, size_t current_heap_limit,
                                size_t initial_heap_limit);

  struct PendingRejection {
    v8::Global<v8::Promise> promise;
    v8::Global<v8::Value> reason;
  };

  std::shared_ptr<V8Process> v8_;
  RuntimeOptions options_;
  std::unique_ptr<loop::EventLoop> loop_;
  std::shared_ptr<CappedAllocator> allocator_;
  std::shared_ptr<WorkerControl> control_;
  uint64_t watch_id_ = 0;
  // The module root's real path with a trailing '/', set by Load(); empty
  // if the root does not exist.
  std::string root_prefix_;
  v8::Isolate* isolate_ = nullptr;
  v8::Global<v8::Context> context_;
  std::unique_ptr<ModuleLoader> modules_;

  std::shared_ptr<v8::BackingStore> tick_flags_;
  v8::Global<v8::Function> process_ticks_;
  v8::Global<v8::Function> inspect_;
  v8::Global<v8::Function> make_data_clone_error_;
  v8::Global<v8::Function> require_builtin_;
  v8::Global<v8::Function> run_common_js_main_;
  v8::Global<v8::Function> emit_process_event_;
  v8::Global<v8::UnboundScript> bootstrap_script_;
  bool language_installed_ = false;
  v8::Global<v8::Private> queue_full_tag_;
  v8::Global<v8::Value> pending_classification_;  // for Fatal()
  v8::Global<v8::Script> main_script_;  // compiled, until Run() runs it
  v8::Global<v8::Function> main_cjs_;   // a CommonJS entry, likewise
  std::string main_cjs_path_;
  v8::Global<v8::Module> main_module_;  // linked, until evaluation starts
  bool loaded_ = false;
  v8::Global<v8::Promise> main_module_promise_;
  std::vector<PendingRejection> pending_rejections_;
  v8::Global<v8::Function> hooks_[static_cast<int>(Hook::kCount)];
  v8::Global<v8::FunctionTemplate> port_template_;
  std::unordered_map<PortBinding*, std::unique_ptr<PortBinding>> ports_;
  std::unordered_map<PortBinding*, std::unique_ptr<WorkerHost>> workers_;
  PortBinding* worker_port_ = nullptr;
  std::vector<std::pair<const void*, std::unique_ptr<RuntimeService>>>
      services_;

  uint64_t start_hrtime_ns_ = 0;
  bool exiting_ = false;
  bool in_checkpoint_ = false;
  int exit_code_hint_ = 0;
  ExitRecord exit_;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_RUNTIME_H_
