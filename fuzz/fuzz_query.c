/*
 * Fuzz target for the query parser: any bytes (as a NUL-terminated string)
 * either parse into a well-formed tree, which is then dumped, or fail with
 * MORGUE_E_QUERY and a column inside the text.  Anything else aborts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "error.h"
#include "fields.h"
#include "query.h"
#include "utf8.h"

/* Checks the invariants query.h promises; returns 0 when one is broken. */
static int valid(const qnode *n, int depth)
{
    if (!n || depth > 1000) return 0;
    switch (n->kind) {
    case Q_TERM:
    case Q_PREFIX:
        if (n->n_terms != 1) return 0;
        /* fall through */
    case Q_PHRASE:
        if (n->n_terms < 1 || (n->kind == Q_PHRASE && n->n_terms < 2))
            return 0;
        /* any of the fields (the check once allowed title and body only,
         * so every person:, quote: or speaker: query aborted the target) */
        if (!n->fields || (n->fields & ~(FIELD_BIT(FIELD_COUNT) - 1u))) return 0;
        for (uint32_t i = 0; i < n->n_terms; i++)
            if (!n->terms[i] || !n->terms[i][0]) return 0;
        return 1;
    case Q_AND:
    case Q_OR:
        if (n->n_kids < 2) return 0;
        for (uint32_t i = 0; i < n->n_kids; i++)
            if (!n->kids[i] || n->kids[i]->kind == n->kind ||
                !valid(n->kids[i], depth + 1))
                return 0;
        return 1;
    case Q_NOT:
        return n->n_kids == 1 && valid(n->kids[0], depth + 1);
    case Q_DATE:
        return n->date_from <= n->date_to;
    case Q_ALL:
        return 1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *q = malloc(size + 1);
    if (!q) return 0;
    if (size) memcpy(q, data, size);
    q[size] = 0;

    arena a;
    arena_init(&a);
    merr e;
    merr_clear(&e);
    qnode *n = query_parse(q, &a, &e);
    if (n) {
        if (e.rc != MORGUE_OK || !valid(n, 0)) abort();
        buf b = {0};
        query_dump(n, &b);
        if (!b.oom && (b.len < 5 || b.p[0] != '(' || b.p[b.len - 1] != ')'))
            abort();
        buf_free(&b);
    } else if (e.rc == MORGUE_E_QUERY) {
        if (e.col < 1 || (size_t)e.col > strlen(q) + 1 || !e.msg[0] ||
            !utf8_valid(e.msg, strlen(e.msg)))
            abort();
    } else if (e.rc != MORGUE_E_NOMEM) {
        abort();
    }
    arena_free(&a);
    free(q);
    return 0;
}
