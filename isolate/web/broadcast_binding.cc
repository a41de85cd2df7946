#include "isolate/web/broadcast_binding.h"

namespace isohost::isolate {

void InstallBroadcastBinding(Runtime& runtime, v8::Local<v8::Object> target) {}

}  // namespace isohost::isolate
