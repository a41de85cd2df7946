#!/usr/bin/env bash
# Runs each case under Node.js and under isohost and compares stdout (byte
# for byte) and the exit code. stderr is not compared (error layouts differ
# in their trailers), but it is shown for a failing case.
#
# Usage: run_node_diff.sh ISOHOST_BINARY [CASES_DIR]
#   Cases are the *.js, *.mjs and *.cjs files directly in CASES_DIR; each
#   runs with CASES_DIR as the working directory. A case may name extra
#   isohost flags on a first-lines comment `// isohost-flags: ...`.
# Env: CASE_FILTER (optional grep -E regex on case file names).
set -u
if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
  echo "usage: $0 ISOHOST_BINARY [CASES_DIR]" >&2
  exit 2
fi
script_dir="$(dirname "$0")"
if [ ! -d "$script_dir/cases" ]; then
  real="$(readlink -f "$0" 2>/dev/null || true)"
  [ -n "$real" ] && script_dir="$(dirname "$real")"
fi
bin="$1"
cases_dir="${2:-$script_dir/cases}"
case "$bin" in /*) ;; *) bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" ;; esac
# Follow the runfiles symlinks to the source tree, so that the cases' own
# node_modules and package.json files are where Node and isohost look.
one="$(ls "$cases_dir" | head -n 1)"
real_case="$(readlink -f "$cases_dir/$one" 2>/dev/null || true)"
[ -n "$real_case" ] && cases_dir="$(dirname "$real_case")"
cd "$cases_dir" || { echo "run_node_diff.sh: no cases directory" >&2; exit 2; }
command -v node >/dev/null || { echo "run_node_diff.sh: node is not on PATH" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
for file in *.js *.mjs *.cjs; do
  [ -f "$file" ] || continue
  if [ -n "${CASE_FILTER:-}" ] && ! printf '%s\n' "$file" | grep -Eq -- "$CASE_FILTER"; then
    continue
  fi
  flags="$(head -n 5 "$file" | sed -n 's|^// isohost-flags: *||p')"
  timeout 60 node "$file" >"$tmp/node.out" 2>"$tmp/node.err"
  node_code=$?
  # shellcheck disable=SC2086
  timeout 60 "$bin" run $flags "$file" >"$tmp/iso.out" 2>"$tmp/iso.err"
  iso_code=$?
  # Both timing out (exit 124 from timeout) is a broken case, not a match.
  if [ "$node_code" != 124 ] && [ "$node_code" = "$iso_code" ] &&
     cmp -s "$tmp/node.out" "$tmp/iso.out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $file: exit node=$node_code isohost=$iso_code"
    diff "$tmp/node.out" "$tmp/iso.out" | head -n 30
    echo "--- isohost stderr:"; head -n 15 "$tmp/iso.err"
  fi
done
echo "node_diff: $passed passed, $failed failed"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ]
