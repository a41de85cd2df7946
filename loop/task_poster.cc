#include "loop/task_poster.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>

#include "loop/check.h"
#include "loop/locks.h"

namespace isohost::loop {

// Why an eventfd and a uv_poll_t rather than uv_async_t: libuv 1.44's
// uv_async_send() makes the loop thread spin (uv__async_spin, up to 997
// iterations, then sched_yield) whenever a send is in flight; in a
// ping-pong profile that spin was 39% of all CPU. Here a sender writes the
// eventfd only when no wake-up is pending (`signaled_`), and the loop
// thread never waits for a sender.

TaskPoster::TaskPoster(uv_loop_t* loop, Sink* sink) : sink_(sink) {
  event_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  ISOHOST_CHECK(event_fd_ >= 0);
  auto* poll = new uv_poll_t;
  ISOHOST_CHECK(uv_poll_init(loop, poll, event_fd_) == 0);
  poll->data = this;
  ISOHOST_CHECK(uv_poll_start(poll, UV_READABLE, &TaskPoster::OnReadable) == 0);
  uv_unref(reinterpret_cast<uv_handle_t*>(poll));
  MutexLock lock(&mu_);
  poll_ = poll;
}

TaskPoster::~TaskPoster() {
  // Tasks still queued are destroyed here, on whichever thread drops the
  // last reference. They must not touch the dead loop in their destructors.
  MutexLock lock(&mu_);
  ISOHOST_CHECK(poll_ == nullptr);
}

void TaskPoster::Signal() {
  // Only the first wake-up since the loop last looked writes; the rest
  // coalesce into it.
  if (signaled_.exchange(true, std::memory_order_acq_rel)) return;
  uint64_t one = 1;
  ssize_t written;
  do {
    written = write(event_fd_, &one, sizeof(one));
  } while (written < 0 && errno == EINTR);
}

bool TaskPoster::Post(Task task) {
  ReaderMutexLock lock(&mu_);
  if (poll_ == nullptr) return false;
  queue_.enqueue(std::move(task));
  Signal();
  return true;
}

bool TaskPoster::Wake() {
  ReaderMutexLock lock(&mu_);
  if (poll_ == nullptr) return false;
  Signal();
  return true;
}

void TaskPoster::Shutdown() {
  uv_poll_t* poll;
  {
    MutexLock lock(&mu_);
    poll = poll_;
    poll_ = nullptr;
  }
  if (poll == nullptr) return;
  // No sender can be writing now (they write under the shared lock).
  poll->data = nullptr;
  uv_poll_stop(poll);
  int fd = event_fd_;
  uv_close(reinterpret_cast<uv_handle_t*>(poll), [](uv_handle_t* handle) {
    delete reinterpret_cast<uv_poll_t*>(handle);
  });
  close(fd);
}

void TaskPoster::SetRef(bool ref) {
  ReaderMutexLock lock(&mu_);
  if (poll_ == nullptr) return;
  auto* handle = reinterpret_cast<uv_handle_t*>(poll_);
  if (ref) {
    uv_ref(handle);
  } else {
    uv_unref(handle);
  }
}

void TaskPoster::OnReadable(uv_poll_t* handle, int status, int events) {
  auto* self = static_cast<TaskPoster*>(handle->data);
  if (self == nullptr) return;
  uint64_t count;
  while (read(self->event_fd_, &count, sizeof(count)) < 0 && errno == EINTR) {
  }
  // Acquire what every sender released before it saw `signaled_` set, so
  // the drain below sees all their tasks; a post after this writes again.
  self->signaled_.exchange(false, std::memory_order_acq_rel);
  self->sink_->OnWake();
}

}  // namespace isohost::loop
