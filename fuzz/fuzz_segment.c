/*
 * Fuzz target for the segment reader: the bytes are opened as a segment
 * WITHOUT the checksum check (so the structural checks are what is tested),
 * then every term's postings and positions, every stored article (and
 * quote record), entity
 * name and raw store block are decoded.  Any crash, overrun or hang is a bug; errors are expected.
 */
#include <stdint.h>
#include <stdlib.h>

#include "postings.h"
#include "segment.h"
#include "stored_quote.h"

segment *segment_open_bytes(const char *name, const unsigned char *p, size_t n, int verify,
                            merr *e);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    merr e = {0};
    segment *s = segment_open_bytes("fuzz.mrg", data, size, 0, &e);
    if (!s) return 0;
    dict_iter it;
    term_info ti;
    dict_iter_seek(&it, s, "", 0);
    postings_reader *pr = malloc(sizeof *pr);
    uint32_t pos[256];
    int terms = 0;
    while (pr && dict_iter_next(&it, &ti) == 1 && terms++ < 10000) {
        term_info again;
        segment_lookup(s, it.term, it.term_len, &again);
        postings_open(pr, ti.postings, ti.postings_len, ti.df, ti.positions, ti.positions_len);
        int k = 0;
        for (uint32_t d = postings_next(pr); d != DOC_END && k < 100000; d = postings_next(pr), k++)
            postings_positions(pr, pos, 256);
        postings_open(pr, ti.postings, ti.postings_len, ti.df, ti.positions, ti.positions_len);
        postings_advance(pr, 1000);
        postings_advance(pr, 100000);
    }
    free(pr);
    {
        /* the --stats walk: every entry's bytes attributed to a field */
        segment_sizes fz[FIELD_COUNT][2];
        uint64_t fn[FIELD_COUNT][2];
        segment_field_sizes(s, fz, fn);
    }
    buf scratch = {0};
    for (uint32_t d = 0; d < segment_doc_count(s) && d < 1000; d++) {
        docmeta m;
        stored_doc sd;
        merr e2 = {0};
        if (segment_docmeta(s, d, &m) || segment_stored(s, d, &scratch, &sd, &e2)) continue;
        if (m.kind == DOC_QUOTE) { /* its record: ranges in the article's body */
            quote_words qw;
            if (segment_quote_words(s, d, &qw) == 0) segment_first_quote(s, qw.parent);
            buf x = {0};
            stored_quote q;
            buf_put(&x, sd.f[SF_EXTRA], sd.len[SF_EXTRA]);
            if (!x.oom && segment_stored(s, m.parent, &scratch, &sd, &e2) == 0)
                stored_quote_get(x.p, x.len, sd.len[SF_BODY], &q);
            buf_free(&x);
        }
    }
    for (uint32_t i = 0; i < segment_name_count(s) && i < 1000; i++) {
        const char *nm;
        size_t nl;
        int kind;
        uint32_t na, nq;
        segment_name(s, i, &nm, &nl, &kind, &na, &nq);
    }
    for (uint32_t b = 0; b < segment_store_blocks(s) && b < 100; b++) {
        uint32_t nd;
        merr e2 = {0};
        segment_store_block_raw(s, b, &scratch, &nd, &e2);
        segment_store_block_kind(s, b);
    }
    buf_free(&scratch);
    segment_close(s);
    return 0;
}
