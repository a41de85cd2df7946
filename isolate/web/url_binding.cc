#include "isolate/web/url_binding.h"

#include <unicode/uchar.h>
#include <unicode/uidna.h>
#include <unicode/utf16.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "isolate/binding_util.h"
#include "isolate/v8_util.h"
#include "v8-function.h"
#include "v8-primitive.h"

namespace isohost::isolate {
namespace {

// UTS #46 with the URL Standard's settings for beStrict = false:
// nontransitional processing, no STD3 rules. CheckHyphens and
// VerifyDnsLength are off, so their errors are ignored. CheckJoiners and
// CheckBidi are done here (AdaLabelOk) the way Node's URL parser (ada)
// does them.
constexpr uint32_t kOptions = UIDNA_NONTRANSITIONAL_TO_ASCII |
                              UIDNA_NONTRANSITIONAL_TO_UNICODE;
constexpr uint32_t kIgnoredErrors =
    UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
    UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN |
    UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;

// The process's UTS #46 converter. ICU's UIDNA is immutable once opened
// and safe to use from any thread; it lives until the process exits.
const UIDNA* Uts46() {
  static const UIDNA* const idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    UIDNA* opened = uidna_openUTS46(kOptions, &status);
    return U_SUCCESS(status) ? opened : nullptr;
  }();
  return idna;
}

using Converter = int32_t (*)(const UIDNA*, const UChar*, int32_t, UChar*,
                              int32_t, UIDNAInfo*, UErrorCode*);

// Runs one of ICU's UTS #46 conversions; false when ICU itself failed (the
// label errors are in `errors`).
bool Convert(Converter convert, const std::u16string& in, std::u16string* out,
             uint32_t* errors) {
  const UIDNA* idna = Uts46();
  // The bound keeps the sizes below in int32_t (ICU says how much it needs
  // when the first guess is short).
  constexpr size_t kMaxInput = size_t{1} << 28;
  if (idna == nullptr || in.size() > kMaxInput) return false;
  out->resize(in.size() * 2 + 64);
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode status = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t length = convert(idna, reinterpret_cast<const UChar*>(in.data()),
                             static_cast<int32_t>(in.size()),
                             reinterpret_cast<UChar*>(out->data()),
                             static_cast<int32_t>(out->size()), &info, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      out->resize(length);
      continue;
    }
    if (U_FAILURE(status)) return false;
    out->resize(length);
    *errors = info.errors;
    return true;
  }
  return false;
}

std::u16string ToU16(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::Local<v8::String> string;
  if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&string)) {
    return {};
  }
  std::u16string out(string->Length(), u'\0');
  string->Write(isolate, reinterpret_cast<uint16_t*>(out.data()), 0,
                static_cast<int>(out.size()), v8::String::NO_NULL_TERMINATION);
  return out;
}

v8::Local<v8::String> FromU16(v8::Isolate* isolate, const std::u16string& s) {
  return v8::String::NewFromTwoByte(isolate,
                                    reinterpret_cast<const uint16_t*>(s.data()),
                                    v8::NewStringType::kNormal,
                                    static_cast<int>(s.size()))
      .ToLocalChecked();
}

std::vector<std::u16string> SplitLabels(const std::u16string& domain) {
  std::vector<std::u16string> labels;
  size_t start = 0;
  for (;;) {
    size_t dot = domain.find(u'.', start);
    if (dot == std::u16string::npos) {
      labels.push_back(domain.substr(start));
      return labels;
    }
    labels.push_back(domain.substr(start, dot - start));
    start = dot + 1;
  }
}

bool IsRtlOrArabicNumber(UCharDirection d) {
  return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC ||
         d == U_ARABIC_NUMBER;
}

bool IsVirama(UChar32 c) {
  return u_getCombiningClass(c) == 9;
}

bool HasJoiningType(const std::vector<UChar32>& cps, size_t from, size_t to,
                    int a, int b) {
  for (size_t i = from; i < to; ++i) {
    int type = u_getIntPropertyValue(cps[i], UCHAR_JOINING_TYPE);
    if (type == a || type == b) return true;
  }
  return false;
}

// CheckJoiners and CheckBidi as Node 20's ada does them, which is looser
// than UTS #46 in three ways. The first ZWNJ/ZWJ of a label decides the
// label alone (a joiner after a virama makes it valid; a ZWNJ needs some
// L/D-joining character before it and some R/D-joining one after it,
// anywhere), and then no Bidi rule applies. The Bidi rule (RFC 5893
// section 2) only applies to a label holding an R, AL or AN character, not
// to every label of a Bidi domain name. A label starting with an L
// character is checked as LTR except for its last non-NSM character (so
// "a\u05D0" passes); any other label is checked as RTL without rule 1 (so
// "1\u05D0" passes).
bool AdaLabelOk(const std::u16string& label) {
  std::vector<UChar32> cps;
  for (size_t i = 0; i < label.size();) {
    UChar32 c;
    U16_NEXT(label.data(), i, label.size(), c);
    cps.push_back(c);
  }
  for (size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] == 0x200c) {
      if (i > 0 && IsVirama(cps[i - 1])) return true;
      if (i == 0 || i + 1 >= cps.size()) return false;
      return HasJoiningType(cps, 0, i, U_JT_LEFT_JOINING, U_JT_DUAL_JOINING) &&
             HasJoiningType(cps, i + 1, cps.size(), U_JT_RIGHT_JOINING,
                            U_JT_DUAL_JOINING);
    }
    if (cps[i] == 0x200d) return i > 0 && IsVirama(cps[i - 1]);
  }
  std::vector<UCharDirection> dirs;
  bool rtl = false;
  for (UChar32 c : cps) {
    dirs.push_back(u_charDirection(c));
    rtl = rtl || IsRtlOrArabicNumber(dirs.back());
  }
  if (!rtl) return true;
  size_t last = dirs.size();
  while (last > 0 && dirs[last - 1] == U_DIR_NON_SPACING_MARK) --last;
  if (last == 0) return false;
  --last;  // the index of the last non-NSM character
  auto common = [](UCharDirection d) {
    return d == U_EUROPEAN_NUMBER || d == U_EUROPEAN_NUMBER_SEPARATOR ||
           d == U_COMMON_NUMBER_SEPARATOR ||
           d == U_EUROPEAN_NUMBER_TERMINATOR || d == U_OTHER_NEUTRAL ||
           d == U_BOUNDARY_NEUTRAL || d == U_DIR_NON_SPACING_MARK;
  };
  if (dirs[0] == U_LEFT_TO_RIGHT) {
    for (size_t i = 0; i < last; ++i) {
      if (dirs[i] != U_LEFT_TO_RIGHT && !common(dirs[i])) return false;
    }
    return true;
  }
  bool has_en = false;
  bool has_an = false;
  for (size_t i = 0; i <= last; ++i) {
    UCharDirection d = dirs[i];
    if (d == U_EUROPEAN_NUMBER) has_en = true;
    if (d == U_ARABIC_NUMBER) has_an = true;
    if (has_en && has_an) return false;
    if (!common(d) && d != U_RIGHT_TO_LEFT && d != U_RIGHT_TO_LEFT_ARABIC &&
        d != U_ARABIC_NUMBER) {
      return false;
    }
  }
  UCharDirection end = dirs[last];
  return end == U_RIGHT_TO_LEFT || end == U_RIGHT_TO_LEFT_ARABIC ||
         end == U_ARABIC_NUMBER || end == U_EUROPEAN_NUMBER;
}

// Whether an "xn--" label that ICU calls an invalid ACE label is one that
// ada accepts: its Punycode decodes to a non-empty ASCII string (the
// payload's last "-" ends it, with basic code points before it). UTS #46
// as of Unicode 15.1 rejects these; Node 20 does not.
bool IsAsciiOnlyAceLabel(const std::u16string& label) {
  for (char16_t c : label) {
    if (c >= 0x80) return false;
  }
  return label.size() >= 6 && label.compare(0, 4, u"xn--") == 0 &&
         label.back() == u'-';
}

// The URL Standard's domain to ASCII (beStrict false) minus the forbidden
// code point checks, which the JS side does.
bool DomainToASCII(const std::u16string& domain, std::u16string* out) {
  uint32_t errors = 0;
  if (!Convert(uidna_nameToASCII, domain, out, &errors)) return false;
  if ((errors & ~kIgnoredErrors) != 0) {
    if ((errors & ~kIgnoredErrors) != UIDNA_ERROR_INVALID_ACE_LABEL) {
      return false;
    }
    // ICU marks each bad label with a trailing U+FFFD; let through the
    // ASCII-only ACE labels (without the mark) and nothing else.
    std::u16string kept;
    bool first = true;
    for (std::u16string& label : SplitLabels(*out)) {
      if (!label.empty() && label.back() == u'\uFFFD') {
        label.pop_back();
        if (!IsAsciiOnlyAceLabel(label)) return false;
      }
      if (!first) kept += u'.';
      first = false;
      kept += label;
    }
    *out = std::move(kept);
  }
  bool ascii_input = true;
  for (char16_t c : domain) ascii_input = ascii_input && c < 0x80;
  if (ascii_input && out->find(u"xn--") == std::u16string::npos) return true;
  // The joiner and Bidi checks run on the Unicode form of each label.
  std::u16string unicode;
  if (!Convert(uidna_nameToUnicode, *out, &unicode, &errors)) return false;
  for (const std::u16string& label : SplitLabels(unicode)) {
    if (!AdaLabelOk(label)) return false;
  }
  return true;
}

// domainToASCII(domain) -> the ASCII domain, or undefined on failure.
void DomainToASCIICallback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::u16string out;
  if (!DomainToASCII(ToU16(isolate, args[0]), &out)) return;
  args.GetReturnValue().Set(FromU16(isolate, out));
}

// domainToUnicode(asciiDomain) -> the domain with each valid "xn--" label
// decoded (ToUnicode never fails: a label that does not decode stays).
void DomainToUnicodeCallback(const v8::FunctionCallbackInfo<v8::Value>& args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::u16string result;
  bool first = true;
  for (const std::u16string& label : SplitLabels(ToU16(isolate, args[0]))) {
    if (!first) result += u'.';
    first = false;
    std::u16string decoded;
    uint32_t errors = 0;
    if (IsAsciiOnlyAceLabel(label)) {
      // Node's ada decodes these to their basic code points ("xn--abc-" is
      // "abc"); ICU calls them invalid.
      result += label.substr(4, label.size() - 5);
    } else if (label.size() > 4 && label.compare(0, 4, u"xn--") == 0 &&
               Convert(uidna_labelToUnicode, label, &decoded, &errors) &&
               (errors & ~kIgnoredErrors) == 0) {
      result += decoded;
    } else {
      result += label;
    }
  }
  args.GetReturnValue().Set(FromU16(isolate, result));
}

}  // namespace

void InstallUrlBinding(Runtime& runtime, v8::Local<v8::Object> target) {
  SetMethod(runtime, target, "domainToASCII", DomainToASCIICallback);
  SetMethod(runtime, target, "domainToUnicode", DomainToUnicodeCallback);
}

}  // namespace isohost::isolate
