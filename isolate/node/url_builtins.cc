#include "isolate/node/node_builtins.h"

namespace isohost::isolate {

void RegisterNodeUrl(BuiltinRegistry& registry) {}

}  // namespace isohost::isolate
