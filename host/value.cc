#include "host/value.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/time.h"

namespace isohost {
namespace {

const std::string& EmptyString() {
  static const std::string* empty = new std::string();
  return *empty;
}

// Appends code point `cp` as UTF-8.
void AppendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void AppendJsonString(std::string& out, std::string_view text) {
  out.push_back('"');
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static const char kHex[] = "0123456789abcdef";
          out += "\\u00";
          out.push_back(kHex[(c >> 4) & 0xF]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

// Date.prototype.toISOString(); "" for an invalid date (JSON: null).
std::string DateToIso(double ms) {
  if (!std::isfinite(ms) || std::fabs(ms) > 8.64e15) return "";
  absl::Time time = absl::FromUnixMillis(static_cast<int64_t>(ms));
  absl::CivilSecond civil = absl::ToCivilSecond(time, absl::UTCTimeZone());
  int64_t millis = static_cast<int64_t>(ms) % 1000;
  if (millis < 0) millis += 1000;
  int64_t year = civil.year();
  std::string year_text =
      year >= 0 && year <= 9999
          ? absl::StrFormat("%04d", year)
          : absl::StrFormat("%c%06d", year < 0 ? '-' : '+',
                            year < 0 ? -year : year);
  return absl::StrFormat("%s-%02d-%02dT%02d:%02d:%02d.%03dZ", year_text,
                         civil.month(), civil.day(), civil.hour(),
                         civil.minute(), civil.second(), millis);
}

void AppendJson(std::string& out, const Value& value) {
  switch (value.type()) {
    case Value::Type::kUndefined:
    case Value::Type::kNull:
      out += "null";
      return;
    case Value::Type::kBoolean:
      out += value.boolean() ? "true" : "false";
      return;
    case Value::Type::kNumber:
      out += std::isfinite(value.number()) ? NumberToJsString(value.number())
                                           : "null";
      return;
    case Value::Type::kString:
      AppendJsonString(out, value.string());
      return;
    case Value::Type::kDate: {
      std::string iso = DateToIso(value.number());
      if (iso.empty()) {
        out += "null";
      } else {
        AppendJsonString(out, iso);
      }
      return;
    }
    case Value::Type::kBytes: {
      Value::BytesKind kind = value.bytes_kind();
      if (kind == Value::BytesKind::kArrayBuffer ||
          kind == Value::BytesKind::kDataView ||
          kind == Value::BytesKind::kBigInt64Array ||
          kind == Value::BytesKind::kBigUint64Array) {
        // JSON.stringify() throws on BigInts; {} is what we can say.
        out += "{}";
        return;
      }
      out.push_back('{');
      size_t size = BytesElementSize(kind);
      const uint8_t* data = value.bytes().data();
      size_t count = value.bytes().size() / size;
      for (size_t i = 0; i < count; ++i) {
        if (i > 0) out.push_back(',');
        absl::StrAppend(&out, "\"", i, "\":");
        const uint8_t* at = data + i * size;
        double element = 0;
        switch (kind) {
          case Value::BytesKind::kInt8Array:
            element = static_cast<int8_t>(*at);
            break;
          case Value::BytesKind::kUint8Array:
          case Value::BytesKind::kUint8ClampedArray:
            element = *at;
            break;
          case Value::BytesKind::kInt16Array: {
            int16_t v; std::memcpy(&v, at, 2); element = v; break;
          }
          case Value::BytesKind::kUint16Array: {
            uint16_t v; std::memcpy(&v, at, 2); element = v; break;
          }
          case Value::BytesKind::kInt32Array: {
            int32_t v; std::memcpy(&v, at, 4); element = v; break;
          }
          case Value::BytesKind::kUint32Array: {
            uint32_t v; std::memcpy(&v, at, 4); element = v; break;
          }
          case Value::BytesKind::kFloat32Array: {
            float v; std::memcpy(&v, at, 4); element = v; break;
          }
          case Value::BytesKind::kFloat64Array: {
            std::memcpy(&element, at, 8); break;
          }
          default:
            break;
        }
        out += std::isfinite(element) ? NumberToJsString(element) : "null";
      }
      out.push_back('}');
      return;
    }
    case Value::Type::kArray: {
      out.push_back('[');
      bool first = true;
      for (const Value& item : value.items()) {
        if (!first) out.push_back(',');
        first = false;
        AppendJson(out, item);
      }
      out.push_back(']');
      return;
    }
    case Value::Type::kObject: {
      out.push_back('{');
      bool first = true;
      for (const auto& [key, item] : value.entries()) {
        if (item.is_undefined()) continue;
        if (!first) out.push_back(',');
        first = false;
        AppendJsonString(out, key);
        out.push_back(':');
        AppendJson(out, item);
      }
      out.push_back('}');
      return;
    }
  }
}

// A recursive-descent RFC 8259 parser.
class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  absl::StatusOr<Value> Parse() {
    Value value;
    if (!ParseValue(value, 0)) return error_;
    SkipSpace();
    if (pos_ != text_.size()) {
      return Fail("unexpected text after the JSON value");
    }
    return value;
  }

 private:
  static constexpr int kMaxDepth = 1000;

  absl::Status Fail(absl::string_view what) {
    if (error_.ok()) {
      error_ = absl::InvalidArgumentError(
          absl::StrCat("invalid JSON at byte ", pos_, ": ", what));
    }
    return error_;
  }

  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' ||
            text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }

  bool ParseValue(Value& out, int depth) {
    if (depth > kMaxDepth) return Fail("nested too deeply").ok();
    SkipSpace();
    if (pos_ >= text_.size()) return Fail("unexpected end of input").ok();
    char c = text_[pos_];
    switch (c) {
      case '{': return ParseObject(out, depth);
      case '[': return ParseArray(out, depth);
      case '"': {
        std::string text;
        if (!ParseString(text)) return false;
        out = Value::String(std::move(text));
        return true;
      }
      case 't':
        if (Literal("true")) { out = Value::Boolean(true); return true; }
        break;
      case 'f':
        if (Literal("false")) { out = Value::Boolean(false); return true; }
        break;
      case 'n':
        if (Literal("null")) { out = Value::Null(); return true; }
        break;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber(out);
    }
    return Fail("unexpected character").ok();
  }

  bool ParseNumber(Value& out) {
    size_t start = pos_;
    auto digits = [&] {
      size_t begin = pos_;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
        ++pos_;
      }
      return pos_ > begin;
    };
    if (text_[pos_] == '-') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '0') {
      ++pos_;
    } else if (!digits()) {
      return Fail("expected a digit").ok();
    }
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      if (!digits()) return Fail("expected a digit after '.'").ok();
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) {
        ++pos_;
      }
      if (!digits()) return Fail("expected a digit in the exponent").ok();
    }
    // strtod rounds correctly and gives +-HUGE_VAL or 0 out of range, as
    // JSON.parse gives Infinity or 0.
    std::string number(text_.substr(start, pos_ - start));
    out = Value::Number(std::strtod(number.c_str(), nullptr));
    return true;
  }

  bool ParseHex4(uint32_t* out) {
    if (pos_ + 4 > text_.size()) return Fail("short \\u escape").ok();
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_++];
      value <<= 4;
      if (c >= '0' && c <= '9') value |= c - '0';
      else if (c >= 'a' && c <= 'f') value |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') value |= c - 'A' + 10;
      else return Fail("bad hex digit in \\u escape").ok();
    }
    *out = value;
    return true;
  }

  bool ParseString(std::string& out) {
    ++pos_;  // the opening quote
    size_t run = pos_;
    while (true) {
      if (pos_ >= text_.size()) return Fail("unterminated string").ok();
      unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') {
        out.append(text_.substr(run, pos_ - run));
        ++pos_;
        break;
      }
      if (c < 0x20) return Fail("control character in string").ok();
      if (c != '\\') {
        ++pos_;
        continue;
      }
      out.append(text_.substr(run, pos_ - run));
      ++pos_;
      if (pos_ >= text_.size()) return Fail("unterminated string").ok();
      char escape = text_[pos_++];
      switch (escape) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          uint32_t unit = 0;
          if (!ParseHex4(&unit)) return false;
          if (unit >= 0xD800 && unit <= 0xDBFF &&
              text_.substr(pos_, 2) == "\\u") {
            size_t save = pos_;
            pos_ += 2;
            uint32_t low = 0;
            if (!ParseHex4(&low)) return false;
            if (low >= 0xDC00 && low <= 0xDFFF) {
              unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            } else {
              pos_ = save;  // the second escape stands on its own
            }
          }
          // A lone surrogate has no UTF-8 form.
          if (unit >= 0xD800 && unit <= 0xDFFF) unit = 0xFFFD;
          AppendUtf8(out, unit);
          break;
        }
        default:
          --pos_;
          return Fail("bad escape in string").ok();
      }
      run = pos_;
    }
    if (!IsValidUtf8(out)) {
      return Fail("string is not valid UTF-8").ok();
    }
    return true;
  }

  bool ParseArray(Value& out, int depth) {
    ++pos_;
    out = Value::Array();
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
      return true;
    }
    while (true) {
      Value item;
      if (!ParseValue(item, depth + 1)) return false;
      out.Push(std::move(item));
      SkipSpace();
      if (pos_ >= text_.size()) return Fail("unterminated array").ok();
      if (text_[pos_] == ',') { ++pos_; continue; }
      if (text_[pos_] == ']') { ++pos_; return true; }
      return Fail("expected ',' or ']'").ok();
    }
  }

  bool ParseObject(Value& out, int depth) {
    ++pos_;
    out = Value::Object();
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
      return true;
    }
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != '"') {
        return Fail("expected a string key").ok();
      }
      std::string key;
      if (!ParseString(key)) return false;
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != ':') {
        return Fail("expected ':'").ok();
      }
      ++pos_;
      Value item;
      if (!ParseValue(item, depth + 1)) return false;
      out.Set(std::move(key), std::move(item));
      SkipSpace();
      if (pos_ >= text_.size()) return Fail("unterminated object").ok();
      if (text_[pos_] == ',') { ++pos_; continue; }
      if (text_[pos_] == '}') { ++pos_; return true; }
      return Fail("expected ',' or '}'").ok();
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  absl::Status error_;
};

}  // namespace

Value Value::Boolean(bool value) {
  Value result(Type::kBoolean);
  result.boolean_ = value;
  return result;
}

Value Value::Number(double value) {
  Value result(Type::kNumber);
  result.number_ = value;
  return result;
}

Value Value::String(std::string utf8) {
  Value result(Type::kString);
  result.string_ = std::move(utf8);
  return result;
}

Value Value::Date(double epoch_ms) {
  Value result(Type::kDate);
  result.number_ = epoch_ms;
  return result;
}

Value Value::Bytes(std::vector<uint8_t> bytes, BytesKind kind) {
  Value result(Type::kBytes);
  result.bytes_ = std::move(bytes);
  result.bytes_kind_ = kind;
  return result;
}

absl::StatusOr<Value> Value::FromJson(std::string_view json) {
  return JsonParser(json).Parse();
}

Value& Value::Set(std::string key, Value value) & {
  if (type_ != Type::kObject) return *this;
  for (auto& entry : entries_) {
    if (entry.first == key) {
      entry.second = std::move(value);
      return *this;
    }
  }
  entries_.emplace_back(std::move(key), std::move(value));
  return *this;
}

Value&& Value::Set(std::string key, Value value) && {
  Set(std::move(key), std::move(value));
  return std::move(*this);
}

Value& Value::Push(Value value) & {
  if (type_ == Type::kArray) items_.push_back(std::move(value));
  return *this;
}

Value&& Value::Push(Value value) && {
  Push(std::move(value));
  return std::move(*this);
}

double Value::number() const {
  return type_ == Type::kNumber || type_ == Type::kDate ? number_ : 0;
}

const std::string& Value::string() const {
  return type_ == Type::kString ? string_ : EmptyString();
}

const Value* Value::Find(std::string_view key) const {
  for (const auto& entry : entries_) {
    if (entry.first == key) return &entry.second;
  }
  return nullptr;
}

size_t Value::size() const {
  switch (type_) {
    case Type::kArray: return items_.size();
    case Type::kObject: return entries_.size();
    case Type::kBytes: return bytes_.size();
    default: return 0;
  }
}

std::string Value::ToJson() const {
  std::string out;
  AppendJson(out, *this);
  return out;
}

bool operator==(const Value& a, const Value& b) {
  if (a.type_ != b.type_) return false;
  switch (a.type_) {
    case Value::Type::kUndefined:
    case Value::Type::kNull:
      return true;
    case Value::Type::kBoolean:
      return a.boolean_ == b.boolean_;
    case Value::Type::kNumber:
    case Value::Type::kDate:
      // SameValue: NaN equals NaN, 0 and -0 differ.
      if (std::isnan(a.number_)) return std::isnan(b.number_);
      return a.number_ == b.number_ &&
             std::signbit(a.number_) == std::signbit(b.number_);
    case Value::Type::kString:
      return a.string_ == b.string_;
    case Value::Type::kBytes:
      return a.bytes_kind_ == b.bytes_kind_ && a.bytes_ == b.bytes_;
    case Value::Type::kArray:
      return a.items_ == b.items_;
    case Value::Type::kObject:
      return a.entries_ == b.entries_;
  }
  return false;
}

size_t BytesElementSize(Value::BytesKind kind) {
  switch (kind) {
    case Value::BytesKind::kInt16Array:
    case Value::BytesKind::kUint16Array:
      return 2;
    case Value::BytesKind::kInt32Array:
    case Value::BytesKind::kUint32Array:
    case Value::BytesKind::kFloat32Array:
      return 4;
    case Value::BytesKind::kFloat64Array:
    case Value::BytesKind::kBigInt64Array:
    case Value::BytesKind::kBigUint64Array:
      return 8;
    default:
      return 1;
  }
}

bool IsValidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int extra;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + extra >= text.size()) return false;
    for (int k = 1; k <= extra; ++k) {
      unsigned char next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (next & 0x3F);
    }
    if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
      return false;
    }
    i += extra + 1;
  }
  return true;
}

std::string NumberToJsString(double value) {
  if (std::isnan(value)) return "NaN";
  if (value == 0) return "0";
  if (std::isinf(value)) return value < 0 ? "-Infinity" : "Infinity";
  std::string sign = value < 0 ? "-" : "";
  value = std::fabs(value);
  // Shortest round-trip digits, in scientific form: d[.ddd]e[+-]x.
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value,
                                 std::chars_format::scientific);
  std::string_view text(buffer, end - buffer);
  size_t e = text.find('e');
  std::string digits;
  for (char c : text.substr(0, e)) {
    if (c != '.') digits.push_back(c);
  }
  int exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
  int k = static_cast<int>(digits.size());
  int n = exponent + 1;  // value = 0.digits * 10^n
  std::string out;
  if (k <= n && n <= 21) {
    out = digits + std::string(n - k, '0');
  } else if (0 < n && n <= 21) {
    out = digits.substr(0, n) + "." + digits.substr(n);
  } else if (-6 < n && n <= 0) {
    out = "0." + std::string(-n, '0') + digits;
  } else {
    int shown = n - 1;
    out = digits.substr(0, 1);
    if (k > 1) out += "." + digits.substr(1);
    out += shown < 0 ? "e-" : "e+";
    out += std::to_string(shown < 0 ? -shown : shown);
  }
  return sign + out;
}

}  // namespace isohost
