#!/usr/bin/env bash
# Runs inspect_diff_test.js under the machine's Node.js (from the runfiles
# tree, where isolate/js/inspect.js sits at the same relative place).
set -euo pipefail
exec node tests/inspect/inspect_diff_test.js
