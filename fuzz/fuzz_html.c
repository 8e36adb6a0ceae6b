/* Fuzz target: HTML to text, on sanitized input (as the pipeline does) and
 * on raw bytes; the output must be valid UTF-8 and the body normalised. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html_text.h"
#include "utf8.h"

static void check_collapsed(const buf *b)
{
    const char *s = (const char *)b->p;
    size_t n = b->len;
    if (!utf8_valid(s, n)) abort();
    if (n && (s[0] == ' ' || s[0] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\n')) abort();
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\t' || s[i] == '\r') abort();
        if (s[i] == ' ' && (s[i + 1] == ' ' || s[i + 1] == '\n')) abort();
        if (s[i] == '\n') {
            /* newlines come only as "\n\n", with no space after */
            size_t k = i;
            while (k < n && s[k] == '\n') k++;
            if (k - i != 2 || s[k] == ' ') abort();
            i = k - 1;
        }
    }
}

static void run(const char *s, size_t n)
{
    html_text h;
    memset(&h, 0, sizeof h);
    html_text_extract(s, n, &h);
    check_collapsed(&h.body);
    check_collapsed(&h.title);
    check_collapsed(&h.author);
    check_collapsed(&h.date);
    check_collapsed(&h.url);
    html_text_free(&h);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    buf clean = {0};
    utf8_sanitize(&clean, (const char *)data, size);
    if (!clean.oom) run((const char *)clean.p, clean.len);
    buf_free(&clean);
    run((const char *)data, size);
    return 0;
}
