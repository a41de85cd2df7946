// isolate/node/node_builtins.h: registers this package's built-ins.
#ifndef ISOHOST_ISOLATE_NODE_NODE_BUILTINS_H_
#define ISOHOST_ISOLATE_NODE_NODE_BUILTINS_H_

#include "isolate/builtins.h"

namespace isohost::isolate {

// Adds the JS sources of isolate/node/js/ (ids "node:...") and the
// package's C++ bindings to `registry`. Any thread; once per process.
void RegisterNodeBuiltins(BuiltinRegistry& registry);

}  // namespace isohost::isolate

#endif
