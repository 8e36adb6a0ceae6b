/*
 * The indexed fields of an article.  A term in the index is stored as one
 * field byte followed by the folded token, so each field has its own postings
 * and its own length per document (BM25 normalises per field).
 */
#ifndef MORGUE_FIELDS_H
#define MORGUE_FIELDS_H

enum {
    FIELD_TITLE = 0,
    FIELD_BODY = 1,
    FIELD_COUNT = 2
};

/* Bit masks used by queries. */
#define FIELD_BIT(f) (1u << (f))
#define FIELDS_DEFAULT (FIELD_BIT(FIELD_TITLE) | FIELD_BIT(FIELD_BODY))

/* The byte that prefixes a term of field f in the dictionary ('0' + f keeps
 * dumps readable). */
#define FIELD_TERM_PREFIX(f) ((char)('0' + (f)))

/* BM25 weight of a match in each field (title matches count double). */
static const double field_weight[FIELD_COUNT] = {2.0, 1.0};
static const char *const field_name[FIELD_COUNT] = {"title", "body"};

#endif
