// channel/inbox.h: one port's incoming message queue.
//
// An Inbox is a lock-free MPSC queue of Messages (moodycamel; FIFO per
// producer token, and every sending endpoint owns exactly one token) plus
// the receiver's wake-up binding: when a message arrives and no drain is
// scheduled yet, the inbox posts the receiver's `on_ready` callback into
// the receiver's loop. The receiver then drains (ClearScheduled() first,
// then TryPop() until empty or out of budget).
//
// Ownership: shared (std::shared_ptr) between the port that receives from
// it and the peer port that sends into it; it survives a transfer of the
// receiving port, so queued messages are never lost or reordered.
// Thread-safety: Push(), Bind(), Unbind(), Close(), Schedule() and the
// counters from any thread; TryPop() and ClearScheduled() only from the
// single consumer (the bound receiver's thread, or whoever owns the port
// while it is unbound).
#ifndef ISOHOST_CHANNEL_INBOX_H_
#define ISOHOST_CHANNEL_INBOX_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "channel/message.h"
#include "concurrentqueue.h"
#include "loop/task_poster.h"

namespace isohost::channel {

class Inbox {
 public:
  Inbox() = default;
  Inbox(const Inbox&) = delete;
  Inbox& operator=(const Inbox&) = delete;

  // A producer token for one sending endpoint. Owned by that endpoint and
  // used by one thread at a time.
  std::unique_ptr<moodycamel::ProducerToken> NewProducerToken() {
    return std::make_unique<moodycamel::ProducerToken>(queue_);
  }

  // Inbox::Push()
  //
  // Any thread (holding `token` exclusively). Queues `message` and wakes the
  // receiver if needed. Returns false, dropping the message, once the inbox
  // is closed.
  bool Push(moodycamel::ProducerToken& token, Message message);

  // Consumer only. Pops the oldest message of some producer.
  bool TryPop(Message* message);

  // Consumer only: call before draining, so a message pushed during the
  // drain schedules another one.
  void ClearScheduled() { scheduled_.store(false, std::memory_order_seq_cst); }

  // Any thread. Routes wake-ups to `poster`, which runs `on_ready` on the
  // receiver's loop (maybe more often than needed; never less). Schedules a
  // drain at once if messages are already waiting.
  void Bind(std::shared_ptr<loop::TaskPoster> poster,
            std::function<void()> on_ready);
  // Any thread. The general form: `wake` is called on the pushing thread
  // (under this inbox's lock, so it must be short and must not call back
  // into the inbox) whenever the receiver should drain. A receiver without
  // a loop (the C++ side of a host worker) binds a condition-variable
  // signal here.
  void Bind(std::function<void()> wake);
  // Any thread. Stops wake-ups; messages stay queued for the next Bind().
  void Unbind();
  // Any thread. Posts `on_ready` (if bound), e.g. after a drain ran out of
  // budget.
  void Schedule();

  // Any thread. No more pushes are accepted; what is queued can still be
  // popped.
  void Close() { closed_.store(true, std::memory_order_release); }
  bool closed() const { return closed_.load(std::memory_order_acquire); }

  // Messages and payload bytes queued now (approximate under concurrency).
  int64_t depth() const { return depth_.load(std::memory_order_relaxed); }
  int64_t queued_bytes() const {
    return queued_bytes_.load(std::memory_order_relaxed);
  }

 private:
  moodycamel::ConcurrentQueue<Message> queue_;
  std::atomic<bool> closed_{false};
  std::atomic<bool> scheduled_{false};
  std::atomic<int64_t> depth_{0};
  std::atomic<int64_t> queued_bytes_{0};

  absl::Mutex mu_;
  std::function<void()> wake_ ABSL_GUARDED_BY(mu_);
};

}  // namespace isohost::channel

#endif  // ISOHOST_CHANNEL_INBOX_H_
