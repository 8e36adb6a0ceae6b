/* Fuzz target: article extraction from HTML, on sanitized input (as the
 * pipeline does) and on raw bytes; every field must be valid UTF-8, the
 * metadata one line, and the body paragraphs separated by exactly "\n\n"
 * with no white space at either end.  Also the plain-text cleaner. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html_extract.h"
#include "text_clean.h"
#include "utf8.h"

static void check_line(const buf *b)
{
    if (!utf8_valid((const char *)b->p, b->len)) abort();
    if (b->len && memchr(b->p, '\n', b->len)) abort();
}

static void check_body(const buf *b)
{
    const char *s = (const char *)b->p;
    size_t n = b->len;
    if (!utf8_valid(s, n)) abort();
    if (n && (s[0] == ' ' || s[0] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\n')) abort();
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\t' || s[i] == '\r' || s[i] == 0) abort();
        if (s[i] == '\n') {
            size_t k = i;
            while (k < n && s[k] == '\n') k++;
            if (k - i != 2) abort();
            i = k - 1;
        }
    }
}

static void run(const char *s, size_t n)
{
    static html_article a;
    html_extract_opts o = {(int)(n & 1)};
    if (html_extract(s, n, &o, &a) == 0) {
        check_body(&a.body);
        check_line(&a.title);
        check_line(&a.author);
        check_line(&a.date);
        check_line(&a.url);
    }
    html_article_free(&a);
    buf au = {0};
    size_t k = text_clean(s, n, &au);
    if (k > n) abort();
    buf_free(&au);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    buf clean = {0};
    utf8_sanitize(&clean, (const char *)data, size);
    if (!clean.oom) run(clean.p ? (const char *)clean.p : "", clean.len);
    buf_free(&clean);
    run(size ? (const char *)data : "", size);
    return 0;
}
