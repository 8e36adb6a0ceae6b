#!/usr/bin/env python3
"""The Python side of bench/run.sh: corpus normalisation, the Xapian and
SQLite FTS5 peers, and the in-process query drivers for morgue and ripgrep.

  peers.py normalise OUT.jsonl                 real news -> {title,text,date}
  peers.py xapian-index CORPUS DIR             (peak RSS: run under time -v)
  peers.py xapian-query DIR QUERIES OUT.json
  peers.py fts5-index CORPUS DB
  peers.py fts5-query DB QUERIES OUT.json
  peers.py morgue-query MORGUE_QUERY IDX QUERIES OUT.json
  peers.py rg-query CORPUS QUERIES OUT.json

Every *-query: runs the whole query set once untimed (warm cache), then once
timed, as top-10 (with the stored title of each hit fetched) and as count;
writes {"top10": {class: [seconds...]}, "count": {...}, "totals": {...}}.
"""
import io
import json
import os
import subprocess
import sys
import time


def read_queries(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cls, op, words, who = line.rstrip("\n").split("\t")
            out.append((cls, op, words.split(), who))
    return out


def morgue_string(op, ws, who):
    if op == "term":
        return ws[0]
    if op == "and":
        return " ".join(ws)
    if op == "or":
        return " OR ".join(ws)
    if op == "phrase":
        return '"%s"' % " ".join(ws)
    if op == "speaker":
        return 'speaker:%s "%s"' % (who, " ".join(ws))
    raise ValueError(op)


def run_set(qs, one, classes=None):
    """one(q, mode) -> total; returns the result dict (warm pass first)."""
    res = {"top10": {}, "count": {}, "totals": {}}
    for mode in ("top10", "count"):
        for q in qs:                       # warm-up, untimed
            if classes is None or q[0] in classes:
                one(q, mode)
        for i, q in enumerate(qs):
            if classes is not None and q[0] not in classes:
                continue
            t0 = time.perf_counter()
            total = one(q, mode)
            dt = time.perf_counter() - t0
            res[mode].setdefault(q[0], []).append(dt)
            if mode == "count":
                res["totals"].setdefault(q[0], []).append(total)
    return res


def docs(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            yield d.get("title") or "", d.get("text") or ""


# ---------------------------------------------------------------- normalise
def normalise(out):
    base = os.environ.get("MORGUE_BENCH_DATA", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    srcs = [("bbc-news/bbc_news.jsonl", None), ("reuters-21578/reuters21578.jsonl", "date"),
            ("polnear-train/polnear_train.jsonl", "date")]
    n = 0
    with open(out, "w", encoding="utf-8") as o:
        for rel, dkey in srcs:
            p = os.path.join(base, rel)
            with open(p, encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    text = (d.get("text") or "").strip()
                    if not text:
                        continue
                    rec = {"title": (d.get("title") or "").strip(), "text": text,
                           "date": (d.get(dkey) or "") if dkey else ""}
                    o.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
    print("normalised %d articles" % n, file=sys.stderr)


# ------------------------------------------------------------------- xapian
def xapian_index(corpus, path):
    import xapian
    db = xapian.WritableDatabase(path, xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()          # no stemmer, no stopper: every word, positions on
    n = 0
    for title, text in docs(corpus):
        doc = xapian.Document()
        tg.set_document(doc)
        tg.index_text(title)
        tg.increase_termpos()
        tg.index_text(text)
        doc.set_data(title + "\n\n" + text)
        db.add_document(doc)
        n += 1
    db.commit()
    db.close()
    print("xapian: %d docs" % n, file=sys.stderr)


def xapian_query(path, qfile, out):
    import xapian
    db = xapian.Database(path)
    enq = xapian.Enquire(db)
    ndocs = db.get_doccount()

    def build(op, ws):
        if op == "term":
            return xapian.Query(ws[0])
        x = {"and": xapian.Query.OP_AND, "or": xapian.Query.OP_OR,
             "phrase": xapian.Query.OP_PHRASE}[op]
        return xapian.Query(x, ws)

    def one(q, mode):
        enq.set_query(build(q[1], q[2]))
        if mode == "top10":
            ms = enq.get_mset(0, 10)
            for m in ms:
                m.document.get_data()[:80]
            return ms.get_matches_estimated()
        ms = enq.get_mset(0, 0, ndocs)     # checkatleast = all: an exact count
        return ms.get_matches_estimated()

    qs = [q for q in read_queries(qfile) if q[1] != "speaker"]
    json.dump(run_set(qs, one), open(out, "w"))


# --------------------------------------------------------------------- fts5
def fts5_index(corpus, path):
    import sqlite3
    if os.path.exists(path):
        os.unlink(path)
    c = sqlite3.connect(path)
    c.execute("PRAGMA journal_mode=OFF")
    c.execute("PRAGMA synchronous=OFF")
    c.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize='unicode61', detail=full)")
    with c:
        c.executemany("INSERT INTO docs(title, body) VALUES (?, ?)", docs(corpus))
    c.close()


def fts5_sizes(path):
    """(stored text bytes, everything else) from dbstat, when compiled in."""
    import sqlite3
    c = sqlite3.connect(path)
    try:
        rows = c.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.Error:
        return None
    st = sum(s for n, s in rows if n == "docs_content")
    return st, sum(s for n, s in rows) - st


def fts5_query(path, qfile, out):
    import sqlite3
    c = sqlite3.connect(path)

    def expr(op, ws):
        if op == "term":
            return '"%s"' % ws[0]
        if op == "and":
            return " AND ".join('"%s"' % w for w in ws)
        if op == "or":
            return " OR ".join('"%s"' % w for w in ws)
        return '"%s"' % " ".join(ws)      # phrase

    def one(q, mode):
        e = expr(q[1], q[2])
        if mode == "top10":
            rows = c.execute("SELECT rowid, title FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10",
                             (e,)).fetchall()
            return len(rows)
        return c.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (e,)).fetchone()[0]

    qs = [q for q in read_queries(qfile) if q[1] != "speaker"]
    json.dump(run_set(qs, one), open(out, "w"))


# ------------------------------------------------------------------- morgue
def morgue_query(binary, idx, qfile, out):
    """One morgue-query --batch - process per mode, fed one query at a time:
    write the line, wait for its JSON line.  The latency is the answer's own
    took_ms, timed inside morgue-query around everything it does for the
    query (search, stored text, snippets, the JSON), as the peers are timed
    in process around their search and title fetch.  The pipe round trip is
    kept too ("roundtrip"): on an idle VM a reader blocked on a pipe is woken
    in ~50 us, more than a rare term's whole answer.  stdbuf -oL makes
    morgue's stdout line-buffered (it does not flush per query on a pipe)
    without changing morgue.  The round trip of `stdbuf -oL cat` is measured
    the same way and reported as pipe_overhead (seconds)."""
    qs = read_queries(qfile)

    def pinger(argv):
        p = subprocess.Popen(["stdbuf", "-oL"] + argv, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, bufsize=0)
        # bufsize=0 keeps stdin unbuffered (each query goes out at once), but an
        # unbuffered stdout's readline() reads one byte per syscall: a 5 KB
        # top-10 answer cost ~2 ms of Python reads.  A buffered reader returns
        # each line as soon as its bytes have arrived.
        r = io.BufferedReader(p.stdout, 1 << 16)

        def ask(line):
            p.stdin.write(line.encode() + b"\n")
            return r.readline()
        return p, ask

    res = {"top10": {}, "count": {}, "totals": {}, "errors": 0}
    for mode in ("top10", "count"):
        argv = [binary, "-i", idx, "--batch", "-", "--json", "-n", "10"]
        if mode == "count":
            argv.append("--count")
        p, ask = pinger(argv)
        for q in qs:
            ask(morgue_string(q[1], q[2], q[3]))
        for q in qs:
            s = morgue_string(q[1], q[2], q[3])
            t0 = time.perf_counter()
            line = ask(s)
            rt = time.perf_counter() - t0
            o = json.loads(line)
            if "error" in o:
                res["errors"] += 1
            dt = o["took_ms"] / 1000 if "took_ms" in o else rt
            res[mode].setdefault(q[0], []).append(dt)
            res.setdefault("roundtrip", {}).setdefault(mode, {}).setdefault(q[0], []).append(rt)
            if mode == "count":
                res["totals"].setdefault(q[0], []).append(o.get("total", -1))
        try:                               # morgue-query's own memory (stdbuf execs it)
            st = dict(l.split(":", 1) for l in open("/proc/%d/status" % p.pid))
            kb = lambda k: int(st[k].split()[0])
            res.setdefault("rss", {})[mode] = {"hwm_kb": kb("VmHWM"), "anon_kb": kb("RssAnon"),
                                              "file_kb": kb("RssFile")}
        except (OSError, KeyError, ValueError):
            pass
        p.stdin.close()
        p.wait()
    p, ask = pinger(["cat"])
    ts = []
    for _ in range(300):
        t0 = time.perf_counter()
        ask('"some query words"')
        ts.append(time.perf_counter() - t0)
    p.stdin.close()
    p.wait()
    ts.sort()
    res["pipe_overhead"] = ts[len(ts) // 2]
    # One command per query, as a reporter runs it from the shell: process
    # start, index open, the search and the printed answer, timed from
    # outside (the term classes, top-10; each run once before, for the page
    # cache).  A library or a batch pays the open once; a shell user, every
    # time.
    one_shot = [q for q in qs if q[0] in ("term_freq", "term_mid", "term_rare")]
    for q in one_shot:
        subprocess.run([binary, "-i", idx, "-n", "10", morgue_string(q[1], q[2], q[3])],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for q in one_shot:
        t0 = time.perf_counter()
        subprocess.run([binary, "-i", idx, "-n", "10", morgue_string(q[1], q[2], q[3])],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        res.setdefault("one_shot", []).append(time.perf_counter() - t0)
    t0s = []
    for _ in range(len(one_shot) or 1):
        t0 = time.perf_counter()
        subprocess.run(["true"])
        t0s.append(time.perf_counter() - t0)
    res["spawn_overhead"] = sorted(t0s)[len(t0s) // 2]
    json.dump(res, open(out, "w"))


# ------------------------------------------------------------------ ripgrep
def rg_query(corpus, qfile, out):
    """The no-index baseline: `rg -c -i -w -F` over the raw JSONL (one article
    a line, so the count of matching lines is the count of articles), for the
    single-term and phrase classes, count only, 5 queries per class."""
    qs = read_queries(qfile)
    keep, seen = [], {}
    for q in qs:
        if q[1] in ("term", "phrase") and seen.get(q[0], 0) < 5:
            seen[q[0]] = seen.get(q[0], 0) + 1
            keep.append(q)

    def one(q, mode):
        r = subprocess.run(["rg", "-c", "-i", "-w", "-F", "--", " ".join(q[2]), corpus],
                           capture_output=True, text=True)
        return int(r.stdout.strip() or 0)

    res = {"top10": {}, "count": {}, "totals": {}}
    for q in keep:
        one(q, "count")
    for q in keep:
        t0 = time.perf_counter()
        total = one(q, "count")
        res["count"].setdefault(q[0], []).append(time.perf_counter() - t0)
        res["totals"].setdefault(q[0], []).append(total)
    json.dump(res, open(out, "w"))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"normalise": normalise, "xapian-index": xapian_index, "xapian-query": xapian_query,
     "fts5-index": fts5_index, "fts5-query": fts5_query, "morgue-query": morgue_query,
     "rg-query": rg_query,
     "fts5-sizes": lambda p: print(json.dumps(fts5_sizes(p)))}[cmd](*args)
