#include "isolate/lang/lang_builtins.h"

#include "isolate/lang/lang_js.h"

namespace isohost::isolate {
namespace {

constexpr const char* kLanguage = "internal:lang/language";

// Each is added only where V8 does not have it, and only in a runtime
// whose code mentions one of them (Runtime::NoteSource()); the key is the
// export of js/language.js.
constexpr BuiltinRegistry::LazyGlobal kLangProperties[] = {
    {"String.prototype.isWellFormed", kLanguage, "String.isWellFormed"},
    {"String.prototype.toWellFormed", kLanguage, "String.toWellFormed"},
    {"Array.prototype.toReversed", kLanguage, "Array.toReversed"},
    {"Array.prototype.toSorted", kLanguage, "Array.toSorted"},
    {"Array.prototype.toSpliced", kLanguage, "Array.toSpliced"},
    {"Array.prototype.with", kLanguage, "Array.with"},
    {"Array.prototype.@@unscopables", kLanguage, "Array.@@unscopables"},
    // %TypedArray%.prototype: Uint8Array's prototype's prototype.
    {"Uint8Array.__proto__.prototype.toReversed", kLanguage,
     "TypedArray.toReversed"},
    {"Uint8Array.__proto__.prototype.toSorted", kLanguage,
     "TypedArray.toSorted"},
    {"Uint8Array.__proto__.prototype.with", kLanguage, "TypedArray.with"},
};

}  // namespace

void RegisterLangBuiltins(BuiltinRegistry& registry) {
  registry.AddSources(kLangJs);
  registry.AddLanguageProperties(kLangProperties);
}

}  // namespace isohost::isolate
