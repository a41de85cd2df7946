// isolate/web/text_codec.h: the WHATWG Encoding standard's decoders for
// UTF-8, UTF-16LE/BE and the single-byte windows-1252 / ISO-8859-1, as
// plain C++ over bytes (no V8), resumable across chunks.
//
// Each decoder turns bytes into UTF-16 code units with the standard's
// error handling: in replacement mode every error is one U+FFFD (for UTF-8
// one per maximal subpart of an ill-formed sequence), in fatal mode the
// first error stops decoding. A decoder's state between chunks is a
// TextDecodeState value that the caller keeps (TextDecoder keeps it in a
// small typed array), so the codec itself holds nothing.
//
// Thread-compatible: pure functions over caller-owned memory.
#ifndef ISOHOST_ISOLATE_WEB_TEXT_CODEC_H_
#define ISOHOST_ISOLATE_WEB_TEXT_CODEC_H_

#include <cstddef>
#include <cstdint>

namespace isohost::isolate {

// What a decoder remembers between two chunks of one stream. All zero is
// the start of a stream.
struct TextDecodeState {
  // UTF-8: the code point's bits so far and the standard's "UTF-8 bytes
  // needed/seen" with the bounds for the next continuation byte (zero
  // bounds mean the default 0x80..0xBF).
  uint32_t utf8_code_point = 0;
  uint8_t utf8_needed = 0;
  uint8_t utf8_seen = 0;
  uint8_t utf8_lower = 0;
  uint8_t utf8_upper = 0;
  // UTF-16: the first byte of a code unit (valid when has_lead_byte) and a
  // lead surrogate waiting for its trail (0 when none).
  uint8_t utf16_lead_byte = 0;
  bool has_lead_byte = false;
  uint16_t utf16_lead_surrogate = 0;

  bool pending() const {
    return utf8_needed != 0 || has_lead_byte || utf16_lead_surrogate != 0;
  }
};

enum class TextEncodingKind : uint8_t {
  kUtf8 = 0,
  kUtf16Le = 1,
  kUtf16Be = 2,
  kWindows1252 = 3,  // the standard's index (0x80 -> U+20AC, ...)
  kLatin1 = 4,       // bytes as U+0000..U+00FF (Node's latin1 fast path)
};

// The most UTF-16 code units DecodeText() can write for `length` new bytes
// (whatever the state carried in).
size_t MaxDecodedLength(TextEncodingKind kind, size_t length);

// DecodeText()
//
// Decodes `input[0, length)` after what `state` carried in, writing UTF-16
// code units to `out` (room for MaxDecodedLength()) and their count to
// `*out_length`. With `flush`, an incomplete sequence at the end is an
// error and `state` ends reset. Returns false at the first error when
// `fatal` (what was written is then meaningless and `state` is reset,
// except that UTF-16 keeps what Node's ICU converter keeps: the first byte
// of the unit after an unpaired lead surrogate carried in from an earlier
// chunk).
bool DecodeText(TextEncodingKind kind, TextDecodeState& state,
                const uint8_t* input, size_t length, bool flush, bool fatal,
                char16_t* out, size_t* out_length);

// Length of the run of ASCII bytes at the start of `input`.
size_t AsciiPrefixLength(const uint8_t* input, size_t length);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WEB_TEXT_CODEC_H_
