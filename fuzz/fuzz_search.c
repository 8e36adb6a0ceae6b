/*
 * Fuzz target for query execution (query/exec.c, search.c, snippets,
 * facets, entity look-ups) through the public API: the first byte picks the
 * options, the rest is the query, run against a small index of articles
 * written here (people, quotes split around their attribution, dates, a
 * family of words sharing a prefix), in two segments.  A query either fails
 * with MORGUE_E_QUERY and a column inside it, or answers consistently:
 *  - the count equals the total of the ranked search, and of a search with
 *    a one-hit page;
 *  - a page holds at most `limit` hits, never more than the total;
 *  - the first hit of a one-hit page is the first of the ten-hit page (id
 *    and score), and every hit's snippet spans lie inside its snippet;
 *  - the first hit's article, fetched by its id, has the hit's title, date
 *    and url.
 * Anything else aborts, as does a crash or a sanitizer report.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "index_writer.h"
#include "morgue/morgue.h"

/* with the names grouping treats apart: an initial before the given name
 * used, generational suffixes */
static const char *const people[] = {"Irena Vashti", "Tomas Okafor", "Lena Brandt",  "Yuri Ushakov",
                                     "K. Anders Moen", "Anders Moen", "Nils Aas Jr.", "Nils Aas Sr."};
#define N_PEOPLE (sizeof people / sizeof *people)
static const char *const words[] = {"harbour", "ferry", "council", "budget", "strike", "tunnel",
                                    "pension", "wheat", "copper", "verdict", "transit", "transom",
                                    "transept", "transfer", "transport", "translate", "transcend",
                                    "transact", "transient", "transpose", "transmit", "transform",
                                    "transistor", "transitive", "translucent", "transplant",
                                    "transverse", "tranche", "trance", "tranquil"};
enum { N_WORDS = sizeof words / sizeof *words, N_ARTICLES = 60 };

static morgue_index *ix;
static char dir[] = "/tmp/morgue-fuzz-search-XXXXXX";

static void cleanup(void)
{
    morgue_index_close(ix);
    char cmd[sizeof dir + 16];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd)) { /* nothing more to do */
    }
}

/* Two runs into one index (two segments), each article with a narrative,
 * a quote split around its attribution and a plain quote. */
static void build(void)
{
    if (!mkdtemp(dir)) abort();
    atexit(cleanup);
    uint64_t r = 0x2545F4914F6CDD1Dull;
    for (int run = 0; run < 2; run++) {
        index_writer_opts o = INDEX_WRITER_OPTS_INIT;
        o.threads = 1;
        merr e = {0};
        index_writer *w = index_writer_open(dir, &o, &e);
        if (!w) abort();
        for (int i = run * N_ARTICLES / 2; i < (run + 1) * N_ARTICLES / 2; i++) {
            char body[2048], title[128], date[16], src[32];
            const char *w1[8];
            for (int k = 0; k < 8; k++) {
                r ^= r << 13, r ^= r >> 7, r ^= r << 17;
                w1[k] = words[r % N_WORDS];
            }
            const char *p = people[i % N_PEOPLE], *q = people[(i + 1) % N_PEOPLE];
            snprintf(title, sizeof title, "The %s %s of week %d", w1[0], w1[1], i);
            snprintf(body, sizeof body,
                     "The %s and the %s were discussed on Monday. “The %s is %s,” %s said, “and the "
                     "%s will %s soon.” Later %s told reporters: “We %s the %s %s.” A %s %s "
                     "followed.",
                     w1[2], w1[3], w1[4], w1[5], p, w1[6], w1[7], q, w1[0], w1[2], w1[3], w1[4], w1[1]);
            snprintf(date, sizeof date, "2021-%02d-%02d", 1 + i % 12, 1 + i % 28);
            snprintf(src, sizeof src, "fuzz%d", i);
            article a = {.source = src, .title = title, .body = body, .date = date, .id = (uint64_t)i + 1};
            if (index_writer_add(w, &a) != MORGUE_OK) abort();
        }
        if (index_writer_commit(w, 0) != MORGUE_OK) abort();
        index_writer_free(w);
    }
    ix = morgue_index_open(dir);
    if (morgue_index_rc(ix) != MORGUE_OK || morgue_index_doc_count(ix) != N_ARTICLES) abort();
}

/* Runs q with the options; NULL when it failed with a well-formed query
 * error (anything else aborts). */
static morgue_results *run(const char *q, morgue_search_opts *o, size_t qlen)
{
    morgue_results *res = morgue_search(ix, q, o);
    if (res) return res;
    morgue_rc rc = morgue_index_rc(ix);
    int col = morgue_index_errcol(ix);
    if (rc != MORGUE_E_QUERY && rc != MORGUE_E_LIMIT && rc != MORGUE_E_NOMEM) abort();
    if (rc == MORGUE_E_QUERY && (col < 1 || (size_t)col > qlen + 1)) abort();
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ix) build();
    if (size == 0) return 0;
    unsigned opt = data[0];
    char *q = malloc(size);
    if (!q) return 0;
    memcpy(q, data + 1, size - 1);
    q[size - 1] = 0;
    size_t qlen = strlen(q);
    static const char *const facets[] = {NULL, "speaker", "person", "entity"};

    morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
    o.quotes = opt & 1;
    o.sort = opt & 2 ? MORGUE_SORT_DATE : MORGUE_SORT_RELEVANCE;
    o.facet = facets[(opt >> 2) & 3];
    o.collapse = (opt >> 4) & 1;
    o.offset = (opt >> 5) & 1 ? 3 : 0;
    morgue_results *top = run(q, &o, qlen);
    if (top) {
        uint64_t total = morgue_results_total(top);
        size_t n = morgue_results_size(top);
        uint64_t room = total > o.offset ? total - o.offset : 0;
        if (n > o.limit || n > room) abort();
        for (size_t i = 0; i < n; i++) {
            const morgue_hit *h = morgue_results_hit(top, i);
            size_t sl = strlen(h->snippet);
            for (size_t k = 0; k < h->n_matches; k++)
                if (h->matches[k].start > h->matches[k].end || h->matches[k].end > sl) abort();
        }
        /* the same search without the facet (a speaker facet implies a
         * quote search) */
        morgue_search_opts c = o;
        c.quotes |= o.facet && !strcmp(o.facet, "speaker");
        c.facet = NULL;
        c.count_only = 1;
        morgue_results *cnt = run(q, &c, qlen);
        if (!cnt || morgue_results_total(cnt) != total) {
            fprintf(stderr, "count mismatch: opt %02x query [%s]: %llu vs %llu\n", opt, q, cnt ? (unsigned long long)morgue_results_total(cnt) : 0ull, (unsigned long long)total);
            abort();
        }
        morgue_results_free(cnt);
        morgue_search_opts one = c;
        one.count_only = 0;
        one.limit = 1;
        morgue_results *first = run(q, &one, qlen);
        if (!first || morgue_results_total(first) != total) abort();
        if (n && morgue_results_size(first) != 1) abort();
        if (n && (strcmp(morgue_results_hit(first, 0)->id, morgue_results_hit(top, 0)->id) ||
                  morgue_results_hit(first, 0)->score != morgue_results_hit(top, 0)->score))
            abort();
        morgue_results_free(first);
        if (n) {
            /* the hit's article, fetched by its id, is the hit's */
            const morgue_hit *h = morgue_results_hit(top, 0);
            morgue_article *a = morgue_article_get(ix, h->id);
            if (!a || strcmp(a->title, h->title) || strcmp(a->date, h->date) || strcmp(a->url, h->url)) abort();
            morgue_article_free(a);
        }
        morgue_results_free(top);
    }
    if (qlen && (opt & 0xC0) == 0xC0) morgue_entities_free(morgue_entity_lookup(ix, q));
    if (qlen && (opt & 0xC0) == 0x80) morgue_article_free(morgue_article_get(ix, q));
    free(q);
    return 0;
}
