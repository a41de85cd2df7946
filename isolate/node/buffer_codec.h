// isolate/node/buffer_codec.h: the byte-level codecs and searches behind
// node:buffer, as plain C++ over caller-owned memory (no V8).
//
// Semantics are Node's, including its leniencies: the base64 decoder takes
// both alphabets, skips characters outside them and stops at the first '='
// it meets where data should be; the hex decoder stops at the first pair
// that is not hex. Both read one byte per character: callers pass a two-byte
// string's low bytes, as Node does.
//
// Thread-compatible: pure functions.
#ifndef ISOHOST_ISOLATE_NODE_BUFFER_CODEC_H_
#define ISOHOST_ISOLATE_NODE_BUFFER_CODEC_H_

#include <cstddef>
#include <cstdint>

namespace isohost::isolate {

// node:buffer's encodings, numbered as the JS side passes them.
enum class BufferEncoding : int {
  kUtf8 = 0,
  kUcs2 = 1,
  kLatin1 = 2,
  kAscii = 3,
  kHex = 4,
  kBase64 = 5,
  kBase64Url = 6,
};

// Base64 text for `length` bytes: padded with '=' unless `url` (the
// base64url alphabet, no padding).
size_t Base64EncodedLength(size_t length, bool url);
void Base64Encode(const uint8_t* input, size_t length, bool url, char* out);

// Decodes base64 or base64url text (one byte per character) into at most
// `capacity` bytes; returns how many it wrote.
size_t Base64Decode(const uint8_t* text, size_t text_length, uint8_t* out,
                    size_t capacity);

void HexEncode(const uint8_t* input, size_t length, char* out);
// Decodes pairs of hex digits into at most `capacity` bytes, stopping at the
// first pair that is not hex; returns how many bytes it wrote.
size_t HexDecode(const uint8_t* text, size_t text_length, uint8_t* out,
                 size_t capacity);

// Node's IndexOfOffset(): where an indexOf (`forward`) or lastIndexOf
// search of a `needle_length` needle starts for a caller's byte offset;
// -1 when nothing can match.
int64_t SearchStart(size_t length, int64_t offset, int64_t needle_length,
                    bool forward);

// The first (forward) or last match of `needle` at or after / at or
// before unit `start`; `length` when there is none.
size_t Search(const uint8_t* haystack, size_t length, const uint8_t* needle,
              size_t needle_length, size_t start, bool forward);
size_t Search(const uint16_t* haystack, size_t length, const uint16_t* needle,
              size_t needle_length, size_t start, bool forward);

// True when `input` is well-formed UTF-8 / only ASCII.
bool IsUtf8(const uint8_t* input, size_t length);
bool IsAscii(const uint8_t* input, size_t length);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_NODE_BUFFER_CODEC_H_
