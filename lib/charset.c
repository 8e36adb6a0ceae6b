/*
 * Charset detection and transcoding to UTF-8 (see charset.h).
 */
#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

enum { META_SCAN = 4096 };

static const struct {
    const char *label, *name;
} labels[] = {
    {"utf-8", "UTF-8"},          {"utf8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"},
    {"ansi_x3.4-1968", "WINDOWS-1252"},
    {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"},
    {"iso_8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
    {"latin-1", "WINDOWS-1252"}, {"l1", "WINDOWS-1252"},
    {"cp819", "WINDOWS-1252"},   {"ibm819", "WINDOWS-1252"},
    {"windows-1252", "WINDOWS-1252"}, {"cp1252", "WINDOWS-1252"},
    {"x-cp1252", "WINDOWS-1252"}, {"x-user-defined", "WINDOWS-1252"},
    {"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"},
    {"iso-8859-11", "WINDOWS-874"}, {"tis-620", "WINDOWS-874"},
    {"gb2312", "GB18030"},       {"gbk", "GB18030"},
    {"gb_2312-80", "GB18030"},   {"x-gbk", "GB18030"},
    {"csgb2312", "GB18030"},     {"chinese", "GB18030"},
    {"gb18030", "GB18030"},
    {"big5", "BIG5-HKSCS"},      {"big5-hkscs", "BIG5-HKSCS"},
    {"x-x-big5", "BIG5-HKSCS"},  {"cn-big5", "BIG5-HKSCS"},
    {"shift_jis", "CP932"},      {"shift-jis", "CP932"},
    {"sjis", "CP932"},           {"x-sjis", "CP932"},
    {"ms_kanji", "CP932"},       {"windows-31j", "CP932"},
    {"cp932", "CP932"},          {"csshiftjis", "CP932"},
    {"euc-jp", "EUC-JP"},        {"x-euc-jp", "EUC-JP"},
    {"euc-kr", "CP949"},         {"ks_c_5601-1987", "CP949"},
    {"windows-949", "CP949"},    {"cp949", "CP949"},
    {"utf-16", "UTF-16LE"},      {"utf-16le", "UTF-16LE"},
    {"utf-16be", "UTF-16BE"},
};

static int usable(const char *name)
{
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) return 0;
    iconv_close(cd);
    return 1;
}

int charset_canonical(const char *label, size_t len, char name[CHARSET_NAME_MAX])
{
    while (len && (*label == ' ' || *label == '\t' || *label == '"' || *label == '\'')) label++, len--;
    while (len && (label[len - 1] == ' ' || label[len - 1] == '\t' || label[len - 1] == '"' ||
                   label[len - 1] == '\''))
        len--;
    if (len == 0 || len >= CHARSET_NAME_MAX) return -1;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (strlen(labels[i].label) == len && strncasecmp(labels[i].label, label, len) == 0) {
            strcpy(name, labels[i].name);
            return 0;
        }
    /* anything else iconv knows, spelled in the characters labels use */
    for (size_t i = 0; i < len; i++) {
        char c = label[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.' || c == ':'))
            return -1;
        name[i] = (char)(c >= 'a' && c <= 'z' ? c - 32 : c);
    }
    name[len] = 0;
    return usable(name) ? 0 : -1;
}

/* The charset parameter of a Content-Type value ("text/html; charset=x"). */
static int param_charset(const char *s, size_t n, char name[CHARSET_NAME_MAX])
{
    for (size_t i = 0; i + 8 <= n; i++) {
        if (strncasecmp(s + i, "charset", 7) != 0) continue;
        size_t j = i + 7;
        while (j < n && (s[j] == ' ' || s[j] == '\t')) j++;
        if (j >= n || s[j] != '=') continue;
        j++;
        while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '"' || s[j] == '\'')) j++;
        size_t k = j;
        while (k < n && s[k] != ';' && s[k] != ' ' && s[k] != '"' && s[k] != '\'' &&
               s[k] != ',' && s[k] != '>' && s[k] != '\t' && s[k] != '\r' && s[k] != '\n')
            k++;
        return charset_canonical(s + j, k - j, name);
    }
    return -1;
}

static int is_sp(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
}

/* One attribute at s[*i] of a tag ending before n: name and value spans.
 * Returns 0 at the tag's end. */
static int next_attr(const char *s, size_t n, size_t *i, const char **an, size_t *al,
                     const char **av, size_t *vl)
{
    size_t p = *i;
    while (p < n && is_sp(s[p])) p++;
    if (p >= n || s[p] == '>') return 0;
    size_t b = p;
    while (p < n && !is_sp(s[p]) && s[p] != '=' && s[p] != '>') p++;
    *an = s + b;
    *al = p - b;
    *av = NULL;
    *vl = 0;
    size_t q = p;
    while (q < n && (s[q] == ' ' || s[q] == '\t' || s[q] == '\n' || s[q] == '\r')) q++;
    if (q < n && s[q] == '=') {
        q++;
        while (q < n && (s[q] == ' ' || s[q] == '\t' || s[q] == '\n' || s[q] == '\r')) q++;
        if (q < n && (s[q] == '"' || s[q] == '\'')) {
            char quote = s[q++];
            size_t e = q;
            while (e < n && s[e] != quote) e++;
            *av = s + q;
            *vl = e - q;
            p = e < n ? e + 1 : e;
        } else {
            size_t e = q;
            while (e < n && !is_sp(s[e]) && s[e] != '>') e++;
            *av = s + q;
            *vl = e - q;
            p = e;
        }
    }
    if (p == *i) p++; /* always advance */
    *i = p;
    return 1;
}

static int attr_is(const char *an, size_t al, const char *want)
{
    return strlen(want) == al && strncasecmp(an, want, al) == 0;
}

/* <meta charset> / <meta http-equiv=content-type content=...> / <?xml
 * encoding=...?> within the first META_SCAN bytes. */
static int meta_charset(const char *s, size_t n, char name[CHARSET_NAME_MAX])
{
    if (n > META_SCAN) n = META_SCAN;
    if (n >= 5 && memcmp(s, "<?xml", 5) == 0) {
        const char *end = memchr(s, '>', n);
        size_t e = end ? (size_t)(end - s) : n;
        size_t i = 5;
        const char *an, *av;
        size_t al, vl;
        while (next_attr(s, e, &i, &an, &al, &av, &vl))
            if (av && attr_is(an, al, "encoding") && charset_canonical(av, vl, name) == 0)
                return 0;
    }
    for (size_t i = 0; i + 5 < n; i++) {
        if (s[i] != '<') continue;
        if (s[i + 1] == '!' && i + 4 < n && s[i + 2] == '-' && s[i + 3] == '-') {
            /* skip comments: a commented-out meta does not count */
            const char *end = NULL;
            for (size_t j = i + 4; j + 2 < n; j++)
                if (s[j] == '-' && s[j + 1] == '-' && s[j + 2] == '>') {
                    end = s + j;
                    break;
                }
            if (!end) return -1;
            i = (size_t)(end - s) + 2;
            continue;
        }
        if (strncasecmp(s + i + 1, "meta", 4) != 0 || !is_sp(s[i + 5])) continue;
        size_t p = i + 5;
        const char *an, *av, *content = NULL;
        size_t al, vl, content_len = 0;
        int http_ct = 0;
        while (next_attr(s, n, &p, &an, &al, &av, &vl)) {
            if (!av) continue;
            if (attr_is(an, al, "charset")) {
                if (charset_canonical(av, vl, name) == 0) return 0;
            } else if (attr_is(an, al, "http-equiv")) {
                http_ct = attr_is(av, vl, "content-type");
            } else if (attr_is(an, al, "content")) {
                content = av;
                content_len = vl;
            }
        }
        if (http_ct && content && param_charset(content, content_len, name) == 0) return 0;
        i = p;
    }
    return -1;
}

/* UTF-8, unless invalid sequences are common enough to say otherwise: a
 * few stray bytes in text with valid multi-byte UTF-8 are damage, not
 * windows-1252 (whose text almost never forms valid UTF-8 sequences by
 * accident): UTF-8 when valid sequences are at least a quarter of the
 * invalid ones. */
static int mostly_utf8(const char *s, size_t n)
{
    if (utf8_valid(s, n)) return 1;
    size_t multi = 0, bad = 0;
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t j = i;
        uint32_t cp = utf8_next(s, n, &j);
        if (cp == 0xFFFD && j - i == 1) bad++;
        else multi++;
        i = j;
    }
    return multi > 0 && 4 * multi >= bad;
}

charset_source charset_detect(const char *data, size_t n, const char *content_type,
                              int html, char name[CHARSET_NAME_MAX], size_t *bom_len)
{
    const unsigned char *u = (const unsigned char *)data;
    *bom_len = 0;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        strcpy(name, "UTF-8");
        *bom_len = 3;
        return CHARSET_FROM_BOM;
    }
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        strcpy(name, "UTF-16LE");
        *bom_len = 2;
        return CHARSET_FROM_BOM;
    }
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        strcpy(name, "UTF-16BE");
        *bom_len = 2;
        return CHARSET_FROM_BOM;
    }
    /* a UTF-16 label on bytes without a BOM: the page is ASCII-compatible
     * (it was readable enough to find the label), read it as UTF-8 */
    if (content_type && param_charset(content_type, strlen(content_type), name) == 0) {
        if (strncmp(name, "UTF-16", 6) == 0) strcpy(name, "UTF-8");
        return CHARSET_FROM_HTTP;
    }
    if (html && meta_charset(data, n, name) == 0) {
        if (strncmp(name, "UTF-16", 6) == 0) strcpy(name, "UTF-8");
        return CHARSET_FROM_META;
    }
    strcpy(name, mostly_utf8(data, n) ? "UTF-8" : "WINDOWS-1252");
    return CHARSET_FROM_CONTENT;
}

/* Drops NUL bytes from out->p[from..len). */
static void drop_nuls(buf *out, size_t from)
{
    unsigned char *p = out->p, *o = out->p + from;
    for (size_t i = from; i < out->len; i++)
        if (p[i]) *o++ = p[i];
    out->len = (size_t)(o - p);
}

size_t charset_to_utf8(buf *out, const char *data, size_t n, const char *name)
{
    if (!name || !strcasecmp(name, "UTF-8") || !strcasecmp(name, "UTF8"))
        return utf8_sanitize(out, data, n);
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == (iconv_t)-1) return utf8_sanitize(out, data, n);
    size_t bad = 0, from = out->len;
    char *in = (char *)data;
    size_t inleft = n;
    static const char fffd[] = "\xEF\xBF\xBD";
    while (inleft) {
        if (buf_reserve(out, inleft * 2 + 16)) break;
        char *o = (char *)out->p + out->len;
        size_t oleft = out->cap - out->len;
        size_t r = iconv(cd, &in, &inleft, &o, &oleft);
        out->len = (size_t)((unsigned char *)o - out->p);
        if (r != (size_t)-1) break;
        if (errno == E2BIG) continue;
        buf_put(out, fffd, 3);
        bad++;
        if (errno == EILSEQ) {
            in++;
            inleft--;
        } else { /* EINVAL: incomplete sequence at the end */
            break;
        }
    }
    /* stateful encodings (ISO-2022-JP) may have a shift sequence to emit */
    if (!out->oom && buf_reserve(out, 16) == 0) {
        char *o = (char *)out->p + out->len;
        size_t oleft = out->cap - out->len;
        iconv(cd, NULL, NULL, &o, &oleft);
        out->len = (size_t)((unsigned char *)o - out->p);
    }
    iconv_close(cd);
    if (!out->oom) drop_nuls(out, from);
    return bad;
}

size_t charset_decode(buf *out, const char *data, size_t n, const char *content_type,
                      int html, const char **used)
{
    /* per thread: the name handed back must not change under a caller on
     * another thread (input runs on the main thread today) */
    static _Thread_local char last[CHARSET_NAME_MAX];
    char name[CHARSET_NAME_MAX];
    size_t bom = 0;
    charset_detect(data, n, content_type, html, name, &bom);
    if (used) {
        memcpy(last, name, sizeof last);
        *used = last;
    }
    return charset_to_utf8(out, data + bom, n - bom, name);
}
