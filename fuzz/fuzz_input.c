/*
 * Fuzz target for the input layer: the bytes are read as an input file
 * (archive, compressed file or plain article file) through
 * input_read_memory(), with a sink that drops everything, once under each
 * kind of name (no extension, .txt, .jsonl, .json, .html, .bin) so that
 * every article format and the no-format path parse every input.
 */
#include <stddef.h>
#include <stdint.h>

#include "input.h"

static int drop_article(input_sink *s, const article *a, arena *ar)
{
    (void)s;
    (void)ar;
    /* touch the strings so that ASan sees a bad one */
    size_t n = 0;
    const char *f[] = {a->source, a->title, a->body, a->url, a->author, a->date};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        for (const char *p = f[i]; p && *p; p++) n++;
    return n == (size_t)-1;
}

static void drop_skip(input_sink *s, const char *file, const char *member,
                      const char *reason)
{
    (void)s;
    (void)file;
    (void)member;
    (void)reason;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"input", "input.txt", "input.jsonl",
                                        "input.json", "input.html", "input.bin"};
    input_sink sink = {.article = drop_article, .skip = drop_skip};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        input_read_memory(names[i], data, size, &sink);
    return 0;
}
