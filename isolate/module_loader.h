// isolate/module_loader.h: ES modules for one runtime.
//
// ModuleLoader compiles, links and caches a runtime's ES modules: static
// `import` and dynamic `import()` (from modules, CommonJS and classic
// scripts), `import.meta.url`, `.filename`, `.dirname`, and top-level
// await. Specifiers are resolved as Node resolves them for import
// (relative and absolute paths, file: URLs, `node:` built-ins, bare package
// names through node_modules and package.json "exports"/"imports"): the
// algorithm lives in JS (isolate/modules/js/resolve.js), asked through
// internal:modules/esm. What an import yields depends on the target:
//   an ES module      a source text module
//   a CommonJS file   a synthetic module: `default` is module.exports, and
//                     the names Node's lexer would find are named exports
//   a JSON file       a synthetic module with `default` (needs
//                     `assert { type: 'json' }`, as in Node 20)
//   a built-in        a synthetic module: `default` and its own keys
// Module records are keyed by real path (or "node:x"), so a module is
// evaluated once however it is reached.
//
// Ownership: one per Runtime, owned by it. Thread-affine to the runtime's
// thread; V8 calls the static callbacks there.
#ifndef ISOHOST_ISOLATE_MODULE_LOADER_H_
#define ISOHOST_ISOLATE_MODULE_LOADER_H_

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "v8-function.h"
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

  // Compiles the ES module `absolute_path` and everything it imports, and
  // instantiates the graph. Throws (and returns empty) on a missing file, a
  // syntax error, a resolution error or a failed link.
  v8::MaybeLocal<v8::Module> LoadAndLink(const std::string& absolute_path);

  // require() of the ES module at `path` (Node 20.19+): links and
  // evaluates it synchronously and returns its namespace. Throws
  // ERR_REQUIRE_ASYNC_MODULE for a graph with top-level await, or what
  // evaluation threw.
  v8::MaybeLocal<v8::Value> RequireModule(const std::string& path);

  // Makes `absolute_path` resolve to `source` instead of the file system
  // (a host worker's inline module source).
  void Provide(const std::string& absolute_path, std::string source) {
    provided_[absolute_path] = std::move(source);
  }

  // Compiles CommonJS source as Node's module wrapper function
  // (exports, require, module, __filename, __dirname); a leading `#!` line
  // is ignored. Throws a SyntaxError (with the file's line and column).
  static v8::MaybeLocal<v8::Function> CompileCommonJs(
      v8::Isolate* isolate, std::string_view source,
      const std::string& filename);

  // The "type" of the package.json that governs the file at `path` (the
  // nearest one above it, inside the root, not across node_modules).
  // Done here rather than in JS so that a CommonJS entry starts without
  // loading the resolver.
  enum class PackageType { kNone, kModule, kCommonJs };
  PackageType PackageTypeOf(const std::string& path);

  // Node's syntax detection (for .js files in a package without "type"):
  // whether `source` fails as CommonJS because of module syntax (import,
  // export, import.meta, top-level await) and compiles as an ES module.
  bool ContainsModuleSyntax(std::string_view source,
                            const std::string& filename);
  static bool IsModuleSyntaxError(v8::Isolate* isolate,
                                  v8::Local<v8::Value> error);

  // Calls internal:modules/esm's `name` with `argv`; empty if it threw.
  v8::MaybeLocal<v8::Value> CallEsmHook(const char* name, int argc,
                                        v8::Local<v8::Value>* argv);

  // "file:///a/b.mjs" for "/a/b.mjs" (percent-encoding what a URL must).
  static std::string PathToUrl(const std::string& path);
  // The inverse, decoding percent-escapes; other strings come back as-is.
  static std::string UrlToPath(const std::string& url);

 private:
  // What a record is (see the class comment).
  enum class Kind { kModule, kCommonJs, kJson, kBuiltin };
  struct Record {
    Kind kind;
    v8::Global<v8::Module> module;
    std::vector<std::string> names;  // synthetic modules' export names
  };
  struct DynamicImport;
  void FinishImport(DynamicImport& request);

  // Compiles (or finds) the record for `key` (a real path, or "node:x").
  v8::MaybeLocal<v8::Module> Compile(const std::string& key, Kind kind);
  v8::MaybeLocal<v8::Module> CompileSourceText(const std::string& path);
  v8::MaybeLocal<v8::Module> CreateSynthetic(const std::string& key, Kind kind);
  // Resolves `specifier` imported from the file `referrer_path`; throws
  // Node's error into the isolate on failure. `asserted_type` (the
  // import's `assert { type }`) is checked against the target.
  bool Resolve(const std::string& specifier, const std::string& referrer_path,
               const std::string& asserted_type, std::string* key, Kind* kind);
  bool ResolveUncached(const std::string& specifier,
                       const std::string& referrer_path, std::string* key,
                       Kind* kind);
  // The `type` of import assertions given as (key, value[, position])
  // groups of `stride` entries; "" if none.
  std::string AssertedType(v8::Local<v8::FixedArray> assertions, int stride);
  // A link error for a name a CommonJS module does not export gets Node's
  // message (what to write instead).
  void ExplainMissingExport(v8::Local<v8::Value> error,
                            v8::Local<v8::Message> message);
  // Compile() then instantiate.
  v8::MaybeLocal<v8::Module> LinkKey(const std::string& key, Kind kind);
  std::string PathOf(v8::Local<v8::Module> module) const;
  // The file a record's key names (the key without its ?query/#hash), and
  // the record's URL (import.meta.url, the script origin).
  std::string FileOf(const std::string& key) const;
  std::string UrlOf(const std::string& key) const;

  static v8::MaybeLocal<v8::Module> ResolveCallback(
      v8::Local<v8::Context> context, v8::Local<v8::String> specifier,
      v8::Local<v8::FixedArray> import_assertions,
      v8::Local<v8::Module> referrer);
  static v8::MaybeLocal<v8::Value> EvaluateSynthetic(
      v8::Local<v8::Context> context, v8::Local<v8::Module> module);
  v8::MaybeLocal<v8::Value> EvaluateSyntheticSteps(
      v8::Local<v8::Context> context, v8::Local<v8::Module> module);
  static v8::MaybeLocal<v8::Promise> ImportDynamically(
      v8::Local<v8::Context> context, v8::Local<v8::Data> host_defined_options,
      v8::Local<v8::Value> resource_name, v8::Local<v8::String> specifier,
      v8::Local<v8::FixedArray> import_assertions);
  static void InitializeImportMeta(v8::Local<v8::Context> context,
                                   v8::Local<v8::Module> module,
                                   v8::Local<v8::Object> meta);

  Runtime* const runtime_;
  v8::Global<v8::Object> esm_hooks_;  // internal:modules/esm, once loaded
  std::map<std::string, std::string> provided_;
  std::map<std::string, Record> records_;
  // referrer '\n' specifier -> resolved key, filled while compiling so
  // that instantiation only looks up.
  std::map<std::string, std::string> resolved_;
  // key -> (file, "?query#hash") for keys with a suffix.
  std::map<std::string, std::pair<std::string, std::string>> file_of_key_;
  // identity hash -> keys with that hash (collisions are rare but legal)
  std::unordered_multimap<int, std::string> key_by_hash_;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_MODULE_LOADER_H_
