#include "isolate/message_port.h"

#include <uv.h>

#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "isolate/errors.h"

#include "isolate/runtime.h"
#include "isolate/serializer.h"
#include "v8-container.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-template.h"

namespace isohost::isolate {

// Messages delivered per loop wake before other phases get a turn.
constexpr size_t kMessagesPerDrain = 1024;

PortBinding::PortBinding(Runtime& runtime, std::unique_ptr<channel::Port> port)
    : runtime_(runtime), port_(std::move(port)) {}

PortBinding* PortBinding::Create(Runtime& runtime,
                                 std::unique_ptr<channel::Port> port,
                                 v8::Local<v8::Object> target) {
  v8::Isolate* isolate = runtime.isolate();
  v8::Local<v8::Object> wrapper = runtime.NewPortWrapper();
  if (wrapper.IsEmpty()) return nullptr;
  auto* binding = new PortBinding(runtime, std::move(port));
  wrapper->SetAlignedPointerInInternalField(0, binding);
  binding->wrapper_.Reset(isolate, wrapper);
  binding->wrapper_.SetWeak(binding, &PortBinding::OnWrapperCollected,
                            v8::WeakCallbackType::kParameter);
  if (!target.IsEmpty()) binding->target_.Reset(isolate, target);
  runtime.AdoptPortBinding(binding);
  return binding;
}

PortBinding* PortBinding::FromWrapper(Runtime& runtime,
                                      v8::Local<v8::Value> value) {
  if (!runtime.IsPortWrapper(value)) return nullptr;
  return static_cast<PortBinding*>(
      value.As<v8::Object>()->GetAlignedPointerFromInternalField(0));
}

PortBinding::~PortBinding() {
  if (port_ != nullptr) port_->inbox().Unbind();
  if (holds_keep_alive_) runtime_.loop().ReleaseKeepAlive();
  // port_'s destructor closes the channel: the peer sees a kClose.
}

void PortBinding::OnWrapperCollected(
    const v8::WeakCallbackInfo<PortBinding>& info) {
  // Only never-started ports are weak: nobody can be draining them.
  PortBinding* binding = info.GetParameter();
  binding->wrapper_.Reset();
  binding->runtime_.DestroyPortBinding(binding);
}

v8::Local<v8::Object> PortBinding::wrapper() const {
  return wrapper_.Get(runtime_.isolate());
}

void PortBinding::PostMessage(v8::Local<v8::Value> value,
                              v8::Local<v8::Value> transfer) {
  // Back-pressure: a port whose peer has not taken what was already sent
  // refuses more (nothing is dropped silently, nothing is detached).
  const Limits& limits = runtime_.options().limits;
  if (port_ != nullptr && !port_->closed() &&
      port_->PeerBacklogFull(limits.max_queued_messages,
                             limits.max_queued_bytes)) {
    v8::Isolate* isolate = runtime_.isolate();
    v8::Local<v8::Object> error = NewCodedError(
        isolate, "ERR_QUEUE_FULL",
        absl::StrCat("postMessage: the port's queue is full (",
                     port_->peer_depth(), " messages, ",
                     port_->peer_queued_bytes(),
                     " bytes not yet received; limits ",
                     limits.max_queued_messages, " messages, ",
                     limits.max_queued_bytes, " bytes)"));
    error->SetPrivate(runtime_.context(), runtime_.queue_full_tag(),
                      v8::True(isolate))
        .FromMaybe(false);
    isolate->ThrowException(error);
    return;
  }
  // HTML: serialise (and detach transferred objects) first, then drop the
  // message if the port is no longer entangled.
  std::optional<channel::Message> message =
      Serialize(runtime_, value, transfer, this);
  if (!message.has_value()) return;
  if (port_ != nullptr && !port_->closed()) port_->Post(std::move(*message));
}

void PortBinding::Start() {
  if (port_ == nullptr || started_ || port_->closed()) return;
  started_ = true;
  // A started port may be mid-drain at any time: never collect it.
  wrapper_.ClearWeak();
  port_->inbox().Bind(runtime_.loop().poster(),
                      [this] { Drain(kMessagesPerDrain); });
  UpdateKeepAlive();
}

void PortBinding::Close() {
  if (port_ == nullptr || port_->closed()) return;
  port_->Close();
  port_->inbox().Unbind();
  UpdateKeepAlive();
  ScheduleCloseEvent();
}

namespace {

// The 'close' events queued during one loop turn: one handle that is only
// ever closed, so that its callback runs in the loop's close phase (after
// the turn's immediates, as Node's do) and keeps the loop alive until then.
// The events run in the order they were queued (libuv runs close callbacks
// last-in first-out, hence one handle for all of them).
struct CloseEvents {
  uv_check_t handle;
  Runtime* runtime;
  // The loop itself: the callback may run inside its destructor, when the
  // runtime no longer hands it out.
  loop::EventLoop* loop;
  std::vector<v8::Global<v8::Object>> ports;
};

// The batch the next close event joins; one runtime per thread at a time.
thread_local CloseEvents* tls_pending_close_events = nullptr;

void RunCloseEvents(uv_handle_t* handle) {
  std::unique_ptr<CloseEvents> events(static_cast<CloseEvents*>(handle->data));
  if (tls_pending_close_events == events.get()) {
    tls_pending_close_events = nullptr;
  }
  Runtime& runtime = *events->runtime;
  v8::HandleScope scope(runtime.isolate());
  for (v8::Global<v8::Object>& port : events->ports) {
    // Each its own task; none once the loop stopped (this also runs while
    // the loop is torn down).
    bool ran = events->loop->RunCallback([&] {
      v8::Local<v8::Value> args[] = {port.Get(runtime.isolate())};
      runtime.CallHook(Runtime::Hook::kDispatchPortClose, 1, args);
    });
    if (!ran) break;
  }
}

}  // namespace

void PortBinding::ScheduleCloseEvent() {
  if (close_event_scheduled_ || !target_.IsEmpty() || wrapper_.IsEmpty()) {
    return;
  }
  close_event_scheduled_ = true;
  CloseEvents* events = tls_pending_close_events;
  if (events == nullptr || events->runtime != &runtime_) {
    events = new CloseEvents{{}, &runtime_, &runtime_.loop(), {}};
    uv_check_init(runtime_.loop().uv_loop(), &events->handle);
    events->handle.data = events;
    uv_close(reinterpret_cast<uv_handle_t*>(&events->handle), RunCloseEvents);
    tls_pending_close_events = events;
  }
  // Strong: the wrapper (and so this binding) stays until the event ran.
  events->ports.emplace_back(runtime_.isolate(), wrapper());
}

void PortBinding::SetRef(bool ref) {
  ref_ = ref;
  UpdateKeepAlive();
}

std::unique_ptr<channel::Port> PortBinding::Detach() {
  if (port_ != nullptr) port_->inbox().Unbind();
  started_ = false;
  std::unique_ptr<channel::Port> port = std::move(port_);
  UpdateKeepAlive();
  return port;
}

void PortBinding::UpdateKeepAlive() {
  bool want = started_ && ref_ && port_ != nullptr && !port_->closed();
  if (want == holds_keep_alive_) return;
  holds_keep_alive_ = want;
  if (want) {
    runtime_.loop().AddKeepAlive();
  } else {
    runtime_.loop().ReleaseKeepAlive();
  }
}

void PortBinding::OnPortClosed() {
  port_->OnPeerClosed();
  port_->inbox().Unbind();
  UpdateKeepAlive();
  ScheduleCloseEvent();
}

void PortBinding::DrainAll() { Drain(SIZE_MAX); }

bool PortBinding::ReceiveOne(v8::MaybeLocal<v8::Value>* value) {
  if (port_ == nullptr || port_->closed()) return false;
  // As a drain does: a push after this schedules a drain, even if the
  // push that set the flag found nobody bound (an extra drain is harmless;
  // a missing one would stall the port once it starts).
  port_->inbox().ClearScheduled();
  channel::Message message;
  if (!port_->inbox().TryPop(&message)) return false;
  if (message.kind == channel::Message::Kind::kClose) {
    OnPortClosed();
    return false;
  }
  *value = Deserialize(runtime_, std::move(message));
  return true;
}

void PortBinding::Drain(size_t budget) {
  if (port_ == nullptr || !started_) return;
  port_->inbox().ClearScheduled();
  v8::Isolate* isolate = runtime_.isolate();
  for (size_t i = 0; i < budget; ++i) {
    // The listener may close or transfer this port, or end the runtime.
    if (port_ == nullptr || !started_ || runtime_.exiting()) return;
    channel::Message message;
    if (!port_->inbox().TryPop(&message)) return;
    if (message.kind == channel::Message::Kind::kClose) {
      OnPortClosed();
      return;
    }
    // Each message is its own task: dispatch, then a full checkpoint.
    v8::HandleScope scope(isolate);
    v8::Local<v8::Object> target =
        target_.IsEmpty() ? wrapper() : target_.Get(isolate);
    v8::Local<v8::Array> ports;
    v8::Local<v8::Value> data;
    bool ok;
    {
      v8::TryCatch try_catch(isolate);
      ok = Deserialize(runtime_, std::move(message), &ports).ToLocal(&data);
      if (try_catch.HasTerminated()) return;
    }
    if (ok) {
      v8::Local<v8::Value> args[] = {target, data, ports};
      runtime_.CallHook(Runtime::Hook::kDispatchMessage, 3, args);
    } else {
      v8::Local<v8::Value> args[] = {target};
      runtime_.CallHook(Runtime::Hook::kDispatchMessageError, 1, args);
    }
    runtime_.Checkpoint();
  }
  if (port_ != nullptr) port_->inbox().Schedule();
}

}  // namespace isohost::isolate
