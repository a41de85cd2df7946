#include "isolate/node/node_builtins.h"

#include "isolate/node/worker_threads_binding.h"

namespace isohost::isolate {

void RegisterNodeWorkerThreads(BuiltinRegistry& registry) {
  registry.AddBinding("worker_threads", InstallWorkerThreadsBinding);
}

}  // namespace isohost::isolate
