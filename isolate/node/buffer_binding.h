// isolate/node/buffer_binding.h: binding('buffer'), the C++ half of
// node:buffer (isolate/node/js/buffer.js) and of atob/btoa.
//
// Stateless functions on the runtime's thread. JS checks arguments and
// allocates every buffer (so a failed allocation is a RangeError, never a
// V8 abort); C++ only reads and fills memory the views already own.
// Encodings are BufferEncoding numbers (buffer_codec.h).
//   byteLengthUtf8(string)
//   slice(view, start, end, encoding) -> string
//   write(view, string, offset, length, encoding) -> bytes written
//   fill(view, value, start, end, encoding) -> undefined, -1 (the value
//       encodes to nothing), -2 (out of bounds)
//   indexOfString(view, string, offset, encoding, forward)
//   indexOfBuffer(view, needle, offset, encoding, forward)
//   indexOfNumber(view, byte, offset, forward)
//   compare(a, b), compareOffset(source, target, targetStart, sourceStart,
//       targetEnd, sourceEnd) -> -1, 0, 1
//   swap16/swap32/swap64(view), isUtf8(view), isAscii(view)
//   latin1ToBase64(string), base64ToLatin1(string) (btoa, atob)
//   transcode(view, from, to) -> bytes as a one-byte string, or
//       [ICU error name, errno] (buffer_transcode.h)
#ifndef ISOHOST_ISOLATE_NODE_BUFFER_BINDING_H_
#define ISOHOST_ISOLATE_NODE_BUFFER_BINDING_H_

#include "isolate/runtime.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

void InstallBufferBinding(Runtime& runtime, v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_NODE_BUFFER_BINDING_H_
