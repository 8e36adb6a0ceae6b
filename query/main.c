/*
 * morgue-query: search an index from the shell.  Everything it does goes
 * through the public API in include/morgue/morgue.h.
 */
#include <errno.h>
#include <sys/types.h>
#include <ctype.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "morgue/morgue.h"
#include "arena.h"
#include "buf.h"
#include "json.h"
#include "query.h"

static const char usage[] =
    "usage: morgue-query -i INDEX [options] QUERY\n"
    "\n"
    "Searches a morgue index.  QUERY syntax (docs/QUERY.md):\n"
    "  nato sanctions          both words (AND is implied)\n"
    "  nato OR otan            either word;  -word / NOT word excludes\n"
    "  \"security guarantees\"   exact phrase;  (a OR b) c  groups\n"
    "  title:kremlin body:...  field;  nat*  prefix\n"
    "  date:2021-12-01..2022-01-31  date range (either end open: date:2022-01..)\n"
    "  speaker:ushakov nato    quotes by Ushakov (any spelling) whose words say NATO\n"
    "  person:putin  org:nato  place:kyiv   articles mentioning an entity\n"
    "  speaker:ushakov place:kyiv   his quotes in articles that mention Kyiv\n"
    "\n"
    "options:\n"
    "  -i, --index DIR        the index directory (required)\n"
    "  -n, --limit N          hits to show (default 10)\n"
    "      --offset N         skip the first N hits (paging)\n"
    "  -c, --count            print only the number of matching articles\n"
    "      --sort KEY         relevance (BM25, default) or date (newest first)\n"
    "      --json             one JSON object per hit per line (for jq)\n"
    "      --color WHEN       highlight matches: auto (default), always, never\n"
    "      --quotes           return quotes (speaker, quote, article) instead of\n"
    "                         articles; implied by speaker: and quote: fields\n"
    "      --facet FIELD      also count the top values of speaker, person, org,\n"
    "                         place or entity over every match (in a quote\n"
    "                         search person, org, place and entity count the\n"
    "                         articles of the matching quotes)\n"
    "      --facet-limit N    how many top values --facet shows (default 10)\n"
    "      --entity NAME      show the entities named NAME with every spelling\n"
    "                         merged into them, and their counts (no QUERY)\n"
    "      --article ID       print the stored article with that id (a hit's\n"
    "                         id; no QUERY): title, date, author, url, text\n"
    "      --collapse         one article per cluster of near-duplicate copies\n"
    "                         (syndicated stories), with the number of copies\n"
    "      --batch FILE       run the queries in FILE, one per line (- for stdin),\n"
    "                         printing one JSON object per query (no QUERY):\n"
    "                         query, total, hits, with --facet facet and facets\n"
    "                         (or error, column), took_ms\n"
    "      --explain          print how the query was understood, then search\n"
    "      --stats            print the index's article and segment counts and\n"
    "                         where its bytes go, field by field\n"
    "  -h, --help             this help;  --version  the version\n"
    "\n"
    "A QUERY that starts with '-' goes after '--':  morgue-query -i idx -- -nato\n"
    "\n"
    "exit status: 0 at least one article matched, 1 none matched,\n"
    "             2 error (bad usage, malformed query, missing or damaged index)\n";

static int parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || end == s || s[0] == '-') return -1;
    *out = (size_t)v;
    return 0;
}

static void print_query_error(const char *q, const morgue_index *ix)
{
    int col = morgue_index_errcol(ix);
    fprintf(stderr, "morgue-query: query error at column %d: %s\n", col, morgue_index_errmsg(ix));
    if (col > 0 && strlen(q) < 200 && !strchr(q, '\n')) {
        fprintf(stderr, "  %s\n  %*s^\n", q, col - 1, "");
    }
}

/* Appends hit h as a JSON object (no newline). */
static void put_hit_json(buf *out, const morgue_hit *h, size_t rank, int collapse)
{
    buf_printf(out, "{\"rank\":%zu,\"id\":\"%s\",\"score\":%.4f,\"title\":", rank, h->id, h->score);
    json_put_string(out, h->title, strlen(h->title));
    buf_puts(out, ",\"date\":");
    if (h->date[0]) json_put_string(out, h->date, strlen(h->date));
    else buf_puts(out, "null");
    buf_puts(out, ",\"url\":");
    json_put_string(out, h->url, strlen(h->url));
    buf_puts(out, ",\"source\":");
    json_put_string(out, h->source, strlen(h->source));
    buf_puts(out, ",\"author\":");
    if (h->author[0]) json_put_string(out, h->author, strlen(h->author));
    else buf_puts(out, "null");
    if (collapse) buf_printf(out, ",\"copies\":%" PRIu64, h->copies);
    buf_puts(out, ",\"snippet\":");
    json_put_string(out, h->snippet, strlen(h->snippet));
    if (h->is_quote) {
        buf_puts(out, ",\"quote\":true,\"speaker\":");
        json_put_string(out, h->speaker, strlen(h->speaker));
        buf_puts(out, ",\"speaker_text\":");
        json_put_string(out, h->speaker_text, strlen(h->speaker_text));
        buf_puts(out, ",\"cue\":");
        json_put_string(out, h->cue, strlen(h->cue));
        buf_printf(out, ",\"type\":\"%s\",\"quote_start\":%u,\"quote_end\":%u", h->quote_type,
                   h->quote_start, h->quote_end);
    }
    buf_puts(out, ",\"matches\":[");
    for (size_t k = 0; k < h->n_matches; k++)
        buf_printf(out, "%s[%u,%u]", k ? "," : "", h->matches[k].start, h->matches[k].end);
    buf_puts(out, "]}");
}

/* Monotonic milliseconds, for took_ms. */
static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/*
 * --batch: one query per line (blank lines and lines starting with '#'
 * skipped), one JSON object per query on stdout: {"query", "total", "of",
 * "hits", "took_ms"} ("of" is "quotes" or "articles", what total counts;
 * with --facet also "facet" and "facets": [{"value", "count"}])
 * or {"query", "error", "column", "took_ms"}.  Everything runs in
 * this one process, so scripts and benchmarks pay for opening the index
 * once.  took_ms is the time spent in this process on the query — search,
 * stored text, snippets and the JSON — up to the write: what a caller of the
 * C API would measure, without the pipe (whose wake-ups on an idle VM cost
 * tens of microseconds, more than a rare term's whole answer).
 */
static int run_batch(morgue_index *ix, const char *path, const morgue_search_opts *o)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!f) {
        fprintf(stderr, "morgue-query: %s: %s\n", path, strerror(errno));
        return 2;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    buf out = {0};
    int bad = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (!n || line[0] == '#') continue;
        buf_clear(&out);
        buf_puts(&out, "{\"query\":");
        json_put_string(&out, line, (size_t)n);
        double t0 = now_ms();
        morgue_results *r = morgue_search(ix, line, o);
        if (!r) {
            buf_puts(&out, ",\"error\":");
            const char *m = morgue_index_errmsg(ix);
            json_put_string(&out, m, strlen(m));
            buf_printf(&out, ",\"column\":%d", morgue_index_errcol(ix));
            bad = 1;
        } else {
            buf_printf(&out, ",\"total\":%" PRIu64 ",\"of\":\"%s\",\"hits\":[", morgue_results_total(r),
                       morgue_results_quotes(r) ? "quotes" : "articles");
            for (size_t i = 0; i < morgue_results_size(r); i++) {
                if (i) buf_putc(&out, ',');
                put_hit_json(&out, morgue_results_hit(r, i), o->offset + i + 1, o->collapse);
            }
            buf_putc(&out, ']');
            if (o->facet) {
                /* the facet's top values, as --facet --json prints them */
                buf_printf(&out, ",\"facet\":\"%s\",\"facets\":[", o->facet);
                for (size_t i = 0; i < morgue_results_facet_size(r); i++) {
                    const morgue_facet *fv = morgue_results_facet(r, i);
                    buf_puts(&out, i ? ",{\"value\":" : "{\"value\":");
                    json_put_string(&out, fv->value, strlen(fv->value));
                    buf_printf(&out, ",\"count\":%" PRIu64 "}", fv->count);
                }
                buf_putc(&out, ']');
            }
            morgue_results_free(r);
        }
        buf_printf(&out, ",\"took_ms\":%.3f}\n", now_ms() - t0);
        fwrite(out.p, 1, out.len, stdout);
    }
    free(line);
    buf_free(&out);
    if (f != stdin) fclose(f);
    return bad ? 1 : 0;
}

/* --article: the stored article, for reading (or as one JSON object). */
static int print_article(morgue_index *ix, const char *id, int json)
{
    morgue_article *a = morgue_article_get(ix, id);
    if (!a) {
        if (morgue_index_rc(ix) != MORGUE_OK) {
            fprintf(stderr, "morgue-query: %s\n", morgue_index_errmsg(ix));
            return 2;
        }
        fprintf(stderr, "morgue-query: no article with id %s\n", id);
        return 1;
    }
    buf out = {0};
    if (json) {
        const char *key[] = {"title", "date", "url", "source", "author", "text"};
        const char *val[] = {a->title, a->date, a->url, a->source, a->author, a->body};
        buf_printf(&out, "{\"id\":\"%s\"", a->id);
        for (int k = 0; k < 6; k++) {
            buf_printf(&out, ",\"%s\":", key[k]);
            json_put_string(&out, val[k], strlen(val[k]));
        }
        buf_puts(&out, "}\n");
    } else {
        buf_printf(&out, "%s\n%s%s%s%s%s\nid %s\n\n%s\n", a->title, a->date, a->date[0] && a->author[0] ? "  " : "",
                   a->author, a->date[0] || a->author[0] ? "  " : "", a->url, a->id, a->body);
    }
    fwrite(out.p, 1, out.len, stdout);
    buf_free(&out);
    morgue_article_free(a);
    return 0;
}

/* --entity: each entity, its spellings and counts. */
static int print_entities(morgue_index *ix, const char *name, int json)
{
    morgue_entities *es = morgue_entity_lookup(ix, name);
    if (!es) {
        fprintf(stderr, "morgue-query: %s\n", morgue_index_errmsg(ix));
        return 2;
    }
    size_t n = morgue_entities_size(es);
    buf out = {0};
    for (size_t i = 0; i < n; i++) {
        const morgue_entity_name *e = morgue_entities_get(es, i);
        int first = i == 0 || morgue_entities_get(es, i - 1)->group != e->group;
        buf_clear(&out);
        if (json) {
            buf_printf(&out, "{\"entity\":%u,\"canonical\":%s,\"name\":", e->group, first ? "true" : "false");
            json_put_string(&out, e->name, strlen(e->name));
            buf_printf(&out, ",\"kind\":\"%s\",\"articles\":%" PRIu64 ",\"quotes\":%" PRIu64,
                       e->kind, e->articles, e->quotes);
            if (!first) buf_printf(&out, ",\"merged\":\"%s\"", e->why);
            if (first && e->apart && e->apart[0]) buf_printf(&out, ",\"apart\":\"%s\"", e->apart);
            buf_printf(&out, "}\n");
        } else if (first) {
            buf_printf(&out, "%s (%s): %" PRIu64 " article%s, %" PRIu64 " quote%s", e->name, e->kind,
                       e->articles, e->articles == 1 ? "" : "s", e->quotes, e->quotes == 1 ? "" : "s");
            if (e->apart && e->apart[0]) buf_printf(&out, " (apart: %s)", e->apart);
            buf_printf(&out, "\n");
        } else {
            buf_printf(&out, "    also written %s: %" PRIu64 " article%s, %" PRIu64
                             " quote%s (merged: %s)\n",
                       e->name, e->articles, e->articles == 1 ? "" : "s", e->quotes,
                       e->quotes == 1 ? "" : "s", e->why);
        }
        fwrite(out.p, 1, out.len, stdout);
    }
    if (n == 0 && !json) printf("no entity named '%s'\n", name);
    buf_free(&out);
    morgue_entities_free(es);
    return n ? 0 : 1;
}

/* A query word that excludes ("-oil") given before "--" reaches getopt as
 * options ("-o", or -n with "il"): the element to blame when it looks like
 * one (a dash and a word of two letters or more), NULL otherwise. */
static const char *dash_word(const char *arg)
{
    if (!arg || arg[0] != '-' || arg[1] == '-' || !isalpha((unsigned char)arg[1]) || strlen(arg) < 3) return NULL;
    for (const char *p = arg + 1; *p; p++)
        if (!isalnum((unsigned char)*p) && !((unsigned char)*p & 0x80)) return NULL;
    return arg;
}

/* Says how to give a query that starts with '-'; 1 when `arg` is one. */
static int dash_word_hint(const char *arg)
{
    if (!dash_word(arg)) return 0;
    fprintf(stderr,
            "morgue-query: '%s' was read as options; a query starting with '-' goes after '--':\n"
            "  morgue-query -i INDEX -- '%s'\n",
            arg, arg);
    return 1;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"index", required_argument, 0, 'i'}, {"limit", required_argument, 0, 'n'},
        {"offset", required_argument, 0, 'O'}, {"count", no_argument, 0, 'c'},
        {"sort", required_argument, 0, 'S'},   {"json", no_argument, 0, 'J'},
        {"color", required_argument, 0, 'C'},  {"colour", required_argument, 0, 'C'},
        {"explain", no_argument, 0, 'E'},      {"stats", no_argument, 0, 'T'},
        {"quotes", no_argument, 0, 'Q'},       {"facet", required_argument, 0, 'F'},
        {"entity", required_argument, 0, 'N'}, {"article", required_argument, 0, 'A'},
        {"collapse", no_argument, 0, 'L'},     {"facet-limit", required_argument, 0, 'K'},
        {"batch", required_argument, 0, 'B'},
        {"help", no_argument, 0, 'h'},         {"version", no_argument, 0, 'V'},
        {0, 0, 0, 0}};
    const char *index_dir = NULL;
    morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
    int json = 0, explain = 0, stats = 0, color = isatty(STDOUT_FILENO);
    const char *entity = NULL, *batch = NULL, *article_id = NULL;
    int c;
    opterr = 0; /* the messages below name the argument, and "-oil" gets a hint */
    while ((c = getopt_long(argc, argv, ":i:n:ch", longopts, NULL)) != -1) {
        switch (c) {
        case 'i': index_dir = optarg; break;
        case 'n':
            if (parse_size(optarg, &o.limit)) {
                /* "-nato": the exclusion of "nato" read as -n "ato" */
                if (optarg != argv[optind - 1] && dash_word_hint(argv[optind - 1])) return 2;
                fprintf(stderr, "morgue-query: --limit wants a number, not '%s'\n", optarg);
                return 2;
            }
            break;
        case 'O':
            if (parse_size(optarg, &o.offset)) {
                fprintf(stderr, "morgue-query: --offset wants a number, not '%s'\n", optarg);
                return 2;
            }
            break;
        case 'c': o.count_only = 1; break;
        case 'S':
            if (!strcmp(optarg, "relevance")) o.sort = MORGUE_SORT_RELEVANCE;
            else if (!strcmp(optarg, "date")) o.sort = MORGUE_SORT_DATE;
            else {
                fprintf(stderr, "morgue-query: --sort is 'relevance' or 'date', not '%s'\n", optarg);
                return 2;
            }
            break;
        case 'J': json = 1; break;
        case 'C':
            if (!strcmp(optarg, "always")) color = 1;
            else if (!strcmp(optarg, "never")) color = 0;
            else if (!strcmp(optarg, "auto")) color = isatty(STDOUT_FILENO);
            else {
                fprintf(stderr, "morgue-query: --color is auto, always or never\n");
                return 2;
            }
            break;
        case 'E': explain = 1; break;
        case 'Q': o.quotes = 1; break;
        case 'F': o.facet = optarg; break;
        case 'K':
            if (parse_size(optarg, &o.facet_limit) || o.facet_limit == 0) {
                fprintf(stderr, "morgue-query: --facet-limit wants a number above 0, not '%s'\n", optarg);
                return 2;
            }
            break;
        case 'N': entity = optarg; break;
        case 'A': article_id = optarg; break;
        case 'L': o.collapse = 1; break;
        case 'B': batch = optarg; break;
        case 'T': stats = 1; break;
        case 'h': fputs(usage, stdout); return 0;
        case 'V': printf("morgue-query %s\n", MORGUE_VERSION_STRING); return 0;
        case ':':
            fprintf(stderr, "morgue-query: %s needs a value\n\n%s", argv[optind - 1], usage);
            return 2;
        default:
            /* inside a cluster ("-oil") optind has not moved past it */
            if (dash_word_hint(optind < argc && optopt && strchr(argv[optind], optopt) && argv[optind][0] == '-'
                                   ? argv[optind]
                                   : argv[optind - 1]))
                return 2;
            if (optopt) fprintf(stderr, "morgue-query: unknown option -%c\n\n%s", optopt, usage);
            else fprintf(stderr, "morgue-query: unknown option %s\n\n%s", argv[optind - 1], usage);
            return 2;
        }
    }
    if (!index_dir) {
        fprintf(stderr, "morgue-query: no index given (-i INDEX)\n\n%s", usage);
        return 2;
    }
    if (optind + 1 != argc && !((stats || entity || batch || article_id) && optind == argc)) {
        fprintf(stderr, "morgue-query: give exactly one QUERY (quote it for the shell)\n");
        return 2;
    }
    morgue_index *ix = morgue_index_open(index_dir);
    if (!ix) {
        fprintf(stderr, "morgue-query: out of memory\n");
        return 2;
    }
    if (morgue_index_rc(ix) != MORGUE_OK) {
        fprintf(stderr, "morgue-query: %s\n", morgue_index_errmsg(ix));
        morgue_index_close(ix);
        return 2;
    }
    if (stats) {
        morgue_index_sizes sz;
        morgue_index_get_sizes(ix, &sz);
        uint64_t all = sz.postings + sz.positions + sz.dictionary + sz.stored + sz.other;
        printf("%" PRIu64 " articles in %u segment%s; %" PRIu64 " quotes\n", morgue_index_doc_count(ix),
               morgue_index_segment_count(ix), morgue_index_segment_count(ix) == 1 ? "" : "s",
               morgue_index_quote_count(ix));
        printf("bytes: %" PRIu64 " in all: postings %" PRIu64 ", positions %" PRIu64
               ", dictionary %" PRIu64 ", stored articles %" PRIu64 ", other %" PRIu64 "\n",
               all, sz.postings, sz.positions, sz.dictionary, sz.stored, sz.other);
        morgue_field_size fs[MORGUE_SIZE_ROWS];
        if (morgue_index_field_sizes(ix, fs)) {
            fprintf(stderr, "morgue-query: %s\n", morgue_index_errmsg(ix));
            morgue_index_close(ix);
            return 2;
        }
        /* title and body are what other engines index; the rest is morgue's
         * own (quotes' speakers, entities) */
        uint64_t tb = 0, words_dict = 0;
        for (int r = 0; r < MORGUE_SIZE_ROWS; r++) {
            const morgue_field_size *f = &fs[r];
            words_dict += f->dictionary;
            if (!f->names && (!strcmp(f->field, "title") || !strcmp(f->field, "body")))
                tb += f->postings + f->positions + f->dictionary;
            if (!f->terms) continue;
            printf("  %-8s %-5s %9" PRIu64 " terms: postings %" PRIu64 ", positions %" PRIu64
                   ", dictionary %" PRIu64 "\n",
                   f->field, f->names ? "names" : "words", f->terms, f->postings, f->positions, f->dictionary);
        }
        printf("  dictionary block index %" PRIu64 "; title and body words together %" PRIu64 "\n",
               sz.dictionary - words_dict, tb);
        if (optind == argc) {
            morgue_index_close(ix);
            return 0;
        }
    }
    if (article_id) {
        int rc = print_article(ix, article_id, json);
        morgue_index_close(ix);
        return rc;
    }
    if (entity) {
        int rc = print_entities(ix, entity, json);
        morgue_index_close(ix);
        return rc;
    }
    if (batch) {
        int rc = run_batch(ix, batch, &o);
        morgue_index_close(ix);
        return rc;
    }
    const char *q = argv[optind];
    if (explain) {
        arena a;
        arena_init(&a);
        merr e = {0};
        qnode *n = query_parse(q, &a, &e);
        if (n) {
            buf b = {0};
            query_dump(n, &b);
            fprintf(stderr, "query: %s\n", buf_cstr(&b));
            buf_free(&b);
        }
        arena_free(&a);
    }
    morgue_results *r = morgue_search(ix, q, &o);
    if (!r) {
        if (morgue_index_rc(ix) == MORGUE_E_QUERY) print_query_error(q, ix);
        else fprintf(stderr, "morgue-query: %s\n", morgue_index_errmsg(ix));
        morgue_index_close(ix);
        return 2;
    }
    uint64_t total = morgue_results_total(r);
    buf out = {0};
    for (size_t i = 0; i < morgue_results_facet_size(r); i++) {
        const morgue_facet *f = morgue_results_facet(r, i);
        buf_clear(&out);
        if (json) {
            buf_printf(&out, "{\"facet\":\"%s\",\"value\":", o.facet);
            json_put_string(&out, f->value, strlen(f->value));
            buf_printf(&out, ",\"count\":%" PRIu64 "}\n", f->count);
        } else {
            /* person, org, place and entity count articles, in a quote
             * search the articles its quotes come from (search.c) */
            int quotes = morgue_results_quotes(r), of_articles = quotes && strcmp(o.facet, "speaker");
            if (i == 0) buf_printf(&out, "%s%s%s, %s all %" PRIu64 " matching %s:\n",
                                   color ? "\033[1m" : "", o.facet, color ? "\033[0m" : "",
                                   of_articles ? "in the articles of" : "over", total,
                                   quotes ? "quotes" : "articles");
            buf_printf(&out, "%8" PRIu64 "  %s\n", f->count, f->value[0] ? f->value : "(unknown)");
        }
        fwrite(out.p, 1, out.len, stdout);
    }
    if (o.facet && !json) printf("\n");
    if (o.count_only) {
        if (json)
            printf("{\"count\":%" PRIu64 ",\"of\":\"%s\"}\n", total,
                   morgue_results_quotes(r) ? "quotes" : "articles");
        else printf("%" PRIu64 "\n", total);
    } else if (json) {
        for (size_t i = 0; i < morgue_results_size(r); i++) {
            buf_clear(&out);
            put_hit_json(&out, morgue_results_hit(r, i), o.offset + i + 1, o.collapse);
            buf_putc(&out, '\n');
            fwrite(out.p, 1, out.len, stdout);
        }
    } else {
        const char *bold = color ? "\033[1m" : "", *hi = color ? "\033[1;31m" : "",
                   *dim = color ? "\033[2m" : "", *off = color ? "\033[0m" : "";
        if (total == 0)
            printf("no %s match\n", morgue_results_quotes(r) ? "quotes" : "articles");
        for (size_t i = 0; i < morgue_results_size(r); i++) {
            const morgue_hit *h = morgue_results_hit(r, i);
            if (h->is_quote) {
                /* no entity (an unnamed official, "the aide"): the words
                 * the article names the speaker with say more than nothing */
                printf("%zu. %s%s%s %s(%s)%s", o.offset + i + 1, bold,
                       h->speaker[0] ? h->speaker : h->speaker_text[0] ? h->speaker_text : "(unknown speaker)", off,
                       dim, h->cue[0] ? h->cue : h->quote_type, off);
                /* several speakers ("Hale and Reis said"): the hit names
                 * the first, and speaker: finds it by any of them, so say
                 * who else spoke, as the article wrote it */
                if (h->speaker[0] && (strstr(h->speaker_text, " and ") || strstr(h->speaker_text, " & ")))
                    printf("  %sas written: %s%s", dim, h->speaker_text, off);
                putchar('\n');
            } else {
                printf("%zu. %s%s%s%s%s", o.offset + i + 1, bold, h->title[0] ? h->title : "(untitled)",
                       off, h->date[0] ? "  " : "", h->date);
                if (h->copies > 1) printf("  %s(%" PRIu64 " copies)%s", dim, h->copies, off);
                putchar('\n');
                printf("   %s%s  id %s  score %.2f%s%s%s\n", dim, h->url, h->id, h->score,
                       h->author[0] ? "  by " : "", h->author, off);
            }
            buf_clear(&out);
            size_t at = 0;
            for (size_t k = 0; k < h->n_matches; k++) {
                buf_put(&out, h->snippet + at, h->matches[k].start - at);
                buf_puts(&out, color ? hi : "[");
                buf_put(&out, h->snippet + h->matches[k].start, h->matches[k].end - h->matches[k].start);
                buf_puts(&out, color ? off : "]");
                at = h->matches[k].end;
            }
            buf_puts(&out, h->snippet + at);
            printf("   %s\n", buf_cstr(&out));
            if (h->is_quote)
                printf("   %sin: %s  %s  id %s%s\n", dim, h->title, h->date, h->id, off);
            putchar('\n');
        }
        if (total > o.offset + morgue_results_size(r) && morgue_results_size(r))
            printf("%s%" PRIu64 " %s match; showing %zu-%zu (--offset for more)%s\n", dim, total,
                   morgue_results_quotes(r) ? "quotes" : "articles", o.offset + 1,
                   o.offset + morgue_results_size(r), off);
    }
    buf_free(&out);
    morgue_results_free(r);
    morgue_index_close(ix);
    return total ? 0 : 1;
}
