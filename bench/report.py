#!/usr/bin/env python3
"""bench/run.sh's report: reads RESULTS/ (raw JSON and small files), prints
the table, writes docs/BENCHMARKS.md and the gnuplot PNG.

    bench/report.py RESULTS_DIR BENCHMARKS.md PLOT.png
"""
import json
import os
import re
import shutil
import subprocess
import sys

ENGINES = ["morgue", "lucene", "fts5", "xapian"]
PEERS = ENGINES[1:]
CLASSES = ["term_freq", "term_mid", "term_rare", "and2", "and3", "or2", "phrase2", "phrase3",
           "speaker_plain", "speaker"]


def load(path, default=None):
    try:
        with open(path) as f:
            s = f.read().strip()
    except OSError:
        return default
    try:
        return json.loads(s)
    except ValueError:
        return s


def pct(xs, p):
    xs = sorted(xs)
    if not xs:
        return None
    k = (len(xs) - 1) * p
    i = int(k)
    return xs[i] if i + 1 >= len(xs) else xs[i] + (xs[i + 1] - xs[i]) * (k - i)


def corpus_data(d):
    c = load(os.path.join(d, "corpus.json"))
    mb = c["bytes"] / 1e6
    e = {}
    for eng in ENGINES:
        it = load(os.path.join(d, eng + ".index.time"))
        if not isinstance(it, dict):
            e[eng] = {"skipped": load(os.path.join(d, eng + ".skipped"), "not run")}
            continue
        size = load(os.path.join(d, eng + ".size"))
        stored = None
        if eng == "morgue":
            st = load(os.path.join(d, "morgue.stats"), "")
            m = re.search(r"postings (\d+), positions (\d+), dictionary (\d+), stored articles (\d+)",
                          st if isinstance(st, str) else "")
            if m:
                post = int(m[1]) + int(m[2]) + int(m[3])
                stored = int(m[4])
            m = re.search(r"title and body words together (\d+)", st if isinstance(st, str) else "")
            tb = int(m[1]) if m else None
        elif eng == "fts5":
            sp = load(os.path.join(d, "fts5.split"))
            if isinstance(sp, list):
                stored, post = sp
        else:
            stored = load(os.path.join(d, eng + ".stored"))
        if eng != "morgue" and stored is not None and eng != "fts5":
            post = size - stored
        q = load(os.path.join(d, eng + ".query.json"), {})
        qt = load(os.path.join(d, eng + ".query.time"), {})
        rss_q = qt.get("rss_kb", 0) / 1024 if isinstance(qt, dict) else None
        if eng == "morgue" and q.get("rss"):
            rss_q = max(v["hwm_kb"] for v in q["rss"].values()) / 1024
        e[eng] = {
            "index_s": it["wall"], "mbps": mb / it["wall"] if it["wall"] else None,
            "size_pct": 100 * size / c["bytes"] if size else None,
            "post_pct": 100 * post / c["bytes"] if stored is not None else None,
            "stored_pct": 100 * stored / c["bytes"] if stored is not None else None,
            # the peers index title and body only: their whole postings+dict
            "tb_pct": (100 * (tb if eng == "morgue" else post) / c["bytes"]
                       if stored is not None and (eng != "morgue" or tb is not None) else None),
            "rss_index": it["rss_kb"] / 1024, "rss_query": rss_q,
            "anon_query": (max(v["anon_kb"] for v in q["rss"].values()) / 1024
                           if eng == "morgue" and q.get("rss") else None),
            "lat": {m: {k: (pct(v, .5), pct(v, .95)) for k, v in q.get(m, {}).items()}
                    for m in ("top10", "count")},
            "pooled": {m: pct([x for v in q.get(m, {}).values() for x in v], .5)
                       for m in ("top10", "count")},
            "totals": q.get("totals", {}), "pipe": q.get("pipe_overhead"),
            "roundtrip": q.get("roundtrip"),
            "one_shot": q.get("one_shot"), "spawn": q.get("spawn_overhead"),
            "errors": q.get("errors", 0),
        }
        if eng == "morgue":
            mt = load(os.path.join(d, "morgue.index-mt.time"))
            if isinstance(mt, dict) and mt.get("wall"):
                e[eng]["mbps_mt"] = mb / mt["wall"]
                e[eng]["rss_index_mt"] = mt["rss_kb"] / 1024
    rg = load(os.path.join(d, "rg.query.json"), {})
    return {"name": c["corpus"], "mb": mb, "docs": c["docs"], "e": e, "rg": rg}


def f(x, nd=1):
    if x is None:
        return "-"
    if abs(x) >= 100:
        return "%.0f" % x
    return ("%." + str(nd) + "f") % x


def ratio(a, b):
    if a in (None, 0) or b in (None, 0):
        return "-"
    r = a / b
    return "%.2f" % r if r >= 0.095 else "%.2g" % r


def table(cd):
    e = cd["e"]
    live = [p for p in PEERS if "skipped" not in e[p]]
    out = []
    out.append("corpus %s: %.1f MB, %d articles" % (cd["name"], cd["mb"], cd["docs"]))
    hdr = "%-24s" % "" + "".join("%10s" % x for x in ENGINES) + "  |" + "".join(
        "%10s" % ("m/" + p) for p in PEERS)
    out.append(hdr)

    def row(label, key, scale=1.0, nd=1):
        vals = [None if "skipped" in e[x] else e[x].get(key) for x in ENGINES]
        vals = [None if v is None else v * scale for v in vals]
        s = "%-24s" % label + "".join("%10s" % f(v, nd) for v in vals) + "  |"
        s += "".join("%10s" % ratio(vals[0], vals[i + 1]) for i in range(len(PEERS)))
        out.append(s)

    row("index MB/s", "mbps")
    row("  all cores, morgue", "mbps_mt")
    row("index seconds", "index_s")
    row("index size % input", "size_pct")
    row("  postings+dict %", "post_pct")
    row("    title+body words %", "tb_pct")
    row("  stored text %", "stored_pct")
    row("index peak RSS MB", "rss_index", nd=0)
    row("query peak RSS MB", "rss_query", nd=0)
    for mode in ("top10", "count"):
        for pi, pn in ((0, "median"), (1, "p95")):
            out.append("latency ms, %s, %s" % (mode, pn))
            for k in CLASSES:
                vals = []
                for x in ENGINES:
                    l = e[x].get("lat", {}).get(mode, {}).get(k) if "skipped" not in e[x] else None
                    vals.append(None if not l or l[pi] is None else 1000 * l[pi])
                if all(v is None for v in vals):
                    continue
                s = "%-24s" % ("  " + k) + "".join("%10s" % f(v, 2) for v in vals) + "  |"
                s += "".join("%10s" % ratio(vals[0], vals[i + 1]) for i in range(len(PEERS)))
                out.append(s)
    m = e["morgue"]
    if "skipped" not in m:
        sp = m["lat"]["top10"].get("speaker")
        pl = m["lat"]["top10"].get("speaker_plain")
        if sp and pl:
            out.append("speaker-scoped vs the plain phrase (morgue, top-10 median): %.2f ms vs %.2f ms = %.2f"
                       % (1000 * sp[0], 1000 * pl[0], sp[0] / pl[0]))
        if m.get("mbps_mt") and m.get("mbps"):
            out.append("morgue indexing on %d threads vs one: %.1f vs %.1f MB/s = %.2f (peak RSS %.0f MB)"
                       % (os.cpu_count() or 0, m["mbps_mt"], m["mbps"], m["mbps_mt"] / m["mbps"],
                          m.get("rss_index_mt") or 0))
        if m.get("roundtrip"):
            rt = m["roundtrip"]
            med = lambda mode: pct([x for v in rt.get(mode, {}).values() for x in v], .5)
            out.append("morgue latencies are timed inside morgue-query (took_ms); the pipe round trips of the "
                       "same queries, medians over all classes: top-10 %.3f ms, count %.3f ms (cat: %.3f ms)"
                       % (1000 * med("top10"), 1000 * med("count"), 1000 * (m.get("pipe") or 0)))
        elif m.get("pipe"):
            out.append("morgue latencies include one pipe round trip (measured with cat): %.3f ms"
                       % (1000 * m["pipe"]))
        if m.get("one_shot"):
            out.append("morgue-query as one command per query (process, index open, top-10 printed), term "
                       "classes: median %.1f ms, p95 %.1f ms (starting /bin/true: %.1f ms)"
                       % (1000 * pct(m["one_shot"], .5), 1000 * pct(m["one_shot"], .95), 1000 * (m.get("spawn") or 0)))
        if m.get("anon_query") is not None:
            out.append("morgue-query memory: peak RSS %.0f MB, of it anonymous (not the mapped index) %.0f MB"
                       % (m["rss_query"], m["anon_query"]))
    rg = cd["rg"]
    if rg.get("count"):
        parts = []
        for k in ("term_freq", "term_rare", "phrase2", "phrase3"):
            v = rg["count"].get(k)
            ml = m.get("lat", {}).get("count", {}).get(k) if "skipped" not in m else None
            if v:
                parts.append("%s %.0f ms (morgue/rg %s)" % (k, 1000 * pct(v, .5),
                                                           ratio(ml[0] if ml else None, pct(v, .5))))
        out.append("ripgrep over the raw JSONL, count, median: " + "; ".join(parts))
    # agreement of counts between engines, as a sanity check
    dis = []
    for p in live:
        bad = tot = 0
        for k, v in e[p]["totals"].items():
            mv = e["morgue"]["totals"].get(k, []) if "skipped" not in m else []
            for a, b in zip(mv, v):
                tot += 1
                bad += a != b
        if tot:
            dis.append("%s %d/%d" % (p, tot - bad, tot))
    if dis:
        out.append("count agreement with morgue (queries with the same total): " + ", ".join(dis))
    for p in PEERS:
        if "skipped" in e[p]:
            out.append("%s: %s" % (p, e[p]["skipped"]))
    return "\n".join(out)


def growth(cds):
    sc = [c for c in cds if c["name"].startswith("scale-")]
    if len(sc) < 2:
        return "", sc
    out = ["growth over the scale series (%s MB)" % ", ".join(c["name"][6:] for c in sc)]
    out.append("%-10s %-26s %s" % ("engine", "figure", "  ".join("%9s" % c["name"][6:] for c in sc)) + "   last/first")
    for eng in ENGINES:
        for key, lab, sc_ in (("index_s", "index seconds", 1), ("size_pct", "index size % input", 1),
                              ("rss_index", "index peak RSS MB", 1), ("rss_query", "query peak RSS MB", 1)):
            vals = [None if "skipped" in c["e"][eng] else c["e"][eng][key] for c in sc]
            out.append("%-10s %-26s %s   %s" % (eng, lab, "  ".join("%9s" % f(v) for v in vals),
                                                ratio(vals[-1], vals[0])))
        for mode in ("top10", "count"):
            vals = [None if "skipped" in c["e"][eng] else c["e"][eng]["pooled"][mode] for c in sc]
            vals = [None if v is None else 1000 * v for v in vals]
            out.append("%-10s %-26s %s   %s" % (eng, "median ms, all %s" % mode,
                                                "  ".join("%9s" % f(v, 2) for v in vals),
                                                ratio(vals[-1], vals[0])))
        if eng == "morgue":
            vals = [None if "skipped" in c["e"][eng] or not c["e"][eng].get("one_shot")
                    else 1000 * pct(c["e"][eng]["one_shot"], .5) for c in sc]
            out.append("%-10s %-26s %s   %s" % (eng, "median ms, one command", "  ".join("%9s" % f(v, 2) for v in vals),
                                                ratio(vals[-1], vals[0])))
    out.append("morgue/peer at the largest size: " + ", ".join(
        "%s index time %s, median top-10 %s" % (p, ratio(sc[-1]["e"]["morgue"].get("index_s"), sc[-1]["e"][p].get("index_s")),
                                               ratio(sc[-1]["e"]["morgue"].get("pooled", {}).get("top10"),
                                                     sc[-1]["e"][p].get("pooled", {}).get("top10")))
        for p in PEERS if "skipped" not in sc[-1]["e"][p]))
    return "\n".join(out), sc


def plot(cds, png, workdir):
    sc = [c for c in cds if c["name"].startswith("scale-")] or cds
    if not shutil.which("gnuplot"):
        return False
    dat = os.path.join(workdir, "plot.dat")
    with open(dat, "w") as fo:
        for eng in ENGINES:
            fo.write("# %s\n" % eng)
            for c in sc:
                x = c["e"][eng]
                if "skipped" in x:
                    continue
                fo.write("%.1f %.3f %.4f\n" % (c["mb"], x["index_s"], 1000 * (x["pooled"]["top10"] or 0)))
            fo.write("\n\n")
    gp = """set terminal pngcairo size 1100,450 font ",10"
set output '%s'
set multiplot layout 1,2 title "morgue and its peers, one run (bench/run.sh)"
set logscale xy
set grid
set key top left
set xlabel "corpus MB"
set ylabel "seconds"
set title "indexing time (whole pipeline, stored text)"
plot for [i=0:3] '%s' index i using 1:2 with linespoints lw 2 title word("morgue lucene fts5 xapian", i+1)
set ylabel "ms"
set title "query latency, median of all top-10 queries (warm)"
plot for [i=0:3] '%s' index i using 1:3 with linespoints lw 2 title word("morgue lucene fts5 xapian", i+1)
unset multiplot
""" % (png, dat, dat)
    r = subprocess.run(["gnuplot"], input=gp, text=True, capture_output=True)
    if r.returncode:
        gp = gp.replace("pngcairo", "png")
        r = subprocess.run(["gnuplot"], input=gp, text=True, capture_output=True)
    if r.returncode:
        print("gnuplot: " + r.stderr, file=sys.stderr)
    return r.returncode == 0


DOC = """# Benchmarks: morgue beside Xapian, SQLite FTS5, Lucene 4.10 and ripgrep

Issue 5's benchmark. One command, as a new user runs it (it installs its peers from Debian's
packages, builds morgue in Release mode, makes its corpora in a temporary directory):

    bench/run.sh                 # real news + 125, 250, 500, 1000 MB scale corpora
    bench/run.sh --quick         # real news + 125 MB only (a few minutes)
    bench/run.sh --sizes 125,250 --per-class 20 --xapian-max 250 --keep

It prints the table below, rewrites this file and `docs/bench-plot.png`, and leaves the raw
results (JSON per engine and corpus) in `/tmp/morgue-bench.*/results/`.

## Latest run

Command: `{command}`. {date}; {seconds} s in all (corpus generation {gen:.0f} s).
Machine: {nproc} cores ({cpu}), {mem} RAM, shared with other builds and tests while it ran,
so absolute times drift; **read the ratios** (`m/peer` = morgue / peer, from the same run:
for MB/s above 1 means morgue is faster, for seconds, sizes, memory and latency below 1 means
morgue is faster or smaller). morgue {morgue_rev}; Xapian {xapian}; SQLite {sqlite}; Lucene
{lucene} on {java}; {rg}.

```
{table}
```

![indexing time and query latency against corpus size](bench-plot.png)

## What is measured

- **Corpora.** *real*: the BBC News, Reuters-21578 and PolNeAR-train articles of
  `../shared/data`, normalised to one JSONL file `{{title, text, date}}` (every article, exact
  copies included: morgue runs with `--keep-duplicates` so every engine indexes the same
  articles). *scale-N*: `bench/gen_corpus.py --seed 5`, N MB of news-like JSONL: a
  Zipf-Mandelbrot vocabulary (English function words at the top, invented pseudo-words below,
  250,000 words), 300-900 words an article in paragraphs, recurring named people, quotes with
  attributions in newswire patterns, dates. The smaller scale corpora are prefixes of the larger.
- **Indexing**, title + body, positions kept, stopwords kept, text stored, each engine as one
  process timed by `/usr/bin/time` (wall seconds, peak RSS), the input already in page cache:
  - morgue: `morgue-index -q --keep-duplicates --threads 1 -o IDX corpus.jsonl` (defaults
    otherwise, `--memory 512M`; its quote, speaker and entity extraction is part of the
    pipeline): the `index MB/s` row, per thread like the peers; then again with `--threads N`
    for every core (the `all cores` row, and the index the queries run on);
  - Lucene 4.10.4 (`bench/lucene/LuceneBench.java`): `StandardAnalyzer(CharArraySet.EMPTY_SET)`,
    title + body in one stored `TextField` (positions), the title also a `StoredField`, 256 MB RAM
    buffer, one indexing thread, no compound files, no forceMerge; JSON parsed by a small
    hand-written reader; JVM start included;
  - SQLite FTS5 (Python's `sqlite3`): `fts5(title, body, tokenize='unicode61', detail=full)`,
    content stored in the table, one transaction, `journal_mode=OFF`, `synchronous=OFF`;
  - Xapian 1.4 (python3-xapian): `TermGenerator` without stemmer or stopper, positions on,
    title then body, document data = the text, default flush threshold. Above `--xapian-max` MB
    (default 250) Xapian is skipped: at about 1 MB/s on this machine its 500 MB and 1 GB runs
    alone would take 25 minutes.
- **Index size** as % of the input bytes, and split in postings+positions+dictionary versus
  stored text: morgue from `morgue-query --stats` (the rest, quotes/entities/metadata, is only in
  the total); `title+body words` is the part of morgue's postings+dict that indexes what the peers
  index (the title and body words, from the same `--stats`, without the dictionary's block index):
  the like-for-like comparison, where the row above also holds the speaker and entity fields; Lucene `.fdt+.fdx` stored, the rest index; FTS5 `docs_content` stored, the rest
  index (from `dbstat`); Xapian `docdata.glass` stored, the rest index (postlist, position and
  termlist tables).
- **Queries** (`bench/gen_queries.py`, seeded, from the corpus's own text, `[a-z]+` words only so
  every tokenizer agrees): `term_freq` (a word in 10-50 % of the articles), `term_mid`
  (0.3-3 %), `term_rare` (2-10 articles), `and2` (frequent AND mid), `and3` (frequent AND
  frequent AND mid), `or2` (mid OR mid), `phrase2`/`phrase3` (adjacent words from the text),
  `speaker` (morgue only: `speaker:SURNAME "w1 w2"` with two adjacent words of a quote
  attributed to SURNAME) and `speaker_plain` (the same `"w1 w2"` as a plain phrase, every engine).
  Each as top-10 (the stored title of each hit fetched; morgue also builds its snippets) and as
  count (exact: Xapian `get_mset(0, 0, doccount)`, FTS5 `count(*)`, Lucene
  `TotalHitCountCollector`, `morgue-query --count`). Every set runs once untimed first (warm
  cache), then once timed; median and p95 per class.
- **Timing in process.** Xapian and FTS5: a Python loop around each query. Lucene: `System.nanoTime`
  around each query in the Java program. morgue: one `morgue-query --batch - --json -n 10`
  process per mode (top-10, count) fed one query at a time through a pipe: write the line, read
  its JSON line. The latency is the answer's `took_ms`, timed inside morgue-query around all it
  does for the query (parse, search, stored text, snippets, the JSON line) — in process, like the
  peers, whose timings include their Python or Java call and the title fetch. The pipe round
  trip of the same queries is printed under each table: on this VM a reader blocked on a pipe
  takes ~50 us to wake when the machine is idle, more than a rare term's whole answer (the
  round trip of `cat` itself is ~8 us because it answers before the reader sleeps). morgue does
  not flush its output per query on a pipe, so it runs under `stdbuf -oL` (line-buffered
  stdout, no change to morgue). ripgrep: `rg -c -i -w -F` over the raw JSONL, one
  process per query, 5 queries of the term and phrase classes, count only.
- **Memory.** Peak RSS of the indexing process and of the query process (`/usr/bin/time`; the
  Python peers include the interpreter, Lucene the JVM). For morgue-query the peak comes from
  its `/proc/PID/status` (VmHWM, which counts the mapped index pages it touched) and its
  anonymous memory (RssAnon, i.e. besides the mapped index) is printed separately.
- The count agreement line compares each peer's exact counts with morgue's, query by query: a
  check that the engines answer the same question (small differences come from tokenizers).

## What each peer needs (installed by run.sh when missing)

| peer | Debian 12 packages | driver |
|---|---|---|
| Xapian 1.4 | `python3-xapian` | `bench/peers.py` (Debian's `/usr/bin/python3`) |
| SQLite FTS5 | none (Python's `sqlite3` module has FTS5); `sqlite3` CLI checked | `bench/peers.py` |
| Lucene 4.10 | `liblucene4.10-java`, `default-jdk-headless` (javac, OpenJDK 17) | `bench/lucene/LuceneBench.java`, compiled into the work directory |
| ripgrep | `ripgrep` | `bench/peers.py` |
| plot, timing | `gnuplot-nox`, `time` | `bench/report.py`, `/usr/bin/time` |

morgue is built from the checkout with CMake (Release). A peer whose package is missing from the
archive is reported and skipped; the rest still run.

## Not measured / limits

- Everything runs one engine at a time on a 2-core machine that others use at the same time;
  the ratios are from the same run, the absolute numbers are not comparable between runs.
- Multi-threaded indexing is not measured for the peers (Lucene could use several
  `IndexWriter` threads; FTS5 and Xapian cannot).
- ripgrep has no ranking, so it appears only as the count baseline.
- morgue's top-10 does more than the peers' top-10: its JSON hits carry a snippet and the match
  offsets; the peers fetch only the stored title of each hit.
- Xapian's database is measured as written (not `xapian-compact`ed), so its B-tree blocks are
  partly empty; its termlist table (per-document term lists) is counted as index.
- The real-news corpus is 28 MB once normalised (title, text, date): the 35 MB of the source
  files include their metadata and annotations. Speaker queries for it come from quotes in
  curly or straight quotation marks followed by a capitalised name, so a few "speakers" are
  not people ("One", a club name): the comparison with the plain phrase still holds.
- Counts differ slightly between engines where tokenizers disagree (Lucene's StandardAnalyzer
  keeps "u.s." or "3.5" whole, unicode61 and Xapian split them); the query words themselves are
  plain `[a-z]+`.
"""


def main():
    rdir, md, png = sys.argv[1:4]
    run = load(os.path.join(rdir, "run.json"), {})
    gen = load(os.path.join(rdir, "gen.json"), {}) or {}
    names = sorted((d for d in os.listdir(rdir) if os.path.isdir(os.path.join(rdir, d))),
                   key=lambda n: (n != "real", int(n[6:]) if n.startswith("scale-") else 0))
    cds = [corpus_data(os.path.join(rdir, n)) for n in names]
    parts = [table(c) for c in cds]
    g, _ = growth(cds)
    if g:
        parts.append(g)
    skipped = open(os.path.join(rdir, "skipped.txt")).read().strip() if os.path.exists(
        os.path.join(rdir, "skipped.txt")) else ""
    if skipped:
        parts.append("skipped peers: " + skipped.replace("\n", "; "))
    text = "\n\n".join(parts)
    print(text)
    json.dump(cds, open(os.path.join(rdir, "summary.json"), "w"), indent=1)
    ok = plot(cds, os.path.abspath(png), rdir)
    doc = DOC.format(table=text, gen=gen.get("gen_seconds", 0), **{k: run.get(k, "?") for k in (
        "command", "date", "seconds", "nproc", "cpu", "mem", "morgue_rev", "xapian", "sqlite",
        "lucene", "java", "rg")})
    if not ok:
        doc = doc.replace("![indexing time and query latency against corpus size](bench-plot.png)\n",
                          "(no plot: gnuplot missing or failed)\n")
    # the previous runs' tables stay below, newest first (at most 3)
    try:
        old = open(md).read()
    except OSError:
        old = ""
    earlier = []
    m = re.search(r"\n## Latest run\n(.*?)\n## What is measured", old, re.S)
    if m:
        prev = re.sub(r"\n!\[.*?\]\(bench-plot.png\)\n|\n\(no plot.*?\)\n", "\n", m.group(1)).strip()
        earlier.append(prev)
    m = re.search(r"\n## Earlier runs\n(.*)\Z", old, re.S)
    if m:
        earlier += [x.strip() for x in re.split(r"\n### Run \d+\n", "\n" + m.group(1)) if x.strip()]
    if earlier:
        doc += "\n## Earlier runs\n"
        for i, x in enumerate(earlier[:3]):
            doc += "\n### Run %d\n\n%s\n" % (i + 1, x)
    with open(md, "w") as fo:
        fo.write(doc)


if __name__ == "__main__":
    main()
