#include "text_clean.h"

#include <string.h>
#include <strings.h>

enum { L_BLANK, L_TRAILER, L_ADBLOCK, L_BYLINE, L_SHORT, L_TEXT };

static int sp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int prefix(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n >= k && strncasecmp(s, p, k) == 0;
}

static int contains(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, w, k) == 0) return 1;
    return 0;
}

/* Lines that end scraped articles but are not article text. */
static const char *const trailer_prefix[] = {
    "leave a reply", "leave a comment", "leave a response", "source link",
    "source:", "your email address will not be published",
    "required fields are marked", "share this", "share:", "share on",
    "like this:", "like loading", "related", "click here to", "click to ",
    "read more", "read also", "see also", "you may also like", "post navigation",
    "previous post", "next post", "previous article", "next article",
    "tags:", "filed under", "posted in", "subscribe", "sign up for",
    "follow us", "advertisement", "comments", "no comments",
    "continue reading", "this article originally appeared",
    "originally published", "the post ", "copyright", "\xC2\xA9",
    "all rights reserved", "save my name, email", "notify me of",
    "print this", "email this", "tweet", NULL};

static int classify(const char *s, size_t n)
{
    while (n && sp(*s)) s++, n--;
    while (n && sp(s[n - 1])) n--;
    if (n == 0) return L_BLANK;
    if (n <= 300 && (contains(s, n, "ad blocker") || contains(s, n, "adblocker") ||
                     contains(s, n, "ad-blocker") || contains(s, n, "ad block") ||
                     contains(s, n, "adblock")))
        return L_ADBLOCK;
    if (n <= 200)
        for (int k = 0; trailer_prefix[k]; k++)
            if (prefix(s, n, trailer_prefix[k])) {
                /* "Related" alone or as a heading, not "Related news said ..." */
                if (!strcmp(trailer_prefix[k], "related") && n > 40) break;
                return L_TRAILER;
            }
    if (n <= 80 && (prefix(s, n, "by ") || prefix(s, n, "by:"))) {
        /* "By Jane Doe": a few capitalised words, no sentence */
        size_t words = 0;
        int caps = 1;
        for (size_t i = 3; i < n; i++)
            if (!sp(s[i]) && (i == 3 || sp(s[i - 1]))) {
                words++;
                if (!(s[i] >= 'A' && s[i] <= 'Z') && !((unsigned char)s[i] >= 0xC0)) caps = 0;
            }
        if (words >= 1 && words <= 5 && caps && s[n - 1] != '.') return L_BYLINE;
        return n <= 60 ? L_SHORT : L_TEXT;
    }
    if (n <= 80 && (prefix(s, n, "author:") ||
                    prefix(s, n, "written by ") || prefix(s, n, "posted by ") ||
                    prefix(s, n, "reporting by ") || prefix(s, n, "authored by ")))
        return L_BYLINE;
    if (n <= 60) return L_SHORT;
    return L_TEXT;
}

/* The name in a byline line s[0..n) into author. */
static void byline(const char *s, size_t n, buf *author)
{
    while (n && sp(*s)) s++, n--;
    static const char *const pre[] = {"author:", "by:", "by ", "written by ", "posted by ",
                                      "reporting by ", "authored by ", NULL};
    for (int k = 0; pre[k]; k++)
        if (prefix(s, n, pre[k])) {
            size_t l = strlen(pre[k]);
            s += l, n -= l;
            break;
        }
    size_t e = 0;
    while (e < n && s[e] != ';' && s[e] != '|' && !(s[e] == ' ' && e + 1 < n && s[e + 1] == '-'))
        e++;
    n = e;
    while (n && (sp(*s) || *s == ':')) s++, n--;
    while (n && (sp(s[n - 1]) || s[n - 1] == '.' || s[n - 1] == ',')) n--;
    if (n == 0 || author->len) return;
    for (size_t i = 0; i < n; i++) buf_putc(author, (unsigned char)(sp(s[i]) ? ' ' : s[i]));
}

size_t text_clean(const char *s, size_t n, buf *author)
{
    size_t end = n;        /* text kept: s[0..end) */
    size_t pos = n;        /* lines from pos on have been looked at */
    size_t pending = 0;    /* short lines after the last cut, not yet cut */
    const char *last_byline = NULL;
    size_t last_byline_n = 0;
    while (pos > 0) {
        size_t le = pos;
        if (le > 0 && s[le - 1] == '\n') le--;
        size_t ls = le;
        while (ls > 0 && s[ls - 1] != '\n') ls--;
        int k = classify(s + ls, le - ls);
        if (k == L_BLANK) {
            pos = ls;
            continue;
        }
        if (k == L_SHORT && pending < 3) {
            pending++;
            pos = ls;
            continue;
        }
        if (k == L_TEXT || k == L_SHORT) break;
        if (k == L_BYLINE && !last_byline) {
            last_byline = s + ls;
            last_byline_n = le - ls;
        }
        end = ls;
        pending = 0;
        pos = ls;
        if (k == L_ADBLOCK) {
            /* the rest of the notice: its paragraph's earlier lines */
            while (pos > 0) {
                size_t e2 = pos - 1;   /* the '\n' before this line */
                size_t s2 = e2;
                while (s2 > 0 && s[s2 - 1] != '\n') s2--;
                int k2 = classify(s + s2, e2 - s2);
                if (k2 == L_BLANK || e2 - s2 > 300) break;
                end = pos = s2;
            }
        }
    }
    while (end > 0 && (sp(s[end - 1]) || s[end - 1] == '\n')) end--;
    if (author && last_byline) byline(last_byline, last_byline_n, author);
    return end;
}
