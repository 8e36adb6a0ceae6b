#include "postings.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <stdlib.h>
#include <string.h>

/* ---- bit packing (4-lane vertical layout, see postings.h) ---------------- */

void bitpack_128(const uint32_t *in, unsigned bits, unsigned char *out)
{
    if (bits == 0) return;
#if defined(__SSE2__)
    /* the 4 lanes in one register, as bitunpack_128 reads them: word k of
     * every lane is filled, then stored at 16k (the scalar loop below took
     * 2% of indexing real.jsonl once positions were packed too) */
    const uint32_t mask = bits == 32 ? 0xffffffffu : ((1u << bits) - 1);
    const __m128i m = _mm_set1_epi32((int)mask);
    __m128i cur = _mm_setzero_si128();
    unsigned w = 0, sh = 0;
    for (unsigned j = 0; j < 32; j++) {
        __m128i v = _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(in + 4 * j)), m);
        cur = _mm_or_si128(cur, _mm_sll_epi32(v, _mm_cvtsi32_si128((int)sh)));
        sh += bits;
        if (sh >= 32) {
            _mm_storeu_si128((__m128i *)(void *)(out + 16 * w), cur);
            w++;
            sh -= 32;
            /* the high bits of a value split across two words */
            cur = sh ? _mm_srl_epi32(v, _mm_cvtsi32_si128((int)(bits - sh))) : _mm_setzero_si128();
        }
    }
#else
    uint32_t words[4 * 32];
    memset(words, 0, sizeof words[0] * 4 * bits);
    for (unsigned lane = 0; lane < 4; lane++) {
        unsigned bitpos = 0;
        for (unsigned j = 0; j < 32; j++, bitpos += bits) {
            uint64_t v = in[4 * j + lane];
            if (bits < 32) v &= ((uint64_t)1 << bits) - 1;
            unsigned w = bitpos >> 5, sh = bitpos & 31;
            words[4 * w + lane] |= (uint32_t)(v << sh);
            if (sh + bits > 32) words[4 * (w + 1) + lane] |= (uint32_t)(v >> (32 - sh));
        }
    }
    for (unsigned k = 0; k < 4 * bits; k++) {
        uint32_t x = words[k];
        out[4 * k] = (unsigned char)x;
        out[4 * k + 1] = (unsigned char)(x >> 8);
        out[4 * k + 2] = (unsigned char)(x >> 16);
        out[4 * k + 3] = (unsigned char)(x >> 24);
    }
#endif
}

void bitunpack_128(const unsigned char *in, unsigned bits, uint32_t *out)
{
    if (bits == 0) {
        memset(out, 0, sizeof *out * 128);
        return;
    }
    const uint64_t mask = bits == 32 ? 0xffffffffull : (((uint64_t)1 << bits) - 1);
#if defined(__SSE2__)
    /* Every x86-64 has SSE2: the 4 lanes are one register, so values
     * 4j..4j+3 come out of one load, shift and mask (the layout was chosen
     * for this; the scalar loop below took 12% of a phrase count batch). */
    const __m128i m = _mm_set1_epi32((int)(uint32_t)mask);
    for (unsigned j = 0, bitpos = 0; j < 32; j++, bitpos += bits) {
        unsigned w = bitpos >> 5, sh = bitpos & 31;
        __m128i v = _mm_srl_epi32(_mm_loadu_si128((const __m128i *)(const void *)(in + 16 * w)),
                                  _mm_cvtsi32_si128((int)sh));
        if (sh + bits > 32)
            v = _mm_or_si128(v, _mm_sll_epi32(_mm_loadu_si128((const __m128i *)(const void *)(in + 16 * (w + 1))),
                                              _mm_cvtsi32_si128((int)(32 - sh))));
        _mm_storeu_si128((__m128i *)(void *)(out + 4 * j), _mm_and_si128(v, m));
    }
#else
    for (unsigned lane = 0; lane < 4; lane++) {
        unsigned bitpos = 0;
        for (unsigned j = 0; j < 32; j++, bitpos += bits) {
            unsigned w = bitpos >> 5, sh = bitpos & 31;
            uint64_t v = load_u32(in + 4 * (4 * w + lane)) >> sh;
            if (sh + bits > 32) v |= (uint64_t)load_u32(in + 4 * (4 * (w + 1) + lane)) << (32 - sh);
            out[4 * j + lane] = (uint32_t)(v & mask);
        }
    }
#endif
}

unsigned bits_needed(const uint32_t *v, size_t n)
{
    uint32_t acc = 0;
    for (size_t i = 0; i < n; i++) acc |= v[i];
    return acc ? 32u - (unsigned)__builtin_clz(acc) : 0u;
}

/* ---- encoding ------------------------------------------------------------ */

/* ---- positions records ------------------------------------------------- */

void positions_packer_flush(positions_packer *pk)
{
    unsigned bits = bits_needed(pk->v, POSTINGS_BLOCK);
    buf_putc(pk->out, (unsigned char)bits);
    if (!buf_reserve(pk->out, 16 * bits)) {
        bitpack_128(pk->v, bits, pk->out->p + pk->out->len);
        pk->out->len += 16 * bits;
    }
    pk->n = 0;
}

void positions_packer_finish(positions_packer *pk)
{
    for (uint32_t i = 0; i < pk->n; i++) buf_put_varint(pk->out, pk->v[i]);
    pk->n = 0;
}

/* Varints (bytes with the high bit clear end one) in p[0..len-1]. */
static uint64_t count_varints(const unsigned char *p, size_t len)
{
    /* 8 bytes at a time, their ends summed by a multiply (the baseline
     * x86-64 target has no popcount instruction) */
    uint64_t n = 0;
    size_t i = 0;
    for (; len - i >= 8; i += 8)
        n += (((~load_u64(p + i) & 0x8080808080808080ull) >> 7) * 0x0101010101010101ull) >> 56;
    for (; i < len; i++) n += p[i] < 0x80;
    return n;
}

int positions_packer_add_varints(positions_packer *pk, const unsigned char *p, size_t len)
{
    rd in = rd_make(p, len);
    if (pk->n == 0 && len) {
        /* from an empty packer, the values past the last full unit are the
         * tail as it is: copied, not decoded and encoded again (most terms
         * are rare: their whole record is a tail) */
        if (p[len - 1] >= 0x80) return -1;
        uint64_t packed = count_varints(p, len) / POSTINGS_BLOCK * POSTINGS_BLOCK;
        for (; packed > 0; packed--) {
            uint64_t v = rd_varint(&in);
            if (in.bad || v > UINT32_MAX) return -1;
            positions_packer_add(pk, (uint32_t)v);
        }
        /* the varints left are < 2^32: the inverter's positions and gaps */
        buf_put(pk->out, in.p, (size_t)(in.end - in.p));
        return 0;
    }
    while (in.p < in.end) {
        uint64_t v = rd_varint(&in);
        if (in.bad || v > UINT32_MAX) return -1;
        positions_packer_add(pk, (uint32_t)v);
    }
    return 0;
}

int positions_packer_add_record(positions_packer *pk, const unsigned char *rec, size_t len,
                                uint64_t count)
{
    rd in = rd_make(rec, len);
    for (uint64_t u = count / POSTINGS_BLOCK; u > 0; u--) {
        const unsigned char *h = rd_bytes(&in, 1);
        if (!h || *h > 32) return -1;
        const unsigned char *body = rd_bytes(&in, 16u * *h);
        if (!body) return -1;
        if (pk->n == 0) {
            /* in step with the output (a merge's first input): the unit
             * is copied as it is */
            buf_put(pk->out, h, 1 + 16u * *h);
            continue;
        }
        uint32_t v[POSTINGS_BLOCK];
        bitunpack_128(body, *h, v);
        for (unsigned i = 0; i < POSTINGS_BLOCK; i++) positions_packer_add(pk, v[i]);
    }
    for (uint64_t i = count % POSTINGS_BLOCK; i > 0; i--) {
        uint64_t v = rd_varint(&in);
        if (in.bad || v > UINT32_MAX) return -1;
        positions_packer_add(pk, (uint32_t)v);
    }
    return in.p == in.end ? 0 : -1;
}

/* ---- encoding ------------------------------------------------------------ */

static unsigned byte_width(uint64_t max)
{
    unsigned w = 1;
    while (w < 8 && max >> (8 * w)) w++;
    return w;
}

static void put_le(unsigned char *p, uint64_t v, unsigned width)
{
    for (unsigned k = 0; k < width; k++) p[k] = (unsigned char)(v >> (8 * k));
}

int postings_encode(const uint32_t *docs, const uint32_t *freqs, size_t n,
                    const unsigned char *positions, size_t pos_len, buf *out)
{
    for (size_t i = 0; i < n; i++) {
        if (freqs[i] == 0 || (i && docs[i] <= docs[i - 1]) || docs[i] == DOC_END) return -1;
    }
    if (n == 0) return 0;
    size_t out_len0 = out->len;
    size_t n_blocks = (n + POSTINGS_BLOCK - 1) / POSTINGS_BLOCK;
    /* With several blocks, the blocks go to `body` first: the skip table's
     * column widths depend on the largest offsets. */
    buf body = {0};
    buf *dst = n_blocks > 1 ? &body : out;
    uint64_t *skip = NULL;
    if (n_blocks > 1 && !(skip = malloc(sizeof *skip * 3 * n_blocks))) return -1;
    /* positions: the values before each block (v), and a walk over the
     * record's packed units (unit k at byte pos_off) to find where each
     * block's first value is */
    uint64_t cf = 0;
    for (size_t i = 0; i < n; i++) cf += freqs[i];
    uint64_t full = cf / POSTINGS_BLOCK, v = 0, unit = 0;
    size_t pos_off = 0;
    int bad_pos = 0;
    int64_t prev = -1;
    uint32_t tmp[POSTINGS_BLOCK];
    for (size_t b = 0; b < n_blocks; b++) {
        size_t first = b * POSTINGS_BLOCK;
        size_t count = n - first < POSTINGS_BLOCK ? n - first : POSTINGS_BLOCK;
        if (positions) {
            uint64_t target = v / POSTINGS_BLOCK < full ? v / POSTINGS_BLOCK : full;
            for (; unit < target; unit++) {
                if (pos_off >= pos_len || positions[pos_off] > 32 ||
                    16u * positions[pos_off] >= pos_len - pos_off) {
                    bad_pos = 1;
                    break;
                }
                pos_off += 1 + 16u * positions[pos_off];
            }
        }
        if (skip) {
            skip[3 * b] = docs[first + count - 1];
            skip[3 * b + 1] = dst->len;
            skip[3 * b + 2] = !positions ? 0
                              : v < full * POSTINGS_BLOCK ? POS_SKIP(pos_off, 0, v % POSTINGS_BLOCK)
                                                          : POS_SKIP(pos_off, 1, v - full * POSTINGS_BLOCK);
        }
        if (count == POSTINGS_BLOCK) {
            for (size_t i = 0; i < count; i++) {
                tmp[i] = (uint32_t)((int64_t)docs[first + i] - prev - 1);
                prev = docs[first + i];
            }
            unsigned db = bits_needed(tmp, count);
            buf_putc(dst, (unsigned char)db);
            uint32_t ftmp[POSTINGS_BLOCK];
            for (size_t i = 0; i < count; i++) ftmp[i] = freqs[first + i] - 1;
            unsigned fb = bits_needed(ftmp, count);
            buf_putc(dst, (unsigned char)fb);
            if (buf_reserve(dst, 16 * (db + fb))) break;
            bitpack_128(tmp, db, dst->p + dst->len);
            dst->len += 16 * db;
            bitpack_128(ftmp, fb, dst->p + dst->len);
            dst->len += 16 * fb;
        } else {
            /* the gap with a flag for the commonest frequency, 1, folded
             * in (as Lucene does): a tail posting took 2.9 bytes on the
             * real corpus, 2.1 so */
            for (size_t i = 0; i < count; i++) {
                uint64_t gap = (uint64_t)((int64_t)docs[first + i] - prev - 1);
                buf_put_varint(dst, gap << 1 | (freqs[first + i] == 1));
                if (freqs[first + i] > 1) buf_put_varint(dst, freqs[first + i] - 2);
                prev = docs[first + i];
            }
        }
        for (size_t i = 0; i < count; i++) v += freqs[first + i];
    }
    if (positions && !bad_pos) {
        /* the rest of the units, then exactly cf mod 128 varints */
        for (; unit < full && !bad_pos; unit++) {
            if (pos_off >= pos_len || positions[pos_off] > 32 ||
                16u * positions[pos_off] >= pos_len - pos_off) bad_pos = 1;
            else pos_off += 1 + 16u * positions[pos_off];
        }
        uint64_t ends = bad_pos ? 0 : count_varints(positions + pos_off, pos_len - pos_off);
        if (ends != cf % POSTINGS_BLOCK || (pos_len > pos_off && positions[pos_len - 1] >= 0x80))
            bad_pos = 1;
    }
    if (bad_pos) {
        free(skip);
        buf_free(&body);
        out->len = out_len0;
        return -1;
    }
    if (skip) {
        /* skip table: three column widths, then fixed-width entries (a
         * third of the 16 bytes per block of format 3) */
        uint64_t max[3] = {0, 0, 0};
        for (size_t b = 0; b < n_blocks; b++)
            for (int c = 0; c < 3; c++)
                if (skip[3 * b + c] > max[c]) max[c] = skip[3 * b + c];
        unsigned w[3];
        for (int c = 0; c < 3; c++) w[c] = byte_width(max[c]);
        size_t entry = w[0] + w[1] + w[2];
        if (!body.oom && !buf_reserve(out, 3 + entry * n_blocks + body.len)) {
            unsigned char *p = out->p + out->len;
            for (int c = 0; c < 3; c++) *p++ = (unsigned char)w[c];
            for (size_t b = 0; b < n_blocks; b++)
                for (int c = 0; c < 3; c++) {
                    put_le(p, skip[3 * b + c], w[c]);
                    p += w[c];
                }
            memcpy(p, body.p, body.len);
            out->len += 3 + entry * n_blocks + body.len;
        }
        free(skip);
        int bad = body.oom;
        buf_free(&body);
        if (bad) return -1;
    }
    return out->oom ? -1 : 0;
}

/* ---- decoding ------------------------------------------------------------ */

void postings_open(postings_reader *r, const unsigned char *data, size_t len,
                   uint32_t n_docs, const unsigned char *pos, size_t pos_len)
{
    r->data = data;
    r->len = len;
    r->pos = pos;
    r->pos_len = pos_len;
    r->n_docs = n_docs;
    r->n_blocks = (uint32_t)(((uint64_t)n_docs + POSTINGS_BLOCK - 1) / POSTINGS_BLOCK);
    r->corrupt = 0;
    r->block = UINT32_MAX;
    r->in_block = r->count = 0;
    r->doc = n_docs ? 0 : DOC_END;
    r->skip = NULL;
    r->unit_off = SIZE_MAX;
    r->pos_doc_index = UINT32_MAX;
    r->blocks = data;
    r->blocks_len = len;
    if (r->n_blocks > 1) {
        int bad = len < 3 || data[0] < 1 || data[0] > 4 || data[1] < 1 || data[1] > 8 ||
                  data[2] < 1 || data[2] > 8;
        uint64_t need = 0;
        if (!bad) {
            for (int c = 0; c < 3; c++) r->skip_w[c] = data[c];
            r->skip_entry = (uint32_t)(data[0] + data[1] + data[2]);
            need = 3 + (uint64_t)r->n_blocks * r->skip_entry;
        }
        if (bad || need > len) {
            r->corrupt = 1;
            r->doc = DOC_END;
            return;
        }
        r->skip = data + 3;
        r->blocks = data + need;
        r->blocks_len = len - (size_t)need;
    }
}

/* Column c (0 last doc, 1 block offset, 2 positions offset) of skip entry
 * b (< n_blocks, so inside the table postings_open checked). */
static uint64_t skip_get(const postings_reader *r, uint32_t b, int c)
{
    const unsigned char *p = r->skip + (size_t)b * r->skip_entry;
    for (int k = 0; k < c; k++) p += r->skip_w[k];
    uint64_t v = 0;
    for (unsigned k = r->skip_w[c]; k-- > 0;) v = v << 8 | p[k];
    return v;
}

static int fail(postings_reader *r)
{
    r->corrupt = 1;
    r->doc = DOC_END;
    r->count = 0;
    return -1;
}

/* Decodes block b into docs/freqs; returns 0 or -1 (corrupt). */
static int load_block(postings_reader *r, uint32_t b)
{
    if (b >= r->n_blocks) return fail(r);
    size_t off = 0;
    int64_t prev = -1;
    r->block_pos_off = 0;
    if (r->skip) {
        uint64_t o = skip_get(r, b, 1);
        if (o > r->blocks_len) return fail(r);
        off = (size_t)o;
        r->block_pos_off = skip_get(r, b, 2);
        if (b > 0) prev = (int64_t)skip_get(r, b - 1, 0);
    }
    if (off > r->blocks_len) return fail(r);
    uint32_t count = b + 1 < r->n_blocks ? POSTINGS_BLOCK
                                          : r->n_docs - b * POSTINGS_BLOCK;
    rd in = rd_make(r->blocks + off, r->blocks_len - off);
    if (count == POSTINGS_BLOCK) {
        const unsigned char *h = rd_bytes(&in, 2);
        if (!h || h[0] > 32 || h[1] > 32) return fail(r);
        const unsigned char *d = rd_bytes(&in, 16u * h[0]);
        const unsigned char *f = rd_bytes(&in, 16u * h[1]);
        if (in.bad) return fail(r);
        bitunpack_128(d, h[0], r->docs);
        bitunpack_128(f, h[1], r->freqs);
        for (uint32_t i = 0; i < count; i++) {
            int64_t doc = prev + 1 + (int64_t)r->docs[i];
            if (doc >= (int64_t)DOC_END) return fail(r);
            r->docs[i] = (uint32_t)doc;
            prev = doc;
            if (r->freqs[i] == UINT32_MAX) return fail(r);
            r->freqs[i] += 1;
        }
    } else {
        for (uint32_t i = 0; i < count; i++) {
            uint64_t v = rd_varint(&in);
            int64_t doc = prev + 1 + (int64_t)(v >> 1);
            if (doc >= (int64_t)DOC_END) return fail(r);
            r->docs[i] = (uint32_t)doc;
            prev = doc;
            uint64_t f = v & 1 ? 1 : rd_varint(&in) + 2;
            if (f > UINT32_MAX || f < 1) return fail(r);
            r->freqs[i] = (uint32_t)f;
        }
        if (in.bad) return fail(r);
    }
    if (r->skip && r->docs[count - 1] != skip_get(r, b, 0))
        return fail(r);
    r->block = b;
    r->count = count;
    r->in_block = 0;
    r->pos_doc_index = UINT32_MAX; /* the positions cursor is placed when asked */
    if (r->block_pos_off >> 8 > r->pos_len) return fail(r);
    r->doc = r->docs[0];
    return 0;
}

uint32_t postings_next(postings_reader *r)
{
    if (r->corrupt || r->n_docs == 0) return r->doc = DOC_END;
    if (r->block != UINT32_MAX && r->in_block + 1 < r->count) {
        r->in_block++;
        return r->doc = r->docs[r->in_block];
    }
    uint32_t nb = r->block == UINT32_MAX ? 0 : r->block + 1;
    if (nb >= r->n_blocks) return r->doc = DOC_END;
    if (load_block(r, nb)) return DOC_END;
    return r->doc;
}

uint32_t postings_advance(postings_reader *r, uint32_t target)
{
    if (r->corrupt) return r->doc = DOC_END;
    if (r->block == UINT32_MAX) {
        if (postings_next(r) == DOC_END) return DOC_END;
    }
    if (r->doc == DOC_END || r->doc >= target) return r->doc;
    /* A dense list steps a doc or a few at a time (an AND or a phrase of
     * frequent words): look in the decoded block before its skip entry. */
    for (uint32_t i = r->in_block + 1; i < r->count && i <= r->in_block + 4; i++)
        if (r->docs[i] >= target) {
            r->in_block = i;
            return r->doc = r->docs[i];
        }
    /* Leap over whole blocks whose last doc is below the target. */
    uint32_t b = r->block;
    if (r->skip && skip_get(r, b, 0) < target) {
        uint32_t lo = b + 1, hi = r->n_blocks; /* first block with last >= target */
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (skip_get(r, mid, 0) < target) lo = mid + 1;
            else hi = mid;
        }
        if (lo >= r->n_blocks) return r->doc = DOC_END;
        if (load_block(r, lo)) return DOC_END;
        if (r->doc >= target) return r->doc;
    }
    /* The target is in this block (its last doc, the skip entry, is not
     * below it) unless the term has one block or this is its last: the
     * first doc >= target by binary search over the decoded docs, where a
     * call of postings_next per doc walked half a block on average (an
     * AND's frequent term stepped to its rare partner's next doc). */
    for (;;) {
        uint32_t lo = r->in_block + 1, hi = r->count;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (r->docs[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        if (lo < r->count) {
            r->in_block = lo;
            return r->doc = r->docs[lo];
        }
        r->in_block = r->count - 1;
        if (postings_next(r) == DOC_END) return DOC_END;
        if (r->doc >= target) return r->doc;
    }
}

static int pos_fail(postings_reader *r)
{
    r->corrupt = 1;
    return -1;
}

/* Decodes the unit under the cursor into pvals, unless it is there (the
 * caller checks that first: most docs' positions lie in the unit the last
 * doc's did).  Unpacking a whole packed unit cost less in a phrase batch
 * than unpacking only the groups of 4 values each doc needs, which the
 * layout allows: the values of a unit are mostly all read. */
static int pos_decode(postings_reader *r)
{
    r->unit_off = SIZE_MAX;
    size_t off = r->cur_off;
    if (off > r->pos_len) return pos_fail(r);
    if (!r->cur_tail) {
        if (off >= r->pos_len) return pos_fail(r);
        unsigned bits = r->pos[off];
        if (bits > 32 || 16u * bits >= r->pos_len - off) return pos_fail(r);
        bitunpack_128(r->pos + off + 1, bits, r->pvals);
        r->unit_n = POSTINGS_BLOCK;
        r->unit_end = off + 1 + 16u * bits;
    } else {
        /* the tail: varints to the record's end, fewer than 128 */
        rd in = rd_make(r->pos + off, r->pos_len - off);
        uint32_t n = 0;
        while (in.p < in.end) {
            if (n == POSTINGS_BLOCK - 1) return pos_fail(r);
            uint64_t v = rd_varint(&in);
            if (in.bad || v > UINT32_MAX) return pos_fail(r);
            r->pvals[n++] = (uint32_t)v;
        }
        if (n == 0) return pos_fail(r);
        r->unit_n = n;
        r->unit_end = r->pos_len;
    }
    r->unit_off = off;
    r->unit_tail = r->cur_tail;
    return 0;
}

static inline int pos_unit_ready(const postings_reader *r)
{
    return r->unit_off == r->cur_off && r->unit_tail == r->cur_tail;
}

/* Moves the cursor from the end of its packed unit to the next unit.  That
 * is the tail when the next block's skip entry says the tail starts there,
 * or, in the last block, when fewer than 128 values are left. */
static int pos_next_unit(postings_reader *r)
{
    if (r->cur_tail) return pos_fail(r); /* nothing after the tail */
    size_t end;
    if (pos_unit_ready(r)) {
        end = r->unit_end;
    } else { /* skipped over: its header gives its size */
        size_t off = r->cur_off;
        if (off >= r->pos_len || r->pos[off] > 32 || 16u * r->pos[off] >= r->pos_len - off)
            return pos_fail(r);
        end = off + 1 + 16u * r->pos[off];
    }
    if (r->skip && r->block + 1 < r->n_blocks) {
        uint64_t e = skip_get(r, r->block + 1, 2);
        r->cur_tail = (e >> 7 & 1) && e >> 8 == end;
    } else {
        r->cur_tail = r->pos_rem < POSTINGS_BLOCK;
    }
    r->cur_off = end;
    r->cur_idx = 0;
    return 0;
}

int postings_positions(postings_reader *r, uint32_t *out, uint32_t cap)
{
    if (r->corrupt || r->doc == DOC_END || r->block == UINT32_MAX) return -1;
    /* The common case in a phrase of frequent words: the doc right after
     * the last one read, its positions all in the unit decoded.  The
     * general path's bookkeeping was more than its decoding (a phrase
     * batch at 1 GB: 95 instructions a call besides the values). */
    if (r->in_block == r->pos_doc_index && pos_unit_ready(r) && r->cur_idx <= r->unit_n) {
        uint32_t f = r->freqs[r->in_block];
        if (f <= cap && f <= r->unit_n - r->cur_idx && f <= r->pos_rem) {
            const uint32_t *v = r->pvals + r->cur_idx;
            uint64_t p = v[0];
            out[0] = (uint32_t)p;
            for (uint32_t i = 1; i < f; i++) {
                p += (uint64_t)v[i] + 1;
                out[i] = (uint32_t)p;
            }
            if (p >= UINT32_MAX) return pos_fail(r);
            r->cur_idx += f;
            r->pos_rem -= f;
            r->pos_doc_index++;
            return (int)f;
        }
    }
    if (r->in_block < r->pos_doc_index) {
        /* first positions of the block, or a re-read: start at the block;
         * the values left matter in the last block only (pos_next_unit) */
        uint64_t total = UINT64_MAX >> 1;
        if (r->block + 1 == r->n_blocks) {
            total = 0;
            for (uint32_t k = 0; k < r->count; k++) total += r->freqs[k];
        }
        r->pos_rem = total;
        r->pos_doc_index = 0;
        if (r->skip) {
            uint64_t e = r->block_pos_off;
            r->cur_off = (size_t)(e >> 8);
            r->cur_tail = (int)(e >> 7 & 1);
            r->cur_idx = (uint32_t)(e & 127);
        } else {
            r->cur_off = 0;
            r->cur_tail = total < POSTINGS_BLOCK;
            r->cur_idx = 0;
        }
    }
    uint64_t skip = 0;
    for (uint32_t k = r->pos_doc_index; k < r->in_block; k++) skip += r->freqs[k];
    uint32_t f = r->freqs[r->in_block];
    if (skip + f > r->pos_rem) return pos_fail(r);
    /* walk over the skipped docs' values: whole packed units by their
     * headers, without decoding them */
    while (skip) {
        if (r->cur_tail) {
            if (skip >= POSTINGS_BLOCK) return pos_fail(r);
            r->cur_idx += (uint32_t)skip; /* against the tail's size: on reading */
            r->pos_rem -= skip;
            break;
        }
        uint32_t avail = POSTINGS_BLOCK - r->cur_idx;
        if (skip < avail) {
            r->cur_idx += (uint32_t)skip;
            r->pos_rem -= skip;
            break;
        }
        skip -= avail;
        r->pos_rem -= avail;
        if (pos_next_unit(r)) return -1;
    }
    uint64_t p = 0;
    uint32_t n = 0;
    for (uint32_t k = 0; k < f;) {
        if (!pos_unit_ready(r) && pos_decode(r)) return -1;
        if (r->cur_idx >= r->unit_n) {
            if (r->cur_idx > r->unit_n || r->cur_tail) return pos_fail(r);
            if (pos_next_unit(r) || pos_decode(r)) return -1;
        }
        uint32_t m = r->unit_n - r->cur_idx;
        if (m > f - k) m = f - k;
        const uint32_t *v = r->pvals + r->cur_idx;
        uint32_t i = 0;
        if (k == 0) {
            p = v[0];
            if (n < cap) out[n++] = (uint32_t)p;
            i = 1;
        }
        if (cap - n >= m - i) { /* the common case: all fit */
            for (; i < m; i++) {
                p += (uint64_t)v[i] + 1;
                out[n++] = (uint32_t)p;
            }
        } else {
            for (; i < m; i++) {
                p += (uint64_t)v[i] + 1;
                if (n < cap) out[n++] = (uint32_t)p;
            }
        }
        if (p >= UINT32_MAX) return pos_fail(r);
        r->cur_idx += m;
        r->pos_rem -= m;
        k += m;
    }
    r->pos_doc_index = r->in_block + 1;
    return (int)n;
}
