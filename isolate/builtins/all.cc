#include "isolate/builtins/all.h"

#include "absl/base/call_once.h"
#include "isolate/builtins.h"
#include "isolate/lang/lang_builtins.h"
#include "isolate/modules/modules_builtins.h"
#include "isolate/node/node_builtins.h"
#include "isolate/web/web_builtins.h"

namespace isohost::isolate {

void RegisterAllBuiltins() {
  static absl::once_flag once;
  absl::call_once(once, [] {
    BuiltinRegistry& registry = BuiltinRegistry::Get();
    RegisterLangBuiltins(registry);
    RegisterModulesBuiltins(registry);
    RegisterNodeBuiltins(registry);
    RegisterWebBuiltins(registry);
  });
}

}  // namespace isohost::isolate
