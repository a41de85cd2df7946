// isolate/module_loader.h: ES modules for one runtime.
//
// ModuleLoader compiles, links and caches a runtime's ES modules: static
// `import` of relative and absolute paths (and file: URLs), dynamic
// `import()` from modules and classic scripts, `import.meta.url`,
// `.filename` and `.dirname`, and top-level await. Module records are keyed
// by their normalised absolute path, so a module is evaluated once however
// it is reached. Bare specifiers ('lodash') are an error: there is no
// package resolution in isohost.
//
// Ownership: one per Runtime, owned by it. Thread-affine to the runtime's
// thread; V8 calls the static callbacks there.
#ifndef ISOHOST_ISOLATE_MODULE_LOADER_H_
#define ISOHOST_ISOLATE_MODULE_LOADER_H_

#include <map>
#include <string>
#include <unordered_map>

#include "v8-isolate.h"
#include "v8-persistent-handle.h"
#include "v8-script.h"

namespace isohost::isolate {

class Runtime;

class ModuleLoader {
 public:
  explicit ModuleLoader(Runtime* runtime) : runtime_(runtime) {}
  ModuleLoader(const ModuleLoader&) = delete;
  ModuleLoader& operator=(const ModuleLoader&) = delete;

  // Sets the isolate-wide V8 callbacks (dynamic import, import.meta).
  static void InstallCallbacks(v8::Isolate* isolate);

  // Compiles `absolute_path` and everything it imports, and instantiates
  // the graph. Throws (and returns empty) on a missing file, a syntax error
  // or a failed link.
  v8::MaybeLocal<v8::Module> LoadAndLink(const std::string& absolute_path);

  // Makes `absolute_path` resolve to `source` instead of the file system
  // (a host worker's inline module source).
  void Provide(const std::string& absolute_path, std::string source) {
    provided_[absolute_path] = std::move(source);
  }

  // "file:///a/b.mjs" for "/a/b.mjs" (percent-encoding what a URL must).
  static std::string PathToUrl(const std::string& path);
  // The inverse, decoding percent-escapes; other strings come back as-is.
  static std::string UrlToPath(const std::string& url);

 private:
  struct DynamicImport;
  void FinishImport(DynamicImport& request);

  v8::MaybeLocal<v8::Module> Compile(const std::string& absolute_path);
  // Resolves `specifier` against the file `referrer_path`; throws an
  // ERR_MODULE_NOT_FOUND-style error into the isolate on failure.
  bool Resolve(const std::string& specifier, const std::string& referrer_path,
               std::string* resolved);
  std::string PathOf(v8::Local<v8::Module> module) const;

  static v8::MaybeLocal<v8::Module> ResolveCallback(
      v8::Local<v8::Context> context, v8::Local<v8::String> specifier,
      v8::Local<v8::FixedArray> import_assertions,
      v8::Local<v8::Module> referrer);
  static v8::MaybeLocal<v8::Promise> ImportDynamically(
      v8::Local<v8::Context> context, v8::Local<v8::Data> host_defined_options,
      v8::Local<v8::Value> resource_name, v8::Local<v8::String> specifier,
      v8::Local<v8::FixedArray> import_assertions);
  static void InitializeImportMeta(v8::Local<v8::Context> context,
                                   v8::Local<v8::Module> module,
                                   v8::Local<v8::Object> meta);

  Runtime* const runtime_;
  std::map<std::string, std::string> provided_;
  std::map<std::string, v8::Global<v8::Module>> by_path_;
  // identity hash -> paths with that hash (collisions are rare but legal)
  std::unordered_multimap<int, std::string> path_by_hash_;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_MODULE_LOADER_H_
