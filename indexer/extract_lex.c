/* Lexicons for extraction: the data/ lexicon files compiled into the library (see
 * cmake/embed.cmake) and loaded once into one open-addressing hash table. */
#include "extract_ctx.h"
#include "extract_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(MORGUE_HAVE_DATA_H) && defined(__has_include)
#if __has_include("morgue_data.h")
#include "morgue_data.h"
#define LX_EMBEDDED 1
#endif
#endif

enum { LX_KEY_MAX = 64, LX_SLOTS = 8192, LX_MAX_ENTRIES = 4096 };

/* The table is split for the cache: most words looked up are in no lexicon,
 * and such a miss reads only lx_fp, the slots' 32-bit hashes (32 KB, 0 =
 * empty), never a key.  Keys and entries are packed in lx_ent, reached
 * through lx_idx on a fingerprint match.  (One array of 72-byte slots,
 * 590 KB for ~2,000 words, made every lookup a cache miss.) */
typedef struct {
    char key[LX_KEY_MAX];
    uint8_t len;
    lx_entry e;
} lx_slot;

static uint32_t *lx_fp;       /* LX_SLOTS hashes, 0 = empty slot */
static uint16_t *lx_idx;      /* LX_SLOTS indexes into lx_ent */
static lx_slot *lx_ent;       /* LX_MAX_ENTRIES entries */
static uint32_t lx_n;
static int lx_status = -1;
static pthread_once_t lx_once = PTHREAD_ONCE_INIT;
static uint16_t lx_next_group = 1;

const char *const lx_org_kinds[] = {"org", "gov", "intl", "party", "media",
                                    "company", "other", NULL};

static inline unsigned char lx_lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* Lower-case ASCII folding for lx_lookup's fast path; the white space
 * lx_fold collapses (and NUL) map to 0 and send the key to lx_fold. */
#define LX_R4(b) LX_F(b), LX_F(b + 1), LX_F(b + 2), LX_F(b + 3)
#define LX_R16(b) LX_R4(b), LX_R4(b + 4), LX_R4(b + 8), LX_R4(b + 12)
#define LX_R64(b) LX_R16(b), LX_R16(b + 16), LX_R16(b + 32), LX_R16(b + 48)
#define LX_F(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r' ? 0 \
                 : (c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))
static const unsigned char lx_fold_byte[256] = {LX_R64(0), LX_R64(64), LX_R64(128), LX_R64(192)};
#undef LX_F
#undef LX_R64
#undef LX_R16
#undef LX_R4

/* Folds s into key (lower case, white space runs as one space, trimmed),
 * going on from s[from] when key already holds s[0..from) folded, none of
 * it white space. */
static size_t lx_fold_from(const char *s, size_t n, char *key, size_t from)
{
    size_t k = from;
    int space = 0;
    for (size_t i = from; i < n; i++) {
        unsigned char b = (unsigned char)s[i], c = lx_fold_byte[b];
        if (c == 0 && b != 0) { /* white space (a NUL stays a byte) */
            space = k > 0;
            continue;
        }
        if (space) {
            if (k >= LX_KEY_MAX - 1) return LX_KEY_MAX;
            key[k++] = ' ';
            space = 0;
        }
        if (k >= LX_KEY_MAX - 1) return LX_KEY_MAX;
        key[k++] = (char)c;
    }
    return k;
}

static size_t lx_fold(const char *s, size_t n, char *key)
{
    return lx_fold_from(s, n, key, 0);
}

/* Hash of an already folded key of n bytes, zero-padded to the next
 * multiple of 8 (LX_KEY_PAD): eight bytes a step, for a lookup on every
 * word (FNV-1a a byte at a time was a third of lx_lookup).  Never 0 (0
 * marks an empty slot).  Only the table's layout depends on it. */
enum { LX_KEY_PAD = LX_KEY_MAX + 8 };
/* lx_hash's steps, shared with lx_lookup_short, which hashes the same
 * words without storing the key: the two must agree on every key. */
static inline uint64_t lx_hash_start(size_t n) { return (uint64_t)n * 0x9E3779B97F4A7C15u; }
static inline uint64_t lx_hash_step(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0xFF51AFD7ED558CCDu;
    return h ^ (h >> 29);
}
static inline uint32_t lx_hash_end(uint64_t h)
{
    h *= 0xC4CEB9FE1A85EC53u;
    uint32_t r = (uint32_t)(h >> 32);
    return r ? r : 1;
}
static inline uint32_t lx_hash(const char *k, size_t n)
{
    uint64_t h = lx_hash_start(n);
    for (size_t i = 0; i < n; i += 8) {
        uint64_t w;
        memcpy(&w, k + i, 8);
        h = lx_hash_step(h, w);
    }
    return lx_hash_end(h);
}

/* Whether two zero-padded keys of n bytes are equal, eight bytes a step. */
static inline int lx_key_eq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i += 8) {
        uint64_t u, v;
        memcpy(&u, a + i, 8);
        memcpy(&v, b + i, 8);
        if (u != v) return 0;
    }
    return 1;
}

static lx_slot *lx_slot_for(const char *key, size_t n, uint32_t h, int create)
{
    for (uint32_t probe = 0; probe < LX_SLOTS; probe++) {
        uint32_t at = (h + probe) & (LX_SLOTS - 1);
        uint32_t f = lx_fp[at];
        if (!f) {
            if (!create || lx_n >= LX_MAX_ENTRIES) return NULL;
            lx_slot *s = &lx_ent[lx_n];
            lx_fp[at] = h;
            lx_idx[at] = (uint16_t)lx_n++;
            s->len = (uint8_t)n;
            memcpy(s->key, key, n);
            return s;
        }
        if (f == h) {
            lx_slot *s = &lx_ent[lx_idx[at]];
            if (s->len == n && lx_key_eq(s->key, key, n)) return s;
        }
    }
    return NULL;
}

static lx_slot *lx_add(const char *word, size_t n, uint32_t flag)
{
    char key[LX_KEY_PAD];
    size_t k = lx_fold(word, n, key);
    if (k == 0 || k >= LX_KEY_MAX) return NULL;
    memset(key + k, 0, 8);
    lx_slot *s = lx_slot_for(key, k, lx_hash(key, k), 1);
    if (s) s->e.flags |= flag;
    return s;
}

/* Calls the loader for each line of a data file, without comments and
 * surrounding white space. */
static void lx_load(const char *name, const unsigned char *data, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && data[j] != '\n') j++;
        const char *line = (const char *)data + i;
        size_t n = j - i;
        for (size_t c = 0; c < n; c++)
            if (line[c] == '#') { n = c; break; }
        while (n && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\r')) n--;
        while (n && (*line == ' ' || *line == '\t')) line++, n--;
        i = j + 1;
        if (!n) continue;
        if (!strcmp(name, "cue_verbs")) lx_add(line, n, LX_CUE);
        else if (!strcmp(name, "framing_cues")) lx_add(line, n, LX_CUE);
        else if (!strcmp(name, "titles")) lx_add(line, n, LX_TITLE);
        else if (!strcmp(name, "countries")) lx_add(line, n, LX_COUNTRY);
        else if (!strcmp(name, "cities")) lx_add(line, n, LX_CITY);
        else if (!strcmp(name, "person_descriptions")) lx_add(line, n, LX_DESC);
        else if (!strcmp(name, "function_words")) lx_add(line, n, LX_FUNC);
        else if (!strcmp(name, "abbreviations")) lx_add(line, n, LX_ABBR);
        else if (!strcmp(name, "nationalities")) lx_add(line, n, LX_NAT);
        else if (!strcmp(name, "not_names")) lx_add(line, n, LX_NOTNAME);
        else if (!strcmp(name, "common_words")) lx_add(line, n, LX_COMMON);
        else if (!strcmp(name, "no_entity")) lx_add(line, n, LX_NOENT);
        else if (!strcmp(name, "name_breakers")) lx_add(line, n, LX_BREAK);
        else if (!strcmp(name, "portfolios")) lx_add(line, n, LX_PORTFOLIO);
        else if (!strcmp(name, "given_names")) {
            /* One variant group a line; a name already in a group keeps it. */
            uint16_t group = 0;
            size_t a = 0;
            while (a < n) {
                while (a < n && line[a] == ' ') a++;
                size_t b = a;
                while (b < n && line[b] != ' ') b++;
                if (b > a) {
                    lx_slot *s = lx_add(line + a, b - a, LX_GIVEN);
                    if (s && s->e.given_group) {
                        if (!group) group = s->e.given_group;
                    } else if (s) {
                        if (!group) group = lx_next_group++;
                        s->e.given_group = group;
                    }
                }
                a = b;
            }
        } else if (!strcmp(name, "gender")) {
            size_t b = 0;
            while (b < n && line[b] != ' ') b++;
            const char *kind = line + b;
            size_t kn = n - b;
            while (kn && *kind == ' ') kind++, kn--;
            int female = kn >= 6 && !memcmp(kind, "female", 6), male = kn >= 4 && !memcmp(kind, "male", 4);
            if (female || male) {
                lx_slot *s = lx_add(line, b, LX_GENDER);
                if (s) s->e.pron = female ? PRON_FEMALE : PRON_MALE;
            }
        } else if (!strcmp(name, "pronouns")) {
            size_t b = 0;
            while (b < n && line[b] != ' ') b++;
            lx_slot *s = lx_add(line, b, LX_PRONOUN);
            const char *kind = line + b;
            size_t kn = n - b;
            while (kn && *kind == ' ') kind++, kn--;
            if (s) {
                s->e.pron = kn >= 4 && !memcmp(kind, "male", 4) ? PRON_MALE
                          : kn >= 6 && !memcmp(kind, "female", 6) ? PRON_FEMALE
                          : kn >= 6 && !memcmp(kind, "plural", 6) ? PRON_PLURAL
                          : kn >= 4 && !memcmp(kind, "self", 4) ? PRON_SELF
                          : PRON_NEUTER;
            }
        } else if (!strcmp(name, "org_descriptions")) {
            /* "kind: noun" */
            const char *colon = memchr(line, ':', n);
            if (!colon) continue;
            size_t kl = (size_t)(colon - line), nn = n - kl - 1;
            const char *nm = colon + 1;
            while (nn && *nm == ' ') nm++, nn--;
            uint32_t flag = kl == 4 && !memcmp(line, "firm", 4)    ? LX_FIRM_NOUN
                          : kl == 4 && !memcmp(line, "body", 4)    ? LX_BODY_NOUN
                          : kl == 5 && !memcmp(line, "media", 5)   ? LX_MEDIA_NOUN
                          : 0;
            if (flag) lx_add(nm, nn, flag);
        } else if (!strcmp(name, "organisations")) {
            const char *colon = memchr(line, ':', n);
            uint8_t kind = 0;
            const char *nm = line;
            size_t nn = n;
            if (colon) {
                size_t kl = (size_t)(colon - line);
                for (uint8_t k = 1; lx_org_kinds[k]; k++)
                    if (strlen(lx_org_kinds[k]) == kl && !memcmp(lx_org_kinds[k], line, kl))
                        kind = k;
                nm = colon + 1;
                nn = n - kl - 1;
                while (nn && *nm == ' ') nm++, nn--;
            }
            lx_slot *s = lx_add(nm, nn, LX_ORG);
            if (s) s->e.org_kind = kind;
        }
    }
}

#ifndef LX_EMBEDDED
/* Without the generated header (a build that has not wired
 * cmake/embed.cmake), read the files from MORGUE_DATA_DIR or the source
 * tree's data/ next to this file. */
static void lx_load_file(const char *dir, const char *name)
{
    char path[4200];
    if (strlen(dir) > 4000) return;
    snprintf(path, sizeof path, "%s/%s.txt", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) return;
    unsigned char *data = NULL;
    size_t len = 0, cap = 0;
    for (;;) {
        if (len == cap) {
            cap = cap ? cap * 2 : 65536;
            unsigned char *p = realloc(data, cap);
            if (!p) break;
            data = p;
        }
        size_t r = fread(data + len, 1, cap - len, f);
        if (!r) break;
        len += r;
    }
    fclose(f);
    if (data) lx_load(name, data, len);
    free(data);
}
#endif

/* The cue filter (lx_maybe_cue): is_cue asks of every word of a sentence
 * with a quotation, most of them no cue and never looked up otherwise. */
uint64_t lx_cue_filter[1024];

uint64_t lx_abbr_filter[64];

/* Round speed18: lx_lookup's filter for the keys its one-word path does
 * not take: one bit for each entry's first two and last two bytes (of the
 * folded key, two bytes or more).  A key that does not start or end with
 * white space (or a NUL) folds to the same four bytes, but for white
 * space second or last but one, which folds to a space; its length may
 * shrink, so it is no part of the bit. */
static uint64_t lx_key_filter[1024];

static inline uint32_t lx_key_bit(unsigned char first, unsigned char second, unsigned char penult,
                                  unsigned char last)
{
    uint32_t v = (uint32_t)first | (uint32_t)second << 8 | (uint32_t)penult << 16 | (uint32_t)last << 24;
    return (v * 0x9E3779B1u) >> 16;
}

static void lx_build(void)
{
    lx_fp = calloc(LX_SLOTS, sizeof *lx_fp);
    lx_idx = calloc(LX_SLOTS, sizeof *lx_idx);
    lx_ent = calloc(LX_MAX_ENTRIES, sizeof *lx_ent);
    if (!lx_fp || !lx_idx || !lx_ent) return;
#ifdef LX_EMBEDDED
    for (const morgue_data_file *f = morgue_data_files; f->name; f++)
        lx_load(f->name, f->data, f->len);
#else
    static const char *const names[] = {
        "abbreviations", "cities", "common_words", "countries", "cue_verbs", "framing_cues", "function_words",
        "gender", "given_names", "name_breakers", "nationalities", "no_entity", "not_names", "org_descriptions", "organisations",
        "person_descriptions", "portfolios", "pronouns",
        "titles", NULL};
    char dir[4096];
    const char *env = getenv("MORGUE_DATA_DIR");
    if (env && *env) snprintf(dir, sizeof dir, "%s", env);
    else {
        snprintf(dir, sizeof dir, "%s", __FILE__);
        char *slash = strrchr(dir, '/');
        if (slash) *slash = 0;
        slash = strrchr(dir, '/');
        if (slash && (size_t)(slash - dir) + 6 <= sizeof dir) memcpy(slash, "/data", 6);
        else snprintf(dir, sizeof dir, "data");
    }
    for (int i = 0; names[i]; i++) lx_load_file(dir, names[i]);
#endif
    for (uint32_t i = 0; i < lx_n; i++)
        if (lx_ent[i].len >= 2) {
            const unsigned char *k = (const unsigned char *)lx_ent[i].key;
            uint32_t b = lx_key_bit(k[0], k[1], k[lx_ent[i].len - 2], k[lx_ent[i].len - 1]);
            lx_key_filter[b >> 6] |= 1ull << (b & 63);
        }
    for (uint32_t i = 0; i < lx_n; i++)
        if (lx_ent[i].e.flags & LX_CUE) {
            const unsigned char *k = (const unsigned char *)lx_ent[i].key;
            size_t n = lx_ent[i].len;
            uint32_t b = lx_cue_bit(k[0], k[n > 1], k[n - 1], n);
            lx_cue_filter[b >> 6] |= 1ull << (b & 63);
        }
    for (uint32_t i = 0; i < lx_n; i++)
        if ((lx_ent[i].e.flags & LX_ABBR) && lx_ent[i].len <= 5) {
            const unsigned char *k = (const unsigned char *)lx_ent[i].key;
            size_t n = lx_ent[i].len;
            uint32_t b = ((uint32_t)k[0] | (uint32_t)k[n - 1] << 8 | (uint32_t)n << 16) * 0x9E3779B1u >> 20;
            lx_abbr_filter[b >> 6] |= 1ull << (b & 63);
        }
    lx_status = 0;
}

const unsigned char *lx_data_file(const char *name, size_t *len)
{
#ifdef LX_EMBEDDED
    for (const morgue_data_file *f = morgue_data_files; f->name; f++)
        if (!strcmp(f->name, name)) {
            *len = f->len;
            return f->data;
        }
#endif
    (void)name;
    *len = 0;
    return NULL;
}

int lx_init(void)
{
    pthread_once(&lx_once, lx_build);
    return lx_status;
}


/* Up to 8 bytes of s[0..n) (1 <= n <= 8) as a little-endian word, the
 * bytes past n zero, read within s[0..n) only: overlapping loads, no byte
 * loop (whose exit, at a word's varying length, the predictor missed on
 * every lookup). */
static inline uint64_t lx_load_upto8(const char *s, size_t n)
{
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        return a | ((uint64_t)b << (8 * (n - 4))); /* the overlap is the same bytes */
    }
    return (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n >> 1] << (8 * (n >> 1)) |
           (uint64_t)(unsigned char)s[n - 1] << (8 * (n - 1));
}

#define LX_REP(b) (0x0101010101010101u * (uint64_t)(b))

/* lx_fold_byte on the bytes of w (SWAR): A-Z to lower case.  0 when one of
 * its first n bytes (1 <= n <= 8) is below 0x21 (white space, a NUL or a
 * control byte: lx_fold_from decides), 1 otherwise. */
static inline int lx_fold_word(uint64_t *w, size_t n)
{
    uint64_t v = *w, valid = ~(uint64_t)0 >> (64 - 8 * n);
    /* a byte below 0x21 sets its top bit (a borrow only marks bytes above
     * a true one; the padding past n is masked off) */
    if ((v - LX_REP(0x21)) & ~v & LX_REP(0x80) & valid) return 0;
    uint64_t low7 = v & LX_REP(0x7F);
    uint64_t ge_a = low7 + LX_REP(0x80 - 'A'), gt_z = low7 + LX_REP(0x80 - 'Z' - 1);
    *w = v | ((ge_a & ~gt_z & ~v & LX_REP(0x80)) >> 2);
    return 1;
}

/* lx_hash of a key of n <= 16 bytes held in two zero-padded words. */
static inline uint32_t lx_hash_words(uint64_t w0, uint64_t w1, size_t n)
{
    uint64_t h = lx_hash_step(lx_hash_start(n), w0);
    if (n > 8) h = lx_hash_step(h, w1);
    return lx_hash_end(h);
}

/* lx_lookup for a word of 1 to 16 bytes with no byte below 0x21: folded,
 * hashed and compared a word at a time, the key never stored.  *done = 0
 * (and NULL) when such a byte sends the key to the general path. */
static inline const lx_entry *lx_lookup_short(const char *s, size_t n, int *done)
{
    uint64_t w0, w1 = 0;
    if (n <= 8) w0 = lx_load_upto8(s, n);
    else {
        memcpy(&w0, s, 8);
        memcpy(&w1, s + n - 8, 8);
        w1 >>= 8 * (16 - n); /* s[8..n) */
    }
    if (!lx_fold_word(&w0, n > 8 ? 8 : n) || (n > 8 && !lx_fold_word(&w1, n - 8))) {
        *done = 0;
        return NULL;
    }
    *done = 1;
    uint32_t h = lx_hash_words(w0, w1, n);
    for (uint32_t probe = 0; probe < LX_SLOTS; probe++) {
        uint32_t at = (h + probe) & (LX_SLOTS - 1);
        uint32_t f = lx_fp[at];
        if (!f) return NULL;
        if (f == h) {
            const lx_slot *sl = &lx_ent[lx_idx[at]];
            uint64_t k0, k1;
            memcpy(&k0, sl->key, 8);
            memcpy(&k1, sl->key + 8, 8);
            /* slot keys are zero-padded (lx_ent is calloc'd) */
            if (sl->len == n && k0 == w0 && (n <= 8 || k1 == w1)) return &sl->e;
        }
    }
    return NULL;
}

const lx_entry *lx_lookup(const char *s, size_t n)
{
    if (!lx_fp || n == 0 || n >= LX_KEY_MAX) return NULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* (lx_load_upto8 builds the word a little-endian load of the padded
     * key would give, which lx_hash and the slot keys are) */
    if (n <= 16) {
        int done;
        const lx_entry *e = lx_lookup_short(s, n, &done);
        if (done) return e;
    }
#endif
    /* The key filter: most keys here are names of several words that no
     * lexicon holds (find_entities asks each run whole). */
    if (n >= 2) {
        unsigned char f0 = lx_fold_byte[(unsigned char)s[0]], fl = lx_fold_byte[(unsigned char)s[n - 1]];
        if (f0 && fl) {
            unsigned char f1 = lx_fold_byte[(unsigned char)s[1]], fp = lx_fold_byte[(unsigned char)s[n - 2]];
            if (!f1 && s[1]) f1 = ' ';
            if (!fp && s[n - 2]) fp = ' ';
            uint32_t b = lx_key_bit(f0, f1, fp, fl);
            if (!((lx_key_filter[b >> 6] >> (b & 63)) & 1)) return NULL;
        }
    }
    char key[LX_KEY_PAD];
    size_t k;
    /* Fast path: a single word, folded in one pass; at the first white
     * space (or NUL) lx_fold goes on from there ("donald trump"). */
    size_t i = 0;
    unsigned char c;
    do {
        c = lx_fold_byte[(unsigned char)s[i]];
        key[i] = (char)c;
    } while (c && ++i < n);
    if (i == n) k = n;
    else {
        k = lx_fold_from(s, n, key, i);
        if (k == 0 || k >= LX_KEY_MAX) return NULL;
    }
    memset(key + k, 0, 8);
    uint32_t h = lx_hash(key, k);
    /* lx_slot_for without the insertion, inlined: a miss reads lx_fp only */
    for (uint32_t probe = 0; probe < LX_SLOTS; probe++) {
        uint32_t at = (h + probe) & (LX_SLOTS - 1);
        uint32_t f = lx_fp[at];
        if (!f) return NULL;
        if (f == h) {
            lx_slot *sl = &lx_ent[lx_idx[at]];
            if (sl->len == k && lx_key_eq(sl->key, key, k)) return &sl->e;
        }
    }
    return NULL;
}

int lx_edit_distance(const char *a, size_t an, const char *b, size_t bn)
{
    if (an > 32) an = 32;
    if (bn > 32) bn = 32;
    int prev[33], cur[33];
    for (size_t j = 0; j <= bn; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= an; i++) {
        cur[0] = (int)i;
        for (size_t j = 1; j <= bn; j++) {
            int cost = lx_lower((unsigned char)a[i - 1]) != lx_lower((unsigned char)b[j - 1]);
            int v = prev[j - 1] + cost;
            if (prev[j] + 1 < v) v = prev[j] + 1;
            if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
            cur[j] = v;
        }
        memcpy(prev, cur, sizeof(int) * (bn + 1));
    }
    return prev[bn];
}

size_t lx_phonetic_key(const char *s, size_t n, char *out, size_t cap)
{
    char t[80];
    size_t m = 0;
    for (size_t i = 0; i < n && m < sizeof t - 1; i++) {
        unsigned char c = lx_lower((unsigned char)s[i]);
        if (c >= 'a' && c <= 'z') t[m++] = (char)c;
    }
    t[m] = 0;
    size_t k = 0;
    char last = 0;
    for (size_t i = 0; i < m && k + 1 < cap;) {
        char c = t[i], d = i + 1 < m ? t[i + 1] : 0, r;
        size_t adv = 1;
        if ((c == 's' || c == 'k' || c == 'z' || c == 'c') && d == 'h') r = c == 'k' ? 'h' : 's', adv = 2;
        else if (c == 't' && d == 's') r = 'c', adv = 2;
        else if (c == 't' && d == 'z') r = 'c', adv = 2;
        else if (c == 'o' && d == 'u') r = 'u', adv = 2;
        else if ((c == 'y' || c == 'i' || c == 'j') && d == 'e') r = 'e', adv = 2;
        else if (c == 'p' && d == 'h') r = 'f', adv = 2;
        else if (c == 'c' && d == 'k') r = 'k', adv = 2;
        else if (c == 'f' && d == 'f' && i + 2 == m) r = 'v', adv = 2;
        else if (c == 'y' || c == 'j') r = 'i';
        else if (c == 'w') r = 'v';
        else if (c == 'q') r = 'k';
        else if (c == 'x') r = 'k';
        else if (c == 'c') r = 'k';
        else r = c;
        i += adv;
        if (r == last) continue; /* doubled letters count once */
        out[k++] = r;
        last = r;
    }
    if (cap) out[k < cap ? k : cap - 1] = 0;
    return k;
}

/* ------------------------------------------------ str_in's list filters */

str_list_filter str_list_filters[STR_LIST_SLOTS];
static pthread_mutex_t str_list_lock = PTHREAD_MUTEX_INITIALIZER;
/* the filters' keys (some 2,500 entries over all the lists) */
static uint32_t str_list_key_pool[16384];
static uint32_t str_list_key_used;

/* Whether entry v, whose first two bytes are the word's folded (no NUL
 * among the word's), is s[0..n): the bytes from the third on, and its
 * end. */
static inline int str_entry_is(const char *s, size_t n, const char *v)
{
    size_t m = 2;
    while (m < n && v[m] && lower_c((unsigned char)s[m]) == (unsigned char)v[m]) m++;
    return m >= n && v[n] == 0;
}

/* str_in by a scan of the whole list: when the key pool ran out */
static int str_in_scan(const char *s, size_t n, const char *const *w)
{
    /* the first two letters against each entry's (every entry has at
     * least one letter, so its second byte may be read: its NUL or a
     * letter); a NUL inside the word matches nothing */
    unsigned char c0 = lower_c((unsigned char)s[0]);
    unsigned char c1 = n > 1 ? lower_c((unsigned char)s[1]) : 0;
    if (n > 1 && c1 == 0) return 0;
    for (int k = 0; w[k]; k++)
        if ((unsigned char)w[k][0] == c0 && (unsigned char)w[k][1] == c1 && str_entry_is(s, n, w[k])) return 1;
    return 0;
}

int str_in_filtered(const char *s, size_t n, const str_list_filter *f)
{
    if (!f->keys) return str_in_scan(s, n, f->list);
    uint32_t key = str_word_key(s, n);
    const uint32_t *keys = f->keys;
#if defined(__SSE2__)
    __m128i kv = _mm_set1_epi32((int)key);
    for (uint32_t i = 0; i < f->nkeys; i += 4) {
        unsigned m = (unsigned)_mm_movemask_ps(
            _mm_castsi128_ps(_mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(keys + i)), kv)));
        for (; m; m &= m - 1)
            if (str_entry_is(s, n, f->list[i + (uint32_t)__builtin_ctz(m)])) return 1;
    }
#else
    for (uint32_t i = 0; i < f->nkeys; i++)
        if (keys[i] == key && str_entry_is(s, n, f->list[i])) return 1;
#endif
    return 0;
}

/* The slot holding w's filter, made now if w has none; NULL when the
 * table is full. */
static const str_list_filter *str_list_filter_for(const char *const *w)
{
    uint32_t home = str_list_slot(w);
    for (uint32_t p = 0; p < STR_LIST_SLOTS; p++) {
        const str_list_filter *f = &str_list_filters[(home + p) & (STR_LIST_SLOTS - 1)];
        const char *const *l = __atomic_load_n(&f->list, __ATOMIC_ACQUIRE);
        if (l == w) return f;
        if (!l) break;
    }
    pthread_mutex_lock(&str_list_lock);
    str_list_filter *found = NULL;
    for (uint32_t p = 0; p < STR_LIST_SLOTS; p++) {
        str_list_filter *f = &str_list_filters[(home + p) & (STR_LIST_SLOTS - 1)];
        if (f->list == w) {
            found = f;
            break;
        }
        if (f->list) continue;
        uint32_t nw = 0;
        while (w[nw]) nw++;
        uint32_t padded = (nw + 3) & ~3u;
        uint32_t *keys = NULL;
        if (padded <= sizeof str_list_key_pool / sizeof *str_list_key_pool - str_list_key_used) {
            keys = str_list_key_pool + str_list_key_used;
            str_list_key_used += padded;
        }
        for (uint32_t k = 0; k < nw; k++) {
            /* the entry as written: one with a capital in its first two
             * bytes is never matched by a word folded to lower case,
             * whatever its bit; nor one with a capital further on, which
             * str_entry_is compares */
            const unsigned char *v = (const unsigned char *)w[k];
            uint32_t key = str_list_key(v[0], v[0] ? v[1] : 0, strlen(w[k]));
            uint32_t b = str_list_bit(key);
            f->bits[b >> 6] |= 1ull << (b & 63);
            if (keys) keys[k] = key;
        }
        for (uint32_t k = nw; keys && k < padded; k++) keys[k] = ~0u;
        f->keys = keys;
        f->nkeys = padded;
        __atomic_store_n(&f->list, w, __ATOMIC_RELEASE);
        found = f;
        break;
    }
    pthread_mutex_unlock(&str_list_lock);
    return found;
}

int str_in_unfiltered(const char *s, size_t n, const char *const *w)
{
    const str_list_filter *f = str_list_filter_for(w);
    if (!f) return str_in_scan(s, n, w);
    uint32_t b = str_list_bit(str_word_key(s, n));
    if (!((f->bits[b >> 6] >> (b & 63)) & 1)) return 0;
    return str_in_filtered(s, n, f);
}
