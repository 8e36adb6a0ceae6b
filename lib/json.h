/*
 * A small JSON reader for article objects and a JSON string writer.
 *
 * The reader is a bounded, non-recursive-explosion parser over untrusted
 * bytes: nesting is capped (JSON_MAX_DEPTH), every read is bounds-checked,
 * and errors report the byte offset.  It parses one value (normally an
 * object) and gives the caller each top-level member whose value is a string,
 * number, bool or null, as decoded UTF-8 (escapes resolved, \u surrogate
 * pairs joined, invalid escapes rejected).  Top-level members whose values are
 * arrays of strings are delivered once per element (e.g. "authors").  Deeper
 * structures are validated and skipped.
 *
 * Lenient on purpose, for messy archives: raw control characters and
 * invalid UTF-8 inside strings are passed through as they are (text is
 * sanitized later), and a leading UTF-8 BOM is skipped.  Everything else
 * follows RFC 8259: numbers are checked against the grammar (no leading
 * zeros, "+1", ".5", NaN), literals are exact, nothing may follow the
 * object.  A lone surrogate escape becomes U+FFFD.
 */
#ifndef MORGUE_JSON_H
#define MORGUE_JSON_H

#include <stddef.h>
#include "arena.h"
#include "buf.h"

enum { JSON_MAX_DEPTH = 64 };

typedef enum { JSON_STRING, JSON_NUMBER, JSON_TRUE, JSON_FALSE, JSON_NULL } json_kind;

/*
 * Called for each top-level member with a scalar value (or each string in a
 * top-level array value).  key/value are NUL-terminated, owned by the arena
 * given to json_parse_object (valid until the arena is reset).  `index` is
 * the element index within an array value, or -1 for a plain member.
 * Numbers come as their source text ("-1.5e+3"), literals as "true",
 * "false", "null"; a value may hold NULs from \u0000 (use value_len).  In
 * an array only the string elements are delivered, with their own index
 * (["a", 1, "b"] gives 0 and 2).  Repeated keys are delivered each time.
 */
typedef void (*json_member_fn)(void *ctx, const char *key, size_t key_len,
                               json_kind kind, const char *value,
                               size_t value_len, int index);

/*
 * Parses s[0..n) as exactly one JSON object (whitespace around it allowed).
 * Returns 0 on success; on error returns -1 and, if errpos/errmsg are not
 * NULL, the byte offset of the error and a static description.
 */
int json_parse_object(const char *s, size_t n, arena *a, json_member_fn fn,
                      void *ctx, size_t *errpos, const char **errmsg);

/*
 * Decodes the JSON string literal whose opening quote is at *pos (bytes up
 * to end), appending the decoded UTF-8 to out (not NUL-terminated; out may
 * be NULL to skip the string) and moving *pos past the closing quote.  The
 * same rules as json_parse_object's strings.  Returns 0, or -1 when there is
 * no string at *pos, it is unterminated or has an invalid escape, or memory
 * runs out (*pos is then left as it was).  For readers of nested JSON that
 * json_parse_object does not deliver (the evaluation programs' gold files).
 */
int json_read_string(const char **pos, const char *end, buf *out);

/* Appends s[0..n) as a JSON string literal with quotes, escaping as needed
 * (", \, control characters); invalid UTF-8 bytes become U+FFFD, so the
 * output is always valid JSON. */
void json_put_string(buf *out, const char *s, size_t n);

#endif
