// Tests of channel/broadcast.h: fan-out, per-sender FIFO and one total
// order across receivers, sequence numbers against subscriptions, dead
// members, back-pressure, and subscribe/unsubscribe racing posts. Run
// under TSan by tools/test.sh.
#include "channel/broadcast.h"

#include <atomic>
#include <cstring>
#include <map>
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

// Everything queued on `port` now (single-threaded tests).
std::vector<Message> Take(Port& port) {
  std::vector<Message> messages;
  Message message;
  while (port.inbox().TryPop(&message)) messages.push_back(std::move(message));
  return messages;
}

TEST(BroadcastRegistryTest, FansOutToOtherMembersOncePerMember) {
  BroadcastRegistry registry;
  auto a = registry.AddMember();
  auto b = registry.AddMember();
  auto c = registry.AddMember();
  uint64_t a1 = registry.Subscribe(a.id, "x");
  uint64_t a2 = registry.Subscribe(a.id, "x");  // a second channel in a
  registry.Subscribe(b.id, "x");
  registry.Subscribe(b.id, "x");
  registry.Subscribe(c.id, "y");
  EXPECT_EQ(registry.subscription_count(), 5u);

  // From a1: a itself (a2 listens), b once; c has another name.
  EXPECT_EQ(registry.Post("x", a1, MakeMessage(1, 0),
                          BroadcastRegistry::CopyBytes), 2);
  EXPECT_EQ(Take(*a.port).size(), 1u);
  EXPECT_EQ(Take(*b.port).size(), 1u);
  EXPECT_EQ(Take(*c.port).size(), 0u);

  // Without a2, a hears nothing from a1.
  registry.Unsubscribe(a2);
  registry.Unsubscribe(a2);  // idempotent
  EXPECT_EQ(registry.Post("x", a1, MakeMessage(1, 1),
                          BroadcastRegistry::CopyBytes), 1);
  EXPECT_EQ(Take(*a.port).size(), 0u);
  std::vector<Message> got = Take(*b.port);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(Decode(got[0]), std::make_pair(1u, 1u));
  EXPECT_EQ(registry.Post("nobody", a1, MakeMessage(1, 2),
                          BroadcastRegistry::CopyBytes), 0);
}

TEST(BroadcastRegistryTest, SequenceNumbersOrderPostsAgainstSubscriptions) {
  BroadcastRegistry registry;
  auto a = registry.AddMember();
  uint64_t before = registry.NextSequence();
  uint64_t subscription = registry.Subscribe(a.id, "x");
  uint64_t after = registry.NextSequence();
  EXPECT_LT(before, subscription);
  EXPECT_LT(subscription, after);
  EXPECT_EQ(registry.Subscribe(12345, "x"), 0u);  // no such member
}

TEST(BroadcastRegistryTest, ClosedMembersAreForgotten) {
  BroadcastRegistry registry;
  auto a = registry.AddMember();
  uint64_t from = registry.Subscribe(a.id, "x");
  {
    auto b = registry.AddMember();
    registry.Subscribe(b.id, "x");
    EXPECT_EQ(registry.member_count(), 2u);
    // b's runtime ends: its port goes.
  }
  EXPECT_EQ(registry.Post("x", from, MakeMessage(0, 0),
                          BroadcastRegistry::CopyBytes), 0);
  EXPECT_EQ(registry.member_count(), 1u);
  EXPECT_EQ(registry.subscription_count(), 1u);

  // RemoveMember(): the member's port sees the close.
  registry.RemoveMember(a.id);
  registry.RemoveMember(a.id);
  std::vector<Message> got = Take(*a.port);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].kind, Message::Kind::kClose);
  EXPECT_EQ(registry.subscription_count(), 0u);
}

TEST(BroadcastRegistryTest, FullBacklogRefusesTheWholePost) {
  BroadcastRegistry registry;
  auto a = registry.AddMember();
  auto b = registry.AddMember();
  auto c = registry.AddMember();
  uint64_t from = registry.Subscribe(a.id, "x");
  registry.Subscribe(b.id, "x");
  registry.Subscribe(c.id, "x");
  BroadcastRegistry::Limits limits{2, 0};
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(registry.Post("x", from, MakeMessage(0, i),
                            BroadcastRegistry::CopyBytes, limits), 2);
  }
  Take(*c.port);  // c keeps up, b does not
  EXPECT_EQ(registry.Post("x", from, MakeMessage(0, 2),
                          BroadcastRegistry::CopyBytes, limits), -1);
  EXPECT_EQ(Take(*c.port).size(), 0u);  // nobody got the refused one
  Take(*b.port);
  EXPECT_EQ(registry.Post("x", from, MakeMessage(0, 3),
                          BroadcastRegistry::CopyBytes, limits), 2);
}

// One member per thread, each posting kMessages and receiving everyone
// else's on its own loop: nothing lost, each sender's messages in order,
// and any two receivers see the posts they both get in the same order.
TEST(BroadcastRegistryTest, ManyThreadsOneTotalOrder) {
  constexpr int kMembers = 4;
  constexpr int kMessages = 5000;
  BroadcastRegistry registry;
  std::vector<BroadcastRegistry::Member> members;
  std::vector<uint64_t> subscriptions;
  for (int i = 0; i < kMembers; ++i) {
    members.push_back(registry.AddMember());
    subscriptions.push_back(registry.Subscribe(members.back().id, "x"));
  }
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> seen(kMembers);
  // Barriers on atomics (which TSan sees; it does not see Debian's
  // uninstrumented absl::Mutex): every receiver is bound before anyone
  // posts, and every post is done before anyone unbinds.
  std::atomic<int> bound{0};
  std::atomic<int> posted{0};
  auto wait_for = [](std::atomic<int>& counter) {
    while (counter.load() < kMembers) std::this_thread::yield();
  };
  std::vector<std::thread> threads;
  for (int m = 0; m < kMembers; ++m) {
    threads.emplace_back([&, m] {
      loop::EventLoop loop;
      Port& port = *members[m].port;
      loop.AddKeepAlive();
      const size_t expected = static_cast<size_t>(kMembers - 1) * kMessages;
      port.inbox().Bind(loop.poster(), [&] {
        port.inbox().ClearScheduled();
        std::vector<Message> batch;
        Message message;
        while (port.inbox().TryPop(&message)) batch.push_back(std::move(message));
        for (const Message& item : batch) {
          seen[m].push_back(Decode(item));
          if (seen[m].size() == expected) loop.ReleaseKeepAlive();
        }
      });
      bound.fetch_add(1);
      wait_for(bound);
      std::thread poster([&] {
        for (int i = 0; i < kMessages; ++i) {
          ASSERT_GE(registry.Post("x", subscriptions[m], MakeMessage(m, i),
                                  BroadcastRegistry::CopyBytes), 0);
        }
      });
      loop.Run();
      poster.join();
      posted.fetch_add(1);
      wait_for(posted);
      port.inbox().Unbind();
    });
  }
  for (auto& thread : threads) thread.join();

  for (int m = 0; m < kMembers; ++m) {
    ASSERT_EQ(seen[m].size(), static_cast<size_t>(kMembers - 1) * kMessages);
    std::vector<uint32_t> next(kMembers, 0);
    for (auto [producer, sequence] : seen[m]) {
      ASSERT_NE(producer, static_cast<uint32_t>(m));
      ASSERT_EQ(sequence, next[producer]) << "receiver " << m;
      ++next[producer];
    }
  }
  for (int r1 = 0; r1 < kMembers; ++r1) {
    for (int r2 = r1 + 1; r2 < kMembers; ++r2) {
      auto common = [&](int r) {
        std::vector<std::pair<uint32_t, uint32_t>> out;
        for (auto item : seen[r]) {
          if (item.first != static_cast<uint32_t>(r1) &&
              item.first != static_cast<uint32_t>(r2)) {
            out.push_back(item);
          }
        }
        return out;
      };
      EXPECT_EQ(common(r1), common(r2)) << r1 << " vs " << r2;
    }
  }
}

// Channels come and go while others post and members end: no data race,
// no message for a name a member no longer has.
TEST(BroadcastRegistryTest, SubscribeUnsubscribeAndMembersEndingRacePosts) {
  BroadcastRegistry registry;
  auto listener = registry.AddMember();
  registry.Subscribe(listener.id, "x");
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < 3; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        auto member = registry.AddMember();
        uint64_t a = registry.Subscribe(member.id, "x");
        uint64_t b = registry.Subscribe(member.id, i % 2 ? "x" : "y");
        registry.Post("x", a, MakeMessage(t, i), BroadcastRegistry::CopyBytes);
        Take(*member.port);
        registry.Unsubscribe(b);
        if (i % 3 == 0) registry.RemoveMember(member.id);
        // Otherwise the member's port goes here, as when a runtime ends.
      }
    });
  }
  std::thread drainer([&] {
    while (!stop.load()) Take(*listener.port);
  });
  for (auto& thread : threads) thread.join();
  stop.store(true);
  drainer.join();
  registry.Subscribe(listener.id, "z");  // prunes what ended
  EXPECT_EQ(registry.member_count(), 1u);
  EXPECT_EQ(registry.subscription_count(), 2u);
}

}  // namespace
}  // namespace isohost::channel
