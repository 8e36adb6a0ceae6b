/* JSON reader: table of valid objects and the members delivered, table of
 * errors with their positions, nesting limits, escapes, and the writer. */
#include <stdlib.h>

#include "json.h"
#include "test.h"

/* Delivered members as "key[index]=kind:value;" */
static void collect(void *ctx, const char *key, size_t key_len, json_kind kind,
                    const char *value, size_t value_len, int index)
{
    buf *b = ctx;
    static const char kinds[] = "sntfz";
    buf_put(b, key, key_len);
    if (index >= 0) buf_printf(b, "[%d]", index);
    buf_putc(b, '=');
    buf_putc(b, (unsigned char)kinds[kind]);
    buf_putc(b, ':');
    buf_put(b, value, value_len);
    buf_putc(b, ';');
    /* key and value are NUL-terminated */
    if (key[key_len] != 0 || value[value_len] != 0) buf_puts(b, "<no NUL>");
}

static const struct {
    const char *in, *want;
} good[] = {
    {"{}", ""},
    {" \n\t{ } \r\n", ""},
    {"{\"a\":\"b\"}", "a=s:b;"},
    {" { \"a\" : \"b\" , \"c\" : \"\" } ", "a=s:b;c=s:;"},
    {"{\"title\":\"Hi\",\"n\":-1.5e+3,\"t\":true,\"f\":false,\"z\":null,\"i\":0}",
     "title=s:Hi;n=n:-1.5e+3;t=t:true;f=f:false;z=z:null;i=n:0;"},
    {"{\"x\":12.25E-2,\"y\":-0}", "x=n:12.25E-2;y=n:-0;"},
    {"{\"authors\":[\"A\",\"B\"]}", "authors[0]=s:A;authors[1]=s:B;"},
    {"{\"authors\":[]}", ""},
    /* Only strings of an array are delivered, with their element index. */
    {"{\"m\":[\"A\",1,{\"x\":\"y\"},[\"q\",[\"r\"]],null,\"B\"]}", "m[0]=s:A;m[5]=s:B;"},
    /* Deeper structures are validated and skipped. */
    {"{\"o\":{\"deep\":\"x\",\"arr\":[1,2,{}]},\"after\":\"y\"}", "after=s:y;"},
    {"{\"a\":1,\"a\":2}", "a=n:1;a=n:2;"},
    /* Escapes. */
    {"{\"e\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"}", "e=s:a\"b\\c/d\b\f\n\r\t;"},
    {"{\"u\":\"\\u00e9\\u4EAC\\ud83d\\udc4d\"}", "u=s:\u00e9\u4eac\U0001F44D;"},
    {"{\"k\\u00e9y\":1}", "k\u00e9y=n:1;"},
    /* Lone surrogates become U+FFFD. */
    {"{\"u\":\"\\ud800x\\udc00\\ud800\\u0041\"}",
     "u=s:\xEF\xBF\xBDx\xEF\xBF\xBD\xEF\xBF\xBD" "A;"},
    {"{\"u\":\"\\ud800\\ud83d\\udc4d\\udbff\"}", "u=s:\xEF\xBF\xBD\U0001F44D\xEF\xBF\xBD;"},
    {"{\"u\":\"\\uDBFF\\uDFFF\"}", "u=s:\U0010FFFF;"},
    /* Lenient: raw control characters in strings, a leading BOM. */
    {"{\"a\":\"x\ty\ny\"}", "a=s:x\ty\ny;"},
    {"\xEF\xBB\xBF{\"a\":true}", "a=t:true;"},
    {"{\"\u00e9\":\"\u4eac\"}", "\u00e9=s:\u4eac;"},
    /* Strings scanned 16 bytes at a time: a quote or an escape on either
     * side of a 16-byte boundary; several escaped strings in one object
     * (decoded through one scratch buffer), an escaped key among them. */
    {"{\"a\":\"0123456789abcde\"}", "a=s:0123456789abcde;"},
    {"{\"a\":\"0123456789abcdef\"}", "a=s:0123456789abcdef;"},
    {"{\"a\":\"0123456789abcdefg\"}", "a=s:0123456789abcdefg;"},
    {"{\"a\":\"0123456789abcdef0123456789abcde\\n\"}", "a=s:0123456789abcdef0123456789abcde\n;"},
    {"{\"a\":\"0123456789abcdef0123456789abcdef\\n0123456789abcdef0123456789abcdef\\\"x\"}",
     "a=s:0123456789abcdef0123456789abcdef\n0123456789abcdef0123456789abcdef\"x;"},
    {"{\"a\":\"x\\ty\",\"k\\u00e9\":\"\\\\\",\"b\":\"plain\",\"c\":[\"\\n\",\"q\\\"\"]}",
     "a=s:x\ty;k\u00e9=s:\\;b=s:plain;c[0]=s:\n;c[1]=s:q\";"},
};

static const struct {
    const char *in;
    size_t pos;
    const char *msg;
} bad[] = {
    {"", 0, "expected '{'"},
    {"   ", 3, "expected '{'"},
    {"[]", 0, "expected '{'"},
    {"\"a\"", 0, "expected '{'"},
    {"{", 1, "expected string key"},
    {"{\"a\"}", 4, "expected ':'"},
    {"{\"a\":}", 5, "expected a value"},
    {"{\"a\":", 5, "unexpected end of input"},
    {"{\"a\":1,}", 7, "expected string key"},
    {"{\"a\":1 \"b\":2}", 7, "expected ',' or '}'"},
    {"{\"a\":1", 6, "expected ',' or '}'"},
    {"{\"a\":01}", 6, "expected ',' or '}'"},
    {"{\"a\":1.}", 7, "invalid number"},
    {"{\"a\":.5}", 5, "expected a value"},
    {"{\"a\":-}", 6, "invalid number"},
    {"{\"a\":1e}", 7, "invalid number"},
    {"{\"a\":1e+}", 8, "invalid number"},
    {"{\"a\":+1}", 5, "expected a value"},
    {"{\"a\":NaN}", 5, "expected a value"},
    {"{\"a\":tru}", 5, "invalid literal"},
    {"{\"a\":nul", 5, "invalid literal"},
    {"{\"a\":truex}", 9, "expected ',' or '}'"},
    {"{\"a\":\"\\x\"}", 6, "invalid escape"},
    {"{\"a\":\"\\u12G4\"}", 6, "invalid \\u escape"},
    {"{\"a\":\"\\u12\"}", 6, "invalid \\u escape"},
    {"{\"a\":\"abc", 5, "unterminated string"},
    {"{\"a\":\"abc\\", 5, "unterminated string"},
    {"{\"a\":\"abc\\n0123456789abcdef0123", 5, "unterminated string"},
    {"{\"a\":\"0123456789abcdef\\n\\x\"}", 24, "invalid escape"},
    {"{\"a\":1} x", 8, "trailing characters after the object"},
    {"{\"a\":1}{}", 7, "trailing characters after the object"},
    {"{\"a\":[1,2}", 9, "expected ',' or ']'"},
    {"{\"a\":[1,]}", 8, "expected a value"},
    {"{\"a\":{\"b\":1,}}", 12, "expected string key"},
    {"{'a':1}", 1, "expected string key"},
    {"{\"a\":[\"x\" \"y\"]}", 10, "expected ',' or ']'"},
    {"{\"o\":{\"k\":\"\\q\"}}", 11, "invalid escape"},
};

/* {"a": followed by `levels` '[' and as many ']' then '}'. */
static char *nested(int levels, int close)
{
    char *s = malloc((size_t)levels * 2 + 16);
    size_t k = 0;
    memcpy(s, "{\"a\":", 5);
    k = 5;
    for (int i = 0; i < levels; i++) s[k++] = '[';
    for (int i = 0; close && i < levels; i++) s[k++] = ']';
    if (close) s[k++] = '}';
    s[k] = 0;
    return s;
}

int main(void)
{
    arena a;
    buf got = {0};
    arena_init(&a);
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        size_t pos = 0;
        const char *msg = NULL;
        buf_clear(&got);
        int rc = json_parse_object(good[i].in, strlen(good[i].in), &a, collect, &got, &pos, &msg);
        CHECK_MSG(rc == 0, "\"%s\": error at %zu: %s", good[i].in, pos, msg ? msg : "?");
        CHECK_MSG(strcmp(buf_cstr(&got), good[i].want) == 0, "\"%s\": got \"%s\", want \"%s\"",
                  good[i].in, buf_cstr(&got), good[i].want);
        arena_reset(&a);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t pos = 12345;
        const char *msg = NULL;
        buf_clear(&got);
        int rc = json_parse_object(bad[i].in, strlen(bad[i].in), &a, collect, &got, &pos, &msg);
        CHECK_MSG(rc == -1, "\"%s\" accepted", bad[i].in);
        CHECK_MSG(pos == bad[i].pos && msg && strcmp(msg, bad[i].msg) == 0,
                  "\"%s\": got %zu \"%s\", want %zu \"%s\"", bad[i].in, pos,
                  msg ? msg : "(null)", bad[i].pos, bad[i].msg);
        arena_reset(&a);
    }

    /* An embedded NUL from \u0000 is counted in value_len. */
    {
        buf_clear(&got);
        const char *s = "{\"k\":\"a\\u0000b\"}";
        CHECK(json_parse_object(s, strlen(s), &a, collect, &got, NULL, NULL) == 0);
        CHECK(got.len == 8 && memcmp(got.p, "k=s:a\0b;", 8) == 0);
    }
    /* Only n bytes are read, and errors need no errpos/errmsg. */
    CHECK(json_parse_object("{}garbage", 2, &a, NULL, NULL, NULL, NULL) == 0);
    CHECK(json_parse_object("{\"a\":", 5, &a, NULL, NULL, NULL, NULL) == -1);
    CHECK(json_parse_object(NULL, 0, &a, NULL, NULL, NULL, NULL) == -1);

    /* Nesting: the object is level 1, so 63 arrays inside reach the cap of
     * 64; one more is rejected where it opens. 100000 levels: no crash. */
    {
        size_t pos = 0;
        const char *msg = NULL;
        char *s = nested(JSON_MAX_DEPTH - 1, 1);
        CHECK(json_parse_object(s, strlen(s), &a, NULL, NULL, &pos, &msg) == 0);
        free(s);
        s = nested(JSON_MAX_DEPTH, 1);
        CHECK(json_parse_object(s, strlen(s), &a, NULL, NULL, &pos, &msg) == -1);
        CHECK(pos == 5 + JSON_MAX_DEPTH - 1 && strcmp(msg, "nesting too deep") == 0);
        free(s);
        s = nested(100000, 0);
        CHECK(json_parse_object(s, strlen(s), &a, NULL, NULL, &pos, &msg) == -1);
        CHECK(pos == 5 + JSON_MAX_DEPTH - 1);
        free(s);
    }

    /* Writer. */
    {
        buf out = {0};
        json_put_string(&out, "a\"b\\\n\x01\x1f\t\u00e9/", 11);
        CHECK_STR(buf_cstr(&out), "\"a\\\"b\\\\\\n\\u0001\\u001f\\t\u00e9/\"");
        buf_clear(&out);
        json_put_string(&out, "x\xff\xc3(\xEF\xBF\xBDy", 8);
        CHECK_STR(buf_cstr(&out), "\"x\xEF\xBF\xBD\xEF\xBF\xBD(\xEF\xBF\xBDy\"");
        buf_clear(&out);
        json_put_string(&out, "", 0);
        CHECK_STR(buf_cstr(&out), "\"\"");
        /* Round trip through the reader. */
        static const char orig[] = "q\"\\\b\f\n\r\t\x01 \u4eac\U0001F44D end";
        buf_clear(&out);
        buf_puts(&out, "{\"k\":");
        json_put_string(&out, orig, sizeof orig - 1);
        buf_putc(&out, '}');
        buf_clear(&got);
        CHECK(json_parse_object((const char *)out.p, out.len, &a, collect, &got, NULL, NULL) == 0);
        CHECK(got.len == 4 + sizeof orig - 1 + 1 && memcmp(got.p + 4, orig, sizeof orig - 1) == 0);
        buf_free(&out);
    }

    /* json_read_string: one literal, appended, the position moved past it;
     * on failure nothing moves. */
    {
        static const struct { const char *in; int rc; const char *want; size_t used; } cases[] = {
            {"\"plain\" rest", 0, "plain", 7},
            {"\"a\\n\\u00e9\\ud83d\\udc4d\\/\"", 0, "a\n\xC3\xA9\xF0\x9F\x91\x8D/", 25},
            {"\"\"", 0, "", 2},
            {"\"open", -1, "", 0},
            {"\"bad \\x\"", -1, "", 0},
            {"\"bad \\u12\"", -1, "", 0},
            {"plain", -1, "", 0},
            {"", -1, "", 0},
        };
        buf out = {0};
        for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
            const char *p = cases[i].in, *end = p + strlen(p);
            buf_clear(&out);
            buf_puts(&out, "<");
            int rc = json_read_string(&p, end, &out);
            CHECK_MSG(rc == cases[i].rc, "json_read_string(%s): rc %d", cases[i].in, rc);
            CHECK_MSG(out.len == 1 + strlen(cases[i].want) && !memcmp(out.p + 1, cases[i].want, out.len - 1),
                      "json_read_string(%s): decoded wrong", cases[i].in);
            CHECK_MSG(p == cases[i].in + cases[i].used, "json_read_string(%s): moved %zu bytes",
                      cases[i].in, (size_t)(p - cases[i].in));
            const char *q = cases[i].in;
            CHECK(json_read_string(&q, end, NULL) == cases[i].rc && q == p); /* skipping */
        }
        buf_free(&out);
    }

    buf_free(&got);
    arena_free(&a);
    TEST_END();
}
