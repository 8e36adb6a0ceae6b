/*
 * Quotation, speaker and entity extraction with rules and lexicons
 * (docs/EXTRACTION.md): the stages in order, each in a file of its own,
 * all memory from the caller's arena.
 *
 *   extract_text.c      the text scanned into word, punctuation,
 *                       quotation-mark and paragraph tokens; quotation
 *                       marks paired into regions; sentences cut outside
 *                       the regions
 *   extract_entities.c  capitalised sequences become entity mentions,
 *                       linked within the article
 *   extract_quotes.c    every sentence holding a region (or, for reported
 *                       speech, a cue verb) matched against the
 *                       attribution patterns, with the speaker phrases
 *                       of extract_speakers.c
 *   extract_names.c     organisation names that need the text around a
 *                       mention, after the quotes
 *
 * The stages share the ctx of extract_ctx.h; the lexicons are
 * extract_lex.c's.
 */
#include "extract_ctx.h"

int extract_article(const char *text, size_t n, arena *a, extraction *out)
{
    memset(out, 0, sizeof *out);
    if (lx_init()) return -1;
    if (n > 0xFFFFFF00u) n = 0xFFFFFF00u;
    ctx x;
    memset(&x, 0, sizeof x);
    x.s = text;
    x.n = n;
    x.a = a;
    if (tokenize_text(&x) || find_regions(&x) || split_sentences(&x) || find_entities(&x))
        return -1;
    /* Segments are appended in quote order (a continuation "“B.”" always
     * extends the last quote), so each quote's segments are contiguous. */
    if (find_quotes(&x)) return -1;
    out->entities = arena_alloc(a, sizeof(ent_entity) * (size_t)(x.nents + 1));
    out->mentions = arena_alloc(a, sizeof(ent_mention) * (size_t)(x.nms + 1));
    if (!out->entities || !out->mentions) return -1;
    for (int32_t i = 0; i < x.nents; i++) {
        out->entities[i].name = x.ents[i].name;
        out->entities[i].kind = x.ents[i].kind;
        out->entities[i].title = x.ents[i].title;
        out->entities[i].n_mentions = x.ents[i].n_mentions;
    }
    for (int32_t i = 0; i < x.nms; i++) {
        out->mentions[i].start = x.ms[i].s;
        out->mentions[i].end = x.ms[i].e;
        out->mentions[i].entity = x.ms[i].ent;
    }
    out->n_entities = (uint32_t)x.nents;
    out->n_mentions = (uint32_t)x.nms;
    out->quotes = x.qs;
    out->n_quotes = (uint32_t)x.nq;
    return extract_org_names(text, n, a, out); /* extract_names.c */
}
