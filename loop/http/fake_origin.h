// loop/http/fake_origin.h: a small HTTP/1.1 server for HttpClient's tests.
//
// FakeOrigin listens on 127.0.0.1 on an ephemeral port, on the test's own
// uv loop (the same one the client runs on, so everything is driven by one
// thread and the test decides every interleaving). It parses requests
// (Content-Length and chunked bodies, keep-alive: many requests per
// connection) and hands each to the responder registered for its path;
// responders write whatever bytes they like, whenever they like: canned
// responses, chunked bodies, stalls, drops mid-body, garbage.
//
// Its handles are unref'd: they never keep the loop alive by themselves.
//
// Ownership: the test owns it; destroyed on the loop thread, after which it
// runs the loop until its handles are closed. Thread-affine.
#ifndef ISOHOST_LOOP_HTTP_FAKE_ORIGIN_H_
#define ISOHOST_LOOP_HTTP_FAKE_ORIGIN_H_

#include <uv.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "loop/http/http_message.h"

namespace isohost::loop::http {

class FakeOrigin {
 public:
  struct Request {
    int connection = 0;  // which accepted connection (1, 2, ...)
    std::string method;
    std::string target;  // path and query as sent
    std::vector<Header> headers;
    std::string body;
    bool chunked = false;
    const std::string* Find(std::string_view name) const;
  };

  // One accepted connection. Owned by the origin; a pointer stays valid
  // until the origin is destroyed (a closed one ignores writes). Loop
  // thread, like the origin.
  class Connection {
   public:
    int id() const { return id_; }
    bool open() const { return open_; }
    // Queues bytes; they go out in order.
    void Write(std::string bytes);
    // Closes after what was written has gone out (a clean FIN).
    void End();
    // Closes now with a TCP reset; unsent bytes are dropped.
    void Reset();
    // Bytes libuv has not yet handed to the kernel (the client stopped
    // reading once this stays above zero).
    size_t write_queue_bytes() const;

   private:
    friend class FakeOrigin;
    void Close();
    FakeOrigin* origin_ = nullptr;
    int id_ = 0;
    bool open_ = true;
    bool closing_ = false;
    uv_tcp_t tcp_;
    std::string in_;
  };

  using Responder = std::function<void(Connection* connection,
                                       const Request& request)>;

  explicit FakeOrigin(uv_loop_t* loop);
  ~FakeOrigin();
  FakeOrigin(const FakeOrigin&) = delete;
  FakeOrigin& operator=(const FakeOrigin&) = delete;

  int port() const { return port_; }
  // "http://127.0.0.1:PORT" + path.
  std::string Url(std::string_view path) const;

  // Routes requests whose target's path (before '?') is `path`. Unrouted
  // paths get a 404.
  void Route(std::string path, Responder responder);

  // SO_SNDBUF for connections accepted from now on (0: the system's), so
  // that a client that stops reading backs the server up sooner.
  void set_send_buffer(int bytes) { send_buffer_ = bytes; }

  int accepted() const { return accepted_; }
  int open_connections() const;
  const std::vector<Request>& requests() const { return requests_; }

  // A whole response with Content-Length.
  static std::string Response(int status, std::string_view body,
                              std::string_view extra_headers = "");
  // One chunk of a chunked body ("" is the last chunk).
  static std::string Chunk(std::string_view data);

 private:
  static void OnConnection(uv_stream_t* server, int status);
  void OnRead(Connection* connection, ssize_t nread, const uv_buf_t* buf);
  // Parses complete requests out of the connection's input. False when
  // the input is not HTTP (the connection is then reset).
  bool Parse(Connection* connection);

  uv_loop_t* loop_;
  uv_tcp_t listener_;
  int port_ = 0;
  int accepted_ = 0;
  int closing_handles_ = 0;
  int send_buffer_ = 0;
  std::vector<std::unique_ptr<Connection>> connections_;
  std::map<std::string, Responder> routes_;
  std::vector<Request> requests_;
};

}  // namespace isohost::loop::http

#endif  // ISOHOST_LOOP_HTTP_FAKE_ORIGIN_H_
