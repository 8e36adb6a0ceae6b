#include "tokenize.h"

#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

/* Character classes as the tokenizer sees them. */
enum {
    K_SEP,    /* separates tokens */
    K_LETTER, /* L* */
    K_DIGIT,  /* Nd */
    K_NUM,    /* Nl, No: part of a word, but not a digit for "3.5" */
    K_MARK,   /* M*: part of a word, folded away */
    K_APOS,   /* ' U+2019 U+02BC: kept only between two letters */
    K_DOT,    /* . , : kept only between two digits */
    K_CJK,    /* Han, kana, Hangul syllables: one token each */
    K_IGNORE  /* soft hyphen, ZWJ, ZWNJ, word joiner, BOM: skipped inside a word */
};

/* ASCII classes, so that the hot path is one table load per byte. */
#define S K_SEP
#define L K_LETTER
#define D K_DIGIT
#define A K_APOS
#define P K_DOT
static const unsigned char ascii_class[128] = {
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, S, S, S, S, S, S, A, S, S, S, S, P, S, P, S,
    D, D, D, D, D, D, D, D, D, D, S, S, S, S, S, S,
    S, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, S, S, S, S, S,
    S, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, S, S, S, S, S,
};
#undef S
#undef L
#undef D
#undef A
#undef P

/* A byte's folded form when it is an ASCII letter or digit, else 0. */
static const unsigned char ascii_fold[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
};

static inline unsigned char ascii_lower(unsigned char c)
{
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static int is_kana_hangul(uint32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30FF) ||  /* Hiragana, Katakana */
           (cp >= 0x31F0 && cp <= 0x31FF) ||  /* Katakana phonetic ext. */
           (cp >= 0xFF66 && cp <= 0xFF9F) ||  /* halfwidth Katakana */
           (cp >= 0xAC00 && cp <= 0xD7A3);    /* Hangul syllables */
}

static int is_han(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x323AF);
}

static int cp_class(uint32_t cp)
{
    if (cp < 0x80) return ascii_class[cp];
    if (cp >= 0x0410 && cp <= 0x044F) return K_LETTER; /* А-я, common */
    switch (cp) {
    case 0x2019: case 0x02BC:
        return K_APOS;
    case 0x00AD: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return K_IGNORE;
    }
    if (cp >= 0x3040 && (is_han(cp) || is_kana_hangul(cp))) return K_CJK;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return K_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return K_MARK;
    case UTF8PROC_CATEGORY_ND:
        return K_DIGIT;
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return K_NUM;
    default:
        return K_SEP;
    }
}

/*
 * Decodes the character at s[*i] (< n); two-byte sequences (Latin, Greek,
 * Cyrillic, Hebrew, Arabic) are decoded inline, the rest by utf8_next.
 */
static inline uint32_t next_cp(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s + *i;
    if (u[0] >= 0xC2 && u[0] < 0xE0 && *i + 1 < n && (u[1] & 0xC0) == 0x80) {
        *i += 2;
        return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    }
    return utf8_next(s, n, i);
}

/* Class of the character at s[i] (K_SEP past the end). */
static int class_at(const char *s, size_t n, size_t i)
{
    if (i >= n) return K_SEP;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return ascii_class[c];
    return cp_class(next_cp(s, n, &i));
}

/*
 * The folded bytes of a token go to dst, which has room for cap bytes.
 * `total` counts every folded byte; writing stops at the first piece that
 * does not fit (full), so dst always holds whole code points and wlen says
 * how many bytes it holds.
 */
typedef struct {
    char *dst;
    size_t cap, total, wlen;
    int full;
} sink;

static void sink_put(sink *k, const char *p, size_t len)
{
    if (!k->full) {
        if (k->total + len <= k->cap) memcpy(k->dst + k->total, p, len);
        else { k->full = 1; k->wlen = k->total; }
    }
    k->total += len;
}

static __attribute__((noinline)) void fold_cp(sink *k, uint32_t cp)
{
    char e[4];
    /*
     * Kana and Hangul have no case; canonical decomposition would only strip
     * the voicing marks of kana (が -> か) and split syllables into jamo.
     */
    if (is_kana_hangul(cp)) {
        sink_put(k, e, (size_t)utf8_encode(cp, e));
        return;
    }
    /*
     * Й, Ї and Ў are letters of their own in Russian, Ukrainian and
     * Belarusian, not a И/І/У with an accent: only their case is folded.
     * Basic Cyrillic (А-я, with Й) folds by an offset; its other letters
     * have no decomposition.  (Ё still goes to Е, the usual variant.)
     */
    if (cp >= 0x0410 && cp <= 0x044F) {
        if (cp < 0x0430) cp += 0x20;
        sink_put(k, e, (size_t)utf8_encode(cp, e));
        return;
    }
    if (cp == 0x0407 || cp == 0x040E || cp == 0x0457 || cp == 0x045E) {
        if (cp < 0x0450) cp += 0x50;
        sink_put(k, e, (size_t)utf8_encode(cp, e));
        return;
    }
    utf8proc_int32_t d[32];
    int boundclass = 0;
    utf8proc_ssize_t r = utf8proc_decompose_char(
        (utf8proc_int32_t)cp, d, 32,
        UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &boundclass);
    if (r < 0 || r > 32) { /* cannot happen for valid code points */
        sink_put(k, e, (size_t)utf8_encode(cp, e));
        return;
    }
    for (utf8proc_ssize_t j = 0; j < r; j++) {
        uint32_t c = (uint32_t)d[j];
        if (c < 0x80) {
            char b = (char)ascii_lower((unsigned char)c);
            sink_put(k, &b, 1);
        } else {
            sink_put(k, e, (size_t)utf8_encode(c, e));
        }
    }
}

static int continues_word(int k)
{
    return k == K_LETTER || k == K_DIGIT || k == K_NUM || k == K_MARK;
}

/*
 * Scans the token whose first character (a word character) is at s[i],
 * folding it into k; returns the index after it and sets *end to the end of
 * its last character (trailing ignorables are not part of the span).
 */
static inline __attribute__((always_inline)) size_t scan_token(const char *s, size_t n, size_t i, sink *k, size_t *end)
{
    int prev = K_SEP;
    size_t j = i;
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {
        uint32_t cp = next_cp(s, n, &j);
        if (cp_class(cp) == K_CJK) {
            fold_cp(k, cp);
            *end = j;
            return j;
        }
    }
    *end = i;
    while (i < n) {
        c = (unsigned char)s[i];
        int cls;
        uint32_t cp = 0;
        if (c < 0x80) {
            cls = ascii_class[c];
            if (cls == K_LETTER || cls == K_DIGIT) {
                /* The hot path: a run of plain ASCII letters and digits,
                 * with the sink's state in locals (stores through k and
                 * end each byte cost a third of the tokenizer), one table
                 * load a byte for both the test and the folding, and the
                 * bytes past cap (rare) counted in a loop of their own. */
                const unsigned char *u = (const unsigned char *)s;
                size_t t = k->total, cap = k->cap;
                char *dst = k->dst;
                unsigned char f = ascii_fold[c];
                for (;;) {
                    if (t < cap) {
                        dst[t++] = (char)f;
                    } else {
                        t++;
                    }
                    if (++i >= n) break;
                    f = ascii_fold[u[i]];
                    if (!f) break;
                }
                prev = ascii_class[u[i - 1]];
                /* total > cap means a byte did not fit: the first one that
                 * did not was at cap (or the sink was full already) */
                if (t > cap && !k->full) {
                    k->full = 1;
                    k->wlen = k->total > cap ? k->total : cap;
                }
                k->total = t;
                *end = i;
                continue;
            }
            j = i + 1;
        } else {
            j = i;
            cp = next_cp(s, n, &j);
            cls = cp_class(cp);
        }
        switch (cls) {
        case K_LETTER: case K_DIGIT: case K_NUM:
            fold_cp(k, cp);
            prev = cls;
            *end = i = j;
            continue;
        case K_MARK:
            fold_cp(k, cp);
            if (prev == K_SEP) prev = K_LETTER;
            *end = i = j;
            continue;
        case K_IGNORE:
            i = j;
            continue;
        case K_APOS:
            if (prev != K_LETTER || class_at(s, n, j) != K_LETTER) return i;
            /* A final possessive "'s" ends the token and is dropped. */
            if ((s[j] == 's' || s[j] == 'S') && !continues_word(class_at(s, n, j + 1))) {
                *end = j + 1;
                return j + 1;
            }
            sink_put(k, "'", 1);
            i = j;
            continue;
        case K_DOT:
            if (prev != K_DIGIT || class_at(s, n, j) != K_DIGIT) return i;
            sink_put(k, (const char *)&c, 1);
            i = j;
            continue;
        default: /* K_SEP, K_CJK */
            return i;
        }
    }
    return i;
}

/* Skips separators from s[i]; returns the index of the next word character
 * (n if none). */
static size_t skip_separators(const char *s, size_t n, size_t i)
{
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            int cls = ascii_class[c];
            if (cls == K_LETTER || cls == K_DIGIT) return i;
            i++;
            continue;
        }
        size_t j = i;
        int cls = cp_class(next_cp(s, n, &j));
        if (continues_word(cls) || cls == K_CJK) return i;
        i = j;
    }
    return n;
}

void tokenizer_init(tokenizer *t, const char *s, size_t n)
{
    t->s = s;
    t->n = s ? n : 0;
    t->i = 0;
    t->pos = 0;
}

int tokenizer_next_general(tokenizer *t, token *out, char *text)
{
    const char *s = t->s;
    size_t n = t->n, i = t->i;
    for (;;) {
        i = skip_separators(s, n, i);
        if (i >= n) {
            t->i = n;
            return 0;
        }
        sink k = {text, TOKEN_MAX, 0, 0, 0};
        size_t start = i, end;
        i = scan_token(s, n, i, &k, &end);
        if (k.total == 0) continue; /* only combining marks: no token */
        uint32_t pos = t->pos++;
        if (k.total > TOKEN_MAX) continue; /* too long: skipped, position kept */
        text[k.total] = 0;
        out->len = (uint32_t)k.total;
        out->start = (uint32_t)start;
        out->end = (uint32_t)end;
        out->pos = pos;
        t->i = i;
        return 1;
    }
}

/* How the inline fast path (tokenize.h) sees a byte. */
#define W TOKENIZE_FB_WORD
#define A TOKENIZE_FB_APOS
#define P TOKENIZE_FB_DOT
#define H TOKENIZE_FB_HIGH, TOKENIZE_FB_HIGH, TOKENIZE_FB_HIGH, TOKENIZE_FB_HIGH, \
          TOKENIZE_FB_HIGH, TOKENIZE_FB_HIGH, TOKENIZE_FB_HIGH, TOKENIZE_FB_HIGH
const unsigned char tokenize_fast_kind[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, A, 0, 0, 0, 0, P, 0, P, 0,
    W, W, W, W, W, W, W, W, W, W, 0, 0, 0, 0, 0, 0,
    0, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    W, W, W, W, W, W, W, W, W, W, W, 0, 0, 0, 0, 0,
    0, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,
    W, W, W, W, W, W, W, W, W, W, W, 0, 0, 0, 0, 0,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
};
#undef W
#undef A
#undef P
#undef H

/*
 * The token at t->i when it is ASCII letters and digits joined by an
 * apostrophe between two letters (U+0027 or U+2019: "don't", "O’Brien",
 * the possessive "Russia's" dropped) or a '.' or ',' between two digits
 * ("3.5", "2,000"): the tokens the inline fast path leaves most often
 * (160 K of 6 M on real.jsonl), here without the general path's class
 * dispatch per character.  Returns -1, having changed nothing but text,
 * for anything else (a non-ASCII character in or right after it, a token
 * over TOKEN_MAX), which the general path then takes.
 */
static int next_ascii_joined(tokenizer *t, token *out, char *text)
{
    const unsigned char *u = (const unsigned char *)t->s;
    const unsigned char *kind = tokenize_fast_kind;
    size_t n = t->n, i = t->i, start = i, end, len = 0;
    if (i >= n || kind[u[i]] != TOKENIZE_FB_WORD) return -1;
    for (;;) {
        while (i < n && kind[u[i]] == TOKENIZE_FB_WORD) {
            if (len == TOKEN_MAX) return -1;
            text[len++] = (char)(u[i++] | 0x20);
        }
        end = i;
        if (i >= n) break;
        unsigned char c = u[i], prev = u[i - 1];
        size_t w = 1; /* the joining character's bytes */
        int k = kind[c];
        if (c == 0xE2 && n - i >= 3 && u[i + 1] == 0x80 && u[i + 2] == 0x99) {
            k = TOKENIZE_FB_APOS; /* U+2019 */
            w = 3;
        }
        if (k == TOKENIZE_FB_SEP) break;
        if (k == TOKENIZE_FB_HIGH) return -1;
        if (k == TOKENIZE_FB_APOS) {
            if (!tokenize_ascii_alpha_(prev) || i + w >= n) break;
            unsigned char next = u[i + w];
            if (next >= 0x80) return -1; /* a letter, maybe */
            if (!tokenize_ascii_alpha_(next)) break;
            if ((next | 0x20) == 's') {
                /* "'s" then no word character: a possessive, dropped but
                 * inside the span */
                if (i + w + 1 >= n) {
                    end = i + w + 1;
                    break;
                }
                unsigned char after = u[i + w + 1];
                if (after >= 0x80) return -1;
                if (kind[after] != TOKENIZE_FB_WORD) {
                    end = i + w + 1;
                    break;
                }
            }
            if (len == TOKEN_MAX) return -1;
            text[len++] = '\'';
        } else { /* TOKENIZE_FB_DOT */
            if (!tokenize_ascii_digit_(prev) || i + 1 >= n) break;
            unsigned char next = u[i + 1];
            if (next >= 0x80) return -1; /* a digit, maybe */
            if (!tokenize_ascii_digit_(next)) break;
            if (len == TOKEN_MAX) return -1;
            text[len++] = (char)c;
        }
        i += w;
    }
    text[len] = 0;
    out->len = (uint32_t)len;
    out->start = (uint32_t)start;
    out->end = (uint32_t)end;
    out->pos = t->pos++;
    t->i = end;
    return 1;
}

int tokenizer_next_slow(tokenizer *t, token *out, char *text)
{
    int r = next_ascii_joined(t, out, text);
    return r >= 0 ? r : tokenizer_next_general(t, out, text);
}

size_t token_fold(const char *s, size_t n, char *out, size_t cap)
{
    out[0] = 0;
    if (!s) return 0;
    size_t i = 0;
    for (;;) {
        i = skip_separators(s, n, i);
        if (i >= n) return 0;
        sink k = {out, cap, 0, 0, 0};
        size_t end;
        i = scan_token(s, n, i, &k, &end);
        if (k.total == 0) continue;
        size_t len = k.full ? k.wlen : k.total;
        out[len] = 0;
        return len;
    }
}
