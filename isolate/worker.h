// isolate/worker.h: workers, each a Runtime on a thread of its own.
//
// WorkerControl is the one object a worker's thread and its parent share:
// it lets the parent interrupt the worker's JS (terminate(), also for a
// worker stuck in `for (;;) {}`) without ever touching a disposed isolate.
// Thread-safe; shared (std::shared_ptr) by the two threads.
//
// WorkerHost is the parent's side of one worker: it owns the thread, the
// parent end of the worker's implicit port (a PortBinding whose events go
// to the JS Worker object) and the keep-alive that holds the parent's loop
// open while the worker lives. When the worker's thread has finished, the
// parent delivers every message the worker posted, then 'error' (if the
// worker died of an uncaught error), then 'exit'. For node:worker_threads
// it also reports the worker's start ('online', before any message) and
// can stop holding the parent open (unref()). Owned by the parent
// Runtime; thread-affine to the parent's thread.
#ifndef ISOHOST_ISOLATE_WORKER_H_
#define ISOHOST_ISOLATE_WORKER_H_

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include <functional>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "channel/message.h"
#include "isolate/limits.h"
#include "isolate/runtime_options.h"
#include "loop/task_poster.h"
#include "v8-function.h"
#include "v8-isolate.h"
#include "v8-persistent-handle.h"

namespace isohost::isolate {

class PortBinding;
class Runtime;
struct ExitRecord;

// Runtime thread: a snapshot of `isolate`'s runtime.
RuntimeStats CollectRuntimeStats(v8::Isolate* isolate);

class WorkerControl {
 public:
  // Worker thread: its runtime is set up (bootstrap done) and may now be
  // interrupted. A termination requested before is not delivered here: the
  // runtime's first CheckTermination() sees it, before any user code.
  void Attach(v8::Isolate* isolate, std::shared_ptr<loop::TaskPoster> poster);
  // Worker thread: before the isolate is disposed.
  void Detach();
  // Worker thread: the isolate was abandoned after a fatal V8 error; it is
  // never touched again (pending stats requests get zeros).
  void Abandon();
  // Any thread. Stops the runtime with `reason` (kTerminated for
  // terminate(); a limit's reason from the watchdog or an allocator) and
  // `message` (what was exceeded). The first request wins; idempotent.
  void RequestTermination(
      ExitRecord::Reason reason = ExitRecord::Reason::kTerminated,
      std::string message = "");
  bool termination_requested() const {
    return terminate_.load(std::memory_order_acquire);
  }
  // Valid once termination_requested(): why, and when (uv_hrtime ns).
  ExitRecord::Reason termination_reason() const { return reason_; }
  const std::string& termination_message() const { return message_; }
  uint64_t termination_requested_ns() const { return requested_ns_; }

  // Any thread. Asks the running runtime for a RuntimeStats snapshot;
  // `done` runs on the runtime's thread, from a V8 interrupt if JS is busy
  // or from a loop task if the loop is idle, whichever comes first. Returns
  // false (and never calls `done`) when no runtime is attached.
  bool RequestStats(std::function<void(const RuntimeStats&)> done);

 private:
  // Runtime thread: answers every pending stats request.
  void AnswerStats(v8::Isolate* isolate);

  absl::Mutex stats_mu_;
  std::vector<std::function<void(const RuntimeStats&)>> stats_requests_
      ABSL_GUARDED_BY(stats_mu_);

  std::atomic<bool> terminate_{false};
  // Written once, before `terminate_` is set (release); read after it.
  std::atomic<bool> claimed_{false};
  ExitRecord::Reason reason_ = ExitRecord::Reason::kTerminated;
  std::string message_;
  uint64_t requested_ns_ = 0;
  absl::Mutex mu_;
  v8::Isolate* isolate_ ABSL_GUARDED_BY(mu_) = nullptr;
  std::shared_ptr<loop::TaskPoster> poster_ ABSL_GUARDED_BY(mu_);
};

// What the parent asks for in `new Worker(...)`.
struct WorkerSpec {
  std::string entry_path;  // absolute
  // The script's text for `new Worker(code, { eval: true })`; `entry_path`
  // then only names it.
  std::optional<std::string> entry_source;
  bool module = false;
  std::string name;
  std::optional<channel::Message> worker_data;
  Limits limits;
  io::Permissions permissions;  // the parent's, or fewer
  uint64_t thread_id = 0;  // NextThreadId()
  bool node = false;       // node:worker_threads (RuntimeOptions::Worker)
  // node:worker_threads: process.argv for the worker (else the parent's).
  std::optional<std::vector<std::string>> argv;
};

// Any thread. The next node:worker_threads threadId: process-wide, from 1
// (the main runtime is 0).
uint64_t NextThreadId();

// "normal", "exit", "error", "terminated", "out-of-memory", "cpu-time",
// "wall-time", "stack", "queue-full".
const char* ReasonName(ExitRecord::Reason reason);

class WorkerHost {
 public:
  // Starts the worker's thread. `worker_object` is the JS Worker; returns
  // the parent end of the implicit port (its wrapper goes back to JS).
  // `on_online`, if given, is called (as a task of its own) once the
  // worker's runtime is up, before any of its JS runs (Node's 'online').
  static WorkerHost* Start(Runtime& parent, WorkerSpec spec,
                           v8::Local<v8::Object> worker_object,
                           v8::Local<v8::Function> on_online = {});
  ~WorkerHost();  // terminates the worker if needed and joins its thread

  void Terminate();
  // Whether the running worker keeps the parent's loop alive (Node's
  // worker.ref()/unref(); ref'd from the start).
  void SetRef(bool ref);
  PortBinding* port() const { return port_; }

  // Parent thread, from the tasks the worker's thread posts: its runtime
  // is up; it is done.
  void OnOnline();
  void OnThreadExited(ExitRecord record);

 private:
  explicit WorkerHost(Runtime& parent) : parent_(parent) {}
  void UpdateKeepAlive();

  Runtime& parent_;
  std::unique_ptr<SizedThread> thread_;  // null if none could be made
  std::shared_ptr<WorkerControl> control_;
  PortBinding* port_ = nullptr;  // owned by the parent runtime
  v8::Global<v8::Object> worker_object_;
  v8::Global<v8::Function> on_online_;
  bool exited_ = false;
  bool ref_ = true;
  bool holds_keep_alive_ = false;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WORKER_H_
