// isolate/v8_util.h: small conversions between V8 values and C++ strings.
// Runtime thread only (they use the current isolate's handles).
#ifndef ISOHOST_ISOLATE_V8_UTIL_H_
#define ISOHOST_ISOLATE_V8_UTIL_H_

#include <string>
#include <string_view>

#include "v8-isolate.h"
#include "v8-local-handle.h"
#include "v8-primitive.h"

namespace isohost::isolate {

// A V8 string from UTF-8 bytes; an empty string if V8 refuses (too long).
v8::Local<v8::String> NewString(v8::Isolate* isolate, std::string_view text);

// A value's ToString() as UTF-8; "" when conversion throws.
std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_V8_UTIL_H_
