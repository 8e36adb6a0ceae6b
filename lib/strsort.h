/*
 * Sorting many byte strings (a segment's terms, its entity names) by
 * memcmp order, a string before its extensions: an LSD radix sort of their
 * first 8 bytes taken as a big-endian integer, then the next 8 bytes within
 * each run the first left tied, and so on; small runs and strings that tie
 * to their end go to the caller's comparison.  glibc's qsort_r spent ~1000
 * instructions a string here, a comparison call each time.
 */
#ifndef MORGUE_STRSORT_H
#define MORGUE_STRSORT_H

#include <stdint.h>

/* String of element id (owned by the caller), its length in *len. */
typedef const unsigned char *(*strsort_get)(void *ctx, uint32_t id, uint32_t *len);
/* Total order on element ids, for qsort_r: memcmp order of the strings,
 * the shorter first when one is the other's prefix, then whatever breaks
 * ties between equal strings. */
typedef int (*strsort_cmp)(const void *a, const void *b, void *ctx);

/* Sorts ids[0..n) (element ids below `universe`) by that order.  0, or -1
 * when memory runs out (ids then hold the same ids in some order). */
int strsort(uint32_t *ids, uint32_t n, uint32_t universe, strsort_get get, strsort_cmp cmp, void *ctx);

#endif
