#include "isolate/web/icu_text_decoder.h"

#include <unicode/ucnv.h>

#include <memory>

namespace isohost::isolate {

v8::MaybeLocal<v8::ArrayBuffer> IcuTextDecoder::New(v8::Isolate* isolate,
                                                   const std::string& name,
                                                   bool fatal) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status) || converter == nullptr) return {};
  if (fatal) {
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                        nullptr, &status);
    if (U_FAILURE(status)) {
      ucnv_close(converter);
      return {};
    }
  }
  auto* decoder = new IcuTextDecoder(converter);
  // V8 keeps no data pointer for a zero-length store, so the buffer spans
  // the object; only internal JS ever holds it (it never makes a view).
  std::unique_ptr<v8::BackingStore> store = v8::ArrayBuffer::NewBackingStore(
      decoder, sizeof(IcuTextDecoder), &IcuTextDecoder::Delete, nullptr);
  return v8::ArrayBuffer::New(isolate, std::move(store));
}

IcuTextDecoder* IcuTextDecoder::FromHandle(v8::Local<v8::Value> handle) {
  if (handle.IsEmpty() || !handle->IsArrayBuffer()) return nullptr;
  v8::Local<v8::ArrayBuffer> buffer = handle.As<v8::ArrayBuffer>();
  if (buffer->ByteLength() != sizeof(IcuTextDecoder) ||
      buffer->Data() == nullptr) {
    return nullptr;
  }
  auto* decoder = static_cast<IcuTextDecoder*>(buffer->Data());
  // Only internal JS holds handles; the magic guards against a mix-up.
  return decoder->magic_ == kMagic ? decoder : nullptr;
}

void IcuTextDecoder::Delete(void* data, size_t, void*) {
  delete static_cast<IcuTextDecoder*>(data);
}

IcuTextDecoder::~IcuTextDecoder() {
  magic_ = 0;
  ucnv_close(converter_);
}

bool IcuTextDecoder::Decode(const uint8_t* input, size_t length, bool flush,
                            std::u16string* out) {
  out->clear();
  const char* source = reinterpret_cast<const char*>(input);
  const char* source_end = source + length;
  size_t capacity = length * 2 + 16;
  size_t used = 0;
  bool ok = true;
  for (;;) {
    out->resize(capacity);
    UChar* target = reinterpret_cast<UChar*>(out->data()) + used;
    UChar* target_end = reinterpret_cast<UChar*>(out->data()) + capacity;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(converter_, &target, target_end, &source, source_end,
                   nullptr, flush, &status);
    used = static_cast<size_t>(target -
                               reinterpret_cast<UChar*>(out->data()));
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      capacity *= 2;
      continue;
    }
    ok = U_SUCCESS(status);
    break;
  }
  out->resize(used);
  if (flush) ucnv_reset(converter_);
  return ok;
}

}  // namespace isohost::isolate
