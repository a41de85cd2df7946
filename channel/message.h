// channel/message.h: what travels between runtimes.
//
// A Message is the structured-clone wire bytes of one value plus the
// attachments the bytes refer to by index: transferred ArrayBuffer backing
// stores, shared SharedArrayBuffer backing stores, transferred ports.
// channel/ never looks inside an attachment; isolate/ gives them meaning.
//
// A Message is a value type that moves between threads as a whole (moved,
// never shared): whoever holds it owns it, on any thread.
#ifndef ISOHOST_CHANNEL_MESSAGE_H_
#define ISOHOST_CHANNEL_MESSAGE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace isohost::channel {

// Opaque state that rides along with a message. Subclasses (defined by the
// layer that makes them) must be safe to destroy on any thread: a message
// that is never delivered is destroyed wherever it is dropped.
class Attachment {
 public:
  enum class Kind { kArrayBuffer, kSharedArrayBuffer, kPort };
  virtual ~Attachment() = default;
  virtual Kind kind() const = 0;
  // The bytes of an ArrayBuffer or SharedArrayBuffer attachment (empty for a
  // port), for readers outside isolate/ such as the host's wire decoder.
  // Valid while the attachment lives.
  virtual const uint8_t* data() const { return nullptr; }
  virtual size_t size() const { return 0; }
};

struct Message {
  // kClose is the last message a port's peer ever sends: everything queued
  // before it is delivered first (a close is a message, not a flag).
  enum class Kind : uint8_t { kData, kClose };
  Kind kind = Kind::kData;
  std::vector<uint8_t> bytes;
  std::vector<std::unique_ptr<Attachment>> attachments;
};

}  // namespace isohost::channel

#endif  // ISOHOST_CHANNEL_MESSAGE_H_
