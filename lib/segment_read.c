/*
 * Segment reader.  The file is mapped read-only and treated as untrusted:
 * the small sections' checksum is verified at open, a dictionary block's
 * postings and positions and a store frame when first read, and every
 * structure is bounds-checked as it is decoded anyway, so a file damaged in
 * a way the checksums cannot see (or a fuzzer that bypasses them) gives an
 * error, never a crash.
 */
#include "segment.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#include <zstd.h>

#include "date.h"

enum { FOOTER_SIZE = SEGMENT_FOOTER_SIZE };

typedef struct {
    const unsigned char *first;
    uint16_t first_len;
    uint32_t n_terms;
    uint64_t block_off, post_off, pos_off;
    uint64_t sum;         /* checksum of the block's entries, postings and positions */
} dict_block_ref;

struct segment {
    char *path;
    const unsigned char *map;
    size_t size;
    int mapped;
    const unsigned char *sec[SEC_COUNT];
    uint64_t sec_len[SEC_COUNT];
    uint32_t n_docs, n_store_blocks, n_dict_blocks;
    uint64_t n_terms, field_total[FIELD_COUNT];
    dict_block_ref *blocks;
    /* docmeta: one table of byte-aligned columns per kind (documents
     * 0..n_articles-1 are the articles, the rest quotes) */
    const unsigned char *arows, *qrows, *clusters;
    uint32_t n_articles, n_quotes, n_clusters, astride, qstride;
    /* split quotes' gap lists: n_gapped (row, offset) pairs by row, and
     * the lists, gap_bytes long */
    const unsigned char *gap_rows, *gaps;
    uint32_t n_gapped, gap_bytes;
    uint64_t date_base;
    uint8_t acol_off[DM_ACOLS], qcol_off[DM_QCOLS];
    uint64_t acol_mask[DM_ACOLS], qcol_mask[DM_QCOLS];
    uint32_t store_dict_len;
    int verify;           /* check block, chunk and frame checksums when reading */
    const unsigned char *dm_sums; /* docmeta's chunk checksums (checks section) */
    const unsigned char *st_sums; /* the store table's */
    uint32_t n_dm_chunks, n_st_chunks;
    ZSTD_DCtx *dctx;
    uint32_t n_names;
    uint32_t names_raw_len;
    struct store_cache *cache; /* the last store blocks decompressed */
};

/* Consecutive fetches often hit one block (the hits of a page from the
 * same days), so the last block stays decompressed; one of each kind,
 * since a quote's hit reads the quote's record and then its article's,
 * which are in different blocks.  Behind a pointer: the segment is const
 * to readers, the cache is not. */
struct store_cache {
    buf raw[2];           /* by kind: DOC_ARTICLE, DOC_QUOTE */
    uint32_t block[2];    /* UINT32_MAX: empty */
    ZSTD_DDict *ddict;    /* the segment's dictionary, digested on first use */
    /* the names section, decompressed and checked on first use (only
     * speaker and entity look-ups and merges read it) */
    uint8_t *block_ok;    /* per dictionary block: 0 unchecked, 1 ok, 2 damaged */
    uint64_t *dm_ok;      /* per docmeta chunk: bit set once checked and intact */
    uint64_t *st_ok;      /* per store table chunk: the same */
    int names_state;      /* 0 not yet, 1 ready, -1 damaged */
    buf names;
    uint64_t *name_off;   /* offset of each entry in names */
};

static segment *open_fail(segment *s, merr *e, morgue_rc rc, const char *why)
{
    merr_set(e, rc, "%s: %s", s->path ? s->path : "segment", why);
    segment_close(s);
    return NULL;
}

/* Parses a segment from bytes (no checksum check when verify is 0: used by
 * the fuzz target to reach the structural checks). */
segment *segment_open_bytes(const char *name, const unsigned char *p, size_t n,
                            int verify, merr *e);

/*
 * Parses the docmeta section's header (docs/FORMAT.md): counts, the column
 * widths and the tables' exact sizes.  Row contents are checked when read
 * (segment_docmeta).  0, or -1 when damaged.
 */
static int open_docmeta(segment *s)
{
    rd r = rd_make(s->sec[SEC_DOCMETA], s->sec_len[SEC_DOCMETA]);
    s->n_articles = rd_u32(&r);
    s->n_quotes = rd_u32(&r);
    s->date_base = rd_u64(&r);
    s->n_clusters = rd_u32(&r);
    uint32_t gaps_len = rd_u32(&r);
    /* a quote needs an article of the segment */
    if (r.bad || (uint64_t)s->n_articles + s->n_quotes != s->n_docs ||
        s->n_clusters > s->n_articles || (s->n_quotes && !s->n_articles))
        return -1;
    const unsigned char *aw = rd_bytes(&r, DM_ACOLS), *qw = rd_bytes(&r, DM_QCOLS);
    if (!aw || !qw) return -1;
    for (int c = 0; c < DM_ACOLS; c++) {
        if (aw[c] > 8) return -1;
        s->acol_off[c] = (uint8_t)s->astride;
        s->acol_mask[c] = aw[c] == 8 ? UINT64_MAX : (1ull << (8 * aw[c])) - 1;
        s->astride += aw[c];
    }
    for (int c = 0; c < DM_QCOLS; c++) {
        if (qw[c] > 8) return -1;
        s->qcol_off[c] = (uint8_t)s->qstride;
        s->qcol_mask[c] = qw[c] == 8 ? UINT64_MAX : (1ull << (8 * qw[c])) - 1;
        s->qstride += qw[c];
    }
    /* each table is followed by 8 zero bytes, so a column is one load */
    s->arows = rd_bytes(&r, (size_t)s->n_articles * s->astride + 8);
    s->qrows = rd_bytes(&r, (size_t)s->n_quotes * s->qstride + 8);
    s->clusters = rd_bytes(&r, (size_t)s->n_clusters * 8);
    /* the gap region: u32 n_gapped, (u32 row, u32 offset){n_gapped}, the
     * lists; rows strictly increase (checked here, once: a look-up is a
     * binary search) and offsets are checked on use */
    rd g = rd_make(rd_bytes(&r, gaps_len), gaps_len);
    if (r.bad || rd_left(&r) != 0) return -1;
    if (gaps_len) {
        s->n_gapped = rd_u32(&g);
        if (g.bad || s->n_gapped > s->n_quotes || (uint64_t)s->n_gapped * 8 > rd_left(&g)) return -1;
        s->gap_rows = rd_bytes(&g, (size_t)s->n_gapped * 8);
        s->gap_bytes = (uint32_t)rd_left(&g);
        s->gaps = rd_bytes(&g, s->gap_bytes);
        for (uint32_t i = 0; i < s->n_gapped; i++) {
            uint32_t row = load_u32(s->gap_rows + 8 * (size_t)i);
            if (row >= s->n_quotes || (i && row <= load_u32(s->gap_rows + 8 * (size_t)(i - 1)))) return -1;
        }
    }
    return 0;
}

segment *segment_open_bytes(const char *name, const unsigned char *p, size_t n,
                            int verify, merr *e)
{
    segment *s = calloc(1, sizeof *s);
    if (!s) {
        merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", name);
        return NULL;
    }
    s->path = strdup(name);
    s->map = p;
    s->size = n;
    if (!s->path) return open_fail(s, e, MORGUE_E_NOMEM, "out of memory");
    if (n < SEGMENT_HEADER_SIZE + FOOTER_SIZE || memcmp(p, SEGMENT_MAGIC, 8) != 0)
        return open_fail(s, e, MORGUE_E_CORRUPT, "not a morgue segment (bad magic or too short)");
    if (load_u32(p + 8) != SEGMENT_VERSION) {
        merr_set(e, MORGUE_E_VERSION,
                 "%s: segment format version %u, this build reads %u: index the articles again into a new index",
                 s->path, load_u32(p + 8), SEGMENT_VERSION);
        segment_close(s);
        return NULL;
    }
    const unsigned char *f = p + n - FOOTER_SIZE;
    if (memcmp(f + FOOTER_SIZE - 12, "MRGF", 4) != 0 ||
        load_u32(f + FOOTER_SIZE - 16) != FOOTER_SIZE)
        return open_fail(s, e, MORGUE_E_CORRUPT, "bad footer");
    uint64_t expect = SEGMENT_HEADER_SIZE;
    for (int i = 0; i < SEC_COUNT; i++) {
        uint64_t off = load_u64(f + 16 * i), len = load_u64(f + 16 * i + 8);
        /* sections are contiguous, in order, between header and footer */
        if (off != expect || len > n - FOOTER_SIZE - off)
            return open_fail(s, e, MORGUE_E_CORRUPT, "section out of bounds");
        s->sec[i] = p + off;
        s->sec_len[i] = len;
        expect = off + len;
    }
    if (expect != n - FOOTER_SIZE)
        return open_fail(s, e, MORGUE_E_CORRUPT, "sections do not fill the file");
    const unsigned char *c = f + 16 * SEC_COUNT;
    s->n_docs = load_u32(c);
    s->n_store_blocks = load_u32(c + 4);
    s->n_dict_blocks = load_u32(c + 8);
    s->store_dict_len = load_u32(c + 12);
    s->n_terms = load_u64(c + 16);
    for (int k = 0; k < FIELD_COUNT; k++) s->field_total[k] = load_u64(c + 24 + 8 * k);
    if (s->sec_len[SEC_STORE_TABLE] != (uint64_t)s->n_store_blocks * 24 ||
        s->store_dict_len > s->sec_len[SEC_STORE] ||
        s->n_docs == UINT32_MAX ||
        s->n_terms > (uint64_t)s->n_dict_blocks * DICT_BLOCK_TERMS)
        return open_fail(s, e, MORGUE_E_CORRUPT, "inconsistent counts");
    /* The checksum covers the parts an open reads whole: the header, the
     * dictionary index, the names, the checks and the footer.  The rest is
     * verified when first read: a dictionary block (its entries, postings
     * and positions) by its checksum, a chunk of docmeta or of the store
     * table by its own, a store frame by zstd's.  Format 6 hashed docmeta,
     * the dictionary and the store table at every open and walked the
     * table: 56 M of the 64 M instructions of a one-shot query on a 1 GB
     * index (three segments), growing with the archive (docs/FORMAT.md,
     * "Checksums"). */
    s->verify = verify;
    if (verify) {
        XXH3_state_t *h = XXH3_createState();
        if (!h) return open_fail(s, e, MORGUE_E_NOMEM, "out of memory");
        XXH3_64bits_reset(h);
        XXH3_64bits_update(h, p, SEGMENT_HEADER_SIZE);
        for (int i = SEC_DICT_INDEX; i < SEC_COUNT; i++) XXH3_64bits_update(h, s->sec[i], s->sec_len[i]);
        XXH3_64bits_update(h, f, FOOTER_SIZE - 8);
        uint64_t sum = XXH3_64bits_digest(h);
        XXH3_freeState(h);
        if (sum != load_u64(p + n - 8))
            return open_fail(s, e, MORGUE_E_CORRUPT, "checksum mismatch (file is damaged)");
    }
    /* Checks: the chunk checksums of docmeta and of the store table, one
     * per 2^DM_CHUNK_LOG2 bytes. */
    {
        rd r = rd_make(s->sec[SEC_CHECKS], s->sec_len[SEC_CHECKS]);
        uint32_t lg = rd_u32(&r), nd = rd_u32(&r), nt = rd_u32(&r);
        uint64_t chunk = 1u << DM_CHUNK_LOG2;
        if (r.bad || lg != DM_CHUNK_LOG2 || nd != (s->sec_len[SEC_DOCMETA] + chunk - 1) / chunk ||
            nt != (s->sec_len[SEC_STORE_TABLE] + chunk - 1) / chunk || rd_left(&r) != ((uint64_t)nd + nt) * 8)
            return open_fail(s, e, MORGUE_E_CORRUPT, "bad checks section");
        s->n_dm_chunks = nd;
        s->n_st_chunks = nt;
        s->dm_sums = rd_bytes(&r, (size_t)nd * 8);
        s->st_sums = rd_bytes(&r, (size_t)nt * 8);
    }
    /* The store table is read entry by entry where used (store_entry):
     * walking it here was, with its checksum, the rest of an open's cost
     * that grew with the archive (24 bytes a 4 KiB block). */
    if ((s->n_store_blocks == 0) != (s->n_docs == 0))
        return open_fail(s, e, MORGUE_E_CORRUPT, "bad store table");
    /* Dictionary index: parsed once into memory for binary search. */
    if (s->n_dict_blocks > s->sec_len[SEC_DICT_INDEX] / 14 + 1)
        return open_fail(s, e, MORGUE_E_CORRUPT, "bad dictionary index");
    s->blocks = calloc(s->n_dict_blocks ? s->n_dict_blocks : 1, sizeof *s->blocks);
    if (!s->blocks) return open_fail(s, e, MORGUE_E_NOMEM, "out of memory");
    rd r = rd_make(s->sec[SEC_DICT_INDEX], s->sec_len[SEC_DICT_INDEX]);
    uint64_t terms = 0;
    for (uint32_t b = 0; b < s->n_dict_blocks; b++) {
        dict_block_ref *d = &s->blocks[b];
        const dict_block_ref *pb = b ? &s->blocks[b - 1] : NULL;
        uint64_t db = rd_varint(&r), dp = rd_varint(&r), dq = rd_varint(&r);
        uint64_t nt = rd_varint(&r), fl = rd_varint(&r);
        /* each offset within its section (so the sums cannot wrap) */
        if (r.bad || db >= s->sec_len[SEC_DICT] || dp > s->sec_len[SEC_POSTINGS] ||
            dq > s->sec_len[SEC_POSITIONS] || fl == 0 || fl > 0xffff || nt == 0 ||
            nt > DICT_BLOCK_TERMS || (b && db == 0))
            return open_fail(s, e, MORGUE_E_CORRUPT, "bad dictionary index");
        d->block_off = (pb ? pb->block_off : 0) + db;
        d->post_off = (pb ? pb->post_off : 0) + dp;
        d->pos_off = (pb ? pb->pos_off : 0) + dq;
        d->n_terms = (uint32_t)nt;
        d->first_len = (uint16_t)fl;
        d->first = rd_bytes(&r, d->first_len);
        d->sum = rd_u64(&r);
        if (r.bad || d->block_off >= s->sec_len[SEC_DICT] || d->post_off > s->sec_len[SEC_POSTINGS] ||
            d->pos_off > s->sec_len[SEC_POSITIONS])
            return open_fail(s, e, MORGUE_E_CORRUPT, "bad dictionary index");
        terms += d->n_terms;
    }
    if (terms != s->n_terms || rd_left(&r) != 0)
        return open_fail(s, e, MORGUE_E_CORRUPT, "bad dictionary index");
    /* Names: a count and the raw length here; the entries when first
     * used (load_names). */
    rd nr = rd_make(s->sec[SEC_NAMES], s->sec_len[SEC_NAMES]);
    s->n_names = rd_u32(&nr);
    s->names_raw_len = rd_u32(&nr);
    if (nr.bad || s->n_names > s->names_raw_len / 3 || s->names_raw_len > STORE_BLOCK_MAX ||
        (s->n_names == 0) != (rd_left(&nr) == 0) ||
        (s->n_names && ZSTD_getFrameContentSize(nr.p, rd_left(&nr)) != s->names_raw_len))
        return open_fail(s, e, MORGUE_E_CORRUPT, "bad names section");
    s->cache = calloc(1, sizeof *s->cache);
    if (s->cache) {
        s->cache->dm_ok = calloc(s->n_dm_chunks / 64 + 1, sizeof *s->cache->dm_ok);
        s->cache->st_ok = calloc(s->n_st_chunks / 64 + 1, sizeof *s->cache->st_ok);
    }
    if (!s->cache || !s->cache->dm_ok || !s->cache->st_ok) return open_fail(s, e, MORGUE_E_NOMEM, "out of memory");
    /* what an open reads of docmeta: its head (counts, column widths) and
     * the gap region at its end */
    if (segment_docmeta_check(s, 0, s->sec_len[SEC_DOCMETA] < 64 ? s->sec_len[SEC_DOCMETA] : 64) ||
        open_docmeta(s) ||
        (s->gap_rows && segment_docmeta_check(s, (size_t)(s->gap_rows - 4 - s->sec[SEC_DOCMETA]),
                                              s->sec_len[SEC_DOCMETA])))
        return open_fail(s, e, MORGUE_E_CORRUPT, "bad document metadata");
    s->dctx = ZSTD_createDCtx();
    s->cache->block_ok = calloc(s->n_dict_blocks ? s->n_dict_blocks : 1, 1);
    if (!s->dctx || !s->cache->block_ok) return open_fail(s, e, MORGUE_E_NOMEM, "out of memory");
    s->cache->block[0] = s->cache->block[1] = UINT32_MAX;
    return s;
}

segment *segment_open(const char *path, merr *e)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        merr_set(e, errno == ENOENT ? MORGUE_E_CORRUPT : MORGUE_E_IO,
                 "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        merr_set(e, MORGUE_E_IO, "%s: cannot stat: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    size_t n = (size_t)st.st_size;
    void *p = NULL;
    if (n > 0) {
        p = mmap(NULL, n, PROT_READ, MAP_SHARED, fd, 0);
        if (p == MAP_FAILED) {
            merr_set(e, MORGUE_E_IO, "%s: cannot map: %s", path, strerror(errno));
            close(fd);
            return NULL;
        }
    }
    close(fd);
    segment *s = segment_open_bytes(path, p ? p : (const unsigned char *)"", n, 1, e);
    if (!s) {
        if (p) munmap(p, n);
        return NULL;
    }
    s->mapped = p != NULL;
    /* Verifying the checksum touched the small sections' pages; let them
     * go, so a reader or a merge keeps resident only the pages it goes on
     * to use (they come back from the page cache on demand). */
    if (p) madvise(p, n, MADV_DONTNEED);
    return s;
}

int segment_check_version(const char *path, merr *e)
{
    unsigned char h[SEGMENT_HEADER_SIZE];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t got = pread(fd, h, sizeof h, 0);
    close(fd);
    if (got != (ssize_t)sizeof h || memcmp(h, SEGMENT_MAGIC, 8) != 0 || load_u32(h + 8) == SEGMENT_VERSION)
        return 0;
    merr_set(e, MORGUE_E_VERSION,
             "%s: segment format version %u, this build reads %u: index the articles again into a new index", path,
             load_u32(h + 8), SEGMENT_VERSION);
    return -1;
}

void segment_close(segment *s)
{
    if (!s) return;
    if (s->mapped) munmap((void *)s->map, s->size);
    ZSTD_freeDCtx(s->dctx);
    if (s->cache) {
        buf_free(&s->cache->raw[0]);
        buf_free(&s->cache->raw[1]);
        ZSTD_freeDDict(s->cache->ddict);
        buf_free(&s->cache->names);
        free(s->cache->name_off);
        free(s->cache->block_ok);
        free(s->cache->dm_ok);
        free(s->cache->st_ok);
    }
    free(s->cache);
    free(s->blocks);
    free(s->path);
    free(s);
}

uint32_t segment_doc_count(const segment *s) { return s->n_docs; }
uint32_t segment_article_count(const segment *s) { return s->n_articles; }
uint64_t segment_field_total(const segment *s, int field) { return s->field_total[field]; }
uint64_t segment_file_size(const segment *s) { return s->size; }
const char *segment_path(const segment *s) { return s->path; }

void segment_get_sizes(const segment *s, segment_sizes *out)
{
    out->postings = s->sec_len[SEC_POSTINGS];
    out->positions = s->sec_len[SEC_POSITIONS];
    out->dictionary = s->sec_len[SEC_DICT] + s->sec_len[SEC_DICT_INDEX];
    out->stored = s->sec_len[SEC_STORE] + s->sec_len[SEC_STORE_TABLE];
    out->other = s->size - out->postings - out->positions - out->dictionary - out->stored;
}

int segment_field_sizes(const segment *s, segment_sizes out[FIELD_COUNT][2], uint64_t terms[FIELD_COUNT][2])
{
    memset(out, 0, sizeof(segment_sizes) * FIELD_COUNT * 2);
    memset(terms, 0, sizeof(uint64_t) * FIELD_COUNT * 2);
    dict_iter it;
    term_info ti;
    int got;
    dict_iter_seek(&it, s, NULL, 0);
    for (;;) {
        const unsigned char *at = it.r.p;
        uint32_t block = it.block;
        if ((got = dict_iter_next(&it, &ti)) != 1) break;
        int f = it.term[0] - '0', whole = it.term_len > 1 && it.term[1] == FIELD_NAME_MARK;
        if (f < 0 || f >= FIELD_COUNT) return -1;
        /* a block's first entry starts at the block, not where the reader
         * was (the end of the block before) */
        if (block != it.block) at = s->sec[SEC_DICT] + s->blocks[it.block].block_off;
        segment_sizes *z = &out[f][whole];
        z->postings += ti.postings_len;
        z->positions += ti.positions_len;
        z->dictionary += (uint64_t)(it.r.p - at);
        terms[f][whole]++;
    }
    return got < 0 ? -1 : 0;
}

static int term_cmp(const char *a, size_t al, const unsigned char *b, size_t bl)
{
    size_t m = al < bl ? al : bl;
    int c = memcmp(a, b, m);
    if (c) return c;
    return al < bl ? -1 : al > bl;
}

/* Checks dictionary block b's postings and positions bytes against its
 * checksum, once per open segment.  1 intact, 0 damaged. */
static int block_verified(const segment *s, uint32_t b)
{
    uint8_t *ok = &s->cache->block_ok[b];
    if (*ok == 0) {
        const dict_block_ref *d = &s->blocks[b];
        uint64_t de = b + 1 < s->n_dict_blocks ? s->blocks[b + 1].block_off : s->sec_len[SEC_DICT];
        uint64_t pe = b + 1 < s->n_dict_blocks ? s->blocks[b + 1].post_off : s->sec_len[SEC_POSTINGS];
        uint64_t qe = b + 1 < s->n_dict_blocks ? s->blocks[b + 1].pos_off : s->sec_len[SEC_POSITIONS];
        uint64_t sum = segment_block_sum(XXH3_64bits(s->sec[SEC_DICT] + d->block_off, de - d->block_off),
                                         XXH3_64bits(s->sec[SEC_POSTINGS] + d->post_off, pe - d->post_off),
                                         XXH3_64bits(s->sec[SEC_POSITIONS] + d->pos_off, qe - d->pos_off));
        *ok = sum == d->sum ? 1 : 2;
    }
    return *ok == 1;
}

/* Starts the cursor at dictionary block b. */
static void iter_start_block(dict_iter *it, uint32_t b)
{
    const segment *s = it->s;
    it->block = b;
    it->in_block = 0;
    it->term_len = 0;
    if (b >= s->n_dict_blocks) {
        static const unsigned char none[1];
        it->r = rd_make(none, 0); /* not NULL: NULL + 0 is undefined */
        return;
    }
    const dict_block_ref *d = &s->blocks[b];
    uint64_t end = b + 1 < s->n_dict_blocks ? s->blocks[b + 1].block_off : s->sec_len[SEC_DICT];
    it->r = rd_make(s->sec[SEC_DICT] + d->block_off, end - d->block_off);
    it->post_off = d->post_off;
    it->pos_off = d->pos_off;
    if (s->verify && !block_verified(s, b)) it->corrupt = 1;
}

/* Decodes the next entry of the current block (or moves to the next). */
int dict_iter_next(dict_iter *it, term_info *info)
{
    if (it->corrupt) return -1;
    const segment *s = it->s;
    while (it->block < s->n_dict_blocks && it->in_block >= s->blocks[it->block].n_terms) {
        if (rd_left(&it->r) != 0) return it->corrupt = 1, -1;
        iter_start_block(it, it->block + 1);
        if (it->corrupt) return -1;
    }
    if (it->block >= s->n_dict_blocks) return 0;
    rd *r = &it->r;
    /* lengths in one byte (prefix << 4 | suffix), or 0 and two varints */
    const unsigned char *ps = rd_bytes(r, 1);
    uint64_t prefix = ps ? *ps >> 4 : 0, suffix = ps ? *ps & 15 : 0;
    if (ps && *ps == 0) {
        prefix = rd_varint(r);
        suffix = rd_varint(r);
    } else if (ps && suffix == 0) {
        return it->corrupt = 1, -1;
    }
    if (r->bad || prefix > it->term_len || prefix + suffix > sizeof it->term - 1 ||
        prefix + suffix == 0 || (it->in_block == 0 && prefix != 0))
        return it->corrupt = 1, -1;
    const unsigned char *sb = rd_bytes(r, suffix);
    /* df << 1 | (cf == df), then cf - df - 1 only when cf != df */
    uint64_t dfc = rd_varint(r), df = dfc >> 1, cfx = dfc & 1 ? 0 : rd_varint(r) + 1;
    uint64_t plen = rd_varint(r), qlen = rd_varint(r);
    if (r->bad || df == 0 || df > s->n_docs || plen == 0 || (cfx == 0 && !(dfc & 1)) ||
        plen > s->sec_len[SEC_POSTINGS] - it->post_off ||
        qlen > s->sec_len[SEC_POSITIONS] - it->pos_off || cfx > UINT64_MAX - df)
        return it->corrupt = 1, -1;
    char prev[sizeof it->term];
    size_t prev_len = it->term_len;
    if (it->in_block) memcpy(prev, it->term, prev_len);
    memcpy(it->term + prefix, sb, suffix);
    it->term_len = (size_t)(prefix + suffix);
    it->term[it->term_len] = 0;
    if (it->in_block == 0) {
        const dict_block_ref *d = &s->blocks[it->block];
        if (term_cmp(it->term, it->term_len, d->first, d->first_len) != 0)
            return it->corrupt = 1, -1;
    } else if (term_cmp(it->term, it->term_len, (const unsigned char *)prev, prev_len) <= 0) {
        return it->corrupt = 1, -1;
    }
    info->df = (uint32_t)df;
    info->cf = df + cfx;
    info->postings = s->sec[SEC_POSTINGS] + it->post_off;
    info->postings_len = (size_t)plen;
    info->positions = s->sec[SEC_POSITIONS] + it->pos_off;
    info->positions_len = (size_t)qlen;
    it->post_off += plen;
    it->pos_off += qlen;
    it->in_block++;
    return 1;
}

int dict_iter_next_prefixed(dict_iter *it, const char *prefix, size_t len, term_info *info)
{
    int k;
    while ((k = dict_iter_next(it, info)) == 1) {
        int cmp = memcmp(it->term, prefix, it->term_len < len ? it->term_len : len);
        if (cmp < 0 || (cmp == 0 && it->term_len < len)) continue; /* before the prefix */
        return cmp == 0;
    }
    return k;
}

/* Index of the last block whose first term is <= key (0 if none). */
static uint32_t find_block(const segment *s, const char *key, size_t len)
{
    uint32_t lo = 0, hi = s->n_dict_blocks;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (term_cmp(key, len, s->blocks[mid].first, s->blocks[mid].first_len) >= 0) lo = mid;
        else hi = mid;
    }
    return lo;
}

void dict_iter_seek(dict_iter *it, const segment *s, const char *key, size_t key_len)
{
    memset(it, 0, offsetof(dict_iter, term));
    it->s = s;
    it->term_len = 0;
    it->corrupt = 0;
    iter_start_block(it, key_len ? find_block(s, key, key_len) : 0);
    /* Entries before the key in that block are skipped lazily by callers
     * that compare; segment_lookup does so explicitly. */
}

int segment_lookup(const segment *s, const char *term, size_t len, term_info *info)
{
    if (s->n_dict_blocks == 0) return 0;
    dict_iter it;
    dict_iter_seek(&it, s, term, len);
    uint32_t b = it.block;
    while (it.block == b) {
        int k = dict_iter_next(&it, info);
        if (k <= 0) return k;
        if (it.block != b) return 0;
        int c = term_cmp(term, len, (const unsigned char *)it.term, it.term_len);
        if (c == 0) return 1;
        if (c < 0) return 0;
    }
    return 0;
}

static inline uint64_t acol(const segment *s, const unsigned char *row, int c)
{
    return load_u64(row + s->acol_off[c]) & s->acol_mask[c];
}

/* Checks bytes [from, to) of section sec against the checksums (sums) of
 * the chunks holding them, each chunk once (its bit in ok): 0, or -1. */
static int chunks_check(const segment *s, int sec, const unsigned char *sums, uint64_t *ok, size_t from,
                        size_t to)
{
    if (!s->verify || from >= to) return 0;
    size_t len = s->sec_len[sec];
    if (to > len) return -1;
    for (size_t k = from >> DM_CHUNK_LOG2; k <= (to - 1) >> DM_CHUNK_LOG2; k++) {
        if (ok[k >> 6] >> (k & 63) & 1) continue;
        size_t a = k << DM_CHUNK_LOG2, b = a + ((size_t)1 << DM_CHUNK_LOG2) < len ? a + ((size_t)1 << DM_CHUNK_LOG2) : len;
        if (XXH3_64bits(s->sec[sec] + a, b - a) != load_u64(sums + 8 * k)) return -1;
        ok[k >> 6] |= 1ull << (k & 63);
    }
    return 0;
}

int segment_docmeta_check(const segment *s, size_t from, size_t to)
{
    return chunks_check(s, SEC_DOCMETA, s->dm_sums, s->cache->dm_ok, from, to);
}

/* Checks the docmeta bytes a read of n bytes at p (inside the section, n
 * under a chunk) depends on; an 8-byte column load reads 8 whatever its
 * width.  The chunks' bits are tested here, the hashing done once. */
static inline int dm_ok(const segment *s, const unsigned char *p, size_t n)
{
    if (!s->verify) return 0;
    size_t at = (size_t)(p - s->sec[SEC_DOCMETA]), k0 = at >> DM_CHUNK_LOG2, k1 = (at + n - 1) >> DM_CHUNK_LOG2;
    const uint64_t *ok = s->cache->dm_ok;
    if (ok[k0 >> 6] >> (k0 & 63) & ok[k1 >> 6] >> (k1 & 63) & 1) return 0;
    return segment_docmeta_check(s, at, at + n);
}

static inline uint64_t qcol(const segment *s, const unsigned char *row, int c)
{
    return load_u64(row + s->qcol_off[c]) & s->qcol_mask[c];
}

/* Fills the article fields of out from article doc's row (doc <
 * n_articles); -1 when damaged. */
static int article_meta(const segment *s, uint32_t doc, docmeta *out)
{
    const unsigned char *row = s->arows + (size_t)doc * s->astride;
    if (dm_ok(s, row, s->astride + 8)) return -1;
    out->id = acol(s, row, 0);
    out->simhash = acol(s, row, 1);
    out->body_hash = acol(s, row, 2);
    uint64_t date = acol(s, row, 3);
    out->date = date == 0 ? DATE_NONE : (int64_t)(s->date_base + date - 1);
    uint64_t cref = acol(s, row, 4);
    if (cref > s->n_clusters || (cref && dm_ok(s, s->clusters + 8 * (cref - 1), 8))) return -1;
    out->cluster = cref ? load_u64(s->clusters + 8 * (cref - 1)) : out->id;
    for (int f = 0; f < FIELD_COUNT; f++) {
        uint64_t l = acol(s, row, 5 + f);
        if (l > UINT32_MAX) return -1;
        out->len[f] = (uint32_t)l;
    }
    out->parent = doc;
    out->kind = DOC_ARTICLE;
    out->qtype = 0;
    out->qstart = out->qend = 0;
    out->wstart = out->wspan = 0;
    out->gaps = NULL;
    out->gaps_len = out->gaps_ref = 0;
    return 0;
}

long quote_gaps_decode(const unsigned char *p, size_t avail, uint32_t words, quote_words *w)
{
    rd r = rd_make(p, avail);
    uint64_t n = rd_varint(&r), at = 0, before = 0;
    if (r.bad || n == 0 || n > QUOTE_GAPS_MAX) return -1;
    for (uint32_t i = 0; i < n; i++) {
        /* each gap starts after some of the quote's words (skip of them
         * since the span's start or the previous gap's end), is not empty,
         * and leaves at least one word after the last */
        uint64_t skip = rd_varint(&r), len = rd_varint(&r);
        if (r.bad || skip == 0 || len == 0 || skip > words || len > UINT32_MAX) return -1;
        before += skip;
        at += skip;
        if (before >= words || at + len > UINT32_MAX - (uint64_t)w->start) return -1;
        w->gap[i][0] = w->start + (uint32_t)at;
        w->gap[i][1] = w->start + (uint32_t)(at + len);
        at += len;
    }
    if (at + (words - before) > UINT32_MAX - (uint64_t)w->start) return -1;
    w->n_gaps = (uint32_t)n;
    w->span = (uint32_t)(at + words - before);
    return (long)(avail - rd_left(&r));
}

/* The gap list of quote row i (which has one): where it starts among the
 * lists and the bytes left from there, or -1 when the row table has no
 * entry for it or points past the lists (damage). */
static int quote_gap_list(const segment *s, uint32_t row, const unsigned char **p, size_t *avail)
{
    uint32_t lo = 0, hi = s->n_gapped;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (load_u32(s->gap_rows + 8 * (size_t)mid) < row) lo = mid + 1;
        else hi = mid;
    }
    if (lo == s->n_gapped || load_u32(s->gap_rows + 8 * (size_t)lo) != row) return -1;
    uint32_t off = load_u32(s->gap_rows + 8 * (size_t)lo + 4);
    if (off >= s->gap_bytes) return -1;
    *p = s->gaps + off;
    *avail = s->gap_bytes - off;
    return 0;
}

/* Quote row i's words: start, count (its quote-field length) and gaps;
 * fills w (w->span from them).  *list and *list_len get its gap list
 * (NULL, 0 without).  -1 when damaged.  The row's chunk is the caller's to
 * check (dm_ok), as it reads the row's other columns too. */
static int quote_row_words(const segment *s, uint32_t i, quote_words *w, const unsigned char **list,
                           uint32_t *list_len)
{
    const unsigned char *row = s->qrows + (size_t)i * s->qstride;
    uint64_t qtype = qcol(s, row, 1), start = qcol(s, row, 4), words = qcol(s, row, 5 + FIELD_QUOTE);
    if (start > UINT32_MAX || words > UINT32_MAX - start || qtype > (QTYPE_GAPS | 3)) return -1;
    w->start = (uint32_t)start;
    w->span = (uint32_t)words;
    w->n_gaps = 0;
    *list = NULL;
    *list_len = 0;
    if (qtype & QTYPE_GAPS) {
        const unsigned char *p;
        size_t avail;
        long n;
        if (quote_gap_list(s, i, &p, &avail) || (n = quote_gaps_decode(p, avail, (uint32_t)words, w)) < 0)
            return -1;
        *list = p;
        *list_len = (uint32_t)n;
    }
    return 0;
}

int segment_quote_parent(const segment *s, uint32_t doc, uint32_t *article)
{
    if (doc >= s->n_docs || doc < s->n_articles) return -1;
    const unsigned char *row = s->qrows + (size_t)(doc - s->n_articles) * s->qstride;
    if (dm_ok(s, row, s->qstride + 8)) return -1;
    uint64_t parent = qcol(s, row, 0);
    if (parent >= s->n_articles) return -1;
    *article = (uint32_t)parent;
    return 0;
}

int segment_quote_words(const segment *s, uint32_t doc, quote_words *out)
{
    uint32_t list_len;
    const unsigned char *list;
    /* the parent's checks (a quote, a row inside the section, an article)
     * first: quote_row_words trusts the row is there */
    if (segment_quote_parent(s, doc, &out->parent) ||
        quote_row_words(s, doc - s->n_articles, out, &list, &list_len))
        return -1;
    return 0;
}

uint32_t segment_first_quote(const segment *s, uint32_t article)
{
    uint32_t lo = 0, hi = s->n_quotes; /* rows [lo, hi) not yet ruled out */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        /* a damaged row ends the search at it: the quote it names is
         * refused when read */
        if (dm_ok(s, s->qrows + (size_t)mid * s->qstride, s->qstride + 8)) return s->n_articles + mid;
        if (qcol(s, s->qrows + (size_t)mid * s->qstride, 0) < article) lo = mid + 1;
        else hi = mid;
    }
    return s->n_articles + lo;
}

int segment_docmeta(const segment *s, uint32_t doc, docmeta *out)
{
    if (doc >= s->n_docs) return -1;
    if (doc < s->n_articles) return article_meta(s, doc, out);
    uint32_t i = doc - s->n_articles;
    const unsigned char *row = s->qrows + (size_t)i * s->qstride;
    if (dm_ok(s, row, s->qstride + 8)) return -1;
    uint64_t parent = qcol(s, row, 0), qtype = qcol(s, row, 1), start = qcol(s, row, 2),
             span = qcol(s, row, 3);
    quote_words w;
    const unsigned char *list;
    uint32_t list_len;
    /* the parent is an article; its id and date are the quote's */
    if (parent >= s->n_articles || start > UINT32_MAX || span > UINT32_MAX - start ||
        quote_row_words(s, i, &w, &list, &list_len) || article_meta(s, (uint32_t)parent, out))
        return -1;
    out->parent = (uint32_t)parent;
    out->kind = DOC_QUOTE;
    out->qtype = (uint8_t)(qtype & 3);
    out->qstart = (uint32_t)start;
    out->qend = (uint32_t)(start + span);
    out->wstart = w.start;
    out->wspan = w.span;
    out->gaps = list;
    out->gaps_len = list_len;
    out->simhash = out->body_hash = out->cluster = 0;
    for (int f = 0; f < FIELD_COUNT; f++) {
        uint64_t l = qcol(s, row, 5 + f);
        if (l > UINT32_MAX) return -1;
        out->len[f] = (uint32_t)l;
    }
    return 0;
}

void segment_len_column(const segment *s, int field, len_column *out)
{
    const unsigned char *dm = s->sec[SEC_DOCMETA];
    const uint64_t *ok = s->verify ? s->cache->dm_ok : NULL;
    if (field_doc_kind(field) == DOC_QUOTE) {
        *out = (len_column){dm, (size_t)(s->qrows - dm), s->n_articles, s->n_quotes, s->qstride,
                            s->qcol_off[5 + field], s->qcol_mask[5 + field], ok, s};
    } else {
        *out = (len_column){dm, (size_t)(s->arows - dm), 0, s->n_articles, s->astride,
                            s->acol_off[5 + field], s->acol_mask[5 + field], ok, s};
    }
}

int segment_doc_kind(const segment *s, uint32_t doc)
{
    return doc < s->n_docs ? (doc >= s->n_articles ? DOC_QUOTE : DOC_ARTICLE) : -1;
}

uint32_t segment_name_count(const segment *s) { return s->n_names; }

/* Decompresses the names section and checks every entry once, so that
 * segment_name() can index them directly.  0, or -1 when damaged. */
static int load_names(const segment *s)
{
    struct store_cache *c = s->cache;
    if (c->names_state) return c->names_state > 0 ? 0 : -1;
    c->names_state = -1;
    buf_clear(&c->names);
    c->name_off = malloc(sizeof *c->name_off * (s->n_names ? s->n_names : 1));
    if (!c->name_off || buf_reserve(&c->names, (size_t)s->names_raw_len + 1)) return -1;
    if (s->n_names) {
        size_t got = ZSTD_decompressDCtx(s->dctx, c->names.p, s->names_raw_len, s->sec[SEC_NAMES] + 8,
                                         s->sec_len[SEC_NAMES] - 8);
        if (ZSTD_isError(got) || got != s->names_raw_len) return -1;
    }
    rd nr = rd_make(c->names.p, s->names_raw_len);
    for (uint32_t i = 0; i < s->n_names; i++) {
        c->name_off[i] = (uint64_t)(nr.p - c->names.p);
        const unsigned char *k = rd_bytes(&nr, 1);
        uint64_t a = rd_varint(&nr), q = rd_varint(&nr), l = rd_varint(&nr);
        rd_bytes(&nr, l);
        if (nr.bad || !k || *k > 3 || a > UINT32_MAX || q > UINT32_MAX || l == 0) return -1;
    }
    if (rd_left(&nr) != 0) return -1;
    c->names.len = s->names_raw_len;
    c->names_state = 1;
    return 0;
}

int segment_name(const segment *s, uint32_t i, const char **name, size_t *len,
                 int *kind, uint32_t *articles, uint32_t *quotes)
{
    if (i >= s->n_names || load_names(s)) return -1;
    const struct store_cache *c = s->cache;
    rd r = rd_make(c->names.p + c->name_off[i], c->names.len - c->name_off[i]);
    const unsigned char *k = rd_bytes(&r, 1);
    uint64_t a = rd_varint(&r), q = rd_varint(&r), l = rd_varint(&r);
    const unsigned char *b = rd_bytes(&r, l);
    if (r.bad || !k || !b) return -1;
    *kind = *k;
    *articles = (uint32_t)a;
    *quotes = (uint32_t)q;
    *name = (const char *)b;
    *len = (size_t)l;
    return 0;
}

void segment_drop_pages(const segment *s, const void *from, const void *to)
{
    if (!s->mapped) return;
    const unsigned char *lo = from, *hi = to;
    if (lo < s->map) lo = s->map;
    if (hi > s->map + s->size) hi = s->map + s->size;
    long pg = sysconf(_SC_PAGESIZE);
    if (pg <= 0) return;
    /* whole pages inside the range only */
    uintptr_t a = ((uintptr_t)lo + (uintptr_t)pg - 1) & ~((uintptr_t)pg - 1);
    uintptr_t b = (uintptr_t)hi & ~((uintptr_t)pg - 1);
    if (b > a) madvise((void *)a, b - a, MADV_DONTNEED);
}

uint32_t segment_store_blocks(const segment *s) { return s->n_store_blocks; }

/* One entry of the store table. */
typedef struct {
    uint64_t off;
    uint32_t clen, raw, first, nd;
} store_entry;

/* Store table entry b (< n_store_blocks), its chunk checked first (format
 * 7: the table is no longer walked at open).  The fields are bounded here
 * too, so that no entry, damaged past the checksums or read without them
 * (the fuzz target), makes a read leave the store or allocate more than
 * the biggest block an input may make (256 MiB of article plus its other
 * fields); a block holds articles or quotes, never both.  0, or -1. */
static int store_entry_get(const segment *s, uint32_t b, store_entry *t)
{
    size_t at = 24 * (size_t)b;
    if (chunks_check(s, SEC_STORE_TABLE, s->st_sums, s->cache->st_ok, at, at + 24)) return -1;
    const unsigned char *p = s->sec[SEC_STORE_TABLE] + at;
    t->off = load_u64(p);
    t->clen = load_u32(p + 8);
    t->raw = load_u32(p + 12);
    t->first = load_u32(p + 16);
    t->nd = load_u32(p + 20);
    if (t->off < s->store_dict_len || t->off > s->sec_len[SEC_STORE] || t->clen > s->sec_len[SEC_STORE] - t->off ||
        t->raw > STORE_BLOCK_MAX || t->nd == 0 || t->first >= s->n_docs || t->nd > s->n_docs - t->first ||
        (t->first < s->n_articles && s->n_articles - t->first < t->nd))
        return -1;
    return 0;
}

/* Decompresses store block b, whose table entry is t (store_entry_get),
 * into out (replacing its contents), checking the frame against the entry.
 * 0, or -1 with the error in e. */
static int load_block(const segment *s, uint32_t b, const store_entry *t, buf *out, merr *e)
{
    const unsigned char *frame = s->sec[SEC_STORE] + t->off;
    size_t clen = t->clen;
    uint32_t raw_len = t->raw;
    /* the frame must agree with the table before anything is allocated */
    /* a frame carries its checksum (byte 4, the frame header descriptor,
     * bit 2): damage that cleared the flag must not skip the check */
    if (ZSTD_getFrameContentSize(frame, clen) != raw_len || (s->verify && !(frame[4] & 4))) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: stored article block %u is damaged", s->path, b);
        return -1;
    }
    if (s->store_dict_len && !s->cache->ddict) {
        s->cache->ddict = ZSTD_createDDict(s->sec[SEC_STORE], s->store_dict_len);
        if (!s->cache->ddict) {
            merr_set(e, MORGUE_E_CORRUPT, "%s: the store's dictionary is damaged", s->path);
            return -1;
        }
    }
    buf_clear(out);
    if (buf_reserve(out, (size_t)raw_len + 1)) {
        merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", s->path);
        return -1;
    }
    size_t got = s->cache->ddict
                     ? ZSTD_decompress_usingDDict(s->dctx, out->p, raw_len, frame, clen, s->cache->ddict)
                     : ZSTD_decompressDCtx(s->dctx, out->p, raw_len, frame, clen);
    if (ZSTD_isError(got) || got != raw_len) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: stored article block %u is damaged", s->path, b);
        return -1;
    }
    out->len = raw_len;
    return 0;
}

int segment_store_block_raw(const segment *s, uint32_t i, buf *out, uint32_t *n_docs, merr *e)
{
    if (i >= s->n_store_blocks) {
        merr_set(e, MORGUE_E_ARG, "%s: no store block %u", s->path, i);
        return -1;
    }
    store_entry t;
    if (store_entry_get(s, i, &t)) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: the store table is damaged (block %u)", s->path, i);
        return -1;
    }
    if (load_block(s, i, &t, out, e)) return -1;
    *n_docs = t.nd;
    return 0;
}

int segment_store_block_kind(const segment *s, uint32_t i)
{
    store_entry t;
    if (i >= s->n_store_blocks || store_entry_get(s, i, &t)) return -1;
    return t.first >= s->n_articles ? DOC_QUOTE : DOC_ARTICLE;
}

void segment_store_span(const segment *s, const unsigned char **from, const unsigned char **to)
{
    *from = s->sec[SEC_STORE];
    *to = s->sec[SEC_STORE] + s->sec_len[SEC_STORE];
}

void segment_docmeta_span(const segment *s, const unsigned char **from, const unsigned char **to)
{
    *from = s->sec[SEC_DOCMETA];
    *to = s->sec[SEC_DOCMETA] + s->sec_len[SEC_DOCMETA];
}

int segment_stored(const segment *s, uint32_t doc, buf *scratch, stored_doc *out, merr *e)
{
    if (doc >= s->n_docs) {
        merr_set(e, MORGUE_E_ARG, "%s: no document %u", s->path, doc);
        return -1;
    }
    uint32_t lo = 0, hi = s->n_store_blocks;
    store_entry t;
    int bad = 0;
    while (hi - lo > 1 && !bad) { /* last block whose first doc <= doc */
        uint32_t mid = lo + (hi - lo) / 2;
        bad = store_entry_get(s, mid, &t);
        if (t.first <= doc) lo = mid;
        else hi = mid;
    }
    /* the block found must hold the document (blocks cover the documents
     * in order: a table that is not so is damaged) */
    if (bad || store_entry_get(s, lo, &t) || doc < t.first || doc - t.first >= t.nd) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: the store table is damaged", s->path);
        return -1;
    }
    uint32_t raw_len = t.raw, first = t.first;
    int kind = doc >= s->n_articles;
    buf *raw = &s->cache->raw[kind];
    if (s->cache->block[kind] != lo) {
        s->cache->block[kind] = UINT32_MAX;
        if (load_block(s, lo, &t, raw, e)) return -1;
        s->cache->block[kind] = lo;
    }
    rd r = rd_make(raw->p, raw_len);
    size_t off[STORED_FIELDS] = {0};
    for (uint32_t d = first; d <= doc && !r.bad; d++) {
        uint64_t nf = rd_varint(&r);
        if (nf < STORED_FIELDS || nf > 64) r.bad = 1;
        for (uint64_t k = 0; k < nf && !r.bad; k++) {
            uint64_t l = rd_varint(&r);
            const unsigned char *b = rd_bytes(&r, l);
            if (!r.bad && d == doc && k < STORED_FIELDS) {
                off[k] = (size_t)(b - raw->p);
                out->len[k] = (size_t)l;
            }
        }
    }
    if (r.bad) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: stored article %u is damaged", s->path, doc);
        return -1;
    }
    /* Copy the fields to the caller's scratch, each with a NUL. */
    size_t need = 0;
    for (int k = 0; k < STORED_FIELDS; k++) need += out->len[k] + 1;
    buf_clear(scratch);
    if (buf_reserve(scratch, need)) {
        merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", s->path);
        return -1;
    }
    char *dst = (char *)scratch->p;
    for (int k = 0; k < STORED_FIELDS; k++) {
        memcpy(dst, raw->p + off[k], out->len[k]);
        dst[out->len[k]] = 0;
        out->f[k] = dst;
        dst += out->len[k] + 1;
    }
    return 0;
}
