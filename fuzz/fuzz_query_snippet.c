/*
 * Differential fuzz target for snippets (query/snippet.c): make_snippet
 * finds matches without tokenizing the whole body when every term is ASCII.
 * The input is "term1 term2 ...\nbody": the first line gives up to four
 * terms (a trailing '*' makes a prefix), folded like query words.  The
 * result must equal the full tokenization's, which an extra term that
 * cannot occur forces.  Any difference aborts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "engine.h"
#include "tokenize.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    const char *nl = memchr(s, '\n', size);
    if (!nl || !utf8_valid(s, size)) return 0;
    size_t head = (size_t)(nl - s), body_len = size - head - 1;
    char *body = malloc(body_len + 1);
    if (!body) return 0;
    memcpy(body, nl + 1, body_len);
    body[body_len] = 0;
    char folded[4][TOKEN_MAX + 8];
    char *terms[5];
    uint8_t prefix[5] = {0};
    uint32_t n = 0;
    tokenizer tz;
    token tk;
    tokenizer_init(&tz, s, head);
    while (n < 4 && tokenizer_next(&tz, &tk)) {
        memcpy(folded[n], tk.text, tk.len + 1);
        prefix[n] = tk.end < head && s[tk.end] == '*';
        terms[n] = folded[n];
        n++;
    }
    if (!n) {
        free(body);
        return 0;
    }
    terms[n] = (char *)"\xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6\xd0\xb6"; /* never a folded token of body: full path */
    arena a;
    arena_init(&a);
    hl_terms fast = {terms, prefix, n, 5}, full = {terms, prefix, n + 1, 5};
    size_t len = 20 + (head * 37) % 300;
    const char *s1, *s2;
    morgue_span *sp1, *sp2;
    size_t n1, n2;
    make_snippet(body, body_len, &fast, len, &a, &s1, &sp1, &n1);
    make_snippet(body, body_len, &full, len, &a, &s2, &sp2, &n2);
    if (strcmp(s1, s2) || n1 != n2 || (n1 && memcmp(sp1, sp2, sizeof *sp1 * n1))) abort();
    arena_free(&a);
    free(body);
    return 0;
}
