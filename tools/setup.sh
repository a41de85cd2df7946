#!/usr/bin/env bash
# tools/setup.sh: installs what building and testing isohost needs on a
# fresh Debian 12 machine (as root, or with sudo). Idempotent and quiet when
# everything is there already. V8 itself is not installed: the build
# downloads Debian's libnode108/libnode-dev and unpacks them (bazel/libnode.bzl).
set -euo pipefail

packages=(
  bazel-bootstrap bazel-platforms
  libuv1-dev libabsl-dev libconcurrentqueue-dev libgtest-dev libgmock-dev
  # clang 14 + libFuzzer for tests/fuzz/ (bazel --config=fuzz)
  clang-14 libclang-rt-14-dev
  # libnode108's runtime dependencies (the library is unpacked, not installed)
  libicu72 libc-ares2 libnghttp2-14 libbrotli1 libssl3 zlib1g
  # headers for the built-ins: ICU (URL's IDNA), OpenSSL (crypto)
  libicu-dev libssl-dev
  # loop/http's HTTP client (libcurl's multi-socket interface), and nghttp2
  # for the HTTP/2 side of its test server
  libcurl4-openssl-dev libnghttp2-dev
)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

# `apt-get download libnode108` (run by the build) needs package lists.
lists_ok=1
policy=$(apt-cache policy libnode108 2>/dev/null || true)
[[ "$policy" == *"Candidate: "[0-9]* ]] || lists_ok=0

if [ ${#missing[@]} -gt 0 ] || [ $lists_ok -eq 0 ]; then
  echo "setup: installing: ${missing[*]:-(package lists only)}" >&2
  sudo_if_needed apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

command -v node >/dev/null || {
  echo "setup: Node.js is needed for the differential tests (it comes with this machine image)" >&2
  exit 1
}
