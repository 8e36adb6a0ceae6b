/*
 * morgue — search engine for news archives: the public read API.
 *
 * Everything here is stable for programs that embed an index: open an index
 * directory, run a query, walk the hits, close.  All handles are opaque.
 *
 *   morgue_index *ix = morgue_index_open("news.idx");
 *   if (morgue_index_rc(ix) != MORGUE_OK) { puts(morgue_index_errmsg(ix)); ... }
 *   morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
 *   morgue_results *r = morgue_search(ix, "putin nato", &o);
 *   for (size_t i = 0; r && i < morgue_results_size(r); i++) {
 *       const morgue_hit *h = morgue_results_hit(r, i); ...
 *   }
 *   morgue_results_free(r);
 *   morgue_index_close(ix);
 *
 * A handle may be used by one thread at a time; distinct handles on the same
 * index may be used concurrently (the index files are immutable and mapped).
 */
#ifndef MORGUE_H
#define MORGUE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MORGUE_VERSION_STRING "0.1.0"

/* Result codes: one list gives the enum and its messages (morgue_strerror).
 * Values are stable across versions. */
#define MORGUE_ERROR_LIST(X)                                                  \
    X(OK,       0, "no error")                                                \
    X(E_NOMEM,  1, "out of memory")                                           \
    X(E_IO,     2, "input/output error")                                      \
    X(E_NOINDEX,3, "no index here")                                           \
    X(E_CORRUPT,4, "index file is damaged")                                   \
    X(E_VERSION,5, "index written by an unsupported format version")          \
    X(E_QUERY,  6, "malformed query")                                         \
    X(E_ARG,    7, "invalid argument")                                        \
    X(E_INPUT,  8, "input could not be read as an article")                   \
    X(E_LOCKED, 9, "index is locked by another writer")                       \
    X(E_LIMIT, 10, "input exceeds a limit")

#define MORGUE_RC_ENUM_(name, value, msg) MORGUE_##name = value,
typedef enum { MORGUE_ERROR_LIST(MORGUE_RC_ENUM_) MORGUE_RC_COUNT_ } morgue_rc;
#undef MORGUE_RC_ENUM_

/* The message for a result code (static storage, never NULL). */
const char *morgue_strerror(morgue_rc rc);

typedef struct morgue_index morgue_index;
typedef struct morgue_results morgue_results;

/*
 * Opens the index directory at `path` read-only, maps its segments and checks
 * every file's checksum.  Always returns a handle unless memory runs out (then
 * NULL): check morgue_index_rc(); on failure the handle only reports the
 * error and must still be closed.
 */
morgue_index *morgue_index_open(const char *path);

/* Releases the handle and unmaps its files.  NULL is accepted. */
void morgue_index_close(morgue_index *ix);

/* The error of the handle: the failure of the last call on it (open,
 * search, look-up), MORGUE_OK after one that succeeded.  A failed search
 * (a malformed query, no memory, a damaged segment) leaves the handle usable
 * for the next; only a failed open sticks, every later call failing with
 * its error. */
morgue_rc morgue_index_rc(const morgue_index *ix);

/* A one-line human message for that error, naming the file or the query
 * column.  Owned by the handle; valid until the next call on it. */
const char *morgue_index_errmsg(const morgue_index *ix);

/* For MORGUE_E_QUERY: the 1-based column of the query where it is wrong. */
int morgue_index_errcol(const morgue_index *ix);

/* Number of articles in the index, of quotes found in them, and of segments
 * holding them. */
uint64_t morgue_index_doc_count(const morgue_index *ix);
uint64_t morgue_index_quote_count(const morgue_index *ix);
unsigned morgue_index_segment_count(const morgue_index *ix);

/* Where the bytes of an index go (all segments together). */
typedef struct {
    uint64_t postings;    /* document ids and frequencies */
    uint64_t positions;   /* token positions */
    uint64_t dictionary;  /* terms and their block index */
    uint64_t stored;      /* zstd-compressed articles */
    uint64_t other;       /* per-article metadata, headers, footers */
} morgue_index_sizes;

/* Fills *out with the index's size by part. */
void morgue_index_get_sizes(const morgue_index *ix, morgue_index_sizes *out);

/* The postings, positions and dictionary bytes of one field's terms: its
 * words, or its whole-name terms (one per entity name a document lists,
 * read by facets; no positions). */
enum { MORGUE_SIZE_ROWS = 16 };
typedef struct {
    const char *field;    /* "title", "body", "quote", "speaker", "person",
                             "org", "place", "entity" (static) */
    int names;            /* 1: the field's whole-name terms, 0: its words */
    uint64_t terms, postings, positions, dictionary;
} morgue_field_size;

/* Fills out with MORGUE_SIZE_ROWS rows, summed over the segments: each
 * field's words, then each field's whole names.  The dictionary's block
 * index belongs to no row.  Reads the whole dictionary, checking each
 * block, so it costs about what the index's postings take to hash (0.1 s
 * a GB): 0, or -1 with the error on ix (a damaged dictionary). */
int morgue_index_field_sizes(morgue_index *ix, morgue_field_size out[MORGUE_SIZE_ROWS]);

typedef enum { MORGUE_SORT_RELEVANCE = 0, MORGUE_SORT_DATE = 1 } morgue_sort;

typedef struct {
    size_t limit;        /* hits to return (default 10) */
    size_t offset;       /* hits to skip first (default 0) */
    morgue_sort sort;    /* relevance (BM25) or newest first */
    int count_only;      /* only count matches: no hits, no snippets */
    int snippets;        /* build a snippet for each hit (default 1) */
    size_t snippet_len;  /* approximate snippet length in bytes (default 200) */
    int quotes;          /* return quotes, not articles (implied by a quote: or
                            speaker: field in the query, or facet "speaker");
                            article fields then match the quote's article */
    const char *facet;   /* NULL, or count the values of "speaker", "person",
                            "org", "place" or "entity" over every match
                            (speaker counts quotes, the others articles: in
                            a quote search, the quotes' articles, each once) */
    size_t facet_limit;  /* facet values to return, most frequent first (10) */
    int collapse;        /* one article per near-duplicate cluster: the best
                            ranked copy, with the number of matching copies */
} morgue_search_opts;

#define MORGUE_SEARCH_OPTS_INIT {10, 0, MORGUE_SORT_RELEVANCE, 0, 1, 200, 0, NULL, 10, 0}

/* A highlighted match inside a snippet: byte offsets into `snippet`. */
typedef struct {
    uint32_t start, end;
} morgue_span;

/* One hit.  All strings are UTF-8, NUL-terminated, owned by the results. */
typedef struct {
    char id[17];          /* stable article id: 16 hex digits */
    double score;         /* BM25 score (0 when sorted by date) */
    const char *title;
    const char *date;     /* ISO 8601 "YYYY-MM-DD", or "" when unknown */
    const char *url;      /* url, or the source when the article has none */
    const char *source;   /* input path, with ":member" inside an archive */
    const char *author;   /* "" when unknown */
    const char *snippet;  /* "" when snippets are off */
    const morgue_span *matches; /* highlighted spans in snippet */
    size_t n_matches;
    /* Quotes only (is_quote 1): the snippet is the quote; the other fields
     * above are its article's. */
    int is_quote;
    const char *speaker;      /* canonical speaker, "" when unknown */
    const char *speaker_text; /* the speaker as written in the article */
    const char *cue;          /* the cue verb ("said"), "" when none */
    const char *quote_type;   /* "direct", "partial", "mixed" or "indirect" */
    uint32_t quote_start, quote_end; /* byte span of the quote in the body */
    /* Collapsed searches: matching copies in this article's cluster (else 1). */
    uint64_t copies;
} morgue_hit;

/* A facet value and the number of matches that have it. */
typedef struct {
    const char *value;
    uint64_t count;
} morgue_facet;

/*
 * Runs `query` (syntax in docs/QUERY.md) against the index.  Returns NULL on
 * failure with the error stored on the handle (MORGUE_E_QUERY with a column
 * for a malformed query).  The caller owns the results: morgue_results_free.
 */
morgue_results *morgue_search(morgue_index *ix, const char *query,
                              const morgue_search_opts *opts);

/* Number of matches in the whole index: quotes when morgue_results_quotes
 * says so, articles otherwise. */
uint64_t morgue_results_total(const morgue_results *r);
/* 1 when the matches are quotes (a speaker: or quote: field, opts.quotes,
 * or a speaker facet), 0 when they are articles.  The query's text cannot
 * tell: `speaker: baker` is two plain words and `Speaker:baker` a field. */
int morgue_results_quotes(const morgue_results *r);
/* Number of hits held (at most opts.limit). */
size_t morgue_results_size(const morgue_results *r);
/* Hit i (0-based, in rank order), or NULL when out of range. */
const morgue_hit *morgue_results_hit(const morgue_results *r, size_t i);
/* Facet values (opts.facet), most frequent first; count and value i. */
size_t morgue_results_facet_size(const morgue_results *r);
const morgue_facet *morgue_results_facet(const morgue_results *r, size_t i);
/* Frees the results and every string they hold.  NULL is accepted. */
void morgue_results_free(morgue_results *r);

/* One spelling of an entity, with how often it occurs. */
typedef struct {
    const char *name;
    const char *kind;     /* "person", "org", "place" or "other" */
    uint64_t articles;    /* articles mentioning it */
    uint64_t quotes;      /* quotes attributed to it */
    unsigned group;       /* spellings of one entity share a group; the first
                             of a group is its usual spelling (the one most
                             articles write in full) */
    const char *why;      /* "" for the first of a group, else why this
                             spelling was merged into it (static string) */
    const char *apart;    /* the first of a group: why a lone surname joined
                             no full name, when it is that several persons
                             carry it; else "" (static string) */
} morgue_entity_name;

typedef struct morgue_entities morgue_entities;

/*
 * The entities whose names contain the words of `name` ("ushakov"), each
 * with every spelling merged into it across articles (transliteration
 * variants), so a user can see why Usakov matched Ushakov.  Entities are
 * numbered (group) and listed in order: those with a spelling that is
 * exactly the words asked for, then by their spellings' articles, most
 * first.  NULL on failure (error on the handle); free with
 * morgue_entities_free.
 */
morgue_entities *morgue_entity_lookup(morgue_index *ix, const char *name);
size_t morgue_entities_size(const morgue_entities *e);
const morgue_entity_name *morgue_entities_get(const morgue_entities *e, size_t i);
void morgue_entities_free(morgue_entities *e);

/* A stored article.  All strings are UTF-8, NUL-terminated, owned by it. */
typedef struct {
    char id[17];          /* 16 hex digits, as in morgue_hit */
    const char *title;
    const char *date;     /* ISO 8601 "YYYY-MM-DD", or "" when unknown */
    const char *url;      /* url, or the source when the article has none */
    const char *source;   /* input path, with ":member" inside an archive */
    const char *author;   /* "" when unknown */
    const char *body;     /* paragraphs separated by blank lines */
} morgue_article;

/*
 * The stored article with the given id (a hit's `id`), or NULL: when there
 * is none, morgue_index_rc() is MORGUE_OK; on failure it says why
 * (MORGUE_E_ARG for an id that is not 16 hex digits, MORGUE_E_CORRUPT).
 * The first call on a handle reads the articles' metadata rows until the
 * id is found (about 10 ms for 200,000 articles); the second builds a table
 * of the ids (8 bytes an article) that answers it and every later one at
 * once.  Free with morgue_article_free.
 */
morgue_article *morgue_article_get(morgue_index *ix, const char *id);
/* Frees the article and its strings.  NULL is accepted. */
void morgue_article_free(morgue_article *a);

/*
 * Full stored text of the article with the given id, or NULL when absent or
 * damaged (error on the handle), as morgue_article_get.  The caller frees
 * the string with free().
 */
char *morgue_article_body(morgue_index *ix, const char *id);

#ifdef __cplusplus
}
#endif
#endif
