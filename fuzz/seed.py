#!/usr/bin/env python3
"""Seed the fuzz corpora from the project's own programs: every tests/**/*.py and the
typed lines of every transcript. Usage: python3 fuzz/seed.py  (writes fuzz/corpus/<target>/)."""
import hashlib, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root / "tools"))
seeds = []
for p in sorted((root / "tests").rglob("*.py")):
    seeds.append(p.read_bytes())
for p in sorted((root / "transcripts").rglob("*.pycon")):
    typed = []
    for line in p.read_text().splitlines():
        if line.startswith(">>> ") or line.startswith("... "):
            typed.append(line[4:])
        elif line in (">>>", "..."):
            typed.append("")
    seeds.append(("\n".join(typed) + "\n").encode())
for target in ("parse", "compile", "session"):
    d = root / "fuzz" / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    for s in seeds:
        if len(s) <= 20_000:
            (d / hashlib.sha1(s).hexdigest()).write_bytes(s)
print(f"{len(seeds)} seeds in fuzz/corpus/{{parse,compile,session}}")
