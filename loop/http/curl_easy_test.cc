// The request checks, Location resolution and head-line folding HttpClient
// uses; no network.
#include "loop/http/curl_easy.h"

#include "gtest/gtest.h"

namespace isohost::loop::http {
namespace {

TEST(ValidateRequestTest, AcceptsHttpAndHttpsWithTokenNames) {
  HttpRequest request;
  request.url = "http://example.test/path?q=1";
  EXPECT_TRUE(ValidateRequest(request).ok());
  request.url = "HTTPS://example.test:8443/";
  request.method = "PATCH";
  request.headers = {{"X-Token_1.~", "any value: with colons"}};
  EXPECT_TRUE(ValidateRequest(request).ok());
}

TEST(ValidateRequestTest, RejectsOtherSchemesMethodsAndSmuggling) {
  auto invalid = [](HttpRequest request) {
    return absl::IsInvalidArgument(ValidateRequest(request));
  };
  HttpRequest request;
  request.url = "file:///etc/passwd";
  EXPECT_TRUE(invalid(request));
  request.url = "/relative";
  EXPECT_TRUE(invalid(request));
  request.url = "http://example.test/";
  request.method = "";
  EXPECT_TRUE(invalid(request));
  request.method = "GET\r\n";
  EXPECT_TRUE(invalid(request));
  request.method = "GET";
  request.headers = {{"X", "a\nb"}};
  EXPECT_TRUE(invalid(request));
  request.headers = {{"X:Y", "v"}};
  EXPECT_TRUE(invalid(request));
  request.headers = {{"", "v"}};
  EXPECT_TRUE(invalid(request));
}

TEST(ResolveUrlTest, ResolvesLocationValues) {
  const std::string base = "http://h.test:81/a/b?q";
  EXPECT_EQ(ResolveUrl(base, "/x"), "http://h.test:81/x");
  EXPECT_EQ(ResolveUrl(base, "c"), "http://h.test:81/a/c");
  EXPECT_EQ(ResolveUrl(base, "?z"), "http://h.test:81/a/b?z");
  EXPECT_EQ(ResolveUrl(base, "https://o.test/"), "https://o.test/");
  EXPECT_EQ(ResolveUrl(base, "//o.test/p"), "http://o.test/p");
}

TEST(AddHeadLineTest, FoldsLinesIntoAHead) {
  ResponseHead head;
  EXPECT_FALSE(AddHeadLine("HTTP/1.1 404 Not Found\r\n", &head));
  EXPECT_FALSE(AddHeadLine("Content-Type:  text/plain \r\n", &head));
  EXPECT_FALSE(AddHeadLine("X-Long: one\r\n", &head));
  EXPECT_FALSE(AddHeadLine("\ttwo\r\n", &head));
  EXPECT_FALSE(AddHeadLine("no colon\r\n", &head));
  EXPECT_TRUE(AddHeadLine("\r\n", &head));
  EXPECT_EQ(head.status, 404);
  EXPECT_EQ(head.status_text, "Not Found");
  EXPECT_EQ(head.http_version, "1.1");
  std::vector<Header> expected = {{"Content-Type", "text/plain"},
                                  {"X-Long", "one two"}};
  EXPECT_EQ(head.headers, expected);
}

TEST(AddHeadLineTest, InformationalHeadsAreReplacedByTheFinalOne) {
  ResponseHead head;
  EXPECT_FALSE(AddHeadLine("HTTP/1.1 100 Continue\r\n", &head));
  EXPECT_FALSE(AddHeadLine("\r\n", &head));
  EXPECT_FALSE(AddHeadLine("HTTP/2 200 \r\n", &head));
  EXPECT_FALSE(AddHeadLine("server: x\r\n", &head));
  EXPECT_TRUE(AddHeadLine("\r\n", &head));
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.status_text, "");
  EXPECT_EQ(head.http_version, "2");
  ASSERT_EQ(head.headers.size(), 1u);
}

}  // namespace
}  // namespace isohost::loop::http
