/*
 * Entity names across the index: each segment lists the entity names its
 * articles mention and its quotes are attributed to, with counts.  On first
 * use the lists are summed over segments and person names are grouped into
 * entities: two names are the same person when extract_same_person() says
 * so (same given name or a known variant, and a surname within a small edit
 * distance or with the same phonetic key: Yuri Usakov / Yuri Ushakov).
 * The groups serve speaker: queries (a name matches every spelling merged
 * with it) and morgue_entity_lookup (the merges shown to users).
 */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "engine.h"
#include "extract.h"
#include "extract_internal.h"
#include "tokenize.h"
#include "postings.h"
#include "fields.h"
#include "date.h"

static const char *const kind_name[] = {"person", "org", "place", "other"};

struct morgue_entities {
    arena a;
    morgue_entity_name *v;
    size_t n;
};

/* Folded tokens of s joined by single spaces, into out (cap bytes). */
static size_t fold_name(const char *s, size_t n, char *out, size_t cap)
{
    tokenizer tz;
    token tk;
    size_t len = 0;
    tokenizer_init(&tz, s, n);
    while (tokenizer_next(&tz, &tk)) {
        if (len + tk.len + 2 > cap) break;
        if (len) out[len++] = ' ';
        memcpy(out + len, tk.text, tk.len);
        len += tk.len;
    }
    out[len] = 0;
    return len;
}

/* The surname of a folded person name f of `words` words as
 * extract_same_person splits it (ix_name.words): its last word, or the
 * word before a generational suffix in a name of three or more ("joseph r
 * biden jr": "biden").  Its length in *len. */
static const char *folded_surname(const char *f, size_t words, size_t *len)
{
    const char *end = f + strlen(f), *sp = strrchr(f, ' ');
    const char *w = sp ? sp + 1 : f;
    if (sp && sp > f && words >= 3 && extract_name_suffix(w, (size_t)(end - w))) {
        const char *e = sp;
        while (sp > f && sp[-1] != ' ') sp--;
        *len = (size_t)(e - sp);
        return sp;
    }
    *len = (size_t)(end - w);
    return w;
}

/* Whether names[c] is a person of two words or more whose folded surname
 * is w[0..wl): what the scans of a surname's word bucket (name_words,
 * which lists every name holding the word) keep. */
static int has_surname(const morgue_index *ix, uint32_t c, const char *w, size_t wl)
{
    const ix_name *y = &ix->names[c];
    size_t sl;
    if (y->kind != 0 || y->words < 2) return 0;
    const char *sur = folded_surname(y->folded, y->words, &sl);
    return sl == wl && !memcmp(sur, w, wl);
}

/* The keys a person name is filed under (0 when it has none of that
 * kind): its given name's first letter, its given name's variant group,
 * the hash of its given name's phonetic key; each below its surname block.
 * A name whose given name is an initial is also filed in table 0 under
 * INITIAL | its first letter (initial_key). */
enum { NO_GIVEN = 0x100, INITIAL = 0x200 };
static uint64_t name_key(const morgue_index *ix, uint32_t i, int which)
{
    const person_facts *f = &ix->names[i].facts;
    /* a name of one word (as extract_same_person splits it) has no given
     * name to agree on: it is filed under NO_GIVEN alone */
    if (f->words < 2) return which == 0 ? (uint64_t)ix->key[i] << 56 | NO_GIVEN : 0;
    uint64_t v = which == 0 ? f->giv0 : which == 1 ? f->given_group : ix->names[i].giv_key_hash;
    return v ? (uint64_t)ix->key[i] << 56 | (v & ((1ull << 56) - 1)) : 0;
}

/* The second key of names[i] in table 0 when its given name is an
 * initial, else 0. */
static uint64_t initial_key(const morgue_index *ix, uint32_t i)
{
    const ix_name *x = &ix->names[i];
    return x->facts.words >= 2 && x->giv_initial ? (uint64_t)ix->key[i] << 56 | INITIAL | x->facts.giv0 : 0;
}

/* The second key of names[i] in table 0 when it goes by the full given
 * name after an initial ("T. Boone Pickens", filed by Boone's keys): its
 * initial's letter, where the names written by initials alone are ("T.B.
 * Pickens III", "T. Pickens"), which may fit it (initials_fit); else 0. */
static inline uint64_t goes_by_key(const morgue_index *ix, uint32_t i)
{
    const ix_name *x = &ix->names[i];
    if (!x->goes_by || x->facts.words < 2) return 0;
    const char *s = x->name;
    while (*s == ' ') s++;
    return (uint64_t)ix->key[i] << 56 | ((unsigned char)*s | 32);
}

/* The bucket of key k in a table of mask + 1 buckets. */
static inline size_t key_bucket(uint64_t k, size_t mask)
{
    return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

/* Makes block k ready for grouping on its first use: its persons' facts
 * (extract_person_facts: the phonetic keys were most of loading the names
 * for a one-shot speaker: query, and a query groups the persons of one or
 * two blocks, not all of them), and the persons filed under each of
 * name_key's keys.  extract_same_person needs the same given name
 * (equal, an initial, a variant or the same phonetic key), so a name's
 * possible variants are in three short runs, not its whole block: grouping
 * every name of the real corpus (50,000 persons) went from ~10 s to well
 * under a second.  0, or -1 when out of memory. */

/* Whether the n bytes at w are a particle of a surname written with a
 * capital ("Du Preez", "Van Fossen", "Di Rollo"), which no one goes by. */
static int surname_particle(const char *w, size_t n)
{
    static const char *const v[] = {"da", "dal", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le",
                                    "van", "von", "st", "san", "bin", "ibn", "al", "el", "ben", "mac", NULL};
    char low[6];
    if (n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) low[i] = (char)(w[i] | 32);
    for (int k = 0; v[k]; k++)
        if (strlen(v[k]) == n && !memcmp(v[k], low, n)) return 1;
    return 0;
}

/* The offset in person name nm of the name its person goes by: past a
 * first initial followed by a full given name and a surname ("J. Edgar
 * Hoover", "T. Boone Pickens", "J. Christopher Stevens": Edgar Hoover,
 * Boone Pickens, Christopher Stevens), else 0.  Compared by its initial,
 * "J. Christopher Stevens" was John Stevens' (real news): such a person is
 * not called by the initial's name, and is written without it. */
static inline uint16_t name_goes_by(const char *nm)
{
    const char *s = nm;
    while (*s == ' ') s++;
    if (!(*s >= 'A' && *s <= 'Z')) return 0;
    const char *g = s + 1 + (s[1] == '.');
    if (*g != ' ') return 0;
    while (*g == ' ') g++;
    size_t n = strcspn(g, " \t");
    if (n < 2 || !(g[0] >= 'A' && g[0] <= 'Z') || !(g[1] >= 'a' && g[1] <= 'z') || g[n - 1] == '.' ||
        surname_particle(g, n))
        return 0;
    /* then a surname: a word that is not a generational suffix */
    const char *r = g + n;
    while (*r == ' ') r++;
    size_t rn = strcspn(r, " \t");
    if (!rn || (extract_name_suffix(r, rn) && !r[rn + strspn(r + rn, " ")])) return 0;
    return (uint16_t)(g - nm);
}

/* The initials of the words of s..end (words apart by spaces, tabs or
 * hyphens): a word of capitals and periods of at most six bytes gives each
 * capital ("H.W.", "HW"), any other word its first letter in upper case;
 * at most cap into out, their count.  *initials_only (when not NULL):
 * whether every word is of capitals and periods. */
static size_t word_initials(const char *s, const char *end, char *out, size_t cap, int *initials_only)
{
    size_t n = 0;
    if (initials_only) *initials_only = 1;
    while (s < end) {
        while (s < end && (*s == ' ' || *s == '\t' || *s == '-')) s++;
        const char *e = s;
        int caps = 1;
        while (e < end && *e != ' ' && *e != '\t') {
            if (!(*e >= 'A' && *e <= 'Z') && *e != '.') caps = 0;
            e++;
        }
        if (e == s) break;
        if (caps && e - s <= 6) {
            for (const char *c = s; c < e; c++)
                if (*c != '.' && n < cap) out[n++] = *c;
        } else {
            if (initials_only) *initials_only = 0;
            if (n < cap) out[n++] = (char)(*s >= 'a' && *s <= 'z' ? *s - 32 : *s);
        }
        s = e;
    }
    return n;
}

/* The surname of x as extract_same_person splits a name (split_words in
 * indexer/extract_names.c: words between spaces and tabs, leading hyphens
 * dropped, the first 8 words; the surname the last of them), and the hash
 * of its phonetic key: what same_surname_possible reads. */
static inline __attribute__((always_inline)) void name_surname(ix_name *x)
{
    const char *s = x->name + x->goes_by, *last = s, *before = s, *first_end = s;
    size_t n = 0, n_before = 0, given = 0;
    int count = 0;
    while (*s && count < 8) {
        while (*s == ' ' || *s == '\t' || *s == '-') s++;
        const char *b = s;
        while (*s && *s != ' ' && *s != '\t') s++;
        if (s > b) {
            before = last, n_before = n;
            last = b;
            n = (size_t)(s - b);
            if (!count) given = n - (b[n - 1] == '.'), first_end = s; /* same_given's initial: one byte but a final '.' */
            count++;
        }
    }
    x->gen_state = 0;
    x->suffix = count >= 3 ? (uint8_t)extract_name_suffix(last, n) : 0;
    if (x->suffix) last = before, n = n_before; /* "Biden Jr." */
    x->giv_initial = given == 1;
    /* the middle names' initials: a word of capitals and periods gives
     * each capital ("H.W.", "HW"), any other word its first letter */
    x->mid_len = (uint8_t)word_initials(first_end, last, x->mid, sizeof x->mid, NULL);
    x->mid_state = 0;
    x->sur_off = (uint16_t)(last - x->name);
    x->sur_len = (uint16_t)n; /* names are under 64 KiB (fold_plain, fold_name) */
    x->sur_key_hash = x->facts.sur_key[0] ? (uint32_t)XXH3_64bits(x->facts.sur_key, strlen(x->facts.sur_key)) | 1 : 0;
    /* hashed once here, not at each look-up of the name's runs */
    x->giv_key_hash = x->facts.giv_key[0] ? XXH3_64bits(x->facts.giv_key, strlen(x->facts.giv_key)) >> 8 | 1 : 0;
}

static uint64_t persons_together(const morgue_index *ix, const char *a, const char *b);
static uint32_t word_hash(const char *w, size_t len);
static int load_name_words(morgue_index *ix);

/* Whether names[i], written with an initial before a full given name
 * that it goes by ("B. Hussein Obama": name_goes_by), is rather compared
 * by its initial, the full given name a middle name: when no other name
 * of its surname with a full given name is the person it goes by (no
 * "Hussein Obama"; "J. Christopher Stevens" has "Chris Stevens", and stays
 * as he goes by), and its articles name beside it, in at least half of
 * them, a full name its initial may be (the article writing B. Hussein
 * Obama names Barack Obama).  Without that, the name it goes by is kept:
 * compared by the initial, E. Duff Scott would be Eleanor Scott's and J.
 * Thomas Clark Joe Clark's (real news).  The names of its surname are of
 * its block, their facts read as the block's first pass left them (every
 * name by the name it goes by), so the answer does not depend on the
 * order of the names. */
static int goes_by_initial(morgue_index *ix, uint32_t i)
{
    const ix_name *x = &ix->names[i];
    size_t wl;
    const char *w = folded_surname(x->folded, x->words, &wl);
    if (load_name_words(ix) || !ix->name_words) return 0;
    uint32_t b = word_hash(w, wl) & ix->name_word_mask, prev = UINT32_MAX;
    uint64_t beside = 0;
    unsigned char initial = (unsigned char)x->name[strspn(x->name, " ")] | 32;
    /* the partners first; then the articles, read only without one */
    for (int pass = 0; pass < 2; pass++) {
        prev = UINT32_MAX;
        for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1] && beside * 2 < x->articles; k++) {
            uint32_t c = ix->name_words[k];
            if (c == prev || c == i) continue;
            prev = c;
            if (!has_surname(ix, c, w, wl)) continue;
            const ix_name *y = &ix->names[c];
            if (y->giv_initial) continue; /* an initial tells nothing */
            /* (the surnames are equal: only the given names are compared) */
            if (pass == 0 && extract_may_be_same_person(&x->facts, &y->facts) &&
                extract_same_person_facts(x->name + x->goes_by, &x->facts, y->name + y->goes_by, &y->facts))
                return 0;
            if (pass == 1 && !y->goes_by && y->facts.giv0 == initial) beside += persons_together(ix, x->name, y->name);
        }
    }
    return beside && beside * 2 >= x->articles;
}

static int block_ready(morgue_index *ix, unsigned k)
{
    if (ix->blk[k].ready) return 0;
    uint32_t from = ix->block_start[k], to = ix->block_start[k + 1], n_goes_by = 0;
    for (uint32_t b = from; b < to; b++) {
        ix_name *x = &ix->names[ix->block_items[b]];
        if (x->words < 2) {
            /* a lone name is compared with no one (may_merge): its facts,
             * two phonetic keys, were a third of them on real news */
            memset(&x->facts, 0, sizeof x->facts);
            x->sur_off = x->sur_len = x->goes_by = 0;
            x->sur_key_hash = 0;
            x->giv_initial = 0;
            x->giv_key_hash = 0;
            x->mid_len = x->mid_state = x->suffix = x->gen_state = 0;
            continue;
        }
        x->goes_by = name_goes_by(x->name);
        extract_person_facts(x->name + x->goes_by, &x->facts);
        name_surname(x);
        n_goes_by += x->goes_by > 0;
    }
    if (n_goes_by) { /* the names compared by their initial after all, decided, then changed */
        uint32_t *flip = malloc(sizeof *flip * n_goes_by), n_flip = 0;
        if (!flip) return -1;
        for (uint32_t b = from; b < to; b++)
            if (ix->names[ix->block_items[b]].goes_by && goes_by_initial(ix, ix->block_items[b]))
                flip[n_flip++] = ix->block_items[b];
        for (uint32_t f = 0; f < n_flip; f++) {
            ix_name *x = &ix->names[flip[f]];
            x->goes_by = 0;
            extract_person_facts(x->name, &x->facts);
            name_surname(x);
        }
        free(flip);
    }
    /* filed in hash buckets by a counting sort, linear (qsort of the keys
     * was 7% of a one-shot speaker: query) */
    uint32_t m = 1;
    while (m < to - from) m <<= 1;
    ix->blk[k].mask = m - 1;
    for (int w = 0; w < 3; w++) {
        free(ix->blk[k].by_key[w]); /* what an attempt out of memory left */
        free(ix->blk[k].start[w]);
        /* table 0 files a name whose given name is an initial twice */
        ix_name_key *v = malloc(sizeof *v * ((w == 0 ? 2 : 1) * (size_t)(to - from) + 1));
        uint32_t *start = calloc((size_t)m + 1, sizeof *start), *fill = malloc(sizeof *fill * m);
        ix->blk[k].by_key[w] = v;
        ix->blk[k].start[w] = start;
        if (!v || !start || !fill) {
            free(fill);
            return -1;
        }
        for (uint32_t b = from; b < to; b++) {
            uint32_t i = ix->block_items[b];
            uint64_t key = ix->names[i].words >= 2 ? name_key(ix, i, w) : 0;
            if (key) start[key_bucket(key, m - 1) + 1]++;
            /* (a name that goes by a given name has no initial for one) */
            uint64_t ik = w == 0 && ix->names[i].words >= 2 ? initial_key(ix, i) | goes_by_key(ix, i) : 0;
            if (ik) start[key_bucket(ik, m - 1) + 1]++;
        }
        for (uint32_t b = 0; b < m; b++) start[b + 1] += start[b];
        memcpy(fill, start, sizeof *fill * m);
        for (uint32_t b = from; b < to; b++) {
            uint32_t i = ix->block_items[b];
            uint64_t key = ix->names[i].words >= 2 ? name_key(ix, i, w) : 0;
            const ix_name *x = &ix->names[i];
            if (key)
                v[fill[key_bucket(key, m - 1)]++] =
                    (ix_name_key){key,           i,
                                  x->facts.sur_letters, x->sur_key_hash,
                                  x->facts.sur_len, x->facts.sur_cut,
                                  x->facts.sur0, x->facts.words};
            uint64_t ik = w == 0 && x->words >= 2 ? initial_key(ix, i) | goes_by_key(ix, i) : 0;
            if (ik)
                v[fill[key_bucket(ik, m - 1)]++] =
                    (ix_name_key){ik, i, x->facts.sur_letters, x->sur_key_hash, x->facts.sur_len, x->facts.sur_cut,
                                  x->facts.sur0, x->facts.words};
        }
        free(fill);
    }
    ix->blk[k].ready = 1;
    return 0;
}

/* every kind of name (bit k: kind k), for mark_matching */
#define ALL_KINDS 0xFu

/* A lone surname ("Obama", "Reagan") names no one in particular to
 * extract_same_person, which needs a given name; within an article the
 * extractor links it to the full name used before, across articles
 * nothing did, so a surname written alone in one article and the full
 * name in another were two entities in every facet.  Here a lone
 * person name joins the group of the full names whose last word it is,
 * when that group is the only one (MERGED_ONLY) or holds at least 85% of
 * the articles of the full names with that surname (MERGED_DOMINANT:
 * Barack Obama against Michelle Obama); full names in one article alone
 * are not counted against it (mostly headline fragments, "Given Obama").
 * Two real persons with one surname ("Hillary Clinton", "Bill Clinton":
 * 560 and 96 articles on the real corpus) keep the surname apart.  So does
 * a name listed more often as an organisation or place than as a person
 * ("Ford").  Resolved lazily, one surname at a time (resolve_surname): when
 * the lone name's group is asked for, and for the surnames of a group's
 * full names before its names are listed (for_group); the candidates come
 * from the index of names by word, so only the full names with that
 * surname are grouped, not the surname's whole block. */
enum {
    MERGED_ONLY = 1,
    MERGED_DOMINANT = 2,
    MERGED_TOGETHER = 3, /* initials named with the full name in its articles ("EC") */
    MERGED_PLACE_ALIAS = 4, /* a listed alias (data/place_aliases.txt: "U.S.") */
    MERGED_ACRONYM = 5, /* an organisation's initials ("IMF") */
    MERGED_ALIAS = 6,   /* a listed alias (data/org_aliases.txt: "Fed") */
    MERGED_INITIAL = 7, /* a given name's initial, of the dominant full name
                           among several ("C. Martin": resolve_initial) */
    MERGED_MIDDLE = 8,  /* a full name without the middle names that tell
                           persons apart, of the dominant one ("George
                           Bush": middle_ambiguous) */
    MERGED_ALONE = 9,   /* a lone surname, of the full name that most of
                           the articles naming one such person name
                           (surname_alone_dominant) */
    MERGED_WHY = 15,    /* the bits above */
    ORG_SHORT = 0x20,   /* an organisation's short form (initials, a listed
                           alias): not its group's displayed name while the
                           group holds a longer one */
    SURNAME_APART = 0x10, /* a lone person name left apart because several
                             persons carry it and none dominates (said by
                             --entity) */
    SURNAME_DONE = 0x40, /* a lone person name whose merge was decided */
    ORG_GROUPED = 0x80,  /* an organisation, place or other name (not a
                            person) in a group of more than one name */
    DOMINANT_PCT = 85,
    SHORT_USUAL = 4, /* short forms in more than 4x the articles of the full
                        names: the short form is the organisation's name */
    MIN_ARTICLES = 3
};

static uint32_t word_hash(const char *w, size_t len);
static int load_name_words(morgue_index *ix);
static int group_of(morgue_index *ix, uint32_t i);
static int orgs_ready(morgue_index *ix);
static int places_ready(morgue_index *ix);
static int better_spelling(const morgue_index *ix, uint32_t i, int best);

/* A candidate group and the articles of its names that could join it. */
typedef struct {
    uint32_t root;
    uint64_t articles;
} group_tally;

/* The group among t[0..nt) that holds DOMINANT_PCT of the articles and
 * MIN_ARTICLES or more, for surnames and initials alike (a rival in one
 * article alone does not count): its index, or UINT32_MAX (also when nt
 * is 0). */
static uint32_t dominant(const group_tally *t, uint32_t nt)
{
    if (!nt) return UINT32_MAX;
    uint32_t best = 0;
    uint64_t all = 0;
    for (uint32_t q = 1; q < nt; q++)
        if (t[q].articles > t[best].articles) best = q;
    for (uint32_t q = 0; q < nt; q++)
        if (q == best || t[q].articles >= 2) all += t[q].articles;
    return t[best].articles < MIN_ARTICLES || t[best].articles * 100 < all * DOMINANT_PCT ? UINT32_MAX : best;
}

/* Articles naming `folded` as an entity of another kind than person, or
 * an organisation or place whose name starts with it ("Ford Motor Co"
 * against a lone "Ford"). */
static uint64_t other_kind_articles(morgue_index *ix, const char *folded)
{
    uint64_t n = 0;
    size_t len = strlen(folded);
    if (load_name_words(ix) || !ix->name_words) return 0;
    uint32_t b = word_hash(folded, len) & ix->name_word_mask, prev = UINT32_MAX;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
        uint32_t i = ix->name_words[k];
        const ix_name *x = &ix->names[i];
        if (i == prev || x->kind == 0) continue;
        prev = i;
        if (!strncmp(x->folded, folded, len) && (x->folded[len] == 0 || (x->folded[len] == ' ' && x->kind != 3)))
            n += x->articles;
    }
    return n;
}

static uint32_t surname_alone_dominant(morgue_index *ix, const uint32_t *cand, const uint32_t *cand_q, uint32_t nc,
                                       const group_tally *t, uint32_t nt);
static int surname_dates_apart(morgue_index *ix, const char *w, uint32_t b, const uint32_t *cand, uint32_t nc,
                               uint32_t target);

/* Decides whether the lone person name names[s] joins the group of a
 * full name (above), once.  The lone person names with the same folded
 * words as s ("REUTER" in a headline, "Reuter" in a body) are one entity:
 * they are decided together, on the sum of their articles, and stay one
 * group when no full name takes them. */
static void resolve_surname(morgue_index *ix, uint32_t s)
{
    if (ix->merged[s] & SURNAME_DONE) return;
    ix->merged[s] |= SURNAME_DONE;
    if (ix->names[s].kind != 0 || ix->names[s].words >= 2) return;
    const char *w = ix->names[s].folded;
    size_t wl = strlen(w);
    if (!wl || load_name_words(ix) || !ix->name_words) return;
    const char *sp = strchr(w, ' ');
    uint32_t b = word_hash(w, sp ? (size_t)(sp - w) : wl) & ix->name_word_mask, prev = UINT32_MAX;
    /* the peers: s and every lone person name with its words */
    uint64_t own = 0;
    uint32_t n_peers = 0, first = s;
    int best = -1;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
        uint32_t c = ix->name_words[k];
        if (c == prev) continue;
        prev = c;
        const ix_name *x = &ix->names[c];
        if (x->kind != 0 || x->words >= 2 || strcmp(x->folded, w)) continue;
        ix->merged[c] |= SURNAME_DONE;
        own += x->articles;
        n_peers++;
        if (c < first) first = c;
        if (better_spelling(ix, c, best)) best = (int)c;
    }
    int target = -1, why = 0, apart = 0;
    if (ix->names[s].words == 1 && !sp) {
        uint32_t nt = 0;
        prev = UINT32_MAX;
        size_t room = ix->name_word_start[b + 1] - ix->name_word_start[b] + 1;
        group_tally *t = malloc(sizeof *t * room);
        uint32_t *cand = malloc(sizeof *cand * room * 2), nc = 0;
        if (!t || !cand) {
            free(t);
            free(cand);
            return;
        }
        uint32_t *cand_q = cand + room;
        /* the full persons whose last word is w */
        for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
            uint32_t c = ix->name_words[k];
            if (c == prev) continue;
            prev = c;
            if (!has_surname(ix, c, w, wl)) continue;
            const ix_name *x = &ix->names[c];
            uint32_t g = (uint32_t)group_of(ix, c);
            uint32_t q = 0;
            while (q < nt && t[q].root != g) q++;
            if (q == nt) t[nt++] = (group_tally){g, 0};
            t[q].articles += x->articles;
            cand[nc] = c;
            cand_q[nc++] = q;
        }
        uint32_t top_q = dominant(t, nt);
        int alone = 0;
        /* Two persons of one surname, none dominant: the articles naming
         * the leader beside a rival ("Bill Clinton" in an article on
         * "Hillary Clinton") tell nothing of whom the surname alone
         * names, so the rivals are weighed again on the articles that do
         * not name the leader (surname_alone_dominant).  Unless the lone
         * name's dated articles are mostly of other years than the
         * leader's (dates_apart).  Asked of a surname alone in
         * MIN_ARTICLES or more, a usage of the archive: one alone in a
         * single article is as often a passer-by of that surname (a
         * team sheet's "Payne" beside a film director Alexander Payne). */
        if (top_q >= nt && nt >= 2 && own >= MIN_ARTICLES) {
            top_q = surname_alone_dominant(ix, cand, cand_q, nc, t, nt);
            if (top_q < nt && surname_dates_apart(ix, w, b, cand, nc, t[top_q].root)) top_q = UINT32_MAX;
            alone = top_q < nt;
            apart = !alone;
        }
        /* ... unless the word names organisations or places more often
         * than it names that person ("Ford Motor Co" against a lone
         * "Ford"): counted against the lone name's articles, or the full
         * name's when more and it opens with a known given name ("Trump
         * Tower" and "Trump University" are named in fewer articles than
         * Donald Trump, though in as many as the lone "Trump"; "AB Volvo",
         * "Gruppo Ferruzzi", firms taken for persons, are no person) */
        if (top_q < nt) {
            uint64_t person = own;
            if (t[top_q].articles > own && ix->names[t[top_q].root].facts.given_group) person = t[top_q].articles;
            if (other_kind_articles(ix, w) < person) {
                target = (int)t[top_q].root;
                why = nt == 1 ? MERGED_ONLY : alone ? MERGED_ALONE : MERGED_DOMINANT;
            }
        }
        free(t);
        free(cand);
    }
    if (apart) {
        prev = UINT32_MAX;
        for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
            uint32_t c = ix->name_words[k];
            if (c != prev && ix->names[c].kind == 0 && ix->names[c].words < 2 && !strcmp(ix->names[c].folded, w))
                ix->merged[c] |= SURNAME_APART;
            prev = c;
        }
    }
    if (target < 0 && n_peers < 2) return;
    if (target < 0) { /* the peers alone, under their usual spelling */
        target = (int)first;
        ix->canon[first] = best;
    }
    prev = UINT32_MAX;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
        uint32_t c = ix->name_words[k];
        if (c == prev) continue;
        prev = c;
        const ix_name *x = &ix->names[c];
        if (x->kind != 0 || x->words >= 2 || strcmp(x->folded, w)) continue;
        ix->group[c] = target;
        ix->merged[c] |= (uint8_t)why;
    }
}

/* Resolves the lone person names spelled as the folded word w. */
static void resolve_word(morgue_index *ix, const char *w)
{
    if (load_name_words(ix) || !ix->name_words) return;
    uint32_t b = word_hash(w, strlen(w)) & ix->name_word_mask;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
        uint32_t s = ix->name_words[k];
        if (ix->names[s].kind == 0 && ix->names[s].words == 1 && !strcmp(ix->names[s].folded, w))
            resolve_surname(ix, s);
    }
}

/* Organisations written several ways across articles were apart in every
 * facet: "Securities and Exchange Commission" and "SEC", "International
 * Monetary Fund" and "IMF", "Chrysler Corp" and "Chrysler".  Grouped once
 * when the names are loaded (a union-find over the organisations): the same
 * folded words; a name and the name without its company suffix (Co, Corp,
 * Inc, Ltd, plc, Company, Corporation, Group, Party); a single word in
 * capitals and the names whose initials it is (of, and, the aside), when
 * one group holds 85% of those names' articles and 3 or more ("EC": the
 * European Community against the European Commission is no merge unless
 * one dominates), and not a name holding the word itself ("EC
 * Commission").  Only names of kind org take part. */
typedef struct {
    uint64_t hash; /* of the key */
    uint32_t name;
} org_key;

static int better_spelling(const morgue_index *ix, uint32_t i, int best);
static int name_has_words(const char *n, const char *w);

static uint32_t uf_find(uint32_t *parent, uint32_t i)
{
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
}

/* Whether the word w[0..n) is one of the NULL-terminated list's. */
static int word_listed(const char *w, size_t n, const char *const *list)
{
    for (int k = 0; list[k]; k++)
        if (list[k][0] == w[0] && strlen(list[k]) == n && !memcmp(list[k], w, n)) return 1;
    return 0;
}

/* The words of folded name f (n bytes) without its trailing company
 * suffixes, as a length (n when it has none, or is one word). */
static size_t org_base(const char *f, size_t n)
{
    /* with the continental ones ("Deutsche Bank AG", "Deutsche Bank") */
    static const char *const suffix[] = {"co",  "corp", "inc",   "ltd",  "plc",  "llc", "company", "corporation",
                                         "cos", "group", "party", "ag",  "sa",   "nv",  "spa",     "gmbh",
                                         NULL};
    size_t n0 = n;
    for (;;) {
        size_t sp = n;
        while (sp > 0 && f[sp - 1] != ' ') sp--;
        if (sp == 0 || !word_listed(f + sp, n - sp, suffix)) break;
        n = sp - 1;
    }
    /* "Merrill Lynch and Co Inc": the "and" of "and Co" goes with it */
    if (n < n0 && n > 4 && !memcmp(f + n - 4, " and", 4) && memchr(f, ' ', n - 4)) n -= 4;
    return n;
}

/* The key under which names of one organisation meet: folded name f
 * without its "and" words (an '&' is no token: "Standard & Poor's" and
 * "Standard and Poor's" fold to "standard poor" and "standard and poor"),
 * with "-isation" spelt "-ization" ("International Coffee Organisation"),
 * then without its company suffixes (org_base), into out (at least
 * strlen(f) + 1 bytes); its length. */
static size_t org_name_key(const char *f, char *out)
{
    size_t k = 0;
    for (const char *w = f; *w;) {
        const char *e = strchr(w, ' ');
        size_t wl = e ? (size_t)(e - w) : strlen(w);
        if (!(wl == 3 && !memcmp(w, "and", 3))) {
            if (k) out[k++] = ' ';
            memcpy(out + k, w, wl);
            /* organisation(s), nationalisation ... */
            size_t tail = wl >= 8 && w[wl - 1] == 's' ? 8 : 7;
            if (wl >= tail && !memcmp(w + wl - tail, "isation", 7)) out[k + wl - tail + 1] = 'z';
            k += wl;
        }
        w += wl;
        while (*w == ' ') w++;
    }
    out[k] = 0;
    return org_base(out, k);
}

/* Whether org_name_key changes more than the company suffixes of folded
 * name f (a word "and", one ending in -isation or -isations): most names
 * are their own key, filed without a copy. */
static int org_key_differs(const char *f)
{
    for (const char *w = f;;) {
        const char *e = w;
        while (*e && *e != ' ') e++;
        size_t wl = (size_t)(e - w);
        if ((wl == 3 && w[0] == 'a' && w[1] == 'n' && w[2] == 'd') ||
            (wl >= 7 && e[-1] == 'n' && !memcmp(e - 7, "isation", 7)) ||
            (wl >= 8 && e[-1] == 's' && !memcmp(e - 8, "isations", 8)))
            return 1;
        if (!*e) return 0;
        w = e + 1;
    }
}

/* The initials of the first n bytes of folded name f into out (at most 7
 * letters; connectors and abbreviated company suffixes skipped: "Eaton
 * Corp" is no "EC", "Commodity Credit Corporation" is "CCC"); their count,
 * 0 when fewer than two words. */
static size_t org_initials(const char *f, size_t n, char *out)
{
    static const char *const skip[] = {"of", "and", "the", "for", "on", "de", "du", "des", "la", "le", "el",
                                       "co", "corp", "inc", "ltd", "plc", "llc", "cos", "ag", "sa", "nv", "spa",
                                       "gmbh", NULL};
    size_t k = 0, words = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && f[j] != ' ') j++;
        words++;
        if (!(j - i >= 2 && j - i <= 4 && word_listed(f + i, j - i, skip))) {
            if (k == 7) return 0;
            out[k++] = f[i];
        }
        i = j + 1;
    }
    out[k] = 0;
    return words >= 2 ? k : 0;
}

/* Whether the raw name is one word of 2 to 6 capital letters. */
static int acronym_name(const char *nm)
{
    size_t n = 0;
    for (; nm[n]; n++)
        if (nm[n] < 'A' || nm[n] > 'Z') return 0;
    return n >= 2 && n <= 6;
}

/* Whether folded f is letters written apart ("e c" of "E.C."). */
static int spaced_letters(const char *f)
{
    int letters = 1;
    for (size_t c = 0; f[c] && letters; c++) letters = c % 2 ? f[c] == ' ' : f[c] != ' ';
    return letters;
}

/* The organisation whose key (org_name_key) is f's (the first with that key,
 * in by_base): its index, or -1. */
static int64_t org_with_base(const morgue_index *ix, char *const *okey, const uint32_t *okey_len,
                             const uint32_t *by_base, uint32_t mask, const char *f)
{
    (void)ix;
    char k[512];
    if (strlen(f) >= sizeof k) return -1;
    size_t b = org_name_key(f, k);
    uint64_t h = XXH3_64bits(k, b);
    for (uint32_t at = (uint32_t)h & mask; by_base[at]; at = (at + 1) & mask) {
        uint32_t j = by_base[at] - 1;
        if (okey_len[j] == b && !memcmp(okey[j], k, b)) return j;
    }
    return -1;
}

/* Records the union-find in parent as the groups of the names of kind
 * `kind`: each name's group is its root, and both are marked grouped. */
static void apply_groups(morgue_index *ix, uint32_t *parent, int kind)
{
    for (uint32_t i = 0; i < ix->n_names; i++) {
        if (ix->names[i].kind != kind) continue;
        uint32_t r = uf_find(parent, i);
        if (r == i) continue;
        ix->group[i] = (int)r;
        ix->merged[i] |= ORG_GROUPED;
        ix->merged[r] |= ORG_GROUPED;
    }
}

/* The next "alias = name" line of an alias list (data/org_aliases.txt,
 * data/place_aliases.txt, n bytes at d) from byte *at: both sides folded
 * as names are into fa and fb (ALIAS_MAX bytes each); 1, or 0 at the end.
 * Lines with no "=" before a comment, and sides too long to fold, are
 * passed over. */
enum { ALIAS_MAX = 256 };
static int next_alias_pair(const unsigned char *d, size_t n, size_t *at, char *fa, char *fb)
{
    while (d && *at < n) {
        size_t i = *at, j = i;
        while (j < n && d[j] != '\n') j++;
        *at = j + 1;
        const char *line = (const char *)d + i, *eq = memchr(line, '=', j - i), *hash = memchr(line, '#', j - i);
        size_t ln = hash ? (size_t)(hash - line) : j - i;
        if (!eq || eq >= line + ln) continue;
        if (fold_name(line, (size_t)(eq - line), fa, ALIAS_MAX) &&
            fold_name(eq + 1, ln - (size_t)(eq + 1 - line), fb, ALIAS_MAX))
            return 1;
    }
    return 0;
}

/* The names listed with one key of an alias list (an organisation's
 * alias, a place's name) are joined to each other through its hub, even
 * when the index lacks the key itself: first is the first name found for
 * the key, -1 none yet. */
typedef struct {
    char key[ALIAS_MAX];
    int64_t first;
} alias_hub;

/* A hub for each key of an alias list (n bytes at d), at most one a line:
 * an array the caller frees, or NULL when out of memory. */
static alias_hub *alias_hubs_new(const unsigned char *d, size_t n)
{
    size_t lines = 1;
    for (size_t i = 0; d && i < n; i++) lines += d[i] == '\n';
    return malloc(sizeof(alias_hub) * lines);
}

/* The hub of key among h[0..*n), added (first -1) when there is none. */
static alias_hub *alias_hub_of(alias_hub *h, size_t *n, const char *key)
{
    for (size_t k = 0; k < *n; k++)
        if (!strcmp(h[k].key, key)) return &h[k];
    alias_hub *x = &h[(*n)++];
    memcpy(x->key, key, strlen(key) + 1);
    x->first = -1;
    return x;
}

/* Names of one organisation that neither suffixes nor initials tell
 * ("Fed" and "Federal Reserve", "USDA" and "U.S. Agriculture Department"):
 * the pairs listed in data/org_aliases.txt ("alias = name", one a line,
 * written for this project: only aliases that name one organisation in
 * news), both spellings folded as names are.  Joined in parent.  The
 * names listed with one alias are joined to each other even when the
 * index lacks the alias itself ("Federal Reserve" and "Federal Reserve
 * Board" through "Fed", in an archive that never writes "Fed"), through
 * the alias's hub.  0, or -1 when out of memory. */
static int join_aliases(morgue_index *ix, uint32_t *parent, char *const *okey, const uint32_t *okey_len,
                        const uint32_t *by_base, uint32_t mask)
{
    size_t len, at = 0, n_hubs = 0;
    const unsigned char *d = lx_data_file("org_aliases", &len);
    alias_hub *hubs = alias_hubs_new(d, len);
    if (!hubs) return -1;
    char fa[ALIAS_MAX], fb[ALIAS_MAX];
    while (next_alias_pair(d, len, &at, fa, fb)) {
        int64_t a = org_with_base(ix, okey, okey_len, by_base, mask, fa),
                b = org_with_base(ix, okey, okey_len, by_base, mask, fb);
        alias_hub *hub = alias_hub_of(hubs, &n_hubs, fa);
        if (hub->first < 0) hub->first = a;
        if (b < 0) continue;
        if (hub->first < 0) {
            hub->first = b; /* the alias is not in the index: b stands for it */
            continue;
        }
        uint32_t ra = uf_find(parent, (uint32_t)hub->first), rb = uf_find(parent, (uint32_t)b);
        if (ra != rb) parent[ra] = rb;
        uint32_t f = (uint32_t)hub->first;
        ix->merged[f] = MERGED_ALIAS | (a >= 0 ? ORG_SHORT : (ix->merged[f] & ORG_SHORT));
        ix->merged[b] = MERGED_ALIAS | (ix->merged[b] & ORG_SHORT);
    }
    free(hubs);
    return 0;
}

/* Whether organisation names[j] (its base base[j] bytes) has the
 * initials f. */
static int org_stands_for(const morgue_index *ix, const uint32_t *base, uint32_t j, const char *f)
{
    const char *g = ix->names[j].folded;
    char in[8];
    return (org_initials(g, strlen(g), in) && !strcmp(in, f)) || (org_initials(g, base[j], in) && !strcmp(in, f));
}

/* The whole-name term of entity name a in field `field` (FIELD_ORG,
 * FIELD_PERSON) of segment s (lib/fields.h): 1 found, 0 absent (or
 * damaged: see org_together). */
static int name_term(const morgue_index *ix, uint32_t s, int field, const char *a, term_info *ti)
{
    char k[1024];
    size_t la = strlen(a);
    if (la + 2 > sizeof k) return 0;
    k[0] = FIELD_TERM_PREFIX(field);
    k[1] = FIELD_NAME_MARK;
    memcpy(k + 2, a, la);
    return segment_lookup(ix->segs[s], k, la + 2, ti) == 1;
}

/* The articles in both postings lists: a count, read up to any damage. */
static uint64_t postings_common(const term_info *ta, const term_info *tb)
{
    uint64_t n = 0;
    postings_reader ra, rb;
    postings_open(&ra, ta->postings, ta->postings_len, ta->df, ta->positions, ta->positions_len);
    postings_open(&rb, tb->postings, tb->postings_len, tb->df, tb->positions, tb->positions_len);
    uint32_t d = postings_next(&ra), e = postings_next(&rb);
    while (d != DOC_END && e != DOC_END) {
        if (d == e) {
            n++;
            d = postings_next(&ra);
            e = postings_next(&rb);
        } else if (d < e)
            d = postings_advance(&ra, e);
        else
            e = postings_advance(&rb, d);
    }
    return n;
}

/* The articles that name both an acronym and organisation b: their
 * whole-name terms of the org field, the postings intersected in each
 * segment; at: the acronym's terms by segment (df 0: absent), looked up
 * once for all its candidates.  A damaged dictionary or list counts what
 * was read before the damage: this is evidence for a merge, not an
 * answer, and the facet or search that reads the same postings reports
 * it. */
static uint64_t org_together(const morgue_index *ix, const term_info *at, const char *b)
{
    uint64_t n = 0;
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        term_info tb;
        if (at[s].df && name_term(ix, s, FIELD_ORG, b, &tb)) n += postings_common(&at[s], &tb);
    }
    return n;
}

/* The articles that name both persons a and b (their whole-name terms),
 * as org_together counts them. */
static uint64_t persons_together(const morgue_index *ix, const char *a, const char *b)
{
    uint64_t n = 0;
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        term_info ta, tb;
        if (name_term(ix, s, FIELD_PERSON, a, &ta) && name_term(ix, s, FIELD_PERSON, b, &tb))
            n += postings_common(&ta, &tb);
    }
    return n;
}

static int group_orgs(morgue_index *ix)
{
    uint32_t n = ix->n_names, mask = 1023;
    while (mask < n * 2) mask = mask * 2 + 1;
    /* union-find parents; base lengths; names by base hash; initials
     * (two keys a name at most) chained from heads by hash */
    uint32_t *parent = malloc(sizeof *parent * (n ? n : 1)), *base = malloc(sizeof *base * (n ? n : 1));
    uint32_t *by_base = calloc((size_t)mask + 1, sizeof *by_base), *head = calloc((size_t)mask + 1, sizeof *head);
    org_key *acr = malloc(sizeof *acr * (2 * (size_t)n + 1));
    uint32_t *next = malloc(sizeof *next * (2 * (size_t)n + 1));
    uint32_t *first = malloc(sizeof *first * (n ? n : 1)); /* the first org with its key */
    /* each organisation's key (org_name_key), in one block */
    char **okey = calloc(n ? n : 1, sizeof *okey), *kpool0 = NULL, *kpool;
    term_info *acr_terms = NULL;
    uint32_t *okey_len = malloc(sizeof *okey_len * (n ? n : 1));
    size_t kbytes = 1;
    for (uint32_t i = 0; i < n; i++)
        if (ix->names[i].kind == 1) kbytes += strlen(ix->names[i].folded) + 1;
    kpool = kpool0 = malloc(kbytes);
    int rc = -1;
    if (!parent || !base || !by_base || !head || !acr || !next || !first || !okey || !okey_len || !kpool) goto done;
    uint32_t na = 0;
    for (uint32_t i = 0; i < n; i++) {
        parent[i] = i;
        if (ix->names[i].kind != 1) continue;
        ix->merged[i] = 0;
        const char *f = ix->names[i].folded;
        size_t fl = strlen(f), b = org_base(f, fl);
        base[i] = (uint32_t)b;
        /* the same words but for company suffixes ("Chrysler Corp",
         * "Chrysler", "General Electric Co Plc", "General Electric Co"),
         * "and" or "&", and -isation */
        size_t kl = b;
        okey[i] = (char *)f;
        if (org_key_differs(f)) {
            okey[i] = kpool;
            kl = org_name_key(f, kpool);
            kpool += strlen(kpool) + 1;
        }
        okey_len[i] = (uint32_t)kl;
        uint64_t h = XXH3_64bits(okey[i], kl);
        uint32_t at = (uint32_t)h & mask;
        first[i] = i;
        for (; by_base[at]; at = (at + 1) & mask) {
            uint32_t j = by_base[at] - 1;
            if (okey_len[j] == kl && !memcmp(okey[j], okey[i], kl)) {
                parent[uf_find(parent, i)] = uf_find(parent, j);
                first[i] = j;
                break;
            }
        }
        if (!by_base[at]) by_base[at] = i + 1;
        char in[8], in2[8];
        size_t k = org_initials(f, fl, in), kb = b != fl ? org_initials(f, b, in2) : 0;
        for (int r = 0; r < 2; r++) {
            size_t kk = r ? kb : k;
            if (kk < 2 || (r && kb == k && !memcmp(in, in2, k))) continue;
            uint64_t ah = XXH3_64bits(r ? in2 : in, kk);
            acr[na] = (org_key){ah, i};
            next[na] = head[(uint32_t)ah & mask];
            head[(uint32_t)ah & mask] = ++na;
        }
    }
    if (join_aliases(ix, parent, okey, okey_len, by_base, mask)) goto done;
    /* initials: the groups of the candidates, by articles */
    group_tally t[64];
    /* the acronym's terms, a segment each (org_together) */
    if (!(acr_terms = malloc(sizeof *acr_terms * (ix->n_segs ? ix->n_segs : 1)))) goto done;
    for (uint32_t i = 0; i < n; i++) {
        if (ix->names[i].kind != 1 || !acronym_name(ix->names[i].name)) continue;
        const char *f = ix->names[i].folded;
        uint64_t ah = XXH3_64bits(f, strlen(f));
        uint32_t nt = 0;
        int many = 0;
        for (uint32_t e = head[(uint32_t)ah & mask]; e && !many; e = next[e - 1]) {
            uint32_t j = acr[e - 1].name;
            if (acr[e - 1].hash != ah || j == i) continue;
            const char *g = ix->names[j].folded;
            if (name_has_words(g, f)) continue; /* "EC Commission" */
            if (spaced_letters(g)) { /* "E.C.": the same letters */
                uint32_t ri = uf_find(parent, i), rj = uf_find(parent, j);
                if (ri != rj) parent[rj] = ri;
                ix->merged[j] |= ORG_SHORT;
                continue;
            }
            if (!org_stands_for(ix, base, j, f)) continue; /* another key of the same hash */
            uint32_t r = uf_find(parent, j), q = 0;
            while (q < nt && t[q].root != r) q++;
            if (q == 64) {
                many = 1; /* too many to call one dominant */
                break;
            }
            if (q == nt) t[nt++] = (group_tally){r, 0};
            t[q].articles += ix->names[j].articles;
        }
        if (!nt || many) continue;
        uint32_t best = dominant(t, nt);
        int why = MERGED_ACRONYM;
        if (best == UINT32_MAX && nt > 1 && ix->names[i].articles >= MIN_ARTICLES) {
            /* No full name dominates across the index ("EC": the European
             * Community in 381 articles, the European Commission in 45).
             * The articles that name the initials with a full name tell
             * what they stand for ("the European Community (EC)"): the
             * same rule over those articles alone (122 define the EC as
             * the Community in real news, 3 as the Commission).  An
             * acronym that stands for two names in different articles
             * has both in its own articles and stays apart. */
            for (uint32_t q = 0; q < nt; q++) t[q].articles = 0;
            for (uint32_t s = 0; s < ix->n_segs; s++)
                if (!name_term(ix, s, FIELD_ORG, ix->names[i].name, &acr_terms[s])) acr_terms[s].df = 0;
            for (uint32_t e = head[(uint32_t)ah & mask]; e; e = next[e - 1]) {
                uint32_t j = acr[e - 1].name;
                /* a spelling in one article alone is not looked up (its
                 * one article moves no share by much: 5,700 instructions
                 * a look-up, most of grouping the organisations) */
                if (acr[e - 1].hash != ah || j == i || ix->names[j].articles < 2 || !org_stands_for(ix, base, j, f))
                    continue;
                uint32_t r = uf_find(parent, j), q = 0;
                while (q < nt && t[q].root != r) q++;
                if (q == nt) continue; /* joined to another since: counted there */
                t[q].articles += org_together(ix, acr_terms, ix->names[j].name);
            }
            best = dominant(t, nt);
            /* and those articles are a third of the acronym's or more: "BT"
             * named with Bankers Trust in 9 Reuters articles is British
             * Telecom in 34 BBC ones that name no full name */
            if (best != UINT32_MAX && t[best].articles * 3 < ix->names[i].articles) best = UINT32_MAX;
            why = MERGED_TOGETHER;
        }
        if (best == UINT32_MAX) continue;
        uint32_t ri = uf_find(parent, i);
        if (ri != t[best].root) parent[ri] = t[best].root;
        ix->merged[i] = (uint8_t)(why | ORG_SHORT);
    }
    /* A short form was marked on one name of its words (the first,
     * org_with_base, or the one in capitals): "FED" and "Fed" are both the
     * alias, so the mark and its reason go to every name with those words. */
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < n; i++) {
            if (ix->names[i].kind != 1 || first[i] == i) continue;
            uint8_t *to = &ix->merged[pass ? i : first[i]], from = ix->merged[pass ? first[i] : i];
            if ((from & ORG_SHORT) && !(*to & ORG_SHORT))
                *to = (uint8_t)((*to & ~MERGED_WHY) | ORG_SHORT | (from & MERGED_WHY));
        }
    apply_groups(ix, parent, 1);
    /* Each group's displayed name: a reporter expects the Securities and
     * Exchange Commission, the International Monetary Fund and the Federal
     * Reserve, not SEC, IMF and Fed, though the short forms may be in more
     * articles (Fed 218, Federal Reserve 204 on real news); but GOP and CNN
     * (226 and 109 articles against 3 for "Grand Old Party" and 18 for
     * "Cable News Network"), whose full names are hardly written, keep
     * them.  Among the names preferred, the usual spelling.  sum[2g] counts
     * the articles of group g's full names, sum[2g + 1] its short forms'. */
    uint64_t *sum = calloc(2 * (size_t)n + 1, sizeof *sum);
    if (!sum) goto done;
    for (uint32_t i = 0; i < n; i++)
        if (ix->names[i].kind == 1 && (ix->merged[i] & ORG_GROUPED))
            sum[2 * (size_t)uf_find(parent, i) + !!(ix->merged[i] & ORG_SHORT)] += ix->names[i].articles;
    for (uint32_t i = 0; i < n; i++) {
        if (ix->names[i].kind != 1 || !(ix->merged[i] & ORG_GROUPED)) continue;
        uint32_t r = uf_find(parent, i);
        int c = ix->canon[r], full = sum[2 * (size_t)r + 1] <= SHORT_USUAL * sum[2 * (size_t)r];
        int si = full && (ix->merged[i] & ORG_SHORT), sc = full && (ix->merged[c] & ORG_SHORT);
        if (si != sc ? !si : better_spelling(ix, i, c)) ix->canon[r] = (int)i;
    }
    free(sum);
    rc = 0;
done:
    free(parent);
    free(base);
    free(by_base);
    free(head);
    free(acr);
    free(next);
    free(first);
    free(kpool0);
    free(acr_terms);
    free(okey);
    free(okey_len);
    return rc;
}

/* Places written several ways were apart in every facet and search:
 * "U.S." in 2,736 articles of real news, "United States" in 1,023, "US" in
 * 663; "Britain", "UK" and "U.K.".  Grouped once, on the first need of a
 * place's group (places_ready), by a union-find over the places:
 *  - the same folded words ("OSLO" in a dateline and "Oslo"; "U.S." and
 *    "U.s."): the fold is the tokenizer's, so letter case and accents go
 *    but every word stays ("US" and "U.S." fold to "us" and "u s": not the
 *    same words);
 *  - the pairs listed in data/place_aliases.txt ("alias = name", one a
 *    line, both folded as names are), joined when both are place names of
 *    the index.
 * A group is shown by its usual spelling (better_spelling: most articles).
 * The names joined through the list are marked MERGED_PLACE_ALIAS (those
 * whose words differ from the usual spelling's), for morgue_entity_lookup.
 * 0, or -1 when out of memory. */
typedef struct {
    uint32_t *slot; /* name + 1 by hash of (kind, folded), 0 empty */
    uint32_t mask;
} folded_table;

/* The first name of kind `kind` with folded words f in t: its index, or -1. */
static int64_t folded_find(const morgue_index *ix, const folded_table *t, int kind, const char *f)
{
    uint64_t h = XXH3_64bits_withSeed(f, strlen(f), (uint64_t)kind);
    for (uint32_t at = (uint32_t)h & t->mask; t->slot[at]; at = (at + 1) & t->mask) {
        uint32_t j = t->slot[at] - 1;
        if (ix->names[j].kind == kind && !strcmp(ix->names[j].folded, f)) return j;
    }
    return -1;
}

static int group_places(morgue_index *ix)
{
    uint32_t n = ix->n_names, mask = 1023;
    while (mask < n * 2) mask = mask * 2 + 1;
    uint32_t *parent = malloc(sizeof *parent * (n ? n : 1));
    folded_table t = {calloc((size_t)mask + 1, sizeof(uint32_t)), mask};
    if (!parent || !t.slot) {
        free(parent);
        free(t.slot);
        return -1;
    }
    for (uint32_t i = 0; i < n; i++) {
        parent[i] = i;
        const ix_name *x = &ix->names[i];
        if (x->kind != 2) continue;
        uint64_t h = XXH3_64bits_withSeed(x->folded, strlen(x->folded), (uint64_t)x->kind);
        uint32_t at = (uint32_t)h & mask;
        for (; t.slot[at]; at = (at + 1) & mask) {
            uint32_t j = t.slot[at] - 1;
            if (ix->names[j].kind == x->kind && !strcmp(ix->names[j].folded, x->folded)) {
                parent[i] = j; /* j is the first of these words: a root */
                break;
            }
        }
        if (!t.slot[at]) t.slot[at] = i + 1;
    }
    /* Each line joins its alias to its name; the lines of one name join
     * their aliases together even when the index lacks the name itself
     * ("UK" and "Britain" through "United Kingdom"), through the name's
     * hub. */
    size_t len, at = 0, n_hubs = 0;
    const unsigned char *d = lx_data_file("place_aliases", &len);
    alias_hub *hubs = alias_hubs_new(d, len);
    if (!hubs) {
        free(parent);
        free(t.slot);
        return -1;
    }
    char fa[ALIAS_MAX], fb[ALIAS_MAX];
    while (next_alias_pair(d, len, &at, fa, fb)) {
        alias_hub *hub = alias_hub_of(hubs, &n_hubs, fb);
        if (hub->first < 0) hub->first = folded_find(ix, &t, 2, fb);
        int64_t a = folded_find(ix, &t, 2, fa);
        if (a < 0) continue;
        if (hub->first < 0) {
            hub->first = a;
            continue;
        }
        uint32_t ra = uf_find(parent, (uint32_t)a), rb = uf_find(parent, (uint32_t)hub->first);
        if (ra != rb) parent[ra] = rb;
    }
    free(hubs);
    apply_groups(ix, parent, 2);
    for (uint32_t i = 0; i < n; i++)
        if (ix->names[i].kind == 2 && (ix->merged[i] & ORG_GROUPED) && better_spelling(ix, i, ix->canon[ix->group[i]]))
            ix->canon[ix->group[i]] = (int)i;
    for (uint32_t i = 0; i < n; i++) {
        if (ix->names[i].kind != 2 || !(ix->merged[i] & ORG_GROUPED)) continue;
        if (strcmp(ix->names[i].folded, ix->names[ix->canon[ix->group[i]]].folded))
            ix->merged[i] = (uint8_t)((ix->merged[i] & ~MERGED_WHY) | MERGED_PLACE_ALIAS);
    }
    free(parent);
    free(t.slot);
    return 0;
}

/* Name strings are copied into chunks taken from the index's arena, a
 * bump pointer per string (an arena_strdup a name, twice, was 7% of a
 * one-shot speaker: query). */
typedef struct {
    char *p;
    size_t left;
} name_bump;

static char *bump_take(arena *a, name_bump *b, size_t n)
{
    if (n > b->left) {
        size_t sz = n > 65536 ? n : 65536;
        if (!(b->p = arena_alloc(a, sz))) return NULL;
        b->left = sz;
    }
    char *r = b->p;
    b->p += n;
    b->left -= n;
    return r;
}

/* The folded form of a plain name, words of ASCII letters and digits
 * between single spaces ("Yuri Ushakov", nine names in ten), is its bytes
 * in lower case: the tokenizer would make each word a token and fold it
 * so (lib/tokenize.h).  Written to out (n + 1 bytes) with its spaces
 * counted in *spaces; 0 when the name is not plain (fold_name then). */
static int fold_plain(const char *nm, size_t n, char *out, size_t *spaces)
{
    size_t sp = 0, from = 0; /* the current word's first byte */
    if (!n || n >= 500) return 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)nm[k];
        if (tokenize_fast_kind[c] == TOKENIZE_FB_WORD) {
            out[k] = (char)(c | 0x20); /* a digit has the bit already */
            continue;
        }
        /* a space after a word of at most TOKEN_MAX bytes (a longer one
         * the tokenizer skips) */
        if (c != ' ' || k == from || k - from > TOKEN_MAX) return 0;
        out[k] = ' ';
        sp++;
        from = k + 1;
    }
    if (from == n || n - from > TOKEN_MAX) return 0; /* a trailing space */
    out[n] = 0;
    *spaces = sp;
    return 1;
}

static int load_names(morgue_index *ix)
{
    if (ix->names_loaded) return 0;
    /* sized once for every segment's names (an upper bound: a name in two
     * segments is one): no table growth, no copies of the names */
    size_t total = 0;
    for (uint32_t s = 0; s < ix->n_segs; s++) total += segment_name_count(ix->segs[s]);
    uint32_t mask = 4095;
    while (mask < total * 2 && mask < (1u << 31)) mask = mask * 2 + 1;
    uint32_t *table = calloc((size_t)mask + 1, sizeof *table);
    ix->names = malloc(sizeof *ix->names * (total ? total : 1));
    if (!table || !ix->names) goto oom;
    name_bump bump = {NULL, 0};
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        for (uint32_t i = 0; i < segment_name_count(ix->segs[s]); i++) {
            const char *nm;
            size_t len;
            int kind;
            uint32_t na, nq;
            if (segment_name(ix->segs[s], i, &nm, &len, &kind, &na, &nq)) continue;
            uint64_t hash = XXH3_64bits_withSeed(nm, len, (uint64_t)kind);
            uint32_t h = (uint32_t)hash & mask;
            int found = 0;
            for (; table[h]; h = (h + 1) & mask) {
                ix_name *x = &ix->names[table[h] - 1];
                if (x->hash == hash && x->kind == kind && strlen(x->name) == len && !memcmp(x->name, nm, len)) {
                    x->articles += na;
                    x->quotes += nq;
                    found = 1;
                    break;
                }
            }
            if (found) continue;
            ix_name *x = &ix->names[ix->n_names];
            x->folded = NULL;
            if (!(x->name = bump_take(&ix->name_strings, &bump, len + 1))) goto oom;
            memcpy(x->name, nm, len);
            x->name[len] = 0;
            x->kind = kind;
            x->articles = na;
            x->quotes = nq;
            x->hash = hash;
            table[h] = ++ix->n_names;
        }
    }
    ix->name_table = table;
    ix->name_mask = mask;
    table = NULL;
    /* Persons are grouped lazily (group_of): a person can only be merged
     * with a person whose folded surname starts with the same byte, so
     * those blocks are listed once here. */
    ix->group = malloc(sizeof *ix->group * (ix->n_names ? ix->n_names : 1));
    ix->canon = malloc(sizeof *ix->canon * (ix->n_names ? ix->n_names : 1));
    ix->block_items = malloc(sizeof *ix->block_items * (ix->n_names ? ix->n_names : 1));
    ix->key = malloc(ix->n_names ? ix->n_names : 1);
    ix->merged = arena_calloc(&ix->name_strings, ix->n_names ? ix->n_names : 1, 1);
    if (!ix->group || !ix->canon || !ix->block_items || !ix->key || !ix->merged) goto oom;
    memset(ix->block_start, 0, sizeof ix->block_start);
    char fa[512];
    for (uint32_t i = 0; i < ix->n_names; i++) {
        ix_name *x = &ix->names[i];
        /* persons and other names are grouped one at a time (group_of),
         * organisations and places all at once (orgs_ready, places_ready) */
        ix->group[i] = x->kind == 0 || x->kind == 3 ? -1 : (int)i;
        ix->canon[i] = x->kind == 0 || x->kind == 3 ? -1 : (int)i;
        /* folded once here, matched against every speaker: query */
        size_t n = strlen(x->name), l, words;
        char *f = bump_take(&ix->name_strings, &bump, n + 1);
        if (!f) goto oom;
        if (fold_plain(x->name, n, f, &words)) {
            l = n;
            words++;
        } else {
            l = fold_name(x->name, n, fa, sizeof fa);
            if (l > n && !(f = bump_take(&ix->name_strings, &bump, l + 1))) goto oom; /* ß -> ss */
            memcpy(f, fa, l + 1);
            /* words as extract_same_person splits them: at spaces */
            words = 1;
            for (const char *c = x->name; (c = memchr(c, ' ', (size_t)(x->name + n - c))); c++) words++;
        }
        x->folded = f;
        /* cheap facts that rule most pairs out before extract_same_person
         * (the rest, per block, in block_ready) */
        x->words = (uint8_t)(words < 255 ? words : 255);
        size_t sl;
        ix->key[i] = (unsigned char)folded_surname(f, x->words, &sl)[0];
        if (x->kind == 0) ix->block_start[ix->key[i] + 1]++;
    }
    for (int k = 0; k < 256; k++) ix->block_start[k + 1] += ix->block_start[k];
    uint32_t fill[256];
    memcpy(fill, ix->block_start, sizeof fill);
    for (uint32_t i = 0; i < ix->n_names; i++)
        if (ix->names[i].kind == 0) ix->block_items[fill[ix->key[i]]++] = i;
    /* organisations are grouped on first need (orgs_ready) */
    ix->orgs_grouped = 0;
    ix->places_grouped = 0;
    ix->names_loaded = 1;
    return 0;
oom:
    free(table);
    free(ix->names);
    ix->names = NULL;
    ix->n_names = 0;
    merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
    return -1;
}

/* Groups the organisations (group_orgs) on the first need of an
 * organisation's group: a speaker: or person: query whose names are all
 * persons never does.  0, or -1 with the error on ix. */
static int orgs_ready(morgue_index *ix)
{
    if (ix->orgs_grouped) return ix->orgs_grouped > 0 ? 0 : -1;
    ix->orgs_grouped = group_orgs(ix) ? -1 : 1;
    if (ix->orgs_grouped < 0) merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
    return ix->orgs_grouped > 0 ? 0 : -1;
}

/* Groups the places (group_places) on the first need of a place's group.
 * 0, or -1 with the error on ix. */
static int places_ready(morgue_index *ix)
{
    if (ix->places_grouped) return ix->places_grouped > 0 ? 0 : -1;
    ix->places_grouped = group_places(ix) ? -1 : 1;
    if (ix->places_grouped < 0) merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
    return ix->places_grouped > 0 ? 0 : -1;
}

/* Whether extract_same_person can hold for two names at all: only full
 * names merge (a lone surname would chain every Brown to every other). */
static int may_merge(const ix_name *a, const ix_name *b)
{
    return a->words >= 2 && b->words >= 2 && extract_may_be_same_person(&a->facts, &b->facts);
}

/* A list of name numbers, each once (list_add). */
typedef struct {
    uint32_t *v;
    size_t n, cap;
} name_list;

typedef struct {
    morgue_index *ix;
    uint32_t *queue, n;
    int root, best;
    /* resolve_initial's walks: the names met that are the same person as
       the one walked from, listed and not grouped; oom when the list could
       not grow */
    name_list *met;
    int oom;
} group_walk;

/* Whether name x is written wholly in capitals, as a dateline or a
 * headline writes any name ("MOSCOW, Dec 17 -"): no lower-case letter, and
 * a word of four capitals or more, for abbreviations (U.S., UK, USA) are
 * written so on purpose; so is an organisation's one word (NATO, UNESCO). */
static int shouted(const ix_name *x)
{
    if (x->kind == ENT_ORG && x->words == 1) return 0;
    int run = 0, longest = 0;
    for (const unsigned char *p = (const unsigned char *)x->name; *p; p++) {
        if (*p >= 'a' && *p <= 'z') return 0;
        run = *p >= 'A' && *p <= 'Z' ? run + 1 : 0;
        if (run > longest) longest = run;
    }
    return longest >= 4;
}

/* The usual spelling: one not written wholly in capitals when there is
 * one (an agency's datelines made "MOSCOW" the spelling of most articles
 * in a wire archive, and the facet showed it so); then the one most
 * articles use; then most quotes; then the first name in byte order. */
static int better_spelling(const morgue_index *ix, uint32_t i, int best)
{
    const ix_name *x = &ix->names[i], *b = best >= 0 ? &ix->names[best] : NULL;
    if (b && shouted(x) != shouted(b)) return !shouted(x);
    return !b || x->articles > b->articles ||
           (x->articles == b->articles &&
            (x->quotes > b->quotes || (x->quotes == b->quotes && strcmp(x->name, b->name) < 0)));
}

static inline int bits_set(uint32_t v)
{
    /* __builtin_popcount is a libgcc call without -mpopcnt */
    v = v - ((v >> 1) & 0x55555555u);
    v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
    return (int)((((v + (v >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
}

static inline unsigned char lower_ascii(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Whether the edit distance of a[0..an) and b[0..bn) (ASCII case folded,
 * as lx_edit_distance counts it) is at most k (k <= 2): the dynamic
 * programme on the diagonal band |i - j| <= k alone, whose cells hold the
 * true distance wherever it is at most k (a path leaving the band costs
 * more than k). */
static int edits_within(const char *a, size_t an, const char *b, size_t bn, int k)
{
    if ((an > bn ? an - bn : bn - an) > (size_t)k) return 0;
    enum { W = 5, BIG = 100 }; /* band width 2k + 1 <= 5 */
    int prev[W], cur[W];
    /* cell (i, j) is at d = j - i + k of row i */
    for (int d = 0; d < W; d++) {
        int j = d - k;
        prev[d] = j >= 0 && d <= 2 * k && (size_t)j <= bn ? j : BIG;
    }
    for (size_t i = 1; i <= an; i++) {
        int best = BIG;
        unsigned char x = lower_ascii((unsigned char)a[i - 1]);
        for (int d = 0; d <= 2 * k; d++) {
            long j = (long)i + d - k;
            if (j < 0 || (size_t)j > bn) {
                cur[d] = BIG;
                continue;
            }
            int v;
            if (j == 0) v = (int)i;
            else {
                /* (i-1, j-1) is at d of the previous row, (i-1, j) at d + 1,
                 * (i, j-1) at d - 1 of this one */
                v = prev[d] + (x != lower_ascii((unsigned char)b[j - 1]));
                if (d + 1 <= 2 * k && prev[d + 1] + 1 < v) v = prev[d + 1] + 1;
                if (d > 0 && cur[d - 1] + 1 < v) v = cur[d - 1] + 1;
            }
            cur[d] = v;
            if (v < best) best = v;
        }
        if (best > k) return 0;
        memcpy(prev, cur, sizeof prev);
    }
    return prev[(long)bn - (long)an + k] <= k;
}

/* Whether x and y have one surname, ASCII letter case aside. */
static int equal_surnames(const ix_name *x, const ix_name *y)
{
    const char *a = x->name + x->sur_off, *b = y->name + y->sur_off;
    if (x->sur_len != y->sur_len) return 0;
    size_t c = 0;
    while (c < x->sur_len && lower_ascii((unsigned char)a[c]) == lower_ascii((unsigned char)b[c])) c++;
    return c == x->sur_len;
}

/* False only when extract_same_person's surname test (close_surname in
 * indexer/extract_names.c: equal, the same phonetic key, or from 5 bytes
 * on the same first letter and at most 1 edit, 2 from 8 bytes) fails
 * for the two names: nine in ten pairs that reach that call fail there,
 * most of them after a full edit distance.  Whatever this lets through
 * is decided by extract_same_person_facts. */
static int same_surname_possible(const ix_name *x, const ix_name *y)
{
    const char *a = x->name + x->sur_off, *b = y->name + y->sur_off;
    size_t an = x->sur_len, bn = y->sur_len;
    if (equal_surnames(x, y)) return 1;
    /* keys of 15 letters may have been cut: compared again in full there */
    size_t ka = strlen(x->facts.sur_key), kb = strlen(y->facts.sur_key);
    if (ka >= 15 || kb >= 15 || (ka && x->sur_key_hash == y->sur_key_hash)) return 1;
    size_t shorter = an < bn ? an : bn;
    if (shorter < 5 || ((unsigned char)a[0] | 32) != ((unsigned char)b[0] | 32)) return 0;
    return edits_within(a, an < 32 ? an : 32, b, bn < 32 ? bn : 32, shorter >= 8 ? 2 : 1);
}

/* The surname half of extract_may_be_same_person from the copy of the
 * facts in a run's entry, its phonetic keys by their hashes: no call, no
 * strcmp, no read of the name, for each of the ~1.7 M candidates met
 * grouping every person of real news. */
static inline int surname_facts_may_match(const ix_name_key *a, const ix_name_key *b)
{
    if (!a->words || !b->words) return 0;
    if (a->sur_len == b->sur_len && a->sur_letters == b->sur_letters) return 1;
    if (a->sur_key_hash && a->sur_key_hash == b->sur_key_hash) return 1;
    int d = (int)a->sur_cut - (int)b->sur_cut;
    return (a->sur_len < b->sur_len ? a->sur_len : b->sur_len) >= 5 && a->sur0 == b->sur0 && d >= -2 && d <= 2 &&
           bits_set(a->sur_letters ^ b->sur_letters) <= 4;
}

/* The facts of names[i] as a run's entry holds them. */
static ix_name_key key_facts(const morgue_index *ix, uint32_t i)
{
    const ix_name *x = &ix->names[i];
    return (ix_name_key){0, i, x->facts.sur_letters, x->sur_key_hash, x->facts.sur_len, x->facts.sur_cut,
                         x->facts.sur0, x->facts.words};
}

/* Adds names[j] to the walk when it is ungrouped and the same person as
 * names[from].  The tests before extract_same_person_facts are necessary
 * conditions of it, cheapest first (the walk_run caller has checked
 * surname_facts_may_match). */
static int list_add(name_list *l, uint32_t x);
static int middle_ambiguous(morgue_index *ix, uint32_t i);

/* Whether two names both have middle names and their initials differ:
 * George W. Bush and George H.W. Bush, George P. Bush, are three persons;
 * or both have generational suffixes and they differ: Stewart Bainum Jr.
 * is not Stewart Bainum Sr. (one person on real news before this). */
static int middles_differ(const ix_name *x, const ix_name *y)
{
    return (x->mid_len && y->mid_len && (x->mid_len != y->mid_len || memcmp(x->mid, y->mid, x->mid_len))) ||
           (x->suffix && y->suffix && x->suffix != y->suffix);
}

/* Whether the folded surname of names[i] (its last word) is the last word
 * of full person names with two given names or more (initials aside): a
 * surname people have, not a misspelling of one.  With spellings_one, the
 * spellings of one given name (extract_same_person: variants,
 * transliterations, "Yevgeny" and "Evgeny") count as one; without, every
 * spelling counts (the rule the typo tests were measured with: counted as
 * one, Steve and Steven Lewins, two articles of real news, became a slip of
 * Stephen Lewis, another person). */
static int surname_of_several(morgue_index *ix, uint32_t i, int spellings_one)
{
    size_t wl;
    const char *w = folded_surname(ix->names[i].folded, ix->names[i].words, &wl);
    if (load_name_words(ix) || !ix->name_words) return 0;
    uint32_t b = word_hash(w, wl) & ix->name_word_mask;
    const ix_name *first = NULL;
    size_t gl = 0;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
        if (!has_surname(ix, ix->name_words[k], w, wl)) continue;
        const ix_name *x = &ix->names[ix->name_words[k]];
        size_t n = strcspn(x->folded, " ");
        if (n < 2) continue; /* an initial */
        if (!first) first = x, gl = n;
        else if ((n != gl || memcmp(first->folded, x->folded, n)) &&
                 (!spellings_one || !extract_same_person_facts(x->name, &x->facts, first->name, &first->facts)))
            return 1;
    }
    return 0;
}

/* Whether names[s], a name with a generational suffix ("Donald Trump
 * Jr."), is a parent or child of the persons of its given name and surname
 * without one: the articles name one of them beside it, as another person,
 * in at least half of its own articles ("Donald J. Trump" beside "Donald
 * Trump Jr."; the names of the surname's bucket, the person field's
 * whole-name postings intersected; an article naming two of them counted
 * twice).  Without a suffix, "Joseph R. Biden Jr." is Joe Biden: no
 * article names him beside a Joseph Biden.  Decided once a name. */
static int generations_apart(morgue_index *ix, uint32_t s)
{
    ix_name *x = &ix->names[s];
    if (x->gen_state) return x->gen_state == 2;
    x->gen_state = 1;
    size_t wl;
    const char *w = folded_surname(x->folded, x->words, &wl);
    size_t gl = strcspn(x->folded, " ");
    if (load_name_words(ix) || !ix->name_words) return 0;
    uint32_t b = word_hash(w, wl) & ix->name_word_mask;
    uint64_t both = 0;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1] && both * 2 < x->articles; k++) {
        uint32_t c = ix->name_words[k];
        const ix_name *y = &ix->names[c];
        /* (a person of x's surname is of x's block, made ready: its
         * suffix is known) */
        if (c == s || !has_surname(ix, c, w, wl) || y->suffix || strncmp(y->folded, x->folded, gl) ||
            y->folded[gl] != ' ')
            continue;
        both += persons_together(ix, x->name, y->name);
    }
    if (both && both * 2 >= x->articles) x->gen_state = 2;
    return x->gen_state == 2;
}

static int caps_given(const ix_name *x);

/* The initials of the words of x before its surname, from its first word
 * (not from the name it goes by), as word_initials gives them ("T. Boone
 * Pickens" TB, "T.B. Pickens III" TB). */
static size_t name_initials(const ix_name *x, char *out, size_t cap, int *initials_only)
{
    return word_initials(x->name, x->name + x->sur_off, out, cap, initials_only);
}

/* Whether one of x and y goes by the full given name after an initial
 * ("T. Boone Pickens") and the other is written by initials alone that
 * fit its words from the first ("T.B. Pickens III", "T. Pickens"): the
 * initial it does not go by is still its initial.  Compared by the name
 * it goes by, T.B. Pickens III was no T. Boone Pickens (real news). */
static int initials_fit(const ix_name *x, const ix_name *y)
{
    if (!x->goes_by == !y->goes_by) return 0;
    const ix_name *g = x->goes_by ? x : y, *o = x->goes_by ? y : x;
    if (!o->giv_initial && !caps_given(o)) return 0;
    char gi[8], oi[8];
    int g_only, o_only;
    size_t gn = name_initials(g, gi, sizeof gi, &g_only), on = name_initials(o, oi, sizeof oi, &o_only);
    return o_only && on && on <= gn && !memcmp(gi, oi, on);
}

/* Whether x's first word is capitals and periods with two capitals or
 * more ("T.B.", "JR"): initials, which may fit a name that goes by its
 * second (initials_fit). */
static int caps_given(const ix_name *x)
{
    int caps = 0;
    for (const char *c = x->name; *c && *c != ' ' && *c != '\t'; c++) {
        if (*c >= 'A' && *c <= 'Z') caps++;
        else if (*c != '.') return 0;
    }
    return caps >= 2;
}

/* Whether the surnames of x and y have the same letters, ASCII case and
 * every other byte aside: "O'Malley" written with a straight or a curly
 * apostrophe (sites write one or the other) is one surname. */
static int same_letters(const ix_name *x, const ix_name *y)
{
    const char *a = x->name + x->sur_off, *b = y->name + y->sur_off;
    const char *ae = a + x->sur_len, *be = b + y->sur_len;
    for (;;) {
        while (a < ae && !((*a | 32) >= 'a' && (*a | 32) <= 'z')) a++;
        while (b < be && !((*b | 32) >= 'a' && (*b | 32) <= 'z')) b++;
        if (a == ae || b == be) return a == ae && b == be;
        if ((*a | 32) != (*b | 32)) return 0;
        a++, b++;
    }
}

/* Whether an article writes persons a and b both ways, as two entities:
 * its person field names both whole names, or one whole name and the
 * other's surname alone ("Robert Preston" once, then "Mr Peston", on real
 * news: the reporter's typo, one person).  Two spellings of one person in
 * one article are the writer's slip; the evidence that overrides the
 * surname tests of same_person_here. */
static int spelled_both_ways(morgue_index *ix, uint32_t a, uint32_t b)
{
    const ix_name *x = &ix->names[a], *y = &ix->names[b];
    if (persons_together(ix, x->name, y->name)) return 1;
    for (int side = 0; side < 2; side++) {
        const ix_name *f = side ? y : x, *o = side ? x : y;
        char sur[256];
        if (o->sur_len >= sizeof sur || o->sur_off == 0) continue;
        memcpy(sur, o->name + o->sur_off, o->sur_len);
        sur[o->sur_len] = 0;
        if (persons_together(ix, f->name, sur)) return 1;
    }
    return 0;
}

/* Whether x and y write their given names (the names they go by) in two
 * ways, both in full ("Frank" and "Franck", "Steve" and "Stephen"): with a
 * surname close by edits alone that another person carries, two slips in
 * one name, which a reporter seldom makes; on real news Frank Miller had
 * joined Franck Muller, Mike Mills Michael Miles, Dave Walder David
 * Walker.  (A transliterated name differs in both and its surnames are
 * each the only one's: Evgueni Sorokine is Evgeny Sorokin.) */
static int givens_spelled_apart(const ix_name *x, const ix_name *y)
{
    if (x->giv_initial || y->giv_initial || caps_given(x) || caps_given(y)) return 0;
    const char *g = x->name + x->goes_by, *h = y->name + y->goes_by;
    size_t gn = strcspn(g, " \t"), hn = strcspn(h, " \t");
    if (gn != hn) return 1;
    for (size_t c = 0; c < gn; c++)
        if (lower_ascii((unsigned char)g[c]) != lower_ascii((unsigned char)h[c])) return 1;
    return 0;
}

/* Whether names[a] and names[b], which extract_same_person_facts takes
 * for one person, are: a surname one edit from another (close_surname,
 * neither equal nor of one phonetic key) is a misspelling when the
 * rarer name's surname is no other person's ("Alan Greespan", "Paul
 * Vocker"; when both are in as many articles, when either is), and
 * another family when it is: David Williams is not David Walliams, nor
 * David Davies David Davis, nor James R. Barker James Baker (all merged
 * on real news once).  Surnames of one phonetic key are one when either
 * is no other person's (George Schultz is George Shultz) and two families
 * when both are (John Welch, John Wells); a given name written another
 * way beside a surname a slip away, one of the two another person's, is
 * a second person (Franck Muller, Frank Miller).  An article writing both
 * spellings (spelled_both_ways) makes them one whatever the surnames. */
static int same_person_here(morgue_index *ix, uint32_t a, uint32_t b)
{
    const ix_name *x = &ix->names[a], *y = &ix->names[b];
    if ((x->goes_by || y->goes_by) && initials_fit(x, y)) {
        /* the initials are the middle names: only the suffixes may differ */
        if ((x->suffix && y->suffix && x->suffix != y->suffix) || !same_surname_possible(x, y) ||
            (!equal_surnames(x, y) && !extract_same_person(x->name, y->name)))
            return 0;
    } else if (middles_differ(x, y) || !may_merge(x, y) || !same_surname_possible(x, y) ||
               !extract_same_person_facts(x->name + x->goes_by, &x->facts, y->name + y->goes_by, &y->facts))
        return 0;
    if (!x->suffix != !y->suffix && generations_apart(ix, x->suffix ? a : b)) return 0;
    if (equal_surnames(x, y) || same_letters(x, y)) return 1;
    if (x->sur_key_hash && x->sur_key_hash == y->sur_key_hash)
        /* one sound, two families' spellings: John Wells is not John
         * Welch, Charlie Cook not Charles Cox */
        return !surname_of_several(ix, a, 0) || !surname_of_several(ix, b, 0) || spelled_both_ways(ix, a, b);
    /* close by edits alone */
    if (givens_spelled_apart(x, y) && (surname_of_several(ix, a, 1) || surname_of_several(ix, b, 1)))
        return spelled_both_ways(ix, a, b);
    if (x->articles != y->articles) {
        uint32_t rare = x->articles < y->articles ? a : b;
        return !surname_of_several(ix, rare, 0) || spelled_both_ways(ix, a, b);
    }
    return !surname_of_several(ix, a, 0) || !surname_of_several(ix, b, 0) || spelled_both_ways(ix, a, b);
}

static void walk_one(group_walk *g, uint32_t j, uint32_t from)
{
    morgue_index *ix = g->ix;
    if (g->met) { /* listing, not grouping: every name, grouped or not */
        if (j != from && same_person_here(ix, from, j) && list_add(g->met, j)) g->oom = 1;
        return;
    }
    /* a name with an initial for a given name, or without the middle
     * names that tell two persons apart, is no link between them:
     * resolve_initial places it */
    if (ix->group[j] >= 0 || ix->names[j].giv_initial) return;
    if (same_person_here(ix, from, j) && !middle_ambiguous(ix, j)) {
        ix->group[j] = g->root;
        g->queue[g->n++] = j;
        if (better_spelling(ix, j, g->best)) g->best = (int)j;
    }
}

/* Adds to the walk every ungrouped person filed under key k (in table w)
 * that is the same person as names[from] (with g->met, lists every such
 * person instead). */
static void walk_run(group_walk *g, int w, uint64_t k, uint32_t from)
{
    morgue_index *ix = g->ix;
    unsigned blk = (unsigned)(k >> 56);
    const ix_name_key *v = ix->blk[blk].by_key[w];
    const uint32_t *start = ix->blk[blk].start[w];
    size_t b = key_bucket(k, ix->blk[blk].mask);
    ix_name_key f = key_facts(ix, from);
    for (uint32_t e = start[b]; e < start[b + 1]; e++)
        if (v[e].key == k && surname_facts_may_match(&f, &v[e])) walk_one(g, v[e].name, from);
}

/* Lists in *met every person that names[i] may be (same_person_here),
 * from the runs a walk from it reads; 1 when out of memory. */
static int list_partners(morgue_index *ix, uint32_t i, name_list *met)
{
    group_walk g = {ix, NULL, 0, (int)i, (int)i, met, 0};
    uint64_t k1 = name_key(ix, i, 1), k2 = name_key(ix, i, 2);
    walk_run(&g, 0, name_key(ix, i, 0), i);
    if (k1) walk_run(&g, 1, k1, i);
    if (k2) walk_run(&g, 2, k2, i);
    uint64_t kg = goes_by_key(ix, i);
    if (kg) walk_run(&g, 0, kg, i);
    return g.oom;
}

/* Whether names[i], a full name with no middle name ("George Bush"), may
 * be persons whose middle names tell them apart (George W. Bush and George
 * H.W. Bush): then, like a name with an initial, it links neither and is
 * placed by resolve_initial.  Decided from the names alone, once, among
 * the full names with its surname that it may be (a scan of the surname's
 * names; the walks' runs for every name cost 80% more grouping). */
static int middle_ambiguous(morgue_index *ix, uint32_t i)
{
    ix_name *x = &ix->names[i];
    if (x->mid_len || x->giv_initial || x->suffix) return 0;
    if (x->mid_state) return x->mid_state == 2;
    x->mid_state = 1;
    size_t wl;
    const char *w = folded_surname(x->folded, x->words, &wl);
    if (load_name_words(ix) || !ix->name_words) return 0;
    uint32_t b = word_hash(w, wl) & ix->name_word_mask;
    const ix_name *seen = NULL;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
        uint32_t c = ix->name_words[k];
        const ix_name *y = &ix->names[c];
        /* full given names only: "J. Stevens" may be any of them */
        if (y->kind != 0 || y->words < 3 || !(y->mid_len || y->suffix) || y->giv_initial ||
            (seen && !middles_differ(seen, y)))
            continue;
        if (!has_surname(ix, c, w, wl) || !same_person_here(ix, i, c)) continue;
        if (seen) {
            x->mid_state = 2;
            break;
        }
        seen = y;
    }
    return x->mid_state == 2;
}

/* Whether names[i] is placed by resolve_initial rather than walked. */
static int vague(morgue_index *ix, uint32_t i)
{
    return ix->names[i].giv_initial || middle_ambiguous(ix, i);
}

/* The group of names[i], a name of kind other, on its first need: the
 * other names with its folded words ("REUTER" in a capitals headline,
 * "Reuter" in a body), found in the word index, numbered by the first of
 * them and shown by their usual spelling.  Done one name at a time: a
 * speaker: or person: query meets a few such names, and grouping all of
 * them with the places cost 4 M instructions of a one-shot speaker:obama
 * on real news without a names file. */
static int group_same_words(morgue_index *ix, uint32_t i)
{
    const char *w = ix->names[i].folded;
    ix->group[i] = (int)i;
    ix->canon[i] = (int)i;
    if (!w[0] || load_name_words(ix) || !ix->name_words) return (int)i;
    const char *sp = strchr(w, ' ');
    uint32_t b = word_hash(w, sp ? (size_t)(sp - w) : strlen(w)) & ix->name_word_mask;
    uint32_t first = i, n_peers = 0;
    int best = -1;
    /* the peers counted, then filed */
    for (int pass = 0; pass < 2; pass++) {
        uint32_t prev = UINT32_MAX;
        for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
            uint32_t c = ix->name_words[k];
            if (c == prev) continue;
            prev = c;
            if (ix->names[c].kind != 3 || strcmp(ix->names[c].folded, w)) continue;
            if (pass == 0) {
                n_peers++;
                if (c < first) first = c;
                if (better_spelling(ix, c, best)) best = (int)c;
            } else {
                ix->group[c] = (int)first;
                if (n_peers > 1) ix->merged[c] |= ORG_GROUPED;
            }
        }
    }
    ix->canon[first] = best >= 0 ? best : (int)i;
    return (int)first;
}

/* Every name of kind other grouped as group_same_words groups it, for the
 * names file: one pass with a table of folded words (group_same_words on
 * each name read its first word's bucket each time, 134 M instructions of
 * indexing real news).  0, or -1 when out of memory. */
static int group_others(morgue_index *ix)
{
    uint32_t n = ix->n_names, mask = 1023;
    while (mask < n * 2) mask = mask * 2 + 1;
    uint32_t *slot = calloc((size_t)mask + 1, sizeof *slot), *count = calloc(n ? n : 1, sizeof *count);
    if (!slot || !count) {
        free(slot);
        free(count);
        return -1;
    }
    for (uint32_t i = 0; i < n; i++) {
        const ix_name *x = &ix->names[i];
        if (x->kind != 3 || ix->group[i] >= 0) continue;
        if (!x->folded[0]) { /* no words: alone, as group_same_words leaves it */
            ix->group[i] = ix->canon[i] = (int)i;
            continue;
        }
        uint32_t at = (uint32_t)XXH3_64bits(x->folded, strlen(x->folded)) & mask;
        for (; slot[at]; at = (at + 1) & mask)
            if (!strcmp(ix->names[slot[at] - 1].folded, x->folded)) break;
        if (!slot[at]) { /* the first with these words: the group's number */
            slot[at] = i + 1;
            ix->canon[i] = (int)i;
        }
        uint32_t g = slot[at] - 1;
        ix->group[i] = (int)g;
        count[g]++;
        if (better_spelling(ix, i, ix->canon[g])) ix->canon[g] = (int)i;
    }
    for (uint32_t i = 0; i < n; i++)
        if (ix->names[i].kind == 3 && count[ix->group[i]] > 1) ix->merged[i] |= ORG_GROUPED;
    free(slot);
    free(count);
    return 0;
}

/* Adds x to l unless it is there: 1 when l could not grow, else 0. */
static int list_add(name_list *l, uint32_t x)
{
    for (size_t k = 0; k < l->n; k++)
        if (l->v[k] == x) return 0;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        uint32_t *v = realloc(l->v, sizeof *v * cap);
        if (!v) return 1;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = x;
    return 0;
}

/* Over the articles naming person name nm (its whole-name postings in
 * the person field): without out, widens [*lo, *hi] to their dates; with
 * it, counts in *out those dated outside [*lo, *hi].  Returns how many
 * are dated.  A damaged row is passed over (evidence, not an answer, as
 * in org_together). */
static uint64_t name_dates(const morgue_index *ix, const char *nm, int64_t *lo, int64_t *hi, uint64_t *out)
{
    uint64_t dated = 0;
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        term_info t;
        if (!name_term(ix, s, FIELD_PERSON, nm, &t)) continue;
        postings_reader r;
        postings_open(&r, t.postings, t.postings_len, t.df, t.positions, t.positions_len);
        for (uint32_t d = postings_next(&r); d != DOC_END; d = postings_next(&r)) {
            docmeta m;
            if (segment_docmeta(ix->segs[s], d, &m) || m.date == DATE_NONE) continue;
            dated++;
            if (!out) {
                if (m.date < *lo) *lo = m.date;
                if (m.date > *hi) *hi = m.date;
            } else if (m.date < *lo || m.date > *hi)
                (*out)++;
        }
    }
    return dated;
}

/* Whether the names of cl, a full name without a telling middle name
 * ("George Bush") that group `target` dominates, are mostly written in
 * other years than target's names (of met): more than half of their
 * dated articles, and MIN_ARTICLES or more, over a year before the first
 * or after the last dated article naming target.  Then the dominance is
 * no evidence: on real news George W. Bush is named in articles of 2015
 * and 2016 (and undated ones), and most of the dated articles writing
 * "George Bush" are of 1987, when George H.W. Bush was so called; neither
 * full name's dates fit them, so the name stays apart rather than guess. */
static int dates_apart(morgue_index *ix, const name_list *cl, const name_list *met, uint32_t target)
{
    enum { YEAR_SECONDS = 366 * 86400 };
    int64_t lo = INT64_MAX, hi = INT64_MIN;
    for (size_t k = 0; k < met->n; k++) {
        uint32_t j = met->v[k];
        if (!vague(ix, j) && (uint32_t)group_of(ix, j) == target) name_dates(ix, ix->names[j].name, &lo, &hi, NULL);
    }
    if (lo > hi) return 0; /* no dated article: the dates tell nothing */
    lo = lo > INT64_MIN + YEAR_SECONDS ? lo - YEAR_SECONDS : INT64_MIN;
    hi = hi < INT64_MAX - YEAR_SECONDS ? hi + YEAR_SECONDS : INT64_MAX;
    uint64_t dated = 0, outside = 0;
    for (size_t k = 0; k < cl->n; k++) dated += name_dates(ix, ix->names[cl->v[k]].name, &lo, &hi, &outside);
    return outside >= MIN_ARTICLES && outside * 2 > dated;
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* The group among t[0..nt) that dominant() finds when the other groups
 * are counted on the articles that do not name the group in most
 * articles (the leader) only: cand[0..nc) the full names, cand_q their
 * places in t.  An article naming the leader and a rival is where the
 * writer had to tell them apart by the given name; the rival named
 * without the leader is what the surname alone may mean.  The articles
 * are read from the person field's whole-name postings, segment by
 * segment; an article naming two of the leader's names counts once.
 * UINT32_MAX when none dominates (or out of memory: no merge rather
 * than a guess). */
static uint32_t surname_alone_dominant(morgue_index *ix, const uint32_t *cand, const uint32_t *cand_q, uint32_t nc,
                                       const group_tally *t, uint32_t nt)
{
    group_tally *only = malloc(sizeof *only * nt);
    uint64_t *pair = NULL;
    size_t n_pair = 0, cap = 0;
    uint32_t top = UINT32_MAX;
    if (!only) return UINT32_MAX;
    uint32_t lead = 0;
    for (uint32_t q = 0; q < nt; q++) {
        only[q] = (group_tally){t[q].root, 0};
        if (t[q].articles > t[lead].articles) lead = q;
    }
    /* dominant() needs MIN_ARTICLES of the leader and passes over a
     * rival in one article: their postings are not read */
    if (t[lead].articles < MIN_ARTICLES) {
        free(only);
        return UINT32_MAX;
    }
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        n_pair = 0;
        for (uint32_t k = 0; k < nc; k++) {
            term_info ti;
            if (t[cand_q[k]].articles < 2 || !name_term(ix, s, FIELD_PERSON, ix->names[cand[k]].name, &ti)) continue;
            postings_reader r;
            postings_open(&r, ti.postings, ti.postings_len, ti.df, ti.positions, ti.positions_len);
            for (uint32_t d = postings_next(&r); d != DOC_END; d = postings_next(&r)) {
                if (n_pair == cap) {
                    size_t nc2 = cap ? cap * 2 : 256;
                    uint64_t *v = realloc(pair, sizeof *v * nc2);
                    if (!v) goto done;
                    pair = v;
                    cap = nc2;
                }
                pair[n_pair++] = (uint64_t)d << 32 | cand_q[k];
            }
        }
        if (n_pair > 1) qsort(pair, n_pair, sizeof *pair, cmp_u64);
        /* an article: the leader's if it names the leader, else each
         * rival name's (summed by group, as t is) */
        for (size_t a = 0, z; a < n_pair; a = z) {
            int has_lead = 0;
            for (z = a; z < n_pair && pair[z] >> 32 == pair[a] >> 32; z++)
                if ((uint32_t)pair[z] == lead) has_lead = 1;
            if (has_lead) {
                only[lead].articles++;
                continue;
            }
            for (size_t y = a; y < z; y++) only[(uint32_t)pair[y]].articles++;
        }
    }
    top = dominant(only, nt);
done:
    free(pair);
    free(only);
    return top;
}

/* dates_apart for the lone person names spelled w (bucket b of the word
 * index) against group target's full names among cand[0..nc). */
static int surname_dates_apart(morgue_index *ix, const char *w, uint32_t b, const uint32_t *cand, uint32_t nc,
                               uint32_t target)
{
    name_list cl = {0}, met = {0};
    int apart = 0;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
        uint32_t c = ix->name_words[k];
        const ix_name *x = &ix->names[c];
        if (x->kind == 0 && x->words == 1 && !strcmp(x->folded, w) && list_add(&cl, c)) goto done;
    }
    for (uint32_t k = 0; k < nc; k++)
        if (list_add(&met, cand[k])) goto done;
    apart = dates_apart(ix, &cl, &met, target);
done:
    free(cl.v);
    free(met.v);
    return apart;
}

/*
 * A name whose given name is an initial ("C. Martin", "D Bell") may be any
 * of the persons with that first letter and surname: Chris Martin and
 * Colin Martin, David Bell and Duncan Bell.  Walked like the others, it
 * joined them all into one entity, so `speaker:"chris smith"` gave
 * Caitlyn Smith's quotes and David Jones' entity held Diana Wynne Jones
 * and Digby Jones (real news, before this).  Such names are no link
 * between full names (walk_one); each is placed here, once, with the
 * names of its initial that are the same person as it ("C Martin" and
 * "C. Martin", the cluster): into the group of the full names they may
 * be when there is one, or when one holds DOMINANT_PCT of those full
 * names' articles (dominant(), as a lone surname); else the cluster is
 * an entity of its own.  The outcome depends on the groups of full names
 * alone, so it is the same whichever name is asked for first.  The group
 * keeps the usual spelling of its full names.  A full name without the
 * middle names that tell persons apart ("George Bush": middle_ambiguous)
 * is placed here the same way, unless its articles are mostly of other
 * years than the dominant one's (dates_apart).  names[i] is of a ready
 * block; returns its group.
 */
static int resolve_initial(morgue_index *ix, uint32_t i)
{
    name_list cl = {0}, met = {0};
    group_tally *t = NULL;
    int target = -1, why = 0;
    if (list_add(&cl, i)) goto oom;
    for (size_t q = 0, seen = 0; q < cl.n; q++) {
        if (list_partners(ix, cl.v[q], &met)) goto oom;
        for (; seen < met.n; seen++)
            if (vague(ix, met.v[seen]) && list_add(&cl, met.v[seen])) goto oom;
    }
    t = malloc(sizeof *t * (met.n + 1));
    if (!t) goto oom;
    uint32_t nt = 0;
    for (size_t k = 0; k < met.n; k++) {
        uint32_t j = met.v[k];
        if (vague(ix, j)) continue;
        uint32_t r = (uint32_t)group_of(ix, j), q = 0;
        while (q < nt && t[q].root != r) q++;
        if (q == nt) t[nt++] = (group_tally){r, 0};
        t[q].articles += ix->names[j].articles;
    }
    if (nt == 1) {
        target = (int)t[0].root;
    } else {
        uint32_t top = dominant(t, nt);
        if (top < nt) target = (int)t[top].root, why = ix->names[i].giv_initial ? MERGED_INITIAL : MERGED_MIDDLE;
        if (why == MERGED_MIDDLE && dates_apart(ix, &cl, &met, (uint32_t)target)) target = -1, why = 0;
    }
    if (target < 0) { /* the cluster alone, under its usual spelling */
        uint32_t first = i;
        int best = -1;
        for (size_t k = 0; k < cl.n; k++) {
            if (cl.v[k] < first) first = cl.v[k];
            if (better_spelling(ix, cl.v[k], best)) best = (int)cl.v[k];
        }
        target = (int)first;
        ix->canon[first] = best;
    }
    for (size_t k = 0; k < cl.n; k++) {
        ix->group[cl.v[k]] = target;
        ix->merged[cl.v[k]] |= (uint8_t)why;
    }
    free(t);
    free(cl.v);
    free(met.v);
    return target;
oom:
    free(t);
    free(cl.v);
    free(met.v);
    merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
    ix->group[i] = ix->canon[i] = (int)i;
    return (int)i;
}

/* The entity group of names[i], computing it (and its usual spelling) on
 * first use: the persons reachable from it through extract_same_person
 * within its block, names with an initial for a given name or without a
 * telling middle name apart (vague, resolve_initial). */
static int group_of(morgue_index *ix, uint32_t i)
{
    if (ix->names[i].kind == 1 && orgs_ready(ix)) return (int)i;
    if (ix->names[i].kind == 2 && places_ready(ix)) return (int)i;
    if (ix->group[i] >= 0) return ix->group[i];
    if (ix->names[i].kind == 3) return group_same_words(ix, i);
    if (ix->names[i].words < 2) {
        /* a lone surname may join a full name's group */
        resolve_surname(ix, i);
        if (ix->group[i] >= 0) return ix->group[i];
    }
    ix->group[i] = (int)i;
    ix->canon[i] = (int)i;
    if (ix->names[i].words < 2) return (int)i;
    if (block_ready(ix, ix->key[i])) {
        merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
        return (int)i;
    }
    if (vague(ix, i)) {
        ix->group[i] = -1;
        return resolve_initial(ix, i);
    }
    if (!ix->walk_queue) { /* one for every walk (a malloc each was 3% of grouping every person) */
        uint32_t most = 0;
        for (int k = 0; k < 256; k++)
            if (ix->block_start[k + 1] - ix->block_start[k] > most) most = ix->block_start[k + 1] - ix->block_start[k];
        ix->walk_queue = arena_alloc(&ix->name_strings, sizeof *ix->walk_queue * ((size_t)most + 1));
        if (!ix->walk_queue) {
            merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
            return (int)i;
        }
    }
    group_walk g = {ix, ix->walk_queue, 0, (int)i, (int)i, NULL, 0};
    g.queue[g.n++] = i;
    uint64_t none = (uint64_t)ix->key[i] << 56 | NO_GIVEN;
    for (uint32_t q = 0; q < g.n; q++) {
        if (ix->names[g.queue[q]].facts.words < 2) {
            /* no given name: any person of the block may be a variant */
            for (uint32_t b = ix->block_start[ix->key[i]]; b < ix->block_start[ix->key[i] + 1]; b++)
                walk_one(&g, ix->block_items[b], g.queue[q]);
            continue;
        }
        /* extract_same_person needs the same given name: equal, an
         * initial of the other, one variant group or one phonetic key.
         * A given name that has a group or a key is found equal in those
         * runs, and the initials of its first letter are left to
         * resolve_initial, so only a given name with neither walks every
         * given name with its first letter (the largest runs by far). */
        uint64_t k1 = name_key(ix, g.queue[q], 1), k2 = name_key(ix, g.queue[q], 2);
        /* a name that goes by a given name after an initial also walks the
         * initial's letter, and a given name of capitals ("T.B.") its first
         * letter's run, where the names they may fit are (initials_fit) */
        uint64_t kg = goes_by_key(ix, g.queue[q]);
        if ((!k1 && !k2) || caps_given(&ix->names[g.queue[q]]))
            walk_run(&g, 0, name_key(ix, g.queue[q], 0), g.queue[q]);
        if (kg) walk_run(&g, 0, kg, g.queue[q]);
        if (k1) walk_run(&g, 1, k1, g.queue[q]);
        if (k2) walk_run(&g, 2, k2, g.queue[q]);
        walk_run(&g, 0, none, g.queue[q]);
    }
    ix->canon[i] = g.best;
    return (int)i;
}

/* Calls fn for every name in the group of names[i]. */
static void for_group(morgue_index *ix, uint32_t i, void (*fn)(void *, uint32_t), void *ctx)
{
    int g = group_of(ix, i);
    if (ix->names[i].kind != 0) {
        if (!(ix->merged[i] & ORG_GROUPED)) {
            fn(ctx, i);
            return;
        }
        /* an organisation's group: rare, the names are scanned */
        for (uint32_t j = 0; j < ix->n_names; j++)
            if (ix->group[j] == g && ix->names[j].kind == ix->names[i].kind) fn(ctx, j);
        return;
    }
    /* the names with an initial for a given name and the lone surnames
     * of the group's full names first: they may join it */
    if (ix->blk[ix->key[i]].ready)
        for (uint32_t b = ix->block_start[ix->key[i]]; b < ix->block_start[ix->key[i] + 1]; b++) {
            uint32_t j = ix->block_items[b];
            if (ix->group[j] < 0 && ix->names[j].words >= 2 && vague(ix, j)) group_of(ix, j);
        }
    for (uint32_t b = ix->block_start[ix->key[i]]; b < ix->block_start[ix->key[i] + 1]; b++) {
        const ix_name *x = &ix->names[ix->block_items[b]];
        size_t sl;
        const char *sur = ix->group[ix->block_items[b]] == g && x->words >= 2 ? folded_surname(x->folded, x->words, &sl) : NULL;
        char w[256];
        if (sur && sl < sizeof w) {
            memcpy(w, sur, sl);
            w[sl] = 0;
            resolve_word(ix, w);
        }
    }
    for (uint32_t b = ix->block_start[ix->key[i]]; b < ix->block_start[ix->key[i] + 1]; b++)
        if (ix->group[ix->block_items[b]] == g) fn(ctx, ix->block_items[b]);
}

static int canon_of(morgue_index *ix, uint32_t i)
{
    return ix->canon[group_of(ix, i)];
}

/* True when the folded words w (space-separated) occur as whole words in
 * the folded name n. */
static int name_has_words(const char *n, const char *w)
{
    size_t wl = strlen(w);
    for (const char *p = n; (p = strstr(p, w)); p++) {
        int left = p == n || p[-1] == ' ', right = p[wl] == 0 || p[wl] == ' ';
        if (left && right) return 1;
    }
    return 0;
}

typedef struct {
    uint8_t *take;
    uint32_t n;
} mark_ctx;

static void mark_name(void *ctx, uint32_t i)
{
    mark_ctx *m = ctx;
    if (!m->take[i]) m->n++;
    m->take[i] = 1;
}

/* FNV-1a over the word, its bits mixed (the buckets take the low ones):
 * inline in the loop over every word of every name below (building the
 * word index was 15% of a one-shot speaker: query, half of it an XXH3
 * call, a strchr and a strlen a word). */
static inline uint32_t word_hash_mix(uint64_t h)
{
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return (uint32_t)(h ^ h >> 32);
}
#define WORD_HASH_STEP(h, c) (((h) ^ (unsigned char)(c)) * 0x100000001B3ull)

static uint32_t word_hash(const char *w, size_t len)
{
    uint64_t h = 0xCBF29CE484222325ull;
    for (size_t k = 0; k < len; k++) h = WORD_HASH_STEP(h, w[k]);
    return word_hash_mix(h);
}

/* The word index: the names holding each folded word, bucketed by the
 * word's hash (a counting sort, linear in the words of all names), so the
 * names holding a word are found without a strstr over every name per
 * query (which was most of what made `speaker:x "w1 w2"` cost more than
 * "w1 w2").  A bucket lists its names in index order; two words a bucket
 * on average (with a bucket a word, the passes over the buckets were
 * 2.8 M instructions of a one-shot speaker: query on real news; a look-up
 * checks one name more). */
static int load_name_words(morgue_index *ix)
{
    if (ix->name_words || !ix->n_names) return 0;
    /* (hash, name) of every word, in name order; then a counting sort */
    size_t n = 0, cap = (size_t)ix->n_names * 3;
    uint32_t *hash = malloc(sizeof *hash * cap), *who = malloc(sizeof *who * cap);
    uint32_t *start = NULL, *v = NULL;
    if (!hash || !who) goto oom;
    for (uint32_t i = 0; i < ix->n_names; i++) {
        const char *c = ix->names[i].folded;
        for (;;) {
            uint64_t h = 0xCBF29CE484222325ull;
            for (; *c && *c != ' '; c++) h = WORD_HASH_STEP(h, *c);
            if (n == cap) {
                uint32_t *nh = realloc(hash, sizeof *hash * cap * 2);
                if (nh) hash = nh;
                uint32_t *nw = nh ? realloc(who, sizeof *who * cap * 2) : NULL;
                if (!nw) goto oom;
                who = nw;
                cap *= 2;
            }
            hash[n] = word_hash_mix(h);
            who[n++] = i;
            if (!*c++) break;
        }
    }
    uint32_t mask = 1023;
    while (mask < n / 2 && mask < (1u << 30)) mask = mask * 2 + 1;
    start = calloc((size_t)mask + 2, sizeof *start);
    v = malloc(sizeof *v * (n ? n : 1));
    if (!start || !v) goto oom;
    /* counts, their sums (each bucket's end), then filled from the end
     * backwards: the names stay in index order and the ends become starts */
    for (size_t k = 0; k < n; k++) start[hash[k] & mask]++;
    for (uint32_t b = 0; b <= mask; b++) start[b + 1] += start[b];
    for (size_t k = n; k-- > 0;) v[--start[hash[k] & mask]] = who[k];
    free(hash);
    free(who);
    ix->name_words = v;
    ix->name_word_start = start;
    ix->name_word_mask = mask;
    return 0;
oom:
    free(hash);
    free(who);
    free(start);
    free(v);
    merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
    return -1;
}

/* Marks in take[] every name of every group holding a name with the folded
 * words `want` of one of the kinds (bit k: kind k; a group holds names of
 * one kind); returns how many names are marked.  The candidates are the
 * names in the bucket of want's first word, visited in index order as a
 * walk over every name would (groups are computed lazily, in that order). */
static uint32_t mark_matching(morgue_index *ix, const char *want, unsigned kinds, uint8_t *take)
{
    mark_ctx mc = {take, 0};
    if (!ix->name_words) { /* no word index (out of memory): every name */
        for (uint32_t i = 0; i < ix->n_names; i++)
            if ((kinds >> ix->names[i].kind & 1) && name_has_words(ix->names[i].folded, want))
                for_group(ix, i, mark_name, &mc);
        return mc.n;
    }
    const char *sp = strchr(want, ' ');
    uint32_t b = word_hash(want, sp ? (size_t)(sp - want) : strlen(want)) & ix->name_word_mask;
    uint32_t prev = UINT32_MAX;
    for (uint32_t k = ix->name_word_start[b]; k < ix->name_word_start[b + 1]; k++) {
        uint32_t i = ix->name_words[k];
        if (i == prev) continue; /* a word twice in one name */
        prev = i;
        if ((kinds >> ix->names[i].kind & 1) && name_has_words(ix->names[i].folded, want))
            for_group(ix, i, mark_name, &mc);
    }
    return mc.n;
}

/* ---- the names file ------------------------------------------------------
 *
 * An index written since the names file (query/names_file.c) has every
 * name grouped at commit, as entities_group_all groups them here; a query
 * maps it and reads the few names it needs instead of loading and grouping
 * them all.  Without one (an older index, or a file of another manifest)
 * the names are computed as above.  The answers are the same either way
 * (tests/names_file.sh). */

int entities_group_all(morgue_index *ix)
{
    ix->nf_state = -1; /* computed here, whatever the disk holds */
    if (load_names(ix) || load_name_words(ix) || orgs_ready(ix) || places_ready(ix)) return -1;
    if (group_others(ix)) return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    /* in index order, as a walk over every name would; a group is the
     * names reachable from any of its names, and a lone surname's merge
     * depends on the groups alone, so the order changes no group */
    for (uint32_t i = 0; i < ix->n_names && ix->e.rc == MORGUE_OK; i++) group_of(ix, i);
    return ix->e.rc != MORGUE_OK ? -1 : 0;
}

/* Records the names file as damaged (the error on ix now and at each later
 * use); -1. */
static int nf_damaged(morgue_index *ix)
{
    if (ix->nf_state != -2) {
        merr_set(&ix->nf_err, MORGUE_E_CORRUPT, "%s: damaged names file", names_file_path(ix->nf));
        ix->nf_state = -2;
    }
    merr_copy(&ix->e, &ix->nf_err);
    return -1;
}

/* Whether the names come from the names file: 1 yes, 0 no (computed from
 * the segments), -1 it is damaged (error on ix). */
static int names_mapped(morgue_index *ix)
{
    if (ix->nf_state == 0) {
        int r = names_file_open(ix->dir, ix->manifest_id, &ix->nf, &ix->nf_err);
        ix->nf_state = r > 0 ? 1 : r == 0 ? -1 : -2;
    }
    if (ix->nf_state == -2) {
        merr_copy(&ix->e, &ix->nf_err);
        return -1;
    }
    return ix->nf_state == 1;
}

/* The group of names[i] (x) in the names file: its usual spelling and
 * its names members[first, first + count); count 0 for a name alone. */
static int nf_group_of(names_file *nf, uint32_t i, const nf_name *x, uint32_t *canon, uint32_t *first,
                       uint32_t *count)
{
    if (x->group == NF_ALONE) {
        *canon = i;
        *first = *count = 0;
        return 0;
    }
    return names_file_group(nf, x->group, canon, first, count);
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

/* mark_matching over the names file: every name of every group holding a
 * name with the folded words want, in index order, without repeats, in
 * *out (arena a; *n of them).  0, or -1 (error on ix). */
static int nf_matching(morgue_index *ix, const char *want, unsigned kinds, arena *a, uint32_t **out, uint32_t *n)
{
    names_file *nf = ix->nf;
    const char *sp = strchr(want, ' ');
    uint32_t from, to, nl = 0, cap = 16, prev = UINT32_MAX;
    *n = 0;
    if (names_file_word_bucket(nf, word_hash(want, sp ? (size_t)(sp - want) : strlen(want)), &from, &to))
        return nf_damaged(ix);
    uint32_t *list = malloc(sizeof *list * cap);
    if (!list) return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    for (uint32_t k = from; k < to; k++) {
        uint32_t i, canon, first, count;
        nf_name x;
        if (names_file_word_name(nf, k, &i)) goto damaged;
        if (i == prev) continue; /* a word twice in one name */
        prev = i;
        if (names_file_name(nf, i, &x)) goto damaged;
        if (!(kinds >> x.kind & 1) || !name_has_words(x.folded, want)) continue;
        if (nf_group_of(nf, i, &x, &canon, &first, &count)) goto damaged;
        for (uint32_t m = first; m < first + (count ? count : 1); m++) {
            if (nl == cap) {
                uint32_t *nw = realloc(list, sizeof *list * (cap *= 2));
                if (!nw) {
                    free(list);
                    return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
                }
                list = nw;
            }
            if (!count) list[nl++] = i;
            else if (names_file_member(nf, m, &list[nl++])) goto damaged;
        }
    }
    qsort(list, nl, sizeof *list, cmp_u32);
    uint32_t u = 0;
    for (uint32_t k = 0; k < nl; k++)
        if (!u || list[k] != list[u - 1]) list[u++] = list[k];
    *out = arena_alloc(a, sizeof **out * (u ? u : 1));
    if (!*out) {
        free(list);
        return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    }
    memcpy(*out, list, sizeof *list * u);
    *n = u;
    free(list);
    return 0;
damaged:
    free(list);
    return nf_damaged(ix);
}

/* Every name of every group holding a name with the folded words want, in
 * index order, in *out (arena a; *n of them), from the names file or
 * computed.  0, or -1 (error on ix). */
static int matching_names(morgue_index *ix, const char *want, unsigned kinds, arena *a, uint32_t **out, uint32_t *n)
{
    if (ix->nf_state == 1) return nf_matching(ix, want, kinds, a, out, n);
    uint8_t *take = arena_calloc(a, ix->n_names ? ix->n_names : 1, 1);
    if (!take) return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    uint32_t n_marked = mark_matching(ix, want, kinds, take), k = 0;
    *out = arena_alloc(a, sizeof **out * (n_marked ? n_marked : 1));
    if (!*out) return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    for (uint32_t i = 0; i < ix->n_names && k < n_marked; i++)
        if (take[i]) (*out)[k++] = i;
    *n = k;
    return 0;
}

static int expand_node(morgue_index *ix, qnode *q, arena *a)
{
    if (q->kind != Q_TERM && q->kind != Q_PHRASE) {
        for (uint32_t i = 0; i < q->n_kids; i++)
            if (expand_node(ix, q->kids[i], a)) return -1;
        return 0;
    }
    unsigned f = q->fields;
    if (f != FIELD_BIT(FIELD_SPEAKER) && f != FIELD_BIT(FIELD_PERSON) && f != FIELD_BIT(FIELD_ENTITY) &&
        f != FIELD_BIT(FIELD_PLACE))
        return 0;
    /* place: looks among the places; speaker: and person: among the rest
     * (a place's group, joined by data/place_aliases.txt, holds other words
     * that name no person); entity: among every kind */
    unsigned kinds = f == FIELD_BIT(FIELD_PLACE)    ? 1u << 2
                     : f == FIELD_BIT(FIELD_ENTITY) ? ALL_KINDS
                                                    : ALL_KINDS & ~(1u << 2);
    char want[512];
    size_t wl = 0;
    for (uint32_t i = 0; i < q->n_terms; i++) {
        size_t l = strlen(q->terms[i]);
        if (wl + l + 2 > sizeof want) return 0;
        if (wl) want[wl++] = ' ';
        memcpy(want + wl, q->terms[i], l);
        wl += l;
    }
    want[wl] = 0;
    /* names with these words, then every name of their groups */
    uint32_t *names, n_alt;
    if (matching_names(ix, want, kinds, a, &names, &n_alt)) return -1;
    if (n_alt == 0) return 0;
    qnode **kids = arena_calloc(a, n_alt + 1, sizeof *kids);
    qnode *orig = arena_alloc(a, sizeof *orig);
    if (!kids || !orig) return -1;
    *orig = *q;
    kids[0] = orig;
    uint32_t nk = 1;
    for (uint32_t k = 0; k < n_alt; k++) {
        uint32_t i = names[k];
        qnode *alt = arena_calloc(a, 1, sizeof *alt);
        const char *raw;
        nf_name x;
        if (ix->nf_state == 1) {
            if (names_file_name(ix->nf, i, &x)) return nf_damaged(ix);
            raw = x.name;
        } else {
            raw = ix->names[i].name;
        }
        if (!alt) return -1;
        /* Every spelling is matched by its whole name (the field's
         * whole-name term, lib/fields.h), not its words: a person's group
         * holds a lone surname ("Trump"), whose word is in every Trump's
         * name, so speaker:"donald trump" returned Eric, Ivanka and Melania
         * Trump's quotes and "Trump Plaza"'s (real news); a place's group,
         * joined by data/place_aliases.txt, holds "America", which would
         * bring in Latin and North America.  The words the user typed still
         * match as words (kids[0]). */
        size_t rl = strlen(raw);
        char *t = arena_alloc(a, rl + 2);
        alt->terms = arena_alloc(a, sizeof *alt->terms);
        if (!t || !alt->terms) return -1;
        t[0] = FIELD_NAME_MARK;
        memcpy(t + 1, raw, rl + 1);
        alt->terms[0] = t;
        alt->n_terms = 1;
        alt->kind = Q_TERM;
        alt->fields = f;
        alt->col = q->col;
        kids[nk++] = alt;
    }
    q->kind = Q_OR;
    q->terms = NULL;
    q->n_terms = 0;
    q->kids = kids;
    q->n_kids = nk;
    q->spellings = 1;
    return 0;
}

int expand_names(morgue_index *ix, qnode *q, arena *a)
{
    int mapped = names_mapped(ix);
    if (mapped < 0) return -1;
    if (!mapped && (load_names(ix) || load_name_words(ix))) return -1;
    if (expand_node(ix, q, a)) {
        if (ix->e.rc == MORGUE_OK) merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
        return -1;
    }
    /* grouping on the way (orgs_ready, block_ready) may have run out of memory */
    return ix->e.rc != MORGUE_OK ? -1 : 0;
}

const char *entity_canonical(morgue_index *ix, const char *name)
{
    return entity_canonical_kind(ix, name, -1);
}

/* entity_canonical_kind over the names file. */
static const char *nf_canonical(morgue_index *ix, const char *name, int want)
{
    size_t len = strlen(name);
    int64_t best = -1;
    nf_name x, b; /* b: the best so far */
    for (int kind = 0; kind < 4; kind++) {
        if (want >= 0 && kind != want) continue;
        uint32_t i;
        int r = names_file_find(ix->nf, name, len, kind, &i);
        if (r < 0 || (r && names_file_name_only(ix->nf, i, &x))) return nf_damaged(ix), name;
        if (r && (best < 0 || x.quotes > b.quotes)) {
            best = i;
            b = x;
        }
    }
    if (best < 0) return name;
    uint32_t canon, first, count;
    if (nf_group_of(ix->nf, (uint32_t)best, &b, &canon, &first, &count)) return nf_damaged(ix), name;
    if (canon == (uint32_t)best) return b.name; /* most names: alone */
    if (names_file_name_only(ix->nf, canon, &x)) return nf_damaged(ix), name;
    return x.name;
}

const char *entity_canonical_kind(morgue_index *ix, const char *name, int want)
{
    if (!name[0]) return name;
    int mapped = names_mapped(ix);
    if (mapped) return mapped > 0 ? nf_canonical(ix, name, want) : name;
    if (load_names(ix) || !ix->name_table) return name;
    size_t len = strlen(name);
    /* of any kind: the entity of that name most quoted (a speaker's), the
     * person on a tie ("SEC" the commission, not a person once written so) */
    int best = -1;
    for (int kind = 0; kind < 4; kind++) {
        if (want >= 0 && kind != want) continue;
        uint64_t hash = XXH3_64bits_withSeed(name, len, (uint64_t)kind);
        for (uint32_t h = (uint32_t)hash & ix->name_mask; ix->name_table[h]; h = (h + 1) & ix->name_mask) {
            uint32_t i = ix->name_table[h] - 1;
            if (ix->names[i].hash == hash && ix->names[i].kind == kind && !strcmp(ix->names[i].name, name)) {
                if (best < 0 || ix->names[i].quotes > ix->names[best].quotes) best = (int)i;
                break;
            }
        }
    }
    return best < 0 ? name : ix->names[canon_of(ix, (uint32_t)best)].name;
}

/* Why organisation name f was grouped with the usual spelling c (both
 * folded; c_name the usual spelling as written): the grouping rules of
 * group_orgs, as they apply to the two. */
static const char *org_why(const char *f, const char *c, const char *c_name)
{
    size_t bf = org_base(f, strlen(f)), bc = org_base(c, strlen(c));
    if (!strcmp(f, c)) return "the same words";
    if (bf == bc && !memcmp(f, c, bf))
        return bf == strlen(f)   ? "the name without its company suffix"
               : bc == strlen(c) ? "the name with a company suffix"
                                 : "the name with another company suffix";
    if (spaced_letters(f)) return "the same letters";
    if (acronym_name(c_name)) return "what the initials stand for";
    return "a spelling grouped with it";
}

/* What morgue_entity_lookup says of a name merged into a group it is not
 * the usual spelling of. */
static const char *merge_why(int merged, int kind, const char *f, const char *c, const char *c_name)
{
    int why = merged & MERGED_WHY;
    return why == MERGED_ONLY       ? "surname of the only full name"
           : why == MERGED_DOMINANT ? "surname of the dominant full name"
           : why == MERGED_ACRONYM  ? "initials of the dominant full name"
           : why == MERGED_TOGETHER ? "initials of the full name in most of the articles naming both"
           : why == MERGED_ALIAS    ? "a listed alias (data/org_aliases.txt)"
           : why == MERGED_PLACE_ALIAS ? "a listed alias (data/place_aliases.txt)"
           : why == MERGED_INITIAL  ? "initial of the dominant full name"
           : why == MERGED_MIDDLE   ? "without the middle name of the dominant full name"
           : why == MERGED_ALONE    ? "surname of the dominant full name, counting a rival on the articles without it"
           : kind == 1              ? org_why(f, c, c_name)
           : !strcmp(f, c)          ? "the same words"
           : kind == 0              ? "same given name, close surname"
                                    : "a spelling grouped with it";
}

/* What morgue_entity_lookup says of a lone surname left apart. */
#define SURNAME_APART_WHY "several persons carry the surname and none dominates"

static int cmp_entity(const void *x, const void *y)
{
    const morgue_entity_name *a = x, *b = y;
    if (a->group != b->group) return a->group < b->group ? -1 : 1;
    /* the usual spelling first: a lone surname may be in more articles */
    if (!a->why[0] != !b->why[0]) return a->why[0] ? 1 : -1;
    if (a->articles != b->articles) return a->articles > b->articles ? -1 : 1;
    if (a->quotes != b->quotes) return a->quotes > b->quotes ? -1 : 1;
    return strcmp(a->name, b->name);
}

/* The entries of morgue_entity_lookup for names[0..n) (index order) from
 * the names file, groups numbered in order of first appearance.  0, or -1
 * (error on ix). */
static int nf_entities(morgue_index *ix, const uint32_t *names, uint32_t n, morgue_entities *r)
{
    /* group number -> its number here, open addressing */
    uint32_t mask = 15;
    while (mask < 2 * n) mask = mask * 2 + 1;
    uint32_t *slot_g = malloc(sizeof *slot_g * ((size_t)mask + 1));
    uint32_t *slot_n = malloc(sizeof *slot_n * ((size_t)mask + 1));
    if (!slot_g || !slot_n) {
        free(slot_g);
        free(slot_n);
        return merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory"), -1;
    }
    for (uint32_t k = 0; k <= mask; k++) slot_g[k] = UINT32_MAX;
    unsigned next = 0;
    int rc = 0;
    for (uint32_t k = 0; k < n; k++) {
        nf_name x, c;
        uint32_t canon, first, count;
        if (names_file_name(ix->nf, names[k], &x) || nf_group_of(ix->nf, names[k], &x, &canon, &first, &count) ||
            names_file_name(ix->nf, canon, &c)) {
            rc = nf_damaged(ix);
            break;
        }
        /* a name alone is a group of its own: keyed by 2^31 + the name (a
         * group's number is below the names' count, below 2^30) */
        uint32_t key = x.group == NF_ALONE ? 0x80000000u | names[k] : x.group;
        uint32_t h = (key * 0x9E3779B1u) & mask;
        while (slot_g[h] != UINT32_MAX && slot_g[h] != key) h = (h + 1) & mask;
        if (slot_g[h] == UINT32_MAX) {
            slot_g[h] = key;
            slot_n[h] = next++;
        }
        morgue_entity_name *e = &r->v[r->n++];
        e->name = x.name;
        e->kind = kind_name[x.kind & 3];
        e->articles = x.articles;
        e->quotes = x.quotes;
        e->group = slot_n[h];
        e->why = names[k] == canon ? "" : merge_why(x.merged, x.kind, x.folded, c.folded, c.name);
        e->apart = names[k] == canon && x.kind == 0 && (x.merged & SURNAME_APART) ? SURNAME_APART_WHY : "";
    }
    free(slot_g);
    free(slot_n);
    return rc;
}

/* Whether name (as written) has the folded words want and no other. */
static int name_is_words(const char *name, const char *want)
{
    char f[512];
    fold_name(name, strlen(name), f, sizeof f);
    return !strcmp(f, want);
}

/* A group of morgue_entity_lookup's answer, as entities_rank orders it. */
typedef struct {
    uint64_t articles;
    unsigned group, exact;
} group_rank;

/* Exact names first, then most articles, then index order (a total
 * order: qsort is not stable). */
static int cmp_group_rank(const void *pa, const void *pb)
{
    const group_rank *a = pa, *b = pb;
    if (a->exact != b->exact) return a->exact > b->exact ? -1 : 1;
    if (a->articles != b->articles) return a->articles > b->articles ? -1 : 1;
    return a->group < b->group ? -1 : a->group > b->group;
}

/* Numbers the groups of r (numbered in index order) in the order a user
 * asking for `want` looks for: first the groups with a spelling that is
 * exactly those words, then by their spellings' articles, most first;
 * ties in index order.  `--entity trump` listed 150 entities in the order
 * of their names, Donald Trump 19th after "Absent Trump" and "Bashing
 * Trump" (headline fragments of one article); now he is first.  0, or -1
 * when out of memory. */
static int entities_rank(morgue_entities *r, const char *want)
{
    unsigned ng = 0;
    for (size_t k = 0; k < r->n; k++)
        if (r->v[k].group + 1 > ng) ng = r->v[k].group + 1;
    if (!ng) return 0;
    group_rank *g = calloc(ng, sizeof *g);
    unsigned *to = malloc(sizeof *to * ng);
    if (!g || !to) {
        free(g);
        free(to);
        return -1;
    }
    for (unsigned k = 0; k < ng; k++) g[k].group = k;
    for (size_t k = 0; k < r->n; k++) {
        group_rank *x = &g[r->v[k].group];
        x->articles += r->v[k].articles;
        if (!x->exact && name_is_words(r->v[k].name, want)) x->exact = 1;
    }
    qsort(g, ng, sizeof *g, cmp_group_rank);
    for (unsigned k = 0; k < ng; k++) to[g[k].group] = k;
    for (size_t k = 0; k < r->n; k++) r->v[k].group = to[r->v[k].group];
    free(g);
    free(to);
    return 0;
}

morgue_entities *morgue_entity_lookup(morgue_index *ix, const char *name)
{
    if (!ix || !name || ix->unusable) return NULL;
    merr_clear(&ix->e);
    int mapped = names_mapped(ix);
    if (mapped < 0 || (!mapped && (load_names(ix) || load_name_words(ix)))) return NULL;
    morgue_entities *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    arena_init(&r->a);
    char want[512];
    fold_name(name, strlen(name), want, sizeof want);
    if (!want[0]) {
        merr_set(&ix->e, MORGUE_E_ARG, "'%s' has no searchable words", name);
        morgue_entities_free(r);
        return NULL;
    }
    if (mapped) {
        uint32_t *names, n;
        if (nf_matching(ix, want, ALL_KINDS, &r->a, &names, &n) ||
            !(r->v = arena_calloc(&r->a, n ? n : 1, sizeof *r->v)) || nf_entities(ix, names, n, r)) {
            if (ix->e.rc == MORGUE_OK) merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
            morgue_entities_free(r);
            return NULL;
        }
    } else {
        /* every group holding a name with these words, numbered in order */
        int *gnum = malloc(sizeof *gnum * (ix->n_names ? ix->n_names : 1));
        uint8_t *take = calloc(ix->n_names ? ix->n_names : 1, 1);
        if (!gnum || !take) {
            free(gnum);
            free(take);
            merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
            morgue_entities_free(r);
            return NULL;
        }
        for (uint32_t i = 0; i < ix->n_names; i++) gnum[i] = -1;
        uint32_t n_marked = mark_matching(ix, want, ALL_KINDS, take);
        r->v = arena_calloc(&r->a, n_marked ? n_marked : 1, sizeof *r->v);
        unsigned next = 0;
        for (uint32_t i = 0; r->v && i < ix->n_names; i++) {
            if (!take[i]) continue;
            int g = group_of(ix, i);
            if (gnum[g] < 0) gnum[g] = (int)next++;
            morgue_entity_name *e = &r->v[r->n++];
            e->name = ix->names[i].name;
            e->kind = kind_name[ix->names[i].kind & 3];
            e->articles = ix->names[i].articles;
            e->quotes = ix->names[i].quotes;
            e->group = (unsigned)gnum[g];
            int c = ix->canon[g];
            e->apart = (int)i == c && ix->names[i].kind == 0 && (ix->merged[i] & SURNAME_APART) ? SURNAME_APART_WHY : "";
            e->why = (int)i == c ? ""
                                 : merge_why(ix->merged[i], ix->names[i].kind, ix->names[i].folded,
                                             ix->names[c].folded, ix->names[c].name);
        }
        free(gnum);
        free(take);
        if (ix->e.rc != MORGUE_OK) { /* out of memory while grouping */
            morgue_entities_free(r);
            return NULL;
        }
    }
    if (entities_rank(r, want)) {
        merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
        morgue_entities_free(r);
        return NULL;
    }
    if (r->n) qsort(r->v, r->n, sizeof *r->v, cmp_entity);
    for (size_t i = 0; i < r->n; i++) r->v[i].name = arena_strdup(&r->a, r->v[i].name);
    return r;
}

size_t morgue_entities_size(const morgue_entities *e) { return e ? e->n : 0; }
const morgue_entity_name *morgue_entities_get(const morgue_entities *e, size_t i)
{
    return e && i < e->n ? &e->v[i] : NULL;
}
void morgue_entities_free(morgue_entities *e)
{
    if (!e) return;
    arena_free(&e->a);
    free(e);
}
