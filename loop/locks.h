// loop/locks.h: absl::MutexLock and absl::ReaderMutexLock that ThreadSanitizer
// can see.
//
// Debian's Abseil is not built with TSan, so TSan does not see an
// absl::Mutex order anything: every field guarded by one looks raced (a
// false positive that made the TSan runs of loop/ and channel/ flaky).
// These scoped locks add the happens-before edges by hand
// (__tsan_acquire after locking, __tsan_release before unlocking); outside
// TSan builds they are exactly Abseil's. Use them for every lock in loop/
// and channel/. Thread-safe, like the locks they wrap; stack-only.
#ifndef ISOHOST_LOOP_LOCKS_H_
#define ISOHOST_LOOP_LOCKS_H_

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#define ISOHOST_TSAN_ACQUIRE(address) __tsan_acquire(address)
#define ISOHOST_TSAN_RELEASE(address) __tsan_release(address)
#else
#define ISOHOST_TSAN_ACQUIRE(address) ((void)(address))
#define ISOHOST_TSAN_RELEASE(address) ((void)(address))
#endif

namespace isohost::loop {

class ABSL_SCOPED_LOCKABLE MutexLock {
 public:
  explicit MutexLock(absl::Mutex* mu) ABSL_EXCLUSIVE_LOCK_FUNCTION(mu)
      : mu_(mu) {
    mu_->Lock();
    ISOHOST_TSAN_ACQUIRE(mu_);
  }
  ~MutexLock() ABSL_UNLOCK_FUNCTION() {
    ISOHOST_TSAN_RELEASE(mu_);
    mu_->Unlock();
  }
  MutexLock(const MutexLock&) = delete;
  MutexLock& operator=(const MutexLock&) = delete;

 private:
  absl::Mutex* const mu_;
};

class ABSL_SCOPED_LOCKABLE ReaderMutexLock {
 public:
  explicit ReaderMutexLock(absl::Mutex* mu) ABSL_SHARED_LOCK_FUNCTION(mu)
      : mu_(mu) {
    mu_->ReaderLock();
    ISOHOST_TSAN_ACQUIRE(mu_);
  }
  ~ReaderMutexLock() ABSL_UNLOCK_FUNCTION() {
    ISOHOST_TSAN_RELEASE(mu_);
    mu_->ReaderUnlock();
  }
  ReaderMutexLock(const ReaderMutexLock&) = delete;
  ReaderMutexLock& operator=(const ReaderMutexLock&) = delete;

 private:
  absl::Mutex* const mu_;
};

}  // namespace isohost::loop

#endif  // ISOHOST_LOOP_LOCKS_H_
