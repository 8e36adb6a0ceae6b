/*
 * Segment round trips below the indexer: documents of both kinds with
 * metadata at the edges of the compact docmeta (unknown and extreme dates,
 * clusters that are and are not the article's own id, zero and 2^32-1
 * lengths, wide byte spans) and stored fields large enough for the store to
 * get a trained dictionary; every docmeta and stored document must come
 * back as written, under the number the format gives it (articles first,
 * then quotes, each in the order added).  Then: the writer refuses metadata
 * the format cannot hold, a v4 file is refused as an unsupported version,
 * and damage to the
 * docmeta, store dictionary or frames (checksum bypassed, as the fuzzer
 * does) gives errors, never a crash.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <unistd.h>

#include "date.h"
#include "postings.h"
#include "segment.h"
#include "test.h"

segment *segment_open_bytes(const char *name, const unsigned char *p, size_t n, int verify,
                            merr *e);

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

enum { N_DOCS = 2000 };
/* documents in the order they are added (each article, then its quotes),
 * and the number each gets in the segment */
static docmeta metas[N_DOCS];
static char *fields[N_DOCS][STORED_FIELDS];
static uint32_t doc_id[N_DOCS];
static uint32_t n_articles;
static unsigned char gap_lists[N_DOCS][8]; /* quotes' gap lists, encoded */

static const char *const words[] = {"minister", "said", "the", "council", "would", "not",
                                    "comment", "on", "Reuters", "London", "election", "NATO"};

static char *random_text(size_t n_words)
{
    buf b = {0};
    for (size_t i = 0; i < n_words; i++) {
        if (i) buf_putc(&b, ' ');
        buf_puts(&b, words[rnd() % (sizeof words / sizeof *words)]);
        if (rnd() % 9 == 0) buf_printf(&b, " %" PRIu64, rnd() % 100000);
    }
    char *t = strdup(buf_cstr(&b));
    buf_free(&b);
    return t;
}

static void make_docs(void)
{
    uint32_t article = 0, n_quotes = 0;
    n_articles = 0;
    for (uint32_t d = 0; d < N_DOCS; d++) {
        docmeta *m = &metas[d];
        memset(m, 0, sizeof *m);
        int quote = d > 0 && rnd() % 3 != 0;
        if (!quote) {
            article = d;
            m->kind = DOC_ARTICLE;
            m->parent = doc_id[d] = n_articles++;
            m->id = rnd();
            uint64_t r = rnd() % 5;
            m->date = r == 0 ? DATE_NONE : r == 1 ? -2208988800LL /* 1900 */
                      : (int64_t)(rnd() % 2000000000u);
            m->simhash = rnd() % 4 ? rnd() : 0;
            m->body_hash = rnd();
            m->cluster = rnd() % 5 ? m->id : rnd();
            for (int f = 0; f < FIELD_COUNT; f++)
                if (f != FIELD_QUOTE && f != FIELD_SPEAKER) m->len[f] = (uint32_t)(rnd() % 3000);
            if (d == 7) m->len[FIELD_BODY] = UINT32_MAX;
        } else {
            *m = metas[article];
            m->kind = DOC_QUOTE;
            m->parent = metas[article].parent;
            doc_id[d] = n_quotes++; /* n_articles added below */
            m->qtype = (uint8_t)(rnd() % 4);
            m->qstart = (uint32_t)(rnd() % 100000);
            m->qend = m->qstart + (uint32_t)(rnd() % 500);
            if (d == 9) m->qstart = 0, m->qend = UINT32_MAX;
            m->simhash = m->body_hash = m->cluster = 0;
            memset(m->len, 0, sizeof m->len);
            m->len[FIELD_QUOTE] = 10 + (uint32_t)(rnd() % 200);
            m->len[FIELD_SPEAKER] = (uint32_t)(rnd() % 4);
            /* its words' body positions, the span its words and its gaps;
             * every fifth is split around its attribution (one gap of 4),
             * or twice (and one of 2) */
            m->wstart = (uint32_t)(rnd() % 5000);
            m->wspan = m->len[FIELD_QUOTE] + (d % 5 == 0 ? (d % 10 == 0 ? 6 : 4) : 0);
            if (d == 11) m->wstart = UINT32_MAX - m->wspan;
            if (d % 5 == 0) {
                unsigned char *g = gap_lists[d];
                int two = d % 10 == 0;
                g[0] = two ? 2 : 1;
                g[1] = 3, g[2] = 4; /* [3, 7) */
                if (two) g[3] = 5, g[4] = 2; /* [12, 14) */
                m->gaps = g;
                m->gaps_len = two ? 5 : 3;
            }
        }
        for (int k = 0; k < STORED_FIELDS; k++)
            fields[d][k] = k == SF_BODY ? random_text(quote ? 10 : 60 + rnd() % 200)
                                        : random_text(rnd() % 4);
    }
    for (uint32_t d = 0; d < N_DOCS; d++)
        if (metas[d].kind == DOC_QUOTE) doc_id[d] += n_articles;
}

static int write_threads = 1;
/* what write_segment gave the dictionary, to check it reads back */
static char want_term[40][64];
static uint32_t want_df[40];
static uint64_t want_cf[40];

static int write_segment(const char *path, uint32_t n)
{
    merr e = {0};
    segw *w = segw_open(path, &e);
    if (!w) return -1;
    segw_set_threads(w, write_threads);
    for (uint32_t d = 0; d < n; d++) {
        stored_doc s;
        for (int k = 0; k < STORED_FIELDS; k++) {
            s.f[k] = fields[d][k];
            s.len[k] = strlen(fields[d][k]);
        }
        if (segw_add_doc(w, &metas[d], &s)) break;
    }
    for (uint32_t i = 0; i < n; i += 3)
        segw_add_name(w, fields[i][SF_TITLE], strlen(fields[i][SF_TITLE]), (int)(i % 4), 1, i % 2);
    /* terms over every document, so postings and positions have bytes to
     * damage */
    static uint32_t docs[N_DOCS], freqs[N_DOCS];
    buf pb = {0}, qb = {0};
    for (int t = 0; t < 40; t++) {
        buf_clear(&pb);
        buf_clear(&qb);
        uint32_t m = 0;
        uint64_t cf = 0;
        positions_packer pk;
        positions_packer_start(&pk, &qb);
        for (uint32_t d = 0; d < n; d++)
            if ((d + (uint32_t)t) % (1 + (uint32_t)t % 3) == 0) {
                docs[m] = d;
                /* every fourth term once a document (cf == df: the
                 * dictionary's short counts) */
                freqs[m] = t % 4 == 0 ? 1 : 1 + (d + (uint32_t)t) % 3;
                for (uint32_t f = 0; f < freqs[m]; f++) positions_packer_add(&pk, f ? 1 : d % 50);
                cf += freqs[m++];
            }
        positions_packer_finish(&pk);
        postings_encode(docs, freqs, m, qb.p, qb.len, &pb);
        /* every fifth term long, past the dictionary's one-byte lengths */
        char term[64];
        snprintf(term, sizeof term, t % 5 == 0 ? "1t%02d-a-word-of-some-length" : "1t%02d", t);
        segw_add_term(w, term, strlen(term), m, cf, pb.p, pb.len, qb.p, qb.len);
        memcpy(want_term[t], term, sizeof term);
        want_df[t] = m;
        want_cf[t] = cf;
    }
    buf_free(&pb);
    buf_free(&qb);
    return segw_finish(w) == MORGUE_OK ? 0 : -1;
}

static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    *n = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *p = malloc(*n);
    if (p && fread(p, 1, *n, f) != *n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    return p;
}

static int same_meta(const docmeta *a, const docmeta *b)
{
    return a->id == b->id && a->date == b->date && !memcmp(a->len, b->len, sizeof a->len) &&
           a->parent == b->parent && a->kind == b->kind && a->qtype == b->qtype &&
           a->qstart == b->qstart && a->qend == b->qend && a->simhash == b->simhash &&
           a->body_hash == b->body_hash && a->cluster == b->cluster && a->wstart == b->wstart &&
           a->wspan == b->wspan && a->gaps_len == b->gaps_len &&
           (!a->gaps_len || !memcmp(a->gaps, b->gaps, a->gaps_len));
}

/* Reads everything from the bytes of a segment; returns the number of
 * errors met (damage must give errors, never a crash) and sets *digest to
 * a hash of everything read, to tell a right answer from a wrong one. */
static uint64_t digest;
static void mix(const void *p, size_t n)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++) digest = (digest ^ c[i]) * 0x100000001b3ull;
}

static int read_all(const unsigned char *p, size_t n, int verify)
{
    digest = 0xcbf29ce484222325ull;
    merr e = {0};
    segment *s = segment_open_bytes("t.mrg", p, n, verify, &e);
    if (!s) return 1;
    int errors = 0;
    dict_iter it;
    term_info ti;
    int k;
    dict_iter_seek(&it, s, "", 0);
    while ((k = dict_iter_next(&it, &ti)) == 1) {
        mix(it.term, it.term_len);
        mix(&ti.df, sizeof ti.df);
        mix(&ti.cf, sizeof ti.cf);
        postings_reader pr;
        postings_open(&pr, ti.postings, ti.postings_len, ti.df, ti.positions, ti.positions_len);
        uint32_t pos[64];
        for (uint32_t d = postings_next(&pr); d != DOC_END; d = postings_next(&pr)) {
            int np = postings_positions(&pr, pos, 64);
            mix(&d, sizeof d);
            if (np > 0) mix(pos, sizeof *pos * (size_t)np);
        }
        errors += pr.corrupt;
    }
    errors += k < 0;
    for (uint32_t i = 0; i < segment_name_count(s); i++) {
        const char *nm;
        size_t nl;
        int kind;
        uint32_t na, nq;
        errors += segment_name(s, i, &nm, &nl, &kind, &na, &nq) != 0;
    }
    buf scratch = {0};
    for (uint32_t d = 0; d < segment_doc_count(s); d++) {
        docmeta m;
        stored_doc sd;
        merr e2 = {0};
        memset(&m, 0, sizeof m);
        errors += segment_docmeta(s, d, &m) != 0;
        if (m.gaps) mix(m.gaps, m.gaps_len);
        m.gaps = NULL; /* where the bytes were mapped is not an answer */
        mix(&m, sizeof m);
        quote_words qw;
        memset(&qw, 0, sizeof qw);
        if (d >= segment_article_count(s)) {
            errors += segment_quote_words(s, d, &qw) != 0;
            mix(&qw, sizeof qw);
        }
        if (segment_stored(s, d, &scratch, &sd, &e2)) errors++;
        else
            for (int f = 0; f < STORED_FIELDS; f++) mix(sd.f[f], sd.len[f]);
    }
    buf_free(&scratch);
    segment_close(s);
    return errors;
}

/* Gap lists (docs/FORMAT.md, "docmeta"): well-formed ones decode to
 * absolute positions; malformed ones are refused, never read past. */
static void test_gap_lists(void)
{
    static const struct {
        unsigned char b[8];
        size_t len;
        uint32_t words;
        long want;        /* bytes consumed, or -1 */
        uint32_t g0, g1;  /* first gap, relative to the start */
        uint32_t span;    /* words and gaps */
    } cases[] = {
        {{1, 3, 4}, 3, 20, 3, 3, 7, 24},
        {{1, 3, 4, 9}, 4, 20, 3, 3, 7, 24},          /* what follows is not read */
        {{2, 3, 4, 5, 2}, 5, 20, 5, 3, 7, 26},
        {{1, 19, 5}, 3, 20, 3, 19, 24, 25},          /* one word after the gap */
        {{1, 20, 5}, 3, 20, -1, 0, 0, 0},            /* no word after it */
        {{2, 10, 1, 10, 1}, 5, 20, -1, 0, 0, 0},     /* none after the second */
        {{1, 0, 4}, 3, 20, -1, 0, 0, 0},             /* before the first word */
        {{1, 3, 0}, 3, 20, -1, 0, 0, 0},             /* empty */
        {{0}, 1, 20, -1, 0, 0, 0},                   /* no gap */
        {{64, 1, 1}, 3, 1000, -1, 0, 0, 0},          /* more than QUOTE_GAPS_MAX */
        {{2, 3, 4}, 3, 20, -1, 0, 0, 0},             /* cut short */
        {{1, 0x83}, 2, 20, -1, 0, 0, 0},             /* varint cut short */
        {{1, 0xff, 0xff, 0xff, 0xff, 0x0f, 1}, 7, 20, -1, 0, 0, 0}, /* past the words */
        {{1, 2, 0x80, 0x01}, 4, 200, 4, 2, 130, 328}, /* a two-byte length */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        quote_words w = {.start = 1000};
        long got = quote_gaps_decode(cases[i].b, cases[i].len, cases[i].words, &w);
        CHECK_MSG(got == cases[i].want, "gap list %zu: %ld, want %ld", i, got, cases[i].want);
        if (got > 0)
            CHECK_MSG(w.gap[0][0] == 1000 + cases[i].g0 && w.gap[0][1] == 1000 + cases[i].g1 &&
                          w.span == cases[i].span,
                      "gap list %zu: [%u, %u) span %u", i, w.gap[0][0], w.gap[0][1], w.span);
    }
    /* a start near 2^32 with gaps that would pass it */
    {
        static const unsigned char b[] = {1, 3, 4};
        quote_words w = {.start = UINT32_MAX - 10};
        CHECK(quote_gaps_decode(b, sizeof b, 20, &w) == -1);
    }
}

/* Format 7 checks docmeta by chunk (64 KiB) and the dictionary by block
 * when first read, not at open, so that opening costs the same for any
 * size: on a segment whose docmeta spans several chunks, a damaged row in
 * a later chunk or a damaged dictionary entry lets the segment open, the
 * reads that need them fail, and the rest still read (a wrong answer
 * never); the docmeta head, read at open, is checked there. */
static void test_lazy_checks(void)
{
    char path[] = "/tmp/morgue-test-lazy-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    unlink(path);
    enum { N = 6000 };
    merr e = {0};
    segw *w = segw_open(path, &e);
    CHECK_MSG(w != NULL, "%s", e.msg);
    if (!w) return;
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (uint32_t d = 0; d < N && e.rc == MORGUE_OK; d++) {
        docmeta m = {0};
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        m.id = x | 1;
        m.simhash = x * 3;
        m.body_hash = x * 5;
        m.cluster = m.id;
        m.date = DATE_NONE;
        m.kind = DOC_ARTICLE;
        m.parent = d;
        m.len[FIELD_BODY] = 1 + d % 700;
        stored_doc sd;
        const char *f[STORED_FIELDS] = {"s", "u", "title", "", "", "body words", ""};
        for (int k = 0; k < STORED_FIELDS; k++) {
            sd.f[k] = f[k];
            sd.len[k] = strlen(f[k]);
        }
        segw_add_doc(w, &m, &sd);
    }
    static uint32_t docs[N], freqs[N];
    buf pb = {0}, qb = {0};
    positions_packer pk;
    positions_packer_start(&pk, &qb);
    for (uint32_t d = 0; d < N; d++) {
        docs[d] = d;
        freqs[d] = 1;
        positions_packer_add(&pk, 0);
    }
    positions_packer_finish(&pk);
    postings_encode(docs, freqs, N, qb.p, qb.len, &pb);
    segw_add_term(w, "1body", 5, N, N, pb.p, pb.len, qb.p, qb.len);
    buf_free(&pb);
    buf_free(&qb);
    CHECK(segw_finish(w) == MORGUE_OK);
    size_t n = 0;
    unsigned char *bytes = slurp(path, &n);
    unlink(path);
    CHECK(bytes != NULL);
    if (!bytes) return;
    const unsigned char *f = bytes + n - SEGMENT_FOOTER_SIZE;
    uint64_t dm_off = load_u64(f + 16 * SEC_DOCMETA), dm_len = load_u64(f + 16 * SEC_DOCMETA + 8);
    uint64_t dict_off = load_u64(f + 16 * SEC_DICT);
    CHECK_MSG(dm_len > (3u << DM_CHUNK_LOG2) / 2, "docmeta of %" PRIu64 " bytes: too small to test", dm_len);
    unsigned char *c = malloc(n);
    /* the last article's row, in the last chunk */
    memcpy(c, bytes, n);
    c[dm_off + dm_len - 200] ^= 0x10;
    e = (merr){0};
    segment *s = segment_open_bytes("lazy.mrg", c, n, 1, &e);
    CHECK_MSG(s != NULL, "a damaged row in a later chunk failed the open: %s", e.msg);
    if (s) {
        docmeta m;
        len_column lc;
        segment_len_column(s, FIELD_BODY, &lc);
        int bad_rows = 0;
        for (uint32_t d = 0; d < N; d++) bad_rows += segment_docmeta(s, d, &m) != 0;
        /* the rows of the damaged chunk fail, the others read */
        CHECK_MSG(bad_rows > 0 && bad_rows < N / 2, "%d rows of %d failed", bad_rows, N);
        CHECK(segment_docmeta(s, 0, &m) == 0 && m.len[FIELD_BODY] == 1);
        CHECK(len_column_get(&lc, N - 1) == -1);
        CHECK(len_column_get(&lc, 1) == 2);
    }
    segment_close(s);
    /* the dictionary's entry: the open succeeds, the walk fails */
    memcpy(c, bytes, n);
    c[dict_off + 2] ^= 0x01;
    s = segment_open_bytes("lazy.mrg", c, n, 1, &e);
    CHECK_MSG(s != NULL, "a damaged dictionary entry failed the open: %s", e.msg);
    if (s) {
        dict_iter it;
        term_info ti;
        dict_iter_seek(&it, s, "", 0);
        CHECK(dict_iter_next(&it, &ti) == -1);
    }
    segment_close(s);
    /* the store table: the open succeeds, a stored document's read fails */
    memcpy(c, bytes, n);
    c[load_u64(f + 16 * SEC_STORE_TABLE) + 20] ^= 0x04;
    s = segment_open_bytes("lazy.mrg", c, n, 1, &e);
    CHECK_MSG(s != NULL, "a damaged store table entry failed the open: %s", e.msg);
    if (s) {
        buf scratch = {0};
        stored_doc sd;
        merr e2 = {0};
        CHECK(segment_stored(s, 0, &scratch, &sd, &e2) == -1 && e2.rc == MORGUE_E_CORRUPT);
        buf_free(&scratch);
    }
    segment_close(s);
    /* docmeta's head is read at open: checked there */
    memcpy(c, bytes, n);
    c[dm_off + 9] ^= 0x01;
    s = segment_open_bytes("lazy.mrg", c, n, 1, &e);
    CHECK(s == NULL && e.rc == MORGUE_E_CORRUPT);
    segment_close(s);
    free(c);
    free(bytes);
}

int main(void)
{
    test_gap_lists();
    test_lazy_checks();
    char path[] = "/tmp/morgue-test-segment-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    unlink(path);
    make_docs();
    CHECK(write_segment(path, N_DOCS) == 0);

    merr e = {0};
    segment *s = segment_open(path, &e);
    CHECK_MSG(s != NULL, "open: %s", e.msg);
    size_t n = 0;
    unsigned char *bytes = slurp(path, &n);
    CHECK(bytes != NULL && n > 300);
    if (!s || !bytes) TEST_END();
    /* footer: the store's dictionary length (enough raw text to train one) */
    uint32_t dict_len = load_u32(bytes + n - SEGMENT_FOOTER_SIZE + 16 * SEC_COUNT + 12);
    CHECK_MSG(dict_len > 1000, "store dictionary of %u bytes", dict_len);
    /* the store compressed on several threads (more than one window of
     * blocks) gives the same file byte for byte */
    {
        char p3[sizeof path + 4];
        snprintf(p3, sizeof p3, "%s.t3", path);
        write_threads = 3;
        CHECK(write_segment(p3, N_DOCS) == 0);
        write_threads = 1;
        size_t n3 = 0;
        unsigned char *b3 = slurp(p3, &n3);
        uint32_t blocks = load_u32(bytes + n - SEGMENT_FOOTER_SIZE + 16 * SEC_COUNT + 4);
        CHECK_MSG(blocks > 64, "%u store blocks: one window only", blocks);
        CHECK(b3 != NULL && n3 == n && memcmp(b3, bytes, n) == 0);
        free(b3);
        unlink(p3);
    }
    int meta_bad = 0, stored_bad = 0;
    buf scratch = {0};
    CHECK_MSG(segment_article_count(s) == n_articles && n_articles > 100 && n_articles < N_DOCS - 100,
              "%u articles, %u expected", segment_article_count(s), n_articles);
    for (uint32_t d = 0; d < N_DOCS; d++) {
        docmeta m;
        stored_doc sd;
        if (segment_docmeta(s, doc_id[d], &m) || !same_meta(&m, &metas[d])) meta_bad++;
        if (segment_doc_kind(s, doc_id[d]) != metas[d].kind) meta_bad++;
        if (segment_doc_kind(s, d) != (d < n_articles ? DOC_ARTICLE : DOC_QUOTE)) meta_bad++;
        /* out of order on purpose: the block caches must not leak between
         * documents (an article, then a quote, ...) */
        uint32_t o = (uint32_t)((d * 7919u) % N_DOCS);
        if (segment_stored(s, doc_id[o], &scratch, &sd, &e)) {
            stored_bad++;
            continue;
        }
        for (int k = 0; k < STORED_FIELDS; k++)
            if (strcmp(sd.f[k], fields[o][k])) stored_bad++;
    }
    CHECK_MSG(meta_bad == 0, "%d documents with wrong metadata", meta_bad);
    CHECK_MSG(stored_bad == 0, "%d stored documents wrong", stored_bad);
    /* names: sorted, each title once per kind with its counts summed */
    {
        uint32_t total_articles = 0, names_bad = 0;
        const char *prev = NULL;
        size_t prev_len = 0;
        for (uint32_t i = 0; i < segment_name_count(s); i++) {
            const char *nm;
            size_t nl;
            int kind;
            uint32_t na, nq;
            if (segment_name(s, i, &nm, &nl, &kind, &na, &nq) || nl == 0) {
                names_bad++;
                continue;
            }
            size_t m = nl < prev_len ? nl : prev_len;
            if (prev && memcmp(prev, nm, m) > 0) names_bad++;
            prev = nm;
            prev_len = nl;
            total_articles += na;
        }
        uint32_t want = 0;
        for (uint32_t i = 0; i < N_DOCS; i += 3) want += fields[i][SF_TITLE][0] != 0;
        CHECK_MSG(names_bad == 0 && total_articles == want, "names: %u bad, %u of %u mentions",
                  names_bad, total_articles, want);
    }
    /* the dictionary reads back: every term with its df and cf (short and
     * long lengths, cf == df and not) */
    {
        dict_iter it;
        term_info ti;
        int k, t = 0, bad_terms = 0;
        dict_iter_seek(&it, s, "", 0);
        while ((k = dict_iter_next(&it, &ti)) == 1 && t < 40) {
            bad_terms += strcmp(it.term, want_term[t]) || ti.df != want_df[t] || ti.cf != want_cf[t];
            t++;
        }
        CHECK_MSG(k == 0 && t == 40 && bad_terms == 0, "dictionary: %d terms, %d wrong", t, bad_terms);
    }
    /* a quote's words: its article and body positions, gaps absolute;
     * the first quote of each article by binary search */
    {
        uint32_t words_bad = 0, first_bad = 0;
        for (uint32_t d = 0; d < N_DOCS; d++) {
            if (metas[d].kind != DOC_QUOTE) continue;
            quote_words qw;
            const docmeta *m = &metas[d];
            if (segment_quote_words(s, doc_id[d], &qw) || qw.parent != m->parent || qw.start != m->wstart ||
                qw.span != m->wspan || qw.n_gaps != (m->gaps_len ? m->gaps[0] : 0u) ||
                (qw.n_gaps && (qw.gap[0][0] != m->wstart + 3 || qw.gap[0][1] != m->wstart + 7)) ||
                (qw.n_gaps == 2 && (qw.gap[1][0] != m->wstart + 12 || qw.gap[1][1] != m->wstart + 14)))
                words_bad++;
        }
        quote_words qw;
        CHECK(segment_quote_words(s, 0, &qw) == -1 && segment_quote_words(s, N_DOCS, &qw) == -1);
        for (uint32_t a = 0; a <= n_articles; a++) {
            /* the first quote whose article is a or later, by a walk */
            uint32_t want = N_DOCS;
            for (uint32_t d = 0; d < N_DOCS && want == N_DOCS; d++)
                if (metas[d].kind == DOC_QUOTE && metas[d].parent >= a) want = doc_id[d];
            first_bad += segment_first_quote(s, a) != want;
        }
        CHECK_MSG(words_bad == 0 && first_bad == 0, "quote words: %u wrong, first quote: %u wrong", words_bad,
                  first_bad);
    }
    CHECK(segment_doc_kind(s, N_DOCS) == -1);
    docmeta none;
    CHECK(segment_docmeta(s, N_DOCS, &none) == -1);
    /* merge's path: raw blocks back, the articles' blocks first, none
     * holding both kinds */
    uint32_t docs = 0, kinds_bad = 0;
    for (uint32_t b = 0; b < segment_store_blocks(s); b++) {
        uint32_t nd = 0;
        CHECK(segment_store_block_raw(s, b, &scratch, &nd, &e) == 0);
        int kind = segment_store_block_kind(s, b);
        kinds_bad += kind != (docs < n_articles ? DOC_ARTICLE : DOC_QUOTE) ||
                     (docs < n_articles && docs + nd > n_articles);
        docs += nd;
    }
    CHECK(docs == N_DOCS);
    CHECK_MSG(kinds_bad == 0, "%u store blocks of the wrong kind", kinds_bad);
    buf_free(&scratch);
    segment_close(s);

    /* the writer refuses what the compact docmeta cannot represent */
    {
        char p2[sizeof path + 4];
        snprintf(p2, sizeof p2, "%s.b", path);
        merr e2 = {0};
        segw *w = segw_open(p2, &e2);
        docmeta a = {.id = 1, .date = 5, .parent = 0, .kind = DOC_ARTICLE};
        docmeta q = {.id = 2, .date = 5, .parent = 0, .kind = DOC_QUOTE};
        CHECK(segw_add_docmeta(w, &a) == MORGUE_OK);
        CHECK(segw_add_docmeta(w, &q) == MORGUE_E_ARG); /* id is not its article's */
        segw_abort(w);
        e2 = (merr){0};
        w = segw_open(p2, &e2);
        docmeta bad_parent = {.id = 1, .parent = 3, .kind = DOC_ARTICLE};
        CHECK(segw_add_docmeta(w, &bad_parent) == MORGUE_E_ARG);
        segw_abort(w);
        /* a quote names the latest article (by its number), not an
         * earlier one nor its own number in the segment */
        e2 = (merr){0};
        w = segw_open(p2, &e2);
        docmeta a0 = {.id = 1, .date = 5, .parent = 0, .kind = DOC_ARTICLE};
        docmeta a1 = {.id = 1, .date = 5, .parent = 1, .kind = DOC_ARTICLE};
        docmeta q0 = {.id = 1, .date = 5, .parent = 0, .kind = DOC_QUOTE};
        docmeta q2 = {.id = 1, .date = 5, .parent = 2, .kind = DOC_QUOTE};
        docmeta q1 = {.id = 1, .date = 5, .parent = 1, .kind = DOC_QUOTE};
        CHECK(segw_add_docmeta(w, &a0) == MORGUE_OK);
        CHECK(segw_add_docmeta(w, &a1) == MORGUE_OK);
        CHECK(segw_add_docmeta(w, &q0) == MORGUE_E_ARG);
        segw_abort(w);
        e2 = (merr){0};
        w = segw_open(p2, &e2);
        CHECK(segw_add_docmeta(w, &a0) == MORGUE_OK);
        CHECK(segw_add_docmeta(w, &a1) == MORGUE_OK);
        CHECK(segw_add_docmeta(w, &q2) == MORGUE_E_ARG);
        segw_abort(w);
        e2 = (merr){0};
        w = segw_open(p2, &e2);
        CHECK(segw_add_docmeta(w, &a0) == MORGUE_OK);
        CHECK(segw_add_docmeta(w, &a1) == MORGUE_OK);
        CHECK(segw_add_docmeta(w, &q1) == MORGUE_OK);
        segw_abort(w);
        /* a stored record of each kind must come with its metadata: a
         * store block claiming a quote the segment has not got is refused
         * at finish */
        e2 = (merr){0};
        w = segw_open(p2, &e2);
        const unsigned char rec[] = {7, 0, 0, 0, 0, 0, 0, 0};
        CHECK(segw_add_docmeta(w, &a0) == MORGUE_OK);
        CHECK(segw_add_store_block(w, DOC_ARTICLE, rec, sizeof rec, 1) == MORGUE_OK);
        CHECK(segw_add_store_block(w, DOC_QUOTE, rec, sizeof rec, 1) == MORGUE_OK);
        CHECK(segw_finish(w) == MORGUE_E_ARG);
        CHECK(access(p2, F_OK) != 0);
        unlink(p2);
    }

    /* a version 5 file (quote words indexed apart) is refused by version,
     * before anything else, with a message that says so */
    {
        unsigned char *old = malloc(n);
        memcpy(old, bytes, n);
        old[8] = 5;
        merr e2 = {0};
        segment *o = segment_open_bytes("old.mrg", old, n, 1, &e2);
        CHECK(o == NULL && e2.rc == MORGUE_E_VERSION);
        CHECK_MSG(strstr(e2.msg, "segment format version 5, this build reads 7") != NULL, "%s", e2.msg);
        segment_close(o);
        free(old);
    }

    /* a quote whose parent column points past the articles is damage, not
     * an article of someone else's (checksum bypassed) */
    {
        const unsigned char *f = bytes + n - SEGMENT_FOOTER_SIZE;
        uint64_t dm_off = load_u64(f + 16 * SEC_DOCMETA);
        const unsigned char *aw = bytes + dm_off + 24, *qw = aw + DM_ACOLS;
        size_t astride = 0;
        for (int c = 0; c < DM_ACOLS; c++) astride += aw[c];
        size_t q0 = dm_off + 24 + DM_ACOLS + DM_QCOLS + n_articles * astride + 8;
        unsigned char *c = malloc(n);
        memcpy(c, bytes, n);
        CHECK(qw[0] >= 1 && (1ull << (8 * qw[0])) - 1 >= n_articles);
        memset(c + q0, 0xff, qw[0]);
        merr e2 = {0};
        segment *d = segment_open_bytes("parent.mrg", c, n, 0, &e2);
        CHECK_MSG(d != NULL, "%s", e2.msg);
        docmeta m;
        if (d) {
            CHECK(segment_docmeta(d, n_articles, &m) == -1);
            CHECK(segment_docmeta(d, n_articles + 1, &m) == 0);
        }
        segment_close(d);
        free(c);
    }

    /* damage with the checksum bypassed: every byte of docmeta's header and
     * widths, the first bytes of the dictionary and of some frames, and a
     * sample of everything else; errors expected, crashes not (ASan) */
    {
        const unsigned char *f = bytes + n - SEGMENT_FOOTER_SIZE;
        uint64_t dm_off = load_u64(f + 16 * SEC_DOCMETA), st_off = load_u64(f + 16 * SEC_STORE), nm_off = load_u64(f + 16 * SEC_NAMES);
        unsigned char *c = malloc(n);
        int flips = 0, errors = 0;
        CHECK(read_all(bytes, n, 1) == 0);
        uint64_t pristine = digest;
        for (size_t i = 16; i + 8 < n; i += (i >= dm_off && i < dm_off + 24 + DM_ACOLS + DM_QCOLS + 16) ||
                                                  (i >= st_off && i < st_off + 64) ||
                                                  (i >= nm_off && i < nm_off + 64) ? 1 : 397) {
            memcpy(c, bytes, n);
            c[i] ^= (unsigned char)(1u << (i % 8));
            errors += read_all(c, n, 0) > 0;
            flips++;
            /* checksums catch every flip: the file's at open, or a
             * dictionary block's or a store frame's when read */
            int got = read_all(c, n, 1);
            /* a flip the zstd frame does not depend on (a padding bit)
             * decodes to the same text, which the frame checksum confirms */
            CHECK_MSG(got >= 1 || digest == pristine, "flip at %zu answered wrongly", i);
        }
        CHECK_MSG(flips > 200 && errors > flips / 10, "%d flips, %d gave errors", flips, errors);
        /* truncated: always an error */
        for (size_t cut = 1; cut < n; cut += n / 50 + 1) CHECK(read_all(bytes, n - cut, 0) == 1);
        free(c);
    }
    /* MORGUE_SEED_OUT=file keeps the segment (the fuzz seed with a store
     * dictionary, fuzz/seeds/fuzz_segment/dict.mrg, was made so) */
    const char *keep = getenv("MORGUE_SEED_OUT");
    FILE *kf = keep ? fopen(keep, "wb") : NULL;
    if (kf) {
        CHECK(fwrite(bytes, 1, n, kf) == n);
        fclose(kf);
    }
    free(bytes);
    unlink(path);
    for (uint32_t d = 0; d < N_DOCS; d++)
        for (int k = 0; k < STORED_FIELDS; k++) free(fields[d][k]);
    TEST_END();
}
