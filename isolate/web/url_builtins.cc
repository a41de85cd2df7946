#include "isolate/web/url_binding.h"
#include "isolate/web/web_builtins.h"

namespace isohost::isolate {
namespace {

constexpr BuiltinRegistry::LazyGlobal kUrlGlobals[] = {
    {"URL", "internal:web/url", "URL"},
    {"URLSearchParams", "internal:web/url", "URLSearchParams"},
};

}  // namespace

void RegisterWebUrl(BuiltinRegistry& registry) {
  registry.AddLazyGlobals(kUrlGlobals);
  registry.AddBinding("url", InstallUrlBinding);
}

}  // namespace isohost::isolate
