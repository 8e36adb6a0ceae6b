#!/usr/bin/env python3
"""Finds news text of ../shared copied into the project's files.

  copied_text.py SHARED_DIR SOURCE_DIR [MIN_WORDS]
  git log --format=%B main..BRANCH | copied_text.py SHARED_DIR - [MIN_WORDS]

With "-" for SOURCE_DIR the text read from standard input is checked
instead of the tracked files (commit messages are project text too), with
the allowed runs of the checkout the script is in.

The articles of ../shared (PolNeAR, BBC, Reuters, the article extraction
benchmark's ground truth, the seed articles) are copyrighted: the project
writes its own examples.  Every run of MIN_WORDS (default 7) words or more
of a tracked file that is also a run of the corpus is printed as
`file:line [words] text`, and the exit status is 1 when there is any.  Not
counted: a run whose six-word pieces are all stock phrases, each in three
texts of the corpus or more ("the ministry said in a statement that it
was"), and a run with fewer than two lower-case words other than function
words, a name ("Academy of Motion Picture Arts and Sciences", a
results-table line in capitals); nor the runs tests/copied_text.allow lists
(interface text of web pages, stock phrases of the project's own corpus).

Words are runs of ASCII letters and digits, lower-cased, so line breaks,
comment stars and quotation marks between them do not hide a copy."""
import glob
import json
import os
import re
import subprocess
import sys

N = 6  # the shingle: a run of MIN_WORDS words holds MIN_WORDS - N + 1 of them
COMMON = 3  # a shingle in this many texts is a stock phrase ("said in a statement that it")
WORD = re.compile(r"[a-z0-9]+")
FUNCTION = {"a", "an", "and", "as", "at", "by", "de", "del", "der", "di", "do", "du", "for", "in", "la",
            "le", "of", "on", "or", "the", "to", "van", "von", "y"}


def corpus_texts(shared):
    """Every article text and title of the corpora, one string at a time."""
    data = os.path.join(shared, "data")
    for rel in ("polnear-train/polnear_train.jsonl", "bbc-news/bbc_news.jsonl",
                "reuters-21578/reuters21578.jsonl"):
        p = os.path.join(data, rel)
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            for line in f:
                d = json.loads(line)
                for v in d.values():
                    if isinstance(v, str) and len(v) > 40:
                        yield v
    gt = os.path.join(data, "aeb-dev", "ground-truth.json")
    if os.path.exists(gt):
        with open(gt, encoding="utf-8", errors="replace") as f:
            stack = [json.load(f)]
        while stack:
            v = stack.pop()
            if isinstance(v, dict):
                stack.extend(v.values())
            elif isinstance(v, list):
                stack.extend(v)
            elif isinstance(v, str) and len(v) > 40:
                yield v
    for p in glob.glob(os.path.join(shared, "seeds", "*.txt")):
        with open(p, encoding="utf-8", errors="replace") as f:
            yield f.read()


def shingles(shared):
    """Each shingle of the corpus -> in how many texts it is, up to COMMON."""
    df = {}
    for text in corpus_texts(shared):
        w = WORD.findall(text.lower())
        for h in {hash(" ".join(w[i:i + N])) for i in range(len(w) - N + 1)}:
            c = df.get(h, 0)
            if c < COMMON:
                df[h] = c + 1
    return df


def is_name(text):
    """Fewer than two lower-case words that are not function words."""
    words = re.findall(r"[A-Za-z][A-Za-z'’.-]*", text)
    return sum(1 for w in words if w[0].islower() and w.lower() not in FUNCTION) < 2


def main():
    shared, src = sys.argv[1], sys.argv[2]
    least = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    seen = shingles(shared)
    if not seen:
        print("no corpus text in %s" % shared, file=sys.stderr)
        return 2
    # the allowed runs (tests/copied_text.allow) count as stock phrases
    allow = os.path.join(os.path.dirname(os.path.abspath(__file__)) if src == "-" else os.path.join(src, "tests"),
                         "copied_text.allow")
    with open(allow, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                w = WORD.findall(line.lower())
                for i in range(len(w) - N + 1):
                    seen[hash(" ".join(w[i:i + N]))] = COMMON
    # (each path once: a conflicted file is listed once per stage)
    if src == "-":
        files = ["-"]
    else:
        files = sorted(set(subprocess.run(["git", "-C", src, "ls-files"], capture_output=True, text=True,
                                          check=True).stdout.split("\n")))
    found = 0
    for rel in files:
        if rel == "-":
            text = sys.stdin.read()
        else:
            path = os.path.join(src, rel)
            if not rel or not os.path.isfile(path):
                continue
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except (UnicodeDecodeError, OSError):
                continue  # binary: archives of the sample corpus
        low = text.lower()
        ms = list(WORD.finditer(low))
        keys = [hash(" ".join(m.group() for m in ms[i:i + N])) for i in range(len(ms) - N + 1)]
        hit = [k in seen for k in keys]
        i = 0
        while i < len(hit):
            if not hit[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(hit) and hit[j + 1]:
                j += 1
            words = j - i + N
            a, b = ms[i].start(), ms[j + N - 1].end()
            rare = sum(1 for k in range(i, j + 1) if seen[keys[k]] < COMMON)
            if words >= least and rare >= 2 and not is_name(text[a:b]):
                found += 1
                print("%s:%d [%d] %s" % (rel, text.count("\n", 0, a) + 1, words,
                                         " ".join(text[a:b].split())))
            i = j + 1
    print("%d runs of %d words or more copied from %s" % (found, least, shared), file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
