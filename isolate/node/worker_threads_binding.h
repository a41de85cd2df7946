// isolate/node/worker_threads_binding.h: the C++ half of node:worker_threads.
//
// binding('worker_threads') (isolate/node/js/worker_threads.js and its
// internal helpers) gets:
//   receiveMessageOnPort(port) -> { message } | undefined
//       takes one queued message off `port` synchronously (PortBinding::
//       ReceiveOne(): the port's FIFO order, started or not).
//   isMessagePort(value) -> bool   a real MessagePort of this runtime
//   portHasRef(port) -> bool       the port keeps the runtime alive now
//   resourceLimits() -> { maxYoungGenerationSizeMb, maxOldGenerationSizeMb,
//       codeRangeSizeMb, stackSizeMb }: this runtime's, in MB.
// Stateless functions; each runs on the calling runtime's thread and
// touches only that runtime.
#ifndef ISOHOST_ISOLATE_NODE_WORKER_THREADS_BINDING_H_
#define ISOHOST_ISOLATE_NODE_WORKER_THREADS_BINDING_H_

#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

class Runtime;

// BuiltinRegistry::BindingInstaller for "worker_threads".
void InstallWorkerThreadsBinding(Runtime& runtime,
                                 v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_NODE_WORKER_THREADS_BINDING_H_
