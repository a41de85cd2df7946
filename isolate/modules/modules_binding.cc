// The 'modules' binding: what the JS module loader
// (isolate/modules/js/{resolve,cjs,esm}.js) needs from the file system,
// confined to the runtime's root, and the CommonJS compiler.
#include <unistd.h>

#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "isolate/binding_util.h"
#include "isolate/errors.h"
#include "isolate/module_loader.h"
#include "isolate/modules/modules_builtins.h"
#include "isolate/modules/modules_js.h"
#include "isolate/runtime.h"
#include "isolate/source_file.h"
#include "isolate/v8_util.h"
#include "v8-function.h"
#include "v8-primitive.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

Runtime& RuntimeOf(Args args) { return *Runtime::From(args.GetIsolate()); }

std::string PathArg(Args args) {
  return ToStdString(args.GetIsolate(), args[0]);
}

// stat(path) -> 0 missing, 1 file, 2 folder (symlinks followed).
void Stat(Args args) {
  std::error_code ec;
  std::filesystem::file_status status = std::filesystem::status(PathArg(args), ec);
  int kind = 0;
  if (!ec && std::filesystem::is_regular_file(status)) kind = 1;
  if (!ec && std::filesystem::is_directory(status)) kind = 2;
  args.GetReturnValue().Set(kind);
}

// readText(path) -> the file as a string; ERR_ACCESS_DENIED outside the
// root, an ENOENT-style error if it cannot be read.
void ReadText(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  Runtime& runtime = RuntimeOf(args);
  std::string path = PathArg(args);
  if (!runtime.IsBelowRoot(path)) {
    isolate->ThrowException(NewCodedError(
        isolate, "ERR_ACCESS_DENIED",
        absl::StrCat("Access to '", path, "' is denied: imports must stay below '",
                     runtime.options().module_root, "'")));
    return;
  }
  absl::StatusOr<std::string> text = ReadSourceFile(path);
  if (!text.ok()) {
    isolate->ThrowException(
        NewCodedError(isolate, "ENOENT", std::string(text.status().message())));
    return;
  }
  args.GetReturnValue().Set(NewString(isolate, *text));
}

// realpath(path) -> the canonical path, or `path` if it has none.
void RealPath(Args args) {
  std::string path = PathArg(args);
  std::error_code ec;
  std::filesystem::path real = std::filesystem::canonical(path, ec);
  args.GetReturnValue().Set(
      NewString(args.GetIsolate(), ec ? path : real.string()));
}

void IsBelowRoot(Args args) {
  args.GetReturnValue().Set(RuntimeOf(args).IsBelowRoot(PathArg(args)));
}

// root() -> the root's real path with a trailing '/'.
void Root(Args args) {
  args.GetReturnValue().Set(
      NewString(args.GetIsolate(), RuntimeOf(args).root_prefix()));
}

// rootName() -> the root as configured (for messages).
void RootName(Args args) {
  args.GetReturnValue().Set(
      NewString(args.GetIsolate(), RuntimeOf(args).options().module_root));
}

// cwd() -> the process's working directory (the base for specifiers with
// no parent module).
void Cwd(Args args) {
  std::error_code ec;
  std::filesystem::path cwd = std::filesystem::current_path(ec);
  args.GetReturnValue().Set(
      NewString(args.GetIsolate(), ec ? "/" : cwd.string()));
}

// compileFunction(source, filename) -> the CommonJS wrapper function.
void CompileFunction(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Function> function;
  if (ModuleLoader::CompileCommonJs(isolate, ToStdString(isolate, args[0]),
                                    ToStdString(isolate, args[1]))
          .ToLocal(&function)) {
    args.GetReturnValue().Set(function);
  }
}

// containsModuleSyntax(source, filename) -> Node's syntax detection.
void ContainsModuleSyntax(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  args.GetReturnValue().Set(RuntimeOf(args).modules().ContainsModuleSyntax(
      ToStdString(isolate, args[0]), ToStdString(isolate, args[1])));
}

// requireModule(path) -> the namespace of the ES module at `path`.
void RequireModule(Args args) {
  v8::Local<v8::Value> ns;
  if (RuntimeOf(args).modules().RequireModule(PathArg(args)).ToLocal(&ns)) {
    args.GetReturnValue().Set(ns);
  }
}

void InstallModulesBinding(Runtime& runtime, v8::Local<v8::Object> target) {
  SetMethod(runtime, target, "stat", Stat);
  SetMethod(runtime, target, "readText", ReadText);
  SetMethod(runtime, target, "realpath", RealPath);
  SetMethod(runtime, target, "isBelowRoot", IsBelowRoot);
  SetMethod(runtime, target, "root", Root);
  SetMethod(runtime, target, "rootName", RootName);
  SetMethod(runtime, target, "cwd", Cwd);
  SetMethod(runtime, target, "compileFunction", CompileFunction);
  SetMethod(runtime, target, "requireModule", RequireModule);
  SetMethod(runtime, target, "containsModuleSyntax", ContainsModuleSyntax);
}

}  // namespace

void RegisterModulesBuiltins(BuiltinRegistry& registry) {
  registry.AddSources(kModulesJs);
  registry.AddBinding("modules", InstallModulesBinding);
}

}  // namespace isohost::isolate
