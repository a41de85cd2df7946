// isolate/runtime_entry.cc: how a Runtime loads and starts its entry
// (Runtime::RunMain/Load/Run): the default root, which kind the entry is
// (ES module, CommonJS, classic script), compiling it with the error a
// load failure reports, and evaluating the main module from a microtask.
// Split from runtime.cc along that seam; the same class, runtime thread
// only.
#include <cstdio>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "isolate/module_loader.h"
#include "isolate/natives.h"
#include "isolate/runtime.h"
#include "isolate/source_file.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-message.h"
#include "v8-microtask-queue.h"
#include "v8-primitive.h"
#include "v8-script.h"

namespace isohost::isolate {

ExitRecord Runtime::RunMain() {
  Load().IgnoreError();  // a failure is in the exit record Run() returns
  return Run();
}

absl::Status Runtime::Load() {
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  v8::Context::Scope context_scope(context());

  std::error_code ec;
  std::filesystem::path path =
      std::filesystem::absolute(options_.entry_path, ec);
  options_.entry_path = path.lexically_normal().string();
  // Unless the host granted more, imports and worker scripts stay in the
  // entry script's folder and below.
  // (The entry's real location counts: a symlinked entry, as in a Bazel
  // runfiles tree, grants the folder it points into.)
  // The entry's real location counts (Node runs the real path too): a
  // symlinked entry, as in a Bazel runfiles tree, grants the folder it
  // points into.
  std::error_code real_ec;
  std::filesystem::path real = std::filesystem::canonical(path, real_ec);
  std::string entry = real_ec || options_.entry_source.has_value()
                          ? options_.entry_path
                          : real.string();
  if (options_.module_root.empty()) {
    options_.module_root = DefaultRoot(std::filesystem::path(entry).parent_path());
  }
  // The root's real path, once: every import, require and worker script
  // is checked against it.
  std::error_code root_ec;
  std::filesystem::path root =
      std::filesystem::canonical(options_.module_root, root_ec);
  root_prefix_.clear();
  if (!root_ec) {
    root_prefix_ = root.string();
    if (root_prefix_.back() != '/') root_prefix_.push_back('/');
  }
  absl::StatusOr<std::string> source =
      options_.entry_source.has_value()
          ? absl::StatusOr<std::string>(*options_.entry_source)
          : ReadSourceFile(options_.entry_path);
  if (!source.ok()) {
    exiting_ = true;
    exit_.code = 2;
    exit_.reason = ExitRecord::Reason::kSetupFailed;
    exit_.message = std::string(source.status().message());
    return source.status();
  }
  absl::Status status;
  switch (KindOfEntry(entry)) {
    case EntryKind::kModule:
      if (options_.entry_source.has_value()) {
        modules_->Provide(entry, std::move(*source));
      }
      status = LoadModule(entry);
      break;
    case EntryKind::kCommonJs:
      status = LoadCommonJs(entry, *source);
      break;
    case EntryKind::kClassic:
      status = LoadClassic(entry, *source);
      break;
  }
  loaded_ = status.ok();
  return status;
}

ExitRecord Runtime::Run() {
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  v8::Context::Scope context_scope(context());

  if (loaded_ && !CheckTermination()) {
    bool started = true;
    bool ran_common_js_entry = false;
    if (!main_script_.IsEmpty()) {
      v8::TryCatch try_catch(isolate_);
      v8::Local<v8::Script> script = main_script_.Get(isolate_);
      main_script_.Reset();
      if (script->Run(context()).IsEmpty()) {
        started = false;
        if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
          ReportUncaught(try_catch.Exception(), try_catch.Message());
        }
      }
    } else if (!main_cjs_.IsEmpty()) {
      ran_common_js_entry = true;
      v8::TryCatch try_catch(isolate_);
      v8::Local<v8::Value> argv[] = {NewString(isolate_, main_cjs_path_),
                                     main_cjs_.Get(isolate_)};
      main_cjs_.Reset();
      if (run_common_js_main_.Get(isolate_)
              ->Call(context(), v8::Undefined(isolate_), 2, argv)
              .IsEmpty()) {
        started = false;
        if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
          ReportUncaught(try_catch.Exception(), try_catch.Message());
        }
      }
    } else {
      StartModuleEvaluation();
    }
    if (started && !CheckTermination()) {
      Checkpoint();
      if (ran_common_js_entry && !CheckTermination()) {
        RefreshEmbeddedCodeCache(*this);
      }
      loop_->Run();
      // Node: 'beforeExit' once the loop has run dry; its listeners may
      // queue more work, and the loop runs again.
      while (!exiting_ && !CheckTermination() &&
             EmitProcessEvent("beforeExit") && loop_->Alive()) {
        loop_->Run();
      }
    }
  }
  CheckTermination();
  if (!exiting_) {
    EmitProcessEvent("exit");
    CheckTermination();
  }
  if (!exiting_) {
    exit_.code = exit_code_hint_;
    exit_.reason = ExitRecord::Reason::kNormal;
    if (!main_module_promise_.IsEmpty() &&
        main_module_promise_.Get(isolate_)->State() ==
            v8::Promise::kPending) {
      // Node: a top-level await that can never settle exits with 13.
      Write(2, absl::StrCat("Warning: Detected unsettled top-level await at ",
                            ModuleLoader::PathToUrl(options_.entry_path),
                            "\n"));
      exit_.code = 13;
      exit_.reason = ExitRecord::Reason::kError;
    }
  }
  std::fflush(stdout);
  std::fflush(stderr);
  return std::move(exit_);
}

absl::Status Runtime::CompileError(v8::TryCatch& try_catch) {
  if (!try_catch.HasCaught() || try_catch.HasTerminated()) {
    return absl::CancelledError("terminated while loading");
  }
  v8::Local<v8::Context> context = this->context();
  std::string text = ToStdString(isolate_, try_catch.Exception());
  v8::Local<v8::Message> message = try_catch.Message();
  std::string where;
  if (!message.IsEmpty() && message->GetScriptResourceName()->IsString() &&
      message->GetLineNumber(context).FromMaybe(0) > 0) {
    where = absl::StrCat(
        ModuleLoader::UrlToPath(
            ToStdString(isolate_, message->GetScriptResourceName())),
        ":", message->GetLineNumber(context).FromMaybe(0), ":",
        message->GetStartColumn(context).FromMaybe(-1) + 1, ": ");
  }
  absl::Status status = absl::InvalidArgumentError(absl::StrCat(where, text));
  ReportUncaught(try_catch.Exception(), message);
  return status;
}

std::string Runtime::DefaultRoot(const std::filesystem::path& entry_dir) {
  // The nearest folder with a package.json (the entry's package, so that
  // its node_modules resolve), else the entry's own folder.
  for (std::filesystem::path dir = entry_dir; !dir.empty();
       dir = dir.parent_path()) {
    std::error_code ec;
    if (dir != dir.root_path() &&
        std::filesystem::is_regular_file(dir / "package.json", ec)) {
      return dir.string();
    }
    if (dir == dir.root_path()) break;
  }
  return entry_dir.string();
}

Runtime::EntryKind Runtime::KindOfEntry(const std::string& entry) {
  std::string extension = std::filesystem::path(entry).extension().string();
  if (options_.module || extension == ".mjs") return EntryKind::kModule;
  if (options_.classic) return EntryKind::kClassic;
  if (extension == ".cjs" || options_.entry_source.has_value()) {
    return EntryKind::kCommonJs;
  }
  // .js and the rest: as the package scope's "type" says (Node).
  return modules_->PackageTypeOf(entry) == ModuleLoader::PackageType::kModule
             ? EntryKind::kModule
             : EntryKind::kCommonJs;
}

absl::Status Runtime::LoadCommonJs(const std::string& path,
                                   const std::string& source) {
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Function> function;
  if (!ModuleLoader::CompileCommonJs(isolate_, source, path)
           .ToLocal(&function)) {
    // Node's syntax detection: a .js (or extensionless) entry in a package
    // without "type" that has module syntax runs as an ES module.
    std::string extension = std::filesystem::path(path).extension().string();
    if (try_catch.HasCaught() && !options_.entry_source.has_value() &&
        (extension == ".js" || extension.empty()) &&
        ModuleLoader::IsModuleSyntaxError(isolate_, try_catch.Exception()) &&
        modules_->PackageTypeOf(path) == ModuleLoader::PackageType::kNone &&
        modules_->ContainsModuleSyntax(source, path)) {
      try_catch.Reset();
      return LoadModule(path);
    }
    return CompileError(try_catch);
  }
  main_cjs_.Reset(isolate_, function);
  main_cjs_path_ = path;
  return absl::OkStatus();
}

absl::Status Runtime::LoadClassic(const std::string& path,
                                  const std::string& source) {
  NoteSource(source);
  v8::Local<v8::Context> context = this->context();
  v8::TryCatch try_catch(isolate_);
  v8::ScriptOrigin origin(isolate_, NewString(isolate_, path));
  v8::ScriptCompiler::Source script_source(NewString(isolate_, source),
                                           origin);
  v8::Local<v8::Script> script;
  if (!v8::ScriptCompiler::Compile(context, &script_source).ToLocal(&script)) {
    return CompileError(try_catch);
  }
  main_script_.Reset(isolate_, script);
  return absl::OkStatus();
}

absl::Status Runtime::LoadModule(const std::string& path) {
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Module> module;
  if (!modules_->LoadAndLink(path).ToLocal(&module)) {
    return CompileError(try_catch);
  }
  main_module_.Reset(isolate_, module);
  return absl::OkStatus();
}

void Runtime::StartModuleEvaluation() {
  // Node evaluates the main module from inside a promise job, so the
  // microtasks its body queues run before its process.nextTick callbacks.
  // Evaluating from a microtask reproduces that order; the checkpoint that
  // follows runs it.
  isolate_->EnqueueMicrotask(
      [](void* data) { static_cast<Runtime*>(data)->EvaluateMainModule(); },
      this);
}

void Runtime::EvaluateMainModule() {
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = this->context();
  v8::Local<v8::Module> module = main_module_.Get(isolate_);
  main_module_.Reset();
  if (TerminationPending()) return;  // see TerminationPending()
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> result;
  if (!module->Evaluate(context).ToLocal(&result)) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      ReportUncaught(try_catch.Exception(), try_catch.Message());
    }
    return;
  }
  v8::Local<v8::Promise> promise = result.As<v8::Promise>();
  if (promise->State() == v8::Promise::kRejected) {
    promise->MarkAsHandled();
    v8::Local<v8::Value> error = promise->Result();
    ReportUncaught(error, v8::Exception::CreateMessage(isolate_, error));
    return;
  }
  // A later rejection (after a top-level await) surfaces through the
  // unhandled-rejection path, like in Node.
  main_module_promise_.Reset(isolate_, promise);
}

}  // namespace isohost::isolate
