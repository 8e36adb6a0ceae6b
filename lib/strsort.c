#include "strsort.h"

#include <stdlib.h>
#include <string.h>

/* Runs this short are left to the comparison: counting 8 bytes of keys
 * costs 8 passes over 256 counters each. */
enum { STRSORT_SMALL = 24 };

typedef struct {
    strsort_get get;
    strsort_cmp cmp;
    void *ctx;
    uint64_t *key;        /* by element id: its 8 bytes at the current depth */
    uint32_t *tmp;
} strsort_ctx;

/* 8 bytes of s from byte `depth`, big-endian, zero-padded past its end. */
static uint64_t key_at(const unsigned char *s, uint32_t len, uint32_t depth)
{
    if (depth + 8 <= len) {
        uint64_t k;
        memcpy(&k, s + depth, 8);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        k = __builtin_bswap64(k);
#endif
        return k;
    }
    uint64_t k = 0;
    for (uint32_t i = 0; i < 8; i++) k = k << 8 | (depth + i < len ? s[depth + i] : 0u);
    return k;
}

/* Sorts ids[0..n), which agree on their first `depth` bytes. */
static void sort_run(strsort_ctx *c, uint32_t *ids, uint32_t n, uint32_t depth)
{
    if (n < 2) return;
    if (n <= STRSORT_SMALL) {
        qsort_r(ids, n, sizeof *ids, c->cmp, c->ctx);
        return;
    }
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len;
        const unsigned char *s = c->get(c->ctx, ids[i], &len);
        c->key[ids[i]] = key_at(s, len, depth);
    }
    uint32_t *a = ids, *b = c->tmp;
    for (int shift = 0; shift < 64; shift += 8) {
        uint32_t count[256] = {0};
        for (uint32_t i = 0; i < n; i++) count[(c->key[a[i]] >> shift) & 255]++;
        if (count[(c->key[a[0]] >> shift) & 255] == n) continue; /* one value: order stays */
        uint32_t sum = 0;
        for (int v = 0; v < 256; v++) {
            uint32_t t = count[v];
            count[v] = sum;
            sum += t;
        }
        for (uint32_t i = 0; i < n; i++) b[count[(c->key[a[i]] >> shift) & 255]++] = a[i];
        uint32_t *t = a;
        a = b;
        b = t;
    }
    if (a != ids) memcpy(ids, a, sizeof *ids * n);
    /* runs of equal keys: on to the next 8 bytes while some string goes
     * on; strings that all end here are equal (but for 0 bytes): compared */
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i + 1;
        while (j < n && c->key[ids[j]] == c->key[ids[i]]) j++;
        if (j - i > 1) {
            int longer = 0;
            for (uint32_t k = i; k < j && !longer; k++) {
                uint32_t len;
                c->get(c->ctx, ids[k], &len);
                longer = len > depth + 8;
            }
            if (longer) sort_run(c, ids + i, j - i, depth + 8);
            else qsort_r(ids + i, j - i, sizeof *ids, c->cmp, c->ctx);
        }
        i = j;
    }
}

int strsort(uint32_t *ids, uint32_t n, uint32_t universe, strsort_get get, strsort_cmp cmp, void *ctx)
{
    strsort_ctx c = {get, cmp, ctx, malloc(sizeof(uint64_t) * (universe ? universe : 1)),
                     malloc(sizeof(uint32_t) * (n ? n : 1))};
    if (!c.key || !c.tmp) {
        free(c.key);
        free(c.tmp);
        return -1;
    }
    sort_run(&c, ids, n, 0);
    free(c.key);
    free(c.tmp);
    return 0;
}
