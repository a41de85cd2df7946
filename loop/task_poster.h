// loop/task_poster.h: the thread-safe way into an EventLoop.
//
// A TaskPoster queues tasks for one EventLoop from any thread: a lock-free
// multi-producer queue (moodycamel::ConcurrentQueue; FIFO per posting thread)
// plus an eventfd, watched by a uv_poll_t, to wake the loop. Wake-ups
// coalesce (a flag says one is pending), so the loop drains everything
// queued on each wake, up to a budget per turn (then re-arms itself so
// timers and immediates are not starved).
//
// Ownership: the EventLoop creates it and shares it (std::shared_ptr) with
// whoever needs to post; posters on other threads may outlive the loop.
// Once the loop has shut down, Post() returns false and drops the task
// (destroying it on the posting thread).
//
// Thread-safety: Post() and Wake() from any thread; the rest is for the
// owning EventLoop only.
#ifndef ISOHOST_LOOP_TASK_POSTER_H_
#define ISOHOST_LOOP_TASK_POSTER_H_

#include <uv.h>

#include <atomic>
#include <cstddef>

#include "absl/base/thread_annotations.h"
#include "absl/functional/any_invocable.h"
#include "absl/synchronization/mutex.h"
#include "concurrentqueue.h"

namespace isohost::loop {

// A unit of work that runs once on a loop's thread.
using Task = absl::AnyInvocable<void() &&>;

class TaskPoster {
 public:
  // The loop-thread side: EventLoop calls this to receive posted work.
  class Sink {
   public:
    virtual ~Sink() = default;
    // Runs on the loop thread after a wake. Must call TaskPoster::Drain().
    virtual void OnWake() = 0;
  };

  TaskPoster(const TaskPoster&) = delete;
  TaskPoster& operator=(const TaskPoster&) = delete;
  ~TaskPoster();

  // TaskPoster::Post()
  //
  // Any thread. Queues `task` to run on the loop thread, as its own task
  // (with a microtask checkpoint after it). Returns false, and destroys the
  // task here, when the loop is gone.
  bool Post(Task task);

  // TaskPoster::Wake()
  //
  // Any thread. Wakes the loop so that its Sink::OnWake() runs, without
  // queueing a task (channels use it: their messages wait in their own
  // queues). Returns false when the loop is gone.
  bool Wake();

  // Loop thread. Pops up to `budget` tasks into `run`. Returns true when
  // tasks may remain.
  template <typename Run>
  bool Drain(size_t budget, Run&& run) {
    Task task;
    for (size_t i = 0; i < budget; ++i) {
      if (!queue_.try_dequeue(task)) return false;
      run(std::move(task));
    }
    return queue_.size_approx() > 0;
  }

 private:
  friend class EventLoop;

  // Loop thread: starts the async handle on `loop`.
  TaskPoster(uv_loop_t* loop, Sink* sink);
  // Loop thread: no more posts are accepted; the handle is closed.
  void Shutdown();
  // Loop thread: whether the poll handle keeps the loop alive.
  void SetRef(bool ref);

  // Any thread, under `mu_` (shared): wakes the loop unless a wake-up is
  // already pending.
  void Signal();
  static void OnReadable(uv_poll_t* handle, int status, int events);

  // Guards the life of `poll_` and the eventfd: posters hold it shared
  // while they write; Shutdown() takes it exclusively before closing.
  absl::Mutex mu_;
  uv_poll_t* poll_ ABSL_GUARDED_BY(mu_) = nullptr;
  int event_fd_ = -1;
  std::atomic<bool> signaled_{false};
  Sink* sink_;  // loop thread only
  moodycamel::ConcurrentQueue<Task> queue_;
};

}  // namespace isohost::loop

#endif  // ISOHOST_LOOP_TASK_POSTER_H_
