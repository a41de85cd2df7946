// isolate/io/permissions_v8.cc: see permissions_v8.h.
#include "isolate/io/permissions_v8.h"

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "isolate/v8_util.h"
#include "v8-exception.h"
#include "v8-primitive.h"
#include "v8-array-buffer.h"
#include "v8-container.h"

namespace isohost::isolate::io {
namespace {

void ThrowCoded(v8::Isolate* isolate, const char* code, std::string text,
                bool type_error) {
  v8::Local<v8::String> message = NewString(isolate, text);
  v8::Local<v8::Object> error =
      (type_error ? v8::Exception::TypeError(message)
                  : v8::Exception::Error(message))
          .As<v8::Object>();
  error->Set(isolate->GetCurrentContext(), NewString(isolate, "code"),
             NewString(isolate, code))
      .FromMaybe(false);
  isolate->ThrowException(error);
}

// One grant of the option: "inherit", a boolean, or a list of strings.
// False (with an exception pending) for anything else.
template <typename Entry, typename Parse>
bool ReadGrant(v8::Isolate* isolate, v8::Local<v8::Context> context,
               v8::Local<v8::Value> value, const Grant<Entry>& parent,
               const char* key, Parse parse, Grant<Entry>* out) {
  if (value->IsUndefined() || value->IsFalse()) return true;  // nothing
  if (value->IsTrue()) {
    out->all = true;
    return true;
  }
  if (value->IsString()) {
    if (ToStdString(isolate, value) == "inherit") {
      *out = parent;
      return true;
    }
  } else if (value->IsArray()) {
    v8::Local<v8::Array> array = value.As<v8::Array>();
    for (uint32_t i = 0; i < array->Length(); ++i) {
      v8::Local<v8::Value> item;
      if (!array->Get(context, i).ToLocal(&item)) return false;
      if (!item->IsString()) {
        ThrowCoded(isolate, "ERR_INVALID_ARG_TYPE",
                   absl::StrCat("The \"permissions.", key,
                                "\" entries must be strings"),
                   true);
        return false;
      }
      if (!parse(ToStdString(isolate, item), out)) return false;
    }
    return true;
  }
  ThrowCoded(isolate, "ERR_INVALID_ARG_VALUE",
             absl::StrCat("The \"permissions.", key,
                          "\" option must be \"inherit\", a boolean or an "
                          "array of strings"),
             true);
  return false;
}

}  // namespace

std::optional<Permissions> ReadWorkerPermissions(
    v8::Isolate* isolate, v8::Local<v8::Context> context,
    v8::Local<v8::Value> option, const Permissions& parent,
    const std::string& base_dir) {
  if (option->IsUndefined() || option->IsNull()) return parent;
  if (option->IsString()) {
    std::string word = ToStdString(isolate, option);
    if (word == "inherit") return parent;
    if (word == "none") return Permissions();
  }
  if (!option->IsObject() || option->IsArray()) {
    ThrowCoded(isolate, "ERR_INVALID_ARG_VALUE",
               "The \"permissions\" option must be \"inherit\", \"none\" or "
               "an object { net, read, write }",
               true);
    return std::nullopt;
  }
  v8::Local<v8::Object> object = option.As<v8::Object>();
  auto get = [&](const char* key, v8::Local<v8::Value>* value) {
    return object->Get(context, NewString(isolate, key)).ToLocal(value);
  };
  Permissions requested;
  v8::Local<v8::Value> net, read, write;
  if (!get("net", &net) || !get("read", &read) || !get("write", &write)) {
    return std::nullopt;
  }
  auto parse_net = [&](const std::string& text, Grant<NetAddress>* out) {
    absl::StatusOr<NetAddress> address = Permissions::ParseNetAddress(text);
    if (!address.ok()) {
      ThrowCoded(isolate, "ERR_INVALID_ARG_VALUE",
                 std::string(address.status().message()), true);
      return false;
    }
    out->entries.push_back(*std::move(address));
    return true;
  };
  auto parse_path = [&](const std::string& text, Grant<std::string>* out) {
    std::filesystem::path path(text);
    if (path.is_relative()) path = std::filesystem::path(base_dir) / path;
    out->entries.push_back(Canonical(path.string()));
    return true;
  };
  if (!ReadGrant(isolate, context, net, parent.net, "net", parse_net,
                 &requested.net) ||
      !ReadGrant(isolate, context, read, parent.read, "read", parse_path,
                 &requested.read) ||
      !ReadGrant(isolate, context, write, parent.write, "write", parse_path,
                 &requested.write)) {
    return std::nullopt;
  }
  absl::StatusOr<Permissions> narrowed = parent.Narrow(requested);
  if (!narrowed.ok()) {
    ThrowCoded(isolate, "ERR_ACCESS_DENIED",
               absl::StrCat("isohost: ", narrowed.status().message()), false);
    return std::nullopt;
  }
  return *std::move(narrowed);
}

v8::Local<v8::Object> NewAccessDeniedError(v8::Isolate* isolate,
                                           Access access,
                                           std::string_view resource) {
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> error =
      v8::Exception::Error(NewString(isolate, DeniedMessage(access, resource)))
          .As<v8::Object>();
  auto set = [&](const char* key, std::string_view value) {
    error->Set(context, NewString(isolate, key), NewString(isolate, value))
        .FromMaybe(false);
  };
  set("code", "ERR_ACCESS_DENIED");
  set("permission", PermissionName(access));
  set("resource", resource);
  return error;
}

}  // namespace isohost::isolate::io
