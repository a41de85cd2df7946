#include "loop/http/tls_origin.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
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

TlsOrigin::TlsOrigin(std::string ca_file) : ca_file_(std::move(ca_file)) {
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
      std::string request;
      char buffer[4096];
      while (request.find("\r\n\r\n") == std::string::npos) {
        int n = SSL_read(ssl, buffer, sizeof(buffer));
        if (n <= 0) break;
        request.append(buffer, static_cast<size_t>(n));
      }
      if (request.find("\r\n\r\n") == std::string::npos) {
        // The client went away (e.g. it refused the certificate's name).
        ERR_clear_error();
        SSL_free(ssl);
        close(fd);
        continue;
      }
      static constexpr char kAnswer[] =
          "HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\n"
          "secure";
      SSL_write(ssl, kAnswer, sizeof(kAnswer) - 1);
      SSL_shutdown(ssl);
    }
    ERR_clear_error();
    SSL_free(ssl);
    close(fd);
  }
}

}  // namespace isohost::loop::http
