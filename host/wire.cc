#include "host/wire.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"

namespace isohost::wire {
namespace {

// Tags of the V8 format (one byte each) that this codec reads or names.
enum Tag : uint8_t {
  kVersion = 0xFF,
  kPadding = '\0',
  kVerifyObjectCount = '?',
  kTheHole = '-',
  kUndefined = '_',
  kNull = '0',
  kTrue = 'T',
  kFalse = 'F',
  kInt32 = 'I',
  kUint32 = 'U',
  kDouble = 'N',
  kBigInt = 'Z',
  kUtf8String = 'S',
  kOneByteString = '"',
  kTwoByteString = 'c',
  kObjectReference = '^',
  kBeginJSObject = 'o',
  kEndJSObject = '{',
  kBeginSparseArray = 'a',
  kEndSparseArray = '@',
  kBeginDenseArray = 'A',
  kEndDenseArray = '$',
  kDate = 'D',
  kTrueObject = 'y',
  kFalseObject = 'x',
  kNumberObject = 'n',
  kBigIntObject = 'z',
  kStringObject = 's',
  kRegExp = 'R',
  kBeginMap = ';',
  kBeginSet = '\'',
  kArrayBuffer = 'B',
  kResizableArrayBuffer = '~',
  kArrayBufferTransfer = 't',
  kArrayBufferView = 'V',
  kSharedArrayBuffer = 'u',
  kSharedObject = 'p',
  kWasmModuleTransfer = 'w',
  kHostObject = '\\',
  kWasmMemoryTransfer = 'm',
  kError = 'r',
};

// Sub-tags of an ArrayBufferView.
struct ViewTag {
  char tag;
  Value::BytesKind kind;
};
constexpr ViewTag kViewTags[] = {
    {'b', Value::BytesKind::kInt8Array},
    {'B', Value::BytesKind::kUint8Array},
    {'C', Value::BytesKind::kUint8ClampedArray},
    {'w', Value::BytesKind::kInt16Array},
    {'W', Value::BytesKind::kUint16Array},
    {'d', Value::BytesKind::kInt32Array},
    {'D', Value::BytesKind::kUint32Array},
    {'f', Value::BytesKind::kFloat32Array},
    {'F', Value::BytesKind::kFloat64Array},
    {'q', Value::BytesKind::kBigInt64Array},
    {'Q', Value::BytesKind::kBigUint64Array},
    {'?', Value::BytesKind::kDataView},
};

// ---- encoding ---------------------------------------------------------------

class Encoder {
 public:
  explicit Encoder(std::vector<uint8_t>& out) : out_(out) {}

  absl::Status Write(const Value& value) {
    switch (value.type()) {
      case Value::Type::kUndefined: Byte(kUndefined); break;
      case Value::Type::kNull: Byte(kNull); break;
      case Value::Type::kBoolean:
        Byte(value.boolean() ? kTrue : kFalse);
        break;
      case Value::Type::kNumber: WriteNumber(value.number()); break;
      case Value::Type::kString: return WriteString(value.string());
      case Value::Type::kDate:
        Byte(kDate);
        Double(value.number());
        break;
      case Value::Type::kBytes: return WriteBytes(value);
      case Value::Type::kArray: {
        Byte(kBeginDenseArray);
        Varint(value.items().size());
        for (const Value& item : value.items()) {
          absl::Status status = Write(item);
          if (!status.ok()) return status;
        }
        Byte(kEndDenseArray);
        Varint(0);
        Varint(value.items().size());
        break;
      }
      case Value::Type::kObject: {
        Byte(kBeginJSObject);
        for (const auto& [key, item] : value.entries()) {
          absl::Status status = WriteString(key);
          if (status.ok()) status = Write(item);
          if (!status.ok()) return status;
        }
        Byte(kEndJSObject);
        Varint(value.entries().size());
        break;
      }
    }
    return absl::OkStatus();
  }

  void Byte(uint8_t byte) { out_.push_back(byte); }
  void Varint(uint64_t value) {
    do {
      uint8_t byte = value & 0x7F;
      value >>= 7;
      if (value != 0) byte |= 0x80;
      out_.push_back(byte);
    } while (value != 0);
  }

 private:
  void Double(double value) {
    uint8_t raw[sizeof(double)];
    std::memcpy(raw, &value, sizeof(raw));  // host order, as V8 writes it
    out_.insert(out_.end(), raw, raw + sizeof(raw));
  }

  void WriteNumber(double value) {
    // V8 writes small integers (Smis) as zigzag int32.
    if (value >= std::numeric_limits<int32_t>::min() &&
        value <= std::numeric_limits<int32_t>::max() &&
        value == std::trunc(value) && !(value == 0 && std::signbit(value))) {
      int32_t integer = static_cast<int32_t>(value);
      Byte(kInt32);
      Varint((static_cast<uint32_t>(integer) << 1) ^
             static_cast<uint32_t>(integer >> 31));
      return;
    }
    Byte(kDouble);
    Double(value);
  }

  absl::Status WriteString(const std::string& utf8) {
    if (!IsValidUtf8(utf8)) {
      return absl::InvalidArgumentError("a string is not valid UTF-8");
    }
    // Decode to code points; Latin-1 strings go as one byte per char.
    std::vector<uint32_t> points;
    points.reserve(utf8.size());
    bool one_byte = true;
    for (size_t i = 0; i < utf8.size();) {
      unsigned char c = static_cast<unsigned char>(utf8[i]);
      int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
      uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
      for (int k = 1; k <= extra; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
      }
      i += extra + 1;
      if (cp > 0xFF) one_byte = false;
      points.push_back(cp);
    }
    if (one_byte) {
      Byte(kOneByteString);
      Varint(points.size());
      for (uint32_t cp : points) Byte(static_cast<uint8_t>(cp));
      return absl::OkStatus();
    }
    std::vector<uint16_t> units;
    units.reserve(points.size());
    for (uint32_t cp : points) {
      if (cp < 0x10000) {
        units.push_back(static_cast<uint16_t>(cp));
      } else {
        cp -= 0x10000;
        units.push_back(static_cast<uint16_t>(0xD800 + (cp >> 10)));
        units.push_back(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
      }
    }
    Byte(kTwoByteString);
    Varint(units.size() * 2);
    for (uint16_t unit : units) {
      Byte(unit & 0xFF);  // little-endian, as V8 writes it on this host
      Byte(unit >> 8);
    }
    return absl::OkStatus();
  }

  absl::Status WriteBytes(const Value& value) {
    size_t element = BytesElementSize(value.bytes_kind());
    if (value.bytes().size() % element != 0) {
      return absl::InvalidArgumentError(absl::StrCat(
          "a typed array of ", value.bytes().size(),
          " bytes is not a whole number of ", element, "-byte elements"));
    }
    Byte(kArrayBuffer);
    Varint(value.bytes().size());
    out_.insert(out_.end(), value.bytes().begin(), value.bytes().end());
    if (value.bytes_kind() == Value::BytesKind::kArrayBuffer) {
      return absl::OkStatus();
    }
    Byte(kArrayBufferView);
    for (const ViewTag& view : kViewTags) {
      if (view.kind == value.bytes_kind()) Byte(view.tag);
    }
    Varint(0);                     // byte offset
    Varint(value.bytes().size());  // byte length
    Varint(0);                     // flags (version >= 14)
    return absl::OkStatus();
  }

  std::vector<uint8_t>& out_;
};

// ---- decoding ---------------------------------------------------------------

const char* NameOfUnsupported(uint8_t tag) {
  switch (tag) {
    case kBigInt: return "a BigInt";
    case kTrueObject:
    case kFalseObject:
    case kNumberObject:
    case kBigIntObject:
    case kStringObject: return "a boxed primitive";
    case kRegExp: return "a RegExp";
    case kBeginMap: return "a Map";
    case kBeginSet: return "a Set";
    case kResizableArrayBuffer: return "a resizable ArrayBuffer";
    case kSharedArrayBuffer: return "a SharedArrayBuffer";
    case kSharedObject: return "a shared object";
    case kWasmModuleTransfer: return "a WebAssembly.Module";
    case kWasmMemoryTransfer: return "a WebAssembly.Memory";
    case kHostObject: return "a host object (MessagePort)";
    case kError: return "an Error";
    default: return nullptr;
  }
}

class Decoder {
 public:
  // `wanted`: the ids that back-references point at (remembered, so a
  // reference can copy them); null on a first pass, which collects them.
  Decoder(const channel::Message& message, const std::set<uint32_t>* wanted)
      : wanted_(wanted),
        message_(message),
        pos_(message.bytes.data()),
        end_(message.bytes.data() + message.bytes.size()) {}

  absl::StatusOr<Value> Decode() {
    if (!ReadHeader()) return status_;
    Value value;
    if (!ReadValue(value, 0)) return status_;
    return value;
  }

  const std::set<uint32_t>& references() const { return references_; }

 private:
  static constexpr int kMaxDepth = 1000;

  bool Invalid(absl::string_view what) {
    if (status_.ok()) {
      status_ = absl::InvalidArgumentError(absl::StrCat(
          "malformed message at byte ", pos_ - message_.bytes.data(), ": ",
          what));
    }
    return false;
  }
  bool Unsupported(absl::string_view what) {
    if (status_.ok()) {
      status_ = absl::UnimplementedError(absl::StrCat(
          "the message holds ", what,
          ", which isohost::Value cannot represent"));
    }
    return false;
  }

  size_t remaining() const { return static_cast<size_t>(end_ - pos_); }

  bool ReadByte(uint8_t* out) {
    if (pos_ >= end_) return Invalid("unexpected end");
    *out = *pos_++;
    return true;
  }

  // The next tag, skipping padding.
  bool PeekTag(uint8_t* out) {
    while (pos_ < end_ && *pos_ == kPadding) ++pos_;
    if (pos_ >= end_) return Invalid("unexpected end");
    *out = *pos_;
    return true;
  }
  bool ReadTag(uint8_t* out) {
    if (!PeekTag(out)) return false;
    ++pos_;
    return true;
  }

  bool ReadVarint32(uint32_t* out) {
    uint64_t value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      uint8_t byte;
      if (!ReadByte(&byte)) return false;
      value |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) {
        if (value > std::numeric_limits<uint32_t>::max()) {
          return Invalid("varint out of range");
        }
        *out = static_cast<uint32_t>(value);
        return true;
      }
    }
    return Invalid("varint too long");
  }

  bool ReadDouble(double* out) {
    if (remaining() < sizeof(double)) return Invalid("unexpected end");
    std::memcpy(out, pos_, sizeof(double));
    pos_ += sizeof(double);
    return true;
  }

  bool ReadHeader() {
    uint8_t byte;
    if (!ReadByte(&byte)) return false;
    if (byte != kVersion) return Invalid("no version header");
    if (!ReadVarint32(&version_)) return false;
    if (version_ < 13 || version_ > kFormatVersion) {
      return Invalid(absl::StrCat("unsupported format version ", version_));
    }
    return true;
  }

  // Appends `length` Latin-1 bytes as UTF-8.
  bool ReadOneByteString(std::string* out) {
    uint32_t length;
    if (!ReadVarint32(&length)) return false;
    if (length > remaining()) return Invalid("string longer than message");
    out->reserve(length);
    for (uint32_t i = 0; i < length; ++i) {
      uint8_t c = pos_[i];
      if (c < 0x80) {
        out->push_back(static_cast<char>(c));
      } else {
        out->push_back(static_cast<char>(0xC0 | (c >> 6)));
        out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
    }
    pos_ += length;
    return true;
  }

  bool ReadTwoByteString(std::string* out) {
    uint32_t byte_length;
    if (!ReadVarint32(&byte_length)) return false;
    if (byte_length > remaining()) return Invalid("string longer than message");
    if (byte_length % 2 != 0) return Invalid("odd two-byte string length");
    size_t count = byte_length / 2;
    auto unit_at = [&](size_t i) {
      return static_cast<uint32_t>(pos_[2 * i] | (pos_[2 * i + 1] << 8));
    };
    for (size_t i = 0; i < count; ++i) {
      uint32_t cp = unit_at(i);
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < count &&
          unit_at(i + 1) >= 0xDC00 && unit_at(i + 1) <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (unit_at(i + 1) - 0xDC00);
        ++i;
      } else if (cp >= 0xD800 && cp <= 0xDFFF) {
        cp = 0xFFFD;  // a lone surrogate has no UTF-8 form
      }
      if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
      } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else {
        out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      }
    }
    pos_ += byte_length;
    return true;
  }

  bool ReadUtf8String(std::string* out) {
    uint32_t length;
    if (!ReadVarint32(&length)) return false;
    if (length > remaining()) return Invalid("string longer than message");
    out->assign(reinterpret_cast<const char*>(pos_), length);
    pos_ += length;
    if (!IsValidUtf8(*out)) return Invalid("bad UTF-8 string");
    return true;
  }

  uint32_t NewId() { return next_id_++; }

  // Values (and bytes) in `value`: what copying it costs.
  static uint64_t CountNodes(const Value& value) {
    uint64_t count = 1 + value.bytes().size() + value.string().size();
    for (const Value& item : value.items()) count += CountNodes(item);
    for (const auto& [key, item] : value.entries()) {
      count += key.size() + CountNodes(item);
    }
    return count;
  }
  // Copies only what is referenced: remembering everything would copy
  // every subtree once per level.
  void Remember(uint32_t id, const Value& value) {
    if (wanted_ == nullptr || wanted_->count(id) == 0) return;
    if (objects_.size() <= id) objects_.resize(id + 1);
    objects_[id] = value;
  }

  bool ReadValue(Value& out, int depth) {
    if (depth > kMaxDepth) return Invalid("nested too deeply");
    uint8_t tag;
    if (!ReadTag(&tag)) return false;
    bool is_buffer = false;
    switch (tag) {
      case kVerifyObjectCount: {
        // A count to ignore, then the value (a loop, not recursion: any
        // number of these must not deepen the stack).
        uint32_t ignored;
        if (!ReadVarint32(&ignored)) return false;
        while (true) {
          if (!ReadTag(&tag)) return false;
          if (tag != kVerifyObjectCount) break;
          if (!ReadVarint32(&ignored)) return false;
        }
        --pos_;  // read the real tag again below
        return ReadValue(out, depth);
      }
      case kUndefined: out = Value(); return true;
      case kNull: out = Value::Null(); return true;
      case kTrue: out = Value::Boolean(true); return true;
      case kFalse: out = Value::Boolean(false); return true;
      case kInt32: {
        uint32_t zigzag;
        if (!ReadVarint32(&zigzag)) return false;
        int32_t value = static_cast<int32_t>((zigzag >> 1) ^ -(zigzag & 1));
        out = Value::Number(value);
        return true;
      }
      case kUint32: {
        uint32_t value;
        if (!ReadVarint32(&value)) return false;
        out = Value::Number(value);
        return true;
      }
      case kDouble: {
        double value;
        if (!ReadDouble(&value)) return false;
        out = Value::Number(value);
        return true;
      }
      case kOneByteString:
      case kTwoByteString:
      case kUtf8String: {
        std::string text;
        bool ok = tag == kOneByteString   ? ReadOneByteString(&text)
                  : tag == kTwoByteString ? ReadTwoByteString(&text)
                                          : ReadUtf8String(&text);
        if (!ok) return false;
        out = Value::String(std::move(text));
        return true;
      }
      case kDate: {
        uint32_t id = NewId();
        double ms;
        if (!ReadDouble(&ms)) return false;
        out = Value::Date(ms);
        Remember(id, out);
        return true;
      }
      case kObjectReference: {
        uint32_t id;
        if (!ReadVarint32(&id)) return false;
        if (id >= next_id_) return Invalid("reference to an unknown object");
        if (wanted_ == nullptr) {  // first pass: note it, read on
          references_.insert(id);
          out = Value();
          is_buffer = true;  // it may be a buffer with a view following
          break;
        }
        if (id >= objects_.size() || !objects_[id].has_value()) {
          return Unsupported("a cyclic reference");
        }
        // Each reference copies the referenced value: bound the total, or
        // a few bytes of nested references would expand exponentially.
        copied_ += CountNodes(*objects_[id]);
        if (copied_ > copy_budget_) {
          return Unsupported(
              "more repeated references than a tree copy can hold");
        }
        out = *objects_[id];
        is_buffer = out.is_bytes() &&
                    out.bytes_kind() == Value::BytesKind::kArrayBuffer;
        break;
      }
      case kBeginJSObject: return ReadObject(out, depth);
      case kBeginDenseArray: return ReadDenseArray(out, depth);
      case kBeginSparseArray: return ReadSparseArray(out, depth);
      case kArrayBuffer: {
        uint32_t id = NewId();
        uint32_t length;
        if (!ReadVarint32(&length)) return false;
        if (length > remaining()) return Invalid("buffer longer than message");
        out = Value::Bytes(std::vector<uint8_t>(pos_, pos_ + length));
        pos_ += length;
        Remember(id, out);
        is_buffer = true;
        break;
      }
      case kArrayBufferTransfer: {
        uint32_t id = NewId();
        uint32_t index;
        if (!ReadVarint32(&index)) return false;
        if (index >= message_.attachments.size() ||
            message_.attachments[index] == nullptr ||
            message_.attachments[index]->kind() !=
                channel::Attachment::Kind::kArrayBuffer) {
          return Invalid("no transferred ArrayBuffer for this index");
        }
        const channel::Attachment& attachment = *message_.attachments[index];
        const uint8_t* data = attachment.data();
        out = Value::Bytes(data == nullptr ? std::vector<uint8_t>()
                                           : std::vector<uint8_t>(
                                                 data, data + attachment.size()));
        Remember(id, out);
        is_buffer = true;
        break;
      }
      case kArrayBufferView:
        return Invalid("a typed array without its buffer");
      default: {
        if (const char* name = NameOfUnsupported(tag)) return Unsupported(name);
        return Invalid(absl::StrCat("unknown tag 0x",
                                    absl::Hex(tag, absl::kZeroPad2)));
      }
    }
    if (is_buffer && pos_ < end_ && *pos_ == kArrayBufferView) {
      ++pos_;
      return ReadView(out);
    }
    return true;
  }

  bool ReadView(Value& buffer) {
    uint32_t id = NewId();
    uint8_t sub_tag;
    uint32_t offset, length;
    if (!ReadByte(&sub_tag) || !ReadVarint32(&offset) ||
        !ReadVarint32(&length)) {
      return false;
    }
    if (version_ >= 14) {
      uint32_t flags;
      if (!ReadVarint32(&flags)) return false;
    }
    std::optional<Value::BytesKind> kind;
    for (const ViewTag& view : kViewTags) {
      if (view.tag == static_cast<char>(sub_tag)) kind = view.kind;
    }
    if (!kind.has_value()) return Invalid("unknown typed-array kind");
    if (!buffer.is_bytes()) {
      // A first pass's stand-in for a referenced buffer.
      if (wanted_ == nullptr) return true;
      return Invalid("a typed array over something that is not a buffer");
    }
    const std::vector<uint8_t>& bytes = buffer.bytes();
    if (offset > bytes.size() || length > bytes.size() - offset ||
        length % BytesElementSize(*kind) != 0) {
      return Invalid("typed array out of its buffer's bounds");
    }
    buffer = Value::Bytes(std::vector<uint8_t>(bytes.begin() + offset,
                                               bytes.begin() + offset + length),
                          *kind);
    Remember(id, buffer);
    return true;
  }

  // A property key: a string, or a number (an index) in its JS form.
  bool ReadKey(std::string* key, int depth) {
    Value value;
    if (!ReadValue(value, depth + 1)) return false;
    if (value.is_string()) {
      *key = value.string();
    } else if (value.is_number()) {
      *key = NumberToJsString(value.number());
    } else {
      return Invalid("property key is neither a string nor a number");
    }
    return true;
  }

  bool ReadObject(Value& out, int depth) {
    uint32_t id = NewId();
    Value object = Value::Object();
    uint32_t count = 0;
    while (true) {
      uint8_t tag;
      if (!PeekTag(&tag)) return false;
      if (tag == kEndJSObject) {
        ++pos_;
        uint32_t declared;
        if (!ReadVarint32(&declared)) return false;
        if (declared != count) return Invalid("object property count");
        break;
      }
      std::string key;
      Value value;
      if (!ReadKey(&key, depth) || !ReadValue(value, depth + 1)) return false;
      object.Set(std::move(key), std::move(value));
      ++count;
    }
    out = std::move(object);
    Remember(id, out);
    return true;
  }

  bool ReadDenseArray(Value& out, int depth) {
    uint32_t id = NewId();
    uint32_t length;
    if (!ReadVarint32(&length)) return false;
    // Every element takes at least one byte.
    if (length > remaining()) return Invalid("array longer than message");
    Value array = Value::Array();
    for (uint32_t i = 0; i < length; ++i) {
      uint8_t tag;
      if (!PeekTag(&tag)) return false;
      if (tag == kTheHole) {
        ++pos_;
        array.Push(Value());
        continue;
      }
      Value item;
      if (!ReadValue(item, depth + 1)) return false;
      array.Push(std::move(item));
    }
    // Named properties of the array: read and dropped (a Value array has
    // none).
    if (!SkipProperties(kEndDenseArray, depth)) return false;
    uint32_t properties, declared_length;
    if (!ReadVarint32(&properties) || !ReadVarint32(&declared_length)) {
      return false;
    }
    if (declared_length != length) return Invalid("array length mismatch");
    out = std::move(array);
    Remember(id, out);
    return true;
  }

  bool ReadSparseArray(Value& out, int depth) {
    uint32_t id = NewId();
    uint32_t length;
    if (!ReadVarint32(&length)) return false;
    constexpr uint32_t kMaxSparseLength = 1 << 20;
    if (length > kMaxSparseLength) {
      return Unsupported("a sparse array longer than 2^20");
    }
    std::vector<Value> items(length);
    while (true) {
      uint8_t tag;
      if (!PeekTag(&tag)) return false;
      if (tag == kEndSparseArray) {
        ++pos_;
        break;
      }
      std::string key;
      Value value;
      if (!ReadKey(&key, depth) || !ReadValue(value, depth + 1)) return false;
      char* end = nullptr;
      unsigned long index = std::strtoul(key.c_str(), &end, 10);
      if (!key.empty() && *end == '\0' && index < length) {
        items[index] = std::move(value);
      }
    }
    uint32_t properties, declared_length;
    if (!ReadVarint32(&properties) || !ReadVarint32(&declared_length)) {
      return false;
    }
    Value array = Value::Array();
    for (Value& item : items) array.Push(std::move(item));
    out = std::move(array);
    Remember(id, out);
    return true;
  }

  bool SkipProperties(uint8_t end_tag, int depth) {
    while (true) {
      uint8_t tag;
      if (!PeekTag(&tag)) return false;
      if (tag == end_tag) {
        ++pos_;
        return true;
      }
      std::string key;
      Value value;
      if (!ReadKey(&key, depth) || !ReadValue(value, depth + 1)) return false;
    }
  }

  const std::set<uint32_t>* wanted_;
  std::set<uint32_t> references_;
  const channel::Message& message_;
  const uint8_t* pos_;
  const uint8_t* end_;
  uint32_t version_ = 0;
  uint32_t next_id_ = 0;
  // Decoded objects by id, for back-references; nullopt while in progress.
  std::vector<std::optional<Value>> objects_;
  // What back-references may copy in all: 64 units per input byte (at
  // least 1 M), a unit being a value, a byte or a string character.
  uint64_t copied_ = 0;
  uint64_t copy_budget_ =
      std::max<uint64_t>(1u << 20, 64u * static_cast<uint64_t>(end_ - pos_));
  absl::Status status_;
};

}  // namespace

absl::Status Encode(const Value& value, std::vector<uint8_t>* out) {
  Encoder encoder(*out);
  encoder.Byte(kVersion);
  encoder.Varint(kFormatVersion);
  return encoder.Write(value);
}

absl::StatusOr<Value> Decode(const channel::Message& message) {
  Decoder first(message, nullptr);
  absl::StatusOr<Value> value = first.Decode();
  if (!value.ok() || first.references().empty()) return value;
  // The value repeats an object: decode again, keeping the referenced ones.
  return Decoder(message, &first.references()).Decode();
}

}  // namespace isohost::wire
