// host/value.h: JS values as C++ sees them in messages.
//
// A Value is a tree of the structured-cloneable values a C++ program is
// likely to exchange with JS: undefined, null, booleans, numbers, strings,
// Dates, byte buffers (ArrayBuffer or a typed-array view), arrays and plain
// objects. Worker::PostMessage() sends one as a JS value (the same
// structured-clone wire bytes JS-to-JS messages use), and Message::Decode()
// turns what JS posted back into one.
//
// Build one with the typed builder:
//
//   isohost::Value job = isohost::Value::Object()
//       .Set("id", isohost::Value::Number(7))
//       .Set("words", isohost::Value::Array()
//                         .Push(isohost::Value::String("a"))
//                         .Push(isohost::Value::String("b")));
//
// or from JSON text with Value::FromJson().
//
// Strings are UTF-8 in C++ and UTF-16 in JS; a JS string with a lone
// surrogate arrives with U+FFFD in its place. Object keys keep insertion
// order (numeric keys included: JS itself would list those first).
//
// A plain value type: copyable and movable, no shared state, so it may be
// used from any thread (one at a time, like any std:: container).
#ifndef ISOHOST_HOST_VALUE_H_
#define ISOHOST_HOST_VALUE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace isohost {

class Value {
 public:
  enum class Type {
    kUndefined,
    kNull,
    kBoolean,
    kNumber,
    kString,
    kDate,   // milliseconds since the epoch (number())
    kBytes,  // an ArrayBuffer or a typed-array/DataView over its own bytes
    kArray,
    kObject,
  };
  // What a kBytes value is in JS.
  enum class BytesKind {
    kArrayBuffer,
    kInt8Array,
    kUint8Array,
    kUint8ClampedArray,
    kInt16Array,
    kUint16Array,
    kInt32Array,
    kUint32Array,
    kFloat32Array,
    kFloat64Array,
    kBigInt64Array,
    kBigUint64Array,
    kDataView,
  };

  Value() = default;  // undefined
  static Value Undefined() { return Value(); }
  static Value Null() { return Value(Type::kNull); }
  static Value Boolean(bool value);
  static Value Number(double value);
  // `utf8` should be UTF-8; PostMessage() rejects a string that is not.
  static Value String(std::string utf8);
  static Value Date(double epoch_ms);
  // For a typed-array kind, bytes().size() must be a multiple of its
  // element size (PostMessage() checks).
  static Value Bytes(std::vector<uint8_t> bytes,
                     BytesKind kind = BytesKind::kArrayBuffer);
  static Value Array() { return Value(Type::kArray); }
  static Value Object() { return Value(Type::kObject); }

  // Value::FromJson()
  //
  // Parses RFC 8259 JSON (objects, arrays, strings, numbers, true, false,
  // null; nesting up to 1000 deep). InvalidArgument, with the byte offset,
  // for anything else.
  static absl::StatusOr<Value> FromJson(std::string_view json);

  // Builders. Set() on an object adds the key, or replaces its value where
  // it already is; Push() appends to an array. Calling either on another
  // type is a programming error (it does nothing).
  Value& Set(std::string key, Value value) &;
  Value&& Set(std::string key, Value value) &&;
  Value& Push(Value value) &;
  Value&& Push(Value value) &&;

  Type type() const { return type_; }
  bool is_undefined() const { return type_ == Type::kUndefined; }
  bool is_null() const { return type_ == Type::kNull; }
  bool is_boolean() const { return type_ == Type::kBoolean; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_bytes() const { return type_ == Type::kBytes; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }

  // Accessors return a neutral value (false, 0, "", empty) on a type
  // mismatch.
  bool boolean() const { return type_ == Type::kBoolean && boolean_; }
  double number() const;  // kNumber, or a kDate's epoch ms
  const std::string& string() const;
  const std::vector<uint8_t>& bytes() const { return bytes_; }
  BytesKind bytes_kind() const { return bytes_kind_; }
  const std::vector<Value>& items() const { return items_; }  // kArray
  const std::vector<std::pair<std::string, Value>>& entries() const {
    return entries_;  // kObject, in insertion order
  }
  // The value of `key` in an object, or null if absent (or not an object).
  const Value* Find(std::string_view key) const;
  size_t size() const;  // array items, object entries or bytes

  // Value::ToJson()
  //
  // JSON.stringify()'s text: numbers as JS prints them, non-finite numbers
  // as null, undefined as null in arrays and omitted in objects (a bare
  // undefined gives "null"), Dates as ISO strings, an ArrayBuffer or
  // DataView as {} and typed arrays as {"0":..,"1":..}.
  std::string ToJson() const;

  friend bool operator==(const Value& a, const Value& b);
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

 private:
  explicit Value(Type type) : type_(type) {}

  Type type_ = Type::kUndefined;
  bool boolean_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<uint8_t> bytes_;
  BytesKind bytes_kind_ = BytesKind::kArrayBuffer;
  std::vector<Value> items_;
  std::vector<std::pair<std::string, Value>> entries_;
};

// The size in bytes of one element of `kind` (1 for kArrayBuffer and
// kDataView).
size_t BytesElementSize(Value::BytesKind kind);

// Whether `text` is well-formed UTF-8 (no overlongs, surrogates or code
// points past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// JS's Number::toString() for `value` ("1e+21", "0.1", "-0" is "0", ...).
std::string NumberToJsString(double value);

}  // namespace isohost

#endif  // ISOHOST_HOST_VALUE_H_
