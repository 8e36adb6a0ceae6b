/* The `morgue-index --extract` mode: JSONL articles in, one JSON line of
 * quotes and entities out per article. */
#include "extract.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "tokenize.h"
#include "utf8.h"

const char *extract_quote_type_name(quote_type t)
{
    switch (t) {
    case QUOTE_DIRECT: return "direct";
    case QUOTE_PARTIAL: return "partial";
    case QUOTE_MIXED: return "mixed";
    case QUOTE_INDIRECT: return "indirect";
    }
    return "direct";
}

const char *extract_kind_name(ent_kind k)
{
    switch (k) {
    case ENT_PERSON: return "person";
    case ENT_ORG: return "org";
    case ENT_PLACE: return "place";
    case ENT_OTHER: return "other";
    }
    return "other";
}

static void put_span_text(buf *out, const char *text, size_t n, int64_t s, int64_t e)
{
    if (s < 0 || e < s || (size_t)e > n) {
        buf_puts(out, "null");
        return;
    }
    json_put_string(out, text + s, (size_t)(e - s));
}

/* Appends lead, then "a,b]": a JSON pair of offsets. */
static void put_pair(buf *out, const char *lead, int64_t a, int64_t b)
{
    buf_puts(out, lead);
    buf_put_int(out, a);
    buf_putc(out, ',');
    buf_put_int(out, b);
    buf_putc(out, ']');
}

/* The text's tokens as the indexer numbers them (lib/tokenize.h): byte
 * start and position of each, for a quote's token span. */
typedef struct {
    uint32_t *start, *pos, n, end_pos;
} token_map;

static void token_map_make(token_map *m, const char *text, size_t n)
{
    size_t cap = n / 2 + 2;
    m->start = malloc(sizeof *m->start * cap);
    m->pos = malloc(sizeof *m->pos * cap);
    m->n = m->end_pos = 0;
    if (!m->start || !m->pos) return;
    tokenizer tz;
    token tk;
    tokenizer_init(&tz, text, n);
    while (m->n < cap && tokenizer_next(&tz, &tk)) {
        m->start[m->n] = tk.start;
        m->pos[m->n++] = tk.pos;
    }
    m->end_pos = tz.pos;
}

/* Position of the first token starting at or after byte off (the text's
 * length in positions when none does). */
static uint32_t token_at(const token_map *m, uint32_t off)
{
    uint32_t i = u32_lower_bound(m->start, m->n, off);
    return i < m->n ? m->pos[i] : m->end_pos;
}

void extract_write_json(buf *out, const char *id, size_t id_len, const char *text,
                        size_t n, const extraction *ex)
{
    token_map tm = {0};
    if (ex->n_quotes) token_map_make(&tm, text, n);
    buf_puts(out, "{\"id\":");
    json_put_string(out, id, id_len);
    buf_puts(out, ",\"quotes\":[");
    for (uint32_t i = 0; i < ex->n_quotes; i++) {
        const quote *q = &ex->quotes[i];
        if (i) buf_putc(out, ',');
        buf_puts(out, "{\"start\":");
        buf_put_int(out, q->start);
        buf_puts(out, ",\"end\":");
        buf_put_int(out, q->end);
        buf_puts(out, ",\"text\":");
        put_span_text(out, text, n, q->start, q->end);
        /* its tokens, numbered as the index numbers the body's: from the
         * first starting in the span to past the last */
        if (tm.pos) put_pair(out, ",\"tokens\":[", token_at(&tm, q->start), token_at(&tm, q->end));
        buf_puts(out, ",\"type\":\"");
        buf_puts(out, extract_quote_type_name(q->type));
        buf_puts(out, "\",\"segments\":[");
        for (uint32_t k = 0; k < q->n_segments; k++)
            put_pair(out, k ? ",[" : "[", q->segments[k][0], q->segments[k][1]);
        buf_puts(out, "],\"speaker\":");
        put_span_text(out, text, n, q->speaker_start, q->speaker_end);
        buf_puts(out, ",\"speaker_start\":");
        buf_put_int(out, q->speaker_start);
        buf_puts(out, ",\"speaker_end\":");
        buf_put_int(out, q->speaker_end);
        buf_puts(out, ",\"speaker_entity\":");
        if (q->speaker_entity >= 0 && (uint32_t)q->speaker_entity < ex->n_entities) {
            const char *nm = ex->entities[q->speaker_entity].name;
            json_put_string(out, nm, strlen(nm));
        } else {
            buf_puts(out, "null");
        }
        /* round 15a: the other speakers of a coordinated subject, by
         * canonical name ([] for one speaker) */
        buf_puts(out, ",\"co_speakers\":[");
        for (int k = 0, put = 0; k < QUOTE_MAX_CO_SPEAKERS; k++) {
            int32_t e = q->co_speakers[k];
            if (e < 0 || (uint32_t)e >= ex->n_entities) continue;
            if (put++) buf_putc(out, ',');
            json_put_string(out, ex->entities[e].name, strlen(ex->entities[e].name));
        }
        buf_putc(out, ']');
        buf_puts(out, ",\"cue\":");
        put_span_text(out, text, n, q->cue_start, q->cue_end);
        buf_putc(out, '}');
    }
    buf_puts(out, "],\"entities\":[");
    for (uint32_t e = 0; e < ex->n_entities; e++) {
        const ent_entity *en = &ex->entities[e];
        if (e) buf_putc(out, ',');
        buf_puts(out, "{\"name\":");
        json_put_string(out, en->name, strlen(en->name));
        buf_puts(out, ",\"kind\":\"");
        buf_puts(out, extract_kind_name(en->kind));
        buf_putc(out, '"');
        if (en->title) {
            buf_puts(out, ",\"title\":");
            json_put_string(out, en->title, strlen(en->title));
        }
        buf_puts(out, ",\"mentions\":[");
        int first = 1;
        for (uint32_t m = 0; m < ex->n_mentions; m++) {
            if (ex->mentions[m].entity != (int32_t)e) continue;
            put_pair(out, first ? "[" : ",[", ex->mentions[m].start, ex->mentions[m].end);
            first = 0;
        }
        buf_puts(out, "]}");
    }
    buf_puts(out, "]}\n");
    free(tm.start);
    free(tm.pos);
}

typedef struct {
    const char *id, *text;
    size_t id_len, text_len;
} cli_article;

static void on_member(void *vctx, const char *key, size_t key_len, json_kind kind,
                      const char *value, size_t value_len, int index)
{
    cli_article *c = vctx;
    if (index >= 0) return;
    if (key_len == 2 && !memcmp(key, "id", 2) && (kind == JSON_STRING || kind == JSON_NUMBER)) {
        c->id = value;
        c->id_len = value_len;
    } else if (key_len == 4 && !memcmp(key, "text", 4) && kind == JSON_STRING) {
        c->text = value;
        c->text_len = value_len;
    }
}

int extract_main(const char *in_path, void *out_file)
{
    FILE *out = out_file ? (FILE *)out_file : stdout;
    FILE *in = strcmp(in_path, "-") ? fopen(in_path, "rb") : stdin;
    if (!in) {
        fprintf(stderr, "morgue-index: %s: %s\n", in_path, strerror(errno));
        return 2;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    arena a;
    arena_init(&a);
    buf clean = {0}, o = {0};
    int status = 0;
    unsigned long lineno = 0;
    while ((len = getline(&line, &cap, in)) >= 0) {
        lineno++;
        size_t n = (size_t)len;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
        size_t k = 0;
        while (k < n && (line[k] == ' ' || line[k] == '\t')) k++;
        if (k == n) continue;
        arena_reset(&a);
        cli_article art = {0};
        size_t errpos = 0;
        const char *errmsg = NULL;
        if (json_parse_object(line, n, &a, on_member, &art, &errpos, &errmsg) || !art.text) {
            fprintf(stderr, "morgue-index: %s:%lu: %s\n", in_path, lineno,
                    errmsg ? errmsg : "no \"text\" member");
            status = 1;
            continue;
        }
        buf_clear(&clean);
        utf8_sanitize(&clean, art.text, art.text_len);
        extraction ex;
        const char *txt = clean.p ? (const char *)clean.p : "";
        if (clean.oom || extract_article(txt, clean.len, &a, &ex)) {
            fprintf(stderr, "morgue-index: %s:%lu: out of memory\n", in_path, lineno);
            status = 2;
            break;
        }
        buf_clear(&o);
        char num[32];
        if (!art.id) {
            snprintf(num, sizeof num, "%lu", lineno);
            art.id = num;
            art.id_len = strlen(num);
        }
        extract_write_json(&o, art.id, art.id_len, txt, clean.len, &ex);
        if (o.oom) { status = 2; break; }
        fwrite(o.p, 1, o.len, out);
    }
    if (ferror(in)) {
        fprintf(stderr, "morgue-index: %s: read error\n", in_path);
        status = 2;
    }
    free(line);
    buf_free(&clean);
    buf_free(&o);
    arena_free(&a);
    if (in != stdin) fclose(in);
    if (fflush(out)) status = 2;
    return status;
}
