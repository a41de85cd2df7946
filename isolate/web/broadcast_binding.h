// isolate/web/broadcast_binding.h: binding('broadcast') (placeholder).
#ifndef ISOHOST_ISOLATE_WEB_BROADCAST_BINDING_H_
#define ISOHOST_ISOLATE_WEB_BROADCAST_BINDING_H_

#include "isolate/runtime.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

void InstallBroadcastBinding(Runtime& runtime, v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WEB_BROADCAST_BINDING_H_
