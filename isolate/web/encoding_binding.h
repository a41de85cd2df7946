// isolate/web/encoding_binding.h: binding('encoding'), the C++ half of
// TextEncoder / TextDecoder (isolate/web/js/encoding.js).
//
// Functions (all on the runtime's thread; no state of their own: a
// streaming decoder's state lives in a small Uint8Array its JS object owns):
//   utf8Length(string) -> bytes of its UTF-8 form (lone surrogates as
//       U+FFFD)
//   encodeUtf8(string, uint8array) -> writes that UTF-8 into the array
//       (JS allocates it, so a failed allocation is a RangeError, never a
//       V8 abort)
//   encodeInto(string, uint8array) -> fills encodeIntoResult[0] (UTF-16
//       units read) and [1] (bytes written): V8's WriteUtf8, as Node
//   decode(input, kind, state, flags) -> string; undefined when `input` is
//       no ArrayBuffer / SharedArrayBuffer / view; null when it is not valid
//       for the encoding and flags has kFatal (the state then what Node's
//       ICU converter keeps after an error: text_codec.h)
//   legacyDecoder(name, fatal) / legacyDecode(handle, input, flush): other
//       encodings through an ICU converter (icu_text_decoder.h)
#ifndef ISOHOST_ISOLATE_WEB_ENCODING_BINDING_H_
#define ISOHOST_ISOLATE_WEB_ENCODING_BINDING_H_

#include "isolate/runtime.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

// decode() flags.
inline constexpr int kDecodeFlush = 1;
inline constexpr int kDecodeFatal = 2;
inline constexpr int kDecodeIgnoreBom = 4;

// Bytes of a decoder's state array (TextDecodeState plus the BOM flag).
inline constexpr int kDecodeStateBytes = 16;

void InstallEncodingBinding(Runtime& runtime, v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WEB_ENCODING_BINDING_H_
