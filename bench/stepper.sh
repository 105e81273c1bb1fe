#!/usr/bin/env bash
# The stepper's benchmark: page writing time and size, and the page's time per step in
# headless Chromium (see bench/stepper.py).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
python3 bench/stepper.py "$@"
