#include "loop/task_poster.h"

#include "loop/check.h"

namespace isohost::loop {

TaskPoster::TaskPoster(uv_loop_t* loop, Sink* sink) : sink_(sink) {
  auto* async = new uv_async_t;
  ISOHOST_CHECK(uv_async_init(loop, async, &TaskPoster::OnAsync) == 0);
  async->data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(async));
  absl::MutexLock lock(&mu_);
  async_ = async;
}

TaskPoster::~TaskPoster() {
  // Tasks still queued are destroyed here, on whichever thread drops the
  // last reference. They must not touch the dead loop in their destructors.
  absl::MutexLock lock(&mu_);
  ISOHOST_CHECK(async_ == nullptr);
}

bool TaskPoster::Post(Task task) {
  absl::ReaderMutexLock lock(&mu_);
  if (async_ == nullptr) return false;
  queue_.enqueue(std::move(task));
  uv_async_send(async_);
  return true;
}

bool TaskPoster::Wake() {
  absl::ReaderMutexLock lock(&mu_);
  if (async_ == nullptr) return false;
  uv_async_send(async_);
  return true;
}

void TaskPoster::Shutdown() {
  uv_async_t* async;
  {
    absl::MutexLock lock(&mu_);
    async = async_;
    async_ = nullptr;
  }
  if (async == nullptr) return;
  async->data = nullptr;
  uv_close(reinterpret_cast<uv_handle_t*>(async), [](uv_handle_t* handle) {
    delete reinterpret_cast<uv_async_t*>(handle);
  });
}

void TaskPoster::SetRef(bool ref) {
  absl::ReaderMutexLock lock(&mu_);
  if (async_ == nullptr) return;
  auto* handle = reinterpret_cast<uv_handle_t*>(async_);
  if (ref) {
    uv_ref(handle);
  } else {
    uv_unref(handle);
  }
}

void TaskPoster::OnAsync(uv_async_t* handle) {
  auto* self = static_cast<TaskPoster*>(handle->data);
  if (self == nullptr) return;
  self->sink_->OnWake();
}

}  // namespace isohost::loop
