/*
 * The first stages of extraction: the text scanned into word, punctuation,
 * quotation-mark and paragraph tokens; quotation marks paired into regions
 * (apostrophes told apart, unbalanced marks capped); sentences cut outside
 * the regions.  Everything later reads the tokens this file makes.
 */
#include "extract_ctx.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---------------------------------------------------------------- text */

/* ASCII lower case by table: one load, for the hashing and comparing of
 * words that runs on every capitalised run. */
#define LC_F(c) ((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))

#define LC_R4(b) LC_F(b), LC_F(b + 1), LC_F(b + 2), LC_F(b + 3)

#define LC_R16(b) LC_R4(b), LC_R4(b + 4), LC_R4(b + 8), LC_R4(b + 12)

#define LC_R64(b) LC_R16(b), LC_R16(b + 16), LC_R16(b + 32), LC_R16(b + 48)

const unsigned char lower_tab[256] = {LC_R64(0), LC_R64(64), LC_R64(128), LC_R64(192)};

#undef LC_F

#undef LC_R4

#undef LC_R16

#undef LC_R64

size_t clitic_len(const char *w, size_t n)
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

/* A word's token flags from its first byte's class (an ASCII byte): upper
 * case F_CAP, a digit F_DIGIT, one load (speed round 19). */
static const uint8_t cls_word_flags[64] = {[BC_ALPHA] = F_CAP, [BC_DIGIT] = F_DIGIT};

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
 * returns its length (16 when it goes on).  Letters and case matter only
 * to the acronym test, which reads the masks of the word's first 16 bytes
 * (word_masks16), so the runs after a joiner skip them.  Same range tests
 * as tokenize_word_mask_ in lib/tokenize.h. */
static inline unsigned word_run16(const char *s, size_t i)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i lx = _mm_or_si128(v, _mm_set1_epi8(0x20));
    unsigned al = (unsigned)_mm_movemask_epi8(
        _mm_cmplt_epi8(_mm_add_epi8(lx, _mm_set1_epi8((char)(0x80 - 'a'))), _mm_set1_epi8(26 - 0x80)));
    unsigned dg = (unsigned)_mm_movemask_epi8(
        _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8(10 - 0x80)));
    return (unsigned)__builtin_ctz(~(al | dg)); /* at most 16 */
}

/* word_run16 for a word's first run, also giving the 16 bytes' masks of
 * ASCII letters (*al) and lower-case letters (*lo): the acronym test at
 * the word's end reads them without a branch on the case. */
static inline unsigned word_masks16(const char *s, size_t i, unsigned *al, unsigned *lo)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i lx = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i bias = _mm_set1_epi8((char)(0x80 - 'a')), lim = _mm_set1_epi8(26 - 0x80);
    *al = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(lx, bias), lim));
    *lo = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, bias), lim));
    unsigned dg = (unsigned)_mm_movemask_epi8(
        _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8(10 - 0x80)));
    return (unsigned)__builtin_ctz(~(*al | dg)); /* at most 16 */
}

#endif

/* The number of ASCII letters in the word s[start..end), or -1 when one
 * is lower case: the acronym test for a word not within the 16 bytes
 * read at its start.  Its other bytes are digits, joiners and UTF-8,
 * never ASCII letters. */
static int acro_letters(const char *s, size_t start, size_t end)
{
    int letters = 0;
    for (size_t k = start; k < end; k++) {
        uint8_t b = byte_cls[(unsigned char)s[k]];
        if (b & BC_LOWER) return -1;
        letters += b & BC_ALPHA;
    }
    return letters;
}

int tokenize_text(ctx *x)
{
    const char *s = x->s;
    size_t n = x->n;
    size_t est = n / 4 + 64;
    if (est > n + 2) est = n + 2;
    x->t = arena_alloc(x->a, sizeof(tk) * est);
    if (!x->t) return -1;
    x->cap_t = (int32_t)est;
    /* the array and its room in locals, refreshed when it grows: the
     * stores to tokens might otherwise alias x->t and x->cap_t */
    tk *toks = x->t;
    int32_t cap = x->cap_t;
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
            if (nt > 0 && toks[nt - 1].kind != T_PARA) {
                if (nt >= cap) {
                    if (grow_tokens(x, nt, i, 1)) return -1;
                    toks = x->t;
                    cap = x->cap_t;
                }
                tk *p = &toks[nt++];
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
        if (nt >= cap) {
            if (grow_tokens(x, nt, i, 1)) return -1;
            toks = x->t;
            cap = x->cap_t;
        }
        tk *t = &toks[nt];
        t->q = -1;
        t->para = para;
        t->sent = 0;
        t->cp = 0;
        /* kind, flags, the two sides and lxf: one 8-byte store (speed20) */
        memset((char *)t + offsetof(tk, kind), 0, TK_TAIL_BYTES);
        if (c < 0x80 ? (cls & (BC_ALPHA | BC_DIGIT)) != 0 : cp_is_wordy_u(cp)) {
            /* A word: letters, digits, marks; apostrophes, hyphens and dots
             * between letters stay inside ("O’Brien", "Jean-Claude",
             * "U.S"). */
            /* letters: the word's non-ASCII letters (its ASCII ones are
             * counted at its end) */
            int upper_all = 1, letters = 0, seg = 0, has_dot = 0;
            /* the token's flags, stored once at its end */
            uint8_t wfl = 0;
            /* masks of the ASCII letters and lower-case letters of the 16
             * bytes at the word's start, when read (masked) */
            unsigned al16 = 0, lo16 = 0;
            /* the bytes read at the word's start: 16 or none */
            size_t masked = 0;
            /* the length of the word's start without a lower-case letter,
             * from the masks (0 when not read): speed round 21, the
             * acronym test's one branch (a test of the first letter's
             * case before it, seven words in ten lower case, then one of
             * the rest, were mispredicted 1.25 million times on real
             * news) */
            size_t nolow = 0;
            size_t run = i;
            if (c < 0x80) {
                /* without branches: the case of a word's first letter is
                 * a coin toss for the predictor */
                wfl = cls_word_flags[cls];
#if defined(__SSE2__)
                if (n - i >= 16) {
                    unsigned r = word_masks16(s, i, &al16, &lo16);
                    masked = 16;
                    nolow = (size_t)__builtin_ctz(lo16 | 0x10000u);
                    i += r;
                    if (r < 16) goto run_end;
                    seg = 16;
                }
#endif
            } else if (utf8proc_isupper((utf8proc_int32_t)cp)) wfl = F_CAP;
            for (;;) {
                /* the common case: a run of ASCII letters and digits (16
                 * bytes at a time while the text has them) */
                run = i;
#if defined(__SSE2__)
                while (n - i >= 16) {
                    unsigned r = word_run16(s, i);
                    i += r;
                    if (r < 16) goto run_end;
                }
#endif
                while (i < n && (byte_cls[(unsigned char)s[i]] & (BC_ALPHA | BC_DIGIT))) i++;
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
            if (i - start <= nolow) {
                /* no lower-case letter in the word (one word in ten) */
                unsigned a = al16 & ((1u << (i - start)) - 1);
                int two = (a != 0) + ((a & (a - 1)) != 0);
                if (upper_all && letters + two >= 2) wfl |= F_ACRO;
            } else if (i - start > masked && upper_all && !(byte_cls[c] & BC_LOWER)) {
                /* (a word not within the 16 bytes read) */
                int al = acro_letters(s, start, i);
                if (al >= 0 && letters + al >= 2) wfl |= F_ACRO;
            }
            /* A final period after an initial, "U.S" or a known abbreviation
             * belongs to the word and ends no sentence. */
            if (i < n && s[i] == '.') {
                size_t wl = i - start;
                if (has_dot || (wl == 1 && (wfl & F_CAP)) ||
                    (wl <= 5 && lx_maybe_abbr(s + start, wl) && (lx_flags(s + start, wl) & LX_ABBR))) {
                    i++;
                    wfl |= F_ABBR;
                }
            }
            t->kind = T_WORD;
            t->flags = wfl;
            n_caps += (wfl & F_CAP) != 0;
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

int find_regions(ctx *x)
{
    /* each region opens at a quotation mark of its own */
    x->r = arena_alloc(x->a, sizeof(region) * ((size_t)x->n_qmarks + 1));
    if (!x->r) return -1;
    x->nr = 0;
    int32_t open = -1, fam = 0;     /* double (or top-level single) quote */
    int nest = 0;                   /* nested “…” inside an open “ */
    /* round 22: curly marks inside a straight quotation opening its
     * paragraph: opened and not yet closed, and whether a pair closed */
    int curly_in = 0, curly_pair = 0, para_open = 0;
    /* Only marks and paragraph ends open, close or cut a quotation: the
     * words and punctuation between them are skipped in a tight loop.  The
     * last token inside an open quotation at a paragraph end is the one
     * before it (never a paragraph end: two never follow each other, and
     * the quotation opened before it), and at the text's end the last
     * token. */
    /* in locals: the stores to tokens below might otherwise alias them */
    const tk *const toks = x->t;
    const int32_t nt = x->nt;
    /* round 22: a straight mark opening a paragraph that never closes in
     * it, around a quotation in curly marks ("Hale tried to shrug it off,
     * “Only me.” But …"), is stray (a pasted excerpt's): the paragraph is
     * read again after it (at a paragraph end below, or at the text's end
     * from here) */
    int32_t from = 0;
rescan:
    for (int32_t i = from; i < nt; i++) {
        /* (one comparison: marks and paragraph ends are the two last
         * kinds) */
        /* speed20: four tokens at a time; a mark or a paragraph end (kind
         * + 1 is 4 or 5) sets bit 2, a word or punctuation (2, 3) does
         * not.  The first such of the four is found without a loop (a
         * second loop exit was mispredicted) */
        for (; i + 4 <= nt; i += 4) {
            unsigned m = (unsigned)((toks[i].kind + 1) & 4) >> 2 | (unsigned)((toks[i + 1].kind + 1) & 4) >> 1 |
                         (unsigned)((toks[i + 2].kind + 1) & 4) | (unsigned)((toks[i + 3].kind + 1) & 4) << 1;
            if (m) {
                i += __builtin_ctz(m);
                break;
            }
        }
        while (i < nt && toks[i].kind < T_QMARK) i++;
        if (i >= nt) break;
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
                    para_open = curly_pair = curly_in = 0; /* a quotation over paragraphs: no stray mark */
                    continue;
                }
                if (curly_pair) { /* round 22: the stray mark (above) */
                    i = open;
                    open = -1;
                    curly_pair = 0;
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
                curly_in = 0;
                curly_pair = 0;
                para_open = f == FAM_STRAIGHT && (i == 0 || x->t[i - 1].kind == T_PARA);
            }
            continue;
        }
        /* A quotation is open: does this mark close it? */
        int closes = 0;
        if (fam == FAM_CURLY) {
            /* “… the share of “ferry only” commuters …”: a clear
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
            /* round 22: in a straight quotation opening its paragraph, a
             * curly pair is a quotation of its own, whose closer closes
             * no straight mark */
            if (para_open && c == 0x201C && (fl & 1)) {
                curly_in++;
                continue;
            }
            if (para_open && c == 0x201D && curly_in > 0) {
                curly_in--;
                curly_pair = 1;
                continue;
            }
            closes = c == '"' && (fl & 2);
            /* round 22: and when it opens right before a curly mark and
             * its closer ends the paragraph, the marks wrap a pasted
             * excerpt ("“A,” X responded before adding …."): the curly
             * quotations inside are the quotes */
            if (closes && curly_pair && toks[open + 1].kind == T_QMARK && toks[open + 1].cp == 0x201C &&
                (i + 1 >= nt || toks[i + 1].kind == T_PARA)) {
                i = open;
                open = -1;
                curly_pair = 0;
                continue;
            }
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
    if (open >= 0 && curly_pair) {
        from = open + 1;
        open = -1;
        curly_pair = 0;
        goto rescan;
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

/* `introduced`: the quotation that ends before j was itself introduced by
 * a cue ("X said, “A.”"), so "He added, “B.”" after it is a new sentence
 * with a quotation of its own, not the attribution of "“A.”". */
static int attribution_follows(ctx *x, int32_t j, int introduced)
{
    /* quotes round 26: a title before a name of three words ("“…!” US
     * Senator Tom Hale said as …") is a fourth capitalised word, and a
     * title of two ("Harbour Board Chairman Tom Hale") a fifth */
    int32_t cap_end = j + 3;
    for (int32_t k = j; k < x->nt && k < j + 2 && cap_end < j + 5; k++)
        if (x->t[k].kind == T_WORD && (x->t[k].flags & F_CAP) && (tflags(x, k) & LX_TITLE)) cap_end++;
    for (int32_t k = j; k < x->nt && k < cap_end; k++) {
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
            /* quotes round 26: "“…?” Hale said of the council": what the
             * quotation was about */
            if (word_is(x, k + 2, "of")) return 1;
            /* “Why?” Obama asked Republican politicians. — an addressee of
             * up to three words closing the sentence */
            size_t cn = x->t[k + 1].e - x->t[k + 1].s;
            const char *cw = x->s + x->t[k + 1].s;
            if (!((cn == 5 && (memcmp(cw, "asked", 5) == 0 || memcmp(cw, "tells", 5) == 0)) ||
                  (cn == 4 && (memcmp(cw, "asks", 4) == 0 || memcmp(cw, "told", 4) == 0))))
                return 0;
            /* (quotes round 26: an addressee of up to four words before
             * an adjunct: "told the Kelmouth Post's radio station in …") */
            static const char *const asked_what[] = {"what", "who", "whom", "whether", "if", "why", "how",
                                                     "when", "where", "which", "that", NULL};
            for (int32_t m = k + 2; m < x->nt && m <= k + 6; m++) {
                if (x->t[m].kind == T_PUNCT) return x->t[m].cp == '.' || x->t[m].cp == ',';
                if (x->t[m].kind != T_WORD) return 0;
                /* (a question or a clause put to someone is a sentence of
                 * its own: "“…” He asked what the trust had to hide.") */
                if (word_in(x, m, asked_what)) return 0;
                /* round 12: "“…?” Hale asked reporters rhetorically during a
                 * press briefing": adjuncts after the addressee */
                if (m > k + 2 && attribution_tail(x, m)) return 1;
            }
            return 0;
        }
    }
    return 0;
}

static int subject_cue(ctx *x, int32_t k, int need_subj);

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
        /* "…,” said Rowe, who said there had been “…”": a relative clause
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
        /* round 12: "… as “Mr. Hale,” while Hale refers to the mayor
         * as “Ana.”", "and Sanders said …": a name of up to three words
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

int split_sentences(ctx *x)
{
    uint32_t sent = 0;
    int seen_region = 0;
    uint8_t *cont = arena_alloc(x->a, (size_t)x->nt + 2);
    /* the first token of each sentence (sentences are runs of tokens: the
     * sentence number only grows), for the first/last pass below */
    int32_t *from = arena_alloc(x->a, sizeof(int32_t) * ((size_t)x->nt + 3));
    if (!cont || !from) return -1;
    cont[0] = 0;
    from[0] = 0;
    /* in locals: the stores to t->sent might otherwise alias them */
    tk *const toks = x->t;
    const int32_t nt = x->nt;
    for (int32_t i = 0; i < nt; i++) {
        /* Speed round 19: with no quotation seen in the sentence, a word
         * outside quotations without an abbreviation's period, or a comma,
         * neither cuts nor ends one (the tests below): their run only
         * takes the sentence's number */
        if (!seen_region) {
            while (i < nt && toks[i].q < 0 &&
                   ((toks[i].kind == T_WORD && !(toks[i].flags & F_ABBR)) ||
                    (toks[i].kind == T_PUNCT && toks[i].cp == ','))) {
                toks[i].sent = sent;
                i++;
            }
            if (i >= nt) break;
        }
        tk *t = &toks[i];
        /* "X called it “A” and asserted that “B”": two attributions, cut
         * before the second cue so that each quotation gets its own */
        if (seen_region && t->q < 0 && (t->kind == T_WORD || t->kind == T_PUNCT) && coord_cue(x, i) &&
            region_ahead(x, i)) {
            sent++;
            cont[sent] = 1;
            from[sent] = i;
            seen_region = 0;
        }
        t->sent = sent;
        if (t->q >= 0) seen_region = 1;
        int brk = 0;
        if (t->q >= 0) {
            region *g = &x->r[t->q];
            if (i == g->t1) {
                if (!g->closed) brk = 1;
                else if (i > 0 &&
                         ((toks[i - 1].kind == T_PUNCT && is_end_punct(toks[i - 1].cp)) ||
                          /* quotes round 26: "said “no.” Then …": a word
                           * read as an abbreviation ("no." as "No."), its
                           * period inside the mark */
                          (toks[i - 1].kind == T_WORD && (toks[i - 1].flags & F_ABBR) &&
                           toks[i - 1].e == x->t[i].s && x->s[toks[i - 1].e - 1] == '.')) &&
                         (i + 1 >= nt || toks[i + 1].kind == T_PARA ||
                          (toks[i + 1].kind == T_WORD && (toks[i + 1].flags & F_CAP)) ||
                          (toks[i + 1].kind == T_QMARK)))
                    /* round 12: a quotation after a word of its sentence
                     * ("X said that Y energized “…” who “….”") is part of a
                     * report too: "He added, “B.”" after it is no tail */
                    brk = !attribution_follows(x, i + 1,
                                               (g->t0 >= 2 && toks[g->t0 - 1].kind == T_PUNCT &&
                                                (toks[g->t0 - 1].cp == ',' || toks[g->t0 - 1].cp == ':') &&
                                                toks[g->t0 - 2].kind == T_WORD &&
                                                (lx_flags(x->s + toks[g->t0 - 2].s,
                                                          toks[g->t0 - 2].e - toks[g->t0 - 2].s) & LX_CUE)) ||
                                                   (g->t0 >= 1 && toks[g->t0 - 1].kind == T_WORD &&
                                                    toks[g->t0 - 1].sent == sent));
            }
        } else if (t->kind == T_PARA) {
            brk = 1;
        } else if (t->kind == T_WORD && (t->flags & F_ABBR) && t->e - t->s > 2 && i + 1 < nt &&
                   toks[i + 1].kind == T_WORD && (toks[i + 1].flags & F_CAP) &&
                   !(lx_flags(x->s + t->s, t->e - t->s) & LX_TITLE) &&
                   (lx_flags(x->s + toks[i + 1].s, toks[i + 1].e - toks[i + 1].s) & (LX_PRONOUN | LX_FUNC))) {
            /* "at 9 p.m. She says": an abbreviation's period ends the
             * sentence before a capitalised pronoun or function word */
            brk = 1;
        } else if (t->kind == T_WORD && (t->flags & F_ABBR) && t->e - t->s > 2 && i + 1 < nt &&
                   toks[i + 1].kind == T_WORD && (toks[i + 1].flags & F_CAP) && abbr_ends_sentence(x, i)) {
            brk = 1;
        } else if (t->kind == T_WORD && (t->flags & F_ABBR) && t->e - t->s > 2 && i >= 1 && i + 2 < nt &&
                   toks[i - 1].kind == T_PUNCT && toks[i - 1].cp == ',' && toks[i + 1].kind == T_QMARK &&
                   toks[i + 1].q >= 0 && x->r[toks[i + 1].q].t0 == i + 1 && toks[i + 2].kind == T_WORD &&
                   (toks[i + 2].flags & F_CAP) &&
                   !(lx_flags(x->s + t->s, t->e - t->s) & LX_TITLE)) {
            /* "…,” says Ned Rowe, a student from Alden, Calif. “I
             * think …”": a place abbreviation's period ends the sentence
             * before a quotation opening with a capital */
            brk = 1;
        } else if (t->kind == T_PUNCT && is_end_punct(t->cp)) {
            if (i + 1 < nt && toks[i + 1].kind == T_PUNCT && is_end_punct(toks[i + 1].cp)) brk = 0;
            else brk = starts_sentence(x, i + 1);
            /* round 10: "3.5%", "£9.4bn": a period between digits with no
             * space on either side is a decimal point */
            if (brk && t->cp == '.' && i >= 1 && i + 1 < nt && toks[i - 1].e == t->s &&
                toks[i + 1].s == t->e && t->s > 0 && x->s[t->s - 1] >= '0' && x->s[t->s - 1] <= '9' &&
                x->s[t->e] >= '0' && x->s[t->e] <= '9')
                brk = 0;
            /* round 15: a ticker's exchange suffix ("<PAC.N>", "<SWSZ.Z>")
             * is no sentence end */
            if (brk && t->cp == '.' && i >= 1 && i + 2 < nt && toks[i - 1].e == t->s &&
                toks[i + 1].s == t->e && (toks[i - 1].flags & F_ACRO) && toks[i + 1].kind == T_WORD &&
                toks[i + 1].e - toks[i + 1].s <= 2 && toks[i + 2].kind == T_PUNCT && toks[i + 2].cp == '>')
                brk = 0;
            /* a closing mark right after belongs to this sentence */
            if (i + 1 < nt && toks[i + 1].kind == T_QMARK && toks[i + 1].s == t->e &&
                toks[i + 1].q < 0)
                brk = 0;
        } else if (t->kind == T_PUNCT && t->cp == ')' && i >= 2 && i + 1 < nt &&
                   toks[i + 1].kind == T_WORD && (toks[i + 1].flags & F_CAP) &&
                   ((toks[i - 1].kind == T_PUNCT && is_end_punct(toks[i - 1].cp)) ||
                    (toks[i - 1].kind == T_QMARK && toks[i - 1].q >= 0 && x->r[toks[i - 1].q].t1 == i - 1 &&
                     toks[i - 2].kind == T_PUNCT && is_end_punct(toks[i - 2].cp)))) {
            /* round 13: "(She claimed to ''retire.'') Then …": a bracketed
             * sentence ends before a capital */
            brk = 1;
        }
        if (brk) {
            sent++;
            cont[sent] = 0;
            from[sent] = i + 1;
            seen_region = 0;
        }
    }
    x->nsent = sent + 1;
    x->sent_first = arena_alloc(x->a, sizeof(int32_t) * x->nsent);
    x->sent_last = arena_alloc(x->a, sizeof(int32_t) * x->nsent);
    x->sent_base = arena_alloc(x->a, sizeof(int32_t) * x->nsent);
    if (!x->sent_first || !x->sent_last || !x->sent_base) return -1;
    int32_t *const first = x->sent_first, *const last = x->sent_last, *const base = x->sent_base;
    const uint32_t nsent = x->nsent;
    /* Speed round 19: each sentence's first and last token but paragraph
     * ends, from its run's two ends (a pass over every token cost 12
     * instructions a token) */
    from[nsent] = nt;
    for (uint32_t k = 0; k < nsent; k++) {
        int32_t a = from[k], b = from[k + 1] - 1;
        while (a <= b && toks[a].kind == T_PARA) a++;
        while (b >= a && toks[b].kind == T_PARA) b--;
        if (a <= b) first[k] = a, last[k] = b;
        else first[k] = -1, last[k] = -2;
    }
    for (uint32_t k = 0; k < nsent; k++)
        base[k] = k > 0 && cont[k] && base[k - 1] >= 0 ? base[k - 1] : first[k];
    return 0;
}
