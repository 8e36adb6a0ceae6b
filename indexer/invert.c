#include "invert.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "arena.h"
#include "buf.h"
#include "postings.h"
#include "tokenize.h"

typedef struct {
    const char *term;     /* arena-owned, field byte first */
    uint32_t len;
    uint32_t last_doc;    /* doc whose (gap, freq) is still pending */
    uint32_t freq;        /* occurrences in last_doc so far */
    uint32_t last_pos;
    uint32_t df;
    uint32_t prev_doc;    /* last doc already written to docs (for gaps) */
    uint64_t cf;
    uint64_t hash;
    buf docs;             /* varint(doc gap) varint(freq) per finished doc */
    buf pos;              /* positions stream in the on-disk format */
} term_ent;

struct inverter {
    arena strings;
    term_ent *ents;
    uint32_t n_ents, cap_ents;
    uint32_t *table;      /* ent index + 1, 0 = empty; power-of-two size */
    uint32_t table_mask;
    uint32_t n_docs;
    size_t stream_bytes;  /* capacity of all docs/pos buffers */
    int oom;
};

inverter *inverter_new(void)
{
    inverter *inv = calloc(1, sizeof *inv);
    if (!inv) return NULL;
    arena_init(&inv->strings);
    inv->table_mask = (1u << 14) - 1; /* grows: small budgets stay small */
    inv->table = calloc(inv->table_mask + 1, sizeof *inv->table);
    if (!inv->table) {
        free(inv);
        return NULL;
    }
    return inv;
}

static void reset(inverter *inv)
{
    for (uint32_t i = 0; i < inv->n_ents; i++) {
        buf_free(&inv->ents[i].docs);
        buf_free(&inv->ents[i].pos);
    }
    inv->n_ents = 0;
    memset(inv->table, 0, sizeof *inv->table * ((size_t)inv->table_mask + 1));
    arena_reset(&inv->strings);
    inv->n_docs = 0;
    inv->stream_bytes = 0;
}

void inverter_trim(inverter *inv)
{
    reset(inv);
    free(inv->ents);
    inv->ents = NULL;
    inv->cap_ents = 0;
    arena_free(&inv->strings);
    uint32_t small = (1u << 14) - 1;
    if (inv->table_mask > small) {
        uint32_t *t = calloc((size_t)small + 1, sizeof *t);
        if (t) {
            free(inv->table);
            inv->table = t;
            inv->table_mask = small;
        }
    }
}

void inverter_free(inverter *inv)
{
    if (!inv) return;
    reset(inv);
    free(inv->ents);
    free(inv->table);
    arena_free(&inv->strings);
    free(inv);
}

size_t inverter_memory(const inverter *inv)
{
    return inv->strings.total + (size_t)inv->cap_ents * sizeof(term_ent) +
           ((size_t)inv->table_mask + 1) * sizeof(uint32_t) + inv->stream_bytes;
}

uint32_t inverter_doc_count(const inverter *inv) { return inv->n_docs; }

static int grow_table(inverter *inv)
{
    uint32_t nmask = inv->table_mask * 2 + 1;
    uint32_t *t = calloc((size_t)nmask + 1, sizeof *t);
    if (!t) return -1;
    for (uint32_t i = 0; i < inv->n_ents; i++) {
        uint32_t h = (uint32_t)inv->ents[i].hash & nmask;
        while (t[h]) h = (h + 1) & nmask;
        t[h] = i + 1;
    }
    free(inv->table);
    inv->table = t;
    inv->table_mask = nmask;
    return 0;
}

static term_ent *lookup(inverter *inv, const char *key, uint32_t len, uint64_t hash)
{
    uint32_t h = (uint32_t)hash & inv->table_mask;
    for (;;) {
        uint32_t k = inv->table[h];
        if (!k) break;
        term_ent *t = &inv->ents[k - 1];
        if (t->hash == hash && t->len == len && memcmp(t->term, key, len) == 0) return t;
        h = (h + 1) & inv->table_mask;
    }
    if (inv->n_ents == inv->cap_ents) {
        uint32_t ncap = inv->cap_ents ? inv->cap_ents * 2 : 1024;
        term_ent *e = realloc(inv->ents, sizeof *e * ncap);
        if (!e) return NULL;
        inv->ents = e;
        inv->cap_ents = ncap;
    }
    char *s = arena_strndup(&inv->strings, key, len);
    if (!s) return NULL;
    term_ent *t = &inv->ents[inv->n_ents];
    memset(t, 0, sizeof *t);
    t->term = s;
    t->len = len;
    t->hash = hash;
    t->last_doc = UINT32_MAX;
    t->prev_doc = UINT32_MAX;
    inv->table[h] = ++inv->n_ents;
    if ((uint64_t)inv->n_ents * 2 > inv->table_mask && grow_table(inv)) return NULL;
    return &inv->ents[inv->n_ents - 1];
}

/* Writes the pending (gap, freq) of t's last document. */
static void finish_doc(inverter *inv, term_ent *t)
{
    size_t before = t->docs.cap;
    uint32_t gap = t->prev_doc == UINT32_MAX ? t->last_doc : t->last_doc - t->prev_doc;
    buf_put_varint(&t->docs, gap);
    buf_put_varint(&t->docs, t->freq);
    inv->stream_bytes += t->docs.cap - before;
    t->prev_doc = t->last_doc;
    t->df++;
    t->freq = 0;
}

int inverter_tokenize(int field, const char *text, size_t len, arena *a, field_tokens *out)
{
    /* at most one token per two bytes (a letter and a separator), plus one */
    size_t cap = len / 2 + 2;
    out->field = field;
    out->n = out->end_pos = 0;
    out->key = NULL;
    out->key_len = NULL;
    out->pos = NULL;
    out->hash = NULL;
    if (!text || !len) return 0;
    out->key = arena_alloc(a, sizeof *out->key * cap);
    out->key_len = arena_alloc(a, cap);
    out->pos = arena_alloc(a, sizeof *out->pos * cap);
    out->hash = arena_alloc(a, sizeof *out->hash * cap);
    if (!out->key || !out->key_len || !out->pos || !out->hash) return -1;
    /* Keys are packed back to back in blocks (one arena allocation each
     * costs 16-byte alignment and a call): folded text is rarely longer
     * than the original, plus a field byte per token. */
    size_t kcap = len + cap, kused = 0;
    char *kb = arena_alloc(a, kcap);
    if (!kb) return -1;
    tokenizer tz;
    token tk;
    tokenizer_init(&tz, text, len);
    while (tokenizer_next(&tz, &tk) && out->n < cap) {
        if (kcap - kused < tk.len + 1) {
            kcap = 4096;
            kused = 0;
            if (!(kb = arena_alloc(a, kcap))) return -1;
        }
        char *k = kb + kused;
        kused += tk.len + 1;
        k[0] = FIELD_TERM_PREFIX(field);
        memcpy(k + 1, tk.text, tk.len);
        out->key[out->n] = k;
        out->key_len[out->n] = (uint8_t)(tk.len + 1);
        out->pos[out->n] = tk.pos;
        out->hash[out->n] = XXH3_64bits(k, tk.len + 1);
        out->n++;
    }
    out->end_pos = tz.pos;
    return 0;
}

/* Records one occurrence of a term at position pos of doc. */
static int add_token(inverter *inv, uint32_t doc, const char *key, uint32_t klen, uint64_t hash,
                     uint32_t pos)
{
    term_ent *t = lookup(inv, key, klen, hash);
    if (!t) return inv->oom = 1, -1;
    if (t->last_doc != doc) {
        if (t->freq) finish_doc(inv, t);
        t->last_doc = doc;
    }
    /* positions stream: first position of a doc absolute, then the gap
     * minus one (positions of one term strictly increase). */
    size_t before = t->pos.cap;
    buf_put_varint(&t->pos, t->freq ? pos - t->last_pos - 1 : pos);
    inv->stream_bytes += t->pos.cap - before;
    t->last_pos = pos;
    t->freq++;
    t->cf++;
    return 0;
}

int inverter_add_tokens(inverter *inv, const field_tokens tok[FIELD_COUNT], uint32_t lens[FIELD_COUNT])
{
    uint32_t doc = inv->n_docs;
    for (int f = 0; f < FIELD_COUNT; f++) {
        const field_tokens *t = &tok[f];
        for (uint32_t i = 0; i < t->n; i++)
            if (add_token(inv, doc, t->key[i], t->key_len[i], t->hash[i], t->pos[i])) return -1;
        /* the tokenizer counts positions of skipped long tokens too */
        lens[f] = t->end_pos;
    }
    inv->n_docs++;
    return inv->oom ? -1 : 0;
}

static int cmp_ent(const void *a, const void *b, void *ctx)
{
    const term_ent *ents = ctx;
    const term_ent *x = &ents[*(const uint32_t *)a], *y = &ents[*(const uint32_t *)b];
    uint32_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->term, y->term, m);
    if (c) return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

morgue_rc inverter_flush(inverter *inv, segw *w, merr *e)
{
    if (inv->oom) return merr_set(e, MORGUE_E_NOMEM, "indexer: out of memory");
    uint32_t *order = malloc(sizeof *order * (inv->n_ents ? inv->n_ents : 1));
    if (!order) return merr_set(e, MORGUE_E_NOMEM, "indexer: out of memory");
    for (uint32_t i = 0; i < inv->n_ents; i++) {
        order[i] = i;
        if (inv->ents[i].freq) finish_doc(inv, &inv->ents[i]);
    }
    qsort_r(order, inv->n_ents, sizeof *order, cmp_ent, inv->ents);
    uint32_t *docs = NULL, *freqs = NULL;
    size_t cap = 0;
    buf post = {0};
    for (uint32_t i = 0; i < inv->n_ents && e->rc == MORGUE_OK; i++) {
        term_ent *t = &inv->ents[order[i]];
        if (t->df > cap) {
            size_t ncap = t->df < 1024 ? 1024 : t->df;
            uint32_t *d = realloc(docs, sizeof *d * ncap), *f = d ? realloc(freqs, sizeof *f * ncap) : NULL;
            if (d) docs = d;
            if (f) freqs = f;
            if (!d || !f) {
                merr_set(e, MORGUE_E_NOMEM, "indexer: out of memory");
                break;
            }
            cap = ncap;
        }
        rd r = rd_make(t->docs.p, t->docs.len);
        uint32_t doc = 0;
        for (uint32_t k = 0; k < t->df; k++) {
            uint32_t gap = (uint32_t)rd_varint(&r);
            doc = k == 0 ? gap : doc + gap;
            docs[k] = doc;
            freqs[k] = (uint32_t)rd_varint(&r);
        }
        buf_clear(&post);
        if (r.bad || postings_encode(docs, freqs, t->df, t->pos.p, t->pos.len, &post)) {
            merr_set(e, MORGUE_E_NOMEM, "indexer: cannot encode postings");
            break;
        }
        segw_add_term(w, t->term, t->len, t->df, t->cf, post.p, post.len, t->pos.p, t->pos.len);
    }
    buf_free(&post);
    free(docs);
    free(freqs);
    free(order);
    reset(inv);
    return e->rc;
}
