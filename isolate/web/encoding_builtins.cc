// TextEncoder, TextDecoder (internal:web/encoding) and atob, btoa
// (internal:web/base64): lazy globals and binding('encoding').
#include "isolate/web/encoding_binding.h"
#include "isolate/web/web_builtins.h"

namespace isohost::isolate {
namespace {

constexpr BuiltinRegistry::LazyGlobal kEncodingGlobals[] = {
    {"TextEncoder", "internal:web/encoding", "TextEncoder"},
    {"TextDecoder", "internal:web/encoding", "TextDecoder"},
    {"atob", "internal:web/base64", "atob"},
    {"btoa", "internal:web/base64", "btoa"},
};

}  // namespace

void RegisterWebEncoding(BuiltinRegistry& registry) {
  registry.AddLazyGlobals(kEncodingGlobals);
  registry.AddBinding("encoding", InstallEncodingBinding);
}

}  // namespace isohost::isolate
