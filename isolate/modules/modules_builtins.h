// isolate/modules/modules_builtins.h: registers this package's built-ins.
#ifndef ISOHOST_ISOLATE_MODULES_MODULES_BUILTINS_H_
#define ISOHOST_ISOLATE_MODULES_MODULES_BUILTINS_H_

#include "isolate/builtins.h"

namespace isohost::isolate {

// Adds the JS sources of isolate/modules/js/ (ids "internal:modules/...") and the
// package's C++ bindings to `registry`. Any thread; once per process.
void RegisterModulesBuiltins(BuiltinRegistry& registry);

}  // namespace isohost::isolate

#endif
