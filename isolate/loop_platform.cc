#include "isolate/loop_platform.h"

#include "loop/check.h"

namespace isohost::isolate {

// One isolate's foreground task runner. Thread-safe: V8 posts from any
// thread. Tasks travel to the loop thread as moved unique_ptrs inside posted
// loop tasks; delayed ones become unref'd loop timers (they never keep a
// runtime alive, as in Node). After Detach() every post is dropped.
class LoopPlatform::ForegroundRunner final : public v8::TaskRunner {
 public:
  ForegroundRunner(std::shared_ptr<loop::TaskPoster> poster,
                   loop::EventLoop* loop)
      : poster_(std::move(poster)), loop_(loop) {}

  void Detach() {
    absl::MutexLock lock(&mu_);
    poster_.reset();
  }

  void PostTask(std::unique_ptr<v8::Task> task) override {
    Post(std::move(task), 0);
  }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override {
    Post(std::move(task), 0);
  }
  void PostDelayedTask(std::unique_ptr<v8::Task> task,
                       double delay_in_seconds) override {
    Post(std::move(task), delay_in_seconds);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task,
                                  double delay_in_seconds) override {
    Post(std::move(task), delay_in_seconds);
  }
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override {
    // IdleTasksEnabled() is false: V8 never posts these.
  }
  bool IdleTasksEnabled() override { return false; }
  bool NonNestableTasksEnabled() const override { return true; }
  bool NonNestableDelayedTasksEnabled() const override { return true; }

 private:
  void Post(std::unique_ptr<v8::Task> task, double delay_in_seconds) {
    std::shared_ptr<loop::TaskPoster> poster;
    {
      absl::MutexLock lock(&mu_);
      poster = poster_;
    }
    if (poster == nullptr) return;  // isolate gone: drop
    loop::EventLoop* loop = loop_;
    if (delay_in_seconds <= 0) {
      poster->Post([task = std::move(task)]() mutable { task->Run(); });
      return;
    }
    // The timer must be created on the loop thread.
    poster->Post([loop, delay_in_seconds, task = std::move(task)]() mutable {
      loop::TimerId id = loop->SetTimer(
          delay_in_seconds * 1000, false,
          [task = std::move(task)]() mutable {
            if (task) std::move(task)->Run();
          });
      loop->SetTimerRef(id, false);
    });
  }

  absl::Mutex mu_;
  std::shared_ptr<loop::TaskPoster> poster_ ABSL_GUARDED_BY(mu_);
  loop::EventLoop* const loop_;  // only dereferenced on the loop thread
};

LoopPlatform::LoopPlatform(std::unique_ptr<v8::Platform> fallback)
    : fallback_(std::move(fallback)) {}

LoopPlatform::~LoopPlatform() = default;

void LoopPlatform::RegisterIsolate(v8::Isolate* isolate,
                                   loop::EventLoop* loop) {
  auto runner = std::make_shared<ForegroundRunner>(loop->poster(), loop);
  absl::MutexLock lock(&mu_);
  ISOHOST_CHECK(runners_.emplace(isolate, std::move(runner)).second);
}

void LoopPlatform::UnregisterIsolate(v8::Isolate* isolate) {
  std::shared_ptr<ForegroundRunner> runner;
  {
    absl::MutexLock lock(&mu_);
    auto it = runners_.find(isolate);
    if (it == runners_.end()) return;
    runner = std::move(it->second);
    runners_.erase(it);
  }
  runner->Detach();
}

v8::PageAllocator* LoopPlatform::GetPageAllocator() {
  return fallback_->GetPageAllocator();
}

int LoopPlatform::NumberOfWorkerThreads() {
  return fallback_->NumberOfWorkerThreads();
}

std::shared_ptr<v8::TaskRunner> LoopPlatform::GetForegroundTaskRunner(
    v8::Isolate* isolate) {
  absl::MutexLock lock(&mu_);
  auto it = runners_.find(isolate);
  if (it != runners_.end()) return it->second;
  // An isolate we do not run (should not happen): the default platform's
  // runner keeps V8 working, its tasks simply never run.
  return fallback_->GetForegroundTaskRunner(isolate);
}

void LoopPlatform::CallOnWorkerThread(std::unique_ptr<v8::Task> task) {
  fallback_->CallOnWorkerThread(std::move(task));
}

void LoopPlatform::CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task,
                                             double delay_in_seconds) {
  fallback_->CallDelayedOnWorkerThread(std::move(task), delay_in_seconds);
}

std::unique_ptr<v8::JobHandle> LoopPlatform::PostJob(
    v8::TaskPriority priority, std::unique_ptr<v8::JobTask> job_task) {
  return fallback_->PostJob(priority, std::move(job_task));
}

double LoopPlatform::MonotonicallyIncreasingTime() {
  return fallback_->MonotonicallyIncreasingTime();
}

double LoopPlatform::CurrentClockTimeMillis() {
  return fallback_->CurrentClockTimeMillis();
}

v8::TracingController* LoopPlatform::GetTracingController() {
  return fallback_->GetTracingController();
}

}  // namespace isohost::isolate
