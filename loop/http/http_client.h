// loop/http/http_client.h: an asynchronous HTTP client on one EventLoop.
//
// HttpClient runs HTTP/1.1 and HTTP/2 requests on libcurl's multi-socket
// interface, driven by the loop's own libuv handles: one CURLM per client
// (so connections are kept alive and reused across requests, and HTTPS
// requests to an HTTP/2 server share one connection), curl's sockets
// watched by uv_poll_t handles and its timeout by a uv_timer_t. It is the
// V8-free engine under fetch(): no redirects are followed, no cookies kept,
// no caching; each 3xx comes back as it is.
//
// Events: a response arrives through its HttpResponseHandler (see
// http_message.h). libcurl's callbacks only record what arrived; after each
// curl_multi_socket_action() the client hands the events out, each one
// through EventLoop::RunCallback(), so the runtime's after-callback
// checkpoint (nextTick + microtasks) runs after every event exactly as it
// does after a timer. Events made ready outside I/O (ResumeBody() with data
// waiting) go out from an immediate. No handler method ever runs inside a
// libcurl call, which is why handlers may call back into the client.
//
// Back-pressure, both ways. Response: at most `request_buffer_bytes` of
// undelivered body per request; past that (or while the consumer paused
// and a chunk already waits) the write callback returns
// CURL_WRITEFUNC_PAUSE and the client unpauses curl once the consumer has
// taken the data. Request: a streamed body is read from what WriteBody()
// queued; when that runs dry the read callback returns CURL_READFUNC_PAUSE,
// the producer gets OnBodyWanted(), and WriteBody()/FinishBody() unpause.
//
// Limits (Options): at most `max_concurrent` requests run at once; further
// ones wait in a FIFO queue of at most `max_queued`, beyond which Start()
// fails with ResourceExhausted. Undelivered response bytes plus queued
// request-body bytes stay under about `max_buffered_bytes` (a request with
// nothing buffered may always take one more chunk, so one stalled consumer
// can never starve the others; WriteBody() past the limit fails).
//
// Keep-alive: the client's uv handles never keep the loop alive by
// themselves; the client holds one EventLoop keep-alive while some request
// can make progress without user action (queued, in flight, or with events
// to deliver). A request blocked only on its consumer (paused, buffer
// full) or on its producer (streamed body ran dry) does not hold the loop:
// something else (a timer, a port, the producer's own I/O) must be alive
// to resume it. (Node keeps such a socket ref'd; a fetch layer that wants
// that can hold a keep-alive of its own while a body is unread.)
//
// Ownership: whoever owns the runtime (the Runtime, a test) owns the
// client; it must be destroyed before its EventLoop. Destruction cancels
// every request (no more events; handlers destroyed) and frees every curl
// handle; the uv handles finish closing on the loop's next turn (or in
// ~EventLoop).
//
// Thread affinity: thread-affine to the loop's thread; every method must be
// called there. libcurl may resolve names on threads of its own; they never
// touch the client.
#ifndef ISOHOST_LOOP_HTTP_HTTP_CLIENT_H_
#define ISOHOST_LOOP_HTTP_HTTP_CLIENT_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "loop/event_loop.h"
#include "loop/http/http_message.h"

namespace isohost::loop::http {

class HttpClient {
 public:
  // OnBody hands out what arrived, joining waiting pieces up to this size.
  static constexpr size_t kMaxChunkBytes = 64u << 10;

  struct Options {
    size_t max_concurrent = 256;
    size_t max_queued = 4096;
    size_t max_buffered_bytes = 64u << 20;
    size_t request_buffer_bytes = 1u << 20;
    // Idle connections libcurl keeps open for reuse (CURLMOPT_MAXCONNECTS);
    // 0: libcurl's default (4 per easy handle, grows with use).
    size_t max_idle_connections = 0;
  };

  struct Stats {
    uint64_t started = 0;    // Start() calls that returned an id
    uint64_t completed = 0;  // OnComplete delivered
    uint64_t failed = 0;     // OnError delivered
    uint64_t cancelled = 0;
    // Connections opened, summed over ended requests' new_connections.
    uint64_t connections = 0;
    size_t active = 0;         // handed to libcurl now
    size_t queued = 0;         // waiting for a free slot
    size_t buffered_bytes = 0;
  };

  // HttpClient::Create()
  //
  // Loop thread. A client on `loop`, which must outlive it. Fails
  // (Internal) only if libcurl cannot be initialised.
  static absl::StatusOr<std::unique_ptr<HttpClient>> Create(EventLoop* loop,
                                                            Options options);
  static absl::StatusOr<std::unique_ptr<HttpClient>> Create(EventLoop* loop) {
    return Create(loop, Options());
  }

  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // HttpClient::Start()
  //
  // Begins `request`; its events go to `handler`, which the client now
  // owns. Nothing is called back before Start() returns. Fails with
  // InvalidArgument for a URL that is not absolute http(s) or a method
  // that is not a token, ResourceExhausted when the queue is full; the
  // handler is then destroyed unused. Network failures are events
  // (OnError), never a failed Start().
  absl::StatusOr<RequestId> Start(HttpRequest request,
                                  std::unique_ptr<HttpResponseHandler> handler);

  // HttpClient::Cancel()
  //
  // Aborts the request wherever it is (queued, connecting, mid-body, with
  // events waiting): no handler method runs for it afterwards, and its
  // curl handle is freed now (its connection is closed, not reused). The
  // handler is destroyed now, or, when called from inside one of this
  // client's handler methods, as soon as that method returns. False if the
  // id is unknown or already finished.
  bool Cancel(RequestId id);

  // HttpClient::PauseBody() / ResumeBody()
  //
  // Stop and restart OnBody delivery for `id` (fetch's ReadableStream
  // back-pressure). While paused, at most one chunk plus what libcurl holds
  // is read from the network for it. OnComplete waits for the body to be
  // delivered; OnError does not (undelivered chunks are dropped). Resume
  // delivers from an immediate, never inside the call. NotFound for an
  // unknown or finished id.
  absl::Status PauseBody(RequestId id);
  absl::Status ResumeBody(RequestId id);

  // HttpClient::WriteBody() / FinishBody()
  //
  // BodyMode::kStream only: queue the next chunk of the request body; say
  // that it is complete. A WriteBody() that would take the client past
  // `max_buffered_bytes` while this request still has bytes queued fails
  // with ResourceExhausted (wait for OnBodyWanted). FailedPrecondition for
  // another body mode or after FinishBody(); NotFound for an unknown id.
  absl::Status WriteBody(RequestId id, std::string chunk);
  absl::Status FinishBody(RequestId id);

  Stats stats() const;
  EventLoop* loop() const { return loop_; }

 private:
  struct Request;
  struct SocketWatch;

  HttpClient(EventLoop* loop, Options options);
  bool Init();

  // libcurl's callbacks (all run inside a libcurl call: record only).
  static int OnCurlSocket(void* easy, int fd, int what, void* client,
                          void* watch);
  static int OnCurlTimer(void* multi, long timeout_ms, void* client);
  static size_t OnCurlHeader(char* data, size_t size, size_t count,
                             void* request);
  static size_t OnCurlWrite(char* data, size_t size, size_t count,
                            void* request);
  static size_t OnCurlRead(char* buffer, size_t size, size_t count,
                           void* request);
  // libuv's callbacks.
  static void OnPoll(uv_poll_t* poll, int status, int events);
  static void OnTimer(uv_timer_t* timer);

  // Runs libcurl for `fd` (or its timeout), collects finished transfers,
  // then hands out the events.
  void SocketAction(int fd, int flags);
  void CollectFinished();
  absl::Status Activate(Request* request);
  void StartQueued();
  void ReleaseCurl(Request* request);

  // Event delivery.
  void MarkReady(Request* request);
  void ScheduleDispatch();
  void Dispatch();
  void Deliver(Request* request);
  void MaybeUnpauseReceive(Request* request);
  void SetSendPaused(Request* request, bool paused);
  void ApplyPause(Request* request);
  void Retire(Request* request);
  void UpdateRef(Request* request);

  Request* Find(RequestId id) const;
  bool OverBudget(size_t incoming) const;

  EventLoop* const loop_;
  const Options options_;
  void* multi_ = nullptr;  // CURLM*, opaque here so this header needs no curl.h
  uv_timer_t* timer_ = nullptr;  // heap: may finish closing after us
  absl::flat_hash_set<SocketWatch*> watches_;
  // Easy handles (CURL*) of finished requests, reset, for the next ones.
  std::vector<void*> idle_easies_;
  bool destroying_ = false;

  absl::flat_hash_map<RequestId, std::unique_ptr<Request>> requests_;
  std::deque<RequestId> queue_;  // waiting for a slot, FIFO
  size_t active_ = 0;
  RequestId next_id_ = 1;

  // Requests with events to hand out (each listed at most once).
  std::deque<RequestId> ready_;
  bool dispatching_ = false;
  bool dispatch_scheduled_ = false;
  ImmediateId dispatch_immediate_ = 0;
  // Requests cancelled or finished from inside a handler method: freed when
  // Dispatch() unwinds, so that no handler is destroyed under its own feet.
  std::vector<std::unique_ptr<Request>> retired_;

  size_t buffered_bytes_ = 0;
  size_t refs_ = 0;  // requests that hold the loop alive
  bool holds_keep_alive_ = false;
  Stats stats_;
};

}  // namespace isohost::loop::http

#endif  // ISOHOST_LOOP_HTTP_HTTP_CLIENT_H_
