// isolate/web/broadcast_binding.h: binding('broadcast'), the V8 half of
// BroadcastChannel.
//
// A runtime that makes a BroadcastChannel joins the process's
// channel::BroadcastRegistry once, as one member: the member's receiving
// port becomes a PortBinding (owned by the Runtime, like any MessagePort,
// so it goes when the runtime goes) whose target is a JS object of
// internal:web/broadcast_channel, which fans each message out to the
// runtime's channels of that name. Each BroadcastChannel is one
// subscription. postMessage() serialises once, as an envelope
// [sequence, sender subscription, name, value], and the registry copies
// it to every other member (SharedArrayBuffers stay shared).
//
// The binding holds no state of its own: the member id and its port
// wrapper live in the JS module (one per runtime).
// Runtime thread only (V8 callbacks); the registry is thread-safe.
#ifndef ISOHOST_ISOLATE_WEB_BROADCAST_BINDING_H_
#define ISOHOST_ISOLATE_WEB_BROADCAST_BINDING_H_

#include "isolate/runtime.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

// Fills `target` with the binding's functions (BuiltinRegistry installer).
void InstallBroadcastBinding(Runtime& runtime, v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WEB_BROADCAST_BINDING_H_
