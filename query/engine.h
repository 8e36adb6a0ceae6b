/*
 * Internals of the read path shared by the files under query/: the open index, and the
 * executor's entry points.
 */
#ifndef MORGUE_ENGINE_H
#define MORGUE_ENGINE_H

#include "morgue/morgue.h"
#include "arena.h"
#include "buf.h"
#include "error.h"
#include "query.h"
#include "segment.h"
#include "extract.h"

/* An entity name summed over the segments (query/entities.c). */
typedef struct {
    char *name;
    char *folded;         /* its words folded, joined by single spaces */
    int kind;
    uint64_t articles, quotes, hash;
    uint8_t words;        /* words in the name */
    person_facts facts;   /* what extract_same_person compares (persons) */
    /* made with facts (entities.c, name_surname): the surname as
     * extract_same_person splits the name, name[sur_off, sur_off +
     * sur_len), and a hash of its phonetic key (0: none), for the cheap
     * tests that rule a pair out before that call */
    uint16_t sur_off, sur_len;
    /* where the name its person goes by starts: past an initial before a
     * full given name ("J. Edgar Hoover": "Edgar Hoover"; name_goes_by),
     * else 0.  What extract_same_person compares. */
    uint16_t goes_by;
    uint32_t sur_key_hash;
    uint8_t giv_initial;  /* its given name is an initial ("J", "J.") */
    /* the initials of its middle names, upper case ("George H.W. Bush":
     * "HW", "Hillary Rodham Clinton": "R"; at most 4), and whether a name
     * with none links persons whose middles differ (middle_ambiguous: 0
     * not known yet, 1 no, 2 yes) */
    char mid[4];
    uint8_t mid_len, mid_state;
    uint8_t suffix;       /* its generational suffix: 0 none, else extract_name_suffix's number */
    uint8_t gen_state;    /* generations_apart: 0 not known yet, 1 no, 2 yes */
    uint64_t giv_key_hash; /* its key in table 2 of its block, 0 none (name_key) */
} ix_name;

/* A person name filed under a key (entities.c): block byte << 56 | value;
 * with a copy of its surname's facts (person_facts, ix_name), so that a
 * walk over the key's run rules most names out without reading them. */
typedef struct {
    uint64_t key;
    uint32_t name;
    uint32_t sur_letters, sur_key_hash;
    uint8_t sur_len, sur_cut, sur0, words; /* words: facts.words */
} ix_name_key;

/* The names file (query/names_file.c, docs/FORMAT.md "NAMES"): the index's
 * entity names grouped at commit, mapped by queries. */
#define NAMES_FILE_NAME "NAMES"
typedef struct names_file names_file;
/* nf_name.group of a name in a group of its own; a folded name's offset
 * when it is the name in ASCII lower case */
enum { NF_ALONE = 0xFFFFFFFFu, NF_LOWER = 0xFFFFFFFFu };

/* One name of a names file; name points into the mapping (NUL-ended,
 * alive until names_file_close), folded there too or into lower. */
typedef struct {
    const char *name, *folded;
    uint32_t name_len, folded_len;
    uint32_t group;       /* its group's number, or NF_ALONE: its own group */
    int kind;
    uint8_t merged;       /* entities.c's MERGED_* and flag bits */
    uint64_t articles, quotes;
    char lower[512];      /* folded, when it is name in lower case (NF_LOWER) */
} nf_name;

struct morgue_index {
    ix_name *names;       /* loaded on first use */
    arena name_strings;   /* their name and folded strings */
    uint32_t n_names;
    int *group;           /* names[i] belongs to entity group[i] */
    int *canon;           /* canon[g]: the usual spelling of group g */
    uint8_t *merged;      /* why a lone surname joined its group (entities.c,
                             MERGED_*), 0 for the rest; in name_strings */
    unsigned char *key;   /* first byte of each folded surname */
    uint32_t block_start[257];
    uint32_t *block_items; /* persons by key */
    /* Per block, made on the block's first use (entities.c, block_ready):
     * its persons' facts, and the persons filed by given name's first
     * letter, variant group and phonetic key hash in hash buckets: where a
     * name's possible variants are; bucket b of table w is
     * by_key[w][start[w][b] .. start[w][b + 1]), mask + 1 buckets */
    struct {
        uint8_t ready;
        ix_name_key *by_key[3];
        uint32_t *start[3];
        uint32_t mask;
    } blk[256];
    uint32_t *walk_queue; /* group_of's, as long as the largest block; in name_strings */
    uint32_t *name_table; /* hash of (kind, name) -> index + 1 */
    uint32_t name_mask;
    uint32_t *name_words; /* names by word-hash bucket (entities.c) */
    uint32_t *name_word_start; /* bucket b: name_words[start[b], start[b+1]) */
    uint32_t name_word_mask;
    int names_loaded;
    int orgs_grouped;     /* entities.c, orgs_ready: 0 not yet, 1 done, -1 failed */
    int places_grouped;   /* entities.c, places_ready (places and other names): the same */
    /* The names file, opened on the first need of names (entities.c,
     * names_mapped): 0 not yet, 1 mapped in nf, -1 none usable (absent,
     * another manifest's or version: names computed from the segments as
     * above), -2 damaged (nf_err, repeated at each use). */
    int nf_state;
    names_file *nf;
    merr nf_err;
    uint64_t manifest_id; /* the manifest opened, as its names file names it (index_read.c) */
    char *dir;
    merr e;               /* the last call's failure (morgue_index_rc) */
    int unusable;         /* the open failed: every call fails with e */
    segment **segs;
    uint32_t n_segs;
    uint64_t n_docs;      /* documents of both kinds */
    uint64_t n_kind[2];   /* articles, quotes */
    double avg_len[FIELD_COUNT];
    buf scratch;          /* stored-article decompression */
    /* morgue_article_get from its second call on: articles by id, open
     * addressing, 1 + the article's rank over all segments (0 empty) */
    uint32_t *id_slots;
    uint32_t id_mask;
    uint32_t id_lookups;
};

/* A matching document while ranking. */
typedef struct {
    double score;
    int64_t date;
    uint32_t seg, doc;
    uint64_t copies;      /* collapsed: matching documents of its cluster */
} scored_doc;

/* The terms a query looks for, for highlighting snippets. */
typedef struct {
    char **terms;         /* folded tokens (arena) */
    uint8_t *is_prefix;
    uint32_t n, cap;
} hl_terms;

/*
 * Runs the parsed query over every segment.  Fills *total with the number of
 * matches; when want > 0, *out gets the best `want` documents in rank order
 * (arena-allocated) and *n_out their number.  0, or -1 with the error on ix.
 */
typedef void (*match_fn)(void *ctx, uint32_t seg, uint32_t doc);
int exec_query(morgue_index *ix, const qnode *q, int kind, int sort_by_date, int collapse,
               size_t want,
               arena *a, uint64_t *total, scored_doc **out, size_t *n_out,
               match_fn on_match, void *match_ctx);

/* Rewrites speaker:, person:, place: and entity: words and phrases to match every
 * spelling merged with the name asked for (transliteration variants,
 * docs/QUERY.md).  0, or -1 with the error on ix. */
int expand_names(morgue_index *ix, qnode *q, arena *a);

/* The most frequent spelling of the entity `name` belongs to (name itself
 * when it has no other); owned by the index. */
const char *entity_canonical(morgue_index *ix, const char *name);
/* The same for a name of one kind (0 person, 1 org, 2 place, 3 other; -1
 * any): "GM" in the org field is the company even when a person is also
 * written "GM". */
const char *entity_canonical_kind(morgue_index *ix, const char *name, int kind);

/* Groups every name of the index, as queries would one at a time (what
 * the names file holds).  0, or -1 with the error on ix. */
int entities_group_all(morgue_index *ix);

/* Opens dir/NAMES for the manifest manifest_id: 1 with *out (the caller's,
 * mapped; names_file_close), 0 when there is none or it is another
 * manifest's or version's, or was grouped under other rules (its rules
 * field: other alias lists, an older morgue; not an error), -1 when it is
 * damaged or unreadable (error on e). */
int names_file_open(const char *dir, uint64_t manifest_id, names_file **out, merr *e);
/* The same over bytes the caller owns and keeps alive until the close (the
 * fuzz target: verify 0 skips the checksums, so the bounds checks are what
 * is tested), whatever its rules field; the file, NULL with *status as
 * above. */
names_file *names_file_open_bytes(const char *path, const unsigned char *p, size_t n, uint64_t manifest_id,
                                  int verify, int *status, merr *e);
void names_file_close(names_file *f);
/* dir/NAMES, owned by f */
const char *names_file_path(const names_file *f);
uint32_t names_file_count(const names_file *f);
uint32_t names_file_group_count(const names_file *f);
/* Readers of one item: 0, or -1 when the file is damaged there. */
int names_file_name(names_file *f, uint32_t i, nf_name *out);
/* the same without the folded name (NULL) */
int names_file_name_only(names_file *f, uint32_t i, nf_name *out);
/* group g (not NF_ALONE): its usual spelling, its names members[first ..
 * first + count) */
int names_file_group(names_file *f, uint32_t g, uint32_t *canon, uint32_t *first, uint32_t *count);
int names_file_member(names_file *f, uint32_t k, uint32_t *name);
/* the name (exact bytes) of that kind: 1 with *out, 0 absent, -1 damaged */
int names_file_find(names_file *f, const char *name, size_t len, int kind, uint32_t *out);
/* the names holding a word of this hash (entities.c, word_hash):
 * word_names [*from, *to), in name order (a name holding the word twice
 * is there twice) */
int names_file_word_bucket(names_file *f, uint32_t hash, uint32_t *from, uint32_t *to);
int names_file_word_name(names_file *f, uint32_t k, uint32_t *name);
/* Writes dir/NAMES for the index's current manifest (at each commit, after
 * the manifest): every name grouped by entities_group_all.  Nothing is
 * written when the file already belongs to that manifest.  0, or -1 with
 * the error on e. */
int names_file_write(const char *dir, merr *e);

/* Collects the positive body terms of q for highlighting. */
void collect_hl_terms(const qnode *q, arena *a, hl_terms *hl, int negated);

/* Builds a snippet of about `len` bytes from body with the highlighted
 * spans; strings and spans are arena-allocated. */
void make_snippet(const char *body, size_t body_len, const hl_terms *hl, size_t len,
                  arena *a, const char **snippet, morgue_span **spans, size_t *n_spans);

#endif
