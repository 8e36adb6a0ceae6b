/*
 * Format "txt": one article per plain-text file.
 *
 *   Title on the first non-empty line
 *   Date: 2022-02-07                    } optional metadata lines directly
 *   By: Name  (or Author:)              } after the title, before the first
 *   URL: https://...  (or Source:)      } blank line; keys case-insensitive
 *
 *   Body: the rest, as it is (paragraphs separated by blank lines, or one
 *   paragraph per line as scraped text often has), with CRLF turned into LF
 *   and white space trimmed at both ends.  Lines a scraper left after the
 *   article ("Leave a Reply", "Source link", ad-blocker notices, ...) are
 *   cut by text_clean(); a byline among them ("Author: Name") becomes the
 *   author when the metadata lines gave none.
 *
 * A UTF-8 byte order mark at the start is dropped, and so are NUL bytes
 * (past the first 4 KiB, where the bid would have refused the file).
 */
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "input.h"
#include "text_clean.h"

static int txt_bid(const char *name, const unsigned char *head, size_t n)
{
    static const char *const exts[] = {".txt", ".text", ".md", NULL}; /* .md only when named explicitly */
    if (!input_looks_text(head, n)) return 0;
    if (input_has_ext(name, exts)) return 100;
    if (!input_ext(name)) return 10;
    return 0;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\v') return 0;
    return 1;
}

/* If line s[0..n) is "Key: value" with key one of the metadata keys, stores
 * the value (first occurrence wins) and returns 1. */
static int meta_line(input_ctx *ic, const char *s, size_t n, char **date,
                     char **author, char **url)
{
    static const struct { const char *key; int field; } keys[] = {
        {"date", 0}, {"by", 1}, {"author", 1}, {"url", 2}, {"source", 2}};
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    const char *colon = memchr(s, ':', n);
    if (!colon) return 0;
    size_t klen = (size_t)(colon - s);
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        if (strlen(keys[k].key) != klen || strncasecmp(s, keys[k].key, klen) != 0)
            continue;
        char **slot = keys[k].field == 0 ? date : keys[k].field == 1 ? author : url;
        if (!*slot) *slot = arena_strndup(ic->a, colon + 1, n - klen - 1);
        return 1;
    }
    return 0;
}

static int txt_parse(input_ctx *ic, const char *data, size_t n)
{
    ic->where[0] = 0;
    if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) data += 3, n -= 3;
    /* CRLF (and a lone CR) -> LF; NUL bytes dropped */
    buf t = {0};
    if (buf_reserve(&t, n + 1)) {
        input_skip(ic, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (data[i] == '\r') {
            t.p[t.len++] = '\n';
            if (i + 1 < n && data[i + 1] == '\n') i++;
        } else if (data[i] != 0) {
            t.p[t.len++] = (unsigned char)data[i];
        }
    }
    const char *s = (const char *)t.p, *end = s + t.len;
    char *title = NULL, *date = NULL, *author = NULL, *url = NULL;
    const char *p = s;
    int oom = 0;
    /* title: the first non-blank line */
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *next = nl ? nl + 1 : end;
        if (!blank(p, (size_t)(le - p))) {
            title = arena_strndup(ic->a, p, (size_t)(le - p));
            oom = !title;
            p = next;
            break;
        }
        p = next;
    }
    /* metadata lines, then the body */
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *next = nl ? nl + 1 : end;
        if (blank(p, (size_t)(le - p))) {
            p = next;
            break;
        }
        if (!meta_line(ic, p, (size_t)(le - p), &date, &author, &url)) break;
        p = next;
    }
    buf byline = {0};
    size_t blen = text_clean(p, (size_t)(end - p), &byline);
    char *body = arena_strndup(ic->a, p, blen);
    if (!author && byline.len && !byline.oom) {
        author = arena_strndup(ic->a, (const char *)byline.p, byline.len);
        oom |= !author;
    }
    buf_free(&byline);
    buf_free(&t);
    if (oom || !body) {
        input_skip(ic, "out of memory");
        return -1;
    }
    input_emit(ic, title, body, url, author, date);
    return 0;
}

const input_format input_format_txt = {"txt", txt_bid, txt_parse, NULL};
