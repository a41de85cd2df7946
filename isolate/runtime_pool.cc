#include "isolate/runtime_pool.h"

#include <optional>

#include "isolate/runtime.h"
#include "isolate/v8_process.h"

namespace isohost::isolate {

// One warm runtime's thread and its hand-over point. Shared by the pool and
// the thread.
struct RuntimePool::Slot {
  std::unique_ptr<SizedThread> thread;  // moved to the taker
  absl::Mutex mu;
  // Set once by the taker: what to run.
  std::optional<RuntimeOptions> options ABSL_GUARDED_BY(mu);
  Body body ABSL_GUARDED_BY(mu);
  bool taken ABSL_GUARDED_BY(mu) = false;
};

RuntimePool& RuntimePool::Get() {
  static RuntimePool* pool = new RuntimePool();
  return *pool;
}

void RuntimePool::Refill() {
  if (draining_ || warming_ != nullptr || ready_ != nullptr) return;
  auto slot = std::make_shared<Slot>();
  slot->thread = std::make_unique<SizedThread>();
  warming_ = slot;
  bool started = slot->thread->Start(0, [this, slot]() {
    absl::StatusOr<std::unique_ptr<Runtime>> runtime =
        Runtime::Prepare(V8Process::Acquire());
    {
      absl::MutexLock lock(&mu_);
      warming_.reset();
      if (runtime.ok()) ready_ = slot;
    }
    if (!runtime.ok()) return;  // the pool stays empty; workers start cold
    RuntimeOptions options;
    Body body;
    {
      absl::MutexLock lock(&slot->mu);
      auto taken = [&slot]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(slot->mu) {
        return slot->taken;
      };
      slot->mu.Await(absl::Condition(&taken));
      if (!slot->options.has_value()) return;  // drained: the runtime goes
      options = std::move(*slot->options);
      body = std::move(slot->body);
    }
    absl::Status adopted = (*runtime)->Adopt(std::move(options));
    if (!adopted.ok()) runtime = adopted;
    std::move(body)(std::move(runtime));
  });
  if (!started) warming_.reset();
}

void RuntimePool::Drain() {
  std::shared_ptr<Slot> slot;
  {
    absl::MutexLock lock(&mu_);
    draining_ = true;
    auto settled = [this]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
      return warming_ == nullptr;
    };
    mu_.Await(absl::Condition(&settled));
    slot = std::move(ready_);
  }
  if (slot != nullptr) {
    {
      absl::MutexLock lock(&slot->mu);
      slot->taken = true;  // with no options: destroy and end
    }
    slot->thread->Join();
  }
  absl::MutexLock lock(&mu_);
  draining_ = false;
}

std::unique_ptr<SizedThread> RuntimePool::Start(RuntimeOptions options,
                                                Body body) {
  std::shared_ptr<Slot> slot;
  if (Runtime::CanAdopt(options.limits)) {
    absl::MutexLock lock(&mu_);
    slot = std::move(ready_);
    Refill();
  }
  if (slot != nullptr) {
    std::unique_ptr<SizedThread> thread = std::move(slot->thread);
    absl::MutexLock lock(&slot->mu);
    slot->options = std::move(options);
    slot->body = std::move(body);
    slot->taken = true;
    return thread;
  }
  // Cold: a thread of its own makes the runtime.
  auto thread = std::make_unique<SizedThread>();
  uint64_t stack_bytes = options.limits.stack_bytes;
  bool started = thread->Start(
      stack_bytes,
      [options = std::move(options), body = std::move(body)]() mutable {
        std::move(body)(Runtime::Create(V8Process::Acquire(), std::move(options)));
      });
  if (!started) return nullptr;
  return thread;
}

}  // namespace isohost::isolate
