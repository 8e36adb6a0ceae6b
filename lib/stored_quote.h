/*
 * The extra field of a quote's stored record: where its words, the speaker
 * as written and the cue verb are in the article body, as byte ranges
 * (docs/FORMAT.md, "store").  All three are slices of the article's own
 * body, which a reader has decompressed anyway to show the quote, so the
 * record holds numbers, not text: on the 125 MB scale corpus (242,164
 * quotes) the quote records took 5.4 MB of the 57 MB store as text lines.
 *
 *   quote_extra := varint n_segments (1..QREC_MAX_SEGMENTS)
 *                  (varint start_gap varint length){n_segments}
 *                  varint said varint said_length?    said 0: none, else
 *                  varint cue  varint cue_length?     1 + zigzag(start -
 *                                                     first segment start)
 *
 * start_gap is from the previous segment's end (the first: from 0); the
 * lengths follow only a non-zero said/cue.
 */
#ifndef MORGUE_STORED_QUOTE_H
#define MORGUE_STORED_QUOTE_H

#include <stdint.h>
#include "buf.h"

enum { QREC_MAX_SEGMENTS = 64 };

typedef struct {
    uint32_t n_segments;
    uint32_t seg[QREC_MAX_SEGMENTS][2]; /* [start, end) in the article body */
    int has_said, has_cue;
    uint32_t said[2], cue[2];           /* [start, end) when present */
} stored_quote;

/* 2v for v >= 0, -2v - 1 for v < 0 (no shift of a negative value) */
static inline uint64_t qrec_zigzag(int64_t v)
{
    return v >= 0 ? (uint64_t)v << 1 : (((uint64_t)(-(v + 1))) << 1) | 1;
}

/* Appends q's encoding to b (segments in order, non-overlapping; at most
 * QREC_MAX_SEGMENTS are kept). */
static inline void stored_quote_put(buf *b, const stored_quote *q)
{
    uint32_t n = q->n_segments < QREC_MAX_SEGMENTS ? q->n_segments : QREC_MAX_SEGMENTS;
    buf_put_varint(b, n);
    uint32_t prev = 0;
    for (uint32_t i = 0; i < n; i++) {
        buf_put_varint(b, q->seg[i][0] - prev);
        buf_put_varint(b, q->seg[i][1] - q->seg[i][0]);
        prev = q->seg[i][1];
    }
    const uint32_t *span[2] = {q->has_said ? q->said : NULL, q->has_cue ? q->cue : NULL};
    for (int k = 0; k < 2; k++) {
        if (!span[k]) {
            buf_put_varint(b, 0);
            continue;
        }
        buf_put_varint(b, 1 + qrec_zigzag((int64_t)span[k][0] - (int64_t)(n ? q->seg[0][0] : 0)));
        buf_put_varint(b, span[k][1] - span[k][0]);
    }
}

/* Decodes a record's extra field (untrusted bytes).  Every range must lie
 * within body_len bytes.  0, or -1 when the bytes are damaged. */
static inline int stored_quote_get(const unsigned char *p, size_t len, uint64_t body_len, stored_quote *q)
{
    rd r = rd_make(p, len);
    uint64_t n = rd_varint(&r), prev = 0;
    if (r.bad || n == 0 || n > QREC_MAX_SEGMENTS) return -1;
    q->n_segments = (uint32_t)n;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t gap = rd_varint(&r), l = rd_varint(&r);
        if (r.bad || gap > body_len - prev || l > body_len - prev - gap) return -1;
        q->seg[i][0] = (uint32_t)(prev + gap);
        q->seg[i][1] = (uint32_t)(prev + gap + l);
        prev += gap + l;
    }
    uint32_t *span[2] = {q->said, q->cue};
    int *has[2] = {&q->has_said, &q->has_cue};
    for (int k = 0; k < 2; k++) {
        uint64_t z = rd_varint(&r);
        *has[k] = z != 0;
        if (r.bad) return -1;
        if (!z) continue;
        z--;
        uint64_t mag = z >> 1; /* zigzag: even z is +z/2, odd z is -(z/2) - 1 */
        if (mag > body_len) return -1;
        int64_t start = (int64_t)q->seg[0][0] + ((z & 1) ? -(int64_t)mag - 1 : (int64_t)mag);
        uint64_t l = rd_varint(&r);
        if (r.bad || start < 0 || (uint64_t)start > body_len || l > body_len - (uint64_t)start) return -1;
        span[k][0] = (uint32_t)start;
        span[k][1] = (uint32_t)(start + (int64_t)l);
    }
    return rd_left(&r) == 0 ? 0 : -1;
}

#endif
