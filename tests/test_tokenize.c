/* Tokenizer: table of inputs and the tokens expected, then positions, byte
 * spans, the length limit and token_fold. */
#include <stdlib.h>
#include <utf8proc.h>

#include "test.h"
#include "tokenize.h"

/* Tokens of s joined by '|' into out. */
static const char *tokens_of(const char *s, char *out, size_t cap)
{
    tokenizer t;
    token tok;
    size_t len = 0;
    out[0] = 0;
    tokenizer_init(&t, s, strlen(s));
    while (tokenizer_next(&t, &tok)) {
        size_t need = tok.len + (len ? 1 : 0);
        if (len + need + 1 > cap) break;
        if (len) out[len++] = '|';
        memcpy(out + len, tok.text, tok.len);
        len += tok.len;
        out[len] = 0;
    }
    return out;
}

static const struct {
    const char *in, *want;
} cases[] = {
    {"", ""},
    {"   \t\n ", ""},
    {"!!! ... --- ?!", ""},
    {"Hello, World", "hello|world"},
    /* Apostrophes: kept between letters as U+0027, possessive 's dropped. */
    {"Russia\u2019s NATO", "russia|nato"},
    {"Russia's.", "russia"},
    {"Russia\u2019s-backed", "russia|backed"},
    {"it's", "it"},
    {"O\u2019Brien", "o'brien"},
    {"O'Brien", "o'brien"},
    {"O\u02BCBrien", "o'brien"},
    {"don't", "don't"},
    {"players' union", "players|union"},
    {"'tis", "tis"},
    {"a''b", "a|b"},
    {"1990's", "1990|s"},
    /* "’n’": neither apostrophe is between two letters, so both separate. */
    {"rock \u2019n\u2019 roll", "rock|n|roll"},
    {"\u201Ccurly quotes\u201D", "curly|quotes"},
    {"\u2018single\u2019", "single"},
    /* Hyphens and other punctuation split. */
    {"Biden-Putin", "biden|putin"},
    {"2021-12-01", "2021|12|01"},
    {"hello_world", "hello|world"},
    {"C++ and C#", "c|and|c"},
    {"email@example.com", "email|example|com"},
    {"U.S. forces", "u|s|forces"},
    /* '.' and ',' between digits. */
    {"3.5 per cent", "3.5|per|cent"},
    {"2,000", "2,000"},
    {"2,000.", "2,000"},
    {"$1,000,000.50", "1,000,000.50"},
    {"x.5 5. .5", "x|5|5|5"},
    {"v1.2", "v1.2"},
    /* Folding. */
    {"\u042E\u0440\u0438\u0439 \u0423\u0448\u0430\u043A\u043E\u0432",
     "\u044E\u0440\u0438\u0439|\u0443\u0448\u0430\u043A\u043E\u0432"},
    {"\u0401\u041B\u041A\u0410", "\u0435\u043B\u043A\u0430"},
    /* Й, Ї, Ў keep their marks (letters of their own); Ё folds to Е. */
    {"\u0419\u041E\u0413\u0410 \u041A\u0438\u0457\u0432 \u040E",
     "\u0439\u043E\u0433\u0430|\u043A\u0438\u0457\u0432|\u045E"},
    /* Ł has no decomposition (the stroke is not a combining mark): kept. */
    {"Jos\u00E9 M\u00FCller \u0141ukasz \u00C5ngstr\u00F6m",
     "jose|muller|\u0142ukasz|angstrom"},
    {"e\u0301cole", "ecole"},
    {"Stra\u00DFe", "strasse"},
    {"\u0130stanbul", "istanbul"},
    {"\u03A3\u038A\u03A3\u03A5\u03A6\u039F\u03A3", "\u03C3\u03B9\u03C3\u03C5\u03C6\u03BF\u03C3"},
    {"\uFB01nance", "finance"},
    /* Symbols and emoji separate. */
    {"great \U0001F44D news", "great|news"},
    {"great\U0001F44Dnews", "great|news"},
    {"\u00A9 2021 \u20AC5", "2021|5"},
    /* Ignorables inside a word. */
    {"infor\u00ADmation", "information"},
    {"\u00ADword\u00AD", "word"},
    /* CJK: one token per character; kana and Hangul kept as written. */
    {"\u6771\u4EAC", "\u6771|\u4EAC"},
    {"\u6771\u4EACabc", "\u6771|\u4EAC|abc"},
    {"\u304C\u304B", "\u304C|\u304B"},
    {"\uD55C\uAD6D", "\uD55C|\uAD6D"},
    /* A lone combining mark is no token. */
    {"\u0301 a", "a"},
};

static void check_spans(void)
{
    tokenizer t;
    token tok;
    const char *s = "Russia\u2019s NATO \u201Ccurly\u201D O\u2019Brien";
    tokenizer_init(&t, s, strlen(s));
    CHECK(tokenizer_next(&t, &tok));
    CHECK_STR(tok.text, "russia");
    CHECK(tok.start == 0 && tok.end == 10 && tok.pos == 0 && tok.len == 6);
    CHECK(tokenizer_next(&t, &tok));
    CHECK_STR(tok.text, "nato");
    CHECK(tok.start == 11 && tok.end == 15 && tok.pos == 1);
    CHECK(tokenizer_next(&t, &tok));
    CHECK_STR(tok.text, "curly");
    CHECK(tok.start == 19 && tok.end == 24 && tok.pos == 2);
    CHECK(tokenizer_next(&t, &tok));
    CHECK_STR(tok.text, "o'brien");
    CHECK(tok.start == 28 && tok.end == 37 && tok.pos == 3 && tok.len == 7);
    CHECK(!tokenizer_next(&t, &tok));
    CHECK(!tokenizer_next(&t, &tok));

    /* A trailing soft hyphen is not part of the span. */
    s = "ab\u00AD c";
    tokenizer_init(&t, s, strlen(s));
    CHECK(tokenizer_next(&t, &tok));
    CHECK(tok.start == 0 && tok.end == 2);
    CHECK(tokenizer_next(&t, &tok));
    CHECK(tok.start == 5 && tok.end == 6 && tok.pos == 1);
}

static void check_long(void)
{
    char s[512], w[80];
    tokenizer t;
    token tok;

    /* A 200-letter word is skipped but takes position 1. */
    memset(s, 0, sizeof s);
    strcpy(s, "alpha ");
    memset(s + 6, 'x', 200);
    strcpy(s + 206, " beta");
    tokenizer_init(&t, s, strlen(s));
    CHECK(tokenizer_next(&t, &tok) && tok.pos == 0);
    CHECK(tokenizer_next(&t, &tok));
    CHECK_STR(tok.text, "beta");
    CHECK(tok.pos == 2 && tok.start == 207 && tok.end == 211);
    CHECK(!tokenizer_next(&t, &tok));

    /* Exactly TOKEN_MAX folded bytes is kept; one more is not. */
    memset(w, 'a', TOKEN_MAX);
    w[TOKEN_MAX] = 0;
    tokenizer_init(&t, w, TOKEN_MAX);
    CHECK(tokenizer_next(&t, &tok) && tok.len == TOKEN_MAX && strcmp(tok.text, w) == 0);
    memset(s, 'A', TOKEN_MAX + 1);
    tokenizer_init(&t, s, TOKEN_MAX + 1);
    CHECK(!tokenizer_next(&t, &tok));

    /* 63 letters + "É" folds to 64 bytes; 63 + "Ж" folds to 65. */
    memset(s, 'a', 63);
    memcpy(s + 63, "\u00C9", 2);
    tokenizer_init(&t, s, 65);
    CHECK(tokenizer_next(&t, &tok) && tok.len == 64 && tok.text[63] == 'e' && tok.end == 65);
    memcpy(s + 63, "\u0416 z", 4);
    tokenizer_init(&t, s, 67);
    CHECK(tokenizer_next(&t, &tok));
    CHECK_STR(tok.text, "z");
    CHECK(tok.pos == 1);
}

static void check_fold(void)
{
    char out[TOKEN_MAX + 1];
    CHECK(token_fold("Russia\u2019s", strlen("Russia\u2019s"), out, TOKEN_MAX) == 6);
    CHECK_STR(out, "russia");
    CHECK(token_fold("JOS\u00C9", strlen("JOS\u00C9"), out, TOKEN_MAX) == 4);
    CHECK_STR(out, "jose");
    token_fold("  NATO ", 7, out, TOKEN_MAX);
    CHECK_STR(out, "nato");
    token_fold("O\u2019Brien", strlen("O\u2019Brien"), out, TOKEN_MAX);
    CHECK_STR(out, "o'brien");
    token_fold("Biden-Putin", 11, out, TOKEN_MAX);
    CHECK_STR(out, "biden");
    CHECK(token_fold("", 0, out, TOKEN_MAX) == 0 && out[0] == 0);
    CHECK(token_fold("...", 3, out, TOKEN_MAX) == 0 && out[0] == 0);
    /* Truncation stops at a whole code point. */
    CHECK(token_fold("M\u00FCller", strlen("M\u00FCller"), out, 3) == 3);
    CHECK_STR(out, "mul");
    CHECK(token_fold("\u0436\u0436", 4, out, 3) == 2);
    CHECK_STR(out, "\u0436");
    CHECK(token_fold("abc", 3, out, 0) == 0 && out[0] == 0);
}

/* The Cyrillic fast path folds like utf8proc, but for Й/й. */
static void check_cyrillic(void)
{
    int bad = 0;
    for (utf8proc_int32_t cp = 0x410; cp <= 0x44F; cp++) {
        if (cp == 0x419 || cp == 0x439) continue;
        utf8proc_uint8_t in[8], want[16];
        utf8proc_ssize_t n = utf8proc_encode_char(cp, in);
        utf8proc_int32_t d[8];
        utf8proc_ssize_t r = utf8proc_decompose_char(cp, d, 8,
            UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, NULL);
        size_t wl = 0;
        for (utf8proc_ssize_t k = 0; k < r; k++) wl += (size_t)utf8proc_encode_char(d[k], want + wl);
        char out[TOKEN_MAX + 1];
        size_t len = token_fold((const char *)in, (size_t)n, out, TOKEN_MAX);
        if (len != wl || memcmp(out, want, wl) != 0) bad++;
    }
    CHECK(bad == 0);
}

/* tokenizer_next_to gives what tokenizer_next gives, in a buffer of just
 * TOKEN_MAX + 1 bytes (a guard byte after it must stay). */
static void check_next_to(const char *s)
{
    tokenizer a, b;
    token ta, tb;
    char to[TOKEN_MAX + 2];
    tokenizer_init(&a, s, strlen(s));
    tokenizer_init(&b, s, strlen(s));
    for (;;) {
        to[TOKEN_MAX + 1] = '#';
        int ra = tokenizer_next(&a, &ta), rb = tokenizer_next_to(&b, &tb, to);
        CHECK_MSG(ra == rb, "\"%s\": next %d, next_to %d", s, ra, rb);
        if (!ra || !rb) break;
        CHECK_MSG(ta.len == tb.len && memcmp(ta.text, to, ta.len + 1) == 0 && ta.start == tb.start &&
                      ta.end == tb.end && ta.pos == tb.pos,
                  "\"%s\": token %u differs", s, ta.pos);
        CHECK(to[TOKEN_MAX + 1] == '#');
    }
}

/*
 * The inline fast path (ASCII words) gives exactly what the general path
 * (tokenizer_next_general) gives:
 * texts made of pieces chosen to sit at its edges (apostrophes and dots
 * between letters and digits, the non-ASCII separators it knows and
 * characters it does not, invalid and cut-off UTF-8, words near and past
 * TOKEN_MAX, 16-byte chunk boundaries), each in a buffer of its exact size
 * (ASan sees a read past the end), through tokenizer_next and
 * tokenizer_next_to.
 */
static void check_fast_path(void)
{
    static const char *const pieces[] = {
        "a", "Z", "q", "s", "S", "0", "7", " ", " ", "\n", "'", ".", ",", "-", ":", "_", "@",
        "\u2019", "\u201C", "\u201D", "\u2018", "\u2014", "\u2013", "\u2026", "\u00A0",
        "\u00E9", "\u00C9", "\u0416", "\u00AD", "\u0301", "\u6771", "\u0660", "\u02BC",
        "\xC2", "\xE2\x80", "\xE2", "\x80", "\xFF", "\xE2\x80\x9D\xE2",
        "Hello", "world", "2021", "3.5", "don't", "Russia's", "Putin\u2019s", "O\u2019Brien", "1,000.50",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab", /* 64 */
        "abcdefghijklmnop", /* 16 */
    };
    enum { NP = sizeof pieces / sizeof pieces[0], ROUNDS = 60000 };
    uint64_t rng = 0x2545F4914F6CDD1Dull;
    char text[400];
    int bad = 0;
    for (int r = 0; r < ROUNDS && bad < 5; r++) {
        size_t n = 0;
        rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
        int np = (int)(rng % 24);
        for (int k = 0; k < np; k++) {
            rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
            const char *pc = pieces[rng % NP];
            size_t l = strlen(pc);
            if (n + l > sizeof text) break;
            memcpy(text + n, pc, l);
            n += l;
        }
        char *s = malloc(n ? n : 1);
        if (!s) return;
        memcpy(s, text, n);
        tokenizer a, b, c;
        token ta, tb, tc;
        char to[TOKEN_MAX + 2];
        tokenizer_init(&a, s, n);
        tokenizer_init(&b, s, n);
        tokenizer_init(&c, s, n);
        for (;;) {
            to[TOKEN_MAX + 1] = '#';
            int ra = tokenizer_next(&a, &ta), rb = tokenizer_next_to(&b, &tb, to);
            int rc = tokenizer_next_general(&c, &tc, tc.text);
            int same = ra == rc && rb == rc && to[TOKEN_MAX + 1] == '#';
            if (same && rc)
                same = ta.len == tc.len && tb.len == tc.len && memcmp(ta.text, tc.text, tc.len + 1) == 0 &&
                       memcmp(to, tc.text, tc.len + 1) == 0 && ta.start == tc.start && tb.start == tc.start &&
                       ta.end == tc.end && tb.end == tc.end && ta.pos == tc.pos && tb.pos == tc.pos;
            if (!same) {
                bad++;
                fprintf(stderr, "fast path differs on \"%.*s\" at token %u (%s / %s)\n", (int)n, s, tc.pos,
                        ra ? ta.text : "-", rc ? tc.text : "-");
                break;
            }
            if (!rc) break;
        }
        free(s);
    }
    CHECK(bad == 0);
}

int main(void)
{
    char got[1024];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        tokens_of(cases[i].in, got, sizeof got);
        CHECK_MSG(strcmp(got, cases[i].want) == 0, "\"%s\": got \"%s\", want \"%s\"",
                  cases[i].in, got, cases[i].want);
    }
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) check_next_to(cases[i].in);
    char longw[3 * TOKEN_MAX];
    memset(longw, 'W', sizeof longw - 1);
    longw[sizeof longw - 1] = 0;
    longw[TOKEN_MAX] = ' '; /* TOKEN_MAX letters, then a longer word */
    check_next_to(longw);
    check_spans();
    check_long();
    check_fold();
    check_cyrillic();
    check_fast_path();
    TEST_END();
}
