#!/usr/bin/env python3
"""The stepper's benchmark (not a test): for the notes' programs and a 1,000-step one,
how long `minipy run --html` takes to write the page (median of 5 runs, wall time, the
program's own run included), the page's size, and in headless Chromium how long the page
takes to show a step: cold at the last step, then each step in turn (mean and worst).

    bench/stepper.sh            # builds minipy, then runs this
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MINIPY = os.environ.get("MINIPY", os.path.join(ROOT, "target/release/minipy"))
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
PROGRAMS = sorted(
    os.path.join(ROOT, "tests/stepper", f) for f in os.listdir(os.path.join(ROOT, "tests/stepper")) if f.startswith("s")
) + [os.path.join(ROOT, "bench/stepper_steps.py")]


def dom_attrs(page, fragment):
    out = subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--dump-dom",
         f"file://{page}#{fragment}"],
        capture_output=True, text=True, timeout=120,
    ).stdout
    body = re.search(r"<body([^>]*)>", out)
    return dict(re.findall(r'data-([a-z-]+)="([^"]*)"', body.group(1))) if body else {}


def main():
    tmp = tempfile.mkdtemp()
    print("| program | steps | write page (s) | page KiB | cold show, last step (ms) | each step, mean / worst (ms) |")
    print("|---|---:|---:|---:|---:|---:|")
    for prog in PROGRAMS:
        page = os.path.join(tmp, os.path.basename(prog) + ".html")
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            run = subprocess.run([MINIPY, "run", "--html", page, prog], capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
        steps = re.search(r": (\d+) steps", run.stderr).group(1)
        size = os.path.getsize(page) / 1024
        cold = each = "-"
        if BROWSER:
            last = dom_attrs(page, "step=999999")
            cold = last.get("render-ms", "?")
            b = dom_attrs(page, "step=1&bench")
            each = f"{b.get('bench-mean-ms', '?')} / {b.get('bench-worst-ms', '?')}"
            if "js-error" in last or "js-error" in b:
                each += " (JavaScript error!)"
        print(f"| {os.path.relpath(prog, ROOT)} | {steps} | {statistics.median(times):.3f} | {size:.0f} | {cold} | {each} |")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
