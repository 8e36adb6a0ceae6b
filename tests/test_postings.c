/*
 * Codec round trips: bit packing at every width, postings lists of many
 * shapes (empty, one posting, exactly one block, block + 1, huge gaps, ids
 * near 2^31 and 2^32-2, random), skipping with advance(), positions, and a
 * reader that must fail cleanly on truncated or bit-flipped records.
 */
#include <stdint.h>
#include <stdlib.h>

#include "postings.h"
#include "test.h"

static uint64_t rng = 88172645463325252ull;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)rng;
}

static void test_bitpack(void)
{
    uint32_t in[128], out[128];
    unsigned char packed[16 * 32];
    for (unsigned bits = 0; bits <= 32; bits++) {
        for (int i = 0; i < 128; i++) {
            uint64_t mask = bits == 32 ? 0xffffffffu : ((1ull << bits) - 1);
            in[i] = (uint32_t)(rnd() & mask);
            if (i == 7) in[i] = (uint32_t)mask; /* the largest value fits */
        }
        CHECK(bits_needed(in, 128) == bits);
        bitpack_128(in, bits, packed);
        bitunpack_128(packed, bits, out);
        CHECK_MSG(memcmp(in, out, sizeof in) == 0, "width %u", bits);
    }
}

/* Encodes docs/freqs with synthetic positions and checks every access path. */
static void roundtrip(const char *name, const uint32_t *docs, const uint32_t *freqs, size_t n)
{
    buf pos = {0}, post = {0};
    for (size_t i = 0; i < n; i++) /* positions of doc i: doc%7, +1, +1 ... */
        for (uint32_t k = 0; k < freqs[i]; k++) buf_put_varint(&pos, k == 0 ? docs[i] % 7 : 0);
    CHECK_MSG(postings_encode(docs, freqs, n, pos.p, pos.len, &post) == 0, "%s: encode", name);
    postings_reader *r = malloc(sizeof *r);
    postings_open(r, post.p, post.len, (uint32_t)n, pos.p, pos.len);
    size_t i = 0;
    int ok = 1;
    uint32_t p[64];
    for (uint32_t d = postings_next(r); d != DOC_END; d = postings_next(r), i++) {
        if (i >= n || d != docs[i] || postings_freq(r) != freqs[i]) { ok = 0; break; }
        if (i % 3 == 0) { /* read positions for some docs, skipping others */
            int got = postings_positions(r, p, 64);
            uint32_t want = freqs[i] < 64 ? freqs[i] : 64;
            if (got != (int)freqs[i] && !(freqs[i] > 64 && got == 64)) { ok = 0; break; }
            for (uint32_t k = 0; k < want; k++)
                if (p[k] != docs[i] % 7 + k) ok = 0;
        }
    }
    CHECK_MSG(ok && i == n && !r->corrupt, "%s: iterate (%zu of %zu)", name, i, n);
    /* advance to random targets, forwards only */
    for (int trial = 0; trial < 20 && n; trial++) {
        postings_open(r, post.p, post.len, (uint32_t)n, pos.p, pos.len);
        uint32_t target = 0;
        size_t j = 0;
        while (1) {
            target += rnd() % (n > 1000 ? 5000 : 50);
            uint32_t d = postings_advance(r, target);
            while (j < n && docs[j] < target) j++;
            uint32_t want = j < n ? docs[j] : DOC_END;
            if (d != want) { ok = 0; break; }
            if (d == DOC_END) break;
            if (j % 5 == 0) {
                int got = postings_positions(r, p, 64);
                if (got < 1 || p[0] != docs[j] % 7) { ok = 0; break; }
            }
            target = d;
        }
    }
    CHECK_MSG(ok, "%s: advance", name);
    /* damaged copies: never crash, and any ids produced must still be sane */
    for (int trial = 0; trial < 50 && post.len; trial++) {
        unsigned char *bad = malloc(post.len);
        memcpy(bad, post.p, post.len);
        size_t len = post.len;
        if (trial % 2) len = rnd() % post.len;
        else bad[rnd() % post.len] ^= (unsigned char)(1u << (rnd() % 8));
        postings_open(r, bad, len, (uint32_t)n, pos.p, pos.len);
        uint32_t prev = 0;
        int first = 1, sane = 1;
        for (uint32_t d = postings_next(r); d != DOC_END; d = postings_next(r)) {
            if (!first && d <= prev) sane = 0;
            prev = d;
            first = 0;
            postings_positions(r, p, 64);
        }
        CHECK_MSG(sane, "%s: damaged copy yields increasing ids", name);
        free(bad);
    }
    free(r);
    buf_free(&pos);
    buf_free(&post);
}

static void test_lists(void)
{
    enum { N = 100000 };
    uint32_t *docs = calloc(N, sizeof *docs), *freqs = calloc(N, sizeof *freqs);
    roundtrip("empty", docs, freqs, 0);
    docs[0] = 0; freqs[0] = 1;
    roundtrip("one posting at 0", docs, freqs, 1);
    docs[0] = (1u << 31); freqs[0] = 3;
    roundtrip("one posting at 2^31", docs, freqs, 1);
    docs[0] = UINT32_MAX - 1; freqs[0] = 1;
    roundtrip("one posting at 2^32-2", docs, freqs, 1);
    size_t sizes[] = {2, 127, 128, 129, 255, 256, 257, 1000, N};
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size_t n = sizes[s];
        uint32_t d = rnd() % 10;
        for (size_t i = 0; i < n; i++) {
            docs[i] = d;
            freqs[i] = 1 + (rnd() % 10 == 0 ? rnd() % 100 : 0);
            d += 1 + (rnd() % 4 == 0 ? rnd() % 1000 : rnd() % 3);
        }
        char name[64];
        snprintf(name, sizeof name, "random n=%zu", n);
        roundtrip(name, docs, freqs, n);
    }
    /* dense run and huge gaps */
    for (size_t i = 0; i < 300; i++) { docs[i] = (uint32_t)i; freqs[i] = 1; }
    roundtrip("dense 0..299", docs, freqs, 300);
    for (size_t i = 0; i < 300; i++) { docs[i] = (uint32_t)(i * 14000000u); freqs[i] = 1; }
    roundtrip("gaps of 14M up to 2^32", docs, freqs, 300);
    docs[0] = 0; docs[1] = (1u << 31); docs[2] = UINT32_MAX - 1;
    freqs[0] = freqs[1] = freqs[2] = 1;
    roundtrip("0, 2^31, 2^32-2", docs, freqs, 3);
    /* rejected input */
    buf b = {0};
    docs[0] = 5; docs[1] = 5; freqs[0] = freqs[1] = 1;
    CHECK(postings_encode(docs, freqs, 2, NULL, 0, &b) == -1);
    docs[1] = 6; freqs[1] = 0;
    CHECK(postings_encode(docs, freqs, 2, NULL, 0, &b) == -1);
    CHECK(b.len == 0);
    buf_free(&b);
    free(docs);
    free(freqs);
}

int main(void)
{
    test_bitpack();
    test_lists();
    TEST_END();
}
