#!/usr/bin/env python3
"""Groups the direct+mixed misses of the quotation extractor on PolNeAR by cause.

    bench/quote_misses.py BUILD_DIR polnear_train.jsonl [--show GROUP] [--retype]

Runs `morgue-index --extract` on the gold file, matches predictions to gold
quotes one-to-one at >= 80% overlap of the longer span (greedy by best
overlap, as morgue-eval-quotes does), and puts every unmatched gold quote
(FN) and unmatched direct/partial/mixed prediction (FP) in one group:
marks-only boundary, trailing or leading attribution, multi-paragraph,
type confusion (gold indirect), split/merged, start/end earlier/later,
no prediction.  --show GROUP prints the cases of one group.
"""
import json, subprocess, sys, collections

def overlap(a0, a1, b0, b1):
    lo, hi = max(a0, b0), min(a1, b1)
    longer = max(a1 - a0, b1 - b0)
    if hi <= lo or longer <= 0:
        return 0.0
    return (hi - lo) / longer

MARKS = '"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\''

def main():
    build, gold_path = sys.argv[1], sys.argv[2]
    show = sys.argv[sys.argv.index('--show') + 1] if '--show' in sys.argv else None
    retype = '--retype' in sys.argv
    gold = [json.loads(l) for l in open(gold_path, encoding='utf-8')]
    out = subprocess.run([build + '/morgue-index', '--extract', gold_path], capture_output=True, check=True)
    preds = {}
    for l in out.stdout.decode('utf-8', 'replace').splitlines():
        d = json.loads(l)
        preds[d['id']] = d['quotes']
    groups = collections.Counter()
    cases = collections.defaultdict(list)
    for art in gold:
        tb = art['text'].encode('utf-8')
        def txt(s, e):
            return tb[max(s, 0):e].decode('utf-8', 'replace').replace('\n', '|')
        G = []
        for q in art['quotes']:
            s, e = q['start_byte'], q['end_byte']
            cls = q['type'] != 'indirect'
            st = tb[s:e].strip()
            if retype and not cls and (b"''" in st or st.startswith('\u2018'.encode()) or
                                       (st.startswith(b"'") and not st.startswith(b"''"))):
                cls = True
            G.append((s, e, cls))
        P = [(p['start'], p['end'], p['type']) for p in preds.get(art['id'], [])]
        gd = [i for i, g in enumerate(G) if g[2]]
        gi = [i for i, g in enumerate(G) if not g[2]]
        pd = [i for i, p in enumerate(P) if p[2] != 'indirect']
        pairs = sorted(((overlap(P[i][0], P[i][1], G[k][0], G[k][1]), i, k) for i in pd for k in gd), reverse=True)
        pu, gu = set(), set()
        for o, i, k in pairs:
            if o < 0.8 - 1e-9:
                break
            if i in pu or k in gu:
                continue
            pu.add(i); gu.add(k)
        for k in gd:
            if k in gu:
                continue
            s, e, _ = G[k]
            gt = tb[s:e]
            best = max(((overlap(P[i][0], P[i][1], s, e), i) for i in range(len(P))), default=(0, -1))
            if best[0] == 0:
                g = 'FN no prediction'
                if not any(m.encode() in gt for m in MARKS):
                    g += ' (gold has no marks)'
            else:
                ps, pe, pt = P[best[1]]
                inside = [j for j in gd if j != k and G[j][0] >= ps and G[j][1] <= pe]
                parts = [i for i in range(len(P)) if P[i][0] >= s and P[i][1] <= e and P[i][2] != 'indirect']
                ds, de = ps - s, pe - e
                if pt == 'indirect':
                    g = 'FN predicted indirect'
                elif inside:
                    g = 'FN merged with another gold quote'
                elif len(parts) >= 2:
                    g = 'FN split into several predictions'
                elif b'\n' in gt and de < 0:
                    g = 'FN multi-paragraph, we stop early'
                elif abs(ds) <= 4 and abs(de) <= 4:
                    g = 'FN marks/punctuation only'
                elif ds < 0 and abs(de) <= 4:
                    g = 'FN we start earlier'
                elif ds > 0 and abs(de) <= 4:
                    g = 'FN we start later'
                elif de > 0 and abs(ds) <= 4:
                    g = 'FN we end later'
                elif de < 0 and abs(ds) <= 4:
                    g = 'FN we end earlier'
                else:
                    g = 'FN both edges off'
                g2 = ' ds %+d de %+d ours: %s' % (ds, de, txt(ps, pe)[:200])
            groups[g] += 1
            ctx = txt(s - 100, s) + '[[' + txt(s, e) + ']]' + txt(e, e + 80)
            cases[g].append(art['id'][:30] + ' ' + ctx + (g2 if best[0] else ''))
        for i in pd:
            if i in pu:
                continue
            s, e, t = P[i]
            best = max(((overlap(s, e, G[k][0], G[k][1]), k) for k in range(len(G))), default=(0, -1))
            if best[0] == 0:
                g = 'FP no gold'
            elif not G[best[1]][2]:
                g = 'FP gold is indirect'
            else:
                g = 'FP boundaries (gold counted as FN)'
            groups[g] += 1
            ctx = txt(s - 100, s) + '[[' + txt(s, e) + ']]' + txt(e, e + 80)
            cases[g].append(art['id'][:30] + ' ' + t + ' ' + ctx)
    for g, n in sorted(groups.items()):
        print('%5d  %s' % (n, g))
    if show:
        for g in cases:
            if g.startswith(show):
                for c in cases[g]:
                    print(c)

main()
