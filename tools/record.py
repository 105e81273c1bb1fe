#!/usr/bin/env python3
"""Record golden transcripts from the real CPython 3.11 interactive interpreter.

Golden output for minipy comes from `/usr/bin/python3.11 -u -i` with piped stdin, never
from minipy. PYTHONSTARTUP sets sys.ps1/sys.ps2 to unique markers so the merged
stdout+stderr stream can be split per typed line; the transcript then shows `>>> ` and
`... ` prompts exactly as a terminal would.

Rendering (shared with minipy's src/transcript.rs): for each typed line L with prompt P
emit P+L+'\\n' (P.rstrip() alone when L is empty), then the line's output verbatim, plus
'\\n' if it is non-empty and does not end with one.

Usage:
  record.py new OUT.pycon < typed_lines.txt   record typed lines into OUT.pycon
  record.py show FILE.pycon                   re-record FILE's typed lines, print the result
  record.py check PATH...                     re-record every .pycon under PATH, diff, summary
  record.py rerecord PATH...                  re-record in place
  record.py script FILE.py...                 write FILE.expected (stdout, stderr, exit status)
  record.py script --check FILE.py...         compare with the existing FILE.expected
"""
import difflib
import os
import subprocess
import sys
import tempfile

PYTHON = "/usr/bin/python3.11"
PS1, PS2 = "\x01PS1\x02", "\x01PS2\x02"
PROMPTS = {PS1: ">>> ", PS2: "... "}
STARTUP = f"import sys as _s\n_s.ps1 = {PS1!r}\n_s.ps2 = {PS2!r}\ndel _s\n"


def typed_lines(transcript):
    out = []
    for line in transcript.splitlines():
        if line.startswith(">>> ") or line.startswith("... "):
            out.append(line[4:])
        elif line in (">>>", "..."):
            out.append("")
    return out


def split_markers(text):
    """[(marker, output-after-it)] for every prompt in the stream."""
    chunks = []
    i = min((p for p in (text.find(PS1), text.find(PS2)) if p >= 0), default=-1)
    if i < 0:
        return chunks
    while i < len(text):
        marker = text[i:i + len(PS1)]
        j = i + len(marker)
        nxt = [p for p in (text.find(PS1, j), text.find(PS2, j)) if p >= 0]
        k = min(nxt) if nxt else len(text)
        chunks.append((marker, text[j:k]))
        i = k
    return chunks


def record(lines):
    with tempfile.TemporaryDirectory() as tmp:
        startup = os.path.join(tmp, "startup.py")
        with open(startup, "w") as f:
            f.write(STARTUP)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", tmp),
               "PYTHONSTARTUP": startup, "PYTHONHASHSEED": "0"}
        stdin = "".join(l + "\n" for l in lines)
        proc = subprocess.run([PYTHON, "-u", "-i"], input=stdin, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, env=env, cwd=tmp, text=True)
    chunks = split_markers(proc.stdout)
    out = []
    for n, line in enumerate(lines):
        if n >= len(chunks):
            break  # the session ended early (exit())
        prompt, output = PROMPTS[chunks[n][0]], chunks[n][1]
        out.append((prompt.rstrip() if line == "" else prompt + line) + "\n")
        out.append(output)
        if output and not output.endswith("\n"):
            out.append("\n")
    return "".join(out)


def pycon_files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                for f in sorted(files):
                    if f.endswith(".pycon"):
                        yield os.path.join(root, f)
        else:
            yield p


def script_result(path):
    path = os.path.abspath(path)
    d = os.path.dirname(path)
    proc = subprocess.run([PYTHON, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, cwd=d, text=True)

    def section(s):
        s = s.replace(d, "<DIR>")
        return s if not s or s.endswith("\n") else s + "\n"

    return f"--- stdout\n{section(proc.stdout)}--- stderr\n{section(proc.stderr)}--- exit {proc.returncode}\n"


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    cmd, args = argv[1], argv[2:]
    if cmd == "new" and len(args) == 1:
        text = record(sys.stdin.read().splitlines())
        with open(args[0], "w") as f:
            f.write(text)
        sys.stdout.write(text)
        return 0
    if cmd == "show" and len(args) == 1:
        with open(args[0]) as f:
            sys.stdout.write(record(typed_lines(f.read())))
        return 0
    if cmd in ("check", "rerecord"):
        passed = failed = 0
        for path in pycon_files(args):
            with open(path) as f:
                golden = f.read()
            again = record(typed_lines(golden))
            if cmd == "rerecord":
                with open(path, "w") as f:
                    f.write(again)
                passed += 1
            elif again == golden:
                passed += 1
            else:
                failed += 1
                sys.stdout.writelines(difflib.unified_diff(golden.splitlines(True), again.splitlines(True),
                                                           path, "python3.11 now"))
        print(f"{passed} passed, {failed} failed")
        return 1 if failed else 0
    if cmd == "script":
        check = args[:1] == ["--check"]
        failed = 0
        for path in args[1:] if check else args:
            result = script_result(path)
            expected = os.path.splitext(path)[0] + ".expected"
            if check:
                with open(expected) as f:
                    if f.read() != result:
                        failed += 1
                        print(f"MISMATCH {path}")
            else:
                with open(expected, "w") as f:
                    f.write(result)
        return 1 if failed else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
