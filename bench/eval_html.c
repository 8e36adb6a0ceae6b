/*
 * Scores article extraction (html_extract) on the Article Extraction
 * Benchmark pages in ../shared/data/aeb-dev (see its ABOUT.md) with the
 * benchmark's own metric, and measures the extraction throughput.
 *
 *   morgue-eval-html [--show] [--page KEY] [--dump KEY] [--passes N] DIR
 *
 * DIR holds ground-truth.json and html/<key>.html.gz.  Metric: tokens are
 * \w+ runs (Unicode letters, numbers and '_', as Python's re); each text
 * becomes the multiset of its 4-token shingles (a text of 1..3 tokens is one
 * shingle); per page tp = shared shingles, fp = extra predicted, fn =
 * missed; precision is averaged over the pages with tp+fp > 0, recall over
 * those with tp+fn > 0 (a page with fp = fn = 0 scores 1), F1 from the two
 * averages.  Throughput: MB of HTML per second of CPU time through
 * html_extract, one thread, median of N passes (default 5) over all pages
 * held in memory.
 * --show prints the per-page scores, worst first; --dump prints the
 * extracted text of one page.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>

#include "buf.h"
#include "html_extract.h"
#include "json.h"
#include "utf8.h"

typedef struct {
    char *key;
    char *truth;
    size_t truth_len;
    char *html;
    size_t html_len;
    double p, r;
    int has_p, has_r;
} page;

/* ---- ground-truth.json: {"key": {"articleBody": "...", ...}, ...} ---- */

static const char *js, *je;

static void ws(void)
{
    while (js < je && (*js == ' ' || *js == '\n' || *js == '\r' || *js == '\t')) js++;
}

/* Reads a JSON string at js into b (decoded); returns 0 or -1. */
static int jstring(buf *b)
{
    ws();
    return json_read_string(&js, je, b);
}

/* Skips any JSON value. */
static int jskip(void)
{
    ws();
    if (js >= je) return -1;
    if (*js == '"') {
        buf t = {0};
        int r = jstring(&t);
        buf_free(&t);
        return r;
    }
    if (*js == '{' || *js == '[') {
        char close = *js == '{' ? '}' : ']';
        js++;
        ws();
        if (js < je && *js == close) { js++; return 0; }
        for (;;) {
            if (close == '}') {
                buf t = {0};
                int r = jstring(&t);
                buf_free(&t);
                ws();
                if (r || js >= je || *js != ':') return -1;
                js++;
            }
            if (jskip()) return -1;
            ws();
            if (js < je && *js == ',') { js++; continue; }
            if (js < je && *js == close) { js++; return 0; }
            return -1;
        }
    }
    while (js < je && *js != ',' && *js != '}' && *js != ']') js++;
    return 0;
}

static char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    buf b = {0};
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) buf_put(&b, tmp, k);
    fclose(f);
    buf_putc(&b, 0);
    if (b.oom) { buf_free(&b); return NULL; }
    *n = b.len - 1;
    return (char *)b.p;
}

static char *gunzip(const char *path, size_t *n)
{
    buf cmd = {0};
    buf_puts(&cmd, "gzip -dc '");
    buf_puts(&cmd, path);
    buf_puts(&cmd, "'");
    FILE *f = popen(buf_cstr(&cmd), "r");
    buf_free(&cmd);
    if (!f) return NULL;
    buf b = {0};
    char tmp[65536];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) buf_put(&b, tmp, k);
    if (pclose(f) != 0 || b.oom) { buf_free(&b); return NULL; }
    buf_putc(&b, 0);
    *n = b.len - 1;
    return (char *)b.p;
}

static size_t load(const char *dir, page **out)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/ground-truth.json", dir);
    size_t n;
    char *text = read_file(path, &n);
    if (!text) { fprintf(stderr, "eval_html: cannot read %s\n", path); exit(2); }
    js = text;
    je = text + n;
    page *pages = NULL;
    size_t np = 0, cap = 0;
    ws();
    if (js >= je || *js != '{') goto bad;
    js++;
    for (;;) {
        ws();
        if (js < je && *js == '}') break;
        buf key = {0};
        if (jstring(&key)) goto bad;
        ws();
        if (js >= je || *js != ':') goto bad;
        js++;
        ws();
        if (js >= je || *js != '{') goto bad;
        js++;
        buf body = {0};
        for (;;) {
            ws();
            if (js < je && *js == '}') { js++; break; }
            buf k = {0};
            if (jstring(&k)) goto bad;
            ws();
            if (js >= je || *js != ':') goto bad;
            js++;
            ws();
            if (k.len == 11 && memcmp(k.p, "articleBody", 11) == 0 && js < je && *js == '"') {
                if (jstring(&body)) goto bad;
            } else if (jskip()) goto bad;
            buf_free(&k);
            ws();
            if (js < je && *js == ',') js++;
        }
        if (np == cap) {
            cap = cap ? cap * 2 : 128;
            pages = realloc(pages, cap * sizeof *pages);
            if (!pages) exit(2);
        }
        page *pg = &pages[np++];
        memset(pg, 0, sizeof *pg);
        pg->key = strdup(buf_cstr(&key));
        pg->truth_len = body.len;
        pg->truth = strdup(buf_cstr(&body));
        buf_free(&key);
        buf_free(&body);
        snprintf(path, sizeof path, "%s/html/%s.html.gz", dir, pg->key);
        pg->html = gunzip(path, &pg->html_len);
        if (!pg->html) { fprintf(stderr, "eval_html: cannot read %s\n", path); exit(2); }
        ws();
        if (js < je && *js == ',') js++;
    }
    free(text);
    *out = pages;
    return np;
bad:
    fprintf(stderr, "eval_html: %s: JSON syntax error at byte %zu\n", path,
            (size_t)(js - text));
    exit(2);
}

/* ---- the metric ---- */

static int is_word(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               (cp >= '0' && cp <= '9') || cp == '_';
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 1;
    default:
        return 0;
    }
}

static uint64_t hash_bytes(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorted shingle hashes of s; returns the count (*out malloc'd). */
static size_t shingles(const char *s, size_t n, uint64_t **out)
{
    size_t nt = 0, cap = 64;
    size_t *ts = malloc(cap * sizeof *ts), *te = malloc(cap * sizeof *te);
    size_t i = 0;
    while (i < n) {
        size_t st = i;
        uint32_t cp = utf8_next(s, n, &i);
        if (!is_word(cp)) continue;
        size_t en = i;
        while (i < n) {
            size_t j = i;
            if (!is_word(utf8_next(s, n, &j))) break;
            i = en = j;
        }
        if (nt == cap) {
            cap *= 2;
            ts = realloc(ts, cap * sizeof *ts);
            te = realloc(te, cap * sizeof *te);
        }
        ts[nt] = st;
        te[nt] = en;
        nt++;
    }
    size_t ns = nt == 0 ? 0 : nt < 4 ? 1 : nt - 3;
    uint64_t *h = malloc((ns ? ns : 1) * sizeof *h);
    for (size_t k = 0; k < ns; k++) {
        uint64_t x = 0xcbf29ce484222325ULL;
        for (size_t t = k; t < k + 4 && t < nt; t++) {
            x = hash_bytes(x, s + ts[t], te[t] - ts[t]);
            x = hash_bytes(x, " ", 1);
        }
        h[k] = x;
    }
    qsort(h, ns, sizeof *h, cmp_u64);
    free(ts);
    free(te);
    *out = h;
    return ns;
}

static void score(page *pg, const char *pred, size_t pn)
{
    uint64_t *a, *b;
    size_t na = shingles(pg->truth, pg->truth_len, &a);
    size_t nb = shingles(pred, pn, &b);
    size_t i = 0, j = 0;
    double tp = 0, fp = 0, fn = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) tp++, i++, j++;
        else if (a[i] < b[j]) fn++, i++;
        else fp++, j++;
    }
    fn += (double)(na - i);
    fp += (double)(nb - j);
    free(a);
    free(b);
    pg->has_p = tp + fp > 0;
    pg->has_r = tp + fn > 0;
    pg->p = fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    pg->r = fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
}

/* CPU time of this thread: MB/s per core, steady on a busy machine. */
static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int cmp_page(const void *a, const void *b)
{
    const page *x = a, *y = b;
    double fx = x->p + x->r, fy = y->p + y->r;
    return fx < fy ? -1 : fx > fy;
}

int main(int argc, char **argv)
{
    const char *dir = NULL, *dump = NULL, *only = NULL;
    int show = 0, passes = 5;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--show") == 0) show = 1;
        else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) dump = argv[++i];
        else if (strcmp(argv[i], "--page") == 0 && i + 1 < argc) only = argv[++i];
        else if (strcmp(argv[i], "--passes") == 0 && i + 1 < argc) passes = atoi(argv[++i]);
        else if (argv[i][0] != '-') dir = argv[i];
        else {
            fprintf(stderr, "usage: morgue-eval-html [--show] [--page KEY] [--dump KEY] "
                            "[--passes N] DIR\n");
            return 2;
        }
    }
    if (!dir) {
        fprintf(stderr, "usage: morgue-eval-html [--show] [--dump KEY] [--passes N] DIR\n");
        return 2;
    }
    page *pages;
    size_t np = load(dir, &pages);
    size_t bytes = 0;
    html_article art;
    memset(&art, 0, sizeof art);
    for (size_t i = 0; i < np; i++) {
        page *pg = &pages[i];
        bytes += pg->html_len;
        html_article_free(&art);
        html_extract(pg->html, pg->html_len, NULL, &art);
        score(pg, (const char *)art.body.p, art.body.len);
        if (dump && strncmp(pg->key, dump, strlen(dump)) == 0) {
            printf("title: %s\ndate: %s\nauthor: %s\nurl: %s\n\n%s\n",
                   buf_cstr(&art.title), buf_cstr(&art.date), buf_cstr(&art.author),
                   buf_cstr(&art.url), buf_cstr(&art.body));
            printf("\n---- truth ----\n%s\n", pg->truth);
        }
        if (only && strncmp(pg->key, only, strlen(only)) == 0)
            printf("%.3f %.3f %s\n", pg->p, pg->r, pg->key);
    }
    if (dump || only) return 0;
    double ps = 0, rs = 0;
    size_t pn = 0, rn = 0;
    for (size_t i = 0; i < np; i++) {
        if (pages[i].has_p) ps += pages[i].p, pn++;
        if (pages[i].has_r) rs += pages[i].r, rn++;
    }
    double P = pn ? ps / (double)pn : 0, R = rn ? rs / (double)rn : 0;
    double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
    if (show) {
        page *sorted = malloc(np * sizeof *sorted);
        memcpy(sorted, pages, np * sizeof *sorted);
        qsort(sorted, np, sizeof *sorted, cmp_page);
        for (size_t i = 0; i < np; i++)
            printf("%.3f %.3f %8zu %s\n", sorted[i].p, sorted[i].r, sorted[i].html_len,
                   sorted[i].key);
        free(sorted);
    }
    double *t = malloc((size_t)(passes > 0 ? passes : 1) * sizeof *t);
    for (int k = 0; k < passes; k++) {
        double t0 = now();
        for (size_t i = 0; i < np; i++) {
            html_article_free(&art);
            html_extract(pages[i].html, pages[i].html_len, NULL, &art);
        }
        t[k] = now() - t0;
    }
    html_article_free(&art);
    qsort(t, (size_t)passes, sizeof *t, cmp_d);
    double med = passes > 0 ? t[passes / 2] : 0;
    printf("pages      %zu (%.1f MB of HTML)\n", np, (double)bytes / 1e6);
    printf("precision  %.3f\nrecall     %.3f\nF1         %.3f\n", P, R, F);
    if (passes > 0)
        printf("speed      %.1f MB/s of HTML per core (median of %d passes, one thread, "
               "%.3f s CPU/pass)\n",
               (double)bytes / 1e6 / med, passes, med);
    free(t);
    for (size_t i = 0; i < np; i++) {
        free(pages[i].key);
        free(pages[i].truth);
        free(pages[i].html);
    }
    free(pages);
    return 0;
}
