/* Private to the extraction module (indexer/extract*.c): the lexicons built
 * from the data/ files and small text helpers. */
#ifndef MORGUE_EXTRACT_INTERNAL_H
#define MORGUE_EXTRACT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* Lexicon classes, a bit set per entry. */
enum {
    LX_CUE = 1u << 0,
    LX_TITLE = 1u << 1,
    LX_GIVEN = 1u << 2,
    LX_COUNTRY = 1u << 3,
    LX_CITY = 1u << 4,
    LX_ORG = 1u << 5,
    LX_PRONOUN = 1u << 6,
    LX_DESC = 1u << 7,
    LX_FUNC = 1u << 8,
    LX_ABBR = 1u << 9,
    LX_NAT = 1u << 10,     /* nationality / party / religion adjective */
    LX_GENDER = 1u << 11,  /* tells a person's sex: lx_entry.pron */
    LX_NOTNAME = 1u << 12, /* alone names no person (data/not_names.txt) */
    LX_BREAK = 1u << 13,   /* capitalised inside a run, title-case text: the
                              run is no one name (data/name_breakers.txt) */
    LX_PORTFOLIO = 1u << 14, /* "finance" of "Finance Minister" (data/portfolios.txt) */
    /* Bits above 15 are not in tflags' answer; tk.lxf keeps them for a
     * word's own entry (tword_entry_flags, speed20), lx_flags on a run of
     * several words. */
    LX_COMMON = 1u << 16,  /* a common word written with a capital: alone, no
                              entity at a sentence start or before a
                              lower-case word (data/common_words.txt) */
    LX_NOENT = 1u << 17,   /* alone never an entity: time zones, month
                              abbreviations, ratings (data/no_entity.txt) */
    /* the noun ending a description of an organisation, "the company"
     * (data/org_descriptions.txt, by its kind there) */
    LX_FIRM_NOUN = 1u << 18,
    LX_BODY_NOUN = 1u << 19,
    LX_MEDIA_NOUN = 1u << 20,
};
/* Pronoun kinds (lx_entry.aux for LX_PRONOUN). */
enum { PRON_MALE = 1, PRON_FEMALE, PRON_PLURAL, PRON_NEUTER, PRON_SELF };

typedef struct {
    uint32_t flags;
    uint16_t given_group;  /* LX_GIVEN: variant group, from 1 */
    uint8_t pron;          /* LX_PRONOUN: PRON_*; LX_GENDER: PRON_MALE or
                              PRON_FEMALE */
    uint8_t org_kind;      /* LX_ORG: index into lx_org_kinds */
} lx_entry;

/* Builds the lexicons once (thread-safe); returns 0 or -1 on failure. */
int lx_init(void);
/* The bytes of data/<name>.txt as compiled into the library and their
 * count in *len; NULL (and 0) when the build has no such file.  Static:
 * not to be freed. */
const unsigned char *lx_data_file(const char *name, size_t *len);
/* Looks up s[0..n) case-insensitively (ASCII folding, internal runs of
 * white space count as one space); NULL when absent.  Longer than 63 bytes
 * is never present. */
const lx_entry *lx_lookup(const char *s, size_t n);
static inline uint32_t lx_flags(const char *s, size_t n)
{
    const lx_entry *e = lx_lookup(s, n);
    return e ? e->flags : 0;
}
/* The cue filter: one bit (of 65,536) set for each LX_CUE entry's folded
 * first, second and last bytes and length, by lx_init.  A word whose bit
 * is clear has no LX_CUE entry (is_cue in extract_ctx.h asks it first, far
 * cheaper than lx_lookup). */
extern uint64_t lx_cue_filter[1024];
static inline uint32_t lx_cue_bit(unsigned char first, unsigned char second, unsigned char last, size_t n)
{
    uint32_t v = (uint32_t)first | (uint32_t)second << 8 | (uint32_t)last << 16 | (uint32_t)n << 24;
    return (v * 0x9E3779B1u) >> 16;
}
/* The abbreviation filter (speed20): one bit (of 4,096) set for each
 * LX_ABBR entry of five bytes or fewer, by its folded first and last bytes
 * and length.  tokenize_text asks it of a word of up to five bytes before
 * a period, mostly no abbreviation ("said.", "year."), before lx_lookup. */
extern uint64_t lx_abbr_filter[64];
static inline int lx_maybe_abbr(const char *s, size_t n)
{
    unsigned char f = (unsigned char)s[0], l = (unsigned char)s[n - 1];
    f |= (unsigned char)((unsigned)(f - 'A') < 26u) << 5; /* ASCII lower case, as the keys */
    l |= (unsigned char)((unsigned)(l - 'A') < 26u) << 5;
    uint32_t b = ((uint32_t)f | (uint32_t)l << 8 | (uint32_t)n << 16) * 0x9E3779B1u >> 20;
    return (int)((lx_abbr_filter[b >> 6] >> (b & 63)) & 1);
}
extern const char *const lx_org_kinds[];

/* Levenshtein distance of two short ASCII-folded strings (capped at 32
 * bytes each; longer strings compare their prefixes). */
int lx_edit_distance(const char *a, size_t an, const char *b, size_t bn);
/* Phonetic key of a Latin-script surname for transliteration variants:
 * writes at most cap-1 bytes and a NUL; returns the length. */
size_t lx_phonetic_key(const char *s, size_t n, char *out, size_t cap);

/* Organisation names that need the text around a mention (extract_names.c):
 * the article's entities renamed, merged or dropped in place, mentions and
 * quotes renumbered; new names in arena a.  0, or -1 out of memory. */
#include "extract.h"
int extract_org_names(const char *text, size_t n, arena *a, extraction *x);

#endif
