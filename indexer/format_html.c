/*
 * Format "html": one article per HTML page, through html_extract() (title,
 * main text with the boilerplate removed, author, date and canonical URL;
 * see docs/EXTRACTION-HTML.md).  When extraction finds no text (or fails),
 * html_text_extract() gives all the page's text instead, and its metadata
 * fills the fields extraction left empty.  The page is sanitized to UTF-8
 * first (pages in other encodings come out with U+FFFD for their non-ASCII
 * bytes; the count goes into the article's bad_utf8).
 */
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "html_extract.h"
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
    html_article art;
    memset(&art, 0, sizeof art);
    int rc = html_extract((const char *)page.p, page.len, NULL, &art);
    html_text h;
    memset(&h, 0, sizeof h);
    if (rc != 0 || art.body.len == 0)
        html_text_extract((const char *)page.p, page.len, &h);
    buf_free(&page);
    if (art.body.len == 0) {
        /* extraction found nothing: the whole page's text, and its metadata
         * where extraction had none */
        buf *pairs[][2] = {{&art.body, &h.body}, {&art.title, &h.title},
                           {&art.author, &h.author}, {&art.date, &h.date},
                           {&art.url, &h.url}};
        for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
            if (pairs[i][0]->len == 0 && pairs[i][1]->len) {
                buf_clear(pairs[i][0]);
                buf_put(pairs[i][0], pairs[i][1]->p, pairs[i][1]->len);
            }
    }
    int oom = h.title.oom || h.body.oom || art.title.oom || art.body.oom ||
              art.author.oom || art.date.oom || art.url.oom;
    html_text_free(&h);
    if (oom) {
        html_article_free(&art);
        input_skip(ic, "out of memory");
        return -1;
    }
    ic->bad_utf8 += bad;
    input_emit(ic, field(&art.title), field(&art.body), field(&art.url),
               field(&art.author), field(&art.date));
    html_article_free(&art);
    return 0;
}

const input_format input_format_html = {"html", html_bid, html_parse, NULL};
