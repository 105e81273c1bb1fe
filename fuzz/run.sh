#!/usr/bin/env bash
# Fuzz one target for a while: fuzz/run.sh <parse|compile|session> [seconds, default 3600].
# Needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz). Seeds come from
# fuzz/seed.py; crashes, hangs and OOMs are kept in fuzz/artifacts/<target>/ and the run
# goes on (libFuzzer's fork mode), so one finding does not end the hour.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?target}
secs=${2:-3600}
[ -d "fuzz/corpus/$target" ] || python3 fuzz/seed.py
mkdir -p "fuzz/artifacts/$target"
exec cargo +nightly fuzz run -s none -O "$target" "fuzz/corpus/$target" -- \
  -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -timeout=10 -rss_limit_mb=4096 -max_len=20000 -max_total_time="$secs" \
  -artifact_prefix="fuzz/artifacts/$target/"
