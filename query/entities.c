/*
 * Entity names across the index: each segment lists the entity names its
 * articles mention and its quotes are attributed to, with counts.  On first
 * use the lists are summed over segments and person names are grouped into
 * entities: two names are the same person when extract_same_person() says
 * so (same given name or a known variant, and a surname within a small edit
 * distance or with the same phonetic key: Yuri Usakov / Yuri Ushakov).
 * The groups serve speaker: queries (a name matches every spelling merged
 * with it) and morgue_entity_lookup (the merges shown to users).
 */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "engine.h"
#include "extract.h"
#include "tokenize.h"

static const char *const kind_name[] = {"person", "org", "place", "other"};

struct morgue_entities {
    arena a;
    morgue_entity_name *v;
    size_t n;
};

static int find(int *parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

/* Folded tokens of s joined by single spaces, into out (cap bytes). */
static size_t fold_name(const char *s, size_t n, char *out, size_t cap)
{
    tokenizer tz;
    token tk;
    size_t len = 0;
    tokenizer_init(&tz, s, n);
    while (tokenizer_next(&tz, &tk)) {
        if (len + tk.len + 2 > cap) break;
        if (len) out[len++] = ' ';
        memcpy(out + len, tk.text, tk.len);
        len += tk.len;
    }
    out[len] = 0;
    return len;
}

static int load_names(morgue_index *ix)
{
    if (ix->names_loaded) return 0;
    size_t cap = 0;
    uint32_t mask = 0;
    uint32_t *table = NULL;
    for (uint32_t s = 0; s < ix->n_segs; s++) {
        for (uint32_t i = 0; i < segment_name_count(ix->segs[s]); i++) {
            const char *nm;
            size_t len;
            int kind;
            uint32_t na, nq;
            if (segment_name(ix->segs[s], i, &nm, &len, &kind, &na, &nq)) continue;
            if ((size_t)ix->n_names * 2 >= mask) { /* grow the hash table */
                uint32_t nmask = mask ? mask * 2 + 1 : 4095;
                uint32_t *t = calloc((size_t)nmask + 1, sizeof *t);
                if (!t) goto oom;
                for (uint32_t k = 0; k < ix->n_names; k++) {
                    uint32_t h = (uint32_t)ix->names[k].hash & nmask;
                    while (t[h]) h = (h + 1) & nmask;
                    t[h] = k + 1;
                }
                free(table);
                table = t;
                mask = nmask;
            }
            uint64_t hash = XXH3_64bits_withSeed(nm, len, (uint64_t)kind);
            uint32_t h = (uint32_t)hash & mask;
            int found = 0;
            for (; table[h]; h = (h + 1) & mask) {
                ix_name *x = &ix->names[table[h] - 1];
                if (x->hash == hash && x->kind == kind && strlen(x->name) == len &&
                    !memcmp(x->name, nm, len)) {
                    x->articles += na;
                    x->quotes += nq;
                    found = 1;
                    break;
                }
            }
            if (found) continue;
            if (ix->n_names == cap) {
                size_t ncap = cap ? cap * 2 : 256;
                ix_name *nn = realloc(ix->names, sizeof *nn * ncap);
                if (!nn) goto oom;
                ix->names = nn;
                cap = ncap;
            }
            ix_name *x = &ix->names[ix->n_names];
            x->name = malloc(len + 1);
            if (!x->name) goto oom;
            memcpy(x->name, nm, len);
            x->name[len] = 0;
            x->kind = kind;
            x->articles = na;
            x->quotes = nq;
            x->hash = hash;
            table[h] = ++ix->n_names;
        }
    }
    free(table);
    table = NULL;
    /* Group persons.  Candidates are blocked by the first letter of the
     * folded surname so the pairwise test stays far from n^2. */
    ix->group = malloc(sizeof *ix->group * (ix->n_names ? ix->n_names : 1));
    if (!ix->group) goto oom;
    for (uint32_t i = 0; i < ix->n_names; i++) ix->group[i] = (int)i;
    char fa[512], fb[512];
    unsigned char *block = malloc(ix->n_names ? ix->n_names : 1);
    if (!block) goto oom;
    for (uint32_t i = 0; i < ix->n_names; i++) {
        size_t l = fold_name(ix->names[i].name, strlen(ix->names[i].name), fa, sizeof fa);
        const char *last = l ? strrchr(fa, ' ') : NULL;
        block[i] = (unsigned char)(last ? last[1] : fa[0]);
    }
    for (uint32_t i = 0; i < ix->n_names; i++) {
        if (ix->names[i].kind != 0) continue;
        for (uint32_t j = i + 1; j < ix->n_names; j++) {
            if (ix->names[j].kind != 0 || block[i] != block[j]) continue;
            if (find(ix->group, (int)i) == find(ix->group, (int)j)) continue;
            if (extract_same_person(ix->names[i].name, ix->names[j].name))
                ix->group[find(ix->group, (int)j)] = find(ix->group, (int)i);
        }
    }
    free(block);
    (void)fb;
    for (uint32_t i = 0; i < ix->n_names; i++) ix->group[i] = find(ix->group, (int)i);
    ix->names_loaded = 1;
    return 0;
oom:
    free(table);
    merr_set(&ix->e, MORGUE_E_NOMEM, "out of memory");
    return -1;
}

/* True when the folded words w (space-separated) occur as whole words in
 * the folded name n. */
static int name_has_words(const char *n, const char *w)
{
    size_t wl = strlen(w);
    for (const char *p = n; (p = strstr(p, w)); p++) {
        int left = p == n || p[-1] == ' ', right = p[wl] == 0 || p[wl] == ' ';
        if (left && right) return 1;
    }
    return 0;
}

static int expand_node(morgue_index *ix, qnode *q, arena *a)
{
    if (q->kind != Q_TERM && q->kind != Q_PHRASE) {
        for (uint32_t i = 0; i < q->n_kids; i++)
            if (expand_node(ix, q->kids[i], a)) return -1;
        return 0;
    }
    if (q->fields != FIELD_BIT(FIELD_SPEAKER)) return 0;
    char want[512], folded[512];
    size_t wl = 0;
    for (uint32_t i = 0; i < q->n_terms; i++) {
        size_t l = strlen(q->terms[i]);
        if (wl + l + 2 > sizeof want) return 0;
        if (wl) want[wl++] = ' ';
        memcpy(want + wl, q->terms[i], l);
        wl += l;
    }
    want[wl] = 0;
    /* groups holding a name with these words, then every name of them */
    int *groups = arena_alloc(a, sizeof *groups * (ix->n_names ? ix->n_names : 1));
    if (!groups) return -1;
    uint32_t ng = 0;
    for (uint32_t i = 0; i < ix->n_names; i++) {
        fold_name(ix->names[i].name, strlen(ix->names[i].name), folded, sizeof folded);
        if (!name_has_words(folded, want)) continue;
        int g = ix->group[i], seen = 0;
        for (uint32_t k = 0; k < ng; k++) seen |= groups[k] == g;
        if (!seen) groups[ng++] = g;
    }
    if (ng == 0) return 0;
    uint32_t n_alt = 0;
    for (uint32_t i = 0; i < ix->n_names; i++)
        for (uint32_t k = 0; k < ng; k++)
            if (ix->group[i] == groups[k]) n_alt++;
    qnode **kids = arena_calloc(a, n_alt + 1, sizeof *kids);
    qnode *orig = arena_alloc(a, sizeof *orig);
    if (!kids || !orig) return -1;
    *orig = *q;
    kids[0] = orig;
    uint32_t nk = 1;
    for (uint32_t i = 0; i < ix->n_names; i++) {
        int in = 0;
        for (uint32_t k = 0; k < ng; k++) in |= ix->group[i] == groups[k];
        if (!in) continue;
        qnode *alt = arena_calloc(a, 1, sizeof *alt);
        size_t fl = fold_name(ix->names[i].name, strlen(ix->names[i].name), folded, sizeof folded);
        if (!alt) return -1;
        uint32_t nt = 1;
        for (size_t c = 0; c < fl; c++) nt += folded[c] == ' ';
        alt->terms = arena_calloc(a, nt, sizeof *alt->terms);
        if (!alt->terms) return -1;
        char *copy = arena_strndup(a, folded, fl);
        if (!copy) return -1;
        for (char *tok = strtok(copy, " "); tok && alt->n_terms < nt; tok = strtok(NULL, " "))
            alt->terms[alt->n_terms++] = tok;
        if (alt->n_terms == 0) continue;
        alt->kind = alt->n_terms == 1 ? Q_TERM : Q_PHRASE;
        alt->fields = FIELD_BIT(FIELD_SPEAKER);
        alt->col = q->col;
        kids[nk++] = alt;
    }
    q->kind = Q_OR;
    q->terms = NULL;
    q->n_terms = 0;
    q->kids = kids;
    q->n_kids = nk;
    return 0;
}

int expand_speakers(morgue_index *ix, qnode *q, arena *a)
{
    if (load_names(ix)) return -1;
    return expand_node(ix, q, a);
}

const char *entity_canonical(morgue_index *ix, const char *name)
{
    if (!name[0] || load_names(ix)) return name;
    int g = -1;
    for (uint32_t i = 0; i < ix->n_names && g < 0; i++)
        if (!strcmp(ix->names[i].name, name)) g = ix->group[i];
    if (g < 0) return name;
    const ix_name *best = NULL;
    for (uint32_t i = 0; i < ix->n_names; i++) {
        if (ix->group[i] != g) continue;
        const ix_name *x = &ix->names[i];
        /* the spelling most articles use; then most quotes; then the name */
        if (!best || x->articles > best->articles ||
            (x->articles == best->articles &&
             (x->quotes > best->quotes || (x->quotes == best->quotes && strcmp(x->name, best->name) < 0))))
            best = x;
    }
    return best ? best->name : name;
}

static int cmp_entity(const void *x, const void *y)
{
    const morgue_entity_name *a = x, *b = y;
    if (a->group != b->group) return a->group < b->group ? -1 : 1;
    if (a->articles != b->articles) return a->articles > b->articles ? -1 : 1;
    if (a->quotes != b->quotes) return a->quotes > b->quotes ? -1 : 1;
    return strcmp(a->name, b->name);
}

morgue_entities *morgue_entity_lookup(morgue_index *ix, const char *name)
{
    if (!ix || !name || ix->e.rc == MORGUE_E_NOINDEX || ix->e.rc == MORGUE_E_CORRUPT ||
        ix->e.rc == MORGUE_E_VERSION || ix->e.rc == MORGUE_E_IO)
        return NULL;
    merr_clear(&ix->e);
    if (load_names(ix)) return NULL;
    morgue_entities *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    arena_init(&r->a);
    char want[512], folded[512];
    fold_name(name, strlen(name), want, sizeof want);
    if (!want[0]) {
        merr_set(&ix->e, MORGUE_E_ARG, "'%s' has no searchable words", name);
        morgue_entities_free(r);
        return NULL;
    }
    int *groups = malloc(sizeof *groups * (ix->n_names ? ix->n_names : 1));
    size_t ng = 0;
    for (uint32_t i = 0; groups && i < ix->n_names; i++) {
        fold_name(ix->names[i].name, strlen(ix->names[i].name), folded, sizeof folded);
        if (!name_has_words(folded, want)) continue;
        int seen = 0;
        for (size_t k = 0; k < ng; k++) seen |= groups[k] == ix->group[i];
        if (!seen) groups[ng++] = ix->group[i];
    }
    size_t n = 0;
    for (uint32_t i = 0; groups && i < ix->n_names; i++)
        for (size_t k = 0; k < ng; k++) n += ix->group[i] == groups[k];
    r->v = arena_calloc(&r->a, n ? n : 1, sizeof *r->v);
    for (uint32_t i = 0; groups && r->v && i < ix->n_names; i++)
        for (size_t k = 0; k < ng; k++)
            if (ix->group[i] == groups[k]) {
                morgue_entity_name *e = &r->v[r->n++];
                e->name = ix->names[i].name;
                e->kind = kind_name[ix->names[i].kind & 3];
                e->articles = ix->names[i].articles;
                e->quotes = ix->names[i].quotes;
                e->group = (unsigned)k;
            }
    free(groups);
    qsort(r->v, r->n, sizeof *r->v, cmp_entity);
    for (size_t i = 0; i < r->n; i++) r->v[i].name = arena_strdup(&r->a, r->v[i].name);
    return r;
}

size_t morgue_entities_size(const morgue_entities *e) { return e ? e->n : 0; }
const morgue_entity_name *morgue_entities_get(const morgue_entities *e, size_t i)
{
    return e && i < e->n ? &e->v[i] : NULL;
}
void morgue_entities_free(morgue_entities *e)
{
    if (!e) return;
    arena_free(&e->a);
    free(e);
}
