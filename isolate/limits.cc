#include "isolate/limits.h"

#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "isolate/worker.h"

namespace isohost::isolate {

bool CappedAllocator::Reserve(size_t length) {
  uint64_t now = used_.fetch_add(length, std::memory_order_relaxed) + length;
  if (cap_ == 0 || now <= cap_) return true;
  used_.fetch_sub(length, std::memory_order_relaxed);
  if (control_ != nullptr) {
    control_->RequestTermination(
        ExitRecord::Reason::kOutOfMemory,
        absl::StrCat("the external-memory (ArrayBuffer) limit of ", cap_ >> 20,
                     " MB was exceeded"));
  }
  return false;
}

void* CappedAllocator::Allocate(size_t length) {
  if (!Reserve(length)) return nullptr;
  void* data = std::calloc(length == 0 ? 1 : length, 1);
  if (data == nullptr) used_.fetch_sub(length, std::memory_order_relaxed);
  return data;
}

void* CappedAllocator::AllocateUninitialized(size_t length) {
  if (!Reserve(length)) return nullptr;
  void* data = std::malloc(length == 0 ? 1 : length);
  if (data == nullptr) used_.fetch_sub(length, std::memory_order_relaxed);
  return data;
}

void CappedAllocator::Free(void* data, size_t length) {
  std::free(data);
  used_.fetch_sub(length, std::memory_order_relaxed);
}

SizedThread::~SizedThread() { Join(); }

bool SizedThread::Start(uint64_t stack_bytes,
                        absl::AnyInvocable<void() &&> body) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  if (stack_bytes > 0) {
    pthread_attr_setstacksize(&attr, static_cast<size_t>(stack_bytes));
  }
  auto* arg = new absl::AnyInvocable<void() &&>(std::move(body));
  absl::MutexLock lock(&mu_);
  int error = pthread_create(&thread_, &attr, &SizedThread::Main, arg);
  pthread_attr_destroy(&attr);
  if (error != 0) {
    delete arg;
    return false;
  }
  started_ = true;
  return true;
}

void* SizedThread::Main(void* arg) {
  std::unique_ptr<absl::AnyInvocable<void() &&>> body(
      static_cast<absl::AnyInvocable<void() &&>*>(arg));
  std::move (*body)();
  return nullptr;
}

void SizedThread::Join() {
  absl::MutexLock lock(&mu_);
  if (!started_) return;
  pthread_join(thread_, nullptr);
  started_ = false;
}

}  // namespace isohost::isolate
