#include "isolate/binding_util.h"

#include "isolate/runtime.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-primitive.h"

namespace isohost::isolate {

void SetMethod(Runtime& runtime, v8::Local<v8::Object> target,
               const char* name, v8::FunctionCallback callback,
               v8::Local<v8::Value> data) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::Context> context = runtime.context();
  v8::Local<v8::Function> function =
      v8::Function::New(context, callback, data).ToLocalChecked();
  v8::Local<v8::String> key = NewString(isolate, name);
  function->SetName(key);
  target->Set(context, key, function).Check();
}

void SetValue(Runtime& runtime, v8::Local<v8::Object> target,
              const char* name, v8::Local<v8::Value> value) {
  target->Set(runtime.context(), NewString(runtime.isolate(), name), value)
      .Check();
}

void ThrowStringTooLong(v8::Isolate* isolate) {
  v8::Local<v8::Object> error =
      v8::Exception::Error(
          NewString(isolate, "Cannot create a string longer than 0x1fffffe8 "
                             "characters"))
          .As<v8::Object>();
  error
      ->Set(isolate->GetCurrentContext(), NewString(isolate, "code"),
            NewString(isolate, "ERR_STRING_TOO_LONG"))
      .Check();
  isolate->ThrowException(error);
}

void ReturnOneByteString(const v8::FunctionCallbackInfo<v8::Value>& args,
                         const uint8_t* bytes, size_t length) {
  if (length == 0) {
    args.GetReturnValue().SetEmptyString();
    return;
  }
  v8::Local<v8::String> result;
  if (length > static_cast<size_t>(v8::String::kMaxLength) ||
      !v8::String::NewFromOneByte(args.GetIsolate(), bytes,
                                  v8::NewStringType::kNormal,
                                  static_cast<int>(length))
           .ToLocal(&result)) {
    ThrowStringTooLong(args.GetIsolate());
    return;
  }
  args.GetReturnValue().Set(result);
}

}  // namespace isohost::isolate
