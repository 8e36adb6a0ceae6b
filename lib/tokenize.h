/*
 * The one tokenizer, used for indexing, for queries and for snippets, so that
 * a word is found the way it was written.
 *
 * Rules (docs/ARCHITECTURE.md, "Text analysis"):
 *  - A token is a run of letters, digits and combining marks (Unicode general
 *    categories L*, N*, M*).  Everything else separates tokens, including
 *    punctuation, symbols and emoji.
 *  - An apostrophe (U+0027, U+2019, U+02BC) between two letters stays inside
 *    the token, normalised to U+0027 ("o'brien", "don't"); a final possessive
 *    "'s" is dropped ("Russia’s" -> "russia").
 *    The span of "Russia’s" still covers the "’s".  An apostrophe next to
 *    anything else separates: "rock ’n’ roll" -> "rock", "n", "roll";
 *    "players’" -> "players"; "1990’s" -> "1990", "s".
 *  - A '.' or ',' between two digits (Nd) stays inside the token ("3.5",
 *    "2,000").
 *  - Hyphens split ("Biden-Putin" -> "biden", "putin").
 *  - Han, Hiragana, Katakana and Hangul syllables are one token per character
 *    (also when next to other letters: "東京abc" -> "東", "京", "abc").
 *  - Soft hyphen, ZWJ, ZWNJ, word joiner and U+FEFF inside a word are skipped
 *    without splitting it ("infor\u00ADmation" -> "information").
 *  - Folding: Unicode case folding, then canonical decomposition with the
 *    combining marks removed ("José" -> "jose", "Müller" -> "muller",
 *    "ЁЛКА" -> "елка").  ASCII takes a fast path without utf8proc.
 *    Exceptions: Й, Ї, Ў keep their marks (letters of their own: "юрий");
 *    kana and Hangul syllables are kept as written (decomposition would turn
 *    が into か and split syllables into jamo).  Ł, Ø, Đ have no
 *    decomposition and stay ("łukasz").  A run of only combining marks
 *    folds to nothing and makes no token (and takes no position).
 *  - A token whose folded form exceeds TOKEN_MAX bytes is skipped but still
 *    takes a position, so phrases across it do not match falsely.
 *  - Positions count tokens from 0 and are consecutive.
 * Byte offsets are 32-bit: texts are taken to be under 4 GiB.
 */
#ifndef MORGUE_TOKENIZE_H
#define MORGUE_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

enum { TOKEN_MAX = 64 };

typedef struct {
    char text[TOKEN_MAX + 8]; /* folded form, NUL-terminated */
    uint32_t len;              /* bytes in text */
    uint32_t start, end;       /* byte span of the original in the source */
    uint32_t pos;              /* token position */
} token;

typedef struct {
    const char *s;
    size_t n, i;
    uint32_t pos;
} tokenizer;

/* Starts tokenizing s[0..n), which must be valid UTF-8. */
void tokenizer_init(tokenizer *t, const char *s, size_t n);

/* Fills *out with the next token; returns 0 at the end of the text. */
static inline int tokenizer_next(tokenizer *t, token *out);

/* The same with the folded form (NUL-terminated) written to text, which
 * has room for TOKEN_MAX + 1 bytes, instead of out->text: for a caller that
 * keeps the token, without a copy. */
static inline int tokenizer_next_to(tokenizer *t, token *out, char *text);

/*
 * tokenizer_next_to by the general path alone, which handles any text from
 * t->i.  The two above are inline: a fast path for plain ASCII words, and
 * tokenizer_next_slow for every token it does not finish itself, which
 * first tries ASCII words joined by apostrophes, dots and commas, then
 * this.  (Callers use the inline ones; the tests compare them with this.)
 */
int tokenizer_next_general(tokenizer *t, token *out, char *text);
int tokenizer_next_slow(tokenizer *t, token *out, char *text);

/* ---- the inline fast path ----
 * Most tokens are ASCII letters and digits between ASCII separators.  They
 * are found here, 16 bytes at a time with SSE2, in the caller's loop: the
 * general path's per-byte class dispatch made tokenizing 12% of indexing
 * real.jsonl's instructions, and a call per token (register saves,
 * constant loads) was another 1%.  Any other token is left to the general
 * path from its first byte, which then decides it as if it had started
 * there. */

/* How the fast path sees a byte (table in tokenize.c): FB_SEP separates in
 * any context (an ASCII byte that is none of the others), FB_WORD is an
 * ASCII letter or digit, FB_APOS and FB_DOT ("'" and ". ,") separate
 * unless between two letters or two digits, FB_HIGH starts a non-ASCII
 * character. */
enum { TOKENIZE_FB_SEP, TOKENIZE_FB_WORD, TOKENIZE_FB_APOS, TOKENIZE_FB_DOT, TOKENIZE_FB_HIGH };
extern const unsigned char tokenize_fast_kind[256];

static inline int tokenize_ascii_alpha_(unsigned char c) { return (unsigned char)((c | 0x20) - 'a') < 26; }
static inline int tokenize_ascii_digit_(unsigned char c) { return (unsigned char)(c - '0') < 10; }

/*
 * Whether the token of ASCII letters and digits that runs up to u[e] ends
 * there for certain (as the general path would end it), looking at the
 * bytes from e.  An apostrophe after a letter or a '.' / ',' after a digit
 * ends it unless a letter (digit) or a non-ASCII character follows; a
 * non-ASCII byte ends it when it starts one of the separators that follow
 * words in news text (curly double quotes, dashes, the ellipsis, a no-break
 * space).  Anything else is left to the general path.
 */
static inline int tokenize_fast_ends_(const unsigned char *u, size_t n, size_t e)
{
    if (e >= n) return 1;
    switch (tokenize_fast_kind[u[e]]) {
    case TOKENIZE_FB_SEP:
        return 1;
    case TOKENIZE_FB_APOS:
        return !tokenize_ascii_alpha_(u[e - 1]) || e + 1 >= n ||
               (!tokenize_ascii_alpha_(u[e + 1]) && u[e + 1] < 0x80);
    case TOKENIZE_FB_DOT:
        return !tokenize_ascii_digit_(u[e - 1]) || e + 1 >= n ||
               (!tokenize_ascii_digit_(u[e + 1]) && u[e + 1] < 0x80);
    case TOKENIZE_FB_HIGH:
        if (u[e] == 0xC2) return e + 1 < n && u[e + 1] == 0xA0; /* U+00A0 */
        /* U+2013 U+2014 U+2018 U+201C U+201D U+2026 (not U+2019, an
         * apostrophe) */
        if (u[e] != 0xE2 || n - e < 3 || u[e + 1] != 0x80) return 0;
        switch (u[e + 2]) {
        case 0x93: case 0x94: case 0x98: case 0x9C: case 0x9D: case 0xA6:
            return 1;
        }
        return 0;
    default:
        return 0;
    }
}

#if defined(__SSE2__)
/* A bit per ASCII letter or digit of v.  A range test is one signed
 * compare: x is in [lo, lo + k) when x + 0x80 - lo, as a signed byte, is
 * below k - 0x80 (a letter is tested with 0x20 set, as folded). */
static inline unsigned tokenize_word_mask_(__m128i v)
{
    __m128i lx = _mm_or_si128(v, _mm_set1_epi8(0x20));
    __m128i al = _mm_cmplt_epi8(_mm_add_epi8(lx, _mm_set1_epi8((char)(0x80 - 'a'))), _mm_set1_epi8(26 - 0x80));
    __m128i dg = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8(10 - 0x80));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(al, dg));
}
#endif

/*
 * Folds the run of ASCII letters and digits at u[i] into text (writing at
 * most TOKEN_MAX bytes): returns the run's length, or TOKEN_MAX + 1 when it
 * is longer than TOKEN_MAX.
 */
static inline size_t tokenize_fast_run_(const unsigned char *u, size_t n, size_t i, char *text)
{
    size_t len = 0;
#if defined(__SSE2__)
    /* 16 bytes at a time while the text has them and text has room: a
     * letter or digit is folded by setting 0x20 */
    while (n - i >= 16 && len + 16 <= TOKEN_MAX) {
        __m128i v = _mm_loadu_si128((const __m128i *)(u + i));
        _mm_storeu_si128((__m128i *)(text + len), _mm_or_si128(v, _mm_set1_epi8(0x20)));
        unsigned run = (unsigned)__builtin_ctz(~tokenize_word_mask_(v));
        len += run;
        i += run;
        if (run < 16) return len;
    }
#endif
    for (; i < n && tokenize_fast_kind[u[i]] == TOKENIZE_FB_WORD; i++, len++) {
        if (len == TOKEN_MAX) return TOKEN_MAX + 1;
        text[len] = (char)(u[i] | 0x20);
    }
    return len;
}

/* Gives the token u[i..i + len) found by the fast path, its folded form
 * (len bytes) already in text. */
static inline int tokenize_fast_found_(tokenizer *t, token *out, char *text, size_t i, size_t len)
{
    text[len] = 0;
    out->len = (uint32_t)len;
    out->start = (uint32_t)i;
    out->end = (uint32_t)(i + len);
    out->pos = t->pos++;
    t->i = i + len;
    return 1;
}

static inline int tokenizer_next_to(tokenizer *t, token *out, char *text)
{
    const unsigned char *u = (const unsigned char *)t->s;
    size_t n = t->n, i = t->i, len;
#if defined(__SSE2__)
    /* Most often the separators before the token and the whole token are
     * in the 16 bytes from i: one load finds both. */
    if (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(u + i));
        unsigned word = tokenize_word_mask_(v), high = (unsigned)_mm_movemask_epi8(v);
        if (word | high) {
            unsigned s = (unsigned)__builtin_ctz(word | high);
            len = (unsigned)__builtin_ctz(~(word >> s));
            /* a word byte first, its run ending inside the 16, and 16 bytes
             * from its start to fold at once */
            if (len && s + len < 16 && n - i - s >= 16) {
                i += s;
                _mm_storeu_si128((__m128i *)text,
                                 _mm_or_si128(_mm_loadu_si128((const __m128i *)(u + i)), _mm_set1_epi8(0x20)));
                if (tokenize_fast_ends_(u, n, i + len)) return tokenize_fast_found_(t, out, text, i, len);
                t->i = i;
                return tokenizer_next_slow(t, out, text);
            }
        }
    }
#endif
    int k;
    for (;;) {
        if (i >= n) {
            t->i = n;
            return 0;
        }
        k = tokenize_fast_kind[u[i]];
        if (k == TOKENIZE_FB_WORD || k == TOKENIZE_FB_HIGH) break;
        i++;
    }
    t->i = i;
    if (k != TOKENIZE_FB_WORD) return tokenizer_next_slow(t, out, text);
    len = tokenize_fast_run_(u, n, i, text);
    if (len > TOKEN_MAX || !tokenize_fast_ends_(u, n, i + len)) return tokenizer_next_slow(t, out, text);
    return tokenize_fast_found_(t, out, text, i, len);
}

static inline int tokenizer_next(tokenizer *t, token *out) { return tokenizer_next_to(t, out, out->text); }

/*
 * Folds one word (a query term) the way the tokenizer would fold it, writing
 * at most cap bytes plus NUL to out; returns the length.  Intended for text
 * that is a single token; callers that may get several use tokenizer_next.
 * It yields the first token of s (0 and "" if there is none), cut at the
 * last whole code point that fits in cap, without the TOKEN_MAX limit.
 */
size_t token_fold(const char *s, size_t n, char *out, size_t cap);

#endif
