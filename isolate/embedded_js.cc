#include "isolate/embedded_js.h"

#include "isolate/v8_util.h"
#include "v8-context.h"
#include "v8-primitive.h"

namespace isohost::isolate {
namespace {

// An embedded source as a V8 string. Our sources live as long as the
// process, so an ASCII one becomes an external string over the embedded
// bytes (no UTF-8 decoding or copy of ~100 KB per runtime: 6% of a
// worker's start-up instructions); any other is decoded as usual.
class EmbeddedSourceResource : public v8::String::ExternalOneByteStringResource {
 public:
  explicit EmbeddedSourceResource(std::string_view text) : text_(text) {}
  const char* data() const override { return text_.data(); }
  size_t length() const override { return text_.size(); }

 private:
  const std::string_view text_;
};

bool IsAscii(std::string_view text) {
  // Cached per source (the same few dozen embedded sources are asked for
  // again by every runtime). Thread-safe.
  static absl::Mutex mu(absl::kConstInit);
  static auto* known = new std::map<const char*, bool>();
  absl::MutexLock lock(&mu);
  auto it = known->find(text.data());
  if (it != known->end()) return it->second;
  bool ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  known->emplace(text.data(), ascii);
  return ascii;
}

v8::Local<v8::String> EmbeddedSourceString(v8::Isolate* isolate,
                                           std::string_view text) {
  v8::Local<v8::String> string;
  if (IsAscii(text) &&
      v8::String::NewExternalOneByte(isolate,
                                     new EmbeddedSourceResource(text))
          .ToLocal(&string)) {
    return string;
  }
  return NewString(isolate, text);
}

}  // namespace

v8::MaybeLocal<v8::Function> CompileInternal(v8::Isolate* isolate,
                                             std::string_view name,
                                             std::string_view source,
                                             v8::Local<v8::Script>* compiled) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ScriptOrigin origin(isolate, NewString(isolate, name));
  v8::ScriptCompiler::CachedData* cached =
      EmbeddedCodeCache::Get().Find(std::string(name));
  // Source owns `cached` from here.
  v8::ScriptCompiler::Source script_source(EmbeddedSourceString(isolate, source),
                                           origin, cached);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::ScriptCompiler::Compile(context, &script_source,
                                   cached != nullptr
                                       ? v8::ScriptCompiler::kConsumeCodeCache
                                       : v8::ScriptCompiler::kNoCompileOptions)
           .ToLocal(&script) ||
      !script->Run(context).ToLocal(&result) || !result->IsFunction()) {
    return {};
  }
  *compiled = script;
  return result.As<v8::Function>();
}
}  // namespace isohost::isolate
