#include "isolate/node/node_builtins.h"

namespace isohost::isolate {

void RegisterNodeCore(BuiltinRegistry& registry) {}

}  // namespace isohost::isolate
