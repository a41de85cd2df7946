#include "loop/http/tls_origin.h"

#include <arpa/inet.h>
#include <nghttp2/nghttp2.h>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "loop/check.h"

namespace isohost::loop::http {
namespace {

// A self-signed certificate for IP 127.0.0.1 (and nothing else).
X509* MakeCertificate(EVP_PKEY* key) {
  X509* cert = X509_new();
  ISOHOST_CHECK(cert != nullptr);
  X509_set_version(cert, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
  X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
  X509_gmtime_adj(X509_getm_notAfter(cert), 24 * 3600);
  X509_set_pubkey(cert, key);
  X509_NAME* name = X509_get_subject_name(cert);
  X509_NAME_add_entry_by_txt(
      name, "CN", MBSTRING_ASC,
      reinterpret_cast<const unsigned char*>("isohost test origin"), -1, -1, 0);
  X509_set_issuer_name(cert, name);
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
  X509_EXTENSION* san = X509V3_EXT_conf_nid(nullptr, &context,
                                            NID_subject_alt_name,
                                            "IP:127.0.0.1");
  ISOHOST_CHECK(san != nullptr);
  X509_add_ext(cert, san, -1);
  X509_EXTENSION_free(san);
  ISOHOST_CHECK(X509_sign(cert, key, EVP_sha256()) > 0);
  return cert;
}

}  // namespace

TlsOrigin::TlsOrigin(std::string ca_file, Protocol protocol)
    : ca_file_(std::move(ca_file)), protocol_(protocol) {
  // OpenSSL's socket BIO writes with plain send(): a client that hung up
  // after the handshake (it refused our name) would raise SIGPIPE and end
  // the test binary.
  std::signal(SIGPIPE, SIG_IGN);
  EVP_PKEY* key = EVP_EC_gen("P-256");
  ISOHOST_CHECK(key != nullptr);
  X509* cert = MakeCertificate(key);
  FILE* out = std::fopen(ca_file_.c_str(), "w");
  ISOHOST_CHECK(out != nullptr);
  ISOHOST_CHECK(PEM_write_X509(out, cert) == 1);
  std::fclose(out);

  SSL_CTX* context = SSL_CTX_new(TLS_server_method());
  ISOHOST_CHECK(context != nullptr);
  ISOHOST_CHECK(SSL_CTX_use_certificate(context, cert) == 1);
  ISOHOST_CHECK(SSL_CTX_use_PrivateKey(context, key) == 1);
  if (protocol_ == Protocol::kHttp2) {
    SSL_CTX_set_alpn_select_cb(context, &SelectH2, nullptr);
  }
  context_ = context;
  X509_free(cert);
  EVP_PKEY_free(key);

  listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
  ISOHOST_CHECK(listen_fd_ >= 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ISOHOST_CHECK(bind(listen_fd_, reinterpret_cast<sockaddr*>(&address),
                     sizeof(address)) == 0);
  ISOHOST_CHECK(listen(listen_fd_, 16) == 0);
  socklen_t length = sizeof(address);
  ISOHOST_CHECK(getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address),
                            &length) == 0);
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { Serve(); });
}

TlsOrigin::~TlsOrigin() {
  stopping_ = true;
  // Wakes the blocked accept() with an error.
  shutdown(listen_fd_, SHUT_RDWR);
  thread_.join();
  close(listen_fd_);
  SSL_CTX_free(static_cast<SSL_CTX*>(context_));
}

void TlsOrigin::Serve() {
  while (!stopping_) {
    int fd = accept(listen_fd_, nullptr, nullptr);
    if (fd < 0) {
      if (stopping_) return;
      continue;
    }
    // Never let a silent client hold the thread (and the test) for long.
    timeval timeout{5, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout));
    SSL* ssl = SSL_new(static_cast<SSL_CTX*>(context_));
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1) {
      ++handshakes_;
      const unsigned char* alpn = nullptr;
      unsigned alpn_length = 0;
      SSL_get0_alpn_selected(ssl, &alpn, &alpn_length);
      if (alpn_length == 2 && std::memcmp(alpn, "h2", 2) == 0) {
        ServeHttp2(ssl);
      } else {
        ServeHttp11(ssl);
      }
      SSL_shutdown(ssl);
    }
    ERR_clear_error();
    SSL_free(ssl);
    close(fd);
  }
}

void TlsOrigin::ServeHttp11(void* handle) {
  SSL* ssl = static_cast<SSL*>(handle);
  std::string request;
  char buffer[4096];
  while (request.find("\r\n\r\n") == std::string::npos) {
    int n = SSL_read(ssl, buffer, sizeof(buffer));
    if (n <= 0) return;  // the client went away (e.g. it refused our name)
  request.append(buffer, static_cast<size_t>(n));
  }
  static constexpr char kAnswer[] =
      "HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\n"
      "secure";
  SSL_write(ssl, kAnswer, sizeof(kAnswer) - 1);
}

// ---- HTTP/2 (nghttp2, blocking) ---------------------------------------------

namespace {

struct Stream {
  std::string path;
  size_t size = 6;
  size_t sent = 0;
};

struct Session {
  SSL* ssl = nullptr;
  std::map<int32_t, Stream> streams;
  std::atomic<int>* answered = nullptr;
};

ssize_t SendFrames(nghttp2_session*, const uint8_t* data, size_t length,
                   int, void* user_data) {
  auto* session = static_cast<Session*>(user_data);
  int n = SSL_write(session->ssl, data, static_cast<int>(length));
  return n > 0 ? n : NGHTTP2_ERR_CALLBACK_FAILURE;
}

int OnHeader(nghttp2_session*, const nghttp2_frame* frame,
             const uint8_t* name, size_t name_length, const uint8_t* value,
             size_t value_length, uint8_t, void* user_data) {
  auto* session = static_cast<Session*>(user_data);
  if (frame->hd.type != NGHTTP2_HEADERS) return 0;
  std::string_view header(reinterpret_cast<const char*>(name), name_length);
  if (header == ":path") {
    Stream& stream = session->streams[frame->hd.stream_id];
    stream.path.assign(reinterpret_cast<const char*>(value), value_length);
    size_t at = stream.path.find("n=");
    if (at != std::string::npos) {
      stream.size = std::strtoull(stream.path.c_str() + at + 2, nullptr, 10);
    }
  }
  return 0;
}

ssize_t ReadBody(nghttp2_session*, int32_t, uint8_t* buffer, size_t length,
                 uint32_t* flags, nghttp2_data_source* source, void*) {
  auto* stream = static_cast<Stream*>(source->ptr);
  size_t n = std::min(length, stream->size - stream->sent);
  for (size_t i = 0; i < n; ++i) {
    buffer[i] = static_cast<uint8_t>('a' + (stream->sent + i) % 23);
  }
  stream->sent += n;
  if (stream->sent == stream->size) *flags |= NGHTTP2_DATA_FLAG_EOF;
  return static_cast<ssize_t>(n);
}

int OnFrame(nghttp2_session* nghttp2, const nghttp2_frame* frame,
            void* user_data) {
  auto* session = static_cast<Session*>(user_data);
  if (frame->hd.type != NGHTTP2_HEADERS ||
      (frame->hd.flags & NGHTTP2_FLAG_END_STREAM) == 0) {
    return 0;
  }
  auto it = session->streams.find(frame->hd.stream_id);
  if (it == session->streams.end()) return 0;
  ++*session->answered;
  nghttp2_nv headers[] = {
      {const_cast<uint8_t*>(reinterpret_cast<const uint8_t*>(":status")),
       const_cast<uint8_t*>(reinterpret_cast<const uint8_t*>("200")), 7, 3,
       NGHTTP2_NV_FLAG_NONE},
  };
  nghttp2_data_provider body;
  body.source.ptr = &it->second;
  body.read_callback = &ReadBody;
  nghttp2_submit_response(nghttp2, frame->hd.stream_id, headers, 1, &body);
  return 0;
}

int OnStreamClose(nghttp2_session*, int32_t stream_id, uint32_t,
                  void* user_data) {
  static_cast<Session*>(user_data)->streams.erase(stream_id);
  return 0;
}

}  // namespace

int TlsOrigin::SelectH2(SSL*, const unsigned char** out,
                        unsigned char* out_length, const unsigned char* in,
                        unsigned in_length, void*) {
  static constexpr unsigned char kH2[] = {2, 'h', '2'};
  unsigned char* selected = nullptr;
  if (SSL_select_next_proto(&selected, out_length, kH2, sizeof(kH2), in,
                            in_length) != OPENSSL_NPN_NEGOTIATED) {
    return SSL_TLSEXT_ERR_NOACK;  // HTTP/1.1 then
  }
  *out = selected;
  return SSL_TLSEXT_ERR_OK;
}

void TlsOrigin::ServeHttp2(void* handle) {
  Session session;
  session.ssl = static_cast<SSL*>(handle);
  session.answered = &streams_;
  nghttp2_session_callbacks* callbacks = nullptr;
  nghttp2_session_callbacks_new(&callbacks);
  nghttp2_session_callbacks_set_send_callback(callbacks, &SendFrames);
  nghttp2_session_callbacks_set_on_header_callback(callbacks, &OnHeader);
  nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &OnFrame);
  nghttp2_session_callbacks_set_on_stream_close_callback(callbacks,
                                                         &OnStreamClose);
  nghttp2_session* nghttp2 = nullptr;
  nghttp2_session_server_new(&nghttp2, callbacks, &session);
  nghttp2_session_callbacks_del(callbacks);
  nghttp2_settings_entry settings[] = {
      {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100}};
  nghttp2_submit_settings(nghttp2, NGHTTP2_FLAG_NONE, settings, 1);
  // Write all that can be written, then wait for the client (frames,
  // window updates); a blocked write times out (SO_SNDTIMEO) instead of
  // hanging the thread.
  char buffer[16384];
  while (!stopping_) {
    if (nghttp2_session_send(nghttp2) != 0) break;
    if (!nghttp2_session_want_read(nghttp2) &&
        !nghttp2_session_want_write(nghttp2)) {
      break;
    }
    int n = SSL_read(session.ssl, buffer, sizeof(buffer));
    if (n <= 0) break;
    if (nghttp2_session_mem_recv(nghttp2, reinterpret_cast<uint8_t*>(buffer),
                                 static_cast<size_t>(n)) < 0) {
      break;
    }
  }
  nghttp2_session_del(nghttp2);
}

}  // namespace isohost::loop::http
