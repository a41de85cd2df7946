#include "isolate/host_worker.h"

#include "isolate/builtins/all.h"

#include "isolate/runtime.h"
#include "isolate/runtime_pool.h"
#include "isolate/v8_process.h"
#include "isolate/worker.h"

namespace isohost::isolate {

std::unique_ptr<HostWorkerThread> HostWorkerThread::Start(
    RuntimeOptions options, Callbacks callbacks) {
  std::unique_ptr<HostWorkerThread> worker(new HostWorkerThread());
  worker->control_ = std::make_shared<WorkerControl>();
  options.worker->control = worker->control_;
  // The callbacks are shared with the failure path below.
  auto shared = std::make_shared<Callbacks>(std::move(callbacks));
  worker->thread_ = RuntimePool::Get().Start(
      std::move(options),
      [shared](absl::StatusOr<std::unique_ptr<Runtime>> runtime) {
    Callbacks& callbacks = *shared;
    ExitRecord record;
    RuntimeStats stats;
    {
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
    callbacks.exited(std::move(record), stats);
  });
  if (worker->thread_ == nullptr) {
    absl::Status status =
        absl::ResourceExhaustedError("Cannot start a worker: no thread");
    shared->loaded(status);
    ExitRecord record;
    record.code = 1;
    record.reason = ExitRecord::Reason::kSetupFailed;
    record.message = std::string(status.message());
    shared->exited(std::move(record), RuntimeStats());
  }
  return worker;
}

HostWorkerThread::~HostWorkerThread() {
  Terminate();
  Join();
}

void HostWorkerThread::Terminate() { control_->RequestTermination(); }

void HostWorkerThread::Join() {
  if (thread_ != nullptr) thread_->Join();
}

bool HostWorkerThread::RequestStats(
    std::function<void(const RuntimeStats&)> done) {
  return control_->RequestStats(std::move(done));
}

void InitializeV8() {
  RegisterAllBuiltins();
  V8Process::Acquire();
}

void ReleaseWarmRuntimes() { RuntimePool::Get().Drain(); }

std::string EngineVersion() { return V8Process::V8Version(); }

absl::StatusOr<ExitRecord> RunOnCallingThread(RuntimeOptions options) {
  RegisterAllBuiltins();
  absl::StatusOr<std::unique_ptr<Runtime>> runtime =
      Runtime::Create(V8Process::Acquire(), std::move(options));
  if (!runtime.ok()) return runtime.status();
  return Runtime::RunContained(std::move(*runtime),
                               [](Runtime& runtime) { return runtime.RunMain(); });
}

}  // namespace isohost::isolate
