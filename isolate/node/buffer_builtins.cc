#include "isolate/node/node_builtins.h"

namespace isohost::isolate {

void RegisterNodeBuffer(BuiltinRegistry& registry) {}

}  // namespace isohost::isolate
