/*
 * The index writer: adds articles to an index directory as new segments,
 * commits them through the manifest, and keeps the number of segments in
 * check by merging (docs/ARCHITECTURE.md).
 */
#ifndef MORGUE_INDEX_WRITER_H
#define MORGUE_INDEX_WRITER_H

#include <stddef.h>
#include <stdint.h>
#include "error.h"
#include "input.h"

typedef struct {
    size_t memory;        /* postings buffer budget in bytes */
    int auto_merge;       /* apply the size-tiered merge policy at commit */
    int merge_factor;     /* segments of one tier that trigger a merge (10) */
    int dedup;            /* skip exact copies, cluster near copies (1) */
    int threads;          /* threads analysing articles, the caller's included
                             (1: everything on the caller's thread); the index
                             is the same for any number */
} index_writer_opts;

#define INDEX_WRITER_OPTS_INIT {512u << 20, 1, 10, 1, 1}

/* The CPUs this process may run on (sched_getaffinity), at least 1. */
int index_writer_default_threads(void);

typedef struct {
    uint64_t docs_added;
    uint64_t quotes_added;
    uint64_t duplicates;       /* exact copies not indexed */
    uint64_t near_duplicates;  /* indexed into an earlier article's cluster */
    uint64_t segments_flushed;
    uint64_t merges;
    uint64_t segments_merged;
} index_writer_stats;

typedef struct index_writer index_writer;

/* Opens (creating if needed) the index directory `dir` for writing and takes
 * its lock.  Leftovers of a crashed writer (segment files no manifest names,
 * MANIFEST.tmp) are removed.  NULL on failure with the error in e. */
index_writer *index_writer_open(const char *dir, const index_writer_opts *o, merr *e);

/* Adds one article (copied: `a` may go once this returns).  Flushes a
 * segment when the budget is reached.  With threads > 1 the article is
 * analysed on a worker and written by a later call (or by the commit), in
 * the order of the calls; an error may then surface on a later call. */
morgue_rc index_writer_add(index_writer *w, const article *a);

/* Flushes buffered articles, commits the new segments, then merges per
 * policy (or everything into one segment when merge_all) and commits again. */
morgue_rc index_writer_commit(index_writer *w, int merge_all);

/* Releases the lock; uncommitted segments are deleted. */
void index_writer_free(index_writer *w);

const index_writer_stats *index_writer_get_stats(const index_writer *w);
/* The writer's sticky error. */
const merr *index_writer_error(const index_writer *w);

/* Merges the segments named in `names` (files in dir, in that order) into a
 * new segment file `out_name`; doc ids are concatenated in order.  The store
 * is compressed on `threads` threads (the result does not depend on it);
 * with `roomy` (a budget with room, index_writer.c) beside the merging of
 * the terms (segw_store_start) and with a larger dictionary. */
morgue_rc merge_segments(const char *dir, char *const *names, uint32_t n,
                         const char *out_name, uint32_t *out_docs, uint64_t *out_size,
                         int threads, int roomy, merr *e);

#endif
