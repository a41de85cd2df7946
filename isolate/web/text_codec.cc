#include "isolate/web/text_codec.h"

#include <cstring>

namespace isohost::isolate {
namespace {

constexpr char16_t kReplacement = 0xFFFD;

// The standard's index-windows-1252 for 0x80..0x9F (0xA0..0xFF map to
// themselves).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

inline void PutCodePoint(char16_t*& out, uint32_t code_point) {
  if (code_point < 0x10000) {
    *out++ = static_cast<char16_t>(code_point);
  } else {
    code_point -= 0x10000;
    *out++ = static_cast<char16_t>(0xD800 + (code_point >> 10));
    *out++ = static_cast<char16_t>(0xDC00 + (code_point & 0x3FF));
  }
}

// The standard's UTF-8 decoder, one byte at a time, with a fast path for
// runs of ASCII between sequences.
bool DecodeUtf8(TextDecodeState& s, const uint8_t* in, size_t length,
                bool flush, bool fatal, char16_t*& out) {
  uint32_t code_point = s.utf8_code_point;
  uint8_t needed = s.utf8_needed;
  uint8_t seen = s.utf8_seen;
  uint8_t lower = s.utf8_lower != 0 ? s.utf8_lower : 0x80;
  uint8_t upper = s.utf8_upper != 0 ? s.utf8_upper : 0xBF;
  size_t i = 0;
  while (i < length) {
    uint8_t byte = in[i];
    if (needed == 0) {
      if (byte < 0x80) {
        // ASCII run.
        do {
          *out++ = in[i++];
        } while (i < length && in[i] < 0x80);
        continue;
      }
      ++i;
      if (byte >= 0xC2 && byte <= 0xDF) {
        needed = 1;
        code_point = byte & 0x1F;
      } else if (byte >= 0xE0 && byte <= 0xEF) {
        if (byte == 0xE0) lower = 0xA0;
        if (byte == 0xED) upper = 0x9F;
        needed = 2;
        code_point = byte & 0x0F;
      } else if (byte >= 0xF0 && byte <= 0xF4) {
        if (byte == 0xF0) lower = 0x90;
        if (byte == 0xF4) upper = 0x8F;
        needed = 3;
        code_point = byte & 0x07;
      } else {
        if (fatal) return false;
        *out++ = kReplacement;
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one error; the byte starts afresh (it is
      // not consumed).
      code_point = 0;
      needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      if (fatal) return false;
      *out++ = kReplacement;
      continue;
    }
    ++i;
    lower = 0x80;
    upper = 0xBF;
    code_point = (code_point << 6) | (byte & 0x3F);
    if (++seen != needed) continue;
    PutCodePoint(out, code_point);
    code_point = 0;
    needed = seen = 0;
  }
  if (flush && needed != 0) {
    code_point = 0;
    needed = seen = 0;
    lower = 0x80;
    upper = 0xBF;
    if (fatal) return false;
    *out++ = kReplacement;
  }
  s.utf8_code_point = code_point;
  s.utf8_needed = needed;
  s.utf8_seen = seen;
  s.utf8_lower = lower == 0x80 ? 0 : lower;
  s.utf8_upper = upper == 0xBF ? 0 : upper;
  return true;
}

// The standard's shared UTF-16 decoder.
//
// Fatal mode also reproduces what ICU's UTF-16 converter (Node's) keeps
// after an error: nothing, except when the unpaired lead surrogate began
// in an earlier chunk; then the first byte of the unit that followed it
// stays pending and starts the next chunk's first unit.
bool DecodeUtf16(TextDecodeState& s, bool big_endian, const uint8_t* in,
                 size_t length, bool flush, bool fatal, char16_t*& out) {
  bool has_lead_byte = s.has_lead_byte;
  uint8_t lead_byte = s.utf16_lead_byte;
  char16_t lead_surrogate = s.utf16_lead_surrogate;
  // Still completing the character an earlier chunk began.
  bool carried = has_lead_byte || lead_surrogate != 0;
  for (size_t i = 0; i < length; ++i) {
    if (!has_lead_byte) {
      lead_byte = in[i];
      has_lead_byte = true;
      continue;
    }
    has_lead_byte = false;
    char16_t unit = big_endian
                        ? static_cast<char16_t>((lead_byte << 8) | in[i])
                        : static_cast<char16_t>((in[i] << 8) | lead_byte);
    if (lead_surrogate != 0) {
      char16_t lead = lead_surrogate;
      lead_surrogate = 0;
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        *out++ = lead;
        *out++ = unit;
        carried = false;
        continue;
      }
      // An unpaired lead: one error, then `unit` is decoded afresh.
      if (fatal) {
        s = TextDecodeState();
        if (carried) {
          s.has_lead_byte = true;
          s.utf16_lead_byte = lead_byte;
        }
        return false;
      }
      *out++ = kReplacement;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      lead_surrogate = unit;
      continue;
    }
    carried = false;
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      if (fatal) {
        s = TextDecodeState();
        return false;
      }
      *out++ = kReplacement;
    } else {
      *out++ = unit;
    }
  }
  if (flush && (has_lead_byte || lead_surrogate != 0)) {
    s = TextDecodeState();
    if (fatal) return false;
    *out++ = kReplacement;
    return true;
  }
  s.has_lead_byte = has_lead_byte;
  s.utf16_lead_byte = lead_byte;
  s.utf16_lead_surrogate = lead_surrogate;
  return true;
}

}  // namespace

size_t MaxDecodedLength(TextEncodingKind kind, size_t length) {
  switch (kind) {
    case TextEncodingKind::kUtf8:
      // Every byte yields at most one unit, but a 4-byte sequence yields
      // two for its last byte, and an error on a carried-in sequence one
      // more than its byte: length + 1 bounds both.
      return length + 1;
    case TextEncodingKind::kUtf16Le:
    case TextEncodingKind::kUtf16Be:
      return length / 2 + 3;
    case TextEncodingKind::kWindows1252:
    case TextEncodingKind::kLatin1:
      return length;
  }
  return length + 1;
}

bool DecodeText(TextEncodingKind kind, TextDecodeState& state,
                const uint8_t* input, size_t length, bool flush, bool fatal,
                char16_t* out, size_t* out_length) {
  char16_t* start = out;
  bool ok = true;
  switch (kind) {
    case TextEncodingKind::kUtf8:
      ok = DecodeUtf8(state, input, length, flush, fatal, out);
      if (!ok) state = TextDecodeState();
      break;
    case TextEncodingKind::kUtf16Le:
    case TextEncodingKind::kUtf16Be:
      ok = DecodeUtf16(state, kind == TextEncodingKind::kUtf16Be, input,
                       length, flush, fatal, out);
      break;
    case TextEncodingKind::kWindows1252:
      for (size_t i = 0; i < length; ++i) {
        uint8_t byte = input[i];
        *out++ = byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80]
                                             : byte;
      }
      break;
    case TextEncodingKind::kLatin1:
      for (size_t i = 0; i < length; ++i) *out++ = input[i];
      break;
  }
  *out_length = static_cast<size_t>(out - start);
  return ok;
}

size_t AsciiPrefixLength(const uint8_t* input, size_t length) {
  size_t i = 0;
  // Eight bytes at a time while they are all ASCII.
  while (i + 8 <= length) {
    uint64_t word;
    std::memcpy(&word, input + i, 8);
    if ((word & 0x8080808080808080ull) != 0) break;
    i += 8;
  }
  while (i < length && input[i] < 0x80) ++i;
  return i;
}

}  // namespace isohost::isolate
