#!/usr/bin/env bash
# Runs host_vs_node_test.js from the runfiles tree, with the isohost binary
# built as a data dependency.
set -euo pipefail
exec node tests/inspect/host_vs_node_test.js tools/isohost 300
