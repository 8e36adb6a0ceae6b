#include "dedup.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
/* Inlined: a hash of 16 bytes per word pair, where the library call and
 * its length dispatch cost more than the hashing (same values). */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "tokenize.h"

/* lut[b][j] is +1 when bit j of byte b is set, else -1: adding eight of
 * these rows per feature replaces 64 shift-and-branch steps with loops the
 * compiler turns into a few vector additions. */
static int32_t lut[256][8];
static void lut_init(void)
{
    for (int b = 0; b < 256; b++)
        for (int j = 0; j < 8; j++) lut[b][j] = (b >> j) & 1 ? 1 : -1;
}

void dedup_fingerprint_hashes(const uint64_t *hash, uint32_t n, uint64_t *exact, uint64_t *simhash)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, lut_init);
    int32_t v[64] = {0};
    /* features are word pairs: a changed word touches two of them */
    for (uint32_t i = 1; i < n; i++) {
        uint64_t sh = XXH3_64bits(hash + i - 1, 2 * sizeof *hash);
        for (int k = 0; k < 8; k++) {
            const int32_t *d = lut[(sh >> (8 * k)) & 0xff];
            int32_t *vk = v + 8 * k;
            for (int j = 0; j < 8; j++) vk[j] += d[j];
        }
    }
    uint64_t f = 0;
    for (int b = 0; b < 64; b++)
        if (v[b] > 0) f |= (uint64_t)1 << b;
    *exact = XXH3_64bits(hash, (size_t)n * sizeof *hash);
    *simhash = f;
}

void dedup_fingerprint(const char *body, size_t n, uint64_t *exact, uint64_t *simhash,
                       uint32_t *tokens)
{
    size_t cap = 256;
    uint32_t count = 0;
    uint64_t *h = malloc(sizeof *h * cap);
    tokenizer tz;
    token tk;
    tokenizer_init(&tz, body, n);
    while (h && tokenizer_next(&tz, &tk)) {
        if (count == cap) {
            uint64_t *nh = realloc(h, sizeof *h * cap * 2);
            if (!nh) break;
            h = nh;
            cap *= 2;
        }
        h[count++] = XXH3_64bits(tk.text, tk.len);
    }
    dedup_fingerprint_hashes(h, h ? count : 0, exact, simhash);
    *tokens = count;
    free(h);
}

/* An open-addressing set of u64 (0 is the empty slot: a real 0 is mapped
 * to 1, which only merges two of 2^64 values). */
typedef struct {
    uint64_t *slot;
    size_t mask, n;
} u64set;

static int set_grow(u64set *s)
{
    size_t nmask = s->mask ? s->mask * 2 + 1 : 4095;
    uint64_t *ns = calloc(nmask + 1, sizeof *ns);
    if (!ns) return -1;
    for (size_t i = 0; s->slot && i <= s->mask; i++) {
        uint64_t x = s->slot[i];
        if (!x) continue;
        size_t h = (size_t)(x * 0x9E3779B97F4A7C15ull) & nmask;
        while (ns[h]) h = (h + 1) & nmask;
        ns[h] = x;
    }
    free(s->slot);
    s->slot = ns;
    s->mask = nmask;
    return 0;
}

static int set_has(const u64set *s, uint64_t x)
{
    if (!s->slot) return 0;
    x = x ? x : 1;
    for (size_t h = (size_t)(x * 0x9E3779B97F4A7C15ull) & s->mask; s->slot[h]; h = (h + 1) & s->mask)
        if (s->slot[h] == x) return 1;
    return 0;
}

static int set_add(u64set *s, uint64_t x)
{
    x = x ? x : 1;
    if ((s->n + 1) * 2 > s->mask && set_grow(s)) return -1;
    size_t h = (size_t)(x * 0x9E3779B97F4A7C15ull) & s->mask;
    for (; s->slot[h]; h = (h + 1) & s->mask)
        if (s->slot[h] == x) return 0;
    s->slot[h] = x;
    s->n++;
    return 0;
}

typedef struct {
    uint64_t simhash, cluster;
} near_ent;

typedef struct {
    near_ent *v;
    uint32_t n, cap;
} bucket;

/* The 64 bits cut into DEDUP_MAX_DISTANCE + 1 chunks: two fingerprints
 * within that many bits agree exactly on at least one chunk. */
enum { N_CHUNKS = DEDUP_MAX_DISTANCE + 1 };
static const unsigned chunk_shift[N_CHUNKS] = {0, 11, 22, 33, 44, 54};
static const unsigned chunk_bits[N_CHUNKS] = {11, 11, 11, 11, 10, 10};

static inline uint32_t chunk(uint64_t f, int t)
{
    return (uint32_t)((f >> chunk_shift[t]) & ((1u << chunk_bits[t]) - 1));
}

struct dedup {
    u64set exact;
    bucket *table[N_CHUNKS]; /* one per chunk, 2^bits buckets */
};

dedup *dedup_new(void)
{
    dedup *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    for (int t = 0; t < N_CHUNKS; t++) {
        d->table[t] = calloc((size_t)1 << chunk_bits[t], sizeof *d->table[t]);
        if (!d->table[t]) {
            dedup_free(d);
            return NULL;
        }
    }
    return d;
}

void dedup_free(dedup *d)
{
    if (!d) return;
    for (int t = 0; t < N_CHUNKS; t++) {
        for (size_t b = 0; d->table[t] && b < ((size_t)1 << chunk_bits[t]); b++) free(d->table[t][b].v);
        free(d->table[t]);
    }
    free(d->exact.slot);
    free(d);
}

int dedup_has_exact(const dedup *d, uint64_t exact) { return set_has(&d->exact, exact); }

uint64_t dedup_find_near(const dedup *d, uint64_t simhash)
{
    for (int t = 0; t < N_CHUNKS; t++) {
        const bucket *b = &d->table[t][chunk(simhash, t)];
        for (uint32_t i = 0; i < b->n; i++)
            if (__builtin_popcountll(b->v[i].simhash ^ simhash) <= DEDUP_MAX_DISTANCE)
                return b->v[i].cluster;
    }
    return 0;
}

int dedup_add(dedup *d, uint64_t exact, uint64_t simhash, int near, uint64_t cluster)
{
    if (set_add(&d->exact, exact)) return -1;
    if (!near) return 0;
    for (int t = 0; t < N_CHUNKS; t++) {
        bucket *b = &d->table[t][chunk(simhash, t)];
        if (b->n == b->cap) {
            uint32_t ncap = b->cap ? b->cap * 2 : 2;
            near_ent *nv = realloc(b->v, sizeof *nv * ncap);
            if (!nv) return -1;
            b->v = nv;
            b->cap = ncap;
        }
        b->v[b->n++] = (near_ent){simhash, cluster};
    }
    return 0;
}
