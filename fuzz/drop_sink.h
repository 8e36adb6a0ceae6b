/*
 * The input sink the input-layer fuzz targets share: it touches every
 * string it is handed (so that ASan sees a bad pointer or a missing NUL) and
 * drops it.  Header-only: each fuzz target is linked on its own.
 */
#ifndef MORGUE_FUZZ_DROP_SINK_H
#define MORGUE_FUZZ_DROP_SINK_H

#include <stddef.h>

#include "input.h"

static size_t drop_touch(const char *p)
{
    size_t n = 0;
    while (p && *p) n++, p++;
    return n;
}

static int drop_article(input_sink *s, const article *a, arena *ar)
{
    (void)s;
    (void)ar;
    size_t n = 0;
    const char *f[] = {a->source, a->title, a->body, a->url, a->author, a->date};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) n += drop_touch(f[i]);
    return n == (size_t)-1;
}

static void drop_skip(input_sink *s, const char *file, const char *member, const char *reason)
{
    (void)s;
    (void)(drop_touch(file) + drop_touch(member) + drop_touch(reason));
}

static void drop_note(input_sink *s, int what)
{
    (void)s;
    (void)input_note_name(what, 1);
}

/* A sink whose callbacks are the above. */
static input_sink drop_sink(void)
{
    return (input_sink){.article = drop_article, .skip = drop_skip, .note = drop_note};
}

#endif
