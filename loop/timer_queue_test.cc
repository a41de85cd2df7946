// Deterministic tests of Node's timer ordering: time is a plain number here.
#include "loop/timer_queue.h"

#include <cmath>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace isohost::loop {
namespace {

class TimerQueueTest : public ::testing::Test {
 protected:
  TimerId Add(int64_t now, int64_t delay, const std::string& name,
              bool repeat = false) {
    return queue_.Add(now, delay, repeat, [this, name] { log_.push_back(name); });
  }
  void Run(int64_t now) {
    queue_.RunDue(
        now, [&] { return now; },
        [&] {
          log_.push_back("|");
          return true;
        });
  }

  TimerQueue queue_;
  std::vector<std::string> log_;
};

TEST_F(TimerQueueTest, ClampsLikeNode) {
  EXPECT_EQ(TimerQueue::ClampDelay(0), 1);
  EXPECT_EQ(TimerQueue::ClampDelay(-5), 1);
  EXPECT_EQ(TimerQueue::ClampDelay(0.5), 1);
  EXPECT_EQ(TimerQueue::ClampDelay(1.5), 2);
  EXPECT_EQ(TimerQueue::ClampDelay(std::nan("")), 1);
  EXPECT_EQ(TimerQueue::ClampDelay(2147483648.0), 1);
  EXPECT_EQ(TimerQueue::ClampDelay(2147483647.0), 2147483647);
}

TEST_F(TimerQueueTest, EqualDelaysRunInCreationOrderWithCheckpoints) {
  Add(0, 5, "a");
  Add(0, 5, "b");
  Add(0, 5, "c");
  Run(4);
  EXPECT_TRUE(log_.empty());
  Run(5);
  EXPECT_EQ(log_, (std::vector<std::string>{"a", "|", "b", "|", "c", "|"}));
  EXPECT_EQ(queue_.size(), 0u);
}

TEST_F(TimerQueueTest, ListsVisitedByExpiryThenEachListDrained) {
  // Node runs every due timer of a duration list before the next list, so
  // "a2" (10 ms list, expiry 12) runs before "b" (5 ms list, expiry 11).
  Add(0, 10, "a1");
  Add(6, 5, "b");
  Add(2, 10, "a2");
  Run(20);
  EXPECT_EQ(log_, (std::vector<std::string>{"a1", "|", "a2", "|", "b", "|"}));
}

TEST_F(TimerQueueTest, TimerAddedDuringPhaseWaitsForNextPhase) {
  queue_.Add(0, 1, false, [this] {
    log_.push_back("outer");
    Add(1, 1, "inner");
  });
  Run(1);
  EXPECT_EQ(log_, (std::vector<std::string>{"outer", "|"}));
  EXPECT_EQ(queue_.NextExpiry(), 2);
  Run(2);
  EXPECT_EQ(log_.back(), "|");
  EXPECT_EQ(log_[2], "inner");
}

TEST_F(TimerQueueTest, CancelFromEarlierTimerDueAtSameTime) {
  TimerId second = 0;
  queue_.Add(0, 3, false, [&] {
    log_.push_back("first");
    queue_.Cancel(second);
  });
  second = Add(0, 3, "second");
  Run(3);
  EXPECT_EQ(log_, (std::vector<std::string>{"first", "|"}));
  EXPECT_EQ(queue_.size(), 0u);
}

TEST_F(TimerQueueTest, IntervalCancelsItselfFromItsOwnCallback) {
  int runs = 0;
  TimerId id = 0;
  id = queue_.Add(0, 2, true, [&] {
    if (++runs == 3) queue_.Cancel(id);
  });
  for (int64_t t = 0; t <= 20; ++t) Run(t);
  EXPECT_EQ(runs, 3);
  EXPECT_EQ(queue_.size(), 0u);
  EXPECT_EQ(queue_.ref_count(), 0u);
}

TEST_F(TimerQueueTest, IntervalRearmsFromFreshTime) {
  int runs = 0;
  queue_.Add(0, 10, true, [&] { ++runs; });
  // The phase runs late (at 25): the interval re-arms from the fresh time
  // (27), not from its old expiry, so it does not fire twice to catch up.
  queue_.RunDue(25, [] { return 27; }, [] { return true; });
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(queue_.NextExpiry(), 37);
}

TEST_F(TimerQueueTest, StopFromAfterEachEndsThePhase) {
  Add(0, 1, "a");
  Add(0, 1, "b");
  queue_.RunDue(1, [] { return 1; }, [] { return false; });
  EXPECT_EQ(log_, (std::vector<std::string>{"a"}));
  EXPECT_EQ(queue_.size(), 1u);
}

TEST_F(TimerQueueTest, RefCountsFollowUnrefAndCancel) {
  TimerId a = Add(0, 1, "a");
  TimerId b = Add(0, 1, "b");
  EXPECT_EQ(queue_.ref_count(), 2u);
  queue_.SetRef(a, false);
  queue_.SetRef(a, false);
  EXPECT_EQ(queue_.ref_count(), 1u);
  EXPECT_FALSE(queue_.HasRef(a));
  queue_.Cancel(b);
  EXPECT_EQ(queue_.ref_count(), 0u);
  Run(1);
  EXPECT_EQ(queue_.ref_count(), 0u);
  EXPECT_EQ(queue_.size(), 0u);
}

TEST_F(TimerQueueTest, RefreshFromOwnCallbackRearms) {
  int runs = 0;
  TimerId id = 0;
  id = queue_.Add(0, 4, false, [&] {
    if (++runs < 2) queue_.Refresh(id, 4);
  });
  Run(4);
  EXPECT_EQ(runs, 1);
  EXPECT_EQ(queue_.NextExpiry(), 8);
  Run(8);
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(queue_.size(), 0u);
}

TEST_F(TimerQueueTest, CancelAllOthersAndAddSameDurationFromCallback) {
  TimerId b = 0;
  queue_.Add(0, 5, false, [&] {
    log_.push_back("a");
    queue_.Cancel(b);
    Add(5, 5, "later");  // recreates the 5 ms list
  });
  b = Add(0, 5, "b");
  Run(5);
  EXPECT_EQ(log_, (std::vector<std::string>{"a", "|"}));
  Run(10);
  EXPECT_EQ(log_.size(), 4u);
  EXPECT_EQ(log_[2], "later");
}

}  // namespace
}  // namespace isohost::loop
