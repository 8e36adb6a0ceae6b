/*
 * Bump allocator: one per article being indexed and one per query, freed in
 * a single call.  Allocations are 16-byte aligned.  Memory comes from a chain
 * of chunks; nothing is freed individually.
 */
#ifndef MORGUE_ARENA_H
#define MORGUE_ARENA_H

#include <stddef.h>

typedef struct arena_chunk arena_chunk;
typedef struct {
    arena_chunk *head;
    size_t total;      /* bytes held in chunks, for memory accounting */
} arena;

void arena_init(arena *a);
/* Returns n bytes owned by the arena, or NULL when memory runs out. */
void *arena_alloc(arena *a, size_t n);
/* Zeroed allocation. */
void *arena_calloc(arena *a, size_t n, size_t size);
/* Copy of s[0..n) with a NUL after it, owned by the arena. */
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
/* Frees every chunk but the first (kept for reuse) and forgets all
 * allocations. */
void arena_reset(arena *a);
/* Frees everything. */
void arena_free(arena *a);

#endif
