/*
 * Merging segments: documents are concatenated in segment order, articles
 * and quotes apart (the merged segment numbers every input's articles, in
 * order, then every input's quotes: docs/FORMAT.md, "Documents").  Stored
 * blocks are decompressed and compressed again with the merged segment's
 * own dictionary (keeping each input's dictionary instead would carry up to
 * 110 KiB per input and lose what one dictionary trained on all of them
 * gains): all inputs' article blocks, then all inputs' quote blocks.  Each
 * term's postings are decoded, shifted by the segment's base for the kind
 * of document the term's field is in, and re-encoded.  A term's position
 * values do not depend on doc ids, so its merged value stream is the
 * inputs' streams one after the other; but the record packs them in units
 * of 128, so each input's values are decoded and packed again (the first
 * input's units, still in step, are copied).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "index_writer.h"
#include "postings.h"
#include "segment.h"

typedef struct {
    segment *seg;
    dict_iter it;
    term_info info;
    int live;           /* it holds a term */
    uint32_t n_articles;  /* the input's: its quotes are ids n_articles.. */
    /* what an input doc id of each kind gains in the merged segment: its
     * articles' base, and for quotes the merged segment's articles plus the
     * earlier inputs' quotes, less the input's articles */
    uint32_t shift[2];
    const unsigned char *post0, *pos0;   /* first term's records */
    const unsigned char *post_done, *pos_done; /* read up to here */
} merge_src;

static int src_advance(merge_src *s, merr *e)
{
    int k = dict_iter_next(&s->it, &s->info);
    if (k < 0) {
        merr_set(e, MORGUE_E_CORRUPT, "%s: damaged dictionary", segment_path(s->seg));
        s->live = 0;
        return -1;
    }
    s->live = k;
    return 0;
}

static int term_less(const merge_src *a, const merge_src *b)
{
    size_t m = a->it.term_len < b->it.term_len ? a->it.term_len : b->it.term_len;
    int c = memcmp(a->it.term, b->it.term, m);
    if (c) return c < 0;
    return a->it.term_len < b->it.term_len;
}

morgue_rc merge_segments(const char *dir, char *const *names, uint32_t n,
                         const char *out_name, uint32_t *out_docs, uint64_t *out_size,
                         int threads, int roomy, merr *e)
{
    char path[4096];
    merge_src *src = calloc(n ? n : 1, sizeof *src);
    if (!src) return merr_set(e, MORGUE_E_NOMEM, "merge: out of memory");
    uint64_t articles = 0, quotes = 0;
    for (uint32_t i = 0; i < n && e->rc == MORGUE_OK; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        src[i].seg = segment_open(path, e);
        if (!src[i].seg) break;
        src[i].n_articles = segment_article_count(src[i].seg);
        src[i].shift[DOC_ARTICLE] = (uint32_t)articles;
        src[i].shift[DOC_QUOTE] = (uint32_t)quotes; /* articles added below */
        articles += src[i].n_articles;
        quotes += segment_doc_count(src[i].seg) - src[i].n_articles;
        if (articles + quotes >= UINT32_MAX)
            merr_set(e, MORGUE_E_LIMIT, "merge: too many documents for one segment");
    }
    for (uint32_t i = 0; i < n && e->rc == MORGUE_OK; i++)
        src[i].shift[DOC_QUOTE] += (uint32_t)articles - src[i].n_articles;
    snprintf(path, sizeof path, "%s/%s", dir, out_name);
    segw *w = e->rc == MORGUE_OK ? segw_open(path, e) : NULL;
    if (w) segw_set_threads(w, threads);
    if (w && roomy) segw_set_store_dict_max(w, STORE_DICT_MAX_ROOMY);
    /* Metadata, each article followed by its quotes (as segw_add_docmeta
     * takes them): an input's quotes are in their articles' order. */
    for (uint32_t i = 0; w && i < n && e->rc == MORGUE_OK; i++) {
        segment *s = src[i].seg;
        uint32_t na = src[i].n_articles, nd = segment_doc_count(s), q = na;
        docmeta qm;
        int have_q = 0, bad = 0;
        for (uint32_t a = 0; a < na && !bad && e->rc == MORGUE_OK; a++) {
            docmeta m;
            if ((bad = segment_docmeta(s, a, &m) != 0)) break;
            m.parent += src[i].shift[DOC_ARTICLE];
            if (segw_add_docmeta(w, &m)) break;
            while (e->rc == MORGUE_OK) {
                if (!have_q && q < nd) {
                    if ((bad = segment_docmeta(s, q, &qm) != 0)) break;
                    have_q = 1;
                }
                if (!have_q || qm.parent != a) break;
                qm.parent += src[i].shift[DOC_ARTICLE];
                if (segw_add_docmeta(w, &qm)) break;
                have_q = 0;
                q++;
            }
        }
        /* quotes left over are out of their articles' order */
        if (e->rc == MORGUE_OK && (bad || q < nd))
            merr_set(e, MORGUE_E_CORRUPT, "%s: damaged document metadata", segment_path(s));
        /* read once: its pages need not stay resident through the merge
         * (the inputs' docmeta is ~2.5 MB of a scale-125 merge's RSS) */
        const unsigned char *dm0, *dm_end;
        segment_docmeta_span(s, &dm0, &dm_end);
        segment_drop_pages(s, dm0, dm_end);
    }
    /* Names, then the store: every input's article blocks, then every
     * input's quote blocks. */
    for (uint32_t i = 0; w && i < n && e->rc == MORGUE_OK; i++) {
        segment *s = src[i].seg;
        for (uint32_t k = 0; k < segment_name_count(s) && e->rc == MORGUE_OK; k++) {
            const char *nm;
            size_t nl;
            int kind;
            uint32_t na, nq;
            if (segment_name(s, k, &nm, &nl, &kind, &na, &nq) == 0)
                segw_add_name(w, nm, nl, kind, na, nq);
        }
    }
    buf raw = {0};
    for (int kind = DOC_ARTICLE; kind <= DOC_QUOTE; kind++)
        for (uint32_t i = 0; w && i < n && e->rc == MORGUE_OK; i++) {
            segment *s = src[i].seg;
            for (uint32_t b = 0; b < segment_store_blocks(s) && e->rc == MORGUE_OK; b++) {
                uint32_t nd;
                int k = segment_store_block_kind(s, b);
                if (k < 0) {
                    merr_set(e, MORGUE_E_CORRUPT, "%s: the store table is damaged (block %u)", segment_path(s), b);
                    break;
                }
                if (k != kind) continue;
                if (segment_store_block_raw(s, b, &raw, &nd, e) == 0)
                    segw_add_store_block(w, kind, raw.p, raw.len, nd);
            }
            /* the merge reads each input's store once per kind: keep its
             * pages out of RSS in between */
            const unsigned char *store0, *store_end;
            segment_store_span(s, &store0, &store_end);
            segment_drop_pages(s, store0, store_end);
        }
    buf_free(&raw);
    /* the store is complete: compressed meanwhile on a thread of its own */
    if (w && roomy && e->rc == MORGUE_OK) segw_store_start(w);
    /* Terms: k-way merge of the dictionaries. */
    for (uint32_t i = 0; w && i < n && e->rc == MORGUE_OK; i++) {
        dict_iter_seek(&src[i].it, src[i].seg, "", 0);
        src_advance(&src[i], e);
        if (src[i].live) {
            src[i].post0 = src[i].post_done = src[i].info.postings;
            src[i].pos0 = src[i].pos_done = src[i].info.positions;
        }
    }
    uint64_t terms_done = 0;
    uint32_t *docs = NULL, *freqs = NULL;
    size_t cap = 0;
    buf post = {0}, pos = {0};
    postings_reader *pr = malloc(sizeof *pr);
    if (!pr) merr_set(e, MORGUE_E_NOMEM, "merge: out of memory");
    while (w && e->rc == MORGUE_OK) {
        merge_src *min = NULL;
        for (uint32_t i = 0; i < n; i++)
            if (src[i].live && (!min || term_less(&src[i], min))) min = &src[i];
        if (!min) break;
        char term[sizeof min->it.term];
        size_t tlen = min->it.term_len;
        memcpy(term, min->it.term, tlen);
        uint64_t df = 0, cf = 0;
        for (uint32_t i = 0; i < n; i++)
            if (src[i].live && src[i].it.term_len == tlen && !memcmp(src[i].it.term, term, tlen))
                df += src[i].info.df;
        if (df > cap) {
            size_t ncap = df < 4096 ? 4096 : (size_t)df;
            uint32_t *d = realloc(docs, sizeof *d * ncap), *f = d ? realloc(freqs, sizeof *f * ncap) : NULL;
            if (d) docs = d;
            if (f) freqs = f;
            if (!d || !f) {
                merr_set(e, MORGUE_E_NOMEM, "merge: out of memory");
                break;
            }
            cap = ncap;
        }
        size_t k = 0;
        int kind = field_doc_kind(term[0] - FIELD_TERM_PREFIX(0));
        int name = tlen > 1 && term[1] == FIELD_NAME_MARK;
        buf_clear(&pos);
        positions_packer pk;
        positions_packer_start(&pk, &pos);
        for (uint32_t i = 0; i < n && e->rc == MORGUE_OK; i++) {
            merge_src *s = &src[i];
            if (!s->live || s->it.term_len != tlen || memcmp(s->it.term, term, tlen)) continue;
            postings_open(pr, s->info.postings, s->info.postings_len, s->info.df,
                          s->info.positions, s->info.positions_len);
            uint32_t d, got = 0;
            uint64_t values = 0;
            while ((d = postings_next(pr)) != DOC_END && k < df) {
                /* a doc of the other kind is damage (and would break the
                 * merged list's order) */
                if ((d >= s->n_articles) != (kind == DOC_QUOTE) || d >= segment_doc_count(s->seg)) break;
                docs[k] = d + s->shift[kind];
                freqs[k] = postings_freq(pr);
                cf += freqs[k];
                values += freqs[k];
                k++;
                got++;
            }
            /* a whole-name term has no positions in any input */
            if (pr->corrupt || got != s->info.df ||
                (name ? s->info.positions_len != 0
                      : positions_packer_add_record(&pk, s->info.positions, s->info.positions_len,
                                                    values) != 0)) {
                merr_set(e, MORGUE_E_CORRUPT, "%s: damaged postings", segment_path(s->seg));
                break;
            }
            s->post_done = s->info.postings + s->info.postings_len;
            s->pos_done = s->info.positions + s->info.positions_len;
            src_advance(s, e);
        }
        if (e->rc != MORGUE_OK) break;
        positions_packer_finish(&pk);
        buf_clear(&post);
        if (pos.oom || postings_encode(docs, freqs, k, name ? NULL : pos.p, pos.len, &post)) {
            merr_set(e, MORGUE_E_NOMEM, "merge: cannot encode postings");
            break;
        }
        segw_add_term(w, term, tlen, (uint32_t)k, cf, post.p, post.len, pos.p, pos.len);
        /* every few thousand terms, release what the inputs no longer need */
        if ((++terms_done & 4095) == 0)
            for (uint32_t i = 0; i < n; i++)
                if (src[i].post0) {
                    segment_drop_pages(src[i].seg, src[i].post0, src[i].post_done);
                    segment_drop_pages(src[i].seg, src[i].pos0, src[i].pos_done);
                }
    }
    free(pr);
    free(docs);
    free(freqs);
    buf_free(&post);
    buf_free(&pos);
    uint64_t total_docs = w ? segw_doc_count(w) : 0;
    if (w) {
        if (e->rc == MORGUE_OK) segw_finish(w);
        else segw_abort(w);
    }
    for (uint32_t i = 0; i < n; i++) segment_close(src[i].seg);
    free(src);
    if (e->rc == MORGUE_OK) {
        struct stat st;
        *out_docs = (uint32_t)total_docs;
        *out_size = stat(path, &st) == 0 ? (uint64_t)st.st_size : 0;
    }
    return e->rc;
}
