/*
 * Quotation, speaker and entity extraction with rules and lexicons
 * (docs/EXTRACTION.md).  One pass scans the text into word, punctuation,
 * quotation-mark and paragraph tokens; quotation marks are paired into
 * regions; sentences are cut outside the regions; capitalised sequences
 * become entity mentions linked within the article; then every sentence
 * holding a region (or, for reported speech, a cue verb) is matched against
 * the attribution patterns.  All memory comes from the caller's arena.
 */
#include "extract.h"
#include "extract_internal.h"
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

enum { T_WORD = 1, T_PUNCT, T_QMARK, T_PARA };
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
    uint16_t lxf;       /* lexicon flags | LXF_KNOWN once looked up (tflags) */
} tk;
#define LXF_KNOWN 0x8000u

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

/* ---------------------------------------------------------------- text */

/* ASCII lower case by table: one load, for the hashing and comparing of
 * words that runs on every capitalised run. */
#define LC_F(c) ((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))
#define LC_R4(b) LC_F(b), LC_F(b + 1), LC_F(b + 2), LC_F(b + 3)
#define LC_R16(b) LC_R4(b), LC_R4(b + 4), LC_R4(b + 8), LC_R4(b + 12)
#define LC_R64(b) LC_R16(b), LC_R16(b + 16), LC_R16(b + 32), LC_R16(b + 48)
static const unsigned char lower_tab[256] = {LC_R64(0), LC_R64(64), LC_R64(128), LC_R64(192)};
#undef LC_F
#undef LC_R4
#undef LC_R16
#undef LC_R64
static inline unsigned char lower_c(unsigned char c)
{
    return lower_tab[c];
}

static uint32_t hash_lower(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ lower_c((unsigned char)s[i])) * 16777619u;
    return h ? h : 1;
}

/* Length of a word without a final possessive 's / ’s. */
static size_t strip_poss(const char *w, size_t n)
{
    if (n > 2 && (w[n - 1] == 's' || w[n - 1] == 'S') && w[n - 2] == '\'') return n - 2;
    if (n > 4 && (w[n - 1] == 's' || w[n - 1] == 'S') && (unsigned char)w[n - 2] == 0x99 &&
        (unsigned char)w[n - 3] == 0x80 && (unsigned char)w[n - 4] == 0xE2)
        return n - 4;
    return n;
}

/* Length of a word without a final clitic: the possessive or "is"/"has"
 * 's, and 'd, 'll, 're, 've, 'm (straight or ’) — "he'd", "she’ll",
 * "they're" are their pronoun as a subject.  n when there is none. */
static size_t clitic_len(const char *w, size_t n);
static size_t strip_clitic(const char *w, size_t n)
{
    size_t k = strip_poss(w, n);
    return k != n ? k : clitic_len(w, n);
}

/* strip_clitic's 'd, 'll, 're, 've, 'm (not 's) */
static size_t clitic_len(const char *w, size_t n)
{
    if (n < 3) return n;
    unsigned char l = (unsigned char)(w[n - 1] | 0x20);
    size_t c = 1; /* letters of the clitic */
    if (l == 'l' || l == 'e') {
        unsigned char l2 = (unsigned char)(w[n - 2] | 0x20);
        if ((l == 'l' && l2 != 'l') || (l == 'e' && l2 != 'r' && l2 != 'v')) return n;
        c = 2;
    } else if (l != 'd' && l != 'm')
        return n;
    if (n > c + 1 && w[n - c - 1] == '\'') return n - c - 1;
    if (n > c + 3 && (unsigned char)w[n - c - 1] == 0x99 && (unsigned char)w[n - c - 2] == 0x80 &&
        (unsigned char)w[n - c - 3] == 0xE2)
        return n - c - 3;
    return n;
}

static inline int is_alnum_ascii(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
static inline int is_alpha_ascii(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ASCII byte classes for the scanner's fast path (a constant table: no
 * initialisation, thread-safe). */
enum { BC_ALPHA = 1, BC_DIGIT = 2, BC_LOWER = 4, BC_SPACE = 8 /* cp_is_space */, BC_NL = 16,
       BC_JOIN = 32 /* ' - . may join the parts of a word */ };
#define BC_UP_ BC_ALPHA
#define BC_LO_ (BC_ALPHA | BC_LOWER)
static const uint8_t byte_cls[256] = {
    ['\''] = BC_JOIN, ['-'] = BC_JOIN, ['.'] = BC_JOIN,
    ['\n'] = BC_NL, ['\t'] = BC_SPACE, ['\v'] = BC_SPACE, ['\f'] = BC_SPACE, ['\r'] = BC_SPACE, [' '] = BC_SPACE,
    ['0'] = BC_DIGIT, ['1'] = BC_DIGIT, ['2'] = BC_DIGIT, ['3'] = BC_DIGIT, ['4'] = BC_DIGIT,
    ['5'] = BC_DIGIT, ['6'] = BC_DIGIT, ['7'] = BC_DIGIT, ['8'] = BC_DIGIT, ['9'] = BC_DIGIT,
    ['A'] = BC_UP_, ['B'] = BC_UP_, ['C'] = BC_UP_, ['D'] = BC_UP_, ['E'] = BC_UP_, ['F'] = BC_UP_,
    ['G'] = BC_UP_, ['H'] = BC_UP_, ['I'] = BC_UP_, ['J'] = BC_UP_, ['K'] = BC_UP_, ['L'] = BC_UP_,
    ['M'] = BC_UP_, ['N'] = BC_UP_, ['O'] = BC_UP_, ['P'] = BC_UP_, ['Q'] = BC_UP_, ['R'] = BC_UP_,
    ['S'] = BC_UP_, ['T'] = BC_UP_, ['U'] = BC_UP_, ['V'] = BC_UP_, ['W'] = BC_UP_, ['X'] = BC_UP_,
    ['Y'] = BC_UP_, ['Z'] = BC_UP_,
    ['a'] = BC_LO_, ['b'] = BC_LO_, ['c'] = BC_LO_, ['d'] = BC_LO_, ['e'] = BC_LO_, ['f'] = BC_LO_,
    ['g'] = BC_LO_, ['h'] = BC_LO_, ['i'] = BC_LO_, ['j'] = BC_LO_, ['k'] = BC_LO_, ['l'] = BC_LO_,
    ['m'] = BC_LO_, ['n'] = BC_LO_, ['o'] = BC_LO_, ['p'] = BC_LO_, ['q'] = BC_LO_, ['r'] = BC_LO_,
    ['s'] = BC_LO_, ['t'] = BC_LO_, ['u'] = BC_LO_, ['v'] = BC_LO_, ['w'] = BC_LO_, ['x'] = BC_LO_,
    ['y'] = BC_LO_, ['z'] = BC_LO_,
};
#undef BC_UP_
#undef BC_LO_

static int cp_is_wordy_u(uint32_t cp)
{
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}
static inline int cp_is_wordy(uint32_t cp)
{
    if (cp < 0x80) return (byte_cls[cp] & (BC_ALPHA | BC_DIGIT)) != 0;
    return cp_is_wordy_u(cp);
}

static inline int cp_is_space(uint32_t cp)
{
    if (cp < 0x80) return (byte_cls[cp] & BC_SPACE) != 0;
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF || cp == 0xAD;
}

static int cp_is_qmark(uint32_t cp)
{
    return cp == '"' || cp == '\'' || (cp >= 0x2018 && cp <= 0x201F) || cp == 0xAB ||
           cp == 0xBB || cp == 0x2039 || cp == 0x203A;
}

static uint32_t peek_cp(const char *s, size_t n, size_t i)
{
    if (i >= n) return 0;
    if ((unsigned char)s[i] < 0x80) return (unsigned char)s[i];
    size_t j = i;
    return utf8_next(s, n, &j);
}

/* The code point before byte i (0 at the start). */
static uint32_t prev_cp(const char *s, size_t i)
{
    if (i == 0) return 0;
    if ((unsigned char)s[i - 1] < 0x80) return (unsigned char)s[i - 1];
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4) j--;
    size_t k = j;
    return utf8_next(s, i, &k);
}

/* Makes room for one more token.  The array starts at an estimate (news
 * text runs about one token per 5 bytes, one per 4 in 95% of the articles
 * of /tmp/bd/corpus/real.jsonl) and grows to the rate seen so far projected
 * over the rest of the text; it was sized one token (32 bytes) per input
 * byte. */
static int grow_tokens(ctx *x, int32_t nt, size_t at, size_t room)
{
    /* nt tokens are kept; room for `room` more */
    size_t need = (size_t)nt + room, cap = need + need / 4 + 64;
    if (at > 0) {
        size_t proj = (size_t)((double)nt * (double)x->n / (double)at);
        proj += proj / 8 + 64;
        if (proj > cap) cap = proj;
    }
    if (cap > x->n + 2) cap = x->n + 2;
    if (cap < need) cap = need;
    tk *t = arena_alloc(x->a, sizeof(tk) * cap);
    if (!t) return -1;
    if (nt) memcpy(t, x->t, sizeof(tk) * (size_t)nt);
    x->t = t;
    x->cap_t = (int32_t)cap;
    return 0;
}

#if defined(__SSE2__)
/* The run of ASCII letters and digits at s[i], within the 16 bytes there:
 * returns its length (16 when it goes on) and adds to *letters (saturating
 * at 2 a call: the scanner only asks whether a word has two) and *acc
 * (BC_LOWER when it holds a lower-case letter) what the byte loop would.
 * Same range tests as tokenize_word_mask_ in lib/tokenize.h. */
static inline unsigned word_run16(const char *s, size_t i, int *letters, unsigned *acc)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i lx = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i bias = _mm_set1_epi8((char)(0x80 - 'a')), lim = _mm_set1_epi8(26 - 0x80);
    unsigned al = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(lx, bias), lim));
    unsigned lo = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, bias), lim));
    unsigned dg = (unsigned)_mm_movemask_epi8(
        _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8(10 - 0x80)));
    unsigned r = (unsigned)__builtin_ctz(~(al | dg)); /* at most 16 */
    unsigned in = (1u << r) - 1;
    al &= in;
    *letters += (al != 0) + ((al & (al - 1)) != 0);
    if (lo & in) *acc |= BC_LOWER;
    return r;
}
#endif

/* Whether the listed abbreviation s[start..start+wl) closes a name.
 * Titles ("Sen.", "Lt."), "St.", "Jr.", "No.", "vs." and months lead on
 * to what follows; the rest (places: "Penn.", "Calif."; company suffixes:
 * "Corp.", "Inc.") close a name. */
static int abbr_closes(const char *s, size_t start, size_t wl)
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

static int tokenize_text(ctx *x)
{
    const char *s = x->s;
    size_t n = x->n;
    size_t est = n / 4 + 64;
    if (est > n + 2) est = n + 2;
    x->t = arena_alloc(x->a, sizeof(tk) * est);
    if (!x->t) return -1;
    x->cap_t = (int32_t)est;
    int32_t nt = 0, n_qmarks = 0, n_caps = 0;
    uint32_t para = 0;
    size_t i = 0;
    /* Text wrapped at a fixed width with indented paragraphs (the Reuters
     * archive: "…the International\nMonetary Fund…", "\n    Shr 72 cts"):
     * a newline not followed by a blank is a space, not a paragraph end.
     * Known by no line longer than 100 bytes and an indented line, or
     * (round 15: a one-paragraph item, "Epitope Inc said it has\ndeveloped
     * …\n Reuter") a line that goes on with a lower-case word. */
    int wrapped = 0;
    {
        size_t line = 0, longest = 0;
        int indented = 0;
        for (const char *p = s, *end = s + n; p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t len = (size_t)((nl ? nl : end) - p);
            if (len > longest) longest = len;
            if (!nl) break;
            if (nl + 4 < end && nl[1] == ' ' && nl[2] == ' ' && nl[3] == ' ' && nl[4] == ' ') indented = 1;
            if (nl > p && nl + 1 < end && nl[1] >= 'a' && nl[1] <= 'z' &&
                ((nl[-1] >= 'a' && nl[-1] <= 'z') || nl[-1] == ','))
                indented = 1;
            p = nl + 1;
            line++;
        }
        wrapped = indented && longest <= 100 && line > 1;
    }
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            if (wrapped && i > 0 && s[i - 1] != '\n' && i + 1 < n && s[i + 1] != ' ' && s[i + 1] != '\t' &&
                s[i + 1] != '\n' && s[i + 1] != '\r') {
                i++; /* a wrapped line goes on */
                continue;
            }
            if (nt > 0 && x->t[nt - 1].kind != T_PARA) {
                if (nt >= x->cap_t && grow_tokens(x, nt, i, 1)) return -1;
                tk *p = &x->t[nt++];
                memset(p, 0, sizeof *p);
                p->kind = T_PARA;
                p->q = -1;
                p->s = (uint32_t)i;
                p->e = (uint32_t)i + 1;
                p->para = para;
                para++;
            }
            i++;
            continue;
        }
        uint32_t cp;
        uint8_t cls = 0;
        if (c < 0x80) {
            cls = byte_cls[c];
            if (cls & BC_SPACE) { i++; continue; }
            cp = c;
        } else {
            size_t j = i;
            cp = utf8_next(s, n, &j);
            if (cp_is_space(cp)) { i = j; continue; }
        }
        size_t start = i;
        if (nt >= x->cap_t && grow_tokens(x, nt, i, 1)) return -1;
        tk *t = &x->t[nt];
        t->q = -1;
        t->para = para;
        t->sent = 0;
        t->cp = 0;
        t->flags = 0;
        t->lxf = 0;
        if (c < 0x80 ? (cls & (BC_ALPHA | BC_DIGIT)) != 0 : cp_is_wordy_u(cp)) {
            /* A word: letters, digits, marks; apostrophes, hyphens and dots
             * between letters stay inside ("O’Brien", "Jean-Claude",
             * "U.S"). */
            int upper_all = 1, letters = 0, seg = 0, has_dot = 0;
            unsigned acc = 0; /* byte classes of the ASCII letters and digits */
            if (c < 0x80) {
                if ((cls & (BC_ALPHA | BC_LOWER)) == BC_ALPHA) t->flags |= F_CAP;
                if (cls & BC_DIGIT) t->flags |= F_DIGIT;
            } else if (utf8proc_isupper((utf8proc_int32_t)cp)) t->flags |= F_CAP;
            for (;;) {
                /* the common case: a run of ASCII letters and digits (16
                 * bytes at a time while the text has them) */
                size_t run = i;
#if defined(__SSE2__)
                while (n - i >= 16) {
                    unsigned r = word_run16(s, i, &letters, &acc);
                    i += r;
                    if (r < 16) goto run_end;
                }
#endif
                while (i < n) {
                    uint8_t k = byte_cls[(unsigned char)s[i]];
                    if (!(k & (BC_ALPHA | BC_DIGIT))) break;
                    acc |= k;
                    letters += k & BC_ALPHA;
                    i++;
                }
#if defined(__SSE2__)
            run_end:
#endif
                seg += (int)(i - run);
                if (i >= n) break;
                unsigned char d = (unsigned char)s[i];
                if (d < 0x80) {
                    if (!(byte_cls[d] & BC_JOIN)) break; /* not ' - . */
                    unsigned char nx = i + 1 < n ? (unsigned char)s[i + 1] : 0;
                    if ((d == '\'' || d == '-') && i > start && is_alpha_ascii((unsigned char)s[i - 1]) &&
                        (is_alpha_ascii(nx) || nx >= 0x80)) {
                        if (nx >= 0x80 && !cp_is_wordy(peek_cp(s, n, i + 1))) break;
                        i++;
                        seg = 0;
                        continue;
                    }
                    if (d == '.' && seg == 1 && is_alpha_ascii(nx) &&
                        (i + 2 >= n || !is_alnum_ascii((unsigned char)s[i + 2]))) {
                        i++;
                        seg = 0;
                        has_dot = 1;
                        continue;
                    }
                    break;
                }
                size_t j = i;
                uint32_t e = utf8_next(s, n, &j);
                if (cp_is_wordy_u(e)) {
                    letters++;
                    if (!utf8proc_isupper((utf8proc_int32_t)e)) upper_all = 0;
                    seg++;
                    i = j;
                    continue;
                }
                if ((e == 0x2019 || e == 0x02BC) && i > start && cp_is_wordy(prev_cp(s, i)) &&
                    j < n && cp_is_wordy(peek_cp(s, n, j))) {
                    i = j;
                    seg = 0;
                    continue;
                }
                if (e == 0xAD || e == 0x200D || e == 0x200C || e == 0x2060) { i = j; continue; }
                break;
            }
            if (acc & BC_LOWER) upper_all = 0;
            if (upper_all && letters >= 2) t->flags |= F_ACRO;
            /* A final period after an initial, "U.S" or a known abbreviation
             * belongs to the word and ends no sentence. */
            if (i < n && s[i] == '.') {
                size_t wl = i - start;
                if (has_dot || (wl == 1 && (t->flags & F_CAP)) ||
                    (wl <= 5 && (lx_flags(s + start, wl) & LX_ABBR))) {
                    i++;
                    t->flags |= F_ABBR;
                }
            }
            t->kind = T_WORD;
            n_caps += (t->flags & F_CAP) != 0;
        } else if ((c == '\'' && i + 1 < n && s[i + 1] == '\'' &&
                    /* "they say, 'Go back,''' said X": three apostrophes
                     * after a word close a single mark inside a double one:
                     * the single first */
                    !(i + 2 < n && s[i + 2] == '\'' && !(i + 3 < n && s[i + 3] == '\'') && i > 0 &&
                      s[i - 1] != ' ' && s[i - 1] != '\n')) ||
                   (c == '`' && i + 1 < n && s[i + 1] == '`')) {
            /* Two apostrophes (or backquotes) are a typewriter double
             * quotation mark (''...'', ``...''): the NYT archive writes
             * them so.  Paired as a straight '"'. */
            i += 2;
            t->cp = '"';
            t->kind = T_QMARK;
            n_qmarks++;
        } else {
            if (c < 0x80) i++;
            else utf8_next(s, n, &i);
            t->cp = cp;
            t->kind = cp_is_qmark(cp) ? T_QMARK : T_PUNCT;
            n_qmarks += t->kind == T_QMARK;
        }
        t->s = (uint32_t)start;
        t->e = (uint32_t)i;
        /* white space (or a newline, or the text's edge) on either side */
        if (start == 0) t->left_space = 1;
        else if ((unsigned char)s[start - 1] < 0x80)
            t->left_space = (byte_cls[(unsigned char)s[start - 1]] & (BC_SPACE | BC_NL)) != 0;
        else {
            /* a stray continuation byte steps back to the code point before
             * it, which may be a newline */
            uint32_t pc = prev_cp(s, start);
            t->left_space = cp_is_space(pc) || pc == '\n';
        }
        if (i >= n) t->right_space = 1;
        else if ((unsigned char)s[i] < 0x80) {
            uint8_t k = byte_cls[(unsigned char)s[i]];
            t->right_space = (k & (BC_SPACE | BC_NL)) != 0;
            i += (k & BC_SPACE) != 0; /* the loop would skip it next */
        } else {
            uint32_t nc = peek_cp(s, n, i);
            t->right_space = cp_is_space(nc) || nc == '\n';
        }
        nt++;
    }
    x->n_qmarks = n_qmarks;
    x->n_caps = n_caps;
    /* later passes may look one or two tokens past the end */
    if (nt + 2 > x->cap_t && grow_tokens(x, nt, n, 2)) return -1;
    x->nt = nt;
    return 0;
}

/* ---------------------------------------------------------- quotations */

enum { FAM_CURLY = 1, FAM_STRAIGHT, FAM_GUILL, FAM_SINGLE };

static int is_end_punct(uint32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static int punct_opening(uint32_t cp)
{
    return cp == '(' || cp == '[' || cp == '{' || cp == 0x2014 || cp == 0x2013 || cp == '-' ||
           cp == '/' || cp == ':' ||
           /* round 10: a bidirectional control (U+202A …) pasted before
            * a mark at a paragraph start hides the space before it */
           cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Whether mark token i may open (1) or close (2) a quotation: flanking by
 * white space and punctuation. */
static int flank(ctx *x, int32_t i)
{
    tk *t = &x->t[i];
    int left_open = t->left_space || (i > 0 && x->t[i - 1].kind == T_PARA) ||
                    (i > 0 && x->t[i - 1].e == t->s &&
                     ((x->t[i - 1].kind == T_PUNCT && punct_opening(x->t[i - 1].cp)) ||
                      (x->t[i - 1].kind == T_QMARK)));
    int right_closed = t->right_space || i + 1 >= x->nt || x->t[i + 1].kind == T_PARA ||
                       (x->t[i + 1].s == t->e && (x->t[i + 1].kind == T_PUNCT || x->t[i + 1].kind == T_QMARK));
    int r = 0;
    if (left_open && !right_closed) r |= 1;
    if (right_closed && !left_open) r |= 2;
    if (left_open && right_closed) r |= 3;
    if (!left_open && !right_closed) r |= 3; /* glued on both sides: ambiguous */
    return r;
}

static int add_region(ctx *x, int32_t t0, int32_t t1, int closed, int single)
{
    if (t1 < t0) return 0;
    region *g = &x->r[x->nr];
    g->t0 = t0;
    g->t1 = t1;
    g->s = x->t[t0].s;
    g->e = x->t[t1].e;
    g->closed = closed;
    g->single = single;
    /* Single marks need two words inside: 'n' in rock 'n' roll is no quote. */
    if (single) {
        int words = 0;
        for (int32_t k = t0 + 1; k < t1; k++) words += x->t[k].kind == T_WORD;
        if (words < 2 || !closed) return 0;
    }
    if (t1 == t0) return 0;
    for (int32_t k = t0; k <= t1; k++) x->t[k].q = x->nr;
    x->nr++;
    return 0;
}

/* The first token of the paragraph after paragraph break p, or -1. */
static int32_t next_para_first(ctx *x, int32_t p)
{
    return p + 1 < x->nt ? p + 1 : -1;
}

static int find_regions(ctx *x)
{
    /* each region opens at a quotation mark of its own */
    x->r = arena_alloc(x->a, sizeof(region) * ((size_t)x->n_qmarks + 1));
    if (!x->r) return -1;
    x->nr = 0;
    int32_t open = -1, fam = 0;     /* double (or top-level single) quote */
    int nest = 0;                   /* nested “…” inside an open “ */
    /* Only marks and paragraph ends open, close or cut a quotation: the
     * words and punctuation between them are skipped in a tight loop.  The
     * last token inside an open quotation at a paragraph end is the one
     * before it (never a paragraph end: two never follow each other, and
     * the quotation opened before it), and at the text's end the last
     * token. */
    for (int32_t i = 0; i < x->nt; i++) {
        while (i < x->nt && x->t[i].kind != T_QMARK && x->t[i].kind != T_PARA) i++;
        if (i >= x->nt) break;
        tk *t = &x->t[i];
        if (t->kind == T_PARA) {
            if (open >= 0) {
                int32_t f = next_para_first(x, i);
                int reopen = 0;
                if (f >= 0 && x->t[f].kind == T_QMARK && fam != FAM_SINGLE) {
                    uint32_t c = x->t[f].cp;
                    reopen = (fam == FAM_CURLY && (c == 0x201C || c == 0x201E || c == 0x201D)) ||
                             (fam == FAM_STRAIGHT && c == '"') ||
                             (fam == FAM_GUILL && (c == 0xAB || c == 0xBB));
                }
                if (reopen) {
                    i = f; /* the reopening mark stays inside */
                    nest = 0;
                    continue;
                }
                /* Unbalanced: the quote stops at the paragraph end. */
                add_region(x, open, i - 1, 0, fam == FAM_SINGLE);
                open = -1;
            }
            continue;
        }
        uint32_t c = t->cp;
        int fl = flank(x, i);
        if (open < 0) {
            int f = 0;
            if ((c == 0x201C || c == 0x201E || c == 0x201F) && (fl & 1)) f = FAM_CURLY;
            else if (c == 0x201D && fl == 1) f = FAM_CURLY;
            else if (c == '"' && (fl & 1)) f = FAM_STRAIGHT;
            else if (c == 0xAB && (fl & 1)) f = FAM_GUILL;
            else if ((c == 0x2018 || c == 0x201A || c == 0x2039) && fl == 1) f = FAM_SINGLE;
            else if (c == '\'' && fl == 1 && i + 1 < x->nt && x->t[i + 1].kind == T_WORD) f = FAM_SINGLE;
            if (f) {
                open = i;
                fam = f;
                nest = 0;
            }
            continue;
        }
        /* A quotation is open: does this mark close it? */
        int closes = 0;
        if (fam == FAM_CURLY) {
            /* “… the number of “cell phone only” households …”: a clear
             * opener inside a sentence is a nested quotation in the same
             * marks, and the next closer is its own; after . ! ? it is a
             * stray reopening (“A. “B,” X added.: the first closer was
             * forgotten) */
            if (c == 0x201C && fl == 1 && i > open + 1 &&
                !(x->t[i - 1].kind == T_PUNCT && (is_end_punct(x->t[i - 1].cp) || x->t[i - 1].cp == ':'))) {
                nest++;
                continue;
            }
            if (c == 0x201D && nest > 0 && !(fl == 2 && i + 1 < x->nt && x->t[i + 1].kind == T_PARA)) {
                nest--;
                continue;
            }
            if (c == 0x201D) closes = 1;
            else if (c == 0x201C && (fl == 2) && x->t[open].cp == 0x201E) closes = 1;
            else if (c == 0x201C && fl == 2) closes = 1;
            /* and a straight closer after punctuation closes a curly one */
            else if (c == '"' && fl == 2 && i > 0 && x->t[i - 1].kind == T_PUNCT && x->t[i - 1].e == t->s &&
                     (x->t[i - 1].cp == ',' || is_end_punct(x->t[i - 1].cp)) &&
                     !(i + 1 < x->nt && x->t[i + 1].kind == T_QMARK && x->t[i + 1].s == t->e))
                closes = 1;
        } else if (fam == FAM_STRAIGHT) {
            closes = c == '"' && (fl & 2);
            /* scraped text mixes families: "Never underestimate him,” Reid
             * said — a curly closer after punctuation, not followed by a
             * straight mark, closes a straight quotation */
            if (c == 0x201D && fl == 2 && i > 0 && x->t[i - 1].kind == T_PUNCT && x->t[i - 1].e == t->s &&
                (x->t[i - 1].cp == ',' || is_end_punct(x->t[i - 1].cp)) &&
                !(i + 1 < x->nt && x->t[i + 1].kind == T_QMARK && x->t[i + 1].s == t->e))
                closes = 1;
        } else if (fam == FAM_GUILL) {
            closes = c == 0xBB;
        } else if (fam == FAM_SINGLE) {
            closes = (c == 0x2019 || c == '\'' || c == 0x203A) && (fl & 2) && !(fl & 1 && fl != 3);
        }
        if (closes) {
            add_region(x, open, i, 1, fam == FAM_SINGLE);
            open = -1;
        }
        /* Anything else inside is nesting or a stray reopening: content. */
    }
    if (open >= 0) add_region(x, open, x->nt - 1, 0, fam == FAM_SINGLE);
    return 0;
}

/* ----------------------------------------------------------- sentences */


static int starts_sentence(ctx *x, int32_t j)
{
    if (j >= x->nt) return 1;
    tk *t = &x->t[j];
    if (t->kind == T_PARA) return 1;
    if (t->kind == T_WORD) return (t->flags & (F_CAP | F_DIGIT)) != 0;
    if (t->kind == T_QMARK) return 1;
    if (t->kind == T_PUNCT) return t->cp == '(' || t->cp == '[' || t->cp == 0x2014;
    return 0;
}


/* “Why?” Trump asked. — a capitalised name (up to three words, or a
 * pronoun) and a cue verb right after a quotation ending with . ! ? are
 * its attribution, not a new sentence. */
static int attribution_tail(ctx *x, int32_t i)
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

/* `introduced`: the quotation that ends before j was itself introduced by
 * a cue ("X said, “A.”"), so "He added, “B.”" after it is a new sentence
 * with a quotation of its own, not the attribution of "“A.”". */
static int attribution_follows(ctx *x, int32_t j, int introduced)
{
    for (int32_t k = j; k < x->nt && k < j + 3; k++) {
        tk *t = &x->t[k];
        if (t->kind != T_WORD || !(t->flags & F_CAP)) return 0;
        if (k + 1 < x->nt && x->t[k + 1].kind == T_WORD && !(x->t[k + 1].flags & F_CAP) &&
            (lx_flags(x->s + x->t[k + 1].s, x->t[k + 1].e - x->t[k + 1].s) & LX_CUE)) {
            if (introduced && k + 3 < x->nt && x->t[k + 2].kind == T_PUNCT &&
                (x->t[k + 2].cp == ',' || x->t[k + 2].cp == ':') && x->t[k + 3].kind == T_QMARK)
                return 0;
            /* “A.” Tom Reed said: “B.” — a cue and a colon introduce the
             * next quotation, whatever came before */
            if (k + 3 < x->nt && x->t[k + 2].kind == T_PUNCT && x->t[k + 2].cp == ':' && x->t[k + 3].kind == T_QMARK)
                return 0;
            if (k + 2 >= x->nt || x->t[k + 2].kind == T_PUNCT || attribution_tail(x, k + 2)) return 1;
            /* “Why?” Obama asked Republican politicians. — an addressee of
             * up to three words closing the sentence */
            size_t cn = x->t[k + 1].e - x->t[k + 1].s;
            const char *cw = x->s + x->t[k + 1].s;
            if (!((cn == 5 && (memcmp(cw, "asked", 5) == 0 || memcmp(cw, "tells", 5) == 0)) ||
                  (cn == 4 && (memcmp(cw, "asks", 4) == 0 || memcmp(cw, "told", 4) == 0))))
                return 0;
            for (int32_t m = k + 2; m < x->nt && m <= k + 5; m++) {
                if (x->t[m].kind == T_PUNCT) return x->t[m].cp == '.' || x->t[m].cp == ',';
                if (x->t[m].kind != T_WORD) return 0;
                /* round 12: "“…?” Trump asked reporters rhetorically during a
                 * news conference": adjuncts after the addressee */
                if (m > k + 2 && attribution_tail(x, m)) return 1;
            }
            return 0;
        }
    }
    return 0;
}

static inline __attribute__((always_inline)) int is_cue(ctx *x, int32_t i);
static int is_adverb(ctx *x, int32_t i);
static int ing_form(ctx *x, int32_t c);
static inline __attribute__((always_inline)) int word_is(ctx *x, int32_t i, const char *w);
static uint32_t tflags(ctx *x, int32_t i);

static int subject_cue(ctx *x, int32_t k, int need_subj);
static int past_verb(ctx *x, int32_t i);

/* Whether token i starts a coordinated attribution of its own: "and
 * (he) asserted …", ", calling …", ", and said …". */
static int coord_cue(ctx *x, int32_t i)
{
    tk *t = &x->t[i];
    int32_t k = i + 1;
    /* “A,” X said, adding …: the comma inside the closing mark counts */
    int after_mark = t->kind == T_WORD && i >= 2 && x->t[i - 1].kind == T_QMARK && x->t[i - 1].q >= 0 &&
                     x->r[x->t[i - 1].q].t1 == i - 1 && x->r[x->t[i - 1].q].closed &&
                     x->t[i - 2].kind == T_PUNCT && x->t[i - 2].cp == ',';
    if (after_mark) k = i;
    if ((t->kind == T_PUNCT && t->cp == ',') || after_mark) {
        /* "…,” said Beck, who said there were “…”": a relative clause
         * with a cue of its own after a quotation (the caller has seen
         * one) */
        if (word_is(x, k, "who")) {
            k++;
            while (k < x->nt && is_adverb(x, k)) k++;
            return k < x->nt && is_cue(x, k) && !ing_form(x, k);
        }
        /* "…,” while Trump refers to …" */
        if (word_is(x, k, "while") || word_is(x, k, "whereas")) return subject_cue(x, k + 1, 1);
        int conj = word_is(x, k, "and") || word_is(x, k, "but");
        if (conj) k++;
        while (k < x->nt && is_adverb(x, k)) k++;
        if (k >= x->nt || word_is(x, k, "according") || !is_cue(x, k)) return 0;
        return conj || ing_form(x, k);
    }
    int whl = word_is(x, i, "while") || word_is(x, i, "whereas");
    if (!(word_is(x, i, "and") || word_is(x, i, "but") || whl)) return 0;
    return subject_cue(x, i + 1, whl);
}

/* Whether a clause from token k is a subject (a pronoun or a name of up to
 * three words; optional unless need_subj) and a cue: "(he) asserted",
 * "Trump refers to". */
static int subject_cue(ctx *x, int32_t k, int need_subj)
{
    while (k < x->nt && is_adverb(x, k)) k++;
    int subj = 0;
    if (k < x->nt && (tflags(x, k) & LX_PRONOUN) && !word_is(x, k, "it")) k++, subj = 1;
    else if (k < x->nt && x->t[k].kind == T_WORD && (x->t[k].flags & F_CAP) && x->t[k].q < 0 &&
             !(tflags(x, k) & LX_FUNC)) {
        /* round 12: "… as “Mr. Trump,” while Trump refers to the governor
         * as “Chris.”", "and Sanders said …": a name of up to three words
         * as the new clause's subject */
        int32_t k0 = k;
        while (k < x->nt && k < k0 + 3 && x->t[k].kind == T_WORD && (x->t[k].flags & F_CAP) && x->t[k].q < 0) k++;
        subj = 1;
    }
    while (k < x->nt && is_adverb(x, k)) k++;
    if (need_subj && !subj) return 0;
    return k < x->nt && !word_is(x, k, "according") && is_cue(x, k);
}

/* Whether a quotation opens after token i before the sentence can end. */
static int region_ahead(ctx *x, int32_t i)
{
    for (int32_t k = i + 1; k < x->nt && k < i + 40; k++) {
        tk *t = &x->t[k];
        if (t->q >= 0) return 1;
        if (t->kind == T_PARA || (t->kind == T_PUNCT && (is_end_punct(t->cp) || t->cp == ';'))) return 0;
    }
    return 0;
}

/* Whether the period of word i, a listed abbreviation that closes a name
 * (abbr_closes), ends its sentence before the capitalised word i + 1
 * ("Sean Penn. Penn said", "of Murex Corp. Others …"): not after a comma
 * ("Fresno, Calif. Mayor Tom Reed") nor an initial ("W. Va."). */
static int abbr_ends_sentence(ctx *x, int32_t i)
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

static int split_sentences(ctx *x)
{
    uint32_t sent = 0;
    int seen_region = 0;
    uint8_t *cont = arena_alloc(x->a, (size_t)x->nt + 2);
    if (!cont) return -1;
    cont[0] = 0;
    for (int32_t i = 0; i < x->nt; i++) {
        tk *t = &x->t[i];
        /* "X called it “A” and asserted that “B”": two attributions, cut
         * before the second cue so that each quotation gets its own */
        if (seen_region && t->q < 0 && (t->kind == T_WORD || t->kind == T_PUNCT) && coord_cue(x, i) &&
            region_ahead(x, i)) {
            sent++;
            cont[sent] = 1;
            seen_region = 0;
        }
        t->sent = sent;
        if (t->q >= 0) seen_region = 1;
        int brk = 0;
        if (t->q >= 0) {
            region *g = &x->r[t->q];
            if (i == g->t1) {
                if (!g->closed) brk = 1;
                else if (i > 0 && x->t[i - 1].kind == T_PUNCT && is_end_punct(x->t[i - 1].cp) &&
                         (i + 1 >= x->nt || x->t[i + 1].kind == T_PARA ||
                          (x->t[i + 1].kind == T_WORD && (x->t[i + 1].flags & F_CAP)) ||
                          (x->t[i + 1].kind == T_QMARK)))
                    /* round 12: a quotation after a word of its sentence
                     * ("X said that Y energized “…” who “….”") is part of a
                     * report too: "He added, “B.”" after it is no tail */
                    brk = !attribution_follows(x, i + 1,
                                               (g->t0 >= 2 && x->t[g->t0 - 1].kind == T_PUNCT &&
                                                (x->t[g->t0 - 1].cp == ',' || x->t[g->t0 - 1].cp == ':') &&
                                                x->t[g->t0 - 2].kind == T_WORD &&
                                                (lx_flags(x->s + x->t[g->t0 - 2].s,
                                                          x->t[g->t0 - 2].e - x->t[g->t0 - 2].s) & LX_CUE)) ||
                                                   (g->t0 >= 1 && x->t[g->t0 - 1].kind == T_WORD &&
                                                    x->t[g->t0 - 1].sent == sent));
            }
        } else if (t->kind == T_PARA) {
            brk = 1;
        } else if (t->kind == T_WORD && (t->flags & F_ABBR) && t->e - t->s > 2 && i + 1 < x->nt &&
                   x->t[i + 1].kind == T_WORD && (x->t[i + 1].flags & F_CAP) &&
                   !(lx_flags(x->s + t->s, t->e - t->s) & LX_TITLE) &&
                   (lx_flags(x->s + x->t[i + 1].s, x->t[i + 1].e - x->t[i + 1].s) & (LX_PRONOUN | LX_FUNC))) {
            /* "at 7 p.m. He says": an abbreviation's period ends the
             * sentence before a capitalised pronoun or function word */
            brk = 1;
        } else if (t->kind == T_WORD && (t->flags & F_ABBR) && t->e - t->s > 2 && i + 1 < x->nt &&
                   x->t[i + 1].kind == T_WORD && (x->t[i + 1].flags & F_CAP) && abbr_ends_sentence(x, i)) {
            brk = 1;
        } else if (t->kind == T_WORD && (t->flags & F_ABBR) && t->e - t->s > 2 && i >= 1 && i + 2 < x->nt &&
                   x->t[i - 1].kind == T_PUNCT && x->t[i - 1].cp == ',' && x->t[i + 1].kind == T_QMARK &&
                   x->t[i + 1].q >= 0 && x->r[x->t[i + 1].q].t0 == i + 1 && x->t[i + 2].kind == T_WORD &&
                   (x->t[i + 2].flags & F_CAP) &&
                   !(lx_flags(x->s + t->s, t->e - t->s) & LX_TITLE)) {
            /* "…,” says Gavin Hamilton, a student from Fresno, Calif. “I
             * think …”": a place abbreviation's period ends the sentence
             * before a quotation opening with a capital */
            brk = 1;
        } else if (t->kind == T_PUNCT && is_end_punct(t->cp)) {
            if (i + 1 < x->nt && x->t[i + 1].kind == T_PUNCT && is_end_punct(x->t[i + 1].cp)) brk = 0;
            else brk = starts_sentence(x, i + 1);
            /* round 10: "3.5%", "£9.4bn": a period between digits with no
             * space on either side is a decimal point */
            if (brk && t->cp == '.' && i >= 1 && i + 1 < x->nt && x->t[i - 1].e == t->s &&
                x->t[i + 1].s == t->e && t->s > 0 && x->s[t->s - 1] >= '0' && x->s[t->s - 1] <= '9' &&
                x->s[t->e] >= '0' && x->s[t->e] <= '9')
                brk = 0;
            /* round 15: a ticker's exchange suffix ("<PAC.N>", "<SWSZ.Z>")
             * is no sentence end */
            if (brk && t->cp == '.' && i >= 1 && i + 2 < x->nt && x->t[i - 1].e == t->s &&
                x->t[i + 1].s == t->e && (x->t[i - 1].flags & F_ACRO) && x->t[i + 1].kind == T_WORD &&
                x->t[i + 1].e - x->t[i + 1].s <= 2 && x->t[i + 2].kind == T_PUNCT && x->t[i + 2].cp == '>')
                brk = 0;
            /* a closing mark right after belongs to this sentence */
            if (i + 1 < x->nt && x->t[i + 1].kind == T_QMARK && x->t[i + 1].s == t->e &&
                x->t[i + 1].q < 0)
                brk = 0;
        } else if (t->kind == T_PUNCT && t->cp == ')' && i >= 2 && i + 1 < x->nt &&
                   x->t[i + 1].kind == T_WORD && (x->t[i + 1].flags & F_CAP) &&
                   ((x->t[i - 1].kind == T_PUNCT && is_end_punct(x->t[i - 1].cp)) ||
                    (x->t[i - 1].kind == T_QMARK && x->t[i - 1].q >= 0 && x->r[x->t[i - 1].q].t1 == i - 1 &&
                     x->t[i - 2].kind == T_PUNCT && is_end_punct(x->t[i - 2].cp)))) {
            /* round 13: "(She claimed to ''retire.'') Then …": a bracketed
             * sentence ends before a capital */
            brk = 1;
        }
        if (brk) {
            sent++;
            cont[sent] = 0;
            seen_region = 0;
        }
    }
    x->nsent = sent + 1;
    x->sent_first = arena_alloc(x->a, sizeof(int32_t) * x->nsent);
    x->sent_last = arena_alloc(x->a, sizeof(int32_t) * x->nsent);
    x->sent_base = arena_alloc(x->a, sizeof(int32_t) * x->nsent);
    if (!x->sent_first || !x->sent_last || !x->sent_base) return -1;
    for (uint32_t k = 0; k < x->nsent; k++) x->sent_first[k] = -1, x->sent_last[k] = -2;
    for (int32_t i = 0; i < x->nt; i++) {
        if (x->t[i].kind == T_PARA) continue;
        uint32_t k = x->t[i].sent;
        if (x->sent_first[k] < 0) x->sent_first[k] = i;
        x->sent_last[k] = i;
    }
    for (uint32_t k = 0; k < x->nsent; k++)
        x->sent_base[k] = k > 0 && cont[k] && x->sent_base[k - 1] >= 0 ? x->sent_base[k - 1] : x->sent_first[k];
    return 0;
}

/* ------------------------------------------------------------ entities */

/* The lexicon flags of a word, without a possessive; round 13: "he'd",
 * "she’ll", "they're" are their pronoun (only a pronoun: "we'll" is no
 * "well").  Out of line: tflags is inlined at every call. */
static __attribute__((noinline)) uint32_t word_flags(const char *w, size_t n)
{
    size_t k = strip_poss(w, n);
    uint32_t f = lx_flags(w, k);
    /* "he'd" … "they’re": an apostrophe second or third from the end */
    if (!f && k == n && n >= 3 && n <= 9 &&
        (w[n - 2] == '\'' || w[n - 3] == '\'' || (unsigned char)w[n - 2] == 0x99 ||
         (unsigned char)w[n - 3] == 0x99)) {
        size_t b = clitic_len(w, n);
        if (b != n && (lx_flags(w, b) & LX_PRONOUN)) f = lx_flags(w, b);
    }
    return f;
}

static inline const char *tx(ctx *x, int32_t i) { return x->s + x->t[i].s; }
static inline size_t tl(ctx *x, int32_t i) { return x->t[i].e - x->t[i].s; }
static inline __attribute__((always_inline)) uint32_t tflags(ctx *x, int32_t i)
{
    tk *t = &x->t[i];
    if (t->kind != T_WORD) return 0;
    /* looked up once a token: the attribution scans ask again and again */
    if (!(t->lxf & LXF_KNOWN)) t->lxf = (uint16_t)(LXF_KNOWN | word_flags(tx(x, i), tl(x, i)));
    return t->lxf & ~LXF_KNOWN;
}
/* Inlined everywhere: w is a literal, so its length is a constant and
 * most words are rejected by their length alone. */
static inline __attribute__((always_inline)) int word_is(ctx *x, int32_t i, const char *w)
{
    if (i < 0 || i >= x->nt || x->t[i].kind != T_WORD) return 0;
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
static inline int str_in(const char *s, size_t n, const char *const *w);
static int word_in(ctx *x, int32_t i, const char *const *w)
{
    if (i < 0 || i >= x->nt || x->t[i].kind != T_WORD) return 0;
    return str_in(tx(x, i), tl(x, i), w);
}
/* Whether s[0..n) is one of the lower-case words of the list w. */
static inline int str_in(const char *s, size_t n, const char *const *w)
{
    /* the first two letters against each entry's (every entry has at
     * least one letter, so its second byte may be read: its NUL or a
     * letter); a NUL inside the word matches nothing */
    unsigned char c0 = lower_c((unsigned char)s[0]);
    unsigned char c1 = n > 1 ? lower_c((unsigned char)s[1]) : 0;
    if (n > 1 && c1 == 0) return 0;
    for (int k = 0; w[k]; k++) {
        const char *v = w[k];
        if ((unsigned char)v[0] != c0 || (unsigned char)v[1] != c1) continue;
        if (n <= 2) {
            if (v[n] == 0) return 1;
            continue;
        }
        size_t m = 2;
        while (m < n && v[m] && lower_c((unsigned char)s[m]) == (unsigned char)v[m]) m++;
        if (m == n && v[n] == 0) return 1;
    }
    return 0;
}

static int punct_is(ctx *x, int32_t i, uint32_t cp)
{
    return i >= 0 && i < x->nt && x->t[i].kind == T_PUNCT && x->t[i].cp == cp;
}

static int is_connector(ctx *x, int32_t i)
{
    static const char *const w[] = {"of", "de", "al", "bin", "van", "von", "der", "da",
                                    "del", "la", "le", "du", "el", "for", NULL};
    if (x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP) || tl(x, i) > 3) return 0;
    return word_in(x, i, w);
}

/* First word of its sentence (after opening marks and brackets). */
static int sentence_initial(ctx *x, int32_t i)
{
    int32_t j = i - 1;
    while (j >= 0 && (x->t[j].kind == T_QMARK || (x->t[j].kind == T_PUNCT &&
                      (x->t[j].cp == '(' || x->t[j].cp == '[' || x->t[j].cp == 0x2014))))
        j--;
    if (j < 0) return 1;
    if (x->t[j].kind == T_PARA || x->t[j].sent != x->t[i].sent) return 1;
    if (x->t[j].kind == T_PUNCT && (x->t[j].cp == ':' || is_end_punct(x->t[j].cp))) return 1;
    /* "Intermark Inc <IMI> - Offering of 40 mln dlrs": a dash between
     * spaces opens a list item */
    if (x->t[j].kind == T_PUNCT && (x->t[j].cp == '-' || x->t[j].cp == 0x2013) && x->t[j].left_space &&
        x->t[j].right_space)
        return 1;
    return 0;
}

static inline int cap_word(ctx *x, int32_t i)
{
    if (i < 0 || i >= x->nt || x->t[i].kind != T_WORD || !(x->t[i].flags & F_CAP)) return 0;
    if (tl(x, i) == 1 && tx(x, i)[0] == 'I') return 0;
    /* I'm, I've, I’ll */
    if (tx(x, i)[0] == 'I' && tl(x, i) > 1 &&
        (tx(x, i)[1] == '\'' || (tl(x, i) > 3 && !memcmp(tx(x, i) + 1, "\xE2\x80\x99", 3))))
        return 0;
    return 1;
}

/* Organisation words ("Party", "Committee", "Times"), bucketed by first
 * letter: is_org_word runs for every capitalised run. */
static const char *const org_a[] = {"agency", "association", "administration", "army", "alliance",
                                    "ag", "airlines", "airways", "authority", NULL};
static const char *const org_b[] = {"bank", "board", "bureau", "brothers", "bancorp", "banque", "banco", "banca", NULL};
static const char *const org_c[] = {"committee", "council", "corp.", "court", "congress", "chronicle",
                                    "commission", "campaign", "center", "centre", "club",
                                    "company", "church", "college", "coalition", "co.", "co",
                                    "corp", "community", "cos", "corporation", "confederation", NULL};
static const char *const org_d[] = {"department", NULL};
static const char *const org_f[] = {"foundation", "fund", "federation", "forces", "force", NULL};
static const char *const org_g[] = {"group", "guard", "government", "gazette", NULL};
static const char *const org_e[] = {"exchange", NULL};
static const char *const org_h[] = {"house", "holdings", "herald", NULL};
static const char *const org_i[] = {"institute", "inc.", "inc", "industries", NULL};
static const char *const org_j[] = {"journal", NULL};
static const char *const org_l[] = {"ltd", "ltd.", "llc", NULL};
static const char *const org_m[] = {"ministry", "magazine", "motors", NULL};
static const char *const org_n[] = {"news", "network", "navy", NULL};
static const char *const org_o[] = {"office", "org", "organization", "organisation", NULL};
static const char *const org_p[] = {"party", "post", "press", "police", "project", "plc", "partners", NULL};
static const char *const org_r[] = {"radio", NULL};
static const char *const org_s[] = {"senate", "service", "school", "securities", "savings", NULL};
static const char *const org_t[] = {"times", "television", "treasury", "trust", "tribunal", "tribune", NULL};
static const char *const org_u[] = {"university", "union", NULL};
static const char *const org_w[] = {"workers", NULL};
static const char *const *const org_words[26] = {
    org_a, org_b, org_c, org_d, org_e, org_f, org_g, org_h, org_i, org_j, NULL, org_l, org_m,
    org_n, org_o, org_p, NULL,  org_r, org_s, org_t, org_u, NULL,  org_w, NULL, NULL, NULL};

/* (a possessive aside: "the Bank's committee") */
static int is_org_word(ctx *x, int32_t i)
{
    if (i < 0 || i >= x->nt || x->t[i].kind != T_WORD) return 0;
    if (x->orgw && x->orgw[i]) return x->orgw[i] - 1;
    unsigned char c0 = lower_c((unsigned char)tx(x, i)[0]);
    int r = c0 >= 'a' && c0 <= 'z' && org_words[c0 - 'a'] &&
            str_in(tx(x, i), strip_poss(tx(x, i), tl(x, i)), org_words[c0 - 'a']);
    if (x->orgw) x->orgw[i] = (uint8_t)(r + 1);
    return r;
}

/* Words that make a run of capitalised words a place when they end it
 * ("Oxford Street", "Heathrow Airport"; not "Park", "Lake", "Bay", "Hill":
 * surnames too, Helen Park), bucketed by first letter as org_words; and
 * "Lake", "Mount", "Gulf" opening it. */
static const char *const place_a[] = {"avenue", "airport", NULL};
static const char *const place_b[] = {"bridge", NULL};
static const char *const place_c[] = {"canal", "county", "coast", NULL};
static const char *const place_d[] = {"desert", NULL};
static const char *const place_h[] = {"harbour", "harbor", NULL};
static const char *const place_i[] = {"island", "islands", NULL};
static const char *const place_m[] = {"museum", "mountains", NULL};
static const char *const place_o[] = {"ocean", NULL};
static const char *const place_p[] = {"palace", "province", "peninsula", NULL};
static const char *const place_r[] = {"river", "road", NULL};
static const char *const place_s[] = {"street", "square", "stadium", "sea", "strait", NULL};
static const char *const place_v[] = {"valley", NULL};
static const char *const *const place_words[26] = {
    place_a, place_b, place_c, place_d, NULL, NULL, NULL, place_h, place_i, NULL, NULL, NULL,
    place_m, NULL, place_o, place_p, NULL, place_r, place_s, NULL, NULL, place_v, NULL, NULL, NULL,
    NULL};

/* Whether word i is one of the words of the lists in bk (by first letter),
 * a possessive aside. */
static inline int word_in_buckets(ctx *x, int32_t i, const char *const *const *bk)
{
    if (i < 0 || i >= x->nt || x->t[i].kind != T_WORD) return 0;
    unsigned char c0 = lower_c((unsigned char)tx(x, i)[0]);
    if (c0 < 'a' || c0 > 'z' || !bk[c0 - 'a']) return 0;
    return str_in(tx(x, i), strip_poss(tx(x, i), tl(x, i)), bk[c0 - 'a']);
}

/* Words that end only a company's name ("Wang Laboratories Inc", "Boliden
 * AB", "Getty Oil", "Hilton International"): such a run is an
 * organisation even when it opens with a given name or a title ("Gordon
 * Capital Corp", "Marine Midland Banks Inc").  Bucketed as org_words. */
static const char *const coend_a[] = {"ab", "ag", "associates", "airlines", "airways", NULL};
static const char *const coend_b[] = {"bv", "b.v.", "bancorp", "banks", "brothers", NULL};
static const char *const coend_c[] = {"co", "co.", "corp", "corp.", "corporation", "communications", NULL};
static const char *const coend_e[] = {"enterprises", "electronics", NULL};
static const char *const coend_g[] = {"gmbh", NULL};
static const char *const coend_h[] = {"holdings", NULL};
static const char *const coend_i[] = {"inc", "inc.", "industries", "international", NULL};
static const char *const coend_l[] = {"ltd", "ltd.", "llc", "lp", "l.p.", "laboratories", "lines", NULL};
static const char *const coend_n[] = {"nv", "n.v.", NULL};
static const char *const coend_o[] = {"oil", NULL};
static const char *const coend_p[] = {"plc", "petroleum", "pharmaceuticals", NULL};
static const char *const coend_r[] = {"resources", NULL};
static const char *const coend_s[] = {"sa", "s.a.", "spa", "s.p.a.", "systems", "services", "securities", NULL};
static const char *const coend_t[] = {"technologies", NULL};
static const char *const *const coend_words[26] = {
    coend_a, coend_b, coend_c, NULL, coend_e, NULL, coend_g, coend_h, coend_i, NULL, NULL, coend_l, NULL,
    coend_n, coend_o, coend_p, NULL, coend_r, coend_s, coend_t, NULL, NULL, NULL, NULL, NULL, NULL};


/* Whether token i is a lower-case noun of a work that names it next
 * ("the comedy Sideways", "the film Vera Drake", "the band Franz
 * Ferdinand"): the run after it is a title, no person. */
static int work_noun(ctx *x, int32_t i)
{
    static const char *const wa[] = {"album", NULL}, *const wb[] = {"band", "book", NULL},
                             *const wc[] = {"comedy", NULL}, *const wd[] = {"drama", "documentary", NULL},
                             *const wf[] = {"film", "films", NULL},
                             *const wm[] = {"movie", "musical", "magazine", NULL},
                             *const wn[] = {"novel", "newspaper", NULL}, *const wo[] = {"opera", NULL},
                             *const wp[] = {"play", NULL},
                             *const ws[] = {"song", "single", "sitcom", "series", "show", NULL},
                             *const wt[] = {"thriller", NULL};
    static const char *const *const bk[26] = {wa, wb, wc, wd, NULL, wf, NULL, NULL, NULL, NULL, NULL, NULL, wm,
                                              wn, wo, wp, NULL, NULL, ws, wt, NULL, NULL, NULL, NULL, NULL, NULL};
    if (i < 0 || x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP) || tl(x, i) < 4 || tl(x, i) > 11) return 0;
    return word_in_buckets(x, i, bk);
}

/* Whether the run a..b (two words or more) names a company by its last
 * word, or holds "for" ("Obama for America", "Citizens for Fair Trade"):
 * no person's name does. */
static int company_run(ctx *x, int32_t a, int32_t b)
{
    if (b <= a) return 0;
    if (word_in_buckets(x, b, coend_words)) return 1;
    for (int32_t j = a + 1; j < b; j++)
        if (word_is(x, j, "for")) return 1;
    return 0;
}

static int is_place_word(ctx *x, int32_t i, int first)
{
    static const char *const open[] = {"lake", "mount", "mt.", "gulf", NULL};
    return first ? word_in(x, i, open) : word_in_buckets(x, i, place_words);
}

/* A plural role noun or title: "Analysts", "MPs", "Officials", "Lords". */
static int plural_role(ctx *x, int32_t i)
{
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    if (x->t[i].kind != T_WORD || n < 3 || (tflags(x, i) & (LX_GIVEN | LX_ORG))) return 0;
    if (n >= 5 && w[n - 1] == 'n' && w[n - 2] == 'e' && w[n - 3] == 'm') {
        /* "Congressmen", "Businessmen": the plural of "-man" */
        char sg[32];
        if (n >= sizeof sg) return 0;
        memcpy(sg, w, n);
        sg[n - 2] = 'a';
        uint32_t f = lx_flags(sg, n);
        return (f & (LX_DESC | LX_TITLE)) && !(f & LX_NAT);
    }
    if (w[n - 1] != 's') return 0;
    uint32_t f = lx_flags(w, n - 1);
    return (f & (LX_DESC | LX_TITLE)) && !(f & LX_NAT);
}

/* Words that end the names of agreements, programmes, events and prizes
 * ("International Cocoa Agreement", "Champions League", "Academy
 * Awards"): a run ending in one names no person. */
static const char *const other_a[] = {"agreement", "accord", "act", "average", "awards", NULL};
static const char *const other_c[] = {"cup", "championship", "championships", "conference", "convention", NULL};
static const char *const other_f[] = {"festival", NULL};
static const char *const other_g[] = {"games", NULL};
static const char *const other_i[] = {"index", NULL};
static const char *const other_l[] = {"league", NULL};
static const char *const other_o[] = {"open", NULL};
static const char *const other_p[] = {"plan", "program", "programme", "product", "prize", NULL};
static const char *const other_r[] = {"rate", "rates", NULL};
static const char *const other_s[] = {"summit", "series", "show", NULL};
static const char *const other_t[] = {"treaty", "tournament", "trophy", NULL};
static const char *const other_w[] = {"war", NULL};
static const char *const *const other_words[26] = {
    other_a, NULL, other_c, NULL, NULL, other_f, other_g, NULL, other_i, NULL, NULL, other_l, NULL,
    NULL, other_o, other_p, NULL, other_r, other_s, other_t, NULL, NULL, other_w, NULL, NULL, NULL};

static int is_other_word(ctx *x, int32_t i)
{
    return word_in_buckets(x, i, other_words);
}

/* Government portfolios and the like (data/portfolios.txt). */
static int is_portfolio(ctx *x, int32_t i)
{
    return (tflags(x, i) & LX_PORTFOLIO) != 0;
}

/* Whether capitalised word j, inside a run, is a function word, an
 * auxiliary, a pronoun or a headline verb ("Is", "To", "About", "Says",
 * data/name_breakers.txt): title-case text ("Donald Trump Is Now Calling
 * Obama"), where the run must be cut there, not read as one name.  Not a
 * given name ("Will"), not an acronym ("US", "WHO"), not "A" after a given
 * name (an initial without its period). */
static inline int breaks_name(ctx *x, int32_t j)
{
    if (j < 0 || j >= x->nt || x->t[j].kind != T_WORD || !(x->t[j].flags & F_CAP) || (x->t[j].flags & F_ACRO))
        return 0;
    uint32_t f = tflags(x, j);
    if (!(f & LX_BREAK) || (f & LX_GIVEN)) return 0;
    if (tl(x, j) == 1 && j > 0 && (tflags(x, j - 1) & LX_GIVEN)) return 0;
    return 1;
}

/* A word that in title-case text opens no name: an adverb, a participle
 * ("Actually Fighting", "Calling Obama", "Nominated"). */
static int verbish(ctx *x, int32_t j)
{
    if (x->t[j].kind != T_WORD || (x->t[j].flags & F_ACRO)) return 0;
    size_t n = strip_poss(tx(x, j), tl(x, j));
    const char *w = tx(x, j);
    if (n < 5 || (tflags(x, j) & (LX_GIVEN | LX_COUNTRY | LX_CITY | LX_ORG | LX_NAT | LX_TITLE))) return 0;
    unsigned char c1 = lower_c((unsigned char)w[n - 2]), c0 = lower_c((unsigned char)w[n - 1]);
    return (c1 == 'l' && c0 == 'y') || (c1 == 'e' && c0 == 'd') ||
           (c1 == 'n' && c0 == 'g' && lower_c((unsigned char)w[n - 3]) == 'i');
}

static int add_desc(xent *e, uint32_t h)
{
    for (int k = 0; k < e->ndesc; k++)
        if (e->desc[k] == h) return 0;
    if (e->ndesc < 6) e->desc[e->ndesc++] = h;
    else e->desc[5] = h;
    return 0;
}

/* 1 when the name ending with word b leaves out its final period: "Sean
 * Penn." at a sentence end, where the period is the sentence's. */
static inline size_t final_period(ctx *x, int32_t b)
{
    if (!(x->t[b].flags & F_ABBR)) return 0;
    size_t l = tl(x, b);
    return l > 2 && tx(x, b)[l - 1] == '.' && (b + 1 >= x->nt || x->t[b + 1].sent != x->t[b].sent) &&
           abbr_ends_sentence(x, b);
}

static int32_t new_entity(ctx *x, int32_t a, int32_t b, ent_kind kind, const char *title)
{
    if (x->nents == x->cap_ents) return -1;
    xent *e = &x->ents[x->nents];
    memset(e, 0, sizeof *e);
    /* name: the words a..b, joined by single spaces, without a final 's */
    /* words written together ("U.S.Jean-Claude") get a space between them
     * here: room for one per word (the span alone overflowed by one byte a
     * join, into the next arena allocation) */
    size_t cap = x->t[b].e - x->t[a].s + (size_t)(b - a + 1) + 1;
    char *nm = arena_alloc(x->a, cap);
    if (!nm) return -1;
    size_t k = 0;
    for (int32_t i = a; i <= b; i++) {
        if (x->t[i].kind != T_WORD) continue;
        size_t l = tl(x, i);
        if (i == b) l = strip_poss(tx(x, i), l);
        if (i == b) l -= final_period(x, b);
        if (k) nm[k++] = ' ';
        memcpy(nm + k, tx(x, i), l);
        k += l;
    }
    nm[k] = 0;
    e->name = nm;
    e->kind = kind;
    e->title = title;
    e->h_full = hash_lower(nm, k);
    e->h_first = hash_lower(tx(x, a), strip_poss(tx(x, a), tl(x, a)));
    e->h_last = hash_lower(tx(x, b), strip_poss(tx(x, b), tl(x, b)));
    e->nwords = (uint32_t)(b - a + 1);
    return x->nents++;
}

static inline __attribute__((always_inline)) int add_mention(ctx *x, int32_t a, int32_t b, int32_t ent)
{
    if (x->nms == x->cap_ms || ent < 0) return 0;
    xmention *m = &x->ms[x->nms++];
    m->t0 = a;
    m->t1 = b;
    m->s = x->t[a].s;
    m->e = x->t[b].e;
    m->ent = ent;
    m->in_quote = x->t[a].q >= 0;
    x->ents[ent].n_mentions++;
    return 0;
}

/* Records a person's descriptions: "X, an adviser to ..." and "spokesman X". */
/* PRON_MALE / PRON_FEMALE when word i tells a person's sex, else 0. */
static int word_gender(ctx *x, int32_t i)
{
    if (i < 0 || i >= x->nt || !(tflags(x, i) & LX_GENDER)) return 0;
    const lx_entry *le = lx_lookup(tx(x, i), strip_poss(tx(x, i), tl(x, i)));
    return le ? le->pron : 0;
}

static void learn_gender(xent *e, int g)
{
    if (g && !e->gender) e->gender = (uint8_t)g;
}

static void learn_descriptions(ctx *x, int32_t ent, int32_t a, int32_t b, int32_t lo)
{
    xent *e = &x->ents[ent];
    learn_gender(e, word_gender(x, a));
    for (int32_t j = a - 1; j >= lo && j >= a - 3; j--) {
        if (x->t[j].kind != T_WORD) break;
        uint32_t f = tflags(x, j);
        if (f & (LX_DESC | LX_TITLE)) {
            add_desc(e, hash_lower(tx(x, j), tl(x, j)));
            learn_gender(e, word_gender(x, j));
        } else if (!(x->t[j].flags & F_CAP)) break;
    }
    if (b + 2 < x->nt && punct_is(x, b + 1, ',') &&
        (word_is(x, b + 2, "a") || word_is(x, b + 2, "an") || word_is(x, b + 2, "the") ||
         (tflags(x, b + 2) & LX_DESC) || (x->t[b + 2].flags & F_CAP))) {
        for (int32_t j = b + 2; j < x->nt && j < b + 14; j++) {
            if (x->t[j].kind != T_WORD) break;
            if (tflags(x, j) & LX_DESC) {
                add_desc(e, hash_lower(tx(x, j), tl(x, j)));
                learn_gender(e, word_gender(x, j));
            }
        }
    }
}

/* Whether every word of [a, b] is written in capitals (connectors aside). */
static int all_upper_run(ctx *x, int32_t a, int32_t b)
{
    for (int32_t j = a; j <= b; j++) {
        if (x->t[j].kind != T_WORD || is_connector(x, j)) continue;
        const char *w = tx(x, j);
        for (size_t k = 0; k < tl(x, j); k++)
            if (w[k] >= 'a' && w[k] <= 'z') return 0;
    }
    return 1;
}

/* Whether the words a..b (a final possessive aside) are a listed
 * organisation. */
static int listed_org(ctx *x, int32_t a, int32_t b)
{
    size_t n = x->t[b].e - x->t[a].s - (tl(x, b) - strip_poss(tx(x, b), tl(x, b)));
    return (lx_flags(tx(x, a), n) & LX_ORG) != 0;
}

/* Whether the run ends after word b.  "in the U.S. Barack Obama said": a
 * place written with dots ends a run
 * before a given name (a title between, "U.S. Sen. Ted Cruz", is kept;
 * "St. John" is no place). */
static int place_abbr_ends(ctx *x, int32_t b)
{
    /* ", Calif. Growers": a place or company abbreviation closes the run
     * ("U.S." does not: "U.S. Agriculture Department") */
    if ((x->t[b].flags & F_ABBR) && tl(x, b) >= 3 && tx(x, b)[tl(x, b) - 1] == '.' &&
        !memchr(tx(x, b), '.', tl(x, b) - 1) && (lx_flags(tx(x, b), tl(x, b) - 1) & LX_ABBR) &&
        abbr_closes(tx(x, b), 0, tl(x, b) - 1))
        return 1;
    if (!(x->t[b].flags & F_ABBR) || tl(x, b) < 4 || !(tflags(x, b + 1) & LX_GIVEN)) return 0;
    return (tflags(x, b) & (LX_COUNTRY | LX_CITY)) != 0;
}

/* Whether a word of the run a..b before its last two is an organisation
 * word followed by a connector ("Board of", "Bank of"; round 14: "on",
 * which on_joins let into the run, "Committee on"). */
static int org_of(ctx *x, int32_t a, int32_t b)
{
    for (int32_t j = a; j < b - 1; j++)
        if ((is_connector(x, j + 1) || word_is(x, j + 1, "on")) && is_org_word(x, j)) return 1;
    return 0;
}

/* Whether word i is a long organisation word misspelt by one letter
 * (changed, added or left out) or in the plural: "Administratian",
 * "Adminstration", "Administrations", "Departmnet" is two and no match.
 * Words of nine letters or more only, so a surname is not taken. */
static int org_word_typo(ctx *x, int32_t i)
{
    static const char *const long_org[] = {"administration", "association", "commission", "committee",
                                           "corporation", "department", "foundation", "federation",
                                           "government", "organization", "organisation", "university",
                                           "institute", NULL};
    if (x->t[i].kind != T_WORD || !(x->t[i].flags & F_CAP)) return 0;
    const char *w = tx(x, i);
    size_t n = strip_poss(w, tl(x, i));
    if (n < 9 || n > 16) return 0;
    for (int k = 0; long_org[k]; k++) {
        const char *o = long_org[k];
        size_t m = strlen(o);
        if (lower_c((unsigned char)w[0]) != (unsigned char)o[0] || (n > m ? n - m : m - n) > 1) continue;
        /* the common prefix, then the common suffix: one edit leaves at
         * most one letter of either word between them */
        size_t p = 0;
        while (p < n && p < m && lower_c((unsigned char)w[p]) == (unsigned char)o[p]) p++;
        size_t q = 0;
        while (q < n - p && q < m - p && lower_c((unsigned char)w[n - 1 - q]) == (unsigned char)o[m - 1 - q]) q++;
        if (n - p - q <= 1 && m - p - q <= 1) return 1;
    }
    return 0;
}

/* A capitalised inflected cue word opening a run ("Said Tom Hale, …",
 * "Asked Obama…", "According"): no part of the name.  Not a given name ("Said"
 * may be one: only when a given name follows it is it stripped then). */
static int cue_opens(ctx *x, int32_t a, int32_t b)
{
    if (a >= b || (x->t[a].flags & F_ACRO)) return 0;
    uint32_t f = tflags(x, a);
    if (!(f & LX_CUE) && !word_is(x, a, "according")) return 0;
    /* an inflected verb ("Said", "Asked", "Told", "Says"); a bare one may be
     * a name's own word ("Credit Suisse", "Report") */
    char c = (char)lower_c((unsigned char)tx(x, a)[tl(x, a) - 1]);
    if (c != 'd' && c != 's' && !word_is(x, a, "according")) return 0;
    return !(f & LX_GIVEN) || (tflags(x, a + 1) & (LX_GIVEN | LX_TITLE));
}

/* Round 14 (ents): whether capitalised word i opens the article's last
 * line and that line is one word and junk after it ("\n Reuter",
 * "\nREUTER...^M", "REUTER TAW"; "REUTER\n Reuter"): an agency's sign-off,
 * page furniture that names nothing.  Not a word ending a sentence of its
 * own ("Reuter Inc is a spindle maker"): any lower-case word, or a word
 * of four letters or more other than the first, makes it text. */
static int signoff_para(ctx *x, int32_t i)
{
    /* the word opens a paragraph, a line, or follows a sentence's end
     * ("... an ounce. REUTER") */
    if (i == 0 || x->nt - i > 12) return 0;
    if (x->t[i - 1].kind != T_PARA && !memchr(x->s + x->t[i - 1].e, '\n', x->t[i].s - x->t[i - 1].e) &&
        !(x->t[i - 1].kind == T_PUNCT && is_end_punct(x->t[i - 1].cp)))
        return 0;
    for (int32_t k = i + 1; k < x->nt; k++) {
        if (x->t[k].kind != T_WORD) continue;
        if (!(x->t[k].flags & F_CAP)) return 0;
        if (tl(x, k) > 3 && !(tl(x, k) == tl(x, i) && hash_lower(tx(x, k), tl(x, k)) == hash_lower(tx(x, i), tl(x, i))))
            return 0;
    }
    return 1;
}

/* Round 14 (ents): whether "on" after word b goes on with a name: an
 * organisation's or an agreement's word before it and a capitalised word
 * after that is no day, month, person or place ("General Agreement on
 * Tariffs and Trade", "Committee on Foreign Relations", "Conference on
 * Disarmament"; not "the Commission on Monday", "the Bank on Wall
 * Street"). */
static int on_joins(ctx *x, int32_t b)
{
    static const char *const agree[] = {"agreement", "accord", "conference", "convention", "treaty", NULL};
    if (b + 2 >= x->nt || !word_is(x, b + 1, "on") || !cap_word(x, b + 2) || x->t[b + 2].para != x->t[b].para)
        return 0;
    if (tflags(x, b + 2) & (LX_FUNC | LX_GIVEN | LX_TITLE | LX_COUNTRY | LX_CITY | LX_PRONOUN)) return 0;
    return word_in(x, b, agree) || is_org_word(x, b);
}

/* Whether the run a..b in capitals is a company's name as the Reuters
 * results tables write it ("UNION CAMP CORP", "KRAFT INC"): up to four
 * words, the last a company's suffix, none a cue, function or break word
 * ("NEWS CORP LTD TO ACQUIRE …" is a headline). */
static int caps_company(ctx *x, int32_t a, int32_t b)
{
    static const char *const suffix[] = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", NULL};
    if (b - a > 3 || !word_in(x, b, suffix)) return 0;
    for (int32_t j = a; j < b; j++)
        if (x->t[j].kind == T_WORD && (tflags(x, j) & (LX_CUE | LX_FUNC | LX_BREAK))) return 0;
    return 1;
}

/* Round 14 (ents): hash_lower of a run's text with each run of white
 * space as one space, as new_entity joins the words: "General
 * Agreement\non Tariffs", wrapped, is the entity of "General Agreement on
 * Tariffs" (the raw text's hash linked no run cut by a line break). */
static uint32_t hash_run(const char *s, size_t n)
{
    if (!memchr(s, '\n', n)) return hash_lower(s, n); /* the common case (one word: hash_lower) */
    uint32_t h = 2166136261u;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            if (!sp) h = (h ^ ' ') * 16777619u;
            sp = 1;
            continue;
        }
        sp = 0;
        h = (h ^ lower_c(c)) * 16777619u;
    }
    return h ? h : 1;
}

/* Round 14 (ents): the entity of the words a..b seen before (by_full), or
 * -1.  A weak entity answers a weak mention only: a sure mention makes an
 * entity of its own (or links by its other rules), and *weak_hit gets the
 * weak one so that it can be moved there. */
static int32_t full_lookup(ctx *x, const int32_t *by_full, uint32_t fmask, uint32_t hf, int weak, int32_t *weak_hit)
{
    for (uint32_t h = hf & fmask; by_full[h]; h = (h + 1) & fmask)
        if (x->ents[by_full[h] - 1].h_full == hf) {
            int32_t e = by_full[h] - 1;
            if (x->ents[e].weak && !weak) {
                *weak_hit = e;
                return -1;
            }
            return e;
        }
    return -1;
}

static void full_insert(ctx *x, int32_t *by_full, uint32_t fmask, int32_t ent)
{
    uint32_t h = x->ents[ent].h_full & fmask;
    while (by_full[h] && x->ents[by_full[h] - 1].h_full != x->ents[ent].h_full) h = (h + 1) & fmask;
    by_full[h] = ent + 1;
}

/* The entity that one word of an earlier name stands for (by_part, whose
 * keys part_key are hash_lower of the word; a key is in one slot at
 * most), or -1. */
static int32_t part_find(const uint32_t *part_key, const int32_t *by_part, uint32_t fmask, uint32_t key)
{
    for (uint32_t h = key & fmask; by_part[h]; h = (h + 1) & fmask)
        if (part_key[h] == key) return by_part[h] - 1;
    return -1;
}

/* Round 14 (ents): a heading in capitals ("AMERICAN MOTORS CORP EARLY
 * MARCH U.S. CAR SALES OFF", "FED SAYS") is no name: only the listed
 * names inside it (up to four words: "U.S.", "NEW YORK", "OPEC") are
 * mentions, and each other word that could be an acronym or a surname a
 * weak one, kept if the article names it elsewhere ("Fed", "Volcker"). */
static int heading_mentions(ctx *x, int32_t a, int32_t b, int32_t *by_full, uint32_t fmask)
{
    int made = 0;
    for (int32_t j = a; j <= b; j++) {
        if (x->t[j].kind != T_WORD || is_connector(x, j)) continue;
        /* up to three words ("NEW YORK", "SOVIET UNION"; no look-up from
         * a function word or a cue: "SAYS", "TO"), one from its flags */
        uint32_t fj = tflags(x, j);
        int32_t k = (fj & (LX_FUNC | LX_CUE | LX_BREAK)) ? j : j + 2 < b ? j + 2 : b, kind = -1;
        for (; k >= j; k--) {
            if (x->t[k].kind != T_WORD) continue;
            uint32_t f = k == j ? fj | (fj & (LX_ORG | LX_COUNTRY | LX_CITY) ? lx_flags(tx(x, j), tl(x, j)) : 0)
                                : lx_flags(tx(x, j), x->t[k].e - x->t[j].s);
            if (f & (LX_NOENT | LX_COMMON | LX_NOTNAME | LX_NAT)) continue;
            if (f & (LX_ORG | LX_COUNTRY | LX_CITY)) {
                kind = (f & LX_ORG) ? ENT_ORG : ENT_PLACE;
                break;
            }
        }
        int weak = 2; /* a listed name in capitals: kept, but a later mention
                         written otherwise ("Fed") names the entity */
        if (kind < 0) {
            /* no digit, no lexicon word ("SAYS", "OFF", "THE") */
            k = j;
            size_t n = tl(x, j);
            if (n < 2 || !(x->t[j].flags & F_ACRO) || (tflags(x, j) & ~(uint32_t)LX_GENDER)) continue;
            int digit = 0;
            for (size_t c = 0; c < n; c++) digit |= tx(x, j)[c] >= '0' && tx(x, j)[c] <= '9';
            if (digit || (lx_flags(tx(x, j), n) & (LX_NOENT | LX_COMMON))) continue;
            kind = ENT_OTHER;
            weak = 1;
        }
        uint32_t hf = hash_run(tx(x, j), x->t[k].e - x->t[j].s);
        int32_t weak_hit = -1;
        int32_t ent = full_lookup(x, by_full, fmask, hf, weak, &weak_hit);
        if (ent < 0) {
            ent = new_entity(x, j, k, (ent_kind)kind, NULL);
            if (ent < 0) return made;
            x->ents[ent].weak = (uint8_t)weak;
            made++;
            full_insert(x, by_full, fmask, ent);
            if (weak_hit >= 0) x->ents[weak_hit].moved = ent + 1;
        }
        add_mention(x, j, k, ent);
        j = k;
    }
    return made;
}

/* Round 14 (ents): drops the weak entities and their mentions, or gives
 * the mentions to the sure entity that took their words; any: weak
 * entities were made (else nothing to do). */
static int drop_weak(ctx *x, int any)
{
    if (!any) return 0;
    int32_t *map = arena_alloc(x->a, sizeof *map * (size_t)(x->nents + 1));
    if (!map) return -1;
    int32_t n = 0;
    /* weak 2 (a listed name of a heading) is kept when nothing took it */
    for (int32_t e = 0; e < x->nents; e++) {
        if (x->ents[e].weak == 2 && !x->ents[e].moved) x->ents[e].weak = 0;
        map[e] = x->ents[e].weak ? -1 : n++;
    }
    /* an entity moves to a later one, resolved first */
    for (int32_t e = x->nents - 1; e >= 0; e--)
        if (x->ents[e].weak && x->ents[e].moved > e + 1) map[e] = map[x->ents[e].moved - 1];
    for (int32_t e = 0; e < x->nents; e++)
        if (!x->ents[e].weak) {
            x->ents[map[e]] = x->ents[e];
            x->ents[map[e]].n_mentions = 0;
        }
    x->nents = n;
    int32_t k = 0;
    for (int32_t m = 0; m < x->nms; m++) {
        int32_t to = map[x->ms[m].ent];
        if (to < 0) continue;
        x->ms[k] = x->ms[m];
        x->ms[k++].ent = to;
        x->ents[to].n_mentions++;
    }
    x->nms = k;
    return 0;
}

/* Round 14 (ents): the first word of a run's last words that are a listed
 * place of two or three words ("Southern United States", "Unilever United
 * States", "Intense United States"), or -1. */
static int32_t place_tail(ctx *x, int32_t a, int32_t b)
{
    for (int32_t j = b - 2 > a ? b - 2 : a + 1; j < b; j++) {
        if (x->t[j].kind != T_WORD || is_connector(x, j)) continue;
        size_t n = x->t[b].e - x->t[j].s - (tl(x, b) - strip_poss(tx(x, b), tl(x, b)));
        if (lx_flags(tx(x, j), n) & (LX_COUNTRY | LX_CITY)) return j;
    }
    return -1;
}

static int find_entities(ctx *x)
{
    /* one entity and one mention at most per run of capitalised words,
     * and every run holds one */
    x->cap_ents = x->n_caps + 4;
    x->cap_ms = x->n_caps + 4;
    x->ents = arena_alloc(x->a, sizeof(xent) * (size_t)x->cap_ents);
    x->ms = arena_alloc(x->a, sizeof(xmention) * (size_t)x->cap_ms);
    /* the entities by full-name hash (open addressing, index + 1; a
     * later entity of one hash replaces the earlier, as the backward scan
     * this replaces found the latest): a scan of every entity per run was
     * quadratic in a long article's names */
    uint32_t fmask = 15;
    while (fmask < (uint32_t)x->cap_ents * 2) fmask = fmask * 2 + 1;
    int32_t *by_full = arena_calloc(x->a, (size_t)fmask + 1, sizeof *by_full);
    /* persons of two words or more by the hash of their surname and of
     * their given name (key, entity + 1; the latest of a key kept): where a
     * one-word mention links */
    uint32_t *part_key = arena_alloc(x->a, sizeof *part_key * ((size_t)fmask + 1));
    int32_t *by_part = arena_calloc(x->a, (size_t)fmask + 1, sizeof *by_part);
    x->orgw = arena_calloc(x->a, (size_t)x->nt + 1, 1);
    if (!x->ents || !x->ms || !by_full || !part_key || !by_part || !x->orgw) return -1;
    int nweak = 0; /* weak entities made: drop_weak has work */
    int32_t tc_end = -1; /* title-case text: the end of the last run cut by breaks_name */
    int32_t works_at = -1; /* the run after "Steve Chronowitz of": no person */
    for (int32_t i = 0; i < x->nt; i++) {
        if (!cap_word(x, i)) continue;
        /* "\n Reuter" closing the article: a sign-off, no mention */
        if (x->nt - i <= 12 && signoff_para(x, i)) break;
        /* the maximal run of capitalised words (with connectors) */
        int32_t a = i, b = i;
        while (b + 1 < x->nt) {
            if (cap_word(x, b + 1) && x->t[b + 1].para == x->t[b].para && x->t[b + 1].q == x->t[a].q &&
                x->t[b + 1].sent == x->t[b].sent && !((x->t[b].flags & F_ABBR) && place_abbr_ends(x, b)))
                b++;
            else if (b + 2 < x->nt && (is_connector(x, b + 1) || punct_is(x, b + 1, '&')) && cap_word(x, b + 2) &&
                     !(word_is(x, b + 1, "for") && (tflags(x, b + 2) & (LX_GIVEN | LX_TITLE))))
                b += 2; /* not "Strategists for Barack Obama" */
            else if (word_is(x, b + 1, "on") && on_joins(x, b))
                b += 2; /* "General Agreement on Tariffs and Trade" */
            /* "Standard and Poor’s", "Securities and Exchange Commission":
             * "and" joins a listed organisation (of one or two words
             * after it) */
            else if (b + 2 < x->nt && word_is(x, b + 1, "and") && cap_word(x, b + 2)) {
                int32_t a0 = a; /* "The Food and Drug Administration" */
                while (a0 < b && (tflags(x, a0) & LX_FUNC)) a0++;
                int32_t e = b + 3 < x->nt && cap_word(x, b + 3) && listed_org(x, a0, b + 3) ? b + 3
                            : listed_org(x, a0, b + 2)                                     ? b + 2
                                                                                           : -1;
                /* "Merrill Lynch and Co Inc": the company's own "and Co" */
                if (e < 0 &&
                    (word_is(x, b + 2, "co") || word_is(x, b + 2, "co.") || word_is(x, b + 2, "company")))
                    e = b + 2;
                /* "Valley Federal Savings and Loan Association": up to
                 * four words, "and", a word and an organisation word (not
                 * "Reagan and the Senate"; nor a name, a title, or a place
                 * but as the first word before the "and") */
                if (e < 0 && b - a0 <= 3 && b + 3 < x->nt && cap_word(x, b + 3) && is_org_word(x, b + 3)) {
                    e = b + 3;
                    for (int32_t j = a0; j <= b; j++)
                        if (tflags(x, j) & (LX_GIVEN | LX_ORG | LX_TITLE |
                                            (j > a0 ? LX_COUNTRY | LX_CITY | LX_NAT : 0)))
                            e = -1;
                }
                if (e < 0) break;
                b = e;
            } else break;
        }
        i = b;
        /* title-case text: the run ends before a capitalised function word
         * or auxiliary ("Barack Obama Just Nominated A Muslim"); the next
         * run starts there (its leading breaker stripped below) */
        for (int32_t j = a + 1; j <= b; j++)
            if (breaks_name(x, j)) {
                tc_end = b;
                b = j - 1;
                i = j - 1;
                break;
            }
        /* "Bernie Sanders of Vermont": a given name's person, then "of" and
         * a place */
        if (b - a >= 3 && word_is(x, b - 1, "of") && (tflags(x, b) & (LX_COUNTRY | LX_CITY)) &&
            !is_org_word(x, b - 2) && !(tflags(x, b - 2) & LX_TITLE)) {
            int person = 0;
            for (int32_t j = a; j < b - 2; j++) person |= (tflags(x, j) & (LX_GIVEN | LX_TITLE)) != 0;
            if (person) {
                b -= 2;
                i = b;
            }
        }
        /* "Charles Lee of Merrill Lynch and Co", "Steve Chronowitz of Smith
         * Barney": a given name and a surname (an initial between), then
         * "of" and where the person works: the person ends at "of", the
         * company is a run of its own (not "Mary Queen of Scots", "Duke of
         * York": a title or an organisation word before the "of") */
        if (b - a >= 3) {
            /* the given name first, or after one word ("Analyst Charles …") */
            int32_t g = (tflags(x, a) & LX_GIVEN) ? a : (tflags(x, a + 1) & LX_GIVEN) ? a + 1 : b;
            for (int32_t k = g + 2; k <= g + 3 && k < b; k++)
                if (word_is(x, k, "of")) {
                    if (!(tflags(x, k - 1) & (LX_TITLE | LX_ORG | LX_COUNTRY | LX_CITY)) && !is_org_word(x, k - 1)) {
                        b = k - 1;
                        i = b;
                        works_at = k + 1;
                    }
                    break;
                }
        }
        /* possessive inside the run ends it: "Russia’s NATO" */
        for (int32_t j = a; j < b; j++)
            if (strip_poss(tx(x, j), tl(x, j)) != tl(x, j)) {
                /* but "Moody’s Investors Service Inc": a listed company
                 * before the name's own organisation word */
                if ((tflags(x, j) & LX_ORG) && is_org_word(x, b)) continue;
                b = j;
                i = j;
                break;
            }
        /* leading sentence-initial function words and month/day names
         * ("First" opens a bank's name: "First Boston Corp", "First
         * National Bank of Chicago") */
        while (a <= b &&
               (((tflags(x, a) & (LX_FUNC | LX_PRONOUN)) && !(x->t[a].flags & F_ACRO) &&
                 !(a < b && word_is(x, a, "first") && (is_org_word(x, b) || word_in_buckets(x, b, coend_words) ||
                                                       org_of(x, a, b)))) ||
                breaks_name(x, a) || (a < b && ((tflags(x, a) & LX_CUE) || tl(x, a) == 9) && cue_opens(x, a, b))))
            a++;
        /* in title-case text, adverbs and participles open no name
         * ("Now Calling Obama", "Actually Fighting") */
        if (a <= tc_end)
            while (a <= b && verbish(x, a)) a++;
        /* drop trailing function words too (connectors were only inside) */
        while (b >= a && (tflags(x, b) & LX_FUNC) && !(tflags(x, b) & (LX_ORG | LX_GIVEN))) b--;
        /* in title-case text a participle closes no name of three words or
         * more ("Tomas Varga Running"; "Xi Jinping" keeps its two) */
        if (a <= tc_end)
            while (b - a >= 2 && verbish(x, b)) b--;
        if (a > b) continue;
        /* "Republican Donald Trump": a nationality or party adjective
         * before a given name is stripped like a title */
        while (a < b && (tflags(x, a) & LX_NAT) && (tflags(x, a + 1) & (LX_GIVEN | LX_TITLE | LX_NAT))) a++;
        /* a role and no name: "Finance Minister", "Secretary of State",
         * "U.S. Trade Representative" (title words with portfolios,
         * places and nationalities) */
        if (b > a && (tflags(x, b) & LX_TITLE)) {
            int role = 0, other = 0;
            for (int32_t j = a; j <= b && !other; j++) {
                if (x->t[j].kind != T_WORD || is_connector(x, j)) continue;
                uint32_t f = tflags(x, j);
                if (f & LX_TITLE) role = 1;
                else if (!(f & (LX_COUNTRY | LX_CITY | LX_NAT)) && !is_portfolio(x, j)) other = 1;
            }
            if (role && !other) continue;
        }
        /* titles: strip up to the last title word that has a name after */
        const char *title = NULL;
        int32_t last_title = -1;
        for (int32_t j = a; j < b; j++)
            /* a role noun before a given name is a title too: "FBI
             * Director James Comey", "Spokesman Josh Earnest" */
            if ((tflags(x, j) & LX_TITLE) || ((tflags(x, j) & LX_DESC) && (tflags(x, j + 1) & LX_GIVEN) && !(x->t[j].flags & F_ACRO)))
                last_title = j;
        /* "General Motors Corp", "National Bank": a company word at the end
         * makes the title word part of an organisation's name */
        if (last_title >= 0 &&
            (is_org_word(x, b) || is_other_word(x, b) || is_other_word(x, last_title + 1) || listed_org(x, a, b)) &&
            !(tflags(x, last_title + 1) & LX_GIVEN))
            last_title = -1; /* round 14: "General Agreement on Tariffs and Trade" */
        if (last_title >= 0) {
            int32_t ts = last_title;
            while (ts > a && (tflags(x, ts - 1) & LX_TITLE)) ts--;
            title = arena_strndup(x->a, tx(x, ts), x->t[last_title].e - x->t[ts].s);
            a = last_title + 1;
            while (a < b && is_connector(x, a)) a += 2;
            if (a > b) continue;
        }
        size_t full_len = x->t[b].e - x->t[a].s;
        if (x->t[b].kind == T_WORD) full_len -= tl(x, b) - strip_poss(tx(x, b), tl(x, b)) + final_period(x, b);
        const lx_entry *le = lx_lookup(tx(x, a), full_len);
        uint32_t lf = le ? le->flags : 0;
        int32_t nwords = b - a + 1;
        ent_kind kind;
        /* round 14 (ents): "the U.S. Trade deficit", "the U.S. Dollar": a
         * place and a noun of the economy written with a capital are the
         * place (not "China Daily", "Texas Eastern", "Boston Five") */
        static const char *const econ[] = {"dollar", "dollars", "currency", "market", "markets", "economy",
                                           "trade", "totalled", "exports", "imports", NULL};
        if (nwords == 2 && x->t[b].kind == T_WORD && (tflags(x, a) & (LX_COUNTRY | LX_CITY)) &&
            !(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_NOTNAME)) && word_in(x, b, econ)) {
            b = a;
            nwords = 1;
            full_len = x->t[a].e - x->t[a].s - final_period(x, a);
            le = lx_lookup(tx(x, a), full_len);
            lf = le ? le->flags : 0;
        }
        /* round 14 (ents): "GMT", "Feb.", "Baa", "FULL TEXT": no entity;
         * but a rating in capitals repeats one letter ("AA", "BBB"): "BA",
         * "BAA" so written are initials (British Airways) */
        if (lf & LX_NOENT) {
            int initials = nwords == 1 && (x->t[a].flags & F_ACRO), mixed = 0;
            for (size_t k = 0; initials && k < tl(x, a); k++) {
                char c = tx(x, a)[k];
                initials = c == 'A' || c == 'B' || c == 'C';
                mixed |= c != tx(x, a)[0];
            }
            if (!initials || !mixed) continue;
        }
        int weak = 0;
        if (nwords == 1 && (lf & LX_COMMON) && !(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_GIVEN))) {
            /* "Western currencies", "Chapter 11", "Nine mths": a modifier
             * (not a name of the article's: "James Day ... Day said") */
            int part = part_find(part_key, by_part, fmask, hash_lower(tx(x, a), full_len)) >= 0;
            if (!part && b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP)) continue;
            /* "on April Six": a day's number after a month */
            static const char *const month[] = {"january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december", NULL};
            if (!part && a > 0 && (x->t[a - 1].flags & F_CAP) && word_in(x, a - 1, month)) continue;
            /* "People wanting …", "World sugar …": a common word opening a
             * sentence or a table's row, kept if the article writes it so
             * inside a sentence too */
            weak = sentence_initial(x, a);
        }
        /* a heading in capitals: its listed names only (a company's name
         * in capitals, "UNION CAMP CORP", is one); a word of four letters
         * or more tells a heading from initials ("U.S. EPA") */
        if (nwords >= 2 && ((x->t[b].flags & F_ACRO) || (tl(x, b) == 1 && (x->t[b].flags & F_CAP))) &&
            !(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_NOTNAME)) &&
            all_upper_run(x, a, b) && !caps_company(x, a, b)) {
            int word = 0;
            for (int32_t j = a; j <= b && !word; j++)
                word = x->t[j].kind == T_WORD && tl(x, j) >= 4 && !memchr(tx(x, j), '.', tl(x, j));
            if (word) {
                nweak += heading_mentions(x, a, b, by_full, fmask);
                continue;
            }
        }
        int amp = 0; /* "Standard & Poor's", "AT&T": a company */
        for (int32_t j = a; j < b; j++) amp |= punct_is(x, j, '&');
        /* a lone letter ("S" of S&P, an initial) or company suffix
         * ("Co", "Inc") names nothing by itself */
        if (nwords == 1 && (tl(x, a) == 1 || (tl(x, a) == 2 && tx(x, a)[1] == '.') ||
                            (is_org_word(x, a) && !(lf & LX_ORG))))
            continue; /* "Mr P." too */
        /* "UP", "OFF" in a heading; "MAY7", "DEC7" (Reuters date stamps) */
        if (nwords == 1 && !(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_GIVEN))) {
            /* a break word; an abbreviation ("No.", "Corp.") */
            if (tflags(x, a) & (LX_BREAK | LX_ABBR)) continue;
            if (x->t[a].flags & F_ACRO) {
                /* "BILLION", "COMPANY": a heading's word in capitals (an
                 * acronym is shorter) */
                if (tl(x, a) > 6) continue;
                int digit = 0;
                for (size_t k = 0; k < tl(x, a); k++) digit |= tx(x, a)[k] >= '0' && tx(x, a)[k] <= '9';
                if (digit) continue;
            }
            /* "London-based"; "I-Vt", "R-Texas" (party and state) */
            size_t wn = tl(x, a);
            const char *w = tx(x, a);
            if (wn > 6 && !memcmp(w + wn - 6, "-based", 6)) continue;
            /* "PACs", "DVDs", "MEPs": an acronym in the plural is a common
             * noun */
            if (wn >= 3 && w[wn - 1] == 's') {
                size_t k = 0;
                while (k < wn - 1 && w[k] >= 'A' && w[k] <= 'Z') k++;
                if (k == wn - 1) continue;
            }
            /* "BBB-plus", "AA-minus": a rating */
            if ((wn > 5 && !memcmp(w + wn - 5, "-plus", 5)) || (wn > 6 && !memcmp(w + wn - 6, "-minus", 6)))
                continue;
            if (wn >= 3 && w[1] == '-' && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I')) continue;
            /* "Commerce" alone (of "Commerce Secretary X") */
            if (is_portfolio(x, a)) continue;
        }
        /* "New York-based", "Hong Kong-based": an adjective */
        if (nwords > 1 && tl(x, b) > 6 && !memcmp(tx(x, b) + tl(x, b) - 6, "-based", 6)) continue;
        /* "Analysts said", "told MPs", "Labour MPs", "U.S. Officials": a
         * plural role noun ends no name */
        if (!(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_NAT)) && !(tflags(x, a) & LX_GIVEN) &&
            plural_role(x, b))
            continue;
        if (nwords > 1 && (lf & LX_NAT) && !(lf & (LX_ORG | LX_COUNTRY | LX_CITY))) {
            /* "West German", "Soviet Union" is a country: a two-word
             * adjective names no entity */
            if (b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP)) continue;
            kind = ENT_OTHER;
        } else if (nwords == 1 && (lf & LX_NAT) && !(lf & (LX_ORG | LX_COUNTRY | LX_CITY))) {
            /* "Russian president", "Democratic pollster": an adjective, no
             * entity; "the Russians", "Republicans": a group, no person */
            const char *w = tx(x, a);
            size_t wn = tl(x, a);
            int plural = wn > 3 && w[wn - 1] == 's' && w[wn - 2] != 's';
            if (!plural && b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP)) continue;
            kind = ENT_OTHER;
        } else if (lf & LX_ORG) kind = ENT_ORG;
        else if (lf & (LX_COUNTRY | LX_CITY)) kind = ENT_PLACE;
        else if (lf & (LX_NOTNAME | LX_COMMON)) kind = ENT_OTHER; /* "the West", "Christmas" */
        else if (lf & (LX_FUNC | LX_CUE | LX_DESC | LX_TITLE | LX_PRONOUN) && nwords == 1) continue;
        else if (amp || company_run(x, a, b)) kind = ENT_ORG;
        else if ((tflags(x, a) & LX_GIVEN) || title) kind = ENT_PERSON;
        /* "FED SAYS", "LAST BUYER SELLER", "OPEN HIGH LOW": a run of words in
         * capitals without a given name is a heading, no person */
        else if (nwords >= 2 && all_upper_run(x, a, b)) kind = ENT_OTHER;
        else if (is_org_word(x, b)) kind = ENT_ORG;
        /* "Bank of England", "Ministry of Defence"; also after other words:
         * "Chicago Board of Trade", "U.S. Department of Agriculture",
         * "Royal Bank of Canada" */
        else if (nwords >= 3 && org_of(x, a, b)) kind = ENT_ORG;
        else if (nwords == 1 && (x->t[a].flags & F_ACRO) && tl(x, a) <= 6) kind = ENT_ORG;
        /* "Senate Republican", "International Cocoa Agreement" */
        else if (nwords >= 2 && ((tflags(x, b) & LX_NAT) || is_other_word(x, b))) kind = ENT_OTHER;
        /* "Hyde Park", "Lake Ontario" */
        else if (nwords >= 2 && (is_place_word(x, b, 0) || is_place_word(x, a, 1))) kind = ENT_PLACE;
        /* "U.S. Dollar", "Saudi Aramco": a place or nationality opens no
         * person's name (a given name or a title was taken above) */
        else if (nwords >= 2 && (tflags(x, a) & (LX_COUNTRY | LX_CITY | LX_NAT))) kind = ENT_OTHER;
        /* "the House Benghazi committee", "Senate Watergate hearings": an
         * organisation word opens no person's name of two words */
        else if (nwords == 2 && is_org_word(x, a))
            kind = word_is(x, a, "bank") || word_is(x, a, "banque") || word_is(x, a, "banco") || word_is(x, a, "banca")
                       ? ENT_ORG /* "Banque Paribas", "Bank Leumi" */
                       : ENT_OTHER;
        else if (nwords == 2 || nwords == 3) kind = ENT_PERSON;
        /* "League", "Rates" alone: an event's or a programme's word,
         * naming nothing by itself */
        else if (nwords == 1 && is_other_word(x, a)) continue;
        else if (nwords == 1) kind = ENT_PERSON; /* tentative: a surname */
        else kind = ENT_OTHER;
        /* round 14 (ents): a listed organisation opening the run
         * ("Merrill Lynch Capital Markets", "Unilever United States"); a
         * place of two or three words ending it after a region's word
         * ("Southern United States") or an unknown word opening a
         * sentence ("Intense United States and NATO …": the place alone) */
        if (((kind == ENT_PERSON && nwords >= 2) ||
             (kind == ENT_OTHER && nwords >= 3 && !(lf & (LX_NOTNAME | LX_NAT)))) &&
            !title && !(tflags(x, a) & LX_GIVEN)) {
            int org = 0, given = 0;
            for (int32_t j = a + 1; j <= b; j++) given |= (tflags(x, j) & LX_GIVEN) != 0;
            /* not "Treasury Robert Anderson": a given name after it */
            /* one word: its cached flags, before two words or more (not
             * "Chelsea Clinton"); two: one look-up */
            org = !given && b > a + 1 && (tflags(x, a) & LX_ORG);
            if (!org && !given && b > a + 1 && x->t[a + 1].kind == T_WORD) org = listed_org(x, a, a + 1);
            int32_t pt = org ? -1 : place_tail(x, a, b);
            /* not a name the article has already ("Republic New York Corp
             * ... Republic New York estimated") */
            if (pt >= 0) {
                uint32_t h0 = hash_run(tx(x, a), full_len);
                int32_t unused = -1;
                if (full_lookup(x, by_full, fmask, h0, 1, &unused) >= 0 || part_find(part_key, by_part, fmask, h0) >= 0)
                    pt = -1;
            }
            if (org) kind = ENT_ORG;
            else if (pt == a + 1 && (lx_flags(tx(x, a), tl(x, a)) & (LX_COMMON | LX_NOTNAME)))
                kind = ENT_PLACE;
            else if (pt == a + 1 && sentence_initial(x, a) && !tflags(x, a)) {
                a = pt;
                nwords = b - a + 1;
                full_len = x->t[b].e - x->t[a].s;
                if (x->t[b].kind == T_WORD) full_len -= tl(x, b) - strip_poss(tx(x, b), tl(x, b)) + final_period(x, b);
                kind = ENT_PLACE;
            }
        }
        /* "Reagan Administratian", "Bush Adminstration": an organisation
         * word misspelt (the source's typo) makes no person */
        if (kind == ENT_PERSON && nwords >= 2 && !title && org_word_typo(x, b)) kind = ENT_ORG;
        /* "Steve Chronowitz of Smith Barney": where the person works */
        if (kind == ENT_PERSON && a == works_at) kind = ENT_ORG;
        /* Link to an earlier entity of the article. */
        uint32_t hf = nwords > 1 ? hash_run(tx(x, a), full_len) : hash_lower(tx(x, a), full_len);
        int32_t weak_hit = -1; /* a weak entity of these words: moves here */
        int32_t ent = full_lookup(x, by_full, fmask, hf, weak, &weak_hit);
        /* (round 14: a weak word too, "Western" of "Western Plastics Corp") */
        if (ent < 0 && (kind == ENT_PERSON || (weak && nwords == 1)) && (nwords == 1 || !(tflags(x, a) & LX_GIVEN))) {
            int32_t e = part_find(part_key, by_part, fmask, hf);
            if (e >= 0 && (nwords == 1 || x->ents[e].kind == ENT_ORG)) ent = e;
        }
        if (ent < 0 && nwords == 1 && kind == ENT_PERSON) {
            const char *w = tx(x, a);
            size_t wn = strip_poss(w, tl(x, a));
            /* "the Clintons": the plural of a person's surname is a group */
            if (wn > 3 && w[wn - 1] == 's') {
                if (part_find(part_key, by_part, fmask, hash_lower(w, wn - 1)) >= 0) kind = ENT_OTHER;
            }
            /* "Obama-era", "Trump-style": a compound adjective, no name;
             * "Obama-Clinton", "Obama-Xi": persons of the article paired */
            const char *hy = memchr(w, '-', wn);
            if (hy && hy > w) {
                const char *r = hy + 1;
                if (r < w + wn && *r >= 'a' && *r <= 'z') continue;
                int paired = 1;
                for (const char *p0 = w; paired && p0 < w + wn;) {
                    const char *p1 = memchr(p0, '-', (size_t)(w + wn - p0));
                    if (!p1) p1 = w + wn;
                    int32_t e = part_find(part_key, by_part, fmask, hash_lower(p0, (size_t)(p1 - p0)));
                    paired = e >= 0 && x->ents[e].kind == ENT_PERSON;
                    p0 = p1 + 1;
                }
                if (paired) kind = ENT_OTHER;
            }
            /* "the Nation", "the Internet": a capitalised word after "the"
             * that names no person of the article is no surname (but "the
             * Obama administration", before a lower-case noun, may be) */
            if (kind == ENT_PERSON && !title && a > 0 && word_is(x, a - 1, "the") &&
                !(b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP) &&
                  !(tflags(x, b + 1) & (LX_FUNC | LX_BREAK | LX_CUE | LX_PRONOUN))))
            {
                /* "the EC" an organisation, "The Hague" a place */
                const lx_entry *lt = lx_lookup(tx(x, a - 1), full_len + (size_t)(x->t[a].s - x->t[a - 1].s));
                kind = (x->t[a].flags & F_ACRO)                        ? ENT_ORG
                       : lt && (lt->flags & (LX_COUNTRY | LX_CITY)) ? ENT_PLACE
                                                                      : ENT_OTHER;
            }
            /* a given name alone that names no one of the article ("Will
             * and Grace", "Alex. Brown and Sons") */
            if (kind == ENT_PERSON && (tflags(x, a) & LX_GIVEN) && !title) continue;
        }
        /* a title after a work noun; an earlier mention of the same words
         * taken for a person is the work too (not a surname linked to a
         * full name: "in the book Obama wrote") */
        if (kind == ENT_PERSON && !title && work_noun(x, a - 1)) {
            kind = ENT_OTHER;
            if (ent >= 0 && x->ents[ent].kind == ENT_PERSON && x->ents[ent].h_full == hf && !x->ents[ent].title)
                x->ents[ent].kind = ENT_OTHER;
        }
        if (ent < 0 && nwords == 1 && kind == ENT_PERSON && sentence_initial(x, a) &&
            !(lf & LX_GIVEN) && !title) {
            /* An unknown capitalised word opening a sentence is kept only
             * when a cue verb follows ("Peskov said"). */
            int32_t nx = b + 1;
            if (!(nx < x->nt && (tflags(x, nx) & LX_CUE))) continue;
        }
        if (ent < 0) {
            ent = new_entity(x, a, b, kind, title);
            if (ent < 0) continue;
            x->ents[ent].weak = (uint8_t)weak;
            nweak += weak;
            full_insert(x, by_full, fmask, ent);
            uint32_t h;
            if (kind == ENT_PERSON && x->ents[ent].nwords > 1) {
                uint32_t keys[2] = {x->ents[ent].h_last, x->ents[ent].h_first};
                for (int r = 0; r < 2; r++) {
                    for (h = keys[r] & fmask; by_part[h] && part_key[h] != keys[r]; h = (h + 1) & fmask) {}
                    part_key[h] = keys[r];
                    by_part[h] = ent + 1;
                }
            } else if (kind == ENT_ORG && nwords > 1 && word_in_buckets(x, b, coend_words)) {
                /* "Piedmont Aviation Inc … Piedmont said": a company's
                 * first word (after initials: "E.F. Hutton Group Inc …
                 * Hutton") alone names it, unless a person of the article
                 * has it already; so does its name without the last word
                 * ("McDonnell Douglas Corp … McDonnell Douglas") */
                int32_t a1 = a;
                while (a1 < b - 1 && (x->t[a1].flags & F_ABBR) && tl(x, a1) <= 4) a1++;
                if (a1 < b - 1 && word_is(x, a1, "first")) a1++; /* "First Tarnby Corp … Tarnby" */
                uint32_t keys[2] = {hash_lower(tx(x, a1), strip_poss(tx(x, a1), tl(x, a1))),
                                    nwords > 2 ? hash_lower(tx(x, a), x->t[b - 1].e - x->t[a].s) : 0};
                if ((tflags(x, a1) & (LX_GIVEN | LX_FUNC | LX_TITLE | LX_COUNTRY | LX_CITY | LX_NAT)) ||
                    is_org_word(x, a1))
                    keys[0] = 0;
                for (int r = 0; r < 2; r++) {
                    if (!keys[r]) continue;
                    for (h = keys[r] & fmask; by_part[h] && part_key[h] != keys[r]; h = (h + 1) & fmask) {}
                    if (!by_part[h]) {
                        part_key[h] = keys[r];
                        by_part[h] = ent + 1;
                    }
                }
            }
        } else if (title && !x->ents[ent].title) {
            x->ents[ent].title = title;
        }
        if (x->ents[ent].kind == ENT_PERSON) {
            learn_descriptions(x, ent, last_title >= 0 ? last_title + 1 : a, b, 0);
            if (title) {
                int32_t ts = last_title;
                add_desc(&x->ents[ent], hash_lower(tx(x, ts), tl(x, ts)));
                learn_gender(&x->ents[ent], word_gender(x, ts));
            }
        }
        if (weak_hit >= 0) x->ents[weak_hit].moved = ent + 1;
        add_mention(x, a, b, ent);
    }
    return drop_weak(x, nweak);
}

/* The mention covering token i, or -1. */
static int32_t mention_at(ctx *x, int32_t i)
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

/* The most recent mention before token i outside quotations whose entity
 * has one of the kinds in mask (1 << ent_kind). */
/* Whether entity e may be called by a pronoun of sex g (0: any). */
static int gender_ok(ctx *x, int32_t e, int g)
{
    return !g || !x->ents[e].gender || x->ents[e].gender == g;
}

static int32_t recent_entity(ctx *x, int32_t i, unsigned mask, int g)
{
    int32_t lo = 0, hi = x->nms - 1, at = -1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if (x->ms[mid].t0 < i) at = mid, lo = mid + 1;
        else hi = mid - 1;
    }
    for (int32_t k = at; k >= 0 && k > at - 40; k--) {
        xmention *m = &x->ms[k];
        if (m->in_quote) continue;
        if ((mask & (1u << x->ents[m->ent].kind)) && gender_ok(x, m->ent, g)) return m->ent;
    }
    return -1;
}

/* ------------------------------------------------------------ speakers */

/* Whether s[0..n) is the lower-case word w of the same length n. */
static inline int same_word(const char *s, const char *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (lower_c((unsigned char)s[k]) != (unsigned char)w[k]) return 0;
    return 1;
}

static int is_adverb(ctx *x, int32_t i)
{
    if (i < 0 || x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP)) return 0;
    size_t n = tl(x, i);
    const char *s = tx(x, i);
    if (n > 4 && s[n - 2] == 'l' && s[n - 1] == 'y') {
        /* round 15: not a noun in -ly ("his family said", "the weekly
         * said", "a US ally") */
        static const char *const ly_noun[] = {"family", "ally", "assembly", "rally", "supply", "reply",
                                              "monopoly", "daily", "weekly", "monthly", "quarterly", "anomaly",
                                              "homily", "tally", "bully", NULL};
        return !word_in(x, i, ly_noun);
    }
    /* "also", "later", "then", "has", "would", "further", "instead", "do"
     * …: by length (asked of every word np_left passes) */
#define ADV_(w) same_word(s, w, n)
    switch (n) {
    case 2: return ADV_("do");
    case 3: return ADV_("has") || ADV_("had") || ADV_("now") || ADV_("did");
    case 4:
        return ADV_("also") || ADV_("then") || ADV_("once") || ADV_("have") || ADV_("will") || ADV_("only") ||
               ADV_("even") || ADV_("just") || ADV_("does") || ADV_("here");
    case 5:
        return ADV_("later") || ADV_("again") || ADV_("would") || ADV_("often") || ADV_("never") ||
               ADV_("still") || ADV_("first") || ADV_("since");
    case 7: return ADV_("further") || ADV_("earlier") || ADV_("instead") || ADV_("already");
    case 8: return ADV_("recently"); /* "recentLY": no -ly above */
    case 10: return ADV_("previously");
    case 12: return ADV_("subsequently");
    default: return 0;
    }
#undef ADV_
}

/* "said Thursday his …", "said today that …": a day after a cue is no
 * content */
static int is_day(ctx *x, int32_t i)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "today", "yesterday", NULL};
    return x->t[i].kind == T_WORD && tl(x, i) >= 5 && word_in(x, i, days);
}

static int is_determiner(ctx *x, int32_t i)
{
    static const char *const w[] = {"the", "a", "an", "his", "her", "their", "its", "this",
                                    "that", "one", "another", "some", "several", "many",
                                    "two", "three", "our", "my", NULL};
    return word_in(x, i, w);
}

/* The cue words that are also nouns, not the nouns of a report whose
 * content follows ("her March comment that …", "Trump's controversial
 * pledge to …"): by length and first letter, as is_cue asks this of every
 * cue word it meets. */
static int noun_cue(const char *w, size_t n)
{
#define NC_(v) same_word(w, v, n)
    switch (n) {
    case 3: return NC_("cry");
    case 4:
        switch (w[0] | 0x20) {
        case 'c': return NC_("call");
        case 'e': return NC_("echo");
        case 'j': return NC_("joke");
        case 'p': return NC_("post");
        case 'q': return NC_("quip");
        case 'r': return NC_("rant");
        case 's': return NC_("sigh");
        case 't': return NC_("term");
        default: return 0;
        }
    case 5:
        switch (w[0] | 0x20) {
        case 'b': return NC_("blame") || NC_("blast") || NC_("brand");
        case 'e': return NC_("email");
        case 'g': return NC_("gripe");
        case 'l': return NC_("laugh") || NC_("label");
        case 'p': return NC_("point");
        case 'q': return NC_("quote");
        case 'r': return NC_("reply");
        case 's': return NC_("state") || NC_("shout");
        case 't': return NC_("tweet");
        default: return 0;
        }
    case 6: return NC_("answer") || NC_("remark") || NC_("credit") || NC_("retort") || NC_("praise");
    case 7: return NC_("counter") || NC_("thunder") || NC_("whisper") || NC_("retweet");
    case 8: return NC_("question");
    default: return 0;
    }
#undef NC_
}

/* round 14b: "a private email account", "its decrepit state", "At one
 * point", "a wake-up call", "Sanders's clarion call": a cue word that is
 * also a noun, in its base form, after a determiner or a possessive and
 * at most one modifier (two when the first is an -ly adverb: "a
 * personally signed tweet") is that noun, no verb.  A base-form verb
 * after a determiner and a word needs a plural subject ("the critics
 * call", "the media call"), which the modifier test rules out.  Asked
 * only of words the lexicon has as cues. */
static int noun_after_modifier(ctx *x, int32_t i)
{
    static const char *const det[] = {"the", "a", "an", "his", "her", "their", "its", "this", "these", "those",
                                      "one", "another", "our", "my", "your", "no", "any", "each", "every",
                                      "such", NULL};
    /* words before a base-form verb, or plurals without -s */
    static const char *const not_mod[] = {"to", "and", "or", "but", "not", "will", "would", "can", "could",
                                          "should", "might", "may", "must", "does", "don't", "didn't",
                                          "never", "also", "who", "that", "which", "people", "men", "women",
                                          "children", "media", "police", "public", "staff", "i", "you", "we",
                                          "they", NULL};
    if (!noun_cue(tx(x, i), tl(x, i))) return 0;
    int32_t m = i - 1;
    /* "one point", "no comment", "each call": a determiner the caller's
     * short list does not hold, right before */
    if (word_in(x, m, det)) return 1;
    if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || is_adverb(x, m) || (tflags(x, m) & LX_PRONOUN) ||
        word_in(x, m, not_mod))
        return 0;
    const char *w = tx(x, m);
    size_t n = tl(x, m);
    /* a plural subject ("the critics call"; not "innocuous", "bogus") */
    if (n >= 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
        strip_poss(w, n) == n)
        return 0;
    int32_t d = m - 1;
    if (d >= 0 && is_adverb(x, d) && tl(x, d) > 4 && d > 0) d--; /* "a personally signed tweet" */
    if (d < 0 || x->t[d].kind != T_WORD || x->t[d].q >= 0) return 0;
    if (word_in(x, d, det)) return 1;
    size_t dn = tl(x, d);
    /* a possessive: "Sanders's clarion call" (not "he’s", "she’s") */
    return strip_poss(tx(x, d), dn) != dn && !word_is(x, d, "he's") && !word_is(x, d, "she's") &&
           !word_is(x, d, "he’s") && !word_is(x, d, "she’s") && !word_is(x, d, "it's") && !word_is(x, d, "it’s");
}

/* 0 when the word s[0..n) (no white space inside: one token) has no
 * LX_CUE entry; 1 when it may have one (ask lx_lookup). */
static inline int maybe_cue(const char *s, size_t n)
{
    if (n == 0) return 0;
    if (n >= 64) return 1; /* lx_lookup answers (no key is that long) */
    unsigned char f = (unsigned char)s[0], g = (unsigned char)s[n > 1], l = (unsigned char)s[n - 1];
    /* white space or NUL there: lx_lookup folds the key otherwise */
    if (f <= ' ' || g <= ' ' || l <= ' ') return 1;
    uint32_t b = lx_cue_bit(lower_c(f), lower_c(g), lower_c(l), n);
    return (int)((lx_cue_filter[b >> 6] >> (b & 63)) & 1);
}

/* finite auxiliaries and copulas: a clause has begun */
static const char *const finite_aux[] = {"is",  "was",   "are",    "were", "has",   "had",  "have", "will", "would",
                                         "can", "could", "should", "may",  "might", "must", "does", "did",  NULL};

/* Round 14c: whether cue word i is a noun by its neighbours.  After a
 * preposition or a numeral any cue but a participle is ("under state
 * law", "since email became", "13 points"); a cue that is also a common
 * noun ("report", "state", "point", "term", "credit", "demand",
 * "estimate", "claim", "note", "call", "charge", "comment") is one in the
 * base form after a lower-case word that cannot be its subject
 * ("percentage point", "tax credit", "the latest employment report", "At
 * one point"), and before a finite auxiliary, a past tense, another cue
 * or a preposition such a verb does not take ("report will", "report
 * says", "the notes carried", "state of Michigan", "claims of"). */
static int past_verb(ctx *x, int32_t i);

static int noun_by_context(ctx *x, int32_t i)
{
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    if (n < 4 || x->t[i].q >= 0) return 0;
    int ing = w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g';
    const tk *p = i > 0 ? &x->t[i - 1] : NULL;
    int pw = p && p->kind == T_WORD && p->q < 0;
    static const char *const prep[] = {"of", "in", "on", "at", "for", "with", "from", "under", "by",
                                       "into", "since", "against", "without", NULL};
    /* capitalised only opening its sentence ("Under state law"; "Ann
     * From said" is a name); not a past tense (cheap: most cues asked
     * are "said") */
    if (pw && !ing && w[n - 1] != 'd' && p->e - p->s <= 7 && word_in(x, i - 1, prep) &&
        (!(p->flags & F_CAP) || i - 1 == 0 || x->t[i - 2].kind == T_PARA || punct_is(x, i - 2, '.')))
        return 1;
    /* by first letter (asked of every cue word) */
    static const char *const n_a[] = {"answer", NULL}, *const n_c[] = {"credit", "claim", "claims", "call", "calls",
                                                                     "charge", "charges", "comment", "comments", NULL};
    static const char *const n_d[] = {"demand", "demands", NULL}, *const n_e[] = {"estimate", "estimates", "email", NULL};
    static const char *const n_n[] = {"note", "notes", NULL}, *const n_p[] = {"point", "points", "post", "promise",
                                                                           "promises", NULL};
    static const char *const n_r[] = {"report", "reports", NULL}, *const n_s[] = {"state", "states", NULL};
    static const char *const n_t[] = {"term", "terms", "tweet", NULL};
    static const char *const *const nouns[26] = {n_a,  NULL, n_c,  n_d,  n_e,  NULL, NULL, NULL, NULL,
                                                 NULL, NULL, NULL, NULL, n_n,  NULL, n_p,  NULL, n_r,
                                                 n_s,  n_t,  NULL, NULL, NULL, NULL, NULL, NULL};
    unsigned char c0 = lower_c((unsigned char)w[0]);
    if (ing || w[n - 1] == 'd' || c0 < 'a' || c0 > 'z' || !nouns[c0 - 'a'] || !str_in(w, n, nouns[c0 - 'a']))
        return 0;
    /* a quotation right after it is what it names ("took credit for
     * “…”", "calls of “…”") */
    if ((i + 1 < x->nt && x->t[i + 1].q >= 0) ||
        (i + 2 < x->nt && x->t[i + 2].q >= 0 && (word_is(x, i + 1, "for") || word_is(x, i + 1, "of"))))
        return 0;
    /* "over state aid" ("a voice over says": not any cue), "13 points" */
    if (pw && (word_is(x, i - 1, "over") || (p->flags & F_DIGIT))) return 1;
    int plural = w[n - 1] == 's';
    if (pw && !plural && !(p->flags & F_CAP)) {
        static const char *const quant[] = {"one", "another", "every", "each", "no", "any", NULL};
        int32_t k = i - 1;
        size_t kn = tl(x, k);
        const char *kw = tx(x, k);
        if (word_in(x, k, quant)) return 1;
        if (!(tflags(x, k) & (LX_FUNC | LX_PRONOUN | LX_CUE)) && !is_adverb(x, k) && kn >= 3 &&
            kw[kn - 1] != 's' && !(kn > 3 && kw[kn - 2] == 'e' && kw[kn - 1] == 'n') && !memchr(kw, '\'', kn) &&
            !word_in(x, k, finite_aux) && !word_is(x, k, "people") && !word_is(x, k, "police") &&
            !word_is(x, k, "not") && !word_is(x, k, "who") && !word_is(x, k, "they") && !word_is(x, k, "ever"))
            return 1;
    }
    /* (not after a pronoun, nor in a relative clause: "a show they claim
     * is …", "which Will claims affirmed …") */
    if (i + 1 < x->nt && x->t[i + 1].kind == T_WORD && x->t[i + 1].q < 0 &&
        !(pw && (tflags(x, i - 1) & LX_PRONOUN)) &&
        !(i >= 2 && pw && (p->flags & F_CAP) &&
          (word_is(x, i - 2, "which") || word_is(x, i - 2, "that") || word_is(x, i - 2, "who")))) {
        static const char *const noun_next[] = {"of", "and", "or", "with", "from", "under", "over", "between",
                                                "against", "into", NULL};
        if (word_in(x, i + 1, noun_next) || word_in(x, i + 1, finite_aux) || past_verb(x, i + 1)) return 1;
        if (tl(x, i + 1) >= 3 && (tflags(x, i + 1) & LX_CUE)) return 1;
    }
    return 0;
}

/* Round 14c: whether cue word i (past is_cue_slow's own tests) is a cue
 * by its neighbours: no noun (noun_cue), passive, naming participle or
 * "continue" that reports no speech.  Decided once per token (the
 * attribution scans ask is_cue of a word many times): see F_CTX_DONE. */
/* Round 15a: "found", "finds", "showed", "shows" report findings only
 * when a study, survey, report, poll … is the subject ("The study,
 * released last week, found that …", "A new poll shows …", "A review by
 * the council found …"): the noun right before the verb (over adverbs
 * and one phrase set off by commas), or before a preposition opening a
 * short phrase there; and "that" or a quotation after the verb.  A
 * person who found his keys reports nothing. */
static int findings_subject(ctx *x, int32_t i)
{
    static const char *const noun[] = {"study", "studies", "survey", "surveys", "report", "reports", "poll",
                                       "polls", "analysis", "review", "audit", "inquiry", "investigation",
                                       "research", "probe", "census", "data", "figures", "statistics",
                                       "assessment", "evaluation", "paper", "test", "tests", NULL};
    static const char *const prep[] = {"by", "of", "from", "for", "into", "at", "on", NULL};
    /* a clause or a quotation after it: "The annual report shows a
     * loss" states a figure, "… shows that" reports */
    if (i + 1 >= x->nt || !(word_is(x, i + 1, "that") || x->t[i + 1].q >= 0)) return 0;
    int32_t k = i - 1;
    while (k > 0 && is_adverb(x, k)) k--;
    if (punct_is(x, k, ',')) { /* "The study, released last week, found" */
        int32_t m = k - 1;
        while (m > 0 && m > k - 10 && x->t[m].kind == T_WORD && x->t[m].q < 0) m--;
        if (!punct_is(x, m, ',')) return 0;
        k = m - 1;
    }
    for (int32_t m = k; m >= 0 && m >= k - 5; m--) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0) return 0;
        if (word_in(x, m, noun)) return m == k || word_in(x, m + 1, prep);
    }
    return 0;
}

static __attribute__((noinline)) int cue_by_context(ctx *x, int32_t i)
{
    if (noun_by_context(x, i)) return 0;
    /* round 15a: the verbs of findings, by their subject */
    if (tl(x, i) >= 5 && tl(x, i) <= 6 && (word_is(x, i, "found") || word_is(x, i, "finds") ||
                                            word_is(x, i, "showed") || word_is(x, i, "shows")))
        return findings_subject(x, i);
    /* round 14c: a passive ("The plant is said to be for sale", "the
     * agency was asked to decide", "were accused of", "shares were
     * quoted at 372p") reports no word of its subject ("was quoted as
     * saying": the participle after it reports); not "was quoted in the
     * paper as saying", nor a question put to it ("was asked, “…”", "was
     * asked about the “…” remark") */
    size_t n = tl(x, i);
    char last = tx(x, i)[n - 1];
    if (i > 1 && (last == 'd' || last == 't')) {
        /* over an adverb or two ("is also said", "was widely reported") */
        static const char *const mod[] = {"also", "not", "still", "now", "often", "already", "never", NULL};
        int passive = 0;
        for (int32_t k = i - 1; k > 0 && k >= i - 3 && x->t[k].kind == T_WORD && x->t[k].q < 0; k--) {
            const char *b = tx(x, k);
            size_t bn = tl(x, k);
#define BE_(v) same_word(b, v, bn)
            passive = bn == 2   ? BE_("is") || BE_("be")
                    : bn == 3 ? BE_("was") || BE_("are")
                    : bn == 4 ? BE_("were") || BE_("been")
                    : bn == 5 ? BE_("being")
                              : 0;
#undef BE_
            if (passive) break;
            if (bn < 3 || !((b[bn - 1] == 'y' && b[bn - 2] == 'l') ||
                            (bn <= 7 && (b[0] == 'a' || b[0] == 'n' || b[0] == 's' || b[0] == 'o') && word_in(x, k, mod))))
                break;
        }
        /* (after the merge with rounds 14a and 14b: a passive followed
         * soon by a quotation, with no "that" first, names or describes
         * its subject in quoted words, "has been called the “…”", "was
         * described by X as “…”", which PolNeAR marks; those rules read
         * it) */
        if (passive && !(word_is(x, i, "quoted") && word_is(x, i + 1, "in")) &&
            !(word_is(x, i, "asked") && i + 1 < x->nt &&
              (x->t[i + 1].kind != T_WORD || x->t[i + 1].q >= 0 || word_is(x, i + 1, "about")))) {
            int quoted_soon = 0;
            for (int32_t k = i + 1; k < x->nt && k <= i + 8 && !quoted_soon; k++) {
                if (x->t[k].q >= 0) quoted_soon = 1;
                else if (x->t[k].kind != T_WORD || word_is(x, k, "that")) break;
            }
            /* "It was announced that …": an empty subject; the clause is the report */
            int32_t be_at = i - 1;
            while (be_at > 0 && x->t[be_at].kind == T_WORD && !word_is(x, be_at, "is") && !word_is(x, be_at, "was") &&
                   !word_is(x, be_at, "been") && !word_is(x, be_at, "be") && be_at >= i - 3)
                be_at--;
            if (!quoted_soon && !(be_at - 1 >= 0 && word_is(x, be_at - 1, "it"))) return 0;
        }
    }
    /* round 14c: a participle naming what an indefinite object or
     * prepositional phrase is called is no cue ("set up a website called
     * …", "sent along a woman called …"; not "A critic called it …") */
    if (n >= 5 && n <= 6 && last == 'd' && (word_is(x, i, "called") || word_is(x, i, "dubbed") ||
                                            word_is(x, i, "named"))) {
        int32_t k = i - 1;
        while (k > 0 && k >= i - 3 && x->t[k].kind == T_WORD && x->t[k].q < 0 && !(x->t[k].flags & F_CAP) &&
               !(tflags(x, k) & (LX_FUNC | LX_PRONOUN | LX_CUE)))
            k--;
        if (k < i - 1 && k > 0 && (word_is(x, k, "a") || word_is(x, k, "an")) && x->t[k - 1].kind == T_WORD &&
            x->t[k - 1].q < 0)
            return 0;
    }
    /* round 14c: "continue" speaks only before punctuation or a
     * quotation ("Cruz continued: “…”", "…,” he continued."), "that" or a
     * speech verb ("continues to insist"), not in "continues to debate",
     * "continued as planned" */
    if (n >= 8 && n <= 9 && tx(x, i)[0] == 'c' && tx(x, i)[4] == 'i' && i + 1 < x->nt &&
        x->t[i + 1].kind == T_WORD && x->t[i + 1].q < 0 &&
        (word_is(x, i, "continue") || word_is(x, i, "continues") || word_is(x, i, "continued")) &&
        !word_is(x, i + 1, "that") && !(word_is(x, i + 1, "to") && i + 2 < x->nt && x->t[i + 2].kind == T_WORD && (tflags(x, i + 2) & LX_CUE))) {
        /* "He continued with an appeal to voters: “…”" */
        for (int32_t k = i + 2; k < x->nt && k <= i + 10 && x->t[k].kind != T_PARA; k++) {
            if (punct_is(x, k, ':')) return 1;
            if (x->t[k].kind == T_PUNCT && x->t[k].cp != ',') break;
        }
        return 0;
    }
    return 1;
}

static int is_cue_slow(ctx *x, int32_t i)
{
    if (tl(x, i) == 9 && (tx(x, i)[0] | 0x20) == 'a' && word_is(x, i, "according")) return word_is(x, i + 1, "to");
    if (x->t[i].flags & F_CAP) return 0;
    /* round 15: a possessive is a noun ("the state’s party convention") */
    if (strip_poss(tx(x, i), tl(x, i)) != tl(x, i)) return 0;
    /* most words asked are no cue and looked up by nothing else: the cue
     * filter answers for them without the lexicon lookup */
    int cue;
    if (x->t[i].lxf & LXF_KNOWN) cue = (x->t[i].lxf & LX_CUE) != 0;
    else cue = maybe_cue(tx(x, i), tl(x, i)) && (tflags(x, i) & LX_CUE); /* no possessive: see above */
    if (!cue) {
        /* phrasal cues, decided by the next word ("it", "on", "back"),
         * tested by its length first: this runs for every word that is no
         * cue */
        if (i + 1 >= x->nt) return 0;
        size_t nn = tl(x, i + 1);
        if (nn != 2 && nn != 4) return 0;
        size_t n = tl(x, i);
        const char *w = tx(x, i);
        if (nn == 4) {
            /* "Trump shot back, “…”", "fired back", "hit back" */
            static const char *const back_cues[] = {"shot", "fired", "hit", "shoots", "fires", "hits", NULL};
            return n >= 3 && n <= 6 && (w[0] == 's' || w[0] == 'f' || w[0] == 'h') && word_is(x, i + 1, "back") &&
                   word_in(x, i, back_cues);
        }
        /* "As one analyst puts it, “…”" */
        if ((n == 3 || n == 4) && w[0] == 'p' && w[1] == 'u' && w[2] == 't' && (n == 3 || w[3] == 's') &&
            word_is(x, i + 1, "it") && punct_is(x, i + 2, ','))
            return 1;
        /* round 10: "“…,” he went on." — "went on" ending the sentence
         * (not "went on to say", "went on for days", "goes on, including") */
        return n == 4 && (w[0] == 'w' || w[0] == 'g') && (word_is(x, i, "went") || word_is(x, i, "goes")) &&
               word_is(x, i + 1, "on") && i + 2 < x->nt && punct_is(x, i + 2, '.');
    }
    /* a noun after a determiner or a possessive: "his comments", "Trump’s
     * statement", "the call"; "thanks to" */
    if (i > 0 && x->t[i - 1].kind == T_WORD && x->t[i - 1].q < 0) {
        /* "the", "a", "an", "his", "her", "their", "its", "our", "my",
         * "your", "this", "these", "those": by length */
        const char *d = tx(x, i - 1);
        size_t dn = tl(x, i - 1);
#define DET_(w) same_word(d, w, dn)
        switch (dn) {
        case 1: if (DET_("a")) return 0; break;
        case 2: if (DET_("an") || DET_("my")) return 0; break;
        case 3: if (DET_("the") || DET_("his") || DET_("her") || DET_("its") || DET_("our")) return 0; break;
        case 4: if (DET_("your") || DET_("this")) return 0; break;
        case 5: if (DET_("their") || DET_("these") || DET_("those")) return 0; break;
        default: break;
        }
#undef DET_
        size_t sn = strip_poss(d, dn);
        if (sn != dn) {
            /* round 12: "he’s predicting", "she’s said": a personal
             * pronoun's ’s is "is" or "has", the cue a verb ("It’s
             * implied" has no speaker: left a noun, see round 9) */
            static const char *const contr[] = {"he", "she", "who", NULL};
            /* round 15: a name written with 's ("Moody's said",
             * "McDonald's says") before a verb that is never a noun */
            static const char *const never_noun[] = {"said", "says", "told", "added", NULL};
            if (!str_in(d, sn, contr) && !((x->t[i - 1].flags & F_CAP) && word_in(x, i, never_noun))) return 0;
        }
        if (i > 1 && noun_after_modifier(x, i)) return 0;
    }
    if (word_is(x, i, "thanks") && word_is(x, i + 1, "to")) return 0;
    /* round 14b: "several businesses have called off projects with him":
     * cancelling, no speech */
    if ((tx(x, i)[0] | 0x20) == 'c' && tl(x, i) >= 4 && tl(x, i) <= 7 && word_is(x, i + 1, "off") &&
        (word_is(x, i, "call") || word_is(x, i, "calls") || word_is(x, i, "called") || word_is(x, i, "calling")))
        return 0;
    /* round 15: senses of cue words that report no speech, reached on
     * real news through lead-ins: "pleaded guilty", "posted a 5 pct rise in
     * profits" (not "posted on Twitter that …"), "reported from Los
     * Angeles" (a byline), "is reported to have" (a passive) */
    if ((tx(x, i)[0] | 0x20) == 'p' || (tx(x, i)[0] | 0x20) == 'r') {
        if ((word_is(x, i, "pleaded") || word_is(x, i, "pleads") || word_is(x, i, "plead")) &&
            (word_is(x, i + 1, "guilty") || word_is(x, i + 1, "not") || word_is(x, i + 1, "innocent") ||
             word_is(x, i + 1, "no")))
            return 0;
        if ((word_is(x, i, "posted") || word_is(x, i, "posts")) && i + 1 < x->nt &&
            (is_determiner(x, i + 1) || (x->t[i + 1].flags & F_DIGIT) || word_is(x, i + 1, "sharp") ||
             word_is(x, i + 1, "record"))) {
            static const char *const money[] = {"gain", "gains", "loss", "losses", "profit", "profits", "rise",
                                                "fall", "decline", "drop", "increase", "earnings", "income",
                                                "revenue", "revenues", "sales", "deficit", "surplus", NULL};
            for (int32_t k = i + 1; k < x->nt && k <= i + 6 && x->t[k].kind == T_WORD; k++)
                if (word_in(x, k, money)) return 0;
        }
        if (word_is(x, i, "reported") &&
            ((word_is(x, i + 1, "from") && cap_word(x, i + 2)) ||
             (word_is(x, i + 1, "to") && (word_is(x, i + 2, "have") || word_is(x, i + 2, "be")))))
            return 0;
    }
    /* round 14c: the tests by the neighbours, once per token */
    if (!(x->t[i].flags & F_CTX_DONE)) {
        x->t[i].flags |= F_CTX_DONE;
        /* a past tense in -d ("said", "told", "reported": most cues
         * asked) needs the tests only for a passive (a word before it
         * that may be "be" or an adverb, by length and first letter), a
         * naming participle or "continued" */
        size_t n = tl(x, i);
        char last = tx(x, i)[n - 1];
        int ask = 1;
        if (last == 'd' && !(n >= 5 && n <= 6) && !(n == 9 && tx(x, i)[0] == 'c')) {
            ask = 0;
            const tk *p = i > 1 ? &x->t[i - 1] : NULL;
            if (p && p->kind == T_WORD) {
                size_t pn = p->e - p->s;
                const char *pw = x->s + p->s;
                unsigned char c0 = lower_c((unsigned char)pw[0]);
                ask = (pn >= 2 && pn <= 5 && (c0 == 'i' || c0 == 'b' || c0 == 'w' || c0 == 'a')) ||
                      (pn >= 3 && pw[pn - 1] == 'y' && pw[pn - 2] == 'l') ||
                      (pn <= 7 && (c0 == 'n' || c0 == 's' || c0 == 'o' || c0 == 'a'));
            }
        }
        if (ask && !cue_by_context(x, i)) x->t[i].flags |= F_CTX_NOCUE;
    }
    return !(x->t[i].flags & F_CTX_NOCUE);
}

/* Whether word i is a cue verb (or noun) of an attribution.  The scans for
 * attributions ask it of every word of a window, and nearly all are no cue:
 * punctuation, quoted or capitalised words, words the cue filter rules out
 * (or known to be no cue) with no phrasal cue's next word.  Those are
 * answered here, inlined, by is_cue_slow's own tests in its order; the rest
 * (possessives, a filter hit, "according", "shot back") go to it. */
static inline __attribute__((always_inline)) int is_cue_tok(ctx *x, int32_t i)
{
    const tk *t = &x->t[i];
    if (t->kind != T_WORD || t->q >= 0) return 0;
    uint32_t n = t->e - t->s;
    const char *w = x->s + t->s;
    if (n == 9 && (w[0] | 0x20) == 'a') return is_cue_slow(x, i);
    if (t->flags & F_CAP) return 0;
    int maybe;
    if (t->lxf & LXF_KNOWN) maybe = (t->lxf & LX_CUE) != 0;
    else maybe = maybe_cue(w, (w[n - 1] | 0x20) == 's' ? strip_poss(w, n) : n);
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
    return i >= 0 && i < x->nt && is_cue_tok(x, i);
}


/* round 14: a lower-case word (or the first of its sentence) that reads as a plural noun: "officials",
 * "analysts", "residents" (-s after a letter other than s, u or i; five
 * letters or more), or one of the plurals without -s that name groups of
 * people ("police", "people"). */
static int plural_noun(ctx *x, int32_t i)
{
    static const char *const irregular[] = {"police", "people", "staff", "media", "women", "men", "children",
                                            "officials", NULL};
    if (x->t[i].kind != T_WORD || (x->t[i].flags & F_DIGIT) || x->t[i].q >= 0) return 0;
    /* capitalised only as the first word of its sentence ("Members of …") */
    if ((x->t[i].flags & F_CAP) && (i != x->sent_first[x->t[i].sent] || (x->t[i].flags & F_ACRO))) return 0;
    if (word_in(x, i, irregular)) return 1;
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    /* round 15: "spokesmen", "businessmen", "chairmen" */
    if (n >= 6 && w[n - 1] == 'n' && w[n - 2] == 'e' && w[n - 3] == 'm' && !(x->t[i].flags & F_CAP)) return 1;
    if (n < 5 || w[n - 1] != 's') return 0;
    char c = w[n - 2];
    return c != 's' && c != 'u' && c != 'i' && c != '\'' && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* round 14: words for an unnamed informant that the description list
 * does not hold ("a source", "People familiar with …"). */
static int source_word(ctx *x, int32_t i)
{
    static const char *const w[] = {"source", "sources", "people", "People", "person", "insider", "insiders", NULL};
    return word_in(x, i, w);
}
static tspan np_head(ctx *x, tspan r, int32_t lo);
static int plural_desc(ctx *x, int32_t h);
static int finite_cue(ctx *x, int32_t c);

/* The speaker phrase that ends at token j (inclusive), not before lo. */
static const char *const prep_of[] = {"of", "for", "at", "in", NULL};

/* round 15: participles of a poll before "by" ("economists polled by
 * Reuters said") */
static const char *const polled[] = {"polled", "surveyed", "contacted", "interviewed", "questioned", NULL};

/* round 15: whether token k (k >= 1) is the apostrophe of a plural
 * possessive, a token of its own glued to the word in -s before it
 * ("Producers' Association", "the prosecutors' office"). */
static int plural_poss_mark(ctx *x, int32_t k)
{
    const tk *t = &x->t[k], *w = &x->t[k - 1];
    return t->kind != T_WORD && t->s == w->e && t->e - t->s <= 3 && (x->s[t->s] == '\'' || t->cp == 0x2019) &&
           w->kind == T_WORD && (x->s[w->e - 1] | 0x20) == 's';
}

static tspan np_left(ctx *x, int32_t j, int32_t lo);

/* Round 16: whether token k is a conjunction that opens a clause inside
 * a sentence: "but", "although", "though", "while", "whereas", "because",
 * "since", "so", "yet"; "and" after a comma or after a lower-case word that
 * is no plural noun ("in the north and officials said", not "the pilots
 * and officials said", a coordinated subject), nor between two -ing
 * modifiers ("Rubber producing and consuming countries"). */
static int plural_noun(ctx *x, int32_t i);
static int and_opens_clause(ctx *x, int32_t k);
static int clause_conj(ctx *x, int32_t k)
{
    static const char *const conj[] = {"but", "although", "though", "while", "whereas", "because", "since", "so",
                                       "yet", NULL};
    if (x->t[k].kind != T_WORD || x->t[k].q >= 0) return 0;
    if (word_in(x, k, conj)) return 1;
    return word_is(x, k, "and") && and_opens_clause(x, k);
}

/* The part of clause_conj for "and" (token k, outside quotes). */
static int and_opens_clause(ctx *x, int32_t k)
{
    if (k < 1) return 0;
    if (punct_is(x, k - 1, ',')) return 1;
    return x->t[k - 1].kind == T_WORD && x->t[k - 1].q < 0 && !cap_word(x, k - 1) && !plural_noun(x, k - 1) &&
           !(ing_form(x, k - 1) && k + 1 < x->nt && ing_form(x, k + 1)) &&
           !(tflags(x, k - 1) & (LX_DESC | LX_TITLE | LX_PRONOUN));
}

/* Round 16: whether w (n bytes) names a number ("two", "twelve",
 * "ninety", "hundred"): by length, as share_word asks it of nearly every
 * phrase end. */
static int number_name(const char *w, size_t n)
{
#define NN_(v) same_word(w, v, n)
    switch (n) {
    case 3: return NN_("one") || NN_("two") || NN_("six") || NN_("ten");
    case 4: return NN_("four") || NN_("five") || NN_("nine");
    case 5: return NN_("three") || NN_("seven") || NN_("eight") || NN_("forty") || NN_("fifty") || NN_("sixty");
    case 6:
        return NN_("eleven") || NN_("twelve") || NN_("twenty") || NN_("thirty") || NN_("eighty") || NN_("ninety");
    case 7: return NN_("seventy") || NN_("hundred");
    default: return 0;
    }
#undef NN_
}

/* Round 16: a number as a word or in digits ("two", "46", "1,300"). */
static int number_word(ctx *x, int32_t i)
{
    if (x->t[i].kind != T_WORD || x->t[i].q >= 0) return 0;
    return (x->t[i].flags & F_DIGIT) || number_name(tx(x, i), tl(x, i));
}

/* Round 16: whether tokens [a, b] are a share of people, as a poll reports
 * them: an optional hedge ("almost", "more than"), then a number with an
 * optional percent ("46 percent", "Fifty nine percent", "22%"), "N in M",
 * a fraction ("a third", "two-thirds", "half"), or "most"/"many"/"a
 * majority", then an optional "of" phrase ending in a plural or "them"
 * ("of voters", "of those polled"), then an optional figure in brackets
 * or between commas ("Most (62%)", "Almost a quarter, 22%,"). */
static int share_phrase(ctx *x, int32_t a, int32_t b)
{
    static const char *const hedge[] = {"almost", "nearly", "about", "around", "roughly", "some", "over",
                                        "just", "only", "fully", "exactly", NULL};
    static const char *const frac[] = {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
                                       "tenths", "half", "two-thirds", "three-quarters", "majority", "minority",
                                       NULL};
    static const char *const many[] = {"most", "many", "half", "two-thirds", "three-quarters", NULL};
    static const char *const pct[] = {"percent", "pct", "%", NULL};
    int32_t k = a;
    if (k <= b && word_in(x, k, hedge)) k++;
    else if (k + 1 <= b && (word_is(x, k, "more") || word_is(x, k, "fewer") || word_is(x, k, "less")) &&
             word_is(x, k + 1, "than"))
        k += 2;
    else if (k + 1 <= b && word_is(x, k, "at") && word_is(x, k + 1, "least"))
        k += 2;
    if (k > b) return 0;
    int head = 0;
    if (number_word(x, k)) {
        while (k + 1 <= b && number_word(x, k + 1)) k++; /* "Fifty nine" */
        if (k + 2 <= b && word_is(x, k + 1, "in") && number_word(x, k + 2)) {
            k += 3; /* "two in three" */
            head = 1;
        } else if (k + 1 <= b && (word_in(x, k + 1, pct) || punct_is(x, k + 1, '%'))) {
            k += 2;
            head = 1;
        } else if (k + 2 <= b && word_is(x, k + 1, "per") && word_is(x, k + 2, "cent")) {
            k += 3;
            head = 1;
        } else if (k + 1 <= b && word_in(x, k + 1, frac)) {
            k += 2; /* "two thirds" */
            head = 1;
        }
    } else if (k + 1 <= b && (word_is(x, k, "a") || word_is(x, k, "the")) && word_in(x, k + 1, frac)) {
        k += 2;
        head = 1;
    } else if (word_in(x, k, many)) {
        k++;
        head = 1;
    }
    if (!head) return 0;
    /* the figure in brackets or between commas */
    if (k <= b && (punct_is(x, k, '(') || punct_is(x, k, ','))) {
        int paren = punct_is(x, k, '(');
        int32_t m = k + 1;
        while (m <= b && m < k + 5 && !punct_is(x, m, paren ? ')' : ',')) m++;
        if (m > b || m == k + 1 || !(x->t[k + 1].flags & F_DIGIT)) return 0;
        k = m + 1;
    }
    if (k <= b && word_is(x, k, "of")) {
        /* "of voters", "of those polled", "of them", "of the 1,000 adults
         * surveyed" */
        if (b - k > 5) return 0;
        /* round 19: capitalised modifiers before the plural ("of
         * Democratic primary voters", "of Florida Latino voters") */
        for (int32_t m = k + 1; m <= b; m++)
            if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || (cap_word(x, m) && m == b) || is_cue(x, m)) return 0;
        return plural_noun(x, b) || word_is(x, b, "them") || word_is(x, b, "those") || word_is(x, b, "polled") ||
               word_is(x, b, "surveyed") || word_is(x, b, "questioned") || word_is(x, b, "respondents");
    }
    return k == b + 1;
}

/* Round 16: whether a share can end at token j (np_left asks this of
 * every phrase end, so the cheap tests come first): a figure, a percent,
 * a fraction or "most", a bracket or comma after a figure, or a plural
 * after "of" that follows one of those.  share_word: a number word, a
 * percent, a fraction, "most" or "many". */
static int share_word(ctx *x, int32_t i)
{
    /* by length and first letter, like is_adverb: np_left asks this of
     * nearly every phrase end, and most words are none of these */
    if (x->t[i].kind != T_WORD) return 0;
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    if (number_name(w, n)) return 1;
#define SW_(v) same_word(w, v, n)
    switch (n) {
    case 3: return SW_("pct");
    case 4: return SW_("cent") || SW_("half") || SW_("most") || SW_("many");
    case 5: return SW_("third") || SW_("fifth") || SW_("tenth");
    case 6: return SW_("thirds") || SW_("fifths") || SW_("tenths");
    case 7: return SW_("percent") || SW_("quarter");
    case 8: return SW_("quarters") || SW_("majority") || SW_("minority");
    case 10: return SW_("two-thirds");
    case 14: return SW_("three-quarters");
    default: return 0;
    }
#undef SW_
}

static int share_end(ctx *x, int32_t j)
{
    if (x->t[j].kind != T_WORD) {
        if (j < 1 || !(punct_is(x, j, ',') || punct_is(x, j, ')') || punct_is(x, j, '%'))) return 0;
        return punct_is(x, j, '%') || punct_is(x, j - 1, '%') || (x->t[j - 1].flags & F_DIGIT) ||
               share_word(x, j - 1);
    }
    if (x->t[j].flags & F_DIGIT) return 1;
    /* a plural after "of" ("of voters", "of those polled") */
    size_t n = tl(x, j);
    const char *w = tx(x, j);
    if (n >= 4 && (w[n - 1] == 's' || w[n - 1] == 'd' || w[n - 1] == 'e' || w[n - 1] == 'm')) {
        for (int32_t k = j - 1; k >= 1 && k >= j - 5; k--)
            if (tl(x, k) == 2 && word_is(x, k, "of"))
                return punct_is(x, k - 1, '%') || punct_is(x, k - 1, ')') || (x->t[k - 1].flags & F_DIGIT) ||
                       share_word(x, k - 1);
    }
    return share_word(x, j);
}

/* Round 16: the share of people that speaks at token j ("Two in three
 * said", "46 percent of voters said", "Most (62%) said"), opening its
 * clause; {-1, -1} otherwise. */
static tspan share_subject(ctx *x, int32_t j, int32_t lo)
{
    tspan r = {-1, -1};
    if (x->t[j].q >= 0 || !share_end(x, j)) return r;
    for (int32_t c = j - 12 < lo ? lo : j - 12; c <= j; c++) {
        if (!(c == x->sent_first[x->t[c].sent] || (c - 1 >= lo && clause_conj(x, c - 1)) ||
              (c - 1 >= lo && punct_is(x, c - 1, ',') && c - 2 >= lo && x->t[c - 2].kind == T_WORD)))
            continue;
        if (share_phrase(x, c, j)) {
            r.a = c;
            r.b = punct_is(x, j, ',') ? j - 1 : j; /* "Almost a quarter, 22%," */
            return r;
        }
    }
    return r;
}

/* Round 16: bodies and quantities whose "of" phrase names their members
 * ("the board of directors", "a number of analysts"): the phrase's head
 * speaks for them. */
static const char *const of_body[] = {"board", "committee", "council", "panel", "majority", "number", "group",
                                      "team", "association", "commission", "delegation", "coalition", "union",
                                      NULL};

/* Round 16: phrase r is the object in a relative clause without commas
 * ("But bankers who attended the meeting with Gros said"): the noun
 * before "who" and one or two verbs heads the phrase, which runs from
 * it to r's end. */
static tspan np_relative(ctx *x, tspan r, int32_t lo)
{
    if (r.a < 0) return r;
    for (int32_t w = r.a - 2; w >= r.a - 3 && w - 1 >= lo; w--) {
        if (!word_is(x, w, "who")) continue;
        for (int32_t k = w + 1; k < r.a; k++)
            if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || cap_word(x, k) || is_cue(x, k) ||
                (tflags(x, k) & (LX_FUNC | LX_PRONOUN)))
                return r;
        tspan who = np_left(x, w - 1, lo);
        if (who.a >= 0 && who.b == w - 1) r.a = who.a;
        return r;
    }
    return r;
}

static tspan np_left(ctx *x, int32_t j, int32_t lo)
{
    tspan r = {-1, -1};
    /* round 13: also an emphatic reflexive ("Sanders himself said") */
    static const char *const reflexive[] = {"himself", "herself", "itself", "themselves", NULL};
    /* round 14c: and "is", "was", "are", "were", "been" ("Tom Hale was asked,
     * “…”"); round 15: "has", "had", "have" in any case (is_adverb takes
     * them in lower case only; Reuters writes "The U.S. Has said") */
    /* round 15: a time between the subject and the cue ("Tessa Jowell on
     * Tuesday said", "X yesterday said") */
    if (j - 1 > lo && j + 1 < x->nt && x->t[j + 1].kind == T_WORD && !(x->t[j + 1].flags & F_CAP) && is_day(x, j)) {
        if (word_is(x, j - 1, "on")) j -= 2;
        else if (!(x->t[j].flags & F_CAP)) j--;
    }
    /* round 16: "Tom Hale late last year said", "X earlier this month
     * said" (a finite cue: not "issued a report this month saying") */
    else if (j - 2 > lo && tl(x, j) >= 4 && tl(x, j) <= 5 && x->t[j].kind == T_WORD && !(x->t[j].flags & F_CAP) &&
             (word_is(x, j, "year") || word_is(x, j, "month") || word_is(x, j, "week")) &&
             (word_is(x, j - 1, "last") || word_is(x, j - 1, "this")) && finite_cue(x, j + 1)) {
        j -= 2;
        if (word_is(x, j, "late") || word_is(x, j, "early") || word_is(x, j, "earlier")) j--;
    }
    while (j >= lo && (is_adverb(x, j) || (j > lo && tl(x, j) >= 6 && word_in(x, j, reflexive)) ||
                       (j > lo && tl(x, j) >= 2 && tl(x, j) <= 4 && x->t[j].kind == T_WORD &&
                        (same_word(tx(x, j), tl(x, j) == 2 ? "is" : tl(x, j) == 3 ? "was" : "were", tl(x, j)) ||
                         (tl(x, j) == 3 && (same_word(tx(x, j), "are", 3) || same_word(tx(x, j), "has", 3) ||
                                            same_word(tx(x, j), "had", 3))) ||
                         (tl(x, j) == 4 && (same_word(tx(x, j), "been", 4) || same_word(tx(x, j), "have", 4))))) ||
                       /* round 19: "has long maintained", "have long argued" */
                       (j - 1 > lo && tl(x, j) == 4 && x->t[j].kind == T_WORD && same_word(tx(x, j), "long", 4) &&
                        (word_is(x, j - 1, "has") || word_is(x, j - 1, "have") || word_is(x, j - 1, "had")))))
        j--;
    if (j < lo) return r;
    /* round 16: a participle phrase after the subject's noun, with a
     * time ("The report published on Tuesday said", "A company statement
     * issued late on Friday said"): the noun heads the phrase */
    {
        static const char *const doc_part[] = {"issued", "released", "published", "posted", "distributed",
                                               "circulated", "prepared", "signed", "dated", "sent", "filed", NULL};
        static const char *const when[] = {"on", "late", "early", "earlier", "last", "this", "overnight",
                                           "week", "month", "year", "morning", "afternoon", "evening", "night",
                                           NULL};
        /* the participle first, by its ending (np_left runs for every
         * cue): the last word in -ed (or "sent") at most three back */
        int32_t k = j;
        while (k > lo && k > j - 4 && x->t[k].kind == T_WORD &&
               !(tl(x, k) > 3 && ((tx(x, k)[tl(x, k) - 2] == 'e' && tx(x, k)[tl(x, k) - 1] == 'd') ||
                                  (tl(x, k) == 4 && same_word(tx(x, k), "sent", 4)))))
            k--;
        int ok = k - 1 >= lo && x->t[k].kind == T_WORD && x->t[k - 1].kind == T_WORD && x->t[k - 1].q < 0 &&
                 !(tflags(x, k - 1) & (LX_FUNC | LX_PRONOUN)) && word_in(x, k, doc_part);
        if (ok && k == j) {
            /* with no time, not before a plural noun ("the union filed
             * comments opposing …") */
            ok = !(j + 1 < x->nt && tl(x, j + 1) > 4 && tx(x, j + 1)[tl(x, j + 1) - 1] == 's');
        } else
            for (int32_t m = k + 1; m <= j && ok; m++)
                ok = x->t[m].kind == T_WORD && x->t[m].q < 0 && (is_day(x, m) || word_in(x, m, when));
        if (ok) {
            tspan in = np_left(x, k - 1, lo);
            if (in.a >= 0 && in.b == k - 1 && (is_determiner(x, in.a) || cap_word(x, in.a))) return in;
        }
    }
    {
        tspan sh = share_subject(x, j, lo);
        if (sh.a >= 0) return sh;
    }
    tk *t = &x->t[j];
    if (t->q >= 0) return r;
    if (t->kind == T_PUNCT && t->cp == ')') {
        int32_t k = j - 1;
        while (k >= lo && k > j - 12 && !punct_is(x, k, '(')) k--;
        if (k > lo && punct_is(x, k, '(')) return np_left(x, k - 1, lo);
        /* round 16: a company in brackets opening the sentence, as
         * Reuters marks an unlisted one ("(Kelmouth Ferry Inc) said") */
        if (k >= lo && k + 1 < j && punct_is(x, k, '(') && k == x->sent_first[x->t[k].sent] && cap_word(x, k + 1) &&
            cap_word(x, j - 1)) {
            tspan in = np_left(x, j - 1, k + 1);
            if (in.a == k + 1) return in;
        }
        return r;
    }
    /* round 15: Reuters marks a company in angle brackets: a ticker after
     * the name ("House of Fabrics Inc <HF> said", "Swissair <SWSZ.Z>
     * said") is skipped like a parenthetical; a bracketed name ("<Pagurian
     * Corp Ltd> said", an unlisted company) is the phrase itself */
    if (t->kind == T_PUNCT && t->cp == '>') {
        int32_t k = j - 1;
        while (k >= lo && k > j - 10 && (x->t[k].kind == T_WORD || punct_is(x, k, '.') || punct_is(x, k, '&')))
            k--;
        if (k < lo || k >= j - 1 || !punct_is(x, k, '<')) return r;
        int ticker = 1;
        for (int32_t m = k + 1; m < j && ticker; m++)
            ticker = x->t[m].kind != T_WORD || (x->t[m].flags & F_ACRO) ||
                     ((x->t[m].flags & F_CAP) && tl(x, m) == 1);
        if (ticker && k - 1 >= lo && x->t[k - 1].kind == T_WORD && cap_word(x, k - 1)) return np_left(x, k - 1, lo);
        if (!ticker || k - 1 < lo || x->t[k - 1].kind != T_WORD) {
            tspan in = np_left(x, j - 1, k + 1);
            if (in.a >= 0 && cap_word(x, in.a)) return in;
        }
        return r;
    }
    if (t->kind == T_PUNCT && t->cp == ',') {
        /* round 13: "Gov. Tom Hale (R-Ohio), said": a party and state tag
         * (or any parenthetical) before the comma; the name before it */
        if (j - 1 > lo && punct_is(x, j - 1, ')')) {
            tspan in = np_left(x, j - 1, lo);
            if (in.a >= 0 && cap_word(x, in.b)) return in;
            return r;
        }
        /* an appositive: "Name, the party chairman, said" */
        int32_t k = j - 1;
        while (k >= lo && k > j - 16 &&
               (x->t[k].kind == T_WORD || (x->t[k].kind == T_QMARK && x->t[k].q < 0 && !x->t[k].left_space)))
            k--;
        if (k >= lo && punct_is(x, k, ',') && k - 1 >= lo && cap_word(x, k - 1)) {
            tspan in = np_left(x, k - 1, lo);
            /* "Cory James, 22, of Flint, Mich., said", "Ann Cole of Reno,
             * Nev., said": the place is the speaker's, who comes before */
            if (in.a >= 0 && in.a - 2 >= lo && (word_is(x, in.a - 1, "of") || word_is(x, in.a - 1, "from"))) {
                int32_t m = in.a - 2;
                if (m - 2 >= lo && punct_is(x, m, ',') && (x->t[m - 1].flags & F_DIGIT) && punct_is(x, m - 2, ','))
                    m -= 3; /* ", 22," */
                if (m >= lo && cap_word(x, m)) {
                    tspan who = np_left(x, m, lo);
                    if (who.a >= 0) return who;
                }
            }
            /* round 14c: "The director of the Harbour Board, Tom Hale,
             * said": a person named in apposition to a description (a
             * role and what it is of) opening the clause speaks (not
             * after a quotation or a comma, where the description ends
             * the content before it) */
            if (in.a >= 0 && in.a < in.b && k + 1 < j && j - 1 - k <= 5 && !cap_word(x, in.a + 1) &&
                (!cap_word(x, in.a) || is_determiner(x, in.a)) &&
                (in.a == 0 || x->t[in.a - 1].kind == T_WORD || x->t[in.a - 1].kind == T_PARA ||
                 punct_is(x, in.a - 1, '.'))) {
                int32_t pm = mention_at(x, k + 1);
                if (pm >= 0 && x->ms[pm].t1 == j - 1 && x->ents[x->ms[pm].ent].kind == ENT_PERSON)
                    return (tspan){k + 1, j - 1};
            }
            /* round 14: "the mayor of Dover, Tom Hale, said": the place or
             * body is a preposition's object in a description; the name
             * set off after it speaks.  cr: the capitalised run that ends
             * the phrase ("Dover"; np_head may have taken "the mayor of"
             * into it) */
            int32_t cr = in.b;
            while (in.a >= 0 && cr - 1 >= in.a && cap_word(x, cr - 1)) cr--;
            if (in.a >= 0 && cr - 2 >= lo && word_in(x, cr - 1, prep_of) && x->t[cr - 2].kind == T_WORD &&
                !cap_word(x, cr - 2) && k + 1 < j && j - k <= 5) {
                int names = 1;
                for (int32_t m = k + 1; m < j && names; m++)
                    names = cap_word(x, m) && !(tflags(x, m) & (LX_FUNC | LX_PRONOUN));
                if (names) {
                    r.a = k + 1;
                    r.b = j - 1;
                    return r;
                }
            }
            if (in.a >= 0 && cap_word(x, in.b)) return in;
        }
        /* round 10: "an intelligence source, who was not authorized to
         * speak, told …": a description before a relative clause set off
         * by commas */
        /* round 14c: also a participle ("a port official, speaking on
         * condition of anonymity, said") */
        if (k >= lo && punct_is(x, k, ',') && k - 1 >= lo &&
            (word_is(x, k + 1, "who") ||
             (ing_form(x, k + 1) && k + 2 < j && !word_is(x, k + 2, "and") && !punct_is(x, k + 2, ','))) &&
            !cap_word(x, k - 1)) {
            static const char *const art[] = {"a", "an", "the", "one", "another", NULL};
            tspan in = np_left(x, k - 1, lo);
            /* the description opens its phrase (not "Lord Condon, head of
             * the ICC's anti-corruption unit, who …": an appositive) */
            if (in.a >= 0 && in.a < in.b && word_in(x, in.a, art) && (in.a == lo || x->t[in.a - 1].kind != T_WORD))
                return in;
            /* round 16: a plural with no article ("…, senior economists,
             * including Tom Hale of Kelmouth Bank, said") */
            if (in.a >= 0 && in.b == k - 1 && plural_noun(x, in.b) && (in.a == lo || x->t[in.a - 1].kind != T_WORD))
                return in;
        }
        /* "Ann Cole’s spokesman, Tom Reed, said": the name in apposition
         * to a role noun speaks */
        if (k >= lo && punct_is(x, k, ',') && k + 1 < j && k + 4 >= j - 1 && k - 1 >= lo &&
            x->t[k - 1].kind == T_WORD && !cap_word(x, k - 1)) {
            int all_cap = 1;
            for (int32_t m = k + 1; m < j; m++) all_cap &= cap_word(x, m);
            if (all_cap && !(tflags(x, k + 1) & (LX_FUNC | LX_PRONOUN))) {
                r.a = k + 1;
                r.b = j - 1;
            }
        }
        return r;
    }
    if (t->kind != T_WORD) return r;
    if (word_is(x, j, "who") || word_is(x, j, "which")) {
        if (j - 1 >= lo && punct_is(x, j - 1, ',')) {
            int32_t k = j - 2;
            if (k >= lo && cap_word(x, k)) return np_left(x, k, lo);
            return np_left(x, k, lo);
        }
        return r;
    }
    uint32_t f = tflags(x, j);
    if (f & LX_PRONOUN) {
        r.a = r.b = j;
        return r;
    }
    if (cap_word(x, j)) {
        int32_t a = j;
        while (a - 1 >= lo) {
            if (cap_word(x, a - 1) && x->t[a - 1].q < 0) a--;
            else if (a - 2 >= lo && is_connector(x, a - 1) && cap_word(x, a - 2)) a -= 2;
            /* round 15: "and" inside a portfolio before a title ("Trade
             * and Industry Minister Lee Hsien Loong"), not between two
             * people */
            else if (a - 2 >= lo && word_is(x, a - 1, "and") && cap_word(x, a - 2) &&
                     !(tflags(x, a - 2) & (LX_GIVEN | LX_TITLE)) && !(tflags(x, a) & (LX_GIVEN | LX_TITLE)) &&
                     a + 1 <= j && (tflags(x, a + 1) & LX_TITLE))
                a -= 2;
            /* round 15: a plural possessive's apostrophe, a token of its
             * own ("the French Maize Producers' Association") */
            else if (a - 2 >= lo && plural_poss_mark(x, a - 1) && cap_word(x, a - 2))
                a -= 2;
            /* round 16: an acronym in brackets inside the run ("Kelmouth
             * Ferry Exchange (KFE) Chief Executive Tom Hale said") */
            else if (a - 4 >= lo && punct_is(x, a - 1, ')') && (x->t[a - 2].flags & F_ACRO) && punct_is(x, a - 3, '(') &&
                     cap_word(x, a - 4) && cap_word(x, a))
                a -= 4;
            else break;
        }
        /* round 14c: not a function word that opens a name ("First
         * Wisconsin Corp said") */
        int32_t m0 = a < j ? mention_at(x, a) : -1;
        if (!(m0 >= 0 && x->ms[m0].t0 == a && x->ms[m0].t1 >= j))
            while (a < j && (tflags(x, a) & (LX_FUNC | LX_PRONOUN)) && !(x->t[a].flags & F_ACRO)) a++;
        if (tflags(x, a) & LX_FUNC && a == j && !(tflags(x, a) & LX_ORG)) return r;
        /* round 15: "…, economists polled by Reuters said": who was polled
         * speaks */
        int32_t pb = a - 1 >= lo && word_is(x, a - 1, "the") ? a - 1 : a;
        if (pb - 3 >= lo && word_is(x, pb - 1, "by") && word_in(x, pb - 2, polled)) {
            tspan who = np_left(x, pb - 3, lo);
            if (who.a >= 0) return who;
        }
        /* round 15: a name with "and" in it ("Standard and Poor's said")
         * is the mention found for it */
        int32_t mj = mention_at(x, j);
        if (mj >= 0 && x->ms[mj].t1 == j && x->ms[mj].t0 < a && x->ms[mj].t0 >= lo) a = x->ms[mj].t0;
        /* round 15: a role in lower case before the name ("…, provincial
         * treasurer Dick Johnston said", "lead manager Morgan Stanley
         * said", "GATT spokesman David Woods told"), or modifiers between
         * a determiner and the name ("the official New China News
         * Agency said"): the phrase starts with them */
        if (a - 1 >= lo && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0 && !cap_word(x, a - 1) &&
            !(tflags(x, a - 1) & (LX_FUNC | LX_PRONOUN | LX_CUE))) {
            static const char *const np_prep[] = {"in", "with", "of", "for", "on", "at", "from", "to", "by",
                                                  "through", "about", "over", "under", "later", "earlier",
                                                  "ago", "days", "weeks", "months", "years", NULL};
            int32_t b = a - 1;
            /* round 16: a broadcaster or paper is a role too ("…, radio
             * Tanzania said", "the daily Kelmouth Post said") */
            static const char *const outlet[] = {"radio", "television", "newspaper", "daily", "weekly",
                                                 "agency", "broadcaster", NULL};
            int role = (tflags(x, b) & (LX_DESC | LX_TITLE)) != 0 || word_in(x, b, outlet);
            while (b - 1 >= lo && b > a - 4 && x->t[b - 1].kind == T_WORD && x->t[b - 1].q < 0 &&
                   !is_determiner(x, b - 1) && !(tflags(x, b - 1) & (LX_FUNC | LX_PRONOUN | LX_CUE)) &&
                   !word_in(x, b - 1, np_prep) &&
                   strip_poss(tx(x, b - 1), tl(x, b - 1)) == tl(x, b - 1))
                b--;
            /* not a verb ("The film showed Tom Hale, …") */
            for (int32_t m = b; m < a && b >= 0; m++)
                if (!(tflags(x, m) & (LX_DESC | LX_TITLE)) && past_verb(x, m)) b = -1;
            if (b < 0) {
                /* a verb: no phrase to extend */
            } else if (role && b - 1 >= lo && cap_word(x, b - 1) &&
                       strip_poss(tx(x, b - 1), tl(x, b - 1)) != tl(x, b - 1) &&
                       (b - 1 == lo || punct_is(x, b - 2, ',') || b - 1 == x->sent_first[x->t[b - 1].sent])) {
                a = b - 1; /* "…, CSR's chief executive Bryan Kelman said" */
            } else if (b - 1 >= lo && is_determiner(x, b - 1) && !word_is(x, b - 1, "that") &&
                       (role || (mj >= 0 && x->ents[x->ms[mj].ent].kind != ENT_PERSON)))
                a = b - 1; /* not "the rate Swett said reporters should use" */
            else if (role && (b == lo || punct_is(x, b - 1, ',') || b == x->sent_first[x->t[b].sent])) a = b;
        }
        if (a - 1 >= lo && word_is(x, a - 1, "the")) a--;
        r.a = a;
        r.b = j;
        return np_relative(x, np_head(x, r, lo), lo);
    }
    /* a description: "the Kremlin adviser", "a spokesman for the party" */
    if (f & LX_FUNC) return r;
    /* round 15a: "The report said", "The report concluded", "Press
     * reports said": a report that is a noun here (is_cue: before a verb)
     * speaks (not "Press reports citing …"); round 15b: so does a cue
     * word that names a document after a determiner or a possessive and
     * at most two modifiers ("the agency's latest report said", "Its
     * estimates showed", "The tweet said") */
    if ((f & LX_CUE) && !(tl(x, j) >= 6 && tl(x, j) <= 7 && x->t[j].q < 0 &&
                          (word_is(x, j, "report") || word_is(x, j, "reports")) && !is_cue(x, j) &&
                          !ing_form(x, j + 1))) {
        static const char *const doc_noun[] = {"report", "reports", "estimate", "estimates", "tweet",
                                               "post", "note", NULL};
        if (!word_in(x, j, doc_noun)) return r;
        int32_t d = j - 1;
        while (d >= lo && d >= j - 3 && x->t[d].kind == T_WORD && x->t[d].q < 0 && !is_determiner(x, d) &&
               strip_poss(tx(x, d), tl(x, d)) == tl(x, d) && !(tflags(x, d) & (LX_FUNC | LX_CUE | LX_PRONOUN)))
            d--;
        if (!(d >= lo && x->t[d].kind == T_WORD && x->t[d].q < 0 &&
              (is_determiner(x, d) || strip_poss(tx(x, d), tl(x, d)) != tl(x, d))))
            return r;
    }
    /* round 15: a name ending in a number ("A spokeswoman for Teamsters
     * Local 912 said") */
    if ((x->t[j].flags & F_DIGIT) && j - 1 >= lo && cap_word(x, j - 1) && x->t[j - 1].e < x->t[j].s &&
        strip_poss(tx(x, j - 1), tl(x, j - 1)) == tl(x, j - 1)) { /* not "Uccel's 1987 estimated" */
        tspan nm = np_left(x, j - 1, lo);
        if (nm.a >= 0 && nm.b == j - 1) nm.b = j;
        return nm;
    }
    /* round 9: "issued a report this month charging …": a time is no one */
    static const char *const time_noun[] = {"month", "week", "year", "day", "morning", "afternoon", "evening",
                                            "night", "weekend", "time", NULL};
    if (word_in(x, j, time_noun)) return r;
    int32_t a = j;
    int has_det = 0, word_stop = 0;
    while (a - 1 >= lo && a > j - 7) {
        int32_t k = a - 1;
        /* round 15: over a plural possessive's apostrophe ("the
         * prosecutors' office") */
        if (k - 1 >= lo && plural_poss_mark(x, k)) {
            a = k;
            continue;
        }
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0) break;
        /* round 16: not "that" before a number ("showed that 72 percent
         * of voters said") */
        if (is_determiner(x, k) && !(word_is(x, k, "that") && (x->t[k + 1].flags & F_DIGIT))) {
            a = k;
            has_det = 1;
            break;
        }
        /* round 15: a quantifier before a plural ("Other employees said",
         * "Most analysts said") */
        static const char *const quant[] = {"other", "most", "many", "several", "few", "all", "both", "some",
                                            NULL};
        if (k < j && word_in(x, k, quant) && plural_noun(x, j)) { a = k; has_det = 1; break; }
        /* round 16: "Each side said"; a possessive in lower case determines
         * ("Officials at yesterday's crisis meeting said") */
        if (word_is(x, k, "each") && !plural_noun(x, j)) { a = k; has_det = 1; break; }
        if (k < j && !cap_word(x, k) && x->t[k].kind == T_WORD && strip_poss(tx(x, k), tl(x, k)) != tl(x, k)) {
            a = k; /* the walk goes on: "The prime minister's office" */
            has_det = 1;
            continue;
        }
        if (k == x->sent_first[x->t[k].sent] &&
            (word_is(x, k, "but") || word_is(x, k, "and") || word_is(x, k, "yet")))
            break;
        /* round 15: "of" inside a name ("a Board of Foreign Trade official") */
        if (word_is(x, k, "of") && k - 1 >= lo && cap_word(x, k - 1) && cap_word(x, k + 1)) { a = k; continue; }
        /* round 19: a title that is a function word before the name
         * ("Mr. Sanders's aides said", "Mrs. Clinton's campaign said") */
        if ((tflags(x, k) & LX_TITLE) && cap_word(x, k) && k + 1 < j && cap_word(x, k + 1)) { a = k; continue; }
        /* round 15: nor a finite verb ("athletes had genuine hopes"); a
         * cue word that is a noun modifies ("the state department said") */
        if (((tflags(x, k) & (LX_FUNC | LX_CUE)) && !((tflags(x, k) & LX_CUE) && noun_cue(tx(x, k), tl(x, k)) &&
                                                      !(tflags(x, k) & LX_FUNC))) ||
            word_in(x, k, finite_aux)) {
            word_stop = 1;
            break;
        }
        a = k;
    }
    if (a - 1 >= lo && a == j - 6 && x->t[a - 1].kind == T_WORD) word_stop = 1;
    /* round 14: "Local officials said …", "…, election officials said":
     * a plural noun with up to five modifiers and no determiner, opening
     * its clause (where the search starts, or after a comma), is a
     * group of speakers; not after a function word ("of officials"), a
     * quotation ("“poison pill” measures added") or a semicolon */
    /* round 15: a name and a noun opening the clause ("US Airways
     * management has said", "Kellogg Co unit said", "Rival Hillary
     * Clinton's campaign says") */
    int named = !has_det && !word_stop && a < j && tl(x, j) >= 3 && !past_verb(x, j) && !ing_form(x, j) &&
                !is_adverb(x, j) && !memchr(tx(x, j), '\'', tl(x, j)) && !memmem(tx(x, j), tl(x, j), "\xE2\x80\x99", 3) &&
                (a == x->sent_first[x->t[a].sent] || punct_is(x, a - 1, ','));
    for (int32_t m = a; m < j && named; m++)
        named = (cap_word(x, m) && (!(tflags(x, m) & (LX_FUNC | LX_PRONOUN)) || (m < j - 1 && (tflags(x, m) & LX_TITLE)))) ||
                /* round 19: "Bernie Sanders’ campaign says" */
                (m > a && plural_poss_mark(x, m));
    /* ... not what a possessor wrote or said ("Tom Hale's statement
     * called …": the possessor speaks, found elsewhere) */
    static const char *const said_noun[] = {"statement", "remarks", "comments", "letter", "book", "memo",
                                            "email", "speech", "ad", "website", "op-ed", "column", NULL};
    /* (but "Ost's statement said …" speaks: said/says have no object to
     * name) */
    if (named && strip_poss(tx(x, j - 1), tl(x, j - 1)) != tl(x, j - 1) && word_in(x, j, said_noun) &&
        !(word_is(x, j + 1, "said") || word_is(x, j + 1, "says")))
        named = 0;
    /* round 16: a plural role noun after a body's "of" ("The board of
     * directors said", "Anchor Savings Bank board of trustees said"): the
     * body speaks */
    if (word_stop && a == j && j - 2 >= lo && word_is(x, j - 1, "of") && word_in(x, j - 2, of_body) &&
        plural_desc(x, j)) {
        tspan hr = np_head(x, (tspan){j, j}, lo);
        if (hr.a < j) return hr;
    }
    int conj = a - 2 >= lo && clause_conj(x, a - 1);
    if (!has_det && !(f & LX_DESC) && !named &&
        !((!word_stop || conj) && plural_noun(x, j) &&
          (a == x->sent_first[x->t[a].sent] ||
           /* round 15: after a conjunction opening the sentence ("But
            * diplomats said") */
           (a - 1 == x->sent_first[x->t[a].sent] &&
            (word_is(x, a - 1, "but") || word_is(x, a - 1, "and") || word_is(x, a - 1, "yet"))) ||
           /* round 16: after a conjunction opening a clause inside the
            * sentence ("…, although economists said", "… in the north
            * and officials said"; not "met the pilots and officials") */
           conj ||
           /* not the comma of a figure ("a survey of 5,000 households") */
           (punct_is(x, a - 1, ',') && !(x->t[a - 1].e == x->t[a].s && (x->t[a].flags & F_DIGIT))) ||
           (x->t[a - 1].kind == T_QMARK && a - 2 >= 0 && punct_is(x, a - 2, ',')))))
        return r;
    r.a = a;
    r.b = j;
    /* a "for"/"of" phrase hides the head: "a spokesman for the campaign" */
    tspan hr = np_head(x, r, lo);
    if (hr.a != r.a) return np_relative(x, hr, lo);
    /* round 14: what np_head leaves ("People familiar with the matter
     * said"): the phrase is the object of a preposition after one
     * adjective, whose head is a description, a plural noun or a source */
    static const char *const link[] = {"for", "of", "at", "with", "to", "from", "in", NULL};
    if (a - 2 >= lo && word_in(x, a - 1, link) && x->t[a - 2].kind == T_WORD && x->t[a - 2].q < 0) {
        int32_t h = a - 2;
        if (!(tflags(x, h) & (LX_DESC | LX_FUNC)) && !plural_noun(x, h) && !source_word(x, h) && h - 1 >= lo &&
            x->t[h - 1].kind == T_WORD && !cap_word(x, h) && !(tflags(x, h) & (LX_CUE | LX_PRONOUN)))
            h--; /* "close to", "familiar with" */
        if (x->t[h].kind == T_WORD && x->t[h].q < 0 && !(tflags(x, h) & (LX_FUNC | LX_PRONOUN | LX_CUE)) &&
            ((tflags(x, h) & LX_DESC) || plural_noun(x, h) || source_word(x, h))) {
            tspan head = np_left(x, h, lo);
            if (head.a >= 0 && head.b == h) r.a = head.a;
        }
    }
    return np_relative(x, r, lo);
}

/* Round 14c: a prepositional phrase does not hide its head ("a source
 * close to the board said", "Officials at the bank said", "a spokesman
 * for Boeing said", "one of the analysts said"): phrase r, which follows
 * "of", "for", "at", "in", "on", "with", "from" or "close to", starts at
 * the noun phrase before it when that is a noun (a description or a
 * capitalised run: not a verb, participle, adverb or function word). */
/* plural_role's test for a lower-case word ("traders", "spokesmen"),
 * written out here: a call from np_head would take plural_role out of
 * line in find_entities, which asks it of every capitalised run. */
static int plural_desc(ctx *x, int32_t h)
{
    size_t n = tl(x, h);
    const char *w = tx(x, h);
    if (n < 4 || n >= 32) return 0;
    if (w[n - 1] == 's') return (lx_flags(w, n - 1) & (LX_DESC | LX_TITLE)) && !(lx_flags(w, n - 1) & LX_NAT);
    if (n >= 5 && w[n - 1] == 'n' && w[n - 2] == 'e' && w[n - 3] == 'm') {
        char sg[32];
        memcpy(sg, w, n);
        sg[n - 2] = 'a';
        uint32_t f = lx_flags(sg, n);
        return (f & (LX_DESC | LX_TITLE)) && !(f & LX_NAT);
    }
    return 0;
}

static tspan np_head(ctx *x, tspan r, int32_t lo)
{
    static const char *const quant[] = {"one", "some", "many", "most", "all", "each", "two", "three",
                                        "several", "none", "both", "few", NULL};
    int32_t p = r.a - 1;
    /* "the two ferry lines": the walk stopped at the numeral */
    if (p >= lo && tl(x, r.a) <= 7 && word_is(x, p, "the") && word_in(x, r.a, quant)) r.a = p--;
    if (p - 1 < lo || x->t[p].kind != T_WORD || x->t[p].q >= 0 || tl(x, p) > 5) return r;
    static const char *const head_prep[] = {"of", "for", "at", "in", "on", "with", "from", NULL};
    int32_t h;
    if (word_in(x, p, head_prep)) h = p - 1;
    else if (word_is(x, p, "to") && word_is(x, p - 1, "close")) h = p - 2;
    else return r;
    if (h < lo || x->t[h].kind != T_WORD || x->t[h].q >= 0) return r;
    /* "one of the banks", "some of the analysts", "each of the firms" */
    if (word_is(x, p, "of") && tl(x, h) <= 7 && word_in(x, h, quant)) {
        int32_t a = h;
        if (a - 1 >= lo && is_determiner(x, a - 1) && !word_in(x, a - 1, quant)) a--; /* "the two" */
        return np_head(x, (tspan){a, r.b}, lo);
    }
    /* round 16: a gerund after a determiner is a noun ("A person familiar
     * with the planning of the talks said") */
    if (tflags(x, h) & (LX_FUNC | LX_CUE | LX_PRONOUN) || is_adverb(x, h) ||
        (ing_form(x, h) && !(h - 1 >= lo && is_determiner(x, h - 1))) || (x->t[h].flags & F_DIGIT))
        return r;
    if (!cap_word(x, h)) {
        size_t n = tl(x, h);
        const char *w = tx(x, h);
        if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd') return r; /* "based in", "released on" */
    }
    tspan l = np_left(x, h, lo);
    if (l.a < 0 && !cap_word(x, h) && plural_desc(x, h)) {
        /* "Oil traders in the New York area", "officials at the bank":
         * a plural role noun, with one modifier before it */
        l.a = l.b = h;
        if (h - 1 >= lo && x->t[h - 1].kind == T_WORD && x->t[h - 1].q < 0 &&
            !(tflags(x, h - 1) & (LX_FUNC | LX_CUE | LX_PRONOUN)) && !is_adverb(x, h - 1) && !ing_form(x, h - 1) &&
            (h - 1 == lo || x->t[h - 2].kind != T_WORD))
            l.a = h - 1;
        /* round 16: and that noun may be the object of its own "of",
         * after a body or a quantity ("the board of directors of the
         * trust said", "a number of analysts said"; not "the chorus of
         * critics calling for …") */
        if (l.a - 2 >= lo && word_is(x, l.a - 1, "of") && word_in(x, l.a - 2, of_body))
            return np_head(x, (tspan){l.a, r.b}, lo);
    }
    if (l.a < 0 || l.b != h) return r;
    /* round 16: not a preposition's object opening the sentence ("In a
     * filing with the SEC Moller said": the filing is no speaker) */
    if (l.a - 1 >= lo && l.a - 1 == x->sent_first[x->t[l.a - 1].sent] && word_in(x, l.a - 1, head_prep)) return r;
    r.a = l.a;
    return r;
}

/* The last token (<= hi) of the name that runs on from the capitalised
 * word at b: more capitalised words, or a title/description word or a
 * connector ("of", "de") followed by one. */
static int32_t extend_name(ctx *x, int32_t b, int32_t hi)
{
    while (b + 1 <= hi) {
        if (cap_word(x, b + 1)) b++;
        else if (b + 2 <= hi && (tflags(x, b + 1) & (LX_TITLE | LX_DESC)) && cap_word(x, b + 2)) b += 2;
        else if (b + 2 <= hi && is_connector(x, b + 1) && cap_word(x, b + 2)) b += 2;
        else break;
    }
    /* round 15: to the end of the mention found for the name ("said lead
     * manager Goldman, Sachs and Co", "said Standard and Poor's") */
    int32_t m = mention_at(x, b);
    if (m >= 0 && x->ms[m].t1 > b && x->ms[m].t1 <= hi) b = x->ms[m].t1;
    /* ... and over a comma inside a firm's name ("Goldman, Sachs and Co",
     * "Kidder, Peabody and Co Inc": two mentions here, joined later) */
    static const char *const firm_end[] = {"co", "co.", "inc", "inc.", "corp", "ltd", "plc", NULL};
    if (m >= 0 && x->ms[m].t1 == b && m + 1 < x->nms && x->ms[m + 1].t0 == b + 2 && punct_is(x, b + 1, ',') &&
        x->ms[m + 1].t1 <= hi && word_in(x, x->ms[m + 1].t1, firm_end))
        b = x->ms[m + 1].t1;
    return b;
}

/* Round 16: whether the name sp is followed by the body it speaks for
 * ("…, said Stuart Hensel of the Harbour Unit", "said Ana Reis of the
 * union"): a capitalised name, then "of" and a determiner. */
static int name_of_body(ctx *x, tspan sp)
{
    if (!(cap_word(x, sp.a) && cap_word(x, sp.b) && sp.b + 2 < x->nt && word_is(x, sp.b + 1, "of") &&
          word_is(x, sp.b + 2, "the")))
        return 0;
    /* ... which ends the clause within five words (not "said ConAgra Inc
     * of the U.S. Was taking it over") */
    int32_t m = sp.b + 3;
    while (m < x->nt && m <= sp.b + 8 && x->t[m].kind == T_WORD && x->t[m].q < 0 && !word_in(x, m, finite_aux)) m++;
    return m < x->nt && m <= sp.b + 8 && (punct_is(x, m, '.') || punct_is(x, m, ','));
}

/* The speaker phrase that starts at token j (inversion: "said X"). */
static tspan np_right(ctx *x, int32_t j, int32_t hi)
{
    tspan r = {-1, -1};
    if (j > hi || j >= x->nt) return r;
    tk *t = &x->t[j];
    if (t->kind != T_WORD || t->q >= 0) return r;
    uint32_t f = tflags(x, j);
    if (f & LX_PRONOUN) {
        r.a = r.b = j;
        return r;
    }
    if (!cap_word(x, j) && !is_determiner(x, j) && !(f & (LX_FUNC | LX_CUE))) {
        /* lower-case modifiers, titles and role nouns before a name:
         * "said former Utah governor Michael Leavitt" */
        int32_t k = j, seen_cap = -1;
        while (k <= hi && k < j + 6 && x->t[k].kind == T_WORD && x->t[k].q < 0) {
            if (cap_word(x, k)) { seen_cap = k; break; }
            uint32_t g = tflags(x, k);
            if (g & (LX_CUE | LX_PRONOUN) || is_connector(x, k) || word_is(x, k, "and") ||
                word_is(x, k, "who") || word_is(x, k, "to"))
                break;
            k++;
        }
        if (seen_cap >= 0) {
            r.a = j;
            r.b = extend_name(x, seen_cap, hi);
            return r;
        }
    }
    if (cap_word(x, j)) {
        r.a = j;
        r.b = extend_name(x, j, hi);
        return r;
    }
    if (is_determiner(x, j) || (f & LX_DESC)) {
        int32_t b = j;
        while (b + 1 <= hi && b < j + 8 && x->t[b + 1].kind == T_WORD && x->t[b + 1].q < 0) {
            if (word_is(x, b + 1, "who") || word_is(x, b + 1, "of") || word_is(x, b + 1, "for") ||
                word_is(x, b + 1, "in") || word_is(x, b + 1, "at") || word_is(x, b + 1, "on") ||
                word_is(x, b + 1, "to") || word_is(x, b + 1, "and") || word_is(x, b + 1, "with"))
                break;
            /* round 14: "…, said the talks were balanced": a finite verb
             * ends the phrase (no speaker's name holds one), so the words
             * before it are the subject of a clause, not "said X" */
            if (word_in(x, b + 1, finite_aux)) break;
            b++;
        }
        if (b == j) return r;
        r.a = j;
        r.b = b;
        return r;
    }
    return r;
}

static int32_t resolve_pronoun(ctx *x, int32_t tok, int32_t para)
{
    /* "He’s" (a contraction, the speaker of "he’s predicting") is "he" */
    const lx_entry *e = lx_lookup(tx(x, tok), strip_clitic(tx(x, tok), tl(x, tok)));
    int pron = e ? e->pron : 0;
    unsigned mask = pron == PRON_MALE || pron == PRON_FEMALE ? 1u << ENT_PERSON
                  : pron == PRON_NEUTER ? 1u << ENT_ORG
                  : pron == PRON_PLURAL ? (1u << ENT_ORG) | (1u << ENT_PERSON)
                  : 0;
    if (!mask) return -1;
    int g = pron == PRON_MALE || pron == PRON_FEMALE ? pron : 0;
    if (x->last_q >= 0) {
        quote *q = &x->qs[x->last_q];
        int32_t qpara = (int32_t)x->t[0].para;
        /* the paragraph of the previous quote */
        for (int32_t lo = 0, hi = x->nt - 1; lo <= hi;) {
            int32_t mid = (lo + hi) / 2;
            if (x->t[mid].s < q->start) lo = mid + 1;
            else { qpara = (int32_t)x->t[mid].para; hi = mid - 1; }
        }
        if (q->speaker_entity >= 0 && para - qpara <= 1 &&
            (mask & (1u << x->ents[q->speaker_entity].kind)) && gender_ok(x, q->speaker_entity, g)) {
            int32_t recent = recent_entity(x, tok, mask, g);
            /* the last quote's speaker, unless another compatible entity
             * was named after that quote ended (round 12: a name inside a
             * reported clause, "Ryan said Obama has never …. He says",
             * is what was said about, not who speaks next; was: began) */
            if (recent < 0 || recent == q->speaker_entity) return q->speaker_entity;
            int32_t mi = -1;
            for (int32_t k = x->nms - 1; k >= 0; k--)
                if (x->ms[k].ent == recent && x->ms[k].t0 < tok && !x->ms[k].in_quote) { mi = k; break; }
            if (mi >= 0 && x->ms[mi].s < q->end) return q->speaker_entity;
            return recent;
        }
    }
    return recent_entity(x, tok, mask, g);
}

/* The entity a speaker phrase names. */
static int32_t speaker_entity(ctx *x, tspan sp)
{
    if (sp.a < 0) return -1;
    int32_t best = -1;
    int description = !cap_word(x, sp.b) && !(tflags(x, sp.b) & LX_PRONOUN);
    if (description) goto describe;
    for (int32_t k = sp.a; k <= sp.b; k++) {
        int32_t m = mention_at(x, k);
        if (m >= 0) {
            int32_t e = x->ms[m].ent;
            if (best < 0 || x->ents[e].kind == ENT_PERSON) best = e;
        }
    }
    if (best >= 0) return best;
    if (sp.a == sp.b && (tflags(x, sp.a) & LX_PRONOUN))
        return resolve_pronoun(x, sp.a, (int32_t)x->t[sp.a].para);
describe:;
    /* a description: the head noun names a role learnt from an appositive
     * or a title earlier in the article */
    int32_t head = sp.b;
    for (int32_t k = sp.a; k <= sp.b; k++)
        if (tflags(x, k) & LX_DESC) head = k;
    uint32_t h = hash_lower(tx(x, head), strip_poss(tx(x, head), tl(x, head)));
    int32_t found = -1;
    uint32_t found_at = 0;
    for (int32_t m = 0; m < x->nms && x->ms[m].t0 < sp.a; m++) {
        xent *e = &x->ents[x->ms[m].ent];
        for (int d = 0; d < e->ndesc; d++)
            if (e->desc[d] == h && x->ms[m].s >= found_at) found = x->ms[m].ent, found_at = x->ms[m].s;
    }
    return found;
}

/* ------------------------------------------------------------- quotes */

static quote *new_quote(ctx *x)
{
    if (x->nq == x->cap_q) {
        int32_t cap = x->cap_q ? x->cap_q * 2 : 32;
        quote *q = arena_alloc(x->a, sizeof(quote) * (size_t)cap);
        uint32_t *qs = arena_alloc(x->a, sizeof(uint32_t) * (size_t)cap);
        if (!q || !qs) return NULL;
        if (x->nq) {
            memcpy(q, x->qs, sizeof(quote) * (size_t)x->nq);
            memcpy(qs, x->qseg, sizeof(uint32_t) * (size_t)x->nq);
        }
        x->qs = q;
        x->qseg = qs;
        x->cap_q = cap;
    }
    quote *q = &x->qs[x->nq++];
    memset(q, 0, sizeof *q);
    q->speaker_start = q->speaker_end = -1;
    q->speaker_entity = -1;
    for (int k = 0; k < QUOTE_MAX_CO_SPEAKERS; k++) q->co_speakers[k] = -1;
    q->cue_start = q->cue_end = -1;
    return q;
}

static int add_segment(ctx *x, uint32_t s, uint32_t e)
{
    if (x->nseg == x->cap_seg) {
        int32_t cap = x->cap_seg ? x->cap_seg * 2 : 64;
        uint32_t (*p)[2] = arena_alloc(x->a, sizeof(uint32_t[2]) * (size_t)cap);
        if (!p) return -1;
        if (x->nseg) memcpy(p, x->segs, sizeof(uint32_t[2]) * (size_t)x->nseg);
        x->segs = p;
        x->cap_seg = cap;
    }
    x->segs[x->nseg][0] = s;
    x->segs[x->nseg][1] = e;
    x->nseg++;
    return 0;
}

/* Adds the regions r0..r1 as segments of quote qi, which need not be the
 * last quote: "“A,” X said, adding that …. “B.”" joins B to the direct
 * quote while the indirect one emitted after it already holds the next
 * segment.  A quote's segments stay contiguous: the later quotes'
 * segments move up. */
static int join_segments(ctx *x, int32_t qi, int32_t r0, int32_t r1)
{
    uint32_t at = x->qseg[qi] + x->qs[qi].n_segments;
    int32_t n = r1 - r0 + 1;
    for (int32_t k = r0; k <= r1; k++)
        if (add_segment(x, x->r[k].s, x->r[k].e)) return -1;
    uint32_t tail = (uint32_t)x->nseg - (uint32_t)n - at; /* segments of later quotes */
    if (tail) {
        uint32_t tmp[8][2];
        for (int32_t done = 0; done < n;) {
            /* rotate in chunks of up to 8 (n is the region count of one
             * sentence, usually 1) */
            int32_t c = n - done < 8 ? n - done : 8;
            uint32_t from = (uint32_t)x->nseg - (uint32_t)n + (uint32_t)done;
            memcpy(tmp, x->segs + from, sizeof(uint32_t[2]) * (size_t)c);
            memmove(x->segs + at + (uint32_t)done + (uint32_t)c, x->segs + at + (uint32_t)done,
                    sizeof(uint32_t[2]) * (size_t)tail);
            memcpy(x->segs + at + (uint32_t)done, tmp, sizeof(uint32_t[2]) * (size_t)c);
            done += c;
        }
        for (int32_t i = qi + 1; i < x->nq; i++) x->qseg[i] += (uint32_t)n;
    }
    x->qs[qi].n_segments += (uint32_t)n;
    return 0;
}

/* Removes the first segment of quote qi (an indirect quote's clause, when
 * the quote becomes mixed: its segments are then the marked parts). */
static void drop_first_segment(ctx *x, int32_t qi)
{
    if (x->qs[qi].n_segments == 0) return;
    uint32_t at = x->qseg[qi];
    memmove(x->segs + at, x->segs + at + 1, sizeof(uint32_t[2]) * ((size_t)x->nseg - at - 1));
    x->nseg--;
    x->qs[qi].n_segments--;
    for (int32_t i = qi + 1; i < x->nq; i++) x->qseg[i]--;
}

typedef struct {
    int32_t cue;        /* first token of the cue, -1 when none */
    int32_t cue_end;    /* last token of the cue */
    tspan sp;
    int inverted;       /* "said X" */
} attrib;

static const char *const rel_pron[] = {"which", "who", "whom", NULL};
static const char *const fb_prep[] = {"in", "with", "of", "for", "on", "at", "from", "to", "by",
                                      "into", "about", "over", "under", NULL};

/* A word of two or more letters, all capitals (a dateline: "WASHINGTON"). */
static int upper_word(ctx *x, int32_t i)
{
    const char *w = tx(x, i);
    size_t n = tl(x, i);
    if (n < 2) return 0;
    for (size_t k = 0; k < n; k++)
        if (w[k] >= 'a' && w[k] <= 'z') return 0;
    return 1;
}

/* The subject of sentence [f, c): its first pronoun or named mention
 * outside quotes, for cues without their own ("…, adding that", "and said"). */

static tspan subject_within(ctx *x, int32_t f, int32_t c, int window)
{
    tspan r = {-1, -1}, skipped = {-1, -1};
    for (int32_t k = f, seen = 0; k < c && seen < window; k++) {
        if (x->t[k].q >= 0) continue;
        seen++;
        if (x->t[k].kind != T_WORD) continue;
        if (tflags(x, k) & LX_PRONOUN) {
            /* "it", "I", "we", also "It’s" (the lexicon folds the
             * clitic away) */
            size_t bn = strip_clitic(tx(x, k), tl(x, k));
            unsigned char c0 = lower_c((unsigned char)tx(x, k)[0]);
            int it = bn == 2 && c0 == 'i' && lower_c((unsigned char)tx(x, k)[1]) == 't';
            int first = (bn == 1 && c0 == 'i') || (bn == 2 && c0 == 'w' && lower_c((unsigned char)tx(x, k)[1]) == 'e');
            /* the writer's "I'm old enough to remember Carter declaring":
             * a contracted first person is passed over, as before */
            if (first && bn != tl(x, k)) continue;
            if (it || first) return skipped;
            r.a = r.b = k;
            return r;
        }
        int32_t m = mention_at(x, k);
        if (m >= 0) {
            /* "In Washington, President Obama …", "filed in Washington":
             * a name after a preposition is no subject; nor a dateline
             * ("WASHINGTON (Reuters) —", "WASHINGTON —") */
            int32_t e = x->ms[m].t1;
            /* round 10: a place ("New Hampshire", "Iowa", "N.H.") is
             * no subject that speaks, unless nothing else is found */
            if (x->ents[x->ms[m].ent].kind == ENT_PLACE ||
                (k > f && (word_in(x, k - 1, fb_prep) || punct_is(x, k - 1, '('))) ||
                /* round 12: "In a Fox interview, Trump went further:", "a
                 * CNN poll": a name after an article modifies a noun */
                (k > f && (word_is(x, k - 1, "a") || word_is(x, k - 1, "an"))) ||
                (k > f + 1 && is_determiner(x, k - 1) && word_in(x, k - 2, fb_prep)) ||
                (e + 1 < c && upper_word(x, e) &&
                 (punct_is(x, e + 1, '(') || punct_is(x, e + 1, 0x2014) || punct_is(x, e + 1, 0x2013) ||
                  punct_is(x, e + 1, '-')))) {
                if (skipped.a < 0) skipped.a = x->ms[m].t0, skipped.b = e;
                k = e;
                continue;
            }
            r.a = x->ms[m].t0;
            r.b = x->ms[m].t1;
            return r;
        }
    }
    return skipped; /* none better: the name after the preposition */
}

/* twelve tokens outside quotations: "“…,” she said, adding that …" */
static tspan subject_of(ctx *x, int32_t f, int32_t c)
{
    /* round 10: "Shortly after collecting a Waterford Crystal trophy, …,
     * Federer addressed the crowd and concluded by saying …": a sentence
     * opening with a subordinate or prepositional clause has its subject
     * after that clause's comma */
    /* round 12: also a prepositional phrase, whose place or time names
     * can fill the twelve tokens searched ("At a rally in Portsmouth,
     * N.H., on Tuesday, Senator Bernie Sanders …, saying") */
    static const char *const sub_open[] = {"after", "before", "when", "while", "although", "though", "since",
                                           "because", "despite", "following", "shortly", "once", "until",
                                           "at", "in", "on", "during", "amid", NULL};
    if (f < c && x->t[f].kind == T_WORD && (x->t[f].flags & F_CAP) && word_in(x, f, sub_open)) {
        /* the clause may hold a list ("a trophy, a convertible and a
         * cheque, Federer …"): the first comma after which the subject
         * opens the main clause (over a title: ", President Bush led") */
        int32_t last = -1;
        for (int32_t k = f + 1; k < c && k <= f + 30; k++) {
            if (x->t[k].q >= 0 || !punct_is(x, k, ',')) continue;
            tspan r = subject_within(x, k + 1, c, 12);
            int opens = r.a > k;
            for (int32_t m = k + 1; m < r.a && opens; m++) opens = cap_word(x, m) || word_is(x, m, "the");
            /* "At a rally in Birmingham, Alabama, Trump …": a place after
             * the comma goes on with the phrase */
            if (opens) {
                int32_t mm = mention_at(x, r.a);
                if (mm >= 0 && x->ents[x->ms[mm].ent].kind == ENT_PLACE) opens = 0;
            }
            if (opens) return r;
            last = k;
        }
        /* else the subject after the clause's last comma */
        if (last >= 0) {
            tspan r = subject_within(x, last + 1, c, 12);
            if (r.a >= 0) return r;
        }
    }
    return subject_within(x, f, c, 12);
}

static int ing_form(ctx *x, int32_t c)
{
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    return n > 4 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g';
}

static int is_tell(ctx *x, int32_t i);
static int past_verb(ctx *x, int32_t i);

/* what a statement is issued in ("a statement saying", "a tweet calling") */
static const char *const media_words[] = {"statement", "tweet", "email", "letter", "release", "memo",
                                          "message", "post", "video", "ad", "op-ed", "note", NULL};

/* The name before the appositive holding the quotation closed at token m set off after
 * a name that opens its sentence ("Lena Moss, the author of “Salt Roads,”",
 * "As Tom Hale, editor of “Dock Talk,”"): the name, a comma, lower-case
 * words and no other punctuation up to the quotation, which closes with a
 * comma; {-1, -1} when the quotation is not so placed. */
static tspan opening_appositive(ctx *x, int32_t m)
{
    tspan no = {-1, -1};
    if (m < 0 || x->t[m].q < 0) return no;
    const region *rg = &x->r[x->t[m].q];
    int32_t o = rg->t0;
    if (!(rg->t1 > o && (punct_is(x, rg->t1 - 1, ',') || (rg->t1 + 1 < x->nt && punct_is(x, rg->t1 + 1, ',')))))
        return no;
    int32_t f = x->sent_first[x->t[o].sent];
    if (f < 0 || f >= o) return no;
    if (word_is(x, f, "as")) f++;
    if (!cap_word(x, f) || (tflags(x, f) & (LX_FUNC | LX_PRONOUN))) return no;
    int32_t k = f;
    while (k < o && cap_word(x, k)) k++;
    if (k + 1 >= o || !punct_is(x, k, ',') || x->t[k + 1].kind != T_WORD || cap_word(x, k + 1)) return no;
    for (int32_t j = k + 1; j < o; j++)
        if (x->t[j].kind != T_WORD || is_cue(x, j)) return no;
    return (tspan){f, k - 1};
}

/* round 14: whether tokens [k, lw] are a comma and an appositive to the
 * end of the sentence (", a spokesman for the trust"): words only, the
 * first lower case, no cue and no finite verb. */
static int appositive_to_end(ctx *x, int32_t k, int32_t lw)
{
    if (k + 1 > lw || !punct_is(x, k, ',') || x->t[k + 1].kind != T_WORD || cap_word(x, k + 1)) return 0;
    for (int32_t m = k + 1; m <= lw; m++)
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || is_cue(x, m) || word_in(x, m, finite_aux)) return 0;
    return 1;
}

static int words_reach(ctx *x, int32_t a, int32_t b, int n);

/* Round 15: whether the clause from token a (a capitalised word) to lw
 * after a parenthetical attribution goes on with the sentence ("In the
 * south, IRNA said, Iranian forces captured …"): four words or more, no
 * cue, no quotation (not "…, the company said, Reuters reported"). */
static int parenthetical_goes_on(ctx *x, int32_t a, int32_t lw)
{
    if (!words_reach(x, a, lw, 4)) return 0;
    for (int32_t k = a; k <= lw; k++)
        if (x->t[k].q >= 0 || (x->t[k].kind == T_WORD && is_cue(x, k))) return 0;
    return 1;
}

/* Round 16: a participle that names ("The venture, called Mi-Tech Steel,
 * will …", "The phone, dubbed a gadget, was …"), no verb of saying when
 * set off by commas. */
static int naming_verb(ctx *x, int32_t c)
{
    static const char *const w[] = {"called", "dubbed", "named", "termed", "labelled", "labeled", "described",
                                    "billed", "branded", "nicknamed", "known", NULL};
    return word_in(x, c, w);
}

/* Round 16: whether a relative pronoun opens a clause in [f, c) ("Kelmouth
 * Ferry Co, which owns the pier, said its chairman, Tom Hale, was …": the
 * cue is the subject's verb, not a parenthetical inversion). */
static int rel_before(ctx *x, int32_t f, int32_t c)
{
    for (int32_t m = f; m < c; m++)
        if (x->t[m].kind == T_WORD && x->t[m].q < 0 && (word_is(x, m, "which") || word_is(x, m, "who"))) return 1;
    return 0;
}

/* Round 16: whether tokens [a, lw] hold the finite verb of a clause (an
 * auxiliary or a past tense in -ed, not right after "who", "which" or
 * "that"): what goes on after "Often, said Mr Pearson," is the rest of
 * the sentence, and "…, said David Autor, a professor at MIT." is an
 * appositive. */
static int clause_verb(ctx *x, int32_t a, int32_t lw)
{
    for (int32_t m = a; m <= lw; m++) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0) continue;
        if (!(word_in(x, m, finite_aux) || past_verb(x, m))) continue;
        if (m - 1 >= a && (word_is(x, m - 1, "who") || word_is(x, m - 1, "which") || word_is(x, m - 1, "that")))
            return 0;
        return 1;
    }
    return 0;
}

/* Round 15: whether tokens [f, comma) are a lead-in, not a clause: up
 * to ten words opening with a preposition, a time word, an adverb or a
 * participle ("Earlier today", "In a filing with the SEC", "Speaking to
 * reporters"), with no finite auxiliary. */
static int lead_in(ctx *x, int32_t f, int32_t comma)
{
    static const char *const opener[] = {"earlier", "later", "last", "this", "meanwhile", "separately",
                                         "also", "since", "after", "before", "during", "as", "asked", NULL};
    if (word_is(x, f, "but") || word_is(x, f, "and")) f++;
    if (comma <= f || comma - f > 10 || !punct_is(x, comma, ',')) return 0;
    if (!word_in(x, f, fb_prep) && !word_in(x, f, opener) && !is_day(x, f) && !is_adverb(x, f) && !ing_form(x, f))
        return 0;
    for (int32_t k = f; k < comma; k++)
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || word_in(x, k, finite_aux)) return 0;
    return 1;
}

/* round 14: the subject that opens sentence f and is set off by
 * appositives closed by the comma at p ("Yuri Ushakov, a foreign policy
 * adviser to the president, said …", "Whitby, the trust's spokesman,
 * said …", "Hale, 54, who has led the council since 2019, said …", "The
 * report, published on Tuesday, said …"): a run of capitalised words, or
 * a determiner and up to four plain words, then one to three
 * comma-separated appositives of up to 15 words each, with no cue and
 * no quotation, each opening with a lower-case word, a number or a
 * possessive, and holding a finite verb only as a relative clause
 * (who, which, whose); {-1, -1} otherwise.  The cue after p then has that
 * subject, whatever follows it. */
static tspan opening_name_appositive(ctx *x, int32_t f, int32_t p)
{
    tspan no = {-1, -1};
    if (f < 0 || p <= f || x->t[p].q >= 0) return no;
    if (word_is(x, f, "but") || word_is(x, f, "and")) f++;
    /* round 15: after a lead-in ("In Jamaica, OPEC President Rilwanu
     * Lukman, who is also …, said") */
    for (int32_t c = f + 1; c < p && c <= f + 11; c++)
        if (punct_is(x, c, ',')) {
            if (c + 1 < p && lead_in(x, f, c)) f = c + 1;
            break;
        }
    int32_t k = f;
    if (is_determiner(x, f) && !word_is(x, f, "that")) {
        k++;
        /* after a determiner a cue word is a noun ("The report, …");
         * round 15: capitalised words too ("The Swedish firm, the
         * world's largest maker of ovens, said") */
        while (k < p && k <= f + 4 && x->t[k].kind == T_WORD && x->t[k].q < 0 &&
               !(tflags(x, k) & (LX_FUNC | LX_PRONOUN)) && !word_in(x, k, finite_aux)) {
            /* not a verb with a name for its object ("The film showed Mr
             * Hale, …, telling …") */
            if (!cap_word(x, k) && k + 1 < p && cap_word(x, k + 1) && past_verb(x, k)) return no;
            k++;
        }
        if (k == f + 1) return no;
    } else {
        if (!cap_word(x, f) || (tflags(x, f) & (LX_FUNC | LX_PRONOUN))) return no;
        while (k < p && cap_word(x, k) && x->t[k].q < 0) k++;
        /* round 19: a name with its place ("John Kasich of Ohio, a
         * Republican, said") */
        if (k + 1 < p && word_is(x, k, "of") && cap_word(x, k + 1) && x->t[k + 1].q < 0)
            for (k++; k < p && cap_word(x, k) && x->t[k].q < 0;) k++;
    }
    if (k + 1 >= p || !punct_is(x, k, ',')) return no;
    static const char *const rel[] = {"who", "which", "whose", NULL};
    int segs = 0;
    for (int32_t a = k + 1; a < p;) {
        int32_t b = a;
        while (b < p && !punct_is(x, b, ',')) b++;
        if (b == a || b - a > 15 || ++segs > 3 || x->t[a].kind != T_WORD) return no;
        if (cap_word(x, a) && strip_poss(tx(x, a), tl(x, a)) == tl(x, a) && !(x->t[a].flags & F_DIGIT)) return no;
        int relative = word_in(x, a, rel);
        for (int32_t m = a; m < b; m++) {
            /* round 19: a relative clause on the appositive's noun ("a
             * Republican who has refused to endorse him") */
            if (m > a && m <= a + 3 && word_in(x, m, rel)) relative = 1;
            if ((x->t[m].kind != T_WORD &&
                 /* round 15: figures ("100.2 mln", "$5", "3%") */
                 !(x->t[m].kind == T_PUNCT && m > a &&
                   (x->t[m].cp == '.' || x->t[m].cp == '%' || x->t[m].cp == '$' || x->t[m].cp == '-'))) ||
                x->t[m].q >= 0 || (is_cue(x, m) && !(m == a && past_verb(x, m))) ||
                (!relative && word_in(x, m, finite_aux)))
                return no; /* a participle may open it: "published on Tuesday" */
        }
        a = b + 1;
    }
    return (tspan){f, k - 1};
}

/* round 14: a lower-case cue in its bare form ("say", "state", "think"):
 * no -s, -ed or -ing ending and no past tense of its own ("said",
 * "told", "wrote", "thought"). */
static int bare_cue(ctx *x, int32_t c)
{
    static const char *const past[] = {"said", "told", "wrote", "spoke", "thought", "felt", "knew", "heard",
                                       "saw", "put", "read", "set", "led", "made", "gave", "took", "meant", NULL};
    if (x->t[c].kind != T_WORD || (x->t[c].flags & F_CAP)) return 0;
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    if (n < 2 || w[n - 1] == 's' || (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd') || ing_form(x, c)) return 0;
    return !word_in(x, c, past);
}

/* round 14: whether the speaker phrase sp is one third-person thing or
 * person: no pronoun, not joined to another by "and", and its last word
 * no plural ("officials", "Democrats") nor a group noun ("police"). */
static int singular_subject(ctx *x, tspan sp)
{
    static const char *const group[] = {"police", "people", "staff", "media", "government", "team", "club",
                                        "public", "crowd", "family", "committee", "council", "board", "party",
                                        "management", "majority", "minority", "couple", "band", NULL};
    int32_t h = sp.b;
    if (tflags(x, h) & LX_PRONOUN) return 0;
    if (sp.a - 1 >= 0 && (word_is(x, sp.a - 1, "and") || word_is(x, sp.a - 1, "&"))) return 0;
    for (int32_t m = sp.a; m <= sp.b; m++)
        if (word_is(x, m, "and")) return 0;
    if (plural_noun(x, h) || word_in(x, h, group)) return 0;
    size_t n = tl(x, h);
    const char *w = tx(x, h);
    if (cap_word(x, h) && n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'') return 0;
    return x->t[h].kind == T_WORD && !(x->t[h].flags & F_DIGIT);
}

/* Round 14c: whether phrase sp after a cue is a clause, not an inverted
 * speaker ("The LSE, which saw its shares rise, said the bid undervalued
 * the business", "X, chairman of Y, said the talks were going well"): it
 * holds a finite auxiliary, or a past tense with an object. */
static int np_clause(ctx *x, tspan sp)
{
    for (int32_t k = sp.a + 1; k <= sp.b; k++) {
        if (x->t[k].kind != T_WORD || (x->t[k].flags & F_CAP)) continue;
        if (word_in(x, k, finite_aux)) return 1;
        if (k < sp.b && past_verb(x, k) && is_determiner(x, k + 1)) return 1;
    }
    return 0;
}

/* Round 15a: whether phrase k.. opens its clause: the first words of its
 * sentence, or after a comma, a semicolon, a quotation or "but" (not the
 * object of a verb or a preposition: "He met Hale and Reis said …"). */
static int opens_clause(ctx *x, int32_t k)
{
    if (sentence_initial(x, k)) return 1;
    return k > 0 && (punct_is(x, k - 1, ',') || punct_is(x, k - 1, ';') || x->t[k - 1].kind == T_QMARK ||
                     word_is(x, k - 1, "but"));
}

/* Round 15a: whether phrase l can be one speaker of a coordinated
 * subject: a subject pronoun, a name (capitalised words, connectors and
 * an opening "the"), or a short description whose head is a role, a
 * relative or a plural noun ("the police chief", "his wife", "ferry
 * crews"); never a phrase holding a verb or a preposition ("The company
 * cut jobs", "Officials in Paris"). */
static int conjunct_ok(ctx *x, tspan l)
{
    static const char *const subj[] = {"he", "she", "they", "we", "I", NULL};
    static const char *const kin[] = {"wife", "husband", "son", "daughter", "brother", "sister", "mother",
                                      "father", "parents", "partner", "family", "colleague", "colleagues",
                                      "friend", "friends", "children", NULL};
    if (l.a < 0 || l.b - l.a > 5) return 0;
    if (l.a == l.b && (tflags(x, l.a) & LX_PRONOUN)) return word_in(x, l.a, subj);
    for (int32_t k = l.a; k <= l.b; k++)
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || (tflags(x, k) & LX_CUE) || word_is(x, k, "and")) return 0;
    if (cap_word(x, l.b) && !(l.a == l.b && plural_noun(x, l.b))) { /* (not "Analysts") */
        for (int32_t k = l.a; k <= l.b; k++)
            if (!cap_word(x, k) && !is_connector(x, k) && !(k == l.a && word_is(x, k, "the"))) return 0;
        /* no name ends in a title ("Executive Vice President and …") */
        if (tflags(x, l.b) & LX_TITLE) return 0;
        /* a person named in full, a listed organisation, or a name the
         * article uses again on its own: not a word of a longer name
         * ("Ironhorse Oil and Gas", "Ernst and Young's Ann Lee") */
        int32_t m = mention_at(x, l.b);
        if (m < 0 || x->ms[m].t0 < l.a) return 0;
        const xent *e = &x->ents[x->ms[m].ent];
        if ((e->kind == ENT_PERSON && (e->nwords >= 2 || e->title)) || (e->kind == ENT_ORG && listed_org(x, x->ms[m].t0, x->ms[m].t1)))
            return 1;
        /* else named elsewhere with no "and" beside it ("Handy and
         * Harman", "Duff and Phelps" are firms however often written) */
        for (int32_t k = 0; k < x->nms; k++)
            if (x->ms[k].ent == x->ms[m].ent && k != m && !word_is(x, x->ms[k].t0 - 1, "and") &&
                !word_is(x, x->ms[k].t1 + 1, "and"))
                return 1;
        return 0;
    }
    if (l.b - l.a > 3 || np_clause(x, l)) return 0;
    for (int32_t k = l.a + 1; k < l.b; k++)
        if (word_in(x, k, prep_of) || (tflags(x, k) & (LX_FUNC | LX_PRONOUN))) return 0;
    int32_t h = l.b;
    return (tflags(x, h) & LX_DESC) || plural_noun(x, h) || plural_desc(x, h) || source_word(x, h) ||
           word_in(x, h, kin);
}

/* Round 15a: records coordinated subject sp and its n conjuncts for
 * set_attrib (x->coord). */
static void keep_coord(ctx *x, tspan sp, const tspan *part, int n)
{
    for (int k = 0; k < 4 && k < x->ncoord; k++)
        if (x->coord[k].sp.a == sp.a && x->coord[k].sp.b == sp.b) return;
    int k = x->ncoord++ % 4;
    x->coord[k].sp = sp;
    x->coord[k].n = n;
    memcpy(x->coord[k].part, part, sizeof part[0] * (size_t)n);
}

/* Round 15a: a coordinated subject speaks as one ("Tom Hale and Ana Reis
 * said", "Hale, Reis and Ortiz said", "Hale and his wife said", "Port
 * managers and ferry crews say", "Both men said").  *out is np_left's
 * phrase before cue c (the last conjunct, or none: np_left takes a bare
 * plural only opening its clause); when "and" comes right before it and
 * a phrase before that ends there and opens its clause, *out grows
 * over them (up to four, joined by commas and a last "and") and
 * x->coord keeps each, whose entities are the quote's speakers.  A name
 * spanning the "and" is one speaker ("Marks and Spencer said").  1 when
 * *out changed. */
static int coord_join(ctx *x, tspan *out, int32_t c, int32_t lo)
{
    tspan sp = *out;
    if (sp.a < 0) {
        /* a bare plural after "and" or "both": np_left's walk, here */
        int32_t j = c - 1;
        while (j > lo && is_adverb(x, j)) j--;
        /* (first the cheap test: "and" or "both" within reach) */
        if (j - 1 < lo || !(word_is(x, j - 1, "and") || word_is(x, j - 1, "both") || word_is(x, j - 2, "and") ||
                            word_is(x, j - 3, "and") || word_is(x, j - 4, "and")))
            return 0;
        if (!(plural_noun(x, j) || plural_desc(x, j)) || (x->t[j].flags & F_CAP) ||
            (tflags(x, j) & (LX_FUNC | LX_CUE | LX_PRONOUN)))
            return 0;
        if (word_is(x, j - 1, "both") && opens_clause(x, j - 1)) { /* "Both men said" */
            *out = (tspan){j - 1, j};
            return 1;
        }
        int32_t a = j;
        while (a - 1 >= lo && a > j - 3 && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0 && !cap_word(x, a - 1) &&
               !(tflags(x, a - 1) & (LX_FUNC | LX_CUE | LX_PRONOUN)) && !is_adverb(x, a - 1))
            a--;
        sp = (tspan){a, j};
    }
    if (sp.a - 2 < lo || !word_is(x, sp.a - 1, "and")) return 0;
    int32_t j = sp.a - 2, m = mention_at(x, sp.a - 1);
    if (m >= 0) return 0; /* "Marks and Spencer", "Standard and Poor's" */
    m = mention_at(x, sp.a);
    if (m >= 0 && x->ms[m].t0 < sp.a) return 0;
    int oxford = punct_is(x, j, ',');
    if (oxford) j--;
    tspan l = np_left(x, j, lo);
    if (l.a < lo || l.b != j || !opens_clause(x, l.a)) return 0;
    /* one phrase, one speaker: "Officials in Paris and Berlin", "The MP
     * for Dover and Deal" (a preposition's object is what is
     * coordinated), "S and P" (initials) */
    if (!oxford && cap_word(x, sp.b)) {
        int one = sp.a == sp.b && l.a == l.b && tl(x, sp.a) == 1 && tl(x, l.a) == 1;
        for (int32_t k = l.a + 1; k < l.b && !one; k++) one = word_in(x, k, prep_of); /* (not "Rio de Janeiro") */
        for (int32_t k = sp.a; k <= sp.b && one; k++) one = cap_word(x, k) || (k == sp.a && word_is(x, k, "the"));
        if (one) {
            *out = (tspan){l.a, sp.b};
            return 1;
        }
    }
    if (!conjunct_ok(x, l) || !conjunct_ok(x, sp)) return 0;
    tspan part[1 + QUOTE_MAX_CO_SPEAKERS];
    int n = 2;
    part[0] = l;
    part[1] = sp;
    /* "Tom Hale, Ana Reis and Sam Ortiz": more names before commas, while
     * each opens a clause */
    while (n < 1 + QUOTE_MAX_CO_SPEAKERS && cap_word(x, part[0].a) && part[0].a - 2 >= lo &&
           punct_is(x, part[0].a - 1, ',') && cap_word(x, part[0].a - 2)) {
        tspan p = np_left(x, part[0].a - 2, lo);
        if (p.a < lo || p.b != part[0].a - 2 || !conjunct_ok(x, p) || !opens_clause(x, p.a)) break;
        memmove(part + 1, part, sizeof part[0] * (size_t)n);
        part[0] = p;
        n++;
    }
    if (oxford && n < 3) return 0; /* "Tom Hale, the mayor, and …": an appositive */
    *out = (tspan){part[0].a, sp.b};
    keep_coord(x, *out, part, n);
    return 1;
}

/* Round 15a: coord_join, and a floating "both" after the subject
 * ("Hale and Reis both said", "They both said"; not "Poor training
 * frustrates both call centre workers"): the phrase before it speaks
 * when it is coordinated, or "they" or "we". */
static void coord_subject(ctx *x, tspan *out, int32_t c, int32_t lo)
{
    if (out->a < 0 && c - 2 >= lo && word_is(x, c - 1, "both") && x->t[c - 2].kind == T_WORD) {
        tspan b = np_left(x, c - 2, lo), t = b;
        if (b.a >= 0 && b.b == c - 2 && (coord_join(x, &t, c - 1, lo) || word_is(x, b.a, "they") || word_is(x, b.a, "we")))
            *out = t;
        return;
    }
    coord_join(x, out, c, lo);
}

/* Round 15a: "“…,” said Tom Hale and Ana Reis.": a second name after the
 * inverted speaker, ending the clause. */
static void coord_inverted(ctx *x, attrib *at, int32_t hi)
{
    tspan sp = at->sp;
    if (sp.a < 0 || sp.b + 2 > hi || !word_is(x, sp.b + 1, "and") || !cap_word(x, sp.a) || !cap_word(x, sp.b + 2) ||
        !conjunct_ok(x, sp))
        return;
    if (mention_at(x, sp.b + 1) >= 0) return;
    int32_t m = mention_at(x, sp.b);
    if (m >= 0 && x->ms[m].t1 > sp.b) return;
    tspan r = np_right(x, sp.b + 2, hi);
    if (r.a != sp.b + 2 || !conjunct_ok(x, r)) return;
    if (r.b + 1 < x->nt && r.b + 1 <= hi && x->t[r.b + 1].kind == T_WORD && !attribution_tail(x, r.b + 1)) return;
    at->sp.b = r.b;
    tspan part[2] = {sp, r};
    keep_coord(x, at->sp, part, 2);
}

static tspan predicate_subject(ctx *x, int32_t f, int32_t c);

/* Round 16: whether cue c is a finite verb by its form: a past tense in
 * -ed or "said", "told", "wrote", or "says" (not another -s form: "and
 * comments", "notes written" are nouns), and not "agreed to" (an
 * agreement to act, no speech). */
static int finite_cue(ctx *x, int32_t c)
{
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    if (n < 4) return 0;
    if (word_is(x, c, "said") || word_is(x, c, "told") || word_is(x, c, "wrote") || word_is(x, c, "says"))
        return 1;
    if (w[n - 2] != 'e' || w[n - 1] != 'd') return 0;
    return !(word_is(x, c, "agreed") && c + 1 < x->nt && word_is(x, c + 1, "to"));
}

/* try_cue of a word c that is a cue (is_cue(x, c) holds). */
/* Round 19: the source after "according to" that np_right leaves, a
 * plural with no determiner ("according to sources", "according to press
 * reports", "according to multiple sources familiar with the effort",
 * "according to people close to the campaign"): up to three lower-case
 * modifiers and the plural that heads the phrase.  "according to" names
 * a source whatever follows, so a plural there is one. */
static tspan according_plural(ctx *x, int32_t j, int32_t hi)
{
    /* "in keeping with", not a source: "according to terms of the deal" */
    static const char *const rule[] = {"terms", "rules", "regulations", "guidelines", "standards", "instructions",
                                       "procedures", "laws", "principles", "conditions", "criteria", "needs",
                                       "requirements", "plans", "schedules", "methods", "traditions", NULL};
    tspan r = {-1, -1};
    for (int32_t k = j; k <= hi && k < j + 4; k++) {
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || (x->t[k].flags & (F_CAP | F_DIGIT)) ||
            (tflags(x, k) & (LX_FUNC | LX_PRONOUN)))
            return r;
        if (plural_noun(x, k) || source_word(x, k) || word_is(x, k, "data")) {
            /* "media trackers": a plural modifying a plural */
            while (k + 1 <= hi && !(x->t[k + 1].flags & F_CAP) && plural_noun(x, k + 1)) k++;
            if (word_in(x, k, rule)) return r;
            /* not when the sentence has a speaker of its own ("According
             * to final figures, turnover fell, a spokeswoman said") */
            for (int32_t m = k + 2; m <= hi; m++) /* (not "exit polls reported by CNN") */
                if (x->t[m].kind == T_WORD && x->t[m].q < 0 && finite_cue(x, m) && is_cue(x, m)) return r;
            r.a = j;
            r.b = k;
            return r;
        }
    }
    return r;
}

static attrib try_cue_at(ctx *x, int32_t c, int32_t lo, int32_t hi, int32_t sent_first)
{
    attrib at = {-1, -1, {-1, -1}, 0};
    if (word_is(x, c, "according")) {
        tspan sp = np_right(x, c + 2, hi);
        if (sp.a < 0) sp = according_plural(x, c + 2, hi);
        if (sp.a >= 0) {
            at.cue = c; at.cue_end = c + 1; at.sp = sp; at.inverted = 1;
        }
        return at;
    }
    /* inversion: "…,” said X" / ", says X" */
    int32_t p = c - 1;
    int after_quote = p >= 0 && (x->t[p].q >= 0 || (punct_is(x, p, ',') && p - 1 >= 0 && x->t[p - 1].q >= 0));
    /* "X, the party chairman, told The Associated Press": after "told"
     * comes the addressee, never the speaker */
    /* round 14: "Hale was quoted as saying …", "Hale was quoted by the
     * Gazette as saying …": the subject of the passive speaks, not the
     * paper that quoted him */
    static const char *const be[] = {"was", "is", "were", "are", "been", "being", NULL};
    if (word_is(x, c, "quoted") && c - 1 >= lo) { /* the passive: its "as saying" reports */
        int32_t v = c - 1;
        while (v > lo && is_adverb(x, v)) v--;
        if (word_in(x, v, be)) return at;
    }
    /* round 15: and the active "A tweet quoted the mayor as saying …":
     * "saying" reports, for its object */
    if (word_is(x, c, "quoted"))
        for (int32_t q = c + 2; q + 1 <= hi && q <= c + 14 && x->t[q].kind == T_WORD && x->t[q].q < 0; q++)
            if (word_is(x, q, "as") && word_is(x, q + 1, "saying")) return at;
    if (word_is(x, c, "saying") && c - 2 >= lo && word_is(x, c - 1, "as")) {
        for (int32_t q = c - 2; q >= lo + 1 && q >= c - 10; q--) {
            if (x->t[q].kind != T_WORD || x->t[q].q >= 0) break;
            if (!word_is(x, q, "quoted")) continue;
            int32_t v = q - 1;
            while (v > lo && is_adverb(x, v)) v--; /* "was also quoted" */
            if (!word_in(x, v, be)) {
                /* active: the object between "quoted" and "as" */
                tspan obj = np_left(x, c - 2, q + 1);
                if (obj.a == q + 1) {
                    at.cue = c; at.cue_end = c; at.sp = obj;
                    return at;
                }
                break;
            }
            tspan who = np_left(x, v - 1, lo);
            if (who.a >= 0) {
                at.cue = c; at.cue_end = c; at.sp = who;
                return at;
            }
            break;
        }
    }
    /* round 14: "Dana Whitby, a spokesman for the trust, said the
     * decision to …": a subject opening the sentence with appositives
     * before the comma is the cue's; what follows is the content */
    if (!after_quote && p >= lo && punct_is(x, p, ',')) {
        tspan nm = opening_name_appositive(x, sent_first, p);
        if (nm.a >= 0) {
            at.cue = c; at.cue_end = c; at.sp = nm;
            return at;
        }
    }
    if ((after_quote || (p >= lo && punct_is(x, p, ','))) && !ing_form(x, c) && !is_tell(x, c)) {
        tspan sp = np_right(x, c + 1, hi);
        /* "…,” suggested business mogul Donald Trump’s refusal to …": a
         * possessive ends no speaker phrase; the cue has an object */
        if (sp.a >= 0 && strip_poss(tx(x, sp.b), tl(x, sp.b)) != tl(x, sp.b) && sp.b + 1 <= hi &&
            x->t[sp.b + 1].kind == T_WORD)
            sp.a = -1;
        /* "Robby Mook, suggested that what …", "Mary Roe, clad in red,
         * said the convention could be a “failure”": after a comma but no
         * quotation, an inverted speaker ends the clause (or is followed
         * by a time or place: ", said X on Monday"); else the cue has an
         * object and the subject is on its left */
        if (sp.a >= 0 && !after_quote &&
            (word_is(x, sp.a, "that") || np_clause(x, sp) ||
             (sp.b + 1 < x->nt && (x->t[sp.b + 1].kind == T_QMARK ||
                                 (x->t[sp.b + 1].kind == T_WORD && !attribution_tail(x, sp.b + 1) &&
                                  !name_of_body(x, sp))))))
            sp.a = -1;
        /* "Lena Moss, the author of “Salt Roads,” said the …": a quotation
         * inside an appositive that opens the sentence names a work or a
         * nickname of the subject; the cue is the subject's, not "said X" */
        if (sp.a >= 0 && after_quote) {
            tspan ap = opening_appositive(x, x->t[p].q >= 0 ? p : p - 1);
            if (ap.a >= 0) {
                at.cue = c; at.cue_end = c; at.sp = ap;
                return at;
            }
        }
        /* "…,” stated that he …", "…,” put it, “…”" are no
         * inversions: a clause (`that`) or the neuter pronoun after the cue
         * is its object, never a speaker written after it */
        if (sp.a >= 0 && after_quote && (word_is(x, sp.a, "that") || (sp.a == sp.b && word_is(x, sp.a, "it"))))
            sp.a = -1;
        if (sp.a >= 0 && !(tflags(x, sp.a) & LX_PRONOUN && !after_quote)) {
            at.cue = c; at.cue_end = c; at.sp = sp; at.inverted = 1;
            coord_inverted(x, &at, hi);
            return at;
        }
    }
    tspan sp = np_left(x, c - 1, lo);
    coord_subject(x, &sp, c, lo);
    /* "Trump issued a statement saying …", "His office put out a
     * statement saying …": the one who issued it speaks */
    /* round 14: "a subsidiary of Gazprom, the Russian state energy
     * company", "the Berlin-based think tank": a cue in its bare form
     * (state, think, say) right after a singular subject does not agree
     * with it, so it is a noun, not a verb of saying */
    if (sp.a >= 0 && sp.b == c - 1 && bare_cue(x, c) && singular_subject(x, sp) &&
        /* not after an auxiliary: "did the board ever call …" */
        !(sp.a - 1 >= 0 && (word_in(x, sp.a - 1, finite_aux) || word_is(x, sp.a - 1, "do") ||
                            word_is(x, sp.a - 1, "to"))))
        return at;
    if (sp.a >= 0 && sp.a < sp.b && is_determiner(x, sp.a) && word_in(x, sp.b, media_words)) {
        int32_t v = sp.a - 1;
        if (v >= lo && (word_is(x, v, "out") || word_is(x, v, "up"))) v--;
        if (v - 1 >= lo && x->t[v].kind == T_WORD && !(x->t[v].flags & F_CAP) && x->t[v].q < 0) {
            tspan who = np_left(x, v - 1, lo);
            if (who.a >= 0) sp = who;
        }
    }
    if (sp.a < 0 && (ing_form(x, c) || word_is(x, c - 1, "and") || word_is(x, c - 1, "but") ||
                     word_is(x, c - 1, "by") || word_is(x, c - 1, "then") || punct_is(x, c - 1, ',')))
        sp = subject_of(x, sent_first, c);
    /* round 16: the second of two predicates ("The bank gave no details,
     * but said …", "It made a loss … and said …"): the subject is the
     * sentence's, a description or "It" with a verb after it */
    if (sp.a < 0 && (word_is(x, c - 1, "and") || word_is(x, c - 1, "but")) && finite_cue(x, c))
        sp = predicate_subject(x, sent_first, c);
    if (sp.a >= 0) {
        at.cue = c; at.cue_end = c; at.sp = sp;
    }
    return at;
}

static attrib try_cue(ctx *x, int32_t c, int32_t lo, int32_t hi, int32_t sent_first)
{
    if (!is_cue(x, c)) return (attrib){-1, -1, {-1, -1}, 0};
    return try_cue_at(x, c, lo, hi, sent_first);
}

/* Looks for a cue verb with a speaker among tokens [a, b] outside quotes:
 * the first one, or with rev the last one (nearest to what follows). */
static attrib find_attrib_dir(ctx *x, int32_t a, int32_t b, int32_t lo, int32_t hi, int rev)
{
    attrib at = {-1, -1, {-1, -1}, 0};
    int32_t f = x->sent_base[x->t[a].sent];
    if (f < 0) f = a;
    /* tokens outside the text are no cue */
    if (a < 0) a = 0;
    if (b >= x->nt) b = x->nt - 1;
    if (a > b) return at;
    int32_t step = rev ? -1 : 1, c = rev ? b : a, end = rev ? a - 1 : b + 1;
    for (; c != end; c += step) {
        /* most words are no cue: answered inline, without try_cue's call */
        if (!is_cue_tok(x, c)) continue;
        at = try_cue_at(x, c, lo, hi, f);
        if (at.cue >= 0) return at;
    }
    return at;
}

static attrib find_attrib(ctx *x, int32_t a, int32_t b, int32_t lo, int32_t hi)
{
    return find_attrib_dir(x, a, b, lo, hi, 0);
}

static void set_attrib(ctx *x, quote *q, const attrib *at)
{
    if (at->cue >= 0) {
        q->cue_start = (int32_t)x->t[at->cue].s;
        q->cue_end = (int32_t)x->t[at->cue_end].e;
    }
    if (at->sp.a >= 0) {
        q->speaker_start = (int32_t)x->t[at->sp.a].s;
        q->speaker_end = (int32_t)x->t[at->sp.b].e;
        for (int k = 0; k < QUOTE_MAX_CO_SPEAKERS; k++) q->co_speakers[k] = -1;
        /* round 15a: a coordinated subject: each conjunct's entity, the
         * first as the speaker */
        int ci = -1;
        for (int k = 0; k < 4 && k < x->ncoord; k++)
            if (x->coord[k].sp.a == at->sp.a && x->coord[k].sp.b == at->sp.b) ci = k;
        if (ci >= 0) {
            int n = 0;
            q->speaker_entity = -1;
            for (int k = 0; k < x->coord[ci].n; k++) {
                int32_t e = speaker_entity(x, x->coord[ci].part[k]);
                int seen = e < 0 || e == q->speaker_entity;
                for (int m = 0; m < n; m++) seen |= q->co_speakers[m] == e;
                if (seen) continue;
                if (q->speaker_entity < 0) q->speaker_entity = e;
                else if (n < QUOTE_MAX_CO_SPEAKERS) q->co_speakers[n++] = e;
            }
        } else {
            q->speaker_entity = speaker_entity(x, at->sp);
            /* "Hale and Reis said …. They added …": "they" that resolves
             * to the last quote's speaker stands for all its speakers */
            const quote *pq = x->last_q >= 0 && x->last_q < x->nq && &x->qs[x->last_q] != q ? &x->qs[x->last_q] : NULL;
            if (pq && at->sp.a == at->sp.b && q->speaker_entity >= 0 && pq->speaker_entity == q->speaker_entity &&
                pq->co_speakers[0] >= 0 && word_is(x, at->sp.a, "they"))
                memcpy(q->co_speakers, pq->co_speakers, sizeof q->co_speakers);
        }
    }
}

static int words_in(ctx *x, int32_t a, int32_t b)
{
    int w = 0;
    for (int32_t k = a; k <= b; k++) w += x->t[k].kind == T_WORD;
    return w;
}

/* Whether tokens [a, b] hold at least n words: words_in(x, a, b) >= n,
 * counting only up to n (most tests are "any word", "at least five"). */
static int words_reach(ctx *x, int32_t a, int32_t b, int n)
{
    if (n <= 0) return 1;
    for (int32_t k = a; k <= b; k++)
        if (x->t[k].kind == T_WORD && --n == 0) return 1;
    return 0;
}

/* The last token of the content of sentence [f, l]: without a final period
 * or comma outside quotes. */
static int32_t content_end(ctx *x, int32_t f, int32_t l)
{
    while (l > f && x->t[l].kind == T_PUNCT && x->t[l].q < 0) l--;
    return l;
}

/* Where reported content that goes on after its last quotation (token
 * from) stops: before the first clause boundary (", saying", ", who",
 * ", but", "; ", a dash, "and said"), else at lw.  Returns the last token. */
/* A lower-case word in -ed: after "and" right after a quotation it starts
 * a new predicate ("called it “a disgrace” and threatened …"). */
static int is_tell(ctx *x, int32_t i)
{
    return word_is(x, i, "told") || word_is(x, i, "tell") || word_is(x, i, "tells") || word_is(x, i, "telling");
}

static int past_verb(ctx *x, int32_t i)
{
    if (x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP) || x->t[i].q >= 0) return 0;
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    return n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* round 14a: whether tokens [a, b] (a sentence's lead-in before a
 * parenthetical attribution) are a phrase of time with no clause of its
 * own: a preposition first or "ago" last ("In 2008", "At the same time",
 * "Over the years", "Six months ago"), a year or a time word inside, and
 * no pronoun, auxiliary, -ed verb, cue or quotation.  A time says when it
 * was said; PolNeAR leaves it out of the content, while a lead-in of
 * place or topic ("In Miami", "In other words") is kept as often as not. */
static int time_lead(ctx *x, int32_t a, int32_t b)
{
    static const char *const lead_prep[] = {"in", "at", "on", "over", "during", "for", "since", "until",
                                            "throughout", "within", NULL};
    static const char *const time_w[] = {"ago", "time", "times", "year", "years", "week", "weeks", "month",
                                         "months", "day", "days", "night", "nights", "morning", "afternoon",
                                         "evening", "decade", "decades", "weekend", "hour", "hours", NULL};
    if (a > b || x->t[a].kind != T_WORD || !(word_in(x, a, lead_prep) || word_is(x, b, "ago"))) return 0;
    int when = 0;
    for (int32_t k = a; k <= b; k++) {
        if (x->t[k].kind != T_WORD) continue;
        if (x->t[k].q >= 0 || (tflags(x, k) & LX_PRONOUN) || word_in(x, k, finite_aux) || past_verb(x, k) ||
            is_cue(x, k))
            return 0;
        when |= (x->t[k].flags & F_DIGIT) || word_in(x, k, time_w) || is_day(x, k);
    }
    return when;
}

/* past tenses without -ed that open a second predicate ("“…” and cast
 * himself as …") */
static const char *const irregular_past[] = {"cast", "made", "took", "gave", "went", "sent", "put", "set", "left",
                                             "kept", "held", "brought", "spent", "won", "lost", "met", "ran",
                                             "began", "became", "drew", "got", "hit", "led", "struck", "sought",
                                             "stood", "wrote", "spoke", NULL};

/* Round 16: whether word k is the verb of a first predicate: a past in
 * -ed, an auxiliary, or a past tense without -ed (irregular_past, and
 * round 16b's: "The government froze wages … and said …"). */
static int first_verb(ctx *x, int32_t k)
{
    static const char *const past_more[] = {"froze", "saw", "chose", "sold", "bought", "paid", "cut", "knew",
                                            "did", "does", "thought", "found", "felt", "fell", "rose", NULL};
    return past_verb(x, k) || word_in(x, k, irregular_past) || word_in(x, k, finite_aux) ||
           word_in(x, k, past_more);
}

/* Round 16: the subject of the sentence opening at f whose second
 * predicate is the cue at c ("The bank gave no details, but said …", "A
 * spokesman for the firm refused to comment, but said …", "It made a
 * loss … and said …"): "It" before a past tense, or a description from
 * a determiner to the noun before the first verb; {-1, -1} otherwise. */
static tspan predicate_subject(ctx *x, int32_t f, int32_t c)
{
    tspan no = {-1, -1};
    if (f < 0 || f + 2 >= c) return no;
    if (word_is(x, f, "but") || word_is(x, f, "and")) f++;
    if (x->t[f].kind != T_WORD || x->t[f].q >= 0) return no;
    int32_t k = f + 1;
    if (word_is(x, f, "it")) {
        /* not "It is …", "It was …" (no one) */
        if (first_verb(x, k) && !word_is(x, k, "is") && !word_is(x, k, "was")) return (tspan){f, f};
        return no;
    }
    /* a description, or (round 16b) a name or a plural opening the
     * sentence ("Nicholas declined to give any details, but said …",
     * "Bankers declined to comment but said …") */
    if (word_is(x, f, "that") || word_is(x, f, "this") ||
        !(is_determiner(x, f) ||
          ((cap_word(x, f) || plural_noun(x, f)) && !(tflags(x, f) & (LX_FUNC | LX_PRONOUN)))))
        return no;
    while (k < c && k < f + 12 && x->t[k].kind == T_WORD && x->t[k].q < 0 && !first_verb(x, k) && !is_cue(x, k) &&
           !is_adverb(x, k))
        k++;
    if (k >= c || !first_verb(x, k)) return no;
    if (k == f + 1 && is_determiner(x, f)) return no;
    tspan np = np_left(x, k - 1, f);
    return np.a == f ? np : no;
}

static int32_t clause_end(ctx *x, int32_t from, int32_t lw)
{
    /* “…,” because …, “…,” compared to …: the reason, comparison or
     * example after a quotation closed by a comma is still content */
    static const char *const goes_on[] = {"because", "compared", "since", "given", "specifically", "where",
                                          "not", "especially", "even", "such", NULL};
    static const char *const after_comma[] = {"which", "who", "whose", "where", "while", "but",
                                              "and", "according", "when", "although", "though",
                                              "even", "as", "because", "before", "after", NULL};
    for (int32_t k = from; k <= lw; k++) {
        tk *t = &x->t[k];
        if (t->q >= 0) continue;
        int stop = 0;
        if (t->kind == T_PUNCT) {
            uint32_t c = t->cp;
            if (c == ';' || c == 0x2014 || c == 0x2013 || c == '(' || (c == '-' && t->left_space)) stop = 1;
            /* round 10: "… had “Syrian roots.” [Reuters]": a bracketed
             * source (a capitalised word) after the content */
            else if (c == '[' && k + 1 <= lw && cap_word(x, k + 1)) stop = 1;
            else if (c == ',' && k + 1 <= lw && x->t[k + 1].kind == T_WORD) {
                stop = word_in(x, k + 1, after_comma);
                /* ", a swipe at …": an appositive comment on the content */
                if (word_is(x, k + 1, "a") || word_is(x, k + 1, "an")) stop = 1;
                /* ", contrasting herself with …", ", drawing a fresh round of
                 * …": an -ing clause after the content comments on it */
                static const char *const not_ing[] = {"including", "during", "bring", "thing", "nothing",
                                                      "something", "anything", "everything", NULL};
                if (!stop && ing_form(x, k + 1) && !(x->t[k + 1].flags & F_CAP) && !word_in(x, k + 1, not_ing))
                    stop = 1;
            }
        } else if (t->kind == T_WORD && k == from && k >= 2 && x->t[k - 1].q >= 0 &&
                   punct_is(x, k - 2, ',') && is_cue(x, k) && ing_form(x, k)) {
            stop = 1; /* “…,” adding that … */
        } else if (t->kind == T_WORD && k == from && k >= 2 && x->t[k - 1].q >= 0 &&
                   punct_is(x, k - 2, ',') && !word_is(x, k, "and") && !word_is(x, k, "that") &&
                   !word_in(x, k, goes_on)) {
            /* “…that crap,” in an interview: a quotation closed after a
             * comma ends the content; round 14b: not before the main
             * clause of a sentence whose lead-in clause held it ("…
             * that “as voters get more educated,” they would graduate to
             * his campaign"): a subject pronoun and no cue */
            int32_t v = k + 1;
            while (v <= lw && is_adverb(x, v)) v++;
            static const char *const subj[] = {"he", "she", "they", "it", "we", NULL};
            stop = !(word_in(x, k, subj) && v <= lw && x->t[v].kind == T_WORD && x->t[v].q < 0 && !is_cue(x, v));
        } else if (t->kind == T_WORD && k == from && k >= 1 && x->t[k - 1].q >= 0 &&
                   (word_is(x, k, "in") || word_is(x, k, "on") || word_is(x, k, "during") || word_is(x, k, "via"))) {
            /* “…” in a tweet, “…” on his radio show: where it was said,
             * not what */
            static const char *const media[] = {"tweet", "statement", "interview", "post", "speech", "email",
                                                "letter", "video", "op-ed", "broadcast", "show", "memo",
                                                "message", "call", "conference", "twitter", "facebook", NULL};
            for (int32_t k2 = k + 1; k2 <= lw && k2 <= k + 4 && x->t[k2].kind == T_WORD; k2++)
                if (word_in(x, k2, media)) { stop = 1; break; }
        } else if (t->kind == T_WORD && k == from && k >= 1 && x->t[k - 1].q >= 0 && k + 1 <= lw &&
                   (word_is(x, k, "as") || word_is(x, k, "when")) &&
                   ((tflags(x, k + 1) & LX_PRONOUN) || (word_is(x, k, "when") && past_verb(x, k + 1)))) {
            /* “…” as he passed by, “…” when asked whether …: a clause of
             * time after the quotation is the report's circumstance, not
             * what was said */
            stop = 1;
        } else if (t->kind == T_WORD && (word_is(x, k, "and") || word_is(x, k, "but"))) {
            int32_t n1 = k + 1;
            while (n1 <= lw && is_adverb(x, n1)) n1++;
            if (n1 <= lw && is_cue(x, n1)) stop = 1;
            else if (n1 <= lw && k > 0 && x->t[k - 1].q >= 0 &&
                     (past_verb(x, n1) || word_in(x, n1, irregular_past) ||
                      (ing_form(x, n1) && !(x->t[n1].flags & F_CAP))))
                stop = 1; /* “…” and threatened …, “…” and pledging … */
            else if (n1 + 1 <= lw && (tflags(x, n1) & LX_PRONOUN) && is_cue(x, n1 + 1)) stop = 1;
        }
        if (stop) {
            int32_t e = k - 1;
            while (e > from && x->t[e].kind == T_PUNCT && x->t[e].q < 0) e--;
            return e >= from ? e : from - 1;
        }
    }
    return lw;
}

static int emit(ctx *x, quote_type type, uint32_t s, uint32_t e, int32_t r0, int32_t r1, const attrib *at)
{
    /* round 14a: content computed from the token after a word that is
     * followed by a comma ("At one point, more than …", "say, Mr. X's
     * plan …") starts after the comma */
    if (s < e && x->s[s] == ',')
        for (s++; s < e && (x->s[s] == ' ' || x->s[s] == '\n'); s++) {}
    if (e <= s) return 0; /* nothing left of the content */
    /* quotes are kept in text order (the index and the JSON rely on it):
     * one that would start before the last one emitted is a second
     * reading of the same words (found by fuzzing: a lead-in report and
     * its main clause over one garbled quotation), not a quote of its own */
    if (x->nq > 0 && s < x->qs[x->nq - 1].start) return 0;
    if (type != QUOTE_DIRECT && memchr(x->s + s, ')', e - s)) {
        /* round 13: "who called Trump “a psychopath” over the weekend),
         * has …": reported content that starts inside brackets ends where
         * they close (outside the quotation marks) */
        int depth = 0;
        int32_t k = r0;
        for (uint32_t i = s; i < e; i++) {
            while (k >= 0 && k <= r1 && x->r[k].e <= i) k++;
            if (k >= 0 && k <= r1 && x->r[k].s <= i) { i = x->r[k].e - 1; continue; }
            if (x->s[i] == '(') depth++;
            else if (x->s[i] == ')' && depth-- == 0) {
                while (i > s && (x->s[i - 1] == ' ' || x->s[i - 1] == ',' || x->s[i - 1] == '\n')) i--;
                e = i;
                break;
            }
        }
        if (e <= s) return 0;
    }
    if (r0 >= 0) {
        /* a quote holding none of its marked parts is no quote (scraped
         * garbage: "Mr. … ” …” made a mixed quote "Mr.") */
        int inside = 0;
        for (int32_t k = r0; k <= r1; k++) inside += x->r[k].s >= s && x->r[k].e <= e;
        if (!inside) return 0;
    }
    /* "Pence blames media for Trump’s ‘Obama founded ISIS’ flap": a
     * headline quoting a few words in single marks reports the gist
     * (PolNeAR types these indirect) */
    if (x->single_headline && type != QUOTE_DIRECT && r0 >= 0 && x->r[r0].s != s) type = QUOTE_INDIRECT;
    quote *q = new_quote(x);
    if (!q) return -1;
    q->start = s;
    q->end = e;
    q->type = type;
    uint32_t first = (uint32_t)x->nseg;
    /* only marked parts inside the quote: on scraped garbage the span a
     * rule computes can end before a region it was handed */
    for (int32_t k = r0; k <= r1 && k >= 0; k++)
        if (x->r[k].s >= s && x->r[k].e <= e && add_segment(x, x->r[k].s, x->r[k].e)) return -1;
    if (r0 < 0 && add_segment(x, s, e)) return -1;
    q->n_segments = (uint32_t)x->nseg - first;
    q->segments = NULL; /* set at the end: the array may still move */
    x->qseg[x->nq - 1] = first;
    set_attrib(x, q, at);
    x->last_q = x->nq - 1;
    x->last_q_sent = x->cur_sent;
    return 0;
}

/* "Kasich: ‘We Are Going All The Way.’", "Poll: Trump Leads In Ohio",
 * "TAPPER: Why not debate?": a paragraph that is one sentence, opening
 * with one to four capitalised words and a colon, is what they said (a
 * headline or a transcript line); the words before the colon are the
 * speaker.  Direct when the content is one quotation, mixed when it holds
 * one, else indirect.  Returns 1 when it emitted a quote, -1 on error. */
static int headline_quote(ctx *x, int32_t f, int32_t l, int32_t r0, int32_t r1)
{
    while (l > f && x->t[l].kind == T_PARA) l--;
    if (f > 0 && x->t[f - 1].kind != T_PARA) return 0;
    if (l + 1 < x->nt && x->t[l + 1].kind != T_PARA) return 0;
    int32_t c = f;
    while (c <= l && c < f + 4 && x->t[c].kind == T_WORD && x->t[c].q < 0 && (x->t[c].flags & F_CAP)) c++;
    if (c == f || c > l || !punct_is(x, c, ':')) return 0;
    int32_t lw = content_end(x, f, l);
    int32_t c0 = c + 1;
    if (c0 > lw || !words_reach(x, c0, lw, 2)) return 0;
    if (r0 <= r1 && x->r[r0].t0 < c0) return 0;
    /* a headline or a transcript line opens with a capital or a mark; not
     * a line of a text wrapped at a fixed width ("Eyskens: after hosting
     * a …"), a figure ("NOTE: 1986 net includes …") or a note */
    if (!(x->t[c0].kind == T_QMARK || (x->t[c0].kind == T_WORD && (x->t[c0].flags & F_CAP) &&
                                       !(x->t[c0].flags & F_DIGIT))))
        return 0;
    if (c == f + 1 && (word_is(x, f, "note") || word_is(x, f, "notes"))) return 0;
    /* a place's list ("South Carolina: Andrew Collins, Barry Wynn, …",
     * "PARANA STATE: UMUARAMA NIL, PARANAVAI NIL, …"): a place before
     * the colon, or three commas in the content, is a table, not speech */
    int32_t m = mention_at(x, c - 1);
    if (m >= 0 && x->ents[x->ms[m].ent].kind == ENT_PLACE) return 0;
    int commas = 0;
    for (int32_t k = c0; k <= lw; k++) commas += punct_is(x, k, ',') && x->t[k].q < 0;
    if (commas >= 3) return 0;
    attrib at = {-1, -1, {f, c - 1}, 0};
    quote_type ty = QUOTE_INDIRECT;
    if (r0 <= r1) ty = x->r[r0].t0 == c0 && x->r[r1].t1 >= lw ? QUOTE_DIRECT : QUOTE_MIXED;
    if (ty == QUOTE_DIRECT && r0 < r1) ty = QUOTE_MIXED;
    /* a headline holding quoted words among its own ("Graham: Trump’s
     * ‘Hateful Rhetoric’ Destroying …") is left to the rules below:
     * PolNeAR types most of them indirect (their marks are single), so
     * as mixed they cost more than they bring */
    if (ty == QUOTE_MIXED) return 0;
    uint32_t e = x->t[lw].e;
    if (r0 <= r1 && x->r[r1].e > e) e = x->r[r1].e;
    if (emit(x, ty, x->t[c0].s, e, r0 <= r1 ? r0 : -1, r1, &at)) return -1;
    return 1;
}

/* A quotation whose words are all capitalised (or connectors, articles,
 * digits), up to ten: a title ("An American Son", "Make America Great
 * Again") or a heading in capitals, not speech. */
static int title_region(ctx *x, int32_t r)
{
    const region *g = &x->r[r];
    int words = 0;
    if (g->t1 - 1 > g->t0 && (punct_is(x, g->t1 - 1, '?') || punct_is(x, g->t1 - 1, '!'))) return 0; /* “Mr. Roe?” */
    for (int32_t m = g->t0 + 1; m < g->t1; m++) {
        if (x->t[m].kind != T_WORD) continue;
        words++;
        if (!(x->t[m].flags & (F_CAP | F_DIGIT)) && !is_connector(x, m) && !word_is(x, m, "the") &&
            !word_is(x, m, "a") && !word_is(x, m, "and") && !word_is(x, m, "to"))
            return 0;
    }
    return words >= 2 && words <= 10; /* one word may be an answer: “No.” */
}

/* "for news accounts to portray X as": the subject of the infinitive
 * (cue c after "to") named after "for", else none */
static tspan for_subject(ctx *x, int32_t c, int32_t f)
{
    tspan r = {-1, -1};
    for (int32_t k = c - 2; k >= f && k >= c - 6 && x->t[k].kind == T_WORD && x->t[k].q < 0; k--)
        if (word_is(x, k, "for")) {
            if (k + 1 < c - 1) r.a = k + 1, r.b = c - 2;
            break;
        }
    return r;
}

/* The quotation regions r0..r1 that content up to word lw goes on with:
 * the last one starting by lw, then back to those inside the clause that
 * ends after it; *ce gets the clause's last token (at least that region's
 * end).  Returns the last region kept. */
static int32_t clause_regions(ctx *x, int32_t r0, int32_t r1, int32_t lw, int32_t *ce)
{
    int32_t rl = r1;
    while (rl > r0 && x->r[rl].t0 > lw) rl--;
    int32_t e = clause_end(x, x->r[rl].t1 + 1, lw);
    while (rl > r0 && x->r[rl].t0 > e) rl--;
    *ce = e < x->r[rl].t1 ? x->r[rl].t1 : e;
    return rl;
}

/* Round 9: "Trump identified the judge as “Spanish,”", "offered himself
 * as a “law and order” candidate", "defended his comments as being
 * “sarcastic.”": in a sentence with no cue, a verb, its object and "as"
 * (optionally "a", "an", "the", "being") right before the first quotation
 * frame what the subject said of the object, as the listed "described X
 * as" does; PolNeAR's content starts at the object.  The verb is a
 * lower-case word that is no preposition, determiner, pronoun or
 * auxiliary; the object (at most six words) opens with an object
 * pronoun, a determiner, a possessive or a capital.  Not "such as", "the
 * same as", nor a passive ("known as", "billed as": no object between).
 * Returns 1 when it emitted a quote, -1 on error, 0 otherwise. */
static int framed_as(ctx *x, uint32_t sid, int32_t f, int32_t lw, int32_t first_open, int32_t r0, int32_t r1)
{
    static const char *const art[] = {"a", "an", "the", "being", NULL};
    static const char *const obj_pron[] = {"him", "her", "it", "them", "himself", "herself", "itself",
                                           "themselves", "us", "me", "myself", "ourselves", NULL};
    static const char *const not_verb[] = {"and", "or", "but", "as", "than", "such", "like", "be", "been",
                                           "being", "not", "so", "very", "also", "just", "only", "even",
                                           "same", "well", "that", "which", "who", "whom", "what", "around",
                                           "through", "against", "between", "among", "upon", "within", "without",
                                           "across", "behind", "beyond", "toward", "towards", "via", "after",
                                           "before", "during", "do", NULL};
    static const char *const participle[] = {"known", "seen", "shown", "given", "taken", NULL};
    static const char *const subj_pron[] = {"he", "she", "they", "we", "i", "you", NULL};
    int32_t as = first_open - 1;
    if (as > f && word_in(x, as, art)) as--;
    if (as - 2 < f || !word_is(x, as, "as") || x->t[as].q >= 0) return 0;
    if (word_is(x, as - 1, "such") || word_is(x, as - 1, "same") || word_is(x, as - 1, "well")) return 0;
    /* "a condition known as", "a plan billed as": a passive participle */
    if (word_in(x, as - 1, participle) ||
        (!(x->t[as - 1].flags & F_CAP) && tl(x, as - 1) > 4 && tx(x, as - 1)[tl(x, as - 1) - 2] == 'e' &&
         tx(x, as - 1)[tl(x, as - 1) - 1] == 'd'))
        return 0;
    int32_t o = -1;
    for (int32_t k = as - 1; k > f && k >= as - 6; k--) {
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || word_is(x, k, "as")) break;
        int32_t v = k - 1;
        if (x->t[v].kind != T_WORD || x->t[v].q >= 0 || (x->t[v].flags & (F_CAP | F_DIGIT))) continue;
        if (word_in(x, v, fb_prep) || is_determiner(x, v) || word_in(x, v, not_verb) ||
            word_in(x, v, finite_aux) || (tflags(x, v) & (LX_PRONOUN | LX_FUNC)) || tl(x, v) < 3)
            continue;
        if (word_in(x, k, obj_pron) || (is_determiner(x, k) && !word_is(x, k, "that")) ||
            (x->t[k].flags & F_CAP) || strip_poss(tx(x, k), tl(x, k)) != tl(x, k)) {
            o = k;
            break;
        }
    }
    if (o < 0) return 0;
    /* "an incident Trump brought up as", "whom George W. Bush introduced
     * to cheers as": a name followed by a lower-case word (no possessive,
     * no preposition) is the subject of a relative clause, not an object */
    for (int32_t k = o; k + 1 < as; k++)
        if (word_in(x, k + 1, finite_aux) || word_is(x, k + 1, "not") || word_is(x, k + 1, "do") ||
            word_in(x, k + 1, subj_pron))
            return 0; /* "the shares it does not already own as": a clause */
    for (int32_t k = o; k + 1 < as; k++)
        if ((x->t[k].flags & F_CAP) && strip_poss(tx(x, k), tl(x, k)) == tl(x, k) &&
            x->t[k + 1].kind == T_WORD && !(x->t[k + 1].flags & (F_CAP | F_DIGIT)) && !word_in(x, k + 1, fb_prep))
            return 0;
    int32_t ce, rl = clause_regions(x, r0, r1, lw, &ce);
    int quoted = 0;
    for (int32_t k = r0; k <= rl; k++) quoted += words_in(x, x->r[k].t0, x->r[k].t1);
    attrib th = {o - 1, o - 1, {-1, -1}, 0};
    /* "Trump later defended …": the phrase before the verb (over
     * adverbs), else the sentence subject */
    int32_t v = o - 1;
    if (v - 1 >= f && !word_is(x, v - 1, "to") && !word_in(x, v - 1, fb_prep)) th.sp = np_left(x, v - 1, f);
    if (v - 1 >= f && word_is(x, v - 1, "to")) th.sp = for_subject(x, v, f);
    if (th.sp.a < 0 && (v == f || word_in(x, v - 1, fb_prep)) && ing_form(x, v)) {
        /* "In declaring X as “…,” the pope …": the -ing clause's subject
         * is the main clause's, after the comma that ends it */
        int32_t rl2 = r1;
        while (rl2 > r0 && x->r[rl2].t0 > lw) rl2--;
        int32_t k = x->r[rl2].t1 + 1;
        if (k <= lw && punct_is(x, k, ',')) k++;
        else if (x->r[rl2].t1 > x->r[rl2].t0 && punct_is(x, x->r[rl2].t1 - 1, ',')) k = x->r[rl2].t1 + 1;
        else k = -1;
        if (k >= 0) {
            th.sp = np_right(x, k, lw);
            /* the phrase ends at its head: "the pope again demonstrated" */
            for (int32_t m = th.sp.a + 1; th.sp.a >= 0 && m <= th.sp.b; m++)
                if (is_adverb(x, m) || past_verb(x, m)) { th.sp.b = m - 1; break; }
        }
    }
    if (th.sp.a < 0) th.sp = subject_of(x, x->sent_base[sid], v);
    quote_type ty = quoted * 2 >= words_in(x, o, ce) ? QUOTE_MIXED : QUOTE_PARTIAL;
    int32_t nq0 = x->nq;
    if (emit(x, ty, x->t[o].s, x->t[ce].e, r0, rl, &th)) return -1;
    return x->nq > nq0;
}

/* Round 9: "went on to say X is “…”", "wanted to call it “…”": a cue in
 * its base form after "to" is an infinitive, no noun after a preposition
 * ("responded to calls", "to claims that": a plural noun, still one) */
static int infinitive_cue(ctx *x, int32_t c)
{
    if (!word_is(x, c - 1, "to")) return 0;
    const char *w = tx(x, c);
    size_t n = tl(x, c);
    /* "to continue the war on …" is no speech */
    if (n < 3 || (x->t[c].flags & F_CAP) || w[n - 1] == 's' || ing_form(x, c) || word_is(x, c, "continue"))
        return 0;
    if (w[n - 2] == 'e' && w[n - 1] == 'd') return 0;
    /* its object or clause opens with a subject or a name ("to say he’s",
     * "to call Cruz"), not a preposition ("to read from a text") */
    int32_t k = c + 1;
    if (k >= x->nt) return 0;
    return x->t[k].kind == T_QMARK || (x->t[k].flags & F_CAP) || (tflags(x, k) & LX_PRONOUN) ||
           (is_determiner(x, k) && !word_is(x, k, "that"));
}

/* Whether sentence sid (first token f, paragraph para) comes right after
 * the sentence of the last quote found, a direct quote ending before it in
 * the same paragraph: the quote a cueless quotation here goes on. */
static int follows_direct_quote(ctx *x, uint32_t sid, int32_t f, int para)
{
    return x->last_q >= 0 && x->last_q_sent + 1 == (int32_t)sid && x->qs[x->last_q].type == QUOTE_DIRECT &&
           x->qs[x->last_q].end <= x->t[f].s && (int32_t)x->t[x->sent_last[sid - 1]].para == para;
}

/* Joins the quotation regions r0..r1 of sentence sid (content up to word
 * lw) to the last quote (follows_direct_quote), as mixed content to the
 * clause's end.  0, or -1 when out of memory. */
static int join_last_quote(ctx *x, uint32_t sid, int32_t r0, int32_t r1, int32_t lw)
{
    quote *q = &x->qs[x->last_q];
    int32_t ce, rl = clause_regions(x, r0, r1, lw, &ce);
    if (join_segments(x, x->last_q, r0, rl)) return -1;
    q->end = x->t[ce].e;
    q->type = QUOTE_MIXED;
    x->last_q_sent = (int32_t)sid;
    return 0;
}

/* The first token of attribution at (its speaker phrase or, inverted, its
 * cue), with a title the phrase leaves out ("Ms. Tanzer said": np_left
 * gives "Tanzer"), not before f: what a parenthetical attribution's
 * commas must enclose. */
static int32_t phrase_start(ctx *x, const attrib *at, int32_t f)
{
    int32_t sp0 = at->inverted ? at->cue : at->sp.a;
    if (at->sp.a >= 0 && at->sp.a < sp0) sp0 = at->sp.a;
    while (sp0 - 1 > f && x->t[sp0 - 1].kind == T_WORD && x->t[sp0 - 1].q < 0 &&
           (tflags(x, sp0 - 1) & LX_TITLE) && (x->t[sp0 - 1].flags & F_CAP))
        sp0--;
    return sp0;
}

/* Round 10: whether tokens [a, lw] after a cue are adjuncts only ("wrote
 * last week after the court's action", "proclaimed to a cheering crowd at
 * the convention"): they open with a preposition or a time word and hold
 * no "that" and no quotation, so the cue reports nothing after it. */
static int adjunct_only(ctx *x, int32_t a, int32_t lw)
{
    static const char *const time_open[] = {"last", "this", "next", "earlier", "later", "after", "before",
                                            "during", "while", "when", NULL};
    while (a <= lw && (is_adverb(x, a) || is_day(x, a))) a++;
    if (a > lw || x->t[a].kind != T_WORD || x->t[a].q >= 0) return 0;
    if (!word_in(x, a, fb_prep) && !word_in(x, a, time_open)) return 0;
    for (int32_t k = a; k <= lw; k++)
        if (x->t[k].q >= 0 || word_is(x, k, "that")) return 0;
    return 1;
}

/* Whether the speaker phrase of attribution at (not inverted) is the
 * cue's own, right before it (over adverbs), not a sentence subject found
 * further back ("Before the Paris attacks, Trump took …, suggesting"). */
static int np_adjacent(ctx *x, const attrib *at)
{
    int32_t g = at->sp.b + 1;
    /* round 15: over a ticker ("Malayan Banking Bhd <MBKM.SI> said") */
    if (g < at->cue && punct_is(x, g, '<')) {
        while (g < at->cue && !punct_is(x, g, '>')) g++;
        g++;
    }
    /* ... over an appositive set off by commas after a name
     * ("…, Granma, the official Cuban newspaper, said") */
    /* ... or a relative clause ("…, the official, who did not want to be
     * named, told Reuters.") */
    if (g + 2 < at->cue && punct_is(x, g, ',') && punct_is(x, at->cue - 1, ',') && at->cue - 1 - g <= 12 &&
        ((cap_word(x, at->sp.b) && is_determiner(x, g + 1)) || word_is(x, g + 1, "who") ||
         /* round 16: "…, senior economists, including Tom Hale, said" */
         word_is(x, g + 1, "including"))) {
        int32_t m = g + 1;
        while (m < at->cue - 1 && x->t[m].kind == T_WORD && x->t[m].q < 0 && !is_cue(x, m)) m++;
        if (m == at->cue - 1) return 1;
    }
    /* ... over an acronym set off by commas ("the French Maize
     * Producers' Association, AGPM, said") */
    if (g + 2 < at->cue && punct_is(x, g, ',') && (x->t[g + 1].flags & F_ACRO) && punct_is(x, g + 2, ',') &&
        g + 3 == at->cue)
        g += 3;
    /* ... over "polled by Reuters" */
    if (g + 2 < at->cue && word_in(x, g, polled) && word_is(x, g + 1, "by")) {
        g += 2;
        if (word_is(x, g, "the")) g++;
        while (g < at->cue && cap_word(x, g)) g++;
    }
    /* ... and over an acronym in brackets ("the American Petroleum
     * Institute (API) said") */
    if (g + 2 < at->cue && punct_is(x, g, '(') && punct_is(x, g + 2, ')')) g += 3;
    while (g < at->cue && is_adverb(x, g)) g++;
    return g == at->cue;
}

/* round 13: a lead-in clause that reports a quotation closed by a comma
 * before the main clause's attribution and quotation ("Holding signs
 * calling Hale “a fraud,” the crowd chanted “…”", "After Reed said that
 * … “…,” Hale said: “…”"): a participle opening the sentence reports what
 * follows it (a preposition after it left out: "Remarking upon"), spoken
 * by the main clause's speaker; a subordinate clause its own cue's
 * content, spoken by its own subject.  The content's first token and the
 * attribution in *out, or -1. */
static int32_t lead_in_report(ctx *x, int32_t f, int32_t first_open, int32_t k, const attrib *mid, attrib *out)
{
    int32_t c = x->r[k].t1;
    if (!(punct_is(x, c - 1, ',') || punct_is(x, c + 1, ','))) return -1;
    if (x->t[f].kind != T_WORD || !(x->t[f].flags & F_CAP) || f + 1 >= first_open) return -1;
    for (int32_t m = f; m < first_open; m++)
        if (x->t[m].kind == T_PUNCT) return -1;
    if (ing_form(x, f) && !word_is(x, f, "according")) {
        int32_t s = f + 1;
        if (word_in(x, s, fb_prep)) s++;
        if (s > first_open) return -1;
        *out = *mid;
        return s;
    }
    static const char *const subord[] = {"after", "when", "as", "before", "while", "since", "although",
                                         "though", "once", "because", NULL};
    if (!word_in(x, f, subord)) return -1;
    attrib in = find_attrib(x, f + 1, first_open - 1, f + 1, first_open - 1);
    if (in.cue < 0 || in.inverted || in.sp.a < 0 || in.cue_end + 1 >= first_open) return -1;
    if (word_is(x, in.cue, "according")) return -1;
    *out = in;
    return in.cue_end + 1;
}

/* Round 14c: the attribution of sentence [f, lw] (no quotation marks)
 * that replaces the first one found, *first, or cue -1: the cue after a
 * relative or participle clause set off by commas that holds *first's
 * cue ("X, who asked not to be named, said"), else a trailing "…, X
 * said." / "…, said X." that reports the whole sentence. */
/* Whether cue c opens a relative clause set off by a comma (", who
 * asked not to be named"). */
static int relative_cue(ctx *x, int32_t f, int32_t c)
{
    return c - 2 >= f && punct_is(x, c - 2, ',') && (word_is(x, c - 1, "who") || word_is(x, c - 1, "which"));
}

/* The cue after the clause set off by commas that holds cue c, whose
 * speaker phrase ends before c; cue -1 when there is none. */
static attrib after_parenthetical(ctx *x, int32_t f, int32_t lw, int32_t c)
{
    attrib no = {-1, -1, {-1, -1}, 0};
    int32_t m = c + 1; /* to the closing comma, over numbers and signs ("$2 billion") */
    while (m <= lw && m <= c + 14 && x->t[m].q < 0 &&
           (x->t[m].kind == T_WORD || (x->t[m].kind == T_PUNCT && !punct_is(x, m, ',') && !punct_is(x, m, ';'))))
        m++;
    if (m < lw && punct_is(x, m, ',')) {
        int32_t v = m + 1;
        while (v <= lw && is_adverb(x, v)) v++;
        if (v <= lw && is_cue(x, v)) {
            attrib at = try_cue_at(x, v, f, lw, f);
            if (at.cue == v && !at.inverted && at.sp.a >= 0 && at.sp.b < c) return at;
        }
    }
    return no;
}

static attrib main_attrib(ctx *x, int32_t f, int32_t lw, const attrib *first)
{
    attrib no = {-1, -1, {-1, -1}, 0};
    int32_t c = first->cue;
    if (first->inverted) return no;
    if (relative_cue(x, f, c) || (c - 1 > f && punct_is(x, c - 1, ',') && ing_form(x, c)) ||
        /* "The report, published on Tuesday, said …": a past participle
         * with a preposition after it opens a modifier, not a report */
        (c - 1 > f && punct_is(x, c - 1, ',') && past_verb(x, c) && c + 1 <= lw &&
         (word_in(x, c + 1, fb_prep) || word_is(x, c + 1, "last") || word_is(x, c + 1, "earlier"))))
        return after_parenthetical(x, f, lw, c);
    /* the trailing attribution: a comma, a speaker and a cue (or a cue
     * and a speaker) and at most a few words to the end */
    if (first->cue_end + 4 >= lw) return no;
    /* the last cue among the last five tokens (most sentences have none:
     * the common verbs first, by length, then is_cue), a comma before it */
    int32_t v = lw;
    for (; v >= c + 2 && v >= lw - 4; v--) {
        if (x->t[v].kind != T_WORD || (x->t[v].flags & F_CAP)) continue;
        const char *w = tx(x, v);
        size_t n = tl(x, v);
#define TC_(s) same_word(w, s, n)
        int tail = n == 3   ? TC_("say")
                 : n == 4 ? TC_("said") || TC_("says") || TC_("told") || TC_("adds")
                 : n == 5 ? TC_("added") || TC_("noted") || TC_("wrote")
                 : n == 6 ? TC_("stated") || TC_("argued") || TC_("warned")
                 : n == 8 ? TC_("reported")
                 : n == 9 ? TC_("announced") || TC_("estimated") || TC_("explained")
                          : 0;
#undef TC_
        if (tail && is_cue_tok(x, v)) break;
    }
    if (v < c + 2 || v < lw - 4) return no;
    int32_t cm = v - 1;
    while (cm > c && cm >= v - 16 && !(x->t[cm].kind == T_PUNCT && x->t[cm].cp == ',')) cm--;
    if (cm <= c || cm < v - 16) return no;
    attrib at = try_cue_at(x, v, f, lw, f);
    if ((at.cue < 0 || at.sp.a < 0) && v - 1 > cm && !cap_word(x, v - 1) &&
        (plural_desc(x, v - 1) || word_is(x, v - 1, "sources"))) {
        /* "…, officials said.", "…, port officials said.": a bare plural
         * role (np_left wants a determiner) after the comma */
        int32_t a = v - 1;
        while (a - 1 > cm && a > v - 3 && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0) a--;
        if (a - 1 == cm) at = (attrib){v, v, {a, v - 1}, 0};
    }
    if (at.cue < 0 || at.sp.a < 0 || word_is(x, at.cue, "according")) return no;
    if (at.inverted ? !punct_is(x, at.cue - 1, ',') : !(punct_is(x, at.sp.a - 1, ',') && np_adjacent(x, &at)))
        return no;
    /* nothing after the cue but adverbs, a day or a short adjunct */
    int32_t k = at.inverted ? at.sp.b + 1 : at.cue_end + 1;
    /* round 15: after "told", its addressee ("…, company spokesmen told
     * Reuters.", "… told the newspaper on Monday."): a capitalised run,
     * "reporters", or a determiner and up to three words */
    if (!at.inverted && is_tell(x, at.cue) && k <= lw && x->t[k].kind == T_WORD && x->t[k].q < 0) {
        int32_t k0 = k;
        if (cap_word(x, k))
            while (k <= lw && k < k0 + 4 && cap_word(x, k)) k++;
        else if (is_determiner(x, k))
            for (k++; k <= lw && k < k0 + 4 && x->t[k].kind == T_WORD && !word_in(x, k, fb_prep) &&
                      !is_day(x, k);
                 k++)
                ;
        else if (word_is(x, k, "reporters") || word_is(x, k, "journalists"))
            k++;
    }
    /* round 15: or an acronym in brackets ("…, said Data Resources Europe
     * Inc (DRI).") */
    if (at.inverted && k + 1 <= lw && punct_is(x, k, '(') && (x->t[k + 1].flags & F_ACRO) &&
        (k + 1 == lw || (k + 2 == lw && punct_is(x, k + 2, ')'))))
        k = lw + 1;
    while (k <= lw && (is_adverb(x, k) || is_day(x, k))) k++;
    /* not a passive ("…, a view echoed by bank officials") */
    if (k <= lw && (word_is(x, k, "by") || !adjunct_only(x, k, lw))) return no;
    return at;
}

/* Round 17: two reports in one sentence ("The trust said fares would
 * rise, while the union said they would fall", "Fares will rise, the
 * trust said, and the union said they would fall"): the first token
 * after from (the end of the first attribution) that is a conjunction
 * opening a clause (but, while, although, though, whereas, yet, "and"
 * as clause_conj reads it), with a subject right after it (over adverbs)
 * that has a finite cue of its own, at token `to` at the latest.
 * Returns the conjunction's token, or -1.  Not "because", "since", "so":
 * what follows them is the first speaker's reason, inside the content
 * ("Hale said the pier would close because the trust said it could not
 * pay"). */
static int32_t second_report(ctx *x, int32_t from, int32_t lw, int32_t to)
{
    static const char *const split_conj[] = {"but", "while", "although", "though", "whereas", "yet", "and", NULL};
    /* the first letters of the conjunctions */
    static const uint8_t first[256] = {['a'] = 1, ['b'] = 1, ['t'] = 1, ['w'] = 1, ['y'] = 1};
    /* the first report keeps a word, the second needs a subject, a cue
     * and three words (the fewest a content has) */
    const tk *tt = x->t; /* (neither moves while quotes are read) */
    const char *src = x->s;
    for (int32_t k = from + 1, last = lw - 5 < to ? lw - 5 : to; k <= last; k++) {
        /* most tokens are none of these: by length and first letter (a
         * lower-case letter: no capital, no punctuation) first */
        const tk *t = &tt[k];
        uint32_t n = t->e - t->s;
        const char *w = src + t->s;
        if (n - 3 > 5 || !first[(uint8_t)w[0]]) continue;
        int and = 0;
        if (n == 3) {
            if (w[0] == 'a') {
                if (w[1] != 'n' || w[2] != 'd') continue;
                and = 1;
            } else if (!((w[0] == 'b' && w[1] == 'u' && w[2] == 't') || (w[0] == 'y' && w[1] == 'e' && w[2] == 't')))
                continue;
        } else if (!((n == 5 && w[0] == 'w') || (n == 6 && w[0] == 't') || (n == 7 && w[0] == 'w') ||
                     (n == 8 && w[0] == 'a')))
            continue;
        if (t->kind != T_WORD || t->q >= 0) continue;
        /* after "and" the subject opens as a noun phrase of its own does
         * (a determiner, a pronoun, a name, a plural role, a share): not
         * "oil and gas resources now estimated to …", "two minute and
         * five minute announcements … called …" (asked first: cheaper) */
        int32_t n1 = k + 1;
        if (and && !(cap_word(x, n1) || (tflags(x, n1) & LX_PRONOUN) ||
                     (is_determiner(x, n1) && !word_is(x, n1, "that") && !(x->t[n1].flags & F_DIGIT)) ||
                     plural_desc(x, n1) ||
                     word_is(x, n1, "others") || word_is(x, n1, "most") ||
                     ((x->t[n1].flags & F_DIGIT) && (word_is(x, n1 + 1, "percent") || word_is(x, n1 + 1, "pct") ||
                                                     punct_is(x, n1 + 1, '%')))))
            continue;
        if (and ? !and_opens_clause(x, k) : n > 3 && !word_in(x, k, split_conj)) continue;
        /* a subordinator without its comma, or after another conjunction,
         * often opens a clause inside the content ("… even though it
         * admitted …", "…, and though she has said …, Republicans …") */
        if (!and && !word_is(x, k, "but") && !word_is(x, k, "yet") && !punct_is(x, k - 1, ',')) continue;
        if (word_is(x, k - 1, "and") || word_is(x, k - 1, "but") || word_is(x, k - 1, "or")) continue;
        if (!and)
            while (n1 <= lw && is_adverb(x, n1)) n1++;
        if (n1 + 1 > lw || x->t[n1].kind != T_WORD || x->t[n1].q >= 0 || word_is(x, n1, "that")) continue;
        /* the subject's cue: the first cue within a dozen tokens, over
         * words and the commas of an appositive */
        for (int32_t c = n1 + 1; c <= lw && c <= n1 + 12; c++) {
            if (x->t[c].q >= 0 || (x->t[c].kind != T_WORD && !punct_is(x, c, ','))) break;
            if (!is_cue_tok(x, c)) continue;
            /* a finite cue of its own: not a naming verb ("… called
             * Collectible Showcase"), not a participle before "to" ("…
             * now estimated to exist"), not a past perfect, which is
             * the first report's tense moved back ("… but people had
             * complained every day") */
            if (!finite_cue(x, c) || naming_verb(x, c) || word_is(x, c + 1, "to") || word_is(x, c - 1, "had"))
                break;
            /* "added" reports a clause ("he added that …", "it added the
             * plan would …"), not a thing added ("the Far East added one",
             * "it added a fourth aircraft to its fleet") */
            if (word_is(x, c, "added") && !word_is(x, c + 1, "that")) {
                int32_t m = c + 1;
                while (m <= lw && !(x->t[m].kind == T_WORD && x->t[m].q < 0 && word_in(x, m, finite_aux))) m++;
                if (m > lw) break;
            }
            attrib a2 = try_cue_at(x, c, k - 1, lw, n1);
            if (a2.cue != c || a2.inverted || a2.sp.a != n1) break;
            /* a time is no subject ("…, but three days later argued …":
             * the first speaker's second predicate) */
            static const char *const time_w[] = {"day", "days", "week", "weeks", "month", "months", "year",
                                                 "years", "hours", "later", "ago", NULL};
            int when = 0;
            for (int32_t m = a2.sp.a; m <= a2.sp.b + 1 && !when; m++) when = word_in(x, m, time_w) || is_day(x, m);
            if (when) break;
            return k;
        }
    }
    return -1;
}

/* Round 19: the last token of a reported clause that starts at token
 * from (no quotation marks) and may run to lw.  After the clause has its
 * verb, a comma and a relative pronoun ("…, which votes on March 1", "…,
 * who was born in Panama"), an -ing clause ("…, citing higher costs") or,
 * at the first comma, an appositive ("…, a maker of widgets") comment on
 * the report's last words: the report ends before them (PolNeAR leaves
 * them out).  Not between a subject and its verb ("the debentures,
 * which will be offered …, may be converted"), nor in a clause that opens
 * with an adjunct ("in a filing, announcing …, that …"). */
static int32_t report_end(ctx *x, int32_t from, int32_t lw)
{
    if (word_in(x, from, fb_prep)) return lw;
    int first_comma = 1;
    for (int32_t k = from + 1; k < lw; k++) {
        /* commas first: most tokens are none, and the tests below run
         * only at a comma with a word after it */
        if (x->t[k].kind != T_PUNCT || x->t[k].cp != ',' || x->t[k + 1].kind != T_WORD || x->t[k + 1].q >= 0)
            continue;
        int32_t n = k + 1;
        int fc = first_comma;
        first_comma = 0;
        if (k <= from + 2) continue;
        if (!(word_in(x, n, rel_pron) || word_is(x, n, "whose") ||
              ((word_is(x, n, "a") || word_is(x, n, "an")) && fc) ||
              (ing_form(x, n) && !(x->t[n].flags & F_CAP) && !word_is(x, n, "including") &&
               !memchr(tx(x, n), '-', tl(x, n))))) /* not "…, budget-cutting rigour and …" */
            continue;
        /* the clause's verb before the comma */
        int verb = 0;
        for (int32_t m = from; m < k && !verb; m++)
            verb = x->t[m].kind == T_WORD && tl(x, m) >= 2 &&
                   (past_verb(x, m) || word_in(x, m, finite_aux) || word_in(x, m, irregular_past));
        /* with no verb yet (the report is a noun phrase: "predicted a
         * win in Texas, which votes in March"), only when no comma follows
         * (not a subject's relative clause, set off by two commas) */
        if (!verb) {
            int32_t m = n;
            while (m < lw && !punct_is(x, m, ',')) m++;
            if (m < lw) continue;
        }
        return k - 1;
    }
    return lw;
}

/* Round 17: a second report joined by a conjunction ends the first
 * one's content and is read as a sentence of its own (sentence sid,
 * tokens [f, lw], no quotation marks, attribution *at whose content, read
 * whole, starts at byte s).  The split stands when the first part gives a
 * quote with the same start and speaker and the second part a quote;
 * else it is undone.  Returns 1 when split, 0 when the caller emits the
 * whole, -1 on error. */
static int sentence_quotes(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote);
static __attribute__((noinline)) int split_reports(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote,
                                                   int32_t f, int32_t lw, const attrib *at, uint32_t s)
{
    int32_t j = second_report(x, (at->inverted ? at->sp.b : at->cue_end) + 1, lw, lw);
    if (j < 0 || x->t[j].s < s || word_is(x, at->cue, "according")) return 0;
    /* where emit() starts the whole content (after a comma it opens with) */
    if (x->s[s] == ',')
        for (s++; s < x->t[lw].e && (x->s[s] == ' ' || x->s[s] == '\n'); s++) {}
    int32_t whole_sp = at->sp.a >= 0 ? (int32_t)x->t[at->sp.a].s : -1;
    int32_t nq0 = x->nq, nseg0 = x->nseg, lq0 = x->last_q, lqs0 = x->last_q_sent;
    int32_t keep_l = x->sent_last[sid], keep_b = x->sent_base[sid], rest = *rr;
    int32_t n1 = j + 1;
    while (n1 < lw && is_adverb(x, n1)) n1++;
    x->split_depth++;
    x->sent_last[sid] = j - 1;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    int32_t nq1 = x->nq;
    x->sent_last[sid] = keep_l;
    int same = nq1 == nq0 + 1 && x->qs[nq0].start == s && x->qs[nq0].speaker_start == whole_sp;
    if (!rc && same) {
        x->sent_first[sid] = x->sent_base[sid] = n1;
        rc = sentence_quotes(x, sid, &rest, last_para_quote);
        x->sent_first[sid] = f;
        x->sent_base[sid] = keep_b;
    }
    x->split_depth--;
    if (rc) return -1;
    if (same && x->nq > nq1) return 1;
    x->nq = nq0, x->nseg = nseg0, x->last_q = lq0, x->last_q_sent = lqs0;
    return 0;
}

static int sentence_quotes(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    if (f < 0) return 0;
    int32_t r0 = *rr;
    while (*rr < x->nr && x->r[*rr].t0 <= l) (*rr)++;
    int32_t r1 = *rr - 1;
    if (x->split_depth == 0) {
        int sh = r0 <= r1 && (f == 0 || x->t[f - 1].kind == T_PARA) &&
                 (l + 1 >= x->nt || x->t[l + 1].kind == T_PARA) && !words_reach(x, f, l, 21);
        for (int32_t k = r0; k <= r1 && sh; k++) sh = x->r[k].single;
        x->single_headline = sh;
    }
    int hl = headline_quote(x, f, l, r0, r1);
    if (hl) return hl < 0 ? -1 : 0;
    if (r1 < r0) {
        /* No quotation marks: reported speech (indirect). */
        int32_t lw = content_end(x, f, l);
        if (!words_reach(x, f, lw, 5)) return 0;
        attrib at = find_attrib(x, f, lw, f, lw);
        if (at.cue < 0) return 0;
        /* round 14c: a cue in a parenthetical before the main verb ("An
         * official, who asked not to be identified, said …", "A source,
         * speaking on condition of anonymity, said …") or in content
         * that a trailing attribution reports ("The company asked X to
         * offer the measure, the aide said") is not the sentence's */
        if (!at.inverted && (at.cue_end + 4 < lw || (at.cue - 1 > f && punct_is(x, at.cue - 1, ',')) ||
                             (at.cue - 2 >= f && punct_is(x, at.cue - 2, ',')))) {
            attrib main = main_attrib(x, f, lw, &at);
            if (main.cue >= 0) at = main;
        }
        uint32_t s, e;
        int32_t cut_from = -1; /* round 19: where report_end looks from */
        if (word_is(x, at.cue, "according")) {
            static const char *const opener[] = {"but", "and", "yet", "so", NULL};
            if (at.cue == f || (at.cue - 1 >= f && punct_is(x, at.cue - 1, ',') == 0 && at.cue > f + 1) ||
                /* round 19: "But according to X, content." (was: "But") */
                (at.cue == f + 1 && word_in(x, f, opener))) {
                /* "According to X, content." */
                int32_t k = at.sp.b + 1;
                while (k <= lw && !punct_is(x, k, ',')) k++;
                if (k >= lw) return 0;
                s = x->t[k + 1].s;
                e = x->t[lw].e;
            } else {
                int32_t k = at.cue - 1;
                while (k > f && x->t[k].kind == T_PUNCT) k--;
                s = x->t[f].s;
                e = x->t[k].e;
                /* round 13: "But the next day, according to Reed, the
                 * council voted …", "His criticism, according to X, was
                 * …": the attribution set off by commas inside one clause,
                 * which goes on after it, makes the whole sentence the
                 * content (not "Clause, according to X, which …" or "…,
                 * according to X, but …", nor an appositive to the end:
                 * what comes before is short, no clause of its own) */
                int32_t k2 = at.sp.b + 1;
                while (k2 <= lw && k2 <= at.sp.b + 12 && !punct_is(x, k2, ',') && x->t[k2].q < 0) k2++;
                if (k2 < lw && punct_is(x, k2, ',') && punct_is(x, at.cue - 1, ',') && !words_reach(x, f, at.cue, 9)) {
                    k2++;
                    static const char *const art[] = {"a", "an", "another", NULL};
                    if (word_in(x, k2, art)) {
                        while (k2 <= lw && !punct_is(x, k2, ',') && x->t[k2].q < 0) k2++;
                        k2++;
                    }
                    static const char *const goes_on[] = {
                        "but", "and", "or", "even", "where", "which", "who", "whom", "although", "though", "while",
                        "as", "because", "when", "since", "so", "including", "compared", "with", "than", "up",
                        "down", "from", "to", "in", "on", "at", "for", "after", "before", "making", NULL};
                    if (k2 <= lw && x->t[k2].kind == T_WORD && !word_in(x, k2, goes_on) && !ing_form(x, k2) &&
                        words_reach(x, k2, lw, 2)) {
                        static const char *const conj[] = {"but", "and", "so", "yet", NULL};
                        int32_t f2 = f;
                        if (word_in(x, f2, conj) && f2 + 1 < at.cue) f2++;
                        if (punct_is(x, f2, ',')) f2++;
                        if (f2 < at.cue - 1) {
                            s = x->t[f2].s;
                            e = x->t[lw].e;
                        }
                    }
                }
            }
        } else if ((at.sp.a > f + 2 ||
                    /* round 15: "Initially, SmithKline said, the …" */
                    (at.sp.a == f + 2 && !at.inverted && punct_is(x, at.cue_end + 1, ','))) &&
                   ((punct_is(x, at.sp.a - 1, ',') && !at.inverted && np_adjacent(x, &at)) ||
                                       (at.inverted && punct_is(x, at.cue - 1, ','))) &&
                   /* round 12: not "Like many, Jahangir said she was …": a
                    * clause after the cue (a subject pronoun, "that") is
                    * the content */
                   !(!at.inverted && at.cue_end + 1 < lw &&
                     (word_is(x, at.cue_end + 1, "that") ||
                      (!is_tell(x, at.cue) && (is_determiner(x, at.cue_end + 1) ||
                                               (cap_word(x, at.cue_end + 1) && !is_day(x, at.cue_end + 1)))) ||
                      /* round 16: "it" with a verb after it opens a clause ("…, people who
                       * have battled other threats say it could be doing more") */
                      (word_is(x, at.cue_end + 1, "it") && at.cue_end + 2 < lw &&
                       word_in(x, at.cue_end + 2, finite_aux)) ||
                      ((tflags(x, at.cue_end + 1) & LX_PRONOUN) && !word_is(x, at.cue_end + 1, "it") &&
                       !word_is(x, at.cue_end + 1, "him") && !word_is(x, at.cue_end + 1, "her") &&
                       !word_is(x, at.cue_end + 1, "them")))) &&
                   /* round 15: nor "Earlier today, BP said it planned …",
                    * "In answer to a question, Hale said there …": a cue
                    * with more than a few words after it (not set off by
                    * a comma, not adjuncts only) reports them; what is
                    * before the comma is a lead-in */
                   !(!at.inverted && (at.cue_end + 6 < lw || (at.cue_end + 2 < lw && lead_in(x, f, at.sp.a - 1))) &&
                     !punct_is(x, at.cue_end + 1, ',') && !adjunct_only(x, at.cue_end + 1, lw))) {
            /* "Content, X said." / "Content, said X." */
            int32_t k = (at.inverted ? at.cue : at.sp.a) - 1;
            while (k > f && x->t[k].kind == T_PUNCT) k--;
            /* round 12: "This campaign, he says, is different": an
             * attribution set off by commas inside the clause; the content
             * is the whole sentence */
            if (!at.inverted && at.cue_end + 2 <= lw && punct_is(x, at.cue_end + 1, ',') &&
                x->t[at.cue_end + 2].kind == T_WORD &&
                (!(x->t[at.cue_end + 2].flags & F_CAP) || parenthetical_goes_on(x, at.cue_end + 2, lw)) &&
                !ing_form(x, at.cue_end + 2) && !word_in(x, at.cue_end + 2, rel_pron) &&
                !word_is(x, at.cue_end + 2, "according"))
                k = lw;
            /* round 16: the same, inverted ("Often, said Mr Pearson, this
             * information was invisible", "This, said Sloncek, should make
             * the system …"): a clause goes on after the speaker's comma */
            else if (at.inverted && at.sp.b + 2 <= lw && punct_is(x, at.sp.b + 1, ',') && !naming_verb(x, at.cue) &&
                     x->t[at.sp.b + 2].kind == T_WORD && !ing_form(x, at.sp.b + 2) &&
                     !word_in(x, at.sp.b + 2, rel_pron) && !appositive_to_end(x, at.sp.b + 1, lw) &&
                     parenthetical_goes_on(x, at.sp.b + 2, lw) && clause_verb(x, at.sp.b + 2, lw) &&
                     !rel_before(x, f, at.cue))
                k = lw;
            else if ((at.inverted ? at.sp.b : at.cue_end) < lw - 6 && !(at.inverted && appositive_to_end(x, at.sp.b + 1, lw)) &&
                     /* round 14: "Profits rose, the company said, adding
                      * that …": a participle clause after the attribution */
                     !(at.cue_end + 2 <= lw && punct_is(x, at.cue_end + 1, ',') && ing_form(x, at.cue_end + 2)) &&
                     /* round 15: "…, Clarke said in a speech to a group
                      * of bankers in Boston." */
                     !(!at.inverted && adjunct_only(x, at.cue_end + 1, lw)))
                return 0;
            /* round 16: a time is no content ("On Tuesday, a meeting of
             * the board agreed to …", "In the days before the vote, a
             * group called for …") */
            if (k - f <= 7 && time_lead(x, f, k)) {
                int32_t m = f;
                while (m <= k && x->t[m].kind == T_WORD) m++;
                if (m > k) return 0;
            }
            s = x->t[f].s;
            e = x->t[k].e;
        } else if (!at.inverted) {
            /* "X said (that) content." */
            int32_t k = at.cue_end + 1;
            while (k <= lw && (is_adverb(x, k) || is_day(x, k))) k++;
            /* round 14: "Investors pointed out, however, that …": the
             * particle of a phrasal cue, and an adverb set off by commas */
            if (k <= lw && word_is(x, k, "out")) k++;
            /* round 15: also right after the cue ("Moody's said, however,
             * that …", "TWA said, however, it …") */
            if (k + 2 <= lw && punct_is(x, k, ',') && x->t[k + 1].kind == T_WORD && x->t[k + 1].q < 0 &&
                !(x->t[k + 1].flags & F_CAP) && punct_is(x, k + 2, ',') &&
                (is_adverb(x, k + 1) || word_is(x, k + 1, "however") || word_is(x, k + 1, "though")))
                k += 3;
            /* "told Fox News on Sunday that …": the addressee is no content */
            if (is_tell(x, at.cue)) {
                int32_t k0 = k;
                for (int32_t k2 = k + 1; k2 <= lw && k2 <= k + 24 &&
                                         (x->t[k2].kind == T_WORD || (punct_is(x, k2, ',') && k2 > k + 1));
                     k2++)
                    if (word_is(x, k2, "that")) { k = k2; break; }
                /* round 14: "told reporters the budget would …", "told the
                 * BBC he would …": with no "that", the clause starts at the
                 * first subject pronoun or determiner after the addressee
                 * (a name, a noun or two, or "the" and a name) */
                if (k == k0)
                    for (int32_t k2 = k0 + 1; k2 <= lw && k2 <= k0 + 4 && x->t[k2].kind == T_WORD; k2++) {
                        if ((tflags(x, k2) & LX_PRONOUN) && !word_is(x, k2, "her") && !word_is(x, k2, "him") &&
                            !word_is(x, k2, "them") && !word_is(x, k2, "us") && !word_is(x, k2, "me")) {
                            k = k2;
                            break;
                        }
                        if (is_determiner(x, k2) && !word_is(x, k2, "that")) {
                            k = k2;
                            break;
                        }
                        /* the addressee is capitalised words, or one or two plain nouns */
                        if (!cap_word(x, k2) && k2 > k0 + 1 && !cap_word(x, k0)) break;
                    }
            }
            /* round 10: "said on Saturday that …", "said in a statement
             * that …": an adjunct (a preposition first, no clause) before
             * "that" is no content either */
            if (k <= lw && word_in(x, k, fb_prep) && !word_is(x, k, "that"))
                for (int32_t k2 = k + 1; k2 <= lw && k2 <= k + 10 && x->t[k2].kind == T_WORD; k2++) {
                    if (word_is(x, k2, "that")) { k = k2; break; }
                    static const char *const poss[] = {"his", "her", "their", "its", "our", "my", "your", NULL};
                    if (((tflags(x, k2) & LX_PRONOUN) && !word_in(x, k2, poss)) || word_in(x, k2, finite_aux) ||
                        word_is(x, k2, "and") || word_is(x, k2, "but"))
                        break;
                }
            if (k > lw || !words_reach(x, k, lw, 3)) return 0;
            /* round 15: or an unlisted company in angle brackets ("X said
             * <Goldman Sachs and Co> will act …") */
            if (x->t[k].kind != T_WORD && !(punct_is(x, k, '<') && k + 1 <= lw && cap_word(x, k + 1))) return 0;
            /* round 14: "The big question is whether …", "One sticking
             * point is …", "The conference call was …": a cue word that is
             * also a noun, followed by a finite verb, is that verb's
             * subject, not a verb of saying.  (A verb of saying there
             * reports a relative clause, "what they thought was …", which
             * PolNeAR marks from the verb on: kept.) */
            static const char *const verb_subject[] = {"remarks", "comment", "comments", "report", "statement",
                                                       "claim", "claims", "promise", "response", "warning",
                                                       "note", "argument", "word", "words", NULL};
            if (word_in(x, k, finite_aux) &&
                (noun_cue(tx(x, at.cue), tl(x, at.cue)) || word_in(x, at.cue, verb_subject)))
                return 0;
            s = x->t[k].s;
            e = x->t[lw].e;
            cut_from = k;
        } else {
            return 0;
        }
        if (e <= s) return 0;
        /* round 17: a second report joined by a conjunction */
        if (x->split_depth < 8) {
            int sp = split_reports(x, sid, rr, last_para_quote, f, lw, &at, s);
            if (sp) return sp < 0 ? -1 : 0;
        }
        if (cut_from >= 0) {
            int32_t ce = report_end(x, cut_from, lw);
            if (ce < lw) {
                e = x->t[ce].e;
                /* "…, saying …", "…, adding that …": a cue's clause after
                 * the cut is a report of its own by the same speaker */
                int32_t c2 = ce + 2;
                if (is_cue(x, c2) && !word_is(x, c2, "according") && c2 + 1 <= lw && words_reach(x, c2 + 1, lw, 3)) {
                    attrib at2 = at;
                    at2.cue = at2.cue_end = c2;
                    at2.inverted = 0;
                    if (emit(x, QUOTE_INDIRECT, s, e, -1, -1, &at)) return -1;
                    return emit(x, QUOTE_INDIRECT, x->t[c2 + 1].s, x->t[lw].e, -1, -1, &at2);
                }
            }
        }
        return emit(x, QUOTE_INDIRECT, s, e, -1, -1, &at);
    }
    /* Quotation marks in this sentence: regions r0..r1. */
    int32_t first_open = x->r[r0].t0, last_close = x->r[r1].t1;
    int32_t lw = content_end(x, f, l);
    int before = words_reach(x, f, first_open - 1, 1);
    /* a bracketed source after the quotation ("… night.” [HuffPost.]") is
     * nothing said after it */
    int after = last_close < lw && words_reach(x, last_close + 1, lw, 1) && !punct_is(x, last_close + 1, '[');
    int para = (int32_t)x->t[first_open].para;
    /* attribution between or after the quotes */
    attrib at = {-1, -1, {-1, -1}, 0};
    int32_t lo_after = last_close + 1;
    for (int32_t k = r0; k <= r1 && at.cue < 0; k++) {
        int32_t a = x->r[k].t1 + 1;
        int32_t b = k < r1 ? x->r[k + 1].t0 - 1 : l;
        if (a <= b) at = find_attrib(x, a, b, a, b);
        /* "“…,” the official, who asked not to be named, said": a cue in
         * a relative clause set off by commas yields to the main verb
         * after it (as main_attrib has it for reported speech, round 14c) */
        if (at.cue >= 0 && !at.inverted && relative_cue(x, a, at.cue)) {
            attrib main = after_parenthetical(x, a, b, at.cue);
            if (main.cue >= 0) at = main;
        }
        if (at.cue >= 0) lo_after = a;
    }
    (void)lo_after;
    if (at.cue < 0 && !before) {
        /* "“A,” the email said.", "“A,” Powell’s office said in a
         * statement.": a cue within a few words after the first quotation
         * attributes it even when its subject is no recognised speaker
         * phrase; the words between are the speaker span */
        int32_t a = x->r[r0].t1 + 1, b = r0 < r1 ? x->r[r0 + 1].t0 - 1 : l;
        while (a <= b && x->t[a].kind == T_PUNCT && x->t[a].cp == ',') a++;
        for (int32_t c = a + 1; c <= b && c <= a + 8; c++) {
            if (x->t[c].kind != T_WORD && !punct_is(x, c, ',') && !punct_is(x, c, '-') && !punct_is(x, c, '.'))
                break; /* "Mitch McConnell, R-Ky., said" */
            if (!is_cue(x, c) || word_is(x, c, "according") || ing_form(x, c)) continue;
            int32_t e = c - 1;
            while (e > a && punct_is(x, e, ',')) e--;
            if (x->t[a].kind != T_WORD || e < a) break;
            at.cue = at.cue_end = c;
            at.sp.a = a;
            at.sp.b = e;
            break;
        }
        /* "“A,” said one of two witnesses who …", "“A,” said master of
         * ceremonies Asab Ali", "“A,” said Rubio’s deputy campaign
         * manager, Rich Beeson": an inverted cue right after the quotation
         * whose phrase np_right does not take (a possessive, "of"): the
         * words up to a comma, a relative pronoun or the sentence end
         * speak, with a name in apposition after the comma */
        if (at.cue < 0 && a <= b && is_cue(x, a) && !ing_form(x, a) && !word_is(x, a, "according") && a + 1 <= b &&
            x->t[a + 1].kind == T_WORD && !(tflags(x, a + 1) & LX_PRONOUN)) {
            int32_t e = a + 1;
            while (e + 1 <= b && e + 1 <= a + 10 && x->t[e + 1].kind == T_WORD && x->t[e + 1].q < 0 &&
                   !word_in(x, e + 1, rel_pron) && !word_is(x, e + 1, "that") && !attribution_tail(x, e + 1))
                e++;
            if (e + 2 <= b && punct_is(x, e + 1, ',') && cap_word(x, e + 2) && !cap_word(x, e)) {
                e = extend_name(x, e + 2, b);
            }
            at.cue = at.cue_end = a;
            at.sp.a = a + 1;
            at.sp.b = e;
            at.inverted = 1;
        }
        /* "“A,” an angry Hollande retaliated.", "“A,” it recommended.": a
         * quotation closed after , ? ! and then a subject and one verb
         * outside the lexicon, ending the sentence: that verb is the cue */
        int32_t cm = x->r[r0].t1;
        int32_t v = content_end(x, a, l);
        if (at.cue < 0 && r0 == r1 && cm > x->r[r0].t0 && x->t[cm - 1].kind == T_PUNCT &&
            (x->t[cm - 1].cp == ',' || x->t[cm - 1].cp == '?' || x->t[cm - 1].cp == '!') && v > a && v <= a + 4 &&
            v < l && punct_is(x, v + 1, '.') && x->t[v].kind == T_WORD && !(x->t[v].flags & F_CAP) &&
            past_verb(x, v) && x->t[a].kind == T_WORD &&
            ((x->t[a].flags & F_CAP) || (tflags(x, a) & LX_PRONOUN) || is_determiner(x, a))) {
            int ok = 1;
            for (int32_t k = a; k < v; k++) ok &= x->t[k].kind == T_WORD;
            if (ok) {
                at.cue = at.cue_end = v;
                at.sp.a = a;
                at.sp.b = v - 1;
            }
        }
    }
    attrib left = {-1, -1, {-1, -1}, 0};
    if (before) left = find_attrib_dir(x, f, first_open - 1, f, first_open - 1, 1);
    if (before && left.cue < 0 && first_open - 2 >= f &&
        (punct_is(x, first_open - 1, ',') || punct_is(x, first_open - 1, ':')) && is_cue(x, first_open - 2) &&
        !word_is(x, first_open - 2, "according")) {
        /* "Another source close to her said, “…”": a cue right before the
         * mark introduces the quotation even when its subject is no
         * recognised speaker phrase; the subject is what precedes it */
        int32_t c = first_open - 2, a = c - 1;
        while (a >= f && x->t[a].kind == T_WORD && x->t[a].q < 0 && c - a <= 8) a--;
        left.cue = left.cue_end = c;
        if (a < f && c > f) left.sp.a = f, left.sp.b = c - 1;
        else left.sp = subject_of(x, x->sent_base[sid], c);
    }

    if (before && left.cue < 0 && at.cue < 0) {
        /* "Carter however said he would welcome a “…”", "most said they
         * were “…”": the nearest cue before the quotation introduces the
         * reported content even without a recognised speaker phrase; the
         * speaker is the sentence subject, if any */
        for (int32_t c = first_open - 1; c >= f && c >= first_open - 25; c--) {
            if (punct_is(x, c, ';')) break;
            if (!is_cue(x, c) || word_is(x, c, "according")) continue;
            /* a noun after a preposition ("in states", "with chants"),
             * markup ("<tweet id=…") */
            if (c > f && (word_in(x, c - 1, fb_prep) || punct_is(x, c - 1, '<'))) {
                if (!infinitive_cue(x, c)) break;
                /* "reported that it expects to report a “…”": an earlier
                 * cue or "that" clause of the sentence reports, not the
                 * infinitive */
                int earlier = 0;
                for (int32_t k = c - 2; k >= f && !earlier; k--)
                    earlier = word_is(x, k, "that") ||
                              (is_cue(x, k) && !word_is(x, k, "according") && !(k > f && word_in(x, k - 1, fb_prep)));
                if (earlier) continue;
            }
            left.cue = left.cue_end = c;
            left.sp = c > f && word_is(x, c - 1, "to") ? for_subject(x, c, f) : (tspan){-1, -1};
            if (left.sp.a < 0) left.sp = subject_of(x, x->sent_base[sid], c);
            if (left.sp.a < 0) {
                /* "About four in 10 said …": the short subject before the cue */
                int32_t a = c - 1;
                while (a >= f && x->t[a].kind == T_WORD && x->t[a].q < 0 && c - a <= 6) a--;
                if (a < f || punct_is(x, a, ',')) {
                    /* round 9: a coordinated "and called …" split off its
                     * sentence has no subject of its own: not "and", but
                     * the whole sentence's first subject ("While the
                     * donor didn’t …, he did say … and called …") */
                    int32_t s0 = a + 1;
                    while (s0 < c && (word_is(x, s0, "and") || word_is(x, s0, "but"))) s0++;
                    if (s0 < c) left.sp.a = s0, left.sp.b = c - 1;
                    else if (a + 1 < c) left.sp = subject_within(x, x->sent_base[sid], c, 40);
                }
            }
            break;
        }
    }

    /* round 10: "Said Comey, “The thought …”", "Said Dorothy Poynter, who
     * grew up with Ali, “We were …”": a sentence opening with an inverted
     * cue (capitalised, so no cue to is_cue), its speaker and a comma or
     * colon before the quotation */
    if (before && left.cue < 0 && at.cue < 0 && (x->t[f].flags & F_CAP) && x->t[f].q < 0 && f + 2 < first_open &&
        (punct_is(x, first_open - 1, ',') || punct_is(x, first_open - 1, ':'))) {
        static const char *const lead_cue[] = {"said", "says", "added", "adds", "wrote", "writes", "asked", NULL};
        if (word_in(x, f, lead_cue)) {
            attrib inv = {f, f, np_right(x, f + 1, first_open - 2), 1};
            /* the phrase ends at a comma or colon ("Said Wales assistant
             * coach Scott Johnson: “…”" is left to the rules below when
             * np_right stops early) */
            if (inv.sp.a == f + 1 && inv.sp.b + 1 < first_open &&
                (punct_is(x, inv.sp.b + 1, ',') || punct_is(x, inv.sp.b + 1, ':')))
                return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &inv);
        }
    }
    /* "… , X said, “B.”": a later quotation introduced by its own cue runs
     * to the end of the sentence */
    if (!after) {
        for (int32_t k = r0; k < r1; k++) {
            int32_t a = x->r[k].t1 + 1, b = x->r[k + 1].t0 - 1;
            int pb = a <= b && (punct_is(x, b, ',') || punct_is(x, b, ':'));
            /* round 13: also "…,” the protesters chanted “B.”" after a
             * lead-in clause (below) */
            if (a > b || !(pb || (before && is_cue(x, b)))) continue;
            attrib mid = find_attrib_dir(x, a, b, a, b, 1);
            if (mid.cue < 0 || mid.inverted) continue;
            if (words_in(x, mid.cue_end + 1, b) > 3) continue;
            attrib lead;
            int32_t ls = before ? lead_in_report(x, f, first_open, k, &mid, &lead) : -1;
            if (!pb && (ls < 0 || mid.cue_end != b)) continue;
            /* “A,” he said, “B.” and “A,” he said, adding, “B.” */
            if (k == r0 && !before && at.cue >= a && at.cue <= b) break;
            /* round 12: "But “the issue,” Hale added, “is whether …”", "…
             * means “he must be right,” she says, “but I …”": a quotation
             * closed by a comma before the attribution and one going on
             * in lower case after it are one utterance; the content starts
             * at the sentence start, or at the first quotation after a
             * colon ("Fallon fired back: “A,” he wrote, “b …”") */
            int32_t o2 = x->r[k + 1].t0 + 1;
            if (o2 < x->nt && x->t[o2].kind == T_WORD && !(x->t[o2].flags & F_CAP) &&
                (punct_is(x, x->r[k].t1 - 1, ',') || punct_is(x, a, ','))) {
                int32_t colon = -1;
                for (int32_t m = f; m < x->r[k].t0; m++)
                    if (punct_is(x, m, ':')) colon = m;
                if (colon < 0) return emit(x, QUOTE_MIXED, x->t[f].s, x->r[r1].e, r0, r1, &mid);
                int32_t rs = r0;
                while (rs < k && x->r[rs].t0 < colon) rs++;
                return emit(x, QUOTE_DIRECT, x->r[rs].s, x->r[r1].e, rs, r1, &mid);
            }
            /* the lead-in's own report first */
            if (ls >= 0 && emit(x, QUOTE_MIXED, x->t[ls].s, x->r[k].e, r0, k, &lead) < 0) return -1;
            return emit(x, QUOTE_DIRECT, x->r[k + 1].s, x->r[r1].e, k + 1, r1, &mid);
        }
    }
    /* round 10: "HOW CHINA’S DECLINE AFFECTS THE WORLD “China’s economic
     * slowdown …” [WaPo.]": a digest item, a headline in capitals, the
     * quotation and a bracketed source; the headline introduces it */
    if (before && left.cue < 0 && at.cue < 0 && last_close + 1 < x->nt && punct_is(x, last_close + 1, '[') &&
        words_in(x, f, first_open - 1) >= 2) {
        int caps = 1;
        for (int32_t k = f; k < first_open && caps; k++)
            caps = x->t[k].kind != T_WORD || upper_word(x, k) || (x->t[k].flags & F_DIGIT);
        if (caps) {
            attrib head = {-1, -1, {f, first_open - 1}, 0};
            return emit(x, r0 == r1 ? QUOTE_DIRECT : QUOTE_MIXED, x->r[r0].s, x->r[r1].e, r0, r1, &head);
        }
    }
    /* "Subject did something: “…”" without a cue verb */
    if (before && !after && left.cue < 0 && at.cue < 0 && punct_is(x, first_open - 1, ':')) {
        attrib subj = {-1, -1, {-1, -1}, 0};
        /* "… - Mark Roe and Jon Doe: “…”" (a digest's lead-in): the name
         * right before the colon speaks */
        int32_t m = first_open - 2 >= f ? mention_at(x, first_open - 2) : -1;
        if (m >= 0 && x->ents[x->ms[m].ent].kind == ENT_PERSON) {
            subj.sp.a = x->ms[m].t0;
            subj.sp.b = x->ms[m].t1;
            int32_t k = x->ms[m].t0 - 2; /* "Mark Roe and Jon Doe" */
            if (k >= f && word_is(x, k + 1, "and") && (m = mention_at(x, k)) >= 0 &&
                x->ents[x->ms[m].ent].kind == ENT_PERSON)
                subj.sp.a = x->ms[m].t0;
        } else
            subj.sp = subject_of(x, x->sent_base[sid], first_open);
        if (subj.sp.a >= 0) return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &subj);
    }

    if (!before && at.cue >= 0) {
        int32_t a0 = at.inverted ? at.cue : at.sp.a;
        if (at.sp.a >= 0 && at.sp.a < a0) a0 = at.sp.a;
        int32_t ka = r0;     /* the last region before the attribution */
        while (ka + 1 <= r1 && x->r[ka + 1].t1 < a0) ka++;
        int32_t k = a0 - 1;
        while (k > x->r[ka].t1 && x->t[k].kind == T_PUNCT) k--;
        /* “…,” Daily News editor Josh Greenman told …; “But why?” reporter
         * Jane Doe asked: a quotation closed after , ? ! is a whole
         * utterance, the words after it belong to the attribution */
        int32_t cm = x->r[ka].t1;
        int whole = cm > x->r[ka].t0 && x->t[cm - 1].kind == T_PUNCT &&
                    (x->t[cm - 1].cp == ',' || x->t[cm - 1].cp == '?' || x->t[cm - 1].cp == '!');
        /* round 14b: "“… is stunning,'' since so many cases were decided by
         * 5-to-4 votes, said Lee Epstein", "“There’s a sense of stability
         * now,” and donations began to pick up, Gilbert said": after a
         * quotation closed by a comma, words going on in lower case (no
         * description of the speaker: no determiner, possessive, relative
         * or participle) up to an attribution set off by a comma are what
         * was said too */
        if (whole && ka == r1 && punct_is(x, cm - 1, ',') && punct_is(x, a0 - 1, ',') && k > cm + 1 &&
            x->t[cm + 1].kind == T_WORD && x->t[cm + 1].q < 0 && !(x->t[cm + 1].flags & (F_CAP | F_DIGIT)) &&
            !is_determiner(x, cm + 1) && !word_in(x, cm + 1, rel_pron) && !word_is(x, cm + 1, "according") &&
            !word_is(x, cm + 1, "your") && !(tflags(x, cm + 1) & LX_PRONOUN) && !is_cue(x, cm + 1) &&
            !ing_form(x, cm + 1) && words_reach(x, cm + 1, k, 2))
            return emit(x, QUOTE_MIXED, x->r[r0].s, x->t[k].e, r0, ka, &at);
        if (k > x->r[ka].t1 && words_reach(x, x->r[ka].t1 + 1, k, 1) && !whole) {
            /* “Quoted words” and more, X said. — mixed up to the attribution */
            return emit(x, QUOTE_MIXED, x->r[r0].s, x->t[k].e, r0, ka, &at);
        }
        /* “A,” X said, adding, “B.” — a second cue after the attribution
         * starts a quote of its own */
        int32_t aend = at.inverted ? at.sp.b : at.cue_end;
        /* round 13: "“It’s our bad luck,” he said, that both men had …",
         * "“Only you,” she said, would use …": after a quotation closed by
         * a comma, an attribution (and an adjunct: "wrote in a letter to
         * the president") set off by commas, then the sentence going on
         * in lower case, unquoted, with "that" or a finite verb (not an
         * appositive, participle or relative clause of the attribution's
         * own): the quotation and the rest are one content */
        if (ka == r0 && whole && !at.inverted && punct_is(x, cm - 1, ',')) {
            int32_t g = aend + 1;
            if (g <= lw && word_in(x, g, fb_prep))
                while (g <= lw && g <= aend + 9 && x->t[g].kind == T_WORD && x->t[g].q < 0) g++;
            if (g + 1 <= lw && punct_is(x, g, ',') && x->t[g + 1].kind == T_WORD && x->t[g + 1].q < 0 &&
                !(x->t[g + 1].flags & F_CAP) && (word_is(x, g + 1, "that") || word_in(x, g + 1, finite_aux)) &&
                words_reach(x, g + 1, lw, 3)) {
                int32_t ra = r1;
                while (ra > r0 && x->r[ra].t0 > lw) ra--;
                return emit(x, QUOTE_MIXED, x->r[r0].s, x->t[lw].e, r0, ra, &at);
            }
        }
        if (ka < r1) {
            int32_t nb = x->r[ka + 1].t0;
            for (int32_t c2 = aend + 1; c2 < nb; c2++) {
                /* "…,” X said, urging them to “…”", ", mentioning the album
                 * is “…”": any -ing verb after the attribution's comma
                 * reports a quotation of its own, as a cue does */
                int ing = punct_is(x, c2 - 1, ',') && x->t[c2].kind == T_WORD && !(x->t[c2].flags & F_CAP) &&
                          ing_form(x, c2);
                if (!ing && (!is_cue(x, c2) || word_is(x, c2, "according"))) continue;
                /* round 12: "…,” said X, speaking of Y, “and leave …”": a
                 * quotation going on in lower case continues A; "…,” she
                 * said, showing off the “Make America Great Again” hat: a
                 * title after a participle is no quotation of its own */
                if (punct_is(x, nb - 1, ',') && nb + 1 < x->nt && x->t[nb + 1].kind == T_WORD &&
                    !(x->t[nb + 1].flags & F_CAP))
                    break;
                if (ing && !is_cue(x, c2) && title_region(x, ka + 1)) break;
                if (!(punct_is(x, c2 - 1, ',') || word_is(x, c2 - 1, "and") || word_is(x, c2 - 1, "before") ||
                      word_is(x, c2 - 1, "then") || word_is(x, c2 - 1, "after")))
                    continue;
                if (emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[ka].e, r0, ka, &at)) return -1;
                attrib at2 = at;
                at2.cue = at2.cue_end = c2;
                at2.inverted = 0;
                int32_t c0 = c2 + 1;
                while (c0 < nb && (x->t[c0].kind == T_PUNCT || is_adverb(x, c0))) c0++;
                int32_t ce = clause_end(x, x->r[r1].t1 + 1, lw);
                int32_t rl = r1;
                while (rl > ka + 1 && x->r[rl].t0 > ce) rl--;
                if (ce < x->r[rl].t1) ce = x->r[rl].t1;
                quote_type ty = c0 == nb && ce == x->r[rl].t1 ? QUOTE_DIRECT : QUOTE_MIXED;
                return emit(x, ty, x->t[c0].s, x->t[ce].e, ka + 1, rl, &at2);
            }
        }
        /* “A,” she said, but despite the … “B”, “A,” X said, after Y
         * said …: more than four words between the attribution and the
         * next quotation, opening with a conjunction or not ending in the
         * comma or colon that introduces a quotation (“A,” said X, a
         * long appositive, “B” is one quote), make that quotation part of
         * another report: A stands alone, and the rest is read as a
         * sentence of its own (at most 8 levels deep) */
        int32_t g1 = aend + 1;
        while (ka < r1 && g1 < x->r[ka + 1].t0 && x->t[g1].kind == T_PUNCT) g1++;
        static const char *const conj[] = {"and", "but", "though", "although", "while", "then", "before",
                                           "after", "when", NULL};
        if (ka < r1 && x->split_depth < 8 && words_in(x, aend + 1, x->r[ka + 1].t0 - 1) > 4 &&
            (word_in(x, g1, conj) ||
             !(punct_is(x, x->r[ka + 1].t0 - 1, ',') || punct_is(x, x->r[ka + 1].t0 - 1, ':')))) {
            if (emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[ka].e, r0, ka, &at)) return -1;
            int32_t keep = x->sent_first[sid];
            int32_t rest = ka + 1;
            if (word_in(x, g1, conj)) g1++;
            x->sent_first[sid] = g1;
            x->split_depth++;
            int rc = sentence_quotes(x, sid, &rest, last_para_quote);
            x->split_depth--;
            x->sent_first[sid] = keep;
            return rc;
        }
        /* round 12: “A,” X said on NBC’s “Meet the Press.”, “A,” said X,
         * the author of “Salt Roads.”: a title right after a word of the
         * attribution (no comma or colon introducing it) names a show or a
         * work, no more speech */
        static const char *const titled[] = {"titled", "entitled", "headlined", NULL};
        if (r1 == ka + 1 && x->t[x->r[r1].t0 - 1].kind == T_WORD &&
            (title_region(x, r1) || word_in(x, x->r[r1].t0 - 1, titled)))
            r1 = ka;
        /* “A,” X said, “B.” — direct, with every marked part a segment */
        if (emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &at)) return -1;
        /* “A,” X said, adding that …: the -ing cue after the attribution
         * reports more, unquoted: an indirect quote of its own */
        /* round 19: also after an adjunct of the attribution (“A,” X
         * said at the time, adding that …", "… said on Tuesday, adding
         * …"): a preposition or a day, up to six words, no cue */
        int32_t ae = aend;
        if (r1 == ka && aend + 2 <= lw && x->t[aend + 1].kind == T_WORD && x->t[aend + 1].q < 0 &&
            (word_in(x, aend + 1, fb_prep) || is_day(x, aend + 1))) {
            int32_t p = aend + 1;
            while (p <= lw && p <= aend + 6 && x->t[p].kind == T_WORD && x->t[p].q < 0 && !is_cue(x, p)) p++;
            if (p + 1 <= lw && punct_is(x, p, ',') && is_cue(x, p + 1) && ing_form(x, p + 1)) ae = p - 1;
        }
        if (r1 == ka && ae + 2 <= lw && punct_is(x, ae + 1, ',') && is_cue(x, ae + 2) &&
            ing_form(x, ae + 2) && !word_is(x, ae + 2, "according")) {
            int32_t c0 = ae + 3;
            int32_t ce = clause_end(x, c0, lw);
            if (ce >= c0 && words_in(x, c0, ce) >= 3) {
                attrib at2 = at;
                at2.cue = at2.cue_end = ae + 2;
                at2.inverted = 0;
                if (emit(x, QUOTE_INDIRECT, x->t[c0].s, x->t[ce].e, -1, -1, &at2)) return -1;
                /* a quotation in the next sentence still continues the
                 * direct quote (PolNeAR joins it more often than not) */
                x->last_q = x->nq - 2;
            }
        }
        return 0;
    }
    if (before && left.cue >= 0 && !left.inverted && left.sp.a > f) {
        /* "Jane Roe says she really thinks Cruz can keep “doing what he’s
         * doing”", "He said, however, that he hopes “…”": a cue nested in
         * the content of an earlier one; PolNeAR's content is the outer
         * one's */
        attrib outer = {-1, -1, {-1, -1}, 0};
        /* round 8: up to 30 tokens back, and over "and"/"but" inside the
         * clause ("said she and her peers jokingly referred to …",
         * "says he’d sit Putin down and tell him “…”") */
        for (int32_t k = left.sp.a - 1; k >= f && k >= left.sp.a - 30; k--) {
            if (x->t[k].q >= 0 || punct_is(x, k, ';') || punct_is(x, k, ':') || punct_is(x, k, '(') ||
                punct_is(x, k, 0x2014) || punct_is(x, k, 0x2013) || word_in(x, k, rel_pron))
                break;
            /* only a comma around "however" stays in the clause */
            if (x->t[k].kind == T_PUNCT && !(punct_is(x, k, ',') && (word_is(x, k + 1, "however") ||
                                                                       word_is(x, k - 1, "however"))))
                break;
            if (!is_cue(x, k) || word_is(x, k, "according")) continue;
            outer = try_cue(x, k, f, left.sp.a - 1, x->sent_base[sid]);
            break;
        }
        int ok = outer.cue >= 0 && !outer.inverted;
        /* round 10: a cue whose speaker phrase is not its own but the
         * sentence subject's ("The mayor noted that he …, and added:
         * “…”", "…, calling him “…”") is no cue nested in the content of
         * the earlier one: it keeps its content, and the earlier cue's
         * subject, a phrase of its own, speaks */
        if (ok && !np_adjacent(x, &left)) {
            if (outer.sp.a >= 0 && (word_is(x, left.cue - 1, "and") || word_is(x, left.cue - 1, "but") ||
                                    punct_is(x, left.cue - 1, ',')))
                left.sp = outer.sp;
        } else if (ok)
            left = outer;
    }
    if (before && left.cue >= 0 && !left.inverted) {
        /* round 14a: "Manafort told friends that the candidate knew … and
         * thought the criticism was a “badge of honor”", "The Journal
         * acknowledged that she had misspoken … when she claimed that
         * …”": a cue inside the "that" clause of an earlier cue (the cue,
         * at most six words of object or adjunct, "that"; only words
         * between "that" and the inner cue) reports inside that clause;
         * PolNeAR's content is the outer clause, from "that" (over a comma
         * the gold splits as often as not: "…, while X said", "…, which
         * he called") */
        for (int32_t k = left.cue - 1; k > f + 1 && k >= left.cue - 40; k--) {
            if (x->t[k].q >= 0 || x->t[k].kind != T_WORD) break;
            if (!word_is(x, k, "that")) continue;
            int32_t c = k - 1;
            while (c > f && c > k - 7 && x->t[c].kind == T_WORD && x->t[c].q < 0 && !is_cue(x, c)) c--;
            if (x->t[c].kind != T_WORD || x->t[c].q >= 0 || !is_cue(x, c) || word_is(x, c, "according")) continue;
            attrib o = try_cue(x, c, f, k - 1, x->sent_base[sid]);
            /* the inner cue's own subject is inside the clause (not "X
             * noted that …, and added: “…”", a second cue of X's) */
            if (o.cue >= 0 && !o.inverted &&
                ((left.sp.a > k && np_adjacent(x, &left)) || word_is(x, left.cue - 1, "and")))
                left = o;
            break;
        }
    }
    if (before && left.cue < 0 && at.cue < 0 && words_in(x, f, first_open - 1) <= 3 &&
        follows_direct_quote(x, sid, f, para)) {
        /* “A,” X said. Now, “B.” — a quotation after a few words with no
         * cue, right after a direct quote in the same paragraph, goes on
         * with it (PolNeAR joins these as it joins “A,” X said. “B.”) */
        return join_last_quote(x, sid, r0, r1, lw);
    }
    if (before && left.cue < 0 && at.cue < 0) {
        /* "her remark that “…”", "Pew found that “…”", "he expressed
         * amusement that X had “…”": with no cue in the sentence, a
         * "that" clause after a lower-case word, holding the quotation,
         * is reported content (a verb or a noun of saying outside the
         * lexicon); PolNeAR's content starts at "that" */
        for (int32_t c = first_open - 1; c > f && c >= first_open - 25; c--) {
            if (x->t[c].q >= 0 || punct_is(x, c, ';') || punct_is(x, c, ':') || punct_is(x, c, '(') ||
                punct_is(x, c, 0x2014))
                break;
            if (!word_is(x, c, "that")) continue;
            if (x->t[c - 1].kind != T_WORD || (x->t[c - 1].flags & F_CAP) || x->t[c - 1].q >= 0) break;
            /* a complement clause opens with its subject ("that he …",
             * "that the …", "that Crist …", "that “…"); a relative "that"
             * is followed by its verb ("a bill that created"), the
             * demonstrative by its noun ("that gap"); "so much that" */
            int32_t n1 = c + 1;
            if (n1 >= x->nt) break;
            if (!(x->t[n1].kind == T_QMARK || (x->t[n1].flags & (F_CAP | F_DIGIT)) ||
                  (tflags(x, n1) & LX_PRONOUN) || (is_determiner(x, n1) && !word_is(x, n1, "that"))))
                continue;
            if (word_is(x, c - 1, "so") || word_is(x, c - 1, "much") || word_is(x, c - 1, "time")) continue;
            int32_t ce, rl = clause_regions(x, r0, r1, lw, &ce);
            int quoted = 0;
            for (int32_t k2 = r0; k2 <= rl; k2++) quoted += words_in(x, x->r[k2].t0, x->r[k2].t1);
            attrib th = {-1, -1, {-1, -1}, 0};
            /* "her remark that", "Trump’s claim that": the possessor of
             * the noun speaks; "Paul Ryan worried that": the phrase
             * before the verb; else the sentence subject */
            int32_t pv = c - 2;
            if (pv >= f && (word_is(x, pv, "his") || word_is(x, pv, "her") || word_is(x, pv, "their") ||
                            word_is(x, pv, "its") ||
                            (x->t[pv].kind == T_WORD && strip_poss(tx(x, pv), tl(x, pv)) != tl(x, pv)))) {
                int32_t m = mention_at(x, pv);
                th.sp.a = m >= 0 ? x->ms[m].t0 : pv;
                th.sp.b = pv;
            } else if (pv >= f) {
                th.sp = np_left(x, pv, f);
            }
            if (th.sp.a < 0) th.sp = subject_of(x, x->sent_base[sid], c);
            quote_type ty = quoted * 2 >= words_in(x, c, ce) ? QUOTE_MIXED : QUOTE_PARTIAL;
            int32_t nq0 = x->nq;
            if (emit(x, ty, x->t[c].s, x->t[ce].e, r0, rl, &th)) return -1;
            /* a possessive pronoun resolves as its personal pronoun would */
            if (th.sp.a == pv && th.sp.b == pv && x->nq > nq0 && x->qs[x->nq - 1].speaker_entity < 0) {
                int person = word_is(x, pv, "his") || word_is(x, pv, "her");
                int g = word_is(x, pv, "his") ? PRON_MALE : word_is(x, pv, "her") ? PRON_FEMALE : 0;
                unsigned mask = person ? 1u << ENT_PERSON
                              : word_is(x, pv, "its") ? 1u << ENT_ORG
                              : word_is(x, pv, "their") ? (1u << ENT_ORG) | (1u << ENT_PERSON) : 0;
                if (mask) x->qs[x->nq - 1].speaker_entity = recent_entity(x, pv, mask, g);
            }
            return 0;
        }
        int as_rc = framed_as(x, sid, f, lw, first_open, r0, r1);
        if (as_rc) return as_rc < 0 ? -1 : 0;
        /* round 14a: "…, Billy Joel sings, “Don’t go changing to try and
         * please me.”", "Trump issued a statement, “Last night, our nation
         * …”", "From the report: “In general, …”": with no cue (nor a
         * subject before a colon), a lead-in ending in a comma or a colon
         * right before one quotation that closes the sentence and is a
         * whole sentence of its own (a capital, five words or more, . ? !
         * before the closing double mark; no title) introduces what was
         * said; the sentence subject, if any, says it */
        if (!after && r0 == r1 && x->r[r0].closed && !x->r[r0].single &&
            (punct_is(x, first_open - 1, ',') || punct_is(x, first_open - 1, ':')) &&
            x->t[first_open - 1].q < 0 && first_open + 1 < x->nt && x->t[first_open + 1].kind == T_WORD &&
            (x->t[first_open + 1].flags & F_CAP) && x->r[r0].t1 - 1 > first_open &&
            (punct_is(x, x->r[r0].t1 - 1, '.') || punct_is(x, x->r[r0].t1 - 1, '?') ||
             punct_is(x, x->r[r0].t1 - 1, '!')) &&
            words_reach(x, first_open, x->r[r0].t1, 5) && !title_region(x, r0)) {
            attrib subj = {-1, -1, subject_of(x, x->sent_base[sid], first_open), 0};
            /* "From the report: “…”": the source named after "from" */
            if (subj.sp.a < 0 && word_is(x, f, "from") && punct_is(x, first_open - 1, ':') &&
                f + 1 <= first_open - 2 && first_open - 2 - f <= 6 && x->t[f + 1].kind == T_WORD)
                subj.sp.a = f + 1, subj.sp.b = first_open - 2;
            return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r0].e, r0, r0, &subj);
        }
    }
    if (before && left.cue >= 0) {
        int32_t k = first_open - 1;
        int colon = punct_is(x, k, ':') || punct_is(x, k, ',');
        int32_t lead = left.inverted ? left.sp.b : left.cue_end;
        /* round 14a: "Sooner or later, the governor told reporters, “it
         * starts …”": the addressee of "told" belongs to the attribution */
        if (!left.inverted && is_tell(x, left.cue) && punct_is(x, first_open - 1, ',')) {
            int32_t m = lead + 1;
            while (m < first_open - 1 && m <= lead + 4 && x->t[m].kind == T_WORD && x->t[m].q < 0 &&
                   !word_is(x, m, "that") && !(tflags(x, m) & LX_PRONOUN && !word_is(x, m, "him") &&
                                               !word_is(x, m, "her") && !word_is(x, m, "them")))
                m++;
            if (m == first_open - 1 && m > lead + 1) lead = m - 1;
        }
        int tail = words_in(x, lead + 1, first_open - 1);
        int atq = colon && tail <= 6 && !word_is(x, lead + 1, "that");
        /* "X told Breitbart News Daily host Matt Boyle, “Hillary’s …”", "X
         * said in an op-ed piece before a 2014 hearing, “The …”": a longer
         * adjunct before a comma and a quotation opening with a capital
         * (a sentence of its own) */
        if (!atq && colon && tail <= 10 && !word_is(x, lead + 1, "that") && first_open + 1 < x->nt &&
            x->t[first_open + 1].kind == T_WORD && (x->t[first_open + 1].flags & F_CAP)) {
            /* a title ("Make America Great Again") is no sentence */
            int title = 1;
            for (int32_t m = first_open + 1; m < x->r[r0].t1 && title; m++)
                if (x->t[m].kind == T_WORD && !(x->t[m].flags & (F_CAP | F_DIGIT)) && !is_connector(x, m) &&
                    !word_is(x, m, "the") && !word_is(x, m, "a") && !word_is(x, m, "and"))
                    title = 0;
            /* the adjunct holds no clause of its own (no "that", no subject
             * pronoun, no quotation; round 14a: no auxiliary, "said the
             * market was bound to fall, “I just …”") */
            int clause = 0;
            for (int32_t m = lead + 1; m < first_open - 1 && !clause; m++)
                clause = x->t[m].q >= 0 || word_is(x, m, "that") || word_in(x, m, finite_aux) ||
                         ((tflags(x, m) & LX_PRONOUN) && !word_is(x, m, "her") && !word_is(x, m, "his") &&
                          !word_is(x, m, "their") && !word_is(x, m, "its"));
            atq = !title && !clause;
        }
        /* "In cases of abortion, it said, “the woman is a victim.”": an
         * attribution set off by commas right before a quotation that goes
         * on with the sentence (lower case), with words before it, is
         * parenthetical: the content starts at the sentence start (below);
         * before a capital the quotation is a sentence of its own ("Asked
         * about it, Ryan said, “Sure.”") */
        int paren_q = 0;
        if (atq && punct_is(x, k, ',') && lead + 1 == k) {
            int32_t sp0 = phrase_start(x, &left, f);
            paren_q = sp0 > f && punct_is(x, sp0 - 1, ',') && words_in(x, f, sp0 - 1) > 0 &&
                      first_open + 1 < x->nt && x->t[first_open + 1].kind == T_WORD &&
                      !(x->t[first_open + 1].flags & (F_CAP | F_DIGIT));
            /* "Still, she added, “we …”", "Tuesday, he said, “it …”": a
             * lone adverb before the attribution modifies the reporting
             * clause, not what was said (a lone conjunction or subject is
             * said: "But, he said, “there …”", "That, X said, “would …”") */
            static const char *const lone_adv[] = {"still", "now", "yet", "however", "meanwhile", "moreover",
                                                   "indeed", "again", "also", "then", "later", "earlier",
                                                   "instead", "nonetheless", "nevertheless", "afterward",
                                                   "today", "yesterday", "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday", "sunday", NULL};
            if (paren_q && words_in(x, f, sp0 - 1) == 1 &&
                (word_in(x, f, lone_adv) || (tl(x, f) > 4 && tx(x, f)[tl(x, f) - 2] == 'l' && tx(x, f)[tl(x, f) - 1] == 'y')))
                paren_q = 0;
            /* "If elected, she said, “I will …”", "But, she added, “…”",
             * "As for the vetting, she said, “The …”", "Of Carson, X
             * said, “…”": a lead-in that is a condition, a lone
             * conjunction or a topic is part of what was said even before
             * a capital (not "As the crowd cheered, …", "But in a call
             * with reporters, …") */
            static const char *const lead_in[] = {"if", "whether", "instead", "of", NULL};
            if (!paren_q && sp0 > f && punct_is(x, sp0 - 1, ',') && words_in(x, f, sp0 - 1) > 0 &&
                x->t[f].kind == T_WORD && x->t[f].q < 0 &&
                ((word_in(x, f, lead_in) && !(word_is(x, f, "instead") && !punct_is(x, f + 1, ','))) ||
                 (word_is(x, f, "as") && word_is(x, f + 1, "for")) ||
                 (word_is(x, f, "but") && words_in(x, f, sp0 - 1) == 1)))
                paren_q = 1;
        }
        if (atq && !after && !paren_q) {
            /* "X said in his 2012 book, “An American Son.”": a title */
            if (r0 == r1 && title_region(x, r0) && !punct_is(x, first_open - 1, ':')) return 0;
            return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &left);
        }
        /* reported speech holding quoted words */
        int32_t c0 = left.inverted ? left.sp.b + 1 : left.cue_end + 1;
        if (left.inverted) {
            while (c0 <= lw && x->t[c0].kind == T_PUNCT) c0++;
        } else {
            while (c0 < first_open && (is_adverb(x, c0) || is_day(x, c0))) c0++;
        }
        if (c0 > lw) return 0;
        /* "For them, he said, the “…”": a parenthetical attribution inside
         * the reported content, which starts at the sentence start */
        int paren = 0;
        {
            int32_t sp0 = phrase_start(x, &left, f);
            if (sp0 > f && punct_is(x, sp0 - 1, ',') && punct_is(x, lead + 1, ',') && lead + 2 <= first_open &&
                words_in(x, f, sp0 - 1) > 0) {
                c0 = f, paren = 1;
                /* round 14a: "In 2008, X said, the foundation's …", "At
                 * the same time, X added, “you saw …”": a lead-in of time
                 * without a clause says when it was said; the content
                 * starts after the attribution */
                if (time_lead(x, f, sp0 - 2)) c0 = lead + 2;
            }
        }
        /* round 14a: "In a September poll, 75 percent of Republicans said
         * “…” …": the share of those polled who said it is part of what
         * the poll reports, which PolNeAR's content starts with (the cue's
         * subject after a comma: a number, then "percent", "%" or "in 10") */
        if (!paren && !atq && !left.inverted && left.sp.a >= f && left.sp.b < left.cue) {
            int32_t p = left.cue - 1;
            while (p > f && p >= left.cue - 9 && x->t[p].q < 0 &&
                   (x->t[p].kind == T_WORD || punct_is(x, p, '%')))
                p--;
            int32_t poll = -1;
            for (int32_t m = f; m < p && poll < 0; m++)
                if (word_is(x, m, "poll") || word_is(x, m, "survey")) poll = m;
            int32_t n0 = p + 1;
            if (n0 < left.cue && (word_is(x, n0, "just") || word_is(x, n0, "only") || word_is(x, n0, "about")))
                n0++;
            if (poll >= 0 && punct_is(x, p, ',') && n0 + 1 < left.cue && (x->t[n0].flags & F_DIGIT) &&
                (word_is(x, n0 + 1, "percent") || punct_is(x, n0 + 1, '%') || word_is(x, n0 + 1, "in"))) {
                c0 = p + 1;
                /* the poll speaks: "a September Gazette poll" */
                int32_t a = poll;
                while (a - 1 >= f && a > poll - 10 && x->t[a - 1].q < 0 &&
                       ((x->t[a - 1].kind == T_WORD && !word_in(x, a - 1, fb_prep)) ||
                        (punct_is(x, a - 1, '/') && a - 2 >= f && x->t[a - 2].kind == T_WORD))) /* CNN/ORC */
                    a--;
                left.sp.a = a;
                left.sp.b = poll;
            }
        }
        /* round 14a: "Rodrigo Duterte has been called the “Trump of the
         * East”", "She is nicknamed ''Naked Girl.''", "what is called a
         * “debate”": a passive cue (a form of "be" before it) names its
         * subject; PolNeAR's content starts at the subject (back to the
         * sentence start, a comma, a conjunction, or a relative pronoun,
         * which it includes; over an appositive set off by commas), and
         * the subject is not who said it */
        if (!paren && !atq && !left.inverted && left.cue > f &&
            /* the merge of 14a and 14b: with a subject phrase found (not
             * an auxiliary: "X, a former docker, has been called"), the
             * round-14b rule below reads the passive (+2 true positives
             * over this rule first) */
            !(left.sp.a >= f && left.sp.a < left.cue - 1 && !word_in(x, left.sp.a, finite_aux) &&
              !word_is(x, left.sp.a, "been") && !word_is(x, left.sp.a, "be")) &&
            (past_verb(x, left.cue) || word_is(x, left.cue, "said")) &&
            !word_is(x, left.cue, "asked") && !word_is(x, left.cue, "warned")) {
            /* "Pence was asked about", "the FBI was warned about": the
             * subject is the addressee */
            /* not "being" ("without being told to “smile”"), nor "told"
             * (its subject is the addressee) */
            static const char *const be[] = {"is", "are", "was", "were", "be", "been", NULL};
            static const char *const have[] = {"has", "have", "had", NULL};
            static const char *const stop[] = {"and", "but", "or", "nor", "while", "when", "because", "if",
                                               "although", "though", "as", "since", "after", "before",
                                               "despite", "until", "unless", "whether", NULL};
            static const char *const rel[] = {"what", "which", "who", "that", NULL};
            int32_t b = left.cue - 1;
            while (b > f && is_adverb(x, b)) b--;
            int32_t s0 = -1;
            if (b > f && word_in(x, b, be)) {
                s0 = b - 1;
                if (word_is(x, b, "been") && word_in(x, s0, have)) s0--;
                while (s0 > f && is_adverb(x, s0)) s0--;
                /* "will be described", "cannot be portrayed" */
                if (s0 > f && word_is(x, b, "be") && (word_in(x, s0, finite_aux) || word_is(x, s0, "cannot") ||
                                                       word_is(x, s0, "would") || word_is(x, s0, "will")))
                    s0--;
                while (s0 > f && is_adverb(x, s0)) s0--;
            }
            if (s0 > f && punct_is(x, s0, ',')) { /* "Zuckoff's book, now made into a movie, is described" */
                int32_t m = s0 - 1;
                while (m > f && m > s0 - 10 && x->t[m].q < 0 && x->t[m].kind == T_WORD) m--;
                s0 = punct_is(x, m, ',') && m > f ? m - 1 : -1;
            }
            if (s0 >= f && x->t[s0].kind == T_WORD && x->t[s0].q < 0 && !word_in(x, s0, stop) &&
                !word_in(x, s0, fb_prep) && !word_in(x, s0, finite_aux) && !ing_form(x, s0)) {
                int32_t a = s0;
                if (!(tflags(x, s0) & LX_PRONOUN) && !word_in(x, s0, rel))
                    while (a - 1 >= f && a > s0 - 12 && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0 &&
                           !word_in(x, a - 1, stop) && !is_cue(x, a - 1) && !word_in(x, a - 1, finite_aux) &&
                           !ing_form(x, a - 1) &&
                           !(tflags(x, a - 1) & LX_PRONOUN && !word_in(x, a - 1, rel)))
                        if (word_in(x, --a, rel)) break;
                c0 = a;
                left.sp.a = left.sp.b = -1;
                /* "… has been criticised for “…” by campaigners in the US":
                 * the agent speaks */
                for (int32_t m = left.cue + 1; m < lw && m <= left.cue + 40; m++) {
                    if (x->t[m].q >= 0 || x->t[m].kind != T_WORD) continue;
                    if (punct_is(x, m - 1, ',') || punct_is(x, m - 1, ';')) break;
                    if (word_is(x, m, "by")) {
                        if (m > x->r[r0].t0) left.sp = np_right(x, m + 1, lw);
                        break;
                    }
                }
                paren = 1;
            }
        }
        int named = 0; /* a reduced relative naming the thing: below */
        /* round 10: "Carson shared a syllabus for a psychology class called
         * “Perception”", "They slammed the tax loophole called an
         * “inversion”": a participle right after a description that is
         * the object of a verb or a preposition names the thing (a reduced
         * relative clause); the content starts at the description, and
         * the sentence subject speaks */
        static const char *const be_form[] = {"is", "was", "are", "were", "be", "been", "being", NULL};
        static const char *const naming[] = {"called", "named", "dubbed", "nicknamed", "titled", "entitled",
                                             "labeled", "labelled", "branded", "termed", NULL};
        if (!paren && !left.inverted && left.sp.a > f && left.sp.b + 1 == left.cue && past_verb(x, left.cue) &&
            !word_in(x, left.cue - 1, be_form) && /* a passive: below */
            !(tflags(x, left.sp.b) & LX_PRONOUN) && !cap_word(x, left.sp.b) && x->t[left.sp.a - 1].kind == T_WORD &&
            x->t[left.sp.a - 1].q < 0 && !(x->t[left.sp.a - 1].flags & F_CAP) && !is_cue(x, left.sp.a - 1) &&
            !word_is(x, left.sp.a - 1, "and") && !word_is(x, left.sp.a - 1, "but") &&
            !word_is(x, left.sp.a - 1, "or") && !word_is(x, left.sp.a - 1, "then") &&
            !word_is(x, left.sp.a - 1, "that") && !word_in(x, left.sp.a - 1, rel_pron) &&
            /* the name follows at once: "called “…”", "called an “…”" */
            (left.cue + 1 == first_open ||
             (left.cue + 2 == first_open && (word_is(x, left.cue + 1, "a") || word_is(x, left.cue + 1, "an") ||
                                             word_is(x, left.cue + 1, "the"))))) {
            c0 = left.sp.a;
            left.sp = subject_of(x, x->sent_base[sid], left.sp.a);
            paren = 1;
            named = word_in(x, left.cue, naming);
        }
        /* round 14b: "This feature has been called “strategic ambiguity” by
         * X", "The project will informally be dubbed the “Defeat Hillary
         * PAC”", "Priebus was said to be “furious”", "she is nicknamed
         * ''Naked Girl''": a passive cue (a form of "be", a past
         * participle; not "was asked" or "was quoted as saying", which
         * report what the subject said) says what the subject is called
         * or said to be: the content starts at the subject and ends
         * before a "by" agent, which speaks */
        int passive = 0;
        if (!paren && !left.inverted && !atq && left.sp.a >= f && left.sp.a < left.cue - 1 &&
            (past_verb(x, left.cue) || word_is(x, left.cue, "said") || word_is(x, left.cue, "told")) &&
            !word_is(x, left.cue, "asked") && !word_is(x, left.cue, "quoted")) {
            int32_t b = left.cue - 1;
            if (b > left.sp.a && is_adverb(x, b) && tl(x, b) > 4) b--; /* "be informally dubbed" */
            /* the quotation soon after the cue, no "that" clause first ("it
             * was announced last week that “…”" reports the clause) */
            int near = !words_reach(x, left.cue_end + 1, first_open - 1, 7);
            for (int32_t m = left.cue_end + 1; m < first_open && near; m++) near = !word_is(x, m, "that");
            if (near && word_in(x, b, be_form)) {
                passive = 1;
                c0 = left.sp.a;
                if (word_is(x, c0, "that") && c0 + 1 < left.cue) c0++;
                static const char *const rel_what[] = {"what", "which", "who", NULL};
                if (word_is(x, b, "being")) c0 = b; /* "celebrating being dubbed the “…”" */
                else if (b - 1 > f && word_in(x, b - 1, rel_what)) c0 = b - 1; /* "what is called a “…”" */
                else /* the head a name hangs on: "This feature of the Gülen movement" */
                    while (c0 - 2 >= f && (word_is(x, c0 - 1, "of") ||
                                           (word_is(x, c0 - 1, "the") && word_is(x, c0 - 2, "of")))) {
                        c0 -= word_is(x, c0 - 1, "of") ? 1 : 2;
                        while (c0 - 1 >= f && x->t[c0 - 1].kind == T_WORD && x->t[c0 - 1].q < 0 &&
                               !(x->t[c0 - 1].flags & F_CAP) && !is_cue(x, c0 - 1) && !word_in(x, c0 - 1, fb_prep) &&
                               !word_is(x, c0 - 1, "that") && !word_is(x, c0 - 1, "and") && !word_is(x, c0 - 1, "but"))
                            c0--;
                        if (c0 - 1 >= f && cap_word(x, c0 - 1) && c0 - 1 == f) c0--; /* "This feature" */
                    }
                paren = 1;
                /* the name right after the cue ("is labelled as either
                 * “joke” or …" names no one thing) */
                named = word_in(x, left.cue, naming) &&
                        (first_open == left.cue + 1 ||
                         (first_open == left.cue + 2 && (word_is(x, left.cue + 1, "a") ||
                                                         word_is(x, left.cue + 1, "an") ||
                                                         word_is(x, left.cue + 1, "the"))));
                left.sp.a = left.sp.b = -1;
            }
        }
        /* round 10: "CNN, Cruz said, called the announcement “…”", "No
         * different, he said, from George Bush calling …": an attribution
         * set off by commas before the cue nearest the quotation, with
         * words before it, is parenthetical to the whole sentence: its
         * speaker speaks, the content starts at the sentence start */
        if (!paren && !left.inverted && !atq) {
            for (int32_t pc = f + 2; pc < left.cue - 1; pc++) {
                if (x->t[pc].q >= 0 || !is_cue(x, pc) || word_is(x, pc, "according") || ing_form(x, pc)) continue;
                attrib pa = try_cue(x, pc, f, pc - 1, x->sent_base[sid]);
                if (pa.cue < 0 || pa.inverted || pa.sp.a < 0 || !np_adjacent(x, &pa)) continue;
                int32_t p0 = phrase_start(x, &pa, f);
                if (!(p0 > f && punct_is(x, p0 - 1, ','))) continue;
                /* the cue, at most a few words of adjunct, and the comma */
                int32_t e = pc + 1;
                if (word_in(x, e, fb_prep) && !word_is(x, e, "to"))
                    while (e < left.cue && e <= pc + 6 && x->t[e].kind == T_WORD && !word_is(x, e, "that")) e++;
                /* not ", adding that …", ", telling them …": a participle
                 * after the comma goes on with the attribution */
                if (!punct_is(x, e, ',') || (e + 1 < x->nt && ing_form(x, e + 1) && !(x->t[e + 1].flags & F_CAP)))
                    break;
                left = pa;
                c0 = f, paren = 1;
                break;
            }
        }
        /* "told reporters Tuesday that …", "said in a statement that …":
         * the content starts at "that" */
        int32_t c_obj = c0; /* the cue's object, before any "that" */
        if (!left.inverted && !paren) {
            int that = 0, comma = 0;
            for (int32_t k2 = c0; k2 <= lw && k2 < c0 + (is_tell(x, left.cue) ? 26 : 16); k2++) {
                if (punct_is(x, k2, ',')) { comma = 1; continue; } /* "told a town hall in Salem, Oregon that" */
                /* "said on NBC’s “Meet the Press” on Sunday that …": a title
                 * in marks (capitalised words only) inside the adjunct */
                if (x->t[k2].kind == T_QMARK && x->t[k2].q >= 0 && x->r[x->t[k2].q].t0 == k2) {
                    const region *g = &x->r[x->t[k2].q];
                    int title = g->t1 - g->t0 <= 8;
                    for (int32_t m = g->t0 + 1; m < g->t1 && title; m++)
                        title = x->t[m].kind == T_PUNCT || cap_word(x, m) || is_connector(x, m) ||
                                word_is(x, m, "the") || word_is(x, m, "a");
                    if (!title || words_in(x, g->t0, g->t1) == 0) break;
                    k2 = g->t1;
                    continue;
                }
                if (k2 >= first_open && x->t[k2].q >= 0) break;
                if (x->t[k2].kind != T_WORD) break;
                if (word_is(x, k2, "that")) {
                    /* round 13: "said the parts of the network that were
                     * hacked suggested …": "that" after a noun and before
                     * a verb is a relative pronoun inside the clause */
                    if (k2 > c0 + 1 && x->t[k2 - 1].kind == T_WORD && !is_cue(x, k2 - 1) &&
                        (word_in(x, k2 + 1, finite_aux) || past_verb(x, k2 + 1)))
                        break;
                    if (k2 > c0) c0 = k2;
                    that = 1;
                    break;
                }
                /* "said it’s unrealistic to think that …", "said he’s going
                 * and that …": a subject or a conjunction first means the
                 * clause has started; a later "that" is inside it */
                if (word_is(x, k2, "and") || word_is(x, k2, "but") ||
                    ((tflags(x, k2) & LX_PRONOUN) && !word_is(x, k2, "him") && !word_is(x, k2, "her") &&
                     !word_is(x, k2, "them") && !word_is(x, k2, "us") && !word_is(x, k2, "me")))
                    break;
                /* "said Thursday his biggest worry is that …": a possessive
                 * opening a noun phrase (not "in his speech", not an
                 * addressee of "told") is the clause's subject */
                if (!is_tell(x, left.cue) && !word_in(x, k2 - 1, fb_prep) &&
                    (word_is(x, k2, "his") || word_is(x, k2, "their") || word_is(x, k2, "its") ||
                     word_is(x, k2, "our") || word_is(x, k2, "my")))
                    break;
                /* "said the British vote was the clearest sign yet that …",
                 * "said Clinton reassured them that …": a finite verb
                 * after a word means the clause has started */
                if (k2 > c0 && !comma && (word_in(x, k2, finite_aux) || (past_verb(x, k2) && cap_word(x, k2 - 1))))
                    break;
            }
            /* "told The Washington Post he was …", "told reporters the
             * plan …": the addressee is not part of the content, which
             * starts at the first pronoun or determiner after it; a longer
             * addressee ("told a union gathering in Ohio she …") ends at
             * a pronoun ("the" may be inside it: "a crowd at the fair") */
            if (!that && is_tell(x, left.cue))
                for (int32_t k2 = c0 + 1; k2 < first_open && k2 <= c0 + 10; k2++) {
                    if (x->t[k2].kind != T_WORD) break;
                    /* round 12: "told host Sean Hannity a Clinton loss is
                     * …": an article right after a named addressee */
                    if (((tflags(x, k2) & LX_PRONOUN) && !word_is(x, k2, "her") && !word_is(x, k2, "him")) ||
                        (word_is(x, k2, "the") && k2 <= c0 + 5) ||
                        ((word_is(x, k2, "a") || word_is(x, k2, "an")) && k2 <= c0 + 5 && cap_word(x, k2 - 1))) {
                        c0 = k2;
                        break;
                    }
                }
        }
        /* round 12: "promised Sunday at a Las Vegas rally to end “…”": an
         * adjunct of place or time ("at", "during"; not an object, "called
         * on Congress to act") opening the content before an infinitive is
         * no part of what was said */
        if (!atq && !paren && !left.inverted && c0 < first_open && (word_is(x, c0, "at") || word_is(x, c0, "during")))
            for (int32_t k2 = c0 + 1; k2 + 1 < first_open && k2 <= c0 + 8; k2++) {
                if (x->t[k2].kind != T_WORD || x->t[k2].q >= 0) break;
                if (word_is(x, k2, "to") && x->t[k2 + 1].kind == T_WORD && !(x->t[k2 + 1].flags & F_CAP) &&
                    !is_determiner(x, k2 + 1)) {
                    c0 = k2;
                    break;
                }
            }
        /* "Tyler said, “We have three weeks to go” until the caucuses":
         * after "said," the content starts at the quotation */
        if (atq && !paren_q) c0 = first_open;
        /* round 13: "acknowledged in a radio forum Monday night “it will
         * be …”": an adjunct of place or time (in, on, at, during, then a
         * few words with no clause, infinitive or pronoun) right before
         * the mark is where it was said; the content starts at the
         * quotation */
        if (!atq && !paren && !left.inverted && c0 + 1 < first_open && c0 == c_obj && first_open - c0 <= 8 &&
            (word_is(x, c0, "in") || word_is(x, c0, "on") || word_is(x, c0, "at") || word_is(x, c0, "during")) &&
            !title_region(x, r0)) {
            static const char *const where_prep[] = {"in", "on", "at", "during", NULL};
            int adj = 1;
            for (int32_t m = c0 + 1; m < first_open && adj; m++)
                adj = x->t[m].kind == T_WORD && x->t[m].q < 0 && !word_is(x, m, "to") && !word_is(x, m, "that") &&
                      !word_is(x, m, "as") && !(word_in(x, m, fb_prep) && !word_in(x, m, where_prep)) &&
                      !(tflags(x, m) & (LX_PRONOUN | LX_CUE)) &&
                      !word_in(x, m, finite_aux) && !ing_form(x, m);
            if (adj) c0 = first_open;
        }
        /* "X declared the need for …: “Change …”", "X responded with a
         * phrase …: “…”": a cue whose object is a noun phrase or an adjunct
         * (not a clause: "said that …:", "said he …:") introduces the
         * quotation after the colon, which is the content */
        int colq = 0;
        if (!atq && !paren && !left.inverted && c_obj < first_open - 1 &&
            (punct_is(x, first_open - 1, ':') ||
             /* "posted two words on his network - ''So terrible''": a dash
              * before a quotation opening with a capital */
             ((punct_is(x, first_open - 1, 0x2014) || punct_is(x, first_open - 1, 0x2013) ||
               (punct_is(x, first_open - 1, '-') && x->t[first_open - 1].left_space)) &&
              first_open + 1 < x->nt && (x->t[first_open + 1].flags & F_CAP))) &&
            x->t[c_obj].kind == T_WORD && x->t[c_obj].q < 0 &&
            ((is_determiner(x, c_obj) && !word_is(x, c_obj, "that")) || word_in(x, c_obj, fb_prep)))
            c0 = first_open, colq = 1;
        /* round 10: "Trump asserted that France had lost its identity:
         * “France is no longer France,” he claimed.", "… was unserious -
         * “Again, …,” she said -": a quotation after a colon or a dash that
         * opens with a capital and has an attribution of its own after it
         * is a direct quote; the clause before the mark is reported as
         * indirect speech */
        if (!colq && !atq && !paren && !left.inverted && at.cue > x->r[r0].t1 && at.sp.a >= 0 &&
            c0 < first_open - 1 && first_open + 1 < x->nt && (x->t[first_open + 1].flags & F_CAP) &&
            (punct_is(x, first_open - 1, ':') || punct_is(x, first_open - 1, 0x2014) ||
             punct_is(x, first_open - 1, 0x2013) || (punct_is(x, first_open - 1, '-') && x->t[first_open - 1].left_space))) {
            int32_t e = first_open - 2;
            if (x->t[c0].kind == T_WORD && words_in(x, c0, e) >= 3 &&
                emit(x, QUOTE_INDIRECT, x->t[c0].s, x->t[e].e, -1, -1, &left))
                return -1;
            c0 = first_open, colq = 1;
        }
        /* "…, which he declared “a total disaster”", "Rubio, who he dubbed
         * “…”": the relative pronoun before the speaker is the object of
         * the cue, and PolNeAR's content starts there */
        if (!left.inverted && !paren && !atq && left.sp.a - 1 >= f && c0 == left.cue_end + 1) {
            /* round 10: also "what": "what he calls the “Washington
             * cartel”", "what Mr. Hedge called ''the prior …''" (a free
             * relative: the quotation is what the cue names), and over a
             * time between the speaker and the cue ("which President
             * Obama on Friday declared", "who Beck on Wednesday called") */
            static const char *const rel_what[] = {"which", "who", "whom", "what", NULL};
            int32_t r = left.sp.a - 1;
            /* round 12: the speaker's title is part of its phrase ("which
             * Mr. Hale called", "what Sen. Reed calls") */
            while (r > f && (tflags(x, r) & LX_TITLE)) r--;
            if (word_in(x, r, rel_what)) c0 = r;
            else
                for (r = left.cue - 1; r > f && r >= left.cue - 10 && x->t[r].kind == T_WORD && x->t[r].q < 0; r--)
                    if (word_in(x, r, rel_what)) {
                        /* the words between: a name or pronoun, then "on" and a day */
                        int32_t d = left.cue - 1;
                        if (is_day(x, d) && word_is(x, d - 1, "on") && d - 2 > r) c0 = r;
                        break;
                    }
        }
        int32_t ce = lw;
        /* a title stepped over before "that" is no part of the content;
         * with no quotation after it the report is indirect */
        int32_t rs = r0;
        while (rs <= r1 && x->r[rs].t1 < c0) rs++;
        if (rs > r1) return emit(x, QUOTE_INDIRECT, x->t[c0].s, x->t[lw].e, -1, -1, &left);
        /* round 10: "he said Wednesday morning on MSNBC’s “Morning Joe.”":
         * after the cue only a time and adjuncts naming a title; nothing
         * is reported (the words said are elsewhere) */
        if (!atq && !colq && !paren && !left.inverted && c0 == c_obj) {
            static const char *const daypart[] = {"morning", "afternoon", "evening", "night", NULL};
            int32_t a0 = c0;
            while (a0 <= lw && word_in(x, a0, daypart)) a0++;
            int adj = a0 <= lw && x->t[a0].q < 0 && word_in(x, a0, fb_prep);
            /* no "that" clause, no object after a comma ("noted on Twitter
             * the change from the slogan, “…”") */
            for (int32_t m = a0; m <= lw && adj; m++)
                adj = x->t[m].q >= 0 || !(word_is(x, m, "that") || (punct_is(x, m, ',') && m < x->r[r1].t0));
            for (int32_t m = rs; m <= r1 && adj; m++) adj = title_region(x, m);
            if (adj) return 0;
        }
        /* the content stops at a clause boundary after its last quotation */
        int32_t rl = r1;
        while (rl > rs && x->r[rl].t0 > lw) rl--;
        /* round 14b: "held up a sign which read “Hispanics 4 Trump” — and
         * waved it, mouthing “thank you”", "hopes he will lift the economy
         * “out of its quagmire” - and one assertion that he is not “…”": a
         * dash right after a quotation, with no dash before it in the
         * content, ends the report there; a later quotation is another's */
        for (int32_t k2 = rs; k2 < rl; k2++) {
            int32_t d = x->r[k2].t1 + 1;
            if (!(punct_is(x, d, 0x2014) || punct_is(x, d, 0x2013) || (punct_is(x, d, '-') && x->t[d].left_space)))
                continue;
            /* not a quotation in apposition ("his “eleventh commandment” -
             * “Thou shall not …”") */
            int32_t d2 = d;
            while (d2 + 1 < x->nt && punct_is(x, d2 + 1, '-')) d2++; /* "--" */
            if (d2 + 1 < x->nt && x->t[d2 + 1].kind == T_QMARK) break;
            /* nor a short complement of the same predicate: "were not
             * “racist” - just “common sense”" */
            if (!words_reach(x, d2 + 1, x->r[k2 + 1].t0 - 1, 3)) break;
            /* nor the dash closing one opened before, in the content */
            int dash = 0;
            for (int32_t m = c0; m < x->r[k2].t0 && !dash; m++)
                dash = x->t[m].q < 0 && (punct_is(x, m, 0x2014) || punct_is(x, m, 0x2013) ||
                                         (punct_is(x, m, '-') && x->t[m].left_space));
            if (!dash) rl = k2;
            break;
        }
        ce = clause_end(x, x->r[rl].t1 + 1, lw);
        /* "While X admitted that it would be “very hard” …, his campaign
         * argued …": in a sentence that opens with a subordinate clause
         * holding the cue, the content ends at the comma before the main
         * clause's subject */
        static const char *const subord[] = {"while", "when", "whenever", "although", "though", "if", "because",
                                             "since", "after", "before", "until", "once", "unless", "even", NULL};
        if (!paren && left.cue > f && x->t[f].kind == T_WORD && word_in(x, f, subord))
            for (int32_t k2 = x->r[rl].t1 + 1; k2 < ce; k2++)
                if (x->t[k2].q < 0 && punct_is(x, k2, ',') && x->t[k2 + 1].kind == T_WORD &&
                    ((tflags(x, k2 + 1) & LX_PRONOUN) || is_determiner(x, k2 + 1) || word_is(x, k2 + 1, "others") ||
                     (cap_word(x, k2 + 1) && !punct_is(x, k2 + 2, ',')))) { /* not "in Reno, Nev., …" */
                    ce = k2 - 1;
                    break;
                }
        /* round 14b: "has set up a website called “Cape Breton If Trump
         * Wins” that pitches …", "broadcast a short film called “Tenemos
         * Familias” on Univision": what the reduced relative names ends
         * with the name; the rest of the clause is about the thing */
        int32_t ce_clause = ce;
        if (named && x->r[rs].t1 < ce) ce = x->r[rs].t1;
        /* "was described by Jobs as the “most important Mac” made by
         * Apple": an agent before the quotation speaks, and the content
         * goes on (the "by" after it is no agent of the cue) */
        for (int32_t k2 = left.cue_end + 1; passive && k2 < first_open; k2++)
            if (word_is(x, k2, "by")) {
                left.sp = np_right(x, k2 + 1, first_open - 1);
                passive = 0;
            }
        if (passive)
            for (int32_t k2 = x->r[rs].t1 + 1; k2 <= ce_clause; k2++)
                if (x->t[k2].q < 0 && word_is(x, k2, "by")) {
                    left.sp = np_right(x, k2 + 1, lw);
                    if (k2 - 1 < ce) ce = k2 - 1;
                    while (ce > c0 && x->t[ce].kind == T_PUNCT && x->t[ce].q < 0) ce--;
                    break;
                }
        while (rl > rs && x->r[rl].t0 > ce) rl--;
        if (ce < c0) ce = lw;
        int quoted = 0;
        for (int32_t k2 = rs; k2 <= rl; k2++) quoted += words_in(x, x->r[k2].t0, x->r[k2].t1);
        int total = words_in(x, c0, ce);
        quote_type ty = quoted * 2 >= total ? QUOTE_MIXED : QUOTE_PARTIAL;
        if (((atq && !paren_q) || colq) && ce == x->r[rl].t1) ty = QUOTE_DIRECT;
        /* "X declared the need …: “A,” she said": the quotation's own
         * attribution names the speaker */
        if ((colq || (atq && !paren_q)) && at.cue >= 0 && at.sp.a >= 0)
            return emit(x, ty, x->t[c0].s, x->t[ce].e, rs, rl, &at);
        return emit(x, ty, x->t[c0].s, x->t[ce].e, rs, rl, &left);
    }
    if (before && at.cue >= 0) {
        /* round 13: "Recalling ''the consequences …,'' the statement urged
         * …", "Citing “obligations in Tennessee,” his spokeswoman told X
         * that …": a participle opening the sentence reports the
         * quotation closed by a comma after it, spoken by the main
         * clause's speaker; the main clause is read on as before */
        if (r0 == r1 && at.cue > x->r[r0].t1 && !at.inverted && ing_form(x, f) && !title_region(x, r0) &&
            /* the main clause goes on after its cue (not a gerund subject:
             * "Closing the port would “…,” he added") */
            words_reach(x, at.cue_end + 1, lw, 3)) {
            attrib lead;
            int32_t ls = lead_in_report(x, f, first_open, r0, &at, &lead);
            if (ls >= 0 && emit(x, ls == first_open ? QUOTE_DIRECT : QUOTE_MIXED, x->t[ls].s,
                                                  x->r[r0].e, r0, r0, &lead) < 0)
                return -1;
        }
        /* "Content with “quoted words,” X said." — not "On “Meet the
         * Press,” X said the …": an attribution with its own content after
         * the cue leaves the quoted words before it a title */
        int32_t p0 = at.sp.a >= 0 ? phrase_start(x, &at, f) - 1 : -1;
        int set_off = p0 > f && ((punct_is(x, p0, ',') && x->t[p0].q < 0) ||
                                 (x->t[p0].kind == T_QMARK && punct_is(x, p0 - 1, ',')));
        if (!at.inverted && words_reach(x, at.cue_end + 1, lw, 6) &&
            !(set_off && !ing_form(x, at.cue) && adjunct_only(x, at.cue_end + 1, lw))) {
            int32_t k = at.cue_end + 1;
            while (k <= lw && is_adverb(x, k)) k++;
            /* round 13: "Despite his “brash manner,” his lawyer wrote, Reed
             * is …", "But “it is a better use of money,” he added, to
             * build …": an attribution set off by commas after a quotation
             * closed by a comma, and the clause going on after it (no
             * participle, relative clause or cue of the attribution's own):
             * the whole sentence is the content */
            int32_t qm = p0; /* over a description: "the lawyer Tom Hale wrote" */
            while (qm > f && qm >= p0 - 4 && x->t[qm].kind == T_WORD && x->t[qm].q < 0 && !is_cue(x, qm)) qm--;
            if (qm > f && x->t[qm].kind == T_QMARK && x->t[qm].q >= 0 && punct_is(x, qm - 1, ',') && k + 1 <= lw &&
                punct_is(x, k, ',') &&
                x->t[k + 1].kind == T_WORD && x->t[k + 1].q < 0 && !ing_form(x, k + 1) &&
                !word_in(x, k + 1, rel_pron) && !is_cue(x, k + 1) && !word_is(x, k + 1, "according") &&
                !word_is(x, k + 1, "and") && !word_is(x, k + 1, "but") && words_reach(x, k + 1, lw, 3)) {
                int32_t ra = r0;
                while (ra < r1 && x->r[ra + 1].t0 <= lw) ra++;
                return emit(x, QUOTE_MIXED, x->t[f].s, x->t[lw].e, r0, ra, &at);
            }
            if (k > lw || x->t[k].kind != T_WORD || x->t[k].q >= 0) return 0;
            /* quotations after the cue make the content mixed or partial */
            int32_t ra = r0;
            while (ra <= r1 && x->r[ra].t0 <= at.cue_end) ra++;
            if (ra <= r1) {
                int quoted = 0;
                for (int32_t k2 = ra; k2 <= r1; k2++) quoted += words_in(x, x->r[k2].t0, x->r[k2].t1);
                int32_t ce = clause_end(x, x->r[r1].t1 + 1, lw);
                quote_type ty = quoted * 2 >= words_in(x, k, ce) ? QUOTE_MIXED : QUOTE_PARTIAL;
                return emit(x, ty, x->t[k].s, x->t[ce].e, ra, r1, &at);
            }
            return emit(x, QUOTE_INDIRECT, x->t[k].s, x->t[lw].e, -1, -1, &at);
        }
        /* round 13: before the speaker's title too ("…,'' Mr. Hale said") */
        int32_t k = phrase_start(x, &at, f) - 1;
        /* no speaker span (sp.a < 0) puts k before the sentence, where
         * x->t[k] is not a token: nothing to emit (was a read outside t[]) */
        if (k < f) return 0;
        /* "… my “campaign” when I posted …", "… call people who they
         * believe …": an attribution that follows the content is set off
         * by a comma or a closing mark; inside a clause it is no report
         * of the words before */
        static const char *const inside[] = {"when", "and", "who", "which", "so", "but", "of", "until", "that",
                                             "if", "because", "while", "as", "whom", "where", NULL};
        if (x->t[k].kind == T_WORD && !(x->t[k].flags & F_CAP) && word_in(x, k, inside)) return 0;
        while (k > f && x->t[k].kind == T_PUNCT && x->t[k].q < 0) k--;
        int32_t rl = r0;
        while (rl + 1 <= r1 && x->r[rl + 1].t1 <= k) rl++;
        /* "Clinton seemed irritated: “It’s a public statement!” …, X
         * wrote": the words before a colon introduce the quotation and
         * are no part of what was said */
        for (int32_t ra = r0; ra <= rl; ra++) {
            int32_t t0 = x->r[ra].t0;
            /* round 13: also a dash ("Neither man liked her - “Born rich,”
             * Mr. Elkins said - but …") */
            if (t0 - 1 > f && x->t[t0 - 1].q < 0 &&
                (punct_is(x, t0 - 1, ':') || punct_is(x, t0 - 1, 0x2014) || punct_is(x, t0 - 1, 0x2013) ||
                 (punct_is(x, t0 - 1, '-') && x->t[t0 - 1].left_space))) {
                quote_type ty = ra == rl && k == x->r[rl].t1 ? QUOTE_DIRECT : QUOTE_MIXED;
                return emit(x, ty, x->r[ra].s, x->t[k].e, ra, rl, &at);
            }
        }
        /* "… conquest (“A,” X wrote in …)": a bracket opened before the
         * quotation and closed after the attribution holds the report;
         * the content starts inside it */
        int32_t c0 = f;
        for (int32_t m = first_open - 1; m > f; m--) {
            if (x->t[m].q >= 0 || punct_is(x, m, ')')) break;
            if (punct_is(x, m, ';')) { c0 = m + 1; break; }
            if (punct_is(x, m, '(')) {
                int shut = 0; /* "(“Uber everything”) and …": closed before the attribution */
                for (int32_t m2 = first_open; m2 < at.cue && !shut; m2++) shut = punct_is(x, m2, ')') && x->t[m2].q < 0;
                if (!shut) c0 = m + 1;
                break;
            }
        }
        quote_type ty = c0 == first_open && rl == r0 && k == x->r[r0].t1 ? QUOTE_DIRECT : QUOTE_MIXED;
        return emit(x, ty, x->t[c0].s, x->t[k].e, r0, rl, &at);
    }
    if (!before && !after) {
        /* A quotation standing alone as a sentence. */
        attrib prev = {-1, -1, {-1, -1}, 0};
        /* round 14b: "''Friends'' has been a surprise hit on Netflix,
         * which also brought the world ''Fuller House.''": titles opening
         * and ending a sentence, with a clause between them and no cue,
         * are no speech (not "“…,” and with that Trump broke off with a
         * dismissive, “eww.”": a quotation going on) */
        for (int32_t k = r0; k < r1 && at.cue < 0; k++) {
            int32_t g = x->r[k].t1 + 1;
            while (g < x->r[k + 1].t0 && x->t[g].kind == T_PUNCT) g++;
            if (words_reach(x, g, x->r[k + 1].t0 - 1, 4) && !word_is(x, g, "and") && !word_is(x, g, "but") &&
                !word_is(x, g, "or"))
                return 0;
        }
        /* round 12: a paragraph of one quotation in single marks, alone or
         * between dashes ("– ‘Who cares?’ –.", "'A change warrior.'"), is
         * a subheading, no speech */
        if (r0 == r1 && x->r[r0].single) {
            int alone = 1;
            for (int32_t k = x->r[r0].t0 - 1; alone && k >= 0 && x->t[k].kind != T_PARA; k--)
                alone = x->t[k].kind == T_PUNCT;
            for (int32_t k = x->r[r0].t1 + 1; alone && k < x->nt && x->t[k].kind != T_PARA; k++)
                alone = x->t[k].kind == T_PUNCT;
            if (alone) return 0;
        }
        /* a quotation standing alone that ends in a colon ("Related:") is
         * a label before what follows */
        if (r0 == r1 && x->r[r0].closed && x->r[r0].t1 - 1 > x->r[r0].t0 && punct_is(x, x->r[r0].t1 - 1, ':'))
            return 0;
        if (sid > 0) {
            int32_t pf = x->sent_first[sid - 1], pl = x->sent_last[sid - 1];
            if (pf >= 0 && punct_is(x, pl, ':') && (int32_t)x->t[pl].para >= para - 1) {
                prev = find_attrib(x, pf, pl, pf, pl);
                if (prev.cue >= 0)
                    return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &prev);
            }
        }
        /* the sentences between may only be paragraph breaks */
        int adjacent = x->last_q >= 0 && x->last_q_sent < (int32_t)sid && x->last_q_sent + 3 >= (int32_t)sid;
        int between = 0;
        for (int32_t k = x->last_q_sent + 1; adjacent && k < (int32_t)sid; k++)
            if (x->sent_first[k] >= 0) between++;
        /* round 12: “A,” X said. A sentence of background. “B.” — also over
         * one sentence without quotation or cue in the same paragraph
         * (PolNeAR joins these; its words are no segment) */
        if (between > 1 || (between == 1 && (x->qs[x->last_q].type == QUOTE_INDIRECT || x->last_q_sent + 2 != (int32_t)sid ||
                                             (int32_t)x->t[x->sent_first[sid - 1]].para != para ||
                                             (int32_t)x->t[x->sent_last[x->last_q_sent]].para != para)))
            adjacent = 0;
        for (int32_t k = between == 1 && adjacent ? x->sent_first[sid - 1] : 0; between == 1 && adjacent && k <= x->sent_last[sid - 1]; k++)
            if (x->t[k].q >= 0 || is_cue(x, k)) adjacent = 0;
        if (adjacent && x->qs[x->last_q].type == QUOTE_INDIRECT && x->last_q_sent >= 0 &&
            x->sent_last[x->last_q_sent] >= 0 && (int32_t)x->t[x->sent_last[x->last_q_sent]].para == para) {
            /* "X said (that) clause. “B.”": a quotation right after an
             * indirect quote in the same paragraph goes on with it (mixed) */
            quote *q = &x->qs[x->last_q];
            if (join_segments(x, x->last_q, r0, r1)) return -1;
            drop_first_segment(x, x->last_q);
            q->end = x->r[r1].e;
            q->type = QUOTE_MIXED;
            x->last_q_sent = (int32_t)sid;
            return 0;
        }
        if (adjacent && x->qs[x->last_q].type != QUOTE_INDIRECT) {
            /* “A,” he said. “B.” — and a quotation going on in the next
             * paragraph: one quote, one more segment (its segments are the
             * last ones added) */
            quote *q = &x->qs[x->last_q];
            if (join_segments(x, x->last_q, r0, r1)) return -1;
            q->end = x->r[r1].e;
            x->last_q_sent = (int32_t)sid;
            return 0;
        }
        (void)last_para_quote;
        /* a title or a heading in capitals standing alone is no quote */
        if (r0 == r1 && title_region(x, r0)) return 0;
        /* the next sentence may carry the attribution: “…” \n He added … */
        return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &prev);
    }
    if (!before && after && at.cue < 0 && left.cue < 0 && follows_direct_quote(x, sid, f, para)) {
        /* “A,” X said. “B” to the rest of the country. — a sentence opening
         * with a quotation and going on without a cue, right after a
         * direct quote in the same paragraph, goes on with it (mixed, to
         * the clause's end) */
        return join_last_quote(x, sid, r0, r1, lw);
    }
    return 0;
}

/* Round 17: "Tom Hale said the pier would “close for good,” but Ana Reis
 * said it would stay open", "“The pier will close,” Hale said, but Reis
 * said …": after the quotes a sentence with quotation marks gave (regions
 * before *rr), the rest of the sentence opening with a conjunction, a
 * subject and a finite cue of its own, and holding no quotation, is read
 * as a sentence of its own.  Returns -1 on error. */
static int tail_report(ctx *x, uint32_t sid, int32_t rr, int32_t *last_para_quote)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    /* (a comma, a conjunction, a subject, a cue and three words at least) */
    if (f < 0 || x->r[rr - 1].t1 + 7 > l) return 0;
    int32_t lw = content_end(x, f, l);
    /* the first word after the last quote, the last region and the last
     * quote's attribution ("“A,” X said, but …") */
    const quote *q = &x->qs[x->nq - 1];
    uint32_t qe = q->end;
    if (q->speaker_end > (int32_t)qe) qe = (uint32_t)q->speaker_end;
    if (q->cue_end > (int32_t)qe) qe = (uint32_t)q->cue_end;
    int32_t k = x->r[rr - 1].t1 + 1;
    while (k <= lw && x->t[k].s < qe) k++;
    /* (a comma inside the closing mark counts: "… “close for good,” but") */
    int comma = k - 2 >= f && x->t[k - 1].kind == T_QMARK && punct_is(x, k - 2, ',');
    for (; k <= lw && x->t[k].kind != T_WORD; k++) comma |= punct_is(x, k, ',') || punct_is(x, k - 1, ',');
    if (k > lw || !comma) return 0;
    int32_t j = second_report(x, k - 1, lw, k);
    if (j != k) return 0;
    int32_t n1 = j + 1;
    while (n1 < lw && is_adverb(x, n1)) n1++;
    int32_t keep_b = x->sent_base[sid], rest = rr;
    x->split_depth++;
    x->sent_first[sid] = x->sent_base[sid] = n1;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    x->sent_first[sid] = f;
    x->sent_base[sid] = keep_b;
    x->split_depth--;
    return rc;
}

static int find_quotes(ctx *x)
{
    int32_t rr = 0;
    int32_t last_para_quote = -10;
    x->last_q = -1;
    x->last_q_sent = -10;
    for (uint32_t sid = 0; sid < x->nsent; sid++) {
        int32_t before = x->nq, rr0 = rr;
        x->cur_sent = (int32_t)sid;
        if (sentence_quotes(x, sid, &rr, &last_para_quote)) return -1;
        if (rr > rr0 && x->nq > before && tail_report(x, sid, rr, &last_para_quote)) return -1;
        if (x->nq > before || (x->last_q >= 0 && x->sent_first[sid] >= 0 &&
                               x->qs[x->last_q].end > x->t[x->sent_first[sid]].s)) {
            int32_t f = x->sent_first[sid];
            if (f >= 0) last_para_quote = (int32_t)x->t[x->sent_last[sid]].para;
        }
    }
    /* segments were appended in quote order; hand out the pointers */
    for (int32_t i = 0; i < x->nq; i++)
        x->qs[i].segments = (const uint32_t (*)[2])(x->segs + x->qseg[i]);
    return 0;
}

/* ----------------------------------------------------------------- api */

int extract_article(const char *text, size_t n, arena *a, extraction *out)
{
    memset(out, 0, sizeof *out);
    if (lx_init()) return -1;
    if (n > 0xFFFFFF00u) n = 0xFFFFFF00u;
    ctx x;
    memset(&x, 0, sizeof x);
    x.s = text;
    x.n = n;
    x.a = a;
    if (tokenize_text(&x) || find_regions(&x) || split_sentences(&x) || find_entities(&x))
        return -1;
    /* Segments are appended in quote order (a continuation "“B.”" always
     * extends the last quote), so each quote's segments are contiguous. */
    if (find_quotes(&x)) return -1;
    out->entities = arena_alloc(a, sizeof(ent_entity) * (size_t)(x.nents + 1));
    out->mentions = arena_alloc(a, sizeof(ent_mention) * (size_t)(x.nms + 1));
    if (!out->entities || !out->mentions) return -1;
    for (int32_t i = 0; i < x.nents; i++) {
        out->entities[i].name = x.ents[i].name;
        out->entities[i].kind = x.ents[i].kind;
        out->entities[i].title = x.ents[i].title;
        out->entities[i].n_mentions = x.ents[i].n_mentions;
    }
    for (int32_t i = 0; i < x.nms; i++) {
        out->mentions[i].start = x.ms[i].s;
        out->mentions[i].end = x.ms[i].e;
        out->mentions[i].entity = x.ms[i].ent;
    }
    out->n_entities = (uint32_t)x.nents;
    out->n_mentions = (uint32_t)x.nms;
    out->quotes = x.qs;
    out->n_quotes = (uint32_t)x.nq;
    return extract_org_names(text, n, a, out); /* extract_names.c */
}
