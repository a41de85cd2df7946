#include "isolate/v8_util.h"

#include "v8-exception.h"

namespace isohost::isolate {

v8::Local<v8::String> NewString(v8::Isolate* isolate, std::string_view text) {
  v8::Local<v8::String> result;
  if (!v8::String::NewFromUtf8(isolate, text.data(), v8::NewStringType::kNormal,
                               static_cast<int>(text.size()))
           .ToLocal(&result)) {
    return v8::String::Empty(isolate);
  }
  return result;
}

std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value.IsEmpty()) return "";
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::String> string;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&string)) {
    return "";
  }
  // Lone surrogates become U+FFFD, as Node writes them.
  std::string result(string->Utf8Length(isolate), '\0');
  int written = string->WriteUtf8(isolate, result.data(),
                                  static_cast<int>(result.size()), nullptr,
                                  v8::String::NO_NULL_TERMINATION |
                                      v8::String::REPLACE_INVALID_UTF8);
  result.resize(static_cast<size_t>(written));
  return result;
}

}  // namespace isohost::isolate
