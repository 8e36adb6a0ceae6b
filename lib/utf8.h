/*
 * UTF-8 validation and repair.  Input text from archives is untrusted: every
 * article is passed through utf8_sanitize before analysis so that the rest of
 * the pipeline can assume well-formed UTF-8.
 */
#ifndef MORGUE_UTF8_H
#define MORGUE_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include "buf.h"

/* True when s[0..n) is valid UTF-8 (no overlongs, surrogates or > U+10FFFF). */
int utf8_valid(const char *s, size_t n);

/*
 * Appends s[0..n) to out with every invalid byte sequence replaced by U+FFFD
 * and NUL bytes dropped; returns the number of replacements made (dropped
 * NULs are not counted).  Each maximal ill-formed subpart is one U+FFFD, as
 * Unicode recommends: "\xE2\x82" (a cut-off euro sign) is one, "\xED\xA0\x80"
 * (a surrogate) three.
 */
size_t utf8_sanitize(buf *out, const char *s, size_t n);

/*
 * Decodes one code point at s[*i] (i < n) and advances *i.  The text should
 * be valid UTF-8 (sanitized); on a malformed byte returns U+FFFD and advances
 * 1.  Never reads at or past s[n].
 */
uint32_t utf8_next(const char *s, size_t n, size_t *i);

/* Encodes cp into out (4 bytes of room); returns the length.  Surrogates
 * and values above U+10FFFF are encoded as U+FFFD. */
int utf8_encode(uint32_t cp, char *out);

#endif
