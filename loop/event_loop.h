// loop/event_loop.h: one thread's event loop, in Node.js's phases.
//
// EventLoop owns a uv_loop_t and runs it the way Node's does:
//
//   timers   -> due setTimeout/setInterval callbacks (TimerQueue, Node order)
//   pending  -> libuv's deferred I/O callbacks
//   idle     -> kept active while immediates wait, so poll does not block
//   poll     -> I/O, and tasks posted from other threads (TaskPoster)
//   check    -> setImmediate callbacks queued before this check phase began
//   close    -> close callbacks
//
// After every callback that runs user code (each timer, each immediate, each
// posted task) it calls the after-callback hook: the runtime drains
// process.nextTick and the microtask queue there. A callback's caller never
// batches two callbacks without that hook between them.
//
// Ownership: one owner (a Runtime, a test) on the thread that created it;
// the loop is thread-affine to that thread for its whole life and must be
// destroyed there. Only poster() hands out something other threads may use.
#ifndef ISOHOST_LOOP_EVENT_LOOP_H_
#define ISOHOST_LOOP_EVENT_LOOP_H_

#include <uv.h>

#include <cstdint>
#include <map>
#include <memory>
#include <thread>

#include "absl/functional/any_invocable.h"
#include "absl/functional/function_ref.h"
#include "loop/task_poster.h"
#include "loop/timer_queue.h"

namespace isohost::loop {

using ImmediateId = uint64_t;

class EventLoop : private TaskPoster::Sink {
 public:
  // Posted tasks run per wake before the loop moves on to other phases.
  static constexpr size_t kPostedTaskBudget = 1024;

  EventLoop();
  ~EventLoop() override;
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // EventLoop::Run()
  //
  // Runs phases until nothing keeps the loop alive (no ref'd timers or
  // immediates, no keep-alives, no ref'd handles) or Stop() was called.
  void Run();

  // EventLoop::Stop()
  //
  // Makes Run() return after the current callback; later phases of this
  // turn run no user code. Sticky: a stopped loop never runs user code
  // again (the runtime is exiting).
  void Stop();
  bool stopped() const { return stopped_; }

  // Whether Run() would have anything to do (ref'd handles or requests).
  bool Alive() const;

  // The loop's cached time in ms (updated once per turn, like uv_now), and a
  // fresh reading that also updates the cache (Node's getLibuvNow()).
  int64_t CachedNow() const;
  int64_t Now();

  // Timers. `delay_ms` is clamped like Node's (see TimerQueue::ClampDelay).
  TimerId SetTimer(double delay_ms, bool repeat, TimerQueue::Callback callback);
  void ClearTimer(TimerId id);
  void RefreshTimer(TimerId id);
  void SetTimerRef(TimerId id, bool ref);
  bool TimerHasRef(TimerId id) const { return timers_.HasRef(id); }

  // Immediates: run in the check phase, in order; those queued while the
  // check phase runs wait for the next turn.
  ImmediateId SetImmediate(Task task);
  void ClearImmediate(ImmediateId id);
  void SetImmediateRef(ImmediateId id, bool ref);

  // Keep-alives: while the count is above zero the loop does not exit even
  // with nothing else to do (a live worker, a started port: their work
  // arrives through the poster).
  void AddKeepAlive();
  void ReleaseKeepAlive();
  int keep_alive_count() const { return keep_alives_; }

  // EventLoop::RunCallback()
  //
  // Loop thread. Runs `callback`, one callback of user code reached from a
  // handle of the caller's own on uv_loop() (an HTTP response event, say),
  // as its own task: the after-callback hook runs after it, as after a
  // timer, an immediate or a posted task. Returns false without running it
  // once the loop is stopped (the runtime is exiting).
  bool RunCallback(absl::FunctionRef<void()> callback);

  // The hook that runs after every callback of user code.
  void set_after_callback(absl::AnyInvocable<void()> hook) {
    after_callback_ = std::move(hook);
  }

  // Something that is told when the poster wakes the loop without a task
  // (channels use it). Loop thread; null to clear.
  void set_wake_observer(absl::AnyInvocable<void()> observer) {
    wake_observer_ = std::move(observer);
  }

  // Any thread may use the poster, for as long as it holds it.
  const std::shared_ptr<TaskPoster>& poster() const { return poster_; }

  // The raw libuv loop, for isolate/'s own handles. Loop thread only.
  uv_loop_t* uv_loop() { return &loop_; }

  bool OnLoopThread() const { return std::this_thread::get_id() == thread_; }

  // Statistics, loop thread only.
  uint64_t callbacks_run() const { return callbacks_run_; }

  // Loop thread. Event-loop utilisation since the loop was made: the share
  // of wall time not spent waiting for events (Node's
  // performance.eventLoopUtilization()), in [0, 1].
  double Utilization();
  // Loop thread. Starts the utilisation clock again (a loop made ahead of
  // its use, in a pool, was not busy while it waited).
  void ResetUtilization();

 private:
  struct Immediate {
    Task task;
    bool ref = true;
  };

  void OnWake() override;  // TaskPoster::Sink
  void AfterCallback();
  void ArmTimerHandle();
  void UpdateIdleHandle();

  static void OnTimerHandle(uv_timer_t* handle);
  static void OnCheck(uv_check_t* handle);
  static void OnIdle(uv_idle_t* handle) {}

  uv_loop_t loop_;
  uv_timer_t timer_handle_;
  uv_check_t check_handle_;
  uv_idle_t idle_handle_;
  std::thread::id thread_;

  TimerQueue timers_;
  std::map<ImmediateId, Immediate> immediates_;
  ImmediateId next_immediate_id_ = 1;
  size_t immediate_refs_ = 0;

  std::shared_ptr<TaskPoster> poster_;
  absl::AnyInvocable<void()> after_callback_;
  absl::AnyInvocable<void()> wake_observer_;
  int keep_alives_ = 0;
  bool stopped_ = false;
  bool in_timers_phase_ = false;
  uint64_t callbacks_run_ = 0;
  uint64_t created_ns_ = 0;
  uint64_t idle_base_ns_ = 0;
};

}  // namespace isohost::loop

#endif  // ISOHOST_LOOP_EVENT_LOOP_H_
