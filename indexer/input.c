/*
 * Reading inputs: directories, plain files, compressed files and archives ->
 * article formats -> articles (see input.h).
 *
 * Everything goes through libarchive, also plain files (its "raw" format), so
 * that one code path reads a file on disk, a member of an archive and a member
 * of an archive inside an archive:
 *
 *   file on disk --archive_read_open_filename--> probe
 *   probe: an archive (tar, zip, 7z, ...)   -> each regular member is read
 *            into memory (capped) and probed again with
 *            archive_read_open_memory (nested archives, depth-capped)
 *          raw + a compression filter       -> decompressed (capped) and
 *            given to the article formats under the name without the
 *            compression suffix (wire.jsonl.gz -> wire.jsonl)
 *          raw without a filter             -> given to the article formats
 *
 * Formats enabled: every archive format of archive_read_support_format_all()
 * except mtree (an mtree file names files on the local disk, which libarchive
 * then opens: not something to do on untrusted input) and WARC (a WARC file
 * is an article format of its own, format_warc.c, read as a stream through
 * the raw format); plus "raw".  A .warc.gz (file or member, gzip magic
 * first) is the exception to "everything through libarchive": its
 * compressed bytes go to input_warc_gz_stream(), which inflates the gzip
 * members itself so that a damaged member costs only its own record.
 * Filters: the built-in decompressors (gzip,
 * bzip2, xz, lzma, lzip, zstd, lz4, compress) but not the ones that run
 * external programs (lrzip, lzop, grzip) nor uu/rpm.
 *
 * Charsets: every HTML input (file, member, WARC payload) goes through
 * input_parse_html(), which transcodes it to UTF-8 (lib/charset.h) before the
 * "html" format parses it; a "txt" input that is not UTF-8 is read as
 * windows-1252 (or UTF-16 with a byte order mark).
 *
 * For a file read from disk the first 4 KiB are read first and the formats
 * bid on them, so a file nobody wants (a PDF) is not read to the end.
 */
#include "input.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <xxhash.h>

#include "buf.h"
#include "charset.h"
#include "utf8.h"

enum {
    INPUT_HEAD = 4096,           /* bytes the formats bid on */
    INPUT_BLOCK = 64 * 1024,     /* read block for files on disk */
    INPUT_MAX_NESTING = 4,       /* archives inside archives */
    INPUT_MAX_DIR_DEPTH = 256    /* directory levels */
};

const input_format *const input_formats[] = {
    &input_format_txt, &input_format_json, &input_format_jsonl,
    &input_format_html, &input_format_warc, NULL};

const input_format *input_format_named(const char *name)
{
    for (const input_format *const *f = input_formats; *f; f++)
        if (strcmp((*f)->name, name) == 0) return *f;
    return NULL;
}

const char *input_note_name(int what, uint64_t n)
{
    /* each as one record and as several: "1 WARC revisit record" */
    static const char *const names[INPUT_NOTE_COUNT][2] = {
        [INPUT_NOTE_WARC_WARCINFO] = {"WARC warcinfo record", "WARC warcinfo records"},
        [INPUT_NOTE_WARC_REQUEST] = {"WARC request record", "WARC request records"},
        [INPUT_NOTE_WARC_METADATA] = {"WARC metadata record", "WARC metadata records"},
        [INPUT_NOTE_WARC_REVISIT] = {"WARC revisit record", "WARC revisit records"},
        [INPUT_NOTE_WARC_OTHER] = {"WARC record of another type", "WARC records of other types"},
        [INPUT_NOTE_WARC_NOT_HTTP] = {"WARC response without HTTP", "WARC responses without HTTP"},
        [INPUT_NOTE_WARC_NOT_200] = {"WARC response with HTTP status other than 200",
                                     "WARC responses with HTTP status other than 200"},
        [INPUT_NOTE_WARC_NOT_HTML] = {"WARC response not HTML", "WARC responses not HTML"},
        [INPUT_NOTE_WARC_HTML] = {"WARC HTML response", "WARC HTML responses"},
        [INPUT_NOTE_TRANSCODED] = {"input transcoded to UTF-8 from another charset",
                                   "inputs transcoded to UTF-8 from another charset"},
    };
    return what >= 0 && what < INPUT_NOTE_COUNT ? names[what][n != 1] : "?";
}

void input_note(input_ctx *ic, int what)
{
    if (ic->sink->note) ic->sink->note(ic->sink, what);
}

int input_parse_html(input_ctx *ic, const char *data, size_t n, const char *content_type)
{
    const input_format *html = input_format_named("html");
    if (!html) return -1;
    char name[CHARSET_NAME_MAX];
    size_t bom = 0;
    charset_detect(data, n, content_type, 1, name, &bom);
    if (strcmp(name, "UTF-8") == 0) {
        /* the HTML format sanitizes UTF-8 itself (and counts) */
        return html->parse(ic, data + bom, n - bom);
    }
    buf page = {0};
    size_t bad = charset_to_utf8(&page, data + bom, n - bom, name);
    if (page.oom) {
        buf_free(&page);
        input_skip(ic, "out of memory");
        return -1;
    }
    input_note(ic, INPUT_NOTE_TRANSCODED);
    ic->bad_utf8 += bad;
    int rc = html->parse(ic, (const char *)page.p, page.len);
    buf_free(&page);
    return rc;
}

/* Plain text that is not UTF-8: windows-1252 (or UTF-16 with a BOM). */
static int parse_text(const input_format *f, input_ctx *ic, const char *data, size_t n)
{
    char name[CHARSET_NAME_MAX];
    size_t bom = 0;
    charset_detect(data, n, NULL, 0, name, &bom);
    if (strcmp(name, "UTF-8") == 0) return f->parse(ic, data, n);
    buf text = {0};
    size_t bad = charset_to_utf8(&text, data + bom, n - bom, name);
    if (text.oom) {
        buf_free(&text);
        input_skip(ic, "out of memory");
        return -1;
    }
    input_note(ic, INPUT_NOTE_TRANSCODED);
    ic->bad_utf8 += bad;
    int rc = f->parse(ic, (const char *)text.p, text.len);
    buf_free(&text);
    return rc;
}

/* ---------------------------------------------------------------- helpers */

const char *input_ext(const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base || dot[1] == 0) return NULL;
    return dot;
}

int input_has_ext(const char *name, const char *const *exts)
{
    size_t n = strlen(name);
    for (; *exts; exts++) {
        size_t e = strlen(*exts);
        if (e < n && strcasecmp(name + n - e, *exts) == 0 && name[n - e - 1] != '/')
            return 1;
    }
    return 0;
}

int input_looks_text(const unsigned char *head, size_t n)
{
    size_t ctl = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = head[i];
        if (c == 0) return 0;
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
             c != '\v' && c != 0x1b) || c == 0x7f)
            ctl++;
    }
    return ctl * 32 <= n;
}

/* Suffixes of single compressed files, removed to name the content. */
static const char *const compress_suffixes[] = {
    ".gz", ".gzip", ".bz2", ".bzip2", ".xz", ".lzma", ".lz", ".zst", ".zstd",
    ".lz4", ".z", NULL};

/* Path or member name without leading "./" (and, for members, "/"). */
static const char *strip_dot_slash(const char *p, int slashes)
{
    for (;;) {
        if (p[0] == '.' && p[1] == '/') p += 2;
        else if (slashes && p[0] == '/') p++;
        else if (!slashes && p[0] == '/' && p[1] == '/') p++; /* "//x" */
        else break;
        while (*p == '/' && p[1] == '/') p++;
    }
    return p;
}

/* True when some component of a member path starts with '.' (".DS_Store",
 * "dir/.git/...") or is macOS resource-fork baggage ("__MACOSX/"). */
static int hidden_member(const char *name)
{
    const char *p = name;
    while (*p) {
        if (*p == '.') {
            if (p[1] == '/' || p[1] == 0) { p++; continue; } /* "." */
            return 1;
        }
        if (strncmp(p, "__MACOSX/", 9) == 0) return 1;
        const char *slash = strchr(p, '/');
        if (!slash) break;
        p = slash + 1;
    }
    return 0;
}

/* ------------------------------------------------------- emit and skip */

/* Formats a reason and hands it to the sink: as read in part when
 * `partial` and the sink tells that apart, else as skipped. */
__attribute__((format(printf, 3, 0))) static void report_input(input_ctx *ic, int partial, const char *reason_fmt,
                                                               va_list ap)
{
    char reason[1024];
    vsnprintf(reason, sizeof reason, reason_fmt, ap);
    if (partial && ic->sink->partial) ic->sink->partial(ic->sink, ic->file, ic->member, reason);
    else if (ic->sink->skip) ic->sink->skip(ic->sink, ic->file, ic->member, reason);
}

void input_skip(input_ctx *ic, const char *reason_fmt, ...)
{
    va_list ap;
    va_start(ap, reason_fmt);
    report_input(ic, 0, reason_fmt, ap);
    va_end(ap);
}

void input_partial(input_ctx *ic, const char *reason_fmt, ...)
{
    va_list ap;
    va_start(ap, reason_fmt);
    report_input(ic, 1, reason_fmt, ap);
    va_end(ap);
}

static int is_space_at(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) { *len = 1; return 1; }
    /* U+00A0 no-break space, U+FEFF byte order mark, U+200B zero width */
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) { *len = 2; return 1; }
    if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB &&
        (unsigned char)s[i + 2] == 0xBF) { *len = 3; return 1; }
    if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x8B) { *len = 3; return 1; }
    return 0;
}

/* Trims s[0..*n) (valid UTF-8); returns the new start. */
static const char *trim(const char *s, size_t *n)
{
    size_t b = 0, e = *n, l;
    while (b < e && is_space_at(s, e, b, &l)) b += l;
    /* from the end: step back over one whole white-space sequence at a time */
    while (e > b) {
        unsigned char c = (unsigned char)s[e - 1];
        if (c == ' ' || (c >= '\t' && c <= '\r')) { e--; continue; }
        if (e - b >= 2 && is_space_at(s, e, e - 2, &l) && l == 2) { e -= 2; continue; }
        if (e - b >= 3 && is_space_at(s, e, e - 3, &l) && l == 3) { e -= 3; continue; }
        break;
    }
    *n = e - b;
    return s + b;
}

/* Turns each run of ASCII white space (line breaks included) into one
 * space, in place: titles are shown on one line. */
static void collapse_space(char *s)
{
    char *o = s;
    for (const char *p = s; *p;) {
        if (*p == ' ' || (*p >= '\t' && *p <= '\r')) {
            while (*p == ' ' || (*p >= '\t' && *p <= '\r')) p++;
            *o++ = ' ';
        } else {
            *o++ = *p++;
        }
    }
    *o = 0;
}

/*
 * The article id: XXH64 (seed 0) over the source string as given to the sink
 * (sanitized UTF-8, "path" or "path:member"), one 0 byte, and the position of
 * the article within that file or member (0, 1, ...) as 8 little-endian
 * bytes.  Re-reading the same input gives the same ids.
 */
static uint64_t article_id(const char *source, uint64_t position)
{
    size_t n = strlen(source);
    unsigned char small[256];
    unsigned char *p = n + 9 <= sizeof small ? small : malloc(n + 9);
    if (!p) return XXH64(source, n, 0) ^ position;
    memcpy(p, source, n);
    p[n] = 0;
    for (int i = 0; i < 8; i++) p[n + 1 + i] = (unsigned char)(position >> (8 * i));
    uint64_t h = XXH64(p, n + 9, 0);
    if (p != small) free(p);
    return h;
}

/* A relative url (a page's canonical link "/company/") resolved against
 * the absolute `base` (the WARC-Target-URI): a malloc'ed string, or NULL
 * when url is absolute or base is not (then url is used as it is). */
static char *resolve_url(const char *base, const char *url)
{
    while (*url == ' ' || *url == '\t' || *url == '\n' || *url == '\r') url++;
    const char *colon = strchr(url, ':'), *slash = strchr(url, '/');
    if (colon && (!slash || colon < slash)) return NULL; /* has a scheme */
    const char *sep = strstr(base, "://");
    if (!sep || !*url) return NULL;
    const char *host = sep + 3;
    const char *path = host + strcspn(host, "/?#");
    size_t keep;
    if (url[0] == '/' && url[1] == '/') keep = (size_t)(sep + 1 - base);     /* "https:" */
    else if (url[0] == '/') keep = (size_t)(path - base);                    /* origin */
    else if (url[0] == '?' || url[0] == '#') keep = strcspn(base, url[0] == '?' ? "?#" : "#");
    else {                                                                 /* directory */
        const char *end = path + strcspn(path, "?#");
        const char *last = end;
        while (last > path && last[-1] != '/') last--;
        keep = (size_t)(last - base);
        if (last == path) {
            char *r = malloc(keep + strlen(url) + 2);
            if (!r) return NULL;
            memcpy(r, base, keep);
            r[keep] = '/';
            strcpy(r + keep + 1, url);
            return r;
        }
    }
    char *r = malloc(keep + strlen(url) + 1);
    if (!r) return NULL;
    memcpy(r, base, keep);
    strcpy(r + keep, url);
    return r;
}

int input_emit(input_ctx *ic, const char *title, const char *body,
               const char *url, const char *author, const char *date)
{
    if (ic->stop) return 1;
    char *resolved = NULL;
    if ((!url || !*url) && ic->default_url) url = ic->default_url;
    else if (url && ic->default_url && (resolved = resolve_url(ic->default_url, url))) url = resolved;
    if ((!date || !*date) && ic->default_date) date = ic->default_date;
    const char *in[5] = {title, body, url, author, date};
    char *out[5] = {NULL, NULL, NULL, NULL, NULL};
    size_t bad = ic->bad_utf8;
    ic->bad_utf8 = 0;
    size_t len[5], most = 0;
    for (int i = 0; i < 5; i++) {
        len[i] = in[i] ? strlen(in[i]) : 0;
        if (len[i] > most) most = len[i];
    }
    /* room for the longest at once (the body, after the title: growing
     * for it cost more than sanitizing); a failure is seen below */
    buf tmp = {0};
    buf_reserve(&tmp, most);
    int oom = 0;
    for (int i = 0; i < 5; i++) {
        if (!in[i]) continue;
        buf_clear(&tmp);
        bad += utf8_sanitize(&tmp, in[i], len[i]);
        if (tmp.oom) { oom = 1; break; }
        if (tmp.len == 0) continue;
        size_t n = tmp.len;
        const char *s = trim((const char *)tmp.p, &n);
        if (n == 0) continue;
        out[i] = arena_strndup(ic->a, s, n);
        if (!out[i]) { oom = 1; break; }
        if (i == 0) collapse_space(out[i]);
    }
    buf_free(&tmp);
    free(resolved);
    const char *sep = ic->where[0] ? ": " : "";
    if (oom) {
        input_skip(ic, "%s%sout of memory", ic->where, sep);
    } else if (!out[0] && !out[1]) {
        input_skip(ic, "%s%sno title or body", ic->where, sep);
    } else {
        article art = {.source = ic->source, .title = out[0], .body = out[1],
                       .url = out[2], .author = out[3], .date = out[4],
                       .id = article_id(ic->source, ic->position),
                       .bad_utf8 = bad};
        ic->position++;
        if (ic->sink->article(ic->sink, &art, ic->a)) ic->stop = 1;
    }
    arena_reset(ic->a);
    return ic->stop;
}

/* ------------------------------------------------------------- the walk */

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct {
    input_sink *sink;
    arena a;
    int stop;
    uint64_t reported;   /* progress bytes reported for the current file */
    dir_id *dirs;        /* directories on the current path (loop check) */
    size_t ndirs, capdirs;
    locale_t utf8, old_locale;
} walker;

static void wskip(walker *w, const char *file, const char *member,
                  const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void wskip(walker *w, const char *file, const char *member,
                  const char *fmt, ...)
{
    char reason[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    if (w->sink->skip) w->sink->skip(w->sink, file, member, reason);
}

static void ignore(walker *w, const char *file, const char *member);

static const char *archive_msg(struct archive *ar)
{
    const char *m = archive_error_string(ar);
    return m && *m ? m : "unknown libarchive error";
}

static struct archive *new_reader(void)
{
    struct archive *ar = archive_read_new();
    if (!ar) return NULL;
    archive_read_support_format_7zip(ar);
    archive_read_support_format_ar(ar);
    archive_read_support_format_cab(ar);
    archive_read_support_format_cpio(ar);
    archive_read_support_format_iso9660(ar);
    archive_read_support_format_lha(ar);
    archive_read_support_format_rar(ar);
    archive_read_support_format_rar5(ar);
    archive_read_support_format_tar(ar);
    archive_read_support_format_xar(ar);
    archive_read_support_format_zip(ar);
    archive_read_support_format_raw(ar);
    archive_read_support_filter_gzip(ar);
    archive_read_support_filter_bzip2(ar);
    archive_read_support_filter_xz(ar);
    archive_read_support_filter_lzma(ar);
    archive_read_support_filter_lzip(ar);
    archive_read_support_filter_zstd(ar);
    archive_read_support_filter_lz4(ar);
    archive_read_support_filter_compress(ar);
    return ar;
}

/*
 * Appends the entry's data to b until b->len >= limit or the data ends.
 * Returns 1 at the end of the data, 0 when the limit was reached first, or a
 * negative libarchive status on error (ARCHIVE_FATAL: the archive is done
 * for), -100 when memory ran out.
 */
static int read_upto(struct archive *ar, buf *b, size_t limit)
{
    while (b->len < limit) {
        size_t want = limit - b->len;
        if (want > INPUT_BLOCK) want = INPUT_BLOCK;
        if (buf_reserve(b, want + 1)) return -100;
        la_ssize_t r = archive_read_data(ar, b->p + b->len, want);
        if (r < 0) return (int)r;
        if (r == 0) return 1;
        b->len += (size_t)r;
    }
    return 0;
}

/* An input_stream over the current entry of ar, served first from the bytes
 * already read into `head`. */
typedef struct {
    struct archive *ar;
    const buf *head;
    size_t head_off;
    uint64_t total;
} entry_stream;

static long entry_read(input_stream *in, void *p, size_t n)
{
    entry_stream *es = in->ctx;
    if (es->head_off < es->head->len) {
        size_t k = es->head->len - es->head_off;
        if (k > n) k = n;
        memcpy(p, es->head->p + es->head_off, k);
        es->head_off += k;
        es->total += k;
        return (long)k;
    }
    la_ssize_t r = archive_read_data(es->ar, p, n);
    if (r < 0) {
        in->errmsg = archive_error_string(es->ar) ? archive_error_string(es->ar) : "read error";
        return -1;
    }
    es->total += (uint64_t)r;
    return (long)r;
}

static const char *read_error(struct archive *ar, int rc)
{
    return rc == -100 ? "out of memory" : archive_msg(ar);
}

static const input_format *choose_format(const char *name,
                                         const unsigned char *data, size_t n)
{
    const input_format *best = NULL;
    int best_bid = 0;
    size_t head = n < INPUT_HEAD ? n : INPUT_HEAD;
    for (const input_format *const *f = input_formats; *f; f++) {
        int bid = (*f)->bid(name, data, head);
        if (bid > best_bid) {
            best_bid = bid;
            best = *f;
        }
    }
    return best;
}

static void no_format(walker *w, const char *file, const char *member,
                      const char *name, const unsigned char *head, size_t n)
{
    const char *ext = input_ext(name);
    if (n > INPUT_HEAD) n = INPUT_HEAD;
    if (!input_looks_text(head, n))
        wskip(w, file, member, ext ? "binary file (%s)" : "binary file%s",
              ext ? ext : "");
    else
        wskip(w, file, member, "not an article format (%s)",
              ext ? ext : "no extension");
}

/* Runs format f over data[0..n) of `file` (and member, or NULL), or, when
 * `in` is given, over that stream with f->parse_stream (f NULL: `in` is
 * the compressed bytes of a .warc.gz, for input_warc_gz_stream()). */
static void run_format_any(walker *w, const input_format *f, const char *file,
                           const char *member, const char *data, size_t n,
                           input_stream *in)
{
    buf src = {0};
    if (member) {
        buf raw = {0};
        buf_puts(&raw, file);
        buf_putc(&raw, ':');
        buf_puts(&raw, member);
        utf8_sanitize(&src, (const char *)raw.p, raw.len);
        buf_free(&raw);
    } else {
        utf8_sanitize(&src, file, strlen(file));
    }
    if (src.oom) {
        wskip(w, file, member, "out of memory");
        buf_free(&src);
        return;
    }
    input_ctx ic = {.sink = w->sink, .file = file, .member = member,
                    .source = buf_cstr(&src), .a = &w->a};
    if (in && !f) input_warc_gz_stream(&ic, in);
    else if (in) f->parse_stream(&ic, in);
    else if (strcmp(f->name, "html") == 0) input_parse_html(&ic, data, n, NULL);
    else if (strcmp(f->name, "txt") == 0) parse_text(f, &ic, data, n);
    else f->parse(&ic, data, n);
    arena_reset(&w->a);
    if (ic.stop) w->stop = 1;
    buf_free(&src);
}

static void run_format(walker *w, const input_format *f, const char *file,
                       const char *member, const char *data, size_t n)
{
    run_format_any(w, f, file, member, data, n, NULL);
}

/* Streams the rest of the current entry of ar (whose first bytes are in
 * head) through f->parse_stream. */
static void run_format_stream(walker *w, const input_format *f, struct archive *ar,
                              const char *file, const char *member, const buf *head)
{
    entry_stream es = {ar, head, 0, 0};
    input_stream in = {entry_read, &es, NULL};
    run_format_any(w, f, file, member, NULL, 0, &in);
}

/* A .warc.gz's compressed bytes from an archive entry (first bytes in
 * head) or from memory, to input_warc_gz_stream(). */
static void run_warc_gz_entry(walker *w, struct archive *ar, const char *file,
                              const char *member, const buf *head)
{
    entry_stream es = {ar, head, 0, 0};
    input_stream in = {entry_read, &es, NULL};
    run_format_any(w, NULL, file, member, NULL, 0, &in);
}

static long mem_read(input_stream *in, void *p, size_t n)
{
    input_memory_stream *m = in->ctx;
    size_t k = m->n - m->off;
    if (k > n) k = n;
    if (k) memcpy(p, m->p + m->off, k);
    m->off += k;
    return (long)k;
}

void input_stream_memory(input_memory_stream *m, const void *data, size_t n)
{
    m->p = data;
    m->n = n;
    m->off = 0;
    m->s = (input_stream){mem_read, m, NULL};
}

/* A .warc.gz file on disk read with stdio (no libarchive filter in the
 * way), progress reported as it goes. */
typedef struct {
    FILE *f;
    walker *w;
    uint64_t total;
} file_stream;

static void report_progress(walker *w, uint64_t total);

static long file_read(input_stream *in, void *p, size_t n)
{
    file_stream *fs = in->ctx;
    size_t k = fread(p, 1, n, fs->f);
    if (k == 0 && ferror(fs->f)) {
        in->errmsg = strerror(errno);
        return -1;
    }
    fs->total += k;
    report_progress(fs->w, fs->total);
    return (long)k;
}

/* Reads `path` as a .warc.gz when its name and first bytes say so;
 * returns 0 when it is not one (nothing reported). */
static int read_warc_gz_file(walker *w, const char *path)
{
    static const char *const exts[] = {".warc.gz", NULL};
    if (!input_has_ext(path, exts)) return 0;
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    unsigned char head[3];
    size_t k = fread(head, 1, sizeof head, f);
    if (!input_is_warc_gz(path, head, k) || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return 0;
    }
    file_stream fs = {f, w, 0};
    input_stream in = {file_read, &fs, NULL};
    run_format_any(w, NULL, path, NULL, NULL, 0, &in);
    fclose(f);
    return 1;
}

/*
 * Reads the current (raw) entry of ar: the first bytes, then, if a format
 * wants them, the rest (capped), and runs the format.  `name` is what the
 * formats bid on; `compressed` tells the messages whether the data was
 * decompressed.
 */
static void read_raw_entry(walker *w, struct archive *ar, const char *file,
                           const char *member, const char *name,
                           int compressed, int too_big)
{
    buf b = {0};
    int r = read_upto(ar, &b, INPUT_HEAD);
    if (r < 0) {
        wskip(w, file, member, "read error: %s", read_error(ar, r));
    } else if (b.len == 0) {
        wskip(w, file, member, "empty file");
    } else {
        const input_format *f = choose_format(name, b.p, b.len);
        if (!f) {
            no_format(w, file, member, name, b.p, b.len);
        } else if (f->parse_stream) {
            run_format_stream(w, f, ar, file, member, &b);
        } else if (too_big) {
            wskip(w, file, member, "file larger than 256 MiB, skipped");
        } else {
            if (r == 0) r = read_upto(ar, &b, (size_t)INPUT_MAX_MEMBER + 1);
            if (r < 0)
                wskip(w, file, member, "read error: %s", read_error(ar, r));
            else if (b.len > (size_t)INPUT_MAX_MEMBER)
                wskip(w, file, member, "%s larger than 256 MiB, skipped",
                      compressed ? "decompressed data" : member ? "member" : "file");
            else
                run_format(w, f, file, member, (const char *)b.p, b.len);
        }
    }
    buf_free(&b);
}

static void report_progress(walker *w, uint64_t total)
{
    if (total > w->reported) {
        if (w->sink->progress) w->sink->progress(w->sink, total - w->reported);
        w->reported = total;
    }
}

/* Strips a compression suffix from a copy of name (caller frees). */
static char *plain_name(const char *name)
{
    char *plain = strdup(name);
    if (!plain) return NULL;
    for (const char *const *s = compress_suffixes; *s; s++)
        if (input_has_ext(plain, (const char *const[]){*s, NULL})) {
            plain[strlen(plain) - strlen(*s)] = 0;
            break;
        }
    return plain;
}

static void dispatch_memory(walker *w, const char *file, const char *member,
                            const char *name, const unsigned char *data,
                            size_t n, int depth);

/*
 * Reads every regular member of ar, whose first header (e, status r) has
 * been read.  `chain` is the member path of the archive itself inside `file`
 * ("inner.tar", "inner.zip:deeper.tar"; NULL for a file on disk); `depth`
 * how many archives enclose ar (0 for a file on disk).
 */
static void iterate_archive(walker *w, struct archive *ar,
                            struct archive_entry *e, int r, const char *file,
                            const char *chain, int depth, int on_disk)
{
    buf last = {0};   /* last member read, for messages */
    buf mchain = {0};
    int retries = 0;
    for (;;) {
        if (r == ARCHIVE_EOF) break;
        if (r == ARCHIVE_RETRY && ++retries < 100) {
            r = archive_read_next_header(ar, &e);
            continue;
        }
        if (r < ARCHIVE_WARN || r == ARCHIVE_RETRY) {
            if (last.len)
                wskip(w, file, chain, "archive error after member %s: %s",
                      buf_cstr(&last), archive_msg(ar));
            else
                wskip(w, file, chain, "archive error: %s", archive_msg(ar));
            break;
        }
        /* UTF-8 when libarchive can convert the name (zip's UTF-8 names
         * cannot be converted to the C locale's ASCII), else the raw bytes
         * (the source string is sanitized later) */
        const char *pathname = archive_entry_pathname_utf8(e);
        if (!pathname) pathname = archive_entry_pathname(e);
        if (!pathname) pathname = "?";
        pathname = strip_dot_slash(pathname, 1);
        int fatal = 0;
        if (archive_entry_filetype(e) == AE_IFREG && !archive_entry_hardlink(e) &&
            *pathname && !hidden_member(pathname) && input_ignored_name(pathname)) {
            buf_clear(&mchain);
            if (chain) {
                buf_puts(&mchain, chain);
                buf_putc(&mchain, ':');
            }
            buf_puts(&mchain, pathname);
            ignore(w, file, buf_cstr(&mchain));
        } else if (archive_entry_filetype(e) == AE_IFREG && !archive_entry_hardlink(e) &&
            *pathname && !hidden_member(pathname)) {
            buf_clear(&mchain);
            if (chain) {
                buf_puts(&mchain, chain);
                buf_putc(&mchain, ':');
            }
            buf_puts(&mchain, pathname);
            const char *m = buf_cstr(&mchain);
            buf_clear(&last);
            buf_puts(&last, pathname);
            if (archive_entry_is_encrypted(e)) {
                wskip(w, file, m, "encrypted member, skipped");
            } else {
                buf b = {0};
                int rr = read_upto(ar, &b, INPUT_HEAD);
                if (rr >= 0 && input_is_warc_gz(pathname, b.p, b.len)) {
                    run_warc_gz_entry(w, ar, file, m, &b);
                    buf_free(&b);
                    goto next_member;
                }
                const input_format *sf = rr >= 0 && b.len ? choose_format(pathname, b.p, b.len) : NULL;
                if (sf && sf->parse_stream) {
                    /* a streaming format reads the member in bounded memory */
                    run_format_stream(w, sf, ar, file, m, &b);
                    buf_free(&b);
                    goto next_member;
                }
                if (archive_entry_size_is_set(e) &&
                    archive_entry_size(e) > (la_int64_t)INPUT_MAX_MEMBER) {
                    wskip(w, file, m, "member larger than 256 MiB, skipped");
                    buf_free(&b);
                    goto next_member;
                }
                if (rr == 0) rr = read_upto(ar, &b, (size_t)INPUT_MAX_MEMBER + 1);
                if (rr < 0) {
                    wskip(w, file, m, "read error: %s", read_error(ar, rr));
                    fatal = rr == ARCHIVE_FATAL || rr == -100;
                } else if (b.len > (size_t)INPUT_MAX_MEMBER) {
                    wskip(w, file, m, "member larger than 256 MiB, skipped");
                } else {
                    dispatch_memory(w, file, m, pathname, b.p, b.len, depth + 1);
                }
                buf_free(&b);
            }
        }
    next_member:
        if (on_disk) report_progress(w, (uint64_t)archive_filter_bytes(ar, -1));
        if (w->stop || fatal) break;
        r = archive_read_next_header(ar, &e);
    }
    buf_free(&last);
    buf_free(&mchain);
}

/* Dispatches one member (or input_read_memory data) held in memory. */
static void dispatch_memory(walker *w, const char *file, const char *member,
                            const char *name, const unsigned char *data,
                            size_t n, int depth)
{
    if (n == 0) {
        wskip(w, file, member, "empty file");
        return;
    }
    if (input_is_warc_gz(name, data, n)) {
        input_memory_stream ms;
        input_stream_memory(&ms, data, n);
        run_format_any(w, NULL, file, member, NULL, 0, &ms.s);
        return;
    }
    struct archive *ar = new_reader();
    if (!ar || archive_read_open_memory(ar, data, n) != ARCHIVE_OK) {
        wskip(w, file, member, "cannot read: %s", ar ? archive_msg(ar) : "out of memory");
        if (ar) archive_read_free(ar);
        return;
    }
    struct archive_entry *e = NULL;
    int r = archive_read_next_header(ar, &e);
    int fmt = archive_format(ar) & ARCHIVE_FORMAT_BASE_MASK;
    if (r >= ARCHIVE_WARN && r != ARCHIVE_RETRY && fmt == ARCHIVE_FORMAT_RAW) {
        if (archive_filter_count(ar) <= 1) {
            const input_format *f = choose_format(name, data, n);
            if (f) run_format(w, f, file, member, (const char *)data, n);
            else no_format(w, file, member, name, data, n);
        } else {
            char *plain = plain_name(name);
            if (plain) read_raw_entry(w, ar, file, member, plain, 1, 0);
            else wskip(w, file, member, "out of memory");
            free(plain);
        }
    } else if (r == ARCHIVE_EOF) {
        wskip(w, file, member, "archive without members");
    } else if (r >= ARCHIVE_WARN) {
        if (depth >= INPUT_MAX_NESTING)
            wskip(w, file, member, "archive nested more than %d deep, skipped",
                  INPUT_MAX_NESTING);
        else
            iterate_archive(w, ar, e, r, file, member, depth, 0);
    } else {
        /* libarchive recognised something but could not read it: if an
         * article format wants the bytes as they are, let it have them. */
        const input_format *f = choose_format(name, data, n);
        if (f) run_format(w, f, file, member, (const char *)data, n);
        else wskip(w, file, member, "unreadable archive: %s", archive_msg(ar));
    }
    archive_read_free(ar);
}

/* Reads one file on disk: `path` as it is shown (leading "./" removed). */
static void read_file(walker *w, const char *path, const struct stat *st)
{
    if (S_ISREG(st->st_mode) && st->st_size == 0) {
        wskip(w, path, NULL, "empty file");
        return;
    }
    if (S_ISREG(st->st_mode) && read_warc_gz_file(w, path)) return;
    struct archive *ar = new_reader();
    if (!ar) {
        wskip(w, path, NULL, "out of memory");
        return;
    }
    if (archive_read_open_filename(ar, path, INPUT_BLOCK) != ARCHIVE_OK) {
        wskip(w, path, NULL, "cannot read: %s", archive_msg(ar));
        archive_read_free(ar);
        return;
    }
    struct archive_entry *e = NULL;
    int r = archive_read_next_header(ar, &e);
    int fmt = archive_format(ar) & ARCHIVE_FORMAT_BASE_MASK;
    if (r >= ARCHIVE_WARN && r != ARCHIVE_RETRY && fmt == ARCHIVE_FORMAT_RAW) {
        if (archive_filter_count(ar) <= 1) {
            read_raw_entry(w, ar, path, NULL, path, 0,
                           S_ISREG(st->st_mode) && st->st_size > (off_t)INPUT_MAX_MEMBER);
        } else {
            char *plain = plain_name(path);
            if (plain) read_raw_entry(w, ar, path, NULL, plain, 1, 0);
            else wskip(w, path, NULL, "out of memory");
            free(plain);
        }
    } else if (r == ARCHIVE_EOF) {
        wskip(w, path, NULL, "archive without members");
    } else if (r >= ARCHIVE_WARN) {
        iterate_archive(w, ar, e, r, path, NULL, 0, 1);
    } else {
        wskip(w, path, NULL, "unreadable archive: %s", archive_msg(ar));
    }
    if (!S_ISREG(st->st_mode)) report_progress(w, (uint64_t)archive_filter_bytes(ar, -1));
    archive_read_free(ar);
}

static void process_file(walker *w, const char *path, const struct stat *st, int explicit)
{
    w->reported = 0;
    /* a file named on the command line is always tried */
    if (!explicit && input_ignored_name(path)) ignore(w, path, NULL);
    else read_file(w, path, st);
    /* the whole file counts as consumed, whatever was read of it */
    if (S_ISREG(st->st_mode)) report_progress(w, (uint64_t)st->st_size);
}

int input_ignored_name(const char *name)
{
    static const char *const exts[] = {
        ".md", ".markdown", ".rst", ".css", ".js", ".mjs", ".map", ".png", ".jpg", ".jpeg",
        ".gif", ".svg", ".webp", ".ico", ".bmp", ".tif", ".tiff", ".avif", ".woff", ".woff2",
        ".ttf", ".otf", ".eot", ".mp3", ".mp4", ".m4a", ".webm", ".ogg", ".wav", ".avi",
        ".mov", ".swf", NULL};
    static const char *const docs[] = {"readme", "license", "licence", "copying", "notice",
                                       "changelog", "authors", NULL};
    if (input_has_ext(name, exts)) return 1;
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    for (const char *const *d = docs; *d; d++) {
        size_t l = strlen(*d);
        if (strncasecmp(base, *d, l) == 0 &&
            (base[l] == 0 || !strcasecmp(base + l, ".txt")))
            return 1;
    }
    return 0;
}

static void ignore(walker *w, const char *file, const char *member)
{
    if (w->sink->ignored) w->sink->ignored(w->sink, file, member);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join_path(const char *dir, const char *name)
{
    size_t d = strlen(dir), n = strlen(name);
    int slash = d && dir[d - 1] != '/';
    char *p = malloc(d + slash + n + 1);
    if (!p) return NULL;
    memcpy(p, dir, d);
    if (slash) p[d] = '/';
    memcpy(p + d + slash, name, n + 1);
    /* "./x" -> "x" (in place) */
    const char *s = strip_dot_slash(p, 0);
    if (s != p) memmove(p, s, strlen(s) + 1);
    return p;
}

static int push_dir(walker *w, const struct stat *st)
{
    for (size_t i = 0; i < w->ndirs; i++)
        if (w->dirs[i].dev == st->st_dev && w->dirs[i].ino == st->st_ino) return 1;
    if (w->ndirs == w->capdirs) {
        size_t cap = w->capdirs ? w->capdirs * 2 : 16;
        dir_id *d = realloc(w->dirs, cap * sizeof *d);
        if (!d) return -1;
        w->dirs = d;
        w->capdirs = cap;
    }
    w->dirs[w->ndirs].dev = st->st_dev;
    w->dirs[w->ndirs].ino = st->st_ino;
    w->ndirs++;
    return 0;
}

/* Walks directory `path` (already stat'ed and pushed); returns -1 when it
 * cannot be opened. */
static int walk_dir(walker *w, const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        wskip(w, path, NULL, "cannot open directory: %s", strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        if (n == cap) {
            size_t c = cap ? cap * 2 : 64;
            char **nn = realloc(names, c * sizeof *nn);
            if (!nn) break;
            names = nn;
            cap = c;
        }
        if (!(names[n] = strdup(de->d_name))) break;
        n++;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char *child = w->stop ? NULL : join_path(path, names[i]);
        free(names[i]);
        if (!child) continue;
        struct stat st;
        if (stat(child, &st) != 0) {
            struct stat lst;
            if (lstat(child, &lst) == 0 && S_ISLNK(lst.st_mode))
                wskip(w, child, NULL, "broken symbolic link");
            else
                wskip(w, child, NULL, "cannot stat: %s", strerror(errno));
        } else if (S_ISDIR(st.st_mode)) {
            if (w->ndirs >= INPUT_MAX_DIR_DEPTH) {
                wskip(w, child, NULL, "directories nested more than %d deep, skipped",
                      INPUT_MAX_DIR_DEPTH);
            } else {
                int p = push_dir(w, &st);
                if (p > 0) wskip(w, child, NULL, "directory loop (symbolic link), skipped");
                else if (p < 0) wskip(w, child, NULL, "out of memory");
                else {
                    walk_dir(w, child);
                    w->ndirs--;
                }
            }
        } else if (S_ISREG(st.st_mode)) {
            process_file(w, child, &st, 0);
        } else {
            wskip(w, child, NULL, "not a regular file");
        }
        free(child);
    }
    free(names);
    return 0;
}

/*
 * libarchive converts member names to the locale's character set: in the C
 * locale (ASCII) a zip member "café.txt" has no name at all.  The walk runs
 * with a UTF-8 LC_CTYPE for this thread only (uselocale), restored at the
 * end, so names come through as UTF-8 whatever the process locale is.
 */
static void walker_init(walker *w, input_sink *sink)
{
    memset(w, 0, sizeof *w);
    w->sink = sink;
    arena_init(&w->a);
    w->utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (w->utf8 == (locale_t)0) w->utf8 = newlocale(LC_CTYPE_MASK, "C.utf8", (locale_t)0);
    if (w->utf8 != (locale_t)0) w->old_locale = uselocale(w->utf8);
}

static void walker_free(walker *w)
{
    if (w->utf8 != (locale_t)0) {
        uselocale(w->old_locale);
        freelocale(w->utf8);
    }
    arena_free(&w->a);
    free(w->dirs);
}

int input_walk(const char *path, input_sink *sink)
{
    walker w;
    walker_init(&w, sink);
    int rc = 0;
    char *shown = NULL;
    /* "./x" -> "x", "x//y" kept as given otherwise */
    const char *s = strip_dot_slash(path, 0);
    shown = strdup(*s ? s : path);
    if (!shown) {
        walker_free(&w);
        return -1;
    }
    struct stat st;
    if (stat(shown, &st) != 0) {
        wskip(&w, shown, NULL, "%s", strerror(errno));
        rc = -1;
    } else if (S_ISDIR(st.st_mode)) {
        if (push_dir(&w, &st) < 0) rc = -1;
        else if (walk_dir(&w, shown) < 0) rc = -1;
    } else {
        /* regular files, and also a FIFO or device named explicitly */
        process_file(&w, shown, &st, 1);
    }
    if (w.stop) rc = 1;
    free(shown);
    walker_free(&w);
    return rc;
}

int input_read_memory(const char *name, const void *data, size_t n,
                      input_sink *sink)
{
    walker w;
    walker_init(&w, sink);
    dispatch_memory(&w, name, NULL, name, data, n, 0);
    if (sink->progress && n) sink->progress(sink, n);
    int rc = w.stop ? 1 : 0;
    walker_free(&w);
    return rc;
}
