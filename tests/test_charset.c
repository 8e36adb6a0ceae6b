/*
 * lib/charset: detection (BOM, HTTP header, <meta>, content) and
 * transcoding to UTF-8 with replacements counted, table-driven; then the
 * input layer applying it to HTML and text files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "input.h"
#include "test.h"

static void test_detect(void)
{
    static const struct {
        const char *in;
        size_t n;            /* 0: strlen */
        const char *ctype;
        int html;
        const char *want;
        charset_source src;
        size_t bom;
    } cases[] = {
        {"\xEF\xBB\xBFhi", 0, "text/html; charset=windows-1251", 1, "UTF-8", CHARSET_FROM_BOM, 3},
        {"\xFF\xFEh\0i\0", 6, NULL, 1, "UTF-16LE", CHARSET_FROM_BOM, 2},
        {"\xFE\xFF\0h\0i", 6, NULL, 0, "UTF-16BE", CHARSET_FROM_BOM, 2},
        {"<p>x</p>", 0, "text/html; charset=windows-1251", 1, "WINDOWS-1251", CHARSET_FROM_HTTP, 0},
        {"<p>x</p>", 0, "text/html;charset=\"ISO-8859-1\"", 1, "WINDOWS-1252", CHARSET_FROM_HTTP, 0},
        {"<p>x</p>", 0, "text/html; Charset=GB2312", 1, "GB18030", CHARSET_FROM_HTTP, 0},
        {"<p>x</p>", 0, "text/html; charset=utf-16", 1, "UTF-8", CHARSET_FROM_HTTP, 0},
        {"<p>x</p>", 0, "text/html; charset=no-such-thing", 1, "UTF-8", CHARSET_FROM_CONTENT, 0},
        {"<html><head><meta charset=\"shift_jis\">", 0, NULL, 1, "CP932", CHARSET_FROM_META, 0},
        {"<html><head><META CHARSET=euc-jp>", 0, NULL, 1, "EUC-JP", CHARSET_FROM_META, 0},
        {"<meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>", 0, NULL, 1,
         "KOI8-R", CHARSET_FROM_META, 0},
        {"<meta content=\"text/html; charset=latin1\" http-equiv=\"content-type\">", 0, NULL, 1,
         "WINDOWS-1252", CHARSET_FROM_META, 0},
        {"<!-- <meta charset=koi8-r> --><p>caf\xC3\xA9</p>", 0, NULL, 1, "UTF-8",
         CHARSET_FROM_CONTENT, 0},
        {"<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html>", 0, NULL, 1, "ISO-8859-2",
         CHARSET_FROM_META, 0},
        {"<meta charset=koi8-r>", 0, NULL, 0, "UTF-8", CHARSET_FROM_CONTENT, 0}, /* not HTML */
        {"caf\xC3\xA9", 0, NULL, 0, "UTF-8", CHARSET_FROM_CONTENT, 0},
        {"caf\xE9 cr\xE8me", 0, NULL, 0, "WINDOWS-1252", CHARSET_FROM_CONTENT, 0},
        {"caf\xC3\xA9 \xFF", 0, NULL, 0, "UTF-8", CHARSET_FROM_CONTENT, 0}, /* damaged UTF-8 */
        {"plain ascii", 0, NULL, 1, "UTF-8", CHARSET_FROM_CONTENT, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char name[CHARSET_NAME_MAX];
        size_t bom = 99;
        size_t n = cases[i].n ? cases[i].n : strlen(cases[i].in);
        charset_source src = charset_detect(cases[i].in, n, cases[i].ctype, cases[i].html, name, &bom);
        CHECK_MSG(strcmp(name, cases[i].want) == 0, "case %zu: %s, want %s", i, name, cases[i].want);
        CHECK_MSG(src == cases[i].src, "case %zu: source %d, want %d", i, (int)src, (int)cases[i].src);
        CHECK_MSG(bom == cases[i].bom, "case %zu: bom %zu", i, bom);
    }
}

static void test_transcode(void)
{
    static const struct {
        const char *in;
        size_t n;
        const char *charset, *want;
        size_t bad;
    } cases[] = {
        {"caf\xE9 \x93quoted\x94 \x80", 0, "WINDOWS-1252",
         "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC", 0},
        {"a\x81z", 0, "WINDOWS-1252", "a\xEF\xBF\xBDz", 1},            /* undefined in 1252 */
        {"\xCF\xF0\xE8\xE2\xE5\xF2", 0, "WINDOWS-1251",
         "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", 0},         /* Привет */
        {"\xA4\xB3\xA4\xF3", 0, "EUC-JP", "\xE3\x81\x93\xE3\x82\x93", 0}, /* こん */
        {"\xA4\xB3\xA4", 0, "EUC-JP", "\xE3\x81\x93\xEF\xBF\xBD", 1},    /* cut short */
        {"\xC4\xE3\xBA\xC3", 0, "GB18030", "\xE4\xBD\xA0\xE5\xA5\xBD", 0}, /* 你好 */
        {"h\0i\0", 4, "UTF-16LE", "hi", 0},
        {"a\0b", 3, "UTF-8", "ab", 0},                                    /* NULs dropped */
        {"ok \xC0 \xED\xA0\x80", 0, NULL, "ok \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 4},
        {"x\xE9", 0, "NO-SUCH-CHARSET", "x\xC3\xA9", 0},                  /* read as 1252 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        buf b = {0};
        size_t n = cases[i].n ? cases[i].n : strlen(cases[i].in);
        size_t bad = charset_to_utf8(&b, cases[i].in, n, cases[i].charset);
        CHECK_MSG(b.len == strlen(cases[i].want) && memcmp(b.p, cases[i].want, b.len) == 0,
                  "case %zu: got \"%.*s\", want \"%s\"", i, (int)b.len, b.p ? (char *)b.p : "",
                  cases[i].want);
        CHECK_MSG(bad == cases[i].bad, "case %zu: %zu replaced, want %zu", i, bad, cases[i].bad);
        buf_free(&b);
    }
    /* detect + decode in one: the BOM goes */
    buf b = {0};
    const char *used = NULL;
    size_t bad = charset_decode(&b, "\xEF\xBB\xBFhi", 5, NULL, 1, &used);
    CHECK(bad == 0 && b.len == 2 && memcmp(b.p, "hi", 2) == 0);
    CHECK_STR(used, "UTF-8");
    buf_free(&b);
    char name[CHARSET_NAME_MAX];
    CHECK(charset_canonical("  'Latin1' ", 11, name) == 0);
    CHECK_STR(name, "WINDOWS-1252");
    CHECK(charset_canonical("x;rm -rf", 8, name) == -1);
    CHECK(charset_canonical("", 0, name) == -1);
}

/* ------------------------------------------------ through the input layer */

typedef struct {
    char title[256], body[1024];
    size_t n, bad, notes;
} one;

static int on_article(input_sink *s, const article *a, arena *ar)
{
    (void)ar;
    one *o = s->ctx;
    snprintf(o->title, sizeof o->title, "%s", a->title ? a->title : "");
    snprintf(o->body, sizeof o->body, "%s", a->body ? a->body : "");
    o->bad += a->bad_utf8;
    o->n++;
    return 0;
}

static void on_note(input_sink *s, int what)
{
    if (what == INPUT_NOTE_TRANSCODED) ((one *)s->ctx)->notes++;
}

static void test_inputs(void)
{
    static const struct {
        const char *name, *in, *title;
        size_t bad, transcoded;
    } cases[] = {
        {"p.html", "<html><head><meta charset=\"windows-1251\"><title>\xCF\xF0\xE8\xE2\xE5\xF2</title>"
                   "</head><body><p>\xEC\xE8\xF0</p></body></html>",
         "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", 0, 1},
        {"q.html", "<html><head><title>Caf\xE9</title></head><body><p>cr\xE8me br\xFBl\xE9"
                   "e</p></body></html>",
         "Caf\xC3\xA9", 0, 1},                               /* unlabelled, not UTF-8 */
        {"r.html", "<html><head><title>Caf\xC3\xA9</title></head><body><p>ok</p></body></html>",
         "Caf\xC3\xA9", 0, 0},
        {"s.txt", "Caf\xE9 au lait\n\nCr\xE8me.\n", "Caf\xC3\xA9 au lait", 0, 1},
        {"t.txt", "Caf\xC3\xA9\n\nB\xC0", "Caf\xC3\xA9", 1, 0},  /* damaged UTF-8 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        one o = {0};
        input_sink s = {.ctx = &o, .article = on_article, .note = on_note};
        input_read_memory(cases[i].name, cases[i].in, strlen(cases[i].in), &s);
        CHECK_MSG(o.n == 1, "%s: %zu articles", cases[i].name, o.n);
        CHECK_MSG(strcmp(o.title, cases[i].title) == 0, "%s: title \"%s\"", cases[i].name, o.title);
        CHECK_MSG(o.bad == cases[i].bad, "%s: %zu bad", cases[i].name, o.bad);
        CHECK_MSG(o.notes == cases[i].transcoded, "%s: %zu transcoded", cases[i].name, o.notes);
    }
}

int main(void)
{
    test_detect();
    test_transcode();
    test_inputs();
    TEST_END();
}
