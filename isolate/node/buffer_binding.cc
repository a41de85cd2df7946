#include "isolate/node/buffer_binding.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "isolate/node/buffer_codec.h"
#include "isolate/node/buffer_transcode.h"
#include "isolate/binding_util.h"
#include "isolate/v8_util.h"
#include "v8-array-buffer.h"
#include "v8-container.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-primitive.h"
#include "v8-typed-array.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

// The bytes of an ArrayBufferView (empty when detached). The pointer
// stays valid until JS runs again.
struct Bytes {
  uint8_t* data = nullptr;
  size_t length = 0;
};

bool ViewBytes(v8::Local<v8::Value> value, Bytes* bytes) {
  *bytes = Bytes();
  if (!value->IsArrayBufferView()) return false;
  v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
  size_t length = view->ByteLength();
  if (length == 0) return true;
  bytes->data =
      static_cast<uint8_t*>(view->Buffer()->Data()) + view->ByteOffset();
  bytes->length = length;
  return true;
}

v8::Local<v8::String> StringArg(Args args, int index) {
  v8::Local<v8::Value> value = args[index];
  if (value->IsString()) return value.As<v8::String>();
  return v8::String::Empty(args.GetIsolate());
}

// A non-negative integer argument (JS passes validated numbers), capped
// at `max`.
size_t IndexArg(Args args, int index, size_t max) {
  double value = args[index]->IsNumber()
                     ? args[index].As<v8::Number>()->Value()
                     : 0;
  if (!(value > 0)) return 0;
  if (value >= static_cast<double>(max)) return max;
  return static_cast<size_t>(value);
}

// A signed integer argument, truncated towards zero (V8's
// Integer::Value() on a double, which Node's offsets go through).
int64_t OffsetArg(Args args, int index) {
  double value = args[index]->IsNumber()
                     ? args[index].As<v8::Number>()->Value()
                     : 0;
  if (value != value) return 0;
  if (value >= 9.2e18) return INT64_MAX;
  if (value <= -9.2e18) return INT64_MIN;
  return static_cast<int64_t>(value);
}

BufferEncoding EncodingArg(Args args, int index) {
  int value = args[index]->IsInt32() ? args[index].As<v8::Int32>()->Value()
                                     : 0;
  if (value < 0 || value > static_cast<int>(BufferEncoding::kBase64Url)) {
    value = 0;
  }
  return static_cast<BufferEncoding>(value);
}

void ThrowOutOfMemory(v8::Isolate* isolate) {
  isolate->ThrowException(v8::Exception::RangeError(
      NewString(isolate, "Array buffer allocation failed")));
}

// A string's units as bytes (a two-byte string's low bytes, as Node's hex
// and base64 decoders read them). Null when memory runs out.
std::unique_ptr<uint8_t[]> LowBytes(v8::Isolate* isolate,
                                    v8::Local<v8::String> string,
                                    size_t* length) {
  *length = static_cast<size_t>(string->Length());
  std::unique_ptr<uint8_t[]> bytes(new (std::nothrow) uint8_t[*length + 1]);
  if (bytes == nullptr) return nullptr;
  string->WriteOneByte(isolate, bytes.get(), 0, string->Length(),
                       v8::String::NO_NULL_TERMINATION);
  return bytes;
}

// Encodes `bytes` as `encoding` text and returns it.
void SliceBytes(Args args, const uint8_t* data, size_t length,
                BufferEncoding encoding) {
  v8::Isolate* isolate = args.GetIsolate();
  if (length == 0) {
    args.GetReturnValue().SetEmptyString();
    return;
  }
  switch (encoding) {
    case BufferEncoding::kUtf8: {
      v8::Local<v8::String> result;
      if (length > INT_MAX ||
          !v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data),
                                   v8::NewStringType::kNormal,
                                   static_cast<int>(length))
               .ToLocal(&result)) {
        ThrowStringTooLong(isolate);
        return;
      }
      args.GetReturnValue().Set(result);
      return;
    }
    case BufferEncoding::kUcs2: {
      size_t units = length / 2;
      if (units == 0) {
        args.GetReturnValue().SetEmptyString();
        return;
      }
      const uint16_t* text = reinterpret_cast<const uint16_t*>(data);
      std::unique_ptr<uint16_t[]> aligned;
      if (reinterpret_cast<uintptr_t>(data) % alignof(uint16_t) != 0) {
        aligned.reset(new (std::nothrow) uint16_t[units]);
        if (aligned == nullptr) return ThrowOutOfMemory(isolate);
        std::memcpy(aligned.get(), data, units * 2);
        text = aligned.get();
      }
      v8::Local<v8::String> result;
      if (units > static_cast<size_t>(v8::String::kMaxLength) ||
          !v8::String::NewFromTwoByte(isolate, text,
                                      v8::NewStringType::kNormal,
                                      static_cast<int>(units))
               .ToLocal(&result)) {
        ThrowStringTooLong(isolate);
        return;
      }
      args.GetReturnValue().Set(result);
      return;
    }
    case BufferEncoding::kLatin1:
      ReturnOneByteString(args, data, length);
      return;
    case BufferEncoding::kAscii: {
      if (IsAscii(data, length)) return ReturnOneByteString(args, data, length);
      std::unique_ptr<uint8_t[]> text(new (std::nothrow) uint8_t[length]);
      if (text == nullptr) return ThrowOutOfMemory(isolate);
      for (size_t i = 0; i < length; ++i) text[i] = data[i] & 0x7F;
      ReturnOneByteString(args, text.get(), length);
      return;
    }
    case BufferEncoding::kHex: {
      if (length > static_cast<size_t>(v8::String::kMaxLength) / 2) {
        return ThrowStringTooLong(isolate);
      }
      std::unique_ptr<char[]> text(new (std::nothrow) char[length * 2]);
      if (text == nullptr) return ThrowOutOfMemory(isolate);
      HexEncode(data, length, text.get());
      ReturnOneByteString(args, reinterpret_cast<uint8_t*>(text.get()),
                          length * 2);
      return;
    }
    case BufferEncoding::kBase64:
    case BufferEncoding::kBase64Url: {
      bool url = encoding == BufferEncoding::kBase64Url;
      size_t out_length = Base64EncodedLength(length, url);
      if (out_length > static_cast<size_t>(v8::String::kMaxLength)) {
        return ThrowStringTooLong(isolate);
      }
      std::unique_ptr<char[]> text(new (std::nothrow) char[out_length]);
      if (text == nullptr) return ThrowOutOfMemory(isolate);
      Base64Encode(data, length, url, text.get());
      ReturnOneByteString(args, reinterpret_cast<uint8_t*>(text.get()),
                          out_length);
      return;
    }
  }
}

// Writes `string` as `encoding` into [data, data + capacity); returns the
// bytes written (never a partial UTF-8 character or UTF-16 unit). -1 when
// memory for a temporary copy runs out.
int64_t WriteString(v8::Isolate* isolate, v8::Local<v8::String> string,
                    uint8_t* data, size_t capacity, BufferEncoding encoding) {
  if (capacity == 0) return 0;
  int limit = capacity > INT_MAX ? INT_MAX : static_cast<int>(capacity);
  switch (encoding) {
    case BufferEncoding::kUtf8:
      return string->WriteUtf8(
          isolate, reinterpret_cast<char*>(data), limit, nullptr,
          v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    case BufferEncoding::kUcs2: {
      int units = std::min(limit / 2, string->Length());
      if (units == 0) return 0;
      if (reinterpret_cast<uintptr_t>(data) % alignof(uint16_t) == 0) {
        string->Write(isolate, reinterpret_cast<uint16_t*>(data), 0, units,
                      v8::String::NO_NULL_TERMINATION);
      } else {
        std::unique_ptr<uint16_t[]> aligned(new (std::nothrow)
                                                uint16_t[units]);
        if (aligned == nullptr) return -1;
        string->Write(isolate, aligned.get(), 0, units,
                      v8::String::NO_NULL_TERMINATION);
        std::memcpy(data, aligned.get(), static_cast<size_t>(units) * 2);
      }
      return static_cast<int64_t>(units) * 2;
    }
    case BufferEncoding::kLatin1:
    case BufferEncoding::kAscii: {
      int count = std::min(limit, string->Length());
      string->WriteOneByte(isolate, data, 0, count,
                           v8::String::NO_NULL_TERMINATION);
      return count;
    }
    case BufferEncoding::kHex:
    case BufferEncoding::kBase64:
    case BufferEncoding::kBase64Url: {
      size_t text_length;
      std::unique_ptr<uint8_t[]> text = LowBytes(isolate, string, &text_length);
      if (text == nullptr) return -1;
      if (encoding == BufferEncoding::kHex) {
        return static_cast<int64_t>(
            HexDecode(text.get(), text_length, data, capacity));
      }
      return static_cast<int64_t>(
          Base64Decode(text.get(), text_length, data, capacity));
    }
  }
  return 0;
}

// byteLengthUtf8(string)
void ByteLengthUtf8(Args args) {
  args.GetReturnValue().Set(static_cast<double>(
      StringArg(args, 0)->Utf8Length(args.GetIsolate())));
}

// slice(view, start, end, encoding)
void Slice(Args args) {
  Bytes bytes;
  if (!ViewBytes(args[0], &bytes)) return;
  size_t end = IndexArg(args, 2, bytes.length);
  size_t start = std::min(IndexArg(args, 1, bytes.length), end);
  SliceBytes(args, bytes.data + start, end - start, EncodingArg(args, 3));
}

// write(view, string, offset, length, encoding)
void Write(Args args) {
  Bytes bytes;
  if (!ViewBytes(args[0], &bytes)) return;
  size_t offset = IndexArg(args, 2, bytes.length);
  size_t length = std::min(IndexArg(args, 3, bytes.length),
                           bytes.length - offset);
  int64_t written = WriteString(args.GetIsolate(), StringArg(args, 1),
                                bytes.data + offset, length,
                                EncodingArg(args, 4));
  if (written < 0) return ThrowOutOfMemory(args.GetIsolate());
  args.GetReturnValue().Set(static_cast<double>(written));
}

// fill(view, value, start, end, encoding): `value` is a view (its bytes
// repeat), a string (in `encoding`) or a number (its low byte).
void Fill(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes bytes;
  if (!ViewBytes(args[0], &bytes)) return;
  double start_number = args[2]->IsNumber() ? args[2].As<v8::Number>()->Value()
                                            : 0;
  double end_number = args[3]->IsNumber() ? args[3].As<v8::Number>()->Value()
                                          : 0;
  if (!(start_number >= 0) || !(end_number >= 0) ||
      start_number > end_number ||
      end_number > static_cast<double>(bytes.length)) {
    args.GetReturnValue().Set(-2);
    return;
  }
  size_t start = static_cast<size_t>(start_number);
  size_t fill_length = static_cast<size_t>(end_number) - start;
  uint8_t* target = bytes.data + start;
  size_t pattern = 0;
  v8::Local<v8::Value> value = args[1];
  if (value->IsArrayBufferView()) {
    Bytes source;
    ViewBytes(value, &source);
    pattern = source.length;
    if (fill_length == 0) return;
    std::memmove(target, source.data, std::min(pattern, fill_length));
  } else if (!value->IsString()) {
    // JS converts anything else to a number first: no JS runs here while
    // the pointers are held.
    uint32_t number = 0;
    if (value->IsNumber()) {
      number = value->Uint32Value(isolate->GetCurrentContext()).FromMaybe(0);
    }
    if (fill_length > 0) std::memset(target, number & 0xFF, fill_length);
    return;
  } else {
    v8::Local<v8::String> string = value.As<v8::String>();
    BufferEncoding encoding = EncodingArg(args, 4);
    if (encoding == BufferEncoding::kUtf8) {
      pattern = static_cast<size_t>(string->Utf8Length(isolate));
      std::unique_ptr<char[]> utf8(new (std::nothrow) char[pattern + 1]);
      if (utf8 == nullptr) return ThrowOutOfMemory(isolate);
      string->WriteUtf8(isolate, utf8.get(), static_cast<int>(pattern),
                        nullptr,
                        v8::String::NO_NULL_TERMINATION |
                            v8::String::REPLACE_INVALID_UTF8);
      if (fill_length == 0) return;
      std::memcpy(target, utf8.get(), std::min(pattern, fill_length));
    } else if (encoding == BufferEncoding::kUcs2) {
      pattern = static_cast<size_t>(string->Length()) * 2;
      std::unique_ptr<uint16_t[]> units(new (std::nothrow)
                                            uint16_t[string->Length() + 1]);
      if (units == nullptr) return ThrowOutOfMemory(isolate);
      string->Write(isolate, units.get(), 0, string->Length(),
                    v8::String::NO_NULL_TERMINATION);
      if (fill_length == 0) return;
      std::memcpy(target, units.get(), std::min(pattern, fill_length));
    } else {
      int64_t written =
          WriteString(isolate, string, target, fill_length, encoding);
      if (written < 0) return ThrowOutOfMemory(isolate);
      pattern = static_cast<size_t>(written);
    }
  }
  if (pattern >= fill_length) return;
  if (pattern == 0) {
    args.GetReturnValue().Set(-1);
    return;
  }
  // Double the filled prefix until the range is full.
  size_t filled = pattern;
  while (filled < fill_length - filled) {
    std::memcpy(target + filled, target, filled);
    filled *= 2;
  }
  std::memcpy(target + filled, target, fill_length - filled);
}

// The index a search found (units * unit_size), or -1.
void ReturnFound(Args args, size_t found, size_t not_found, size_t scale) {
  if (found == not_found) {
    args.GetReturnValue().Set(-1);
  } else {
    args.GetReturnValue().Set(static_cast<double>(found * scale));
  }
}

// indexOfString(view, string, offset, encoding, forward): utf8, ucs2 or
// latin1 (JS turns other encodings into bytes first).
void IndexOfString(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes haystack;
  if (!ViewBytes(args[0], &haystack)) return;
  v8::Local<v8::String> needle = StringArg(args, 1);
  BufferEncoding encoding = EncodingArg(args, 3);
  bool forward = args[4]->IsTrue();
  size_t length = encoding == BufferEncoding::kUcs2 ? haystack.length & ~size_t{1}
                                                     : haystack.length;
  size_t needle_length =
      encoding == BufferEncoding::kUtf8
          ? static_cast<size_t>(needle->Utf8Length(isolate))
      : encoding == BufferEncoding::kUcs2
          ? static_cast<size_t>(needle->Length()) * 2
          : static_cast<size_t>(needle->Length());
  int64_t start = SearchStart(length, OffsetArg(args, 2),
                              static_cast<int64_t>(needle_length), forward);
  if (needle_length == 0) {
    args.GetReturnValue().Set(static_cast<double>(start));
    return;
  }
  if (length == 0 || start < 0 ||
      (forward && needle_length + static_cast<size_t>(start) > length) ||
      needle_length > length) {
    args.GetReturnValue().Set(-1);
    return;
  }
  size_t offset = static_cast<size_t>(start);
  if (encoding == BufferEncoding::kUcs2) {
    size_t units = needle_length / 2;
    std::unique_ptr<uint16_t[]> text(new (std::nothrow) uint16_t[units]);
    if (text == nullptr) return ThrowOutOfMemory(isolate);
    needle->Write(isolate, text.get(), 0, static_cast<int>(units),
                  v8::String::NO_NULL_TERMINATION);
    std::unique_ptr<uint16_t[]> aligned(new (std::nothrow)
                                            uint16_t[length / 2]);
    if (aligned == nullptr) return ThrowOutOfMemory(isolate);
    std::memcpy(aligned.get(), haystack.data, length);
    size_t found = Search(aligned.get(), length / 2, text.get(), units,
                          offset / 2, forward);
    return ReturnFound(args, found, length / 2, 2);
  }
  std::unique_ptr<uint8_t[]> text(new (std::nothrow) uint8_t[needle_length]);
  if (text == nullptr) return ThrowOutOfMemory(isolate);
  if (encoding == BufferEncoding::kUtf8) {
    needle->WriteUtf8(isolate, reinterpret_cast<char*>(text.get()),
                      static_cast<int>(needle_length), nullptr,
                      v8::String::NO_NULL_TERMINATION |
                          v8::String::REPLACE_INVALID_UTF8);
  } else {
    needle->WriteOneByte(isolate, text.get(), 0,
                         static_cast<int>(needle_length),
                         v8::String::NO_NULL_TERMINATION);
  }
  size_t found = Search(haystack.data, length, text.get(), needle_length,
                        offset, forward);
  ReturnFound(args, found, length, 1);
}

// indexOfBuffer(view, needle, offset, encoding, forward)
void IndexOfBuffer(Args args) {
  Bytes haystack;
  Bytes needle;
  if (!ViewBytes(args[0], &haystack) || !ViewBytes(args[1], &needle)) return;
  bool ucs2 = EncodingArg(args, 3) == BufferEncoding::kUcs2;
  bool forward = args[4]->IsTrue();
  int64_t start =
      SearchStart(haystack.length, OffsetArg(args, 2),
                  static_cast<int64_t>(needle.length), forward);
  if (needle.length == 0) {
    args.GetReturnValue().Set(static_cast<double>(start));
    return;
  }
  if (haystack.length == 0 || start < 0 ||
      (forward && needle.length + static_cast<size_t>(start) > haystack.length) ||
      needle.length > haystack.length) {
    args.GetReturnValue().Set(-1);
    return;
  }
  size_t offset = static_cast<size_t>(start);
  if (ucs2) {
    if (haystack.length < 2 || needle.length < 2) {
      args.GetReturnValue().Set(-1);
      return;
    }
    size_t units = haystack.length / 2;
    size_t needle_units = needle.length / 2;
    std::unique_ptr<uint16_t[]> hay(new (std::nothrow) uint16_t[units]);
    std::unique_ptr<uint16_t[]> text(new (std::nothrow) uint16_t[needle_units]);
    if (hay == nullptr || text == nullptr) {
      return ThrowOutOfMemory(args.GetIsolate());
    }
    std::memcpy(hay.get(), haystack.data, units * 2);
    std::memcpy(text.get(), needle.data, needle_units * 2);
    size_t found = Search(hay.get(), units, text.get(), needle_units,
                          offset / 2, forward);
    // Node compares the unit index times two with the byte length, so an
    // odd-length haystack reports its last even index for "not found".
    if (found * 2 == haystack.length) {
      args.GetReturnValue().Set(-1);
    } else {
      args.GetReturnValue().Set(static_cast<double>(found * 2));
    }
    return;
  }
  size_t found = Search(haystack.data, haystack.length, needle.data,
                        needle.length, offset, forward);
  ReturnFound(args, found, haystack.length, 1);
}

// indexOfNumber(view, byte, offset, forward)
void IndexOfNumber(Args args) {
  Bytes haystack;
  if (!ViewBytes(args[0], &haystack)) return;
  uint32_t needle = args[1]->IsNumber()
                        ? static_cast<uint32_t>(
                              args[1].As<v8::Number>()->Value())
                        : 0;
  bool forward = args[3]->IsTrue();
  int64_t start = SearchStart(haystack.length, OffsetArg(args, 2), 1, forward);
  if (start < 0 || haystack.length == 0) {
    args.GetReturnValue().Set(-1);
    return;
  }
  uint8_t byte = static_cast<uint8_t>(needle & 0xFF);
  size_t offset = static_cast<size_t>(start);
  if (forward) {
    const void* found = std::memchr(haystack.data + offset, byte,
                                    haystack.length - offset);
    if (found == nullptr) {
      args.GetReturnValue().Set(-1);
    } else {
      args.GetReturnValue().Set(static_cast<double>(
          static_cast<const uint8_t*>(found) - haystack.data));
    }
    return;
  }
  for (size_t i = offset + 1; i-- > 0;) {
    if (haystack.data[i] == byte) {
      args.GetReturnValue().Set(static_cast<double>(i));
      return;
    }
  }
  args.GetReturnValue().Set(-1);
}

int CompareBytes(const uint8_t* a, size_t a_length, const uint8_t* b,
                 size_t b_length) {
  size_t common = std::min(a_length, b_length);
  int result = common > 0 ? std::memcmp(a, b, common) : 0;
  if (result != 0) return result > 0 ? 1 : -1;
  return a_length > b_length ? 1 : a_length < b_length ? -1 : 0;
}

// compare(a, b)
void Compare(Args args) {
  Bytes a;
  Bytes b;
  if (!ViewBytes(args[0], &a) || !ViewBytes(args[1], &b)) return;
  args.GetReturnValue().Set(CompareBytes(a.data, a.length, b.data, b.length));
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd,
// sourceEnd): JS checked that start <= end <= length on both sides.
void CompareOffset(Args args) {
  Bytes source;
  Bytes target;
  if (!ViewBytes(args[0], &source) || !ViewBytes(args[1], &target)) return;
  size_t target_end = IndexArg(args, 4, target.length);
  size_t target_start = std::min(IndexArg(args, 2, target.length), target_end);
  size_t source_end = IndexArg(args, 5, source.length);
  size_t source_start = std::min(IndexArg(args, 3, source.length), source_end);
  args.GetReturnValue().Set(CompareBytes(
      source.data + source_start, source_end - source_start,
      target.data + target_start, target_end - target_start));
}

template <size_t kWidth>
void Swap(Args args) {
  Bytes bytes;
  if (!ViewBytes(args[0], &bytes)) return;
  for (size_t i = 0; i + kWidth <= bytes.length; i += kWidth) {
    std::reverse(bytes.data + i, bytes.data + i + kWidth);
  }
}

void IsUtf8Function(Args args) {
  Bytes bytes;
  if (!ViewBytes(args[0], &bytes)) return;
  args.GetReturnValue().Set(IsUtf8(bytes.data, bytes.length));
}

void IsAsciiFunction(Args args) {
  Bytes bytes;
  if (!ViewBytes(args[0], &bytes)) return;
  args.GetReturnValue().Set(IsAscii(bytes.data, bytes.length));
}

// latin1ToBase64(string): btoa() of a string JS checked is all <= U+00FF.
void Latin1ToBase64(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  size_t length;
  std::unique_ptr<uint8_t[]> bytes = LowBytes(isolate, StringArg(args, 0),
                                              &length);
  if (bytes == nullptr) return ThrowOutOfMemory(isolate);
  SliceBytes(args, bytes.get(), length, BufferEncoding::kBase64);
}

// base64ToLatin1(string): atob() of a string JS checked.
void Base64ToLatin1(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  size_t length;
  std::unique_ptr<uint8_t[]> text = LowBytes(isolate, StringArg(args, 0),
                                             &length);
  if (text == nullptr) return ThrowOutOfMemory(isolate);
  std::unique_ptr<uint8_t[]> bytes(new (std::nothrow) uint8_t[length + 1]);
  if (bytes == nullptr) return ThrowOutOfMemory(isolate);
  size_t decoded = Base64Decode(text.get(), length, bytes.get(), length);
  ReturnOneByteString(args, bytes.get(), decoded);
}

// transcode(view, from, to) -> the result's bytes as a one-byte string
// (JS copies them into a Buffer it allocates), or ICU's error name.
void TranscodeFunction(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes bytes;
  if (!ViewBytes(args[0], &bytes)) return;
  int from = args[1]->IsInt32() ? args[1].As<v8::Int32>()->Value() : -1;
  int to = args[2]->IsInt32() ? args[2].As<v8::Int32>()->Value() : -1;
  std::string out;
  int error = Transcode(from, to, bytes.data, bytes.length, &out);
  if (error != 0) {
    v8::Local<v8::Array> result = v8::Array::New(isolate, 2);
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    result->Set(context, 0, NewString(isolate, TranscodeErrorName(error)))
        .Check();
    result->Set(context, 1, v8::Integer::New(isolate, error)).Check();
    args.GetReturnValue().Set(result);
    return;
  }
  ReturnOneByteString(args, reinterpret_cast<const uint8_t*>(out.data()),
                      out.size());
}

}  // namespace

void InstallBufferBinding(Runtime& runtime, v8::Local<v8::Object> target) {
  SetMethod(runtime, target, "byteLengthUtf8", ByteLengthUtf8);
  SetMethod(runtime, target, "slice", Slice);
  SetMethod(runtime, target, "write", Write);
  SetMethod(runtime, target, "fill", Fill);
  SetMethod(runtime, target, "indexOfString", IndexOfString);
  SetMethod(runtime, target, "indexOfBuffer", IndexOfBuffer);
  SetMethod(runtime, target, "indexOfNumber", IndexOfNumber);
  SetMethod(runtime, target, "compare", Compare);
  SetMethod(runtime, target, "compareOffset", CompareOffset);
  SetMethod(runtime, target, "swap16", Swap<2>);
  SetMethod(runtime, target, "swap32", Swap<4>);
  SetMethod(runtime, target, "swap64", Swap<8>);
  SetMethod(runtime, target, "isUtf8", IsUtf8Function);
  SetMethod(runtime, target, "isAscii", IsAsciiFunction);
  SetMethod(runtime, target, "latin1ToBase64", Latin1ToBase64);
  SetMethod(runtime, target, "base64ToLatin1", Base64ToLatin1);
  SetMethod(runtime, target, "transcode", TranscodeFunction);
}

}  // namespace isohost::isolate
