#include "isolate/serializer.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "isolate/message_port.h"
#include "isolate/runtime.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-container.h"
#include "v8-primitive.h"
#include "v8-value-serializer.h"

namespace isohost::isolate {
namespace {

using Kind = channel::Attachment::Kind;

class SerializerDelegate final : public v8::ValueSerializer::Delegate {
 public:
  SerializerDelegate(Runtime& runtime, channel::Message& message,
                     const std::vector<PortBinding*>& ports,
                     const std::vector<uint32_t>& port_indices)
      : runtime_(runtime),
        message_(message),
        ports_(ports),
        port_indices_(port_indices) {}

  void set_serializer(v8::ValueSerializer* serializer) {
    serializer_ = serializer;
  }

  void ThrowDataCloneError(v8::Local<v8::String> text) override {
    v8::Isolate* isolate = runtime_.isolate();
    isolate->ThrowException(runtime_.MakeDataCloneError(text));
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate,
                                  v8::Local<v8::Object> object) override {
    PortBinding* port = PortBinding::FromWrapper(runtime_, object);
    if (port != nullptr) {
      for (size_t i = 0; i < ports_.size(); ++i) {
        if (ports_[i] == port) {
          serializer_->WriteUint32(port_indices_[i]);
          return v8::Just(true);
        }
      }
      ThrowDataCloneError(NewString(
          isolate,
          "Object that needs transfer was found in message but not listed "
          "in transferList"));
      return v8::Nothing<bool>();
    }
    ThrowDataCloneError(NewString(isolate, "An object could not be cloned."));
    return v8::Nothing<bool>();
  }

  v8::Maybe<uint32_t> GetSharedArrayBufferId(
      v8::Isolate* isolate, v8::Local<v8::SharedArrayBuffer> buffer) override {
    for (size_t i = 0; i < shared_.size(); ++i) {
      if (shared_[i] == buffer) return v8::Just(shared_ids_[i]);
    }
    uint32_t id = static_cast<uint32_t>(message_.attachments.size());
    message_.attachments.push_back(std::make_unique<BackingStoreAttachment>(
        Kind::kSharedArrayBuffer, buffer->GetBackingStore()));
    shared_.push_back(buffer);
    shared_ids_.push_back(id);
    return v8::Just(id);
  }

  void* ReallocateBufferMemory(void* old_buffer, size_t size,
                               size_t* actual_size) override {
    void* result = std::realloc(old_buffer, size);
    *actual_size = result == nullptr ? 0 : size;
    return result;
  }
  void FreeBufferMemory(void* buffer) override { std::free(buffer); }

 private:
  Runtime& runtime_;
  channel::Message& message_;
  const std::vector<PortBinding*>& ports_;
  const std::vector<uint32_t>& port_indices_;
  v8::ValueSerializer* serializer_ = nullptr;
  std::vector<v8::Local<v8::SharedArrayBuffer>> shared_;
  std::vector<uint32_t> shared_ids_;
};

class DeserializerDelegate final : public v8::ValueDeserializer::Delegate {
 public:
  DeserializerDelegate(Runtime& runtime, channel::Message& message)
      : runtime_(runtime),
        message_(message),
        ports_(message.attachments.size(), nullptr) {}

  void set_deserializer(v8::ValueDeserializer* deserializer) {
    deserializer_ = deserializer;
  }

  // The port for attachment `index`, made on first use.
  PortBinding* PortAt(uint32_t index) {
    if (index >= message_.attachments.size()) return nullptr;
    if (ports_[index] != nullptr) return ports_[index];
    auto& attachment = message_.attachments[index];
    if (attachment == nullptr || attachment->kind() != Kind::kPort) {
      return nullptr;
    }
    std::unique_ptr<channel::Port> port =
        static_cast<PortAttachment*>(attachment.get())->Take();
    if (port == nullptr) return nullptr;
    ports_[index] = PortBinding::Create(runtime_, std::move(port));
    return ports_[index];
  }

  v8::MaybeLocal<v8::Object> ReadHostObject(v8::Isolate* isolate) override {
    uint32_t index = 0;
    PortBinding* port = nullptr;
    if (deserializer_->ReadUint32(&index)) port = PortAt(index);
    if (port == nullptr) {
      isolate->ThrowException(v8::Exception::Error(
          NewString(isolate, "Unable to deserialize cloned data.")));
      return {};
    }
    return port->wrapper();
  }

  v8::MaybeLocal<v8::SharedArrayBuffer> GetSharedArrayBufferFromId(
      v8::Isolate* isolate, uint32_t id) override {
    if (id >= message_.attachments.size() ||
        message_.attachments[id] == nullptr ||
        message_.attachments[id]->kind() != Kind::kSharedArrayBuffer) {
      isolate->ThrowException(v8::Exception::Error(
          NewString(isolate, "Unable to deserialize cloned data.")));
      return {};
    }
    auto* attachment =
        static_cast<BackingStoreAttachment*>(message_.attachments[id].get());
    return v8::SharedArrayBuffer::New(isolate, attachment->store());
  }

 private:
  Runtime& runtime_;
  channel::Message& message_;
  v8::ValueDeserializer* deserializer_ = nullptr;
  std::vector<PortBinding*> ports_;
};

}  // namespace

std::optional<channel::Message> Serialize(Runtime& runtime,
                                          v8::Local<v8::Value> value,
                                          v8::Local<v8::Value> transfer,
                                          PortBinding* source) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::Context> context = runtime.context();
  channel::Message message;
  auto throw_clone_error = [&](const std::string& text) {
    isolate->ThrowException(
        runtime.MakeDataCloneError(NewString(isolate, text)));
  };

  // Collect and check the transfer list before anything is written (HTML:
  // a bad entry throws, nothing is sent and nothing is detached). Each
  // entry's attachment index is its position in the list.
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  std::vector<uint32_t> buffer_indices;
  std::vector<PortBinding*> ports;
  std::vector<uint32_t> port_indices;
  uint32_t count = 0;
  if (!transfer.IsEmpty() && !transfer->IsUndefined() && !transfer->IsNull()) {
    if (!transfer->IsArray()) {
      isolate->ThrowException(v8::Exception::TypeError(NewString(
          isolate, "The transfer list must be an array.")));
      return std::nullopt;
    }
    v8::Local<v8::Array> list = transfer.As<v8::Array>();
    count = list->Length();
    for (uint32_t i = 0; i < count; ++i) {
      v8::Local<v8::Value> entry;
      if (!list->Get(context, i).ToLocal(&entry)) return std::nullopt;
      if (PortBinding* port = PortBinding::FromWrapper(runtime, entry)) {
        if (port == source) {
          throw_clone_error("Transfer list contains source port");
          return std::nullopt;
        }
        if (port->detached()) {
          throw_clone_error("MessagePort in transfer list is already detached");
          return std::nullopt;
        }
        for (PortBinding* seen : ports) {
          if (seen == port) {
            throw_clone_error(
                "Transfer list contains duplicate MessagePort");
            return std::nullopt;
          }
        }
        ports.push_back(port);
        port_indices.push_back(i);
        continue;
      }
      if (!entry->IsArrayBuffer()) {
        throw_clone_error("Value not transferable");
        return std::nullopt;
      }
      v8::Local<v8::ArrayBuffer> buffer = entry.As<v8::ArrayBuffer>();
      if (buffer->WasDetached() || !buffer->IsDetachable()) {
        throw_clone_error("An ArrayBuffer is detached and could not be cloned.");
        return std::nullopt;
      }
      for (const auto& seen : buffers) {
        if (seen == buffer) {
          throw_clone_error(
              "ArrayBuffer at index " + std::to_string(i) +
              " is a duplicate of an earlier ArrayBuffer. Duplicate "
              "ArrayBuffers cannot be transferred.");
          return std::nullopt;
        }
      }
      buffers.push_back(buffer);
      buffer_indices.push_back(i);
    }
  }

  SerializerDelegate delegate(runtime, message, ports, port_indices);
  v8::ValueSerializer serializer(isolate, &delegate);
  delegate.set_serializer(&serializer);
  message.attachments.resize(count);  // filled after a good write
  for (size_t i = 0; i < buffers.size(); ++i) {
    serializer.TransferArrayBuffer(buffer_indices[i], buffers[i]);
  }
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) return std::nullopt;
  std::pair<uint8_t*, size_t> bytes = serializer.Release();
  message.bytes.assign(bytes.first, bytes.first + bytes.second);
  std::free(bytes.first);

  // Only now move the transferred things out (no copy) and detach them.
  for (size_t i = 0; i < buffers.size(); ++i) {
    message.attachments[buffer_indices[i]] =
        std::make_unique<BackingStoreAttachment>(
            Kind::kArrayBuffer, buffers[i]->GetBackingStore());
    buffers[i]->Detach();
  }
  for (size_t i = 0; i < ports.size(); ++i) {
    message.attachments[port_indices[i]] =
        std::make_unique<PortAttachment>(ports[i]->Detach());
  }
  return message;
}

v8::MaybeLocal<v8::Value> Deserialize(Runtime& runtime,
                                      channel::Message message,
                                      v8::Local<v8::Array>* ports) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::Context> context = runtime.context();
  // No handle scope of our own: the value and the ports both go to the
  // caller's scope.
  DeserializerDelegate delegate(runtime, message);
  v8::ValueDeserializer deserializer(isolate, message.bytes.data(),
                                     message.bytes.size(), &delegate);
  delegate.set_deserializer(&deserializer);
  for (size_t i = 0; i < message.attachments.size(); ++i) {
    const auto& attachment = message.attachments[i];
    if (attachment != nullptr && attachment->kind() == Kind::kArrayBuffer) {
      auto* store = static_cast<BackingStoreAttachment*>(attachment.get());
      deserializer.TransferArrayBuffer(
          static_cast<uint32_t>(i),
          v8::ArrayBuffer::New(isolate, store->store()));
    }
  }
  bool header_ok = false;
  if (!deserializer.ReadHeader(context).To(&header_ok) || !header_ok) {
    if (!isolate->IsExecutionTerminating()) {
      isolate->ThrowException(v8::Exception::Error(
          NewString(isolate, "Unable to deserialize cloned data.")));
    }
    return {};
  }
  v8::Local<v8::Value> value;
  if (!deserializer.ReadValue(context).ToLocal(&value)) return {};
  // Every transferred port is in the event's ports, whether or not the
  // value referred to it.
  std::vector<v8::Local<v8::Value>> port_list;
  for (uint32_t i = 0; i < message.attachments.size(); ++i) {
    const auto& attachment = message.attachments[i];
    if (attachment == nullptr || attachment->kind() != Kind::kPort) continue;
    if (PortBinding* port = delegate.PortAt(i)) {
      port_list.push_back(port->wrapper());
    }
  }
  if (ports != nullptr) {
    *ports = v8::Array::New(isolate, port_list.data(), port_list.size());
  }
  return value;
}

}  // namespace isohost::isolate
