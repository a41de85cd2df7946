#include "loop/http/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"
#include "loop/check.h"
#include "loop/http/curl_easy.h"

namespace isohost::loop::http {
namespace {

CURLM* AsMulti(void* multi) { return static_cast<CURLM*>(multi); }

uv_handle_t* AsHandle(void* handle) {
  return reinterpret_cast<uv_handle_t*>(handle);
}

}  // namespace

// One request, from Start() until its last event (or Cancel()). Owned by
// the client's `requests_` map (then briefly by `retired_`); loop thread.
struct HttpClient::Request {
  enum class Phase { kQueued, kActive, kFinished };

  HttpClient* client = nullptr;
  RequestId id = 0;
  HttpRequest spec;
  std::unique_ptr<HttpResponseHandler> handler;
  Phase phase = Phase::kQueued;

  CURL* easy = nullptr;
  curl_slist* header_list = nullptr;
  char error_buffer[CURL_ERROR_SIZE] = {};

  // The response head being read, then the final one.
  ResponseHead head;
  bool head_complete = false;
  bool head_delivered = false;

  // Response body received but not yet handed out.
  std::deque<std::string> body;
  size_t body_buffered = 0;
  uint64_t body_received = 0;
  bool consumer_paused = false;  // PauseBody()
  bool recv_paused = false;      // curl's receive side is paused (by us)
  bool too_large = false;

  // Streamed request body queued by WriteBody(), not yet read by curl.
  std::deque<std::string> upload;
  size_t upload_offset = 0;  // into upload.front()
  size_t upload_buffered = 0;
  bool upload_finished = false;
  bool send_paused = false;  // curl's send side is paused (ran dry)
  bool body_wanted = false;  // OnBodyWanted to deliver

  // curl is done with it: `error` says how it ended.
  bool finished = false;
  std::optional<HttpError> error;
  Timings timings;

  int watch_error = 0;     // a uv error from watching its socket
  bool ready = false;      // listed in ready_
  bool holds_ref = false;  // counted in refs_
  bool retired = false;    // out of requests_: no more events
};

// A socket libcurl asked us to watch. Heap-allocated: its uv_poll_t may
// finish closing after the client is gone. Loop thread.
struct HttpClient::SocketWatch {
  uv_poll_t poll;
  HttpClient* client = nullptr;
  curl_socket_t fd = CURL_SOCKET_BAD;
};

// ---- set-up and tear-down ---------------------------------------------------

absl::StatusOr<std::unique_ptr<HttpClient>> HttpClient::Create(
    EventLoop* loop, Options options) {
  ISOHOST_CHECK(loop != nullptr && loop->OnLoopThread());
  // Thread-safe once per process (function-local static); libcurl 7.88's
  // global init is itself thread-safe, this just does it once.
  static const CURLcode global = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (global != CURLE_OK) {
    return absl::InternalError(
        absl::StrCat("curl_global_init: ", curl_easy_strerror(global)));
  }
  if (options.max_concurrent == 0) options.max_concurrent = 1;
  std::unique_ptr<HttpClient> client(new HttpClient(loop, options));
  if (!client->Init()) return absl::InternalError("curl_multi_init failed");
  return client;
}

HttpClient::HttpClient(EventLoop* loop, Options options)
    : loop_(loop), options_(options) {}

bool HttpClient::Init() {
  timer_ = new uv_timer_t;
  ISOHOST_CHECK(uv_timer_init(loop_->uv_loop(), timer_) == 0);
  timer_->data = this;
  uv_unref(AsHandle(timer_));

  CURLM* multi = curl_multi_init();
  if (multi == nullptr) return false;
  multi_ = multi;
  curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &HttpClient::OnCurlSocket);
  curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
  curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &HttpClient::OnCurlTimer);
  curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
  curl_multi_setopt(multi, CURLMOPT_PIPELINING, long{CURLPIPE_MULTIPLEX});
  if (options_.max_idle_connections > 0) {
    curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS,
                      static_cast<long>(options_.max_idle_connections));
  }
  return true;
}

HttpClient::~HttpClient() {
  ISOHOST_CHECK(loop_->OnLoopThread());
  // A handler may not destroy the client that is calling it.
  ISOHOST_CHECK(!dispatching_);
  if (dispatch_scheduled_) loop_->ClearImmediate(dispatch_immediate_);
  destroying_ = true;
  for (auto& [id, request] : requests_) ReleaseCurl(request.get());
  for (CURL* easy : idle_easies_) curl_easy_cleanup(easy);
  idle_easies_.clear();
  queue_.clear();
  ready_.clear();
  requests_.clear();  // handlers destroyed here
  // Closes the cached connections; curl may tell us to stop watching them.
  if (multi_ != nullptr) curl_multi_cleanup(AsMulti(multi_));
  multi_ = nullptr;
  std::vector<SocketWatch*> left(watches_.begin(), watches_.end());
  for (SocketWatch* watch : left) {
    watches_.erase(watch);
    uv_poll_stop(&watch->poll);
    uv_close(AsHandle(&watch->poll), [](uv_handle_t* handle) {
      delete static_cast<SocketWatch*>(handle->data);
    });
  }
  if (timer_ != nullptr) {
    uv_close(AsHandle(timer_), [](uv_handle_t* handle) {
      delete reinterpret_cast<uv_timer_t*>(handle);
    });
  }
  if (holds_keep_alive_) loop_->ReleaseKeepAlive();
}

// ---- the public calls -------------------------------------------------------

absl::StatusOr<RequestId> HttpClient::Start(
    HttpRequest spec, std::unique_ptr<HttpResponseHandler> handler) {
  ISOHOST_CHECK(loop_->OnLoopThread());
  ISOHOST_CHECK(handler != nullptr);
  if (absl::Status valid = ValidateRequest(spec); !valid.ok()) return valid;
  if (active_ >= options_.max_concurrent &&
      queue_.size() >= options_.max_queued) {
    return absl::ResourceExhaustedError(
        absl::StrCat("HTTP client: ", active_, " requests running and ",
                     queue_.size(), " queued"));
  }

  auto owned = std::make_unique<Request>();
  Request* request = owned.get();
  request->client = this;
  request->id = next_id_++;
  request->spec = std::move(spec);
  request->handler = std::move(handler);
  if (active_ < options_.max_concurrent) {
    if (absl::Status status = Activate(request); !status.ok()) return status;
  } else {
    queue_.push_back(request->id);
  }
  requests_.emplace(request->id, std::move(owned));
  ++stats_.started;
  UpdateRef(request);
  return request->id;
}

bool HttpClient::Cancel(RequestId id) {
  ISOHOST_CHECK(loop_->OnLoopThread());
  Request* request = Find(id);
  if (request == nullptr) return false;
  ++stats_.cancelled;
  Retire(request);
  StartQueued();
  ScheduleDispatch();
  return true;
}

absl::Status HttpClient::PauseBody(RequestId id) {
  ISOHOST_CHECK(loop_->OnLoopThread());
  Request* request = Find(id);
  if (request == nullptr) return absl::NotFoundError("no such request");
  request->consumer_paused = true;
  UpdateRef(request);
  return absl::OkStatus();
}

absl::Status HttpClient::ResumeBody(RequestId id) {
  ISOHOST_CHECK(loop_->OnLoopThread());
  Request* request = Find(id);
  if (request == nullptr) return absl::NotFoundError("no such request");
  if (!request->consumer_paused) return absl::OkStatus();
  request->consumer_paused = false;
  // Deliver() hands out what waits and unpauses curl when it is all out.
  MarkReady(request);
  UpdateRef(request);
  ScheduleDispatch();
  return absl::OkStatus();
}

absl::Status HttpClient::WriteBody(RequestId id, std::string chunk) {
  ISOHOST_CHECK(loop_->OnLoopThread());
  Request* request = Find(id);
  if (request == nullptr) return absl::NotFoundError("no such request");
  if (request->spec.body_mode != BodyMode::kStream) {
    return absl::FailedPreconditionError("request body is not streamed");
  }
  if (request->upload_finished) {
    return absl::FailedPreconditionError("request body already finished");
  }
  // curl is done (the server answered early, or it failed): drop it.
  if (request->finished || chunk.empty()) return absl::OkStatus();
  if (request->upload_buffered > 0 && OverBudget(chunk.size())) {
    return absl::ResourceExhaustedError(
        "HTTP client: request body buffer full; wait for OnBodyWanted");
  }
  request->upload_buffered += chunk.size();
  buffered_bytes_ += chunk.size();
  request->upload.push_back(std::move(chunk));
  if (request->send_paused) SetSendPaused(request, false);
  UpdateRef(request);
  ScheduleDispatch();
  return absl::OkStatus();
}

absl::Status HttpClient::FinishBody(RequestId id) {
  ISOHOST_CHECK(loop_->OnLoopThread());
  Request* request = Find(id);
  if (request == nullptr) return absl::NotFoundError("no such request");
  if (request->spec.body_mode != BodyMode::kStream) {
    return absl::FailedPreconditionError("request body is not streamed");
  }
  if (request->upload_finished) return absl::OkStatus();
  request->upload_finished = true;
  if (request->send_paused) SetSendPaused(request, false);
  UpdateRef(request);
  ScheduleDispatch();
  return absl::OkStatus();
}

HttpClient::Stats HttpClient::stats() const {
  ISOHOST_CHECK(loop_->OnLoopThread());
  Stats stats = stats_;
  stats.active = active_;
  stats.queued = queue_.size();
  stats.buffered_bytes = buffered_bytes_;
  return stats;
}

// ---- handing requests to libcurl --------------------------------------------

absl::Status HttpClient::Activate(Request* request) {
  CURL* easy = nullptr;
  if (!idle_easies_.empty()) {
    easy = idle_easies_.back();
    idle_easies_.pop_back();
  } else {
    easy = curl_easy_init();
    if (easy == nullptr) return absl::InternalError("curl_easy_init failed");
  }
  EasyCallbacks callbacks;
  callbacks.on_header = &HttpClient::OnCurlHeader;
  callbacks.on_body = &HttpClient::OnCurlWrite;
  callbacks.on_read = &HttpClient::OnCurlRead;
  callbacks.data = request;
  callbacks.error_buffer = request->error_buffer;
  request->header_list = ConfigureEasy(easy, request->spec, callbacks);
  request->easy = easy;
  CURLMcode added = curl_multi_add_handle(AsMulti(multi_), easy);
  if (added != CURLM_OK) {
    request->easy = nullptr;
    curl_easy_cleanup(easy);
    curl_slist_free_all(request->header_list);
    request->header_list = nullptr;
    return absl::InternalError(
        absl::StrCat("curl_multi_add_handle: ", curl_multi_strerror(added)));
  }
  request->phase = Request::Phase::kActive;
  ++active_;
  return absl::OkStatus();
}

void HttpClient::StartQueued() {
  while (active_ < options_.max_concurrent && !queue_.empty()) {
    Request* request = Find(queue_.front());
    queue_.pop_front();
    if (request == nullptr) continue;
    if (absl::Status status = Activate(request); !status.ok()) {
      request->phase = Request::Phase::kFinished;
      request->finished = true;
      request->error = MakeHttpError(HttpErrorKind::kOther, "ENOMEM",
                                     std::string(status.message()));
      MarkReady(request);
    }
  }
}

void HttpClient::ReleaseCurl(Request* request) {
  if (request->easy != nullptr) {
    curl_multi_remove_handle(AsMulti(multi_), request->easy);
    // Kept for the next request: a fresh easy handle costs more than a
    // reset one (curl_easy_reset keeps no options, only allocations).
    if (idle_easies_.size() < options_.max_concurrent && multi_ != nullptr &&
        !destroying_) {
      curl_easy_reset(request->easy);
      idle_easies_.push_back(request->easy);
    } else {
      curl_easy_cleanup(request->easy);
    }
    request->easy = nullptr;
    --active_;
  }
  curl_slist_free_all(request->header_list);
  request->header_list = nullptr;
  request->recv_paused = false;
  request->send_paused = false;
}

void HttpClient::SocketAction(int fd, int flags) {
  int running = 0;
  curl_multi_socket_action(AsMulti(multi_), fd, flags, &running);
  CollectFinished();
  Dispatch();
}

void HttpClient::CollectFinished() {
  int left = 0;
  while (CURLMsg* message = curl_multi_info_read(AsMulti(multi_), &left)) {
    if (message->msg != CURLMSG_DONE) continue;
    CURL* easy = message->easy_handle;
    CURLcode result = message->data.result;
    char* data = nullptr;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, &data);
    auto* request = reinterpret_cast<Request*>(data);

    ReadTimings(easy, &request->timings);
    stats_.connections += request->timings.new_connections;
    if (result == CURLE_OK && !request->head_complete) {
      request->error = MakeHttpError(HttpErrorKind::kProtocol, "EPROTO",
                                     "no response head");
    } else if (result != CURLE_OK) {
      if (request->too_large) {
        request->error = MakeHttpError(
            HttpErrorKind::kBodyTooLarge, "UND_ERR_RES_EXCEEDED_MAX_SIZE",
            absl::StrCat("response body larger than ",
                         request->spec.max_response_body_bytes, " bytes"));
      } else {
        long os_errno = 0;
        long verify = 0;
        curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &os_errno);
        curl_easy_getinfo(easy, CURLINFO_SSL_VERIFYRESULT, &verify);
        std::string_view detail = request->error_buffer;
        if (detail.empty()) detail = curl_easy_strerror(result);
        request->error = ErrorFromCurl(result, static_cast<int>(os_errno),
                                       verify, detail);
      }
    }
    // `message` is invalid from here on.
    ReleaseCurl(request);
    request->phase = Request::Phase::kFinished;
    request->finished = true;
    if (request->error.has_value()) {
      // An error goes out at once: undelivered body is dropped.
      buffered_bytes_ -= request->body_buffered;
      request->body.clear();
      request->body_buffered = 0;
    }
    buffered_bytes_ -= request->upload_buffered;
    request->upload.clear();
    request->upload_buffered = 0;
    MarkReady(request);
  }
  StartQueued();
}

// ---- libcurl's callbacks: inside libcurl, so they only record -----------------

int HttpClient::OnCurlSocket(void* easy, int fd, int what, void* client,
                             void* watch_pointer) {
  auto* self = static_cast<HttpClient*>(client);
  auto* watch = static_cast<SocketWatch*>(watch_pointer);
  if (what == CURL_POLL_REMOVE) {
    // curl tells us before it closes the socket, so the poll handle is
    // stopped while the descriptor is still valid.
    if (watch != nullptr && self->watches_.erase(watch) > 0) {
      uv_poll_stop(&watch->poll);
      uv_close(AsHandle(&watch->poll), [](uv_handle_t* handle) {
        delete static_cast<SocketWatch*>(handle->data);
      });
      // Not while ~HttpClient runs curl_multi_cleanup() (it is closing
      // every socket; there is nothing left to assign to).
      if (!self->destroying_) {
        curl_multi_assign(AsMulti(self->multi_), fd, nullptr);
      }
    }
    return 0;
  }
  // A socket we cannot watch fails its transfer, from the next dispatch.
  // (Returning -1 would make libcurl 7.88 mark the whole multi handle dead.)
  auto fail = [&](int uv_error) {
    char* data = nullptr;
    curl_easy_getinfo(static_cast<CURL*>(easy), CURLINFO_PRIVATE, &data);
    if (data == nullptr) return 0;
    auto* request = reinterpret_cast<Request*>(data);
    request->watch_error = uv_error;
    self->MarkReady(request);
    self->ScheduleDispatch();
    return 0;
  };
  if (watch == nullptr) {
    watch = new SocketWatch;
    if (int error = uv_poll_init_socket(self->loop_->uv_loop(), &watch->poll, fd);
        error != 0) {
      delete watch;
      return fail(error);
    }
    watch->poll.data = watch;
    watch->client = self;
    watch->fd = fd;
    // The client's keep-alive decides whether the loop waits for us.
    uv_unref(AsHandle(&watch->poll));
    self->watches_.insert(watch);
    curl_multi_assign(AsMulti(self->multi_), fd, watch);
  }
  int events = 0;
  if (what & CURL_POLL_IN) events |= UV_READABLE;
  if (what & CURL_POLL_OUT) events |= UV_WRITABLE;
  if (int error = uv_poll_start(&watch->poll, events, &HttpClient::OnPoll);
      error != 0) {
    return fail(error);
  }
  return 0;
}

int HttpClient::OnCurlTimer(void* multi, long timeout_ms, void* client) {
  auto* self = static_cast<HttpClient*>(client);
  if (timeout_ms < 0) {
    uv_timer_stop(self->timer_);
  } else {
    // 0 means "as soon as possible": the next turn's timers phase (never
    // from inside this callback: curl forbids re-entering it).
    uv_timer_start(self->timer_, &HttpClient::OnTimer,
                   static_cast<uint64_t>(timeout_ms), 0);
  }
  return 0;
}

size_t HttpClient::OnCurlHeader(char* data, size_t size, size_t count,
                                void* request_pointer) {
  auto* request = static_cast<Request*>(request_pointer);
  size_t length = size * count;
  std::string_view line(data, length);
  if (request->head_complete) {
    // Trailers (not kept), or a new head after a final one (never, with
    // redirects and proxies off).
    return length;
  }
  if (AddHeadLine(line, &request->head)) {
    request->head_complete = true;
    if (const std::string* location = request->head.Find("location")) {
      request->head.location = *location;
      request->head.redirect_url = ResolveUrl(request->spec.url, *location);
    }
    request->client->MarkReady(request);
  }
  return length;
}

size_t HttpClient::OnCurlWrite(char* data, size_t size, size_t count,
                               void* request_pointer) {
  auto* request = static_cast<Request*>(request_pointer);
  HttpClient* self = request->client;
  size_t length = size * count;
  if (length == 0) return 0;
  // Back-pressure: curl keeps this chunk and offers it again once we
  // unpause. A request with nothing buffered always takes one chunk, so
  // it can never be starved by other requests' full buffers.
  if (request->body_buffered > 0 &&
      (request->consumer_paused ||
       request->body_buffered >= self->options_.request_buffer_bytes ||
       self->OverBudget(length))) {
    request->recv_paused = true;
    self->MarkReady(request);
    return CURL_WRITEFUNC_PAUSE;
  }
  uint64_t limit = request->spec.max_response_body_bytes;
  if (limit > 0 && request->body_received + length > limit) {
    request->too_large = true;
    return 0;  // curl fails the transfer with CURLE_WRITE_ERROR
  }
  request->body_received += length;
  request->body_buffered += length;
  self->buffered_bytes_ += length;
  request->body.emplace_back(data, length);
  self->MarkReady(request);
  return length;
}

size_t HttpClient::OnCurlRead(char* buffer, size_t size, size_t count,
                              void* request_pointer) {
  auto* request = static_cast<Request*>(request_pointer);
  HttpClient* self = request->client;
  size_t room = size * count;
  size_t copied = 0;
  while (copied < room && !request->upload.empty()) {
    const std::string& front = request->upload.front();
    size_t take = std::min(room - copied, front.size() - request->upload_offset);
    std::memcpy(buffer + copied, front.data() + request->upload_offset, take);
    copied += take;
    request->upload_offset += take;
    if (request->upload_offset == front.size()) {
      request->upload.pop_front();
      request->upload_offset = 0;
    }
  }
  request->upload_buffered -= copied;
  self->buffered_bytes_ -= copied;
  if (copied > 0) return copied;
  if (request->upload_finished) return 0;  // end of body
  request->send_paused = true;
  request->body_wanted = true;
  self->MarkReady(request);
  return CURL_READFUNC_PAUSE;
}

// ---- libuv's callbacks ------------------------------------------------------

void HttpClient::OnPoll(uv_poll_t* poll, int status, int events) {
  auto* watch = static_cast<SocketWatch*>(poll->data);
  int flags = 0;
  if (status < 0) {
    flags = CURL_CSELECT_ERR;
  } else {
    if (events & UV_READABLE) flags |= CURL_CSELECT_IN;
    if (events & UV_WRITABLE) flags |= CURL_CSELECT_OUT;
  }
  // `watch` may be closed during the call; it is not used after it.
  watch->client->SocketAction(watch->fd, flags);
}

void HttpClient::OnTimer(uv_timer_t* timer) {
  static_cast<HttpClient*>(timer->data)->SocketAction(CURL_SOCKET_TIMEOUT, 0);
}

// ---- handing events out -----------------------------------------------------

void HttpClient::MarkReady(Request* request) {
  if (request->ready || request->retired) return;
  request->ready = true;
  ready_.push_back(request->id);
}

void HttpClient::ScheduleDispatch() {
  if (dispatching_ || dispatch_scheduled_ || ready_.empty()) return;
  dispatch_scheduled_ = true;
  dispatch_immediate_ = loop_->SetImmediate([this] {
    dispatch_scheduled_ = false;
    Dispatch();
  });
}

void HttpClient::Dispatch() {
  // Re-entered from a handler (through a public call): the outer loop
  // below picks up whatever the call made ready.
  if (dispatching_) return;
  dispatching_ = true;
  while (!ready_.empty() && !loop_->stopped()) {
    RequestId id = ready_.front();
    ready_.pop_front();
    Request* request = Find(id);
    if (request == nullptr) continue;
    request->ready = false;
    Deliver(request);
  }
  dispatching_ = false;
  // Handlers of requests that ended during the dispatch; their destructors
  // must not call the client (see HttpResponseHandler).
  retired_.clear();
}

void HttpClient::Deliver(Request* request) {
  // Each handler call is its own loop callback; after each one the request
  // may have been cancelled (it then stays alive in retired_ until the
  // dispatch ends, but gets no more events).
  auto call = [this](auto&& body) { loop_->RunCallback(body); };
  if (request->watch_error != 0 && !request->finished) {
    // OnCurlSocket() could not watch its socket: end it here, outside curl.
    ReleaseCurl(request);
    request->phase = Request::Phase::kFinished;
    request->finished = true;
    request->error = MakeHttpError(
        HttpErrorKind::kNetwork, ErrnoName(-request->watch_error),
        absl::StrCat("cannot watch the socket: ",
                     uv_strerror(request->watch_error)));
    StartQueued();
  }
  while (!request->retired && !loop_->stopped()) {
    if (request->head_complete && !request->head_delivered) {
      request->head_delivered = true;
      call([&] { request->handler->OnHead(request->id, request->head); });
      continue;
    }
    if (request->body_wanted) {
      request->body_wanted = false;
      call([&] { request->handler->OnBodyWanted(request->id); });
      continue;
    }
    if (request->finished && request->error.has_value()) {
      ++stats_.failed;
      HttpError error = std::move(*request->error);
      request->error.reset();
      Retire(request);
      call([&] {
        request->handler->OnError(request->id, error, request->timings);
      });
      return;
    }
    if (!request->body.empty() && !request->consumer_paused) {
      std::string chunk = std::move(request->body.front());
      request->body.pop_front();
      // curl writes at most 16 KiB at a time; hand out what waits in
      // fewer, larger pieces (as a socket read would), each one event.
      while (!request->body.empty() &&
             chunk.size() + request->body.front().size() <= kMaxChunkBytes) {
        chunk += request->body.front();
        request->body.pop_front();
      }
      request->body_buffered -= chunk.size();
      buffered_bytes_ -= chunk.size();
      call([&] { request->handler->OnBody(request->id, std::move(chunk)); });
      continue;
    }
    if (request->finished && request->body.empty()) {
      ++stats_.completed;
      Retire(request);
      call([&] { request->handler->OnComplete(request->id, request->timings); });
      return;
    }
    // Nothing to hand out: let curl read on if it was held back for us.
    if (request->recv_paused && !request->consumer_paused &&
        request->body.empty() && request->easy != nullptr) {
      request->recv_paused = false;
      // May call OnCurlWrite at once with what curl held back.
      ApplyPause(request);
      if (!request->body.empty()) continue;
    }
    break;
  }
  UpdateRef(request);
}

void HttpClient::SetSendPaused(Request* request, bool paused) {
  request->send_paused = paused;
  if (request->easy != nullptr) ApplyPause(request);
}

void HttpClient::ApplyPause(Request* request) {
  // curl_easy_pause() sets both directions at once.
  int bits = (request->recv_paused ? CURLPAUSE_RECV : 0) |
             (request->send_paused ? CURLPAUSE_SEND : 0);
  curl_easy_pause(request->easy, bits);
}

void HttpClient::Retire(Request* request) {
  if (request->phase == Request::Phase::kQueued) {
    auto it = std::find(queue_.begin(), queue_.end(), request->id);
    if (it != queue_.end()) queue_.erase(it);
  }
  ReleaseCurl(request);
  request->phase = Request::Phase::kFinished;
  buffered_bytes_ -= request->body_buffered + request->upload_buffered;
  request->body.clear();
  request->upload.clear();
  request->body_buffered = 0;
  request->upload_buffered = 0;
  request->retired = true;
  UpdateRef(request);
  auto it = requests_.find(request->id);
  ISOHOST_CHECK(it != requests_.end());
  std::unique_ptr<Request> owned = std::move(it->second);
  requests_.erase(it);
  if (dispatching_) {
    retired_.push_back(std::move(owned));
  }
  // else: destroyed here, handler included.
}

void HttpClient::UpdateRef(Request* request) {
  bool blocked_on_consumer =
      request->consumer_paused &&
      (request->recv_paused ||
       (request->finished && !request->error && !request->body.empty()));
  bool blocked_on_producer =
      request->spec.body_mode == BodyMode::kStream && request->send_paused &&
      request->upload.empty() && !request->upload_finished;
  bool has_event =
      (request->head_complete && !request->head_delivered) ||
      request->body_wanted;
  bool wants =
      !request->retired &&
      (has_event || !(blocked_on_consumer || blocked_on_producer));
  if (wants != request->holds_ref) {
    request->holds_ref = wants;
    if (wants) {
      ++refs_;
    } else {
      --refs_;
    }
  }
  bool keep = refs_ > 0;
  if (keep != holds_keep_alive_) {
    holds_keep_alive_ = keep;
    if (keep) {
      loop_->AddKeepAlive();
    } else {
      loop_->ReleaseKeepAlive();
    }
  }
}

HttpClient::Request* HttpClient::Find(RequestId id) const {
  auto it = requests_.find(id);
  return it == requests_.end() ? nullptr : it->second.get();
}

bool HttpClient::OverBudget(size_t incoming) const {
  return buffered_bytes_ + incoming > options_.max_buffered_bytes;
}

}  // namespace isohost::loop::http
