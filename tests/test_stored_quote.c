/* The quote record codec (lib/stored_quote.h): round trips, with the
 * speaker before and after the quote, and damaged records refused. */
#include <string.h>

#include "stored_quote.h"
#include "test.h"

static int same(const stored_quote *a, const stored_quote *b)
{
    if (a->n_segments != b->n_segments || a->has_said != b->has_said || a->has_cue != b->has_cue) return 0;
    for (uint32_t i = 0; i < a->n_segments; i++)
        if (a->seg[i][0] != b->seg[i][0] || a->seg[i][1] != b->seg[i][1]) return 0;
    if (a->has_said && (a->said[0] != b->said[0] || a->said[1] != b->said[1])) return 0;
    if (a->has_cue && (a->cue[0] != b->cue[0] || a->cue[1] != b->cue[1])) return 0;
    return 1;
}

int main(void)
{
    static const stored_quote cases[] = {
        /* "“A,” X said." : speaker and cue after the quote */
        {1, {{10, 40}}, 1, 1, {42, 50}, {51, 55}},
        /* "X said: “A.”" : before it */
        {1, {{30, 90}}, 1, 1, {0, 12}, {13, 17}},
        /* "“A,” he said, “B.”" : two segments, no resolved speaker span */
        {2, {{5, 20}, {35, 80}}, 0, 1, {0, 0}, {27, 31}},
        /* nothing but the words, at the very start of the body */
        {1, {{0, 7}}, 0, 0, {0, 0}, {0, 0}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        buf b = {0};
        stored_quote got;
        stored_quote_put(&b, &cases[i]);
        CHECK_MSG(stored_quote_get(b.p, b.len, 100, &got) == 0 && same(&got, &cases[i]), "case %zu", i);
        /* a body too short for the ranges, and every cut of the record */
        CHECK_MSG(stored_quote_get(b.p, b.len, 20, &got) == -1 || cases[i].seg[0][1] <= 20, "case %zu short", i);
        for (size_t cut = 0; cut < b.len; cut++)
            CHECK_MSG(stored_quote_get(b.p, cut, 100, &got) == -1, "case %zu cut at %zu", i, cut);
        /* a byte more after the record is damage too */
        buf_putc(&b, 0);
        CHECK_MSG(stored_quote_get(b.p, b.len, 100, &got) == -1, "case %zu trailing byte", i);
        buf_free(&b);
    }
    /* no segments, and too many */
    const unsigned char zero[] = {0, 0, 0}, many[] = {65};
    stored_quote q;
    CHECK(stored_quote_get(zero, sizeof zero, 100, &q) == -1);
    CHECK(stored_quote_get(many, sizeof many, 100, &q) == -1);
    /* a speaker offset pointing before the body's start */
    const unsigned char before[] = {1, 2, 3, 10, 1, 0}; /* said at 2 - 5 */
    CHECK(stored_quote_get(before, sizeof before, 100, &q) == -1);
    TEST_END();
}
