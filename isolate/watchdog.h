// isolate/watchdog.h: enforces CPU-time and wall-time limits.
//
// One process-wide thread (started on first use) checks every watched
// runtime every few milliseconds: a runtime whose thread used more CPU
// time than allowed, or that has run longer than allowed, is stopped
// through its WorkerControl with Reason::kCpuTime or kWallTime. CPU time
// is the watched thread's own clock (pthread_getcpuclockid), so a worker
// spinning in `for (;;) {}` and one waiting on its loop are told apart.
//
// Ownership: a never-destroyed singleton. Thread-safe: Watch() on the
// thread to be watched (its CPU clock is taken there), Unwatch() from any
// thread, and always before the watched thread ends.
#ifndef ISOHOST_ISOLATE_WATCHDOG_H_
#define ISOHOST_ISOLATE_WATCHDOG_H_

#include <time.h>

#include <cstdint>
#include <map>
#include <memory>
#include <thread>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"

namespace isohost::isolate {

class WorkerControl;

class Watchdog {
 public:
  static Watchdog& Get();

  // Calling thread. Returns an id for Unwatch(); 0 if there is nothing to
  // watch (both limits 0).
  uint64_t Watch(std::shared_ptr<WorkerControl> control, uint64_t max_cpu_ms,
                 uint64_t max_wall_ms);
  void Unwatch(uint64_t id);

 private:
  struct Entry {
    std::shared_ptr<WorkerControl> control;
    clockid_t cpu_clock;
    uint64_t max_cpu_ns;   // 0: none
    uint64_t deadline_ns;  // monotonic; 0: none
    uint64_t cpu_limit_ms;
    uint64_t wall_limit_ms;
  };

  Watchdog() = default;
  void Run();

  absl::Mutex mu_;
  std::map<uint64_t, Entry> entries_ ABSL_GUARDED_BY(mu_);
  uint64_t next_id_ ABSL_GUARDED_BY(mu_) = 1;
  bool started_ ABSL_GUARDED_BY(mu_) = false;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WATCHDOG_H_
