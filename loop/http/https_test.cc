// HttpClient over TLS against TlsOrigin (a self-signed certificate for
// 127.0.0.1, served from a thread of its own): verification is on by
// default, ca_file trusts the test's certificate, and each way a
// certificate is refused comes back with Node's code.
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string>

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
  bool done() const { return complete || error.has_value(); }
};

class Recorder : public HttpResponseHandler {
 public:
  explicit Recorder(Outcome* outcome) : outcome_(outcome) {}
  void OnHead(RequestId, const ResponseHead& head) override {
    outcome_->head = head;
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
  HttpsTest() : origin_(TempFile("tls_origin_ca.pem")) {
    client_ = std::move(*HttpClient::Create(&loop_));
  }
  ~HttpsTest() override { client_.reset(); }

  // Runs `request` to its end, driving the loop (a 20 ms ref'd tick keeps
  // poll from blocking forever; 20 s means the test failed, not a hang).
  Outcome Run(HttpRequest request) {
    Outcome outcome;
    EXPECT_TRUE(client_->Start(std::move(request),
                               std::make_unique<Recorder>(&outcome))
                    .ok());
    uv_timer_t tick;
    uv_timer_init(loop_.uv_loop(), &tick);
    uv_timer_start(&tick, [](uv_timer_t*) {}, 20, 20);
    uint64_t deadline = uv_hrtime() + 20'000'000'000ull;
    while (!outcome.done() && uv_hrtime() < deadline) {
      uv_run(loop_.uv_loop(), UV_RUN_ONCE);
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&tick), nullptr);
    uv_run(loop_.uv_loop(), UV_RUN_NOWAIT);
    EXPECT_TRUE(outcome.done());
    return outcome;
  }

  HttpRequest To(const std::string& host) {
    HttpRequest request;
    request.url = "https://" + host + ":" + std::to_string(origin_.port()) + "/";
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

}  // namespace
}  // namespace isohost::loop::http
