// The web platform's smaller globals: Web Crypto, AbortController/
// AbortSignal, Blob/File, BroadcastChannel and the Performance Timeline
// classes. Each loads its built-in on first access.
#include "isolate/web/blob_binding.h"
#include "isolate/web/broadcast_binding.h"
#include "isolate/web/crypto_binding.h"
#include "isolate/web/web_builtins.h"

namespace isohost::isolate {
namespace {

constexpr BuiltinRegistry::LazyGlobal kMiscGlobals[] = {
    {"crypto", "internal:web/crypto", "crypto"},
    {"Crypto", "internal:web/crypto", "Crypto"},
    {"SubtleCrypto", "internal:web/crypto", "SubtleCrypto"},
    {"CryptoKey", "internal:web/crypto", "CryptoKey"},
    {"AbortController", "internal:web/abort", "AbortController"},
    {"AbortSignal", "internal:web/abort", "AbortSignal"},
    {"Blob", "internal:web/blob", "Blob"},
    {"File", "internal:web/blob", "File"},
    {"BroadcastChannel", "internal:web/broadcast_channel", "BroadcastChannel"},
    {"Performance", "internal:web/performance", "Performance"},
    {"PerformanceEntry", "internal:web/performance", "PerformanceEntry"},
    {"PerformanceMark", "internal:web/performance", "PerformanceMark"},
    {"PerformanceMeasure", "internal:web/performance", "PerformanceMeasure"},
};

}  // namespace

void RegisterWebMisc(BuiltinRegistry& registry) {
  registry.AddLazyGlobals(kMiscGlobals);
  registry.AddBinding("crypto", InstallCryptoBinding);
  registry.AddBinding("broadcast", InstallBroadcastBinding);
  registry.AddBinding("blob", InstallBlobBinding);
}

}  // namespace isohost::isolate
