// channel/port.h: one end of an entangled pair of message ports.
//
// Port is the pending, thread-agnostic half of a MessagePort (Node's
// MessagePortData, mojo's PendingRemote): it owns a producer token into its
// peer's inbox and shares its own inbox with the peer. It moves between
// threads as a std::unique_ptr (inside a transferred message, or into a
// worker's thread); the bound, thread-affine half lives in isolate/.
//
// Closing is a message: Close() queues a kClose message behind everything
// this end already sent, and stops accepting messages for itself. The peer
// delivers what came before the kClose, then closes too (OnPeerClosed()).
//
// Thread-compatible: one thread at a time (its current owner).
#ifndef ISOHOST_CHANNEL_PORT_H_
#define ISOHOST_CHANNEL_PORT_H_

#include <memory>
#include <utility>

#include "channel/inbox.h"
#include "channel/message.h"

namespace isohost::channel {

class Port {
 public:
  // Two new entangled ports.
  static std::pair<std::unique_ptr<Port>, std::unique_ptr<Port>> CreatePair();

  ~Port();  // closes the port if still open
  Port(const Port&) = delete;
  Port& operator=(const Port&) = delete;

  // Port::Post()
  //
  // Sends `message` to the peer (kData only). Returns false (the message is
  // dropped) when this end or the peer has closed: posting on a closed port
  // is a silent no-op for JS.
  bool Post(Message message);

  // Port::Close()
  //
  // Idempotent. Everything already posted is still delivered to the peer.
  void Close();

  // Marks this end closed after the peer's kClose was received.
  void OnPeerClosed();

  bool closed() const { return closed_; }

  // Messages (and payload bytes) sent by this end that the peer has not
  // taken yet: the back-pressure view of the channel.
  int64_t peer_depth() const { return peer_inbox_->depth(); }
  int64_t peer_queued_bytes() const { return peer_inbox_->queued_bytes(); }
  // Whether the peer's backlog has reached either limit (0: none): the
  // back-pressure test every sender applies before posting.
  bool PeerBacklogFull(int64_t max_messages, int64_t max_bytes) const {
    return (max_messages > 0 && peer_depth() >= max_messages) ||
           (max_bytes > 0 && peer_queued_bytes() >= max_bytes);
  }

  // What this end receives.
  Inbox& inbox() { return *inbox_; }
  const std::shared_ptr<Inbox>& shared_inbox() const { return inbox_; }

 private:
  Port(std::shared_ptr<Inbox> inbox, std::shared_ptr<Inbox> peer_inbox);

  std::shared_ptr<Inbox> inbox_;
  std::shared_ptr<Inbox> peer_inbox_;
  std::unique_ptr<moodycamel::ProducerToken> token_;  // into peer_inbox_
  bool closed_ = false;
};

}  // namespace isohost::channel

#endif  // ISOHOST_CHANNEL_PORT_H_
