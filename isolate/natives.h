// isolate/natives.h: the globals of a runtime.
//
// InstallGlobals() runs the bootstrap (isolate/js/bootstrap.js) in the
// runtime's context with a `natives` object of C++ functions (printing,
// loop timers and immediates, microtasks, exit, structured clone, the
// engine introspection console formatting needs). The bootstrap defines the
// user-visible globals in JS and hands back the hooks the runtime calls
// (Runtime::SetBootstrapHooks).
//
// Runtime thread only; called once, from Runtime::Initialize().
#ifndef ISOHOST_ISOLATE_NATIVES_H_
#define ISOHOST_ISOLATE_NATIVES_H_

#include "absl/status/status.h"

namespace isohost::isolate {

class Runtime;

absl::Status InstallGlobals(Runtime& runtime);

// Puts the registered language properties (BuiltinRegistry::
// AddLanguageProperties) on their prototypes, as lazy data properties.
// Runtime thread, inside its context.
void InstallLanguageProperties(Runtime& runtime);

// Once per process, after the first runtime ran a CommonJS entry: saves the
// bootstrap's code cache again, so that the functions it compiled after
// start-up (the CommonJS entry's runCommonJsMain, ...) come compiled to
// every later runtime. Runtime thread.
void RefreshEmbeddedCodeCache(Runtime& runtime);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_NATIVES_H_
