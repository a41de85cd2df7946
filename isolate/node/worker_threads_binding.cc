#include "isolate/node/worker_threads_binding.h"

#include <uv.h>

#include "isolate/binding_util.h"
#include "isolate/message_port.h"
#include "isolate/runtime.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-isolate.h"
#include "v8-primitive.h"
#include "v8-statistics.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

constexpr double kMb = 1024.0 * 1024.0;
// V8's default stack limit (--stack-size) when no stack limit is set.
constexpr double kDefaultStackMb = 984.0 / 1024.0;

PortBinding* PortOf(Args args) {
  return PortBinding::FromWrapper(*Runtime::From(args.GetIsolate()), args[0]);
}

void ReceiveMessageOnPort(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  PortBinding* port = PortOf(args);
  if (port == nullptr) {
    isolate->ThrowException(v8::Exception::TypeError(
        NewString(isolate, "Illegal invocation: not a MessagePort")));
    return;
  }
  v8::MaybeLocal<v8::Value> maybe;
  if (!port->ReceiveOne(&maybe)) return;  // undefined: nothing queued
  v8::Local<v8::Value> value;
  if (!maybe.ToLocal(&value)) return;  // threw
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  if (result
          ->Set(isolate->GetCurrentContext(), NewString(isolate, "message"),
                value)
          .IsNothing()) {
    return;
  }
  args.GetReturnValue().Set(result);
}

void IsMessagePort(Args args) {
  args.GetReturnValue().Set(PortOf(args) != nullptr);
}

void PortHasRef(Args args) {
  PortBinding* port = PortOf(args);
  args.GetReturnValue().Set(port != nullptr && port->has_ref());
}

void ResourceLimits(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  const Limits& limits = Runtime::From(isolate)->options().limits;
  // What V8 picks for a heap without limits of ours.
  v8::ResourceConstraints defaults;
  defaults.ConfigureDefaults(uv_get_total_memory(), 0);
  v8::HeapStatistics heap;
  isolate->GetHeapStatistics(&heap);
  double young = limits.max_young_bytes > 0
                     ? limits.max_young_bytes / kMb
                     : defaults.max_young_generation_size_in_bytes() / kMb;
  double old = limits.max_heap_bytes > 0 ? limits.max_heap_bytes / kMb
                                         : heap.heap_size_limit() / kMb;
  double stack =
      limits.stack_bytes > 0 ? limits.stack_bytes / kMb : kDefaultStackMb;
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  auto set = [&](const char* key, double value) {
    result->Set(context, NewString(isolate, key), v8::Number::New(isolate, value))
        .Check();
  };
  set("maxYoungGenerationSizeMb", young);
  set("maxOldGenerationSizeMb", old);
  set("codeRangeSizeMb", 0);
  set("stackSizeMb", stack);
  args.GetReturnValue().Set(result);
}

}  // namespace

void InstallWorkerThreadsBinding(Runtime& runtime,
                                 v8::Local<v8::Object> target) {
  SetMethod(runtime, target, "receiveMessageOnPort", ReceiveMessageOnPort);
  SetMethod(runtime, target, "isMessagePort", IsMessagePort);
  SetMethod(runtime, target, "portHasRef", PortHasRef);
  SetMethod(runtime, target, "resourceLimits", ResourceLimits);
}

}  // namespace isohost::isolate
