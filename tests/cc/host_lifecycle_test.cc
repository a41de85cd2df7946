// Host lifecycle: one Host per process, Shutdown() stops every worker and
// refuses new ones, and a new Host can follow a destroyed one.
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "host/host.h"

namespace isohost {
namespace {

TEST(HostLifecycleTest, ShutdownStopsWorkersAndRefusesSpawn) {
  absl::StatusOr<std::unique_ptr<Host>> host = Host::Create();
  ASSERT_TRUE(host.ok()) << host.status();
  EXPECT_EQ(Host::Create().status().code(),
            absl::StatusCode::kFailedPrecondition);

  std::vector<std::unique_ptr<Worker>> workers;
  for (int i = 0; i < 3; ++i) {
    WorkerOptions options;
    options.source = i == 0 ? "for (;;) {}" : "setInterval(() => {}, 1000);";
    absl::StatusOr<std::unique_ptr<Worker>> worker = (*host)->Spawn(options);
    ASSERT_TRUE(worker.ok()) << worker.status();
    workers.push_back(std::move(*worker));
  }
  (*host)->Shutdown();
  for (auto& worker : workers) {
    // Already stopped: JoinFor() does not wait.
    std::optional<ExitRecord> exit = worker->JoinFor(absl::ZeroDuration());
    ASSERT_TRUE(exit.has_value());
    EXPECT_EQ(exit->reason, ExitRecord::Reason::kTerminated);
    EXPECT_EQ(worker->PostString("late").code(),
              absl::StatusCode::kFailedPrecondition);
  }
  WorkerOptions options;
  options.source = "1";
  absl::Status spawn = (*host)->Spawn(options).status();
  EXPECT_EQ(spawn.code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(spawn.message(), ::testing::HasSubstr("shut down"));
  (*host)->Shutdown();  // idempotent

  // Handles outlive the host.
  host->reset();
  EXPECT_EQ(workers[0]->Join().reason, ExitRecord::Reason::kTerminated);
  workers.clear();

  absl::StatusOr<std::unique_ptr<Host>> again = Host::Create();
  ASSERT_TRUE(again.ok()) << again.status();
  absl::StatusOr<std::unique_ptr<Worker>> worker = (*again)->Spawn(options);
  ASSERT_TRUE(worker.ok()) << worker.status();
  EXPECT_EQ((*worker)->Join().reason, ExitRecord::Reason::kNormal);
}

}  // namespace
}  // namespace isohost
