#include "host/host.h"

#include <atomic>
#include <filesystem>
#include <utility>

#include "absl/strings/strip.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/synchronization/mutex.h"
#include "channel/message.h"
#include "channel/port.h"
#include "host/wire.h"
#include "isolate/host_worker.h"
#include "isolate/runtime_options.h"

namespace isohost {
namespace {

// Whether a Host exists (one per process).
std::atomic<bool> g_host_alive{false};

ExitRecord::Reason PublicReason(isolate::ExitRecord::Reason reason) {
  using Internal = isolate::ExitRecord::Reason;
  switch (reason) {
    case Internal::kNormal: return ExitRecord::Reason::kNormal;
    case Internal::kExit: return ExitRecord::Reason::kExit;
    case Internal::kError:
    case Internal::kSetupFailed: return ExitRecord::Reason::kError;
    case Internal::kTerminated: return ExitRecord::Reason::kTerminated;
    case Internal::kOutOfMemory: return ExitRecord::Reason::kOutOfMemory;
    case Internal::kCpuTime: return ExitRecord::Reason::kCpuTime;
    case Internal::kWallTime: return ExitRecord::Reason::kWallTime;
    case Internal::kStack: return ExitRecord::Reason::kStack;
    case Internal::kQueueFull: return ExitRecord::Reason::kQueueFull;
  }
  return ExitRecord::Reason::kError;
}

ExitRecord ToPublic(const isolate::ExitRecord& record) {
  ExitRecord result;
  result.code = record.code;
  result.reason = PublicReason(record.reason);
  result.stop_latency_ms = record.stop_latency_ms;
  switch (result.reason) {
    case ExitRecord::Reason::kNormal:
    case ExitRecord::Reason::kExit:
    case ExitRecord::Reason::kTerminated:
      break;
    case ExitRecord::Reason::kOutOfMemory:
    case ExitRecord::Reason::kCpuTime:
    case ExitRecord::Reason::kWallTime:
      result.error = record.message;  // what was exceeded
      break;
    case ExitRecord::Reason::kError:
    case ExitRecord::Reason::kStack:
    case ExitRecord::Reason::kQueueFull:
      // An uncaught error: in one line, and in full as JS printed it.
      result.stack = record.message;
      if (record.error.has_value()) {
        // A worker's report says "Uncaught TypeError: boom".
        absl::string_view message = record.error->message;
        absl::ConsumePrefix(&message, "Uncaught ");
        result.error = std::string(message);
      } else {
        result.error = record.message.substr(0, record.message.find('\n'));
      }
      break;
  }
  return result;
}

absl::StatusOr<isolate::io::Permissions> ToPermissions(
    const Permissions& permissions) {
  isolate::io::Permissions result;
  result.net.all = permissions.net_all;
  for (const std::string& entry : permissions.net) {
    absl::StatusOr<isolate::io::NetAddress> address =
        isolate::io::Permissions::ParseNetAddress(entry);
    if (!address.ok()) return address.status();
    result.net.entries.push_back(*std::move(address));
  }
  result.read.all = permissions.read_all;
  for (const std::string& path : permissions.read) {
    result.read.entries.push_back(isolate::io::Canonical(path));
  }
  result.write.all = permissions.write_all;
  for (const std::string& path : permissions.write) {
    result.write.entries.push_back(isolate::io::Canonical(path));
  }
  return result;
}

isolate::Limits ToLimits(const ResourceLimits& limits) {
  isolate::Limits result;
  result.max_heap_bytes = limits.max_heap_mb << 20;
  result.max_young_bytes = limits.max_young_mb << 20;
  result.max_external_bytes = limits.max_external_mb << 20;
  result.stack_bytes = limits.stack_kb << 10;
  result.max_cpu_ms = limits.max_cpu_ms;
  result.max_wall_ms = limits.max_wall_ms;
  result.max_workers = limits.max_workers;
  result.max_worker_depth = limits.max_worker_depth;
  result.max_queued_messages = limits.max_queued_messages;
  result.max_queued_bytes = limits.max_queued_bytes;
  result.allow_eval = limits.allow_eval;
  result.allow_wasm = limits.allow_wasm;
  return result;
}

// The numbers only the runtime's own thread can take.
void SetRuntimeNumbers(const isolate::RuntimeStats& stats, WorkerStats* out) {
  out->heap_used_bytes = stats.heap_used;
  out->heap_total_bytes = stats.heap_total;
  out->heap_limit_bytes = stats.heap_limit;
  out->external_memory_bytes = stats.external_memory;
  out->event_loop_utilization = stats.event_loop_utilization;
  out->cpu_time_ms = stats.cpu_time_ms;
}

std::string AbsolutePath(const std::string& path) {
  std::error_code ec;
  return std::filesystem::absolute(path, ec).lexically_normal().string();
}

}  // namespace

std::string_view ReasonName(ExitRecord::Reason reason) {
  switch (reason) {
    case ExitRecord::Reason::kNormal: return "normal";
    case ExitRecord::Reason::kExit: return "exit";
    case ExitRecord::Reason::kError: return "error";
    case ExitRecord::Reason::kTerminated: return "terminated";
    case ExitRecord::Reason::kOutOfMemory: return "out-of-memory";
    case ExitRecord::Reason::kCpuTime: return "cpu-time";
    case ExitRecord::Reason::kWallTime: return "wall-time";
    case ExitRecord::Reason::kStack: return "stack";
    case ExitRecord::Reason::kQueueFull: return "queue-full";
  }
  return "unknown";
}

// ---- Message ------------------------------------------------------------------

Message::Message(std::unique_ptr<channel::Message> message)
    : message_(std::move(message)) {}
Message::Message(Message&&) noexcept = default;
Message& Message::operator=(Message&&) noexcept = default;
Message::~Message() = default;

absl::StatusOr<Value> Message::Decode() const {
  return wire::Decode(*message_);
}

absl::StatusOr<std::string> Message::ToJson() const {
  absl::StatusOr<Value> value = Decode();
  if (!value.ok()) return value.status();
  return value->ToJson();
}

const std::vector<uint8_t>& Message::wire_bytes() const {
  return message_->bytes;
}

// ---- Worker::State ---------------------------------------------------------------

// What a Worker handle, its thread's callbacks and the Host share. Owned
// (std::shared_ptr) by the handle; the worker's thread holds a reference
// until its last callback, and the Host only a weak one. Every field says
// which lock guards it.
struct Worker::State {
  ~State() {
    if (port != nullptr) port->inbox().Unbind();
  }

  // Set once by Spawn(), then only read.
  ResourceLimits limits;
  // The worker's thread; set once by Spawn(), then only read (its methods
  // are thread-safe).
  std::unique_ptr<isolate::HostWorkerThread> thread;

  absl::Mutex mu;
  absl::CondVar cv;  // signalled on load, exit and message arrival
  bool loaded ABSL_GUARDED_BY(mu) = false;
  absl::Status load_status ABSL_GUARDED_BY(mu);
  bool exited ABSL_GUARDED_BY(mu) = false;
  ExitRecord exit ABSL_GUARDED_BY(mu);
  WorkerStats last_stats ABSL_GUARDED_BY(mu);
  bool wake_pending ABSL_GUARDED_BY(mu) = false;
  std::function<void(Message)> handler ABSL_GUARDED_BY(mu);
  Executor executor ABSL_GUARDED_BY(mu);

  // The C++ end of the worker's implicit port. Posting (and marking it
  // closed) holds `port_mu`; receiving holds `receive_mu` and only touches
  // the port's inbox, whose consumer side it is.
  absl::Mutex port_mu;
  std::unique_ptr<channel::Port> port;  // set once, before any thread sees it
  absl::Mutex receive_mu;
  bool peer_closed ABSL_GUARDED_BY(receive_mu) = false;
  // The port's close marker was taken from the inbox (it is not a
  // message: until then Stats() discounts it once the worker ended).
  std::atomic<bool> close_marker_taken{false};
  bool abandoned ABSL_GUARDED_BY(mu) = false;

  std::atomic<uint64_t> messages_in{0};
  std::atomic<uint64_t> messages_out{0};

  // Worker thread (through the inbox): messages are waiting.
  void OnMessagesWaiting() {
    Executor run;
    {
      absl::MutexLock lock(&mu);
      if (!handler) {
        wake_pending = true;
        cv.SignalAll();
        return;
      }
      run = executor;
    }
    if (run) {
      run([this] { DrainToHandler(); });
    } else {
      DrainToHandler();
    }
  }

  // Pops one message; false if none is waiting. A kClose marks the end.
  bool Pop(channel::Message* message) ABSL_EXCLUSIVE_LOCKS_REQUIRED(receive_mu) {
    while (true) {
      port->inbox().ClearScheduled();
      if (!port->inbox().TryPop(message)) return false;
      if (message->kind == channel::Message::Kind::kClose) {
        peer_closed = true;
        close_marker_taken.store(true);
        absl::MutexLock lock(&port_mu);
        port->OnPeerClosed();
        continue;
      }
      messages_out.fetch_add(1, std::memory_order_relaxed);
      return true;
    }
  }

  void DrainToHandler() {
    absl::MutexLock receive(&receive_mu);
    std::function<void(Message)> call;
    {
      absl::MutexLock lock(&mu);
      call = handler;
    }
    channel::Message message;
    while (Pop(&message)) {
      call(Message(std::make_unique<channel::Message>(std::move(message))));
      message = channel::Message();
    }
  }
};

Worker::Worker(std::string name, std::shared_ptr<State> state)
    : name_(std::move(name)), state_(std::move(state)) {}

Worker::~Worker() {
  Terminate();
  Join();
}

absl::Status Worker::Post(std::vector<uint8_t> bytes) {
  channel::Message message;
  message.bytes = std::move(bytes);
  absl::MutexLock lock(&state_->port_mu);
  const ResourceLimits& limits = state_->limits;
  if (!state_->port->closed() &&
      state_->port->PeerBacklogFull(limits.max_queued_messages,
                                    limits.max_queued_bytes)) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "worker '", name_, "' has ", state_->port->peer_depth(),
        " messages (", state_->port->peer_queued_bytes(),
        " bytes) not yet taken: its queue is full"));
  }
  if (state_->port->closed() || !state_->port->Post(std::move(message))) {
    return absl::FailedPreconditionError(
        absl::StrCat("worker '", name_, "' has stopped"));
  }
  state_->messages_in.fetch_add(1, std::memory_order_relaxed);
  return absl::OkStatus();
}

absl::Status Worker::PostMessage(const Value& value) {
  std::vector<uint8_t> bytes;
  absl::Status status = wire::Encode(value, &bytes);
  if (!status.ok()) return status;
  return Post(std::move(bytes));
}

absl::Status Worker::PostJson(std::string_view json) {
  absl::StatusOr<Value> value = Value::FromJson(json);
  if (!value.ok()) return value.status();
  return PostMessage(*value);
}

absl::Status Worker::PostString(std::string_view utf8) {
  return PostMessage(Value::String(std::string(utf8)));
}

absl::Status Worker::PostBytes(absl::Span<const uint8_t> bytes) {
  return PostMessage(
      Value::Bytes(std::vector<uint8_t>(bytes.begin(), bytes.end())));
}

absl::Status Worker::PostWireBytes(std::vector<uint8_t> bytes) {
  return Post(std::move(bytes));
}

absl::StatusOr<Message> Worker::Receive(absl::Duration timeout) {
  absl::Time deadline = timeout == absl::InfiniteDuration()
                            ? absl::InfiniteFuture()
                            : absl::Now() + timeout;
  State& state = *state_;
  absl::MutexLock receive(&state.receive_mu);
  while (true) {
    {
      absl::MutexLock lock(&state.mu);
      if (state.handler) {
        return absl::FailedPreconditionError(
            "Receive() on a worker that has a message handler");
      }
      state.wake_pending = false;
    }
    channel::Message message;
    if (state.Pop(&message)) {
      return Message(std::make_unique<channel::Message>(std::move(message)));
    }
    bool exited;
    {
      absl::MutexLock lock(&state.mu);
      exited = state.exited;
    }
    // (An abandoned runtime never sends its kClose: its exit is the end.)
    if (!state.peer_closed && exited && state.Pop(&message)) {
      return Message(std::make_unique<channel::Message>(std::move(message)));
    }
    if (state.peer_closed || exited) {
      return absl::OutOfRangeError(absl::StrCat(
          "worker '", name_, "' has stopped and every message was received"));
    }
    absl::MutexLock lock(&state.mu);
    while (!state.wake_pending) {
      if (state.cv.WaitWithDeadline(&state.mu, deadline) &&
          !state.wake_pending) {
        return absl::DeadlineExceededError(
            absl::StrCat("no message from worker '", name_, "' in ",
                         absl::FormatDuration(timeout)));
      }
    }
  }
}

void Worker::SetMessageHandler(std::function<void(Message)> handler,
                               Executor executor) {
  {
    absl::MutexLock lock(&state_->mu);
    state_->handler = std::move(handler);
    state_->executor = std::move(executor);
  }
  // Whatever arrived before the handler was set.
  state_->OnMessagesWaiting();
}

void Worker::Terminate() { state_->thread->Terminate(); }

ExitRecord Worker::Join() {
  {
    absl::MutexLock lock(&state_->mu);
    while (!state_->exited) state_->cv.Wait(&state_->mu);
  }
  state_->thread->Join();
  absl::MutexLock lock(&state_->mu);
  return state_->exit;
}

std::optional<ExitRecord> Worker::JoinFor(absl::Duration timeout) {
  absl::Time deadline = absl::Now() + timeout;
  {
    absl::MutexLock lock(&state_->mu);
    while (!state_->exited) {
      if (state_->cv.WaitWithDeadline(&state_->mu, deadline) &&
          !state_->exited) {
        return std::nullopt;
      }
    }
  }
  return Join();
}

WorkerStats Worker::Stats(absl::Duration timeout) {
  State& state = *state_;
  // The runtime's numbers, from its own thread.
  struct Pending {
    absl::Mutex mu;
    bool done ABSL_GUARDED_BY(mu) = false;
    isolate::RuntimeStats stats ABSL_GUARDED_BY(mu);
  };
  auto pending = std::make_shared<Pending>();
  bool asked = false;
  {
    absl::MutexLock lock(&state.mu);
    asked = !state.exited;
  }
  if (asked) {
    asked = state.thread->RequestStats(
        [pending](const isolate::RuntimeStats& stats) {
          absl::MutexLock lock(&pending->mu);
          pending->stats = stats;
          pending->done = true;
        });
  }
  WorkerStats result;
  {
    absl::MutexLock lock(&state.mu);
    result = state.last_stats;
  }
  result.live = false;
  if (asked) {
    absl::MutexLock lock(&pending->mu);
    auto done = [&pending]() ABSL_SHARED_LOCKS_REQUIRED(pending->mu) {
      return pending->done;
    };
    if (pending->mu.AwaitWithTimeout(absl::Condition(&done), timeout)) {
      SetRuntimeNumbers(pending->stats, &result);
      result.live = true;
    }
  }
  bool marker_queued;
  {
    absl::MutexLock lock(&state.mu);
    if (result.live) state.last_stats = result;
    marker_queued = state.exited && !state.abandoned &&
                    !state.close_marker_taken.load();
  }
  {
    absl::MutexLock lock(&state.port_mu);
    result.queue_depth_in = state.port->peer_depth();
  }
  result.queue_depth_out = std::max<int64_t>(
      0, state.port->inbox().depth() - (marker_queued ? 1 : 0));
  result.messages_in = state.messages_in.load(std::memory_order_relaxed);
  result.messages_out = state.messages_out.load(std::memory_order_relaxed) +
                        static_cast<uint64_t>(std::max<int64_t>(
                            0, result.queue_depth_out));
  return result;
}

// ---- Host ---------------------------------------------------------------------

struct Host::State {
  absl::Mutex mu;
  bool shut_down ABSL_GUARDED_BY(mu) = false;
  std::vector<std::weak_ptr<Worker::State>> workers ABSL_GUARDED_BY(mu);
};

Host::Host(std::unique_ptr<State> state) : state_(std::move(state)) {}

Host::~Host() {
  Shutdown();
  isolate::ReleaseWarmRuntimes();
  g_host_alive.store(false);
}

absl::StatusOr<std::unique_ptr<Host>> Host::Create(HostOptions options) {
  if (g_host_alive.exchange(true)) {
    return absl::FailedPreconditionError(
        "an isohost::Host already exists in this process");
  }
  // Debian's Abseil checks every Mutex acquisition for lock-order cycles
  // (GraphCycles, ~1% of a ping-pong profile); the host's locks are leaf
  // locks by design.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  auto state = std::make_unique<State>();
  isolate::InitializeV8();
  return std::unique_ptr<Host>(new Host(std::move(state)));
}

std::string Host::Version() { return "0.2.0"; }

std::string Host::V8Version() { return isolate::EngineVersion(); }

absl::StatusOr<std::unique_ptr<Worker>> Host::Spawn(
    const WorkerOptions& options) {
  if (options.script_path.empty() && options.source.empty()) {
    return absl::InvalidArgumentError(
        "WorkerOptions names no script: set script_path or source");
  }
  isolate::RuntimeOptions runtime;
  if (!options.script_path.empty()) {
    runtime.entry_path = AbsolutePath(options.script_path);
  } else {
    std::string file = options.name.empty() ? "worker" : options.name;
    file = absl::StrReplaceAll(file, {{"/", "_"}});
    runtime.entry_path = AbsolutePath(file + ".js");
    runtime.entry_source = options.source;
  }
  runtime.module = options.module;
  runtime.classic = options.classic;
  runtime.argv = {"isohost", runtime.entry_path};
  runtime.argv.insert(runtime.argv.end(), options.argv.begin(),
                      options.argv.end());
  runtime.output = options.output;
  runtime.limits = ToLimits(options.limits);
  absl::StatusOr<isolate::io::Permissions> permissions =
      ToPermissions(options.permissions);
  if (!permissions.ok()) return permissions.status();
  runtime.permissions = *std::move(permissions);
  if (!options.module_root.empty()) {
    runtime.module_root = AbsolutePath(options.module_root);
  }
  runtime.worker.emplace();
  runtime.worker->name = options.name;
  if (options.worker_data.has_value()) {
    channel::Message data;
    absl::Status status = wire::Encode(*options.worker_data, &data.bytes);
    if (!status.ok()) return status;
    runtime.worker->data = std::move(data);
  }

  auto state = std::make_shared<Worker::State>();
  state->limits = options.limits;
  auto [cpp_end, worker_end] = channel::Port::CreatePair();
  state->port = std::move(cpp_end);
  runtime.worker->port = std::move(worker_end);
  Worker::State* raw = state.get();
  state->port->inbox().Bind([raw] { raw->OnMessagesWaiting(); });

  {
    absl::MutexLock lock(&state_->mu);
    if (state_->shut_down) {
      return absl::FailedPreconditionError(
          "the isohost::Host has shut down; no more workers can start");
    }
    // Forget workers that are gone; remember this one.
    std::erase_if(state_->workers,
                  [](const auto& weak) { return weak.expired(); });
    state_->workers.push_back(state);

    isolate::HostWorkerThread::Callbacks callbacks;
    callbacks.loaded = [state](absl::Status status) {
      absl::MutexLock lock(&state->mu);
      state->loaded = true;
      state->load_status = std::move(status);
      state->cv.SignalAll();
    };
    callbacks.exited = [state](isolate::ExitRecord record,
                               const isolate::RuntimeStats& stats) {
      absl::MutexLock lock(&state->mu);
      if (!state->loaded) {
        state->loaded = true;
        state->load_status = absl::InternalError(record.message);
      }
      state->exit = ToPublic(record);
      SetRuntimeNumbers(stats, &state->last_stats);
      state->abandoned = record.abandoned;
      state->exited = true;
      state->wake_pending = true;  // a receiver waiting learns of the end
      state->cv.SignalAll();
    };
    // Started under the host's lock, so Shutdown() sees every thread.
    state->thread = isolate::HostWorkerThread::Start(std::move(runtime),
                                                     std::move(callbacks));
  }

  absl::Status load_status;
  {
    absl::MutexLock lock(&state->mu);
    while (!state->loaded) state->cv.Wait(&state->mu);
    load_status = state->load_status;
  }
  if (!load_status.ok()) {
    state->thread->Terminate();
    state->thread->Join();
    return load_status;
  }
  return std::unique_ptr<Worker>(new Worker(options.name, std::move(state)));
}

void Host::Shutdown() {
  std::vector<std::shared_ptr<Worker::State>> live;
  {
    absl::MutexLock lock(&state_->mu);
    state_->shut_down = true;
    for (const auto& weak : state_->workers) {
      if (auto worker = weak.lock()) live.push_back(std::move(worker));
    }
    state_->workers.clear();
  }
  for (const auto& worker : live) worker->thread->Terminate();
  for (const auto& worker : live) {
    absl::MutexLock lock(&worker->mu);
    while (!worker->exited) worker->cv.Wait(&worker->mu);
  }
}

absl::StatusOr<ExitRecord> Host::RunMain(const MainOptions& options) {
  std::string path = AbsolutePath(options.script_path);
  isolate::RuntimeOptions runtime_options;
  runtime_options.entry_path = path;
  runtime_options.module = options.module;
  runtime_options.classic = options.classic;
  runtime_options.argv.push_back(options.host_argv0);
  runtime_options.argv.push_back(path);
  runtime_options.argv.insert(runtime_options.argv.end(), options.args.begin(),
                              options.args.end());
  runtime_options.output = options.output;
  runtime_options.limits = ToLimits(options.limits);
  absl::StatusOr<isolate::io::Permissions> permissions =
      ToPermissions(options.permissions);
  if (!permissions.ok()) return permissions.status();
  runtime_options.permissions = *std::move(permissions);
  if (!options.module_root.empty()) {
    runtime_options.module_root = AbsolutePath(options.module_root);
  }
  absl::StatusOr<isolate::ExitRecord> result =
      isolate::RunOnCallingThread(std::move(runtime_options));
  if (!result.ok()) return result.status();
  const isolate::ExitRecord& exit = *result;
  if (exit.reason == isolate::ExitRecord::Reason::kSetupFailed) {
    return absl::NotFoundError(exit.message);
  }
  return ToPublic(exit);
}

}  // namespace isohost
