/*
 * morgue-index: read article archives and add them to an index.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "morgue/morgue.h"
#include "index_writer.h"
#include "buf.h"
#include "extract.h"
#include "input.h"

static const char usage[] =
    "usage: morgue-index -o INDEX [options] PATH...\n"
    "\n"
    "Adds the articles under each PATH to the index INDEX (created if needed;\n"
    "an existing index gets a new segment).  A PATH is a directory (walked\n"
    "recursively), a file, or an archive (tar, tar.gz/.bz2/.xz/.zst, zip, 7z,\n"
    "cpio), read as a stream.  Articles: .txt (first line is the title),\n"
    ".json / .jsonl / .ndjson (title, text, date, url, author), .html pages\n"
    "(the article text is extracted), and .warc / .warc.gz web archives.\n"
    "\n"
    "options:\n"
    "  -o, --output DIR     the index directory (required)\n"
    "  -m, --memory SIZE    postings buffer budget, e.g. 256M or 2G (default 512M)\n"
    "      --merge          merge all segments into one afterwards (PATH optional)\n"
    "  -j, --threads N      threads analysing articles (quotes, entities, words),\n"
    "                       the one that reads and writes included; default: the\n"
    "                       CPUs this process may use.  The index is the same\n"
    "                       byte for byte whatever N is\n"    "      --no-auto-merge  do not apply the size-tiered merge policy\n"
    "      --field F=KEY    JSON inputs: read field F (title, body, date, url,\n"
    "                       author) from key KEY, e.g. --field date=published_at\n"
    "                       (news-please / CC-News keys are known already)\n"
    "      --keep-duplicates  index exact copies of articles already in the index\n"
    "                       (by default they are counted and skipped; near copies\n"
    "                       are always indexed, in the cluster of the first copy)\n"
    "      --extract FILE   no index: read JSONL articles {\"id\",\"text\"} from FILE\n"
    "                       (- for stdin) and print their quotes, speakers and\n"
    "                       entities as JSON lines (docs/EXTRACTION.md)\n"
    "  -q, --quiet          no progress line and no summary\n"
    "  -h, --help           this help;  --version  the version\n"
    "\n"
    "Unreadable inputs are reported on stderr, one line each, and skipped;\n"
    "everything readable is indexed and committed (a truncated input as far\n"
    "as it goes: \"read in part\").\n"
    "exit status: 0 every input was read, 1 some inputs were skipped or read\n"
    "             in part,\n"
    "             2 nothing could be done (bad usage, index not writable)\n";

/* Inputs counted by the kind of their reason, for the summary. */
typedef struct {
    uint64_t total;
    struct {
        char reason[48];
        uint64_t n;
    } why[16];
    int n_why;
} reasons;

typedef struct {
    input_sink sink;
    index_writer *w;
    uint64_t articles, ignored, bytes, bad_utf8, total_bytes;
    reasons skipped;       /* inputs not indexed */
    reasons partial;       /* inputs indexed as far as they could be read */
    uint64_t notes[INPUT_NOTE_COUNT]; /* records passed over on purpose (WARC) */
    int quiet, tty;
    double start, last_progress;
    int failed;
} run;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One line, rewritten in place: only ever on a terminal. */
static void progress_line(run *r, int final)
{
    double t = now() - r->start;
    double mb = (double)r->bytes / 1e6, rate = t > 0 ? mb / t : 0.0;
    char eta[64] = "";
    if (r->total_bytes && r->bytes && r->bytes <= r->total_bytes && rate > 0) {
        double left = (double)(r->total_bytes - r->bytes) / 1e6 / rate;
        snprintf(eta, sizeof eta, ", %.0f%%, ETA %d:%02d", 100.0 * (double)r->bytes / (double)r->total_bytes,
                 (int)(left / 60), (int)left % 60);
    }
    fprintf(stderr, "\r\033[K%" PRIu64 " articles, %.1f MB, %.1f MB/s, %.0f articles/s%s%s", r->articles,
            mb, rate, t > 0 ? (double)r->articles / t : 0.0, eta, final ? "\n" : "");
}

/* Bytes under path (files, and files in directories, recursively), for
 * the ETA; best effort, errors count as 0. */
static uint64_t input_size(const char *path, int depth)
{
    struct stat st;
    if (depth > 64 || stat(path, &st) != 0) return 0;
    if (S_ISREG(st.st_mode)) return (uint64_t)st.st_size;
    if (!S_ISDIR(st.st_mode)) return 0;
    DIR *d = opendir(path);
    if (!d) return 0;
    uint64_t sum = 0;
    struct dirent *de;
    char child[4096];
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        snprintf(child, sizeof child, "%s/%s", path, de->d_name);
        sum += input_size(child, depth + 1);
    }
    closedir(d);
    return sum;
}

static int on_article(input_sink *s, const article *a, arena *ar)
{
    (void)ar;
    run *r = s->ctx;
    if (index_writer_add(r->w, a) != MORGUE_OK) {
        r->failed = 1;
        return 1; /* the index cannot take more: stop the walk */
    }
    r->articles++;
    r->bad_utf8 += a->bad_utf8;
    if (r->tty && !r->quiet && (r->articles & 255) == 0) {
        double t = now();
        if (t - r->last_progress > 0.25) {
            r->last_progress = t;
            progress_line(r, 0);
        }
    }
    return 0;
}

/* The kind of a skip reason: "line 12: JSON error at byte 3: …" -> "JSON
 * error", "binary file (.pdf)" -> "binary file", "7 bytes before the
 * first WARC record" -> "bytes before the first WARC record". */
static void reason_kind(const char *reason, char *out, size_t cap)
{
    const char *p = reason;
    if (!strncmp(p, "line ", 5) || !strncmp(p, "element ", 8) || !strncmp(p, "record ", 7)) {
        const char *c = strstr(p, ": ");
        if (c) p = c + 2;
    }
    /* a count first: the kind is what it counts (cut at the number, it
     * was empty) */
    if (*p >= '0' && *p <= '9') {
        while ((*p >= '0' && *p <= '9') || *p == ' ') p++;
    }
    size_t n = strcspn(p, ":(,");
    while (n && (p[n - 1] == ' ')) n--;
    /* numbers make every reason distinct ("at byte 17"): cut before them */
    for (size_t i = 0; i < n; i++)
        if (p[i] >= '0' && p[i] <= '9') {
            n = i;
            while (n && (p[n - 1] == ' ' || p[n - 1] == '-')) n--;
            break;
        }
    if (n >= cap) n = cap - 1;
    memcpy(out, p, n);
    out[n] = 0;
    const char *suffix[] = {" at byte", " at", " after line", " after", NULL};
    for (int k = 0; suffix[k]; k++) {
        size_t l = strlen(out), sl = strlen(suffix[k]);
        if (l > sl && !strcmp(out + l - sl, suffix[k])) out[l - sl] = 0;
    }
}

/* Counts an input under its reason's kind and prints its line. */
static void tell_input(run *r, reasons *t, const char *file, const char *member, const char *reason)
{
    t->total++;
    char kind[48];
    reason_kind(reason, kind, sizeof kind);
    int k = 0;
    while (k < t->n_why && strcmp(t->why[k].reason, kind)) k++;
    if (k == t->n_why && t->n_why < 16) {
        snprintf(t->why[k].reason, sizeof t->why[k].reason, "%s", kind);
        t->why[k].n = 0;
        t->n_why++;
    }
    if (k < t->n_why) t->why[k].n++;
    if (r->tty && !r->quiet) fputs("\r\033[K", stderr);
    if (member) fprintf(stderr, "morgue-index: %s: %s: %s\n", file, member, reason);
    else fprintf(stderr, "morgue-index: %s: %s\n", file, reason);
}

static void on_skip(input_sink *s, const char *file, const char *member, const char *reason)
{
    run *r = s->ctx;
    tell_input(r, &r->skipped, file, member, reason);
}

static void on_partial(input_sink *s, const char *file, const char *member, const char *reason)
{
    run *r = s->ctx;
    tell_input(r, &r->partial, file, member, reason);
}

static void on_ignored(input_sink *s, const char *file, const char *member)
{
    (void)file;
    (void)member;
    ((run *)s->ctx)->ignored++;
}

static void on_note(input_sink *s, int what)
{
    run *r = s->ctx;
    if (what >= 0 && what < INPUT_NOTE_COUNT) r->notes[what]++;
}

static void on_progress(input_sink *s, uint64_t bytes)
{
    run *r = s->ctx;
    r->bytes += bytes;
    if (r->tty && !r->quiet) {
        double t = now();
        if (t - r->last_progress > 0.25) {
            r->last_progress = t;
            progress_line(r, 0);
        }
    }
}

static int parse_mem(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || v <= 0) return -1;
    switch (*end) {
    case 'k': case 'K': v *= 1024; end++; break;
    case 'm': case 'M': v *= 1024 * 1024; end++; break;
    case 'g': case 'G': v *= 1024.0 * 1024 * 1024; end++; break;
    case 0: break;
    default: return -1;
    }
    if (*end == 'B' || *end == 'b') end++;
    if (*end || v < 1024 * 1024) return -1;
    *out = (size_t)v;
    return 0;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"output", required_argument, 0, 'o'}, {"memory", required_argument, 0, 'm'},
        {"merge", no_argument, 0, 'M'},        {"no-auto-merge", no_argument, 0, 'A'},
        {"quiet", no_argument, 0, 'q'},        {"help", no_argument, 0, 'h'},
        {"extract", required_argument, 0, 'X'},
        {"keep-duplicates", no_argument, 0, 'D'},
        {"field", required_argument, 0, 'F'},
        {"threads", required_argument, 0, 'j'},
        {"version", no_argument, 0, 'V'},      {0, 0, 0, 0}};
    index_writer_opts wo = INDEX_WRITER_OPTS_INIT;
    wo.threads = index_writer_default_threads();
    const char *out = NULL;
    int merge_all = 0, quiet = 0, c;
    while ((c = getopt_long(argc, argv, "o:m:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 'm':
            if (parse_mem(optarg, &wo.memory)) {
                fprintf(stderr, "morgue-index: --memory wants a size of at least 1M, like 256M or 2G, not '%s'\n", optarg);
                return 2;
            }
            break;
        case 'j': {
            char *end;
            errno = 0;
            long n = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || n < 1 || n > 256) {
                fprintf(stderr, "morgue-index: --threads wants a number from 1 to 256, not '%s'\n", optarg);
                return 2;
            }
            wo.threads = (int)n;
            break;
        }
        case 'M': merge_all = 1; break;
        case 'A': wo.auto_merge = 0; break;
        case 'q': quiet = 1; break;
        case 'X': return extract_main(optarg, stdout);
        case 'D': wo.dedup = 0; break;
        case 'F':
            if (input_set_field_map(optarg)) {
                fprintf(stderr, "morgue-index: --field wants FIELD=KEY, FIELD one of title, body (or text), "
                                "date, url, author; not '%s'\n", optarg);
                return 2;
            }
            break;
        case 'h': fputs(usage, stdout); return 0;
        case 'V': printf("morgue-index %s\n", MORGUE_VERSION_STRING); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (!out) {
        fprintf(stderr, "morgue-index: no index given (-o INDEX)\n\n%s", usage);
        return 2;
    }
    if (optind == argc && !merge_all) {
        fprintf(stderr, "morgue-index: nothing to index (give one or more PATHs)\n");
        return 2;
    }
    /* Worker threads would each get a malloc arena of their own, whose
     * free pages count in RSS against --memory; they allocate rarely (per
     * arena chunk), so one shared arena costs no speed. */
    if (wo.threads > 1) mallopt(M_ARENA_MAX, 1);
    merr e = {0};
    index_writer *w = index_writer_open(out, &wo, &e);
    if (!w) {
        fprintf(stderr, "morgue-index: %s\n", merr_msg(&e));
        return 2;
    }
    run r = {.w = w, .quiet = quiet, .tty = isatty(STDERR_FILENO), .start = now()};
    if (r.tty && !quiet)
        for (int i = optind; i < argc; i++) r.total_bytes += input_size(argv[i], 0);
    r.sink.ctx = &r;
    r.sink.article = on_article;
    r.sink.skip = on_skip;
    r.sink.partial = on_partial;
    r.sink.progress = on_progress;
    r.sink.ignored = on_ignored;
    r.sink.note = on_note;
    int unreadable_paths = 0;
    for (int i = optind; i < argc && !r.failed; i++)
        if (input_walk(argv[i], &r.sink) < 0) unreadable_paths++;
    if (r.tty && !quiet && r.last_progress > 0) fputs("\r\033[K", stderr);
    int status = 0;
    if (r.failed || index_writer_commit(w, merge_all) != MORGUE_OK) {
        fprintf(stderr, "morgue-index: %s\n", merr_msg(index_writer_error(w)));
        fprintf(stderr, "morgue-index: nothing from this run was committed; the index is as it was\n");
        index_writer_free(w);
        return 2;
    }
    const index_writer_stats *st = index_writer_get_stats(w);
    double t = now() - r.start;
    if (!quiet) {
        fprintf(stderr,
                "read %" PRIu64 " articles (%.1f MB) in %.2f s: %.1f MB/s, %.0f articles/s; "
                "indexed %" PRIu64 " articles and %" PRIu64 " quotes\n",
                r.articles, (double)r.bytes / 1e6, t, t > 0 ? (double)r.bytes / 1e6 / t : 0.0,
                t > 0 ? (double)r.articles / t : 0.0, st->docs_added, st->quotes_added);
        buf line = {0};
        const reasons *tabs[2] = {&r.skipped, &r.partial};
        for (int part = 0; part < 2; part++) {
            if (!tabs[part]->total) continue;
            buf_printf(&line, "; %" PRIu64 " input%s %s (", tabs[part]->total, tabs[part]->total == 1 ? "" : "s",
                       part ? "read in part" : "skipped");
            for (int k = 0; k < tabs[part]->n_why; k++)
                buf_printf(&line, "%s%" PRIu64 " %s", k ? ", " : "", tabs[part]->why[k].n, tabs[part]->why[k].reason);
            buf_puts(&line, ")");
        }
        if (r.ignored)
            buf_printf(&line, "; %" PRIu64 " non-article file%s ignored (documentation, styles, images)",
                       r.ignored, r.ignored == 1 ? "" : "s");
        if (r.bad_utf8)
            buf_printf(&line, "; %" PRIu64 " invalid UTF-8 sequence%s replaced", r.bad_utf8, r.bad_utf8 == 1 ? "" : "s");
        for (int i = 0; i < INPUT_NOTE_COUNT; i++)
            if (r.notes[i]) buf_printf(&line, "; %" PRIu64 " %s", r.notes[i], input_note_name(i, r.notes[i]));
        if (st->duplicates)
            buf_printf(&line, "; %" PRIu64 " exact duplicate%s not indexed", st->duplicates,
                       st->duplicates == 1 ? "" : "s");
        if (st->near_duplicates)
            buf_printf(&line, "; %" PRIu64 " near duplicate%s clustered", st->near_duplicates,
                       st->near_duplicates == 1 ? "" : "s");
        fprintf(stderr, "%s: %" PRIu64 " segment%s written, %" PRIu64 " merge%s%s\n", out,
                st->segments_flushed, st->segments_flushed == 1 ? "" : "s", st->merges,
                st->merges == 1 ? "" : "s", buf_cstr(&line));
        buf_free(&line);
    }
    index_writer_free(w);
    if (optind < argc && r.articles == 0 && unreadable_paths == argc - optind) status = 2;
    else if (r.skipped.total || r.partial.total) status = 1;
    return status;
}
