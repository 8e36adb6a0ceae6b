/*
 * Postings codec: the document ids and term frequencies of one term, and the
 * reader that walks them with skips.
 *
 * A term's postings are cut into blocks of POSTINGS_BLOCK documents.  A full
 * block stores doc-id gaps (minus one) and frequencies (minus one) bit-packed
 * in the 4-lane "vertical" layout of SIMD-BP128 (value i sits in lane i % 4),
 * so an SSE/AVX decoder can unpack it with shifts and masks; the scalar
 * decoder here reads the same bytes.  The last, partial block is LEB128
 * varints, so a rare term costs a few bytes instead of a padded block: per
 * document the gap with a bit saying "frequency 1" (then no frequency
 * follows), as Lucene does.
 * Terms with more than one block start with a skip table, one entry per
 * block: the block's last doc id and the offsets of the block and of its
 * first position, so AND and phrase evaluation can jump over blocks; each
 * column as many bytes wide as the term's largest value needs.
 *
 * A term's positions (per doc in doc order: the first absolute, then each
 * gap minus one) are one stream of values cut into units of 128 bit-packed
 * the same way, then a tail of varints for the last (cf mod 128) values:
 * positions are most of an index, and a 128-value block of small gaps packs
 * tighter than a byte per gap (scale-125: 26.6 -> 21.5 MB of body
 * positions).  A skip entry's positions offset is the byte offset of the
 * unit holding the block's first position, a bit saying the unit is the
 * tail, and that position's index in the unit (see POS_SKIP below).
 * Byte layout: docs/FORMAT.md, "Postings" and "Positions".
 */
#ifndef MORGUE_POSTINGS_H
#define MORGUE_POSTINGS_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"

enum { POSTINGS_BLOCK = 128 };
#define DOC_END UINT32_MAX

/* Packs 128 values of at most `bits` bits each into 16*bits bytes. */
void bitpack_128(const uint32_t *in, unsigned bits, unsigned char *out);
/* Unpacks what bitpack_128 wrote (reads exactly 16*bits bytes). */
void bitunpack_128(const unsigned char *in, unsigned bits, uint32_t *out);
/* Bits needed for the largest of n values (0 when all are zero). */
unsigned bits_needed(const uint32_t *v, size_t n);

/* A skip entry's positions offset: unit byte offset << 8 | tail << 7 | index. */
#define POS_SKIP(off, tail, idx) ((uint64_t)(off) << 8 | (uint64_t)(tail) << 7 | (idx))

/*
 * Builds a term's positions record from its values, given one at a time:
 * full units of 128 are packed into `out` as they fill, the rest goes out
 * as varints by positions_packer_finish.  Owns nothing (out is the
 * caller's); out->oom tells of a failed allocation.
 */
typedef struct {
    buf *out;
    uint32_t n;
    uint32_t v[POSTINGS_BLOCK];
} positions_packer;

static inline void positions_packer_start(positions_packer *pk, buf *out)
{
    pk->out = out;
    pk->n = 0;
}
/* Packs the 128 values held (called when they fill). */
void positions_packer_flush(positions_packer *pk);
static inline void positions_packer_add(positions_packer *pk, uint32_t v)
{
    pk->v[pk->n++] = v;
    if (pk->n == POSTINGS_BLOCK) positions_packer_flush(pk);
}
/* Writes the tail: the values left over, as varints. */
void positions_packer_finish(positions_packer *pk);
/* Adds the values of a stream of LEB128 varints (the inverter's in-memory
 * form); -1 when a varint is damaged or above UINT32_MAX.  From an empty
 * packer, the values past the last full unit go out as they are, as the
 * tail: call positions_packer_finish next (the stream's last varints are
 * trusted to be below 2^32 then, as the inverter's are). */
int positions_packer_add_varints(positions_packer *pk, const unsigned char *p, size_t len);
/* Adds the `count` values of a positions record (untrusted: a merge's
 * input); -1 when the record does not hold exactly `count` values. */
int positions_packer_add_record(positions_packer *pk, const unsigned char *rec, size_t len,
                                uint64_t count);

/*
 * Appends the postings of one term to out: n strictly increasing doc ids
 * with their frequencies (each >= 1).  `positions` is the term's positions
 * record (as positions_packer writes it, sum(freqs) values) so the skip
 * table can point into it; pass NULL with pos_len 0 to store zero offsets.
 * Returns 0, or -1 when the input is not strictly increasing, a frequency
 * is 0 or the positions record does not hold sum(freqs) values (nothing
 * appended then).
 */
int postings_encode(const uint32_t *docs, const uint32_t *freqs, size_t n,
                    const unsigned char *positions, size_t pos_len, buf *out);

/*
 * Reader over one term's postings (untrusted bytes).  Any inconsistency
 * (overrun, ids not increasing, counts wrong) sets `corrupt` and ends the
 * iteration; the caller checks `corrupt` when it sees DOC_END.
 */
typedef struct {
    const unsigned char *data;    /* whole postings record */
    size_t len;
    const unsigned char *pos;     /* the term's positions stream */
    size_t pos_len;
    uint32_t n_docs, n_blocks;
    const unsigned char *skip;    /* skip table entries or NULL (single block) */
    uint8_t skip_w[3];            /* widths of its columns in bytes */
    uint32_t skip_entry;          /* bytes per entry */
    const unsigned char *blocks;  /* first block */
    size_t blocks_len;
    uint32_t block;               /* current block index */
    uint32_t in_block, count;     /* cursor and size of the decoded block */
    uint32_t doc;                 /* current doc id or DOC_END */
    uint64_t block_pos_off;       /* POS_SKIP of the current block's first position */
    uint32_t pos_doc_index;       /* doc index whose positions the cursor is at
                                     (UINT32_MAX: not placed yet in this block) */
    uint64_t pos_rem;             /* in the last block, values from the cursor
                                     to its end */
    /* the positions cursor: unit at byte cur_off (the tail if cur_tail),
     * value cur_idx in it */
    size_t cur_off;
    uint32_t cur_idx;
    int cur_tail;
    /* the unit decoded into pvals: at unit_off (SIZE_MAX: none) */
    size_t unit_off, unit_end;
    uint32_t unit_n;
    int unit_tail;
    int corrupt;
    uint32_t docs[POSTINGS_BLOCK];
    uint32_t freqs[POSTINGS_BLOCK];
    uint32_t pvals[POSTINGS_BLOCK];
} postings_reader;

/* Starts reading; the first postings_next gives the first doc. */
void postings_open(postings_reader *r, const unsigned char *data, size_t len,
                   uint32_t n_docs, const unsigned char *pos, size_t pos_len);
/* Next doc id, or DOC_END. */
uint32_t postings_next(postings_reader *r);
/* First doc id >= target (moving forward only), or DOC_END. */
uint32_t postings_advance(postings_reader *r, uint32_t target);
/* Frequency of the current doc. */
static inline uint32_t postings_freq(const postings_reader *r)
{
    return r->freqs[r->in_block];
}
/*
 * Decodes the positions of the current doc into out (capacity cap, the
 * frequency is the count).  Returns the number written, or -1 on damage
 * (sets corrupt).  Positions come out strictly increasing.
 */
int postings_positions(postings_reader *r, uint32_t *out, uint32_t cap);

#endif
