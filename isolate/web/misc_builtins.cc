#include "isolate/web/web_builtins.h"

namespace isohost::isolate {

void RegisterWebMisc(BuiltinRegistry& registry) {}

}  // namespace isohost::isolate
