#include "isolate/watchdog.h"

#include <pthread.h>
#include <uv.h>

#include "absl/strings/str_cat.h"
#include "isolate/worker.h"

namespace isohost::isolate {
namespace {

// How often limits are checked: the bound on how late a breach is seen.
constexpr absl::Duration kPeriod = absl::Milliseconds(2);

uint64_t CpuNanos(clockid_t clock) {
  timespec now{};
  if (clock_gettime(clock, &now) != 0) return 0;
  return static_cast<uint64_t>(now.tv_sec) * 1000000000u + now.tv_nsec;
}

}  // namespace

Watchdog& Watchdog::Get() {
  static Watchdog* watchdog = new Watchdog();
  return *watchdog;
}

uint64_t Watchdog::Watch(std::shared_ptr<WorkerControl> control,
                         uint64_t max_cpu_ms, uint64_t max_wall_ms) {
  if (max_cpu_ms == 0 && max_wall_ms == 0) return 0;
  Entry entry;
  entry.control = std::move(control);
  if (pthread_getcpuclockid(pthread_self(), &entry.cpu_clock) != 0) {
    entry.cpu_clock = CLOCK_THREAD_CPUTIME_ID;  // never read from here
    max_cpu_ms = 0;
  }
  entry.max_cpu_ns = max_cpu_ms * 1000000u;
  if (entry.max_cpu_ns > 0) {
    // The limit counts from now, not from the thread's start.
    entry.max_cpu_ns += CpuNanos(entry.cpu_clock);
  }
  entry.cpu_limit_ms = max_cpu_ms;
  entry.wall_limit_ms = max_wall_ms;
  entry.deadline_ns = max_wall_ms > 0 ? uv_hrtime() + max_wall_ms * 1000000u : 0;
  absl::MutexLock lock(&mu_);
  uint64_t id = next_id_++;
  entries_.emplace(id, std::move(entry));
  if (!started_) {
    started_ = true;
    std::thread([this] { Run(); }).detach();
  }
  return id;
}

void Watchdog::Unwatch(uint64_t id) {
  if (id == 0) return;
  absl::MutexLock lock(&mu_);
  entries_.erase(id);
}

void Watchdog::Run() {
  mu_.Lock();
  while (true) {
    auto has_entries = [this]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
      return !entries_.empty();
    };
    mu_.Await(absl::Condition(&has_entries));
    uint64_t now = uv_hrtime();
    for (auto it = entries_.begin(); it != entries_.end();) {
      Entry& entry = it->second;
      // The watched thread unwatches before it ends, under mu_, so its
      // CPU clock is valid here.
      if (entry.max_cpu_ns > 0 && CpuNanos(entry.cpu_clock) > entry.max_cpu_ns) {
        entry.control->RequestTermination(
            ExitRecord::Reason::kCpuTime,
            absl::StrCat("the CPU-time limit of ", entry.cpu_limit_ms,
                         " ms was exceeded"));
        it = entries_.erase(it);
        continue;
      }
      if (entry.deadline_ns > 0 && now > entry.deadline_ns) {
        entry.control->RequestTermination(
            ExitRecord::Reason::kWallTime,
            absl::StrCat("the wall-time limit of ", entry.wall_limit_ms,
                         " ms was exceeded"));
        it = entries_.erase(it);
        continue;
      }
      ++it;
    }
    mu_.Unlock();
    absl::SleepFor(kPeriod);
    mu_.Lock();
  }
}

}  // namespace isohost::isolate
