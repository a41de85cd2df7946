#!/usr/bin/env bash
# tools/test.sh: set up (if needed), then run every test: unit and
# integration tests (gtest), the JS conformance corpus against Node's
# recorded output, the console-format differential test, the npm corpus
# (its packages installed first by `npm ci`), and the V8-free
# layers again under ThreadSanitizer, and the C++ host API (with 1,000
# spawn/terminate cycles) and loop/http (cancel and teardown with requests
# in flight) under AddressSanitizer/LeakSanitizer. Ends with "N passed, M failed"
# (test targets) and exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || exit 1

passed=0
failed=0
log=$(mktemp)

run_bazel_tests() {
  bazel test "$@" >"$log" 2>&1
  grep -E "^//|^(ERROR|FAILED):|Executed" "$log" || true
  local p f
  p=$(grep -cE "^//[^ ]+ +(\(cached\) )?PASSED" "$log" || true)
  f=$(grep -cE "^//[^ ]+ +(\(cached\) )?(FAILED|TIMEOUT|NO STATUS|FAILED TO BUILD|INCOMPLETE)" "$log" || true)
  if grep -qE "^ERROR:" "$log" && [ "$f" -eq 0 ]; then
    tail -n 40 "$log"
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    echo "tools/test.sh: no test ran for: bazel test $*" >&2
    failed=$((failed + 1))
  fi
}

# The npm corpus's packages (tests/npm/node_modules, not committed):
# installed by `npm ci` from the lock file, again only when the lock file
# changed since the last install (its hash is kept in node_modules).
install_npm_corpus() {
  local lock=tests/npm/package-lock.json stamp=tests/npm/node_modules/.isohost-lock-hash
  local want npm_log
  want=$(sha256sum "$lock" | cut -d' ' -f1)
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  npm_log=$(mktemp)
  if ! npm ci --prefix tests/npm --no-audit --no-fund --ignore-scripts >"$npm_log" 2>&1; then
    cat "$npm_log" >&2
    rm -f "$npm_log"
    echo "tools/test.sh: npm ci for tests/npm failed" >&2
    return 1
  fi
  rm -f "$npm_log"
  echo "$want" >"$stamp"
}
if ! install_npm_corpus; then failed=$((failed + 1)); fi

echo "== unit, integration and conformance tests"
run_bazel_tests //...
echo "== loop/ and channel/ under ThreadSanitizer"
run_bazel_tests --config=tsan //loop/... //channel/...
echo "== the C++ host API and loop/http under AddressSanitizer/LeakSanitizer"
run_bazel_tests --config=asan //tests/cc:spawn_cycles_test \
  //tests/cc:host_test //tests/cc:host_lifecycle_test //loop/http/...
echo "== libFuzzer targets (clang 14, --config=fuzz), ${FUZZ_SECONDS:-20} s each"
# One target: passes when no fuzzer found a crash (tests/fuzz/run.sh).
if tests/fuzz/run.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

rm -f "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
