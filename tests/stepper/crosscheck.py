"""Counts from CPython to check the stepper's against (tests/stepper.rs).

Installed as `sitecustomize` (the test puts it first on PYTHONPATH), so the script then
runs exactly as `python3.11 script.py` runs it: one compiled module, whose parse keeps
its constants alive while it runs. Before the first run of each module-level line it
writes one JSON line to stderr, prefixed `@count `: the line number and, for each global
name, sys.getrefcount of its object less the references this code holds (the argument
and the local `v`).
"""
import json
import os
import sys

SCRIPT = os.path.abspath(os.environ["CROSSCHECK_SCRIPT"])
seen = set()


def tracer(frame, event, arg):
    if os.path.abspath(frame.f_code.co_filename) != SCRIPT:
        return None
    if event == "line" and frame.f_code.co_name == "<module>" and frame.f_lineno not in seen:
        seen.add(frame.f_lineno)
        g = frame.f_globals
        counts = {}
        for name in list(g):
            if name.startswith("__") and name.endswith("__"):
                continue
            v = g[name]
            counts[name] = sys.getrefcount(v) - 2
        sys.stderr.write("@count " + json.dumps({"line": frame.f_lineno, "counts": counts}) + "\n")
    return tracer


sys.settrace(tracer)
