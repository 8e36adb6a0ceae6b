/*
 * The WARC format: a WARC file made of every kind of record (warcinfo,
 * request, a 200 HTML response, a 404, an image, metadata, a revisit, a
 * chunked response, a gzip-encoded windows-1252 response, an HTML resource,
 * a response without Content-Type, and a truncated last record, indexed
 * with what was read) is read plain, gzip-compressed per record
 * (libarchive's write API), gzip-compressed as a whole, from disk through
 * input_walk and from memory; the exact articles, skip lines and counts are
 * checked.  Damaged .warc.gz files (a corrupt member in the middle, a
 * member damaged half-way, a file cut inside its last member, whole-file
 * gzip cut, inside a tar) keep every record but the damaged one.  Then the
 * real files in ../shared/data when they are there (not an error when they
 * are not).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <archive.h>
#include <archive_entry.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "buf.h"
#include "input.h"
#include "test.h"

/* ------------------------------------------------------------ recording */

enum { MAXREC = 128 };

typedef struct {
    char *source, *title, *body, *url, *date;
    size_t bad_utf8;
} rec_article;

typedef struct {
    rec_article art[MAXREC];
    size_t nart;
    char *skip[MAXREC];      /* "member: reason" */
    size_t nskip;
    unsigned long notes[INPUT_NOTE_COUNT];
} recorder;

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static int on_article(input_sink *s, const article *a, arena *ar)
{
    (void)ar;
    recorder *r = s->ctx;
    if (r->nart < MAXREC) {
        rec_article *x = &r->art[r->nart];
        x->source = dup_or_null(a->source);
        x->title = dup_or_null(a->title);
        x->body = dup_or_null(a->body);
        x->url = dup_or_null(a->url);
        x->date = dup_or_null(a->date);
        x->bad_utf8 = a->bad_utf8;
    }
    r->nart++;
    return 0;
}

static void on_skip(input_sink *s, const char *file, const char *member, const char *reason)
{
    recorder *r = s->ctx;
    (void)file;
    if (r->nskip < MAXREC) {
        buf b = {0};
        buf_printf(&b, "%s: %s", member ? member : "-", reason);
        r->skip[r->nskip] = strdup(buf_cstr(&b));
        buf_free(&b);
    }
    r->nskip++;
}

static void on_note(input_sink *s, int what)
{
    recorder *r = s->ctx;
    if (what >= 0 && what < INPUT_NOTE_COUNT) r->notes[what]++;
}

static input_sink make_sink(recorder *r)
{
    input_sink s = {.ctx = r, .article = on_article, .skip = on_skip, .note = on_note};
    return s;
}

static void rec_clear(recorder *r)
{
    for (size_t i = 0; i < r->nart && i < MAXREC; i++) {
        free(r->art[i].source);
        free(r->art[i].title);
        free(r->art[i].body);
        free(r->art[i].url);
        free(r->art[i].date);
    }
    for (size_t i = 0; i < r->nskip && i < MAXREC; i++) free(r->skip[i]);
    memset(r, 0, sizeof *r);
}

static const char *nz(const char *s) { return s ? s : "(null)"; }

/* ------------------------------------------------------------- building */

/* gzip of data[0..n) with libarchive's write API (raw format + gzip). */
static void gzip_into(buf *out, const void *data, size_t n)
{
    size_t cap = n + 1024, used = 0;
    unsigned char *tmp = malloc(cap);
    struct archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_raw(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open_memory(a, tmp, cap, &used);
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "x");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_size(e, (la_int64_t)n);
    archive_write_header(a, e);
    archive_write_data(a, data, n);
    archive_write_close(a);
    archive_write_free(a);
    archive_entry_free(e);
    buf_put(out, tmp, used);
    free(tmp);
}

/* One gzip member of data[0..n) made with zlib.  When flush_at is set, a
 * full flush is made after that many bytes and *flush_off set to where the
 * next deflate block starts in out (byte-aligned there). */
static void gz_member(buf *out, const void *data, size_t n, size_t flush_at, size_t *flush_off)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    size_t cap = deflateBound(&z, n) + 64, start = out->len;
    buf_reserve(out, cap);
    z.next_out = out->p + out->len;
    z.avail_out = (uInt)cap;
    z.next_in = (unsigned char *)data;
    if (flush_at && flush_at < n) {
        z.avail_in = (uInt)flush_at;
        deflate(&z, Z_FULL_FLUSH);
        if (flush_off) *flush_off = start + (cap - z.avail_out);
        z.avail_in = (uInt)(n - flush_at);
    } else {
        z.avail_in = (uInt)n;
    }
    deflate(&z, Z_FINISH);
    out->len += cap - z.avail_out;
    deflateEnd(&z);
}

/* Appends one record to out. */
static void put_record(buf *out, const char *type, const char *uri, const char *date,
                       const char *ctype, const char *block, size_t n, size_t claim)
{
    buf_printf(out, "WARC/1.1\r\nWARC-Type: %s\r\n", type);
    if (uri) buf_printf(out, "WARC-Target-URI: %s\r\n", uri);
    buf_printf(out, "warc-date: %s\r\n", date ? date : "2021-03-04T05:06:07Z"); /* any case */
    if (ctype) buf_printf(out, "Content-Type: %s\r\n", ctype);
    buf_printf(out, "WARC-Record-ID: <urn:uuid:%zu>\r\n", out->len);
    buf_printf(out, "Content-Length: %zu\r\n\r\n", claim ? claim : n);
    buf_put(out, block, n);
    if (!claim) buf_puts(out, "\r\n\r\n");
}

static const char *page(const char *title, const char *extra)
{
    static char p[2048];
    snprintf(p, sizeof p,
             "<!DOCTYPE html><html><head><title>%s</title>%s</head><body><article>"
             "<p>The council met on Tuesday evening to discuss the new budget for the harbour, "
             "and the members agreed on most of the spending after a long debate.</p>"
             "<p>A second paragraph follows here with more words about the harbour budget, "
             "the fishing fleet and the ferry timetable for the coming summer season.</p>"
             "</article></body></html>",
             title, extra);
    return p;
}

/* The test WARC as a list of records (each one separately, for gzip per
 * record).  Returns the number of records. */
static size_t build_records(buf recs[16])
{
    size_t k = 0;
    buf http = {0};
    /* 1 warcinfo */
    put_record(&recs[k++], "warcinfo", NULL, NULL, "application/warc-fields",
               "software: test\r\n", 16, 0);
    /* 2 request */
    const char *req = "GET /alpha HTTP/1.1\r\nHost: example.org\r\n\r\n";
    put_record(&recs[k++], "request", "http://example.org/alpha", NULL,
               "application/http; msgtype=request", req, strlen(req), 0);
    /* 3 response 200 html: an article (url and date from the record) */
    buf_clear(&http);
    buf_puts(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n");
    buf_puts(&http, page("Alpha harbour budget", ""));
    put_record(&recs[k++], "response", "http://example.org/alpha", "2021-03-04T05:06:07Z",
               "application/http; msgtype=response", (char *)http.p, http.len, 0);
    /* 4 response 404 */
    buf_clear(&http);
    buf_puts(&http, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n");
    buf_puts(&http, page("Not found", ""));
    put_record(&recs[k++], "response", "http://example.org/missing", NULL,
               "application/http; msgtype=response", (char *)http.p, http.len, 0);
    /* 5 response image/png */
    const char png[] = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\0\0";
    put_record(&recs[k++], "response", "http://example.org/logo.png", NULL,
               "application/http; msgtype=response", png, sizeof png - 1, 0);
    /* 6 metadata, 7 revisit */
    put_record(&recs[k++], "metadata", "http://example.org/alpha", NULL,
               "application/warc-fields", "via: x\r\n", 8, 0);
    const char *rev = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
    put_record(&recs[k++], "revisit", "http://example.org/alpha", NULL,
               "application/http; msgtype=response", rev, strlen(rev), 0);
    /* 8 chunked response, LF-only HTTP header, canonical link and a date
     * in the page */
    {
        const char *pg = page("Beta ferry timetable",
                              "<link rel=\"canonical\" href=\"/news/beta\">"
                              "<meta property=\"article:published_time\" content=\"2020-05-06T07:08:09Z\">");
        size_t n = strlen(pg), half = n / 2;
        buf_clear(&http);
        buf_puts(&http, "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\nContent-Type: text/html\n\n");
        buf_printf(&http, "%zx;ext=1\r\n", half);
        buf_put(&http, pg, half);
        buf_printf(&http, "\r\n%zX\r\n", n - half);
        buf_put(&http, pg + half, n - half);
        buf_puts(&http, "\r\n0\r\n\r\n");
        put_record(&recs[k++], "response", "https://example.org/beta?x=1", "2021-03-05T00:00:00Z",
                   "application/http; msgtype=response", (char *)http.p, http.len, 0);
    }
    /* 9 gzip content-encoding, windows-1252 from the HTTP header */
    {
        const char *pg = page("Gamma caf\xE9 review", "");
        buf gz = {0};
        gzip_into(&gz, pg, strlen(pg));
        buf_clear(&http);
        buf_puts(&http, "HTTP/1.0 200 OK\r\ncontent-type: text/html; charset=ISO-8859-1\r\n"
                        "Content-Encoding: gzip\r\n\r\n");
        buf_put(&http, gz.p, gz.len);
        buf_free(&gz);
        put_record(&recs[k++], "response", "<http://example.org/gamma>", "2021-03-06T00:00:00Z",
                   "application/http; msgtype=response", (char *)http.p, http.len, 0);
    }
    /* 10 resource record with HTML */
    {
        const char *pg = page("Delta resource page", "");
        put_record(&recs[k++], "resource", "file:///site/delta.html", "2021-03-07T00:00:00Z",
                   "text/html", pg, strlen(pg), 0);
    }
    /* 11 response without Content-Type: sniffed (HTML) */
    buf_clear(&http);
    buf_puts(&http, "HTTP/1.1 200 OK\r\nServer: x\r\n\r\n");
    buf_puts(&http, page("Epsilon sniffed page", ""));
    put_record(&recs[k++], "response", "http://example.org/epsilon", "2021-03-08T00:00:00Z",
               "application/http; msgtype=response", (char *)http.p, http.len, 0);
    /* 12 response without Content-Type, not HTML */
    const char *plain = "HTTP/1.1 200 OK\r\n\r\njust some text, no markup\n";
    put_record(&recs[k++], "response", "http://example.org/plain", NULL,
               "application/http; msgtype=response", plain, strlen(plain), 0);
    /* 13 truncated: Content-Length claims more than there is */
    buf_clear(&http);
    buf_puts(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
    buf_puts(&http, page("Zeta cut short", ""));
    put_record(&recs[k++], "response", "http://example.org/zeta", NULL,
               "application/http; msgtype=response", (char *)http.p, http.len / 2, http.len);
    buf_free(&http);
    return k;
}

/* Checks what came out of the test WARC read under source `src`. */
static void check_result(recorder *r, const char *src, const char *member_prefix)
{
    char want[512];
    CHECK_MSG(r->nart == 6, "%zu articles", r->nart);
    static const struct { unsigned rec; const char *title, *url, *date; } exp[] = {
        {3, "Alpha harbour budget", "http://example.org/alpha", "2021-03-04T05:06:07Z"},
        {8, "Beta ferry timetable", "https://example.org/news/beta", "2020-05-06T07:08:09Z"},
        {9, "Gamma caf\xC3\xA9 review", "http://example.org/gamma", "2021-03-06T00:00:00Z"},
        {10, "Delta resource page", "file:///site/delta.html", "2021-03-07T00:00:00Z"},
        {11, "Epsilon sniffed page", "http://example.org/epsilon", "2021-03-08T00:00:00Z"},
    };
    for (size_t i = 0; i < 5 && i < r->nart; i++) {
        snprintf(want, sizeof want, "%s#%u", src, exp[i].rec);
        CHECK_STR(nz(r->art[i].source), want);
        CHECK_STR(nz(r->art[i].title), exp[i].title);
        CHECK_STR(nz(r->art[i].url), exp[i].url);
        CHECK_STR(nz(r->art[i].date), exp[i].date);
        CHECK_MSG(r->art[i].body && strstr(r->art[i].body, "fishing fleet"), "body of %s: %s",
                  exp[i].title, nz(r->art[i].body));
        CHECK(r->art[i].bad_utf8 == 0);
    }
    /* the truncated record 13: its HTTP head is complete, so the part read
     * is indexed, with one line */
    if (r->nart >= 6) {
        snprintf(want, sizeof want, "%s#13", src);
        CHECK_STR(nz(r->art[5].source), want);
        CHECK_STR(nz(r->art[5].title), "Zeta cut short");
        CHECK_STR(nz(r->art[5].url), "http://example.org/zeta");
        CHECK_MSG(r->art[5].body && strstr(r->art[5].body, "council met"), "zeta body: %s",
                  nz(r->art[5].body));
    }
    CHECK_MSG(r->nskip == 1, "%zu skips", r->nskip);
    if (r->nskip >= 1) {
        snprintf(want, sizeof want, "%srecord 13 (http://example.org/zeta): truncated after "
                 "225 of 450 bytes, indexed what was read", member_prefix);
        CHECK_STR(r->skip[0], want);
    }
    CHECK(r->notes[INPUT_NOTE_WARC_WARCINFO] == 1);
    CHECK(r->notes[INPUT_NOTE_WARC_REQUEST] == 1);
    CHECK(r->notes[INPUT_NOTE_WARC_METADATA] == 1);
    CHECK(r->notes[INPUT_NOTE_WARC_REVISIT] == 1);
    CHECK(r->notes[INPUT_NOTE_WARC_NOT_200] == 1);
    CHECK(r->notes[INPUT_NOTE_WARC_NOT_HTML] == 2);
    CHECK(r->notes[INPUT_NOTE_WARC_HTML] == 6);
    CHECK(r->notes[INPUT_NOTE_TRANSCODED] == 1);
}

static void test_synthetic(const char *dir)
{
    buf recs[16];
    memset(recs, 0, sizeof recs);
    size_t k = build_records(recs);
    buf plain = {0}, per_record = {0}, whole = {0};
    for (size_t i = 0; i < k; i++) {
        buf_put(&plain, recs[i].p, recs[i].len);
        gzip_into(&per_record, recs[i].p, recs[i].len);
    }
    gzip_into(&whole, plain.p, plain.len);

    recorder r = {0};
    input_sink s = make_sink(&r);

    /* from memory, plain (parse) */
    input_read_memory("t.warc", plain.p, plain.len, &s);
    check_result(&r, "t.warc", "-: ");
    rec_clear(&r);

    /* from memory, gzip per record (stream through libarchive's filter) */
    input_read_memory("t.warc.gz", per_record.p, per_record.len, &s);
    check_result(&r, "t.warc.gz", "-: ");
    rec_clear(&r);

    /* from disk: per record, whole-file gzip, and a name without .warc */
    char path[1024];
    static const char *const names[] = {"a.warc.gz", "b.warc.gz", "crawl-data"};
    buf *bodies[] = {&per_record, &whole, &plain};
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "wb");
        if (!f) {
            CHECK_MSG(0, "cannot write %s", path);
            continue;
        }
        fwrite(bodies[i]->p, 1, bodies[i]->len, f);
        fclose(f);
        CHECK(input_walk(path, &s) == 0);
        check_result(&r, path, "-: ");
        rec_clear(&r);
    }

    /* inside a tar: the member names the record in skip lines */
    {
        size_t cap = plain.len + 65536, used = 0;
        unsigned char *tar = malloc(cap);
        struct archive *a = archive_write_new();
        archive_write_set_format_pax_restricted(a);
        archive_write_open_memory(a, tar, cap, &used);
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, "crawl/t.warc");
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, (la_int64_t)plain.len);
        archive_write_header(a, e);
        archive_write_data(a, plain.p, plain.len);
        archive_write_close(a);
        archive_write_free(a);
        archive_entry_free(e);
        input_read_memory("bundle.tar", tar, used, &s);
        check_result(&r, "bundle.tar:crawl/t.warc", "crawl/t.warc: ");
        rec_clear(&r);
        free(tar);
    }

    for (size_t i = 0; i < k; i++) buf_free(&recs[i]);
    buf_free(&plain);
    buf_free(&per_record);
    buf_free(&whole);
}

/* ------------------------------------------------- damaged .warc.gz */

/* The articles came from exactly these records of `src`, in order. */
static void expect_records(recorder *r, const char *src, const unsigned *recnos, size_t n,
                           const char *what)
{
    char want[512];
    CHECK_MSG(r->nart == n, "%s: %zu articles, want %zu", what, r->nart, n);
    for (size_t i = 0; i < n && i < r->nart && i < MAXREC; i++) {
        snprintf(want, sizeof want, "%s#%u", src, recnos[i]);
        CHECK_MSG(r->art[i].source && strcmp(r->art[i].source, want) == 0, "%s: article %zu: %s",
                  what, i, nz(r->art[i].source));
    }
}

static void show_skips(recorder *r, const char *what)
{
    for (size_t i = 0; i < r->nskip && i < MAXREC; i++) printf("  %s: %s\n", what, r->skip[i]);
}

static void write_file(const char *path, const buf *b)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        CHECK_MSG(0, "cannot write %s", path);
        return;
    }
    fwrite(b->p, 1, b->len, f);
    fclose(f);
}

/* A tar holding `data` as member `name`. */
static void tar_of(buf *out, const char *name, const buf *data)
{
    size_t cap = data->len + 65536, used = 0;
    unsigned char *tar = malloc(cap);
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open_memory(a, tar, cap, &used);
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, name);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, (la_int64_t)data->len);
    archive_write_header(a, e);
    archive_write_data(a, data->p, data->len);
    archive_write_close(a);
    archive_write_free(a);
    archive_entry_free(e);
    buf_put(out, tar, used);
    free(tar);
}

static void test_damaged(const char *dir)
{
    buf recs[16];
    memset(recs, 0, sizeof recs);
    size_t k = build_records(recs);
    recorder r = {0};
    input_sink s = make_sink(&r);
    char path[1024];
    static const unsigned all[] = {3, 8, 9, 10, 11, 13};
    const char *zeta = "record 13 (http://example.org/zeta): truncated after 225 of 450 bytes, "
                       "indexed what was read";
    char want[1200];

    /* A: the member of record 9 is corrupt from its first block (nothing
     * of it decodes): record 9 is lost, named by number; the records before
     * and after it all come through, numbered as in the file */
    buf a = {0};
    size_t member9 = 0;
    for (size_t i = 0; i < k; i++) {
        if (i == 8) member9 = a.len;
        gz_member(&a, recs[i].p, recs[i].len, 0, NULL);
    }
    a.p[member9 + 10] |= 0x06; /* BTYPE 11: invalid block type */
    snprintf(path, sizeof path, "%s/a.warc.gz", dir);
    write_file(path, &a);
    for (int from_disk = 0; from_disk < 2; from_disk++) {
        const char *src = from_disk ? path : "a.warc.gz";
        if (from_disk) CHECK(input_walk(path, &s) == 0);
        else input_read_memory("a.warc.gz", a.p, a.len, &s);
        expect_records(&r, src, (const unsigned[]){3, 8, 10, 11, 13}, 5, "corrupt member");
        CHECK_MSG(r.nskip == 2, "corrupt member: %zu skips", r.nskip);
        if (r.nskip == 2) {
            CHECK_STR(r.skip[0], "-: record 9: corrupt gzip data (invalid block type), record lost");
            snprintf(want, sizeof want, "-: %s", zeta);
            CHECK_STR(r.skip[1], want);
        } else {
            show_skips(&r, "corrupt member");
        }
        if (r.nart >= 2) CHECK_STR(nz(r.art[1].title), "Beta ferry timetable");
        if (r.nart >= 3) CHECK_STR(nz(r.art[2].title), "Delta resource page");
        rec_clear(&r);
    }

    /* E: the same file as a tar member */
    {
        buf tar = {0};
        tar_of(&tar, "crawl/a.warc.gz", &a);
        input_read_memory("bundle.tar", tar.p, tar.len, &s);
        expect_records(&r, "bundle.tar:crawl/a.warc.gz", (const unsigned[]){3, 8, 10, 11, 13}, 5,
                       "corrupt member in tar");
        CHECK_MSG(r.nskip == 2, "corrupt member in tar: %zu skips", r.nskip);
        if (r.nskip == 2)
            CHECK_STR(r.skip[0], "crawl/a.warc.gz: record 9: corrupt gzip data (invalid block type), "
                                 "record lost");
        rec_clear(&r);
        buf_free(&tar);
    }

    /* B: the member of record 3 is damaged three quarters in: its header
     * and the start of its page decode, so the page is indexed with what
     * was read and one line; every other record comes through */
    buf b = {0};
    for (size_t i = 0; i < k; i++) {
        size_t off = 0;
        gz_member(&b, recs[i].p, recs[i].len, i == 2 ? recs[i].len * 3 / 4 : 0, &off);
        if (i == 2) b.p[off] |= 0x06;
    }
    input_read_memory("b.warc.gz", b.p, b.len, &s);
    expect_records(&r, "b.warc.gz", all, 6, "damaged half-way");
    if (r.nart >= 1) {
        CHECK_STR(nz(r.art[0].title), "Alpha harbour budget");
        CHECK_MSG(r.art[0].body && strstr(r.art[0].body, "council met"), "partial body: %s",
                  nz(r.art[0].body));
    }
    CHECK_MSG(r.nskip == 2, "damaged half-way: %zu skips", r.nskip);
    if (r.nskip == 2) {
        const char *pre = "-: record 3 (http://example.org/alpha): corrupt gzip data "
                          "(invalid block type) after ";
        CHECK_MSG(strncmp(r.skip[0], pre, strlen(pre)) == 0, "skip: %s", r.skip[0]);
        CHECK_MSG(strstr(r.skip[0], " bytes, indexed what was read") != NULL, "skip: %s",
                  r.skip[0]);
    } else {
        show_skips(&r, "damaged half-way");
    }
    rec_clear(&r);

    /* F: bytes between members that are not gzip (reported once, the
     * records after them read), NUL padding at the end (not reported) */
    {
        buf f = {0};
        for (size_t i = 0; i < k; i++) {
            gz_member(&f, recs[i].p, recs[i].len, 0, NULL);
            if (i == 3) buf_puts(&f, "JUNK JUNK JUNK");
        }
        for (int i = 0; i < 100; i++) buf_putc(&f, 0);
        input_read_memory("f.warc.gz", f.p, f.len, &s);
        expect_records(&r, "f.warc.gz", all, 6, "junk between members");
        CHECK_MSG(r.nskip == 2 && strncmp(r.skip[0], "-: after record 4: bytes that are not gzip "
                                                     "data at offset ", 50) == 0,
                  "junk between members: %zu skips: %s", r.nskip, r.nskip ? r.skip[0] : "");
        rec_clear(&r);
        buf_free(&f);
    }

    /* C: 100 copies of record 3, then one more cut in the middle of its
     * member: the 100 are all there, the last is indexed with what was
     * read (its HTTP head and the start of the page decode) */
    {
        buf cut = {0};
        for (int c = 0; c < 100; c++) gz_member(&cut, recs[2].p, recs[2].len, 0, NULL);
        size_t keep = cut.len;
        gz_member(&cut, recs[2].p, recs[2].len, 0, NULL);
        cut.len = keep + (cut.len - keep) * 2 / 3;
        snprintf(path, sizeof path, "%s/cut.warc.gz", dir);
        write_file(path, &cut);
        input_walk(path, &s);
        CHECK_MSG(r.nart == 101, "cut: %zu articles", r.nart);
        for (size_t i = 0; i < r.nart && i < MAXREC; i++)
            CHECK_STR(nz(r.art[i].title), "Alpha harbour budget");
        if (r.nart == 101) {
            snprintf(want, sizeof want, "%s#101", path);
            CHECK_STR(nz(r.art[100].source), want);
        }
        CHECK_MSG(r.nskip == 1 && strstr(r.skip[0], "-: record 101 (http://example.org/alpha): "
                                                    "truncated after ") &&
                      strstr(r.skip[0], " bytes, indexed what was read"),
                  "cut: %zu skips: %s", r.nskip, r.nskip ? r.skip[0] : "");
        rec_clear(&r);

        /* cut inside the gzip header of the last member: nothing of it */
        cut.len = keep + 5;
        input_read_memory("cut5.warc.gz", cut.p, cut.len, &s);
        CHECK_MSG(r.nart == 100, "cut5: %zu articles", r.nart);
        CHECK_MSG(r.nskip == 1 && !strcmp(r.skip[0], "-: record 101: gzip data cut short, record lost"),
                  "cut5: %zu skips: %s", r.nskip, r.nskip ? r.skip[0] : "");
        rec_clear(&r);
        buf_free(&cut);
    }

    /* D: whole-file gzip cut in the middle: the records before the cut */
    {
        buf plain = {0}, whole = {0};
        for (size_t i = 0; i < k; i++) buf_put(&plain, recs[i].p, recs[i].len);
        gz_member(&whole, plain.p, plain.len, 0, NULL);
        whole.len = whole.len * 6 / 10;
        input_read_memory("w.warc.gz", whole.p, whole.len, &s);
        CHECK_MSG(r.nart >= 2 && r.nart <= 6, "whole cut: %zu articles", r.nart);
        expect_records(&r, "w.warc.gz", all, r.nart, "whole cut");
        CHECK_MSG(r.nskip == 1 && (strstr(r.skip[0], "truncated") || strstr(r.skip[0], "cut short")),
                  "whole cut: %zu skips: %s", r.nskip, r.nskip ? r.skip[0] : "");
        rec_clear(&r);
        buf_free(&plain);
        buf_free(&whole);
    }

    for (size_t i = 0; i < k; i++) buf_free(&recs[i]);
    buf_free(&a);
    buf_free(&b);
}

/* Malformed headers and junk between records. */
static void test_malformed(void)
{
    recorder r = {0};
    input_sink s = make_sink(&r);
    buf b = {0};
    const char *pg = page("Good one", "");
    buf http = {0};
    buf_puts(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
    buf_puts(&http, pg);
    buf_puts(&b, "garbage before\r\n");
    put_record(&b, "response", "http://x.org/1", NULL, "application/http", (char *)http.p,
               http.len, 0);
    buf_puts(&b, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nbody bytes\r\n\r\n");
    put_record(&b, "response", "http://x.org/3", NULL, "application/http", (char *)http.p,
               http.len, 0);
    buf_puts(&b, "trailing junk\r\n");
    input_read_memory("m.warc", b.p, b.len, &s);
    CHECK_MSG(r.nart == 2, "%zu articles", r.nart);
    if (r.nart == 2) {
        CHECK_STR(nz(r.art[0].source), "m.warc#1");
        CHECK_STR(nz(r.art[1].source), "m.warc#3");
        CHECK_STR(nz(r.art[1].url), "http://x.org/3");
    }
    CHECK_MSG(r.nskip == 3, "%zu skips", r.nskip);
    if (r.nskip == 3) {
        CHECK_STR(r.skip[0], "-: 16 bytes before the first WARC record, passed over");
        CHECK_STR(r.skip[1], "-: record 2 (response): invalid Content-Length, record passed over");
        CHECK_STR(r.skip[2], "-: after record 3: 15 bytes that are not WARC records, passed over");
    }
    rec_clear(&r);

    /* the header alone, no Content-Length (and the file ends) */
    const char *bare = "WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n";
    input_read_memory("bare.warc", bare, strlen(bare), &s);
    CHECK(r.nart == 0 && r.nskip == 1);
    if (r.nskip == 1) CHECK_STR(r.skip[0], "-: record 1 (warcinfo): no Content-Length, record passed over");
    rec_clear(&r);

    /* truncated in the header */
    const char *half = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://h/\r\nConte";
    input_read_memory("half.warc", half, strlen(half), &s);
    CHECK(r.nart == 0 && r.nskip == 1);
    if (r.nskip == 1) CHECK_STR(r.skip[0], "-: record 1 (http://h/): truncated in its header");
    rec_clear(&r);
    buf_free(&b);
    buf_free(&http);
}

/* ------------------------------------------------- the real files */

static int exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

static void test_real(void)
{
    const char *src = getenv("MORGUE_SOURCE_DIR");
    char base[1024], p[1200];
    snprintf(base, sizeof base, "%s/../shared/data", src ? src : "..");
    recorder r = {0};
    input_sink s = make_sink(&r);

    snprintf(p, sizeof p, "%s/aeb-dev/aeb_dev_pages.warc.gz", base);
    if (exists(p)) {
        input_walk(p, &s);
        CHECK_MSG(r.nart == 88, "aeb: %zu articles", r.nart);
        CHECK_MSG(r.nskip == 0, "aeb: %zu skips: %s", r.nskip, r.nskip ? r.skip[0] : "");
        size_t with_url = 0, with_title = 0;
        for (size_t i = 0; i < r.nart && i < MAXREC; i++) {
            with_url += r.art[i].url && strncmp(r.art[i].url, "http", 4) == 0;
            with_title += r.art[i].title != NULL;
        }
        CHECK(with_url == 88 && with_title == 88);
        CHECK(r.notes[INPUT_NOTE_WARC_HTML] == 88 && r.notes[INPUT_NOTE_WARC_WARCINFO] == 1);
        rec_clear(&r);
    } else {
        printf("skipping the real WARC checks: %s not found\n", p);
        return;
    }

    snprintf(p, sizeof p, "%s/warc/clipped.warc.gz", base);
    if (exists(p)) {
        /* one record, Content-Length 88,275, about 75 KB present: the page
         * is indexed with what was read, and one line says so */
        input_walk(p, &s);
        CHECK_MSG(r.nart == 1, "clipped: %zu articles", r.nart);
        if (r.nart == 1) {
            /* the article's text is about 6 KB of the 75 KB of HTML present
             * (the rest is markup, scripts, navigation); all of it is there,
             * down to the last paragraph before the set list */
            CHECK_MSG(r.art[0].body && strlen(r.art[0].body) > 5000, "clipped: body of %zu bytes",
                      r.art[0].body ? strlen(r.art[0].body) : 0);
            CHECK(r.art[0].body && strstr(r.art[0].body, "most humble rapper currently doing it"));
            CHECK(r.art[0].title && strstr(r.art[0].title, "Chance The Rapper"));
        }
        CHECK_MSG(r.nskip == 1 && strstr(r.skip[0], "-: record 1 (http://www.houstonpress.com/music/") &&
                      strstr(r.skip[0], "truncated after ") &&
                      strstr(r.skip[0], " of 88275 bytes, indexed what was read"),
                  "clipped: %zu skips: %s", r.nskip, r.nskip ? r.skip[0] : "");
        rec_clear(&r);
    }
    snprintf(p, sizeof p, "%s/warc/warcfile.warc.gz", base);
    if (exists(p)) {
        input_walk(p, &s);
        CHECK_MSG(r.nart == 16, "warcfile: %zu articles", r.nart);
        CHECK(r.nskip == 0);
        CHECK(r.notes[INPUT_NOTE_WARC_REQUEST] == 17 && r.notes[INPUT_NOTE_WARC_METADATA] == 16);
        /* windows-1251 and gb2312 pages come out as UTF-8 */
        CHECK(r.notes[INPUT_NOTE_TRANSCODED] >= 3);
        rec_clear(&r);
    }
    snprintf(p, sizeof p, "%s/warc/clueweb-quirk.warc.gz", base);
    if (exists(p)) {
        input_walk(p, &s);
        CHECK_MSG(r.nart == 29, "clueweb: %zu articles", r.nart);
        CHECK(r.nskip == 0);
        size_t bad = 0, dated = 0;
        for (size_t i = 0; i < r.nart && i < MAXREC; i++) {
            bad += r.art[i].bad_utf8;
            dated += r.art[i].date && strcmp(r.art[i].date, "2008-10-29") == 0;
        }
        CHECK_MSG(bad == 0, "clueweb: %zu bad sequences", bad); /* EUC-JP decoded */
        CHECK(dated > 0);
        rec_clear(&r);
    }
}

int main(void)
{
    char dir[] = "/tmp/morgue-test-warc-XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    test_synthetic(dir);
    test_damaged(dir);
    test_malformed();
    test_real();
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "cannot remove %s\n", dir);
    TEST_END();
}
