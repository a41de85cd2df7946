#include "loop/http/http_error.h"

#include <curl/curl.h>

#include <cerrno>


namespace isohost::loop::http {
namespace {

// OpenSSL's X509_V_ERR_* values (x509_vfy.h), as CURLINFO_SSL_VERIFYRESULT
// reports them; named here so that this file needs no OpenSSL header. Node
// uses OpenSSL's names as codes, except for a name mismatch.
const char* CertificateCode(long verify_result, std::string_view detail) {
  switch (verify_result) {
    case 0:  // X509_V_OK
    case 1:  // X509_V_ERR_UNSPECIFIED: what curl 7.88 reports when its own
             // host name check (after a good chain) failed
      return detail.find("host name") != std::string_view::npos
                 ? "ERR_TLS_CERT_ALTNAME_INVALID"
                 : "CERT_REJECTED";
    case 62:  // X509_V_ERR_HOSTNAME_MISMATCH
    case 64:  // X509_V_ERR_IP_ADDRESS_MISMATCH
      return "ERR_TLS_CERT_ALTNAME_INVALID";
    case 2: return "UNABLE_TO_GET_ISSUER_CERT";
    case 7: return "CERT_SIGNATURE_FAILURE";
    case 9: return "CERT_NOT_YET_VALID";
    case 10: return "CERT_HAS_EXPIRED";
    case 18: return "DEPTH_ZERO_SELF_SIGNED_CERT";
    case 19: return "SELF_SIGNED_CERT_IN_CHAIN";
    case 20: return "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
    case 21: return "UNABLE_TO_VERIFY_LEAF_SIGNATURE";
    case 23: return "CERT_REVOKED";
    case 27: return "CERT_UNTRUSTED";
    default: return "CERT_REJECTED";
  }
}

HttpError Make(HttpErrorKind kind, std::string code, std::string_view detail,
               int curl_code, int os_errno) {
  HttpError error;
  error.kind = kind;
  error.message = code;
  if (!detail.empty()) error.message.append(": ").append(detail);
  error.code = std::move(code);
  error.curl_code = curl_code;
  error.os_errno = os_errno;
  return error;
}

}  // namespace

const char* ErrnoName(int os_errno) {
  switch (os_errno) {
    case ECONNREFUSED: return "ECONNREFUSED";
    case ECONNRESET: return "ECONNRESET";
    case ECONNABORTED: return "ECONNABORTED";
    case EPIPE: return "EPIPE";
    case ETIMEDOUT: return "ETIMEDOUT";
    case ENETUNREACH: return "ENETUNREACH";
    case ENETDOWN: return "ENETDOWN";
    case EHOSTUNREACH: return "EHOSTUNREACH";
    case EHOSTDOWN: return "EHOSTDOWN";
    case EADDRNOTAVAIL: return "EADDRNOTAVAIL";
    case EADDRINUSE: return "EADDRINUSE";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case EMFILE: return "EMFILE";
    case ENFILE: return "ENFILE";
    case ENOBUFS: return "ENOBUFS";
    case ENOMEM: return "ENOMEM";
    default: return "EIO";
  }
}

HttpError MakeHttpError(HttpErrorKind kind, std::string code,
                        std::string_view detail) {
  return Make(kind, std::move(code), detail, 0, 0);
}

HttpError ErrorFromCurl(int curl_code, int os_errno, long ssl_verify_result,
                        std::string_view detail) {
  auto make = [&](HttpErrorKind kind, std::string code) {
    return Make(kind, std::move(code), detail, curl_code, os_errno);
  };
  switch (static_cast<CURLcode>(curl_code)) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return make(HttpErrorKind::kHostNotFound, "ENOTFOUND");

    case CURLE_COULDNT_CONNECT:
      switch (os_errno) {
        case 0:
        case ECONNREFUSED:
          return make(HttpErrorKind::kConnectionRefused, "ECONNREFUSED");
        case ETIMEDOUT:
          return make(HttpErrorKind::kTimedOut, "ETIMEDOUT");
        case ECONNRESET:
          return make(HttpErrorKind::kConnectionReset, "ECONNRESET");
        default:
          return make(HttpErrorKind::kNetwork, ErrnoName(os_errno));
      }

    case CURLE_OPERATION_TIMEDOUT:
      return make(HttpErrorKind::kTimedOut, "ETIMEDOUT");

    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
      if (os_errno == EPIPE) {
        return make(HttpErrorKind::kConnectionReset, "EPIPE");
      }
      if (os_errno == 0 || os_errno == ECONNRESET || os_errno == ECONNABORTED) {
        return make(HttpErrorKind::kConnectionReset, "ECONNRESET");
      }
      return make(HttpErrorKind::kNetwork, ErrnoName(os_errno));

    // The peer closed before the response was whole (Node: "socket hang
    // up", code ECONNRESET).
    case CURLE_PARTIAL_FILE:
    case CURLE_GOT_NOTHING:
      return make(HttpErrorKind::kConnectionReset, "ECONNRESET");

    case CURLE_PEER_FAILED_VERIFICATION:
      return make(HttpErrorKind::kCertificate,
                  CertificateCode(ssl_verify_result, detail));
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CRL_BADFILE:
      return make(HttpErrorKind::kTls, "ERR_TLS_CA_FILE");
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED:
      return make(HttpErrorKind::kTls, "EPROTO");

    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:  // at run time: an HTTP/0.9 reply
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_RANGE_ERROR:
      return make(HttpErrorKind::kProtocol, "EPROTO");
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return make(HttpErrorKind::kProtocol, "ERR_HTTP2_STREAM_ERROR");

    case CURLE_URL_MALFORMAT:
      return make(HttpErrorKind::kInvalidUrl, "ERR_INVALID_URL");

    case CURLE_OUT_OF_MEMORY:
      return make(HttpErrorKind::kOther, "ENOMEM");

    default:
      return make(HttpErrorKind::kOther, "EIO");
  }
}

absl::Status HttpError::ToStatus() const {
  switch (kind) {
    case HttpErrorKind::kTimedOut:
      return absl::DeadlineExceededError(message);
    case HttpErrorKind::kBodyTooLarge:
      return absl::ResourceExhaustedError(message);
    case HttpErrorKind::kInvalidUrl:
      return absl::InvalidArgumentError(message);
    case HttpErrorKind::kCertificate:
    case HttpErrorKind::kTls:
      return absl::FailedPreconditionError(message);
    case HttpErrorKind::kOther:
      return absl::UnknownError(message);
    default:
      return absl::UnavailableError(message);
  }
}

}  // namespace isohost::loop::http
