// isolate/builtins.h: the process's table of JS built-ins and C++ bindings.
//
// A built-in package (isolate/node, isolate/web, isolate/modules) registers
// its embedded JS (BuiltinSource tables from js_sources()) and the C++
// bindings its JS calls (`binding('crypto')`) once, at process start
// (RegisterAllBuiltins(), isolate/builtins_all.h). A runtime then compiles
// a built-in only when JS first asks for it, so built-ins nobody uses cost
// no start-up time.
//
// Thread-safe: registration and look-ups from any thread (a mutex; look-ups
// happen once per built-in per runtime). Registered data is never removed,
// so returned pointers stay valid for the process's life.
#ifndef ISOHOST_ISOLATE_BUILTINS_H_
#define ISOHOST_ISOLATE_BUILTINS_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "absl/types/span.h"
#include "isolate/builtin_source.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

class Runtime;

class BuiltinRegistry {
 public:
  // Fills `target` (a fresh object) with a binding's functions and values.
  // Runs on the runtime's thread, inside its context.
  using BindingInstaller = void (*)(Runtime& runtime,
                                    v8::Local<v8::Object> target);

  static BuiltinRegistry& Get();

  // A global of every runtime that loads built-in `id` on first access and
  // takes its export `key` (e.g. {"URL", "internal:web/url", "URL"}).
  struct LazyGlobal {
    std::string_view name;
    std::string_view id;
    std::string_view key;
  };

  // Any thread. A later registration of the same id or name wins.
  void AddSources(absl::Span<const BuiltinSource> sources);
  void AddLazyGlobals(absl::Span<const LazyGlobal> globals);
  // Like lazy globals, but put on prototypes ("Array.prototype.toSorted")
  // only in a runtime whose code mentions one of them (see
  // Runtime::NoteSource()): changing a prototype costs every runtime
  // ~50K instructions a property, too much to pay at each start.
  void AddLanguageProperties(absl::Span<const LazyGlobal> properties);
  void AddBinding(std::string_view name, BindingInstaller installer);

  // Any thread. Null when nothing is registered under `id`/`name`.
  const BuiltinSource* FindSource(std::string_view id) const;
  BindingInstaller FindBinding(std::string_view name) const;
  std::vector<LazyGlobal> LazyGlobals() const;
  std::vector<LazyGlobal> LanguageProperties() const;
  // The ids that start with `prefix`, sorted.
  std::vector<std::string> SourceIds(std::string_view prefix) const;

 private:
  BuiltinRegistry() = default;
  mutable absl::Mutex mu_;
  std::map<std::string, const BuiltinSource*, std::less<>> sources_
      ABSL_GUARDED_BY(mu_);
  std::map<std::string, BindingInstaller, std::less<>> bindings_
      ABSL_GUARDED_BY(mu_);
  std::map<std::string, LazyGlobal, std::less<>> globals_ ABSL_GUARDED_BY(mu_);
  std::vector<LazyGlobal> language_ ABSL_GUARDED_BY(mu_);
};

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_BUILTINS_H_
