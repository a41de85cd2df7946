// isolate/binding_util.h: the small pieces every C++ binding's Install()
// and callbacks share (see BuiltinRegistry::AddBinding, isolate/builtins.h).
//
// Runtime thread only, inside the runtime's context (they make handles).
#ifndef ISOHOST_ISOLATE_BINDING_UTIL_H_
#define ISOHOST_ISOLATE_BINDING_UTIL_H_

#include <cstddef>
#include <cstdint>

#include "v8-function-callback.h"
#include "v8-isolate.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

class Runtime;

// Sets `target[name]` to a new function named `name` that runs `callback`
// (`data` is its FunctionCallbackInfo::Data()).
void SetMethod(Runtime& runtime, v8::Local<v8::Object> target,
               const char* name, v8::FunctionCallback callback,
               v8::Local<v8::Value> data = v8::Local<v8::Value>());

// Sets `target[name]` to `value`.
void SetValue(Runtime& runtime, v8::Local<v8::Object> target,
              const char* name, v8::Local<v8::Value> value);

// Throws Node's ERR_STRING_TOO_LONG Error ("Cannot create a string longer
// than 0x1fffffe8 characters").
void ThrowStringTooLong(v8::Isolate* isolate);

// Sets the return value to the string of `length` Latin-1 `bytes`, or
// throws ERR_STRING_TOO_LONG when V8 cannot make one that long.
void ReturnOneByteString(const v8::FunctionCallbackInfo<v8::Value>& args,
                         const uint8_t* bytes, size_t length);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_BINDING_UTIL_H_
