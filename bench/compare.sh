#!/usr/bin/env bash
# minipy against python3.11 on the same scripts, side by side, with hyperfine (medians).
# Usage: bench/compare.sh [script.py...]   (default: bench/fib.py bench/loop.py bench/objects.py)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 2; }
scripts=("$@")
[ ${#scripts[@]} -gt 0 ] || scripts=(bench/fib.py bench/loop.py bench/objects.py)
for s in "${scripts[@]}"; do
  hyperfine -N --warmup 3 --runs 21 --export-json /tmp/minipy-bench.json \
    "/usr/bin/python3.11 $s" "target/release/minipy run $s" >/dev/null
  python3 - "$s" <<'PY'
import json, sys
r = json.load(open('/tmp/minipy-bench.json'))['results']
py, mp = r[0]['median'], r[1]['median']
print(f"{sys.argv[1]}: python3.11 {py*1000:.1f} ms, minipy {mp*1000:.1f} ms (median); "
      f"minipy/python3.11 = {mp/py:.2f}")
PY
done
