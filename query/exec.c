/*
 * Query execution: the syntax tree becomes, per segment, a tree of
 * document-at-a-time iterators (next / advance to a target) over postings.
 * AND leapfrogs its children with advance(), which uses the skip tables to
 * jump over whole blocks; phrases are AND over their terms with positions
 * read only for documents holding all of them; OR merges; NOT excludes.
 * Matches are scored with BM25 (k1 1.2, b 0.75) using collection statistics
 * summed over all segments, and the best offset+limit are kept in a heap.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "engine.h"
#include "postings.h"

#define BM25_K1 1.2
#define BM25_B 0.75
/* A prefix matching more words than PREFIX_OR_MAX is read into a set (see
 * prefix_set); up to that many, an OR of its words walks their lists. */
enum { PREFIX_OR_MAX = 16, TOKEN_MAX_KEY = 1024 };

typedef enum { IT_EMPTY, IT_TERM, IT_PHRASE, IT_AND, IT_OR, IT_ALL, IT_DATE, IT_QUOTE, IT_SET, IT_PARENT } it_kind;

typedef struct ctx ctx;

typedef struct it it;
struct it {
    it_kind kind;
    uint32_t doc;          /* current doc; DOC_END when exhausted */
    int started;
    /* IT_TERM */
    postings_reader *pr;
    int field;
    double idf;            /* idf * field weight (phrases: summed) */
    /* IT_PHRASE: kids are IT_TERM leaves in phrase order */
    uint32_t phrase_freq;
    uint32_t **pos;
    uint32_t *pos_cap;
    uint32_t *cur;         /* per-term cursors while matching positions */
    uint32_t *cand;        /* a long phrase's candidate starts (phrase_match) */
    uint32_t cand_cap;
    /* IT_AND (kids positive, neg excluded), IT_OR */
    it **kids;
    it **drive;            /* AND / phrase: kids, fewest documents first, the
                              order they are advanced in (scores still add
                              up in kids order) */
    uint64_t cost;         /* documents it may visit, for that order */
    double *ub;            /* TERM / PHRASE: ub[tf], the score for frequency
                              tf at field length 0, for tf < UB_TF */
    uint32_t n_kids;
    it **neg;
    uint32_t n_neg;
    /* IT_ALL / IT_DATE */
    int64_t from, to;
    /* IT_QUOTE: the quotes whose words hold src's matches (src: a body
       term or phrase; quote_view) */
    it *src;
    uint32_t qfreq;        /* src's matches inside the current quote */
    uint32_t span_len;     /* positions one match covers (phrase length) */
    quote_words *qw;       /* the current candidate's words */
    uint32_t *vpos;        /* src's match positions in article vpos_art */
    uint32_t vpos_n, vpos_cap, vpos_art;
    int approx;            /* a kid of an AND: stops at quotes whose article
                              holds src's words, and the AND confirms
                              (view_confirm) only once every kid agrees */
    /* IT_SET: the documents [lo, hi) of the kind searched for that a broad
       prefix matches, as bits, with their scores when ranking */
    uint64_t *bits;
    double *acc;
    /* IT_PARENT: the quotes whose article src matches, src walking the
       segment's articles in a context of its own (actx); art is the
       current quote's article (article_filter) */
    ctx *actx;
    uint32_t art;
    /* IT_OR of one name's spellings (qnode.spellings; spellings_group):
       scored as one word of idf and field above */
    int spellings;
};

struct ctx {
    morgue_index *ix;
    const segment *seg;
    uint32_t n_docs;
    arena *a;
    merr *e;
    int corrupt;
    int scoring;           /* 0: counting, no idf needed */
    uint32_t lo, hi;       /* the documents of the kind searched for: [lo, hi)
                              (articles are 0..n_articles-1, quotes the rest) */
    int kind;              /* that kind: DOC_ARTICLE or DOC_QUOTE */
};

static ctx ctx_make(morgue_index *ix, uint32_t seg, int kind, arena *a, int scoring)
{
    const segment *sg = ix->segs[seg];
    uint32_t n = segment_doc_count(sg), na = segment_article_count(sg);
    ctx c = {ix, sg, n, a, &ix->e, 0, scoring, kind == DOC_QUOTE ? na : 0, kind == DOC_QUOTE ? n : na, kind};
    return c;
}

/* ---- collection statistics --------------------------------------------- */

/* df of the term over every segment; `self` already looked it up (own_df)
 * so its dictionary is not searched twice. */
static uint64_t global_df(morgue_index *ix, const segment *self, uint64_t own_df,
                          const char *key, size_t len)
{
    uint64_t df = 0;
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        term_info ti;
        if (ix->segs[s] == self) df += own_df;
        else if (segment_lookup(ix->segs[s], key, len, &ti) == 1) df += ti.df;
    }
    return df;
}

/* BM25 idf, with N the number of documents of the kind the field is in. */
static double idf_of(morgue_index *ix, int field, uint64_t df)
{
    double n = (double)ix->n_kind[field == FIELD_QUOTE || field == FIELD_SPEAKER];
    return log(1.0 + (n - (double)df + 0.5) / ((double)df + 0.5));
}

/* ---- building ------------------------------------------------------------ */

static it *new_it(ctx *c, it_kind k)
{
    it *x = arena_calloc(c->a, 1, sizeof *x);
    if (!x) {
        merr_set(c->e, MORGUE_E_NOMEM, "out of memory");
        return NULL;
    }
    x->kind = k;
    x->doc = 0;
    return x;
}

static it *term_leaf(ctx *c, int field, const char *term, int with_idf)
{
    char key[TOKEN_MAX_KEY];
    size_t tl = strlen(term);
    if (tl + 1 > sizeof key) return new_it(c, IT_EMPTY);
    key[0] = FIELD_TERM_PREFIX(field);
    memcpy(key + 1, term, tl);
    term_info ti;
    int k = segment_lookup(c->seg, key, tl + 1, &ti);
    if (k < 0) {
        merr_set(c->e, MORGUE_E_CORRUPT, "%s: damaged dictionary", segment_path(c->seg));
        return NULL;
    }
    if (k == 0) return new_it(c, IT_EMPTY);
    it *x = new_it(c, IT_TERM);
    if (!x) return NULL;
    x->pr = arena_alloc(c->a, sizeof *x->pr);
    if (!x->pr) return NULL;
    postings_open(x->pr, ti.postings, ti.postings_len, ti.df, ti.positions, ti.positions_len);
    x->field = field;
    if (with_idf && c->scoring)
        x->idf = idf_of(c->ix, field, global_df(c->ix, c->seg, ti.df, key, tl + 1)) * field_weight[field];
    return x;
}

static it *build(ctx *c, const qnode *q);

/*
 * The quote field has no postings (format 6): its words are the article
 * body's inside each quote's span (segment_quote_words).  A view wraps a
 * body term or phrase and gives the quotes holding one of its matches,
 * with the matches inside the quote as the frequency.  Ranking uses the
 * body's idf (a quote field df is not kept: quotes are ranked by how rare
 * the word is in the archive) and the quote's own length.
 */
static it *quote_view(ctx *c, it *src, uint32_t span_len)
{
    if (!src || src->kind == IT_EMPTY) return src;
    it *x = new_it(c, IT_QUOTE);
    if (!x) return NULL;
    x->src = src;
    x->field = FIELD_QUOTE;
    x->idf = src->idf;
    x->span_len = span_len;
    x->vpos_art = UINT32_MAX;
    x->qw = arena_alloc(c->a, sizeof *x->qw);
    if (!x->qw) return merr_set(c->e, MORGUE_E_NOMEM, "out of memory"), NULL;
    return x;
}

/* A word of field f as an iterator: its postings, or for the quote field
 * the view over the body's. */
static it *field_leaf(ctx *c, int field, const char *term, int with_idf)
{
    if (field != FIELD_QUOTE) return term_leaf(c, field, term, with_idf);
    return quote_view(c, term_leaf(c, FIELD_BODY, term, with_idf), 1);
}

/* The quotes an article of the segment has, rounded up (at least 1). */
static uint64_t quotes_per_article(const ctx *c)
{
    uint32_t na = segment_article_count(c->seg);
    uint64_t per = na ? (c->n_docs - na + na - 1) / na : 1;
    return per ? per : 1;
}

/* Sets x->cost: how many documents x can give at most. */
static uint64_t it_cost(ctx *c, it *x)
{
    switch (x->kind) {
    case IT_EMPTY: return x->cost = 0;
    case IT_TERM: return x->cost = x->pr->n_docs;
    /* views of articles' quotes: the source's articles times the quotes
     * an article has */
    case IT_QUOTE: return x->cost = it_cost(c, x->src) * quotes_per_article(c);
    case IT_PARENT: return x->cost = it_cost(x->actx, x->src) * quotes_per_article(c);
    case IT_ALL:
    case IT_DATE: return x->cost = c->hi - c->lo;
    case IT_SET: return x->cost; /* its size, counted when it was made */
    case IT_OR: {
        uint64_t n = 0;
        for (uint32_t i = 0; i < x->n_kids; i++) n += it_cost(c, x->kids[i]);
        return x->cost = n;
    }
    case IT_AND:
    case IT_PHRASE: {
        uint64_t n = UINT64_MAX;
        for (uint32_t i = 0; i < x->n_kids; i++) {
            uint64_t k = it_cost(c, x->kids[i]);
            if (k < n) n = k;
        }
        return x->cost = n;
    }
    }
    return x->cost = c->n_docs;
}

/* x->drive: the kids of an AND or phrase, rarest first, so the leapfrog is
 * led by the list that skips most (a frequent word first made every one of
 * its documents a candidate). */
static int set_drive(ctx *c, it *x)
{
    x->drive = arena_alloc(c->a, sizeof *x->drive * (x->n_kids ? x->n_kids : 1));
    if (!x->drive) return merr_set(c->e, MORGUE_E_NOMEM, "out of memory"), -1;
    for (uint32_t i = 0; i < x->n_kids; i++) {
        it *k = x->kids[i];
        it_cost(c, k);
        uint32_t j = i;
        for (; j > 0 && x->drive[j - 1]->cost > k->cost; j--) x->drive[j] = x->drive[j - 1];
        x->drive[j] = k;
    }
    return 0;
}

static it *make_or(ctx *c, it **kids, uint32_t n)
{
    uint32_t live = 0;
    for (uint32_t i = 0; i < n; i++)
        if (kids[i]->kind != IT_EMPTY) kids[live++] = kids[i];
    if (live == 0) return new_it(c, IT_EMPTY);
    if (live == 1) return kids[0];
    it *x = new_it(c, IT_OR);
    if (!x) return NULL;
    x->kids = kids;
    x->n_kids = live;
    return x;
}

/* Room for one more alternative in *alts (capacity *cap), growing by
 * doubling: most leaves need one slot per field, and only a prefix needs
 * more (a fixed FIELD_COUNT * PREFIX_MAX_TERMS array, zeroed per leaf, was
 * 28% of the instructions of a batch of counts). */
static int alts_room(ctx *c, it ***alts, uint32_t n, uint32_t *cap)
{
    if (n < *cap) return 0;
    uint32_t ncap = *cap ? *cap * 2 : 4;
    it **na = arena_alloc(c->a, sizeof *na * ncap);
    if (!na) {
        merr_set(c->e, MORGUE_E_NOMEM, "out of memory");
        return -1;
    }
    if (n) memcpy(na, *alts, sizeof *na * n);
    *alts = na;
    *cap = ncap;
    return 0;
}

/* The words of a field that start with a prefix, in dictionary order. */
typedef struct {
    char key[TOKEN_MAX_KEY];
    size_t len;
    dict_iter di;
} prefix_walk;

/* Positions w before the first word of field f starting with prefix; -1
 * when the prefix is too long to be a word. */
static int prefix_start(ctx *c, prefix_walk *w, int f, const char *prefix)
{
    size_t pl = strlen(prefix);
    if (pl + 1 > sizeof w->key) return -1;
    /* the quote field's words are looked up in the body */
    w->key[0] = FIELD_TERM_PREFIX(f == FIELD_QUOTE ? FIELD_BODY : f);
    memcpy(w->key + 1, prefix, pl);
    w->len = pl + 1;
    dict_iter_seek(&w->di, c->seg, w->key, w->len);
    return 0;
}

/* 1 with the next word in w->di.term (field byte first), 0 past the last;
 * -1 on a damaged dictionary, the error on c. */
static int prefix_next(ctx *c, prefix_walk *w)
{
    term_info ti;
    int k = dict_iter_next_prefixed(&w->di, w->key, w->len, &ti);
    if (k < 0) merr_set(c->e, MORGUE_E_CORRUPT, "%s: damaged dictionary", segment_path(c->seg));
    return k;
}

/* Whether prefix node q matches more than PREFIX_OR_MAX words in this
 * segment (over all its fields). */
static int prefix_is_broad(ctx *c, const qnode *q)
{
    uint32_t n = 0;
    for (int f = 0; f < FIELD_COUNT && n <= PREFIX_OR_MAX; f++) {
        prefix_walk w;
        if (!(q->fields & FIELD_BIT(f)) || prefix_start(c, &w, f, q->terms[0])) continue;
        while (n <= PREFIX_OR_MAX && prefix_next(c, &w) == 1) n++;
    }
    return n > PREFIX_OR_MAX;
}

static uint32_t it_next(ctx *c, it *x);
static double it_score(ctx *c, it *x, uint32_t doc, const docmeta *m);

/*
 * A broad prefix (`pro*`: thousands of words) as one set.  An OR over its
 * words stepped every word's list at every match, and was capped at 1024
 * words (a `quote:` prefix expands over all body words, so it missed
 * quotes: `quote:pro*` found 8,469 of 13,103 on scale-125).  Instead each
 * word's iterator is walked once, alone, and its matches are marked in a
 * bitmap of the segment's documents of the kind searched for, with its
 * BM25 added to the document's score when ranking: the sum the OR would
 * give, added in the same order, so the ranking is the same bit for bit.
 * Each word's iterator lives in a scratch arena reset after it, so the
 * query's memory is the bitmap and the scores (8 bytes a document).
 */
static it *prefix_set(ctx *c, const qnode *q)
{
    it *x = new_it(c, IT_SET);
    if (!x) return NULL;
    uint32_t span = c->hi - c->lo;
    x->bits = arena_calloc(c->a, (size_t)span / 64 + 1, sizeof *x->bits);
    x->acc = c->scoring ? arena_calloc(c->a, span ? span : 1, sizeof *x->acc) : NULL;
    if (!x->bits || (c->scoring && !x->acc)) return merr_set(c->e, MORGUE_E_NOMEM, "out of memory"), NULL;
    arena tmp;
    arena_init(&tmp);
    ctx t = *c;
    t.a = &tmp;
    for (int f = 0; f < FIELD_COUNT && !c->e->rc && !t.corrupt; f++) {
        prefix_walk w;
        if (!(q->fields & FIELD_BIT(f)) || prefix_start(c, &w, f, q->terms[0])) continue;
        len_column lens;
        docmeta lm = {0};
        segment_len_column(c->seg, f, &lens);
        while (!t.corrupt && prefix_next(c, &w) == 1) {
            it *leaf = field_leaf(&t, f, w.di.term + 1, 1);
            if (!leaf) break;
            for (uint32_t d = it_next(&t, leaf); d != DOC_END; d = it_next(&t, leaf)) {
                if (d < c->lo || d >= c->hi) continue;
                x->bits[(d - c->lo) / 64] |= 1ull << ((d - c->lo) % 64);
                if (!x->acc) continue;
                int64_t l = len_column_get(&lens, d);
                if (l < 0) {
                    t.corrupt = 1;
                    break;
                }
                lm.len[f] = (uint32_t)l;
                x->acc[d - c->lo] += it_score(&t, leaf, d, &lm);
            }
            arena_reset(&tmp);
        }
    }
    arena_free(&tmp);
    if (t.corrupt && !c->e->rc) merr_set(c->e, MORGUE_E_CORRUPT, "%s: damaged postings", segment_path(c->seg));
    if (c->e->rc) return NULL;
    uint64_t n = 0;
    for (uint32_t i = 0; i <= span / 64; i++) n += (uint64_t)__builtin_popcountll(x->bits[i]);
    if (!n) x->kind = IT_EMPTY;
    x->cost = n;
    return x;
}

static it *article_filter(ctx *c, const qnode *q);

static it *build_fields(ctx *c, const qnode *q)
{
    if (c->kind == DOC_QUOTE && (q->fields & ~FIELDS_QUOTE_UNIT)) return article_filter(c, q);
    if (q->kind == Q_PREFIX && prefix_is_broad(c, q)) return prefix_set(c, q);
    uint32_t n = 0, cap = (uint32_t)__builtin_popcount(q->fields);
    it **alts = arena_alloc(c->a, sizeof *alts * (cap ? cap : 1));
    if (!alts) return NULL;
    for (int f = 0; f < FIELD_COUNT; f++) {
        if (!(q->fields & FIELD_BIT(f))) continue;
        /* the quote field's words are looked up in the body */
        int lf = f == FIELD_QUOTE ? FIELD_BODY : f;
        if (q->kind == Q_TERM) {
            it *x = field_leaf(c, f, q->terms[0], 1);
            if (!x) return NULL;
            alts[n++] = x;
        } else if (q->kind == Q_PREFIX) {
            prefix_walk w;
            if (prefix_start(c, &w, f, q->terms[0])) continue;
            while (prefix_next(c, &w) == 1) {
                it *x = field_leaf(c, f, w.di.term + 1, 1);
                if (!x || alts_room(c, &alts, n, &cap)) return NULL;
                alts[n++] = x;
            }
            if (c->e->rc) return NULL;
        } else { /* Q_PHRASE */
            it *x = new_it(c, IT_PHRASE);
            if (!x) return NULL;
            x->kids = arena_calloc(c->a, q->n_terms, sizeof *x->kids);
            x->pos = arena_calloc(c->a, q->n_terms, sizeof *x->pos);
            x->pos_cap = arena_calloc(c->a, q->n_terms, sizeof *x->pos_cap);
            x->cur = arena_calloc(c->a, q->n_terms, sizeof *x->cur);
            if (!x->kids || !x->pos || !x->pos_cap || !x->cur) return NULL;
            x->n_kids = q->n_terms;
            int empty = 0;
            for (uint32_t i = 0; i < q->n_terms; i++) {
                x->kids[i] = term_leaf(c, lf, q->terms[i], 1);
                if (!x->kids[i]) return NULL;
                if (x->kids[i]->kind == IT_EMPTY) empty = 1;
                x->idf += x->kids[i]->idf;
            }
            x->field = lf;
            if (!empty && set_drive(c, x)) return NULL;
            it *y = empty ? new_it(c, IT_EMPTY) : f == FIELD_QUOTE ? quote_view(c, x, q->n_terms) : x;
            if (!y) return NULL;
            alts[n++] = y;
        }
    }
    return make_or(c, alts, n);
}

/*
 * An article field in a quote search (`speaker:reagan place:japan`: the
 * quotes by Reagan in articles about Japan; `--facet speaker title:trade`)
 * matches the quotes of the articles it matches.  Its words are looked up
 * as in an article search, in a context of its own over the segment's
 * articles, and an IT_PARENT gives their quotes.  A word asked of quote
 * and article fields at once is the union of the two.  NULL on error (on
 * c).
 */
static it *article_filter(ctx *c, const qnode *q)
{
    ctx *ac = arena_alloc(c->a, sizeof *ac);
    if (!ac) return merr_set(c->e, MORGUE_E_NOMEM, "out of memory"), NULL;
    *ac = *c;
    ac->kind = DOC_ARTICLE;
    ac->lo = 0;
    ac->hi = segment_article_count(c->seg);
    qnode qa = *q;
    qa.fields = q->fields & ~FIELDS_QUOTE_UNIT;
    it *x = build_fields(ac, &qa);
    if (!x) return NULL;
    if (x->kind != IT_EMPTY) {
        it *src = x;
        if (!(x = new_it(c, IT_PARENT))) return NULL;
        x->src = src;
        x->actx = ac;
    }
    if (!(q->fields & FIELDS_QUOTE_UNIT)) return x;
    qnode qq = *q;
    qq.fields = q->fields & FIELDS_QUOTE_UNIT;
    it **alts = arena_alloc(c->a, 2 * sizeof *alts);
    if (!alts) return merr_set(c->e, MORGUE_E_NOMEM, "out of memory"), NULL;
    alts[0] = x;
    if (!(alts[1] = build_fields(c, &qq))) return NULL;
    return make_or(c, alts, 2);
}

/*
 * The spellings of one name that expand_names put under an OR
 * (`speaker:reagan`: the word, "Ronald Reagan", "Reagan Administration",
 * ...) are one word to rank by, as a synonym is: scored with the idf of
 * the most frequent spelling and the largest frequency among them.
 * Summed, each spelling added its own idf, so the rarest speaker came
 * first: a typo, "Reagan Administratian", above 349 quotes by Ronald
 * Reagan.  Only leaves of one field qualify (an article field in a quote
 * search is an IT_PARENT and keeps the sum).  The sum's upper bound
 * (it_bound) still holds: each kid's idf is at least the group's.
 */
static void spellings_group(it *x)
{
    if (x->kind != IT_OR) return;
    for (uint32_t i = 0; i < x->n_kids; i++) {
        const it *k = x->kids[i];
        if ((k->kind != IT_TERM && k->kind != IT_PHRASE && k->kind != IT_QUOTE) ||
            k->field != x->kids[0]->field)
            return;
    }
    x->spellings = 1;
    x->field = x->kids[0]->field;
    x->idf = x->kids[0]->idf;
    for (uint32_t i = 1; i < x->n_kids; i++)
        if (x->kids[i]->idf < x->idf) x->idf = x->kids[i]->idf;
}

static it *build(ctx *c, const qnode *q)
{
    switch (q->kind) {
    case Q_TERM:
    case Q_PHRASE:
    case Q_PREFIX:
        return build_fields(c, q);
    case Q_ALL:
        return new_it(c, IT_ALL);
    case Q_DATE: {
        it *x = new_it(c, IT_DATE);
        if (x) x->from = q->date_from, x->to = q->date_to;
        return x;
    }
    case Q_NOT: {
        /* alone: every document except the kid's */
        it *x = new_it(c, IT_AND);
        if (!x) return NULL;
        x->kids = arena_calloc(c->a, 1, sizeof *x->kids);
        x->neg = arena_calloc(c->a, 1, sizeof *x->neg);
        if (!x->kids || !x->neg) return NULL;
        x->kids[0] = new_it(c, IT_ALL);
        x->neg[0] = build(c, q->kids[0]);
        if (!x->kids[0] || !x->neg[0]) return NULL;
        x->n_kids = x->n_neg = 1;
        return x;
    }
    case Q_AND: {
        it *x = new_it(c, IT_AND);
        if (!x) return NULL;
        x->kids = arena_calloc(c->a, q->n_kids + 1, sizeof *x->kids);
        x->neg = arena_calloc(c->a, q->n_kids, sizeof *x->neg);
        if (!x->kids || !x->neg) return NULL;
        for (uint32_t i = 0; i < q->n_kids; i++) {
            const qnode *k = q->kids[i];
            it *y = build(c, k->kind == Q_NOT ? k->kids[0] : k);
            if (!y) return NULL;
            if (k->kind == Q_NOT) {
                if (y->kind != IT_EMPTY) x->neg[x->n_neg++] = y;
            } else {
                if (y->kind == IT_EMPTY) return y; /* AND with nothing */
                y->approx = y->kind == IT_QUOTE;
                x->kids[x->n_kids++] = y;
            }
        }
        if (x->n_kids == 0) {
            x->kids[0] = new_it(c, IT_ALL);
            if (!x->kids[0]) return NULL;
            x->n_kids = 1;
        }
        if (x->n_kids == 1 && x->n_neg == 0) {
            x->kids[0]->approx = 0; /* no AND left to confirm it */
            return x->kids[0];
        }
        if (set_drive(c, x)) return NULL;
        return x;
    }
    case Q_OR: {
        it **kids = arena_calloc(c->a, q->n_kids, sizeof *kids);
        if (!kids) return NULL;
        for (uint32_t i = 0; i < q->n_kids; i++) {
            kids[i] = build(c, q->kids[i]);
            if (!kids[i]) return NULL;
        }
        it *x = make_or(c, kids, q->n_kids);
        if (x && q->spellings) spellings_group(x);
        return x;
    }
    }
    return new_it(c, IT_EMPTY);
}

/* ---- iteration ----------------------------------------------------------- */

static uint32_t it_advance(ctx *c, it *x, uint32_t target);

/* Whether doc d's date is in x's range; 0 also for a damaged row, which
 * sets c->corrupt (docmeta is checked as it is read). */
static int date_ok(ctx *c, it *x, uint32_t d)
{
    docmeta m;
    if (segment_docmeta(c->seg, d, &m)) return c->corrupt = 1, 0;
    return m.date != DATE_NONE && m.date >= x->from && m.date <= x->to;
}

/* Reads kid i's positions in the current doc into x->pos[i] (the kid is
 * on it).  0, or -1 with the error on c. */
static int phrase_load_kid(ctx *c, it *x, uint32_t i)
{
    postings_reader *pr = x->kids[i]->pr;
    uint32_t f = postings_freq(pr);
    if (f > x->pos_cap[i]) {
        uint32_t cap = f < 64 ? 64 : f;
        x->pos[i] = arena_alloc(c->a, sizeof(uint32_t) * cap);
        if (!x->pos[i]) {
            merr_set(c->e, MORGUE_E_NOMEM, "out of memory");
            x->pos_cap[i] = 0;
            return -1;
        }
        x->pos_cap[i] = cap;
    }
    if (postings_positions(pr, x->pos[i], x->pos_cap[i]) != (int)f) {
        c->corrupt = 1;
        return -1;
    }
    return 0;
}

/* Positions p of word a (x->pos[a], fa of them) such that word b holds p
 * + d: a merge of the two lists without branches on the values (which
 * mispredict about once a step).  Each p goes to out when out is given
 * (room for fa); with first_only it stops at the first.  The count. */
static inline __attribute__((always_inline)) uint32_t pair_scan(const uint32_t *a, uint32_t fa, const uint32_t *b, uint32_t fb, uint32_t d,
                          uint32_t *out, int first_only)
{
    uint32_t count = 0, i = 0, j = 0;
    while (i < fa && j < fb) {
        uint64_t av = (uint64_t)a[i] + d, bv = b[j];
        if (out) out[count] = a[i];
        count += av == bv;
        i += av <= bv;
        j += bv <= av;
        if (first_only && count) return 1;
    }
    return count;
}

static uint32_t phrase_match_long(ctx *c, it *x, uint32_t *starts, int first_only);

/* Occurrences of phrase x in the current doc (its kids all on it; two or
 * more of them: query_parse makes one word a term); with starts, each
 * occurrence's first position is written there too (room for the first
 * kid's frequency).  With first_only it stops at the first (a count needs
 * only whether the doc holds the phrase): 1 or 0.  On error (on c) 0. */
static inline uint32_t phrase_match(ctx *c, it *x, uint32_t *starts, int first_only)
{
    if (x->n_kids > 2) return phrase_match_long(c, x, starts, first_only);
    if (phrase_load_kid(c, x, 0) || phrase_load_kid(c, x, 1)) return 0;
    uint32_t f0 = postings_freq(x->kids[0]->pr), f1 = postings_freq(x->kids[1]->pr);
    /* two copies of the merge, the one without starts free of its stores */
    return starts ? pair_scan(x->pos[0], f0, x->pos[1], f1, 1, starts, first_only)
                  : pair_scan(x->pos[0], f0, x->pos[1], f1, 1, NULL, first_only);
}

/* phrase_match for three words or more.  It first matches the two least
 * frequent in the document and reads the others' positions only where
 * those two stand at the right distance: the words of "not and out" are
 * together in 14,787 articles of scale-125 and the phrase in 4, and "and"
 * has the most positions of the three, so most articles are turned down
 * without decoding it (the scale-125 phrase3 batch: 64.5 -> 56.2 M
 * instructions counting). */
static uint32_t phrase_match_long(ctx *c, it *x, uint32_t *starts, int first_only)
{
    uint32_t n = x->n_kids;
    /* the two least frequent words here, a before b in the phrase */
    uint32_t a = 0, b = 1;
    if (postings_freq(x->kids[b]->pr) < postings_freq(x->kids[a]->pr)) a = 1, b = 0;
    for (uint32_t i = 2; i < n; i++) {
        uint32_t f = postings_freq(x->kids[i]->pr);
        if (f < postings_freq(x->kids[a]->pr)) b = a, a = i;
        else if (f < postings_freq(x->kids[b]->pr)) b = i;
    }
    if (a > b) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    if (phrase_load_kid(c, x, a) || phrase_load_kid(c, x, b)) return 0;
    uint32_t fa = postings_freq(x->kids[a]->pr);
    /* the candidates: a's positions with b's word where the phrase puts it */
    if (fa > x->cand_cap) {
        uint32_t cap = fa < 64 ? 64 : fa;
        if (!(x->cand = arena_alloc(c->a, sizeof *x->cand * cap))) {
            x->cand_cap = 0;
            merr_set(c->e, MORGUE_E_NOMEM, "out of memory");
            return 0;
        }
        x->cand_cap = cap;
    }
    uint32_t nc = pair_scan(x->pos[a], fa, x->pos[b], postings_freq(x->kids[b]->pr), b - a, x->cand, 0);
    /* a phrase starting before the document does not */
    uint32_t first = 0;
    while (first < nc && x->cand[first] < a) first++;
    if (first == nc) return 0;
    uint32_t *cur = x->cur;
    for (uint32_t i = 0; i < n; i++) {
        cur[i] = 0;
        if (i != a && i != b && phrase_load_kid(c, x, i)) return 0;
    }
    uint32_t count = 0;
    for (uint32_t k = first; k < nc; k++) {
        uint64_t start = x->cand[k] - a;
        int ok = 1;
        for (uint32_t i = 0; i < n && ok; i++) {
            if (i == a || i == b) continue;
            uint32_t fi = postings_freq(x->kids[i]->pr);
            while (cur[i] < fi && x->pos[i][cur[i]] < start + i) cur[i]++;
            ok = cur[i] < fi && x->pos[i][cur[i]] == start + i;
        }
        if (ok && starts) starts[count] = (uint32_t)start;
        count += (uint32_t)ok;
        if (first_only && count) return 1;
    }
    return count;
}

/* Counts occurrences of the phrase in the current doc (kids all on it). */
static uint32_t phrase_count(ctx *c, it *x)
{
    return phrase_match(c, x, NULL, !c->scoring);
}

/* it_advance with a term leaf's step inline: leaves are most of the calls
 * an AND, phrase or OR makes. */
static inline uint32_t kid_advance(ctx *c, it *k, uint32_t target)
{
    if (k->kind != IT_TERM) return it_advance(c, k, target);
    if (k->started && k->doc >= target) return k->doc;
    k->started = 1;
    uint32_t d = postings_advance(k->pr, target);
    if (d == DOC_END && k->pr->corrupt) c->corrupt = 1;
    return k->doc = d;
}

static int view_confirm(ctx *c, it *x);

static uint32_t and_settle(ctx *c, it *x, uint32_t doc)
{
    for (;;) {
        if (doc == DOC_END) return x->doc = DOC_END;
        int moved = 0;
        it **kids = x->drive ? x->drive : x->kids;
        for (uint32_t i = 0; i < x->n_kids; i++) {
            uint32_t d = kid_advance(c, kids[i], doc);
            if (d == DOC_END) return x->doc = DOC_END;
            if (d > doc) {
                doc = d;
                moved = 1;
                break;
            }
        }
        if (moved) continue;
        /* every kid is on doc: the quote views' positions are checked now */
        int unconfirmed = 0;
        for (uint32_t i = 0; i < x->n_kids && !unconfirmed; i++)
            unconfirmed = x->kids[i]->kind == IT_QUOTE && x->kids[i]->approx && !view_confirm(c, x->kids[i]);
        if (c->corrupt || c->e->rc) return x->doc = DOC_END;
        if (unconfirmed) {
            doc++;
            continue;
        }
        int excluded = 0;
        for (uint32_t i = 0; i < x->n_neg; i++)
            if (it_advance(c, x->neg[i], doc) == doc) excluded = 1;
        if (!excluded) return x->doc = doc;
        doc++;
    }
}

static uint32_t phrase_settle(ctx *c, it *x, uint32_t doc)
{
    for (;;) {
        if (and_settle(c, x, doc) == DOC_END) return DOC_END;
        x->phrase_freq = phrase_count(c, x);
        if (x->phrase_freq || c->corrupt || c->e->rc) {
            if (c->corrupt || c->e->rc) return x->doc = DOC_END;
            return x->doc;
        }
        doc = x->doc + 1;
    }
}

static uint32_t or_settle(it *x)
{
    uint32_t m = DOC_END;
    for (uint32_t i = 0; i < x->n_kids; i++)
        if (x->kids[i]->doc < m) m = x->kids[i]->doc;
    return x->doc = m;
}

/* Loads the positions of the source's matches in its current article into
 * x->vpos: a term's positions, or a phrase's first positions (none when
 * its words are there but not as the phrase).  0, or -1 on error. */
static int view_load(ctx *c, it *x)
{
    it *s = x->src;
    uint32_t f = s->kind == IT_TERM ? postings_freq(s->pr) : postings_freq(s->kids[0]->pr);
    if (f > x->vpos_cap) {
        uint32_t cap = f < 64 ? 64 : f;
        if (!(x->vpos = arena_alloc(c->a, sizeof *x->vpos * cap))) {
            x->vpos_cap = 0;
            return merr_set(c->e, MORGUE_E_NOMEM, "out of memory"), -1;
        }
        x->vpos_cap = cap;
    }
    if (s->kind == IT_TERM) {
        if (postings_positions(s->pr, x->vpos, x->vpos_cap) != (int)f) return c->corrupt = 1, -1;
        x->vpos_n = f;
    } else {
        x->vpos_n = phrase_match(c, s, x->vpos, 0);
        if (c->corrupt || c->e->rc) return -1;
    }
    x->vpos_art = s->doc;
    return 0;
}

/* Matches in x->vpos (span_len positions each) that lie wholly among the
 * words of quote w. */
static uint32_t view_count(const it *x, const quote_words *w)
{
    uint64_t end = (uint64_t)w->start + w->span;
    uint32_t n = 0, i = u32_lower_bound(x->vpos, x->vpos_n, w->start);
    for (; i < x->vpos_n && (uint64_t)x->vpos[i] + x->span_len <= end; i++) {
        uint64_t p = x->vpos[i], q = p + x->span_len;
        int in_gap = 0;
        for (uint32_t g = 0; g < w->n_gaps && !in_gap; g++) in_gap = p < w->gap[g][1] && q > w->gap[g][0];
        n += (uint32_t)!in_gap;
    }
    return n;
}

/* Whether x's current quote holds a match of its source (which is on the
 * quote's article), with the count in x->qfreq.  0 also on error (on c). */
static int view_confirm(ctx *c, it *x)
{
    if (x->vpos_art != x->qw->parent && view_load(c, x)) return 0;
    return (x->qfreq = view_count(x, x->qw)) > 0;
}

/* The first quote >= q holding a match of x's source, or with x->approx
 * the first whose article holds the source's words (a phrase's words need
 * not be the phrase there). */
static uint32_t view_settle(ctx *c, it *x, uint32_t q)
{
    uint32_t na = segment_article_count(c->seg);
    if (q < na) q = na;
    while (q < c->n_docs) {
        if (segment_quote_words(c->seg, q, x->qw)) {
            c->corrupt = 1;
            break;
        }
        uint32_t art = x->qw->parent;
        /* a phrase is brought only to the first article holding all its
         * words: phrase_settle would check every article up to the next
         * holding the phrase, and the quote an AND asks for (a
         * speaker's) may come long before it */
        it *s = x->src;
        uint32_t d = s->kind == IT_PHRASE ? and_settle(c, s, art) : kid_advance(c, s, art);
        if (d == DOC_END || c->corrupt || c->e->rc) break;
        if (d > art) { /* not in this article: on to the quotes of the source's next */
            uint32_t next = segment_first_quote(c->seg, d);
            if (next <= q) { /* rows out of their articles' order: damage */
                c->corrupt = 1;
                break;
            }
            q = next;
            continue;
        }
        if (x->approx || view_confirm(c, x)) return x->doc = q;
        if (c->corrupt || c->e->rc) break;
        /* the words but not the phrase: none of the article's quotes */
        q = x->vpos_n ? q + 1 : segment_first_quote(c->seg, art + 1);
    }
    return x->doc = DOC_END;
}

/* The first quote >= q whose article x's source matches, or DOC_END.
 * Quotes are in their articles' order: the source is advanced to the
 * quote's article, and when it lands on a later one the walk goes on at
 * that article's first quote, so the quotes of articles that do not match
 * are never read. */
static uint32_t parent_settle(ctx *c, it *x, uint32_t q)
{
    ctx *ac = x->actx;
    if (q < c->lo) q = c->lo;
    while (q < c->hi) {
        uint32_t art;
        if (segment_quote_parent(c->seg, q, &art)) {
            c->corrupt = 1;
            break;
        }
        uint32_t d = it_advance(ac, x->src, art);
        if (ac->corrupt) c->corrupt = 1;
        if (d == DOC_END || c->corrupt || c->e->rc) break;
        if (d == art) {
            x->art = art;
            return x->doc = q;
        }
        /* d's quotes come after q's (its article is earlier): a row out
         * of that order is damage, and would loop */
        uint32_t next = segment_first_quote(c->seg, d);
        if (next <= q) {
            c->corrupt = 1;
            break;
        }
        q = next;
    }
    return x->doc = DOC_END;
}

/* The first document >= target in set x, or DOC_END. */
static uint32_t set_settle(const ctx *c, const it *x, uint32_t target)
{
    if (target < c->lo) target = c->lo;
    if (target >= c->hi) return DOC_END;
    uint32_t i = target - c->lo, last = (c->hi - c->lo - 1) / 64;
    uint64_t w = x->bits[i / 64] & (~0ull << (i % 64));
    for (uint32_t k = i / 64;;) {
        if (w) return c->lo + k * 64 + (uint32_t)__builtin_ctzll(w);
        if (++k > last) return DOC_END;
        w = x->bits[k];
    }
}

/* Moves x to its first doc >= target (never backwards). */
static uint32_t it_advance(ctx *c, it *x, uint32_t target)
{
    if (x->started && x->doc >= target) return x->doc;
    int first = !x->started;
    x->started = 1;
    switch (x->kind) {
    case IT_EMPTY:
        return x->doc = DOC_END;
    case IT_TERM: {
        uint32_t d = postings_advance(x->pr, target);
        if (d == DOC_END && x->pr->corrupt) c->corrupt = 1;
        return x->doc = d;
    }
    case IT_ALL: {
        /* every document of the kind searched for: one range */
        uint32_t d = target < c->lo ? c->lo : target;
        return x->doc = d < c->hi ? d : DOC_END;
    }
    case IT_DATE: {
        uint32_t d = target < c->lo ? c->lo : target;
        while (d < c->hi && !date_ok(c, x, d) && !c->corrupt) d++;
        return x->doc = d < c->hi && !c->corrupt ? d : DOC_END;
    }
    case IT_AND:
        return and_settle(c, x, target);
    case IT_PHRASE:
        return phrase_settle(c, x, target);
    case IT_QUOTE:
        return view_settle(c, x, target);
    case IT_SET:
        return x->doc = set_settle(c, x, target);
    case IT_PARENT:
        return parent_settle(c, x, target);
    case IT_OR:
        for (uint32_t i = 0; i < x->n_kids; i++)
            if (first || x->kids[i]->doc < target) kid_advance(c, x->kids[i], target);
        return or_settle(x);
    }
    (void)first;
    return x->doc = DOC_END;
}

static uint32_t it_next(ctx *c, it *x)
{
    if (!x->started) return it_advance(c, x, 0);
    if (x->doc == DOC_END) return DOC_END;
    return it_advance(c, x, x->doc + 1);
}

/* ---- scoring ------------------------------------------------------------- */

static double bm25(ctx *c, double idf, double tf, int field, const docmeta *m)
{
    double avg = c->ix->avg_len[field] > 0 ? c->ix->avg_len[field] : 1.0;
    double norm = BM25_K1 * (1.0 - BM25_B + BM25_B * (double)m->len[field] / avg);
    return idf * tf * (BM25_K1 + 1.0) / (tf + norm);
}

/*
 * An upper bound of it_score(x, doc) that needs no document metadata: each
 * leaf scored as if its field were empty (length 0).  bm25 only grows as the
 * length shrinks, and it is computed by the same expression, so the bound is
 * >= the score bit for bit; sums are taken in the same order, which keeps
 * that true for AND and OR.  A match whose bound cannot beat the worst of a
 * full top-k heap is counted without reading its metadata or scoring it.
 */
enum { UB_TF = 32 };
static const docmeta zero_len_meta;

static double leaf_bound(ctx *c, it *x, uint32_t tf)
{
    if (!x->ub) {
        x->ub = arena_alloc(c->a, sizeof *x->ub * UB_TF);
        if (!x->ub) return INFINITY;
        for (uint32_t k = 0; k < UB_TF; k++)
            x->ub[k] = bm25(c, x->idf, (double)k, x->field, &zero_len_meta);
    }
    return tf < UB_TF ? x->ub[tf] : bm25(c, x->idf, (double)tf, x->field, &zero_len_meta);
}

static double it_bound(ctx *c, it *x, uint32_t doc)
{
    if (x->doc != doc) return 0.0;
    switch (x->kind) {
    case IT_TERM:
        return leaf_bound(c, x, postings_freq(x->pr));
    case IT_PHRASE:
        return leaf_bound(c, x, x->phrase_freq);
    case IT_QUOTE:
        return leaf_bound(c, x, x->qfreq);
    case IT_SET: /* the score itself: known without the lengths */
        return x->acc ? x->acc[doc - c->lo] : 0.0;
    case IT_PARENT: /* the article's bound */
        return it_bound(x->actx, x->src, x->art);
    case IT_AND:
    case IT_OR: {
        double s = 0;
        for (uint32_t i = 0; i < x->n_kids; i++) s += it_bound(c, x->kids[i], doc);
        return s;
    }
    default:
        return 0.0;
    }
}

static double it_score(ctx *c, it *x, uint32_t doc, const docmeta *m)
{
    if (x->doc != doc) return 0.0;
    switch (x->kind) {
    case IT_TERM:
        return bm25(c, x->idf, (double)postings_freq(x->pr), x->field, m);
    case IT_PHRASE:
        return bm25(c, x->idf, (double)x->phrase_freq, x->field, m);
    case IT_QUOTE:
        return bm25(c, x->idf, (double)x->qfreq, x->field, m);
    case IT_SET:
        return x->acc ? x->acc[doc - c->lo] : 0.0;
    case IT_PARENT: {
        /* the article's score for the article's words: a quote of the
         * article that matches best ranks first, the quote's own words
         * adding theirs */
        docmeta am;
        if (!c->scoring) return 0.0;
        if (segment_docmeta(c->seg, x->art, &am)) {
            c->corrupt = 1;
            return 0.0;
        }
        return it_score(x->actx, x->src, x->art, &am);
    }
    case IT_AND:
    case IT_OR: {
        double s = 0;
        if (x->spellings) {
            uint32_t tf = 0;
            for (uint32_t i = 0; i < x->n_kids; i++) {
                const it *k = x->kids[i];
                uint32_t f = k->doc != doc         ? 0
                             : k->kind == IT_TERM  ? postings_freq(k->pr)
                             : k->kind == IT_QUOTE ? k->qfreq
                                                   : k->phrase_freq;
                if (f > tf) tf = f;
            }
            return tf ? bm25(c, x->idf, (double)tf, x->field, m) : 0.0;
        }
        for (uint32_t i = 0; i < x->n_kids; i++) s += it_score(c, x->kids[i], doc, m);
        return s;
    }
    default:
        return 0.0;
    }
}

/* ---- field lengths -------------------------------------------------------
 * BM25 needs a match's field lengths.  Decoding its whole metadata record
 * was a fifth of a top-10 search; they are read instead from the field's
 * length column in place (segment_len_column: one load from the row), and
 * the whole record only for the few matches that enter the heap.  Dense
 * copies of the columns were tried before (2 bytes a document): as fast
 * per match, but the first ranked query of a process paid for the copy
 * (~50 ms a field at 1 GB) and the copies took 25 of the query process's
 * 42 MB. */

/* Fields whose lengths scoring x reads. */
static unsigned scored_fields(const it *x)
{
    switch (x->kind) {
    case IT_TERM:
    case IT_PHRASE:
    case IT_QUOTE:
        return FIELD_BIT(x->field);
    case IT_AND:
    case IT_OR: {
        unsigned f = 0;
        for (uint32_t i = 0; i < x->n_kids; i++) f |= scored_fields(x->kids[i]);
        return f;
    }
    default:
        return 0;
    }
}

/* ---- ranking ------------------------------------------------------------- */

typedef struct {
    scored_doc *h;
    size_t n, cap;
    int by_date;
} topk;

/* True when a ranks before b. */
static int better(const topk *t, const scored_doc *a, const scored_doc *b)
{
    if (t->by_date && a->date != b->date) return a->date > b->date;
    if (a->score != b->score) return a->score > b->score;
    if (a->seg != b->seg) return a->seg < b->seg;
    return a->doc < b->doc;
}

/* Min-heap on rank: the root is the worst kept document. */
static void sift_down(topk *t, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, w = i;
        if (l < t->n && better(t, &t->h[w], &t->h[l])) w = l;
        if (r < t->n && better(t, &t->h[w], &t->h[r])) w = r;
        if (w == i) return;
        scored_doc tmp = t->h[i];
        t->h[i] = t->h[w];
        t->h[w] = tmp;
        i = w;
    }
}

static void topk_push(topk *t, const scored_doc *d)
{
    if (t->n < t->cap) {
        size_t i = t->n++;
        t->h[i] = *d;
        while (i > 0) {
            size_t p = (i - 1) / 2;
            if (!better(t, &t->h[p], &t->h[i])) break;
            scored_doc tmp = t->h[i];
            t->h[i] = t->h[p];
            t->h[p] = tmp;
            i = p;
        }
    } else if (t->cap && better(t, d, &t->h[0])) {
        t->h[0] = *d;
        sift_down(t, 0);
    }
}

static int cmp_rank(const void *a, const void *b, void *t)
{
    return better(t, a, b) ? -1 : better(t, b, a) ? 1 : 0;
}

/* Collapsing: the best copy of each near-duplicate cluster, in a hash map
 * keyed by cluster id. */
typedef struct {
    uint64_t cluster;
    scored_doc best;
} cluster_ent;

typedef struct {
    cluster_ent *v;
    size_t mask, n;
} cluster_map;

static cluster_ent *cluster_slot(cluster_map *m, uint64_t c)
{
    if ((m->n + 1) * 2 > m->mask) {
        size_t nmask = m->mask ? m->mask * 2 + 1 : 1023;
        cluster_ent *nv = calloc(nmask + 1, sizeof *nv);
        if (!nv) return NULL;
        for (size_t i = 0; m->v && i <= m->mask; i++) {
            if (!m->v[i].best.copies) continue;
            size_t h = (size_t)(m->v[i].cluster * 0x9E3779B97F4A7C15ull) & nmask;
            while (nv[h].best.copies) h = (h + 1) & nmask;
            nv[h] = m->v[i];
        }
        free(m->v);
        m->v = nv;
        m->mask = nmask;
    }
    size_t h = (size_t)(c * 0x9E3779B97F4A7C15ull) & m->mask;
    while (m->v[h].best.copies && m->v[h].cluster != c) h = (h + 1) & m->mask;
    return &m->v[h];
}

/* ---- counting ------------------------------------------------------------ */

/* True when every word of q is in fields of documents of `kind`: then every
 * document the iterators give is of that kind (date: and * check it
 * themselves) and no match needs its kind looked up. */
static int kind_pure(const qnode *q, int kind)
{
    if (q->kind == Q_TERM || q->kind == Q_PHRASE || q->kind == Q_PREFIX) {
        for (int f = 0; f < FIELD_COUNT; f++)
            if ((q->fields & FIELD_BIT(f)) && field_doc_kind(f) != kind) return 0;
        return 1;
    }
    for (uint32_t i = 0; i < q->n_kids; i++)
        if (!kind_pure(q->kids[i], kind)) return 0;
    return 1;
}

/* Matches of an iterator tree, walked to the end. */
static uint64_t iter_count(ctx *c, it *x, int check_kind)
{
    uint64_t n = 0;
    for (uint32_t d = it_next(c, x); d != DOC_END; d = it_next(c, x))
        n += !check_kind || (d >= c->lo && d < c->hi);
    return n;
}

/* Matches of a and b both (iterators fresh from build). */
static uint64_t iter_count_and(ctx *c, it *a, it *b)
{
    if (a->kind == IT_EMPTY || b->kind == IT_EMPTY) return 0;
    it *x = new_it(c, IT_AND);
    it **kids = arena_alloc(c->a, 2 * sizeof *kids);
    if (!x || !kids) return 0;
    kids[0] = a;
    kids[1] = b;
    x->kids = kids;
    x->n_kids = 2;
    if (set_drive(c, x)) return 0;
    return iter_count(c, x, 0);
}

/*
 * Matches of q in the segment for a kind-pure q, without walking what can
 * be counted otherwise: a term in one field is its document frequency, and
 * a union of two is |A| + |B| - |A and B|, where the intersection leapfrogs
 * with the skip tables from the rarer side (a word in title or body: the
 * titles drive, the body list is mostly skipped).  Errors are on c.
 */
static uint64_t count_q(ctx *c, const qnode *q)
{
    if (q->kind == Q_TERM && __builtin_popcount(q->fields) <= 2 && !(q->fields & FIELD_BIT(FIELD_QUOTE))) {
        it *leaf[2] = {NULL, NULL};
        uint64_t n = 0;
        int k = 0;
        for (int f = 0; f < FIELD_COUNT; f++) {
            if (!(q->fields & FIELD_BIT(f))) continue;
            it *x = term_leaf(c, f, q->terms[0], 0);
            if (!x) return 0;
            if (x->kind == IT_TERM) n += x->pr->n_docs;
            leaf[k++] = x;
        }
        if (k == 2) n -= iter_count_and(c, leaf[0], leaf[1]);
        return n;
    }
    if (q->kind == Q_OR && q->n_kids == 2) {
        uint64_t n = count_q(c, q->kids[0]) + count_q(c, q->kids[1]);
        if (c->e->rc || c->corrupt) return 0;
        it *a = build(c, q->kids[0]), *b = a ? build(c, q->kids[1]) : NULL;
        if (!b) return 0;
        return n - iter_count_and(c, a, b);
    }
    it *x = build(c, q);
    return x ? iter_count(c, x, 0) : 0;
}

int exec_query(morgue_index *ix, const qnode *q, int kind, int sort_by_date, int collapse,
               size_t want, arena *a, uint64_t *total, scored_doc **out, size_t *n_out,
               match_fn on_match, void *match_ctx)
{
    topk t = {NULL, 0, want, sort_by_date};
    cluster_map cm = {NULL, 0, 0};
    collapse = collapse && kind == DOC_ARTICLE;
    if (want) {
        t.h = arena_alloc(a, sizeof *t.h * want);
        if (!t.h) return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    }
    *total = 0;
    int pure = kind_pure(q, kind);
    int prune = want && !sort_by_date && !collapse;
    if (!want && !collapse && !on_match && pure) {
        for (uint32_t s = 0; s < ix->n_segs; s++) {
            ctx c = ctx_make(ix, s, kind, a, 0);
            *total += count_q(&c, q);
            if (ix->e.rc != MORGUE_OK) return -1;
            if (c.corrupt)
                return merr_set(&ix->e, MORGUE_E_CORRUPT, "%s: damaged postings", segment_path(c.seg)), -1;
        }
        return *out = NULL, *n_out = 0, 0;
    }
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        ctx c = ctx_make(ix, s, kind, a, want > 0);
        it *root = build(&c, q);
        if (!root) {
            free(cm.v);
            return -1;
        }
        len_column lens[FIELD_COUNT];
        docmeta lm = {0};
        int lens_ok = prune;
        unsigned sf = prune ? scored_fields(root) : 0;
        for (int f = 0; f < FIELD_COUNT; f++)
            if (sf & FIELD_BIT(f)) segment_len_column(c.seg, f, &lens[f]);
        /* documents of the kind asked for are one range: fields belong to
         * one kind, but NOT and OR can reach the other */
        for (uint32_t d = it_advance(&c, root, c.lo); d < c.hi; d = it_next(&c, root)) {
            if (on_match) on_match(match_ctx, s, d);
            if (!want && !collapse) {
                (*total)++;
                continue;
            }
            if (prune && t.n == t.cap && it_bound(&c, root, d) <= t.h[0].score) {
                /* cannot rank: a later document loses a tie */
                (*total)++;
                continue;
            }
            if (lens_ok) {
                /* score from the length columns: the same lengths, the
                 * same score; the whole metadata only for a document that
                 * ranks */
                int bad = 0;
                for (int f = 0; f < FIELD_COUNT; f++) {
                    if (!(sf & FIELD_BIT(f))) continue;
                    int64_t l = len_column_get(&lens[f], d);
                    bad |= l < 0;
                    lm.len[f] = (uint32_t)l;
                }
                if (bad) {
                    c.corrupt = 1;
                    break;
                }
                scored_doc sd = {it_score(&c, root, d, &lm), 0, s, d, 1};
                (*total)++;
                if (t.n == t.cap && !better(&t, &sd, &t.h[0])) continue;
                docmeta m;
                if (segment_docmeta(c.seg, d, &m)) {
                    c.corrupt = 1;
                    break;
                }
                sd.date = m.date;
                topk_push(&t, &sd);
                continue;
            }
            docmeta m;
            if (segment_docmeta(c.seg, d, &m)) {
                c.corrupt = 1;
                break;
            }
            scored_doc sd = {want ? it_score(&c, root, d, &m) : 0.0, m.date, s, d, 1};
            if (collapse) {
                cluster_ent *ce = cluster_slot(&cm, m.cluster ? m.cluster : m.id);
                if (!ce) {
                    free(cm.v);
                    return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
                }
                if (!ce->best.copies) {
                    ce->cluster = m.cluster ? m.cluster : m.id;
                    ce->best = sd;
                    cm.n++;
                } else {
                    uint64_t copies = ce->best.copies + 1;
                    if (better(&t, &sd, &ce->best)) ce->best = sd;
                    ce->best.copies = copies;
                }
                continue;
            }
            (*total)++;
            topk_push(&t, &sd);
        }
        if (ix->e.rc != MORGUE_OK || c.corrupt) {
            free(cm.v);
            if (c.corrupt)
                merr_set(&ix->e, MORGUE_E_CORRUPT, "%s: damaged postings", segment_path(c.seg));
            return -1;
        }
    }
    if (collapse) {
        *total = cm.n;
        for (size_t i = 0; cm.v && i <= cm.mask; i++)
            if (cm.v[i].best.copies && want) topk_push(&t, &cm.v[i].best);
        free(cm.v);
    }
    if (t.n) qsort_r(t.h, t.n, sizeof *t.h, cmp_rank, &t);
    *out = t.h;
    *n_out = t.n;
    return 0;
}
