// isolate/loop_platform.h: a v8::Platform whose foreground tasks run on loops.
//
// V8's default platform only runs an isolate's foreground tasks when someone
// pumps them. Ours wraps it: worker-thread tasks, jobs, clocks and tracing
// go to the default platform, while each registered isolate's foreground
// and delayed tasks are posted into that isolate's EventLoop (through its
// TaskPoster), where they run as ordinary tasks on the isolate's thread.
//
// Ownership: one per process, created by V8Process and alive until V8 is
// disposed. Thread-safe: V8 calls it from any thread; RegisterIsolate and
// UnregisterIsolate from the isolate's own thread.
#ifndef ISOHOST_ISOLATE_LOOP_PLATFORM_H_
#define ISOHOST_ISOLATE_LOOP_PLATFORM_H_

#include <memory>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/synchronization/mutex.h"
#include "loop/event_loop.h"
#include "v8-platform.h"

namespace isohost::isolate {

class LoopPlatform final : public v8::Platform {
 public:
  explicit LoopPlatform(std::unique_ptr<v8::Platform> fallback);
  ~LoopPlatform() override;

  // Isolate's thread. From now on `isolate`'s foreground tasks run on `loop`
  // (which must outlive the registration).
  void RegisterIsolate(v8::Isolate* isolate, loop::EventLoop* loop);
  // Isolate's thread, before the isolate is disposed. Tasks posted later are
  // dropped.
  void UnregisterIsolate(v8::Isolate* isolate);

  // v8::Platform
  v8::PageAllocator* GetPageAllocator() override;
  int NumberOfWorkerThreads() override;
  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(
      v8::Isolate* isolate) override;
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override;
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task,
                                 double delay_in_seconds) override;
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return false; }
  std::unique_ptr<v8::JobHandle> PostJob(
      v8::TaskPriority priority,
      std::unique_ptr<v8::JobTask> job_task) override;
  double MonotonicallyIncreasingTime() override;
  double CurrentClockTimeMillis() override;
  v8::TracingController* GetTracingController() override;

 private:
  class ForegroundRunner;

  std::unique_ptr<v8::Platform> fallback_;
  absl::Mutex mu_;
  absl::flat_hash_map<v8::Isolate*, std::shared_ptr<ForegroundRunner>> runners_
      ABSL_GUARDED_BY(mu_);
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_LOOP_PLATFORM_H_
