#!/usr/bin/env bash
# Runs each case in tests/npm/cases under Node.js and under isohost and
# compares stdout (byte for byte) and the exit code; stderr is not
# compared (warnings and error trailers differ) but its first lines are
# shown for a failing case. The cases load real npm packages from
# tests/npm/node_modules (installed by `npm ci`, see tools/test.sh).
#
# Usage: run_npm_corpus.sh ISOHOST_BINARY
# Env: CASE_FILTER (optional grep -E regex on case file names),
#      NPM_CORPUS_VERBOSE=1 (show the stdout diff and stderr of failures).
#
# Every case runs with tests/npm/cases as its working directory and, for
# isohost, `--root tests/npm`: the packages live one folder above the
# cases, and isohost only loads modules below its root.
set -u
if [ "$#" -ne 1 ]; then
  echo "usage: $0 ISOHOST_BINARY" >&2
  exit 2
fi
bin="$1"
case "$bin" in /*) ;; *) bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" ;; esac
[ -x "$bin" ] || { echo "run_npm_corpus.sh: $bin is not executable" >&2; exit 2; }

# Under `bazel test` this script is a symlink in the runfiles tree: follow
# it back to the source tree, where node_modules is.
npm_dir="$(dirname "$(readlink -f "$0")")"
cases_dir="$npm_dir/cases"
[ -d "$cases_dir" ] || { echo "run_npm_corpus.sh: no cases in $cases_dir" >&2; exit 2; }
if [ ! -d "$npm_dir/node_modules" ]; then
  echo "run_npm_corpus.sh: $npm_dir/node_modules is missing;" \
       "run: npm ci --prefix tests/npm --no-audit --no-fund --ignore-scripts" >&2
  exit 2
fi
command -v node >/dev/null || { echo "run_npm_corpus.sh: node is not on PATH" >&2; exit 2; }
cd "$cases_dir" || exit 2

# The same clock zone for both runs, whatever the machine's.
export TZ=UTC
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
xfailed=0
known="$npm_dir/known_v8_limits.txt"
is_known() { [ -f "$known" ] && grep -q "^$1	" "$known"; }
for file in *.js *.mjs *.cjs; do
  [ -f "$file" ] || continue
  if [ -n "${CASE_FILTER:-}" ] && ! printf '%s\n' "$file" | grep -Eq -- "$CASE_FILTER"; then
    continue
  fi
  timeout 60 node "$file" >"$tmp/node.out" 2>"$tmp/node.err"
  node_code=$?
  # (The braces keep bash's own "Trace/breakpoint trap" notice of a
  # crashed child out of the log; the exit code tells it instead.)
  { timeout 60 "$bin" run --root "$npm_dir" "$file" >"$tmp/iso.out" 2>"$tmp/iso.err"; } 2>/dev/null
  iso_code=$?
  if [ "$node_code" = "$iso_code" ] && cmp -s "$tmp/node.out" "$tmp/iso.out"; then
    if is_known "$file"; then
      failed=$((failed + 1))
      echo "XPASS $file: passes now; take it off known_v8_limits.txt"
    else
      passed=$((passed + 1))
      echo "PASS $file"
    fi
  elif is_known "$file"; then
    xfailed=$((xfailed + 1))
    echo "XFAIL $file: $(grep "^$file	" "$known" | cut -f2)"
  else
    failed=$((failed + 1))
    first_diff="$(diff "$tmp/node.out" "$tmp/iso.out" | grep -m 1 -E '^[<>]' || true)"
    # The error line itself, not the source excerpt V8 prints above it.
    first_err="$(grep -m 1 -E '^# Check failed|^(Uncaught )?([A-Za-z_$][A-Za-z0-9_$.]*)?(Error|Exception)\b' "$tmp/iso.err" ||
                 grep -m 1 -v -E '^\s*$' "$tmp/iso.err" || true)"
    crash=""
    [ "$iso_code" -gt 128 ] && [ "$iso_code" -ne 124 ] && crash=" (isohost died of signal $((iso_code - 128)))"
    echo "FAIL $file: exit node=$node_code isohost=$iso_code$crash"
    [ -n "$first_diff" ] && echo "  first difference: ${first_diff:0:200}"
    [ -n "$first_err" ] && echo "  isohost stderr: ${first_err:0:200}"
    if [ "${NPM_CORPUS_VERBOSE:-0}" = 1 ]; then
      diff "$tmp/node.out" "$tmp/iso.out" | head -n 30
      echo "--- isohost stderr:"; head -n 15 "$tmp/iso.err"
    fi
  fi
done
echo "npm_corpus: $passed passed, $failed failed, $xfailed known V8 10.2 limits"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ]
