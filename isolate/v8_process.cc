#include "isolate/v8_process.h"

#include "absl/synchronization/mutex.h"
#include "libplatform/libplatform.h"
#include "v8-initialization.h"

namespace isohost::isolate {

V8Process::V8Process() {
  // Every isolate starts from the snapshot embedded in libnode (read-only
  // memory of a signed Debian package). Checking its checksum again for
  // each isolate was 12% of a worker's start-up instructions (callgrind);
  // newer V8s only check in debug builds.
  v8::V8::SetFlagsFromString("--no-verify-snapshot-checksum");
  // `import x from './x.json' assert { type: 'json' }` and import()'s
  // options, as Node 18+ enables them on this V8.
  v8::V8::SetFlagsFromString("--harmony-import-assertions");
  // `import x from "./x.json" with { type: "json" }` (Debian's V8 has the
  // import-attributes backport Node 18.20 ships).
  v8::V8::SetFlagsFromString("--harmony-import-attributes");
  // Resizable ArrayBuffer and growable SharedArrayBuffer (ES2024, on in
  // Node 20; packages probe ArrayBuffer.prototype.resizable).
  v8::V8::SetFlagsFromString("--harmony-rab-gsab");
  platform_ = std::make_unique<LoopPlatform>(v8::platform::NewDefaultPlatform(
      /*thread_pool_size=*/0, v8::platform::IdleTaskSupport::kDisabled));
  v8::V8::InitializeICU();
  v8::V8::InitializePlatform(platform_.get());
  v8::V8::Initialize();
}

std::shared_ptr<V8Process> V8Process::Acquire() {
  // V8 cannot be re-initialised after Dispose(), so the set-up lives until
  // process exit; isolates are what come and go.
  static absl::Mutex mu(absl::kConstInit);
  static V8Process* instance ABSL_GUARDED_BY(mu) = nullptr;
  absl::MutexLock lock(&mu);
  if (instance == nullptr) instance = new V8Process();
  // Never deleted: a no-op deleter keeps the shared_ptr contract.
  return std::shared_ptr<V8Process>(instance, [](V8Process*) {});
}

std::string V8Process::V8Version() { return v8::V8::GetVersion(); }

}  // namespace isohost::isolate
