// isolate/host_worker.h: a runtime on a thread of its own, for host/.
//
// HostWorkerThread is how host/ runs a worker that a C++ program spawned:
// it starts a thread, builds a Runtime there (RuntimeOptions::worker set,
// so the script sees the worker global scope and its implicit port), loads
// the entry, reports the load result, runs the runtime to its end and
// reports the exit. This header is V8-free, so host/ never sees V8.
//
// Ownership: host/ owns it (std::unique_ptr). The thread shares only the
// WorkerControl (std::shared_ptr) and the callbacks it was given.
// Thread-safety: Terminate() and RequestStats() from any thread; Join()
// and the destructor from any thread but the worker's own.
#ifndef ISOHOST_ISOLATE_HOST_WORKER_H_
#define ISOHOST_ISOLATE_HOST_WORKER_H_

#include <functional>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "isolate/limits.h"
#include "isolate/runtime_options.h"

namespace isohost::isolate {

class WorkerControl;

class HostWorkerThread {
 public:
  struct Callbacks {
    // Once, on the worker's thread, after the entry was loaded (OK) or
    // failed to load (NotFound, InvalidArgument "file:line:col: error").
    std::function<void(absl::Status)> loaded;
    // Once, last, on the worker's thread: how it ended, and its final
    // stats (taken before the isolate went away).
    std::function<void(ExitRecord, const RuntimeStats&)> exited;
  };

  // HostWorkerThread::Start()
  //
  // `options.worker` must be set (with its port); its control is made here.
  static std::unique_ptr<HostWorkerThread> Start(RuntimeOptions options,
                                                 Callbacks callbacks);
  ~HostWorkerThread();  // Terminate() if still running, then Join()
  HostWorkerThread(const HostWorkerThread&) = delete;
  HostWorkerThread& operator=(const HostWorkerThread&) = delete;

  // Interrupts running JS (even `for (;;) {}`) and ends the runtime.
  void Terminate();
  // Waits for the thread to end. Idempotent.
  void Join();
  // See WorkerControl::RequestStats().
  bool RequestStats(std::function<void(const RuntimeStats&)> done);

 private:
  HostWorkerThread() = default;

  std::shared_ptr<WorkerControl> control_;
  std::unique_ptr<SizedThread> thread_;  // null if none could be made
};

// Sets V8 up for the process if that has not happened yet. Thread-safe.
void InitializeV8();
// The engine's version ("10.2.154.26-node.x").
std::string EngineVersion();

// Ends what the process keeps warm for fast worker starts (see
// runtime_pool.h). Any thread but a runtime's.
void ReleaseWarmRuntimes();

// Runs a runtime made from `options` to its end on the calling thread (the
// process's main runtime: `isohost run`). Errors from setting V8 up are a
// status; everything JS does is in the record.
absl::StatusOr<ExitRecord> RunOnCallingThread(RuntimeOptions options);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_HOST_WORKER_H_
