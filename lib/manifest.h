/*
 * The manifest: the list of segments that make up an index, and the commit
 * point.  A commit writes MANIFEST.tmp, fsyncs it, renames it over MANIFEST
 * and fsyncs the directory, so a crash at any moment leaves either the old or
 * the new list, each naming only complete, fsynced segment files.
 *
 *   manifest := "MORGUEmf" u32:version(1) u32:0 u64:generation
 *               u64:next_segment u32:n_segments
 *               (u16:name_len bytes:name u32:n_docs u64:file_size){n_segments}
 *               u64:checksum            XXH3-64 of every byte before it
 */
#ifndef MORGUE_MANIFEST_H
#define MORGUE_MANIFEST_H

#include <stdint.h>
#include "error.h"

#define MANIFEST_NAME "MANIFEST"
#define MANIFEST_MAGIC "MORGUEmf"
#define MANIFEST_VERSION 1u
enum { MANIFEST_MAX_SEGMENTS = 100000 };

typedef struct {
    char name[64];      /* file name inside the index directory */
    uint32_t n_docs;
    uint64_t size;      /* bytes */
} manifest_seg;

typedef struct {
    uint64_t generation;     /* commits so far */
    uint64_t next_segment;   /* number for the next segment file name */
    uint32_t n;
    manifest_seg *segs;      /* malloc'd; manifest_free */
} manifest;

/* Reads dir/MANIFEST.  E_NOINDEX when the directory or the file is absent,
 * E_CORRUPT / E_VERSION when damaged or from another format version. */
morgue_rc manifest_read(const char *dir, manifest *m, merr *e);
/* Atomically replaces dir/MANIFEST with m (see above). */
morgue_rc manifest_write(const char *dir, const manifest *m, merr *e);
/* Appends a segment entry; 0 or -1 on out of memory. */
int manifest_add(manifest *m, const char *name, uint32_t n_docs, uint64_t size);
void manifest_free(manifest *m);

/* fsyncs a directory so a rename or a new file in it is durable. */
int fsync_dir(const char *dir);
/* Writes p[0..n) to dir/name atomically (through dir/name.tmp, fsynced and
 * renamed, the directory fsynced): 0, or the errno of what failed. */
int write_file_atomically(const char *dir, const char *name, const void *p, size_t n);

#endif
