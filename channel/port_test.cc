// Multi-threaded tests of channel/: inboxes, entangled ports, close and
// transfer while messages are in flight. Run under TSan by tools/test.sh.
#include "channel/port.h"

#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "loop/event_loop.h"

namespace isohost::channel {
namespace {

Message MakeMessage(uint32_t producer, uint32_t sequence) {
  Message message;
  message.bytes.resize(8);
  std::memcpy(message.bytes.data(), &producer, 4);
  std::memcpy(message.bytes.data() + 4, &sequence, 4);
  return message;
}

std::pair<uint32_t, uint32_t> Decode(const Message& message) {
  uint32_t producer, sequence;
  std::memcpy(&producer, message.bytes.data(), 4);
  std::memcpy(&sequence, message.bytes.data() + 4, 4);
  return {producer, sequence};
}

TEST(InboxTest, ManyProducersNothingLostFifoPerProducer) {
  constexpr int kProducers = 4;
  constexpr int kMessages = 25000;
  auto inbox = std::make_shared<Inbox>();
  loop::EventLoop loop;
  std::vector<int64_t> next(kProducers, 0);
  int64_t received = 0;
  bool in_order = true;
  int drains = 0;
  loop.AddKeepAlive();
  inbox->Bind(loop.poster(), [&] {
    ++drains;
    inbox->ClearScheduled();
    Message message;
    while (inbox->TryPop(&message)) {
      auto [producer, sequence] = Decode(message);
      if (next[producer] != sequence) in_order = false;
      next[producer] = sequence + 1;
      if (++received == kProducers * kMessages) loop.ReleaseKeepAlive();
    }
  });
  std::vector<std::thread> producers;
  for (int p = 0; p < kProducers; ++p) {
    producers.emplace_back([&, p] {
      auto token = inbox->NewProducerToken();
      for (int i = 0; i < kMessages; ++i) {
        ASSERT_TRUE(inbox->Push(*token, MakeMessage(p, i)));
      }
    });
  }
  loop.Run();
  for (auto& thread : producers) thread.join();
  inbox->Unbind();
  EXPECT_EQ(received, kProducers * kMessages);
  EXPECT_TRUE(in_order);
  EXPECT_EQ(inbox->depth(), 0);
  // Wake-ups coalesce: far fewer drains than messages.
  EXPECT_LT(drains, kProducers * kMessages);
}

TEST(PortTest, CloseDeliversEverythingPostedBeforeIt) {
  auto [a, b] = Port::CreatePair();
  constexpr int kMessages = 10000;
  std::thread sender([&a = a] {
    for (int i = 0; i < kMessages; ++i) ASSERT_TRUE(a->Post(MakeMessage(0, i)));
    a->Close();
    EXPECT_FALSE(a->Post(MakeMessage(0, kMessages)));  // closed: no-op
  });
  loop::EventLoop loop;
  int data = 0;
  bool closed_last = false;
  bool in_order = true;
  loop.AddKeepAlive();
  b->inbox().Bind(loop.poster(), [&, port = b.get()] {
    port->inbox().ClearScheduled();
    Message message;
    while (port->inbox().TryPop(&message)) {
      if (message.kind == Message::Kind::kClose) {
        closed_last = data == kMessages;
        port->OnPeerClosed();
        loop.ReleaseKeepAlive();
        continue;
      }
      if (Decode(message).second != static_cast<uint32_t>(data)) in_order = false;
      ++data;
    }
  });
  loop.Run();
  sender.join();
  b->inbox().Unbind();
  EXPECT_EQ(data, kMessages);
  EXPECT_TRUE(closed_last);
  EXPECT_TRUE(in_order);
  EXPECT_TRUE(b->closed());
  EXPECT_FALSE(b->Post(MakeMessage(1, 0)));
}

// Receives on one loop thread until `stop_at`, then hands the port over.
struct Receiver {
  std::unique_ptr<Port> port;
  std::vector<uint32_t> seen;
  bool got_close = false;

  void RunUntil(uint32_t stop_at) {
    loop::EventLoop loop;
    loop.AddKeepAlive();
    bool released = false;
    port->inbox().Bind(loop.poster(), [&] {
      if (released) return;
      port->inbox().ClearScheduled();
      Message message;
      while (!released && port->inbox().TryPop(&message)) {
        if (message.kind == Message::Kind::kClose) {
          got_close = true;
        } else {
          seen.push_back(Decode(message).second);
        }
        if (got_close || seen.size() == stop_at) {
          released = true;
          loop.ReleaseKeepAlive();
        }
      }
    });
    loop.Run();
    port->inbox().Unbind();
  }
};

TEST(PortTest, TransferWhileMessagesInFlightKeepsOrder) {
  constexpr uint32_t kMessages = 30000;
  auto [a, b] = Port::CreatePair();
  std::thread sender([&a = a] {
    for (uint32_t i = 0; i < kMessages; ++i) a->Post(MakeMessage(0, i));
    a->Close();
  });
  Receiver receiver{std::move(b)};
  // Three owners in turn, each on its own thread, like a port transferred
  // from runtime to runtime while the sender keeps going.
  std::thread first([&] { receiver.RunUntil(kMessages / 3); });
  first.join();
  std::thread second([&] { receiver.RunUntil(2 * kMessages / 3); });
  second.join();
  std::thread third([&] { receiver.RunUntil(kMessages + 1); });
  third.join();
  sender.join();
  ASSERT_EQ(receiver.seen.size(), kMessages);
  for (uint32_t i = 0; i < kMessages; ++i) ASSERT_EQ(receiver.seen[i], i);
  EXPECT_TRUE(receiver.got_close);
}

TEST(PortTest, DroppingAPortClosesItsPeer) {
  auto [a, b] = Port::CreatePair();
  a.reset();
  Message message;
  ASSERT_TRUE(b->inbox().TryPop(&message));
  EXPECT_EQ(message.kind, Message::Kind::kClose);
  b->OnPeerClosed();
  EXPECT_FALSE(b->Post(MakeMessage(0, 0)));
}

TEST(PortTest, MessagesWaitUntilBound) {
  auto [a, b] = Port::CreatePair();
  for (int i = 0; i < 5; ++i) a->Post(MakeMessage(0, i));
  EXPECT_EQ(b->inbox().depth(), 5);
  loop::EventLoop loop;
  int received = 0;
  b->inbox().Bind(loop.poster(), [&, port = b.get()] {
    port->inbox().ClearScheduled();
    Message message;
    while (port->inbox().TryPop(&message)) ++received;
  });
  loop.AddKeepAlive();
  loop.poster()->Post([&] { loop.ReleaseKeepAlive(); });
  loop.Run();
  b->inbox().Unbind();
  EXPECT_EQ(received, 5);
}

}  // namespace
}  // namespace isohost::channel
