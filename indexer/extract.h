/*
 * Quotations, speakers and named entities, found with rules and data files
 * (no statistical model).  A stage of the write path: the index writer calls
 * extract_article() on every article body (docs/ARCHITECTURE.md).
 *
 * Data files (cue verbs, titles and honorifics, given names, countries,
 * cities, organisations and acronyms, pronouns) live in data/ and are
 * compiled into the library at build time, so the tools need no data path.
 */
#ifndef MORGUE_EXTRACT_H
#define MORGUE_EXTRACT_H

#include <stddef.h>
#include <stdint.h>
#include "arena.h"
#include "buf.h"

typedef enum { ENT_PERSON, ENT_ORG, ENT_PLACE, ENT_OTHER } ent_kind;
typedef enum { QUOTE_DIRECT, QUOTE_PARTIAL, QUOTE_MIXED, QUOTE_INDIRECT } quote_type;

/* A canonical entity of one article: mentions that name the same person,
 * organisation or place ("President Joe Biden", "Biden", "he") point to it. */
typedef struct {
    const char *name;        /* canonical full form, e.g. "Yuri Ushakov" */
    ent_kind kind;
    const char *title;       /* "President", "Dr" ... or NULL */
    uint32_t n_mentions;
} ent_entity;

typedef struct {
    uint32_t start, end;     /* UTF-8 byte span in the text */
    int32_t entity;          /* index into extraction.entities */
} ent_mention;

#define QUOTE_MAX_CO_SPEAKERS 3

typedef struct {
    uint32_t start, end;     /* byte span of the whole quotation */
    uint32_t n_segments;     /* "A," he said, "B." has 2 */
    const uint32_t (*segments)[2]; /* [start, end) of each segment's content */
    quote_type type;
    int32_t speaker_start, speaker_end; /* the speaker mention as written, -1 */
    int32_t speaker_entity;  /* index into entities, or -1 when unknown */
    /* round 15a: the other speakers of a coordinated subject ("Tom Hale and
     * Ana Reis said": speaker_entity is Hale, co_speakers[0] Reis; the
     * speaker span covers both), indexes into entities, -1 when none (the
     * used ones come first) */
    int32_t co_speakers[QUOTE_MAX_CO_SPEAKERS];
    int32_t cue_start, cue_end;         /* the cue verb ("said"), -1 */
} quote;

typedef struct {
    ent_entity *entities;
    uint32_t n_entities;
    ent_mention *mentions;
    uint32_t n_mentions;
    quote *quotes;
    uint32_t n_quotes;
} extraction;

/*
 * Finds entities and quotes in text[0..n) (valid UTF-8; paragraphs
 * separated by blank lines or single newlines).  Everything in *out is
 * allocated in arena a.  Returns 0, or -1 when memory runs out.
 * Thread-safe: the lexicons are read-only after first use.
 */
int extract_article(const char *text, size_t n, arena *a, extraction *out);

/*
 * Cross-article identity: true when two canonical person names are the same
 * person written differently ("Yuri Usakov" / "Yuri Ushakov", "Yury
 * Ushakov"): same given name (or a known variant) and surnames within a
 * small edit distance or with the same phonetic key.
 */
int extract_same_person(const char *a, const char *b);

/* What extract_same_person compares in one name, computed once so that
 * grouping many names (query/entities.c) can rule out most pairs without
 * calling it: extract_person_facts fills *f, and extract_may_be_same_person
 * is 0 only for pairs extract_same_person rejects (a necessary condition,
 * kept next to the rules it mirrors). */
typedef struct {
    uint8_t words;            /* words in the name (at most 8 counted) */
    uint8_t sur_len, sur_cut; /* bytes of the surname; the same capped at 32 */
    unsigned char sur0, giv0; /* first byte of surname and given name, | 32 */
    uint16_t given_group;     /* variant group of the given name, 0 none */
    uint32_t sur_letters;     /* bit (b | 32) % 32 of each of its first 32 bytes */
    char sur_key[16], giv_key[16]; /* phonetic keys, "" when shorter than 3 */
} person_facts;
void extract_person_facts(const char *name, person_facts *f);
int extract_may_be_same_person(const person_facts *a, const person_facts *b);
/* extract_same_person(a, b), for names whose facts (extract_person_facts
 * of each) are at hand: the same answer without computing their phonetic
 * keys again, which was a third of grouping every person of an index
 * (--facet person on real news). */
int extract_same_person_facts(const char *a, const person_facts *fa, const char *b, const person_facts *fb);

/* Whether the word w[0..n) is a generational suffix (Jr, Jr., Sr, Jnr,
 * Snr, II, III, IV; any letter case), which follows the surname: a name
 * of three words or more ending in one has the word before it for its
 * surname, in extract_same_person and in grouping (query/entities.c).
 * 0 when not, else one number a generation (Jr and Jnr 1, Sr and Snr 2,
 * II 3, III 4, IV 5), which grouping compares. */
int extract_name_suffix(const char *w, size_t n);

/*
 * The `morgue-index --extract` mode: reads JSONL articles {"id","text",...}
 * from `in_path` ("-" for standard input) and writes one JSON line per
 * article to out: {"id", "quotes": [{"start","end","text","type","speaker",
 * "speaker_start","speaker_end","speaker_entity","co_speakers","cue"}], "entities":
 * [{"name","kind","mentions":[[start,end],...]}]} with UTF-8 byte offsets
 * into text.  Returns a process exit status (0, 1 some lines bad, 2).
 */
int extract_main(const char *in_path, void *out_file);

/* "direct", "partial", "mixed", "indirect"; "person", "org", "place",
 * "other". */
const char *extract_quote_type_name(quote_type t);
const char *extract_kind_name(ent_kind k);

/*
 * Appends the JSON line of one article (the extract_main format, with a
 * final newline) to out.  id is written as a JSON string.
 */
void extract_write_json(buf *out, const char *id, size_t id_len, const char *text,
                        size_t n, const extraction *ex);

#endif
