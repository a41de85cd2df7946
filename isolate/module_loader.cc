#include "isolate/module_loader.h"

#include "isolate/errors.h"

#include <filesystem>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "isolate/runtime.h"
#include "isolate/source_file.h"
#include "isolate/v8_util.h"
#include "v8-container.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-json.h"
#include "v8-primitive.h"
#include "v8-promise.h"

namespace isohost::isolate {
namespace {

std::string UrlToPathImpl(const std::string& url) {
  if (!absl::StartsWith(url, "file://")) return url;
  std::string path;
  std::string_view rest = std::string_view(url).substr(7);
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size()) {
      path += static_cast<char>(
          std::stoi(std::string(rest.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  return path;
}

void ThrowModuleNotFound(v8::Isolate* isolate, const std::string& text) {
  v8::Local<v8::Value> error =
      v8::Exception::Error(NewString(isolate, text));
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  error.As<v8::Object>()
      ->Set(context, NewString(isolate, "code"),
            NewString(isolate, "ERR_MODULE_NOT_FOUND"))
      .Check();
  isolate->ThrowException(error);
}

}  // namespace

std::string ModuleLoader::UrlToPath(const std::string& url) {
  return UrlToPathImpl(url);
}

std::string ModuleLoader::PathToUrl(const std::string& path) {
  std::string url = "file://";
  for (unsigned char c : path) {
    if (isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' ||
        c == '~' || c >= 0x80) {
      url += static_cast<char>(c);
    } else {
      absl::StrAppend(&url, "%", absl::Hex(c, absl::kZeroPad2));
    }
  }
  return url;
}

void ModuleLoader::InstallCallbacks(v8::Isolate* isolate) {
  isolate->SetHostImportModuleDynamicallyCallback(
      &ModuleLoader::ImportDynamically);
  isolate->SetHostInitializeImportMetaObjectCallback(
      &ModuleLoader::InitializeImportMeta);
}

v8::MaybeLocal<v8::Function> ModuleLoader::CompileCommonJs(
    v8::Isolate* isolate, std::string_view source,
    const std::string& filename) {
  Runtime::From(isolate)->NoteSource(source);
  std::string text(source);
  if (absl::StartsWith(text, "#!")) text.replace(0, 2, "//");
  v8::ScriptOrigin origin(isolate, NewString(isolate, filename));
  v8::ScriptCompiler::Source script_source(NewString(isolate, text), origin);
  v8::Local<v8::String> params[] = {
      NewString(isolate, "exports"), NewString(isolate, "require"),
      NewString(isolate, "module"), NewString(isolate, "__filename"),
      NewString(isolate, "__dirname")};
  return v8::ScriptCompiler::CompileFunction(isolate->GetCurrentContext(),
                                             &script_source, 5, params);
}

std::string ModuleLoader::FileOf(const std::string& key) const {
  auto it = file_of_key_.find(key);
  return it == file_of_key_.end() ? key : it->second.first;
}

std::string ModuleLoader::UrlOf(const std::string& key) const {
  auto it = file_of_key_.find(key);
  return it == file_of_key_.end() ? PathToUrl(key)
                                  : PathToUrl(it->second.first) + it->second.second;
}

ModuleLoader::PackageType ModuleLoader::PackageTypeOf(const std::string& path) {
  v8::Isolate* isolate = runtime_->isolate();
  v8::Local<v8::Context> context = runtime_->context();
  namespace fs = std::filesystem;
  for (fs::path dir = fs::path(path).parent_path();; dir = dir.parent_path()) {
    // `path` is a real path, so its folders are too: compare them with
    // the root's real path without asking the file system.
    std::string prefix = dir.string();
    if (prefix.back() != '/') prefix.push_back('/');
    if (dir.filename() == "node_modules" ||
        !absl::StartsWith(prefix, runtime_->root_prefix())) {
      return PackageType::kNone;
    }
    std::error_code ec;
    fs::path file = dir / "package.json";
    if (fs::is_regular_file(file, ec)) {
      absl::StatusOr<std::string> text = ReadSourceFile(file.string());
      if (!text.ok()) return PackageType::kNone;
      v8::TryCatch try_catch(isolate);
      v8::Local<v8::Value> json;
      v8::Local<v8::Value> type;
      // An invalid package.json is reported when something resolves
      // through it; here it only means "no type".
      if (!v8::JSON::Parse(context, NewString(isolate, *text)).ToLocal(&json) ||
          !json->IsObject() ||
          !json.As<v8::Object>()
               ->Get(context, NewString(isolate, "type"))
               .ToLocal(&type) ||
          type->IsUndefined()) {
        return PackageType::kNone;
      }
      return ToStdString(isolate, type) == "module" ? PackageType::kModule
                                                    : PackageType::kCommonJs;
    }
    if (dir == dir.root_path()) return PackageType::kNone;
  }
}

bool ModuleLoader::IsModuleSyntaxError(v8::Isolate* isolate,
                                       v8::Local<v8::Value> error) {
  // What V8 10.2 says when CommonJS meets module syntax (Node's list for
  // its syntax detection): import/export statements, import.meta, and a
  // top-level await.
  static constexpr const char* kMessages[] = {
      "Cannot use import statement outside a module",
      "Unexpected token 'export'",
      "Cannot use 'import.meta' outside a module",
      "await is only valid in async functions and the top level bodies of "
      "modules",
  };
  if (!error->IsNativeError()) return false;
  std::string text = ToStdString(isolate, error);
  for (const char* message : kMessages) {
    if (text.find(message) != std::string::npos) return true;
  }
  return false;
}

bool ModuleLoader::ContainsModuleSyntax(std::string_view source,
                                        const std::string& filename) {
  v8::Isolate* isolate = runtime_->isolate();
  v8::TryCatch try_catch(isolate);
  if (!CompileCommonJs(isolate, source, filename).IsEmpty()) return false;
  if (!try_catch.HasCaught() ||
      !IsModuleSyntaxError(isolate, try_catch.Exception())) {
    return false;
  }
  try_catch.Reset();
  v8::ScriptOrigin origin(isolate, NewString(isolate, PathToUrl(filename)), 0,
                          0, false, -1, v8::Local<v8::Value>(), false, false,
                          /*is_module=*/true);
  v8::ScriptCompiler::Source module_source(NewString(isolate, source), origin);
  return !v8::ScriptCompiler::CompileModule(isolate, &module_source).IsEmpty();
}

v8::MaybeLocal<v8::Value> ModuleLoader::CallEsmHook(
    const char* name, int argc, v8::Local<v8::Value>* argv) {
  v8::Isolate* isolate = runtime_->isolate();
  v8::Local<v8::Context> context = runtime_->context();
  if (esm_hooks_.IsEmpty()) {
    v8::Local<v8::Value> hooks;
    if (!runtime_->RequireBuiltin("internal:modules/esm").ToLocal(&hooks)) {
      return {};
    }
    esm_hooks_.Reset(isolate, hooks.As<v8::Object>());
  }
  v8::Local<v8::Value> function;
  if (!esm_hooks_.Get(isolate)
           ->Get(context, NewString(isolate, name))
           .ToLocal(&function) ||
      !function->IsFunction()) {
    return {};
  }
  return function.As<v8::Function>()->Call(context, v8::Undefined(isolate),
                                           argc, argv);
}

namespace {

v8::Local<v8::Value> CodedTypeError(v8::Isolate* isolate, const char* code,
                                    const std::string& text) {
  v8::Local<v8::Value> error =
      v8::Exception::TypeError(NewString(isolate, text));
  error.As<v8::Object>()
      ->Set(isolate->GetCurrentContext(), NewString(isolate, "code"),
            NewString(isolate, code))
      .Check();
  return error;
}

}  // namespace

std::string ModuleLoader::AssertedType(v8::Local<v8::FixedArray> assertions,
                                       int stride) {
  v8::Isolate* isolate = runtime_->isolate();
  v8::Local<v8::Context> context = runtime_->context();
  if (assertions.IsEmpty()) return "";
  for (int i = 0; i + 1 < assertions->Length(); i += stride) {
    if (ToStdString(isolate, assertions->Get(context, i).As<v8::Value>()) ==
        "type") {
      return ToStdString(isolate,
                         assertions->Get(context, i + 1).As<v8::Value>());
    }
  }
  return "";
}

v8::MaybeLocal<v8::Module> ModuleLoader::LinkKey(const std::string& key,
                                                 Kind kind) {
  v8::Local<v8::Module> module;
  if (!Compile(key, kind).ToLocal(&module)) return {};
  if (module->GetStatus() != v8::Module::kUninstantiated) return module;
  v8::TryCatch try_catch(runtime_->isolate());
  if (module->InstantiateModule(runtime_->context(),
                                &ModuleLoader::ResolveCallback)
          .IsNothing()) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      ExplainMissingExport(try_catch.Exception(), try_catch.Message());
      try_catch.ReThrow();
    }
    return {};
  }
  return module;
}

void ModuleLoader::ExplainMissingExport(v8::Local<v8::Value> error,
                                        v8::Local<v8::Message> message) {
  // V8: "The requested module 'x' does not provide an export named 'y'".
  // For a CommonJS 'x', Node says what to do instead; so do we.
  v8::Isolate* isolate = runtime_->isolate();
  v8::Local<v8::Context> context = runtime_->context();
  if (!error->IsNativeError()) return;
  v8::Local<v8::Value> text_value;
  if (!error.As<v8::Object>()
           ->Get(context, NewString(isolate, "message"))
           .ToLocal(&text_value)) {
    return;
  }
  std::string text = ToStdString(isolate, text_value);
  const std::string kHead = "The requested module '";
  const std::string kMiddle = "' does not provide an export named '";
  size_t middle = text.find(kMiddle);
  if (!absl::StartsWith(text, kHead) || middle == std::string::npos ||
      text.back() != '\'') {
    return;
  }
  std::string specifier = text.substr(kHead.size(), middle - kHead.size());
  std::string name = text.substr(middle + kMiddle.size(),
                                 text.size() - middle - kMiddle.size() - 1);
  bool common_js = false;
  for (const auto& [request, target] : resolved_) {
    if (absl::EndsWith(request, absl::StrCat("\n", specifier))) {
      auto record = records_.find(target);
      common_js = record != records_.end() && record->second.kind == Kind::kCommonJs;
      if (common_js) break;
    }
  }
  if (!common_js) return;
  std::string assignment;
  if (!message.IsEmpty()) {
    v8::Local<v8::String> line;
    if (message->GetSourceLine(context).ToLocal(&line)) {
      std::string source = ToStdString(isolate, line);
      size_t open = source.find('{');
      size_t close = source.rfind('}');
      if (open != std::string::npos && close != std::string::npos && close > open) {
        std::string named = source.substr(open, close - open + 1);
        // `{ a as b }` becomes `{ a: b }`.
        std::string out;
        for (size_t i = 0; i < named.size(); ++i) {
          if (named.compare(i, 4, " as ") == 0) {
            out += ": ";
            i += 3;
          } else {
            out += named[i];
          }
        }
        assignment = absl::StrCat("const ", out, " = pkg;\n");
      }
    }
  }
  error.As<v8::Object>()
      ->Set(context, NewString(isolate, "message"),
            NewString(isolate,
                      absl::StrCat(
                          "Named export '", name, "' not found. The requested "
                          "module '", specifier, "' is a CommonJS module, which "
                          "may not support all module.exports as named exports.\n"
                          "CommonJS modules can always be imported via the "
                          "default export, for example using:\n\nimport pkg "
                          "from '", specifier, "';\n", assignment)))
      .Check();
}

bool ModuleLoader::ResolveUncached(const std::string& specifier,
                                   const std::string& referrer_path,
                                   std::string* key, Kind* kind) {
  v8::Isolate* isolate = runtime_->isolate();
  v8::Local<v8::Context> context = runtime_->context();
  v8::Local<v8::Value> argv[] = {NewString(isolate, specifier),
                                 NewString(isolate, referrer_path)};
  v8::Local<v8::Value> result;
  if (!CallEsmHook("resolve", 2, argv).ToLocal(&result) ||
      !result->IsArray()) {
    return false;
  }
  v8::Local<v8::Array> pair = result.As<v8::Array>();
  std::string format =
      ToStdString(isolate, pair->Get(context, 0).ToLocalChecked());
  *key = ToStdString(isolate, pair->Get(context, 1).ToLocalChecked());
  std::string suffix =
      ToStdString(isolate, pair->Get(context, 2).ToLocalChecked());
  if (!suffix.empty()) {
    // 'x.mjs?v=2' is an instance of its own, read from x.mjs.
    std::string file = *key;
    *key += suffix;
    file_of_key_[*key] = {file, suffix};
  }
  if (format == "module") {
    *kind = Kind::kModule;
  } else if (format == "commonjs") {
    *kind = Kind::kCommonJs;
  } else if (format == "json") {
    *kind = Kind::kJson;
  } else if (format == "builtin") {
    *kind = Kind::kBuiltin;
  } else {
    std::string ext = std::filesystem::path(*key).extension().string();
    isolate->ThrowException(CodedTypeError(
        isolate, "ERR_UNKNOWN_FILE_EXTENSION",
        absl::StrCat("Unknown file extension \"", ext, "\" for ", *key)));
    return false;
  }
  return true;
}

bool ModuleLoader::Resolve(const std::string& specifier,
                           const std::string& referrer_path,
                           const std::string& asserted_type, std::string* key,
                           Kind* kind) {
  v8::Isolate* isolate = runtime_->isolate();
  auto cached = resolved_.find(absl::StrCat(referrer_path, "\n", specifier));
  auto record = cached == resolved_.end() ? records_.end()
                                          : records_.find(cached->second);
  if (record != records_.end()) {
    *key = cached->second;
    *kind = record->second.kind;
  } else if (!ResolveUncached(specifier, referrer_path, key, kind)) {
    return false;
  }
  // Import assertions (Node 20): JSON needs `assert { type: 'json' }`, and
  // a `type` must match what the target is.
  std::string url = *kind == Kind::kBuiltin ? *key : UrlOf(*key);
  if (*kind == Kind::kJson && asserted_type.empty()) {
    isolate->ThrowException(CodedTypeError(
        isolate, "ERR_IMPORT_ASSERTION_TYPE_MISSING",
        absl::StrCat("Module \"", url,
                     "\" needs an import attribute of type \"json\"")));
    return false;
  }
  if (!asserted_type.empty() && asserted_type != "json") {
    isolate->ThrowException(CodedTypeError(
        isolate, "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED",
        absl::StrCat("Import assertion type \"", asserted_type,
                     "\" is unsupported")));
    return false;
  }
  if (asserted_type == "json" && *kind != Kind::kJson) {
    isolate->ThrowException(CodedTypeError(
        isolate, "ERR_IMPORT_ASSERTION_TYPE_FAILED",
        absl::StrCat("Module \"", url, "\" is not of type \"json\"")));
    return false;
  }
  resolved_[absl::StrCat(referrer_path, "\n", specifier)] = *key;
  return true;
}

std::string ModuleLoader::PathOf(v8::Local<v8::Module> module) const {
  v8::Isolate* isolate = runtime_->isolate();
  auto range = key_by_hash_.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    auto found = records_.find(it->second);
    if (found != records_.end() && found->second.module.Get(isolate) == module) {
      return it->second;
    }
  }
  return "";
}

v8::MaybeLocal<v8::Module> ModuleLoader::Compile(const std::string& key,
                                                 Kind kind) {
  auto cached = records_.find(key);
  if (cached != records_.end()) {
    return cached->second.module.Get(runtime_->isolate());
  }
  if (kind == Kind::kModule) return CompileSourceText(key);
  return CreateSynthetic(key, kind);
}

v8::MaybeLocal<v8::Module> ModuleLoader::CompileSourceText(
    const std::string& absolute_path) {
  v8::Isolate* isolate = runtime_->isolate();
  auto provided = provided_.find(absolute_path);
  absl::StatusOr<std::string> source =
      provided != provided_.end() ? absl::StatusOr<std::string>(provided->second)
                                  : ReadSourceFile(FileOf(absolute_path));
  if (!source.ok()) {
    ThrowModuleNotFound(isolate, std::string(source.status().message()));
    return {};
  }
  runtime_->NoteSource(*source);
  v8::ScriptOrigin origin(isolate, NewString(isolate, UrlOf(absolute_path)),
                          0, 0,
                          false, -1, v8::Local<v8::Value>(), false, false,
                          /*is_module=*/true);
  v8::ScriptCompiler::Source script_source(NewString(isolate, *source),
                                           origin);
  v8::Local<v8::Module> module;
  if (!v8::ScriptCompiler::CompileModule(isolate, &script_source)
           .ToLocal(&module)) {
    return {};
  }
  records_[absolute_path] =
      Record{Kind::kModule, v8::Global<v8::Module>(isolate, module), {}};
  key_by_hash_.emplace(module->GetIdentityHash(), absolute_path);

  // Compile the whole static graph before instantiation, so that the
  // resolve callback only has to look modules up.
  v8::Local<v8::Context> context = runtime_->context();
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  for (int i = 0; i < requests->Length(); ++i) {
    v8::Local<v8::ModuleRequest> request =
        requests->Get(context, i).As<v8::ModuleRequest>();
    std::string specifier = ToStdString(isolate, request->GetSpecifier());
    std::string key;
    Kind kind;
    if (!Resolve(specifier, absolute_path,
                 AssertedType(request->GetImportAssertions(), 3), &key,
                 &kind) ||
        Compile(key, kind).IsEmpty()) {
      return {};
    }
  }
  return module;
}

v8::MaybeLocal<v8::Module> ModuleLoader::CreateSynthetic(const std::string& key,
                                                         Kind kind) {
  v8::Isolate* isolate = runtime_->isolate();
  v8::Local<v8::Context> context = runtime_->context();
  std::vector<std::string> names;
  v8::Local<v8::Value> argv[] = {NewString(isolate, FileOf(key))};
  v8::Local<v8::Value> found;
  if (kind == Kind::kBuiltin) {
    // Loading a built-in runs no user code: its names are its own keys.
    if (!CallEsmHook("builtinExports", 1, argv).ToLocal(&found)) return {};
    found = found.As<v8::Array>()->Get(context, 1).ToLocalChecked();
  } else if (kind == Kind::kCommonJs) {
    if (!CallEsmHook("commonJsExportNames", 1, argv).ToLocal(&found)) return {};
  }
  std::vector<v8::Local<v8::String>> exports = {NewString(isolate, "default")};
  if (!found.IsEmpty() && found->IsArray()) {
    v8::Local<v8::Array> list = found.As<v8::Array>();
    for (uint32_t i = 0; i < list->Length(); ++i) {
      std::string name =
          ToStdString(isolate, list->Get(context, i).ToLocalChecked());
      if (name == "default") continue;
      names.push_back(name);
      exports.push_back(NewString(isolate, name));
    }
  }
  v8::Local<v8::Module> module = v8::Module::CreateSyntheticModule(
      isolate, NewString(isolate, kind == Kind::kBuiltin ? key : UrlOf(key)),
      exports, &ModuleLoader::EvaluateSynthetic);
  records_[key] = Record{kind, v8::Global<v8::Module>(isolate, module),
                         std::move(names)};
  key_by_hash_.emplace(module->GetIdentityHash(), key);
  return module;
}

namespace {

// V8 needs a callback that fails (module evaluation steps, the resolve
// callback) to leave the exception *pending*; one thrown by a JS call the
// callback made is only scheduled, and V8 10.2 then aborts the process
// ("Check failed: has_pending_exception()"). Rethrowing it from a TryCatch
// makes it pending (Node does the same). An empty result without an
// exception gets one.
template <typename T, typename Body>
v8::MaybeLocal<T> WithPendingException(v8::Isolate* isolate, Body body) {
  v8::TryCatch try_catch(isolate);
  v8::MaybeLocal<T> result = body();
  if (try_catch.HasCaught()) {
    if (!try_catch.HasTerminated()) try_catch.ReThrow();
    return {};
  }
  if (result.IsEmpty() && !try_catch.HasTerminated()) {
    try_catch.Reset();
    isolate->ThrowException(v8::Exception::Error(
        NewString(isolate, "isohost: module record not found")));
    try_catch.ReThrow();
  }
  return result;
}

}  // namespace

v8::MaybeLocal<v8::Value> ModuleLoader::EvaluateSynthetic(
    v8::Local<v8::Context> context, v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  return WithPendingException<v8::Value>(isolate, [&] {
    return Runtime::From(isolate)->modules().EvaluateSyntheticSteps(context,
                                                                    module);
  });
}

v8::MaybeLocal<v8::Value> ModuleLoader::EvaluateSyntheticSteps(
    v8::Local<v8::Context> context, v8::Local<v8::Module> module) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleLoader& self = *this;
  std::string key = self.PathOf(module);
  auto it = self.records_.find(key);
  if (it == self.records_.end()) return {};
  const Record& record = it->second;
  v8::Local<v8::Value> argv[] = {NewString(isolate, self.FileOf(key))};
  v8::Local<v8::Value> value;
  const char* hook = record.kind == Kind::kBuiltin    ? "builtinExports"
                     : record.kind == Kind::kCommonJs ? "importCommonJs"
                                                      : "loadJson";
  if (!self.CallEsmHook(hook, 1, argv).ToLocal(&value)) return {};
  if (record.kind == Kind::kBuiltin) {
    value = value.As<v8::Array>()->Get(context, 0).ToLocalChecked();
  }
  if (module->SetSyntheticModuleExport(isolate, NewString(isolate, "default"),
                                       value)
          .IsNothing()) {
    return {};
  }
  if (value->IsObject()) {
    v8::Local<v8::Object> object = value.As<v8::Object>();
    for (const std::string& name : record.names) {
      v8::Local<v8::String> v8_name = NewString(isolate, name);
      v8::Local<v8::Value> export_value = v8::Undefined(isolate);
      // Like Node: only own properties become named exports' values.
      if (object->HasOwnProperty(context, v8_name).FromMaybe(false) &&
          !object->Get(context, v8_name).ToLocal(&export_value)) {
        return {};
      }
      if (module->SetSyntheticModuleExport(isolate, v8_name, export_value)
              .IsNothing()) {
        return {};
      }
    }
  }
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver) ||
      resolver->Resolve(context, v8::Undefined(isolate)).IsNothing()) {
    return {};
  }
  return resolver->GetPromise();
}

v8::MaybeLocal<v8::Value> ModuleLoader::RequireModule(const std::string& path) {
  v8::Isolate* isolate = runtime_->isolate();
  v8::Local<v8::Context> context = runtime_->context();
  v8::Local<v8::Module> module;
  if (!LinkKey(path, Kind::kModule).ToLocal(&module)) return {};
  if (module->GetStatus() == v8::Module::kErrored) {
    isolate->ThrowException(module->GetException());
    return {};
  }
  if (module->GetStatus() != v8::Module::kEvaluated) {
    if (runtime_->TerminationPending()) return {};  // see TerminationPending()
    if (module->IsGraphAsync()) {
      isolate->ThrowException(NewCodedError(
          isolate, "ERR_REQUIRE_ASYNC_MODULE",
          "require() cannot be used on an ESM graph with top-level await. "
          "Use import() instead. To see where the top-level await comes "
          "from, use --experimental-print-required-tla."));
      return {};
    }
    v8::Local<v8::Value> result;
    if (!module->Evaluate(context).ToLocal(&result)) return {};
    v8::Local<v8::Promise> promise = result.As<v8::Promise>();
    if (promise->State() == v8::Promise::kRejected) {
      promise->MarkAsHandled();
      isolate->ThrowException(promise->Result());
      return {};
    }
  }
  return module->GetModuleNamespace();
}

v8::MaybeLocal<v8::Module> ModuleLoader::LoadAndLink(
    const std::string& absolute_path) {
  return LinkKey(absolute_path, Kind::kModule);
}

v8::MaybeLocal<v8::Module> ModuleLoader::ResolveCallback(
    v8::Local<v8::Context> context, v8::Local<v8::String> specifier,
    v8::Local<v8::FixedArray> import_assertions,
    v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  return WithPendingException<v8::Module>(isolate, [&]() -> v8::MaybeLocal<v8::Module> {
    ModuleLoader& self = Runtime::From(isolate)->modules();
    std::string key;
    Kind kind;
    if (!self.Resolve(ToStdString(isolate, specifier), self.PathOf(referrer),
                      self.AssertedType(import_assertions, 3), &key, &kind)) {
      return {};
    }
    return self.Compile(key, kind);
  });
}

// One pending import(): loaded and evaluated from a microtask, so that
// (as in Node) import() returns before the imported module runs.
struct ModuleLoader::DynamicImport {
  Runtime* runtime;
  v8::Global<v8::Promise::Resolver> resolver;
  std::string specifier;
  std::string referrer;
  v8::Global<v8::FixedArray> assertions;
};

v8::MaybeLocal<v8::Promise> ModuleLoader::ImportDynamically(
    v8::Local<v8::Context> context, v8::Local<v8::Data> host_defined_options,
    v8::Local<v8::Value> resource_name, v8::Local<v8::String> specifier,
    v8::Local<v8::FixedArray> import_assertions) {
  v8::Isolate* isolate = context->GetIsolate();
  Runtime* runtime = Runtime::From(isolate);
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver)) return {};
  std::string referrer = UrlToPathImpl(ToStdString(isolate, resource_name));
  if (referrer.empty()) referrer = runtime->options().entry_path;
  auto* request = new DynamicImport{
      runtime, v8::Global<v8::Promise::Resolver>(isolate, resolver),
      ToStdString(isolate, specifier), std::move(referrer),
      v8::Global<v8::FixedArray>(isolate, import_assertions)};
  isolate->EnqueueMicrotask(
      [](void* data) {
        std::unique_ptr<DynamicImport> request(
            static_cast<DynamicImport*>(data));
        request->runtime->modules().FinishImport(*request);
      },
      request);
  return scope.Escape(resolver->GetPromise());
}

void ModuleLoader::FinishImport(DynamicImport& request) {
  v8::Isolate* isolate = runtime_->isolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = runtime_->context();
  v8::Local<v8::Promise::Resolver> resolver = request.resolver.Get(isolate);
  v8::TryCatch try_catch(isolate);
  std::string key;
  Kind kind;
  v8::Local<v8::Module> module;
  v8::Local<v8::Value> evaluation;
  if (!Resolve(request.specifier, request.referrer,
               AssertedType(request.assertions.Get(isolate), 2), &key, &kind) ||
      !LinkKey(key, kind).ToLocal(&module) ||
      runtime_->TerminationPending() ||
      !module->Evaluate(context).ToLocal(&evaluation)) {
    if (try_catch.HasTerminated() || !try_catch.HasCaught()) return;
    v8::Local<v8::Value> error = try_catch.Exception();
    try_catch.Reset();
    resolver->Reject(context, error).FromMaybe(false);
    return;
  }
  // Settle with the namespace once evaluation (maybe async) has finished.
  v8::Local<v8::Function> on_evaluated;
  v8::Local<v8::Promise> chained;
  if (!v8::Function::New(
           context,
           [](const v8::FunctionCallbackInfo<v8::Value>& info) {
             info.GetReturnValue().Set(info.Data());
           },
           module->GetModuleNamespace())
           .ToLocal(&on_evaluated) ||
      !evaluation.As<v8::Promise>()->Then(context, on_evaluated).ToLocal(
          &chained)) {
    return;
  }
  resolver->Resolve(context, chained).FromMaybe(false);
}

void ModuleLoader::InitializeImportMeta(v8::Local<v8::Context> context,
                                        v8::Local<v8::Module> module,
                                        v8::Local<v8::Object> meta) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleLoader& self = Runtime::From(isolate)->modules();
  std::string key = self.PathOf(module);
  std::string path = self.FileOf(key);
  std::filesystem::path fs_path(path);
  meta->CreateDataProperty(context, NewString(isolate, "url"),
                           NewString(isolate, self.UrlOf(key)))
      .Check();
  meta->CreateDataProperty(context, NewString(isolate, "filename"),
                           NewString(isolate, path))
      .Check();
  meta->CreateDataProperty(context, NewString(isolate, "dirname"),
                           NewString(isolate, fs_path.parent_path().string()))
      .Check();
  // import.meta.resolve(specifier), bound to this module's path.
  v8::Local<v8::Function> resolve;
  if (v8::Function::New(
          context,
          [](const v8::FunctionCallbackInfo<v8::Value>& info) {
            v8::Isolate* isolate = info.GetIsolate();
            v8::Local<v8::Value> argv[] = {
                info.Length() > 0 ? info[0] : v8::Undefined(isolate).As<v8::Value>(),
                info.Data()};
            v8::Local<v8::Value> url;
            if (Runtime::From(isolate)
                    ->modules()
                    .CallEsmHook("importMetaResolve", 2, argv)
                    .ToLocal(&url)) {
              info.GetReturnValue().Set(url);
            }
          },
          NewString(isolate, path), 1)
          .ToLocal(&resolve)) {
    resolve->SetName(NewString(isolate, "resolve"));
    meta->CreateDataProperty(context, NewString(isolate, "resolve"), resolve)
        .Check();
  }
}

}  // namespace isohost::isolate
