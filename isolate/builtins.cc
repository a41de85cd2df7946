#include "isolate/builtins.h"

namespace isohost::isolate {

BuiltinRegistry& BuiltinRegistry::Get() {
  static BuiltinRegistry* registry = new BuiltinRegistry();
  return *registry;
}

void BuiltinRegistry::AddSources(absl::Span<const BuiltinSource> sources) {
  absl::MutexLock lock(&mu_);
  for (const BuiltinSource& source : sources) {
    sources_[std::string(source.id)] = &source;
  }
}

void BuiltinRegistry::AddLazyGlobals(absl::Span<const LazyGlobal> globals) {
  absl::MutexLock lock(&mu_);
  for (const LazyGlobal& global : globals) {
    globals_[std::string(global.name)] = global;
  }
}

std::vector<BuiltinRegistry::LazyGlobal> BuiltinRegistry::LazyGlobals() const {
  absl::MutexLock lock(&mu_);
  std::vector<LazyGlobal> globals;
  for (const auto& [name, global] : globals_) globals.push_back(global);
  return globals;
}

void BuiltinRegistry::AddLanguageProperties(
    absl::Span<const LazyGlobal> properties) {
  absl::MutexLock lock(&mu_);
  language_.insert(language_.end(), properties.begin(), properties.end());
}

std::vector<BuiltinRegistry::LazyGlobal> BuiltinRegistry::LanguageProperties()
    const {
  absl::MutexLock lock(&mu_);
  return language_;
}

void BuiltinRegistry::AddBinding(std::string_view name,
                                 BindingInstaller installer) {
  absl::MutexLock lock(&mu_);
  bindings_[std::string(name)] = installer;
}

const BuiltinSource* BuiltinRegistry::FindSource(std::string_view id) const {
  absl::MutexLock lock(&mu_);
  auto it = sources_.find(id);
  return it == sources_.end() ? nullptr : it->second;
}

BuiltinRegistry::BindingInstaller BuiltinRegistry::FindBinding(
    std::string_view name) const {
  absl::MutexLock lock(&mu_);
  auto it = bindings_.find(name);
  return it == bindings_.end() ? nullptr : it->second;
}

std::vector<std::string> BuiltinRegistry::SourceIds(
    std::string_view prefix) const {
  absl::MutexLock lock(&mu_);
  std::vector<std::string> ids;
  for (auto it = sources_.lower_bound(prefix);
       it != sources_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
       ++it) {
    ids.push_back(it->first);
  }
  return ids;
}

}  // namespace isohost::isolate
