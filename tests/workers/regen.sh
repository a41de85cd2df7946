#!/usr/bin/env bash
# Regenerates expected/NAME.stdout and expected/NAME.code of the worker corpus
# from the real Node.js 20 (the reference), run through shim/web_worker_shim.js
# (node -r <shim> NAME.js, cwd = cases/). Every case runs RUNS times (default
# 5); if stdout or the exit code differs between runs the case is
# non-deterministic and the script fails without touching the expected files.
#
# Cases listed in spec_overrides.txt have hand-written expectations (Node
# departs from the HTML spec there): they are skipped, never overwritten.
#
# Usage: regen.sh [NAME ...]   (default: every case in cases/)
# Env:   NODE (default: node), RUNS (default: 5)
set -u

here="$(cd "$(dirname "$0")" && pwd)"
cases_dir="$here/cases"
expected_dir="$here/expected"
shim="$here/shim/web_worker_shim.js"
overrides_file="$here/spec_overrides.txt"
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

# Names from spec_overrides.txt: first word of each line, `#` starts a comment.
overrides=()
if [ -f "$overrides_file" ]; then
  while IFS= read -r n; do overrides+=("$n"); done < <(
    sed -e 's/#.*//' "$overrides_file" | awk 'NF { print $1 }')
fi
is_override() {
  local o
  for o in "${overrides[@]+"${overrides[@]}"}"; do [ "$o" = "$1" ] && return 0; done
  return 1
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

all=()
while IFS= read -r f; do all+=("$f"); done < <(
  cd "$cases_dir" && find . -maxdepth 1 -type f \( -name '*.js' -o -name '*.mjs' \) \
    | sed 's|^\./||' | LC_ALL=C sort)
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
  files=("${all[@]}")
fi

# A .js and an .mjs with the same base name would share expected files.
dups="$(printf '%s\n' "${all[@]}" | sed -E 's/\.m?js$//' | LC_ALL=C sort | uniq -d)"
if [ -n "$dups" ]; then
  echo "regen.sh: duplicate case names: $dups" >&2
  exit 2
fi

bad=0
generated=()
for file in "${files[@]}"; do
  name="${file%.*}"
  if is_override "$name"; then
    echo "skipped $name (spec override: hand-written expectation kept)"
    if [ ! -f "$expected_dir/$name.stdout" ] || [ ! -f "$expected_dir/$name.code" ]; then
      echo "regen.sh: spec override $name has no expected/$name.stdout or .code; write them by hand" >&2
      bad=1
    fi
    continue
  fi
  for i in $(seq 1 "$runs"); do
    (cd "$cases_dir" && timeout 30 "$node_bin" -r "$shim" "$file" \
       >"$tmp/$name.$i.out" 2>"$tmp/$name.$i.err" </dev/null)
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
  generated+=("$name")
  echo "regenerated $name (exit $(cat "$tmp/$name.1.code"))"
done

if [ "$bad" -ne 0 ]; then
  echo "regen.sh: FAILED, expected files left unchanged" >&2
  exit 1
fi

mkdir -p "$expected_dir"
if [ "$#" -eq 0 ]; then
  # Full regeneration: drop expectations of deleted cases (never of overrides).
  for f in "$expected_dir"/*.stdout "$expected_dir"/*.code; do
    [ -e "$f" ] || continue
    base="$(basename "$f")"; base="${base%.*}"
    is_override "$base" || rm -f "$f"
  done
fi
for name in "${generated[@]+"${generated[@]}"}"; do
  cp "$tmp/$name.1.out" "$expected_dir/$name.stdout"
  cp "$tmp/$name.1.code" "$expected_dir/$name.code"
done
echo "regen.sh: ${#generated[@]} cases regenerated ($runs runs each), $((${#files[@]} - ${#generated[@]})) spec overrides skipped"
