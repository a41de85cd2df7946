#include "isolate/web/web_builtins.h"

#include <uv.h>

#include "isolate/binding_util.h"
#include "isolate/runtime.h"
#include "isolate/web/web_js.h"
#include "v8-primitive.h"
#include "isolate/v8_util.h"

namespace isohost::isolate {
namespace {

void InstallNavigator(Runtime& runtime, v8::Local<v8::Object> target) {
  SetValue(runtime, target, "hardwareConcurrency",
           v8::Integer::NewFromUnsigned(runtime.isolate(),
                                        uv_available_parallelism()));
}

constexpr BuiltinRegistry::LazyGlobal kWebGlobals[] = {
    {"navigator", "internal:web/navigator", "navigator"},
    {"Navigator", "internal:web/navigator", "Navigator"},
};

}  // namespace

void RegisterWebBuiltins(BuiltinRegistry& registry) {
  registry.AddSources(kWebJs);
  registry.AddLazyGlobals(kWebGlobals);
  registry.AddBinding("navigator", InstallNavigator);
  RegisterWebUrl(registry);
  RegisterWebEncoding(registry);
  RegisterWebMisc(registry);
  RegisterWebStreams(registry);
}

}  // namespace isohost::isolate
