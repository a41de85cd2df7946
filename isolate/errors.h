// isolate/errors.h: Node-style reporting of uncaught errors.
#ifndef ISOHOST_ISOLATE_ERRORS_H_
#define ISOHOST_ISOLATE_ERRORS_H_

#include <string>

#include "v8-context.h"
#include "v8-message.h"

namespace isohost::isolate {

// The lines Node prints above an uncaught error: "file:line", the source
// line, and a caret under the failing column (underlining the whole token
// for a SyntaxError), then an empty line for Error objects. Returns "" when
// the message has no location. Runtime thread only.
std::string FormatErrorLocation(v8::Isolate* isolate,
                                v8::Local<v8::Context> context,
                                v8::Local<v8::Value> exception,
                                v8::Local<v8::Message> message);

// A new Error with a Node-style `code` property ("ERR_ACCESS_DENIED", ...),
// its message "text". Runtime thread only.
v8::Local<v8::Object> NewCodedError(v8::Isolate* isolate, const std::string& code,
                                    const std::string& text);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_ERRORS_H_
