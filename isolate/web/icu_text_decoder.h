// isolate/web/icu_text_decoder.h: TextDecoder for the Encoding standard's
// legacy encodings (koi8-r, shift_jis, gbk, iso-8859-2, ...) through an ICU
// converter, as Node does with its ICU build.
//
// IcuTextDecoder is one open UConverter with Node's settings: errors stop
// decoding when fatal, else each becomes ICU's substitute (U+FFFD). It is
// owned by the backing store of an ArrayBuffer that only the TextDecoder's
// JS object holds (the handle legacyDecoder() returns): the backing store's
// deleter closes the converter when V8 collects the buffer or disposes the
// isolate, so nothing leaks and no cleanup hook is needed. Thread-affine to
// its runtime's thread (V8 may run the deleter elsewhere, which only frees).
#ifndef ISOHOST_ISOLATE_WEB_ICU_TEXT_DECODER_H_
#define ISOHOST_ISOLATE_WEB_ICU_TEXT_DECODER_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "v8-array-buffer.h"
#include "v8-local-handle.h"

struct UConverter;

namespace isohost::isolate {

class IcuTextDecoder {
 public:
  // A handle (an ArrayBuffer owning a new decoder) for ICU's converter
  // `name`, or an empty handle when ICU has none.
  static v8::MaybeLocal<v8::ArrayBuffer> New(v8::Isolate* isolate,
                                            const std::string& name,
                                            bool fatal);
  // The decoder a handle from New() owns; null for anything else.
  static IcuTextDecoder* FromHandle(v8::Local<v8::Value> handle);

  IcuTextDecoder(const IcuTextDecoder&) = delete;
  IcuTextDecoder& operator=(const IcuTextDecoder&) = delete;

  // Decodes `input` after what earlier calls left pending; `flush` ends the
  // stream (and resets the converter). False on invalid input when fatal
  // (the converter is then reset only if `flush`).
  bool Decode(const uint8_t* input, size_t length, bool flush,
              std::u16string* out);

 private:
  static constexpr uint32_t kMagic = 0x49435544;  // "ICUD"
  IcuTextDecoder(UConverter* converter) : converter_(converter) {}
  ~IcuTextDecoder();
  static void Delete(void* data, size_t length, void* deleter_data);

  uint32_t magic_ = kMagic;
  UConverter* converter_;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WEB_ICU_TEXT_DECODER_H_
