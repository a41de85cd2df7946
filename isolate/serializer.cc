#include "isolate/serializer.h"

#include <cstdlib>
#include <cstring>
#include <vector>

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
  SerializerDelegate(Runtime& runtime, channel::Message& message)
      : runtime_(runtime), message_(message) {}

  void ThrowDataCloneError(v8::Local<v8::String> text) override {
    v8::Isolate* isolate = runtime_.isolate();
    isolate->ThrowException(runtime_.MakeDataCloneError(text));
  }

  v8::Maybe<bool> WriteHostObject(v8::Isolate* isolate,
                                  v8::Local<v8::Object> object) override {
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
  std::vector<v8::Local<v8::SharedArrayBuffer>> shared_;
  std::vector<uint32_t> shared_ids_;
};

class DeserializerDelegate final : public v8::ValueDeserializer::Delegate {
 public:
  explicit DeserializerDelegate(channel::Message& message)
      : message_(message) {}

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
  channel::Message& message_;
};

}  // namespace

std::optional<channel::Message> Serialize(Runtime& runtime,
                                          v8::Local<v8::Value> value,
                                          v8::Local<v8::Value> transfer) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::Context> context = runtime.context();
  channel::Message message;
  auto throw_clone_error = [&](const char* text) {
    isolate->ThrowException(
        runtime.MakeDataCloneError(NewString(isolate, text)));
  };

  // Collect and check the transfer list before anything is written (HTML:
  // a bad entry throws and nothing is sent).
  std::vector<v8::Local<v8::ArrayBuffer>> buffers;
  if (!transfer.IsEmpty() && !transfer->IsUndefined()) {
    if (!transfer->IsArray()) {
      isolate->ThrowException(v8::Exception::TypeError(NewString(
          isolate, "Failed to execute 'postMessage': the transfer list must "
                   "be an array.")));
      return std::nullopt;
    }
    v8::Local<v8::Array> list = transfer.As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); ++i) {
      v8::Local<v8::Value> entry;
      if (!list->Get(context, i).ToLocal(&entry)) return std::nullopt;
      if (!entry->IsArrayBuffer()) {
        throw_clone_error("Value not transferable");
        return std::nullopt;
      }
      v8::Local<v8::ArrayBuffer> buffer = entry.As<v8::ArrayBuffer>();
      if (buffer->WasDetached() || !buffer->IsDetachable()) {
        throw_clone_error(
            "An ArrayBuffer is detached and could not be cloned.");
        return std::nullopt;
      }
      for (const auto& seen : buffers) {
        if (seen == buffer) {
          throw_clone_error(
              "ArrayBuffer at index 1 is a duplicate of an earlier "
              "ArrayBuffer. Duplicate ArrayBuffers cannot be transferred.");
          return std::nullopt;
        }
      }
      buffers.push_back(buffer);
    }
  }

  SerializerDelegate delegate(runtime, message);
  v8::ValueSerializer serializer(isolate, &delegate);
  // Transferred buffers take the first attachment slots, by index.
  for (size_t i = 0; i < buffers.size(); ++i) {
    serializer.TransferArrayBuffer(static_cast<uint32_t>(i), buffers[i]);
    message.attachments.push_back(nullptr);  // filled after a good write
  }
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) return std::nullopt;
  std::pair<uint8_t*, size_t> bytes = serializer.Release();
  message.bytes.assign(bytes.first, bytes.first + bytes.second);
  std::free(bytes.first);

  // Only now move the transferred bytes out (no copy) and detach.
  for (size_t i = 0; i < buffers.size(); ++i) {
    message.attachments[i] = std::make_unique<BackingStoreAttachment>(
        Kind::kArrayBuffer, buffers[i]->GetBackingStore());
    buffers[i]->Detach();
  }
  return message;
}

v8::MaybeLocal<v8::Value> Deserialize(Runtime& runtime,
                                      channel::Message message) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::Context> context = runtime.context();
  v8::EscapableHandleScope scope(isolate);
  DeserializerDelegate delegate(message);
  v8::ValueDeserializer deserializer(isolate, message.bytes.data(),
                                     message.bytes.size(), &delegate);
  for (size_t i = 0; i < message.attachments.size(); ++i) {
    const auto& attachment = message.attachments[i];
    if (attachment != nullptr && attachment->kind() == Kind::kArrayBuffer) {
      auto* store = static_cast<BackingStoreAttachment*>(attachment.get());
      deserializer.TransferArrayBuffer(
          static_cast<uint32_t>(i), v8::ArrayBuffer::New(isolate, store->store()));
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
  return scope.Escape(value);
}

}  // namespace isohost::isolate
