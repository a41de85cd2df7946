#include "isolate/worker.h"

#include <time.h>
#include <uv.h>

#include "isolate/message_port.h"
#include "isolate/errors.h"
#include "absl/strings/str_cat.h"
#include "isolate/runtime.h"
#include "isolate/runtime_pool.h"
#include "isolate/serializer.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-primitive.h"
#include "v8-statistics.h"

namespace isohost::isolate {

// ---- WorkerControl ----------------------------------------------------------

void WorkerControl::Attach(v8::Isolate* isolate,
                           std::shared_ptr<loop::TaskPoster> poster) {
  absl::MutexLock lock(&mu_);
  isolate_ = isolate;
  poster_ = std::move(poster);
  // A terminate() that came before is seen by the runtime's first
  // CheckTermination(), before any user code runs.
}

void WorkerControl::Detach() {
  absl::MutexLock lock(&mu_);
  // Still on the runtime's thread with the isolate alive: answer what is
  // pending, so no requester waits for an interrupt that will never run.
  if (isolate_ != nullptr) AnswerStats(isolate_);
  isolate_ = nullptr;
  poster_.reset();
}

void WorkerControl::Abandon() {
  absl::MutexLock lock(&mu_);
  isolate_ = nullptr;
  poster_.reset();
  std::vector<std::function<void(const RuntimeStats&)>> requests;
  {
    absl::MutexLock stats_lock(&stats_mu_);
    requests.swap(stats_requests_);
  }
  for (auto& done : requests) done(RuntimeStats());
}

void WorkerControl::RequestTermination(ExitRecord::Reason reason,
                                       std::string message) {
  if (!claimed_.exchange(true, std::memory_order_acq_rel)) {
    reason_ = reason;
    message_ = std::move(message);
    requested_ns_ = uv_hrtime();
    terminate_.store(true, std::memory_order_release);
  } else if (!terminate_.load(std::memory_order_acquire)) {
    return;  // another thread is filling the reason in and will interrupt
  }
  absl::MutexLock lock(&mu_);
  if (isolate_ == nullptr) return;
  // Interrupt running JS (even `for (;;) {}`); the no-op task wakes an idle
  // loop so that its checkpoint sees the request and ends the runtime.
  isolate_->TerminateExecution();
  poster_->Post([] {});
}

RuntimeStats CollectRuntimeStats(v8::Isolate* isolate) {
  RuntimeStats stats;
  v8::HeapStatistics heap;
  isolate->GetHeapStatistics(&heap);
  stats.heap_used = heap.used_heap_size();
  stats.heap_total = heap.total_heap_size();
  stats.heap_limit = heap.heap_size_limit();
  stats.external_memory = heap.external_memory();
  if (Runtime* runtime = Runtime::From(isolate)) {
    stats.event_loop_utilization = runtime->loop().Utilization();
  }
  timespec cpu{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0) {
    stats.cpu_time_ms = cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6;
  }
  return stats;
}

bool WorkerControl::RequestStats(
    std::function<void(const RuntimeStats&)> done) {
  absl::MutexLock lock(&mu_);
  if (isolate_ == nullptr) return false;
  {
    absl::MutexLock stats_lock(&stats_mu_);
    stats_requests_.push_back(std::move(done));
  }
  // `this` outlives the runtime (shared with it), and requests still
  // pending when the runtime goes are answered by Detach().
  isolate_->RequestInterrupt(
      [](v8::Isolate* isolate, void* data) {
        static_cast<WorkerControl*>(data)->AnswerStats(isolate);
      },
      this);
  v8::Isolate* isolate = isolate_;
  poster_->Post([this, isolate] { AnswerStats(isolate); });
  return true;
}

void WorkerControl::AnswerStats(v8::Isolate* isolate) {
  std::vector<std::function<void(const RuntimeStats&)>> requests;
  {
    absl::MutexLock lock(&stats_mu_);
    requests.swap(stats_requests_);
  }
  if (requests.empty()) return;
  RuntimeStats stats = CollectRuntimeStats(isolate);
  for (auto& done : requests) done(stats);
}

const char* ReasonName(ExitRecord::Reason reason) {
  switch (reason) {
    case ExitRecord::Reason::kNormal: return "normal";
    case ExitRecord::Reason::kExit: return "exit";
    case ExitRecord::Reason::kError:
    case ExitRecord::Reason::kSetupFailed: return "error";
    case ExitRecord::Reason::kTerminated: return "terminated";
    case ExitRecord::Reason::kOutOfMemory: return "out-of-memory";
    case ExitRecord::Reason::kCpuTime: return "cpu-time";
    case ExitRecord::Reason::kWallTime: return "wall-time";
    case ExitRecord::Reason::kStack: return "stack";
    case ExitRecord::Reason::kQueueFull: return "queue-full";
  }
  return "error";
}

uint64_t NextThreadId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

// ---- WorkerHost ---------------------------------------------------------------

WorkerHost* WorkerHost::Start(Runtime& parent, WorkerSpec spec,
                              v8::Local<v8::Object> worker_object,
                              v8::Local<v8::Function> on_online) {
  auto [parent_end, worker_end] = channel::Port::CreatePair();
  auto* host = new WorkerHost(parent);
  host->port_ =
      PortBinding::Create(parent, std::move(parent_end), worker_object);
  if (host->port_ == nullptr) {
    delete host;
    return nullptr;
  }
  // The worker itself keeps the parent alive while it runs, not its port.
  host->port_->SetRef(false);
  host->port_->Start();
  host->worker_object_.Reset(parent.isolate(), worker_object);
  bool notify_online = !on_online.IsEmpty();
  if (notify_online) host->on_online_.Reset(parent.isolate(), on_online);
  host->control_ = std::make_shared<WorkerControl>();
  parent.AdoptWorker(host);
  host->UpdateKeepAlive();

  RuntimeOptions options;
  options.entry_path = spec.entry_path;
  options.entry_source = std::move(spec.entry_source);
  options.module = spec.module;
  options.argv = spec.argv.has_value() ? std::move(*spec.argv)
                                       : parent.options().argv;
  options.output = parent.options().output;
  options.worker.emplace();
  options.worker->name = spec.name;
  options.worker->data = std::move(spec.worker_data);
  options.worker->port = std::move(worker_end);
  options.worker->control = host->control_;
  options.worker->thread_id = spec.thread_id;
  options.worker->node = spec.node;
  options.limits = spec.limits;
  options.permissions = std::move(spec.permissions);
  options.module_root = parent.options().module_root;
  options.depth = parent.options().depth + 1;
  options.worker_budget = parent.options().worker_budget;
  options.worker_budget->live.fetch_add(1);

  std::shared_ptr<loop::TaskPoster> parent_poster = parent.loop().poster();
  std::shared_ptr<WorkerBudget> budget = options.worker_budget;
  host->thread_ = RuntimePool::Get().Start(
      std::move(options),
      [parent_poster, host, budget, notify_online](
          absl::StatusOr<std::unique_ptr<Runtime>> runtime) mutable {
    ExitRecord record;
    {
      if (runtime.ok()) {
        // Posted before the worker's JS can post anything: the parent
        // hears 'online' before the first message (one poster, FIFO).
        if (notify_online) parent_poster->Post([host] { host->OnOnline(); });
        record = Runtime::RunContained(
            std::move(*runtime),
            [](Runtime& runtime) { return runtime.RunMain(); });
      } else {
        record.code = 1;
        record.reason = ExitRecord::Reason::kError;
        record.message = std::string(runtime.status().message());
      }
      // The runtime (and its end of the implicit port) goes here, on its
      // own thread.
    }
    budget->live.fetch_sub(1);
    // `host` is only dereferenced on the parent's thread, which owns it and
    // runs this task only while its loop (and so `host`) is alive.
    parent_poster->Post([host, record = std::move(record)]() mutable {
      host->OnThreadExited(std::move(record));
    });
  });
  if (host->thread_ == nullptr) {
    budget->live.fetch_sub(1);
    ExitRecord record;
    record.code = 1;
    record.reason = ExitRecord::Reason::kSetupFailed;
    record.message = "Cannot start a worker: no thread could be made";
    parent.loop().poster()->Post([host, record = std::move(record)]() mutable {
      host->OnThreadExited(std::move(record));
    });
  }
  return host;
}

WorkerHost::~WorkerHost() {
  if (thread_ != nullptr && thread_->joinable()) {
    control_->RequestTermination();
    thread_->Join();
  }
  exited_ = true;
  UpdateKeepAlive();
}

void WorkerHost::Terminate() { control_->RequestTermination(); }

void WorkerHost::SetRef(bool ref) {
  ref_ = ref;
  UpdateKeepAlive();
}

void WorkerHost::UpdateKeepAlive() {
  bool want = ref_ && !exited_;
  if (want == holds_keep_alive_) return;
  holds_keep_alive_ = want;
  if (want) {
    parent_.loop().AddKeepAlive();
  } else {
    parent_.loop().ReleaseKeepAlive();
  }
}

void WorkerHost::OnOnline() {
  if (exited_ || on_online_.IsEmpty() || parent_.exiting()) return;
  v8::HandleScope scope(parent_.isolate());
  v8::Local<v8::Function> on_online = on_online_.Get(parent_.isolate());
  on_online_.Reset();
  parent_.CallbackScope(on_online, 0, nullptr);
}

void WorkerHost::OnThreadExited(ExitRecord record) {
  if (thread_ != nullptr) thread_->Join();
  exited_ = true;
  on_online_.Reset();
  v8::Isolate* isolate = parent_.isolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = parent_.context();
  // Everything the worker posted arrives before 'error' and 'exit'.
  port_->DrainAll();
  if (!parent_.exiting()) {
    if (record.reason == ExitRecord::Reason::kSetupFailed ||
        (record.reason == ExitRecord::Reason::kError && !record.error)) {
      // The worker never ran (missing file, ...): an error without a
      // location, as Node reports a failed worker start.
      ErrorReport report;
      report.message = record.message;
      record.error = std::move(report);
      record.code = 1;
    }
    const char* limit_code = nullptr;
    switch (record.reason) {
      case ExitRecord::Reason::kOutOfMemory:
        limit_code = "ERR_WORKER_OUT_OF_MEMORY";
        break;
      case ExitRecord::Reason::kCpuTime:
        limit_code = "ERR_WORKER_CPU_TIME_LIMIT";
        break;
      case ExitRecord::Reason::kWallTime:
        limit_code = "ERR_WORKER_WALL_TIME_LIMIT";
        break;
      default:
        break;
    }
    v8::Local<v8::Value> limit_error;
    if (limit_code != nullptr) {
      // A limit stopped it: the parent hears why, as an error event.
      ErrorReport report;
      report.message = absl::StrCat("Worker stopped: ", record.message);
      record.error = std::move(report);
      limit_error = NewCodedError(isolate, limit_code,
                                  absl::StrCat("Worker stopped: ", record.message));
    }
    v8::Local<v8::Value> error_info = v8::Undefined(isolate);
    if (record.error.has_value()) {
      ErrorReport& report = *record.error;
      v8::Local<v8::Object> info = v8::Object::New(isolate);
      auto set = [&](const char* key, v8::Local<v8::Value> value) {
        info->Set(context, NewString(isolate, key), value).FromMaybe(false);
      };
      set("message", NewString(isolate, report.message));
      set("filename", NewString(isolate, report.filename));
      set("lineno", v8::Integer::New(isolate, report.lineno));
      set("colno", v8::Integer::New(isolate, report.colno));
      if (!limit_error.IsEmpty()) {
        set("error", limit_error);
      } else if (report.error.has_value()) {
        v8::TryCatch try_catch(isolate);
        v8::Local<v8::Value> error;
        if (Deserialize(parent_, std::move(*report.error)).ToLocal(&error)) {
          set("error", error);
        }
      }
      error_info = info;
    }
    v8::Local<v8::Value> args[] = {
        worker_object_.Get(isolate), v8::Integer::New(isolate, record.code),
        error_info, NewString(isolate, ReasonName(record.reason))};
    parent_.CallHook(Runtime::Hook::kDispatchWorkerExit, 4, args);
  }
  UpdateKeepAlive();
}

}  // namespace isohost::isolate
