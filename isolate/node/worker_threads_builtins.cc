#include "isolate/node/node_builtins.h"

namespace isohost::isolate {

void RegisterNodeWorkerThreads(BuiltinRegistry& registry) {}

}  // namespace isohost::isolate
