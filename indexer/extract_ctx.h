/* Private to the extraction stages (indexer/extract*.c): the scanned
 * article every stage reads and writes (tokens, quotation regions,
 * sentences, entities, quotes: the ctx), and the helpers more than one
 * stage asks.  extract.c runs the stages in order (docs/EXTRACTION.md,
 * "Pipeline"); each stage's file says what it adds to the ctx. */
#ifndef MORGUE_EXTRACT_CTX_H
#define MORGUE_EXTRACT_CTX_H

#include "extract.h"
#include "extract_internal.h"
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* token kinds; find_regions counts on the marks and paragraph ends being
 * the last two (one comparison skips the rest) */
enum { T_WORD = 1, T_PUNCT, T_QMARK, T_PARA };
_Static_assert(T_WORD + 1 == 2 && T_PUNCT + 1 == 3 && T_QMARK + 1 == 4 && T_PARA + 1 == 5,
               "find_regions' skip tests bit 2 of kind + 1");

enum {
    F_CAP = 1,       /* first letter upper case */
    F_ACRO = 2,      /* two or more letters, all upper case */
    F_ABBR = 4,      /* ends with an abbreviation's period */
    F_OPEN = 8,      /* quotation mark: opens */
    F_CLOSE = 16,    /* quotation mark: closes */
    F_DIGIT = 32,    /* starts with a digit */
    F_CTX_DONE = 64, /* word: cue_by_context has been asked (round 14c) */
    F_CTX_NOCUE = 128, /* ... and answered no */
};

typedef struct {
    uint32_t s, e;
    uint32_t cp;        /* punctuation / mark code point */
    int32_t q;          /* quote region holding the token, or -1 */
    uint32_t sent, para;
    uint8_t kind, flags;
    uint8_t left_space, right_space; /* white space or text edge on that side */
    uint32_t lxf;       /* lexicon flags | LXF_KNOWN once looked up (tflags) */
} tk;

/* tk.lxf: word_flags' answer, all its bits, | LXF_KNOWN.  tflags gives the
 * bits below LXF_KNOWN; LX_COMMON and LX_NOENT are kept too, for
 * find_entities' one-word runs (tword_entry_flags; speed20: the field was
 * 16 bits, the struct's padding held the other two bytes). */
#define LXF_KNOWN 0x8000u
/* set by word_flags when the flags are a clitic's pronoun's ("he'd"), not
 * the entry of the word itself */
#define LXF_CLITIC 0x80000000u
/* set by is_cue_tok, while LXF_KNOWN is not, when the cue filter rules the
 * word out (speed round 22: the attribution scans ask it of the same words
 * again and again); tflags' lookup overwrites it with the word's flags */
#define LXF_NOCUE 0x40000000u
_Static_assert(sizeof(tk) == 32, "tk: the 32-bit lxf fits the padding");
/* the bytes from kind to the end (tokenize_text clears them at once) */
#define TK_TAIL_BYTES (sizeof(tk) - offsetof(tk, kind))
_Static_assert(TK_TAIL_BYTES == 8, "tk: kind .. lxf are the last 8 bytes");

typedef struct {
    int32_t t0, t1;     /* tokens of the opening mark and of the closing
                           mark (or the last token when capped) */
    uint32_t s, e;      /* byte span including the marks */
    int closed, single;
} region;

typedef struct {
    uint32_t h_full, h_first, h_last;
    uint32_t nwords;
    const char *name;
    const char *title;
    ent_kind kind;
    uint32_t n_mentions;
    uint32_t desc[6];
    int ndesc;
    uint8_t gender;     /* PRON_MALE, PRON_FEMALE or 0: from a given name,
                           title or role noun (data/gender.txt) */
    /* round 14 (ents): made by a doubtful mention (a common word opening a
     * sentence, a word of a heading in capitals): dropped at the end of
     * find_entities unless a sure mention of the same words came later,
     * `moved` (entity + 1) then, which takes its mentions */
    uint8_t weak;
    int32_t moved;
} xent;

typedef struct {
    uint32_t s, e;
    int32_t t0, t1, ent;
    int in_quote;
} xmention;

typedef struct {
    int32_t a, b;       /* token span, inclusive; a < 0 when none */
} tspan;

typedef struct {
    const char *s;
    size_t n;
    arena *a;
    tk *t;
    int32_t nt, cap_t;
    int32_t n_qmarks, n_caps;   /* quotation-mark tokens, capitalised words:
                                   bounds of the region and entity arrays */
    region *r;
    int32_t nr;
    int32_t *sent_first, *sent_last;
    int32_t *sent_base;     /* first token of the whole sentence, when a
                               sentence was cut at a coordinated cue */
    uint32_t nsent;
    xent *ents;
    int32_t nents, cap_ents;
    xmention *ms;
    int32_t nms, cap_ms;
    quote *qs;
    uint32_t *qseg;     /* index of each quote's first segment */
    int32_t nq, cap_q;
    uint32_t (*segs)[2];
    int32_t nseg, cap_seg;
    /* The speaker of the last quote, for pronouns and continuations. */
    int32_t last_q;
    int32_t last_q_sent, cur_sent;  /* sentence of the last quote's end */
    int split_depth;    /* sentence_quotes calls on the rest of a sentence */
    int single_headline; /* the sentence is a short paragraph quoting in single marks only */
    /* round 15a: the last coordinated subjects found ("Hale and Reis
     * said"), a ring: each whole span and its conjuncts in order.  A span
     * of tokens always splits the same way, so set_attrib looks its span
     * up here (an attrib is copied and compared too often to carry them) */
    struct {
        tspan sp;
        int n;
        tspan part[1 + QUOTE_MAX_CO_SPEAKERS];
    } coord[4];
    int ncoord;
    /* round 14 (ents): is_org_word's answer per token while find_entities
     * runs (0 not asked, 1 no, 2 yes): it asks several times a run */
    uint8_t *orgw;
} ctx;

/* ------------------------------------------------ shared between stages */

extern const unsigned char lower_tab[256];

/* strip_clitic's 'd, 'll, 're, 've, 'm (not 's) */
size_t clitic_len(const char *w, size_t n);

/* Stage 1 (extract_text.c): the text scanned into x->t, words,
 * punctuation, quotation marks and paragraph breaks.  0, or -1 when out of
 * memory. */
int tokenize_text(ctx *x);

/* Stage 2: quotation marks paired into regions (x->r), each token
 * told the region holding it.  0, or -1 when out of memory. */
int find_regions(ctx *x);

/* Stage 3: sentences cut outside the regions (x->sent_first,
 * sent_last).  0, or -1 when out of memory. */
int split_sentences(ctx *x);

/* The lexicon flags of a word, without a possessive; round 13: "he'd",
 * "she’ll", "they're" are their pronoun (only a pronoun: "we'll" is no
 * "well").  Out of line: tflags is inlined at every call. */
__attribute__((noinline)) uint32_t word_flags(const char *w, size_t n);

/* First word of its sentence (after opening marks and brackets). */
int sentence_initial(ctx *x, int32_t i);

/* Stage 4 (extract_entities.c): entity mentions (x->ms) linked to
 * entities (x->ents).  0, or -1 when out of memory. */
int find_entities(ctx *x);

/* The most recent mention before token i outside quotations whose entity
 * has one of the kinds in mask (1 << ent_kind)
 * and may be called by a pronoun of sex g (0: any); -1 when none. */
int32_t recent_entity(ctx *x, int32_t i, unsigned mask, int g);
/* The last mention (index into x->ms, sorted by start) starting before
 * token i, or -1: where a backward look for an antecedent starts. */
int32_t mention_before(const ctx *x, int32_t i);

/* Whether word i is a lower-case word that may stand between a subject
 * and its cue: an adverb ("also", "later", "here"; an -ly word that is no
 * noun such as "family") or an auxiliary ("has", "would", "does"). */
int is_adverb(ctx *x, int32_t i);

/* The cue words that are also nouns, not the nouns of a report whose
 * content follows ("her March comment that …", "Trump's controversial
 * pledge to …"): by length and first letter, as is_cue asks this of every
 * cue word it meets. */
int noun_cue(const char *w, size_t n);

/* finite auxiliaries and copulas: a clause has begun */
extern const char *const finite_aux[];

/* is_cue's answer for a word its inlined tests cannot rule out: the
 * lexicon, the phrasal cues ("shot back", "went on"), and the readings
 * that are no speech (a noun after a determiner, "pleaded guilty"); the
 * tests by the neighbours run once a token (F_CTX_DONE). */
int is_cue_slow(ctx *x, int32_t i);

/* round 14: a lower-case word (or the first of its sentence) that reads as a plural noun: "officials",
 * "analysts", "residents" (-s after a letter other than s, u or i; five
 * letters or more), or one of the plurals without -s that name groups of
 * people ("police", "people"). */
int plural_noun(ctx *x, int32_t i);

/* "of", "for", "at", "in": the prepositions of a speaker phrase's modifier */
extern const char *const prep_of[];

/* round 15: participles of a poll before "by" ("economists polled by
 * Reuters said") */
extern const char *const polled[];

/* The speaker phrase that ends at token j (inclusive), not before lo. */
tspan np_left(ctx *x, int32_t j, int32_t lo);

/* plural_role's test for a lower-case word ("traders", "spokesmen"),
 * written out here: a call from np_head would take plural_role out of
 * line in find_entities, which asks it of every capitalised run. */
int plural_desc(ctx *x, int32_t h);

/* The last token (<= hi) of the name that runs on from the capitalised
 * word at b: more capitalised words, or a title/description word or a
 * connector ("of", "de") followed by one. */
int32_t extend_name(ctx *x, int32_t b, int32_t hi);

/* The speaker phrase that starts at token j (inversion: "said X"). */
tspan np_right(ctx *x, int32_t j, int32_t hi);

/* The entity a speaker phrase names. */
int32_t speaker_entity(ctx *x, tspan sp);

/* Round 18 (ents18): the description opening a clause at f ("One
 * operative") when the name at token k is where the subject is ("… inside
 * Trump Tower"), or {-1, -1}. */
tspan described_subject(ctx *x, int32_t f, int32_t k);

/* Round 24: "a sharp reply from X": the span of X, else sp. */
tspan source_after_from(ctx *x, tspan sp);

/* Stage 5 (extract_quotes.c): the quotes (x->qs) and their segments.
 * 0, or -1 when out of memory. */
int find_quotes(ctx *x);

/* The inline helpers below, declared first: some ask others defined
 * after them. */
static inline __attribute__((always_inline)) int is_cue(ctx *x, int32_t i);
static inline __attribute__((always_inline)) int word_is(ctx *x, int32_t i, const char *w);
static inline uint32_t tflags(ctx *x, int32_t i);
static inline int str_in(const char *s, size_t n, const char *const *w);
static inline int ing_form(ctx *x, int32_t c);
static inline int past_verb(ctx *x, int32_t i);
static inline int finite_cue(ctx *x, int32_t c);
static inline int and_opens_clause(ctx *x, int32_t k);

static inline unsigned char lower_c(unsigned char c)
{
    return lower_tab[c];
}

/* Round speed18: str_in's filters, one per word list, in a table by the
 * list's address (open addressing, filled by str_in_unfiltered the first
 * time a list is asked, under a lock; list is published last, so a reader
 * who sees it sees the bits).  A bit (str_list_bit) is set for each entry's
 * first two bytes and length: a word whose bit is clear is in no entry. */
typedef struct {
    const char *const *list; /* NULL: free */
    uint64_t bits[4];
    /* each entry's str_list_key, in list order, padded to a multiple of
     * four with ~0 (no word's key); NULL when the pool ran out */
    const uint32_t *keys;
    uint32_t nkeys;
} __attribute__((aligned(64))) str_list_filter;

enum { STR_LIST_SLOT_BITS = 10, STR_LIST_SLOTS = 1 << STR_LIST_SLOT_BITS };

extern str_list_filter str_list_filters[STR_LIST_SLOTS];

static inline uint32_t str_list_slot(const char *const *w)
{
    return (uint32_t)(((uint64_t)(uintptr_t)w * 0x9E3779B97F4A7C15u) >> (64 - STR_LIST_SLOT_BITS));
}

/* A word's first two bytes folded to lower case (c1 0 for a word of one
 * byte) and its length (past 65,535 bytes it wraps, which only lets more
 * words through to the comparison) */
static inline uint32_t str_list_key(uint32_t c0, uint32_t c1, size_t n)
{
    return c0 | c1 << 8 | (uint32_t)n << 16;
}

/* The key of the word s[0..n) asked of a list: its first two bytes
 * folded to lower case. */
static inline uint32_t str_word_key(const char *s, size_t n)
{
    return str_list_key(lower_c((unsigned char)s[0]), n > 1 ? lower_c((unsigned char)s[1]) : 0, n);
}

static inline uint32_t str_list_bit(uint32_t key)
{
    return (key * 0x9E3779B1u) >> 24;
}

/* str_in for a word the filter f (of list w) let through: the entries
 * whose key is the word's are compared. */
int str_in_filtered(const char *s, size_t n, const str_list_filter *f);

/* str_in when w is not in its home slot: found further on, or given its
 * filter now, then asked as str_in does (a scan when the table is full). */
int str_in_unfiltered(const char *s, size_t n, const char *const *w);

/* How many of the tokens t[0..n) start before byte off (tokens are in
 * text order): the first token at or after off, or n when none. */
static inline int32_t tokens_before(const ctx *x, int32_t n, uint32_t off)
{
    int32_t lo = 0, hi = n;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (x->t[mid].s < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Speed round 22: the first p >= from with p + l <= n, s[p + i] == a and
 * s[p + j] == b (i, j < l), or n when none: where a word of l bytes with
 * those two bytes may start (common_word_persons' search for a name in
 * lower case, by its rarest letter and another: memchr on the rarest
 * alone stopped 52 times a name on real news, at 50 instructions a stop).
 * Thirty-two starts a step, then sixteen, while the loads stay in
 * s[0..n), then a byte at a time. */
static inline size_t text_find_pair(const char *s, size_t n, size_t from, size_t l, size_t i, unsigned char a,
                                    size_t j, unsigned char b)
{
    if (l > n) return n;
    size_t last = n - l, p = from;
#if defined(__SSE2__)
    size_t far = i > j ? i : j;
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
    for (; p + far + 32 <= n; p += 32) {
        __m128i e0 = _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + p + i)), va),
                                   _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + p + j)), vb));
        __m128i e1 =
            _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + p + 16 + i)), va),
                          _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + p + 16 + j)), vb));
        if (_mm_movemask_epi8(_mm_or_si128(e0, e1))) {
            unsigned m = (unsigned)_mm_movemask_epi8(e0) | (unsigned)_mm_movemask_epi8(e1) << 16;
            size_t q = p + (size_t)__builtin_ctz(m);
            return q <= last ? q : n; /* (no later start fits either) */
        }
    }
    for (; p + far + 16 <= n; p += 16) {
        __m128i ea = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + p + i)), va);
        __m128i eb = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + p + j)), vb);
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(ea, eb));
        if (m) {
            size_t q = p + (size_t)__builtin_ctz(m);
            return q <= last ? q : n; /* (no later start fits either) */
        }
    }
#endif
    for (; p <= last; p++)
        if ((unsigned char)s[p + i] == a && (unsigned char)s[p + j] == b) return p;
    return n;
}

static inline uint32_t hash_lower(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ lower_c((unsigned char)s[i])) * 16777619u;
    return h ? h : 1;
}

/* Length of a word without a final possessive 's / ’s. */
static inline size_t strip_poss(const char *w, size_t n)
{
    /* one test of the final s (either case) before the marks */
    if (n <= 2 || (w[n - 1] | 0x20) != 's') return n;
    if (w[n - 2] == '\'') return n - 2;
    if (n > 4 && (unsigned char)w[n - 2] == 0x99 && (unsigned char)w[n - 3] == 0x80 && (unsigned char)w[n - 4] == 0xE2)
        return n - 4;
    return n;
}

/* Length of a word without a final clitic: the possessive or "is"/"has"
 * 's, and 'd, 'll, 're, 've, 'm (straight or ’) — "he'd", "she’ll",
 * "they're" are their pronoun as a subject.  n when there is none. */
static inline size_t strip_clitic(const char *w, size_t n)
{
    size_t k = strip_poss(w, n);
    return k != n ? k : clitic_len(w, n);
}

/* Whether the listed abbreviation s[start..start+wl) closes a name.
 * Titles ("Sen.", "Lt."), "St.", "Jr.", "No.", "vs." and months lead on
 * to what follows; the rest (places: "Penn.", "Calif."; company suffixes:
 * "Corp.", "Inc.") close a name. */
static inline int abbr_closes(const char *s, size_t start, size_t wl)
{
    static const char *const lead_on[] = {"st", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
                                          "aug", "sep", "sept", "oct", "nov", "dec", NULL};
    if ((lx_flags(s + start, wl) | lx_flags(s + start, wl + 1)) & LX_TITLE) return 0; /* "Lt.", "Gen." */
    for (int k = 0; lead_on[k]; k++) {
        if (strlen(lead_on[k]) != wl) continue;
        size_t c = 0;
        while (c < wl && lower_c((unsigned char)s[start + c]) == (unsigned char)lead_on[k][c]) c++;
        if (c == wl) return 0;
    }
    return 1;
}

static inline int is_end_punct(uint32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

/* “Why?” Trump asked. — a capitalised name (up to three words, or a
 * pronoun) and a cue verb right after a quotation ending with . ! ? are
 * its attribution, not a new sentence. */
static inline int attribution_tail(ctx *x, int32_t i)
{
    static const char *const w[] = {"in", "on", "at", "during", "after", "before", "while", "from",
                                    "via", "about", "with", "to", "later", "earlier", "last",
                                    "this", "again", "recently", "when", "as", "afterward", NULL};
    if (x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP)) return 0;
    size_t n = x->t[i].e - x->t[i].s;
    const char *s = x->s + x->t[i].s;
    for (int k = 0; w[k]; k++)
        if (strlen(w[k]) == n && memcmp(w[k], s, n) == 0) return 1;
    return 0;
}

/* Whether the period of word i, a listed abbreviation that closes a name
 * (abbr_closes), ends its sentence before the capitalised word i + 1
 * ("Sean Penn. Penn said", "of Murex Corp. Others …"): not after a comma
 * ("Fresno, Calif. Mayor Tom Reed") nor an initial ("W. Va."). */
static inline int abbr_ends_sentence(ctx *x, int32_t i)
{
    tk *t = &x->t[i];
    size_t wl = t->e - t->s - 1;
    const char *w = x->s + t->s;
    if (wl < 2 || w[wl] != '.' || memchr(w, '.', wl)) return 0;
    if (i > 0 && x->t[i - 1].kind == T_PUNCT && x->t[i - 1].cp == ',') return 0;
    if (i > 0 && x->t[i - 1].kind == T_WORD && x->t[i - 1].e - x->t[i - 1].s == 2 && x->s[x->t[i - 1].e - 1] == '.')
        return 0;
    return abbr_closes(w, 0, wl);
}

/* Whether i is a token of the text (0 <= i < nt): one unsigned comparison,
 * nt being a count.  Asked by the helpers below on every call (speed18:
 * two comparisons were 20 M instructions more on real news). */
static inline int tok_ok(const ctx *x, int32_t i) { return (uint32_t)i < (uint32_t)x->nt; }

static inline const char *tx(ctx *x, int32_t i) { return x->s + x->t[i].s; }

static inline size_t tl(ctx *x, int32_t i) { return x->t[i].e - x->t[i].s; }

/* Whether tokens [a, b] are in title case, as a headline: three in four of
 * their words of four letters or more capitalised (so too with none). */
static inline int title_case_span(ctx *x, int32_t a, int32_t b, int *words)
{
    int n = 0, caps = 0;
    for (int32_t k = a; k <= b; k++)
        if (x->t[k].kind == T_WORD && tl(x, k) >= 4) {
            n++;
            caps += (x->t[k].flags & F_CAP) != 0;
        }
    *words = n;
    return caps * 4 >= n * 3;
}

static inline __attribute__((always_inline)) uint32_t tflags(ctx *x, int32_t i)
{
    tk *t = &x->t[i];
    if (t->kind != T_WORD) return 0;
    /* looked up once a token: the attribution scans ask again and again */
    if (!(t->lxf & LXF_KNOWN)) t->lxf = LXF_KNOWN | word_flags(tx(x, i), tl(x, i));
    return t->lxf & (LXF_KNOWN - 1);
}

/* lx_flags of word token i without a possessive (tx, strip_poss of tl): its
 * own entry's flags, all bits, from tflags' cache (no clitic's pronoun). */
static inline uint32_t tword_entry_flags(ctx *x, int32_t i)
{
    tflags(x, i);
    uint32_t f = x->t[i].lxf;
    return f & LXF_CLITIC ? 0 : f & ~LXF_KNOWN;
}

/* Inlined everywhere: w is a literal, so its length is a constant and
 * most words are rejected by their length alone. */
static inline __attribute__((always_inline)) int word_is(ctx *x, int32_t i, const char *w)
{
    if (!tok_ok(x, i) || x->t[i].kind != T_WORD) return 0;
    size_t n = tl(x, i);
    if (n != strlen(w)) return 0;
    /* w is lower case */
    const char *s = tx(x, i);
    for (size_t k = 0; k < n; k++)
        if (lower_c((unsigned char)s[k]) != (unsigned char)w[k]) return 0;
    return 1;
}

/* Whether word i is one of the lower-case words of the NULL-terminated
 * list w (a cheap first-letter test before each comparison). */
static inline int word_in(ctx *x, int32_t i, const char *const *w)
{
    if (!tok_ok(x, i) || x->t[i].kind != T_WORD) return 0;
    return str_in(tx(x, i), tl(x, i), w);
}

/* Whether s[0..n) is one of the lower-case words of the list w.  Most
 * words asked are in no list (six calls in seven over real news), and the
 * scan of a whole list (8.6 entries a call) was the cost: each list gets a
 * filter the first time it is asked (str_list_filter), and a word whose
 * bit is clear is answered without reading the list. */
static inline int str_in(const char *s, size_t n, const char *const *w)
{
    const str_list_filter *f = &str_list_filters[str_list_slot(w)];
    if (__atomic_load_n(&f->list, __ATOMIC_ACQUIRE) != w) return str_in_unfiltered(s, n, w);
    uint32_t b = str_list_bit(str_word_key(s, n));
    if (!((f->bits[b >> 6] >> (b & 63)) & 1)) return 0;
    return str_in_filtered(s, n, f);
}

static inline int punct_is(ctx *x, int32_t i, uint32_t cp)
{
    return tok_ok(x, i) && x->t[i].kind == T_PUNCT && x->t[i].cp == cp;
}

static inline int is_connector(ctx *x, int32_t i)
{
    static const char *const w[] = {"of", "de", "al", "bin", "van", "von", "der", "da",
                                    "del", "la", "le", "du", "el", "for", NULL};
    if (x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP) || tl(x, i) > 3) return 0;
    return word_in(x, i, w);
}

static inline int cap_word(ctx *x, int32_t i)
{
    if (!tok_ok(x, i) || x->t[i].kind != T_WORD || !(x->t[i].flags & F_CAP)) return 0;
    if (tl(x, i) == 1 && tx(x, i)[0] == 'I') return 0;
    /* I'm, I've, I’ll */
    if (tx(x, i)[0] == 'I' && tl(x, i) > 1 &&
        (tx(x, i)[1] == '\'' || (tl(x, i) > 3 && !memcmp(tx(x, i) + 1, "\xE2\x80\x99", 3))))
        return 0;
    return 1;
}

/* Whether the words a..b (a final possessive aside) are a listed
 * organisation. */
static inline int listed_org(ctx *x, int32_t a, int32_t b)
{
    size_t n = x->t[b].e - x->t[a].s - (tl(x, b) - strip_poss(tx(x, b), tl(x, b)));
    return (lx_flags(tx(x, a), n) & LX_ORG) != 0;
}

/* The mention covering token i, or -1. */
static inline int32_t mention_at(ctx *x, int32_t i)
{
    int32_t lo = 0, hi = x->nms - 1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if (x->ms[mid].t1 < i) lo = mid + 1;
        else if (x->ms[mid].t0 > i) hi = mid - 1;
        else return mid;
    }
    return -1;
}

/* Whether entity e may be called by a pronoun of sex g (0: any). */
static inline int gender_ok(ctx *x, int32_t e, int g)
{
    return !g || !x->ents[e].gender || x->ents[e].gender == g;
}

/* Whether s[0..n) is the lower-case word w of the same length n. */
static inline int same_word(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (lower_c((unsigned char)s[k]) != (unsigned char)w[k]) return 0;
    return 1;
}

/* "said Thursday his …", "said today that …": a day after a cue is no
 * content */
static inline int is_day(ctx *x, int32_t i)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "today", "yesterday", NULL};
    return x->t[i].kind == T_WORD && tl(x, i) >= 5 && word_in(x, i, days);
}

static inline int is_determiner(ctx *x, int32_t i)
{
    static const char *const w[] = {"the", "a", "an", "his", "her", "their", "its", "this",
                                    "that", "one", "another", "some", "several", "many",
                                    "two", "three", "our", "my", NULL};
    return word_in(x, i, w);
}

/* 0 when the word s[0..n) (the bytes of a word token, n >= 1) has no
 * LX_CUE entry; 1 when it may have one (ask lx_lookup).  tokenize_text
 * puts no white space, control byte or NUL in a word (letters, digits,
 * marks and the joiners ' - .), which lx_lookup would fold: speed20 took
 * out the test for them (the filter is asked of two million words on real
 * news). */
static inline int maybe_cue(const char *s, size_t n)
{
    if (n >= 64) return 1; /* lx_lookup answers (no key is that long) */
    uint32_t b = lx_cue_bit(lower_c((unsigned char)s[0]), lower_c((unsigned char)s[n > 1]),
                            lower_c((unsigned char)s[n - 1]), n);
    return (int)((lx_cue_filter[b >> 6] >> (b & 63)) & 1);
}

/* Whether word i is a cue verb (or noun) of an attribution.  The scans for
 * attributions ask it of every word of a window, and nearly all are no cue:
 * punctuation, quoted or capitalised words, words the cue filter rules out
 * (or known to be no cue) with no phrasal cue's next word.  Those are
 * answered here, inlined, by is_cue_slow's own tests in its order; the rest
 * (possessives, a filter hit, "according", "shot back") go to it. */
static inline __attribute__((always_inline)) int is_cue_tok(ctx *x, int32_t i)
{
    tk *t = &x->t[i];
    if (t->kind != T_WORD || t->q >= 0) return 0;
    uint32_t n = t->e - t->s;
    const char *w = x->s + t->s;
    if (n == 9 && (w[0] | 0x20) == 'a') return is_cue_slow(x, i);
    if (t->flags & F_CAP) return 0;
    int maybe;
    uint32_t lxf = t->lxf;
    if (lxf & (LXF_KNOWN | LXF_NOCUE)) maybe = (lxf & LX_CUE) != 0; /* (LXF_NOCUE: no LX_CUE) */
    else {
        maybe = maybe_cue(w, (w[n - 1] | 0x20) == 's' ? strip_poss(w, n) : n);
        if (!maybe) t->lxf = LXF_NOCUE;
    }
    if (!maybe) {
        if (i + 1 >= x->nt) return 0;
        /* the phrasal cues' first words: "shot back", "puts it", "went on" */
        uint32_t nn = t[1].e - t[1].s;
        if (nn == 4) {
            if (n < 3 || n > 6 || (w[0] != 's' && w[0] != 'f' && w[0] != 'h')) return 0;
        } else if (nn == 2) {
            if ((n != 3 && n != 4) || (w[0] != 'p' && w[0] != 'w' && w[0] != 'g')) return 0;
        } else
            return 0;
    }
    return is_cue_slow(x, i);
}

static inline __attribute__((always_inline)) int is_cue(ctx *x, int32_t i)
{
    return tok_ok(x, i) && is_cue_tok(x, i);
}

/* round 14: words for an unnamed informant that the description list
 * does not hold ("a source", "People familiar with …"). */
static inline int source_word(ctx *x, int32_t i)
{
    static const char *const w[] = {"source", "sources", "people", "People", "person", "insider", "insiders", NULL};
    return word_in(x, i, w);
}

/* round 15: whether token k (k >= 1) is the apostrophe of a plural
 * possessive, a token of its own glued to the word in -s before it
 * ("Producers' Association", "the prosecutors' office"). */
static inline int plural_poss_mark(ctx *x, int32_t k)
{
    const tk *t = &x->t[k], *w = &x->t[k - 1];
    return t->kind != T_WORD && t->s == w->e && t->e - t->s <= 3 && (x->s[t->s] == '\'' || t->cp == 0x2019) &&
           w->kind == T_WORD && (x->s[w->e - 1] | 0x20) == 's';
}

/* The part of clause_conj for "and" (token k, outside quotes). */
static inline int and_opens_clause(ctx *x, int32_t k)
{
    if (k < 1) return 0;
    if (punct_is(x, k - 1, ',')) return 1;
    return x->t[k - 1].kind == T_WORD && x->t[k - 1].q < 0 && !cap_word(x, k - 1) && !plural_noun(x, k - 1) &&
           !(ing_form(x, k - 1) && k + 1 < x->nt && ing_form(x, k + 1)) &&
           !(tflags(x, k - 1) & (LX_DESC | LX_TITLE | LX_PRONOUN));
}

/* Round 16: whether the name sp is followed by the body it speaks for
 * ("…, said Stuart Hensel of the Harbour Unit", "said Ana Reis of the
 * union"): a capitalised name, then "of" and a determiner. */
static inline int name_of_body(ctx *x, tspan sp)
{
    if (!(cap_word(x, sp.a) && cap_word(x, sp.b) && sp.b + 2 < x->nt && word_is(x, sp.b + 1, "of") &&
          word_is(x, sp.b + 2, "the")))
        return 0;
    /* ... which ends the clause within five words (not "said Kelmouth Corp
     * of the U.S. Was selling its stake") */
    int32_t m = sp.b + 3;
    while (m < x->nt && m <= sp.b + 8 && x->t[m].kind == T_WORD && x->t[m].q < 0 && !word_in(x, m, finite_aux)) m++;
    return m < x->nt && m <= sp.b + 8 && (punct_is(x, m, '.') || punct_is(x, m, ','));
}

static inline int ing_form(ctx *x, int32_t c)
{
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    return n > 4 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g';
}

/* Round 16: whether cue c is a finite verb by its form: a past tense in
 * -ed or "said", "told", "wrote", or "says" (not another -s form: "and
 * comments", "notes written" are nouns), and not "agreed to" (an
 * agreement to act, no speech). */
static inline int finite_cue(ctx *x, int32_t c)
{
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    if (n < 4) return 0;
    if (word_is(x, c, "said") || word_is(x, c, "told") || word_is(x, c, "wrote") || word_is(x, c, "says"))
        return 1;
    if (w[n - 2] != 'e' || w[n - 1] != 'd') return 0;
    return !(word_is(x, c, "agreed") && c + 1 < x->nt && word_is(x, c + 1, "to"));
}

static inline int past_verb(ctx *x, int32_t i)
{
    if (x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP) || x->t[i].q >= 0) return 0;
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    return n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

#endif
