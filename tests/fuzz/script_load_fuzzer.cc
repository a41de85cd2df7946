// tests/fuzz/script_load_fuzzer.cc: libFuzzer target for the script
// loader: Host::Spawn() with the input as WorkerOptions.source, as a classic
// script and (every other input) as an ES module.
//
// Spawn() must return a worker or a clear status (InvalidArgument for a
// syntax or import error, NotFound for a missing import); a worker that
// loaded is terminated and joined at once (the input may be `for(;;){}`).
// The host must stay usable: every 64 inputs, and after any input that
// gave an unexpected status, a known-good worker must spawn and answer.
// Workers run with a 64 MB heap limit and their console output dropped.
// tests/fuzz/run.sh runs this in an empty scratch folder, so relative
// imports find nothing there.
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

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "host/host.h"

namespace {

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "script_load_fuzzer: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

isohost::Host* TheHost() {
  // Lives for the whole process.
  static isohost::Host* host = [] {
    absl::StatusOr<std::unique_ptr<isohost::Host>> created =
        isohost::Host::Create();
    if (!created.ok()) Fail("Host::Create: " + created.status().ToString());
    return created->release();
  }();
  return host;
}

isohost::WorkerOptions Options(std::string source, bool module) {
  isohost::WorkerOptions options;
  options.name = "fuzz_script";
  options.source = std::move(source);
  options.module = module;
  options.limits.max_heap_mb = 64;
  options.output = [](int, std::string_view) {};
  return options;
}

// Terminates and joins a worker that loaded; a join that never returns is
// a hang in the host.
void Stop(isohost::Worker& worker, const char* what) {
  worker.Terminate();
  if (!worker.JoinFor(absl::Seconds(10)).has_value()) {
    Fail(std::string(what) + ": Join() still waiting 10 s after Terminate()");
  }
}

// A known-good worker must still spawn, run and answer.
void CheckHostUsable() {
  absl::StatusOr<std::unique_ptr<isohost::Worker>> worker =
      TheHost()->Spawn(Options("postMessage(6 * 7);", false));
  if (!worker.ok()) {
    Fail("host unusable: Spawn of a good script: " + worker.status().ToString());
  }
  absl::StatusOr<isohost::Message> reply = (*worker)->Receive(absl::Seconds(10));
  if (!reply.ok()) {
    Fail("host unusable: good worker did not answer: " +
         reply.status().ToString());
  }
  absl::StatusOr<isohost::Value> value = reply->Decode();
  if (!value.ok() || value->number() != 42) {
    Fail("host unusable: good worker answered wrongly");
  }
  Stop(**worker, "good worker");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static uint64_t runs = 0;
  ++runs;
  bool module = runs % 2 == 0;
  absl::StatusOr<std::unique_ptr<isohost::Worker>> worker = TheHost()->Spawn(
      Options(std::string(reinterpret_cast<const char*>(data), size), module));
  if (worker.ok()) {
    Stop(**worker, module ? "module" : "classic script");
  } else {
    switch (worker.status().code()) {
      case absl::StatusCode::kInvalidArgument:  // syntax/import error, empty
      case absl::StatusCode::kNotFound:         // a missing import
        if (worker.status().message().empty()) {
          Fail("a status without a message: " + worker.status().ToString());
        }
        break;
      default:
        // Not a documented outcome of loading a script: say so, but first
        // see whether the host itself still works.
        CheckHostUsable();
        Fail(std::string("unexpected Spawn status (") +
             (module ? "module" : "classic") + "): " +
             worker.status().ToString());
    }
  }
  if (runs % 64 == 0) CheckHostUsable();
  return 0;
}
