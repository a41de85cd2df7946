#include "isolate/node/node_builtins.h"

namespace isohost::isolate {

void RegisterNodeCrypto(BuiltinRegistry& registry) {}

}  // namespace isohost::isolate
