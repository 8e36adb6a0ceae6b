/* Fuzz target: the JSON reader on arbitrary bytes, and the writer's output
 * read back. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "utf8.h"

typedef struct {
    size_t calls;
    const char *want;
    size_t want_len;
} ctx_t;

static void member(void *ctx, const char *key, size_t key_len, json_kind kind,
                   const char *value, size_t value_len, int index)
{
    ctx_t *c = ctx;
    c->calls++;
    if (!key || !value || key[key_len] != 0 || value[value_len] != 0) abort();
    if (index < -1 || kind > JSON_NULL) abort();
    if (c->want && (kind != JSON_STRING || value_len != c->want_len ||
                    memcmp(value, c->want, value_len) != 0))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arena a;
    arena_init(&a);
    ctx_t c = {0, NULL, 0};
    size_t pos = 0;
    const char *msg = NULL;
    if (json_parse_object((const char *)data, size, &a, member, &c, &pos, &msg) != 0) {
        if (!msg || pos > size) abort();
    }
    arena_reset(&a);

    /* The writer always produces a literal the reader accepts, and valid
     * UTF-8 text comes back unchanged. */
    buf b = {0};
    buf_puts(&b, "{\"k\":");
    json_put_string(&b, (const char *)data, size);
    buf_putc(&b, '}');
    if (!b.oom) {
        if (!utf8_valid((const char *)b.p, b.len)) abort();
        ctx_t c2 = {0, NULL, 0};
        if (utf8_valid((const char *)data, size)) {
            c2.want = (const char *)data;
            c2.want_len = size;
        }
        if (json_parse_object((const char *)b.p, b.len, &a, member, &c2, NULL, NULL) != 0 ||
            c2.calls != 1)
            abort();
    }
    buf_free(&b);
    arena_free(&a);
    return 0;
}
