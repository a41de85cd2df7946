// HttpClient against FakeOrigin, both on one EventLoop: every interleaving
// is driven by the loop until a condition holds (RunUntil), never by
// sleeping. Under ASan the cancel and destruction tests also show that
// every curl and uv handle is freed.
#include "loop/http/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "gtest/gtest.h"
#include "loop/event_loop.h"
#include "loop/http/fake_origin.h"

namespace isohost::loop::http {
namespace {

// What one request's handler saw. Lives in the fixture, so it outlives the
// handler (which the client owns and destroys).
struct Outcome {
  std::vector<std::string> events;
  ResponseHead head;
  std::string body;
  size_t chunks = 0;
  size_t largest_chunk = 0;
  std::optional<HttpError> error;
  Timings timings;
  bool complete = false;
  bool destroyed = false;
  RequestId id = 0;
  // Hooks run inside the handler's methods.
  std::function<void(RequestId)> on_head;
  std::function<void(RequestId)> on_body;
  std::function<void(RequestId)> on_wanted;
  std::function<void(RequestId)> on_end;

  bool done() const { return complete || error.has_value(); }
};

class Recorder : public HttpResponseHandler {
 public:
  Recorder(Outcome* outcome, std::vector<std::string>* log)
      : outcome_(outcome), log_(log) {}
  ~Recorder() override { outcome_->destroyed = true; }

  void OnHead(RequestId id, const ResponseHead& head) override {
    Record("head");
    outcome_->head = head;
    if (outcome_->on_head) outcome_->on_head(id);
  }
  void OnBody(RequestId id, std::string chunk) override {
    Record("body");
    outcome_->body += chunk;
    ++outcome_->chunks;
    outcome_->largest_chunk = std::max(outcome_->largest_chunk, chunk.size());
    if (outcome_->on_body) outcome_->on_body(id);
  }
  void OnComplete(RequestId id, const Timings& timings) override {
    Record("complete");
    outcome_->complete = true;
    outcome_->timings = timings;
    if (outcome_->on_end) outcome_->on_end(id);
  }
  void OnError(RequestId id, const HttpError& error,
               const Timings& timings) override {
    Record("error");
    outcome_->error = error;
    outcome_->timings = timings;
    if (outcome_->on_end) outcome_->on_end(id);
  }
  void OnBodyWanted(RequestId id) override {
    Record("wanted");
    if (outcome_->on_wanted) outcome_->on_wanted(id);
  }

 private:
  void Record(const char* event) {
    EXPECT_FALSE(outcome_->done()) << event << " after the request ended";
    outcome_->events.push_back(event);
    log_->push_back(event);
  }
  Outcome* outcome_;
  std::vector<std::string>* log_;
};

std::string Pattern(size_t size) {
  std::string text(size, '\0');
  for (size_t i = 0; i < size; ++i) text[i] = static_cast<char>('a' + i % 23);
  return text;
}

size_t QuerySize(const std::string& target) {
  size_t equals = target.find("n=");
  size_t size = 0;
  if (equals != std::string::npos) {
    EXPECT_TRUE(absl::SimpleAtoi(target.substr(equals + 2), &size));
  }
  return size;
}

// gzip of "hello, gzip! " 20 times (Python's gzip, mtime 0).
const std::string& GzipBody() {
  static const std::string body(
      "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcb\x48\xcd\xc9\xc9\xd7"
      "\x51\x48\xaf\xca\x2c\x50\x54\xc8\x18\x99\x1c\x00\x03\xd5\x3f\x2f"
      "\x04\x01\x00\x00",
      36);
  return body;
}

// A port nothing listens on: bound once to learn a free number, then closed.
int ClosedPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  EXPECT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  socklen_t length = sizeof(address);
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  close(fd);
  return ntohs(address.sin_port);
}

class HttpClientTest : public ::testing::Test {
 protected:
  HttpClientTest() : origin_(loop_.uv_loop()) {
    loop_.set_after_callback([this] {
      if (log_.empty() || log_.back() != "|") log_.push_back("|");
    });
    origin_.Route("/hello", [](FakeOrigin::Connection* c, const auto&) {
      c->Write(FakeOrigin::Response(
          200, "hello", "X-One: 1\r\nX-Two: 2\r\nx-one: 3\r\n"));
    });
    origin_.Route("/chunked", [](FakeOrigin::Connection* c, const auto&) {
      c->Write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
      c->Write(FakeOrigin::Chunk("a"));
      c->Write(FakeOrigin::Chunk("bb"));
      c->Write(FakeOrigin::Chunk("ccc"));
      c->Write(FakeOrigin::Chunk(""));
    });
    origin_.Route("/echo", [](FakeOrigin::Connection* c,
                              const FakeOrigin::Request& request) {
      c->Write(FakeOrigin::Response(201, request.method + ":" + request.body));
    });
    origin_.Route("/redirect", [](FakeOrigin::Connection* c, const auto&) {
      c->Write(FakeOrigin::Response(302, "", "Location: /hello\r\n"));
    });
    origin_.Route("/big", [this](FakeOrigin::Connection* c,
                                 const FakeOrigin::Request& request) {
      big_connections_.push_back(c);
      c->Write(FakeOrigin::Response(200, Pattern(QuerySize(request.target))));
    });
    // Head and ten bytes of a hundred, then nothing.
    origin_.Route("/stall", [this](FakeOrigin::Connection* c, const auto&) {
      held_.push_back(c);
      c->Write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
    });
    // The same, then the server hangs up.
    origin_.Route("/drop", [](FakeOrigin::Connection* c, const auto&) {
      c->Write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
      c->End();
    });
    // The same, then a TCP reset.
    origin_.Route("/reset", [](FakeOrigin::Connection* c, const auto&) {
      c->Write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
      c->Reset();
    });
    origin_.Route("/nothing",
                  [](FakeOrigin::Connection* c, const auto&) { c->End(); });
    origin_.Route("/garbage", [](FakeOrigin::Connection* c, const auto&) {
      c->Write("this is not http\r\n\r\n");
      c->End();
    });
    // Informational heads before the real one.
    origin_.Route("/early", [](FakeOrigin::Connection* c, const auto&) {
      c->Write("HTTP/1.1 103 Early Hints\r\nLink: </style.css>\r\n\r\n");
      c->Write(FakeOrigin::Response(200, "late"));
    });
    origin_.Route("/gzip", [](FakeOrigin::Connection* c, const auto&) {
      c->Write(FakeOrigin::Response(200, GzipBody(),
                                    "Content-Encoding: gzip\r\n"));
    });
    // No answer until the test writes one.
    origin_.Route("/hold", [this](FakeOrigin::Connection* c, const auto&) {
      held_.push_back(c);
      max_held_ = std::max(max_held_, ++holding_);
    });
  }

  // The client first: it destroys the handlers, which write to outcomes_.
  ~HttpClientTest() override { client_.reset(); }

  void MakeClient(HttpClient::Options options = {}) {
    auto client = HttpClient::Create(&loop_, options);
    ASSERT_TRUE(client.ok()) << client.status();
    client_ = std::move(*client);
  }

  // Runs the loop until `done` holds; false after `timeout_ms` (a failed
  // test, never a hang). A 20 ms ref'd timer keeps poll from blocking
  // forever when nothing else is alive.
  bool RunUntil(const std::function<bool()>& done, int64_t timeout_ms = 10000) {
    uv_timer_t tick;
    uv_timer_init(loop_.uv_loop(), &tick);
    uv_timer_start(&tick, [](uv_timer_t*) {}, 20, 20);
    uint64_t deadline = uv_hrtime() + static_cast<uint64_t>(timeout_ms) * 1000000;
    bool ok = true;
    while (!done()) {
      if (uv_hrtime() > deadline) {
        ok = false;
        break;
      }
      uv_run(loop_.uv_loop(), UV_RUN_ONCE);
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&tick), nullptr);
    uv_run(loop_.uv_loop(), UV_RUN_NOWAIT);  // let the close finish
    return ok;
  }

  // Turns the loop a few times without waiting (to show nothing happens).
  void Spin(int turns = 20) {
    for (int i = 0; i < turns; ++i) uv_run(loop_.uv_loop(), UV_RUN_NOWAIT);
  }

  Outcome* NewOutcome() {
    outcomes_.push_back(std::make_unique<Outcome>());
    return outcomes_.back().get();
  }

  std::unique_ptr<Recorder> RecorderFor(Outcome* outcome) {
    return std::make_unique<Recorder>(outcome, &log_);
  }

  // Starts `request`; the id lands in the outcome.
  Outcome* Start(HttpRequest request) {
    Outcome* outcome = NewOutcome();
    auto id = client_->Start(std::move(request), RecorderFor(outcome));
    EXPECT_TRUE(id.ok()) << id.status();
    if (id.ok()) outcome->id = *id;
    return outcome;
  }

  Outcome* Get(std::string path) {
    HttpRequest request;
    request.url = origin_.Url(path);
    return Start(std::move(request));
  }

  void Answer(FakeOrigin::Connection* connection, std::string body) {
    --holding_;
    connection->Write(FakeOrigin::Response(200, body));
  }

  EventLoop loop_;
  FakeOrigin origin_;
  std::unique_ptr<HttpClient> client_;
  std::vector<std::unique_ptr<Outcome>> outcomes_;
  std::vector<std::string> log_;
  std::vector<FakeOrigin::Connection*> held_;
  std::vector<FakeOrigin::Connection*> big_connections_;
  int holding_ = 0;
  int max_held_ = 0;
};

// ---- requests and responses -------------------------------------------------

TEST_F(HttpClientTest, GetDeliversHeadBodyAndCompletionEachAsItsOwnCallback) {
  MakeClient();
  Outcome* hello = Get("/hello");
  ASSERT_TRUE(RunUntil([&] { return hello->done(); }));
  EXPECT_EQ(hello->events,
            (std::vector<std::string>{"head", "body", "complete"}));
  // The after-callback hook (the runtime's checkpoint) ran after each.
  EXPECT_EQ(log_, (std::vector<std::string>{"head", "|", "body", "|",
                                            "complete", "|"}));
  EXPECT_EQ(hello->head.status, 200);
  EXPECT_EQ(hello->head.status_text, "OK");
  EXPECT_EQ(hello->head.http_version, "1.1");
  std::vector<Header> expected = {{"Content-Length", "5"},
                                  {"X-One", "1"},
                                  {"X-Two", "2"},
                                  {"x-one", "3"}};
  EXPECT_EQ(hello->head.headers, expected);
  ASSERT_NE(hello->head.Find("X-ONE"), nullptr);
  EXPECT_EQ(*hello->head.Find("X-ONE"), "1");
  EXPECT_EQ(hello->head.location, "");
  EXPECT_EQ(hello->body, "hello");
  EXPECT_TRUE(hello->destroyed);
  EXPECT_EQ(hello->timings.bytes_received, 5);
  EXPECT_EQ(hello->timings.new_connections, 1);
  EXPECT_GT(hello->timings.total_us, 0);
  EXPECT_GE(hello->timings.total_us, hello->timings.starttransfer_us);
  EXPECT_GE(hello->timings.starttransfer_us, hello->timings.connect_us);
  ASSERT_EQ(origin_.requests().size(), 1u);
  EXPECT_EQ(origin_.requests()[0].method, "GET");
  EXPECT_EQ(origin_.requests()[0].target, "/hello");
  HttpClient::Stats stats = client_->stats();
  EXPECT_EQ(stats.started, 1u);
  EXPECT_EQ(stats.completed, 1u);
  EXPECT_EQ(stats.active, 0u);
  EXPECT_EQ(stats.buffered_bytes, 0u);
}

TEST_F(HttpClientTest, ChunkedResponseBodyIsDecoded) {
  MakeClient();
  Outcome* chunked = Get("/chunked");
  ASSERT_TRUE(RunUntil([&] { return chunked->done(); }));
  EXPECT_TRUE(chunked->complete);
  EXPECT_EQ(chunked->body, "abbccc");
}

TEST_F(HttpClientTest, PostSendsTheBufferWithoutAddedHeaders) {
  MakeClient();
  HttpRequest request;
  request.method = "POST";
  request.url = origin_.Url("/echo");
  request.body_mode = BodyMode::kBuffer;
  request.body = "x=1&y=2";
  Outcome* post = Start(request);
  request.headers = {{"Content-Type", "text/plain"}};
  Outcome* typed = Start(request);
  ASSERT_TRUE(RunUntil([&] { return post->done() && typed->done(); }));
  EXPECT_EQ(post->head.status, 201);
  EXPECT_EQ(post->body, "POST:x=1&y=2");
  EXPECT_EQ(post->timings.bytes_sent, 7);
  ASSERT_EQ(origin_.requests().size(), 2u);
  for (const FakeOrigin::Request& seen : origin_.requests()) {
    EXPECT_EQ(seen.body, "x=1&y=2");
    ASSERT_NE(seen.Find("content-length"), nullptr);
    EXPECT_EQ(*seen.Find("content-length"), "7");
    EXPECT_EQ(seen.Find("expect"), nullptr);
  }
  // No form-urlencoded default; the caller's own type goes through.
  int untyped = 0;
  for (const FakeOrigin::Request& seen : origin_.requests()) {
    if (seen.Find("content-type") == nullptr) {
      ++untyped;
    } else {
      EXPECT_EQ(*seen.Find("content-type"), "text/plain");
    }
  }
  EXPECT_EQ(untyped, 1);
}

TEST_F(HttpClientTest, OtherMethodsAndHeaders) {
  MakeClient();
  HttpRequest put;
  put.method = "PUT";
  put.url = origin_.Url("/echo");
  put.headers = {{"X-Empty", ""}, {"X-Id", "7"}};
  Outcome* put_outcome = Start(put);
  HttpRequest del;
  del.method = "DELETE";
  del.url = origin_.Url("/echo");
  Outcome* del_outcome = Start(del);
  HttpRequest head;
  head.method = "HEAD";
  head.url = origin_.Url("/hello");
  Outcome* head_outcome = Start(head);
  ASSERT_TRUE(RunUntil([&] {
    return put_outcome->done() && del_outcome->done() && head_outcome->done();
  }));
  EXPECT_EQ(put_outcome->body, "PUT:");
  EXPECT_EQ(del_outcome->body, "DELETE:");
  EXPECT_TRUE(head_outcome->complete);
  EXPECT_EQ(head_outcome->events, (std::vector<std::string>{"head", "complete"}));
  EXPECT_EQ(*head_outcome->head.Find("content-length"), "5");
  for (const FakeOrigin::Request& seen : origin_.requests()) {
    if (seen.method != "PUT") continue;
    ASSERT_NE(seen.Find("x-empty"), nullptr);
    EXPECT_EQ(*seen.Find("x-empty"), "");
    EXPECT_EQ(*seen.Find("x-id"), "7");
    EXPECT_EQ(*seen.Find("content-length"), "0");
  }
}

TEST_F(HttpClientTest, StartRejectsWhatCannotBeSent) {
  MakeClient();
  auto reject = [&](HttpRequest request) {
    Outcome* outcome = NewOutcome();
    auto id = client_->Start(std::move(request), RecorderFor(outcome));
    EXPECT_TRUE(absl::IsInvalidArgument(id.status())) << id.status();
    EXPECT_TRUE(outcome->destroyed);
  };
  HttpRequest request;
  request.url = "ftp://127.0.0.1/";
  reject(request);
  request.url = "not a url";
  reject(request);
  request.url = origin_.Url("/hello");
  request.method = "GE T";
  reject(request);
  request.method = "GET";
  request.headers = {{"X-Split", "a\r\nInjected: yes"}};
  reject(request);
  request.headers = {{"Bad Name", "x"}};
  reject(request);
  EXPECT_EQ(client_->stats().started, 0u);
}

TEST_F(HttpClientTest, InformationalHeadsAreSkipped) {
  MakeClient();
  Outcome* early = Get("/early");
  ASSERT_TRUE(RunUntil([&] { return early->done(); }));
  EXPECT_EQ(early->events, (std::vector<std::string>{"head", "body", "complete"}));
  EXPECT_EQ(early->head.status, 200);
  EXPECT_EQ(early->head.Find("link"), nullptr);
  EXPECT_EQ(early->body, "late");
}

TEST_F(HttpClientTest, DecompressIsTheCallersChoice) {
  MakeClient();
  HttpRequest request;
  request.url = origin_.Url("/gzip");
  Outcome* raw = Start(request);
  request.decompress = true;
  Outcome* decoded = Start(request);
  ASSERT_TRUE(RunUntil([&] { return raw->done() && decoded->done(); }));
  ASSERT_TRUE(raw->complete);
  ASSERT_TRUE(decoded->complete);
  EXPECT_EQ(raw->body, GzipBody());
  std::string expected;
  for (int i = 0; i < 20; ++i) expected += "hello, gzip! ";
  EXPECT_EQ(decoded->body, expected);
  // The head is the server's either way.
  EXPECT_EQ(*decoded->head.Find("content-encoding"), "gzip");
  ASSERT_EQ(origin_.requests().size(), 2u);
  int asked = 0;
  for (const FakeOrigin::Request& seen : origin_.requests()) {
    if (const std::string* accept = seen.Find("accept-encoding")) {
      ++asked;
      EXPECT_NE(accept->find("gzip"), std::string::npos);
    }
  }
  EXPECT_EQ(asked, 1);
}

// ---- streamed request bodies ------------------------------------------------

TEST_F(HttpClientTest, StreamedRequestBodyIsPulledChunkByChunk) {
  MakeClient();
  for (bool known_length : {false, true}) {
    SCOPED_TRACE(known_length ? "with Content-Length" : "chunked");
    const std::string piece = Pattern(100000);
    HttpRequest request;
    request.method = "POST";
    request.url = origin_.Url("/echo");
    request.body_mode = BodyMode::kStream;
    if (known_length) request.stream_length = 5 * piece.size();
    Outcome* post = NewOutcome();
    int written = 0;
    // The producer answers each pull later, from an immediate: outside the
    // client's callbacks, as a JS stream's pull would.
    post->on_wanted = [&](RequestId id) {
      loop_.SetImmediate([&, id] {
        if (written < 5) {
          ++written;
          EXPECT_TRUE(client_->WriteBody(id, piece).ok());
        } else {
          EXPECT_TRUE(client_->FinishBody(id).ok());
        }
      });
    };
    auto id = client_->Start(request, RecorderFor(post));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(RunUntil([&] { return post->done(); }));
    EXPECT_TRUE(post->complete);
    EXPECT_EQ(written, 5);
    // It ran dry (and paused curl) before every piece, and before the end
    // when curl could not know where the end was.
    EXPECT_EQ(std::count(post->events.begin(), post->events.end(), "wanted"),
              known_length ? 5 : 6);
    const FakeOrigin::Request& seen = origin_.requests().back();
    EXPECT_EQ(seen.chunked, !known_length);
    EXPECT_EQ(seen.body.size(), 5 * piece.size());
    EXPECT_EQ(seen.body, piece + piece + piece + piece + piece);
    EXPECT_EQ(post->body.size(), 5 + 5 * piece.size());
    EXPECT_TRUE(absl::IsNotFound(client_->WriteBody(*id, "late")));
  }
}

TEST_F(HttpClientTest, AProducerMayWriteFromInsideOnBodyWanted) {
  MakeClient();
  HttpRequest request;
  request.method = "PUT";
  request.url = origin_.Url("/echo");
  request.body_mode = BodyMode::kStream;
  Outcome* put = NewOutcome();
  int pulls = 0;
  put->on_wanted = [&](RequestId id) {
    if (++pulls <= 3) {
      EXPECT_TRUE(client_->WriteBody(id, "part" + std::to_string(pulls)).ok());
    } else {
      EXPECT_TRUE(client_->FinishBody(id).ok());
    }
  };
  ASSERT_TRUE(client_->Start(request, RecorderFor(put)).ok());
  ASSERT_TRUE(RunUntil([&] { return put->done(); }));
  EXPECT_TRUE(put->complete);
  EXPECT_EQ(put->body, "PUT:part1part2part3");
}

TEST_F(HttpClientTest, StreamedBodyCallsCheckTheMode) {
  MakeClient();
  Outcome* get = Get("/hold");
  EXPECT_TRUE(absl::IsFailedPrecondition(client_->WriteBody(get->id, "x")));
  EXPECT_TRUE(absl::IsFailedPrecondition(client_->FinishBody(get->id)));
  EXPECT_TRUE(absl::IsNotFound(client_->WriteBody(999, "x")));
}

TEST_F(HttpClientTest, AProducerThatWaitsDoesNotHoldTheLoop) {
  MakeClient();
  HttpRequest request;
  request.method = "POST";
  request.url = origin_.Url("/echo");
  request.body_mode = BodyMode::kStream;
  Outcome* post = Start(request);
  // Nothing else is alive and the producer has nothing yet: Run() returns
  // (as Node's loop would exit) instead of waiting forever.
  loop_.Run();
  EXPECT_EQ(post->events, (std::vector<std::string>{"wanted"}));
  EXPECT_EQ(loop_.keep_alive_count(), 0);
  ASSERT_TRUE(client_->WriteBody(post->id, "late but fine").ok());
  ASSERT_TRUE(client_->FinishBody(post->id).ok());
  loop_.Run();
  EXPECT_TRUE(post->complete);
  EXPECT_EQ(post->body, "POST:late but fine");
}

// ---- streamed responses and back-pressure -----------------------------------

TEST_F(HttpClientTest, PausedResponseStopsReadingThenResumesWhole) {
  HttpClient::Options options;
  options.request_buffer_bytes = 64 << 10;
  MakeClient(options);
  origin_.set_send_buffer(64 << 10);
  const size_t size = 8 << 20;  // more than the socket buffers hold
  Outcome* big = Get("/big?n=" + std::to_string(size));
  big->on_head = [&](RequestId id) { EXPECT_TRUE(client_->PauseBody(id).ok()); };
  // The server's writes back up once the client stops reading.
  ASSERT_TRUE(RunUntil([&] {
    return big->done() || (!big_connections_.empty() &&
                           big_connections_[0]->write_queue_bytes() > 0);
  }));
  ASSERT_FALSE(big->done());
  Spin();
  EXPECT_EQ(big->chunks, 0u);
  EXPECT_EQ(big->events, (std::vector<std::string>{"head"}));
  // The buffer limit plus at most one chunk (CURL_MAX_WRITE_SIZE, 16 KiB)
  // past it; curl holds the next one back.
  EXPECT_LE(client_->stats().buffered_bytes, size_t{80} << 10);
  EXPECT_GT(big_connections_[0]->write_queue_bytes(), 0u);
  // Blocked only on its consumer: the client does not keep the loop alive.
  EXPECT_EQ(loop_.keep_alive_count(), 0);

  // Resumed from outside any client callback (a timer).
  loop_.SetTimer(1, false, [&] { EXPECT_TRUE(client_->ResumeBody(big->id).ok()); });
  ASSERT_TRUE(RunUntil([&] { return big->done(); }, 60000));
  EXPECT_TRUE(big->complete);
  EXPECT_EQ(big->body.size(), size);
  EXPECT_TRUE(big->body == Pattern(size));
  EXPECT_EQ(client_->stats().buffered_bytes, 0u);
  // What waited came out joined (curl writes 16 KiB at a time).
  EXPECT_GT(big->largest_chunk, size_t{16} << 10);
  EXPECT_LE(big->largest_chunk, HttpClient::kMaxChunkBytes);
}

TEST_F(HttpClientTest, PausingInEveryChunkLosesNothing) {
  HttpClient::Options options;
  options.request_buffer_bytes = 32 << 10;
  MakeClient(options);
  const size_t size = 1 << 20;
  Outcome* big = Get("/big?n=" + std::to_string(size));
  big->on_body = [&](RequestId id) {
    EXPECT_TRUE(client_->PauseBody(id).ok());
    // OnComplete does not wait for a resume once the body is all out.
    loop_.SetImmediate([&, id] {
      if (!big->done()) EXPECT_TRUE(client_->ResumeBody(id).ok());
    });
  };
  ASSERT_TRUE(RunUntil([&] { return big->done(); }, 60000));
  EXPECT_TRUE(big->complete);
  EXPECT_GT(big->chunks, 1u);
  EXPECT_TRUE(big->body == Pattern(size));
  EXPECT_TRUE(absl::IsNotFound(client_->PauseBody(big->id)));
  EXPECT_TRUE(absl::IsNotFound(client_->ResumeBody(big->id)));
}

TEST_F(HttpClientTest, TotalBufferLimitHoldsBackPausedConsumers) {
  HttpClient::Options options;
  options.max_buffered_bytes = 100 << 10;
  MakeClient(options);
  origin_.set_send_buffer(64 << 10);
  const size_t size = 8 << 20;
  std::vector<Outcome*> bigs;
  for (int i = 0; i < 3; ++i) {
    Outcome* big = Get("/big?n=" + std::to_string(size));
    big->on_head = [&](RequestId id) { EXPECT_TRUE(client_->PauseBody(id).ok()); };
    bigs.push_back(big);
  }
  ASSERT_TRUE(RunUntil([&] {
    if (big_connections_.size() < 3) return false;
    for (FakeOrigin::Connection* c : big_connections_) {
      if (c->write_queue_bytes() == 0) return false;
    }
    return true;
  }));
  Spin();
  // Each may take one chunk past the limit, never more.
  EXPECT_LE(client_->stats().buffered_bytes, size_t{(100 << 10) + 3 * (64 << 10)});
  for (Outcome* big : bigs) EXPECT_TRUE(client_->ResumeBody(big->id).ok());
  ASSERT_TRUE(RunUntil([&] {
    for (Outcome* big : bigs) {
      if (!big->done()) return false;
    }
    return true;
  }, 60000));
  for (Outcome* big : bigs) {
    EXPECT_TRUE(big->complete);
    EXPECT_EQ(big->body.size(), size);
  }
}

TEST_F(HttpClientTest, WriteBodyPastTheTotalLimitIsRefused) {
  HttpClient::Options options;
  options.max_buffered_bytes = 1000;
  MakeClient(options);
  HttpRequest request;
  request.method = "POST";
  request.url = origin_.Url("/echo");
  request.body_mode = BodyMode::kStream;
  Outcome* post = Start(request);
  // The first chunk is always taken; a second one past the limit is not.
  EXPECT_TRUE(client_->WriteBody(post->id, std::string(900, 'x')).ok());
  EXPECT_TRUE(absl::IsResourceExhausted(
      client_->WriteBody(post->id, std::string(200, 'y'))));
  EXPECT_TRUE(client_->FinishBody(post->id).ok());
  ASSERT_TRUE(RunUntil([&] { return post->done(); }));
  EXPECT_EQ(post->body, "POST:" + std::string(900, 'x'));
}

// ---- connections and limits -------------------------------------------------

TEST_F(HttpClientTest, KeepAliveServesManyRequestsOverOneConnection) {
  MakeClient();
  const int kRequests = 10;
  std::vector<Outcome*> done;
  std::function<void()> next = [&] {
    Outcome* outcome = Get("/hello");
    outcome->on_end = [&, outcome](RequestId) {
      done.push_back(outcome);
      if (static_cast<int>(done.size()) < kRequests) next();
    };
  };
  next();
  ASSERT_TRUE(RunUntil([&] {
    return static_cast<int>(done.size()) == kRequests && done.back()->done();
  }));
  EXPECT_EQ(origin_.accepted(), 1);
  ASSERT_EQ(origin_.requests().size(), static_cast<size_t>(kRequests));
  for (const FakeOrigin::Request& seen : origin_.requests()) {
    EXPECT_EQ(seen.connection, 1);
  }
  for (int i = 0; i < kRequests; ++i) {
    EXPECT_TRUE(done[i]->complete);
    EXPECT_EQ(done[i]->timings.new_connections, i == 0 ? 1 : 0);
  }
  EXPECT_EQ(client_->stats().connections, 1u);
}

TEST_F(HttpClientTest, ConcurrencyLimitQueuesInOrderThenRejects) {
  HttpClient::Options options;
  options.max_concurrent = 2;
  options.max_queued = 3;
  MakeClient(options);
  std::vector<Outcome*> outcomes;
  for (int i = 0; i < 5; ++i) outcomes.push_back(Get("/hold?i=" + std::to_string(i)));
  Outcome* rejected = NewOutcome();
  HttpRequest request;
  request.url = origin_.Url("/hold");
  auto id = client_->Start(request, RecorderFor(rejected));
  EXPECT_TRUE(absl::IsResourceExhausted(id.status()));
  EXPECT_TRUE(rejected->destroyed);

  ASSERT_TRUE(RunUntil([&] { return held_.size() == 2; }));
  Spin();
  EXPECT_EQ(held_.size(), 2u);
  EXPECT_EQ(client_->stats().active, 2u);
  EXPECT_EQ(client_->stats().queued, 3u);
  size_t answered = 0;
  ASSERT_TRUE(RunUntil([&] {
    while (answered < held_.size()) Answer(held_[answered++], "ok");
    for (Outcome* outcome : outcomes) {
      if (!outcome->done()) return false;
    }
    return true;
  }));
  EXPECT_EQ(max_held_, 2);
  ASSERT_EQ(origin_.requests().size(), 5u);
  // FIFO: started in the order they were queued.
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(origin_.requests()[i].target, "/hold?i=" + std::to_string(i));
    EXPECT_TRUE(outcomes[i]->complete);
  }
}

TEST_F(HttpClientTest, ManyRequestsThroughFewSlotsAllComplete) {
  HttpClient::Options options;
  options.max_concurrent = 16;
  MakeClient(options);
  const int kRequests = 300;
  std::vector<Outcome*> outcomes;
  for (int i = 0; i < kRequests; ++i) {
    outcomes.push_back(Get(i % 3 == 0 ? "/chunked" : "/hello"));
  }
  EXPECT_EQ(client_->stats().active, 16u);
  ASSERT_TRUE(RunUntil([&] {
    for (Outcome* outcome : outcomes) {
      if (!outcome->done()) return false;
    }
    return true;
  }));
  for (int i = 0; i < kRequests; ++i) {
    ASSERT_TRUE(outcomes[i]->complete) << i;
    EXPECT_EQ(outcomes[i]->body, i % 3 == 0 ? "abbccc" : "hello");
  }
  // Connections are reused: never more than the slots.
  EXPECT_LE(origin_.accepted(), 16);
  EXPECT_EQ(client_->stats().completed, static_cast<uint64_t>(kRequests));
  EXPECT_EQ(loop_.keep_alive_count(), 0);
}

// ---- cancellation -----------------------------------------------------------

TEST_F(HttpClientTest, CancelFromInsideOnBodyEndsEverything) {
  MakeClient();
  Outcome* stalled = Get("/stall");
  stalled->on_body = [&](RequestId id) {
    EXPECT_TRUE(client_->Cancel(id));
    EXPECT_FALSE(client_->Cancel(id));
    // Destroyed only once this callback has returned.
    EXPECT_FALSE(stalled->destroyed);
  };
  ASSERT_TRUE(RunUntil([&] { return stalled->destroyed; }));
  // The connection is closed, not returned to the pool half-read.
  ASSERT_TRUE(RunUntil([&] { return origin_.open_connections() == 0; }));
  Spin();
  EXPECT_EQ(stalled->events, (std::vector<std::string>{"head", "body"}));
  EXPECT_EQ(stalled->body, "0123456789");
  EXPECT_EQ(client_->stats().cancelled, 1u);
  EXPECT_EQ(client_->stats().active, 0u);
  EXPECT_EQ(loop_.keep_alive_count(), 0);
}

TEST_F(HttpClientTest, AfterACancelTheNextRequestGetsAFreshConnection) {
  MakeClient();
  Outcome* stalled = Get("/stall");
  ASSERT_TRUE(RunUntil([&] { return stalled->chunks == 1; }));
  EXPECT_TRUE(client_->Cancel(stalled->id));
  // The half-read connection is gone; the recycled curl handle is clean.
  Outcome* hello = Get("/hello");
  ASSERT_TRUE(RunUntil([&] { return hello->done(); }));
  EXPECT_TRUE(hello->complete);
  EXPECT_EQ(hello->body, "hello");
  EXPECT_EQ(hello->timings.new_connections, 1);
  EXPECT_EQ(origin_.accepted(), 2);
}

TEST_F(HttpClientTest, CancelBeforeAnyEventAndWhileQueued) {
  HttpClient::Options options;
  options.max_concurrent = 1;
  MakeClient(options);
  Outcome* first = Get("/hold");
  Outcome* queued = Get("/hello");
  EXPECT_EQ(client_->stats().queued, 1u);
  EXPECT_TRUE(client_->Cancel(queued->id));
  EXPECT_TRUE(queued->destroyed);  // outside callbacks: at once
  EXPECT_EQ(client_->stats().queued, 0u);
  ASSERT_TRUE(RunUntil([&] { return held_.size() == 1; }));
  Answer(held_[0], "first");
  ASSERT_TRUE(RunUntil([&] { return first->done(); }));
  EXPECT_EQ(first->body, "first");

  Outcome* immediate = Get("/hello");
  EXPECT_TRUE(client_->Cancel(immediate->id));
  EXPECT_TRUE(immediate->destroyed);
  Spin();
  EXPECT_TRUE(queued->events.empty());
  EXPECT_TRUE(immediate->events.empty());
  EXPECT_EQ(origin_.requests().size(), 1u);
  EXPECT_EQ(loop_.keep_alive_count(), 0);
}

TEST_F(HttpClientTest, CancelAnotherRequestFromACallback) {
  MakeClient();
  Outcome* stalled = Get("/stall");
  ASSERT_TRUE(RunUntil([&] { return stalled->chunks == 1; }));
  Outcome* hello = Get("/hello");
  hello->on_head = [&](RequestId) { EXPECT_TRUE(client_->Cancel(stalled->id)); };
  ASSERT_TRUE(RunUntil([&] { return hello->done(); }));
  EXPECT_TRUE(hello->complete);
  EXPECT_TRUE(stalled->destroyed);
  EXPECT_FALSE(stalled->done());
}

TEST_F(HttpClientTest, DestroyingTheClientCancelsEverythingInFlight) {
  HttpClient::Options options;
  options.max_concurrent = 3;
  MakeClient(options);
  Outcome* stalled = Get("/stall");
  Outcome* held = Get("/hold");
  HttpRequest upload;
  upload.method = "POST";
  upload.url = origin_.Url("/echo");
  upload.body_mode = BodyMode::kStream;
  Outcome* streaming = Start(upload);
  Outcome* queued = Get("/hello");
  ASSERT_TRUE(RunUntil([&] { return stalled->chunks == 1 && held_.size() == 2; }));
  ASSERT_TRUE(client_->PauseBody(stalled->id).ok());
  client_.reset();
  for (Outcome* outcome : {stalled, held, streaming, queued}) {
    EXPECT_TRUE(outcome->destroyed);
    EXPECT_FALSE(outcome->done());
  }
  EXPECT_EQ(loop_.keep_alive_count(), 0);
  ASSERT_TRUE(RunUntil([&] { return origin_.open_connections() == 0; }));
  EXPECT_TRUE(queued->events.empty());
}

// ---- errors -----------------------------------------------------------------

TEST_F(HttpClientTest, RefusedConnection) {
  MakeClient();
  HttpRequest request;
  request.url = "http://127.0.0.1:" + std::to_string(ClosedPort()) + "/";
  Outcome* refused = Start(request);
  ASSERT_TRUE(RunUntil([&] { return refused->done(); }));
  ASSERT_TRUE(refused->error.has_value());
  EXPECT_EQ(refused->error->kind, HttpErrorKind::kConnectionRefused);
  EXPECT_EQ(refused->error->code, "ECONNREFUSED");
  EXPECT_EQ(refused->events, (std::vector<std::string>{"error"}));
  EXPECT_TRUE(refused->destroyed);
  EXPECT_EQ(client_->stats().failed, 1u);
}

TEST_F(HttpClientTest, UnknownHost) {
  MakeClient();
  HttpRequest request;
  // The empty label makes getaddrinfo() fail at once, without asking a DNS
  // server (the test must not depend on one being reachable).
  request.url = "http://no-such-host..invalid/";
  request.timeout_ms = 20000;
  Outcome* unknown = Start(request);
  ASSERT_TRUE(RunUntil([&] { return unknown->done(); }, 30000));
  ASSERT_TRUE(unknown->error.has_value());
  EXPECT_EQ(unknown->error->code, "ENOTFOUND") << unknown->error->message;
}

TEST_F(HttpClientTest, StalledResponseTimesOut) {
  MakeClient();
  HttpRequest request;
  request.url = origin_.Url("/stall");
  request.timeout_ms = 200;
  Outcome* stalled = Start(request);
  ASSERT_TRUE(RunUntil([&] { return stalled->done(); }));
  ASSERT_TRUE(stalled->error.has_value());
  EXPECT_EQ(stalled->error->kind, HttpErrorKind::kTimedOut);
  EXPECT_EQ(stalled->error->code, "ETIMEDOUT");
  EXPECT_EQ(stalled->events.front(), "head");
  EXPECT_EQ(stalled->events.back(), "error");
}

TEST_F(HttpClientTest, SilentServerHitsTheIdleTimeout) {
  MakeClient();
  HttpRequest request;
  // Not a byte back (bytes that did move would count for libcurl's 5 s
  // speed average, and delay the verdict by up to that).
  request.url = origin_.Url("/hold");
  request.idle_timeout_ms = 1000;
  Outcome* silent = Start(request);
  ASSERT_TRUE(RunUntil([&] { return silent->done(); }));
  ASSERT_TRUE(silent->error.has_value());
  EXPECT_EQ(silent->error->code, "ETIMEDOUT") << silent->error->message;
  EXPECT_EQ(silent->events, (std::vector<std::string>{"error"}));
}

TEST_F(HttpClientTest, AConsumerPauseIsNotIdleness) {
  HttpClient::Options options;
  options.request_buffer_bytes = 64 << 10;
  MakeClient(options);
  origin_.set_send_buffer(64 << 10);
  HttpRequest request;
  request.url = origin_.Url("/big?n=" + std::to_string(8 << 20));
  request.idle_timeout_ms = 1000;
  Outcome* big = Start(request);
  big->on_head = [&](RequestId id) { EXPECT_TRUE(client_->PauseBody(id).ok()); };
  // Paused for longer than the idle timeout plus libcurl's 5 s speed
  // average over the bytes taken before the pause (a timer resumes it at
  // 8 s; without curl's exemption for paused transfers it fails at ~6 s).
  bool resumed = false;
  loop_.SetTimer(8000, false, [&] {
    resumed = true;
    EXPECT_TRUE(client_->ResumeBody(big->id).ok());
  });
  ASSERT_TRUE(RunUntil([&] { return big->done(); }, 60000));
  EXPECT_TRUE(resumed);
  ASSERT_TRUE(big->complete) << big->error->message;
  EXPECT_EQ(big->body.size(), size_t{8} << 20);
}

TEST_F(HttpClientTest, ServerHangsUpMidBodyOrBeforeAnswering) {
  MakeClient();
  Outcome* dropped = Get("/drop");
  Outcome* nothing = Get("/nothing");
  Outcome* reset = Get("/reset");
  ASSERT_TRUE(RunUntil([&] {
    return dropped->done() && nothing->done() && reset->done();
  }));
  ASSERT_TRUE(reset->error.has_value());
  EXPECT_EQ(reset->error->kind, HttpErrorKind::kConnectionReset);
  EXPECT_EQ(reset->error->code, "ECONNRESET") << reset->error->message;
  ASSERT_TRUE(dropped->error.has_value());
  EXPECT_EQ(dropped->error->kind, HttpErrorKind::kConnectionReset);
  EXPECT_EQ(dropped->error->code, "ECONNRESET");
  EXPECT_EQ(dropped->events.front(), "head");
  EXPECT_EQ(dropped->head.status, 200);
  ASSERT_TRUE(nothing->error.has_value());
  EXPECT_EQ(nothing->error->code, "ECONNRESET");
  EXPECT_EQ(nothing->events, (std::vector<std::string>{"error"}));
}

TEST_F(HttpClientTest, NotHttpIsAProtocolError) {
  MakeClient();
  Outcome* garbage = Get("/garbage");
  ASSERT_TRUE(RunUntil([&] { return garbage->done(); }));
  ASSERT_TRUE(garbage->error.has_value());
  EXPECT_EQ(garbage->error->kind, HttpErrorKind::kProtocol)
      << garbage->error->message;
}

TEST_F(HttpClientTest, ResponseBodyLimit) {
  MakeClient();
  HttpRequest request;
  request.url = origin_.Url("/big?n=5000");
  request.max_response_body_bytes = 1000;
  Outcome* over = Start(request);
  request.url = origin_.Url("/big?n=1000");
  Outcome* exact = Start(request);
  ASSERT_TRUE(RunUntil([&] { return over->done() && exact->done(); }));
  ASSERT_TRUE(over->error.has_value());
  EXPECT_EQ(over->error->kind, HttpErrorKind::kBodyTooLarge);
  EXPECT_EQ(over->error->code, "UND_ERR_RES_EXCEEDED_MAX_SIZE");
  EXPECT_LE(over->body.size(), 1000u);
  EXPECT_TRUE(exact->complete);
  EXPECT_EQ(exact->body.size(), 1000u);
  EXPECT_EQ(client_->stats().buffered_bytes, 0u);
}

// ---- redirects and the loop -------------------------------------------------

TEST_F(HttpClientTest, RedirectsAreReturnedNotFollowed) {
  MakeClient();
  Outcome* redirect = Get("/redirect");
  ASSERT_TRUE(RunUntil([&] { return redirect->done(); }));
  EXPECT_TRUE(redirect->complete);
  EXPECT_EQ(redirect->head.status, 302);
  EXPECT_EQ(redirect->head.status_text, "Found");
  EXPECT_EQ(redirect->head.location, "/hello");
  EXPECT_EQ(redirect->head.redirect_url, origin_.Url("/hello"));
  EXPECT_EQ(origin_.requests().size(), 1u);
}

TEST_F(HttpClientTest, LoopRunReturnsOnceRequestsAreDone) {
  MakeClient();
  Outcome* hello = Get("/hello");
  Outcome* chunked = Get("/chunked");
  EXPECT_EQ(loop_.keep_alive_count(), 1);
  loop_.Run();
  EXPECT_TRUE(hello->complete);
  EXPECT_TRUE(chunked->complete);
  EXPECT_EQ(loop_.keep_alive_count(), 0);
  // Kept-alive idle connections do not keep the loop alive either.
  loop_.Run();
}

}  // namespace
}  // namespace isohost::loop::http
