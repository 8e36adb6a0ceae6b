/*
 * Snippets: make_snippet finds the matching tokens of a body without
 * tokenizing all of it when every term is ASCII (query/snippet.c).  That
 * shortcut must give exactly what a full tokenization gives: the same
 * snippet text and the same highlighted spans.  A term with a non-ASCII
 * letter that occurs nowhere forces the full tokenization, so each case is
 * run both ways and compared, over a table of tricky bodies (folding,
 * apostrophes, possessives, soft hyphens, numbers, CJK, prefixes) and over
 * bodies made at random from such fragments.
 */
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "test.h"

static int same_snippet(const char *body, const char *const *terms, const uint8_t *prefix,
                        uint32_t n_terms, size_t len)
{
    arena a;
    arena_init(&a);
    char *t[16];
    uint8_t p[16];
    for (uint32_t i = 0; i < n_terms; i++) {
        t[i] = (char *)terms[i];
        p[i] = prefix[i];
    }
    t[n_terms] = (char *)"жжжжж"; /* never in a body: forces full tokenization */
    p[n_terms] = 0;
    hl_terms fast = {t, p, n_terms, 16}, full = {t, p, n_terms + 1, 16};
    const char *s1, *s2;
    morgue_span *sp1, *sp2;
    size_t n1, n2;
    make_snippet(body, strlen(body), &fast, len, &a, &s1, &sp1, &n1);
    make_snippet(body, strlen(body), &full, len, &a, &s2, &sp2, &n2);
    int same = !strcmp(s1, s2) && n1 == n2 && (!n1 || !memcmp(sp1, sp2, sizeof *sp1 * n1));
    if (!same) fprintf(stderr, "body \"%s\":\n  fast \"%s\" (%zu spans)\n  full \"%s\" (%zu spans)\n",
                       body, s1, n1, s2, n2);
    arena_free(&a);
    return same;
}

/* Spans of body's snippet highlighted (via the fast path), as "a|b|c". */
static void spans_text(const char *body, const char *term, int prefix, char *out, size_t cap)
{
    arena a;
    arena_init(&a);
    char *t[1] = {(char *)term};
    uint8_t p[1] = {(uint8_t)prefix};
    hl_terms hl = {t, p, 1, 1};
    const char *s;
    morgue_span *sp;
    size_t n;
    make_snippet(body, strlen(body), &hl, 1000, &a, &s, &sp, &n);
    out[0] = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(out);
        snprintf(out + l, cap - l, "%s%.*s", i ? "|" : "", (int)(sp[i].end - sp[i].start), s + sp[i].start);
    }
    arena_free(&a);
}

int main(void)
{
    static const char *const bodies[] = {
        "Russia’s envoy met RUSSIA's minister; xrussia and russian are other words.",
        "José Müller said JOSE and jose\u00ADphine; Jose\u0301 too.",
        "O’Brien, o'brien and O\u02BCBRIEN; rock ’n’ roll; the players’ union in the 1990’s.",
        "infor\u00ADmation and information and INFORMATION.",
        "Growth of 3.5 per cent, 2,000 jobs; 3.5% and 35 and 2 000.",
        "東京abc and 北京 and abc東京 and ABC.",
        "nato NATO Nato-led anti-NATO natO\tnato\nnato\r\nnato",
        "Ｎａｔｏ (full width) and ﬁnance and finance and ﬁ",
        "nato",
        "   leading and trailing spaces nato   ",
        "no match here at all",
        "\u2018nato\u2019 \u201cnato\u201d «nato» nato… nato—nato",
    };
    static const char *const term_sets[][3] = {
        {"russia", "minister", NULL}, {"jose", "muller", NULL}, {"o'brien", "roll", "players"},
        {"information", NULL, NULL},  {"3.5", "2,000", "35"}, {"abc", NULL, NULL},
        {"nato", "led", NULL},        {"finance", "nato", NULL}, {"s", "n", NULL},
    };
    size_t nb = sizeof bodies / sizeof *bodies, ns = sizeof term_sets / sizeof *term_sets;
    for (size_t b = 0; b < nb; b++)
        for (size_t k = 0; k < ns; k++) {
            uint32_t n = 0;
            while (n < 3 && term_sets[k][n]) n++;
            uint8_t none[3] = {0, 0, 0}, all[3] = {1, 1, 1};
            for (size_t len = 20; len <= 400; len *= 20) {
                CHECK(same_snippet(bodies[b], term_sets[k], none, n, len));
                CHECK(same_snippet(bodies[b], term_sets[k], all, n, len));
            }
        }

    /* what the highlighting finds, spelled out */
    char got[512];
    spans_text(bodies[0], "russia", 0, got, sizeof got);
    CHECK_STR(got, "Russia’s|RUSSIA's");
    spans_text(bodies[1], "jose", 0, got, sizeof got);
    CHECK_STR(got, "José|JOSE|Jose\u0301"); /* jose\u00ADphine is one word */
    spans_text(bodies[3], "information", 0, got, sizeof got);
    CHECK_STR(got, "infor\u00ADmation|information|INFORMATION");
    spans_text(bodies[6], "nato", 0, got, sizeof got);
    CHECK_STR(got, "nato|NATO|Nato|NATO|natO|nato|nato|nato");
    spans_text(bodies[0], "russ", 1, got, sizeof got);
    CHECK_STR(got, "Russia’s|RUSSIA's|russian");

    /* random bodies from fragments that stress token boundaries */
    static const char *const frag[] = {
        "nato", "NATO", "Nato’s", "nat", "xnato", "nato-led", " ", " ", " ", "\n", "\t", ",", ".",
        "’", "'", "é", "José", "jose", "3", ".", "5", "2,000", "東", "\u00AD", "o’brien", "O'BRIEN",
        "information", "infor", "mation", "s", "’s", "—", "“", "”", "ﬁ", "finance", "Ｎ",
    };
    static const char *const rterms[] = {"nato", "jose", "o'brien", "information", "3.5", "finance", "s"};
    srand(7);
    char body[600];
    for (int iter = 0; iter < 3000; iter++) {
        size_t l = 0;
        int parts = 1 + rand() % 40;
        for (int i = 0; i < parts; i++) {
            const char *f = frag[rand() % (int)(sizeof frag / sizeof *frag)];
            size_t fl = strlen(f);
            if (l + fl + 1 > sizeof body) break;
            memcpy(body + l, f, fl);
            l += fl;
        }
        body[l] = 0;
        const char *ts[3];
        uint8_t px[3];
        uint32_t n = 1 + (uint32_t)(rand() % 3);
        for (uint32_t i = 0; i < n; i++) {
            ts[i] = rterms[rand() % (int)(sizeof rterms / sizeof *rterms)];
            px[i] = (uint8_t)(rand() % 2);
        }
        CHECK(same_snippet(body, ts, px, n, 10 + (size_t)(rand() % 200)));
    }
    TEST_END();
}
