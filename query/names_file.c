/*
 * The names file (NAMES in the index directory): every entity name of the
 * index summed over its segments and grouped into entities, written at each
 * commit so that a one-shot speaker:, person:, --entity or --facet query
 * maps it instead of decompressing every segment's name list and grouping
 * the names (query/entities.c; ~110 M instructions of a one-shot
 * `speaker:obama` on real news).  Grammar (docs/FORMAT.md, "NAMES"):
 *
 *   names_file := header names groups members name_table word_start
 *                 word_names strings pad sums sums_check
 *   header     := "MORGUEnm" u32:version(2) u32:chunk_log2(12)
 *                 u64:manifest_id u32:n_names u32:n_groups u32:name_mask
 *                 u32:word_mask u32:n_word_names u32:n_members u64:strings_len
 *                 u64:body_end u64:header_check u64:rules   (80 bytes;
 *                 header_check: XXH3-64 of the 64 bytes before it, as in
 *                 version 1, so that an older morgue reads the version and
 *                 passes the file over; rules is checked by chunk 0's sum)
 *   names      := (u32:name_off u32:folded_off u32:group u32:articles
 *                  u32:quotes u16:name_len u16:folded_len u8:kind
 *                  u8:merged u16:0){n_names}            (28 bytes each;
 *                  folded_off 0xFFFFFFFF: the name in ASCII lower case;
 *                  group 0xFFFFFFFF: alone, its own group)
 *   groups     := (u32:canon u32:first u32:count){n_groups} pad to 8
 *                                  the groups of two names or more
 *   members    := u32:name{n_members}                  by group, then name
 *   name_table := u32:(name + 1, 0 empty){name_mask + 1}
 *   word_start := u32{word_mask + 2}
 *   word_names := u32:name{n_word_names}
 *   strings    := bytes{strings_len}                   each string NUL-ended
 *   pad        := 0 bytes to a multiple of 8 (body_end)
 *   sums       := u64{ceil(body_end / 2^chunk_log2)}  XXH3-64 of each chunk
 *   sums_check := u64                                  XXH3-64 of sums
 *
 * The file belongs to one manifest (manifest_id, index_read.c) and to one
 * set of grouping rules (rules: nf_rules, the hash of what the grouping
 * reads besides the segments): a file of another manifest (a crash between
 * the manifest's rename and this file's, a reader racing a writer), of
 * another version or written under other rules (an older morgue, other
 * alias lists) is not used; the names are then computed from the segments
 * as before, with the same answers, and the next commit writes the file
 * anew.  A chunk is
 * verified the first time a read enters it; a damaged file is an error
 * naming it, never a crash or a wrong answer.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "engine.h"
#include "extract_internal.h"
#include "manifest.h"

#define NF_MAGIC "MORGUEnm"
/* version 2: the rules field, and places grouped (data/place_aliases.txt,
 * names differing in letter case alone); a version 1 file is not used */
enum { NF_VERSION = 2, NF_CHUNK_LOG2 = 12, NF_HEADER = 80, NF_HEADER_CHECKED = 64, NF_NAME = 28, NF_GROUP = 12 };

/* Bumped with every change to how query/entities.c groups names that the
 * data files do not show (3: the names listed with one organisation alias
 * are joined when the index lacks the alias; 4: a given name's initial
 * links no two persons, resolve_initial; 5: a generational suffix is no
 * surname, folded_surname; 6: middle names tell persons apart,
 * middle_ambiguous; 10: organisations named with a lone surname
 * counted against the dominant full name too, resolve_surname; 11:
 * surnames of one sound or a slip apart, same_person_here). */
#define NF_RULES_TAG "morgue names rules 12"

/* The hash of the grouping rules: NF_RULES_TAG and the data files the
 * grouping reads (given-name variants, organisation and place aliases,
 * compiled into the library), each with its name and length.  A file
 * written under other rules holds other groups and is not used. */
static uint64_t nf_rules(void)
{
    static const char *const files[] = {"given_names", "org_aliases", "place_aliases", NULL};
    /* each piece hashed with the hash so far as its seed */
    uint64_t h = XXH3_64bits(NF_RULES_TAG, sizeof NF_RULES_TAG);
    for (int k = 0; files[k]; k++) {
        size_t len;
        const unsigned char *d = lx_data_file(files[k], &len);
        uint64_t l = d ? len : UINT64_MAX; /* absent is not empty */
        h = XXH3_64bits_withSeed(files[k], strlen(files[k]) + 1, h);
        h = XXH3_64bits_withSeed(&l, sizeof l, h);
        if (d) h = XXH3_64bits_withSeed(d, len, h);
    }
    return h;
}

struct names_file {
    const unsigned char *p;
    size_t size;
    int mapped;
    char *path;
    uint32_t n_names, n_groups, n_members, name_mask, word_mask, n_word_names;
    uint64_t strings_len, body_end;
    /* section offsets */
    uint64_t o_names, o_groups, o_members, o_table, o_wstart, o_wnames, o_strings;
    uint64_t n_chunks;
    int verify;
    uint8_t *ok; /* chunk c verified: bit c */
};

/* Byte offsets of the sections for the counts in the header; 0, or -1 when
 * they do not fit (damage). */
static int nf_layout(names_file *f)
{
    if (f->n_names >= (1u << 30) || f->name_mask >= (1u << 31) || f->word_mask >= (1u << 31) ||
        f->n_groups > f->n_names || f->n_members > f->n_names || f->strings_len > ((uint64_t)1 << 40))
        return -1;
    uint64_t o = NF_HEADER;
    f->o_names = o;
    o += (uint64_t)f->n_names * NF_NAME;
    f->o_groups = o;
    o += (uint64_t)f->n_groups * NF_GROUP;
    o = (o + 7) & ~(uint64_t)7;
    f->o_members = o;
    o += (uint64_t)f->n_members * 4;
    f->o_table = o;
    o += ((uint64_t)f->name_mask + 1) * 4;
    f->o_wstart = o;
    o += ((uint64_t)f->word_mask + 2) * 4;
    f->o_wnames = o;
    o += (uint64_t)f->n_word_names * 4;
    f->o_strings = o;
    o += f->strings_len;
    o = (o + 7) & ~(uint64_t)7;
    return o == f->body_end ? 0 : -1;
}

/* Verifies chunks c0..c1 (those not yet verified): 0, or -1 when one is
 * damaged. */
static int nf_verify(names_file *f, uint64_t c0, uint64_t c1)
{
    for (uint64_t c = c0; c <= c1; c++) {
        if (f->ok[c / 8] >> (c % 8) & 1) continue;
        uint64_t from = c << NF_CHUNK_LOG2, to = from + ((uint64_t)1 << NF_CHUNK_LOG2);
        if (to > f->body_end) to = f->body_end;
        if (XXH3_64bits(f->p + from, (size_t)(to - from)) != load_u64(f->p + f->body_end + 8 * c)) return -1;
        f->ok[c / 8] |= (uint8_t)(1u << (c % 8));
    }
    return 0;
}

/* The bytes [off, off + len) of the body, their chunks verified first (a
 * damaged chunk, or a span outside the body: NULL). */
static inline const unsigned char *nf_span(names_file *f, uint64_t off, uint64_t len)
{
    if (off > f->body_end || len > f->body_end - off) return NULL;
    if (!f->verify || !len) return f->p + off;
    uint64_t c0 = off >> NF_CHUNK_LOG2, c1 = (off + len - 1) >> NF_CHUNK_LOG2;
    if (c0 == c1 && (f->ok[c0 / 8] >> (c0 % 8) & 1)) return f->p + off; /* the usual case */
    return nf_verify(f, c0, c1) ? NULL : f->p + off;
}

void names_file_close(names_file *f)
{
    if (!f) return;
    if (f->mapped) munmap((void *)f->p, f->size);
    free(f->ok);
    free(f->path);
    free(f);
}

names_file *names_file_open_bytes(const char *path, const unsigned char *p, size_t n, uint64_t manifest_id,
                                  int verify, int *status, merr *e)
{
    *status = -1;
    if (n < NF_HEADER_CHECKED + 8 || memcmp(p, NF_MAGIC, 8)) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: not a morgue names file", path);
        return NULL;
    }
    if (verify && XXH3_64bits(p, NF_HEADER_CHECKED) != load_u64(p + NF_HEADER_CHECKED)) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: damaged names file (header checksum)", path);
        return NULL;
    }
    /* another version, or another manifest's names: not used (computed
     * from the segments); names grouped under other rules neither
     * (names_file_open) */
    if (load_u32(p + 8) != NF_VERSION || load_u64(p + 16) != manifest_id) {
        *status = 0;
        return NULL;
    }
    if (n < NF_HEADER) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: damaged names file", path);
        return NULL;
    }
    names_file *f = calloc(1, sizeof *f);
    if (!f || !(f->path = strdup(path))) {
        free(f);
        merr_set(e, MORGUE_E_NOMEM, "out of memory");
        return NULL;
    }
    f->p = p;
    f->size = n;
    f->verify = verify;
    f->n_names = load_u32(p + 24);
    f->n_groups = load_u32(p + 28);
    f->name_mask = load_u32(p + 32);
    f->word_mask = load_u32(p + 36);
    f->n_word_names = load_u32(p + 40);
    f->n_members = load_u32(p + 44);
    f->strings_len = load_u64(p + 48);
    f->body_end = load_u64(p + 56);
    int bad = load_u32(p + 12) != NF_CHUNK_LOG2 || f->body_end > n || nf_layout(f) ||
              ((f->name_mask + 1) & f->name_mask) || ((f->word_mask + 1) & f->word_mask);
    if (!bad) {
        f->n_chunks = (f->body_end + ((uint64_t)1 << NF_CHUNK_LOG2) - 1) >> NF_CHUNK_LOG2;
        bad = (n - f->body_end) / 8 != f->n_chunks + 1 || (n - f->body_end) % 8;
    }
    if (!bad && verify) {
        bad = XXH3_64bits(p + f->body_end, (size_t)(8 * f->n_chunks)) != load_u64(p + n - 8);
        if (!bad && !(f->ok = calloc((size_t)(f->n_chunks / 8 + 1), 1))) {
            names_file_close(f);
            merr_set(e, MORGUE_E_NOMEM, "out of memory");
            return NULL;
        }
    }
    if (bad) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: damaged names file", path);
        names_file_close(f);
        return NULL;
    }
    *status = 1;
    return f;
}

int names_file_open(const char *dir, uint64_t manifest_id, names_file **out, merr *e)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, NAMES_FILE_NAME);
    *out = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return 0; /* written by an older morgue */
        merr_set(e, MORGUE_E_IO, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    void *p = MAP_FAILED;
    if (fstat(fd, &st) == 0 && st.st_size > 0) p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: not a morgue names file", path);
        return -1;
    }
    int status;
    names_file *f = names_file_open_bytes(path, p, (size_t)st.st_size, manifest_id, 1, &status, e);
    if (!f) {
        munmap(p, (size_t)st.st_size);
        return status;
    }
    /* grouped under other rules: not used (names_file_open_bytes reads
     * any, so the fuzz target's files need not carry this build's); the
     * field is verified with chunk 0 */
    const unsigned char *rules = nf_span(f, NF_HEADER_CHECKED + 8, 8);
    if (!rules || load_u64(rules) != nf_rules()) {
        names_file_close(f);
        munmap(p, (size_t)st.st_size);
        if (rules) return 0;
        merr_set(e, MORGUE_E_CORRUPT, "%s: damaged names file", path);
        return -1;
    }
    f->mapped = 1;
    *out = f;
    return 1;
}

const char *names_file_path(const names_file *f) { return f->path; }
uint32_t names_file_count(const names_file *f) { return f->n_names; }
uint32_t names_file_group_count(const names_file *f) { return f->n_groups; }

static inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* Whether folded is name with its ASCII capitals in lower case (nine names
 * in ten: NF_LOWER, no copy in strings). */
static int is_lower_of(const char *folded, const char *name)
{
    size_t k = 0;
    for (; name[k]; k++)
        if (folded[k] != ascii_lower(name[k])) return 0;
    return !folded[k] && k < sizeof ((nf_name *)0)->lower;
}

/* A NUL-ended string of the strings section, len bytes before the NUL. */
static const char *nf_string(names_file *f, uint32_t off, uint32_t len)
{
    if ((uint64_t)off + len >= f->strings_len) return NULL;
    const unsigned char *s = nf_span(f, f->o_strings + off, (uint64_t)len + 1);
    return s && !s[len] ? (const char *)s : NULL;
}

/* names_file_name, the folded name too when `folded` */
static int nf_name_get(names_file *f, uint32_t i, nf_name *out, int folded)
{
    if (i >= f->n_names) return -1;
    const unsigned char *r = nf_span(f, f->o_names + (uint64_t)i * NF_NAME, NF_NAME);
    if (!r) return -1;
    out->name_len = load_u16(r + 20);
    out->folded_len = load_u16(r + 22);
    out->name = nf_string(f, load_u32(r), out->name_len);
    uint32_t fo = load_u32(r + 4);
    out->folded = NULL;
    if (fo != NF_LOWER) {
        if (folded && !(out->folded = nf_string(f, fo, out->folded_len))) return -1;
    } else if (!out->name || out->folded_len != out->name_len || out->name_len >= sizeof out->lower)
        return -1;
    else if (folded) { /* the name in lower case, made here */
        for (uint32_t k = 0; k <= out->name_len; k++) out->lower[k] = ascii_lower(out->name[k]);
        out->folded = out->lower;
    }
    out->group = load_u32(r + 8);
    out->articles = load_u32(r + 12);
    out->quotes = load_u32(r + 16);
    out->kind = r[24];
    out->merged = r[25];
    return !out->name || (out->group >= f->n_groups && out->group != NF_ALONE) || out->kind > 3 ? -1 : 0;
}

int names_file_name(names_file *f, uint32_t i, nf_name *out) { return nf_name_get(f, i, out, 1); }
int names_file_name_only(names_file *f, uint32_t i, nf_name *out) { return nf_name_get(f, i, out, 0); }

int names_file_group(names_file *f, uint32_t g, uint32_t *canon, uint32_t *first, uint32_t *count)
{
    if (g >= f->n_groups) return -1;
    const unsigned char *r = nf_span(f, f->o_groups + (uint64_t)g * NF_GROUP, NF_GROUP);
    if (!r) return -1;
    *canon = load_u32(r);
    *first = load_u32(r + 4);
    *count = load_u32(r + 8);
    return *canon >= f->n_names || *count == 0 || (uint64_t)*first + *count > f->n_members ? -1 : 0;
}

int names_file_member(names_file *f, uint32_t k, uint32_t *name)
{
    const unsigned char *r = k < f->n_members ? nf_span(f, f->o_members + (uint64_t)k * 4, 4) : NULL;
    if (!r) return -1;
    *name = load_u32(r);
    return *name < f->n_names ? 0 : -1;
}

int names_file_find(names_file *f, const char *name, size_t len, int kind, uint32_t *out)
{
    uint64_t hash = XXH3_64bits_withSeed(name, len, (uint64_t)kind);
    for (uint32_t h = (uint32_t)hash & f->name_mask, probes = 0; probes <= f->name_mask;
         h = (h + 1) & f->name_mask, probes++) {
        const unsigned char *r = nf_span(f, f->o_table + (uint64_t)h * 4, 4);
        if (!r) return -1;
        uint32_t v = load_u32(r);
        if (!v) return 0;
        /* the record's kind and name alone (names_file_name checks the
         * rest of the one found) */
        const unsigned char *x = v <= f->n_names ? nf_span(f, f->o_names + (uint64_t)(v - 1) * NF_NAME, NF_NAME) : NULL;
        if (!x) return -1;
        if (x[24] != kind || load_u16(x + 20) != len) continue;
        const char *s = nf_string(f, load_u32(x), (uint32_t)len);
        if (!s) return -1;
        if (!memcmp(s, name, len)) {
            *out = v - 1;
            return 1;
        }
    }
    return 0;
}

int names_file_word_bucket(names_file *f, uint32_t hash, uint32_t *from, uint32_t *to)
{
    uint32_t b = hash & f->word_mask;
    const unsigned char *r = nf_span(f, f->o_wstart + (uint64_t)b * 4, 8);
    if (!r) return -1;
    *from = load_u32(r);
    *to = load_u32(r + 4);
    return *from > *to || *to > f->n_word_names ? -1 : 0;
}

int names_file_word_name(names_file *f, uint32_t k, uint32_t *name)
{
    const unsigned char *r = k < f->n_word_names ? nf_span(f, f->o_wnames + (uint64_t)k * 4, 4) : NULL;
    if (!r) return -1;
    *name = load_u32(r);
    return *name < f->n_names ? 0 : -1;
}

/* ---- writing ------------------------------------------------------------ */

static void put_u32_at(unsigned char *p, uint32_t v)
{
    for (int k = 0; k < 4; k++) p[k] = (unsigned char)(v >> 8 * k);
}
static void put_u64_at(unsigned char *p, uint64_t v)
{
    for (int k = 0; k < 8; k++) p[k] = (unsigned char)(v >> 8 * k);
}

static int cmp_name(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

/* Writes b to dir/NAMES through NAMES.tmp (write_file_atomically). */
static int write_atomically(const char *dir, const buf *b, merr *e)
{
    int err = write_file_atomically(dir, NAMES_FILE_NAME, b->p, b->len);
    if (!err) return 0;
    merr_set(e, MORGUE_E_IO, "%s/%s: cannot write: %s", dir, NAMES_FILE_NAME, strerror(err));
    return -1;
}

int names_file_write(const char *dir, merr *e)
{
    morgue_index *ix = morgue_index_open(dir);
    if (!ix) return merr_set(e, MORGUE_E_NOMEM, "out of memory"), -1;
    if (ix->unusable) {
        merr_copy(e, &ix->e);
        morgue_index_close(ix);
        return -1;
    }
    /* the file on disk already belongs to this manifest (a commit that
     * changed nothing) and is whole */
    names_file *old = NULL;
    merr ignore = {0};
    if (names_file_open(dir, ix->manifest_id, &old, &ignore) == 1 && nf_span(old, 0, old->body_end)) {
        names_file_close(old);
        morgue_index_close(ix);
        return 0;
    }
    names_file_close(old);
    buf b = {0};
    uint32_t *gnum = NULL, *gfirst = NULL, *gcount = NULL, *gcanon = NULL, *members = NULL, *table = NULL;
    uint32_t *wstart = NULL, *wnames = NULL;
    int rc = -1;
    if (entities_group_all(ix)) {
        merr_copy(e, &ix->e);
        goto done;
    }
    uint32_t n = ix->n_names, ng = 0;
    gnum = malloc(sizeof *gnum * (n ? n : 1));
    gfirst = malloc(sizeof *gfirst * (n ? n : 1));
    gcount = calloc(n ? n : 1, sizeof *gcount);
    gcanon = malloc(sizeof *gcanon * (n ? n : 1));
    members = malloc(sizeof *members * (n ? n : 1));
    if (!gnum || !gfirst || !gcount || !gcanon || !members) goto oom;
    /* groups of two names or more numbered in the order of their first
     * name (a name alone, most of them, has no group record: NF_ALONE) */
    for (uint32_t i = 0; i < n; i++) gnum[i] = UINT32_MAX;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t g = (uint32_t)ix->group[i];
        if (g >= n) { /* every name is grouped by entities_group_all */
            merr_set(e, MORGUE_E_CORRUPT, "%s: a name without a group", dir);
            goto done;
        }
        gcount[g]++;
    }
    uint32_t n_members = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t g = (uint32_t)ix->group[i];
        if (gcount[g] < 2 || gnum[g] != UINT32_MAX) continue;
        gcanon[ng] = (uint32_t)ix->canon[g];
        gfirst[ng] = n_members;
        n_members += gcount[g];
        gnum[g] = ng++;
    }
    memset(gcount, 0, sizeof *gcount * (n ? n : 1));
    for (uint32_t i = 0; i < n; i++) {
        uint32_t g = gnum[ix->group[i]];
        if (g != UINT32_MAX) members[gfirst[g] + gcount[g]++] = i;
    }
    uint64_t strings_len = 0;
    int fits = 1;
    for (uint32_t i = 0; i < n; i++) {
        const ix_name *x = &ix->names[i];
        size_t nl = strlen(x->name), fl = strlen(x->folded);
        strings_len += nl + 1 + (is_lower_of(x->folded, x->name) ? 0 : fl + 1);
        fits &= nl <= UINT16_MAX && fl <= UINT16_MAX && x->articles <= UINT32_MAX && x->quotes <= UINT32_MAX;
    }
    if (!fits || strings_len > UINT32_MAX) {
        /* a name or a count beyond the record's fields: no file, queries
         * group the names themselves (not seen in news: names are short,
         * and 2^32 articles would fill thousands of segments) */
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, NAMES_FILE_NAME);
        rc = 0;
        if (unlink(path) && errno != ENOENT)
            rc = -1, merr_set(e, MORGUE_E_IO, "%s: cannot remove: %s", path, strerror(errno));
        goto done;
    }
    /* the word index with a bucket for every two to four entries (the
     * query side's has one for every one or two: a look-up reads one
     * bucket, so a smaller table costs a name or two a look-up and saves
     * 0.26 MB of 4.3 on real news): bucket b is the union of the query
     * side's buckets b + k (word_mask + 1), their names sorted back into
     * name order */
    uint32_t n_word_names = ix->name_words ? ix->name_word_start[ix->name_word_mask + 1] : 0;
    uint32_t word_mask = 15;
    while (ix->name_words && word_mask < n_word_names / 4 && word_mask < ix->name_word_mask)
        word_mask = word_mask * 2 + 1;
    wstart = calloc((size_t)word_mask + 2, sizeof *wstart);
    wnames = malloc(sizeof *wnames * (n_word_names ? n_word_names : 1));
    if (!wstart || !wnames) goto oom;
    for (uint32_t w = 0, at = 0; w <= word_mask; w++) {
        wstart[w] = at;
        for (uint64_t q = w; ix->name_words && q <= ix->name_word_mask; q += (uint64_t)word_mask + 1)
            for (uint32_t k = ix->name_word_start[q]; k < ix->name_word_start[q + 1]; k++)
                wnames[at++] = ix->name_words[k];
        qsort(wnames + wstart[w], at - wstart[w], sizeof *wnames, cmp_name);
        wstart[w + 1] = at;
    }
    /* the table of names by (name, kind), sized for the distinct names (the
     * query side's is sized for every segment's list: a name in three
     * segments counted three times) */
    uint32_t name_mask = 15;
    while (name_mask < 2 * (uint64_t)n && name_mask < (1u << 30)) name_mask = name_mask * 2 + 1;
    table = calloc((size_t)name_mask + 1, sizeof *table);
    if (!table) goto oom;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t h = (uint32_t)ix->names[i].hash & name_mask;
        while (table[h]) h = (h + 1) & name_mask;
        table[h] = i + 1;
    }
    names_file f = {.n_names = n,
                    .n_groups = ng,
                    .n_members = n_members,
                    .name_mask = name_mask,
                    .word_mask = word_mask,
                    .n_word_names = n_word_names,
                    .strings_len = strings_len};
    /* the layout's end, then checked by nf_layout as a reader does */
    f.body_end = NF_HEADER + (uint64_t)n * NF_NAME + (uint64_t)ng * NF_GROUP;
    f.body_end = (f.body_end + 7) & ~(uint64_t)7;
    f.body_end += (uint64_t)n_members * 4 + ((uint64_t)f.name_mask + 1) * 4 + ((uint64_t)word_mask + 2) * 4 +
                  (uint64_t)n_word_names * 4 + strings_len;
    f.body_end = (f.body_end + 7) & ~(uint64_t)7;
    if (nf_layout(&f)) {
        merr_set(e, MORGUE_E_LIMIT, "%s: too many entity names for a names file", dir);
        goto done;
    }
    uint64_t n_chunks = (f.body_end + ((uint64_t)1 << NF_CHUNK_LOG2) - 1) >> NF_CHUNK_LOG2;
    if (buf_reserve(&b, (size_t)(f.body_end + 8 * n_chunks + 8))) goto oom;
    b.len = (size_t)(f.body_end + 8 * n_chunks + 8);
    memset(b.p, 0, b.len);
    unsigned char *p = b.p;
    memcpy(p, NF_MAGIC, 8);
    put_u32_at(p + 8, NF_VERSION);
    put_u32_at(p + 12, NF_CHUNK_LOG2);
    put_u64_at(p + 16, ix->manifest_id);
    put_u32_at(p + 24, n);
    put_u32_at(p + 28, ng);
    put_u32_at(p + 32, f.name_mask);
    put_u32_at(p + 36, word_mask);
    put_u32_at(p + 40, n_word_names);
    put_u32_at(p + 44, n_members);
    put_u64_at(p + 48, strings_len);
    put_u64_at(p + 56, f.body_end);
    put_u64_at(p + 72, nf_rules());
    put_u64_at(p + NF_HEADER_CHECKED, XXH3_64bits(p, NF_HEADER_CHECKED));
    uint64_t so = 0;
    for (uint32_t i = 0; i < n; i++) {
        const ix_name *x = &ix->names[i];
        unsigned char *r = p + f.o_names + (uint64_t)i * NF_NAME;
        size_t nl = strlen(x->name), fl = strlen(x->folded);
        put_u32_at(r, (uint32_t)so);
        memcpy(p + f.o_strings + so, x->name, nl + 1);
        so += nl + 1;
        if (is_lower_of(x->folded, x->name))
            put_u32_at(r + 4, NF_LOWER);
        else {
            put_u32_at(r + 4, (uint32_t)so);
            memcpy(p + f.o_strings + so, x->folded, fl + 1);
            so += fl + 1;
        }
        put_u32_at(r + 8, gnum[ix->group[i]]); /* UINT32_MAX: NF_ALONE */
        put_u32_at(r + 12, (uint32_t)x->articles);
        put_u32_at(r + 16, (uint32_t)x->quotes);
        r[20] = (unsigned char)nl;
        r[21] = (unsigned char)(nl >> 8);
        r[22] = (unsigned char)fl;
        r[23] = (unsigned char)(fl >> 8);
        r[24] = (unsigned char)x->kind;
        r[25] = ix->merged[i];
    }
    for (uint32_t g = 0; g < ng; g++) {
        unsigned char *r = p + f.o_groups + (uint64_t)g * NF_GROUP;
        put_u32_at(r, gcanon[g]);
        put_u32_at(r + 4, gfirst[g]);
        put_u32_at(r + 8, gcount[g]);
    }
    for (uint32_t k = 0; k < n_members; k++) put_u32_at(p + f.o_members + 4 * (uint64_t)k, members[k]);
    for (uint32_t h = 0; h <= name_mask; h++) put_u32_at(p + f.o_table + 4 * (uint64_t)h, table[h]);
    for (uint32_t w = 0; w <= word_mask + 1; w++) put_u32_at(p + f.o_wstart + 4 * (uint64_t)w, wstart[w]);
    for (uint32_t k = 0; k < n_word_names; k++) put_u32_at(p + f.o_wnames + 4 * (uint64_t)k, wnames[k]);
    for (uint64_t c = 0; c < n_chunks; c++) {
        uint64_t from = c << NF_CHUNK_LOG2, to = from + ((uint64_t)1 << NF_CHUNK_LOG2);
        if (to > f.body_end) to = f.body_end;
        put_u64_at(p + f.body_end + 8 * c, XXH3_64bits(p + from, (size_t)(to - from)));
    }
    put_u64_at(p + f.body_end + 8 * n_chunks, XXH3_64bits(p + f.body_end, (size_t)(8 * n_chunks)));
    rc = write_atomically(dir, &b, e);
    goto done;
oom:
    merr_set(e, MORGUE_E_NOMEM, "out of memory");
done:
    buf_free(&b);
    free(gnum);
    free(gfirst);
    free(gcount);
    free(gcanon);
    free(members);
    free(table);
    free(wstart);
    free(wnames);
    morgue_index_close(ix);
    return rc;
}
