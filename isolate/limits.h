// isolate/limits.h: the pieces that make a runtime's limits hard.
//
// CappedAllocator is a runtime's ArrayBuffer allocator: it counts the bytes
// of every live backing store it made, and refuses (JS sees "RangeError:
// Array buffer allocation failed") and stops the runtime (kOutOfMemory)
// when an allocation would pass the cap. Owned by the runtime's isolate
// through a std::shared_ptr that every backing store also holds, so a
// buffer transferred to another runtime may outlive its maker. Thread-safe
// (backing stores are freed on whichever thread drops them last).
//
// SizedThread is a joinable thread with a chosen stack size (std::thread
// has none); a runtime on it sets V8's stack limit to match. Owned by
// whoever starts it; Join() from any other thread.
#ifndef ISOHOST_ISOLATE_LIMITS_H_
#define ISOHOST_ISOLATE_LIMITS_H_

#include <pthread.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

#include "absl/functional/any_invocable.h"
#include "absl/synchronization/mutex.h"
#include "v8-array-buffer.h"

namespace isohost::isolate {

class WorkerControl;

class CappedAllocator final : public v8::ArrayBuffer::Allocator {
 public:
  CappedAllocator() = default;
  // Before the runtime runs any JS (its isolate may already exist): `cap`
  // 0 means no cap (only counting); `control` is told of a breach.
  void Configure(uint64_t cap, std::shared_ptr<WorkerControl> control) {
    cap_ = cap;
    control_ = std::move(control);
  }

  void* Allocate(size_t length) override;
  void* AllocateUninitialized(size_t length) override;
  void Free(void* data, size_t length) override;

  uint64_t used() const { return used_.load(std::memory_order_relaxed); }

 private:
  bool Reserve(size_t length);

  // Set by Configure() on the runtime's thread before its JS runs; the
  // runtime's thread is the only one that allocates.
  uint64_t cap_ = 0;
  std::shared_ptr<WorkerControl> control_;
  std::atomic<uint64_t> used_{0};
};

class SizedThread {
 public:
  SizedThread() = default;
  SizedThread(const SizedThread&) = delete;
  SizedThread& operator=(const SizedThread&) = delete;
  ~SizedThread();  // joins if still joinable

  // Starts `body` on a new thread with a `stack_bytes` stack (0: the
  // system default). False if the thread could not be made.
  bool Start(uint64_t stack_bytes, absl::AnyInvocable<void() &&> body);
  void Join();  // idempotent; thread-safe
  bool joinable() const { return started_; }

 private:
  static void* Main(void* arg);
  absl::Mutex mu_;
  pthread_t thread_{};
  bool started_ = false;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_LIMITS_H_
