#include "isolate/node/node_builtins.h"
#include "isolate/node/util_binding.h"

namespace isohost::isolate {

void RegisterNodeCore(BuiltinRegistry& registry) {
  registry.AddBinding("util", InstallUtilBinding);
}

}  // namespace isohost::isolate
