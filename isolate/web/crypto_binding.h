// isolate/web/crypto_binding.h: binding('crypto'), OpenSSL 3 for JS.
//
// The synchronous primitives internal:web/crypto (Web Crypto) and
// node:crypto are built on: random bytes (RAND_bytes), one-shot and
// incremental digests (EVP_Digest*), HMAC (EVP_MAC), constant-time
// comparison (CRYPTO_memcmp) and the digest names OpenSSL knows. Inputs
// are ArrayBuffers or views (JS does the argument checking and the
// string encodings); results go into views JS allocated (so a runtime at
// its memory cap gets an ordinary RangeError, never a fatal allocation
// failure inside C++).
//
// An incremental hash or HMAC is a handle: a zero-length ArrayBuffer whose
// backing store owns the OpenSSL context (its deleter frees it), so the
// context goes when the handle is collected or the isolate is disposed,
// on whatever thread V8 releases it. JS keeps handles private.
//
// Runtime thread only (the functions are V8 callbacks); the handles'
// contexts are used by one runtime at a time.
#ifndef ISOHOST_ISOLATE_WEB_CRYPTO_BINDING_H_
#define ISOHOST_ISOLATE_WEB_CRYPTO_BINDING_H_

#include "isolate/runtime.h"
#include "v8-local-handle.h"
#include "v8-object.h"

namespace isohost::isolate {

// Fills `target` with the binding's functions (BuiltinRegistry installer).
void InstallCryptoBinding(Runtime& runtime, v8::Local<v8::Object> target);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_WEB_CRYPTO_BINDING_H_
