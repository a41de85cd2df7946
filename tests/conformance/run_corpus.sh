#!/usr/bin/env bash
# Runs the conformance corpus against a runtime and compares stdout (byte for
# byte) and the exit code with the recorded Node.js output.
#
# Usage: run_corpus.sh ISOHOST_BINARY [CASES_DIR EXPECTED_DIR]
#   Runs `ISOHOST_BINARY run NAME.js` (cwd = CASES_DIR) for each case; if
#   ISOHOST_BINARY is literally `node`, runs `node NAME.js` instead.
#   CASES_DIR and EXPECTED_DIR default to cases/ and expected/ next to this
#   script (the script may be a symlink, e.g. in a Bazel runfiles tree).
# Env: CASE_FILTER (optional grep -E regex on case names).
set -u

if [ "$#" -ne 1 ] && [ "$#" -ne 3 ]; then
  echo "usage: $0 ISOHOST_BINARY [CASES_DIR EXPECTED_DIR]" >&2
  exit 2
fi

script_dir="$(dirname "$0")"
# In a Bazel runfiles tree the script is a symlink next to (symlinked)
# cases/ and expected/; if they are not there, fall back to the real path.
if [ ! -d "$script_dir/cases" ] && command -v readlink >/dev/null 2>&1; then
  real="$(readlink -f "$0" 2>/dev/null || true)"
  if [ -n "$real" ] && [ -d "$(dirname "$real")/cases" ]; then
    script_dir="$(dirname "$real")"
  fi
fi
bin="$1"
cases_dir="${2:-$script_dir/cases}"
expected_dir="${3:-$script_dir/expected}"

# Make everything absolute before we cd into the cases directory.
abs() { (cd "$1" && pwd); }
if ! cases_dir="$(abs "$cases_dir")"; then
  echo "run_corpus.sh: no cases directory" >&2; exit 2
fi
if ! expected_dir="$(abs "$expected_dir")"; then
  echo "run_corpus.sh: no expected directory" >&2; exit 2
fi
if [ "$bin" = "node" ]; then
  cmd=(node)
else
  case "$bin" in
    /*) ;;
    *) if [ -e "$bin" ]; then bin="$(abs "$(dirname "$bin")")/$(basename "$bin")"; fi ;;
  esac
  cmd=("$bin" run)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
failed_names=()
while IFS= read -r file; do
  name="${file%.*}"
  if [ -n "${CASE_FILTER:-}" ] && ! printf '%s\n' "$name" | grep -Eq -- "$CASE_FILTER"; then
    continue
  fi
  if [ ! -f "$expected_dir/$name.stdout" ] || [ ! -f "$expected_dir/$name.code" ]; then
    echo "FAIL $name"
    echo "  missing $expected_dir/$name.stdout or .code (run regen.sh)"
    failed=$((failed + 1)); failed_names+=("$name")
    continue
  fi
  (cd "$cases_dir" && timeout 20 "${cmd[@]}" "$file" >"$tmp/actual.stdout" 2>"$tmp/actual.stderr" </dev/null)
  code=$?
  want_code="$(tr -d '[:space:]' <"$expected_dir/$name.code")"
  ok=1
  if ! cmp -s "$expected_dir/$name.stdout" "$tmp/actual.stdout"; then ok=0; fi
  if [ "$code" != "$want_code" ]; then ok=0; fi
  if [ "$ok" -eq 1 ]; then
    echo "ok $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    if [ "$code" = "124" ]; then echo "  timed out after 20 s"; fi
    echo "  exit code: expected $want_code, got $code"
    diff -u --label "expected/$name.stdout" --label "actual" \
      "$expected_dir/$name.stdout" "$tmp/actual.stdout" | sed 's/^/  /'
    if [ -s "$tmp/actual.stderr" ]; then
      echo "  --- stderr:"
      sed 's/^/  | /' "$tmp/actual.stderr"
    fi
    failed=$((failed + 1)); failed_names+=("$name")
  fi
done < <(cd "$cases_dir" && find -L . -maxdepth 1 -type f \( -name '*.js' -o -name '*.mjs' \) \
           | sed 's|^\./||' | LC_ALL=C sort)

if [ "$failed" -gt 0 ]; then
  echo "failed: ${failed_names[*]}"
fi
echo "$passed passed, $failed failed"
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "run_corpus.sh: no case found in $cases_dir" >&2
  exit 1
fi
[ "$failed" -eq 0 ]
