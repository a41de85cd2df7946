// BroadcastChannel between the host's C++ workers (each a runtime tree of
// its own): one name reaches every runtime of the process, a terminated
// worker's channels drop out, and an open channel keeps its worker alive
// until it closes.
#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "host/host.h"

namespace isohost {
namespace {

std::unique_ptr<Host>& HostSlot() {
  static std::unique_ptr<Host>* host = new std::unique_ptr<Host>();
  return *host;
}

Host* TheHost() {
  if (HostSlot() == nullptr) {
    absl::StatusOr<std::unique_ptr<Host>> created = Host::Create();
    EXPECT_TRUE(created.ok()) << created.status();
    if (created.ok()) HostSlot() = std::move(*created);
  }
  return HostSlot().get();
}

class HostEnvironment : public ::testing::Environment {
 public:
  void TearDown() override { HostSlot().reset(); }
};
const auto* const kHostEnvironment =
    ::testing::AddGlobalTestEnvironment(new HostEnvironment());

std::unique_ptr<Worker> Spawn(const std::string& source) {
  WorkerOptions options;
  options.source = source;
  absl::StatusOr<std::unique_ptr<Worker>> worker = TheHost()->Spawn(options);
  EXPECT_TRUE(worker.ok()) << worker.status();
  return worker.ok() ? std::move(*worker) : nullptr;
}

std::string ReceiveString(Worker& worker) {
  absl::StatusOr<Message> message = worker.Receive(absl::Seconds(30));
  EXPECT_TRUE(message.ok()) << message.status();
  if (!message.ok()) return "";
  absl::StatusOr<Value> value = message->Decode();
  EXPECT_TRUE(value.ok() && value->is_string());
  return value.ok() && value->is_string() ? value->string() : "";
}

TEST(BroadcastHostTest, HostWorkersShareNames) {
  // The listener stays alive only through its open channel.
  std::unique_ptr<Worker> listener = Spawn(R"js(
    const bc = new BroadcastChannel('host-bc');
    bc.onmessage = (event) => {
      postMessage(`listener got ${event.data}`);
      bc.close();
    };
    postMessage('ready');
  )js");
  // Terminated with its channel open: it must drop out, not break posts.
  std::unique_ptr<Worker> doomed = Spawn(R"js(
    const bc = new BroadcastChannel('host-bc');
    postMessage('ready');
  )js");
  std::unique_ptr<Worker> sender = Spawn(R"js(
    const bc = new BroadcastChannel('host-bc');
    let heard = 0;
    bc.onmessage = () => { heard += 1; };
    onmessage = (event) => {
      bc.postMessage(event.data);
      postMessage(`sent, heard ${heard}`);
      bc.close();
      close();
    };
    postMessage('ready');
  )js");
  ASSERT_NE(listener, nullptr);
  ASSERT_NE(doomed, nullptr);
  ASSERT_NE(sender, nullptr);
  EXPECT_EQ(ReceiveString(*listener), "ready");
  EXPECT_EQ(ReceiveString(*doomed), "ready");
  EXPECT_EQ(ReceiveString(*sender), "ready");
  doomed->Terminate();
  EXPECT_EQ(doomed->Join().reason, ExitRecord::Reason::kTerminated);

  ASSERT_TRUE(sender->PostMessage(Value::String("hello")).ok());
  EXPECT_EQ(ReceiveString(*sender), "sent, heard 0");
  EXPECT_EQ(ReceiveString(*listener), "listener got hello");
  EXPECT_EQ(sender->Join().reason, ExitRecord::Reason::kExit);
  // Its channel closed, the listener has nothing left to wait for.
  ExitRecord exit = listener->Join();
  EXPECT_EQ(exit.reason, ExitRecord::Reason::kNormal) << exit.error;
}

}  // namespace
}  // namespace isohost
