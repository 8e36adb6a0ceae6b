/*
 * Quotations and reported speech: every sentence holding a quotation
 * region or a cue verb is matched against the attribution patterns
 * (`"…," X said`, `X said that …`, `according to X`, continuations over
 * paragraphs and split quotes), and each match becomes a quote with its
 * span, segments, type, cue and speaker.
 */
#include "extract_ctx.h"

static quote *new_quote(ctx *x)
{
    if (x->nq == x->cap_q) {
        int32_t cap = x->cap_q ? x->cap_q * 2 : 32;
        quote *q = arena_alloc(x->a, sizeof(quote) * (size_t)cap);
        uint32_t *qs = arena_alloc(x->a, sizeof(uint32_t) * (size_t)cap);
        if (!q || !qs) return NULL;
        if (x->nq) {
            memcpy(q, x->qs, sizeof(quote) * (size_t)x->nq);
            memcpy(qs, x->qseg, sizeof(uint32_t) * (size_t)x->nq);
        }
        x->qs = q;
        x->qseg = qs;
        x->cap_q = cap;
    }
    quote *q = &x->qs[x->nq++];
    memset(q, 0, sizeof *q);
    q->speaker_start = q->speaker_end = -1;
    q->speaker_entity = -1;
    for (int k = 0; k < QUOTE_MAX_CO_SPEAKERS; k++) q->co_speakers[k] = -1;
    q->cue_start = q->cue_end = -1;
    return q;
}

static int add_segment(ctx *x, uint32_t s, uint32_t e)
{
    if (x->nseg == x->cap_seg) {
        int32_t cap = x->cap_seg ? x->cap_seg * 2 : 64;
        uint32_t (*p)[2] = arena_alloc(x->a, sizeof(uint32_t[2]) * (size_t)cap);
        if (!p) return -1;
        if (x->nseg) memcpy(p, x->segs, sizeof(uint32_t[2]) * (size_t)x->nseg);
        x->segs = p;
        x->cap_seg = cap;
    }
    x->segs[x->nseg][0] = s;
    x->segs[x->nseg][1] = e;
    x->nseg++;
    return 0;
}

/* Adds the regions r0..r1 as segments of quote qi, which need not be the
 * last quote: "“A,” X said, adding that …. “B.”" joins B to the direct
 * quote while the indirect one emitted after it already holds the next
 * segment.  A quote's segments stay contiguous: the later quotes'
 * segments move up. */
static int join_segments(ctx *x, int32_t qi, int32_t r0, int32_t r1)
{
    uint32_t at = x->qseg[qi] + x->qs[qi].n_segments;
    int32_t n = r1 - r0 + 1;
    for (int32_t k = r0; k <= r1; k++)
        if (add_segment(x, x->r[k].s, x->r[k].e)) return -1;
    uint32_t tail = (uint32_t)x->nseg - (uint32_t)n - at; /* segments of later quotes */
    if (tail) {
        uint32_t tmp[8][2];
        for (int32_t done = 0; done < n;) {
            /* rotate in chunks of up to 8 (n is the region count of one
             * sentence, usually 1) */
            int32_t c = n - done < 8 ? n - done : 8;
            uint32_t from = (uint32_t)x->nseg - (uint32_t)n + (uint32_t)done;
            memcpy(tmp, x->segs + from, sizeof(uint32_t[2]) * (size_t)c);
            memmove(x->segs + at + (uint32_t)done + (uint32_t)c, x->segs + at + (uint32_t)done,
                    sizeof(uint32_t[2]) * (size_t)tail);
            memcpy(x->segs + at + (uint32_t)done, tmp, sizeof(uint32_t[2]) * (size_t)c);
            done += c;
        }
        for (int32_t i = qi + 1; i < x->nq; i++) x->qseg[i] += (uint32_t)n;
    }
    x->qs[qi].n_segments += (uint32_t)n;
    return 0;
}

/* Removes the first segment of quote qi (an indirect quote's clause, when
 * the quote becomes mixed: its segments are then the marked parts). */
static void drop_first_segment(ctx *x, int32_t qi)
{
    if (x->qs[qi].n_segments == 0) return;
    uint32_t at = x->qseg[qi];
    memmove(x->segs + at, x->segs + at + 1, sizeof(uint32_t[2]) * ((size_t)x->nseg - at - 1));
    x->nseg--;
    x->qs[qi].n_segments--;
    for (int32_t i = qi + 1; i < x->nq; i++) x->qseg[i]--;
}

typedef struct {
    int32_t cue;        /* first token of the cue, -1 when none */
    int32_t cue_end;    /* last token of the cue */
    tspan sp;
    int inverted;       /* "said X" */
} attrib;

static const char *const rel_pron[] = {"which", "who", "whom", NULL};

static const char *const fb_prep[] = {"in", "with", "of", "for", "on", "at", "from", "to", "by",
                                      "into", "about", "over", "under", NULL};

/* A word of two or more letters, all capitals (a dateline: "WASHINGTON"). */
static int upper_word(ctx *x, int32_t i)
{
    const char *w = tx(x, i);
    size_t n = tl(x, i);
    if (n < 2) return 0;
    for (size_t k = 0; k < n; k++)
        if (w[k] >= 'a' && w[k] <= 'z') return 0;
    return 1;
}

/* The subject of sentence [f, c): its first pronoun or named mention
 * outside quotes, for cues without their own ("…, adding that", "and said"). */

static tspan subject_within(ctx *x, int32_t f, int32_t c, int window)
{
    tspan r = {-1, -1}, skipped = {-1, -1};
    for (int32_t k = f, seen = 0; k < c && seen < window; k++) {
        if (x->t[k].q >= 0) continue;
        seen++;
        if (x->t[k].kind != T_WORD) continue;
        if (tflags(x, k) & LX_PRONOUN) {
            /* "it", "I", "we", also "It’s" (the lexicon folds the
             * clitic away) */
            size_t bn = strip_clitic(tx(x, k), tl(x, k));
            unsigned char c0 = lower_c((unsigned char)tx(x, k)[0]);
            int it = bn == 2 && c0 == 'i' && lower_c((unsigned char)tx(x, k)[1]) == 't';
            int first = (bn == 1 && c0 == 'i') || (bn == 2 && c0 == 'w' && lower_c((unsigned char)tx(x, k)[1]) == 'e');
            /* the writer's "I'm old enough to recall Hale insisting":
             * a contracted first person is passed over, as before */
            if (first && bn != tl(x, k)) continue;
            if (it || first) return skipped;
            r.a = r.b = k;
            return r;
        }
        int32_t m = mention_at(x, k);
        if (m >= 0) {
            /* "In Washington, President Obama …", "filed in Washington":
             * a name after a preposition is no subject; nor a dateline
             * ("WASHINGTON (Reuters) —", "WASHINGTON —") */
            int32_t e = x->ms[m].t1;
            /* round 10: a place ("New Hampshire", "Iowa", "N.H.") is
             * no subject that speaks, unless nothing else is found */
            if (x->ents[x->ms[m].ent].kind == ENT_PLACE ||
                (k > f && (word_in(x, k - 1, fb_prep) || punct_is(x, k - 1, '('))) ||
                /* round 12: "In a Fox interview, Trump went further:", "a
                 * CNN poll": a name after an article modifies a noun */
                (k > f && (word_is(x, k - 1, "a") || word_is(x, k - 1, "an"))) ||
                (k > f + 1 && is_determiner(x, k - 1) && word_in(x, k - 2, fb_prep)) ||
                (e + 1 < c && upper_word(x, e) &&
                 (punct_is(x, e + 1, '(') || punct_is(x, e + 1, 0x2014) || punct_is(x, e + 1, 0x2013) ||
                  punct_is(x, e + 1, '-')))) {
                if (skipped.a < 0) {
                    /* round 18 (ents18): "One operative inside Trump Tower" */
                    tspan d = described_subject(x, f, k);
                    if (d.a >= 0) return d;
                    skipped.a = x->ms[m].t0, skipped.b = e;
                }
                k = e;
                continue;
            }
            r.a = x->ms[m].t0;
            r.b = x->ms[m].t1;
            return r;
        }
    }
    return skipped; /* none better: the name after the preposition */
}

static tspan subject_after_lead(ctx *x, int32_t f, int32_t c);

/* twelve tokens outside quotations: "“…,” she said, adding that …" */
static tspan subject_of(ctx *x, int32_t f, int32_t c)
{
    /* round 10: "Shortly after taking the harbour trust's silver cup, …,
     * Hale addressed the crowd and concluded by saying …": a sentence
     * opening with a subordinate or prepositional clause has its subject
     * after that clause's comma */
    /* round 12: also a prepositional phrase, whose place or time names
     * can fill the twelve tokens searched ("At a rally in Dover, N.H.,
     * on Tuesday, Senator Tom Hale …, saying") */
    static const char *const sub_open[] = {"after", "before", "when", "while", "although", "though", "since",
                                           "because", "despite", "following", "shortly", "once", "until",
                                           "at", "in", "on", "during", "amid", NULL};
    if (f < c && x->t[f].kind == T_WORD && (x->t[f].flags & F_CAP) && word_in(x, f, sub_open)) {
        tspan r = subject_after_lead(x, f, c);
        if (r.a >= 0) return r;
    }
    return subject_within(x, f, c, 12);
}

/* The subject after a clause opening sentence [f, c) ("After …, Federer
 * …", "At a rally in Dover, N.H., on Tuesday, Hale …"), or
 * {-1, -1}: subject_of's reading, shared with participle_subject. */
static tspan subject_after_lead(ctx *x, int32_t f, int32_t c)
{
    {
        /* the clause may hold a list ("a trophy, a convertible and a
         * cheque, Federer …"): the first comma after which the subject
         * opens the main clause (over a title: ", President Bush led") */
        int32_t last = -1;
        for (int32_t k = f + 1; k < c && k <= f + 30; k++) {
            if (x->t[k].q >= 0 || !punct_is(x, k, ',')) continue;
            tspan r = subject_within(x, k + 1, c, 12);
            int opens = r.a > k;
            for (int32_t m = k + 1; m < r.a && opens; m++) opens = cap_word(x, m) || word_is(x, m, "the");
            /* "At a rally in Birmingham, Alabama, Trump …": a place after
             * the comma goes on with the phrase */
            if (opens) {
                int32_t mm = mention_at(x, r.a);
                if (mm >= 0 && x->ents[x->ms[mm].ent].kind == ENT_PLACE) opens = 0;
            }
            if (opens) return r;
            last = k;
        }
        /* else the subject after the clause's last comma */
        if (last >= 0) {
            tspan r = subject_within(x, last + 1, c, 12);
            if (r.a >= 0) return r;
        }
    }
    return (tspan){-1, -1};
}

static int is_tell(ctx *x, int32_t i);

/* what a statement is issued in ("a statement saying", "a tweet calling") */
static const char *const media_words[] = {"statement", "tweet", "email", "letter", "release", "memo",
                                          "message", "post", "video", "ad", "op-ed", "note", NULL};

/* The name before the appositive holding the quotation closed at token m set off after
 * a name that opens its sentence ("Lena Moss, the author of “Salt Roads,”",
 * "As Tom Hale, editor of “Dock Talk,”"): the name, a comma, lower-case
 * words and no other punctuation up to the quotation, which closes with a
 * comma; {-1, -1} when the quotation is not so placed. */
static tspan opening_appositive(ctx *x, int32_t m)
{
    tspan no = {-1, -1};
    if (m < 0 || x->t[m].q < 0) return no;
    const region *rg = &x->r[x->t[m].q];
    int32_t o = rg->t0;
    if (!(rg->t1 > o && (punct_is(x, rg->t1 - 1, ',') || (rg->t1 + 1 < x->nt && punct_is(x, rg->t1 + 1, ',')))))
        return no;
    int32_t f = x->sent_first[x->t[o].sent];
    if (f < 0 || f >= o) return no;
    if (word_is(x, f, "as")) f++;
    if (!cap_word(x, f) || (tflags(x, f) & (LX_FUNC | LX_PRONOUN))) return no;
    int32_t k = f;
    while (k < o && cap_word(x, k)) k++;
    if (k + 1 >= o || !punct_is(x, k, ',') || x->t[k + 1].kind != T_WORD || cap_word(x, k + 1)) return no;
    for (int32_t j = k + 1; j < o; j++)
        if (x->t[j].kind != T_WORD || is_cue(x, j)) return no;
    return (tspan){f, k - 1};
}

/* round 14: whether tokens [k, lw] are a comma and an appositive to the
 * end of the sentence (", a spokesman for the trust"): words only, the
 * first lower case, no cue and no finite verb. */
static int appositive_to_end(ctx *x, int32_t k, int32_t lw)
{
    if (k + 1 > lw || !punct_is(x, k, ',') || x->t[k + 1].kind != T_WORD || cap_word(x, k + 1)) return 0;
    for (int32_t m = k + 1; m <= lw; m++)
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || is_cue(x, m) || word_in(x, m, finite_aux)) return 0;
    return 1;
}

static int words_reach(ctx *x, int32_t a, int32_t b, int n);

/* Round 15: whether the clause from token a (a capitalised word) to lw
 * after a parenthetical attribution goes on with the sentence ("In the
 * north, the ferry board said, its crews repaired …"): four words or more, no
 * cue, no quotation (not "…, the company said, Reuters reported"). */
static int parenthetical_goes_on(ctx *x, int32_t a, int32_t lw)
{
    if (!words_reach(x, a, lw, 4)) return 0;
    for (int32_t k = a; k <= lw; k++)
        if (x->t[k].q >= 0 || (x->t[k].kind == T_WORD && is_cue(x, k))) return 0;
    return 1;
}

/* Round 16: a participle that names ("The yard, called Kelm Marine,
 * will …", "The phone, dubbed a gadget, was …"), no verb of saying when
 * set off by commas. */
static int naming_verb(ctx *x, int32_t c)
{
    static const char *const w[] = {"called", "dubbed", "named", "termed", "labelled", "labeled", "described",
                                    "billed", "branded", "nicknamed", "known", NULL};
    return word_in(x, c, w);
}

/* Round 16: whether a relative pronoun opens a clause in [f, c) ("Kelmouth
 * Ferry Co, which owns the pier, said its chairman, Tom Hale, was …": the
 * cue is the subject's verb, not a parenthetical inversion). */
static int rel_before(ctx *x, int32_t f, int32_t c)
{
    for (int32_t m = f; m < c; m++)
        if (x->t[m].kind == T_WORD && x->t[m].q < 0 && (word_is(x, m, "which") || word_is(x, m, "who"))) return 1;
    return 0;
}

/* Round 16: whether tokens [a, lw] hold the finite verb of a clause (an
 * auxiliary or a past tense in -ed, not right after "who", "which" or
 * "that"): what goes on after "Often, said Mr Pearson," is the rest of
 * the sentence, and "…, said David Autor, a professor at MIT." is an
 * appositive. */
static int clause_verb(ctx *x, int32_t a, int32_t lw)
{
    for (int32_t m = a; m <= lw; m++) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0) continue;
        if (!(word_in(x, m, finite_aux) || past_verb(x, m))) continue;
        if (m - 1 >= a && (word_is(x, m - 1, "who") || word_is(x, m - 1, "which") || word_is(x, m - 1, "that")))
            return 0;
        return 1;
    }
    return 0;
}

/* Round 15: whether tokens [f, comma) are a lead-in, not a clause: up
 * to ten words opening with a preposition, a time word, an adverb or a
 * participle ("Earlier today", "In a filing with the SEC", "Speaking to
 * reporters"), with no finite auxiliary. */
static int lead_in(ctx *x, int32_t f, int32_t comma)
{
    static const char *const opener[] = {"earlier", "later", "last", "this", "meanwhile", "separately",
                                         "also", "since", "after", "before", "during", "as", "asked", NULL};
    if (word_is(x, f, "but") || word_is(x, f, "and")) f++;
    if (comma <= f || comma - f > 10 || !punct_is(x, comma, ',')) return 0;
    if (!word_in(x, f, fb_prep) && !word_in(x, f, opener) && !is_day(x, f) && !is_adverb(x, f) && !ing_form(x, f))
        return 0;
    for (int32_t k = f; k < comma; k++)
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || word_in(x, k, finite_aux)) return 0;
    return 1;
}

/* round 14: the subject that opens sentence f and is set off by
 * appositives closed by the comma at p ("Yuri Ushakov, a foreign policy
 * adviser to the president, said …", "Whitby, the trust's spokesman,
 * said …", "Hale, 54, who has led the council since 2019, said …", "The
 * report, published on Tuesday, said …"): a run of capitalised words, or
 * a determiner and up to four plain words, then one to three
 * comma-separated appositives of up to 15 words each, with no cue and
 * no quotation, each opening with a lower-case word, a number or a
 * possessive, and holding a finite verb only as a relative clause
 * (who, which, whose); {-1, -1} otherwise.  The cue after p then has that
 * subject, whatever follows it. */
static tspan opening_name_appositive(ctx *x, int32_t f, int32_t p)
{
    tspan no = {-1, -1};
    if (f < 0 || p <= f || x->t[p].q >= 0) return no;
    if (word_is(x, f, "but") || word_is(x, f, "and")) f++;
    /* round 15: after a lead-in ("In Kelmouth, Trust President Ana
     * Reis, who is also …, said") */
    for (int32_t c = f + 1; c < p && c <= f + 11; c++)
        if (punct_is(x, c, ',')) {
            if (c + 1 < p && lead_in(x, f, c)) f = c + 1;
            break;
        }
    int32_t k = f;
    if (is_determiner(x, f) && !word_is(x, f, "that")) {
        k++;
        /* after a determiner a cue word is a noun ("The report, …");
         * round 15: capitalised words too ("The Kelmouth firm, the
         * region's biggest builder of ferries, said") */
        while (k < p && k <= f + 4 && x->t[k].kind == T_WORD && x->t[k].q < 0 &&
               !(tflags(x, k) & (LX_FUNC | LX_PRONOUN)) && !word_in(x, k, finite_aux)) {
            /* not a verb with a name for its object ("The film showed Mr
             * Hale, …, telling …") */
            if (!cap_word(x, k) && k + 1 < p && cap_word(x, k + 1) && past_verb(x, k)) return no;
            k++;
        }
        if (k == f + 1) return no;
    } else {
        if (!cap_word(x, f) || (tflags(x, f) & (LX_FUNC | LX_PRONOUN))) return no;
        while (k < p && cap_word(x, k) && x->t[k].q < 0) k++;
        /* round 19: a name with its place ("Ana Reis of Kelmouth, a
         * Liberal, said") */
        if (k + 1 < p && word_is(x, k, "of") && cap_word(x, k + 1) && x->t[k + 1].q < 0)
            for (k++; k < p && cap_word(x, k) && x->t[k].q < 0;) k++;
    }
    if (k + 1 >= p || !punct_is(x, k, ',')) return no;
    static const char *const rel[] = {"who", "which", "whose", NULL};
    int segs = 0;
    for (int32_t a = k + 1; a < p;) {
        int32_t b = a;
        while (b < p && !punct_is(x, b, ',')) b++;
        if (b == a || b - a > 15 || ++segs > 3 || x->t[a].kind != T_WORD) return no;
        if (cap_word(x, a) && strip_poss(tx(x, a), tl(x, a)) == tl(x, a) && !(x->t[a].flags & F_DIGIT)) return no;
        int relative = word_in(x, a, rel);
        for (int32_t m = a; m < b; m++) {
            /* round 19: a relative clause on the appositive's noun ("a
             * Liberal who has declined to back him") */
            if (m > a && m <= a + 3 && word_in(x, m, rel)) relative = 1;
            if ((x->t[m].kind != T_WORD &&
                 /* round 15: figures ("100.2 mln", "$5", "3%") */
                 !(x->t[m].kind == T_PUNCT && m > a &&
                   (x->t[m].cp == '.' || x->t[m].cp == '%' || x->t[m].cp == '$' || x->t[m].cp == '-'))) ||
                x->t[m].q >= 0 || (is_cue(x, m) && !(m == a && past_verb(x, m))) ||
                (!relative && word_in(x, m, finite_aux)))
                return no; /* a participle may open it: "published on Tuesday" */
        }
        a = b + 1;
    }
    return (tspan){f, k - 1};
}

/* round 14: a lower-case cue in its bare form ("say", "state", "think"):
 * no -s, -ed or -ing ending and no past tense of its own ("said",
 * "told", "wrote", "thought"). */
static int bare_cue(ctx *x, int32_t c)
{
    static const char *const past[] = {"said", "told", "wrote", "spoke", "thought", "felt", "knew", "heard",
                                       "saw", "put", "read", "set", "led", "made", "gave", "took", "meant",
                                       /* round 20 (indirect): "The study found that …" */
                                       "found", NULL};
    if (x->t[c].kind != T_WORD || (x->t[c].flags & F_CAP)) return 0;
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    if (n < 2 || w[n - 1] == 's' || (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd') || ing_form(x, c)) return 0;
    return !word_in(x, c, past);
}

/* round 14: whether the speaker phrase sp is one third-person thing or
 * person: no pronoun, not joined to another by "and", and its last word
 * no plural ("officials", "Democrats") nor a group noun ("police"). */
static int singular_subject(ctx *x, tspan sp)
{
    static const char *const group[] = {"police", "people", "staff", "media", "government", "team", "club",
                                        "public", "crowd", "family", "committee", "council", "board", "party",
                                        "management", "majority", "minority", "couple", "band", NULL};
    int32_t h = sp.b;
    if (tflags(x, h) & LX_PRONOUN) return 0;
    if (sp.a - 1 >= 0 && (word_is(x, sp.a - 1, "and") || word_is(x, sp.a - 1, "&"))) return 0;
    for (int32_t m = sp.a; m <= sp.b; m++)
        if (word_is(x, m, "and")) return 0;
    if (plural_noun(x, h) || word_in(x, h, group)) return 0;
    /* round 20 (indirect): a share of people ("Nearly a third say", "one
     * in five say", "26 percent say") */
    static const char *const share[] = {"third", "quarter", "fifth", "tenth", "half", "percent", "pct",
                                        "majority", "minority", NULL};
    static const char *const num[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      "ten", NULL};
    if (word_in(x, h, share) || word_in(x, h, polled) ||
        (h - 2 >= sp.a && word_is(x, h - 1, "in") && ((x->t[h].flags & F_DIGIT) || word_in(x, h, num)) &&
         ((x->t[h - 2].flags & F_DIGIT) || word_in(x, h - 2, num))))
        return 0;
    size_t n = tl(x, h);
    const char *w = tx(x, h);
    if (cap_word(x, h) && n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'') return 0;
    return x->t[h].kind == T_WORD && !(x->t[h].flags & F_DIGIT);
}

/* Round 14c: whether phrase sp after a cue is a clause, not an inverted
 * speaker ("The KFB, which saw its fares fall, said the offer undervalued
 * the fleet", "X, chairman of Y, said the talks were going well"): it
 * holds a finite auxiliary, or a past tense with an object. */
static int np_clause(ctx *x, tspan sp)
{
    for (int32_t k = sp.a + 1; k <= sp.b; k++) {
        if (x->t[k].kind != T_WORD || (x->t[k].flags & F_CAP)) continue;
        if (word_in(x, k, finite_aux)) return 1;
        if (k < sp.b && past_verb(x, k) && is_determiner(x, k + 1)) return 1;
    }
    return 0;
}

/* Round 15a: whether phrase k.. opens its clause: the first words of its
 * sentence, or after a comma, a semicolon, a quotation or "but" (not the
 * object of a verb or a preposition: "He met Hale and Reis said …"). */
static int opens_clause(ctx *x, int32_t k)
{
    if (sentence_initial(x, k)) return 1;
    return k > 0 && (punct_is(x, k - 1, ',') || punct_is(x, k - 1, ';') || x->t[k - 1].kind == T_QMARK ||
                     word_is(x, k - 1, "but"));
}

/* Round 15a: whether phrase l can be one speaker of a coordinated
 * subject: a subject pronoun, a name (capitalised words, connectors and
 * an opening "the"), or a short description whose head is a role, a
 * relative or a plural noun ("the police chief", "his wife", "ferry
 * crews"); never a phrase holding a verb or a preposition ("The company
 * cut jobs", "Officials in Paris"). */
static int conjunct_ok(ctx *x, tspan l)
{
    static const char *const subj[] = {"he", "she", "they", "we", "I", NULL};
    static const char *const kin[] = {"wife", "husband", "son", "daughter", "brother", "sister", "mother",
                                      "father", "parents", "partner", "family", "colleague", "colleagues",
                                      "friend", "friends", "children", NULL};
    if (l.a < 0 || l.b - l.a > 5) return 0;
    if (l.a == l.b && (tflags(x, l.a) & LX_PRONOUN)) return word_in(x, l.a, subj);
    for (int32_t k = l.a; k <= l.b; k++)
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || (tflags(x, k) & LX_CUE) || word_is(x, k, "and")) return 0;
    if (cap_word(x, l.b) && !(l.a == l.b && plural_noun(x, l.b))) { /* (not "Analysts") */
        for (int32_t k = l.a; k <= l.b; k++)
            if (!cap_word(x, k) && !is_connector(x, k) && !(k == l.a && word_is(x, k, "the"))) return 0;
        /* no name ends in a title ("Executive Vice President and …") */
        if (tflags(x, l.b) & LX_TITLE) return 0;
        /* a person named in full, a listed organisation, or a name the
         * article uses again on its own: not a word of a longer name
         * ("Ironhorse Oil and Gas", "Ernst and Young's Ann Lee") */
        int32_t m = mention_at(x, l.b);
        if (m < 0 || x->ms[m].t0 < l.a) return 0;
        const xent *e = &x->ents[x->ms[m].ent];
        if ((e->kind == ENT_PERSON && (e->nwords >= 2 || e->title)) || (e->kind == ENT_ORG && listed_org(x, x->ms[m].t0, x->ms[m].t1)))
            return 1;
        /* else named elsewhere with no "and" beside it ("Handy and
         * Harman", "Duff and Phelps" are firms however often written) */
        for (int32_t k = 0; k < x->nms; k++)
            if (x->ms[k].ent == x->ms[m].ent && k != m && !word_is(x, x->ms[k].t0 - 1, "and") &&
                !word_is(x, x->ms[k].t1 + 1, "and"))
                return 1;
        return 0;
    }
    if (l.b - l.a > 3 || np_clause(x, l)) return 0;
    for (int32_t k = l.a + 1; k < l.b; k++)
        if (word_in(x, k, prep_of) || (tflags(x, k) & (LX_FUNC | LX_PRONOUN))) return 0;
    int32_t h = l.b;
    return (tflags(x, h) & LX_DESC) || plural_noun(x, h) || plural_desc(x, h) || source_word(x, h) ||
           word_in(x, h, kin);
}

/* Round 18: whether phrase l is a short run of capitalised words (and
 * connectors inside), no pronoun, cue or quotation: a name. */
static int name_words(ctx *x, tspan l)
{
    if (l.a < 0 || l.b - l.a > 4 || !cap_word(x, l.a) || !cap_word(x, l.b)) return 0;
    for (int32_t k = l.a; k <= l.b; k++)
        if (x->t[k].q >= 0 || (!cap_word(x, k) && !is_connector(x, k)) || (tflags(x, k) & (LX_PRONOUN | LX_CUE | LX_FUNC)))
            return 0;
    return 1;
}

/* Round 15a: records coordinated subject sp and its n conjuncts for
 * set_attrib (x->coord). */
static void keep_coord(ctx *x, tspan sp, const tspan *part, int n)
{
    for (int k = 0; k < 4 && k < x->ncoord; k++)
        if (x->coord[k].sp.a == sp.a && x->coord[k].sp.b == sp.b) return;
    int k = x->ncoord++ % 4;
    x->coord[k].sp = sp;
    x->coord[k].n = n;
    memcpy(x->coord[k].part, part, sizeof part[0] * (size_t)n);
}

/* Round 15a: a coordinated subject speaks as one ("Tom Hale and Ana Reis
 * said", "Hale, Reis and Ortiz said", "Hale and his wife said", "Port
 * managers and ferry crews say", "Both men said").  *out is np_left's
 * phrase before cue c (the last conjunct, or none: np_left takes a bare
 * plural only opening its clause); when "and" comes right before it and
 * a phrase before that ends there and opens its clause, *out grows
 * over them (up to four, joined by commas and a last "and") and
 * x->coord keeps each, whose entities are the quote's speakers.  A name
 * spanning the "and" is one speaker ("Marks and Spencer said").  1 when
 * *out changed. */
static int coord_join(ctx *x, tspan *out, int32_t c, int32_t lo)
{
    tspan sp = *out;
    if (sp.a < 0) {
        /* a bare plural after "and" or "both": np_left's walk, here */
        int32_t j = c - 1;
        while (j > lo && is_adverb(x, j)) j--;
        /* (first the cheap test: "and" or "both" within reach) */
        if (j - 1 < lo || !(word_is(x, j - 1, "and") || word_is(x, j - 1, "both") || word_is(x, j - 2, "and") ||
                            word_is(x, j - 3, "and") || word_is(x, j - 4, "and")))
            return 0;
        if (!(plural_noun(x, j) || plural_desc(x, j)) || (x->t[j].flags & F_CAP) ||
            (tflags(x, j) & (LX_FUNC | LX_CUE | LX_PRONOUN)))
            return 0;
        if (word_is(x, j - 1, "both") && opens_clause(x, j - 1)) { /* "Both men said" */
            *out = (tspan){j - 1, j};
            return 1;
        }
        int32_t a = j;
        while (a - 1 >= lo && a > j - 3 && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0 && !cap_word(x, a - 1) &&
               !(tflags(x, a - 1) & (LX_FUNC | LX_CUE | LX_PRONOUN)) && !is_adverb(x, a - 1))
            a--;
        sp = (tspan){a, j};
    }
    if (sp.a - 2 < lo || !word_is(x, sp.a - 1, "and")) return 0;
    int32_t j = sp.a - 2, m = mention_at(x, sp.a - 1);
    if (m < 0) m = mention_at(x, sp.a);
    if (m >= 0 && x->ms[m].t0 < sp.a) { /* "Marks and Spencer", "Standard and Poor's" */
        /* round 18: a name with "and" in it that the phrase goes on
         * after opens the phrase ("Standard and Poor's Corp said": was
         * "Poor's Corp") */
        if (x->ms[m].t0 < lo || x->ms[m].t1 > sp.b || !opens_clause(x, x->ms[m].t0)) return 0;
        out->a = x->ms[m].t0;
        return 1;
    }
    int oxford = punct_is(x, j, ',');
    if (oxford) j--;
    tspan l = np_left(x, j, lo);
    /* round 18: "Both Hale and Reis said" ("both" opening the clause) */
    int both = l.a - 1 >= lo && word_is(x, l.a - 1, "both") && opens_clause(x, l.a - 1);
    if (l.a < lo || l.b != j || !(both || opens_clause(x, l.a))) return 0;
    /* one phrase, one speaker: "Officials in Paris and Berlin", "The MP
     * for Dover and Deal" (a preposition's object is what is
     * coordinated), "S and P" (initials) */
    if (!oxford && cap_word(x, sp.b)) {
        int one = sp.a == sp.b && l.a == l.b && tl(x, sp.a) == 1 && tl(x, l.a) == 1;
        for (int32_t k = l.a + 1; k < l.b && !one; k++) one = word_in(x, k, prep_of); /* (not "Rio de Janeiro") */
        for (int32_t k = sp.a; k <= sp.b && one; k++) one = cap_word(x, k) || (k == sp.a && word_is(x, k, "the"));
        if (one) {
            *out = (tspan){l.a - both, sp.b};
            return 1;
        }
    }
    if (!conjunct_ok(x, l) || !conjunct_ok(x, sp)) {
        /* round 18: two capitalised runs the article does not name
         * apart ("“…,” Hale and Reis said" with no full names, "Duff and
         * Phelps", "Standard and Poor's Corp") are one speaker phrase,
         * not the second run alone */
        if (oxford || !name_words(x, l) || !name_words(x, sp)) return 0;
        /* (not the end of a list of names: "It owns Kelm, Ward and Reis
         * said …", "the Office of Ports, Harbours and Ferries said") */
        if (punct_is(x, l.a - 1, ',') && cap_word(x, l.a - 2)) return 0;
        *out = (tspan){l.a - both, sp.b};
        return 1;
    }
    tspan part[1 + QUOTE_MAX_CO_SPEAKERS];
    int n = 2;
    part[0] = l;
    part[1] = sp;
    /* "Tom Hale, Ana Reis and Sam Ortiz": more names before commas, while
     * each opens a clause */
    while (!both && n < 1 + QUOTE_MAX_CO_SPEAKERS && cap_word(x, part[0].a) && part[0].a - 2 >= lo &&
           punct_is(x, part[0].a - 1, ',') && cap_word(x, part[0].a - 2)) {
        tspan p = np_left(x, part[0].a - 2, lo);
        if (p.a < lo || p.b != part[0].a - 2 || !conjunct_ok(x, p) || !opens_clause(x, p.a)) break;
        memmove(part + 1, part, sizeof part[0] * (size_t)n);
        part[0] = p;
        n++;
    }
    if (oxford && n < 3) return 0; /* "Tom Hale, the mayor, and …": an appositive */
    *out = (tspan){part[0].a - both, sp.b};
    keep_coord(x, *out, part, n);
    return 1;
}

/* Round 15a: coord_join, and a floating "both" after the subject
 * ("Hale and Reis both said", "They both said"; not "Late buses
 * annoy both night shift workers"): the phrase before it speaks
 * when it is coordinated, or "they" or "we". */
static void coord_subject(ctx *x, tspan *out, int32_t c, int32_t lo)
{
    if (out->a < 0 && c - 2 >= lo && word_is(x, c - 1, "both") && x->t[c - 2].kind == T_WORD) {
        tspan b = np_left(x, c - 2, lo), t = b;
        if (b.a >= 0 && b.b == c - 2 && (coord_join(x, &t, c - 1, lo) || word_is(x, b.a, "they") || word_is(x, b.a, "we")))
            *out = t;
        return;
    }
    coord_join(x, out, c, lo);
}

/* Round 15a: "“…,” said Tom Hale and Ana Reis.": a second name after the
 * inverted speaker, ending the clause. */
static void coord_inverted(ctx *x, attrib *at, int32_t hi)
{
    tspan sp = at->sp;
    if (sp.a < 0 || sp.b + 2 > hi || !word_is(x, sp.b + 1, "and") || !cap_word(x, sp.a) || !cap_word(x, sp.b + 2))
        return;
    if (mention_at(x, sp.b + 1) >= 0) return;
    int32_t m = mention_at(x, sp.b);
    if (m >= 0 && x->ms[m].t1 > sp.b) return;
    tspan r = np_right(x, sp.b + 2, hi);
    if (r.a != sp.b + 2) return;
    /* round 18: names the article does not name apart are one phrase */
    int apart = conjunct_ok(x, sp) && conjunct_ok(x, r);
    if (!apart && !(name_words(x, sp) && name_words(x, r))) return;
    if (r.b + 1 < x->nt && r.b + 1 <= hi && x->t[r.b + 1].kind == T_WORD && !attribution_tail(x, r.b + 1)) return;
    at->sp.b = r.b;
    tspan part[2] = {sp, r};
    if (apart) keep_coord(x, at->sp, part, 2);
}

static tspan predicate_subject(ctx *x, int32_t f, int32_t c);
static tspan participle_subject(ctx *x, int32_t f, int32_t c);
static tspan participle_speaker(ctx *x, int32_t f, int32_t c);
static int participle_clause(ctx *x, int32_t a, int32_t b);

/* Round 18: whether cue c is negated ("The company never announced the
 * closure", "Hale did not say the pier would close", "it hasn't
 * confirmed …"): "never", "not" or a word in "n't" before it, over
 * adverbs; it reports nothing.  A denial denied is a report ("did not
 * deny that …"). */
static int negated_cue(ctx *x, int32_t c, int32_t lo)
{
    int32_t v = c - 1;
    while (v > lo && is_adverb(x, v) && !word_is(x, v, "never") && !word_is(x, v, "not")) v--;
    if (v < lo || x->t[v].kind != T_WORD || (x->t[v].flags & F_CAP)) return 0;
    size_t n = tl(x, v);
    const char *w = tx(x, v);
    int neg = word_is(x, v, "never") || word_is(x, v, "not") || (n > 3 && w[n - 1] == 't' && w[n - 2] == '\'' && w[n - 3] == 'n') ||
              (n > 5 && memcmp(w + n - 5, "n\xe2\x80\x99t", 5) == 0);
    if (!neg) return 0;
    static const char *const deny[] = {"deny", "denied", "denies", "denying", "dispute", "disputed", "rule", "ruled", NULL};
    return !word_in(x, c, deny);
}

/* Indirect round 24: after "according to", a count of a group ("one of",
 * "two of", "some of", "several of", "many of"): the token of "of"; 0 when
 * the phrase opens otherwise. */
static int32_t according_count_of(ctx *x, int32_t j, int32_t hi)
{
    static const char *const count[] = {"one", "two", "three", "four", "some", "several", "many", "most", "none",
                                        "each", NULL};
    if (j + 2 > hi || !word_in(x, j, count) || !word_is(x, j + 1, "of")) return 0;
    return j + 1;
}

/* try_cue of a word c that is a cue (is_cue(x, c) holds). */
/* Round 19: the source after "according to" that np_right leaves, a
 * plural with no determiner ("according to sources", "according to press
 * reports", "according to several officials briefed on the talks",
 * "according to friends of the harbour master"): up to three lower-case
 * modifiers and the plural that heads the phrase.  "according to" names
 * a source whatever follows, so a plural there is one. */
static tspan according_plural(ctx *x, int32_t j, int32_t hi)
{
    /* "in keeping with", not a source: "according to terms of the deal" */
    static const char *const rule[] = {"terms", "rules", "regulations", "guidelines", "standards", "instructions",
                                       "procedures", "laws", "principles", "conditions", "criteria", "needs",
                                       "requirements", "plans", "schedules", "methods", "traditions", NULL};
    tspan r = {-1, -1};
    /* indirect round 24: a number or share of a plural source ("according
     * to one of his aides", "two of the people briefed"): the phrase
     * after "of" is the source, the count opens the speaker */
    int32_t of = according_count_of(x, j, hi);
    if (of > 0) {
        tspan in = np_right(x, of + 1, hi);
        if (in.a < 0) in = according_plural(x, of + 1, hi);
        if (in.a >= 0) r = (tspan){j, in.b};
        return r;
    }
    for (int32_t k = j; k <= hi && k < j + 4; k++) {
        /* indirect round 24: two modifiers joined ("complete but
         * unofficial returns", "local and state officials") */
        if (k > j && k + 1 <= hi && (word_is(x, k, "and") || word_is(x, k, "but")) && x->t[k + 1].kind == T_WORD &&
            !(tflags(x, k + 1) & (LX_FUNC | LX_PRONOUN)))
            continue;
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || (x->t[k].flags & (F_CAP | F_DIGIT)) ||
            (tflags(x, k) & (LX_FUNC | LX_PRONOUN)))
            return r;
        if (plural_noun(x, k) || source_word(x, k) || word_is(x, k, "data")) {
            /* "media trackers": a plural modifying a plural */
            while (k + 1 <= hi && !(x->t[k + 1].flags & F_CAP) && plural_noun(x, k + 1)) k++;
            if (word_in(x, k, rule)) return r;
            /* not when the sentence has a speaker of its own ("According
             * to final figures, turnover fell, a spokeswoman said") */
            for (int32_t m = k + 2; m <= hi; m++) /* (not "exit polls reported by CNN") */
                if (x->t[m].kind == T_WORD && x->t[m].q < 0 && finite_cue(x, m) && is_cue(x, m)) return r;
            r.a = j;
            r.b = k;
            return r;
        }
    }
    return r;
}

static int first_verb(ctx *x, int32_t k);
static int findings_clause(ctx *x, int32_t a, int32_t lw);

/* Indirect round 24: the subject of a bare cue of saying or believing,
 * before a clause, whose last word is singular but whose head is a plural
 * further left, a phrase after it running on to the cue ("sources close to the trust
 * say", "protest organizers in Kelmouth say", "Most of the riders in
 * the three port towns on the night boats say"): the plural, its phrase
 * and the words before it back to a determiner, from a clause's start
 * (the sentence's, a comma, "but"/"and", "which"/"whom").  The span; {-1,
 * -1} when none. */
static tspan plural_head_before(ctx *x, int32_t c, int32_t lo)
{
    static const char *const post[] = {"close", "privy", "familiar", "involved", "loyal", "opposed", "allied", NULL};
    static const char *const open[] = {"but", "and", "which", "whom", "while", "because", "as", NULL};
    static const char *const subj_pron[] = {"he", "she", "they", "we", "i", NULL};
    /* the verbs of saying and believing, before a clause ("Diplomats in
     * Dover estimate the cost at …" reports no words) */
    static const char *const say[] = {"say", "think", "believe", "argue", "insist", "contend", "warn", NULL};
    tspan no = {-1, -1};
    if (!word_in(x, c, say) || !findings_clause(x, c + 1, x->sent_last[x->t[c].sent])) return no;
    for (int32_t m = c - 2; m >= lo && m >= c - 12; m--) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || word_in(x, m, finite_aux) ||
            word_in(x, m, subj_pron))
            return no;
        if (!plural_noun(x, m) || !(word_in(x, m + 1, fb_prep) || word_in(x, m + 1, post))) continue;
        if (is_cue_tok(x, m)) return no;
        int32_t sa = m;
        while (sa - 1 >= lo && x->t[sa - 1].kind == T_WORD && x->t[sa - 1].q < 0 && !word_in(x, sa - 1, fb_prep) &&
               !word_in(x, sa - 1, open) && !word_in(x, sa - 1, finite_aux) && !is_cue_tok(x, sa - 1) &&
               !first_verb(x, sa - 1)) {
            sa--;
            if (is_determiner(x, sa)) break;
        }
        /* (else an inner plural: "Most of the riders in the port towns") */
        if (!(sa == lo || punct_is(x, sa - 1, ',') || word_in(x, sa - 1, open))) continue;
        return (tspan){sa, c - 1};
    }
    return no;
}

/* Quotes round 26: "Supporters of the pier, however, say …", "The two
 * councillors, for their part, argue that …": a sentence adverb set off by
 * commas between the subject and the cue at c; the subject before it, or
 * {-1, -1}.  (np_left stops at the aside's comma, and subject_of finds no
 * name in a description.) */
static __attribute__((noinline)) tspan subject_before_aside(ctx *x, int32_t c, int32_t lo)
{
    static const char *const aside1[] = {"however", "though", "meanwhile", "too", "also", "instead",
                                         "likewise", "nonetheless", "nevertheless", "moreover", "meantime",
                                         "therefore", "in", "for", "on", NULL};
    if (c - 4 < lo || !punct_is(x, c - 1, ',')) return (tspan){-1, -1};
    if (!word_in(x, c - 2, aside1)) {
        /* "for their part", "on the other hand", "in turn": two to four
         * words opening with a preposition */
        int32_t k = c - 2;
        while (k > lo && k > c - 6 && x->t[k].kind == T_WORD && !(x->t[k].flags & F_CAP) && x->t[k].q < 0) k--;
        if (k >= c - 3 || !punct_is(x, k, ',') ||
            !(word_is(x, k + 1, "in") || word_is(x, k + 1, "for") || word_is(x, k + 1, "on")) || k - 1 < lo)
            return (tspan){-1, -1};
        return np_left(x, k - 1, lo);
    }
    /* one word: the listed adverbs (a lone preposition is none) */
    if (word_is(x, c - 2, "in") || word_is(x, c - 2, "for") || word_is(x, c - 2, "on") || !punct_is(x, c - 3, ','))
        return (tspan){-1, -1};
    return np_left(x, c - 4, lo);
}

/* Quotes round 26: "Ana Reis, speaking in Dover, Delaware, said …": the
 * phrase np_left read before the cue at c is a place set off by commas,
 * the state or country after a town, which speaks no more than the
 * town.  Inside an aside opened by a comma, the sentence's subject
 * before it speaks; else a noun before the town's preposition ("a
 * woman in Dover, Delaware, told him"); else sp unchanged. */
static __attribute__((noinline)) tspan subject_before_place(ctx *x, tspan sp, int32_t c, int32_t lo, int32_t sent_first)
{
    if (sp.a < 0 || sp.b != c - 2 || !punct_is(x, c - 1, ',') || sp.a - 2 < sent_first || !punct_is(x, sp.a - 1, ','))
        return sp;
    int32_t m = mention_at(x, sp.a);
    if (m < 0 || x->ms[m].t1 != sp.b || x->ents[x->ms[m].ent].kind != ENT_PLACE || !cap_word(x, sp.a - 2)) return sp;
    int32_t town = sp.a - 2, aside = 0;
    while (town - 1 > sent_first && cap_word(x, town - 1)) town--;
    for (int32_t k = town - 1; k >= sent_first && k >= town - 12 && !aside; k--) aside = punct_is(x, k, ',');
    if (!aside) {
        static const char *const town_prep[] = {"in", "of", "from", "near", NULL};
        int32_t pr = town - 1;
        if (pr - 1 < lo || !word_in(x, pr, town_prep) || x->t[pr - 1].kind != T_WORD || cap_word(x, pr - 1) ||
            x->t[pr - 1].q >= 0)
            return sp;
        /* (an article's phrase: not "its platinum property in …") */
        tspan r = np_left(x, pr - 1, lo);
        return r.a >= 0 && r.b == pr - 1 &&
                       (word_is(x, r.a, "a") || word_is(x, r.a, "an") || word_is(x, r.a, "the"))
                   ? r
                   : sp;
    }
    tspan r = subject_of(x, sent_first, sp.a - 1);
    if (r.a < 0) return sp;
    int32_t rm = mention_at(x, r.a);
    if (rm >= 0 && x->ents[x->ms[rm].ent].kind == ENT_PLACE) return sp;
    return r;
}

/* Quotes round 26: "Another official speaking to Kelmouth Radio said,
 * “…”", "Hale, writing on Facebook, said": the phrase np_left read
 * before the cue is the object of a participle's preposition; the
 * phrase before the participle speaks, or sp unchanged. */
static __attribute__((noinline)) tspan subject_before_participle(ctx *x, tspan sp, int32_t lo)
{
    int32_t pr = sp.a - 1, v = sp.a - 2;
    /* (the participle's ending first: asked of most cues) */
    if (v - 1 < lo || !ing_form(x, v) || x->t[v].q >= 0 || cap_word(x, v) || !word_in(x, pr, fb_prep)) return sp;
    tspan r = np_left(x, v - 1, lo);
    /* (not a gerund in a preposition's object: "a study of harbour
     * ferry pricing in Kelmouth finds": the phrase opens the clause or
     * opens with a determiner) */
    if (r.a < 0 || r.b != v - 1) return sp;
    if (r.a > lo && x->t[r.a - 1].kind == T_WORD && !is_determiner(x, r.a) && !(x->t[r.a].flags & F_DIGIT))
        return sp;
    return r;
}

static attrib try_cue_at(ctx *x, int32_t c, int32_t lo, int32_t hi, int32_t sent_first)
{
    attrib at = {-1, -1, {-1, -1}, 0};
    if (word_is(x, c, "according")) {
        tspan sp = np_right(x, c + 2, hi);
        if (sp.a < 0) sp = according_plural(x, c + 2, hi);
        if (sp.a >= 0) {
            at.cue = c; at.cue_end = c + 1; at.sp = sp; at.inverted = 1;
        }
        return at;
    }
    /* inversion: "…,” said X" / ", says X" */
    int32_t p = c - 1;
    int after_quote = p >= 0 && (x->t[p].q >= 0 || (punct_is(x, p, ',') && p - 1 >= 0 && x->t[p - 1].q >= 0));
    /* "X, the party chairman, told The Associated Press": after "told"
     * comes the addressee, never the speaker */
    /* round 14: "Hale was quoted as saying …", "Hale was quoted by the
     * Gazette as saying …": the subject of the passive speaks, not the
     * paper that quoted him */
    static const char *const be[] = {"was", "is", "were", "are", "been", "being", NULL};
    if (word_is(x, c, "quoted") && c - 1 >= lo) { /* the passive: its "as saying" reports */
        int32_t v = c - 1;
        while (v > lo && is_adverb(x, v)) v--;
        if (word_in(x, v, be)) return at;
    }
    /* round 15: and the active "A tweet quoted the mayor as saying …":
     * "saying" reports, for its object */
    if (word_is(x, c, "quoted"))
        for (int32_t q = c + 2; q + 1 <= hi && q <= c + 14 && x->t[q].kind == T_WORD && x->t[q].q < 0; q++)
            if (word_is(x, q, "as") && word_is(x, q + 1, "saying")) return at;
    if (word_is(x, c, "saying") && c - 2 >= lo && word_is(x, c - 1, "as")) {
        for (int32_t q = c - 2; q >= lo + 1 && q >= c - 10; q--) {
            if (x->t[q].kind != T_WORD || x->t[q].q >= 0) break;
            if (!word_is(x, q, "quoted")) continue;
            int32_t v = q - 1;
            while (v > lo && is_adverb(x, v)) v--; /* "was also quoted" */
            if (!word_in(x, v, be)) {
                /* active: the object between "quoted" and "as" */
                tspan obj = np_left(x, c - 2, q + 1);
                if (obj.a == q + 1) {
                    at.cue = c; at.cue_end = c; at.sp = obj;
                    return at;
                }
                break;
            }
            tspan who = np_left(x, v - 1, lo);
            if (who.a >= 0) {
                at.cue = c; at.cue_end = c; at.sp = who;
                return at;
            }
            break;
        }
    }
    /* round 14: "Dana Whitby, a spokesman for the trust, said the
     * decision to …": a subject opening the sentence with appositives
     * before the comma is the cue's; what follows is the content */
    if (!after_quote && p >= lo && punct_is(x, p, ',')) {
        tspan nm = opening_name_appositive(x, sent_first, p);
        if (nm.a >= 0) {
            at.cue = c; at.cue_end = c; at.sp = nm;
            return at;
        }
    }
    if ((after_quote || (p >= lo && punct_is(x, p, ','))) && !ing_form(x, c) && !is_tell(x, c)) {
        tspan sp = np_right(x, c + 1, hi);
        /* "…,” suggested ferry owner Tom Hale’s refusal to …": a
         * possessive ends no speaker phrase; the cue has an object */
        if (sp.a >= 0 && strip_poss(tx(x, sp.b), tl(x, sp.b)) != tl(x, sp.b) && sp.b + 1 <= hi &&
            x->t[sp.b + 1].kind == T_WORD)
            sp.a = -1;
        /* "Robby Mook, suggested that what …", "Mary Roe, clad in red,
         * said the festival might be a “flop”": after a comma but no
         * quotation, an inverted speaker ends the clause (or is followed
         * by a time or place: ", said X on Monday"); else the cue has an
         * object and the subject is on its left */
        if (sp.a >= 0 && !after_quote &&
            (word_is(x, sp.a, "that") || np_clause(x, sp) ||
             (sp.b + 1 < x->nt && (x->t[sp.b + 1].kind == T_QMARK ||
                                 (x->t[sp.b + 1].kind == T_WORD && !attribution_tail(x, sp.b + 1) &&
                                  !name_of_body(x, sp))))))
            sp.a = -1;
        /* "Lena Moss, the author of “Salt Roads,” said the …": a quotation
         * inside an appositive that opens the sentence names a work or a
         * nickname of the subject; the cue is the subject's, not "said X" */
        if (sp.a >= 0 && after_quote) {
            tspan ap = opening_appositive(x, x->t[p].q >= 0 ? p : p - 1);
            if (ap.a >= 0) {
                at.cue = c; at.cue_end = c; at.sp = ap;
                return at;
            }
        }
        /* "…,” stated that he …", "…,” put it, “…”" are no
         * inversions: a clause (`that`) or the neuter pronoun after the cue
         * is its object, never a speaker written after it */
        if (sp.a >= 0 && after_quote && (word_is(x, sp.a, "that") || (sp.a == sp.b && word_is(x, sp.a, "it"))))
            sp.a = -1;
        if (sp.a >= 0 && !(tflags(x, sp.a) & LX_PRONOUN && !after_quote)) {
            at.cue = c; at.cue_end = c; at.sp = sp; at.inverted = 1;
            coord_inverted(x, &at, hi);
            return at;
        }
    }
    if (negated_cue(x, c, lo)) return at;
    tspan sp = np_left(x, c - 1, lo);
    if (sp.a < 0 && !ing_form(x, c)) sp = subject_before_aside(x, c, lo);
    if (sp.a >= 0 && sp.b == c - 2 && !ing_form(x, c)) sp = subject_before_place(x, sp, c, lo, sent_first);
    if (sp.a >= 0 && sp.b == c - 1 && sp.a - 3 >= lo && ing_form(x, sp.a - 2))
        sp = subject_before_participle(x, sp, lo);
    coord_subject(x, &sp, c, lo);
    /* "Trump issued a statement saying …", "His office released a
     * note saying …": the one who issued it speaks */
    /* round 14: "a subsidiary of Gazprom, the Russian state energy
     * company", "the Berlin-based think tank": a cue in its bare form
     * (state, think, say) right after a singular subject does not agree
     * with it, so it is a noun, not a verb of saying */
    if (sp.a >= 0 && sp.b == c - 1 && bare_cue(x, c) && singular_subject(x, sp) &&
        /* not after an auxiliary: "did the board ever call …" */
        !(sp.a - 1 >= 0 && (word_in(x, sp.a - 1, finite_aux) || word_is(x, sp.a - 1, "do") ||
                            word_is(x, sp.a - 1, "to")))) {
        tspan pl = plural_head_before(x, c, lo);
        if (pl.a >= 0) {
            at.cue = c; at.cue_end = c; at.sp = pl;
        }
        return at;
    }
    /* round 27: "Hale opened his speech saying …", "started out the
     * debate saying": an occasion before a participle is the verb's
     * object too */
    static const char *const occasion_words[] = {"speech", "remarks", "address", "debate", "meeting", "rally",
                                                 "interview", "briefing", "testimony", "session", NULL};
    if (sp.a >= 0 && sp.a < sp.b && is_determiner(x, sp.a) &&
        (word_in(x, sp.b, media_words) || (sp.b == c - 1 && ing_form(x, c) && word_in(x, sp.b, occasion_words)))) {
        int32_t v = sp.a - 1;
        if (v >= lo && (word_is(x, v, "out") || word_is(x, v, "up"))) v--;
        if (v - 1 >= lo && x->t[v].kind == T_WORD && !(x->t[v].flags & F_CAP) && x->t[v].q < 0) {
            tspan who = np_left(x, v - 1, lo);
            if (who.a >= 0) sp = who;
        }
    }
    /* round 23: np_left reads "Like Reis, Hale also opposed the plan,
     * arguing" as a name and its appositive; words with a subject and a
     * verb between the name and the participle's comma are a clause */
    if (sp.a >= 0 && sp.b + 2 < c - 1 && ing_form(x, c) && punct_is(x, c - 1, ',') && punct_is(x, sp.b + 1, ',') &&
        participle_clause(x, sp.b + 2, c - 2))
        sp.a = -1;
    if (sp.a < 0 && ing_form(x, c) && c - 1 > sent_first && punct_is(x, c - 1, ','))
        sp = participle_speaker(x, sent_first, c);
    else if (sp.a < 0 && (ing_form(x, c) || word_is(x, c - 1, "and") || word_is(x, c - 1, "but") ||
                          word_is(x, c - 1, "by") || word_is(x, c - 1, "then") || punct_is(x, c - 1, ',')))
        sp = subject_of(x, sent_first, c);
    /* round 16: the second of two predicates ("The bank gave no details,
     * but said …", "It made a loss … and said …"): the subject is the
     * sentence's, a description or "It" with a verb after it */
    if (sp.a < 0 && (word_is(x, c - 1, "and") || word_is(x, c - 1, "but")) && finite_cue(x, c))
        sp = predicate_subject(x, sent_first, c);
    if (sp.a >= 0) {
        at.cue = c; at.cue_end = c; at.sp = sp;
    }
    return at;
}

static attrib try_cue(ctx *x, int32_t c, int32_t lo, int32_t hi, int32_t sent_first)
{
    if (!is_cue(x, c)) return (attrib){-1, -1, {-1, -1}, 0};
    return try_cue_at(x, c, lo, hi, sent_first);
}

/* Looks for a cue verb with a speaker among tokens [a, b] outside quotes:
 * the first one, or with rev the last one (nearest to what follows). */
static attrib find_attrib_dir(ctx *x, int32_t a, int32_t b, int32_t lo, int32_t hi, int rev)
{
    attrib at = {-1, -1, {-1, -1}, 0};
    /* tokens outside the text are no cue (callers ask from one past a
     * cue that may be the last token: token a is read only after this) */
    if (a < 0) a = 0;
    if (b >= x->nt) b = x->nt - 1;
    if (a > b) return at;
    int32_t f = x->sent_base[x->t[a].sent];
    if (f < 0) f = a;
    int32_t step = rev ? -1 : 1, c = rev ? b : a, end = rev ? a - 1 : b + 1;
    for (; c != end; c += step) {
        /* most words are no cue: answered inline, without try_cue's call */
        if (!is_cue_tok(x, c)) continue;
        at = try_cue_at(x, c, lo, hi, f);
        if (at.cue >= 0) return at;
    }
    return at;
}

static attrib find_attrib(ctx *x, int32_t a, int32_t b, int32_t lo, int32_t hi)
{
    return find_attrib_dir(x, a, b, lo, hi, 0);
}

static void set_attrib(ctx *x, quote *q, const attrib *at)
{
    /* round 24: "an angry answer from X": X speaks */
    attrib from;
    if (at->sp.a >= 0 && at->sp.b - at->sp.a >= 3) {
        tspan src = source_after_from(x, at->sp);
        if (src.a != at->sp.a) {
            from = *at;
            from.sp = src;
            at = &from;
        }
    }
    if (at->cue >= 0) {
        q->cue_start = (int32_t)x->t[at->cue].s;
        q->cue_end = (int32_t)x->t[at->cue_end].e;
    }
    if (at->sp.a >= 0) {
        q->speaker_start = (int32_t)x->t[at->sp.a].s;
        q->speaker_end = (int32_t)x->t[at->sp.b].e;
        /* round 22: "He'd said …", "she’s argued …": the speaker is the
         * pronoun, not its contracted auxiliary (a name's possessive stays:
         * it is no subject clitic) */
        if (tflags(x, at->sp.b) & LX_PRONOUN) {
            size_t bare = strip_clitic(tx(x, at->sp.b), tl(x, at->sp.b));
            if (bare > 0 && bare < tl(x, at->sp.b)) q->speaker_end = (int32_t)(x->t[at->sp.b].s + bare);
        }
        for (int k = 0; k < QUOTE_MAX_CO_SPEAKERS; k++) q->co_speakers[k] = -1;
        /* round 15a: a coordinated subject: each conjunct's entity, the
         * first as the speaker */
        int ci = -1;
        for (int k = 0; k < 4 && k < x->ncoord; k++)
            if (x->coord[k].sp.a == at->sp.a && x->coord[k].sp.b == at->sp.b) ci = k;
        if (ci >= 0) {
            int n = 0;
            q->speaker_entity = -1;
            for (int k = 0; k < x->coord[ci].n; k++) {
                int32_t e = speaker_entity(x, x->coord[ci].part[k]);
                int seen = e < 0 || e == q->speaker_entity;
                for (int m = 0; m < n; m++) seen |= q->co_speakers[m] == e;
                if (seen) continue;
                if (q->speaker_entity < 0) q->speaker_entity = e;
                else if (n < QUOTE_MAX_CO_SPEAKERS) q->co_speakers[n++] = e;
            }
        } else {
            q->speaker_entity = speaker_entity(x, at->sp);
            /* "Hale and Reis said …. They added …": "they" that resolves
             * to the last quote's speaker stands for all its speakers */
            const quote *pq = x->last_q >= 0 && x->last_q < x->nq && &x->qs[x->last_q] != q ? &x->qs[x->last_q] : NULL;
            if (pq && at->sp.a == at->sp.b && q->speaker_entity >= 0 && pq->speaker_entity == q->speaker_entity &&
                pq->co_speakers[0] >= 0 && word_is(x, at->sp.a, "they"))
                memcpy(q->co_speakers, pq->co_speakers, sizeof q->co_speakers);
        }
    }
}

static int words_in(ctx *x, int32_t a, int32_t b)
{
    int w = 0;
    for (int32_t k = a; k <= b; k++) w += x->t[k].kind == T_WORD;
    return w;
}

/* Whether tokens [a, b] hold at least n words: words_in(x, a, b) >= n,
 * counting only up to n (most tests are "any word", "at least five"). */
static int words_reach(ctx *x, int32_t a, int32_t b, int n)
{
    if (n <= 0) return 1;
    for (int32_t k = a; k <= b; k++)
        if (x->t[k].kind == T_WORD && --n == 0) return 1;
    return 0;
}

/* The last token of the content of sentence [f, l]: without a final period
 * or comma outside quotes. */
static int32_t content_end(ctx *x, int32_t f, int32_t l)
{
    while (l > f && x->t[l].kind == T_PUNCT && x->t[l].q < 0) l--;
    return l;
}

/* Where reported content that goes on after its last quotation (token
 * from) stops: before the first clause boundary (", saying", ", who",
 * ", but", "; ", a dash, "and said"), else at lw.  Returns the last token. */
/* A lower-case word in -ed: after "and" right after a quotation it starts
 * a new predicate ("called it “a disgrace” and threatened …"). */
static int is_tell(ctx *x, int32_t i)
{
    return word_is(x, i, "told") || word_is(x, i, "tell") || word_is(x, i, "tells") || word_is(x, i, "telling");
}

/* round 14a: whether tokens [a, b] (a sentence's lead-in before a
 * parenthetical attribution) are a phrase of time with no clause of its
 * own: a preposition first or "ago" last ("In 2008", "At the same time",
 * "Over the years", "Six months ago"), a year or a time word inside, and
 * no pronoun, auxiliary, -ed verb, cue or quotation.  A time says when it
 * was said; PolNeAR leaves it out of the content, while a lead-in of
 * place or topic ("In Miami", "In other words") is kept as often as not. */
static int time_lead(ctx *x, int32_t a, int32_t b)
{
    static const char *const lead_prep[] = {"in", "at", "on", "over", "during", "for", "since", "until",
                                            "throughout", "within", NULL};
    static const char *const time_w[] = {"ago", "time", "times", "year", "years", "week", "weeks", "month",
                                         "months", "day", "days", "night", "nights", "morning", "afternoon",
                                         "evening", "decade", "decades", "weekend", "hour", "hours", NULL};
    if (a > b || x->t[a].kind != T_WORD || !(word_in(x, a, lead_prep) || word_is(x, b, "ago"))) return 0;
    int when = 0;
    for (int32_t k = a; k <= b; k++) {
        if (x->t[k].kind != T_WORD) continue;
        if (x->t[k].q >= 0 || (tflags(x, k) & LX_PRONOUN) || word_in(x, k, finite_aux) || past_verb(x, k) ||
            is_cue(x, k))
            return 0;
        when |= (x->t[k].flags & F_DIGIT) || word_in(x, k, time_w) || is_day(x, k);
    }
    return when;
}

/* past tenses without -ed that open a second predicate ("“…” and cast
 * himself as …") */
static const char *const irregular_past[] = {"cast", "made", "took", "gave", "went", "sent", "put", "set", "left",
                                             "kept", "held", "brought", "spent", "won", "lost", "met", "ran",
                                             "began", "became", "drew", "got", "hit", "led", "struck", "sought",
                                             "stood", "wrote", "spoke", NULL};

/* Round 16: whether word k is the verb of a first predicate: a past in
 * -ed, an auxiliary, or a past tense without -ed (irregular_past, and
 * round 16b's: "The government froze wages … and said …"). */
static int first_verb(ctx *x, int32_t k)
{
    static const char *const past_more[] = {"froze", "saw", "chose", "sold", "bought", "paid", "cut", "knew",
                                            "did", "does", "thought", "found", "felt", "fell", "rose", NULL};
    return past_verb(x, k) || word_in(x, k, irregular_past) || word_in(x, k, finite_aux) ||
           word_in(x, k, past_more);
}

/* Round 16: the subject of the sentence opening at f whose second
 * predicate is the cue at c ("The bank gave no details, but said …", "A
 * spokeswoman for the trust would not comment, but said …", "It made a
 * loss … and said …"): "It" before a past tense, or a description from
 * a determiner to the noun before the first verb; {-1, -1} otherwise. */
static tspan predicate_subject(ctx *x, int32_t f, int32_t c)
{
    tspan no = {-1, -1};
    if (f < 0 || f + 2 >= c) return no;
    if (word_is(x, f, "but") || word_is(x, f, "and")) f++;
    if (x->t[f].kind != T_WORD || x->t[f].q >= 0) return no;
    int32_t k = f + 1;
    if (word_is(x, f, "it")) {
        /* not "It is …", "It was …" (no one) */
        if (first_verb(x, k) && !word_is(x, k, "is") && !word_is(x, k, "was")) return (tspan){f, f};
        return no;
    }
    /* a description, or (round 16b) a name or a plural opening the
     * sentence ("Hale declined to name any figures, but said …",
     * "Bankers declined to comment but said …") */
    if (word_is(x, f, "that") || word_is(x, f, "this") ||
        !(is_determiner(x, f) ||
          ((cap_word(x, f) || plural_noun(x, f)) && !(tflags(x, f) & (LX_FUNC | LX_PRONOUN)))))
        return no;
    while (k < c && k < f + 12 && x->t[k].kind == T_WORD && x->t[k].q < 0 && !first_verb(x, k) && !is_cue(x, k) &&
           !is_adverb(x, k))
        k++;
    if (k >= c || !first_verb(x, k)) return no;
    if (k == f + 1 && is_determiner(x, f)) return no;
    tspan np = np_left(x, k - 1, f);
    return np.a == f ? np : no;
}

/* Round 23 (quotes23): whether words a..b (between a name's comma and a
 * participle's) hold the verb of a clause, not an appositive ("Hale also
 * opposed the plan", not "the party chairman"). */
static int participle_clause(ctx *x, int32_t a, int32_t b)
{
    /* a subject of its own first (a name, a pronoun, a determiner);
     * else the words are the name's own predicate: "the mayor's aide,
     * Tom Hale, contacted the printers, asking", "Reis's uncle, Ed Hale,
     * told the paper …, saying" */
    int32_t k = a;
    if (!(cap_word(x, k) || (tflags(x, k) & LX_PRONOUN) || is_determiner(x, k))) return 0;
    for (; k <= b; k++)
        if (x->t[k].kind == T_WORD && x->t[k].q < 0 && first_verb(x, k)) return 1;
    return 0;
}

/* Round 23 (quotes23): whether the predicate of description d goes on
 * to the participle at c with no clause of another subject in between
 * ("The union complained after Hale, who runs the port, turned down its
 * offer, citing", "had a row which saw Reis leave the band, accusing"),
 * no agent ("The plan was backed by two firms, saying") and no copula
 * before a noun ("The sale is part of a deal made in 1981, saying"). */
static int description_predicate(ctx *x, tspan d, int32_t c)
{
    static const char *const sub[] = {"after", "before", "when", "while", "because", "since", "until", "as",
                                      "if", "that", "by", "whose", "where", NULL};
    static const char *const copula[] = {"is", "are", "was", "were", NULL};
    int32_t v = d.b + 1;
    if (v < c && word_in(x, v, copula) && !(v + 1 < c && (past_verb(x, v + 1) || ing_form(x, v + 1)))) return 0;
    for (int32_t k = v; k < c; k++) {
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0) continue;
        if (word_in(x, k, sub)) return 0;
        /* a relative clause (", who …", "which …"), not a question's "who"
         * ("questions on who X would like to see win") */
        if ((word_is(x, k, "who") && punct_is(x, k - 1, ',')) || word_is(x, k, "which")) return 0;
    }
    return 1;
}

/* Round 23 (quotes23): the speaker of an attribution set off by a comma
 * or a closing mark right before the participle at c ("…, Reis said,
 * adding, “…”", "“…,” Reis said Tuesday in Kelmouth, noting …", "…,” the
 * source recalled, adding"): the participle goes on from that
 * attribution, not from the sentence's first name ("Hale and the mayor
 * will meet next week, Reis said, adding"). Between the finite cue and
 * the comma only words (a time, a place, an addressee), no "that". */
static tspan set_off_speaker(ctx *x, int32_t f, int32_t c)
{
    tspan no = {-1, -1};
    int32_t k = c - 2, lim = c - 12;
    for (; k > f && k >= lim; k--) {
        /* round 27: "told the Pilots' Gazette in Dover, saying": a
         * plural possessive's apostrophe in the addressee */
        if (k > f + 1 && x->t[k].q < 0 && plural_poss_mark(x, k)) continue;
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || word_is(x, k, "that")) return no;
        if (is_cue(x, k) && finite_cue(x, k)) break;
    }
    if (k <= f || k < lim) return no;
    tspan sp = np_left(x, k - 1, f);
    if (sp.a > f && sp.b == k - 1 && (punct_is(x, sp.a - 1, ',') || x->t[sp.a - 1].kind == T_QMARK)) return sp;
    /* inverted: "…, said Jane Ruiz, adding" */
    if (punct_is(x, k - 1, ',') || x->t[k - 1].kind == T_QMARK) {
        sp = np_right(x, k + 1, c - 2);
        if (sp.a == k + 1 && sp.b == c - 2) return sp;
    }
    return no;
}

/* Round 23 (quotes23): the subject of a participle after a comma with no
 * subject of its own (", saying …", ", calling …"): an attribution set off
 * right before it; else, after a clause opening the sentence ("Speaking at
 * a school in Dover, New Hampshire, Hale …", "Like Reis, Hale …", "In two
 * interviews, the judge spoke sharply about Hale, saying"), or at the
 * sentence's start ("The harbour trust has long fought Hale's plans,
 * arguing"), a description before its verb, which subject_of's first
 * pronoun or name would pass over for a name in the predicate. */
static tspan participle_subject(ctx *x, int32_t f, int32_t c)
{
    static const char *const lead_open[] = {"after", "before", "when", "while", "although", "though", "since",
                                            "because", "despite", "following", "shortly", "once", "until",
                                            "at", "in", "on", "during", "amid", "like", "unlike", "here",
                                            "outside", "inside", "alongside", NULL};
    tspan sp = set_off_speaker(x, f, c);
    if (sp.a >= 0) return sp;
    if (f < c && cap_word(x, f) && (word_in(x, f, lead_open) || ing_form(x, f))) {
        for (int32_t k = f + 1; k < c && k <= f + 30; k++) {
            if (x->t[k].q >= 0 || !punct_is(x, k, ',')) continue;
            if (is_determiner(x, k + 1)) {
                sp = predicate_subject(x, k + 1, c);
                if (sp.a >= 0 && description_predicate(x, sp, c)) return sp;
            }
        }
        sp = subject_after_lead(x, f, c);
        if (sp.a >= 0) return sp;
    } else if (is_determiner(x, f) && !word_is(x, f, "that") && !word_is(x, f, "this")) {
        /* subject_of's own reading when it opens the sentence too ("One
         * operative inside Kelmouth Tower": the description alone) */
        tspan r = subject_of(x, f, c);
        if (r.a == f) return r;
        sp = predicate_subject(x, f, c);
        if (sp.a >= 0 && description_predicate(x, sp, c)) return sp;
        return r;
    }
    return subject_of(x, f, c);
}

/* Round 27: whether token v is "did not", "does not", "didn't" or
 * "doesn't" (straight or curly apostrophe). */
static int quote_did_not(ctx *x, int32_t v, int32_t lw)
{
    if (x->t[v].kind != T_WORD || x->t[v].q >= 0) return 0;
    if (word_is(x, v, "did") || word_is(x, v, "does")) return v + 1 <= lw && word_is(x, v + 1, "not");
    size_t n = tl(x, v);
    const char *w = tx(x, v);
    if (n >= 6 && (memcmp(w, "didn", 4) == 0 || memcmp(w, "doesn", 5) == 0))
        return (w[n - 1] == 't' && w[n - 2] == '\'' && w[n - 3] == 'n') ||
               (n > 7 && memcmp(w + n - 5, "n\xe2\x80\x99t", 5) == 0);
    return 0;
}

/* Round 27: "… “unpatriotic,” and his administration has made …": a
 * possessive and one or two lower-case nouns, then "has"/"had" and a
 * participle or a verb in the past, is a new clause of the narrator's. */
static int possessive_subject_predicate(ctx *x, int32_t n1, int32_t lw)
{
    static const char *const poss[] = {"his", "their", "its", NULL};
    static const char *const have[] = {"has", "had", "have", NULL};
    if (!word_in(x, n1, poss)) return 0;
    for (int32_t v = n1 + 2; v <= n1 + 3 && v <= lw; v++) {
        if (x->t[v - 1].kind != T_WORD || x->t[v - 1].q >= 0 || (x->t[v - 1].flags & F_CAP)) return 0;
        if (x->t[v].kind != T_WORD || x->t[v].q >= 0) return 0;
        if (word_in(x, v, have)) return v + 1 <= lw && (past_verb(x, v + 1) || word_in(x, v + 1, irregular_past));
        if (past_verb(x, v) || word_in(x, v, irregular_past) || is_cue(x, v)) return 1;
    }
    return 0;
}

/* Round 27: "Dozens of fishermen marched in Kelmouth on Monday,
 * chanting …", "About 200 protesters gathered outside the hall, holding
 * signs and chanting …": a group opening the sentence, a plural noun
 * (after a count, "of", adjectives) right before its verb, speaks; the
 * place that subject_within settles for when it finds no name does not.
 * {-1, -1} when the sentence opens otherwise. */
static tspan group_subject(ctx *x, int32_t f, int32_t c)
{
    tspan no = {-1, -1};
    for (int32_t k = f; k < c && k <= f + 8; k++) {
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0) return no;
        if (k > f && word_in(x, k, fb_prep) && !word_is(x, k, "of")) return no;
        if (k > f && (x->t[k].flags & F_CAP)) continue; /* "pro-Pier", a name in the phrase */
        if (!plural_noun(x, k) || (tflags(x, k) & (LX_FUNC | LX_PRONOUN))) continue;
        int32_t v = k + 1;
        while (v < c && is_adverb(x, v)) v++;
        if (v < c && x->t[v].q < 0 && first_verb(x, v) && !is_cue(x, v)) return (tspan){f, k};
        if (!word_is(x, k + 1, "of")) return no; /* "Dozens of …" goes on */
    }
    return no;
}

/* Round 27: participle_subject, but a group opening the sentence over
 * the place, or the name after a preposition, that it settles for when
 * it finds no name for a subject. */
static tspan participle_speaker(ctx *x, int32_t f, int32_t c)
{
    tspan sp = participle_subject(x, f, c);
    /* "Tom Hale's closest aide rallied supporters, saying": a name in the
     * possessive is no subject; the description it opens is, when a role
     * noun heads it right before the verb */
    if (sp.a >= 0 && strip_poss(tx(x, sp.b), tl(x, sp.b)) != tl(x, sp.b)) {
        int32_t k = sp.b + 1;
        while (k < c && k <= sp.b + 4 && x->t[k].kind == T_WORD && x->t[k].q < 0 && !(x->t[k].flags & F_CAP) &&
               !first_verb(x, k))
            k++;
        if (k > sp.b + 1 && k < c && first_verb(x, k) && (tflags(x, k - 1) & LX_DESC)) return (tspan){sp.a, k - 1};
    }
    int32_t m = sp.a >= 0 ? mention_at(x, sp.a) : -1;
    if (m >= 0 && (x->ents[x->ms[m].ent].kind == ENT_PLACE || (sp.a > f && word_in(x, sp.a - 1, fb_prep)))) {
        tspan g = group_subject(x, f, c);
        if (g.a >= 0) return g;
    }
    return sp;
}

/* Round 20: whether the words from n1 (after "and"/"but" that follows a
 * quotation) open a predicate of their own: "did"/"does" ("but did not
 * suggest …"), or "he"/"she"/"they" and a verb in the past or "did"
 * ("and he didn't provide …", "but he also noted …"). */
static int after_quote_predicate(ctx *x, int32_t n1, int32_t lw)
{
    static const char *const did[] = {"did", "does", NULL};
    static const char *const subj[] = {"he", "she", "they", NULL};
    /* round 27: "… “a new chairman” but did not say …": a negated "did" and a
     * verb of speaking is the reporter's next predicate (not any verb,
     * nor any cue: "was “flawed” and did not follow …", "… and did not
     * indicate …" go on with what was said); "and he didn't
     * provide …" as "and he did …" below.  A possessive subject only
     * right after the quotation ("“unpatriotic,” and his office has
     * made …", not "… that Hale and his crew missed …") */
    static const char *const speak[] = {"say", "suggest", "mention", "specify", "elaborate", "explain",
                                        "comment", "name", "detail", "answer", "respond", "address", NULL};
    if (quote_did_not(x, n1, lw)) {
        int32_t v = word_is(x, n1 + 1, "not") ? n1 + 2 : n1 + 1;
        return v <= lw && word_in(x, v, speak);
    }
    if (n1 >= 2 && x->t[n1 - 2].q >= 0 && possessive_subject_predicate(x, n1, lw)) return 1;
    if (!word_in(x, n1, subj)) return 0;
    int32_t v = n1 + 1;
    if (v <= lw && quote_did_not(x, v, lw)) return 1;
    if (word_in(x, v, did)) return 1; /* (is_adverb takes "did" in) */
    while (v <= lw && is_adverb(x, v)) v++;
    return v <= lw && x->t[v].q < 0 && (past_verb(x, v) || word_in(x, v, irregular_past) || is_cue(x, v));
}

/* Round 20: whether words k.. up to the clause's end (lw, or a comma or a
 * full stop) are only a time or "in response": "called the suit
 * “meritless” on Monday", "“Thank you!” on Friday afternoon": when the
 * report was made, which PolNeAR leaves out after a quotation. */
static int time_tail(ctx *x, int32_t k, int32_t lw)
{
    static const char *const when[] = {"on", "in", "at", "late", "early", "this", "morning", "afternoon",
                                       "evening", "night", "week", "weekend", NULL};
    if (word_is(x, k, "in") && k + 1 <= lw && word_is(x, k + 1, "response"))
        return k + 1 == lw || (x->t[k + 2].kind == T_PUNCT && !punct_is(x, k + 2, '-'));
    int day = 0;
    int32_t m = k;
    for (; m <= lw && x->t[m].kind == T_WORD && x->t[m].q < 0; m++) {
        if (is_day(x, m)) day = 1;
        else if (!word_in(x, m, when)) return 0;
    }
    return day && m > k && (m > lw || punct_is(x, m, ',') || punct_is(x, m, '.'));
}

static int32_t clause_end(ctx *x, int32_t from, int32_t lw)
{
    /* “…,” because …, “…,” compared to …: the reason, comparison or
     * example after a quotation closed by a comma is still content */
    static const char *const goes_on[] = {"because", "compared", "since", "given", "specifically", "where",
                                          "not", "especially", "even", "such", NULL};
    static const char *const after_comma[] = {"which", "who", "whose", "where", "while", "but",
                                              "and", "according", "when", "although", "though",
                                              "even", "as", "because", "before", "after", NULL};
    for (int32_t k = from; k <= lw; k++) {
        tk *t = &x->t[k];
        if (t->q >= 0) continue;
        int stop = 0;
        if (t->kind == T_PUNCT) {
            uint32_t c = t->cp;
            if (c == ';' || c == 0x2014 || c == 0x2013 || c == '(' || (c == '-' && t->left_space)) stop = 1;
            /* round 10: "… had “Syrian roots.” [Reuters]": a bracketed
             * source (a capitalised word) after the content */
            else if (c == '[' && k + 1 <= lw && cap_word(x, k + 1)) stop = 1;
            else if (c == ',' && k + 1 <= lw && x->t[k + 1].kind == T_WORD) {
                stop = word_in(x, k + 1, after_comma);
                /* ", a swipe at …": an appositive comment on the content */
                if (word_is(x, k + 1, "a") || word_is(x, k + 1, "an")) stop = 1;
                /* ", contrasting herself with …", ", drawing a fresh round of
                 * …": an -ing clause after the content comments on it */
                static const char *const not_ing[] = {"including", "during", "bring", "thing", "nothing",
                                                      "something", "anything", "everything", NULL};
                if (!stop && ing_form(x, k + 1) && !(x->t[k + 1].flags & F_CAP) && !word_in(x, k + 1, not_ing))
                    stop = 1;
            }
        } else if (t->kind == T_WORD && k == from && k >= 2 && x->t[k - 1].q >= 0 &&
                   punct_is(x, k - 2, ',') && is_cue(x, k) && ing_form(x, k)) {
            stop = 1; /* “…,” adding that … */
        } else if (t->kind == T_WORD && k == from && k >= 2 && x->t[k - 1].q >= 0 &&
                   punct_is(x, k - 2, ',') && !word_is(x, k, "and") && !word_is(x, k, "that") &&
                   !word_in(x, k, goes_on)) {
            /* “…that crap,” in an interview: a quotation closed after a
             * comma ends the content; round 14b: not before the main
             * clause of a sentence whose lead-in clause held it ("…
             * that “as riders learn the timetable,” they would move over to
             * her ferry"): a subject pronoun and no cue */
            int32_t v = k + 1;
            while (v <= lw && is_adverb(x, v)) v++;
            static const char *const subj[] = {"he", "she", "they", "it", "we", NULL};
            stop = !(word_in(x, k, subj) && v <= lw && x->t[v].kind == T_WORD && x->t[v].q < 0 && !is_cue(x, v));
        } else if (t->kind == T_WORD && k == from && k >= 1 && x->t[k - 1].q >= 0 && time_tail(x, k, lw)) {
            stop = 1; /* round 20: “meritless” on Monday, “pray for him” in response */
        } else if (t->kind == T_WORD && k == from && k >= 1 && x->t[k - 1].q >= 0 &&
                   (word_is(x, k, "in") || word_is(x, k, "on") || word_is(x, k, "during") || word_is(x, k, "via"))) {
            /* “…” in a tweet, “…” on his radio show: where it was said,
             * not what */
            static const char *const media[] = {"tweet", "statement", "interview", "post", "speech", "email",
                                                "letter", "video", "op-ed", "broadcast", "show", "memo",
                                                "message", "call", "conference", "twitter", "facebook", NULL};
            for (int32_t k2 = k + 1; k2 <= lw && k2 <= k + 4 && x->t[k2].kind == T_WORD; k2++)
                if (word_in(x, k2, media)) { stop = 1; break; }
        } else if (t->kind == T_WORD && k == from && k >= 1 && x->t[k - 1].q >= 0 && k + 1 <= lw &&
                   (word_is(x, k, "as") || word_is(x, k, "when")) &&
                   ((tflags(x, k + 1) & LX_PRONOUN) || (word_is(x, k, "when") && past_verb(x, k + 1)))) {
            /* “…” as he passed by, “…” when asked whether …: a clause of
             * time after the quotation is the report's circumstance, not
             * what was said */
            stop = 1;
        } else if (t->kind == T_WORD && (word_is(x, k, "and") || word_is(x, k, "but"))) {
            int32_t n1 = k + 1;
            while (n1 <= lw && is_adverb(x, n1)) n1++;
            if (n1 <= lw && is_cue(x, n1)) stop = 1;
            else if (n1 <= lw && k > 0 && x->t[k - 1].q >= 0 &&
                     (past_verb(x, n1) || word_in(x, n1, irregular_past) ||
                      (ing_form(x, n1) && !(x->t[n1].flags & F_CAP))))
                stop = 1; /* “…” and threatened …, “…” and pledging … */
            else if (n1 + 1 <= lw && (tflags(x, n1) & LX_PRONOUN) && is_cue(x, n1 + 1)) stop = 1;
            /* round 20: “…” but did not say …, “…” and he also noted …:
             * after a quotation, a verb of the report's subject or a new
             * subject pronoun with a verb in the past is the narrator's
             * next sentence, not what was said (not "and it would …",
             * reported content going on in the future) */
            else if (k + 1 <= lw && from > 0 && x->t[from - 1].q >= 0 && after_quote_predicate(x, k + 1, lw))
                stop = 1;
        }
        if (stop) {
            int32_t e = k - 1;
            while (e > from && x->t[e].kind == T_PUNCT && x->t[e].q < 0) e--;
            return e >= from ? e : from - 1;
        }
    }
    return lw;
}

static int title_region(ctx *x, int32_t r);

/* Round 20: nouns of a work whose title in marks may follow them. */
static const char *const work_nouns[] = {"book", "memoir", "memoirs", "novel", "film", "movie", "album",
                                         "song", "play", "documentary", "autobiography", "reads", NULL};

/* Round 23 (quotes23): a quotation running on over paragraphs (each
 * reopened by a mark) whose attribution follows it in its last paragraph
 * ("“They come to meetings and ask about wages.¶“There is a second group
 * …,” Reis said."): the attribution is the last paragraph's; the
 * paragraphs before go on from the quote before them in the first one
 * ("“The first group just wants jobs,” Ana Reis said. “They come …"),
 * joined to it when it is the last quote, a direct one ending in that
 * paragraph with its attribution before the region.  Returns the byte
 * where the last paragraph's quotation opens, or s when the quote stays
 * whole. */
static uint32_t last_paragraph_start(ctx *x, uint32_t s, int32_t r0, const attrib *at)
{
    const region *r = &x->r[r0];
    if (r->s != s || x->t[r->t0].para == x->t[r->t1].para || at->cue <= r->t1 ||
        x->t[at->cue].para != x->t[r->t1].para)
        return s;
    /* the last paragraph's opening mark, and the end of the part before */
    int32_t k = r->t1;
    while (k > r->t0 && x->t[k - 1].kind != T_PARA) k--;
    int32_t pe = k - 1;
    while (pe > r->t0 && x->t[pe].kind == T_PARA) pe--;
    if (k <= r->t0 + 1 || x->t[k].kind != T_QMARK || pe <= r->t0) return s;
    int32_t qi = x->nq - 1;
    if (qi < 0 || x->qs[qi].type != QUOTE_DIRECT || x->qs[qi].cue_start < 0) return s;
    quote *pq = &x->qs[qi];
    if (pq->end > r->s || (uint32_t)pq->cue_start > r->s) return s;
    /* between them only that quote's attribution: no paragraph break,
     * no colon, no other cue ("…,” Hale added. The mayor, Ana Reis,
     * said: “…": the mayor's words) */
    for (int32_t m = r->t0 - 1; m >= 0 && x->t[m].e > pq->end; m--)
        if (x->t[m].kind == T_PARA || punct_is(x, m, ':') ||
            (x->t[m].kind == T_WORD && x->t[m].q < 0 && x->t[m].s != (uint32_t)pq->cue_start && is_cue(x, m)))
            return s;
    /* the paragraphs before join the quote: one more segment, its last */
    if (x->qseg[qi] + pq->n_segments != (uint32_t)x->nseg) return s;
    if (add_segment(x, r->s, x->t[pe].e)) return s;
    pq->n_segments++;
    pq->end = x->t[pe].e;
    return x->t[k].s;
}

static int emit(ctx *x, quote_type type, uint32_t s, uint32_t e, int32_t r0, int32_t r1, const attrib *at)
{

    /* round 20: "she wrote in her memoir, “Salt Roads.”", "his book
     * “The Harbour Years.”": a title in marks right after the noun of
     * a work names it; no one says it */
    if (type == QUOTE_DIRECT && r0 >= 0 && r0 == r1) {
        int32_t p = x->r[r0].t0 - 1;
        if (punct_is(x, p, ',')) p--;
        if (word_in(x, p, work_nouns) && x->t[p].q < 0 && title_region(x, r0)) return 0;
    }
    /* round 14a: content computed from the token after a word that is
     * followed by a comma ("At one point, more than …", "say, Mr. X's
     * plan …") starts after the comma */
    if (s < e && x->s[s] == ',')
        for (s++; s < e && (x->s[s] == ' ' || x->s[s] == '\n'); s++) {}
    if (e <= s) return 0; /* nothing left of the content */
    /* quotes are kept in text order (the index and the JSON rely on it):
     * one that would start before the last one emitted is a second
     * reading of the same words (found by fuzzing: a lead-in report and
     * its main clause over one garbled quotation), not a quote of its own */
    if (x->nq > 0 && s < x->qs[x->nq - 1].start) return 0;
    if (type != QUOTE_DIRECT && memchr(x->s + s, ')', e - s)) {
        /* round 13: "who called Hale “a menace” on Friday),
         * has …": reported content that starts inside brackets ends where
         * they close (outside the quotation marks) */
        int depth = 0;
        int32_t k = r0;
        for (uint32_t i = s; i < e; i++) {
            while (k >= 0 && k <= r1 && x->r[k].e <= i) k++;
            if (k >= 0 && k <= r1 && x->r[k].s <= i) { i = x->r[k].e - 1; continue; }
            if (x->s[i] == '(') depth++;
            else if (x->s[i] == ')' && depth-- == 0) {
                while (i > s && (x->s[i - 1] == ' ' || x->s[i - 1] == ',' || x->s[i - 1] == '\n')) i--;
                e = i;
                break;
            }
        }
        if (e <= s) return 0;
    }
    if (r0 >= 0) {
        /* a quote holding none of its marked parts is no quote (scraped
         * garbage: "Mr. … ” …” made a mixed quote "Mr.") */
        int inside = 0;
        for (int32_t k = r0; k <= r1; k++) inside += x->r[k].s >= s && x->r[k].e <= e;
        if (!inside) return 0;
    }
    /* "Reis blames press for Hale’s ‘trust sank the ferry’ row": a
     * headline quoting a few words in single marks reports the gist
     * (PolNeAR types these indirect) */
    if (x->single_headline && type != QUOTE_DIRECT && r0 >= 0 && x->r[r0].s != s) type = QUOTE_INDIRECT;
    int moved = 0;
    if (type == QUOTE_DIRECT && r0 >= 0 && r0 == r1 && at && at->cue >= 0) {
        uint32_t s2 = last_paragraph_start(x, s, r0, at);
        moved = s2 != s;
        s = s2;
    }
    quote *q = new_quote(x);
    if (!q) return -1;
    q->start = s;
    q->end = e;
    q->type = type;
    uint32_t first = (uint32_t)x->nseg;
    /* only marked parts inside the quote: on scraped garbage the span a
     * rule computes can end before a region it was handed */
    for (int32_t k = r0; k <= r1 && k >= 0 && !moved; k++)
        if (x->r[k].s >= s && x->r[k].e <= e && add_segment(x, x->r[k].s, x->r[k].e)) return -1;
    if ((r0 < 0 || moved) && add_segment(x, s, e)) return -1;
    q->n_segments = (uint32_t)x->nseg - first;
    q->segments = NULL; /* set at the end: the array may still move */
    x->qseg[x->nq - 1] = first;
    set_attrib(x, q, at);
    x->last_q = x->nq - 1;
    x->last_q_sent = x->cur_sent;
    return 0;
}

/* Whether the words a..b before a headline's colon are a column's or a
 * page's label rather than a speaker ("The Latest: …", "Profile: Tom
 * Hale", "Breaking: …", "BYLINE: …", a credit line "Contributing: Ana
 * Reis"): the sentence is then read like any other ("The Latest: Hale
 * tells voters …" is Hale's).  A poll, a report, a newspaper before the
 * colon speak (PolNeAR marks them sources). */
static int headline_label(ctx *x, int32_t a, int32_t b)
{
    static const char *const label[] = {"profile",  "analysis", "obituary", "preview",    "review",      "interview",
                                        "update",   "timeline", "factbox",  "explainer",  "watch",       "video",
                                        "photos",   "pictures", "opinion",  "breaking",   "exclusive",   "revealed",
                                        "wow",      "look",     "boom",     "busted",     "bombshell",   "byline",
                                        "dateline", "recap",    "quiz",     "correction", "contributing", NULL};
    if (a == b) return word_in(x, a, label);
    return b == a + 1 && ((word_is(x, a, "the") && word_is(x, b, "latest")) ||
                          (word_is(x, a, "paid") && word_is(x, b, "notice")));
}

/* "Kasich: ‘We Are Going All The Way.’", "Poll: Trump Leads In Ohio",
 * "TAPPER: Why not debate?": a paragraph that is one sentence, opening
 * with one to four capitalised words and a colon, is what they said (a
 * headline or a transcript line); the words before the colon are the
 * speaker.  Direct when the content is one quotation, mixed when it holds
 * one, else indirect.  Returns 1 when it emitted a quote, -1 on error. */
static int headline_quote(ctx *x, int32_t f, int32_t l, int32_t r0, int32_t r1)
{
    while (l > f && x->t[l].kind == T_PARA) l--;
    if (f > 0 && x->t[f - 1].kind != T_PARA) return 0;
    if (l + 1 < x->nt && x->t[l + 1].kind != T_PARA) return 0;
    int32_t c = f;
    while (c <= l && c < f + 4 && x->t[c].kind == T_WORD && x->t[c].q < 0 && (x->t[c].flags & F_CAP)) c++;
    if (c == f || c > l || !punct_is(x, c, ':')) return 0;
    int32_t lw = content_end(x, f, l);
    int32_t c0 = c + 1;
    if (c0 > lw || !words_reach(x, c0, lw, 2)) return 0;
    if (r0 <= r1 && x->r[r0].t0 < c0) return 0;
    /* a headline or a transcript line opens with a capital or a mark; not
     * a line of a text wrapped at a fixed width ("Eyskens: after hosting
     * a …"), a figure ("NOTE: 1986 net includes …") or a note */
    if (!(x->t[c0].kind == T_QMARK || (x->t[c0].kind == T_WORD && (x->t[c0].flags & F_CAP) &&
                                       !(x->t[c0].flags & F_DIGIT))))
        return 0;
    if (c == f + 1 && (word_is(x, f, "note") || word_is(x, f, "notes"))) return 0;
    if (headline_label(x, f, c - 1)) return 0;
    /* a place's list ("South Carolina: Andrew Collins, Barry Wynn, …",
     * "KELM DISTRICT: ALDEN NIL, WARDLEY NIL, …"): a place before
     * the colon, or three commas in the content, is a table, not speech */
    int32_t m = mention_at(x, c - 1);
    if (m >= 0 && x->ents[x->ms[m].ent].kind == ENT_PLACE) return 0;
    int commas = 0;
    for (int32_t k = c0; k <= lw; k++) commas += punct_is(x, k, ',') && x->t[k].q < 0;
    if (commas >= 3) return 0;
    attrib at = {-1, -1, {f, c - 1}, 0};
    quote_type ty = QUOTE_INDIRECT;
    if (r0 <= r1) ty = x->r[r0].t0 == c0 && x->r[r1].t1 >= lw ? QUOTE_DIRECT : QUOTE_MIXED;
    if (ty == QUOTE_DIRECT && r0 < r1) ty = QUOTE_MIXED;
    /* a headline holding quoted words among its own ("Graham: Trump’s
     * ‘Hateful Rhetoric’ Destroying …") is left to the rules below:
     * PolNeAR types most of them indirect (their marks are single), so
     * as mixed they cost more than they bring */
    /* quotes round 25: but in a short headline quoting in single marks
     * only, emit types it (indirect unless the content opens with the
     * mark: "Tom Hale: ‘No Plan’ To Sell The Pier", which PolNeAR's
     * retyped gold holds mixed); not under a column's label ("The
     * Latest:", a long word in capitals) */
    if (ty == QUOTE_MIXED &&
        (!x->single_headline || word_is(x, f, "the") ||
         (c == f + 1 && (x->t[f].flags & F_ACRO) && tl(x, f) >= 7)))
        return 0;
    uint32_t e = x->t[lw].e;
    if (r0 <= r1 && x->r[r1].e > e) e = x->r[r1].e;
    if (emit(x, ty, x->t[c0].s, e, r0 <= r1 ? r0 : -1, r1, &at)) return -1;
    return 1;
}

/* Round 20 (indirect): "Ana Reis Says She’s Already Begun
 * Drafting …", "Kelmouth Ward Says Hale Should Win …": a headline in
 * title case (a paragraph of one sentence, no quotation marks) whose
 * name opens it and is followed by a capitalised verb of saying in the
 * present, as headlines write it, reports the words after the verb (the
 * attribution scans take no capitalised word for a cue).  Not after a
 * condition or a preposition ("If Obama Says It", "Against Claims He
 * …"): the name must open the headline.  Returns 1 when it emitted a
 * quote, 0 when none, -1 on error. */
static int headline_says(ctx *x, int32_t f, int32_t l, int32_t lw)
{
    static const char *const says[] = {"says", "insists", "warns", "admits", "predicts", "argues",
                                       "suggests", "thinks", "believes", "vows", NULL};
    /* (asked of every sentence with no cue: its first two words
     * capitalised first, which most sentences fail) */
    if (f + 4 > lw || !(x->t[f].flags & F_CAP) || !(x->t[f + 1].flags & F_CAP)) return 0;
    if (f > 0 && x->t[f - 1].kind != T_PARA) return 0;
    while (l > f && x->t[l].kind == T_PARA) l--;
    if (l + 1 < x->nt && x->t[l + 1].kind != T_PARA) return 0;
    if (words_reach(x, f, lw, 25)) return 0;
    for (int32_t c = f + 1; c + 3 <= lw && c <= f + 6; c++) {
        if (x->t[c].kind != T_WORD) return 0;
        if (!(x->t[c].flags & F_CAP) || tl(x, c) < 4 || (tx(x, c)[tl(x, c) - 1] | 0x20) != 's' || x->t[c].q >= 0 ||
            !word_in(x, c, says))
            continue;
        /* title case after the verb: its next word and most long words
         * capitalised */
        if (x->t[c + 1].kind != T_WORD || !(x->t[c + 1].flags & F_CAP)) return 0;
        int words;
        if (!title_case_span(x, c + 1, lw, &words)) return 0;
        /* the name: up to four words, none a function word ("Tom
         * Hale Defends Himself Against Charges He …") */
        tspan sp = np_left(x, c - 1, f);
        if (sp.a != f || sp.b != c - 1 || c - f > 4) return 0;
        for (int32_t k = f; k < c; k++)
            if (tflags(x, k) & (LX_FUNC | LX_PRONOUN)) return 0;
        attrib at = {c, c, sp, 0};
        return emit(x, QUOTE_INDIRECT, x->t[c + 1].s, x->t[lw].e, -1, -1, &at) ? -1 : 1;
    }
    return 0;
}

/* A quotation whose words are all capitalised (or connectors, articles,
 * digits), up to ten: a title ("An American Son", "Make America Great
 * Again") or a heading in capitals, not speech. */
static int title_region(ctx *x, int32_t r)
{
    const region *g = &x->r[r];
    int words = 0;
    if (g->t1 - 1 > g->t0 && (punct_is(x, g->t1 - 1, '?') || punct_is(x, g->t1 - 1, '!'))) return 0; /* “Mr. Roe?” */
    for (int32_t m = g->t0 + 1; m < g->t1; m++) {
        if (x->t[m].kind != T_WORD) continue;
        words++;
        if (!(x->t[m].flags & (F_CAP | F_DIGIT)) && !is_connector(x, m) && !word_is(x, m, "the") &&
            !word_is(x, m, "a") && !word_is(x, m, "and") && !word_is(x, m, "to"))
            return 0;
    }
    return words >= 2 && words <= 10; /* one word may be an answer: “No.” */
}

/* "for news accounts to portray X as": the subject of the infinitive
 * (cue c after "to") named after "for", else none */
static tspan for_subject(ctx *x, int32_t c, int32_t f)
{
    tspan r = {-1, -1};
    for (int32_t k = c - 2; k >= f && k >= c - 6 && x->t[k].kind == T_WORD && x->t[k].q < 0; k--)
        if (word_is(x, k, "for")) {
            if (k + 1 < c - 1) r.a = k + 1, r.b = c - 2;
            break;
        }
    return r;
}

/* The quotation regions r0..r1 that content up to word lw goes on with:
 * the last one starting by lw, then back to those inside the clause that
 * ends after it; *ce gets the clause's last token (at least that region's
 * end).  Returns the last region kept. */
static int32_t clause_regions(ctx *x, int32_t r0, int32_t r1, int32_t lw, int32_t *ce)
{
    int32_t rl = r1;
    while (rl > r0 && x->r[rl].t0 > lw) rl--;
    int32_t e = clause_end(x, x->r[rl].t1 + 1, lw);
    while (rl > r0 && x->r[rl].t0 > e) rl--;
    *ce = e < x->r[rl].t1 ? x->r[rl].t1 : e;
    return rl;
}

/* Round 9: "Hale described the clerk as “Dutch,”", "offered herself
 * as a “tax and spend” opponent", "defended her remarks as being
 * “ironic.”": in a sentence with no cue, a verb, its object and "as"
 * (optionally "a", "an", "the", "being") right before the first quotation
 * frame what the subject said of the object, as the listed "described X
 * as" does; PolNeAR's content starts at the object.  The verb is a
 * lower-case word that is no preposition, determiner, pronoun or
 * auxiliary; the object (at most six words) opens with an object
 * pronoun, a determiner, a possessive or a capital.  Not "such as", "the
 * same as", nor a passive ("known as", "billed as": no object between).
 * Returns 1 when it emitted a quote, -1 on error, 0 otherwise. */
static int framed_as(ctx *x, uint32_t sid, int32_t f, int32_t lw, int32_t first_open, int32_t r0, int32_t r1)
{
    static const char *const art[] = {"a", "an", "the", "being", NULL};
    static const char *const obj_pron[] = {"him", "her", "it", "them", "himself", "herself", "itself",
                                           "themselves", "us", "me", "myself", "ourselves", NULL};
    static const char *const not_verb[] = {"and", "or", "but", "as", "than", "such", "like", "be", "been",
                                           "being", "not", "so", "very", "also", "just", "only", "even",
                                           "same", "well", "that", "which", "who", "whom", "what", "around",
                                           "through", "against", "between", "among", "upon", "within", "without",
                                           "across", "behind", "beyond", "toward", "towards", "via", "after",
                                           "before", "during", "do", NULL};
    static const char *const participle[] = {"known", "seen", "shown", "given", "taken", NULL};
    static const char *const subj_pron[] = {"he", "she", "they", "we", "i", "you", NULL};
    int32_t as = first_open - 1;
    if (as > f && word_in(x, as, art)) as--;
    if (as - 2 < f || !word_is(x, as, "as") || x->t[as].q >= 0) return 0;
    if (word_is(x, as - 1, "such") || word_is(x, as - 1, "same") || word_is(x, as - 1, "well")) return 0;
    /* "a condition known as", "a plan billed as": a passive participle */
    if (word_in(x, as - 1, participle) ||
        (!(x->t[as - 1].flags & F_CAP) && tl(x, as - 1) > 4 && tx(x, as - 1)[tl(x, as - 1) - 2] == 'e' &&
         tx(x, as - 1)[tl(x, as - 1) - 1] == 'd'))
        return 0;
    int32_t o = -1;
    for (int32_t k = as - 1; k > f && k >= as - 6; k--) {
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || word_is(x, k, "as")) break;
        int32_t v = k - 1;
        if (x->t[v].kind != T_WORD || x->t[v].q >= 0 || (x->t[v].flags & (F_CAP | F_DIGIT))) continue;
        if (word_in(x, v, fb_prep) || is_determiner(x, v) || word_in(x, v, not_verb) ||
            word_in(x, v, finite_aux) || (tflags(x, v) & (LX_PRONOUN | LX_FUNC)) || tl(x, v) < 3)
            continue;
        if (word_in(x, k, obj_pron) || (is_determiner(x, k) && !word_is(x, k, "that")) ||
            (x->t[k].flags & F_CAP) || strip_poss(tx(x, k), tl(x, k)) != tl(x, k)) {
            o = k;
            break;
        }
    }
    if (o < 0) return 0;
    /* "a storm Hale brought up as", "whom Ana Reis introduced
     * to applause as": a name followed by a lower-case word (no possessive,
     * no preposition) is the subject of a relative clause, not an object */
    for (int32_t k = o; k + 1 < as; k++)
        if (word_in(x, k + 1, finite_aux) || word_is(x, k + 1, "not") || word_is(x, k + 1, "do") ||
            word_in(x, k + 1, subj_pron))
            return 0; /* "the stake it does not yet hold as": a clause */
    for (int32_t k = o; k + 1 < as; k++)
        if ((x->t[k].flags & F_CAP) && strip_poss(tx(x, k), tl(x, k)) == tl(x, k) &&
            x->t[k + 1].kind == T_WORD && !(x->t[k + 1].flags & (F_CAP | F_DIGIT)) && !word_in(x, k + 1, fb_prep))
            return 0;
    int32_t ce, rl = clause_regions(x, r0, r1, lw, &ce);
    int quoted = 0;
    for (int32_t k = r0; k <= rl; k++) quoted += words_in(x, x->r[k].t0, x->r[k].t1);
    attrib th = {o - 1, o - 1, {-1, -1}, 0};
    /* "Trump later defended …": the phrase before the verb (over
     * adverbs), else the sentence subject */
    int32_t v = o - 1;
    if (v - 1 >= f && !word_is(x, v - 1, "to") && !word_in(x, v - 1, fb_prep)) th.sp = np_left(x, v - 1, f);
    if (v - 1 >= f && word_is(x, v - 1, "to")) th.sp = for_subject(x, v, f);
    if (th.sp.a < 0 && (v == f || word_in(x, v - 1, fb_prep)) && ing_form(x, v)) {
        /* "In declaring X as “…,” the pope …": the -ing clause's subject
         * is the main clause's, after the comma that ends it */
        int32_t rl2 = r1;
        while (rl2 > r0 && x->r[rl2].t0 > lw) rl2--;
        int32_t k = x->r[rl2].t1 + 1;
        if (k <= lw && punct_is(x, k, ',')) k++;
        else if (x->r[rl2].t1 > x->r[rl2].t0 && punct_is(x, x->r[rl2].t1 - 1, ',')) k = x->r[rl2].t1 + 1;
        else k = -1;
        if (k >= 0) {
            th.sp = np_right(x, k, lw);
            /* the phrase ends at its head: "the pope again demonstrated" */
            for (int32_t m = th.sp.a + 1; th.sp.a >= 0 && m <= th.sp.b; m++)
                if (is_adverb(x, m) || past_verb(x, m)) { th.sp.b = m - 1; break; }
        }
    }
    if (th.sp.a < 0) th.sp = subject_of(x, x->sent_base[sid], v);
    quote_type ty = quoted * 2 >= words_in(x, o, ce) ? QUOTE_MIXED : QUOTE_PARTIAL;
    int32_t nq0 = x->nq;
    if (emit(x, ty, x->t[o].s, x->t[ce].e, r0, rl, &th)) return -1;
    return x->nq > nq0;
}

/* Round 9: "went on to say X is “…”", "wanted to call it “…”": a cue in
 * its base form after "to" is an infinitive, no noun after a preposition
 * ("responded to calls", "to claims that": a plural noun, still one) */
static int infinitive_cue(ctx *x, int32_t c)
{
    if (!word_is(x, c - 1, "to")) return 0;
    const char *w = tx(x, c);
    size_t n = tl(x, c);
    /* "to continue the war on …" is no speech */
    if (n < 3 || (x->t[c].flags & F_CAP) || w[n - 1] == 's' || ing_form(x, c) || word_is(x, c, "continue"))
        return 0;
    if (w[n - 2] == 'e' && w[n - 1] == 'd') return 0;
    /* its object or clause opens with a subject or a name ("to say he’s",
     * "to call Cruz"), not a preposition ("to read from a text") */
    int32_t k = c + 1;
    if (k >= x->nt) return 0;
    return x->t[k].kind == T_QMARK || (x->t[k].flags & F_CAP) || (tflags(x, k) & LX_PRONOUN) ||
           (is_determiner(x, k) && !word_is(x, k, "that"));
}

/* Whether sentence sid (first token f, paragraph para) comes right after
 * the sentence of the last quote found, a direct quote ending before it in
 * the same paragraph: the quote a cueless quotation here goes on. */
static int follows_direct_quote(ctx *x, uint32_t sid, int32_t f, int para)
{
    return x->last_q >= 0 && x->last_q_sent + 1 == (int32_t)sid && x->qs[x->last_q].type == QUOTE_DIRECT &&
           x->qs[x->last_q].end <= x->t[f].s && (int32_t)x->t[x->sent_last[sid - 1]].para == para;
}

/* Joins the quotation regions r0..r1 of sentence sid (content up to word
 * lw) to the last quote (follows_direct_quote), as mixed content to the
 * clause's end.  0, or -1 when out of memory. */
static int join_last_quote(ctx *x, uint32_t sid, int32_t r0, int32_t r1, int32_t lw)
{
    quote *q = &x->qs[x->last_q];
    int32_t ce, rl = clause_regions(x, r0, r1, lw, &ce);
    if (join_segments(x, x->last_q, r0, rl)) return -1;
    q->end = x->t[ce].e;
    q->type = QUOTE_MIXED;
    x->last_q_sent = (int32_t)sid;
    return 0;
}

/* Round 21: the last token of a short adjunct after a cue ending at
 * lead ("said in a telephone interview", "wrote on Tuesday"): a
 * preposition (not an infinitive's "to") or a day opening up to eight
 * words outside quotations, with no cue, "that" or subject pronoun,
 * before a comma ahead of limit; lead itself when there is none. */
static int32_t adjunct_end(ctx *x, int32_t lead, int32_t limit)
{
    int32_t m = lead + 1;
    if (m >= limit || x->t[m].kind != T_WORD || !(word_in(x, m, fb_prep) || is_day(x, m))) return lead;
    /* "agreed to keep …" is an infinitive, not "told to reporters" */
    if (word_is(x, m, "to") && m + 1 < limit &&
        !(is_determiner(x, m + 1) || (x->t[m + 1].flags & F_CAP) || (tflags(x, m + 1) & LX_PRONOUN)))
        return lead;
    while (m < limit && m <= lead + 8 && x->t[m].kind == T_WORD && x->t[m].q < 0 && !is_cue(x, m) &&
           !word_is(x, m, "that") && !((tflags(x, m) & LX_PRONOUN) && !word_is(x, m, "her") &&
                                       !word_is(x, m, "his") && !word_is(x, m, "their") && !word_is(x, m, "its")))
        m++;
    return m < limit && m > lead + 1 && punct_is(x, m, ',') ? m - 1 : lead;
}

/* The first token of attribution at (its speaker phrase or, inverted, its
 * cue), with a title the phrase leaves out ("Ms. Tanzer said": np_left
 * gives "Tanzer"), not before f: what a parenthetical attribution's
 * commas must enclose. */
static int32_t phrase_start(ctx *x, const attrib *at, int32_t f)
{
    int32_t sp0 = at->inverted ? at->cue : at->sp.a;
    if (at->sp.a >= 0 && at->sp.a < sp0) sp0 = at->sp.a;
    while (sp0 - 1 > f && x->t[sp0 - 1].kind == T_WORD && x->t[sp0 - 1].q < 0 &&
           (tflags(x, sp0 - 1) & LX_TITLE) && (x->t[sp0 - 1].flags & F_CAP))
        sp0--;
    return sp0;
}

/* Round 10: whether tokens [a, lw] after a cue are adjuncts only ("wrote
 * last month after the board's vote", "proclaimed to a packed hall at
 * the fair"): they open with a preposition or a time word and hold
 * no "that" and no quotation, so the cue reports nothing after it. */
static int adjunct_only(ctx *x, int32_t a, int32_t lw)
{
    static const char *const time_open[] = {"last", "this", "next", "earlier", "later", "after", "before",
                                            "during", "while", "when", NULL};
    while (a <= lw && (is_adverb(x, a) || is_day(x, a))) a++;
    if (a > lw || x->t[a].kind != T_WORD || x->t[a].q >= 0) return 0;
    if (!word_in(x, a, fb_prep) && !word_in(x, a, time_open)) return 0;
    for (int32_t k = a; k <= lw; k++)
        if (x->t[k].q >= 0 || word_is(x, k, "that")) return 0;
    return 1;
}

/* Whether the speaker phrase of attribution at (not inverted) is the
 * cue's own, right before it (over adverbs), not a sentence subject found
 * further back ("Before the Paris attacks, Trump took …, suggesting"). */
static int np_adjacent(ctx *x, const attrib *at)
{
    int32_t g = at->sp.b + 1;
    /* round 15: over a ticker ("Malayan Banking Bhd <MBKM.SI> said") */
    if (g < at->cue && punct_is(x, g, '<')) {
        while (g < at->cue && !punct_is(x, g, '>')) g++;
        g++;
    }
    /* ... over an appositive set off by commas after a name
     * ("…, Tidings, the ferry board's newsletter, said") */
    /* ... or a relative clause ("…, the clerk, who did not wish to be
     * named, told the Courier.") */
    if (g + 2 < at->cue && punct_is(x, g, ',') && punct_is(x, at->cue - 1, ',') && at->cue - 1 - g <= 12 &&
        ((cap_word(x, at->sp.b) && is_determiner(x, g + 1)) || word_is(x, g + 1, "who") ||
         /* round 16: "…, senior economists, including Tom Hale, said" */
         word_is(x, g + 1, "including"))) {
        int32_t m = g + 1;
        while (m < at->cue - 1 && x->t[m].kind == T_WORD && x->t[m].q < 0 && !is_cue(x, m)) m++;
        if (m == at->cue - 1) return 1;
    }
    /* ... over an acronym set off by commas ("the Kelmouth Oyster
     * Growers' Association, KOGA, said") */
    if (g + 2 < at->cue && punct_is(x, g, ',') && (x->t[g + 1].flags & F_ACRO) && punct_is(x, g + 2, ',') &&
        g + 3 == at->cue)
        g += 3;
    /* ... over "polled by Reuters" */
    if (g + 2 < at->cue && word_in(x, g, polled) && word_is(x, g + 1, "by")) {
        g += 2;
        if (word_is(x, g, "the")) g++;
        while (g < at->cue && cap_word(x, g)) g++;
    }
    /* ... and over an acronym in brackets ("the American Petroleum
     * Institute (API) said") */
    if (g + 2 < at->cue && punct_is(x, g, '(') && punct_is(x, g + 2, ')')) g += 3;
    while (g < at->cue && is_adverb(x, g)) g++;
    return g == at->cue;
}

/* round 13: a lead-in clause that reports a quotation closed by a comma
 * before the main clause's attribution and quotation ("Holding signs
 * calling Hale “a fraud,” the crowd chanted “…”", "After Reed said that
 * … “…,” Hale said: “…”"): a participle opening the sentence reports what
 * follows it (a preposition after it left out: "Remarking upon"), spoken
 * by the main clause's speaker; a subordinate clause its own cue's
 * content, spoken by its own subject.  The content's first token and the
 * attribution in *out, or -1. */
static int32_t lead_in_report(ctx *x, int32_t f, int32_t first_open, int32_t k, const attrib *mid, attrib *out)
{
    int32_t c = x->r[k].t1;
    if (!(punct_is(x, c - 1, ',') || punct_is(x, c + 1, ','))) return -1;
    if (x->t[f].kind != T_WORD || !(x->t[f].flags & F_CAP) || f + 1 >= first_open) return -1;
    for (int32_t m = f; m < first_open; m++)
        if (x->t[m].kind == T_PUNCT) return -1;
    if (ing_form(x, f) && !word_is(x, f, "according")) {
        int32_t s = f + 1;
        if (word_in(x, s, fb_prep)) s++;
        if (s > first_open) return -1;
        *out = *mid;
        return s;
    }
    static const char *const subord[] = {"after", "when", "as", "before", "while", "since", "although",
                                         "though", "once", "because", NULL};
    if (!word_in(x, f, subord)) return -1;
    attrib in = find_attrib(x, f + 1, first_open - 1, f + 1, first_open - 1);
    if (in.cue < 0 || in.inverted || in.sp.a < 0 || in.cue_end + 1 >= first_open) return -1;
    if (word_is(x, in.cue, "according")) return -1;
    *out = in;
    return in.cue_end + 1;
}

/* Round 14c: the attribution of sentence [f, lw] (no quotation marks)
 * that replaces the first one found, *first, or cue -1: the cue after a
 * relative or participle clause set off by commas that holds *first's
 * cue ("X, who asked to stay unnamed, said"), else a trailing "…, X
 * said." / "…, said X." that reports the whole sentence. */
/* Whether cue c opens a relative clause set off by a comma (", who
 * asked not to be named"). */
static int relative_cue(ctx *x, int32_t f, int32_t c)
{
    return c - 2 >= f && punct_is(x, c - 2, ',') && (word_is(x, c - 1, "who") || word_is(x, c - 1, "which"));
}

/* The cue after the clause set off by commas that holds cue c, whose
 * speaker phrase ends before c; cue -1 when there is none. */
static attrib after_parenthetical(ctx *x, int32_t f, int32_t lw, int32_t c)
{
    attrib no = {-1, -1, {-1, -1}, 0};
    int32_t m = c + 1; /* to the closing comma, over numbers and signs ("$2 billion") */
    while (m <= lw && m <= c + 14 && x->t[m].q < 0 &&
           (x->t[m].kind == T_WORD || (x->t[m].kind == T_PUNCT && !punct_is(x, m, ',') && !punct_is(x, m, ';'))))
        m++;
    if (m < lw && punct_is(x, m, ',')) {
        int32_t v = m + 1;
        /* round 20: also over a day ("…, today said …") */
        while (v <= lw && (is_adverb(x, v) || is_day(x, v))) v++;
        if (v <= lw && is_cue(x, v)) {
            attrib at = try_cue_at(x, v, f, lw, f);
            if (at.cue == v && !at.inverted && at.sp.a >= 0 && at.sp.b < c) return at;
            /* round 20: "The Kelmouth Courier, quoting unnamed officials,
             * said the trust …": a speaker found inside the
             * parenthetical is its object, one after the cue with the
             * clause going on the content's subject (not "…, said U.S.
             * officials."); the subject before the parenthetical, its
             * cue's own, speaks */
            if (at.cue == v && ((at.inverted && at.sp.b + 1 <= lw && x->t[at.sp.b + 1].kind == T_WORD) ||
                                (!at.inverted && at.sp.a > c))) {
                attrib own = try_cue_at(x, c, f, lw, f);
                if (own.cue == c && !own.inverted && own.sp.a >= f && own.sp.b < c) {
                    at.sp = own.sp;
                    at.inverted = 0;
                    return at;
                }
            }
        }
    }
    return no;
}

static attrib main_attrib(ctx *x, int32_t f, int32_t lw, const attrib *first)
{
    attrib no = {-1, -1, {-1, -1}, 0};
    int32_t c = first->cue;
    if (first->inverted) return no;
    if (relative_cue(x, f, c) || (c - 1 > f && punct_is(x, c - 1, ',') && ing_form(x, c)) ||
        /* "The report, published on Tuesday, said …": a past participle
         * with a preposition after it opens a modifier, not a report */
        (c - 1 > f && punct_is(x, c - 1, ',') && past_verb(x, c) && c + 1 <= lw &&
         (word_in(x, c + 1, fb_prep) || word_is(x, c + 1, "last") || word_is(x, c + 1, "earlier"))))
        return after_parenthetical(x, f, lw, c);
    /* the trailing attribution: a comma, a speaker and a cue (or a cue
     * and a speaker) and at most a few words to the end */
    if (first->cue_end + 4 >= lw) return no;
    /* the last cue among the last five tokens (most sentences have none:
     * the common verbs first, by length, then is_cue), a comma before it */
    int32_t v = lw;
    for (; v >= c + 2 && v >= lw - 4; v--) {
        if (x->t[v].kind != T_WORD || (x->t[v].flags & F_CAP)) continue;
        const char *w = tx(x, v);
        size_t n = tl(x, v);
#define TC_(s) same_word(w, s, n)
        int tail = n == 3   ? TC_("say")
                 : n == 4 ? TC_("said") || TC_("says") || TC_("told") || TC_("adds")
                 : n == 5 ? TC_("added") || TC_("noted") || TC_("wrote")
                 : n == 6 ? TC_("stated") || TC_("argued") || TC_("warned")
                 : n == 8 ? TC_("reported")
                 : n == 9 ? TC_("announced") || TC_("estimated") || TC_("explained")
                          : 0;
#undef TC_
        if (tail && is_cue_tok(x, v)) break;
    }
    if (v < c + 2 || v < lw - 4) return no;
    int32_t cm = v - 1;
    while (cm > c && cm >= v - 16 && !(x->t[cm].kind == T_PUNCT && x->t[cm].cp == ',')) cm--;
    if (cm <= c || cm < v - 16) return no;
    attrib at = try_cue_at(x, v, f, lw, f);
    if ((at.cue < 0 || at.sp.a < 0) && v - 1 > cm && !cap_word(x, v - 1) &&
        (plural_desc(x, v - 1) || word_is(x, v - 1, "sources"))) {
        /* "…, officials said.", "…, port officials said.": a bare plural
         * role (np_left wants a determiner) after the comma */
        int32_t a = v - 1;
        while (a - 1 > cm && a > v - 3 && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0) a--;
        if (a - 1 == cm) at = (attrib){v, v, {a, v - 1}, 0};
    }
    if (at.cue < 0 || at.sp.a < 0 || word_is(x, at.cue, "according")) return no;
    if (at.inverted ? !punct_is(x, at.cue - 1, ',') : !(punct_is(x, at.sp.a - 1, ',') && np_adjacent(x, &at)))
        return no;
    /* nothing after the cue but adverbs, a day or a short adjunct */
    int32_t k = at.inverted ? at.sp.b + 1 : at.cue_end + 1;
    /* round 15: after "told", its addressee ("…, company spokesmen told
     * Reuters.", "… told the newspaper on Monday."): a capitalised run,
     * "reporters", or a determiner and up to three words */
    if (!at.inverted && is_tell(x, at.cue) && k <= lw && x->t[k].kind == T_WORD && x->t[k].q < 0) {
        int32_t k0 = k;
        if (cap_word(x, k))
            while (k <= lw && k < k0 + 4 && cap_word(x, k)) k++;
        else if (is_determiner(x, k))
            for (k++; k <= lw && k < k0 + 4 && x->t[k].kind == T_WORD && !word_in(x, k, fb_prep) &&
                      !is_day(x, k);
                 k++)
                ;
        else if (word_is(x, k, "reporters") || word_is(x, k, "journalists"))
            k++;
    }
    /* round 15: or an acronym in brackets ("…, said Data Resources Europe
     * Inc (DRI).") */
    if (at.inverted && k + 1 <= lw && punct_is(x, k, '(') && (x->t[k + 1].flags & F_ACRO) &&
        (k + 1 == lw || (k + 2 == lw && punct_is(x, k + 2, ')'))))
        k = lw + 1;
    while (k <= lw && (is_adverb(x, k) || is_day(x, k))) k++;
    /* not a passive ("…, a view echoed by bank officials") */
    if (k <= lw && (word_is(x, k, "by") || !adjunct_only(x, k, lw))) return no;
    return at;
}

/* Round 17: two reports in one sentence ("The trust said fares would
 * rise, while the union said they would fall", "Fares will rise, the
 * trust said, and the union said they would fall"): the first token
 * after from (the end of the first attribution) that is a conjunction
 * opening a clause (but, while, although, though, whereas, yet, "and"
 * as clause_conj reads it), with a subject right after it (over adverbs)
 * that has a finite cue of its own, at token `to` at the latest.
 * Returns the conjunction's token, or -1.  Not "because", "since", "so":
 * what follows them is the first speaker's reason, inside the content
 * ("Hale said the pier would close because the trust said it could not
 * pay"). */
/* Round 18: whether words [a, b) are a role in lower case before the
 * name at b, as a subject opens ("and the prominent civil rights group
 * the Kelmouth League denounced …"): a determiner, then up to five
 * lower-case words, none a verb, cue or pronoun, before a name or "the"
 * opening one. */
static int role_before(ctx *x, int32_t a, int32_t b)
{
    if (b - a < 2 || b - a > 6 || !is_determiner(x, a) || !(cap_word(x, b) || (word_is(x, b, "the") && cap_word(x, b + 1))))
        return 0;
    for (int32_t k = a + 1; k < b; k++) {
        if (x->t[k].kind != T_WORD && plural_poss_mark(x, k)) continue; /* "the dockers' union" */
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0 || ((x->t[k].flags & F_CAP) && !(tflags(x, k) & LX_NAT)) ||
            (tflags(x, k) & (LX_CUE | LX_PRONOUN | LX_FUNC)) || word_in(x, k, finite_aux) || past_verb(x, k) ||
            ing_form(x, k))
            return 0;
    }
    return 1;
}

/* Round 20 (indirect): whether a poll's share of people opens at token
 * i after "and" ("…, and three-quarters said …", "and only one pct said",
 * "and one in five say"): a hedge, then a figure before "in", "percent",
 * "pct" or "%", or a fraction. */
static int and_share(ctx *x, int32_t i)
{
    static const char *const hedge[] = {"only", "nearly", "about", "almost", "just", "roughly", NULL};
    static const char *const frac[] = {"half", "two-thirds", "three-quarters", NULL};
    static const char *const num[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      NULL};
    static const char *const per[] = {"in", "percent", "pct", NULL};
    if (i + 1 >= x->nt || x->t[i].kind != T_WORD) return 0;
    if (word_in(x, i, hedge)) i++;
    if (i + 1 >= x->nt || x->t[i].kind != T_WORD || x->t[i].q >= 0) return 0;
    if (word_in(x, i, frac)) return 1;
    return ((x->t[i].flags & F_DIGIT) || word_in(x, i, num)) && (word_in(x, i + 1, per) || punct_is(x, i + 1, '%'));
}

/* Indirect round 22: the subject pronouns, which no noun before "and"
 * coordinates with */
static const char *const nominative_pron[] = {"he", "she", "they", "we", "i", NULL};

/* Indirect round 22: whether cue c is finite in its bare form because a
 * plural or first-person pronoun at n1 is its subject, right before it or
 * over adverbs ("…, and they say that would …", "but we also believe
 * …"): finite_cue takes only pasts and "says". */
static int bare_after_pronoun(ctx *x, int32_t n1, int32_t c)
{
    static const char *const pl_pron[] = {"they", "we", "i", "you", NULL};
    if (!word_in(x, n1, pl_pron) || (x->t[c].flags & F_CAP)) return 0;
    for (int32_t m = n1 + 1; m < c; m++)
        if (!is_adverb(x, m) || word_in(x, m, finite_aux) || word_is(x, m, "do")) return 0;
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    /* a base form: no -s, -ed or -ing ("they claims" is no English;
     * "says" and pasts are finite_cue's) */
    return n >= 3 && w[n - 1] != 's' && !(w[n - 2] == 'e' && w[n - 1] == 'd') && !ing_form(x, c);
}

static int32_t second_report(ctx *x, int32_t from, int32_t lw, int32_t to)
{
    static const char *const split_conj[] = {"but", "while", "although", "though", "whereas", "yet", "and", NULL};
    static const char *const contrast_subj[] = {"others", "other", "another", "some", NULL};
    /* the first letters of the conjunctions */
    static const uint8_t first[256] = {['a'] = 1, ['b'] = 1, ['t'] = 1, ['w'] = 1, ['y'] = 1};
    /* the first report keeps a word, the second needs a subject, a cue
     * and three words (the fewest a content has) */
    const tk *tt = x->t; /* (neither moves while quotes are read) */
    const char *src = x->s;
    for (int32_t k = from + 1, last = lw - 5 < to ? lw - 5 : to; k <= last; k++) {
        /* most tokens are none of these: by length and first letter (a
         * lower-case letter: no capital, no punctuation) first */
        const tk *t = &tt[k];
        uint32_t n = t->e - t->s;
        const char *w = src + t->s;
        if (n - 3 > 5 || !first[(uint8_t)w[0]]) continue;
        int and = 0;
        if (n == 3) {
            if (w[0] == 'a') {
                if (w[1] != 'n' || w[2] != 'd') continue;
                and = 1;
            } else if (!((w[0] == 'b' && w[1] == 'u' && w[2] == 't') || (w[0] == 'y' && w[1] == 'e' && w[2] == 't')))
                continue;
        } else if (!((n == 5 && w[0] == 'w') || (n == 6 && w[0] == 't') || (n == 7 && w[0] == 'w') ||
                     (n == 8 && w[0] == 'a')))
            continue;
        if (t->kind != T_WORD || t->q >= 0) continue;
        /* after "and" the subject opens as a noun phrase of its own does
         * (a determiner, a pronoun, a name, a plural role, a share): not
         * "coal and peat reserves now estimated to …", "two minute and
         * five minute announcements … called …" (asked first: cheaper) */
        int32_t n1 = k + 1;
        if (and && !(cap_word(x, n1) || (tflags(x, n1) & LX_PRONOUN) ||
                     (is_determiner(x, n1) && !word_is(x, n1, "that") && !(x->t[n1].flags & F_DIGIT)) ||
                     plural_desc(x, n1) ||
                     word_is(x, n1, "others") || word_is(x, n1, "most") ||
                     ((x->t[n1].flags & F_DIGIT) && (word_is(x, n1 + 1, "percent") || word_is(x, n1 + 1, "pct") ||
                                                     punct_is(x, n1 + 1, '%'))) ||
                     and_share(x, n1)))
            continue;
        /* indirect round 22: a subject pronoun after "and" opens a clause
         * whatever came before ("… broke into the computers and she
         * accused …": no plural noun joins a nominative pronoun) */
        if (and ? !(and_opens_clause(x, k) || (tl(x, n1) <= 4 && word_in(x, n1, nominative_pron)))
                : n > 3 && !word_in(x, k, split_conj))
            continue;
        /* a subordinator without its comma, or after another conjunction,
         * often opens a clause inside the content ("… even though it
         * admitted …", "…, and though she has said …, Republicans …") */
        if (!and && !word_is(x, k, "but") && !word_is(x, k, "yet") && !punct_is(x, k - 1, ',')) continue;
        if (word_is(x, k - 1, "and") || word_is(x, k - 1, "but") || word_is(x, k - 1, "or")) continue;
        if (!and)
            while (n1 <= lw && is_adverb(x, n1)) n1++;
        if (n1 + 1 > lw || x->t[n1].kind != T_WORD || x->t[n1].q >= 0 || word_is(x, n1, "that")) continue;
        /* the subject's cue: the first cue within a dozen tokens, over
         * words and the commas of an appositive */
        for (int32_t c = n1 + 1; c <= lw && c <= n1 + 12; c++) {
            if (x->t[c].q >= 0 || (x->t[c].kind != T_WORD && !punct_is(x, c, ','))) break;
            if (!is_cue_tok(x, c)) continue;
            /* a finite cue of its own: not a naming verb ("… called
             * Collectible Showcase"), not a participle before "to" ("…
             * now estimated to exist"), not a past perfect, which is
             * the first report's tense moved back ("… but riders had
             * grumbled all week") */
            if (!(finite_cue(x, c) || bare_after_pronoun(x, n1, c)) || naming_verb(x, c) || word_is(x, c + 1, "to") ||
                word_is(x, c - 1, "had"))
                break;
            /* "added" reports a clause ("he added that …", "it added the
             * plan would …"), not a thing added ("the Far East added one",
             * "it added a fourth aircraft to its fleet") */
            if (word_is(x, c, "added") && !word_is(x, c + 1, "that")) {
                int32_t m = c + 1;
                while (m <= lw && !(x->t[m].kind == T_WORD && x->t[m].q < 0 && word_in(x, m, finite_aux))) m++;
                if (m > lw) break;
            }
            attrib a2 = try_cue_at(x, c, k - 1, lw, n1);
            if (a2.cue != c || a2.inverted || (a2.sp.a != n1 && !role_before(x, n1, a2.sp.a))) break;
            /* a time is no subject ("…, but three days later argued …":
             * the first speaker's second predicate) */
            static const char *const time_w[] = {"day", "days", "week", "weeks", "month", "months", "year",
                                                 "years", "hours", "later", "ago", NULL};
            int when = 0;
            for (int32_t m = a2.sp.a; m <= a2.sp.b + 1 && !when; m++) when = word_in(x, m, time_w) || is_day(x, m);
            if (when) break;
            /* round 18: a subject set against another ("others",
             * "another") after a report inside the first one's content is
             * that report's parallel, inside the same content ("Yao told
             * the conference some people said fares would rise and
             * others said they would fall": one quote by Yao; "but
             * Yeutter said …" after "… told officials …" is no parallel) */
            if (word_in(x, n1, contrast_subj))
                for (int32_t m = from; m < k; m++)
                    if (x->t[m].kind == T_WORD && x->t[m].q < 0 && !(x->t[m].flags & F_CAP) && is_cue_tok(x, m) &&
                        !ing_form(x, m) && !word_is(x, m + 1, "to"))
                        return -1;
            return k;
        }
    }
    return -1;
}

/* Round 19: the last token of a reported clause that starts at token
 * from (no quotation marks) and may run to lw.  After the clause has its
 * verb, a comma and a relative pronoun ("…, which votes on March 1", "…,
 * who was born in Panama"), an -ing clause ("…, citing higher costs") or,
 * at the first comma, an appositive ("…, a maker of widgets") comment on
 * the report's last words: the report ends before them (PolNeAR leaves
 * them out).  Not between a subject and its verb ("the notes,
 * which will be sold …, may be exchanged"), nor in a clause that opens
 * with an adjunct ("in a filing, announcing …, that …"). */
static int32_t report_end(ctx *x, int32_t from, int32_t lw)
{
    if (word_in(x, from, fb_prep)) return lw;
    int first_comma = 1;
    for (int32_t k = from + 1; k < lw; k++) {
        /* commas first: most tokens are none, and the tests below run
         * only at a comma with a word after it */
        if (x->t[k].kind != T_PUNCT || x->t[k].cp != ',' || x->t[k + 1].kind != T_WORD || x->t[k + 1].q >= 0)
            continue;
        int32_t n = k + 1;
        int fc = first_comma;
        first_comma = 0;
        if (k <= from + 2) continue;
        if (!(word_in(x, n, rel_pron) || word_is(x, n, "whose") ||
              ((word_is(x, n, "a") || word_is(x, n, "an")) && fc) ||
              (ing_form(x, n) && !(x->t[n].flags & F_CAP) && !word_is(x, n, "including") &&
               !memchr(tx(x, n), '-', tl(x, n))))) /* not "…, budget-cutting rigour and …" */
            continue;
        /* the clause's verb before the comma */
        int verb = 0;
        for (int32_t m = from; m < k && !verb; m++)
            verb = x->t[m].kind == T_WORD && tl(x, m) >= 2 &&
                   (past_verb(x, m) || word_in(x, m, finite_aux) || word_in(x, m, irregular_past));
        /* with no verb yet (the report is a noun phrase: "predicted a
         * win in Texas, which votes in March"), only when no comma follows
         * (not a subject's relative clause, set off by two commas) */
        if (!verb) {
            int32_t m = n;
            while (m < lw && !punct_is(x, m, ',')) m++;
            if (m < lw) continue;
        }
        return k - 1;
    }
    return lw;
}

/* Indirect round 21: whether token c is the finite cue of a second
 * predicate whose subject is left out ("… and said", "but added"): written
 * in lower case, a cue in a finite form, not "according" (a source, no
 * predicate).  report_before_participle, report_after_quotes and
 * second_predicate all ask this after an "and" or "but". */
static inline __attribute__((always_inline)) int bare_finite_cue(ctx *x, int32_t c)
{
    return !(x->t[c].flags & F_CAP) && is_cue(x, c) && finite_cue(x, c) && !word_is(x, c, "according");
}

/* Indirect round 21: a second predicate of the reporting subject inside
 * a report that starts at token from ("She said she had met him twice
 * but said neither man played a role", "Tom Hale said fares would rise
 * and predicted that the ferry would close"): "and"/"but" and a finite
 * cue with no subject of its own, then a clause ("that", a wh-word or a
 * subject pronoun; anything after "said"/"says") of three words or more.
 * The conjunction's token, *cue2 the cue's; -1 when none. */
static int32_t second_predicate(ctx *x, int32_t from, int32_t lw, int32_t *cue2)
{
    static const char *const clause_open[] = {"that", "how", "why", "whether", "what", "if", "he", "she", "they",
                                              "we", "i", NULL};
    /* by length and letters first: asked of every word of a report (one
     * pointer walk, the text's base read once) */
    const char *text = x->s;
    const tk *t = &x->t[from + 2];
    for (int32_t k = from + 2; k + 4 <= lw; k++, t++) {
        if (t->e - t->s != 3) continue;
        const char *w = text + t->s;
        if (!((w[0] == 'a' && w[1] == 'n' && w[2] == 'd') || (w[0] == 'b' && w[1] == 'u' && w[2] == 't')) ||
            t->kind != T_WORD)
            continue;
        int32_t c = k + 1;
        while (c < lw && is_adverb(x, c)) c++;
        if (x->t[c].kind != T_WORD || x->t[c].q >= 0 || !bare_finite_cue(x, c) || naming_verb(x, c)) continue;
        int32_t n = c + 1;
        while (n < lw && is_adverb(x, n)) n++;
        if (!(word_is(x, c, "said") || word_is(x, c, "says") || word_in(x, n, clause_open)) ||
            !words_reach(x, n, lw, 3))
            continue;
        *cue2 = c;
        return k;
    }
    return -1;
}

/* Indirect round 22: where a plain report that starts at token from
 * stops at a semicolon before a new clause ("More than six in 10 said A;
 * 46 percent said B", "He calls for A; she calls for B"): PolNeAR ends it
 * there 95 times to 39.  The clause opens with a subject pronoun or a
 * share; not in brackets ("($1.03bn; £548m)"), nor a list's ("Dover,
 * Del.; Salem, Ore."), nor an entity ("&#233;").  The last token before
 * the semicolon; lw when none.  (The bytes first, memchr being
 * vectorised: most reports hold no semicolon.) */
static int32_t report_semicolon_end(ctx *x, int32_t from, int32_t lw)
{
    const char *rs = x->s + x->t[from].s;
    if (!memchr(rs, ';', x->t[lw].e - x->t[from].s)) return lw;
    int depth = 0;
    for (int32_t k = from + 3; k + 2 < lw; k++) {
        if (x->t[k].kind != T_PUNCT) continue;
        if (x->t[k].cp == '(') depth++;
        else if (x->t[k].cp == ')') depth--;
        else if (x->t[k].cp == ';' && depth == 0 && x->t[k].q < 0 && x->s[x->t[k].s + 1] == ' ' &&
                 (word_in(x, k + 1, nominative_pron) || word_is(x, k + 1, "it") ||
                  ((x->t[k + 1].flags & F_DIGIT) && (word_is(x, k + 2, "percent") || punct_is(x, k + 2, '%')))))
            return k - 1;
    }
    return lw;
}

/* Indirect round 23: where a plain report that starts at token from
 * stops at a dash ("Tom Hale said the ferry would stop in May - a blow
 * to the island's shops", "Ana Reis says the trust has sold two boats —
 * both built in Kelmouth"): PolNeAR ends the report before
 * the first dash that sets off what follows (an em or en dash, or a
 * hyphen with a space before it), outside brackets.  The last token
 * before the dash; lw when none.  (The bytes first: most reports hold
 * no dash.) */
static inline int report_dash(ctx *x, int32_t k)
{
    return x->t[k].kind == T_PUNCT && x->t[k].q < 0 &&
           (x->t[k].cp == 0x2014 || x->t[k].cp == 0x2013 || (x->t[k].cp == '-' && x->t[k].left_space));
}

static int32_t report_dash_end(ctx *x, int32_t from, int32_t lw)
{
    const char *rs = x->s + x->t[from].s;
    size_t n = (size_t)(x->t[lw].e - x->t[from].s);
    if (!memchr(rs, '-', n) && !memchr(rs, 0xe2, n)) return lw;
    int depth = 0;
    /* (from the report's first token: a dash right after a short subject,
     * "the company - where he worked - had …", opens a pair too) */
    for (int32_t k = from + 1; k + 1 < lw; k++) {
        if (x->t[k].kind != T_PUNCT || x->t[k].q >= 0) continue;
        if (x->t[k].cp == '(') depth++;
        else if (x->t[k].cp == ')') depth--;
        else if (depth == 0 && report_dash(x, k)) {
            /* a pair of dashes sets off an aside inside the report
             * ("that the harbour fees - raised twice - would fall"): kept */
            for (int32_t m = k + 1; m <= lw; m++)
                if (report_dash(x, m)) return lw;
            if (k < from + 3) return lw;
            if (word_is(x, k + 1, "including") || word_is(x, k + 1, "only") || word_is(x, k + 1, "especially")) return lw;
            return k - 1;
        }
    }
    return lw;
}

/* Indirect round 23: where a plain report that starts at token from
 * stops before a contrast or a comparison of the writer's ("31 percent
 * of riders said they liked the timetable, compared with 40 percent in
 * May", "Hale said
 * the pier would pay for itself, while Reis said it never would"): a
 * comma, then "while"/"whereas" with a clause (not an aside set off by a
 * second comma, "the plan, while costly, is …", nor "while others"), or
 * "compared" with "with"/"to".  PolNeAR keeps the clause after "though", "although",
 * "even though/as/if" and "despite" as often as not: those stay.  The
 * last token before the comma; lw when none.  (The bytes first: most
 * reports hold no comma.) */
static int32_t report_contrast_end(ctx *x, int32_t from, int32_t lw)
{
    const char *rs = x->s + x->t[from].s;
    if (!memchr(rs, ',', (size_t)(x->t[lw].e - x->t[from].s))) return lw;
    for (int32_t k = from + 3; k + 2 < lw; k++) {
        if (x->t[k].kind != T_PUNCT || x->t[k].cp != ',' || x->t[k].q >= 0) continue;
        int32_t n = k + 1;
        if (x->t[n].kind != T_WORD || (x->t[n].flags & F_CAP)) continue;
        if (word_is(x, n, "compared") && (word_is(x, n + 1, "with") || word_is(x, n + 1, "to"))) return k - 1;
        if (!word_is(x, n, "while") && !word_is(x, n, "whereas")) continue;
        /* (a subject set against one inside the report, "said some
         * traders thought A, while others said B", is the report's own
         * parallel: round 17 keeps it whole) */
        static const char *const against[] = {"others", "another", "some", NULL};
        if (word_in(x, n + 1, against)) continue;
        int32_t m = n + 1;
        while (m <= lw && m < n + 5 && !punct_is(x, m, ',')) m++;
        if (m <= lw && punct_is(x, m, ',')) continue;
        return k - 1;
    }
    return lw;
}

/* Indirect round 22: whether token c reads as a simple past (a past
 * in -ed, or one without it) */
static int simple_past(ctx *x, int32_t c)
{
    static const char *const past_more[] = {"froze", "saw", "chose", "sold", "bought", "paid", "cut", "knew",
                                            "thought", "found", "felt", "told", "said", NULL};
    if (x->t[c].q >= 0 || x->t[c].kind != T_WORD) return 0;
    if (past_verb(x, c)) return 1;
    /* (the lists hold lower-case words of seven letters at most) */
    return tl(x, c) <= 7 && !(x->t[c].flags & F_CAP) && (word_in(x, c, irregular_past) || word_in(x, c, past_more));
}

/* Indirect round 23: where a plain report that starts at token from
 * gives way to the writer's next clause ("Hale said the pier would
 * close next year, but he gave no date", "Reis said fares would rise,
 * and it was left to the council", "…, but the increase was smaller"):
 * a comma,
 * "and"/"but", a subject pronoun ("he", "it", "there", …) and a finite
 * verb; or ", but", a determiner and a finite verb within four words.
 * The last token before the comma; lw when none. */
static int32_t report_then_clause(ctx *x, int32_t from, int32_t lw)
{
    static const char *const det[] = {"the", "his", "her", "its", "their", "many", "most", "some", NULL};
    const char *rs = x->s + x->t[from].s;
    /* (memchr, vectorised; glibc's memmem is not: round 22) */
    if (!memchr(rs, ',', (size_t)(x->t[lw].e - x->t[from].s))) return lw;
    for (int32_t k = from + 3; k + 3 < lw; k++) {
        if (x->t[k].kind != T_PUNCT || x->t[k].cp != ',' || x->t[k].q >= 0) continue;
        int but = word_is(x, k + 1, "but");
        if (!but && !word_is(x, k + 1, "and")) continue;
        int32_t p = k + 2;
        if (word_in(x, p, nominative_pron) || word_is(x, p, "there") || word_is(x, p, "it")) {
            int32_t v = p + 1;
            while (v < lw && is_adverb(x, v)) v++;
            if (word_in(x, v, finite_aux) || simple_past(x, v)) return k - 1;
        } else if (but && k + 4 < lw && word_in(x, p, det)) {
            for (int32_t v = k + 3; v < lw && v < k + 7 && x->t[v].kind == T_WORD; v++)
                if (word_in(x, v, finite_aux) || simple_past(x, v)) return k - 1;
        }
    }
    return lw;
}

/* Indirect round 22: where a plain report that starts at token from
 * gives way to a second predicate of the reporting subject that is no
 * verb of saying ("Farage said the warning showed A, and accused B of
 * C", "Smith said he had voted for Jones, but cautioned against …"): a
 * comma, "and"/"but", an adverb or two ("also", "later"), then a simple
 * past that is a cue or a past of acting (act_past).  PolNeAR ends the
 * report before the comma four times in five when a past follows one.  The comma's token; -1 when none.  In a
 * series ("recounted A, recited B, and ripped C") the report ends at
 * the series' first comma.  Left alone: an auxiliary after the
 * conjunction ("…, but would …": the reported clause goes on more often
 * than not); a passive or adjectival participle ("…, and opened by his
 * wife", "and charged with theft", "…, and increased costs are
 * expected"); a
 * report that opens with a pronoun and a simple past ("said it named X,
 * and named Y": the same doer, the same tense, either reading); a
 * relative clause before the comma ("a couple who had …, but managed
 * …"). */
static int32_t report_then_predicate(ctx *x, int32_t from, int32_t lw)
{
    /* pasts of acting on one's words, beside the cues (a past that is
     * neither reads as an adjective as often: "and increased costs",
     * "but continued cattle losses", "and improved technology") */
    static const char *const act_past[] = {"declined", "refused", "gave", "offered", "agreed", "sounded", "got",
                                           "managed", "stopped", "tried", "went", NULL};
    const char *text = x->s;
    /* the bytes first (asked of every plain report; memchr is
     * vectorised): a comma, a space, "and" or "but" and a space */
    {
        const char *p = text + x->t[from].s, *end = text + x->t[lw].e;
        int any = 0;
        for (; !any && end - p > 5 && (p = memchr(p, ',', (size_t)(end - p - 5))) != NULL; p++)
            any = (p[1] == ' ' || p[1] == '\n') && (p[5] == ' ' || p[5] == '\n') &&
                  ((p[2] == 'a' && p[3] == 'n' && p[4] == 'd') || (p[2] == 'b' && p[3] == 'u' && p[4] == 't'));
        if (!any) return -1;
    }
    for (int32_t k = from + 3; k + 3 <= lw; k++) {
        const tk *t = &x->t[k];
        if (t->kind != T_PUNCT || t->cp != ',') continue;
        /* a comma, then a three-letter word: "and" or "but" */
        const tk *u = t + 1;
        if (u->e - u->s != 3 || u->kind != T_WORD) continue;
        const char *w = text + u->s;
        if (!((w[0] == 'a' && w[1] == 'n' && w[2] == 'd') || (w[0] == 'b' && w[1] == 'u' && w[2] == 't'))) continue;
        int32_t c = k + 2;
        while (c < lw && is_adverb(x, c) && !word_in(x, c, finite_aux) && !word_is(x, c, "do")) c++;
        if (!simple_past(x, c) || !(bare_finite_cue(x, c) || word_in(x, c, act_past)) || word_is(x, c + 1, "by") ||
            word_is(x, c + 1, "with") || word_in(x, c + 1, finite_aux) || word_in(x, c + 2, finite_aux))
            continue;
        int32_t a = word_is(x, from, "that") ? from + 1 : from;
        if (word_in(x, a, nominative_pron) || word_is(x, a, "it")) {
            int32_t v = a + 1;
            while (v < k && is_adverb(x, v) && !word_in(x, v, finite_aux)) v++;
            if (simple_past(x, v)) return -1;
        }
        for (int32_t m = from; m < k; m++)
            if (word_is(x, m, "who")) return -1;
        /* an earlier comma, then a past with no conjunction: the series'
         * first (looked for only now: most reports have no such "and") */
        for (int32_t m = from + 3; m < k; m++)
            if (punct_is(x, m, ',') && simple_past(x, m + 1) && (bare_finite_cue(x, m + 1) || is_determiner(x, m + 2)))
                return m;
        return k;
    }
    return -1;
}

/* Indirect round 22: "…, Mr. Hale said.": the speaker phrase stops
 * after a title written with a period that the lexicon also lists as a
 * function word ("Mr.", "Mrs.", "Ms.", "Dr."), so the comma before
 * the attribution was not found and the sentence gave nothing.  The
 * title joins the phrase after such a comma (a speaker phrase opening
 * the sentence is left as it was: "Mr. Hale said …" gives "Hale", as
 * the quotations' attributions do). */
static void titled_speaker(ctx *x, attrib *at, int32_t f)
{
    int32_t a = at->sp.a, t = a - 1;
    if (at->inverted || t < f || !cap_word(x, a)) return;
    /* (one token "Mr." or two, "Mr" and ".") */
    if (punct_is(x, t, '.')) t--;
    if (t - 1 < f || x->t[t].kind != T_WORD || !(x->t[t].flags & F_CAP) || !(tflags(x, t) & LX_TITLE) ||
        x->s[x->t[a - 1].e - 1] != '.' || !punct_is(x, t - 1, ','))
        return;
    at->sp.a = t;
}

/* Indirect round 22: whether tokens [k, lw] (one or two words ending
 * the sentence) after the cue of *at are a whole report PolNeAR marks:
 * "so", "yes", "no" or "the same" after "say", and a subject pronoun
 * with an auxiliary after any cue ("They said she could", "Jeff Flake
 * said he would").  The plain path wants three words at least (fewer
 * are mostly an object: "said nothing", "said goodbye"). */
static int short_report(ctx *x, const attrib *at, int32_t k, int32_t lw)
{
    static const char *const answer[] = {"so", "yes", "no", NULL};
    static const char *const say[] = {"said", "say", "says", NULL};
    if (at->inverted || at->sp.a < 0 || lw > k + 1 || lw + 1 >= x->nt || x->t[lw + 1].kind != T_PUNCT ||
        x->t[lw + 1].cp != '.')
        return 0;
    for (int32_t m = k; m <= lw; m++)
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || (m > k && (x->t[m].flags & F_CAP))) return 0;
    if (word_in(x, at->cue, say)) {
        if (k == lw && word_in(x, k, answer)) return 1;
        if (lw == k + 1 && word_is(x, k, "the") && word_is(x, lw, "same")) return 1;
    }
    return lw == k + 1 && word_in(x, k, nominative_pron) && word_in(x, lw, finite_aux);
}

/* Indirect round 22: where a report starts whose subject is the noun
 * phrase the speaker's clause modifies ("a probe the police said was
 * ongoing", "what some traders said was a sign of …", "which she has
 * often said was an error", "a move they think could help"): the
 * cue's clause has no subject of its own (an auxiliary right after the
 * cue, at token k), and PolNeAR starts the report at the relative word
 * before the speaker, or at the determiner of the noun before it.  -1
 * when the report has a subject (the start stays at k). */
static int32_t gap_report_start(ctx *x, const attrib *at, int32_t k, int32_t f)
{
    static const char *const gap_aux[] = {"is", "was", "are", "were", "could", "would", "will", "might", "may",
                                          "can", "should", "has", "had", "have", NULL};
    static const char *const rel[] = {"which", "that", "what", "who", NULL};
    static const char *const det[] = {"a", "an", "the", "this", NULL};
    int32_t a = at->sp.a;
    if (at->inverted || a - 1 <= f || k != at->cue_end + 1 || !word_in(x, k, gap_aux) || x->t[a - 1].q >= 0 ||
        x->t[a - 1].kind != T_WORD)
        return -1;
    if (word_in(x, a - 1, rel)) return a - 1;
    /* the head noun right before the speaker, its determiner at most
     * three words back, lower-case words between */
    if (x->t[a - 1].flags & F_CAP) return -1;
    for (int32_t m = a - 2; m >= f && m >= a - 4; m--) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0 || (x->t[m].flags & F_CAP)) return -1;
        if (word_in(x, m, det)) return m;
        if ((tflags(x, m) & (LX_FUNC | LX_PRONOUN | LX_CUE)) || word_in(x, m, finite_aux)) return -1;
    }
    return -1;
}

/* Indirect round 26: a relative clause whose subject gap follows a cue
 * ("…, which officials said will take effect in May", "a firm that Reis
 * said had no licence", "the closure, which they say left the harbour
 * without a ferry"): a relative word, a short subject (a pronoun, a
 * name or a noun phrase of up to four words, no punctuation), a verb of
 * saying or thinking (after "has"/"have"/"had" and adverbs), then a
 * finite auxiliary or a simple past with no subject of its own.
 * PolNeAR starts such a report at the relative word and keeps the
 * speaker and cue inside it (round 22's gap_report_start, for a cue
 * found as the sentence's attribution).  Token k is the relative word;
 * on a match *cue and *gap are set and the speaker is [k + 1, *cue - 1]
 * less any auxiliary and adverbs.  Returns the speaker's last token, or
 * -1. */
static int32_t report_relative_gap_at(ctx *x, int32_t k, int32_t lw, int32_t *cue, int32_t *gap)
{
    /* (no cue spelled like a plural noun: "that his total claims would
     * be …" is no report of "claims") */
    static const char *const cues[] = {"said", "says", "say", "believes", "believe", "believed", "argued",
                                       "claimed", "estimated", "thinks", "think", "thought", "hoped",
                                       "contends", "insisted", NULL};
    static const char *const have[] = {"has", "have", "had", NULL};
    /* the cue first (one filtered lookup a word), then the subject */
    int32_t c = k + 2;
    for (; c <= lw && c <= k + 7 && !word_in(x, c, cues); c++)
        if (x->t[c].kind != T_WORD || x->t[c].q >= 0) return -1;
    if (c > lw || c > k + 7) return -1;
    int32_t m = k + 1, sb = -1;
    for (; m < c; m++) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0) return -1;
        if (word_in(x, m, have) || is_adverb(x, m)) continue;
        if (sb >= 0 && sb != m - 1) return -1; /* a subject, then only an auxiliary and adverbs */
        if (word_in(x, m, finite_aux) || word_in(x, m, rel_pron) || word_is(x, m, "that") || is_cue(x, m) ||
            m > k + 4)
            return -1;
        sb = m;
    }
    if (sb < 0) return -1;
    int32_t v = m + 1;
    while (v < lw && is_adverb(x, v) && !word_in(x, v, finite_aux)) v++;
    if (v + 1 > lw || x->t[v].kind != T_WORD || x->t[v].q >= 0 || (x->t[v].flags & F_CAP)) return -1;
    if (!word_in(x, v, finite_aux) && !simple_past(x, v)) return -1;
    /* "which she said had" is a clause; "that he said the trust had" has
     * a subject of its own after the cue (not a gap) */
    *cue = m;
    *gap = v;
    return sb;
}

/* Indirect round 26: where a relative clause whose gap verb is token v
 * closes inside the sentence: before a semicolon, a dash, or a comma
 * before the main clause's verb ("The changes, which officials said
 * will start in May, will not apply to …", "Hale, whom Reis once said
 * deserved the post, resigned …"); else lw. */
static int32_t report_relative_gap_end(ctx *x, int32_t v, int32_t lw)
{
    int32_t e = v + 1;
    while (e < lw && !punct_is(x, e + 1, ';') && !report_dash(x, e + 1) &&
           !(punct_is(x, e + 1, ',') && e + 2 <= lw && (word_in(x, e + 2, finite_aux) || simple_past(x, e + 2))))
        e++;
    return e < lw ? e : lw;
}

/* Whether token t is "which", "who" or "that" as written (lower case),
 * a word outside quotation marks: where report_relative_gap looks for a
 * clause (report_scan notes the first).  By length, then the letters. */
static inline int relative_word(const char *text, const tk *t)
{
    uint32_t n = t->e - t->s;
    if (n - 3 > 2 || t->kind != T_WORD || t->q >= 0) return 0;
    const char *w = text + t->s;
    return (n == 5 && !memcmp(w, "which", 5)) || (n == 3 && !memcmp(w, "who", 3)) || (n == 4 && !memcmp(w, "that", 4));
}

/* Indirect round 26: the report of a relative clause with a subject gap
 * after its cue (report_relative_gap_at) in a sentence where no
 * attribution was found (find_attrib leaves a cue after a relative word
 * to the main clause).  The first such clause; from the relative word
 * to a semicolon, a dash, or a comma before the main clause's verb, or
 * the clause's end.  The walk starts at token from, report_scan's first
 * relative word (no relative word before it), none when from is -1.  1
 * when emitted, 0 when none, -1 on error. */
static int report_relative_gap(ctx *x, int32_t f, int32_t lw, int32_t from)
{
    if (from < 0) return 0;
    if (from < f + 1) from = f + 1;
    const char *text = x->s;
    const tk *t = &x->t[from];
    for (int32_t k = from; k + 4 <= lw; k++, t++) {
        if (!relative_word(text, t)) continue;
        int32_t c, v;
        int32_t sb = report_relative_gap_at(x, k, lw, &c, &v);
        if (sb < 0 || !words_reach(x, v, lw, 2)) continue;
        attrib at = {0};
        at.cue = at.cue_end = c;
        at.sp = (tspan){k + 1, sb};
        at.inverted = 0;
        return emit(x, QUOTE_INDIRECT, x->t[k].s, x->t[report_end(x, v, report_relative_gap_end(x, v, lw))].e, -1,
                    -1, &at)
                   ? -1
                   : 1;
    }
    return 0;
}

/* Indirect round 22: a restrictive relative clause of saying in the
 * predicate ("The trust gave ammunition to ferry users who say the pier
 * is a money pit", "… among them 18% who say they would feel cheated"): a
 * plural noun or a share, "who", "say"/"says"/"said", after a finite
 * verb of the main clause (so the clause is no subject's: "Voters who
 * say A are more likely …" runs on into the main predicate and is left
 * alone, as round 20 found).  The report runs to the sentence's end
 * (report_end applies), its speaker is the noun phrase before "who".
 * Asked when no attribution was found.  1 when emitted, -1 on error. */
static int restrictive_who_report(ctx *x, int32_t f, int32_t lw)
{
    static const char *const say[] = {"say", "says", "said", NULL};
    static const char *const more_prep[] = {"against", "among", "like", "than", "between", NULL};
    /* asked of every sentence with no attribution: by length and
     * letters first, one pointer walk (a memmem over the sentence's
     * bytes first cost four times as much: glibc's generic memmem, not
     * a vectorised one, for a needle this short) */
    const char *text = x->s;
    {
        /* the bytes first: a "who" after a space or a line break (memchr
         * is vectorised; a sentence holds few w's) */
        const char *p = text + x->t[f].s, *end = text + x->t[lw].e;
        int any = 0;
        for (; !any && end - p > 4 && (p = memchr(p + 1, 'w', (size_t)(end - p - 4))) != NULL;)
            any = p[1] == 'h' && p[2] == 'o' && (p[-1] == ' ' || p[-1] == '\n') && (p[3] == ' ' || p[3] == '\n');
        if (!any) return 0;
    }
    const tk *t = &x->t[f + 3];
    for (int32_t k = f + 3; k + 4 <= lw; k++, t++) {
        if (t->e - t->s != 3) continue;
        const char *w = text + t->s;
        if (w[0] != 'w' || w[1] != 'h' || w[2] != 'o' || t->kind != T_WORD || t->q >= 0) continue;
        int32_t c = k + 1;
        if (!word_in(x, c, say)) continue;
        int32_t h = k - 1;
        if (!(plural_noun(x, h) || punct_is(x, h, '%') || word_is(x, h, "percent") || word_is(x, h, "those")))
            return 0;
        int verb = 0;
        for (int32_t m = f; m < h && !verb; m++) verb = x->t[m].q < 0 && x->t[m].kind == T_WORD && first_verb(x, m);
        if (!verb) return 0;
        int32_t a = c + 1;
        if (word_is(x, a, "that")) a++;
        if (!words_reach(x, a, lw, 3) || x->t[a].kind != T_WORD) return 0;
        for (int32_t m = a; m <= lw; m++)
            if (x->t[m].q >= 0) return 0;
        attrib at = {0};
        at.cue = at.cue_end = c;
        /* the speaker: the plural with the lower-case nouns before it
         * ("shop owners"), or the share ("18%", "26 percent") */
        int32_t sa = h;
        if (!plural_noun(x, h) || word_is(x, h, "percent")) {
            if (h - 1 >= f && (x->t[h - 1].flags & F_DIGIT)) sa = h - 1;
        } else
            while (sa - 1 > f && sa > h - 3 && x->t[sa - 1].kind == T_WORD && x->t[sa - 1].q < 0 &&
                   !(x->t[sa - 1].flags & (F_CAP | F_DIGIT)) &&
                   !(tflags(x, sa - 1) & (LX_FUNC | LX_PRONOUN | LX_CUE)) && !first_verb(x, sa - 1) &&
                   !is_determiner(x, sa - 1) && !is_adverb(x, sa - 1) && !word_in(x, sa - 1, fb_prep) &&
                   !word_in(x, sa - 1, more_prep))
                sa--;
        at.sp = (tspan){sa, h};
        at.inverted = 0;
        return emit(x, QUOTE_INDIRECT, x->t[a].s, x->t[report_end(x, a, lw)].e, -1, -1, &at) ? -1 : 1;
    }
    return 0;
}

/* Indirect round 25: whether tokens [k, lw] after an inverted speaker
 * ("…, said Ana Reis") are her appositive to the end of the sentence,
 * with what appositive_to_end refuses: a relative clause closing it
 * ("…, a harbour pilot who has sailed the route for years", "…, the head
 * of the Kelmouth Trust, which runs the ferry"), a possessive name
 * first ("the Gazette's harbour reporter"), a place after a comma ("…
 * of Kelmouth, Dorset").  The relative clause may hold a verb or a cue:
 * it is the speaker's description, not content.  c is the cue. */
static int report_appositive_to_end(ctx *x, int32_t c, int32_t k, int32_t lw)
{
    static const char *const rel[] = {"who", "which", "whose", "where", NULL};
    /* a verb of saying before its speaker (not "…, brand their program
     * as …": an object after a cue that is no inversion) */
    static const char *const tail[] = {"said", "says", "say", "added", "adds", "wrote", "writes", "noted",
                                       "notes", "explained", "argued", "warned", "observed", NULL};
    if (!word_in(x, c, tail)) return 0;
    if (k + 2 > lw || !punct_is(x, k, ',') || x->t[k + 1].kind != T_WORD || x->t[k + 1].q >= 0) return 0;
    if (cap_word(x, k + 1) && strip_poss(tx(x, k + 1), tl(x, k + 1)) == tl(x, k + 1)) return 0;
    int32_t m = k + 1, words = 0;
    for (; m <= lw && m <= k + 25; m++) {
        if (x->t[m].q >= 0) return 0;
        if (x->t[m].kind == T_WORD) {
            if (word_in(x, m, rel)) break;
            if (is_cue(x, m) || word_in(x, m, finite_aux)) return 0;
            words++;
            continue;
        }
        /* a comma before a relative pronoun or a capitalised place */
        if (!punct_is(x, m, ',') || m + 1 > lw || x->t[m + 1].kind != T_WORD) return 0;
        if (word_in(x, m + 1, rel)) { m++; break; }
        if (!cap_word(x, m + 1)) return 0;
    }
    if (words < 1 || m > lw || m > k + 25) return words >= 1 && m > lw;
    /* the relative clause to the end: no quotation */
    for (; m <= lw; m++)
        if (x->t[m].q >= 0) return 0;
    return 1;
}

/* Indirect round 25: whether the cue of attribution at (not inverted,
 * after a comma) reports the words after it, not the lead-in before the
 * comma: a cue that is no verb of plain statement ("As proof, she
 * pointed to …", "Though it was late, Hale promised to …", "Amid the
 * row, the trust vowed to …") with three words or more after it.
 * adjunct_only reads "to …", "with …", "for …" as an adjunct; after
 * such a cue they are its complement.  "…, Hale said in a talk"
 * (a verb of plain statement) keeps the trailing reading. */
static int report_cue_takes_rest(ctx *x, const attrib *at, int32_t lw)
{
    static const char *const plain[] = {
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "noted", "notes",
        "explained", "explains", "argued", "argues", "warned", "warns", "stated", "states", "reported", "reports",
        "announced", "announces", "estimated", "acknowledged", "conceded", "recalled", "recalls", "observed",
        "continued", "predicted", "complained", "insisted", "insists", "suggested", "suggests", "believes",
        "believe", "believed", "thinks", "think", "thought", "confirmed", "declared", "claimed", "claims",
        "contended", "cautioned", "replied", "responded", "answered", "asked", "wondered", "joked", "quipped",
        "admitted", "agreed", "disagreed", "mused", "remarked", "emphasized", "stressed", "maintained", "implied",
        "implies", "reads", "hinted", "indicated", NULL};
    if (at->inverted || at->cue != at->cue_end) return 0;
    int32_t k = at->cue_end + 1;
    while (k <= lw && is_adverb(x, k)) k++;
    if (k + 2 > lw || x->t[k].kind != T_WORD || x->t[k].q >= 0) return 0;
    /* "agreed to pay …" (an infinitive), not "agreed to the plan" */
    int infinitive = word_is(x, k, "to") && x->t[k + 1].kind == T_WORD && !is_determiner(x, k + 1) &&
                     !cap_word(x, k + 1) && !(x->t[k + 1].flags & F_DIGIT);
    if (word_in(x, at->cue, plain) && !(infinitive && word_is(x, at->cue, "agreed"))) return 0;
    return words_reach(x, k, lw, 3);
}

/* Indirect round 25: the subject np_left does not read before "say",
 * "says" or "said" in a sentence with no attribution found: one with an
 * aside between dashes before the cue ("Riders — and some traders —
 * say that …", "Several pilots — including Tom Hale — said …": the
 * phrase before the first dash), and "these"/"those" and a plural set
 * off by commas ("Ana Reis, these pilots said, was …"; np_left stops
 * at "these").  The cue's attribution, or none (cue -1); the plain path
 * goes on with it.  (Speed round 22: its walk over the sentence is
 * report_scan's, shared with findings_report.) */
/* (report_scan's hit at a "say", "says" or "said" c in [f + 3, lw - 2]:
 * 1 when the walk for it stops there, with the cue in *at or none; 0 to
 * go on.  Out of the walk's loop, which stays tight.) */
static __attribute__((noinline)) int report_unread_subject_at(ctx *x, int32_t f, int32_t lw, int32_t c, attrib *at)
{
    static const char *const dem[] = {"these", "those", NULL};
    /* the tests on the tokens around the hit (a byte test first, memchr
     * for the dashes and ", these", cost twice as much: commas and curly
     * apostrophes are common; glibc's memmem, not vectorised, 100 M
     * instructions) */
    if (report_dash(x, c - 1)) {
        int32_t d1 = c - 2;
        while (d1 > f && !report_dash(x, d1) && x->t[d1].q < 0) d1--;
        if (d1 <= f || !report_dash(x, d1) || d1 > c - 3) return 1;
        tspan sp = np_left(x, d1 - 1, f);
        if (sp.a < 0 || sp.b != d1 - 1 || (tflags(x, sp.a) & LX_PRONOUN)) return 1;
        int32_t a = c + 1;
        if (x->t[a].kind != T_WORD || !words_reach(x, a, lw, 3)) return 1;
        at->cue = at->cue_end = c;
        at->sp = sp;
        return 1;
    }
    if (c - 3 >= f && punct_is(x, c - 3, ',') && word_in(x, c - 2, dem) && plural_noun(x, c - 1) &&
        punct_is(x, c + 1, ',')) {
        at->cue = at->cue_end = c;
        at->sp = (tspan){c - 2, c - 1};
        return 1;
    }
    return 0;
}

/* Indirect round 25: whether the cue an attribution was found at is a
 * plural noun of the same spelling, so no report: "states" after a
 * count, a determiner or a modifier, or before a comma, a dash or a
 * preposition ("in five states, most riders said", "in the coastal
 * states where …"), and a cue in -s whose speaker phrase follows a
 * preposition and a possessive and comes before a comma ("In his opening
 * remarks, Hale said": "his opening" is no speaker; not "backed by
 * Reis, who cites …").  The plain path reads the next cue instead. */
static int report_cue_is_noun(ctx *x, int32_t f, int32_t lw, const attrib *at)
{
    int32_t c = at->cue;
    if (at->inverted || c != at->cue_end || c < f || (x->t[c].flags & F_CAP)) return 0;
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    if (n < 4 || w[n - 1] != 's') return 0;
    static const char *const poss[] = {"his", "her", "their", "its", "our", "my", "your", NULL};
    if (at->sp.a - 1 >= f && word_in(x, at->sp.a - 1, fb_prep) && word_in(x, at->sp.a, poss) && c + 1 <= lw &&
        punct_is(x, c + 1, ','))
        return 1;
    if (!word_is(x, c, "states")) return 0;
    static const char *const after[] = {"and", "or", "where", "in", "of", "with", "like", "across", "including",
                                        "from", "to", "on", "have", "had", "are", "were", "will", "would", NULL};
    if (c + 1 > lw || (x->t[c + 1].kind == T_PUNCT && !punct_is(x, c + 1, ':')) || word_in(x, c + 1, after))
        return 1;
    static const char *const before[] = {"all", "both", "other", "these", "those", "most", "few", "key",
                                         "swing", "battleground", "early", "southern", "northern", "western",
                                         "eastern", "member", NULL};
    return c - 1 >= f && ((x->t[c - 1].flags & F_DIGIT) || is_determiner(x, c - 1) || word_in(x, c - 1, before));
}

/* The first attribution of the plain sentence [f, lw] whose cue is no
 * plural noun (report_cue_is_noun). */
/* Whether the attribution's cue is a participle of telling or blaming
 * whose object is gone ("told to quit", "urged to stay", "accused of
 * lying"): a headline's passive ("Hale told to quit board") or a reduced
 * relative ("the mayor accused of lying said …").  Its subject is the one
 * told or accused, no speaker; the active verb takes its object first
 * ("told Hale to quit").  Not "asked to", which is active too ("Hale
 * asked to see the files"). */
static int report_cue_is_reduced_passive(ctx *x, int32_t lw, const attrib *at)
{
    static const char *const to_verbs[] = {"told",    "urged",      "ordered", "advised",    "pressed",
                                           "warned",  "instructed", "invited", "encouraged", NULL};
    static const char *const of_verbs[] = {"accused", "suspected", "convicted", NULL};
    /* (an active verb whose object went before it: "the senator whom
     * she has accused of …", "the field who he accused of …") */
    static const char *const active_before[] = {"has", "have", "had", "who", "whom", "that", "which", NULL};
    int32_t c = at->cue;
    if (at->inverted || c != at->cue_end || c + 1 > lw || c < 1) return 0;
    if ((tflags(x, c - 1) & LX_PRONOUN) || word_in(x, c - 1, active_before)) return 0;
    if (word_is(x, c + 1, "to")) return word_in(x, c, to_verbs);
    if (word_is(x, c + 1, "of")) return word_in(x, c, of_verbs);
    /* "Chelsea denied by …", "Hale asked by the panel to …" (not "said
     * by phone", "wrote by hand") */
    static const char *const by_verbs[] = {"told",     "urged",      "warned",     "accused",  "denied",
                                           "asked",    "criticised", "criticized", "attacked", "blamed",
                                           "praised",  "condemned",  "rejected",   "questioned", "dubbed",
                                           "called",   "ordered",    "advised",    NULL};
    return word_is(x, c + 1, "by") && word_in(x, c, by_verbs);
}

static attrib report_attrib(ctx *x, int32_t f, int32_t lw)
{
    attrib at = find_attrib(x, f, lw, f, lw);
    tspan told = {-1, -1}; /* the subject of a reduced passive passed over */
    int32_t told_cue = -1;
    for (int guard = 0; at.cue >= 0 && guard < 4; guard++) {
        if (report_cue_is_reduced_passive(x, lw, &at)) {
            if (told.a < 0) told = at.sp, told_cue = at.cue;
        } else if (!report_cue_is_noun(x, f, lw, &at))
            break;
        at = find_attrib(x, at.cue + 1, lw, f, lw);
    }
    /* "The woman accused of driving onto the pier told police …": the
     * speaker is the one accused, not a noun of what she was accused of
     * (but a clause of its own after a comma has its own subject: "…,
     * a trader accused of fraud, but the bank insisted …") */
    if (at.cue >= 0 && told.a >= 0 && !at.inverted && at.sp.a > told_cue) {
        int32_t k = told_cue + 1;
        while (k < at.sp.a && !punct_is(x, k, ',') && !punct_is(x, k, ';')) k++;
        if (k == at.sp.a) at.sp = told;
    }
    return at;
}

/* Indirect round 24: whether the words from token a on open a clause (a
 * subject pronoun, "that", or a finite auxiliary or a past in -ed within
 * six words): "records show he sold …", "the reports show the trust
 * wanted …", not "the annual report shows a loss", a figure. */
static int findings_clause(ctx *x, int32_t a, int32_t lw)
{
    static const char *const subj[] = {"that", "he", "she", "it", "they", "we", "i", "there", NULL};
    if (word_in(x, a, subj)) return 1;
    for (int32_t m = a + 1; m <= lw && m <= a + 6; m++) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0) return 0;
        if (word_in(x, m, finite_aux) || (past_verb(x, m) && !word_in(x, m + 1, fb_prep))) return 1;
    }
    return 0;
}

/* Indirect round 25: whether token m is a slash glued to words on both
 * sides, inside a name ("a Gazette/Courier poll", "NBC/Wall Street
 * Journal"): the finding's phrase goes on over it (it was cut there,
 * "Courier poll" for the speaker). */
static int findings_glued_slash(ctx *x, int32_t m)
{
    return m - 1 >= 0 && m + 1 < x->nt && x->t[m].kind == T_PUNCT && x->t[m].cp == '/' && !x->t[m].left_space &&
           !x->t[m].right_space && x->t[m - 1].kind == T_WORD && x->t[m + 1].kind == T_WORD;
}

/* Indirect round 25: "…, the Kelmouth Institute found.", "…, Fox
 * found.": a trailing finding by a name (capitalised words, "the"
 * first or not, five at most) after a comma; the comma's token, or -1. */
static int32_t findings_trailing_name(ctx *x, int32_t f, int32_t k)
{
    int32_t c = k - 1;
    while (c > f && c >= k - 5 && x->t[c].kind == T_WORD && x->t[c].q < 0 && cap_word(x, c)) c--;
    if (c == k - 1) return -1;
    if (word_is(x, c, "the") && c > f) c--;
    return punct_is(x, c, ',') ? c : -1;
}

/* findings_report's reading of a finding verb at token k (the walk's hit):
 * 1 when emitted, 0 when the sentence gives none, 2 to go on walking,
 * -1 on error.  (Out of the walk's loop, which stays tight.) */
static __attribute__((noinline)) int findings_at(ctx *x, int32_t f, int32_t lw, int32_t k)
{
    static const char *const noun[] = {"study", "studies", "survey", "surveys", "report", "reports", "poll", "polls",
                                       "polling", "analysis", "review", "audit", "inquiry", "investigation",
                                       "research", "probe", "census", "data", "figures", "statistics", "results",
                                       "records", "documents", "filings", "emails", "e-mails", "findings", "files",
                                       "ledgers", "evidence", "returns", "estimates", "numbers", "tally", "count",
                                       "video", "videos", "footage", "photos", "images", "ratings", "logs",
                                       "work", "experience", "trends", NULL};
    /* the heads whose every finding is reported, a clause or not */
    static const char *const any[] = {"poll", "polls", "polling", "survey", "surveys", "video", "videos", "footage",
                                      "photos", "images", NULL};
    static const char *const link[] = {"by", "of", "from", "for", "in", "on", "at", "among", "released", "conducted",
                                       "published", "taken", "issued", "compiled", "obtained", "reviewed",
                                       /* indirect round 25: "a poll this month found" */
                                       "this", "last", "earlier", NULL};
    static const char *const cond[] = {"if", "unless", "whether", "until", "once", NULL};
    const char *text = x->s;
    const tk *t = &x->t[k];
    uint32_t n = t->e - t->s;
    int ing = word_is(x, k, "showing");
    /* "suggest"/"indicate": a clause after them, always */
    int clause_only = text[t->s] == 's' && text[t->s + 1] == 'u';
    clause_only |= text[t->s] == 'i';
    /* "…, records show.", "…, new fundraising reports show.": the
     * words before the comma are the finding */
    if (k == lw && n <= 5 && word_in(x, k - 1, noun)) {
        int32_t c = k - 2;
        while (c > f && c >= k - 7 &&
               ((x->t[c].kind == T_WORD && x->t[c].q < 0 && !is_cue(x, c) && !(tflags(x, c) & (LX_PRONOUN)) &&
                 !word_in(x, c, finite_aux)) ||
                findings_glued_slash(x, c))) /* indirect round 25: "a Gazette/Courier poll" */
            c--;
        if (c <= f + 2 || !punct_is(x, c, ',') || !words_reach(x, f, c - 1, 4)) return 0;
        attrib at = {0};
        at.cue = at.cue_end = k;
        at.sp = (tspan){c + 1, k - 1};
        at.inverted = 1;
        return emit(x, QUOTE_INDIRECT, x->t[f].s, x->t[c - 1].e, -1, -1, &at) ? -1 : 1;
    }
    /* indirect round 25: "…, a new Gazette/Courier poll finds." (the
     * phrase over a glued slash), "…, the Kelmouth Institute found." */
    if (k == lw && (word_is(x, k, "found") || word_is(x, k, "finds"))) {
        int32_t c = findings_trailing_name(x, f, k);
        if (c < 0 && word_in(x, k - 1, noun)) {
            c = k - 2;
            while (c > f && c >= k - 7 &&
                   ((x->t[c].kind == T_WORD && x->t[c].q < 0 && !is_cue(x, c) && !(tflags(x, c) & LX_PRONOUN) &&
                     !word_in(x, c, finite_aux)) ||
                    findings_glued_slash(x, c)))
                c--;
            if (!punct_is(x, c, ',')) c = -1;
        }
        if (c <= f + 2 || !words_reach(x, f, c - 1, 4)) return 0;
        attrib at = {0};
        at.cue = at.cue_end = k;
        at.sp = (tspan){c + 1, k - 1};
        at.inverted = 1;
        return emit(x, QUOTE_INDIRECT, x->t[f].s, x->t[c - 1].e, -1, -1, &at) ? -1 : 1;
    }
    if (k + 2 > lw) return 2;
    /* the subject's head: next to the verb (over an adverb), or
     * before a phrase of its own, words only, ten at most */
    int32_t h = k - 1;
    while (h > f && is_adverb(x, h)) h--;
    int32_t head = -1;
    for (int32_t m = h; m >= f && m >= h - 10; m--) {
        if (findings_glued_slash(x, m)) continue;
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0) break;
        if (word_in(x, m, noun) && (m == h || (!ing && word_in(x, m + 1, link)))) {
            head = m;
            break;
        }
        if (ing) break;
    }
    /* "The Justice Department found that …", "they found that …":
     * "that" after "found"/"finds" reports whoever found */
    /* indirect round 25: or a clause after a name ("Gallup finds most
     * riders have …") */
    int named = cap_word(x, k - 1) && !(tflags(x, k - 1) & LX_PRONOUN) && !word_is(x, k + 1, "that") &&
                findings_clause(x, k + 1, lw);
    if (head < 0 && (word_is(x, k, "found") || word_is(x, k, "finds")) && (word_is(x, k + 1, "that") || named) &&
        words_reach(x, k + 2, lw, 3) && h == k - 1) {
        tspan who = np_left(x, k - 1, f);
        if (who.a < 0 || who.b != k - 1) return 2;
        if (named)
            for (int32_t m = who.a; m <= who.b && named; m++) named = cap_word(x, m) || word_is(x, m, "the");
        if (!named && !word_is(x, k + 1, "that")) return 2;
        attrib at = {0};
        at.cue = at.cue_end = k;
        at.sp = who;
        return emit(x, QUOTE_INDIRECT, x->t[k + 1].s, x->t[report_end(x, k + 1, lw)].e, -1, -1, &at) ? -1 : 1;
    }
    if (head < 0) return 2;
    int32_t a = k + 1;
    if (a > lw || x->t[a].kind != T_WORD || x->t[a].q >= 0 || word_in(x, a, fb_prep) || word_is(x, a, "up") ||
        word_is(x, a, "out") || !words_reach(x, a, lw, 2))
        return 2;
    if ((clause_only || !word_in(x, head, any)) && !findings_clause(x, a, lw)) return 2;
    /* the subject's phrase: back from the head over its modifiers to
     * a determiner or the sentence's start; not in a condition ("If
     * the study shows …") */
    int32_t sa = head;
    while (sa - 1 >= f && ((x->t[sa - 1].kind == T_WORD && x->t[sa - 1].q < 0 && !is_adverb(x, sa - 1) &&
                            !word_in(x, sa - 1, fb_prep) && !word_in(x, sa - 1, finite_aux) && !is_cue(x, sa - 1) &&
                            !(tflags(x, sa - 1) & (LX_FUNC | LX_PRONOUN))) ||
                           (findings_glued_slash(x, sa - 1) && sa - 2 >= f))) {
        sa -= findings_glued_slash(x, sa - 1) ? 2 : 1;
        if (is_determiner(x, sa)) break;
    }
    if (sa - 1 >= f && is_determiner(x, sa - 1)) sa--;
    int cnd = 0;
    for (int32_t c = sa - 1; c >= f && c >= sa - 3 && !cnd; c--) cnd = word_in(x, c, cond);
    if (cnd) return 0;
    /* "Fresh surveys showing the trust in debt did little to change it":
     * an -ing phrase in the sentence's subject, whose report the
     * main verb would end, not the sentence */
    if (ing && sa == f) return 2;
    attrib at = {0};
    at.cue = at.cue_end = k;
    at.sp = (tspan){sa, k - 1 > head && !is_adverb(x, k - 1) ? k - 1 : head};
    at.inverted = 0;
    return emit(x, QUOTE_INDIRECT, x->t[a].s, x->t[report_end(x, a, lw)].e, -1, -1, &at) ? -1 : 1;
    return 2;
}

/* findings_report's walk: four bytes as a little-endian word (gcc makes
 * it one load), and its slot in a table of 16 (the five beginnings of the
 * verbs fall in five slots: a test of each verb in tests/test_extract.c
 * would fail were two of them to share one). */
#define FOUR_BYTES(a, b, c, d) \
    ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)
#define FINDING_SLOT(v) ((uint32_t)((v) * 0x9E3779B1u) >> 28)

/* Indirect round 24: reports of findings that no attribution was found
 * for ("Exit polling showed that Reis won most wards", "New filings show
 * the trust has barely …", "A review by the Gazette shows most of the
 * trips were …", "with polls showing Reis falling behind"): "show",
 * "shows", "showed", "showing", "found" or "finds" after a subject whose
 * head is a poll, a record, a document or a study, next to the verb or
 * before a phrase of its own ("by the Gazette", "of voters", "released
 * Saturday").  PolNeAR marks them as reported speech, the phrase as the
 * source.  extract_speakers.c's findings_subject makes "found"/"shows" a
 * cue only before "that" or, for polls, before a noun phrase; the
 * subject's phrase is then often not read (np_left stops at "polling",
 * a long phrase); "showing" is no cue at all.  The content must be a
 * clause unless the head is a poll or an image ("A video shows her
 * clutching …").  Asked when no attribution was found; 1 when emitted,
 * -1 on error.  Speed round 22: the walk starts at token from, the first
 * that report_scan found passing its test (none before it does). */
static int findings_report(ctx *x, int32_t f, int32_t lw, int32_t from)
{
    static const char *const verb[] = {"show", "shows", "showed", "showing", "found", "finds", "suggest",
                                       "suggests", "suggested", "indicate", "indicates", "indicated", NULL};
    const char *text = x->s;
    /* One pointer walk over the tokens, without branches until a token
     * passes (indirect round 24: the tests as branches were mispredicted
     * a million times on real news).  Speed round 21: a token of four to
     * nine bytes passes when its first four, folded to lower case, are
     * one of the verbs' five beginnings (show, foun, find, sugg, indi),
     * looked up in a table of 16 by a multiplicative hash (the walk's
     * first version tested the length and the first two letters and
     * passed "should", "such", "first", "into" … on to word_in).  The
     * four bytes are read at the token's start or, nearer the text's end,
     * at its last four (a min, no branch: the token is then too short). */
    static const uint32_t begins[16] = {
        [FINDING_SLOT(FOUR_BYTES('s', 'h', 'o', 'w'))] = FOUR_BYTES('s', 'h', 'o', 'w'),
        [FINDING_SLOT(FOUR_BYTES('f', 'o', 'u', 'n'))] = FOUR_BYTES('f', 'o', 'u', 'n'),
        [FINDING_SLOT(FOUR_BYTES('f', 'i', 'n', 'd'))] = FOUR_BYTES('f', 'i', 'n', 'd'),
        [FINDING_SLOT(FOUR_BYTES('s', 'u', 'g', 'g'))] = FOUR_BYTES('s', 'u', 'g', 'g'),
        [FINDING_SLOT(FOUR_BYTES('i', 'n', 'd', 'i'))] = FOUR_BYTES('i', 'n', 'd', 'i')};
    if (x->n < 4) return 0;
    const uint32_t last4 = (uint32_t)x->n - 4;
    const tk *t = &x->t[from];
    for (int32_t k = from; k <= lw; k++, t++) {
        const unsigned char *w = (const unsigned char *)text + (t->s < last4 ? t->s : last4);
        /* (OR 0x20 folds the letters' case and makes no other byte a
         * lower-case letter) */
        uint32_t v = FOUR_BYTES(w[0], w[1], w[2], w[3]) | 0x20202020u;
        if ((begins[FINDING_SLOT(v)] != v) | (t->e - t->s - 4 > 5)) continue;
        if (t->kind != T_WORD || t->q >= 0 || (t->flags & F_CAP) || !word_in(x, k, verb)) continue;
        int r = findings_at(x, f, lw, k);
        if (r != 2) return r;
    }
    return 0;
}

/* Speed round 22: report_unread_subject's walk ("say", "says", "said"
 * from token f + 3 to lw - 2) and findings_report's (its verbs from f + 1
 * to lw) as one walk over the sentence, asked when no attribution was
 * found: report_unread_subject's walk had been a second pass over every
 * such sentence (24 M instructions on real news for a handful of hits).
 * The unread subject's attribution is returned (cue -1 when none); the
 * first token passing findings_report's test in *find_from (-1 when
 * none), where findings_report starts once restrictive_who_report, which
 * comes between the two, has found nothing; and the first relative word
 * ("which", "who", "that", with four tokens after it) in *rel_from, where
 * report_relative_gap starts (-1 when none: the walk goes on past its
 * other two finds until it has one).  One lookup a token: its first four
 * bytes folded as in findings_report, the fourth zeroed when the token has
 * three (a 32-slot table of the five beginnings, "say", "says", "said" and
 * the relative words; the slots are all different: the test rows of
 * tests/test_extract.c for each verb, the unread subject and the relative
 * gap fail otherwise). */
#define REPORT_SLOT(v) ((uint32_t)((v) * 0xCC9E2D51u) >> 27)
static attrib report_scan(ctx *x, int32_t f, int32_t lw, int32_t *find_from, int32_t *rel_from)
{
    static const char *const say[] = {"say", "says", "said", NULL};
    static const char *const verb[] = {"show", "shows", "showed", "showing", "found", "finds", "suggest",
                                       "suggests", "suggested", "indicate", "indicates", "indicated", NULL};
    static const uint32_t begins[32] = {
        [REPORT_SLOT(FOUR_BYTES('s', 'h', 'o', 'w'))] = FOUR_BYTES('s', 'h', 'o', 'w'),
        [REPORT_SLOT(FOUR_BYTES('f', 'o', 'u', 'n'))] = FOUR_BYTES('f', 'o', 'u', 'n'),
        [REPORT_SLOT(FOUR_BYTES('f', 'i', 'n', 'd'))] = FOUR_BYTES('f', 'i', 'n', 'd'),
        [REPORT_SLOT(FOUR_BYTES('s', 'u', 'g', 'g'))] = FOUR_BYTES('s', 'u', 'g', 'g'),
        [REPORT_SLOT(FOUR_BYTES('i', 'n', 'd', 'i'))] = FOUR_BYTES('i', 'n', 'd', 'i'),
        [REPORT_SLOT(FOUR_BYTES('s', 'a', 'y', 0))] = FOUR_BYTES('s', 'a', 'y', 0),
        [REPORT_SLOT(FOUR_BYTES('s', 'a', 'y', 's'))] = FOUR_BYTES('s', 'a', 'y', 's'),
        [REPORT_SLOT(FOUR_BYTES('s', 'a', 'i', 'd'))] = FOUR_BYTES('s', 'a', 'i', 'd'),
        [REPORT_SLOT(FOUR_BYTES('w', 'h', 'i', 'c'))] = FOUR_BYTES('w', 'h', 'i', 'c'),
        [REPORT_SLOT(FOUR_BYTES('w', 'h', 'o', 0))] = FOUR_BYTES('w', 'h', 'o', 0),
        [REPORT_SLOT(FOUR_BYTES('t', 'h', 'a', 't'))] = FOUR_BYTES('t', 'h', 'a', 't')};
    attrib at = {-1, -1, {-1, -1}, 0};
    *find_from = -1;
    *rel_from = -1;
    /* (findings_report reads nothing in a text this short, and there is
     * no room for a "say" with three tokens before it and two after) */
    if (x->n < 4) return at;
    const char *text = x->s;
    const uint32_t last4 = (uint32_t)x->n - 4;
    int say_on = 1;
    /* (a pointer walk, the index taken at a hit only; without the tokens
     * in the text's last three bytes, so that four bytes may be read at
     * each token's start: they are too short for either test, and a
     * "say" there has not two tokens after it) */
    const tk *t = &x->t[f + 1], *end = &x->t[lw + 1];
    while (end > t && end[-1].s > last4) end--;
    for (; t < end; t++) {
        uint32_t n = t->e - t->s;
        const unsigned char *w = (const unsigned char *)text + t->s;
        uint32_t v = (FOUR_BYTES(w[0], w[1], w[2], w[3]) | 0x20202020u) & (n >= 4 ? ~0u : 0xFFFFFFu);
        if (begins[REPORT_SLOT(v)] != v) continue;
        int32_t k = (int32_t)(t - x->t);
        if ((v & 0xFF) == 'w' || (v & 0xFF) == 't') { /* "which", "who", "that" */
            if (*rel_from < 0 && k + 4 <= lw && relative_word(text, t)) *rel_from = k;
            continue;
        }
        if ((v >> 8 & 0xFF) == 'a') { /* "say", "says", "said" */
            if (!say_on || k < f + 3 || k + 2 > lw || n - 3 > 1 || text[t->s] != 's') continue;
            if (t->kind != T_WORD || t->q >= 0 || !word_in(x, k, say)) continue;
            if (!report_unread_subject_at(x, f, lw, k, &at)) continue;
            if (at.cue >= 0) return at;
            say_on = 0;
            if (*find_from >= 0 && *rel_from >= 0) break;
            continue;
        }
        if (*find_from >= 0 || n - 4 > 5) continue;
        if (t->kind != T_WORD || t->q >= 0 || (t->flags & F_CAP) || !word_in(x, k, verb)) continue;
        *find_from = k;
        if (!say_on && *rel_from >= 0) break;
    }
    return at;
}

/* The quote state a reading of part of a sentence may add to, marked so
 * that a split that does not stand is undone (split_reports,
 * head_report). */
typedef struct {
    int32_t nq, nseg, last_q, last_q_sent;
    /* The last quote as it was: a reading may join quotations to it
     * (join_segments, drop_first_segment change its end, type and
     * segments) and then not stand.  Found by fuzzing: truncating the
     * segment count alone left it with a later sentence's segments, out
     * of order and past its end. */
    quote last;
    uint32_t first_seg[2];
} quote_mark;

static quote_mark quote_mark_take(const ctx *x)
{
    quote_mark m = {x->nq, x->nseg, x->last_q, x->last_q_sent, {0}, {0, 0}};
    if (x->nq > 0) {
        m.last = x->qs[x->nq - 1];
        if (m.last.n_segments) memcpy(m.first_seg, x->segs[x->qseg[x->nq - 1]], sizeof m.first_seg);
    }
    return m;
}

/* Gives back the quote state of mark m.  The last quote's segments lie at
 * the end of the segment array, where a join adds after them (the quotes
 * emitted since are dropped) and drop_first_segment removes the first of
 * them (once: the quote is mixed after it): its first segment is written
 * back and the rest moved to follow it. */
static void quote_mark_undo(ctx *x, quote_mark m)
{
    if (m.nq > 0 && m.last.n_segments) {
        int32_t L = m.nq - 1;
        uint32_t at = x->qseg[L];
        if (x->segs[at][0] != m.first_seg[0] || x->segs[at][1] != m.first_seg[1]) {
            memmove(x->segs + at + 1, x->segs + at, sizeof(uint32_t[2]) * (m.last.n_segments - 1));
            memcpy(x->segs[at], m.first_seg, sizeof m.first_seg);
        }
    }
    if (m.nq > 0) x->qs[m.nq - 1] = m.last;
    x->nq = m.nq, x->nseg = m.nseg, x->last_q = m.last_q, x->last_q_sent = m.last_q_sent;
}

static int sentence_quotes(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote);

/* Reads sentence sid from the subject after conjunction j (adverbs
 * skipped: "but later officials said") as a sentence of its own, regions
 * from *rest on, then gives the sentence back its first token f (the
 * three splits of rounds 17 and 18).  sentence_quotes' return. */
static int read_from_second_subject(ctx *x, uint32_t sid, int32_t j, int32_t lw, int32_t f, int32_t *rest,
                                    int32_t *last_para_quote)
{
    int32_t n1 = j + 1, keep_b = x->sent_base[sid];
    while (n1 < lw && is_adverb(x, n1)) n1++;
    x->sent_first[sid] = x->sent_base[sid] = n1;
    int rc = sentence_quotes(x, sid, rest, last_para_quote);
    x->sent_first[sid] = f;
    x->sent_base[sid] = keep_b;
    return rc;
}

/* Indirect round 25: a plain report ended at a semicolon by round 22's
 * report_semicolon_end ("More than half said A; 46 percent said B"):
 * the report [s, the semicolon) is emitted, then the clause after the
 * semicolon is read as a sentence of its own (it was dropped), so a
 * second report there is found.  sentence_quotes' return. */
static int report_then_semicolon_clause(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote, int32_t f,
                                        int32_t lw, int32_t semi, uint32_t s, const attrib *at)
{
    if (emit(x, QUOTE_INDIRECT, s, x->t[semi - 1].e, -1, -1, at)) return -1;
    if (x->split_depth >= 8 || !words_reach(x, semi + 1, lw, 4)) return 0;
    int32_t rest = *rr;
    x->split_depth++;
    int rc = read_from_second_subject(x, sid, semi, lw, f, &rest, last_para_quote);
    x->split_depth--;
    return rc;
}

/* Indirect round 26: a subordinator before the speaker of attribution
 * at that opening_subordinator does not see: further into the sentence
 * or after a lead-in ("Years after Hale claimed A, the trust …", "In
 * the week when the pilots warned A, Reis …", "However, while the board
 * says A, it …", "But when Reis asked A, it declined"), with no comma
 * between it
 * and the speaker.  The report then ends at the clause's comma before a
 * subject (subordinate_end), as in round 20.  Not "as" (its main clause
 * is the report), nor a subordinator that itself follows the cue.  The
 * subordinator's token; -1 when none. */
static int32_t report_inner_subordinator(ctx *x, int32_t f, const attrib *at)
{
    static const char *const sub[] = {"when", "after", "before", "since", "once", "although", "though", "while",
                                      "because", "until", "whereas", NULL};
    if (at->inverted || at->sp.a <= f || at->cue < at->sp.a) return -1;
    for (int32_t k = at->sp.a - 1; k >= f && k >= at->sp.a - 8; k--) {
        if (x->t[k].kind != T_WORD || x->t[k].q >= 0) return -1;
        if (word_in(x, k, sub)) return k;
    }
    return -1;
}

/* Round 20 (indirect): the subordinator that opens sentence f (after a
 * conjunction: "But as …") right before the subject starting at token a
 * ("When Hale suggested that …, Reis …", "As Hale noted, …"); -1 when
 * none. */
static int32_t opening_subordinator(ctx *x, int32_t f, int32_t a)
{
    static const char *const conj[] = {"but", "and", "yet", "so", NULL};
    static const char *const sub[] = {"when", "after", "as", "before", "since", "once", "although", "though",
                                      "while", "because", "if", "until", "whereas", NULL};
    int32_t k = f;
    if (k + 1 < a && word_in(x, k, conj)) k++;
    /* indirect round 24: "Even though …", "even if …", "even as …" */
    if (k + 1 < a && word_is(x, k, "even")) k++;
    return k + 1 == a && word_in(x, k, sub) ? k : -1;
}

/* Indirect round 24: a speaker phrase that took the sentence's opening
 * subordinator ("Although riders said A, the trust …" gave the speaker
 * "Although riders", "Though a number of riders said …" "Though a number
 * of riders"): the speaker starts after it (and after "even"), so that
 * the subordinate clause's report ends where the main clause begins
 * (opening_subordinator, subordinate_end). */
static void speaker_after_subordinator(ctx *x, attrib *at, int32_t f)
{
    static const char *const sub[] = {"although", "though", "while", "because", "whereas", "if", "when", "once",
                                      "since", "after", "before", "until", NULL};
    if (at->inverted || at->sp.a < f || at->sp.a > f + 1 || at->sp.b <= at->sp.a) return;
    int32_t a = at->sp.a;
    if (word_is(x, a, "even")) a++;
    if (!word_in(x, a, sub) || x->t[a].q >= 0 || a >= at->sp.b) return;
    at->sp.a = a + 1;
}

/* Indirect round 26: where the content of a plain cue starts when an
 * adjunct the round-10 reading leaves in stands before "that" ("said
 * during his talk on Tuesday that …", "claimed without evidence that
 * …", "has been saying for years on the radio and in print that …",
 * "stating in an interview on Kelmouth Radio's morning show with Tom
 * Hale that …"): a preposition of time, manner or medium (or "late",
 * "early" before a day) opens it, and "that" follows within twenty
 * words (ten after a preposition round 10 reads, which stops at an
 * apostrophe) with no clause of its own between (a subject pronoun, a finite
 * verb, a comma).  Not a relative "that" ("said in a note that was
 * sent …": a verb right after it).  The token of "that", or k. */
static int32_t report_adjunct_then_that(ctx *x, int32_t k, int32_t lw)
{
    static const char *const open_w[] = {"during", "without", "after", "before", "since", "through", "via",
                                         "amid", "in", "on", "at", "to", "with", "from", "by", "for", "over",
                                         "late", "early", "again", "repeatedly", "publicly", "privately", NULL};
    static const char *const poss[] = {"his", "her", "their", "its", "our", "my", "your", NULL};
    if (k > lw || x->t[k].kind != T_WORD || x->t[k].q >= 0 || !word_in(x, k, open_w)) return k;
    /* after "to", "for", "at" … the round-10 reach of ten words (further
     * on, "that" is a relative or a noun's more often than not: "called
     * for a ban … because of concerns that …", "in a district that …") */
    int32_t reach = word_in(x, k, fb_prep) ? k + 10 : k + 20;
    for (int32_t m = k + 1; m + 3 <= lw && m <= reach; m++) {
        if (x->t[m].q >= 0) return k;
        if (x->t[m].kind != T_WORD) {
            /* a possessive's apostrophe ("Kelmouth Radio’s") */
            if (x->t[m].cp == 0x2019 || x->t[m].cp == '\'') continue;
            return k;
        }
        if (word_is(x, m, "that")) {
            int32_t n = m + 1;
            /* right after the preposition it is a determiner ("during
             * that time it will …") */
            if (m == k + 1) return k;
            if (x->t[n].kind != T_WORD || word_in(x, n, finite_aux) || past_verb(x, n) || simple_past(x, n))
                return k;
            return m;
        }
        if (((tflags(x, m) & LX_PRONOUN) && !word_in(x, m, poss) && !word_is(x, m, "him") &&
             !word_is(x, m, "her") && !word_is(x, m, "them") && !word_is(x, m, "us")) ||
            word_in(x, m, finite_aux) || word_is(x, m, "but") || word_in(x, m, rel_pron))
            return k;
        /* "and" joins a second adjunct only ("on the radio and in print") */
        if (word_is(x, m, "and") && !word_in(x, m + 1, open_w) && !word_is(x, m + 1, "inside")) return k;
    }
    return k;
}

/* Indirect round 26: where the content of "asked" starts when the one
 * asked comes first ("asked the pilots if they would sail", "asked Reis
 * whether the pier was safe", "asked him what the trust would do"):
 * PolNeAR starts the question at its "if", "whether" or wh-word (13
 * times in 13 in the gold; "asked X to …" keeps the one asked, 6 to 2,
 * and is left alone).  The one asked is up to four words with no
 * punctuation.  The question word's token, or k. */
static int32_t report_asked_question_start(ctx *x, const attrib *at, int32_t k, int32_t lw)
{
    static const char *const ask[] = {"asked", "asks", "ask", "asking", NULL};
    static const char *const qw[] = {"if", "whether", "how", "what", "why", "when", "where", "who", NULL};
    /* (the cue's first letter first: asked of every plain report) */
    if (at->cue != at->cue_end || (x->s[x->t[at->cue].s] | 0x20) != 'a' || !word_in(x, at->cue, ask) || k > lw ||
        word_in(x, k, qw))
        return k;
    for (int32_t m = k + 1; m + 2 <= lw && m <= k + 4; m++) {
        if (x->t[m].kind != T_WORD || x->t[m].q >= 0) return k;
        if (word_in(x, m, qw)) {
            /* (a relative "who": "asked anyone who saw the boat to …") */
            static const char *const any[] = {"anyone", "anybody", "everyone", "someone", "those", "people", NULL};
            return word_is(x, m, "who") && word_in(x, m - 1, any) ? k : m;
        }
        if (word_in(x, m, finite_aux) || word_in(x, m, fb_prep) || word_is(x, m, "that")) return k;
    }
    return k;
}

/* Indirect round 26: a preposition that opens the content of a cue
 * belongs to the cue ("called for a ban", "talked about the pier",
 * "railed against the fees", "agreed with the board", "focused on
 * fares"): PolNeAR starts the report after it (about 452 times to 25,
 * for 383 to 24, on 319 to 15, against 100 to 0, with 93 to 8, of 394
 * to 12).  "to" is left alone (an infinitive is content: "vowed to
 * …"), and "in", "at" (adjuncts more often than not), and a phrase of
 * time.  The token after the preposition, or k. */
static int32_t report_after_cue_preposition(ctx *x, const attrib *at, int32_t k, int32_t lw)
{
    static const char *const prep[] = {"about", "for", "on", "against", "with", "of", NULL};
    /* after a verb of plain statement the phrase is an adjunct ("said on
     * Saturday", "said on the radio", "has been saying for years") */
    static const char *const plain[] = {"said", "says", "say", "saying", "told", "tells", "added", "wrote",
                                        "writes", "reported", "reports", "stated", "noted", "announced",
                                        "agreed", NULL};
    /* (by length first: the prepositions have two to seven letters) */
    uint32_t pn = x->t[k].e - x->t[k].s;
    if (pn - 2 > 5 || k + 2 > lw || x->t[k].kind != T_WORD || x->t[k].q >= 0 || !word_in(x, k, prep) ||
        word_in(x, at->cue_end, plain))
        return k;
    int32_t n = k + 1;
    if (x->t[n].kind != T_WORD || is_day(x, n) || (x->t[n].flags & F_DIGIT) || word_is(x, n, "years") ||
        word_is(x, n, "decades") || word_is(x, n, "months"))
        return k;
    /* (a content holding a quotation is a mixed quote's: left alone; and
     * one of fewer than three words after it, which the plain path would
     * drop: "asked for a delay") */
    for (int32_t m = n; m <= lw; m++)
        if (x->t[m].q >= 0) return k;
    return words_reach(x, n, lw, 3) ? n : k;
}

/* Round 20 (indirect): the comma that ends a subordinate clause whose
 * report starts at token from ("When Hale suggested that Cuba would sue,
 * Reis fired back"): the first comma after a word or two of the report
 * with a subject after it (a name, a subject pronoun, a determiner) and
 * three words of the main clause; -1 when none. */
static int32_t subordinate_end(ctx *x, int32_t from, int32_t lw)
{
    for (int32_t k = from + 2; k + 3 <= lw; k++) {
        if (x->t[k].q >= 0) return -1;
        if (!punct_is(x, k, ',')) continue;
        int32_t n = k + 1;
        if (x->t[n].kind != T_WORD || x->t[n].q >= 0) return -1;
        if (word_in(x, n, rel_pron) || ing_form(x, n)) return -1;
        if ((tflags(x, n) & LX_PRONOUN) && !word_is(x, n, "him") && !word_is(x, n, "her") && !word_is(x, n, "them") &&
            !word_is(x, n, "us") && !word_is(x, n, "me"))
            return k;
        if ((is_determiner(x, n) && !word_is(x, n, "that")) || (cap_word(x, n) && !is_day(x, n))) return k;
        return -1;
    }
    return -1;
}

/* Round 20 (indirect): the cues of a relative clause that asks for
 * anonymity ("X, who asked to stay unnamed, said …"): no report */
static const char *const anonymity_cues[] = {"asked", "requested", "declined", "refused", "spoke", NULL};

/* Round 20 (indirect): the last token of a report that starts at token
 * from inside a relative clause set off by a comma ("Mrs. Reis, who has
 * criticized the trust's spending, offered …", "Tom Hale, who said on the
 * radio that he never signed it, recalled …"): the token before the
 * comma that a lower-case verb of the main clause follows; -1 when the
 * cue c opens no such clause or none ends before lw.  *main_cue: that
 * verb when it is a cue ("Powell, who said A, said B"), else -1. */
static int32_t relative_report_end(ctx *x, int32_t c, int32_t from, int32_t lw, int32_t *main_cue)
{
    *main_cue = -1;
    /* the comma before "who" first (asked at every report) */
    if (c < 4 || !(punct_is(x, c - 2, ',') || punct_is(x, c - 3, ',') || punct_is(x, c - 4, ','))) return -1;
    int32_t w = c - 1;
    while (w > 0 && w > c - 3 && !word_is(x, w, "who")) w--;
    if (w < 1 || !word_is(x, w, "who") || !punct_is(x, w - 1, ',')) return -1;
    for (int32_t m = w + 1; m < c; m++)
        if (!is_adverb(x, m)) return -1;
    for (int32_t k = from + 1; k + 1 <= lw; k++) {
        if (x->t[k].q >= 0) return -1;
        if (!punct_is(x, k, ',')) continue;
        if (!x->t[k].right_space && k > from && (x->t[k - 1].flags & F_DIGIT) && (x->t[k + 1].flags & F_DIGIT))
            continue; /* "609,831" */
        /* the clause's first comma only ("who suggested that Tom Hale,
         * under fire for the delays, would …": the content's own) */
        int32_t v = k + 1;
        while (v < lw && is_adverb(x, v) && !word_in(x, v, finite_aux)) v++;
        if (x->t[v].kind != T_WORD || x->t[v].q >= 0 || (x->t[v].flags & F_CAP)) return -1;
        if (word_in(x, v, rel_pron) || ing_form(x, v)) return -1;
        if (is_cue(x, v) && !word_is(x, v, "according")) {
            *main_cue = v;
            return k - 1;
        }
        if (past_verb(x, v) || word_in(x, v, finite_aux) || word_in(x, v, irregular_past)) return k - 1;
        return -1;
    }
    return -1;
}

/* Indirect round 21: the subject of a plain "said" opening sentence f
 * that np_left does not take ("Several supporters of reform said …",
 * "White House and Pentagon spokesmen said …", "Nearly eight in 10
 * Kelmouth riders polled said …", "Current and former officials said
 * …"): up to ten words from the sentence's start (after "But"/"And"), the
 * first capitalised or a figure, none of them a cue, an auxiliary, a
 * relative pronoun or "that", and no punctuation, right before "said",
 * "says" or "say".  Asked only when no attribution was found.
 * The cue's attribution, or none (cue -1). */
static attrib unrecognised_subject(ctx *x, int32_t f, int32_t lw)
{
    attrib at = {-1, -1, {-1, -1}, 0};
    static const char *const opener[] = {"but", "and", "yet", NULL};
    int32_t a = f;
    /* the openers' length first (asked of every sentence with no cue) */
    if (tl(x, a) == 3 && word_in(x, a, opener)) a++;
    if (a >= lw || x->t[a].kind != T_WORD || x->t[a].q >= 0 || !((x->t[a].flags & (F_CAP | F_DIGIT)))) return at;
    /* the cue first, by length and first letter (most sentences asked
     * have none); not "told": its addressee is read as content when a
     * name ("A group of investors told the Kelmouth Harbour
     * Trust it sold …") */
    int32_t c = a + 1, last = a + 10 < lw - 1 ? a + 10 : lw - 1;
    for (const tk *t = &x->t[c]; c <= last; c++, t++) {
        if (t->kind != T_WORD || t->q >= 0) return at;
        const char *w = x->s + t->s;
        if (t->e - t->s - 3 <= 1 && w[0] == 's' && w[1] == 'a' &&
            (word_is(x, c, "said") || word_is(x, c, "says") || word_is(x, c, "say")))
            break;
    }
    if (c > last) return at;
    /* not an infinitive ("He declined to say whether …": what precedes is
     * a predicate), a second predicate ("The company makes steel and said
     * …"), a negation ("I can't say …"), nor "All told, …" */
    size_t n = tl(x, c - 1);
    const char *w = tx(x, c - 1);
    if (word_is(x, c - 1, "to") || word_in(x, c - 1, opener) ||
        (n > 3 && (w[n - 1] == 't' || w[n - 1] == 'T') &&
         (w[n - 2] == '\'' || (n > 5 && memcmp(w + n - 4, "\xe2\x80\x99", 3) == 0))) ||
        x->t[c + 1].kind != T_WORD)
        return at;
    /* an object pronoun is a predicate's ("The deal limits it to
     * landing fish and plainly says …") */
    static const char *const object[] = {"it", "him", "her", "them", "us", NULL};
    for (int32_t m = a + 1; m < c; m++)
        if (is_cue(x, m) || word_in(x, m, finite_aux) || word_in(x, m, rel_pron) || word_is(x, m, "that") ||
            word_in(x, m, object))
            return at;
    at.cue = at.cue_end = c;
    at.sp.a = a;
    at.sp.b = c - 1;
    return at;
}

/* Round 17: a second report joined by a conjunction ends the first
 * one's content and is read as a sentence of its own (sentence sid,
 * tokens [f, lw], no quotation marks, attribution *at whose content, read
 * whole, starts at byte s).  The split stands when the first part gives a
 * quote with the same start and speaker and the second part a quote;
 * else it is undone.  Returns 1 when split, 0 when the caller emits the
 * whole, -1 on error. */
static __attribute__((noinline)) int split_reports(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote,
                                                   int32_t f, int32_t lw, const attrib *at, uint32_t s)
{
    int32_t j = second_report(x, (at->inverted ? at->sp.b : at->cue_end) + 1, lw, lw);
    if (j < 0 || x->t[j].s < s || word_is(x, at->cue, "according")) return 0;
    /* where emit() starts the whole content (after a comma it opens with) */
    if (x->s[s] == ',')
        for (s++; s < x->t[lw].e && (x->s[s] == ' ' || x->s[s] == '\n'); s++) {}
    int32_t whole_sp = at->sp.a >= 0 ? (int32_t)x->t[at->sp.a].s : -1;
    quote_mark m0 = quote_mark_take(x);
    int32_t keep_l = x->sent_last[sid], rest = *rr;
    x->split_depth++;
    x->sent_last[sid] = j - 1;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    int32_t nq1 = x->nq;
    x->sent_last[sid] = keep_l;
    int same = nq1 == m0.nq + 1 && x->qs[m0.nq].start == s && x->qs[m0.nq].speaker_start == whole_sp;
    if (!rc && same) rc = read_from_second_subject(x, sid, j, lw, f, &rest, last_para_quote);
    x->split_depth--;
    if (rc) return -1;
    if (same && x->nq > nq1) return 1;
    quote_mark_undo(x, m0);
    return 0;
}

/* Indirect round 24: "She says A, but insists B “…”", "Hale says A, and
 * argues that …": after a comma and "and"/"but", a cue in its present -s
 * form (not "says", which finite_cue takes) is the subject's second
 * predicate.  finite_cue leaves the -s forms out because after a bare
 * "and" they are as often nouns ("his remarks and comments"); the comma
 * before the conjunction, after a report's words, makes the verb far
 * likelier.  k is the conjunction, c the cue. */
static int present_cue_after_comma(ctx *x, int32_t k, int32_t c)
{
    size_t n = tl(x, c);
    const char *w = tx(x, c);
    return punct_is(x, k - 1, ',') && n >= 5 && w[n - 1] == 's' && w[n - 2] != 's' && !(x->t[c].flags & F_CAP) &&
           is_cue(x, c) && !word_is(x, c, "according");
}

/* Round 20: "Walsh said the bill was dead, telling reporters that “…”",
 * "Reis wrote the crews knew to expect trouble, saying, “…”": the words
 * before a comma and an -ing cue that leads to the sentence's first
 * quotation (at first_open, region r0) are a first report of their own.
 * They are read as a sentence alone; the report stands when they give one
 * indirect quote, by a finite cue before it, ending before the comma, and
 * the whole sentence, read after it, gives quotes that start after it
 * (not one mixed quote from the same content on, which the first report
 * would only repeat).  1 when the sentence is done, 0 when the caller
 * reads it as usual, -1 on error. */
static __attribute__((noinline)) int report_before_participle(ctx *x, uint32_t sid, int32_t f, int32_t first_open,
                                                              int32_t r0, int32_t *last_para_quote)
{
    int32_t p = -1;
    for (int32_t k = first_open - 2; k > f + 3 && k >= first_open - 12; k--) {
        if (x->t[k].q >= 0) return 0;
        if (punct_is(x, k, ',') && x->t[k + 1].kind == T_WORD && is_cue(x, k + 1) && ing_form(x, k + 1) &&
            !(x->t[k + 1].flags & F_CAP) && !word_is(x, k + 1, "according")) {
            p = k;
            break;
        }
        /* indirect round 21: a second predicate with a finite cue and
         * no subject of its own ("Reis said the move was Hale's
         * and said, “…”", "Lazar said he welcomed it but added, “…”",
         * "Paul said A, and called him “…”"): the split is at the
         * conjunction (or the comma before it) */
        /* the conjunction first (by length): the adverbs after it only
         * when there is one */
        if (tl(x, k) != 3 || !(word_is(x, k, "and") || word_is(x, k, "but"))) continue;
        int32_t c = k + 1;
        while (c < first_open && is_adverb(x, c)) c++;
        if (c < first_open && x->t[c].kind == T_WORD && (bare_finite_cue(x, c) || present_cue_after_comma(x, k, c))) {
            p = punct_is(x, k - 1, ',') ? k - 1 : k;
            break;
        }
    }
    if (p < 0) return 0;
    quote_mark m0 = quote_mark_take(x);
    int32_t keep_l = x->sent_last[sid], rest = r0;
    x->split_depth++;
    x->sent_last[sid] = p - 1;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    x->sent_last[sid] = keep_l;
    int stands = 0;
    if (!rc && x->nq == m0.nq + 1) {
        const quote *q = &x->qs[m0.nq];
        /* the content after its cue: content before it ("In December,
         * the prince called, saying …") is a lead-in the participle
         * goes on from */
        if (q->type == QUOTE_INDIRECT && q->end <= x->t[p].s && q->cue_start >= 0 &&
            q->start > (uint32_t)q->cue_start) {
            int32_t c = -1; /* the cue's token: ing_form() reads tokens */
            for (int32_t k = f; k < p && c < 0; k++)
                if (x->t[k].s == (uint32_t)q->cue_start) c = k;
            stands = c >= 0 && !ing_form(x, c);
            /* not a cue misread in a lead-in ("Alongside the group's
             * calls for action, a strategist said …"): the content holds
             * no finite verb of saying of its own */
            static const char *const finite_say[] = {"said", "says", "told", "tells", NULL};
            for (int32_t k = c + 1; stands && k < p; k++) {
                if (x->t[k].s >= q->start && word_in(x, k, finite_say)) stands = 0;
                /* nor whom it was said to ("wrote to the board, telling
                 * them …"): content opening with a preposition */
                if (x->t[k].s == q->start && word_in(x, k, fb_prep)) stands = 0;
            }
        }
    }
    if (!rc && stands) {
        rest = r0;
        rc = sentence_quotes(x, sid, &rest, last_para_quote);
        stands = x->nq > m0.nq + 1 && x->qs[m0.nq + 1].start >= x->qs[m0.nq].end;
    }
    x->split_depth--;
    if (rc) return -1;
    if (stands) return 1;
    quote_mark_undo(x, m0);
    return 0;
}

/* Indirect round 21: "Graham called Trump “crazy” and said the party is
 * bound to lose", "He called it a “weather vane” and said it was usually
 * right", "“We will win,” he said, and added that …": after the
 * sentence's last quotation, a conjunction and a finite cue (its subject
 * omitted, or a subject pronoun: "but he said …") open a report with no
 * quotation of its own, which the quoted reading drops.  The words before
 * the conjunction are read as the sentence, then the words from it on as
 * a sentence of its own (the omitted subject is found from the sentence's
 * start).  The split stands when the first reading gives quotes that end
 * before the conjunction and the second one indirect quote by that cue.
 * 1 when the sentence is done, 0 when the caller reads it as usual, -1 on
 * error. */
static __attribute__((noinline)) int report_after_quotes(ctx *x, uint32_t sid, int32_t f, int32_t r0, int32_t r1,
                                                         int32_t *last_para_quote)
{
    int32_t l = x->sent_last[sid], last_close = x->r[r1].t1;
    if (last_close >= l) return 0;
    /* not before a quotation opening the next sentence of the paragraph,
     * which the quoted reading may join to this one's ("…, who was there
     * and recalled his temper. ''The air was thick with shouting.''") */
    if (r1 + 1 < x->nr && x->r[r1 + 1].t0 <= l + 2 && x->t[x->r[r1 + 1].t0].para == x->t[l].para) return 0;
    int32_t lw = content_end(x, f, l);
    int32_t p = -1, c = -1;
    for (int32_t k = last_close + 1; k + 4 <= lw && p < 0; k++) {
        if (x->t[k].q >= 0) return 0;
        if (tl(x, k) != 3 || (!word_is(x, k, "and") && !word_is(x, k, "but"))) continue;
        /* the cue within a few words: its subject omitted or written
         * ("but he said", "and Ana Reis said") */
        for (int32_t m = k + 1; m <= k + 5 && m < lw && x->t[m].kind == T_WORD && x->t[m].q < 0; m++)
            if (bare_finite_cue(x, m)) {
                p = k, c = m;
                break;
            }
    }
    if (p < 0 || !words_reach(x, c + 1, lw, 3)) return 0;
    /* what was asked for or said of a thing is no report ("and asked for
     * a delay", "but said little about how") */
    static const char *const no_report[] = {"nothing", "little", NULL};
    if (word_in(x, c + 1, fb_prep) || word_in(x, c + 1, no_report)) return 0;
    quote_mark m0 = quote_mark_take(x);
    int32_t rest = r0;
    x->split_depth++;
    x->sent_last[sid] = punct_is(x, p - 1, ',') ? p - 2 : p - 1;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    x->sent_last[sid] = l;
    int32_t nq1 = x->nq;
    int stands = !rc && nq1 > m0.nq;
    for (int32_t q = m0.nq; q < nq1 && stands; q++) stands = x->qs[q].end <= x->t[p].s;
    if (stands) {
        rest = r1 + 1;
        x->sent_first[sid] = p;
        rc = sentence_quotes(x, sid, &rest, last_para_quote);
        x->sent_first[sid] = f;
        stands = !rc && x->nq == nq1 + 1 && x->qs[nq1].type == QUOTE_INDIRECT &&
                 x->qs[nq1].cue_start == (int32_t)x->t[c].s;
        /* with its subject omitted, the cue shares the first predicate's
         * speaker (subject_of takes the first name: "The co-chairman
         * attacked Labour's pledges as “vacuous” and said …") */
        int32_t m = p + 1;
        while (m < c && is_adverb(x, m)) m++;
        const quote *pq = &x->qs[nq1 - 1];
        if (stands && m == c && pq->speaker_start >= (int32_t)x->t[f].s) {
            quote *q = &x->qs[nq1];
            q->speaker_start = pq->speaker_start;
            q->speaker_end = pq->speaker_end;
            q->speaker_entity = pq->speaker_entity;
            memcpy(q->co_speakers, pq->co_speakers, sizeof q->co_speakers);
        }
    }
    x->split_depth--;
    if (rc) return -1;
    if (stands) return 1;
    quote_mark_undo(x, m0);
    return 0;
}

/* Round 20: "Asked whether she would run, Walsh said …", "When asked
 * why, Hale replied: “…”", "Asked about the pier, Reis said …": the
 * question put to the speaker, in a lead-in before the first comma, is
 * reported speech of its own (PolNeAR marks it: from "if", "whether" or
 * the wh-word, after "about"); no speaker is named (a reporter asked).
 * The question is emitted, then the main clause after the comma is read
 * as the sentence.  1 when the sentence is done, 0 when it is no such
 * lead-in, -1 on error. */
/* Indirect round 22: a quotation inside the subject's aside, then the
 * main cue and a plain report ("Ana Reis, who calls the trust a
 * “disgrace,” said the pier should be sold", "Tom Hale, citing “grave
 * concerns,” said the ferry would …"): the quoted reading took the aside
 * and lost the report.  The subject (a name or a determiner first, up to
 * eight words) and a comma open the sentence, "who" or an -ing word
 * opens the aside, the sentence's quotations all lie in it, and a
 * finite cue follows the last one (a comma between) with three words or
 * more and no quotation after it.  The words up to the cue are read as
 * the sentence (the aside's quotation as before), the report after the
 * cue is the subject's.  1 when it stands, -1 on error. */
static __attribute__((noinline)) int report_after_aside(ctx *x, uint32_t sid, int32_t f, int32_t r0, int32_t r1,
                                                        int32_t *last_para_quote)
{
    int32_t l = x->sent_last[sid], first_open = x->r[r0].t0, last_close = x->r[r1].t1;
    int32_t lw = content_end(x, f, l);
    int32_t c = last_close + 1;
    if (punct_is(x, c, ',')) c++;
    if (c + 3 > lw || x->t[c].kind != T_WORD || x->t[c].q >= 0 || !bare_finite_cue(x, c) || is_tell(x, c)) return 0;
    /* the comma inside the closing mark, or after it */
    if (!punct_is(x, c - 1, ',') && !(x->t[c - 1].kind == T_QMARK && punct_is(x, c - 2, ','))) return 0;
    int32_t a = c + 1;
    if (word_is(x, a, "that")) a++;
    if (!words_reach(x, a, lw, 3) || x->t[a].kind != T_WORD) return 0;
    for (int32_t m = a; m <= lw; m++)
        if (x->t[m].q >= 0) return 0;
    /* the subject and the aside's comma before the first quotation */
    int32_t sf = f;
    if (word_is(x, sf, "but") || word_is(x, sf, "and")) sf++;
    if (!(cap_word(x, sf) || is_determiner(x, sf))) return 0;
    int32_t pc = sf + 1;
    while (pc < first_open && pc <= sf + 8 && x->t[pc].kind == T_WORD) pc++;
    if (!punct_is(x, pc, ',') || pc + 1 >= first_open ||
        !(word_is(x, pc + 1, "who") || (ing_form(x, pc + 1) && !(x->t[pc + 1].flags & F_CAP))))
        return 0;
    quote_mark m0 = quote_mark_take(x);
    int32_t rest = r0;
    x->split_depth++;
    x->sent_last[sid] = c - 1;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    x->sent_last[sid] = l;
    x->split_depth--;
    if (rc) return -1;
    int stands = x->nq > m0.nq;
    for (int32_t q = m0.nq; q < x->nq && stands; q++) stands = x->qs[q].end <= x->t[c].s;
    if (!stands) {
        quote_mark_undo(x, m0);
        return 0;
    }
    attrib at = {0};
    at.cue = at.cue_end = c;
    at.sp = (tspan){sf, pc - 1};
    at.inverted = 0;
    return emit(x, QUOTE_INDIRECT, x->t[a].s, x->t[report_end(x, a, lw)].e, -1, -1, &at) ? -1 : 1;
}

static __attribute__((noinline)) int asked_lead(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    int32_t a = word_is(x, f, "when") ? f + 1 : f;
    if (a + 3 > l || !word_is(x, a, "asked") || x->t[a].q >= 0) return 0;
    static const char *const wh[] = {"if", "whether", "why", "what", "how", "who", "when", "where", "which",
                                     "about", NULL};
    int32_t k = a + 1;
    /* indirect round 24: who asked, before the question ("When asked by
     * a reporter whether …", "Asked by the host on Sunday about …") */
    if (word_is(x, k, "by"))
        for (k++; k < l && k <= a + 9 && x->t[k].kind == T_WORD && x->t[k].q < 0 && !word_in(x, k, wh); k++) {}
    if (!word_in(x, k, wh) || x->t[k].q >= 0) return 0;
    /* the question ends at the first comma outside quotation marks, or at
     * a closing mark right after a comma inside them ("whether he is “fit
     * to serve,” Hale said"), that no relative clause goes on from ("in
     * Akron, Ohio, where it is based, Reed said") */
    static const char *const rel[] = {"where", "which", "who", "whom", "whose", NULL};
    int32_t end = -1, rest_from = -1;
    for (int32_t m = k + 1; m <= l && m <= k + 60 && end < 0; m++) {
        if (punct_is(x, m, ';') || punct_is(x, m, ':')) return 0;
        int32_t ce = -1;
        if (punct_is(x, m, ',') && x->t[m].q < 0) ce = m - 1;
        else if (x->t[m].kind == T_QMARK && x->t[m].q >= 0 && x->r[x->t[m].q].t1 == m && punct_is(x, m - 1, ','))
            ce = m;
        if (ce < 0 || m + 1 > l || word_in(x, m + 1, rel)) continue;
        int32_t n = m + 1;
        while (n <= l && n <= m + 4 && cap_word(x, n)) n++;
        if (n > m + 1 && punct_is(x, n, ',') && word_in(x, n + 1, rel)) continue;
        end = ce, rest_from = m + 1;
    }
    /* not over the main clause's own cue ("Asked about it he said, “…”"):
     * a cue after a pronoun or a name inside the question */
    for (int32_t m = k + 1; m <= end && end >= 0; m++)
        if (x->t[m].kind == T_WORD && x->t[m].q < 0 && is_cue(x, m) && !ing_form(x, m) &&
            ((tflags(x, m - 1) & LX_PRONOUN) || cap_word(x, m - 1)))
            return 0;
    if (end < 0 || !words_reach(x, rest_from, l, 2)) return 0;
    int32_t s0 = word_is(x, k, "about") ? k + 1 : k;
    if (!words_reach(x, s0, end, 1)) return 0;
    /* the question's quotation regions, and the first one after it */
    int32_t q0 = *rr, q1 = *rr - 1, rest = *rr;
    while (rest < x->nr && x->r[rest].t0 < rest_from) {
        if (x->r[rest].t0 >= s0 && x->r[rest].t1 <= end) q1 = rest;
        rest++;
    }
    int32_t e_tok = end;
    while (e_tok > s0 && x->t[e_tok].kind == T_PUNCT && x->t[e_tok].q < 0) e_tok--;
    attrib at = {a, a, {-1, -1}, 0};
    if (q1 >= q0) {
        if (emit(x, QUOTE_MIXED, x->t[s0].s, x->t[e_tok].e, q0, q1, &at)) return -1;
    } else if (emit(x, QUOTE_INDIRECT, x->t[s0].s, x->t[e_tok].e, -1, -1, &at)) {
        return -1;
    }
    int32_t keep_f = f, keep_b = x->sent_base[sid];
    x->sent_first[sid] = x->sent_base[sid] = rest_from;
    x->split_depth++;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    x->split_depth--;
    x->sent_first[sid] = keep_f;
    x->sent_base[sid] = keep_b;
    *rr = rest;
    return rc ? -1 : 1;
}

/* Quotes round 25: "that" at c opens a relative clause, not reported
 * content, when it follows a plain noun after a determiner ("the 1978
 * race that Tom Hale lost was …", "one item that the council has kept
 * “…” is …", "the bridge and ferry that the town built …"): the noun
 * is no verb and none of the nouns that take a content clause ("her
 * remark that", "the view that", "the fact that").  Used by the
 * sentence's no-cue "that" reading, which took such clauses with a
 * quoted word for partial quotes with no speaker. */
static int relative_that(ctx *x, int32_t c)
{
    static const char *const content_nouns[] = {
        "remark", "remarks", "answer", "point", "reply", "retort", "quip", "joke", "claim", "claims",
        "assertion", "assertions", "accusation", "accusations", "allegation", "allegations", "charge",
        "charges", "argument", "arguments", "suggestion", "proposition", "notion", "idea", "view", "views",
        "belief", "beliefs", "fact", "hope", "hopes", "fear", "fears", "concern", "concerns", "worry",
        "worries", "warning", "warnings", "promise", "promises", "pledge", "vow", "insistence",
        "confidence", "frustration", "amusement", "sense", "feeling", "message", "news", "word", "report",
        "reports", "rumor", "rumors", "rumour", "rumours", "speculation", "evidence", "conclusion",
        "finding", "findings", "statement", "announcement", "admission", "complaint", "complaints",
        "criticism", "dictum", "theory", "impression", "assurance", "assurances", "reminder", "comment",
        "comments", "observation", "prediction", "predictions", "estimate", "threat", "threats", "demand",
        "demands", "request", "question", "doubt", "doubts", "proof", "sign", "signs", "indication",
        "recognition", "acknowledgment", "acknowledgement", "declaration", "contention", "premise",
        "assumption", "principle", "position", "stance", "line", "case", "story", "lie", "myth",
        "perception", "reassurance", "call", "calls", "decision", "ruling", "verdict", "opinion",
        "insinuation", "implication", "requirement", "condition", "guarantee", "agreement",
        "understanding", "expectation", "expectations", "note", "notice", "insight", "explanation",
        "excuse", "reason", "thought", "thoughts", "tip", "testimony", "boast", "lament", "plea",
        "signal", "suspicion", "suspicions", "confirmation", "denial", "response", "memo", "letter", NULL};
    int32_t n = c - 1, d = c - 2;
    if (d < 0 || x->t[n].kind != T_WORD || (x->t[n].flags & (F_CAP | F_DIGIT)) || x->t[n].q >= 0) return 0;
    if (is_cue(x, n) || ing_form(x, n) || past_verb(x, n) || word_in(x, n, content_nouns)) return 0;
    /* a digit or a coordinated noun between ("the 1978 race", "the
     * bridge and ferry") */
    if (x->t[d].kind == T_WORD && (x->t[d].flags & F_DIGIT) && d - 1 >= 0) d--;
    else if (word_is(x, d, "and") && d - 2 >= 0 && x->t[d - 1].kind == T_WORD && !(x->t[d - 1].flags & F_CAP)) d -= 2;
    /* not a noun inside the modifier of a noun that takes the clause
     * ("his claim at the hearing that"), nor a time ("anger in a talk
     * this week that") */
    if (d - 2 >= 0 && (word_in(x, d - 1, fb_prep) || word_is(x, d - 1, "during")) &&
        (word_in(x, d - 2, content_nouns) || is_cue(x, d - 2)))
        return 0;
    if (word_is(x, d, "this") || word_is(x, d, "that")) return 0;
    return is_determiner(x, d);
}

/* Quotes round 25: region r reads as the name of a show or a work: one
 * to ten words, the first capitalised, the others capitalised, digits or
 * the small words titles leave in lower case ("Harbour Hour with Ana Reis",
 * "Meet the Press"), and no question or exclamation at its end. */
static int lead_title(ctx *x, int32_t r)
{
    static const char *const small[] = {"a", "an", "the", "and", "or", "of", "with", "in", "on", "at",
                                        "for", "to", "from", "by", NULL};
    const region *g = &x->r[r];
    int words = 0;
    for (int32_t m = g->t0 + 1; m < g->t1; m++) {
        if (x->t[m].kind == T_PUNCT && (punct_is(x, m, '?') || punct_is(x, m, '!'))) return 0;
        if (x->t[m].kind != T_WORD) continue;
        int cap = (x->t[m].flags & (F_CAP | F_DIGIT)) != 0;
        if (!cap && (words == 0 || !word_in(x, m, small))) return 0;
        words++;
    }
    return words >= 1 && words <= 10;
}

/* Quotes round 25: a show's or a work's name in quotation marks inside a
 * lead-in adjunct ("On Sunday on the station’s “Harbour Hour,” …,
 * Speaker Ana Reis said “…”", "Appearing on “Kelmouth Live,” Tom Hale
 * said, “…”"): read from the first region, the name took the sentence's
 * cue as its own attribution and the quotation after the cue went
 * unreported.  When the sentence opens with a word that starts an adjunct
 * (a preposition, a day, an -ing word), holds no cue before the name, the
 * name is a title (capitalised words, or one capitalised word) and after
 * it a comma, a subject and a cue come right before the next quotation
 * (a comma, a colon or "that" between at most), the sentence is read from
 * that subject on: the name is no quotation, the subject speaks.  1 when
 * it stands, -1 on error, 0 when the sentence is not so made. */
static __attribute__((noinline)) int title_in_lead(ctx *x, uint32_t sid, int32_t f, int32_t r0, int32_t r1,
                                                   int32_t *last_para_quote)
{
    if (r0 >= r1 || x->split_depth >= 8 || x->t[f].kind != T_WORD || x->t[f].q >= 0) return 0;
    if (!(word_in(x, f, fb_prep) || word_is(x, f, "during") || is_day(x, f) ||
          (ing_form(x, f) && (x->t[f].flags & F_CAP))))
        return 0;
    const region *g = &x->r[r0];
    if (g->t0 <= f || !lead_title(x, r0)) return 0;
    for (int32_t m = f + 1; m < g->t0; m++)
        if (x->t[m].kind == T_WORD && is_cue(x, m)) return 0;
    int32_t a = g->t1 + 1, open2 = x->r[r0 + 1].t0;
    if (a + 2 > open2 - 1) return 0;
    attrib at = find_attrib(x, a, open2 - 1, a, open2 - 1);
    if (at.cue < 0 || at.inverted || at.sp.a < a || at.sp.a > at.cue) return 0;
    /* the lead-in's comma right before the subject (inside the closing
     * mark when the subject follows the name: “Hannity,” Tom Hale said) */
    int32_t pc = at.sp.a - 1;
    if (!punct_is(x, pc, ',') && !(pc == g->t1 && punct_is(x, pc - 1, ','))) return 0;
    int32_t k = at.cue_end + 1;
    if (k < open2 && (punct_is(x, k, ',') || punct_is(x, k, ':') || word_is(x, k, "that"))) k++;
    if (k != open2) return 0;
    int32_t rest = r0 + 1;
    x->split_depth++;
    int rc = read_from_second_subject(x, sid, pc, content_end(x, f, x->sent_last[sid]), f, &rest, last_para_quote);
    x->split_depth--;
    return rc ? -1 : 1;
}

/* The content of a lead-in "As X said, …" or "As reported by X, …" whose
 * comma is token p, in sentence [f, l] with the attribution at: the rest
 * of the sentence, indirect, or mixed or partial by its quotations.  0
 * when the rest is under three words, has an attribution of its own
 * ("As MITI said, Japan would …, he added": that speaker's), or opens
 * with a quotation (left to the usual reading: right after the comma
 * only when quote_after_comma_ok is 0); 1 when emitted, -1 on error. */
static int lead_rest(ctx *x, int32_t f, int32_t l, int32_t p, const attrib *at, int32_t *rr,
                     int quote_after_comma_ok)
{
    int32_t lw = content_end(x, f, l);
    if (!words_reach(x, p + 1, lw, 3)) return 0;
    if (find_attrib(x, p + 1, lw, p + 1, lw).cue >= 0) return 0;
    int32_t r0 = *rr, r1 = *rr;
    while (r1 < x->nr && x->r[r1].t0 <= l) r1++;
    r1--;
    if (r1 >= r0 && (x->r[r0].t0 <= p || (!quote_after_comma_ok && x->r[r0].t0 == p + 1))) return 0;
    int rc;
    if (r1 < r0) {
        rc = emit(x, QUOTE_INDIRECT, x->t[p + 1].s, x->t[lw].e, -1, -1, at);
    } else {
        int32_t rl = r1;
        while (rl > r0 && x->r[rl].t0 > lw) rl--;
        int32_t e = lw < x->r[rl].t1 ? x->r[rl].t1 : lw;
        int quoted = 0;
        for (int32_t m = r0; m <= rl; m++) quoted += words_in(x, x->r[m].t0, x->r[m].t1);
        quote_type ty = quoted * 2 >= words_in(x, p + 1, e) ? QUOTE_MIXED : QUOTE_PARTIAL;
        rc = emit(x, ty, x->t[p + 1].s, x->t[e].e, r0, rl, at);
    }
    *rr = r1 + 1;
    return rc ? -1 : 1;
}

/* Round 20: "As Hale noted, the riders will …", "As the mayor put
 * it, the town is “out of options.”": a lead-in "as" clause of saying
 * (its subject, a cue, "it" after "put", a few words of adjunct) before
 * the first comma attributes the rest of the sentence.  A quotation
 * right after the comma is left to the usual reading (direct).  1 when
 * the sentence is done, 0 when it is no such lead-in, -1 on error. */
static __attribute__((noinline)) int as_lead(ctx *x, uint32_t sid, int32_t *rr)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    int32_t a = f;
    if (word_is(x, a, "but") || word_is(x, a, "and") || word_is(x, a, "so")) a++;
    if (punct_is(x, a, ',')) a++;
    if (a + 3 > l || !word_is(x, a, "as") || x->t[a].q >= 0) return 0;
    int32_t c = -1;
    for (int32_t m = a + 2; m <= l && m <= a + 9 && c < 0; m++) {
        if (x->t[m].q >= 0 || punct_is(x, m, ',')) return 0;
        if (x->t[m].kind == T_WORD && is_cue(x, m) && !ing_form(x, m) && !word_is(x, m, "according")) c = m;
    }
    if (c < 0) return 0;
    int32_t k = c + 1;
    if (word_is(x, k, "it") && (word_is(x, c, "put") || word_is(x, c, "puts"))) k++;
    if (k > l) return 0; /* (the cue ends the text: nothing after it to read) */
    /* an adjunct of the report ("recently", "on Tuesday", "in a
     * statement"), not an object ("As the firm reported earnings, …") */
    int32_t p = k;
    if (!punct_is(x, k, ',')) {
        if (!(word_in(x, k, fb_prep) || is_day(x, k) || is_adverb(x, k))) return 0;
        while (p <= l && p <= k + 6 && x->t[p].kind == T_WORD && x->t[p].q < 0 && !is_cue(x, p) &&
               !word_is(x, p, "that"))
            p++;
    }
    if (p > l || !punct_is(x, p, ',')) return 0;
    attrib at = try_cue(x, c, a + 1, p - 1, x->sent_base[sid]);
    if (at.cue < 0 || at.inverted || at.sp.a <= a) return 0;
    return lead_rest(x, f, l, p, &at, rr, 0);
}

/* Quotes round 26: "As reported by the Kelmouth Post, the trust spent
 * “far too much” on the pier", "As first reported in the Post, …": the
 * passive of as_lead's "As the Post reported, …", which took "As" for
 * the speaker and the content from "by".  The source after "by" or "in"
 * speaks, as with "according to"; the content runs from after the
 * lead's comma to the sentence's end, as in as_lead (PolNeAR marks it
 * so in every such sentence opening a paragraph's sentence).  0 when the
 * sentence does not open so, 1 when emitted, -1 on error. */
static __attribute__((noinline)) int as_reported_lead(ctx *x, uint32_t sid, int32_t *rr)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    int32_t a = f;
    /* (by length first: asked of every sentence opening with a, b or s) */
    if (tl(x, a) <= 3 && (word_is(x, a, "but") || word_is(x, a, "and") || word_is(x, a, "so"))) a++;
    if (punct_is(x, a, ',')) a++;
    if (a + 5 > l || tl(x, a) != 2 || !word_is(x, a, "as") || x->t[a].q >= 0) return 0;
    int32_t c = a + 1;
    if (word_is(x, c, "first") || word_is(x, c, "previously") || word_is(x, c, "originally") ||
        word_is(x, c, "earlier"))
        c++;
    if (!word_is(x, c, "reported") || !(word_is(x, c + 1, "by") || word_is(x, c + 1, "in"))) return 0;
    int32_t p = c + 2;
    while (p <= l && p <= c + 14 && x->t[p].q < 0 && !punct_is(x, p, ',')) p++;
    if (p > l || p == c + 2 || !punct_is(x, p, ',')) return 0;
    attrib at = {c, c, np_right(x, c + 2, p - 1), 1};
    if (at.sp.a != c + 2) return 0;
    return lead_rest(x, f, l, p, &at, rr, 1);
}

static int sentence_quotes(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    if (f < 0) return 0;
    int32_t r0 = *rr;
    while (*rr < x->nr && x->r[*rr].t0 <= l) (*rr)++;
    int32_t r1 = *rr - 1;
    if (x->split_depth == 0) {
        int sh = r0 <= r1 && (f == 0 || x->t[f - 1].kind == T_PARA) &&
                 (l + 1 >= x->nt || x->t[l + 1].kind == T_PARA) && !words_reach(x, f, l, 21);
        for (int32_t k = r0; k <= r1 && sh; k++) sh = x->r[k].single;
        x->single_headline = sh;
    }
    int hl = headline_quote(x, f, l, r0, r1);
    if (hl) return hl < 0 ? -1 : 0;
    /* round 20: lead-ins "Asked …,", "When asked …,", "(But) as X noted,"
     * (by the first letter first: most sentences open otherwise) */
    unsigned char lead_c = x->t[f].kind == T_WORD ? lower_c((unsigned char)tx(x, f)[0]) : 0;
    if (x->split_depth == 0 && (lead_c == 'a' || lead_c == 'w' || lead_c == 'b' || lead_c == 's')) {
        *rr = r0;
        int done = lead_c == 'a' || lead_c == 'w' ? asked_lead(x, sid, rr, last_para_quote) : 0;
        if (!done && lead_c != 'w') done = as_lead(x, sid, rr);
        /* ("as" first or second, by length first) */
        if (!done && lead_c != 'w' && f + 5 <= l &&
            ((tl(x, f) == 2 && word_is(x, f, "as")) || (tl(x, f + 1) == 2 && word_is(x, f + 1, "as")) ||
             (tl(x, f + 2) == 2 && punct_is(x, f + 1, ',') && word_is(x, f + 2, "as"))))
            done = as_reported_lead(x, sid, rr);
        if (done) return done < 0 ? -1 : 0;
        while (*rr < x->nr && x->r[*rr].t0 <= l) (*rr)++;
    }
    if (r1 < r0) {
        /* No quotation marks: reported speech (indirect). */
        int32_t lw = content_end(x, f, l);
        if (!words_reach(x, f, lw, 4)) return 0;
        attrib at = report_attrib(x, f, lw);
        if (at.cue < 0) at = unrecognised_subject(x, f, lw);
        else titled_speaker(x, &at, f);
        int32_t find_from = -1, rel_from = -1;
        if (at.cue < 0) at = report_scan(x, f, lw, &find_from, &rel_from);
        if (at.cue < 0) {
            int rw = restrictive_who_report(x, f, lw);
            if (!rw && find_from >= 0) rw = findings_report(x, f, lw, find_from);
            if (!rw) rw = report_relative_gap(x, f, lw, rel_from);
            if (rw) return rw < 0 ? -1 : 0;
        }
        if (at.cue < 0)
            return (x->t[f].flags & F_CAP) && f + 4 <= lw && (x->t[f + 1].flags & F_CAP) && headline_says(x, f, l, lw) < 0
                       ? -1
                       : 0;
        /* round 14c: a cue in a parenthetical before the main verb ("An
         * official, who asked to stay unnamed, said …", "A source,
         * speaking on condition of anonymity, said …") or in content
         * that a trailing attribution reports ("The trust asked X to
         * table the plan, the clerk said") is not the sentence's */
        if (!at.inverted && (at.cue_end + 4 < lw || (at.cue - 1 > f && punct_is(x, at.cue - 1, ',')) ||
                             (at.cue - 2 >= f && punct_is(x, at.cue - 2, ',')))) {
            attrib main = main_attrib(x, f, lw, &at);
            /* round 20 (indirect): "X, who said A, said B": A is a report
             * of its own (not "who asked not to be named") */
            int32_t a1 = at.cue_end + 1;
            /* "who said on the radio that …": the adjunct is no content */
            int adjunct = a1 < lw && word_in(x, a1, fb_prep) && !word_is(x, a1, "to");
            if (adjunct)
                for (int32_t k2 = a1 + 1; k2 < lw && k2 <= a1 + 6 && x->t[k2].kind == T_WORD; k2++)
                    if (word_is(x, k2, "that")) { a1 = k2; break; }
            if (main.cue >= 0 && relative_cue(x, f, at.cue) && at.sp.a >= 0 && !word_in(x, at.cue, anonymity_cues) &&
                main.cue - 2 > a1 + 1 && punct_is(x, main.cue - 1, ',') && x->t[a1].kind == T_WORD &&
                !(adjunct && !word_is(x, a1, "that")) && emit(x, QUOTE_INDIRECT, x->t[a1].s, x->t[main.cue - 2].e, -1, -1, &at))
                return -1;
            if (main.cue >= 0) at = main;
        }
        uint32_t s, e;
        int32_t cut_from = -1; /* round 19: where report_end looks from */
        /* round 20 (indirect): a report in a clause opening the sentence
         * with a subordinator: "As Hale noted, A": the main clause A is
         * the report; "When Hale suggested A, Reis …": A ends at the
         * clause's comma, and the main clause is read on its own */
        speaker_after_subordinator(x, &at, f);
        int32_t sub = at.inverted || at.sp.a <= f || at.sp.a > f + 3 ? -1 : opening_subordinator(x, f, at.sp.a);
        if (sub < 0) sub = report_inner_subordinator(x, f, &at);
        if (sub >= 0 && word_is(x, sub, "as") && at.cue_end + 4 <= lw && punct_is(x, at.cue_end + 1, ',') &&
            x->t[at.cue_end + 2].kind == T_WORD && words_reach(x, at.cue_end + 2, lw, 3) &&
            !word_is(x, at.cue, "according"))
            return emit(x, QUOTE_INDIRECT, x->t[at.cue_end + 2].s, x->t[lw].e, -1, -1, &at);
        int32_t sub_end = -1;
        /* round 20 (indirect): "Reis leads by 271 votes according
         * to a tally by the Courier[, but …]": with no comma before it, a
         * clause of four words or more before "according to" is its
         * content when nothing but a new clause follows the source */
        int32_t acc_k = at.sp.b + 1;
        if (word_is(x, at.cue, "according") && at.cue > f + 3 && !punct_is(x, at.cue - 1, ',') &&
            x->t[at.cue - 1].kind == T_WORD && words_reach(x, f, at.cue - 1, 4) &&
            /* not a participle's manner ("the boats, which are built according to a plan …") */
            !past_verb(x, at.cue - 1) && !word_in(x, at.cue - 1, irregular_past)) {
            static const char *const next_clause[] = {"but", "and", "while", "although", "though", "yet", NULL};
            /* a source that states things: a name, or a count, a poll, a
             * report … ("according to the formula", "the laws", "its
             * quality": in keeping with) */
            static const char *const source[] = {"poll", "polls", "polling", "survey", "surveys", "count",
                                                 "data", "figures", "report", "reports", "statistics", "study",
                                                 "studies", "estimates", "estimate", "officials", "sources",
                                                 "analysts", "firm", "company", "researchers", "experts",
                                                 "records", "documents", "tally", "projections", NULL};
            int states = cap_word(x, at.sp.b) || word_in(x, at.sp.b, source) || is_day(x, at.sp.b);
            if (states) {
                states = 0;
                for (int32_t m = at.sp.a; m <= at.sp.b && !states; m++)
                    states = cap_word(x, m) || word_in(x, m, source);
            }
            while (acc_k <= lw && !punct_is(x, acc_k, ',')) acc_k++;
            /* the source ends the clause ("… according to the KHT read
             * as follows": a subject's modifier) */
            if (states && (at.sp.b >= lw || x->t[at.sp.b + 1].kind != T_WORD) &&
                (acc_k >= lw || word_in(x, acc_k + 1, next_clause)))
                return emit(x, QUOTE_INDIRECT, x->t[f].s, x->t[at.cue - 1].e, -1, -1, &at);
        }
        if (word_is(x, at.cue, "according")) {
            static const char *const opener[] = {"but", "and", "yet", "so", NULL};
            if (at.cue == f || (at.cue - 1 >= f && punct_is(x, at.cue - 1, ',') == 0 && at.cue > f + 1) ||
                /* round 19: "But according to X, content." (was: "But") */
                (at.cue == f + 1 && word_in(x, f, opener)) ||
                /* indirect round 24: "And, according to X, content." (was:
                 * "And") */
                (at.cue == f + 2 && word_in(x, f, opener) && punct_is(x, f + 1, ','))) {
                /* "According to X, content." */
                int32_t k = at.sp.b + 1;
                while (k <= lw && !punct_is(x, k, ',')) k++;
                if (k >= lw) return 0;
                s = x->t[k + 1].s;
                e = x->t[lw].e;
            } else {
                int32_t k = at.cue - 1;
                while (k > f && x->t[k].kind == T_PUNCT) k--;
                s = x->t[f].s;
                e = x->t[k].e;
                /* round 13: "But a week later, according to Reis, the
                 * board voted …", "His criticism, according to X, was
                 * …": the attribution set off by commas inside one clause,
                 * which goes on after it, makes the whole sentence the
                 * content (not "Clause, according to X, which …" or "…,
                 * according to X, but …", nor an appositive to the end:
                 * what comes before is short, no clause of its own) */
                int32_t k2 = at.sp.b + 1;
                while (k2 <= lw && k2 <= at.sp.b + 12 && !punct_is(x, k2, ',') && x->t[k2].q < 0) k2++;
                if (k2 < lw && punct_is(x, k2, ',') && punct_is(x, at.cue - 1, ',') && !words_reach(x, f, at.cue, 9)) {
                    k2++;
                    static const char *const art[] = {"a", "an", "another", NULL};
                    if (word_in(x, k2, art)) {
                        while (k2 <= lw && !punct_is(x, k2, ',') && x->t[k2].q < 0) k2++;
                        k2++;
                    }
                    static const char *const goes_on[] = {
                        "but", "and", "or", "even", "where", "which", "who", "whom", "although", "though", "while",
                        "as", "because", "when", "since", "so", "including", "compared", "with", "than", "up",
                        "down", "from", "to", "in", "on", "at", "for", "after", "before", "making", NULL};
                    if (k2 <= lw && x->t[k2].kind == T_WORD && !word_in(x, k2, goes_on) && !ing_form(x, k2) &&
                        words_reach(x, k2, lw, 2)) {
                        static const char *const conj[] = {"but", "and", "so", "yet", NULL};
                        int32_t f2 = f;
                        if (word_in(x, f2, conj) && f2 + 1 < at.cue) f2++;
                        if (punct_is(x, f2, ',')) f2++;
                        if (f2 < at.cue - 1) {
                            s = x->t[f2].s;
                            e = x->t[lw].e;
                        }
                    }
                }
            }
        } else if ((at.sp.a > f + 2 ||
                    /* round 15: "Initially, SmithKline said, the …" */
                    (at.sp.a == f + 2 && !at.inverted && punct_is(x, at.cue_end + 1, ','))) &&
                   ((punct_is(x, at.sp.a - 1, ',') && !at.inverted && np_adjacent(x, &at)) ||
                                       (at.inverted && punct_is(x, at.cue - 1, ','))) &&
                   /* round 12: not "Like many, Jahangir said she was …": a
                    * clause after the cue (a subject pronoun, "that") is
                    * the content */
                   !(!at.inverted && at.cue_end + 1 < lw &&
                     (word_is(x, at.cue_end + 1, "that") ||
                      (!is_tell(x, at.cue) && (is_determiner(x, at.cue_end + 1) ||
                                               (cap_word(x, at.cue_end + 1) && !is_day(x, at.cue_end + 1)))) ||
                      /* round 16: "it" with a verb after it opens a clause ("…, people who
                       * have fought past floods say it should be trying harder") */
                      (word_is(x, at.cue_end + 1, "it") && at.cue_end + 2 < lw &&
                       word_in(x, at.cue_end + 2, finite_aux)) ||
                      ((tflags(x, at.cue_end + 1) & LX_PRONOUN) && !word_is(x, at.cue_end + 1, "it") &&
                       !word_is(x, at.cue_end + 1, "him") && !word_is(x, at.cue_end + 1, "her") &&
                       !word_is(x, at.cue_end + 1, "them")))) &&
                   /* round 15: nor "Earlier today, Kelm Oil said it planned …",
                    * "In answer to a question, Hale said there …": a cue
                    * with more than a few words after it (not set off by
                    * a comma, not adjuncts only) reports them; what is
                    * before the comma is a lead-in */
                   !(!at.inverted && (at.cue_end + 6 < lw || (at.cue_end + 2 < lw && lead_in(x, f, at.sp.a - 1))) &&
                     !punct_is(x, at.cue_end + 1, ',') && !adjunct_only(x, at.cue_end + 1, lw)) &&
                   !report_cue_takes_rest(x, &at, lw)) {
            /* "Content, X said." / "Content, said X." */
            int32_t k = (at.inverted ? at.cue : at.sp.a) - 1;
            while (k > f && x->t[k].kind == T_PUNCT) k--;
            /* round 12: "This season, she says, is unlike others": an
             * attribution set off by commas inside the clause; the content
             * is the whole sentence */
            if (!at.inverted && at.cue_end + 2 <= lw && punct_is(x, at.cue_end + 1, ',') &&
                x->t[at.cue_end + 2].kind == T_WORD &&
                (!(x->t[at.cue_end + 2].flags & F_CAP) || parenthetical_goes_on(x, at.cue_end + 2, lw)) &&
                !ing_form(x, at.cue_end + 2) && !word_in(x, at.cue_end + 2, rel_pron) &&
                !word_is(x, at.cue_end + 2, "according"))
                k = lw;
            /* round 16: the same, inverted ("Often, said Mr Pearson, this
             * information was invisible", "This, said Kovac, should make
             * the ferry …"): a clause goes on after the speaker's comma */
            else if (at.inverted && at.sp.b + 2 <= lw && punct_is(x, at.sp.b + 1, ',') && !naming_verb(x, at.cue) &&
                     x->t[at.sp.b + 2].kind == T_WORD && !ing_form(x, at.sp.b + 2) &&
                     !word_in(x, at.sp.b + 2, rel_pron) && !appositive_to_end(x, at.sp.b + 1, lw) &&
                     parenthetical_goes_on(x, at.sp.b + 2, lw) && clause_verb(x, at.sp.b + 2, lw) &&
                     !rel_before(x, f, at.cue))
                k = lw;
            else if ((at.inverted ? at.sp.b : at.cue_end) < lw - 6 && !(at.inverted && appositive_to_end(x, at.sp.b + 1, lw)) &&
                     !(at.inverted && report_appositive_to_end(x, at.cue, at.sp.b + 1, lw)) &&
                     /* round 14: "Profits rose, the company said, adding
                      * that …": a participle clause after the attribution */
                     !(at.cue_end + 2 <= lw && punct_is(x, at.cue_end + 1, ',') && ing_form(x, at.cue_end + 2)) &&
                     /* round 15: "…, Hale said in a talk to a group
                      * of pilots in Kelmouth." */
                     !(!at.inverted && adjunct_only(x, at.cue_end + 1, lw)))
                return 0;
            /* round 16: a time is no content ("On Tuesday, a meeting of
             * the board agreed to …", "In the days before the vote, a
             * group called for …") */
            if (k - f <= 7 && time_lead(x, f, k)) {
                int32_t m = f;
                while (m <= k && x->t[m].kind == T_WORD) m++;
                if (m > k) return 0;
            }
            s = x->t[f].s;
            e = x->t[k].e;
        } else if (!at.inverted) {
            /* "X said (that) content." */
            int32_t k = at.cue_end + 1;
            while (k <= lw && (is_adverb(x, k) || is_day(x, k))) k++;
            /* round 14: "Investors pointed out, however, that …": the
             * particle of a phrasal cue, and an adverb set off by commas */
            if (k <= lw && word_is(x, k, "out")) k++;
            /* round 15: also right after the cue ("Moody's said, however,
             * that …", "TWA said, however, it …") */
            if (k + 2 <= lw && punct_is(x, k, ',') && x->t[k + 1].kind == T_WORD && x->t[k + 1].q < 0 &&
                !(x->t[k + 1].flags & F_CAP) && punct_is(x, k + 2, ',') &&
                (is_adverb(x, k + 1) || word_is(x, k + 1, "however") || word_is(x, k + 1, "though")))
                k += 3;
            /* "told the Courier on Sunday that …": the addressee is no content */
            if (is_tell(x, at.cue)) {
                int32_t k0 = k;
                for (int32_t k2 = k + 1; k2 <= lw && k2 <= k + 24 &&
                                         (x->t[k2].kind == T_WORD || (punct_is(x, k2, ',') && k2 > k + 1));
                     k2++)
                    if (word_is(x, k2, "that")) { k = k2; break; }
                /* round 14: "told reporters the budget would …", "told the
                 * BBC he would …": with no "that", the clause starts at the
                 * first subject pronoun or determiner after the addressee
                 * (a name, a noun or two, or "the" and a name) */
                if (k == k0)
                    for (int32_t k2 = k0 + 1; k2 <= lw && k2 <= k0 + 4 && x->t[k2].kind == T_WORD; k2++) {
                        if ((tflags(x, k2) & LX_PRONOUN) && !word_is(x, k2, "her") && !word_is(x, k2, "him") &&
                            !word_is(x, k2, "them") && !word_is(x, k2, "us") && !word_is(x, k2, "me")) {
                            k = k2;
                            break;
                        }
                        if (is_determiner(x, k2) && !word_is(x, k2, "that")) {
                            k = k2;
                            break;
                        }
                        /* the addressee is capitalised words, or one or two plain nouns */
                        if (!cap_word(x, k2) && k2 > k0 + 1 && !cap_word(x, k0)) break;
                    }
            }
            /* round 10: "said on Saturday that …", "said in a statement
             * that …": an adjunct (a preposition first, no clause) before
             * "that" is no content either */
            if (k <= lw && word_in(x, k, fb_prep) && !word_is(x, k, "that"))
                for (int32_t k2 = k + 1; k2 <= lw && k2 <= k + 10 && x->t[k2].kind == T_WORD; k2++) {
                    if (word_is(x, k2, "that")) { k = k2; break; }
                    static const char *const poss[] = {"his", "her", "their", "its", "our", "my", "your", NULL};
                    if (((tflags(x, k2) & LX_PRONOUN) && !word_in(x, k2, poss)) || word_in(x, k2, finite_aux) ||
                        word_is(x, k2, "and") || word_is(x, k2, "but"))
                        break;
                }
            k = report_adjunct_then_that(x, k, lw);
            k = report_asked_question_start(x, &at, k, lw);
            k = report_after_cue_preposition(x, &at, k, lw);
            if (k > lw) return 0;
            if (!words_reach(x, k, lw, 3)) {
                /* indirect round 22: "55 percent said so", "They said she
                 * could." */
                if (!short_report(x, &at, k, lw)) return 0;
                return emit(x, QUOTE_INDIRECT, x->t[k].s, x->t[lw].e, -1, -1, &at);
            }
            /* round 15: or an unlisted company in angle brackets ("X said
             * <Kelmouth Securities and Co> will act …") */
            if (x->t[k].kind != T_WORD && !(punct_is(x, k, '<') && k + 1 <= lw && cap_word(x, k + 1))) return 0;
            /* round 14: "The big question is whether …", "One sticking
             * point is …", "The conference call was …": a cue word that is
             * also a noun, followed by a finite verb, is that verb's
             * subject, not a verb of saying.  (A verb of saying there
             * reports a relative clause, "what they thought was …", which
             * PolNeAR marks from the verb on: kept.) */
            static const char *const verb_subject[] = {"remarks", "comment", "comments", "report", "statement",
                                                       "claim", "claims", "promise", "response", "warning",
                                                       "note", "argument", "word", "words", NULL};
            if (word_in(x, k, finite_aux) &&
                (noun_cue(tx(x, at.cue), tl(x, at.cue)) || word_in(x, at.cue, verb_subject)))
                return 0;
            s = x->t[k].s;
            e = x->t[lw].e;
            cut_from = k;
            /* indirect round 22: "a probe the police said was ongoing" */
            int32_t gs = gap_report_start(x, &at, k, f);
            /* indirect round 26: also a simple past after the cue ("which
             * they say left …") */
            if (gs < 0 && !at.inverted && at.sp.a - 1 > f && k == at.cue_end + 1 &&
                (word_in(x, at.sp.a - 1, rel_pron) || word_is(x, at.sp.a - 1, "that"))) {
                int32_t c2, v2;
                if (report_relative_gap_at(x, at.sp.a - 1, lw, &c2, &v2) >= 0 && c2 == at.cue_end) {
                    gs = at.sp.a - 1;
                    lw = report_relative_gap_end(x, v2, lw);
                    e = x->t[lw].e;
                }
            }
            if (gs >= 0) s = x->t[gs].s;
            if (sub >= 0 && x->split_depth < 8) sub_end = subordinate_end(x, k, lw);
        } else {
            return 0;
        }
        if (e <= s) return 0;
        if (sub_end >= 0) {
            if (emit(x, QUOTE_INDIRECT, s, x->t[sub_end - 1].e, -1, -1, &at)) return -1;
            int32_t rest = *rr;
            x->split_depth++;
            int rc = read_from_second_subject(x, sid, sub_end, lw, f, &rest, last_para_quote);
            x->split_depth--;
            return rc;
        }
        /* round 17: a second report joined by a conjunction */
        if (x->split_depth < 8) {
            int sp = split_reports(x, sid, rr, last_para_quote, f, lw, &at, s);
            if (sp) return sp < 0 ? -1 : 0;
        }
        if (cut_from >= 0) {
            int32_t mc;
            int32_t re = relative_report_end(x, at.cue, cut_from, lw, &mc);
            if (re > cut_from) {
                /* "X, who asked to stay unnamed, said B": no report of
                 * its own; B is the subject's, with the main cue */
                if (!word_in(x, at.cue, anonymity_cues) && emit(x, QUOTE_INDIRECT, s, x->t[re].e, -1, -1, &at)) return -1;
                /* "X, who declared A, will return the favor, saying B":
                 * the main clause's participle reports B */
                for (int32_t k2 = re + 2; mc < 0 && k2 + 4 <= lw; k2++)
                    if (punct_is(x, k2, ',') && ing_form(x, k2 + 1) && is_cue(x, k2 + 1) &&
                        !word_is(x, k2 + 1, "according"))
                        mc = k2 + 1;
                if (mc < 0 || mc + 3 > lw) return 0;
                attrib at2 = at;
                at2.cue = at2.cue_end = mc;
                int32_t k2 = mc + 1;
                while (k2 < lw && is_adverb(x, k2)) k2++;
                if (is_tell(x, mc)) { /* "told reporters that …": not the addressee */
                    int32_t t2 = k2;
                    while (t2 < lw && t2 < k2 + 6 && x->t[t2].kind == T_WORD && !word_is(x, t2, "that")) t2++;
                    if (!word_is(x, t2, "that")) return 0;
                    k2 = t2;
                }
                return words_reach(x, k2, lw, 3) ? emit(x, QUOTE_INDIRECT, x->t[k2].s, x->t[lw].e, -1, -1, &at2) : 0;
            }
        }
        if (cut_from >= 0) {
            /* where the report gives way to what the writer says next:
             * a semicolon (round 22), a dash, a contrast or comparison, a
             * new clause after ", but"/", and" (round 23); each cut is
             * looked for within the one before */
            int32_t lw0 = lw;
            lw = report_semicolon_end(x, cut_from, lw);
            /* indirect round 25: the clause after the semicolon is read
             * on its own when the report ends there (below) */
            int32_t semi = lw != lw0 ? lw + 1 : -1;
            lw = report_dash_end(x, cut_from, lw);
            lw = report_contrast_end(x, cut_from, lw);
            lw = report_then_clause(x, cut_from, lw);
            if (lw != lw0) e = x->t[lw].e;
            /* indirect round 21: "X said A but said B": two reports */
            int32_t pc, k2 = second_predicate(x, cut_from, lw, &pc);
            if (k2 >= 0) {
                int32_t e1 = punct_is(x, k2 - 1, ',') ? k2 - 2 : k2 - 1;
                attrib at2 = at;
                at2.cue = at2.cue_end = pc;
                at2.inverted = 0;
                if (emit(x, QUOTE_INDIRECT, s, x->t[report_end(x, cut_from, e1)].e, -1, -1, &at)) return -1;
                return emit(x, QUOTE_INDIRECT, x->t[pc + 1].s, x->t[report_end(x, pc + 1, lw)].e, -1, -1, &at2);
            }
            /* indirect round 22: "X said A, and accused B": A alone */
            int32_t pk = -1;
            /* after a present cue a past is the report's own ("Clinton
             * says Obama had a PAC, and took …") */
            if (tx(x, at.cue)[tl(x, at.cue) - 1] != 's') pk = report_then_predicate(x, cut_from, lw);
            if (pk > cut_from) {
                if (emit(x, QUOTE_INDIRECT, s, x->t[report_end(x, cut_from, pk - 1)].e, -1, -1, &at)) return -1;
                /* the second predicate a cue ("…, and accused B of C",
                 * "…, but noted the law …"): its own report */
                /* (after a series' first comma, no second report) */
                if (!word_is(x, pk + 1, "and") && !word_is(x, pk + 1, "but")) return 0;
                int32_t c2 = pk + 2;
                while (c2 < lw && is_adverb(x, c2) && !word_in(x, c2, finite_aux)) c2++;
                /* (not a thing added: "…, but added a night crossing") */
                if (!bare_finite_cue(x, c2) || naming_verb(x, c2) ||
                    (word_is(x, c2, "added") && !word_is(x, c2 + 1, "that")))
                    return 0;
                int32_t o2 = c2 + 1;
                if (word_is(x, o2, "out")) o2++;
                if (!words_reach(x, o2, lw, 2) || x->t[o2].kind != T_WORD) return 0;
                attrib at2 = at;
                at2.cue = at2.cue_end = c2;
                at2.inverted = 0;
                return emit(x, QUOTE_INDIRECT, x->t[o2].s, x->t[report_end(x, o2, lw)].e, -1, -1, &at2);
            }
            int32_t ce = report_end(x, cut_from, lw);
            if (ce < lw) {
                e = x->t[ce].e;
                /* "…, saying …", "…, adding that …": a cue's clause after
                 * the cut is a report of its own by the same speaker */
                int32_t c2 = ce + 2;
                if (is_cue(x, c2) && !word_is(x, c2, "according") && c2 + 1 <= lw && words_reach(x, c2 + 1, lw, 3)) {
                    attrib at2 = at;
                    at2.cue = at2.cue_end = c2;
                    at2.inverted = 0;
                    if (emit(x, QUOTE_INDIRECT, s, e, -1, -1, &at)) return -1;
                    return emit(x, QUOTE_INDIRECT, x->t[c2 + 1].s, x->t[lw].e, -1, -1, &at2);
                }
            }
            if (semi >= 0 && e == x->t[semi - 1].e) return report_then_semicolon_clause(x, sid, rr, last_para_quote, f, lw0, semi, s, &at);
        }
        return emit(x, QUOTE_INDIRECT, s, e, -1, -1, &at);
    }
    /* Quotation marks in this sentence: regions r0..r1. */
    int32_t first_open = x->r[r0].t0, last_close = x->r[r1].t1;
    if (x->split_depth == 0) {
        int done = report_before_participle(x, sid, f, first_open, r0, last_para_quote);
        if (!done) done = report_after_quotes(x, sid, f, r0, r1, last_para_quote);
        if (!done) done = report_after_aside(x, sid, f, r0, r1, last_para_quote);
        if (!done) done = title_in_lead(x, sid, f, r0, r1, last_para_quote);
        if (done) return done < 0 ? -1 : 0;
    }
    int32_t lw = content_end(x, f, l);
    int before = words_reach(x, f, first_open - 1, 1);
    /* a bracketed source after the quotation ("… night.” [HuffPost.]") is
     * nothing said after it */
    int after = last_close < lw && words_reach(x, last_close + 1, lw, 1) && !punct_is(x, last_close + 1, '[');
    int para = (int32_t)x->t[first_open].para;
    /* attribution between or after the quotes */
    attrib at = {-1, -1, {-1, -1}, 0};
    int32_t lo_after = last_close + 1;
    for (int32_t k = r0; k <= r1 && at.cue < 0; k++) {
        int32_t a = x->r[k].t1 + 1;
        int32_t b = k < r1 ? x->r[k + 1].t0 - 1 : l;
        if (a <= b) at = find_attrib(x, a, b, a, b);
        /* "“…,” the official, who asked to stay unnamed, said": a cue in
         * a relative clause set off by commas yields to the main verb
         * after it (as main_attrib has it for reported speech, round 14c) */
        if (at.cue >= 0 && !at.inverted && relative_cue(x, a, at.cue)) {
            attrib main = after_parenthetical(x, a, b, at.cue);
            if (main.cue >= 0) at = main;
        }
        if (at.cue >= 0) lo_after = a;
    }
    (void)lo_after;
    if (at.cue < 0 && !before) {
        /* "“A,” the email said.", "“A,” Hale’s office said in a
         * statement.": a cue within a few words after the first quotation
         * attributes it even when its subject is no recognised speaker
         * phrase; the words between are the speaker span */
        int32_t a = x->r[r0].t1 + 1, b = r0 < r1 ? x->r[r0 + 1].t0 - 1 : l;
        while (a <= b && x->t[a].kind == T_PUNCT && x->t[a].cp == ',') a++;
        for (int32_t c = a + 1; c <= b && c <= a + 8; c++) {
            if (x->t[c].kind != T_WORD && !punct_is(x, c, ',') && !punct_is(x, c, '-') && !punct_is(x, c, '.'))
                break; /* "Mitch McConnell, R-Ky., said" */
            if (!is_cue(x, c) || word_is(x, c, "according") || ing_form(x, c)) continue;
            int32_t e = c - 1;
            while (e > a && punct_is(x, e, ',')) e--;
            if (x->t[a].kind != T_WORD || e < a) break;
            at.cue = at.cue_end = c;
            at.sp.a = a;
            at.sp.b = e;
            break;
        }
        /* "“A,” said one of three pilots who …", "“A,” said master of
         * ceremonies Ned Rowe", "“A,” said Reis’s deputy campaign
         * manager, Tom Hale": an inverted cue right after the quotation
         * whose phrase np_right does not take (a possessive, "of"): the
         * words up to a comma, a relative pronoun or the sentence end
         * speak, with a name in apposition after the comma */
        if (at.cue < 0 && a <= b && is_cue(x, a) && !ing_form(x, a) && !word_is(x, a, "according") && a + 1 <= b &&
            x->t[a + 1].kind == T_WORD && !(tflags(x, a + 1) & LX_PRONOUN)) {
            int32_t e = a + 1;
            while (e + 1 <= b && e + 1 <= a + 10 && x->t[e + 1].kind == T_WORD && x->t[e + 1].q < 0 &&
                   !word_in(x, e + 1, rel_pron) && !word_is(x, e + 1, "that") && !attribution_tail(x, e + 1))
                e++;
            if (e + 2 <= b && punct_is(x, e + 1, ',') && cap_word(x, e + 2) && !cap_word(x, e)) {
                e = extend_name(x, e + 2, b);
            }
            at.cue = at.cue_end = a;
            at.sp.a = a + 1;
            at.sp.b = e;
            at.inverted = 1;
        }
        /* "“A,” an angry Hollande retaliated.", "“A,” it recommended.": a
         * quotation closed after , ? ! and then a subject and one verb
         * outside the lexicon, ending the sentence: that verb is the cue */
        int32_t cm = x->r[r0].t1;
        int32_t v = content_end(x, a, l);
        if (at.cue < 0 && r0 == r1 && cm > x->r[r0].t0 && x->t[cm - 1].kind == T_PUNCT &&
            (x->t[cm - 1].cp == ',' || x->t[cm - 1].cp == '?' || x->t[cm - 1].cp == '!') && v > a && v <= a + 4 &&
            v < l && punct_is(x, v + 1, '.') && x->t[v].kind == T_WORD && !(x->t[v].flags & F_CAP) &&
            past_verb(x, v) && x->t[a].kind == T_WORD &&
            ((x->t[a].flags & F_CAP) || (tflags(x, a) & LX_PRONOUN) || is_determiner(x, a))) {
            int ok = 1;
            for (int32_t k = a; k < v; k++) ok &= x->t[k].kind == T_WORD;
            if (ok) {
                at.cue = at.cue_end = v;
                at.sp.a = a;
                at.sp.b = v - 1;
            }
        }
    }
    attrib left = {-1, -1, {-1, -1}, 0};
    if (before) left = find_attrib_dir(x, f, first_open - 1, f, first_open - 1, 1);
    if (before && left.cue < 0 && first_open - 2 >= f &&
        (punct_is(x, first_open - 1, ',') || punct_is(x, first_open - 1, ':')) && is_cue(x, first_open - 2) &&
        !word_is(x, first_open - 2, "according")) {
        /* "Another source close to her said, “…”": a cue right before the
         * mark introduces the quotation even when its subject is no
         * recognised speaker phrase; the subject is what precedes it */
        int32_t c = first_open - 2, a = c - 1;
        while (a >= f && x->t[a].kind == T_WORD && x->t[a].q < 0 && c - a <= 8) a--;
        left.cue = left.cue_end = c;
        if (a < f && c > f) left.sp.a = f, left.sp.b = c - 1;
        else left.sp = subject_of(x, x->sent_base[sid], c);
    }

    if (before && left.cue < 0 && at.cue < 0) {
        /* "Hale however said she would accept a “…”", "most said they
         * were “…”": the nearest cue before the quotation introduces the
         * reported content even without a recognised speaker phrase; the
         * speaker is the sentence subject, if any */
        for (int32_t c = first_open - 1; c >= f && c >= first_open - 25; c--) {
            if (punct_is(x, c, ';')) break;
            if (!is_cue(x, c) || word_is(x, c, "according")) continue;
            /* a noun after a preposition ("in states", "with chants"),
             * markup ("<tweet id=…") */
            if (c > f && (word_in(x, c - 1, fb_prep) || punct_is(x, c - 1, '<'))) {
                if (!infinitive_cue(x, c)) break;
                /* "reported that it expects to report a “…”": an earlier
                 * cue or "that" clause of the sentence reports, not the
                 * infinitive */
                int earlier = 0;
                for (int32_t k = c - 2; k >= f && !earlier; k--)
                    earlier = word_is(x, k, "that") ||
                              (is_cue(x, k) && !word_is(x, k, "according") && !(k > f && word_in(x, k - 1, fb_prep)));
                if (earlier) continue;
            }
            left.cue = left.cue_end = c;
            left.sp = c > f && word_is(x, c - 1, "to") ? for_subject(x, c, f) : (tspan){-1, -1};
            if (left.sp.a < 0 && ing_form(x, c) && c - 1 > x->sent_base[sid] && punct_is(x, c - 1, ','))
                left.sp = participle_speaker(x, x->sent_base[sid], c);
            if (left.sp.a < 0) left.sp = subject_of(x, x->sent_base[sid], c);
            if (left.sp.a < 0) {
                /* "About four in 10 said …": the short subject before the cue */
                int32_t a = c - 1;
                while (a >= f && x->t[a].kind == T_WORD && x->t[a].q < 0 && c - a <= 6) a--;
                if (a < f || punct_is(x, a, ',')) {
                    /* round 9: a coordinated "and called …" split off its
                     * sentence has no subject of its own: not "and", but
                     * the whole sentence's first subject ("While the
                     * donor didn’t …, he did say … and called …") */
                    int32_t s0 = a + 1;
                    while (s0 < c && (word_is(x, s0, "and") || word_is(x, s0, "but"))) s0++;
                    if (s0 < c) left.sp.a = s0, left.sp.b = c - 1;
                    else if (a + 1 < c) left.sp = subject_within(x, x->sent_base[sid], c, 40);
                }
            }
            break;
        }
    }

    /* round 10: "Said Comey, “The thought …”", "Said Nora Quist, who
     * grew up with Reis, “We were …”": a sentence opening with an inverted
     * cue (capitalised, so no cue to is_cue), its speaker and a comma or
     * colon before the quotation */
    if (before && left.cue < 0 && at.cue < 0 && (x->t[f].flags & F_CAP) && x->t[f].q < 0 && f + 2 < first_open &&
        (punct_is(x, first_open - 1, ',') || punct_is(x, first_open - 1, ':'))) {
        static const char *const lead_cue[] = {"said", "says", "added", "adds", "wrote", "writes", "asked", NULL};
        if (word_in(x, f, lead_cue)) {
            attrib inv = {f, f, np_right(x, f + 1, first_open - 2), 1};
            /* the phrase ends at a comma or colon ("Said Kelmouth assistant
             * coach Ned Rowe: “…”" is left to the rules below when
             * np_right stops early) */
            if (inv.sp.a == f + 1 && inv.sp.b + 1 < first_open &&
                (punct_is(x, inv.sp.b + 1, ',') || punct_is(x, inv.sp.b + 1, ':')))
                return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &inv);
        }
    }
    /* "… , X said, “B.”": a later quotation introduced by its own cue runs
     * to the end of the sentence */
    if (!after) {
        for (int32_t k = r0; k < r1; k++) {
            int32_t a = x->r[k].t1 + 1, b = x->r[k + 1].t0 - 1;
            int pb = a <= b && (punct_is(x, b, ',') || punct_is(x, b, ':'));
            /* round 13: also "…,” the protesters chanted “B.”" after a
             * lead-in clause (below) */
            if (a > b || !(pb || (before && is_cue(x, b)))) continue;
            attrib mid = find_attrib_dir(x, a, b, a, b, 1);
            if (mid.cue < 0 || mid.inverted) continue;
            if (words_in(x, mid.cue_end + 1, b) > 3) continue;
            attrib lead;
            int32_t ls = before ? lead_in_report(x, f, first_open, k, &mid, &lead) : -1;
            if (!pb && (ls < 0 || mid.cue_end != b)) continue;
            /* “A,” he said, “B.” and “A,” he said, adding, “B.” */
            if (k == r0 && !before && at.cue >= a && at.cue <= b) break;
            /* round 12: "But “the issue,” Hale added, “is whether …”", "…
             * means “he must be right,” she says, “but I …”": a quotation
             * closed by a comma before the attribution and one going on
             * in lower case after it are one utterance; the content starts
             * at the sentence start, or at the first quotation after a
             * colon ("Fallon fired back: “A,” he wrote, “b …”") */
            int32_t o2 = x->r[k + 1].t0 + 1;
            if (o2 < x->nt && x->t[o2].kind == T_WORD && !(x->t[o2].flags & F_CAP) &&
                (punct_is(x, x->r[k].t1 - 1, ',') || punct_is(x, a, ','))) {
                int32_t colon = -1;
                for (int32_t m = f; m < x->r[k].t0; m++)
                    if (punct_is(x, m, ':')) colon = m;
                if (colon < 0) return emit(x, QUOTE_MIXED, x->t[f].s, x->r[r1].e, r0, r1, &mid);
                int32_t rs = r0;
                while (rs < k && x->r[rs].t0 < colon) rs++;
                return emit(x, QUOTE_DIRECT, x->r[rs].s, x->r[r1].e, rs, r1, &mid);
            }
            /* the lead-in's own report first */
            if (ls >= 0 && emit(x, QUOTE_MIXED, x->t[ls].s, x->r[k].e, r0, k, &lead) < 0) return -1;
            return emit(x, QUOTE_DIRECT, x->r[k + 1].s, x->r[r1].e, k + 1, r1, &mid);
        }
    }
    /* round 10: "HOW KELMOUTH’S FLOODS HIT THE COAST “Kelmouth’s harbour
     * closure …” [Courier.]": a digest item, a headline in capitals, the
     * quotation and a bracketed source; the headline introduces it */
    if (before && left.cue < 0 && at.cue < 0 && last_close + 1 < x->nt && punct_is(x, last_close + 1, '[') &&
        words_in(x, f, first_open - 1) >= 2) {
        int caps = 1;
        for (int32_t k = f; k < first_open && caps; k++)
            caps = x->t[k].kind != T_WORD || upper_word(x, k) || (x->t[k].flags & F_DIGIT);
        if (caps) {
            attrib head = {-1, -1, {f, first_open - 1}, 0};
            return emit(x, r0 == r1 ? QUOTE_DIRECT : QUOTE_MIXED, x->r[r0].s, x->r[r1].e, r0, r1, &head);
        }
    }
    /* "Subject did something: “…”" without a cue verb */
    if (before && !after && left.cue < 0 && at.cue < 0 && punct_is(x, first_open - 1, ':')) {
        attrib subj = {-1, -1, {-1, -1}, 0};
        /* "… - Mark Roe and Jon Doe: “…”" (a digest's lead-in): the name
         * right before the colon speaks */
        int32_t m = first_open - 2 >= f ? mention_at(x, first_open - 2) : -1;
        if (m >= 0 && x->ents[x->ms[m].ent].kind == ENT_PERSON) {
            subj.sp.a = x->ms[m].t0;
            subj.sp.b = x->ms[m].t1;
            int32_t k = x->ms[m].t0 - 2; /* "Mark Roe and Jon Doe" */
            if (k >= f && word_is(x, k + 1, "and") && (m = mention_at(x, k)) >= 0 &&
                x->ents[x->ms[m].ent].kind == ENT_PERSON)
                subj.sp.a = x->ms[m].t0;
        } else
            subj.sp = subject_of(x, x->sent_base[sid], first_open);
        if (subj.sp.a >= 0) return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &subj);
    }

    if (!before && at.cue >= 0) {
        int32_t a0 = at.inverted ? at.cue : at.sp.a;
        if (at.sp.a >= 0 && at.sp.a < a0) a0 = at.sp.a;
        int32_t ka = r0;     /* the last region before the attribution */
        while (ka + 1 <= r1 && x->r[ka + 1].t1 < a0) ka++;
        int32_t k = a0 - 1;
        while (k > x->r[ka].t1 && x->t[k].kind == T_PUNCT) k--;
        /* “…,” Daily News editor Josh Greenman told …; “But why?” reporter
         * Jane Doe asked: a quotation closed after , ? ! is a whole
         * utterance, the words after it belong to the attribution */
        int32_t cm = x->r[ka].t1;
        int whole = cm > x->r[ka].t0 && x->t[cm - 1].kind == T_PUNCT &&
                    (x->t[cm - 1].cp == ',' || x->t[cm - 1].cp == '?' || x->t[cm - 1].cp == '!');
        /* round 14b: "“… is striking,'' since so many races were settled by
         * 5-to-4 votes, said Ana Reis", "“There’s a feeling of calm
         * now,” and bookings began to climb, Hale said": after a
         * quotation closed by a comma, words going on in lower case (no
         * description of the speaker: no determiner, possessive, relative
         * or participle) up to an attribution set off by a comma are what
         * was said too */
        if (whole && ka == r1 && punct_is(x, cm - 1, ',') && punct_is(x, a0 - 1, ',') && k > cm + 1 &&
            x->t[cm + 1].kind == T_WORD && x->t[cm + 1].q < 0 && !(x->t[cm + 1].flags & (F_CAP | F_DIGIT)) &&
            !is_determiner(x, cm + 1) && !word_in(x, cm + 1, rel_pron) && !word_is(x, cm + 1, "according") &&
            !word_is(x, cm + 1, "your") && !(tflags(x, cm + 1) & LX_PRONOUN) && !is_cue(x, cm + 1) &&
            !ing_form(x, cm + 1) && words_reach(x, cm + 1, k, 2))
            return emit(x, QUOTE_MIXED, x->r[r0].s, x->t[k].e, r0, ka, &at);
        if (k > x->r[ka].t1 && words_reach(x, x->r[ka].t1 + 1, k, 1) && !whole) {
            /* “Quoted words” and more, X said. — mixed up to the attribution */
            return emit(x, QUOTE_MIXED, x->r[r0].s, x->t[k].e, r0, ka, &at);
        }
        /* “A,” X said, adding, “B.” — a second cue after the attribution
         * starts a quote of its own */
        int32_t aend = at.inverted ? at.sp.b : at.cue_end;
        /* round 13: "“It’s a pity,” he said, that both boats were …",
         * "“Only you,” she said, would use …": after a quotation closed by
         * a comma, an attribution (and an adjunct: "wrote in a letter to
         * the harbour master") set off by commas, then the sentence going on
         * in lower case, unquoted, with "that" or a finite verb (not an
         * appositive, participle or relative clause of the attribution's
         * own): the quotation and the rest are one content */
        if (ka == r0 && whole && !at.inverted && punct_is(x, cm - 1, ',')) {
            int32_t g = aend + 1;
            if (g <= lw && word_in(x, g, fb_prep))
                while (g <= lw && g <= aend + 9 && x->t[g].kind == T_WORD && x->t[g].q < 0) g++;
            if (g + 1 <= lw && punct_is(x, g, ',') && x->t[g + 1].kind == T_WORD && x->t[g + 1].q < 0 &&
                !(x->t[g + 1].flags & F_CAP) && (word_is(x, g + 1, "that") || word_in(x, g + 1, finite_aux)) &&
                words_reach(x, g + 1, lw, 3)) {
                int32_t ra = r1;
                while (ra > r0 && x->r[ra].t0 > lw) ra--;
                return emit(x, QUOTE_MIXED, x->r[r0].s, x->t[lw].e, r0, ra, &at);
            }
        }
        if (ka < r1) {
            int32_t nb = x->r[ka + 1].t0;
            for (int32_t c2 = aend + 1; c2 < nb; c2++) {
                /* "…,” X said, urging them to “…”", ", mentioning the album
                 * is “…”": any -ing verb after the attribution's comma
                 * reports a quotation of its own, as a cue does */
                int ing = punct_is(x, c2 - 1, ',') && x->t[c2].kind == T_WORD && !(x->t[c2].flags & F_CAP) &&
                          ing_form(x, c2);
                if (!ing && (!is_cue(x, c2) || word_is(x, c2, "according"))) continue;
                /* round 12: "…,” said X, speaking of Y, “and leave …”": a
                 * quotation going on in lower case continues A; "…,” she
                 * said, showing off the “Keep Kelmouth Afloat” cap: a
                 * title after a participle is no quotation of its own */
                if (punct_is(x, nb - 1, ',') && nb + 1 < x->nt && x->t[nb + 1].kind == T_WORD &&
                    !(x->t[nb + 1].flags & F_CAP))
                    break;
                if (ing && !is_cue(x, c2) && title_region(x, ka + 1)) break;
                if (!(punct_is(x, c2 - 1, ',') || word_is(x, c2 - 1, "and") || word_is(x, c2 - 1, "before") ||
                      word_is(x, c2 - 1, "then") || word_is(x, c2 - 1, "after")))
                    continue;
                if (emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[ka].e, r0, ka, &at)) return -1;
                attrib at2 = at;
                at2.cue = at2.cue_end = c2;
                at2.inverted = 0;
                int32_t c0 = c2 + 1;
                while (c0 < nb && (x->t[c0].kind == T_PUNCT || is_adverb(x, c0))) c0++;
                int32_t ce = clause_end(x, x->r[r1].t1 + 1, lw);
                int32_t rl = r1;
                while (rl > ka + 1 && x->r[rl].t0 > ce) rl--;
                if (ce < x->r[rl].t1) ce = x->r[rl].t1;
                quote_type ty = c0 == nb && ce == x->r[rl].t1 ? QUOTE_DIRECT : QUOTE_MIXED;
                return emit(x, ty, x->t[c0].s, x->t[ce].e, ka + 1, rl, &at2);
            }
        }
        /* “A,” she said, but despite the … “B”, “A,” X said, after Y
         * said …: more than four words between the attribution and the
         * next quotation, opening with a conjunction or not ending in the
         * comma or colon that introduces a quotation (“A,” said X, a
         * long appositive, “B” is one quote), make that quotation part of
         * another report: A stands alone, and the rest is read as a
         * sentence of its own (at most 8 levels deep) */
        int32_t g1 = aend + 1;
        while (ka < r1 && g1 < x->r[ka + 1].t0 && x->t[g1].kind == T_PUNCT) g1++;
        static const char *const conj[] = {"and", "but", "though", "although", "while", "then", "before",
                                           "after", "when", NULL};
        if (ka < r1 && x->split_depth < 8 && words_in(x, aend + 1, x->r[ka + 1].t0 - 1) > 4 &&
            (word_in(x, g1, conj) ||
             !(punct_is(x, x->r[ka + 1].t0 - 1, ',') || punct_is(x, x->r[ka + 1].t0 - 1, ':')))) {
            if (emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[ka].e, r0, ka, &at)) return -1;
            int32_t keep = x->sent_first[sid];
            int32_t rest = ka + 1;
            if (word_in(x, g1, conj)) g1++;
            x->sent_first[sid] = g1;
            x->split_depth++;
            int rc = sentence_quotes(x, sid, &rest, last_para_quote);
            x->split_depth--;
            x->sent_first[sid] = keep;
            return rc;
        }
        /* round 12: “A,” X said on KTV’s “Harbour Hour.”, “A,” said X,
         * the author of “Salt Roads.”: a title right after a word of the
         * attribution (no comma or colon introducing it) names a show or a
         * work, no more speech */
        static const char *const titled[] = {"titled", "entitled", "headlined", NULL};
        if (r1 == ka + 1 && x->t[x->r[r1].t0 - 1].kind == T_WORD &&
            (title_region(x, r1) || word_in(x, x->r[r1].t0 - 1, titled)))
            r1 = ka;
        /* round 20: also after a work's noun and a comma ("she wrote in
         * her memoir, “Harbour Lights.”") */
        else if (r1 == ka + 1 && punct_is(x, x->r[r1].t0 - 1, ',') && word_in(x, x->r[r1].t0 - 2, work_nouns) &&
                 title_region(x, r1))
            r1 = ka;
        /* “A,” X said, “B.” — direct, with every marked part a segment */
        if (emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &at)) return -1;
        /* “A,” X said, adding that …: the -ing cue after the attribution
         * reports more, unquoted: an indirect quote of its own */
        /* round 19: also after an adjunct of the attribution (“A,” X
         * said at the time, adding that …", "… said on Tuesday, adding
         * …"): a preposition or a day, up to six words, no cue */
        int32_t ae = aend;
        if (r1 == ka && aend + 2 <= lw && x->t[aend + 1].kind == T_WORD && x->t[aend + 1].q < 0 &&
            (word_in(x, aend + 1, fb_prep) || is_day(x, aend + 1))) {
            int32_t p = aend + 1;
            while (p <= lw && p <= aend + 6 && x->t[p].kind == T_WORD && x->t[p].q < 0 && !is_cue(x, p)) p++;
            if (p + 1 <= lw && punct_is(x, p, ',') && is_cue(x, p + 1) && ing_form(x, p + 1)) ae = p - 1;
        }
        if (r1 == ka && ae + 2 <= lw && punct_is(x, ae + 1, ',') && is_cue(x, ae + 2) &&
            ing_form(x, ae + 2) && !word_is(x, ae + 2, "according")) {
            int32_t c0 = ae + 3;
            int32_t ce = clause_end(x, c0, lw);
            if (ce >= c0 && words_in(x, c0, ce) >= 3) {
                attrib at2 = at;
                at2.cue = at2.cue_end = ae + 2;
                at2.inverted = 0;
                if (emit(x, QUOTE_INDIRECT, x->t[c0].s, x->t[ce].e, -1, -1, &at2)) return -1;
                /* a quotation in the next sentence still continues the
                 * direct quote (PolNeAR joins it more often than not) */
                x->last_q = x->nq - 2;
            }
        }
        return 0;
    }
    if (before && left.cue >= 0 && !left.inverted && left.sp.a > f) {
        /* "Jane Roe says she really thinks Hale should stick to “what he’s
         * good at”", "He said, however, that he hopes “…”": a cue nested in
         * the content of an earlier one; PolNeAR's content is the outer
         * one's */
        attrib outer = {-1, -1, {-1, -1}, 0};
        /* round 8: up to 30 tokens back, and over "and"/"but" inside the
         * clause ("said she and her peers jokingly referred to …",
         * "says he’d sit Reis down and tell her “…”") */
        for (int32_t k = left.sp.a - 1; k >= f && k >= left.sp.a - 30; k--) {
            if (x->t[k].q >= 0 || punct_is(x, k, ';') || punct_is(x, k, ':') || punct_is(x, k, '(') ||
                punct_is(x, k, 0x2014) || punct_is(x, k, 0x2013) || word_in(x, k, rel_pron))
                break;
            /* only a comma around "however" stays in the clause */
            if (x->t[k].kind == T_PUNCT && !(punct_is(x, k, ',') && (word_is(x, k + 1, "however") ||
                                                                       word_is(x, k - 1, "however"))))
                break;
            if (!is_cue(x, k) || word_is(x, k, "according")) continue;
            outer = try_cue(x, k, f, left.sp.a - 1, x->sent_base[sid]);
            break;
        }
        int ok = outer.cue >= 0 && !outer.inverted;
        /* round 10: a cue whose speaker phrase is not its own but the
         * sentence subject's ("The mayor noted that he …, and added:
         * “…”", "…, calling him “…”") is no cue nested in the content of
         * the earlier one: it keeps its content, and the earlier cue's
         * subject, a phrase of its own, speaks */
        if (ok && !np_adjacent(x, &left)) {
            if (outer.sp.a >= 0 && (word_is(x, left.cue - 1, "and") || word_is(x, left.cue - 1, "but") ||
                                    punct_is(x, left.cue - 1, ',')))
                left.sp = outer.sp;
        } else if (ok)
            left = outer;
    }
    if (before && left.cue >= 0 && !left.inverted) {
        /* round 14a: "Hale told friends that the mayor knew … and
         * thought the jeering was a “mark of pride”", "The Journal
         * acknowledged that she had misspoken … when she claimed that
         * …”": a cue inside the "that" clause of an earlier cue (the cue,
         * at most six words of object or adjunct, "that"; only words
         * between "that" and the inner cue) reports inside that clause;
         * PolNeAR's content is the outer clause, from "that" (over a comma
         * the gold splits as often as not: "…, while X said", "…, which
         * he called") */
        for (int32_t k = left.cue - 1; k > f + 1 && k >= left.cue - 40; k--) {
            if (x->t[k].q >= 0 || x->t[k].kind != T_WORD) break;
            if (!word_is(x, k, "that")) continue;
            int32_t c = k - 1;
            while (c > f && c > k - 7 && x->t[c].kind == T_WORD && x->t[c].q < 0 && !is_cue(x, c)) c--;
            if (x->t[c].kind != T_WORD || x->t[c].q >= 0 || !is_cue(x, c) || word_is(x, c, "according")) continue;
            attrib o = try_cue(x, c, f, k - 1, x->sent_base[sid]);
            /* the inner cue's own subject is inside the clause (not "X
             * noted that …, and added: “…”", a second cue of X's) */
            if (o.cue >= 0 && !o.inverted &&
                ((left.sp.a > k && np_adjacent(x, &left)) || word_is(x, left.cue - 1, "and")))
                left = o;
            break;
        }
    }
    if (before && left.cue < 0 && at.cue < 0 && words_in(x, f, first_open - 1) <= 3 &&
        follows_direct_quote(x, sid, f, para)) {
        /* “A,” X said. Now, “B.” — a quotation after a few words with no
         * cue, right after a direct quote in the same paragraph, goes on
         * with it (PolNeAR joins these as it joins “A,” X said. “B.”) */
        return join_last_quote(x, sid, r0, r1, lw);
    }
    if (before && left.cue < 0 && at.cue < 0) {
        /* "her remark that “…”", "Pew found that “…”", "he expressed
         * amusement that X had “…”": with no cue in the sentence, a
         * "that" clause after a lower-case word, holding the quotation,
         * is reported content (a verb or a noun of saying outside the
         * lexicon); PolNeAR's content starts at "that" */
        for (int32_t c = first_open - 1; c > f && c >= first_open - 25; c--) {
            if (x->t[c].q >= 0 || punct_is(x, c, ';') || punct_is(x, c, ':') || punct_is(x, c, '(') ||
                punct_is(x, c, 0x2014))
                break;
            if (!word_is(x, c, "that")) continue;
            if (x->t[c - 1].kind != T_WORD || (x->t[c - 1].flags & F_CAP) || x->t[c - 1].q >= 0) break;
            /* a complement clause opens with its subject ("that he …",
             * "that the …", "that Crist …", "that “…"); a relative "that"
             * is followed by its verb ("a bill that created"), the
             * demonstrative by its noun ("that gap"); "so much that" */
            int32_t n1 = c + 1;
            if (n1 >= x->nt) break;
            if (!(x->t[n1].kind == T_QMARK || (x->t[n1].flags & (F_CAP | F_DIGIT)) ||
                  (tflags(x, n1) & LX_PRONOUN) || (is_determiner(x, n1) && !word_is(x, n1, "that"))))
                continue;
            if (word_is(x, c - 1, "so") || word_is(x, c - 1, "much") || word_is(x, c - 1, "time")) continue;
            if (relative_that(x, c)) continue;
            int32_t ce, rl = clause_regions(x, r0, r1, lw, &ce);
            int quoted = 0;
            for (int32_t k2 = r0; k2 <= rl; k2++) quoted += words_in(x, x->r[k2].t0, x->r[k2].t1);
            attrib th = {-1, -1, {-1, -1}, 0};
            /* "her remark that", "Trump’s claim that": the possessor of
             * the noun speaks; "Paul Ryan worried that": the phrase
             * before the verb; else the sentence subject */
            int32_t pv = c - 2;
            if (pv >= f && (word_is(x, pv, "his") || word_is(x, pv, "her") || word_is(x, pv, "their") ||
                            word_is(x, pv, "its") ||
                            (x->t[pv].kind == T_WORD && strip_poss(tx(x, pv), tl(x, pv)) != tl(x, pv)))) {
                int32_t m = mention_at(x, pv);
                th.sp.a = m >= 0 ? x->ms[m].t0 : pv;
                th.sp.b = pv;
            } else if (pv >= f) {
                th.sp = np_left(x, pv, f);
                /* quotes round 26: "She made it clear that …", "it is
                 * plain that": the neuter pronoun before an adjective is
                 * no speaker; the sentence's subject, if any */
                static const char *const it_adj[] = {"clear", "plain", "obvious", "apparent", "evident",
                                                     "known", "certain", "likely", NULL};
                static const char *const make[] = {"made", "make", "makes", "making", NULL};
                if (th.sp.a >= 0 && th.sp.a == th.sp.b && word_is(x, th.sp.a, "it") && word_in(x, c - 1, it_adj)) {
                    int it_object = th.sp.a == pv;
                    th.sp.a = th.sp.b = -1;
                    /* (the one who made it clear: "she made it clear") */
                    if (it_object && pv - 2 >= f && word_in(x, pv - 1, make)) {
                        tspan mk = np_left(x, pv - 2, f);
                        if (mk.a >= 0 && mk.b == pv - 2) th.sp = mk;
                    }
                }
            }
            if (th.sp.a < 0) th.sp = subject_of(x, x->sent_base[sid], c);
            quote_type ty = quoted * 2 >= words_in(x, c, ce) ? QUOTE_MIXED : QUOTE_PARTIAL;
            int32_t nq0 = x->nq;
            if (emit(x, ty, x->t[c].s, x->t[ce].e, r0, rl, &th)) return -1;
            /* a possessive pronoun resolves as its personal pronoun would */
            if (th.sp.a == pv && th.sp.b == pv && x->nq > nq0 && x->qs[x->nq - 1].speaker_entity < 0) {
                int person = word_is(x, pv, "his") || word_is(x, pv, "her");
                int g = word_is(x, pv, "his") ? PRON_MALE : word_is(x, pv, "her") ? PRON_FEMALE : 0;
                unsigned mask = person ? 1u << ENT_PERSON
                              : word_is(x, pv, "its") ? 1u << ENT_ORG
                              : word_is(x, pv, "their") ? (1u << ENT_ORG) | (1u << ENT_PERSON) : 0;
                if (mask) x->qs[x->nq - 1].speaker_entity = recent_entity(x, pv, mask, g);
            }
            return 0;
        }
        int as_rc = framed_as(x, sid, f, lw, first_open, r0, r1);
        if (as_rc) return as_rc < 0 ? -1 : 0;
        /* round 14a: "…, Ana Reis sings, “Don’t you leave the harbour
         * light on.”", "Hale issued a statement, “This morning, our town
         * …”", "From the report: “In general, …”": with no cue (nor a
         * subject before a colon), a lead-in ending in a comma or a colon
         * right before one quotation that closes the sentence and is a
         * whole sentence of its own (a capital, five words or more, . ? !
         * before the closing double mark; no title) introduces what was
         * said; the sentence subject, if any, says it */
        if (!after && r0 == r1 && x->r[r0].closed && !x->r[r0].single &&
            (punct_is(x, first_open - 1, ',') || punct_is(x, first_open - 1, ':')) &&
            x->t[first_open - 1].q < 0 && first_open + 1 < x->nt && x->t[first_open + 1].kind == T_WORD &&
            (x->t[first_open + 1].flags & F_CAP) && x->r[r0].t1 - 1 > first_open &&
            (punct_is(x, x->r[r0].t1 - 1, '.') || punct_is(x, x->r[r0].t1 - 1, '?') ||
             punct_is(x, x->r[r0].t1 - 1, '!')) &&
            words_reach(x, first_open, x->r[r0].t1, 5) && !title_region(x, r0)) {
            attrib subj = {-1, -1, subject_of(x, x->sent_base[sid], first_open), 0};
            /* "From the report: “…”": the source named after "from" */
            if (subj.sp.a < 0 && word_is(x, f, "from") && punct_is(x, first_open - 1, ':') &&
                f + 1 <= first_open - 2 && first_open - 2 - f <= 6 && x->t[f + 1].kind == T_WORD)
                subj.sp.a = f + 1, subj.sp.b = first_open - 2;
            return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r0].e, r0, r0, &subj);
        }
    }
    if (before && left.cue >= 0) {
        int32_t k = first_open - 1;
        int colon = punct_is(x, k, ':') || punct_is(x, k, ',');
        int32_t lead = left.inverted ? left.sp.b : left.cue_end;
        /* round 14a: "Sooner or later, the governor told reporters, “it
         * starts …”": the addressee of "told" belongs to the attribution */
        if (!left.inverted && is_tell(x, left.cue) && punct_is(x, first_open - 1, ',')) {
            int32_t m = lead + 1;
            while (m < first_open - 1 && m <= lead + 4 && x->t[m].kind == T_WORD && x->t[m].q < 0 &&
                   !word_is(x, m, "that") && !(tflags(x, m) & LX_PRONOUN && !word_is(x, m, "him") &&
                                               !word_is(x, m, "her") && !word_is(x, m, "them")))
                m++;
            if (m == first_open - 1 && m > lead + 1) lead = m - 1;
        }
        int tail = words_in(x, lead + 1, first_open - 1);
        int atq = colon && tail <= 6 && !word_is(x, lead + 1, "that");
        /* "X told Breitbart News Daily host Matt Boyle, “Hillary’s …”", "X
         * said in a guest column before a 2014 hearing, “The …”": a longer
         * adjunct before a comma and a quotation opening with a capital
         * (a sentence of its own) */
        if (!atq && colon && tail <= 10 && !word_is(x, lead + 1, "that") && first_open + 1 < x->nt &&
            x->t[first_open + 1].kind == T_WORD && (x->t[first_open + 1].flags & F_CAP)) {
            /* a title ("Make America Great Again") is no sentence */
            int title = 1;
            for (int32_t m = first_open + 1; m < x->r[r0].t1 && title; m++)
                if (x->t[m].kind == T_WORD && !(x->t[m].flags & (F_CAP | F_DIGIT)) && !is_connector(x, m) &&
                    !word_is(x, m, "the") && !word_is(x, m, "a") && !word_is(x, m, "and"))
                    title = 0;
            /* the adjunct holds no clause of its own (no "that", no subject
             * pronoun, no quotation; round 14a: no auxiliary, "said the
             * tide was sure to turn, “I just …”") */
            int clause = 0;
            for (int32_t m = lead + 1; m < first_open - 1 && !clause; m++)
                clause = x->t[m].q >= 0 || word_is(x, m, "that") || word_in(x, m, finite_aux) ||
                         ((tflags(x, m) & LX_PRONOUN) && !word_is(x, m, "her") && !word_is(x, m, "his") &&
                          !word_is(x, m, "their") && !word_is(x, m, "its"));
            atq = !title && !clause;
        }
        /* "In cases of fare dodging, it said, “the rider is to blame.”": an
         * attribution set off by commas right before a quotation that goes
         * on with the sentence (lower case), with words before it, is
         * parenthetical: the content starts at the sentence start (below);
         * before a capital the quotation is a sentence of its own ("Asked
         * about it, Ryan said, “Sure.”") */
        int paren_q = 0;
        if (atq && punct_is(x, k, ',') && lead + 1 == k) {
            int32_t sp0 = phrase_start(x, &left, f);
            paren_q = sp0 > f && punct_is(x, sp0 - 1, ',') && words_in(x, f, sp0 - 1) > 0 &&
                      first_open + 1 < x->nt && x->t[first_open + 1].kind == T_WORD &&
                      !(x->t[first_open + 1].flags & (F_CAP | F_DIGIT));
            /* "Still, she added, “we …”", "Tuesday, he said, “it …”": a
             * lone adverb before the attribution modifies the reporting
             * clause, not what was said (a lone conjunction or subject is
             * said: "But, he said, “there …”", "That, X said, “would …”") */
            static const char *const lone_adv[] = {"still", "now", "yet", "however", "meanwhile", "moreover",
                                                   "indeed", "again", "also", "then", "later", "earlier",
                                                   "instead", "nonetheless", "nevertheless", "afterward",
                                                   "today", "yesterday", "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday", "sunday", NULL};
            if (paren_q && words_in(x, f, sp0 - 1) == 1 &&
                (word_in(x, f, lone_adv) || (tl(x, f) > 4 && tx(x, f)[tl(x, f) - 2] == 'l' && tx(x, f)[tl(x, f) - 1] == 'y')))
                paren_q = 0;
            /* "If elected, she said, “I will …”", "But, she added, “…”",
             * "As for the vetting, she said, “The …”", "Of Carson, X
             * said, “…”": a lead-in that is a condition, a lone
             * conjunction or a topic is part of what was said even before
             * a capital (not "As the crowd cheered, …", "But in a call
             * with reporters, …") */
            static const char *const lead_in[] = {"if", "whether", "instead", "of", NULL};
            if (!paren_q && sp0 > f && punct_is(x, sp0 - 1, ',') && words_in(x, f, sp0 - 1) > 0 &&
                x->t[f].kind == T_WORD && x->t[f].q < 0 &&
                ((word_in(x, f, lead_in) && !(word_is(x, f, "instead") && !punct_is(x, f + 1, ','))) ||
                 (word_is(x, f, "as") && word_is(x, f + 1, "for")) ||
                 (word_is(x, f, "but") && words_in(x, f, sp0 - 1) == 1)))
                paren_q = 1;
        }
        if (atq && !after && !paren_q) {
            /* "X said in his 2012 book, “A Harbour Son.”": a title */
            if (r0 == r1 && title_region(x, r0) && !punct_is(x, first_open - 1, ':')) return 0;
            return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &left);
        }
        /* reported speech holding quoted words */
        int32_t c0 = left.inverted ? left.sp.b + 1 : left.cue_end + 1;
        if (left.inverted) {
            while (c0 <= lw && x->t[c0].kind == T_PUNCT) c0++;
        } else {
            while (c0 < first_open && (is_adverb(x, c0) || is_day(x, c0))) c0++;
        }
        if (c0 > lw) return 0;
        /* "For them, he said, the “…”": a parenthetical attribution inside
         * the reported content, which starts at the sentence start */
        int paren = 0;
        {
            int32_t sp0 = phrase_start(x, &left, f);
            /* round 21: "It matters, she said in an interview, that …",
             * "If anything, X argued in his letter, the …": the
             * parenthetical attribution may carry an adjunct (after a
             * speaker that is a name, a pronoun or a noun phrase, not
             * "His claim, boldly stated on TV, was …") */
            int32_t pe = lead;
            if (!left.inverted && left.sp.a >= 0 &&
                ((x->t[left.sp.a].flags & F_CAP) || (tflags(x, left.sp.a) & LX_PRONOUN) || is_determiner(x, left.sp.a)))
                pe = adjunct_end(x, lead, first_open);
            if (sp0 > f && punct_is(x, sp0 - 1, ',') && punct_is(x, pe + 1, ',') && pe + 2 <= first_open &&
                words_in(x, f, sp0 - 1) > 0) {
                c0 = f, paren = 1;
                /* round 14a: "In 2008, X said, the foundation's …", "At
                 * the same time, X added, “you saw …”": a lead-in of time
                 * without a clause says when it was said; the content
                 * starts after the attribution */
                if (time_lead(x, f, sp0 - 2)) c0 = pe + 2;
            }
        }
        /* round 14a: "In a September poll, 75 percent of riders said
         * “…” …": the share of those polled who said it is part of what
         * the poll reports, which PolNeAR's content starts with (the cue's
         * subject after a comma: a number, then "percent", "%" or "in 10") */
        if (!paren && !atq && !left.inverted && left.sp.a >= f && left.sp.b < left.cue) {
            int32_t p = left.cue - 1;
            while (p > f && p >= left.cue - 9 && x->t[p].q < 0 &&
                   (x->t[p].kind == T_WORD || punct_is(x, p, '%')))
                p--;
            int32_t poll = -1;
            for (int32_t m = f; m < p && poll < 0; m++)
                if (word_is(x, m, "poll") || word_is(x, m, "survey")) poll = m;
            int32_t n0 = p + 1;
            if (n0 < left.cue && (word_is(x, n0, "just") || word_is(x, n0, "only") || word_is(x, n0, "about")))
                n0++;
            if (poll >= 0 && punct_is(x, p, ',') && n0 + 1 < left.cue && (x->t[n0].flags & F_DIGIT) &&
                (word_is(x, n0 + 1, "percent") || punct_is(x, n0 + 1, '%') || word_is(x, n0 + 1, "in"))) {
                c0 = p + 1;
                /* the poll speaks: "a September Gazette poll" */
                int32_t a = poll;
                while (a - 1 >= f && a > poll - 10 && x->t[a - 1].q < 0 &&
                       ((x->t[a - 1].kind == T_WORD && !word_in(x, a - 1, fb_prep)) ||
                        (punct_is(x, a - 1, '/') && a - 2 >= f && x->t[a - 2].kind == T_WORD))) /* CNN/ORC */
                    a--;
                left.sp.a = a;
                left.sp.b = poll;
            }
        }
        /* round 14a: "Tom Hale has been called the “Nelson of the
         * North”", "She is nicknamed ''Naked Girl.''", "what is called a
         * “debate”": a passive cue (a form of "be" before it) names its
         * subject; PolNeAR's content starts at the subject (back to the
         * sentence start, a comma, a conjunction, or a relative pronoun,
         * which it includes; over an appositive set off by commas), and
         * the subject is not who said it */
        if (!paren && !atq && !left.inverted && left.cue > f &&
            /* the merge of 14a and 14b: with a subject phrase found (not
             * an auxiliary: "X, a former docker, has been called"), the
             * round-14b rule below reads the passive (+2 true positives
             * over this rule first) */
            !(left.sp.a >= f && left.sp.a < left.cue - 1 && !word_in(x, left.sp.a, finite_aux) &&
              !word_is(x, left.sp.a, "been") && !word_is(x, left.sp.a, "be")) &&
            (past_verb(x, left.cue) || word_is(x, left.cue, "said")) &&
            !word_is(x, left.cue, "asked") && !word_is(x, left.cue, "warned")) {
            /* "Pence was asked about", "the FBI was warned about": the
             * subject is the addressee */
            /* not "being" ("without being told to “smile”"), nor "told"
             * (its subject is the addressee) */
            static const char *const be[] = {"is", "are", "was", "were", "be", "been", NULL};
            static const char *const have[] = {"has", "have", "had", NULL};
            static const char *const stop[] = {"and", "but", "or", "nor", "while", "when", "because", "if",
                                               "although", "though", "as", "since", "after", "before",
                                               "despite", "until", "unless", "whether", NULL};
            static const char *const rel[] = {"what", "which", "who", "that", NULL};
            int32_t b = left.cue - 1;
            while (b > f && is_adverb(x, b)) b--;
            int32_t s0 = -1;
            if (b > f && word_in(x, b, be)) {
                s0 = b - 1;
                if (word_is(x, b, "been") && word_in(x, s0, have)) s0--;
                while (s0 > f && is_adverb(x, s0)) s0--;
                /* "will be described", "cannot be portrayed" */
                if (s0 > f && word_is(x, b, "be") && (word_in(x, s0, finite_aux) || word_is(x, s0, "cannot") ||
                                                       word_is(x, s0, "would") || word_is(x, s0, "will")))
                    s0--;
                while (s0 > f && is_adverb(x, s0)) s0--;
            }
            if (s0 > f && punct_is(x, s0, ',')) { /* "Quist's book, now made into a play, is described" */
                int32_t m = s0 - 1;
                while (m > f && m > s0 - 10 && x->t[m].q < 0 && x->t[m].kind == T_WORD) m--;
                s0 = punct_is(x, m, ',') && m > f ? m - 1 : -1;
            }
            if (s0 >= f && x->t[s0].kind == T_WORD && x->t[s0].q < 0 && !word_in(x, s0, stop) &&
                !word_in(x, s0, fb_prep) && !word_in(x, s0, finite_aux) && !ing_form(x, s0)) {
                int32_t a = s0;
                if (!(tflags(x, s0) & LX_PRONOUN) && !word_in(x, s0, rel))
                    while (a - 1 >= f && a > s0 - 12 && x->t[a - 1].kind == T_WORD && x->t[a - 1].q < 0 &&
                           !word_in(x, a - 1, stop) && !is_cue(x, a - 1) && !word_in(x, a - 1, finite_aux) &&
                           !ing_form(x, a - 1) &&
                           !(tflags(x, a - 1) & LX_PRONOUN && !word_in(x, a - 1, rel)))
                        if (word_in(x, --a, rel)) break;
                c0 = a;
                left.sp.a = left.sp.b = -1;
                /* "… has been criticised for “…” by campaigners in the US":
                 * the agent speaks */
                for (int32_t m = left.cue + 1; m < lw && m <= left.cue + 40; m++) {
                    if (x->t[m].q >= 0 || x->t[m].kind != T_WORD) continue;
                    if (punct_is(x, m - 1, ',') || punct_is(x, m - 1, ';')) break;
                    if (word_is(x, m, "by")) {
                        if (m > x->r[r0].t0) left.sp = np_right(x, m + 1, lw);
                        break;
                    }
                }
                paren = 1;
            }
        }
        int named = 0; /* a reduced relative naming the thing: below */
        /* round 10: "Hale shared a reading list for a sailing class called
         * “Knots”", "They attacked the fee dodge called an
         * “offset”": a participle right after a description that is
         * the object of a verb or a preposition names the thing (a reduced
         * relative clause); the content starts at the description, and
         * the sentence subject speaks */
        static const char *const be_form[] = {"is", "was", "are", "were", "be", "been", "being", NULL};
        static const char *const naming[] = {"called", "named", "dubbed", "nicknamed", "titled", "entitled",
                                             "labeled", "labelled", "branded", "termed", NULL};
        if (!paren && !left.inverted && left.sp.a > f && left.sp.b + 1 == left.cue && past_verb(x, left.cue) &&
            !word_in(x, left.cue - 1, be_form) && /* a passive: below */
            !(tflags(x, left.sp.b) & LX_PRONOUN) && !cap_word(x, left.sp.b) && x->t[left.sp.a - 1].kind == T_WORD &&
            x->t[left.sp.a - 1].q < 0 && !(x->t[left.sp.a - 1].flags & F_CAP) && !is_cue(x, left.sp.a - 1) &&
            !word_is(x, left.sp.a - 1, "and") && !word_is(x, left.sp.a - 1, "but") &&
            !word_is(x, left.sp.a - 1, "or") && !word_is(x, left.sp.a - 1, "then") &&
            !word_is(x, left.sp.a - 1, "that") && !word_in(x, left.sp.a - 1, rel_pron) &&
            /* the name follows at once: "called “…”", "called an “…”" */
            (left.cue + 1 == first_open ||
             (left.cue + 2 == first_open && (word_is(x, left.cue + 1, "a") || word_is(x, left.cue + 1, "an") ||
                                             word_is(x, left.cue + 1, "the"))))) {
            c0 = left.sp.a;
            left.sp = subject_of(x, x->sent_base[sid], left.sp.a);
            paren = 1;
            named = word_in(x, left.cue, naming);
        }
        /* round 14b: "This policy has been called “careful vagueness” by
         * X", "The fund will informally be dubbed the “Save the Pier
         * Fund”", "Hale was said to be “livid”", "she is nicknamed
         * ''Naked Girl''": a passive cue (a form of "be", a past
         * participle; not "was asked" or "was quoted as saying", which
         * report what the subject said) says what the subject is called
         * or said to be: the content starts at the subject and ends
         * before a "by" agent, which speaks */
        int passive = 0;
        if (!paren && !left.inverted && !atq && left.sp.a >= f && left.sp.a < left.cue - 1 &&
            (past_verb(x, left.cue) || word_is(x, left.cue, "said") || word_is(x, left.cue, "told")) &&
            !word_is(x, left.cue, "asked") && !word_is(x, left.cue, "quoted")) {
            int32_t b = left.cue - 1;
            if (b > left.sp.a && is_adverb(x, b) && tl(x, b) > 4) b--; /* "be informally dubbed" */
            /* the quotation soon after the cue, no "that" clause first ("it
             * was announced last week that “…”" reports the clause) */
            int near = !words_reach(x, left.cue_end + 1, first_open - 1, 7);
            for (int32_t m = left.cue_end + 1; m < first_open && near; m++) near = !word_is(x, m, "that");
            if (near && word_in(x, b, be_form)) {
                passive = 1;
                c0 = left.sp.a;
                if (word_is(x, c0, "that") && c0 + 1 < left.cue) c0++;
                static const char *const rel_what[] = {"what", "which", "who", NULL};
                if (word_is(x, b, "being")) c0 = b; /* "celebrating being dubbed the “…”" */
                else if (b - 1 > f && word_in(x, b - 1, rel_what)) c0 = b - 1; /* "what is called a “…”" */
                else /* the head a name hangs on: "This feature of the Gülen movement" */
                    while (c0 - 2 >= f && (word_is(x, c0 - 1, "of") ||
                                           (word_is(x, c0 - 1, "the") && word_is(x, c0 - 2, "of")))) {
                        c0 -= word_is(x, c0 - 1, "of") ? 1 : 2;
                        while (c0 - 1 >= f && x->t[c0 - 1].kind == T_WORD && x->t[c0 - 1].q < 0 &&
                               !(x->t[c0 - 1].flags & F_CAP) && !is_cue(x, c0 - 1) && !word_in(x, c0 - 1, fb_prep) &&
                               !word_is(x, c0 - 1, "that") && !word_is(x, c0 - 1, "and") && !word_is(x, c0 - 1, "but"))
                            c0--;
                        if (c0 - 1 >= f && cap_word(x, c0 - 1) && c0 - 1 == f) c0--; /* "This feature" */
                    }
                paren = 1;
                /* the name right after the cue ("is labelled as either
                 * “fair” or …" names no one thing) */
                named = word_in(x, left.cue, naming) &&
                        (first_open == left.cue + 1 ||
                         (first_open == left.cue + 2 && (word_is(x, left.cue + 1, "a") ||
                                                         word_is(x, left.cue + 1, "an") ||
                                                         word_is(x, left.cue + 1, "the"))));
                left.sp.a = left.sp.b = -1;
            }
        }
        /* round 10: "The Courier, Reis said, called the decision “…”", "No
         * different, he said, from Tom Hale calling …": an attribution
         * set off by commas before the cue nearest the quotation, with
         * words before it, is parenthetical to the whole sentence: its
         * speaker speaks, the content starts at the sentence start */
        if (!paren && !left.inverted && !atq) {
            for (int32_t pc = f + 2; pc < left.cue - 1; pc++) {
                if (x->t[pc].q >= 0 || !is_cue(x, pc) || word_is(x, pc, "according") || ing_form(x, pc)) continue;
                attrib pa = try_cue(x, pc, f, pc - 1, x->sent_base[sid]);
                if (pa.cue < 0 || pa.inverted || pa.sp.a < 0 || !np_adjacent(x, &pa)) continue;
                int32_t p0 = phrase_start(x, &pa, f);
                if (!(p0 > f && punct_is(x, p0 - 1, ','))) continue;
                /* the cue, at most a few words of adjunct, and the comma */
                int32_t e = pc + 1;
                if (word_in(x, e, fb_prep) && !word_is(x, e, "to"))
                    while (e < left.cue && e <= pc + 6 && x->t[e].kind == T_WORD && !word_is(x, e, "that")) e++;
                /* not ", adding that …", ", telling them …": a participle
                 * after the comma goes on with the attribution */
                if (!punct_is(x, e, ',') || (e + 1 < x->nt && ing_form(x, e + 1) && !(x->t[e + 1].flags & F_CAP)))
                    break;
                left = pa;
                c0 = f, paren = 1;
                break;
            }
        }
        /* "told reporters Tuesday that …", "said in a statement that …":
         * the content starts at "that" */
        int32_t c_obj = c0; /* the cue's object, before any "that" */
        if (!left.inverted && !paren) {
            int that = 0, comma = 0;
            for (int32_t k2 = c0; k2 <= lw && k2 < c0 + (is_tell(x, left.cue) ? 26 : 16); k2++) {
                if (punct_is(x, k2, ',')) { comma = 1; continue; } /* "told a town hall in Alden, Oregon that" */
                /* "said on KTV’s “Harbour Hour” on Sunday that …": a title
                 * in marks (capitalised words only) inside the adjunct */
                if (x->t[k2].kind == T_QMARK && x->t[k2].q >= 0 && x->r[x->t[k2].q].t0 == k2) {
                    const region *g = &x->r[x->t[k2].q];
                    int title = g->t1 - g->t0 <= 8;
                    for (int32_t m = g->t0 + 1; m < g->t1 && title; m++)
                        title = x->t[m].kind == T_PUNCT || cap_word(x, m) || is_connector(x, m) ||
                                word_is(x, m, "the") || word_is(x, m, "a");
                    if (!title || words_in(x, g->t0, g->t1) == 0) break;
                    k2 = g->t1;
                    continue;
                }
                if (k2 >= first_open && x->t[k2].q >= 0) break;
                if (x->t[k2].kind != T_WORD) break;
                if (word_is(x, k2, "that")) {
                    /* round 13: "said the parts of the network that were
                     * hacked suggested …": "that" after a noun and before
                     * a verb is a relative pronoun inside the clause */
                    if (k2 > c0 + 1 && x->t[k2 - 1].kind == T_WORD && !is_cue(x, k2 - 1) &&
                        (word_in(x, k2 + 1, finite_aux) || past_verb(x, k2 + 1)))
                        break;
                    if (k2 > c0) c0 = k2;
                    that = 1;
                    break;
                }
                /* "said it’s foolish to expect that …", "said he’s going
                 * and that …": a subject or a conjunction first means the
                 * clause has started; a later "that" is inside it */
                if (word_is(x, k2, "and") || word_is(x, k2, "but") ||
                    ((tflags(x, k2) & LX_PRONOUN) && !word_is(x, k2, "him") && !word_is(x, k2, "her") &&
                     !word_is(x, k2, "them") && !word_is(x, k2, "us") && !word_is(x, k2, "me")))
                    break;
                /* "said Thursday his biggest worry is that …": a possessive
                 * opening a noun phrase (not "in his speech", not an
                 * addressee of "told") is the clause's subject */
                if (!is_tell(x, left.cue) && !word_in(x, k2 - 1, fb_prep) &&
                    (word_is(x, k2, "his") || word_is(x, k2, "their") || word_is(x, k2, "its") ||
                     word_is(x, k2, "our") || word_is(x, k2, "my")))
                    break;
                /* "said the Kelmouth poll was the plainest sign so far that …",
                 * "said Clinton reassured them that …": a finite verb
                 * after a word means the clause has started */
                if (k2 > c0 && !comma && (word_in(x, k2, finite_aux) || (past_verb(x, k2) && cap_word(x, k2 - 1))))
                    break;
            }
            /* "told the Kelmouth Courier he was …", "told reporters the
             * plan …": the addressee is not part of the content, which
             * starts at the first pronoun or determiner after it; a longer
             * addressee ("told a union gathering in Ohio she …") ends at
             * a pronoun ("the" may be inside it: "a crowd at the fair") */
            if (!that && is_tell(x, left.cue))
                for (int32_t k2 = c0 + 1; k2 < first_open && k2 <= c0 + 10; k2++) {
                    if (x->t[k2].kind != T_WORD) break;
                    /* round 12: "told host Nora Quist a Hale defeat is
                     * …": an article right after a named addressee */
                    if (((tflags(x, k2) & LX_PRONOUN) && !word_is(x, k2, "her") && !word_is(x, k2, "him")) ||
                        (word_is(x, k2, "the") && k2 <= c0 + 5) ||
                        ((word_is(x, k2, "a") || word_is(x, k2, "an")) && k2 <= c0 + 5 && cap_word(x, k2 - 1))) {
                        c0 = k2;
                        break;
                    }
                }
        }
        /* round 12: "promised Sunday at a Kelmouth rally to end “…”": an
         * adjunct of place or time ("at", "during"; not an object, "called
         * on Congress to act") opening the content before an infinitive is
         * no part of what was said */
        if (!atq && !paren && !left.inverted && c0 < first_open && (word_is(x, c0, "at") || word_is(x, c0, "during")))
            for (int32_t k2 = c0 + 1; k2 + 1 < first_open && k2 <= c0 + 8; k2++) {
                if (x->t[k2].kind != T_WORD || x->t[k2].q >= 0) break;
                if (word_is(x, k2, "to") && x->t[k2 + 1].kind == T_WORD && !(x->t[k2 + 1].flags & F_CAP) &&
                    !is_determiner(x, k2 + 1)) {
                    c0 = k2;
                    break;
                }
            }
        /* "Reis said, “We have two weeks left” until the count":
         * after "said," the content starts at the quotation */
        if (atq && !paren_q) c0 = first_open;
        /* round 13: "acknowledged at a town meeting Monday night “it will
         * be …”": an adjunct of place or time (in, on, at, during, then a
         * few words with no clause, infinitive or pronoun) right before
         * the mark is where it was said; the content starts at the
         * quotation */
        if (!atq && !paren && !left.inverted && c0 + 1 < first_open && c0 == c_obj && first_open - c0 <= 8 &&
            (word_is(x, c0, "in") || word_is(x, c0, "on") || word_is(x, c0, "at") || word_is(x, c0, "during")) &&
            !title_region(x, r0)) {
            static const char *const where_prep[] = {"in", "on", "at", "during", NULL};
            int adj = 1;
            for (int32_t m = c0 + 1; m < first_open && adj; m++)
                adj = x->t[m].kind == T_WORD && x->t[m].q < 0 && !word_is(x, m, "to") && !word_is(x, m, "that") &&
                      !word_is(x, m, "as") && !(word_in(x, m, fb_prep) && !word_in(x, m, where_prep)) &&
                      !(tflags(x, m) & (LX_PRONOUN | LX_CUE)) &&
                      !word_in(x, m, finite_aux) && !ing_form(x, m);
            if (adj) c0 = first_open;
        }
        /* "X declared the need for …: “Change …”", "X responded with a
         * phrase …: “…”": a cue whose object is a noun phrase or an adjunct
         * (not a clause: "said that …:", "said he …:") introduces the
         * quotation after the colon, which is the content */
        int colq = 0;
        if (!atq && !paren && !left.inverted && c_obj < first_open - 1 &&
            (punct_is(x, first_open - 1, ':') ||
             /* "posted two words on his network - ''So terrible''": a dash
              * before a quotation opening with a capital */
             ((punct_is(x, first_open - 1, 0x2014) || punct_is(x, first_open - 1, 0x2013) ||
               (punct_is(x, first_open - 1, '-') && x->t[first_open - 1].left_space)) &&
              first_open + 1 < x->nt && (x->t[first_open + 1].flags & F_CAP))) &&
            x->t[c_obj].kind == T_WORD && x->t[c_obj].q < 0 &&
            ((is_determiner(x, c_obj) && !word_is(x, c_obj, "that")) || word_in(x, c_obj, fb_prep)))
            c0 = first_open, colq = 1;
        /* round 10: "Hale asserted that Kelmouth had lost its spirit:
         * “Kelmouth is not Kelmouth any more,” he claimed.", "… was unserious -
         * “Again, …,” she said -": a quotation after a colon or a dash that
         * opens with a capital and has an attribution of its own after it
         * is a direct quote; the clause before the mark is reported as
         * indirect speech */
        if (!colq && !atq && !paren && !left.inverted && at.cue > x->r[r0].t1 && at.sp.a >= 0 &&
            c0 < first_open - 1 && first_open + 1 < x->nt && (x->t[first_open + 1].flags & F_CAP) &&
            (punct_is(x, first_open - 1, ':') || punct_is(x, first_open - 1, 0x2014) ||
             punct_is(x, first_open - 1, 0x2013) || (punct_is(x, first_open - 1, '-') && x->t[first_open - 1].left_space))) {
            int32_t e = first_open - 2;
            if (x->t[c0].kind == T_WORD && words_in(x, c0, e) >= 3 &&
                emit(x, QUOTE_INDIRECT, x->t[c0].s, x->t[e].e, -1, -1, &left))
                return -1;
            c0 = first_open, colq = 1;
        }
        /* "…, which she declared “an utter mess”", "Hale, who she dubbed
         * “…”": the relative pronoun before the speaker is the object of
         * the cue, and PolNeAR's content starts there */
        if (!left.inverted && !paren && !atq && left.sp.a - 1 >= f && c0 == left.cue_end + 1) {
            /* round 10: also "what": "what she calls the “harbour
             * club”", "what Mr. Rowe called ''the old …''" (a free
             * relative: the quotation is what the cue names), and over a
             * time between the speaker and the cue ("which Mayor
             * Reis on Friday declared", "who Hale on Wednesday called") */
            static const char *const rel_what[] = {"which", "who", "whom", "what", NULL};
            int32_t r = left.sp.a - 1;
            /* round 12: the speaker's title is part of its phrase ("which
             * Mr. Hale called", "what Sen. Reed calls") */
            while (r > f && (tflags(x, r) & LX_TITLE)) r--;
            if (word_in(x, r, rel_what)) c0 = r;
            else
                for (r = left.cue - 1; r > f && r >= left.cue - 10 && x->t[r].kind == T_WORD && x->t[r].q < 0; r--)
                    if (word_in(x, r, rel_what)) {
                        /* the words between: a name or pronoun, then "on" and a day */
                        int32_t d = left.cue - 1;
                        if (is_day(x, d) && word_is(x, d - 1, "on") && d - 2 > r) c0 = r;
                        break;
                    }
            /* round 22: over the speaker's description or appositive ("one
             * which Kelmouth historian Tom Hale calls “…”", "a port that the
             * last mayor, Tom Hale, called “…”"): with a naming cue right
             * before the quotation, a relative pronoun, or "that" after a
             * noun, up to ten tokens before the speaker, with only words
             * between, none a verb (and the appositive's commas) */
            int names_it = c0 == left.cue_end + 1 && first_open == c0 &&
                           (naming_verb(x, left.cue) || word_is(x, left.cue, "calls"));
            for (r = left.sp.a - 1; names_it && r > f && r >= left.sp.a - 10; r--) {
                if (x->t[r].q >= 0 ||
                    !(x->t[r].kind == T_WORD ||
                      (r == left.sp.a - 1 && punct_is(x, r, ',') && punct_is(x, left.sp.b + 1, ','))))
                    break;
                if (word_in(x, r, rel_what) ||
                    (word_is(x, r, "that") && x->t[r - 1].kind == T_WORD && x->t[r - 1].q < 0 &&
                     !(tflags(x, r - 1) & (LX_FUNC | LX_PRONOUN)) && !is_cue(x, r - 1) && !past_verb(x, r - 1) &&
                     !word_in(x, r - 1, irregular_past))) {
                    c0 = r;
                    break;
                }
                if (x->t[r].kind == T_WORD && (is_cue(x, r) || past_verb(x, r) || word_in(x, r, finite_aux))) break;
            }
        }
        int32_t ce = lw;
        /* a title stepped over before "that" is no part of the content;
         * with no quotation after it the report is indirect */
        int32_t rs = r0;
        while (rs <= r1 && x->r[rs].t1 < c0) rs++;
        if (rs > r1) return emit(x, QUOTE_INDIRECT, x->t[c0].s, x->t[lw].e, -1, -1, &left);
        /* round 10: "he said Wednesday morning on KTV’s “Dawn Watch.”":
         * after the cue only a time and adjuncts naming a title; nothing
         * is reported (the words said are elsewhere) */
        if (!atq && !colq && !paren && !left.inverted && c0 == c_obj) {
            static const char *const daypart[] = {"morning", "afternoon", "evening", "night", NULL};
            int32_t a0 = c0;
            while (a0 <= lw && word_in(x, a0, daypart)) a0++;
            int adj = a0 <= lw && x->t[a0].q < 0 && word_in(x, a0, fb_prep);
            /* no "that" clause, no object after a comma ("noted on the radio
             * the shift from the motto, “…”") */
            for (int32_t m = a0; m <= lw && adj; m++)
                adj = x->t[m].q >= 0 || !(word_is(x, m, "that") || (punct_is(x, m, ',') && m < x->r[r1].t0));
            for (int32_t m = rs; m <= r1 && adj; m++) adj = title_region(x, m);
            if (adj) return 0;
        }
        /* the content stops at a clause boundary after its last quotation */
        int32_t rl = r1;
        while (rl > rs && x->r[rl].t0 > lw) rl--;
        /* round 14b: "held up a sign which read “Riders 4 Reis” — and
         * waved it, mouthing “thank you”", "hopes she will lift the port
         * “out of its slump” - and one claim that she is not “…”": a
         * dash right after a quotation, with no dash before it in the
         * content, ends the report there; a later quotation is another's */
        for (int32_t k2 = rs; k2 < rl; k2++) {
            int32_t d = x->r[k2].t1 + 1;
            if (!(punct_is(x, d, 0x2014) || punct_is(x, d, 0x2013) || (punct_is(x, d, '-') && x->t[d].left_space)))
                continue;
            /* not a quotation in apposition ("his “eleventh commandment” -
             * “Thou shall not …”") */
            int32_t d2 = d;
            while (d2 + 1 < x->nt && punct_is(x, d2 + 1, '-')) d2++; /* "--" */
            if (d2 + 1 < x->nt && x->t[d2 + 1].kind == T_QMARK) break;
            /* nor a short complement of the same predicate: "were not
             * “cruel” - just “prudent”" */
            if (!words_reach(x, d2 + 1, x->r[k2 + 1].t0 - 1, 3)) break;
            /* nor the dash closing one opened before, in the content */
            int dash = 0;
            for (int32_t m = c0; m < x->r[k2].t0 && !dash; m++)
                dash = x->t[m].q < 0 && (punct_is(x, m, 0x2014) || punct_is(x, m, 0x2013) ||
                                         (punct_is(x, m, '-') && x->t[m].left_space));
            if (!dash) rl = k2;
            break;
        }
        ce = clause_end(x, x->r[rl].t1 + 1, lw);
        /* "While X admitted that it would be “rather tough” …, his campaign
         * argued …": in a sentence that opens with a subordinate clause
         * holding the cue, the content ends at the comma before the main
         * clause's subject */
        static const char *const subord[] = {"while", "when", "whenever", "although", "though", "if", "because",
                                             "since", "after", "before", "until", "once", "unless", "even", NULL};
        if (!paren && left.cue > f && x->t[f].kind == T_WORD && word_in(x, f, subord))
            for (int32_t k2 = x->r[rl].t1 + 1; k2 < ce; k2++)
                if (x->t[k2].q < 0 && punct_is(x, k2, ',') && x->t[k2 + 1].kind == T_WORD &&
                    ((tflags(x, k2 + 1) & LX_PRONOUN) || is_determiner(x, k2 + 1) || word_is(x, k2 + 1, "others") ||
                     (cap_word(x, k2 + 1) && !punct_is(x, k2 + 2, ',')))) { /* not "in Reno, Nev., …" */
                    ce = k2 - 1;
                    break;
                }
        /* round 14b: "has set up a website called “Kelmouth If Hale
         * Wins” that pitches …", "broadcast a short film called “Our
         * Harbour” on KTV": what the reduced relative names ends
         * with the name; the rest of the clause is about the thing */
        int32_t ce_clause = ce;
        if (named && x->r[rs].t1 < ce) ce = x->r[rs].t1;
        /* "was described by Reis as the “finest ferry” built by
         * the yard": an agent before the quotation speaks, and the content
         * goes on (the "by" after it is no agent of the cue) */
        for (int32_t k2 = left.cue_end + 1; passive && k2 < first_open; k2++)
            if (word_is(x, k2, "by")) {
                left.sp = np_right(x, k2 + 1, first_open - 1);
                passive = 0;
            }
        if (passive)
            for (int32_t k2 = x->r[rs].t1 + 1; k2 <= ce_clause; k2++)
                if (x->t[k2].q < 0 && word_is(x, k2, "by")) {
                    left.sp = np_right(x, k2 + 1, lw);
                    if (k2 - 1 < ce) ce = k2 - 1;
                    while (ce > c0 && x->t[ce].kind == T_PUNCT && x->t[ce].q < 0) ce--;
                    break;
                }
        while (rl > rs && x->r[rl].t0 > ce) rl--;
        if (ce < c0) ce = lw;
        int quoted = 0;
        for (int32_t k2 = rs; k2 <= rl; k2++) quoted += words_in(x, x->r[k2].t0, x->r[k2].t1);
        int total = words_in(x, c0, ce);
        quote_type ty = quoted * 2 >= total ? QUOTE_MIXED : QUOTE_PARTIAL;
        if (((atq && !paren_q) || colq) && ce == x->r[rl].t1) ty = QUOTE_DIRECT;
        /* "X declared the need …: “A,” she said": the quotation's own
         * attribution names the speaker */
        if ((colq || (atq && !paren_q)) && at.cue >= 0 && at.sp.a >= 0)
            return emit(x, ty, x->t[c0].s, x->t[ce].e, rs, rl, &at);
        return emit(x, ty, x->t[c0].s, x->t[ce].e, rs, rl, &left);
    }
    if (before && at.cue >= 0) {
        /* round 13: "Recalling ''the consequences …,'' the statement urged
         * …", "Citing “obligations in Tennessee,” his spokeswoman told X
         * that …": a participle opening the sentence reports the
         * quotation closed by a comma after it, spoken by the main
         * clause's speaker; the main clause is read on as before */
        if (r0 == r1 && at.cue > x->r[r0].t1 && !at.inverted && ing_form(x, f) && !title_region(x, r0) &&
            /* the main clause goes on after its cue (not a gerund subject:
             * "Closing the port would “…,” he added") */
            words_reach(x, at.cue_end + 1, lw, 3)) {
            attrib lead;
            int32_t ls = lead_in_report(x, f, first_open, r0, &at, &lead);
            if (ls >= 0 && emit(x, ls == first_open ? QUOTE_DIRECT : QUOTE_MIXED, x->t[ls].s,
                                                  x->r[r0].e, r0, r0, &lead) < 0)
                return -1;
        }
        /* "Content with “quoted words,” X said." — not "On “Meet the
         * Press,” X said the …": an attribution with its own content after
         * the cue leaves the quoted words before it a title */
        int32_t p0 = at.sp.a >= 0 ? phrase_start(x, &at, f) - 1 : -1;
        int set_off = p0 > f && ((punct_is(x, p0, ',') && x->t[p0].q < 0) ||
                                 (x->t[p0].kind == T_QMARK && punct_is(x, p0 - 1, ',')));
        if (!at.inverted && words_reach(x, at.cue_end + 1, lw, 6) &&
            !(set_off && !ing_form(x, at.cue) && adjunct_only(x, at.cue_end + 1, lw))) {
            int32_t k = at.cue_end + 1;
            while (k <= lw && is_adverb(x, k)) k++;
            /* round 13: "Despite his “brash manner,” his lawyer wrote, Reed
             * is …", "But “it is a wiser way to spend,” he added, to
             * build …": an attribution set off by commas after a quotation
             * closed by a comma, and the clause going on after it (no
             * participle, relative clause or cue of the attribution's own):
             * the whole sentence is the content */
            int32_t qm = p0; /* over a description: "the lawyer Tom Hale wrote" */
            while (qm > f && qm >= p0 - 4 && x->t[qm].kind == T_WORD && x->t[qm].q < 0 && !is_cue(x, qm)) qm--;
            if (qm > f && x->t[qm].kind == T_QMARK && x->t[qm].q >= 0 && punct_is(x, qm - 1, ',') && k + 1 <= lw &&
                punct_is(x, k, ',') &&
                x->t[k + 1].kind == T_WORD && x->t[k + 1].q < 0 && !ing_form(x, k + 1) &&
                !word_in(x, k + 1, rel_pron) && !is_cue(x, k + 1) && !word_is(x, k + 1, "according") &&
                !word_is(x, k + 1, "and") && !word_is(x, k + 1, "but") && words_reach(x, k + 1, lw, 3)) {
                int32_t ra = r0;
                while (ra < r1 && x->r[ra + 1].t0 <= lw) ra++;
                return emit(x, QUOTE_MIXED, x->t[f].s, x->t[lw].e, r0, ra, &at);
            }
            if (k > lw || x->t[k].kind != T_WORD || x->t[k].q >= 0) return 0;
            /* quotations after the cue make the content mixed or partial */
            int32_t ra = r0;
            while (ra <= r1 && x->r[ra].t0 <= at.cue_end) ra++;
            if (ra <= r1) {
                int quoted = 0;
                for (int32_t k2 = ra; k2 <= r1; k2++) quoted += words_in(x, x->r[k2].t0, x->r[k2].t1);
                int32_t ce = clause_end(x, x->r[r1].t1 + 1, lw);
                quote_type ty = quoted * 2 >= words_in(x, k, ce) ? QUOTE_MIXED : QUOTE_PARTIAL;
                return emit(x, ty, x->t[k].s, x->t[ce].e, ra, r1, &at);
            }
            return emit(x, QUOTE_INDIRECT, x->t[k].s, x->t[lw].e, -1, -1, &at);
        }
        /* round 13: before the speaker's title too ("…,'' Mr. Hale said") */
        int32_t k = phrase_start(x, &at, f) - 1;
        /* no speaker span (sp.a < 0) puts k before the sentence, where
         * x->t[k] is not a token: nothing to emit (was a read outside t[]) */
        if (k < f) return 0;
        /* "… my “campaign” when I posted …", "… call people who they
         * believe …": an attribution that follows the content is set off
         * by a comma or a closing mark; inside a clause it is no report
         * of the words before */
        static const char *const inside[] = {"when", "and", "who", "which", "so", "but", "of", "until", "that",
                                             "if", "because", "while", "as", "whom", "where", NULL};
        if (x->t[k].kind == T_WORD && !(x->t[k].flags & F_CAP) && word_in(x, k, inside)) return 0;
        while (k > f && x->t[k].kind == T_PUNCT && x->t[k].q < 0) k--;
        int32_t rl = r0;
        while (rl + 1 <= r1 && x->r[rl + 1].t1 <= k) rl++;
        /* "Reis seemed annoyed: “It’s a printed notice!” …, X
         * wrote": the words before a colon introduce the quotation and
         * are no part of what was said */
        for (int32_t ra = r0; ra <= rl; ra++) {
            int32_t t0 = x->r[ra].t0;
            /* round 13: also a dash ("Neither man liked her - “Born rich,”
             * Mr. Elkins said - but …") */
            if (t0 - 1 > f && x->t[t0 - 1].q < 0 &&
                (punct_is(x, t0 - 1, ':') || punct_is(x, t0 - 1, 0x2014) || punct_is(x, t0 - 1, 0x2013) ||
                 (punct_is(x, t0 - 1, '-') && x->t[t0 - 1].left_space))) {
                quote_type ty = ra == rl && k == x->r[rl].t1 ? QUOTE_DIRECT : QUOTE_MIXED;
                return emit(x, ty, x->r[ra].s, x->t[k].e, ra, rl, &at);
            }
        }
        /* "… conquest (“A,” X wrote in …)": a bracket opened before the
         * quotation and closed after the attribution holds the report;
         * the content starts inside it */
        int32_t c0 = f;
        for (int32_t m = first_open - 1; m > f; m--) {
            if (x->t[m].q >= 0 || punct_is(x, m, ')')) break;
            if (punct_is(x, m, ';')) { c0 = m + 1; break; }
            if (punct_is(x, m, '(')) {
                int shut = 0; /* "(“Uber everything”) and …": closed before the attribution */
                for (int32_t m2 = first_open; m2 < at.cue && !shut; m2++) shut = punct_is(x, m2, ')') && x->t[m2].q < 0;
                if (!shut) c0 = m + 1;
                break;
            }
        }
        quote_type ty = c0 == first_open && rl == r0 && k == x->r[r0].t1 ? QUOTE_DIRECT : QUOTE_MIXED;
        return emit(x, ty, x->t[c0].s, x->t[k].e, r0, rl, &at);
    }
    if (!before && !after) {
        /* A quotation standing alone as a sentence. */
        attrib prev = {-1, -1, {-1, -1}, 0};
        /* round 14b: "''Harbour Lights'' has been a surprise hit on KTV,
         * which also brought the world ''Tide Mill.''": titles opening
         * and ending a sentence, with a clause between them and no cue,
         * are no speech (not "“…,” and with that Hale broke off with a
         * scornful, “pah.”": a quotation going on) */
        for (int32_t k = r0; k < r1 && at.cue < 0; k++) {
            int32_t g = x->r[k].t1 + 1;
            while (g < x->r[k + 1].t0 && x->t[g].kind == T_PUNCT) g++;
            if (words_reach(x, g, x->r[k + 1].t0 - 1, 4) && !word_is(x, g, "and") && !word_is(x, g, "but") &&
                !word_is(x, g, "or"))
                return 0;
        }
        /* round 12: a paragraph of one quotation in single marks, alone or
         * between dashes ("– ‘Who cares?’ –.", "'A change warrior.'"), is
         * a subheading, no speech */
        if (r0 == r1 && x->r[r0].single) {
            int alone = 1;
            for (int32_t k = x->r[r0].t0 - 1; alone && k >= 0 && x->t[k].kind != T_PARA; k--)
                alone = x->t[k].kind == T_PUNCT;
            for (int32_t k = x->r[r0].t1 + 1; alone && k < x->nt && x->t[k].kind != T_PARA; k++)
                alone = x->t[k].kind == T_PUNCT;
            if (alone) return 0;
        }
        /* a quotation standing alone that ends in a colon ("Related:") is
         * a label before what follows */
        if (r0 == r1 && x->r[r0].closed && x->r[r0].t1 - 1 > x->r[r0].t0 && punct_is(x, x->r[r0].t1 - 1, ':'))
            return 0;
        if (sid > 0) {
            int32_t pf = x->sent_first[sid - 1], pl = x->sent_last[sid - 1];
            if (pf >= 0 && punct_is(x, pl, ':') && (int32_t)x->t[pl].para >= para - 1) {
                prev = find_attrib(x, pf, pl, pf, pl);
                if (prev.cue >= 0)
                    return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &prev);
            }
        }
        /* the sentences between may only be paragraph breaks */
        int adjacent = x->last_q >= 0 && x->last_q_sent < (int32_t)sid && x->last_q_sent + 3 >= (int32_t)sid;
        int between = 0;
        for (int32_t k = x->last_q_sent + 1; adjacent && k < (int32_t)sid; k++)
            if (x->sent_first[k] >= 0) between++;
        /* round 12: “A,” X said. A sentence of background. “B.” — also over
         * one sentence without quotation or cue in the same paragraph
         * (PolNeAR joins these; its words are no segment) */
        if (between > 1 || (between == 1 && (x->qs[x->last_q].type == QUOTE_INDIRECT || x->last_q_sent + 2 != (int32_t)sid ||
                                             (int32_t)x->t[x->sent_first[sid - 1]].para != para ||
                                             (int32_t)x->t[x->sent_last[x->last_q_sent]].para != para)))
            adjacent = 0;
        for (int32_t k = between == 1 && adjacent ? x->sent_first[sid - 1] : 0; between == 1 && adjacent && k <= x->sent_last[sid - 1]; k++)
            if (x->t[k].q >= 0 || is_cue(x, k)) adjacent = 0;
        if (adjacent && x->qs[x->last_q].type == QUOTE_INDIRECT && x->last_q_sent >= 0 &&
            x->sent_last[x->last_q_sent] >= 0 && (int32_t)x->t[x->sent_last[x->last_q_sent]].para == para) {
            /* "X said (that) clause. “B.”": a quotation right after an
             * indirect quote in the same paragraph goes on with it (mixed) */
            quote *q = &x->qs[x->last_q];
            if (join_segments(x, x->last_q, r0, r1)) return -1;
            drop_first_segment(x, x->last_q);
            q->end = x->r[r1].e;
            q->type = QUOTE_MIXED;
            x->last_q_sent = (int32_t)sid;
            return 0;
        }
        if (adjacent && x->qs[x->last_q].type != QUOTE_INDIRECT) {
            /* “A,” he said. “B.” — and a quotation going on in the next
             * paragraph: one quote, one more segment (its segments are the
             * last ones added) */
            quote *q = &x->qs[x->last_q];
            if (join_segments(x, x->last_q, r0, r1)) return -1;
            q->end = x->r[r1].e;
            x->last_q_sent = (int32_t)sid;
            return 0;
        }
        (void)last_para_quote;
        /* a title or a heading in capitals standing alone is no quote */
        if (r0 == r1 && title_region(x, r0)) return 0;
        /* the next sentence may carry the attribution: “…” \n He added … */
        return emit(x, QUOTE_DIRECT, x->r[r0].s, x->r[r1].e, r0, r1, &prev);
    }
    if (!before && after && at.cue < 0 && left.cue < 0 && follows_direct_quote(x, sid, f, para)) {
        /* “A,” X said. “B” to the rest of the country. — a sentence opening
         * with a quotation and going on without a cue, right after a
         * direct quote in the same paragraph, goes on with it (mixed, to
         * the clause's end) */
        return join_last_quote(x, sid, r0, r1, lw);
    }
    return 0;
}

/* Round 17: "Tom Hale said the pier would “close for good,” but Ana Reis
 * said it would stay open", "“The pier will close,” Hale said, but Reis
 * said …": after the quotes a sentence with quotation marks gave (regions
 * before *rr), the rest of the sentence opening with a conjunction, a
 * subject and a finite cue of its own, and holding no quotation, is read
 * as a sentence of its own.  Returns -1 on error. */
static int tail_report(ctx *x, uint32_t sid, int32_t rr, int32_t *last_para_quote)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    /* (a comma, a conjunction, a subject, a cue and three words at least) */
    if (f < 0 || x->r[rr - 1].t1 + 7 > l) return 0;
    int32_t lw = content_end(x, f, l);
    /* the first word after the last quote, the last region and the last
     * quote's attribution ("“A,” X said, but …") */
    const quote *q = &x->qs[x->nq - 1];
    uint32_t qe = q->end;
    if (q->speaker_end > (int32_t)qe) qe = (uint32_t)q->speaker_end;
    if (q->cue_end > (int32_t)qe) qe = (uint32_t)q->cue_end;
    int32_t k = x->r[rr - 1].t1 + 1;
    while (k <= lw && x->t[k].s < qe) k++;
    /* (a comma inside the closing mark counts: "… “close for good,” but") */
    int comma = k - 2 >= f && x->t[k - 1].kind == T_QMARK && punct_is(x, k - 2, ',');
    for (; k <= lw && x->t[k].kind != T_WORD; k++) comma |= punct_is(x, k, ',') || punct_is(x, k - 1, ',');
    if (k > lw || !comma) return 0;
    int32_t j = second_report(x, k - 1, lw, k);
    if (j != k) return 0;
    int32_t rest = rr;
    x->split_depth++;
    int rc = read_from_second_subject(x, sid, j, lw, f, &rest, last_para_quote);
    x->split_depth--;
    return rc;
}

/* Indirect round 24: "“Not this year,” Hale said when asked whether he would
 * run", "“Of course,” Reis said when asked by a deckhand if the ferry
 * would sail": after the sentence's quotes and their attribution, "when
 * asked" (by someone) and a wh-word put a question to the speaker, which
 * PolNeAR marks as reported speech of its own, as round 20's asked_lead
 * does at the sentence's start: the question from the wh-word to the
 * sentence's end, no speaker named (a reporter asked).
 * Called after the sentence's quotes were read (nq > before); 0 when
 * there is none, -1 on error. */
static __attribute__((noinline)) int asked_tail(ctx *x, uint32_t sid, int32_t before)
{
    /* (not "about": "said they had “no opinion” when asked about the
     * harbour" names a topic, no question) */
    static const char *const wh[] = {"if", "whether", "why", "what", "how", "who", "whom", "when", "where", "which",
                                     NULL};
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    if (f < 0 || x->nq <= before) return 0;
    const quote *q = &x->qs[x->nq - 1];
    uint32_t qe = q->end;
    if (q->speaker_end > (int32_t)qe) qe = (uint32_t)q->speaker_end;
    if (q->cue_end > (int32_t)qe) qe = (uint32_t)q->cue_end;
    {
        /* the bytes first: "when asked " after the last quote, by its
         * "k" (a rare letter, memchr vectorised; glibc's memmem for the
         * phrase cost three times as much) */
        const char *b = x->s + qe, *end = x->s + x->t[l].e, *p = b + 6;
        int hit = 0;
        for (; !hit && end - p > 3 && (p = memchr(p + 1, 'k', (size_t)(end - p - 3))) != NULL;)
            hit = p[-2] == 'a' && p[-1] == 's' && p[1] == 'e' && p[2] == 'd' && p[-3] == ' ' && p[-4] == 'n' &&
                  p[-5] == 'e';
        if (!hit) return 0;
    }
    int32_t lw = content_end(x, f, l);
    int32_t k = f;
    while (k <= lw && x->t[k].s < qe) k++;
    for (; k + 3 <= lw; k++) {
        if (x->t[k].q >= 0) return 0;
        if (!word_is(x, k, "when") || !word_is(x, k + 1, "asked")) continue;
        int32_t w = k + 2;
        /* who asked: "by a reporter", "by host John Dickerson" */
        if (word_is(x, w, "by"))
            for (w++; w <= lw && w <= k + 9 && x->t[w].kind == T_WORD && x->t[w].q < 0 && !word_in(x, w, wh); w++) {}
        if (w > lw || !word_in(x, w, wh) || x->t[w].q >= 0 || !words_reach(x, w + 1, lw, 2)) return 0;
        for (int32_t m = w; m <= lw; m++)
            if (x->t[m].q >= 0) return 0;
        attrib at = {k + 1, k + 1, {-1, -1}, 0};
        /* the question is no quote the next sentences go on from (a
         * quotation joined to it, a pronoun's speaker): the last quote
         * stays the speaker's */
        int32_t keep_q = x->last_q, keep_qs = x->last_q_sent;
        if (emit(x, QUOTE_INDIRECT, x->t[w].s, x->t[lw].e, -1, -1, &at)) return -1;
        x->last_q = keep_q;
        x->last_q_sent = keep_qs;
        return 0;
    }
    return 0;
}

/* Round 18: "Tom Hale said the pier would close, but Ana Reis said it
 * would “stay open”": a sentence whose first quotation comes after a
 * report with none and a second attribution joined to it by a
 * conjunction (second_report) is read as two, [f, j) and the rest from
 * the second subject, when the first part gives one quote by the first
 * cue and the rest a quote (else undone: 0, and the caller reads the
 * sentence whole).  1 when split, -1 on error. */
static __attribute__((noinline)) int head_report(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    /* (a subject, a cue, three words, a conjunction, a subject and a cue
     * before the first quotation) */
    if (f < 0 || *rr >= x->nr || x->r[*rr].t0 > l || x->r[*rr].t0 < f + 8) return 0;
    int32_t first_open = x->r[*rr].t0;
    /* (cheap first: a conjunction second_report takes, by its letters,
     * between the first report's words and the quotation) */
    int32_t k = f + 3;
    for (; k <= first_open - 3; k++) {
        const tk *t = &x->t[k];
        const char *w = x->s + t->s;
        uint32_t n = t->e - t->s;
        if (t->kind == T_WORD && ((n == 3 && ((w[0] == 'a' && w[1] == 'n' && w[2] == 'd') ||
                                              (w[0] == 'b' && w[1] == 'u' && w[2] == 't') ||
                                              (w[0] == 'y' && w[1] == 'e' && w[2] == 't'))) ||
                                  (n >= 5 && n <= 8 && punct_is(x, k - 1, ','))))
            break;
    }
    if (k > first_open - 3) return 0;
    int32_t lw = content_end(x, f, l);
    attrib at = find_attrib(x, f, first_open - 1, f, first_open - 1);
    if (at.cue < 0 || at.inverted || word_is(x, at.cue, "according")) return 0;
    int32_t j = second_report(x, at.cue_end + 1, lw, first_open - 1);
    if (j < 0) return 0;
    quote_mark m0 = quote_mark_take(x);
    int32_t keep_l = x->sent_last[sid], rest = *rr;
    /* (what sentence_quotes sets for the whole sentence at depth 0) */
    int32_t r1 = *rr;
    while (r1 < x->nr && x->r[r1].t0 <= l) r1++;
    int sh = (f == 0 || x->t[f - 1].kind == T_PARA) && (l + 1 >= x->nt || x->t[l + 1].kind == T_PARA) &&
             !words_reach(x, f, l, 21);
    for (int32_t m = *rr; m < r1 && sh; m++) sh = x->r[m].single;
    x->single_headline = sh;
    x->split_depth++;
    x->sent_last[sid] = j - 1;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    x->sent_last[sid] = keep_l;
    /* (a lead-in before the cue is no content of its own: "In the days
     * before the vote, rabbis called for a boycott, and …") */
    if (!rc && x->nq == m0.nq + 1 && x->qs[m0.nq].start == x->t[f].s && x->qs[m0.nq].start < x->t[at.cue].s) {
        static const char *const lead[] = {"in", "on", "at", "during", "after", "before", "since", "until", NULL};
        if (word_in(x, f, lead)) quote_mark_undo(x, m0);
    }
    int32_t nq1 = x->nq;
    /* (the first part may report nothing: "In the days before the vote,
     * rabbis called for a boycott, and the ADL said it would “redirect”
     * …" is the ADL's quotation, not the rabbis') */
    int one = nq1 == m0.nq || (nq1 == m0.nq + 1 && x->qs[m0.nq].cue_start == (int32_t)x->t[at.cue].s);
    if (!rc && one) {
        rest = *rr;
        rc = read_from_second_subject(x, sid, j, lw, f, &rest, last_para_quote);
    }
    x->split_depth--;
    if (rc) return -1;
    if (one && x->nq > nq1) {
        *rr = rest;
        return 1;
    }
    quote_mark_undo(x, m0);
    return 0;
}

/* Round 22: whether token k is a dash that sets off an aside: an em or en
 * dash, or a hyphen with a space before it ("to Mexico - “…”"). */
static int aside_dash(ctx *x, int32_t k)
{
    return x->t[k].q < 0 && (punct_is(x, k, 0x2014) || punct_is(x, k, 0x2013) ||
                             (punct_is(x, k, '-') && x->t[k].left_space));
}

/* Round 22: "He railed against the move to Kelmouth - ''I love the pier,'' he
 * said, ''I will never walk it again'' - and vowed …", "Neither man liked
 * her - “Born rich,” Mr. Elkins said - but …": quotations and their own
 * attribution (a subject and a cue, a few words, commas) set off by dashes
 * inside a sentence, which goes on after the second dash with a conjunction,
 * are a direct quote of that speaker; the words before the first dash and
 * those after the second are read as sentences of their own (the second
 * keeps the sentence's subject for "and vowed …").  1 when
 * the sentence is done, 0 when the caller reads it as usual, -1 on error. */
static __attribute__((noinline)) int dash_aside(ctx *x, uint32_t sid, int32_t *rr, int32_t *last_para_quote)
{
    int32_t f = x->sent_first[sid], l = x->sent_last[sid];
    if (f < 0) return 0;
    /* the first quotation right after a dash, words before it */
    int32_t ra = *rr;
    while (ra < x->nr && x->r[ra].t0 <= l && !(x->r[ra].t0 - 1 > f + 2 && aside_dash(x, x->r[ra].t0 - 1))) ra++;
    if (ra >= x->nr || x->r[ra].t0 > l) return 0;
    int32_t d1 = x->r[ra].t0 - 1;
    while (d1 - 1 > f && punct_is(x, d1 - 1, '-') && punct_is(x, d1, '-')) d1--; /* "--" */
    /* up to the closing dash: quotations, words and commas only */
    int32_t rb = ra, words = 0, d2 = -1;
    for (int32_t k = x->r[ra].t1 + 1; k <= l && d2 < 0; k++) {
        if (x->t[k].q >= 0) {
            rb = x->t[k].q;
            k = x->r[rb].t1;
            continue;
        }
        if (aside_dash(x, k)) d2 = k;
        else if (x->t[k].kind == T_WORD) {
            if (++words > 6) return 0;
        } else if (!punct_is(x, k, ',')) return 0;
    }
    if (d2 < 0 || !words || x->r[rb].t1 >= d2) return 0;
    int32_t a = x->r[ra].t1 + 1, after = d2 + 1;
    while (after <= l && punct_is(x, after, '-')) after++;
    /* the sentence goes on after the aside with a predicate of its own
     * (not "said the plan - “…,” he called it - would fail", whose
     * content runs on over the aside) */
    static const char *const goes_on[] = {"and", "but", "or", "yet", "then", NULL};
    if (after + 2 > l || !word_in(x, after, goes_on)) return 0;
    attrib at = find_attrib(x, a, d2 - 1, a, d2 - 1);
    if (at.cue < 0 || at.sp.a < a || word_is(x, at.cue, "according")) return 0;
    int32_t rest = *rr, keep_l = x->sent_last[sid], keep_f = f;
    x->split_depth++;
    /* the words before the first dash */
    x->sent_last[sid] = d1 - 1;
    int rc = sentence_quotes(x, sid, &rest, last_para_quote);
    x->sent_last[sid] = keep_l;
    if (!rc) rc = emit(x, QUOTE_DIRECT, x->r[ra].s, x->r[rb].e, ra, rb, &at);
    /* the words after the second, from the next region on */
    rest = rb + 1;
    if (!rc) {
        x->sent_first[sid] = after;
        rc = sentence_quotes(x, sid, &rest, last_para_quote);
        x->sent_first[sid] = keep_f;
    }
    x->split_depth--;
    if (rc) return -1;
    *rr = rest;
    return 1;
}

/* Round 24: a quotation that is a paragraph of its own, signed on the
 * next line by a dash and a name ("“…”\n\n- Tom Hale.", "— Mayor Ana
 * Reis, at the launch."): a quote with no speaker takes the person named
 * right after the dash when a comma or a full stop follows the name and
 * the line is short (a list item in dashes goes on with a verb). */
static void dash_signatures(ctx *x)
{
    int32_t k = 0;
    for (int32_t i = 0; i < x->nq; i++) {
        quote *q = &x->qs[i];
        if (q->speaker_start >= 0) continue;
        while (k < x->nt && x->t[k].s < (uint32_t)q->end) k++;
        if (k >= x->nt) return;
        /* the quotation ends its paragraph and opens it */
        if (x->t[k].kind != T_PARA) continue;
        int32_t first = k - 1;
        while (first > 0 && x->t[first - 1].s >= (uint32_t)q->start) first--;
        if (first > 0 && x->t[first - 1].kind != T_PARA) continue;
        int32_t d = k;
        while (d < x->nt && x->t[d].kind == T_PARA) d++;
        if (d + 2 >= x->nt || !(punct_is(x, d, '-') || punct_is(x, d, 0x2013) || punct_is(x, d, 0x2014))) continue;
        int32_t a = d + 1;
        if ((tflags(x, a) & LX_TITLE) && cap_word(x, a)) a++;
        int32_t m = mention_at(x, a);
        if (m < 0 || x->ms[m].t0 > a || x->ents[x->ms[m].ent].kind != ENT_PERSON) continue;
        int32_t b = x->ms[m].t1;
        if (b + 1 >= x->nt || !(punct_is(x, b + 1, '.') || punct_is(x, b + 1, ','))) continue;
        int32_t end = b + 1;
        while (end + 1 < x->nt && x->t[end + 1].kind != T_PARA) end++;
        if (end - d > 12) continue;
        q->speaker_start = (int32_t)x->t[d + 1].s;
        q->speaker_end = (int32_t)x->t[b].e;
        q->speaker_entity = x->ms[m].ent;
    }
}

int find_quotes(ctx *x)
{
    int32_t rr = 0;
    int32_t last_para_quote = -10;
    x->last_q = -1;
    x->last_q_sent = -10;
    for (uint32_t sid = 0; sid < x->nsent; sid++) {
        int32_t before = x->nq, rr0 = rr;
        x->cur_sent = (int32_t)sid;
        /* (dash_aside only for a sentence with a quotation) */
        int hr = rr < x->nr && x->sent_first[sid] >= 0 && x->r[rr].t0 <= x->sent_last[sid]
                     ? dash_aside(x, sid, &rr, &last_para_quote)
                     : 0;
        if (hr < 0) return -1;
        int aside = hr;
        if (!hr) hr = head_report(x, sid, &rr, &last_para_quote);
        if (hr < 0) return -1;
        if (!hr && sentence_quotes(x, sid, &rr, &last_para_quote)) return -1;
        if (!aside && rr > rr0 && x->nq > before && tail_report(x, sid, rr, &last_para_quote)) return -1;
        if (x->nq > before && asked_tail(x, sid, before)) return -1;
        if (x->nq > before || (x->last_q >= 0 && x->sent_first[sid] >= 0 &&
                               x->qs[x->last_q].end > x->t[x->sent_first[sid]].s)) {
            int32_t f = x->sent_first[sid];
            if (f >= 0) last_para_quote = (int32_t)x->t[x->sent_last[sid]].para;
        }
    }
    dash_signatures(x);
    /* segments were appended in quote order; hand out the pointers */
    for (int32_t i = 0; i < x->nq; i++)
        x->qs[i].segments = (const uint32_t (*)[2])(x->segs + x->qseg[i]);
    return 0;
}
