#include "loop/event_loop.h"

#include "loop/check.h"

namespace isohost::loop {
namespace {

uv_handle_t* AsHandle(void* handle) {
  return reinterpret_cast<uv_handle_t*>(handle);
}

}  // namespace

EventLoop::EventLoop() : thread_(std::this_thread::get_id()) {
  ISOHOST_CHECK(uv_loop_init(&loop_) == 0);
  // Idle-time accounting, for event-loop utilisation (Stats()).
  ISOHOST_CHECK(uv_loop_configure(&loop_, UV_METRICS_IDLE_TIME) == 0);
  created_ns_ = uv_hrtime();
  loop_.data = this;
  ISOHOST_CHECK(uv_timer_init(&loop_, &timer_handle_) == 0);
  timer_handle_.data = this;
  ISOHOST_CHECK(uv_check_init(&loop_, &check_handle_) == 0);
  check_handle_.data = this;
  ISOHOST_CHECK(uv_idle_init(&loop_, &idle_handle_) == 0);
  idle_handle_.data = this;
  // The check handle is always active but never keeps the loop alive; the
  // idle handle does that while ref'd immediates wait (as in Node).
  ISOHOST_CHECK(uv_check_start(&check_handle_, &EventLoop::OnCheck) == 0);
  uv_unref(AsHandle(&check_handle_));
  poster_ = std::shared_ptr<TaskPoster>(new TaskPoster(&loop_, this));
}

EventLoop::~EventLoop() {
  ISOHOST_CHECK(OnLoopThread());
  poster_->Shutdown();
  // Destroy pending user callbacks first: their destructors may release
  // things that post back to us, which now fails cleanly.
  immediates_.clear();
  uv_close(AsHandle(&timer_handle_), nullptr);
  uv_close(AsHandle(&check_handle_), nullptr);
  uv_close(AsHandle(&idle_handle_), nullptr);
  // Let the close callbacks run, then the loop must be empty.
  while (uv_run(&loop_, UV_RUN_NOWAIT) != 0) {
  }
  ISOHOST_CHECK(uv_loop_close(&loop_) == 0);
}

void EventLoop::Run() {
  ISOHOST_CHECK(OnLoopThread());
  if (stopped_) return;
  uv_run(&loop_, UV_RUN_DEFAULT);
}

bool EventLoop::Alive() const {
  return !stopped_ && uv_loop_alive(const_cast<uv_loop_t*>(&loop_)) != 0;
}

void EventLoop::Stop() {
  stopped_ = true;
  uv_stop(&loop_);
}

int64_t EventLoop::CachedNow() const {
  return static_cast<int64_t>(uv_now(&loop_));
}

int64_t EventLoop::Now() {
  uv_update_time(&loop_);
  return static_cast<int64_t>(uv_now(&loop_));
}

void EventLoop::AfterCallback() {
  ++callbacks_run_;
  if (after_callback_ && !stopped_) after_callback_();
}

bool EventLoop::RunCallback(absl::FunctionRef<void()> callback) {
  ISOHOST_CHECK(OnLoopThread());
  if (stopped_) return false;
  callback();
  AfterCallback();
  return true;
}

// ---- timers ---------------------------------------------------------------

TimerId EventLoop::SetTimer(double delay_ms, bool repeat,
                            TimerQueue::Callback callback) {
  TimerId id = timers_.Add(Now(), TimerQueue::ClampDelay(delay_ms), repeat,
                           std::move(callback));
  ArmTimerHandle();
  return id;
}

void EventLoop::ClearTimer(TimerId id) {
  timers_.Cancel(id);
  ArmTimerHandle();
}

void EventLoop::RefreshTimer(TimerId id) {
  timers_.Refresh(id, Now());
  ArmTimerHandle();
}

void EventLoop::SetTimerRef(TimerId id, bool ref) {
  timers_.SetRef(id, ref);
  ArmTimerHandle();
}

void EventLoop::ArmTimerHandle() {
  std::optional<int64_t> next = timers_.NextExpiry();
  if (!next.has_value()) {
    uv_timer_stop(&timer_handle_);
    return;
  }
  int64_t delay = *next - CachedNow();
  // Inside the timers phase the loop's time may have moved on (Now() updates
  // it); a 0 ms re-arm would make libuv run the phase again at once, with a
  // later `now`, and timers created by this phase's callbacks would run
  // before this turn's immediates. Node re-arms with at least 1 ms too.
  int64_t min_delay = in_timers_phase_ ? 1 : 0;
  if (delay < min_delay) delay = min_delay;
  // Re-arming with an unchanged due time is cheap in libuv (a heap update).
  uv_timer_start(&timer_handle_, &EventLoop::OnTimerHandle,
                 static_cast<uint64_t>(delay), 0);
  if (timers_.ref_count() > 0) {
    uv_ref(AsHandle(&timer_handle_));
  } else {
    uv_unref(AsHandle(&timer_handle_));
  }
}

void EventLoop::OnTimerHandle(uv_timer_t* handle) {
  auto* self = static_cast<EventLoop*>(handle->data);
  if (self->stopped_) return;
  // libuv updated the loop time when this turn began: that is the phase's
  // fixed `now`, as in Node's processTimers(now).
  int64_t now = self->CachedNow();
  self->in_timers_phase_ = true;
  self->timers_.RunDue(
      now, [self] { return self->Now(); },
      [self] {
        self->AfterCallback();
        return !self->stopped_;
      });
  if (!self->stopped_) self->ArmTimerHandle();
  self->in_timers_phase_ = false;
}

// ---- immediates -----------------------------------------------------------

ImmediateId EventLoop::SetImmediate(Task task) {
  ImmediateId id = next_immediate_id_++;
  immediates_.emplace(id, Immediate{std::move(task), true});
  ++immediate_refs_;
  UpdateIdleHandle();
  return id;
}

void EventLoop::ClearImmediate(ImmediateId id) {
  auto it = immediates_.find(id);
  if (it == immediates_.end()) return;
  if (it->second.ref) --immediate_refs_;
  immediates_.erase(it);
  UpdateIdleHandle();
}

void EventLoop::SetImmediateRef(ImmediateId id, bool ref) {
  auto it = immediates_.find(id);
  if (it == immediates_.end() || it->second.ref == ref) return;
  it->second.ref = ref;
  if (ref) {
    ++immediate_refs_;
  } else {
    --immediate_refs_;
  }
  UpdateIdleHandle();
}

void EventLoop::UpdateIdleHandle() {
  if (immediate_refs_ > 0) {
    uv_idle_start(&idle_handle_, &EventLoop::OnIdle);
  } else {
    uv_idle_stop(&idle_handle_);
  }
}

void EventLoop::OnCheck(uv_check_t* handle) {
  auto* self = static_cast<EventLoop*>(handle->data);
  if (self->immediates_.empty() || self->stopped_) return;
  // Only immediates queued before this phase began run now.
  ImmediateId last = self->next_immediate_id_ - 1;
  while (!self->immediates_.empty() && !self->stopped_) {
    auto it = self->immediates_.begin();
    if (it->first > last) break;
    Immediate immediate = std::move(it->second);
    self->immediates_.erase(it);
    if (immediate.ref) --self->immediate_refs_;
    std::move(immediate.task)();
    self->AfterCallback();
  }
  self->UpdateIdleHandle();
}

// ---- posted tasks and keep-alives -----------------------------------------

void EventLoop::OnWake() {
  if (stopped_) return;
  if (wake_observer_) {
    wake_observer_();
    if (stopped_) return;
  }
  bool more = poster_->Drain(kPostedTaskBudget, [this](Task task) {
    if (stopped_) return;  // dropped: the runtime is exiting
    std::move(task)();
    AfterCallback();
  });
  // Wakes coalesce: if the budget ran out, wake ourselves for the rest so
  // that other phases get a turn in between.
  if (more && !stopped_) poster_->Wake();
}

void EventLoop::AddKeepAlive() {
  if (keep_alives_++ == 0) poster_->SetRef(true);
}

void EventLoop::ReleaseKeepAlive() {
  ISOHOST_CHECK(keep_alives_ > 0);
  if (--keep_alives_ == 0) poster_->SetRef(false);
}

double EventLoop::Utilization() {
  uint64_t elapsed = uv_hrtime() - created_ns_;
  if (elapsed == 0) return 0;
  uint64_t idle = uv_metrics_idle_time(&loop_) - idle_base_ns_;
  double busy = 1.0 - static_cast<double>(idle) / static_cast<double>(elapsed);
  return busy < 0 ? 0 : busy;
}

void EventLoop::ResetUtilization() {
  created_ns_ = uv_hrtime();
  idle_base_ns_ = uv_metrics_idle_time(&loop_);
}

}  // namespace isohost::loop
