#include "isolate/web/web_builtins.h"

namespace isohost::isolate {

void RegisterWebUrl(BuiltinRegistry& registry) {}

}  // namespace isohost::isolate
