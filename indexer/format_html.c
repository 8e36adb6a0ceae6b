/*
 * Format "html": one article per HTML page, through html_text_extract()
 * (title, body paragraphs, author, date and canonical URL from the page's
 * markup).  The page is sanitized to UTF-8 first (pages in other encodings
 * come out with U+FFFD for their non-ASCII bytes; the count goes into the
 * article's bad_utf8).
 */
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "html_text.h"
#include "input.h"
#include "utf8.h"

static int html_bid(const char *name, const unsigned char *head, size_t n)
{
    static const char *const exts[] = {".html", ".htm", ".xhtml", ".shtml", NULL};
    if (!input_looks_text(head, n)) return 0;
    if (input_has_ext(name, exts)) return 100;
    size_t i = 0;
    if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' ||
                     head[i] == '\r' || head[i] == '\f'))
        i++;
    const char *p = (const char *)head + i;
    size_t left = n - i;
    if ((left >= 14 && strncasecmp(p, "<!doctype html", 14) == 0) ||
        (left >= 5 && strncasecmp(p, "<html", 5) == 0 &&
         (left == 5 || p[5] == '>' || p[5] == ' ' || p[5] == '\t' ||
          p[5] == '\n' || p[5] == '\r')))
        return 50;
    return 0;
}

static const char *field(buf *b)
{
    if (b->len == 0 || b->oom) return NULL;
    return buf_cstr(b);
}

static int html_parse(input_ctx *ic, const char *data, size_t n)
{
    ic->where[0] = 0;
    buf page = {0};
    size_t bad = utf8_sanitize(&page, data, n);
    if (page.oom) {
        buf_free(&page);
        input_skip(ic, "out of memory");
        return -1;
    }
    html_text h;
    memset(&h, 0, sizeof h);
    html_text_extract((const char *)page.p, page.len, &h);
    buf_free(&page);
    if (h.title.oom || h.body.oom) {
        html_text_free(&h);
        input_skip(ic, "out of memory");
        return -1;
    }
    ic->bad_utf8 += bad;
    input_emit(ic, field(&h.title), field(&h.body), field(&h.url),
               field(&h.author), field(&h.date));
    html_text_free(&h);
    return 0;
}

const input_format input_format_html = {"html", html_bid, html_parse, NULL};
