#include "channel/inbox.h"

#include "loop/locks.h"

namespace isohost::channel {

bool Inbox::Push(moodycamel::ProducerToken& token, Message message) {
  if (closed()) return false;
  int64_t bytes = static_cast<int64_t>(message.bytes.size());
  depth_.fetch_add(1, std::memory_order_relaxed);
  queued_bytes_.fetch_add(bytes, std::memory_order_relaxed);
  queue_.enqueue(token, std::move(message));
  // Only the push that flips `scheduled_` posts a drain: wake-ups coalesce
  // here, and the consumer clears the flag before it drains.
  if (!scheduled_.exchange(true, std::memory_order_seq_cst)) Schedule();
  return true;
}

bool Inbox::TryPop(Message* message) {
  if (!queue_.try_dequeue(*message)) return false;
  depth_.fetch_sub(1, std::memory_order_relaxed);
  queued_bytes_.fetch_sub(static_cast<int64_t>(message->bytes.size()),
                          std::memory_order_relaxed);
  return true;
}

void Inbox::Bind(std::shared_ptr<loop::TaskPoster> poster,
                 std::function<void()> on_ready) {
  Bind([poster = std::move(poster), on_ready = std::move(on_ready)]() {
    poster->Post([on_ready]() { on_ready(); });
  });
}

void Inbox::Bind(std::function<void()> wake) {
  {
    loop::MutexLock lock(&mu_);
    wake_ = std::move(wake);
  }
  // Messages that arrived while nobody was bound: drain them now.
  if (depth() > 0) {
    scheduled_.store(true, std::memory_order_seq_cst);
    Schedule();
  }
}

void Inbox::Unbind() {
  loop::MutexLock lock(&mu_);
  wake_ = nullptr;
}

void Inbox::Schedule() {
  loop::ReaderMutexLock lock(&mu_);
  if (wake_) wake_();
}

}  // namespace isohost::channel
