// isolate/web/url_binding.h: binding('url'), the URL Standard's IDNA steps
// on ICU (UTS #46): domainToASCII(domain) -> string, or undefined on
// failure; domainToUnicode(domain) -> string.
#ifndef ISOHOST_ISOLATE_WEB_URL_BINDING_H_
#define ISOHOST_ISOLATE_WEB_URL_BINDING_H_

#include "isolate/runtime.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

// Fills `target` with the url binding's functions. Runtime thread.
void InstallUrlBinding(Runtime& runtime, v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WEB_URL_BINDING_H_
