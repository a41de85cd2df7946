#include "isolate/natives.h"

#include "isolate/errors.h"
#include "isolate/io/permissions_v8.h"

#include <unistd.h>
#include <uv.h>

#include <cstdio>
#include <map>
#include <vector>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "isolate/builtins.h"
#include "isolate/embedded_js.h"
#include "isolate/js_sources.h"
#include "isolate/message_port.h"
#include "isolate/module_loader.h"
#include "isolate/worker.h"
#include "isolate/runtime.h"
#include "isolate/serializer.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-microtask-queue.h"
#include "v8-container.h"
#include "v8-primitive.h"
#include "v8-proxy.h"
#include "v8-debug.h"
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

// memoryUsage(out): fills a Float64Array(5) with Node's
// process.memoryUsage() fields: rss, heapTotal, heapUsed, external,
// arrayBuffers (bytes). rss is the whole process's, as in Node.
void MemoryUsage(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (args.Length() < 1 || !args[0]->IsFloat64Array()) return;
  v8::Local<v8::Float64Array> out = args[0].As<v8::Float64Array>();
  if (out->Length() < 5) return;
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  v8::HeapStatistics heap;
  isolate->GetHeapStatistics(&heap);
  double values[5] = {static_cast<double>(rss),
                      static_cast<double>(heap.total_heap_size()),
                      static_cast<double>(heap.used_heap_size()),
                      static_cast<double>(heap.external_memory()),
                      static_cast<double>(heap.external_memory())};
  auto* data = static_cast<double*>(out->Buffer()->Data()) +
               out->ByteOffset() / sizeof(double);
  for (int i = 0; i < 5; ++i) data[i] = values[i];
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

// ---- MessageChannel / MessagePort / Worker ----------------------------------

PortBinding* PortArg(Args args, int index) {
  PortBinding* port = PortBinding::FromWrapper(RuntimeOf(args), args[index]);
  if (port == nullptr) {
    v8::Isolate* isolate = args.GetIsolate();
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "Illegal invocation: not a MessagePort")));
  }
  return port;
}

void CreateMessageChannel(Args args) {
  Runtime& runtime = RuntimeOf(args);
  v8::Isolate* isolate = args.GetIsolate();
  auto [first, second] = channel::Port::CreatePair();
  PortBinding* a = PortBinding::Create(runtime, std::move(first));
  PortBinding* b = PortBinding::Create(runtime, std::move(second));
  if (a == nullptr || b == nullptr) return;
  v8::Local<v8::Value> ports[] = {a->wrapper(), b->wrapper()};
  args.GetReturnValue().Set(v8::Array::New(isolate, ports, 2));
}

void PortPost(Args args) {
  if (PortBinding* port = PortArg(args, 0)) port->PostMessage(args[1], args[2]);
}

void PortStart(Args args) {
  if (PortBinding* port = PortArg(args, 0)) port->Start();
}

void PortClose(Args args) {
  if (PortBinding* port = PortArg(args, 0)) port->Close();
}

void PortRef(Args args) {
  if (PortBinding* port = PortArg(args, 0)) {
    port->SetRef(args[1]->BooleanValue(args.GetIsolate()));
  }
}

// The file of the innermost user script on the stack (not the bootstrap),
// for resolving a Worker's relative path.
std::string CallerFile(Runtime& runtime) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::StackTrace> trace = v8::StackTrace::CurrentStackTrace(
      isolate, 16, v8::StackTrace::kScriptName);
  for (int i = 0; i < trace->GetFrameCount(); ++i) {
    v8::Local<v8::String> name = trace->GetFrame(isolate, i)->GetScriptName();
    if (name.IsEmpty()) continue;
    std::string file = ToStdString(isolate, name);
    if (file.rfind("file://", 0) == 0) return ModuleLoader::UrlToPath(file);
    // Built-ins ("isohost:bootstrap", "node:worker_threads", ...) are not
    // the caller: user code has absolute paths or file: URLs.
    if (file.empty() || file[0] != '/') continue;
    return file;
  }
  return runtime.options().entry_path;
}

// spawnWorker(url, options, worker) -> the parent end of the implicit port.
// options: { name, type, workerData, hasWorkerData, resourceLimits } and,
// from node:worker_threads, { node: true, transferList (for workerData),
// source (eval: the script's text; `url` is then ignored), argv (appended
// to the worker's process.argv), online (called once the worker is up) }.
// Sets options.threadId.
void SpawnWorker(Args args) {
  Runtime& runtime = RuntimeOf(args);
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (!args[1]->IsObject() || !args[2]->IsObject()) return;
  v8::Local<v8::Object> options = args[1].As<v8::Object>();
  auto get = [&](const char* key) -> v8::Local<v8::Value> {
    v8::Local<v8::Value> value;
    if (!options->Get(context, NewString(isolate, key)).ToLocal(&value)) {
      return v8::Undefined(isolate);
    }
    return value;
  };
  WorkerSpec spec;
  spec.node = get("node")->BooleanValue(isolate);
  v8::Local<v8::Value> source = get("source");
  std::string url = source->IsString() ? std::string("[worker eval]")
                                       : ToStdString(isolate, args[0]);
  if (url.rfind("file://", 0) == 0) url = ModuleLoader::UrlToPath(url);
  std::filesystem::path path(url);
  if (path.is_relative()) {
    // Node resolves against the working directory; the Web Worker API
    // against the calling script.
    std::error_code cwd_ec;
    path = (spec.node ? std::filesystem::current_path(cwd_ec)
                      : std::filesystem::path(CallerFile(runtime)).parent_path()) /
           path;
  }
  spec.entry_path = path.lexically_normal().string();
  if (source->IsString()) spec.entry_source = ToStdString(isolate, source);
  std::error_code ec;
  if (std::filesystem::exists(spec.entry_path, ec) &&
      !runtime.IsBelowRoot(spec.entry_path)) {
    isolate->ThrowException(NewCodedError(
        isolate, "ERR_ACCESS_DENIED",
        absl::StrCat("Access to '", spec.entry_path,
                     "' is denied: worker scripts must stay below '",
                     runtime.options().module_root, "'")));
    return;
  }
  // Limits: the parent's, tightened by resourceLimits (a worker can never
  // loosen what its parent is held to).
  const Limits& parent = runtime.options().limits;
  spec.limits = parent;
  v8::Local<v8::Value> requested = get("resourceLimits");
  if (requested->IsObject()) {
    v8::Local<v8::Object> object = requested.As<v8::Object>();
    auto field = [&](const char* key, double scale, auto* target) {
      v8::Local<v8::Value> value;
      if (!object->Get(context, NewString(isolate, key)).ToLocal(&value) ||
          !value->IsNumber()) {
        return;
      }
      double number = value.As<v8::Number>()->Value();
      if (!(number > 0)) return;
      using T = std::remove_pointer_t<decltype(target)>;
      T wanted = static_cast<T>(std::min(number * scale, 9.0e15));
      if (*target == 0 || wanted < *target) *target = wanted;
    };
    field("maxOldGenerationSizeMb", 1 << 20, &spec.limits.max_heap_bytes);
    field("maxYoungGenerationSizeMb", 1 << 20, &spec.limits.max_young_bytes);
    field("maxExternalMemoryMb", 1 << 20, &spec.limits.max_external_bytes);
    field("stackSizeMb", 1 << 20, &spec.limits.stack_bytes);
    field("maxCpuTimeMs", 1, &spec.limits.max_cpu_ms);
    field("maxWallTimeMs", 1, &spec.limits.max_wall_ms);
    field("maxWorkers", 1, &spec.limits.max_workers);
    field("maxWorkerDepth", 1, &spec.limits.max_worker_depth);
    field("maxQueuedMessages", 1, &spec.limits.max_queued_messages);
    field("maxQueuedBytes", 1, &spec.limits.max_queued_bytes);
  }
  if (parent.max_worker_depth > 0 &&
      runtime.options().depth + 1 > parent.max_worker_depth) {
    isolate->ThrowException(NewCodedError(
        isolate, "ERR_WORKER_LIMIT",
        absl::StrCat("Cannot start a worker: the nesting limit of ",
                     parent.max_worker_depth, " is reached")));
    return;
  }
  if (parent.max_workers > 0 &&
      runtime.options().worker_budget->live.load() >= parent.max_workers) {
    isolate->ThrowException(NewCodedError(
        isolate, "ERR_WORKER_LIMIT",
        absl::StrCat("Cannot start a worker: the limit of ",
                     parent.max_workers, " live workers is reached")));
    return;
  }
  // I/O grants: the parent's, or fewer (never more).
  std::optional<io::Permissions> permissions = io::ReadWorkerPermissions(
      isolate, context, get("permissions"), runtime.options().permissions,
      std::filesystem::path(CallerFile(runtime)).parent_path().string());
  if (!permissions.has_value()) return;
  spec.permissions = *std::move(permissions);
  spec.module = ToStdString(isolate, get("type")) == "module";
  spec.name = ToStdString(isolate, get("name"));
  if (spec.node) {
    // Node: [the host, the script (or "[worker eval]"), ...options.argv].
    const std::vector<std::string>& parent_argv = runtime.options().argv;
    spec.argv.emplace();
    spec.argv->push_back(parent_argv.empty() ? "isohost" : parent_argv[0]);
    spec.argv->push_back(source->IsString() ? url : spec.entry_path);
  }
  v8::Local<v8::Value> argv = get("argv");
  if (spec.node && argv->IsArray()) {
    v8::Local<v8::Array> array = argv.As<v8::Array>();
    for (uint32_t i = 0; i < array->Length(); ++i) {
      v8::Local<v8::Value> item;
      if (!array->Get(context, i).ToLocal(&item)) return;
      spec.argv->push_back(ToStdString(isolate, item));
    }
  }
  if (get("hasWorkerData")->BooleanValue(isolate)) {
    v8::Local<v8::Value> transfer = get("transferList");
    std::optional<channel::Message> data = Serialize(
        runtime, get("workerData"),
        transfer->IsArray() ? transfer : v8::Local<v8::Value>());
    if (!data.has_value()) return;  // DataCloneError thrown, nothing started
    spec.worker_data = std::move(data);
  }
  spec.thread_id = NextThreadId();
  options
      ->Set(context, NewString(isolate, "threadId"),
            v8::Number::New(isolate, static_cast<double>(spec.thread_id)))
      .FromMaybe(false);
  v8::Local<v8::Value> online = get("online");
  WorkerHost* worker = WorkerHost::Start(
      runtime, std::move(spec), args[2].As<v8::Object>(),
      online->IsFunction() ? online.As<v8::Function>()
                           : v8::Local<v8::Function>());
  if (worker != nullptr) args.GetReturnValue().Set(worker->port()->wrapper());
}

void TerminateWorker(Args args) {
  PortBinding* port = PortArg(args, 0);
  if (port == nullptr) return;
  if (WorkerHost* worker = RuntimeOf(args).FindWorker(port)) {
    worker->Terminate();
  }
}

// workerRef(port, ref): node:worker_threads' worker.ref()/unref().
void WorkerRef(Args args) {
  PortBinding* port = PortArg(args, 0);
  if (port == nullptr) return;
  if (WorkerHost* worker = RuntimeOf(args).FindWorker(port)) {
    worker->SetRef(args[1]->BooleanValue(args.GetIsolate()));
  }
}

void WorkerClose(Args args) { RuntimeOf(args).Close(); }

// getOwnNonIndexProperties(obj, all): own keys that are not array indices
// (console formatting of big arrays without listing every index).
void GetOwnNonIndexProperties(Args args) {
  if (!args[0]->IsObject()) return;
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Array> keys;
  if (args[0]
          .As<v8::Object>()
          ->GetPropertyNames(isolate->GetCurrentContext(),
                             v8::KeyCollectionMode::kOwnOnly,
                             args[1]->BooleanValue(isolate)
                                 ? v8::PropertyFilter::ALL_PROPERTIES
                                 : v8::PropertyFilter::ONLY_ENUMERABLE,
                             v8::IndexFilter::kSkipIndices,
                             v8::KeyConversionMode::kConvertToString)
          .ToLocal(&keys)) {
    args.GetReturnValue().Set(keys);
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


// loadBuiltin(id, exports, require, binding, internals, module): compiles
// the built-in `id` (from V8's code cache after the first runtime), calls
// its function with the other arguments and returns what it returned.
// Throws if no built-in `id` is registered.
void LoadBuiltin(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string id = ToStdString(isolate, args[0]);
  const BuiltinSource* builtin = BuiltinRegistry::Get().FindSource(id);
  if (builtin == nullptr) {
    isolate->ThrowException(NewCodedError(
        isolate, "ERR_UNKNOWN_BUILTIN_MODULE",
        absl::StrCat("No such built-in module: ", id)));
    return;
  }
  v8::Local<v8::Script> script;
  v8::Local<v8::Function> function;
  if (!CompileInternal(isolate, builtin->id, builtin->source, &script)
           .ToLocal(&function)) {
    return;  // threw
  }
  v8::Local<v8::Value> argv[5];
  for (int i = 0; i < 5; ++i) argv[i] = args[i + 1];
  v8::Local<v8::Value> result;
  if (!function->Call(isolate->GetCurrentContext(), v8::Undefined(isolate), 5,
                      argv)
           .ToLocal(&result)) {
    return;
  }
  // Cache after the first run, so the functions it ran are in the cache.
  EmbeddedCodeCache::Get().Save(std::string(builtin->id),
                                script->GetUnboundScript());
  args.GetReturnValue().Set(result);
}

// The getter of a lazy global (BuiltinRegistry::LazyGlobal): loads the
// built-in data[0] and returns its export data[1]; V8 then makes the global
// a plain data property holding that value.
void LazyGlobalGetter(v8::Local<v8::Name> name,
                      const v8::PropertyCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> data = info.Data().As<v8::Array>();
  v8::Local<v8::Value> exports;
  v8::Local<v8::Value> value;
  if (!Runtime::From(isolate)
           ->RequireBuiltin(ToStdString(
               isolate, data->Get(context, 0).ToLocalChecked()))
           .ToLocal(&exports) ||
      !exports->IsObject() ||
      !exports.As<v8::Object>()
           ->Get(context, data->Get(context, 1).ToLocalChecked())
           .ToLocal(&value)) {
    return;  // threw
  }
  info.GetReturnValue().Set(value);
}

// binding(name) -> a new object filled by the C++ binding `name`.
void Binding(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::string name = ToStdString(isolate, args[0]);
  BuiltinRegistry::BindingInstaller installer =
      BuiltinRegistry::Get().FindBinding(name);
  if (installer == nullptr) {
    isolate->ThrowException(NewCodedError(
        isolate, "ERR_INVALID_MODULE", absl::StrCat("No such binding: ", name)));
    return;
  }
  v8::Local<v8::Object> target = v8::Object::New(isolate);
  installer(RuntimeOf(args), target);
  args.GetReturnValue().Set(target);
}

// builtinIds(prefix) -> the registered built-in ids starting with prefix.
void BuiltinIds(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::vector<v8::Local<v8::Value>> ids;
  for (const std::string& id : BuiltinRegistry::Get().SourceIds(
           ToStdString(isolate, args[0]))) {
    ids.push_back(NewString(isolate, id));
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, ids.data(), ids.size()));
}

}  // namespace

static bool InstallLazyProperty(v8::Isolate* isolate,
                                v8::Local<v8::Context> context,
                                const BuiltinRegistry::LazyGlobal& lazy) {
  v8::Local<v8::Object> target = context->Global();
  std::string_view path = lazy.name;
  size_t dot;
  while ((dot = path.find('.')) != std::string_view::npos) {
    std::string_view step = path.substr(0, dot);
    path.remove_prefix(dot + 1);
    v8::Local<v8::Value> next;
    if (step == "__proto__") {
      next = target->GetPrototype();
    } else if (!target->Get(context, NewString(isolate, step)).ToLocal(&next)) {
      return false;
    }
    if (!next->IsObject()) return false;
    target = next.As<v8::Object>();
  }
  bool unscopables = path == "@@unscopables";
  v8::Local<v8::Name> name =
      unscopables ? v8::Symbol::GetUnscopables(isolate).As<v8::Name>()
                  : NewString(isolate, path).As<v8::Name>();
  if (!unscopables && lazy.name.find('.') != std::string_view::npos &&
      target->HasOwnProperty(context, name).FromMaybe(true)) {
    return true;  // the engine has it: keep the engine's
  }
  v8::Local<v8::Value> data[] = {NewString(isolate, lazy.id),
                                 NewString(isolate, lazy.key)};
  return target
      ->SetLazyDataProperty(
          context, name, LazyGlobalGetter, v8::Array::New(isolate, data, 2),
          unscopables ? static_cast<v8::PropertyAttribute>(v8::ReadOnly |
                                                           v8::DontEnum)
                      : v8::DontEnum)
      .FromMaybe(false);
}

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
  SetFunction(isolate, natives, "memoryUsage", MemoryUsage);
  SetFunction(isolate, natives, "reportUncaught", ReportUncaught);
  SetFunction(isolate, natives, "structuredClone", StructuredClone);
  SetFunction(isolate, natives, "getPromiseState", GetPromiseState);
  SetFunction(isolate, natives, "getProxyTarget", GetProxyTarget);
  SetFunction(isolate, natives, "previewEntries", PreviewEntries);
  SetFunction(isolate, natives, "getOwnNonIndexProperties",
              GetOwnNonIndexProperties);
  SetFunction(isolate, natives, "createMessageChannel", CreateMessageChannel);
  SetFunction(isolate, natives, "portPost", PortPost);
  SetFunction(isolate, natives, "portStart", PortStart);
  SetFunction(isolate, natives, "portClose", PortClose);
  SetFunction(isolate, natives, "portRef", PortRef);
  SetFunction(isolate, natives, "spawnWorker", SpawnWorker);
  SetFunction(isolate, natives, "terminateWorker", TerminateWorker);
  SetFunction(isolate, natives, "workerRef", WorkerRef);
  SetFunction(isolate, natives, "workerClose", WorkerClose);
  SetFunction(isolate, natives, "loadBuiltin", LoadBuiltin);
  SetFunction(isolate, natives, "binding", Binding);
  SetFunction(isolate, natives, "builtinIds", BuiltinIds);
  v8::Local<v8::Function> port_constructor;
  if (runtime.port_template()->GetFunction(context).ToLocal(&port_constructor)) {
    Set(isolate, natives, "MessagePort", port_constructor);
  }
  uint64_t thread_id = 0;
  if (RuntimeOptions::Worker* worker = runtime.worker_options()) {
    if (worker->thread_id == 0) worker->thread_id = NextThreadId();
    thread_id = worker->thread_id;
    Set(isolate, natives, "isWorker", v8::True(isolate));
    Set(isolate, natives, "isNodeWorker", v8::Boolean::New(isolate, worker->node));
    Set(isolate, natives, "workerName", NewString(isolate, worker->name));
    if (runtime.worker_port() != nullptr) {
      // A Node worker's implicit port is its parentPort: a MessagePort
      // that gets its own events (a Web Worker's go to its global scope).
      if (worker->node) runtime.worker_port()->UseWrapperAsTarget();
      Set(isolate, natives, "workerPort", runtime.worker_port()->wrapper());
    }
    v8::Local<v8::Value> data = v8::Undefined(isolate);
    if (worker->data.has_value()) {
      channel::Message message = std::move(*worker->data);
      worker->data.reset();
      if (!Deserialize(runtime, std::move(message)).ToLocal(&data)) {
        data = v8::Undefined(isolate);
      }
    }
    Set(isolate, natives, "workerData", data);
  }
  Set(isolate, natives, "threadId",
      v8::Number::New(isolate, static_cast<double>(thread_id)));

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

#if defined(__x86_64__)
  Set(isolate, natives, "arch", NewString(isolate, "x64"));
#elif defined(__aarch64__)
  Set(isolate, natives, "arch", NewString(isolate, "arm64"));
#else
  Set(isolate, natives, "arch", NewString(isolate, "unknown"));
#endif
  Set(isolate, natives, "pid", v8::Integer::New(isolate, getpid()));
  Set(isolate, natives, "v8Version",
      NewString(isolate, V8Process::V8Version()));

  v8::Local<v8::Function> inspect_factory;
  v8::Local<v8::Function> bootstrap;
  v8::Local<v8::Script> inspect_script;
  v8::Local<v8::Script> bootstrap_script;
  if (!CompileInternal(isolate, "isohost:inspect", kInspectJs, &inspect_script)
           .ToLocal(&inspect_factory) ||
      !CompileInternal(isolate, "isohost:bootstrap", kBootstrapJs,
                       &bootstrap_script)
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
  // The globals the built-in packages registered: V8 lazy data properties,
  // so that an unused one costs no JS at start-up. A dotted name puts the
  // property on an object reached from the global ("Array.prototype.x";
  // "__proto__" steps to a prototype, "@@unscopables" is the symbol), where
  // it is added only if the engine does not have it already (except
  // @@unscopables, which replaces V8's, read-only as the spec has it).
  for (const BuiltinRegistry::LazyGlobal& lazy :
       BuiltinRegistry::Get().LazyGlobals()) {
    if (!InstallLazyProperty(isolate, context, lazy)) {
      return absl::InternalError(absl::StrCat(
          "isohost: could not define the lazy global ", std::string(lazy.name)));
    }
  }
  // Now that the bootstrap ran, its functions are compiled: cache them.
  EmbeddedCodeCache::Get().Save("isohost:inspect",
                                inspect_script->GetUnboundScript());
  EmbeddedCodeCache::Get().Save("isohost:bootstrap",
                                bootstrap_script->GetUnboundScript());
  runtime.set_bootstrap_script(bootstrap_script->GetUnboundScript());
  return absl::OkStatus();
}

void InstallLanguageProperties(Runtime& runtime) {
  v8::Isolate* isolate = runtime.isolate();
  v8::HandleScope scope(isolate);
  for (const BuiltinRegistry::LazyGlobal& property :
       BuiltinRegistry::Get().LanguageProperties()) {
    InstallLazyProperty(isolate, runtime.context(), property);
  }
}

void RefreshEmbeddedCodeCache(Runtime& runtime) {
  v8::Local<v8::UnboundScript> script;
  if (runtime.bootstrap_script().ToLocal(&script)) {
    EmbeddedCodeCache::Get().Save("isohost:bootstrap", script,
                                  /*refresh=*/true);
  }
}

}  // namespace isohost::isolate
