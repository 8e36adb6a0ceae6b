#include "manifest.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "buf.h"

void manifest_free(manifest *m)
{
    free(m->segs);
    m->segs = NULL;
    m->n = 0;
}

int manifest_add(manifest *m, const char *name, uint32_t n_docs, uint64_t size)
{
    manifest_seg *s = realloc(m->segs, sizeof *s * (m->n + 1));
    if (!s) return -1;
    m->segs = s;
    memset(&s[m->n], 0, sizeof s[m->n]);
    snprintf(s[m->n].name, sizeof s[m->n].name, "%s", name);
    s[m->n].n_docs = n_docs;
    s[m->n].size = size;
    m->n++;
    return 0;
}

morgue_rc manifest_read(const char *dir, manifest *m, merr *e)
{
    memset(m, 0, sizeof *m);
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, MANIFEST_NAME);
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return merr_set(e, MORGUE_E_NOINDEX, "%s: no index here (not a directory)", dir);
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (errno == ENOENT)
            return merr_set(e, MORGUE_E_NOINDEX, "%s: no index here (no %s file)", dir, MANIFEST_NAME);
        return merr_set(e, MORGUE_E_IO, "%s: cannot open: %s", path, strerror(errno));
    }
    buf b = {0};
    char chunk[8192];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < (64u << 20)) buf_put(&b, chunk, k);
    int ioerr = ferror(f);
    fclose(f);
    if (ioerr || b.oom) {
        buf_free(&b);
        return merr_set(e, MORGUE_E_IO, "%s: cannot read", path);
    }
    morgue_rc rc = MORGUE_OK;
    if (b.len < 8 + 8 + 8 + 8 + 4 + 8 || memcmp(b.p, MANIFEST_MAGIC, 8) != 0) {
        rc = merr_set(e, MORGUE_E_CORRUPT, "%s: not a morgue manifest", path);
    } else if (load_u32(b.p + 8) != MANIFEST_VERSION) {
        rc = merr_set(e, MORGUE_E_VERSION, "%s: format version %u, this build reads %u", path,
                      load_u32(b.p + 8), MANIFEST_VERSION);
    } else if (XXH3_64bits(b.p, b.len - 8) != load_u64(b.p + b.len - 8)) {
        rc = merr_set(e, MORGUE_E_CORRUPT, "%s: checksum mismatch (file is damaged)", path);
    } else {
        rd r = rd_make(b.p + 16, b.len - 16 - 8);
        m->generation = rd_u64(&r);
        m->next_segment = rd_u64(&r);
        uint32_t n = rd_u32(&r);
        if (n > MANIFEST_MAX_SEGMENTS) r.bad = 1;
        for (uint32_t i = 0; i < n && !r.bad; i++) {
            const unsigned char *l = rd_bytes(&r, 2);
            size_t len = l ? load_u16(l) : 0;
            const unsigned char *name = rd_bytes(&r, len);
            uint32_t nd = rd_u32(&r);
            uint64_t size = rd_u64(&r);
            if (r.bad || len == 0 || len >= sizeof m->segs[0].name || memchr(name, '/', len) ||
                memchr(name, 0, len) || name[0] == '.') {
                r.bad = 1;
                break;
            }
            char nm[64];
            memcpy(nm, name, len);
            nm[len] = 0;
            if (manifest_add(m, nm, nd, size)) {
                rc = merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", path);
                break;
            }
        }
        if (rc == MORGUE_OK && (r.bad || rd_left(&r) != 0))
            rc = merr_set(e, MORGUE_E_CORRUPT, "%s: malformed segment list", path);
    }
    buf_free(&b);
    if (rc != MORGUE_OK) manifest_free(m);
    return rc;
}

int fsync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
    int r = fsync(fd);
    close(fd);
    return r;
}

morgue_rc manifest_write(const char *dir, const manifest *m, merr *e)
{
    buf b = {0};
    buf_put(&b, MANIFEST_MAGIC, 8);
    buf_put_u32(&b, MANIFEST_VERSION);
    buf_put_u32(&b, 0);
    buf_put_u64(&b, m->generation);
    buf_put_u64(&b, m->next_segment);
    buf_put_u32(&b, m->n);
    for (uint32_t i = 0; i < m->n; i++) {
        size_t len = strlen(m->segs[i].name);
        unsigned char l2[2] = {(unsigned char)len, (unsigned char)(len >> 8)};
        buf_put(&b, l2, 2);
        buf_put(&b, m->segs[i].name, len);
        buf_put_u32(&b, m->segs[i].n_docs);
        buf_put_u64(&b, m->segs[i].size);
    }
    if (!b.oom) buf_put_u64(&b, XXH3_64bits(b.p, b.len));
    if (b.oom) {
        buf_free(&b);
        return merr_set(e, MORGUE_E_NOMEM, "%s: out of memory", dir);
    }
    int err = write_file_atomically(dir, MANIFEST_NAME, b.p, b.len);
    buf_free(&b);
    if (err) return merr_set(e, MORGUE_E_IO, "%s/%s: cannot commit: %s", dir, MANIFEST_NAME, strerror(err));
    return MORGUE_OK;
}

/* Writes p[0..n) to dir/name through dir/name.tmp: written, fsynced,
 * renamed over the old file and the directory fsynced, so a crash leaves
 * the old file or the new one whole (a NAME.tmp left over is debris the
 * next writer removes).  0, or the errno of what failed (the .tmp file
 * removed). */
int write_file_atomically(const char *dir, const char *name, const void *p, size_t n)
{
    char tmp[4096], path[4096];
    snprintf(tmp, sizeof tmp, "%s/%s.tmp", dir, name);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int bad = fd < 0;
    size_t off = 0;
    while (!bad && off < n) {
        ssize_t k = write(fd, (const char *)p + off, n - off);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) bad = 1;
        else off += (size_t)k;
    }
    if (!bad && fsync(fd) != 0) bad = 1;
    if (fd >= 0 && close(fd) != 0) bad = 1;
    if (!bad && rename(tmp, path) != 0) bad = 1;
    if (!bad && fsync_dir(dir) != 0) bad = 1;
    if (!bad) return 0;
    int err = errno ? errno : EIO;
    unlink(tmp);
    return err;
}

