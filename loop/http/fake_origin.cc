#include "loop/http/fake_origin.h"

#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "loop/check.h"
#include "loop/http/text.h"

namespace isohost::loop::http {
namespace {

uv_handle_t* AsHandle(void* handle) {
  return reinterpret_cast<uv_handle_t*>(handle);
}

struct WriteRequest {
  uv_write_t request;
  std::string bytes;
};

const char* Reason(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    default: return "Whatever";
  }
}

std::vector<std::string_view> Split(std::string_view text,
                                    std::string_view separator) {
  std::vector<std::string_view> parts;
  while (true) {
    size_t at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + separator.size());
  }
}

// Parses a chunked body starting at `pos`. Returns the offset after it, or
// 0 when more input is needed, or npos when it is malformed.
size_t ParseChunked(const std::string& in, size_t pos, std::string* body) {
  while (true) {
    size_t line_end = in.find("\r\n", pos);
    if (line_end == std::string::npos) return 0;
    std::string_view size_text(in.data() + pos, line_end - pos);
    size_text = size_text.substr(0, size_text.find(';'));
    size_text = TrimWhitespace(size_text);
    uint64_t size = 0;
    if (size_text.empty() ||
        !absl::SimpleHexAtoi(absl::string_view(size_text.data(), size_text.size()),
                             &size)) {
      return std::string::npos;
    }
    pos = line_end + 2;
    if (size == 0) {
      // Trailers (none expected), then an empty line.
      size_t end = in.find("\r\n", pos);
      while (end != std::string::npos && end != pos) {
        pos = end + 2;
        end = in.find("\r\n", pos);
      }
      if (end == std::string::npos) return 0;
      return end + 2;
    }
    if (in.size() < pos + size + 2) return 0;
    body->append(in, pos, size);
    pos += size + 2;
  }
}

}  // namespace

const std::string* FakeOrigin::Request::Find(std::string_view name) const {
  for (const Header& header : headers) {
    if (EqualsIgnoreCase(header.name, name)) return &header.value;
  }
  return nullptr;
}

// ---- Connection -------------------------------------------------------------

void FakeOrigin::Connection::Write(std::string bytes) {
  if (!open_ || closing_ || bytes.empty()) return;
  auto* write = new WriteRequest;
  write->bytes = std::move(bytes);
  uv_buf_t buf = uv_buf_init(write->bytes.data(),
                             static_cast<unsigned>(write->bytes.size()));
  int result = uv_write(&write->request, reinterpret_cast<uv_stream_t*>(&tcp_),
                        &buf, 1, [](uv_write_t* request, int status) {
                          delete reinterpret_cast<WriteRequest*>(request);
                        });
  if (result != 0) delete write;
}

void FakeOrigin::Connection::End() {
  if (!open_ || closing_) return;
  closing_ = true;
  auto* shutdown = new uv_shutdown_t;
  shutdown->data = this;
  int result = uv_shutdown(shutdown, reinterpret_cast<uv_stream_t*>(&tcp_),
                           [](uv_shutdown_t* request, int status) {
                             auto* self =
                                 static_cast<Connection*>(request->data);
                             delete request;
                             self->Close();
                           });
  if (result != 0) {
    delete shutdown;
    Close();
  }
}

void FakeOrigin::Connection::Reset() {
  if (!open_) return;
  closing_ = true;
  open_ = false;
  ++origin_->closing_handles_;
  uv_read_stop(reinterpret_cast<uv_stream_t*>(&tcp_));
  auto on_close = [](uv_handle_t* handle) {
    auto* self = static_cast<Connection*>(handle->data);
    --self->origin_->closing_handles_;
  };
  if (uv_tcp_close_reset(&tcp_, on_close) != 0) {
    uv_close(AsHandle(&tcp_), on_close);
  }
}

void FakeOrigin::Connection::Close() {
  if (!open_) return;
  open_ = false;
  closing_ = true;
  ++origin_->closing_handles_;
  uv_close(AsHandle(&tcp_), [](uv_handle_t* handle) {
    auto* self = static_cast<Connection*>(handle->data);
    --self->origin_->closing_handles_;
  });
}

size_t FakeOrigin::Connection::write_queue_bytes() const {
  if (!open_) return 0;
  return uv_stream_get_write_queue_size(
      reinterpret_cast<const uv_stream_t*>(&tcp_));
}

// ---- FakeOrigin -------------------------------------------------------------

FakeOrigin::FakeOrigin(uv_loop_t* loop) : loop_(loop) {
  ISOHOST_CHECK(uv_tcp_init(loop_, &listener_) == 0);
  listener_.data = this;
  sockaddr_in address;
  ISOHOST_CHECK(uv_ip4_addr("127.0.0.1", 0, &address) == 0);
  ISOHOST_CHECK(uv_tcp_bind(&listener_,
                            reinterpret_cast<const sockaddr*>(&address), 0) == 0);
  ISOHOST_CHECK(uv_listen(reinterpret_cast<uv_stream_t*>(&listener_), 128,
                          &FakeOrigin::OnConnection) == 0);
  sockaddr_storage bound;
  int length = sizeof(bound);
  ISOHOST_CHECK(uv_tcp_getsockname(&listener_,
                                   reinterpret_cast<sockaddr*>(&bound),
                                   &length) == 0);
  port_ = ntohs(reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
  uv_unref(AsHandle(&listener_));
}

FakeOrigin::~FakeOrigin() {
  for (auto& connection : connections_) connection->Close();
  ++closing_handles_;
  uv_close(AsHandle(&listener_), [](uv_handle_t* handle) {
    --static_cast<FakeOrigin*>(handle->data)->closing_handles_;
  });
  while (closing_handles_ > 0) uv_run(loop_, UV_RUN_NOWAIT);
}

std::string FakeOrigin::Url(std::string_view path) const {
  return absl::StrCat("http://127.0.0.1:", port_, std::string(path));
}

void FakeOrigin::Route(std::string path, Responder responder) {
  routes_[std::move(path)] = std::move(responder);
}

int FakeOrigin::open_connections() const {
  int open = 0;
  for (const auto& connection : connections_) open += connection->open() ? 1 : 0;
  return open;
}

std::string FakeOrigin::Response(int status, std::string_view body,
                                 std::string_view extra_headers) {
  return absl::StrCat("HTTP/1.1 ", status, " ", Reason(status),
                      "\r\nContent-Length: ", body.size(), "\r\n",
                      std::string(extra_headers), "\r\n", std::string(body));
}

std::string FakeOrigin::Chunk(std::string_view data) {
  return absl::StrCat(absl::Hex(data.size()), "\r\n", std::string(data), "\r\n");
}

void FakeOrigin::OnConnection(uv_stream_t* server, int status) {
  auto* self = static_cast<FakeOrigin*>(server->data);
  if (status != 0) return;
  auto connection = std::make_unique<Connection>();
  Connection* raw = connection.get();
  raw->origin_ = self;
  raw->id_ = ++self->accepted_;
  ISOHOST_CHECK(uv_tcp_init(self->loop_, &raw->tcp_) == 0);
  raw->tcp_.data = raw;
  self->connections_.push_back(std::move(connection));
  if (uv_accept(server, reinterpret_cast<uv_stream_t*>(&raw->tcp_)) != 0) {
    raw->Close();
    return;
  }
  uv_unref(AsHandle(&raw->tcp_));
  if (self->send_buffer_ > 0) {
    int size = self->send_buffer_;
    uv_send_buffer_size(AsHandle(&raw->tcp_), &size);
  }
  uv_read_start(
      reinterpret_cast<uv_stream_t*>(&raw->tcp_),
      [](uv_handle_t*, size_t suggested, uv_buf_t* buf) {
        buf->base = static_cast<char*>(std::malloc(suggested));
        buf->len = buf->base == nullptr ? 0 : suggested;
      },
      [](uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
        auto* connection = static_cast<Connection*>(stream->data);
        connection->origin_->OnRead(connection, nread, buf);
        std::free(buf->base);
      });
}

void FakeOrigin::OnRead(Connection* connection, ssize_t nread,
                        const uv_buf_t* buf) {
  if (nread < 0) {  // EOF or error: the client went away
    connection->Close();
    return;
  }
  connection->in_.append(buf->base, static_cast<size_t>(nread));
  if (!Parse(connection)) connection->Reset();
}

bool FakeOrigin::Parse(Connection* connection) {
  std::string& in = connection->in_;
  while (connection->open() && !connection->closing_) {
    size_t head_end = in.find("\r\n\r\n");
    if (head_end == std::string::npos) return in.size() < (64u << 10);
    std::vector<std::string_view> lines =
        Split(std::string_view(in.data(), head_end), "\r\n");
    std::vector<std::string_view> first = Split(lines[0], " ");
    if (first.size() != 3 || !first[2].starts_with("HTTP/1.")) {
      return false;
    }
    Request request;
    request.connection = connection->id();
    request.method = std::string(first[0]);
    request.target = std::string(first[1]);
    for (size_t i = 1; i < lines.size(); ++i) {
      size_t colon = lines[i].find(':');
      if (colon == std::string_view::npos) return false;
      request.headers.push_back(Header{
          std::string(lines[i].substr(0, colon)),
          std::string(TrimWhitespace(lines[i].substr(colon + 1)))});
    }
    size_t body_start = head_end + 4;
    size_t consumed = 0;
    const std::string* encoding = request.Find("transfer-encoding");
    if (encoding != nullptr && EqualsIgnoreCase(*encoding, "chunked")) {
      request.chunked = true;
      consumed = ParseChunked(in, body_start, &request.body);
      if (consumed == std::string::npos) return false;
      if (consumed == 0) return true;  // wait for more
    } else {
      uint64_t length = 0;
      if (const std::string* text = request.Find("content-length")) {
        if (!absl::SimpleAtoi(*text, &length)) return false;
      }
      if (in.size() < body_start + length) return true;
      request.body = in.substr(body_start, length);
      consumed = body_start + length;
    }
    in.erase(0, consumed);
    requests_.push_back(request);
    std::string path = request.target.substr(0, request.target.find('?'));
    auto route = routes_.find(path);
    if (route == routes_.end()) {
      connection->Write(Response(404, "not found"));
    } else {
      route->second(connection, request);
    }
  }
  return true;
}

}  // namespace isohost::loop::http
