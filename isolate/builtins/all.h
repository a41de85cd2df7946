// isolate/builtins/all.h: registers every built-in package of isohost.
#ifndef ISOHOST_ISOLATE_BUILTINS_ALL_H_
#define ISOHOST_ISOLATE_BUILTINS_ALL_H_

namespace isohost::isolate {

// Registers isolate/modules, isolate/node and isolate/web with the
// process's BuiltinRegistry. Any thread; the first call does the work, the
// others return at once. Call before the first runtime starts (the V8
// set-up of host_worker.h does).
void RegisterAllBuiltins();

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_BUILTINS_ALL_H_
