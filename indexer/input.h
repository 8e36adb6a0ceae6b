/*
 * Reading inputs: paths -> raw articles.
 *
 * input_walk() takes a PATH from the command line (a directory walked
 * recursively in sorted order, a plain file, a compressed file, or an archive
 * libarchive can read: tar, tar.gz/.bz2/.xz/.zst, zip, 7z, cpio, ...), reads
 * every file or archive member as a stream (never unpacked to disk), picks
 * the article format that bids highest on it, and hands each article to the
 * sink.  Problems with one file or member are reported through the sink's
 * `skip` callback (one line: file, member, reason) and the walk goes on.
 *
 * Article formats are a table of input_format entries (indexer/input.c,
 * `input_formats[]`), each bidding on a name and the first bytes, like
 * libarchive's format readers.
 */
#ifndef MORGUE_INPUT_H
#define MORGUE_INPUT_H

#include <stddef.h>
#include <stdint.h>
#include "arena.h"

/* One article as read.  Strings are UTF-8 (already sanitized), NUL-
 * terminated, owned by the arena passed with it; NULL when absent. */
typedef struct {
    const char *source;   /* "path" or "archive.tar.gz:member/name.txt" */
    const char *title;
    const char *body;     /* paragraphs separated by blank lines */
    const char *url;
    const char *author;
    const char *date;     /* as found in the input (parsed by the indexer) */
    uint64_t id;          /* xxHash64 of source path, member and position */
    size_t bad_utf8;      /* invalid byte sequences replaced in this article */
} article;

typedef struct input_sink {
    void *ctx;
    /* Called for each article; `a` is the article's arena (reset by the
     * caller after return).  Return non-zero to stop the whole walk. */
    int (*article)(struct input_sink *s, const article *art, arena *a);
    /* Called once per skipped input: file (and member, or NULL), reason. */
    void (*skip)(struct input_sink *s, const char *file, const char *member,
                 const char *reason);
    /* Optional: called instead of skip for an input read only in part, what
     * could be read of it indexed (a truncated WARC record): the same
     * arguments.  Without it, skip is called. */
    void (*partial)(struct input_sink *s, const char *file, const char *member,
                    const char *reason);
    /* Optional: bytes of input consumed (for progress): called after each
     * file or archive member with the number of bytes read from disk since
     * the previous call (compressed bytes for compressed inputs), so that
     * the calls of one walk add up to the sizes of the files read. */
    void (*progress)(struct input_sink *s, uint64_t bytes);
    /* Optional: called for each file or member passed over because its name
     * says it is not an article (input_ignored_name): counted, not an error. */
    void (*ignored)(struct input_sink *s, const char *file, const char *member);
    /* Optional: called once for each event counted rather than reported
     * (one of enum input_note): WARC records that are not articles, inputs
     * transcoded from another charset.  None of these is an error. */
    void (*note)(struct input_sink *s, int what);
} input_sink;

/* What input_sink.note counts.  input_note_name(what, n) gives a short
 * phrase for a summary line, singular when n is 1 ("WARC request record")
 * and plural otherwise ("WARC request records"); static strings. */
enum input_note {
    INPUT_NOTE_WARC_WARCINFO,     /* warcinfo records */
    INPUT_NOTE_WARC_REQUEST,      /* request records */
    INPUT_NOTE_WARC_METADATA,     /* metadata records */
    INPUT_NOTE_WARC_REVISIT,      /* revisit records (no payload) */
    INPUT_NOTE_WARC_OTHER,        /* conversion, continuation, unknown types,
                                     resource records that are not HTML */
    INPUT_NOTE_WARC_NOT_HTTP,     /* response records without an HTTP
                                     message (dns:, ftp:, garbage) */
    INPUT_NOTE_WARC_NOT_200,      /* HTTP status other than 200 */
    INPUT_NOTE_WARC_NOT_HTML,     /* 200, but not text/html or XHTML */
    INPUT_NOTE_WARC_HTML,         /* HTML records passed to the HTML format */
    INPUT_NOTE_TRANSCODED,        /* HTML pages or text files read from a
                                     charset other than UTF-8 */
    INPUT_NOTE_COUNT
};
const char *input_note_name(int what, uint64_t n);

struct input_ctx;
/* Counts one event through the sink's note callback (if any). */
void input_note(struct input_ctx *ic, int what);

/*
 * True for names that are never articles and are common beside them in
 * scraped folders and data dumps: documentation (README, LICENSE, *.md),
 * styles and scripts, images, fonts, audio and video.  Such files are
 * counted as ignored rather than reported as unreadable.
 */
int input_ignored_name(const char *name);

/* Caps that protect the indexer from hostile inputs. */
enum { INPUT_MAX_MEMBER = 256 << 20,  /* bytes read from one file/member */
       INPUT_MAX_LINE = 16 << 20 };   /* one JSONL line: no article is that long */

/*
 * Reads `path` and everything under it.  Returns 0 when the path could be
 * opened at all (individual files may still have been skipped through the
 * sink), -1 when the path itself does not exist or cannot be read (also
 * reported through skip), 1 when the sink asked to stop.
 */
int input_walk(const char *path, input_sink *sink);

struct input_ctx;

/* A stream of bytes a format may read instead of getting the whole input in
 * memory (for formats whose inputs can be far larger than memory: JSONL). */
typedef struct input_stream {
    /* Reads up to n bytes into p: the count, 0 at the end, -1 on a read
     * error (then errmsg says why). */
    long (*read)(struct input_stream *s, void *p, size_t n);
    void *ctx;
    const char *errmsg;
} input_stream;

/* A stream over bytes already in memory, for formats that read streams. */
typedef struct {
    input_stream s;
    const unsigned char *p;
    size_t n, off;
} input_memory_stream;

/* Sets m up to serve data[0..n) through m->s (data must outlive it). */
void input_stream_memory(input_memory_stream *m, const void *data, size_t n);

/* An article format: bids on an input, then parses it. */
typedef struct input_format {
    const char *name;
    /* 0 = not mine; higher wins.  `name` is the file or member name, head the
     * first bytes (up to 4 KiB, maybe fewer). */
    int (*bid)(const char *name, const unsigned char *head, size_t n);
    /* Parses data[0..n) (the whole file or member) and calls
     * input_emit() for each article.  Returns 0, or -1 after reporting
     * the reason with input_skip(). */
    int (*parse)(struct input_ctx *ic, const char *data, size_t n);
    /* Optional: parses the input as a stream, so a file or member of any
     * size is read in bounded memory.  Used instead of parse for files on
     * disk and archive members; parse still serves nested archives. */
    int (*parse_stream)(struct input_ctx *ic, input_stream *in);
} input_format;

/* What a parser works with: identifies the input and forwards articles. */
typedef struct input_ctx {
    input_sink *sink;
    const char *file;      /* path on disk */
    const char *member;    /* archive member name, or NULL; members of
                              nested archives: "inner.tar:name.txt" */
    const char *source;    /* "file" or "file:member" */
    arena *a;              /* per-article arena, reset after each emit */
    uint64_t position;     /* articles emitted from this input so far */
    int stop;
    /* Invalid UTF-8 sequences a parser replaced itself before calling
     * input_emit() (e.g. the HTML parser sanitizes the whole page first);
     * added to the next article's bad_utf8 and cleared by input_emit(). */
    size_t bad_utf8;
    /* Where the parser is inside the input, e.g. "line 3" or "element 2"
     * (empty when not applicable); input_emit() prefixes its own skip
     * reasons ("line 3: no title or body") with it. */
    char where[48];
    /* Fallbacks input_emit() uses when the parser gives no url or date
     * (NULL or empty): a WARC record's WARC-Target-URI and WARC-Date. */
    const char *default_url;
    const char *default_date;
} input_ctx;

/* Sanitizes fields, computes the id from source and position, passes the
 * article to the sink, and resets the arena.  Fields are NUL-terminated
 * strings (NULL when absent) that may point anywhere; they are copied.
 * Leading/trailing white space is trimmed, and inside the title each run of
 * white space (line breaks included) becomes one space; an article with
 * neither title nor body is reported as skipped instead.  The id is XXH64
 * (seed 0) over the source, a 0 byte and the position as 8 little-endian
 * bytes; the position counts the articles passed to the sink (not skipped
 * ones).  A NULL or empty url or date is replaced by ic->default_url or
 * ic->default_date when set.  Returns non-zero when the walk should stop. */
int input_emit(input_ctx *ic, const char *title, const char *body, const char *url,
               const char *author, const char *date);

/* Reports a problem with the current input (or part of it, e.g. "line 40001:
 * JSON syntax error at byte 17: expected ','"). */
void input_skip(input_ctx *ic, const char *reason_fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Reports an input read only in part, what was read of it being indexed
 * ("truncated after 75207 of 88275 bytes, indexed what was read"). */
void input_partial(input_ctx *ic, const char *reason_fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The article formats, in bidding order (ties go to the earlier one),
 * NULL-terminated. */
extern const input_format input_format_txt, input_format_json,
    input_format_jsonl, input_format_html, input_format_warc;
extern const input_format *const input_formats[];

/*
 * .warc.gz files and archive members (name ending in .warc.gz, data
 * starting with the gzip magic 1f 8b 08) are not decompressed by libarchive
 * but given as their compressed bytes to input_warc_gz_stream()
 * (format_warc.c), which inflates the gzip members itself with zlib: a
 * corrupt or cut member costs only the record it holds (reported with one
 * line), the reader resynchronises on the next member that decodes to a
 * WARC header.  input_is_warc_gz() says whether an input goes that way.
 */
int input_is_warc_gz(const char *name, const unsigned char *head, size_t n);
int input_warc_gz_stream(input_ctx *ic, input_stream *raw);

/* The format called `name` in input_formats[], or NULL. */
const input_format *input_format_named(const char *name);

/*
 * Parses an HTML page with the "html" format after transcoding it to UTF-8
 * (lib/charset.h: BOM, then the charset of `content_type`, an HTTP
 * Content-Type value or NULL, then <meta>, else UTF-8 or windows-1252).
 * Undecodable bytes are counted in ic->bad_utf8.  Every HTML input goes
 * through here: files and members (input.c) and WARC payloads.  Returns
 * the format's result.
 */
int input_parse_html(input_ctx *ic, const char *data, size_t n, const char *content_type);

/*
 * Field mapping for JSON and JSON Lines inputs, consulted before the
 * built-in keys: `spec` is "FIELD=KEY", FIELD one of title, body (or
 * text), date, url, author, KEY the input's key (case-sensitive), e.g.
 * "body=story_text" or "date=published_at".  Several calls add several
 * mappings (also several keys for one field: the first one given that is
 * present wins).  Returns 0, or -1 for a malformed spec or unknown FIELD.
 * Process-wide; input_clear_field_maps() removes them all.
 */
int input_set_field_map(const char *spec);
void input_clear_field_maps(void);

/* Helpers for bidders.  input_has_ext: true when `name` ends with one of the
 * NULL-terminated extensions (".txt", ...), compared case-insensitively.
 * input_ext: the extension of the last path component (".txt"), or NULL when
 * it has none (a leading dot does not count).  input_looks_text: true when
 * head[0..n) looks like text (no NUL bytes, few control characters). */
int input_has_ext(const char *name, const char *const *exts);
const char *input_ext(const char *name);
int input_looks_text(const unsigned char *head, size_t n);

/*
 * Reads data[0..n) as if it were a file called `name` (plain, compressed or
 * an archive), without touching the file system: the entry point of the fuzz
 * target and of tests.  Returns 0, or 1 when the sink asked to stop.
 */
int input_read_memory(const char *name, const void *data, size_t n,
                      input_sink *sink);

#endif
