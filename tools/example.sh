#!/usr/bin/env bash
# tools/example.sh: set up (if needed), build isohost, and run a bundled
# example through `isohost run`. Extra arguments replace the example.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
if [ $# -eq 0 ]; then set -- run tools/examples/event_loop.js; fi
bazel build -c opt //tools:isohost 2>&1 | grep -E "^(ERROR|FAILED)" >&2 || true
exec bazel-bin/tools/isohost "$@"
