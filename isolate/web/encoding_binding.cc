#include "isolate/web/encoding_binding.h"

#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "isolate/binding_util.h"
#include "isolate/v8_util.h"
#include "isolate/web/icu_text_decoder.h"
#include "isolate/web/text_codec.h"
#include "v8-array-buffer.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-primitive.h"
#include "v8-typed-array.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

static_assert(sizeof(TextDecodeState) < kDecodeStateBytes,
              "the state array holds the state and one BOM byte");
constexpr int kBomSeenByte = kDecodeStateBytes - 1;

// The bytes of an ArrayBuffer, SharedArrayBuffer or ArrayBufferView
// (nothing for a detached one). False for any other value. The pointer
// stays valid until JS runs again.
bool BytesOf(v8::Local<v8::Value> value, uint8_t** data, size_t* length) {
  *data = nullptr;
  *length = 0;
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    size_t byte_length = view->ByteLength();
    if (byte_length == 0) return true;
    *data = static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
    *length = byte_length;
    return true;
  }
  if (value->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = value.As<v8::ArrayBuffer>();
    *data = static_cast<uint8_t*>(buffer->Data());
    *length = *data == nullptr ? 0 : buffer->ByteLength();
    return true;
  }
  if (value->IsSharedArrayBuffer()) {
    v8::Local<v8::SharedArrayBuffer> buffer =
        value.As<v8::SharedArrayBuffer>();
    *data = static_cast<uint8_t*>(buffer->Data());
    *length = *data == nullptr ? 0 : buffer->ByteLength();
    return true;
  }
  return false;
}

// Sets the return value to a string of `units`, or throws Node's
// ERR_STRING_TOO_LONG.
void ReturnUtf16(Args args, const char16_t* units, size_t length) {
  v8::Isolate* isolate = args.GetIsolate();
  if (length == 0) {
    args.GetReturnValue().SetEmptyString();
    return;
  }
  v8::Local<v8::String> result;
  if (length > static_cast<size_t>(v8::String::kMaxLength) ||
      !v8::String::NewFromTwoByte(isolate,
                                  reinterpret_cast<const uint16_t*>(units),
                                  v8::NewStringType::kNormal,
                                  static_cast<int>(length))
           .ToLocal(&result)) {
    ThrowStringTooLong(isolate);
    return;
  }
  args.GetReturnValue().Set(result);
}

v8::Local<v8::String> StringArg(Args args, int index) {
  v8::Local<v8::Value> value = args[index];
  if (value->IsString()) return value.As<v8::String>();
  return v8::String::Empty(args.GetIsolate());
}

// utf8Length(string)
void Utf8Length(Args args) {
  args.GetReturnValue().Set(static_cast<double>(
      StringArg(args, 0)->Utf8Length(args.GetIsolate())));
}

// encodeUtf8(string, uint8array): the array has utf8Length(string) bytes.
void EncodeUtf8(Args args) {
  uint8_t* data;
  size_t length;
  if (!args[1]->IsUint8Array() || !BytesOf(args[1], &data, &length) ||
      length == 0) {
    return;
  }
  StringArg(args, 0)->WriteUtf8(
      args.GetIsolate(), reinterpret_cast<char*>(data),
      static_cast<int>(length), nullptr,
      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
}

// encodeInto(string, uint8array): results in the binding's
// encodeIntoResult (read, written).
void EncodeInto(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  uint8_t* data;
  size_t length;
  uint32_t read = 0;
  uint32_t written = 0;
  if (args[1]->IsUint8Array() && BytesOf(args[1], &data, &length) &&
      length > 0) {
    int chars = 0;
    int capacity = length > INT32_MAX ? INT32_MAX : static_cast<int>(length);
    written = static_cast<uint32_t>(StringArg(args, 0)->WriteUtf8(
        isolate, reinterpret_cast<char*>(data), capacity, &chars,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8));
    read = static_cast<uint32_t>(chars);
  }
  uint8_t* result;
  size_t result_length;
  if (BytesOf(args.Data(), &result, &result_length) &&
      result_length >= 2 * sizeof(uint32_t)) {
    std::memcpy(result, &read, sizeof read);
    std::memcpy(result + sizeof read, &written, sizeof written);
  }
}

// decode(input, kind, state, flags)
void Decode(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  uint8_t* input;
  size_t length;
  if (!BytesOf(args[0], &input, &length)) return;  // undefined: bad input
  int kind_number = args[1]->Int32Value(isolate->GetCurrentContext())
                        .FromMaybe(0);
  if (kind_number < 0 || kind_number > 4) return;
  auto kind = static_cast<TextEncodingKind>(kind_number);
  int flags = args[3]->Int32Value(isolate->GetCurrentContext()).FromMaybe(0);
  bool flush = (flags & kDecodeFlush) != 0;
  bool fatal = (flags & kDecodeFatal) != 0;
  bool ignore_bom = (flags & kDecodeIgnoreBom) != 0;

  // The caller's state, or a fresh one for a one-shot decode.
  uint8_t* state_bytes = nullptr;
  size_t state_length = 0;
  TextDecodeState state;
  bool bom_seen = false;
  if (args[2]->IsUint8Array() && BytesOf(args[2], &state_bytes, &state_length) &&
      state_length == kDecodeStateBytes) {
    std::memcpy(&state, state_bytes, sizeof state);
    bom_seen = state_bytes[kBomSeenByte] != 0;
  } else {
    state_bytes = nullptr;
  }
  bool unicode = kind == TextEncodingKind::kUtf8 ||
                 kind == TextEncodingKind::kUtf16Le ||
                 kind == TextEncodingKind::kUtf16Be;
  auto save = [&](bool seen) {
    if (flush) {
      state = TextDecodeState();
      seen = false;
    }
    if (state_bytes != nullptr) {
      std::memcpy(state_bytes, &state, sizeof state);
      state_bytes[kBomSeenByte] = seen ? 1 : 0;
    }
  };

  // Fast paths: text that is its own Latin-1 form.
  if (!state.pending() &&
      (kind == TextEncodingKind::kLatin1 ||
       ((kind == TextEncodingKind::kUtf8 ||
         kind == TextEncodingKind::kWindows1252) &&
        AsciiPrefixLength(input, length) == length))) {
    save(bom_seen || (unicode && length > 0));
    ReturnOneByteString(args, input, length);
    return;
  }

  size_t capacity = MaxDecodedLength(kind, length);
  std::unique_ptr<char16_t[]> out(new (std::nothrow) char16_t[capacity]);
  if (out == nullptr) {
    isolate->ThrowException(v8::Exception::RangeError(
        NewString(isolate, "Array buffer allocation failed")));
    return;
  }
  size_t out_length = 0;
  if (!DecodeText(kind, state, input, length, flush, fatal, out.get(),
                  &out_length)) {
    save(bom_seen);
    args.GetReturnValue().SetNull();
    return;
  }
  const char16_t* text = out.get();
  if (unicode && !bom_seen && out_length > 0) {
    if (!ignore_bom && text[0] == 0xFEFF) {
      ++text;
      --out_length;
    }
    bom_seen = true;
  }
  save(bom_seen);
  ReturnUtf16(args, text, out_length);
}

// legacyDecoder(name, fatal) -> handle | undefined
void LegacyDecoder(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::ArrayBuffer> handle;
  if (IcuTextDecoder::New(isolate, ToStdString(isolate, args[0]),
                          args[1]->BooleanValue(isolate))
          .ToLocal(&handle)) {
    args.GetReturnValue().Set(handle);
  }
}

// legacyDecode(handle, input, flush) -> string | undefined (bad input) |
// null (invalid data, fatal)
void LegacyDecode(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  IcuTextDecoder* decoder = IcuTextDecoder::FromHandle(args[0]);
  uint8_t* input;
  size_t length;
  if (decoder == nullptr || !BytesOf(args[1], &input, &length)) return;
  std::u16string out;
  if (!decoder->Decode(input, length, args[2]->BooleanValue(isolate), &out)) {
    args.GetReturnValue().SetNull();
    return;
  }
  ReturnUtf16(args, out.data(), out.size());
}

}  // namespace

void InstallEncodingBinding(Runtime& runtime, v8::Local<v8::Object> target) {
  // encodeInto()'s results (read, written), read back by the JS caller:
  // one small array per runtime instead of an object per call.
  v8::Local<v8::Uint32Array> encode_into_result =
      v8::Uint32Array::New(v8::ArrayBuffer::New(runtime.isolate(), 8), 0, 2);
  SetValue(runtime, target, "encodeIntoResult", encode_into_result);
  SetMethod(runtime, target, "utf8Length", Utf8Length);
  SetMethod(runtime, target, "encodeUtf8", EncodeUtf8);
  SetMethod(runtime, target, "encodeInto", EncodeInto, encode_into_result);
  SetMethod(runtime, target, "decode", Decode);
  SetMethod(runtime, target, "legacyDecoder", LegacyDecoder);
  SetMethod(runtime, target, "legacyDecode", LegacyDecode);
}

}  // namespace isohost::isolate
