/*
 * End-to-end tests of the index through the library:
 *  - differential: random phrases and boolean queries over a generated
 *    collection, answered by the index (built in many small segments with
 *    merges) and by a plain scan with the same tokenizer; the id sets must be
 *    equal;
 *  - segmentation does not change answers: the same articles indexed in one
 *    segment, in many, and after merging everything give identical ranked
 *    lists and scores, for articles and for the quotes a third of them hold
 *    (numbered after the articles in each segment, so merges shift the two
 *    kinds apart);
 *  - quotes: every quote holding a word is found by quote:, with its
 *    words (read through its article) and its speaker;
 *  - damage: every byte position sampled in every file of an index is
 *    flipped in turn; opening and querying must then fail with a clear error
 *    naming the file, or give exactly the pristine answer;
 *  - concurrency: as morgue.h promises, handles of their own on one index
 *    used by several threads at once give each query's single-threaded
 *    answer (a search service runs one handle per worker thread).
 */
#include <dirent.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "morgue/morgue.h"
#include "buf.h"
#include "index_writer.h"
#include "test.h"
#include "tokenize.h"

enum { N_DOCS = 2500, VOCAB = 400 };

static uint64_t rng = 0x2545F4914F6CDD1Dull;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)rng;
}

static char *vocab[VOCAB];
static char *titles[N_DOCS], *bodies[N_DOCS];
static char dates[N_DOCS][11];
/* the quote of a document (NULL: none) and its speaker */
static char *quotes[N_DOCS];
static const char *speakers[N_DOCS];
static const char *const names[] = {"Anna Petrova", "Mark Ellis", "Yuki Tanaka"};

static const char *special[] = {"José", "Ушаков", "Russia’s", "NATO", "rock-solid", "3.5",
                                "naïve", "Müller", "東京", "O’Brien"};

static void make_vocab(void)
{
    for (int i = 0; i < VOCAB; i++) {
        if (i < (int)(sizeof special / sizeof *special)) {
            vocab[i] = strdup(special[i]);
            continue;
        }
        char w[16];
        int len = 2 + (int)(rnd() % 7);
        for (int k = 0; k < len; k++) w[k] = (char)('a' + rnd() % 26);
        w[len] = 0;
        /* the rarest 48 words share a prefix, so that zq* matches more
         * words than a prefix reads as an OR (query/exec.c, prefix_set) */
        if (i >= VOCAB - 48) w[0] = 'z', w[1] = 'q';
        vocab[i] = strdup(w);
    }
}

/* Zipf-like pick: small indexes are much more frequent. */
static const char *word(void)
{
    double u = (double)(rnd() % 1000000) / 1000000.0;
    int i = (int)(pow(u, 2.5) * VOCAB);
    return vocab[i < VOCAB ? i : VOCAB - 1];
}

static char *sentence(int n)
{
    size_t cap = 64;
    char *s = malloc(cap);
    size_t len = 0;
    for (int i = 0; i < n; i++) {
        const char *w = word();
        size_t wl = strlen(w);
        while (len + wl + 4 > cap) s = realloc(s, cap *= 2);
        if (i) {
            s[len++] = (rnd() % 13 == 0) ? ',' : ' ';
            if (s[len - 1] == ',') s[len++] = ' ';
        }
        memcpy(s + len, w, wl);
        len += wl;
    }
    s[len] = 0;
    return s;
}

static void make_docs(void)
{
    for (int i = 0; i < N_DOCS; i++) {
        titles[i] = sentence(3 + (int)(rnd() % 6));
        bodies[i] = sentence(20 + (int)(rnd() % 180));
        snprintf(dates[i], sizeof dates[i], "2021-%02u-%02u", 1 + rnd() % 12, 1 + rnd() % 28);
        if (rnd() % 3 == 0) {
            /* a quote after the narrative: “words,” said Name. */
            quotes[i] = sentence(6 + (int)(rnd() % 6));
            speakers[i] = names[rnd() % 3];
            buf b = {0};
            buf_printf(&b, "%s. “%s,” said %s. %s", bodies[i], quotes[i], speakers[i], "And more.");
            free(bodies[i]);
            bodies[i] = strdup(buf_cstr(&b));
            buf_free(&b);
        }
    }
}

static int build_index(const char *dir, size_t memory, int merge_factor, int from, int to,
                       int merge_all)
{
    index_writer_opts o = INDEX_WRITER_OPTS_INIT;
    o.memory = memory;
    o.merge_factor = merge_factor;
    merr e = {0};
    index_writer *w = index_writer_open(dir, &o, &e);
    if (!w) {
        fprintf(stderr, "%s\n", merr_msg(&e));
        return -1;
    }
    for (int i = from; i < to; i++) {
        char src[32];
        snprintf(src, sizeof src, "doc%d", i);
        article a = {.source = src, .title = titles[i], .body = bodies[i], .date = dates[i],
                     .id = (uint64_t)i + 1};
        if (index_writer_add(w, &a) != MORGUE_OK) break;
    }
    morgue_rc rc = index_writer_commit(w, merge_all);
    if (rc) fprintf(stderr, "%s\n", merr_msg(index_writer_error(w)));
    index_writer_free(w);
    return rc ? -1 : 0;
}

/* Token lists per doc and field, for the plain scan. */
typedef struct {
    char (*tok)[TOKEN_MAX + 8];
    uint32_t n;
} toklist;
static toklist toks[N_DOCS][2];

static void tokenize_all(void)
{
    for (int i = 0; i < N_DOCS; i++)
        for (int f = 0; f < 2; f++) {
            const char *s = f ? bodies[i] : titles[i];
            toklist *t = &toks[i][f];
            t->tok = malloc(sizeof *t->tok * (strlen(s) + 1));
            tokenizer tz;
            token tk;
            tokenizer_init(&tz, s, strlen(s));
            while (tokenizer_next(&tz, &tk)) memcpy(t->tok[t->n++], tk.text, tk.len + 1);
        }
}

static int has_seq(const toklist *t, char (*seq)[TOKEN_MAX + 8], int n)
{
    for (uint32_t p = 0; p + (uint32_t)n <= t->n; p++) {
        int ok = 1;
        for (int k = 0; k < n && ok; k++) ok = !strcmp(t->tok[p + k], seq[k]);
        if (ok) return 1;
    }
    return 0;
}

/* Runs q and marks the ids found (ids are doc index + 1). */
static long search_set(morgue_index *ix, const char *q, unsigned char *found)
{
    morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
    o.limit = N_DOCS;
    o.snippets = 0;
    morgue_results *r = morgue_search(ix, q, &o);
    if (!r) {
        fprintf(stderr, "query %s: %s\n", q, morgue_index_errmsg(ix));
        return -1;
    }
    memset(found, 0, N_DOCS);
    long n = (long)morgue_results_size(r);
    for (long i = 0; i < n; i++) {
        unsigned long long id = strtoull(morgue_results_hit(r, (size_t)i)->id, NULL, 16);
        if (id >= 1 && id <= N_DOCS) found[id - 1] = 1;
    }
    if (morgue_results_total(r) != (uint64_t)n) n = -2;
    morgue_results_free(r);
    return n;
}

static void test_differential(const char *dir)
{
    morgue_index *ix = morgue_index_open(dir);
    CHECK_MSG(morgue_index_rc(ix) == MORGUE_OK, "%s", morgue_index_errmsg(ix));
    CHECK(morgue_index_doc_count(ix) == N_DOCS);
    unsigned char found[N_DOCS];
    int mismatches = 0, queries = 0, nonempty = 0;
    for (int trial = 0; trial < 300; trial++) {
        int d = (int)(rnd() % N_DOCS), f = 1;
        toklist *t = &toks[d][f];
        int n = 2 + (int)(rnd() % 3);
        if (t->n < (uint32_t)n) continue;
        uint32_t p = rnd() % (t->n - (uint32_t)n + 1);
        char q[1024] = "body:\"";
        for (int k = 0; k < n; k++) {
            strcat(q, t->tok[p + k]);
            strcat(q, k + 1 < n ? " " : "\"");
        }
        long got = search_set(ix, q, found);
        queries++;
        int bad = got < 0;
        for (int i = 0; i < N_DOCS && !bad; i++)
            if (found[i] != has_seq(&toks[i][1], &t->tok[p], n)) bad = 1;
        if (got > 0) nonempty++;
        if (bad && mismatches++ < 5) fprintf(stderr, "phrase mismatch for %s\n", q);
    }
    /* boolean: a b -c and a OR b over title|body */
    for (int trial = 0; trial < 200; trial++) {
        char a[TOKEN_MAX + 8], b[TOKEN_MAX + 8], c[TOKEN_MAX + 8];
        const char *ws[3] = {word(), word(), word()};
        char *dst[3] = {a, b, c};
        for (int k = 0; k < 3; k++) token_fold(ws[k], strlen(ws[k]), dst[k], TOKEN_MAX);
        if (!a[0] || !b[0] || !c[0] || strchr(ws[0], '-') || strchr(ws[1], '-') || strchr(ws[2], '-') ||
            strchr(ws[0], '\'') || strchr(ws[1], '\'') || strchr(ws[2], '\'') ||
            strstr(ws[0], "’") || strstr(ws[1], "’") || strstr(ws[2], "’") || strchr(ws[0], '.') ||
            strchr(ws[1], '.') || strchr(ws[2], '.') || strstr(ws[0], "東") || strstr(ws[1], "東") ||
            strstr(ws[2], "東"))
            continue;
        char q[512];
        int or = trial % 2;
        if (or) snprintf(q, sizeof q, "%s OR %s", a, b);
        else snprintf(q, sizeof q, "%s %s -%s", a, b, c);
        long got = search_set(ix, q, found);
        queries++;
        int bad = got < 0;
        char seq[1][TOKEN_MAX + 8];
        for (int i = 0; i < N_DOCS && !bad; i++) {
            int ha, hb, hc;
            memcpy(seq[0], a, sizeof a);
            ha = has_seq(&toks[i][0], seq, 1) || has_seq(&toks[i][1], seq, 1);
            memcpy(seq[0], b, sizeof b);
            hb = has_seq(&toks[i][0], seq, 1) || has_seq(&toks[i][1], seq, 1);
            memcpy(seq[0], c, sizeof c);
            hc = has_seq(&toks[i][0], seq, 1) || has_seq(&toks[i][1], seq, 1);
            int want = or ? (ha || hb) : (ha && hb && !hc);
            if (found[i] != want) bad = 1;
        }
        if (bad && mismatches++ < 5) fprintf(stderr, "boolean mismatch for %s\n", q);
    }
    CHECK_MSG(mismatches == 0, "%d of %d queries differ from the plain scan", mismatches, queries);
    CHECK_MSG(nonempty > 250, "phrases should mostly match their own document (%d)", nonempty);
    morgue_index_close(ix);
}

/* The ranked list as text: "id score\n" per hit. */
static char *ranked(const char *dir, const char *q, int by_date)
{
    morgue_index *ix = morgue_index_open(dir);
    morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
    o.limit = 50;
    o.sort = by_date ? MORGUE_SORT_DATE : MORGUE_SORT_RELEVANCE;
    morgue_results *r = morgue_search(ix, q, &o);
    buf b = {0};
    if (!r) buf_printf(&b, "error %s", morgue_index_errmsg(ix));
    for (size_t i = 0; r && i < morgue_results_size(r); i++) {
        const morgue_hit *h = morgue_results_hit(r, i);
        buf_printf(&b, "%s %.9f %s %s\n", h->id, h->score, h->date, h->snippet);
    }
    buf_printf(&b, "total %" PRIu64 "\n", morgue_results_total(r));
    morgue_results_free(r);
    morgue_index_close(ix);
    char *s = strdup(buf_cstr(&b));
    buf_free(&b);
    return s;
}

static const char *queries[] = {"nato", "josé", "ушаков", "\"russia nato\"", "a OR b OR c",
                                "title:naive", "date:2021-03-01..2021-06-30", "-nato", "mu*",
                                "quote:nato", "speaker:petrova", "zq*", "quote:zq* OR nato", NULL};

static void test_segmentation(const char *one, const char *many)
{
    for (int i = 0; queries[i]; i++) {
        for (int by_date = 0; by_date < 2; by_date++) {
            char *a = ranked(one, queries[i], by_date), *b = ranked(many, queries[i], by_date);
            CHECK_MSG(!strcmp(a, b), "'%s' differs between 1 segment and many:\n%s---\n%s", queries[i], a, b);
            free(a);
            free(b);
        }
    }
}

/* Everything a search service asks of a handle, as text: ranked hits with
 * snippets and speakers, a facet, an entity lookup and a stored body. */
static char *answers_on(morgue_index *ix)
{
    static const char *const qs[] = {"nato", "\"russia nato\"", "a OR b OR c", "mu*", "bb* OR cc*",
                                     "quote:nato", "speaker:petrova", "speaker:tanaka nato", NULL};
    buf b = {0};
    for (int i = 0; qs[i]; i++) {
        morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
        o.limit = 20;
        o.facet = i % 2 ? "speaker" : "person";
        morgue_results *r = morgue_search(ix, qs[i], &o);
        if (!r) {
            buf_printf(&b, "error %s\n", morgue_index_errmsg(ix));
            continue;
        }
        buf_printf(&b, "%s: %" PRIu64 "\n", qs[i], morgue_results_total(r));
        for (size_t k = 0; k < morgue_results_size(r); k++) {
            const morgue_hit *h = morgue_results_hit(r, k);
            buf_printf(&b, "%s %.9f %s [%s]\n", h->id, h->score, h->snippet, h->is_quote ? h->speaker : "");
        }
        for (size_t k = 0; k < morgue_results_facet_size(r); k++)
            buf_printf(&b, "facet %s %" PRIu64 "\n", morgue_results_facet(r, k)->value,
                       morgue_results_facet(r, k)->count);
        morgue_results_free(r);
    }
    morgue_entities *e = morgue_entity_lookup(ix, "petrova");
    for (size_t k = 0; e && k < morgue_entities_size(e); k++) {
        const morgue_entity_name *n = morgue_entities_get(e, k);
        buf_printf(&b, "entity %s %s %" PRIu64 " %" PRIu64 " %u\n", n->name, n->kind, n->articles, n->quotes, n->group);
    }
    morgue_entities_free(e);
    char *body = morgue_article_body(ix, "0000000000000007");
    buf_printf(&b, "body %s\n", body ? body : "(none)");
    free(body);
    char *s = strdup(buf_cstr(&b));
    buf_free(&b);
    return s;
}

typedef struct {
    const char *dir, *want;
    int rounds, mismatches;
} worker;

static void *worker_main(void *arg)
{
    worker *w = arg;
    for (int r = 0; r < w->rounds; r++) {
        /* a handle of its own each round: opening (and the lazy loading of
         * entity names on first use) runs beside the other threads' queries */
        morgue_index *ix = morgue_index_open(w->dir);
        char *got = answers_on(ix);
        w->mismatches += strcmp(got, w->want) != 0;
        free(got);
        morgue_index_close(ix);
    }
    return NULL;
}

static void test_concurrent(const char *dir)
{
    morgue_index *ix = morgue_index_open(dir);
    char *want = answers_on(ix);
    morgue_index_close(ix);
    CHECK_MSG(strstr(want, "error") == NULL && strstr(want, "body (none)") == NULL, "%s", want);
    enum { THREADS = 4 };
    worker w[THREADS];
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++) {
        w[i] = (worker){dir, want, 3, 0};
        CHECK(pthread_create(&t[i], NULL, worker_main, &w[i]) == 0);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        CHECK_MSG(w[i].mismatches == 0, "thread %d: %d of %d rounds differ from one thread's answers", i,
                  w[i].mismatches, w[i].rounds);
    }
    free(want);
}

/* A failed call leaves the handle usable, and a count ignores the page:
 * a count with an offset once failed as "out of memory", and every later
 * search on the handle with it (the error stuck).  A failed open sticks. */
static void test_api_errors(const char *dir)
{
    morgue_index *ix = morgue_index_open(dir);
    morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
    morgue_results *r = morgue_search(ix, "nato", &o);
    uint64_t want = r ? morgue_results_total(r) : 0;
    morgue_results_free(r);
    CHECK(want > 0);
    for (int qm = 0; qm < 2; qm++) {
        morgue_search_opts c = MORGUE_SEARCH_OPTS_INIT;
        c.count_only = 1;
        c.offset = 3;
        c.quotes = qm;
        c.sort = MORGUE_SORT_DATE;
        r = morgue_search(ix, "nato", &c);
        CHECK_MSG(r != NULL, "count with an offset: %s", morgue_index_errmsg(ix));
        if (!qm) CHECK(r && morgue_results_total(r) == want);
        morgue_results_free(r);
    }
    CHECK(morgue_search(ix, "((", &o) == NULL && morgue_index_rc(ix) == MORGUE_E_QUERY);
    CHECK(morgue_article_body(ix, "not-an-id") == NULL && morgue_index_rc(ix) == MORGUE_E_ARG);
    o.facet = "colour";
    CHECK(morgue_search(ix, "nato", &o) == NULL && morgue_index_rc(ix) == MORGUE_E_ARG);
    o.facet = NULL;
    r = morgue_search(ix, "nato", &o);
    CHECK_MSG(r && morgue_results_total(r) == want && morgue_index_rc(ix) == MORGUE_OK,
              "a search after failed ones: %s", morgue_index_errmsg(ix));
    morgue_results_free(r);
    /* articles by id: the first look-up scans, the later ones use a table */
    int wrong = 0;
    for (int i = 0; i < N_DOCS; i += 7) {
        char id[17];
        snprintf(id, sizeof id, "%016x", i + 1);
        morgue_article *a = morgue_article_get(ix, id);
        wrong += !a || strcmp(a->title, titles[i]) || strcmp(a->body, bodies[i]) || strcmp(a->id, id);
        morgue_article_free(a);
    }
    CHECK_MSG(wrong == 0, "%d articles fetched by id are wrong", wrong);
    CHECK(morgue_article_get(ix, "00000000000f4240") == NULL && morgue_index_rc(ix) == MORGUE_OK);
    morgue_index_close(ix);

    char missing[4300];
    snprintf(missing, sizeof missing, "%s/no-such-index", dir);
    ix = morgue_index_open(missing);
    morgue_rc rc = morgue_index_rc(ix);
    CHECK(rc != MORGUE_OK);
    CHECK(morgue_search(ix, "nato", &o) == NULL && morgue_index_rc(ix) == rc);
    CHECK(morgue_entity_lookup(ix, "petrova") == NULL && morgue_index_rc(ix) == rc);
    morgue_index_close(ix);
}

/* quote:nato finds every generated quote holding NATO, each with its own
 * words (sliced from its article's body through its parent: a wrong parent
 * gives another article's bytes) and speaker, and nothing without NATO;
 * speaker:tanaka likewise.  (The extractor finds a few quotes more than
 * were generated, between the apostrophes of words such as Russia’s.) */
static void test_quotes(const char *dir)
{
    morgue_index *ix = morgue_index_open(dir);
    CHECK_MSG(morgue_index_rc(ix) == MORGUE_OK, "%s", morgue_index_errmsg(ix));
    uint64_t made = 0;
    for (int i = 0; i < N_DOCS; i++) made += quotes[i] != NULL;
    CHECK_MSG(morgue_index_quote_count(ix) >= made, "%" PRIu64 " quotes, %" PRIu64 " made",
              morgue_index_quote_count(ix), made);
    morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
    o.limit = N_DOCS;
    for (int speaker = 0; speaker < 2; speaker++) {
        const char *q = speaker ? "speaker:tanaka" : "quote:nato";
        morgue_results *r = morgue_search(ix, q, &o);
        CHECK(r != NULL);
        if (!r) continue;
        unsigned char found[N_DOCS] = {0};
        int bad = 0, want = 0, missing = 0;
        for (size_t i = 0; i < morgue_results_size(r); i++) {
            const morgue_hit *h = morgue_results_hit(r, i);
            unsigned long long id = strtoull(h->id, NULL, 16);
            if (id < 1 || id > N_DOCS || !h->is_quote ||
                (speaker ? strcmp(h->speaker, "Yuki Tanaka") != 0 : !strstr(h->snippet, "NATO"))) {
                bad++;
                continue;
            }
            /* the snippet is the quote, marks included */
            if (quotes[id - 1] && strstr(h->snippet, quotes[id - 1]) &&
                !strcmp(h->speaker, speakers[id - 1]))
                found[id - 1] = 1;
        }
        for (int i = 0; i < N_DOCS; i++) {
            if (!quotes[i]) continue;
            int has = 0;
            if (speaker) {
                has = !strcmp(speakers[i], "Yuki Tanaka");
            } else {
                /* NATO as a token of the quote, as the index sees it */
                tokenizer tz;
                token tk;
                tokenizer_init(&tz, quotes[i], strlen(quotes[i]));
                while (tokenizer_next(&tz, &tk)) has |= !strcmp(tk.text, "nato");
            }
            want += has;
            missing += has && !found[i];
        }
        CHECK_MSG(bad == 0 && missing == 0 && want > 20, "%s: %zu hits, %d wrong, %d of %d quotes missing",
                  q, morgue_results_size(r), bad, missing, want);
        morgue_results_free(r);
    }
    morgue_index_close(ix);
}

static unsigned count_segments(const char *dir)
{
    morgue_index *ix = morgue_index_open(dir);
    unsigned n = morgue_index_segment_count(ix);
    morgue_index_close(ix);
    return n;
}

static void test_damage(const char *dir)
{
    char *pristine[sizeof queries / sizeof *queries];
    for (int i = 0; queries[i]; i++) pristine[i] = ranked(dir, queries[i], 0);
    DIR *d = opendir(dir);
    struct dirent *de;
    int flips = 0, errors = 0, wrong = 0, silent = 0;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || !strcmp(de->d_name, "LOCK")) continue;
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        int fd = open(path, O_RDWR);
        struct stat st;
        fstat(fd, &st);
        size_t size = (size_t)st.st_size;
        size_t step = size / 80 + 1;
        for (size_t off = 0; off < size; off += step + (rnd() % 3)) {
            unsigned char orig, bad;
            pread(fd, &orig, 1, (off_t)off);
            bad = orig ^ (unsigned char)(1u << (rnd() % 8));
            pwrite(fd, &bad, 1, (off_t)off);
            flips++;
            for (int i = 0; queries[i]; i++) {
                char *got = ranked(dir, queries[i], 0);
                if (!strncmp(got, "error ", 6)) {
                    errors++;
                    if (!strstr(got, de->d_name) && !strstr(got, dir)) silent++;
                } else if (strcmp(got, pristine[i])) {
                    wrong++;
                }
                free(got);
                if (!strncmp(pristine[i], "error", 5)) break;
            }
            pwrite(fd, &orig, 1, (off_t)off);
        }
        close(fd);
    }
    closedir(d);
    CHECK_MSG(flips > 80, "flipped %d bytes", flips);
    CHECK_MSG(wrong == 0, "%d damaged queries answered wrongly", wrong);
    CHECK_MSG(silent == 0, "%d errors did not name the file", silent);
    CHECK(errors > 0);
    for (int i = 0; queries[i]; i++) {
        char *again = ranked(dir, queries[i], 0);
        CHECK_MSG(!strcmp(again, pristine[i]), "index restored after damage test");
        free(again);
        free(pristine[i]);
    }
}

/* An index of the previous format (a segment whose version says 5) is
 * refused by the reader and by the writer, with fingerprints to load or
 * without (a segment of this format added to it would leave an index that
 * no build reads). */
static void test_old_format(const char *root)
{
    char old[4200], seg[4300];
    snprintf(old, sizeof old, "%s/old", root);
    CHECK(build_index(old, 512u << 20, 10, 0, 50, 0) == 0);
    snprintf(seg, sizeof seg, "%s/seg-00000001.mrg", old);
    int fd = open(seg, O_RDWR);
    unsigned char v = 5;
    CHECK(fd >= 0 && pwrite(fd, &v, 1, 8) == 1);
    close(fd);
    morgue_index *ix = morgue_index_open(old);
    CHECK(morgue_index_rc(ix) == MORGUE_E_VERSION);
    CHECK_MSG(strstr(morgue_index_errmsg(ix), "segment format version 5, this build reads 7") != NULL, "%s",
              morgue_index_errmsg(ix));
    morgue_index_close(ix);
    for (int dedup = 0; dedup < 2; dedup++) {
        index_writer_opts o = INDEX_WRITER_OPTS_INIT;
        o.dedup = dedup;
        merr e = {0};
        index_writer *w = index_writer_open(old, &o, &e);
        CHECK_MSG(w == NULL && e.rc == MORGUE_E_VERSION && strstr(e.msg, "version 5"),
                  "writer (dedup %d) on a v4 index: %s", dedup, merr_msg(&e));
        index_writer_free(w);
    }
}

int main(void)
{
    char tmpl[] = "/tmp/morgue-test-index-XXXXXX";
    char *root = mkdtemp(tmpl);
    CHECK(root != NULL);
    make_vocab();
    make_docs();
    tokenize_all();
    char one[4200], many[4200], parts[4200], tiered[4200];
    snprintf(tiered, sizeof tiered, "%s/tiered", root);
    snprintf(one, sizeof one, "%s/one", root);
    snprintf(many, sizeof many, "%s/many", root);
    snprintf(parts, sizeof parts, "%s/parts", root);
    /* one segment; many 1 MiB segments merged by a factor-3 policy; and the
     * collection added in two runs then merged on demand */
    CHECK(build_index(one, 512u << 20, 10, 0, N_DOCS, 0) == 0);
    CHECK(count_segments(one) == 1);
    CHECK(build_index(many, 1u << 20, 1000, 0, N_DOCS, 0) == 0);
    unsigned nseg = count_segments(many);
    /* 3 or more: enough for the factor-3 policy below to merge (the
     * inverter holds short terms inline since, so 1 MiB takes more docs) */
    CHECK_MSG(nseg >= 3, "small budget gives several segments (%u)", nseg);
    CHECK(build_index(tiered, 1u << 20, 3, 0, N_DOCS, 0) == 0);
    unsigned ntier = count_segments(tiered);
    CHECK_MSG(ntier < nseg && ntier >= 1, "the merge policy merged (%u of %u)", ntier, nseg);
    CHECK(build_index(parts, 512u << 20, 10, 0, N_DOCS / 2, 0) == 0);
    CHECK(build_index(parts, 512u << 20, 10, N_DOCS / 2, N_DOCS, 0) == 0);
    CHECK(count_segments(parts) == 2);
    test_differential(many);
    test_differential(one);
    test_quotes(one);
    test_quotes(many);
    test_quotes(tiered);
    test_segmentation(one, many);
    test_segmentation(one, tiered);
    test_segmentation(one, parts);
    CHECK(build_index(parts, 512u << 20, 10, 0, 0, 1) == 0); /* merge everything */
    CHECK(count_segments(parts) == 1);
    test_segmentation(one, parts);
    test_quotes(parts);
    test_concurrent(many);
    test_api_errors(one);
    test_api_errors(many);
    test_damage(parts);
    test_old_format(root);
    char cmd[4300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    CHECK(system(cmd) == 0);
    TEST_END();
}
