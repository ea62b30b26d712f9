#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Makes benchmark corpora as JSONL ({"id","date","title","text"} lines).

    make_bench_corpus.py --samples samples --size-mb 16 -o out.jsonl   samples/*.txt replicated
    make_bench_corpus.py --repeat 10 --input corpus.jsonl -o out.jsonl  N copies, distinct ids
"""
import argparse
import glob
import json
import os
import re
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--samples")
    ap.add_argument("--size-mb", type=float, default=16.0)
    ap.add_argument("--input")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    tmp = a.output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        if a.samples:
            docs = []
            for path in sorted(glob.glob(os.path.join(a.samples, "*.txt"))):
                text = open(path, encoding="utf-8").read()
                m = re.match(r"\s*date (\d{4}-\d{2}-\d{2}) ", text)
                docs.append((os.path.basename(path), m.group(1) if m else None, text))
            written, i = 0, 0
            while written < a.size_mb * 1e6 and docs:
                name, date, text = docs[i % len(docs)]
                out.write(json.dumps({"id": f"{name}#{i}", "date": date, "title": "", "text": text}) + "\n")
                written += len(text.encode())
                i += 1
        else:
            lines = [l for l in open(a.input, encoding="utf-8") if l.strip()]
            for r in range(a.repeat):
                for line in lines:
                    d = json.loads(line)
                    d["id"] = f"{d.get('id')}#r{r}" if r else d.get("id")
                    out.write(json.dumps(d) + "\n")
    os.replace(tmp, a.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
