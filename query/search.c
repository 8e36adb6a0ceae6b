/*
 * morgue_search: parse, choose what is searched (articles, or quotes when the
 * query names a quote field), execute, then dress the hits (stored fields,
 * snippets) and count facet values.  Everything a result holds lives in one
 * arena freed by morgue_results_free.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "engine.h"
#include "postings.h"
#include "stored_quote.h"

struct morgue_results {
    arena a;
    uint64_t total;
    int quotes; /* the matches are quotes, not articles */
    morgue_hit *hits;
    size_t n;
    morgue_facet *facets;
    size_t n_facets;
};

/* Fields the query names explicitly (default-field words excluded). */
static unsigned explicit_fields(const qnode *q)
{
    unsigned f = 0;
    if (q->kind == Q_TERM || q->kind == Q_PHRASE || q->kind == Q_PREFIX || q->kind == Q_ALL)
        return q->fields == FIELDS_DEFAULT ? 0 : q->fields;
    for (uint32_t i = 0; i < q->n_kids; i++) f |= explicit_fields(q->kids[i]);
    return f;
}

/* entity: searches every kind of name: the entity field holds only the
 * names of kind other, the rest are in person, org and place (a copy of
 * them in entity was 4% of the real corpus's index).  After expand_names,
 * which looks for the entity field alone. */
static void widen_entity(qnode *q)
{
    if (q->fields & FIELD_BIT(FIELD_ENTITY))
        q->fields |= FIELD_BIT(FIELD_PERSON) | FIELD_BIT(FIELD_ORG) | FIELD_BIT(FIELD_PLACE);
    for (uint32_t i = 0; i < q->n_kids; i++) widen_entity(q->kids[i]);
}

/* In quote mode, words without a field search the quote's own words. */
static void default_to_quote(qnode *q)
{
    if ((q->kind == Q_TERM || q->kind == Q_PHRASE || q->kind == Q_PREFIX) &&
        q->fields == FIELDS_DEFAULT)
        q->fields = FIELD_BIT(FIELD_QUOTE);
    for (uint32_t i = 0; i < q->n_kids; i++) default_to_quote(q->kids[i]);
}

/* ---- facets: values counted over every match ----------------------------- */

/*
 * A facet is counted in two steps: the search marks its matches in a bitmap
 * per segment, then every whole-name term of the facet's fields (lib/
 * fields.h: field byte, FIELD_NAME_MARK, a name) has its postings walked
 * and the marked documents counted under the name's usual spelling.  The
 * work is the facet's name postings, however many articles matched; it
 * used to decompress the stored record of every match (2 s and 500 MB of
 * pages for a frequent word at 1 GB).
 *
 * A value counts documents, not names: an article naming one entity two
 * ways ("Barack Obama" and "Obama", "Federal Reserve" and "Fed", or a
 * person and an entity of another field under one spelling for the entity
 * facet) counts once.  Documents are numbered per segment, so only the
 * terms of one segment can share one: a value reached by one term of the
 * segment counts that term's marked documents; one reached by several has
 * the union of their postings counted at the segment's end, a merge of the
 * terms' sorted lists (no memory per document; the common case, one term,
 * reads its postings once).
 */
typedef struct {
    const char *value; /* the index's name (entity_canonical_kind), or a copy owned */
    uint8_t owned;
    uint64_t count, hash;
    /* in the segment being counted (seg == its number + 1): the marked
     * documents of the value's first term, that term's postings, and the
     * value's other terms (a chain through facet_acc.more, 0 none) */
    uint32_t seg, more;
    uint64_t seg_docs;
    term_info first;
} facet_ent;

/* A value's second and later terms in the current segment. */
typedef struct {
    term_info ti;
    uint32_t next; /* index + 1 in facet_acc.more, 0 the end */
} facet_term;

typedef struct {
    morgue_index *ix;
    const char *key;        /* "speaker", "person", ..., "entity" = any entity */
    facet_ent *ents;
    size_t n, cap;
    uint32_t *slot;         /* ents index + 1 by hash, power-of-two size */
    size_t mask;
    uint64_t **marks;       /* per segment: bit d set when doc d matched */
    uint32_t *touched;      /* values met in the current segment */
    size_t n_touched, cap_touched;
    facet_term *more;
    size_t n_more, cap_more;
    int failed;
} facet_acc;

/* Grows *v (n used of *cap, elements of size sz) for one more; 0 or -1. */
static int grow(void **v, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    void *p = realloc(*v, nc * sz);
    if (!p) return -1;
    *v = p;
    *cap = nc;
    return 0;
}

/* The entry of value v, added with a count of 0 when new: its index, or
 * SIZE_MAX when out of memory (fa->failed set).  A stable v (a string the
 * index owns, alive while the search runs) is kept as it is: a copy of
 * each of the 30,000 values of `--facet entity the`, then its free, were
 * 5% of that query. */
static size_t facet_entry(facet_acc *fa, const char *v, size_t len, int stable)
{
    uint64_t h = XXH3_64bits(v, len);
    if (fa->slot) {
        for (size_t i = h & fa->mask; fa->slot[i]; i = (i + 1) & fa->mask) {
            facet_ent *e = &fa->ents[fa->slot[i] - 1];
            if (e->hash == h && strlen(e->value) == len && !memcmp(e->value, v, len)) return fa->slot[i] - 1;
        }
    }
    if (fa->n == fa->cap || !fa->slot) {
        size_t ncap = fa->cap ? fa->cap * 2 : 64;
        facet_ent *ne = realloc(fa->ents, sizeof *ne * ncap);
        uint32_t *ns = ne ? calloc(ncap * 2, sizeof *ns) : NULL;
        if (ne) fa->ents = ne;
        if (!ns) {
            fa->failed = 1;
            return SIZE_MAX;
        }
        free(fa->slot);
        fa->slot = ns;
        fa->cap = ncap;
        fa->mask = ncap * 2 - 1;
        for (size_t k = 0; k < fa->n; k++) {
            size_t i = fa->ents[k].hash & fa->mask;
            while (fa->slot[i]) i = (i + 1) & fa->mask;
            fa->slot[i] = (uint32_t)k + 1;
        }
    }
    const char *s = v;
    if (!stable) {
        char *c = malloc(len + 1);
        if (!c) {
            fa->failed = 1;
            return SIZE_MAX;
        }
        memcpy(c, v, len);
        c[len] = 0;
        s = c;
    }
    size_t i = h & fa->mask;
    while (fa->slot[i]) i = (i + 1) & fa->mask;
    fa->slot[i] = (uint32_t)fa->n + 1;
    fa->ents[fa->n] = (facet_ent){.value = s, .owned = !stable, .hash = h};
    return fa->n++;
}

static void facet_on_match(void *ctx, uint32_t seg, uint32_t doc)
{
    facet_acc *fa = ctx;
    if (fa->failed) return;
    if (!fa->marks && !(fa->marks = calloc(fa->ix->n_segs, sizeof *fa->marks))) {
        fa->failed = 1;
        return;
    }
    uint64_t **m = &fa->marks[seg];
    if (!*m && !(*m = calloc(segment_doc_count(fa->ix->segs[seg]) / 64 + 1, sizeof **m))) {
        fa->failed = 1;
        return;
    }
    (*m)[doc / 64] |= 1ull << (doc % 64);
}

/* The marked documents of the union of a value's terms in one segment (the
 * first and its chain in fa->more), by merging their sorted postings:
 * cur[k] holds each term's cursor.  -1 when a list is damaged. */
static int64_t union_marked(facet_acc *fa, const facet_ent *e, const uint64_t *m, uint32_t n_docs)
{
    size_t k = 1;
    for (uint32_t t = e->more; t; t = fa->more[t - 1].next) k++;
    postings_reader *cur = malloc(sizeof *cur * k);
    if (!cur) {
        fa->failed = 1;
        return 0;
    }
    const term_info *ti = &e->first;
    uint32_t t = e->more;
    for (size_t j = 0; j < k; j++) {
        postings_open(&cur[j], ti->postings, ti->postings_len, ti->df, ti->positions, ti->positions_len);
        postings_next(&cur[j]);
        if (t) {
            ti = &fa->more[t - 1].ti;
            t = fa->more[t - 1].next;
        }
    }
    int64_t n = 0;
    for (;;) {
        uint32_t d = DOC_END;
        for (size_t j = 0; j < k; j++)
            if (cur[j].doc < d) d = cur[j].doc;
        if (d == DOC_END) break;
        if (d < n_docs && (m[d / 64] >> (d % 64) & 1)) n++;
        for (size_t j = 0; j < k; j++)
            if (cur[j].doc == d) postings_next(&cur[j]);
    }
    for (size_t j = 0; j < k; j++)
        if (cur[j].corrupt) n = -1;
    free(cur);
    return n;
}

/* In a quote search the matches are quotes, while person, org, place and
 * entity name articles (lib/fields.h): those facets count the articles the
 * matching quotes come from, each once however many of its quotes matched,
 * as they count articles in an article search.  Marks each marked quote's
 * article in m (the quotes' own bits stay: no article-field postings list
 * a quote).  0, or -1 when a quote row is damaged. */
static int facet_mark_parents(const segment *seg, uint64_t *m)
{
    uint32_t n_articles = segment_article_count(seg), n_docs = segment_doc_count(seg);
    for (uint32_t w = n_articles / 64; (uint64_t)w * 64 < n_docs; w++) {
        uint64_t bits = m[w];
        if (w == n_articles / 64) bits &= ~0ull << (n_articles % 64); /* articles of this word */
        for (; bits; bits &= bits - 1) {
            uint32_t d = w * 64 + (uint32_t)__builtin_ctzll(bits), a;
            if (segment_quote_parent(seg, d, &a)) return -1;
            m[a / 64] |= 1ull << (a % 64);
        }
    }
    return 0;
}

/* Counts the marked documents of every whole-name term of the facet's
 * fields.  0, or -1 with the error on the index (damage or memory). */
static int facet_count(facet_acc *fa)
{
    unsigned fields = !strcmp(fa->key, "speaker")  ? FIELD_BIT(FIELD_SPEAKER)
                      : !strcmp(fa->key, "person") ? FIELD_BIT(FIELD_PERSON)
                      : !strcmp(fa->key, "org")    ? FIELD_BIT(FIELD_ORG)
                      : !strcmp(fa->key, "place")  ? FIELD_BIT(FIELD_PLACE)
                                                   : FIELD_BIT(FIELD_PERSON) | FIELD_BIT(FIELD_ORG) |
                                                         FIELD_BIT(FIELD_PLACE) | FIELD_BIT(FIELD_ENTITY);
    uint32_t s;
    for (s = 0; fa->marks && s < fa->ix->n_segs && !fa->failed; s++) {
        const uint64_t *m = fa->marks[s];
        const segment *seg = fa->ix->segs[s];
        uint32_t n_docs = segment_doc_count(seg);
        if (!m) continue;
        if (!(fields & FIELD_BIT(FIELD_SPEAKER)) && facet_mark_parents(seg, fa->marks[s])) {
            merr_set(&fa->ix->e, MORGUE_E_CORRUPT, "%s: damaged quote row", segment_path(seg));
            return -1;
        }
        fa->n_touched = fa->n_more = 0;
        for (int f = 0; f < FIELD_COUNT && !fa->failed; f++) {
            if (!(fields & FIELD_BIT(f))) continue;
            const char key[2] = {FIELD_TERM_PREFIX(f), FIELD_NAME_MARK};
            dict_iter it;
            term_info ti;
            int got;
            dict_iter_seek(&it, seg, key, 2);
            while ((got = dict_iter_next_prefixed(&it, key, 2, &ti)) == 1) {
                if (it.term_len <= 2) continue; /* no name */
                postings_reader pr;
                uint64_t n = 0;
                postings_open(&pr, ti.postings, ti.postings_len, ti.df, ti.positions, ti.positions_len);
                for (uint32_t d = postings_next(&pr); d != DOC_END; d = postings_next(&pr))
                    if (d < n_docs && (m[d / 64] >> (d % 64) & 1)) n++;
                if (pr.corrupt) got = -1;
                if (got < 0) break;
                if (!n) continue;
                char name[1024];
                memcpy(name, it.term + 2, it.term_len - 2);
                name[it.term_len - 2] = 0;
                /* count every spelling of an entity under its usual one */
                const char *c = entity_canonical_kind(fa->ix, name,
                                                      f == FIELD_PERSON ? 0
                                                      : f == FIELD_ORG  ? 1
                                                      : f == FIELD_PLACE ? 2
                                                                         : -1);
                /* c is name itself when the index lists no such name */
                size_t x = facet_entry(fa, c, strlen(c), c != name);
                if (x == SIZE_MAX) break;
                facet_ent *e = &fa->ents[x];
                if (e->seg != s + 1) { /* its first term in this segment */
                    if (grow((void **)&fa->touched, &fa->cap_touched, fa->n_touched, sizeof *fa->touched)) {
                        fa->failed = 1;
                        break;
                    }
                    fa->touched[fa->n_touched++] = (uint32_t)x;
                    e->seg = s + 1;
                    e->seg_docs = n;
                    e->first = ti;
                    e->more = 0;
                } else { /* another: the union is counted at the end */
                    if (grow((void **)&fa->more, &fa->cap_more, fa->n_more, sizeof *fa->more)) {
                        fa->failed = 1;
                        break;
                    }
                    fa->more[fa->n_more] = (facet_term){ti, e->more};
                    e->more = (uint32_t)++fa->n_more;
                }
            }
            if (got < 0) goto damaged;
        }
        for (size_t k = 0; k < fa->n_touched && !fa->failed; k++) {
            facet_ent *e = &fa->ents[fa->touched[k]];
            if (!e->more) {
                e->count += e->seg_docs;
                continue;
            }
            int64_t n = union_marked(fa, e, m, n_docs);
            if (n < 0) goto damaged;
            e->count += (uint64_t)n;
        }
    }
    if (fa->failed) return merr_set(&fa->ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    return fa->ix->e.rc != MORGUE_OK ? -1 : 0; /* out of memory grouping names */
damaged:
    merr_set(&fa->ix->e, MORGUE_E_CORRUPT, "%s: damaged dictionary or postings", segment_path(fa->ix->segs[s]));
    return -1;
}

static void facet_free(facet_acc *fa)
{
    for (size_t i = 0; i < fa->n; i++)
        if (fa->ents[i].owned) free((char *)fa->ents[i].value);
    free(fa->ents);
    free(fa->slot);
    free(fa->touched);
    free(fa->more);
    for (uint32_t s = 0; fa->marks && s < fa->ix->n_segs; s++) free(fa->marks[s]);
    free(fa->marks);
}

static int cmp_facet(const facet_ent *x, const facet_ent *y)
{
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->value, y->value);
}

/* Sifts out[c] down the heap out[0..n) (worst value at the root). */
static void facet_sift(const facet_ent *e, uint32_t *out, size_t n, size_t c)
{
    uint32_t x = out[c];
    for (;;) {
        size_t l = 2 * c + 1, w = c;
        const facet_ent *worst = &e[x];
        if (l < n && cmp_facet(&e[out[l]], worst) > 0) w = l, worst = &e[out[l]];
        if (l + 1 < n && cmp_facet(&e[out[l + 1]], worst) > 0) w = l + 1;
        if (w == c) break;
        out[c] = out[w];
        c = w;
    }
    out[c] = x;
}

/* The best k values (cmp_facet: the values are distinct, so the order is
 * total) as indices into fa->ents, best first, in out (k entries, k <=
 * fa->n): a heap of the k best, worst at its root, then sorted by taking
 * the root off k times.  Sorting every value (the 30,000 persons of
 * `--facet person the` on real news, entries of ~100 bytes moved by
 * qsort's merge sort) was a fifth of that query. */
static void facet_top(const facet_acc *fa, size_t k, uint32_t *out)
{
    const facet_ent *e = fa->ents;
    size_t n = 0;
    for (uint32_t i = 0; k && i < fa->n; i++) {
        if (n < k) { /* sift up: a worse value goes to the root */
            size_t c = n++;
            while (c && cmp_facet(&e[out[(c - 1) / 2]], &e[i]) < 0) {
                out[c] = out[(c - 1) / 2];
                c = (c - 1) / 2;
            }
            out[c] = i;
            continue;
        }
        if (cmp_facet(&e[i], &e[out[0]]) >= 0) continue; /* no better than the worst kept */
        out[0] = i;
        facet_sift(e, out, n, 0);
    }
    while (n > 1) { /* the worst to the end */
        uint32_t w = out[0];
        out[0] = out[--n];
        out[n] = w;
        facet_sift(e, out, n, 0);
    }
}

static const char *const quote_type_name[] = {"direct", "partial", "mixed", "indirect"};

/* Arena copy of the body bytes [r[0], r[1]) of sd, at most cap bytes (cut
 * back to a whole UTF-8 character), line breaks and tabs as spaces: the
 * speaker as written or the cue of a quote.  NULL when out of memory. */
static const char *body_slice(const stored_doc *sd, const uint32_t r[2], size_t cap, arena *a)
{
    const char *p = sd->f[SF_BODY] + r[0];
    size_t n = r[1] - r[0];
    if (n > cap) {
        n = cap;
        while (n && ((unsigned char)p[n] & 0xC0) == 0x80) n--;
    }
    char *s = arena_strndup(a, p, n);
    for (char *c = s; c && *c; c++)
        if (*c == '\n' || *c == '\t' || *c == '\r') *c = ' ';
    return s;
}

morgue_results *morgue_search(morgue_index *ix, const char *query,
                              const morgue_search_opts *opts)
{
    if (!ix || ix->unusable) return NULL; /* the open failed: its error stays */
    merr_clear(&ix->e);
    morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
    if (opts) o = *opts;
    if (!query) {
        merr_set(&ix->e, MORGUE_E_ARG, "no query");
        return NULL;
    }
    static const char *const facets[] = {"speaker", "person", "org", "place", "entity", NULL};
    int facet_ok = !o.facet;
    for (int i = 0; o.facet && facets[i]; i++) facet_ok |= !strcmp(o.facet, facets[i]);
    if (!facet_ok) {
        merr_set(&ix->e, MORGUE_E_ARG, "unknown facet '%s' (speaker, person, org, place, entity)",
                 o.facet);
        return NULL;
    }
    morgue_results *r = calloc(1, sizeof *r);
    if (!r) {
        merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
        return NULL;
    }
    arena_init(&r->a);
    facet_acc fa = {.ix = ix, .key = o.facet};
    qnode *q = query_parse(query, &r->a, &ix->e);
    if (!q) goto fail;
    unsigned ef = explicit_fields(q);
    int quote_mode = o.quotes || (ef & FIELDS_QUOTE_UNIT) || (o.facet && !strcmp(o.facet, "speaker"));
    if (quote_mode) default_to_quote(q);
    r->quotes = quote_mode;
    if ((ef & (FIELD_BIT(FIELD_SPEAKER) | FIELD_BIT(FIELD_PERSON) | FIELD_BIT(FIELD_ENTITY) |
               FIELD_BIT(FIELD_PLACE))) &&
        expand_names(ix, q, &r->a))
        goto fail;
    widen_entity(q);
    /* hits to rank: none for a count (whatever the offset: a count with
     * an offset was taken for an overflow, and failed as out of memory) */
    size_t want = 0;
    if (!o.count_only && o.limit) {
        want = o.offset + o.limit;
        if (want < o.offset) want = SIZE_MAX / sizeof(scored_doc) / 2; /* overflow */
    }
    scored_doc *top = NULL;
    size_t n_top = 0;
    if (exec_query(ix, q, quote_mode ? DOC_QUOTE : DOC_ARTICLE, o.sort == MORGUE_SORT_DATE,
                   o.collapse, want,
                   &r->a, &r->total, &top, &n_top, o.facet ? facet_on_match : NULL, &fa))
        goto fail;
    if (o.facet) {
        if (facet_count(&fa)) goto fail;
        r->n_facets = fa.n < o.facet_limit ? fa.n : o.facet_limit;
        uint32_t *best = arena_alloc(&r->a, sizeof *best * (r->n_facets ? r->n_facets : 1));
        r->facets = arena_calloc(&r->a, r->n_facets ? r->n_facets : 1, sizeof *r->facets);
        if (!best || !r->facets) {
            merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
            goto fail;
        }
        facet_top(&fa, r->n_facets, best);
        for (size_t i = 0; i < r->n_facets; i++) {
            r->facets[i].value = arena_strdup(&r->a, fa.ents[best[i]].value);
            r->facets[i].count = fa.ents[best[i]].count;
        }
    }
    if (n_top > o.offset) {
        r->n = n_top - o.offset;
        r->hits = arena_calloc(&r->a, r->n, sizeof *r->hits);
        if (!r->hits) {
            merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
            goto fail;
        }
    }
    hl_terms hl = {0};
    if (o.snippets && r->n) collect_hl_terms(q, &r->a, &hl, 0);
    for (size_t i = 0; i < r->n; i++) {
        const scored_doc *sd = &top[o.offset + i];
        segment *seg = ix->segs[sd->seg];
        docmeta m;
        stored_doc st;
        if (segment_docmeta(seg, sd->doc, &m)) {
            merr_set(&ix->e, MORGUE_E_CORRUPT, "%s: damaged document metadata", segment_path(seg));
            goto fail;
        }
        if (segment_stored(seg, sd->doc, &ix->scratch, &st, &ix->e)) goto fail;
        morgue_hit *h = &r->hits[i];
        const char *qtext = NULL;
        size_t quote_len = 0;
        if (m.kind == DOC_QUOTE) {
            /* A quote's record holds its speaker (author) and the byte
             * ranges of its words, of the speaker as written and of the cue
             * in the article body (lib/stored_quote.h); title, url, date
             * and the text come from the article's record. */
            stored_quote sq;
            const char *spk = arena_strndup(&r->a, st.f[SF_AUTHOR], st.len[SF_AUTHOR]);
            buf qx = {0};
            buf_put(&qx, st.f[SF_EXTRA], st.len[SF_EXTRA]); /* the next read reuses st's memory */
            if (!spk || qx.oom || segment_stored(seg, m.parent, &ix->scratch, &st, &ix->e)) {
                buf_free(&qx);
                goto fail;
            }
            int bad = stored_quote_get(qx.p, qx.len, st.len[SF_BODY], &sq);
            buf_free(&qx);
            if (bad) {
                merr_set(&ix->e, MORGUE_E_CORRUPT, "%s: stored quote %u is damaged", segment_path(seg), sd->doc);
                goto fail;
            }
            buf words = {0};
            for (uint32_t k = 0; k < sq.n_segments; k++) {
                if (words.len) buf_puts(&words, " … ");
                buf_put(&words, st.f[SF_BODY] + sq.seg[k][0], sq.seg[k][1] - sq.seg[k][0]);
            }
            qtext = arena_strndup(&r->a, words.p ? (const char *)words.p : "", words.len);
            quote_len = words.len;
            buf_free(&words);
            const char *said = sq.has_said ? body_slice(&st, sq.said, 255, &r->a) : "";
            const char *cue = sq.has_cue ? body_slice(&st, sq.cue, 63, &r->a) : "";
            if (!said || !cue) {
                merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
                goto fail;
            }
            h->is_quote = 1;
            h->speaker = arena_strdup(&r->a, spk[0] ? entity_canonical(ix, spk) : "");
            if (ix->e.rc != MORGUE_OK) goto fail; /* a damaged names file */
            h->speaker_text = said;
            h->cue = cue;
            h->quote_type = quote_type_name[m.qtype < 4 ? m.qtype : 0];
            h->quote_start = m.qstart;
            h->quote_end = m.qend;
            if (!qtext || !h->speaker) {
                merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
                goto fail;
            }
        }
        snprintf(h->id, sizeof h->id, "%016" PRIx64, m.id);
        h->score = sd->score;
        h->copies = sd->copies ? sd->copies : 1;
        h->title = arena_strndup(&r->a, st.f[SF_TITLE], st.len[SF_TITLE]);
        h->date = arena_strndup(&r->a, st.f[SF_DATE], st.len[SF_DATE]);
        h->url = st.len[SF_URL] ? arena_strndup(&r->a, st.f[SF_URL], st.len[SF_URL])
                                : arena_strndup(&r->a, st.f[SF_SOURCE], st.len[SF_SOURCE]);
        h->source = arena_strndup(&r->a, st.f[SF_SOURCE], st.len[SF_SOURCE]);
        h->author = arena_strndup(&r->a, st.f[SF_AUTHOR], st.len[SF_AUTHOR]);
        h->snippet = "";
        if (!h->is_quote) h->speaker = h->speaker_text = h->cue = h->quote_type = "";
        if (o.snippets) {
            morgue_span *spans;
            /* a quote is shown whole (up to 1000 bytes) */
            if (h->is_quote)
                make_snippet(qtext, quote_len, &hl, 1000, &r->a, &h->snippet, &spans,
                             &h->n_matches);
            else
                make_snippet(st.f[SF_BODY], st.len[SF_BODY], &hl,
                             o.snippet_len ? o.snippet_len : 200, &r->a, &h->snippet, &spans,
                             &h->n_matches);
            h->matches = spans;
        }
        if (!h->title || !h->date || !h->url || !h->author || !h->source || !h->speaker_text ||
            !h->cue) {
            merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
            goto fail;
        }
    }
    facet_free(&fa);
    return r;
fail:
    facet_free(&fa);
    morgue_results_free(r);
    return NULL;
}

uint64_t morgue_results_total(const morgue_results *r) { return r ? r->total : 0; }
int morgue_results_quotes(const morgue_results *r) { return r ? r->quotes : 0; }
size_t morgue_results_size(const morgue_results *r) { return r ? r->n : 0; }
const morgue_hit *morgue_results_hit(const morgue_results *r, size_t i)
{
    return r && i < r->n ? &r->hits[i] : NULL;
}
size_t morgue_results_facet_size(const morgue_results *r) { return r ? r->n_facets : 0; }
const morgue_facet *morgue_results_facet(const morgue_results *r, size_t i)
{
    return r && i < r->n_facets ? &r->facets[i] : NULL;
}
void morgue_results_free(morgue_results *r)
{
    if (!r) return;
    arena_free(&r->a);
    free(r);
}
