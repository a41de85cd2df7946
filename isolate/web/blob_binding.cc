#include "isolate/web/blob_binding.h"

#include <cstdint>
#include <memory>

#include "isolate/binding_util.h"
#include "isolate/v8_util.h"
#include "v8-array-buffer.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-primitive.h"
#include "v8-typed-array.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

constexpr int kWriteFlags =
    v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8;

// utf8Length(string) -> the byte length of its UTF-8 form.
void Utf8Length(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return;
  args.GetReturnValue().Set(args[0].As<v8::String>()->Utf8Length(isolate));
}

// utf8Write(string, uint8array) -> bytes written (the array is exactly
// utf8Length(string) long).
void Utf8Write(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString() || !args[1]->IsUint8Array()) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "utf8Write(string, Uint8Array)")));
    return;
  }
  v8::Local<v8::Uint8Array> out = args[1].As<v8::Uint8Array>();
  size_t length = out->ByteLength();
  if (length == 0) return args.GetReturnValue().Set(0);
  std::shared_ptr<v8::BackingStore> store = out->Buffer()->GetBackingStore();
  char* data = static_cast<char*>(store->Data()) + out->ByteOffset();
  int written = args[0].As<v8::String>()->WriteUtf8(
      isolate, data, static_cast<int>(length), nullptr, kWriteFlags);
  args.GetReturnValue().Set(written);
}

// utf8Decode(view or ArrayBuffer, stripBom) -> string.
void Utf8Decode(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  const char* data = nullptr;
  size_t length = 0;
  std::shared_ptr<v8::BackingStore> store;
  if (args[0]->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = args[0].As<v8::ArrayBufferView>();
    length = view->ByteLength();
    if (length > 0) {
      store = view->Buffer()->GetBackingStore();
      data = static_cast<const char*>(store->Data()) + view->ByteOffset();
    }
  } else if (args[0]->IsArrayBuffer()) {
    store = args[0].As<v8::ArrayBuffer>()->GetBackingStore();
    length = store->ByteLength();
    data = static_cast<const char*>(store->Data());
  } else {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "utf8Decode(view)")));
    return;
  }
  if (args[1]->IsTrue() && length >= 3 &&
      static_cast<uint8_t>(data[0]) == 0xEF &&
      static_cast<uint8_t>(data[1]) == 0xBB &&
      static_cast<uint8_t>(data[2]) == 0xBF) {
    data += 3;
    length -= 3;
  }
  if (length == 0) return args.GetReturnValue().SetEmptyString();
  if (length > static_cast<size_t>(v8::String::kMaxLength)) {
    isolate->ThrowException(v8::Exception::RangeError(
        NewString(isolate, "Cannot create a string longer than 0x1fffffe8 "
                           "characters")));
    return;
  }
  v8::Local<v8::String> result;
  if (!v8::String::NewFromUtf8(isolate, data, v8::NewStringType::kNormal,
                               static_cast<int>(length))
           .ToLocal(&result)) {
    isolate->ThrowException(v8::Exception::RangeError(
        NewString(isolate, "Cannot create a string longer than 0x1fffffe8 "
                           "characters")));
    return;
  }
  args.GetReturnValue().Set(result);
}

}  // namespace

void InstallBlobBinding(Runtime& runtime, v8::Local<v8::Object> target) {
  SetMethod(runtime, target, "utf8Length", Utf8Length);
  SetMethod(runtime, target, "utf8Write", Utf8Write);
  SetMethod(runtime, target, "utf8Decode", Utf8Decode);
}

}  // namespace isohost::isolate
