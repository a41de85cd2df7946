// HttpClient over TLS against TlsOrigin (a self-signed certificate for
// 127.0.0.1, served from a thread of its own): verification is on by
// default, ca_file trusts the test's certificate, and each way a
// certificate is refused comes back with Node's code.
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "loop/event_loop.h"
#include "loop/http/http_client.h"
#include "loop/http/tls_origin.h"

namespace isohost::loop::http {
namespace {

struct Outcome {
  std::optional<ResponseHead> head;
  std::string body;
  bool complete = false;
  std::optional<HttpError> error;
  Timings timings;
  std::function<void(RequestId)> on_head;  // runs inside OnHead
  bool done() const { return complete || error.has_value(); }
};

class Recorder : public HttpResponseHandler {
 public:
  explicit Recorder(Outcome* outcome) : outcome_(outcome) {}
  void OnHead(RequestId id, const ResponseHead& head) override {
    outcome_->head = head;
    if (outcome_->on_head) outcome_->on_head(id);
  }
  void OnBody(RequestId, std::string chunk) override { outcome_->body += chunk; }
  void OnComplete(RequestId, const Timings& timings) override {
    outcome_->complete = true;
    outcome_->timings = timings;
  }
  void OnError(RequestId, const HttpError& error, const Timings&) override {
    outcome_->error = error;
  }

 private:
  Outcome* outcome_;
};

std::string TempFile(const char* name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  return std::string(dir != nullptr ? dir : "/tmp") + "/" + name;
}

class HttpsTest : public ::testing::Test {
 protected:
  explicit HttpsTest(TlsOrigin::Protocol protocol = TlsOrigin::Protocol::kHttp11,
                     HttpClient::Options options = {})
      : origin_(TempFile("tls_origin_ca.pem"), protocol) {
    client_ = std::move(*HttpClient::Create(&loop_, options));
  }
  ~HttpsTest() override { client_.reset(); }

  // Drives the loop until `done` (a 20 ms ref'd tick keeps poll from
  // blocking forever; 20 s means the test failed, not a hang).
  bool RunUntil(const std::function<bool()>& done) {
    uv_timer_t tick;
    uv_timer_init(loop_.uv_loop(), &tick);
    uv_timer_start(&tick, [](uv_timer_t*) {}, 20, 20);
    uint64_t deadline = uv_hrtime() + 20'000'000'000ull;
    while (!done() && uv_hrtime() < deadline) {
      uv_run(loop_.uv_loop(), UV_RUN_ONCE);
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&tick), nullptr);
    uv_run(loop_.uv_loop(), UV_RUN_NOWAIT);
    return done();
  }

  RequestId Start(HttpRequest request, Outcome* outcome) {
    auto id = client_->Start(std::move(request),
                             std::make_unique<Recorder>(outcome));
    EXPECT_TRUE(id.ok()) << id.status();
    return id.ok() ? *id : 0;
  }

  // Runs `request` to its end.
  Outcome Run(HttpRequest request) {
    Outcome outcome;
    Start(std::move(request), &outcome);
    EXPECT_TRUE(RunUntil([&] { return outcome.done(); }));
    return outcome;
  }

  HttpRequest To(const std::string& host, const std::string& path = "/") {
    HttpRequest request;
    request.url =
        "https://" + host + ":" + std::to_string(origin_.port()) + path;
    return request;
  }

  EventLoop loop_;
  TlsOrigin origin_;
  std::unique_ptr<HttpClient> client_;
};

TEST_F(HttpsTest, TrustedCertificateFromTheCaFile) {
  HttpRequest request = To("127.0.0.1");
  request.ca_file = origin_.ca_file();
  Outcome outcome = Run(request);
  ASSERT_TRUE(outcome.complete) << outcome.error->message;
  EXPECT_EQ(outcome.head->status, 200);
  EXPECT_EQ(outcome.head->http_version, "1.1");  // the origin offers no h2
  EXPECT_EQ(outcome.body, "secure");
  EXPECT_GT(outcome.timings.appconnect_us, 0);
  EXPECT_GE(outcome.timings.appconnect_us, outcome.timings.connect_us);
  EXPECT_EQ(origin_.handshakes(), 1);
}

TEST_F(HttpsTest, SelfSignedCertificateIsRefusedByDefault) {
  Outcome outcome = Run(To("127.0.0.1"));
  ASSERT_TRUE(outcome.error.has_value());
  EXPECT_FALSE(outcome.head.has_value());
  EXPECT_EQ(outcome.error->kind, HttpErrorKind::kCertificate);
  EXPECT_EQ(outcome.error->code, "DEPTH_ZERO_SELF_SIGNED_CERT")
      << outcome.error->message;
  EXPECT_EQ(origin_.handshakes(), 0);
}

TEST_F(HttpsTest, CertificateForAnotherNameIsRefused) {
  // Trusted, but issued for IP 127.0.0.1 only, not for "localhost".
  HttpRequest request = To("localhost");
  request.ca_file = origin_.ca_file();
  Outcome outcome = Run(request);
  ASSERT_TRUE(outcome.error.has_value());
  EXPECT_EQ(outcome.error->kind, HttpErrorKind::kCertificate);
  EXPECT_EQ(outcome.error->code, "ERR_TLS_CERT_ALTNAME_INVALID")
      << outcome.error->message;
}

TEST_F(HttpsTest, MissingCaFile) {
  HttpRequest request = To("127.0.0.1");
  request.ca_file = TempFile("no-such-ca.pem");
  Outcome outcome = Run(request);
  ASSERT_TRUE(outcome.error.has_value());
  EXPECT_EQ(outcome.error->kind, HttpErrorKind::kTls);
  EXPECT_EQ(outcome.error->code, "ERR_TLS_CA_FILE") << outcome.error->message;
}

// ---- HTTP/2 -----------------------------------------------------------------

HttpClient::Options SmallBuffers() {
  HttpClient::Options options;
  options.request_buffer_bytes = 64 << 10;
  return options;
}

class Http2Test : public HttpsTest {
 protected:
  Http2Test() : HttpsTest(TlsOrigin::Protocol::kHttp2, SmallBuffers()) {}

  HttpRequest Trusted(size_t size) {
    HttpRequest request = To("127.0.0.1", "/?n=" + std::to_string(size));
    request.ca_file = origin_.ca_file();
    return request;
  }
};

TEST_F(Http2Test, ConcurrentRequestsShareOneConnection) {
  const int kRequests = 10;
  std::vector<Outcome> outcomes(kRequests);
  for (int i = 0; i < kRequests; ++i) Start(Trusted(1000 + i), &outcomes[i]);
  ASSERT_TRUE(RunUntil([&] {
    for (const Outcome& outcome : outcomes) {
      if (!outcome.done()) return false;
    }
    return true;
  }));
  for (int i = 0; i < kRequests; ++i) {
    ASSERT_TRUE(outcomes[i].complete) << outcomes[i].error->message;
    EXPECT_EQ(outcomes[i].head->http_version, "2");
    EXPECT_EQ(outcomes[i].head->status_text, "");
    EXPECT_EQ(outcomes[i].body.size(), static_cast<size_t>(1000 + i));
  }
  EXPECT_EQ(origin_.handshakes(), 1);
  EXPECT_EQ(origin_.streams(), kRequests);
  EXPECT_EQ(client_->stats().connections, 1u);
}

TEST_F(Http2Test, APausedStreamDoesNotHoldUpTheOthers) {
  Outcome paused;
  Outcome other;
  // Paused inside OnHead: before any of its body can be delivered.
  paused.on_head = [&](RequestId id) {
    EXPECT_TRUE(client_->PauseBody(id).ok());
  };
  RequestId paused_id = Start(Trusted(8 << 20), &paused);
  ASSERT_TRUE(RunUntil([&] { return paused.head.has_value(); }));
  // A second stream on the same connection runs to its end meanwhile.
  Start(Trusted(4 << 20), &other);
  ASSERT_TRUE(RunUntil([&] { return other.done(); }));
  ASSERT_TRUE(other.complete) << other.error->message;
  EXPECT_EQ(other.body.size(), size_t{4} << 20);
  EXPECT_FALSE(paused.done());
  EXPECT_TRUE(paused.body.empty());
  EXPECT_LE(client_->stats().buffered_bytes, size_t{80} << 10);
  ASSERT_TRUE(client_->ResumeBody(paused_id).ok());
  ASSERT_TRUE(RunUntil([&] { return paused.done(); }));
  ASSERT_TRUE(paused.complete) << paused.error->message;
  EXPECT_EQ(paused.body.size(), size_t{8} << 20);
  EXPECT_EQ(origin_.handshakes(), 1);
}

}  // namespace
}  // namespace isohost::loop::http
