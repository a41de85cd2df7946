#include "isolate/web/icu_text_decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <memory>

namespace isohost::isolate {
namespace {

// Replacement mode: every unassigned or illegal sequence is one U+FFFD
// (ICU's own substitute callback writes U+001A for codepages whose
// substitution byte is 0x1A, which Node's ICU build does not show).
void SubstituteReplacement(const void*, UConverterToUnicodeArgs* args,
                           const char*, int32_t, UConverterCallbackReason reason,
                           UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to do
  static const UChar kReplacement = 0xFFFD;
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

}  // namespace

v8::MaybeLocal<v8::ArrayBuffer> IcuTextDecoder::New(v8::Isolate* isolate,
                                                   const std::string& name,
                                                   bool fatal) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(name.c_str(), &status);
  if (U_FAILURE(status) || converter == nullptr) return {};
  ucnv_setToUCallBack(converter,
                      fatal ? UCNV_TO_U_CALLBACK_STOP : SubstituteReplacement,
                      nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) {
    ucnv_close(converter);
    return {};
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
  // Node gives ICU room for exactly 2 * (smallest character size) units per
  // input byte (per pending byte when flushing, if more) and reports
  // running out of room as invalid data, even without `fatal`; so do we.
  UErrorCode status = U_ZERO_ERROR;
  size_t room = length;
  if (flush) {
    int32_t pending = ucnv_toUCountPending(converter_, &status);
    if (U_SUCCESS(status) && pending > 0 &&
        static_cast<size_t>(pending) > room) {
      room = static_cast<size_t>(pending);
    }
  }
  size_t limit = 2 * static_cast<size_t>(ucnv_getMinCharSize(converter_)) *
                 room;
  out->assign(limit + 1, u'\0');
  UChar* begin = reinterpret_cast<UChar*>(out->data());
  UChar* target = begin;
  const char* source = reinterpret_cast<const char*>(input);
  status = U_ZERO_ERROR;
  ucnv_toUnicode(converter_, &target, begin + limit, &source, source + length,
                 nullptr, flush, &status);
  bool ok = U_SUCCESS(status);
  out->resize(ok ? static_cast<size_t>(target - begin) : 0);
  if (flush) ucnv_reset(converter_);
  return ok;
}

}  // namespace isohost::isolate
