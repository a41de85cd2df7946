// isolate/v8_process.h: the one-per-process V8 set-up.
//
// V8Process initialises V8 with a LoopPlatform once and tears it down when
// the last owner lets go. host::Host owns it (DESIGN.md: host/ owns the
// per-process set-up); tests get it through V8Process::Acquire().
//
// Thread-safe: Acquire() from any thread. The platform pointer is valid for
// as long as a reference is held.
#ifndef ISOHOST_ISOLATE_V8_PROCESS_H_
#define ISOHOST_ISOLATE_V8_PROCESS_H_

#include <memory>
#include <string>

#include "isolate/loop_platform.h"

namespace isohost::isolate {

class V8Process {
 public:
  // Returns the process's V8 set-up, initialising V8 the first time. V8 can
  // be initialised only once per process: after the last reference goes,
  // later calls return the same (still initialised) instance.
  static std::shared_ptr<V8Process> Acquire();

  LoopPlatform* platform() const { return platform_.get(); }
  static std::string V8Version();

  V8Process(const V8Process&) = delete;
  V8Process& operator=(const V8Process&) = delete;

 private:
  V8Process();
  std::unique_ptr<LoopPlatform> platform_;
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_V8_PROCESS_H_
