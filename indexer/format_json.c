/*
 * Formats "json" (one object per file, or an array of objects) and "jsonl"
 * (one object per line, blank lines ignored).
 *
 * Keys, case-sensitive, earlier ones preferred when several are present:
 *   title:  title, headline
 *   body:   text, body, content, maintext, article, description
 *   date:   date, date_publish, published, published_at, datePublished, pubdate,
 *           date_modify, date_download
 *   url:    url, link
 *   author: author, byline, authors
 * This covers news-please / CC-News dumps (title, maintext, date_publish,
 * url, authors as an array, description when there is no maintext) and
 * the Hugging Face cc_news shape (title, text, date, url, description).
 * Mappings set with input_set_field_map() ("body=story") come before all
 * of these, in the order given.  Other keys (source_domain, language, ...)
 * are ignored.  String and number values are taken; an array of
 * strings gives its elements joined with ", " for the author, "\n\n" for the
 * body and its first element otherwise.
 *
 * A line (or array element) that does not parse is reported through
 * input_skip() with its line number (element number) and the error, and the
 * next one is read.  After MAX_REPORTED such reports per input, further ones
 * are only counted and summed up in one last line.
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "input.h"
#include "json.h"

enum { F_TITLE, F_BODY, F_URL, F_AUTHOR, F_DATE, F_COUNT };
enum { MAX_REPORTED = 100 };

static const struct {
    const char *key;
    int field, rank;
} json_keys[] = {
    {"title", F_TITLE, 0},        {"headline", F_TITLE, 1},
    {"text", F_BODY, 0},          {"body", F_BODY, 1},
    {"content", F_BODY, 2},       {"maintext", F_BODY, 3},
    {"article", F_BODY, 4},       {"date", F_DATE, 0},
    {"date_publish", F_DATE, 1},  {"published", F_DATE, 2},
    {"published_at", F_DATE, 3},  {"datePublished", F_DATE, 4},
    {"pubdate", F_DATE, 5},       {"url", F_URL, 0},
    {"link", F_URL, 1},           {"author", F_AUTHOR, 0},
    {"byline", F_AUTHOR, 1},      {"authors", F_AUTHOR, 2},
    {"description", F_BODY, 5},   {"date_modify", F_DATE, 6},
    {"date_download", F_DATE, 7},
};

/* Mappings from input_set_field_map(): rank = their order, before every
 * built-in key (ranked from BUILTIN_RANK). */
enum { MAX_FIELD_MAPS = 32, BUILTIN_RANK = 100 };
static struct {
    char key[64];
    int field;
} field_maps[MAX_FIELD_MAPS];
static int nfield_maps;

int input_set_field_map(const char *spec)
{
    static const struct { const char *name; int field; } names[] = {
        {"title", F_TITLE}, {"body", F_BODY}, {"text", F_BODY}, {"date", F_DATE},
        {"url", F_URL},     {"author", F_AUTHOR}};
    const char *eq = spec ? strchr(spec, '=') : NULL;
    if (!eq || eq == spec || !eq[1] || strlen(eq + 1) >= sizeof field_maps[0].key ||
        nfield_maps == MAX_FIELD_MAPS)
        return -1;
    size_t fl = (size_t)(eq - spec);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == fl && strncmp(names[i].name, spec, fl) == 0) {
            strcpy(field_maps[nfield_maps].key, eq + 1);
            field_maps[nfield_maps].field = names[i].field;
            nfield_maps++;
            return 0;
        }
    return -1;
}

void input_clear_field_maps(void)
{
    nfield_maps = 0;
}

typedef struct {
    buf v[F_COUNT];
    int rank[F_COUNT];   /* rank of the key that set v[i]; -1 = unset */
    int count[F_COUNT];  /* values joined into v[i] */
} fields;

typedef struct {
    input_ctx *ic;
    fields f;
    size_t errors;       /* parse errors in this input */
} jparse;

static void fields_clear(fields *f)
{
    for (int i = 0; i < F_COUNT; i++) {
        buf_clear(&f->v[i]);
        f->rank[i] = -1;
        f->count[i] = 0;
    }
}

static void fields_free(fields *f)
{
    for (int i = 0; i < F_COUNT; i++) buf_free(&f->v[i]);
}

/* Appends v[0..n) without the NUL bytes a \u0000 escape may have put in
 * (input_emit takes NUL-terminated strings). */
static void put_value(buf *b, const char *v, size_t n)
{
    const char *z;
    while (n && (z = memchr(v, 0, n))) {
        buf_put(b, v, (size_t)(z - v));
        n -= (size_t)(z - v) + 1;
        v = z + 1;
    }
    buf_put(b, v, n);
}

static void on_member(void *ctx, const char *key, size_t key_len,
                      json_kind kind, const char *value, size_t value_len,
                      int index)
{
    fields *f = ctx;
    if (kind != JSON_STRING && kind != JSON_NUMBER) return;
    if (value_len == 0) return;
    int i = -1, rank = 0;
    for (int k = 0; k < nfield_maps && i < 0; k++)
        if (strlen(field_maps[k].key) == key_len && memcmp(field_maps[k].key, key, key_len) == 0) {
            i = field_maps[k].field;
            rank = k;
        }
    for (size_t k = 0; k < sizeof json_keys / sizeof json_keys[0] && i < 0; k++)
        if (strlen(json_keys[k].key) == key_len && memcmp(json_keys[k].key, key, key_len) == 0) {
            i = json_keys[k].field;
            rank = BUILTIN_RANK + json_keys[k].rank;
        }
    if (i < 0) return;
    if (f->rank[i] < 0 || rank < f->rank[i]) {
        buf_clear(&f->v[i]);
        put_value(&f->v[i], value, value_len);
        f->rank[i] = rank;
        f->count[i] = 1;
    } else if (rank == f->rank[i] && index > 0 && (i == F_AUTHOR || i == F_BODY)) {
        buf_puts(&f->v[i], i == F_AUTHOR ? ", " : "\n\n");
        put_value(&f->v[i], value, value_len);
        f->count[i]++;
    }
}

static int emit_fields(input_ctx *ic, fields *f)
{
    const char *v[F_COUNT];
    for (int i = 0; i < F_COUNT; i++) {
        if (f->v[i].oom) {
            input_skip(ic, "%s%sout of memory", ic->where, ic->where[0] ? ": " : "");
            arena_reset(ic->a);
            return ic->stop;
        }
        v[i] = f->rank[i] >= 0 ? buf_cstr(&f->v[i]) : NULL;
    }
    return input_emit(ic, v[F_TITLE], v[F_BODY], v[F_URL], v[F_AUTHOR], v[F_DATE]);
}

/* Parses one object s[0..n); `what` ("line"/"element") and `no` name it in
 * messages, `base` is added to error offsets.  Returns non-zero to stop. */
/* ic->where = "<what> <no>", as snprintf would write it: snprintf for each
 * article was 0.3% of indexing real.jsonl's instructions. */
static void set_where(input_ctx *ic, const char *what, size_t no)
{
    char digits[24];
    size_t nd = 0, wl = strlen(what);
    for (size_t v = no; nd == 0 || v; v /= 10) digits[nd++] = (char)('0' + v % 10);
    if (wl + 1 + nd >= sizeof ic->where) { /* a long `what` (none yet): cut as snprintf cuts */
        snprintf(ic->where, sizeof ic->where, "%s %zu", what, no);
        return;
    }
    memcpy(ic->where, what, wl);
    ic->where[wl] = ' ';
    for (size_t k = 0; k < nd; k++) ic->where[wl + 1 + k] = digits[nd - 1 - k];
    ic->where[wl + 1 + nd] = 0;
}

static int parse_one(jparse *jp, const char *s, size_t n, const char *what,
                     size_t no, size_t base)
{
    input_ctx *ic = jp->ic;
    size_t errpos = 0;
    const char *errmsg = NULL;
    fields_clear(&jp->f);
    set_where(ic, what, no);
    if (json_parse_object(s, n, ic->a, on_member, &jp->f, &errpos, &errmsg) != 0) {
        if (++jp->errors <= MAX_REPORTED)
            input_skip(ic, "%s %zu: JSON error at byte %zu: %s", what, no,
                       base + errpos, errmsg ? errmsg : "syntax error");
        arena_reset(ic->a);
        return ic->stop;
    }
    return emit_fields(ic, &jp->f);
}

static void report_more_errors(jparse *jp, const char *what)
{
    if (jp->errors > MAX_REPORTED) {
        jp->ic->where[0] = 0;
        input_skip(jp->ic, "%zu more %ss with JSON errors not shown",
                   jp->errors - MAX_REPORTED, what);
    }
}

static size_t skip_bom(const char *data, size_t n)
{
    return n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int jsonl_lines(jparse *jp, const char *data, size_t n);

/*
 * Scans one JSON value starting at s[i] (not white space) and returns the
 * offset just past it, or 0 when it does not end before n.  Strings and
 * brackets are matched (with a counter, no recursion); the value itself is
 * validated later by json_parse_object.
 */
static size_t value_end(const char *s, size_t n, size_t i)
{
    size_t depth = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '"') {
            for (i++; i < n && s[i] != '"'; i++)
                if (s[i] == '\\') i++;
            if (i >= n) return 0;
            if (depth == 0) return i + 1;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth == 0) return i; /* end of a scalar before the bracket */
            if (--depth == 0) return i + 1;
        } else if (depth == 0 && (c == ',' || is_ws(c))) {
            return i;
        }
    }
    return depth == 0 ? n : 0;
}

/* A JSON array of objects: each element is one article. */
static int json_array(jparse *jp, const char *data, size_t n, size_t i)
{
    input_ctx *ic = jp->ic;
    size_t elem = 0;
    i++; /* '[' */
    for (;;) {
        while (i < n && is_ws(data[i])) i++;
        if (i < n && data[i] == ']' && elem == 0) break;
        if (i >= n) {
            ic->where[0] = 0;
            input_skip(ic, "JSON error at byte %zu: unterminated array", i);
            break;
        }
        elem++;
        size_t e = value_end(data, n, i);
        if (e == 0) {
            ic->where[0] = 0;
            input_skip(ic, "element %zu: JSON error at byte %zu: unterminated value",
                       elem, i);
            break;
        }
        if (e == i) {
            ic->where[0] = 0;
            input_skip(ic, "element %zu: JSON error at byte %zu: expected a value",
                       elem, i);
            break;
        }
        if (data[i] == '{') {
            if (parse_one(jp, data + i, e - i, "element", elem, i)) return 0;
        } else {
            ic->where[0] = 0;
            input_skip(ic, "element %zu: not an object, skipped", elem);
        }
        i = e;
        while (i < n && is_ws(data[i])) i++;
        if (i < n && data[i] == ',') {
            i++;
            continue;
        }
        if (i < n && data[i] == ']') break;
        ic->where[0] = 0;
        input_skip(ic, "JSON error at byte %zu: expected ',' or ']'", i);
        break;
    }
    report_more_errors(jp, "element");
    return 0;
}

static int json_parse(input_ctx *ic, const char *data, size_t n)
{
    jparse jp = {.ic = ic};
    fields_clear(&jp.f);
    size_t i = skip_bom(data, n);
    while (i < n && is_ws(data[i])) i++;
    ic->where[0] = 0;
    int rc = 0;
    if (i < n && data[i] == '[') {
        json_array(&jp, data, n, i);
    } else if (i < n && data[i] == '{') {
        size_t errpos = 0;
        const char *errmsg = NULL;
        if (json_parse_object(data, n, ic->a, on_member, &jp.f, &errpos, &errmsg) == 0) {
            emit_fields(ic, &jp.f);
        } else {
            /* JSON Lines under a .json name?  Only if the first line is a
             * whole object by itself. */
            const char *nl = memchr(data + i, '\n', n - i);
            size_t errpos2;
            const char *errmsg2;
            arena_reset(ic->a);
            fields_clear(&jp.f);
            if (nl && json_parse_object(data + i, (size_t)(nl - data - i), ic->a,
                                        on_member, &jp.f, &errpos2, &errmsg2) == 0) {
                arena_reset(ic->a);
                jsonl_lines(&jp, data, n);
            } else {
                input_skip(ic, "JSON error at byte %zu: %s", errpos,
                           errmsg ? errmsg : "syntax error");
                rc = -1;
            }
        }
    } else {
        input_skip(ic, "JSON error at byte %zu: expected an object or an array of objects", i);
        rc = -1;
    }
    arena_reset(ic->a);
    fields_free(&jp.f);
    return rc;
}

static int jsonl_parse(input_ctx *ic, const char *data, size_t n)
{
    jparse jp = {.ic = ic};
    fields_clear(&jp.f);
    jsonl_lines(&jp, data, n);
    arena_reset(ic->a);
    fields_free(&jp.f);
    return 0;
}

/*
 * JSONL from a stream: lines are cut from 256 KiB reads, so memory stays at
 * the longest line (capped at INPUT_MAX_LINE; a longer one is skipped up to
 * its newline) however large the file.  (1 MiB reads held a 2 MiB buffer,
 * counted against --memory for nothing: the read size does not show in
 * the speed.)
 */
static void jsonl_stream_lines(jparse *jp, input_stream *in)
{
    enum { CHUNK = 1 << 18 };
    input_ctx *ic = jp->ic;
    buf pending = {0};
    size_t line = 0, start = 0;
    int eof = 0, skipping = 0, first = 1;
    while (!ic->stop && !eof) {
        if (buf_reserve(&pending, CHUNK)) {
            input_skip(ic, "out of memory");
            break;
        }
        long k = in->read(in, pending.p + pending.len, CHUNK);
        if (k < 0) {
            ic->where[0] = 0;
            input_skip(ic, "read error after line %zu: %s", line, in->errmsg ? in->errmsg : "?");
            break;
        }
        if (k == 0) eof = 1;
        pending.len += (size_t)k;
        if (first && pending.len >= 3) {
            start = skip_bom((const char *)pending.p, pending.len);
            first = 0;
        }
        for (;;) {
            const char *p = (const char *)pending.p + start;
            size_t avail = pending.len - start;
            const char *nl = memchr(p, '\n', avail);
            if (!nl && !eof) {
                if (avail > (size_t)INPUT_MAX_LINE) { /* drop the overlong line's bytes */
                    if (!skipping) {
                        ic->where[0] = 0;
                        input_skip(ic, "line %zu: longer than 16 MiB, skipped", line + 1);
                    }
                    skipping = 1;
                    start = pending.len;
                }
                break;
            }
            size_t len = nl ? (size_t)(nl - p) : avail;
            if (!nl && len == 0) break;
            start += len + (nl ? 1 : 0);
            line++;
            if (skipping) { /* the tail of an overlong line */
                skipping = 0;
                continue;
            }
            size_t t = len;
            while (t && is_ws(p[t - 1])) t--;
            size_t b = 0;
            while (b < t && is_ws(p[b])) b++;
            if (b == t) continue;
            if (len > (size_t)INPUT_MAX_LINE) {
                ic->where[0] = 0;
                input_skip(ic, "line %zu: longer than 16 MiB, skipped", line);
                continue;
            }
            parse_one(jp, p, t, "line", line, 0);
            if (ic->stop) break;
        }
        /* keep only the unfinished line */
        if (start > 0) {
            memmove(pending.p, pending.p + start, pending.len - start);
            pending.len -= start;
            start = 0;
        }
    }
    report_more_errors(jp, "line");
    buf_free(&pending);
}

static int jsonl_parse_stream(input_ctx *ic, input_stream *in)
{
    jparse jp = {.ic = ic};
    fields_clear(&jp.f);
    jsonl_stream_lines(&jp, in);
    arena_reset(ic->a);
    fields_free(&jp.f);
    return 0;
}

/* JSONL held in memory (a nested member, a .json file of lines): the same
 * line splitter, reading from the buffer. */
static int jsonl_lines(jparse *jp, const char *data, size_t n)
{
    input_memory_stream m;
    input_stream_memory(&m, data, n);
    jsonl_stream_lines(jp, &m.s);
    return 0;
}

static int json_bid(const char *name, const unsigned char *head, size_t n)
{
    static const char *const exts[] = {".json", NULL};
    (void)head;
    (void)n;
    return input_has_ext(name, exts) ? 100 : 0;
}

static int jsonl_bid(const char *name, const unsigned char *head, size_t n)
{
    static const char *const exts[] = {".jsonl", ".ndjson", NULL};
    (void)head;
    (void)n;
    return input_has_ext(name, exts) ? 100 : 0;
}

const input_format input_format_json = {"json", json_bid, json_parse, NULL};
const input_format input_format_jsonl = {"jsonl", jsonl_bid, jsonl_parse, jsonl_parse_stream};
