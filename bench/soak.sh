#!/usr/bin/env bash
# Peak memory (max RSS) and time of bench/soak.py under python3.11 and minipy, medians of 5.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
measure() {
  for _ in 1 2 3 4 5; do /usr/bin/time -f "%M %e" "$@" bench/soak.py 2>&1 >/dev/null | tail -1; done |
    sort -n | sed -n 3p
}
read -r py_kb py_s < <(measure /usr/bin/python3.11)
read -r mp_kb mp_s < <(measure target/release/minipy run)
echo "python3.11: peak ${py_kb} KB, ${py_s} s"
echo "minipy:     peak ${mp_kb} KB, ${mp_s} s"
python3 -c "print(f'minipy/python3.11: memory {$mp_kb/$py_kb:.2f}, time {$mp_s/$py_s:.2f}')"
