/* UTF-8 validation, repair, decoding and encoding. */
#include "test.h"
#include "utf8.h"

#define S(lit) lit, sizeof(lit) - 1

static const struct {
    const char *s;
    size_t n;
} valid[] = {
    {S("")}, {S("plain ascii text that is longer than eight bytes")},
    {S("\xC3\xA9")},          /* é */
    {S("\xE2\x82\xAC")},      /* € */
    {S("\xF0\x9D\x84\x9E")},  /* U+1D11E */
    {S("\xC2\x80")},          /* U+0080, smallest 2-byte */
    {S("\xE0\xA0\x80")},      /* U+0800, smallest 3-byte */
    {S("\xF0\x90\x80\x80")},  /* U+10000, smallest 4-byte */
    {S("\xED\x9F\xBF")},      /* U+D7FF, just below the surrogates */
    {S("\xEE\x80\x80")},      /* U+E000, just above */
    {S("\xEF\xBF\xBF")},      /* U+FFFF */
    {S("\xF4\x8F\xBF\xBF")},  /* U+10FFFF */
    {S("a\0b")},              /* NUL is valid UTF-8 */
};

static const struct {
    const char *s;
    size_t n;
} invalid[] = {
    {S("\xC0\x80")}, {S("\xC1\xBF")},                     /* overlong 2-byte */
    {S("\xE0\x80\x80")}, {S("\xE0\x9F\xBF")},             /* overlong 3-byte */
    {S("\xF0\x80\x80\x80")}, {S("\xF0\x8F\xBF\xBF")},     /* overlong 4-byte */
    {S("\xED\xA0\x80")}, {S("\xED\xBF\xBF")},             /* surrogates */
    {S("\xF4\x90\x80\x80")}, {S("\xF5\x80\x80\x80")},     /* > U+10FFFF */
    {S("\xF8\x88\x80\x80\x80")}, {S("\xFE")}, {S("\xFF")},
    {S("\xC3")}, {S("\xE2\x82")}, {S("\xF0\x9D\x84")},   /* truncated */
    {S("\xE2\x82" "a")}, {S("\xC3\xC3\xA9")},
    {S("\x80")}, {S("a\xBF" "b")},                        /* stray continuation */
    {S("0123456789abcdef0123456789\x80")},                /* after the fast path */
};

/* Input -> sanitized output and number of replacements.  Each maximal
 * ill-formed subpart is one U+FFFD, as Unicode recommends. */
#define R "\xEF\xBF\xBD"
static const struct {
    const char *s;
    size_t n;
    const char *want;
    size_t reps;
} repair[] = {
    {S("abc"), "abc", 0},
    {S(""), "", 0},
    {S("a\x80" "b"), "a" R "b", 1},
    {S("\xC3"), R, 1},
    {S("\xE2\x82"), R, 1},
    {S("\xE2\x82" "a"), R "a", 1},
    {S("\xF0\x9D\x84"), R, 1},
    {S("\xED\xA0\x80"), R R R, 3},
    {S("\xC0\x80"), R R, 2},
    {S("\xF4\x90\x80\x80"), R R R R, 4},
    {S("\xF5"), R, 1},
    {S("a\0b\0"), "ab", 0},
    {S("\xE2\x82\xAC\xFF"), "\xE2\x82\xAC" R, 1},
    {S("\xF0\x9D\x84\x9E"), "\xF0\x9D\x84\x9E", 0},
    {S("\xC3\xC3\xA9"), R "\xC3\xA9", 1},
    {S("x\xF0\x9F\x98\xFFy"), "x" R R "y", 2},
};

int main(void)
{
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++)
        CHECK_MSG(utf8_valid(valid[i].s, valid[i].n), "valid case %zu", i);
    for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++)
        CHECK_MSG(!utf8_valid(invalid[i].s, invalid[i].n), "invalid case %zu", i);

    buf out = {0};
    for (size_t i = 0; i < sizeof repair / sizeof repair[0]; i++) {
        buf_clear(&out);
        size_t reps = utf8_sanitize(&out, repair[i].s, repair[i].n);
        CHECK_MSG(reps == repair[i].reps, "repair case %zu: %zu replacements", i, reps);
        CHECK_MSG(strcmp(buf_cstr(&out), repair[i].want) == 0, "repair case %zu: \"%s\"", i,
                  buf_cstr(&out));
        CHECK(utf8_valid((const char *)out.p, out.len));
    }
    /* Sanitizing appends. */
    buf_clear(&out);
    utf8_sanitize(&out, S("ab"));
    utf8_sanitize(&out, S("\xFF" "c"));
    CHECK_STR(buf_cstr(&out), "ab" R "c");

    /* Plain ASCII is skipped 16 (or 8) bytes at a time: each kind of
     * sequence at every offset of the first chunks, with ASCII after it or
     * at the very end, gives the same as on its own. */
    {
        static const struct {
            const char *s, *want;
            int valid;
        } seq[] = {
            {"\xFF", R, 0},        {"\x80", R, 0},         {"", "", 1}, /* "" is a NUL */
            {"\xC3\xA9", "\xC3\xA9", 1}, {"\xE2\x82\xAC", "\xE2\x82\xAC", 1},
            {"\xE2\x82", R, 0},    {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", 1},
        };
        char in[64], want[64];
        int bad = 0;
        for (size_t k = 0; k < sizeof seq / sizeof seq[0]; k++) {
            size_t sl = strlen(seq[k].s) ? strlen(seq[k].s) : 1; /* the NUL */
            for (size_t at = 0; at <= 40; at++) {
                for (size_t tail = 0; tail <= 9; tail += 9) {
                    size_t n = 0, w = 0;
                    memset(in, 'x', at);
                    n = at;
                    memcpy(in + n, seq[k].s, sl);
                    n += sl;
                    memset(in + n, 'y', tail);
                    n += tail;
                    memset(want, 'x', at);
                    w = at;
                    memcpy(want + w, seq[k].want, strlen(seq[k].want));
                    w += strlen(seq[k].want);
                    memset(want + w, 'y', tail);
                    w += tail;
                    buf_clear(&out);
                    size_t reps = utf8_sanitize(&out, in, n);
                    if (out.len != w || memcmp(out.p, want, w) != 0 || reps != (seq[k].valid ? 0u : 1u) ||
                        utf8_valid(in, n) != seq[k].valid) {
                        if (bad++ < 5) fprintf(stderr, "sequence %zu at %zu, tail %zu: wrong\n", k, at, tail);
                    }
                }
            }
        }
        CHECK(bad == 0);
    }
    buf_free(&out);

    /* Decoding. */
    {
        const char s[] = "a\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E\xC3(\xE2\x82";
        size_t n = sizeof s - 1, i = 0;
        const uint32_t want[] = {'a', 0xE9, 0x20AC, 0x1D11E, 0xFFFD, '(', 0xFFFD, 0xFFFD};
        const size_t at[] = {1, 3, 6, 10, 11, 12, 13, 14};
        for (size_t k = 0; k < 8; k++) {
            uint32_t cp = utf8_next(s, n, &i);
            CHECK_MSG(cp == want[k] && i == at[k], "decode %zu: U+%04X at %zu", k, (unsigned)cp, i);
        }
        CHECK(i == n);
        /* A sequence cut off by n is not read past n. */
        i = 0;
        CHECK(utf8_next("\xE2\x82\xAC", 2, &i) == 0xFFFD && i == 1);
        i = 0;
        CHECK(utf8_next("\xED\xA0\x80", 3, &i) == 0xFFFD && i == 1);
    }

    /* Encoding. */
    {
        char e[4];
        CHECK(utf8_encode(0x41, e) == 1 && e[0] == 'A');
        CHECK(utf8_encode(0xE9, e) == 2 && memcmp(e, "\xC3\xA9", 2) == 0);
        CHECK(utf8_encode(0x20AC, e) == 3 && memcmp(e, "\xE2\x82\xAC", 3) == 0);
        CHECK(utf8_encode(0x1D11E, e) == 4 && memcmp(e, "\xF0\x9D\x84\x9E", 4) == 0);
        CHECK(utf8_encode(0x10FFFF, e) == 4 && memcmp(e, "\xF4\x8F\xBF\xBF", 4) == 0);
        CHECK(utf8_encode(0xD800, e) == 3 && memcmp(e, R, 3) == 0);
        CHECK(utf8_encode(0x110000, e) == 3 && memcmp(e, R, 3) == 0);
    }

    /* Every scalar value round-trips through encode, valid and next. */
    {
        uint32_t bad_cp = 0;
        int ok = 1;
        for (uint32_t cp = 0; cp <= 0x10FFFF && ok; cp++) {
            if (cp >= 0xD800 && cp < 0xE000) continue;
            char e[4];
            size_t len = (size_t)utf8_encode(cp, e), i = 0;
            if (!utf8_valid(e, len) || utf8_next(e, len, &i) != cp || i != len) {
                ok = 0;
                bad_cp = cp;
            }
        }
        CHECK_MSG(ok, "U+%04X", (unsigned)bad_cp);
    }
    TEST_END();
}
