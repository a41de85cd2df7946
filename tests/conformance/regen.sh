#!/usr/bin/env bash
# Regenerates expected/NAME.stdout and expected/NAME.code from the real
# Node.js (the reference). Every case runs RUNS times (default 5); if stdout
# or the exit code differs between runs the case is non-deterministic and the
# script fails without touching the expected files.
#
# Usage: regen.sh [NAME ...]   (default: every case in cases/)
# Env:   NODE (default: node), RUNS (default: 5)
set -u

here="$(cd "$(dirname "$0")" && pwd)"
cases_dir="$here/cases"
expected_dir="$here/expected"
node_bin="${NODE:-node}"
runs="${RUNS:-5}"

if ! command -v "$node_bin" >/dev/null 2>&1; then
  echo "regen.sh: '$node_bin' not found" >&2
  exit 2
fi
node_major="$("$node_bin" -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != "20" ]; then
  echo "regen.sh: expected Node.js 20, got $("$node_bin" --version)" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ "$#" -gt 0 ]; then
  files=()
  for name in "$@"; do
    name="${name%.js}"; name="${name%.mjs}"
    if [ -f "$cases_dir/$name.js" ]; then files+=("$name.js")
    elif [ -f "$cases_dir/$name.mjs" ]; then files+=("$name.mjs")
    else echo "regen.sh: no case named $name" >&2; exit 2
    fi
  done
else
  files=()
  while IFS= read -r f; do files+=("$f"); done < <(
    cd "$cases_dir" && find . -maxdepth 1 -type f \( -name '*.js' -o -name '*.mjs' \) \
      | sed 's|^\./||' | LC_ALL=C sort)
fi

# A .js and an .mjs with the same base name would share expected files.
dups="$(printf '%s\n' "${files[@]}" | sed -E 's/\.m?js$//' | LC_ALL=C sort | uniq -d)"
if [ -n "$dups" ]; then
  echo "regen.sh: duplicate case names: $dups" >&2
  exit 2
fi

bad=0
for file in "${files[@]}"; do
  name="${file%.*}"
  for i in $(seq 1 "$runs"); do
    (cd "$cases_dir" && timeout 20 "$node_bin" "$file" >"$tmp/$name.$i.out" 2>"$tmp/$name.$i.err")
    echo "$?" >"$tmp/$name.$i.code"
    if [ "$i" -gt 1 ]; then
      if ! cmp -s "$tmp/$name.1.out" "$tmp/$name.$i.out" ||
         ! cmp -s "$tmp/$name.1.code" "$tmp/$name.$i.code"; then
        echo "NONDETERMINISTIC $name (run 1 vs run $i):" >&2
        diff -u "$tmp/$name.1.out" "$tmp/$name.$i.out" >&2
        echo "exit codes: $(cat "$tmp/$name.1.code") vs $(cat "$tmp/$name.$i.code")" >&2
        bad=1
        continue 2
      fi
    fi
  done
  if [ "$(cat "$tmp/$name.1.code")" = "124" ]; then
    echo "TIMEOUT $name" >&2
    bad=1
    continue
  fi
  echo "regenerated $name (exit $(cat "$tmp/$name.1.code"))"
done

if [ "$bad" -ne 0 ]; then
  echo "regen.sh: FAILED, expected files left unchanged" >&2
  exit 1
fi

mkdir -p "$expected_dir"
if [ "$#" -eq 0 ]; then
  # Full regeneration: drop expectations of deleted cases.
  rm -f "$expected_dir"/*.stdout "$expected_dir"/*.code
fi
for file in "${files[@]}"; do
  name="${file%.*}"
  cp "$tmp/$name.1.out" "$expected_dir/$name.stdout"
  cp "$tmp/$name.1.code" "$expected_dir/$name.code"
done
echo "regen.sh: ${#files[@]} cases regenerated ($runs runs each)"
