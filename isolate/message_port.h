// isolate/message_port.h: the bound half of a MessagePort.
//
// A PortBinding ties a channel::Port (the pending, movable half) to one
// runtime: it binds the port's inbox to the runtime's loop, turns each
// arriving message into its own task (deserialize, dispatch a 'message'
// event, full checkpoint), and posts JS values through the serializer. It
// has two JS objects: `wrapper`, the MessagePort API object whose internal
// field points here (what JS holds and what the serializer recognises in a
// transfer list), and `target`, where events go (the wrapper itself for a
// MessagePort; the Worker object or the worker's global scope for a
// worker's implicit port).
//
// Lifetime: owned by its Runtime (Runtime::AdoptPortBinding). A port that
// was never started is freed when its wrapper is garbage-collected (closing
// the channel); a started one lives until the runtime ends, so a drain in
// progress never sees it vanish. Transfer detaches the channel::Port and
// leaves a closed binding behind.
// Thread-affine: the runtime's thread only.
#ifndef ISOHOST_ISOLATE_MESSAGE_PORT_H_
#define ISOHOST_ISOLATE_MESSAGE_PORT_H_

#include <memory>

#include "channel/port.h"
#include "v8-object.h"
#include "v8-persistent-handle.h"

namespace isohost::isolate {

class Runtime;

class PortBinding {
 public:
  // Creates the binding and its MessagePort wrapper. `target` empty means
  // the wrapper is the target.
  static PortBinding* Create(Runtime& runtime,
                             std::unique_ptr<channel::Port> port,
                             v8::Local<v8::Object> target = {});
  // The binding behind a MessagePort wrapper, or null (not a port, or one
  // whose binding is gone).
  static PortBinding* FromWrapper(Runtime& runtime, v8::Local<v8::Value> value);

  ~PortBinding();
  PortBinding(const PortBinding&) = delete;
  PortBinding& operator=(const PortBinding&) = delete;

  v8::Local<v8::Object> wrapper() const;

  // JS postMessage: serialises and sends. Throws (DataCloneError, ...) into
  // the isolate on failure; a closed port silently drops.
  void PostMessage(v8::Local<v8::Value> value, v8::Local<v8::Value> transfer);
  void Start();
  void Close();
  void SetRef(bool ref);
  // Whether the port now keeps its runtime alive (started, ref'd, open).
  bool has_ref() const { return holds_keep_alive_; }
  // Events go to the wrapper from now on (a node:worker_threads worker's
  // parentPort is its implicit port).
  void UseWrapperAsTarget() { target_.Reset(); }

  // node:worker_threads' receiveMessageOnPort(): takes the oldest queued
  // message now, started or not, in the same FIFO order events would
  // deliver it. Returns false when nothing is queued (or the port is
  // closed; a queued close closes it). Sets `*value` on success; throws
  // into the isolate (and returns true with `*value` empty) when the
  // message cannot be deserialised.
  bool ReceiveOne(v8::MaybeLocal<v8::Value>* value);
  bool closed() const { return port_ == nullptr || port_->closed(); }
  bool detached() const { return port_ == nullptr; }

  // For transfer: gives up the channel port (unbound, unref'd). The
  // binding stays behind, closed.
  std::unique_ptr<channel::Port> Detach();

  // Delivers everything queued now, ignoring the per-turn budget (a worker's
  // port, just before its 'exit' event).
  void DrainAll();

 private:
  PortBinding(Runtime& runtime, std::unique_ptr<channel::Port> port);
  void Drain(size_t budget);
  void UpdateKeepAlive();
  void OnPortClosed();
  // Queues the wrapper's 'close' event (Node's, and HTML's): once, in the
  // loop's close phase, only for a port whose events go to its wrapper.
  void ScheduleCloseEvent();
  static void OnWrapperCollected(const v8::WeakCallbackInfo<PortBinding>& info);

  Runtime& runtime_;
  std::unique_ptr<channel::Port> port_;
  v8::Global<v8::Object> wrapper_;
  v8::Global<v8::Object> target_;  // empty: the wrapper
  bool started_ = false;
  bool ref_ = true;
  bool holds_keep_alive_ = false;
  bool close_event_scheduled_ = false;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_MESSAGE_PORT_H_
