#include "index_writer.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <inttypes.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "date.h"
#include "dedup.h"
#include "engine.h"
#include "extract.h"
#include "stored_quote.h"
#include "invert.h"
#include "manifest.h"
#include "segment.h"

typedef struct pipeline pipeline;
typedef struct idoc idoc;

struct index_writer {
    char *dir;
    int lock_fd;
    index_writer_opts o;
    manifest man;          /* committed state */
    manifest pending;      /* flushed, not yet committed */
    inverter *inv;
    segw *cur;
    char cur_name[64];
    merr e;
    index_writer_stats st;
    dedup *dd;             /* fingerprints of every article in the index */
    idoc *doc;             /* the article being added (one thread) */
    pipeline *pl;          /* analysis threads (NULL with one thread) */
};

/* Articles being analysed at once may hold a 32nd of the budget,
 * kept out of the inverter's share whatever the number of threads (so that
 * segments end at the same documents).  Analysis allocates about 48 bytes
 * per input byte (title + body): token arrays sized for the worst case, in
 * extraction 32 bytes per byte), which caps the input in flight. */
static pipeline *pipeline_new(int threads, int dedup_on, size_t reserve);
static void pipeline_free(pipeline *p);
static idoc *idoc_new(size_t keep);
static void idoc_free(idoc *d);

static size_t inflight_reserve(const index_writer *w) { return w->o.memory / 32; }

/* The smallest budget with room for the store's extras: a flush or a
 * merge compresses the store beside the terms (segw_store_start), with a
 * dictionary of up to STORE_DICT_MAX_ROOMY (segw_set_store_dict_max).  A
 * fifth of it, the flush's share, then holds the ~5 MB each takes several
 * times over; under it (--memory 32M must stay within 1.2x) neither. */
enum { ROOMY_MEMORY = 160 << 20 };
static size_t inflight_cap(const index_writer *w) { return inflight_reserve(w) / 48; }

static void seg_name(index_writer *w, char out[64])
{
    snprintf(out, 64, "seg-%08" PRIx64 ".mrg", w->man.next_segment++);
}

/* Removes segment files no manifest names: what a crashed writer left. */
static void remove_leftovers(index_writer *w)
{
    DIR *d = opendir(w->dir);
    if (!d) return;
    struct dirent *de;
    char path[4096];
    while ((de = readdir(d))) {
        const char *n = de->d_name;
        int is_seg = strncmp(n, "seg-", 4) == 0 && strlen(n) > 8 && !strcmp(n + strlen(n) - 4, ".mrg");
        int is_tmp = !strcmp(n, MANIFEST_NAME ".tmp") || !strcmp(n, NAMES_FILE_NAME ".tmp");
        if (!is_seg && !is_tmp) continue;
        int named = 0;
        for (uint32_t i = 0; is_seg && i < w->man.n; i++)
            if (!strcmp(w->man.segs[i].name, n)) named = 1;
        if (named) continue;
        snprintf(path, sizeof path, "%s/%s", w->dir, n);
        unlink(path);
    }
    closedir(d);
}

/* Duplicates are found across runs: the fingerprints of the articles
 * already in the index are loaded first. */
static int load_fingerprints(index_writer *w, merr *e)
{
    for (uint32_t i = 0; i < w->man.n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", w->dir, w->man.segs[i].name);
        segment *s = segment_open(path, e);
        if (!s) return -1;
        for (uint32_t d = 0; d < segment_article_count(s); d++) {
            docmeta m;
            if (segment_docmeta(s, d, &m)) {
                merr_set(e, MORGUE_E_CORRUPT, "%s: damaged document metadata", path);
                segment_close(s);
                return -1;
            }
            if (dedup_add(w->dd, m.body_hash, m.simhash, m.simhash != 0, m.cluster)) {
                segment_close(s);
                merr_set(e, MORGUE_E_NOMEM, "out of memory");
                return -1;
            }
        }
        segment_close(s);
    }
    return 0;
}

index_writer *index_writer_open(const char *dir, const index_writer_opts *o, merr *e)
{
    index_writer *w = calloc(1, sizeof *w);
    if (!w) {
        merr_set(e, MORGUE_E_NOMEM, "out of memory");
        return NULL;
    }
    w->lock_fd = -1;
    w->o = *o;
    if (w->o.memory < (1u << 20)) w->o.memory = 1u << 20;
    if (w->o.merge_factor < 2) w->o.merge_factor = 10;
    w->dir = strdup(dir);
    if (!w->dir) goto oom;
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        merr_set(e, MORGUE_E_IO, "%s: cannot create index directory: %s", dir, strerror(errno));
        goto fail;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/LOCK", dir);
    w->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (w->lock_fd < 0) {
        merr_set(e, MORGUE_E_IO, "%s: cannot open: %s", path, strerror(errno));
        goto fail;
    }
    if (flock(w->lock_fd, LOCK_EX | LOCK_NB) != 0) {
        merr_set(e, MORGUE_E_LOCKED, "%s: another morgue-index is writing this index", dir);
        goto fail;
    }
    merr me = {0};
    if (manifest_read(dir, &w->man, &me) != MORGUE_OK) {
        if (me.rc != MORGUE_E_NOINDEX) {
            merr_copy(e, &me);
            goto fail;
        }
        memset(&w->man, 0, sizeof w->man);
        w->man.next_segment = 1;
    }
    remove_leftovers(w);
    w->inv = inverter_new();
    w->dd = dedup_new();
    w->doc = idoc_new(1u << 20);
    if (!w->inv || !w->dd || !w->doc) goto oom;
    if (w->o.threads > 1 && !(w->pl = pipeline_new(w->o.threads, w->o.dedup, inflight_reserve(w)))) goto oom;
    if (w->o.dedup && load_fingerprints(w, e)) goto fail;
    /* Without fingerprints to load, the segments are still checked for
     * their format version: a segment of this format added to an index of
     * an older one would make an index no build reads (README). */
    for (uint32_t i = 0; !w->o.dedup && i < w->man.n; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, w->man.segs[i].name);
        if (segment_check_version(path, e)) goto fail;
    }
    return w;
oom:
    merr_set(e, MORGUE_E_NOMEM, "out of memory");
fail:
    index_writer_free(w);
    return NULL;
}

static void drop_pending(index_writer *w)
{
    char path[4096];
    for (uint32_t i = 0; i < w->pending.n; i++) {
        snprintf(path, sizeof path, "%s/%s", w->dir, w->pending.segs[i].name);
        unlink(path);
    }
    manifest_free(&w->pending);
}

void index_writer_free(index_writer *w)
{
    if (!w) return;
    if (w->cur) segw_abort(w->cur);
    drop_pending(w);
    inverter_free(w->inv);
    pipeline_free(w->pl);
    idoc_free(w->doc);
    dedup_free(w->dd);
    manifest_free(&w->man);
    if (w->lock_fd >= 0) close(w->lock_fd);
    free(w->dir);
    free(w);
}

const index_writer_stats *index_writer_get_stats(const index_writer *w) { return &w->st; }
const merr *index_writer_error(const index_writer *w) { return &w->e; }

/* Writes the buffered articles as one segment (pending until commit). */
static morgue_rc flush_segment(index_writer *w)
{
    if (!w->cur) return w->e.rc;
    segw *sw = w->cur;
    w->cur = NULL;
    uint32_t n = inverter_doc_count(w->inv);
    /* The store is compressed on a thread of its own while the terms are
     * sorted and encoded (on two threads the end of indexing was these two
     * in a row, the workers idle): only with room in the budget, as the
     * store's training and windows (~5 MB) then come on top of the
     * inverter's memory at its fullest. */
    if (w->o.memory >= ROOMY_MEMORY) segw_store_start(sw);
    if (inverter_flush(w->inv, sw, &w->e) != MORGUE_OK) {
        segw_abort(sw);
        return w->e.rc;
    }
    FORWARD_IF_RC(segw_finish(sw));
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", w->dir, w->cur_name);
    struct stat st;
    uint64_t size = stat(path, &st) == 0 ? (uint64_t)st.st_size : 0;
    if (manifest_add(&w->pending, w->cur_name, n, size))
        return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory");
    w->st.segments_flushed++;
    return MORGUE_OK;
}

static void set_stored(stored_doc *sd, const char *const f[STORED_FIELDS])
{
    for (int i = 0; i < STORED_FIELDS; i++) {
        sd->f[i] = f[i];
        sd->len[i] = strlen(f[i]);
    }
}

/* Places a quote's words among the article body's positions (tok: the
 * body's tokens): the span from its first word to its last, and the gaps
 * inside it that are not its words (the attribution of a split quote),
 * encoded as a gap list (docs/FORMAT.md) in gl.  *n_words gets the words'
 * count, its quote-field length.  A quote: query reads the body's postings
 * within the span instead of a field of its own, which held every quoted
 * word a second time (8.2 of scale-125's 50 MB of postings and positions). */
static void quote_words_place(const field_tokens *tok, const stored_quote *sq, uint32_t *wstart,
                              uint32_t *wspan, uint32_t *n_words, buf *gl)
{
    uint32_t gaps[QREC_MAX_SEGMENTS][2], n_gaps = 0, first = 0, end = 0, words = 0;
    int any = 0;
    for (uint32_t k = 0; k < sq->n_segments; k++) {
        uint32_t lo, hi;
        if (!inverter_token_range(tok, sq->seg[k][0], sq->seg[k][1], &lo, &hi)) continue;
        if (!any) first = lo;
        else if (lo > end) {
            gaps[n_gaps][0] = end;
            gaps[n_gaps][1] = lo;
            n_gaps++;
        }
        any = 1;
        end = hi;
        words += hi - lo;
    }
    *wstart = first;
    *wspan = end - first;
    *n_words = words;
    buf_clear(gl);
    if (!n_gaps) return;
    buf_put_varint(gl, n_gaps);
    uint32_t at = first;
    for (uint32_t i = 0; i < n_gaps; i++) {
        buf_put_varint(gl, gaps[i][0] - at);
        buf_put_varint(gl, gaps[i][1] - gaps[i][0]);
        at = gaps[i][1];
    }
}

static char *arena_buf(arena *a, buf *b) { return arena_strndup(a, b->p ? (const char *)b->p : "", b->len); }

/* Analysis and writing are split so that analysis (extraction and
 * tokenizing, most of the work) can run on worker threads while one thread
 * adds the results in input order: the index is the same whatever the
 * number of threads.  A doc holds one article and everything analysis
 * makes of it, all in its own arena (nothing points into the caller's
 * article or into the writer). */
typedef struct {
    const char *speaker;     /* canonical name, "" when unknown */
    int skind;
    /* round 15a: the other speakers of a coordinated subject ("Hale and
     * Reis said"): names in the speaker field and the name table, not
     * stored (the record's speaker as written names them all) */
    const char *co[QUOTE_MAX_CO_SPEAKERS];
    int co_kind[QUOTE_MAX_CO_SPEAKERS];
    int nco;
    const char *extra;       /* stored: lib/stored_quote.h (the speaker is the author) */
    size_t extra_len;
    uint8_t qtype;
    uint32_t qstart, qend;
    uint32_t wstart, wspan, n_words; /* its words' body positions (quote_words_place) */
    const unsigned char *gaps;       /* its gap list, gaps_len bytes (none: 0) */
    uint32_t gaps_len;
    field_tokens tok[FIELD_COUNT];
} quote_doc;

struct idoc {
    arena a;
    size_t keep;             /* arena bytes worth keeping between articles */
    int oom;
    /* the article, copied */
    const char *source, *url, *title, *author, *body;
    size_t body_len, in_bytes;
    uint64_t id;
    int64_t date;
    char day[11];
    /* fingerprints (0 when dedup is off) */
    uint64_t exact, sim;
    int near;
    /* extraction and tokens */
    extraction x;
    const char *extra;       /* stored: nothing (entities are whole-name terms) */
    field_tokens tok[FIELD_COUNT];
    quote_doc *q;
    uint32_t nq;
    buf b_extra, b_q;  /* scratch, reused */
};

static idoc *idoc_new(size_t keep)
{
    idoc *d = calloc(1, sizeof(idoc));
    if (d) d->keep = keep < (64u << 10) ? (64u << 10) : keep;
    return d;
}

static void idoc_free(idoc *d)
{
    if (!d) return;
    arena_free(&d->a);
    buf_free(&d->b_extra);
    buf_free(&d->b_q);
    free(d);
}

static const char *dup_or(arena *a, const char *s, const char *dflt, int *oom)
{
    if (!s) return dflt;
    char *c = arena_strdup(a, s);
    if (!c) *oom = 1;
    return c ? (const char *)c : dflt;
}

/* Copies article `a` into d (resetting what d held). */
static void idoc_set(idoc *d, const article *a)
{
    /* a long article's chunk is not kept for the next one */
    if (d->a.total > d->keep) arena_free(&d->a);
    arena_reset(&d->a);
    memset(d->tok, 0, sizeof d->tok);
    d->oom = 0;
    d->q = NULL;
    d->nq = 0;
    d->extra = "";
    memset(&d->x, 0, sizeof d->x);
    d->source = dup_or(&d->a, a->source, "", &d->oom);
    d->url = dup_or(&d->a, a->url, "", &d->oom);
    d->title = dup_or(&d->a, a->title, "", &d->oom);
    d->author = dup_or(&d->a, a->author, "", &d->oom);
    d->body = dup_or(&d->a, a->body, "", &d->oom);
    d->body_len = strlen(d->body);
    d->in_bytes = d->body_len + strlen(d->title);
    d->id = a->id;
    d->date = a->date ? date_parse(a->date, strlen(a->date)) : DATE_NONE;
    date_format_day(d->date, d->day);
}

/* Stage one: the body's tokens and the duplicate fingerprints. */
static void idoc_analyse_body(idoc *d, int dedup_on)
{
    d->exact = d->sim = 0;
    d->near = 0;
    if (inverter_tokenize(FIELD_BODY, d->body, d->body_len, &d->a, &d->tok[FIELD_BODY])) {
        d->oom = 1;
        return;
    }
    if (dedup_on) {
        const field_tokens *bt = &d->tok[FIELD_BODY];
        dedup_fingerprint_hashes(bt->hash, bt->n, &d->exact, &d->sim);
        d->near = bt->n >= DEDUP_MIN_TOKENS;
        if (!d->near) d->sim = 0;
    }
}

/* Stage two: quotes and entities, the other fields' tokens, and the quote
 * documents. */
static void idoc_analyse_rest(idoc *d)
{
    arena *a = &d->a;
    const char *body = d->body;
    size_t body_len = d->body_len;
    if (d->oom || extract_article(body, body_len, a, &d->x)) {
        d->oom = 1;
        return;
    }
    const extraction *x = &d->x;
    /* The article: title, body, and its entities by kind, each kind in a
     * field of its own: person, org, place, and entity for kind other
     * (an entity: query searches all four, query/search.c).  The names
     * are not stored: each is a whole-name term of its field, which is
     * what facets count. */
    const char **names = arena_alloc(a, sizeof *names * (x->n_entities ? x->n_entities : 1));
    size_t n_kind[4] = {0}, at[4];
    int oom = !names;
    for (uint32_t i = 0; !oom && i < x->n_entities; i++) {
        const ent_entity *en = &x->entities[i];
        int k = (int)en->kind < 4 ? (int)en->kind : ENT_OTHER;
        if (!en->name || !en->name[0]) continue;
        n_kind[k]++;
    }
    /* names grouped by kind, in article order within a kind */
    for (int k = 0, sum = 0; k < 4; k++) {
        at[k] = (size_t)sum;
        sum += (int)n_kind[k];
    }
    for (uint32_t i = 0; !oom && i < x->n_entities; i++) {
        const ent_entity *en = &x->entities[i];
        int k = (int)en->kind < 4 ? (int)en->kind : ENT_OTHER;
        if (en->name && en->name[0]) names[at[k]++] = en->name;
    }
    d->extra = "";
    oom |= inverter_tokenize(FIELD_TITLE, d->title, strlen(d->title), a, &d->tok[FIELD_TITLE]);
    for (int k = 0; !oom && k < 4; k++) {
        int f = k < 3 ? FIELD_PERSON + k : FIELD_ENTITY;
        const char *const *kn = names + at[k] - n_kind[k];
        oom |= inverter_tokenize_names(f, kn, n_kind[k], a, &d->tok[f]);
        oom |= inverter_add_names(f, kn, n_kind[k], a, &d->tok[f]);
    }

    /* Each quote: a document of its own, added right after its article. */
    d->q = x->n_quotes ? arena_calloc(a, x->n_quotes, sizeof *d->q) : NULL;
    if (x->n_quotes && !d->q) oom = 1;
    for (uint32_t i = 0; i < x->n_quotes && !oom; i++) {
        const quote *q = &x->quotes[i];
        if (q->end <= q->start || q->end > body_len) continue;
        quote_doc *qd = &d->q[d->nq++];
        const char *speaker = "";
        int skind = ENT_PERSON;
        char said[256] = "";
        if (q->speaker_entity >= 0 && (uint32_t)q->speaker_entity < x->n_entities) {
            speaker = x->entities[q->speaker_entity].name ? x->entities[q->speaker_entity].name : "";
            skind = (int)x->entities[q->speaker_entity].kind < 4 ? (int)x->entities[q->speaker_entity].kind : 3;
        }
        /* The quote's words, the speaker as written and the cue are not
         * stored again: its record keeps their byte ranges in the article
         * body (lib/stored_quote.h), which the reader slices from the
         * article's own record; the canonical speaker is its author. */
        stored_quote sq;
        sq.n_segments = 0;
        if (q->n_segments == 0) {
            sq.seg[0][0] = q->start;
            sq.seg[0][1] = q->end;
            sq.n_segments = 1;
        }
        for (uint32_t k = 0; k < q->n_segments && k < QREC_MAX_SEGMENTS; k++) {
            uint32_t s0 = q->segments[k][0], s1 = q->segments[k][1];
            uint32_t floor = sq.n_segments ? sq.seg[sq.n_segments - 1][1] : 0;
            if (s0 < floor || s1 < s0 || s1 > body_len) continue; /* keep them ordered */
            sq.seg[sq.n_segments][0] = s0;
            sq.seg[sq.n_segments][1] = s1;
            sq.n_segments++;
        }
        if (sq.n_segments == 0) {
            sq.seg[0][0] = q->start;
            sq.seg[0][1] = q->end;
            sq.n_segments = 1;
        }
        sq.has_said = q->speaker_start >= 0 && q->speaker_end > q->speaker_start &&
                      (size_t)q->speaker_end <= body_len;
        if (sq.has_said) {
            sq.said[0] = (uint32_t)q->speaker_start;
            sq.said[1] = (uint32_t)q->speaker_end;
            snprintf(said, sizeof said, "%.*s", q->speaker_end - q->speaker_start, body + q->speaker_start);
        }
        sq.has_cue = q->cue_start >= 0 && q->cue_end > q->cue_start && (size_t)q->cue_end <= body_len;
        if (sq.has_cue) {
            sq.cue[0] = (uint32_t)q->cue_start;
            sq.cue[1] = (uint32_t)q->cue_end;
        }
        buf *e = &d->b_extra;
        buf_clear(e);
        stored_quote_put(e, &sq);
        quote_words_place(&d->tok[FIELD_BODY], &sq, &qd->wstart, &qd->wspan, &qd->n_words, &d->b_q);
        qd->gaps_len = (uint32_t)d->b_q.len;
        qd->gaps = d->b_q.len ? (const unsigned char *)arena_buf(a, &d->b_q) : NULL;
        oom |= d->b_q.len && !qd->gaps;
        /* the speaker field: the canonical name, else a name as written */
        const char *sfield = speaker[0] ? speaker : said;
        qd->speaker = speaker;
        qd->skind = skind;
        qd->extra = arena_buf(a, e); /* binary: extra_len bytes */
        qd->extra_len = e->len;
        qd->qtype = (uint8_t)q->type;
        qd->qstart = q->start;
        qd->qend = q->end;
        oom |= !qd->extra || e->oom || d->b_q.oom;
        /* round 15a: a coordinated subject's other speakers join the
         * field, each its own name (no phrase matches across two) */
        const char *all[1 + QUOTE_MAX_CO_SPEAKERS];
        size_t nall = 0;
        if (speaker[0]) all[nall++] = speaker;
        for (int k = 0; k < QUOTE_MAX_CO_SPEAKERS && speaker[0]; k++) {
            int32_t ce = q->co_speakers[k];
            if (ce < 0 || (uint32_t)ce >= x->n_entities || !x->entities[ce].name || !x->entities[ce].name[0]) continue;
            all[nall++] = qd->co[qd->nco] = x->entities[ce].name;
            qd->co_kind[qd->nco++] = (int)x->entities[ce].kind < 4 ? (int)x->entities[ce].kind : 3;
        }
        if (nall > 1)
            oom |= inverter_tokenize_names(FIELD_SPEAKER, all, nall, a, &qd->tok[FIELD_SPEAKER]);
        else
            oom |= inverter_tokenize(FIELD_SPEAKER, sfield, strlen(sfield), a, &qd->tok[FIELD_SPEAKER]);
        if (nall && !oom) oom |= inverter_add_names(FIELD_SPEAKER, all, nall, a, &qd->tok[FIELD_SPEAKER]);
    }
    if (oom) d->oom = 1;
}

/* The writer's side of a doc, part one: 1 when it is an exact copy of an
 * article already indexed (counted, not indexed), else 0 (a near copy
 * joins the cluster of the first one: *cluster). */
static int put_is_duplicate(index_writer *w, idoc *d, uint64_t *cluster)
{
    *cluster = d->id;
    if (!w->o.dedup) return 0;
    if (d->body_len && dedup_has_exact(w->dd, d->exact)) {
        w->st.duplicates++;
        return 1;
    }
    uint64_t c = d->near ? dedup_find_near(w->dd, d->sim) : 0;
    if (c) {
        *cluster = c;
        w->st.near_duplicates++;
    }
    if (dedup_add(w->dd, d->exact, d->sim, d->near, *cluster)) {
        merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", d->source);
        return -1;
    }
    return 0;
}

/* Part two: the article and its quotes into the inverter and the segment. */
static morgue_rc put_doc(index_writer *w, idoc *d, uint64_t cluster)
{
    if (d->oom) return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", d->source);
    if (!w->cur) {
        seg_name(w, w->cur_name);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", w->dir, w->cur_name);
        w->cur = segw_open(path, &w->e);
        if (!w->cur) return w->e.rc;
        segw_set_threads(w->cur, w->o.threads);
        if (w->o.memory >= ROOMY_MEMORY) segw_set_store_dict_max(w->cur, STORE_DICT_MAX_ROOMY);
    }
    const extraction *x = &d->x;
    for (uint32_t i = 0; i < x->n_entities; i++) {
        const ent_entity *en = &x->entities[i];
        int k = (int)en->kind < 4 ? (int)en->kind : ENT_OTHER;
        if (!en->name || !en->name[0]) continue;
        segw_add_name(w->cur, en->name, strlen(en->name), k, 1, 0);
    }
    /* the article's id in the segment: articles are numbered apart from
     * quotes (docs/FORMAT.md, "Documents") */
    uint32_t local = inverter_article_count(w->inv);
    docmeta m = {.id = d->id, .date = d->date, .parent = local, .kind = DOC_ARTICLE,
                 .simhash = d->sim, .body_hash = d->exact, .cluster = cluster};
    if (inverter_add_tokens(w->inv, DOC_ARTICLE, d->tok, m.len))
        return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", d->source);
    stored_doc sd;
    const char *sf[STORED_FIELDS] = {d->source, d->url, d->title, d->author, d->day, d->body, d->extra};
    set_stored(&sd, sf);
    FORWARD_IF_RC(segw_add_doc(w->cur, &m, &sd));
    for (uint32_t i = 0; i < d->nq; i++) {
        const quote_doc *qd = &d->q[i];
        docmeta qm = {.id = d->id, .date = d->date, .parent = local, .kind = DOC_QUOTE,
                      .qtype = qd->qtype, .qstart = qd->qstart, .qend = qd->qend,
                      .wstart = qd->wstart, .wspan = qd->wspan, .gaps = qd->gaps, .gaps_len = qd->gaps_len};
        if (inverter_add_tokens(w->inv, DOC_QUOTE, qd->tok, qm.len))
            return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", d->source);
        qm.len[FIELD_QUOTE] = qd->n_words; /* no postings of its own */
        const char *qf[STORED_FIELDS] = {"", "", "", qd->speaker, "", "", ""};
        set_stored(&sd, qf);
        sd.f[SF_EXTRA] = qd->extra;
        sd.len[SF_EXTRA] = qd->extra_len;
        FORWARD_IF_RC(segw_add_doc(w->cur, &qm, &sd));
        if (qd->speaker[0]) segw_add_name(w->cur, qd->speaker, strlen(qd->speaker), qd->skind, 0, 1);
        for (int k = 0; k < qd->nco; k++) segw_add_name(w->cur, qd->co[k], strlen(qd->co[k]), qd->co_kind[k], 0, 1);
        w->st.quotes_added++;
    }
    w->st.docs_added++;
    /* The budget covers the postings buffer plus per-document metadata kept
     * until the flush, less what analysis may hold in flight; leave a fifth
     * for the flush itself.  (The same for any number of threads, so that
     * segments end at the same documents.) */
    size_t used = inverter_memory(w->inv) + (size_t)inverter_doc_count(w->inv) * (DOCMETA_SIZE + 24);
    if (used >= w->o.memory / 5 * 4 - inflight_reserve(w)) return flush_segment(w);
    return MORGUE_OK;
}

/* Writes a doc analysed up to stage two. */
static morgue_rc put_analysed(index_writer *w, idoc *d)
{
    RETURN_IF_ERR(&w->e);
    uint64_t cluster;
    int dup = put_is_duplicate(w, d, &cluster);
    if (dup < 0) return w->e.rc;
    if (dup) return MORGUE_OK;
    return put_doc(w, d, cluster);
}

/* ---- analysis threads ----
 *
 * A ring of slots, each holding one idoc.  The caller's thread copies each
 * article into the slot at `head`; workers take slots in order at `next`
 * and analyse them; the caller's thread writes them in order from `tail`.
 * When the ring is full, or the articles in flight hold more than their
 * share of the memory budget, the caller's thread writes what is done, or
 * analyses the next waiting article itself rather than sleep.
 *
 * Hand-offs are batched: a sleeping worker is woken only once PL_BATCH
 * articles (or a quarter of the in-flight byte cap) are queued, and then
 * claims queued articles one by one until none is left (claiming a batch
 * at once left the writer's thread waiting on articles the worker had not
 * started yet); it tells the writer about each finished article only when
 * the writer is actually waiting.  Waking a thread costs two
 * context switches; one hand-off per article made two threads slower than
 * one (real.jsonl, ~60,000 switches; see the commit message). */
enum { SLOT_FREE, SLOT_QUEUED, SLOT_BUSY, SLOT_DONE };
enum { PL_BATCH = 16 };

typedef struct {
    idoc *d;
    int state;
} slot;

struct pipeline {
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    slot *slots;
    uint32_t cap;
    uint64_t head, next, tail;
    size_t inflight;          /* input bytes of the articles in the ring */
    size_t queued;            /* input bytes of the articles not yet taken */
    size_t wake_bytes;        /* queued bytes that wake a worker */
    uint32_t batch;           /* queued articles that wake a worker */
    int stop, dedup;
    int hurry;                /* the writer is waiting or draining: take any */
    int writer_waiting;       /* the writer sleeps on `done` */
    int idle;                 /* workers asleep on `work` */
    pthread_t *tid;
    int n_tid;
};

/* With the lock held: is there enough queued work to wake a worker for? */
static int pl_worth(const pipeline *p)
{
    uint64_t n = p->head - p->next;
    return n > 0 && (n >= p->batch || p->queued >= p->wake_bytes || p->hurry);
}

static void *worker_main(void *arg)
{
    pipeline *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->stop && !pl_worth(p)) {
            p->idle++;
            pthread_cond_wait(&p->work, &p->mu);
            p->idle--;
        }
        if (p->stop) break; /* the writer drained the ring or gave up */
        /* once awake, claim articles one at a time for as long as any is
         * queued: the writer's thread claims from the same queue when it
         * would otherwise wait (pipeline_step), so neither idles while
         * the other holds a batch it has not started */
        while (!p->stop && p->next < p->head) {
            slot *s = &p->slots[p->next++ % p->cap];
            s->state = SLOT_BUSY;
            p->queued -= s->d->in_bytes;
            pthread_mutex_unlock(&p->mu);
            idoc_analyse_body(s->d, p->dedup);
            idoc_analyse_rest(s->d);
            pthread_mutex_lock(&p->mu);
            s->state = SLOT_DONE;
            if (p->writer_waiting) pthread_cond_signal(&p->done);
        }
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void pipeline_free(pipeline *p)
{
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->n_tid; i++) pthread_join(p->tid[i], NULL);
    for (uint32_t i = 0; i < p->cap; i++) idoc_free(p->slots[i].d);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    free(p->slots);
    free(p->tid);
    free(p);
}

/* threads - 1 workers (the caller's thread is the last one).  The ring
 * holds a batch per thread and one more, so that the writer can fill the
 * next batch while every worker is busy with one; but each slot keeps an
 * arena of up to 64 KiB between articles, so a small budget gets fewer
 * slots and smaller batches (--memory 32M: 16 slots, batches of 5). */
static pipeline *pipeline_new(int threads, int dedup_on, size_t reserve)
{
    pipeline *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    p->dedup = dedup_on;
    uint32_t most = (uint32_t)(reserve / (64u << 10)), least = (uint32_t)threads * 2 + 1;
    p->cap = ((uint32_t)threads + 1) * PL_BATCH;
    if (p->cap > most) p->cap = most > least ? most : least;
    p->batch = p->cap / ((uint32_t)threads + 1);
    if (p->batch < 1) p->batch = 1;
    p->wake_bytes = reserve / 48 / 4;
    p->slots = calloc(p->cap, sizeof *p->slots);
    p->tid = calloc((size_t)threads, sizeof *p->tid);
    if (!p->slots || !p->tid) goto fail;
    for (uint32_t i = 0; i < p->cap; i++)
        if (!(p->slots[i].d = idoc_new(reserve / p->cap))) goto fail;
    for (int i = 0; i < threads - 1; i++) {
        if (pthread_create(&p->tid[i], NULL, worker_main, p) != 0) break;
        p->n_tid++;
    }
    if (p->n_tid == 0) goto fail;
    return p;
fail:
    pipeline_free(p);
    return NULL;
}

/* Called with the lock held: writes the slot at tail if it is done, or
 * analyses the next queued article on this thread, or waits for a worker.
 * Returns with the lock held. */
static void pipeline_step(index_writer *w, pipeline *p)
{
    slot *t = &p->slots[p->tail % p->cap];
    if (t->state == SLOT_DONE) {
        pthread_mutex_unlock(&p->mu);
        put_analysed(w, t->d);
        /* what a long article grew goes back now, not when the slot is
         * next filled: written slots hold at most `keep` each */
        if (t->d->a.total > t->d->keep) arena_free(&t->d->a);
        pthread_mutex_lock(&p->mu);
        p->inflight -= t->d->in_bytes;
        t->state = SLOT_FREE;
        p->tail++;
    } else if (p->next < p->head) {
        slot *s = &p->slots[p->next++ % p->cap];
        s->state = SLOT_BUSY;
        p->queued -= s->d->in_bytes;
        pthread_mutex_unlock(&p->mu);
        idoc_analyse_body(s->d, p->dedup);
        idoc_analyse_rest(s->d);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
    } else {
        p->writer_waiting = 1;
        pthread_cond_wait(&p->done, &p->mu);
        p->writer_waiting = 0;
    }
}

static morgue_rc pipeline_add(index_writer *w, pipeline *p, const article *a)
{
    size_t bytes = (a->body ? strlen(a->body) : 0) + (a->title ? strlen(a->title) : 0);
    size_t cap = inflight_cap(w);
    pthread_mutex_lock(&p->mu);
    /* write what is ready, in order */
    while (p->tail < p->head && p->slots[p->tail % p->cap].state == SLOT_DONE && w->e.rc == MORGUE_OK)
        pipeline_step(w, p);
    if (w->e.rc == MORGUE_OK &&
        (p->head - p->tail == p->cap || (p->tail < p->head && p->inflight + bytes > cap))) {
        /* full: whatever is queued is worth a worker's time now */
        p->hurry = 1;
        if (p->idle && pl_worth(p)) pthread_cond_broadcast(&p->work);
        while (w->e.rc == MORGUE_OK &&
               (p->head - p->tail == p->cap || (p->tail < p->head && p->inflight + bytes > cap)))
            pipeline_step(w, p);
        p->hurry = 0;
    }
    if (w->e.rc == MORGUE_OK) {
        slot *s = &p->slots[p->head % p->cap];
        pthread_mutex_unlock(&p->mu);
        idoc_set(s->d, a); /* the slot is free: no worker looks at it */
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_QUEUED;
        p->inflight += s->d->in_bytes;
        p->queued += s->d->in_bytes;
        p->head++;
        if (p->idle && pl_worth(p)) pthread_cond_signal(&p->work);
    }
    pthread_mutex_unlock(&p->mu);
    return w->e.rc;
}

/* Writes everything in flight (or, after an error, waits for the workers
 * to finish with it and drops it). */
static void pipeline_drain(index_writer *w, pipeline *p)
{
    pthread_mutex_lock(&p->mu);
    p->hurry = 1;
    pthread_cond_broadcast(&p->work);
    while (p->tail < p->head) {
        slot *t = &p->slots[p->tail % p->cap];
        if (w->e.rc != MORGUE_OK && t->state == SLOT_QUEUED && p->next == p->tail) {
            /* dropped unanalysed: nothing will be written after an error */
            p->next++;
            p->queued -= t->d->in_bytes;
            t->state = SLOT_DONE;
        }
        if (w->e.rc != MORGUE_OK && t->state == SLOT_DONE) {
            p->inflight -= t->d->in_bytes;
            t->state = SLOT_FREE;
            p->tail++;
            continue;
        }
        pipeline_step(w, p);
    }
    p->hurry = 0;
    pthread_mutex_unlock(&p->mu);
}

morgue_rc index_writer_add(index_writer *w, const article *a)
{
    RETURN_IF_ERR(&w->e);
    if (w->pl) return pipeline_add(w, w->pl, a);
    /* One thread: an exact copy is found before the (costly) extraction. */
    idoc *d = w->doc;
    idoc_set(d, a);
    idoc_analyse_body(d, w->o.dedup);
    if (d->oom) return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", d->source);
    uint64_t cluster;
    int dup = put_is_duplicate(w, d, &cluster);
    if (dup < 0) return w->e.rc;
    if (dup) return MORGUE_OK;
    idoc_analyse_rest(d);
    return put_doc(w, d, cluster);
}

int index_writer_default_threads(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0) return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

static int tier_of(uint64_t size)
{
    int t = 0;
    for (uint64_t s = size / (1u << 20); s >= 10; s /= 10) t++;
    return t;
}


/* Merges `pick` (indexes into w->man) into one segment and commits. */
static morgue_rc merge_and_commit(index_writer *w, const uint32_t *pick, uint32_t k)
{
    char **names = calloc(k, sizeof *names);
    if (!names) return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory");
    /* keep the manifest order (older documents first) */
    for (uint32_t i = 0; i < k; i++) names[i] = w->man.segs[pick[i]].name;
    char out[64];
    seg_name(w, out);
    uint32_t docs;
    uint64_t size;
    if (merge_segments(w->dir, names, k, out, &docs, &size, w->o.threads,
                       w->o.memory >= ROOMY_MEMORY, &w->e) != MORGUE_OK) {
        free(names);
        return w->e.rc;
    }
    manifest next = {w->man.generation + 1, w->man.next_segment, 0, NULL};
    int placed = 0;
    for (uint32_t i = 0; i < w->man.n; i++) {
        int merged = 0;
        for (uint32_t j = 0; j < k; j++) merged |= pick[j] == i;
        if (merged && !placed) {
            manifest_add(&next, out, docs, size);
            placed = 1;
        } else if (!merged) {
            manifest_add(&next, w->man.segs[i].name, w->man.segs[i].n_docs, w->man.segs[i].size);
        }
    }
    if (manifest_write(w->dir, &next, &w->e) != MORGUE_OK) {
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", w->dir, out);
        unlink(p);
        manifest_free(&next);
        free(names);
        return w->e.rc;
    }
    for (uint32_t j = 0; j < k; j++) {
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", w->dir, names[j]);
        unlink(p);
    }
    free(names);
    manifest_free(&w->man);
    w->man = next;
    w->st.merges++;
    w->st.segments_merged += k;
    return MORGUE_OK;
}

static morgue_rc commit_segments(index_writer *w, int merge_all);

morgue_rc index_writer_commit(index_writer *w, int merge_all)
{
    if (commit_segments(w, merge_all) != MORGUE_OK) return w->e.rc;
    /* The names file of the state just committed (query/names_file.c), once
     * the merges are done: written after the manifest, it names the
     * manifest it belongs to, so a crash before it is written leaves a
     * file readers ignore (they group the names themselves). */
    if (names_file_write(w->dir, &w->e)) return w->e.rc;
    return MORGUE_OK;
}

static morgue_rc commit_segments(index_writer *w, int merge_all)
{
    if (w->pl) pipeline_drain(w, w->pl);
    RETURN_IF_ERR(&w->e);
    FORWARD_IF_RC(flush_segment(w));
    /* Merging needs memory of its own: what the inverter kept for the next
     * segment goes back to the system first (peak RSS, --memory 32M on a
     * 125 MB corpus: see the commit message). */
    inverter_trim(w->inv);
    malloc_trim(0);
    if (w->pending.n) {
        manifest next = {w->man.generation + 1, w->man.next_segment, 0, NULL};
        for (uint32_t i = 0; i < w->man.n; i++)
            manifest_add(&next, w->man.segs[i].name, w->man.segs[i].n_docs, w->man.segs[i].size);
        for (uint32_t i = 0; i < w->pending.n; i++)
            manifest_add(&next, w->pending.segs[i].name, w->pending.segs[i].n_docs,
                         w->pending.segs[i].size);
        if (manifest_write(w->dir, &next, &w->e) != MORGUE_OK) {
            manifest_free(&next);
            return w->e.rc;
        }
        manifest_free(&w->man);
        manifest_free(&w->pending);
        w->man = next;
    } else if (w->man.generation == 0) {
        /* an empty index is still an index: write its first manifest */
        w->man.generation = 1;
        FORWARD_IF_RC(manifest_write(w->dir, &w->man, &w->e));
    }
    if (merge_all) {
        if (w->man.n > 1) {
            uint32_t *all = malloc(sizeof *all * w->man.n);
            if (!all) return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory");
            for (uint32_t i = 0; i < w->man.n; i++) all[i] = i;
            merge_and_commit(w, all, w->man.n);
            free(all);
        }
        return w->e.rc;
    }
    /* Size-tiered policy: segments fall in tiers by size (x10 per tier from
     * 1 MiB); when merge_factor neighbouring segments share a tier they are
     * merged into one, which lands in a higher tier.  Each document is thus
     * rewritten O(log n) times and the segment count stays O(factor * tiers).
     * Only neighbours are merged, so document order (and with it the order
     * of equally ranked hits) never depends on how merges happened. */
    while (w->o.auto_merge && w->e.rc == MORGUE_OK) {
        uint32_t f = (uint32_t)w->o.merge_factor, best = UINT32_MAX;
        int best_tier = 1 << 30;
        for (uint32_t i = 0; i + f <= w->man.n; i++) {
            int t = tier_of(w->man.segs[i].size), same = 1;
            for (uint32_t j = i + 1; j < i + f && same; j++) same = tier_of(w->man.segs[j].size) == t;
            if (same && t < best_tier) {
                best_tier = t;
                best = i;
            }
        }
        if (best == UINT32_MAX) break;
        uint32_t *pick = malloc(sizeof *pick * f);
        if (!pick) return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory");
        for (uint32_t j = 0; j < f; j++) pick[j] = best + j;
        morgue_rc rc = merge_and_commit(w, pick, f);
        free(pick);
        if (rc != MORGUE_OK) break;
    }
    return w->e.rc;
}
