// host/host.h: the public C++ API of isohost.
//
// A Host is the process's JavaScript host: it owns the one-per-process V8
// set-up and runs runtimes. This first cut runs a script as the process's
// main runtime on the calling thread (what `isohost run` does); workers,
// messages and limits build on it.
//
// Ownership: the embedder owns the Host (one per process, from Create()).
// Thread-safety: RunMain() may be called from any thread; the runtime it
// creates lives on that thread until RunMain() returns.
#ifndef ISOHOST_HOST_HOST_H_
#define ISOHOST_HOST_HOST_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace isohost {

struct HostOptions {};

// How a runtime ended.
struct ExitRecord {
  enum class Reason {
    kNormal,  // ran out of work; `code` is process.exitCode (default 0)
    kExit,    // process.exit(code)
    kError,   // an uncaught exception or unhandled rejection (code 1), or
              // an unsettled top-level await (code 13)
  };
  int code = 0;
  Reason reason = Reason::kNormal;
  std::string error;  // what was printed for kError
};

struct MainOptions {
  std::string script_path;
  bool module = false;             // also implied by a .mjs extension
  std::vector<std::string> args;   // process.argv after the script path
  std::string host_argv0 = "isohost";
};

class Host {
 public:
  // Host::Create()
  //
  // Sets up V8 for the process (the first time) and returns the host.
  static absl::StatusOr<std::unique_ptr<Host>> Create(HostOptions options = {});
  ~Host();

  // Host::RunMain()
  //
  // Runs `options.script_path` to completion on the calling thread, printing
  // console output and uncaught errors to stdout/stderr like Node. Returns
  // NotFound for a missing script (nothing runs); every outcome of running
  // JS (including syntax errors) is an ExitRecord.
  absl::StatusOr<ExitRecord> RunMain(const MainOptions& options);

  static std::string Version();    // isohost's own version
  static std::string V8Version();  // the engine's

 private:
  struct State;
  explicit Host(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace isohost

#endif  // ISOHOST_HOST_HOST_H_
