#include "loop/timer_queue.h"

#include <cmath>

#include "loop/check.h"

namespace isohost::loop {

int64_t TimerQueue::ClampDelay(double delay_ms) {
  // Node: `if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;`, which
  // also catches NaN.
  if (!(delay_ms >= 1 && delay_ms <= kMaxDelayMs)) return 1;
  return static_cast<int64_t>(std::ceil(delay_ms));
}

TimerId TimerQueue::Add(int64_t now_ms, int64_t duration_ms, bool repeat,
                        Callback callback) {
  ISOHOST_CHECK(duration_ms >= 1);
  TimerId id = next_id_++;
  Timer& timer = timers_[id];
  timer.id = id;
  timer.duration = duration_ms;
  timer.start = now_ms;
  timer.repeat = repeat;
  timer.callback = std::move(callback);
  ++ref_count_;
  Insert(&timer);
  return id;
}

void TimerQueue::Insert(Timer* timer) {
  auto [it, created] = lists_.try_emplace(timer->duration);
  List& list = it->second;
  if (created) {
    list.duration = timer->duration;
    list.sequence = next_list_sequence_++;
    list.expiry = timer->start + timer->duration;
    order_.insert(KeyOf(list));
  }
  timer->list = &list;
  timer->position = list.timers.insert(list.timers.end(), timer);
}

void TimerQueue::Rekey(List* list, int64_t new_expiry) {
  order_.erase(KeyOf(*list));
  list->expiry = new_expiry;
  order_.insert(KeyOf(*list));
}

void TimerQueue::Unlink(Timer* timer) {
  List* list = timer->list;
  if (list == nullptr) return;
  bool was_head = list->timers.front() == timer;
  list->timers.erase(timer->position);
  timer->list = nullptr;
  if (list->timers.empty()) {
    order_.erase(KeyOf(*list));
    lists_.erase(list->duration);
  } else if (was_head) {
    // Node leaves a list's expiry alone when its head goes away and fixes it
    // up lazily when the list is visited; doing it now gives the same order
    // and keeps NextExpiry() exact.
    const Timer* head = list->timers.front();
    Rekey(list, head->start + head->duration);
  }
}

void TimerQueue::Cancel(TimerId id) {
  auto it = timers_.find(id);
  if (it == timers_.end()) return;
  Timer& timer = it->second;
  Unlink(&timer);
  if (timer.ref) --ref_count_;
  timers_.erase(it);
}

void TimerQueue::Refresh(TimerId id, int64_t now_ms) {
  auto it = timers_.find(id);
  if (it == timers_.end()) return;
  Timer& timer = it->second;  // may be running (unlinked) right now
  Unlink(&timer);
  timer.start = now_ms;
  Insert(&timer);
}

void TimerQueue::SetRef(TimerId id, bool ref) {
  auto it = timers_.find(id);
  if (it == timers_.end() || it->second.ref == ref) return;
  it->second.ref = ref;
  if (ref) {
    ++ref_count_;
  } else {
    --ref_count_;
  }
}

bool TimerQueue::HasRef(TimerId id) const {
  auto it = timers_.find(id);
  return it != timers_.end() && it->second.ref;
}

std::optional<int64_t> TimerQueue::NextExpiry() const {
  if (order_.empty()) return std::nullopt;
  return std::get<0>(*order_.begin());
}

void TimerQueue::RunDue(int64_t now_ms, absl::FunctionRef<int64_t()> fresh_now,
                        absl::FunctionRef<bool()> after_each) {
  while (!order_.empty()) {
    auto [expiry, sequence, duration] = *order_.begin();
    if (expiry > now_ms) return;
    (void)expiry;
    (void)sequence;
    // Run this list's due timers, in insertion order, before any other list.
    // The list is looked up again after every callback: callbacks may
    // cancel or add timers, which can free the list or make a new one.
    for (auto lit = lists_.find(duration); lit != lists_.end();
         lit = lists_.find(duration)) {
      List& list = lit->second;
      Timer* timer = list.timers.front();
      if (now_ms - timer->start < timer->duration) {
        // Not due yet: the list waits for its new head.
        if (list.expiry != timer->start + timer->duration) {
          Rekey(&list, timer->start + timer->duration);
        }
        break;
      }
      TimerId id = timer->id;
      Unlink(timer);  // frees the list when it was its last timer
      int64_t restart = timer->repeat ? fresh_now() : 0;
      // The callback may cancel its own timer, which destroys `timer`; keep
      // the callable alive on the stack while it runs.
      Callback callback = std::move(timer->callback);
      callback();
      auto it = timers_.find(id);
      if (it != timers_.end()) {
        Timer& same = it->second;
        if (same.repeat && same.list == nullptr) {
          same.callback = std::move(callback);
          same.start = restart;
          Insert(&same);
        } else if (same.list == nullptr) {
          // A one-shot timer that was not refreshed from its own callback.
          if (same.ref) --ref_count_;
          timers_.erase(it);
        } else {
          // refresh() from inside its own callback re-armed it.
          same.callback = std::move(callback);
        }
      }
      if (!after_each()) return;
    }
  }
}

}  // namespace isohost::loop
