#include "isolate/modules/modules_builtins.h"

#include "isolate/modules/modules_js.h"

namespace isohost::isolate {

void RegisterModulesBuiltins(BuiltinRegistry& registry) {
  registry.AddSources(kModulesJs);
}

}  // namespace isohost::isolate
