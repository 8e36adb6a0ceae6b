/* str_in (indexer/extract_ctx.h): the filtered look-up of a word in a
 * NULL-terminated list of lower-case words gives the answer of a plain
 * scan, for words the filter lets through or not, lists of every length,
 * entries that can never match (a capital), a word with a NUL inside, a
 * table of filters full, and lists first asked by several threads at
 * once.  And lx_lookup (indexer/extract_lex.c), whose keys of several
 * words pass a filter first: white space of any kind and length between
 * the words, a NUL, and white space at either end fold as before. */
#include <pthread.h>

#include "extract_ctx.h"
#include "test.h"

/* What str_in answered before it had filters. */
static int ref_in(const char *s, size_t n, const char *const *w)
{
    for (int k = 0; w[k]; k++) {
        size_t m = 0;
        while (m < n && w[k][m] && lower_c((unsigned char)s[m]) == (unsigned char)w[k][m]) m++;
        if (m == n && w[k][n] == 0) return 1;
    }
    return 0;
}

static const char *const fruit[] = {"apple", "apricot", "ap", "a", "banana", "cherry", "chestnut", "date",
                                    "elderberry", "fig", "grape", "kiwi", "lemon", "lime", "mango", NULL};
static const char *const one[] = {"x", NULL};
static const char *const capitals[] = {"People", "tEam", "sources", NULL};
static const char *const same_key[] = {"mast", "mist", "most", "must", "mash", "mesh", "mush", NULL};

static const char *const words[] = {
    "apple", "Apple", "APPLE", "apples", "appl", "ap", "Ap", "a", "A", "b", "x", "X", "xx", "banana",
    "Banana's", "cherry", "chest", "chestnut", "date", "dates", "fig", "figs", "kiwi", "lime", "limes",
    "mango", "people", "People", "team", "tEam", "sources", "Sources", "mast", "Must", "mush", "mosh",
    "mash", "mesh", "moth", "elderberry", "elderberries", "zebra", "", NULL};

static const char *const *const lists[] = {fruit, one, capitals, same_key, NULL};

static void check_lists(void)
{
    for (int l = 0; lists[l]; l++)
        for (int i = 0; words[i]; i++) {
            size_t n = strlen(words[i]);
            if (!n) continue;
            /* twice: the first call makes the list's filter */
            for (int pass = 0; pass < 2; pass++)
                CHECK_MSG(str_in(words[i], n, lists[l]) == ref_in(words[i], n, lists[l]), "list %d, \"%s\"", l,
                          words[i]);
        }
    /* a NUL inside the word matches nothing, not even a one-letter entry */
    CHECK(!str_in("a\0", 2, fruit));
    CHECK(!str_in("x\0", 2, one));
    CHECK(str_in("x", 1, one));
    /* a prefix of the word is no match */
    CHECK(!str_in("limestone", 4 + 5, fruit));
    CHECK(str_in("limestone", 4, fruit));
}

/* More lists than the filter table holds: those past it are scanned.
 * (Static: the table keeps the lists' addresses.) */
enum { MANY_LISTS = STR_LIST_SLOTS + 200 };
static const char *many[MANY_LISTS][3];
static char many_names[MANY_LISTS][8];

static void check_many_lists(void)
{
    for (int l = 0; l < MANY_LISTS; l++) {
        snprintf(many_names[l], sizeof many_names[l], "w%d", l);
        many[l][0] = many_names[l];
        many[l][1] = "shared";
    }
    int bad = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int l = 0; l < MANY_LISTS; l++) {
            const char *const *w = (const char *const *)many[l];
            char other[8];
            snprintf(other, sizeof other, "w%d", (l + 1) % MANY_LISTS);
            bad += !str_in(many_names[l], strlen(many_names[l]), w) || !str_in("Shared", 6, w) ||
                   str_in(other, strlen(other), w) || str_in("share", 5, w);
        }
    CHECK_MSG(bad == 0, "%d lists answered wrong", bad);
}

/* Lists first asked by several threads at once. */
static const char *const t0[] = {"north", "south", "east", "west", NULL};
static const char *const t1[] = {"spring", "summer", "autumn", "winter", NULL};
static const char *const t2[] = {"red", "green", "blue", "yellow", "violet", NULL};
static const char *const t3[] = {"oak", "ash", "elm", "yew", "beech", "birch", NULL};
static const char *const *const tlists[] = {t0, t1, t2, t3};
static const char *const twords[] = {"North", "summer", "Blue", "elm", "birch", "autumn", "west", "rowan",
                                     "april", "grey", "east", "bee", NULL};

static void *ask_lists(void *arg)
{
    long bad = 0;
    for (int r = 0; r < 200; r++)
        for (int l = 0; l < 4; l++)
            for (int i = 0; twords[i]; i++) {
                size_t n = strlen(twords[i]);
                bad += str_in(twords[i], n, tlists[l]) != ref_in(twords[i], n, tlists[l]);
            }
    (void)arg;
    return (void *)bad;
}

static void check_threads(void)
{
    pthread_t th[4];
    int started = 0;
    for (int i = 0; i < 4; i++)
        if (pthread_create(&th[i], NULL, ask_lists, NULL) == 0) started++;
        else break;
    long bad = 0;
    for (int i = 0; i < started; i++) {
        void *r;
        pthread_join(th[i], &r);
        bad += (long)r;
    }
    CHECK_MSG(bad == 0, "%ld answers wrong", bad);
}

/* lx_lookup of keys its one-word path does not take. */
static void check_lookup(void)
{
    CHECK(lx_init() == 0);
    static const char *const hits[] = {"new york", "New York", "NEW YORK", "new  york", "new\tyork", "new\nyork",
                                       "new \r\n york", " new york", "new york ", "\tnew york\n", "Rio de Janeiro",
                                       "rio  de\njaneiro", "Buenos Aires", "buenos\t\taires", NULL};
    for (int i = 0; hits[i]; i++) CHECK_MSG(lx_flags(hits[i], strlen(hits[i])) & LX_CITY, "\"%s\"", hits[i]);
    static const char *const misses[] = {"new yorks", "new yor", "ew york", "new york city hall", "newyork",
                                         "new-york", "Donald Trump", "a b", "a\tb", "  ", "x ", "rio de janeiro x",
                                         "abcdefghijklmnopqrstuvwxyz", NULL};
    for (int i = 0; misses[i]; i++) CHECK_MSG(!lx_lookup(misses[i], strlen(misses[i])), "\"%s\"", misses[i]);
    /* white space last but one ("class a" and "world war i" are listed) */
    static const char *const spaced[] = {"class a", "Class A", "class  a", "class\ta", "CLASS\r\nA", NULL};
    uint32_t fc = lx_flags(spaced[0], strlen(spaced[0]));
    CHECK(fc != 0);
    for (int i = 1; spaced[i]; i++) CHECK_MSG(lx_flags(spaced[i], strlen(spaced[i])) == fc, "\"%s\"", spaced[i]);
    uint32_t fw = lx_flags("world war i", 11);
    CHECK(fw != 0);
    CHECK(lx_flags("World War\nI", 11) == fw);
    CHECK(lx_flags("World  War \t I", 14) == fw);
    /* a NUL is a byte of the key, not white space */
    CHECK(!lx_lookup("new\0york", 8));
    CHECK(!lx_lookup("new york\0", 9));
    /* one word, longer than 16 bytes, in the lexicon: the same folding */
    static const char *const long_words[] = {"Telecommunications", "telecommunications", "TELECOMMUNICATIONS", NULL};
    uint32_t f0 = lx_flags(long_words[0], strlen(long_words[0]));
    for (int i = 1; long_words[i]; i++) CHECK(lx_flags(long_words[i], strlen(long_words[i])) == f0);
}

int main(void)
{
    check_lookup();
    check_lists();
    check_threads();
    check_many_lists();
    TEST_END();
}
