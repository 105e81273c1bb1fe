#!/usr/bin/env python3
"""difftest.py - differential test of minipy against CPython 3.11.

Runs every ``*.py`` file found (non-recursively) in one or more folders
through both the reference interpreter and minipy, and compares the
results byte for byte.

Usage:
    python3 tools/difftest.py [options] FOLDER [FOLDER ...]

Each file is run as:
    /usr/bin/python3.11 FILE          (reference; --python overrides)
    MINIPY run FILE                   (default MINIPY = <repo>/target/release/minipy)

Both are run with the file's folder as working directory, stdin closed,
and a timeout (default 10 s).

Compared: stdout and exit status; stderr too when --stderr is given.

Per-file verdicts:
    PASS     identical results
    FAIL     output or exit status differs (the first differing line is shown)
    CRASH    minipy was killed by a signal, or its stderr contains
             Rust panic text ("panicked at")
    TIMEOUT  minipy did not finish within the timeout
    SKIP     python3.11 itself exited nonzero (or timed out); such files are
             left out of the percentage unless --include-failing is given

Options:
    -j N, --jobs N        run N files in parallel (default 1)
    --timeout SECS        per-run timeout in seconds (default 10)
    --minipy CMD          minipy command (split shell-style); when it is a
                          single path the `run` subcommand is appended,
                          e.g. --minipy /work/staging/minipy-snapshot
    --python PATH         reference interpreter (default /usr/bin/python3.11)
    --stderr              also compare stderr
    --include-failing     also count files that python3.11 fails on
    --quiet               print only non-passing files and the summary
    --json OUT            write a JSON report (per-file results + summary)
    --min-percent P       exit 1 if the identical percentage is below P

Summary line, e.g.:
    difftest: 87 of 100 identical (87.0%); 3 crash, 0 timeout; 2 skipped (python3.11 itself failed)

Exit status is 0 unless --min-percent is given and not met (or on usage
errors, e.g. a missing folder or minipy binary).
"""

import argparse
import concurrent.futures
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MINIPY = os.path.join(REPO, "target", "release", "minipy")
DEFAULT_PYTHON = "/usr/bin/python3.11"
PANIC_TEXT = b"panicked at"


def run(cmd, path, timeout):
    """Run cmd + [path]; return dict(stdout, stderr, rc, timeout, secs)."""
    start = time.monotonic()
    try:
        proc = subprocess.Popen(
            cmd + [path],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=os.path.dirname(path) or ".",
            start_new_session=True,
        )
    except OSError as e:
        return {"stdout": b"", "stderr": str(e).encode(), "rc": 127,
                "timeout": False, "secs": 0.0}
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
        timed_out = True
    return {"stdout": out, "stderr": err, "rc": proc.returncode,
            "timeout": timed_out, "secs": time.monotonic() - start}


def first_diff(label, a, b):
    """Describe the first differing line between expected a and actual b."""
    al = a.decode("utf-8", "replace").splitlines(keepends=True)
    bl = b.decode("utf-8", "replace").splitlines(keepends=True)
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else None
        y = bl[i] if i < len(bl) else None
        if x != y:
            return ("%s line %d:\n      expected: %s\n      got:      %s"
                    % (label, i + 1,
                       "<missing>" if x is None else repr(x),
                       "<missing>" if y is None else repr(y)))
    return "%s differs" % label


def describe_rc(rc):
    if rc is None:
        return "none"
    if rc < 0:
        try:
            return "%d (%s)" % (rc, signal.Signals(-rc).name)
        except ValueError:
            return "%d (signal)" % rc
    return str(rc)


def check(path, args, minipy_cmd):
    ref = run([args.python], path, args.timeout)
    res = {"file": path, "status": None, "detail": "",
           "python_rc": ref["rc"], "minipy_rc": None,
           "python_secs": round(ref["secs"], 3), "minipy_secs": None}
    ref_failed = ref["timeout"] or ref["rc"] != 0
    if ref_failed and not args.include_failing:
        res["status"] = "SKIP"
        res["detail"] = ("python3.11 timed out" if ref["timeout"]
                         else "python3.11 exit %s" % describe_rc(ref["rc"]))
        return res
    got = run(minipy_cmd, path, args.timeout)
    res["minipy_rc"] = got["rc"]
    res["minipy_secs"] = round(got["secs"], 3)
    if got["timeout"]:
        res["status"] = "TIMEOUT"
        res["detail"] = "minipy exceeded %gs" % args.timeout
        return res
    if (got["rc"] is not None and got["rc"] < 0) or PANIC_TEXT in got["stderr"]:
        res["status"] = "CRASH"
        errl = got["stderr"].decode("utf-8", "replace").splitlines()
        parts = []
        if got["rc"] is not None and got["rc"] < 0:
            parts.append("killed by signal: exit %s" % describe_rc(got["rc"]))
        for i, line in enumerate(errl):
            if "panicked at" in line:
                # the panic message is usually on the following line
                parts.append(" | ".join(l.strip() for l in errl[i:i + 2]))
                break
        res["detail"] = "; ".join(parts)
        return res
    problems = []
    if got["stdout"] != ref["stdout"]:
        problems.append(first_diff("stdout", ref["stdout"], got["stdout"]))
    if got["rc"] != ref["rc"]:
        problems.append("exit status: expected %s, got %s"
                        % (describe_rc(ref["rc"]), describe_rc(got["rc"])))
    if args.stderr and got["stderr"] != ref["stderr"]:
        problems.append(first_diff("stderr", ref["stderr"], got["stderr"]))
    if problems:
        res["status"] = "FAIL"
        detail = "\n    ".join(problems)
        if got["rc"] != 0 and not args.stderr:
            tail = got["stderr"].decode("utf-8", "replace").strip().splitlines()
            if tail:
                detail += "\n    minipy stderr: " + tail[-1][:300]
        res["detail"] = detail
    else:
        res["status"] = "PASS"
    return res


def collect(folders):
    files = []
    for folder in folders:
        if os.path.isfile(folder) and folder.endswith(".py"):
            files.append(os.path.abspath(folder))
            continue
        if not os.path.isdir(folder):
            sys.exit("difftest: no such folder: %s" % folder)
        for name in sorted(os.listdir(folder)):
            p = os.path.join(folder, name)
            if name.endswith(".py") and os.path.isfile(p):
                files.append(os.path.abspath(p))
    return files


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Compare minipy against python3.11 on folders of .py files.")
    ap.add_argument("folders", nargs="+", metavar="FOLDER")
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--minipy", default=None)
    ap.add_argument("--python", default=DEFAULT_PYTHON)
    ap.add_argument("--stderr", action="store_true")
    ap.add_argument("--include-failing", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--min-percent", type=float, metavar="P")
    args = ap.parse_args(argv)

    if args.minipy is None:
        minipy_cmd = [DEFAULT_MINIPY, "run"]
    else:
        minipy_cmd = shlex.split(args.minipy)
        if len(minipy_cmd) == 1:
            minipy_cmd.append("run")
    if not (os.path.exists(minipy_cmd[0]) or shutil.which(minipy_cmd[0])):
        sys.exit("difftest: minipy binary not found: %s" % minipy_cmd[0])

    files = collect(args.folders)
    results = []

    def report(r):
        if args.quiet and r["status"] in ("PASS", "SKIP"):
            return
        line = "%-7s %s" % (r["status"], os.path.relpath(r["file"]))
        if r["status"] in ("SKIP", "TIMEOUT"):
            line += "  (%s)" % r["detail"]
        print(line)
        if r["status"] in ("FAIL", "CRASH"):
            print("    " + r["detail"])
        sys.stdout.flush()

    jobs = max(1, args.jobs)
    if jobs == 1:
        for f in files:
            r = check(f, args, minipy_cmd)
            results.append(r)
            report(r)
    else:
        with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
            # keep output in file order
            for r in ex.map(lambda f: check(f, args, minipy_cmd), files):
                results.append(r)
                report(r)

    counted = [r for r in results if r["status"] != "SKIP"]
    npass = sum(r["status"] == "PASS" for r in counted)
    ncrash = sum(r["status"] == "CRASH" for r in counted)
    ntimeout = sum(r["status"] == "TIMEOUT" for r in counted)
    nfail = sum(r["status"] == "FAIL" for r in counted)
    nskip = len(results) - len(counted)
    pct = 100.0 * npass / len(counted) if counted else 0.0
    summary = ("difftest: %d of %d identical (%.1f%%); %d crash, %d timeout; "
               "%d skipped (python3.11 itself failed)"
               % (npass, len(counted), pct, ncrash, ntimeout, nskip))
    print(summary)

    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"summary": {"total": len(results), "counted": len(counted),
                                   "pass": npass, "fail": nfail, "crash": ncrash,
                                   "timeout": ntimeout, "skipped": nskip,
                                   "percent": round(pct, 2),
                                   "minipy": minipy_cmd, "python": args.python},
                       "results": results}, fh, indent=2)
            fh.write("\n")

    if args.min_percent is not None and pct < args.min_percent:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
