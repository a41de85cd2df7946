// isolate/node/node_builtins.h: registers this package's built-ins.
#ifndef ISOHOST_ISOLATE_NODE_NODE_BUILTINS_H_
#define ISOHOST_ISOLATE_NODE_NODE_BUILTINS_H_

#include "isolate/builtins.h"

namespace isohost::isolate {

// Adds the JS sources of isolate/node/js/ (ids "node:...") and the
// package's C++ bindings to `registry`. Any thread; once per process.
void RegisterNodeBuiltins(BuiltinRegistry& registry);

// The parts, one file each (called by RegisterNodeBuiltins()).
void RegisterNodeCore(BuiltinRegistry& registry);  // core_builtins.cc
void RegisterNodeBuffer(BuiltinRegistry& registry);  // buffer_builtins.cc
void RegisterNodeUrl(BuiltinRegistry& registry);  // url_builtins.cc
void RegisterNodeCrypto(BuiltinRegistry& registry);  // crypto_builtins.cc
void RegisterNodeWorkerThreads(BuiltinRegistry& registry);  // worker_threads_builtins.cc

}  // namespace isohost::isolate

#endif
