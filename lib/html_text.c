#include "html_text.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

/*
 * Named character references: the HTML 4 set (Latin-1, symbols and Greek,
 * special) plus &apos;, sorted by strcmp for binary search.
 */
static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    {"AElig", 0xC6}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Agrave", 0xC0},
    {"Alpha", 0x391}, {"Aring", 0xC5}, {"Atilde", 0xC3}, {"Auml", 0xC4},
    {"Beta", 0x392}, {"Ccedil", 0xC7}, {"Chi", 0x3A7}, {"Dagger", 0x2021},
    {"Delta", 0x394}, {"ETH", 0xD0}, {"Eacute", 0xC9}, {"Ecirc", 0xCA},
    {"Egrave", 0xC8}, {"Epsilon", 0x395}, {"Eta", 0x397}, {"Euml", 0xCB},
    {"Gamma", 0x393}, {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Igrave", 0xCC},
    {"Iota", 0x399}, {"Iuml", 0xCF}, {"Kappa", 0x39A}, {"Lambda", 0x39B},
    {"Mu", 0x39C}, {"Ntilde", 0xD1}, {"Nu", 0x39D}, {"OElig", 0x152},
    {"Oacute", 0xD3}, {"Ocirc", 0xD4}, {"Ograve", 0xD2}, {"Omega", 0x3A9},
    {"Omicron", 0x39F}, {"Oslash", 0xD8}, {"Otilde", 0xD5}, {"Ouml", 0xD6},
    {"Phi", 0x3A6}, {"Pi", 0x3A0}, {"Prime", 0x2033}, {"Psi", 0x3A8},
    {"Rho", 0x3A1}, {"Scaron", 0x160}, {"Sigma", 0x3A3}, {"THORN", 0xDE},
    {"Tau", 0x3A4}, {"Theta", 0x398}, {"Uacute", 0xDA}, {"Ucirc", 0xDB},
    {"Ugrave", 0xD9}, {"Upsilon", 0x3A5}, {"Uuml", 0xDC}, {"Xi", 0x39E},
    {"Yacute", 0xDD}, {"Yuml", 0x178}, {"Zeta", 0x396}, {"aacute", 0xE1},
    {"acirc", 0xE2}, {"acute", 0xB4}, {"aelig", 0xE6}, {"agrave", 0xE0},
    {"alefsym", 0x2135}, {"alpha", 0x3B1}, {"amp", 0x26}, {"and", 0x2227},
    {"ang", 0x2220}, {"apos", 0x27}, {"aring", 0xE5}, {"asymp", 0x2248},
    {"atilde", 0xE3}, {"auml", 0xE4}, {"bdquo", 0x201E}, {"beta", 0x3B2},
    {"brvbar", 0xA6}, {"bull", 0x2022}, {"cap", 0x2229}, {"ccedil", 0xE7},
    {"cedil", 0xB8}, {"cent", 0xA2}, {"chi", 0x3C7}, {"circ", 0x2C6},
    {"clubs", 0x2663}, {"cong", 0x2245}, {"copy", 0xA9}, {"crarr", 0x21B5},
    {"cup", 0x222A}, {"curren", 0xA4}, {"dArr", 0x21D3}, {"dagger", 0x2020},
    {"darr", 0x2193}, {"deg", 0xB0}, {"delta", 0x3B4}, {"diams", 0x2666},
    {"divide", 0xF7}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"egrave", 0xE8},
    {"empty", 0x2205}, {"emsp", 0x2003}, {"ensp", 0x2002}, {"epsilon", 0x3B5},
    {"equiv", 0x2261}, {"eta", 0x3B7}, {"eth", 0xF0}, {"euml", 0xEB},
    {"euro", 0x20AC}, {"exist", 0x2203}, {"fnof", 0x192}, {"forall", 0x2200},
    {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE}, {"frasl", 0x2044},
    {"gamma", 0x3B3}, {"ge", 0x2265}, {"gt", 0x3E}, {"hArr", 0x21D4},
    {"harr", 0x2194}, {"hearts", 0x2665}, {"hellip", 0x2026},
    {"iacute", 0xED}, {"icirc", 0xEE}, {"iexcl", 0xA1}, {"igrave", 0xEC},
    {"image", 0x2111}, {"infin", 0x221E}, {"int", 0x222B}, {"iota", 0x3B9},
    {"iquest", 0xBF}, {"isin", 0x2208}, {"iuml", 0xEF}, {"kappa", 0x3BA},
    {"lArr", 0x21D0}, {"lambda", 0x3BB}, {"lang", 0x2329}, {"laquo", 0xAB},
    {"larr", 0x2190}, {"lceil", 0x2308}, {"ldquo", 0x201C}, {"le", 0x2264},
    {"lfloor", 0x230A}, {"lowast", 0x2217}, {"loz", 0x25CA}, {"lrm", 0x200E},
    {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", 0x3C}, {"macr", 0xAF},
    {"mdash", 0x2014}, {"micro", 0xB5}, {"middot", 0xB7}, {"minus", 0x2212},
    {"mu", 0x3BC}, {"nabla", 0x2207}, {"nbsp", 0xA0}, {"ndash", 0x2013},
    {"ne", 0x2260}, {"ni", 0x220B}, {"not", 0xAC}, {"notin", 0x2209},
    {"nsub", 0x2284}, {"ntilde", 0xF1}, {"nu", 0x3BD}, {"oacute", 0xF3},
    {"ocirc", 0xF4}, {"oelig", 0x153}, {"ograve", 0xF2}, {"oline", 0x203E},
    {"omega", 0x3C9}, {"omicron", 0x3BF}, {"oplus", 0x2295}, {"or", 0x2228},
    {"ordf", 0xAA}, {"ordm", 0xBA}, {"oslash", 0xF8}, {"otilde", 0xF5},
    {"otimes", 0x2297}, {"ouml", 0xF6}, {"para", 0xB6}, {"part", 0x2202},
    {"permil", 0x2030}, {"perp", 0x22A5}, {"phi", 0x3C6}, {"pi", 0x3C0},
    {"piv", 0x3D6}, {"plusmn", 0xB1}, {"pound", 0xA3}, {"prime", 0x2032},
    {"prod", 0x220F}, {"prop", 0x221D}, {"psi", 0x3C8}, {"quot", 0x22},
    {"rArr", 0x21D2}, {"radic", 0x221A}, {"rang", 0x232A}, {"raquo", 0xBB},
    {"rarr", 0x2192}, {"rceil", 0x2309}, {"rdquo", 0x201D}, {"real", 0x211C},
    {"reg", 0xAE}, {"rfloor", 0x230B}, {"rho", 0x3C1}, {"rlm", 0x200F},
    {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A},
    {"scaron", 0x161}, {"sdot", 0x22C5}, {"sect", 0xA7}, {"shy", 0xAD},
    {"sigma", 0x3C3}, {"sigmaf", 0x3C2}, {"sim", 0x223C}, {"spades", 0x2660},
    {"sub", 0x2282}, {"sube", 0x2286}, {"sum", 0x2211}, {"sup", 0x2283},
    {"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"supe", 0x2287},
    {"szlig", 0xDF}, {"tau", 0x3C4}, {"there4", 0x2234}, {"theta", 0x3B8},
    {"thetasym", 0x3D1}, {"thinsp", 0x2009}, {"thorn", 0xFE},
    {"tilde", 0x2DC}, {"times", 0xD7}, {"trade", 0x2122}, {"uArr", 0x21D1},
    {"uacute", 0xFA}, {"uarr", 0x2191}, {"ucirc", 0xFB}, {"ugrave", 0xF9},
    {"uml", 0xA8}, {"upsih", 0x3D2}, {"upsilon", 0x3C5}, {"uuml", 0xFC},
    {"weierp", 0x2118}, {"xi", 0x3BE}, {"yacute", 0xFD}, {"yen", 0xA5},
    {"yuml", 0xFF}, {"zeta", 0x3B6}, {"zwj", 0x200D}, {"zwnj", 0x200C},
};

/* Windows-1252 meanings of &#128;..&#159;, as browsers decode them (old
 * news pages write &#146; for ’); 0 where cp1252 has none. */
static const uint16_t cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_alnum(int c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
static int is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static int32_t lookup_entity(const char *name, size_t len)
{
    size_t lo = 0, hi = sizeof entities / sizeof entities[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *e = entities[mid].name;
        int c = strncmp(name, e, len);
        if (c == 0 && e[len] != 0) c = -1; /* name is a proper prefix of e */
        if (c == 0) return (int32_t)entities[mid].cp;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return -1;
}

/*
 * The character reference at s[i] == '&': returns its length and sets *cp,
 * or returns 0 when there is none (the '&' is then literal text).  Named
 * references need their ';', except the five that browsers also accept
 * bare (&amp &lt &gt &quot &nbsp) when no letter, digit or '=' follows.
 */
static size_t char_ref(const char *s, size_t n, size_t i, uint32_t *cp)
{
    size_t j = i + 1;
    if (j < n && s[j] == '#') {
        int hex = j + 1 < n && (s[j + 1] == 'x' || s[j + 1] == 'X');
        j += 1 + (size_t)hex;
        size_t first = j;
        uint32_t v = 0;
        for (; j < n; j++) {
            int c = lower((unsigned char)s[j]), d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else break;
            v = v * (hex ? 16 : 10) + (uint32_t)d;
            if (v > 0x10FFFF) v = 0x110000; /* saturate: stays invalid */
        }
        if (j == first) return 0;
        if (j < n && s[j] == ';') j++;
        if (v >= 0x80 && v < 0xA0 && cp1252[v - 0x80]) v = cp1252[v - 0x80];
        else if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) v = 0xFFFD;
        *cp = v;
        return j - i;
    }
    while (j < n && j - i <= 32 && is_alnum((unsigned char)s[j])) j++;
    size_t len = j - i - 1;
    if (len == 0 || len > 31) return 0;
    int32_t v = lookup_entity(s + i + 1, len);
    if (v < 0) return 0;
    if (j < n && s[j] == ';') {
        *cp = (uint32_t)v;
        return j + 1 - i;
    }
    static const char *const bare[] = {"amp", "lt", "gt", "quot", "nbsp"};
    for (size_t k = 0; k < 5; k++) {
        if (strlen(bare[k]) == len && memcmp(s + i + 1, bare[k], len) == 0 &&
            !(j < n && s[j] == '=')) {
            *cp = (uint32_t)v;
            return j - i;
        }
    }
    return 0;
}

/*
 * A destination for text with white space collapsed: runs of spaces become
 * one ' ', paragraph breaks one "\n\n", and neither is written before the
 * first or after the last text.
 */
enum { GAP_NONE, GAP_SPACE, GAP_PARA };
typedef struct {
    buf *b;
    int gap, started;
    int flat; /* one line: paragraph breaks become spaces (titles) */
} tsink;

static void ts_gap(tsink *t, int gap)
{
    if (t && gap > t->gap) t->gap = gap;
}

static void ts_put(tsink *t, const char *p, size_t len)
{
    if (!t || !len) return;
    if (t->started && t->gap == GAP_PARA && !t->flat) buf_put(t->b, "\n\n", 2);
    else if (t->started && t->gap == GAP_PARA) buf_putc(t->b, ' ');
    else if (t->started && t->gap == GAP_SPACE) buf_putc(t->b, ' ');
    t->gap = GAP_NONE;
    t->started = 1;
    buf_put(t->b, p, len);
}

/* Up to three sinks get the same text (body, first <h1>, <title>). */
typedef struct {
    tsink *t[3];
} sinks;

static void put_all(sinks *d, const char *p, size_t len)
{
    for (int k = 0; k < 3; k++) ts_put(d->t[k], p, len);
}
static void gap_all(sinks *d, int gap)
{
    for (int k = 0; k < 3; k++) ts_gap(d->t[k], gap);
}

static void put_cp(sinks *d, uint32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0) {
        gap_all(d, GAP_SPACE);
    } else if (cp >= 0x20 && (cp < 0x7F || cp > 0x9F)) {
        char e[4];
        put_all(d, e, (size_t)utf8_encode(cp, e));
    } /* other C0 and C1 controls are dropped */
}

/* Text s[i..end) with character references decoded; the output is valid
 * UTF-8 even when the input is not (bad bytes become U+FFFD). */
static void text(sinks *d, const char *s, size_t i, size_t end)
{
    size_t run = i;
    while (i < end) {
        unsigned char c = (unsigned char)s[i];
        if (c > 0x20 && c < 0x7F && c != '&') {
            i++;
            continue;
        }
        if (c >= 0x80) {
            size_t j = i;
            uint32_t cp = utf8_next(s, end, &j);
            /* Ordinary valid characters stay in the run; NBSP, C1
             * controls and invalid bytes take the slow path. */
            if (cp > 0xA0 && (cp != 0xFFFD || j - i == 3)) {
                i = j;
                continue;
            }
            put_all(d, s + run, i - run);
            put_cp(d, cp);
            i = run = j;
            continue;
        }
        put_all(d, s + run, i - run);
        uint32_t cp = c;
        size_t len = 1;
        if (c == '&') {
            len = char_ref(s, end, i, &cp);
            if (!len) {
                len = 1;
                cp = '&';
            }
        }
        put_cp(d, cp);
        i = run = i + len;
    }
    put_all(d, s + run, i - run);
}

/* Text decoded and collapsed into out (for attribute values). */
static void text_to(buf *out, const char *s, size_t i, size_t end)
{
    tsink t = {out, 0, 0, 1};
    sinks d = {{&t, NULL, NULL}};
    text(&d, s, i, end);
}

/* Tags that matter; the rest are dropped without effect. */
enum {
    T_BLOCK = 1 << 0,   /* paragraph break */
    T_CELL = 1 << 1,    /* a space */
    T_RAW = 1 << 2,     /* contents skipped up to the end tag */
    T_FURN = 1 << 3,    /* page furniture: contents dropped */
    T_HEADOK = 1 << 4,  /* may appear in <head> */
    T_FOREIGN = 1 << 5, /* svg, math: "/>" really closes */
};
enum { K_OTHER, K_TITLE, K_META, K_LINK, K_TIME, K_H1, K_HEAD, K_BODY };
enum { NFURN = 6 };

static const struct {
    const char *name;
    unsigned char kind, furn;
    unsigned flags;
} tags[] = {
    {"address", K_OTHER, 0, T_BLOCK},
    {"article", K_OTHER, 0, T_BLOCK},
    {"aside", K_OTHER, 3, T_FURN},
    {"base", K_OTHER, 0, T_HEADOK},
    {"blockquote", K_OTHER, 0, T_BLOCK},
    {"body", K_BODY, 0, 0},
    {"br", K_OTHER, 0, T_BLOCK},
    {"button", K_OTHER, 5, T_FURN},
    {"caption", K_OTHER, 0, T_BLOCK},
    {"center", K_OTHER, 0, T_BLOCK},
    {"dd", K_OTHER, 0, T_BLOCK},
    {"div", K_OTHER, 0, T_BLOCK},
    {"dl", K_OTHER, 0, T_BLOCK},
    {"dt", K_OTHER, 0, T_BLOCK},
    {"figcaption", K_OTHER, 0, T_BLOCK},
    {"figure", K_OTHER, 0, T_BLOCK},
    {"footer", K_OTHER, 2, T_FURN},
    {"form", K_OTHER, 0, T_BLOCK}, /* not furniture: ASP.NET wraps whole pages in one */
    {"h1", K_H1, 0, T_BLOCK},
    {"h2", K_OTHER, 0, T_BLOCK},
    {"h3", K_OTHER, 0, T_BLOCK},
    {"h4", K_OTHER, 0, T_BLOCK},
    {"h5", K_OTHER, 0, T_BLOCK},
    {"h6", K_OTHER, 0, T_BLOCK},
    {"head", K_HEAD, 0, T_HEADOK},
    {"header", K_OTHER, 1, T_FURN},
    {"hr", K_OTHER, 0, T_BLOCK},
    {"html", K_OTHER, 0, T_HEADOK},
    {"iframe", K_OTHER, 0, T_RAW},
    {"li", K_OTHER, 0, T_BLOCK},
    {"link", K_LINK, 0, T_HEADOK},
    {"main", K_OTHER, 0, T_BLOCK},
    {"math", K_OTHER, 0, T_RAW | T_FOREIGN},
    {"meta", K_META, 0, T_HEADOK},
    {"nav", K_OTHER, 0, T_FURN},
    {"noembed", K_OTHER, 0, T_RAW},
    {"noframes", K_OTHER, 0, T_RAW},
    {"noscript", K_OTHER, 0, T_RAW | T_HEADOK},
    {"ol", K_OTHER, 0, T_BLOCK},
    {"p", K_OTHER, 0, T_BLOCK},
    {"pre", K_OTHER, 0, T_BLOCK},
    {"script", K_OTHER, 0, T_RAW | T_HEADOK},
    {"section", K_OTHER, 0, T_BLOCK},
    {"style", K_OTHER, 0, T_RAW | T_HEADOK},
    {"svg", K_OTHER, 0, T_RAW | T_FOREIGN},
    {"table", K_OTHER, 0, T_BLOCK},
    {"td", K_OTHER, 0, T_CELL},
    {"template", K_OTHER, 0, T_RAW | T_HEADOK},
    {"textarea", K_OTHER, 0, T_RAW},
    {"th", K_OTHER, 0, T_CELL},
    {"time", K_TIME, 0, 0},
    {"title", K_TITLE, 0, T_RAW | T_HEADOK},
    {"tr", K_OTHER, 0, T_BLOCK},
    {"ul", K_OTHER, 0, T_BLOCK},
    {"xmp", K_OTHER, 0, T_RAW},
};

static int find_tag(const char *name)
{
    size_t lo = 0, hi = sizeof tags / sizeof tags[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, tags[mid].name);
        if (c == 0) return (int)mid;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return -1;
}

/* A span of the input. */
typedef struct {
    size_t at, len;
    int set;
} span;

/* One parsed tag. */
typedef struct {
    char name[16];   /* lowercased; "" when unknown or too long */
    int end_tag, self_closing;
    span name_attr, property, content, itemprop, rel, href, datetime;
} tag;

/* Metadata candidates: a better-ranked source replaces a worse one. */
typedef struct {
    buf v;
    int rank;
} field;

typedef struct {
    const char *s;
    size_t n;
    tsink body, title, h1, h1_furn;
    buf title_buf, h1_buf, h1_furn_buf;
    int furn[NFURN];
    int in_head, have_title;
    int h1_open;  /* 1: capturing the first <h1> outside furniture, 2: inside */
    int h1_level; /* furniture nesting where it opened: deeper text is not
                     part of it (<h1>Title<button>Share</button></h1>) */
    field author, date, url;
} state;

/* How deep in furniture (and <head>) the scanner is; 0 in the body. */
static int furn_level(const state *st)
{
    int level = st->in_head;
    for (int k = 0; k < NFURN; k++) level += st->furn[k];
    return level;
}

static int suppressed(const state *st) { return furn_level(st) > 0; }

static sinks text_sinks(state *st)
{
    sinks d = {{NULL, NULL, NULL}};
    int level = furn_level(st);
    if (level == 0) d.t[0] = &st->body;
    if (st->h1_open && level == st->h1_level)
        d.t[1] = st->h1_open == 1 ? &st->h1 : &st->h1_furn;
    return d;
}

static int span_is(const state *st, const span *sp, const char *want)
{
    /* Case-insensitive, surrounding spaces ignored. */
    size_t a = sp->at, e = sp->at + sp->len, len = strlen(want);
    while (a < e && is_space((unsigned char)st->s[a])) a++;
    while (e > a && is_space((unsigned char)st->s[e - 1])) e--;
    if (!sp->set || e - a != len) return 0;
    for (size_t k = 0; k < len; k++)
        if (lower((unsigned char)st->s[a + k]) != want[k]) return 0;
    return 1;
}

/* True when the space-separated list in sp holds `word` (rel="canonical"). */
static int span_has_word(const state *st, const span *sp, const char *word)
{
    size_t i = sp->at, e = sp->at + sp->len, len = strlen(word);
    if (!sp->set) return 0;
    while (i < e) {
        while (i < e && is_space((unsigned char)st->s[i])) i++;
        size_t w = i;
        while (i < e && !is_space((unsigned char)st->s[i])) i++;
        if (i - w == len) {
            size_t k = 0;
            while (k < len && lower((unsigned char)st->s[w + k]) == word[k]) k++;
            if (k == len) return 1;
        }
    }
    return 0;
}

/* Offers a value for a field; `join` keeps several of the same rank,
 * separated by ", " (authors). */
static void offer(state *st, field *f, int rank, const span *sp, int join)
{
    if (!sp->set || rank < f->rank || (rank == f->rank && !join)) return;
    buf v = {0};
    text_to(&v, st->s, sp->at, sp->at + sp->len);
    if (v.len && !v.oom) {
        if (rank > f->rank) {
            buf_clear(&f->v);
            f->rank = rank;
            buf_put(&f->v, v.p, v.len);
        } else {
            /* Same rank: add it unless it is already there. */
            int dup = 0;
            for (size_t i = 0; !dup && i + v.len <= f->v.len; i++)
                dup = memcmp(f->v.p + i, v.p, v.len) == 0 &&
                      (i + v.len == f->v.len || f->v.p[i + v.len] == ',') &&
                      (i == 0 || f->v.p[i - 1] == ' ');
            if (!dup) {
                buf_put(&f->v, ", ", 2);
                buf_put(&f->v, v.p, v.len);
            }
        }
    }
    buf_free(&v);
}

static void meta(state *st, const tag *t)
{
    static const char *const date_names[] = {
        "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
        "datepublished"};
    const span *keys[3] = {&t->name_attr, &t->property, &t->itemprop};
    for (int k = 0; k < 3; k++) {
        const span *key = keys[k];
        if (!key->set) continue;
        if (span_is(st, key, "author")) offer(st, &st->author, 2, &t->content, 1);
        else if (span_is(st, key, "dc.creator")) offer(st, &st->author, 1, &t->content, 0);
        else if (span_is(st, key, "article:published_time")) offer(st, &st->date, 3, &t->content, 0);
        else if (span_is(st, key, "og:url")) offer(st, &st->url, 1, &t->content, 0);
        else {
            for (size_t d = 0; d < sizeof date_names / sizeof date_names[0]; d++)
                if (span_is(st, key, date_names[d])) {
                    offer(st, &st->date, 2, &t->content, 0);
                    break;
                }
        }
    }
}

/* Case-insensitive search for "</name" followed by a delimiter from s[i];
 * returns its index, or n. */
static size_t find_end_tag(const char *s, size_t n, size_t i, const char *name)
{
    size_t len = strlen(name);
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt) return n;
        i = (size_t)(lt - s);
        if (n - i >= len + 2 && s[i + 1] == '/') {
            size_t k = 0;
            while (k < len && lower((unsigned char)s[i + 2 + k]) == name[k]) k++;
            if (k == len) {
                size_t after = i + 2 + len;
                if (after >= n || is_space((unsigned char)s[after]) || s[after] == '/' ||
                    s[after] == '>')
                    return i;
            }
        }
        i++;
    }
    return n;
}

/* Index just after the '>' at or after s[i] (n if none). */
static size_t past_gt(const char *s, size_t n, size_t i)
{
    const char *gt = i < n ? memchr(s + i, '>', n - i) : NULL;
    return gt ? (size_t)(gt - s) + 1 : n;
}

/*
 * Parses the tag at s[i] == '<' whose name starts at s[i+1] (or s[i+2] for
 * an end tag).  Returns the index after it, or n when it never closes (an
 * unclosed tag is dropped, as browsers do).
 */
static size_t parse_tag(const char *s, size_t n, size_t i, tag *t)
{
    memset(t, 0, sizeof *t);
    i++;
    if (s[i] == '/') {
        t->end_tag = 1;
        i++;
    }
    size_t k = 0;
    while (i < n && !is_space((unsigned char)s[i]) && s[i] != '/' && s[i] != '>') {
        if (k < sizeof t->name - 1) t->name[k] = (char)lower((unsigned char)s[i]);
        k++;
        i++;
    }
    if (k >= sizeof t->name) k = 0; /* too long: no tag of interest */
    t->name[k] = 0;
    /* Attributes: name[=value], value quoted with " or ' or bare. */
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (is_space(c)) { i++; continue; }
        if (c == '>') {
            t->self_closing = s[i - 1] == '/';
            return i + 1;
        }
        if (c == '/') { i++; continue; }
        size_t an = i;
        i++; /* the first character may be '=' */
        while (i < n && !is_space((unsigned char)s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=')
            i++;
        size_t alen = i - an;
        while (i < n && is_space((unsigned char)s[i])) i++;
        span v = {0, 0, 1};
        if (i < n && s[i] == '=') {
            i++;
            while (i < n && is_space((unsigned char)s[i])) i++;
            if (i < n && (s[i] == '"' || s[i] == '\'')) {
                const char *q = memchr(s + i + 1, s[i], n - i - 1);
                if (!q) return n;
                v.at = i + 1;
                v.len = (size_t)(q - s) - v.at;
                i = (size_t)(q - s) + 1;
            } else {
                v.at = i;
                while (i < n && !is_space((unsigned char)s[i]) && s[i] != '>') i++;
                v.len = i - v.at;
            }
        } else {
            v.at = an;
        }
        char a[12];
        if (alen >= sizeof a) continue;
        for (size_t j = 0; j < alen; j++) a[j] = (char)lower((unsigned char)s[an + j]);
        a[alen] = 0;
        span *dst = NULL;
        if (!strcmp(a, "name")) dst = &t->name_attr;
        else if (!strcmp(a, "property")) dst = &t->property;
        else if (!strcmp(a, "content")) dst = &t->content;
        else if (!strcmp(a, "itemprop")) dst = &t->itemprop;
        else if (!strcmp(a, "rel")) dst = &t->rel;
        else if (!strcmp(a, "href")) dst = &t->href;
        else if (!strcmp(a, "datetime")) dst = &t->datetime;
        if (dst && !dst->set) *dst = v; /* the first of duplicates counts */
    }
    return n;
}

/*
 * Ends the capture of an <h1> at its end tag, and also at any other block
 * tag but <br>, so that an unclosed <h1> does not swallow the page.  An
 * empty <h1> (an image, say) leaves the next one to be the fallback title.
 */
static void end_h1(state *st, const tag *t, unsigned flags)
{
    if (!st->h1_open || !(flags & T_BLOCK) || strcmp(t->name, "br") == 0) return;
    st->h1_open = 0;
}

/* Handles everything starting at s[i] == '<'; returns the index after. */
static size_t markup(state *st, size_t i)
{
    const char *s = st->s;
    size_t n = st->n;
    if (i + 1 >= n) {
        sinks d = text_sinks(st);
        text(&d, s, i, n);
        return n;
    }
    unsigned char c = (unsigned char)s[i + 1];
    if (c == '!') {
        if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
            /* "<!-->" and "<!--->" are complete (empty) comments. */
            if (i + 4 < n && s[i + 4] == '>') return i + 5;
            if (n - i >= 6 && memcmp(s + i + 4, "->", 2) == 0) return i + 6;
            const char *e = memmem(s + i + 4, n - i - 4, "-->", 3);
            return e ? (size_t)(e - s) + 3 : n;
        }
        return past_gt(s, n, i); /* <!DOCTYPE>, <![CDATA[...]]> */
    }
    if (c == '?') return past_gt(s, n, i);
    if (c == '/' && (i + 2 >= n || !is_alpha((unsigned char)s[i + 2])))
        return past_gt(s, n, i); /* "</>" and "</ x>" are bogus comments */
    if (c != '/' && !is_alpha(c)) {
        /* A '<' that starts no tag is text. */
        sinks d = text_sinks(st);
        text(&d, s, i, i + 1);
        return i + 1;
    }

    tag t;
    i = parse_tag(s, n, i, &t);
    int ti = find_tag(t.name);
    unsigned flags = ti >= 0 ? tags[ti].flags : 0;
    int kind = ti >= 0 ? tags[ti].kind : K_OTHER;

    if (t.end_tag) {
        if (flags & T_FURN) {
            if (st->furn[tags[ti].furn] > 0) st->furn[tags[ti].furn]--;
        } else if (kind == K_HEAD) {
            st->in_head = 0;
        }
        end_h1(st, &t, flags);
        if (flags & T_FURN) {
            ts_gap(&st->body, GAP_PARA);
        } else if (flags & T_BLOCK) {
            sinks d = text_sinks(st);
            gap_all(&d, GAP_PARA);
        } else if (flags & T_CELL) {
            sinks d = text_sinks(st);
            gap_all(&d, GAP_SPACE);
        }
        return i;
    }

    if (st->in_head && !(flags & T_HEADOK)) st->in_head = 0;
    switch (kind) {
    case K_HEAD: st->in_head = 1; break;
    case K_BODY: st->in_head = 0; break;
    case K_META: meta(st, &t); break;
    case K_LINK:
        if (span_has_word(st, &t.rel, "canonical")) offer(st, &st->url, 2, &t.href, 0);
        break;
    case K_TIME: offer(st, &st->date, 1, &t.datetime, 0); break;
    }

    if (flags & T_RAW) {
        if ((flags & T_FOREIGN) && t.self_closing) return i;
        size_t e = find_end_tag(s, n, i, t.name);
        if (kind == K_TITLE && !st->have_title) {
            /* RCDATA: references decoded, no tags inside. */
            sinks d = {{&st->title, NULL, NULL}};
            text(&d, s, i, e);
            st->have_title = st->title.started;
        }
        return e < n ? past_gt(s, n, e) : n;
    }
    if (flags & T_FURN) {
        ts_gap(&st->body, GAP_PARA); /* furniture is a block of its own */
        if (!t.self_closing) st->furn[tags[ti].furn]++;
        return i;
    }
    end_h1(st, &t, flags);
    if (flags & (T_BLOCK | T_CELL)) {
        sinks d = text_sinks(st);
        gap_all(&d, (flags & T_BLOCK) ? GAP_PARA : GAP_SPACE);
    }
    if (kind == K_H1 && !st->h1_open) {
        if (!suppressed(st)) {
            if (!st->h1.started) st->h1_open = 1;
        } else if (!st->h1_furn.started) {
            st->h1_open = 2;
        }
        st->h1_level = furn_level(st);
    }
    return i;
}

void html_text_extract(const char *s, size_t n, html_text *h)
{
    state st;
    memset(&st, 0, sizeof st);
    st.s = s;
    st.n = s ? n : 0;
    st.body.b = &h->body;
    st.title.b = &st.title_buf;
    st.h1.b = &st.h1_buf;
    st.h1.flat = 1;
    st.h1_furn.b = &st.h1_furn_buf;
    st.h1_furn.flat = 1;

    size_t i = 0;
    while (i < st.n) {
        const char *lt = memchr(s + i, '<', st.n - i);
        size_t e = lt ? (size_t)(lt - s) : st.n;
        if (e > i) {
            sinks d = text_sinks(&st);
            text(&d, s, i, e);
        }
        if (e >= st.n) break;
        i = markup(&st, e);
    }

    buf *title = st.title.started ? &st.title_buf
               : st.h1.started    ? &st.h1_buf
                                  : &st.h1_furn_buf;
    buf_put(&h->title, title->p, title->len);
    buf_put(&h->author, st.author.v.p, st.author.v.len);
    buf_put(&h->date, st.date.v.p, st.date.v.len);
    buf_put(&h->url, st.url.v.p, st.url.v.len);
    buf_free(&st.title_buf);
    buf_free(&st.h1_buf);
    buf_free(&st.h1_furn_buf);
    buf_free(&st.author.v);
    buf_free(&st.date.v);
    buf_free(&st.url.v);
}

void html_text_free(html_text *h)
{
    buf_free(&h->title);
    buf_free(&h->body);
    buf_free(&h->author);
    buf_free(&h->date);
    buf_free(&h->url);
}
