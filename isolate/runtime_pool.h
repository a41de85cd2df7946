// isolate/runtime_pool.h: warm runtimes, so that a worker starts fast.
//
// Most of a worker's start-up is V8 making its isolate and context (the
// snapshot's deserialisation). RuntimePool keeps one runtime prepared
// ahead (Runtime::Prepare()) on a parked thread of its own; a new worker
// that fits (Runtime::CanAdopt(): no heap or stack limit of its own) takes
// it, thread and all, and a fresh one is prepared in the background. The
// pool starts on first use, so a process that never starts a worker never
// pays for it.
//
// Ownership: a never-destroyed singleton; its parked thread (and that
// thread's prepared runtime) live until taken or until the process ends.
// Thread-safe.
#ifndef ISOHOST_ISOLATE_RUNTIME_POOL_H_
#define ISOHOST_ISOLATE_RUNTIME_POOL_H_

#include <memory>

#include "absl/base/thread_annotations.h"
#include "absl/functional/any_invocable.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "isolate/limits.h"
#include "isolate/runtime_options.h"

namespace isohost::isolate {

class Runtime;

class RuntimePool {
 public:
  // Runs on the runtime's thread with the runtime (or why there is none).
  using Body =
      absl::AnyInvocable<void(absl::StatusOr<std::unique_ptr<Runtime>>) &&>;

  static RuntimePool& Get();

  // Runs `body` with a runtime made from `options`, on a thread of its
  // own, which the caller owns (and joins). A warm runtime is used when one
  // is ready and `options` fit it; otherwise a new thread makes one.
  std::unique_ptr<SizedThread> Start(RuntimeOptions options, Body body);

  // Destroys the warm runtime (waiting for one being prepared) and joins
  // its thread; the pool refills on the next Start(). host/ calls it when
  // the Host goes, so nothing of V8 is left behind a host's life.
  void Drain();

 private:
  struct Slot;
  RuntimePool() = default;
  // Starts preparing the next warm runtime. Called with `mu_` held.
  void Refill() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  absl::Mutex mu_;
  std::shared_ptr<Slot> ready_ ABSL_GUARDED_BY(mu_);    // prepared, parked
  std::shared_ptr<Slot> warming_ ABSL_GUARDED_BY(mu_);  // being prepared
  bool draining_ ABSL_GUARDED_BY(mu_) = false;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_RUNTIME_POOL_H_
