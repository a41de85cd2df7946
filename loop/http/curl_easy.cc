#include "loop/http/curl_easy.h"

#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "loop/http/text.h"

namespace isohost::loop::http {
namespace {

// RFC 9110 token characters (method and header names).
bool IsToken(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) continue;
    if (std::strchr("!#$%&'*+-.^_`|~", c) == nullptr || c == '\0') return false;
  }
  return true;
}

// A header value may not smuggle in a line of its own.
bool IsFieldValue(std::string_view text) {
  for (char c : text) {
    if (c == '\r' || c == '\n' || c == '\0') return false;
  }
  return true;
}

absl::Status CheckUrl(const std::string& url) {
  CURLU* parsed = curl_url();
  if (parsed == nullptr) return absl::InternalError("out of memory");
  absl::Status status;
  char* scheme = nullptr;
  if (curl_url_set(parsed, CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) {
    status = absl::InvalidArgumentError(absl::StrCat("invalid URL: ", url));
  } else if (curl_url_get(parsed, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
             (std::strcmp(scheme, "http") != 0 &&
              std::strcmp(scheme, "https") != 0)) {
    status = absl::InvalidArgumentError(
        absl::StrCat("not an http(s) URL: ", url));
  }
  curl_free(scheme);
  curl_url_cleanup(parsed);
  return status;
}

bool HasHeader(const HttpRequest& request, std::string_view name) {
  for (const Header& header : request.headers) {
    if (EqualsIgnoreCase(header.name, name)) return true;
  }
  return false;
}

bool SendsBody(const HttpRequest& request) {
  if (request.method == "HEAD") return false;
  return request.body_mode != BodyMode::kNone || request.method == "POST" ||
         request.method == "PUT" || request.method == "PATCH";
}

}  // namespace

absl::Status ValidateRequest(const HttpRequest& request) {
  if (!IsToken(request.method)) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid method: ", request.method));
  }
  if (absl::Status url = CheckUrl(request.url); !url.ok()) return url;
  for (const Header& header : request.headers) {
    if (!IsToken(header.name) || !IsFieldValue(header.value)) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid header: ", header.name));
    }
  }
  return absl::OkStatus();
}

std::string ResolveUrl(const std::string& base, const std::string& reference) {
  CURLU* url = curl_url();
  if (url == nullptr) return "";
  std::string resolved;
  char* text = nullptr;
  if (curl_url_set(url, CURLUPART_URL, base.c_str(), 0) == CURLUE_OK &&
      curl_url_set(url, CURLUPART_URL, reference.c_str(),
                   CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
      curl_url_get(url, CURLUPART_URL, &text, 0) == CURLUE_OK) {
    resolved = text;
  }
  curl_free(text);
  curl_url_cleanup(url);
  return resolved;
}

curl_slist* ConfigureEasy(CURL* easy, const HttpRequest& request,
                          const EasyCallbacks& callbacks) {
  curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(easy, CURLOPT_PRIVATE, callbacks.data);
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  // No proxy from the environment (http_proxy, no_proxy: as Node's fetch),
  // which also spares curl a dozen getenv() calls per request.
  curl_easy_setopt(easy, CURLOPT_PROXY, "");
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, callbacks.error_buffer);
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, callbacks.on_header);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, callbacks.data);
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, callbacks.on_body);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, callbacks.data);
  // HTTP/2 when TLS negotiates it; requests to one origin then share a
  // connection (CURLPIPE_MULTIPLEX) instead of opening one each.
  curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long{CURL_HTTP_VERSION_2TLS});
  if (StartsWithIgnoreCase(request.url, "https:")) {
    curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
  }
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
  if (!request.ca_file.empty()) {
    curl_easy_setopt(easy, CURLOPT_CAINFO, request.ca_file.c_str());
  }
  if (request.timeout_ms > 0) {
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout_ms));
  }
  if (request.connect_timeout_ms > 0) {
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(request.connect_timeout_ms));
  }
  if (request.idle_timeout_ms > 0) {
    // Below 1 byte/s for that many seconds. curl skips the check while a
    // transfer is paused.
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME,
                     static_cast<long>((request.idle_timeout_ms + 999) / 1000));
  }
  if (request.decompress) curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");

  bool sends_body = SendsBody(request);
  if (request.method == "HEAD") {
    curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
  } else if (sends_body) {
    curl_easy_setopt(easy, CURLOPT_POST, 1L);
    switch (request.body_mode) {
      case BodyMode::kBuffer:
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(request.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.data());
        break;
      case BodyMode::kStream:
        curl_easy_setopt(easy, CURLOPT_READFUNCTION, callbacks.on_read);
        curl_easy_setopt(easy, CURLOPT_READDATA, callbacks.data);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE,
                         request.stream_length.has_value()
                             ? static_cast<curl_off_t>(*request.stream_length)
                             : curl_off_t{-1});
        break;
      case BodyMode::kNone:
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t{0});
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, "");
        break;
    }
    if (request.method != "POST") {
      curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }
  } else if (request.method != "GET") {
    curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  }

  curl_slist* list = nullptr;
  for (const Header& header : request.headers) {
    // "Name;" is curl's way to send a header with an empty value.
    std::string line = header.value.empty()
                           ? absl::StrCat(header.name, ";")
                           : absl::StrCat(header.name, ": ", header.value);
    list = curl_slist_append(list, line.c_str());
  }
  if (sends_body) {
    // No 100-continue round trip (curl waits up to 1 s for it), and no
    // form-urlencoded Content-Type the caller did not ask for.
    if (!HasHeader(request, "expect")) list = curl_slist_append(list, "Expect:");
    if (!HasHeader(request, "content-type")) {
      list = curl_slist_append(list, "Content-Type:");
    }
  }
  if (list != nullptr) curl_easy_setopt(easy, CURLOPT_HTTPHEADER, list);
  return list;
}

void ReadTimings(CURL* easy, Timings* timings) {
  auto time = [easy](CURLINFO info) {
    curl_off_t value = 0;
    curl_easy_getinfo(easy, info, &value);
    return static_cast<int64_t>(value);
  };
  timings->namelookup_us = time(CURLINFO_NAMELOOKUP_TIME_T);
  timings->connect_us = time(CURLINFO_CONNECT_TIME_T);
  timings->appconnect_us = time(CURLINFO_APPCONNECT_TIME_T);
  timings->pretransfer_us = time(CURLINFO_PRETRANSFER_TIME_T);
  timings->starttransfer_us = time(CURLINFO_STARTTRANSFER_TIME_T);
  timings->total_us = time(CURLINFO_TOTAL_TIME_T);
  timings->bytes_sent = time(CURLINFO_SIZE_UPLOAD_T);
  timings->bytes_received = time(CURLINFO_SIZE_DOWNLOAD_T);
  long value = 0;
  curl_easy_getinfo(easy, CURLINFO_HEADER_SIZE, &value);
  timings->header_bytes = value;
  value = 0;
  curl_easy_getinfo(easy, CURLINFO_NUM_CONNECTS, &value);
  timings->new_connections = value;
}

bool AddHeadLine(std::string_view line, ResponseHead* head) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  if (line.starts_with("HTTP/")) {
    // A new head: the first, or the final one after 1xx heads.
    *head = ResponseHead();
    std::string_view rest = line.substr(5);
    size_t space = rest.find(' ');
    head->http_version = std::string(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view()
                                           : rest.substr(space + 1);
    int status = 0;
    size_t digits = 0;
    while (digits < rest.size() && digits < 3 &&
           absl::ascii_isdigit(static_cast<unsigned char>(rest[digits]))) {
      status = status * 10 + (rest[digits] - '0');
      ++digits;
    }
    head->status = status;
    rest.remove_prefix(digits);
    head->status_text = std::string(TrimWhitespace(rest));
    return false;
  }
  // The empty line ends a head; a 1xx one is followed by the real one.
  if (line.empty()) return head->status >= 200;
  std::vector<Header>& headers = head->headers;
  if ((line.front() == ' ' || line.front() == '\t') && !headers.empty()) {
    // obs-fold: a continuation of the previous header's value.
    headers.back().value.append(" ").append(TrimWhitespace(line));
    return false;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  headers.push_back(
      Header{std::string(line.substr(0, colon)),
             std::string(TrimWhitespace(line.substr(colon + 1)))});
  return false;
}

}  // namespace isohost::loop::http
