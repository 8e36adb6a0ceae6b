/*
 * Segments: the immutable files an index is made of (docs/FORMAT.md).
 *
 * segw_*    writes one segment file from terms given in sorted order, their
 *           encoded postings and positions, per-document metadata and stored
 *           articles (lib/segment_write.c).
 * segment_* maps a segment file, verifies its checksum and bounds, and
 *           answers term look-ups, dictionary walks and document fetches
 *           (lib/segment_read.c).
 */
#ifndef MORGUE_SEGMENT_H
#define MORGUE_SEGMENT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "buf.h"
#include "error.h"
#include "fields.h"

#define SEGMENT_MAGIC "MORGUEsg"
#define SEGMENT_VERSION 7u
/* DOCMETA_SIZE: bytes of one docmeta in memory while a segment is built
 * (the writer's budget counts it); on disk a document takes far less. */
enum { SEGMENT_HEADER_SIZE = 16, DICT_BLOCK_TERMS = 32, DOCMETA_SIZE = 80,
       STORE_BLOCK_TARGET = 4 * 1024, STORE_QBLOCK_TARGET = 4 * 1024, STORED_FIELDS = 7 };
#define STORE_BLOCK_MAX (512u << 20)
/* docmeta columns of an article and of a quote (docs/FORMAT.md); the store's
 * zstd level and dictionary (at most STORE_DICT_MAX bytes, trained on about
 * STORE_DICT_SAMPLES times its size of raw blocks).  Level 3: on
 * real.jsonl (callgrind, --threads 1) indexing takes 11.57 G instructions at
 * level 3 and 14.89 G at level 5 (-22%, dictionary training included), for
 * an index 1.4% larger (31.06 vs 30.64 MB; real.txt store 10.31 vs 10.06 MB,
 * 9.61 at level 7).  Indexing throughput per thread is a target (issue 5:
 * twice Lucene's) and compression CPU is spent again by every merge;
 * reading is as fast at either level.  20 times the dictionary's size of
 * samples and fastCover's f = 18 (not 40 and 20): training's own memory goes
 * from about 10.5 MB (4.4 MB of samples, 6 MB of frequency tables) to 3.7 MB,
 * which is what held `--memory 32M` on scale-125 at 43.3 MB peak RSS (now
 * 36.3 MB, within 1.2x); the real corpus's store grows 13.24 -> 13.29 MB. */
enum { DM_ACOLS = 5 + FIELD_COUNT, DM_QCOLS = 5 + FIELD_COUNT, QTYPE_GAPS = 4, STORE_ZSTD_LEVEL = 3,
       STORE_DICT_MAX = 110 * 1024, STORE_DICT_MAX_ROOMY = 256 * 1024, STORE_DICT_SAMPLES = 20,
       STORE_DICT_MIN_RAW = 512 * 1024, STORE_DICT_SAMPLES_MAX = 2560 * 1024,
       STORE_THREADS_MAX = 64 };
/* Quotes' records are stored in blocks of their own (format 5), so a quote
 * hit decompresses its quote block and its article's: quote blocks of 4 KiB
 * (about 40 records), not 8, keep that second block cheap.  morgue-query
 * --batch q-real.txt --quotes (callgrind): 4,703 M instructions in format 4,
 * 4,748 M with 8 KiB quote blocks, 4,698 M with 4 KiB, 4,676 M with 2 KiB;
 * the real corpus's store: 13.30, 13.18, 13.31 and 13.44 MB. */
/* 4 KiB article blocks, not 64: a hit decompresses its whole block, and on
 * Reuters + BBC a page of ten hits cost 2.8 G instructions with 64 KiB
 * blocks and 1.1 G with 16 KiB, for stored text 10% larger.  With the
 * segment's dictionary small blocks lose little: on real.txt 16 KiB blocks
 * compress to 10.13 MB, 8 KiB to 10.31 MB (format 4).  Format 5, 8 -> 4 KiB:
 * the top-10 batches (morgue-query --batch --json -n 10, callgrind) 732 ->
 * 623 M instructions on q-real and 718 -> 612 M on q-s125, for a store 1.9%
 * (real) and 0.7% (scale-125) larger; zstd was half of a rare term's
 * answer. */

/* The kind of document field f's terms are in: quote and speaker belong to
 * quotes, every other field to articles. */
static inline int field_doc_kind(int f)
{
    return f == FIELD_QUOTE || f == FIELD_SPEAKER ? DOC_QUOTE : DOC_ARTICLE;
}

/* Per-document metadata (on disk: docs/FORMAT.md, "docmeta"). */
typedef struct {
    uint64_t id;                    /* article id (a quote carries its article's,
                                       and the writer refuses another) */
    int64_t date;                   /* seconds since epoch or DATE_NONE (a
                                       quote's is its article's) */
    uint32_t len[FIELD_COUNT];      /* tokens per field, for BM25 */
    uint32_t parent;                /* quotes: the article's doc id; else itself
                                       (an article's doc id is its number
                                       among the segment's articles) */
    uint8_t kind;                   /* DOC_ARTICLE or DOC_QUOTE */
    uint8_t qtype;                  /* quotes: quote_type */
    uint32_t qstart, qend;          /* quotes: byte span in the article body */
    uint32_t wstart, wspan;         /* quotes: the body positions its words are
                                       in, [wstart, wstart + wspan): a quote:
                                       query reads the article body's postings
                                       within them (format 6) */
    const unsigned char *gaps;      /* quotes: the positions inside that span
                                       that are not its words (an attribution
                                       between two segments), as a gap list
                                       (docs/FORMAT.md); NULL when none.  Points
                                       into the caller's memory, which
                                       segw_add_docmeta copies, or into the
                                       mapped segment (segment_docmeta) */
    uint32_t gaps_len;              /* bytes at gaps */
    uint32_t gaps_ref;              /* the writer's own: 1 + the list's offset */
    /* (a quote's wspan is its quote-field length plus its gaps' lengths:
     * the writer checks that it is, the reader computes it) */
    uint64_t simhash;               /* articles: SimHash of the body (lib/dedup.h) */
    uint64_t body_hash;             /* articles: hash of the normalised body */
    uint64_t cluster;               /* articles: id of the first article of its
                                       near-duplicate cluster (its own id if none) */
} docmeta;

/* A quote's words as body positions: the span and the gaps inside it, at
 * most QUOTE_GAPS_MAX (a quote has at most QREC_MAX_SEGMENTS segments). */
enum { QUOTE_GAPS_MAX = 63 };
typedef struct {
    uint32_t parent;                /* the article */
    uint32_t start, span;           /* [start, start + span) */
    uint32_t n_gaps;
    uint32_t gap[QUOTE_GAPS_MAX][2]; /* [from, to), ascending, inside the span */
} quote_words;

/* Decodes the gap list at p (at most avail bytes) of a quote of `words`
 * words into w->gap (w->start must be set; gaps come out as absolute
 * positions) and sets w->span, the words and the gaps.  Returns the list's
 * length in bytes, or -1 when it is malformed: no gap, more than
 * QUOTE_GAPS_MAX, an empty gap, one before the first word or after the
 * last, or positions past 2^32.  The writer checks a list with it before
 * storing it, the reader on every use. */
long quote_gaps_decode(const unsigned char *p, size_t avail, uint32_t words, quote_words *w);

/*
 * The stored document, fields in this order on disk.  A quote's record
 * holds only author (the speaker's canonical name) and SF_EXTRA, one
 * "key\tvalue" per line: "said\t<speaker as written>", "cue\t<verb>",
 * "spans\t<start>-<end>[,...]" (its words in the article body); the rest
 * is read from its article's record.  An article's SF_EXTRA is empty (its
 * entities are whole-name terms, lib/fields.h).
 */
enum { SF_SOURCE, SF_URL, SF_TITLE, SF_AUTHOR, SF_DATE, SF_BODY, SF_EXTRA };
typedef struct {
    const char *f[STORED_FIELDS];   /* NUL-terminated UTF-8 */
    size_t len[STORED_FIELDS];
} stored_doc;

/* Where a term's postings and positions are. */
typedef struct {
    uint32_t df;                    /* documents containing the term */
    uint64_t cf;                    /* total occurrences */
    const unsigned char *postings;
    size_t postings_len;
    const unsigned char *positions;
    size_t positions_len;
} term_info;

/* The checksum of a dictionary block's entries and its terms' postings and
 * positions bytes, from the XXH3-64 of each (docs/FORMAT.md, "Checksums"). */
static inline uint64_t segment_block_sum(uint64_t dict, uint64_t postings, uint64_t positions)
{
    return postings ^ (positions * 0x9E3779B97F4A7C15ull) ^ (dict * 0xC2B2AE3D27D4EB4Full);
}

/* docmeta is checked in chunks of 2^DM_CHUNK_LOG2 bytes, each the first
 * time a reader touches it (docs/FORMAT.md, "checks"). */
enum { DM_CHUNK_LOG2 = 16 };

/* A segment's sections, in file order (the footer lists them so). */
enum { SEC_POSTINGS, SEC_POSITIONS, SEC_DOCMETA, SEC_STORE, SEC_STORE_TABLE,
       SEC_DICT, SEC_DICT_INDEX, SEC_NAMES, SEC_CHECKS, SEC_COUNT };
/* The footer: the sections' (offset, length), four u32 counts, n_terms,
 * the fields' token totals, its size, "MRGF" and the checksum: 248 bytes. */
enum { SEGMENT_FOOTER_SIZE = SEC_COUNT * 16 + 16 + 8 + 8 * FIELD_COUNT + 8 + 8 };

/* ---- writing ---------------------------------------------------------- */

typedef struct segw segw;

/* Starts writing the segment file `path` (created exclusively).  NULL on
 * failure with the error in e. */
segw *segw_open(const char *path, merr *e);
/* Adds a document: its metadata and stored fields.  Each article is
 * followed by its quotes.  Articles get ids 0,1,2.. in call order, quotes
 * n_articles + 0,1,2.. in call order (n_articles of the finished segment),
 * so an article's id is known when it is added (a quote's parent), a
 * quote's only as its rank among the quotes. */
morgue_rc segw_add_doc(segw *w, const docmeta *m, const stored_doc *s);
/* Adds a store block's raw (decompressed) bytes holding n_docs records,
 * all of documents of `kind` (DOC_ARTICLE or DOC_QUOTE), in their order
 * among that kind (merge; segment_store_block_raw gives them); the
 * metadata of those docs is added with segw_add_docmeta.  The block is
 * compressed again with this segment's dictionary. */
morgue_rc segw_add_store_block(segw *w, int kind, const unsigned char *raw, size_t raw_len,
                               uint32_t n_docs);
/* Adds a document's metadata alone, in the order segw_add_doc takes. */
morgue_rc segw_add_docmeta(segw *w, const docmeta *m);
/* Adds a term (strictly greater than the previous one) with postings encoded
 * by postings_encode and its position stream. */
morgue_rc segw_add_term(segw *w, const char *term, size_t len, uint32_t df,
                        uint64_t cf, const unsigned char *post, size_t post_len,
                        const unsigned char *pos, size_t pos_len);
/* Declares that no more documents or store blocks will be added (terms
 * still may) and, with more than one thread (segw_set_threads), starts
 * compressing the store on a thread of its own, so that it overlaps the
 * adding of the terms instead of following it.  The file is the same
 * either way; without a call, segw_finish compresses the store.  The
 * store's dictionary training and compression windows then take their
 * memory (~5 MB) while the caller's terms are in memory too. */
void segw_store_start(segw *w);
/* Writes the remaining sections and the footer, fsyncs and closes.  On
 * failure the partial file is removed.  Frees w either way. */
morgue_rc segw_finish(segw *w);
/* Abandons the segment: closes and removes the partial file, frees w. */
void segw_abort(segw *w);
/* Documents added so far. */
uint64_t segw_doc_count(const segw *w);
/* Compresses the store at segw_finish on up to `threads` threads (1 by
 * default, at most STORE_THREADS_MAX); the file is the same for any number. */
void segw_set_threads(segw *w, int threads);
/* The store's zstd dictionary may take up to `bytes` (STORE_DICT_MAX by
 * default; STORE_DICT_MAX_ROOMY when the caller's budget has room for its
 * training and compression beside the terms).  A larger dictionary helps
 * 4 KiB blocks: 256 KiB instead of 110 (trained on 2.5 MiB of samples
 * either way) made the store 12.01 -> 11.77 MB on the real corpus and
 * 55.23 -> 53.46 MB on scale-125, dictionary included. */
void segw_set_store_dict_max(segw *w, size_t bytes);
/* Counts one mention of entity `name` of `kind` (0 person, 1 org, 2 place,
 * 3 other) in an article (articles) or as a quote's speaker (quotes). */
morgue_rc segw_add_name(segw *w, const char *name, size_t len, int kind,
                        uint32_t articles, uint32_t quotes);

/* ---- reading ---------------------------------------------------------- */

typedef struct segment segment;

/*
 * Maps and verifies the segment file at path: magic, version, checksum
 * (XXH3 of everything but postings, positions and store frames, which are
 * verified when first read), footer and section bounds.  NULL on failure
 * with E_CORRUPT / E_VERSION / E_IO in e naming the file.
 */
segment *segment_open(const char *path, merr *e);
/* Reads only the header of the segment file at path: -1 with E_VERSION in
 * e (the message segment_open gives) when it was written in another format
 * version, else 0 (other damage is for segment_open to find). */
int segment_check_version(const char *path, merr *e);
void segment_close(segment *s);

uint32_t segment_doc_count(const segment *s);
/* Documents 0..segment_article_count-1 are the articles, the rest quotes. */
uint32_t segment_article_count(const segment *s);
uint64_t segment_field_total(const segment *s, int field);
uint64_t segment_file_size(const segment *s);
const char *segment_path(const segment *s);

/* Section sizes in bytes, for --stats: postings, positions, dictionary
 * (dict + dict_index), stored articles (store + store_table), other
 * (header, docmeta, footer). */
typedef struct {
    uint64_t postings, positions, dictionary, stored, other;
} segment_sizes;
void segment_get_sizes(const segment *s, segment_sizes *out);
/* The postings, positions and dictionary-entry bytes of each field's terms,
 * [field][0] its words, [field][1] its whole-name terms, and how many terms
 * each has; the dictionary's block index is in no field.  Walks the whole
 * dictionary, verifying each block: 0, or -1 when damaged. */
int segment_field_sizes(const segment *s, segment_sizes out[FIELD_COUNT][2], uint64_t terms[FIELD_COUNT][2]);

/* Names of entities seen in the segment, with counts, for alias merging
 * across articles and --entity.  Walk with index i < segment_name_count. */
uint32_t segment_name_count(const segment *s);
/* 0, or -1 when damaged; *name (not NUL-terminated) lives as long as s. */
int segment_name(const segment *s, uint32_t i, const char **name, size_t *len,
                 int *kind, uint32_t *articles, uint32_t *quotes);

/* Looks the term up: 1 found (info filled), 0 absent, -1 damaged. */
int segment_lookup(const segment *s, const char *term, size_t len, term_info *info);

/* Dictionary cursor, in sorted order from the first term >= a start key. */
typedef struct {
    const segment *s;
    uint32_t block;          /* current dictionary block */
    uint32_t in_block;       /* entries decoded so far in it */
    rd r;                    /* reader inside the block */
    uint64_t post_off, pos_off;
    char term[1024];
    size_t term_len;
    int corrupt;
} dict_iter;

/* Positions the cursor before the first term >= key (key_len 0: start). */
void dict_iter_seek(dict_iter *it, const segment *s, const char *key, size_t key_len);
/* Next term: 1 with it->term/term_len and info filled, 0 at the end, -1
 * damaged. */
int dict_iter_next(dict_iter *it, term_info *info);
/* After dict_iter_seek(it, s, prefix, len): the next term that starts with
 * the prefix (1, filled as dict_iter_next), 0 past them, -1 damaged.  The
 * seek lands at the start of the prefix's block; the terms before the
 * prefix are passed over here. */
int dict_iter_next_prefixed(dict_iter *it, const char *prefix, size_t len, term_info *info);

/* One field's length column, read in place from the segment's metadata
 * rows: ranking reads a match's length from here without decoding its whole
 * row or copying the column (a copy per field cost ~50 ms and 4 MB on the
 * first ranked query of a 1 GB index).  Valid for the documents of the
 * field's kind, [first, first + count). */
typedef struct {
    const unsigned char *dm;      /* the docmeta section */
    size_t rows;                  /* where the kind's rows start in it */
    uint32_t first, count, stride, off;
    uint64_t mask;
    const uint64_t *ok;           /* docmeta chunks checked (NULL: no checks) */
    const segment *s;
} len_column;
void segment_len_column(const segment *s, int field, len_column *out);
/* Checks the docmeta bytes [from, to) (offsets in the section) against the
 * checksums of the chunks holding them, once a chunk: 0, or -1 damaged. */
int segment_docmeta_check(const segment *s, size_t from, size_t to);
/* Document doc's length in c's field, or -1 when doc is outside the column,
 * the value does not fit 32 bits or its chunk is damaged.  The rows are
 * followed by 8 zero bytes, so the unaligned 8-byte load stays inside the
 * section. */
static inline int64_t len_column_get(const len_column *c, uint32_t doc)
{
    uint32_t i = doc - c->first;
    if (i >= c->count) return -1;
    size_t at = c->rows + (size_t)i * c->stride + c->off;
    if (c->ok) {
        size_t k0 = at >> DM_CHUNK_LOG2, k1 = (at + 7) >> DM_CHUNK_LOG2;
        if (!(c->ok[k0 >> 6] >> (k0 & 63) & c->ok[k1 >> 6] >> (k1 & 63) & 1) &&
            segment_docmeta_check(c->s, at, at + 8))
            return -1;
    }
    uint64_t v;
    memcpy(&v, c->dm + at, 8);
    v &= c->mask;
    return v > UINT32_MAX ? -1 : (int64_t)v;
}

/* DOC_ARTICLE or DOC_QUOTE (doc >= segment_article_count); doc < doc_count,
 * else -1. */
int segment_doc_kind(const segment *s, uint32_t doc);

/* Metadata of doc (< doc_count); 0 or -1 when damaged.  A quote's gaps
 * point into the mapped segment. */
int segment_docmeta(const segment *s, uint32_t doc, docmeta *out);

/* Quote doc's article and the body positions of its words, reading only
 * those columns (a quote: query checks them for every candidate).  0, or -1
 * when doc is not a quote or its row is damaged. */
int segment_quote_words(const segment *s, uint32_t doc, quote_words *out);
/* Quote doc's article in *article, reading that one column (a quote
 * search filtered by article fields asks it of every candidate).  0, or -1
 * when doc is not a quote or its row is damaged. */
int segment_quote_parent(const segment *s, uint32_t doc, uint32_t *article);
/* The first quote (a doc number >= segment_article_count) whose article is
 * `article` or a later one; segment_doc_count when there is none.  Quotes
 * are in their articles' order, so this is a binary search. */
uint32_t segment_first_quote(const segment *s, uint32_t article);

/*
 * Fetches the stored fields of doc, decompressing its block into `scratch`
 * (reused across calls; the strings in out point into it).  0 or -1 with
 * the error in e.
 */
int segment_stored(const segment *s, uint32_t doc, buf *scratch, stored_doc *out, merr *e);

/* Tells the kernel the mapped bytes [from, to) of s will not be read again
 * soon, so their pages leave the process's resident set (a merge reads its
 * inputs once, front to back).  Harmless when they are read after all. */
void segment_drop_pages(const segment *s, const void *from, const void *to);

/* Store blocks, for merging: count, and block i decompressed into out
 * (replacing its contents) with its number of documents.  0, or -1 with the
 * error in e.  The articles' blocks come first; a block never holds both
 * kinds (checked at open), and segment_store_block_kind says which. */
uint32_t segment_store_blocks(const segment *s);
int segment_store_block_raw(const segment *s, uint32_t i, buf *out, uint32_t *n_docs, merr *e);
/* DOC_ARTICLE or DOC_QUOTE: the kind of block i's documents (i < count). */
int segment_store_block_kind(const segment *s, uint32_t i);
/* The compressed bytes of the store (dictionary and frames), and the
 * docmeta section, for dropping their pages after a merge has read them. */
void segment_store_span(const segment *s, const unsigned char **from, const unsigned char **to);
void segment_docmeta_span(const segment *s, const unsigned char **from, const unsigned char **to);

#endif
