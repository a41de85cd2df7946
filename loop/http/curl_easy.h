// loop/http/curl_easy.h: HttpClient's per-request libcurl glue.
//
// Checking an HttpRequest before it is accepted, setting a libcurl easy
// handle up for it, reading its timings afterwards, and folding the header
// lines curl hands to CURLOPT_HEADERFUNCTION into a ResponseHead. Internal
// to loop/http (HttpClient is the only user); plain functions on the
// caller's objects, thread-compatible.
#ifndef ISOHOST_LOOP_HTTP_CURL_EASY_H_
#define ISOHOST_LOOP_HTTP_CURL_EASY_H_

#include <curl/curl.h>

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "loop/http/http_message.h"

namespace isohost::loop::http {

// InvalidArgument unless the method and header names are tokens, no header
// value holds CR, LF or NUL, and the URL is an absolute http(s) URL.
absl::Status ValidateRequest(const HttpRequest& request);

// `reference` (a Location value) resolved against the absolute URL `base`;
// "" when curl cannot parse either.
std::string ResolveUrl(const std::string& base, const std::string& reference);

// What ConfigureEasy() wires the easy handle to.
struct EasyCallbacks {
  curl_write_callback on_header = nullptr;
  curl_write_callback on_body = nullptr;
  curl_read_callback on_read = nullptr;  // BodyMode::kStream only
  void* data = nullptr;                  // passed to all three, and PRIVATE
  char* error_buffer = nullptr;          // CURL_ERROR_SIZE bytes
};

// Sets `easy` (fresh, or after curl_easy_reset) up for `request`: method
// and body, headers, TLS verification, limits, HTTP/2 over TLS, no
// redirects, no proxy from the environment. Returns the header list it
// made, which the caller frees (curl_slist_free_all) once the transfer is
// over; `request` must stay put until then (curl points into it).
curl_slist* ConfigureEasy(CURL* easy, const HttpRequest& request,
                          const EasyCallbacks& callbacks);

// The finished (or failed) transfer's timings and byte counts.
void ReadTimings(CURL* easy, Timings* timings);

// Folds one line of a response head (as CURLOPT_HEADERFUNCTION passes it,
// CRLF included) into `head`: a status line starts a new head (so a 1xx
// head is dropped when the next one begins), a field line is added (an
// obs-fold line continues the previous value). Returns true when the line
// is the empty one that ends a final (status >= 200) head; the caller then
// stops feeding (what follows are trailers).
bool AddHeadLine(std::string_view line, ResponseHead* head);

}  // namespace isohost::loop::http

#endif  // ISOHOST_LOOP_HTTP_CURL_EASY_H_
