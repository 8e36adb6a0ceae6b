/*
 * The input layer: a directory of every kind of input (text with metadata,
 * JSON Lines with a broken line, a JSON array, HTML, an empty and a binary
 * file, a gzip-compressed .jsonl, a tar.gz, a zip with a tar inside, a
 * truncated tar.gz, hidden files, a symbolic-link loop) is walked and the
 * exact list of articles and skip lines is checked; then the parsers one by
 * one on in-memory inputs, ids, stopping, nesting and progress.
 * Archives are written with libarchive's write API.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include "input.h"
#include "test.h"

/* ------------------------------------------------------------ recording */

typedef struct {
    char *source, *title, *body, *url, *author, *date;
    uint64_t id;
    size_t bad_utf8;
} rec_article;

typedef struct {
    char *file, *member, *reason;
} rec_skip;

typedef struct {
    rec_article art[256];
    size_t nart;
    rec_skip skip[256];
    size_t nskip;
    uint64_t progress;
    size_t stop_after; /* 0 = never stop */
} recorder;

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static int rec_article_cb(input_sink *s, const article *a, arena *ar)
{
    (void)ar;
    recorder *r = s->ctx;
    if (r->nart < 256) {
        rec_article *x = &r->art[r->nart];
        x->source = dup_or_null(a->source);
        x->title = dup_or_null(a->title);
        x->body = dup_or_null(a->body);
        x->url = dup_or_null(a->url);
        x->author = dup_or_null(a->author);
        x->date = dup_or_null(a->date);
        x->id = a->id;
        x->bad_utf8 = a->bad_utf8;
    }
    r->nart++;
    return r->stop_after && r->nart >= r->stop_after;
}

static void rec_skip_cb(input_sink *s, const char *file, const char *member,
                        const char *reason)
{
    recorder *r = s->ctx;
    if (r->nskip < 256) {
        rec_skip *x = &r->skip[r->nskip];
        x->file = dup_or_null(file);
        x->member = dup_or_null(member);
        x->reason = dup_or_null(reason);
    }
    r->nskip++;
}

static void rec_progress_cb(input_sink *s, uint64_t bytes)
{
    recorder *r = s->ctx;
    r->progress += bytes;
}

static void rec_clear(recorder *r)
{
    for (size_t i = 0; i < r->nart && i < 256; i++) {
        rec_article *x = &r->art[i];
        free(x->source); free(x->title); free(x->body);
        free(x->url); free(x->author); free(x->date);
    }
    for (size_t i = 0; i < r->nskip && i < 256; i++) {
        free(r->skip[i].file); free(r->skip[i].member); free(r->skip[i].reason);
    }
    memset(r, 0, sizeof *r);
}

static input_sink make_sink(recorder *r)
{
    input_sink s = {.ctx = r, .article = rec_article_cb, .skip = rec_skip_cb,
                    .progress = rec_progress_cb};
    return s;
}

static void dump(const recorder *r)
{
    for (size_t i = 0; i < r->nart && i < 256; i++)
        fprintf(stderr, "  article %s | %s\n", r->art[i].source,
                r->art[i].title ? r->art[i].title : "(null)");
    for (size_t i = 0; i < r->nskip && i < 256; i++)
        fprintf(stderr, "  skip %s | %s | %s\n", r->skip[i].file,
                r->skip[i].member ? r->skip[i].member : "(null)", r->skip[i].reason);
}

static const char *nz(const char *s) { return s ? s : "(null)"; }

/* ------------------------------------------------------- writing inputs */

static void write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); exit(2); }
    if (n && fwrite(data, 1, n, f) != n) { perror(path); exit(2); }
    fclose(f);
}

static void write_str(const char *path, const char *s) { write_file(path, s, strlen(s)); }

typedef struct {
    const char *name;
    const void *data;
    size_t n; /* 0: strlen(data) */
} member;

enum { FMT_TAR, FMT_ZIP, FMT_RAW };

/* Writes an archive to memory; returns its size (out must be big enough). */
static size_t make_archive(unsigned char *out, size_t cap, int fmt, int gzip,
                           const member *m, size_t count)
{
    struct archive *ar = archive_write_new();
    if (fmt == FMT_TAR) archive_write_set_format_pax_restricted(ar);
    else if (fmt == FMT_ZIP) {
        archive_write_set_format_zip(ar);
        archive_write_set_options(ar, "zip:hdrcharset=UTF-8");
    }
    else archive_write_set_format_raw(ar);
    if (gzip) archive_write_add_filter_gzip(ar);
    else archive_write_add_filter_none(ar);
    size_t used = 0;
    if (archive_write_open_memory(ar, out, cap, &used) != ARCHIVE_OK) {
        fprintf(stderr, "archive_write_open_memory: %s\n", archive_error_string(ar));
        exit(2);
    }
    for (size_t i = 0; i < count; i++) {
        size_t n = m[i].n ? m[i].n : strlen(m[i].data);
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname_utf8(e, m[i].name);
        archive_entry_set_size(e, (la_int64_t)n);
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_mtime(e, 1640995200, 0);
        if (archive_write_header(ar, e) != ARCHIVE_OK ||
            archive_write_data(ar, m[i].data, n) != (la_ssize_t)n) {
            fprintf(stderr, "archive write: %s\n", archive_error_string(ar));
            exit(2);
        }
        archive_entry_free(e);
    }
    archive_write_close(ar);
    archive_write_free(ar);
    return used;
}

static unsigned char abuf[1 << 20], abuf2[1 << 20];

static void write_archive(const char *path, int fmt, int gzip, const member *m,
                          size_t count)
{
    size_t n = make_archive(abuf, sizeof abuf, fmt, gzip, m, count);
    write_file(path, abuf, n);
}

static int rm_cb(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb; (void)flag; (void)ftw;
    return remove(p);
}

/* ---------------------------------------------------------- the corpus */

static const char story_txt[] =
    "\xEF\xBB\xBF" "Harbour strike ends after nine days\r\n"
    "date: 2022-03-01\r\n"
    "By: Ana Lopes\r\n"
    "URL: https://example.net/harbour\r\n"
    "\r\n"
    "Dock workers voted on Monday to return.\r\n"
    "\r\n"
    "The port reopens on Tuesday.\r\n";

static const char wire_jsonl[] =
    "{\"title\": \"Wire one\", \"text\": \"First wire story.\"}\n"
    "{\"headline\": \"Wire two\", \"body\": \"Second.\", \"date\": \"2021-05-02\"}\n"
    "{\"title\": \"Wire three\", \"text\": \"broken\" \"x\"}\n"
    "\n"
    "{\"title\": \"Wire four\", \"content\": \"Fourth.\", \"link\": \"https://w/4\"}\r\n"
    "{\"title\": \"Wire five\", \"maintext\": \"Fifth.\", \"authors\": [\"A\", \"B\"]}\n";

static const char list_json[] =
    "[\n"
    "  {\"title\": \"List first\", \"article\": \"One.\", \"tags\": [\"x\", {\"y\": 1}]},\n"
    "  {\"title\": \"List second\", \"text\": \"Two [with] {brackets} and \\\"quotes\\\".\",\n"
    "   \"byline\": \"C. Writer\", \"pubdate\": 20220101}\n"
    "]\n";

static const char page_html[] =
    "<!DOCTYPE html>\n<html><head><title>Page title</title>\n"
    "<meta name=\"author\" content=\"Page Author\"></head>\n"
    "<body><p>First paragraph of the page.</p><p>Second paragraph.</p></body></html>\n";

static char random_text[100001];

static void build_corpus(void)
{
    write_str("01-story.txt", story_txt);
    write_str("02-wire.jsonl", wire_jsonl);
    write_str("03-list.json", list_json);
    write_str("04-page.html", page_html);
    write_str("05-empty.txt", "");
    static const unsigned char blob[] = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 1, 2, 3};
    write_file("06-blob.bin", blob, sizeof blob);

    member feed[] = {{"07-feed.jsonl", "{\"title\": \"Feed one\", \"text\": \"F1.\"}\n"
                                       "{\"title\": \"Feed two\", \"text\": \"F2.\"}\n", 0}};
    write_archive("07-feed.jsonl.gz", FMT_RAW, 1, feed, 1);

    member bundle[] = {
        {"./a.txt", "Bundle text title\n\nBundle body.\n", 0},
        {"dir/b.json", "{\"title\": \"Bundle json title\", \"text\": \"B.\"}", 0},
        {"dir/.DS_Store", "junk", 0}};
    write_archive("08-bundle.tar.gz", FMT_TAR, 1, bundle, 3);

    member inner[] = {{"deep.txt", "Deep title\nDeep body line.\n", 0}};
    size_t ninner = make_archive(abuf2, sizeof abuf2, FMT_TAR, 0, inner, 1);
    member pack[] = {
        {"brief.jsonl", "{\"title\": \"Brief one\", \"text\": \"b1\"}\n"
                        "{\"title\": \"Brief two\", \"text\": \"b2\"}\n", 0},
        {"inner.tar", abuf2, ninner},
        {"__MACOSX/._brief.jsonl", "junk", 0}};
    write_archive("09-pack.zip", FMT_ZIP, 0, pack, 3);

    /* A long first member (libarchive reads some 64 KiB ahead to recognise
     * the format), then incompressible text, so that cutting the file in
     * half lands inside the second member. */
    static char first_text[100000];
    strcpy(first_text, "First intact\n\n");
    for (size_t i = strlen(first_text); i + 6 < sizeof first_text; i += 6)
        memcpy(first_text + i, "Kept. ", 6);
    uint64_t x = 88172645463325252ull;
    for (size_t i = 0; i + 1 < sizeof random_text; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        random_text[i] = (char)('a' + x % 26);
    }
    random_text[0] = 'R';
    member broken[] = {{"first.txt", first_text, 0},
                       {"second.txt", random_text, 0},
                       {"third.txt", "Third lost\n", 0}};
    size_t nb = make_archive(abuf, sizeof abuf, FMT_TAR, 1, broken, 3);
    write_file("10-broken.tar.gz", abuf, nb - nb / 4);

    write_str("11-data.csv", "a,b,c\n1,2,3\n");
    mkdir("12-sub", 0755);
    write_str("12-sub/nested.txt", "Nested title\n\nNested body.\n");
    if (symlink("..", "12-sub/loop") != 0) perror("symlink");
    write_str(".hidden.txt", "Hidden\n\nNot read.\n");
    mkdir(".git", 0755);
    write_str(".git/x.txt", "Git\n\nNot read.\n");
    write_str("13-warc.warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n");
    if (symlink("nowhere.txt", "14-dangling.txt") != 0) perror("symlink");
}

static uint64_t expect_id(const char *source, uint64_t pos)
{
    unsigned char b[512];
    size_t n = strlen(source);
    memcpy(b, source, n);
    b[n] = 0;
    for (int i = 0; i < 8; i++) b[n + 1 + i] = (unsigned char)(pos >> (8 * i));
    return XXH64(b, n + 9, 0);
}

static void test_walk(void)
{
    recorder r = {0};
    input_sink s = make_sink(&r);
    int rc = input_walk(".", &s);
    CHECK(rc == 0);

    static const struct { const char *source, *title; } want[] = {
        {"01-story.txt", "Harbour strike ends after nine days"},
        {"02-wire.jsonl", "Wire one"},
        {"02-wire.jsonl", "Wire two"},
        {"02-wire.jsonl", "Wire four"},
        {"02-wire.jsonl", "Wire five"},
        {"03-list.json", "List first"},
        {"03-list.json", "List second"},
        {"04-page.html", "Page title"},
        {"07-feed.jsonl.gz", "Feed one"},
        {"07-feed.jsonl.gz", "Feed two"},
        {"08-bundle.tar.gz:a.txt", "Bundle text title"},
        {"08-bundle.tar.gz:dir/b.json", "Bundle json title"},
        {"09-pack.zip:brief.jsonl", "Brief one"},
        {"09-pack.zip:brief.jsonl", "Brief two"},
        {"09-pack.zip:inner.tar:deep.txt", "Deep title"},
        {"10-broken.tar.gz:first.txt", "First intact"},
        {"12-sub/nested.txt", "Nested title"},
    };
    size_t nwant = sizeof want / sizeof want[0];
    CHECK_MSG(r.nart == nwant, "%zu articles, want %zu", r.nart, nwant);
    for (size_t i = 0; i < nwant && i < r.nart; i++) {
        CHECK_STR(nz(r.art[i].source), want[i].source);
        CHECK_STR(nz(r.art[i].title), want[i].title);
    }

    static const struct { const char *file, *member, *reason; } wskip[] = {
        {"02-wire.jsonl", NULL, "line 3: JSON error at byte "},
        {"05-empty.txt", NULL, "empty file"},
        {"06-blob.bin", NULL, "binary file (.bin)"},
        {"10-broken.tar.gz", "second.txt", "read error: "},
        {"11-data.csv", NULL, "not an article format (.csv)"},
        {"12-sub/loop", NULL, "directory loop"},
        {"13-warc.warc", NULL, "record 1 (warcinfo): no Content-Length"},
        {"14-dangling.txt", NULL, "broken symbolic link"},
    };
    size_t nws = sizeof wskip / sizeof wskip[0];
    CHECK_MSG(r.nskip == nws, "%zu skips, want %zu", r.nskip, nws);
    for (size_t i = 0; i < nws && i < r.nskip; i++) {
        CHECK_STR(nz(r.skip[i].file), wskip[i].file);
        CHECK_STR(nz(r.skip[i].member), nz(wskip[i].member));
        CHECK_MSG(strstr(r.skip[i].reason, wskip[i].reason) != NULL,
                  "skip %zu reason \"%s\", want \"%s\"", i, r.skip[i].reason,
                  wskip[i].reason);
    }
    if (r.nart != nwant || r.nskip != nws) dump(&r);

    /* fields */
    if (r.nart == nwant) {
        rec_article *a = &r.art[0];
        CHECK_STR(nz(a->date), "2022-03-01");
        CHECK_STR(nz(a->author), "Ana Lopes");
        CHECK_STR(nz(a->url), "https://example.net/harbour");
        CHECK_STR(nz(a->body), "Dock workers voted on Monday to return.\n\nThe port reopens on Tuesday.");
        CHECK(a->id == expect_id("01-story.txt", 0));
        CHECK(a->bad_utf8 == 0);
        CHECK_STR(nz(r.art[2].body), "Second.");
        CHECK_STR(nz(r.art[2].date), "2021-05-02");
        CHECK(r.art[2].id == expect_id("02-wire.jsonl", 1));
        CHECK(r.art[3].id == expect_id("02-wire.jsonl", 2));
        CHECK_STR(nz(r.art[3].url), "https://w/4");
        CHECK_STR(nz(r.art[4].author), "A, B");
        CHECK_STR(nz(r.art[4].body), "Fifth.");
        CHECK_STR(nz(r.art[5].body), "One.");
        CHECK_STR(nz(r.art[6].author), "C. Writer");
        CHECK_STR(nz(r.art[6].date), "20220101");
        CHECK_STR(nz(r.art[6].body), "Two [with] {brackets} and \"quotes\".");
        CHECK_STR(nz(r.art[7].author), "Page Author");
        CHECK(r.art[7].body && strstr(r.art[7].body, "First paragraph of the page.") &&
              strstr(r.art[7].body, "Second paragraph."));
        CHECK(r.art[9].id == expect_id("07-feed.jsonl.gz", 1));
        CHECK(r.art[14].id == expect_id("09-pack.zip:inner.tar:deep.txt", 0));
        CHECK_STR(nz(r.art[14].body), "Deep body line.");
    }
    /* progress adds up to the bytes of the files read */
    struct stat st;
    uint64_t total = 0;
    static const char *const files[] = {"01-story.txt", "02-wire.jsonl", "03-list.json",
        "04-page.html", "05-empty.txt", "06-blob.bin", "07-feed.jsonl.gz",
        "08-bundle.tar.gz", "09-pack.zip", "10-broken.tar.gz", "11-data.csv",
        "12-sub/nested.txt", "13-warc.warc"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (stat(files[i], &st) == 0) total += (uint64_t)st.st_size;
    CHECK_MSG(r.progress == total, "progress %llu, want %llu",
              (unsigned long long)r.progress, (unsigned long long)total);
    rec_clear(&r);

    /* a single file given with "./": the path as shown drops it */
    s = make_sink(&r);
    CHECK(input_walk("./01-story.txt", &s) == 0);
    CHECK(r.nart == 1 && r.nskip == 0);
    if (r.nart == 1) CHECK_STR(r.art[0].source, "01-story.txt");
    rec_clear(&r);

    /* a directory given with a trailing slash; the symbolic link to its
     * parent is followed until it leads back into 12-sub */
    s = make_sink(&r);
    CHECK(input_walk("12-sub/", &s) == 0);
    CHECK_MSG(r.nart == nwant, "%zu articles", r.nart);
    if (r.nart == nwant) {
        CHECK_STR(r.art[0].source, "12-sub/loop/01-story.txt");
        CHECK_STR(r.art[nwant - 2].source, "12-sub/loop/10-broken.tar.gz:first.txt");
        CHECK_STR(r.art[nwant - 1].source, "12-sub/nested.txt");
    }
    int looped = 0;
    for (size_t i = 0; i < r.nskip && i < 256; i++)
        looped += strcmp(r.skip[i].file, "12-sub/loop/12-sub") == 0 &&
                  strstr(r.skip[i].reason, "directory loop") != NULL;
    CHECK(looped == 1);
    rec_clear(&r);

    /* a path that does not exist */
    s = make_sink(&r);
    CHECK(input_walk("no-such-file.txt", &s) == -1);
    CHECK(r.nart == 0 && r.nskip == 1);
    if (r.nskip == 1) CHECK_STR(r.skip[0].file, "no-such-file.txt");
    rec_clear(&r);

    /* the sink stops the walk */
    s = make_sink(&r);
    r.stop_after = 3;
    CHECK(input_walk(".", &s) == 1);
    CHECK(r.nart == 3);
    rec_clear(&r);
}

/* ------------------------------------------------ parsers, in memory */

static void test_txt(void)
{
    static const struct {
        const char *in, *title, *body, *date, *author, *url;
    } cases[] = {
        {"Title only\n", "Title only", NULL, NULL, NULL, NULL},
        {"\n\n  Title  \nBody right after.\nSecond line.\n", "Title",
         "Body right after.\nSecond line.", NULL, NULL, NULL},
        {"T\nAUTHOR: X Y\nsource: http://s\nDATE:  2020-01-02 \n\nB", "T", "B",
         "2020-01-02", "X Y", "http://s"},
        {"T\nDate: d\nNot: meta\n\nB", "T", "Not: meta\n\nB", "d", NULL, NULL},
        {"T\nDate:\nBy: \n\nB", "T", "B", NULL, NULL, NULL},
        {"T\n\nDate: later\n\nB", "T", "Date: later\n\nB", NULL, NULL, NULL},
        {"T\r\n\r\nP1 line\r\nP1 more\r\n\r\n\r\nP2\r\n", "T",
         "P1 line\nP1 more\n\n\nP2", NULL, NULL, NULL},
        {"Caf\xC3\xA9 \xFF\n\nB\xC0", "Caf\xC3\xA9 \xEF\xBF\xBD", "B\xEF\xBF\xBD", NULL, NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        recorder r = {0};
        input_sink s = make_sink(&r);
        input_read_memory("case.txt", cases[i].in, strlen(cases[i].in), &s);
        CHECK_MSG(r.nart == 1, "txt case %zu: %zu articles", i, r.nart);
        if (r.nart == 1) {
            CHECK_STR(nz(r.art[0].title), nz(cases[i].title));
            CHECK_STR(nz(r.art[0].body), nz(cases[i].body));
            CHECK_STR(nz(r.art[0].date), nz(cases[i].date));
            CHECK_STR(nz(r.art[0].author), nz(cases[i].author));
            CHECK_STR(nz(r.art[0].url), nz(cases[i].url));
            CHECK_STR(r.art[0].source, "case.txt");
            CHECK(r.art[0].bad_utf8 == (i == 7 ? 2u : 0u));
        }
        rec_clear(&r);
    }
    /* white space only: reported, not emitted */
    recorder r = {0};
    input_sink s = make_sink(&r);
    input_read_memory("blank.txt", " \n\t\n", 4, &s);
    CHECK(r.nart == 0 && r.nskip == 1);
    if (r.nskip == 1) CHECK(strstr(r.skip[0].reason, "no title or body") != NULL);
    rec_clear(&r);
}

static void test_json(void)
{
    static const struct {
        const char *name, *in;
        size_t narticles, nskips;
        const char *title, *body, *author, *skip;
    } cases[] = {
        {"a.json", "{\"headline\":\"H\",\"title\":\"T\",\"body\":\"b\",\"text\":\"t\"}",
         1, 0, "T", "t", NULL, NULL},
        {"a.json", "{\"title\":\"T\",\"authors\":[\"X\",\"Y\",\"Z\"],\"author\":\"\"}",
         1, 0, "T", NULL, "X, Y, Z", NULL},
        {"a.json", "{\"Title\":\"no\",\"x\":{\"title\":\"deep\"},\"text\":\"only body\"}",
         1, 0, NULL, "only body", NULL, NULL},
        {"a.json", "{\"title\": }", 0, 1, NULL, NULL, NULL, "JSON error at byte "},
        {"a.json", "[]", 0, 0, NULL, NULL, NULL, NULL},
        {"a.json", "[{\"title\":\"A\"}, 7, {\"title\":\"B\"}]", 2, 1, "A", NULL, NULL,
         "element 2: not an object"},
        {"a.json", "[{\"title\":\"A\"}, {\"title\":}]", 1, 1, "A", NULL, NULL,
         "element 2: JSON error at byte "},
        {"a.json", "[{\"title\":\"A\"} {\"title\":\"B\"}]", 1, 1, "A", NULL, NULL,
         "expected ',' or ']'"},
        {"a.json", "[{\"title\":\"A\"", 0, 1, NULL, NULL, NULL, "unterminated"},
        {"a.json", "{\"title\":\"L1\"}\n{\"title\":\"L2\"}\n", 2, 0, "L1", NULL, NULL, NULL},
        {"a.json", "\"just a string\"", 0, 1, NULL, NULL, NULL,
         "expected an object or an array"},
        {"a.json", "{\"id\": 1}", 0, 1, NULL, NULL, NULL, "no title or body"},
        {"a.ndjson", "{\"title\":\"N\"}\n{\"id\":2}\n", 1, 1, "N", NULL, NULL,
         "line 2: no title or body"},
        {"a.jsonl", "\xEF\xBB\xBF{\"title\":\"bom\"}", 1, 0, "bom", NULL, NULL, NULL},
        {"a.jsonl", "[1]\n", 0, 1, NULL, NULL, NULL, "line 1: JSON error at byte "},
        {"a.jsonl",
         "{\"title\":\"1\"}\n{\"title\":\"2\"}\n{\"title\":\"3\"}\n{\"title\":\"4\"}\n{\"title\":\"5\"}\n"
         "{\"title\":\"6\"}\n{\"title\":\"7\"}\n{\"title\":\"8\"}\n{\"title\":\"9\"}\n\n{\"title\":\"11\"}\n"
         "{\"id\":12}\n",
         10, 1, "1", NULL, NULL, "line 12: no title or body"},
        {"a.jsonl", "{\"title\":\"nul\\u0000ok\",\"text\":[\"p1\",\"p2\"]}", 1, 0,
         "nulok", "p1\n\np2", NULL, NULL},
        {"a.jsonl", "{\"title\":\" A\\n \\r\\n B\\t\", \"text\":\" p1\\n\\np2 \"}", 1, 0,
         "A B", "p1\n\np2", NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        recorder r = {0};
        input_sink s = make_sink(&r);
        input_read_memory(cases[i].name, cases[i].in, strlen(cases[i].in), &s);
        CHECK_MSG(r.nart == cases[i].narticles && r.nskip == cases[i].nskips,
                  "json case %zu: %zu articles, %zu skips", i, r.nart, r.nskip);
        if (r.nart != cases[i].narticles || r.nskip != cases[i].nskips) dump(&r);
        if (r.nart >= 1 && cases[i].narticles >= 1) {
            CHECK_STR(nz(r.art[0].title), nz(cases[i].title));
            CHECK_STR(nz(r.art[0].body), nz(cases[i].body));
            CHECK_STR(nz(r.art[0].author), nz(cases[i].author));
        }
        if (r.nskip >= 1 && cases[i].skip)
            CHECK_MSG(strstr(r.skip[0].reason, cases[i].skip) != NULL,
                      "json case %zu: reason \"%s\", want \"%s\"", i,
                      r.skip[0].reason, cases[i].skip);
        rec_clear(&r);
    }
}

static void test_long_line(void)
{
    /* a JSONL line over INPUT_MAX_LINE is skipped, the next one is read */
    static const char l1[] = "{\"title\":\"short one\"}\n";
    static const char l3[] = "\n{\"title\":\"short two\"}\n";
    size_t big = (size_t)INPUT_MAX_LINE + 1;
    size_t n = strlen(l1) + big + strlen(l3);
    char *d = malloc(n);
    if (!d) return;
    memcpy(d, l1, strlen(l1));
    char *p = d + strlen(l1);
    memcpy(p, "{\"title\":\"", 10);
    memset(p + 10, 'x', big - 12);
    memcpy(p + big - 2, "\"}", 2);
    memcpy(p + big, l3, strlen(l3));
    recorder r = {0};
    input_sink s = make_sink(&r);
    input_read_memory("big.jsonl", d, n, &s);
    CHECK(r.nart == 2 && r.nskip == 1);
    if (r.nskip == 1) CHECK_STR(r.skip[0].reason, "line 2: longer than 16 MiB, skipped");
    if (r.nart == 2) CHECK_STR(r.art[1].title, "short two");
    rec_clear(&r);
    free(d);
}

static void test_bids(void)
{
    static const struct {
        const char *name, *head;
        const char *format; /* NULL: nobody */
    } cases[] = {
        {"x.txt", "hello", "txt"},       {"x.TXT", "hello", "txt"},
        {"x.md", "# hi", "txt"},         {"x.text", "hi", "txt"},
        {"README", "hello", "txt"},      {"dir.d/README", "hello", "txt"},
        {"x.csv", "a,b", NULL},          {"x.json", "{}", "json"},
        {"x.jsonl", "{}", "jsonl"},      {"x.NDJSON", "{}", "jsonl"},
        {"x.html", "<p>", "html"},       {"x.htm", "<p>", "html"},
        {"x.xhtml", "<p>", "html"},      {"page", "  <!doctype HTML>", "html"},
        {"page", "\xEF\xBB\xBF<html lang=en>", "html"},
        {"page", "<htmlx>", "txt"},      {"x.dat", "<html>", "html"},
        {"x.txt", "bin\0ary", NULL},     {".profile", "hello", "txt"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const input_format *best = NULL;
        int bb = 0;
        size_t n = strlen(cases[i].head);
        if (i == 17) n = 7;
        for (const input_format *const *f = input_formats; *f; f++) {
            int b = (*f)->bid(cases[i].name, (const unsigned char *)cases[i].head, n);
            if (b > bb) { bb = b; best = *f; }
        }
        CHECK_MSG((best ? best->name : NULL) == NULL ? cases[i].format == NULL
                  : cases[i].format && strcmp(best->name, cases[i].format) == 0,
                  "bid case %zu (%s): got %s", i, cases[i].name, best ? best->name : "none");
    }
    CHECK(input_ext("a/b.c/d") == NULL);
    CHECK(input_ext(".bashrc") == NULL);
    CHECK_STR(nz(input_ext("a/b.tar.gz")), ".gz");
}

static void test_memory_archives(void)
{
    /* five tars inside each other: the innermost is past the cap */
    member m = {"leaf.txt", "Leaf\n\nbody\n", 0};
    size_t n = make_archive(abuf, sizeof abuf, FMT_TAR, 0, &m, 1);
    char name[16];
    for (int level = 1; level <= 4; level++) {
        snprintf(name, sizeof name, "l%d.tar", level);
        member outer = {name, abuf, n};
        n = make_archive(abuf2, sizeof abuf2, FMT_TAR, 0, &outer, 1);
        memcpy(abuf, abuf2, n);
    }
    recorder r = {0};
    input_sink s = make_sink(&r);
    CHECK(input_read_memory("nest.tar", abuf, n, &s) == 0);
    CHECK(r.nart == 0 && r.nskip == 1);
    if (r.nskip == 1) {
        CHECK_STR(r.skip[0].file, "nest.tar");
        CHECK_STR(nz(r.skip[0].member), "l4.tar:l3.tar:l2.tar:l1.tar");
        CHECK(strstr(r.skip[0].reason, "nested") != NULL);
    }
    rec_clear(&r);

    /* four levels are fine */
    member m4 = {"leaf.txt", "Leaf\n\nbody\n", 0};
    n = make_archive(abuf, sizeof abuf, FMT_TAR, 0, &m4, 1);
    for (int level = 1; level <= 3; level++) {
        snprintf(name, sizeof name, "l%d.tar", level);
        member outer = {name, abuf, n};
        n = make_archive(abuf2, sizeof abuf2, FMT_TAR, 1, &outer, 1);
        memcpy(abuf, abuf2, n);
    }
    s = make_sink(&r);
    input_read_memory("nest.tgz", abuf, n, &s);
    CHECK(r.nart == 1 && r.nskip == 0);
    if (r.nart == 1) CHECK_STR(r.art[0].source, "nest.tgz:l3.tar:l2.tar:l1.tar:leaf.txt");
    rec_clear(&r);

    /* a compressed member inside a zip is decompressed and named without .gz */
    member gz = {"x.jsonl", "{\"title\":\"gz member\"}\n", 0};
    size_t ngz = make_archive(abuf2, sizeof abuf2, FMT_RAW, 1, &gz, 1);
    member zm[] = {{"feeds/x.jsonl.gz", abuf2, ngz}};
    n = make_archive(abuf, sizeof abuf, FMT_ZIP, 0, zm, 1);
    s = make_sink(&r);
    input_read_memory("z.zip", abuf, n, &s);
    CHECK(r.nart == 1);
    if (r.nart == 1) CHECK_STR(r.art[0].source, "z.zip:feeds/x.jsonl.gz");
    rec_clear(&r);

    /* a UTF-8 member name in a zip comes through in the C locale too */
    member um = {"caf\xC3\xA9/\xC3\xBC.txt", "Umlaut\n", 0};
    n = make_archive(abuf, sizeof abuf, FMT_ZIP, 0, &um, 1);
    s = make_sink(&r);
    input_read_memory("u.zip", abuf, n, &s);
    CHECK(r.nart == 1 && r.nskip == 0);
    if (r.nart == 1) CHECK_STR(r.art[0].source, "u.zip:caf\xC3\xA9/\xC3\xBC.txt");
    rec_clear(&r);

    /* garbage that looks like gzip */
    static const unsigned char fake_gz[] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5};
    s = make_sink(&r);
    input_read_memory("fake.txt.gz", fake_gz, sizeof fake_gz, &s);
    CHECK(r.nart == 0 && r.nskip == 1);
    rec_clear(&r);

    /* empty input */
    s = make_sink(&r);
    input_read_memory("e.txt", "", 0, &s);
    CHECK(r.nart == 0 && r.nskip == 1);
    if (r.nskip == 1) CHECK_STR(r.skip[0].reason, "empty file");
    rec_clear(&r);
}

/* Documentation, styles and images beside articles are ignored (counted,
 * not reported); named on the command line, a file is always tried. */
typedef struct {
    int articles, skips, ignored;
} ign_counts;
static int ign_article(input_sink *s, const article *a, arena *ar)
{
    (void)a;
    (void)ar;
    ((ign_counts *)s->ctx)->articles++;
    return 0;
}
static void ign_skip(input_sink *s, const char *f, const char *m, const char *why)
{
    (void)f;
    (void)m;
    (void)why;
    ((ign_counts *)s->ctx)->skips++;
}
static void ign_ignored(input_sink *s, const char *f, const char *m)
{
    (void)f;
    (void)m;
    ((ign_counts *)s->ctx)->ignored++;
}

static void test_ignored(void)
{
    static const struct {
        const char *name;
        int ignored;
    } cases[] = {
        {"README", 1},        {"a/readme.md", 1},     {"LICENSE", 1},    {"COPYING.txt", 1},
        {"x/style.css", 1},   {"logo.PNG", 1},        {"app.js", 1},     {"font.woff2", 1},
        {"ABOUT.md", 1},      {"story.txt", 0},       {"wire.jsonl", 0}, {"page.html", 0},
        {"readme-story.txt", 0}, {"licensed.txt", 0}, {"notes", 0},      {"x.tar.gz", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        CHECK_MSG(input_ignored_name(cases[i].name) == cases[i].ignored, "%s", cases[i].name);
    char dir[] = "/tmp/morgue-test-ignored-XXXXXX";
    if (!mkdtemp(dir)) return;
    const char *files[][2] = {{"README.md", "# About this dump\n"},
                              {"LICENSE", "Permission is granted\n"},
                              {"style.css", "p { color: red }\n"},
                              {"story.txt", "A headline\n\nA body.\n"}};
    char path[4200];
    for (int i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        FILE *f = fopen(path, "w");
        if (f) {
            fputs(files[i][1], f);
            fclose(f);
        }
    }
    ign_counts c = {0, 0, 0};
    input_sink s = {.ctx = &c, .article = ign_article, .skip = ign_skip, .ignored = ign_ignored};
    CHECK(input_walk(dir, &s) == 0);
    CHECK_MSG(c.articles == 1 && c.skips == 0 && c.ignored == 3, "%d articles, %d skips, %d ignored",
              c.articles, c.skips, c.ignored);
    snprintf(path, sizeof path, "%s/README.md", dir); /* named explicitly: read */
    c = (ign_counts){0, 0, 0};
    CHECK(input_walk(path, &s) == 0);
    CHECK_MSG(c.articles == 1 && c.ignored == 0, "explicit README.md read as an article");
    for (int i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i][0]);
        unlink(path);
    }
    rmdir(dir);
}

int main(void)
{
    char dir[] = "/tmp/morgue-test-input-XXXXXX";
    if (!mkdtemp(dir)) { perror("mkdtemp"); return 2; }
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd) || chdir(dir) != 0) { perror("chdir"); return 2; }
    build_corpus();
    test_walk();
    if (chdir(cwd) != 0) perror("chdir");
    nftw(dir, rm_cb, 16, FTW_DEPTH | FTW_PHYS);
    test_txt();
    test_json();
    test_bids();
    test_memory_archives();
    test_long_line();
    test_ignored();
    TEST_END();
}
