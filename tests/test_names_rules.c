/*
 * The names file's version and rules field (query/names_file.c,
 * docs/FORMAT.md "NAMES"): the file holds groups computed by the grouping
 * rules of the morgue that wrote it, so a file of another version (an
 * older morgue's, grouped without data/place_aliases.txt) or written under
 * other rules (other alias lists) must not give its groups: it is passed
 * over, the groups are computed from the segments with the same answers as
 * a fresh index, and the next commit writes it anew.  A damaged rules field
 * is an error naming the file.  The index is written here from made-up
 * articles; each variant of its NAMES is made from the file the writer
 * wrote, its checksums recomputed where the variant is not damage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xxhash.h>

#include "morgue/morgue.h"
#include "buf.h"
#include "engine.h"
#include "index_writer.h"
#include "test.h"

static const char *const bodies[] = {
    "Exports of wheat from the U.S. rose in May, the ministry said.",
    "Exports of maize from the U.S. rose in June, the ministry said.",
    "Farm ministers met in the United States to talk about quotas.",
    "Corn sales to the US fell, traders said.",
    "A rail strike in Britain closed ports, the union said.",
    "Rail fares in the UK will rise, the operator said.",
    "Coffee trade with Latin America grew, the bank said.",
};
enum { N_BODIES = sizeof bodies / sizeof *bodies };

static int build(const char *dir)
{
    index_writer_opts o = INDEX_WRITER_OPTS_INIT;
    merr e = {0};
    index_writer *w = index_writer_open(dir, &o, &e);
    if (!w) return -1;
    for (int i = 0; i < N_BODIES; i++) {
        char src[32];
        snprintf(src, sizeof src, "doc%d", i);
        article a = {.source = src, .title = "Trade", .body = bodies[i], .date = "2022-03-01", .id = (uint64_t)i + 1};
        if (index_writer_add(w, &a) != MORGUE_OK) break;
    }
    morgue_rc rc = index_writer_commit(w, 0);
    index_writer_free(w);
    return rc ? -1 : 0;
}

/* What the index answers: counts of place queries, the --entity listing
 * and the place facet, as one string in out (or the error). */
static void answers(const char *dir, buf *out)
{
    static const char *const queries[] = {"place:us", "place:\"united states\"", "place:uk", "entity:u.s.",
                                          "place:britain", NULL};
    out->len = 0;
    morgue_index *ix = morgue_index_open(dir);
    if (!ix || morgue_index_rc(ix) != MORGUE_OK) {
        buf_printf(out, "open: %s", ix ? morgue_index_errmsg(ix) : "out of memory");
        morgue_index_close(ix);
        return;
    }
    for (int k = 0; queries[k]; k++) {
        morgue_search_opts o = MORGUE_SEARCH_OPTS_INIT;
        o.count_only = 1;
        o.facet = "place";
        morgue_results *r = morgue_search(ix, queries[k], &o);
        if (!r) {
            buf_printf(out, "%s: %s\n", queries[k], morgue_index_errmsg(ix));
            continue;
        }
        buf_printf(out, "%s %llu:", queries[k], (unsigned long long)morgue_results_total(r));
        for (size_t f = 0; f < morgue_results_facet_size(r); f++) {
            const morgue_facet *v = morgue_results_facet(r, f);
            buf_printf(out, " %s=%llu", v->value, (unsigned long long)v->count);
        }
        buf_printf(out, "\n");
        morgue_results_free(r);
    }
    morgue_entities *e = morgue_entity_lookup(ix, "us");
    for (size_t i = 0; e && i < morgue_entities_size(e); i++) {
        const morgue_entity_name *n = morgue_entities_get(e, i);
        buf_printf(out, "%u %s %s %llu (%s)\n", n->group, n->name, n->kind, (unsigned long long)n->articles, n->why);
    }
    if (!e) buf_printf(out, "entity: %s\n", morgue_index_errmsg(ix));
    morgue_entities_free(e);
    morgue_index_close(ix);
}

static unsigned char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *p = malloc(len > 0 ? (size_t)len : 1);
    *n = p && len > 0 && fread(p, 1, (size_t)len, f) == (size_t)len ? (size_t)len : 0;
    fclose(f);
    return p;
}

static int spill(const char *path, const unsigned char *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    int ok = fwrite(p, 1, n, f) == n;
    return fclose(f) == 0 && ok ? 0 : -1;
}

static void put64(unsigned char *p, uint64_t v)
{
    for (int k = 0; k < 8; k++) p[k] = (unsigned char)(v >> 8 * k);
}

/* The chunk sums of a names file after its bytes changed (docs/FORMAT.md:
 * chunks of 4 KiB up to body_end, then the hash of the sums). */
static void reseal(unsigned char *p, size_t n)
{
    uint64_t body_end = load_u64(p + 56), chunks = (body_end + 4095) / 4096;
    if (body_end + 8 * chunks + 8 != n) return;
    for (uint64_t c = 0; c < chunks; c++) {
        uint64_t from = c * 4096, to = from + 4096 < body_end ? from + 4096 : body_end;
        put64(p + body_end + 8 * c, XXH3_64bits(p + from, (size_t)(to - from)));
    }
    put64(p + body_end + 8 * chunks, XXH3_64bits(p + body_end, (size_t)(8 * chunks)));
}

int main(void)
{
    char tmpl[] = "/tmp/morgue-test-names-rules-XXXXXX";
    char *root = mkdtemp(tmpl);
    CHECK(root != NULL);
    if (!root) TEST_END();
    char dir[4200], names[4300];
    snprintf(dir, sizeof dir, "%s/ix", root);
    snprintf(names, sizeof names, "%s/NAMES", dir);
    CHECK(build(dir) == 0);
    size_t n;
    unsigned char *orig = slurp(names, &n);
    CHECK(orig && n > 80 && !memcmp(orig, "MORGUEnm", 8));
    if (!orig || n <= 80) TEST_END();
    CHECK(load_u32(orig + 8) == 2);

    buf want = {0}, got = {0};
    answers(dir, &want);
    /* the groups are there: U.S., United States and US are one place */
    CHECK_MSG(strstr(buf_cstr(&want), "place:us 4: U.S.=4\n") && strstr(buf_cstr(&want), "place:uk 2: Britain=2\n"),
              "%s", buf_cstr(&want));
    /* the same computed from the segments */
    CHECK(unlink(names) == 0);
    answers(dir, &got);
    CHECK_STR(buf_cstr(&got), buf_cstr(&want));

    unsigned char *v = malloc(n);
    CHECK(v != NULL);
    if (!v) TEST_END();
    names_file *nf = NULL;
    merr e = {0};
    morgue_index *ix = morgue_index_open(dir);
    uint64_t manifest = ix ? ix->manifest_id : 0;
    morgue_index_close(ix);

    /* the file as written is used */
    CHECK(spill(names, orig, n) == 0);
    CHECK(names_file_open(dir, manifest, &nf, &e) == 1);
    names_file_close(nf);

    /* an older version (its header checksum right, as an older morgue
     * wrote it): passed over, the answers computed */
    memcpy(v, orig, n);
    v[8] = 1;
    put64(v + 64, XXH3_64bits(v, 64));
    CHECK(spill(names, v, n) == 0);
    CHECK(names_file_open(dir, manifest, &nf, &e) == 0 && nf == NULL);
    answers(dir, &got);
    CHECK_STR(buf_cstr(&got), buf_cstr(&want));

    /* other rules (other alias lists), the file otherwise whole */
    memcpy(v, orig, n);
    v[72] ^= 0x5A;
    reseal(v, n);
    CHECK(spill(names, v, n) == 0);
    CHECK(names_file_open(dir, manifest, &nf, &e) == 0 && nf == NULL);
    answers(dir, &got);
    CHECK_STR(buf_cstr(&got), buf_cstr(&want));
    /* the next commit (the writer's names_file_write) writes it anew */
    merr we = {0};
    CHECK(names_file_write(dir, &we) == 0);
    size_t n2;
    unsigned char *again = slurp(names, &n2);
    CHECK(again && n2 == n && !memcmp(again, orig, n));
    free(again);

    /* a damaged rules field: an error naming the file, not other groups */
    memcpy(v, orig, n);
    v[75] ^= 0x01;
    CHECK(spill(names, v, n) == 0);
    e = (merr){0};
    CHECK(names_file_open(dir, manifest, &nf, &e) == -1 && strstr(merr_msg(&e), "NAMES"));
    answers(dir, &got);
    CHECK_MSG(strstr(buf_cstr(&got), "damaged names file") != NULL, "%s", buf_cstr(&got));

    free(v);
    free(orig);
    buf_free(&want);
    buf_free(&got);
    char cmd[4300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", root);
    TEST_END();
}
