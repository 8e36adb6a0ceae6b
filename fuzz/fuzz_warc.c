/*
 * Fuzz target for the WARC reader: the bytes are read as "x.warc" (the
 * record parser, HTTP heads, chunked and content decoding, charsets and the
 * HTML format behind them) and as "x.warc.gz" (through libarchive's gzip
 * filter) with input_read_memory(), with a sink that touches and drops
 * everything.  It must never crash, leak or read out of bounds.
 */
#include <stddef.h>
#include <stdint.h>

#include "input.h"

static int drop_article(input_sink *s, const article *a, arena *ar)
{
    (void)s;
    (void)ar;
    size_t n = 0;
    const char *f[] = {a->source, a->title, a->body, a->url, a->author, a->date};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        for (const char *p = f[i]; p && *p; p++) n++;
    return n == (size_t)-1;
}

static void drop_skip(input_sink *s, const char *file, const char *member, const char *reason)
{
    (void)s;
    size_t n = 0;
    for (const char *p = reason; p && *p; p++) n++;
    for (const char *p = member; p && *p; p++) n++;
    (void)file;
    (void)n;
}

static void drop_note(input_sink *s, int what)
{
    (void)s;
    (void)input_note_name(what);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    input_sink sink = {.article = drop_article, .skip = drop_skip, .note = drop_note};
    input_read_memory("x.warc", data, size, &sink);
    input_read_memory("x.warc.gz", data, size, &sink);
    return 0;
}
