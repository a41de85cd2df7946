#!/usr/bin/env bash
# Benchmarks are not tests: this only proves every scenario runs, at a tiny
# size, under isohost (`isohost bench all`) and under Node
# (tools/bench/compare.js). No timing is asserted.
set -uo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
bin="$dir/isohost"
json=$("$bin" bench all --size tiny --json) || { echo "isohost bench failed"; exit 1; }
node -e '
  const results = JSON.parse(process.argv[1]);
  const names = results.map((r) => r.scenario).join(",");
  if (names !== "startup,pingpong,throughput,clone,memory,scale,modules") throw new Error("scenarios: " + names);
  for (const r of results) for (const m of r.metrics)
    if (!Number.isFinite(m.value) || m.value < 0) throw new Error(r.scenario + " " + m.name + " = " + m.value);
  console.log("isohost bench: " + results.length + " scenarios ok");
' "$json" || exit 1
node "$dir/bench/compare.js" --isohost "$bin" --size tiny || { echo "compare.js failed"; exit 1; }
