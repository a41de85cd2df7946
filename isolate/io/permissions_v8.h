// isolate/io/permissions_v8.h: Permissions as JS gives and sees them.
//
// ReadWorkerPermissions() reads the `permissions` option of `new
// Worker()`, NewAccessDeniedError() makes the error a denied call throws.
// Free functions; runtime thread only (they take the isolate in use).
#ifndef ISOHOST_ISOLATE_IO_PERMISSIONS_V8_H_
#define ISOHOST_ISOLATE_IO_PERMISSIONS_V8_H_

#include <optional>
#include <string>
#include <string_view>

#include "isolate/io/permissions.h"
#include "v8-context.h"
#include "v8-isolate.h"
#include "v8-object.h"

namespace isohost::isolate::io {

// A worker's grants from its `permissions` option (Deno's
// PermissionOptions):
//   undefined or "inherit": the parent's;  "none": nothing;
//   { net, read, write }: each "inherit", true (all), false (nothing) or
//   a list (hosts "h[:port]"; paths, relative ones against `base_dir`);
//   a key left out is false, as in Deno.
// Asking for more than `parent` holds throws ERR_ACCESS_DENIED; a value
// of the wrong shape throws ERR_INVALID_ARG_TYPE/VALUE. On a throw the
// result is nullopt (the exception is pending).
std::optional<Permissions> ReadWorkerPermissions(
    v8::Isolate* isolate, v8::Local<v8::Context> context,
    v8::Local<v8::Value> option, const Permissions& parent,
    const std::string& base_dir);

// Error ERR_ACCESS_DENIED with DeniedMessage() and the properties
// `permission` (PermissionName()) and `resource`.
v8::Local<v8::Object> NewAccessDeniedError(v8::Isolate* isolate,
                                           Access access,
                                           std::string_view resource);

}  // namespace isohost::isolate::io

#endif  // ISOHOST_ISOLATE_IO_PERMISSIONS_V8_H_
