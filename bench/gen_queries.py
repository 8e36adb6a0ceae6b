#!/usr/bin/env python3
"""Deterministic query set for bench/run.sh, drawn from a corpus's own text.

    bench/gen_queries.py CORPUS.jsonl OUT.tsv [--per-class N] [--seed S]

Reads (up to the first 40 MB of) the corpus, counts document frequencies of
lowercase [a-z]+ tokens (words every engine's tokenizer splits the same way)
and writes OUT.tsv: class <TAB> op <TAB> words (space-separated) <TAB> speaker.
Classes, N queries each:
  term_freq   one word in 10-50 % of the articles
  term_mid    one word in 0.3-3 % of the articles
  term_rare   one word in 2-10 articles
  and2        frequent AND mid            and3   frequent AND frequent AND mid
  or2         mid OR mid
  phrase2     2 adjacent words taken from the text
  phrase3     3 adjacent words taken from the text
  speaker     speaker:SURNAME "w1 w2" : 2 adjacent words from a quote
              attributed to SURNAME (morgue only) ...
  speaker_plain   ... and the same "w1 w2" as a plain phrase (every engine)
"""
import argparse
import collections
import json
import random
import re
import sys

WORD = re.compile(r"[a-z]+")
PAIR2 = re.compile(r"(?<![\w'’-])([A-Za-z]+) ([A-Za-z]+)(?![\w'’-])")
PAIR3 = re.compile(r"(?<![\w'’-])([A-Za-z]+) ([A-Za-z]+) ([A-Za-z]+)(?![\w'’-])")
# “quote,” [Given] Surname said   |   “quote,” said [Given] Surname  (or "straight")
QUOTE = re.compile(r"[“\"]([^“”\"\n]{8,400}?)[,.]?[”\"] (?:said )?(?:[A-Z][a-z]+ )?([A-Z][a-z]{2,})[ ,.]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--per-class", type=int, default=20)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--max-bytes", type=int, default=40_000_000)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    df = collections.Counter()
    texts, read = [], 0
    with open(a.corpus, encoding="utf-8") as f:
        for line in f:
            read += len(line)
            d = json.loads(line)
            t = (d.get("title") or "") + "\n\n" + (d.get("text") or "")
            texts.append(t)
            df.update(set(WORD.findall(t.lower())))
            if read >= a.max_bytes:
                break
    n = len(texts)
    # df over the sample = df over the whole corpus, in fractions
    def band(lo, hi):
        return sorted(w for w, c in df.items() if lo <= c <= hi and len(w) >= 2)
    freq = band(0.10 * n, 0.50 * n)
    mid = band(max(3, 0.003 * n), max(4, 0.03 * n))
    rare = band(2, 10)
    k = a.per_class
    rows = []
    pick = lambda pool, m: [rng.choice(pool) for _ in range(m)]
    for w in pick(freq, k): rows.append(("term_freq", "term", [w]))
    for w in pick(mid, k): rows.append(("term_mid", "term", [w]))
    for w in pick(rare, k): rows.append(("term_rare", "term", [w]))
    for _ in range(k): rows.append(("and2", "and", [rng.choice(freq), rng.choice(mid)]))
    for _ in range(k): rows.append(("and3", "and", [rng.choice(freq), rng.choice(freq), rng.choice(mid)]))
    for _ in range(k): rows.append(("or2", "or", [rng.choice(mid), rng.choice(mid)]))
    for cls, rx in (("phrase2", PAIR2), ("phrase3", PAIR3)):
        got = 0
        while got < k:
            t = rng.choice(texts)
            ms = rx.findall(t)
            if not ms:
                continue
            ws = [w.lower() for w in rng.choice(ms)]
            rows.append((cls, "phrase", ws))
            got += 1
    quotes = []
    for t in texts[:20000]:
        for q, who in QUOTE.findall(t):
            ps = PAIR2.findall(q)
            if ps and who not in ("The", "This", "But", "And", "He", "She", "They", "It"):
                quotes.append((who.lower(), ps))
    sp = []
    for _ in range(k if quotes else 0):
        who, ps = rng.choice(quotes)
        ws = [w.lower() for w in rng.choice(ps)]
        sp.append((who, ws))
    for who, ws in sp: rows.append(("speaker", "speaker", ws, who))
    for who, ws in sp: rows.append(("speaker_plain", "phrase", ws))
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write("%s\t%s\t%s\t%s\n" % (r[0], r[1], " ".join(r[2]), r[3] if len(r) > 3 else ""))
    print("queries: %d classes, %d queries from %d articles (%d quotes seen)"
          % (len({r[0] for r in rows}), len(rows), n, len(quotes)), file=sys.stderr)


if __name__ == "__main__":
    main()
