// loop/timer_queue.h: the timers phase's bookkeeping, with Node.js semantics.
//
// TimerQueue knows nothing about libuv or V8: it is given the time and runs
// the callbacks that are due. It reproduces how Node.js orders timers:
//
//   - a delay outside [1, 2^31-1] ms (or NaN) becomes 1 ms;
//   - timers with the same duration live in one FIFO list, so equal-delay
//     timers run in creation order;
//   - lists are visited in order of their head's expiry (ties: the list
//     created first); a visited list runs every due timer it holds before
//     the next list is looked at (this is Node's order, which differs from a
//     single global heap when several durations are due at once);
//   - the phase's `now` is fixed when the phase starts, so a timer created by
//     a timer callback never runs in the same phase;
//   - an interval is re-armed from the time just before its callback ran.
//
// Thread-compatible: owned by one EventLoop and touched only on its thread.
#ifndef ISOHOST_LOOP_TIMER_QUEUE_H_
#define ISOHOST_LOOP_TIMER_QUEUE_H_

#include <cstdint>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "absl/functional/any_invocable.h"
#include "absl/functional/function_ref.h"

namespace isohost::loop {

using TimerId = uint64_t;

class TimerQueue {
 public:
  using Callback = absl::AnyInvocable<void()>;

  // The largest delay Node accepts (TIMEOUT_MAX); larger ones become 1 ms.
  static constexpr double kMaxDelayMs = 2147483647.0;

  TimerQueue() = default;
  TimerQueue(const TimerQueue&) = delete;
  TimerQueue& operator=(const TimerQueue&) = delete;

  // Clamps a JS delay the way Node does, and rounds fractional delays up
  // (a timer of 1.5 ms fires at the same loop turn as one of 2 ms would).
  static int64_t ClampDelay(double delay_ms);

  // TimerQueue::Add()
  //
  // Schedules `callback` to run `duration_ms` (already clamped) after
  // `now_ms`; again every `duration_ms` if `repeat`. New timers are ref'd.
  TimerId Add(int64_t now_ms, int64_t duration_ms, bool repeat,
              Callback callback);

  // Cancels a timer; a no-op for unknown or finished ids. Safe from inside
  // any timer callback, including the timer's own.
  void Cancel(TimerId id);

  // Restarts a live timer's countdown from `now_ms` (Node's refresh()).
  void Refresh(TimerId id, int64_t now_ms);

  // Whether a live timer keeps the loop alive (Node's ref()/unref()).
  void SetRef(TimerId id, bool ref);
  bool HasRef(TimerId id) const;
  bool Contains(TimerId id) const { return timers_.contains(id); }

  // TimerQueue::RunDue()
  //
  // Runs every timer due at `now_ms`, in Node's order. `fresh_now` returns
  // the current time (used to re-arm intervals). `after_each` runs after
  // every callback (the microtask checkpoint) and returns false to stop the
  // phase at once (the runtime is exiting).
  void RunDue(int64_t now_ms, absl::FunctionRef<int64_t()> fresh_now,
              absl::FunctionRef<bool()> after_each);

  // The earliest expiry of any timer, ref'd or not.
  std::optional<int64_t> NextExpiry() const;

  size_t size() const { return timers_.size(); }
  size_t ref_count() const { return ref_count_; }

 private:
  struct List;

  struct Timer {
    TimerId id = 0;
    int64_t duration = 0;
    int64_t start = 0;
    bool repeat = false;
    bool ref = true;
    Callback callback;
    List* list = nullptr;
    std::list<Timer*>::iterator position;
  };

  // All timers of one duration, in insertion order.
  struct List {
    int64_t duration = 0;
    uint64_t sequence = 0;  // creation order, breaks expiry ties
    int64_t expiry = 0;     // head's start + duration
    std::list<Timer*> timers;
  };

  // (expiry, sequence, duration): the order lists are visited in.
  using ListKey = std::tuple<int64_t, uint64_t, int64_t>;

  void Insert(Timer* timer);
  void Unlink(Timer* timer);
  void Rekey(List* list, int64_t new_expiry);
  static ListKey KeyOf(const List& list) {
    return {list.expiry, list.sequence, list.duration};
  }

  std::unordered_map<TimerId, Timer> timers_;
  std::map<int64_t, List> lists_;  // by duration
  std::set<ListKey> order_;
  TimerId next_id_ = 1;
  uint64_t next_list_sequence_ = 1;
  size_t ref_count_ = 0;
};

}  // namespace isohost::loop

#endif  // ISOHOST_LOOP_TIMER_QUEUE_H_
