#!/usr/bin/env bash
# minipy against /usr/bin/python3.11 on the bench suite (or the given programs): see bench/compare.py.
# Usage: bench/compare.sh [--runs N] [--json FILE] [program.py ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cargo build --release -q --manifest-path "$root/Cargo.toml"
exec python3 "$root/bench/compare.py" "$@"
