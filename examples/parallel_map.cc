// examples/parallel_map.cc: spread work over N JS workers, gather results.
//
//   bazel run //examples:parallel_map -- [workers] [items]
//
// Every worker runs the same map function (here: count the primes below
// n). C++ deals the items out round-robin as messages, each worker answers
// {index, result}, and C++ puts the results back in order.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "host/host.h"

namespace {

constexpr char kMapper[] = R"js(
  function countPrimes(limit) {
    let count = 0;
    for (let n = 2; n < limit; n++) {
      let prime = true;
      for (let d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break; }
      if (prime) count++;
    }
    return count;
  }
  onmessage = ({ data }) => {
    postMessage({ index: data.index, result: countPrimes(data.limit) });
  };
)js";

}  // namespace

int main(int argc, char** argv) {
  int workers = argc > 1 ? std::atoi(argv[1]) : 4;
  int items = argc > 2 ? std::atoi(argv[2]) : 40;
  if (workers < 1 || items < 1) {
    std::fprintf(stderr, "usage: parallel_map [workers >= 1] [items >= 1]\n");
    return 2;
  }

  absl::StatusOr<std::unique_ptr<isohost::Host>> host = isohost::Host::Create();
  if (!host.ok()) {
    std::fprintf(stderr, "%s\n", host.status().ToString().c_str());
    return 1;
  }
  std::vector<std::unique_ptr<isohost::Worker>> pool;
  for (int i = 0; i < workers; ++i) {
    isohost::WorkerOptions options;
    options.name = "mapper-" + std::to_string(i);
    options.source = kMapper;
    absl::StatusOr<std::unique_ptr<isohost::Worker>> worker =
        (*host)->Spawn(options);
    if (!worker.ok()) {
      std::fprintf(stderr, "spawn: %s\n", worker.status().ToString().c_str());
      return 1;
    }
    pool.push_back(std::move(*worker));
  }

  // Scatter.
  for (int i = 0; i < items; ++i) {
    isohost::Value job = isohost::Value::Object()
                             .Set("index", isohost::Value::Number(i))
                             .Set("limit", isohost::Value::Number(1000 * (i + 1)));
    absl::Status status = pool[i % workers]->PostMessage(job);
    if (!status.ok()) {
      std::fprintf(stderr, "post: %s\n", status.ToString().c_str());
      return 1;
    }
  }
  // Gather: worker w answers items w, w + workers, ...
  std::vector<double> results(items);
  for (int i = 0; i < items; ++i) {
    absl::StatusOr<isohost::Message> reply =
        pool[i % workers]->Receive(absl::Seconds(60));
    if (!reply.ok()) {
      std::fprintf(stderr, "receive: %s\n", reply.status().ToString().c_str());
      return 1;
    }
    absl::StatusOr<isohost::Value> value = reply->Decode();
    if (!value.ok() || value->Find("index") == nullptr) {
      std::fprintf(stderr, "bad reply\n");
      return 1;
    }
    results[static_cast<int>(value->Find("index")->number())] =
        value->Find("result")->number();
  }
  double total = 0;
  for (double result : results) total += result;
  std::printf("items=%d workers=%d primes(below 1000)=%.0f primes(below %d)=%.0f sum=%.0f\n",
              items, workers, results.front(), 1000 * items, results.back(),
              total);
  for (auto& worker : pool) {
    worker->Terminate();
    worker->Join();
  }
  return 0;
}
