#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks the lexicon files in core/data/ (STYLE.md section 8).

    scripts/check_lexicons.py [FILE.txt...]

Without arguments it checks every core/data/*.txt and that the set of files matches the
EVENTGRAPH_LEXICONS list in core/CMakeLists.txt. Each file must be:

  * UTF-8, LF line endings, ending in a newline, without trailing whitespace or NUL bytes;
  * opened by `#` comment lines that give the purpose, a `Source:` and a `License:`;
  * one entry per line, TAB-separated fields, key first, no empty key and no space around it;
  * sorted in byte order of the key (as `LC_ALL=C sort`) with no duplicate keys.

Every problem is printed as `path:line: message`; the exit status is 1 when any was found.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rel(path):
    """`path` relative to the repository root when it lies inside it."""
    absolute = os.path.abspath(path)
    if absolute.startswith(ROOT + os.sep):
        return os.path.relpath(absolute, ROOT)
    return path


def check_file(path):
    """Returns a list of (line, message) problems for one lexicon file."""
    problems = []
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return [(0, f"cannot read: {e.strerror}")]
    if not data:
        return [(1, "empty file (needs a header with purpose, Source: and License:)")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return [(line, f"invalid UTF-8 at byte {e.start}")]
    if text.startswith("\ufeff"):
        problems.append((1, "byte order mark (BOM) not allowed"))
    if not text.endswith("\n"):
        problems.append((text.count("\n") + 1, "missing final newline"))

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()

    header = []
    in_header = True
    previous_key = None
    previous_line = 0
    seen = {}
    for number, line in enumerate(lines, start=1):
        if "\r" in line:
            problems.append((number, "carriage return (use LF line endings)"))
            line = line.replace("\r", "")
        if "\0" in line:
            problems.append((number, "NUL byte"))
        if line != line.rstrip(" \t"):
            problems.append((number, "trailing whitespace"))
        if line.startswith("#"):
            if in_header:
                header.append(line)
            continue
        if not line.strip():
            continue
        in_header = False
        key = line.split("\t", 1)[0]
        if not key:
            problems.append((number, "empty key (line starts with a TAB)"))
            continue
        if key != key.strip():
            problems.append((number, f"key {key!r} has leading or trailing spaces"))
        if key in seen:
            problems.append((number, f"duplicate key {key!r} (first on line {seen[key]})"))
        else:
            seen[key] = number
        if previous_key is not None and key.encode("utf-8") < previous_key.encode("utf-8"):
            problems.append(
                (number, f"not sorted: {key!r} comes after {previous_key!r} (line "
                 f"{previous_line}); sort with LC_ALL=C sort")
            )
        previous_key = key
        previous_line = number

    header_text = "\n".join(header)
    if not header:
        problems.append((1, "missing header: '#' lines giving purpose, Source: and License:"))
    else:
        purpose = re.sub(r"(?i)\b(source|license)\s*:.*", "", header_text).strip("# \n\t")
        if not purpose:
            problems.append((1, "header does not state the purpose of the list"))
        if not re.search(r"(?i)\bsource\s*:", header_text):
            problems.append((1, "header lacks a 'Source:'"))
        if not re.search(r"(?i)\blicen[cs]e\s*:", header_text):
            problems.append((1, "header lacks a 'License:'"))
    return sorted(problems)


def listed_lexicons():
    """Base names in EVENTGRAPH_LEXICONS of core/CMakeLists.txt, or None if not found."""
    path = os.path.join(ROOT, "core", "CMakeLists.txt")
    try:
        with open(path, encoding="utf-8") as f:
            cmake = f.read()
    except OSError:
        return None
    m = re.search(r"set\(\s*EVENTGRAPH_LEXICONS\b(.*?)\)", cmake, re.S)
    if not m:
        return None
    return {os.path.basename(p) for p in re.findall(r"[\w./-]+\.txt", m.group(1))}


def main(argv):
    files = argv[1:]
    check_list = not files
    if not files:
        data_dir = os.path.join(ROOT, "core", "data")
        files = sorted(
            os.path.join(data_dir, name) for name in os.listdir(data_dir) if name.endswith(".txt")
        )
    failures = 0
    for path in files:
        for line, message in check_file(path):
            print(f"{rel(path)}:{line}: {message}")
            failures += 1
    if check_list:
        listed = listed_lexicons()
        present = {os.path.basename(p) for p in files}
        if listed is None:
            print("core/CMakeLists.txt:1: no EVENTGRAPH_LEXICONS list found")
            failures += 1
        else:
            for name in sorted(present - listed):
                print(f"core/data/{name}:1: not listed in EVENTGRAPH_LEXICONS (core/CMakeLists.txt)")
                failures += 1
            for name in sorted(listed - present):
                print(f"core/CMakeLists.txt:1: EVENTGRAPH_LEXICONS lists missing file {name}")
                failures += 1
    if failures:
        print(f"check_lexicons.py: {failures} problem(s) in {len(files)} file(s)", file=sys.stderr)
        return 1
    print(f"check_lexicons.py: {len(files)} lexicon file(s) OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
