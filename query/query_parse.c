/*
 * Query parser: a hand-written lexer and a recursive-descent parser over the
 * grammar in query.h (syntax for users in docs/QUERY.md).
 *
 *   query   := or END
 *   or      := and ( OR and )*                       OR, ||
 *   and     := unary ( [AND] unary )*                AND, &&, juxtaposition
 *   unary   := NOT unary | '+' unary | field unary | primary
 *                                                    NOT, !, '-' prefix
 *   primary := word | "phrase" | ( or )
 *   field   := title: | body:          date: takes a date range instead
 *
 * Words and phrases go through the one tokenizer (lib/tokenize.h), so a word
 * typed in a query is folded exactly as it was when indexed.  A word that
 * yields no token (punctuation, emoji) is dropped; one that yields several
 * ("biden-putin", "u.s") becomes a phrase.
 *
 * Recursion is bounded by QUERY_MAX_DEPTH (every nesting passes through
 * parse_unary) and the input by QUERY_MAX_LEN, so hostile input cannot blow
 * the stack.  Everything is allocated in the caller's arena.
 */
#include "query.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "fields.h"
#include "tokenize.h"
#include "utf8.h"

enum { QUERY_MAX_LEN = 64 * 1024, QUERY_MAX_DEPTH = 100 };

/* ---------------------------------------------------------------- lexer */

typedef enum {
    T_END,
    T_WORD,   /* [start, end): the word's bytes */
    T_QUOTE,  /* [start, end): the text between the quotes */
    T_LPAREN,
    T_RPAREN,
    T_AND,    /* AND && */
    T_OR,     /* OR || */
    T_NOT,    /* NOT ! and '-' before an atom */
    T_PLUS,   /* '+' before an atom */
    T_FIELD   /* [start, end): the field name; the ':' follows */
} tkind;

typedef struct {
    tkind kind;
    size_t start, end;
    int col; /* 1-based column of the token's first byte */
} tok;

typedef struct {
    const char *q;
    size_t n, i; /* text and lexer position */
    tok la;      /* one token of lookahead */
    int have_la;
    arena *a;
    merr *e;
    int failed;
    int depth;
} parser;

static void fail(parser *p, int col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records a syntax error at a column; the message is the reason alone (the
 * caller shows the column: morgue-query prints "query error at column N"). */
static void fail(parser *p, int col, const char *fmt, ...)
{
    if (p->failed) return;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    merr_set_col(p->e, col, "%s", msg);
    p->failed = 1;
}

static void oom(parser *p)
{
    if (p->failed) return;
    merr_set(p->e, MORGUE_E_NOMEM, "out of memory while parsing the query");
    p->failed = 1;
}

/* Bytes of the white space character at q[i], or 0: ASCII white space and
 * the Unicode spaces people paste (U+00A0, U+2000..U+200A, U+202F, U+205F,
 * U+3000). */
static size_t space_len(const char *q, size_t n, size_t i)
{
    const unsigned char *s = (const unsigned char *)q;
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
        c == '\f')
        return 1;
    if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) return 2;
    if (c == 0xE2 && i + 2 < n) {
        if (s[i + 1] == 0x80 && (s[i + 2] <= 0x8A || s[i + 2] == 0xAF))
            return 3;
        if (s[i + 1] == 0x81 && s[i + 2] == 0x9F) return 3;
    }
    if (c == 0xE3 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x80)
        return 3;
    return 0;
}

/* Bytes of the quote at q[i] (", U+201C or U+201D), or 0. */
static size_t quote_len(const char *q, size_t n, size_t i)
{
    const unsigned char *s = (const unsigned char *)q;
    if (s[i] == '"') return 1;
    if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 &&
        (s[i + 2] == 0x9C || s[i + 2] == 0x9D))
        return 3;
    return 0;
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Length of s[0..n) cut to at most max bytes on a character boundary, for
 * quoting query text in an error message. */
static int clip(const char *s, size_t n, size_t max)
{
    if (n <= max) return (int)n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80) max--;
    return (int)max;
}

/* Ends a word: white space, a parenthesis or a quote. */
static int word_break(const char *q, size_t n, size_t i)
{
    return q[i] == '(' || q[i] == ')' || space_len(q, n, i) ||
           quote_len(q, n, i);
}

static int word_is(const parser *p, const tok *t, const char *w)
{
    size_t len = strlen(w);
    return t->end - t->start == len && memcmp(p->q + t->start, w, len) == 0;
}

static int field_index(const parser *p, const tok *t);

static tok lex(parser *p)
{
    const char *q = p->q;
    size_t n = p->n, i = p->i, sl;
    while (i < n && (sl = space_len(q, n, i)) != 0) i += sl;
    tok t = {T_END, i, i, (int)i + 1};
    if (i >= n) {
        p->i = i;
        return t;
    }
    char c = q[i];
    if (c == '(' || c == ')') {
        t.kind = c == '(' ? T_LPAREN : T_RPAREN;
        t.end = i + 1;
        p->i = i + 1;
        return t;
    }
    size_t ql = quote_len(q, n, i);
    if (ql) {
        size_t j = i + ql, cl = 0;
        while (j < n && (cl = quote_len(q, n, j)) == 0) j++;
        if (j >= n) {
            fail(p, t.col, "unclosed quote");
            p->i = n;
            t.kind = T_END;
            return t;
        }
        t.kind = T_QUOTE;
        t.start = i + ql;
        t.end = j;
        p->i = j + cl;
        return t;
    }
    /* '-', '+', '!' glued to what follows are prefix operators; alone they
     * are punctuation ('-', '+': dropped) or NOT ('!', below). */
    if ((c == '-' || c == '+' || c == '!') && i + 1 < n &&
        !space_len(q, n, i + 1) && q[i + 1] != ')') {
        t.kind = c == '+' ? T_PLUS : T_NOT;
        t.end = i + 1;
        p->i = i + 1;
        return t;
    }
    /* name:X, where name is ASCII letters and X is not white space (nor
     * '/' or ':', so that "http://..." stays a word).  A known field's
     * name ending the query ("speaker:") is a field with nothing after it,
     * an error: read as the word, `speaker:` counted the articles saying
     * "speaker" as if they were quotes. */
    size_t j = i;
    while (j < n && is_alpha(q[j])) j++;
    if (j > i && j + 1 < n && q[j] == ':' && !space_len(q, n, j + 1) &&
        q[j + 1] != '/' && q[j + 1] != ':') {
        t.kind = T_FIELD;
        t.end = j;
        p->i = j + 1;
        return t;
    }
    if (j > i && j + 1 == n && q[j] == ':') {
        tok f = {T_FIELD, i, j, t.col};
        if (field_index(p, &f) >= 0) {
            p->i = j + 1;
            return f;
        }
    }
    j = i;
    while (j < n && !word_break(q, n, j)) j++;
    t.kind = T_WORD;
    t.end = j;
    p->i = j;
    if (word_is(p, &t, "AND") || word_is(p, &t, "&&")) t.kind = T_AND;
    else if (word_is(p, &t, "OR") || word_is(p, &t, "||")) t.kind = T_OR;
    else if (word_is(p, &t, "NOT") || word_is(p, &t, "!")) t.kind = T_NOT;
    return t;
}

static tok *peek(parser *p)
{
    if (!p->have_la) {
        p->la = lex(p);
        p->have_la = 1;
    }
    return &p->la;
}

static tok next(parser *p)
{
    tok t = *peek(p);
    p->have_la = 0;
    return t;
}

static int can_start(tkind k)
{
    return k == T_WORD || k == T_QUOTE || k == T_LPAREN || k == T_NOT ||
           k == T_PLUS || k == T_FIELD;
}

/* --------------------------------------------------------------- nodes */

typedef struct {
    qnode **v;
    uint32_t n, cap;
} kvec;

typedef struct {
    char **v;
    uint32_t n, cap;
} svec;

static int kv_push(parser *p, kvec *k, qnode *x)
{
    if (!x) return 1;
    if (k->n == k->cap) {
        uint32_t nc = k->cap ? k->cap * 2 : 4;
        qnode **nv = arena_alloc(p->a, nc * sizeof *nv);
        if (!nv) {
            oom(p);
            return 0;
        }
        if (k->n) memcpy(nv, k->v, k->n * sizeof *nv);
        k->v = nv;
        k->cap = nc;
    }
    k->v[k->n++] = x;
    return 1;
}

static int sv_push(parser *p, svec *s, char *x)
{
    if (!x) {
        oom(p);
        return 0;
    }
    if (s->n == s->cap) {
        uint32_t nc = s->cap ? s->cap * 2 : 4;
        char **nv = arena_alloc(p->a, nc * sizeof *nv);
        if (!nv) {
            oom(p);
            return 0;
        }
        if (s->n) memcpy(nv, s->v, s->n * sizeof *nv);
        s->v = nv;
        s->cap = nc;
    }
    s->v[s->n++] = x;
    return 1;
}

static qnode *node(parser *p, qnode_kind kind, int col)
{
    qnode *n = arena_calloc(p->a, 1, sizeof *n);
    if (!n) {
        oom(p);
        return NULL;
    }
    n->kind = kind;
    n->col = col;
    n->date_from = INT64_MIN;
    n->date_to = INT64_MAX;
    return n;
}

/* An AND or OR of kids (NULLs skipped), flattening kids of the same kind;
 * one kid is returned as is, none gives NULL. */
static qnode *nary(parser *p, qnode_kind kind, const kvec *k, int col)
{
    uint32_t total = 0;
    for (uint32_t i = 0; i < k->n; i++)
        total += k->v[i]->kind == kind ? k->v[i]->n_kids : 1;
    if (k->n == 0) return NULL;
    if (k->n == 1) return k->v[0];
    qnode *n = node(p, kind, col);
    qnode **kids = n ? arena_alloc(p->a, total * sizeof *kids) : NULL;
    if (!kids) {
        oom(p);
        return NULL;
    }
    uint32_t m = 0;
    for (uint32_t i = 0; i < k->n; i++) {
        const qnode *c = k->v[i];
        if (c->kind == kind) {
            memcpy(kids + m, c->kids, c->n_kids * sizeof *kids);
            m += c->n_kids;
        } else {
            kids[m++] = k->v[i];
        }
    }
    n->kids = kids;
    n->n_kids = m;
    return n;
}

static qnode *text_leaf(parser *p, qnode_kind kind, svec *terms, int col,
                        unsigned fields)
{
    qnode *n = node(p, kind, col);
    if (!n) return NULL;
    n->fields = fields;
    n->terms = terms->v;
    n->n_terms = terms->n;
    return n;
}

/*
 * Tokenizes q[start, end): no token gives NULL (dropped), one a TERM, more a
 * PHRASE.  A token too long to index still takes a position; the phrase is
 * split there into an AND of the runs on either side, since no indexed text
 * can match across it.
 */
static qnode *text_node(parser *p, size_t start, size_t end, int col,
                        unsigned fields)
{
    tokenizer tz;
    token tk;
    kvec parts = {0};
    svec run = {0};
    uint32_t last = 0;
    tokenizer_init(&tz, p->q + start, end - start);
    for (;;) {
        int more = tokenizer_next(&tz, &tk);
        if (run.n && (!more || tk.pos != last + 1)) {
            qnode *leaf = text_leaf(p, run.n == 1 ? Q_TERM : Q_PHRASE, &run,
                                    col, fields);
            if (!leaf || !kv_push(p, &parts, leaf)) return NULL;
            memset(&run, 0, sizeof run);
        }
        if (!more) break;
        if (!sv_push(p, &run, arena_strndup(p->a, tk.text, tk.len)))
            return NULL;
        last = tk.pos;
    }
    return nary(p, Q_AND, &parts, col);
}

static size_t utf8_chars(const char *s)
{
    size_t c = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) c++;
    return c;
}

/* stem* : the stem must fold to one token of at least two characters. */
static qnode *prefix_node(parser *p, size_t start, size_t end, int col,
                          unsigned fields)
{
    tokenizer tz;
    token tk, extra;
    int len = clip(p->q + start, end - start, 60);
    tokenizer_init(&tz, p->q + start, end - start);
    if (!tokenizer_next(&tz, &tk)) {
        fail(p, col, "'*' must follow at least 2 letters or digits");
        return NULL;
    }
    if (tokenizer_next(&tz, &extra)) {
        fail(p, col, "prefix '%.*s*' is more than one word", len,
             p->q + start);
        return NULL;
    }
    if (utf8_chars(tk.text) < 2) {
        fail(p, col,
             "prefix '%.*s*' is too short: '*' must follow at least 2 "
             "letters or digits",
             len, p->q + start);
        return NULL;
    }
    char *t = arena_strndup(p->a, tk.text, tk.len);
    char **terms = arena_alloc(p->a, sizeof *terms);
    qnode *n = node(p, Q_PREFIX, col);
    if (!t || !terms || !n) {
        oom(p);
        return NULL;
    }
    terms[0] = t;
    n->fields = fields;
    n->terms = terms;
    n->n_terms = 1;
    return n;
}

static qnode *word_node(parser *p, const tok *t, unsigned fields)
{
    const char *s = p->q + t->start;
    size_t len = t->end - t->start;
    const char *star = memchr(s, '*', len);
    if (!star) return text_node(p, t->start, t->end, t->col, fields);
    if (len == 1) {
        /* the field stays: `quote:*` and `speaker:*` are every quote, which
         * makes the search a quote search as any quote field does */
        qnode *n = node(p, Q_ALL, t->col);
        if (n) n->fields = fields;
        return n;
    }
    if ((size_t)(star - s) != len - 1) {
        fail(p, t->col + (int)(star - s),
             "'*' is only allowed alone or at the end of a word (prefix*)");
        return NULL;
    }
    return prefix_node(p, t->start, t->end - 1, t->col, fields);
}

/* --------------------------------------------------------------- dates */

static int all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* One end of a date range, YYYY, YYYY-MM or a full date: the first and the
 * last second it covers.  Returns 0 (error recorded) when malformed. */
static int date_bound(parser *p, size_t start, size_t end, int64_t *lo,
                      int64_t *hi)
{
    const char *s = p->q + start;
    size_t n = end - start;
    int col = (int)start + 1;
    if (n == 4 && all_digits(s, 4)) {
        int y = num(s, 4);
        if (y >= 1000) {
            *lo = date_days_from_civil(y, 1, 1) * 86400;
            *hi = date_days_from_civil(y + 1, 1, 1) * 86400 - 1;
            return 1;
        }
    } else if (n == 7 && all_digits(s, 4) && s[4] == '-' &&
               all_digits(s + 5, 2)) {
        int y = num(s, 4);
        unsigned m = (unsigned)num(s + 5, 2);
        if (y >= 1000 && m >= 1 && m <= 12) {
            *lo = date_days_from_civil(y, m, 1) * 86400;
            *hi = date_days_from_civil(m == 12 ? y + 1 : y,
                                       m == 12 ? 1 : m + 1, 1) * 86400 - 1;
            return 1;
        }
    } else {
        int64_t t = date_parse(s, n);
        if (t != DATE_NONE) {
            *lo = floor_div(t, 86400) * 86400;
            *hi = *lo + 86399;
            return 1;
        }
    }
    int len = clip(s, n, 40);
    fail(p, col, "bad date '%.*s' (use YYYY, YYYY-MM or YYYY-MM-DD)", len, s);
    return 0;
}

/* date:VALUE, the lexer standing just after the ':'. */
static qnode *date_node(parser *p, const tok *f)
{
    const char *q = p->q;
    size_t i = p->i, j = i;
    while (j < p->n && !word_break(q, p->n, j)) j++;
    p->i = j;
    if (j == i) {
        fail(p, f->col,
             "expected a date after 'date:' (YYYY, YYYY-MM, YYYY-MM-DD or "
             "FROM..TO)");
        return NULL;
    }
    int64_t from = INT64_MIN, to = INT64_MAX, unused;
    size_t k = i;
    while (k + 1 < j && !(q[k] == '.' && q[k + 1] == '.')) k++;
    if (k + 1 >= j) { /* a single date: all of it */
        if (!date_bound(p, i, j, &from, &to)) return NULL;
    } else {
        if (k == i && k + 2 == j) {
            fail(p, (int)i + 1, "a date range needs at least one end");
            return NULL;
        }
        if (k > i && !date_bound(p, i, k, &from, &unused)) return NULL;
        if (k + 2 < j && !date_bound(p, k + 2, j, &unused, &to)) return NULL;
        if (from > to) {
            fail(p, (int)i + 1, "date range ends before it starts");
            return NULL;
        }
    }
    qnode *n = node(p, Q_DATE, f->col);
    if (!n) return NULL;
    n->date_from = from;
    n->date_to = to;
    return n;
}

/* -------------------------------------------------------------- parser */

static qnode *parse_or(parser *p, unsigned fields);

static void op_text(const parser *p, const tok *t, int *len, const char **s)
{
    *s = p->q + t->start;
    *len = clip(*s, t->end - t->start, 40);
}

/* After an operator: the next token must start an operand. */
static int need_operand(parser *p, const tok *op, const char *suffix)
{
    tok *t = peek(p);
    if (p->failed) return 0;
    if (can_start(t->kind)) return 1;
    int len;
    const char *s;
    op_text(p, op, &len, &s);
    fail(p, op->col, "nothing after '%.*s%s'", len, s, suffix);
    return 0;
}

/* Where an expression begins (query start, after '('): errors for what
 * cannot begin one. */
static int need_start(parser *p, const tok *lparen)
{
    tok *t = peek(p);
    if (p->failed) return 0;
    if (can_start(t->kind)) return 1;
    int len;
    const char *s;
    op_text(p, t, &len, &s);
    if (t->kind == T_AND || t->kind == T_OR)
        fail(p, t->col, "nothing before '%.*s'", len, s);
    else if (lparen && t->kind == T_RPAREN)
        fail(p, lparen->col, "empty parentheses");
    else if (lparen)
        fail(p, lparen->col, "unbalanced '(': no matching ')'");
    else if (t->kind == T_RPAREN)
        fail(p, t->col, "unbalanced ')': no matching '('");
    else
        fail(p, 1, "query has no searchable words");
    return 0;
}

static int field_index(const parser *p, const tok *t)
{
    size_t len = t->end - t->start;
    for (int f = 0; f < FIELD_COUNT; f++)
        if (strlen(field_name[f]) == len &&
            strncasecmp(field_name[f], p->q + t->start, len) == 0)
            return f;
    if (len == 4 && strncasecmp("date", p->q + t->start, 4) == 0)
        return FIELD_COUNT;
    return -1;
}

static qnode *parse_primary(parser *p, unsigned fields)
{
    tok t = next(p);
    switch (t.kind) {
    case T_WORD:
        return word_node(p, &t, fields);
    case T_QUOTE:
        return text_node(p, t.start, t.end, t.col, fields);
    case T_LPAREN: {
        if (!need_start(p, &t)) return NULL;
        qnode *r = parse_or(p, fields);
        if (p->failed) return NULL;
        if (peek(p)->kind != T_RPAREN) {
            fail(p, t.col, "unbalanced '(': no matching ')'");
            return NULL;
        }
        next(p);
        return r;
    }
    default:
        fail(p, t.col, "unexpected token");
        return NULL;
    }
}

static qnode *parse_unary(parser *p, unsigned fields)
{
    tok t = *peek(p);
    qnode *r = NULL;
    if (p->failed) return NULL;
    /* Each NOT, '+', field and '(' nests one level deeper. */
    if (p->depth >= QUERY_MAX_DEPTH && t.kind != T_WORD && t.kind != T_QUOTE) {
        fail(p, t.col, "query nests too deeply (more than %d levels)",
             QUERY_MAX_DEPTH);
        return NULL;
    }
    p->depth++;
    switch (t.kind) {
    case T_NOT:
        next(p);
        if (need_operand(p, &t, "")) {
            qnode *k = parse_unary(p, fields);
            if (k) {
                r = node(p, Q_NOT, t.col);
                qnode **kids = r ? arena_alloc(p->a, sizeof *kids) : NULL;
                if (kids) {
                    kids[0] = k;
                    r->kids = kids;
                    r->n_kids = 1;
                } else {
                    oom(p);
                    r = NULL;
                }
            }
        }
        break;
    case T_PLUS:
        next(p);
        if (need_operand(p, &t, "")) r = parse_unary(p, fields);
        break;
    case T_FIELD: {
        next(p);
        int f = field_index(p, &t);
        if (f == FIELD_COUNT) {
            r = date_node(p, &t);
        } else if (f >= 0) {
            if (need_operand(p, &t, ":"))
                r = parse_unary(p, FIELD_BIT((unsigned)f));
        } else {
            int len;
            const char *s;
            op_text(p, &t, &len, &s);
            char known[128] = "";
            for (int i = 0; i < FIELD_COUNT; i++) {
                strcat(known, field_name[i]);
                strcat(known, ", ");
            }
            strcat(known, "date");
            fail(p, t.col, "unknown field '%.*s' (known: %s)", len, s, known);
        }
        break;
    }
    default:
        r = parse_primary(p, fields);
        break;
    }
    p->depth--;
    return p->failed ? NULL : r;
}

static qnode *parse_and(parser *p, unsigned fields)
{
    kvec kids = {0};
    int col = peek(p)->col;
    for (;;) {
        qnode *k = parse_unary(p, fields);
        if (p->failed || !kv_push(p, &kids, k)) return NULL;
        tok *t = peek(p);
        if (p->failed) return NULL;
        if (t->kind == T_AND) {
            tok op = next(p);
            if (!need_operand(p, &op, "")) return NULL;
        } else if (!can_start(t->kind)) {
            break;
        }
    }
    return nary(p, Q_AND, &kids, col);
}

static qnode *parse_or(parser *p, unsigned fields)
{
    kvec kids = {0};
    int col = peek(p)->col;
    for (;;) {
        qnode *k = parse_and(p, fields);
        if (p->failed || !kv_push(p, &kids, k)) return NULL;
        tok *t = peek(p);
        if (p->failed) return NULL;
        if (t->kind != T_OR) break;
        tok op = next(p);
        if (!need_operand(p, &op, "")) return NULL;
    }
    return nary(p, Q_OR, &kids, col);
}

/* Offset of the first malformed UTF-8 sequence in s[0..n), or n. */
static size_t utf8_bad_at(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t len;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return i;
        }
        if (len > n - i || s[i + 1] < lo || s[i + 1] > hi) return i;
        for (size_t k = 2; k < len; k++)
            if ((s[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return n;
}

qnode *query_parse(const char *q, arena *a, merr *e)
{
    merr local;
    if (!e) {
        merr_clear(&local);
        e = &local;
    }
    parser p;
    memset(&p, 0, sizeof p);
    p.q = q ? q : "";
    p.n = strlen(p.q);
    p.a = a;
    p.e = e;
    if (p.n > QUERY_MAX_LEN) {
        fail(&p, 1, "query is too long (%zu bytes, the limit is %d)", p.n,
             (int)QUERY_MAX_LEN);
        return NULL;
    }
    if (!utf8_valid(p.q, p.n)) {
        size_t at = utf8_bad_at(p.q, p.n);
        fail(&p, at < p.n ? (int)at + 1 : 1, "invalid UTF-8 in the query");
        return NULL;
    }
    if (!need_start(&p, NULL)) return NULL;
    qnode *r = parse_or(&p, FIELDS_DEFAULT);
    if (p.failed) return NULL;
    tok *t = peek(&p);
    if (!p.failed && t->kind == T_RPAREN)
        fail(&p, t->col, "unbalanced ')': no matching '('");
    if (!p.failed && !r) fail(&p, 1, "query has no searchable words");
    return p.failed ? NULL : r;
}

/* ---------------------------------------------------------------- dump */

static void dump_str(buf *out, const char *s)
{
    buf_putc(out, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            buf_putc(out, '\\');
            buf_putc(out, c);
        } else if (c < 0x20 || c == 0x7f) {
            buf_printf(out, "\\x%02x", c);
        } else {
            buf_putc(out, c);
        }
    }
    buf_putc(out, '"');
}

static void dump_fields(buf *out, unsigned fields)
{
    int first = 1;
    for (int f = 0; f < FIELD_COUNT; f++) {
        if (!(fields & FIELD_BIT((unsigned)f))) continue;
        if (!first) buf_putc(out, '|');
        buf_puts(out, field_name[f]);
        first = 0;
    }
    if (first) buf_puts(out, "none");
}

static void dump_day(buf *out, int64_t t, int64_t open)
{
    if (t == open) {
        buf_putc(out, '*');
        return;
    }
    char day[11];
    date_format_day(t, day);
    buf_puts(out, day);
}

void query_dump(const qnode *n, buf *out)
{
    if (!n) {
        buf_puts(out, "(none)");
        return;
    }
    static const char *const kind_name[] = {
        [Q_TERM] = "term", [Q_PHRASE] = "phrase", [Q_PREFIX] = "prefix",
        [Q_AND] = "and",   [Q_OR] = "or",         [Q_NOT] = "not",
        [Q_DATE] = "date", [Q_ALL] = "all"};
    buf_putc(out, '(');
    buf_puts(out, (unsigned)n->kind < sizeof kind_name / sizeof *kind_name
                      ? kind_name[n->kind]
                      : "?");
    switch (n->kind) {
    case Q_TERM:
    case Q_PHRASE:
    case Q_PREFIX:
        buf_putc(out, ' ');
        dump_fields(out, n->fields);
        for (uint32_t i = 0; i < n->n_terms; i++) {
            buf_putc(out, ' ');
            dump_str(out, n->terms[i]);
        }
        break;
    case Q_DATE:
        buf_putc(out, ' ');
        dump_day(out, n->date_from, INT64_MIN);
        buf_putc(out, ' ');
        dump_day(out, n->date_to, INT64_MAX);
        break;
    case Q_AND:
    case Q_OR:
    case Q_NOT:
        for (uint32_t i = 0; i < n->n_kids; i++) {
            buf_putc(out, ' ');
            query_dump(n->kids[i], out);
        }
        break;
    case Q_ALL:
        if (n->fields != FIELDS_DEFAULT) {
            buf_putc(out, ' ');
            dump_fields(out, n->fields);
        }
        break;
    }
    buf_putc(out, ')');
}
