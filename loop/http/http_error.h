// loop/http/http_error.h: why an HTTP request failed, in Node's words.
//
// HttpError is what HttpClient hands to a response handler when a request
// ends without a response: a small enum for code that branches on the
// kind, the Node.js error code a fetch() rejection's `cause.code` carries
// (ECONNREFUSED, ENOTFOUND, ETIMEDOUT, ECONNRESET, CERT_HAS_EXPIRED, ...),
// and a message. ErrorFromCurl() maps a libcurl result (plus the socket's
// errno and the TLS verify result curl saw) to one; it is pure, so its test
// needs no network.
//
// Thread-compatible value types.
#ifndef ISOHOST_LOOP_HTTP_HTTP_ERROR_H_
#define ISOHOST_LOOP_HTTP_HTTP_ERROR_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace isohost::loop::http {

enum class HttpErrorKind {
  kConnectionRefused,  // ECONNREFUSED: nothing listens there
  kHostNotFound,       // ENOTFOUND: the name did not resolve
  kTimedOut,           // ETIMEDOUT: a connect or whole-request timeout
  kConnectionReset,    // ECONNRESET/EPIPE: the peer went away mid-exchange
  kNetwork,            // other socket errors (ENETUNREACH, EHOSTUNREACH, ...)
  kCertificate,        // the server's certificate was not accepted
  kTls,                // any other TLS failure (handshake, CA file)
  kProtocol,           // the response was not valid HTTP
  kBodyTooLarge,       // the response body passed the request's limit
  kInvalidUrl,         // the URL (or its scheme) cannot be requested
  kOther,              // anything else; the message has libcurl's words
};

struct HttpError {
  HttpErrorKind kind = HttpErrorKind::kOther;
  // Node's error code for it, e.g. "ECONNREFUSED", "DEPTH_ZERO_SELF_SIGNED_CERT".
  std::string code;
  // "<code>: <what libcurl said>", for people.
  std::string message;
  int curl_code = 0;  // the CURLcode, 0 for errors of the client's own
  int os_errno = 0;   // the socket's errno when curl had one, else 0

  // An absl::Status for callers across a package boundary that only want
  // to pass the failure on (Unavailable, DeadlineExceeded, ...).
  absl::Status ToStatus() const;
};

// Maps a failed transfer. `curl_code` is a CURLcode other than CURLE_OK;
// `os_errno` is CURLINFO_OS_ERRNO; `ssl_verify_result` is
// CURLINFO_SSL_VERIFYRESULT (an OpenSSL X509_V_ERR_* value, 0 when the
// chain was fine); `detail` is curl's error buffer (may be empty).
HttpError ErrorFromCurl(int curl_code, int os_errno, long ssl_verify_result,
                        std::string_view detail);

// An error of the client's own (not from curl), e.g. kBodyTooLarge.
HttpError MakeHttpError(HttpErrorKind kind, std::string code,
                        std::string_view detail);

// The errno's symbolic name ("ECONNRESET"), or "EIO" for one not listed.
const char* ErrnoName(int os_errno);

}  // namespace isohost::loop::http

#endif  // ISOHOST_LOOP_HTTP_HTTP_ERROR_H_
