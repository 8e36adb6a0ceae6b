#include "invert.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
/* Inlined: a hash per token, most keys under 16 bytes, where the library
 * call and its length dispatch cost as much as the hashing (same values). */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "arena.h"
#include "buf.h"
#include "postings.h"
#include "strsort.h"
#include "tokenize.h"

/* A term's varint stream.  Most terms of a segment occur in one or two
 * documents: their few bytes stay inline, and only a longer stream gets a
 * heap block (a buf each cost two 64-byte mallocs per term, more than the
 * rest of the term: segments held half the terms for their budget). */
enum { SBUF_INLINE = 8, SBUF_MALLOC_OVERHEAD = 16 };
typedef struct {
    uint32_t len, cap;    /* cap 0: the bytes are in `in` */
    union {
        unsigned char in[SBUF_INLINE];
        unsigned char *p;
    } u;
} sbuf;

static inline const unsigned char *sbuf_data(const sbuf *b) { return b->cap ? b->u.p : b->u.in; }

static inline void sbuf_free(sbuf *b)
{
    if (b->cap) free(b->u.p);
    b->len = b->cap = 0;
}

/* What a lookup and a new occurrence touch comes first, with the term
 * itself inline when short (most are): comparing a term kept in the arena
 * was a cache miss of its own on every token (perf: memcmp 11% of
 * indexing real.jsonl).  96 bytes in 64-byte aligned pages, so that an
 * entry is two cache lines, never three (112 bytes were three for half of
 * them); the table slot holds the other half of the hash. */
enum { KEY_INLINE = 23 };
typedef struct {
    const char *term;     /* key_in, or arena-owned when longer; field byte first */
    uint32_t hash_lo;     /* the low half of the term's hash */
    uint32_t last_doc;    /* doc whose (gap, freq) is still pending */
    uint32_t freq;        /* occurrences in last_doc so far */
    uint32_t last_pos;
    char key_in[KEY_INLINE];
    uint8_t len;          /* at most TOKEN_MAX + 1 */
    sbuf pos;             /* positions stream in the on-disk format */
    sbuf docs;            /* varint(doc gap) varint(freq) per finished doc */
    uint32_t df;
    uint32_t prev_doc;    /* last doc already written to docs (for gaps) */
    uint64_t cf;
} term_ent;
_Static_assert(sizeof(term_ent) == 96, "term_ent: two cache lines");
_Static_assert(TOKEN_MAX + 1 <= UINT8_MAX, "term_ent.len");

/* Entries live in fixed pages, not one array: doubling an array by realloc
 * held old and new copies at once (at 32M the entry array is most of the
 * budget) and overshot the budget by up to half of it. */
enum { ENT_PAGE_BITS = 10, ENT_PAGE = 1u << ENT_PAGE_BITS, TABLE_SMALL = 1u << 14 };

/* The grown hash table and the entry pages past the first PAGES_SMALL sit
 * in 2 MiB-aligned blocks marked for transparent huge pages: a token's add
 * touches a random slot and entry among tens of megabytes, and with 4 KiB
 * pages nearly each was a TLB miss as well as a cache miss.  The first
 * pages are allocated one by one, so that small budgets stay small. */
enum { HUGE_BYTES = 2u << 20, PAGE_BYTES = sizeof(term_ent) * ENT_PAGE,
       SLAB_PAGES = HUGE_BYTES / PAGE_BYTES, PAGES_SMALL = 32 };

/* n bytes (a multiple of HUGE_BYTES), 2 MiB-aligned, or NULL; mapped
 * directly, so that freeing gives them back at once (from malloc, freed
 * blocks stayed in the heap: peak RSS at -m 32M rose by a quarter). */
static void *huge_alloc(size_t n)
{
    size_t len = n + HUGE_BYTES;
    unsigned char *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return NULL;
    size_t head = (HUGE_BYTES - (uintptr_t)m % HUGE_BYTES) % HUGE_BYTES;
    if (head) munmap(m, head);
    if (HUGE_BYTES - head) munmap(m + head + n, HUGE_BYTES - head);
    (void)madvise(m + head, n, MADV_HUGEPAGE); /* a hint: where refused, small pages */
    return m + head;
}

static void huge_free(void *p, size_t n)
{
    if (p) munmap(p, n);
}

static size_t table_bytes(uint32_t mask) { return ((size_t)mask + 1) * sizeof(uint64_t); }

/* The table's memory goes the way it came. */
static void table_free(uint64_t *t, uint32_t mask)
{
    if (table_bytes(mask) >= HUGE_BYTES) huge_free(t, table_bytes(mask));
    else free(t);
}

struct inverter {
    arena strings;
    term_ent **pages;     /* the first PAGES_SMALL malloc'd, the rest in slabs */
    uint32_t n_ents, n_pages, cap_pages;
    unsigned char **slabs; /* HUGE_BYTES each, SLAB_PAGES pages */
    uint32_t n_slabs, cap_slabs;
    uint64_t *table;      /* power-of-two size; see slot_make */
    uint32_t table_mask;
    uint32_t n_docs;
    uint32_t n_kind[2];   /* articles and quotes so far: the next ids */
    size_t stream_bytes;  /* capacity of all docs/pos buffers */
    int oom;
};

inverter *inverter_new(void)
{
    inverter *inv = calloc(1, sizeof *inv);
    if (!inv) return NULL;
    arena_init(&inv->strings);
    inv->table_mask = TABLE_SMALL - 1; /* grows: small budgets stay small */
    inv->table = calloc(inv->table_mask + 1, sizeof *inv->table);
    if (!inv->table) {
        free(inv);
        return NULL;
    }
    return inv;
}

static inline term_ent *ent_at(const inverter *inv, uint32_t i)
{
    return &inv->pages[i >> ENT_PAGE_BITS][i & (ENT_PAGE - 1)];
}

static void reset(inverter *inv)
{
    for (uint32_t i = 0; i < inv->n_ents; i++) {
        sbuf_free(&ent_at(inv, i)->docs);
        sbuf_free(&ent_at(inv, i)->pos);
    }
    inv->n_ents = 0;
    /* the first page stays for the next segment, the rest goes: memory
     * kept across a flush would count against the next segment's budget */
    for (uint32_t i = 1; i < inv->n_pages && i < PAGES_SMALL; i++) free(inv->pages[i]);
    for (uint32_t i = 0; i < inv->n_slabs; i++) huge_free(inv->slabs[i], HUGE_BYTES);
    inv->n_slabs = 0;
    if (inv->n_pages > 1) inv->n_pages = 1;
    memset(inv->table, 0, sizeof *inv->table * ((size_t)inv->table_mask + 1));
    arena_reset(&inv->strings);
    inv->n_docs = 0;
    inv->n_kind[0] = inv->n_kind[1] = 0;
    inv->stream_bytes = 0;
}

static void free_pages(inverter *inv)
{
    for (uint32_t i = 0; i < inv->n_pages && i < PAGES_SMALL; i++) free(inv->pages[i]);
    for (uint32_t i = 0; i < inv->n_slabs; i++) huge_free(inv->slabs[i], HUGE_BYTES);
    free(inv->pages);
    free(inv->slabs);
    inv->pages = NULL;
    inv->slabs = NULL;
    inv->n_pages = inv->cap_pages = 0;
    inv->n_slabs = inv->cap_slabs = 0;
}

/* Replaces a grown hash table by a small empty one (the caller resets or
 * has no entries to rehash).  -1 when memory runs out. */
static int shrink_table(inverter *inv)
{
    if (inv->table_mask == TABLE_SMALL - 1) return 0;
    table_free(inv->table, inv->table_mask);
    inv->table_mask = TABLE_SMALL - 1;
    inv->table = calloc(TABLE_SMALL, sizeof *inv->table);
    return inv->table ? 0 : -1;
}

void inverter_trim(inverter *inv)
{
    reset(inv);
    free_pages(inv);
    arena_free(&inv->strings);
    if (shrink_table(inv)) inv->oom = 1;
}

void inverter_free(inverter *inv)
{
    if (!inv) return;
    if (inv->table) reset(inv);
    free_pages(inv);
    if (inv->table) table_free(inv->table, inv->table_mask);
    arena_free(&inv->strings);
    free(inv);
}

size_t inverter_memory(const inverter *inv)
{
    size_t small = inv->n_pages < PAGES_SMALL ? inv->n_pages : PAGES_SMALL;
    return inv->strings.total + small * PAGE_BYTES + (size_t)inv->n_slabs * HUGE_BYTES +
           (size_t)inv->cap_pages * sizeof(term_ent *) + (size_t)inv->cap_slabs * sizeof(unsigned char *) +
           ((size_t)inv->table_mask + 1) * sizeof *inv->table + inv->stream_bytes;
}

uint32_t inverter_doc_count(const inverter *inv) { return inv->n_docs; }
uint32_t inverter_article_count(const inverter *inv) { return inv->n_kind[DOC_ARTICLE]; }

/* A table slot: entry index + 1 (0 = empty) in the low half, the high half
 * of the term's hash in the other, so that a probe passes over other terms
 * without fetching their entries (a cache miss each: at load 1/4 to 1/2 a
 * third of the lookups met another term first). */
static inline uint64_t slot_make(uint64_t hash, uint32_t idx1)
{
    return (hash & 0xFFFFFFFF00000000ull) | idx1;
}

/* The entry index + 1 of the first slot from hash's home with its tag, or
 * 0: a guess for prefetching only (the tag may belong to another term). */
static inline uint32_t slot_guess(const inverter *inv, uint64_t hash)
{
    uint32_t h = (uint32_t)hash & inv->table_mask;
    for (;;) {
        uint64_t s = inv->table[h];
        if (!(uint32_t)s || (s ^ hash) >> 32 == 0) return (uint32_t)s;
        h = (h + 1) & inv->table_mask;
    }
}

static int grow_table(inverter *inv)
{
    uint32_t nmask = inv->table_mask * 2 + 1;
    size_t bytes = ((size_t)nmask + 1) * sizeof(uint64_t);
    uint64_t *t = bytes >= HUGE_BYTES ? huge_alloc(bytes) : malloc(bytes);
    if (!t) return -1;
    memset(t, 0, bytes);
    for (uint32_t i = 0; i <= inv->table_mask; i++) {
        uint64_t s = inv->table[i];
        if (!(uint32_t)s) continue;
        uint32_t h = ent_at(inv, (uint32_t)s - 1)->hash_lo & nmask;
        while (t[h]) h = (h + 1) & nmask;
        t[h] = s;
    }
    table_free(inv->table, inv->table_mask);
    inv->table = t;
    inv->table_mask = nmask;
    return 0;
}

/* a[0..len) == b[0..len), len >= 1, in a few loads (terms are short: the
 * library call cost more than the comparison) */
static inline int key_eq(const char *a, const char *b, uint32_t len)
{
    uint64_t x, y, u, v;
    if (len >= 8) {
        for (uint32_t i = 0; i + 8 < len; i += 8) {
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y) return 0;
        }
        memcpy(&x, a + len - 8, 8);
        memcpy(&y, b + len - 8, 8);
        return x == y;
    }
    if (len >= 4) {
        uint32_t p, q, r, t;
        memcpy(&p, a, 4);
        memcpy(&q, b, 4);
        memcpy(&r, a + len - 4, 4);
        memcpy(&t, b + len - 4, 4);
        return p == q && r == t;
    }
    u = (unsigned char)a[0] | (uint64_t)(unsigned char)a[len / 2] << 8 | (uint64_t)(unsigned char)a[len - 1] << 16;
    v = (unsigned char)b[0] | (uint64_t)(unsigned char)b[len / 2] << 8 | (uint64_t)(unsigned char)b[len - 1] << 16;
    return u == v;
}

/* The entry of a term, or NULL; *slot is where its search ended. */
static inline term_ent *find(const inverter *inv, const char *key, uint32_t len, uint64_t hash, uint32_t *slot)
{
    uint32_t h = (uint32_t)hash & inv->table_mask;
    for (;;) {
        uint64_t s = inv->table[h];
        uint32_t k = (uint32_t)s;
        if (!k) break;
        if ((s ^ hash) >> 32 == 0) {
            term_ent *t = ent_at(inv, k - 1);
            if (t->hash_lo == (uint32_t)hash && t->len == len && key_eq(t->term, key, len)) return t;
        }
        h = (h + 1) & inv->table_mask;
    }
    *slot = h;
    return NULL;
}

/* The entry of a term, added when new; NULL when memory runs out. */
static term_ent *lookup(inverter *inv, const char *key, uint32_t len, uint64_t hash)
{
    uint32_t h;
    term_ent *found = find(inv, key, len, hash, &h);
    if (found) return found;
    if (inv->n_ents == inv->n_pages * ENT_PAGE) {
        if (inv->n_pages == inv->cap_pages) {
            uint32_t ncap = inv->cap_pages ? inv->cap_pages * 2 : 16;
            term_ent **pg = realloc(inv->pages, sizeof *pg * ncap);
            if (!pg) return NULL;
            inv->pages = pg;
            inv->cap_pages = ncap;
        }
        term_ent *pg;
        if (inv->n_pages < PAGES_SMALL) {
            if (!(pg = aligned_alloc(64, PAGE_BYTES))) return NULL;
        } else {
            uint32_t k = (inv->n_pages - PAGES_SMALL) % SLAB_PAGES;
            if (k == 0) {
                if (inv->n_slabs == inv->cap_slabs) {
                    uint32_t ncap = inv->cap_slabs ? inv->cap_slabs * 2 : 16;
                    unsigned char **sl = realloc(inv->slabs, sizeof *sl * ncap);
                    if (!sl) return NULL;
                    inv->slabs = sl;
                    inv->cap_slabs = ncap;
                }
                if (!(inv->slabs[inv->n_slabs] = huge_alloc(HUGE_BYTES))) return NULL;
                inv->n_slabs++;
            }
            pg = (term_ent *)(void *)(inv->slabs[inv->n_slabs - 1] + (size_t)k * PAGE_BYTES);
        }
        inv->pages[inv->n_pages++] = pg;
    }
    term_ent *t = ent_at(inv, inv->n_ents);
    memset(t, 0, sizeof *t);
    if (len <= KEY_INLINE) {
        memcpy(t->key_in, key, len);
        t->term = t->key_in;
    } else if (!(t->term = arena_strndup(&inv->strings, key, len))) {
        return NULL;
    }
    t->len = (uint8_t)len;
    t->hash_lo = (uint32_t)hash;
    t->last_doc = UINT32_MAX;
    t->prev_doc = UINT32_MAX;
    inv->table[h] = slot_make(hash, ++inv->n_ents);
    if ((uint64_t)inv->n_ents * 2 > inv->table_mask && grow_table(inv)) return NULL;
    return ent_at(inv, inv->n_ents - 1);
}

static inline uint32_t varint_len(uint32_t x)
{
    return x < (1u << 7) ? 1 : x < (1u << 14) ? 2 : x < (1u << 21) ? 3 : x < (1u << 28) ? 4 : 5;
}

static inline unsigned char *put_varint(unsigned char *p, uint32_t x)
{
    while (x >= 0x80) {
        *p++ = (unsigned char)(x | 0x80);
        x >>= 7;
    }
    *p++ = (unsigned char)x;
    return p;
}

/* Room for b to hold `need` bytes: the write position, or NULL (oom set);
 * stream_bytes counts heap blocks. */
static __attribute__((noinline)) unsigned char *sbuf_grow(inverter *inv, sbuf *b, uint32_t need)
{
    uint32_t cap = b->cap ? b->cap * 2 : 32;
    while (cap < need) cap *= 2;
    unsigned char *p = b->cap ? realloc(b->u.p, cap) : malloc(cap);
    if (!p) {
        inv->oom = 1;
        return NULL;
    }
    if (!b->cap) memcpy(p, b->u.in, b->len);
    inv->stream_bytes += cap - b->cap + (b->cap ? 0 : SBUF_MALLOC_OVERHEAD);
    b->u.p = p;
    b->cap = cap;
    return p + b->len;
}

/* Appends varint(a), and varint(c) when two is set. */
static inline void sbuf_put(inverter *inv, sbuf *b, uint32_t a, uint32_t c, int two)
{
    uint32_t need = b->len + varint_len(a) + (two ? varint_len(c) : 0);
    unsigned char *p;
    if (need <= (b->cap ? b->cap : SBUF_INLINE)) p = (b->cap ? b->u.p : b->u.in) + b->len;
    else if (!(p = sbuf_grow(inv, b, need))) return;
    p = put_varint(p, a);
    if (two) put_varint(p, c);
    b->len = need;
}

/* Writes the pending (gap, freq) of t's last document. */
static void finish_doc(inverter *inv, term_ent *t)
{
    uint32_t gap = t->prev_doc == UINT32_MAX ? t->last_doc : t->last_doc - t->prev_doc;
    sbuf_put(inv, &t->docs, gap, t->freq, 1);
    t->prev_doc = t->last_doc;
    t->df++;
    t->freq = 0;
}

/* Gives *out empty arrays for up to cap tokens of `field` in arena a.
 * 0, or -1 when memory runs out. */
static int tokens_alloc(field_tokens *out, int field, size_t cap, arena *a)
{
    *out = (field_tokens){.field = field};
    out->key = arena_alloc(a, sizeof *out->key * cap);
    out->key_len = arena_alloc(a, cap);
    out->pos = arena_alloc(a, sizeof *out->pos * cap);
    out->hash = arena_alloc(a, sizeof *out->hash * cap);
    return out->key && out->key_len && out->pos && out->hash ? 0 : -1;
}

/* Where tokens' keys are packed back to back (one arena allocation each
 * costs 16-byte alignment and a call): folded text is rarely longer than
 * the original, plus a field byte per token.  The tokenizer folds each
 * token straight into its place, after the field byte, which needs room
 * for the longest one. */
enum { KEY_ROOM = TOKEN_MAX + 2 };
typedef struct {
    char *p;
    size_t cap, used;
} key_block;

/* Appends the tokens of text to out (room for cap tokens in all), their
 * positions counted from base.  Returns the text's length in positions
 * (skipped long tokens count), or -1 when memory runs out. */
static int64_t tokenize_append(field_tokens *out, const char *text, size_t len, uint32_t base, size_t cap,
                               key_block *kb, arena *a)
{
    tokenizer tz;
    token tk;
    tokenizer_init(&tz, text, len);
    for (;;) {
        if (kb->cap - kb->used < KEY_ROOM) {
            kb->cap = 4096;
            kb->used = 0;
            if (!(kb->p = arena_alloc(a, kb->cap))) return -1;
        }
        char *k = kb->p + kb->used;
        if (!tokenizer_next_to(&tz, &tk, k + 1) || out->n >= cap) break;
        kb->used += tk.len + 1;
        k[0] = FIELD_TERM_PREFIX(out->field);
        out->key[out->n] = k;
        out->key_len[out->n] = (uint8_t)(tk.len + 1);
        out->pos[out->n] = base + tk.pos;
        if (out->start) out->start[out->n] = tk.start;
        out->hash[out->n] = XXH3_64bits(k, tk.len + 1);
        out->n++;
    }
    return tz.pos;
}

int inverter_tokenize(int field, const char *text, size_t len, arena *a, field_tokens *out)
{
    /* at most one token per two bytes (a letter and a separator), plus one */
    size_t cap = len / 2 + 2;
    *out = (field_tokens){.field = field};
    if (!text || !len) return 0;
    key_block kb = {NULL, len + cap + KEY_ROOM, 0};
    if (tokens_alloc(out, field, cap, a) || !(kb.p = arena_alloc(a, kb.cap)) ||
        !(out->start = arena_alloc(a, sizeof *out->start * cap)))
        return -1;
    int64_t end = tokenize_append(out, text, len, 0, cap, &kb, a);
    if (end < 0) return -1;
    out->end_pos = (uint32_t)end;
    return 0;
}

int inverter_token_range(const field_tokens *t, uint32_t from, uint32_t to, uint32_t *lo, uint32_t *hi)
{
    if (!t->start || from >= to) return 0;
    uint32_t i = u32_lower_bound(t->start, t->n, from), j = u32_lower_bound(t->start, t->n, to);
    if (i >= j) return 0;
    *lo = t->pos[i];
    *hi = t->pos[j - 1] + 1;
    return 1;
}

int inverter_tokenize_names(int field, const char *const *names, size_t n, arena *a, field_tokens *out)
{
    size_t cap = 0, bytes = 0;
    *out = (field_tokens){.field = field};
    if (!n) return 0;
    /* room for every name's tokens (at most one per two bytes, plus one) */
    for (size_t i = 0; i < n; i++) {
        bytes += strlen(names[i]);
        cap += strlen(names[i]) / 2 + 2;
    }
    key_block kb = {NULL, bytes + cap + KEY_ROOM, 0};
    if (tokens_alloc(out, field, cap, a) || !(kb.p = arena_alloc(a, kb.cap))) return -1;
    uint32_t base = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t end = tokenize_append(out, names[i], strlen(names[i]), base, cap, &kb, a);
        if (end < 0) return -1;
        if (end) base += (uint32_t)end + 1; /* the empty position */
    }
    out->end_pos = base ? base - 1 : 0;
    return 0;
}

int inverter_add_names(int field, const char *const *names, size_t n, arena *a, field_tokens *t)
{
    if (!n) return 0;
    field_tokens g;
    if (tokens_alloc(&g, field, (size_t)t->n + n, a)) return -1;
    if (t->n) {
        memcpy(g.key, t->key, sizeof *g.key * t->n);
        memcpy(g.key_len, t->key_len, t->n);
        memcpy(g.pos, t->pos, sizeof *g.pos * t->n);
        memcpy(g.hash, t->hash, sizeof *g.hash * t->n);
    }
    g.n = t->n;
    g.end_pos = t->end_pos; /* the field's length in words, names not counted */
    uint32_t next = t->end_pos;
    for (size_t i = 0; i < n; i++) {
        size_t len = names[i] ? strlen(names[i]) : 0;
        if (len == 0 || len > 250) continue;
        char *k = arena_alloc(a, len + 2);
        if (!k) return -1;
        k[0] = FIELD_TERM_PREFIX(field);
        k[1] = FIELD_NAME_MARK;
        memcpy(k + 2, names[i], len);
        g.key[g.n] = k;
        g.key_len[g.n] = (uint8_t)(len + 2);
        g.pos[g.n] = next++;
        g.hash[g.n] = XXH3_64bits(k, len + 2);
        g.n++;
    }
    *t = g;
    return 0;
}

/* Records one occurrence of a term at position pos of doc; t is its entry
 * when known. */
static int add_token(inverter *inv, uint32_t doc, term_ent *t, const char *key, uint32_t klen,
                     uint64_t hash, uint32_t pos)
{
    if (!t && !(t = lookup(inv, key, klen, hash))) return inv->oom = 1, -1;
    if (t->last_doc != doc) {
        if (t->freq) finish_doc(inv, t);
        t->last_doc = doc;
    }
    /* positions stream: first position of a doc absolute, then the gap
     * minus one (positions of one term strictly increase). */
    sbuf_put(inv, &t->pos, t->freq ? pos - t->last_pos - 1 : pos, 0, 0);
    t->last_pos = pos;
    t->freq++;
    t->cf++;
    return 0;
}

/* How far ahead each step is fetched (32/16/8 and 24/12/6 were no faster
 * on scale-125). */
enum { AHEAD_SLOT = 16, AHEAD_ENT = 8, AHEAD_STREAM = 4 };

int inverter_add_tokens(inverter *inv, int kind, const field_tokens tok[FIELD_COUNT],
                        uint32_t lens[FIELD_COUNT])
{
    /* the document's rank among its kind; quotes get n_articles added
     * when flushed (a term's field tells its kind) */
    uint32_t doc = inv->n_kind[kind == DOC_QUOTE]++;
    for (int f = 0; f < FIELD_COUNT; f++) {
        const field_tokens *t = &tok[f];
        /* The hashes are known ahead, and each step of an add was a cache
         * miss once the dictionary outgrows the cache: the table slot of
         * the token 16 ahead is fetched while this one is added, the entry
         * of the one 8 ahead, and for the one 4 ahead (its entry in cache
         * by then) the ends of its streams, which its appends would miss.
         * That search's answer is kept for its add (ahead[], by i % 8; a
         * term not found there may have been added since: searched again). */
        term_ent *ahead[8] = {NULL};
        for (uint32_t i = 0; i < t->n; i++) {
            if (i + AHEAD_SLOT < t->n)
                __builtin_prefetch(&inv->table[(uint32_t)t->hash[i + AHEAD_SLOT] & inv->table_mask]);
            if (i + AHEAD_ENT < t->n) {
                uint32_t k = slot_guess(inv, t->hash[i + AHEAD_ENT]);
                if (k) {
                    const char *e = (const char *)ent_at(inv, k - 1);
                    __builtin_prefetch(e);
                    __builtin_prefetch(e + sizeof(term_ent) - 1);
                }
            }
            term_ent *cur = ahead[i % 8];
            ahead[i % 8] = NULL;
            if (i + AHEAD_STREAM < t->n) {
                uint32_t j = i + AHEAD_STREAM, slot;
                term_ent *e = find(inv, t->key[j], t->key_len[j], t->hash[j], &slot);
                if (e) {
                    if (e->pos.cap) __builtin_prefetch(e->pos.u.p + e->pos.len, 1);
                    if (e->docs.cap && e->last_doc != doc) __builtin_prefetch(e->docs.u.p + e->docs.len, 1);
                }
                ahead[j % 8] = e;
            }
            if (add_token(inv, doc, cur, t->key[i], t->key_len[i], t->hash[i], t->pos[i])) return -1;
        }
        /* the tokenizer counts positions of skipped long tokens too */
        lens[f] = t->end_pos;
    }
    inv->n_docs++;
    return inv->oom ? -1 : 0;
}

static int cmp_ent(const void *a, const void *b, void *ctx)
{
    const inverter *inv = ctx;
    const term_ent *x = ent_at(inv, *(const uint32_t *)a), *y = ent_at(inv, *(const uint32_t *)b);
    uint32_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->term, y->term, m);
    if (c) return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

static const unsigned char *ent_term(void *ctx, uint32_t i, uint32_t *len)
{
    const term_ent *t = ent_at(ctx, i);
    *len = t->len;
    return (const unsigned char *)t->term;
}

/* Sorts the term entries into order[] (strsort: a radix sort 8 bytes at a
 * time, cmp_ent for what that leaves).  12 bytes a term besides order[]. */
static int sort_terms(const inverter *inv, uint32_t *order)
{
    for (uint32_t i = 0; i < inv->n_ents; i++) order[i] = i;
    return strsort(order, inv->n_ents, inv->n_ents, ent_term, cmp_ent, (void *)inv);
}

morgue_rc inverter_flush(inverter *inv, segw *w, merr *e)
{
    if (inv->oom) return merr_set(e, MORGUE_E_NOMEM, "indexer: out of memory");
    /* the hash table is not needed to write the terms: its memory goes to
     * the sort (the flush has a fifth of the budget) */
    if (shrink_table(inv)) return merr_set(e, MORGUE_E_NOMEM, "indexer: out of memory");
    uint32_t *order = malloc(sizeof *order * (inv->n_ents ? inv->n_ents : 1));
    if (!order) return merr_set(e, MORGUE_E_NOMEM, "indexer: out of memory");
    for (uint32_t i = 0; i < inv->n_ents; i++)
        if (ent_at(inv, i)->freq) finish_doc(inv, ent_at(inv, i));
    if (sort_terms(inv, order)) {
        free(order);
        return merr_set(e, MORGUE_E_NOMEM, "indexer: out of memory");
    }
    uint32_t *docs = NULL, *freqs = NULL;
    size_t cap = 0;
    buf post = {0}, pos = {0};
    for (uint32_t i = 0; i < inv->n_ents && e->rc == MORGUE_OK; i++) {
        term_ent *t = ent_at(inv, order[i]);
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
        /* a quote's id: its rank among the quotes after every article */
        int kind = field_doc_kind(t->term[0] - FIELD_TERM_PREFIX(0));
        uint32_t base = kind == DOC_QUOTE ? inv->n_kind[DOC_ARTICLE] : 0;
        rd r = rd_make(sbuf_data(&t->docs), t->docs.len);
        uint32_t doc = 0;
        for (uint32_t k = 0; k < t->df; k++) {
            uint32_t gap = (uint32_t)rd_varint(&r);
            doc = k == 0 ? gap : doc + gap;
            docs[k] = base + doc;
            freqs[k] = (uint32_t)rd_varint(&r);
        }
        if (!r.bad && doc >= inv->n_kind[kind]) {
            merr_set(e, MORGUE_E_ARG, "indexer: a term of one kind of document in the other");
            break;
        }
        buf_clear(&post);
        buf_clear(&pos);
        /* a whole-name term is only counted, never matched as a phrase:
         * its positions record is empty; the others' varints in memory
         * become the packed record (docs/FORMAT.md, "Positions") */
        int name = t->len > 1 && t->term[1] == FIELD_NAME_MARK;
        if (!name) {
            positions_packer pk;
            positions_packer_start(&pk, &pos);
            if (positions_packer_add_varints(&pk, sbuf_data(&t->pos), t->pos.len)) r.bad = 1;
            positions_packer_finish(&pk);
        }
        if (r.bad || pos.oom ||
            postings_encode(docs, freqs, t->df, name ? NULL : pos.p, pos.len, &post)) {
            merr_set(e, MORGUE_E_NOMEM, "indexer: cannot encode postings");
            break;
        }
        segw_add_term(w, t->term, t->len, t->df, t->cf, post.p, post.len, pos.p, pos.len);
    }
    buf_free(&post);
    buf_free(&pos);
    free(docs);
    free(freqs);
    free(order);
    reset(inv);
    return e->rc;
}
