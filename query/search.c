/*
 * morgue_search: parse, execute, then dress the hits (stored fields and
 * snippets).  Everything a result holds lives in one arena freed by
 * morgue_results_free.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

struct morgue_results {
    arena a;
    uint64_t total;
    morgue_hit *hits;
    size_t n;
};

morgue_results *morgue_search(morgue_index *ix, const char *query,
                              const morgue_search_opts *opts)
{
    if (!ix) return NULL;
    if (ix->e.rc != MORGUE_OK && ix->e.rc != MORGUE_E_QUERY && ix->e.rc != MORGUE_E_ARG)
        return NULL; /* the index itself is unusable */
    merr_clear(&ix->e);
    morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
    if (opts) o = *opts;
    if (!query) {
        merr_set(&ix->e, MORGUE_E_ARG, "no query");
        return NULL;
    }
    morgue_results *r = calloc(1, sizeof *r);
    if (!r) {
        merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
        return NULL;
    }
    arena_init(&r->a);
    qnode *q = query_parse(query, &r->a, &ix->e);
    if (!q) goto fail;
    size_t want = o.count_only ? 0 : o.offset + o.limit;
    if (want < o.offset) want = SIZE_MAX / sizeof(scored_doc) / 2; /* overflow */
    if (!o.count_only && o.limit == 0) want = 0;
    scored_doc *top = NULL;
    size_t n_top = 0;
    if (exec_query(ix, q, o.sort == MORGUE_SORT_DATE, want, &r->a, &r->total, &top, &n_top))
        goto fail;
    if (n_top <= o.offset) return r;
    r->n = n_top - o.offset;
    r->hits = arena_calloc(&r->a, r->n, sizeof *r->hits);
    if (!r->hits) {
        merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
        goto fail;
    }
    hl_terms hl = {0};
    if (o.snippets) collect_hl_terms(q, &r->a, &hl, 0);
    for (size_t i = 0; i < r->n; i++) {
        const scored_doc *sd = &top[o.offset + i];
        segment *seg = ix->segs[sd->seg];
        docmeta m;
        stored_doc st;
        if (segment_docmeta(seg, sd->doc, &m) ||
            segment_stored(seg, sd->doc, &ix->scratch, &st, &ix->e))
            goto fail;
        morgue_hit *h = &r->hits[i];
        snprintf(h->id, sizeof h->id, "%016" PRIx64, m.id);
        h->score = sd->score;
        h->title = arena_strndup(&r->a, st.f[SF_TITLE], st.len[SF_TITLE]);
        h->date = arena_strndup(&r->a, st.f[SF_DATE], st.len[SF_DATE]);
        h->url = st.len[SF_URL] ? arena_strndup(&r->a, st.f[SF_URL], st.len[SF_URL])
                                : arena_strndup(&r->a, st.f[SF_SOURCE], st.len[SF_SOURCE]);
        h->source = arena_strndup(&r->a, st.f[SF_SOURCE], st.len[SF_SOURCE]);
        h->author = arena_strndup(&r->a, st.f[SF_AUTHOR], st.len[SF_AUTHOR]);
        h->snippet = "";
        if (o.snippets) {
            morgue_span *spans;
            make_snippet(st.f[SF_BODY], st.len[SF_BODY], &hl, o.snippet_len ? o.snippet_len : 200,
                         &r->a, &h->snippet, &spans, &h->n_matches);
            h->matches = spans;
        }
        if (!h->title || !h->date || !h->url || !h->author || !h->source) {
            merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
            goto fail;
        }
    }
    return r;
fail:
    morgue_results_free(r);
    return NULL;
}

uint64_t morgue_results_total(const morgue_results *r) { return r ? r->total : 0; }
size_t morgue_results_size(const morgue_results *r) { return r ? r->n : 0; }
const morgue_hit *morgue_results_hit(const morgue_results *r, size_t i)
{
    return r && i < r->n ? &r->hits[i] : NULL;
}
void morgue_results_free(morgue_results *r)
{
    if (!r) return;
    arena_free(&r->a);
    free(r);
}
