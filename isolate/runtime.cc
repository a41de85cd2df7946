#include "isolate/runtime.h"

#include <uv.h>

#include <csetjmp>
#include <csignal>
#include <mutex>
#include <cstdio>
#include <filesystem>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "isolate/errors.h"
#include "isolate/message_port.h"
#include "isolate/serializer.h"
#include "isolate/worker.h"
#include "isolate/watchdog.h"
#include "isolate/limits.h"
#include "isolate/module_loader.h"
#include "isolate/natives.h"
#include "isolate/source_file.h"
#include "isolate/builtins.h"
#include "isolate/v8_util.h"
#include "loop/check.h"
#include "v8-debug.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-message.h"
#include "v8-microtask-queue.h"
#include "v8-primitive.h"
#include "v8-script.h"
#include "v8-template.h"

namespace isohost::isolate {

Runtime::Runtime(std::shared_ptr<V8Process> v8, RuntimeOptions options)
    : v8_(std::move(v8)), options_(std::move(options)) {}

absl::StatusOr<std::unique_ptr<Runtime>> Runtime::Create(
    std::shared_ptr<V8Process> v8, RuntimeOptions options) {
  std::unique_ptr<Runtime> runtime(
      new Runtime(std::move(v8), std::move(options)));
  absl::Status status = runtime->Initialize();
  if (!status.ok()) return status;
  return runtime;
}

absl::Status Runtime::Initialize() {
  // The module loader is JS (isolate/modules): a binary that links the
  // runtime without its built-ins could run nothing but classic scripts.
  if (BuiltinRegistry::Get().FindSource("internal:modules/esm") == nullptr) {
    return absl::FailedPreconditionError(
        "isohost: no built-ins are registered: call "
        "isolate::RegisterAllBuiltins() (isolate/builtins/all.h) first");
  }
  absl::Status status = CreateIsolate();
  if (!status.ok()) return status;
  return Complete();
}

absl::StatusOr<std::unique_ptr<Runtime>> Runtime::Prepare(
    std::shared_ptr<V8Process> v8) {
  std::unique_ptr<Runtime> runtime(new Runtime(std::move(v8), RuntimeOptions()));
  absl::Status status = runtime->CreateIsolate();
  if (!status.ok()) return status;
  return runtime;
}

absl::Status Runtime::Adopt(RuntimeOptions options) {
  ISOHOST_CHECK(CanAdopt(options.limits));
  options_ = std::move(options);
  return Complete();
}

bool Runtime::CanAdopt(const Limits& limits) {
  // What CreateIsolate() fixed: the heap's size (and the thread's stack).
  return limits.max_heap_bytes == 0 && limits.max_young_bytes == 0 &&
         limits.stack_bytes == 0;
}

absl::Status Runtime::CreateIsolate() {
  const Limits& limits = options_.limits;
  loop_ = std::make_unique<loop::EventLoop>();
  allocator_ = std::make_shared<CappedAllocator>();

  v8::Isolate::CreateParams params;
  // Shared: a transferred buffer's backing store keeps the allocator alive
  // after this isolate is gone.
  params.array_buffer_allocator_shared = allocator_;
  if (limits.max_heap_bytes > 0) {
    params.constraints.set_max_old_generation_size_in_bytes(
        limits.max_heap_bytes);
  }
  if (limits.max_young_bytes > 0) {
    params.constraints.set_max_young_generation_size_in_bytes(
        limits.max_young_bytes);
  }
  // Register with the platform before Initialize(): initialisation may
  // already post foreground tasks.
  isolate_ = v8::Isolate::Allocate();
  v8_->platform()->RegisterIsolate(isolate_, loop_.get());
  v8::Isolate::Initialize(isolate_, params);
  isolate_->SetData(kEmbedderDataSlot, this);
  isolate_->SetOOMErrorHandler(&Runtime::OnFatalOom);
  // Nearing the heap limit stops the runtime instead of V8's fatal abort.
  isolate_->AddNearHeapLimitCallback(&Runtime::OnNearHeapLimit, this);
  isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate_->SetPromiseRejectCallback(&Runtime::OnPromiseReject);
  // Errors keep the stack of where they were created, so a worker's error
  // event can name that place (Exception::GetStackTrace).
  isolate_->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  ModuleLoader::InstallCallbacks(isolate_);
  modules_ = std::make_unique<ModuleLoader>(this);

  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  context_.Reset(isolate_, v8::Context::New(isolate_));
  return absl::OkStatus();
}

absl::Status Runtime::Complete() {
  start_hrtime_ns_ = uv_hrtime();
  loop_->ResetUtilization();
  const Limits& limits = options_.limits;
  // Every runtime has a control: terminate(), the watchdog and the limits
  // stop it through there.
  if (options_.worker.has_value() && options_.worker->control != nullptr) {
    control_ = options_.worker->control;
  } else if (options_.control != nullptr) {
    control_ = options_.control;
  } else {
    control_ = std::make_shared<WorkerControl>();
  }
  if (options_.worker_budget == nullptr) {
    options_.worker_budget = std::make_shared<WorkerBudget>();
  }
  allocator_->Configure(limits.max_external_bytes, control_);
  if (limits.stack_bytes > 0) {
    // The runtime is made near the top of its thread's stack; keep some
    // slack below V8's limit for C++ frames (ours and V8's own).
    uint64_t slack = std::max<uint64_t>(limits.stack_bytes / 8, 48u << 10);
    uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    if (limits.stack_bytes > slack) {
      isolate_->SetStackLimit(here - (limits.stack_bytes - slack));
    }
  }
  if (!limits.allow_wasm) {
    isolate_->SetAllowWasmCodeGenerationCallback(
        [](v8::Local<v8::Context>, v8::Local<v8::String>) { return false; });
  }

  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  v8::Context::Scope context_scope(context);

  tick_flags_ = v8::ArrayBuffer::NewBackingStore(isolate_, kTickFlagCount);
  std::fill_n(tick_flags(), kTickFlagCount, 0);

  if (!limits.allow_eval) {
    context->AllowCodeGenerationFromStrings(false);
    context->SetErrorMessageForCodeGenerationFromStrings(NewString(
        isolate_,
        "Code generation from strings (eval, new Function) is disallowed "
        "in this runtime"));
  }
  if (options_.worker.has_value()) {
    // The worker's implicit port delivers to its global scope; it starts
    // when the script listens for messages.
    worker_port_ = PortBinding::Create(
        *this, std::move(options_.worker->port), context->Global());
  }

  absl::Status status = InstallGlobals(*this);
  if (!status.ok()) return status;
  if (!limits.allow_wasm) {
    context->Global()
        ->Delete(context, NewString(isolate_, "WebAssembly"))
        .FromMaybe(false);
  }
  loop_->set_after_callback([this] { Checkpoint(); });
  // Only now may a terminate() interrupt JS: the bootstrap above must not
  // stop half-way (a request that came earlier ends the runtime at its
  // first check, before any user code).
  control_->Attach(isolate_, loop_->poster());
  watch_id_ =
      Watchdog::Get().Watch(control_, limits.max_cpu_ms, limits.max_wall_ms);
  return absl::OkStatus();
}

Runtime::~Runtime() {
  Watchdog::Get().Unwatch(watch_id_);
  if (isolate_ == nullptr) return;
  loop_->Stop();
  {
    v8::Isolate::Scope isolate_scope(isolate_);
    v8::HandleScope handle_scope(isolate_);
    // Children first: terminate and join them (they hold nothing of ours
    // but their parent-side ports, which go next).
    workers_.clear();
    ports_.clear();
    // I/O next, newest first: each cancels what it has in flight.
    while (!services_.empty()) services_.pop_back();
  }
  if (control_ != nullptr) control_->Detach();  // null: never adopted
  pending_rejections_.clear();
  for (auto& hook : hooks_) hook.Reset();
  port_template_.Reset();
  process_ticks_.Reset();
  inspect_.Reset();
  make_data_clone_error_.Reset();
  require_builtin_.Reset();
  run_common_js_main_.Reset();
  emit_process_event_.Reset();
  bootstrap_script_.Reset();
  main_cjs_.Reset();
  main_module_promise_.Reset();
  main_module_.Reset();
  main_script_.Reset();
  queue_full_tag_.Reset();
  pending_classification_.Reset();
  modules_.reset();
  context_.Reset();
  v8_->platform()->UnregisterIsolate(isolate_);
  // The loop's pending callbacks hold v8::Globals: destroy them while the
  // isolate is still alive.
  loop_.reset();
  isolate_->Dispose();
}

RuntimeService* Runtime::FindService(const void* key) const {
  for (const auto& [service_key, service] : services_) {
    if (service_key == key) return service.get();
  }
  return nullptr;
}

RuntimeService* Runtime::AddService(const void* key,
                                    std::unique_ptr<RuntimeService> service) {
  if (RuntimeService* found = FindService(key)) return found;
  services_.emplace_back(key, std::move(service));
  return services_.back().second.get();
}

void Runtime::SetBootstrapHooks(v8::Local<v8::Object> hooks) {
  v8::Local<v8::Context> context = this->context();
  auto get = [&](const char* name) -> v8::Local<v8::Function> {
    v8::Local<v8::Value> value;
    if (!hooks->Get(context, v8::String::NewFromUtf8(isolate_, name)
                                 .ToLocalChecked())
             .ToLocal(&value) ||
        !value->IsFunction()) {
      return {};
    }
    return value.As<v8::Function>();
  };
  process_ticks_.Reset(isolate_, get("processTicksAndRejections"));
  inspect_.Reset(isolate_, get("inspect"));
  make_data_clone_error_.Reset(isolate_, get("makeDataCloneError"));
  require_builtin_.Reset(isolate_, get("requireBuiltin"));
  run_common_js_main_.Reset(isolate_, get("runCommonJsMain"));
  emit_process_event_.Reset(isolate_, get("emitProcessEvent"));
  ISOHOST_CHECK(!process_ticks_.IsEmpty() && !inspect_.IsEmpty() &&
                !make_data_clone_error_.IsEmpty() &&
                !require_builtin_.IsEmpty() &&
                !run_common_js_main_.IsEmpty() &&
                !emit_process_event_.IsEmpty());
  const char* names[] = {"dispatchMessage", "dispatchMessageError",
                         "dispatchWorkerExit", "dispatchPortClose"};
  for (int i = 0; i < static_cast<int>(Hook::kCount); ++i) {
    hooks_[i].Reset(isolate_, get(names[i]));
    ISOHOST_CHECK(!hooks_[i].IsEmpty());
  }
}

void Runtime::CallHook(Hook hook, int argc, v8::Local<v8::Value>* argv) {
  CallbackScope(hooks_[static_cast<int>(hook)].Get(isolate_), argc, argv);
}

void Runtime::NoteSource(std::string_view source) {
  if (language_installed_) return;
  for (std::string_view name : {"toSorted", "toReversed", "toSpliced",
                                ".with(", "isWellFormed", "toWellFormed"}) {
    if (source.find(name) != std::string_view::npos) {
      language_installed_ = true;
      InstallLanguageProperties(*this);
      return;
    }
  }
}

bool Runtime::EmitProcessEvent(const char* type) {
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Value> argv[] = {NewString(isolate_, type)};
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> had_listeners;
  if (!emit_process_event_.Get(isolate_)
           ->Call(context(), v8::Undefined(isolate_), 1, argv)
           .ToLocal(&had_listeners)) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      ReportUncaught(try_catch.Exception(), try_catch.Message());
    }
    return false;
  }
  Checkpoint();
  return had_listeners->IsTrue();
}

v8::MaybeLocal<v8::Value> Runtime::RequireBuiltin(std::string_view id) {
  v8::Local<v8::Value> argv[] = {NewString(isolate_, id)};
  return require_builtin_.Get(isolate_)->Call(context(), v8::Undefined(isolate_),
                                              1, argv);
}

v8::Local<v8::FunctionTemplate> Runtime::port_template() {
  if (port_template_.IsEmpty()) {
    v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(
        isolate_, [](const v8::FunctionCallbackInfo<v8::Value>& info) {
          v8::Isolate* isolate = info.GetIsolate();
          isolate->ThrowException(v8::Exception::TypeError(
              NewString(isolate, "Illegal constructor")));
        });
    tmpl->SetClassName(NewString(isolate_, "MessagePort"));
    tmpl->InstanceTemplate()->SetInternalFieldCount(1);
    port_template_.Reset(isolate_, tmpl);
  }
  return port_template_.Get(isolate_);
}

v8::Local<v8::Object> Runtime::NewPortWrapper() {
  v8::Local<v8::Function> constructor;
  v8::Local<v8::Object> wrapper;
  if (!port_template()->GetFunction(context()).ToLocal(&constructor) ||
      !port_template()->InstanceTemplate()->NewInstance(context()).ToLocal(
          &wrapper)) {
    return {};
  }
  return wrapper;
}

bool Runtime::IsPortWrapper(v8::Local<v8::Value> value) {
  return value->IsObject() && port_template()->HasInstance(value) &&
         value.As<v8::Object>()->InternalFieldCount() == 1;
}

void Runtime::AdoptPortBinding(PortBinding* binding) {
  ports_.emplace(binding, std::unique_ptr<PortBinding>(binding));
}

void Runtime::DestroyPortBinding(PortBinding* binding) {
  ports_.erase(binding);
}

void Runtime::AdoptWorker(WorkerHost* worker) {
  workers_.emplace(worker->port(), std::unique_ptr<WorkerHost>(worker));
}

WorkerHost* Runtime::FindWorker(PortBinding* port) {
  auto it = workers_.find(port);
  return it == workers_.end() ? nullptr : it->second.get();
}

// ---- running ----------------------------------------------------------------

void Runtime::CallbackScope(v8::Local<v8::Function> function, int argc,
                            v8::Local<v8::Value>* argv) {
  if (exiting_) return;
  v8::TryCatch try_catch(isolate_);
  if (function->Call(context(), v8::Undefined(isolate_), argc, argv)
          .IsEmpty() &&
      try_catch.HasCaught() && !try_catch.HasTerminated()) {
    ReportUncaught(try_catch.Exception(), try_catch.Message());
  }
}

// ---- the checkpoint -------------------------------------------------------

bool Runtime::TerminationPending() const {
  return exiting_ || control_->termination_requested() ||
         isolate_->IsExecutionTerminating();
}

bool Runtime::CheckTermination() {
  if (exiting_ || !control_->termination_requested()) return exiting_;
  Terminated();
  return true;
}

void Runtime::Terminated() {
  if (exiting_) return;
  Exit(1);
  exit_.reason = control_->termination_reason();
  exit_.message = control_->termination_message();
}

void Runtime::Close() {
  // HTML: the current task runs to its end; no later task runs.
  if (exiting_) return;
  exiting_ = true;
  exit_.code = 0;
  exit_.reason = ExitRecord::Reason::kExit;
  loop_->Stop();
}

void Runtime::Checkpoint() {
  if (CheckTermination() || in_checkpoint_) return;
  in_checkpoint_ = true;
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  while (!exiting_) {
    if (tick_flags()[kHasTickScheduled] != 0) {
      // The JS side runs every queued tick, then microtasks, until both
      // queues are empty (Node's processTicksAndRejections()).
      v8::TryCatch try_catch(isolate_);
      if (process_ticks_.Get(isolate_)
              ->Call(context, v8::Undefined(isolate_), 0, nullptr)
              .IsEmpty()) {
        if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
          ReportUncaught(try_catch.Exception(), try_catch.Message());
        }
        break;
      }
      continue;
    }
    isolate_->PerformMicrotaskCheckpoint();
    if (exiting_) break;
    if (tick_flags()[kHasTickScheduled] != 0) continue;
    if (!pending_rejections_.empty()) {
      ProcessRejections();
      continue;
    }
    break;
  }
  in_checkpoint_ = false;
}

void Runtime::OnPromiseReject(v8::PromiseRejectMessage message) {
  v8::Local<v8::Promise> promise = message.GetPromise();
  v8::Isolate* isolate = promise->GetIsolate();
  Runtime* self = From(isolate);
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler:
      self->pending_rejections_.push_back(
          {v8::Global<v8::Promise>(isolate, promise),
           v8::Global<v8::Value>(isolate, message.GetValue())});
      break;
    case v8::kPromiseHandlerAddedAfterReject:
      std::erase_if(self->pending_rejections_,
                    [&](const PendingRejection& pending) {
                      return pending.promise == promise;
                    });
      break;
    default:
      break;
  }
}

void Runtime::ProcessRejections() {
  // Node's default (--unhandled-rejections=throw): the first rejection
  // still unhandled after the checkpoint is an uncaught exception.
  std::vector<PendingRejection> pending = std::move(pending_rejections_);
  pending_rejections_.clear();
  if (pending.empty()) return;
  v8::Local<v8::Value> reason = pending.front().reason.Get(isolate_);
  if (reason->IsNativeError()) {
    ReportUncaught(reason, v8::Exception::CreateMessage(isolate_, reason));
    return;
  }
  std::string text = absl::StrCat(
      "[UnhandledPromiseRejection: This error originated either by throwing "
      "inside of an async function without a catch block, or by rejecting a "
      "promise which was not handled with .catch(). The promise rejected "
      "with the reason \"",
      Inspect(reason),
      "\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}");
  Fatal("", text);
}

// ---- errors and exit ------------------------------------------------------

void Runtime::ReportUncaught(v8::Local<v8::Value> exception,
                             v8::Local<v8::Message> message) {
  if (exiting_) return;
  // An error caused by a limit's breach (an ArrayBuffer allocation the cap
  // refused) is that breach.
  if (CheckTermination()) return;
  if (is_worker()) {
    ReportToParent(exception, message);
    return;
  }
  std::string header = FormatErrorLocation(isolate_, context(), exception,
                                           message);
  std::string body = Inspect(exception);
  pending_classification_.Reset(isolate_, exception);
  if (exception->IsNativeError() && body.size() > 2 && body.front() == '[' &&
      body.back() == ']') {
    // An error without stack frames (a SyntaxError from the compiler):
    // inspect() brackets it, Node's fatal report does not.
    body = body.substr(1, body.size() - 2);
  }
  Fatal(header, body);
}

void Runtime::ReportToParent(v8::Local<v8::Value> exception,
                             v8::Local<v8::Message> message) {
  v8::Local<v8::Context> context = this->context();
  ErrorReport report;
  // HTML (as browsers word it): "Uncaught " and the error's string form.
  report.message = absl::StrCat("Uncaught ", ToStdString(isolate_, exception));
  if (!message.IsEmpty()) {
    report.filename = ToStdString(isolate_, message->GetScriptResourceName());
    report.lineno = message->GetLineNumber(context).FromMaybe(0);
    report.colno = message->GetStartColumn(context).FromMaybe(-1) + 1;
  }
  // For an Error, the place it was created (its stack's top frame), as
  // browsers report it.
  v8::Local<v8::StackTrace> trace =
      v8::Exception::GetStackTrace(exception);
  if (!trace.IsEmpty() && trace->GetFrameCount() > 0) {
    v8::Local<v8::StackFrame> frame = trace->GetFrame(isolate_, 0);
    report.filename = ToStdString(isolate_, frame->GetScriptName());
    report.lineno = frame->GetLineNumber();
    report.colno = frame->GetColumn();
  }
  {
    v8::TryCatch try_catch(isolate_);
    v8::Local<v8::Value> reported = exception;
    if (options_.worker->node) {
      // node:worker_threads: the error as Node sends it (its class and
      // own properties survive), encoded by its JS half.
      v8::Local<v8::Value> serdes;
      v8::Local<v8::Value> encode;
      v8::Local<v8::Value> encoded;
      if (RequireBuiltin("node:internal/worker_threads_serdes")
              .ToLocal(&serdes) &&
          serdes->IsObject() &&
          serdes.As<v8::Object>()
              ->Get(context, NewString(isolate_, "serializeError"))
              .ToLocal(&encode) &&
          encode->IsFunction() &&
          encode.As<v8::Function>()
              ->Call(context, v8::Undefined(isolate_), 1, &exception)
              .ToLocal(&encoded)) {
        reported = encoded;
      }
    }
    std::optional<channel::Message> cloned =
        Serialize(*this, reported, v8::Local<v8::Value>());
    if (cloned.has_value()) report.error = std::move(cloned);
  }
  std::string printed = Inspect(exception);
  Exit(1);
  exit_.reason = ClassifyUncaught(exception);
  exit_.message = printed;
  exit_.error = std::move(report);
}

ExitRecord::Reason Runtime::ClassifyUncaught(v8::Local<v8::Value> exception) {
  if (exception->IsObject() &&
      exception.As<v8::Object>()
          ->HasPrivate(context(), queue_full_tag())
          .FromMaybe(false)) {
    return ExitRecord::Reason::kQueueFull;
  }
  if (exception->IsNativeError()) {
    v8::Local<v8::Message> message =
        v8::Exception::CreateMessage(isolate_, exception);
    if (!message.IsEmpty() &&
        absl::StrContains(ToStdString(isolate_, message->Get()),
                          "Maximum call stack size exceeded")) {
      return ExitRecord::Reason::kStack;
    }
  }
  return ExitRecord::Reason::kError;
}

v8::Local<v8::Private> Runtime::queue_full_tag() {
  if (queue_full_tag_.IsEmpty()) {
    queue_full_tag_.Reset(isolate_,
                          v8::Private::New(isolate_, NewString(isolate_, "isohost.queueFull")));
  }
  return queue_full_tag_.Get(isolate_);
}

bool Runtime::IsBelowRoot(const std::string& path) const {
  if (root_prefix_.empty()) return false;  // no root that exists: nothing
  std::error_code ec;
  std::filesystem::path real = std::filesystem::canonical(path, ec);
  return !ec && absl::StartsWith(real.string(), root_prefix_);
}

namespace {
// Where V8's fatal OOM handler jumps to on this thread (RunContained()).
thread_local sigjmp_buf* tls_oom_escape = nullptr;
thread_local const char* tls_oom_location = nullptr;
thread_local bool tls_fatal_check = false;

// V8 10.2 fails some internal CHECKs (e.g. "module->status() ==
// kErrored" when a termination lands while a module graph starts
// evaluating) and then traps (SIGTRAP). On a runtime's thread inside
// RunContained() that ends only that runtime, as V8's fatal OOM does: the
// runtime is abandoned. Anywhere else the trap kills the process as
// before (the handler restores the default action and returns).
void OnTrap(int signal) {
  if (tls_oom_escape != nullptr) {
    tls_fatal_check = true;
    siglongjmp(*tls_oom_escape, 2);
  }
  std::signal(signal, SIG_DFL);
}

void InstallTrapHandler() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction action = {};
    action.sa_handler = OnTrap;
    // NODEFER: the jump leaves the handler without sigreturn, and SIGTRAP
    // must not stay blocked on the thread.
    action.sa_flags = SA_NODEFER;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTRAP, &action, nullptr);
  });
}
}  // namespace

void Runtime::OnFatalOom(const char* location, bool is_heap_oom) {
  if (tls_oom_escape != nullptr) {
    tls_oom_location = location;
    siglongjmp(*tls_oom_escape, 1);
  }
  std::fprintf(stderr, "isohost: fatal: V8 ran out of memory (%s)\n",
               location == nullptr ? "?" : location);
  std::fflush(stderr);
  // V8 aborts the process when this returns.
}

ExitRecord Runtime::RunContained(
    std::unique_ptr<Runtime> runtime,
    const std::function<ExitRecord(Runtime&)>& body) {
  // Heap-held, so nothing sigsetjmp() must preserve lives in a register.
  auto holder = std::make_unique<std::unique_ptr<Runtime>>(std::move(runtime));
  std::shared_ptr<WorkerControl> control = (*holder)->control_;
  // A forced stop's latency: from the request to the runtime being gone.
  auto stopped = [&control](ExitRecord record) {
    if (control != nullptr && control->termination_requested()) {
      record.stop_latency_ms =
          (uv_hrtime() - control->termination_requested_ns()) / 1e6;
    }
    return record;
  };
  struct Escape {
    sigjmp_buf buffer;
  };
  auto escape = std::make_unique<Escape>();
  InstallTrapHandler();
  tls_fatal_check = false;
  if (sigsetjmp(escape->buffer, 0) == 0) {
    tls_oom_escape = &escape->buffer;
    ExitRecord record = body(**holder);
    tls_oom_escape = nullptr;
    holder->reset();
    return stopped(std::move(record));
  }
  tls_oom_escape = nullptr;
  // V8 gave up inside this runtime: abandon it. Its isolate may be in any
  // state, so nothing of it is touched beyond our own bookkeeping.
  Runtime* lost = holder->release();
  Watchdog::Get().Unwatch(lost->watch_id_);
  lost->control_->Abandon();
  ExitRecord record;
  record.code = 1;
  record.abandoned = true;
  if (tls_fatal_check) {
    record.reason = ExitRecord::Reason::kError;
    record.message =
        "V8 failed an internal check (a V8 10.2 bug, printed above); the "
        "runtime was abandoned and its memory is not returned";
    return stopped(std::move(record));
  }
  record.reason = ExitRecord::Reason::kOutOfMemory;
  record.message = absl::StrCat(
      "V8 ran out of memory (", tls_oom_location ? tls_oom_location : "?",
      "); the runtime was abandoned and its memory is not returned");
  return stopped(std::move(record));
}

size_t Runtime::OnNearHeapLimit(void* data, size_t current_heap_limit,
                                 size_t initial_heap_limit) {
  // Stop the JS that is allocating, and give V8 head-room to unwind it
  // (a GC failing inside the limit would otherwise abort the process).
  auto* runtime = static_cast<Runtime*>(data);
  runtime->control_->RequestTermination(
      ExitRecord::Reason::kOutOfMemory,
      absl::StrCat("the JS heap reached its limit of ",
                   initial_heap_limit >> 20, " MB"));
  return current_heap_limit + std::max<size_t>(current_heap_limit / 2,
                                               32u << 20);
}

void Runtime::Exit(int code) {
  if (exiting_) return;
  exiting_ = true;
  exit_.code = code;
  exit_.reason = ExitRecord::Reason::kExit;
  loop_->Stop();
  isolate_->TerminateExecution();
}

void Runtime::Fatal(const std::string& header, const std::string& body) {
  if (exiting_) return;
  std::string text = absl::StrCat(header, body, "\n");
  Write(2, text);
  Exit(1);
  exit_.reason = ExitRecord::Reason::kError;
  exit_.message = body;
  if (!pending_classification_.IsEmpty()) {
    exit_.reason = ClassifyUncaught(pending_classification_.Get(isolate_));
    pending_classification_.Reset();
  }
}

void Runtime::Write(int fd, std::string_view text) {
  if (options_.output) {
    options_.output(fd, text);
    return;
  }
  FILE* stream = fd == 2 ? stderr : stdout;
  if (fd == 2) std::fflush(stdout);  // keep the two streams in order
  std::fwrite(text.data(), 1, text.size(), stream);
  // Like Node, every console call reaches the file or pipe at once (stdio
  // would hold a pipe's output back until exit).
  std::fflush(stream);
}

std::string Runtime::Inspect(v8::Local<v8::Value> value) {
  if (isolate_->IsExecutionTerminating() || inspect_.IsEmpty()) {
    return ToStdString(isolate_, value);
  }
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> result;
  if (!inspect_.Get(isolate_)
           ->Call(context(), v8::Undefined(isolate_), 1, &value)
           .ToLocal(&result)) {
    return ToStdString(isolate_, value);
  }
  return ToStdString(isolate_, result);
}

v8::Local<v8::Value> Runtime::MakeDataCloneError(
    v8::Local<v8::String> message) {
  v8::Local<v8::Value> arg = message;
  v8::Local<v8::Value> error;
  if (!make_data_clone_error_.Get(isolate_)
           ->Call(context(), v8::Undefined(isolate_), 1, &arg)
           .ToLocal(&error)) {
    return v8::Exception::Error(message);
  }
  return error;
}

}  // namespace isohost::isolate
