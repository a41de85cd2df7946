#include "isolate/natives.h"

#include <uv.h>

#include <cstdio>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "isolate/js_sources.h"
#include "isolate/runtime.h"
#include "isolate/serializer.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-microtask-queue.h"
#include "v8-container.h"
#include "v8-primitive.h"
#include "v8-proxy.h"
#include "v8-script.h"
#include "v8-template.h"
#include "v8-typed-array.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

Runtime& RuntimeOf(Args args) { return *Runtime::From(args.GetIsolate()); }

double NumberArg(Args args, int index, double fallback = 0) {
  if (args.Length() <= index) return fallback;
  v8::Local<v8::Value> value = args[index];
  if (value->IsNumber()) return value.As<v8::Number>()->Value();
  double result;
  if (!value->NumberValue(args.GetIsolate()->GetCurrentContext()).To(&result)) {
    return fallback;
  }
  return result;
}

// print(fd, text): 1 = stdout, 2 = stderr.
void Print(Args args) {
  std::string text = ToStdString(args.GetIsolate(), args[1]);
  RuntimeOf(args).Write(NumberArg(args, 0) == 2 ? 2 : 1, text);
}

// setTimer(fn, delay, repeat) -> id
void SetTimer(Args args) {
  Runtime& runtime = RuntimeOf(args);
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsFunction()) return;
  v8::Global<v8::Function> function(isolate, args[0].As<v8::Function>());
  loop::TimerId id = runtime.loop().SetTimer(
      NumberArg(args, 1, 1), args[2]->BooleanValue(isolate),
      [&runtime, function = std::move(function)]() {
        v8::HandleScope scope(runtime.isolate());
        runtime.CallbackScope(function.Get(runtime.isolate()), 0, nullptr);
      });
  args.GetReturnValue().Set(static_cast<double>(id));
}

void ClearTimer(Args args) {
  RuntimeOf(args).loop().ClearTimer(
      static_cast<loop::TimerId>(NumberArg(args, 0)));
}

void RefTimer(Args args) {
  RuntimeOf(args).loop().SetTimerRef(
      static_cast<loop::TimerId>(NumberArg(args, 0)),
      args[1]->BooleanValue(args.GetIsolate()));
}

void HasRefTimer(Args args) {
  args.GetReturnValue().Set(RuntimeOf(args).loop().TimerHasRef(
      static_cast<loop::TimerId>(NumberArg(args, 0))));
}

void RefreshTimer(Args args) {
  RuntimeOf(args).loop().RefreshTimer(
      static_cast<loop::TimerId>(NumberArg(args, 0)));
}

// setImmediate(fn) -> id
void SetImmediate(Args args) {
  Runtime& runtime = RuntimeOf(args);
  if (!args[0]->IsFunction()) return;
  v8::Global<v8::Function> function(args.GetIsolate(),
                                    args[0].As<v8::Function>());
  loop::ImmediateId id = runtime.loop().SetImmediate(
      [&runtime, function = std::move(function)]() mutable {
        v8::HandleScope scope(runtime.isolate());
        runtime.CallbackScope(function.Get(runtime.isolate()), 0, nullptr);
      });
  args.GetReturnValue().Set(static_cast<double>(id));
}

void ClearImmediate(Args args) {
  RuntimeOf(args).loop().ClearImmediate(
      static_cast<loop::ImmediateId>(NumberArg(args, 0)));
}

void RefImmediate(Args args) {
  RuntimeOf(args).loop().SetImmediateRef(
      static_cast<loop::ImmediateId>(NumberArg(args, 0)),
      args[1]->BooleanValue(args.GetIsolate()));
}

void EnqueueMicrotask(Args args) {
  if (!args[0]->IsFunction()) return;
  args.GetIsolate()->EnqueueMicrotask(args[0].As<v8::Function>());
}

void RunMicrotasks(Args args) {
  args.GetIsolate()->PerformMicrotaskCheckpoint();
}

void Exit(Args args) {
  Runtime& runtime = RuntimeOf(args);
  runtime.Exit(static_cast<int>(NumberArg(args, 0, runtime.exit_code_hint())));
}

void SetExitCode(Args args) {
  RuntimeOf(args).set_exit_code_hint(static_cast<int>(NumberArg(args, 0)));
}

// now(): ms since the runtime started (performance.now()).
void Now(Args args) {
  uint64_t elapsed = uv_hrtime() - RuntimeOf(args).start_hrtime_ns();
  args.GetReturnValue().Set(static_cast<double>(elapsed) / 1e6);
}

// reportUncaught(error): queueMicrotask's callbacks throw through here.
void ReportUncaught(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  RuntimeOf(args).ReportUncaught(
      args[0], v8::Exception::CreateMessage(isolate, args[0]));
}

// structuredClone(value, transferList)
void StructuredClone(Args args) {
  Runtime& runtime = RuntimeOf(args);
  std::optional<channel::Message> message =
      Serialize(runtime, args[0], args[1]);
  if (!message.has_value()) return;  // threw
  v8::Local<v8::Value> result;
  if (Deserialize(runtime, std::move(*message)).ToLocal(&result)) {
    args.GetReturnValue().Set(result);
  }
}

// getPromiseState(p) -> [state, result]; 0 pending, 1 fulfilled, 2 rejected
void GetPromiseState(Args args) {
  if (!args[0]->IsPromise()) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Promise> promise = args[0].As<v8::Promise>();
  int state = 0;
  v8::Local<v8::Value> result = v8::Undefined(isolate);
  if (promise->State() == v8::Promise::kFulfilled) state = 1;
  if (promise->State() == v8::Promise::kRejected) state = 2;
  if (state != 0) result = promise->Result();
  v8::Local<v8::Value> items[] = {v8::Integer::New(isolate, state), result};
  args.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
}

void GetProxyTarget(Args args) {
  if (!args[0]->IsProxy()) return;
  args.GetReturnValue().Set(args[0].As<v8::Proxy>()->GetTarget());
}

// previewEntries(obj) -> array (Map/Set iterators, WeakMap, WeakSet); for
// key/value collections the array is [key0, value0, key1, value1, ...].
void PreviewEntries(Args args) {
  if (!args[0]->IsObject()) return;
  bool is_key_value = false;
  v8::Local<v8::Array> entries;
  if (args[0].As<v8::Object>()->PreviewEntries(&is_key_value).ToLocal(
          &entries)) {
    v8::Isolate* isolate = args.GetIsolate();
    v8::Local<v8::Value> items[] = {entries,
                                    v8::Boolean::New(isolate, is_key_value)};
    args.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
  }
}

void Set(v8::Isolate* isolate, v8::Local<v8::Object> target, const char* name,
         v8::Local<v8::Value> value) {
  target
      ->Set(isolate->GetCurrentContext(), NewString(isolate, name), value)
      .Check();
}

void SetFunction(v8::Isolate* isolate, v8::Local<v8::Object> target,
                 const char* name, v8::FunctionCallback callback) {
  v8::Local<v8::Function> function =
      v8::Function::New(isolate->GetCurrentContext(), callback)
          .ToLocalChecked();
  function->SetName(NewString(isolate, name));
  Set(isolate, target, name, function);
}

// Compiles one of the embedded JS sources; its completion value must be a
// function (our sources are function expressions).
v8::MaybeLocal<v8::Function> CompileInternal(v8::Isolate* isolate,
                                             const char* name,
                                             std::string_view source) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::ScriptOrigin origin(isolate, NewString(isolate, name));
  v8::ScriptCompiler::Source script_source(NewString(isolate, source), origin);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::ScriptCompiler::Compile(context, &script_source).ToLocal(&script) ||
      !script->Run(context).ToLocal(&result) || !result->IsFunction()) {
    return {};
  }
  return result.As<v8::Function>();
}

}  // namespace

absl::Status InstallGlobals(Runtime& runtime) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::Context> context = runtime.context();
  v8::TryCatch try_catch(isolate);

  v8::Local<v8::Object> natives = v8::Object::New(isolate);
  SetFunction(isolate, natives, "print", Print);
  SetFunction(isolate, natives, "setTimer", SetTimer);
  SetFunction(isolate, natives, "clearTimer", ClearTimer);
  SetFunction(isolate, natives, "refTimer", RefTimer);
  SetFunction(isolate, natives, "hasRefTimer", HasRefTimer);
  SetFunction(isolate, natives, "refreshTimer", RefreshTimer);
  SetFunction(isolate, natives, "setImmediate", SetImmediate);
  SetFunction(isolate, natives, "clearImmediate", ClearImmediate);
  SetFunction(isolate, natives, "refImmediate", RefImmediate);
  SetFunction(isolate, natives, "enqueueMicrotask", EnqueueMicrotask);
  SetFunction(isolate, natives, "runMicrotasks", RunMicrotasks);
  SetFunction(isolate, natives, "exit", Exit);
  SetFunction(isolate, natives, "setExitCode", SetExitCode);
  SetFunction(isolate, natives, "now", Now);
  SetFunction(isolate, natives, "reportUncaught", ReportUncaught);
  SetFunction(isolate, natives, "structuredClone", StructuredClone);
  SetFunction(isolate, natives, "getPromiseState", GetPromiseState);
  SetFunction(isolate, natives, "getProxyTarget", GetProxyTarget);
  SetFunction(isolate, natives, "previewEntries", PreviewEntries);

  v8::Local<v8::ArrayBuffer> flags_buffer =
      v8::ArrayBuffer::New(isolate, runtime.tick_flags_store());
  Set(isolate, natives, "tickFlags",
      v8::Uint8Array::New(flags_buffer, 0, Runtime::kTickFlagCount));
  Set(isolate, natives, "timeOrigin",
      v8::Number::New(isolate, static_cast<double>(absl::ToUnixMicros(
                                   absl::Now())) / 1000.0));
  std::vector<v8::Local<v8::Value>> argv;
  for (const std::string& arg : runtime.options().argv) {
    argv.push_back(NewString(isolate, arg));
  }
  Set(isolate, natives, "argv", v8::Array::New(isolate, argv.data(), argv.size()));
  Set(isolate, natives, "v8Version",
      NewString(isolate, V8Process::V8Version()));

  v8::Local<v8::Function> inspect_factory;
  v8::Local<v8::Function> bootstrap;
  if (!CompileInternal(isolate, "isohost:inspect", kInspectJs)
           .ToLocal(&inspect_factory) ||
      !CompileInternal(isolate, "isohost:bootstrap", kBootstrapJs)
           .ToLocal(&bootstrap)) {
    return absl::InternalError(absl::StrCat(
        "isohost: bootstrap did not compile: ",
        ToStdString(isolate, try_catch.Exception())));
  }
  Set(isolate, natives, "createInspect", inspect_factory);
  v8::Local<v8::Value> bootstrap_args[] = {natives, context->Global()};
  v8::Local<v8::Value> hooks;
  if (!bootstrap->Call(context, v8::Undefined(isolate), 2, bootstrap_args)
           .ToLocal(&hooks) ||
      !hooks->IsObject()) {
    return absl::InternalError(
        absl::StrCat("isohost: bootstrap failed: ",
                     ToStdString(isolate, try_catch.Exception())));
  }
  runtime.SetBootstrapHooks(hooks.As<v8::Object>());
  return absl::OkStatus();
}

}  // namespace isohost::isolate
