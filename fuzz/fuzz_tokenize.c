/* Fuzz target: sanitize then tokenize; every token must lie inside the
 * text, in order, with increasing positions, fold the same on its own
 * (the query side folds words with token_fold) and be what the general
 * path alone gives (the fast path for ASCII words changes nothing). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tokenize.h"
#include "utf8.h"

static void run(const char *s, size_t n, int strict)
{
    tokenizer t, r;
    token tok, rt;
    uint32_t prev_end = 0;
    int64_t prev_pos = -1;
    tokenizer_init(&t, s, n);
    tokenizer_init(&r, s, n);
    for (;;) {
        int more = tokenizer_next(&t, &tok);
        if (more != tokenizer_next_general(&r, &rt, rt.text)) abort();
        if (!more) break;
        if (tok.len != rt.len || memcmp(tok.text, rt.text, rt.len + 1) != 0 || tok.start != rt.start ||
            tok.end != rt.end || tok.pos != rt.pos)
            abort();
        if (tok.start >= tok.end || tok.end > n || tok.start < prev_end) abort();
        if ((int64_t)tok.pos <= prev_pos) abort();
        if (tok.len == 0 || tok.len > TOKEN_MAX || tok.text[tok.len] != 0 ||
            strlen(tok.text) != tok.len)
            abort();
        if (strict) {
            if (!utf8_valid(tok.text, tok.len)) abort();
            char f[TOKEN_MAX + 1];
            size_t fl = token_fold(s + tok.start, tok.end - tok.start, f, TOKEN_MAX);
            if (fl != tok.len || memcmp(f, tok.text, fl) != 0) abort();
        }
        prev_end = tok.end;
        prev_pos = tok.pos;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    buf clean = {0};
    utf8_sanitize(&clean, (const char *)data, size);
    if (!clean.oom) run((const char *)clean.p, clean.len, 1);
    buf_free(&clean);
    /* Unsanitized bytes break the contract but must stay in bounds. */
    run((const char *)data, size, 0);
    char out[TOKEN_MAX + 1];
    if (token_fold((const char *)data, size, out, TOKEN_MAX) > TOKEN_MAX) abort();
    return 0;
}
