// loop/http/http_message.h: what goes into an HttpClient request and what
// comes back: HttpRequest, ResponseHead, Timings, and the handler interface
// through which a response arrives as events.
//
// The structs are thread-compatible values. An HttpResponseHandler is
// called on the client's loop thread only (see http_client.h).
#ifndef ISOHOST_LOOP_HTTP_HTTP_MESSAGE_H_
#define ISOHOST_LOOP_HTTP_HTTP_MESSAGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loop/http/http_error.h"

namespace isohost::loop::http {

using RequestId = uint64_t;

struct Header {
  std::string name;
  std::string value;
  bool operator==(const Header&) const = default;
};

// How a request's body is supplied.
enum class BodyMode {
  kNone,    // no body (GET, HEAD, ...; POST/PUT/PATCH send an empty one)
  kBuffer,  // HttpRequest::body, all of it, with a Content-Length
  kStream,  // chunks from HttpClient::WriteBody() until FinishBody()
};

struct HttpRequest {
  std::string method = "GET";
  std::string url;  // absolute http:// or https:// URL
  // Sent in this order. An empty value sends an empty header. A name the
  // caller sets replaces the one curl would add (Host, Accept, Content-Type).
  std::vector<Header> headers;

  BodyMode body_mode = BodyMode::kNone;
  std::string body;  // kBuffer
  // kStream: the body's length if known (sent as Content-Length); otherwise
  // HTTP/1.1 sends it chunked.
  std::optional<uint64_t> stream_length;

  // Limits. 0 means none.
  uint64_t max_response_body_bytes = 0;  // more -> kBodyTooLarge
  int64_t timeout_ms = 0;                // whole request -> kTimedOut
  int64_t connect_timeout_ms = 0;        // connect phase (curl: 300 s)
  // No byte moved either way for this long (whole seconds, rounded up)
  // -> kTimedOut; a request paused by its consumer or producer is exempt.
  // Approximate: libcurl averages the speed over its last 5 s, so bytes
  // just before a silence delay the verdict by up to that. The default is
  // undici's headersTimeout/bodyTimeout, so that a silent server cannot
  // hold a request (and the loop) forever.
  int64_t idle_timeout_ms = 300'000;

  // TLS: the peer and its name are always verified. A PEM file of CA
  // certificates to trust instead of the system's (tests use their own CA).
  std::string ca_file;

  // Sends Accept-Encoding for what libcurl decodes and hands the body over
  // decoded. Off: the body is passed on as the server encoded it.
  bool decompress = false;
};

// The final (non-1xx) response head. Redirects are never followed: a 3xx
// arrives like any other response, with its Location.
struct ResponseHead {
  int status = 0;
  std::string status_text;    // "OK"; empty over HTTP/2
  std::string http_version;   // "1.0", "1.1", "2"
  std::vector<Header> headers;  // as received, in order, names as sent
  // The Location header's value as sent ("" when absent), and the same
  // resolved against the request's URL by libcurl.
  std::string location;
  std::string redirect_url;

  // The first header of that name (ASCII case-insensitive), or nullptr.
  const std::string* Find(std::string_view name) const;
};

// Per-request timings, libcurl's *_TIME_T values in microseconds since the
// request started (0 for a phase that did not happen, e.g. a reused
// connection's connect, or appconnect without TLS), and byte counts.
struct Timings {
  int64_t namelookup_us = 0;
  int64_t connect_us = 0;
  int64_t appconnect_us = 0;     // TLS handshake done
  int64_t pretransfer_us = 0;
  int64_t starttransfer_us = 0;  // first response byte
  int64_t total_us = 0;
  int64_t bytes_sent = 0;        // request body bytes
  int64_t bytes_received = 0;    // response body bytes
  int64_t header_bytes = 0;      // response head bytes
  int64_t new_connections = 0;   // 0 when a kept-alive connection served it
};

// HttpResponseHandler: receives one request's response.
//
// The caller of HttpClient::Start() implements it and hands it over; the
// client owns it from then on and destroys it on the loop thread after the
// last event (OnComplete or OnError), on Cancel(), or when the client goes.
// Every method is called on the loop thread, each as its own loop callback
// (EventLoop::RunCallback: the after-callback checkpoint follows it), never
// from inside libcurl, so each may call anything on the client: Start(),
// Cancel() (of this request too), Pause/ResumeBody(), WriteBody().
//
// Order: OnHead, then OnBody zero or more times, then exactly one of
// OnComplete or OnError, unless the request is cancelled, after which
// nothing is called. OnError may come without OnHead (nothing answered) or
// after it (the body broke off). OnBodyWanted comes any time a streamed
// request body has run dry. A destructor must not call the client.
class HttpResponseHandler {
 public:
  virtual ~HttpResponseHandler() = default;

  virtual void OnHead(RequestId id, const ResponseHead& head) = 0;
  // A piece of the body as it arrived (decoded from chunked, and from
  // gzip etc. with HttpRequest::decompress); pieces that waited together
  // come joined, up to HttpClient::kMaxChunkBytes. Not called while paused.
  virtual void OnBody(RequestId id, std::string chunk) = 0;
  virtual void OnComplete(RequestId id, const Timings& timings) = 0;
  virtual void OnError(RequestId id, const HttpError& error,
                       const Timings& timings) = 0;
  // BodyMode::kStream: the client has sent everything it was given and
  // waits for WriteBody() or FinishBody().
  virtual void OnBodyWanted(RequestId id) {}
};

}  // namespace isohost::loop::http

#endif  // ISOHOST_LOOP_HTTP_HTTP_MESSAGE_H_
