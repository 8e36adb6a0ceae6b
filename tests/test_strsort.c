/*
 * strsort against qsort_r with the same comparison: random strings over a
 * small alphabet (long shared prefixes, one string the prefix of another,
 * 0 bytes inside, empty strings, exact duplicates told apart by a tag), in
 * sets small enough for the comparison alone and large enough for several
 * radix levels; the orders must be identical.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strsort.h"
#include "test.h"

typedef struct {
    unsigned char s[40];
    uint32_t len, tag;
} item;

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 32);
}

static const unsigned char *get(void *ctx, uint32_t id, uint32_t *len)
{
    const item *it = &((const item *)ctx)[id];
    *len = it->len;
    return it->s;
}

static int cmp(const void *a, const void *b, void *ctx)
{
    const item *x = &((const item *)ctx)[*(const uint32_t *)a], *y = &((const item *)ctx)[*(const uint32_t *)b];
    uint32_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, m);
    if (c) return c;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return (x->tag > y->tag) - (x->tag < y->tag);
}

int main(void)
{
    static const uint32_t sizes[] = {0, 1, 2, 23, 24, 25, 100, 1000, 20000};
    static const char alpha[] = "ab\0z\xff";
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        for (int shape = 0; shape < 3; shape++) {
            uint32_t n = sizes[k];
            item *v = calloc(n ? n : 1, sizeof *v);
            uint32_t *got = malloc(sizeof *got * (n ? n : 1)), *want = malloc(sizeof *want * (n ? n : 1));
            for (uint32_t i = 0; i < n; i++) {
                /* shape 0: short strings; 1: a long shared prefix; 2: copies
                 * of earlier strings, cut or extended */
                uint32_t len = shape == 1 ? 16 + rnd() % 24 : rnd() % 12;
                if (shape == 2 && i > 0 && rnd() % 2) {
                    v[i] = v[rnd() % i];
                    if (rnd() % 2 && v[i].len < sizeof v[i].s) v[i].s[v[i].len++] = (unsigned char)alpha[rnd() % 5];
                    else if (v[i].len) v[i].len--;
                } else {
                    v[i].len = len;
                    for (uint32_t j = 0; j < len; j++)
                        v[i].s[j] = shape == 1 && j < 16 ? 'p' : (unsigned char)alpha[rnd() % 5];
                }
                v[i].tag = rnd();
                got[i] = want[i] = i;
            }
            if (n) qsort_r(want, n, sizeof *want, cmp, v);
            CHECK(strsort(got, n, n, get, cmp, v) == 0);
            CHECK_MSG(n == 0 || !memcmp(got, want, sizeof *got * n), "size %u shape %d: order differs", n, shape);
            free(v);
            free(got);
            free(want);
        }
    }
    TEST_END();
}
