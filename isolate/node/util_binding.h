// isolate/node/util_binding.h: the 'util' binding of the node: core
// built-ins (node:util, node:util/types, node:assert, node:path, node:os).
#ifndef ISOHOST_ISOLATE_NODE_UTIL_BINDING_H_
#define ISOHOST_ISOLATE_NODE_UTIL_BINDING_H_

#include "isolate/runtime.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

// Fills `target` with the binding's functions: V8 value brand checks (the
// util.types predicates: isPromise, isProxy, isExternal, ...), libuv error
// names (errName, errMap), the working directory (cwd), the source text of
// a script on the current stack (scriptSource, for assert.ok's message) and
// the CPU architecture (arch, as Node names it). Runtime thread only.
void InstallUtilBinding(Runtime& runtime, v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_NODE_UTIL_BINDING_H_
