// 1,000 spawn/terminate cycles: run under --config=asan (tools/test.sh
// does), where LeakSanitizer fails the test on any leaked allocation and
// AddressSanitizer on any use after free or race to a freed worker.
#include "gtest/gtest.h"
#include "host/host.h"

namespace isohost {
namespace {

TEST(SpawnCyclesTest, ThousandSpawnTerminateCycles) {
  absl::StatusOr<std::unique_ptr<Host>> host = Host::Create();
  ASSERT_TRUE(host.ok()) << host.status();
  int terminated = 0;
  for (int i = 0; i < 1000; ++i) {
    WorkerOptions options;
    // Alternate: busy in JS, idle in the loop, mid-conversation.
    switch (i % 3) {
      case 0: options.source = "postMessage(1); for (;;) {}"; break;
      case 1: options.source = "onmessage = (e) => postMessage(e.data);"; break;
      default:
        options.source = "setInterval(() => postMessage(new ArrayBuffer(64)), 0);";
    }
    absl::StatusOr<std::unique_ptr<Worker>> worker = (*host)->Spawn(options);
    ASSERT_TRUE(worker.ok()) << worker.status();
    if (i % 3 == 1) {
      ASSERT_TRUE((*worker)->PostString("ping").ok());
      ASSERT_TRUE((*worker)->Receive(absl::Seconds(60)).ok());
    }
    (*worker)->Terminate();
    ExitRecord exit = (*worker)->Join();
    terminated += exit.reason == ExitRecord::Reason::kTerminated;
  }
  EXPECT_EQ(terminated, 1000);
}

}  // namespace
}  // namespace isohost
