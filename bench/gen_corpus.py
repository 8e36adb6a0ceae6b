#!/usr/bin/env python3
"""Deterministic news-like scale corpus for bench/run.sh.

    bench/gen_corpus.py --seed 5 --sizes 125,250,500,1000 --out DIR

writes DIR/scale-125.jsonl, DIR/scale-250.jsonl, ... : one article per line,
{"title", "text", "date"}.  One pass: the smaller corpora are prefixes of the
larger ones (same seed, same stream), cut at article boundaries as soon as
each target size in MB (10^6 bytes) is reached.  Same seed -> same bytes.

What it looks like: a Zipf vocabulary (Zipf-Mandelbrot, s=1 for the first
6,000 ranks, 1.8 beyond, 1.5 million words) whose top ranks are real English
function words (so stopwords stay frequent) and whose tail is invented
pronounceable pseudo-words; 300-900 words per article in
paragraphs of 2-5 sentences; named people drawn with a Zipf preference from
given-name x surname pools (the same few thousand people recur across the
archive); quotes with attributions in the usual newswire patterns
("“...,” Name said.", "“...,” said Name.", "Name said: “...”",
"“...,” Name told reporters."), and dates both as the article date and in
the text.
"""
import argparse
import bisect
import itertools
import json
import os
from operator import itemgetter
import random

FUNCTION = ("the of and to a in that is for on said was with he it as at by "
            "from his be has have are an not but this which were had they who "
            "been its would will their more also after one two new about than "
            "year over she her we could there up last when other into all some "
            "i people first out government can years so no time if president "
            "minister told them what just percent our only most million week "
            "because before where since while against three state officials "
            "may many should under any those now between during").split()

GIVEN = ("james mary john patricia robert jennifer michael linda william "
         "elizabeth david barbara richard susan joseph jessica thomas sarah "
         "charles karen daniel nancy matthew lisa anthony betty mark margaret "
         "donald sandra steven ashley paul kimberly andrew emily joshua donna "
         "kenneth michelle kevin dorothy brian carol george amanda edward "
         "melissa ronald deborah timothy stephanie jason rebecca jeffrey laura "
         "ryan sharon jacob cynthia gary kathleen nicholas amy eric shirley "
         "jonathan angela stephen helen larry anna justin brenda scott pamela "
         "brandon nicole benjamin samantha samuel katherine gregory emma frank "
         "ruth alexander christine raymond catherine patrick debra jack rachel "
         "dennis carolyn jerry janet tyler virginia aaron maria jose heather "
         "adam diane henry julie nathan joyce douglas victoria zachary kelly "
         "peter christina kyle joan walter evelyn ethan lauren jeremy judith "
         "harold olivia keith frances christian martha roger cheryl noah megan "
         "gerald andrea carl hannah terry jacqueline sean ann austin jean "
         "arthur alice lawrence kathryn jesse gloria dylan teresa bryan doris "
         "joe sara jordan janice billy julia bruce marie albert madison willie "
         "grace gabriel judy logan theresa alan beverly juan denise wayne marilyn "
         "ahmed fatima olga ivan sergei anna yuki hiroshi chen wei priya raj "
         "amara kwame ingrid lars sofia mateo lucia pierre amelie hans greta").split()

ONSETS = ("b bl br c ch cl cr d dr f fl fr g gl gr h j k l m n p pl pr qu r s "
          "sc sh sk sl sm sn sp st str t th tr v w z").split() + [""]
VOWELS = "a e i o u a e i o ai ea ou ie oa".split()
CODAS = "b d g k l m n p r s t x nd nt rk st ng ll ss rn".split() + [""] * 6


def pseudo_words(rng, n, taken):
    out = []
    while len(out) < n:
        k = rng.choice((1, 2, 2, 2, 3, 3, 4))
        w = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(k))
        w += rng.choice(CODAS)
        if 3 <= len(w) <= 14 and w not in taken:
            taken.add(w)
            out.append(w)
    return out


class Vocab:
    def __init__(self, rng, size=1500000, s=1.0, q=2.7, knee=6000, s2=1.8):
        taken = set(FUNCTION)
        self.words = list(FUNCTION) + pseudo_words(rng, size - len(FUNCTION), taken)
        # exact Zipf-Mandelbrot draw, fast: a 65536-slot table gives each word
        # floor(p * 65536) slots; the leftover slots (None) fall through to a
        # bisect over the leftover probability mass of every word.
        T = 65536
        # Zipf-Mandelbrot with slope s for the first `knee` ranks and a steeper
        # tail (s2): real news vocabularies grow roughly as Heaps' law says
        # (about 90k distinct words in 10 MB, 350k in 125 MB, 900k in 1 GB here)
        # rather than as a single s=1 power law over a big vocabulary would.
        kp = 1.0 / (knee + 1 + q) ** s
        ps = [1.0 / (r + 1 + q) ** s if r < knee else kp * ((knee + 1 + q) / (r + 1 + q)) ** s2
              for r in range(len(self.words))]
        tot = sum(ps)
        table, rest = [], []
        for w, p in zip(self.words, ps):
            p /= tot
            n = int(p * T)
            table.extend([w] * n)
            rest.append(p - n / T)
        table.extend([None] * (T - len(table)))
        self.table = table
        acc, cw = 0.0, []
        for x in rest:
            acc += x
            cw.append(acc)
        self.cw, self.total = cw, acc
        self.surnames = [w.capitalize() for w in pseudo_words(rng, 3000, taken)]

    def draw(self, rng, k):
        cw, words, tot, rnd = self.cw, self.words, self.total, rng.random
        hi = len(cw) - 1
        got = itemgetter(*memoryview(rng.randbytes(2 * k)).cast("H"))(self.table)
        return [w if w is not None else words[bisect.bisect(cw, rnd() * tot, 0, hi)]
                for w in got]


MONTHS = ("January February March April May June July August September "
          "October November December").split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ROLES = ("minister spokesperson chief executive senator analyst economist "
         "mayor governor professor director ambassador commander "
         "chairman lawyer").split()


class Gen:
    def __init__(self, seed):
        self.rng = rng = random.Random(seed)
        self.v = Vocab(rng)
        # a population of recurring people, chosen with a Zipf preference
        self.people = [(rng.choice(GIVEN).capitalize(), rng.choice(self.v.surnames),
                        rng.choice(ROLES)) for _ in range(6000)]
        acc, self.pcw = 0.0, []
        for r in range(len(self.people)):
            acc += 1.0 / (r + 3) ** 1.1
            self.pcw.append(acc)

    def person(self):
        rng = self.rng
        return self.people[bisect.bisect(self.pcw, rng.random() * self.pcw[-1], 0,
                                         len(self.pcw) - 1)]

    def sentence(self, lo=8, hi=24, end="."):
        ws = self.v.draw(self.rng, self.rng.randint(lo, hi))
        ws[0] = ws[0].capitalize()
        if len(ws) > 10 and self.rng.random() < 0.4:
            ws[self.rng.randint(3, len(ws) - 4)] += ","
        return " ".join(ws) + end

    def quote(self, p, first):
        rng = self.rng
        given, sur, role = p
        name = f"{given} {sur}" if first else sur
        if first and rng.random() < 0.5:
            name = f"{given} {sur}, the {role},"
        q = self.sentence(6, 20, "")
        pat = rng.randrange(5)
        if pat == 0:
            return f"“{q},” {name} said."
        if pat == 1:
            return f"“{q},” said {name.rstrip(',')}."
        if pat == 2:
            return f"{name} said: “{q}.”"
        if pat == 3:
            return f"“{q},” {name} told reporters on {rng.choice(DAYS)}."
        return f"“{q}. {self.sentence(6, 16)}” {name} said."

    def article(self):
        rng = self.rng
        y = rng.randint(1995, 2024)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        date = f"{y:04d}-{m:02d}-{d:02d}"
        cast = [self.person() for _ in range(rng.randint(1, 4))]
        seen = set()
        target = rng.randint(300, 900)
        paras, n = [], 0
        while n < target:
            sents = []
            for _ in range(rng.randint(2, 5)):
                r = rng.random()
                if r < 0.22:
                    p = rng.choice(cast)
                    s = self.quote(p, p not in seen)
                    seen.add(p)
                elif r < 0.27:
                    s = (f"On {rng.choice(DAYS)}, {d} {MONTHS[m - 1]} {y}, "
                         + self.sentence(6, 16)[0].lower() + self.sentence(6, 16)[1:])
                else:
                    s = self.sentence()
                sents.append(s)
                n += s.count(" ") + 1
            paras.append(" ".join(sents))
        title = " ".join(w.capitalize() for w in self.v.draw(rng, rng.randint(4, 10)))
        return {"title": title, "text": "\n\n".join(paras), "date": date}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--sizes", default="125")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    sizes = sorted(int(s) for s in a.sizes.split(","))
    os.makedirs(a.out, exist_ok=True)
    outs = [(sz * 1000000, open(os.path.join(a.out, f"scale-{sz}.jsonl"), "w",
                                encoding="utf-8")) for sz in sizes]
    g = Gen(a.seed)
    written = 0
    while outs:
        line = (json.dumps(g.article(), ensure_ascii=False) + "\n")
        written += len(line.encode("utf-8"))
        for _, f in outs:
            f.write(line)
        while outs and written >= outs[0][0]:
            outs.pop(0)[1].close()


if __name__ == "__main__":
    main()
