/*
 * Query parser: a table of queries with the expected tree (query_dump) or
 * the expected error (column and a piece of the message), plus a few checks
 * of node fields the dump does not show (columns, exact date bounds).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "error.h"
#include "fields.h"
#include "query.h"
#include "test.h"
#include "utf8.h"

#define TB "title|body"
#define T(w) "(term " TB " \"" w "\")"

typedef struct {
    const char *q;
    const char *dump; /* expected tree; NULL for an error (or "" for any tree) */
    int col;          /* expected error column */
    const char *msg;  /* substring of the expected error message */
} qcase;

static const qcase cases[] = {
    /* words, case folding, implicit AND */
    {"nato", T("nato"), 0, NULL},
    {"NATO", T("nato"), 0, NULL},
    {"  nato\t", T("nato"), 0, NULL},
    {"nato putin", "(and " T("nato") " " T("putin") ")", 0, NULL},
    {"nato\xc2\xa0putin", "(and " T("nato") " " T("putin") ")", 0, NULL},

    /* operators and their synonyms */
    {"nato AND putin", "(and " T("nato") " " T("putin") ")", 0, NULL},
    {"nato && putin", "(and " T("nato") " " T("putin") ")", 0, NULL},
    {"nato OR putin", "(or " T("nato") " " T("putin") ")", 0, NULL},
    {"nato || putin", "(or " T("nato") " " T("putin") ")", 0, NULL},
    {"nato NOT putin", "(and " T("nato") " (not " T("putin") "))", 0, NULL},
    {"nato -putin", "(and " T("nato") " (not " T("putin") "))", 0, NULL},
    {"nato !putin", "(and " T("nato") " (not " T("putin") "))", 0, NULL},
    {"nato ! putin", "(and " T("nato") " (not " T("putin") "))", 0, NULL},
    {"nato AND NOT putin", "(and " T("nato") " (not " T("putin") "))", 0, NULL},
    {"+nato +putin", "(and " T("nato") " " T("putin") ")", 0, NULL},
    {"Putin +NATO -Biden",
     "(and " T("putin") " " T("nato") " (not " T("biden") "))", 0, NULL},
    {"-nato", "(not " T("nato") ")", 0, NULL},
    {"NOT NOT nato", "(not (not " T("nato") "))", 0, NULL},
    {"-(nato OR putin)", "(not (or " T("nato") " " T("putin") "))", 0, NULL},
    /* lowercase operators are ordinary words */
    {"war and peace", "(and " T("war") " " T("and") " " T("peace") ")", 0, NULL},
    {"to be or not", "(and " T("to") " " T("be") " " T("or") " " T("not") ")",
     0, NULL},
    /* a lone '-' or '+' is punctuation */
    {"putin - biden", "(and " T("putin") " " T("biden") ")", 0, NULL},
    {"nato -", T("nato"), 0, NULL},

    /* precedence: OR loosest, then AND, then NOT */
    {"a b OR c", "(or (and " T("a") " " T("b") ") " T("c") ")", 0, NULL},
    {"a OR b c", "(or " T("a") " (and " T("b") " " T("c") "))", 0, NULL},
    {"a OR b AND c", "(or " T("a") " (and " T("b") " " T("c") "))", 0, NULL},
    {"NOT a b", "(and (not " T("a") ") " T("b") ")", 0, NULL},
    {"a OR NOT b", "(or " T("a") " (not " T("b") "))", 0, NULL},
    {"(a OR b) c", "(and (or " T("a") " " T("b") ") " T("c") ")", 0, NULL},
    {"(nato OR otan) AND (russia OR россия) -ukraine",
     "(and (or " T("nato") " " T("otan") ") (or " T("russia") " " T("россия")
     ") (not " T("ukraine") "))", 0, NULL},
    /* flattening and collapsing */
    {"((nato))", T("nato"), 0, NULL},
    {"a (b c) (d AND e)",
     "(and " T("a") " " T("b") " " T("c") " " T("d") " " T("e") ")", 0, NULL},
    {"(a OR b) OR (c || d)",
     "(or " T("a") " " T("b") " " T("c") " " T("d") ")", 0, NULL},

    /* phrases */
    {"\"security concerns\"", "(phrase " TB " \"security\" \"concerns\")", 0,
     NULL},
    {"\xe2\x80\x9csecurity concerns\xe2\x80\x9d",
     "(phrase " TB " \"security\" \"concerns\")", 0, NULL},
    {"\"nato\"", T("nato"), 0, NULL},
    {"\"\xe2\x80\x94\" nato", T("nato"), 0, NULL},
    {"nato\"security concerns\"",
     "(and " T("nato") " (phrase " TB " \"security\" \"concerns\"))", 0, NULL},
    {"-\"security concerns\"",
     "(not (phrase " TB " \"security\" \"concerns\"))", 0, NULL},
    {"\"(a OR b)\"", "(phrase " TB " \"a\" \"or\" \"b\")", 0, NULL},
    {"\xe2\x80\x9c\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd \xd0\xb8 "
     "\xd0\x9d\xd0\x90\xd0\xa2\xd0\x9e\xe2\x80\x9d",
     "(phrase " TB " \"путин\" \"и\" \"нато\")", 0, NULL},

    /* how words are tokenized */
    {"biden-putin summit",
     "(and (phrase " TB " \"biden\" \"putin\") " T("summit") ")", 0, NULL},
    {"Russia\xe2\x80\x99s", T("russia"), 0, NULL},
    {"Russia's army", "(and " T("russia") " " T("army") ")", 0, NULL},
    {"O\xe2\x80\x99" "Brien", T("o'brien"), 0, NULL},
    {"u.s", "(phrase " TB " \"u\" \"s\")", 0, NULL},
    {"3.5 percent", "(and " T("3.5") " " T("percent") ")", 0, NULL},
    {"Путин", T("путин"), 0, NULL},
    {"ЁЛКА", T("елка"), 0, NULL},
    {"José Müller", "(and " T("jose") " " T("muller") ")", 0, NULL},
    {"nato \xf0\x9f\x9a\x80 \xe2\x80\x94 putin",
     "(and " T("nato") " " T("putin") ")", 0, NULL},
    {"http://example.com/a",
     "(phrase " TB " \"http\" \"example\" \"com\" \"a\")", 0, NULL},
    {"10:30", "", 0, NULL}, /* not a field; the tokenizer decides the rest */
    {"title: nato", "(and " T("title") " " T("nato") ")", 0, NULL},
    {"update:", T("update"), 0, NULL}, /* no field's name: a word */

    /* prefix and match-all */
    {"nat*", "(prefix " TB " \"nat\")", 0, NULL},
    {"NAT*", "(prefix " TB " \"nat\")", 0, NULL},
    {"Пут*", "(prefix " TB " \"пут\")", 0, NULL},
    {"*", "(all)", 0, NULL},
    {"* -nato", "(and (all) (not " T("nato") "))", 0, NULL},
    /* a field keeps its `*`: quote:* and speaker:* are every quote */
    {"quote:*", "(all quote)", 0, NULL},
    {"speaker:* nato", "(and (all speaker) " T("nato") ")", 0, NULL},
    {"title:(* -nato)", "(and (all title) (not (term title \"nato\")))", 0, NULL},
    {"nat* OR otan", "(or (prefix " TB " \"nat\") " T("otan") ")", 0, NULL},

    /* fields */
    {"title:nato", "(term title \"nato\")", 0, NULL},
    {"TITLE:NATO", "(term title \"nato\")", 0, NULL},
    {"Body:nato", "(term body \"nato\")", 0, NULL},
    {"body:\"security concerns\"",
     "(phrase body \"security\" \"concerns\")", 0, NULL},
    {"title:\xe2\x80\x9csecurity concerns\xe2\x80\x9d",
     "(phrase title \"security\" \"concerns\")", 0, NULL},
    {"title:(nato OR putin) ukraine",
     "(and (or (term title \"nato\") (term title \"putin\")) " T("ukraine")
     ")", 0, NULL},
    {"title:(body:nato putin)",
     "(and (term body \"nato\") (term title \"putin\"))", 0, NULL},
    {"title:nat*", "(prefix title \"nat\")", 0, NULL},
    {"title:biden-putin", "(phrase title \"biden\" \"putin\")", 0, NULL},
    {"-title:nato", "(not (term title \"nato\"))", 0, NULL},
    {"title:-nato", "(not (term title \"nato\"))", 0, NULL},
    {"title:(nato -putin)",
     "(and (term title \"nato\") (not (term title \"putin\")))", 0, NULL},

    /* dates */
    {"date:2021-12-01..2022-01-31", "(date 2021-12-01 2022-01-31)", 0, NULL},
    {"date:2021-12-01..", "(date 2021-12-01 *)", 0, NULL},
    {"date:..2022-01-31", "(date * 2022-01-31)", 0, NULL},
    {"date:2021-12", "(date 2021-12-01 2021-12-31)", 0, NULL},
    {"date:2020-02", "(date 2020-02-01 2020-02-29)", 0, NULL},
    {"date:2021", "(date 2021-01-01 2021-12-31)", 0, NULL},
    {"date:2021-12-01", "(date 2021-12-01 2021-12-01)", 0, NULL},
    {"date:2021..2022-06", "(date 2021-01-01 2022-06-30)", 0, NULL},
    {"DATE:1987", "(date 1987-01-01 1987-12-31)", 0, NULL},
    {"nato date:2022-02", "(and " T("nato") " (date 2022-02-01 2022-02-28))",
     0, NULL},
    {"nato -date:2021", "(and " T("nato") " (not (date 2021-01-01 2021-12-31)))",
     0, NULL},
    {"date:2022", "(date 2022-01-01 2022-12-31)", 0, NULL},

    /* errors: nothing to search */
    {"", NULL, 1, "no searchable words"},
    {"   ", NULL, 1, "no searchable words"},
    {"\xe2\x80\x94 \xf0\x9f\x9a\x80 ?", NULL, 1, "no searchable words"},
    {"+", NULL, 1, "no searchable words"},
    {"(\xe2\x80\x94) OR \"...\"", NULL, 1, "no searchable words"},
    /* dangling operators */
    {"nato AND", NULL, 6, "nothing after 'AND'"},
    {"nato &&", NULL, 6, "nothing after '&&'"},
    {"nato OR", NULL, 6, "nothing after 'OR'"},
    {"OR nato", NULL, 1, "nothing before 'OR'"},
    {"AND", NULL, 1, "nothing before 'AND'"},
    {"NOT", NULL, 1, "nothing after 'NOT'"},
    {"nato NOT", NULL, 6, "nothing after 'NOT'"},
    {"nato !", NULL, 6, "nothing after '!'"},
    {"a AND OR b", NULL, 3, "nothing after 'AND'"},
    {"(a AND) b", NULL, 4, "nothing after 'AND'"},
    {"(OR a)", NULL, 2, "nothing before 'OR'"},
    {"(title:)", NULL, 2, "nothing after 'title:'"},
    /* a known field's name ending the query is a field, not the word */
    {"speaker:", NULL, 1, "nothing after 'speaker:'"},
    {"nato Title:", NULL, 6, "nothing after 'Title:'"},
    {"date:", NULL, 1, "expected a date after 'date:'"},
    /* quotes */
    {"\"security concerns", NULL, 1, "unclosed quote"},
    {"nato \xe2\x80\x9csecurity", NULL, 6, "unclosed quote"},
    {"a \"b\" \"c", NULL, 7, "unclosed quote"},
    /* parentheses */
    {"(nato", NULL, 1, "unbalanced '('"},
    {"((nato) putin", NULL, 1, "unbalanced '('"},
    {"a (", NULL, 3, "unbalanced '('"},
    {"title:(nato", NULL, 7, "unbalanced '('"},
    {"nato)", NULL, 5, "unbalanced ')'"},
    {"(a)) b", NULL, 4, "unbalanced ')'"},
    {")", NULL, 1, "unbalanced ')'"},
    {"()", NULL, 1, "empty parentheses"},
    {"nato ( )", NULL, 6, "empty parentheses"},
    /* fields */
    {"foo:bar", NULL, 1, "unknown field 'foo' (known: title, body, quote, speaker, person, org, place, entity, date)"},
    {"nato Author:smith", NULL, 6, "unknown field 'Author'"},
    {"-x:(a b)", NULL, 2, "unknown field 'x'"},
    /* stars */
    {"n*to", NULL, 2, "'*'"},
    {"*nato", NULL, 1, "'*'"},
    {"nato**", NULL, 5, "'*'"},
    {"**", NULL, 1, "'*'"},
    {"n*", NULL, 1, "too short"},
    {"\xd0\x9f*", NULL, 1, "too short"},
    {"\xe2\x80\x94*", NULL, 1, "'*'"},
    {"biden-pu*", NULL, 1, "more than one word"},
    /* dates */
    {"date:2021-13", NULL, 6, "bad date '2021-13'"},
    {"date:yesterday", NULL, 6, "bad date"},
    {"date:0999", NULL, 6, "bad date"},
    {"date:2021-12-01..soon", NULL, 18, "bad date 'soon'"},
    {"date:2022..2021", NULL, 6, "ends before it starts"},
    {"date:2021-12-02..2021-12-01", NULL, 6, "ends before it starts"},
    {"date:..", NULL, 6, "at least one end"},
    {"date:(2021)", NULL, 1, "expected a date"},
    {"nato date:2021..2022..2023", NULL, 17, "bad date"},
    /* invalid UTF-8 */
    {"nato \xff", NULL, 6, "invalid UTF-8"},
    {"ab \xc3", NULL, 4, "invalid UTF-8"},
    {"\xed\xa0\x80", NULL, 1, "invalid UTF-8"},
    {"x \xc0\xaf", NULL, 3, "invalid UTF-8"},
};

static int run_case(const qcase *c)
{
    arena a;
    arena_init(&a);
    merr e;
    merr_clear(&e);
    buf b = {0};
    int ok;
    qnode *n = query_parse(c->q, &a, &e);
    if (c->dump) {
        if (n) query_dump(n, &b);
        ok = n && e.rc == MORGUE_OK &&
             (!c->dump[0] || strcmp(buf_cstr(&b), c->dump) == 0);
        CHECK_MSG(ok, "query '%s': got %s [%s], want %s", c->q,
                  n ? buf_cstr(&b) : "error", merr_msg(&e), c->dump);
    } else {
        if (n) query_dump(n, &b);
        ok = !n && e.rc == MORGUE_E_QUERY && e.col == c->col &&
             strstr(e.msg, c->msg) != NULL;
        CHECK_MSG(ok, "query '%s': got %s col %d \"%s\", want col %d \"%s\"",
                  c->q, n ? buf_cstr(&b) : "error", e.col, merr_msg(&e),
                  c->col, c->msg);
    }
    buf_free(&b);
    arena_free(&a);
    return ok;
}

static qnode *parse_ok(arena *a, const char *q)
{
    merr e;
    merr_clear(&e);
    qnode *n = query_parse(q, a, &e);
    CHECK_MSG(n != NULL, "query '%s': %s", q, merr_msg(&e));
    return n;
}

/* Node fields that the dump leaves out. */
static void test_nodes(void)
{
    arena a;
    arena_init(&a);

    qnode *n = parse_ok(&a, "nato -putin");
    if (n) {
        CHECK(n->kind == Q_AND && n->n_kids == 2);
        CHECK(n->kids[0]->kind == Q_TERM && n->kids[0]->col == 1);
        CHECK(n->kids[0]->fields == FIELDS_DEFAULT);
        CHECK(n->kids[0]->n_terms == 1);
        CHECK_STR(n->kids[0]->terms[0], "nato");
        CHECK(n->kids[1]->kind == Q_NOT && n->kids[1]->col == 6);
        CHECK(n->kids[1]->n_kids == 1 && n->kids[1]->kids[0]->col == 7);
    }

    n = parse_ok(&a, "title:\"a b\"");
    if (n) {
        CHECK(n->kind == Q_PHRASE && n->n_terms == 2);
        CHECK(n->fields == FIELD_BIT(FIELD_TITLE));
        CHECK(n->col == 7);
    }

    n = parse_ok(&a, "date:2021-12-01");
    if (n) {
        CHECK(n->kind == Q_DATE);
        CHECK(n->date_from == 1638316800);             /* 2021-12-01T00:00:00Z */
        CHECK(n->date_to == 1638316800 + 86399);       /* its last second */
    }
    n = parse_ok(&a, "date:2021-12..");
    if (n) {
        CHECK(n->date_from == 1638316800);
        CHECK(n->date_to == INT64_MAX);
    }
    n = parse_ok(&a, "date:..2021");
    if (n) {
        CHECK(n->date_from == INT64_MIN);
        CHECK(n->date_to == 1640995200 - 1);           /* 2022-01-01 - 1 s */
    }
    n = parse_ok(&a, "date:1969-12-31");                /* before the epoch */
    if (n) {
        CHECK(n->date_from == -86400);
        CHECK(n->date_to == -1);
    }

    /* A sticky error already on the context stays; the parse still fails. */
    merr e;
    merr_clear(&e);
    merr_set(&e, MORGUE_E_IO, "earlier failure");
    CHECK(query_parse("nato AND", &a, &e) == NULL);
    CHECK(e.rc == MORGUE_E_IO);

    /* Query text quoted in a message is cut on a character boundary. */
    char q[200] = "date:";
    for (int i = 0; i < 45; i++) strcat(q, "\xd0\xb4");
    merr_clear(&e);
    CHECK(query_parse(q, &a, &e) == NULL);
    CHECK(e.col == 6 && strstr(e.msg, "bad date"));
    CHECK(utf8_valid(e.msg, strlen(e.msg)));

    /* The dump of an empty tree. */
    buf b = {0};
    query_dump(NULL, &b);
    CHECK_STR(buf_cstr(&b), "(none)");
    buf_free(&b);
    arena_free(&a);
}

/* Limits: length and nesting, built at run time. */
static void test_limits(void)
{
    arena a;
    arena_init(&a);
    merr e;

    size_t n = 64 * 1024 + 10, k;
    char *q = malloc(n + 1);
    for (size_t i = 0; i < n; i++) q[i] = i % 5 == 4 ? ' ' : 'a';
    q[n] = 0;
    merr_clear(&e);
    CHECK(query_parse(q, &a, &e) == NULL);
    CHECK(e.rc == MORGUE_E_QUERY && e.col == 1 && strstr(e.msg, "too long"));

    /* Just under the limit: many words parse into one flat AND. */
    q[60000] = 0;
    merr_clear(&e);
    qnode *r = query_parse(q, &a, &e);
    CHECK(r && r->kind == Q_AND && r->n_kids == 12000);

    /* 100 levels of parentheses are fine, 101 are not (the error points at
     * the 101st '('). */
    for (int depth = 100; depth <= 101; depth++) {
        k = 0;
        for (int i = 0; i < depth; i++) q[k++] = '(';
        memcpy(q + k, "nato", 4);
        k += 4;
        for (int i = 0; i < depth; i++) q[k++] = ')';
        q[k] = 0;
        merr_clear(&e);
        r = query_parse(q, &a, &e);
        if (depth == 100) {
            CHECK(r && r->kind == Q_TERM);
        } else {
            CHECK(r == NULL && e.col == 101 &&
                  strstr(e.msg, "nests too deeply"));
        }
    }

    /* A long run of '-' is nesting too: it must not recurse without bound. */
    memset(q, '-', 5000);
    strcpy(q + 5000, "nato");
    merr_clear(&e);
    CHECK(query_parse(q, &a, &e) == NULL);
    CHECK(e.rc == MORGUE_E_QUERY && e.col == 101 &&
          strstr(e.msg, "nests too deeply"));

    /* So is a chain of fields. */
    k = 0;
    for (int i = 0; i < 200; i++) {
        memcpy(q + k, "title:", 6);
        k += 6;
    }
    strcpy(q + k, "nato");
    merr_clear(&e);
    CHECK(query_parse(q, &a, &e) == NULL);
    CHECK(e.col == 601 && strstr(e.msg, "nests too deeply"));
    free(q);

    /* An even number of '-' under the limit is a double negation. */
    merr_clear(&e);
    r = query_parse("--nato", &a, &e);
    CHECK(r && r->kind == Q_NOT && r->kids[0]->kind == Q_NOT);
    arena_free(&a);
}

int main(void)
{
    size_t n = sizeof cases / sizeof cases[0];
    for (size_t i = 0; i < n; i++) run_case(&cases[i]);
    test_nodes();
    test_limits();
    printf("%zu table cases\n", n);
    TEST_END();
}
