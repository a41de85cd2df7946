// isolate/io/permissions.cc: see permissions.h.
#include "isolate/io/permissions.h"

#include <charconv>
#include <filesystem>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace isohost::isolate::io {
namespace {

std::string NormalizeHost(std::string_view host) {
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  std::string lower(host);
  absl::AsciiStrToLower(&lower);
  return lower;
}

// `list` split at commas, empty pieces dropped. (Debian's Abseil is built
// with its own string_view, so absl::StrSplit does not take ours.)
std::vector<std::string_view> SplitList(std::string_view list) {
  std::vector<std::string_view> parts;
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string_view part = list.substr(0, comma);
    if (!part.empty()) parts.push_back(part);
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return parts;
}

bool NetCovers(const NetAddress& grant, const NetAddress& wanted) {
  return grant.host == wanted.host &&
         (grant.port == 0 || grant.port == wanted.port);
}

template <typename Entry, typename Covers>
bool GrantCovers(const Grant<Entry>& grant, const Entry& wanted,
                 Covers covers) {
  if (grant.all) return true;
  for (const Entry& entry : grant.entries) {
    if (covers(entry, wanted)) return true;
  }
  return false;
}

bool PathCovers(const std::string& dir, const std::string& path) {
  return PathIsWithin(path, dir);
}

// The child's grant: `requested` if every entry of it is within `parent`.
template <typename Entry, typename Covers, typename Describe>
absl::Status NarrowGrant(const Grant<Entry>& parent,
                         const Grant<Entry>& requested, Covers covers,
                         Describe describe, const char* flag) {
  if (parent.all) return absl::OkStatus();
  if (requested.all) {
    if (parent.entries.empty()) {
      return absl::PermissionDeniedError(absl::StrCat(
          "a worker cannot be granted ", flag, ": its parent does not hold it"));
    }
    return absl::PermissionDeniedError(absl::StrCat(
        "a worker cannot be granted all of ", flag,
        ": its parent holds only ", flag, "=",
        absl::StrJoin(parent.entries, ",",
                      [&](std::string* out, const Entry& e) {
                        out->append(describe(e));
                      })));
  }
  for (const Entry& entry : requested.entries) {
    if (!GrantCovers(parent, entry, covers)) {
      return absl::PermissionDeniedError(
          absl::StrCat("a worker cannot be granted ", flag, "=",
                       describe(entry), ": its parent does not hold it"));
    }
  }
  return absl::OkStatus();
}

std::string DescribeNet(const NetAddress& address) {
  std::string host = address.host.find(':') != std::string::npos
                         ? absl::StrCat("[", address.host, "]")
                         : address.host;
  return address.port == 0 ? host : absl::StrCat(host, ":", address.port);
}

std::string DescribePath(const std::string& path) { return path; }

template <typename Entry, typename Describe>
void AppendGrant(std::string* out, const char* flag,
                 const Grant<Entry>& grant, Describe describe) {
  if (grant.empty()) return;
  if (!out->empty()) out->push_back(' ');
  out->append(flag);
  if (grant.all) return;
  out->push_back('=');
  out->append(absl::StrJoin(grant.entries, ",",
                            [&](std::string* o, const Entry& e) {
                              o->append(describe(e));
                            }));
}

}  // namespace

Permissions Permissions::All() {
  Permissions all;
  all.net.all = all.read.all = all.write.all = true;
  return all;
}

absl::StatusOr<NetAddress> Permissions::ParseNetAddress(std::string_view text) {
  std::string_view input = text;
  while (!input.empty() && absl::ascii_isspace(input.front())) {
    input.remove_prefix(1);
  }
  while (!input.empty() && absl::ascii_isspace(input.back())) {
    input.remove_suffix(1);
  }
  // Tolerate a URL-ish prefix people paste: "http://host:port/".
  for (std::string_view scheme : {"http://", "https://"}) {
    if (input.substr(0, scheme.size()) == scheme) {
      input.remove_prefix(scheme.size());
      input = input.substr(0, input.find('/'));
    }
  }
  auto bad = [&](std::string_view why) {
    return absl::InvalidArgumentError(
        absl::StrCat("invalid --allow-net entry '", std::string(text), "': ", std::string(why)));
  };
  if (input.empty()) return bad("empty host");
  NetAddress address;
  std::string_view host = input;
  std::string_view port;
  if (input.front() == '[') {
    size_t close = input.find(']');
    if (close == std::string_view::npos) return bad("unclosed '['");
    host = input.substr(1, close - 1);
    std::string_view rest = input.substr(close + 1);
    if (!rest.empty()) {
      if (rest.front() != ':') return bad("expected ':' after ']'");
      port = rest.substr(1);
    }
  } else {
    size_t colon = input.rfind(':');
    if (colon != std::string_view::npos) {
      if (input.find(':') != colon) {
        // A bare IPv6 literal: no port (write [::1]:80 for one).
        host = input;
      } else {
        host = input.substr(0, colon);
        port = input.substr(colon + 1);
      }
    }
  }
  if (host.empty()) return bad("empty host");
  for (char c : host) {
    bool ok = absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '.' ||
              c == '-' || c == '_' || c == ':' || c == '*';
    if (!ok) return bad("a host is letters, digits, '.', '-' and ':'");
  }
  address.host = NormalizeHost(host);
  if (!port.empty() || input.back() == ':') {
    int number = 0;
    auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), number);
    if (ec != std::errc() || end != port.data() + port.size() || number < 1 || number > 65535) {
      return bad("a port is a number from 1 to 65535");
    }
    address.port = number;
  }
  return address;
}

absl::StatusOr<std::vector<NetAddress>> Permissions::ParseNetList(
    std::string_view list) {
  std::vector<NetAddress> result;
  for (std::string_view part : SplitList(list)) {
    absl::StatusOr<NetAddress> address = ParseNetAddress(part);
    if (!address.ok()) return address.status();
    result.push_back(*std::move(address));
  }
  if (result.empty()) {
    return absl::InvalidArgumentError(
        "--allow-net= lists no host (write --allow-net for all)");
  }
  return result;
}

absl::StatusOr<std::vector<std::string>> Permissions::ParsePathList(
    std::string_view list) {
  std::vector<std::string> result;
  for (std::string_view part : SplitList(list)) {
    result.push_back(Canonical(part));
  }
  if (result.empty()) {
    return absl::InvalidArgumentError("the path list is empty");
  }
  return result;
}

bool Permissions::AllowsNet(std::string_view host, int port) const {
  NetAddress wanted{NormalizeHost(host), port};
  return GrantCovers(net, wanted, NetCovers);
}

bool Permissions::AllowsRead(std::string_view canonical_path) const {
  return GrantCovers(read, std::string(canonical_path), PathCovers);
}

bool Permissions::AllowsWrite(std::string_view canonical_path) const {
  return GrantCovers(write, std::string(canonical_path), PathCovers);
}

absl::StatusOr<Permissions> Permissions::Narrow(
    const Permissions& requested) const {
  absl::Status status =
      NarrowGrant(net, requested.net, NetCovers, DescribeNet, "--allow-net");
  if (status.ok()) {
    status = NarrowGrant(read, requested.read, PathCovers, DescribePath,
                         "--allow-read");
  }
  if (status.ok()) {
    status = NarrowGrant(write, requested.write, PathCovers, DescribePath,
                         "--allow-write");
  }
  if (!status.ok()) return status;
  return requested;
}

std::string Permissions::ToString() const {
  std::string out;
  AppendGrant(&out, "--allow-net", net, DescribeNet);
  AppendGrant(&out, "--allow-read", read, DescribePath);
  AppendGrant(&out, "--allow-write", write, DescribePath);
  return out;
}

std::string DeniedMessage(Access access, std::string_view resource) {
  const char* what = access == Access::kNet    ? "network"
                     : access == Access::kRead ? "read"
                                               : "write";
  const char* flag = access == Access::kNet    ? "--allow-net"
                     : access == Access::kRead ? "--allow-read"
                                               : "--allow-write";
  std::string name(resource);
  return absl::StrCat("isohost: ", what, " access to '", name,
                      "' is not granted to this runtime (grant it with ",
                      flag, "=", name, ")");
}

const char* PermissionName(Access access) {
  switch (access) {
    case Access::kNet:
      return "Net";
    case Access::kRead:
      return "FileSystemRead";
    case Access::kWrite:
      return "FileSystemWrite";
  }
  return "";
}

std::string Canonical(std::string_view path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path input(path);
  if (input.is_relative()) {
    fs::path cwd = fs::current_path(ec);
    if (!ec) input = cwd / input;
  }
  // weakly_canonical resolves the existing prefix as the OS would (a
  // symlink before a "..": not lexically first, which would let
  // "granted/link/../x" pass for "granted/x") and appends the rest.
  fs::path resolved = fs::weakly_canonical(input, ec);
  std::string result =
      ec ? input.lexically_normal().string() : resolved.string();
  while (result.size() > 1 && result.back() == '/') result.pop_back();
  return result;
}

bool PathIsWithin(std::string_view path, std::string_view dir) {
  if (dir == "/") return !path.empty() && path.front() == '/';
  if (path.size() < dir.size() || path.substr(0, dir.size()) != dir) {
    return false;
  }
  return path.size() == dir.size() || path[dir.size()] == '/';
}

}  // namespace isohost::isolate::io
