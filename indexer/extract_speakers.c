/*
 * Speaker phrases: the noun phrase before or after a cue verb (a name, a
 * pronoun, a role or a body with its modifiers), read left and right of
 * the cue, and the entity it names.
 */
#include "extract_ctx.h"

int is_adverb(ctx *x, int32_t i)
{
    if (i < 0 || i >= x->nt || x->t[i].kind != T_WORD || (x->t[i].flags & F_CAP)) return 0;
    size_t n = tl(x, i);
    const char *s = tx(x, i);
    if (n > 4 && s[n - 2] == 'l' && s[n - 1] == 'y') {
        /* round 15: not a noun in -ly ("his family said", "the weekly
         * said", "a US ally") */
        static const char *const ly_noun[] = {"family", "ally", "assembly", "rally", "supply", "reply",
                                              "monopoly", "daily", "weekly", "monthly", "quarterly", "anomaly",
                                              "homily", "tally", "bully", NULL};
        return !word_in(x, i, ly_noun);
    }
    /* "also", "later", "then", "has", "would", "further", "instead", "do"
     * …: by length (asked of every word np_left passes) */
#define ADV_(w) same_word(s, w, n)
    switch (n) {
    case 2: return ADV_("do");
    case 3: return ADV_("has") || ADV_("had") || ADV_("now") || ADV_("did");
    case 4:
        return ADV_("also") || ADV_("then") || ADV_("once") || ADV_("have") || ADV_("will") || ADV_("only") ||
               ADV_("even") || ADV_("just") || ADV_("does") || ADV_("here");
    case 5:
        return ADV_("later") || ADV_("again") || ADV_("would") || ADV_("often") || ADV_("never") ||
               ADV_("still") || ADV_("first") || ADV_("since");
    case 7: return ADV_("further") || ADV_("earlier") || ADV_("instead") || ADV_("already");
    case 8: return ADV_("recently"); /* "recentLY": no -ly above */
    case 10: return ADV_("previously");
    case 12: return ADV_("subsequently");
    default: return 0;
    }
#undef ADV_
}

int noun_cue(const char *w, size_t n)
{
#define NC_(v) same_word(w, v, n)
    switch (n) {
    case 3: return NC_("cry");
    case 4:
        switch (w[0] | 0x20) {
        case 'c': return NC_("call");
        case 'e': return NC_("echo");
        case 'j': return NC_("joke");
        case 'p': return NC_("post");
        case 'q': return NC_("quip");
        case 'r': return NC_("rant");
        case 's': return NC_("sigh");
        case 't': return NC_("term");
        default: return 0;
        }
    case 5:
        switch (w[0] | 0x20) {
        case 'b': return NC_("blame") || NC_("blast") || NC_("brand");
        case 'e': return NC_("email");
        case 'g': return NC_("gripe");
        case 'l': return NC_("laugh") || NC_("label");
        case 'p': return NC_("point");
        case 'q': return NC_("quote");
        case 'r': return NC_("reply");
        case 's': return NC_("state") || NC_("shout");
        case 't': return NC_("tweet");
        default: return 0;
        }
    case 6: return NC_("answer") || NC_("remark") || NC_("credit") || NC_("retort") || NC_("praise");
    case 7: return NC_("counter") || NC_("thunder") || NC_("whisper") || NC_("retweet");
    case 8: return NC_("question");
    default: return 0;
    }
#undef NC_
}

/* round 14b: "a private email account", "its decrepit state", "At one
 * point", "a wake-up call", "Sanders's clarion call": a cue word that is
 * also a noun, in its base form, after a determiner or a possessive and
 * at most one modifier (two when the first is an -ly adverb: "a
 * personally signed tweet") is that noun, no verb.  A base-form verb
 * after a determiner and a word needs a plural subject ("the critics
 * call", "the media call"), which the modifier test rules out.  Asked
 * only of words the lexicon has as cues. */
static int noun_after_modifier(ctx *x, int32_t i)
{
    static const char *const det[] = {"the", "a", "an", "his", "her", "their", "its", "this", "these", "those",
                                      "one", "another", "our", "my", "your", "no", "any", "each", "every",
                                      "such", NULL};
    /* words before a base-form verb, or plurals without -s */
    static const char *const not_mod[] = {"to", "and", "or", "but", "not", "will", "would", "can", "could",
                                          "should", "might", "may", "must", "does", "don't", "didn't",
                                          "never", "also", "who", "that", "which", "people", "men", "women",
                                          "children", "media", "police", "public", "staff", "i", "you", "we",
                                          "they", NULL};
    if (!noun_cue(tx(x, i), tl(x, i))) return 0;
    int32_t m = i - 1;
    /* "one point", "no comment", "each call": a determiner the caller's
     * short list does not hold, right before */
    if (word_in(x, m, det)) return 1;
    if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || is_adverb(x, m) || (tflags(x, m) & LX_PRONOUN) ||
        word_in(x, m, not_mod))
        return 0;
    const char *w = tx(x, m);
    size_t n = tl(x, m);
    /* a plural subject ("the critics call"; not "innocuous", "bogus") */
    if (n >= 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
        strip_poss(w, n) == n)
        return 0;
    int32_t d = m - 1;
    if (d >= 0 && is_adverb(x, d) && tl(x, d) > 4 && d > 0) d--; /* "a personally signed tweet" */
    if (d < 0 || x->t[d].kind != T_WORD || x->t[d].q >= 0) return 0;
    if (word_in(x, d, det)) return 1;
    size_t dn = tl(x, d);
    /* a possessive: "Sanders's clarion call" (not "he’s", "she’s") */
    return strip_poss(tx(x, d), dn) != dn && !word_is(x, d, "he's") && !word_is(x, d, "she's") &&
           !word_is(x, d, "he’s") && !word_is(x, d, "she’s") && !word_is(x, d, "it's") && !word_is(x, d, "it’s");
}

const char *const finite_aux[] = {"is",  "was",   "are",    "were", "has",   "had",  "have", "will", "would",
                                         "can", "could", "should", "may",  "might", "must", "does", "did",  NULL};

/* Round 14c: whether cue word i is a noun by its neighbours.  After a
 * preposition or a numeral any cue but a participle is ("under state
 * law", "since email became", "13 points"); a cue that is also a common
 * noun ("report", "state", "point", "term", "credit", "demand",
 * "estimate", "claim", "note", "call", "charge", "comment") is one in the
 * base form after a lower-case word that cannot be its subject
 * ("percentage point", "tax credit", "the latest employment report", "At
 * one point"), and before a finite auxiliary, a past tense, another cue
 * or a preposition such a verb does not take ("report will", "report
 * says", "the notes carried", "state of Michigan", "claims of"). */
static int noun_by_context(ctx *x, int32_t i)
{
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    if (n < 4 || x->t[i].q >= 0) return 0;
    int ing = w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g';
    const tk *p = i > 0 ? &x->t[i - 1] : NULL;
    int pw = p && p->kind == T_WORD && p->q < 0;
    static const char *const prep[] = {"of", "in", "on", "at", "for", "with", "from", "under", "by",
                                       "into", "since", "against", "without", NULL};
    /* capitalised only opening its sentence ("Under state law"; "Ann
     * From said" is a name); not a past tense (cheap: most cues asked
     * are "said") */
    if (pw && !ing && w[n - 1] != 'd' && p->e - p->s <= 7 && word_in(x, i - 1, prep) &&
        (!(p->flags & F_CAP) || i - 1 == 0 || x->t[i - 2].kind == T_PARA || punct_is(x, i - 2, '.')))
        return 1;
    /* by first letter (asked of every cue word) */
    static const char *const n_a[] = {"answer", NULL}, *const n_c[] = {"credit", "claim", "claims", "call", "calls",
                                                                     "charge", "charges", "comment", "comments", NULL};
    static const char *const n_d[] = {"demand", "demands", NULL}, *const n_e[] = {"estimate", "estimates", "email", NULL};
    static const char *const n_n[] = {"note", "notes", NULL}, *const n_p[] = {"point", "points", "post", "promise",
                                                                           "promises", NULL};
    static const char *const n_r[] = {"report", "reports", NULL}, *const n_s[] = {"state", "states", NULL};
    static const char *const n_t[] = {"term", "terms", "tweet", NULL};
    static const char *const *const nouns[26] = {n_a,  NULL, n_c,  n_d,  n_e,  NULL, NULL, NULL, NULL,
                                                 NULL, NULL, NULL, NULL, n_n,  NULL, n_p,  NULL, n_r,
                                                 n_s,  n_t,  NULL, NULL, NULL, NULL, NULL, NULL};
    unsigned char c0 = lower_c((unsigned char)w[0]);
    if (ing || w[n - 1] == 'd' || c0 < 'a' || c0 > 'z' || !nouns[c0 - 'a'] || !str_in(w, n, nouns[c0 - 'a']))
        return 0;
    /* a quotation right after it is what it names ("took credit for
     * “…”", "calls of “…”") */
    if ((i + 1 < x->nt && x->t[i + 1].q >= 0) ||
        (i + 2 < x->nt && x->t[i + 2].q >= 0 && (word_is(x, i + 1, "for") || word_is(x, i + 1, "of"))))
        return 0;
    /* "over state aid" ("a voice over says": not any cue), "13 points" */
    if (pw && (word_is(x, i - 1, "over") || (p->flags & F_DIGIT))) return 1;
    /* round 18: "Recent reports in the Kelmouth press said …", "Reports
     * from Dover, quoting officials, say …": a phrase after the noun,
     * then the verb of speech whose subject it is */
    if (c0 == 'r' && i + 2 < x->nt &&
        (word_is(x, i + 1, "in") || word_is(x, i + 1, "from") || word_is(x, i + 1, "by") || word_is(x, i + 1, "on")))
        for (int32_t k = i + 2; k < x->nt && k <= i + 14 && x->t[k].q < 0 && x->t[k].sent == x->t[i].sent; k++) {
            if (x->t[k].kind != T_WORD) {
                if (punct_is(x, k, ',')) continue;
                break;
            }
            if (word_is(x, k, "said") || word_is(x, k, "say") || word_is(x, k, "says") || word_is(x, k, "suggested") ||
                word_is(x, k, "indicated") || word_is(x, k, "claimed"))
                return 1;
            if (word_in(x, k, finite_aux)) break;
        }
    int plural = w[n - 1] == 's';
    if (pw && !plural && !(p->flags & F_CAP)) {
        static const char *const quant[] = {"one", "another", "every", "each", "no", "any", NULL};
        int32_t k = i - 1;
        size_t kn = tl(x, k);
        const char *kw = tx(x, k);
        if (word_in(x, k, quant)) return 1;
        if (!(tflags(x, k) & (LX_FUNC | LX_PRONOUN | LX_CUE)) && !is_adverb(x, k) && kn >= 3 &&
            kw[kn - 1] != 's' && !(kn > 3 && kw[kn - 2] == 'e' && kw[kn - 1] == 'n') && !memchr(kw, '\'', kn) &&
            !word_in(x, k, finite_aux) && !word_is(x, k, "people") && !word_is(x, k, "police") &&
            !word_is(x, k, "not") && !word_is(x, k, "who") && !word_is(x, k, "they") && !word_is(x, k, "ever"))
            return 1;
    }
    /* (not after a pronoun, nor in a relative clause: "a show they claim
     * is …", "which Will claims affirmed …") */
    if (i + 1 < x->nt && x->t[i + 1].kind == T_WORD && x->t[i + 1].q < 0 &&
        !(pw && (tflags(x, i - 1) & LX_PRONOUN)) &&
        !(i >= 2 && pw && (p->flags & F_CAP) &&
          (word_is(x, i - 2, "which") || word_is(x, i - 2, "that") || word_is(x, i - 2, "who")))) {
        static const char *const noun_next[] = {"of", "and", "or", "with", "from", "under", "over", "between",
                                                "against", "into", NULL};
        if (word_in(x, i + 1, noun_next) || word_in(x, i + 1, finite_aux) || past_verb(x, i + 1)) return 1;
        if (tl(x, i + 1) >= 3 && (tflags(x, i + 1) & LX_CUE)) return 1;
    }
    return 0;
}

/* Round 14c: whether cue word i (past is_cue_slow's own tests) is a cue
 * by its neighbours: no noun (noun_cue), passive, naming participle or
 * "continue" that reports no speech.  Decided once per token (the
 * attribution scans ask is_cue of a word many times): see F_CTX_DONE. */
/* Round 15a: "found", "finds", "showed", "shows" report findings only
 * when a study, survey, report, poll … is the subject ("The study,
 * released last week, found that …", "A new poll shows …", "A review by
 * the council found …"): the noun right before the verb (over adverbs
 * and one phrase set off by commas), or before a preposition opening a
 * short phrase there; and "that" or a quotation after the verb.  A
 * person who found his keys reports nothing.
 * Round 20 (indirect): also "show" ("Polls show that …"), the record
 * nouns ("The FEC filings show that …", "the emails show that …") and
 * researchers, a participle phrase after the noun ("a poll released last
 * week showed …"); with no "that", a poll, survey or study reporting its
 * figures ("A Monmouth poll showed Clinton with a lead …": a poll states
 * nothing else), and any of the nouns trailing its content ("…, records
 * show."). */
static int findings_subject(ctx *x, int32_t i)
{
    static const char *const noun[] = {"study", "studies", "survey", "surveys", "report", "reports", "poll",
                                       "polls", "analysis", "review", "audit", "inquiry", "investigation",
                                       "research", "probe", "census", "data", "figures", "statistics",
                                       "assessment", "evaluation", "paper", "test", "tests", "polling",
                                       "results", "records", "documents", "filings", "emails", "findings",
                                       "researchers", "scientists", "authors", "investigators", NULL};
    /* the nouns whose every finding is a report of figures or answers */
    static const char *const poll[] = {"poll", "polls", "polling", "survey", "surveys", "study", "studies", NULL};
    static const char *const prep[] = {"by", "of", "from", "for", "into", "at", "on", NULL};
    static const char *const part[] = {"released", "conducted", "published", "taken", "out", "issued", NULL};
    /* a clause or a quotation after it: "The annual report shows a
     * loss" states a figure, "… shows that" reports */
    if (i + 1 >= x->nt) return 0;
    int clause = word_is(x, i + 1, "that") || x->t[i + 1].q >= 0;
    int trailing = !clause && punct_is(x, i + 1, '.');
    int bare = !clause && !trailing && x->t[i + 1].kind == T_WORD;
    if (!clause && !trailing && !bare) return 0;
    int32_t k = i - 1;
    while (k > 0 && is_adverb(x, k)) k--;
    if (punct_is(x, k, ',')) { /* "The study, released last week, found" */
        int32_t m = k - 1;
        while (m > 0 && m > k - 10 && x->t[m].kind == T_WORD && x->t[m].q < 0) m--;
        if (!punct_is(x, m, ',')) return 0;
        k = m - 1;
    }
    for (int32_t m = k; m >= 0 && m >= k - 5; m--) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0) return 0;
        if (word_in(x, m, bare ? poll : noun)) {
            if (!(m == k || word_in(x, m + 1, prep) || word_in(x, m + 1, part))) return 0;
            /* "If the study shows the pier is sound, …": a
             * condition, no finding */
            static const char *const cond[] = {"if", "unless", "whether", "until", "once", NULL};
            for (int32_t c = m - 1; c >= 0 && c >= m - 4 && x->t[c].kind == T_WORD; c--)
                if (word_in(x, c, cond)) return 0;
            if (bare) return word_in(x, m, poll);
            if (trailing) {
                /* "…, records show.": a comma before the subject's phrase */
                int32_t c = m - 1;
                while (c >= 0 && c >= m - 4 && x->t[c].kind == T_WORD && x->t[c].q < 0 && !(tflags(x, c) & LX_CUE)) c--;
                return c >= 0 && punct_is(x, c, ',');
            }
            return 1;
        }
    }
    return 0;
}

static __attribute__((noinline)) int cue_by_context(ctx *x, int32_t i)
{
    if (noun_by_context(x, i)) return 0;
    /* round 15a: the verbs of findings, by their subject */
    if (tl(x, i) >= 5 && tl(x, i) <= 6 && (word_is(x, i, "found") || word_is(x, i, "finds") ||
                                            word_is(x, i, "showed") || word_is(x, i, "shows")))
        return findings_subject(x, i);
    /* round 14c: a passive ("The plant is said to be for sale", "the
     * agency was asked to decide", "were accused of", "shares were
     * quoted at 372p") reports no word of its subject ("was quoted as
     * saying": the participle after it reports); not "was quoted in the
     * paper as saying", nor a question put to it ("was asked, “…”", "was
     * asked about the “…” remark") */
    size_t n = tl(x, i);
    char last = tx(x, i)[n - 1];
    if (i > 1 && (last == 'd' || last == 't')) {
        /* over an adverb or two ("is also said", "was widely reported") */
        static const char *const mod[] = {"also", "not", "still", "now", "often", "already", "never", NULL};
        int passive = 0;
        for (int32_t k = i - 1; k > 0 && k >= i - 3 && x->t[k].kind == T_WORD && x->t[k].q < 0; k--) {
            const char *b = tx(x, k);
            size_t bn = tl(x, k);
#define BE_(v) same_word(b, v, bn)
            passive = bn == 2   ? BE_("is") || BE_("be")
                    : bn == 3 ? BE_("was") || BE_("are")
                    : bn == 4 ? BE_("were") || BE_("been")
                    : bn == 5 ? BE_("being")
                              : 0;
#undef BE_
            if (passive) break;
            if (bn < 3 || !((b[bn - 1] == 'y' && b[bn - 2] == 'l') ||
                            (bn <= 7 && (b[0] == 'a' || b[0] == 'n' || b[0] == 's' || b[0] == 'o') && word_in(x, k, mod))))
                break;
        }
        /* (after the merge with rounds 14a and 14b: a passive followed
         * soon by a quotation, with no "that" first, names or describes
         * its subject in quoted words, "has been called the “…”", "was
         * described by X as “…”", which PolNeAR marks; those rules read
         * it) */
        if (passive && !(word_is(x, i, "quoted") && word_is(x, i + 1, "in")) &&
            !(word_is(x, i, "asked") && i + 1 < x->nt &&
              (x->t[i + 1].kind != T_WORD || x->t[i + 1].q >= 0 || word_is(x, i + 1, "about")))) {
            int quoted_soon = 0;
            for (int32_t k = i + 1; k < x->nt && k <= i + 8 && !quoted_soon; k++) {
                if (x->t[k].q >= 0) quoted_soon = 1;
                else if (x->t[k].kind != T_WORD || word_is(x, k, "that")) break;
            }
            /* "It was announced that …": an empty subject; the clause is the report */
            int32_t be_at = i - 1;
            while (be_at > 0 && x->t[be_at].kind == T_WORD && !word_is(x, be_at, "is") && !word_is(x, be_at, "was") &&
                   !word_is(x, be_at, "been") && !word_is(x, be_at, "be") && be_at >= i - 3)
                be_at--;
            if (!quoted_soon && !(be_at - 1 >= 0 && word_is(x, be_at - 1, "it"))) return 0;
        }
    }
    /* round 14c: a participle naming what an indefinite object or
     * prepositional phrase is called is no cue ("set up a website called
     * …", "sent along a woman called …"; not "A critic called it …") */
    if (n >= 5 && n <= 6 && last == 'd' && (word_is(x, i, "called") || word_is(x, i, "dubbed") ||
                                            word_is(x, i, "named"))) {
        int32_t k = i - 1;
        while (k > 0 && k >= i - 3 && x->t[k].kind == T_WORD && x->t[k].q < 0 && !(x->t[k].flags & F_CAP) &&
               !(tflags(x, k) & (LX_FUNC | LX_PRONOUN | LX_CUE)))
            k--;
        if (k < i - 1 && k > 0 && (word_is(x, k, "a") || word_is(x, k, "an")) && x->t[k - 1].kind == T_WORD &&
            x->t[k - 1].q < 0)
            return 0;
    }
    /* round 14c: "continue" speaks only before punctuation or a
     * quotation ("Cruz continued: “…”", "…,” he continued."), "that" or a
     * speech verb ("continues to insist"), not in "continues to debate",
     * "continued as planned" */
    if (n >= 8 && n <= 9 && tx(x, i)[0] == 'c' && tx(x, i)[4] == 'i' && i + 1 < x->nt &&
        x->t[i + 1].kind == T_WORD && x->t[i + 1].q < 0 &&
        (word_is(x, i, "continue") || word_is(x, i, "continues") || word_is(x, i, "continued")) &&
        !word_is(x, i + 1, "that") && !(word_is(x, i + 1, "to") && i + 2 < x->nt && x->t[i + 2].kind == T_WORD && (tflags(x, i + 2) & LX_CUE))) {
        /* "She continued with a plea to riders: “…”" */
        for (int32_t k = i + 2; k < x->nt && k <= i + 10 && x->t[k].kind != T_PARA; k++) {
            if (punct_is(x, k, ':')) return 1;
            if (x->t[k].kind == T_PUNCT && x->t[k].cp != ',') break;
        }
        return 0;
    }
    return 1;
}

int is_cue_slow(ctx *x, int32_t i)
{
    if (tl(x, i) == 9 && (tx(x, i)[0] | 0x20) == 'a' && word_is(x, i, "according")) return word_is(x, i + 1, "to");
    if (x->t[i].flags & F_CAP) return 0;
    /* round 15: a possessive is a noun ("the state’s party convention") */
    if (strip_poss(tx(x, i), tl(x, i)) != tl(x, i)) return 0;
    /* most words asked are no cue and looked up by nothing else: the cue
     * filter answers for them without the lexicon lookup */
    int cue;
    if (x->t[i].lxf & LXF_KNOWN) cue = (x->t[i].lxf & LX_CUE) != 0;
    else cue = maybe_cue(tx(x, i), tl(x, i)) && (tflags(x, i) & LX_CUE); /* no possessive: see above */
    if (!cue) {
        /* phrasal cues, decided by the next word ("it", "on", "back"),
         * tested by its length first: this runs for every word that is no
         * cue */
        if (i + 1 >= x->nt) return 0;
        size_t nn = tl(x, i + 1);
        if (nn != 2 && nn != 4) return 0;
        size_t n = tl(x, i);
        const char *w = tx(x, i);
        if (nn == 4) {
            /* round 20 (indirect): "Polls show that …" (see findings_subject) */
            if (n == 4 && w[0] == 's' && word_is(x, i, "show")) return findings_subject(x, i);
            /* "Trump shot back, “…”", "fired back", "hit back" */
            static const char *const back_cues[] = {"shot", "fired", "hit", "shoots", "fires", "hits", NULL};
            return n >= 3 && n <= 6 && (w[0] == 's' || w[0] == 'f' || w[0] == 'h') && word_is(x, i + 1, "back") &&
                   word_in(x, i, back_cues);
        }
        /* "As one analyst puts it, “…”" */
        if ((n == 3 || n == 4) && w[0] == 'p' && w[1] == 'u' && w[2] == 't' && (n == 3 || w[3] == 's') &&
            word_is(x, i + 1, "it") && punct_is(x, i + 2, ','))
            return 1;
        /* round 10: "“…,” he went on." — "went on" ending the sentence
         * (not "went on to say", "went on for days", "goes on, including") */
        return n == 4 && (w[0] == 'w' || w[0] == 'g') && (word_is(x, i, "went") || word_is(x, i, "goes")) &&
               word_is(x, i + 1, "on") && i + 2 < x->nt && punct_is(x, i + 2, '.');
    }
    /* a noun after a determiner or a possessive: "his comments", "Trump’s
     * statement", "the call"; "thanks to" */
    if (i > 0 && x->t[i - 1].kind == T_WORD && x->t[i - 1].q < 0) {
        /* "the", "a", "an", "his", "her", "their", "its", "our", "my",
         * "your", "this", "these", "those": by length */
        const char *d = tx(x, i - 1);
        size_t dn = tl(x, i - 1);
#define DET_(w) same_word(d, w, dn)
        switch (dn) {
        case 1: if (DET_("a")) return 0; break;
        case 2: if (DET_("an") || DET_("my")) return 0; break;
        case 3: if (DET_("the") || DET_("his") || DET_("her") || DET_("its") || DET_("our")) return 0; break;
        case 4: if (DET_("your") || DET_("this")) return 0; break;
        case 5: if (DET_("their") || DET_("these") || DET_("those")) return 0; break;
        default: break;
        }
#undef DET_
        size_t sn = strip_poss(d, dn);
        if (sn != dn) {
            /* round 12: "he’s predicting", "she’s said": a personal
             * pronoun's ’s is "is" or "has", the cue a verb ("It’s
             * implied" has no speaker: left a noun, see round 9) */
            static const char *const contr[] = {"he", "she", "who", NULL};
            /* round 15: a name written with 's ("Moody's said",
             * "McDonald's says") before a verb that is never a noun */
            static const char *const never_noun[] = {"said", "says", "told", "added", NULL};
            if (!str_in(d, sn, contr) && !((x->t[i - 1].flags & F_CAP) && word_in(x, i, never_noun))) return 0;
        }
        if (i > 1 && noun_after_modifier(x, i)) return 0;
    }
    if (word_is(x, i, "thanks") && word_is(x, i + 1, "to")) return 0;
    /* round 20: "the so called “Harbour First Plan” seeks
     * …", "the so- called ‘special relationship’": the writer's name for
     * a thing, in marks, is no one's speech */
    if (i >= 1 && (tx(x, i)[0] | 0x20) == 'c' && word_is(x, i, "called")) {
        int32_t p = i - 1;
        if (p >= 1 && punct_is(x, p, '-')) p--;
        if (word_is(x, p, "so")) return 0;
    }
    /* round 14b: "several firms have called off deals with her":
     * cancelling, no speech; round 24: nor "calling into doubt his
     * record", "called the count into question" (a few words between) */
    if ((tx(x, i)[0] | 0x20) == 'c' && tl(x, i) >= 4 && tl(x, i) <= 7 &&
        (word_is(x, i, "call") || word_is(x, i, "calls") || word_is(x, i, "called") || word_is(x, i, "calling"))) {
        if (word_is(x, i + 1, "off")) return 0;
        for (int32_t k = i + 1; k + 1 < x->nt && k <= i + 6 && x->t[k].kind == T_WORD && x->t[k].q < 0; k++)
            if (word_is(x, k, "into") && (word_is(x, k + 1, "question") || word_is(x, k + 1, "doubt"))) return 0;
    }
    /* round 15: senses of cue words that report no speech, reached on
     * real news through lead-ins: "pleaded guilty", "posted a 5 pct rise in
     * profits" (not "posted on Twitter that …"), "reported from Los
     * Angeles" (a byline), "is reported to have" (a passive) */
    if ((tx(x, i)[0] | 0x20) == 'p' || (tx(x, i)[0] | 0x20) == 'r') {
        if ((word_is(x, i, "pleaded") || word_is(x, i, "pleads") || word_is(x, i, "plead")) &&
            (word_is(x, i + 1, "guilty") || word_is(x, i + 1, "not") || word_is(x, i + 1, "innocent") ||
             word_is(x, i + 1, "no")))
            return 0;
        if ((word_is(x, i, "posted") || word_is(x, i, "posts")) && i + 1 < x->nt &&
            (is_determiner(x, i + 1) || (x->t[i + 1].flags & F_DIGIT) || word_is(x, i + 1, "sharp") ||
             word_is(x, i + 1, "record"))) {
            static const char *const money[] = {"gain", "gains", "loss", "losses", "profit", "profits", "rise",
                                                "fall", "decline", "drop", "increase", "earnings", "income",
                                                "revenue", "revenues", "sales", "deficit", "surplus", NULL};
            for (int32_t k = i + 1; k < x->nt && k <= i + 6 && x->t[k].kind == T_WORD; k++)
                if (word_in(x, k, money)) return 0;
        }
        if (word_is(x, i, "reported") &&
            ((word_is(x, i + 1, "from") && cap_word(x, i + 2)) ||
             (word_is(x, i + 1, "to") && (word_is(x, i + 2, "have") || word_is(x, i + 2, "be")))))
            return 0;
    }
    /* round 14c: the tests by the neighbours, once per token */
    if (!(x->t[i].flags & F_CTX_DONE)) {
        x->t[i].flags |= F_CTX_DONE;
        /* a past tense in -d ("said", "told", "reported": most cues
         * asked) needs the tests only for a passive (a word before it
         * that may be "be" or an adverb, by length and first letter), a
         * naming participle or "continued" */
        size_t n = tl(x, i);
        char last = tx(x, i)[n - 1];
        int ask = 1;
        if (last == 'd' && !(n >= 5 && n <= 6) && !(n == 9 && tx(x, i)[0] == 'c')) {
            ask = 0;
            const tk *p = i > 1 ? &x->t[i - 1] : NULL;
            if (p && p->kind == T_WORD) {
                size_t pn = p->e - p->s;
                const char *pw = x->s + p->s;
                unsigned char c0 = lower_c((unsigned char)pw[0]);
                ask = (pn >= 2 && pn <= 5 && (c0 == 'i' || c0 == 'b' || c0 == 'w' || c0 == 'a')) ||
                      (pn >= 3 && pw[pn - 1] == 'y' && pw[pn - 2] == 'l') ||
                      (pn <= 7 && (c0 == 'n' || c0 == 's' || c0 == 'o' || c0 == 'a'));
            }
        }
        if (ask && !cue_by_context(x, i)) x->t[i].flags |= F_CTX_NOCUE;
    }
    return !(x->t[i].flags & F_CTX_NOCUE);
}

int plural_noun(ctx *x, int32_t i)
{
    static const char *const irregular[] = {"police", "people", "staff", "media", "women", "men", "children",
                                            "officials", NULL};
    if (x->t[i].kind != T_WORD || (x->t[i].flags & F_DIGIT) || x->t[i].q >= 0) return 0;
    /* capitalised only as the first word of its sentence ("Members of …") */
    if ((x->t[i].flags & F_CAP) && (i != x->sent_first[x->t[i].sent] || (x->t[i].flags & F_ACRO))) return 0;
    if (word_in(x, i, irregular)) return 1;
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    /* round 15: "spokesmen", "businessmen", "chairmen" */
    if (n >= 6 && w[n - 1] == 'n' && w[n - 2] == 'e' && w[n - 3] == 'm' && !(x->t[i].flags & F_CAP)) return 1;
    if (n < 5 || w[n - 1] != 's') return 0;
    char c = w[n - 2];
    return c != 's' && c != 'u' && c != 'i' && c != '\'' && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static tspan np_head(ctx *x, tspan r, int32_t lo);

const char *const prep_of[] = {"of", "for", "at", "in", NULL};

const char *const polled[] = {"polled", "surveyed", "contacted", "interviewed", "questioned", NULL};

/* Round 16: whether token k is a conjunction that opens a clause inside
 * a sentence: "but", "although", "though", "while", "whereas", "because",
 * "since", "so", "yet"; "and" after a comma or after a lower-case word that
 * is no plural noun ("in the north and officials said", not "the pilots
 * and officials said", a coordinated subject), nor between two -ing
 * modifiers ("Rubber producing and consuming countries"). */
static int clause_conj(ctx *x, int32_t k)
{
    static const char *const conj[] = {"but", "although", "though", "while", "whereas", "because", "since", "so",
                                       "yet", NULL};
    if (x->t[k].kind != T_WORD || x->t[k].q >= 0) return 0;
    if (word_in(x, k, conj)) return 1;
    return word_is(x, k, "and") && and_opens_clause(x, k);
}

/* Round 16: whether w (n bytes) names a number ("two", "twelve",
 * "ninety", "hundred"): by length, as share_word asks it of nearly every
 * phrase end. */
static int number_name(const char *w, size_t n)
{
#define NN_(v) same_word(w, v, n)
    switch (n) {
    case 3: return NN_("one") || NN_("two") || NN_("six") || NN_("ten");
    case 4: return NN_("four") || NN_("five") || NN_("nine");
    case 5: return NN_("three") || NN_("seven") || NN_("eight") || NN_("forty") || NN_("fifty") || NN_("sixty");
    case 6:
        return NN_("eleven") || NN_("twelve") || NN_("twenty") || NN_("thirty") || NN_("eighty") || NN_("ninety");
    case 7: return NN_("seventy") || NN_("hundred");
    default: return 0;
    }
#undef NN_
}

/* Round 16: a number as a word or in digits ("two", "46", "1,300"). */
static int number_word(ctx *x, int32_t i)
{
    if (x->t[i].kind != T_WORD || x->t[i].q >= 0) return 0;
    return (x->t[i].flags & F_DIGIT) || number_name(tx(x, i), tl(x, i));
}

/* Round 16: whether tokens [a, b] are a share of people, as a poll reports
 * them: an optional hedge ("almost", "more than"), then a number with an
 * optional percent ("46 percent", "Fifty nine percent", "22%"), "N in M",
 * a fraction ("a third", "two-thirds", "half"), or "most"/"many"/"a
 * majority", then an optional "of" phrase ending in a plural or "them"
 * ("of voters", "of those polled"), then an optional figure in brackets
 * or between commas ("Most (62%)", "Almost a quarter, 22%,"). */
static int share_phrase(ctx *x, int32_t a, int32_t b)
{
    static const char *const hedge[] = {"almost", "nearly", "about", "around", "roughly", "some", "over",
                                        "just", "only", "fully", "exactly", NULL};
    static const char *const frac[] = {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
                                       "tenths", "half", "two-thirds", "three-quarters", "majority", "minority",
                                       NULL};
    static const char *const many[] = {"most", "many", "half", "two-thirds", "three-quarters", NULL};
    static const char *const pct[] = {"percent", "pct", "%", NULL};
    int32_t k = a;
    if (k <= b && word_in(x, k, hedge)) k++;
    if (k < b && k > a && word_is(x, k, "over")) k++; /* round 20: "Just over a quarter" */
    else if (k + 1 <= b && (word_is(x, k, "more") || word_is(x, k, "fewer") || word_is(x, k, "less")) &&
             word_is(x, k + 1, "than"))
        k += 2;
    else if (k + 1 <= b && word_is(x, k, "at") && word_is(x, k + 1, "least"))
        k += 2;
    if (k > b) return 0;
    int head = 0;
    if (number_word(x, k)) {
        while (k + 1 <= b && number_word(x, k + 1)) k++; /* "Fifty nine" */
        if (k + 2 <= b && word_is(x, k + 1, "in") && number_word(x, k + 2)) {
            k += 3; /* "two in three" */
            head = 1;
            /* round 20 (indirect): the people counted right after it,
             * with no "of" ("Six in 10 Kelmouth primary voters") */
            if (k <= b && b - k <= 4 && plural_noun(x, b) && !word_is(x, k, "of")) {
                for (int32_t m = k; m <= b; m++)
                    if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || is_cue(x, m) ||
                        (tflags(x, m) & (LX_FUNC | LX_PRONOUN)))
                        return 0;
                return 1;
            }
        } else if (k + 1 <= b && (word_in(x, k + 1, pct) || punct_is(x, k + 1, '%'))) {
            k += 2;
            head = 1;
        } else if (k + 2 <= b && word_is(x, k + 1, "per") && word_is(x, k + 2, "cent")) {
            k += 3;
            head = 1;
        } else if (k + 1 <= b && word_in(x, k + 1, frac)) {
            k += 2; /* "two thirds" */
            head = 1;
        }
    } else if (k + 1 <= b && (word_is(x, k, "a") || word_is(x, k, "the")) && word_in(x, k + 1, frac)) {
        k += 2;
        head = 1;
    } else if (word_in(x, k, many)) {
        k++;
        head = 1;
    }
    if (!head) return 0;
    /* the figure in brackets or between commas */
    if (k <= b && (punct_is(x, k, '(') || punct_is(x, k, ','))) {
        int paren = punct_is(x, k, '(');
        int32_t m = k + 1;
        while (m <= b && m < k + 5 && !punct_is(x, m, paren ? ')' : ',')) m++;
        if (m > b || m == k + 1 || !(x->t[k + 1].flags & F_DIGIT)) return 0;
        k = m + 1;
    }
    if (k <= b && word_is(x, k, "of")) {
        /* "of voters", "of those polled", "of them", "of the 1,000 adults
         * surveyed" */
        if (b - k > 5) return 0;
        /* round 19: capitalised modifiers before the plural ("of
         * Democratic primary voters", "of Florida Latino voters") */
        for (int32_t m = k + 1; m <= b; m++)
            if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || (cap_word(x, m) && m == b) || is_cue(x, m)) return 0;
        return plural_noun(x, b) || word_is(x, b, "them") || word_is(x, b, "those") || word_is(x, b, "polled") ||
               word_is(x, b, "surveyed") || word_is(x, b, "questioned") || word_is(x, b, "respondents");
    }
    return k == b + 1;
}

/* Round 16: whether a share can end at token j (np_left asks this of
 * every phrase end, so the cheap tests come first): a figure, a percent,
 * a fraction or "most", a bracket or comma after a figure, or a plural
 * after "of" that follows one of those.  share_word: a number word, a
 * percent, a fraction, "most" or "many". */
static int share_word(ctx *x, int32_t i)
{
    /* by length and first letter, like is_adverb: np_left asks this of
     * nearly every phrase end, and most words are none of these */
    if (x->t[i].kind != T_WORD) return 0;
    size_t n = tl(x, i);
    const char *w = tx(x, i);
    if (number_name(w, n)) return 1;
#define SW_(v) same_word(w, v, n)
    switch (n) {
    case 3: return SW_("pct");
    case 4: return SW_("cent") || SW_("half") || SW_("most") || SW_("many");
    case 5: return SW_("third") || SW_("fifth") || SW_("tenth");
    case 6: return SW_("thirds") || SW_("fifths") || SW_("tenths");
    case 7: return SW_("percent") || SW_("quarter");
    case 8: return SW_("quarters") || SW_("majority") || SW_("minority");
    case 10: return SW_("two-thirds");
    case 14: return SW_("three-quarters");
    default: return 0;
    }
#undef SW_
}

static int share_end(ctx *x, int32_t j)
{
    if (x->t[j].kind != T_WORD) {
        if (j < 1 || !(punct_is(x, j, ',') || punct_is(x, j, ')') || punct_is(x, j, '%'))) return 0;
        return punct_is(x, j, '%') || punct_is(x, j - 1, '%') || (x->t[j - 1].flags & F_DIGIT) ||
               share_word(x, j - 1);
    }
    if (x->t[j].flags & F_DIGIT) return 1;
    /* a plural after "of" ("of voters", "of those polled") */
    size_t n = tl(x, j);
    const char *w = tx(x, j);
    if (n >= 4 && (w[n - 1] == 's' || w[n - 1] == 'd' || w[n - 1] == 'e' || w[n - 1] == 'm')) {
        for (int32_t k = j - 1; k >= 1 && k >= j - 5; k--) {
            if (tl(x, k) == 2 && word_is(x, k, "of"))
                return punct_is(x, k - 1, '%') || punct_is(x, k - 1, ')') || (x->t[k - 1].flags & F_DIGIT) ||
                       share_word(x, k - 1);
            /* round 20 (indirect): "Six in 10 Kelmouth voters" */
            if (w[n - 1] == 's' && tl(x, k) == 2 && word_is(x, k, "in") && k + 1 < j && number_word(x, k - 1) &&
                number_word(x, k + 1))
                return 1;
        }
    }
    return share_word(x, j);
}

/* Round 16: the share of people that speaks at token j ("Two in three
 * said", "46 percent of voters said", "Most (62%) said"), opening its
 * clause; {-1, -1} otherwise. */
static tspan share_subject(ctx *x, int32_t j, int32_t lo)
{
    tspan r = {-1, -1};
    if (x->t[j].q >= 0 || !share_end(x, j)) return r;
    for (int32_t c = j - 12 < lo ? lo : j - 12; c <= j; c++) {
        if (!(c == x->sent_first[x->t[c].sent] || (c - 1 >= lo && clause_conj(x, c - 1)) ||
              (c - 1 >= lo && punct_is(x, c - 1, ',') && c - 2 >= lo && x->t[c - 2].kind == T_WORD)))
            continue;
        if (share_phrase(x, c, j)) {
            r.a = c;
            r.b = punct_is(x, j, ',') ? j - 1 : j; /* "Almost a quarter, 22%," */
            return r;
        }
    }
    return r;
}

/* Round 16: bodies and quantities whose "of" phrase names their members
 * ("the board of directors", "a number of analysts"): the phrase's head
 * speaks for them. */
static const char *const of_body[] = {"board", "committee", "council", "panel", "majority", "number", "group",
                                      "team", "association", "commission", "delegation", "coalition", "union",
                                      NULL};

/* Round 16: phrase r is the object in a relative clause without commas
 * ("But pilots who attended the talks with Reis said"): the noun
 * before "who" and one or two verbs heads the phrase, which runs from
 * it to r's end. */
static tspan np_relative(ctx *x, tspan r, int32_t lo)
{
    if (r.a < 0) return r;
    for (int32_t w = r.a - 2; w >= r.a - 3 && w - 1 >= lo; w--) {
        if (!word_is(x, w, "who")) continue;
        for (int32_t k = w + 1; k < r.a; k++)
            if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || cap_word(x, k) || is_cue(x, k) ||
                (tflags(x, k) & (LX_FUNC | LX_PRONOUN)))
                return r;
        tspan who = np_left(x, w - 1, lo);
        if (who.a >= 0 && who.b == w - 1) r.a = who.a;
        return r;
    }
    return r;
}

tspan np_left(ctx *x, int32_t j, int32_t lo)
{
    tspan r = {-1, -1};
    /* round 13: also an emphatic reflexive ("Sanders himself said") */
    static const char *const reflexive[] = {"himself", "herself", "itself", "themselves", NULL};
    /* round 14c: and "is", "was", "are", "were", "been" ("Tom Hale was asked,
     * “…”"); round 15: "has", "had", "have" in any case (is_adverb takes
     * them in lower case only; Reuters writes "The U.S. Has said") */
    /* round 15: a time between the subject and the cue ("Tessa Jowell on
     * Tuesday said", "X yesterday said") */
    if (j - 1 > lo && j + 1 < x->nt && x->t[j + 1].kind == T_WORD && !(x->t[j + 1].flags & F_CAP) && is_day(x, j)) {
        if (word_is(x, j - 1, "on")) j -= 2;
        else if (!(x->t[j].flags & F_CAP)) j--;
    }
    /* round 16: "Tom Hale late last year said", "X earlier this month
     * said" (a finite cue: not "issued a report this month saying") */
    else if (j - 2 > lo && tl(x, j) >= 4 && tl(x, j) <= 5 && x->t[j].kind == T_WORD && !(x->t[j].flags & F_CAP) &&
             (word_is(x, j, "year") || word_is(x, j, "month") || word_is(x, j, "week")) &&
             (word_is(x, j - 1, "last") || word_is(x, j - 1, "this")) && finite_cue(x, j + 1)) {
        j -= 2;
        if (word_is(x, j, "late") || word_is(x, j, "early") || word_is(x, j, "earlier")) j--;
    }
    /* round 22: "Hale at the time said she'd been told …": the same with the
     * time of a past report (a finite cue after it) */
    else if (j - 3 >= lo && tl(x, j) == 4 && word_is(x, j, "time") && word_is(x, j - 1, "the") &&
             word_is(x, j - 2, "at") && finite_cue(x, j + 1))
        j -= 3;
    while (j >= lo && (is_adverb(x, j) || (j > lo && tl(x, j) >= 6 && word_in(x, j, reflexive)) ||
                       (j > lo && tl(x, j) >= 2 && tl(x, j) <= 4 && x->t[j].kind == T_WORD &&
                        (same_word(tx(x, j), tl(x, j) == 2 ? "is" : tl(x, j) == 3 ? "was" : "were", tl(x, j)) ||
                         (tl(x, j) == 3 && (same_word(tx(x, j), "are", 3) || same_word(tx(x, j), "has", 3) ||
                                            same_word(tx(x, j), "had", 3))) ||
                         (tl(x, j) == 4 && (same_word(tx(x, j), "been", 4) || same_word(tx(x, j), "have", 4))))) ||
                       /* round 19: "has long maintained", "have long argued" */
                       (j - 1 > lo && tl(x, j) == 4 && x->t[j].kind == T_WORD && same_word(tx(x, j), "long", 4) &&
                        (word_is(x, j - 1, "has") || word_is(x, j - 1, "have") || word_is(x, j - 1, "had")))))
        j--;
    if (j < lo) return r;
    /* round 16: a participle phrase after the subject's noun, with a
     * time ("The report published on Tuesday said", "A company statement
     * issued late on Friday said"): the noun heads the phrase */
    {
        static const char *const doc_part[] = {"issued", "released", "published", "posted", "distributed",
                                               "circulated", "prepared", "signed", "dated", "sent", "filed", NULL};
        static const char *const when[] = {"on", "late", "early", "earlier", "last", "this", "overnight",
                                           "week", "month", "year", "morning", "afternoon", "evening", "night",
                                           NULL};
        /* the participle first, by its ending (np_left runs for every
         * cue): the last word in -ed (or "sent") at most three back */
        int32_t k = j;
        while (k > lo && k > j - 4 && x->t[k].kind == T_WORD &&
               !(tl(x, k) > 3 && ((tx(x, k)[tl(x, k) - 2] == 'e' && tx(x, k)[tl(x, k) - 1] == 'd') ||
                                  (tl(x, k) == 4 && same_word(tx(x, k), "sent", 4)))))
            k--;
        int ok = k - 1 >= lo && x->t[k].kind == T_WORD && x->t[k - 1].kind == T_WORD && x->t[k - 1].q < 0 &&
                 !(tflags(x, k - 1) & (LX_FUNC | LX_PRONOUN)) && word_in(x, k, doc_part);
        if (ok && k == j) {
            /* with no time, not before a plural noun ("the union filed
             * comments opposing …") */
            ok = !(j + 1 < x->nt && tl(x, j + 1) > 4 && tx(x, j + 1)[tl(x, j + 1) - 1] == 's');
        } else
            for (int32_t m = k + 1; m <= j && ok; m++)
                ok = x->t[m].kind == T_WORD && x->t[m].q < 0 && (is_day(x, m) || word_in(x, m, when));
        if (ok) {
            tspan in = np_left(x, k - 1, lo);
            if (in.a >= 0 && in.b == k - 1 && (is_determiner(x, in.a) || cap_word(x, in.a))) return in;
        }
    }
    {
        tspan sh = share_subject(x, j, lo);
        if (sh.a >= 0) return sh;
    }
    /* round 20 (indirect): "those surveyed said", "Those polled say" */
    if (j - 1 >= lo && tl(x, j - 1) == 5 && word_is(x, j - 1, "those") && word_in(x, j, polled)) return (tspan){j - 1, j};
    tk *t = &x->t[j];
    if (t->q >= 0) return r;
    if (t->kind == T_PUNCT && t->cp == ')') {
        int32_t k = j - 1;
        while (k >= lo && k > j - 12 && !punct_is(x, k, '(')) k--;
        if (k > lo && punct_is(x, k, '(')) return np_left(x, k - 1, lo);
        /* round 16: a company in brackets opening the sentence, as
         * Reuters marks an unlisted one ("(Kelmouth Ferry Inc) said") */
        if (k >= lo && k + 1 < j && punct_is(x, k, '(') && k == x->sent_first[x->t[k].sent] && cap_word(x, k + 1) &&
            cap_word(x, j - 1)) {
            tspan in = np_left(x, j - 1, k + 1);
            if (in.a == k + 1) return in;
        }
        return r;
    }
    /* round 15: Reuters marks a company in angle brackets: a ticker after
     * the name ("House of Fabrics Inc <HF> said", "Swissair <SWSZ.Z>
     * said") is skipped like a parenthetical; a bracketed name ("<Pagurian
     * Corp Ltd> said", an unlisted company) is the phrase itself */
    if (t->kind == T_PUNCT && t->cp == '>') {
        int32_t k = j - 1;
        while (k >= lo && k > j - 10 && (x->t[k].kind == T_WORD || punct_is(x, k, '.') || punct_is(x, k, '&')))
            k--;
        if (k < lo || k >= j - 1 || !punct_is(x, k, '<')) return r;
        int ticker = 1;
        for (int32_t m = k + 1; m < j && ticker; m++)
            ticker = x->t[m].kind != T_WORD || (x->t[m].flags & F_ACRO) ||
                     ((x->t[m].flags & F_CAP) && tl(x, m) == 1);
        if (ticker && k - 1 >= lo && x->t[k - 1].kind == T_WORD && cap_word(x, k - 1)) return np_left(x, k - 1, lo);
        if (!ticker || k - 1 < lo || x->t[k - 1].kind != T_WORD) {
            tspan in = np_left(x, j - 1, k + 1);
            if (in.a >= 0 && cap_word(x, in.a)) return in;
        }
        return r;
    }
    if (t->kind == T_PUNCT && t->cp == ',') {
        /* round 13: "Gov. Tom Hale (R-Ohio), said": a party and state tag
         * (or any parenthetical) before the comma; the name before it */
        if (j - 1 > lo && punct_is(x, j - 1, ')')) {
            tspan in = np_left(x, j - 1, lo);
            if (in.a >= 0 && cap_word(x, in.b)) return in;
            return r;
        }
        /* an appositive: "Name, the party chairman, said" */
        int32_t k = j - 1;
        while (k >= lo && k > j - 16 &&
               (x->t[k].kind == T_WORD || (x->t[k].kind == T_QMARK && x->t[k].q < 0 && !x->t[k].left_space)))
            k--;
        if (k >= lo && punct_is(x, k, ',') && k - 1 >= lo && cap_word(x, k - 1)) {
            tspan in = np_left(x, k - 1, lo);
            /* "Ned Rowe, 22, of Alden, Mich., said", "Ann Cole of Reno,
             * Nev., said": the place is the speaker's, who comes before */
            if (in.a >= 0 && in.a - 2 >= lo && (word_is(x, in.a - 1, "of") || word_is(x, in.a - 1, "from"))) {
                int32_t m = in.a - 2;
                if (m - 2 >= lo && punct_is(x, m, ',') && (x->t[m - 1].flags & F_DIGIT) && punct_is(x, m - 2, ','))
                    m -= 3; /* ", 22," */
                if (m >= lo && cap_word(x, m)) {
                    tspan who = np_left(x, m, lo);
                    if (who.a >= 0) return who;
                }
            }
            /* round 14c: "The director of the Harbour Board, Tom Hale,
             * said": a person named in apposition to a description (a
             * role and what it is of) opening the clause speaks (not
             * after a quotation or a comma, where the description ends
             * the content before it) */
            if (in.a >= 0 && in.a < in.b && k + 1 < j && j - 1 - k <= 5 && !cap_word(x, in.a + 1) &&
                (!cap_word(x, in.a) || is_determiner(x, in.a)) &&
                (in.a == 0 || x->t[in.a - 1].kind == T_WORD || x->t[in.a - 1].kind == T_PARA ||
                 punct_is(x, in.a - 1, '.'))) {
                int32_t pm = mention_at(x, k + 1);
                if (pm >= 0 && x->ms[pm].t1 == j - 1 && x->ents[x->ms[pm].ent].kind == ENT_PERSON)
                    return (tspan){k + 1, j - 1};
            }
            /* round 14: "the mayor of Dover, Tom Hale, said": the place or
             * body is a preposition's object in a description; the name
             * set off after it speaks.  cr: the capitalised run that ends
             * the phrase ("Dover"; np_head may have taken "the mayor of"
             * into it) */
            int32_t cr = in.b;
            while (in.a >= 0 && cr - 1 >= in.a && cap_word(x, cr - 1)) cr--;
            if (in.a >= 0 && cr - 2 >= lo && word_in(x, cr - 1, prep_of) && x->t[cr - 2].kind == T_WORD &&
                !cap_word(x, cr - 2) && k + 1 < j && j - k <= 5) {
                int names = 1;
                for (int32_t m = k + 1; m < j && names; m++)
                    names = cap_word(x, m) && !(tflags(x, m) & (LX_FUNC | LX_PRONOUN));
                if (names) {
                    r.a = k + 1;
                    r.b = j - 1;
                    return r;
                }
            }
            if (in.a >= 0 && cap_word(x, in.b)) return in;
        }
        /* round 10: "a port source, who was not cleared to
         * speak, told …": a description before a relative clause set off
         * by commas */
        /* round 14c: also a participle ("a port official, speaking on
         * condition of anonymity, said") */
        if (k >= lo && punct_is(x, k, ',') && k - 1 >= lo &&
            (word_is(x, k + 1, "who") ||
             (ing_form(x, k + 1) && k + 2 < j && !word_is(x, k + 2, "and") && !punct_is(x, k + 2, ','))) &&
            !cap_word(x, k - 1)) {
            static const char *const art[] = {"a", "an", "the", "one", "another", NULL};
            tspan in = np_left(x, k - 1, lo);
            /* the description opens its phrase (not "Lord Condon, head of
             * the ICC's anti-corruption unit, who …": an appositive) */
            if (in.a >= 0 && in.a < in.b && word_in(x, in.a, art) && (in.a == lo || x->t[in.a - 1].kind != T_WORD))
                return in;
            /* round 16: a plural with no article ("…, senior economists,
             * including Tom Hale of Kelmouth Bank, said") */
            if (in.a >= 0 && in.b == k - 1 && plural_noun(x, in.b) && (in.a == lo || x->t[in.a - 1].kind != T_WORD))
                return in;
        }
        /* "Ann Cole’s spokesman, Tom Reed, said": the name in apposition
         * to a role noun speaks */
        if (k >= lo && punct_is(x, k, ',') && k + 1 < j && k + 4 >= j - 1 && k - 1 >= lo &&
            x->t[k - 1].kind == T_WORD && !cap_word(x, k - 1)) {
            int all_cap = 1;
            for (int32_t m = k + 1; m < j; m++) all_cap &= cap_word(x, m);
            if (all_cap && !(tflags(x, k + 1) & (LX_FUNC | LX_PRONOUN))) {
                r.a = k + 1;
                r.b = j - 1;
            }
        }
        return r;
    }
    if (t->kind != T_WORD) return r;
    if (word_is(x, j, "who") || word_is(x, j, "which")) {
        if (j - 1 >= lo && punct_is(x, j - 1, ',')) {
            int32_t k = j - 2;
            if (k >= lo && cap_word(x, k)) return np_left(x, k, lo);
            return np_left(x, k, lo);
        }
        return r;
    }
    uint32_t f = tflags(x, j);
    if (f & LX_PRONOUN) {
        r.a = r.b = j;
        return r;
    }
    if (cap_word(x, j)) {
        int32_t a = j;
        while (a - 1 >= lo) {
            if (cap_word(x, a - 1) && x->t[a - 1].q < 0) a--;
            else if (a - 2 >= lo && is_connector(x, a - 1) && cap_word(x, a - 2)) a -= 2;
            /* round 15: "and" inside a portfolio before a title ("Trade
             * and Industry Minister Ana Reis"), not between two
             * people */
            else if (a - 2 >= lo && word_is(x, a - 1, "and") && cap_word(x, a - 2) &&
                     !(tflags(x, a - 2) & (LX_GIVEN | LX_TITLE)) && !(tflags(x, a) & (LX_GIVEN | LX_TITLE)) &&
                     a + 1 <= j && (tflags(x, a + 1) & LX_TITLE))
                a -= 2;
            /* round 15: a plural possessive's apostrophe, a token of its
             * own ("the French Maize Producers' Association") */
            else if (a - 2 >= lo && plural_poss_mark(x, a - 1) && cap_word(x, a - 2))
                a -= 2;
            /* round 16: an acronym in brackets inside the run ("Kelmouth
             * Ferry Exchange (KFE) Chief Executive Tom Hale said") */
            else if (a - 4 >= lo && punct_is(x, a - 1, ')') && (x->t[a - 2].flags & F_ACRO) && punct_is(x, a - 3, '(') &&
                     cap_word(x, a - 4) && cap_word(x, a))
                a -= 4;
            else break;
        }
        /* round 14c: not a function word that opens a name ("First
         * Wisconsin Corp said") */
        int32_t m0 = a < j ? mention_at(x, a) : -1;
        if (!(m0 >= 0 && x->ms[m0].t0 == a && x->ms[m0].t1 >= j))
            while (a < j && (tflags(x, a) & (LX_FUNC | LX_PRONOUN)) && !(x->t[a].flags & F_ACRO)) a++;
        if (tflags(x, a) & LX_FUNC && a == j && !(tflags(x, a) & LX_ORG)) return r;
        /* round 15: "…, economists polled by Reuters said": who was polled
         * speaks */
        int32_t pb = a - 1 >= lo && word_is(x, a - 1, "the") ? a - 1 : a;
        if (pb - 3 >= lo && word_is(x, pb - 1, "by") && word_in(x, pb - 2, polled)) {
            tspan who = np_left(x, pb - 3, lo);
            if (who.a >= 0) return who;
        }
        /* round 15: a name with "and" in it ("Standard and Poor's said")
         * is the mention found for it */
        int32_t mj = mention_at(x, j);
        if (mj >= 0 && x->ms[mj].t1 == j && x->ms[mj].t0 < a && x->ms[mj].t0 >= lo) a = x->ms[mj].t0;
        /* round 15: a role in lower case before the name ("…, provincial
         * treasurer Dick Johnston said", "lead manager Morgan Stanley
         * said", "GATT spokesman David Woods told"), or modifiers between
         * a determiner and the name ("the official Kelmouth Harbour
         * Gazette said"): the phrase starts with them */
        if (a - 1 >= lo && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0 && !cap_word(x, a - 1) &&
            !(tflags(x, a - 1) & (LX_FUNC | LX_PRONOUN | LX_CUE))) {
            static const char *const np_prep[] = {"in", "with", "of", "for", "on", "at", "from", "to", "by",
                                                  "through", "about", "over", "under", "later", "earlier",
                                                  "ago", "days", "weeks", "months", "years", NULL};
            int32_t b = a - 1;
            /* round 16: a broadcaster or paper is a role too ("…, radio
             * Tanzania said", "the daily Kelmouth Post said") */
            static const char *const outlet[] = {"radio", "television", "newspaper", "daily", "weekly",
                                                 "agency", "broadcaster", NULL};
            int role = (tflags(x, b) & (LX_DESC | LX_TITLE)) != 0 || word_in(x, b, outlet);
            while (b - 1 >= lo && b > a - 4 && x->t[b - 1].kind == T_WORD && x->t[b - 1].q < 0 &&
                   !is_determiner(x, b - 1) && !(tflags(x, b - 1) & (LX_FUNC | LX_PRONOUN | LX_CUE)) &&
                   !word_in(x, b - 1, np_prep) &&
                   strip_poss(tx(x, b - 1), tl(x, b - 1)) == tl(x, b - 1))
                b--;
            /* not a verb ("The film showed Tom Hale, …") */
            for (int32_t m = b; m < a && b >= 0; m++)
                if (!(tflags(x, m) & (LX_DESC | LX_TITLE)) && past_verb(x, m)) b = -1;
            if (b < 0) {
                /* a verb: no phrase to extend */
            } else if (role && b - 1 >= lo && cap_word(x, b - 1) &&
                       strip_poss(tx(x, b - 1), tl(x, b - 1)) != tl(x, b - 1) &&
                       (b - 1 == lo || punct_is(x, b - 2, ',') || b - 1 == x->sent_first[x->t[b - 1].sent])) {
                a = b - 1; /* "…, CSR's chief executive Bryan Kelman said" */
            } else if (b - 1 >= lo && is_determiner(x, b - 1) && !word_is(x, b - 1, "that") &&
                       (role || (mj >= 0 && x->ents[x->ms[mj].ent].kind != ENT_PERSON)))
                a = b - 1; /* not "the fare Hale said riders should pay" */
            else if (role && (b == lo || punct_is(x, b - 1, ',') || b == x->sent_first[x->t[b].sent])) a = b;
        }
        if (a - 1 >= lo && word_is(x, a - 1, "the")) a--;
        r.a = a;
        r.b = j;
        return np_relative(x, np_head(x, r, lo), lo);
    }
    /* a description: "the Kremlin adviser", "a spokesman for the party" */
    if (f & LX_FUNC) return r;
    /* round 15a: "The report said", "The report concluded", "Press
     * reports said": a report that is a noun here (is_cue: before a verb)
     * speaks (not "Press reports citing …"); round 15b: so does a cue
     * word that names a document after a determiner or a possessive and
     * at most two modifiers ("the agency's latest report said", "Its
     * estimates showed", "The tweet said") */
    if ((f & LX_CUE) && !(tl(x, j) >= 6 && tl(x, j) <= 7 && x->t[j].q < 0 &&
                          (word_is(x, j, "report") || word_is(x, j, "reports")) && !is_cue(x, j) &&
                          !ing_form(x, j + 1))) {
        static const char *const doc_noun[] = {"report", "reports", "estimate", "estimates", "tweet",
                                               "post", "note", NULL};
        if (!word_in(x, j, doc_noun)) return r;
        int32_t d = j - 1;
        while (d >= lo && d >= j - 3 && x->t[d].kind == T_WORD && x->t[d].q < 0 && !is_determiner(x, d) &&
               strip_poss(tx(x, d), tl(x, d)) == tl(x, d) && !(tflags(x, d) & (LX_FUNC | LX_CUE | LX_PRONOUN)))
            d--;
        if (!(d >= lo && x->t[d].kind == T_WORD && x->t[d].q < 0 &&
              (is_determiner(x, d) || strip_poss(tx(x, d), tl(x, d)) != tl(x, d))))
            return r;
    }
    /* round 15: a name ending in a number ("A spokeswoman for Dockers
     * Local 912 said") */
    if ((x->t[j].flags & F_DIGIT) && j - 1 >= lo && cap_word(x, j - 1) && x->t[j - 1].e < x->t[j].s &&
        strip_poss(tx(x, j - 1), tl(x, j - 1)) == tl(x, j - 1)) { /* not "Uccel's 1987 estimated" */
        tspan nm = np_left(x, j - 1, lo);
        if (nm.a >= 0 && nm.b == j - 1) nm.b = j;
        return nm;
    }
    /* round 9: "put out a paper this month accusing …": a time is no one */
    static const char *const time_noun[] = {"month", "week", "year", "day", "morning", "afternoon", "evening",
                                            "night", "weekend", "time", NULL};
    if (word_in(x, j, time_noun)) return r;
    int32_t a = j;
    int has_det = 0, word_stop = 0;
    while (a - 1 >= lo && a > j - 7) {
        int32_t k = a - 1;
        /* round 15: over a plural possessive's apostrophe ("the
         * prosecutors' office") */
        if (k - 1 >= lo && plural_poss_mark(x, k)) {
            a = k;
            continue;
        }
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0) break;
        /* round 16: not "that" before a number ("showed that 72 percent
         * of riders said") */
        if (is_determiner(x, k) && !(word_is(x, k, "that") && (x->t[k + 1].flags & F_DIGIT))) {
            a = k;
            has_det = 1;
            break;
        }
        /* round 15: a quantifier before a plural ("Other employees said",
         * "Most analysts said") */
        static const char *const quant[] = {"other", "most", "many", "several", "few", "all", "both", "some",
                                            NULL};
        if (k < j && word_in(x, k, quant) && plural_noun(x, j)) { a = k; has_det = 1; break; }
        /* round 16: "Each side said"; a possessive in lower case determines
         * ("Pilots at yesterday's harbour meeting said") */
        if (word_is(x, k, "each") && !plural_noun(x, j)) { a = k; has_det = 1; break; }
        if (k < j && !cap_word(x, k) && x->t[k].kind == T_WORD && strip_poss(tx(x, k), tl(x, k)) != tl(x, k)) {
            a = k; /* the walk goes on: "The prime minister's office" */
            has_det = 1;
            continue;
        }
        if (k == x->sent_first[x->t[k].sent] &&
            (word_is(x, k, "but") || word_is(x, k, "and") || word_is(x, k, "yet")))
            break;
        /* round 15: "of" inside a name ("a Board of Foreign Trade official") */
        if (word_is(x, k, "of") && k - 1 >= lo && cap_word(x, k - 1) && cap_word(x, k + 1)) { a = k; continue; }
        /* round 19: a title that is a function word before the name
         * ("Mr. Sanders's aides said", "Mrs. Clinton's campaign said") */
        if ((tflags(x, k) & LX_TITLE) && cap_word(x, k) && k + 1 < j && cap_word(x, k + 1)) { a = k; continue; }
        /* round 15: nor a finite verb ("athletes had genuine hopes"); a
         * cue word that is a noun modifies ("the state department said") */
        if (((tflags(x, k) & (LX_FUNC | LX_CUE)) && !((tflags(x, k) & LX_CUE) && noun_cue(tx(x, k), tl(x, k)) &&
                                                      !(tflags(x, k) & LX_FUNC))) ||
            word_in(x, k, finite_aux)) {
            word_stop = 1;
            break;
        }
        a = k;
    }
    if (a - 1 >= lo && a == j - 6 && x->t[a - 1].kind == T_WORD) word_stop = 1;
    /* round 14: "Local officials said …", "…, election officials said":
     * a plural noun with up to five modifiers and no determiner, opening
     * its clause (where the search starts, or after a comma), is a
     * group of speakers; not after a function word ("of officials"), a
     * quotation ("“poison pill” measures added") or a semicolon */
    /* round 15: a name and a noun opening the clause ("US Airways
     * management has said", "Kellogg Co unit said", "Rival Ana
     * Reis's campaign says") */
    int named = !has_det && !word_stop && a < j && tl(x, j) >= 3 && !past_verb(x, j) && !ing_form(x, j) &&
                !is_adverb(x, j) && !memchr(tx(x, j), '\'', tl(x, j)) && !memmem(tx(x, j), tl(x, j), "\xE2\x80\x99", 3) &&
                (a == x->sent_first[x->t[a].sent] || punct_is(x, a - 1, ','));
    for (int32_t m = a; m < j && named; m++)
        named = (cap_word(x, m) && (!(tflags(x, m) & (LX_FUNC | LX_PRONOUN)) || (m < j - 1 && (tflags(x, m) & LX_TITLE)))) ||
                /* round 19: "Bernie Sanders’ campaign says" */
                (m > a && plural_poss_mark(x, m));
    /* ... not what a possessor wrote or said ("Tom Hale's statement
     * called …": the possessor speaks, found elsewhere) */
    static const char *const said_noun[] = {"statement", "remarks", "comments", "letter", "book", "memo",
                                            "email", "speech", "ad", "website", "op-ed", "column", NULL};
    /* (but "Ost's statement said …" speaks: said/says have no object to
     * name) */
    if (named && strip_poss(tx(x, j - 1), tl(x, j - 1)) != tl(x, j - 1) && word_in(x, j, said_noun) &&
        !(word_is(x, j + 1, "said") || word_is(x, j + 1, "says")))
        named = 0;
    /* round 16: a plural role noun after a body's "of" ("The board of
     * directors said", "Kelmouth Savings Bank board of trustees said"): the
     * body speaks */
    if (word_stop && a == j && j - 2 >= lo && word_is(x, j - 1, "of") && word_in(x, j - 2, of_body) &&
        plural_desc(x, j)) {
        tspan hr = np_head(x, (tspan){j, j}, lo);
        if (hr.a < j) return hr;
    }
    int conj = a - 2 >= lo && clause_conj(x, a - 1);
    if (!has_det && !(f & LX_DESC) && !named &&
        !((!word_stop || conj) && plural_noun(x, j) &&
          (a == x->sent_first[x->t[a].sent] ||
           /* round 15: after a conjunction opening the sentence ("But
            * diplomats said") */
           (a - 1 == x->sent_first[x->t[a].sent] &&
            (word_is(x, a - 1, "but") || word_is(x, a - 1, "and") || word_is(x, a - 1, "yet"))) ||
           /* round 16: after a conjunction opening a clause inside the
            * sentence ("…, although economists said", "… in the north
            * and officials said"; not "met the pilots and officials") */
           conj ||
           /* not the comma of a figure ("a survey of 5,000 households") */
           (punct_is(x, a - 1, ',') && !(x->t[a - 1].e == x->t[a].s && (x->t[a].flags & F_DIGIT))) ||
           (x->t[a - 1].kind == T_QMARK && a - 2 >= 0 && punct_is(x, a - 2, ',')))))
        return r;
    r.a = a;
    r.b = j;
    /* a "for"/"of" phrase hides the head: "a spokesman for the campaign" */
    tspan hr = np_head(x, r, lo);
    if (hr.a != r.a) return np_relative(x, hr, lo);
    /* round 14: what np_head leaves ("People familiar with the matter
     * said"): the phrase is the object of a preposition after one
     * adjective, whose head is a description, a plural noun or a source */
    static const char *const link[] = {"for", "of", "at", "with", "to", "from", "in", NULL};
    if (a - 2 >= lo && word_in(x, a - 1, link) && x->t[a - 2].kind == T_WORD && x->t[a - 2].q < 0) {
        int32_t h = a - 2;
        if (!(tflags(x, h) & (LX_DESC | LX_FUNC)) && !plural_noun(x, h) && !source_word(x, h) && h - 1 >= lo &&
            x->t[h - 1].kind == T_WORD && !cap_word(x, h) && !(tflags(x, h) & (LX_CUE | LX_PRONOUN)))
            h--; /* "close to", "familiar with" */
        if (x->t[h].kind == T_WORD && x->t[h].q < 0 && !(tflags(x, h) & (LX_FUNC | LX_PRONOUN | LX_CUE)) &&
            ((tflags(x, h) & LX_DESC) || plural_noun(x, h) || source_word(x, h))) {
            tspan head = np_left(x, h, lo);
            if (head.a >= 0 && head.b == h) r.a = head.a;
        }
    }
    return np_relative(x, r, lo);
}

int plural_desc(ctx *x, int32_t h)
{
    size_t n = tl(x, h);
    const char *w = tx(x, h);
    if (n < 4 || n >= 32) return 0;
    if (w[n - 1] == 's') return (lx_flags(w, n - 1) & (LX_DESC | LX_TITLE)) && !(lx_flags(w, n - 1) & LX_NAT);
    if (n >= 5 && w[n - 1] == 'n' && w[n - 2] == 'e' && w[n - 3] == 'm') {
        char sg[32];
        memcpy(sg, w, n);
        sg[n - 2] = 'a';
        uint32_t f = lx_flags(sg, n);
        return (f & (LX_DESC | LX_TITLE)) && !(f & LX_NAT);
    }
    return 0;
}

/* Round 14c: a prepositional phrase does not hide its head ("a source
 * close to the board said", "Officials at the bank said", "a spokesman
 * for Boeing said", "one of the analysts said"): phrase r, which follows
 * "of", "for", "at", "in", "on", "with", "from" or "close to", starts at
 * the noun phrase before it when that is a noun (a description or a
 * capitalised run: not a verb, participle, adverb or function word). */
static tspan np_head(ctx *x, tspan r, int32_t lo)
{
    static const char *const quant[] = {"one", "some", "many", "most", "all", "each", "two", "three",
                                        "several", "none", "both", "few", NULL};
    int32_t p = r.a - 1;
    /* "the two ferry lines": the walk stopped at the numeral */
    if (p >= lo && tl(x, r.a) <= 7 && word_is(x, p, "the") && word_in(x, r.a, quant)) r.a = p--;
    if (p - 1 < lo || x->t[p].kind != T_WORD || x->t[p].q >= 0 || tl(x, p) > 5) return r;
    static const char *const head_prep[] = {"of", "for", "at", "in", "on", "with", "from", NULL};
    int32_t h;
    if (word_in(x, p, head_prep)) h = p - 1;
    else if (word_is(x, p, "to") && word_is(x, p - 1, "close")) h = p - 2;
    else return r;
    if (h < lo || x->t[h].kind != T_WORD || x->t[h].q >= 0) return r;
    /* "one of the banks", "some of the analysts", "each of the firms" */
    if (word_is(x, p, "of") && tl(x, h) <= 7 && word_in(x, h, quant)) {
        int32_t a = h;
        if (a - 1 >= lo && is_determiner(x, a - 1) && !word_in(x, a - 1, quant)) a--; /* "the two" */
        return np_head(x, (tspan){a, r.b}, lo);
    }
    /* round 18: "Recent reports in the Kelmouth press said" (the noun,
     * as noun_by_context reads it there, with up to two modifiers and a
     * determiner) */
    if (p == r.a - 1 && !word_is(x, p, "of") && (word_is(x, h, "reports") || word_is(x, h, "report"))) {
        int32_t a = h;
        while (a - 1 >= lo && a > h - 2 && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0 &&
               !(tflags(x, a - 1) & (LX_FUNC | LX_CUE | LX_PRONOUN)) && !is_adverb(x, a - 1) && !ing_form(x, a - 1))
            a--;
        if (a - 1 >= lo && is_determiner(x, a - 1)) a--;
        if (a == h || cap_word(x, a) == sentence_initial(x, a)) r.a = a;
        return r;
    }
    /* round 16: a gerund after a determiner is a noun ("A person close
     * to the planning of the talks said") */
    if (tflags(x, h) & (LX_FUNC | LX_CUE | LX_PRONOUN) || is_adverb(x, h) ||
        (ing_form(x, h) && !(h - 1 >= lo && is_determiner(x, h - 1))) || (x->t[h].flags & F_DIGIT))
        return r;
    if (!cap_word(x, h)) {
        size_t n = tl(x, h);
        const char *w = tx(x, h);
        if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd') return r; /* "based in", "released on" */
    }
    tspan l = np_left(x, h, lo);
    if (l.a < 0 && !cap_word(x, h) && plural_desc(x, h)) {
        /* "Fish traders in the Kelmouth area", "officials at the bank":
         * a plural role noun, with one modifier before it */
        l.a = l.b = h;
        if (h - 1 >= lo && x->t[h - 1].kind == T_WORD && x->t[h - 1].q < 0 &&
            !(tflags(x, h - 1) & (LX_FUNC | LX_CUE | LX_PRONOUN)) && !is_adverb(x, h - 1) && !ing_form(x, h - 1) &&
            (h - 1 == lo || x->t[h - 2].kind != T_WORD))
            l.a = h - 1;
        /* round 16: and that noun may be the object of its own "of",
         * after a body or a quantity ("the board of directors of the
         * trust said", "a number of analysts said"; not "the chorus of
         * critics calling for …") */
        if (l.a - 2 >= lo && word_is(x, l.a - 1, "of") && word_in(x, l.a - 2, of_body))
            return np_head(x, (tspan){l.a, r.b}, lo);
    }
    if (l.a < 0 || l.b != h) return r;
    /* round 16: not a preposition's object opening the sentence ("In a
     * filing with the SEC Moller said": the filing is no speaker) */
    if (l.a - 1 >= lo && l.a - 1 == x->sent_first[x->t[l.a - 1].sent] && word_in(x, l.a - 1, head_prep)) return r;
    r.a = l.a;
    return r;
}

int32_t extend_name(ctx *x, int32_t b, int32_t hi)
{
    while (b + 1 <= hi) {
        if (cap_word(x, b + 1)) b++;
        else if (b + 2 <= hi && (tflags(x, b + 1) & (LX_TITLE | LX_DESC)) && cap_word(x, b + 2)) b += 2;
        else if (b + 2 <= hi && is_connector(x, b + 1) && cap_word(x, b + 2)) b += 2;
        else break;
    }
    /* round 15: to the end of the mention found for the name ("said lead
     * manager Kelm, Ward and Co", "said Standard and Poor's") */
    int32_t m = mention_at(x, b);
    if (m >= 0 && x->ms[m].t1 > b && x->ms[m].t1 <= hi) b = x->ms[m].t1;
    /* ... and over a comma inside a firm's name ("Goldman, Sachs and Co",
     * "Kidder, Peabody and Co Inc": two mentions here, joined later) */
    static const char *const firm_end[] = {"co", "co.", "inc", "inc.", "corp", "ltd", "plc", NULL};
    if (m >= 0 && x->ms[m].t1 == b && m + 1 < x->nms && x->ms[m + 1].t0 == b + 2 && punct_is(x, b + 1, ',') &&
        x->ms[m + 1].t1 <= hi && word_in(x, x->ms[m + 1].t1, firm_end))
        b = x->ms[m + 1].t1;
    return b;
}

tspan np_right(ctx *x, int32_t j, int32_t hi)
{
    tspan r = {-1, -1};
    if (j > hi || j >= x->nt) return r;
    tk *t = &x->t[j];
    if (t->kind != T_WORD || t->q >= 0) return r;
    uint32_t f = tflags(x, j);
    if (f & LX_PRONOUN) {
        r.a = r.b = j;
        return r;
    }
    if (!cap_word(x, j) && !is_determiner(x, j) && !(f & (LX_FUNC | LX_CUE))) {
        /* lower-case modifiers, titles and role nouns before a name:
         * "said former Kelmouth mayor Ana Reis" */
        int32_t k = j, seen_cap = -1;
        while (k <= hi && k < j + 6 && x->t[k].kind == T_WORD && x->t[k].q < 0) {
            if (cap_word(x, k)) { seen_cap = k; break; }
            uint32_t g = tflags(x, k);
            if (g & (LX_CUE | LX_PRONOUN) || is_connector(x, k) || word_is(x, k, "and") ||
                word_is(x, k, "who") || word_is(x, k, "to"))
                break;
            k++;
        }
        if (seen_cap >= 0) {
            r.a = j;
            r.b = extend_name(x, seen_cap, hi);
            return r;
        }
    }
    if (cap_word(x, j)) {
        /* round 24: "…,” Tom Hale, the harbour master, said Sunday": a
         * day after the cue is when, never who */
        if (is_day(x, j)) return r;
        r.a = j;
        r.b = extend_name(x, j, hi);
        return r;
    }
    if (is_determiner(x, j) || (f & LX_DESC)) {
        int32_t b = j;
        while (b + 1 <= hi && b < j + 8 && x->t[b + 1].kind == T_WORD && x->t[b + 1].q < 0) {
            if (word_is(x, b + 1, "who") || word_is(x, b + 1, "of") || word_is(x, b + 1, "for") ||
                word_is(x, b + 1, "in") || word_is(x, b + 1, "at") || word_is(x, b + 1, "on") ||
                word_is(x, b + 1, "to") || word_is(x, b + 1, "and") || word_is(x, b + 1, "with"))
                break;
            /* round 14: "…, said the talks were balanced": a finite verb
             * ends the phrase (no speaker's name holds one), so the words
             * before it are the subject of a clause, not "said X" */
            if (word_in(x, b + 1, finite_aux)) break;
            b++;
        }
        if (b == j) return r;
        r.a = j;
        r.b = b;
        return r;
    }
    return r;
}

/* Round 18: "Gene Sperling … hired Ms. Brainard … under Bill Clinton.
 * He said …": "he" or "she" opening a sentence is the person who opened
 * the sentence before as its subject, not another person (recent) named
 * later in it.  Returns that subject's entity, else recent. */
static int32_t prev_subject(ctx *x, int32_t tok, int32_t recent, int g)
{
    if (recent < 0 || !g || !sentence_initial(x, tok)) return recent;
    uint32_t sid = x->t[tok].sent;
    if (sid == 0 || x->sent_first[sid - 1] < 0) return recent;
    int32_t f = x->sent_first[sid - 1], l = x->sent_last[sid - 1];
    if (word_is(x, f, "but") || word_is(x, f, "and")) f++;
    int32_t m0 = mention_at(x, f);
    if (m0 < 0 || x->ms[m0].t0 != f || x->ms[m0].in_quote) return recent;
    int32_t e0 = x->ms[m0].ent;
    /* (its sex known: not a company taken for a surname, "Parmalat") */
    if (e0 == recent || x->ents[e0].kind != ENT_PERSON || x->ents[e0].gender != g) return recent;
    /* the subject: a verb or an appositive's comma right after the name */
    int32_t v = x->ms[m0].t1 + 1;
    if (v > l || !(punct_is(x, v, ',') || (x->t[v].kind == T_WORD && !(x->t[v].flags & F_CAP) &&
                                           (word_in(x, v, finite_aux) || past_verb(x, v) || is_cue_tok(x, v)))))
        return recent;
    /* recent named in that sentence after it, outside quotation marks */
    for (int32_t k = x->nms - 1; k >= 0 && x->ms[k].t0 > f; k--)
        if (x->ms[k].ent == recent && x->ms[k].t0 <= l && !x->ms[k].in_quote) return e0;
    return recent;
}

/* Round 24: a one-word "person" of unknown sex and no title is often a
 * place, a firm or a common noun taken for a surname ("at Dartford",
 * "Guayaquil refineries", "the Mercalli scale"); "he" or "she" takes it
 * only when one of its mentions before tok acts as a person does: right
 * before a verb or a cue ("Malmann said", "Robson was"), or right after
 * a cue ("said Robson"). */
static int doubtful_person(ctx *x, int32_t e, int32_t tok, int any_length)
{
    xent *en = &x->ents[e];
    if (en->kind != ENT_PERSON || (en->nwords != 1 && !any_length) || en->gender || en->title) return 0;
    for (int32_t k = 0; k < x->nms && x->ms[k].t0 < tok; k++) {
        if (x->ms[k].ent != e) continue;
        int32_t v = x->ms[k].t1 + 1, p = x->ms[k].t0 - 1;
        if (v < x->nt && x->t[v].kind == T_WORD && !(x->t[v].flags & F_CAP) &&
            (word_in(x, v, finite_aux) || past_verb(x, v) || is_cue_tok(x, v)))
            return 0;
        if (p >= 0 && x->t[p].kind == T_WORD && is_cue_tok(x, p)) return 0;
    }
    return 1;
}

/* recent_entity for a pronoun: "he" and "she" pass over doubtful persons,
 * and once one was passed over, over names of several words held to the
 * same test too ("the Brandle Quay berths"):
 * the person meant is often not named at all ("a spokesman … he said") */
static int32_t recent_antecedent(ctx *x, int32_t tok, unsigned mask, int g)
{
    int32_t e = recent_entity(x, tok, mask, g);
    if (e < 0 || !g || !doubtful_person(x, e, tok, 0)) return e;
    int32_t at = mention_before(x, tok);
    for (int32_t k = at; k >= 0 && k > at - 40; k--) {
        xmention *m = &x->ms[k];
        if (m->in_quote || !(mask & (1u << x->ents[m->ent].kind)) || !gender_ok(x, m->ent, g)) continue;
        if (!doubtful_person(x, m->ent, tok, 1)) return m->ent;
    }
    return -1;
}

/* Round 24: "a police spokesman said …. He said …": the last quote's
 * speaker is a role nobody was named for (no entity), of the pronoun's
 * sex or of none; "he" is that role, not a person named before it, nor
 * one named in what it said.  A person named after that quote ended
 * still takes the pronoun. */
static int role_sex(ctx *x, int32_t i)
{
    if (!(tflags(x, i) & LX_GENDER)) return 0;
    const lx_entry *le = lx_lookup(tx(x, i), strip_poss(tx(x, i), tl(x, i)));
    return le ? le->pron : 0;
}

static int unnamed_role_speaks(ctx *x, const quote *q, int32_t tok, unsigned mask, int g)
{
    int32_t h = tokens_before(x, tok, (uint32_t)q->speaker_end) - 1;
    /* speakers 3: "source" is no role in data/person_descriptions.txt
     * ("the source said" would take any person described so), but "a
     * committee source told Reuters … he said" is that source (was: the
     * person named before it) */
    if (h < 0 || x->t[h].kind != T_WORD || cap_word(x, h) || !((tflags(x, h) & LX_DESC) || word_is(x, h, "source")))
        return 0;
    /* a role left unnamed: an indefinite phrase ("a Treasury official"),
     * or a role the wire leaves unnamed ("the spokesman"); "the Tory
     * leader", "the prime minister" usually stand for a name */
    static const char *const indef[] = {"a", "an", "one", "another", NULL};
    static const char *const unnamed[] = {"spokesman", "spokeswoman", "spokesperson", "official", "source",
                                          "diplomat", "banker", "dealer", "trader", "broker", "analyst",
                                          "economist", NULL};
    int32_t a = h;
    while (a > 0 && x->t[a - 1].s >= (uint32_t)q->speaker_start) a--;
    if (!word_in(x, a, indef) && !word_in(x, h, unnamed)) return 0;
    /* ... and not named in an appositive before its cue ("a senior
     * senator, Tom Hale, said") */
    if (q->cue_start > q->speaker_end && h + 2 < x->nt && punct_is(x, h + 1, ','))
        for (int32_t k = h + 2; k <= h + 8 && k < x->nt && x->t[k].e <= (uint32_t)q->cue_start; k++) {
            int32_t m = mention_at(x, k);
            if (m >= 0 && x->ents[x->ms[m].ent].kind == ENT_PERSON) return 0;
        }
    int hg = role_sex(x, h);
    if (hg && hg != g) return 0;
    int32_t recent = recent_antecedent(x, tok, mask, g);
    if (recent < 0) return 1;
    for (int32_t k = x->nms - 1; k >= 0; k--)
        if (x->ms[k].ent == recent && x->ms[k].t0 < tok && !x->ms[k].in_quote) return x->ms[k].s < (uint32_t)q->end;
    return 1;
}

/* The token of quote q's cue, or -1; *asks set when the cue asks a
 * question ("asked", "pressed"). */
static int32_t cue_token(ctx *x, const quote *q, int *asks)
{
    static const char *const asking[] = {"asked", "asks", "asking", "ask", "pressed", "questioned", NULL};
    *asks = 0;
    if (q->cue_start < 0) return -1;
    int32_t c = tokens_before(x, x->nt, (uint32_t)q->cue_start);
    if (c >= x->nt) return -1;
    *asks = word_in(x, c, asking);
    return c;
}

/* Whether mention m is in the attribution of quote q (its cue token c, a
 * question's when asks), after the cue, in the cue's sentence: "“…,” Ana
 * Reis told the radio when asked whether Maria Lopez would stand. “…,”
 * she said": whom a question was about, or whom the speaker addressed, is
 * what the attribution tells of the speaker, not who speaks next.  Not
 * after a question's cue: "X asked Maria Lopez …. “…,” she said" is
 * Lopez's answer (asked_person). */
static int in_attribution_tail(ctx *x, const quote *q, int32_t c, int asks, const xmention *m)
{
    return c >= 0 && !asks && m->s >= (uint32_t)q->cue_end && x->t[c].sent == x->t[m->t0].sent;
}

/* Whether mention m names the person a question was put to, right after
 * its cue c: "Ana Reis asked Maria Lopez how high the pier would be.
 * “…,” she said" — Lopez answers, though her name is inside the reported
 * question (which a name otherwise is only what was said about). */
static int asked_person(int32_t c, int asks, const xmention *m)
{
    return c >= 0 && asks && m->t0 == c + 1;
}

/* Speakers 3: "Oil traders said …. They said …": the last quote's speaker
 * is a group nobody was named for (no entity): a plural common noun, with
 * or without a phrase after it ("dealers", "the sources", "bankers and
 * economists", "traders in New York"), or a "they" already taken for
 * one.  "They" is that group, not the organisation named last (in a
 * sample of such quotes 24 of 26 had gone to another party to the story:
 * the market, the firm the sources spoke about, the newspaper told). */
static int unnamed_group_speaks(ctx *x, const quote *q)
{
    static const char *const after_head[] = {"in", "at", "of", "from", "for", "with", "close", "familiar", NULL};
    if (q->speaker_entity >= 0 || q->speaker_start < 0) return 0;
    int32_t a = tokens_before(x, x->nt, (uint32_t)q->speaker_start);
    int32_t b = tokens_before(x, x->nt, (uint32_t)q->speaker_end) - 1;
    if (a > b || b >= x->nt) return 0;
    if (a == b && (tflags(x, a) & LX_PRONOUN)) {
        const lx_entry *le = lx_lookup(tx(x, a), strip_clitic(tx(x, a), tl(x, a)));
        return le && le->pron == PRON_PLURAL;
    }
    /* the head: the word before a phrase that qualifies it, else the last */
    int32_t h = b;
    for (int32_t k = a + 1; k <= b; k++)
        if (word_in(x, k, after_head)) { h = k - 1; break; }
    /* "ATPC officials", "Finance Ministry sources": a body's own people,
     * which the pronoun may still stand for (recent_antecedent) */
    for (int32_t k = a; k < h; k++) {
        int32_t m = mention_at(x, k);
        if (m >= 0 && x->ents[x->ms[m].ent].kind == ENT_ORG) return 0;
    }
    return plural_noun(x, h);
}

static int32_t resolve_pronoun(ctx *x, int32_t tok, int32_t para)
{
    /* "He’s" (a contraction, the speaker of "he’s predicting") is "he" */
    const lx_entry *e = lx_lookup(tx(x, tok), strip_clitic(tx(x, tok), tl(x, tok)));
    int pron = e ? e->pron : 0;
    unsigned mask = pron == PRON_MALE || pron == PRON_FEMALE ? 1u << ENT_PERSON
                  : pron == PRON_NEUTER ? 1u << ENT_ORG
                  : pron == PRON_PLURAL ? (1u << ENT_ORG) | (1u << ENT_PERSON)
                  : 0;
    if (!mask) return -1;
    int g = pron == PRON_MALE || pron == PRON_FEMALE ? pron : 0;
    if (x->last_q >= 0) {
        quote *q = &x->qs[x->last_q];
        /* the paragraph of the previous quote */
        int32_t qt = tokens_before(x, x->nt, q->start);
        int32_t qpara = (int32_t)x->t[qt < x->nt ? qt : 0].para;
        if (q->speaker_entity >= 0 && para - qpara <= 1 &&
            (mask & (1u << x->ents[q->speaker_entity].kind)) && gender_ok(x, q->speaker_entity, g)) {
            int32_t recent = recent_antecedent(x, tok, mask, g);
            /* the last quote's speaker, unless another compatible entity
             * was named after that quote ended (round 12: a name inside a
             * reported clause, "Ryan said Obama has never …. He says",
             * is what was said about, not who speaks next; was: began) */
            if (recent < 0 || recent == q->speaker_entity) return q->speaker_entity;
            int32_t mi = -1;
            for (int32_t k = x->nms - 1; k >= 0; k--)
                if (x->ms[k].ent == recent && x->ms[k].t0 < tok && !x->ms[k].in_quote) { mi = k; break; }
            if (mi >= 0) {
                int asks;
                int32_t c = cue_token(x, q, &asks);
                if (asked_person(c, asks, &x->ms[mi])) return recent;
                if (x->ms[mi].s < q->end || in_attribution_tail(x, q, c, asks, &x->ms[mi]))
                    return q->speaker_entity;
            }
            return prev_subject(x, tok, recent, g);
        }
        /* (an unnamed role of a named body, "a Kelmco spokesman", has the
         * body for its entity: "he" after it is still the spokesman) */
        if (g && (q->speaker_entity < 0 || x->ents[q->speaker_entity].kind == ENT_ORG) && q->speaker_start >= 0 &&
            para - qpara <= 1 && unnamed_role_speaks(x, q, tok, mask, g))
            return -1;
        if (pron == PRON_PLURAL && para - qpara <= 1 && unnamed_group_speaks(x, q)) return -1;
    }
    return prev_subject(x, tok, recent_antecedent(x, tok, mask, g), g);
}

/* The word that names what kind of organisation entity e is: the word
 * before the first "of" or "for" of its name ("Department of Trade",
 * "Bank of Japan"), else its last word ("Commerce Department", "Union
 * Pacific").  Sets *n to its length; name is the entity's. */
static const char *org_head_word(const char *name, size_t *n)
{
    const char *w = name, *head = name;
    size_t hl = 0;
    while (*w) {
        while (*w == ' ') w++;
        const char *e = w;
        while (*e && *e != ' ') e++;
        if (e == w) break;
        size_t l = (size_t)(e - w);
        if (hl && ((l == 2 && !strncasecmp(w, "of", 2)) || (l == 3 && !strncasecmp(w, "for", 3)))) break;
        head = w, hl = l;
        w = e;
    }
    *n = hl;
    return head;
}

/* Whether organisation e fits the description ending in noun tok (its
 * org_descriptions kinds in nf): a firm noun any organisation that is no
 * body (its head word a body noun and no firm noun, or data/organisations.txt
 * listing it as gov, intl or party); a body or media noun one whose head
 * word is the noun or ends in it ("Bundesbank" for "the bank"); a media
 * noun also one listed as media. */
static int org_fits(ctx *x, int32_t e, int32_t tok, uint32_t nf)
{
    const char *name = x->ents[e].name;
    size_t hl, nl = strip_poss(tx(x, tok), tl(x, tok));
    const char *head = org_head_word(name, &hl);
    const lx_entry *le = lx_lookup(name, strlen(name));
    const char *kind = le && (le->flags & LX_ORG) ? lx_org_kinds[le->org_kind] : "";
    if ((nf & (LX_BODY_NOUN | LX_MEDIA_NOUN)) && hl >= nl && !strncasecmp(head + hl - nl, tx(x, tok), nl))
        return 1;
    if ((nf & LX_MEDIA_NOUN) && !strcmp(kind, "media")) return 1;
    if (!(nf & LX_FIRM_NOUN)) return 0;
    uint32_t hf = lx_flags(head, hl);
    if ((hf & LX_BODY_NOUN) && !(hf & LX_FIRM_NOUN)) return 0;
    return strcmp(kind, "gov") && strcmp(kind, "intl") && strcmp(kind, "party");
}

/* Speakers 3: "Kelmouth Mills has no plans to sell the yard, a company
 * spokesman said. … the company said": a firm whose news it is may never
 * speak as a quote's named speaker, but it opens the article: the subject
 * of its first or second sentence (a headline, then the lead), its name
 * the sentence's first words and a lower-case word (its verb) or a ticker
 * after it.  Only a firm's noun takes it (firm noun at h), before token
 * before. */
static int32_t lead_firm(ctx *x, int32_t h, int32_t before)
{
    for (uint32_t sid = 0; sid < x->nsent && sid < 2; sid++) {
        int32_t f = x->sent_first[sid];
        if (f < 0 || f >= before) continue;
        int32_t m = mention_at(x, f);
        if (m < 0 || x->ms[m].t0 != f || x->ms[m].in_quote) continue;
        int32_t e = x->ms[m].ent, v = x->ms[m].t1 + 1;
        if (x->ents[e].kind != ENT_ORG || v >= x->nt || v >= before) continue;
        if (!((x->t[v].kind == T_WORD && !cap_word(x, v)) || punct_is(x, v, '<'))) continue;
        if (org_fits(x, e, h, LX_FIRM_NOUN)) return e;
    }
    return -1;
}

/* "Kelmouth Mills said …. The company said …": a definite description of
 * an organisation ("the company", "the Dutch electronics group", "the
 * department"; data/org_descriptions.txt) is the organisation that spoke
 * last in the article and fits it (org_fits).  A body's or a medium's
 * noun may also take the last organisation named before it that fits
 * ("the Commerce Department issued … the department said"); a firm's may
 * not: the firm named last is often another party to the story ("… bought
 * a stake in Hale Corp. The company said"), while the wire's "the company"
 * is the one whose news it is, which spoke first.  Returns the entity or -1. */
static int32_t org_description(ctx *x, tspan sp)
{
    int32_t h = sp.b;
    if (sp.b - sp.a > 4 || sp.b == sp.a || !word_is(x, sp.a, "the")) return -1;
    uint32_t nf = lx_flags(tx(x, h), tl(x, h)) & (LX_FIRM_NOUN | LX_BODY_NOUN | LX_MEDIA_NOUN);
    if (!nf || cap_word(x, h)) return -1;
    int capitalised = 0;
    for (int32_t k = sp.a + 1; k < h; k++) {
        if (x->t[k].kind != T_WORD && !punct_is(x, k, '-')) return -1;
        capitalised |= cap_word(x, k);
        /* speakers 3: "the rating agency", "the ratings service" is a
         * business (Moody's Investors Service Inc), whose name holds no
         * "agency": a firm's noun (was: no entity for 53 quotes) */
        if (word_is(x, k, "rating") || word_is(x, k, "ratings")) nf |= LX_FIRM_NOUN;
    }
    uint32_t at = x->t[sp.a].s;
    for (int32_t k = x->nq - 1; k >= 0; k--) {
        const quote *q = &x->qs[k];
        int32_t e = q->speaker_entity;
        if (q->speaker_start < 0 || (uint32_t)q->speaker_start >= at || e < 0 ||
            x->ents[e].kind != ENT_ORG)
            continue;
        if (org_fits(x, e, h, nf)) return e;
    }
    if (capitalised) return -1;
    if (nf & LX_FIRM_NOUN) {
        int32_t e = lead_firm(x, h, sp.a);
        if (e >= 0) return e;
    }
    if (!(nf & (LX_BODY_NOUN | LX_MEDIA_NOUN))) return -1;
    int32_t m = mention_before(x, sp.a);
    for (int32_t k = m; k >= 0 && k > m - 60; k--)
        if (!x->ms[k].in_quote && x->ents[x->ms[k].ent].kind == ENT_ORG && org_fits(x, x->ms[k].ent, h, nf & ~LX_FIRM_NOUN))
            return x->ms[k].ent;
    return -1;
}

/* Speakers 3: "Japanese officials in Tokyo", "the court in Washington",
 * "protest organisers from Kelmouth": a place (or a list of places) after
 * a preposition of place inside the speaker phrase says where the
 * speakers are, and is not who speaks (before, the place was the speaker
 * entity of 145 quotes on real news).  "The emirate of Dubai" keeps its
 * place. */
static int place_of_speakers(ctx *x, tspan sp, int32_t m)
{
    static const char *const where[] = {"in",     "at",     "from",   "near",       "outside",
                                        "inside", "across", "around", "throughout", NULL};
    if (x->ents[x->ms[m].ent].kind != ENT_PLACE) return 0;
    int32_t p = x->ms[m].t0 - 1;
    /* "in Panama and Costa Rica": each place of a list */
    while (p - 1 > sp.a && (word_is(x, p, "and") || punct_is(x, p, ','))) {
        int32_t n = mention_at(x, p - 1);
        if (n < 0 || x->ents[x->ms[n].ent].kind != ENT_PLACE) break;
        p = x->ms[n].t0 - 1;
    }
    if (p > sp.a && word_is(x, p, "the")) p--;
    return p > sp.a && word_in(x, p, where);
}

/* Whether the speaker phrase sp opens with a group around someone
 * ("Sources close to Tom Hale", "supporters of Ana Reis", "lawyers for
 * Hale"): the person named after it is not the one who speaks. */
static int group_around_person(ctx *x, tspan sp)
{
    static const char *const det[] = {"the", "some", "other", "several", "many", "two", "three", "his", "her", NULL};
    static const char *const group[] = {"sources",  "supporters", "associates", "allies",  "critics",
                                        "opponents", "friends",   "aides",      "lawyers", "attorneys",
                                        "backers",  "people",     "relatives",  NULL};
    static const char *const link[] = {"of", "for", "to", "around", "near", NULL};
    int32_t k = sp.a;
    if (k < sp.b && word_in(x, k, det)) k++;
    if (k + 1 >= sp.b || !word_in(x, k, group)) return 0;
    return (word_is(x, k + 1, "close") && word_is(x, k + 2, "to")) || word_in(x, k + 1, link);
}

/* Speakers 3: "Tom Hale, director of the Kelmouth Harbour Trust, said":
 * the speaker phrase is the title after the name's comma, with no
 * article ("director of …", "head of …", "senior vice president"); it
 * had no person in it, and the organisation in its "of" phrase (or a
 * place, "Colombia's …") spoke instead.  The person is the name right
 * before the comma, when that name opens the attribution: at the start
 * of a sentence (after "But" or "And" too), after a quotation, or after
 * the comma that ends a report ("…, Tom Hale, head of X said").  The
 * title, up to "of", "for" or "at", is lower-case words ending in a
 * role noun, one person's ("sources" is not). */
static int32_t name_before_title(ctx *x, tspan sp)
{
    if (sp.a < 2 || !punct_is(x, sp.a - 1, ',') || x->t[sp.a].kind != T_WORD || cap_word(x, sp.a) ||
        (tflags(x, sp.a) & (LX_FUNC | LX_PRONOUN)))
        return -1;
    int32_t role = -1;
    for (int32_t k = sp.a; k <= sp.b; k++) {
        if (word_is(x, k, "of") || word_is(x, k, "for") || word_is(x, k, "at")) break;
        if (x->t[k].kind != T_WORD || cap_word(x, k) || x->t[k].q >= 0) return -1;
        if (tflags(x, k) & (LX_DESC | LX_TITLE)) role = k;
    }
    if (role < 0 || plural_noun(x, role)) return -1;
    int32_t m = mention_at(x, sp.a - 2);
    if (m < 0 || x->ms[m].t1 != sp.a - 2 || x->ents[x->ms[m].ent].kind != ENT_PERSON) return -1;
    for (int32_t k = sp.a; k <= sp.b; k++) {
        int32_t n = mention_at(x, k);
        if (n >= 0 && x->ents[x->ms[n].ent].kind == ENT_PERSON) return -1;
    }
    int32_t t0 = x->ms[m].t0, p = t0 - 1;
    if (p >= 0 && (word_is(x, p, "but") || word_is(x, p, "and")) && sentence_initial(x, p)) return x->ms[m].ent;
    if (sentence_initial(x, t0) || (p >= 0 && (x->t[p].kind == T_QMARK || punct_is(x, p, ','))))
        return x->ms[m].ent;
    return -1;
}

/* Speakers 3: "it is thought …", "it was widely believed …", "it is
 * hoped …": "it" before a passive cue is no one, not the organisation
 * named last ("has said", "has agreed" are active and keep it). */
static int impersonal_it(ctx *x, int32_t i)
{
    static const char *const be[] = {"is", "was", NULL};
    static const char *const irregular[] = {"thought", "said", "understood", "known", "felt", "held", "told", NULL};
    if (!word_is(x, i, "it") || i + 2 >= x->nt || !word_in(x, i + 1, be)) return 0;
    int32_t v = i + 2;
    if (v + 1 < x->nt && (word_is(x, v, "also") || word_is(x, v, "widely") || word_is(x, v, "generally") ||
                          word_is(x, v, "now") || word_is(x, v, "still")))
        v++;
    if (x->t[v].kind != T_WORD || cap_word(x, v)) return 0;
    size_t n = tl(x, v);
    const char *w = tx(x, v);
    return word_in(x, v, irregular) || (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd');
}

/* Whether the description sp ends in a role that speaks for a body named
 * right before it ("a Kelmco spokesman", "a senior Foreign Ministry
 * official", "the Brandle Corp statement"): the body's entity, as "a
 * spokesman for Kelmco" gives Kelmco (the phrase's mention), so that
 * `speaker:kelmco` finds both wordings; else -1.  Not a place ("a senior
 * U.S. official"), nor an analyst or a trader, who speak for themselves. */
static int32_t body_of_role(ctx *x, tspan sp)
{
    static const char *const role[] = {"spokesman", "spokeswoman",     "spokesperson", "spokespeople",
                                       "official",  "officials",       "statement",    "representative",
                                       "executive", "representatives", NULL};
    if (sp.b - 1 <= sp.a || !word_in(x, sp.b, role)) return -1;
    int32_t m = mention_at(x, sp.b - 1);
    if (m < 0 || x->ms[m].t1 != sp.b - 1 || x->ents[x->ms[m].ent].kind != ENT_ORG) return -1;
    return x->ms[m].ent;
}

int32_t speaker_entity(ctx *x, tspan sp)
{
    if (sp.a < 0) return -1;
    int32_t best = name_before_title(x, sp);
    if (best >= 0) return best;
    int description = !cap_word(x, sp.b) && !(tflags(x, sp.b) & LX_PRONOUN);
    if (description) {
        /* "Ana Reis, its minister for harbours": a name and its
         * appositive, the name first */
        int32_t m = mention_at(x, sp.a);
        if (m >= 0 && x->ms[m].t0 == sp.a && x->ms[m].t1 < sp.b && punct_is(x, x->ms[m].t1 + 1, ',') &&
            x->ents[x->ms[m].ent].kind == ENT_PERSON)
            return x->ms[m].ent;
        goto describe;
    }
    int around = 0;
    for (int32_t k = sp.a; k <= sp.b; k++) {
        int32_t m = mention_at(x, k);
        if (m >= 0) {
            int32_t e = x->ms[m].ent;
            if (place_of_speakers(x, sp, m)) continue;
            if (x->ents[e].kind == ENT_PERSON && x->ms[m].t0 > sp.a + 1 && group_around_person(x, sp)) {
                around = 1;
                continue;
            }
            if (best < 0 || x->ents[e].kind == ENT_PERSON) best = e;
        }
    }
    if (best >= 0) return best;
    /* (nor a role of the phrase: "Sources close to Finance Minister X"
     * are no minister named earlier) */
    if (around) return -1;
    if (sp.a == sp.b && (tflags(x, sp.a) & LX_PRONOUN))
        return impersonal_it(x, sp.a) ? -1 : resolve_pronoun(x, sp.a, (int32_t)x->t[sp.a].para);
describe:;
    /* a description: the head noun names a role learnt from an appositive
     * or a title earlier in the article; not an indefinite one, which
     * brings in someone new ("Kelmouth Air spokesman Tom Hale … a
     * Brandle Corp spokesman said", "a Democratic senator said" after a
     * Republican one), unless it is an appositive of a person named right
     * before it who opens the attribution, after a quotation or at the
     * sentence start ("“…,” Tom Hale, a harbour spokesman said"; not
     * "… after the death of Tom Hale, a palace statement said") */
    static const char *const indefinite[] = {"a", "an", "another", "one", NULL};
    if (word_in(x, sp.a, indefinite)) {
        int32_t m = sp.a >= 2 && punct_is(x, sp.a - 1, ',') ? mention_at(x, sp.a - 2) : -1;
        if (m < 0 || x->ents[x->ms[m].ent].kind != ENT_PERSON) return body_of_role(x, sp);
        int32_t t0 = x->ms[m].t0;
        return sentence_initial(x, t0) || (t0 > 0 && x->t[t0 - 1].kind == T_QMARK) ? x->ms[m].ent
                                                                                     : body_of_role(x, sp);
    }
    int32_t head = sp.b;
    for (int32_t k = sp.a; k <= sp.b; k++)
        if (tflags(x, k) & LX_DESC) head = k;
    uint32_t h = hash_lower(tx(x, head), strip_poss(tx(x, head), tl(x, head)));
    int32_t found = -1;
    uint32_t found_at = 0;
    for (int32_t m = 0; m < x->nms && x->ms[m].t0 < sp.a; m++) {
        xent *e = &x->ents[x->ms[m].ent];
        for (int d = 0; d < e->ndesc; d++)
            if (e->desc[d] == h && x->ms[m].s >= found_at) found = x->ms[m].ent, found_at = x->ms[m].s;
    }
    if (found >= 0) return found;
    int32_t o = org_description(x, sp);
    return o >= 0 ? o : body_of_role(x, sp);
}

/* Round 18 (ents18): "One operative inside Kelmouth Hall tried to …, saying
 * …": the subject is a description (an article or "one", one or two
 * lower-case words ending in a role noun of data/person_descriptions.txt)
 * and a preposition of place before the name at k (the building or body
 * where the person is, "the" between allowed): the description speaks,
 * not a name further on in the clause. */
tspan described_subject(ctx *x, int32_t f, int32_t k)
{
    static const char *const where[] = {"inside", "at", "in", "within", "outside", "near", NULL};
    static const char *const det[] = {"a", "an", "one", "another", "the", NULL};
    tspan r = {-1, -1};
    int32_t p = k - 1;
    if (p > f && word_is(x, p, "the")) p--;
    if (p - 2 < f || p - 3 > f || !word_in(x, p, where) || !word_in(x, f, det)) return r;
    for (int32_t j = f + 1; j < p; j++)
        if (x->t[j].kind != T_WORD || (x->t[j].flags & F_CAP) || x->t[j].q >= 0 || (tflags(x, j) & LX_FUNC))
            return r;
    if (!(tflags(x, p - 1) & LX_DESC)) return r;
    /* a body's own ("An official at Mineroperu"): the phrase with the
     * body, whose entity speaks for it; a place's: the description */
    int32_t m = mention_at(x, k);
    r.a = f;
    r.b = m >= 0 && x->ents[x->ms[m].ent].kind != ENT_PLACE ? x->ms[m].t1 : p - 1;
    return r;
}

/* Round 24: "drew a sharp reply from Tom Hale, who called …": the speaker
 * phrase is a noun of something said or sent ("a reply", "an angry
 * answer", "a letter") whose source follows "from"; the source speaks.
 * Only with such a noun right before "from" (not "a spokesman from the
 * firm" nor "a farmer from Kelmouth", where "Kelmouth" could be taken for
 * a surname) and when the phrase after it is a person's name or ends in a
 * role ("from the city's mayor"). */
tspan source_after_from(ctx *x, tspan sp)
{
    static const char *const said_nouns[] = {
        "reply", "response", "reaction", "rebuke", "retort", "riposte", "rejoinder", "lecture", "warning",
        "statement", "letter", "memo", "email", "e-mail", "message", "note", "post", "tweet", "comment",
        "remark", "answer", "plea", "complaint", "attack", "broadside", "denial", "condemnation", NULL};
    if (sp.a < 0 || sp.b - sp.a < 3 || !(word_is(x, sp.a, "a") || word_is(x, sp.a, "an"))) return sp;
    int32_t k = sp.a + 1;
    while (k <= sp.a + 3 && k < sp.b && !word_is(x, k, "from")) {
        if (x->t[k].kind != T_WORD || (x->t[k].flags & F_CAP) || x->t[k].q >= 0 ||
            (tflags(x, k) & (LX_DESC | LX_FUNC | LX_PRONOUN | LX_TITLE)))
            return sp;
        k++;
    }
    if (k == sp.a + 1 || k >= sp.b || !word_is(x, k, "from") || !word_in(x, k - 1, said_nouns)) return sp;
    int32_t m = mention_at(x, sp.b);
    int person = m >= 0 && x->ms[m].t1 == sp.b && x->ents[x->ms[m].ent].kind == ENT_PERSON;
    if (!person && !(tflags(x, sp.b) & LX_DESC)) return sp;
    tspan r = {k + 1, sp.b};
    return r;
}
