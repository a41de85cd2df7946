// ErrorFromCurl: libcurl results and errnos to Node's error codes.
#include "loop/http/http_error.h"

#include <curl/curl.h>

#include <cerrno>

#include "gtest/gtest.h"

namespace isohost::loop::http {
namespace {

TEST(HttpErrorTest, ConnectFailuresFollowTheSocketErrno) {
  HttpError refused = ErrorFromCurl(CURLE_COULDNT_CONNECT, ECONNREFUSED, 0,
                                    "Failed to connect");
  EXPECT_EQ(refused.kind, HttpErrorKind::kConnectionRefused);
  EXPECT_EQ(refused.code, "ECONNREFUSED");
  EXPECT_EQ(refused.message, "ECONNREFUSED: Failed to connect");
  EXPECT_EQ(refused.curl_code, CURLE_COULDNT_CONNECT);
  EXPECT_EQ(refused.os_errno, ECONNREFUSED);

  EXPECT_EQ(ErrorFromCurl(CURLE_COULDNT_CONNECT, ETIMEDOUT, 0, "").kind,
            HttpErrorKind::kTimedOut);
  HttpError unreachable =
      ErrorFromCurl(CURLE_COULDNT_CONNECT, ENETUNREACH, 0, "");
  EXPECT_EQ(unreachable.kind, HttpErrorKind::kNetwork);
  EXPECT_EQ(unreachable.code, "ENETUNREACH");
  EXPECT_EQ(unreachable.message, "ENETUNREACH");
}

TEST(HttpErrorTest, NamesTimeoutsAndResets) {
  EXPECT_EQ(ErrorFromCurl(CURLE_COULDNT_RESOLVE_HOST, 0, 0, "").code,
            "ENOTFOUND");
  EXPECT_EQ(ErrorFromCurl(CURLE_OPERATION_TIMEDOUT, 0, 0, "").code,
            "ETIMEDOUT");
  EXPECT_EQ(ErrorFromCurl(CURLE_RECV_ERROR, ECONNRESET, 0, "").code,
            "ECONNRESET");
  EXPECT_EQ(ErrorFromCurl(CURLE_SEND_ERROR, EPIPE, 0, "").code, "EPIPE");
  EXPECT_EQ(ErrorFromCurl(CURLE_PARTIAL_FILE, 0, 0, "").kind,
            HttpErrorKind::kConnectionReset);
  EXPECT_EQ(ErrorFromCurl(CURLE_GOT_NOTHING, 0, 0, "").code, "ECONNRESET");
}

TEST(HttpErrorTest, CertificateFailuresUseOpenSslNames) {
  // X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, _CERT_HAS_EXPIRED.
  HttpError self_signed =
      ErrorFromCurl(CURLE_PEER_FAILED_VERIFICATION, 0, 18, "");
  EXPECT_EQ(self_signed.kind, HttpErrorKind::kCertificate);
  EXPECT_EQ(self_signed.code, "DEPTH_ZERO_SELF_SIGNED_CERT");
  EXPECT_EQ(ErrorFromCurl(CURLE_PEER_FAILED_VERIFICATION, 0, 10, "").code,
            "CERT_HAS_EXPIRED");
  // A good chain for the wrong name: curl's own host name check failed
  // (curl 7.88 then reports X509_V_ERR_UNSPECIFIED, 1).
  EXPECT_EQ(ErrorFromCurl(CURLE_PEER_FAILED_VERIFICATION, 0, 1,
                          "SSL: no alternative certificate subject name "
                          "matches target host name 'localhost'")
                .code,
            "ERR_TLS_CERT_ALTNAME_INVALID");
  EXPECT_EQ(ErrorFromCurl(CURLE_PEER_FAILED_VERIFICATION, 0, 62, "").code,
            "ERR_TLS_CERT_ALTNAME_INVALID");
  EXPECT_EQ(ErrorFromCurl(CURLE_PEER_FAILED_VERIFICATION, 0, 1, "").code,
            "CERT_REJECTED");
  EXPECT_EQ(ErrorFromCurl(CURLE_SSL_CONNECT_ERROR, 0, 0, "").kind,
            HttpErrorKind::kTls);
}

TEST(HttpErrorTest, ProtocolAndOtherErrors) {
  EXPECT_EQ(ErrorFromCurl(CURLE_WEIRD_SERVER_REPLY, 0, 0, "").kind,
            HttpErrorKind::kProtocol);
  EXPECT_EQ(ErrorFromCurl(CURLE_URL_MALFORMAT, 0, 0, "").code,
            "ERR_INVALID_URL");
  HttpError other = ErrorFromCurl(CURLE_FTP_WEIRD_PASV_REPLY, 0, 0, "odd");
  EXPECT_EQ(other.kind, HttpErrorKind::kOther);
  EXPECT_EQ(other.code, "EIO");
}

TEST(HttpErrorTest, StatusCodesForCallersThatOnlyPassItOn) {
  EXPECT_TRUE(absl::IsUnavailable(
      ErrorFromCurl(CURLE_COULDNT_CONNECT, ECONNREFUSED, 0, "").ToStatus()));
  EXPECT_TRUE(absl::IsDeadlineExceeded(
      ErrorFromCurl(CURLE_OPERATION_TIMEDOUT, 0, 0, "").ToStatus()));
  EXPECT_TRUE(absl::IsResourceExhausted(
      MakeHttpError(HttpErrorKind::kBodyTooLarge, "X", "").ToStatus()));
  EXPECT_TRUE(absl::IsFailedPrecondition(
      ErrorFromCurl(CURLE_PEER_FAILED_VERIFICATION, 0, 18, "").ToStatus()));
}

}  // namespace
}  // namespace isohost::loop::http
