#include "isolate/node/util_binding.h"

#include <uv.h>

#include <string>
#include <vector>

#include "isolate/binding_util.h"
#include "isolate/v8_util.h"
#include "v8-container.h"
#include "v8-debug.h"
#include "v8-function.h"
#include "v8-primitive.h"
#include "v8-value.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

// The util.types predicates that need V8's view of a value: each is
// `name(value) -> boolean`.
#define ISOHOST_V8_TYPE_CHECKS(V)                                     \
  V(isExternal, IsExternal)                                           \
  V(isDate, IsDate)                                                   \
  V(isArgumentsObject, IsArgumentsObject)                             \
  V(isBigIntObject, IsBigIntObject)                                   \
  V(isBooleanObject, IsBooleanObject)                                 \
  V(isNumberObject, IsNumberObject)                                   \
  V(isStringObject, IsStringObject)                                   \
  V(isSymbolObject, IsSymbolObject)                                   \
  V(isNativeError, IsNativeError)                                     \
  V(isRegExp, IsRegExp)                                               \
  V(isAsyncFunction, IsAsyncFunction)                                 \
  V(isGeneratorFunction, IsGeneratorFunction)                         \
  V(isGeneratorObject, IsGeneratorObject)                             \
  V(isPromise, IsPromise)                                             \
  V(isMap, IsMap)                                                     \
  V(isSet, IsSet)                                                     \
  V(isMapIterator, IsMapIterator)                                     \
  V(isSetIterator, IsSetIterator)                                     \
  V(isWeakMap, IsWeakMap)                                             \
  V(isWeakSet, IsWeakSet)                                             \
  V(isArrayBuffer, IsArrayBuffer)                                     \
  V(isDataView, IsDataView)                                           \
  V(isSharedArrayBuffer, IsSharedArrayBuffer)                         \
  V(isProxy, IsProxy)                                                 \
  V(isModuleNamespaceObject, IsModuleNamespaceObject)                 \
  V(isArrayBufferView, IsArrayBufferView)                             \
  V(isTypedArray, IsTypedArray)                                       \
  V(isUint8Array, IsUint8Array)                                       \
  V(isUint8ClampedArray, IsUint8ClampedArray)                         \
  V(isUint16Array, IsUint16Array)                                     \
  V(isUint32Array, IsUint32Array)                                     \
  V(isInt8Array, IsInt8Array)                                         \
  V(isInt16Array, IsInt16Array)                                       \
  V(isInt32Array, IsInt32Array)                                       \
  V(isFloat32Array, IsFloat32Array)                                   \
  V(isFloat64Array, IsFloat64Array)                                   \
  V(isBigInt64Array, IsBigInt64Array)                                 \
  V(isBigUint64Array, IsBigUint64Array)

#define ISOHOST_DEFINE_CHECK(name, method)        \
  void Check_##name(Args args) {                  \
    args.GetReturnValue().Set(args[0]->method()); \
  }
ISOHOST_V8_TYPE_CHECKS(ISOHOST_DEFINE_CHECK)
#undef ISOHOST_DEFINE_CHECK

void IsAnyArrayBuffer(Args args) {
  args.GetReturnValue().Set(args[0]->IsArrayBuffer() ||
                            args[0]->IsSharedArrayBuffer());
}

void IsBoxedPrimitive(Args args) {
  v8::Local<v8::Value> value = args[0];
  args.GetReturnValue().Set(value->IsNumberObject() ||
                            value->IsStringObject() ||
                            value->IsBooleanObject() ||
                            value->IsBigIntObject() ||
                            value->IsSymbolObject());
}

// errName(code) -> libuv's name for a negative errno ("ENOENT"), or
// undefined for a code libuv does not know.
void ErrName(Args args) {
  if (!args[0]->IsInt32()) return;
  int code = args[0].As<v8::Int32>()->Value();
  switch (code) {
#define ISOHOST_ERR_CASE(name, text) \
  case UV_##name:                    \
    args.GetReturnValue().Set(NewString(args.GetIsolate(), #name)); \
    return;
    UV_ERRNO_MAP(ISOHOST_ERR_CASE)
#undef ISOHOST_ERR_CASE
    default:
      return;
  }
}

// errMap() -> [code, name, message, code, name, message, ...] for every
// error libuv knows.
void ErrMap(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::vector<v8::Local<v8::Value>> items;
#define ISOHOST_ERR_ENTRY(name, text)                    \
  items.push_back(v8::Integer::New(isolate, UV_##name)); \
  items.push_back(NewString(isolate, #name));            \
  items.push_back(NewString(isolate, text));
  UV_ERRNO_MAP(ISOHOST_ERR_ENTRY)
#undef ISOHOST_ERR_ENTRY
  args.GetReturnValue().Set(v8::Array::New(isolate, items.data(), items.size()));
}

// scriptSource(name) -> the source text of the innermost script on the
// current stack whose name is `name`, or undefined. Reads no file: the
// script is running, so V8 still has its text.
void ScriptSource(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsString()) return;
  v8::Local<v8::String> wanted = args[0].As<v8::String>();
  v8::Local<v8::StackTrace> stack = v8::StackTrace::CurrentStackTrace(
      isolate, 64, v8::StackTrace::kScriptName);
  for (int i = 0; i < stack->GetFrameCount(); ++i) {
    v8::Local<v8::StackFrame> frame = stack->GetFrame(isolate, i);
    v8::Local<v8::String> name = frame->GetScriptNameOrSourceURL();
    if (name.IsEmpty() || !name->StringEquals(wanted)) continue;
    v8::Local<v8::String> source = frame->GetScriptSource();
    if (!source.IsEmpty()) args.GetReturnValue().Set(source);
    return;
  }
}

constexpr const char* kArch =
#if defined(__x86_64__)
    "x64";
#elif defined(__aarch64__)
    "arm64";
#elif defined(__i386__)
    "ia32";
#elif defined(__arm__)
    "arm";
#elif defined(__riscv) && __riscv_xlen == 64
    "riscv64";
#elif defined(__powerpc64__)
    "ppc64";
#elif defined(__s390x__)
    "s390x";
#else
    "unknown";
#endif

}  // namespace

void InstallUtilBinding(Runtime& runtime, v8::Local<v8::Object> target) {
#define ISOHOST_INSTALL_CHECK(name, method) \
  SetMethod(runtime, target, #name, Check_##name);
  ISOHOST_V8_TYPE_CHECKS(ISOHOST_INSTALL_CHECK)
#undef ISOHOST_INSTALL_CHECK
  SetMethod(runtime, target, "isAnyArrayBuffer", IsAnyArrayBuffer);
  SetMethod(runtime, target, "isBoxedPrimitive", IsBoxedPrimitive);
  SetMethod(runtime, target, "errName", ErrName);
  SetMethod(runtime, target, "errMap", ErrMap);
  SetMethod(runtime, target, "scriptSource", ScriptSource);
  SetValue(runtime, target, "arch", NewString(runtime.isolate(), kArch));
}

}  // namespace isohost::isolate
