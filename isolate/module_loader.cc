#include "isolate/module_loader.h"

#include "isolate/errors.h"

#include <filesystem>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "isolate/runtime.h"
#include "isolate/source_file.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-function.h"
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

bool ModuleLoader::Resolve(const std::string& specifier,
                           const std::string& referrer_path,
                           std::string* resolved) {
  v8::Isolate* isolate = runtime_->isolate();
  namespace fs = std::filesystem;
  fs::path target;
  if (absl::StartsWith(specifier, "./") || absl::StartsWith(specifier, "../") ||
      specifier == "." || specifier == "..") {
    target = fs::path(referrer_path).parent_path() / specifier;
  } else if (absl::StartsWith(specifier, "/")) {
    target = specifier;
  } else if (absl::StartsWith(specifier, "file://")) {
    target = UrlToPathImpl(specifier);
  } else {
    ThrowModuleNotFound(isolate,
                        absl::StrCat("Cannot find package '", specifier,
                                     "' imported from ", referrer_path));
    return false;
  }
  *resolved = target.lexically_normal().string();
  std::error_code ec;
  if (!fs::is_regular_file(*resolved, ec)) {
    ThrowModuleNotFound(isolate,
                        absl::StrCat("Cannot find module '", *resolved,
                                     "' imported from ", referrer_path));
    return false;
  }
  // No ambient file-system access: imports stay below the granted root,
  // symlinks followed.
  if (!runtime_->IsBelowRoot(*resolved)) {
    isolate->ThrowException(NewCodedError(
        isolate, "ERR_ACCESS_DENIED",
        absl::StrCat("Access to '", *resolved, "' imported from ",
                     referrer_path, " is denied: imports must stay below '",
                     runtime_->options().module_root, "'")));
    return false;
  }
  return true;
}

std::string ModuleLoader::PathOf(v8::Local<v8::Module> module) const {
  v8::Isolate* isolate = runtime_->isolate();
  auto range = path_by_hash_.equal_range(module->GetIdentityHash());
  for (auto it = range.first; it != range.second; ++it) {
    auto found = by_path_.find(it->second);
    if (found != by_path_.end() && found->second.Get(isolate) == module) {
      return it->second;
    }
  }
  return "";
}

v8::MaybeLocal<v8::Module> ModuleLoader::Compile(
    const std::string& absolute_path) {
  v8::Isolate* isolate = runtime_->isolate();
  auto cached = by_path_.find(absolute_path);
  if (cached != by_path_.end()) return cached->second.Get(isolate);

  auto provided = provided_.find(absolute_path);
  absl::StatusOr<std::string> source =
      provided != provided_.end() ? absl::StatusOr<std::string>(provided->second)
                                  : ReadSourceFile(absolute_path);
  if (!source.ok()) {
    ThrowModuleNotFound(isolate, std::string(source.status().message()));
    return {};
  }
  v8::ScriptOrigin origin(isolate,
                          NewString(isolate, PathToUrl(absolute_path)), 0, 0,
                          false, -1, v8::Local<v8::Value>(), false, false,
                          /*is_module=*/true);
  v8::ScriptCompiler::Source script_source(NewString(isolate, *source),
                                           origin);
  v8::Local<v8::Module> module;
  if (!v8::ScriptCompiler::CompileModule(isolate, &script_source)
           .ToLocal(&module)) {
    return {};
  }
  by_path_.emplace(absolute_path, v8::Global<v8::Module>(isolate, module));
  path_by_hash_.emplace(module->GetIdentityHash(), absolute_path);

  // Compile the whole static graph before instantiation, so that the
  // resolve callback only has to look modules up.
  v8::Local<v8::Context> context = runtime_->context();
  v8::Local<v8::FixedArray> requests = module->GetModuleRequests();
  for (int i = 0; i < requests->Length(); ++i) {
    v8::Local<v8::ModuleRequest> request =
        requests->Get(context, i).As<v8::ModuleRequest>();
    std::string specifier = ToStdString(isolate, request->GetSpecifier());
    std::string resolved;
    if (!Resolve(specifier, absolute_path, &resolved)) return {};
    if (Compile(resolved).IsEmpty()) return {};
  }
  return module;
}

v8::MaybeLocal<v8::Module> ModuleLoader::LoadAndLink(
    const std::string& absolute_path) {
  v8::Local<v8::Module> module;
  if (!Compile(absolute_path).ToLocal(&module)) return {};
  if (module->GetStatus() == v8::Module::kUninstantiated &&
      module->InstantiateModule(runtime_->context(),
                                &ModuleLoader::ResolveCallback)
          .IsNothing()) {
    return {};
  }
  return module;
}

v8::MaybeLocal<v8::Module> ModuleLoader::ResolveCallback(
    v8::Local<v8::Context> context, v8::Local<v8::String> specifier,
    v8::Local<v8::FixedArray> import_assertions,
    v8::Local<v8::Module> referrer) {
  v8::Isolate* isolate = context->GetIsolate();
  ModuleLoader& self = Runtime::From(isolate)->modules();
  std::string resolved;
  if (!self.Resolve(ToStdString(isolate, specifier), self.PathOf(referrer),
                    &resolved)) {
    return {};
  }
  auto it = self.by_path_.find(resolved);
  if (it == self.by_path_.end()) {
    // Not compiled ahead (should not happen): compile it now.
    return self.Compile(resolved);
  }
  return it->second.Get(isolate);
}

// One pending import(): loaded and evaluated from a microtask, so that
// (as in Node) import() returns before the imported module runs.
struct ModuleLoader::DynamicImport {
  Runtime* runtime;
  v8::Global<v8::Promise::Resolver> resolver;
  std::string specifier;
  std::string referrer;
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
      ToStdString(isolate, specifier), std::move(referrer)};
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
  std::string resolved;
  v8::Local<v8::Module> module;
  v8::Local<v8::Value> evaluation;
  if (!Resolve(request.specifier, request.referrer, &resolved) ||
      !LoadAndLink(resolved).ToLocal(&module) ||
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
  std::string path = self.PathOf(module);
  std::filesystem::path fs_path(path);
  meta->CreateDataProperty(context, NewString(isolate, "url"),
                           NewString(isolate, PathToUrl(path)))
      .Check();
  meta->CreateDataProperty(context, NewString(isolate, "filename"),
                           NewString(isolate, path))
      .Check();
  meta->CreateDataProperty(context, NewString(isolate, "dirname"),
                           NewString(isolate, fs_path.parent_path().string()))
      .Check();
}

}  // namespace isohost::isolate
