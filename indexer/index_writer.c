#include "index_writer.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "date.h"
#include "dedup.h"
#include "extract.h"
#include "invert.h"
#include "manifest.h"
#include "segment.h"

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
    arena xa;              /* extraction of the current article */
    dedup *dd;             /* fingerprints of every article in the index */
    buf extra, qtext, names[4];
};

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
        int is_tmp = !strcmp(n, MANIFEST_NAME ".tmp");
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
        for (uint32_t d = 0; d < segment_doc_count(s); d++) {
            docmeta m;
            if (segment_docmeta(s, d, &m) || m.kind != DOC_ARTICLE) continue;
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
    if (!w->inv || !w->dd) goto oom;
    if (w->o.dedup && load_fingerprints(w, e)) goto fail;
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
    arena_free(&w->xa);
    dedup_free(w->dd);
    buf_free(&w->extra);
    buf_free(&w->qtext);
    for (int k = 0; k < 4; k++) buf_free(&w->names[k]);
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

static const char *const kind_key[] = {"person", "org", "place", "other"};

/* Appends "start-end" (decimal) without printf: this runs for every quote. */
static void put_span(buf *b, uint32_t start, uint32_t end)
{
    char t[24];
    int n = 0;
    uint32_t v[2] = {start, end};
    for (int i = 0; i < 2; i++) {
        char d[10];
        int k = 0;
        do d[k++] = (char)('0' + v[i] % 10); while (v[i] /= 10);
        while (k) t[n++] = d[--k];
        if (i == 0) t[n++] = '-';
    }
    buf_put(b, t, (size_t)n);
}

/* The quoted words of q: its segments joined by " … " (or its whole span). */
static void quote_text(const char *body, const quote *q, buf *out)
{
    buf_clear(out);
    if (q->n_segments == 0) {
        buf_put(out, body + q->start, q->end - q->start);
        return;
    }
    for (uint32_t k = 0; k < q->n_segments; k++) {
        if (k) buf_puts(out, " … ");
        buf_put(out, body + q->segments[k][0], q->segments[k][1] - q->segments[k][0]);
    }
}

morgue_rc index_writer_add(index_writer *w, const article *a)
{
    RETURN_IF_ERR(&w->e);
    int64_t date = a->date ? date_parse(a->date, strlen(a->date)) : DATE_NONE;
    char day[11];
    date_format_day(date, day);
    const char *title = a->title ? a->title : "", *body = a->body ? a->body : "";
    size_t body_len = strlen(body);

    /* An exact copy of an article already indexed is counted, not indexed
     * again; a near copy joins the cluster of the first one. */
    uint64_t exact = 0, sim = 0, cluster = a->id;
    /* the body is tokenized once, for the fingerprints and the inverter */
    arena_reset(&w->xa);
    field_tokens bt;
    if (inverter_tokenize(FIELD_BODY, body, body_len, &w->xa, &bt))
        return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", a->source);
    if (w->o.dedup) {
        uint32_t ntok = bt.n;
        dedup_fingerprint_hashes(bt.hash, bt.n, &exact, &sim);
        if (body_len && dedup_has_exact(w->dd, exact)) {
            w->st.duplicates++;
            return MORGUE_OK;
        }
        int near = ntok >= DEDUP_MIN_TOKENS;
        uint64_t c = near ? dedup_find_near(w->dd, sim) : 0;
        if (c) {
            cluster = c;
            w->st.near_duplicates++;
        }
        if (!near) sim = 0;
        if (dedup_add(w->dd, exact, sim, near, cluster))
            return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", a->source);
    }

    if (!w->cur) {
        seg_name(w, w->cur_name);
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", w->dir, w->cur_name);
        w->cur = segw_open(path, &w->e);
        if (!w->cur) return w->e.rc;
    }

    /* Quotes and entities of the article (indexer/extract.h). */
    extraction x;
    if (extract_article(body, body_len, &w->xa, &x))
        return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", a->source);

    /* The article: title, body, and its entities by kind. */
    buf_clear(&w->extra);
    for (int k = 0; k < 4; k++) buf_clear(&w->names[k]);
    for (uint32_t i = 0; i < x.n_entities; i++) {
        const ent_entity *en = &x.entities[i];
        int k = (int)en->kind < 4 ? (int)en->kind : ENT_OTHER;
        if (!en->name || !en->name[0]) continue;
        if (w->extra.len) buf_putc(&w->extra, '\n');
        buf_puts(&w->extra, kind_key[k]);
        buf_putc(&w->extra, '\t');
        buf_puts(&w->extra, en->name);
        /* a line break between names keeps a phrase from spanning two */
        if (w->names[k].len) buf_putc(&w->names[k], '\n');
        buf_puts(&w->names[k], en->name);
        segw_add_name(w->cur, en->name, strlen(en->name), k, 1, 0);
    }
    buf all = {0};
    for (int k = 0; k < 4; k++)
        if (w->names[k].len) {
            if (all.len) buf_putc(&all, '\n');
            buf_put(&all, w->names[k].p, w->names[k].len);
        }
    const char *text[FIELD_COUNT] = {title, body, NULL, NULL, buf_cstr(&w->names[0]),
                                     buf_cstr(&w->names[1]), buf_cstr(&w->names[2]), buf_cstr(&all)};
    size_t len[FIELD_COUNT];
    for (int f = 0; f < FIELD_COUNT; f++) len[f] = text[f] ? strlen(text[f]) : 0;
    uint32_t local = inverter_doc_count(w->inv);
    docmeta m = {.id = a->id, .date = date, .parent = local, .kind = DOC_ARTICLE,
                 .simhash = sim, .body_hash = exact, .cluster = cluster};
    int oom = inverter_add_doc(w->inv, text, len, m.len, &bt) || w->extra.oom || all.oom;
    buf_free(&all);
    if (oom) return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", a->source);
    stored_doc sd;
    const char *sf[STORED_FIELDS] = {a->source ? a->source : "", a->url ? a->url : "", title,
                                     a->author ? a->author : "", day, body, buf_cstr(&w->extra)};
    set_stored(&sd, sf);
    FORWARD_IF_RC(segw_add_doc(w->cur, &m, &sd));

    /* Each quote: a document of its own right after its article. */
    for (uint32_t i = 0; i < x.n_quotes; i++) {
        const quote *q = &x.quotes[i];
        if (q->end <= q->start || q->end > body_len) continue;
        quote_text(body, q, &w->qtext);
        const char *speaker = "";
        int skind = ENT_PERSON;
        char said[256] = "", cue[64] = "";
        if (q->speaker_entity >= 0 && (uint32_t)q->speaker_entity < x.n_entities) {
            speaker = x.entities[q->speaker_entity].name ? x.entities[q->speaker_entity].name : "";
            skind = (int)x.entities[q->speaker_entity].kind < 4 ? (int)x.entities[q->speaker_entity].kind : 3;
        }
        if (q->speaker_start >= 0 && q->speaker_end > q->speaker_start && (size_t)q->speaker_end <= body_len)
            snprintf(said, sizeof said, "%.*s", q->speaker_end - q->speaker_start, body + q->speaker_start);
        if (q->cue_start >= 0 && q->cue_end > q->cue_start && (size_t)q->cue_end <= body_len)
            snprintf(cue, sizeof cue, "%.*s", q->cue_end - q->cue_start, body + q->cue_start);
        for (char *c = said; *c; c++) if (*c == '\n' || *c == '\t') *c = ' ';
        /* The quote's words are not stored again: its record keeps the
         * byte spans of its segments in the article body, which the reader
         * slices from the article's own record. */
        buf_clear(&w->extra);
        buf_puts(&w->extra, "speaker\t");
        buf_puts(&w->extra, speaker);
        buf_puts(&w->extra, "\nsaid\t");
        buf_puts(&w->extra, said);
        buf_puts(&w->extra, "\ncue\t");
        buf_puts(&w->extra, cue);
        buf_puts(&w->extra, "\nspans\t");
        if (q->n_segments == 0) put_span(&w->extra, q->start, q->end);
        for (uint32_t k = 0; k < q->n_segments; k++) {
            if (k) buf_putc(&w->extra, ',');
            put_span(&w->extra, q->segments[k][0], q->segments[k][1]);
        }
        const char *qt = buf_cstr(&w->qtext);
        /* the speaker field: the canonical name, else a name as written */
        const char *sfield = speaker[0] ? speaker : said;
        const char *qtext[FIELD_COUNT] = {NULL, NULL, qt, sfield, NULL, NULL, NULL, NULL};
        size_t qlen[FIELD_COUNT] = {0, 0, strlen(qt), strlen(sfield), 0, 0, 0, 0};
        docmeta qm = {.id = a->id, .date = date, .parent = local, .kind = DOC_QUOTE,
                      .qtype = (uint8_t)q->type, .qstart = q->start, .qend = q->end};
        if (inverter_add_doc(w->inv, qtext, qlen, qm.len, NULL) || w->extra.oom || w->qtext.oom)
            return merr_set(&w->e, MORGUE_E_NOMEM, "out of memory while indexing %s", a->source);
        const char *qf[STORED_FIELDS] = {"", "", "", speaker, "", "", buf_cstr(&w->extra)};
        set_stored(&sd, qf);
        FORWARD_IF_RC(segw_add_doc(w->cur, &qm, &sd));
        if (speaker[0]) segw_add_name(w->cur, speaker, strlen(speaker), skind, 0, 1);
        w->st.quotes_added++;
    }
    w->st.docs_added++;
    /* The budget covers the postings buffer plus per-document metadata kept
     * until the flush; leave a fifth for the flush itself. */
    size_t used = inverter_memory(w->inv) + (size_t)inverter_doc_count(w->inv) * (DOCMETA_SIZE + 24);
    if (used >= w->o.memory / 5 * 4) return flush_segment(w);
    return MORGUE_OK;
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
    if (merge_segments(w->dir, names, k, out, &docs, &size, &w->e) != MORGUE_OK) {
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

morgue_rc index_writer_commit(index_writer *w, int merge_all)
{
    RETURN_IF_ERR(&w->e);
    FORWARD_IF_RC(flush_segment(w));
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
