#include "isolate/errors.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"

namespace isohost::isolate {

std::string FormatErrorLocation(v8::Isolate* isolate,
                                v8::Local<v8::Context> context,
                                v8::Local<v8::Value> exception,
                                v8::Local<v8::Message> message) {
  if (message.IsEmpty()) return "";
  v8::Local<v8::Value> resource = message->GetScriptResourceName();
  int line = message->GetLineNumber(context).FromMaybe(0);
  if (resource.IsEmpty() || !resource->IsString() || line <= 0) return "";
  std::string text = absl::StrCat(ToStdString(isolate, resource), ":", line,
                                  "\n");
  v8::Local<v8::String> source_line;
  if (message->GetSourceLine(context).ToLocal(&source_line)) {
    std::string source = ToStdString(isolate, source_line);
    int start = message->GetStartColumn(context).FromMaybe(0);
    int end = message->GetEndColumn(context).FromMaybe(start + 1);
    bool syntax_error = false;
    if (exception->IsNativeError()) {
      v8::Local<v8::Value> name;
      v8::TryCatch try_catch(isolate);
      if (exception.As<v8::Object>()
              ->Get(context, NewString(isolate, "name"))
              .ToLocal(&name)) {
        syntax_error = ToStdString(isolate, name) == "SyntaxError";
      }
    }
    int width = syntax_error ? std::max(1, end - start) : 1;
    absl::StrAppend(&text, source, "\n", std::string(std::max(0, start), ' '),
                    std::string(width, '^'), "\n");
  }
  // Node separates the location from an Error's stack with an empty line,
  // but prints a thrown non-Error value right under the caret.
  if (exception->IsNativeError()) text += "\n";
  return text;
}

v8::Local<v8::Object> NewCodedError(v8::Isolate* isolate, const std::string& code,
                                    const std::string& text) {
  v8::Local<v8::Object> error =
      v8::Exception::Error(NewString(isolate, text)).As<v8::Object>();
  error->Set(isolate->GetCurrentContext(), NewString(isolate, "code"),
             NewString(isolate, code))
      .FromMaybe(false);
  return error;
}

}  // namespace isohost::isolate
