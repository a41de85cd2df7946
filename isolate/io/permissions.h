// isolate/io/permissions.h: what I/O a runtime is granted (deny by default).
//
// Permissions is the capability set of one runtime, in Deno's model: three
// grants (net, read, write), each either nothing (the default), everything,
// or a list. A net grant lists hosts, each with an optional port
// ("example.com", "127.0.0.1:8080", "[::1]:443"); a read or write grant
// lists paths, each covering itself and everything below it. Paths are
// compared after symlinks are resolved (Canonical()), so a link inside a
// granted folder that points outside it is refused.
//
// A worker's grants are its parent's unless it asks for fewer
// (Narrow()); it can never be given more than its parent holds.
//
// V8-free: host/ builds these and RuntimeOptions carries them. A plain
// value type (copyable, thread-compatible); a runtime reads its own copy
// on its own thread.
#ifndef ISOHOST_ISOLATE_IO_PERMISSIONS_H_
#define ISOHOST_ISOLATE_IO_PERMISSIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace isohost::isolate::io {

// One entry of a net grant: a host name or IP literal (lower case, IPv6
// without brackets) and a port, 0 for any.
struct NetAddress {
  std::string host;
  int port = 0;
  bool operator==(const NetAddress&) const = default;
};

// A grant over one kind of resource.
template <typename Entry>
struct Grant {
  bool all = false;
  std::vector<Entry> entries;  // when !all; empty: nothing granted
  bool empty() const { return !all && entries.empty(); }
  bool operator==(const Grant&) const = default;
};

struct Permissions {
  Grant<NetAddress> net;
  Grant<std::string> read;   // absolute, canonical paths
  Grant<std::string> write;  // absolute, canonical paths

  // Everything granted (isohost run --allow-all).
  static Permissions All();

  // Parses "host[:port],..." (the value of --allow-net=) into `grant`'s
  // entries. InvalidArgument naming the bad entry otherwise.
  static absl::StatusOr<NetAddress> ParseNetAddress(std::string_view text);
  static absl::StatusOr<std::vector<NetAddress>> ParseNetList(
      std::string_view list);
  // Paths of --allow-read=/--allow-write=, comma-separated; each made
  // absolute against the working directory and canonical.
  static absl::StatusOr<std::vector<std::string>> ParsePathList(
      std::string_view list);

  // Whether a connection to `host`:`port` is granted. `host` as in a URL
  // (brackets around IPv6 are ignored; case-insensitive).
  bool AllowsNet(std::string_view host, int port) const;
  // Whether `canonical_path` (from Canonical()) may be read / written.
  bool AllowsRead(std::string_view canonical_path) const;
  bool AllowsWrite(std::string_view canonical_path) const;

  // The grants of a child that asks for `requested` (each grant of which
  // is either the parent's, for "inherit", or the child's own). Fails with
  // PermissionDenied naming the first entry the parent does not hold.
  absl::StatusOr<Permissions> Narrow(const Permissions& requested) const;

  // "--allow-net=a,b --allow-read" style, for messages and tests.
  std::string ToString() const;

  bool operator==(const Permissions&) const = default;
};

// What a denied call needed, for its error.
enum class Access { kNet, kRead, kWrite };

// The message of the ERR_ACCESS_DENIED error a denied call raises:
// "isohost: read access to '/etc/passwd' is not granted to this runtime
// (grant it with --allow-read=/etc/passwd)". `resource` is the canonical
// path, or "host:port" for the network.
std::string DeniedMessage(Access access, std::string_view resource);
// Node's permission-model name for it ("Net", "FileSystemRead",
// "FileSystemWrite"): the error's `permission`.
const char* PermissionName(Access access);

// The absolute, canonical form of `path` (relative to the working
// directory): symlinks resolved for the longest prefix that exists, the
// rest appended lexically (a file about to be created). Never fails: a
// path whose existing prefix cannot be resolved is only normalized.
std::string Canonical(std::string_view path);

// Whether `path` is `dir` or below it (both canonical).
bool PathIsWithin(std::string_view path, std::string_view dir);

}  // namespace isohost::isolate::io

#endif  // ISOHOST_ISOLATE_IO_PERMISSIONS_H_
