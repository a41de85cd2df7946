// isolate/web/web_builtins.h: registers this package's built-ins.
#ifndef ISOHOST_ISOLATE_WEB_WEB_BUILTINS_H_
#define ISOHOST_ISOLATE_WEB_WEB_BUILTINS_H_

#include "isolate/builtins.h"

namespace isohost::isolate {

// Adds the JS sources of isolate/web/js/ (ids "internal:web/...") and the
// package's C++ bindings to `registry`. Any thread; once per process.
void RegisterWebBuiltins(BuiltinRegistry& registry);

// The parts, one file each (called by RegisterWebBuiltins()).
void RegisterWebUrl(BuiltinRegistry& registry);  // url_builtins.cc
void RegisterWebEncoding(BuiltinRegistry& registry);  // encoding_builtins.cc
void RegisterWebMisc(BuiltinRegistry& registry);  // misc_builtins.cc
void RegisterWebStreams(BuiltinRegistry& registry);  // streams_builtins.cc

}  // namespace isohost::isolate

#endif
