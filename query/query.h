/*
 * Query syntax tree, produced by query_parse (query/query_parse.c) and run by
 * the executor (query/query_exec.c).  Syntax: docs/QUERY.md.
 *
 * Precedence, loosest first: OR, AND (explicit or implied by juxtaposition),
 * NOT / '-' prefix, then atoms: word, "phrase", prefix*, field:atom,
 * field:(group), date:FROM..TO, (group).  '+' before an atom is accepted and
 * means nothing more than AND.
 */
#ifndef MORGUE_QUERY_H
#define MORGUE_QUERY_H

#include <stdint.h>
#include "arena.h"
#include "buf.h"
#include "error.h"

typedef enum {
    Q_TERM,    /* one folded token in fields; terms[0] */
    Q_PHRASE,  /* n_terms >= 2 consecutive tokens in one field */
    Q_PREFIX,  /* terms[0] is a folded prefix: any token starting with it */
    Q_AND,     /* every kid matches; kids may include Q_NOT */
    Q_OR,      /* any kid matches */
    Q_NOT,     /* kids[0] does not match (alone: every article but those) */
    Q_DATE,    /* article date within [date_from, date_to] (seconds, UTC) */
    Q_ALL      /* every article, every quote in a quote search ("*") */
} qnode_kind;

typedef struct qnode {
    qnode_kind kind;
    unsigned fields;         /* FIELD_BIT mask for TERM/PHRASE/PREFIX/ALL */
    int col;                 /* 1-based column (in bytes) in the query text */
    char **terms;            /* folded tokens, NUL-terminated, arena-owned */
    uint32_t n_terms;
    int64_t date_from;       /* inclusive; INT64_MIN for open */
    int64_t date_to;         /* inclusive (end of the last day); INT64_MAX */
    struct qnode **kids;
    uint32_t n_kids;
    int spellings;           /* OR: its kids are spellings of one name
                                (expand_names), ranked as one word */
} qnode;

/*
 * Parses `q` into a tree allocated in arena `a` (owned by it).  On a syntax
 * error returns NULL and records MORGUE_E_QUERY on `e` with the 1-based
 * column and a message such as "unclosed quote" or "unknown field 'foo'".
 * A query with no searchable word (only punctuation) is an error too.
 * Single-kid AND/OR nodes are collapsed; nested ANDs (ORs) are flattened.
 */
qnode *query_parse(const char *q, arena *a, merr *e);

/*
 * Writes the tree as an S-expression for tests and --explain, e.g.
 *   (and (term title|body "nato") (not (phrase body "security" "concerns")))
 *   (date 2021-12-01 2022-01-31)   (prefix title|body "nat")   (all)
 */
void query_dump(const qnode *n, buf *out);

#endif
