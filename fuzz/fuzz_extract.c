/* Fuzz target: sanitize then extract; every quote, segment, speaker, cue and
 * mention span must lie inside the text, quotes in order, entities valid. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "extract.h"
#include "utf8.h"

static void check_span(int64_t s, int64_t e, size_t n, int optional)
{
    if (optional && s == -1 && e == -1) return;
    if (s < 0 || e < s || (uint64_t)e > n) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    buf clean = {0};
    utf8_sanitize(&clean, (const char *)data, size);
    if (clean.oom) { buf_free(&clean); return 0; }
    const char *s = clean.p ? (const char *)clean.p : "";
    arena a;
    arena_init(&a);
    extraction ex;
    if (extract_article(s, clean.len, &a, &ex) == 0) {
        uint32_t prev = 0;
        for (uint32_t i = 0; i < ex.n_quotes; i++) {
            const quote *q = &ex.quotes[i];
            check_span(q->start, q->end, clean.len, 0);
            if (q->start < prev) abort();
            prev = q->start;
            if (q->n_segments == 0) abort();
            uint32_t pe = q->start;
            for (uint32_t k = 0; k < q->n_segments; k++) {
                check_span(q->segments[k][0], q->segments[k][1], clean.len, 0);
                if (q->segments[k][0] < pe && k) abort();
                pe = q->segments[k][1];
            }
            check_span(q->speaker_start, q->speaker_end, clean.len, 1);
            check_span(q->cue_start, q->cue_end, clean.len, 1);
            if (q->speaker_entity < -1 || q->speaker_entity >= (int32_t)ex.n_entities) abort();
            /* co-speakers: entities, used ones first, none the speaker or twice */
            for (int k = 0; k < QUOTE_MAX_CO_SPEAKERS; k++) {
                int32_t c = q->co_speakers[k];
                if (c < -1 || c >= (int32_t)ex.n_entities) abort();
                if (c >= 0 && (q->speaker_entity < 0 || c == q->speaker_entity || (k && q->co_speakers[k - 1] < 0)))
                    abort();
                for (int m = 0; m < k && c >= 0; m++)
                    if (q->co_speakers[m] == c) abort();
            }
            if ((unsigned)q->type > QUOTE_INDIRECT) abort();
        }
        uint32_t pm = 0;
        for (uint32_t m = 0; m < ex.n_mentions; m++) {
            check_span(ex.mentions[m].start, ex.mentions[m].end, clean.len, 0);
            if (ex.mentions[m].start < pm) abort();
            pm = ex.mentions[m].end;
            if (ex.mentions[m].entity < 0 || ex.mentions[m].entity >= (int32_t)ex.n_entities) abort();
        }
        for (uint32_t e = 0; e < ex.n_entities; e++)
            if (!ex.entities[e].name || !utf8_valid(ex.entities[e].name, strlen(ex.entities[e].name))) abort();
        buf out = {0};
        extract_write_json(&out, "x", 1, s, clean.len, &ex);
        buf_free(&out);
    }
    arena_free(&a);
    buf_free(&clean);
    return 0;
}
