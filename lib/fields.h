/*
 * The indexed fields.  A term in the index is stored as one field byte
 * followed by the folded token, so each field has its own postings and its
 * own length per document (BM25 normalises per field).
 *
 * Two kinds of document share a segment: articles (title, body and the
 * entity fields person/org/place/entity) and quotes, searchable units of
 * their own linked to their article (quote: the quoted words; speaker: the
 * names and aliases of the canonical speaker).
 */
#ifndef MORGUE_FIELDS_H
#define MORGUE_FIELDS_H

enum {
    FIELD_TITLE = 0,
    FIELD_BODY = 1,
    FIELD_QUOTE = 2,
    FIELD_SPEAKER = 3,
    FIELD_PERSON = 4,
    FIELD_ORG = 5,
    FIELD_PLACE = 6,
    FIELD_ENTITY = 7,
    FIELD_COUNT = 8
};

/* Bit masks used by queries. */
#define FIELD_BIT(f) (1u << (f))
#define FIELDS_DEFAULT (FIELD_BIT(FIELD_TITLE) | FIELD_BIT(FIELD_BODY))
#define FIELDS_QUOTE_UNIT (FIELD_BIT(FIELD_QUOTE) | FIELD_BIT(FIELD_SPEAKER))

/* The byte that prefixes a term of field f in the dictionary ('0' + f keeps
 * dumps readable). */
#define FIELD_TERM_PREFIX(f) ((char)('0' + (f)))

/* The second byte of a whole-name term: field byte, this mark, then an
 * entity's name exactly as the extraction gave it (person, org, place and
 * entity hold one per name an article mentions, speaker one per resolved
 * quote).  Facets count names from these terms' postings.  Tokens never
 * hold a control character, so no query word reaches them, and they sort
 * before every word of their field. */
#define FIELD_NAME_MARK '\x1f'

/* BM25 weight of a match in each field (title matches count double). */
static const double field_weight[FIELD_COUNT] = {2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
static const char *const field_name[FIELD_COUNT] = {"title", "body",   "quote", "speaker",
                                                    "person", "org", "place", "entity"};

/* Kinds of document. */
enum { DOC_ARTICLE = 0, DOC_QUOTE = 1 };

#endif
