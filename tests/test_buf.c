/*
 * lib/buf.h: buf_printf formats straight into the free room and a second
 * time only when the text did not fit, so the cases are the room's edges
 * (empty buffer, text one byte short of the room, exactly the room, one
 * more); buf_put_int writes decimals without printf, so its cases are the
 * numbers printf would have written (0, signs, the widest).
 */
#include <inttypes.h>
#include <stdlib.h>

#include "buf.h"
#include "test.h"

/* The buffer's bytes as a C string (a copy the caller frees). */
static char *text_of(buf *b)
{
    char *s = malloc(b->len + 1);
    if (!s) return NULL;
    memcpy(s, b->p, b->len);
    s[b->len] = 0;
    return s;
}

static void printf_at_the_room_edges(void)
{
    /* buf_reserve's first capacity is 64: fill to leave `room` bytes free,
     * then append a text of `len` bytes; its NUL needs one more */
    static const struct {
        size_t room, len;
    } cases[] = {{64, 10}, {12, 10}, {11, 10}, {10, 10}, {9, 10}, {1, 0}, {1, 1}, {0, 5}, {3, 200}};
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        buf b = {0};
        buf_reserve(&b, 1);
        size_t fill = b.cap - cases[c].room;
        char want[512];
        memset(want, 'a', fill);
        for (size_t i = 0; i < cases[c].len; i++) want[fill + i] = (char)('0' + i % 10);
        want[fill + cases[c].len] = 0;
        buf_put(&b, want, fill);
        CHECK(b.cap - b.len == cases[c].room);
        buf_printf(&b, "%.*s", (int)cases[c].len, want + fill);
        char *got = text_of(&b);
        CHECK(got != NULL && !b.oom);
        if (got) CHECK_MSG(!strcmp(got, want), "room %zu, len %zu: got %s", cases[c].room, cases[c].len, got);
        free(got);
        buf_free(&b);
    }
    /* several calls in a row, growing past the first capacity */
    buf b = {0};
    for (int i = 0; i < 100; i++) buf_printf(&b, "%d,", i);
    char want[400] = "";
    size_t n = 0;
    for (int i = 0; i < 100; i++) n += (size_t)snprintf(want + n, sizeof want - n, "%d,", i);
    char *got = text_of(&b);
    if (got) CHECK_STR(got, want);
    free(got);
    buf_free(&b);
}

static void decimal_numbers(void)
{
    static const int64_t cases[] = {0, 1, -1, 9, 10, 99, 100, 4294967295, -2147483648, INT64_MAX, INT64_MIN};
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        buf b = {0};
        buf_putc(&b, '[');
        buf_put_int(&b, cases[c]);
        buf_putc(&b, ']');
        char want[32];
        snprintf(want, sizeof want, "[%" PRId64 "]", cases[c]);
        char *got = text_of(&b);
        if (got) CHECK_STR(got, want);
        free(got);
        buf_free(&b);
    }
}

int main(void)
{
    printf_at_the_room_edges();
    decimal_numbers();
    TEST_END();
}
