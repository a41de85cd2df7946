// tests/fuzz/worker_message_fuzzer.cc: libFuzzer target for the worker's
// message deserializer (V8's ValueDeserializer behind isolate/'s delegate),
// reached from C++ the way an embedder would: Worker::PostWireBytes().
//
// One long-lived worker (spawned once through the public host API) answers
// every 'message' and every 'messageerror' with a postMessage(). Per input:
// PostWireBytes(input), then Receive() must get that answer within 10 s. A
// crash, a hang, or a worker that stopped is a failure (abort(), which
// libFuzzer reports with the input).
//
// Build and run: tests/fuzz/run.sh (bazel build --config=fuzz).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "host/host.h"

namespace {

// Touches the value a little (typeof, a key walk, a re-serialization), each
// step guarded: a deserialized object may hold anything cloneable.
constexpr char kWorkerSource[] = R"js(
function describe(data) {
  let text = typeof data;
  try {
    if (data !== null && typeof data === 'object') {
      text += ':' + Object.keys(data).length;
    }
  } catch (e) { text += ':keys-threw'; }
  try { structuredClone(data); } catch (e) { text += ':clone-threw'; }
  return text;
}
self.addEventListener('message', (e) => postMessage('message:' + describe(e.data)));
self.addEventListener('messageerror', () => postMessage('messageerror'));
)js";

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "worker_message_fuzzer: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

isohost::Host* TheHost() {
  // Lives for the whole process (never destroyed: libFuzzer exits without
  // running a fuzz target's teardown in a defined order).
  static isohost::Host* host = [] {
    absl::StatusOr<std::unique_ptr<isohost::Host>> created =
        isohost::Host::Create();
    if (!created.ok()) Fail("Host::Create: " + created.status().ToString());
    return created->release();
  }();
  return host;
}

std::unique_ptr<isohost::Worker>& TheWorker() {
  static std::unique_ptr<isohost::Worker> worker;
  if (worker == nullptr) {
    isohost::WorkerOptions options;
    options.name = "fuzz_message_worker";
    options.source = kWorkerSource;
    options.limits.max_heap_mb = 64;
    options.output = [](int, std::string_view) {};
    absl::StatusOr<std::unique_ptr<isohost::Worker>> spawned =
        TheHost()->Spawn(options);
    if (!spawned.ok()) Fail("Spawn: " + spawned.status().ToString());
    worker = std::move(*spawned);
  }
  return worker;
}

// The worker stopped. Legitimate only if a limit stopped it (bytes can
// describe a value too big for its heap); then a fresh worker takes over.
void WorkerStopped(const std::string& what) {
  std::unique_ptr<isohost::Worker>& worker = TheWorker();
  std::optional<isohost::ExitRecord> exit = worker->JoinFor(absl::Seconds(10));
  if (!exit.has_value()) Fail(what + " (and the worker did not end)");
  if (exit->reason == isohost::ExitRecord::Reason::kOutOfMemory) {
    worker.reset();
    return;
  }
  Fail(what + " (worker ended: " + std::string(isohost::ReasonName(exit->reason)) +
       " code " + std::to_string(exit->code) + " " + exit->error + ")");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  isohost::Worker* worker = TheWorker().get();
  absl::Status posted =
      worker->PostWireBytes(std::vector<uint8_t>(data, data + size));
  if (!posted.ok()) {
    WorkerStopped("PostWireBytes: " + posted.ToString());
    return 0;
  }
  absl::StatusOr<isohost::Message> reply = worker->Receive(absl::Seconds(10));
  if (!reply.ok()) {
    if (reply.status().code() == absl::StatusCode::kDeadlineExceeded) {
      Fail("Receive: " + reply.status().ToString());
    }
    WorkerStopped("Receive: " + reply.status().ToString());
    return 0;
  }
  absl::StatusOr<isohost::Value> answer = reply->Decode();
  if (!answer.ok() || !answer->is_string()) {
    Fail("unexpected answer from the worker");
  }
  return 0;
}
