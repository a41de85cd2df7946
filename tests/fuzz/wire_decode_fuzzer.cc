// tests/fuzz/wire_decode_fuzzer.cc: libFuzzer target for the V8-free
// structured-clone decoder (isohost::wire::Decode).
//
// Any input must give a status or a Value, never a crash; and for a Value,
// Encode() must give a status or bytes that Decode() reads back as the very
// same Value (SameValue for numbers, byte for byte for buffers).
//
// Build and run: tests/fuzz/run.sh (bazel build --config=fuzz).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "channel/message.h"
#include "host/value.h"
#include "host/wire.h"

namespace {

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "wire_decode_fuzzer: %s: %s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  isohost::channel::Message message;
  message.bytes.assign(data, data + size);
  absl::StatusOr<isohost::Value> value = isohost::wire::Decode(message);
  if (!value.ok()) {
    // A status is the expected answer for most inputs; it must say why.
    if (value.status().message().empty()) {
      Fail("error status without a message", value.status().ToString());
    }
    return 0;
  }

  std::vector<uint8_t> bytes;
  absl::Status encoded = isohost::wire::Encode(*value, &bytes);
  if (!encoded.ok()) return 0;  // e.g. a string that is not UTF-8

  isohost::channel::Message again;
  again.bytes = std::move(bytes);
  absl::StatusOr<isohost::Value> round = isohost::wire::Decode(again);
  if (!round.ok()) {
    Fail("Decode(Encode(value)) failed", round.status().ToString());
  }
  if (*round != *value) {
    Fail("Decode(Encode(value)) != value",
         value->ToJson() + " vs " + round->ToJson());
  }
  return 0;
}
