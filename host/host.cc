#include "host/host.h"

#include <filesystem>

#include "isolate/runtime.h"
#include "isolate/v8_process.h"

namespace isohost {

struct Host::State {
  std::shared_ptr<isolate::V8Process> v8;
};

Host::Host(std::unique_ptr<State> state) : state_(std::move(state)) {}
Host::~Host() = default;

absl::StatusOr<std::unique_ptr<Host>> Host::Create(HostOptions options) {
  auto state = std::make_unique<State>();
  state->v8 = isolate::V8Process::Acquire();
  return std::unique_ptr<Host>(new Host(std::move(state)));
}

std::string Host::Version() { return "0.1.0"; }

std::string Host::V8Version() { return isolate::V8Process::V8Version(); }

absl::StatusOr<ExitRecord> Host::RunMain(const MainOptions& options) {
  std::error_code ec;
  std::filesystem::path path =
      std::filesystem::absolute(options.script_path, ec).lexically_normal();
  isolate::RuntimeOptions runtime_options;
  runtime_options.entry_path = path.string();
  runtime_options.module = options.module;
  runtime_options.argv.push_back(options.host_argv0);
  runtime_options.argv.push_back(path.string());
  runtime_options.argv.insert(runtime_options.argv.end(), options.args.begin(),
                              options.args.end());
  absl::StatusOr<std::unique_ptr<isolate::Runtime>> runtime =
      isolate::Runtime::Create(state_->v8, std::move(runtime_options));
  if (!runtime.ok()) return runtime.status();
  isolate::ExitRecord exit = (*runtime)->RunMain();
  ExitRecord record;
  record.code = exit.code;
  switch (exit.reason) {
    case isolate::ExitRecord::Reason::kSetupFailed:
      return absl::NotFoundError(exit.message);
    case isolate::ExitRecord::Reason::kNormal:
      record.reason = ExitRecord::Reason::kNormal;
      break;
    case isolate::ExitRecord::Reason::kExit:
      record.reason = ExitRecord::Reason::kExit;
      break;
    case isolate::ExitRecord::Reason::kError:
      record.reason = ExitRecord::Reason::kError;
      record.error = exit.message;
      break;
  }
  return record;
}

}  // namespace isohost
