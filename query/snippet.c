/*
 * Snippets: the stretch of the article body, about `len` bytes long, that
 * holds the most distinct query words (then the most matches), cut at word
 * boundaries, with the matched words as spans.  The body is re-tokenized
 * with the indexing tokenizer so that a match is exactly what the index
 * matched ("Russia’s" highlights for russia, "José" for jose).
 */
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "tokenize.h"

static void hl_add(hl_terms *hl, arena *a, const char *t, int prefix)
{
    for (uint32_t i = 0; i < hl->n; i++)
        if (!strcmp(hl->terms[i], t) && hl->is_prefix[i] == prefix) return;
    if (hl->n == hl->cap) {
        uint32_t cap = hl->cap ? hl->cap * 2 : 16;
        char **nt = arena_alloc(a, sizeof *nt * cap);
        uint8_t *np = arena_alloc(a, cap);
        if (!nt || !np) return;
        if (hl->n) {
            memcpy(nt, hl->terms, sizeof *nt * hl->n);
            memcpy(np, hl->is_prefix, hl->n);
        }
        hl->terms = nt;
        hl->is_prefix = np;
        hl->cap = cap;
    }
    hl->terms[hl->n] = (char *)t;
    hl->is_prefix[hl->n] = (uint8_t)prefix;
    hl->n++;
}

void collect_hl_terms(const qnode *q, arena *a, hl_terms *hl, int negated)
{
    if (!q) return;
    switch (q->kind) {
    case Q_TERM:
    case Q_PHRASE:
    case Q_PREFIX:
        if (negated || !(q->fields & (FIELD_BIT(FIELD_BODY) | FIELD_BIT(FIELD_QUOTE)))) return;
        for (uint32_t i = 0; i < q->n_terms; i++) hl_add(hl, a, q->terms[i], q->kind == Q_PREFIX);
        return;
    case Q_NOT:
        collect_hl_terms(q->kids[0], a, hl, !negated);
        return;
    case Q_AND:
    case Q_OR:
        for (uint32_t i = 0; i < q->n_kids; i++) collect_hl_terms(q->kids[i], a, hl, negated);
        return;
    default:
        return;
    }
}

/* Index of the highlight term the token matches, or -1. */
static int match_term(const hl_terms *hl, const token *t)
{
    for (uint32_t i = 0; i < hl->n; i++) {
        size_t l = strlen(hl->terms[i]);
        if (hl->is_prefix[i] ? (t->len >= l && !memcmp(t->text, hl->terms[i], l))
                             : (t->len == l && !memcmp(t->text, hl->terms[i], l)))
            return (int)i;
    }
    return -1;
}

typedef struct {
    uint32_t start, end;
    int term;
} hit_tok;

static int is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void make_snippet(const char *body, size_t body_len, const hl_terms *hl, size_t len,
                  arena *a, const char **snippet, morgue_span **spans, size_t *n_spans)
{
    *snippet = "";
    *spans = NULL;
    *n_spans = 0;
    if (!body_len) return;
    /* 1. every matching token of the body */
    size_t cap = 64, n = 0;
    hit_tok *hits = malloc(sizeof *hits * cap);
    if (!hits) return;
    tokenizer tz;
    token tk;
    tokenizer_init(&tz, body, body_len);
    while (hl->n && tokenizer_next(&tz, &tk)) {
        int k = match_term(hl, &tk);
        if (k < 0) continue;
        if (n == cap) {
            hit_tok *nh = realloc(hits, sizeof *hits * cap * 2);
            if (!nh) break;
            hits = nh;
            cap *= 2;
        }
        hits[n++] = (hit_tok){tk.start, tk.end, k};
    }
    /* 2. the window of `len` bytes starting at a hit with the most distinct
     * terms, then the most hits (two pointers over the hits) */
    size_t best_i = 0, best_distinct = 0, best_count = 0;
    uint32_t seen_stamp[256] = {0};
    for (size_t i = 0; i < n; i++) {
        size_t distinct = 0, count = 0;
        for (size_t j = i; j < n && hits[j].end - hits[i].start <= len; j++) {
            uint32_t slot = (uint32_t)hits[j].term & 255;
            if (seen_stamp[slot] != i + 1) {
                seen_stamp[slot] = (uint32_t)(i + 1);
                distinct++;
            }
            count++;
        }
        if (distinct > best_distinct || (distinct == best_distinct && count > best_count)) {
            best_i = i;
            best_distinct = distinct;
            best_count = count;
        }
    }
    /* 3. place the window: start a little before the first hit, on a word
     * boundary; without hits, the opening of the body */
    size_t from = 0;
    if (n) {
        size_t lead = len / 4;
        from = hits[best_i].start > lead ? hits[best_i].start - lead : 0;
        while (from > 0 && !is_space((unsigned char)body[from - 1])) from--;
    }
    size_t to = from + len < body_len ? from + len : body_len;
    while (to < body_len && !is_space((unsigned char)body[to]) && to - from < len + 40) to++;
    while (to < body_len && ((unsigned char)body[to] & 0xC0) == 0x80) to++; /* UTF-8 */
    /* 4. build the text, newlines flattened, with ellipses */
    buf out = {0};
    if (from > 0) buf_puts(&out, "…");
    size_t shift_base = out.len;
    for (size_t i = from; i < to; i++) {
        char ch = body[i];
        buf_putc(&out, (unsigned char)(ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : ch));
    }
    if (to < body_len) buf_puts(&out, "…");
    morgue_span *sp = arena_alloc(a, sizeof *sp * (n ? n : 1));
    size_t k = 0;
    for (size_t i = 0; sp && i < n; i++) {
        if (hits[i].start < from || hits[i].end > to) continue;
        sp[k].start = (uint32_t)(hits[i].start - from + shift_base);
        sp[k].end = (uint32_t)(hits[i].end - from + shift_base);
        k++;
    }
    *snippet = out.oom ? "" : arena_strndup(a, (const char *)out.p, out.len);
    if (!*snippet) *snippet = "";
    *spans = sp;
    *n_spans = sp ? k : 0;
    buf_free(&out);
    free(hits);
}
