// isolate/source_file.h: reading script files for the loaders.
#ifndef ISOHOST_ISOLATE_SOURCE_FILE_H_
#define ISOHOST_ISOLATE_SOURCE_FILE_H_

#include <string>

#include "absl/status/statusor.h"

namespace isohost::isolate {

// Reads a whole script file. NotFound for a missing file or a directory,
// with a one-line message naming the path; InvalidArgument for bytes that
// are not UTF-8 text (a NUL byte). Thread-safe.
absl::StatusOr<std::string> ReadSourceFile(const std::string& path);

}  // namespace isohost::isolate

#endif  // ISOHOST_ISOLATE_SOURCE_FILE_H_
