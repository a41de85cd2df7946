// isolate/lang/lang_builtins.h: registers the ECMAScript built-ins this V8
// lacks (js/language.js) as lazy properties of their prototypes.
#ifndef ISOHOST_ISOLATE_LANG_LANG_BUILTINS_H_
#define ISOHOST_ISOLATE_LANG_LANG_BUILTINS_H_

#include "isolate/builtins.h"

namespace isohost::isolate {

// Any thread; once per process (RegisterAllBuiltins()).
void RegisterLangBuiltins(BuiltinRegistry& registry);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_LANG_LANG_BUILTINS_H_
