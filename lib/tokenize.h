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
 *  - A '.' or ',' between two digits stays inside the token ("3.5", "2,000").
 *  - Hyphens split ("Biden-Putin" -> "biden", "putin").
 *  - Han, Hiragana, Katakana and Hangul syllables are one token per character.
 *  - Folding: Unicode case folding, then canonical decomposition with the
 *    combining marks removed ("José" -> "jose", "Müller" -> "muller",
 *    "ЁЛКА" -> "елка").  ASCII takes a fast path without utf8proc.
 *  - A token whose folded form exceeds TOKEN_MAX bytes is skipped but still
 *    takes a position, so phrases across it do not match falsely.
 *  - Positions count tokens from 0 and are consecutive.
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

/*
 * Folds one word (a query term) the way the tokenizer would fold it, writing
 * at most cap bytes plus NUL to out; returns the length.  Intended for text
 * that is a single token; callers that may get several use tokenizer_next.
 */
size_t token_fold(const char *s, size_t n, char *out, size_t cap);

#endif
