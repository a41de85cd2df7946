#include "isolate/node/node_builtins.h"

#include "isolate/node/node_js.h"

namespace isohost::isolate {

void RegisterNodeBuiltins(BuiltinRegistry& registry) {
  registry.AddSources(kNodeJs);
  RegisterNodeCore(registry);
  RegisterNodeBuffer(registry);
  RegisterNodeUrl(registry);
  RegisterNodeCrypto(registry);
  RegisterNodeWorkerThreads(registry);
}

}  // namespace isohost::isolate
