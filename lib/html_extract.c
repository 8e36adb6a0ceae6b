#include "html_extract.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "utf8.h"

/* ---- tags ---- */

enum {
    T_OTHER, T_A, T_ADDRESS, T_ARTICLE, T_ASIDE, T_AUDIO, T_BLOCKQUOTE, T_BODY,
    T_BR, T_BUTTON, T_CANVAS, T_CAPTION, T_CENTER, T_DD, T_DETAILS, T_DIALOG,
    T_DIV, T_DL, T_DT, T_EMBED, T_FIELDSET, T_FIGCAPTION, T_FIGURE, T_FOOTER,
    T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5, T_H6, T_HEAD, T_HEADER, T_HR,
    T_IFRAME, T_IMG, T_INPUT, T_LABEL, T_LI, T_LINK, T_MAIN, T_MAP, T_MENU,
    T_META, T_NAV, T_NOSCRIPT, T_OBJECT, T_OL, T_OPTION, T_P, T_PRE, T_SCRIPT,
    T_SECTION, T_SELECT, T_STYLE, T_SUMMARY, T_SVG, T_TABLE, T_TD, T_TEMPLATE,
    T_TEXTAREA, T_TH, T_TIME, T_TITLE, T_TR, T_UL, T_VIDEO
};

static const struct { const char *name; unsigned char id; } tags[] = {
    {"a", T_A}, {"address", T_ADDRESS}, {"article", T_ARTICLE},
    {"aside", T_ASIDE}, {"audio", T_AUDIO}, {"blockquote", T_BLOCKQUOTE},
    {"body", T_BODY}, {"br", T_BR}, {"button", T_BUTTON}, {"canvas", T_CANVAS},
    {"caption", T_CAPTION}, {"center", T_CENTER}, {"dd", T_DD},
    {"details", T_DETAILS}, {"dialog", T_DIALOG}, {"div", T_DIV}, {"dl", T_DL},
    {"dt", T_DT}, {"embed", T_EMBED}, {"fieldset", T_FIELDSET},
    {"figcaption", T_FIGCAPTION}, {"figure", T_FIGURE}, {"footer", T_FOOTER},
    {"form", T_FORM}, {"h1", T_H1}, {"h2", T_H2}, {"h3", T_H3}, {"h4", T_H4},
    {"h5", T_H5}, {"h6", T_H6}, {"head", T_HEAD}, {"header", T_HEADER},
    {"hr", T_HR}, {"iframe", T_IFRAME}, {"img", T_IMG}, {"input", T_INPUT},
    {"label", T_LABEL}, {"li", T_LI}, {"link", T_LINK}, {"main", T_MAIN},
    {"map", T_MAP}, {"menu", T_MENU}, {"meta", T_META}, {"nav", T_NAV},
    {"noscript", T_NOSCRIPT}, {"object", T_OBJECT}, {"ol", T_OL},
    {"option", T_OPTION}, {"p", T_P}, {"pre", T_PRE}, {"script", T_SCRIPT},
    {"section", T_SECTION}, {"select", T_SELECT}, {"style", T_STYLE},
    {"summary", T_SUMMARY}, {"svg", T_SVG}, {"table", T_TABLE}, {"td", T_TD},
    {"template", T_TEMPLATE}, {"textarea", T_TEXTAREA}, {"th", T_TH},
    {"time", T_TIME}, {"title", T_TITLE}, {"tr", T_TR}, {"ul", T_UL},
    {"video", T_VIDEO},
};

static int tag_of(const xmlChar *name)
{
    const char *s = (const char *)name;
    size_t lo = 0, hi = sizeof tags / sizeof tags[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(s, tags[mid].name);
        if (c == 0) return tags[mid].id;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return T_OTHER;
}

/* Elements whose content is never article text. */
static int tag_dropped(int t)
{
    switch (t) {
    case T_SCRIPT: case T_STYLE: case T_NOSCRIPT: case T_TEMPLATE: case T_SVG:
    case T_IFRAME: case T_BUTTON:
    case T_INPUT: case T_SELECT: case T_TEXTAREA: case T_OPTION: case T_LABEL:
    case T_MENU: case T_DIALOG: case T_OBJECT: case T_EMBED: case T_CANVAS:
    case T_VIDEO: case T_AUDIO: case T_MAP: case T_HEAD: case T_TITLE:
    case T_META: case T_LINK:
        return 1;
    default:
        return 0;
    }
}

/* Elements that start a new paragraph. */
static int tag_block(int t)
{
    switch (t) {
    case T_ADDRESS: case T_ARTICLE: case T_ASIDE: case T_BLOCKQUOTE:
    case T_BODY: case T_BR: case T_CAPTION: case T_CENTER: case T_DD:
    case T_DETAILS: case T_DIV: case T_DL: case T_DT: case T_FIELDSET:
    case T_FIGCAPTION: case T_FIGURE: case T_FOOTER: case T_FORM: case T_H1:
    case T_H2: case T_H3: case T_H4: case T_H5: case T_H6: case T_HEADER:
    case T_HR: case T_LI: case T_MAIN: case T_NAV: case T_OL: case T_P:
    case T_PRE: case T_SECTION: case T_SUMMARY: case T_TABLE: case T_TR:
    case T_UL:
        return 1;
    default:
        return 0;
    }
}

/* ---- per-element data ---- */

enum {
    F_DROP = 1,      /* boilerplate: never emitted */
    F_POS = 2,       /* class/id says content */
    F_NEG = 4,       /* class/id says boilerplate */
    F_CAND = 8,      /* has a candidate score */
    F_BODYPROP = 16, /* itemprop=articleBody */
    F_HASBODY = 32,  /* has an itemprop=articleBody descendant (or is one) */
    F_COMMENT = 64,  /* class/id names a comment section */
    F_CDROP = 128,   /* dropped for its class/id */
    F_BLOCKKIDS = 256, /* has block-level element children */
};

typedef struct {
    xmlNode *node;
    unsigned text;    /* visible characters (not white space) */
    unsigned link;    /* of which inside <a> */
    unsigned commas;
    unsigned short p, li, img, input, heads, anchors;
    unsigned char tag;
    unsigned short flags;
    double score;
} nd;

typedef struct {
    nd *v;
    size_t n, cap;
    const html_extract_opts *opt;
    unsigned total_text;
    /* metadata candidates */
    buf og_title, ld_headline, title, h1, site;
    buf date_meta, date_ld, date_prop, date_time, date_other;
    buf auth_meta, auth_ld, auth_rel, auth_prop, auth_byline;
    buf canonical, og_url;
    buf ld_body;
    int oom;
} ctx;

static nd *info(xmlNode *x)
{
    return (nd *)x->_private;
}

static const char *attr(xmlNode *x, const char *name)
{
    for (xmlAttr *a = x->properties; a; a = a->next) {
        if (strcasecmp((const char *)a->name, name) != 0) continue;
        if (a->children && a->children->content) return (const char *)a->children->content;
        return "";
    }
    return NULL;
}

/* ---- text helpers ---- */

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Appends s with white space (and NBSP) collapsed to single spaces, control
 * characters dropped and invalid UTF-8 replaced; *pending_space says a
 * space is owed before the next visible character. */
static void put_text(buf *b, const char *s, size_t n, int *pending_space)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (is_space(c)) {
                *pending_space = 1;
                i++;
                continue;
            }
            if (c < 0x20 || c == 0x7f) { i++; continue; }
            if (*pending_space && b->len && b->p[b->len - 1] != '\n') buf_putc(b, ' ');
            *pending_space = 0;
            buf_putc(b, c);
            i++;
            continue;
        }
        size_t st = i;
        uint32_t cp = utf8_next(s, n, &i);
        if (cp == 0xA0 || cp == 0x2028 || cp == 0x2029 || cp == 0x3000 ||
            (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F) {
            *pending_space = 1;
            continue;
        }
        if (cp == 0x200B || cp == 0xFEFF || cp == 0xAD || (cp >= 0x80 && cp < 0xA0)) continue;
        if (*pending_space && b->len && b->p[b->len - 1] != '\n') buf_putc(b, ' ');
        *pending_space = 0;
        if (cp == 0xFFFD && !(i - st == 3 && (unsigned char)s[st] == 0xEF)) {
            buf_put(b, "\xEF\xBF\xBD", 3);
        } else {
            buf_put(b, s + st, i - st);
        }
    }
}

/* Replaces b with its text collapsed to one line. */
static void set_line(buf *dst, const char *s, size_t n)
{
    buf_clear(dst);
    int sp = 0;
    put_text(dst, s, n, &sp);
}

/* Visible characters in s: code points that are not ASCII white space. */
static unsigned count_visible(const char *s, unsigned *commas)
{
    unsigned k = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80 || is_space(*p)) continue;
        if (*p == ',') (*commas)++;
        k++;
    }
    return k;
}

/* Text content of x (all descendants, scripts included) appended to b. */
static void node_text(xmlNode *x, buf *b, int depth)
{
    for (xmlNode *c = x->children; c; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            buf_puts(b, (const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && depth < 64) {
            if (tag_of(c->name) == T_BR || tag_block(tag_of(c->name))) buf_putc(b, ' ');
            node_text(c, b, depth + 1);
            if (tag_block(tag_of(c->name))) buf_putc(b, ' ');
        }
    }
}

/* Collapsed one-line text of x into dst (cleared first). */
static void node_line(xmlNode *x, buf *dst)
{
    buf t = {0};
    node_text(x, &t, 0);
    set_line(dst, t.p ? (const char *)t.p : "", t.len);
    buf_free(&t);
}

static int ci_prefix(const char *s, size_t n, const char *pre)
{
    size_t k = strlen(pre);
    return n >= k && strncasecmp(s, pre, k) == 0;
}

/* Adds one author name (trimmed of "By ", URLs refused) to b, ", "-joined,
 * skipping duplicates. */
static void add_author(buf *b, const char *s, size_t n)
{
    buf t = {0};
    set_line(&t, s, n);
    const char *p = t.p ? (const char *)t.p : "";
    size_t len = t.len;
    if (ci_prefix(p, len, "by ")) p += 3, len -= 3;
    else if (ci_prefix(p, len, "by:")) p += 3, len -= 3;
    while (len && (*p == ' ' || *p == ':')) p++, len--;
    while (len && (p[len - 1] == ' ' || p[len - 1] == ',' || p[len - 1] == '|')) len--;
    if (len == 0 || len > 120 || ci_prefix(p, len, "http") || memchr(p, '/', len) ||
        memchr(p, '{', len) || memchr(p, '@', len)) {
        buf_free(&t);
        return;
    }
    /* duplicate? */
    const char *q = b->p ? (const char *)b->p : "";
    size_t qn = b->len, i = 0;
    while (i < qn) {
        size_t j = i;
        while (j < qn && !(q[j] == ',' && j + 1 < qn && q[j + 1] == ' ')) j++;
        if (j - i == len && strncasecmp(q + i, p, len) == 0) {
            buf_free(&t);
            return;
        }
        i = j + 2;
    }
    if (b->len) buf_puts(b, ", ");
    buf_put(b, p, len);
    buf_free(&t);
}

/* ---- class / id cues ---- */

static int has_word(const char *s, const char *w)
{
    size_t k = strlen(w);
    for (const char *p = s; (p = strstr(p, w)) != NULL; p++) {
        int left = p == s || !((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9'));
        char r = p[k];
        int right = !((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9'));
        if (left && right) return 1;
    }
    return 0;
}

/* Lower-cased class + id of x into b; 0 when it has neither. */
static int class_id(xmlNode *x, char *out, size_t cap)
{
    const char *c = attr(x, "class"), *i = attr(x, "id");
    if (!c && !i) return 0;
    size_t n = 0;
    for (int k = 0; k < 2; k++) {
        const char *s = k ? i : c;
        if (!s) continue;
        for (; *s && n + 2 < cap; s++) {
            char ch = *s;
            if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
            if (ch == '_') ch = '-';
            out[n++] = ch;
        }
        if (n + 1 < cap) out[n++] = ' ';
    }
    out[n] = 0;
    return 1;
}

/* Cues in class/id names.  SUB matches anywhere, WORD only between
 * non-alphanumerics; NEG marks boilerplate, STRONG boilerplate even when a
 * content cue is present too, POS content. */
enum { K_SUB = 1, K_WORD = 2, K_NEG = 4, K_STRONG = 8, K_POS = 16, K_COMMENT = 32 };

static const struct { const char *w; unsigned char len, kind; } cues[] = {
#define C(w, k) {w, sizeof(w) - 1, k}
    C("ad", K_WORD | K_NEG | K_STRONG),
    C("ad-block", K_SUB | K_NEG | K_STRONG),
    C("adblock", K_SUB | K_NEG | K_STRONG),
    C("ads", K_WORD | K_NEG | K_STRONG),
    C("adv", K_WORD | K_NEG),
    C("advert", K_SUB | K_NEG | K_STRONG),
    C("also-read", K_SUB | K_NEG),
    C("article", K_SUB | K_POS),
    C("aside", K_WORD | K_NEG),
    C("author", K_WORD | K_NEG),
    C("author-bio", K_SUB | K_NEG | K_STRONG),
    C("banner", K_SUB | K_NEG),
    C("bio", K_WORD | K_NEG),
    C("blog", K_SUB | K_POS),
    C("body", K_SUB | K_POS),
    C("breadcrumb", K_SUB | K_NEG | K_STRONG),
    C("byline", K_SUB | K_NEG | K_STRONG),
    C("caption", K_SUB | K_NEG | K_STRONG),
    C("carousel", K_SUB | K_NEG),
    C("column", K_SUB | K_POS),
    C("comment", K_SUB | K_NEG | K_STRONG | K_COMMENT),
    C("consent", K_SUB | K_NEG | K_STRONG),
    C("content", K_SUB | K_POS),
    C("cookie", K_SUB | K_NEG | K_STRONG),
    C("copyright", K_SUB | K_NEG),
    C("credit", K_SUB | K_NEG),
    C("date", K_WORD | K_NEG),
    C("dateline", K_SUB | K_NEG),
    C("disclaimer", K_SUB | K_NEG),
    C("disqus", K_SUB | K_NEG | K_STRONG | K_COMMENT),
    C("dropdown", K_SUB | K_NEG),
    C("entry", K_SUB | K_POS),
    C("extra", K_WORD | K_NEG),
    C("follow-us", K_SUB | K_NEG),
    C("foot", K_WORD | K_NEG),
    C("footer", K_SUB | K_NEG),
    C("gallery", K_SUB | K_NEG),
    C("gdpr", K_SUB | K_NEG | K_STRONG),
    C("header", K_WORD | K_NEG),
    C("hidden", K_SUB | K_NEG | K_STRONG),
    C("hide", K_WORD | K_NEG),
    C("jump-link", K_SUB | K_NEG),
    C("keywords", K_SUB | K_NEG),
    C("links", K_WORD | K_NEG),
    C("login", K_SUB | K_NEG),
    C("main", K_SUB | K_POS),
    C("masthead", K_SUB | K_NEG),
    C("menu", K_SUB | K_NEG),
    C("meta", K_SUB | K_NEG),
    C("modal", K_SUB | K_NEG | K_STRONG),
    C("more-stories", K_SUB | K_NEG | K_STRONG),
    C("most-popular", K_SUB | K_NEG | K_STRONG),
    C("most-read", K_SUB | K_NEG | K_STRONG),
    C("mostpopular", K_SUB | K_NEG | K_STRONG),
    C("nav", K_WORD | K_NEG),
    C("navbar", K_SUB | K_NEG),
    C("navigation", K_SUB | K_NEG),
    C("newsletter", K_SUB | K_NEG | K_STRONG),
    C("outbrain", K_SUB | K_NEG | K_STRONG),
    C("overlay", K_WORD | K_NEG),
    C("pager", K_SUB | K_NEG),
    C("pagination", K_SUB | K_NEG),
    C("paywall", K_SUB | K_NEG | K_STRONG),
    C("player", K_SUB | K_NEG),
    C("popup", K_SUB | K_NEG | K_STRONG),
    C("post-body", K_SUB | K_POS),
    C("postbody", K_SUB | K_POS),
    C("print", K_WORD | K_NEG),
    C("print-only", K_SUB | K_NEG),
    C("promo", K_SUB | K_NEG | K_STRONG),
    C("prose", K_SUB | K_POS),
    C("rail", K_WORD | K_NEG),
    C("read-more", K_SUB | K_NEG | K_STRONG),
    C("readmore", K_SUB | K_NEG | K_STRONG),
    C("recommend", K_SUB | K_NEG | K_STRONG),
    C("related", K_SUB | K_NEG | K_STRONG),
    C("screen-reader", K_SUB | K_NEG | K_STRONG),
    C("see-also", K_SUB | K_NEG),
    C("seealso", K_SUB | K_NEG),
    C("share", K_SUB | K_NEG | K_STRONG),
    C("sharing", K_SUB | K_NEG | K_STRONG),
    C("shop", K_WORD | K_NEG),
    C("side-bar", K_SUB | K_NEG | K_STRONG),
    C("sidebar", K_SUB | K_NEG | K_STRONG),
    C("sign-up", K_SUB | K_NEG | K_STRONG),
    C("signup", K_SUB | K_NEG | K_STRONG),
    C("skip-link", K_SUB | K_NEG),
    C("slideshow", K_SUB | K_NEG),
    C("social", K_SUB | K_NEG | K_STRONG),
    C("sponsor", K_SUB | K_NEG | K_STRONG),
    C("sr-only", K_SUB | K_NEG | K_STRONG),
    C("sticky", K_WORD | K_NEG),
    C("story", K_SUB | K_POS),
    C("subscri", K_SUB | K_NEG | K_STRONG),
    C("taboola", K_SUB | K_NEG | K_STRONG),
    C("tag", K_WORD | K_NEG),
    C("tag-list", K_SUB | K_NEG),
    C("taglist", K_SUB | K_NEG),
    C("tags", K_WORD | K_NEG | K_STRONG),
    C("teaser", K_SUB | K_NEG),
    C("text", K_SUB | K_POS),
    C("timestamp", K_SUB | K_NEG),
    C("toolbar", K_SUB | K_NEG),
    C("tooltip", K_SUB | K_NEG),
    C("top", K_WORD | K_NEG),
    C("trending", K_SUB | K_NEG),
    C("visually-hidden", K_SUB | K_NEG),
    C("widget", K_SUB | K_NEG),
#undef C
};
/* cues[cue_first[c - 'a'] .. cue_first[c - 'a' + 1]) start with c */
static const unsigned char cue_first[27] = {
    0, 11, 17, 26, 31, 33, 36, 38, 41, 41, 42, 43, 45, 54, 58, 60, 71, 71, 76, 94, 106, 106, 107, 108, 108, 108, 108};

static int alnum_lc(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
}

/* The K_ bits of all cues found in ci (lower case). */
static unsigned cue_bits(const char *ci)
{
    unsigned bits = 0;
    for (size_t i = 0; ci[i]; i++) {
        char ch = ci[i];
        if (!(ch >= 'a' && ch <= 'z')) continue;
        for (size_t k = cue_first[ch - 'a']; k < cue_first[ch - 'a' + 1]; k++) {
            if (cues[k].w[1] != ci[i + 1] || strncmp(ci + i, cues[k].w, cues[k].len) != 0)
                continue;
            if ((cues[k].kind & K_WORD) &&
                ((i > 0 && alnum_lc(ci[i - 1])) || alnum_lc(ci[i + cues[k].len])))
                continue;
            bits |= cues[k].kind;
        }
    }
    return bits;
}

/* +1 content, -1 boilerplate, 0 neither (or both, weakly). */
static int token_weight(unsigned bits)
{
    if ((bits & K_NEG) && ((bits & K_STRONG) || !(bits & K_POS))) return -1;
    if ((bits & K_POS) && !(bits & K_NEG)) return 1;
    return 0;
}

/* Weighs each class/id token: a purely content-named token wins (the
 * element is kept), else any boilerplate-named token makes it boilerplate.
 * *all gets the K_ bits of the whole string. */
static int class_weight(char *ci, unsigned *all)
{
    int pos = 0, neg = 0;
    *all = 0;
    char *p = ci;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        char *e = p;
        while (*e && *e != ' ') e++;
        char save = *e;
        *e = 0;
        unsigned b = cue_bits(p);
        *e = save;
        *all |= b;
        int w = token_weight(b);
        if (w > 0) pos = 1;
        if (w < 0) neg = 1;
        p = e;
    }
    if (pos) return neg ? 0 : 1;
    return neg ? -1 : 0;
}

/* ---- JSON-LD ---- */

typedef struct {
    const char *p, *end;
    ctx *c;
    int depth;
} jl;

static void jl_ws(jl *j)
{
    while (j->p < j->end && is_space((unsigned char)*j->p)) j->p++;
}

static unsigned jl_hex(const char *p)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char ch = p[i];
        v <<= 4;
        if (ch >= '0' && ch <= '9') v |= (unsigned)(ch - '0');
        else if (ch >= 'a' && ch <= 'f') v |= (unsigned)(ch - 'a' + 10);
        else if (ch >= 'A' && ch <= 'F') v |= (unsigned)(ch - 'A' + 10);
        else return 0xFFFD;
    }
    return v;
}

/* Reads a string at j->p (which is '"') into b if b is not NULL. */
static int jl_string(jl *j, buf *b)
{
    j->p++;
    while (j->p < j->end && *j->p != '"') {
        if (*j->p != '\\') {
            const char *s = j->p;
            while (j->p < j->end && *j->p != '"' && *j->p != '\\') j->p++;
            if (b) buf_put(b, s, (size_t)(j->p - s));
            continue;
        }
        if (j->end - j->p < 2) return -1;
        char ch = j->p[1];
        j->p += 2;
        if (!b) {
            if (ch == 'u') j->p += j->end - j->p >= 4 ? 4 : j->end - j->p;
            continue;
        }
        switch (ch) {
        case 'n': buf_putc(b, '\n'); break;
        case 't': case 'r': case 'f': case 'b': buf_putc(b, ' '); break;
        case 'u': {
            if (j->end - j->p < 4) return -1;
            uint32_t cp = jl_hex(j->p);
            j->p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && j->end - j->p >= 6 && j->p[0] == '\\' &&
                j->p[1] == 'u') {
                uint32_t lo = jl_hex(j->p + 2);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    j->p += 6;
                }
            }
            char t[4];
            buf_put(b, t, (size_t)utf8_encode(cp, t));
            break;
        }
        default: buf_putc(b, (unsigned char)ch); break;
        }
    }
    if (j->p >= j->end) return -1;
    j->p++;
    return 0;
}

/* role of a value: 0 plain, 1 author (string -> name, object -> its name) */
static int jl_value(jl *j, int role);

static int jl_object(jl *j, int role)
{
    j->p++;
    buf key = {0}, val = {0};
    int r = -1;
    for (;;) {
        jl_ws(j);
        if (j->p < j->end && *j->p == '}') { j->p++; r = 0; break; }
        if (j->p >= j->end || *j->p != '"') break;
        buf_clear(&key);
        if (jl_string(j, &key)) break;
        jl_ws(j);
        if (j->p >= j->end || *j->p != ':') break;
        j->p++;
        jl_ws(j);
        if (j->p >= j->end) break;
        const char *k = key.p ? (const char *)key.p : "";
        size_t kn = key.len;
#define KEY(s) (kn == sizeof(s) - 1 && memcmp(k, s, kn) == 0)
        if (*j->p == '"' && (KEY("datePublished") || KEY("headline") || KEY("articleBody") ||
                             (role == 1 && KEY("name")))) {
            buf_clear(&val);
            if (jl_string(j, &val)) break;
            const char *v = val.p ? (const char *)val.p : "";
            ctx *c = j->c;
            if (KEY("datePublished")) {
                if (!c->date_ld.len) set_line(&c->date_ld, v, val.len);
            } else if (KEY("headline")) {
                if (!c->ld_headline.len) set_line(&c->ld_headline, v, val.len);
            } else if (KEY("articleBody")) {
                if (val.len > c->ld_body.len) {
                    buf_clear(&c->ld_body);
                    buf_put(&c->ld_body, v, val.len);
                }
            } else {
                add_author(&c->auth_ld, v, val.len);
            }
        } else if (KEY("author") || KEY("creator")) {
            if (jl_value(j, 1)) break;
        } else {
            if (jl_value(j, 0)) break;
        }
#undef KEY
        jl_ws(j);
        if (j->p < j->end && *j->p == ',') { j->p++; continue; }
        if (j->p < j->end && *j->p == '}') { j->p++; r = 0; break; }
        break;
    }
    buf_free(&key);
    buf_free(&val);
    return r;
}

static int jl_value(jl *j, int role)
{
    jl_ws(j);
    if (j->p >= j->end) return -1;
    char ch = *j->p;
    if (ch == '"') {
        if (role != 1) return jl_string(j, NULL);
        buf v = {0};
        int r = jl_string(j, &v);
        if (!r) add_author(&j->c->auth_ld, v.p ? (const char *)v.p : "", v.len);
        buf_free(&v);
        return r;
    }
    if (ch == '{' || ch == '[') {
        if (j->depth >= 32) return -1;
        j->depth++;
        int r;
        if (ch == '{') {
            r = jl_object(j, role);
        } else {
            j->p++;
            r = -1;
            for (;;) {
                jl_ws(j);
                if (j->p < j->end && *j->p == ']') { j->p++; r = 0; break; }
                if (jl_value(j, role)) break;
                jl_ws(j);
                if (j->p < j->end && *j->p == ',') { j->p++; continue; }
                if (j->p < j->end && *j->p == ']') { j->p++; r = 0; break; }
                break;
            }
        }
        j->depth--;
        return r;
    }
    while (j->p < j->end && *j->p != ',' && *j->p != '}' && *j->p != ']') j->p++;
    return 0;
}

static void jsonld(ctx *c, xmlNode *script)
{
    buf t = {0};
    node_text(script, &t, 0);
    jl j = {t.p ? (const char *)t.p : "", t.p ? (const char *)t.p + t.len : "", c, 0};
    jl_ws(&j);
    /* some sites wrap it in an HTML comment or CDATA */
    if (j.end - j.p > 4 && memcmp(j.p, "<!--", 4) == 0) j.p += 4;
    jl_value(&j, 0);
    buf_free(&t);
}

/* ---- pass 1: metadata and per-element data ---- */

static void meta_tag(ctx *c, xmlNode *x)
{
    const char *content = attr(x, "content");
    if (!content) return;
    const char *keys[3] = {attr(x, "property"), attr(x, "name"), attr(x, "itemprop")};
    size_t cn = strlen(content);
    for (int k = 0; k < 3; k++) {
        const char *key = keys[k];
        if (!key) continue;
        if (!strcasecmp(key, "og:title") || !strcasecmp(key, "twitter:title")) {
            if (!c->og_title.len) set_line(&c->og_title, content, cn);
        } else if (!strcasecmp(key, "og:site_name") || !strcasecmp(key, "application-name")) {
            if (!c->site.len) set_line(&c->site, content, cn);
        } else if (!strcasecmp(key, "article:published_time") ||
                   !strcasecmp(key, "og:published_time") ||
                   !strcasecmp(key, "article:published")) {
            if (!c->date_meta.len) set_line(&c->date_meta, content, cn);
        } else if (!strcasecmp(key, "datePublished")) {
            if (!c->date_prop.len) set_line(&c->date_prop, content, cn);
        } else if (!strcasecmp(key, "date") || !strcasecmp(key, "pubdate") ||
                   !strcasecmp(key, "publishdate") || !strcasecmp(key, "publish-date") ||
                   !strcasecmp(key, "publish_date") || !strcasecmp(key, "published_time") ||
                   !strcasecmp(key, "dc.date") || !strcasecmp(key, "dc.date.issued") ||
                   !strcasecmp(key, "dcterms.date") || !strcasecmp(key, "dcterms.created") ||
                   !strcasecmp(key, "dcterms.issued") || !strcasecmp(key, "sailthru.date") ||
                   !strcasecmp(key, "parsely-pub-date") || !strcasecmp(key, "article.published") ||
                   !strcasecmp(key, "article_date_original") || !strcasecmp(key, "original-publish-date") ||
                   !strcasecmp(key, "cxenseparse:recs:publishtime") || !strcasecmp(key, "displaydate")) {
            if (!c->date_other.len) set_line(&c->date_other, content, cn);
        } else if (!strcasecmp(key, "author") || !strcasecmp(key, "article:author") ||
                   !strcasecmp(key, "dc.creator") || !strcasecmp(key, "sailthru.author") ||
                   !strcasecmp(key, "parsely-author") || !strcasecmp(key, "byl") ||
                   !strcasecmp(key, "dcterms.creator")) {
            add_author(&c->auth_meta, content, cn);
        } else if (!strcasecmp(key, "og:url")) {
            if (!c->og_url.len) set_line(&c->og_url, content, cn);
        }
    }
}

static int pass1(ctx *c, xmlNode *x, int depth);

static int pass1_children(ctx *c, xmlNode *x, int depth)
{
    for (xmlNode *k = x->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && pass1(c, k, depth + 1)) return -1;
    return 0;
}

static int pass1(ctx *c, xmlNode *x, int depth)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 1024;
        nd *v = realloc(c->v, cap * sizeof *v);
        if (!v) return -1;
        /* re-point the nodes already numbered */
        for (size_t i = 0; i < c->n; i++) v[i].node->_private = &v[i];
        c->v = v;
        c->cap = cap;
    }
    nd *d = &c->v[c->n++];
    memset(d, 0, sizeof *d);
    d->node = x;
    x->_private = d;
    int t = tag_of(x->name);
    d->tag = (unsigned char)t;

    switch (t) {
    case T_META: meta_tag(c, x); break;
    case T_TITLE:
        if (!c->title.len) node_line(x, &c->title);
        break;
    case T_LINK: {
        const char *rel = attr(x, "rel"), *href = attr(x, "href");
        if (rel && href && strcasestr(rel, "canonical") && !c->canonical.len)
            set_line(&c->canonical, href, strlen(href));
        break;
    }
    case T_SCRIPT: {
        const char *ty = attr(x, "type");
        if (ty && strcasestr(ty, "ld+json")) jsonld(c, x);
        break;
    }
    case T_H1:
        if (!c->h1.len) node_line(x, &c->h1);
        break;
    case T_TIME: {
        const char *dt = attr(x, "datetime");
        if (dt && *dt) {
            const char *ip = attr(x, "itemprop");
            if (ip && !strcasecmp(ip, "datePublished") && !c->date_prop.len)
                set_line(&c->date_prop, dt, strlen(dt));
            else if ((attr(x, "pubdate") || !c->date_time.len))
                set_line(&c->date_time, dt, strlen(dt));
        }
        break;
    }
    case T_A: {
        const char *rel = attr(x, "rel");
        if (rel && has_word(rel, "author") && c->auth_rel.len < 200) {
            buf t2 = {0};
            node_line(x, &t2);
            add_author(&c->auth_rel, t2.p ? (const char *)t2.p : "", t2.len);
            buf_free(&t2);
        }
        break;
    }
    default: break;
    }

    const char *ip = attr(x, "itemprop");
    if (ip) {
        if (has_word(ip, "author") || has_word(ip, "datePublished") ||
            has_word(ip, "dateModified"))
            d->flags |= F_DROP;
        if (has_word(ip, "articleBody")) d->flags |= F_BODYPROP;
        else if (has_word(ip, "author") && c->auth_prop.len < 200) {
            /* <span itemprop=author><span itemprop=name>X</span></span> */
            const char *cont = attr(x, "content");
            buf t2 = {0};
            if (cont) buf_puts(&t2, cont);
            else node_line(x, &t2);
            if (t2.len < 80) add_author(&c->auth_prop, t2.p ? (const char *)t2.p : "", t2.len);
            buf_free(&t2);
        } else if (has_word(ip, "datePublished") && t != T_META && t != T_TIME) {
            const char *cont = attr(x, "content");
            if (cont && !c->date_prop.len) set_line(&c->date_prop, cont, strlen(cont));
        }
    }

    int hard = tag_dropped(t);
    /* page furniture: dropped like a boilerplate class name, unless (the
     * HTML 4 parser nests elements it does not know badly) it turns out to
     * hold the article */
    if (t == T_NAV || t == T_HEADER || t == T_FOOTER || t == T_ASIDE) d->flags |= F_NEG;
    const char *role = attr(x, "role");
    if (role && (!strcasecmp(role, "navigation") || !strcasecmp(role, "banner") ||
                 !strcasecmp(role, "contentinfo") || !strcasecmp(role, "complementary") ||
                 !strcasecmp(role, "dialog") || !strcasecmp(role, "alert") ||
                 !strcasecmp(role, "menu") || !strcasecmp(role, "search")))
        d->flags |= F_NEG;
    if (attr(x, "hidden")) hard = 1;
    const char *style = attr(x, "style");
    if (style && (strstr(style, "display:none") || strstr(style, "display: none") ||
                  strstr(style, "visibility:hidden")))
        hard = 1;
    if (t == T_FIGCAPTION && !(c->opt && c->opt->keep_captions)) hard = 1;
    if (hard) d->flags |= F_DROP;

    char ci[512];
    if (t != T_BODY && strcmp((const char *)x->name, "html") != 0 &&
        class_id(x, ci, sizeof ci)) {
        unsigned bits;
        int w = class_weight(ci, &bits);
        if (w > 0) d->flags |= F_POS;
        if (w < 0) d->flags |= F_NEG;
        if (bits & K_COMMENT) d->flags |= F_COMMENT;
        /* a byline element gives the author when nothing better is found */
        if (!c->auth_byline.len && (strstr(ci, "byline") || has_word(ci, "author") ||
                                    strstr(ci, "author-name") || strstr(ci, "authorname"))) {
            buf t2 = {0};
            node_line(x, &t2);
            if (t2.len && t2.len < 80) add_author(&c->auth_byline, (const char *)t2.p, t2.len);
            buf_free(&t2);
        }
    }
    if (depth > 400) return 0;
    return pass1_children(c, x, depth);
}

/* ---- pass 2: text statistics ---- */

static int dropped(const nd *d)
{
    return (d->flags & (F_DROP | F_CDROP)) != 0;
}

/* Fills text/link/commas/p/li/img/input of x's subtree, leaving out
 * dropped elements; returns nothing, results in info(x). */
static void stats(xmlNode *x, int in_link, int depth)
{
    nd *d = info(x);
    d->text = d->link = d->commas = 0;
    d->p = d->li = d->img = d->input = d->heads = d->anchors = 0;
    d->flags &= (unsigned short)~(F_BLOCKKIDS | F_HASBODY);
    if (d->flags & F_BODYPROP) d->flags |= F_HASBODY;
    if (d->tag == T_A) in_link = 1;
    for (xmlNode *k = x->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE) {
            if (!k->content) continue;
            unsigned cm = 0;
            unsigned t = count_visible((const char *)k->content, &cm);
            d->text += t;
            d->commas += cm;
            if (in_link) d->link += t;
            continue;
        }
        if (k->type != XML_ELEMENT_NODE || !k->_private) continue;
        nd *e = info(k);
        if (tag_block(e->tag)) d->flags |= F_BLOCKKIDS;
        if (e->tag == T_IMG) d->img++;
        if (e->tag == T_INPUT) d->input++;
        if (dropped(e)) continue;
        stats(k, in_link, depth + 1);
        d->text += e->text;
        d->link += e->link;
        d->commas += e->commas;
        d->p = (unsigned short)(d->p + e->p + (e->tag == T_P));
        d->li = (unsigned short)(d->li + e->li + (e->tag == T_LI));
        d->img = (unsigned short)(d->img + e->img);
        d->input = (unsigned short)(d->input + e->input);
        d->heads = (unsigned short)(d->heads + e->heads +
                                    (e->tag >= T_H2 && e->tag <= T_H6));
        d->anchors = (unsigned short)(d->anchors + e->anchors + (e->tag == T_A));
        if (e->flags & F_HASBODY) d->flags |= F_HASBODY;
    }
}

/* Turns class/id cues into drops, top-down: a boilerplate-named element is
 * dropped unless it holds the articleBody or (not a comment section) half
 * of the page's text. */
static void class_drops(ctx *c, xmlNode *x)
{
    for (xmlNode *k = x->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || !k->_private) continue;
        nd *e = info(k);
        if (e->flags & F_DROP) continue;
        if ((e->flags & F_NEG) && !(e->flags & F_HASBODY) &&
            ((e->flags & F_COMMENT) || e->text * 2 < c->total_text)) {
            e->flags |= F_CDROP;
            continue;
        }
        class_drops(c, k);
    }
}

/* ---- pass 3: scores ---- */

static double link_density(const nd *d)
{
    return d->text ? (double)d->link / (double)d->text : 0;
}

static void init_score(nd *d)
{
    if (d->flags & F_CAND) return;
    d->flags |= F_CAND;
    double s = 0;
    switch (d->tag) {
    case T_DIV: s = 5; break;
    case T_ARTICLE: s = 10; break;
    case T_MAIN: case T_SECTION: s = 3; break;
    case T_PRE: case T_TD: case T_BLOCKQUOTE: s = 3; break;
    case T_ADDRESS: case T_OL: case T_UL: case T_DL: case T_DD: case T_DT:
    case T_LI: case T_FORM: s = -3; break;
    case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6: case T_TH:
        s = -5; break;
    default: break;
    }
    if (d->flags & F_POS) s += 25;
    if (d->flags & F_NEG) s -= 25;
    if (d->flags & F_BODYPROP) s += 40;
    d->score = s;
}

static void score_tree(ctx *c, xmlNode *x)
{
    for (xmlNode *k = x->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || !k->_private) continue;
        nd *e = info(k);
        if (dropped(e) || e->text == 0) continue;
        int para = e->tag == T_P || e->tag == T_PRE || e->tag == T_TD ||
                   ((e->tag == T_DIV || e->tag == T_SECTION || e->tag == T_BLOCKQUOTE) &&
                    !(e->flags & F_BLOCKKIDS));
        if (para && e->text >= 25) {
            double s = 1 + e->commas + (e->text / 100 > 3 ? 3 : e->text / 100);
            xmlNode *a = k->parent;
            for (int level = 0; level < 5 && a && a->type == XML_ELEMENT_NODE && a->_private;
                 level++, a = a->parent) {
                nd *ad = info(a);
                init_score(ad);
                ad->score += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
            }
        }
        if (!para || (e->flags & F_BLOCKKIDS)) score_tree(c, k);
    }
}

/* ---- pass 4: text out ---- */

typedef struct {
    buf *out;
    int pending_space, need_break;
} emit_st;

static void brk(emit_st *st)
{
    st->need_break = 1;
    st->pending_space = 0;
}

/* In-content cleaning: blocks that are mostly links, heading titles. */
static int junk_block(const nd *e)
{
    double ld = link_density(e);
    switch (e->tag) {
    case T_H1: return 1;
    case T_UL: case T_OL: case T_DL: return ld > 0.35;
    case T_DIV: case T_SECTION: case T_TABLE: case T_FORM: case T_FIGURE:
    case T_ARTICLE:
        if (e->flags & F_HASBODY) return 0;
        return ld > 0.5 || (ld > 0.3 && e->text < 400 && !(e->flags & F_POS));
    case T_P: case T_LI: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6:
        return ld > 0.6 && e->text < 400;
    case T_A: return 0;
    default:
        /* an inline box of links (a hover card, a link list in a span) */
        return !tag_block(e->tag) && e->anchors >= 3 && ld > 0.85 && e->text > 80;
    }
}

static int blank_text(const xmlNode *k)
{
    if (k->type != XML_TEXT_NODE) return k->type == XML_COMMENT_NODE;
    for (const unsigned char *p = k->content; p && *p; p++)
        if (!is_space(*p)) return 0;
    return 1;
}

/* True when k has no text or inline element next to it (only blocks). */
static int standalone(xmlNode *k)
{
    xmlNode *a = k->prev, *b = k->next;
    while (a && blank_text(a)) a = a->prev;
    while (b && blank_text(b)) b = b->next;
    int ok_a = !a || (a->type == XML_ELEMENT_NODE && a->_private && tag_block(info(a)->tag));
    int ok_b = !b || (b->type == XML_ELEMENT_NODE && b->_private && tag_block(info(b)->tag));
    return ok_a && ok_b;
}

static void emit(emit_st *st, xmlNode *x, int top, int depth)
{
    for (xmlNode *k = x->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
            if (!k->content) continue;
            const char *s = (const char *)k->content;
            size_t n = strlen(s);
            size_t i = 0;
            while (i < n && is_space((unsigned char)s[i])) i++;
            if (i == n) {
                if (n) st->pending_space = 1;
                continue;
            }
            if (st->need_break && st->out->len) {
                buf_put(st->out, "\n\n", 2);
                st->pending_space = 0;
            }
            st->need_break = 0;
            put_text(st->out, s, n, &st->pending_space);
            continue;
        }
        if (k->type != XML_ELEMENT_NODE || !k->_private) continue;
        nd *e = info(k);
        if (dropped(e)) continue;
        if (e->tag == T_BR) { brk(st); continue; }
        if (e->tag == T_TD || e->tag == T_TH) st->pending_space = 1;
        if (e->tag == T_IMG) continue;
        (void)top;
        if (junk_block(e)) continue;
        /* a date standing alone (not inside a sentence) */
        if (e->tag == T_TIME && (info(x)->text <= e->text + 3 || standalone(k))) continue;
        int block = tag_block(e->tag);
        if (block) brk(st);
        if (depth < 400) emit(st, k, 0, depth + 1);
        if (block) brk(st);
    }
}

/* Short paragraphs that are page furniture even inside the article. */
static int junk_para(const char *s, size_t n)
{
    static const char *const pre[] = {
        "advertisement", "advertising", "read more", "read also", "also read",
        "see also", "related:", "related articles", "related stories",
        "related coverage", "related content", "more:", "more on this",
        "sign up", "subscribe", "follow us", "follow @", "share this",
        "share on", "share:", "click here", "copyright", "\xC2\xA9",
        "all rights reserved", "photo:", "image:", "photograph:",
        "getty images", "loading", "please enable", "please disable",
        "we use cookies", "this site uses cookies", "leave a reply",
        "leave a comment", "you may also like", "recommended",
        "download the app", "watch:", "click to", "tap here",
        "continue reading", "skip to", "back to top", "scroll to continue",
        "get the latest", "join our", "newsletter", "sponsored",
        "story continues below", "article continues below",
        "this content is", "report an error", "comments", "most read",
        "most popular", "trending", "next article", "previous article",
        "updated at", "updated:", "last updated", "published:", "published at",
        NULL};
    static const char *const whole[] = {
        "ad", "share", "tweet", "email", "print", "facebook", "twitter",
        "whatsapp", "linkedin", "pinterest", "reddit", "close", "menu",
        "search", "video", "play", "pause", "next", "previous", "more",
        "related", "comment", "reply", NULL};
    if (n > 160) return 0;
    for (int k = 0; pre[k]; k++)
        if (ci_prefix(s, n, pre[k])) return 1;
    size_t m = n;
    while (m && (s[m - 1] == '.' || s[m - 1] == ':' || s[m - 1] == ' ')) m--;
    for (int k = 0; whole[k]; k++)
        if (strlen(whole[k]) == m && strncasecmp(s, whole[k], m) == 0) return 1;
    return 0;
}

/* Copies the paragraphs of in to out, leaving out furniture. */
static void filter_paras(buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *e = memmem(s + i, n - i, "\n\n", 2);
        size_t j = e ? (size_t)(e - s) : n;
        if (j > i && !junk_para(s + i, j - i)) {
            if (out->len) buf_put(out, "\n\n", 2);
            buf_put(out, s + i, j - i);
        }
        i = j + 2;
    }
}

/* Body from JSON-LD articleBody text: lines become paragraphs. */
static void ld_paras(buf *out, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *e = memchr(s + i, '\n', n - i);
        size_t j = e ? (size_t)(e - s) : n;
        buf line = {0};
        set_line(&line, s + i, j - i);
        if (line.len) {
            if (out->len) buf_put(out, "\n\n", 2);
            buf_put(out, line.p, line.len);
        }
        buf_free(&line);
        i = j + 1;
    }
}

static unsigned visible_len(const buf *b)
{
    unsigned k = 0;
    for (size_t i = 0; i < b->len; i++)
        if ((b->p[i] & 0xC0) != 0x80 && !is_space(b->p[i])) k++;
    return k;
}

/* Picks the best-scored candidate and the siblings that belong with it;
 * writes their text to out. */
static void select_and_emit(ctx *c, xmlNode *body, buf *out)
{
    for (size_t i = 0; i < c->n; i++) {
        c->v[i].flags &= (unsigned short)~F_CAND;
        c->v[i].score = 0;
    }
    score_tree(c, body);
    nd *best = NULL;
    double best_score = 0;
    for (size_t i = 0; i < c->n; i++) {
        nd *d = &c->v[i];
        if (!(d->flags & F_CAND)) continue;
        d->score *= 1 - link_density(d);
        if (!best || d->score > best_score) best = d, best_score = d->score;
    }
    /* the element the site marks as the article body, if it holds most of
     * the best candidate's text */
    nd *prop = NULL;
    for (size_t i = 0; i < c->n; i++) {
        nd *d = &c->v[i];
        if ((d->flags & F_BODYPROP) && !dropped(d) && (!prop || d->text > prop->text)) prop = d;
    }
    if (prop && best && prop->text >= 200 && prop->text * 10 >= best->text * 4) {
        emit_st st0 = {out, 0, 0};
        emit(&st0, prop->node, 1, 0);
        return;
    }
    xmlNode *top = best ? best->node : body;
    if (!best) best = info(body);
    /* climb wrappers that add no text of their own, so that the article's
     * other chunks become siblings */
    while (top != body && top->parent && top->parent != body &&
           top->parent->type == XML_ELEMENT_NODE && top->parent->_private &&
           info(top->parent)->tag != T_BODY &&
           info(top->parent)->text * 100 <= info(top)->text * 102)
        top = top->parent;
    emit_st st = {out, 0, 0};
    xmlNode *parent = top->parent;
    if (!parent || parent->type != XML_ELEMENT_NODE || !parent->_private ||
        top == body) {
        emit(&st, top, 1, 0);
        return;
    }
    double threshold = best_score * 0.2 > 10 ? best_score * 0.2 : 10;
    for (xmlNode *k = parent->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || !k->_private) continue;
        nd *e = info(k);
        if (dropped(e)) continue;
        int take = k == top;
        if (!take && (e->flags & F_CAND) && e->score >= threshold) take = 1;
        if (!take && (e->tag == T_P || ((e->tag == T_DIV || e->tag == T_SECTION) &&
                                        !(e->flags & F_BLOCKKIDS)))) {
            double ld = link_density(e);
            if (e->text > 80 && ld < 0.25) take = 1;
            else if (e->text > 0 && ld == 0 && e->commas > 0) take = 1;
        }
        if (!take) continue;
        brk(&st);
        if (k == top) {
            emit(&st, k, 1, 0);
        } else if (!junk_block(e)) {
            emit(&st, k, 0, 1);
        }
        brk(&st);
    }
}

/* ---- title ---- */

static size_t count_words(const char *s, size_t n)
{
    size_t w = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = s[i] == ' ';
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

static void clean_title(buf *dst, const buf *src, const buf *site)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " // ", NULL};
    const char *s = src->p ? (const char *)src->p : "";
    size_t n = src->len;
    for (int round = 0; round < 2; round++) {
        const char *cut = NULL;
        size_t seplen = 0;
        for (int k = 0; seps[k]; k++) {
            size_t sl = strlen(seps[k]);
            for (const char *p = s; (p = memmem(p, n - (size_t)(p - s), seps[k], sl)) != NULL;
                 p += sl)
                if (!cut || p > cut) cut = p, seplen = sl;
        }
        if (!cut) break;
        const char *suf = cut + seplen;
        size_t sn = n - (size_t)(suf - s), pn = (size_t)(cut - s);
        int is_site = site->len && site->len == sn && strncasecmp(suf, (const char *)site->p, sn) == 0;
        if (pn > 0 && (is_site || (count_words(suf, sn) <= 4 && count_words(s, pn) >= 3))) {
            n = pn;
            continue;
        }
        /* "Site | Title" */
        const char *first = NULL;
        for (int k = 0; seps[k]; k++) {
            const char *p = memmem(s, n, seps[k], strlen(seps[k]));
            if (p && (!first || p < first)) first = p, seplen = strlen(seps[k]);
        }
        if (first && site->len && (size_t)(first - s) == site->len &&
            strncasecmp(s, (const char *)site->p, site->len) == 0) {
            size_t skip = (size_t)(first - s) + seplen;
            s += skip;
            n -= skip;
        }
        break;
    }
    buf_clear(dst);
    buf_put(dst, s, n);
}

/* ---- the whole ---- */

static void ctx_free(ctx *c)
{
    buf *bs[] = {&c->og_title, &c->ld_headline, &c->title, &c->h1, &c->site,
                 &c->date_meta, &c->date_ld, &c->date_prop, &c->date_time,
                 &c->date_other, &c->auth_meta, &c->auth_ld, &c->auth_rel,
                 &c->auth_prop, &c->auth_byline, &c->canonical, &c->og_url,
                 &c->ld_body};
    for (size_t i = 0; i < sizeof bs / sizeof bs[0]; i++) buf_free(bs[i]);
    free(c->v);
}

static void copy_first(buf *dst, buf *const *srcs, size_t n)
{
    buf_clear(dst);
    for (size_t i = 0; i < n; i++)
        if (srcs[i]->len && !srcs[i]->oom) {
            buf_put(dst, srcs[i]->p, srcs[i]->len);
            return;
        }
}

static int any_oom(ctx *c, html_article *a)
{
    buf *bs[] = {&c->og_title, &c->ld_headline, &c->title, &c->h1, &c->site,
                 &c->date_meta, &c->date_ld, &c->date_prop, &c->date_time,
                 &c->date_other, &c->auth_meta, &c->auth_ld, &c->auth_rel,
                 &c->auth_prop, &c->auth_byline, &c->canonical, &c->og_url,
                 &c->ld_body, &a->title, &a->body, &a->author, &a->date, &a->url};
    for (size_t i = 0; i < sizeof bs / sizeof bs[0]; i++)
        if (bs[i]->oom) return 1;
    return 0;
}

/* ---- pre-scan: raw-text elements out before parsing ---- */

/* Position of the first "</name" (any case) in s[i..n), or n. */
static size_t find_close(const char *s, size_t n, size_t i, const char *name, size_t nl)
{
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt) return n;
        i = (size_t)(lt - s);
        if (n - i >= nl + 2 && s[i + 1] == '/' && strncasecmp(s + i + 2, name, nl) == 0)
            return i;
        i++;
    }
    return n;
}

static int name_char(unsigned char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '-' || ch == ':' || ch == '_';
}

/* Attributes the extraction reads; the rest (style, data-*, srcset,
 * onclick, ...) are left out before parsing.  charset and http-equiv go
 * too: the page is UTF-8 already and must not be re-decoded. */
static int kept_attr(const char *a, size_t n, int is_link)
{
    static const struct { const char *name; size_t len; } keep[] = {
        {"class", 5}, {"id", 2}, {"itemprop", 8}, {"rel", 3}, {"name", 4},
        {"property", 8}, {"content", 7}, {"type", 4}, {"role", 4},
        {"hidden", 6}, {"datetime", 8}, {"pubdate", 7}};
    for (size_t k = 0; k < sizeof keep / sizeof keep[0]; k++)
        if (keep[k].len == n && strncasecmp(a, keep[k].name, n) == 0) return 1;
    return is_link && n == 4 && strncasecmp(a, "href", 4) == 0;
}

/* At s[i] == '<' starting a start tag: copies the tag with only the kept
 * attributes (and style when it hides the element) to out; returns the
 * position after it, or 0 when the tag does not end (copied as text). */
static size_t copy_tag(const char *s, size_t n, size_t i, buf *out)
{
    size_t j = i + 1;
    while (j < n && name_char((unsigned char)s[j])) j++;
    int is_link = j - i - 1 == 4 && strncasecmp(s + i + 1, "link", 4) == 0;
    size_t mark = out->len;
    buf_put(out, s + i, j - i);
    for (;;) {
        while (j < n && (is_space((unsigned char)s[j]) || s[j] == '/')) j++;
        if (j >= n) break;
        if (s[j] == '>') {
            buf_putc(out, '>');
            return j + 1;
        }
        size_t an = j;
        while (j < n && !is_space((unsigned char)s[j]) && s[j] != '=' && s[j] != '>' &&
               s[j] != '/')
            j++;
        if (j == an) j++;   /* a stray '=' */
        size_t ae = j;
        size_t vs = j, ve = j;
        while (j < n && is_space((unsigned char)s[j])) j++;
        if (j < n && s[j] == '=') {
            j++;
            while (j < n && is_space((unsigned char)s[j])) j++;
            vs = j;
            if (j < n && (s[j] == '"' || s[j] == '\'')) {
                const char *q = memchr(s + j + 1, s[j], n - j - 1);
                if (!q) break;
                j = (size_t)(q - s) + 1;
            } else {
                while (j < n && !is_space((unsigned char)s[j]) && s[j] != '>') j++;
            }
            ve = j;
        } else {
            j = ae;
        }
        int keep = kept_attr(s + an, ae - an, is_link);
        if (!keep && ae - an == 5 && strncasecmp(s + an, "style", 5) == 0 &&
            (memmem(s + vs, ve - vs, "none", 4) || memmem(s + vs, ve - vs, "hidden", 6)))
            keep = 1;
        if (keep) {
            buf_putc(out, ' ');
            buf_put(out, s + an, ve - an);
        }
    }
    out->len = mark;
    return 0;
}

/* Copies s to out without comments, the content of <script> (except
 * JSON-LD), <style>, <svg> and <template> elements, which never hold
 * article text, and the attributes extraction does not read: the page is
 * parsed two to three times faster. */
static void strip_raw(const char *s, size_t n, buf *out)
{
    static const struct { const char *name; size_t len; } raw[] = {
        {"script", 6}, {"style", 5}, {"svg", 3}, {"template", 8}};
    size_t i = 0, copied = 0;
    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt) break;
        i = (size_t)(lt - s);
        if (n - i >= 4 && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {
            const char *e = memmem(s + i + 4, n - i - 4, "-->", 3);
            buf_put(out, s + copied, i - copied);
            i = copied = e ? (size_t)(e - s) + 3 : n;
            continue;
        }
        size_t k = 0;
        for (; k < sizeof raw / sizeof raw[0]; k++) {
            size_t nl = raw[k].len;
            if (n - i > nl + 1 && strncasecmp(s + i + 1, raw[k].name, nl) == 0 &&
                (s[i + 1 + nl] == '>' || is_space((unsigned char)s[i + 1 + nl]) ||
                 s[i + 1 + nl] == '/'))
                break;
        }
        if (k == sizeof raw / sizeof raw[0]) {
            if (n - i > 1 && ((s[i + 1] >= 'a' && s[i + 1] <= 'z') ||
                              (s[i + 1] >= 'A' && s[i + 1] <= 'Z'))) {
                buf_put(out, s + copied, i - copied);
                size_t e = copy_tag(s, n, i, out);
                if (e) {
                    i = copied = e;
                    continue;
                }
                copied = i;
            }
            i++;
            continue;
        }
        const char *gt = memchr(s + i, '>', n - i);
        size_t open_end = gt ? (size_t)(gt - s) + 1 : n;
        if (k == 0 && memmem(s + i, open_end - i, "ld+json", 7)) {
            /* kept whole, its content untouched */
            i = find_close(s, n, open_end, "script", 6);
            continue;
        }
        if (k == 2 && open_end >= 2 && s[open_end - 2] == '/') {
            i = open_end;   /* <svg/> */
            continue;
        }
        size_t close = find_close(s, n, open_end, raw[k].name, raw[k].len);
        const char *cgt = close < n ? memchr(s + close, '>', n - close) : NULL;
        buf_put(out, s + copied, i - copied);
        i = copied = cgt ? (size_t)(cgt - s) + 1 : n;
    }
    buf_put(out, s + copied, n - copied);
}

int html_extract(const char *html, size_t n, const html_extract_opts *opt,
                 html_article *out)
{
    buf_clear(&out->title);
    buf_clear(&out->body);
    buf_clear(&out->author);
    buf_clear(&out->date);
    buf_clear(&out->url);
    if (!html) html = "", n = 0;
    buf page = {0};
    strip_raw(html, n, &page);
    if (page.oom) {
        buf_free(&page);
        return -1;
    }
    n = page.len > INT_MAX ? INT_MAX : page.len;
    htmlDocPtr doc = htmlReadMemory(page.p ? (const char *)page.p : "", (int)n, NULL, "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                        HTML_PARSE_COMPACT);
    buf_free(&page);
    if (!doc) return n == 0 ? 0 : -1;
    ctx c;
    memset(&c, 0, sizeof c);
    c.opt = opt;
    int rc = 0;
    xmlNode *root = xmlDocGetRootElement(doc);
    /* the parser may leave several top-level elements (no <html>) */
    for (xmlNode *x = root; x && rc == 0; x = x->next)
        if (x->type == XML_ELEMENT_NODE && pass1(&c, x, 0)) rc = -1;
    if (rc == 0 && root) {
        /* a virtual body: the top-level elements in order */
        buf raw = {0};
        for (xmlNode *x = root; x; x = x->next)
            if (x->type == XML_ELEMENT_NODE && x->_private) stats(x, 0, 0);
        for (xmlNode *x = root; x; x = x->next)
            if (x->type == XML_ELEMENT_NODE && x->_private && !dropped(info(x)))
                c.total_text += info(x)->text;
        for (xmlNode *x = root; x; x = x->next)
            if (x->type == XML_ELEMENT_NODE && x->_private) {
                class_drops(&c, x);
                stats(x, 0, 0);
            }
        for (xmlNode *x = root; x; x = x->next) {
            if (x->type != XML_ELEMENT_NODE || !x->_private || dropped(info(x))) continue;
            /* the largest top-level element is the document */
            select_and_emit(&c, x, &raw);
            break;
        }
        filter_paras(&out->body, raw.p ? (const char *)raw.p : "", raw.len);
        if (out->body.len == 0) {
            /* too strict: undo the class-name drops and try again */
            for (size_t i = 0; i < c.n; i++) c.v[i].flags &= (unsigned short)~F_CDROP;
            buf_clear(&raw);
            for (xmlNode *x = root; x; x = x->next)
                if (x->type == XML_ELEMENT_NODE && x->_private) stats(x, 0, 0);
            for (xmlNode *x = root; x; x = x->next) {
                if (x->type != XML_ELEMENT_NODE || !x->_private || dropped(info(x))) continue;
                select_and_emit(&c, x, &raw);
                break;
            }
            filter_paras(&out->body, raw.p ? (const char *)raw.p : "", raw.len);
        }
        buf_free(&raw);
    }
    /* JSON-LD articleBody when the markup gave clearly less */
    if (c.ld_body.len) {
        buf ld = {0};
        ld_paras(&ld, (const char *)c.ld_body.p, c.ld_body.len);
        if (visible_len(&ld) > visible_len(&out->body) * 3 / 2) {
            buf_clear(&out->body);
            buf_put(&out->body, ld.p, ld.len);
        }
        buf_free(&ld);
    }
    buf tt = {0};
    buf *titles[] = {&c.og_title, &c.ld_headline, &c.title, &c.h1};
    copy_first(&tt, titles, 4);
    clean_title(&out->title, &tt, &c.site);
    buf_free(&tt);
    buf *dates[] = {&c.date_meta, &c.date_ld, &c.date_prop, &c.date_other, &c.date_time};
    copy_first(&out->date, dates, 5);
    buf *auths[] = {&c.auth_ld, &c.auth_meta, &c.auth_prop, &c.auth_rel, &c.auth_byline};
    copy_first(&out->author, auths, 5);
    buf *urls[] = {&c.canonical, &c.og_url};
    copy_first(&out->url, urls, 2);
    if (any_oom(&c, out) || c.oom) rc = -1;
    ctx_free(&c);
    xmlFreeDoc(doc);
    return rc;
}

void html_article_free(html_article *a)
{
    buf_free(&a->title);
    buf_free(&a->body);
    buf_free(&a->author);
    buf_free(&a->date);
    buf_free(&a->url);
    memset(a, 0, sizeof *a);
}
