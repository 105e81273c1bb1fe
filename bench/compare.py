#!/usr/bin/env python3
"""minipy against /usr/bin/python3.11 on the bench/ programs: output check, then time and peak RSS.

Usage: python3 bench/compare.py [--runs N] [--json FILE] [program.py ...]

With no programs, runs bench/{calls,lists,loop,floats,objects,churn,strings}_*.py plus
bench/startup.py, bench/memory_lists.py and bench/memory_objects.py.

For each program, first checks that minipy's stdout is byte-identical to python3.11's (a
mismatch is reported and marked, and the program is left out of the geometric means), then
runs the two interpreters alternately (py, mp, py, mp, ...) N times each. Wall time is
time.perf_counter() around the child (exec to reap); peak RSS is the child's own ru_maxrss
from os.wait4 (KiB on Linux). The table shows the median wall time and the max peak RSS over
the N runs. The minipy binary is target/release/minipy under the repo root, or $MINIPY.
Exit status: 0, or 1 if any program's output differed or a run failed.
"""

import argparse
import fcntl
import glob
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import threading
import time

PYTHON = "/usr/bin/python3.11"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(REPO, "bench")
SPEED_KINDS = ["calls", "lists", "loop", "floats", "objects", "churn", "strings"]
EXTRA = ["startup.py", "memory_lists.py", "memory_objects.py"]


def default_programs():
    progs = []
    for kind in SPEED_KINDS:
        progs += sorted(glob.glob(os.path.join(BENCH, kind + "_*.py")))
    progs += [os.path.join(BENCH, name) for name in EXTRA]
    return [p for p in progs if os.path.exists(p)]


def kind_of(path):
    name = os.path.basename(path)
    if name == "startup.py":
        return "startup"
    prefix = name.split("_", 1)[0]
    if prefix == "memory":
        return "memory"
    if prefix in SPEED_KINDS and "_" in name:
        return prefix
    return "other"


# Peak RSS needs care. Python's subprocess starts children with vfork (or fork), and when the
# child execs, Linux folds the RSS of the address space it leaves (this harness's, ~15 MiB) into
# the child's ru_maxrss, which would then never read below that. So each program is started
# from a tiny /bin/sh instead: sh forks a subshell (a ~1.5 MiB address space) that waits for a
# "go" byte and then execs the program; sh prints the subshell's pid and exits. This process is a
# child subreaper (prctl PR_SET_CHILD_SUBREAPER), so the orphaned program is re-parented to it
# and os.wait4(pid, 0) returns the program's own rusage. The clock starts just before "go" is
# written, so the wall time covers the program's exec, start-up, run and exit, and not sh's.
LAUNCH = ('{{ exec {p}>&-; read _ <&{g} || exit 1; exec {g}<&-; exec "$@"; }} & '
          'echo $! >&{p}')
PR_SET_CHILD_SUBREAPER = 36


def become_subreaper():
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


SUBREAPER = False


def low_fd(fd):
    """sh redirections take a one-digit fd: move fd below 10 if needed."""
    if fd <= 9:
        return fd
    new = fcntl.fcntl(fd, fcntl.F_DUPFD, 3)
    os.close(fd)
    if new > 9:
        os.close(new)
        raise OSError("too many open files for the /bin/sh launcher")
    return new


def spawn(cmd, out):
    """Start cmd; return (pid to wait4 on, perf_counter at start, Popen of the launcher)."""
    if not SUBREAPER:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=out)
        return proc.pid, t0, proc
    rp, wp = os.pipe()  # sh -> us: the program's pid
    rg, wg = os.pipe()  # us -> program's subshell: go
    try:
        wp, rg = low_fd(wp), low_fd(rg)
        sh = subprocess.Popen(["/bin/sh", "-c", LAUNCH.format(p=wp, g=rg), "sh"] + cmd,
                              stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                              pass_fds=(wp, rg))
    finally:
        os.close(wp)
        os.close(rg)
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(rp, 64)
        if not chunk:
            break
        data += chunk
    os.close(rp)
    sh.wait()
    t0 = time.perf_counter()
    os.write(wg, b"\n")
    os.close(wg)
    return int(data), t0, sh


def run_once(cmd, timeout, capture=False):
    """Run cmd; return dict(seconds, maxrss_kib, returncode, timed_out, stdout, stderr)."""
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    pid, t0, proc = spawn(cmd, out)
    timed_out = []

    def kill():
        timed_out.append(True)
        try:
            os.kill(pid, 9)
        except OSError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    stdout = stderr = b""
    readers = []
    chunks = {"out": [], "err": []}
    try:
        if capture:
            # Drain the pipes without reaping the child, so that wait4 gets its rusage.
            def drain(stream, key):
                chunks[key].append(stream.read())

            readers = [threading.Thread(target=drain, args=(proc.stdout, "out")),
                       threading.Thread(target=drain, args=(proc.stderr, "err"))]
            for t in readers:
                t.start()
        _, status, rusage = os.wait4(pid, 0)
        seconds = time.perf_counter() - t0
        for t in readers:
            t.join()
    finally:
        timer.cancel()
    if capture:
        proc.stdout.close()
        proc.stderr.close()
        stdout, stderr = b"".join(chunks["out"]), b"".join(chunks["err"])
    code = os.waitstatus_to_exitcode(status)
    if proc.pid == pid:
        proc.returncode = code  # already reaped by wait4: keep Popen from waiting again
    return {
        "seconds": seconds,
        "maxrss_kib": rusage.ru_maxrss,
        "returncode": code,
        "timed_out": bool(timed_out),
        "stdout": stdout,
        "stderr": stderr,
    }


def fmt_s(t):
    if t is None:
        return "-"
    return f"{t:.3f}" if t >= 0.1 else f"{t:.4f}"


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def first_line(b):
    lines = b.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:120] if lines else ""


def check_outputs(prog, minipy, timeout):
    py = run_once([PYTHON, prog], timeout, capture=True)
    mp = run_once([minipy, "run", prog], timeout, capture=True)
    problems = []
    if py["timed_out"] or py["returncode"] != 0:
        problems.append(f"python3.11 exit {py['returncode']}"
                        + (" (timeout)" if py["timed_out"] else "")
                        + f": {first_line(py['stderr'])}")
    if mp["timed_out"] or mp["returncode"] != 0:
        problems.append(f"minipy exit {mp['returncode']}"
                        + (" (timeout)" if mp["timed_out"] else "")
                        + f": {first_line(mp['stderr'])}")
    if py["stdout"] != mp["stdout"]:
        a = py["stdout"].decode("utf-8", "replace").splitlines()
        b = mp["stdout"].decode("utf-8", "replace").splitlines()
        where = next((i for i in range(max(len(a), len(b)))
                      if i >= len(a) or i >= len(b) or a[i] != b[i]), 0)
        pa = a[where] if where < len(a) else "<missing>"
        pb = b[where] if where < len(b) else "<missing>"
        problems.append(f"stdout differs at line {where + 1}: python3.11 {pa[:100]!r}, "
                        f"minipy {pb[:100]!r}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("programs", nargs="*", help="programs to run (default: the bench suite)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per interpreter (default 5)")
    ap.add_argument("--json", metavar="FILE", help="save all results as JSON")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default 300)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    minipy = os.environ.get("MINIPY") or os.path.join(REPO, "target", "release", "minipy")
    if not os.access(minipy, os.X_OK):
        sys.exit(f"compare.py: minipy binary not found or not executable: {minipy}")
    if not os.access(PYTHON, os.X_OK):
        sys.exit(f"compare.py: {PYTHON} not found")
    global SUBREAPER
    SUBREAPER = become_subreaper()
    if not SUBREAPER:
        print("compare.py: PR_SET_CHILD_SUBREAPER unavailable; starting programs directly, so "
              "peak RSS cannot read below this harness's own RSS", file=sys.stderr)
    programs = [os.path.abspath(p) for p in args.programs] or default_programs()
    missing = [p for p in programs if not os.path.exists(p)]
    if missing:
        sys.exit("compare.py: no such program: " + ", ".join(missing))

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    results = []
    for prog in programs:
        name = os.path.relpath(prog, REPO) if prog.startswith(REPO + os.sep) else prog
        log(f"== {name}: checking output")
        problems = check_outputs(prog, minipy, args.timeout)
        for p in problems:
            log(f"   MISMATCH: {p}")
        py_runs, mp_runs = [], []
        for i in range(args.runs):
            py_runs.append(run_once([PYTHON, prog], args.timeout))
            mp_runs.append(run_once([minipy, "run", prog], args.timeout))
            log(f"   run {i + 1}/{args.runs}: python3.11 {py_runs[-1]['seconds']:.3f} s, "
                f"minipy {mp_runs[-1]['seconds']:.3f} s")
        failed = [r for r in py_runs + mp_runs if r["returncode"] != 0 or r["timed_out"]]
        if failed and not problems:
            problems.append(f"{len(failed)} timed run(s) failed or timed out")
        py_med = statistics.median(r["seconds"] for r in py_runs)
        mp_med = statistics.median(r["seconds"] for r in mp_runs)
        results.append({
            "program": name,
            "kind": kind_of(prog),
            "output_ok": not problems,
            "problems": problems,
            "python_median_s": py_med,
            "minipy_median_s": mp_med,
            "ratio": mp_med / py_med if py_med > 0 else None,
            "python_peak_rss_kib": max(r["maxrss_kib"] for r in py_runs),
            "minipy_peak_rss_kib": max(r["maxrss_kib"] for r in mp_runs),
            "python_runs_s": [r["seconds"] for r in py_runs],
            "minipy_runs_s": [r["seconds"] for r in mp_runs],
            "python_runs_rss_kib": [r["maxrss_kib"] for r in py_runs],
            "minipy_runs_rss_kib": [r["maxrss_kib"] for r in mp_runs],
        })

    # Program table.
    print(f"\nminipy ({os.path.relpath(minipy, REPO) if minipy.startswith(REPO) else minipy}) "
          f"vs {PYTHON}: median wall time of {args.runs} alternating runs each; "
          f"peak RSS is the max ru_maxrss over those runs.\n")
    print("| program | kind | python3.11 median s | minipy median s | ratio (minipy/python) "
          "| peak RSS python MiB | peak RSS minipy MiB |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for r in results:
        mark = "" if r["output_ok"] else " **(OUTPUT MISMATCH)**"
        ratio = f"{r['ratio']:.2f}" if r["ratio"] else "-"
        print(f"| {os.path.basename(r['program'])}{mark} | {r['kind']} "
              f"| {fmt_s(r['python_median_s'])} | {fmt_s(r['minipy_median_s'])} | {ratio} "
              f"| {r['python_peak_rss_kib'] / 1024:.1f} | {r['minipy_peak_rss_kib'] / 1024:.1f} |")

    # Per-kind geometric means (speed kinds only, programs with matching output only).
    ok = [r for r in results if r["output_ok"] and r["kind"] in SPEED_KINDS]
    kinds = {}
    print("\n| kind | programs | geomean ratio (minipy/python) |")
    print("|---|---:|---:|")
    for kind in SPEED_KINDS:
        ratios = [r["ratio"] for r in ok if r["kind"] == kind]
        g = geomean(ratios)
        if g is None:
            continue
        kinds[kind] = g
        print(f"| {kind} | {len(ratios)} | {g:.2f} |")
    if not kinds:
        print("| (no speed-kind programs with matching output) | 0 | - |")
    overall = geomean([r["ratio"] for r in ok])
    of_kinds = geomean(list(kinds.values()))
    if overall is not None:
        print(f"\nOverall geometric mean ratio over {len(ok)} programs of {len(kinds)} kinds "
              f"(startup, memory_* and other excluded): {overall:.2f}")
        print(f"Geometric mean of the per-kind geomeans (each kind weighted equally): "
              f"{of_kinds:.2f}")
    bad = [r for r in results if not r["output_ok"]]
    if bad:
        print("\nOutput mismatches (excluded from the geometric means):")
        for r in bad:
            for p in r["problems"]:
                print(f"- {r['program']}: {p}")

    if args.json:
        with open(args.json, "w") as f:
            json.dump({
                "python": PYTHON,
                "minipy": minipy,
                "runs": args.runs,
                "time_statistic": "median wall seconds",
                "rss_statistic": "max ru_maxrss (KiB) over runs",
                "host": platform.node(),
                "date": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "programs": results,
                "kind_geomean_ratio": kinds,
                "overall_geomean_ratio": overall,
                "geomean_of_kind_geomeans": of_kinds,
            }, f, indent=2)
        log(f"saved {args.json}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
