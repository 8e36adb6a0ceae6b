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

/* Index of the highlight term the token matches, or -1 (tl: term lengths). */
static int match_term(const hl_terms *hl, const size_t *tl, const token *t)
{
    for (uint32_t i = 0; i < hl->n; i++) {
        size_t l = tl[i];
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

typedef struct {
    hit_tok *v;
    size_t n, cap;
    int oom;
} hit_list;

/* Tokenizes body[from, to) and appends the tokens matching a term. */
static void collect_hits(const char *body, size_t from, size_t to, const hl_terms *hl,
                         const size_t *tl, hit_list *h)
{
    tokenizer tz;
    token tk;
    tokenizer_init(&tz, body + from, to - from);
    while (tokenizer_next(&tz, &tk)) {
        int k = match_term(hl, tl, &tk);
        if (k < 0) continue;
        if (h->n == h->cap) {
            hit_tok *nh = realloc(h->v, sizeof *nh * h->cap * 2);
            if (!nh) {
                h->oom = 1;
                return;
            }
            h->v = nh;
            h->cap *= 2;
        }
        h->v[h->n++] = (hit_tok){(uint32_t)(tk.start + from), (uint32_t)(tk.end + from), k};
    }
}

/*
 * The matching tokens of the body without tokenizing all of it, when every
 * term is ASCII.  A token matching an ASCII term either is ASCII itself, and
 * then its bytes hold the term up to ASCII case (folding an ASCII token only
 * lowers it and drops a final 's), or holds a byte >= 0x80.  So only the
 * stretches between ASCII white space (which no token spans, and after which
 * the tokenizer starts afresh) around such bytes or a case-insensitive
 * occurrence of a term's bytes are tokenized; elsewhere no token can match.
 * The hits come out in body order, as from a full tokenization.
 */
static void collect_hits_sparse(const char *body, size_t n, const hl_terms *hl, const size_t *tl,
                                hit_list *h)
{
    uint8_t first[256] = {0};
    for (uint32_t i = 0; i < hl->n; i++) {
        unsigned char c = (unsigned char)hl->terms[i][0];
        first[c] = first[c >= 'a' && c <= 'z' ? c - 32 : c] = 1;
    }
    for (int c = 0x80; c < 256; c++) first[c] = 1;
    /* Eight bytes at a time: a word with no byte >= 0x80 and no place
     * where, once OR-ed with 0x20 (ASCII lower case), a term's first two
     * bytes begin (its first byte alone for a one-byte term) holds no
     * candidate and is skipped; else the scan goes on at the first such
     * place.  Terms start with a letter or digit, all of which have bit
     * 0x20 set (a second byte without it, a digit's "," or ".", makes the
     * term a one-byte test); with too many distinct tests it is left off.
     * Testing two bytes, not one, cut the candidates that the exact
     * comparison below turns down: the first letters of three common words
     * are in most words of a text. */
    const uint64_t lo = 0x0101010101010101ull, hi = 0x8080808080808080ull;
    uint64_t fb[8], sb[8]; /* first byte, second byte (0: any) */
    unsigned nf = 0;
    for (uint32_t i = 0; i < hl->n; i++) {
        unsigned char c0 = (unsigned char)hl->terms[i][0], c1 = (unsigned char)hl->terms[i][1];
        uint64_t f = (uint64_t)c0 * lo, g = tl[i] >= 2 && (c1 & 0x20) ? (uint64_t)c1 * lo : 0;
        unsigned k = 0;
        while (k < nf && !(fb[k] == f && sb[k] == g)) k++;
        if (k < nf) continue;
        if (nf == 8 || !(c0 & 0x20)) {
            nf = 0;
            break;
        }
        fb[nf] = f;
        sb[nf++] = g;
    }
    int swar = nf && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    size_t covered = 0; /* body[0, covered) is done */
    for (size_t i = 0; i < n && !h->oom; i++) {
        if (swar && i + 9 <= n) {
            uint64_t w, w2;
            memcpy(&w, body + i, 8);
            memcpy(&w2, body + i + 1, 8);
            uint64_t m = w & hi, wl = w | 0x2020202020202020ull, wl2 = w2 | 0x2020202020202020ull;
            for (unsigned k = 0; k < nf; k++) {
                uint64_t v = wl ^ fb[k], z = (v - lo) & ~v & hi; /* zero bytes of v (and maybe ones above) */
                if (sb[k]) {
                    uint64_t v2 = wl2 ^ sb[k];
                    z &= (v2 - lo) & ~v2 & hi;
                }
                m |= z;
            }
            if (!m) {
                i += 7;
                continue;
            }
            i += (size_t)__builtin_ctzll(m) >> 3;
        }
        unsigned char c = (unsigned char)body[i];
        if (!first[c]) continue;
        size_t end = 0; /* end of the candidate, 0: none */
        if (c >= 0x80) end = i + 1;
        else
            for (uint32_t k = 0; k < hl->n && !end; k++) {
                if (tl[k] > n - i) continue;
                const char *t = hl->terms[k];
                size_t j = 0;
                while (j < tl[k]) {
                    unsigned char b = (unsigned char)body[i + j];
                    if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != (unsigned char)t[j]) break;
                    j++;
                }
                if (j == tl[k]) end = i + j;
            }
        if (!end) continue;
        size_t from = i;
        while (from > covered && !is_space((unsigned char)body[from - 1])) from--;
        size_t to = end;
        while (to < n && !is_space((unsigned char)body[to])) to++;
        collect_hits(body, from, to, hl, tl, h);
        covered = to;
        i = to; /* body[to] is white space (or the end) */
    }
}

void make_snippet(const char *body, size_t body_len, const hl_terms *hl, size_t len,
                  arena *a, const char **snippet, morgue_span **spans, size_t *n_spans)
{
    *snippet = "";
    *spans = NULL;
    *n_spans = 0;
    if (!body_len) return;
    /* 1. every matching token of the body */
    size_t *tl = malloc(sizeof *tl * (hl->n ? hl->n : 1));
    hit_list hl_hits = {malloc(sizeof(hit_tok) * 64), 0, 64, 0};
    if (!tl || !hl_hits.v) {
        free(tl);
        free(hl_hits.v);
        return;
    }
    int ascii = 1;
    for (uint32_t i = 0; i < hl->n; i++) {
        tl[i] = strlen(hl->terms[i]);
        for (size_t j = 0; j < tl[i]; j++) ascii &= (unsigned char)hl->terms[i][j] < 0x80;
        ascii &= tl[i] > 0;
    }
    if (hl->n && ascii) collect_hits_sparse(body, body_len, hl, tl, &hl_hits);
    else if (hl->n) collect_hits(body, 0, body_len, hl, tl, &hl_hits);
    free(tl);
    hit_tok *hits = hl_hits.v;
    size_t n = hl_hits.n;
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
