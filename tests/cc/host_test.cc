// The public C++ API (host/host.h) end to end: workers on real threads,
// messages both ways in the structured-clone wire format, errors as
// statuses, exit records and stats. One Host serves the whole binary (one
// per process); host_lifecycle_test covers Create/Shutdown.
#include "host/host.h"

#include <atomic>
#include <deque>
#include <thread>

#include "absl/synchronization/mutex.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace isohost {
namespace {

using ::testing::HasSubstr;

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

// The host goes at the end, as an embedder's would (LeakSanitizer then
// sees that nothing of V8 was left behind).
class HostEnvironment : public ::testing::Environment {
 public:
  void TearDown() override { HostSlot().reset(); }
};
const auto* const kHostEnvironment =
    ::testing::AddGlobalTestEnvironment(new HostEnvironment());

std::unique_ptr<Worker> SpawnSource(const std::string& source,
                                    bool module = false) {
  WorkerOptions options;
  options.source = source;
  options.module = module;
  absl::StatusOr<std::unique_ptr<Worker>> worker = TheHost()->Spawn(options);
  EXPECT_TRUE(worker.ok()) << worker.status();
  return worker.ok() ? std::move(*worker) : nullptr;
}

Value ReceiveValue(Worker& worker) {
  absl::StatusOr<Message> message = worker.Receive(absl::Seconds(30));
  EXPECT_TRUE(message.ok()) << message.status();
  if (!message.ok()) return Value();
  absl::StatusOr<Value> value = message->Decode();
  EXPECT_TRUE(value.ok()) << value.status();
  return value.ok() ? *value : Value();
}

std::string ReceiveText(Worker& worker) {
  return ReceiveValue(worker).string();
}

TEST(HostTest, ValueRoundTripsThroughJs) {
  auto worker = SpawnSource("onmessage = (e) => postMessage(e.data);");
  ASSERT_NE(worker, nullptr);
  std::vector<uint8_t> doubles(16);
  double pi = 3.25, neg = -1e300;
  std::memcpy(doubles.data(), &pi, 8);
  std::memcpy(doubles.data() + 8, &neg, 8);
  Value value =
      Value::Object()
          .Set("int", Value::Number(42))
          .Set("big", Value::Number(4294967296.0))
          .Set("fraction", Value::Number(-0.1))
          .Set("negzero", Value::Number(-0.0))
          .Set("nan", Value::Number(std::nan("")))
          .Set("latin1", Value::String("caf\xc3\xa9"))
          .Set("emoji", Value::String("h\xc3\xa9llo \xf0\x9f\x8c\x8d"))
          .Set("empty", Value::String(""))
          .Set("yes", Value::Boolean(true))
          .Set("nothing", Value::Null())
          .Set("missing", Value())
          .Set("when", Value::Date(1700000000123))
          .Set("raw", Value::Bytes({0, 1, 2, 255}))
          .Set("floats",
               Value::Bytes(doubles, Value::BytesKind::kFloat64Array))
          .Set("list", Value::Array()
                           .Push(Value::Number(1))
                           .Push(Value::Array().Push(Value::String("x")))
                           .Push(Value::Object().Set("k", Value::Null())))
          .Set("7", Value::Number(7));
  ASSERT_TRUE(worker->PostMessage(value).ok());
  Value echoed = ReceiveValue(*worker);
  // JS lists integer keys first; everything else keeps its order.
  EXPECT_EQ(echoed.entries().front().first, "7");
  Value expected = Value::Object().Set("7", Value::Number(7));
  for (const auto& [key, item] : value.entries()) {
    if (key != "7") expected.Set(key, item);
  }
  EXPECT_EQ(echoed, expected) << echoed.ToJson();
}

// Differential: for each JS value, C++'s decoding printed as JSON must be
// exactly what JSON.stringify() printed in JS.
TEST(HostTest, DecodedJsValuesMatchJsonStringify) {
  auto worker = SpawnSource(R"js(
    const shared = { a: 1 };
    const buffer = new Uint8Array([9, 8, 7, 6, 5]).buffer;
    const sparse = new Array(5); sparse[3] = 'x';
    const values = [
      0, -5, 0.1, 1e21, 1e-7, 123456789012345680000, 2 ** 53, -1.5e-300,
      'plain', 'esc "\\ \n\t\u0001', 'two-byte \u00e9\u4e2d\ud834\udd1e',
      true, false, null, [], {}, [1, , 3], sparse,
      { 2: 'b', a: 'first', 1: 'a', nested: { deep: [1, [2, [3]]] } },
      new Date(86400000 * 365.25 * 30), new Uint8Array([1, 2, 250]),
      new Int16Array([-2, 300]), new Float32Array([0.1, -2.5]),
      new Uint8Array(buffer, 1, 3), new ArrayBuffer(4), [shared, shared],
      { list: [undefined, 1], skip: undefined },
    ];
    for (const value of values) postMessage([value, JSON.stringify(value)]);
    postMessage('done');
  )js");
  ASSERT_NE(worker, nullptr);
  int checked = 0;
  while (true) {
    Value pair = ReceiveValue(*worker);
    if (pair.is_string()) break;
    ASSERT_TRUE(pair.is_array() && pair.size() == 2) << pair.ToJson();
    EXPECT_EQ(pair.items()[0].ToJson(), pair.items()[1].string());
    ++checked;
  }
  EXPECT_EQ(checked, 27);
}

TEST(HostTest, TransferredBufferAndUnsupportedValues) {
  auto worker = SpawnSource(R"js(
    const buffer = new Uint8Array([1, 2, 3]).buffer;
    postMessage(buffer, [buffer]);
    postMessage(new Map([[1, 2]]));
    const cyclic = {}; cyclic.self = cyclic;
    postMessage(cyclic);
    postMessage(new MessageChannel().port1, []);
  )js");
  ASSERT_NE(worker, nullptr);
  Value transferred = ReceiveValue(*worker);
  EXPECT_EQ(transferred, Value::Bytes({1, 2, 3}));
  absl::StatusOr<Message> map = worker->Receive(absl::Seconds(30));
  ASSERT_TRUE(map.ok());
  EXPECT_EQ(map->Decode().status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_THAT(map->Decode().status().message(), HasSubstr("a Map"));
  EXPECT_FALSE(map->wire_bytes().empty());
  absl::StatusOr<Message> cyclic = worker->Receive(absl::Seconds(30));
  ASSERT_TRUE(cyclic.ok());
  EXPECT_THAT(cyclic->Decode().status().message(), HasSubstr("cyclic"));
}

TEST(HostTest, PostJsonStringAndBytesArriveAsJsValues) {
  auto worker = SpawnSource(R"js(
    onmessage = ({ data }) => postMessage(
        Object.prototype.toString.call(data) + ' ' +
        (data instanceof ArrayBuffer ? new Uint8Array(data).join(',')
                                     : JSON.stringify(data)));
  )js");
  ASSERT_NE(worker, nullptr);
  ASSERT_TRUE(worker->PostJson(R"({"a": [1, 2.5, "\u00e9\ud83c\udf0d"], "b": null})").ok());
  EXPECT_EQ(ReceiveText(*worker),
            "[object Object] {\"a\":[1,2.5,\"\xc3\xa9\xf0\x9f\x8c\x8d\"],\"b\":null}");
  ASSERT_TRUE(worker->PostString("hi \xe2\x82\xac").ok());
  EXPECT_EQ(ReceiveText(*worker), "[object String] \"hi \xe2\x82\xac\"");
  const uint8_t bytes[] = {0, 128, 255};
  ASSERT_TRUE(worker->PostBytes(bytes).ok());
  EXPECT_EQ(ReceiveText(*worker), "[object ArrayBuffer] 0,128,255");
}

TEST(HostTest, BadInputIsAStatus) {
  auto worker = SpawnSource("onmessage = (e) => postMessage(e.data);");
  ASSERT_NE(worker, nullptr);
  absl::Status json = worker->PostJson("{\"a\": [1, 2,]}");
  EXPECT_EQ(json.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(json.message(), HasSubstr("invalid JSON at byte 12"));
  EXPECT_EQ(worker->PostString("bad \xff utf8").code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(worker->PostMessage(Value::Bytes({1, 2, 3},
                                             Value::BytesKind::kInt32Array))
                .code(),
            absl::StatusCode::kInvalidArgument);
  // Garbage wire bytes are the worker's 'messageerror', not a crash.
  ASSERT_TRUE(worker->PostWireBytes({0xFF, 0x0F, 'o', 0x99}).ok());
  ASSERT_TRUE(worker->PostString("still alive").ok());
  EXPECT_EQ(ReceiveText(*worker), "still alive");
}

TEST(HostTest, SpawnErrors) {
  WorkerOptions missing;
  missing.script_path = "/nonexistent/dir/worker.js";
  EXPECT_EQ(TheHost()->Spawn(missing).status().code(),
            absl::StatusCode::kNotFound);

  WorkerOptions syntax;
  syntax.name = "broken";
  syntax.source = "const ok = 1;\nlet x = ;\n";
  absl::Status status = TheHost()->Spawn(syntax).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("broken.js:2:9: SyntaxError"));

  WorkerOptions import_missing;
  import_missing.module = true;
  import_missing.source = "import './no-such-module.mjs';";
  status = TheHost()->Spawn(import_missing).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("no-such-module.mjs"));

  EXPECT_EQ(TheHost()->Spawn(WorkerOptions()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(HostTest, ExitRecords) {
  auto normal = SpawnSource("process.exitCode = 4;");
  ExitRecord exit = normal->Join();
  EXPECT_EQ(exit.reason, ExitRecord::Reason::kNormal);
  EXPECT_EQ(exit.code, 4);

  auto exits = SpawnSource("setTimeout(() => process.exit(3), 1);");
  exit = exits->Join();
  EXPECT_EQ(exit.reason, ExitRecord::Reason::kExit);
  EXPECT_EQ(exit.code, 3);

  auto throws = SpawnSource("function f() { throw new TypeError('boom'); }\nf();");
  exit = throws->Join();
  EXPECT_EQ(exit.reason, ExitRecord::Reason::kError);
  EXPECT_EQ(exit.code, 1);
  EXPECT_EQ(exit.error, "TypeError: boom");
  EXPECT_THAT(exit.stack, HasSubstr("at f ("));
  EXPECT_EQ(ReasonName(exit.reason), "error");

  auto busy = SpawnSource("postMessage('spinning'); for (;;) {}");
  EXPECT_EQ(ReceiveText(*busy), "spinning");
  EXPECT_FALSE(busy->JoinFor(absl::Milliseconds(20)).has_value());
  busy->Terminate();
  exit = busy->Join();
  EXPECT_EQ(exit.reason, ExitRecord::Reason::kTerminated);
  // Join() again returns the same record at once.
  EXPECT_EQ(busy->Join().reason, ExitRecord::Reason::kTerminated);
}

TEST(HostTest, StoppedWorker) {
  auto worker = SpawnSource("postMessage('last words');");
  worker->Join();
  absl::Status post = worker->PostString("anyone?");
  EXPECT_EQ(post.code(), absl::StatusCode::kFailedPrecondition);
  // What it sent before stopping is still delivered, then OutOfRange.
  EXPECT_EQ(ReceiveText(*worker), "last words");
  EXPECT_EQ(worker->Receive(absl::Seconds(30)).status().code(),
            absl::StatusCode::kOutOfRange);
}

TEST(HostTest, ReceiveTimesOut) {
  auto worker = SpawnSource("setInterval(() => {}, 1000);");
  EXPECT_EQ(worker->Receive(absl::Milliseconds(10)).status().code(),
            absl::StatusCode::kDeadlineExceeded);
}

TEST(HostTest, Stats) {
  // No message listener: what C++ posts stays queued.
  auto idle = SpawnSource("globalThis.keep = new Array(1e5).fill(1);"
                          "setInterval(() => {}, 1000);");
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(idle->PostString("x").ok());
  WorkerStats stats = idle->Stats(absl::Seconds(30));
  EXPECT_TRUE(stats.live);
  EXPECT_GT(stats.heap_used_bytes, 800000u);  // the 1e5-element array
  EXPECT_GE(stats.heap_limit_bytes, stats.heap_total_bytes);
  EXPECT_EQ(stats.messages_in, 100u);
  EXPECT_EQ(stats.queue_depth_in, 100);
  EXPECT_GT(stats.cpu_time_ms, 0);
  EXPECT_GE(stats.event_loop_utilization, 0);
  EXPECT_LE(stats.event_loop_utilization, 1);

  // A worker busy in JS answers through an interrupt.
  auto busy = SpawnSource("postMessage(1); postMessage(2); for (;;) {}");
  ReceiveValue(*busy);
  ReceiveValue(*busy);
  stats = busy->Stats(absl::Seconds(30));
  EXPECT_TRUE(stats.live);
  EXPECT_EQ(stats.messages_out, 2u);
  EXPECT_EQ(stats.queue_depth_out, 0);
  busy->Terminate();
  busy->Join();
  WorkerStats last = busy->Stats();
  EXPECT_FALSE(last.live);
  EXPECT_GT(last.heap_used_bytes, 0u);

  // Sent but not received: counted once the worker is gone (its close
  // marker is not a message).
  auto talker = SpawnSource("postMessage(1); postMessage(2); postMessage(3);");
  talker->Join();
  stats = talker->Stats();
  EXPECT_EQ(stats.messages_out, 3u);
  EXPECT_EQ(stats.queue_depth_out, 3);
  ReceiveValue(*talker);
  EXPECT_EQ(talker->Stats().queue_depth_out, 2);
}

TEST(HostTest, HandlerRunsOnTheExecutorsThreadInOrder) {
  // A minimal executor: tasks queue up for the test's thread to run.
  absl::Mutex mu;
  std::deque<std::function<void()>> tasks;
  Executor executor = [&](std::function<void()> task) {
    absl::MutexLock lock(&mu);
    tasks.push_back(std::move(task));
  };
  auto worker = SpawnSource(
      "for (let i = 0; i < 1000; i++) postMessage(i); postMessage('end');");
  std::vector<double> seen;
  bool ended = false;
  std::thread::id here = std::this_thread::get_id();
  bool right_thread = true;
  worker->SetMessageHandler(
      [&](Message message) {
        right_thread &= std::this_thread::get_id() == here;
        Value value = *message.Decode();
        if (value.is_string()) ended = true;
        else seen.push_back(value.number());
      },
      executor);
  EXPECT_EQ(worker->Receive(absl::Milliseconds(1)).status().code(),
            absl::StatusCode::kFailedPrecondition);
  while (!ended) {
    std::function<void()> task;
    {
      absl::MutexLock lock(&mu);
      auto ready = [&tasks]() { return !tasks.empty(); };
      mu.Await(absl::Condition(&ready));
      task = std::move(tasks.front());
      tasks.pop_front();
    }
    task();
  }
  EXPECT_TRUE(right_thread);
  ASSERT_EQ(seen.size(), 1000u);
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(seen[i], i);
}

TEST(HostTest, ManyThreadsPostConcurrently) {
  auto worker = SpawnSource(R"js(
    let count = 0, sum = 0;
    onmessage = (e) => {
      sum += e.data; if (++count === 4000) postMessage(sum);
    };
  )js");
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&worker, t] {
      for (int i = 0; i < 1000; ++i) {
        ASSERT_TRUE(worker->PostMessage(Value::Number(t * 1000 + i)).ok());
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(ReceiveValue(*worker).number(), 3999.0 * 4000 / 2);
}

TEST(HostTest, WorkerDataArgvAndName) {
  WorkerOptions options;
  options.name = "named";
  options.argv = {"--flag"};
  options.worker_data = Value::Object().Set("n", Value::Number(5));
  options.source =
      "postMessage([self.name, workerData.n, process.argv.slice(2)]);";
  auto worker = TheHost()->Spawn(options);
  ASSERT_TRUE(worker.ok());
  EXPECT_EQ(ReceiveValue(**worker).ToJson(), "[\"named\",5,[\"--flag\"]]");
}

TEST(HostTest, ConsoleOutputGoesToTheSink) {
  auto text = std::make_shared<std::string>();
  auto mu = std::make_shared<absl::Mutex>();
  WorkerOptions options;
  options.source = "console.log('out', 1); console.error('err');";
  options.output = [text, mu](int fd, std::string_view chunk) {
    absl::MutexLock lock(mu.get());
    text->append(std::to_string(fd)).append(":").append(chunk);
  };
  auto worker = TheHost()->Spawn(options);
  ASSERT_TRUE(worker.ok());
  (*worker)->Join();
  absl::MutexLock lock(mu.get());
  EXPECT_EQ(*text, "1:out 1\n2:err\n");
}

TEST(HostTest, HeapLimitStopsOnlyThatWorker) {
  WorkerOptions options;
  options.limits.max_heap_mb = 32;
  options.source =
      "const keep = []; for (;;) keep.push({ a: [1, 2, 3], s: 'x' + keep.length });";
  auto hog = TheHost()->Spawn(options);
  ASSERT_TRUE(hog.ok());
  ExitRecord exit = (*hog)->Join();
  EXPECT_EQ(exit.reason, ExitRecord::Reason::kOutOfMemory);
  EXPECT_THAT(exit.error, HasSubstr("32 MB"));
  // The host carries on.
  auto next = SpawnSource("postMessage('fine');");
  EXPECT_EQ(ReceiveText(*next), "fine");
}

TEST(HostTest, ModuleWorker) {
  auto worker = SpawnSource(R"js(
    const value = await Promise.resolve(6 * 7);
    postMessage([value, import.meta.url.endsWith('/worker.js')]);
  )js", /*module=*/true);
  ASSERT_NE(worker, nullptr);
  EXPECT_EQ(ReceiveValue(*worker).ToJson(), "[42,true]");
}

}  // namespace
}  // namespace isohost
