#include "isolate/web/web_builtins.h"

namespace isohost::isolate {

void RegisterWebEncoding(BuiltinRegistry& registry) {}

}  // namespace isohost::isolate
