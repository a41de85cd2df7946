// channel/broadcast.h: the registry behind BroadcastChannel.
//
// A BroadcastRegistry connects every runtime that uses BroadcastChannel
// (in isohost: every runtime of the process, see Process()). Each runtime
// is one *member*: an entangled pair of ports, whose receiving half the
// member binds in its own loop and whose sending half the registry keeps.
// A member *subscribes* names (one subscription per BroadcastChannel
// object); Post() copies a message into the inbox of every member with a
// subscription to the name other than the sender's own, through the
// registry's half, under the registry's lock. The member fans a message
// out to its own channels of that name.
//
// Ordering: all copies into one member's inbox go through one producer
// token under one lock, so a member receives posts in one total order
// (the order Post() took the lock), and a sender's posts in the order it
// made them.
//
// Sequence numbers: subscription ids and post sequences (NextSequence())
// come from one counter. A receiver delivers a post only to subscriptions
// older than the post (id < sequence), which is what HTML's "the channels
// that exist when postMessage() runs" means across threads: the counter
// orders every subscription against every post.
//
// Back-pressure: Post() refuses (posting nothing) when any receiver's
// backlog from the registry is at the sender's limits, as a MessagePort
// refuses (ERR_QUEUE_FULL in JS).
//
// Members end when their receiving port closes (the runtime ended): the
// registry forgets them on its next call. RemoveMember() does it at once.
//
// Thread-safe: every method from any thread. Lock order: the registry's
// mutex, then an inbox's (Inbox::Push wakes the receiver's loop; the wake
// never calls back into the registry).
#ifndef ISOHOST_CHANNEL_BROADCAST_H_
#define ISOHOST_CHANNEL_BROADCAST_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <set>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "absl/base/thread_annotations.h"
#include "absl/functional/function_ref.h"
#include "absl/synchronization/mutex.h"
#include "channel/inbox.h"
#include "channel/message.h"
#include "channel/port.h"

namespace isohost::channel {

// A sender's back-pressure limits for one Post() (0: no limit).
struct BroadcastLimits {
  int64_t max_messages = 0;
  int64_t max_bytes = 0;
};

class BroadcastRegistry {
 public:
  BroadcastRegistry() = default;
  BroadcastRegistry(const BroadcastRegistry&) = delete;
  BroadcastRegistry& operator=(const BroadcastRegistry&) = delete;

  // The process's registry (never destroyed): isohost's runtimes all use
  // it, so one BroadcastChannel name reaches every runtime of the process.
  static BroadcastRegistry& Process();

  // BroadcastRegistry::AddMember()
  //
  // A new member: its id and the port it receives on (bind it in the
  // member's loop; every message on it is a copy of a Post()).
  struct Member {
    uint64_t id = 0;
    std::unique_ptr<Port> port;
  };
  Member AddMember();

  // Forgets `member` and its subscriptions; the member's port then sees
  // the close after what was already queued. Idempotent.
  void RemoveMember(uint64_t member);

  // BroadcastRegistry::Subscribe()
  //
  // Adds a subscription of `member` to `name` and returns its id (a
  // sequence number, see the class comment); 0 if there is no such member.
  uint64_t Subscribe(uint64_t member, std::string_view name);
  // Idempotent; unknown ids are ignored.
  void Unsubscribe(uint64_t subscription);

  // A sequence number for a post about to be made (no lock).
  uint64_t NextSequence() {
    return next_sequence_.fetch_add(1, std::memory_order_relaxed);
  }

  // Makes one receiver's copy of a message (under the registry's lock, on
  // the posting thread).
  using Copier = absl::FunctionRef<Message(const Message&)>;
  // Copies the bytes (for messages without attachments).
  static Message CopyBytes(const Message& message);

  // BroadcastRegistry::Post()
  //
  // Sends a copy of `message` (kData) to every member with a subscription
  // to `name` other than `from` (the sender's subscription). Returns the
  // number of members reached, or -1, posting nothing, when a receiver's
  // backlog from the registry is at `max_messages` or `max_bytes` (0: no
  // limit).
  using Limits = BroadcastLimits;
  int Post(std::string_view name, uint64_t from, const Message& message,
           Copier copy, Limits limits = {});

  // For tests and statistics.
  size_t member_count() const;
  size_t subscription_count() const;

 private:
  struct MemberState {
    std::unique_ptr<Port> sender;     // into the member's inbox
    std::shared_ptr<Inbox> receiver;  // the member's inbox (liveness)
    std::set<uint64_t> subscriptions;
  };
  struct Subscription {
    uint64_t member = 0;
    std::string name;
  };
  // Drops members whose receiving side has closed.
  void PruneLocked() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void EraseMemberLocked(std::map<uint64_t, MemberState>::iterator it)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void EraseSubscriptionLocked(uint64_t id) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  std::atomic<uint64_t> next_sequence_{1};
  mutable absl::Mutex mu_;
  std::map<uint64_t, MemberState> members_ ABSL_GUARDED_BY(mu_);
  std::map<uint64_t, Subscription> subscriptions_ ABSL_GUARDED_BY(mu_);
  // name -> subscription id -> member id, in subscription order.
  std::map<std::string, std::map<uint64_t, uint64_t>, std::less<>> names_
      ABSL_GUARDED_BY(mu_);
  uint64_t next_member_ ABSL_GUARDED_BY(mu_) = 1;
};

}  // namespace isohost::channel

#endif  // ISOHOST_CHANNEL_BROADCAST_H_
