// Multi-threaded JS tests: workers and message ports across real threads.
// Each test runs a main script to completion; output from every runtime is
// collected under a mutex (worker output arrives on worker threads).
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "isolate/builtins/all.h"
#include "isolate/runtime.h"

namespace isohost {
namespace {

// The process's V8 with every built-in package registered (what the host
// does in InitializeV8()).
std::shared_ptr<isohost::isolate::V8Process> AcquireV8WithBuiltins() {
  isohost::isolate::RegisterAllBuiltins();
  return isohost::isolate::V8Process::Acquire();
}


using ::testing::HasSubstr;

class WorkerTest : public ::testing::Test {
 protected:
  struct Result {
    isolate::ExitRecord exit;
    std::string out;
    std::string err;
  };

  std::string Write(const std::string& name, const std::string& text) {
    const char* dir = std::getenv("TEST_TMPDIR");
    std::string path = std::string(dir ? dir : "/tmp") + "/" + name;
    std::ofstream(path) << text;
    return path;
  }

  Result Run(const std::string& name, const std::string& source) {
    isolate::RuntimeOptions options;
    options.entry_path = Write(name, source);
    auto result = std::make_shared<Result>();
    auto mu = std::make_shared<std::mutex>();
    options.output = [result, mu](int fd, std::string_view text) {
      std::lock_guard<std::mutex> lock(*mu);
      (fd == 1 ? result->out : result->err).append(text);
    };
    auto runtime =
        isolate::Runtime::Create(AcquireV8WithBuiltins(), std::move(options));
    EXPECT_TRUE(runtime.ok());
    isolate::ExitRecord exit = (*runtime)->RunMain();
    runtime->reset();  // joins every worker thread
    std::lock_guard<std::mutex> lock(*mu);
    Result copy;
    copy.exit.code = exit.code;
    copy.exit.reason = exit.reason;
    copy.out = result->out;
    copy.err = result->err;
    return copy;
  }
};

TEST_F(WorkerTest, FiftyThousandMessagesArriveInOrderBeforeExit) {
  Write("flood_worker.js", R"(
    for (let i = 0; i < 50000; i++) postMessage(i);
  )");
  Result r = Run("flood.js", R"(
    const w = new Worker('./flood_worker.js');
    let next = 0, ordered = true;
    w.onmessage = (e) => { if (e.data !== next++) ordered = false; };
    w.addEventListener('exit', (e) => console.log(next, ordered, e.code));
  )");
  EXPECT_EQ(r.exit.code, 0) << r.err;
  EXPECT_EQ(r.out, "50000 true 0\n");
}

TEST_F(WorkerTest, MicrotaskCheckpointBetweenMessages) {
  Write("two_worker.js", "postMessage('a'); postMessage('b');");
  Result r = Run("checkpoint.js", R"(
    const w = new Worker('./two_worker.js');
    w.onmessage = (e) => {
      console.log('message', e.data);
      Promise.resolve().then(() => console.log('microtask after', e.data));
    };
  )");
  EXPECT_EQ(r.out,
            "message a\nmicrotask after a\nmessage b\nmicrotask after b\n");
}

TEST_F(WorkerTest, TerminateStopsABusyWorker) {
  Write("busy_worker.js", "postMessage('spinning'); for (;;) {}");
  Result r = Run("busy.js", R"(
    const w = new Worker('./busy_worker.js');
    w.onmessage = async () => console.log('terminated with', await w.terminate());
  )");
  EXPECT_EQ(r.exit.code, 0) << r.err;
  EXPECT_EQ(r.out, "terminated with 1\n");
}

TEST_F(WorkerTest, UnhandledWorkerErrorBecomesTheParentsError) {
  Write("throwing_worker.js", "throw new RangeError('out of range');");
  Result r = Run("unhandled.js", R"(
    const w = new Worker('./throwing_worker.js');
    w.addEventListener('exit', () => console.log('never: parent died first'));
  )");
  EXPECT_EQ(r.exit.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("RangeError: out of range"));
}

TEST_F(WorkerTest, PortsTransferredToTwoWorkersTalkDirectly) {
  Write("ping_worker.js", R"(
    onmessage = (e) => {
      const port = e.ports[0];
      port.onmessage = (m) => { postMessage('ping got ' + m.data); port.close(); close(); };
      port.postMessage('hello from ping');
    };
  )");
  Write("pong_worker.js", R"(
    onmessage = (e) => {
      const port = e.ports[0];
      port.onmessage = (m) => { postMessage('pong got ' + m.data); port.postMessage('reply'); close(); };
    };
  )");
  Result r = Run("pair.js", R"(
    const { port1, port2 } = new MessageChannel();
    const ping = new Worker('./ping_worker.js');
    const pong = new Worker('./pong_worker.js');
    const lines = [];
    let exits = 0;
    for (const w of [ping, pong]) {
      w.onmessage = (e) => lines.push(e.data);
      w.addEventListener('exit', () => { if (++exits === 2) console.log(lines.sort().join('\n')); });
    }
    pong.postMessage(null, [port2]);
    ping.postMessage(null, [port1]);
  )");
  EXPECT_EQ(r.exit.code, 0) << r.err;
  EXPECT_EQ(r.out, "ping got reply\npong got hello from ping\n");
}

TEST_F(WorkerTest, MissingWorkerScriptIsAnErrorEvent) {
  Result r = Run("missing.js", R"(
    const w = new Worker('./no_such_worker.js');
    w.onerror = (e) => { console.log('error:', e.message.includes('no_such_worker.js')); e.preventDefault(); };
    w.addEventListener('exit', (e) => console.log('exit', e.code));
  )");
  EXPECT_EQ(r.exit.code, 0) << r.err;
  EXPECT_EQ(r.out, "error: true\nexit 1\n");
}

}  // namespace
}  // namespace isohost
