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
#include "segment.h"

typedef struct inverter inverter;

inverter *inverter_new(void);
void inverter_free(inverter *inv);

/* Tokenizes the fields of the next document (doc ids count from 0 in call
 * order) and records its tokens; fills lens[] with tokens per field.
 * Returns 0, or -1 when memory runs out. */
int inverter_add_doc(inverter *inv, const char *const text[FIELD_COUNT],
                     const size_t len[FIELD_COUNT], uint32_t lens[FIELD_COUNT]);

/* Bytes held (hash table, term strings, postings streams). */
size_t inverter_memory(const inverter *inv);
uint32_t inverter_doc_count(const inverter *inv);

/* Writes every term in sorted order to w and empties the inverter. */
morgue_rc inverter_flush(inverter *inv, segw *w, merr *e);

#endif
