#include "isolate/web/broadcast_binding.h"

#include <memory>
#include <optional>
#include <string>

#include "absl/strings/str_cat.h"
#include "channel/broadcast.h"
#include "isolate/errors.h"
#include "isolate/message_port.h"
#include "isolate/serializer.h"
#include "isolate/binding_util.h"
#include "isolate/v8_util.h"
#include "v8-container.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-primitive.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

Runtime& RuntimeOf(Args args) { return *Runtime::From(args.GetIsolate()); }

// Which registry a runtime's channels meet in: the process's (so every
// runtime of the process, the main one, its workers and host workers,
// shares the names).
channel::BroadcastRegistry& RegistryOf(Runtime& runtime) {
  return channel::BroadcastRegistry::Process();
}

uint64_t IdArg(Args args, int index) {
  if (!args[index]->IsNumber()) return 0;
  double value = args[index].As<v8::Number>()->Value();
  return value > 0 ? static_cast<uint64_t>(value) : 0;
}

// One receiver's copy of an envelope: the bytes, and the same shared
// backing store for each SharedArrayBuffer (nothing else can be attached:
// there is no transfer list).
channel::Message CopyEnvelope(const channel::Message& message) {
  channel::Message copy = channel::BroadcastRegistry::CopyBytes(message);
  for (const auto& attachment : message.attachments) {
    if (attachment != nullptr &&
        attachment->kind() == channel::Attachment::Kind::kSharedArrayBuffer) {
      auto* shared = static_cast<const BackingStoreAttachment*>(attachment.get());
      copy.attachments.push_back(std::make_unique<BackingStoreAttachment>(
          channel::Attachment::Kind::kSharedArrayBuffer, shared->store()));
    } else {
      copy.attachments.push_back(nullptr);
    }
  }
  return copy;
}

// join(target) -> [member id, port wrapper]: joins the registry; messages
// go to target.dispatchEvent(). The port starts unref'd (setRef()).
void Join(Args args) {
  Runtime& runtime = RuntimeOf(args);
  v8::Isolate* isolate = args.GetIsolate();
  if (!args[0]->IsObject()) return;
  channel::BroadcastRegistry::Member member = RegistryOf(runtime).AddMember();
  uint64_t id = member.id;
  PortBinding* port = PortBinding::Create(runtime, std::move(member.port),
                                          args[0].As<v8::Object>());
  if (port == nullptr) {
    RegistryOf(runtime).RemoveMember(id);
    return;
  }
  port->SetRef(false);
  port->Start();
  v8::Local<v8::Value> items[] = {
      v8::Number::New(isolate, static_cast<double>(id)), port->wrapper()};
  args.GetReturnValue().Set(v8::Array::New(isolate, items, 2));
}

// subscribe(member, name) -> subscription id (0: no such member).
void Subscribe(Args args) {
  Runtime& runtime = RuntimeOf(args);
  uint64_t id = RegistryOf(runtime).Subscribe(
      IdArg(args, 0), ToStdString(args.GetIsolate(), args[1]));
  args.GetReturnValue().Set(static_cast<double>(id));
}

// unsubscribe(subscription)
void Unsubscribe(Args args) {
  RegistryOf(RuntimeOf(args)).Unsubscribe(IdArg(args, 0));
}

// post(name, sender subscription, value): serialises the envelope and
// sends it to every other member. Throws DataCloneError for an
// uncloneable value, ERR_QUEUE_FULL when a receiver is behind by this
// runtime's queue limits.
void Post(Args args) {
  Runtime& runtime = RuntimeOf(args);
  v8::Isolate* isolate = args.GetIsolate();
  channel::BroadcastRegistry& registry = RegistryOf(runtime);
  std::string name = ToStdString(isolate, args[0]);
  uint64_t sender = IdArg(args, 1);
  uint64_t sequence = registry.NextSequence();
  v8::Local<v8::Value> items[] = {
      v8::Number::New(isolate, static_cast<double>(sequence)),
      v8::Number::New(isolate, static_cast<double>(sender)), args[0],
      args[2]};
  std::optional<channel::Message> message = Serialize(
      runtime, v8::Array::New(isolate, items, 4), v8::Local<v8::Value>());
  if (!message.has_value()) return;  // threw
  const Limits& limits = runtime.options().limits;
  int reached = registry.Post(
      name, sender, *message, CopyEnvelope,
      {limits.max_queued_messages, limits.max_queued_bytes});
  if (reached < 0) {
    v8::Local<v8::Object> error = NewCodedError(
        isolate, "ERR_QUEUE_FULL",
        absl::StrCat("BroadcastChannel.postMessage: a receiver's queue is "
                     "full (limits ",
                     limits.max_queued_messages, " messages, ",
                     limits.max_queued_bytes, " bytes)"));
    error->SetPrivate(runtime.context(), runtime.queue_full_tag(),
                      v8::True(isolate))
        .FromMaybe(false);
    isolate->ThrowException(error);
  }
}

// setRef(port wrapper, ref): whether the member keeps the runtime alive.
void SetRef(Args args) {
  Runtime& runtime = RuntimeOf(args);
  if (PortBinding* port = PortBinding::FromWrapper(runtime, args[0])) {
    port->SetRef(args[1]->BooleanValue(args.GetIsolate()));
  }
}

// checkpoint() -> whether the runtime is ending: Node's checkpoint
// (nextTick queue, microtasks) between two channels' deliveries of one
// message, so each delivery is a task of its own.
void Checkpoint(Args args) {
  Runtime& runtime = RuntimeOf(args);
  runtime.Checkpoint();
  args.GetReturnValue().Set(runtime.exiting());
}

}  // namespace

void InstallBroadcastBinding(Runtime& runtime, v8::Local<v8::Object> target) {
  SetMethod(runtime, target, "join", Join);
  SetMethod(runtime, target, "subscribe", Subscribe);
  SetMethod(runtime, target, "unsubscribe", Unsubscribe);
  SetMethod(runtime, target, "post", Post);
  SetMethod(runtime, target, "setRef", SetRef);
  SetMethod(runtime, target, "checkpoint", Checkpoint);
}

}  // namespace isohost::isolate
