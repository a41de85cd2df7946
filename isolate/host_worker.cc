#include "isolate/host_worker.h"

#include <uv.h>

#include "isolate/runtime.h"
#include "isolate/v8_process.h"
#include "isolate/worker.h"

namespace isohost::isolate {

std::unique_ptr<HostWorkerThread> HostWorkerThread::Start(
    RuntimeOptions options, Callbacks callbacks) {
  std::unique_ptr<HostWorkerThread> worker(new HostWorkerThread());
  worker->control_ = std::make_shared<WorkerControl>();
  options.worker->control = worker->control_;
  uint64_t stack_bytes = options.limits.stack_bytes;
  std::shared_ptr<WorkerControl> control = worker->control_;
  worker->thread_.Start(stack_bytes, [options = std::move(options), control,
                                      callbacks = std::move(callbacks)]() mutable {
    std::shared_ptr<V8Process> v8 = V8Process::Acquire();
    ExitRecord record;
    RuntimeStats stats;
    {
      absl::StatusOr<std::unique_ptr<Runtime>> runtime =
          Runtime::Create(v8, std::move(options));
      if (!runtime.ok()) {
        callbacks.loaded(runtime.status());
        record.code = 1;
        record.reason = ExitRecord::Reason::kSetupFailed;
        record.message = std::string(runtime.status().message());
      } else {
        record = Runtime::RunContained(
            std::move(*runtime), [&callbacks, &stats](Runtime& runtime) {
              callbacks.loaded(runtime.Load());
              ExitRecord record = runtime.Run();
              stats = CollectRuntimeStats(runtime.isolate());
              return record;
            });
      }
      // The runtime, and with it the worker's end of its port (which tells
      // the C++ side "closed"), goes here on its own thread.
    }
    if (control->termination_requested()) {
      record.stop_latency_ms =
          (uv_hrtime() - control->termination_requested_ns()) / 1e6;
    }
    callbacks.exited(std::move(record), stats);
  });
  return worker;
}

HostWorkerThread::~HostWorkerThread() {
  Terminate();
  Join();
}

void HostWorkerThread::Terminate() { control_->RequestTermination(); }

void HostWorkerThread::Join() { thread_.Join(); }

bool HostWorkerThread::RequestStats(
    std::function<void(const RuntimeStats&)> done) {
  return control_->RequestStats(std::move(done));
}

void InitializeV8() { V8Process::Acquire(); }

std::string EngineVersion() { return V8Process::V8Version(); }

absl::StatusOr<ExitRecord> RunOnCallingThread(RuntimeOptions options) {
  absl::StatusOr<std::unique_ptr<Runtime>> runtime =
      Runtime::Create(V8Process::Acquire(), std::move(options));
  if (!runtime.ok()) return runtime.status();
  return Runtime::RunContained(std::move(*runtime),
                               [](Runtime& runtime) { return runtime.RunMain(); });
}

}  // namespace isohost::isolate
