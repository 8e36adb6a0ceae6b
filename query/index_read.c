/*
 * Opening an index for reading: the manifest names the segments; each is
 * mapped and verified.  Collection statistics for BM25 (document count,
 * average field lengths) are summed over the segments so that scores do not
 * depend on how the index happens to be split into segments.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <xxhash.h>

#include "engine.h"
#include "manifest.h"

/* What identifies manifest m's state of the index to its names file
 * (ix->manifest_id): XXH3-64 of its generation and each segment's name,
 * documents and size. */
static uint64_t manifest_key(const manifest *m)
{
    buf b = {0};
    buf_put_u64(&b, m->generation);
    for (uint32_t i = 0; i < m->n; i++) {
        buf_put(&b, m->segs[i].name, strlen(m->segs[i].name) + 1);
        buf_put_u32(&b, m->segs[i].n_docs);
        buf_put_u64(&b, m->segs[i].size);
    }
    /* out of memory: a key no names file has (they are computed) */
    uint64_t k = b.oom ? 0 : XXH3_64bits(b.p, b.len);
    buf_free(&b);
    return k;
}

static void close_segments(morgue_index *ix)
{
    for (uint32_t i = 0; i < ix->n_segs; i++) segment_close(ix->segs[i]);
    free(ix->segs);
    ix->segs = NULL;
    ix->n_segs = 0;
    ix->n_docs = 0;
    ix->n_kind[0] = ix->n_kind[1] = 0;
}

static int try_open(morgue_index *ix, merr *e)
{
    manifest m;
    if (manifest_read(ix->dir, &m, e) != MORGUE_OK) return -1;
    ix->segs = calloc(m.n ? m.n : 1, sizeof *ix->segs);
    if (!ix->segs) {
        manifest_free(&m);
        merr_set(e, MORGUE_E_NOMEM, "out of memory");
        return -1;
    }
    uint64_t tot[FIELD_COUNT] = {0};
    ix->manifest_id = manifest_key(&m);
    for (uint32_t i = 0; i < m.n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", ix->dir, m.segs[i].name);
        segment *s = segment_open(path, e);
        if (!s) break;
        ix->segs[ix->n_segs++] = s;
        if (segment_doc_count(s) != m.segs[i].n_docs) {
            merr_set(e, MORGUE_E_CORRUPT, "%s: holds %u articles, the manifest says %u", path,
                     segment_doc_count(s), m.segs[i].n_docs);
            break;
        }
        ix->n_docs += segment_doc_count(s);
        /* articles are documents 0..n_articles-1, quotes the rest */
        ix->n_kind[DOC_ARTICLE] += segment_article_count(s);
        ix->n_kind[DOC_QUOTE] += segment_doc_count(s) - segment_article_count(s);
        for (int f = 0; f < FIELD_COUNT; f++) tot[f] += segment_field_total(s, f);
    }
    manifest_free(&m);
    if (e->rc != MORGUE_OK) {
        close_segments(ix);
        return -1;
    }
    for (int f = 0; f < FIELD_COUNT; f++)
    {
        /* a field's average length is over the documents that have it */
        uint64_t n = ix->n_kind[f == FIELD_QUOTE || f == FIELD_SPEAKER];
        ix->avg_len[f] = n ? (double)tot[f] / (double)n : 0.0;
    }
    return 0;
}

morgue_index *morgue_index_open(const char *path)
{
    morgue_index *ix = calloc(1, sizeof *ix);
    if (!ix) return NULL;
    ix->dir = strdup(path ? path : "");
    if (!ix->dir) {
        free(ix);
        return NULL;
    }
    /* A writer may merge and delete segments between our reading the
     * manifest and opening them: re-read the manifest and try again. */
    for (int attempt = 0; attempt < 5; attempt++) {
        merr e = {0};
        if (try_open(ix, &e) == 0) return ix;
        char p[4096];
        struct stat st;
        int vanished = 0;
        if (e.rc == MORGUE_E_CORRUPT && strstr(e.msg, "No such file")) {
            snprintf(p, sizeof p, "%s/MANIFEST", ix->dir);
            vanished = stat(p, &st) == 0;
        }
        if (!vanished || attempt == 4) {
            merr_copy(&ix->e, &e);
            ix->unusable = 1;
            break;
        }
    }
    return ix;
}

void morgue_index_close(morgue_index *ix)
{
    if (!ix) return;
    close_segments(ix);
    names_file_close(ix->nf);
    arena_free(&ix->name_strings);
    free(ix->names);
    free(ix->group);
    free(ix->canon);
    free(ix->key);
    free(ix->block_items);
    for (int b = 0; b < 256; b++)
        for (int w = 0; w < 3; w++) {
            free(ix->blk[b].by_key[w]);
            free(ix->blk[b].start[w]);
        }
    free(ix->name_table);
    free(ix->name_words);
    free(ix->name_word_start);
    free(ix->id_slots);
    buf_free(&ix->scratch);
    free(ix->dir);
    free(ix);
}

morgue_rc morgue_index_rc(const morgue_index *ix) { return ix ? ix->e.rc : MORGUE_E_NOMEM; }
const char *morgue_index_errmsg(const morgue_index *ix)
{
    return ix ? merr_msg(&ix->e) : morgue_strerror(MORGUE_E_NOMEM);
}
int morgue_index_errcol(const morgue_index *ix) { return ix ? ix->e.col : 0; }
uint64_t morgue_index_doc_count(const morgue_index *ix) { return ix ? ix->n_kind[0] : 0; }
uint64_t morgue_index_quote_count(const morgue_index *ix) { return ix ? ix->n_kind[1] : 0; }
unsigned morgue_index_segment_count(const morgue_index *ix) { return ix ? ix->n_segs : 0; }

void morgue_index_get_sizes(const morgue_index *ix, morgue_index_sizes *out)
{
    memset(out, 0, sizeof *out);
    for (uint32_t i = 0; ix && i < ix->n_segs; i++) {
        segment_sizes s;
        segment_get_sizes(ix->segs[i], &s);
        out->postings += s.postings;
        out->positions += s.positions;
        out->dictionary += s.dictionary;
        out->stored += s.stored;
        out->other += s.other;
    }
}

int morgue_index_field_sizes(morgue_index *ix, morgue_field_size out[MORGUE_SIZE_ROWS])
{
    if (!ix) return -1;
    memset(out, 0, sizeof *out * MORGUE_SIZE_ROWS);
    for (int r = 0; r < MORGUE_SIZE_ROWS; r++) {
        out[r].field = field_name[r % FIELD_COUNT];
        out[r].names = r >= FIELD_COUNT;
    }
    for (uint32_t i = 0; i < ix->n_segs; i++) {
        segment_sizes z[FIELD_COUNT][2];
        uint64_t n[FIELD_COUNT][2];
        if (segment_field_sizes(ix->segs[i], z, n))
            return merr_set(&ix->e, MORGUE_E_CORRUPT, "%s: damaged dictionary", segment_path(ix->segs[i])), -1;
        for (int r = 0; r < MORGUE_SIZE_ROWS; r++) {
            const segment_sizes *x = &z[r % FIELD_COUNT][r >= FIELD_COUNT];
            out[r].terms += n[r % FIELD_COUNT][r >= FIELD_COUNT];
            out[r].postings += x->postings;
            out[r].positions += x->positions;
            out[r].dictionary += x->dictionary;
        }
    }
    return 0;
}

/* The id of article d of segment s: 0, or -1 on a damaged row (error on
 * ix). */
static int article_id(morgue_index *ix, uint32_t s, uint32_t d, uint64_t *id)
{
    docmeta m;
    if (segment_docmeta(ix->segs[s], d, &m)) {
        merr_set(&ix->e, MORGUE_E_CORRUPT, "%s: damaged document metadata", segment_path(ix->segs[s]));
        return -1;
    }
    *id = m.id;
    return 0;
}

static uint32_t id_slot(const morgue_index *ix, uint64_t id)
{
    return (uint32_t)((id * 0x9E3779B97F4A7C15ull) >> 32) & ix->id_mask;
}

/* Builds ix->id_slots (4 bytes a slot, two slots an article).  0, or -1
 * (error on ix). */
static int build_id_table(morgue_index *ix)
{
    uint64_t n = ix->n_kind[0];
    if (n >= UINT32_MAX / 2) return merr_set(&ix->e, MORGUE_E_LIMIT, "too many articles to look up by id"), -1;
    uint32_t mask = 15;
    while (mask < 2 * n) mask = mask * 2 + 1;
    ix->id_slots = calloc((size_t)mask + 1, sizeof *ix->id_slots);
    if (!ix->id_slots) return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    ix->id_mask = mask;
    uint32_t rank = 0;
    for (uint32_t s = 0; s < ix->n_segs; s++)
        for (uint32_t d = 0; d < segment_article_count(ix->segs[s]); d++, rank++) {
            uint64_t id;
            if (article_id(ix, s, d, &id)) {
                free(ix->id_slots);
                ix->id_slots = NULL;
                return -1;
            }
            uint32_t h = id_slot(ix, id);
            while (ix->id_slots[h]) h = (h + 1) & mask;
            ix->id_slots[h] = rank + 1;
        }
    return 0;
}

/* Where the article with id `want` is: 0 with *seg and *doc, 1 when no
 * article has it, -1 on failure (error on ix).  The first look-up reads
 * the metadata rows in order (a one-off from the shell pays no more than
 * that); from the second on, a table of the ids answers (a search service
 * fetching its hits' articles). */
static int find_article(morgue_index *ix, uint64_t want, uint32_t *seg, uint32_t *doc)
{
    if (!ix->id_slots && ++ix->id_lookups >= 2 && build_id_table(ix)) return -1;
    if (ix->id_slots) {
        for (uint32_t h = id_slot(ix, want); ix->id_slots[h]; h = (h + 1) & ix->id_mask) {
            uint32_t r = ix->id_slots[h] - 1, s = 0;
            while (s < ix->n_segs && r >= segment_article_count(ix->segs[s])) r -= segment_article_count(ix->segs[s++]);
            uint64_t id;
            if (s == ix->n_segs || article_id(ix, s, r, &id)) return s == ix->n_segs ? 1 : -1;
            if (id == want) {
                *seg = s;
                *doc = r;
                return 0;
            }
        }
        return 1;
    }
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        for (uint32_t d = 0; d < segment_article_count(ix->segs[s]); d++) {
            uint64_t id;
            if (article_id(ix, s, d, &id)) return -1;
            if (id == want) {
                *seg = s;
                *doc = d;
                return 0;
            }
        }
    }
    return 1;
}

morgue_article *morgue_article_get(morgue_index *ix, const char *id)
{
    if (!ix || ix->unusable || !id) return NULL;
    merr_clear(&ix->e);
    char *end;
    errno = 0;
    unsigned long long want = strtoull(id, &end, 16);
    if (errno || *end || end == id || strlen(id) > 16) {
        merr_set(&ix->e, MORGUE_E_ARG, "'%s' is not an article id (16 hex digits)", id);
        return NULL;
    }
    uint32_t s, d;
    stored_doc sd;
    if (find_article(ix, (uint64_t)want, &s, &d) ||
        segment_stored(ix->segs[s], d, &ix->scratch, &sd, &ix->e))
        return NULL;
    /* one block: the struct, then its strings (the url falls back on the
     * source, as a hit's does) */
    static const int fields[] = {SF_TITLE, SF_DATE, SF_URL, SF_SOURCE, SF_AUTHOR, SF_BODY};
    size_t n = sizeof(morgue_article);
    for (int k = 0; k < 6; k++) n += sd.len[fields[k]] + 1;
    n += sd.len[SF_SOURCE] + 1;
    morgue_article *a = malloc(n);
    if (!a) {
        merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
        return NULL;
    }
    snprintf(a->id, sizeof a->id, "%016llx", want);
    char *p = (char *)(a + 1);
    const char **dst[] = {&a->title, &a->date, &a->url, &a->source, &a->author, &a->body};
    for (int k = 0; k < 6; k++) {
        int f = fields[k] == SF_URL && !sd.len[SF_URL] ? SF_SOURCE : fields[k];
        memcpy(p, sd.f[f], sd.len[f]);
        p[sd.len[f]] = 0;
        *dst[k] = p;
        p += sd.len[f] + 1;
    }
    return a;
}

void morgue_article_free(morgue_article *a) { free(a); }

char *morgue_article_body(morgue_index *ix, const char *id)
{
    morgue_article *a = morgue_article_get(ix, id);
    char *body = a ? strdup(a->body) : NULL;
    if (a && !body) merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
    morgue_article_free(a);
    return body;
}
