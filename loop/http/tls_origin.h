// loop/http/tls_origin.h: a tiny HTTPS server for HttpClient's TLS tests.
//
// TlsOrigin makes a self-signed certificate for IP 127.0.0.1 (an EC key,
// valid from an hour ago for a day), writes it as PEM to `ca_file` (to
// trust it with HttpRequest::ca_file) and serves TLS on 127.0.0.1 on an
// ephemeral port from a thread of its own with blocking OpenSSL calls:
// each connection gets a handshake, one request is read, a fixed
// "200 secure" answer is written, and the connection is closed. A client
// that rejects the certificate just makes the handshake fail. It ignores
// SIGPIPE in the whole (test) process: OpenSSL writes with plain send().
//
// Ownership: the test owns it. Construction starts the thread; destruction
// (any thread but the server's) stops it and joins. handshakes() may be
// read from any thread.
#ifndef ISOHOST_LOOP_HTTP_TLS_ORIGIN_H_
#define ISOHOST_LOOP_HTTP_TLS_ORIGIN_H_

#include <atomic>
#include <string>
#include <thread>

namespace isohost::loop::http {

class TlsOrigin {
 public:
  explicit TlsOrigin(std::string ca_file);
  ~TlsOrigin();
  TlsOrigin(const TlsOrigin&) = delete;
  TlsOrigin& operator=(const TlsOrigin&) = delete;

  int port() const { return port_; }
  const std::string& ca_file() const { return ca_file_; }
  // Handshakes that completed (the client accepted the certificate).
  int handshakes() const { return handshakes_.load(); }

 private:
  void Serve();

  std::string ca_file_;
  int listen_fd_ = -1;
  int port_ = 0;
  void* context_ = nullptr;  // SSL_CTX*, opaque here
  std::atomic<int> handshakes_{0};
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace isohost::loop::http

#endif  // ISOHOST_LOOP_HTTP_TLS_ORIGIN_H_
