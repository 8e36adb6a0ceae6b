/* Cross-article person identity: transliteration variants of one name. */
#include "extract.h"
#include "extract_internal.h"

#include <string.h>

typedef struct {
    const char *w[8];
    size_t n[8];
    int count;
} words;

static void split_words(const char *s, words *out)
{
    out->count = 0;
    while (*s && out->count < 8) {
        while (*s == ' ' || *s == '\t' || *s == '-') s++;
        const char *b = s;
        while (*s && *s != ' ' && *s != '\t') s++;
        if (s > b) {
            size_t n = (size_t)(s - b);
            /* drop a trailing period of an initial or title */
            out->w[out->count] = b;
            out->n[out->count] = n;
            out->count++;
        }
    }
}

static int eq_fold(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn) return 0;
    for (size_t i = 0; i < an; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
        if (x != y) return 0;
    }
    return 1;
}

/* Same given name: equal, variants of one group, or an initial of it. */
static int same_given(const char *a, size_t an, const char *b, size_t bn)
{
    if (eq_fold(a, an, b, bn)) return 1;
    size_t a0 = an && a[an - 1] == '.' ? an - 1 : an;
    size_t b0 = bn && b[bn - 1] == '.' ? bn - 1 : bn;
    if ((a0 == 1 || b0 == 1) && a0 && b0) {
        unsigned char x = (unsigned char)a[0], y = (unsigned char)b[0];
        if (x >= 'a') x = (unsigned char)(x - 32);
        if (y >= 'a') y = (unsigned char)(y - 32);
        return x == y;
    }
    const lx_entry *ea = lx_lookup(a, an), *eb = lx_lookup(b, bn);
    if (ea && eb && ea->given_group && ea->given_group == eb->given_group) return 1;
    char ka[64], kb[64];
    size_t la = lx_phonetic_key(a, an, ka, sizeof ka), lb = lx_phonetic_key(b, bn, kb, sizeof kb);
    return la >= 3 && la == lb && !memcmp(ka, kb, la);
}

static int close_surname(const char *a, size_t an, const char *b, size_t bn)
{
    if (eq_fold(a, an, b, bn)) return 1;
    char ka[64], kb[64];
    size_t la = lx_phonetic_key(a, an, ka, sizeof ka), lb = lx_phonetic_key(b, bn, kb, sizeof kb);
    if (la >= 3 && la == lb && !memcmp(ka, kb, la)) return 1;
    size_t shorter = an < bn ? an : bn;
    if (shorter < 5) return 0;
    int d = lx_edit_distance(a, an, b, bn);
    /* the first letter must agree: Peskov is no variant of Ushakov */
    unsigned char x = (unsigned char)a[0], y = (unsigned char)b[0];
    if ((x | 32) != (y | 32)) return 0;
    return shorter >= 8 ? d <= 2 : d <= 1;
}

int extract_same_person(const char *a, const char *b)
{
    if (!a || !b || lx_init()) return 0;
    words wa, wb;
    split_words(a, &wa);
    split_words(b, &wb);
    if (!wa.count || !wb.count) return 0;
    const char *sa = wa.w[wa.count - 1], *sb = wb.w[wb.count - 1];
    size_t na = wa.n[wa.count - 1], nb = wb.n[wb.count - 1];
    if (!close_surname(sa, na, sb, nb)) return 0;
    if (wa.count > 1 && wb.count > 1 && !same_given(wa.w[0], wa.n[0], wb.w[0], wb.n[0])) return 0;
    return 1;
}
