// EventLoop phase order, immediates, cross-thread posting and exit rules.
// Every ordering is driven by the loop itself: no test sleeps and hopes.
#include "loop/event_loop.h"

#include <atomic>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace isohost::loop {
namespace {

class EventLoopTest : public ::testing::Test {
 protected:
  EventLoopTest() {
    loop_.set_after_callback([this] { log_.push_back("|"); });
  }
  std::function<void()> Log(std::string name) {
    return [this, name] { log_.push_back(name); };
  }

  EventLoop loop_;
  std::vector<std::string> log_;
};

TEST_F(EventLoopTest, RunReturnsWhenNothingIsLeft) {
  loop_.Run();
  EXPECT_TRUE(log_.empty());
}

TEST_F(EventLoopTest, ImmediatesRunInOrderWithCheckpointBetween) {
  loop_.SetImmediate(Log("a"));
  loop_.SetImmediate(Log("b"));
  loop_.Run();
  EXPECT_EQ(log_, (std::vector<std::string>{"a", "|", "b", "|"}));
}

TEST_F(EventLoopTest, ImmediateQueuedDuringCheckWaitsForATimerTurn) {
  // An immediate queued by an immediate runs in the next turn, after the
  // timers phase of that turn: a due timer gets in between.
  loop_.SetImmediate([this] {
    // The timer is created here, not before the loop starts, so that it is
    // certainly not due in the first turn; the busy-wait makes it certainly
    // due in the second, whose timers phase comes before its check phase.
    loop_.SetTimer(1, false, Log("timer"));
    int64_t start = loop_.Now();
    while (loop_.Now() - start < 3) {
    }
    log_.push_back("first");
    loop_.SetImmediate(Log("nested"));
  });
  loop_.Run();
  EXPECT_EQ(log_, (std::vector<std::string>{"first", "|", "timer", "|",
                                            "nested", "|"}));
}

TEST_F(EventLoopTest, FromTimerImmediateRunsBeforeZeroTimeout) {
  loop_.SetTimer(0, false, [this] {
    loop_.SetTimer(0, false, Log("timeout"));
    loop_.SetImmediate(Log("immediate"));
  });
  loop_.Run();
  EXPECT_EQ(log_, (std::vector<std::string>{"|", "immediate", "|", "timeout",
                                            "|"}));
}

TEST_F(EventLoopTest, TimerFromTimerWaitsEvenWhenTheClockTicksDuringThePhase) {
  // Regression: a timer callback that sees the clock move on (here: a
  // busy-wait across a millisecond boundary between two setTimeout calls)
  // re-armed libuv's timer with 0 ms, so libuv ran the timers phase again
  // and a setTimeout(0) from the callback beat this turn's setImmediate.
  loop_.SetTimer(1, false, [this] {
    loop_.SetTimer(0, false, Log("timeout 0"));
    loop_.SetImmediate(Log("immediate"));
    int64_t start = loop_.Now();
    while (loop_.Now() - start < 2) {
    }
    loop_.SetTimer(1, false, Log("timeout 1"));
  });
  loop_.Run();
  EXPECT_EQ(log_, (std::vector<std::string>{"|", "immediate", "|", "timeout 0",
                                            "|", "timeout 1", "|"}));
}

TEST_F(EventLoopTest, ClearedImmediateAndTimerNeverRun) {
  ImmediateId i = loop_.SetImmediate(Log("immediate"));
  TimerId t = loop_.SetTimer(1, false, Log("timer"));
  loop_.SetImmediate(Log("kept"));
  loop_.ClearImmediate(i);
  loop_.ClearTimer(t);
  loop_.Run();
  EXPECT_EQ(log_, (std::vector<std::string>{"kept", "|"}));
}

TEST_F(EventLoopTest, UnrefedTimerDoesNotKeepLoopAlive) {
  TimerId t = loop_.SetTimer(10000, false, Log("never"));
  loop_.SetTimerRef(t, false);
  loop_.Run();
  EXPECT_TRUE(log_.empty());
}

TEST_F(EventLoopTest, StopEndsTheTurnAndLaterCallbacksNeverRun) {
  loop_.SetImmediate([this] {
    log_.push_back("a");
    loop_.Stop();
  });
  loop_.SetImmediate(Log("b"));
  loop_.SetTimer(100, false, Log("t"));  // never due in the first turn
  loop_.Run();
  EXPECT_EQ(log_, (std::vector<std::string>{"a"}));
  loop_.Run();  // sticky
  EXPECT_EQ(log_, (std::vector<std::string>{"a"}));
}

TEST_F(EventLoopTest, PostedTasksFromManyThreadsAllRunInPerThreadOrder) {
  // moodycamel's queue is FIFO per producer only, so the loop keeps itself
  // alive until it has counted every task (a "done" task from the last
  // thread could overtake other threads' tasks).
  constexpr int kThreads = 4;
  constexpr int kTasksPerThread = 20000;
  std::vector<int> last_seen(kThreads, -1);
  int ran = 0;
  bool in_order = true;
  loop_.set_after_callback([] {});
  loop_.AddKeepAlive();
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kTasksPerThread; ++i) {
        bool posted = loop_.poster()->Post([&, t, i] {
          if (last_seen[t] != i - 1) in_order = false;
          last_seen[t] = i;
          if (++ran == kThreads * kTasksPerThread) loop_.ReleaseKeepAlive();
        });
        ASSERT_TRUE(posted);
      }
    });
  }
  loop_.Run();
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(ran, kThreads * kTasksPerThread);
  EXPECT_TRUE(in_order);
}

TEST_F(EventLoopTest, CoalescedWakesStillDrainEverything) {
  // Many posts before the loop ever runs are one coalesced wake; more than
  // a budget's worth must still all run, with other phases in between.
  constexpr int kTasks = static_cast<int>(EventLoop::kPostedTaskBudget) * 3 + 7;
  int ran = 0;
  loop_.set_after_callback([] {});
  for (int i = 0; i < kTasks; ++i) {
    loop_.poster()->Post([&] { ++ran; });
  }
  bool immediate_ran_before_all = false;
  loop_.SetImmediate([&] { immediate_ran_before_all = ran < kTasks; });
  loop_.AddKeepAlive();
  loop_.poster()->Post([&] {});  // queued last: its turn comes after the rest
  std::thread closer([&] {
    loop_.poster()->Post([&] {
      if (ran == kTasks) loop_.ReleaseKeepAlive();
    });
  });
  closer.join();
  loop_.Run();
  EXPECT_EQ(ran, kTasks);
  EXPECT_TRUE(immediate_ran_before_all);
}

TEST_F(EventLoopTest, WakeWithoutTaskCallsObserver) {
  int wakes = 0;
  loop_.set_wake_observer([&] {
    ++wakes;
    loop_.ReleaseKeepAlive();
  });
  loop_.AddKeepAlive();
  std::thread waker([&] { EXPECT_TRUE(loop_.poster()->Wake()); });
  loop_.Run();
  waker.join();
  EXPECT_EQ(wakes, 1);
}

TEST_F(EventLoopTest, RunCallbackRunsTheHookAfterItAndNothingOnceStopped) {
  // What an I/O handle of another package (loop/http) does per event.
  EXPECT_TRUE(loop_.RunCallback(Log("event")));
  EXPECT_TRUE(loop_.RunCallback(Log("event")));
  loop_.Stop();
  EXPECT_FALSE(loop_.RunCallback(Log("late")));
  EXPECT_EQ(log_, (std::vector<std::string>{"event", "|", "event", "|"}));
}

TEST(EventLoopLifetimeTest, PostAfterLoopIsGoneFailsCleanly) {
  std::shared_ptr<TaskPoster> poster;
  {
    EventLoop loop;
    poster = loop.poster();
  }
  bool destroyed = false;
  struct Flag {
    bool* flag;
    ~Flag() {
      if (flag) *flag = true;
    }
  };
  auto flag = std::make_shared<Flag>(Flag{&destroyed});
  EXPECT_FALSE(poster->Post([flag] {}));
  flag.reset();
  EXPECT_TRUE(destroyed);
  EXPECT_FALSE(poster->Wake());
}

}  // namespace
}  // namespace isohost::loop
