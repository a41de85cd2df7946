// examples/service_loop.cc: a request/response service in a JS worker.
//
//   bazel run //examples:service_loop
//
// The worker is a small key-value service with an async handler; C++ sends
// requests as JSON with an id, and matches each reply to its request by id
// (replies may come back in any order). Replies are handled by a callback
// that runs on this thread, through a tiny executor.
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <string>

#include "absl/synchronization/mutex.h"
#include "host/host.h"

namespace {

constexpr char kService[] = R"js(
  const store = new Map();
  const handlers = {
    async put({ key, value }) { store.set(key, value); return { ok: true }; },
    async get({ key }) {
      // Pretend to look somewhere slow: answers can overtake each other.
      await new Promise((resolve) => setTimeout(resolve, key.length));
      return store.has(key) ? { value: store.get(key) } : { error: 'no such key' };
    },
    async size() { return { size: store.size }; },
  };
  onmessage = async ({ data: request }) => {
    const handler = handlers[request.op];
    const reply = handler ? await handler(request)
                          : { error: `unknown op ${request.op}` };
    postMessage({ id: request.id, ...reply });
  };
)js";

// Runs posted tasks on the thread that calls RunUntil().
class TaskQueue {
 public:
  void Post(std::function<void()> task) {
    absl::MutexLock lock(&mu_);
    tasks_.push_back(std::move(task));
  }
  void RunUntil(const std::function<bool()>& done) {
    while (!done()) {
      std::function<void()> task;
      {
        absl::MutexLock lock(&mu_);
        auto ready = [this]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
          return !tasks_.empty();
        };
        mu_.Await(absl::Condition(&ready));
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
    }
  }

 private:
  absl::Mutex mu_;
  std::deque<std::function<void()>> tasks_ ABSL_GUARDED_BY(mu_);
};

}  // namespace

int main() {
  absl::StatusOr<std::unique_ptr<isohost::Host>> host = isohost::Host::Create();
  if (!host.ok()) return 1;
  isohost::WorkerOptions options;
  options.name = "kv-service";
  options.source = kService;
  absl::StatusOr<std::unique_ptr<isohost::Worker>> service =
      (*host)->Spawn(options);
  if (!service.ok()) {
    std::fprintf(stderr, "spawn: %s\n", service.status().ToString().c_str());
    return 1;
  }

  TaskQueue queue;
  std::map<int, std::string> pending;  // id -> request, this thread only
  (*service)->SetMessageHandler(
      [&pending](isohost::Message message) {
        absl::StatusOr<isohost::Value> reply = message.Decode();
        if (!reply.ok()) return;
        int id = static_cast<int>(reply->Find("id")->number());
        std::printf("%-40s -> %s\n", pending[id].c_str(),
                    reply->ToJson().c_str());
        pending.erase(id);
      },
      [&queue](std::function<void()> task) { queue.Post(std::move(task)); });

  const char* requests[] = {
      R"({"op": "put", "key": "language", "value": "JavaScript"})",
      R"({"op": "put", "key": "host", "value": "isohost"})",
      R"({"op": "get", "key": "language"})",
      R"({"op": "get", "key": "host"})",
      R"({"op": "get", "key": "missing"})",
      R"({"op": "size"})",
      R"({"op": "delete", "key": "host"})",
  };
  int id = 0;
  for (const char* text : requests) {
    absl::StatusOr<isohost::Value> request = isohost::Value::FromJson(text);
    request->Set("id", isohost::Value::Number(++id));
    pending[id] = text;
    absl::Status status = (*service)->PostMessage(*request);
    if (!status.ok()) {
      std::fprintf(stderr, "post: %s\n", status.ToString().c_str());
      return 1;
    }
  }
  // Bad input is a status, not a crash.
  absl::Status bad = (*service)->PostJson("{\"op\": get}");
  std::printf("invalid request rejected: %s\n", bad.ToString().c_str());

  queue.RunUntil([&pending] { return pending.empty(); });
  isohost::WorkerStats stats = (*service)->Stats();
  std::printf("messages in=%llu out=%llu\n",
              static_cast<unsigned long long>(stats.messages_in),
              static_cast<unsigned long long>(stats.messages_out));
  (*service)->Terminate();
  (*service)->Join();
  return 0;
}
