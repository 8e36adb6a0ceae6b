/*
 * Format "warc": web archives (WARC/1.0, 1.1, and ClueWeb09's WARC/0.18),
 * read as a stream record by record, so a WARC file of any size is read in
 * bounded memory (the largest HTML record, capped at INPUT_MAX_MEMBER).
 * .warc.gz files and members come as their compressed bytes to
 * warc_gz_run(), which decompresses them itself with zlib, member by member
 * (a gzip member per record, as crawlers write them, or one for the whole
 * file): a corrupt member costs only the record it holds, the reader
 * resynchronises on the next gzip member that decodes to a "WARC/" line.
 * (libarchive's gzip filter would throw away what it had decompressed of
 * the records before the damage.)  Other compressed WARC files still come
 * decompressed by libarchive, through warc_run().
 *
 * A record: a "WARC/<version>" line, header lines "Name: value" (names
 * compared case-insensitively, CRLF or bare LF), an empty line, then a block
 * of exactly Content-Length bytes, then (normally) CRLF CRLF.  Anything
 * between records that is not a "WARC/" line is passed over (reported once
 * per file, after the record it follows).
 *
 * Articles come from
 *   - response records whose block is an HTTP response with status 200 and
 *     Content-Type text/html or application/xhtml+xml (or no Content-Type
 *     and a payload that looks like HTML);
 *   - resource records whose WARC Content-Type is HTML (wget --warc-file).
 * The payload is de-chunked (Transfer-Encoding: chunked) and decompressed
 * (Content-Encoding: gzip, x-gzip, deflate) when it really is encoded (a
 * ClueWeb09 record says gzip over a plain body), then handed to the "html"
 * format through input_parse_html(), with the HTTP Content-Type's charset.
 * Each such record is parsed with its own input_ctx: source "FILE#N" (N the
 * record's number in the file, from 1), member "record N (URI)" for
 * messages, WARC-Target-URI as the fallback url and WARC-Date as the
 * fallback date (a malformed ClueWeb date like 2008-10-294T05:21:46-0700
 * falls back to its YYYY-MM-DD part).
 *
 * Every other record is counted through input_note() (warcinfo, request,
 * metadata, revisit, other types, non-HTTP, non-200, non-HTML), not
 * reported.  Reported through input_skip(): a truncated record (the file
 * ends or cannot be read before Content-Length bytes: the records before it
 * are kept; a plain file ends there, a .warc.gz goes on at the next good
 * gzip member), a header without a valid Content-Length, an HTML payload
 * over INPUT_MAX_MEMBER, bytes that are not WARC records.  A truncated HTML
 * response whose HTTP head is complete and whose payload is not empty is
 * indexed with what was read ("record N (URI): truncated after X of Y
 * bytes, indexed what was read"): the readable part of a news page is worth
 * more than nothing.
 */
#include <archive.h>
#include <archive_entry.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "buf.h"
#include "date.h"
#include "input.h"

enum {
    RD_BLOCK = 256 * 1024,      /* read buffer */
    MAX_LINE = 64 * 1024,       /* one WARC header line */
    MAX_HEADER = 256 * 1024,    /* all header lines of one record */
    HTTP_PEEK = 64 * 1024,      /* block bytes read before deciding */
    MAX_URI_SHOWN = 200         /* URI length in messages */
};

/* ------------------------------------------------------- buffered reader */

typedef struct {
    input_stream *in;
    unsigned char *p;
    size_t start, end;
    int eof, err;
    uint64_t consumed;          /* bytes of WARC data consumed */
    size_t last_line;           /* bytes the last read_line consumed */
} rdr;

/* Reads more into the buffer (compacting it first); -1 on error. */
static int fill(rdr *r)
{
    if (r->eof || r->err) return 0;
    if (r->start > 0) {
        memmove(r->p, r->p + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->end == RD_BLOCK) return 0;
    long k = r->in->read(r->in, r->p + r->end, RD_BLOCK - r->end);
    if (k < 0) {
        r->err = 1;
        return -1;
    }
    if (k == 0) {
        r->eof = 1;
        return 0;
    }
    r->end += (size_t)k;
    return 1;
}

/*
 * Reads one line (without its LF and a CR before it) into *line and *len,
 * pointing into the buffer (valid until the next read).  Returns 1, 0 at
 * the end of the data, -1 on a read error, -2 when the line is longer than
 * MAX_LINE (its bytes up to the limit are consumed).
 */
static int read_line(rdr *r, const char **line, size_t *len)
{
    for (;;) {
        unsigned char *s = r->p + r->start;
        size_t avail = r->end - r->start;
        unsigned char *nl = memchr(s, '\n', avail);
        if (nl || ((r->eof || r->err) && avail) || avail >= MAX_LINE) {
            if (!nl && avail >= MAX_LINE) {
                r->start += avail;
                r->consumed += avail;
                r->last_line = avail;
                return -2;
            }
            size_t l = nl ? (size_t)(nl - s) : avail;
            r->start += l + (nl ? 1 : 0);
            r->consumed += l + (nl ? 1 : 0);
            r->last_line = l + (nl ? 1 : 0);
            if (l && s[l - 1] == '\r') l--;
            *line = (const char *)s;
            *len = l;
            return 1;
        }
        if (r->err) return -1;
        if (r->eof) return 0;
        if (fill(r) < 0) return -1;
    }
}

/* Appends up to n bytes to out; returns how many were appended (fewer at
 * the end of the data or on an error, r->err telling which). */
static uint64_t read_bytes(rdr *r, buf *out, uint64_t n)
{
    uint64_t got = 0;
    while (got < n) {
        if (r->start == r->end) {
            if (fill(r) <= 0) break;
        }
        size_t k = r->end - r->start;
        if (k > n - got) k = (size_t)(n - got);
        if (out) {
            buf_put(out, r->p + r->start, k);
            if (out->oom) break;
        }
        r->start += k;
        r->consumed += k;
        got += k;
    }
    return got;
}

/* ------------------------------------------------ gzip members (zlib) */

/*
 * The decompressed stream of a .warc.gz, read from its compressed bytes
 * member by member.  On damage (a member that does not decode, or the data
 * ending inside one) the read fails with `msg` after delivering everything
 * decoded before it; gz_resync() then looks for the next gzip member (magic
 * 1f 8b 08) that decodes to a "WARC/<digit>" line and the stream goes on
 * from there.  The compressed bytes of the current member are kept (up to
 * GZ_KEEP) so the search can start just after the damaged member's start:
 * a damaged member may have been read past its real end.
 */
enum {
    GZ_CAP = 2 << 20,           /* compressed bytes buffered */
    GZ_KEEP = 1 << 20,          /* of which kept from the member start */
    GZ_READ = 256 * 1024        /* one read from the raw stream */
};

enum { GZ_HEAD, GZ_BODY, GZ_END };

typedef struct {
    input_stream *raw;
    unsigned char *in;          /* raw bytes in[0..end), fed up to pos */
    size_t pos, end;
    uint64_t base;              /* offset in the file of in[0] */
    uint64_t member;            /* offset of the current member */
    uint64_t member_out;        /* bytes the current member has decoded to */
    uint64_t scan_from;         /* where gz_resync() looks from */
    z_stream z;
    int zok;                    /* inflateInit2 done */
    int state;
    int raw_eof, raw_err;
    int failed;                 /* a read failed: msg says why */
    int cut;                    /* ... because the data ended inside a member */
    unsigned char peek[8];      /* decoded by gz_resync, served first */
    size_t peek_len, peek_off;
    char msg[160];
    input_stream out;           /* what the WARC reader reads */
} gz_layer;

/* Reads more raw bytes (compacting first).  Returns 1, 0 at the end of the
 * data, -1 on a read error. */
static int gz_more(gz_layer *g)
{
    if (g->raw_err) return -1;
    if (g->raw_eof) return 0;
    if (g->end == GZ_CAP) {
        /* keep from the member start while it is near, else from pos */
        size_t keep = g->pos;
        uint64_t rel = g->member >= g->base ? g->member - g->base : (uint64_t)-1;
        if (rel < keep && g->end - rel <= GZ_KEEP) keep = (size_t)rel;
        memmove(g->in, g->in + keep, g->end - keep);
        g->end -= keep;
        g->pos -= keep;
        g->base += keep;
    }
    size_t want = GZ_CAP - g->end;
    if (want > GZ_READ) want = GZ_READ;
    long k = g->raw->read(g->raw, g->in + g->end, want);
    if (k < 0) {
        g->raw_err = 1;
        return -1;
    }
    if (k == 0) {
        g->raw_eof = 1;
        return 0;
    }
    g->end += (size_t)k;
    return 1;
}

/* Marks the stream failed; the message goes to g->msg (the caller writes
 * it there first or passes it). */
static void gz_fail(gz_layer *g, int cut, uint64_t scan_from, const char *msg)
{
    g->failed = 1;
    g->cut = cut;
    g->scan_from = scan_from;
    if (msg) snprintf(g->msg, sizeof g->msg, "%s", msg);
}

/* At a member boundary: starts the next member.  Returns 1, 0 at the end
 * of the data (trailing NUL padding is passed over silently), -1 after
 * gz_fail(). */
static int gz_start_member(gz_layer *g)
{
    for (;;) {
        while (g->end - g->pos < 3) {
            int m = gz_more(g);
            if (m < 0) {
                snprintf(g->msg, sizeof g->msg, "read error: %s",
                         g->raw->errmsg ? g->raw->errmsg : "?");
                gz_fail(g, 0, g->base + g->pos, NULL);
                return -1;
            }
            if (m == 0) break;
        }
        if (g->pos == g->end) return 0;
        const unsigned char *p = g->in + g->pos;
        if (g->end - g->pos >= 3 && p[0] == 0x1f && p[1] == 0x8b && p[2] == 8) break;
        if (p[0] != 0) {
            snprintf(g->msg, sizeof g->msg, "bytes that are not gzip data at offset %llu",
                     (unsigned long long)(g->base + g->pos));
            gz_fail(g, 0, g->base + g->pos, NULL);
            return -1;
        }
        g->pos++; /* NUL padding */
    }
    if (!g->zok) {
        memset(&g->z, 0, sizeof g->z);
        if (inflateInit2(&g->z, 16 + MAX_WBITS) != Z_OK) {
            gz_fail(g, 0, g->base + g->pos, "out of memory");
            return -1;
        }
        g->zok = 1;
    } else {
        inflateReset(&g->z);
    }
    g->member = g->base + g->pos;
    g->member_out = 0;
    g->state = GZ_BODY;
    return 1;
}

/* Decodes into p[0..n): the count (0 only at the end), -1 when nothing
 * could be decoded because of a failure (g->msg). */
static long gz_decode(gz_layer *g, unsigned char *p, size_t n)
{
    size_t done = 0;
    while (done < n && !g->failed && g->state != GZ_END) {
        if (g->state == GZ_HEAD) {
            int s = gz_start_member(g);
            if (s == 0) g->state = GZ_END;
            if (s <= 0) break;
        }
        if (g->pos == g->end) {
            int m = gz_more(g);
            if (m < 0) {
                snprintf(g->msg, sizeof g->msg, "read error: %s",
                         g->raw->errmsg ? g->raw->errmsg : "?");
                gz_fail(g, 0, g->member + 1, NULL);
                break;
            }
            if (m == 0) {
                gz_fail(g, 1, g->member + 1, "gzip data cut short");
                break;
            }
        }
        size_t room = n - done;
        if (room > (1u << 30)) room = 1u << 30;
        size_t avail = g->end - g->pos;
        if (avail > (1u << 30)) avail = 1u << 30;
        g->z.next_in = g->in + g->pos;
        g->z.avail_in = (uInt)avail;
        g->z.next_out = p + done;
        g->z.avail_out = (uInt)room;
        int rc = inflate(&g->z, Z_NO_FLUSH);
        size_t used = avail - g->z.avail_in, out = room - g->z.avail_out;
        g->pos += used;
        done += out;
        g->member_out += out;
        if (rc == Z_STREAM_END) {
            g->state = GZ_HEAD;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            snprintf(g->msg, sizeof g->msg, "corrupt gzip data (%s)",
                     g->z.msg ? g->z.msg : rc == Z_MEM_ERROR ? "out of memory" : "error");
            gz_fail(g, 0, g->member + 1, NULL);
        } else if (used == 0 && out == 0 && g->pos < g->end) {
            gz_fail(g, 0, g->member + 1, "corrupt gzip data (no progress)");
        }
    }
    if (done == 0 && g->failed) return -1;
    return (long)done;
}

static long gz_read(input_stream *s, void *p, size_t n)
{
    gz_layer *g = s->ctx;
    if (g->peek_off < g->peek_len) {
        size_t k = g->peek_len - g->peek_off;
        if (k > n) k = n;
        memcpy(p, g->peek + g->peek_off, k);
        g->peek_off += k;
        return (long)k;
    }
    long k = gz_decode(g, p, n);
    if (k < 0) s->errmsg = g->msg;
    return k;
}

/*
 * After a failure: finds the next gzip member (from g->scan_from on) whose
 * data begins with "WARC/<digit>".  Returns 1 when one was found (its first
 * bytes are served next), 0 when the data ends first or cannot be read.
 */
static int gz_resync(gz_layer *g)
{
    if (g->raw_err) return 0;
    uint64_t from = g->scan_from;
    for (;;) {
        if (from < g->base) from = g->base;
        if (from > g->base + g->end) from = g->base + g->end;
        /* find the magic in in[from..end) */
        size_t i = (size_t)(from - g->base);
        const unsigned char *hit = NULL;
        while (i + 3 <= g->end) {
            const unsigned char *q = memchr(g->in + i, 0x1f, g->end - i - 2);
            if (!q) break;
            if (q[1] == 0x8b && q[2] == 8) {
                hit = q;
                break;
            }
            i = (size_t)(q - g->in) + 1;
        }
        if (!hit) {
            /* keep the last two bytes, read on */
            size_t np = g->end >= 2 ? g->end - 2 : 0;
            if (np < (size_t)(from - g->base)) np = (size_t)(from - g->base);
            g->pos = np;
            from = g->member = g->scan_from = g->base + np;
            if (gz_more(g) <= 0) {
                g->state = GZ_END;
                g->failed = 0;
                return 0;
            }
            continue;
        }
        /* try it: decode the first 6 bytes */
        g->pos = (size_t)(hit - g->in);
        uint64_t cand = g->base + g->pos;
        g->member = g->scan_from = cand;
        g->failed = g->cut = 0;
        g->state = GZ_HEAD;
        long k = 0;
        size_t got = 0;
        while (got < 6) {
            k = gz_decode(g, g->peek + got, 6 - got);
            if (k <= 0) break;
            got += (size_t)k;
        }
        if (got == 6 && memcmp(g->peek, "WARC/", 5) == 0 && g->peek[5] >= '0' &&
            g->peek[5] <= '9') {
            g->peek_len = 6;
            g->peek_off = 0;
            return 1;
        }
        if (g->raw_err) return 0;
        from = cand + 1;
        g->failed = g->cut = 0;
    }
}

/* ------------------------------------------------------------- helpers */

static int ieq(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && strncasecmp(s, lit, n) == 0;
}

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t')) (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r')) (*n)--;
}

/* The media type of a Content-Type value, lowercase-compared: HTML? */
static int html_type(const char *ct, size_t n)
{
    const char *semi = memchr(ct, ';', n);
    size_t l = semi ? (size_t)(semi - ct) : n;
    trim(&ct, &l);
    return ieq(ct, l, "text/html") || ieq(ct, l, "application/xhtml+xml") ||
           ieq(ct, l, "application/xhtml");
}

/* Does the payload look like an HTML page? */
static int sniff_html(const unsigned char *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n' || p[i] == '\f'))
        i++;
    if (i >= n || p[i] != '<') return 0;
    size_t lim = n - i < 1024 ? n - i : 1024;
    static const char *const marks[] = {"<!doctype html", "<html", "<head", "<body", "<title", NULL};
    for (size_t k = 0; k + 5 <= lim; k++)
        for (const char *const *m = marks; *m; m++) {
            size_t ml = strlen(*m);
            if (k + ml <= lim && strncasecmp((const char *)p + i + k, *m, ml) == 0) return 1;
        }
    return 0;
}

/* Decodes HTTP chunked transfer coding; -1 when p[0..n) is not chunked
 * (then the body is used as it is: many writers store it de-chunked). */
static int dechunk(const unsigned char *p, size_t n, buf *out)
{
    size_t i = 0;
    int chunks = 0;
    while (i < n) {
        size_t size = 0, digits = 0;
        while (i < n) {
            unsigned char c = p[i];
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (v < 0) break;
            if (size > ((size_t)1 << 40)) return chunks ? 0 : -1;
            size = size * 16 + (size_t)v;
            digits++;
            i++;
        }
        if (!digits) return chunks ? 0 : -1;
        /* chunk extensions (";name=value"), then CRLF */
        if (i < n && p[i] != ';' && p[i] != '\r' && p[i] != '\n' && p[i] != ' ' && p[i] != '\t')
            return chunks ? 0 : -1;
        while (i < n && p[i] != '\n') i++;
        if (i >= n) return chunks ? 0 : -1;
        i++;
        if (size == 0) return 0;
        if (size > n - i) size = n - i; /* a truncated last chunk */
        buf_put(out, p + i, size);
        chunks++;
        i += size;
        if (i < n && p[i] == '\r') i++;
        if (i < n && p[i] == '\n') i++;
    }
    return 0;
}

/* Decompresses a gzip stream (or raw deflate wrapped as one) with
 * libarchive's gzip filter; keeps what came out before an error.  Returns
 * -1 when nothing did, -2 when the output passed `cap`. */
static int gunzip(const unsigned char *p, size_t n, buf *out, size_t cap)
{
    struct archive *ar = archive_read_new();
    if (!ar) return -1;
    archive_read_support_filter_gzip(ar);
    archive_read_support_format_raw(ar);
    struct archive_entry *e;
    int rc = -1;
    if (archive_read_open_memory(ar, p, n) == ARCHIVE_OK &&
        archive_read_next_header(ar, &e) == ARCHIVE_OK && archive_filter_count(ar) > 1) {
        for (;;) {
            if (buf_reserve(out, 65536)) break;
            la_ssize_t k = archive_read_data(ar, out->p + out->len, 65536);
            if (k <= 0) break;
            out->len += (size_t)k;
            rc = 0;
            if (out->len > cap) {
                rc = -2;
                break;
            }
        }
    }
    archive_read_free(ar);
    return rc;
}

/* Content-Encoding deflate: zlib-wrapped (RFC 1950) or raw deflate.  The
 * deflate data is given to the gzip reader behind a gzip header; the CRC
 * at the end is not there, so what decoded before that error is kept. */
static int inflate_any(const unsigned char *p, size_t n, buf *out, size_t cap)
{
    size_t skip = 0;
    if (n >= 2 && (p[0] & 0x0f) == 8 && ((unsigned)p[0] * 256 + p[1]) % 31 == 0) skip = 2;
    buf g = {0};
    static const unsigned char hdr[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};
    buf_put(&g, hdr, 10);
    buf_put(&g, p + skip, n - skip);
    static const unsigned char trailer[8] = {0};
    buf_put(&g, trailer, 8);
    int rc = g.oom ? -1 : gunzip(g.p, g.len, out, cap);
    buf_free(&g);
    return rc;
}

/* ---------------------------------------------------------- the records */

typedef struct {
    char type[32];
    int have_length;
    uint64_t length;
    buf uri, date, ctype, ptype;   /* WARC-Target-URI, WARC-Date,
                                      Content-Type, WARC-Identified-Payload-Type */
} warc_header;

typedef struct {
    input_ctx *ic;
    rdr r;
    warc_header h;
    uint64_t recno;
    buf block, payload, tmp, msg;
    uint64_t junk;                 /* bytes passed over between records */
    uint64_t junk_after;           /* record number they followed */
    int quiet_junk;                /* after a bad header: resync silently */
    gz_layer *gz;                  /* .warc.gz read by gz_layer, or NULL */
    size_t cut_line;               /* bytes of a line cut by a gzip failure */
} warc_reader;

static void set_field(buf *b, const char *v, size_t n)
{
    buf_clear(b);
    buf_put(b, v, n);
}

/* "record N (URI)" or "record N (type)" for messages, in w->msg. */
static const char *record_name(warc_reader *w)
{
    buf_clear(&w->msg);
    buf_printf(&w->msg, "record %llu", (unsigned long long)w->recno);
    if (w->h.uri.len) {
        size_t l = w->h.uri.len > MAX_URI_SHOWN ? MAX_URI_SHOWN : w->h.uri.len;
        buf_puts(&w->msg, " (");
        buf_put(&w->msg, w->h.uri.p, l);
        if (l < w->h.uri.len) buf_puts(&w->msg, "...");
        buf_putc(&w->msg, ')');
    } else if (w->h.type[0]) {
        buf_printf(&w->msg, " (%s)", w->h.type);
    }
    return buf_cstr(&w->msg);
}

static void report_junk(warc_reader *w)
{
    if (!w->junk) return;
    if (!w->quiet_junk) {
        w->ic->where[0] = 0;
        if (w->junk_after)
            input_skip(w->ic, "after record %llu: %llu bytes that are not WARC records, passed over",
                       (unsigned long long)w->junk_after, (unsigned long long)w->junk);
        else
            input_skip(w->ic, "%llu bytes before the first WARC record, passed over",
                       (unsigned long long)w->junk);
    }
    w->junk = 0;
    w->quiet_junk = 0;
}

/* Why the data ended inside a record: NULL when it simply ended (the
 * file, or its gzip data, was cut short), else the read failure. */
static const char *read_failure(warc_reader *w)
{
    if (!w->r.err || (w->gz && w->gz->cut)) return NULL;
    return w->r.in->errmsg ? w->r.in->errmsg : "read error";
}

static void report_truncated(warc_reader *w, uint64_t want, uint64_t got)
{
    const char *name = record_name(w), *why = read_failure(w);
    if (why && w->gz)
        input_skip(w->ic, "%s: %s after %llu of %llu bytes, record passed over", name, why,
                   (unsigned long long)got, (unsigned long long)want);
    else if (why)
        input_skip(w->ic, "%s: truncated: read error after %llu of %llu bytes: %s", name,
                   (unsigned long long)got, (unsigned long long)want, why);
    else
        input_skip(w->ic, "%s: truncated: Content-Length %llu, only %llu bytes present", name,
                   (unsigned long long)want, (unsigned long long)got);
}

/* The line for a truncated record indexed with what was read. */
static void report_partial(warc_reader *w, uint64_t want, uint64_t got)
{
    const char *name = record_name(w), *why = read_failure(w);
    if (why)
        input_partial(w->ic, "%s: %s%s after %llu of %llu bytes, indexed what was read", name,
                   w->gz ? "" : "read error: ", why, (unsigned long long)got,
                   (unsigned long long)want);
    else
        input_partial(w->ic, "%s: truncated after %llu of %llu bytes, indexed what was read", name,
                   (unsigned long long)got, (unsigned long long)want);
}

/*
 * Reads the header lines after the "WARC/" line.  Returns 1, 0 when the
 * data ended inside the header (reported), -1 when the header is unusable
 * (reported; the caller resyncs).
 */
static int read_header(warc_reader *w)
{
    warc_header *h = &w->h;
    h->type[0] = 0;
    h->have_length = 0;
    h->length = 0;
    buf_clear(&h->uri);
    buf_clear(&h->date);
    buf_clear(&h->ctype);
    buf_clear(&h->ptype);
    size_t total = 0;
    int bad_length = 0;
    for (;;) {
        const char *line;
        size_t len;
        int rc = read_line(&w->r, &line, &len);
        if (rc == 0 || rc == -1) {
            const char *name = record_name(w);
            if (rc == -1)
                input_skip(w->ic, "%s: truncated in its header: %s", name,
                           w->r.in->errmsg ? w->r.in->errmsg : "read error");
            else
                input_skip(w->ic, "%s: truncated in its header", name);
            return 0;
        }
        if (rc == -2) {
            input_skip(w->ic, "%s: header line longer than %d KiB", record_name(w), MAX_LINE / 1024);
            return -1;
        }
        if (len == 0) break;
        total += len;
        if (total > MAX_HEADER) {
            input_skip(w->ic, "%s: header longer than %d KiB", record_name(w), MAX_HEADER / 1024);
            return -1;
        }
        if (line[0] == ' ' || line[0] == '\t') continue; /* folded continuation */
        const char *colon = memchr(line, ':', len);
        if (!colon) continue;
        const char *name = line, *v = colon + 1;
        size_t nl = (size_t)(colon - line), vl = len - nl - 1;
        trim(&name, &nl);
        trim(&v, &vl);
        if (ieq(name, nl, "WARC-Type")) {
            size_t l = vl < sizeof h->type - 1 ? vl : sizeof h->type - 1;
            for (size_t i = 0; i < l; i++)
                h->type[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] + 32 : v[i]);
            h->type[l] = 0;
        } else if (ieq(name, nl, "Content-Length")) {
            uint64_t x = 0;
            size_t i = 0;
            for (; i < vl && v[i] >= '0' && v[i] <= '9' && x < ((uint64_t)1 << 56); i++)
                x = x * 10 + (uint64_t)(v[i] - '0');
            if (i == 0 || i != vl) bad_length = 1;
            else {
                h->length = x;
                h->have_length = 1;
            }
        } else if (ieq(name, nl, "WARC-Target-URI")) {
            /* WARC/1.0 examples wrap it in <>; 1.1 does not */
            if (vl >= 2 && v[0] == '<' && v[vl - 1] == '>') v++, vl -= 2;
            set_field(&h->uri, v, vl);
        } else if (ieq(name, nl, "WARC-Date")) {
            set_field(&h->date, v, vl);
        } else if (ieq(name, nl, "Content-Type")) {
            set_field(&h->ctype, v, vl);
        } else if (ieq(name, nl, "WARC-Identified-Payload-Type")) {
            set_field(&h->ptype, v, vl);
        }
    }
    if (!h->have_length) {
        input_skip(w->ic, "%s: %s Content-Length, record passed over", record_name(w),
                   bad_length ? "invalid" : "no");
        return -1;
    }
    return 1;
}

/* Skips the rest of the current block (`have` bytes of `length` already
 * read).  Returns 0, or -1 when the data ended first (reported). */
static int skip_rest(warc_reader *w, uint64_t have)
{
    uint64_t got = read_bytes(&w->r, NULL, w->h.length - have);
    if (have + got < w->h.length) {
        report_truncated(w, w->h.length, have + got);
        return -1;
    }
    return 0;
}

typedef struct {
    int status;
    const char *ctype, *tenc, *cenc;   /* NUL-terminated copies in w->tmp */
    size_t ctype_len, tenc_len, cenc_len;
    size_t body;                       /* offset of the payload in the block */
} http_info;

/*
 * Parses the HTTP response head at block[0..n).  Returns 1 with *hi filled,
 * 0 when the block is not an HTTP response or its head does not end within
 * n bytes.
 */
static int parse_http(const unsigned char *b, size_t n, http_info *hi)
{
    memset(hi, 0, sizeof *hi);
    if (n < 12 || memcmp(b, "HTTP/", 5) != 0) return 0;
    size_t i = 5;
    while (i < n && b[i] != ' ' && b[i] != '\n') i++;
    while (i < n && b[i] == ' ') i++;
    int status = 0, digits = 0;
    while (i < n && b[i] >= '0' && b[i] <= '9' && digits < 3) status = status * 10 + (b[i++] - '0'), digits++;
    if (digits != 3) return 0;
    hi->status = status;
    const unsigned char *nl = memchr(b + i, '\n', n - i);
    if (!nl) return 0;
    i = (size_t)(nl - b) + 1;
    for (;;) {
        if (i >= n) return 0;
        const unsigned char *e = memchr(b + i, '\n', n - i);
        if (!e) return 0;
        size_t len = (size_t)(e - b) - i;
        const char *line = (const char *)b + i;
        i = (size_t)(e - b) + 1;
        if (len && line[len - 1] == '\r') len--;
        if (len == 0) break;
        const char *colon = memchr(line, ':', len);
        if (!colon) continue;
        const char *name = line, *v = colon + 1;
        size_t nl2 = (size_t)(colon - line), vl = len - nl2 - 1;
        trim(&name, &nl2);
        trim(&v, &vl);
        if (ieq(name, nl2, "Content-Type") && !hi->ctype) hi->ctype = v, hi->ctype_len = vl;
        else if (ieq(name, nl2, "Transfer-Encoding")) hi->tenc = v, hi->tenc_len = vl;
        else if (ieq(name, nl2, "Content-Encoding")) hi->cenc = v, hi->cenc_len = vl;
    }
    hi->body = i;
    return 1;
}

static int has_token(const char *v, size_t n, const char *tok)
{
    size_t t = strlen(tok);
    for (size_t i = 0; i + t <= n; i++)
        if (strncasecmp(v + i, tok, t) == 0) return 1;
    return 0;
}

static void swallow_skip(input_sink *s, const char *file, const char *member, const char *reason)
{
    (void)s;
    (void)file;
    (void)member;
    (void)reason;
}

/* Parses the HTML payload p[0..n) of the current record as an article.
 * `quiet`: the format's own skip lines are dropped (a truncated record
 * gets one line of its own).  Returns the number of articles emitted. */
static uint64_t emit_html(warc_reader *w, const char *p, size_t n, const char *ctype, int quiet)
{
    input_ctx *ic = w->ic;
    buf src = {0}, member = {0};
    buf_printf(&src, "%s#%llu", ic->source, (unsigned long long)w->recno);
    if (ic->member) {
        buf_puts(&member, ic->member);
        buf_putc(&member, ':');
    }
    buf_puts(&member, record_name(w));
    /* the fallback date: WARC-Date, or its YYYY-MM-DD when the rest is
     * malformed (ClueWeb09) */
    const char *date = w->h.date.len ? buf_cstr(&w->h.date) : NULL;
    if (date && date_parse(date, w->h.date.len) == DATE_NONE && w->h.date.len > 10 &&
        date_parse(date, 10) != DATE_NONE)
        w->h.date.p[10] = 0;
    input_ctx rc = {.sink = ic->sink, .file = ic->file, .member = buf_cstr(&member),
                    .source = buf_cstr(&src), .a = ic->a,
                    .default_url = w->h.uri.len ? buf_cstr(&w->h.uri) : NULL,
                    .default_date = date};
    input_sink quiet_sink;
    if (quiet) {
        quiet_sink = *ic->sink;
        quiet_sink.skip = swallow_skip;
        quiet_sink.partial = swallow_skip;
        rc.sink = &quiet_sink;
    }
    if (src.oom || member.oom) input_skip(ic, "out of memory");
    else input_parse_html(&rc, p, n, ctype);
    if (rc.stop) ic->stop = 1;
    ic->position += rc.position;
    buf_free(&src);
    buf_free(&member);
    return rc.position;
}

/*
 * Handles a response or resource record whose header has been read: reads
 * what is needed of the block, decides, and emits or counts.  Returns 0, or
 * -1 when the data ended inside the block (reported).
 */
static int article_record(warc_reader *w, int resource)
{
    warc_header *h = &w->h;
    buf *blk = &w->block;
    buf_clear(blk);
    uint64_t peek = h->length < HTTP_PEEK ? h->length : HTTP_PEEK;
    uint64_t got = read_bytes(&w->r, blk, peek);
    if (blk->oom) {
        input_skip(w->ic, "%s: out of memory", record_name(w));
        return skip_rest(w, got);
    }
    int cut = got < peek;  /* the data ended: decide on what is there */
    http_info hi;
    const char *ctype = NULL;
    if (resource) {
        if (!(h->ctype.len && html_type((const char *)h->ctype.p, h->ctype.len))) {
            input_note(w->ic, INPUT_NOTE_WARC_OTHER);
            return skip_rest(w, got);
        }
        memset(&hi, 0, sizeof hi);
        ctype = buf_cstr(&h->ctype);
    } else {
        if (!parse_http(blk->p, blk->len, &hi)) {
            if (cut) {
                report_truncated(w, h->length, got);
                return -1;
            }
            input_note(w->ic, INPUT_NOTE_WARC_NOT_HTTP);
            return skip_rest(w, got);
        }
        if (hi.status != 200) {
            input_note(w->ic, INPUT_NOTE_WARC_NOT_200);
            return skip_rest(w, got);
        }
        int html = 0;
        if (hi.ctype && hi.ctype_len) html = html_type(hi.ctype, hi.ctype_len);
        else if (h->ptype.len) html = html_type((const char *)h->ptype.p, h->ptype.len);
        else html = -1; /* decide on the payload */
        if (html == 0) {
            input_note(w->ic, INPUT_NOTE_WARC_NOT_HTML);
            return skip_rest(w, got);
        }
    }
    /* hi points into the block, which the rest of the read may move */
    int chunked = hi.tenc && has_token(hi.tenc, hi.tenc_len, "chunked");
    int gz = hi.cenc && has_token(hi.cenc, hi.cenc_len, "gzip");
    int df = hi.cenc && has_token(hi.cenc, hi.cenc_len, "deflate");
    int have_ctype = !resource && hi.ctype && hi.ctype_len;
    if (have_ctype) {
        buf_clear(&w->tmp);
        buf_put(&w->tmp, hi.ctype, hi.ctype_len);
        ctype = buf_cstr(&w->tmp);
    }
    hi.ctype = NULL;
    hi.tenc = hi.cenc = NULL;
    if (h->length > (uint64_t)INPUT_MAX_MEMBER) {
        input_skip(w->ic, "%s: HTML record larger than %d MiB, skipped", record_name(w),
                   INPUT_MAX_MEMBER >> 20);
        return skip_rest(w, got);
    }
    uint64_t more = cut ? 0 : read_bytes(&w->r, blk, h->length - got);
    if (blk->oom) {
        input_skip(w->ic, "%s: out of memory", record_name(w));
        return skip_rest(w, got + more);
    }
    /* a truncated record with a complete HTTP head and some payload is
     * indexed with what was read */
    int partial = got + more < h->length;
    if (partial && blk->len <= hi.body) {
        report_truncated(w, h->length, got + more);
        return -1;
    }
    /* the payload, decoded */
    const unsigned char *p = blk->p + hi.body;
    size_t n = blk->len - hi.body;
    buf *pl = &w->payload;
    if (chunked) {
        buf_clear(pl);
        if (dechunk(p, n, pl) == 0 && !pl->oom) {
            buf t = *blk;           /* swap: the payload becomes the block */
            *blk = *pl;
            *pl = t;
            p = blk->p;
            n = blk->len;
        }
    }
    if (gz || df) {
        int rc = 1;
        buf_clear(pl);
        /* ClueWeb09 says gzip over bodies stored decoded: only decode what
         * is encoded */
        if (gz && n >= 2 && p[0] == 0x1f && p[1] == 0x8b)
            rc = gunzip(p, n, pl, (size_t)INPUT_MAX_MEMBER);
        else if (df && !sniff_html(p, n))
            rc = inflate_any(p, n, pl, (size_t)INPUT_MAX_MEMBER);
        if (rc == -2) {
            input_skip(w->ic, "%s: payload decompresses to more than %d MiB, skipped",
                       record_name(w), INPUT_MAX_MEMBER >> 20);
            return partial ? -1 : 0;
        }
        if (rc == 0 && !pl->oom) {
            p = pl->p;
            n = pl->len;
        }
    }
    if (!resource && !have_ctype && !h->ptype.len && !sniff_html(p, n)) {
        if (partial) {
            report_truncated(w, h->length, got + more);
            return -1;
        }
        input_note(w->ic, INPUT_NOTE_WARC_NOT_HTML);
        return 0;
    }
    input_note(w->ic, INPUT_NOTE_WARC_HTML);
    if (!partial) {
        emit_html(w, (const char *)p, n, ctype, 0);
        return 0;
    }
    if (emit_html(w, (const char *)p, n, ctype, 1)) report_partial(w, h->length, got + more);
    else report_truncated(w, h->length, got + more);
    return -1;
}

/* After a gzip failure (reported): goes on at the next good member.
 * Returns 1 when the reader can go on. */
static int resync(warc_reader *w)
{
    if (!w->gz || !w->r.err || w->ic->stop) return 0;
    if (!gz_resync(w->gz)) return 0;
    w->r.start = w->r.end = 0;
    w->r.err = w->r.eof = 0;
    w->r.in->errmsg = NULL;
    w->cut_line = 0;
    w->junk = 0;
    w->quiet_junk = 0;
    return 1;
}

/* Reads WARC records from `in`; gz is the gzip layer behind it, or NULL. */
static int warc_read(input_ctx *ic, input_stream *in, gz_layer *gz)
{
    warc_reader w = {.ic = ic, .gz = gz};
    w.r.in = in;
    w.r.p = malloc(RD_BLOCK);
    if (!w.r.p) {
        input_skip(ic, "out of memory");
        return -1;
    }
    ic->where[0] = 0;
    while (!ic->stop) {
        const char *line;
        size_t len;
        int rc = read_line(&w.r, &line, &len);
        if (rc == 0) break;
        if (rc == -1 && gz) {
            report_junk(&w);
            const char *why = in->errmsg ? in->errmsg : "?";
            if (gz->member_out <= w.cut_line) {
                /* the damaged member held the next record: it is lost */
                w.recno++;
                input_skip(ic, "record %llu: %s, record lost", (unsigned long long)w.recno, why);
            } else {
                input_skip(ic, "after record %llu: %s", (unsigned long long)w.recno, why);
            }
            if (resync(&w)) continue;
            break;
        }
        if (rc == -1) {
            input_skip(ic, "read error after record %llu: %s", (unsigned long long)w.recno,
                       in->errmsg ? in->errmsg : "?");
            break;
        }
        if (rc == 1 && gz && w.r.err && w.r.start == w.r.end && !w.r.eof) {
            /* the start of a line the gzip failure cut: not junk */
            w.cut_line = w.r.last_line;
            continue;
        }
        if (rc == -2 || len < 6 || memcmp(line, "WARC/", 5) != 0 || line[5] < '0' ||
            line[5] > '9') {
            if (len || rc == -2) {
                if (!w.junk) w.junk_after = w.recno;
                w.junk += w.r.last_line;
            }
            continue;
        }
        report_junk(&w);
        w.recno++;
        int hr = read_header(&w);
        if (hr == 0) {
            if (resync(&w)) continue;
            break;
        }
        if (hr < 0) {
            w.quiet_junk = 1; /* the block that follows is not worth a second line */
            continue;
        }
        const char *t = w.h.type;
        int r;
        if (!strcmp(t, "response")) r = article_record(&w, 0);
        else if (!strcmp(t, "resource")) r = article_record(&w, 1);
        else {
            input_note(ic, !strcmp(t, "warcinfo")   ? INPUT_NOTE_WARC_WARCINFO
                           : !strcmp(t, "request")  ? INPUT_NOTE_WARC_REQUEST
                           : !strcmp(t, "metadata") ? INPUT_NOTE_WARC_METADATA
                           : !strcmp(t, "revisit")  ? INPUT_NOTE_WARC_REVISIT
                                                    : INPUT_NOTE_WARC_OTHER);
            r = skip_rest(&w, 0);
        }
        if (r < 0) {
            if (resync(&w)) continue;
            break;
        }
        if (w.block.cap > 4 * RD_BLOCK) buf_free(&w.block); /* do not keep a big page's memory */
        if (w.payload.cap > 4 * RD_BLOCK) buf_free(&w.payload);
    }
    report_junk(&w);
    free(w.r.p);
    buf_free(&w.block);
    buf_free(&w.payload);
    buf_free(&w.tmp);
    buf_free(&w.msg);
    buf_free(&w.h.uri);
    buf_free(&w.h.date);
    buf_free(&w.h.ctype);
    buf_free(&w.h.ptype);
    arena_reset(ic->a);
    return 0;
}

static int warc_run(input_ctx *ic, input_stream *in)
{
    return warc_read(ic, in, NULL);
}

int input_is_warc_gz(const char *name, const unsigned char *head, size_t n)
{
    static const char *const exts[] = {".warc.gz", NULL};
    return name && input_has_ext(name, exts) && n >= 3 && head[0] == 0x1f && head[1] == 0x8b &&
           head[2] == 8;
}

int input_warc_gz_stream(input_ctx *ic, input_stream *raw)
{
    gz_layer *g = calloc(1, sizeof *g);
    if (g) g->in = malloc(GZ_CAP);
    if (!g || !g->in) {
        free(g);
        input_skip(ic, "out of memory");
        return -1;
    }
    g->raw = raw;
    g->state = GZ_HEAD;
    g->out.read = gz_read;
    g->out.ctx = g;
    int rc = warc_read(ic, &g->out, g);
    if (g->zok) inflateEnd(&g->z);
    free(g->in);
    free(g);
    return rc;
}

/* parse(): the whole file in memory, served as a stream. */
static int warc_parse(input_ctx *ic, const char *data, size_t n)
{
    input_memory_stream m;
    input_stream_memory(&m, data, n);
    return warc_run(ic, &m.s);
}

static int warc_bid(const char *name, const unsigned char *head, size_t n)
{
    static const char *const exts[] = {".warc", NULL};
    if (n >= 6 && memcmp(head, "WARC/", 5) == 0 && head[5] >= '0' && head[5] <= '9') return 150;
    if (input_has_ext(name, exts)) return 100;
    return 0;
}

const input_format input_format_warc = {"warc", warc_bid, warc_parse, warc_run};
