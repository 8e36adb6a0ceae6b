/*
 * Duplicate articles.  Syndicated stories appear many times in scraped
 * archives: an exact copy (same words after folding, whatever the markup,
 * spacing or case) is indexed once and counted; a near copy (a changed
 * headline, a credit line, a corrected word) is indexed and joins the
 * cluster of the first copy, so a query can show one article per cluster.
 *
 * Near copies are found with SimHash (Charikar) over word pairs: two bodies
 * whose 64-bit fingerprints differ in at most DEDUP_MAX_DISTANCE bits are
 * near copies.  Candidates are found with DEDUP_MAX_DISTANCE + 1 tables, one
 * per 10-11 bit chunk of the fingerprint: fingerprints within k bits agree
 * on at least one of k + 1 chunks (Manku, Jain, Das Sarma, WWW 2007).  Five
 * bits rather than the web-scale three, because articles are short: a
 * credit line added to a 300-word story moves its fingerprint 4-5 bits,
 * while two different stories on one subject differ by 20 or more.
 */
#ifndef MORGUE_DEDUP_H
#define MORGUE_DEDUP_H

#include <stddef.h>
#include <stdint.h>

enum { DEDUP_MAX_DISTANCE = 5, DEDUP_MIN_TOKENS = 30 };

/* Fingerprints of a body: exact hash of the folded token sequence, SimHash
 * of its shingles, and its token count (near-duplicate detection needs at
 * least DEDUP_MIN_TOKENS). */
void dedup_fingerprint(const char *body, size_t n, uint64_t *exact, uint64_t *simhash,
                       uint32_t *tokens);

/* The same from the hashes of the body's tokens, in order (one hash per
 * token, any 64-bit hash of its folded text), for a caller that has
 * tokenized the body already.  dedup_fingerprint is this over its own
 * tokenization. */
void dedup_fingerprint_hashes(const uint64_t *hash, uint32_t n, uint64_t *exact, uint64_t *simhash);

typedef struct dedup dedup;

dedup *dedup_new(void);
void dedup_free(dedup *d);

/* True when an article with this exact hash was added before. */
int dedup_has_exact(const dedup *d, uint64_t exact);

/* The cluster of a near copy of `simhash` added before, or 0 when none. */
uint64_t dedup_find_near(const dedup *d, uint64_t simhash);

/* Remembers an article: its exact hash, and (when near is set) its SimHash
 * with the cluster it belongs to.  0, or -1 when memory runs out. */
int dedup_add(dedup *d, uint64_t exact, uint64_t simhash, int near, uint64_t cluster);

#endif
