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
    /* "Joseph R. Biden Jr.": the surname is Biden; with "Jr." for one,
     * every Joseph ... Jr. of an index was one person */
    if (out->count >= 3 && extract_name_suffix(out->w[out->count - 1], out->n[out->count - 1])) out->count--;
}

int extract_name_suffix(const char *w, size_t n)
{
    /* one number a generation: Jr. and Jnr 1, Sr. and Snr 2, II 3, III 4, IV 5 */
    static const char *const v[] = {"jr", "sr", "jnr", "snr", "ii", "iii", "iv", NULL};
    static const int generation[] = {1, 2, 1, 2, 3, 4, 5};
    if (n && w[n - 1] == '.') n--;
    if (n < 2 || n > 3) return 0;
    char low[4];
    for (size_t i = 0; i < n; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    for (int k = 0; v[k]; k++)
        if (strlen(v[k]) == n && !memcmp(v[k], low, n)) return generation[k];
    return 0;
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

/* ---- organisation names, after an article's entities are found ---------
 *
 * Entities round 13 (names4, docs/EXTRACTION.md): what a reporter saw in
 * `--facet org` on real news that the run rules of extract_entities.c cannot see,
 * because it needs the text around a mention: the `&` and the possessive
 * of a company's name, firm names whose partners are written between
 * commas, titles of shows read as names, "Treasury" naming a kind of bond,
 * ticker symbols.  Only organisations' mentions and the lone mention of a
 * name of kind other are looked at (a test on every mention cost more than
 * the extraction's budget); entities are renamed, merged or dropped, never
 * added. */

static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
static int is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* Whether text[s..e) ends with a possessive 's (straight or U+2019);
 * the bytes of it in *len. */
static inline int ends_possessive(const char *t, uint32_t s, uint32_t e, size_t *len)
{
    if (e - s > 2 && (t[e - 1] == 's' || t[e - 1] == 'S') && t[e - 2] == '\'') return *len = 2, 1;
    if (e - s > 4 && (t[e - 1] == 's' || t[e - 1] == 'S') && (unsigned char)t[e - 2] == 0x99 &&
        (unsigned char)t[e - 3] == 0x80 && (unsigned char)t[e - 4] == 0xE2)
        return *len = 4, 1;
    return 0;
}

/* Companies whose name is a possessive (written for this project): the
 * extractor drops a final 's, right for "the Fed's decision", wrong for
 * these, which lost it in every facet ("Standard and Poor" 274 articles). */
static int possessive_company(const char *nm)
{
    static const char *const v[] = {"standard and poor", "standard & poor", "moody",  "mcdonald", "sainsbury",
                                    "sotheby",           "christie",        "macy",   "kellogg",  "dillard",
                                    "lloyd",             "harrod",          "wendy",  "domino",   "denny",
                                    "hardee",            "friendly",        "carl",   "walgreen", "kohl",
                                    NULL};
    unsigned char c = (unsigned char)(nm[0] | 32);
    /* their first letters: most possessives ("Reuters'", "the Bank's") stop here */
    if (c < 'a' || c > 'z' || !((1u << (c - 'a')) & (1u << ('s' - 'a') | 1u << ('m' - 'a') | 1u << ('c' - 'a') |
                                                      1u << ('l' - 'a') | 1u << ('h' - 'a') | 1u << ('w' - 'a') |
                                                      1u << ('d' - 'a') | 1u << ('k' - 'a') | 1u << ('f' - 'a'))))
        return 0;
    size_t n = strlen(nm);
    for (int k = 0; v[k]; k++)
        if ((unsigned char)v[k][0] == c && strlen(v[k]) == n && eq_fold(v[k], n, nm, n)) return 1;
    return 0;
}

/* Flags of a word that opens no firm's or show's name. */
enum {
    NOT_PARTNER = LX_FUNC | LX_PRONOUN | LX_COUNTRY | LX_CITY | LX_NAT | LX_TITLE | LX_CUE | LX_DESC | LX_PORTFOLIO |
                  LX_BREAK,
};

/* The word of letters ending at text[e) (e is its end): its start, or e
 * when there is none or it is no capitalised word of two letters or more. */
static uint32_t cap_word_before(const char *t, uint32_t e)
{
    uint32_t s = e;
    while (s > 0 && (is_alpha((unsigned char)t[s - 1]) || t[s - 1] == '-')) s--;
    if (e - s < 2 || !is_upper((unsigned char)t[s])) return e;
    return s;
}

/* Whether a word may sit before a list of partners' names without being
 * one: the text's start, a paragraph, punctuation other than a comma, or a
 * word that is not capitalised ("shares of Goldman, Sachs"). */
static int clean_left(const char *t, uint32_t s)
{
    if (s == 0) return 1;
    unsigned char c = (unsigned char)t[s - 1];
    if (!is_space(c)) return c != ',' && !is_alpha(c);
    /* a newline may be a wrapped line's (the Reuters archive): looked past */
    uint32_t p = s - 1;
    while (p > 0 && is_space((unsigned char)t[p - 1])) p--;
    if (p == 0) return 1;
    c = (unsigned char)t[p - 1];
    if (c == ',') return 0;
    if (!is_alpha(c)) return 1;
    uint32_t w = p;
    while (w > 0 && is_alpha((unsigned char)t[w - 1])) w--;
    return !is_upper((unsigned char)t[w]);
}

/* Whether an organisation's name is the end of a partners' firm written
 * with commas: one word, one "and" or "&", then its other words ("Sachs
 * and Co", "Lufkin and Jenrette Securities Corp"), and no listed name of
 * its own ("Marks & Spencer" after "Fraser,"): a list of companies
 * ("Citicorp, J.P. Morgan and Co", "Time, Gulf and Western Inc and MCA
 * Inc") has more words before its "and" or more than one. */
static int partner_firm(const char *nm)
{
    const char *sp = strchr(nm, ' ');
    if (!sp || (strncmp(sp, " and ", 5) && strncmp(sp, " & ", 3))) return 0;
    const char *rest = sp + (sp[1] == '&' ? 3 : 5);
    if (strstr(rest, " and ") || strstr(rest, " & ") || !is_upper((unsigned char)*rest)) return 0;
    return !(lx_flags(nm, strlen(nm)) & LX_ORG);
}

/* Whether the word w[0..n) before a comma may be a partner's name: no
 * function word, place, title or the like, no acronym ("AZT, Merck and
 * Co"), no hyphen ("Kimberly-Clark, Johnson & Johnson"), no sentence
 * adverb ("Separately, Carroon and Black Corp") and no company suffix (the
 * end of the company before it in a list: "Co, Lazard Freres"). */
static int partner_word(const char *w, size_t n)
{
    static const char *const suffix[] = {"Co", "Corp", "Inc", "Ltd", "Plc", "PLC", "AG", "SA", "NV", "Cos", NULL};
    if (lx_flags(w, n) & NOT_PARTNER) return 0;
    if (memchr(w, '-', n) || is_upper((unsigned char)w[1])) return 0;
    if ((n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y') || (n > 5 && !memcmp(w + n - 5, "wards", 5))) return 0;
    for (int k = 0; suffix[k]; k++)
        if (strlen(suffix[k]) == n && !memcmp(suffix[k], w, n)) return 0;
    return 1;
}

/* Whether word t[s..) opens a sentence: only white space since a period,
 * '!' or '?', or the text's start. */
static int sentence_start(const char *t, uint32_t s)
{
    while (s > 0 && is_space((unsigned char)t[s - 1])) s--;
    return s == 0 || t[s - 1] == '.' || t[s - 1] == '!' || t[s - 1] == '?' || t[s - 1] == ':';
}

/* The mention whose span is exactly text[s..e), or -1. */
static int32_t mention_at(const extraction *x, uint32_t s, uint32_t e)
{
    for (uint32_t m = 0; m < x->n_mentions; m++)
        if (x->mentions[m].start == s && x->mentions[m].end == e) return (int32_t)m;
    return -1;
}

/* text[s..e) with each run of white space one space, into the arena. */
static char *span_copy(arena *a, const char *t, uint32_t s, uint32_t e, size_t extra)
{
    char *r = arena_alloc(a, e - s + extra + 1);
    if (!r) return NULL;
    size_t k = 0;
    for (uint32_t i = s; i < e; i++) {
        if (is_space((unsigned char)t[i])) {
            if (k && r[k - 1] != ' ') r[k++] = ' ';
            continue;
        }
        r[k++] = t[i];
    }
    while (k && r[k - 1] == ' ') k--;
    r[k] = 0;
    return r;
}

/* Whether the name nm is the span text[s..e) but for white space, '&'
 * and a tail of the span the name left out (a possessive, a period). */
static int same_but_amp(const char *nm, const char *t, uint32_t s, uint32_t e)
{
    const char *p = nm;
    uint32_t i = s;
    for (;;) {
        while (*p == ' ') p++;
        while (i < e && (is_space((unsigned char)t[i]) || t[i] == '&')) i++;
        if (!*p || i >= e) break;
        if (*p != t[i]) return 0;
        p++;
        i++;
    }
    return !*p;
}

/* The words that follow "Treasury" when it names bonds, not the ministry
 * ("comparable Treasury securities", "Treasury bills rose"). */
static int debt_word(const char *w, size_t n)
{
    static const char *const v[] = {"bill",   "bills",   "bond",     "bonds",  "note",         "notes",  "securities",
                                    "issue",  "issues",  "yield",    "yields", "balances",     "deposits",
                                    "futures", "paper",  "coupon",   "coupons", "certificates", "auction",
                                    "auctions", "refunding", "market", "markets", "prices", "debt", "stock", "stocks",
                                    "tap",    "strips",  "zero",     NULL};
    for (int k = 0; v[k]; k++)
        if (strlen(v[k]) == n && !memcmp(v[k], w, n)) return 1;
    return 0;
}

/* Whether the mention text[s..e) is followed by a debt word. */
static int names_debt(const char *t, size_t n, uint32_t e)
{
    uint32_t i = e;
    if (i >= n || t[i] != ' ') return 0;
    i++;
    uint32_t w = i;
    while (i < n && is_lower((unsigned char)t[i])) i++;
    return i > w && (i >= n || !is_alpha((unsigned char)t[i])) && debt_word(t + w, i - w);
}

/* Whether w[0..n) is written as a ticker symbol: 2 to 6 capitals (the
 * archive also brackets whole names: "<American Stock Exchange>"). */
static int ticker(const char *w, size_t n)
{
    if (n < 2 || n > 6) return 0;
    for (size_t k = 0; k < n; k++)
        if (!is_upper((unsigned char)w[k])) return 0;
    return 1;
}

/* Whether the word at t[s] follows a possessive and a space ("CBS's Face
 * the Nation"). */
static int after_possessive(const char *t, uint32_t s)
{
    return s >= 3 && t[s - 1] == ' ' && t[s - 2] == 's' && (t[s - 3] == '\'' || (unsigned char)t[s - 3] == 0x99);
}

/* Whether the entity's name is one word. */
static int one_word(const char *nm) { return nm && *nm && !strchr(nm, ' '); }

/* The repairs of mention mi (extract_org_names) that need its entity:
 * an organisation's, or a lone word's after "the".  Out of the loop over
 * every mention, which it would slow (the compiler keeps the loop's
 * variables in registers).  0, or -1 out of memory. */
static __attribute__((noinline)) int repair_mention(const char *t, size_t n, arena *a, extraction *x, uint32_t mi,
                                                    unsigned char prev, unsigned char c2, int amp,
                                                    int32_t **to_p)
{
    (void)n;
    int32_t *to = *to_p;
    ent_mention *m = &x->mentions[mi];
    uint32_t s0 = m->start, e0 = m->end, ei = (uint32_t)m->entity;
    ent_entity *en = &x->entities[ei];
    int org = en->kind == ENT_ORG;
    if (!en->name) return 0;
    size_t pl;
    if (org) {
        unsigned char last = (unsigned char)t[e0 - 1];
        /* "Standard & Poor's", "AT&T": the '&' the run's words left out
         * (between two words: not the run's first nor last byte) */
        if (amp && en->name[0] &&
            !strchr(en->name, '&') &&
            same_but_amp(en->name, t, m->start, m->end)) {
            char *nm = span_copy(a, t, m->start, m->end, 0);
            if (!nm) return -1;
            /* the tail the name left out, the period of "Corp." */
            size_t k = strlen(nm), want = strlen(en->name);
            if (ends_possessive(nm, 0, (uint32_t)k, &pl) && !(want >= 2 && en->name[want - 2] == '\''))
                nm[k -= pl] = 0;
            if (k && nm[k - 1] == '.' && en->name[want - 1] != '.') nm[--k] = 0;
            en->name = nm;
        }
        /* "Standard and Poor's", "Moody's": a company named by its
         * possessive keeps it */
        if ((last == 's' || last == 'S') && ends_possessive(t, m->start, m->end, &pl) &&
            possessive_company(en->name)) {
            size_t k = strlen(en->name);
            char *nm = arena_alloc(a, k + 3);
            if (!nm) return -1;
            memcpy(nm, en->name, k);
            memcpy(nm + k, "'s", 3);
            en->name = nm;
        }
        /* "Goldman, Sachs and Co", "Donaldson, Lufkin and Jenrette":
         * partners' names between commas before an organisation of
         * partners are its first words (one or two names, each one
         * capitalised word; the first after no capitalised word) */
        if (prev == ' ' && c2 == ',' && s0 >= 3 && partner_firm(en->name)) {
            uint32_t from = m->start, s = m->start;
            for (int chunk = 0; chunk < 2; chunk++) {
                if (s < 3 || t[s - 1] != ' ' || t[s - 2] != ',') break;
                uint32_t w = cap_word_before(t, s - 2);
                if (w == s - 2 || !partner_word(t + w, s - 2 - w)) break;
                int32_t wm = mention_at(x, w, s - 2);
                if (wm >= 0 && x->mentions[wm].entity >= 0 && x->entities[x->mentions[wm].entity].kind == ENT_PLACE)
                    break;
                s = w;
                if (clean_left(t, w)) from = w;
            }
            /* not when a mention runs from before the partners into them
             * ("Alan Zimmerman of Kidder", a speaker's phrase, before
             * "Kidder, Peabody and Co"): the join would overlap it (found
             * by fuzz_extract) */
            for (uint32_t q = 0; q < x->n_mentions && from < m->start; q++) {
                const ent_mention *o = &x->mentions[q];
                if (q != mi && o->entity >= 0 && o->start < from && o->end > from) from = m->start;
            }
            if (from < m->start) {
                char *head = span_copy(a, t, from, m->start, 0);
                size_t hl = head ? strlen(head) : 0, k = strlen(en->name);
                char *nm = head ? arena_alloc(a, hl + k + 2) : NULL;
                if (!nm) return -1;
                memcpy(nm, head, hl);
                nm[hl] = ' ';
                memcpy(nm + hl + 1, en->name, k + 1);
                en->name = nm;
                /* the partners' own mentions are this one now */
                for (uint32_t q = 0; q < x->n_mentions; q++) {
                    ent_mention *o = &x->mentions[q];
                    if (q == mi || o->start < from || o->end > m->start || o->entity < 0) continue;
                    if (!to && !(to = *to_p = arena_alloc(a, sizeof *to * (x->n_entities + 1)))) return -1;
                    o->entity = -1 - o->entity; /* detached: dropped below */
                }
                m->start = from;
            }
        }
    }
    /* "Face the Nation", "Meet the Press": a capitalised word, "the"
     * or "of the", and a lone word is a show's title, no person */
    if (prev == ' ' && c2 == 'e' && s0 >= 7 && t[s0 - 3] == 'h' && t[s0 - 4] == 't' && t[s0 - 5] == ' ' &&
        en->kind != ENT_PLACE && en->n_mentions == 1 && one_word(en->name) &&
        !(lx_flags(en->name, strlen(en->name)) & (LX_GIVEN | LX_TITLE | LX_NAT | LX_COUNTRY | LX_CITY | LX_ORG))) {
        uint32_t c = m->start;
        {
            c -= 5;
            int of = c >= 3 && !memcmp(t + c - 3, " of", 3);
            if (of) c -= 3;
            uint32_t w = cap_word_before(t, c);
            int32_t wm = w < c && !sentence_start(t, w) ? mention_at(x, w, c) : -1;
            if (wm >= 0 && x->mentions[wm].entity < 0) wm = -1; /* detached before */
            /* "Bank of the West", "Bureau of the Census": an organisation */
            uint32_t wf = w < c ? lx_flags(t + w, c - w) : 0;
            int org_title = of && (wf & LX_ORG) && !(wf & (NOT_PARTNER | LX_GIVEN));
            if (org_title) wf = 0;
            /* the word alone, not the end of a longer name (but after
             * a possessive: "CBS's Face the Nation") */
            int alone = w < c && (clean_left(t, w) || (w >= 2 && t[w - 1] == ' ' && t[w - 2] == ',') ||
                                  after_possessive(t, w));
            /* the word names no one else in the article ("Trump of the
             * East"), and opens no sentence ("Shares of the Bellport") */
            /* the mention before, if not the word itself, must end
             * before it: a join already made ("A the B", then "B the C")
             * would overlap (found by fuzz_extract) */
            int32_t pv = (int32_t)mi - 1;
            while (pv >= 0 && x->mentions[pv].entity < 0) pv--;
            int clash = pv >= 0 && pv != wm && x->mentions[pv].end > w;
            if (alone && !clash && !sentence_start(t, w) &&
                !(wf & (NOT_PARTNER | LX_GIVEN | LX_ORG | LX_NOTNAME | LX_COMMON | LX_NOENT)) &&
                !(wm >= 0 && (x->entities[x->mentions[wm].entity].kind == ENT_ORG ||
                              x->entities[x->mentions[wm].entity].n_mentions > 1))) {
                char *nm = span_copy(a, t, w, m->end, 0);
                if (!nm) return -1;
                en->name = nm;
                en->kind = org_title ? ENT_ORG : ENT_OTHER;
                en->title = NULL;
                m->start = w;
                if (wm >= 0 && x->mentions[wm].entity >= 0) x->mentions[wm].entity = -1 - x->mentions[wm].entity;
                if (!to && !(to = *to_p = arena_alloc(a, sizeof *to * (x->n_entities + 1)))) return -1;
            }
        }
    }
    return 0;
}

int extract_org_names(const char *text, size_t n, arena *a, extraction *x)
{
    /* per entity, once something changed: its new index, or -1 dropped
     * (allocated on the first change: most articles need none) */
    int32_t *to = NULL;
    int treasury = 0;
    const char *t = text;
    /* Each test looks first at a byte next to the mention (a pass over
     * every mention of real news: its cost is the cost of the repairs) */
    ent_mention *const ms = x->mentions;
    const uint32_t n_ms = x->n_mentions, n_ents = x->n_entities;
    const ent_entity *const ents = x->entities;
    uint64_t amp_seen[8] = {0};
    for (uint32_t mi = 0; mi < n_ms; mi++) {
        ent_mention *m = &ms[mi];
        uint32_t s0 = m->start, e0 = m->end, ei = (uint32_t)m->entity;
        if (ei >= n_ents) continue; /* (a negative one too) */
        /* only an organisation's mentions, or the lone mention of a name
         * of kind other (a show's title: "the Nation"), are repaired; most
         * ticker symbols are organisations */
        const ent_entity *en = &ents[ei];
        if (en->kind != ENT_ORG && !(en->kind == ENT_OTHER && en->n_mentions == 1)) continue;
        if (e0 > n || s0 >= e0) continue; /* (the extractor's spans are in the text) */
        unsigned char prev = s0 ? (unsigned char)t[s0 - 1] : 0, next = e0 < n ? (unsigned char)t[e0] : 0;
        /* a ticker symbol ("Pacific Telesis Group <PAC.N>", the Reuters
         * archive) names the company just named, under no name of its own:
         * "PAC" was an organisation of its own in the facets, "<SLB>"
         * (Schlumberger) joined Shearson Lehman Brothers by its initials */
        if (prev == '<' && (next == '>' || next == '.') && ticker(t + s0, e0 - s0)) {
            if (!to && !(to = arena_alloc(a, sizeof *to * (x->n_entities + 1)))) return -1;
            m->entity = -1 - m->entity; /* detached: dropped below */
            continue;
        }
        unsigned char c2 = prev == ' ' && s0 >= 2 ? (unsigned char)t[s0 - 2] : 0;
        /* a show's title ends in the lone mention of a word after "the " */
        int want = c2 == 'e' && en->n_mentions == 1 && s0 >= 7 && t[s0 - 3] == 'h' && t[s0 - 4] == 't', amp = 0;
        if (en->kind == ENT_ORG) {
            unsigned char last = (unsigned char)t[e0 - 1];
            /* a mention ending in "Treasury": checked below */
            if (last == 'y' && e0 - s0 >= 8 && !memcmp(t + e0 - 8, "Treasury", 8)) treasury = 1;
            size_t pl;
            /* the '&' is looked for in an organisation's first mention (of
             * the first 512): it names the company as written there */
            int first = ei >= 512 || !(amp_seen[ei / 64] >> (ei % 64) & 1);
            if (ei < 512) amp_seen[ei / 64] |= 1ull << (ei % 64);
            amp = first && e0 - s0 >= 3 && memchr(t + s0 + 1, '&', e0 - s0 - 2);
            want |= amp || c2 == ',' || ((last == 's' || last == 'S') && ends_possessive(t, s0, e0, &pl));
        }
        if (want && repair_mention(t, n, a, x, mi, prev, c2, amp, &to)) return -1;
    }
    /* "Treasury" whose every mention names bonds */
    for (uint32_t e = 0; treasury && e < x->n_entities; e++) {
        ent_entity *en = &x->entities[e];
        if (en->kind != ENT_ORG || !en->name) continue;
        size_t k = strlen(en->name);
        if (k < 8 || !eq_fold(en->name + k - 8, 8, "treasury", 8) || (k > 8 && en->name[k - 9] != ' ')) continue;
        int all = 1, any = 0;
        for (uint32_t q = 0; q < x->n_mentions && all; q++)
            if (x->mentions[q].entity == (int32_t)e) {
                any = 1;
                all = names_debt(t, n, x->mentions[q].end);
            }
        if (!any || !all) continue;
        if (!to && !(to = arena_alloc(a, sizeof *to * (x->n_entities + 1)))) return -1;
        en->name = NULL; /* dropped below */
    }
    if (!to) return 0;
    /* Detached mentions (their entity written -1 - e) are gone; an entity
     * left without mentions, or without a name, is dropped and the
     * entities renumbered (mentions and quotes follow). */
    for (uint32_t e = 0; e < x->n_entities; e++) {
        to[e] = x->entities[e].n_mentions > 0; /* had mentions: dropped when left with none */
        x->entities[e].n_mentions = 0;
    }
    uint32_t nm = 0;
    for (uint32_t q = 0; q < x->n_mentions; q++) {
        ent_mention o = x->mentions[q];
        if (o.entity < 0 || !x->entities[o.entity].name) continue;
        x->entities[o.entity].n_mentions++;
        x->mentions[nm++] = o;
    }
    x->n_mentions = nm;
    uint32_t ne = 0;
    for (uint32_t e = 0; e < x->n_entities; e++) {
        if (!x->entities[e].name || (to[e] && !x->entities[e].n_mentions)) {
            to[e] = -1;
            continue;
        }
        to[e] = (int32_t)ne;
        x->entities[ne++] = x->entities[e];
    }
    x->n_entities = ne;
    for (uint32_t q = 0; q < x->n_mentions; q++) x->mentions[q].entity = to[x->mentions[q].entity];
    for (uint32_t q = 0; q < x->n_quotes; q++)
        if (x->quotes[q].speaker_entity >= 0) x->quotes[q].speaker_entity = to[x->quotes[q].speaker_entity];
    /* round 15a: a coordinated subject's other speakers; one that is
     * gone or now the same as another is dropped, the rest move up */
    for (uint32_t q = 0; q < x->n_quotes; q++) {
        quote *qt = &x->quotes[q];
        int nco = 0;
        for (int k = 0; k < QUOTE_MAX_CO_SPEAKERS; k++) {
            int32_t e = qt->co_speakers[k] >= 0 ? to[qt->co_speakers[k]] : -1;
            int dup = e < 0 || e == qt->speaker_entity;
            for (int m = 0; m < nco; m++) dup |= qt->co_speakers[m] == e;
            qt->co_speakers[k] = -1;
            if (!dup) qt->co_speakers[nco++] = e;
        }
        if (qt->speaker_entity < 0 && nco) { /* the first left speaks */
            qt->speaker_entity = qt->co_speakers[0];
            memmove(qt->co_speakers, qt->co_speakers + 1, sizeof qt->co_speakers[0] * (QUOTE_MAX_CO_SPEAKERS - 1));
            qt->co_speakers[QUOTE_MAX_CO_SPEAKERS - 1] = -1;
        }
    }
    return 0;
}
