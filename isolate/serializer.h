// isolate/serializer.h: structured clone, the one wire format.
//
// Serialize() turns a JS value into a channel::Message (V8 ValueSerializer
// bytes + attachments) following the HTML structured-clone rules as V8
// implements them, and Deserialize() turns it back into a value in any
// runtime. structuredClone() and every postMessage() use these two.
//
//  - ArrayBuffers in the transfer list move: their backing store becomes an
//    attachment (no copy) and the source buffer is detached.
//  - SharedArrayBuffers are shared: both sides see the same memory.
//  - Uncloneable values (functions, symbols, WeakMaps, promises, ...),
//    and detached, duplicated or non-transferable transfer-list entries,
//    throw a DataCloneError synchronously; nothing is produced.
//
// Runtime thread only (the runtime that owns the values).
#ifndef ISOHOST_ISOLATE_SERIALIZER_H_
#define ISOHOST_ISOLATE_SERIALIZER_H_

#include <memory>
#include <optional>

#include "channel/message.h"
#include "channel/port.h"
#include "v8-array-buffer.h"
#include "v8-context.h"

namespace isohost::isolate {

class Runtime;

// A backing store that travels with a message: a transferred ArrayBuffer's
// or a SharedArrayBuffer's. Destroying it on any thread is safe (V8's
// BackingStore is thread-safe to release).
class BackingStoreAttachment final : public channel::Attachment {
 public:
  BackingStoreAttachment(Kind kind, std::shared_ptr<v8::BackingStore> store)
      : kind_(kind), store_(std::move(store)) {}
  Kind kind() const override { return kind_; }
  const uint8_t* data() const override {
    return static_cast<const uint8_t*>(store_->Data());
  }
  size_t size() const override { return store_->ByteLength(); }
  const std::shared_ptr<v8::BackingStore>& store() const { return store_; }

 private:
  Kind kind_;
  std::shared_ptr<v8::BackingStore> store_;
};

// A transferred MessagePort's channel end.
class PortAttachment final : public channel::Attachment {
 public:
  explicit PortAttachment(std::unique_ptr<channel::Port> port)
      : port_(std::move(port)) {}
  Kind kind() const override { return Kind::kPort; }
  std::unique_ptr<channel::Port> Take() { return std::move(port_); }

 private:
  std::unique_ptr<channel::Port> port_;
};

class PortBinding;

// Serializes `value`; `transfer` is a JS array (or undefined) of
// ArrayBuffers and MessagePorts. `source` is the port being posted on, if
// any (it may not transfer itself). Throws into the isolate and returns
// nullopt on failure, leaving every transfer-list entry untouched.
std::optional<channel::Message> Serialize(Runtime& runtime,
                                          v8::Local<v8::Value> value,
                                          v8::Local<v8::Value> transfer,
                                          PortBinding* source = nullptr);

// Rebuilds the value (consuming the attachments). `ports`, if given,
// receives the transferred MessagePorts in transfer-list order (the
// MessageEvent's ports). Throws into the isolate and returns empty for
// bytes that are not a valid serialization.
v8::MaybeLocal<v8::Value> Deserialize(Runtime& runtime,
                                      channel::Message message,
                                      v8::Local<v8::Array>* ports = nullptr);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_SERIALIZER_H_
