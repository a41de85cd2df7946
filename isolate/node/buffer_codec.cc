#include "isolate/node/buffer_codec.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>

#include <string.h>  // memmem

namespace isohost::isolate {
namespace {

constexpr char kBase64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64Url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kHexDigits[] = "0123456789abcdef";

// 0..63 for both alphabets, 0xFF for anything else.
struct Base64Table {
  uint8_t value[256];
  constexpr Base64Table() : value() {
    for (int i = 0; i < 256; ++i) value[i] = 0xFF;
    for (int i = 0; i < 64; ++i) {
      value[static_cast<uint8_t>(kBase64[i])] = static_cast<uint8_t>(i);
      value[static_cast<uint8_t>(kBase64Url[i])] = static_cast<uint8_t>(i);
    }
  }
};
constexpr Base64Table kUnbase64;

int Unhex(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The bytes the text decodes to at most, from its length and final '='s
// (whitespace and junk included, as Node counts).
size_t Base64DecodedBound(const uint8_t* text, size_t length) {
  if (length < 2) return 0;
  if (text[length - 1] == '=') {
    --length;
    if (text[length - 1] == '=') --length;
  }
  return length > 1 ? (length / 4) * 3 + (length % 4 + 1) / 2 : 0;
}

// Decoder position for the character-at-a-time path.
struct Base64Cursor {
  const uint8_t* text;
  size_t length;
  size_t i = 0;
  uint8_t* out;
  size_t capacity;
  size_t k = 0;

  // The next alphabet character's value; false (decoding ends) at a '='
  // or at the end of the text.
  bool Next(uint8_t* value) {
    for (;;) {
      uint8_t c = text[i++];
      *value = kUnbase64.value[c];
      if (*value < 64) return true;
      if (c == '=' || i >= length) return false;
    }
  }

  // One group of up to four characters; false when decoding ends.
  bool Group() {
    uint8_t hi;
    uint8_t lo;
    if (!Next(&lo)) return false;
    if (i >= length || k >= capacity) return false;
    hi = lo;
    if (!Next(&lo)) return false;
    out[k++] = static_cast<uint8_t>(((hi & 0x3F) << 2) | ((lo & 0x30) >> 4));
    if (i >= length || k >= capacity) return false;
    hi = lo;
    if (!Next(&lo)) return false;
    out[k++] = static_cast<uint8_t>(((hi & 0x0F) << 4) | ((lo & 0x3C) >> 2));
    if (i >= length || k >= capacity) return false;
    hi = lo;
    if (!Next(&lo)) return false;
    out[k++] = static_cast<uint8_t>(((hi & 0x03) << 6) | (lo & 0x3F));
    return true;
  }
};

// The first match of a needle in a haystack, both read through `at`
// functions (so that backward searches run over reversed views), from
// `start`; `length` when there is none. Short needles are compared
// directly; longer ones go through Knuth-Morris-Pratt, linear whatever the
// input ("baaa" backwards in "aaaa..." is m*n for Horspool).
template <typename Haystack, typename Needle>
size_t FirstMatch(Haystack hay, size_t length, Needle needle,
                  size_t needle_length, size_t start) {
  size_t last = length - needle_length;
  if (needle_length <= 32) {
    for (size_t i = start; i <= last; ++i) {
      size_t k = 0;
      while (k < needle_length && hay(i + k) == needle(k)) ++k;
      if (k == needle_length) return i;
    }
    return length;
  }
  std::unique_ptr<uint32_t[]> prefix(new (std::nothrow)
                                         uint32_t[needle_length]);
  if (prefix == nullptr) {
    // No memory for the table: the direct comparison still terminates.
    for (size_t i = start; i <= last; ++i) {
      size_t k = 0;
      while (k < needle_length && hay(i + k) == needle(k)) ++k;
      if (k == needle_length) return i;
    }
    return length;
  }
  prefix[0] = 0;
  for (size_t i = 1; i < needle_length; ++i) {
    uint32_t k = prefix[i - 1];
    while (k > 0 && needle(i) != needle(k)) k = prefix[k - 1];
    if (needle(i) == needle(k)) ++k;
    prefix[i] = k;
  }
  size_t matched = 0;
  for (size_t i = start; i < length; ++i) {
    while (matched > 0 && hay(i) != needle(matched)) {
      matched = prefix[matched - 1];
    }
    if (hay(i) == needle(matched)) ++matched;
    if (matched == needle_length) return i + 1 - needle_length;
  }
  return length;
}

template <typename Unit>
size_t SearchImpl(const Unit* haystack, size_t length, const Unit* needle,
                  size_t needle_length, size_t start, bool forward) {
  if (needle_length == 0 || length < needle_length) return length;
  size_t last = length - needle_length;
  if (forward) {
    if (start > last) return length;
    if constexpr (sizeof(Unit) == 1) {
      // glibc's memmem: two-way, linear.
      const void* found = memmem(haystack + start, length - start, needle,
                                 needle_length);
      return found == nullptr
                 ? length
                 : static_cast<size_t>(static_cast<const Unit*>(found) -
                                       haystack);
    } else {
      return FirstMatch([haystack](size_t i) { return haystack[i]; }, length,
                        [needle](size_t i) { return needle[i]; },
                        needle_length, start);
    }
  }
  // The last match starting at or before `start`: the first match of the
  // reversed needle in the reversed haystack [0, start + needle_length).
  size_t window = std::min(start, last) + needle_length;
  size_t found = FirstMatch(
      [haystack, window](size_t i) { return haystack[window - 1 - i]; },
      window,
      [needle, needle_length](size_t i) {
        return needle[needle_length - 1 - i];
      },
      needle_length, 0);
  if (found == window) return length;
  return window - found - needle_length;
}

}  // namespace

size_t Base64EncodedLength(size_t length, bool url) {
  if (!url) return (length + 2) / 3 * 4;
  return length / 3 * 4 + (length % 3 == 0 ? 0 : length % 3 + 1);
}

void Base64Encode(const uint8_t* input, size_t length, bool url, char* out) {
  const char* alphabet = url ? kBase64Url : kBase64;
  size_t i = 0;
  for (; i + 3 <= length; i += 3) {
    uint32_t v = (input[i] << 16) | (input[i + 1] << 8) | input[i + 2];
    *out++ = alphabet[v >> 18];
    *out++ = alphabet[(v >> 12) & 0x3F];
    *out++ = alphabet[(v >> 6) & 0x3F];
    *out++ = alphabet[v & 0x3F];
  }
  size_t rest = length - i;
  if (rest == 0) return;
  uint32_t v = input[i] << 16;
  if (rest == 2) v |= input[i + 1] << 8;
  *out++ = alphabet[v >> 18];
  *out++ = alphabet[(v >> 12) & 0x3F];
  if (rest == 2) {
    *out++ = alphabet[(v >> 6) & 0x3F];
  } else if (!url) {
    *out++ = '=';
  }
  if (!url) *out++ = '=';
}

size_t Base64Decode(const uint8_t* text, size_t text_length, uint8_t* out,
                    size_t capacity) {
  size_t bound = Base64DecodedBound(text, text_length);
  size_t available = std::min(capacity, bound);
  // Whole groups of four alphabet characters go straight through; the
  // first group with anything else (and the tail) go one character at a
  // time.
  size_t whole_k = available / 3 * 3;
  size_t whole_i = text_length / 4 * 4;
  Base64Cursor cursor{text, text_length, 0, out, capacity, 0};
  while (cursor.i < whole_i && cursor.k < whole_k) {
    const uint8_t* group = text + cursor.i;
    uint8_t a = kUnbase64.value[group[0]];
    uint8_t b = kUnbase64.value[group[1]];
    uint8_t c = kUnbase64.value[group[2]];
    uint8_t d = kUnbase64.value[group[3]];
    if ((a | b | c | d) & 0x80) {
      if (!cursor.Group()) return cursor.k;
      whole_i = cursor.i + (text_length - cursor.i) / 4 * 4;
      continue;
    }
    out[cursor.k] = static_cast<uint8_t>((a << 2) | (b >> 4));
    out[cursor.k + 1] = static_cast<uint8_t>(((b & 0x0F) << 4) | (c >> 2));
    out[cursor.k + 2] = static_cast<uint8_t>(((c & 0x03) << 6) | d);
    cursor.i += 4;
    cursor.k += 3;
  }
  if (cursor.i < text_length && cursor.k < capacity) cursor.Group();
  return cursor.k;
}

void HexEncode(const uint8_t* input, size_t length, char* out) {
  for (size_t i = 0; i < length; ++i) {
    *out++ = kHexDigits[input[i] >> 4];
    *out++ = kHexDigits[input[i] & 0x0F];
  }
}

size_t HexDecode(const uint8_t* text, size_t text_length, uint8_t* out,
                 size_t capacity) {
  size_t i = 0;
  for (; i < capacity && i * 2 + 1 < text_length; ++i) {
    int high = Unhex(text[i * 2]);
    int low = Unhex(text[i * 2 + 1]);
    if (high < 0 || low < 0) break;
    out[i] = static_cast<uint8_t>((high << 4) | low);
  }
  return i;
}

int64_t SearchStart(size_t length, int64_t offset, int64_t needle_length,
                    bool forward) {
  int64_t size = static_cast<int64_t>(length);
  if (offset < 0) {
    if (offset + size >= 0) return size + offset;  // from the end
    return forward || needle_length == 0 ? 0 : -1;
  }
  if (offset + needle_length <= size) return offset;
  if (needle_length == 0) return size;
  return forward ? -1 : size - 1;
}

size_t Search(const uint8_t* haystack, size_t length, const uint8_t* needle,
              size_t needle_length, size_t start, bool forward) {
  return SearchImpl(haystack, length, needle, needle_length, start, forward);
}

size_t Search(const uint16_t* haystack, size_t length, const uint16_t* needle,
              size_t needle_length, size_t start, bool forward) {
  return SearchImpl(haystack, length, needle, needle_length, start, forward);
}

bool IsUtf8(const uint8_t* input, size_t length) {
  size_t i = 0;
  while (i < length) {
    uint8_t byte = input[i];
    if (byte < 0x80) {
      ++i;
      continue;
    }
    size_t needed;
    uint8_t lower = 0x80;
    uint8_t upper = 0xBF;
    if (byte >= 0xC2 && byte <= 0xDF) {
      needed = 1;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      needed = 2;
      if (byte == 0xE0) lower = 0xA0;
      if (byte == 0xED) upper = 0x9F;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      needed = 3;
      if (byte == 0xF0) lower = 0x90;
      if (byte == 0xF4) upper = 0x8F;
    } else {
      return false;
    }
    if (length - i - 1 < needed) return false;
    if (input[i + 1] < lower || input[i + 1] > upper) return false;
    for (size_t k = 2; k <= needed; ++k) {
      if ((input[i + k] & 0xC0) != 0x80) return false;
    }
    i += needed + 1;
  }
  return true;
}

bool IsAscii(const uint8_t* input, size_t length) {
  size_t i = 0;
  while (i + 8 <= length) {
    uint64_t word;
    std::memcpy(&word, input + i, 8);
    if ((word & 0x8080808080808080ull) != 0) return false;
    i += 8;
  }
  for (; i < length; ++i) {
    if (input[i] >= 0x80) return false;
  }
  return true;
}

}  // namespace isohost::isolate
