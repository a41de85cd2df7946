// isolate/web/blob_binding.h: binding('blob'), UTF-8 for Blob and friends.
//
// String <-> UTF-8 bytes through V8's own codec (lone surrogates become
// U+FFFD when encoding; malformed input becomes U+FFFD per maximal
// subpart when decoding, as the Encoding Standard and Node do). The
// encoder writes into a view JS allocated (utf8Length() first), so an
// allocation at the runtime's memory cap fails as an ordinary RangeError.
// Runtime thread only (V8 callbacks).
#ifndef ISOHOST_ISOLATE_WEB_BLOB_BINDING_H_
#define ISOHOST_ISOLATE_WEB_BLOB_BINDING_H_

#include "isolate/runtime.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

// Fills `target` with the binding's functions (BuiltinRegistry installer).
void InstallBlobBinding(Runtime& runtime, v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WEB_BLOB_BINDING_H_
