#include "isolate/node/buffer_transcode.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <memory>
#include <vector>

namespace isohost::isolate {
namespace {

const char* IcuName(int encoding) {
  switch (static_cast<BufferEncoding>(encoding)) {
    case BufferEncoding::kAscii:
      return "us-ascii";
    case BufferEncoding::kLatin1:
      return "iso8859-1";
    case BufferEncoding::kUcs2:
      return "utf16le";
    case BufferEncoding::kUtf8:
      return "utf-8";
    default:
      return nullptr;
  }
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter Open(const char* name, UErrorCode* status) {
  return Converter(ucnv_open(name, status));
}

}  // namespace

int Transcode(int from, int to, const uint8_t* input, size_t length,
              std::string* out) {
  out->clear();
  const char* from_name = from < 0 ? nullptr : IcuName(from);
  const char* to_name = to < 0 ? nullptr : IcuName(to);
  if (from_name == nullptr || to_name == nullptr) {
    return U_ILLEGAL_ARGUMENT_ERROR;
  }
  auto from_encoding = static_cast<BufferEncoding>(from);
  auto to_encoding = static_cast<BufferEncoding>(to);
  UErrorCode status = U_ZERO_ERROR;

  if (to_encoding == BufferEncoding::kUcs2 &&
      (from_encoding == BufferEncoding::kAscii ||
       from_encoding == BufferEncoding::kLatin1)) {
    out->resize(length * 2);
    for (size_t i = 0; i < length; ++i) {
      (*out)[2 * i] = static_cast<char>(input[i]);
      (*out)[2 * i + 1] = 0;
    }
    return 0;
  }
  if (from_encoding == BufferEncoding::kUtf8 &&
      to_encoding == BufferEncoding::kUcs2) {
    int32_t units = 0;
    u_strFromUTF8(nullptr, 0, &units, reinterpret_cast<const char*>(input),
                  static_cast<int32_t>(length), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return status;
    status = U_ZERO_ERROR;
    std::vector<UChar> text(static_cast<size_t>(units) + 1);
    u_strFromUTF8(text.data(), units, &units,
                  reinterpret_cast<const char*>(input),
                  static_cast<int32_t>(length), &status);
    if (U_FAILURE(status)) return status;
    out->resize(static_cast<size_t>(units) * 2);
    for (int32_t i = 0; i < units; ++i) {
      (*out)[2 * i] = static_cast<char>(text[i] & 0xFF);
      (*out)[2 * i + 1] = static_cast<char>(text[i] >> 8);
    }
    return 0;
  }
  if (from_encoding == BufferEncoding::kUcs2 &&
      to_encoding == BufferEncoding::kUtf8) {
    size_t units = length / 2;
    std::vector<UChar> text(units + 1);
    for (size_t i = 0; i < units; ++i) {
      text[i] = static_cast<UChar>(input[2 * i] | (input[2 * i + 1] << 8));
    }
    int32_t bytes = 0;
    u_strToUTF8(nullptr, 0, &bytes, text.data(), static_cast<int32_t>(units),
                &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return status;
    status = U_ZERO_ERROR;
    out->resize(static_cast<size_t>(bytes) + 1);
    u_strToUTF8(out->data(), bytes, &bytes, text.data(),
                static_cast<int32_t>(units), &status);
    if (U_FAILURE(status)) return status;
    out->resize(static_cast<size_t>(bytes));
    return 0;
  }

  // Everything else: ICU from one converter to the other, '?' for what
  // the target cannot represent.
  Converter source = Open(from_name, &status);
  Converter target = Open(to_name, &status);
  if (U_FAILURE(status)) return status;
  int8_t sub_length = ucnv_getMinCharSize(target.get());
  std::string substitute(static_cast<size_t>(sub_length), '?');
  UErrorCode ignored = U_ZERO_ERROR;
  ucnv_setSubstChars(target.get(), substitute.data(), sub_length, &ignored);
  if (from_encoding == BufferEncoding::kUcs2 &&
      to_encoding != BufferEncoding::kUcs2) {
    // Whole UTF-16 units only: an odd last byte is dropped.
    size_t units = length / 2;
    std::vector<UChar> text(units + 1);
    for (size_t i = 0; i < units; ++i) {
      text[i] = static_cast<UChar>(input[2 * i] | (input[2 * i + 1] << 8));
    }
    size_t limit = units * static_cast<size_t>(
                               ucnv_getMaxCharSize(target.get())) + 16;
    out->resize(limit);
    int32_t written = ucnv_fromUChars(target.get(), out->data(),
                                      static_cast<int32_t>(limit), text.data(),
                                      static_cast<int32_t>(units), &status);
    if (U_FAILURE(status)) return status;
    out->resize(static_cast<size_t>(written));
    return 0;
  }
  size_t limit = length * static_cast<size_t>(
                              ucnv_getMaxCharSize(target.get())) + 16;
  out->resize(limit);
  char* write = out->data();
  const char* read = reinterpret_cast<const char*>(input);
  ucnv_convertEx(target.get(), source.get(), &write, write + limit, &read,
                 read + length, nullptr, nullptr, nullptr, nullptr, true,
                 true, &status);
  if (U_FAILURE(status)) return status;
  out->resize(static_cast<size_t>(write - out->data()));
  return 0;
}

const char* TranscodeErrorName(int code) {
  return u_errorName(static_cast<UErrorCode>(code));
}

}  // namespace isohost::isolate
