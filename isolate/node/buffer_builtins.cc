// node:buffer and node:string_decoder: binding('buffer') and the lazy
// global Buffer.
#include "isolate/node/buffer_binding.h"
#include "isolate/node/node_builtins.h"

namespace isohost::isolate {
namespace {

constexpr BuiltinRegistry::LazyGlobal kBufferGlobals[] = {
    {"Buffer", "node:buffer", "Buffer"},
};

}  // namespace

void RegisterNodeBuffer(BuiltinRegistry& registry) {
  registry.AddLazyGlobals(kBufferGlobals);
  registry.AddBinding("buffer", InstallBufferBinding);
}

}  // namespace isohost::isolate
