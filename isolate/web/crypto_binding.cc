#include "isolate/web/crypto_binding.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/synchronization/mutex.h"
#include "isolate/binding_util.h"
#include "isolate/v8_util.h"
#include "v8-array-buffer.h"
#include "v8-container.h"
#include "v8-exception.h"
#include "v8-function.h"
#include "v8-primitive.h"

namespace isohost::isolate {
namespace {

using Args = const v8::FunctionCallbackInfo<v8::Value>&;

// The bytes of an ArrayBuffer, SharedArrayBuffer or view; keeps the
// backing store alive while the C++ side reads or writes them.
struct Bytes {
  std::shared_ptr<v8::BackingStore> store;
  uint8_t* data = nullptr;
  size_t size = 0;
};

bool BytesOf(v8::Local<v8::Value> value, Bytes* bytes) {
  static uint8_t empty = 0;
  if (value->IsArrayBufferView()) {
    v8::Local<v8::ArrayBufferView> view = value.As<v8::ArrayBufferView>();
    bytes->size = view->ByteLength();
    if (bytes->size == 0) {
      bytes->data = &empty;
      return true;
    }
    bytes->store = view->Buffer()->GetBackingStore();
    bytes->data = static_cast<uint8_t*>(bytes->store->Data()) + view->ByteOffset();
    return true;
  }
  if (value->IsArrayBuffer() || value->IsSharedArrayBuffer()) {
    bytes->store = value->IsArrayBuffer()
                       ? value.As<v8::ArrayBuffer>()->GetBackingStore()
                       : value.As<v8::SharedArrayBuffer>()->GetBackingStore();
    bytes->size = bytes->store->ByteLength();
    bytes->data = bytes->size == 0
                      ? &empty
                      : static_cast<uint8_t*>(bytes->store->Data());
    return true;
  }
  return false;
}

// The bytes of `value` for an update: a buffer as is, or a string in one of
// the encodings C++ does itself (`encoding`: "latin1" = the low byte of
// each UTF-16 unit, "utf16le", anything else UTF-8 with lone surrogates as
// U+FFFD); JS decodes hex and base64 first. `scratch` holds the string's
// bytes while they are used.
bool InputOf(v8::Isolate* isolate, v8::Local<v8::Value> value,
             v8::Local<v8::Value> encoding, std::string* scratch,
             Bytes* bytes);

void ThrowTypeError(v8::Isolate* isolate, const char* text) {
  isolate->ThrowException(v8::Exception::TypeError(NewString(isolate, text)));
}

// OpenSSL's failures also leave entries on the thread's error queue:
// every failure path clears it, so nothing leaks into a later call.
void ThrowError(v8::Isolate* isolate, const char* text) {
  ERR_clear_error();
  isolate->ThrowException(v8::Exception::Error(NewString(isolate, text)));
}

bool InputOf(v8::Isolate* isolate, v8::Local<v8::Value> value,
             v8::Local<v8::Value> encoding, std::string* scratch,
             Bytes* bytes) {
  if (!value->IsString()) return BytesOf(value, bytes);
  v8::Local<v8::String> string = value.As<v8::String>();
  std::string name = encoding->IsString() ? ToStdString(isolate, encoding) : "";
  if (name == "latin1") {
    scratch->resize(string->Length());
    string->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(scratch->data()),
                         0, -1, v8::String::NO_NULL_TERMINATION);
  } else if (name == "utf16le") {
    std::vector<uint16_t> units(string->Length());
    string->Write(isolate, units.data(), 0, -1,
                  v8::String::NO_NULL_TERMINATION);
    scratch->resize(units.size() * 2);
    for (size_t i = 0; i < units.size(); ++i) {
      (*scratch)[2 * i] = static_cast<char>(units[i] & 0xff);
      (*scratch)[2 * i + 1] = static_cast<char>(units[i] >> 8);
    }
  } else {
    scratch->resize(string->Utf8Length(isolate));
    int written = string->WriteUtf8(
        isolate, scratch->data(), static_cast<int>(scratch->size()), nullptr,
        v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    scratch->resize(static_cast<size_t>(written));
  }
  static uint8_t empty = 0;
  bytes->data = scratch->empty() ? &empty
                                 : reinterpret_cast<uint8_t*>(scratch->data());
  bytes->size = scratch->size();
  return true;
}

// Digest look-up: OpenSSL's names ("sha256", "RSA-SHA256", "SHA2-256",
// "sha3-512", "md5", ...), case-insensitive as OpenSSL matches them. The
// legacy table first (what Node's createHash() uses), then a provider
// fetch, cached for the process (fetched digests are never freed; only
// names that exist are cached, so made-up names cannot grow the cache).
const EVP_MD* FindDigest(const std::string& name) {
  if (const EVP_MD* md = EVP_get_digestbyname(name.c_str())) return md;
  static absl::Mutex mu;
  static auto* fetched = new std::map<std::string, EVP_MD*>();
  std::string key = absl::AsciiStrToLower(name);  // one entry per digest
  absl::MutexLock lock(&mu);
  auto it = fetched->find(key);
  if (it != fetched->end()) return it->second;
  EVP_MD* md = EVP_MD_fetch(nullptr, name.c_str(), nullptr);
  if (md == nullptr) {
    ERR_clear_error();
    return nullptr;
  }
  (*fetched)[key] = md;
  return md;
}

bool IsXof(const EVP_MD* md) {
  return (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
}

EVP_MAC* HmacAlgorithm() {
  static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return mac;
}

// ---- handles ---------------------------------------------------------------

// The OpenSSL state behind a hash or HMAC handle. Owned by the handle's
// backing store (freed by its deleter, on any thread).
struct CryptoContext {
  static constexpr uint32_t kMagic = 0x69736f63;  // "isoc"
  uint32_t magic = kMagic;
  EVP_MD_CTX* md = nullptr;
  EVP_MAC_CTX* mac = nullptr;

  ~CryptoContext() {
    EVP_MD_CTX_free(md);
    EVP_MAC_CTX_free(mac);
    magic = 0;
  }
  static void Delete(void* data, size_t length, void* deleter_data) {
    delete static_cast<CryptoContext*>(deleter_data);
  }
};

v8::Local<v8::ArrayBuffer> NewHandle(v8::Isolate* isolate,
                                     std::unique_ptr<CryptoContext> context) {
  CryptoContext* raw = context.release();
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      raw, 0, &CryptoContext::Delete, raw);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

CryptoContext* HandleOf(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  CryptoContext* context = nullptr;
  if (value->IsArrayBuffer()) {
    std::shared_ptr<v8::BackingStore> store =
        value.As<v8::ArrayBuffer>()->GetBackingStore();
    if (store->ByteLength() == 0 && store->Data() != nullptr) {
      context = static_cast<CryptoContext*>(store->Data());
    }
  }
  if (context == nullptr || context->magic != CryptoContext::kMagic) {
    ThrowTypeError(isolate, "not a crypto handle");
    return nullptr;
  }
  return context;
}

// ---- random ----------------------------------------------------------------

// randomFill(target, offset, length): fills bytes [offset, offset + length)
// of an ArrayBuffer or view (JS checked the range).
void RandomFill(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes bytes;
  if (!BytesOf(args[0], &bytes)) return ThrowTypeError(isolate, "not a buffer");
  double offset = args[1]->IsNumber() ? args[1].As<v8::Number>()->Value() : 0;
  double length = args[2]->IsNumber() ? args[2].As<v8::Number>()->Value()
                                      : static_cast<double>(bytes.size);
  if (!(offset >= 0) || !(length >= 0) ||
      offset + length > static_cast<double>(bytes.size)) {
    return ThrowTypeError(isolate, "randomFill: range out of bounds");
  }
  size_t start = static_cast<size_t>(offset);
  size_t count = static_cast<size_t>(length);
  // RAND_bytes takes an int: fill in chunks.
  while (count > 0) {
    int chunk = static_cast<int>(std::min<size_t>(count, 1 << 30));
    if (RAND_bytes(bytes.data + start, chunk) != 1) {
      return ThrowError(isolate, "OpenSSL RAND_bytes failed");
    }
    start += chunk;
    count -= chunk;
  }
}

// ---- digests ---------------------------------------------------------------

// Finishes `ctx` into `out`: exactly the digest's size, or any size for
// an extendable-output digest (SHAKE).
bool FinishDigest(EVP_MD_CTX* ctx, const Bytes& out) {
  const EVP_MD* md = EVP_MD_CTX_get0_md(ctx);
  if (IsXof(md)) {
    return out.size == 0 || EVP_DigestFinalXOF(ctx, out.data, out.size) == 1;
  }
  if (out.size != static_cast<size_t>(EVP_MD_get_size(md))) return false;
  unsigned int written = 0;
  return EVP_DigestFinal_ex(ctx, out.data, &written) == 1 &&
         written == out.size;
}

// digest(name, data, out) -> true, or false for an unknown digest. `out`
// (a view JS made, so a failed allocation was an ordinary RangeError) gets
// the digest.
void Digest(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  const EVP_MD* md = FindDigest(ToStdString(isolate, args[0]));
  if (md == nullptr) return args.GetReturnValue().Set(false);
  Bytes bytes;
  Bytes out;
  if (!BytesOf(args[1], &bytes) || !BytesOf(args[2], &out)) {
    return ThrowTypeError(isolate, "not a buffer");
  }
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(
      EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (ctx == nullptr || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), bytes.data, bytes.size) != 1 ||
      !FinishDigest(ctx.get(), out)) {
    return ThrowError(isolate, "Digest failed");
  }
  args.GetReturnValue().Set(true);
}

// hashCreate(name) -> handle; undefined for an unknown digest, null for
// one OpenSSL knows but its providers do not implement (md4 without the
// legacy provider).
void HashCreate(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  const EVP_MD* md = FindDigest(ToStdString(isolate, args[0]));
  if (md == nullptr) return;
  auto context = std::make_unique<CryptoContext>();
  context->md = EVP_MD_CTX_new();
  if (context->md == nullptr ||
      EVP_DigestInit_ex(context->md, md, nullptr) != 1) {
    ERR_clear_error();
    return args.GetReturnValue().SetNull();
  }
  args.GetReturnValue().Set(NewHandle(isolate, std::move(context)));
}

// hashUpdate(handle, data, encoding?): data a buffer or a string (see
// InputOf()).
void HashUpdate(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  CryptoContext* context = HandleOf(isolate, args[0]);
  if (context == nullptr || context->md == nullptr) return;
  Bytes bytes;
  std::string scratch;
  if (!InputOf(isolate, args[1], args[2], &scratch, &bytes)) {
    return ThrowTypeError(isolate, "not a buffer");
  }
  if (EVP_DigestUpdate(context->md, bytes.data, bytes.size) != 1) {
    ThrowError(isolate, "Digest update failed");
  }
}

// hashDigest(handle, out): finishes the context into `out` (JS never
// updates it again).
void HashDigest(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  CryptoContext* context = HandleOf(isolate, args[0]);
  if (context == nullptr || context->md == nullptr) return;
  Bytes out;
  if (!BytesOf(args[1], &out)) return ThrowTypeError(isolate, "not a buffer");
  if (!FinishDigest(context->md, out)) ThrowError(isolate, "Digest failed");
}

// hashCopy(handle) -> a new handle with the same state.
void HashCopy(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  CryptoContext* context = HandleOf(isolate, args[0]);
  if (context == nullptr || context->md == nullptr) return;
  auto copy = std::make_unique<CryptoContext>();
  copy->md = EVP_MD_CTX_new();
  if (copy->md == nullptr || EVP_MD_CTX_copy_ex(copy->md, context->md) != 1) {
    return ThrowError(isolate, "Digest copy failed");
  }
  args.GetReturnValue().Set(NewHandle(isolate, std::move(copy)));
}

// digestInfo(name) -> [size, blockSize, isXof]; undefined if unknown.
void DigestInfo(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  const EVP_MD* md = FindDigest(ToStdString(isolate, args[0]));
  if (md == nullptr) return;
  v8::Local<v8::Value> items[] = {
      v8::Integer::New(isolate, EVP_MD_get_size(md)),
      v8::Integer::New(isolate, EVP_MD_get_block_size(md)),
      v8::Boolean::New(isolate, IsXof(md)),
  };
  args.GetReturnValue().Set(v8::Array::New(isolate, items, 3));
}

// hashes() -> the digest names OpenSSL's table lists that can be fetched
// (as Node's crypto.getHashes() collects them), in table order.
void Hashes(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  std::vector<std::string> names;
  EVP_MD_do_all_sorted(
      [](const EVP_MD* md, const char* from, const char* to, void* arg) {
        if (from == nullptr) return;
        auto* out = static_cast<std::vector<std::string>*>(arg);
        // An alias (to != null) or a digest: either way it must work.
        const EVP_MD* found = EVP_get_digestbyname(from);
        if (found == nullptr) return;
        EVP_MD* fetched =
            EVP_MD_fetch(nullptr, EVP_MD_get0_name(found), nullptr);
        if (fetched == nullptr) return ERR_clear_error();
        EVP_MD_free(fetched);
        out->push_back(from);
      },
      &names);
  std::vector<v8::Local<v8::Value>> values;
  for (const std::string& name : names) values.push_back(NewString(isolate, name));
  args.GetReturnValue().Set(
      v8::Array::New(isolate, values.data(), values.size()));
}

// ---- HMAC ------------------------------------------------------------------

std::unique_ptr<CryptoContext> NewHmac(const EVP_MD* md, const Bytes& key) {
  static const uint8_t kEmptyKey = 0;
  EVP_MAC* mac = HmacAlgorithm();
  if (mac == nullptr || IsXof(md)) return nullptr;
  auto context = std::make_unique<CryptoContext>();
  context->mac = EVP_MAC_CTX_new(mac);
  if (context->mac == nullptr) return nullptr;
  std::string digest = EVP_MD_get0_name(md);
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest.data(), 0),
      OSSL_PARAM_construct_end(),
  };
  // A null key means "keep the old one" to OpenSSL: pass a real pointer
  // for the empty key.
  const uint8_t* data = key.size == 0 ? &kEmptyKey : key.data;
  if (EVP_MAC_init(context->mac, data, key.size, params) != 1) return nullptr;
  return context;
}

// Finishes an HMAC into `out` (exactly the MAC's size).
bool FinishHmac(CryptoContext& context, const Bytes& out) {
  size_t written = 0;
  return out.size == EVP_MAC_CTX_get_mac_size(context.mac) &&
         EVP_MAC_final(context.mac, out.data, &written, out.size) == 1 &&
         written == out.size;
}

// hmacCreate(name, key, keyEncoding?) -> handle; undefined for an unknown digest (or
// one HMAC cannot use).
void HmacCreate(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  const EVP_MD* md = FindDigest(ToStdString(isolate, args[0]));
  if (md == nullptr) return;
  Bytes key;
  std::string scratch;
  if (!InputOf(isolate, args[1], args[2], &scratch, &key)) {
    return ThrowTypeError(isolate, "not a buffer");
  }
  std::unique_ptr<CryptoContext> context = NewHmac(md, key);
  if (context == nullptr) return ERR_clear_error();
  args.GetReturnValue().Set(NewHandle(isolate, std::move(context)));
}

// hmacUpdate(handle, data, encoding?): as hashUpdate().
void HmacUpdate(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  CryptoContext* context = HandleOf(isolate, args[0]);
  if (context == nullptr || context->mac == nullptr) return;
  Bytes bytes;
  std::string scratch;
  if (!InputOf(isolate, args[1], args[2], &scratch, &bytes)) {
    return ThrowTypeError(isolate, "not a buffer");
  }
  if (EVP_MAC_update(context->mac, bytes.data, bytes.size) != 1) {
    ThrowError(isolate, "HMAC update failed");
  }
}

// hmacDigest(handle, out)
void HmacDigest(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  CryptoContext* context = HandleOf(isolate, args[0]);
  if (context == nullptr || context->mac == nullptr) return;
  Bytes out;
  if (!BytesOf(args[1], &out)) return ThrowTypeError(isolate, "not a buffer");
  if (!FinishHmac(*context, out)) ThrowError(isolate, "HMAC failed");
}

// hmac(name, key, data, out) -> true, or false for an unknown digest.
void Hmac(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  const EVP_MD* md = FindDigest(ToStdString(isolate, args[0]));
  if (md == nullptr) return args.GetReturnValue().Set(false);
  Bytes key;
  Bytes data;
  Bytes out;
  if (!BytesOf(args[1], &key) || !BytesOf(args[2], &data) ||
      !BytesOf(args[3], &out)) {
    return ThrowTypeError(isolate, "not a buffer");
  }
  std::unique_ptr<CryptoContext> context = NewHmac(md, key);
  if (context == nullptr) {
    ERR_clear_error();
    return args.GetReturnValue().Set(false);
  }
  if (EVP_MAC_update(context->mac, data.data, data.size) != 1 ||
      !FinishHmac(*context, out)) {
    return ThrowError(isolate, "HMAC failed");
  }
  args.GetReturnValue().Set(true);
}

// timingSafeEqual(a, b) -> bool (equal lengths: JS checked).
void TimingSafeEqual(Args args) {
  v8::Isolate* isolate = args.GetIsolate();
  Bytes a;
  Bytes b;
  if (!BytesOf(args[0], &a) || !BytesOf(args[1], &b)) {
    return ThrowTypeError(isolate, "not a buffer");
  }
  if (a.size != b.size) return ThrowTypeError(isolate, "lengths differ");
  args.GetReturnValue().Set(CRYPTO_memcmp(a.data, b.data, a.size) == 0);
}

}  // namespace

void InstallCryptoBinding(Runtime& runtime, v8::Local<v8::Object> target) {
  SetMethod(runtime, target, "randomFill", RandomFill);
  SetMethod(runtime, target, "digest", Digest);
  SetMethod(runtime, target, "digestInfo", DigestInfo);
  SetMethod(runtime, target, "hashCreate", HashCreate);
  SetMethod(runtime, target, "hashUpdate", HashUpdate);
  SetMethod(runtime, target, "hashDigest", HashDigest);
  SetMethod(runtime, target, "hashCopy", HashCopy);
  SetMethod(runtime, target, "hashes", Hashes);
  SetMethod(runtime, target, "hmacCreate", HmacCreate);
  SetMethod(runtime, target, "hmacUpdate", HmacUpdate);
  SetMethod(runtime, target, "hmacDigest", HmacDigest);
  SetMethod(runtime, target, "hmac", Hmac);
  SetMethod(runtime, target, "timingSafeEqual", TimingSafeEqual);
}

}  // namespace isohost::isolate
