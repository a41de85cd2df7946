// Inputs the fuzzers (or their authors) found that once broke the V8-free
// wire decoder: each must now end in a clear status. A hang would time the
// test out; a stack overflow would crash it.
#include <fstream>
#include <iterator>
#include <string>

#include "channel/message.h"
#include "gtest/gtest.h"
#include "host/wire.h"

namespace isohost {
namespace {

channel::Message Load(const std::string& name) {
  std::string path = std::string(std::getenv("TEST_SRCDIR")) +
                     "/isohost/tests/fuzz/crashes/" + name;
  std::ifstream in(path, std::ios::binary);
  channel::Message message;
  message.bytes.assign(std::istreambuf_iterator<char>(in), {});
  EXPECT_FALSE(message.bytes.empty()) << path;
  return message;
}

TEST(WireRegressionTest, NestedReferenceBombIsRefused) {
  absl::StatusOr<Value> value =
      wire::Decode(Load("wire_decode-timeout-handmade-reference-bomb"));
  EXPECT_EQ(value.status().code(), absl::StatusCode::kUnimplemented);
  EXPECT_NE(value.status().message().find("repeated references"),
            std::string::npos);
}

TEST(WireRegressionTest, EndlessObjectCountTagsDoNotRecurse) {
  // 100,000 count tags, then `undefined`: a valid message.
  absl::StatusOr<Value> value =
      wire::Decode(Load("wire_decode-stackoverflow-handmade-verify-count"));
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_TRUE(value->is_undefined());
}

TEST(WireRegressionTest, ObjectCountTagBeforeAValueStillWorks) {
  channel::Message message;
  message.bytes = {0xFF, 0x0F, '?', 0x01, '?', 0x02, 'I', 0x54};  // 42
  absl::StatusOr<Value> value = wire::Decode(message);
  ASSERT_TRUE(value.ok()) << value.status();
  EXPECT_EQ(value->number(), 42);
}

}  // namespace
}  // namespace isohost
