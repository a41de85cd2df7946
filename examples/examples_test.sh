#!/usr/bin/env bash
# Runs every example and checks what it prints (parallel_map's sum against
# the same computation in Node.js).
set -uo pipefail
dir="$(dirname "$0")"
fail=0
check() {  # check NAME OUTPUT PATTERN
  if grep -qF -- "$3" <<<"$2"; then
    echo "ok   $1: $3"
  else
    echo "FAIL $1: expected '$3' in:"; echo "$2"; fail=1
  fi
}

out=$("$dir/parallel_map" 4 40 2>&1)
expected=$(node -e '
  function countPrimes(limit) { let c = 0;
    for (let n = 2; n < limit; n++) { let p = true;
      for (let d = 2; d * d <= n; d++) if (n % d === 0) { p = false; break; }
      if (p) c++; } return c; }
  let sum = 0; for (let i = 0; i < 40; i++) sum += countPrimes(1000 * (i + 1));
  console.log(`primes(below 1000)=${countPrimes(1000)} primes(below 40000)=${countPrimes(40000)} sum=${sum}`);')
check parallel_map "$out" "$expected"

out=$("$dir/service_loop" 2>&1)
check service_loop "$out" '{"id":3,"value":"JavaScript"}'
check service_loop "$out" '{"id":5,"error":"no such key"}'
check service_loop "$out" '{"id":6,"size":2}'
check service_loop "$out" '{"id":7,"error":"unknown op delete"}'
check service_loop "$out" 'invalid request rejected: INVALID_ARGUMENT: invalid JSON at byte 7: unexpected character'
check service_loop "$out" 'messages in=7 out=7'

run() { "$dir/untrusted_runner" "$@" 2>&1; }
out=$(run "$dir/js/fine.js")
check fine "$out" '[script] hello from a well-behaved script 42'
check fine "$out" 'ended: normal, code 0'
check fine "$out" 'host alive: 42'
out=$(run "$dir/js/hog.js" --max-heap-mb 32)
check hog "$out" 'ended: out-of-memory, code 1: the JS heap reached its limit of 32 MB'
check hog "$out" 'host alive: 42'
out=$(run "$dir/js/spin.js" --max-wall-ms 200)
check spin "$out" 'ended: terminated (over its wall-time budget)'
check spin "$out" 'host alive: 42'
out=$(run "$dir/js/broken.js")
check broken "$out" "broken.js:3:13: SyntaxError: Unexpected token ';'"
out=$(run "$dir/js/no-such-file.js")
check missing "$out" 'rejected: NOT_FOUND'
exit $fail
