// The WHATWG Streams globals (isolate/web/js/streams*.js) and
// binding('streams'), the ArrayBuffer operations the byte streams need
// that JS cannot do in V8 10.2: TransferArrayBuffer (detach a buffer and
// hand its memory to a new one, no copy) and IsDetachedBuffer.
#include "isolate/binding_util.h"
#include "isolate/runtime.h"
#include "isolate/v8_util.h"
#include "isolate/web/web_builtins.h"
#include "v8-array-buffer.h"
#include "v8-exception.h"
#include "v8-function.h"

namespace isohost::isolate {
namespace {

void ThrowTypeError(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(
      v8::Exception::TypeError(NewString(isolate, message)));
}

// isDetached(buffer): true for a detached ArrayBuffer, false otherwise
// (including for anything that is not an ArrayBuffer).
void IsDetached(const v8::FunctionCallbackInfo<v8::Value>& args) {
  bool detached = args[0]->IsArrayBuffer() &&
                  args[0].As<v8::ArrayBuffer>()->WasDetached();
  args.GetReturnValue().Set(detached);
}

// canTransfer(buffer): an ArrayBuffer that is neither detached nor pinned
// (e.g. a WebAssembly.Memory's buffer).
void CanTransfer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  bool ok = false;
  if (args[0]->IsArrayBuffer()) {
    v8::Local<v8::ArrayBuffer> buffer = args[0].As<v8::ArrayBuffer>();
    ok = !buffer->WasDetached() && buffer->IsDetachable();
  }
  args.GetReturnValue().Set(ok);
}

// transfer(buffer): the spec's TransferArrayBuffer. The new buffer shares
// the backing store (so it stays charged to the same allocator); the old
// one and its views read as zero-length.
void Transfer(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsArrayBuffer()) {
    ThrowTypeError(isolate, "The value is not an ArrayBuffer");
    return;
  }
  v8::Local<v8::ArrayBuffer> buffer = args[0].As<v8::ArrayBuffer>();
  if (buffer->WasDetached()) {
    ThrowTypeError(isolate, "The ArrayBuffer is detached");
    return;
  }
  if (!buffer->IsDetachable()) {
    ThrowTypeError(isolate, "The ArrayBuffer cannot be transferred");
    return;
  }
  std::shared_ptr<v8::BackingStore> store = buffer->GetBackingStore();
  buffer->Detach();
  args.GetReturnValue().Set(v8::ArrayBuffer::New(isolate, std::move(store)));
}

void InstallStreamsBinding(Runtime& runtime, v8::Local<v8::Object> target) {
  SetMethod(runtime, target, "isDetached", IsDetached);
  SetMethod(runtime, target, "canTransfer", CanTransfer);
  SetMethod(runtime, target, "transfer", Transfer);
}

// Node 20's globals for the Streams Standard, each from the file that
// defines it, so that a worker using one class loads only what that class
// needs (CompressionStream and DecompressionStream are left out: no zlib).
constexpr BuiltinRegistry::LazyGlobal kStreamsGlobals[] = {
    {"ReadableStream", "internal:web/streams_readable", "ReadableStream"},
    {"ReadableStreamDefaultReader", "internal:web/streams_readable",
     "ReadableStreamDefaultReader"},
    {"ReadableStreamBYOBReader", "internal:web/streams_readable",
     "ReadableStreamBYOBReader"},
    {"ReadableStreamBYOBRequest", "internal:web/streams_byte_controller",
     "ReadableStreamBYOBRequest"},
    {"ReadableByteStreamController", "internal:web/streams_byte_controller",
     "ReadableByteStreamController"},
    {"ReadableStreamDefaultController",
     "internal:web/streams_default_controller",
     "ReadableStreamDefaultController"},
    {"TransformStream", "internal:web/streams_transform", "TransformStream"},
    {"TransformStreamDefaultController", "internal:web/streams_transform",
     "TransformStreamDefaultController"},
    {"WritableStream", "internal:web/streams_writable", "WritableStream"},
    {"WritableStreamDefaultWriter", "internal:web/streams_writable",
     "WritableStreamDefaultWriter"},
    {"WritableStreamDefaultController",
     "internal:web/streams_writable_controller",
     "WritableStreamDefaultController"},
    {"ByteLengthQueuingStrategy", "internal:web/streams_strategies",
     "ByteLengthQueuingStrategy"},
    {"CountQueuingStrategy", "internal:web/streams_strategies",
     "CountQueuingStrategy"},
    {"TextEncoderStream", "internal:web/streams_text", "TextEncoderStream"},
    {"TextDecoderStream", "internal:web/streams_text", "TextDecoderStream"},
};

}  // namespace

void RegisterWebStreams(BuiltinRegistry& registry) {
  registry.AddLazyGlobals(kStreamsGlobals);
  registry.AddBinding("streams", InstallStreamsBinding);
}

}  // namespace isohost::isolate
