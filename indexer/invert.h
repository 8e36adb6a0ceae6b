/*
 * The inverter: turns analysed articles into in-memory postings for one
 * segment, then writes them sorted through a segment writer.  Postings are
 * appended to per-term varint streams (no allocation per posting); the
 * memory in use is tracked so the index writer can flush at its budget.
 */
#ifndef MORGUE_INVERT_H
#define MORGUE_INVERT_H

#include <stddef.h>
#include <stdint.h>
#include "arena.h"
#include "segment.h"

typedef struct inverter inverter;

inverter *inverter_new(void);
void inverter_free(inverter *inv);
/* Empties the inverter and gives back the memory it keeps for reuse (entry
 * array, grown hash table, term strings): before merging, which has a
 * budget of its own. */
void inverter_trim(inverter *inv);

/* One field of a document, tokenized once so that several stages (the
 * inverter, duplicate fingerprints) share the work.  key[i] is token i as a
 * term (field byte + folded token, key_len[i] bytes), hash[i] its hash,
 * pos[i] its position; end_pos counts positions including skipped tokens.
 * start[i] is the byte offset of token i in the text (inverter_tokenize
 * only; NULL for names), which places a quote's words among the body's
 * positions. */
typedef struct {
    int field;
    uint32_t n, end_pos;
    const char **key;
    uint8_t *key_len;
    uint32_t *pos;
    uint32_t *start;
    uint64_t *hash;
} field_tokens;

/* Tokenizes text (NULL or len 0: no tokens) as field `field` into *out,
 * allocated in arena a; nothing in *out points into text.  Pure: may run
 * on any thread with its own arena.  0, or -1 when memory runs out. */
int inverter_tokenize(int field, const char *text, size_t len, arena *a, field_tokens *out);

/* The body positions of the words in bytes [from, to) of the text t was
 * tokenized from (inverter_tokenize): *lo is the position of the first
 * token starting at or after `from`, *hi one past the last token starting
 * before `to`.  Returns 0 when the range holds no token. */
int inverter_token_range(const field_tokens *t, uint32_t from, uint32_t to, uint32_t *lo, uint32_t *hi);

/* Tokenizes n names as one field: like inverter_tokenize of the names
 * joined, but with a position left empty between two names, so that no
 * phrase matches across them (person:"roche co" matched the end of one name
 * and the start of the next).  0, or -1 when memory runs out. */
int inverter_tokenize_names(int field, const char *const *names, size_t n, arena *a, field_tokens *out);

/* Appends to *t (field `field`, already tokenized or empty) one whole-name
 * term per name: field byte, FIELD_NAME_MARK, the name's bytes (empty names
 * and names over 250 bytes are skipped).  Their positions follow the
 * field's words and t->end_pos stays the field's length in words, so
 * ranking and phrases see only the words.  The arrays are reallocated in
 * arena a.  0, or -1 when memory runs out. */
int inverter_add_names(int field, const char *const *names, size_t n, arena *a, field_tokens *t);

/* Records the tokens of the next document of `kind` (DOC_ARTICLE or
 * DOC_QUOTE): tok[f] holds field f (n = 0 for an absent field and for every
 * field of the other kind, field_doc_kind; tok[f].field is not consulted).
 * Articles are numbered 0,1,2.. in call order, quotes after all of the
 * segment's articles (docs/FORMAT.md, "Documents"), the same numbering as
 * segw_add_doc's.  Fills lens[] with positions per field.  Returns 0, or -1
 * when memory runs out. */
int inverter_add_tokens(inverter *inv, int kind, const field_tokens tok[FIELD_COUNT],
                        uint32_t lens[FIELD_COUNT]);

/* Bytes held (hash table, term strings, postings streams). */
size_t inverter_memory(const inverter *inv);
uint32_t inverter_doc_count(const inverter *inv);
/* Articles added since the last flush: the id the next one gets. */
uint32_t inverter_article_count(const inverter *inv);

/* Writes every term in sorted order to w and empties the inverter. */
morgue_rc inverter_flush(inverter *inv, segw *w, merr *e);

#endif
