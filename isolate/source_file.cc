#include "isolate/source_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>
#include <filesystem>

#include "absl/strings/str_cat.h"

namespace isohost::isolate {

absl::StatusOr<std::string> ReadSourceFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return absl::NotFoundError(
        absl::StrCat("Cannot run '", path, "': it is a directory"));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("Cannot find module '", path,
                                            "': ", std::strerror(errno)));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string source = buffer.str();
  // A leading UTF-8 byte order mark is not part of the program.
  if (source.rfind("\xEF\xBB\xBF", 0) == 0) source.erase(0, 3);
  if (source.find('\0') != std::string::npos) {
    return absl::InvalidArgumentError(
        absl::StrCat("Cannot run '", path, "': it is not a text file"));
  }
  return source;
}

}  // namespace isohost::isolate
