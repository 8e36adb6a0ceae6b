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

/* Whether two words have the same phonetic key of 3 letters or more.  ka
 * and kb, when given, are their keys as person_facts holds them (cut at 15
 * letters, "" under 3): used as they are unless one may have been cut. */
static int same_key(const char *a, size_t an, const char *b, size_t bn, const char *ka, const char *kb)
{
    if (ka && kb && strlen(ka) < 15 && strlen(kb) < 15) return ka[0] && !strcmp(ka, kb);
    char xa[64], xb[64];
    size_t la = lx_phonetic_key(a, an, xa, sizeof xa), lb = lx_phonetic_key(b, bn, xb, sizeof xb);
    return la >= 3 && la == lb && !memcmp(xa, xb, la);
}

/* Same given name: equal, variants of one group, or an initial of it.
 * ka, kb: the given names' phonetic keys when known (same_key). */
static int same_given(const char *a, size_t an, const char *b, size_t bn, const char *ka, const char *kb)
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
    return same_key(a, an, b, bn, ka, kb);
}

/* ka, kb: the surnames' phonetic keys when known (same_key). */
static int close_surname(const char *a, size_t an, const char *b, size_t bn, const char *ka, const char *kb)
{
    if (eq_fold(a, an, b, bn)) return 1;
    if (same_key(a, an, b, bn, ka, kb)) return 1;
    size_t shorter = an < bn ? an : bn;
    if (shorter < 5) return 0;
    int d = lx_edit_distance(a, an, b, bn);
    /* the first letter must agree: Peskov is no variant of Ushakov */
    unsigned char x = (unsigned char)a[0], y = (unsigned char)b[0];
    if ((x | 32) != (y | 32)) return 0;
    return shorter >= 8 ? d <= 2 : d <= 1;
}

/* extract_same_person, with the names' facts when known (fa and fb both,
 * or neither). */
static int same_person(const char *a, const person_facts *fa, const char *b, const person_facts *fb)
{
    if (!a || !b || lx_init()) return 0;
    words wa, wb;
    split_words(a, &wa);
    split_words(b, &wb);
    if (!wa.count || !wb.count) return 0;
    const char *sa = wa.w[wa.count - 1], *sb = wb.w[wb.count - 1];
    size_t na = wa.n[wa.count - 1], nb = wb.n[wb.count - 1];
    if (!close_surname(sa, na, sb, nb, fa ? fa->sur_key : NULL, fb ? fb->sur_key : NULL)) return 0;
    if (wa.count > 1 && wb.count > 1 &&
        !same_given(wa.w[0], wa.n[0], wb.w[0], wb.n[0], fa ? fa->giv_key : NULL, fb ? fb->giv_key : NULL))
        return 0;
    return 1;
}

int extract_same_person(const char *a, const char *b) { return same_person(a, NULL, b, NULL); }

int extract_same_person_facts(const char *a, const person_facts *fa, const char *b, const person_facts *fb)
{
    return same_person(a, fa, b, fb);
}

void extract_person_facts(const char *name, person_facts *f)
{
    memset(f, 0, sizeof *f);
    words w;
    if (!name || lx_init()) return;
    split_words(name, &w);
    f->words = (uint8_t)w.count;
    if (!w.count) return;
    const char *s = w.w[w.count - 1], *g = w.w[0];
    size_t sn = w.n[w.count - 1], gn = w.n[0];
    f->sur_len = (uint8_t)(sn < 255 ? sn : 255);
    f->sur_cut = (uint8_t)(sn < 32 ? sn : 32);
    f->sur0 = (unsigned char)s[0] | 32;
    for (size_t i = 0; i < f->sur_cut; i++) f->sur_letters |= 1u << (((unsigned char)s[i] | 32) % 32);
    if (lx_phonetic_key(s, sn, f->sur_key, sizeof f->sur_key) < 3) f->sur_key[0] = 0;
    f->giv0 = (unsigned char)g[0] | 32;
    const lx_entry *e = lx_lookup(g, gn);
    f->given_group = e ? e->given_group : 0;
    if (lx_phonetic_key(g, gn, f->giv_key, sizeof f->giv_key) < 3) f->giv_key[0] = 0;
}

int extract_may_be_same_person(const person_facts *a, const person_facts *b)
{
    if (!a->words || !b->words) return 0;
    /* close_surname: equal (same length and letters), the same phonetic
     * key, or the same first letter and at most 2 edits (each edit changes
     * at most two letters of the set, and the length by one) */
    int same_key = a->sur_key[0] && !strcmp(a->sur_key, b->sur_key);
    int same_word = a->sur_len == b->sur_len && a->sur_letters == b->sur_letters;
    int d = (int)a->sur_cut - (int)b->sur_cut;
    int edits = (a->sur_len < b->sur_len ? a->sur_len : b->sur_len) >= 5 && a->sur0 == b->sur0 &&
                d >= -2 && d <= 2 && __builtin_popcount(a->sur_letters ^ b->sur_letters) <= 4;
    if (!same_key && !same_word && !edits) return 0;
    if (a->words < 2 || b->words < 2) return 1;
    /* same_given: equal or an initial (same first letter), one variant
     * group, or the same phonetic key */
    return a->giv0 == b->giv0 || (a->given_group && a->given_group == b->given_group) ||
           (a->giv_key[0] && !strcmp(a->giv_key, b->giv_key));
}
