/*
 * Entity mentions: capitalised sequences chunked into names, titles and
 * honorifics split off, kinds from the gazetteers and the words around a
 * name, and short mentions (a surname, an initialism) linked to the full
 * name used earlier in the article.
 */
#include "extract_ctx.h"

__attribute__((noinline)) uint32_t word_flags(const char *w, size_t n)
{
    size_t k = strip_poss(w, n);
    uint32_t f = lx_flags(w, k);
    /* "he'd" … "they’re": an apostrophe second or third from the end */
    if (!f && k == n && n >= 3 && n <= 9 &&
        (w[n - 2] == '\'' || w[n - 3] == '\'' || (unsigned char)w[n - 2] == 0x99 ||
         (unsigned char)w[n - 3] == 0x99)) {
        size_t b = clitic_len(w, n);
        if (b != n && (lx_flags(w, b) & LX_PRONOUN)) f = lx_flags(w, b) | LXF_CLITIC;
    }
    return f;
}

int sentence_initial(ctx *x, int32_t i)
{
    int32_t j = i - 1;
    while (j >= 0 && (x->t[j].kind == T_QMARK || (x->t[j].kind == T_PUNCT &&
                      (x->t[j].cp == '(' || x->t[j].cp == '[' || x->t[j].cp == 0x2014))))
        j--;
    if (j < 0) return 1;
    if (x->t[j].kind == T_PARA || x->t[j].sent != x->t[i].sent) return 1;
    if (x->t[j].kind == T_PUNCT && (x->t[j].cp == ':' || is_end_punct(x->t[j].cp))) return 1;
    /* "Kelmouth Ferries Inc <KFI> - Notes of 40 mln dlrs": a dash between
     * spaces opens a list item */
    if (x->t[j].kind == T_PUNCT && (x->t[j].cp == '-' || x->t[j].cp == 0x2013) && x->t[j].left_space &&
        x->t[j].right_space)
        return 1;
    return 0;
}

/* Organisation words ("Party", "Committee", "Times"), bucketed by first
 * letter: is_org_word runs for every capitalised run. */
static const char *const org_a[] = {"agency", "association", "administration", "army", "alliance",
                                    "ag", "airlines", "airways", "authority", NULL};

/* round 23 (ents23): "Rainier Bancorporation", "Land Registry", "Border
 * Patrol", "Sankei Shimbun", "Middle South Utilities", "Lacana Mining",
 * "Fairchild Semiconductor", "Corning Glass Works" were persons or other:
 * words that are no surnames */
static const char *const org_b[] = {"bank", "board", "bureau", "brothers", "bancorp", "banque", "banco", "banca",
                                    "bancorporation", NULL};

static const char *const org_c[] = {"committee", "council", "corp.", "court", "congress", "chronicle", "cie", "corps",
                                    "commission", "campaign", "center", "centre", "club", "caisse",
                                    "company", "church", "college", "coalition", "co.", "co",
                                    "corp", "community", "cos", "corporation", "confederation", NULL};

/* round 20 (ents20): "Plastic Packaging Division", "Farm Credit System",
 * "Safeway Stores", "Britannia Building Society", "Waste Management",
 * "Gawker Media", "Burren Energy", "Economic Planning Unit" were persons:
 * words that are no surnames (a given name before them still makes a
 * person, tested first) */
static const char *const org_d[] = {"department", "division", NULL};

static const char *const org_f[] = {"foundation", "fund", "federation", "forces", "force", "foods", NULL};

static const char *const org_g[] = {"group", "guard", "government", "gazette", NULL};

static const char *const org_e[] = {"exchange", "energy", "express", NULL};


static const char *const org_h[] = {"house", "holdings", "herald", "hotels", NULL};

static const char *const org_i[] = {"institute", "inc.", "inc", "industries", NULL};

static const char *const org_j[] = {"journal", NULL};

/* round 18: "loan" of "Savings and Loan", a thrift */
static const char *const org_l[] = {"ltd", "ltd.", "llc", "loan", NULL};

static const char *const org_m[] = {"ministry", "magazine", "motors", "management", "media", "mining", NULL};

static const char *const org_n[] = {"news", "network", "networks", "navy", NULL};

static const char *const org_o[] = {"office", "org", "organization", "organisation", NULL};

static const char *const org_p[] = {"party",   "post",     "press",      "police",      "project", "plc",
                                    "partners", "partnership", "pictures", "patrol", NULL};

static const char *const org_r[] = {"radio", "records", "registry", NULL};

static const char *const org_s[] = {"senate",  "service", "school",  "securities", "savings",
                                    "society", "system",  "stores",  "studios",    "shimbun", "semiconductor", NULL};

static const char *const org_t[] = {"times", "television", "treasury", "trust", "tribunal", "tribune", NULL};

static const char *const org_u[] = {"university", "union", "unit", "utilities", NULL};

static const char *const org_w[] = {"workers", "works", NULL};

static const char *const *const org_words[26] = {
    org_a, org_b, org_c, org_d, org_e, org_f, org_g, org_h, org_i, org_j, NULL, org_l, org_m,
    org_n, org_o, org_p, NULL,  org_r, org_s, org_t, org_u, NULL,  org_w, NULL, NULL, NULL};

/* (a possessive aside: "the Bank's committee") */
static int is_org_word(ctx *x, int32_t i)
{
    if (i < 0 || i >= x->nt || x->t[i].kind != T_WORD) return 0;
    if (x->orgw && x->orgw[i]) return x->orgw[i] - 1;
    unsigned char c0 = lower_c((unsigned char)tx(x, i)[0]);
    int r = c0 >= 'a' && c0 <= 'z' && org_words[c0 - 'a'] &&
            str_in(tx(x, i), strip_poss(tx(x, i), tl(x, i)), org_words[c0 - 'a']);
    if (x->orgw) x->orgw[i] = (uint8_t)(r + 1);
    return r;
}

/* Words that make a run of capitalised words a place when they end it
 * ("Oxford Street", "Heathrow Airport"; not "Park", "Lake", "Bay", "Hill":
 * surnames too, Helen Park), bucketed by first letter as org_words; and
 * "Lake", "Mount", "Gulf" opening it. */
static const char *const place_a[] = {"avenue", "airport", NULL};

/* round 20: "Palm Beach", "Coldwater Creek", "Cooper Basin", "Landusky
 * Mine", "Westin Hotel", "Palace Theatre", "Rust Belt" */
static const char *const place_b[] = {"bridge", "beach", "basin", "belt", NULL};

/* round 23 (ents23): "Scarborough Shoal", "Niagara Falls", "Palm Springs",
 * "Golan Heights", "Belmarsh Prison", "Great Barrier Reef" */
static const char *const place_c[] = {"canal", "county", "coast", "creek", "cathedral", NULL};

static const char *const place_d[] = {"desert", NULL};

static const char *const place_f[] = {"falls", NULL};

static const char *const place_h[] = {"harbour", "harbor", "hotel", "heights", NULL};

static const char *const place_i[] = {"island", "islands", NULL};

static const char *const place_m[] = {"museum", "mountains", "mine", NULL};

static const char *const place_o[] = {"ocean", NULL};

static const char *const place_p[] = {"palace", "province", "peninsula", "prison", NULL};

static const char *const place_r[] = {"river", "road", "reef", NULL};

static const char *const place_s[] = {"street", "square", "stadium", "sea", "strait", "shoal", "springs", NULL};

/* round 17: "Trump Tower" */
static const char *const place_t[] = {"tower", "theatre", "theater", NULL};

static const char *const place_v[] = {"valley", NULL};

static const char *const *const place_words[26] = {
    place_a, place_b, place_c, place_d, NULL, place_f, NULL, place_h, place_i, NULL, NULL, NULL,
    place_m, NULL, place_o, place_p, NULL, place_r, place_s, place_t, NULL, place_v, NULL, NULL, NULL,
    NULL};

/* Whether word i is one of the words of the lists in bk (by first letter),
 * a possessive aside. */
static inline int word_in_buckets(ctx *x, int32_t i, const char *const *const *bk)
{
    if (i < 0 || i >= x->nt || x->t[i].kind != T_WORD) return 0;
    unsigned char c0 = lower_c((unsigned char)tx(x, i)[0]);
    if (c0 < 'a' || c0 > 'z' || !bk[c0 - 'a']) return 0;
    return str_in(tx(x, i), strip_poss(tx(x, i), tl(x, i)), bk[c0 - 'a']);
}

/* Words that end only a company's name ("Wang Laboratories Inc", "Boliden
 * AB", "Getty Oil", "Hilton International"): such a run is an
 * organisation even when it opens with a given name or a title ("Gordon
 * Capital Corp", "Marine Midland Banks Inc").  Bucketed as org_words. */
static const char *const coend_a[] = {"ab", "ag", "associates", "airlines", "airways", NULL};

static const char *const coend_b[] = {"bv", "b.v.", "bancorp", "banks", "brothers", NULL};

static const char *const coend_c[] = {"co", "co.", "corp", "corp.", "corporation", "communications",
                                      "computer", "computers", NULL};

/* round 20: "Cairn Energy", "Lucky Stores", "Lipton Foods", "Waste
 * Management", "Island Records", "Lionhead Studios", "Swire Properties"
 * (some also organisation words): their first word alone names the
 * company ("Cairn said") */
static const char *const coend_e[] = {"enterprises", "electronics", "energy", NULL};

static const char *const coend_f[] = {"foods", NULL};

static const char *const coend_m[] = {"management", NULL};

static const char *const coend_g[] = {"gmbh", NULL};

static const char *const coend_h[] = {"holdings", "hotels", NULL};

static const char *const coend_i[] = {"inc", "inc.", "industries", "international", "investments", NULL};

static const char *const coend_l[] = {"ltd", "ltd.", "llc", "lp", "l.p.", "laboratories", "labs", "lines", NULL};

static const char *const coend_n[] = {"nv", "n.v.", "n.a.", NULL};

static const char *const coend_o[] = {"oil", NULL};

static const char *const coend_p[] = {"plc", "petroleum", "pharmaceuticals", "products", "properties", "pictures", NULL};

static const char *const coend_r[] = {"resources", "records", NULL};

static const char *const coend_s[] = {"sa",       "s.a.",     "spa",        "s.p.a.", "systems",
                                      "services", "securities", "sons", "stores", "studios", NULL};

static const char *const coend_t[] = {"technologies", NULL};

static const char *const *const coend_words[26] = {
    coend_a, coend_b, coend_c, NULL, coend_e, coend_f, coend_g, coend_h, coend_i, NULL, NULL, coend_l, coend_m,
    coend_n, coend_o, coend_p, NULL, coend_r, coend_s, coend_t, NULL, NULL, NULL, NULL, NULL, NULL};

/* Whether token i is a lower-case noun of a work that names it next
 * ("the comedy Sideways", "the film Vera Drake", "the band Franz
 * Ferdinand"): the run after it is a title, no person. */
static int work_noun(ctx *x, int32_t i)
{
    static const char *const wa[] = {"album", NULL}, *const wb[] = {"band", "book", NULL},
                             *const wc[] = {"comedy", NULL}, *const wd[] = {"drama", "documentary", NULL},
                             *const wf[] = {"film", "films", NULL}, *const wg[] = {"game", NULL},
                             *const wm[] = {"movie", "musical", "magazine", NULL},
                             *const wn[] = {"novel", "newspaper", NULL}, *const wo[] = {"opera", NULL},
                             *const wp[] = {"play", "programme", NULL},
                             *const ws[] = {"song", "single", "sitcom", "series", "show", NULL},
                             *const wt[] = {"thriller", NULL};
    static const char *const *const bk[26] = {wa, wb, wc, wd, NULL, wf, wg, NULL, NULL, NULL, NULL, NULL, wm,
                                              wn, wo, wp, NULL, NULL, ws, wt, NULL, NULL, NULL, NULL, NULL, NULL};
    if (i < 0 || x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP) || tl(x, i) < 4 || tl(x, i) > 11) return 0;
    if (!word_in_buckets(x, i, bk)) return 0;
    /* "show", "play", "film" are verbs too: after "to", a modal or an
     * auxiliary a name opening with a given name is their object ("hopes to
     * show Tom Hale the plans", "will play Ana Reis"), no title of a
     * work (a run of no given name may be a team, a ground or a work:
     * "will play Kelmouth", "to play Tarnby Park") */
    static const char *const verb_before[] = {"to",   "will",   "would", "can",  "could", "may", "might", "must",
                                              "shall", "should", "did",   "does", "do",    "not", "n't",   NULL};
    return !(word_in(x, i - 1, verb_before) && i + 1 < x->nt && (tflags(x, i + 1) & LX_GIVEN));
}

/* Whether token i, after a run, is a lower-case noun of a cast or a crew
 * or a programme ("Friends actress Lisa Kudrow", "the Titanic star", "the
 * Go Digital programme"): the run before it names a show or a film. */
static int cast_noun(ctx *x, int32_t i)
{
    static const char *const cast[] = {"star", "stars", "actor", "actress", "creator", "programme", NULL};
    return i < x->nt && x->t[i].kind == T_WORD && !(x->t[i].flags & F_CAP) && word_in(x, i, cast);
}

/* Whether s[0..n) (n >= 1) holds an ASCII digit; speed20: eight bytes a
 * step, the byte loop was 10 M instructions on real news.  Loads stay
 * inside s[0..n): overlapping ones for the last bytes, and a word of under
 * eight bytes is gathered from two four-byte loads (or its first, middle
 * and last byte), the bytes read twice or not at all being other bytes of
 * it or zeros.  A byte is a digit when it XOR '0' is below 10; the
 * borrow of the test marks only bytes above a true one, so the answer is
 * exact. */
static inline int has_ascii_digit(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    if (n < 8) {
        uint64_t v;
        if (n >= 4) {
            uint32_t lo, hi;
            memcpy(&lo, s, 4);
            memcpy(&hi, s + n - 4, 4);
            v = lo | (uint64_t)hi << 32;
        } else
            v = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n >> 1] << 8 |
                (uint64_t)(unsigned char)s[n - 1] << 16;
        v ^= ones * '0';
        return ((v - ones * 10) & ~v & highs) != 0;
    }
    for (size_t k = 0;; k += 8) {
        if (k + 8 > n) k = n - 8;
        uint64_t v;
        memcpy(&v, s + k, 8);
        v ^= ones * '0';
        if ((v - ones * 10) & ~v & highs) return 1;
        if (k + 8 == n) return 0;
    }
}

/* Whether a word of the run a..b holds a digit ("Sterling M3", "A340",
 * "U2"): a model, a measure or a band, never a person's name. */
static int run_has_digit(ctx *x, int32_t a, int32_t b)
{
    for (int32_t j = a; j <= b; j++) {
        if (x->t[j].kind != T_WORD) continue;
        if (has_ascii_digit(tx(x, j), tl(x, j))) return 1;
    }
    return 0;
}

/* Whether the run a..b is the whole of a quotation ("anti-ship 'Silkworm'
 * missiles"): a title, a nickname or a product, not a person named in
 * running text. */
static int quoted_run(ctx *x, int32_t a, int32_t b)
{
    int32_t q = x->t[a].q;
    return q >= 0 && x->r[q].closed && x->r[q].t0 == a - 1 && x->r[q].t1 == b + 1;
}

/* Whether the run a..b (two words or more) names a company by its last
 * word, or holds "for" ("Obama for America", "Citizens for Fair Trade"):
 * no person's name does. */
static int company_run(ctx *x, int32_t a, int32_t b)
{
    if (b <= a) return 0;
    if (word_in_buckets(x, b, coend_words)) return 1;
    /* round 16: "Citibank NA", a US bank's "national association" (in
     * capitals: "Li Na" is a person) */
    if (word_is(x, b, "na") && (x->t[b].flags & F_ACRO)) return 1;
    for (int32_t j = a + 1; j < b; j++)
        if (word_is(x, j, "for")) return 1;
    return 0;
}

static int is_place_word(ctx *x, int32_t i, int first)
{
    /* round 15: "Upper Manhattan", "Lower Saxony", "Fort Lauderdale" */
    /* round 23 (ents23): "River Thames", "Cape Canaveral", "Isle of Man" */
    static const char *const open[] = {"lake", "mount", "mt.", "gulf", "upper", "lower", "fort", "river", "cape", "isle", NULL};
    return first ? word_in(x, i, open) : word_in_buckets(x, i, place_words);
}

/* A plural role noun or title: "Analysts", "MPs", "Officials", "Lords". */
static int plural_role(ctx *x, int32_t i)
{
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    if (x->t[i].kind != T_WORD || n < 3 || (tflags(x, i) & (LX_GIVEN | LX_ORG))) return 0;
    if (n >= 5 && w[n - 1] == 'n' && w[n - 2] == 'e' && w[n - 3] == 'm') {
        /* "Congressmen", "Businessmen": the plural of "-man" */
        char sg[32];
        if (n >= sizeof sg) return 0;
        memcpy(sg, w, n);
        sg[n - 2] = 'a';
        uint32_t f = lx_flags(sg, n);
        return (f & (LX_DESC | LX_TITLE)) && !(f & LX_NAT);
    }
    if (w[n - 1] != 's') return 0;
    uint32_t f = lx_flags(w, n - 1);
    return (f & (LX_DESC | LX_TITLE)) && !(f & LX_NAT);
}

/* Words that end the names of agreements, programmes, events and prizes
 * ("International Cocoa Agreement", "Champions League", "Academy
 * Awards"): a run ending in one names no person. */
/* round 20: "Cook Political Report", "Audience Award", "Bankruptcy Code",
 * "Motorcycle Diaries", "Windfall Profits Tax"; the commodity tables' rows
 * "End Stocks", "Domestic Use" and "H.K. Cents" of the results tables */
static const char *const other_a[] = {"agreement", "accord", "act", "average", "awards", "award", "amendment", NULL};

/* "Gambling Bill", "Identity Cards Bill" (a given name: a person after a
 * given name or a title, tested first) */
static const char *const other_b[] = {"bill", NULL};

static const char *const other_c[] = {"cup",        "championship", "championships", "conference",
                                      "convention", "code",         "cents",         NULL};

static const char *const other_d[] = {"diaries", NULL};

static const char *const other_f[] = {"festival", NULL};

static const char *const other_g[] = {"games", NULL};

static const char *const other_i[] = {"index", "initiative", NULL};

static const char *const other_l[] = {"league", NULL};

static const char *const other_o[] = {"open", NULL};

static const char *const other_p[] = {"plan", "program", "programme", "product", "prize", "policy", NULL};

static const char *const other_r[] = {"rate", "rates", "report", NULL};

static const char *const other_s[] = {"summit", "series", "show", "stocks", NULL};

static const char *const other_t[] = {"treaty", "tournament", "trophy", "tax", NULL};

static const char *const other_u[] = {"use", NULL};

static const char *const other_w[] = {"war", NULL};

static const char *const *const other_words[26] = {
    other_a, other_b, other_c, other_d, NULL, other_f, other_g, NULL, other_i, NULL, NULL, other_l, NULL,
    NULL, other_o, other_p, NULL, other_r, other_s, other_t, other_u, NULL, other_w, NULL, NULL, NULL};

static int is_other_word(ctx *x, int32_t i)
{
    return word_in_buckets(x, i, other_words);
}

/* Government portfolios and the like (data/portfolios.txt). */
static int is_portfolio(ctx *x, int32_t i)
{
    return (tflags(x, i) & LX_PORTFOLIO) != 0;
}

/* Whether capitalised word j, inside a run, is a function word, an
 * auxiliary, a pronoun or a headline verb ("Is", "To", "About", "Says",
 * data/name_breakers.txt): title-case text ("Tom Hale Is Now Calling
 * Reis"), where the run must be cut there, not read as one name.  Not a
 * given name ("Will"), not an acronym ("US", "WHO"), not "A" after a given
 * name (an initial without its period). */
static inline int breaks_name(ctx *x, int32_t j)
{
    if (j < 0 || j >= x->nt || x->t[j].kind != T_WORD || !(x->t[j].flags & F_CAP) || (x->t[j].flags & F_ACRO))
        return 0;
    uint32_t f = tflags(x, j);
    if (!(f & LX_BREAK) || (f & LX_GIVEN)) return 0;
    if (tl(x, j) == 1 && j > 0 && (tflags(x, j - 1) & LX_GIVEN)) return 0;
    return 1;
}

/* Whether word b, ending a run, ends a body's, a company's, a place's or
 * a document's name rather than a person's (round 21's two rules). */
static int ends_no_person(ctx *x, int32_t b)
{
    return is_org_word(x, b) || word_in_buckets(x, b, coend_words) || is_place_word(x, b, 0) || is_other_word(x, b);
}

/* Round 21 (ents21): whether capitalised word j inside the run [a, b] is
 * a headline's verb between two names ("Tom Hale Burns John Reis",
 * "Hale Thinks Ana Reis Lost"): a word in -s (not -ss, no
 * possessive) that no lexicon lists as a name, a place or a body, after a
 * surname and before a listed given name with a word after it.  "Burns"
 * may be a surname, so only a name of two words or more after it tells
 * (a name holds no given name in its middle after a surname; "John Paul
 * Stevens" has its given names first). */
static int headline_verb(ctx *x, int32_t a, int32_t j, int32_t b)
{
    if (j + 2 > b || x->t[j].kind != T_WORD || (x->t[j].flags & F_ACRO) || tl(x, j) < 4) return 0;
    const char *w = tx(x, j);
    size_t n = tl(x, j);
    if (w[n - 1] != 's' || w[n - 2] == 's' || strip_poss(w, n) != n || memchr(w, '\'', n) || memchr(w, '-', n))
        return 0;
    if (!(tflags(x, j + 1) & LX_GIVEN) || x->t[j + 2].kind != T_WORD || is_connector(x, j + 2)) return 0;
    if (tflags(x, j) & (LX_GIVEN | LX_TITLE | LX_DESC | LX_ORG | LX_COUNTRY | LX_CITY | LX_NAT | LX_FUNC)) return 0;
    if (is_org_word(x, j) || is_place_word(x, j, 0) || is_other_word(x, j)) return 0;
    /* the word before ends a name: a surname after a given name, or a
     * lone surname opening the run */
    int32_t p = j - 1;
    if (x->t[p].kind != T_WORD ||
        (tflags(x, p) & (LX_GIVEN | LX_TITLE | LX_FUNC | LX_ORG | LX_NAT | LX_COUNTRY | LX_CITY)) ||
        is_connector(x, p))
        return 0;
    /* the name after is a person's: no body's or place's word ends the
     * run ("National Merchants Marine Union") */
    if (ends_no_person(x, b)) return 0;
    return p == a || (tflags(x, a) & LX_GIVEN);
}

/* A word that in title-case text opens no name: an adverb, a participle
 * ("Actually Fighting", "Calling Obama", "Nominated"). */
static int verbish(ctx *x, int32_t j)
{
    if (x->t[j].kind != T_WORD || (x->t[j].flags & F_ACRO)) return 0;
    size_t n = strip_poss(tx(x, j), tl(x, j));
    const char *w = tx(x, j);
    if (n < 5 || (tflags(x, j) & (LX_GIVEN | LX_COUNTRY | LX_CITY | LX_ORG | LX_NAT | LX_TITLE))) return 0;
    unsigned char c1 = lower_c((unsigned char)w[n - 2]), c0 = lower_c((unsigned char)w[n - 1]);
    return (c1 == 'l' && c0 == 'y') || (c1 == 'e' && c0 == 'd') ||
           (c1 == 'n' && c0 == 'g' && lower_c((unsigned char)w[n - 3]) == 'i');
}

/* round 19 (ents19): an adverb in -ly opening a sentence before a name
 * ("Certainly Ronald Reagan", "Interestingly Smith said") is no part of
 * it.  Given names and surnames in -ly ("Kelly", "Anatoly", "Connolly",
 * "Reilly", "Holy See", "Mosely", "Kimberly") end in "elly", "illy",
 * "olly", "oly", "sely" or "erly" or are in the given-name list;
 * "Family", "Emily" and "Daily" end in "ily"; short words ("Sally") are
 * left.  A connector after the
 * adverb goes with it ("Unfortunately for Clinton"). */
static int opening_adverb(ctx *x, int32_t j)
{
    if (x->t[j].kind != T_WORD || (x->t[j].flags & F_ACRO)) return 0;
    size_t n = tl(x, j);
    const char *w = tx(x, j);
    if (n < 6 || lower_c((unsigned char)w[n - 1]) != 'y' || lower_c((unsigned char)w[n - 2]) != 'l') return 0;
    unsigned char c2 = lower_c((unsigned char)w[n - 3]), c3 = lower_c((unsigned char)w[n - 4]);
    if (c2 == 'o' || c2 == 'i' || (c2 == 'e' && c3 == 's') || (c2 == 'r' && c3 == 'e') ||
        (c2 == 'l' && (c3 == 'e' || c3 == 'i' || c3 == 'o')))
        return 0;
    if (tflags(x, j) & (LX_GIVEN | LX_COUNTRY | LX_CITY | LX_ORG | LX_NAT | LX_TITLE)) return 0;
    return sentence_initial(x, j);
}

static int add_desc(xent *e, uint32_t h)
{
    for (int k = 0; k < e->ndesc; k++)
        if (e->desc[k] == h) return 0;
    if (e->ndesc < 6) e->desc[e->ndesc++] = h;
    else e->desc[5] = h;
    return 0;
}

/* 1 when the name ending with word b leaves out its final period: "Sean
 * Penn." at a sentence end, where the period is the sentence's. */
static size_t final_period_abbr(ctx *x, int32_t b)
{
    size_t l = tl(x, b);
    if (l < 3 || tx(x, b)[l - 1] != '.') return 0;
    /* round 24 (ents24): a company's legal suffix is one name with or
     * without its period ("Acme Inc. said" and "Acme Inc rose" were two
     * entities of one article): the name is written without it */
    static const char *const legal_abbr[] = {"inc.", "corp.", "co.", "cos.", "ltd.", "bros.", "plc.", "llc.", NULL};
    if (l <= 5 && b > 0 && word_in(x, b, legal_abbr)) return 1;
    /* a paragraph's end is its sentence's ("Acme Inc." closing a line of
     * the Reuters archive; the break token is of the same sentence) */
    return (b + 1 >= x->nt || x->t[b + 1].kind == T_PARA || x->t[b + 1].sent != x->t[b].sent) &&
           abbr_ends_sentence(x, b);
}

/* speed20: the test most words stop at, inlined (final_period was called
 * 535 K times on real news, nearly always for a word without F_ABBR) */
static inline __attribute__((always_inline)) size_t final_period(ctx *x, int32_t b)
{
    if (!(x->t[b].flags & F_ABBR)) return 0;
    return final_period_abbr(x, b);
}

/* lx_flags of a run's first full_len bytes (a to b, the possessive and
 * final period off); speed20: a one-word run without its final period is
 * its word's lexicon entry, which tflags has cached (find_entities asked
 * lx_lookup for 360 K runs, nearly all one word). */
static inline uint32_t run_lx_flags(ctx *x, int32_t a, int32_t b, size_t full_len)
{
    if (a == b && x->t[a].kind == T_WORD && full_len == strip_poss(tx(x, a), tl(x, a)))
        return tword_entry_flags(x, a);
    return lx_flags(tx(x, a), full_len);
}

/* hash_lower of s[0..n), and in *h_cut hash_lower of s[0..cut) (cut <= n):
 * FNV-1a's state after the first cut bytes (then its 0 made 1, as
 * hash_lower does) */
static inline uint32_t hash_lower_prefix(const char *s, size_t n, size_t cut, uint32_t *h_cut)
{
    uint32_t h = 2166136261u;
    size_t i = 0;
    for (; i < cut; i++) h = (h ^ lower_c((unsigned char)s[i])) * 16777619u;
    *h_cut = h ? h : 1;
    for (; i < n; i++) h = (h ^ lower_c((unsigned char)s[i])) * 16777619u;
    return h ? h : 1;
}

static int32_t new_entity(ctx *x, int32_t a, int32_t b, ent_kind kind, const char *title)
{
    if (x->nents == x->cap_ents) return -1;
    xent *e = &x->ents[x->nents];
    memset(e, 0, sizeof *e);
    /* name: the words a..b, joined by single spaces, without a final 's */
    /* words written together ("U.S.Jean-Claude") get a space between them
     * here: room for one per word (the span alone overflowed by one byte a
     * join, into the next arena allocation) */
    size_t cap = x->t[b].e - x->t[a].s + (size_t)(b - a + 1) + 1;
    char *nm = arena_alloc(x->a, cap);
    if (!nm) return -1;
    size_t k = 0;
    int open_br = 0; /* a "(" written last: no space before the next word */
    for (int32_t i = a; i <= b; i++) {
        if (x->t[i].kind != T_WORD) {
            /* round 22 (ents22): a firm's partners keep their commas
             * ("Tarn, Hale and Co"), as extract_names.c writes them */
            if (k && punct_is(x, i, ',') &&
                !(i + 1 <= b && x->t[i + 1].kind == T_WORD && extract_name_suffix(tx(x, i + 1), tl(x, i + 1))))
                nm[k++] = ',';
            /* round 24 (ents24): and its brackets ("Hale (UK) Ltd"), as
             * the text has them (hash_run keys the text so) */
            else if (k && punct_is(x, i, '(')) {
                if (!open_br) nm[k++] = ' ';
                nm[k++] = '(';
                open_br = 1;
            } else if (k && punct_is(x, i, ')'))
                nm[k++] = ')';
            continue;
        }
        size_t l = tl(x, i);
        if (i == b) l = strip_poss(tx(x, i), l);
        if (i == b) l -= final_period(x, b);
        if (k && !open_br) nm[k++] = ' ';
        open_br = 0;
        memcpy(nm + k, tx(x, i), l);
        k += l;
    }
    nm[k] = 0;
    e->name = nm;
    e->kind = kind;
    e->title = title;
    /* speed20: a one-word name's three keys hash the same bytes (its word
     * without the possessive, when no final period was cut off) once.
     * Speed round 21: a longer name opening with a word starts with that
     * word's bytes, whose hash is the full hash's state after them */
    size_t first_len = strip_poss(tx(x, a), tl(x, a));
    if (a < b && x->t[a].kind == T_WORD)
        e->h_full = hash_lower_prefix(nm, k, first_len, &e->h_first);
    else {
        e->h_full = hash_lower(nm, k);
        e->h_first = a == b && x->t[a].kind == T_WORD && first_len == k ? e->h_full : hash_lower(tx(x, a), first_len);
    }
    e->h_last = a == b ? e->h_first : hash_lower(tx(x, b), strip_poss(tx(x, b), tl(x, b)));
    e->nwords = (uint32_t)(b - a + 1);
    return x->nents++;
}

static inline __attribute__((always_inline)) int add_mention(ctx *x, int32_t a, int32_t b, int32_t ent)
{
    if (x->nms == x->cap_ms || ent < 0) return 0;
    xmention *m = &x->ms[x->nms++];
    m->t0 = a;
    m->t1 = b;
    m->s = x->t[a].s;
    m->e = x->t[b].e;
    m->ent = ent;
    m->in_quote = x->t[a].q >= 0;
    x->ents[ent].n_mentions++;
    return 0;
}

/* Records a person's descriptions: "X, an adviser to ..." and "spokesman X". */
/* PRON_MALE / PRON_FEMALE when word i tells a person's sex, else 0. */
static int word_gender(ctx *x, int32_t i)
{
    if (i < 0 || i >= x->nt || !(tflags(x, i) & LX_GENDER)) return 0;
    const lx_entry *le = lx_lookup(tx(x, i), strip_poss(tx(x, i), tl(x, i)));
    return le ? le->pron : 0;
}

static void learn_gender(xent *e, int g)
{
    if (g && !e->gender) e->gender = (uint8_t)g;
}

static void learn_descriptions(ctx *x, int32_t ent, int32_t a, int32_t b, int32_t lo)
{
    xent *e = &x->ents[ent];
    /* a given name opening a name of two words or more ("Hillary Clinton");
     * a surname alone tells no sex, even one that is a given name too
     * (round 20: "Mr Sharon" after "Ariel Sharon" made him a woman, "Ms
     * James" after "Shani Rhys James" a man, and their next mentions new
     * entities) */
    if (a < b) learn_gender(e, word_gender(x, a));
    /* round 20: "her husband, Saeed Abedini", "his wife, Laura": a sexed
     * noun in lower case (data/gender.txt) and a comma before the name */
    if (a >= 2 && punct_is(x, a - 1, ',') && x->t[a - 2].kind == T_WORD && !(x->t[a - 2].flags & F_CAP))
        learn_gender(e, word_gender(x, a - 2));
    for (int32_t j = a - 1; j >= lo && j >= a - 3; j--) {
        if (x->t[j].kind != T_WORD) break;
        uint32_t f = tflags(x, j);
        if (f & (LX_DESC | LX_TITLE)) {
            add_desc(e, hash_lower(tx(x, j), tl(x, j)));
            learn_gender(e, word_gender(x, j));
        } else if (!(x->t[j].flags & F_CAP)) break;
    }
    if (b + 2 < x->nt && punct_is(x, b + 1, ',') &&
        (word_is(x, b + 2, "a") || word_is(x, b + 2, "an") || word_is(x, b + 2, "the") ||
         (tflags(x, b + 2) & LX_DESC) || (x->t[b + 2].flags & F_CAP))) {
        for (int32_t j = b + 2; j < x->nt && j < b + 14; j++) {
            if (x->t[j].kind != T_WORD) break;
            if (tflags(x, j) & LX_DESC) {
                add_desc(e, hash_lower(tx(x, j), tl(x, j)));
                learn_gender(e, word_gender(x, j));
            }
        }
    }
}

/* Whether every word of [a, b] is written in capitals (connectors aside). */
static int all_upper_run(ctx *x, int32_t a, int32_t b)
{
    for (int32_t j = a; j <= b; j++) {
        if (x->t[j].kind != T_WORD || is_connector(x, j)) continue;
        const char *w = tx(x, j);
        for (size_t k = 0; k < tl(x, j); k++)
            if (w[k] >= 'a' && w[k] <= 'z') return 0;
    }
    return 1;
}

/* Whether the run ends after word b.  "in the U.S. Barack Obama said": a
 * place written with dots ends a run
 * before a given name (a title between, "U.S. Sen. Ted Cruz", is kept;
 * "St. John" is no place). */
static int place_abbr_ends(ctx *x, int32_t b)
{
    /* ", Calif. Growers": a place or company abbreviation closes the run
     * ("U.S." does not: "U.S. Agriculture Department") */
    if ((x->t[b].flags & F_ABBR) && tl(x, b) >= 3 && tx(x, b)[tl(x, b) - 1] == '.' &&
        !memchr(tx(x, b), '.', tl(x, b) - 1) && (lx_flags(tx(x, b), tl(x, b) - 1) & LX_ABBR) &&
        abbr_closes(tx(x, b), 0, tl(x, b) - 1))
        return 1;
    if (!(x->t[b].flags & F_ABBR) || tl(x, b) < 4 || !(tflags(x, b + 1) & LX_GIVEN)) return 0;
    return (tflags(x, b) & (LX_COUNTRY | LX_CITY)) != 0;
}

/* Whether a word of the run a..b before its last two is an organisation
 * word followed by a connector ("Board of", "Bank of"; round 14: "on",
 * which on_joins let into the run, "Committee on"). */
static int org_of(ctx *x, int32_t a, int32_t b)
{
    for (int32_t j = a; j < b - 1; j++)
        if ((is_connector(x, j + 1) || word_is(x, j + 1, "on")) && is_org_word(x, j)) return 1;
    return 0;
}

/* Whether word i is a long organisation word misspelt by one letter
 * (changed, added or left out) or in the plural: "Administratian",
 * "Adminstration", "Administrations", "Departmnet" is two and no match.
 * Words of nine letters or more only, so a surname is not taken. */
static int org_word_typo(ctx *x, int32_t i)
{
    static const char *const long_org[] = {"administration", "association", "commission", "committee",
                                           "corporation", "department", "foundation", "federation",
                                           "government", "organization", "organisation", "university",
                                           "institute", NULL};
    if (x->t[i].kind != T_WORD || !(x->t[i].flags & F_CAP)) return 0;
    const char *w = tx(x, i);
    size_t n = strip_poss(w, tl(x, i));
    if (n < 9 || n > 16) return 0;
    for (int k = 0; long_org[k]; k++) {
        const char *o = long_org[k];
        size_t m = strlen(o);
        if (lower_c((unsigned char)w[0]) != (unsigned char)o[0] || (n > m ? n - m : m - n) > 1) continue;
        /* the common prefix, then the common suffix: one edit leaves at
         * most one letter of either word between them */
        size_t p = 0;
        while (p < n && p < m && lower_c((unsigned char)w[p]) == (unsigned char)o[p]) p++;
        size_t q = 0;
        while (q < n - p && q < m - p && lower_c((unsigned char)w[n - 1 - q]) == (unsigned char)o[m - 1 - q]) q++;
        if (n - p - q <= 1 && m - p - q <= 1) return 1;
    }
    return 0;
}

/* A capitalised inflected cue word opening a run ("Said Tom Hale, …",
 * "Asked Obama…", "According"): no part of the name.  Not a given name ("Said"
 * may be one: only when a given name follows it is it stripped then). */
static int cue_opens(ctx *x, int32_t a, int32_t b)
{
    if (a >= b || (x->t[a].flags & F_ACRO)) return 0;
    uint32_t f = tflags(x, a);
    if (!(f & LX_CUE) && !word_is(x, a, "according")) return 0;
    /* an inflected verb ("Said", "Asked", "Told", "Says"); a bare one may be
     * a name's own word ("Credit Suisse", "Report") */
    char c = (char)lower_c((unsigned char)tx(x, a)[tl(x, a) - 1]);
    if (c != 'd' && c != 's' && !word_is(x, a, "according")) return 0;
    return !(f & LX_GIVEN) || (tflags(x, a + 1) & (LX_GIVEN | LX_TITLE));
}

/* Round 14 (ents): whether capitalised word i opens the article's last
 * line and that line is one word and junk after it ("\n Reuter",
 * "\nREUTER...^M", "REUTER TAW"; "REUTER\n Reuter"): an agency's sign-off,
 * page furniture that names nothing.  Not a word ending a sentence of its
 * own ("Kelm Inc is a rope maker"): any lower-case word, or a word
 * of four letters or more other than the first, makes it text. */
static int signoff_para(ctx *x, int32_t i)
{
    /* the word opens a paragraph, a line, or follows a sentence's end
     * ("... an ounce. REUTER") */
    if (i == 0 || x->nt - i > 12) return 0;
    if (x->t[i - 1].kind != T_PARA && !memchr(x->s + x->t[i - 1].e, '\n', x->t[i].s - x->t[i - 1].e) &&
        !(x->t[i - 1].kind == T_PUNCT && is_end_punct(x->t[i - 1].cp)))
        return 0;
    for (int32_t k = i + 1; k < x->nt; k++) {
        if (x->t[k].kind != T_WORD) continue;
        if (!(x->t[k].flags & F_CAP)) return 0;
        if (tl(x, k) > 3 && !(tl(x, k) == tl(x, i) && hash_lower(tx(x, k), tl(x, k)) == hash_lower(tx(x, i), tl(x, i))))
            return 0;
    }
    return 1;
}

/* Round 14 (ents): whether "on" after word b goes on with a name: an
 * organisation's or an agreement's word before it and a capitalised word
 * after that is no day, month, person or place ("General Agreement on
 * Tariffs and Trade", "Committee on Foreign Relations", "Conference on
 * Disarmament"; not "the Commission on Monday", "the Bank on Wall
 * Street"). */
static int on_joins(ctx *x, int32_t b)
{
    static const char *const agree[] = {"agreement", "accord", "conference", "convention", "treaty", NULL};
    if (b + 2 >= x->nt || !word_is(x, b + 1, "on") || !cap_word(x, b + 2) || x->t[b + 2].para != x->t[b].para)
        return 0;
    /* (round 20: nor a date's month, "Universal Pictures on Feb. 5") */
    if ((tflags(x, b + 2) & (LX_FUNC | LX_GIVEN | LX_TITLE | LX_COUNTRY | LX_CITY | LX_PRONOUN)) ||
        (x->t[b + 2].flags & F_ABBR))
        return 0;
    return word_in(x, b, agree) || is_org_word(x, b);
}

/* Whether the run a..b in capitals is a company's name as the Reuters
 * results tables write it ("UNION CAMP CORP", "KRAFT INC"): up to four
 * words, the last a company's suffix, none a cue, function or break word
 * ("NEWS CORP LTD TO ACQUIRE …" is a headline). */
static int caps_company(ctx *x, int32_t a, int32_t b)
{
    static const char *const suffix[] = {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", NULL};
    if (b - a > 3 || !word_in(x, b, suffix)) return 0;
    for (int32_t j = a; j < b; j++)
        if (x->t[j].kind == T_WORD && (tflags(x, j) & (LX_CUE | LX_FUNC | LX_BREAK))) return 0;
    return 1;
}

/* Round 14 (ents): hash_lower of a run's text with each run of white
 * space as one space, as new_entity joins the words: "General
 * Agreement\non Tariffs", wrapped, is the entity of "General Agreement on
 * Tariffs" (the raw text's hash linked no run cut by a line break). */
static uint32_t hash_run(const char *s, size_t n)
{
    if (!memchr(s, '\n', n)) return hash_lower(s, n); /* the common case (one word: hash_lower) */
    uint32_t h = 2166136261u;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            if (!sp) h = (h ^ ' ') * 16777619u;
            sp = 1;
            continue;
        }
        sp = 0;
        h = (h ^ lower_c(c)) * 16777619u;
    }
    return h ? h : 1;
}

/* Round 14 (ents): the entity of the words a..b seen before (by_full), or
 * -1.  A weak entity answers a weak mention only: a sure mention makes an
 * entity of its own (or links by its other rules), and *weak_hit gets the
 * weak one so that it can be moved there. */
static int32_t full_lookup(ctx *x, const int32_t *by_full, uint32_t fmask, uint32_t hf, int weak, int32_t *weak_hit)
{
    for (uint32_t h = hf & fmask; by_full[h]; h = (h + 1) & fmask)
        if (x->ents[by_full[h] - 1].h_full == hf) {
            int32_t e = by_full[h] - 1;
            if (x->ents[e].weak && !weak) {
                *weak_hit = e;
                return -1;
            }
            return e;
        }
    return -1;
}

static void full_insert(ctx *x, int32_t *by_full, uint32_t fmask, int32_t ent)
{
    uint32_t h = x->ents[ent].h_full & fmask;
    while (by_full[h] && x->ents[by_full[h] - 1].h_full != x->ents[ent].h_full) h = (h + 1) & fmask;
    by_full[h] = ent + 1;
}

/* The entity that one word of an earlier name stands for (by_part, whose
 * keys part_key are hash_lower of the word; a key is in one slot at
 * most), or -1. */
static int32_t part_find(const uint32_t *part_key, const int32_t *by_part, uint32_t fmask, uint32_t key)
{
    for (uint32_t h = key & fmask; by_part[h]; h = (h + 1) & fmask)
        if (part_key[h] == key) return by_part[h] - 1;
    return -1;
}

/* Round 19 (ents19): the person of the article whose surname hashes to
 * h_last and whose sex, when known, is g; -1 if none.  Asked only when
 * the person by_part holds for the surname is of the other sex (rare). */
static int32_t person_of_sex(ctx *x, uint32_t h_last, int g)
{
    for (int32_t e = 0; e < x->nents; e++)
        if (x->ents[e].kind == ENT_PERSON && x->ents[e].nwords > 1 && x->ents[e].h_last == h_last && gender_ok(x, e, g))
            return e;
    return -1;
}

/* Round 14 (ents): a heading in capitals ("KELMOUTH FERRY CORP LATE
 * MAY U.S. TICKET SALES UP", "FED SAYS") is no name: only the listed
 * names inside it (up to four words: "U.S.", "NEW YORK", "OPEC") are
 * mentions, and each other word that could be an acronym or a surname a
 * weak one, kept if the article names it elsewhere ("Fed", "Volcker"). */
static int heading_mentions(ctx *x, int32_t a, int32_t b, int32_t *by_full, uint32_t fmask)
{
    int made = 0;
    for (int32_t j = a; j <= b; j++) {
        if (x->t[j].kind != T_WORD || is_connector(x, j)) continue;
        /* up to three words ("NEW YORK", "SOVIET UNION"; no look-up from
         * a function word or a cue: "SAYS", "TO"), one from its flags */
        uint32_t fj = tflags(x, j);
        int32_t k = (fj & (LX_FUNC | LX_CUE | LX_BREAK)) ? j : j + 2 < b ? j + 2 : b, kind = -1;
        for (; k >= j; k--) {
            if (x->t[k].kind != T_WORD) continue;
            uint32_t f = k == j ? fj | (fj & (LX_ORG | LX_COUNTRY | LX_CITY) ? lx_flags(tx(x, j), tl(x, j)) : 0)
                                : lx_flags(tx(x, j), x->t[k].e - x->t[j].s);
            if (f & (LX_NOENT | LX_COMMON | LX_NOTNAME | LX_NAT)) continue;
            if (f & (LX_ORG | LX_COUNTRY | LX_CITY)) {
                kind = (f & LX_ORG) ? ENT_ORG : ENT_PLACE;
                break;
            }
        }
        int weak = 2; /* a listed name in capitals: kept, but a later mention
                         written otherwise ("Fed") names the entity */
        if (kind < 0) {
            /* no digit, no lexicon word ("SAYS", "OFF", "THE") */
            k = j;
            size_t n = tl(x, j);
            if (n < 2 || !(x->t[j].flags & F_ACRO) || (tflags(x, j) & ~(uint32_t)LX_GENDER)) continue;
            int digit = 0;
            for (size_t c = 0; c < n; c++) digit |= tx(x, j)[c] >= '0' && tx(x, j)[c] <= '9';
            if (digit || (lx_flags(tx(x, j), n) & (LX_NOENT | LX_COMMON))) continue;
            kind = ENT_OTHER;
            weak = 1;
        }
        uint32_t hf = hash_run(tx(x, j), x->t[k].e - x->t[j].s);
        int32_t weak_hit = -1;
        int32_t ent = full_lookup(x, by_full, fmask, hf, weak, &weak_hit);
        if (ent < 0) {
            ent = new_entity(x, j, k, (ent_kind)kind, NULL);
            if (ent < 0) return made;
            x->ents[ent].weak = (uint8_t)weak;
            made++;
            full_insert(x, by_full, fmask, ent);
            if (weak_hit >= 0) x->ents[weak_hit].moved = ent + 1;
        }
        add_mention(x, j, k, ent);
        j = k;
    }
    return made;
}

/* Round 14 (ents): drops the weak entities and their mentions, or gives
 * the mentions to the sure entity that took their words; any: weak
 * entities were made (else nothing to do). */
static int drop_weak(ctx *x, int any)
{
    if (!any) return 0;
    int32_t *map = arena_alloc(x->a, sizeof *map * (size_t)(x->nents + 1));
    if (!map) return -1;
    int32_t n = 0;
    /* weak 2 (a listed name of a heading) is kept when nothing took it */
    for (int32_t e = 0; e < x->nents; e++) {
        if (x->ents[e].weak == 2 && !x->ents[e].moved) x->ents[e].weak = 0;
        map[e] = x->ents[e].weak ? -1 : n++;
    }
    /* an entity moves to a later one, resolved first; headline_fragments'
     * moves may go to an earlier one, never weak: its map is set above */
    for (int32_t e = x->nents - 1; e >= 0; e--)
        if (x->ents[e].weak && x->ents[e].moved) map[e] = map[x->ents[e].moved - 1];
    for (int32_t e = 0; e < x->nents; e++)
        if (!x->ents[e].weak) {
            x->ents[map[e]] = x->ents[e];
            x->ents[map[e]].n_mentions = 0;
        }
    x->nents = n;
    int32_t k = 0;
    for (int32_t m = 0; m < x->nms; m++) {
        int32_t to = map[x->ms[m].ent];
        if (to < 0) continue;
        x->ms[k] = x->ms[m];
        x->ms[k++].ent = to;
        x->ents[to].n_mentions++;
    }
    x->nms = k;
    return 0;
}

/* Round 14 (ents): the first word of a run's last words that are a listed
 * place of two or three words ("Southern United States", "Unilever United
 * States", "Intense United States"), or -1. */
static int32_t place_tail(ctx *x, int32_t a, int32_t b)
{
    for (int32_t j = b - 2 > a ? b - 2 : a + 1; j < b; j++) {
        if (x->t[j].kind != T_WORD || is_connector(x, j)) continue;
        size_t n = x->t[b].e - x->t[j].s - (tl(x, b) - strip_poss(tx(x, b), tl(x, b)));
        if (lx_flags(tx(x, j), n) & (LX_COUNTRY | LX_CITY)) return j;
    }
    return -1;
}

/* Round 15 (ents15): whether word i is a hyphenated title ("Vice-Chairman",
 * "Co-Chairman", "Deputy-Governor"): a short first part and a title word
 * after the last hyphen, which the lexicon does not hold whole. */
static int hyphen_title_slow(ctx *x, int32_t i)
{
    const char *w = tx(x, i);
    size_t n = tl(x, i);
    /* the hyphen within the first eight letters (asked for most words of
     * every run: kept short) */
    size_t k = 1, lim = n - 4 < 8 ? n - 4 : 8;
    while (k <= lim && w[k] != '-') k++;
    if (k > lim) return 0;
    n = strip_poss(w, n);
    return n > k + 1 && (lx_flags(w + k + 1, n - k - 1) & LX_TITLE) != 0;
}

/* Asked for most words of every run: the first letter of "Vice", "Co",
 * "Deputy", "Ex", "Under", "Acting" inline, the rest out of line. */
static inline __attribute__((always_inline)) int hyphen_title(ctx *x, int32_t i)
{
    if (x->t[i].kind != T_WORD || !(x->t[i].flags & F_CAP) || tl(x, i) < 6) return 0;
    char c = tx(x, i)[0];
    return (c == 'V' || c == 'C' || c == 'D' || c == 'E' || c == 'U' || c == 'A') && hyphen_title_slow(x, i);
}

/* Round 15 (ents15): a title word of a run, as the title loop of
 * find_entities reads one: a title, or a role noun before a given name. */
/* Round 20 (ents20): "Presidents Reagan and Clinton", "Senators Ted Cruz
 * and Marco Rubio", "Lords Bingham, Steyn": a title in the plural opening
 * the run j..b before a given name or a list ("and", a comma after the
 * run) is a title too, its singular listed ("Presidents Cup" keeps it, as
 * any title before an event's word; not "Kings Cross", "Queens Park
 * Rangers", "Doctors Without Borders", "Princes Street"). */
static int plural_title(ctx *x, int32_t j, int32_t b)
{
    static const char *const royal[] = {"kings", "queens", NULL};
    size_t n = tl(x, j);
    if (n < 5 || tx(x, j)[n - 1] != 's' || x->t[j].kind != T_WORD || (x->t[j].flags & F_ACRO) || !cap_word(x, j + 1))
        return 0;
    if (!(lx_flags(tx(x, j), n - 1) & LX_TITLE) || word_in(x, j, royal) || is_place_word(x, b, 0)) return 0;
    if (tflags(x, j + 1) & LX_GIVEN) return 1;
    return !(tflags(x, j + 1) & (LX_FUNC | LX_BREAK)) && b + 1 < x->nt &&
           (punct_is(x, b + 1, ',') || word_is(x, b + 1, "and"));
}

/* Round 21 (ents21): a noun of occupation opening a sentence before a
 * name of two words or more ("Singer Alex Kapranos", "Economist Ravi
 * Batra said"): a description written with a capital only because the
 * sentence starts there.  A listed description before any capitalised
 * word (the given name may be one the lexicon lacks); an unlisted word
 * with an agent's ending (-er, -or, -ist, -ian, -man) before a listed
 * given name.  Not a given name itself ("Christian", "Homer"), not a
 * place, nationality or organisation, not initials. */
static int occupation_opens(ctx *x, int32_t a, int32_t b)
{
    if (b < a + 2 || x->t[a].kind != T_WORD || (x->t[a].flags & F_ACRO) || x->t[a + 1].kind != T_WORD ||
        (x->t[a + 1].flags & F_ACRO) || is_connector(x, a + 1))
        return 0;
    uint32_t f = tflags(x, a), f1 = tflags(x, a + 1);
    if (f & (LX_GIVEN | LX_TITLE | LX_ORG | LX_COUNTRY | LX_CITY | LX_NAT | LX_FUNC)) return 0;
    /* (a nationality after a listed description is a given name too:
     * "Actor Christian Tarnby") */
    if (f1 & (LX_TITLE | LX_DESC | LX_ORG | LX_COUNTRY | LX_CITY | LX_FUNC | LX_BREAK | ((f & LX_DESC) ? 0 : LX_NAT)))
        return 0;
    /* a listed description before a word the lexicon lacks: a given
     * name and a surname only ("Economist Ravi Batra"; not "Executive
     * Zornvik Insurance Co of Kelmouth", "Man Seen Near Tarnby", "Anchor
     * Voiced Doubt") */
    if (!(f1 & LX_GIVEN)) {
        if (b != a + 2 || f1 || (tflags(x, b) & ~(uint32_t)LX_GIVEN) || x->t[b].kind != T_WORD || (x->t[b].flags & F_ACRO) ||
            verbish(x, a + 1) || verbish(x, b) || ends_no_person(x, b))
            return 0;
        size_t n1 = tl(x, a + 1);
        if (tx(x, a + 1)[n1 - 1] == 's' || strip_poss(tx(x, a + 1), n1) != n1) return 0;
    }
    if (!(f & LX_DESC)) {
        size_t n = tl(x, a);
        const char *w = tx(x, a);
        if (f || !(f1 & LX_GIVEN) || n < 5) return 0;
        char c1 = w[n - 2], c0 = w[n - 1];
        if (!((c1 == 'e' && c0 == 'r') || (c1 == 'o' && c0 == 'r') || (c1 == 's' && c0 == 't') ||
              (c1 == 'a' && c0 == 'n' && (w[n - 3] == 'i' || w[n - 3] == 'm'))))
            return 0;
    }
    return sentence_initial(x, a);
}

static int title_at(ctx *x, int32_t j)
{
    uint32_t f = tflags(x, j);
    return (f & LX_TITLE) || ((f & LX_DESC) && (tflags(x, j + 1) & LX_GIVEN) && !(x->t[j].flags & F_ACRO)) ||
           hyphen_title(x, j);
}

/* Round 15 (ents15): whether word j in capitals is an organisation's
 * initials that may stand alone before a title or a name ("GATT", "FBI"):
 * two to six capitals, no place, nationality, title or lexicon common word. */
static int org_initials(ctx *x, int32_t j)
{
    return (x->t[j].flags & F_ACRO) && tl(x, j) >= 2 && tl(x, j) <= 6 && !memchr(tx(x, j), '.', tl(x, j)) &&
           !(tflags(x, j) & (LX_GIVEN | LX_COUNTRY | LX_CITY | LX_NAT | LX_TITLE | LX_FUNC | LX_PRONOUN |
                             LX_PORTFOLIO | LX_BREAK)) &&
           !(lx_flags(tx(x, j), tl(x, j)) & (LX_NOENT | LX_COMMON));
}

/* Round 16 (ents16): whether word i is an acronym, also in the possessive
 * ("the SEC's criticism", "USDA's report"): the tokenizer's F_ACRO sees
 * the lower-case "s" and says no, and the acronym then fell to the rule
 * of an unknown word, a tentative surname. */
static int acro_word(ctx *x, int32_t i)
{
    if (x->t[i].flags & F_ACRO) return 1;
    const char *w = tx(x, i);
    size_t n = strip_poss(w, tl(x, i));
    if (n == tl(x, i) || n < 2) return 0;
    for (size_t k = 0; k < n; k++)
        if ((unsigned)((unsigned char)w[k] - 'A') >= 26u) return 0;
    return 1;
}

/* Round 15 (ents15): where an organisation's initials that open the run
 * a..b end when a given name and a surname follow them ("GATT Michael
 * Samuels", "to GATT Michael Samuels said"): the initials are a run of
 * their own, the person the next; -1 otherwise.  (An organisation before
 * a title, "Federal Reserve Board Vice-Chairman Manuel Johnson", is
 * stripped with the title, as "FBI Director James Comey" is: made a
 * mention of its own it became the speaker of the quotes its person
 * gives, the speaker phrase search taking a sentence's first mention.) */
static int32_t initials_before_name(ctx *x, int32_t a, int32_t b)
{
    while (a < b && (tflags(x, a) & LX_FUNC) && !(x->t[a].flags & F_ACRO)) a++;
    if (b - a < 2) return -1;
    if (org_initials(x, a) && (tflags(x, a + 1) & LX_GIVEN) && !(x->t[a + 1].flags & F_ACRO) &&
        !(x->t[a + 2].flags & F_ACRO) && x->t[a + 2].kind == T_WORD)
        return a;
    return -1;
}

/* Round 15 (ents15): whether word i is written with a capital inside it
 * after a lower-case letter ("PepsiCo", "TiVo", "TimeWarner",
 * "PlayStation", "RealClearPolitics"): a company's or a product's name,
 * no person's, but for the prefixes of surnames ("McCain", "MacArthur",
 * "DiCaprio", "DeSantis", "LaHood", "VanDyke", "FitzGerald").  The
 * position of that capital in *at. */
static int camel_word(ctx *x, int32_t i, size_t *at)
{
    static const char *const pre[] = {"mc", "mac", "de", "di", "da", "la", "le", "du", "van", "von", "fitz", "st",
                                      "del", "della", "ten", "ter", "vander", "der", "al", "el", NULL};
    if (x->t[i].kind != T_WORD || (x->t[i].flags & F_ACRO)) return 0;
    const char *w = tx(x, i);
    size_t n = tl(x, i);
    /* a capital after a lower-case letter ("Al-Gharafa", "O'Neill" have
     * none: a hyphen or an apostrophe before theirs) */
    for (size_t k = 2; k + 1 < n; k++) {
        if ((unsigned)((unsigned char)w[k] - 'A') < 26u && (unsigned)((unsigned char)w[k - 1] - 'a') < 26u) {
            /* "HillaryClinton": a person's handle */
            if (str_in(w, k, pre) || (lx_flags(w, k) & LX_GIVEN)) return 0;
            *at = k;
            return 1;
        }
    }
    return 0;
}

/* Round 15 (ents15): whether word i is a compound adjective, a capitalised
 * word, a hyphen and a participle ("Chinese-made", "Democratic-led",
 * "Boston-based", "State-owned", "Soviet-built"): opening a run it is no
 * part of the name (but "Blu-ray Disc Association", "Tele-communications
 * Inc" are names). */
static int hyphen_adjective(ctx *x, int32_t i)
{
    static const char *const part[] = {"made", "run", "built", "born", "grown", "half", NULL};
    const char *w = tx(x, i);
    size_t n = tl(x, i);
    for (size_t k = 2; k + 2 < n; k++)
        if (w[k] == '-') {
            const char *r = w + k + 1;
            size_t m = n - k - 1;
            for (size_t j = 0; j < m; j++)
                if ((unsigned)((unsigned char)r[j] - 'a') >= 26u) return 0; /* one lower-case word */
            return (m >= 3 && r[m - 2] == 'e' && r[m - 1] == 'd') || str_in(r, m, part);
        }
    return 0;
}

/* Round 15 (ents15): the first word of a..b written as camel_word, + 1;
 * 0 when none is. */
static int32_t camel_run(ctx *x, int32_t a, int32_t b)
{
    size_t at;
    for (int32_t j = a; j <= b; j++)
        if (x->t[j].kind == T_WORD && tl(x, j) >= 4 && !(x->t[j].flags & F_ACRO) && camel_word(x, j, &at))
            return j + 1;
    return 0;
}

/* Round 15 (ents15): hash_lower of camel word i with a space before each
 * capital that follows a lower-case letter: "TimeWarner" hashes as "Time
 * Warner", the article's other spelling. */
static uint32_t camel_split_hash(ctx *x, int32_t i)
{
    const char *w = tx(x, i);
    size_t n = strip_poss(w, tl(x, i));
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)w[k];
        if (k > 0 && c >= 'A' && c <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z') h = (h ^ ' ') * 16777619u;
        h = (h ^ lower_c(c)) * 16777619u;
    }
    return h ? h : 1;
}

/* Round 15 (ents15): an earlier entity of the words hashed h taken for a
 * person (a tentative surname, no title) becomes an organisation: the
 * article names it later as a company ("Time Warner … TimeWarner",
 * "Piedmont said … Piedmont Aviation Inc"). */
static void person_to_org(ctx *x, const int32_t *by_full, uint32_t fmask, uint32_t h)
{
    int32_t unused = -1;
    int32_t e = full_lookup(x, by_full, fmask, h, 1, &unused);
    if (e >= 0 && x->ents[e].kind == ENT_PERSON && !x->ents[e].title && x->ents[e].nwords <= 3)
        x->ents[e].kind = ENT_ORG;
}

/* Round 15 (ents15): whether a possessive word inside a run is a plural
 * noun's that goes on with a name ("People's Daily", "National People's
 * Congress", "Women's Bank", "Workers' Party"): no person has such a
 * name. */
static int collective_poss(ctx *x, int32_t j)
{
    static const char *const v[] = {"people", "women", "men", "children", "workers", "worker", "citizens",
                                    "farmers", "veterans", "teachers", "nations", "peoples", NULL};
    size_t n = strip_poss(tx(x, j), tl(x, j));
    return n != tl(x, j) && str_in(tx(x, j), n, v);
}

/* Round 16 (ents16): organisation words that are surnames too ("Thomas
 * Haden Church", "Rob Da Bank"): after a given name they name a person. */
static const char *const surname_org[] = {"church", "bank", "house", "post", "press", "guard", "times", NULL};

/* Round 16 (ents16): lower-case nouns of a company (a business, its
 * stock, its works; "the Hialeah plant" names a place too, the less
 * common reading).  After a name, "Alcoa shares", "Nationwide's
 * profits"; before one, "building society Nationwide", "carmaker
 * Pontiac"; heading an appositive, "Alcoa, the aluminium company". */
static const char *const fa_e[] = {"earnings", NULL}, *const fa_f[] = {"factory", "factories", NULL},
                         *const fa_p[] = {"plant", "plants", "profit", "profits", NULL},
                         *const fa_r[] = {"revenue", "revenues", NULL},
                         *const fa_s[] = {"shares", "stock", "shareholders", "stockholders", "subsidiary",
                                          "subsidiaries", NULL};
static const char *const *const firm_after[26] = {NULL, NULL, NULL, NULL, fa_e, fa_f, NULL, NULL, NULL,
                                                  NULL, NULL, NULL, NULL, NULL, NULL, fa_p, NULL, fa_r,
                                                  fa_s, NULL, NULL, NULL, NULL, NULL, NULL, NULL};

/* (not "producer", "publisher", "broadcaster", "developer": a person's
 * roles too, "Hollywood producer Burt Sugarman") */
static const char *const fn_a[] = {"airline", "automaker", NULL}, *const fn_b[] = {"bank", "brewer", NULL},
                         *const fn_c[] = {"company", "carrier", "conglomerate", "chipmaker", "carmaker", "chain",
                                          "corporation", NULL},
                         *const fn_d[] = {"distributor", NULL}, *const fn_f[] = {"firm", NULL},
                         *const fn_g[] = {"group", "giant", NULL}, *const fn_i[] = {"insurer", NULL},
                         *const fn_l[] = {"lender", NULL},
                         *const fn_m[] = {"maker", "manufacturer", "miner", NULL}, *const fn_o[] = {"operator", NULL},
                         *const fn_r[] = {"retailer", "refiner", NULL}, *const fn_s[] = {"society", "supplier", NULL},
                         *const fn_u[] = {"utility", NULL};
static const char *const *const firm_noun[26] = {fn_a, fn_b, fn_c, fn_d, NULL, fn_f, fn_g, NULL, fn_i,
                                                 NULL, NULL, fn_l, fn_m, NULL, fn_o, NULL, NULL, fn_r,
                                                 fn_s, NULL, fn_u, NULL, NULL, NULL, NULL, NULL};

/* Whether token i is a word in lower case of lo to hi bytes. */
static inline int lower_word(ctx *x, int32_t i, size_t lo, size_t hi)
{
    return i >= 0 && i < x->nt && x->t[i].kind == T_WORD && !(x->t[i].flags & F_CAP) && tl(x, i) >= lo &&
           tl(x, i) <= hi;
}

/* Whether the mention of words a..b reads as a company's in its
 * sentence: a company noun after it or before it, "shares of X", "stake
 * in X", "Pittsburgh-based X", or an appositive "X, the ... company". */
static int firm_context(ctx *x, int32_t a, int32_t b)
{
    int32_t n = x->nt;
    /* after: "Alcoa shares", "Alcoa's plants" (the word's length and case
     * asked first: this runs for every mention of a tentative person) */
    if (lower_word(x, b + 1, 4, 12) && word_in_buckets(x, b + 1, firm_after) &&
        strip_poss(tx(x, b + 1), tl(x, b + 1)) == tl(x, b + 1))
        return 1;
    /* "Pittsburgh-based Alcoa" (the adjective was cut off the run) */
    if (a >= 1 && x->t[a - 1].kind == T_WORD && tl(x, a - 1) > 6 &&
        !memcmp(tx(x, a - 1) + tl(x, a - 1) - 6, "-based", 6))
        return 1;
    if (lower_word(x, a - 1, 2, 12)) {
        size_t l = tl(x, a - 1);
        /* "shares of Alcoa", "a stake in Alcoa" */
        if (l == 2 && (word_is(x, a - 1, "of") || word_is(x, a - 1, "in")) &&
            (word_is(x, a - 2, "shares") || word_is(x, a - 2, "stake") || word_is(x, a - 2, "stock")))
            return 1;
        /* "carmaker Pontiac said"; not "the company Smith founded" (a
         * relative clause: a lower-case word after the name) */
        if (l >= 4 && l <= 12 && word_in_buckets(x, a - 1, firm_noun) && strip_poss(tx(x, b), tl(x, b)) == tl(x, b) &&
            strip_poss(tx(x, a - 1), l) == l && /* not "the company's Hialeah plant" */
            !(b + 1 < n && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP) &&
              !(tflags(x, b + 1) & (LX_CUE | LX_FUNC))))
            return 1;
    }
    /* "Nationwide, the building society, said": the appositive's head is
     * a company noun, closed by punctuation or a preposition (not "a
     * company director") */
    if (b + 3 < n && punct_is(x, b + 1, ',') &&
        (word_is(x, b + 2, "the") || word_is(x, b + 2, "a") || word_is(x, b + 2, "an"))) {
        for (int32_t j = b + 3; j < n && j <= b + 7 && x->t[j].kind == T_WORD; j++) {
            if (!word_in_buckets(x, j, firm_noun) || strip_poss(tx(x, j), tl(x, j)) != tl(x, j)) continue;
            return j + 1 >= n || x->t[j + 1].kind != T_WORD || word_is(x, j + 1, "based") ||
                   word_is(x, j + 1, "in") || word_is(x, j + 1, "of") || word_is(x, j + 1, "that") ||
                   word_is(x, j + 1, "which") || word_is(x, j + 1, "with");
        }
    }
    return 0;
}

/* Round 16 (ents16): a name taken for a person for want of a signal in
 * its words (one word, "Alcoa", "Nationwide"; or a few with no given name,
 * title, description or sex learnt) is an organisation when one of its
 * mentions in the article reads as a company's (firm_context). */
static void persons_to_firms(ctx *x)
{
    /* per entity: 0 not asked yet, 1 a candidate, 2 not */
    uint8_t *cand = arena_calloc(x->a, (size_t)x->nents + 1, 1);
    if (!cand) return;
    for (int32_t m = 0; m < x->nms; m++) {
        int32_t ei = x->ms[m].ent;
        xent *e = &x->ents[ei];
        if (cand[ei] == 2 || e->kind != ENT_PERSON) continue;
        if (!cand[ei]) {
            /* "Dudley Taft … Taft shares": the entity's own first word */
            const char *sp = strchr(e->name, ' ');
            cand[ei] = e->title || e->ndesc || e->gender || e->nwords > 3 ||
                               (sp && (lx_flags(e->name, (size_t)(sp - e->name)) & LX_GIVEN))
                           ? 2
                           : 1;
            if (cand[ei] == 2) continue;
        }
        int32_t a = x->ms[m].t0, b = x->ms[m].t1;
        if (tflags(x, a) & LX_GIVEN || tl(x, a) == 1 || (x->t[a].flags & F_ABBR)) continue;
        if (firm_context(x, a, b)) e->kind = ENT_ORG;
    }
}

/* Persons by default that no person's name is, made places or other:
 * - of two or three words with no given name, title, description or sex,
 *   whose first word is no one's name but opens places ("South Florida",
 *   "Santa Monica", "Grand Rapids", "New Brunswick") or names of other
 *   things ("National Review", "Great Recession", "World Production",
 *   "Super PACs"): 1,800 person mentions on real news, and the nearest
 *   "person" of many a he or she;
 * - one word joining two capitalised ones by a hyphen, never written with
 *   a given name in the article ("Gramm-Rudman", "Dodd-Frank",
 *   "April-June", "Obama-Clinton", "Spider-Man"; "Kilroy-Silk" after
 *   "Robert Kilroy-Silk" is his, linked already), and opening with no
 *   given name ("Anne-Aymone" is one).
 * After persons_to_firms, which takes the companies among them ("Western
 * Digital … its shares", "Hewlett-Packard shares"), and after the
 * mentions are linked: "National Fuel Gas" after "National Fuel Gas Co"
 * is that company's already. */
/* The token of mention m's words where person o's full name starts
 * inside them (its words hash as o's), or -1; its last token in *end. */
static int32_t name_inside(ctx *x, const xmention *m, const xent *o, int32_t *end)
{
    for (int32_t j = m->t0; j + (int32_t)o->nwords - 1 <= m->t1; j++) {
        if (x->t[j].kind != T_WORD) continue;
        /* the span of o's words from j: nwords words, any marks between */
        int32_t k = j;
        for (uint32_t w = 1; w < o->nwords && k < m->t1;) {
            k++;
            if (x->t[k].kind == T_WORD) w++;
        }
        if (hash_run(tx(x, j), x->t[k].e - x->t[j].s) == o->h_full) return *end = k, j;
    }
    return -1;
}

/* Whether token i's sentence is written in title case, as a headline:
 * three in four of its words of four letters or more capitalised. */
static int title_case_sentence(ctx *x, int32_t i)
{
    uint32_t sid = x->t[i].sent;
    int words;
    return title_case_span(x, x->sent_first[sid], x->sent_last[sid], &words) && words >= 3;
}

/* Whether the words of mention m outside [j, k] are no part of a person's
 * name: no given name, title, initial or generational suffix ("Tom Hale
 * Sides", "Maybe Tom Hale", but not "John Paul Stevens" around "Paul
 * Stevens", nor "Tom Hale Jr."); and words after the name only in a
 * headline in title case (in running text a capitalised word after a name
 * is its surname: "Ana Reis Maroto"). */
static int words_around_no_name(ctx *x, const xmention *m, int32_t j, int32_t k)
{
    if (k < m->t1 && !title_case_sentence(x, j)) return 0;
    for (int32_t i = m->t0; i <= m->t1; i++) {
        if (i >= j && i <= k) continue;
        if (x->t[i].kind != T_WORD) continue;
        size_t n = tl(x, i);
        if (n <= 2 || (tflags(x, i) & (LX_GIVEN | LX_TITLE)) || extract_name_suffix(tx(x, i), n)) return 0;
    }
    return 1;
}

/* A person whose words are another person of the article, named in full,
 * with words around that name no name ("Tom Hale Sides With …", "Vote
 * Tom Hale Today", "Crooked Tom Hale": title-case headlines, a label or
 * an adverb opening the run) is that person: each mention shrinks to the
 * name and moves to it (drop_weak).  On real news 66 of 26,192 person
 * names held a frequent full name so, each an entity of its own in
 * --entity and the facets. */
static int headline_fragments(ctx *x)
{
    /* the candidates first: most articles have no person of three words */
    int32_t cand = 0;
    for (int32_t e = 0; e < x->nents; e++)
        cand += x->ents[e].kind == ENT_PERSON && x->ents[e].nwords >= 3 && !x->ents[e].weak;
    if (!cand) return 0;
    /* each entity's mentions, chained: first[e], then next[m] (-1 ends) */
    int32_t *first = arena_alloc(x->a, sizeof *first * (size_t)x->nents);
    int32_t *next = arena_alloc(x->a, sizeof *next * (size_t)(x->nms + 1));
    if (!first || !next) return 0; /* (out of memory: the names stay as they are) */
    for (int32_t e = 0; e < x->nents; e++) first[e] = -1;
    for (int32_t m = x->nms - 1; m >= 0; m--) {
        next[m] = first[x->ms[m].ent];
        first[x->ms[m].ent] = m;
    }
    int moved = 0;
    for (int32_t e = 0; e < x->nents; e++) {
        xent *xe = &x->ents[e];
        if (xe->kind != ENT_PERSON || xe->nwords < 3 || xe->weak || first[e] < 0) continue;
        int32_t to = -1;
        for (int32_t o = 0; o < x->nents && to < 0; o++) {
            const xent *xo = &x->ents[o];
            if (o == e || xo->kind != ENT_PERSON || xo->nwords < 2 || xo->nwords >= xe->nwords || xo->weak ||
                xo->moved)
                continue;
            /* (the names as written first: most pairs share no words) */
            if (xe->name && xo->name && !strstr(xe->name, xo->name)) continue;
            /* every mention of e holds o's name, and nothing else of a name */
            int all = 1;
            for (int32_t m = first[e]; m >= 0 && all; m = next[m]) {
                int32_t k, j = name_inside(x, &x->ms[m], xo, &k);
                /* o a full name: a given name first ("Tom Hale", not "Du
                 * Plessis" in "Jan du Plessis", nor "Minimum Wage"), not
                 * ending with an initial ("Tom E." in "Tom E. Sank") */
                all = j >= 0 && (tflags(x, j) & LX_GIVEN) && tl(x, k) >= 2 && tx(x, k)[tl(x, k) - 1] != '.' &&
                      words_around_no_name(x, &x->ms[m], j, k);
            }
            if (all) to = o;
        }
        if (to < 0) continue;
        const xent *xo = &x->ents[to];
        for (int32_t m = first[e]; m >= 0; m = next[m]) {
            xmention *mm = &x->ms[m];
            int32_t k, j = name_inside(x, mm, xo, &k);
            mm->t0 = j;
            mm->t1 = k;
            mm->s = x->t[j].s;
            mm->e = x->t[k].e;
        }
        xe->weak = 1;
        xe->moved = to + 1;
        moved = 1;
    }
    return moved;
}

/* A surname alone named before the article's only person of that surname
 * in full is that person: "Hale shocks Reis in Dover" as a headline, or
 * "Mrs. Hale" in a summary, then "Top seed Tom Hale …".  A surname after
 * the full name is linked as it is found (by_part in find_entities);
 * one before it made a person of its own, who spoke the quotes the
 * surname speaks (on real news 527 such persons in 24,642 articles; 29
 * of 30 read were the person named in full, the 30th a character named
 * so).  The full name must open with a given name ("Year-to-date Jeep"
 * is none) and be the only person of the article with that last word
 * (not "Clinton" when Bill and Hillary Clinton are named); the sexes,
 * when both known, agree.  Returns how many moved (drop_weak moves them). */
static int early_surnames(ctx *x)
{
    int moved = 0;
    for (int32_t s = 0; s < x->nents; s++) {
        xent *xs = &x->ents[s];
        if (xs->kind != ENT_PERSON || xs->nwords != 1 || xs->weak || xs->moved) continue;
        int32_t to = -1, n = 0;
        for (int32_t f = 0; f < x->nents; f++) {
            const xent *xf = &x->ents[f];
            if (xf->kind != ENT_PERSON || xf->nwords < 2 || xf->weak || xf->moved || xf->h_last != xs->h_full)
                continue;
            n++;
            to = f;
        }
        if (n != 1) continue;
        xent *xf = &x->ents[to];
        const char *sp = strchr(xf->name, ' ');
        if (!sp || !(lx_flags(xf->name, (size_t)(sp - xf->name)) & LX_GIVEN)) continue;
        if (xs->gender && xf->gender && xs->gender != xf->gender) continue;
        /* named before the full name: its first mention comes first */
        int32_t first_s = -1, first_f = -1;
        for (int32_t m = 0; m < x->nms && (first_s < 0 || first_f < 0); m++) {
            if (x->ms[m].ent == s && first_s < 0) first_s = m;
            if (x->ms[m].ent == to && first_f < 0) first_f = m;
        }
        if (first_s < 0 || first_f < 0 || first_s > first_f) continue;
        learn_gender(xf, xs->gender);
        if (!xf->title) xf->title = xs->title;
        for (int d = 0; d < xs->ndesc; d++) add_desc(xf, xs->desc[d]);
        xs->weak = 1;
        xs->moved = to + 1;
        moved = 1;
    }
    return moved;
}

/* round 22 (ents22): whether entity ent has a mention of one word (a
 * surname linked to it: "the Tarnby Express … Tarnby said" may be a
 * person's name misread, and the entity is left as it is) */
static int one_word_mention(ctx *x, int32_t ent)
{
    for (int32_t m = 0; m < x->nms; m++)
        if (x->ms[m].ent == ent && x->ms[m].t0 == x->ms[m].t1) return 1;
    return 0;
}

static void nameless_persons(ctx *x)
{
    static const char *const place_first[] = {"north",   "south",   "east",    "west", "northern", "southern",
                                              "eastern", "western", "central", "san",  "santa",    "new",
                                              "grand",   "upper",   "lower",   NULL};
    static const char *const other_first[] = {"national", "international", "world",  "great",   "super",
                                              "total",    "big",           "little", "old",     "public",
                                              "digital",  "royal",         "federal", "united", "golden",
                                              NULL};
    for (int32_t m = 0; m < x->nms; m++) {
        xent *e = &x->ents[x->ms[m].ent];
        int32_t a = x->ms[m].t0, b = x->ms[m].t1;
        if (e->kind != ENT_PERSON || e->nwords > 3 || e->title || e->ndesc || e->gender ||
            (tflags(x, a) & LX_GIVEN))
            continue;
        if (e->nwords == 1) {
            /* (not "Anne-Aymone", "Jay-Z": a given name before the hyphen) */
            const char *h = strchr(e->name, '-');
            if (h && h > e->name && h[1] >= 'A' && h[1] <= 'Z' &&
                !(lx_flags(e->name, (size_t)(h - e->name)) & LX_GIVEN))
                e->kind = ENT_OTHER;
            continue;
        }
        int pf = word_in(x, a, place_first);
        /* round 22 (ents22): "Eternal Sunshine of the Spotless Mind", "the
         * Beastie Boys", "the Mac II": two words after "the" are a title's,
         * a band's or a thing's (a person's name takes no article; its
         * later mentions linked here are the same thing) */
        /* (not before a lower-case noun: "the Tom Hale doping row") */
        if (!pf && e->nwords == 2 && b == a + 1 && a > 0 && word_is(x, a - 1, "the") &&
            !(b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP) &&
              !(tflags(x, b + 1) & (LX_FUNC | LX_BREAK | LX_CUE | LX_PRONOUN))) &&
            !one_word_mention(x, x->ms[m].ent)) {
            e->kind = ENT_OTHER;
            /* and the title's words before "of the" ("Eternal Sunshine"),
             * when they are a run taken for a person of no given name */
            if (m > 0 && a >= 3 && word_is(x, a - 2, "of") && x->ms[m - 1].t1 == a - 3) {
                xent *p = &x->ents[x->ms[m - 1].ent];
                if (p->kind == ENT_PERSON && !p->title && !p->ndesc && !p->gender &&
                    !(tflags(x, x->ms[m - 1].t0) & LX_GIVEN))
                    p->kind = ENT_OTHER;
            }
            continue;
        }
        if (!pf && !word_in(x, a, other_first)) continue;
        /* of three words, a place when it ends in one ("New York Life"
         * is none) */
        e->kind = pf && (e->nwords == 2 || (tflags(x, b) & (LX_COUNTRY | LX_CITY))) ? ENT_PLACE : ENT_OTHER;
    }
}

/* Round 24 (ents24): a person of one word (no given name, title,
 * description or sex learnt) named right after "near", or before a
 * lower-case "state", "province", "region", "district" or "prefecture", is
 * a place the gazetteers lack ("a plant near Kelmouth", "Tarnby state"):
 * 34 and 59 such mentions on real news, nearly all places. */
static void place_persons(ctx *x)
{
    static const char *const area[] = {"state", "province", "region", "district", "prefecture", NULL};
    for (int32_t m = 0; m < x->nms; m++) {
        const xmention *mm = &x->ms[m];
        xent *e = &x->ents[mm->ent];
        /* (named three times at most: a surname the article repeats is a
         * person's, "a better Hale state" of a candidate named often) */
        if (e->kind != ENT_PERSON || e->nwords != 1 || e->n_mentions > 3 || e->title || e->ndesc || e->gender ||
            e->moved || (tflags(x, mm->t0) & LX_GIVEN))
            continue;
        int32_t a = mm->t0, b = mm->t1;
        if ((a > 0 && word_is(x, a - 1, "near")) ||
            (b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP) &&
             strip_poss(tx(x, b), tl(x, b)) == tl(x, b) && word_in(x, b + 1, area)))
            e->kind = ENT_PLACE;
    }
}

/* Round 23 (ents23): a person of one word that the article writes in
 * lower case too is a common word capitalised by its place (a sentence's
 * or a title-case headline's first word, a programme's or a product's
 * name: "Early estimates put ...", "Trump Faces Tough Debate", "General
 * Automation said"), no one's surname: kind other. Not a person with a
 * title, a description or a sex learnt ("Mr Early", "Hale, a baker"),
 * nor one word of a longer name (linked to it already). */
static inline int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static void common_word_persons(ctx *x)
{
    enum { MAXC = 16 };
    int32_t cand[MAXC], hit_tok[MAXC];
    int nc = 0;
    unsigned hit = 0;
    /* (once or twice in the article: 387 of the 401 such persons of real
     * news; a surname the article repeats is a person's) */
    for (int32_t e = 0; e < x->nents && nc < MAXC; e++) {
        const xent *p = &x->ents[e];
        if (p->kind != ENT_PERSON || p->nwords != 1 || p->n_mentions > 2 || p->title || p->ndesc || p->gender ||
            p->moved)
            continue;
        size_t l = strlen(p->name);
        if (l < 3 || l > 24 || strpbrk(p->name, "-.'") || (lx_flags(p->name, l) & LX_GIVEN)) continue;
        cand[nc++] = e;
    }
    for (int c = 0; c < nc; c++) {
        /* the name in lower case, sought in the text (cheaper than a
         * walk over the tokens) */
        char low[25];
        size_t l = strlen(x->ents[cand[c]].name);
        for (size_t k = 0; k < l; k++) low[k] = (char)lower_c((unsigned char)x->ents[cand[c]].name[k]);
        /* (sought by its rarest letter and its first, or its last when
         * the rarest is first, sixteen places a step: text_find_pair; the
         * whole word compared where both are found) */
        /* each letter's rank in English text, from the commonest (e 1)
         * to the rarest (z 26) */
        static const unsigned char rank_of[26] = {3,  20, 12, 10, 1,  16, 17, 8, 5,  23, 22, 11, 14,
                                                  6,  4,  19, 25, 9,  7,  2,  13, 21, 15, 24, 18, 26};
        size_t r = 0;
        for (size_t k = 1, best = 0; k < l; k++) {
            size_t rank = low[k] >= 'a' && low[k] <= 'z' ? rank_of[low[k] - 'a'] : 0;
            if (rank > best) best = rank, r = k;
        }
        size_t r2 = r ? 0 : l - 1;
        const char *end = x->s + x->n, *p;
        for (size_t from = 0, at; (at = text_find_pair(x->s, x->n, from, l, r, (unsigned char)low[r], r2,
                                                       (unsigned char)low[r2])) < x->n;) {
            from = at + 1;
            p = x->s + at;
            if (memcmp(p, low, l) != 0) continue;
            if ((p > x->s && word_byte((unsigned char)p[-1])) || (p + l < end && word_byte((unsigned char)p[l])))
                continue;
            /* the token there */
            uint32_t off = (uint32_t)(p - x->s);
            int32_t i = tokens_before(x, x->nt, off);
            if (i >= x->nt || x->t[i].s != off || x->t[i].kind != T_WORD || tl(x, i) != l) continue;
            /* (nor a name in a passage the wire wrote in lower case:
             * "finance minister manuel tarnby told", "tarnby said") */
            if ((i + 1 < x->nt && (tflags(x, i + 1) & LX_CUE)) || (i > 0 && (tflags(x, i - 1) & (LX_GIVEN | LX_TITLE))))
                continue;
            hit |= 1u << c;
            hit_tok[c] = i;
            break;
        }
    }
    if (!hit) return;
    /* two countries in lower case tell such a passage too, sought in
     * the sentences around each hit (two before, two after: the passage
     * the name was lowered in), in text order, each token once; (a walk
     * over the whole article looked up every lower-case word of it, most
     * of this function's cost) */
    int lower_places = 0;
    int32_t w0[MAXC], w1[MAXC];
    int nw = 0;
    for (int c = 0; c < nc; c++) {
        if (!(hit >> c & 1u)) continue;
        uint32_t sd = x->t[hit_tok[c]].sent;
        uint32_t s0 = sd >= 2 ? sd - 2 : 0, s1 = sd + 2 < x->nsent ? sd + 2 : x->nsent - 1;
        int32_t i0 = x->sent_first[s0], i1 = x->sent_last[s1];
        if (i0 < 0) i0 = 0;
        if (i1 < 0 || i1 >= x->nt) i1 = x->nt - 1;
        int k = nw++;
        while (k > 0 && w0[k - 1] > i0) w0[k] = w0[k - 1], w1[k] = w1[k - 1], k--;
        w0[k] = i0, w1[k] = i1;
    }
    int32_t done_to = -1;
    for (int k = 0; k < nw && lower_places < 2; k++) {
        int32_t i0 = w0[k] > done_to ? w0[k] : done_to + 1;
        for (int32_t i = i0; i <= w1[k] && lower_places < 2; i++)
            if (x->t[i].kind == T_WORD && !(x->t[i].flags & F_CAP) && tx(x, i)[0] >= 'a' && tx(x, i)[0] <= 'z' &&
                (tflags(x, i) & LX_COUNTRY))
                lower_places++;
        if (w1[k] > done_to) done_to = w1[k];
    }
    if (lower_places >= 2) return;
    for (int c = 0; c < nc; c++)
        if (hit >> c & 1u) x->ents[cand[c]].kind = ENT_OTHER;
}

/* Words that end a name of its own before "and": a company's legal
 * suffix or a body's word ("Chemlawn Corp and Ecolab Inc", "International
 * Monetary Fund and World Bank" are two names; "Sumitomo Trust and
 * Banking Co", "Federal Savings and Loan" one). */
static const char *const and_ends[] = {
    "inc",      "inc.",     "corp",        "corp.",      "co",       "co.",      "ltd",      "ltd.",
    "plc",      "ag",       "sa",          "nv",         "llc",      "lp",       "l.p.",     "cos",
    "corporation", "gmbh",  "group",       "industries", "holdings", "bank",     "fund",     "brothers",
    "airlines", "airways",  "partners",    "works",      "international", "division", "ministry",
    "department", "association", "securities", "commission", "committee", "council", "board", "agency",
    "authority", "office", NULL};

/* Round 18: whether the words [i, i + n) of the run at [from, to] are
 * written elsewhere in the article after no "and" or "&" ("Cineplex
 * Odeon Corp rose" after "MCA and Cineplex Odeon Corp"): a firm named by
 * two partners ("Evans and Sutherland Computer Corp") is named so
 * throughout, its second partner never alone. */
static int written_apart(ctx *x, int32_t i, int32_t n, int32_t from, int32_t to)
{
    for (int32_t j = 0; j + n <= x->nt; j++) {
        if (j >= from && j <= to) {
            j = to;
            continue;
        }
        if (tl(x, j) != tl(x, i) || memcmp(tx(x, j), tx(x, i), tl(x, i)) || x->t[j].kind != T_WORD) continue;
        int same = 1;
        for (int32_t k = 1; k < n && same; k++)
            same = tl(x, j + k) == tl(x, i + k) && !memcmp(tx(x, j + k), tx(x, i + k), tl(x, i + k));
        if (!same) continue;
        if (j == 0 || !(word_is(x, j - 1, "and") || punct_is(x, j - 1, '&'))) return 1;
    }
    return 0;
}

/* Round 18 (ents18): whether the capitalised run [a0, b], followed by
 * "and", goes on over it as one organisation's name; the last token of
 * the name, or -1 when the "and" joins two names ("Reagan and the
 * Senate", "Texaco and Pennzoil Co", "Paul Smith and John Brown").  An
 * organisation is joined when the lexicon lists it (up to four words
 * after the "and": "Federal Savings and Loan Insurance Corp", also from
 * the run's last words: "Shares of Procter and Gamble"), when the words
 * after the "and" are the firm's own ("Merrill Lynch and Co", "Alex Brown
 * and Sons", "Savings and Loan", "Bank and Trust Co"), or when up to
 * three words after it end in an organisation's or a company's word
 * ("Harper and Row Publishers Inc", "Hongkong and Shanghai Banking
 * Corp") with no person, listed organisation or list of names on either
 * side. */
static int32_t and_org_end(ctx *x, int32_t a0, int32_t b, int32_t *from)
{
    /* the capitalised words after the "and", up to four, in its sentence */
    int32_t last = b + 2;
    while (last + 1 < x->nt && last < b + 5 && cap_word(x, last + 1) && x->t[last + 1].sent == x->t[b].sent &&
           x->t[last + 1].q == x->t[b].q)
        last++;
    for (int32_t e = last; e >= b + 2; e--) {
        if (listed_org(x, a0, e)) return e;
        /* (from the last word: "U.S. Securities and Exchange Commission";
         * from the last two after a connector: "Drew Peck of Donaldson
         * Lufkin and Jenrette") */
        if (b > a0 && listed_org(x, b, e)) {
            *from = b;
            return e;
        }
        if (b - 2 > a0 && is_connector(x, b - 2) && listed_org(x, b - 1, e)) {
            *from = b - 1;
            return e;
        }
    }
    if (word_is(x, b + 2, "co") || word_is(x, b + 2, "co.") || word_is(x, b + 2, "company") ||
        word_is(x, b + 2, "sons"))
        return b + 2;
    if (((word_is(x, b + 2, "loan") || word_is(x, b + 2, "loans")) && word_is(x, b, "savings")) ||
        (word_is(x, b + 2, "trust") && word_is(x, b, "bank")))
        return b + 2;
    if (b - a0 > 3 || last < b + 3 || word_in(x, b, and_ends)) return -1;
    /* the organisation's word that ends the name after the "and" */
    int32_t e = -1;
    /* (not round 20's firms' words, which end a second body's name
     * after the "and" as often as one body's: "Associated Press and
     * Television Networks", "Viacom and Sony Pictures", "Maritime Seafood
     * Processors and First Choice Foods"; a department's, "Measurement
     * and Control Division", "Bristol and West Building Society", joins) */
    static const char *const r20_words[] = {"stores", "media", "energy", "foods", "express", "records",
                                            "studios", "pictures", "hotels", "networks", "corps", "products",
                                            "properties", "investments", "labs",
                                            /* round 23's, likewise ("Tarnby and Zorn Mining Corp") */
                                            "mining", "utilities", "semiconductor", "works", "bancorporation",
                                            "patrol", "registry", "shimbun", NULL};
    for (int32_t k = b + 3; k <= last && e < 0; k++)
        if ((is_org_word(x, k) || word_in_buckets(x, k, coend_words)) && !word_in(x, k, r20_words)) e = k;
    if (e < 0) return -1;
    /* before the "and": no name of a person or a listed organisation,
     * no title, a place only first ("Texas Air"), no other "and" (a
     * list: "Wagner and Brown and AFG Industries Inc") */
    for (int32_t j = a0; j <= b; j++)
        if ((tflags(x, j) & (LX_GIVEN | LX_ORG | LX_TITLE | (j > a0 ? LX_COUNTRY | LX_CITY | LX_NAT : 0))) ||
            word_is(x, j, "and") || punct_is(x, j, '&'))
            return -1;
    /* after it: no person, no initials first ("PDVSA and Champlin
     * Petroleum", "Italy and ARCO Seed Co"), not the first word again
     * ("Westar Timber and Westar Petroleum"), no listed organisation
     * with or before the organisation's word ("Citibank and Chase
     * Manhattan Bank", "SNECMA of France and General Electric Co") */
    for (int32_t j = b + 2; j < e; j++)
        if (tflags(x, j) & LX_GIVEN) return -1;
    /* round 23 (ents23): nor a word that opens firms' names, no partner's
     * surname ("Emery and Federal Express Corp", "Tarnco and First Kelm
     * Corp": two firms; not "general", "american": "Transport and General
     * Workers Union", "Legal and General Group" are one) */
    static const char *const firm_opens[] = {"federal",  "national", "international", "united",
                                             "first",    "royal",    "allied",        "consolidated", NULL};
    if (word_in(x, b + 2, firm_opens)) return -1;
    if (((x->t[b + 2].flags & F_ACRO) && tl(x, b + 2) >= 2) ||
        (a0 < b && tl(x, b + 2) == tl(x, a0) && !memcmp(tx(x, b + 2), tx(x, a0), tl(x, a0))))
        return -1;
    if ((e > b + 3 && listed_org(x, b + 2, e - 1)) || listed_org(x, b + 2, e)) return -1;
    /* after one word: not initials ("EDS and Hughes Aircraft Co"), no
     * place or nationality first ("Continental and American Airlines") */
    if (a0 == b && (((x->t[b].flags & F_ACRO) && tl(x, b) >= 3) || (tflags(x, b + 2) & (LX_COUNTRY | LX_CITY | LX_NAT))))
        return -1;
    /* three words or more after the "and": not a name written apart */
    if (e > b + 3 && written_apart(x, b + 2, 2, b, e)) return -1;
    return e;
}

/* Round 18: whether the word at token a (n bytes) is the surname of a
 * person the article has named with a given name before ("Dennis Long …
 * Long said"), as the round 16 test for a listed city does. */
/* round 22 (ents22): whether the common word at a (n bytes) is the key
 * of an organisation of the article ("Bell Resources Ltd … Bell"), or the
 * last word of a person's name of the article whatever its first
 * ("Conrad Tarnby Black … Black said": surname_of_person asks for a listed
 * given name) */
static int common_names_entity(ctx *x, const uint32_t *part_key, const int32_t *by_part, uint32_t fmask, int32_t a,
                               size_t n)
{
    uint32_t h = hash_lower(tx(x, a), n);
    int32_t e = part_find(part_key, by_part, fmask, h);
    return e >= 0 && (x->ents[e].kind == ENT_ORG ||
                      (x->ents[e].kind == ENT_PERSON && x->ents[e].nwords >= 2 && x->ents[e].h_last == h));
}

static int surname_of_person(ctx *x, const uint32_t *part_key, const int32_t *by_part, uint32_t fmask, int32_t a,
                             size_t n)
{
    uint32_t h = hash_lower(tx(x, a), n);
    int32_t e = part_find(part_key, by_part, fmask, h);
    const char *nm = e >= 0 ? x->ents[e].name : NULL, *sp = nm ? strchr(nm, ' ') : NULL;
    return sp && x->ents[e].kind == ENT_PERSON && x->ents[e].h_last == h && (lx_flags(nm, (size_t)(sp - nm)) & LX_GIVEN);
}

/* Round 18 (ents18): whether "/" after token b joins two words of one
 * company's name ("Audio/Video Affiliates Inc"): no space around it and
 * an organisation's or company's word among the three after it (not
 * "Tampa/St. Petersburg", "the Liberal/Social Democratic alliance"). */
static int slash_joins(ctx *x, int32_t b)
{
    if (b + 3 >= x->nt || !punct_is(x, b + 1, '/') || x->t[b + 1].left_space || x->t[b + 1].right_space ||
        !cap_word(x, b + 2))
        return 0;
    /* not two names of their own: a listed one or initials on either
     * side ("Royal Dutch/Shell Group", "IMF/World Bank", "New York
     * Times/CBS News") */
    for (int32_t k = b; k <= b + 2; k += 2)
        if ((tflags(x, k) & LX_ORG) || ((x->t[k].flags & F_ACRO) && tl(x, k) >= 2)) return 0;
    if (is_org_word(x, b)) return 0; /* "International Monetary Fund/World Bank" */
    for (int32_t k = b + 3; k <= b + 5 && k < x->nt && cap_word(x, k); k++)
        if (is_org_word(x, k) || word_in_buckets(x, k, coend_words)) return 1;
    return 0;
}

/* Round 18: whether the one-word run at token a, before a number and a
 * lower-case word, names a product, a list or an edition ("the Fortune
 * 500 companies", "Halo 2 has sold"): no person's surname is so written
 * (a score, "Tarnby 64, Zorn 71", a share of votes, "Hale 52 pct", or a
 * year, "the Hale 1988 budget", aside). */
static int numbered_title(ctx *x, int32_t a)
{
    static const char *const unit[] = {"pct",    "percent", "per",   "points", "votes", "to",  "and", "or",
                                       "of",     "in",      "mln",   "million", "billion", "dlrs", "vs",
                                       "seats",  "delegates", "years", "yards", "minutes", NULL};
    if (a + 2 >= x->nt || x->t[a + 1].kind != T_WORD || !(x->t[a + 1].flags & F_DIGIT) || tl(x, a + 1) > 3 ||
        x->t[a + 2].kind != T_WORD || (x->t[a + 2].flags & (F_CAP | F_DIGIT)))
        return 0;
    for (size_t k = 0; k < tl(x, a + 1); k++)
        if (tx(x, a + 1)[k] < '0' || tx(x, a + 1)[k] > '9') return 0;
    return !word_in(x, a + 2, unit);
}

/* Whether the run a..b, no given name in it, follows a preposition of
 * place ("in", "at", "near", "from", "of", "outside") and precedes a comma
 * and a listed place ("in Burlington, Vermont", "of Burlington, Vt.",
 * "in Santos, Brazil's busiest harbour"): a town named by its state or country. */
static int town_before_state(ctx *x, int32_t a, int32_t b)
{
    static const char *const prep[] = {"in", "at", "near", "from", "of", "outside", NULL};
    /* (the comma and the preposition first: a name before a comma is
     * common, the place's look-up is not cheap) */
    if (a < 1 || b + 2 >= x->nt || !punct_is(x, b + 1, ',')) return 0;
    if (x->t[a - 1].kind != T_WORD || (x->t[a - 1].flags & F_CAP) || tl(x, a - 1) > 7 || !word_in(x, a - 1, prep))
        return 0;
    if (!cap_word(x, b + 2)) return 0;
    if (!(tflags(x, b + 2) & (LX_CITY | LX_COUNTRY))) {
        /* "Brazil's": the place's possessive */
        size_t n = strip_poss(tx(x, b + 2), tl(x, b + 2));
        if (n == tl(x, b + 2) || !(lx_flags(tx(x, b + 2), n) & (LX_CITY | LX_COUNTRY))) return 0;
    }
    for (int32_t j = a; j <= b; j++)
        if (tflags(x, j) & LX_GIVEN) return 0;
    return 1;
}

/* round 22 (ents22): "<PIRI.MI>", "[BTOM.MI]": the exchange's letters
 * after a ticker's dot name nothing */
static int ticker_suffix(ctx *x, int32_t a)
{
    if (!(x->t[a].flags & F_ACRO) || tl(x, a) > 2 || a < 2 || a + 1 >= x->nt) return 0;
    if (!punct_is(x, a - 1, '.') || x->t[a - 1].e != x->t[a].s || x->t[a - 2].e != x->t[a - 1].s) return 0;
    if (!(x->t[a - 2].flags & F_ACRO)) return 0;
    return (punct_is(x, a + 1, '>') || punct_is(x, a + 1, ']')) && x->t[a + 1].s == x->t[a].e;
}

/* Round 24 (ents24): whether word i is a capital letter and its period,
 * an initial ("L.") */
static inline int cap_initial(ctx *x, int32_t i)
{
    return x->t[i].kind == T_WORD && tl(x, i) == 2 && tx(x, i)[1] == '.' && tx(x, i)[0] >= 'A' && tx(x, i)[0] <= 'Z';
}

/* Round 23 (ents23): for a person's name a..b of a given name, one or
 * more middle names, a surname and a generational suffix ("Leonard
 * Dozier Hill III", "Tom A. Hale Jr."), the keys of its surname alone and
 * of its given name and surname ("Leonard Hill"), in k[0] and k[1]; 0
 * otherwise. Its last word, the suffix, keys no one ("III"). Without a
 * middle name ("Tom Hale Jr.") the surname alone only: "Tom Hale" is his
 * father as often. */
static void suffixed_name_keys(ctx *x, int32_t a, int32_t b, uint32_t *k)
{
    int32_t s = b - 1;
    if (s > a && punct_is(x, s, ',')) s--;
    /* (round 24: or an initial first, "L. Brent Hale Jr. … Hale": the
     * surname only) */
    int initial = cap_initial(x, a);
    if (s - a < 1 || x->t[s].kind != T_WORD || x->t[a].kind != T_WORD || !((tflags(x, a) & LX_GIVEN) || initial) ||
        !extract_name_suffix(tx(x, b), tl(x, b)))
        return;
    size_t fl = tl(x, a), sl = strip_poss(tx(x, s), tl(x, s));
    /* (the surname alone of "Tom Hale Jr." too: "Hale said" after him
     * is he, unless the article names Tom Hale after, who takes it) */
    k[0] = hash_lower(tx(x, s), sl);
    char key[96];
    if (initial || s - a < 2 || fl + 1 + sl > sizeof key) return;
    memcpy(key, tx(x, a), fl);
    key[fl] = ' ';
    memcpy(key + fl + 1, tx(x, s), sl);
    k[1] = hash_lower(key, fl + 1 + sl);
}

/* Round 23 (ents23): whether word b is one capital letter (no initial's
 * period) or a Roman numeral from II ("Series B", "Phase II", "Level
 * IV"). */
static int series_mark(ctx *x, int32_t b)
{
    const char *w = tx(x, b);
    size_t n = tl(x, b);
    if (x->t[b].kind != T_WORD || n > 4 || (x->t[b].flags & F_ABBR)) return 0;
    if (n == 1) return w[0] >= 'A' && w[0] <= 'Z' && !(b + 1 < x->nt && punct_is(x, b + 1, '.'));
    for (size_t i = 0; i < n; i++)
        if (w[i] != 'I' && w[i] != 'V' && w[i] != 'X') return 0;
    return 1;
}

/* Round 23 (ents23): whether the possessive word at token a, "'s" and
 * all (a typographic apostrophe read as a straight one), is a listed
 * organisation: "Lloyd's", "Sotheby's" (the lexicon holds names without
 * the possessive, the name of the person otherwise). */
static int listed_poss(ctx *x, int32_t a)
{
    char key[48];
    size_t n = 0, l = tl(x, a);
    const char *w = tx(x, a);
    if (l >= sizeof key) return 0;
    for (size_t i = 0; i < l; i++) {
        if ((unsigned char)w[i] == 0xE2 && i + 2 < l && (unsigned char)w[i + 1] == 0x80 &&
            (unsigned char)w[i + 2] == 0x99) {
            key[n++] = '\'';
            i += 2;
        } else
            key[n++] = w[i];
    }
    return (lx_flags(key, n) & LX_ORG) != 0;
}

/* Round 23 (ents23): whether "SA" at token a is South Africa, not a
 * company's legal suffix: alone in brackets as a country in a sports
 * list after another ("T Hale (Australia), J Tarnby (SA)"), or opening a headline before a
 * lower-case word in an article that names South Africa ("SA unveils
 * budget"). After a name it is the suffix ("Kelmco SA", "Tarn (Suisse)
 * SA"). */
static int sa_country(ctx *x, int32_t a)
{
    if (tl(x, a) != 2 || tx(x, a)[0] != 'S' || tx(x, a)[1] != 'A') return 0;
    if (a > 0 && a + 1 < x->nt && punct_is(x, a - 1, '(') && punct_is(x, a + 1, ')')) {
        /* (another country in brackets shortly before: a list) */
        for (int32_t j = a - 3; j >= 1 && j >= a - 14; j--)
            if (punct_is(x, j - 1, '(') && (tflags(x, j) & LX_COUNTRY)) return 1;
        return 0;
    }
    return sentence_initial(x, a) && a + 1 < x->nt && x->t[a + 1].kind == T_WORD && !(x->t[a + 1].flags & F_CAP) &&
           memmem(x->s, x->n, "South Africa", 12) != NULL;
}

/* round 22 (ents22): "Black Monday", "Super Tuesday", "Good Friday": a
 * day's name after one of these words is a day of the calendar or of the
 * markets, kind other (the day alone is a function word and was cut,
 * leaving "Black" a person) */
static int day_event(ctx *x, int32_t a, int32_t b)
{
    static const char *const day[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      "sunday", NULL};
    static const char *const lead[] = {"black", "super", "cyber", "good", "bloody", "ash", "holy", "easter",
                                       "shrove", "maundy", "palm", "whit", "giving", NULL};
    return b == a + 1 && x->t[b].kind == T_WORD && tl(x, b) >= 6 && tl(x, b) <= 9 && word_in(x, b, day) &&
           word_in(x, a, lead);
}

/* round 22 (ents22): "the port of Santos", "the city of Tarnby": a name
 * after a lower-case word of settlement and "of" is a place */
static int place_of(ctx *x, int32_t a)
{
    static const char *const land[] = {"port", "city", "town", "village", "province", "state", "island",
                                       "capital", "suburb", "region", "district", "county", "harbour",
                                       "harbor", NULL};
    if (a < 2 || !word_is(x, a - 1, "of")) return 0;
    int32_t w = a - 2;
    return x->t[w].kind == T_WORD && !(x->t[w].flags & F_CAP) && tl(x, w) <= 8 && word_in(x, w, land);
}

/* round 22 (ents22): "its Tarnby smelter", "the Kelmouth mine", "the
 * Hale oil field": a name before a lower-case word of a works or a field
 * is the place */
static int works_place(ctx *x, int32_t b)
{
    static const char *const works[] = {"smelter", "smelters", "refinery", "mine", "mines", "oilfield",
                                        "field", "colliery", NULL};
    /* (not a possessive, "Hale's mine"; not "fields" alone, a headline's
     * verb: "Hale fields questions") */
    int32_t n = b + 1;
    /* (a lower-case word of 3 to 9 letters next, asked first: cheap) */
    if (n >= x->nt || x->t[n].kind != T_WORD || (x->t[n].flags & F_CAP) || tl(x, n) < 3 || tl(x, n) > 9) return 0;
    if (strip_poss(tx(x, b), tl(x, b)) != tl(x, b)) return 0;
    if (word_is(x, n, "oil")) {
        n++; /* "the Hale oil field(s)" */
        if (n < x->nt && word_is(x, n, "fields")) return 1;
    }
    return n < x->nt && x->t[n].kind == T_WORD && !(x->t[n].flags & F_CAP) && tl(x, n) <= 9 &&
           word_in(x, n, works);
}

/* round 22 (ents22): "Brown, Baldwin Nisker Ltd", "Johnson, Lane, Space,
 * Smith and Co Inc", "McCarthy, Crisanti and Maffei Inc": a one-word name
 * before a comma and more partners' names ending in a company's suffix
 * opens the firm's name (no given name in it: "Tom Hale, Ana Reis and
 * Kelmouth Corp" is a list).  The run's last token, or -1. */
static int32_t comma_firm_end(ctx *x, int32_t a, int32_t b)
{
    static const char *const suffix[] = {"inc", "inc.", "ltd", "ltd.", "co", "co.", "corp", "corp.", "plc",
                                         "llc", "lp", "sa", "nv", "ag", "spa", "sons", NULL};
    /* (a word of the lexicons opens a list: "Exxon, Tarn and Hale Oil Co";
     * but a listed firm of partners goes on with its other partners'
     * names, suffix or not: "Merrill Lynch, Pierce, Fenner and Smith") */
    /* (the look-up of a run of two words or more, not cheap, is made
     * only for a chain that may be a firm's) */
    if (b + 3 >= x->nt || !punct_is(x, b + 1, ',') || (b == a && tflags(x, a))) return -1;
    /* (nor an adverb: "Finally, Kelmco Holdings Inc bought") */
    if (b == a && tl(x, a) > 4 && tx(x, a)[tl(x, a) - 1] == 'y' && tx(x, a)[tl(x, a) - 2] == 'l') return -1;
    int listed = -1; /* not asked yet */
#define COMMA_FIRM_LISTED() (listed < 0 ? (listed = b > a && listed_org(x, a, b)) : listed)
    /* the partner after the comma: a capitalised word of no lexicon
     * (most commas stop here) */
    if (!cap_word(x, b + 2) || (tflags(x, b + 2) & ~LX_COMMON) || x->t[b + 2].sent != x->t[a].sent) return -1;
    int commas = 1, and_at = -1;
    for (int32_t j = b + 3; j < x->nt && j <= b + 12; j++) {
        if (x->t[j].sent != x->t[a].sent) return -1;
        if (punct_is(x, j, ',')) {
            if (commas >= 2 && and_at == j - 2 && COMMA_FIRM_LISTED()) return j - 1; /* "... and Smith, said" */
            if (++commas > 3 || !cap_word(x, j - 1)) return -1;
            continue;
        }
        if (word_is(x, j, "and") || punct_is(x, j, '&')) {
            if (!cap_word(x, j - 1) || j + 1 >= x->nt || !cap_word(x, j + 1)) return -1;
            and_at = j;
            continue;
        }
        if (!cap_word(x, j)) {
            /* the listed firm's last partner after "and", two commas
             * before it */
            return commas >= 2 && and_at == j - 2 && COMMA_FIRM_LISTED() ? j - 1 : -1;
        }
        if (tl(x, j) <= 5 && word_in(x, j, suffix)) {
            /* the suffix is the firm's last word ("Co Inc": both) */
            while (j + 1 < x->nt && cap_word(x, j + 1) && tl(x, j + 1) <= 5 && word_in(x, j + 1, suffix)) j++;
            return b == a || COMMA_FIRM_LISTED() ? j : -1;
        }
        /* (no listed name, given name, title or function word) */
        if (tflags(x, j) & ~LX_COMMON) return -1;
    }
    return -1;
#undef COMMA_FIRM_LISTED
}

/* Round 24 (ents24): a company's legal suffix, the last word of its name */
static const char *const legal_suffix[] = {"inc",  "inc.", "ltd",  "ltd.", "plc", "corp", "corp.", "co",
                                           "co.",  "llc",  "gmbh", "ag",   "sa",  "nv",   "bv",    "pty",
                                           "limited", NULL};

/* Round 24 (ents24): the last token of a company's name going on after
 * word b with a bracketed part and its legal suffix ("Kelmco Securities
 * (Europe) Ltd", "Hale (UK) Ltd"), after a comma and its suffix alone
 * ("Zornco, Inc., said"), or with a lower-case company word and the
 * suffix ("Hale Medical group Inc"); else -1.  Cut after its first words,
 * the suffix was left alone and taken for the speaker of the firm's
 * quote ("Ltd said"). */
static int32_t firm_tail_end(ctx *x, int32_t b)
{
    static const char *const lower_coword[] = {"group", "co", "corp", "company", "holdings", "industries", NULL};
    int32_t j = b + 1;
    if (j + 1 >= x->nt) return -1;
    if (punct_is(x, j, '(')) {
        /* one to three capitalised words, then ")" and the suffix */
        int32_t k = j + 1;
        while (k < x->nt && k <= j + 3 && cap_word(x, k) && x->t[k].sent == x->t[b].sent) k++;
        if (k == j + 1 || k + 1 >= x->nt || !punct_is(x, k, ')') || !cap_word(x, k + 1) || tl(x, k + 1) > 7 ||
            !word_in(x, k + 1, legal_suffix))
            return -1;
        return k + 1;
    }
    if (punct_is(x, j, ',')) {
        /* the suffix, and no capitalised word after it ("Dublin, Co.
         * Mayo" is a county) */
        if (!cap_word(x, j + 1) || tl(x, j + 1) > 5 || !word_in(x, j + 1, legal_suffix) ||
            x->t[j + 1].sent != x->t[b].sent || (j + 2 < x->nt && cap_word(x, j + 2)))
            return -1;
        return j + 1;
    }
    if (x->t[j].kind == T_WORD && !(x->t[j].flags & F_CAP) && tl(x, j) <= 10 && cap_word(x, j + 1) &&
        tl(x, j + 1) <= 5 && x->t[j + 1].sent == x->t[b].sent && word_in(x, j, lower_coword) &&
        word_in(x, j + 1, legal_suffix))
        return j + 1;
    return -1;
}

/* The test most run ends stop at before firm_tail_end (13 M instructions
 * on real news called at every run's end): a "(", or a comma or a word
 * followed by a short capitalised word. */
static inline int firm_tail_may(const ctx *x, int32_t b)
{
    if (b + 2 >= x->nt) return 0;
    const tk *n = &x->t[b + 1], *n2 = &x->t[b + 2];
    if (n->kind == T_PUNCT && n->cp == '(') return 1;
    return (n->kind == T_WORD || (n->kind == T_PUNCT && n->cp == ',')) && (n2->flags & F_CAP) && n2->e - n2->s <= 5;
}

/* A bit for each token with F_CAP (which tokenize_text sets on words
 * only), 64 tokens a word, then a word with its lowest bit set (the
 * token after the last word's, nt or past it): find_entities goes from
 * one capital to the next by a bit scan (speed round 21: a scan of the
 * tokens from each run's end, four at a time and then one by one,
 * mispredicted the two loops' exits a million times on real news). */
static uint64_t *cap_token_bits(ctx *x)
{
    size_t nw = ((size_t)x->nt + 63) / 64;
    uint64_t *bits = arena_alloc(x->a, sizeof *bits * (nw + 1));
    if (!bits) return NULL;
    _Static_assert(F_CAP == 1, "cap_token_bits shifts the F_CAP bit");
    const tk *t = x->t;
    int32_t full = x->nt / 64;
    for (int32_t w = 0; w < full; w++, t += 64) {
        uint64_t m = 0;
#pragma GCC unroll 8
        for (int k = 0; k < 64; k += 8) {
            const tk *u = t + k;
            uint32_t b8 = (uint32_t)(u[0].flags & F_CAP) | (uint32_t)(u[1].flags & F_CAP) << 1 |
                          (uint32_t)(u[2].flags & F_CAP) << 2 | (uint32_t)(u[3].flags & F_CAP) << 3 |
                          (uint32_t)(u[4].flags & F_CAP) << 4 | (uint32_t)(u[5].flags & F_CAP) << 5 |
                          (uint32_t)(u[6].flags & F_CAP) << 6 | (uint32_t)(u[7].flags & F_CAP) << 7;
            m |= (uint64_t)b8 << k;
        }
        bits[w] = m;
    }
    if ((size_t)full < nw) {
        uint64_t m = 0;
        for (int32_t k = 0; k < x->nt - full * 64; k++) m |= (uint64_t)(t[k].flags & F_CAP) << k;
        bits[full] = m;
    }
    bits[nw] = 1;
    return bits;
}

/* The first token from i on (0 <= i < nt) with F_CAP, or nt. */
static inline int32_t next_cap_bit(const uint64_t *bits, int32_t i, int32_t nt)
{
    size_t w = (size_t)i >> 6;
    uint64_t m = bits[w] >> (i & 63);
    if (m) return i + __builtin_ctzll(m);
    while (!bits[++w]) {}
    int64_t r = (int64_t)(w * 64) + __builtin_ctzll(bits[w]);
    return r < nt ? (int32_t)r : nt;
}

/* Whether token i is a word without a capital of four bytes or more:
 * no capitalised run goes on over it (find_entities' run loop). */
static inline int run_ends_at_long_lower(const ctx *x, int32_t i)
{
    const tk *t = &x->t[i];
    return (t->kind == T_WORD) & !(t->flags & F_CAP) & (t->e - t->s > 3);
}

int find_entities(ctx *x)
{
    /* one entity and one mention at most per run of capitalised words,
     * and every run holds one */
    x->cap_ents = x->n_caps + 4;
    x->cap_ms = x->n_caps + 4;
    x->ents = arena_alloc(x->a, sizeof(xent) * (size_t)x->cap_ents);
    x->ms = arena_alloc(x->a, sizeof(xmention) * (size_t)x->cap_ms);
    /* the entities by full-name hash (open addressing, index + 1; a
     * later entity of one hash replaces the earlier, as the backward scan
     * this replaces found the latest): a scan of every entity per run was
     * quadratic in a long article's names */
    uint32_t fmask = 15;
    while (fmask < (uint32_t)x->cap_ents * 2) fmask = fmask * 2 + 1;
    int32_t *by_full = arena_calloc(x->a, (size_t)fmask + 1, sizeof *by_full);
    /* persons of two words or more by the hash of their surname and of
     * their given name (key, entity + 1; the latest of a key kept): where a
     * one-word mention links */
    uint32_t *part_key = arena_alloc(x->a, sizeof *part_key * ((size_t)fmask + 1));
    int32_t *by_part = arena_calloc(x->a, (size_t)fmask + 1, sizeof *by_part);
    x->orgw = arena_calloc(x->a, (size_t)x->nt + 1, 1);
    if (!x->ents || !x->ms || !by_full || !part_key || !by_part || !x->orgw) return -1;
    int nweak = 0; /* weak entities made: drop_weak has work */
    int32_t tc_end = -1; /* title-case text: the end of the last run cut by breaks_name */
    int32_t works_at = -1; /* the run after "Steve Chronowitz of": no person */
    const uint64_t *caps = cap_token_bits(x);
    if (!caps) return -1;
    for (int32_t i = 0; i < x->nt; i++) {
        if ((i = next_cap_bit(caps, i, x->nt)) >= x->nt) break;
        if (!cap_word(x, i)) continue;
        /* "\n Reuter" closing the article: a sign-off, no mention */
        if (x->nt - i <= 12 && signoff_para(x, i)) break;
        /* the maximal run of capitalised words (with connectors) */
        int32_t a = i, b = i;
        int poss_name = 0; /* a plural's possessive inside: "People's Daily" */
        int do_join = 0;   /* "do" joined the run: "Banco do Brasil" */
        int32_t e_tail;
        while (b + 1 < x->nt) {
            /* speed round 21: a lower-case word of four letters or more
             * after the run (most runs' end) joins by none of the tests
             * below (a capital, or a connector, "on", "and" or "do" of
             * three letters at most): one look at it */
            if (run_ends_at_long_lower(x, b + 1)) {
                /* (but "Hale Medical group Inc": firm_tail_end, asked
                 * only with a capital after the word) */
                if (!firm_tail_may(x, b) || (e_tail = firm_tail_end(x, b)) < 0) break;
                b = e_tail;
                continue;
            }
            if (cap_word(x, b + 1) && x->t[b + 1].para == x->t[b].para && x->t[b + 1].q == x->t[a].q &&
                x->t[b + 1].sent == x->t[b].sent && !((x->t[b].flags & F_ABBR) && place_abbr_ends(x, b)))
                b++;
            else if (b + 2 < x->nt && (is_connector(x, b + 1) || punct_is(x, b + 1, '&')) && cap_word(x, b + 2) &&
                     !(word_is(x, b + 1, "for") && (tflags(x, b + 2) & (LX_GIVEN | LX_TITLE))))
                b += 2; /* not "Strategists for Barack Obama" */
            else if (word_is(x, b + 1, "on") && on_joins(x, b))
                b += 2; /* "General Agreement on Tariffs and Trade" */
            /* "Standard and Poor’s", "Securities and Exchange Commission",
             * "Harper and Row Publishers Inc": "and" inside an
             * organisation's name (and_org_end) */
            else if (b + 2 < x->nt && word_is(x, b + 1, "and") && cap_word(x, b + 2)) {
                int32_t a0 = a; /* "The Food and Drug Administration" */
                while (a0 < b && (tflags(x, a0) & LX_FUNC)) a0++;
                int32_t from = a0, e = and_org_end(x, a0, b, &from);
                if (e < 0) break;
                /* "Dudley Heer of Duff and Phelps": a name of two words
                 * or more, then "of" or "for" before the listed one, is
                 * a run of its own ("Shares of" is stripped below) */
                if (from - 2 > a && is_connector(x, from - 1)) {
                    b = from - 2;
                    break;
                }
                b = e;
            } else if (punct_is(x, b + 1, '/') && slash_joins(x, b))
                b += 2; /* round 18: "Audio/Video Affiliates Inc" */
            /* round 22 (ents22): "Banco do Brasil", "General Motors do
             * Brasil", "Mato Grosso do Sul": Portuguese "do" before a
             * place joins the name (not "Americans do Brazil a favour") */
            else if (b + 2 < x->nt && tx(x, b + 1)[0] == 'd' && tl(x, b + 1) <= 3 && x->t[b + 1].kind == T_WORD &&
                     (word_is(x, b + 1, "do") || word_is(x, b + 1, "dos") || word_is(x, b + 1, "das")) &&
                     cap_word(x, b + 2) && !(tflags(x, b) & LX_NAT) &&
                     ((tflags(x, b + 2) & (LX_COUNTRY | LX_CITY)) || word_is(x, b + 2, "sul") ||
                      word_is(x, b + 2, "norte")))
                b += 2, do_join = 1;
            else if (firm_tail_may(x, b) && (e_tail = firm_tail_end(x, b)) > b)
                b = e_tail;
            else break;
        }
        i = b;
        /* round 22 (ents22): the exchange's letters of a ticker */
        if (a == b && ticker_suffix(x, a)) continue;
        int comma_firm = 0;
        if (b + 3 < x->nt && x->t[b + 1].kind == T_PUNCT && x->t[b + 1].cp == ',' && b - a <= 2) {
            int32_t fe = comma_firm_end(x, a, b);
            if (fe > b) b = i = fe, comma_firm = 1;
        }
        /* title-case text: the run ends before a capitalised function word
         * or auxiliary ("Ana Reis Just Named A Pilot"); the next
         * run starts there (its leading breaker stripped below) */
        for (int32_t j = a + 1; j <= b; j++) {
            if (breaks_name(x, j)) {
                tc_end = b;
                b = j - 1;
                i = j - 1;
                break;
            }
            /* (round 21: a headline's verb between two names is no
             * mention; the next run starts after it) */
            if (j + 2 <= b && headline_verb(x, a, j, b)) {
                tc_end = b;
                b = j - 1;
                i = j;
                break;
            }
        }
        /* "Bernie Sanders of Vermont": a given name's person, then "of" and
         * a place */
        if (b - a >= 3 && word_is(x, b - 1, "of") && (tflags(x, b) & (LX_COUNTRY | LX_CITY)) &&
            !is_org_word(x, b - 2) && !(tflags(x, b - 2) & LX_TITLE)) {
            int person = 0;
            for (int32_t j = a; j < b - 2; j++) person |= (tflags(x, j) & (LX_GIVEN | LX_TITLE)) != 0;
            if (person) {
                b -= 2;
                i = b;
            }
        }
        /* "Charles Lee of Merrill Lynch and Co", "Steve Chronowitz of Smith
         * Barney": a given name and a surname (an initial between), then
         * "of" and where the person works: the person ends at "of", the
         * company is a run of its own (not "Mary Queen of Scots", "Duke of
         * York": a title or an organisation word before the "of") */
        if (b - a >= 3) {
            /* the given name first, or after one word ("Analyst Charles …") */
            int32_t g = (tflags(x, a) & LX_GIVEN) ? a : (tflags(x, a + 1) & LX_GIVEN) ? a + 1 : b;
            for (int32_t k = g + 2; k <= g + 3 && k < b; k++)
                if (word_is(x, k, "of")) {
                    if (!(tflags(x, k - 1) & (LX_TITLE | LX_ORG | LX_COUNTRY | LX_CITY)) && !is_org_word(x, k - 1)) {
                        b = k - 1;
                        i = b;
                        works_at = k + 1;
                    }
                    break;
                }
        }
        /* possessive inside the run ends it: "Russia’s NATO" */
        for (int32_t j = a; j < b; j++)
            if (strip_poss(tx(x, j), tl(x, j)) != tl(x, j)) {
                /* but "Moody’s Investors Service Inc": a listed company
                 * before the name's own organisation word */
                if ((tflags(x, j) & LX_ORG) && is_org_word(x, b)) continue;
                /* round 15: "People's Daily", "National People's Congress" */
                if (collective_poss(x, j) && cap_word(x, j + 1)) {
                    poss_name = 1;
                    continue;
                }
                b = j;
                i = j;
                break;
            }
        /* round 15 (ents15): "GATT Michael Samuels": the initials end the
         * run, the name is the next */
        if (b - a >= 2 && ((x->t[a].flags & F_ACRO) || (tflags(x, a) & LX_FUNC))) {
            int32_t o = initials_before_name(x, a, b);
            if (o >= 0) {
                b = o;
                i = o;
            }
        }
        /* leading sentence-initial function words and month/day names
         * ("First" opens a bank's name: "First Boston Corp", "First
         * National Bank of Chicago") */
        /* round 20 (ents20): "the All Blacks", "former All Saints singer":
         * "All" written with a capital inside a sentence opens a team's or
         * a band's name (kept; no person's, below) */
        /* (the day is a function word: its flags first, cached) */
        int day_ev = b == a + 1 && (tflags(x, b) & LX_FUNC) && day_event(x, a, b);
        int all_name = a < b && tl(x, a) == 3 && word_is(x, a, "all") && !sentence_initial(x, a) &&
                       !(x->t[a + 1].flags & F_ACRO) && !(tflags(x, a + 1) & (LX_ORG | LX_COUNTRY | LX_CITY));
        while (a <= b && !all_name && !day_ev &&
               (((tflags(x, a) & (LX_FUNC | LX_PRONOUN)) && !(x->t[a].flags & F_ACRO) &&
                 !(a < b && word_is(x, a, "first") && (is_org_word(x, b) || word_in_buckets(x, b, coend_words) ||
                                                       org_of(x, a, b)))) ||
                breaks_name(x, a) || (a < b && ((tflags(x, a) & LX_CUE) || tl(x, a) == 9) && cue_opens(x, a, b))))
            a++;
        /* round 16 (ents16): "Shares of Alcoa rose", "Sales of U.S. cars",
         * "Supporters of Sanders": a plural opening the sentence, no word
         * of the lexicons, is a common noun before the name's "of" */
        if (a + 2 <= b && word_is(x, a + 1, "of") && !tflags(x, a) && tl(x, a) >= 4 &&
            tx(x, a)[tl(x, a) - 1] == 's' && tx(x, a)[tl(x, a) - 2] != 's' && !(x->t[a].flags & F_ACRO) &&
            !is_org_word(x, a) && sentence_initial(x, a))
            a += 2;
        /* round 15: "Chinese-made Silkworm", "Democratic-led Congress"
         * (a word no lexicon holds, asked first: cheap) */
        if (a < b && x->t[a].kind == T_WORD && !tflags(x, a) && tl(x, a) >= 7 && hyphen_adjective(x, a)) a++;
        /* in title-case text, adverbs and participles open no name
         * ("Now Calling Obama", "Actually Fighting") */
        if (a <= tc_end)
            while (a <= b && verbish(x, a)) a++;
        if (a < b && opening_adverb(x, a))
            for (a++; a < b && (tflags(x, a) & LX_FUNC) && !(x->t[a].flags & F_CAP);) a++;
        /* (a partners' firm whose first word was stripped opens at its
         * next word, not at the comma) */
        if (comma_firm)
            while (a < b && x->t[a].kind != T_WORD) a++;
        /* drop trailing function words too (connectors were only inside) */
        while (b >= a && !day_ev && (tflags(x, b) & LX_FUNC) && !(tflags(x, b) & (LX_ORG | LX_GIVEN))) b--;
        /* in title-case text a participle closes no name of three words or
         * more ("Tomas Varga Running"; "Xi Jinping" keeps its two) */
        if (a <= tc_end)
            while (b - a >= 2 && verbish(x, b)) b--;
        if (a > b) continue;
        /* "Republican Donald Trump": a nationality or party adjective
         * before a given name is stripped like a title */
        /* (round 24: not before a party's or a body's word that ends
         * an organisation's name, "Irish Republican Army") */
        while (a < b && (tflags(x, a) & LX_NAT) && (tflags(x, a + 1) & (LX_GIVEN | LX_TITLE | LX_NAT)) &&
               !((tflags(x, a + 1) & LX_NAT) && is_org_word(x, b)))
            a++;
        /* a role and no name: "Finance Minister", "Secretary of State",
         * "U.S. Trade Representative" (title words with portfolios,
         * places and nationalities) */
        if (b > a && (tflags(x, b) & LX_TITLE)) {
            int role = 0, other = 0;
            for (int32_t j = a; j <= b && !other; j++) {
                if (x->t[j].kind != T_WORD || is_connector(x, j)) continue;
                uint32_t f = tflags(x, j);
                if (f & LX_TITLE) role = 1;
                else if (!(f & (LX_COUNTRY | LX_CITY | LX_NAT)) && !is_portfolio(x, j)) other = 1;
            }
            if (role && !other) continue;
            /* round 24 (ents24): "Federal Reserve Chairman", "Kelmco
             * President": an organisation and a title, no name after, is
             * the organisation (the title was a person's name's end) */
            /* (an office's title only: "General", "Leader", "King" end
             * firms', papers' and persons' names, "Media General", "Union
             * Leader", "BB King"; nor a line in capitals) */
            static const char *const office[] = {"chairman", "president", "vice-president", "secretary",
                                                 "treasurer", "commissioner", "spokesman", "spokeswoman",
                                                 "governor", "minister", "speaker", "representative",
                                                 "justice", "candidate", "mep", "chancellor", NULL};
            int32_t c = b - 1;
            if (other && c >= a && x->t[c].kind == T_WORD && !(tflags(x, a) & LX_GIVEN) && word_in(x, b, office) &&
                !all_upper_run(x, a, b) &&
                (is_org_word(x, c) || word_in_buckets(x, c, coend_words) || (a == c && (x->t[a].flags & F_ACRO)) ||
                 listed_org(x, a, c)))
                b = c;
        }
        /* titles: strip up to the last title word that has a name after */
        const char *title = NULL;
        int32_t last_title = -1;
        for (int32_t j = a; j < b; j++)
            /* a role noun before a given name is a title too: "FBI
             * Director James Comey", "Spokesman Josh Earnest" */
            if (title_at(x, j) || (j == a && tx(x, j)[tl(x, j) - 1] == 's' && plural_title(x, j, b)) ||
                (j == a && occupation_opens(x, a, b)))
                last_title = j; /* round 15: "Vice-Chairman" too */
        /* "General Motors Corp", "National Bank": a company word at the end
         * makes the title word part of an organisation's name */
        if (last_title >= 0 &&
            (is_org_word(x, b) || is_other_word(x, b) || is_other_word(x, last_title + 1) || listed_org(x, a, b)) &&
            !(tflags(x, last_title + 1) & LX_GIVEN))
            last_title = -1; /* round 14: "General Agreement on Tariffs and Trade" */
        if (last_title >= 0) {
            int32_t ts = last_title;
            while (ts > a && ((tflags(x, ts - 1) & LX_TITLE) || hyphen_title(x, ts - 1))) ts--;
            title = arena_strndup(x->a, tx(x, ts), x->t[last_title].e - x->t[ts].s);
            a = last_title + 1;
            int conn = 0;
            while (a < b && is_connector(x, a)) a += 2, conn = 1;
            /* round 15: "Under-Secretary of State for Economic Affairs
             * Jon Piet": after a word of the lexicon ("Affairs"; not a
             * name's first word, "Yusuf Ali Osman") the name is the
             * given name's */
            for (int32_t g = a + 1; conn && g < b && tflags(x, a) && !(tflags(x, a) & LX_GIVEN); g++)
                if (tflags(x, g) & LX_GIVEN) a = g;
            if (a > b) continue;
        }
        /* round 23 (ents23): "the secretary of State Ana Reis": a
         * portfolio after "of" and a lower-case title is the title's, no
         * part of the name ("State Ana Reis"; capitalised, the title
         * loop above took it) */
        if (!title && b > a && a >= 2 && word_is(x, a - 1, "of") && is_portfolio(x, a) && cap_word(x, a + 1) &&
            x->t[a - 2].kind == T_WORD && !(x->t[a - 2].flags & F_CAP) && (tflags(x, a - 2) & LX_TITLE) &&
            /* (not a company's: "chairman of General Electric Co") */
            !is_org_word(x, b) && !word_in_buckets(x, b, coend_words) && !(tflags(x, a + 1) & LX_ORG))
            a++;
        /* round 23: "Alex. Brown and Sons Inc": a short given name and its
         * period (which closed a sentence) before a firm's name ending in
         * a legal suffix open that name (no capitalised word before it) */
        if (!title && a >= 2 && b > a + 1 && punct_is(x, a - 1, '.') && !x->t[a - 1].left_space &&
            x->t[a - 2].kind == T_WORD && (x->t[a - 2].flags & F_CAP) && tl(x, a - 2) <= 5 &&
            (tflags(x, a - 2) & LX_GIVEN) && !(a >= 3 && cap_word(x, a - 3)) && word_in_buckets(x, b, coend_words) &&
            !(tflags(x, a) & (LX_GIVEN | LX_TITLE))) {
            /* mentions are in text order and apart: the given name may have
             * been linked already, as the first word of the same firm
             * named before ("Alex. Brown and Sons Inc … Alex. Brown and
             * Sons Inc"); that mention gives way when its entity has
             * others, else the name is not extended */
            xmention *pm = x->nms ? &x->ms[x->nms - 1] : NULL;
            if (pm && pm->t1 >= a - 2 && pm->t0 == a - 2 && pm->t1 == a - 2 && x->ents[pm->ent].n_mentions > 1) {
                x->ents[pm->ent].n_mentions--;
                x->nms--;
                pm = x->nms ? &x->ms[x->nms - 1] : NULL;
            }
            if (!pm || pm->t1 < a - 2) a -= 2;
        }
        /* "Tom Hale, Jr., the chairman, said": a generational suffix set
         * off by commas after a name opening with a given name is part of
         * it (alone it names no one, below, and was taken for the
         * speaker) */
        /* (round 24: or with an initial, "L. Brent Hale, Jr., said") */
        if (b > a && b + 2 < x->nt &&
            ((tflags(x, a) & LX_GIVEN) ||
             cap_initial(x, a)) &&
            punct_is(x, b + 1, ',') &&
            x->t[b + 2].kind == T_WORD && extract_name_suffix(tx(x, b + 2), tl(x, b + 2)) &&
            (b + 3 >= x->nt || x->t[b + 3].kind != T_WORD))
            b += 2;
        size_t full_len = x->t[b].e - x->t[a].s;
        if (x->t[b].kind == T_WORD) full_len -= tl(x, b) - strip_poss(tx(x, b), tl(x, b)) + final_period(x, b);
        uint32_t lf = run_lx_flags(x, a, b, full_len);
        int32_t nwords = b - a + 1;
        ent_kind kind;
        /* round 14 (ents): "the U.S. Trade deficit", "the U.S. Dollar": a
         * place and a noun of the economy written with a capital are the
         * place (not "China Daily", "Texas Eastern", "Boston Five") */
        static const char *const econ[] = {"dollar", "dollars", "currency", "market", "markets", "economy",
                                           "trade", "totalled", "exports", "imports", NULL};
        if (nwords == 2 && x->t[b].kind == T_WORD && (tflags(x, a) & (LX_COUNTRY | LX_CITY)) &&
            !(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_NOTNAME)) && word_in(x, b, econ)) {
            b = a;
            nwords = 1;
            full_len = x->t[a].e - x->t[a].s - final_period(x, a);
            lf = run_lx_flags(x, a, a, full_len);
        }
        /* round 14 (ents): "GMT", "Feb.", "Baa", "FULL TEXT": no entity;
         * but a rating in capitals repeats one letter ("AA", "BBB"): "BA",
         * "BAA" so written are initials (British Airways) */
        if (lf & LX_NOENT) {
            int initials = nwords == 1 && (x->t[a].flags & F_ACRO), mixed = 0;
            for (size_t k = 0; initials && k < tl(x, a); k++) {
                char c = tx(x, a)[k];
                initials = c == 'A' || c == 'B' || c == 'C';
                mixed |= c != tx(x, a)[0];
            }
            if (!initials || !mixed) continue;
        }
        int weak = 0;
        if (nwords == 1 && (lf & LX_COMMON) && !(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_GIVEN))) {
            /* "Western currencies", "Chapter 11", "Nine mths": a modifier
             * (not a name of the article's: "James Day ... Day said") */
            int part = part_find(part_key, by_part, fmask, hash_lower(tx(x, a), full_len)) >= 0;
            if (!part && b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP)) continue;
            /* "on April Six": a day's number after a month */
            static const char *const month[] = {"january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december", NULL};
            if (!part && a > 0 && (x->t[a - 1].flags & F_CAP) && word_in(x, a - 1, month)) continue;
            /* "People wanting …", "World sugar …": a common word opening a
             * sentence or a table's row, kept if the article writes it so
             * inside a sentence too */
            weak = sentence_initial(x, a);
        }
        /* a heading in capitals: its listed names only (a company's name
         * in capitals, "UNION CAMP CORP", is one); a word of four letters
         * or more tells a heading from initials ("U.S. EPA") */
        if (nwords >= 2 && ((x->t[b].flags & F_ACRO) || (tl(x, b) == 1 && (x->t[b].flags & F_CAP))) &&
            !(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_NOTNAME)) &&
            all_upper_run(x, a, b) && !caps_company(x, a, b)) {
            int word = 0;
            for (int32_t j = a; j <= b && !word; j++)
                word = x->t[j].kind == T_WORD && tl(x, j) >= 4 && !memchr(tx(x, j), '.', tl(x, j));
            if (word) {
                nweak += heading_mentions(x, a, b, by_full, fmask);
                continue;
            }
        }
        int amp = 0, camel = 0; /* "Standard & Poor's", "AT&T": a company */
        int titled_work = 0; /* round 17: a title (after a work noun, in quotation marks ...) */
        for (int32_t j = a; j < b; j++) amp |= punct_is(x, j, '&');
        /* a lone letter ("S" of S&P, an initial) or company suffix
         * ("Co", "Inc") names nothing by itself */
        if (nwords == 1 && (tl(x, a) == 1 || (tl(x, a) == 2 && tx(x, a)[1] == '.') ||
                            (is_org_word(x, a) && !(lf & LX_ORG))))
            continue; /* "Mr P." too */
        /* round 23 (ents23): a generational suffix alone, cut from its
         * name by a comma or a title word ("William Tarn, Jr.", "Martin
         * Luther King Jr. holiday"), names no one by itself */
        if (nwords == 1 && tl(x, a) <= 4 && (tx(x, a)[0] == 'J' || tx(x, a)[0] == 'S' || tx(x, a)[0] == 'I') &&
            extract_name_suffix(tx(x, a), tl(x, a)))
            continue;
        /* round 22 (ents22): "Banque Tarn (Luxembourg) SA", "Bank of Kelm NT
         * and SA": a company's legal suffix after a bracket or "and" is
         * the end of the name before, no name itself */
        /* (round 23: or after a comma, a ticker's ">" or a capitalised
         * word: "Petroleos de Tarn, S.A.", "Kelm International <KLM.Z> SA",
         * "Cote d'Or SA") */
        if (nwords == 1 && tl(x, a) <= 4 && a > 0 &&
            (punct_is(x, a - 1, ')') || word_is(x, a - 1, "and") || punct_is(x, a - 1, '&') ||
             punct_is(x, a - 1, '>') || cap_word(x, a - 1) ||
             (a > 1 && punct_is(x, a - 1, ',') && cap_word(x, a - 2)))) {
            static const char *const legal[] = {"sa", "ag", "nv", "spa", "plc", "s.a.", NULL};
            if (word_in(x, a, legal)) continue;
        }
        /* round 22 (ents22): "the FTSE 100 index", "the Nikkei 225 share
         * average": initials before a number and "index" or "share" name
         * a market's index, no organisation */
        if (nwords == 1 && (x->t[a].flags & F_ACRO) && b + 2 < x->nt && x->t[b + 1].kind == T_WORD &&
            tx(x, b + 1)[0] >= '0' && tx(x, b + 1)[0] <= '9' &&
            (word_is(x, b + 2, "index") || word_is(x, b + 2, "share") || word_is(x, b + 2, "stock")))
            continue;
        /* "UP", "OFF" in a heading; "MAY7", "DEC7" (Reuters date stamps) */
        if (nwords == 1 && !(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_GIVEN))) {
            /* a break word; an abbreviation ("No.", "Corp.") */
            if (tflags(x, a) & (LX_BREAK | LX_ABBR)) continue;
            if (x->t[a].flags & F_ACRO) {
                /* "BILLION", "COMPANY": a heading's word in capitals (an
                 * acronym is shorter) */
                if (tl(x, a) > 6) continue;
                int digit = 0;
                for (size_t k = 0; k < tl(x, a); k++) digit |= tx(x, a)[k] >= '0' && tx(x, a)[k] <= '9';
                if (digit) continue;
            }
            /* "London-based"; "I-Vt", "R-Texas" (party and state) */
            size_t wn = tl(x, a);
            const char *w = tx(x, a);
            if (wn > 6 && !memcmp(w + wn - 6, "-based", 6)) continue;
            /* "PACs", "DVDs", "MEPs": an acronym in the plural is a common
             * noun */
            if (wn >= 3 && w[wn - 1] == 's') {
                size_t k = 0;
                while (k < wn - 1 && w[k] >= 'A' && w[k] <= 'Z') k++;
                if (k == wn - 1) continue;
            }
            /* "BBB-plus", "AA-minus": a rating */
            if ((wn > 5 && !memcmp(w + wn - 5, "-plus", 5)) || (wn > 6 && !memcmp(w + wn - 6, "-minus", 6)))
                continue;
            if (wn >= 3 && w[1] == '-' && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I')) continue;
            /* "Commerce" alone (of "Commerce Secretary X"); round 15:
             * "Vice-Chairman" alone */
            if (is_portfolio(x, a) || hyphen_title(x, a)) continue;
        }
        /* "New York-based", "Hong Kong-based": an adjective */
        if (nwords > 1 && tl(x, b) > 6 && !memcmp(tx(x, b) + tl(x, b) - 6, "-based", 6)) continue;
        /* "Analysts said", "told MPs", "Labour MPs", "U.S. Officials": a
         * plural role noun ends no name */
        if (!(lf & (LX_ORG | LX_COUNTRY | LX_CITY | LX_NAT)) && !(tflags(x, a) & LX_GIVEN) &&
            plural_role(x, b) && !(b - a >= 2 && org_of(x, a, b))) /* round 16: "House of Lords" */
            continue;
        if (nwords > 1 && (lf & LX_NAT) && !(lf & (LX_ORG | LX_COUNTRY | LX_CITY))) {
            /* "West German", "Soviet Union" is a country: a two-word
             * adjective names no entity */
            if (b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP)) continue;
            kind = ENT_OTHER;
        } else if (nwords == 1 && (lf & LX_NAT) && !(lf & (LX_ORG | LX_COUNTRY | LX_CITY))) {
            /* "Russian president", "Democratic pollster": an adjective, no
             * entity; "the Russians", "Republicans": a group, no person */
            const char *w = tx(x, a);
            size_t wn = tl(x, a);
            int plural = wn > 3 && w[wn - 1] == 's' && w[wn - 2] != 's';
            if (!plural && b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP)) continue;
            kind = ENT_OTHER;
        } else if (lf & LX_ORG) kind = ENT_ORG;
        else if (lf & (LX_COUNTRY | LX_CITY)) kind = ENT_PLACE;
        /* round 18: a common word that is the surname of a person the
         * article has named with a given name ("Dennis Long … Long said")
         * is that person */
        else if (nwords == 1 && (lf & LX_COMMON) && !(lf & LX_NOTNAME) &&
                 (surname_of_person(x, part_key, by_part, fmask, a, full_len) ||
                  /* round 22 (ents22): after a title ("Ms Love", split
                   * off before); or the first word of the article's
                   * company ("Bell Resources Ltd … Bell") or the last of
                   * its person's name, linked below */
                  (a > 0 && (tflags(x, a - 1) & LX_TITLE) && word_gender(x, a - 1)) ||
                  common_names_entity(x, part_key, by_part, fmask, a, full_len)))
            kind = ENT_PERSON;
        else if (lf & (LX_NOTNAME | LX_COMMON)) kind = ENT_OTHER; /* "the West", "Christmas" */
        else if (lf & (LX_FUNC | LX_CUE | LX_DESC | LX_TITLE | LX_PRONOUN) && nwords == 1) continue;
        else if (amp || company_run(x, a, b)) kind = ENT_ORG;
        /* round 16 (ents16): "Sandy Hook Elementary School", "Simon
         * Wiesenthal Center", "Olivier Awards Ceremony": a given name opens
         * the name of a body or an event named after a person (three words
         * or more: "Charlotte Church" is a singer) */
        else if (nwords >= 3 && !title && (tflags(x, a) & LX_GIVEN) && is_org_word(x, b) && !word_in(x, b, surname_org))
            kind = ENT_ORG;
        else if (nwords >= 3 && !title && (tflags(x, a) & LX_GIVEN) && is_other_word(x, b)) kind = ENT_OTHER;
        else if ((tflags(x, a) & LX_GIVEN) || title) kind = ENT_PERSON;
        /* "FED SAYS", "LAST BUYER SELLER", "OPEN HIGH LOW": a run of words in
         * capitals without a given name is a heading, no person */
        else if (nwords >= 2 && all_upper_run(x, a, b)) kind = ENT_OTHER;
        else if (is_org_word(x, b)) kind = ENT_ORG;
        /* "Bank of England", "Ministry of Defence"; also after other words:
         * "Chicago Board of Trade", "U.S. Department of Agriculture",
         * "Royal Bank of Canada" */
        else if (nwords >= 3 && org_of(x, a, b)) kind = ENT_ORG;
        else if (nwords == 1 && strip_poss(tx(x, a), tl(x, a)) <= 6 && acro_word(x, a)) kind = ENT_ORG;
        /* "Senate Republican", "International Cocoa Agreement" */
        else if (nwords >= 2 && ((tflags(x, b) & LX_NAT) || is_other_word(x, b))) kind = ENT_OTHER;
        /* "Hyde Park", "Lake Ontario" */
        else if (nwords >= 2 && (is_place_word(x, b, 0) || is_place_word(x, a, 1))) kind = ENT_PLACE;
        /* "U.S. Dollar", "Saudi Aramco": a place or nationality opens no
         * person's name (a given name or a title was taken above) */
        else if (nwords >= 2 && (tflags(x, a) & (LX_COUNTRY | LX_CITY | LX_NAT))) kind = ENT_OTHER;
        /* "the House Benghazi committee", "Senate Watergate hearings": an
         * organisation word opens no person's name of two words */
        else if (nwords == 2 && is_org_word(x, a))
            kind = word_is(x, a, "bank") || word_is(x, a, "banque") || word_is(x, a, "banco") || word_is(x, a, "banca")
                       ? ENT_ORG /* "Banque Paribas", "Bank Leumi" */
                       : ENT_OTHER;
        /* round 15 (ents15): "PepsiCo", "TiVo", "People's Daily": no
         * person's name */
        else if ((camel = camel_run(x, a, b)) != 0 || poss_name) kind = ENT_ORG;
        /* round 15: "ABN Amro", "NTT DoCoMo", "AOL Europe": initials of
         * three or four letters open no person's name (a given name or a
         * title was taken above; "GATT Michael Samuels" is cut; longer
         * words in capitals open table rows: "MONTH Ldn", "SILVER Large") */
        else if (nwords <= 3 && tl(x, a) >= 3 && tl(x, a) <= 4 && org_initials(x, a) && !(x->t[b].flags & F_ACRO)) kind = ENT_ORG;
        /* round 23 (ents23): "Series B", "Level IV", "Macintosh II": a
         * word and a letter or a numeral of a series (a given name or a
         * title was taken above: "Malcolm X", "Pope John Paul II") */
        /* (not a firm's short name the article has given, "Circle K Corp
         * ... Circle K") */
        else if (nwords == 2 && series_mark(x, b) &&
                 part_find(part_key, by_part, fmask, hash_run(tx(x, a), full_len)) < 0)
            kind = ENT_OTHER;
        else if (nwords == 2 || nwords == 3) kind = ENT_PERSON;
        /* round 24 (ents24): an initial, a name or two and a generational
         * suffix, its comma kept ("L. Brent Hale, Jr.") */
        else if (nwords <= 5 && cap_initial(x, a) && x->t[b].kind == T_WORD && extract_name_suffix(tx(x, b), tl(x, b)))
            kind = ENT_PERSON;
        /* "League", "Rates" alone: an event's or a programme's word,
         * naming nothing by itself */
        else if (nwords == 1 && is_other_word(x, a)) continue;
        else if (nwords == 1) kind = ENT_PERSON; /* tentative: a surname */
        else kind = ENT_OTHER;
        if (day_ev) kind = ENT_OTHER;
        /* round 22 (ents22): "Lady Morgan", "Mr Boeing": a sexed title
         * before one listed company's word makes a person */
        else if (kind == ENT_ORG && title && nwords == 1 && word_gender(x, last_title)) kind = ENT_PERSON;
        /* round 23 (ents23): "SA" alone as a country, not a firm's suffix */
        else if (kind == ENT_ORG && nwords == 1 && sa_country(x, a)) kind = ENT_PLACE;
        /* round 23: "Lloyd's", "Sotheby's": a possessive that is a listed
         * company's name (not a person's of the article, "Tom Lloyd ...
         * Lloyd's wife") */
        int poss_org = 0;
        if (kind == ENT_PERSON && nwords == 1 && !title && strip_poss(tx(x, a), tl(x, a)) != tl(x, a) &&
            listed_poss(x, a) && part_find(part_key, by_part, fmask, hash_lower(tx(x, a), full_len)) < 0)
            kind = ENT_ORG, poss_org = 1;
        /* ("Jornal do Brasil": a body; a person's name takes no "do") */
        else if (do_join && (word_is(x, b, "sul") || word_is(x, b, "norte"))) kind = ENT_PLACE; /* a state */
        else if (comma_firm || (do_join && kind == ENT_PERSON)) kind = ENT_ORG;
        /* round 14 (ents): a listed organisation opening the run
         * ("Merrill Lynch Capital Markets", "Unilever United States"); a
         * place of two or three words ending it after a region's word
         * ("Southern United States") or an unknown word opening a
         * sentence ("Intense United States and NATO …": the place alone) */
        if (((kind == ENT_PERSON && nwords >= 2) ||
             (kind == ENT_OTHER && nwords >= 3 && !(lf & (LX_NOTNAME | LX_NAT)))) &&
            !title && !(tflags(x, a) & LX_GIVEN)) {
            int org = 0, given = 0;
            for (int32_t j = a + 1; j <= b; j++) given |= (tflags(x, j) & LX_GIVEN) != 0;
            /* not "Treasury Robert Anderson": a given name after it */
            /* one word: its cached flags, before two words or more (not
             * "Chelsea Clinton"); two: one look-up */
            org = !given && b > a + 1 && (tflags(x, a) & LX_ORG);
            if (!org && !given && b > a + 1 && x->t[a + 1].kind == T_WORD) org = listed_org(x, a, a + 1);
            /* round 16 (ents16): or an organisation of the article, by its
             * name or its name without the suffix ("Time Warner … Time
             * Warner Cable", "Tarn Vision Corp … Tarn Vision Cable") */
            if (!org && !given && b > a + 1 && x->t[a + 1].kind == T_WORD) {
                uint32_t h2 = hash_run(tx(x, a), x->t[a + 1].e - x->t[a].s);
                int32_t unused = -1, e = full_lookup(x, by_full, fmask, h2, 1, &unused);
                if (e < 0) e = part_find(part_key, by_part, fmask, h2);
                org = e >= 0 && x->ents[e].kind == ENT_ORG;
            }
            int32_t pt = org ? -1 : place_tail(x, a, b);
            /* not a name the article has already ("Republic New York Corp
             * ... Republic New York estimated") */
            if (pt >= 0) {
                uint32_t h0 = hash_run(tx(x, a), full_len);
                int32_t unused = -1;
                if (full_lookup(x, by_full, fmask, h0, 1, &unused) >= 0 || part_find(part_key, by_part, fmask, h0) >= 0)
                    pt = -1;
            }
            /* (round 16: not an event of the organisation's, "FIFA World
             * Cup", "UEFA Champions League") */
            if (org && kind == ENT_OTHER && is_other_word(x, b)) {}
            else if (org) kind = ENT_ORG;
            else if (pt == a + 1 && (lx_flags(tx(x, a), tl(x, a)) & (LX_COMMON | LX_NOTNAME)))
                kind = ENT_PLACE;
            else if (pt == a + 1 && sentence_initial(x, a) && !tflags(x, a)) {
                a = pt;
                nwords = b - a + 1;
                full_len = x->t[b].e - x->t[a].s;
                if (x->t[b].kind == T_WORD) full_len -= tl(x, b) - strip_poss(tx(x, b), tl(x, b)) + final_period(x, b);
                kind = ENT_PLACE;
            }
        }
        /* round 18: "the Fortune 500 companies", "Halo 2 has sold" (not a
         * surname of the article's person) */
        if (kind == ENT_PERSON && nwords == 1 && !weak && !title && !(lf & LX_GIVEN) && numbered_title(x, a)) {
            /* not a name the article has ("Qantas Airways Ltd … Qantas
             * 747 jets", "Dennis Tarnby … Tarnby 64") */
            uint32_t h1 = hash_lower(tx(x, a), full_len);
            int32_t unused = -1;
            if (full_lookup(x, by_full, fmask, h1, 1, &unused) < 0 && part_find(part_key, by_part, fmask, h1) < 0) {
                /* opening a sentence or a table's row, a label ("Qtrly 25
                 * cts", "Around 50 voice commands"): no entity */
                if (sentence_initial(x, a)) continue;
                kind = ENT_OTHER;
            }
        }
        /* round 20 (ents20): "the Nintendo DS", "Sony PSP": a listed
         * company and a short code in capitals is its product; "Industrial
         * Equity (Pacific) Ltd": a name before a word in brackets and a
         * company's suffix is the company */
        if (kind == ENT_PERSON && nwords == 2 && !title && (tflags(x, a) & LX_ORG) && (x->t[b].flags & F_ACRO) &&
            strip_poss(tx(x, b), tl(x, b)) <= 4 && !memchr(tx(x, b), '.', tl(x, b)) &&
            !(tflags(x, b) & (LX_COUNTRY | LX_CITY | LX_ORG)))
            kind = ENT_OTHER;
        int bracket_co = 0; /* (its first word alone names it: "Sigma said") */
        if (kind == ENT_PERSON && !title && !(tflags(x, a) & LX_GIVEN) && b + 4 < x->nt && punct_is(x, b + 1, '(') &&
            cap_word(x, b + 2) && punct_is(x, b + 3, ')') && word_in_buckets(x, b + 4, coend_words))
            kind = ENT_ORG, bracket_co = 1;
        if (all_name && kind == ENT_PERSON) kind = ENT_OTHER;
        /* round 21 (ents21): "wrote for Kelmwick magazine", "a
         * Tarnby newspaper poll": a name before a lower-case "magazine" or "newspaper" is
         * the publication */
        if (kind == ENT_PERSON && !title && !(tflags(x, a) & LX_GIVEN) && b + 1 < x->nt &&
            x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP) &&
            (word_is(x, b + 1, "magazine") || word_is(x, b + 1, "newspaper") ||
             /* round 22 (ents22): "a Harris poll": the pollster (not a
              * person of the article's, "the Tom Hale poll lead") */
             ((word_is(x, b + 1, "poll") || word_is(x, b + 1, "polls")) &&
              strip_poss(tx(x, b), tl(x, b)) == tl(x, b) && /* not "Hale's poll lead" */
              part_find(part_key, by_part, fmask,
                        nwords > 1 ? hash_run(tx(x, a), full_len) : hash_lower(tx(x, a), full_len)) < 0))) {
            /* (not an adjective in a hyphen, "a Kelmish-language
             * newspaper": no mention, as below) */
            const char *hy = memchr(tx(x, b), '-', tl(x, b));
            if (hy && hy + 1 < tx(x, b) + tl(x, b) && hy[1] >= 'a' && hy[1] <= 'z') continue;
            kind = ENT_ORG;
        }
        /* "Reagan Administratian", "Bush Adminstration": an organisation
         * word misspelt (the source's typo) makes no person */
        if (kind == ENT_PERSON && nwords >= 2 && !title && org_word_typo(x, b)) kind = ENT_ORG;
        /* round 16 (ents16): "Isle of Man", "Republic of Ireland", "Chamber
         * of Commerce", "Treaty of Rome", "Prisoner of Azkaban": a name with
         * "of" and no given name or title is no person's (but "Tsuda of
         * Nissei" after "Koji Tsuda": a person of the article) */
        if (kind == ENT_PERSON && nwords >= 3 && !title && !(tflags(x, a) & LX_GIVEN))
            for (int32_t k = a + 1; k < b; k++) {
                if (!word_is(x, k, "of")) continue;
                static const char *const land[] = {"isle", "bay", "straits", "strait", "sea", "gulf", "province",
                                                   "district", "kingdom", "republic", "state", "city", "cape",
                                                   "county", "commonwealth", "principality", "sultanate", NULL};
                uint32_t hk = hash_lower(tx(x, k - 1), strip_poss(tx(x, k - 1), tl(x, k - 1)));
                int32_t pe = part_find(part_key, by_part, fmask, hk);
                if (pe >= 0 && x->ents[pe].kind == ENT_PERSON) break;
                int given = 0;
                for (int32_t j = a; j <= b; j++) given |= (tflags(x, j) & LX_GIVEN) != 0;
                if (given) break;
                if (word_in(x, k - 1, land)) kind = ENT_PLACE;
                else if (is_org_word(x, k - 1) || word_is(x, k - 1, "chamber")) kind = ENT_ORG;
                /* other, unless one unknown word follows "of": a person
                 * may ("Chapter of Isaiah", "Friends of Abe"), whose later
                 * mentions link to this one */
                else if (b > k + 1 || tflags(x, b)) kind = ENT_OTHER;
                break;
            }
        /* round 20 (ents20): "in Burlington, Iowa", "the mayor of
         * Burlington, Vt.": a name after a preposition of place and before
         * a comma and a listed state or country is a town */
        if (kind == ENT_PERSON && nwords <= 3 && !title && town_before_state(x, a, b)) {
            uint32_t h0 = nwords > 1 ? hash_run(tx(x, a), full_len) : hash_lower(tx(x, a), full_len);
            int32_t e0 = part_find(part_key, by_part, fmask, h0);
            if (e0 < 0 || x->ents[e0].kind != ENT_PERSON) kind = ENT_PLACE;
        }
        /* round 22 (ents22): "the port of Santos", "its Trail smelter":
         * a place (not a person of the article's, "the city of Tom Hale's
         * birth" aside) */
        if (kind == ENT_PERSON && nwords <= 2 && !title && !(tflags(x, a) & (LX_GIVEN | LX_NAT)) &&
            (place_of(x, a) || (b + 1 < x->nt && !(x->t[b + 1].flags & F_CAP) && works_place(x, b))) &&
            !hyphen_adjective(x, a)) {
            uint32_t h0 = nwords > 1 ? hash_run(tx(x, a), full_len) : hash_lower(tx(x, a), full_len);
            int32_t unused = -1;
            if (part_find(part_key, by_part, fmask, h0) < 0 && full_lookup(x, by_full, fmask, h0, 1, &unused) < 0)
                kind = ENT_PLACE;
        }
        /* "Steve Chronowitz of Smith Barney": where the person works */
        /* (round 16: not a person the article has named, "said Patrick
         * Murray of Christie" after "Chris Christie") */
        if (kind == ENT_PERSON && a == works_at) {
            uint32_t h0 = nwords > 1 ? hash_run(tx(x, a), full_len) : hash_lower(tx(x, a), full_len);
            int32_t unused = -1, e0 = full_lookup(x, by_full, fmask, h0, 1, &unused);
            if (e0 < 0 && nwords == 1) e0 = part_find(part_key, by_part, fmask, h0);
            if (e0 < 0 || x->ents[e0].kind != ENT_PERSON) kind = ENT_ORG;
        }
        /* Link to an earlier entity of the article. */
        uint32_t hf = nwords > 1 ? hash_run(tx(x, a), full_len) : hash_lower(tx(x, a), full_len);
        /* round 16 (ents16): a listed city that is the surname of a person
         * the article has named with a given name ("Charles Blackburn …
         * Blackburn said", "Hugh Dallas … Dallas") is that person (not a
         * company: many bear their founder's name, "Gerald Ford … Ford") */
        if (nwords == 1 && !title && kind == ENT_PLACE && (lf & LX_CITY) && !(lf & (LX_COUNTRY | LX_ORG))) {
            int32_t e = part_find(part_key, by_part, fmask, hf);
            const char *nm = e >= 0 ? x->ents[e].name : NULL, *sp = nm ? strchr(nm, ' ') : NULL;
            if (sp && x->ents[e].kind == ENT_PERSON && x->ents[e].h_last == hf &&
                (lx_flags(nm, (size_t)(sp - nm)) & LX_GIVEN))
                kind = ENT_PERSON;
        }
        /* round 22 (ents22): "Bath prop Duncan Bell", "Newcastle striker
         * Craig Bellamy": a town before a lower-case player's position is
         * its club */
        if (nwords == 1 && !title && kind == ENT_PLACE && (lf & LX_CITY) && !(lf & LX_COUNTRY) && b + 2 < x->nt &&
            x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP) && cap_word(x, b + 2)) {
            static const char *const pos[] = {"striker", "midfielder", "defender", "goalkeeper", "keeper",
                                              "prop", "lock", "flanker", "hooker", "winger", "fly-half",
                                              "scrum-half", "full-back", "centre", "wing", "forward",
                                              "number", "quarterback", "pitcher", "batsman", "bowler", NULL};
            if (tl(x, b + 1) <= 11 && word_in(x, b + 1, pos)) kind = ENT_ORG;
        }
        int32_t weak_hit = -1; /* a weak entity of these words: moves here */
        int32_t ent = full_lookup(x, by_full, fmask, hf, weak, &weak_hit);
        /* round 19 (ents19): "Mr. Bush" after "Laura Bush" and "George
         * Bush": a sexed title (split off the run before) links a surname
         * to a person of that sex only ("Mrs. Clinton … Mr. Clinton") */
        int title_sex =
            nwords == 1 && kind == ENT_PERSON && a > 0 && (tflags(x, a - 1) & LX_TITLE) ? word_gender(x, a - 1) : 0;
        if (ent >= 0 && title_sex && x->ents[ent].kind == ENT_PERSON && !gender_ok(x, ent, title_sex)) ent = -1;
        /* (round 14: a weak word too, "Western" of "Western Plastics Corp") */
        /* (round 16: a given name too, "Sharon Steel Corp … Sharon Steel
         * said": keys of two words or more are companies' only) */
        /* (round 20: an organisation's name without its suffix, "Waste
         * Management Inc … Waste Management", taken for a person before
         * "management" was an organisation word) */
        if (ent < 0 && (kind == ENT_PERSON || (weak && nwords == 1) || (kind == ENT_ORG && nwords > 1))) {
            int32_t e = part_find(part_key, by_part, fmask, hf);
            if (e >= 0 && title_sex && x->ents[e].kind == ENT_PERSON && !gender_ok(x, e, title_sex))
                e = person_of_sex(x, hf, title_sex);
            /* (round 23: a given name and surname, the short form of a
             * suffixed name of four words or more, suffixed_name_keys) */
            if (e >= 0 && (nwords == 1 || x->ents[e].kind == ENT_ORG ||
                           (nwords == 2 && kind == ENT_PERSON && x->ents[e].kind == ENT_PERSON &&
                            x->ents[e].nwords >= 4)))
                ent = e;
        }
        /* round 24 (ents24): a listed company's one word after its full
         * name ("Kelmco Holdings Inc … Kelmco said", Kelmco listed) is
         * that company, as an unlisted one's is (each listed firm was an
         * entity of its own beside its full name) */
        if (ent < 0 && kind == ENT_ORG && nwords == 1 && (lf & LX_ORG)) {
            int32_t e = part_find(part_key, by_part, fmask, hf);
            if (e >= 0 && x->ents[e].kind == ENT_ORG) ent = e;
        }
        /* round 15: "ChemLawn Corp … ChemLawn", "David SyCip … SyCip": a
         * camel word alone is the company or the person named with it */
        if (ent < 0 && camel && nwords == 1) {
            int32_t e = part_find(part_key, by_part, fmask, hf);
            if (e >= 0) ent = e;
        }
        if (ent < 0 && nwords == 1 && kind == ENT_PERSON) {
            const char *w = tx(x, a);
            size_t wn = strip_poss(w, tl(x, a));
            /* "the Clintons": the plural of a person's surname is a group */
            if (wn > 3 && w[wn - 1] == 's') {
                if (part_find(part_key, by_part, fmask, hash_lower(w, wn - 1)) >= 0) kind = ENT_OTHER;
            }
            /* "Obama-era", "Trump-style": a compound adjective, no name;
             * "Obama-Clinton", "Obama-Xi": persons of the article paired
             * (round 15: or places, "Iran-Iraq") */
            const char *hy = memchr(w, '-', wn);
            if (hy && hy > w) {
                const char *r = hy + 1;
                if (r < w + wn && *r >= 'a' && *r <= 'z') continue;
                int paired = 1;
                for (const char *p0 = w; paired && p0 < w + wn;) {
                    const char *p1 = memchr(p0, '-', (size_t)(w + wn - p0));
                    if (!p1) p1 = w + wn;
                    int32_t e = part_find(part_key, by_part, fmask, hash_lower(p0, (size_t)(p1 - p0)));
                    /* round 15: or places ("Iran-Iraq", "Asia-Pacific") */
                    paired = (e >= 0 && x->ents[e].kind == ENT_PERSON) ||
                             (lx_flags(p0, (size_t)(p1 - p0)) & (LX_COUNTRY | LX_CITY | LX_NAT));
                    p0 = p1 + 1;
                }
                if (paired) kind = ENT_OTHER;
            }
            /* "the Nation", "the Internet": a capitalised word after "the"
             * that names no person of the article is no surname (but "the
             * Obama administration", before a lower-case noun, may be) */
            if (kind == ENT_PERSON && !title && a > 0 && word_is(x, a - 1, "the") &&
                !(b + 1 < x->nt && x->t[b + 1].kind == T_WORD && !(x->t[b + 1].flags & F_CAP) &&
                  !(tflags(x, b + 1) & (LX_FUNC | LX_BREAK | LX_CUE | LX_PRONOUN))))
            {
                /* "the EC" an organisation, "The Hague" a place */
                const lx_entry *lt = lx_lookup(tx(x, a - 1), full_len + (size_t)(x->t[a].s - x->t[a - 1].s));
                kind = acro_word(x, a)                                 ? ENT_ORG
                       : lt && (lt->flags & (LX_COUNTRY | LX_CITY)) ? ENT_PLACE
                                                                      : ENT_OTHER;
            }
            /* a given name alone that names no one of the article ("Will
             * and Grace", "Alex. Brown and Sons") */
            if (kind == ENT_PERSON && (tflags(x, a) & LX_GIVEN) && !title) continue;
        }
        /* a title after a work noun; an earlier mention of the same words
         * taken for a person is the work too (not a surname linked to a
         * full name: "in the book Obama wrote") */
        /* round 17 (ents17): nor a run with a digit, nor one opening with no
         * given name that is a quotation of its own or precedes a cast noun */
        if (kind == ENT_PERSON && !title &&
            (work_noun(x, a - 1) || run_has_digit(x, a, b) ||
             (!(tflags(x, a) & LX_GIVEN) && (quoted_run(x, a, b) || cast_noun(x, b + 1))))) {
            /* (an unknown word opening a sentence stays no mention, as
             * below: "Pop star Anna Hale") */
            if (ent < 0 && nwords == 1 && sentence_initial(x, a)) continue;
            kind = ENT_OTHER;
            titled_work = 1;
            if (ent >= 0 && x->ents[ent].kind == ENT_PERSON && x->ents[ent].h_full == hf && !x->ents[ent].title)
                x->ents[ent].kind = ENT_OTHER;
        }
        if (ent < 0 && nwords == 1 && kind == ENT_PERSON && sentence_initial(x, a) &&
            !(lf & LX_GIVEN) && !title) {
            /* An unknown capitalised word opening a sentence is kept only
             * when a cue verb follows ("Peskov said"). */
            int32_t nx = b + 1;
            if (!(nx < x->nt && (tflags(x, nx) & LX_CUE))) continue;
        }
        if (ent < 0) {
            ent = new_entity(x, a, b, kind, title);
            if (ent < 0) continue;
            /* (the company's name keeps its "'s"; its keys are the word's) */
            if (poss_org) x->ents[ent].name = arena_strndup(x->a, tx(x, a), tl(x, a));
            x->ents[ent].weak = (uint8_t)weak;
            nweak += weak;
            full_insert(x, by_full, fmask, ent);
            uint32_t h;
            if ((kind == ENT_PERSON || titled_work) && x->ents[ent].nwords > 1) {
                /* (round 17: a work's last word alone is the work, "World
                 * of Warcraft … his Warcraft game", unless a person of the
                 * article has it already; not its first, "El Peruano … El") */
                uint32_t keys[4] = {x->ents[ent].h_last, x->ents[ent].h_first, 0, 0};
                /* round 23 (ents23): "Leonard Dozier Hill III … Leonard
                 * Hill's widow … Hill": a name of a given name, a middle
                 * name, a surname and a generational suffix is named by
                 * its surname and by its given name and surname */
                if (kind == ENT_PERSON && !titled_work) suffixed_name_keys(x, a, b, keys + 2);
                for (int r = 0; r < 4; r++) {
                    if (!keys[r]) continue;
                    for (h = keys[r] & fmask; by_part[h] && part_key[h] != keys[r]; h = (h + 1) & fmask) {}
                    if (titled_work && (r == 1 || by_part[h])) continue;
                    part_key[h] = keys[r];
                    by_part[h] = ent + 1;
                }
            } else if (kind == ENT_ORG && camel && nwords == 1) {
                /* round 15: "Time Warner … TimeWarner": the spelling in
                 * two words names the company, before and after */
                uint32_t k = camel_split_hash(x, camel - 1);
                person_to_org(x, by_full, fmask, k);
                for (h = k & fmask; by_part[h] && part_key[h] != k; h = (h + 1) & fmask) {}
                if (!by_part[h]) {
                    part_key[h] = k;
                    by_part[h] = ent + 1;
                }
            } else if (kind == ENT_ORG && nwords > 1 && (bracket_co || word_in_buckets(x, b, coend_words))) {
                /* "Piedmont Aviation Inc … Piedmont said": a company's
                 * first word (after initials: "E.F. Hutton Group Inc …
                 * Hutton") alone names it, unless a person of the article
                 * has it already; so does its name without the last word
                 * ("McDonnell Douglas Corp … McDonnell Douglas") */
                int32_t a1 = a;
                while (a1 < b - 1 && (x->t[a1].flags & F_ABBR) && tl(x, a1) <= 4) a1++;
                if (a1 < b - 1 && word_is(x, a1, "first")) a1++; /* "First Tarnby Corp … Tarnby" */
                /* (round 24: the name before a bracketed part or a comma
                 * and the suffix, "Tarn Mines (Quebec) Ltd … Tarn Mines",
                 * "Hale Foods, Inc … Hale Foods"; hash_run as the look-up,
                 * a name wrapped over two lines) */
                int32_t pe = b - 1;
                for (int32_t p = a + 1; p < b; p++)
                    if (punct_is(x, p, '(')) {
                        pe = p - 1;
                        break;
                    }
                if (pe > a && punct_is(x, pe, ',')) pe--;
                uint32_t keys[2] = {hash_lower(tx(x, a1), strip_poss(tx(x, a1), tl(x, a1))),
                                    nwords > 2 && pe > a ? hash_run(tx(x, a), x->t[pe].e - x->t[a].s) : 0};
                /* (round 16: a given name too, "Stuart Pharmaceuticals …
                 * Stuart", "Todd Shipyards Corp … Todd": a person of the
                 * article named so later takes the key back) */
                if ((tflags(x, a1) & (LX_FUNC | LX_TITLE | LX_COUNTRY | LX_CITY | LX_NAT)) ||
                    is_org_word(x, a1))
                    keys[0] = 0;
                for (int r = 0; r < 2; r++) {
                    if (!keys[r]) continue;
                    person_to_org(x, by_full, fmask, keys[r]); /* round 15: named before */
                    for (h = keys[r] & fmask; by_part[h] && part_key[h] != keys[r]; h = (h + 1) & fmask) {}
                    if (!by_part[h]) {
                        part_key[h] = keys[r];
                        by_part[h] = ent + 1;
                    }
                }
            }
        } else if (title && !x->ents[ent].title) {
            x->ents[ent].title = title;
        }
        if (x->ents[ent].kind == ENT_PERSON) {
            learn_descriptions(x, ent, last_title >= 0 ? last_title + 1 : a, b, 0);
            if (title) {
                int32_t ts = last_title;
                add_desc(&x->ents[ent], hash_lower(tx(x, ts), tl(x, ts)));
                learn_gender(&x->ents[ent], word_gender(x, ts));
            }
        }
        if (weak_hit >= 0) x->ents[weak_hit].moved = ent + 1;
        add_mention(x, a, b, ent);
    }
    persons_to_firms(x);
    nameless_persons(x);
    common_word_persons(x);
    place_persons(x);
    nweak += headline_fragments(x);
    nweak += early_surnames(x);
    return drop_weak(x, nweak);
}

int32_t mention_before(const ctx *x, int32_t i)
{
    int32_t lo = 0, hi = x->nms - 1, at = -1;
    while (lo <= hi) {
        int32_t mid = (lo + hi) / 2;
        if (x->ms[mid].t0 < i) at = mid, lo = mid + 1;
        else hi = mid - 1;
    }
    return at;
}

int32_t recent_entity(ctx *x, int32_t i, unsigned mask, int g)
{
    int32_t at = mention_before(x, i);
    for (int32_t k = at; k >= 0 && k > at - 40; k--) {
        xmention *m = &x->ms[k];
        if (m->in_quote) continue;
        if ((mask & (1u << x->ents[m->ent].kind)) && gender_ok(x, m->ent, g)) return m->ent;
    }
    return -1;
}
