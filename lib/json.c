#include "json.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "utf8.h"

typedef struct {
    const char *s;
    size_t n, i;
    arena *a;
    const char *err;
    size_t errpos;
    buf tmp; /* a string with escapes, decoded (decode_string) */
} parser;

static int fail(parser *p, size_t at, const char *msg)
{
    if (!p->err) {
        p->err = msg;
        p->errpos = at;
    }
    return -1;
}

static void skip_ws(parser *p)
{
    while (p->i < p->n) {
        char c = p->s[p->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        p->i++;
    }
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The 4 hex digits at s[i], or -1. */
static long hex4(const parser *p, size_t i)
{
    if (p->n - i < 4) return -1;
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval((unsigned char)p->s[i + k]);
        if (h < 0) return -1;
        v = v << 4 | h;
    }
    return v;
}

/* The index of the first '"' or '\\' in s[i..n), or n: 16 bytes at a time
 * with SSE2 (elsewhere eight, a word with neither having no zero byte after
 * XOR with either), then byte by byte.  Article bodies are long plain runs:
 * the byte loop was 3% of indexing, the eight-byte one 2.3% (scanning each
 * string twice). */
static size_t scan_plain(const char *s, size_t i, size_t n)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), bslash = _mm_set1_epi8('\\');
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        unsigned m = (unsigned)_mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash)));
        if (m) return i + (unsigned)__builtin_ctz(m);
        i += 16;
    }
#else
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (n - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
        if ((((q - ones) & ~q) | ((b - ones) & ~b)) & highs) break;
        i += 8;
    }
#endif
    while (i < n && s[i] != '"' && s[i] != '\\') i++;
    return i;
}

/*
 * Reads the string whose opening quote is at p->i, the bytes from there up
 * to i (> p->i) being known to hold no quote or backslash.  With out !=
 * NULL the decoded bytes are appended to it (no NUL; the caller checks
 * out->oom).  Raw bytes, including control characters and invalid UTF-8,
 * are taken as they are: archives contain such strings and the caller
 * sanitizes text anyway.
 */
static int read_string(parser *p, size_t i, buf *out)
{
    size_t run = p->i + 1;
    const char *s = p->s;
    for (;;) {
        /* Copy the plain run up to the next quote or backslash. */
        i = scan_plain(s, i, p->n);
        if (out) buf_put(out, s + run, i - run);
        if (i >= p->n) return fail(p, p->i, "unterminated string");
        if (s[i] == '"') break;
        /* An escape. */
        size_t esc = i;
        if (i + 1 >= p->n) return fail(p, p->i, "unterminated string");
        char c = s[i + 1], ch;
        i += 2;
        switch (c) {
        case '"': ch = '"'; break;
        case '\\': ch = '\\'; break;
        case '/': ch = '/'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 't': ch = '\t'; break;
        case 'u': {
            long cp = hex4(p, i);
            if (cp < 0) return fail(p, esc, "invalid \\u escape");
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00) {
                /* A high surrogate joins a following low one; alone it
                 * becomes U+FFFD (the next escape is read on its own). */
                long lo = (p->n - i >= 6 && s[i] == '\\' && s[i + 1] == 'u') ? hex4(p, i + 2) : -1;
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                cp = 0xFFFD;
            }
            if (out) {
                char e[4];
                buf_put(out, e, (size_t)utf8_encode((uint32_t)cp, e));
            }
            run = i;
            continue;
        }
        default:
            return fail(p, esc, "invalid escape");
        }
        if (out) buf_putc(out, (unsigned char)ch);
        run = i;
    }
    p->i = i + 1;
    return 0;
}

/*
 * Decodes the string at p->i into the arena (NUL-terminated), in one pass:
 * a string without escapes (most keys and values) is copied from the input
 * once its end is found; one with escapes is decoded into p->tmp and copied
 * from there.  (Validating first and decoding in a second pass read every
 * body twice.)
 */
static int decode_string(parser *p, const char **out, size_t *len)
{
    size_t at = p->i, end = scan_plain(p->s, at + 1, p->n);
    const char *src = p->s + at + 1;
    size_t n = end - at - 1;
    if (end >= p->n || p->s[end] != '"') {
        /* room for the rest of the input at once: this string is likely
         * the body, and a few doublings cost more than it */
        if (!p->tmp.cap) buf_reserve(&p->tmp, p->n - at);
        buf_clear(&p->tmp);
        if (read_string(p, end, &p->tmp)) return -1;
        if (p->tmp.oom) return fail(p, at, "out of memory");
        src = (const char *)p->tmp.p;
        n = p->tmp.len;
    } else {
        p->i = end + 1;
    }
    char *dst = arena_strndup(p->a, src, n);
    if (!dst) return fail(p, at, "out of memory");
    *out = dst;
    *len = n;
    return 0;
}

int json_read_string(const char **pos, const char *end, buf *out)
{
    parser p = {.s = *pos, .n = (size_t)(end - *pos)};
    if (!p.n || *p.s != '"' || read_string(&p, 1, NULL)) return -1;
    if (out) {
        /* Checked first and room made, so that a failure appends nothing:
         * the decoded string is never longer than the raw one. */
        size_t raw = p.i;
        if (buf_reserve(out, raw)) return -1;
        p.i = 0;
        read_string(&p, 1, out); /* passed above */
    }
    *pos += p.i;
    return 0;
}

/* Validates a number per the JSON grammar:
 * -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int read_number(parser *p)
{
    size_t i = p->i, n = p->n;
    const char *s = p->s;
#define DIGIT(k) ((k) < n && s[k] >= '0' && s[k] <= '9')
    if (i < n && s[i] == '-') i++;
    if (!DIGIT(i)) return fail(p, i, "invalid number");
    if (s[i] == '0') i++;
    else while (DIGIT(i)) i++;
    if (i < n && s[i] == '.') {
        i++;
        if (!DIGIT(i)) return fail(p, i, "invalid number");
        while (DIGIT(i)) i++;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        if (!DIGIT(i)) return fail(p, i, "invalid number");
        while (DIGIT(i)) i++;
    }
#undef DIGIT
    p->i = i;
    return 0;
}

static int read_literal(parser *p, const char *word, size_t len)
{
    if (p->n - p->i < len || memcmp(p->s + p->i, word, len) != 0)
        return fail(p, p->i, "invalid literal");
    p->i += len;
    return 0;
}

/*
 * The parser is a loop over an explicit stack of open containers (no
 * recursion), so hostile nesting costs JSON_MAX_DEPTH bytes at most.
 */
enum { ST_OBJECT_FIRST, ST_MEMBER, ST_ARRAY_FIRST, ST_VALUE, ST_AFTER_VALUE };

int json_parse_object(const char *s, size_t n, arena *a, json_member_fn fn,
                      void *ctx, size_t *errpos, const char **errmsg)
{
    parser p = {s, s ? n : 0, 0, a, NULL, 0, {0}};
    char stack[JSON_MAX_DEPTH];
    int depth = 0, state, index = 0;
    const char *key = NULL;
    size_t key_len = 0;

    /* A UTF-8 byte order mark is tolerated. */
    if (p.n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) p.i = 3;
    skip_ws(&p);
    if (p.i >= p.n || s[p.i] != '{') {
        fail(&p, p.i, "expected '{'");
        goto out;
    }
    stack[depth++] = '{';
    p.i++;
    state = ST_OBJECT_FIRST;

    for (;;) {
        skip_ws(&p);
        int c = p.i < p.n ? (unsigned char)s[p.i] : -1;
        switch (state) {
        case ST_OBJECT_FIRST:
            if (c == '}') goto close;
            /* fall through */
        case ST_MEMBER:
            if (c != '"') {
                fail(&p, p.i, "expected string key");
                goto out;
            }
            if (depth == 1) {
                if (decode_string(&p, &key, &key_len)) goto out;
            } else if (read_string(&p, p.i + 1, NULL)) {
                goto out;
            }
            skip_ws(&p);
            if (p.i >= p.n || s[p.i] != ':') {
                fail(&p, p.i, "expected ':'");
                goto out;
            }
            p.i++;
            state = ST_VALUE;
            continue;
        case ST_ARRAY_FIRST:
            if (depth == 2) index = 0;
            if (c == ']') goto close;
            /* fall through */
        case ST_VALUE: {
            /* Delivered: scalars of top-level members, and the strings of
             * a top-level member's array (with their index). */
            int deliver = depth == 1 || (depth == 2 && stack[1] == '[');
            const char *val = NULL;
            size_t val_len = 0, at = p.i;
            json_kind kind;
            if (c == '{' || c == '[') {
                if (depth >= JSON_MAX_DEPTH) {
                    fail(&p, p.i, "nesting too deep");
                    goto out;
                }
                stack[depth++] = (char)c;
                p.i++;
                state = c == '{' ? ST_OBJECT_FIRST : ST_ARRAY_FIRST;
                continue;
            }
            if (c == '"') {
                kind = JSON_STRING;
                if (deliver) {
                    if (decode_string(&p, &val, &val_len)) goto out;
                } else if (read_string(&p, p.i + 1, NULL)) {
                    goto out;
                }
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                kind = JSON_NUMBER;
                if (read_number(&p)) goto out;
            } else if (c == 't') {
                kind = JSON_TRUE;
                if (read_literal(&p, "true", 4)) goto out;
            } else if (c == 'f') {
                kind = JSON_FALSE;
                if (read_literal(&p, "false", 5)) goto out;
            } else if (c == 'n') {
                kind = JSON_NULL;
                if (read_literal(&p, "null", 4)) goto out;
            } else {
                fail(&p, p.i, c < 0 ? "unexpected end of input" : "expected a value");
                goto out;
            }
            if (depth == 1 && kind != JSON_STRING) {
                val_len = p.i - at;
                val = arena_strndup(a, s + at, val_len);
                if (!val) {
                    fail(&p, at, "out of memory");
                    goto out;
                }
            }
            if (deliver && fn && (depth == 1 || kind == JSON_STRING))
                fn(ctx, key, key_len, kind, val, val_len, depth == 1 ? -1 : index);
            state = ST_AFTER_VALUE;
            continue;
        }
        case ST_AFTER_VALUE:
            if (c == ',') {
                p.i++;
                if (stack[depth - 1] == '{') {
                    state = ST_MEMBER;
                } else {
                    if (depth == 2) index++; /* only elements of a member's array are counted */
                    state = ST_VALUE;
                }
                continue;
            }
            if (c == (stack[depth - 1] == '{' ? '}' : ']')) goto close;
            fail(&p, p.i, stack[depth - 1] == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
            goto out;
        }
    close:
        p.i++;
        if (--depth == 0) break;
        state = ST_AFTER_VALUE;
    }
    skip_ws(&p);
    if (p.i != p.n) fail(&p, p.i, "trailing characters after the object");

out:
    buf_free(&p.tmp);
    if (p.err) {
        if (errpos) *errpos = p.errpos;
        if (errmsg) *errmsg = p.err;
        return -1;
    }
    return 0;
}

void json_put_string(buf *out, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    buf_putc(out, '"');
    size_t i = 0, run = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0x80) {
            /* Valid sequences are copied; each bad byte becomes U+FFFD so
             * that the output is always valid JSON text. */
            size_t j = i;
            uint32_t cp = utf8_next(s, n, &j);
            if (cp != 0xFFFD || (j - i == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0)) {
                i = j;
                continue;
            }
            buf_put(out, s + run, i - run);
            buf_put(out, "\xEF\xBF\xBD", 3);
            i = run = j;
            continue;
        }
        buf_put(out, s + run, i - run);
        char e[6] = {'\\', 0, 0, 0, 0, 0};
        size_t elen = 2;
        switch (c) {
        case '"': e[1] = '"'; break;
        case '\\': e[1] = '\\'; break;
        case '\n': e[1] = 'n'; break;
        case '\r': e[1] = 'r'; break;
        case '\t': e[1] = 't'; break;
        case '\b': e[1] = 'b'; break;
        case '\f': e[1] = 'f'; break;
        default:
            e[1] = 'u';
            e[2] = '0';
            e[3] = '0';
            e[4] = hex[c >> 4];
            e[5] = hex[c & 15];
            elen = 6;
        }
        buf_put(out, e, elen);
        i = run = i + 1;
    }
    buf_put(out, s + run, i - run);
    buf_putc(out, '"');
}
