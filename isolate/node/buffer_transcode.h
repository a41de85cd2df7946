// isolate/node/buffer_transcode.h: buffer.transcode() between ascii,
// latin1, ucs2 and utf8 through ICU, reproducing Node 20's choices: '?' for
// what the target cannot hold, U+FFFD for bytes the source encoding does
// not define, strict conversions (an error) for utf8 -> ucs2 and
// ucs2 -> utf8, and ascii/latin1 -> ucs2 as a plain widening.
//
// Thread-compatible: a pure function (ICU converters are opened per call).
#ifndef ISOHOST_ISOLATE_NODE_BUFFER_TRANSCODE_H_
#define ISOHOST_ISOLATE_NODE_BUFFER_TRANSCODE_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "isolate/node/buffer_codec.h"

namespace isohost::isolate {

// Converts `input` from one encoding to the other into `*out`. Returns 0,
// or ICU's error code (U_ILLEGAL_ARGUMENT_ERROR = 1 for an encoding it
// cannot transcode, U_INVALID_CHAR_FOUND = 10, ...); `from`/`to` outside
// the four supported encodings (or negative) are illegal arguments.
int Transcode(int from, int to, const uint8_t* input, size_t length,
              std::string* out);

// ICU's name for an error code from Transcode() ("U_INVALID_CHAR_FOUND").
const char* TranscodeErrorName(int code);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_NODE_BUFFER_TRANSCODE_H_
