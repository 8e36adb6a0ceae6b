/*
 * Segment writer.  A segment file is written once and never changed:
 *
 *   segment     := header postings positions docmeta store store_table
 *                  dict dict_index names checks footer
 *   header      := "MORGUEsg" u32:version(7) u32:flags(0)
 *   postings    := term_postings*            one per term, dictionary order
 *   term_postings := skip_table? block*    (skip_table only if n_blocks > 1)
 *   skip_table  := u8:w_doc(1..4) u8:w_block(1..8) u8:w_pos(1..8) skip_entry{n_blocks}
 *   skip_entry  := last_doc(w_doc bytes) block_offset(w_block bytes)
 *                  positions_offset(w_pos bytes)          (LE integers)
 *   block       := full_block | tail_block
 *   full_block  := u8:doc_bits u8:freq_bits packed128(doc_gap-1, doc_bits)
 *                  packed128(freq-1, freq_bits)          (128 documents)
 *   tail_block  := (varint((doc_gap-1) << 1 | freq==1) varint(freq-2)?){count}
 *                  (the freq varint only when freq > 1)
 *   positions   := term_positions*           one per term, dictionary order
 *   term_positions := pos_unit{cf div 128} varint(value){cf mod 128}
 *   pos_unit    := u8:bits(0..32) packed128(value, bits)      (128 values)
 *     values: per document, in doc order, its first position, then each
 *     next one minus the previous minus 1 (cf of them in all); empty for a
 *     whole-name term.  A skip entry's positions_offset is
 *     unit_offset << 8 | in_tail << 7 | index: the byte offset (in the
 *     term's positions record) of the unit, or of the varint tail, that
 *     holds the block's first position, and that position's index in it
 *   docmeta     := u32:n_articles u32:n_quotes i64:date_base u32:n_clusters
 *                  u32:gaps_len u8:article_width{13} u8:quote_width{13}
 *                  article_row{n_articles} u8:0{8} quote_row{n_quotes} u8:0{8}
 *                  u64:cluster{n_clusters} gaps?      (gaps_len bytes; none when 0)
 *   gaps        := u32:n_split (u32:quote_row u32:offset){n_split} gap_list*
 *                  rows strictly increasing; offset into the gap lists
 *   article_row := id simhash body_hash date cluster_ref len{8 fields}
 *                  (each column LE, article_width[c] bytes, 0..8)
 *   quote_row   := parent type quote_start quote_span words_start len{8 fields}
 *                  (each column LE, quote_width[c] bytes, 0..8)
 *     type: quote type (0..3) | 4 when the quote has a gap list;
 *     words_start: the article body position of the quote's first word;
 *     its words span len[quote] positions plus its gaps
 *   gap_list    := varint:n(1..63) (varint:skip(>=1) varint:len(>=1)){n}
 *     positions inside the words' span that are not the quote's (the
 *     attribution between two segments): each gap starts after skip of
 *     the quote's words (since the span's start or the previous gap's
 *     end), and at least one word follows the last.  The quote field has no postings of its own (format
 *     6): a quote: query reads the body's postings inside these spans
 *   store       := dictionary(footer.store_dict_len bytes) zstd_frame*
 *                  frames with content size and checksum, one per block
 *   store_table := (u64:offset u32:comp_len u32:raw_len u32:first_doc
 *                   u32:n_docs){n_store_blocks}
 *     a block's raw bytes := record{n_docs}; a block holds articles or
 *                  quotes, never both
 *     record    := varint:n_fields(7) (varint:len bytes){7}
 *                  fields: source url title author date body extra
 *   dict        := dict_block*                 32 terms per block
 *   dict_block  := (lengths bytes:suffix varint:(df << 1 | cf==df)
 *                   varint:(cf-df-1)? varint:postings_len varint:positions_len)*
 *   lengths     := u8:(prefix << 4 | suffix_len)   both < 16, suffix_len >= 1
 *                | u8:0 varint:prefix varint:suffix_len
 *     (cf-df-1 only when cf != df)
 *   dict_index  := (varint:block_offset_delta varint:postings_offset_delta
 *                   varint:positions_offset_delta varint:n_terms
 *                   varint:first_len bytes:first_term
 *                   u64:block_checksum){n_dict_blocks}
 *                  block_checksum: segment_block_sum of the XXH3-64 of the
 *                  block's entries, of its postings bytes and of its
 *                  positions bytes
 *                  deltas from the previous block's offsets (from 0 for
 *                  the first)
 *   names       := u32:count u32:raw_len zstd_frame(name_entry{count})?
 *                  (no frame when count is 0)
 *   name_entry  := u8:kind varint:articles varint:quotes varint:len bytes:name
 *                  sorted by name, then kind
 *   checks      := u32:chunk_log2(16) u32:n_dm_chunks u32:n_st_chunks
 *                  u64:docmeta_sum{n_dm_chunks} u64:store_table_sum{n_st_chunks}
 *                  XXH3-64 of each 64 KiB of docmeta and of store_table (the
 *                  last of each shorter)
 *   footer      := (u64:offset u64:length){9 sections, in the order above
 *                  from postings to checks} u32:n_docs u32:n_store_blocks
 *                  u32:n_dict_blocks u32:store_dict_len u64:n_terms
 *                  u64:field_total{8}
 *                  u32:footer_size u8[4]:"MRGF" u64:checksum
 *
 * All integers are little-endian; varints are LEB128.  Documents are
 * numbered articles first, then quotes: 0..n_articles-1 are the articles
 * in order, n_articles.. the quotes in order (a quote row's parent is its
 * article's number), so the article-only fields' postings have gaps
 * counted in articles alone.  A term is one field byte ('0' + field
 * number, lib/fields.h) and its folded token.  The
 * checksum is XXH3-64 of header, dict_index, names, checks and the footer
 * before it: what an open reads whole.  The dictionary, postings and
 * positions are covered by the block checksums, docmeta and store_table by
 * the chunk checksums, store frames (and the store's dictionary) by their
 * own zstd checksums, each checked when first read (docs/FORMAT.md,
 * "Checksums").  Offsets in the footer are
 * from the file start; offsets inside dict_index and skip entries are
 * relative to their section (or, for skip entries, to the term's own
 * records); store_table offsets count the dictionary at the store's start.
 *
 * Postings, positions, the store, per-document metadata and the dictionary
 * are spooled to temporary files while the segment is built (they can be
 * large during a merge), and copied (docmeta: encoded, the store:
 * compressed) into the final file in order by segw_finish.  Quotes come
 * to the writer right after their article but are numbered after every
 * article, so their store records go to a spool of their own whose blocks
 * follow the articles' in the file.  What stays in memory is O(1) per
 * store block (8 bytes), per 32
 * terms (a dictionary index entry) and per entity name: peak RSS of
 * morgue-index -m 32M --keep-duplicates on scale-125.jsonl with its
 * merges went 81 -> 47 MB.
 */
#include "segment.h"
#include "strsort.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>
#include <zstd.h>
#define ZDICT_STATIC_LINKING_ONLY /* ZDICT_trainFromBuffer_fastCover */
#include <zdict.h>

#include "date.h"


typedef struct {
    char *name;           /* malloc'd */
    uint32_t len;
    int kind;
    uint32_t articles, quotes;
    uint64_t hash;
} name_ent;

typedef struct {
    FILE *f;
    uint64_t len;
} spool;

/* Temporary files: postings, positions, raw store blocks of articles and
 * of quotes, docmeta (one docmeta struct per document), dictionary, the
 * compressed store's frames. */
enum { SP_POST, SP_POS, SP_STORE, SP_QSTORE, SP_DOCMETA, SP_DICT, SP_ZSTORE, SP_COUNT };

/* The store being gathered for one kind of document (DOC_ARTICLE,
 * DOC_QUOTE): its pending records and its spooled blocks. */
typedef struct {
    buf raw;              /* records not yet ended as a block */
    uint32_t raw_docs;
    buf blocks;           /* per spooled raw block: u32 raw_len, u32 n_docs */
    uint32_t n_blocks;
    uint64_t docs;        /* documents in spooled blocks */
} store_kind;

struct segw {
    char *path;
    merr *e;
    spool sp[SP_COUNT];
    /* Per-document metadata is spooled as it comes; what its encoding
     * needs beforehand (column widths, cluster ids) is gathered on the
     * way, so that a segment's memory does not grow with its documents (a
     * merge's output can be large). */
    uint64_t last_id;
    int64_t last_date;
    uint32_t n_articles, n_quotes;
    int64_t date_min, date_max;
    int any_date;
    uint64_t amax[DM_ACOLS], qmax[DM_QCOLS];
    buf clusters;            /* u64 cluster ids of clustered articles */
    buf gaps;                /* quotes' gap lists, back to back */
    buf gap_rows;            /* per split quote: u32 quote row, u32 offset in gaps */
    store_kind st[2];     /* articles' and quotes' store */
    /* at segw_finish: every raw block, the articles' then the quotes'
     * (u32 raw_len, u32 n_docs each), read from the two spools as one */
    buf blocks;
    buf store_table, dict, dict_index;
    uint32_t store_dict_len;
    /* checksums of each dictionary block's postings and positions bytes;
     * the bytes wait in pend[] (a term's are a few bytes: an fwrite and a
     * hash update each were 1.4% of indexing real.jsonl) */
    XXH3_state_t *blk_post, *blk_pos, *blk_dict;
    buf checks;           /* the checks section (checks_make) */
    buf dm_sums;          /* docmeta's chunk checksums, for it */
    buf pend[2];
    uint64_t *blk_sum;
    uint32_t cap_blk_sum;
    uint32_t n_docs, n_store_blocks, n_dict_blocks, in_block;
    uint64_t dict_len;    /* dictionary bytes: spooled and in w->dict */
    uint64_t n_terms, field_total[FIELD_COUNT];
    char last_term[1024];
    size_t last_len;
    ZSTD_CCtx *zc;
    int threads;          /* compressing the store at finish */
    size_t store_dict_max; /* the store dictionary's largest size */
    buf zout;
    /* the store compressed into SP_ZSTORE (store_compress), at finish or,
     * after segw_store_start, on a thread of its own meanwhile */
    int store_closed, store_started, store_bad;
    pthread_t store_tid;
    buf store_dict;       /* the zstd dictionary: the store section's start */
    uint64_t store_zlen;  /* bytes of frames in SP_ZSTORE */
    name_ent *names;      /* entity names with counts */
    uint32_t n_names, cap_names;
    uint32_t *name_table; /* open addressing: index + 1 */
    uint32_t name_mask;
    buf names_sec;
};

static void article_cols(const docmeta *m, int64_t date_base, uint64_t cluster_ref,
                         uint64_t v[DM_ACOLS]);
static void quote_cols(const docmeta *m, uint64_t v[DM_QCOLS]);

static morgue_rc spool_write(segw *w, int which, const void *p, size_t n)
{
    if (n && fwrite(p, 1, n, w->sp[which].f) != n)
        return merr_set(w->e, MORGUE_E_IO, "%s: cannot write temporary data: %s",
                        w->path, strerror(errno));
    w->sp[which].len += n;
    return MORGUE_OK;
}

segw *segw_open(const char *path, merr *e)
{
    segw *w = calloc(1, sizeof *w);
    if (!w) {
        merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", path);
        return NULL;
    }
    w->e = e;
    w->path = strdup(path);
    w->zc = ZSTD_createCCtx();
    w->blk_post = XXH3_createState();
    w->blk_pos = XXH3_createState();
    w->blk_dict = XXH3_createState();
    int spooled = 1;
    for (int i = 0; i < SP_COUNT; i++) spooled &= (w->sp[i].f = tmpfile()) != NULL;
    if (!w->path || !w->zc || !w->blk_post || !w->blk_pos || !w->blk_dict || !spooled) {
        merr_set(e, MORGUE_E_IO, "%s: cannot create temporary files: %s", path,
                 strerror(errno));
        segw_abort(w);
        return NULL;
    }
    ZSTD_CCtx_setParameter(w->zc, ZSTD_c_compressionLevel, STORE_ZSTD_LEVEL);
    /* each frame carries a checksum of its raw bytes: the store is not
     * verified at open (docs/FORMAT.md, "Checksums") */
    ZSTD_CCtx_setParameter(w->zc, ZSTD_c_checksumFlag, 1);
    w->threads = 1;
    w->store_dict_max = STORE_DICT_MAX;
    return w;
}

void segw_set_store_dict_max(segw *w, size_t bytes)
{
    w->store_dict_max = bytes < 1024 ? 1024 : bytes;
}

void segw_set_threads(segw *w, int threads)
{
    w->threads = threads < 1 ? 1 : threads > STORE_THREADS_MAX ? STORE_THREADS_MAX : threads;
}

static void store_join(segw *w);

static void segw_free(segw *w)
{
    store_join(w);
    for (int i = 0; i < SP_COUNT; i++)
        if (w->sp[i].f) fclose(w->sp[i].f);
    buf_free(&w->clusters);
    buf_free(&w->gaps);
    buf_free(&w->gap_rows);
    for (int k = 0; k < 2; k++) {
        buf_free(&w->st[k].raw);
        buf_free(&w->st[k].blocks);
    }
    XXH3_freeState(w->blk_post);
    XXH3_freeState(w->blk_pos);
    XXH3_freeState(w->blk_dict);
    buf_free(&w->checks);
    buf_free(&w->dm_sums);
    buf_free(&w->pend[0]);
    buf_free(&w->pend[1]);
    free(w->blk_sum);
    buf_free(&w->blocks);
    buf_free(&w->store_table);
    buf_free(&w->dict);
    buf_free(&w->dict_index);
    buf_free(&w->zout);
    buf_free(&w->store_dict);
    buf_free(&w->names_sec);
    for (uint32_t i = 0; i < w->n_names; i++) free(w->names[i].name);
    free(w->names);
    free(w->name_table);
    ZSTD_freeCCtx(w->zc);
    free(w->path);
    free(w);
}

void segw_abort(segw *w)
{
    if (w) segw_free(w);
}

uint64_t segw_doc_count(const segw *w) { return w->n_docs; }

/* Ends the pending raw records of `kind` as one store block.  Blocks are
 * spooled raw and compressed by segw_finish, once the segment's dictionary
 * is trained on samples of them. */
static morgue_rc flush_store(segw *w, int kind)
{
    store_kind *k = &w->st[kind];
    if (k->raw_docs == 0) return MORGUE_OK;
    if (k->raw.len > STORE_BLOCK_MAX)
        return merr_set(w->e, MORGUE_E_LIMIT, "%s: stored article too large", w->path);
    FORWARD_IF_RC(spool_write(w, kind == DOC_QUOTE ? SP_QSTORE : SP_STORE, k->raw.p, k->raw.len));
    buf_put_u32(&k->blocks, (uint32_t)k->raw.len);
    buf_put_u32(&k->blocks, k->raw_docs);
    k->n_blocks++;
    k->docs += k->raw_docs;
    buf_clear(&k->raw);
    k->raw_docs = 0;
    if (k->blocks.oom) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    return MORGUE_OK;
}

morgue_rc segw_add_docmeta(segw *w, const docmeta *m)
{
    RETURN_IF_ERR(w->e);
    if (w->store_closed)
        return merr_set(w->e, MORGUE_E_ARG, "%s: document added after its store was ended", w->path);
    if (w->n_docs == UINT32_MAX - 1)
        return merr_set(w->e, MORGUE_E_LIMIT, "%s: too many documents in one segment", w->path);
    /* What the compact docmeta leaves out must be derivable: an article is
     * its own parent (its number among the articles); a quote comes right
     * after its article (and the article's other quotes), names it as
     * parent and shares its id and date. */
    int ok = m->kind == DOC_ARTICLE ? m->parent == w->n_articles
             : m->kind == DOC_QUOTE && w->n_articles && m->parent == w->n_articles - 1 &&
                   w->last_id == m->id && w->last_date == m->date && m->qstart <= m->qend &&
                   m->qtype < 4 && m->wspan <= UINT32_MAX - m->wstart;
    /* a quote's gap list is checked as a reader will check it, and copied;
     * its words span is its words plus its gaps (the row keeps the words
     * only) */
    docmeta sp = *m; /* what is spooled */
    sp.gaps = NULL;
    sp.gaps_ref = 0;
    if (ok && m->kind == DOC_QUOTE && m->gaps_len) {
        quote_words qw = {.start = m->wstart};
        ok = quote_gaps_decode(m->gaps, m->gaps_len, m->len[FIELD_QUOTE], &qw) == (long)m->gaps_len &&
             qw.span == m->wspan && w->gaps.len + m->gaps_len < UINT32_MAX;
        if (ok) {
            sp.gaps_ref = 1;
            buf_put_u32(&w->gap_rows, w->n_quotes);
            buf_put_u32(&w->gap_rows, (uint32_t)w->gaps.len);
            buf_put(&w->gaps, m->gaps, m->gaps_len);
        }
    } else if (ok && m->kind == DOC_QUOTE) {
        ok = m->wspan == m->len[FIELD_QUOTE];
    }
    if (!ok) return merr_set(w->e, MORGUE_E_ARG, "%s: inconsistent document metadata", w->path);
    uint64_t v[DM_ACOLS > DM_QCOLS ? DM_ACOLS : DM_QCOLS];
    if (m->kind == DOC_QUOTE) {
        quote_cols(&sp, v);
        for (int c = 0; c < DM_QCOLS; c++) if (v[c] > w->qmax[c]) w->qmax[c] = v[c];
        w->n_quotes++;
    } else {
        /* the date and cluster columns' largest values are known at the end */
        article_cols(m, 0, 0, v);
        for (int c = 0; c < DM_ACOLS; c++) if (c != 3 && c != 4 && v[c] > w->amax[c]) w->amax[c] = v[c];
        if (m->date != DATE_NONE) {
            if (!w->any_date || m->date < w->date_min) w->date_min = m->date;
            if (!w->any_date || m->date > w->date_max) w->date_max = m->date;
            w->any_date = 1;
        }
        if (m->cluster != m->id) buf_put_u64(&w->clusters, m->cluster);
        w->last_id = m->id;
        w->last_date = m->date;
        w->n_articles++;
    }
    if (w->clusters.oom || w->gaps.oom || w->gap_rows.oom)
        return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    FORWARD_IF_RC(spool_write(w, SP_DOCMETA, &sp, sizeof sp));
    w->n_docs++;
    for (int f = 0; f < FIELD_COUNT; f++) w->field_total[f] += m->len[f];
    return MORGUE_OK;
}

morgue_rc segw_add_doc(segw *w, const docmeta *m, const stored_doc *s)
{
    FORWARD_IF_RC(segw_add_docmeta(w, m));
    int kind = m->kind == DOC_QUOTE ? DOC_QUOTE : DOC_ARTICLE;
    buf *raw = &w->st[kind].raw;
    buf_put_varint(raw, STORED_FIELDS);
    for (int i = 0; i < STORED_FIELDS; i++) {
        buf_put_varint(raw, s->len[i]);
        buf_put(raw, s->f[i], s->len[i]);
    }
    if (raw->oom) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    w->st[kind].raw_docs++;
    size_t target = kind == DOC_QUOTE ? STORE_QBLOCK_TARGET : STORE_BLOCK_TARGET;
    if (raw->len >= target) return flush_store(w, kind);
    return MORGUE_OK;
}

morgue_rc segw_add_store_block(segw *w, int kind, const unsigned char *raw, size_t raw_len,
                               uint32_t n_docs)
{
    RETURN_IF_ERR(w->e);
    if (kind != DOC_ARTICLE && kind != DOC_QUOTE)
        return merr_set(w->e, MORGUE_E_ARG, "%s: bad store block kind", w->path);
    if (w->store_closed)
        return merr_set(w->e, MORGUE_E_ARG, "%s: store block added after its store was ended", w->path);
    FORWARD_IF_RC(flush_store(w, kind));
    if (n_docs == 0) return merr_set(w->e, MORGUE_E_ARG, "%s: empty store block", w->path);
    store_kind *k = &w->st[kind];
    buf_put(&k->raw, raw, raw_len);
    if (k->raw.oom) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    k->raw_docs = n_docs;
    return flush_store(w, kind);
}

morgue_rc segw_add_name(segw *w, const char *name, size_t len, int kind,
                        uint32_t articles, uint32_t quotes)
{
    RETURN_IF_ERR(w->e);
    if (len == 0 || len > 1024) return MORGUE_OK;
    if (!w->name_table || (uint64_t)w->n_names * 2 >= w->name_mask) {
        uint32_t nmask = w->name_table ? w->name_mask * 2 + 1 : 1023;
        uint32_t *t = calloc((size_t)nmask + 1, sizeof *t);
        if (!t) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
        for (uint32_t i = 0; i < w->n_names; i++) {
            uint32_t h = (uint32_t)w->names[i].hash & nmask;
            while (t[h]) h = (h + 1) & nmask;
            t[h] = i + 1;
        }
        free(w->name_table);
        w->name_table = t;
        w->name_mask = nmask;
    }
    uint64_t hash = XXH3_64bits_withSeed(name, len, (uint64_t)kind);
    uint32_t h = (uint32_t)hash & w->name_mask;
    for (; w->name_table[h]; h = (h + 1) & w->name_mask) {
        name_ent *n = &w->names[w->name_table[h] - 1];
        if (n->hash == hash && n->kind == kind && n->len == len && !memcmp(n->name, name, len)) {
            n->articles += articles;
            n->quotes += quotes;
            return MORGUE_OK;
        }
    }
    if (w->n_names == w->cap_names) {
        uint32_t ncap = w->cap_names ? w->cap_names * 2 : 256;
        name_ent *nn = realloc(w->names, sizeof *nn * ncap);
        if (!nn) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
        w->names = nn;
        w->cap_names = ncap;
    }
    name_ent *n = &w->names[w->n_names];
    n->name = malloc(len + 1);
    if (!n->name) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    memcpy(n->name, name, len);
    n->name[len] = 0;
    n->len = (uint32_t)len;
    n->kind = kind;
    n->articles = articles;
    n->quotes = quotes;
    n->hash = hash;
    w->name_table[h] = ++w->n_names;
    return MORGUE_OK;
}

static int cmp_name_ent(const void *a, const void *b, void *ctx)
{
    const name_ent *x = &((const name_ent *)ctx)[*(const uint32_t *)a];
    const name_ent *y = &((const name_ent *)ctx)[*(const uint32_t *)b];
    uint32_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->name, y->name, m);
    if (c) return c;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return x->kind - y->kind;
}

enum { PEND_MAX = 64 << 10 };

/* Hashes and spools the postings (k 0) or positions (k 1) waiting. */
static morgue_rc pend_flush(segw *w, int k)
{
    buf *b = &w->pend[k];
    if (b->oom) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    XXH3_64bits_update(k ? w->blk_pos : w->blk_post, b->p, b->len);
    FORWARD_IF_RC(spool_write(w, k ? SP_POS : SP_POST, b->p, b->len));
    buf_clear(b);
    return MORGUE_OK;
}

/* Adds a term's postings (k 0) or positions (k 1) to its block's. */
static morgue_rc pend_put(segw *w, int k, const unsigned char *p, size_t n)
{
    if (w->pend[k].len + n > PEND_MAX) {
        FORWARD_IF_RC(pend_flush(w, k));
        if (n > PEND_MAX) {
            XXH3_64bits_update(k ? w->blk_pos : w->blk_post, p, n);
            return spool_write(w, k ? SP_POS : SP_POST, p, n);
        }
    }
    buf_put(&w->pend[k], p, n);
    return MORGUE_OK;
}

/* Ends the current dictionary block's checksum (if a block is open) and
 * starts the next one's; every postings and positions byte is spooled
 * after. */
static morgue_rc end_dict_block(segw *w)
{
    FORWARD_IF_RC(pend_flush(w, 0));
    FORWARD_IF_RC(pend_flush(w, 1));
    if (w->n_dict_blocks) {
        if (w->n_dict_blocks > w->cap_blk_sum) {
            uint32_t ncap = w->cap_blk_sum ? w->cap_blk_sum * 2 : 1024;
            uint64_t *n = realloc(w->blk_sum, sizeof *n * ncap);
            if (!n) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
            w->blk_sum = n;
            w->cap_blk_sum = ncap;
        }
        w->blk_sum[w->n_dict_blocks - 1] = segment_block_sum(
            XXH3_64bits_digest(w->blk_dict), XXH3_64bits_digest(w->blk_post), XXH3_64bits_digest(w->blk_pos));
    }
    XXH3_64bits_reset(w->blk_post);
    XXH3_64bits_reset(w->blk_pos);
    XXH3_64bits_reset(w->blk_dict);
    return MORGUE_OK;
}

morgue_rc segw_add_term(segw *w, const char *term, size_t len, uint32_t df,
                        uint64_t cf, const unsigned char *post, size_t post_len,
                        const unsigned char *pos, size_t pos_len)
{
    RETURN_IF_ERR(w->e);
    if (len == 0 || len > 512 || df == 0 || cf < df)
        return merr_set(w->e, MORGUE_E_ARG, "%s: bad term", w->path);
    if (w->n_terms) {
        size_t m = len < w->last_len ? len : w->last_len;
        int c = memcmp(term, w->last_term, m);
        if (c < 0 || (c == 0 && len <= w->last_len))
            return merr_set(w->e, MORGUE_E_ARG, "%s: terms out of order", w->path);
    }
    size_t prefix = 0;
    if (w->in_block == DICT_BLOCK_TERMS || w->n_terms == 0) w->in_block = 0;
    if (w->in_block == 0) {
        FORWARD_IF_RC(end_dict_block(w));
        buf_put_u64(&w->dict_index, w->dict_len);
        buf_put_u64(&w->dict_index, w->sp[SP_POST].len);
        buf_put_u64(&w->dict_index, w->sp[SP_POS].len);
        buf_put_u32(&w->dict_index, DICT_BLOCK_TERMS); /* patched below if short */
        unsigned char l2[2] = {(unsigned char)len, (unsigned char)(len >> 8)};
        buf_put(&w->dict_index, l2, 2);
        buf_put(&w->dict_index, term, len);
        w->n_dict_blocks++;
    } else {
        size_t m = len < w->last_len ? len : w->last_len;
        while (prefix < m && term[prefix] == w->last_term[prefix]) prefix++;
    }
    /* The common entry's lengths take one byte and its counts one varint
     * (docs/FORMAT.md, "dict"): a prefix and a suffix under 16 bytes, and
     * cf == df (most terms occur once in each of their documents); 0.55 of
     * scale-125's 3.74 MB of dictionary. */
    size_t suffix = len - prefix, entry = w->dict.len;
    if (prefix < 16 && suffix < 16) {
        buf_putc(&w->dict, (unsigned char)(prefix << 4 | suffix));
    } else {
        buf_putc(&w->dict, 0);
        buf_put_varint(&w->dict, prefix);
        buf_put_varint(&w->dict, suffix);
    }
    buf_put(&w->dict, term + prefix, suffix);
    buf_put_varint(&w->dict, (uint64_t)df << 1 | (cf == df));
    if (cf != df) buf_put_varint(&w->dict, cf - df - 1);
    buf_put_varint(&w->dict, post_len);
    buf_put_varint(&w->dict, pos_len);
    if (!w->dict.oom) XXH3_64bits_update(w->blk_dict, w->dict.p + entry, w->dict.len - entry);
    w->dict_len = w->sp[SP_DICT].len + w->dict.len;
    if (w->dict.len >= (64u << 10)) {
        FORWARD_IF_RC(spool_write(w, SP_DICT, w->dict.p, w->dict.len));
        buf_clear(&w->dict);
    }
    memcpy(w->last_term, term, len);
    w->last_len = len;
    w->n_terms++;
    w->in_block++;
    FORWARD_IF_RC(pend_put(w, 0, post, post_len));
    FORWARD_IF_RC(pend_put(w, 1, pos, pos_len));
    if (w->dict.oom || w->dict_index.oom)
        return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    return MORGUE_OK;
}

/* ---- docmeta ------------------------------------------------------------ */

static unsigned width_of(uint64_t max)
{
    unsigned w = 0;
    while (max) {
        w++;
        max >>= 8;
    }
    return w;
}

static void put_le(buf *b, uint64_t v, unsigned width)
{
    unsigned char t[8];
    for (unsigned k = 0; k < width; k++) t[k] = (unsigned char)(v >> (8 * k));
    buf_put(b, t, width);
}

/* The column values of a document (docs/FORMAT.md, "docmeta"). */
static void article_cols(const docmeta *m, int64_t date_base, uint64_t cluster_ref,
                         uint64_t v[DM_ACOLS])
{
    v[0] = m->id;
    v[1] = m->simhash;
    v[2] = m->body_hash;
    v[3] = m->date == DATE_NONE ? 0 : (uint64_t)m->date - (uint64_t)date_base + 1;
    v[4] = cluster_ref;
    for (int f = 0; f < FIELD_COUNT; f++) v[5 + f] = m->len[f];
}

static void quote_cols(const docmeta *m, uint64_t v[DM_QCOLS])
{
    v[0] = m->parent;
    v[1] = m->qtype | (m->gaps_ref ? QTYPE_GAPS : 0);
    v[2] = m->qstart;
    v[3] = m->qend - m->qstart;
    v[4] = m->wstart;
    for (int f = 0; f < FIELD_COUNT; f++) v[5 + f] = m->len[f];
}

static int out_write(int fd, XXH3_state_t *h, const void *p, size_t n);

/* Chunk checksums for the checks section (docs/FORMAT.md, "checks"), so
 * that a reader checks only the chunks it reads: the bytes fed, in order,
 * are cut into chunks of 2^DM_CHUNK_LOG2 and each chunk's XXH3-64 appended
 * to sums; chunk_sums_end adds the last, shorter one and frees the state. */
typedef struct {
    XXH3_state_t *h;      /* NULL: out of memory */
    size_t in_chunk;      /* bytes of the current chunk hashed */
    buf sums;             /* u64 per finished chunk */
} chunk_sums;

static chunk_sums chunk_sums_start(void)
{
    chunk_sums c = {XXH3_createState(), 0, {0}};
    if (c.h) XXH3_64bits_reset(c.h);
    return c;
}

static void chunk_sums_feed(chunk_sums *c, const void *p, size_t n)
{
    const unsigned char *b = p;
    while (n && c->h) {
        size_t room = ((size_t)1 << DM_CHUNK_LOG2) - c->in_chunk, k = n < room ? n : room;
        XXH3_64bits_update(c->h, b, k);
        c->in_chunk += k;
        b += k;
        n -= k;
        if (c->in_chunk == (size_t)1 << DM_CHUNK_LOG2) {
            buf_put_u64(&c->sums, XXH3_64bits_digest(c->h));
            XXH3_64bits_reset(c->h);
            c->in_chunk = 0;
        }
    }
}

/* 0, or -1 when memory ran out on the way (c->sums is the caller's). */
static int chunk_sums_end(chunk_sums *c)
{
    if (c->h && c->in_chunk) buf_put_u64(&c->sums, XXH3_64bits_digest(c->h));
    int bad = !c->h || c->sums.oom;
    XXH3_freeState(c->h);
    c->h = NULL;
    return bad ? -1 : 0;
}

/* docmeta goes to the file through here, its chunks summed on the way. */
static int dm_write(chunk_sums *c, int fd, const void *p, size_t n)
{
    if (out_write(fd, NULL, p, n)) return -1;
    chunk_sums_feed(c, p, n);
    return 0;
}

/* Writes the docmeta section: one table of byte-aligned columns per kind,
 * each column as wide as its largest value needs, so a reader finds a
 * document's row in O(1) (articles are documents 0..n_articles-1, quotes
 * the rest).  The rows are made from the
 * spooled docmeta in two passes (articles, then quotes) through a 64 KiB
 * buffer.  *len gets the section's size; nonzero on failure.  Its chunk
 * sums go to w->dm_sums for the checks section (checks_make). */
static int out_docmeta(segw *w, int fd, uint64_t *len)
{
    chunk_sums ds = chunk_sums_start();
    FILE *f = w->sp[SP_DOCMETA].f;
    uint32_t nc = (uint32_t)(w->clusters.len / 8);
    int64_t date_base = w->any_date ? w->date_min : 0;
    uint64_t amax[DM_ACOLS], v[DM_ACOLS > DM_QCOLS ? DM_ACOLS : DM_QCOLS];
    memcpy(amax, w->amax, sizeof amax);
    amax[3] = w->any_date ? (uint64_t)w->date_max - (uint64_t)date_base + 1 : 0;
    amax[4] = nc;
    if (w->any_date && amax[3] == 0) {
        merr_set(w->e, MORGUE_E_ARG, "%s: dates out of range", w->path);
        return 1;
    }
    unsigned aw[DM_ACOLS], qw[DM_QCOLS];
    buf b = {0};
    buf_put_u32(&b, w->n_articles);
    buf_put_u32(&b, w->n_quotes);
    buf_put_u64(&b, (uint64_t)date_base);
    buf_put_u32(&b, nc);
    uint32_t n_gapped = (uint32_t)(w->gap_rows.len / 8);
    buf_put_u32(&b, n_gapped ? (uint32_t)(4 + w->gap_rows.len + w->gaps.len) : 0);
    for (int c = 0; c < DM_ACOLS; c++) buf_putc(&b, (unsigned char)(aw[c] = width_of(amax[c])));
    for (int c = 0; c < DM_QCOLS; c++) buf_putc(&b, (unsigned char)(qw[c] = width_of(w->qmax[c])));
    int bad = b.oom || dm_write(&ds, fd, b.p, b.len) || fflush(f);
    *len = b.len;
    buf_clear(&b);
    /* articles, then quotes; 8 zero bytes after each table let a reader
     * load any column as one unaligned u64 */
    for (int pass = 0; pass < 2 && !bad; pass++) {
        uint64_t cref = 0;
        bad = fseeko(f, 0, SEEK_SET) != 0;
        for (uint32_t d = 0; d < w->n_docs && !bad; d++) {
            docmeta m;
            if (fread(&m, sizeof m, 1, f) != 1) {
                bad = 1;
                break;
            }
            if ((m.kind == DOC_QUOTE) != pass) continue;
            if (pass == 0) {
                article_cols(&m, date_base, m.cluster != m.id ? ++cref : 0, v);
                for (int c = 0; c < DM_ACOLS; c++) put_le(&b, v[c], aw[c]);
            } else {
                quote_cols(&m, v);
                for (int c = 0; c < DM_QCOLS; c++) put_le(&b, v[c], qw[c]);
            }
            if (b.len >= (64u << 10)) {
                *len += b.len;
                bad = b.oom || dm_write(&ds, fd, b.p, b.len);
                buf_clear(&b);
            }
        }
        buf_put_u64(&b, 0);
    }
    buf_put(&b, w->clusters.p, w->clusters.len);
    if (n_gapped) {
        buf_put_u32(&b, n_gapped);
        buf_put(&b, w->gap_rows.p, w->gap_rows.len);
        buf_put(&b, w->gaps.p, w->gaps.len);
    }
    *len += b.len;
    bad = bad || b.oom || dm_write(&ds, fd, b.p, b.len);
    buf_free(&b);
    bad = chunk_sums_end(&ds) || bad;
    buf_free(&w->dm_sums);
    w->dm_sums = ds.sums;
    return bad;
}

/* The checks section: the chunk size, the two lists' lengths, docmeta's
 * chunk sums (out_docmeta), then the store table's, hashed here (it is in
 * memory once the store is written).  0, or -1 out of memory. */
static int checks_make(segw *w)
{
    chunk_sums st = chunk_sums_start();
    chunk_sums_feed(&st, w->store_table.p, w->store_table.len);
    int bad = chunk_sums_end(&st);
    buf_clear(&w->checks);
    buf_put_u32(&w->checks, DM_CHUNK_LOG2);
    buf_put_u32(&w->checks, (uint32_t)(w->dm_sums.len / 8));
    buf_put_u32(&w->checks, (uint32_t)(st.sums.len / 8));
    buf_put(&w->checks, w->dm_sums.p, w->dm_sums.len);
    buf_put(&w->checks, st.sums.p, st.sums.len);
    buf_free(&st.sums);
    return bad || w->checks.oom ? -1 : 0;
}

static const unsigned char *name_str(void *ctx, uint32_t i, uint32_t *len)
{
    const name_ent *n = &((const name_ent *)ctx)[i];
    *len = n->len;
    return (const unsigned char *)n->name;
}

/* Puts w->names in order: by name (memcmp, then length), then kind.  The
 * name table's indexes are stale after. */
static int sort_names(segw *w)
{
    uint32_t *ids = malloc(sizeof *ids * w->n_names);
    name_ent *sorted = malloc(sizeof *sorted * w->n_names);
    int bad = !ids || !sorted;
    for (uint32_t i = 0; !bad && i < w->n_names; i++) ids[i] = i;
    bad = bad || strsort(ids, w->n_names, w->n_names, name_str, cmp_name_ent, w->names);
    for (uint32_t i = 0; !bad && i < w->n_names; i++) sorted[i] = w->names[ids[i]];
    if (!bad) {
        free(w->names);
        w->names = sorted;
        w->cap_names = w->n_names;
        sorted = NULL;
    }
    free(ids);
    free(sorted);
    return bad ? -1 : 0;
}

/* The names section: count, raw length and the sorted entries as one zstd
 * frame (sorted names compress ~2.6x, 1.26 -> 0.48 MB on the real corpus,
 * and are read only by speaker and entity look-ups and merges).  Level
 * NAMES_ZSTD_LEVEL: level 9 gave 37 KB less on the real corpus (0.14% of
 * its index) for 189 M more instructions, 2.4% of indexing it. */
enum { NAMES_ZSTD_LEVEL = 4 };
static morgue_rc encode_names(segw *w)
{
    buf raw = {0};
    if (w->n_names && sort_names(w)) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    for (uint32_t i = 0; i < w->n_names; i++) {
        buf_putc(&raw, (unsigned char)w->names[i].kind);
        buf_put_varint(&raw, w->names[i].articles);
        buf_put_varint(&raw, w->names[i].quotes);
        buf_put_varint(&raw, w->names[i].len);
        buf_put(&raw, w->names[i].name, w->names[i].len);
    }
    if (raw.len > STORE_BLOCK_MAX) {
        buf_free(&raw);
        return merr_set(w->e, MORGUE_E_LIMIT, "%s: too many entity names", w->path);
    }
    buf_put_u32(&w->names_sec, w->n_names);
    buf_put_u32(&w->names_sec, (uint32_t)raw.len);
    if (w->n_names && !raw.oom) {
        size_t bound = ZSTD_compressBound(raw.len);
        if (!buf_reserve(&w->names_sec, bound)) {
            size_t z = ZSTD_compress(w->names_sec.p + w->names_sec.len, bound, raw.p, raw.len, NAMES_ZSTD_LEVEL);
            if (ZSTD_isError(z)) w->names_sec.oom = 1;
            else w->names_sec.len += z;
        }
    }
    int oom = raw.oom || w->names_sec.oom;
    buf_free(&raw);
    if (oom) return merr_set(w->e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    return MORGUE_OK;
}

/* ---- store ---------------------------------------------------------------- */

/* Reads raw store bytes [off, off+n) back from the spools, the articles'
 * and then the quotes' taken as one (both flushed first). */
static int spool_read(segw *w, uint64_t off, void *p, size_t n)
{
    uint64_t alen = w->sp[SP_STORE].len;
    unsigned char *c = p;
    if (off < alen) {
        size_t k = alen - off < n ? (size_t)(alen - off) : n;
        FILE *f = w->sp[SP_STORE].f;
        if (fseeko(f, (off_t)off, SEEK_SET) || fread(c, 1, k, f) != k) return -1;
        c += k;
        n -= k;
        off += k;
    }
    FILE *f = w->sp[SP_QSTORE].f;
    return n && (fseeko(f, (off_t)(off - alen), SEEK_SET) || fread(c, 1, n, f) != n) ? -1 : 0;
}

/*
 * Trains the segment's zstd dictionary on evenly spaced raw blocks (about
 * STORE_DICT_SAMPLES times the dictionary's size, at most
 * STORE_DICT_SAMPLES_MAX bytes, so training stays ~0.1 s however large the
 * segment).  A 256 KiB dictionary trained on 2.5 MiB of samples (10
 * times) compresses about as well as on 5 (20 times: 11.77 against 11.71
 * MB of store on real, 53.46 against 53.19 on scale-125) at half the
 * training cost, 0.25 G instructions on real.jsonl instead of 0.56.  On the real corpus (36 MB of raw records:
 * text, entities and quote records) the store was 15.0 MB in 16 KiB blocks
 * at level 3 without one; with a 110 KiB dictionary it is 13.1 MB, and 12.8
 * MB in 8 KiB blocks at level 5.  A smaller segment gets a smaller
 * dictionary (1/64 of its raw bytes); below STORE_DICT_MIN_RAW none (on the
 * 160 KB test corpus a dictionary cost more than it saved); a failed
 * training just means no dictionary.
 */
static void train_store_dict(segw *w, buf *dict)
{
    uint64_t total = w->sp[SP_STORE].len + w->sp[SP_QSTORE].len;
    size_t cap = total / 64 < w->store_dict_max ? (size_t)(total / 64) : w->store_dict_max;
    buf_clear(dict);
    if (total < STORE_DICT_MIN_RAW || w->n_store_blocks < 4) return;
    uint64_t budget = (uint64_t)cap * STORE_DICT_SAMPLES;
    if (budget > STORE_DICT_SAMPLES_MAX) budget = STORE_DICT_SAMPLES_MAX;
    uint32_t stride = total > budget ? (uint32_t)(total / budget) : 1;
    buf samples = {0};
    size_t *sizes = calloc(w->n_store_blocks / stride + 1, sizeof *sizes);
    unsigned n = 0;
    uint64_t off = 0;
    for (uint32_t i = 0; sizes && i < w->n_store_blocks; i++) {
        uint32_t len = load_u32(w->blocks.p + 8 * (size_t)i);
        if (i % stride == 0 && len > 0 && samples.len + len <= budget + STORE_BLOCK_TARGET * 2) {
            if (buf_reserve(&samples, len) || spool_read(w, off, samples.p + samples.len, len))
                break;
            samples.len += len;
            sizes[n++] = len;
        }
        off += len;
    }
    if (sizes && n >= 4 && !buf_reserve(dict, cap)) {
        ZDICT_fastCover_params_t p;
        memset(&p, 0, sizeof p);
        /* d 6 and accel 4 (not 8 and 1): training 279 -> 163 M
         * instructions on real.jsonl, and the store a little smaller
         * (morgue-query --stats: real 11.80 -> 11.77 MB, scale-125 53.49
         * -> 53.27 MB) */
        p.k = 200;
        p.d = 6;
        p.f = 18; /* 1 MiB of frequency counts, not 4: see STORE_DICT_SAMPLES */
        p.accel = 4;
        p.zParams.compressionLevel = STORE_ZSTD_LEVEL;
        size_t got = ZDICT_trainFromBuffer_fastCover(dict->p, cap, samples.p, sizes, n, p);
        if (!ZDICT_isError(got)) dict->len = got;
    }
    free(sizes);
    buf_free(&samples);
}

/* Writes n bytes to fd, feeding the checksum. */
static int out_write(int fd, XXH3_state_t *h, const void *p, size_t n)
{
    const char *c = p;
    if (h) XXH3_64bits_update(h, p, n);
    while (n) {
        ssize_t k = write(fd, c, n);
        if (k < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        c += k;
        n -= (size_t)k;
    }
    return 0;
}

static int out_copy_spool(int fd, XXH3_state_t *h, FILE *f)
{
    static _Thread_local char chunk[1 << 16];
    if (fflush(f) || fseek(f, 0, SEEK_SET)) return -1;
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (out_write(fd, h, chunk, k)) return -1;
    return ferror(f) ? -1 : 0;
}

/* Store blocks are compressed in windows of STORE_WINDOW blocks: the
 * window's raw bytes are read in one piece, its blocks compressed by every
 * thread at once (each with a context of its own, all referencing the one
 * read-only ZSTD_CDict) and written in order.  A frame depends only on its
 * raw bytes, the dictionary and the parameters, so the file is the same
 * whatever the number of threads; memory is one window (~0.5 MiB raw and
 * its compress bounds), not the store. */
enum { STORE_WINDOW = 64 };

typedef struct {
    const unsigned char *raw;    /* the window's raw bytes */
    const size_t *roff, *zoff;   /* per block: offset in raw, in out */
    unsigned char *out;
    size_t *z;                   /* per block: compressed size or zstd error */
    uint32_t n;
    atomic_uint next;
} zwindow;

typedef struct {
    zwindow *win;
    ZSTD_CCtx *zc;
} zworker;

static void *zwork(void *arg)
{
    zworker *k = arg;
    zwindow *wn = k->win;
    for (uint32_t i; (i = atomic_fetch_add(&wn->next, 1)) < wn->n;) {
        size_t rlen = wn->roff[i + 1] - wn->roff[i], bound = wn->zoff[i + 1] - wn->zoff[i];
        wn->z[i] = ZSTD_compress2(k->zc, wn->out + wn->zoff[i], bound, wn->raw + wn->roff[i], rlen);
    }
    return NULL;
}

/* Compresses every spooled raw block with the segment's dictionary
 * (trained here, kept in w->store_dict) into SP_ZSTORE and fills the store
 * table.  It touches only the store's own fields and spools, so it may run
 * on a thread of its own while terms are added (segw_store_start).
 * Nonzero on failure (w->e is not set here: the caller does). */
static int store_compress(segw *w)
{
    buf raw = {0};
    buf *dict = &w->store_dict;
    ZSTD_CDict *cd = NULL;
    int bad = 0, nt = w->threads;
    zworker k[STORE_THREADS_MAX];
    size_t roff[STORE_WINDOW + 1], zoff[STORE_WINDOW + 1], z[STORE_WINDOW];
    zwindow win = {.roff = roff, .zoff = zoff, .z = z};
    train_store_dict(w, dict);
    if (dict->len) {
        cd = ZSTD_createCDict(dict->p, dict->len, STORE_ZSTD_LEVEL);
        if (!cd) dict->len = 0;
    }
    w->store_dict_len = (uint32_t)dict->len;
    if (nt > (int)w->n_store_blocks) nt = w->n_store_blocks > 1 ? (int)w->n_store_blocks : 1;
    k[0].zc = w->zc;
    for (int t = 1; t < nt; t++) {
        k[t].zc = ZSTD_createCCtx();
        if (!k[t].zc) {
            nt = t;
            break;
        }
        ZSTD_CCtx_setParameter(k[t].zc, ZSTD_c_compressionLevel, STORE_ZSTD_LEVEL);
        ZSTD_CCtx_setParameter(k[t].zc, ZSTD_c_checksumFlag, 1);
    }
    for (int t = 0; t < nt; t++) {
        k[t].win = &win;
        if (ZSTD_isError(ZSTD_CCtx_refCDict(k[t].zc, cd))) bad = 1;
    }
    FILE *zf = w->sp[SP_ZSTORE].f;
    uint64_t off = dict->len, raw_off = 0;
    uint32_t first = 0;
    for (uint32_t b0 = 0; b0 < w->n_store_blocks && !bad; b0 += STORE_WINDOW) {
        uint32_t n = w->n_store_blocks - b0 < STORE_WINDOW ? w->n_store_blocks - b0 : STORE_WINDOW;
        roff[0] = zoff[0] = 0;
        for (uint32_t i = 0; i < n; i++) {
            uint32_t rlen = load_u32(w->blocks.p + 8 * (size_t)(b0 + i));
            roff[i + 1] = roff[i] + rlen;
            zoff[i + 1] = zoff[i] + ZSTD_compressBound(rlen);
        }
        buf_clear(&raw);
        buf_clear(&w->zout);
        if (buf_reserve(&raw, roff[n] + 1) || buf_reserve(&w->zout, zoff[n]) ||
            spool_read(w, raw_off, raw.p, roff[n])) {
            bad = 1;
            break;
        }
        win.raw = raw.p;
        win.out = w->zout.p;
        win.n = n;
        atomic_store(&win.next, 0);
        /* threads for this window only: a window is ~10 ms of work, a
         * thread ~50 us to start, and nothing stays behind between windows */
        pthread_t tid[STORE_THREADS_MAX];
        int started = 1;
        for (int t = 1; t < nt && (uint32_t)t < n; t++, started++)
            if (pthread_create(&tid[t], NULL, zwork, &k[t]) != 0) break;
        zwork(&k[0]);
        for (int t = 1; t < started; t++) pthread_join(tid[t], NULL);
        for (uint32_t i = 0; i < n; i++) {
            uint32_t nd = load_u32(w->blocks.p + 8 * (size_t)(b0 + i) + 4);
            if (ZSTD_isError(z[i]) || z[i] > UINT32_MAX || fwrite(w->zout.p + zoff[i], 1, z[i], zf) != z[i]) {
                bad = 1;
                break;
            }
            buf_put_u64(&w->store_table, off);
            buf_put_u32(&w->store_table, (uint32_t)z[i]);
            buf_put_u32(&w->store_table, (uint32_t)(roff[i + 1] - roff[i]));
            buf_put_u32(&w->store_table, first);
            buf_put_u32(&w->store_table, nd);
            off += z[i];
            first += nd;
        }
        raw_off += roff[n];
    }
    w->store_zlen = off - dict->len;
    ZSTD_CCtx_refCDict(w->zc, NULL);
    for (int t = 1; t < nt; t++) ZSTD_freeCCtx(k[t].zc);
    ZSTD_freeCDict(cd);
    buf_free(&raw);
    return bad || w->store_table.oom || fflush(zf) != 0;
}

static void *store_thread(void *arg)
{
    segw *w = arg;
    w->store_bad = store_compress(w);
    return NULL;
}

static void store_join(segw *w)
{
    if (!w->store_started) return;
    pthread_join(w->store_tid, NULL);
    w->store_started = 0;
}

/* Ends the store: the pending records of both kinds become blocks, and
 * the block list is made (the articles' blocks, then the quotes').  Once;
 * no document may be added after. */
static morgue_rc store_close(segw *w)
{
    merr *e = w->e;
    if (w->store_closed) return e->rc;
    w->store_closed = 1;
    if (e->rc == MORGUE_OK) flush_store(w, DOC_ARTICLE);
    if (e->rc == MORGUE_OK) flush_store(w, DOC_QUOTE);
    if (e->rc == MORGUE_OK) {
        if (w->st[DOC_ARTICLE].docs != w->n_articles || w->st[DOC_QUOTE].docs != w->n_quotes)
            merr_set(e, MORGUE_E_ARG, "%s: stored blocks hold %llu articles and %llu quotes, not %u and %u",
                     w->path, (unsigned long long)w->st[DOC_ARTICLE].docs,
                     (unsigned long long)w->st[DOC_QUOTE].docs, w->n_articles, w->n_quotes);
        else if (fflush(w->sp[SP_STORE].f) || fflush(w->sp[SP_QSTORE].f))
            merr_set(e, MORGUE_E_IO, "%s: cannot write temporary data: %s", w->path, strerror(errno));
    }
    if (e->rc == MORGUE_OK) {
        for (int k = 0; k < 2; k++) {
            buf_put(&w->blocks, w->st[k].blocks.p, w->st[k].blocks.len);
            w->n_store_blocks += w->st[k].n_blocks;
            buf_free(&w->st[k].blocks);
        }
        if (w->blocks.oom) merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    }
    return e->rc;
}

void segw_store_start(segw *w)
{
    if (w->store_started || w->store_closed || w->threads < 2 || store_close(w) != MORGUE_OK) return;
    /* without a thread, segw_finish compresses it as before */
    w->store_started = pthread_create(&w->store_tid, NULL, store_thread, w) == 0;
}

/* Writes the store section: the dictionary, then the compressed frames
 * (store_compress, here unless a thread did it); *len gets its size. */
static int out_store(segw *w, int fd, uint64_t *len)
{
    *len = w->store_dict.len + w->store_zlen;
    /* no checksum of its own: a damaged dictionary decompresses the frames
     * differently, which their checksums tell */
    return out_write(fd, NULL, w->store_dict.p, w->store_dict.len) ||
           out_copy_spool(fd, NULL, w->sp[SP_ZSTORE].f);
}


morgue_rc segw_finish(segw *w)
{
    merr *e = w->e;
    /* the store in document order: the articles' blocks, then the quotes',
     * compressed here or by the thread segw_store_start began */
    store_close(w);
    /* With a store thread (segw_store_start), everything up to the store
     * section (the dictionary's last pieces, the names, the postings,
     * positions and docmeta written out) is done while it compresses:
     * after it, these were a tenth of indexing real.jsonl on two threads,
     * with the second core idle. */
    int started = w->store_started;
    if (e->rc == MORGUE_OK && w->dict.len && spool_write(w, SP_DICT, w->dict.p, w->dict.len) == MORGUE_OK)
        buf_clear(&w->dict);
    /* The dictionary index, kept with fixed-width fields while building,
     * is written as deltas (257 -> 70 KB on the real corpus); the last
     * block may hold fewer than DICT_BLOCK_TERMS. */
    if (e->rc == MORGUE_OK) end_dict_block(w);
    if (e->rc == MORGUE_OK) {
        buf ix = {0};
        uint64_t prev[3] = {0, 0, 0};
        for (size_t off = 0, k = 0; off < w->dict_index.len; k++) {
            const unsigned char *p = w->dict_index.p + off;
            for (int f = 0; f < 3; f++) {
                uint64_t v = load_u64(p + 8 * f);
                buf_put_varint(&ix, v - prev[f]);
                prev[f] = v;
            }
            buf_put_varint(&ix, k + 1 == w->n_dict_blocks ? w->in_block : DICT_BLOCK_TERMS);
            uint16_t len = load_u16(p + 28);
            buf_put_varint(&ix, len);
            buf_put(&ix, p + 30, len);
            buf_put_u64(&ix, w->blk_sum[k]);
            off += 30 + (size_t)len;
        }
        buf_free(&w->dict_index);
        w->dict_index = ix;
        if (ix.oom) merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
    }
    if (e->rc == MORGUE_OK) encode_names(w);
    if (e->rc != MORGUE_OK) {
        segw_free(w); /* joins the store thread */
        return e->rc;
    }
    int fd = open(w->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        merr_set(e, MORGUE_E_IO, "%s: cannot create: %s", w->path, strerror(errno));
        segw_free(w);
        return e->rc;
    }
    XXH3_state_t *h = XXH3_createState();
    XXH3_64bits_reset(h);
    int bad = !h;
    uint64_t off[SEC_COUNT], len[SEC_COUNT];
    uint64_t at = SEGMENT_HEADER_SIZE;
    unsigned char head[SEGMENT_HEADER_SIZE] = {0};
    memcpy(head, SEGMENT_MAGIC, 8);
    head[8] = SEGMENT_VERSION;
    bad = bad || out_write(fd, h, head, sizeof head);
    /* the file's checksum covers what an open reads whole (the header, the
     * dictionary index, the names, the checks and the footer); the rest
     * has checksums of its own, checked on first use */
    const buf *mem[SEC_COUNT] = {NULL, NULL, NULL, NULL, &w->store_table,
                                 NULL, &w->dict_index, &w->names_sec, &w->checks};
    for (int s = 0; s < SEC_COUNT && !bad; s++) {
        off[s] = at;
        if (s == SEC_CHECKS && checks_make(w)) {
            merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", w->path);
            bad = 1;
            break;
        }
        if (mem[s]) {
            len[s] = mem[s]->len;
            bad = out_write(fd, s == SEC_STORE_TABLE ? NULL : h, mem[s]->p, mem[s]->len);
        } else if (s == SEC_STORE) {
            store_join(w);
            if (started ? w->store_bad : store_compress(w)) {
                merr_set(e, MORGUE_E_IO, "%s: cannot compress the store: %s", w->path, strerror(errno));
                bad = 1;
                break;
            }
            bad = out_store(w, fd, &len[s]);
        } else if (s == SEC_DOCMETA) {
            bad = out_docmeta(w, fd, &len[s]);
        } else if (s == SEC_DICT) {
            len[s] = w->sp[SP_DICT].len;
            bad = out_copy_spool(fd, NULL, w->sp[SP_DICT].f);
        } else {
            /* postings and positions: covered by the blocks' checksums */
            int which = s == SEC_POSTINGS ? SP_POST : SP_POS;
            len[s] = w->sp[which].len;
            bad = out_copy_spool(fd, NULL, w->sp[which].f);
        }
        at += len[s];
    }
    buf foot = {0};
    for (int s = 0; s < SEC_COUNT; s++) {
        buf_put_u64(&foot, off[s]);
        buf_put_u64(&foot, len[s]);
    }
    buf_put_u32(&foot, w->n_docs);
    buf_put_u32(&foot, w->n_store_blocks);
    buf_put_u32(&foot, w->n_dict_blocks);
    buf_put_u32(&foot, w->store_dict_len);
    buf_put_u64(&foot, w->n_terms);
    for (int f = 0; f < FIELD_COUNT; f++) buf_put_u64(&foot, w->field_total[f]);
    buf_put_u32(&foot, (uint32_t)foot.len + 16);
    buf_put(&foot, "MRGF", 4);
    if (!bad && !foot.oom) {
        bad = out_write(fd, h, foot.p, foot.len);
        unsigned char sum[8];
        uint64_t c = XXH3_64bits_digest(h);
        for (int k = 0; k < 8; k++) sum[k] = (unsigned char)(c >> (8 * k));
        bad = bad || out_write(fd, h, sum, 8);
    }
    bad = bad || foot.oom || fsync(fd) != 0;
    if (close(fd) != 0) bad = 1;
    buf_free(&foot);
    XXH3_freeState(h);
    if (bad) {
        merr_set(e, MORGUE_E_IO, "%s: cannot write: %s", w->path, strerror(errno));
        unlink(w->path);
    }
    segw_free(w);
    return e->rc;
}
