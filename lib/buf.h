/*
 * Growable byte buffer and LEB128 varints.  The buffer owns its memory
 * (malloc); buf_free releases it.  Appends record failure in `oom` instead of
 * returning an error each time, so a run of appends is checked once.
 */
#ifndef MORGUE_BUF_H
#define MORGUE_BUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    unsigned char *p;
    size_t len, cap;
    int oom;
} buf;

int buf_reserve(buf *b, size_t extra);
void buf_free(buf *b);
static inline void buf_clear(buf *b) { b->len = 0; }

static inline void buf_put(buf *b, const void *data, size_t n)
{
    if (b->cap - b->len < n && buf_reserve(b, n)) return;
    if (n) memcpy(b->p + b->len, data, n);
    b->len += n;
}
static inline void buf_putc(buf *b, unsigned char c)
{
    if (b->len == b->cap && buf_reserve(b, 1)) return;
    b->p[b->len++] = c;
}
static inline void buf_puts(buf *b, const char *s) { buf_put(b, s, strlen(s)); }

static inline void buf_put_u32(buf *b, uint32_t v)
{
    unsigned char t[4] = {(unsigned char)v, (unsigned char)(v >> 8),
                          (unsigned char)(v >> 16), (unsigned char)(v >> 24)};
    buf_put(b, t, 4);
}
static inline void buf_put_u64(buf *b, uint64_t v)
{
    buf_put_u32(b, (uint32_t)v);
    buf_put_u32(b, (uint32_t)(v >> 32));
}
static inline void buf_put_varint(buf *b, uint64_t v)
{
    if (b->cap - b->len < 10 && buf_reserve(b, 10)) return;
    unsigned char *p = b->p + b->len;
    while (v >= 0x80) {
        *p++ = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    *p++ = (unsigned char)v;
    b->len = (size_t)(p - b->p);
}
/* Appends v in decimal ASCII: the JSON writers' numbers, where
 * buf_printf's vsnprintf cost more than the rest of the line. */
static inline void buf_put_int(buf *b, int64_t v)
{
    char t[21];
    size_t i = sizeof t;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        t[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) t[--i] = '-';
    buf_put(b, t + i, sizeof t - i);
}
/* NUL-terminates without counting the NUL in len. */
static inline const char *buf_cstr(buf *b)
{
    buf_putc(b, 0);
    if (b->oom) return "";
    b->len--;
    return (const char *)b->p;
}
void buf_printf(buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The first index i in [0, n] with a[i] >= x, a sorted ascending (token
 * offsets, positions). */
static inline uint32_t u32_lower_bound(const uint32_t *a, uint32_t n, uint32_t x)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (a[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Little-endian loads from untrusted bytes: the caller checks the bounds. */
static inline uint32_t load_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}
static inline uint64_t load_u64(const unsigned char *p)
{
    return (uint64_t)load_u32(p) | (uint64_t)load_u32(p + 4) << 32;
}
static inline uint16_t load_u16(const unsigned char *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

/*
 * A bounds-checked reader over untrusted bytes.  Any read past `end` sets
 * `bad` and yields zeros; callers test `bad` once after a sequence of reads.
 */
typedef struct {
    const unsigned char *p, *end;
    int bad;
} rd;

/* p may be NULL for no bytes (an empty buf): NULL + 0 is undefined in C,
 * which clang's UBSan reports, so an empty reader points at a static byte. */
static inline rd rd_make(const void *p, size_t n)
{
    static const unsigned char none[1];
    const unsigned char *b = p ? (const unsigned char *)p : none;
    rd r = {b, b + (p ? n : 0), 0};
    return r;
}
static inline size_t rd_left(const rd *r) { return (size_t)(r->end - r->p); }
static inline uint64_t rd_varint(rd *r)
{
    /* most varints (gaps, lengths) are one byte */
    if (r->p < r->end && *r->p < 0x80) return *r->p++;
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (r->p >= r->end) break;
        unsigned char c = *r->p++;
        v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) return v;
    }
    r->bad = 1;
    r->p = r->end;
    return 0;
}
static inline uint32_t rd_u32(rd *r)
{
    if (rd_left(r) < 4) { r->bad = 1; r->p = r->end; return 0; }
    uint32_t v = load_u32(r->p);
    r->p += 4;
    return v;
}
static inline uint64_t rd_u64(rd *r)
{
    if (rd_left(r) < 8) { r->bad = 1; r->p = r->end; return 0; }
    uint64_t v = load_u64(r->p);
    r->p += 8;
    return v;
}
/* Returns a pointer to n bytes and advances, or NULL (and bad) if short. */
static inline const unsigned char *rd_bytes(rd *r, size_t n)
{
    if (rd_left(r) < n) { r->bad = 1; r->p = r->end; return NULL; }
    const unsigned char *p = r->p;
    r->p += n;
    return p;
}

#endif
