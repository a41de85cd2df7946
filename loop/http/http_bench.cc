// http_bench: requests/s of N concurrent GETs through one HttpClient on one
// loop thread (what one runtime's fetch() could do at most), for comparing
// with `wrk -c N` against the same server:
//
//   bazel run -c opt //loop/http:http_bench -- http://127.0.0.1:8080/ 64 5
//   bazel run -c opt //loop/http:http_bench -- https://127.0.0.1:8443/ 64 5 ca.pem
//
// Each request starts the next one from its OnComplete, so N stay in
// flight; keep-alive connections are reused.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "loop/event_loop.h"
#include "loop/http/http_client.h"

namespace isohost::loop::http {
namespace {

struct Bench {
  EventLoop loop;
  std::unique_ptr<HttpClient> client;
  std::string url;
  std::string ca_file;
  std::string http_version;
  uint64_t deadline_ns = 0;
  uint64_t completed = 0;
  uint64_t failed = 0;
  uint64_t body_bytes = 0;
  std::string first_error;

  void StartOne();
};

class Handler : public HttpResponseHandler {
 public:
  explicit Handler(Bench* bench) : bench_(bench) {}
  void OnHead(RequestId, const ResponseHead& head) override {
    if (bench_->http_version.empty()) bench_->http_version = head.http_version;
  }
  void OnBody(RequestId, std::string chunk) override {
    bench_->body_bytes += chunk.size();
  }
  void OnComplete(RequestId, const Timings&) override {
    ++bench_->completed;
    bench_->StartOne();
  }
  void OnError(RequestId, const HttpError& error, const Timings&) override {
    if (bench_->failed++ == 0) bench_->first_error = error.message;
    bench_->StartOne();
  }

 private:
  Bench* bench_;
};

void Bench::StartOne() {
  if (uv_hrtime() >= deadline_ns) return;
  HttpRequest request;
  request.url = url;
  request.ca_file = ca_file;
  auto id = client->Start(std::move(request), std::make_unique<Handler>(this));
  if (!id.ok()) {
    std::fprintf(stderr, "http_bench: %s\n", id.status().ToString().c_str());
    std::exit(1);
  }
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: http_bench URL [concurrency] [seconds] [ca-file]\n");
    return 2;
  }
  int concurrency = argc > 2 ? std::atoi(argv[2]) : 64;
  double seconds = argc > 3 ? std::atof(argv[3]) : 5;
  Bench bench;
  HttpClient::Options options;
  options.max_concurrent = static_cast<size_t>(concurrency);
  options.max_idle_connections = static_cast<size_t>(concurrency);
  bench.client = *HttpClient::Create(&bench.loop, options);
  bench.url = argv[1];
  if (argc > 4) bench.ca_file = argv[4];
  uint64_t start = uv_hrtime();
  bench.deadline_ns = start + static_cast<uint64_t>(seconds * 1e9);
  for (int i = 0; i < concurrency; ++i) bench.StartOne();
  bench.loop.Run();
  double elapsed = static_cast<double>(uv_hrtime() - start) / 1e9;
  HttpClient::Stats stats = bench.client->stats();
  std::printf(
      "HTTP/%s, %d concurrent, %.2f s: %llu ok, %llu failed, %.0f req/s, "
      "%llu connections, %llu body bytes\n",
      bench.http_version.c_str(), concurrency, elapsed, static_cast<unsigned long long>(bench.completed),
      static_cast<unsigned long long>(bench.failed),
      static_cast<double>(bench.completed) / elapsed,
      static_cast<unsigned long long>(stats.connections),
      static_cast<unsigned long long>(bench.body_bytes));
  if (!bench.first_error.empty()) {
    std::printf("first error: %s\n", bench.first_error.c_str());
  }
  bench.client.reset();
  return bench.failed == 0 ? 0 : 1;
}

}  // namespace
}  // namespace isohost::loop::http

int main(int argc, char** argv) {
  return isohost::loop::http::Main(argc, argv);
}
