// isolate/embedded_js.h: compiling the JS embedded in the binary (the
// bootstrap, inspect and every built-in) with V8's code cache.
//
// EmbeddedCodeCache holds one code cache per embedded source for the whole
// process: the first runtime compiles a source and saves the bytecode of
// what ran; later runtimes start from it. Thread-safe (a mutex); saved
// entries are never changed or freed, so Find()'s pointers stay valid.
// CompileInternal() is runtime-thread only.
#ifndef ISOHOST_ISOLATE_EMBEDDED_JS_H_
#define ISOHOST_ISOLATE_EMBEDDED_JS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "v8-function.h"
#include "v8-isolate.h"
#include "v8-script.h"

namespace isohost::isolate {

// The process's code caches of the embedded JS (see the banner). A
// never-destroyed singleton; any thread.
class EmbeddedCodeCache {
 public:
  static EmbeddedCodeCache& Get() {
    static EmbeddedCodeCache* cache = new EmbeddedCodeCache();
    return *cache;
  }
  // A CachedData for `name` (not owning the bytes, which live as long as
  // the process), or null if none was saved yet.
  v8::ScriptCompiler::CachedData* Find(const std::string& name) {
    absl::MutexLock lock(&mu_);
    auto it = entries_.find(name);
    if (it == entries_.end()) return nullptr;
    const std::vector<uint8_t>& bytes = *it->second.back();
    return new v8::ScriptCompiler::CachedData(
        bytes.data(), static_cast<int>(bytes.size()),
        v8::ScriptCompiler::CachedData::BufferNotOwned);
  }
  // Saves the first cache of `name`; with `refresh`, replaces it once more
  // (the bootstrap again, after its first runtime ran an entry: functions
  // compiled since, like runCommonJsMain, join the cache).
  void Save(const std::string& name, v8::Local<v8::UnboundScript> script,
            bool refresh = false) {
    {
      absl::MutexLock lock(&mu_);
      auto it = entries_.find(name);
      if (it != entries_.end() && (!refresh || it->second.size() > 1)) return;
      if (it == entries_.end() && refresh) return;
    }
    std::unique_ptr<v8::ScriptCompiler::CachedData> data(
        v8::ScriptCompiler::CreateCodeCache(script));
    if (data == nullptr || data->length <= 0) return;
    absl::MutexLock lock(&mu_);
    auto& versions = entries_[name];
    if (versions.size() > (refresh ? 1u : 0u)) return;  // another thread won
    // Never erased or changed once saved (a newer version is added
    // beside it): Find()'s pointers stay valid.
    versions.push_back(std::make_unique<std::vector<uint8_t>>(
        data->data, data->data + data->length));
  }

 private:
  absl::Mutex mu_;
  std::map<std::string, std::vector<std::unique_ptr<std::vector<uint8_t>>>>
      entries_ ABSL_GUARDED_BY(mu_);
};


// Compiles and runs the embedded source `name`, whose completion value must
// be a function (our sources are function expressions), from the code
// cache when there is one. `compiled` gets the script (for Save()). Empty
// with an exception pending on failure.
v8::MaybeLocal<v8::Function> CompileInternal(v8::Isolate* isolate,
                                             std::string_view name,
                                             std::string_view source,
                                             v8::Local<v8::Script>* compiled);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_EMBEDDED_JS_H_
