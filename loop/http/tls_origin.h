// loop/http/tls_origin.h: a tiny HTTPS server for HttpClient's TLS tests.
//
// TlsOrigin makes a self-signed certificate for IP 127.0.0.1 (an EC key,
// valid from an hour ago for a day), writes it as PEM to `ca_file` (to
// trust it with HttpRequest::ca_file) and serves TLS on 127.0.0.1 on an
// ephemeral port from a thread of its own with blocking OpenSSL calls:
// each connection gets a handshake, then either one HTTP/1.1 request and a
// fixed "200 secure" answer, or (Protocol::kHttp2, ALPN "h2") an HTTP/2
// session serving any number of concurrent streams. One connection at a
// time: a second connection waits until the first is closed. A client
// that rejects the certificate just makes the handshake fail. It ignores
// SIGPIPE in the whole (test) process: OpenSSL writes with plain send().
//
// Ownership: the test owns it. Construction starts the thread; destruction
// (any thread but the server's) stops it and joins. handshakes() may be
// read from any thread.
#ifndef ISOHOST_LOOP_HTTP_TLS_ORIGIN_H_
#define ISOHOST_LOOP_HTTP_TLS_ORIGIN_H_

#include <openssl/ssl.h>

#include <atomic>
#include <string>
#include <thread>

namespace isohost::loop::http {

class TlsOrigin {
 public:
  enum class Protocol {
    kHttp11,  // every connection answers one request with "200 secure"
    kHttp2,   // ALPN h2 (nghttp2): any number of streams per connection,
              // each answered with `n` bytes for a path "/?n=<n>" (else 6)
  };

  explicit TlsOrigin(std::string ca_file, Protocol protocol = Protocol::kHttp11);
  ~TlsOrigin();
  TlsOrigin(const TlsOrigin&) = delete;
  TlsOrigin& operator=(const TlsOrigin&) = delete;

  int port() const { return port_; }
  const std::string& ca_file() const { return ca_file_; }
  // Handshakes that completed (the client accepted the certificate).
  int handshakes() const { return handshakes_.load(); }
  // HTTP/2 streams answered.
  int streams() const { return streams_.load(); }

 private:
  void Serve();
  void ServeHttp11(void* ssl);
  void ServeHttp2(void* ssl);
  // OpenSSL's ALPN callback: picks "h2" when the client offers it.
  static int SelectH2(SSL* ssl, const unsigned char** out,
                      unsigned char* out_length, const unsigned char* in,
                      unsigned in_length, void* arg);

  std::string ca_file_;
  int listen_fd_ = -1;
  int port_ = 0;
  SSL_CTX* context_ = nullptr;
  Protocol protocol_;
  std::atomic<int> handshakes_{0};
  std::atomic<int> streams_{0};
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace isohost::loop::http

#endif  // ISOHOST_LOOP_HTTP_TLS_ORIGIN_H_
