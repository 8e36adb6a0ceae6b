/*
 * Codec round trips: bit packing at every width, postings lists of many
 * shapes (empty, one posting, exactly one block, block + 1, huge gaps, ids
 * near 2^31 and 2^32-2, random), skipping with advance(), positions (many per
 * doc, packed units across postings blocks), re-packing for merges, and a
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

/* Position k of doc `doc`: strictly increasing in k, with gaps of every
 * width from 0 to 20 bits, so the packed units take many widths. */
static uint32_t pos_at(uint32_t doc, uint32_t k, uint32_t *prev)
{
    if (k == 0) return *prev = doc % 7;
    uint32_t h = (doc * 2654435761u) ^ (k * 40503u);
    h ^= h >> 15;
    uint32_t gap = h % (1u << (doc % 21)) + 1;
    return *prev += gap;
}

/* The positions record of the lists below (values: first absolute, then
 * gap - 1), packed from varints as the inverter does. */
static void make_positions(const uint32_t *docs, const uint32_t *freqs, size_t n, buf *out)
{
    buf vb = {0};
    for (size_t i = 0; i < n; i++) {
        uint32_t prev = 0, last = 0;
        for (uint32_t k = 0; k < freqs[i]; k++) {
            uint32_t p = pos_at(docs[i], k, &prev);
            buf_put_varint(&vb, k == 0 ? p : p - last - 1);
            last = p;
        }
    }
    positions_packer pk;
    positions_packer_start(&pk, out);
    CHECK(positions_packer_add_varints(&pk, vb.p, vb.len) == 0);
    positions_packer_finish(&pk);
    buf_free(&vb);
}

/* Checks the positions of the reader's current doc (docs[i]). */
static int check_positions(postings_reader *r, uint32_t doc, uint32_t freq)
{
    static uint32_t p[1024];
    int got = postings_positions(r, p, 1024);
    uint32_t want = freq < 1024 ? freq : 1024;
    if (got != (int)want) return 0;
    uint32_t prev = 0;
    for (uint32_t k = 0; k < want; k++)
        if (p[k] != pos_at(doc, k, &prev)) return 0;
    return 1;
}

/* Encodes docs/freqs with synthetic positions and checks every access path. */
static void roundtrip(const char *name, const uint32_t *docs, const uint32_t *freqs, size_t n)
{
    buf pos = {0}, post = {0};
    make_positions(docs, freqs, n, &pos);
    CHECK_MSG(postings_encode(docs, freqs, n, pos.p, pos.len, &post) == 0, "%s: encode", name);
    postings_reader *r = malloc(sizeof *r);
    postings_open(r, post.p, post.len, (uint32_t)n, pos.p, pos.len);
    size_t i = 0;
    int ok = 1, pos_ok = 1;
    uint32_t p[64];
    for (uint32_t d = postings_next(r); d != DOC_END; d = postings_next(r), i++) {
        if (i >= n || d != docs[i] || postings_freq(r) != freqs[i]) { ok = 0; break; }
        if (i % 3 == 0) { /* read positions for some docs, skipping others */
            if (!check_positions(r, d, freqs[i])) pos_ok = 0;
            /* a second read of the same doc starts over at the block */
            if (i % 6 == 0 && !check_positions(r, d, freqs[i])) pos_ok = 0;
        }
    }
    CHECK_MSG(ok && i == n && !r->corrupt, "%s: iterate (%zu of %zu)", name, i, n);
    CHECK_MSG(pos_ok, "%s: positions while iterating", name);
    /* every doc's positions, in order */
    postings_open(r, post.p, post.len, (uint32_t)n, pos.p, pos.len);
    i = 0;
    for (uint32_t d = postings_next(r); d != DOC_END && pos_ok; d = postings_next(r), i++)
        pos_ok = check_positions(r, d, freqs[i]);
    CHECK_MSG(pos_ok && i == n, "%s: all positions", name);
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
            if ((j + (size_t)trial) % 5 == 0 && !check_positions(r, d, freqs[j])) { ok = 0; break; }
            target = d;
        }
    }
    CHECK_MSG(ok, "%s: advance", name);
    /* a positions record short of a byte, or with one too many, is refused */
    if (pos.len) {
        buf tmp = {0};
        buf_putc(&tmp, 0xAB);
        CHECK_MSG(postings_encode(docs, freqs, n, pos.p, pos.len - 1, &tmp) == -1 && tmp.len == 1,
                  "%s: short positions refused", name);
        buf_putc(&pos, 0);
        CHECK_MSG(postings_encode(docs, freqs, n, pos.p, pos.len, &tmp) == -1 && tmp.len == 1,
                  "%s: long positions refused", name);
        pos.len--;
        buf_free(&tmp);
    }
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
    /* damaged positions: never crash, positions still increase */
    for (int trial = 0; trial < 50 && pos.len; trial++) {
        unsigned char *bad = malloc(pos.len);
        memcpy(bad, pos.p, pos.len);
        size_t len = pos.len;
        if (trial % 2) len = rnd() % pos.len;
        else bad[rnd() % pos.len] ^= (unsigned char)(1u << (rnd() % 8));
        postings_open(r, post.p, post.len, (uint32_t)n, bad, len);
        int sane = 1;
        uint32_t target = 0;
        for (uint32_t d = postings_next(r); d != DOC_END;) {
            int got = postings_positions(r, p, 64);
            for (int k = 1; k < got; k++)
                if (p[k] <= p[k - 1]) sane = 0;
            if (got < 0) break; /* the positions are done for */
            target = d + 1 + (trial % 3 ? 0 : rnd() % 3000);
            d = postings_advance(r, target);
        }
        CHECK_MSG(sane, "%s: damaged positions still increase", name);
        free(bad);
    }
    free(r);
    buf_free(&pos);
    buf_free(&post);
}

/* Merging: records packed one after the other through one packer equal the
 * record of the concatenated values, whatever the split. */
static void test_repack(void)
{
    enum { MAXV = 1000 };
    static uint32_t v[MAXV];
    for (int i = 0; i < MAXV; i++) v[i] = rnd() % (1u << (i % 17));
    size_t splits[][2] = {{0, 5}, {5, 0}, {1, 127}, {127, 1}, {128, 128}, {100, 300}, {300, 700},
                          {129, 255}, {0, 0}, {256, 1}, {1000, 0}, {3, 997}};
    for (size_t s = 0; s < sizeof splits / sizeof *splits; s++) {
        size_t a = splits[s][0], b = splits[s][1];
        buf ra = {0}, rb = {0}, whole = {0}, merged = {0};
        positions_packer pk;
        positions_packer_start(&pk, &ra);
        for (size_t i = 0; i < a; i++) positions_packer_add(&pk, v[i]);
        positions_packer_finish(&pk);
        positions_packer_start(&pk, &rb);
        for (size_t i = 0; i < b; i++) positions_packer_add(&pk, v[a + i]);
        positions_packer_finish(&pk);
        positions_packer_start(&pk, &whole);
        for (size_t i = 0; i < a + b; i++) positions_packer_add(&pk, v[i]);
        positions_packer_finish(&pk);
        positions_packer_start(&pk, &merged);
        CHECK(positions_packer_add_record(&pk, ra.p, ra.len, a) == 0);
        CHECK(positions_packer_add_record(&pk, rb.p, rb.len, b) == 0);
        positions_packer_finish(&pk);
        CHECK_MSG(merged.len == whole.len && (!whole.len || !memcmp(merged.p, whole.p, whole.len)),
                  "repack %zu + %zu", a, b);
        /* the inverter's way, from varints (its tail copied as it is) */
        buf vb = {0};
        for (size_t i = 0; i < a + b; i++) buf_put_varint(&vb, v[i]);
        buf_clear(&merged);
        positions_packer_start(&pk, &merged);
        CHECK(positions_packer_add_varints(&pk, vb.p, vb.len) == 0);
        positions_packer_finish(&pk);
        CHECK_MSG(merged.len == whole.len && (!whole.len || !memcmp(merged.p, whole.p, whole.len)),
                  "from varints %zu", a + b);
        if (vb.len) {
            vb.p[vb.len - 1] |= 0x80; /* ends inside a varint */
            positions_packer_start(&pk, &merged);
            CHECK(positions_packer_add_varints(&pk, vb.p, vb.len) == -1);
        }
        buf_free(&vb);
        /* a wrong count is damage */
        positions_packer_start(&pk, &merged);
        CHECK_MSG(positions_packer_add_record(&pk, ra.p, ra.len, a + 1) == -1, "count %zu+1", a);
        if (a) CHECK_MSG(positions_packer_add_record(&pk, ra.p, ra.len, a - 1) == -1, "count %zu-1", a);
        buf_free(&ra);
        buf_free(&rb);
        buf_free(&whole);
        buf_free(&merged);
    }
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
    /* many occurrences per doc: a doc's positions span several units */
    for (size_t i = 0; i < 700; i++) {
        docs[i] = (uint32_t)(3 * i);
        freqs[i] = i % 50 == 0 ? 200 + (uint32_t)i : 1 + (uint32_t)(i % 9);
    }
    roundtrip("freqs up to 900, 700 docs", docs, freqs, 700);
    roundtrip("freqs up to 900, 128 docs", docs, freqs, 128);
    roundtrip("freqs up to 900, 129 docs", docs, freqs, 129);
    for (size_t i = 0; i < 256; i++) { docs[i] = (uint32_t)i; freqs[i] = 64; }
    roundtrip("freq 64, units in step with blocks", docs, freqs, 256);
    for (size_t i = 0; i < 400; i++) { docs[i] = (uint32_t)i; freqs[i] = 1; }
    roundtrip("freq 1, 400 docs", docs, freqs, 400);
    docs[0] = 9; freqs[0] = 127;
    roundtrip("one doc, 127 positions (all tail)", docs, freqs, 1);
    freqs[0] = 128;
    roundtrip("one doc, 128 positions (no tail)", docs, freqs, 1);
    freqs[0] = 2000;
    roundtrip("one doc, 2000 positions", docs, freqs, 1);
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
    test_repack();
    TEST_END();
}
