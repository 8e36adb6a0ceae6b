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
int tokenizer_next(tokenizer *t, token *out);

/* The same with the folded form (NUL-terminated) written to text, which
 * has room for TOKEN_MAX + 1 bytes, instead of out->text: for a caller that
 * keeps the token, without a copy. */
int tokenizer_next_to(tokenizer *t, token *out, char *text);

/*
 * Folds one word (a query term) the way the tokenizer would fold it, writing
 * at most cap bytes plus NUL to out; returns the length.  Intended for text
 * that is a single token; callers that may get several use tokenizer_next.
 * It yields the first token of s (0 and "" if there is none), cut at the
 * last whole code point that fits in cap, without the TOKEN_MAX limit.
 */
size_t token_fold(const char *s, size_t n, char *out, size_t cap);

#endif
