// loop/http/text.h: the few std::string_view helpers HTTP parsing needs.
//
// Debian's Abseil (20220623) has its own absl::string_view, which does not
// convert from std::string_view, so its StripAsciiWhitespace and
// EqualsIgnoreCase cannot take ours. Pure functions.
#ifndef ISOHOST_LOOP_HTTP_TEXT_H_
#define ISOHOST_LOOP_HTTP_TEXT_H_

#include <string_view>

namespace isohost::loop::http {

// Without leading and trailing spaces and tabs (HTTP's OWS) and CR/LF.
inline std::string_view TrimWhitespace(std::string_view text) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

inline bool StartsWithIgnoreCase(std::string_view text,
                                 std::string_view prefix) {
  return text.size() >= prefix.size() &&
         EqualsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

}  // namespace isohost::loop::http

#endif  // ISOHOST_LOOP_HTTP_TEXT_H_
