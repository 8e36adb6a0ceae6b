/* Table-driven tests of quotation, speaker and entity extraction, on
 * sentences written for these tests. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "extract.h"
#include "test.h"

typedef struct {
    const char *text;
    int quote;              /* which quote to check (0 = first) */
    int n_quotes;           /* expected count, -1 to skip */
    const char *span;       /* text[start..end) */
    const char *type;       /* "direct", "partial", "mixed", "indirect" */
    int n_segments;
    const char *speaker;    /* canonical speaker entity name, "" = none */
    const char *cue;        /* cue as written, NULL = any */
} qcase;

static const qcase qcases[] = {
    /* round 16: an inverted attribution set off by commas inside the
     * clause: the content is the whole sentence, as with "he said" */
    {"Often, said Tom Hale, this information was invisible.", 0, 1,
     "Often, said Tom Hale, this information was invisible", "indirect", 1, "Tom Hale", "said"},
    /* ... not an appositive after the name, nor a participle that names */
    {"Nor are fares likely to fall, said Ana Reis, a professor of economics at the college.", 0, 1,
     "Nor are fares likely to fall", "indirect", 1, "Ana Reis", "said"},
    {"The venture, called Kelmouth Steel Inc, is to be formed to supply the harbour.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 16: no second predicate of speech: a noun in -s, "agreed to" */
    {"The dollar held steady and comments on the meeting were few.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"The trust made a loss and agreed to sell the pier.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* ... nor "It is …" (no one) */
    {"It is understood that the trust met and said nothing.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 16: a time before "X agreed" is no content */
    {"On Tuesday, a meeting of the harbour board agreed to the creation of a fund.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 16: after the cue, "it" and an auxiliary open the content
     * clause (not the sentence before the comma) */
    {"Still, while the trust cannot stop every strike, pilots who have worked the strait said it could do more.", 0,
     1, "it could do more", "indirect", 1, "", "said"},
    /* round 14b: a cue word that is also a noun, after a determiner or a
     * possessive and a modifier, is that noun ("a private email
     * account", "a neighboring state", "Sanders's clarion call") */
    {"Tom Hale used a private email account for all of the port board's business last year.", 0, 0, NULL, NULL, 0,
     NULL, NULL},
    {"Jane Reed, who represents a neighboring state in the talks, left early.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Tom Hale's clarion call for a “new deal” fills halls in Kelmouth.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 14b: what a reduced relative names ends with the name */
    {"Tom Hale attacked the website called “Harbour Watch” that lists every ship in the port.", 0, 1,
     "the website called “Harbour Watch”", "partial", 1, "Tom Hale", "called"},
    /* (after the merge with round 14c: naming an indefinite object, "set
     * up a website called “…”", is no cue at all) */
    {"Tom Hale has set up a website called “Harbour Watch” that lists every ship in the port.", 0, 0, NULL, NULL, 0,
     NULL, NULL},
    /* ... a cue with an object goes on to the clause end */
    {"Tom Hale called the plan “a disgrace” that nobody should sign.", 0, 1,
     "the plan “a disgrace” that nobody should sign", "partial", 1, "Tom Hale", "called"},
    /* round 14b: a dash right after a quotation ends the report; a later
     * quotation is part of something else */
    {"Tom Hale said he would accept a debate with the “harbour baron” — a pun on the old phrase “robber "
     "baron,” used by the mayor.", 0, 1, "he would accept a debate with the “harbour baron”", "partial", 1, "Tom Hale",
     "said"},
    /* ... not before a short complement or a quotation in apposition */
    {"Tom Hale said the plans were not “cruel” - just “good sense.”", 0, 1,
     "the plans were not “cruel” - just “good sense.”", "partial", 2, "Tom Hale", "said"},
    {"Tom Hale quoted the town's “first rule” -- “Never close the port.”", 0, 1,
     "the town's “first rule” -- “Never close the port.”", "mixed", 2, "Tom Hale", "quoted"},
    /* round 14b: a quotation closed by a comma, words going on in lower
     * case, then an attribution set off by a comma: one mixed quote */
    {"“The port is in good shape,” since the new cranes arrived last spring, said Tom Hale.", 0, 1,
     "“The port is in good shape,” since the new cranes arrived last spring", "mixed", 1, "Tom Hale", "said"},
    /* ... not a description of the speaker */
    {"“We are selling the port,” the harbour board's chairman, Tom Hale, said.", 0, 1, "“We are selling the port,”",
     "direct", 1, "Tom Hale", "said"},
    /* round 14b: titles opening and ending a sentence, a clause between
     * them and no cue: no speech */
    {"The show went off the air in 1989. ''Harbour Nights,'' which ran for most of the 1990s, has returned -- as has "
     "''Dock Street.''", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* ... but a quotation going on with "and" still joins the quote before */
    {"“We will not sell,” Tom Hale said. “Nobody can make us,” and with that he left the room, shouting “never.”", 0, 1,
     "“We will not sell,” Tom Hale said. “Nobody can make us,” and with that he left the room, shouting “never.”",
     "direct", 3, "Tom Hale", "said"},
    /* round 14b: a passive cue says what the subject is called or said
     * to be: the content starts at the subject, ends before a "by" agent,
     * which speaks */
    {"This part of the harbour plan has been called “a gift to the rich” by Jane Reed.", 0, 1,
     "This part of the harbour plan has been called “a gift to the rich”", "partial", 1, "Jane Reed", "called"},
    {"The new dock will informally be dubbed “Hale's Folly” and, despite its name, will open in May.", 0, 1,
     "The new dock will informally be dubbed “Hale's Folly”", "partial", 1, "", "dubbed"},
    {"The dock was described by Jane Reed as “the finest in the land” built in years.", 0, 1,
     "The dock was described by Jane Reed as “the finest in the land” built in years", "partial", 1, "Jane Reed",
     "described"},
    /* ... not before a "that" clause, which is reported */
    {"It was announced on Monday that the port would be “closed for good.”", 0, 1,
     "that the port would be “closed for good.”", "partial", 1, "", "announced"},
    /* round 14b: a quotation closed by a comma in a lead-in clause, then
     * the main clause's subject pronoun and no cue: the content goes on */
    {"Tom Hale said that if the board does not allow a “fair vote,” it will take all steps to force one.", 0, 1,
     "that if the board does not allow a “fair vote,” it will take all steps to force one", "partial", 1, "Tom Hale",
     "said"},
    /* ... not before a cue of its own */
    {"Tom Hale said the port was “a disgrace,” he told reporters.", 0, 1, "the port was “a disgrace,”", "partial", 1,
     "Tom Hale", "said"},
    /* round 14b: "called off" is cancelling, no speech */
    {"The dockers called off their two-week strike on Saturday after a long meeting with the board.", 0, 0, NULL, NULL,
     0, NULL, NULL},
    /* round 14b: ... not a verb after a plural subject */
    {"The two dockers call the mayor “a coward” every morning.", 0, 1, "the mayor “a coward” every morning",
     "partial", 1, "", "call"},
    /* “…,” X said. */
    {"“The harbour will reopen next week,” Maria Lopez said.", 0, 1,
     "“The harbour will reopen next week,”", "direct", 1, "Maria Lopez", "said"},
    /* said X, with a title */
    {"“We expect a busy season,” said Mayor Tom Harris.", 0, 1,
     "“We expect a busy season,”", "direct", 1, "Tom Harris", "said"},
    /* X added, straight marks */
    {"Anna Berg runs the co-op. \"Prices have doubled since spring,\" Berg added.", 0, 1,
     "\"Prices have doubled since spring,\"", "direct", 1, "Anna Berg", "added"},
    /* X told reporters */
    {"“Nothing has been decided,” Omar Haddad told reporters on Monday.", 0, 1,
     "“Nothing has been decided,”", "direct", 1, "Omar Haddad", "told"},
    /* X said: “…” */
    {"Karl Jensen said: “The bridge is safe for now.”", 0, 1,
     "“The bridge is safe for now.”", "direct", 1, "Karl Jensen", "said"},
    /* X said that “…” : reported speech around the quoted words */
    {"Karl Jensen said that the bridge was “safe for now” and would stay open.", 0, 1,
     "that the bridge was “safe for now” and would stay open", "partial", 1, "Karl Jensen", "said"},
    /* guillemets and low-high marks */
    {"«Les négociations continuent,» Pierre Martin said.", 0, 1,
     "«Les négociations continuent,»", "direct", 1, "Pierre Martin", "said"},
    {"„Wir bleiben hier“, Greta Vogel said.", 0, 1, "„Wir bleiben hier“", "direct", 1,
     "Greta Vogel", "said"},
    /* single marks as a quotation; apostrophes are not marks */
    {"‘The mill’s gates stay shut,’ Liam O’Brien said.", 0, 1,
     "‘The mill’s gates stay shut,’", "direct", 1, "Liam O’Brien", "said"},
    {"Russia’s envoy played rock ’n’ roll at the O’Brien party.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* a split quote is one quote with two segments */
    {"“The ferry is late,” Ruth Okafor said, “and nobody has told us why.”", 0, 1,
     "“The ferry is late,” Ruth Okafor said, “and nobody has told us why.”", "direct", 2,
     "Ruth Okafor", "said"},
    /* a second sentence quoted after the attribution joins the quote */
    {"“We will rebuild,” Ruth Okafor said. “It will take years.”", 0, 1,
     "“We will rebuild,” Ruth Okafor said. “It will take years.”", "direct", 2, "Ruth Okafor",
     "said"},
    /* a quotation over two paragraphs: the second reopens, the last closes */
    {"Ivo Petrov said:\n\n“The first part of the plan is done.\n\n“The second part starts in May.”\n\nOther news followed.",
     0, 1, "“The first part of the plan is done.\n\n“The second part starts in May.”", "direct", 1,
     "Ivo Petrov", "said"},
    /* nested quotation */
    {"“He told me ‘wait until spring’ and left,” Nora Quist said.", 0, 1,
     "“He told me ‘wait until spring’ and left,”", "direct", 1, "Nora Quist", "said"},
    /* an unbalanced mark stops at the end of its paragraph */
    {"“This never closes, Jan Novak said.\n\nThe council met on Friday and voted on the budget.", 0, 1,
     "“This never closes, Jan Novak said.", "direct", 1, "", NULL},
    /* a pronoun resolves to the person named before */
    {"Sofia Ruiz chairs the board. “We are not selling,” she said.", 0, 1,
     "“We are not selling,”", "direct", 1, "Sofia Ruiz", "said"},
    /* ... or to the speaker of the quote before it */
    {"“The vote was fair,” Lena Hoff said.\n\n“We counted twice,” she added.", 1, 2,
     "“We counted twice,”", "direct", 1, "Lena Hoff", "added"},
    /* a description resolved through an appositive */
    {"Yuri Ushakov, an adviser to the Russian president, met the press. “The talks were useful,” the Kremlin adviser said.",
     0, 1, "“The talks were useful,”", "direct", 1, "Yuri Ushakov", "said"},
    {"Yuri Ushakov, an adviser to the president, spoke. “We will answer later,” the adviser said.",
     0, 1, "“We will answer later,”", "direct", 1, "Yuri Ushakov", "said"},
    /* organisations speak */
    {"“The call lasted an hour,” the White House said in a statement.", 0, 1,
     "“The call lasted an hour,”", "direct", 1, "White House", "said"},
    /* according to X */
    {"“The roads are closed,” according to Pavel Dvorak.", 0, 1, "“The roads are closed,”",
     "direct", 1, "Pavel Dvorak", "according to"},
    /* surname-only mention links to the full name */
    {"Helen Park leads the union. “We will strike,” Park said.", 0, 1, "“We will strike,”",
     "direct", 1, "Helen Park", "said"},
    /* indirect speech */
    {"Marta Silva said the talks had been balanced and useful.", 0, 1,
     "the talks had been balanced and useful", "indirect", 1, "Marta Silva", "said"},
    {"The talks had been balanced and useful, Marta Silva said.", 0, 1,
     "The talks had been balanced and useful", "indirect", 1, "Marta Silva", "said"},
    {"According to Marta Silva, the talks had been balanced and useful.", 0, 1,
     "the talks had been balanced and useful", "indirect", 1, "Marta Silva", "According to"},
    /* round 14: a name with an appositive before the cue is its subject,
     * whatever follows the cue (was read as "said X": the speaker "the
     * talks were balanced") */
    {"Yuri Ushakov, a foreign policy adviser to the president, said the talks were balanced.", 0, 1,
     "the talks were balanced", "indirect", 1, "Yuri Ushakov", "said"},
    {"Ines Maro, the port's spokeswoman, said the terminal would reopen in May.", 0, 1,
     "the terminal would reopen in May", "indirect", 1, "Ines Maro", "said"},
    {"Dana Whitby, a spokesman for the trust, said the choice to shut the museum was unrelated to the size of the "
     "budget.", 0, 1, "the choice to shut the museum was unrelated to the size of the budget", "indirect", 1,
     "Dana Whitby", "said"},
    {"Dana Whitby, 54, said the decision to close the museum was final.", 0, 1,
     "the decision to close the museum was final", "indirect", 1, "Dana Whitby", "said"},
    /* ... and "said X, appositive" at the end of the sentence */
    {"The museum will reopen in May, said Dana Whitby, a spokesman for the trust.", 0, 1,
     "The museum will reopen in May", "indirect", 1, "Dana Whitby", "said"},
    /* round 14: a plural noun with modifiers and no determiner speaks */
    {"Local officials said they enjoy the sudden interest.", 0, 1, "they enjoy the sudden interest",
     "indirect", 1, "", "said"},
    {"The turnout was the highest in a decade, election officials said.", 0, 1,
     "The turnout was the highest in a decade", "indirect", 1, "", "said"},
    {"“The talks will resume next week,” senior officials said.", 0, 1, "“The talks will resume next week,”",
     "direct", 1, "", "said"},
    /* ... not after a function word, a quotation or a semicolon */
    {"The council voted against the plan because of “poison pill” clauses added by the mayor.", 0, 0, NULL, NULL, 0,
     "", NULL},
    /* round 14: a cue word that is a noun: before a finite verb, or in its
     * bare form after a singular subject */
    {"The big question is whether the ferry will run in the winter.", 0, 0, NULL, NULL, 0, "", NULL},
    {"The depot is owned by a subsidiary of Norgas, the Danish state energy company.", 0, 0, NULL, NULL, 0, "",
     NULL},
    {"Ines Maro, an economist at the Lisbon-based think tank Atlas Sul, said both sides had a point.", 0, 1,
     "both sides had a point", "indirect", 1, "Ines Maro", "said"},
    /* ... a plural or two joined subjects agree with the bare form */
    {"Port managers say the timetable will change.", 0, 1, "the timetable will change", "indirect", 1, "", "say"},
    {"Ana Reis runs the ferry line. Reis and Tom Hale say the timetable will change.", 0, 1,
     "the timetable will change", "indirect", 1, "Ana Reis", "say"}, /* round 15a: both speak, the first first */
    /* round 14: "told" and its addressee before a clause without "that" */
    {"Tom Hale told reporters the budget would be balanced by 2030.", 0, 1, "the budget would be balanced by 2030",
     "indirect", 1, "Tom Hale", "told"},
    {"Tom Hale told the Dover Gazette he would not resign.", 0, 1, "he would not resign", "indirect", 1, "Tom Hale",
     "told"},
    /* round 14: appositives with a number and a relative clause */
    {"Tom Hale, 54, who has led the council since 2019, said he would not resign.", 0, 1, "he would not resign",
     "indirect", 1, "Tom Hale", "said"},
    /* (after the merge: a cue in a relative clause after a quotation
     * yields to the main verb, as round 14c has it for reported speech) */
    {"“The port is safe,” the official, who asked to stay unnamed, said.", 0, 1, "“The port is safe,”", "direct", 1,
     "", "said"},
    {"“The port is safe,” Tom Hale, who puts the cost at $2 billion, said.", 0, 1, "“The port is safe,”", "direct", 1,
     "Tom Hale", "said"},
    /* round 14: "the mayor of Dover, Tom Hale, said": the name set off
     * after a description speaks, not the place in it */
    {"“We will not resign,” the mayor of Dover, Tom Hale, said.", 0, 1, "“We will not resign,”", "direct", 1,
     "Tom Hale", "said"},
    /* round 14: the particle of "pointed out" and a parenthetical word */
    {"Port managers pointed out, however, that the ferry had never been late.", 0, 1,
     "that the ferry had never been late", "indirect", 1, "", "pointed"},
    /* round 14: an opening noun phrase whose noun is a cue word, and a
     * participle modifier after it ("published on Tuesday") */
    {"The report, published on Tuesday, said the harbour would shrink.", 0, 1, "the harbour would shrink",
     "indirect", 1, "", "said"},
    /* round 14: "was quoted (by Y) as saying": the subject speaks */
    {"Tom Hale was quoted by the Dover Gazette as saying he would not resign.", 0, 1, "he would not resign",
     "indirect", 1, "Tom Hale", "saying"},
    {"“We will not resign,” Tom Hale was quoted as saying.", 0, 1, "“We will not resign,”", "direct", 1,
     "Tom Hale", "saying"},
    /* round 14: a participle clause after "Content, X said," */
    {"Profits rose, the company said, adding that it expected further gains.", 0, 1, "Profits rose", "indirect", 1,
     "", "said"},
    /* round 14: the head of "a source close to …", "people familiar with
     * …" speaks, not the object of the preposition */
    {"A source close to the board said the chief executive would step down.", 0, 1,
     "the chief executive would step down", "indirect", 1, "", "said"},
    /* a framing cue (data/framing_cues.txt): the object and its quoted label */
    {"Dana Whitfield called the new toll “a tax on commuters.”", 0, 1,
     "the new toll “a tax on commuters.”", "mixed", 1, "Dana Whitfield", "called"},
    {"Omar Haddad cited “serious gaps” in the harbour budget.", 0, 1,
     "“serious gaps” in the harbour budget", "partial", 1, "Omar Haddad", "cited"},
    /* a cue word after a determiner or a possessive is a noun, not a verb */
    {"Ruth Okafor’s comments “changed nothing for the ferry,” the mayor argued.", 0, -1,
     NULL, NULL, 0, NULL, NULL},
    {"Lena Hoff said Karl Jensen’s statement “shows bias” on the bridge.", 0, 1,
     "Karl Jensen’s statement “shows bias” on the bridge", "partial", 1, "Lena Hoff", "said"},
    /* "told X that": the content starts at "that" */
    {"Karl Jensen told the council on Monday that the bridge was “safe for now.”", 0, 1,
     "that the bridge was “safe for now.”", "partial", 1, "Karl Jensen", "told"},
    /* the content stops at a clause boundary after the quoted words */
    {"Nora Quist said the harvest was “the worst in years,” adding that prices would rise.", 0, -1,
     "the harvest was “the worst in years,”", "mixed", 1, "Nora Quist", "said"},
    {"Nora Quist said the plan was “a mistake” and said nobody had asked the farmers.", 0, -1,
     "the plan was “a mistake”", "partial", 1, "Nora Quist", "said"},
    /* inversion with lower-case modifiers and a role noun before the name */
    {"“The levy is too high,” said former mayor Tom Harris.", 0, 1,
     "“The levy is too high,”", "direct", 1, "Tom Harris", "said"},
    /* a second cue after the attribution starts a quote of its own */
    {"“We lost the vote,” Helen Park said, adding, “We will try again in May.”", 1, 2,
     "“We will try again in May.”", "direct", 1, "Helen Park", "adding"},
    {"“We lost the vote,” Helen Park said, adding, “We will try again in May.”", 0, 2,
     "“We lost the vote,”", "direct", 1, "Helen Park", "said"},
    /* quoted words with more after them, then the attribution: mixed */
    {"“We are worried” about the new levy on small farms, Marta Silva said.", 0, 1,
     "“We are worried” about the new levy on small farms", "mixed", 1, "Marta Silva", "said"},
    /* “…?” X asked. — the attribution after a question stays in the sentence,
     * and the next quotation continues the quote */
    {"“Who will pay for it?” Ivo Petrov asked, looking at the mayor. “Not the farmers.”", 0, 1,
     NULL, NULL, 0, NULL, NULL},
    /* a plural possessive’s apostrophe inside an appositive is no mark */
    {"“Prices keep rising,” Jeff Ward, the farmers’ union chief, said on Monday.", 0, 1,
     "“Prices keep rising,”", "direct", 1, "Jeff Ward", "said"},
    /* “…?” X asked during …: the attribution stays with the quotation, and
     * the next quotation continues it */
    {"“Who will pay?” Ivo Petrov asked during the meeting. “Not the farmers.”", 0, 1,
     "“Who will pay?” Ivo Petrov asked during the meeting. “Not the farmers.”", "direct", 2, "Ivo Petrov",
     "asked"},
    /* a parenthetical attribution inside the content: from the sentence start */
    {"For the farmers, Nora Quist said, the new levy is “a heavy blow.”", 0, 1,
     "For the farmers, Nora Quist said, the new levy is “a heavy blow.”", "partial", 1, "Nora Quist", "said"},
    /* a cue right before the mark introduces a quotation even without a
     * recognised speaker phrase */
    {"Another source close to the port authority said, “The bridge will reopen soon.”", 0, 1,
     "“The bridge will reopen soon.”", "direct", 1, "", "said"},
    /* "and" with a verb in -ed after the quoted words ends the content */
    {"Lena Hoff called the plan “a mistake” and walked out of the hall.", 0, 1,
     "the plan “a mistake”", "mixed", 1, "Lena Hoff", "called"},
    /* told + addressee: the content starts after the addressee */
    /* a longer addressee ends at a pronoun; "the" inside it does not end it */
    {"Karl Jensen told a small crowd of local farmers at the fair he was “not worried at all.”", 0, 1,
     "he was “not worried at all.”", "mixed", 1, "Karl Jensen", "told"},
    {"Karl Jensen told The Harbour Gazette he was “not worried at all.”", 0, 1,
     "he was “not worried at all.”", "mixed", 1, "Karl Jensen", "told"},
    /* an abbreviation’s period before a capitalised pronoun ends a sentence */
    {"The ferry leaves at 7 p.m. He says “nothing is settled yet.”", 0, 1,
     "“nothing is settled yet.”", "mixed", 1, "", "says"},
    /* two coordinated cues in one sentence: one quote each, same subject */
    {"Dana Whitfield blasted the mayor, calling the toll “unfair” and asserting that the fix must be “a repeal.”",
     0, 2, "the toll “unfair”", "partial", 1, "Dana Whitfield", "calling"},
    {"Dana Whitfield blasted the mayor, calling the toll “unfair” and asserting that the fix must be “a repeal.”",
     1, 2, "that the fix must be “a repeal.”", "partial", 1, "Dana Whitfield", "asserting"},
    /* quoted words before an attribution with content of its own are a
     * title: no direct quote, the reported clause is indirect */
    {"On Sunday’s “Harbour Hour,” Marta Silva said the ferry service would resume in the spring.", 0, 1,
     "the ferry service would resume in the spring", "indirect", 1, "Marta Silva", "said"},
    /* scare quotes without a speaker are not quotations */
    {"The so-called “summer deal” was never signed by anyone at all.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* "X said, “A.” He added, “B.”": the second cue introduces a quote of
     * its own; "He added" is no attribution of “A.” */
    {"Mark Dune said, “The case was brought fast.” He added, “It moved too fast.”", 0, 2,
     "“The case was brought fast.”", "direct", 1, "Mark Dune", "said"},
    {"Mark Dune said, “The case was brought fast.” He added, “It moved too fast.”", 1, 2,
     "“It moved too fast.”", "direct", 1, "Mark Dune", "added"},
    /* a quotation alone in the next paragraph continues the quote before */
    {"“We will rebuild,” Ruth Okafor said.\n\n“It will take years.”\n\nThe council met later.", 0, 1,
     "“We will rebuild,” Ruth Okafor said.\n\n“It will take years.”", "direct", 2, "Ruth Okafor", "said"},
    /* a cue before quoted words without a recognised speaker phrase still
     * introduces the reported content */
    {"Most said they felt “deeply uneasy” over fares.", 0, 1, "they felt “deeply uneasy” over fares",
     "partial", 1, "", "said"},
    {"Carl Berg, in a long interview on radio, however said the port would need a “serious plan” soon.", 0, 1,
     "the port would need a “serious plan” soon", "partial", 1, "Carl Berg", "said"},
    /* a cue a few words after the quotation attributes it even when its
     * subject is no recognised speaker phrase */
    {"“The plan is working,” the weekly newsletter said.", 0, 1, "“The plan is working,”", "direct", 1, "",
     "said"},
    /* a quotation closed after , ? ! is a whole utterance: the words after
     * it up to the cue are the attribution, not more content */
    {"“But why?” radio reporter Jane Doe asked him.", 0, 1, "“But why?”", "direct", 1, "Jane Doe", "asked"},
    /* "X said, “…” more": after "said," the content starts at the mark */
    {"Tom Tyler said, “We are nine days out” from the ballot.", 0, 1,
     "“We are nine days out” from the ballot", "mixed", 1, "Tom Tyler", "said"},
    /* the "that" window runs over commas ("in Salem, Oregon") */
    {"Ann Cole told a town hall in Salem, Oregon on Monday that the bridge is “safe.”", 0, 1,
     "that the bridge is “safe.”", "partial", 1, "Ann Cole", "told"},
    /* the subject of a coordinated cue is found past a long quotation */
    {"Lena Hoff chairs the board. “We cannot keep raising fees on the people who can least afford them this year,” she said, adding that the levy would “hurt families.”",
     1, 2, "that the levy would “hurt families.”", "partial", 1, "Lena Hoff", "adding"},
    /* a relative pronoun before the speaker starts the content */
    {"Ben Ford mocked the new tax, which he declared “an utter fiasco” for Kelmouth.", 0, 1,
     "which he declared “an utter fiasco” for Kelmouth", "partial", 1, "Ben Ford", "declared"},
    /* "…,” suggested X’s refusal": a possessive after an inverted cue is
     * its object, no speaker; the quoted show title is no quotation */
    {"Joe Marsh, host of the “Morning Show,” suggested business mogul Tom Reed’s refusal to answer was a mistake.",
     0, 0, NULL, NULL, 0, NULL, NULL},
    /* long-tail speech verbs from data/cue_verbs.txt */
    {"“Not again!” the crowd cried.", 0, 1, "“Not again!”", "direct", 1, "", "cried"},
    /* a "that" inside the reported clause does not start the content */
    {"Ryan Cole said it is unrealistic to think that the coast will “protect us” forever.", 0, 1,
     "it is unrealistic to think that the coast will “protect us” forever", "partial", 1, "Ryan Cole", "said"},
    /* scraped text mixing straight and curly marks */
    {"\"The pier stays closed,” Ada Lind said. “Repairs start soon.\"\n\nNo date was set.", 0, 1,
     "\"The pier stays closed,” Ada Lind said. “Repairs start soon.\"", "direct", 2, "Ada Lind", "said"},
    /* "as X puts it," introduces a quotation */
    {"As the pollster Nora Vance puts it, “The race is tighter than it looks.”", 0, 1,
     "“The race is tighter than it looks.”", "direct", 1, "Nora Vance", "puts"},
    /* framing cues beyond speech verbs: heralded, decried */
    {"Mayor Ellen Crane heralded the harbour agreement as a “turning point for the town.”", 0, 1,
     "the harbour agreement as a “turning point for the town.”", "mixed", 1, "Ellen Crane", "heralded"},
    {"Senator Paul Okoye decried the “reckless spending” of the council.", 0, 1,
     "the “reckless spending” of the council", "partial", 1, "Paul Okoye", "decried"},
    {"Dana Holt rejected the “baseless claims” of her rival.", 0, 1,
     "the “baseless claims” of her rival", "partial", 1, "Dana Holt", "rejected"},
    /* an -ing speech cue after "is" */
    {"Governor Rita Salas is predicting a “very close race” in the autumn.", 0, 1,
     "a “very close race” in the autumn", "partial", 1, "Rita Salas", "predicting"},
    /* an -ing cue right after a closing mark that holds the comma starts
     * a quote of its own */
    {"Kim Lee said that the budget was “a mess,” adding that the council would “fix it soon.”", 1, 2,
     "that the council would “fix it soon.”", "partial", 1, "Kim Lee", "adding"},
    /* "…,” said X, who said …": a relative clause with its own cue */
    {"“We will win,” said Ada Moss, who said the polls were “wrong again” in May.", 1, 2,
     "the polls were “wrong again” in May", "partial", 1, "Ada Moss", "said"},
    /* a cue nested in the content of another: the outer one's content */
    {"Rosa Diaz says she really thinks the harbour master can win if he goes on “talking to the docks.”", 0, 1,
     "she really thinks the harbour master can win if he goes on “talking to the docks.”", "partial", 1, "Rosa Diaz",
     "says"},
    {"He said, however, that he hopes “someone else takes up the case” soon.", 0, 1,
     "that he hopes “someone else takes up the case” soon", "mixed", 1, "", "said"},
    /* ", said" with no quotation before is no inversion when the phrase
     * after it goes on: the subject is on the left */
    {"Her aide, Tim Ruiz, suggested that what the staff did “may have broken the rules.”", 0, 1,
     "that what the staff did “may have broken the rules.”", "mixed", 1, "Tim Ruiz", "suggested"},
    {"Mary Cole, clad in a red cape, said the rally could be a “failure” if turnout is low.", 0, 1,
     "the rally could be a “failure” if turnout is low", "partial", 1, "Mary Cole", "said"},
    /* reported content ends at a quotation closed after a comma, and
     * before ", a/an …" (an appositive comment) */
    {"Ana Ruiz said her party does not want “that mess,” in an interview on Sunday.", 0, 1,
     "her party does not want “that mess,”", "partial", 1, "Ana Ruiz", "said"},
    {"Ana Ruiz said the crowd would “stay calm” at the rally, a swipe at her rival.", 0, 1,
     "the crowd would “stay calm” at the rally", "partial", 1, "Ana Ruiz", "said"},
    /* a quoted title before the cue, a quotation in the cue's content:
     * the content is partial, not indirect */
    {"The gallery closed its “Summer Show,” and on Monday, Ada Lind said it was cancelling the popular “Night Walk.”",
     0, 1, "it was cancelling the popular “Night Walk.”", "partial", 1, "Ada Lind", "said"},
    /* "he"/"she" skip a person of the other sex (given name, title) */
    {"Anna Berg met Tom Hale on Monday. “We agreed on nothing,” she said.", 0, 1,
     "“We agreed on nothing,”", "direct", 1, "Anna Berg", "said"},
    {"Peter Voss introduced Sarah Cole. “The plan is ready,” he said.", 0, 1, "“The plan is ready,”",
     "direct", 1, "Peter Voss", "said"},
    {"Mrs. Lund met Mr. Ortiz at noon. “It went well,” she said.", 0, 1, "“It went well,”", "direct", 1,
     "Lund", "said"},
    /* a parenthetical attribution before a quotation that goes on with
     * the sentence: the content starts at the sentence start; before a
     * capital the quotation stands alone */
    {"In cases of fraud, Ben Ortiz said, “the bank is liable for every cent.”", 0, 1,
     "In cases of fraud, Ben Ortiz said, “the bank is liable for every cent.”", "mixed", 1, "Ben Ortiz", "said"},
    {"Asked about the delay, Ben Ortiz said, “Sure. We will see.”", 1, 2, "“Sure. We will see.”", "direct", 1,
     "Ben Ortiz", "said"}, /* round 20: the question is quote 0 */
    /* "“A,” X said, adding that …": the -ing cue reports more, indirect */
    {"“The roads are closed,” Ada Moss said, adding that crews would work through the night.", 1, 2,
     "that crews would work through the night", "indirect", 1, "Ada Moss", "adding"},
    /* "“A,” X said, urging … “B”": any -ing verb after the attribution
     * starts a quote of its own, like a cue */
    {"“We wrote twenty songs,” Ana Ruiz said, mentioning the record is “almost done.”", 1, 2,
     "the record is “almost done.”", "mixed", 1, "Ana Ruiz", "mentioning"},
    /* a "that" clause holding a quotation, after a word that is no cue
     * (a noun or verb of saying outside the lexicon): the content starts
     * at "that"; the possessor of the noun, or the phrase before the
     * verb, speaks */
    {"Ada Moss chairs the board. At the hearing she stood by her claim that the budget was “fully balanced.”", 0, 1,
     "that the budget was “fully balanced.”", "partial", 1, "Ada Moss", NULL},
    {"In the depths of the slump, Paul Roe worried that the dole was “a hammock for the idle.”", 0, 1,
     "that the dole was “a hammock for the idle.”", "mixed", 1, "Paul Roe", NULL},
    /* ... but not a relative or demonstrative "that" */
    {"Ada Moss signed a bill that created “green zones” downtown.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"He will not close that gap by “picking up” a few votes.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* “A,” X said. Now, “B.”: a quotation after a few words with no cue
     * goes on with the direct quote before it */
    {"“The roads are closed,” Ada Moss said. Still, “the bridge is open.”", 0, 1,
     "“The roads are closed,” Ada Moss said. Still, “the bridge is open.”", "mixed", 2, "Ada Moss", "said"},
    /* a one-sentence paragraph "Name: …" is a headline or a transcript
     * line: what Name said, direct when it is one quotation */
    {"Moss: ‘We Will Reopen The Harbour By May.’\n\nAda Moss spoke on Monday.", 0, 1,
     "‘We Will Reopen The Harbour By May.’", "direct", 1, "", NULL},
    {"Poll: Moss Leads In The Harbour Race\n\nThe poll was taken on Monday.", 0, 1,
     "Moss Leads In The Harbour Race", "indirect", 1, "", NULL},
    /* ... not inside a longer paragraph */
    {"The plan had one aim: “reopen the harbour.” Work starts on Monday.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* a possessive after the cue opens the clause: a later "that" is
     * inside it */
    {"Tom Cole said Thursday his biggest worry is that the plan is “unworkable.”", 0, 1,
     "his biggest worry is that the plan is “unworkable.”", "partial", 1, "Tom Cole", "said"},
    /* "in a tweet", "on his radio show" after the quotation: where it
     * was said, not what */
    {"Ben Ford called the vote “rigged” in a tweet on Tuesday.", 0, 1, "the vote “rigged”", "partial", 1,
     "Ben Ford", "called"},
    {"Ben Ford said the vote was “rigged” in many towns.", 0, 1, "the vote was “rigged” in many towns", "partial", 1,
     "Ben Ford", "said"},
    /* more than four words after the attribution, opening with a
     * conjunction: the next quotation belongs to another report */
    {"“We counted twice,” Ann Cole said, after Tom Reed said the count was “rigged.”", 1, 2,
     "the count was “rigged.”", "partial", 1, "Tom Reed", "said"},
    /* ... but a long appositive before ", “" keeps one quote */
    {"“The plan is sound,” said Tom Reed, 53, who lives in the suburbs and came with his wife, “and we will back it.”",
     0, 1, "“The plan is sound,” said Tom Reed, 53, who lives in the suburbs and came with his wife, “and we will back it.”",
     "direct", 2, "Tom Reed", "said"},
    /* ... also before a capital when the lead-in is a condition, a lone
     * conjunction or a topic ("As for", "Of") */
    {"As for the new mayor, Ben Ortiz said, “She has not even begun.”", 0, 1,
     "As for the new mayor, Ben Ortiz said, “She has not even begun.”", "partial", 1, "Ben Ortiz", "said"},
    {"But, Ben Ortiz added, “We will wait and see.”", 0, 1, "But, Ben Ortiz added, “We will wait and see.”", "mixed",
     1, "Ben Ortiz", "added"},
    {"As the crowd cheered, Ben Ortiz said, “We will wait and see.”", 0, 1, "“We will wait and see.”", "direct", 1,
     "Ben Ortiz", "said"},
    /* “…?” X asked + a short addressee stays the quotation's attribution */
    {"“Why wait?” Ann Cole asked the council members. “We have the money.”", 0, 1,
     "“Why wait?” Ann Cole asked the council members. “We have the money.”", "direct", 2, "Ann Cole", "asked"},
    /* “A,” subject + one verb outside the lexicon, ending the sentence:
     * that verb is the cue */
    {"“The vote will be close,” an anxious Ben Ortiz surmised.", 0, 1, "“The vote will be close,”", "direct", 1,
     "Ben Ortiz", "surmised"},
    /* ... not a verb with more after it */
    {"“The vote will be close,” Ben Ortiz surmised after a long night of counting.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* three apostrophes after a word: a single mark closing inside the
     * typewriter double one */
    {"''They tell us, 'Go back,''' said Hana Sato, a teacher.", 0, 1, "''They tell us, 'Go back,'''", "direct", 1,
     "Hana Sato", "said"},
    /* an inverted cue whose phrase has "of" or a possessive: the words up
     * to a comma or a relative pronoun speak, with a name in apposition */
    {"“The harbour was calm,” said master of ceremonies Ada Moss.", 0, 1, "“The harbour was calm,”", "direct", 1,
     "Ada Moss", "said"},
    {"“The harbour was calm,” said Mayor Ortiz’s deputy campaign manager, Ada Moss.", 0, 1, "“The harbour was calm,”",
     "direct", 1, "Ada Moss", "said"},
    {"“The harbour was calm,” said one of the two pilots who brought the ship in.", 0, 1, "“The harbour was calm,”",
     "direct", 1, "", "said"},
    {"“The harbour was calm,” opined the port gazette.", 0, 1, "“The harbour was calm,”", "direct", 1, "",
     "opined"},
    /* after "told" comes the addressee, never the speaker */
    {"“We will go on,” Ann Cole, the party chairman, told The Harbour Gazette.", 0, 1, "“We will go on,”", "direct", 1,
     "Ann Cole", "told"},
    /* a name in apposition to a role noun speaks */
    {"“We will go on,” Ann Cole’s spokesman, Tom Reed, said.", 0, 1, "“We will go on,”", "direct", 1, "Tom Reed",
     "said"},
    /* a title in marks inside the adjunct before "that" is stepped over:
     * the content starts at "that", indirect when no quotation follows */
    {"Ann Cole said on Radio Harbour’s “Morning Tide” on Sunday that the ferry would stop.", 0, 1,
     "that the ferry would stop", "indirect", 1, "Ann Cole", "said"},
    {"Ann Cole told Radio Harbour’s “Morning Tide” that the ferry was “a lost cause.”", 0, 1,
     "that the ferry was “a lost cause.”", "partial", 1, "Ann Cole", "told"},
    /* “B.” X said: “C.” — a cue and a colon introduce the next quotation */
    {"“We are refugees,” Ann Cole said. “We are not thieves.” Tom Reed said: “The fire was an accident.”", 1, 2,
     "“The fire was an accident.”", "direct", 1, "Tom Reed", "said"},
    /* ... not a line of text wrapped at a fixed width, nor a note */
    {"The talks went on.\nTom Reed: after hosting a session of\nthe council, he left.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"NOTE: 1986 net is after a charge of 1.2 mln dlrs\n\nThe company reported a loss.", 0, 0, NULL, NULL, 0, NULL,
     NULL},
    /* indirect after told: the addressee is no content */
    {"Ann Cole told Radio Harbour on Sunday that the ferry would stop in May.", 0, 1,
     "that the ferry would stop in May", "indirect", 1, "Ann Cole", "told"},
    /* ... nor a table: a place before the colon, three commas in the content */
    {"Ohio: Ann Cole, Tom Reed, Ben Ford and Ada Moss\n\nThe delegates met.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Replacements: R Jones (Cardiff), J Ball (Neath), T Reed (Bath), A Moss\n\nThe match was close.", 0, 0, NULL,
     NULL, 0, NULL, NULL},
    /* a quotation nested in the same curly marks */
    {"“The number of “cell phone only” homes keeps rising,” Ada Lind said.", 0, 1,
     "“The number of “cell phone only” homes keeps rising,”", "direct", 1, "Ada Lind", "said"},
    /* ... but an opener after a sentence end is a stray reopening (the
     * first closer was forgotten) */
    {"“The talks will go on next week. “We will inform you later,” Ivo Petrov added.", 0, 1,
     "“The talks will go on next week. “We will inform you later,”", "direct", 1, "Ivo Petrov", "added"},
    /* "shot back", "fired back" */
    {"“He wants to look tough tonight,” Tom Reed shot back.", 0, 1, "“He wants to look tough tonight,”", "direct",
     1, "Tom Reed", "shot"},
    {"Ann Cole fired back, “That is simply not true.”", 0, 1, "“That is simply not true.”", "direct", 1, "Ann Cole",
     "fired"},
    /* a digest's lead-in "HEADLINE - Name: “…” [Source.]" */
    {"POLLS WERE TOO EARLY - Mark Roe: “The polls ended before the late shift.” [Post.]", 0, 1,
     "“The polls ended before the late shift.”", "direct", 1, "Mark Roe", NULL},
    /* typewriter marks: two apostrophes (or backquotes) are a double mark */
    {"''The dam will hold,'' said Hana Sato, an engineer.", 0, 1,
     "''The dam will hold,''", "direct", 1, "Hana Sato", "said"},
    {"``Nobody warned us,'' Paul Ames said.", 0, 1, "``Nobody warned us,''", "direct", 1, "Paul Ames",
     "said"},
    /* round 9: with no cue, a verb, its object and "as" before the
     * quotation frame what the subject said; the content starts at the
     * object */
    {"Tom Reed later defended his remarks as being “purely sarcastic.”", 0, 1,
     "his remarks as being “purely sarcastic.”", "partial", 1, "Tom Reed", "defended"},
    /* ... the infinitive's subject after "for" speaks */
    {"It was common for the Harbour Gazette to portray Ann Cole as a “harbour hero” in those years.", 0, 1,
     "Ann Cole as a “harbour hero” in those years", "partial", 1, "Harbour Gazette", "portray"},
    /* ... after "In -ing", the main clause's subject speaks */
    {"In branding the plan as “a total mess,” Tom Reed again showed his temper.", 0, 1,
     "the plan as “a total mess,”", "mixed", 1, "Tom Reed", "branding"},
    /* ... not a passive (no object), nor a relative clause's subject */
    {"The quay was known as “the Counting House.”", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"It was an incident Tom Reed brought up as “very odd” at the time.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"The harbour board held a fair widely billed as “Boats for All” in May.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* ... nor an object holding a clause of its own */
    {"Tom Reed ranked the boats he does not own as “junk.”", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Tom Reed dismissed the new plan as “far too costly.”", 0, 1, "the new plan as “far too costly.”", "partial", 1,
     "Tom Reed", "dismissed"},
    /* round 9: "It’s" is "it", no sentence subject: a cue with no
     * subject of its own finds none and reports nothing */
    {"It’s implied that the mayor won’t block the board’s path — thereby all but making sure that the crowd of critics "
     "urging him to quit falls silent.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 9: a base-form cue after "to" is an infinitive, no noun after
     * a preposition, when its clause opens with a subject or a name */
    {"Tom Reed went on to say the port is “in very good shape.”", 0, 1, "the port is “in very good shape.”", "mixed", 1,
     "Tom Reed", "say"},
    /* ... with its subject after "for" */
    {"It was easy for the Harbour Gazette to call Tom Reed “a good boss” back then.", 0, 1,
     "Tom Reed “a good boss” back then", "partial", 1, "Harbour Gazette", "call"},
    /* ... not before a preposition, nor after a "that" clause has begun */
    {"Tom Reed went on to read from a “prepared text” at the hearing.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"The firm disclosed that it now plans to post earnings “well above forecasts” this year.", 0, 1,
     "that it now plans to post earnings “well above forecasts” this year", "partial", 1, "", NULL},
    /* round 9: a time ("this month") before a cue is no speaker */
    {"The Harbour Board issued a report this month saying the crews showed “gross neglect.”", 0, 1,
     "the crews showed “gross neglect.”", "partial", 1, "Harbour Board", "saying"},
    /* round 9: a coordinated cue split off its sentence, far from the
     * sentence subject, takes that subject (not "and") */
    {"While the donor did not disclose the size of the gift to the fund in the race for the harbour board, Tom "
     "Reed did say he found Ann Cole “very charming” and called her record in the port “unheard of.”",
     1, 2, "her record in the port “unheard of.”", "partial", 1, "Tom Reed", "called"},
    /* round 8: a finite verb before "that" in the window after a cue
     * means the clause has started; "that" is inside it */
    {"Ann Cole said the ferry strike was the surest sign yet that “the port is in real trouble.”", 0, 1,
     "the ferry strike was the surest sign yet that “the port is in real trouble.”", "partial", 1, "Ann Cole",
     "said"},
    {"Ann Cole said Reed reassured them that the harbour would open and that the crews “were ready.”", 0, 1,
     "Reed reassured them that the harbour would open and that the crews “were ready.”", "partial", 1,
     "Ann Cole", "said"},
    /* ... but a verb after a comma is in an adjunct: the content starts
     * at "that" */
    {"Ann Cole told the council, as mayor in May, was that the port “will not close.”", 0, 1,
     "that the port “will not close.”", "mixed", 1, "Ann Cole", "told"},
    /* a cue whose object is a noun phrase or an adjunct, then a colon:
     * the quotation after the colon is the content */
    {"Ann Cole declared the need for patience and calm in the long weeks ahead: “The port will open again.”", 0, 1,
     "“The port will open again.”", "direct", 1, "Ann Cole", "declared"},
    {"Ann Cole said in a letter to the harbour board: “The port will open again.”", 0, 1,
     "“The port will open again.”", "direct", 1, "Ann Cole", "said"},
    /* ... likewise a dash before a quotation opening with a capital */
    {"Ann Cole posted just two words on the harbour board’s page - “So sad.”", 0, 1, "“So sad.”", "direct", 1,
     "Ann Cole", "posted"},
    /* ... not a clause: "said that …:" is what was said */
    {"Ann Cole said that the crews had two choices: “Stay or leave.”", 0, 1,
     "that the crews had two choices: “Stay or leave.”", "partial", 1, "Ann Cole", "said"},
    /* ... nor a lead-in before a later attribution */
    {"Ann Cole seemed annoyed: “The port is open,” she wrote to Tom Reed.", 0, 1, "“The port is open,”",
     "direct", 1, "Ann Cole", "wrote"},
    /* a place abbreviation's period ends the sentence before a quotation
     * opening with a capital: “A,” X said in Fresno, Calif. “B.” is one quote */
    {"“The port is open,” Ann Cole said at a rally in Fresno, Calif. “Nobody has to leave.”", 0, 1,
     "“The port is open,” Ann Cole said at a rally in Fresno, Calif. “Nobody has to leave.”", "direct", 2, "Ann Cole",
     "said"},
    /* “A,” X said. “B” and more. — a sentence opening with a quotation,
     * going on without a cue, joins the direct quote before it (mixed) */
    {"“The port is open,” Ann Cole said. “We are ready for the ships” and for the crews.", 0, 1,
     "“The port is open,” Ann Cole said. “We are ready for the ships” and for the crews", "mixed", 2, "Ann Cole",
     "said"},
    /* after a quotation closed by a comma, a reason or comparison is still
     * content (“…,” because …), an adjunct is not (“…,” in an interview) */
    {"Ann Cole said the repairs were “futile,” because the ferry had already sunk.", 0, 1,
     "the repairs were “futile,” because the ferry had already sunk", "partial", 1, "Ann Cole", "said"},
    {"Ann Cole said the repairs were “futile,” in an interview with the harbour radio.", 0, 1,
     "the repairs were “futile,”", "partial", 1, "Ann Cole", "said"},
    /* speakers: the one who issued a statement, not the statement */
    {"Ann Cole issued a statement saying the port “will reopen soon.”", 0, 1, "the port “will reopen soon.”",
     "mixed", 1, "Ann Cole", "saying"},
    /* ... a name with an age and a place in apposition */
    {"Tom Reed, 22, of Fresno, Calif., said the ferry was “a total loss.”", 0, 1, "the ferry was “a total loss.”",
     "mixed", 1, "Tom Reed", "said"},
    /* ... a sentence subject is not a dateline nor a name after a
     * preposition */
    {"DOVER (Reuters) - Ann Cole has criticised the plan, saying that “the port will suffer.”", 0, 1,
     "that “the port will suffer.”", "mixed", 1, "Ann Cole", "saying"},
    {"In Dover, Ann Cole released a statement on Sunday condemning “the closure of the port.”", 0, 1,
     "“the closure of the port.”", "mixed", 1, "Ann Cole", "condemning"},
    /* a cue nested in the content of another, over "and" and a long
     * clause: the outer cue's content */
    {"Ann Cole said she and her two deputies jokingly referred to the three of them as “the last crew.”", 0, 1,
     "she and her two deputies jokingly referred to the three of them as “the last crew.”", "partial", 1, "Ann Cole",
     "said"},
    /* a cue, an adjunct of up to ten words and a comma before a quotation
     * that is a sentence of its own: the quotation is the content */
    {"Ann Cole told the harbour radio host Tom Reed on Monday, “The port will open again.”", 0, 1,
     "“The port will open again.”", "direct", 1, "Ann Cole", "told"},
    /* ... not before a title */
    {"Ann Cole wrote on the harbour board’s notice board the new slogan, “Keep The Port Open.”", 0, 1,
     "on the harbour board’s notice board the new slogan, “Keep The Port Open.”", "partial", 1, "Ann Cole",
     "wrote"},
    /* ... and a quotation wrapped over two lines is one */
    {"    \"The harbour will reopen next\nweek,\" Maria Lopez said.\n    Other news.", 0, 1,
     "\"The harbour will reopen next\nweek,\"", "direct", 1, "Maria Lopez", "said"},
    /* ... but not without the indented paragraphs (the unclosed mark is
     * capped at the paragraph end) */
    {"\"The harbour will reopen next\nweek,\" Maria Lopez said.", 0, 1, "\"The harbour will reopen next", "direct",
     1, "", NULL},
    /* an attribution inside a clause ("when I posted …") reports nothing
     * of the words before it */
    {"Neighbours offered to back my “crusade” when I posted the photos on the forum.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* a short headline paragraph quoting words in single marks reports
     * the gist: indirect */
    {"Mayor blames storm for port’s ‘total loss’ this year\n\nThe port closed.", 0, 1,
     "storm for port’s ‘total loss’ this year", "indirect", 1, "", "blames"},
    /* a title or a heading in capitals is no quote, alone or after "said
     * in his book," — one capitalised word may be an answer */
    {"The harbour closed.\n\n“PORT CLOSES FOR GOOD”\n\nThe crews left.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Ann Cole said in her 2012 book, “The Last Harbour.”", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Was the port safe? Ann Cole said, “No.”", 0, 1, "“No.”", "direct", 1, "Ann Cole", "said"},
    /* "and" + a second predicate right after a quotation ends the content:
     * an irregular past or an -ing form too */
    {"Ann Cole said the port was “a disgrace” and cast doubt on the repairs.", 0, 1,
     "the port was “a disgrace”", "partial", 1, "Ann Cole", "said"},
    {"Ann Cole said the port was “a disgrace” and pledging to rebuild it.", 0, 1, "the port was “a disgrace”",
     "partial", 1, "Ann Cole", "said"},
    /* X said (that) clause. “B.” — a quotation right after an indirect quote
     * in the same paragraph goes on with it: mixed, the marks its segment */
    {"Ann Cole said the port would close in May. “We have no choice.” The crews left.", 0, 1,
     "the port would close in May. “We have no choice.”", "mixed", 1, "Ann Cole", "said"},
    /* ... not across a paragraph */
    {"Ann Cole said the port would close in May.\n\n“We have no choice.”", 1, 2, "“We have no choice.”", "direct", 1,
     "", NULL},
    /* a clause of time right after the quotation (as + pronoun, when +
     * participle) is the report's circumstance */
    {"The crowd chanted “Close the port!” as they marched past the harbour.", 0, 1, "“Close the port!”", "mixed",
     1, "", "chanted"},
    {"Most said they had “no opinion” when asked about the harbour.", 0, 1, "they had “no opinion”", "mixed", 1, "",
     "said"},
    /* an -ing clause after the content's last quotation comments on it */
    {"Ann Cole said the port would reopen “within a week” after the storm, drawing cheers from the crowd.", 0, 1,
     "the port would reopen “within a week” after the storm", "partial", 1, "Ann Cole", "said"},
    /* ... "including" is a preposition */
    {"Ann Cole said the town needed a “global plan” for its ports, including Dover.", 0, 1,
     "the town needed a “global plan” for its ports, including Dover", "partial", 1, "Ann Cole", "said"},
    /* a subordinate clause holding the cue ends at the main clause */
    {"While Ann Cole admitted on Monday that the repairs would be “very hard” for the town, her deputy argued "
     "that they could be done.", 0, -1, "that the repairs would be “very hard” for the town", "partial", 1,
     "Ann Cole", "admitted"},
    /* round 10: a parenthetical attribution whose speaker has a title
     * ("Mr. Hale") is set off by the commas around the title too */
    {"Tom Hale runs the port. The town's new harbour wall, Mr. Hale said, “is the best defence we have” against "
     "the tides.", 0, 1, "The town's new harbour wall, Mr. Hale said, “is the best defence we have” against the tides",
     "partial", 1, "Tom Hale", "said"},
    /* ... a lone adverb before it is the reporting clause's, not said */
    {"Jane Reed chairs the board. Still, Ms. Reed added, “we cannot wait for the council.”", 0, 1,
     "“we cannot wait for the council.”", "direct", 1, "Jane Reed", "added"},
    /* ... a lone subject is said */
    {"Tom Hale runs the port. That, the harbour board said, “would be a costly mistake.”", 0, 1,
     "That, the harbour board said, “would be a costly mistake.”", "mixed", 1, "", "said"},
    /* ... "Instead of …" is no lead-in that is said, "Instead," is */
    {"Tom Hale runs the port. Instead of waiting for the vote, Mr. Hale said, “We will build it ourselves.”", 0, 1,
     "“We will build it ourselves.”", "direct", 1, "Tom Hale", "said"},
    /* round 10: "“A,” X, appositive, wrote last week in …": adjuncts after
     * the cue (a preposition or a time word, no "that", no quotation)
     * report nothing; the quoted words before it are the content */
    {"Ports are “the town's lifeline” and “its future,” Tom Hale, the mayor of Dover, wrote last week in a letter "
     "to the harbour board.", 0, 1, "Ports are “the town's lifeline” and “its future,”", "mixed", 2, "Tom Hale",
     "wrote"},
    /* ... but a title before a cue with a clause of its own is no quote */
    {"On “Harbour Talk,” Tom Hale said the wall would be rebuilt by the council next spring.", 0, 1,
     "the wall would be rebuilt by the council next spring", "indirect", 1, "Tom Hale", "said"},
    /* round 10: a bracket opened before the quotation and closed after the
     * attribution holds the report */
    {"Tom Hale runs the port. A dispute between those who want a wall (“It will save the harbour,” Hale wrote in "
     "a letter last week) and those who do not goes on.", 0, 1, "“It will save the harbour,”", "direct", 1,
     "Tom Hale", "wrote"},
    /* ... as does a semicolon before it */
    {"Tom Hale runs the port. The harbour is closed; its wall “needs a rebuild,” Hale said.", 0, 1,
     "its wall “needs a rebuild,”", "mixed", 1, "Tom Hale", "said"},
    /* round 10: a quotation after a colon or a dash, opening with a
     * capital and with an attribution of its own, is a direct quote; the
     * clause before the mark is indirect */
    {"Tom Hale argued that the harbour had lost its purpose: “It is no longer a port,” he said.", 0, 2,
     "that the harbour had lost its purpose", "indirect", 1, "Tom Hale", "argued"},
    {"Tom Hale argued that the harbour had lost its purpose: “It is no longer a port,” he said.", 1, 2,
     "“It is no longer a port,”", "direct", 1, "Tom Hale", "said"},
    {"Jane Reed suggested that the plan was rushed - “We need to see the details,” she said - and asked for a "
     "delay.", 1, 3, "“We need to see the details,”", "direct", 1, "Jane Reed", "said"},
    /* round 10: a coordinated cue ("and added:") is not nested in what the
     * earlier cue reports; the earlier cue's subject speaks */
    {"Tom Hale noted that he had run the port for years, and added: “I have seen a few of these.”", 1, 2,
     "“I have seen a few of these.”", "direct", 1, "Tom Hale", "added"},
    /* round 10: "what X calls “…”" names the quotation: the content starts
     * at "what", as it does at a relative pronoun ... */
    {"Tom Hale has long grumbled about what he calls the “harbour cartel” in Kelmouth.", 0, 1,
     "what he calls the “harbour cartel” in Kelmouth", "partial", 1, "Tom Hale", "calls"},
    /* ... also with a time between the speaker and the cue */
    {"The old dock, which Tom Hale on Friday declared “a disgrace to the town,” will close.", 0, 1,
     "which Tom Hale on Friday declared “a disgrace to the town,”", "partial", 1, "Tom Hale", "declared"},
    /* round 10: a time and adjuncts naming a title after the cue report
     * nothing */
    {"Tom Hale spoke about the port. He said Wednesday morning on Harbour Radio’s “Dock Talk.”", 0, 0, NULL, NULL,
     0, NULL, NULL},
    /* ... but an object after them does */
    {"Tom Hale noted on Twitter the switch away from the old motto, “Ships First,” on the new signs.", 0, 1,
     "on Twitter the switch away from the old motto, “Ships First,”", "partial", 1, "Tom Hale", "noted"},
    /* round 10: a place is no sentence subject that speaks; an -ing cue's
     * subject found further back ("…, Tom Hale took …, suggesting") makes
     * no "Content, X said." */
    {"Before the Paris harbour talks, Tom Hale took a hard line on the budget, suggesting the town rebuild the old "
     "sea wall.", 0, 1, "the town rebuild the old sea wall", "indirect", 1, "Tom Hale", "suggesting"},
    /* round 10: an adjunct between the cue and "that" is no indirect
     * content */
    {"Tom Hale said on Saturday that the town would rebuild the old sea wall.", 0, 1,
     "that the town would rebuild the old sea wall", "indirect", 1, "Tom Hale", "said"},
    {"Tom Hale said in his weekly letter that the town would rebuild the old sea wall.", 0, 1,
     "that the town would rebuild the old sea wall", "indirect", 1, "Tom Hale", "said"},
    /* round 10: a period between digits ("3.5%", "£9.4bn") ends no
     * sentence */
    {"Tom Hale said that harbour fees stood 3.5% above last year's level.", 0, 1,
     "that harbour fees stood 3.5% above last year's level", "indirect", 1, "Tom Hale", "said"},
    /* round 10: a description before a relative clause set off by commas
     * speaks ("an intelligence source, who …, told") */
    {"“The divers are badly overstretched,” a harbour official, who had no leave to talk on the record, "
     "told the paper.", 0, 1, "“The divers are badly overstretched,”", "direct", 1, "", "told"},
    /* round 10: an attribution set off by commas before the cue nearest
     * the quotation is parenthetical to the whole sentence */
    {"Tom Hale runs the port. The harbour board, Hale said, called the plan “a costly mistake.”", 0, 1,
     "The harbour board, Hale said, called the plan “a costly mistake.”", "partial", 1, "Tom Hale", "said"},
    {"Tom Hale runs the port. Nor, he said in an interview, did the board ever call the plan “a mistake.”", 0, 1,
     "Nor, he said in an interview, did the board ever call the plan “a mistake.”", "partial", 1, "Tom Hale",
     "said"},
    /* ... not "wrote to the board, telling them": a participle goes on with
     * the attribution */
    {"Tom Hale wrote to the board, telling them the plan was “a costly mistake.”", 0, 1,
     "the plan was “a costly mistake.”", "mixed", 1, "Tom Hale", "telling"},
    /* round 10: a bracketed source after the content is none of it */
    {"Tom Hale said the storm had done “serious damage.” [Harbour News]", 0, 1,
     "the storm had done “serious damage.”", "partial", 1, "Tom Hale", "said"},
    /* round 10: a description, then a participle and the name in marks (a
     * reduced relative clause) is the content; the sentence subject
     * speaks */
    {"Tom Hale slammed the harbour levy called the “dock toll” in a speech.", 0, 1,
     "the harbour levy called the “dock toll”", "partial", 1, "Tom Hale", "called"},
    /* round 10: a bidirectional control (U+202A, pasted from a social-media
     * page) before a mark at a paragraph start is no word: the mark opens */
    {"The mayor posted a note.\n\xe2\x80\xaa”We love the harbour,” wrote Tom Hale.", 0, 1, "”We love the harbour,”",
     "direct", 1, "Tom Hale", "wrote"},
    /* round 10: a sentence opening with an inverted cue ("Said X, “…”") */
    {"Tom Hale runs the port. Said the harbour master, “We will rebuild the wall.”", 0, 1,
     "“We will rebuild the wall.”", "direct", 1, "", "Said"},
    /* ... not when the phrase goes on past np_right's name ("Said Kelmouth
     * assistant coach Tom Hale: “…”": not Kelmouth) */
    {"The wall fell. Said Paris harbour master Tom Hale: “We will rebuild the wall.”", 0, 1,
     "“We will rebuild the wall.”", "direct", 1, "Tom Hale", NULL},
    /* round 10: "went on" ending the sentence is a cue ... */
    {"Jane Reed runs the port. “We will rebuild the wall,” she went on.", 0, 1, "“We will rebuild the wall,”",
     "direct", 1, "Jane Reed", "went"},
    /* ... "went on for days" is none */
    {"The storm went on for days in the “worst season” yet.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 10: a digest item, a headline in capitals, a quotation and a
     * bracketed source */
    {"HARBOUR WALL TO BE REBUILT “The council voted on Monday to rebuild the old sea wall.” [Dover Post.]", 0, 1,
     "“The council voted on Monday to rebuild the old sea wall.”", "direct", 1, "", NULL},
    /* round 10: a sentence opening with a subordinate clause has its
     * subject after the clause (past a list's commas) */
    {"Shortly after visiting a Paris museum, a Lyon gallery and a Nice studio, Tom Hale thanked the crowd, saying he "
     "was “deeply moved.”", 0, 1, "he was “deeply moved.”", "mixed", 1, "Tom Hale", "saying"},
    /* round 10: a description in apposition to a name before ", who …,"
     * leaves the name the speaker */
    {"Lord Tom Hale, head of the harbour board's inquiry unit, who first asked for the review, said the penalty "
     "was “derisory.”", 0, 1, "the penalty was “derisory.”", "partial", 1, "Tom Hale", "said"},
    /* round 12: a quotation in an appositive that opens the sentence (a
     * title, a nickname) is no content of "said X": the name before the
     * appositive speaks, the clause after the cue is reported */
    {"Lena Moss, the author of “Salt Roads,” said the harbour would close in May.", 0, 1,
     "the harbour would close in May", "indirect", 1, "Lena Moss", "said"},
    {"Lena Moss, the author of “Salt Roads,” stated that the harbour would close in May.", 0, 1,
     "that the harbour would close in May", "indirect", 1, "Lena Moss", "stated"},
    {"Lena Moss, star of the film “Salt Roads,” thanked the crowd for “a wonderful night.”", 0, 1,
     "the crowd for “a wonderful night.”", "mixed", 1, "Lena Moss", "thanked"},
    {"As Tom Hale, the editor of ''Dock Talk,'' put it, ''The harbour is the town.''", 0, 1,
     "''The harbour is the town.''", "direct", 1, "Tom Hale", "put"},
    /* ... still "said the harbour master" after a quotation opening the
     * sentence */
    {"“It is a sad day,” said the harbour master.", 0, 1, "“It is a sad day,”", "direct", 1, "", "said"},
    /* round 12: "that" or "it" after a cue is its object, no inverted
     * speaker */
    {"The town hall, renamed “Harbour House,” stated that it would open on Sunday.", 0, 0, NULL, NULL, 0, NULL,
     NULL},
    /* round 12: a title right after a word of the attribution (a show, a
     * work) is no segment of the quote before it */
    {"“The wall will hold,” Tom Hale said on Harbour Radio’s “Dock Talk.”", 0, 1, "“The wall will hold,”",
     "direct", 1, "Tom Hale", "said"},
    {"“The wall will hold,” said Lena Moss, the author of “Salt Roads.”", 0, 1, "“The wall will hold,”", "direct",
     1, "Lena Moss", "said"},
    {"\"The wall will hold,\" Tom Hale told \"Morning Tide.\"", 0, 1, "\"The wall will hold,\"", "direct", 1,
     "Tom Hale", "told"},
    {"“The wall must hold,” Tom Hale says in the advertisement titled “Storm.”", 0, 1, "“The wall must hold,”",
     "direct", 1, "Tom Hale", "says"},
    /* ... a quotation introduced by a comma after the attribution is still
     * one */
    {"“The wall will hold,” Tom Hale said, “Every Stone Counts.”", 0, 1,
     "“The wall will hold,” Tom Hale said, “Every Stone Counts.”", "direct", 2, "Tom Hale", "said"},
    /* round 12: a pronoun's ’s is "is" or "has": the cue after it is a
     * verb, and the pronoun speaks */
    {"Tom Hale spoke on Monday. He’s predicting that the race will be so close that the mayor has “no chance” of "
     "winning.", 0, 1, "that the race will be so close that the mayor has “no chance” of winning", "partial", 1,
     "Tom Hale", "predicting"},
    {"Jane Reed ran the port for years. She’s said the harbour was “a mess” when she arrived.", 0, 1,
     "the harbour was “a mess”", "partial", 1, "Jane Reed", "said"},
    /* ... a name's ’s is still a possessive: "Hale’s statement" is a noun */
    {"Tom Hale’s statement called the plan “a mess.”", 0, 1, "the plan “a mess.”", "mixed", 1, "Tom Hale",
     "called"},
    /* round 12: "He added, “B.”" after a quotation inside a report (after
     * a word of its sentence) starts a new sentence: both are quotes */
    {"Hale said that Moss has stirred up “a great many dockers” who “are deeply involved in the port now.” He added, “We "
     "need them.”", 0, 2, "that Moss has stirred up “a great many dockers” who “are deeply involved in the port now.”",
     "mixed", 2, "Hale", "said"},
    {"Hale said that Moss has stirred up “a great many dockers” who “are deeply involved in the port now.” He added, “We "
     "need them.”", 1, 2, "“We need them.”", "direct", 1, "Hale", "added"},
    /* round 12: after "“A,” said X, <participle> …," a quotation going on
     * in lower case continues A */
    {"“These tides are hard to read,” said Tom Hale, speaking of the harbour, “and harder to live with.”", 0, 1,
     "“These tides are hard to read,” said Tom Hale, speaking of the harbour, “and harder to live with.”", "direct",
     2, "Tom Hale", "said"},
    /* ... and a title after the participle is no quotation of its own (nor
     * a segment) */
    {"“We will be fine,” she said, waving the “Save Our Harbour” flag of the campaign.", 0, 1,
     "“We will be fine,”", "direct", 1, "", "said"},
    /* ... but a participle reporting a quotation in lower case after a word
     * still starts a quote of its own */
    {"“We will be fine,” Jane Reed said, urging the crews to “keep the faith.”", 1, 2, "the crews to “keep the faith.”",
     "mixed", 1, "Jane Reed", "urging"},
    /* round 12: "“…?” X asked reporters" with adjuncts after the addressee
     * stays in the quotation's sentence, and the next quotation joins */
    {"“Do you think I will change?” Tom Hale asked reporters sharply during a news conference. “I will not.”", 0, 1,
     "“Do you think I will change?” Tom Hale asked reporters sharply during a news conference. “I will not.”",
     "direct", 2, "Tom Hale", "asked"},
    /* round 12: "and" or "while" with a named subject and a cue of its own
     * after a quotation starts a second report */
    {"Jane Reed said she was “very hopeful” and Tom Hale called it a “good start.”", 0, 2, "she was “very hopeful”",
     "mixed", 1, "Jane Reed", "said"},
    {"Jane Reed said she was “very hopeful” and Tom Hale called it a “good start.”", 1, 2, "it a “good start.”",
     "mixed", 1, "Tom Hale", "called"},
    {"Jane Reed called the plan “a disaster,” while Tom Hale described it as “a bold step.”", 1, 2,
     "it as “a bold step.”", "mixed", 1, "Tom Hale", "described"},
    /* round 12: a quotation closed by a comma before a parenthetical
     * attribution and one going on in lower case after it are one quote,
     * from the sentence start (or from the quotation after a colon) */
    {"But ''the harder question,'' Tom Hale added, ''is whether the wall will hold.''", 0, 1,
     "But ''the harder question,'' Tom Hale added, ''is whether the wall will hold.''", "mixed", 2, "Tom Hale",
     "added"},
    {"Tom Hale fired back: “As a keeper of the port,” he wrote, “we know you want the wall, too.”", 0, 1,
     "“As a keeper of the port,” he wrote, “we know you want the wall, too.”", "direct", 2, "Tom Hale", "wrote"},
    /* round 12: "which"/"what" before a speaker with a title starts the
     * content as before a bare name */
    {"The port lost $2 million, which Mr. Hale called ''a disgrace.''", 0, 1, "which Mr. Hale called ''a disgrace.''",
     "partial", 1, "Hale", "called"},
    {"In 2009, under what Mr. Hale called ''the old harbour model,'' the club let boats in for free.", 0, 1,
     "what Mr. Hale called ''the old harbour model,''", "mixed", 1, "Hale", "called"},
    /* round 12: a name after an article ("a Harbour Radio interview") is
     * no sentence subject that speaks */
    {"In a Harbour Radio interview later that day, Tom Hale went even further: “The wall is finished.”", 0, 1,
     "“The wall is finished.”", "direct", 1, "Tom Hale", NULL},
    /* round 12: a sentence opening with a prepositional phrase (places,
     * a time) has its subject after the phrase's commas */
    {"At a rally in Dover, Delaware, on Tuesday, Mayor Jane Reed backed the plan, saying that the wall would "
     "''save the town.''", 0, 1, "that the wall would ''save the town.''", "partial", 1, "Jane Reed", "saying"},
    /* round 12: after "told" and a named addressee, an article starts the
     * content */
    {"Tom Hale told host Jane Reed a new wall is “increasingly likely.”", 0, 1, "a new wall is “increasingly likely.”",
     "partial", 1, "Tom Hale", "told"},
    /* round 12: an adjunct of place or time before an infinitive is no
     * content; an object ("called on the board to") still is */
    {"Tom Hale promised Sunday at a harbour rally to end “the wasteful toll regime.”", 0, 1,
     "to end “the wasteful toll regime.”", "mixed", 1, "Tom Hale", "promised"},
    /* round 12: “A,” X said. One sentence of background. “B.” — one quote
     * over a sentence without quotation or cue */
    {"“Those are very small towns,” Tom Hale said. They lie far from any port. “That is a tough area.”", 0, 1,
     "“Those are very small towns,” Tom Hale said. They lie far from any port. “That is a tough area.”", "direct", 2,
     "Tom Hale", "said"},
    /* ... not over a sentence with an attribution of its own */
    {"“Those are very small towns,” Tom Hale said. Jane Reed said she disagreed. “That is a tough area.”", 0, 2,
     "“Those are very small towns,”", "direct", 1, "Tom Hale", "said"},
    /* round 12: a paragraph of one quotation in single marks is a
     * subheading: no quote, and none joined to the quote before */
    {"“We will rebuild,” Tom Hale said.\n\n'A fight to the finish.'\n\nThe wall fell in May.", 0, 1,
     "“We will rebuild,”", "direct", 1, "Tom Hale", "said"},
    {"The wall fell in May.\n\n– ‘Who cares?’ –.\n\nThe port reopened.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 12: a quotation standing alone that ends in a colon is a label
     * ("Related:"), no quote and no continuation of the one before */
    {"“We will rebuild,” Tom Hale said.\n\n\"Related:\"\n\nHarbour Wall Falls In Storm.", 0, 1,
     "“We will rebuild,”", "direct", 1, "Tom Hale", "said"},
    /* round 12: "Lead-in, X said <clause>": a clause after the cue (a
     * subject pronoun, "that") is the content, not the lead-in */
    {"Like many harbour workers, Jane Reed said she was irked by the long waits at the port.", 0, 1,
     "she was irked by the long waits at the port", "indirect", 1, "Jane Reed", "said"},
    {"As for the mayor, Tom Hale said that the wall would be rebuilt by the end of the year.", 0, 1,
     "that the wall would be rebuilt by the end of the year", "indirect", 1, "Tom Hale", "said"},
    {"Hours later, the harbour board said the opening of the new wall was cancelled.", 0, 1,
     "the opening of the new wall was cancelled", "indirect", 1, "", "said"},
    /* ... not after "told" and its addressee */
    {"The wall will be rebuilt by the end of the year, a spokesman told Harbour Radio.", 0, 1,
     "The wall will be rebuilt by the end of the year", "indirect", 1, "", "told"},
    /* round 12: "This plan, he says, is different": an attribution set
     * off by commas inside the clause; the content is the whole sentence */
    {"Tom Hale runs the port. The new harbour wall, he says, is the best in the country.", 0, 1,
     "The new harbour wall, he says, is the best in the country", "indirect", 1, "Tom Hale", "says"},
    /* ... "Content, X said." still reads the content on the left */
    {"The wall will be rebuilt by the end of the year, Tom Hale said.", 0, 1,
     "The wall will be rebuilt by the end of the year", "indirect", 1, "Tom Hale", "said"},
    /* round 12: a pronoun speaker after a report is its speaker, not a
     * name inside the reported clause */
    {"Tom Hale said the mayor, Bob Reed, had never backed the harbour plan. He says Reed “knows full well” that it "
     "works.", 1, 2, "Reed “knows full well” that it works", "partial", 1, "Tom Hale", "says"},
    /* round 14a: with no cue, a lead-in ending in a comma right before a
     * quotation that is a whole sentence and ends the sentence introduces
     * it; the sentence subject speaks */
    {"After the storm, Tom Hale issued a statement, “The port will stay closed until the end of the week.”", 0, 1,
     "“The port will stay closed until the end of the week.”", "direct", 1, "Tom Hale", NULL},
    {"In her old song, Ana Lind sings, \"Nobody waits for the morning ferry.\"", 0, 1,
     "\"Nobody waits for the morning ferry.\"", "direct", 1, "Ana Lind", NULL},
    /* ... and after a colon with no subject to speak ("From the report:") */
    {"The harbour board met. From the minutes: “The port will stay closed until the end of the week.”", 0, 1,
     "“The port will stay closed until the end of the week.”", "direct", 1, "", NULL},
    {"The board met. From the Harbour Gazette: “The port will stay closed until the end of the week.”", 0, 1,
     "“The port will stay closed until the end of the week.”", "direct", 1, "Harbour Gazette", NULL},
    /* ... not a title, a short phrase, single marks or a quotation the
     * sentence goes on after */
    {"Tom Hale wrote a book, “The Long Harbour Road.”", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Tom Hale shrugged, “Maybe next year.”", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Tom Hale looked up from his desk, ‘The port will stay closed all week.’", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Tom Hale looked up from his desk, “The port will stay closed all week,” and left.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 14a: a cue inside the "that" clause of an earlier cue (its
     * own subject inside the clause, or coordinated with "and", no
     * punctuation between) reports inside that clause: the content is
     * the outer clause, from "that" */
    {"Tom Hale told friends that the mayor knew all about the plan and thought the protest was “a waste of time.”", 0, 1,
     "that the mayor knew all about the plan and thought the protest was “a waste of time.”", "partial", 1, "Tom Hale",
     "told"},
    {"Tom Hale admitted that he had misspoken in two interviews when he claimed that the board had called the deal "
     "“fair.”", 0, 1,
     "that he had misspoken in two interviews when he claimed that the board had called the deal “fair.”", "partial", 1,
     "Tom Hale", "admitted"},
    /* ... not a second cue of the outer subject, nor over a comma */
    {"Tom Hale noted that the port reopened, and added: “We are proud of the crew.”", 1, 2,
     "“We are proud of the crew.”", "direct", 1, "Tom Hale", "added"},
    {"Tom Hale said that the port reopened, while Ana Lind said the crew was “proud of the work.”", 1, 2,
     "the crew was “proud of the work.”", "mixed", 1, "Ana Lind", "said"},
    /* round 14a: a lead-in of time before a parenthetical attribution
     * says when it was said: the content starts after the attribution
     * (a lead-in of place or topic is still content) */
    {"In 2009, Tom Hale said, the port was “losing money every week.”", 0, 1,
     "the port was “losing money every week.”", "mixed", 1, "Tom Hale", "said"},
    {"In Dover, Tom Hale said, the port was “losing money every week.”", 0, 1,
     "In Dover, Tom Hale said, the port was “losing money every week.”", "partial", 1, "Tom Hale", "said"},
    /* round 14a: a quotation opening with "I" or "I’m" opens with a
     * capital (a sentence of its own) for the rules that ask for one */
    {"Tom Hale told the Dover Gazette in a written statement last night, “I’m not going anywhere this year.”", 0, 1,
     "“I’m not going anywhere this year.”", "direct", 1, "Tom Hale", "told"},
    {"Tom Hale said he was too busy to read the report: “I am swamped this week, and it can wait,” he said.", 1, 2,
     "“I am swamped this week, and it can wait,”", "direct", 1, "Tom Hale", "said"},
    /* ... but a clause before the comma is content */
    {"One old docker said the port was always bound to close down, “I just hadn’t expected it to come this fast.”", 0, 1,
     "the port was always bound to close down, “I just hadn’t expected it to come this fast.”", "mixed", 1, "", "said"},
    /* round 14a: content after a cue and a comma starts after the comma */
    {"As the harbour master explained, the port was “losing money every week.”", 0, 1,
     "the port was “losing money every week.”", "mixed", 1, "", "explained"},
    /* round 14a: the addressee of "told" belongs to a parenthetical
     * attribution: the content starts at the sentence start */
    {"Sooner or later, the harbour master told reporters, “it begins to bear fruit.”", 0, 1,
     "Sooner or later, the harbour master told reporters, “it begins to bear fruit.”", "partial", 1, "", "told"},
    /* round 14a: the share of those polled who said it is part of what
     * a poll named before reports; the poll speaks */
    {"In a September Gazette/Harbour poll, 75 percent of dockers said “most harbour councillors” can’t be believed.", 0,
     1, "75 percent of dockers said “most harbour councillors” can’t be believed", "partial", 1, "", "said"},
    /* round 14a: a passive cue names its subject: the content starts at
     * the subject (over an appositive, at a relative pronoun), which does
     * not speak */
    {"The harbour master, a former docker, has been called the “king of the quay” for his long reign.", 0, 1,
     "The harbour master, a former docker, has been called the “king of the quay” for his long reign", "partial", 1,
     "", "called"},
    {"The new board met on Monday, reforming what is called a “closed shop” in the port.", 0, 1,
     "what is called a “closed shop”", "partial", 1, "", "called"},
    /* ... and its agent after "by" speaks */
    /* (after the merge with round 14b: a reduced relative ends with the
     * name, and a "by" agent after the quotation speaks and is left out) */
    {"The harbour scheme has been branded a “shameful folly” by Tom Hale.", 0, 1,
     "The harbour scheme has been branded a “shameful folly”", "partial", 1, "Tom Hale", "branded"},
    /* ... not an addressee ("was asked", "was told") */
    {"Tom Hale was asked about the “closed shop” at the port.", 0, 1,
     "about the “closed shop” at the port", "partial", 1, "Tom Hale", "asked"},
    /* round 13: a pronoun with a clitic ("he'd", "she’ll") is the
     * pronoun: it resolves as a speaker and opens a reported clause */
    {"Leo Park left the room. “I will not sign,” he'd told the board an hour earlier.", 0, 1,
     "“I will not sign,”", "direct", 1, "Leo Park", "told"},
    {"A retired teacher, Paula Grant said she’ll stand for the council next spring.", 0, 1,
     "she’ll stand for the council next spring", "indirect", 1, "Paula Grant", "said"},
    /* round 13: a party and state tag, then a comma before the cue: the
     * name before the tag speaks (not a place earlier in the sentence) */
    {"On Monday at a school in Dover, DE, after the vote, Gov. Mark Ellis (R-DE), said, “We will not raise taxes.”", 0, 1,
     "“We will not raise taxes.”", "direct", 1, "Mark Ellis", "said"},
    /* round 13: a lead-in clause reporting a quotation closed by a comma,
     * then the main clause's attribution and quotation: two quotes; a
     * participle's report is the main speaker's, from after the
     * participle (and its preposition) */
    {"Holding signs calling Hale “the worst mayor ever,” the dockers chanted “Hale must go.”", 0, 2,
     "signs calling Hale “the worst mayor ever,”", "mixed", 1, "", "chanted"},
    {"Holding signs calling Hale “the worst mayor ever,” the dockers chanted “Hale must go.”", 1, 2,
     "“Hale must go.”", "direct", 1, "", "chanted"},
    {"Remarking on the mayor's \"quiet courage,\" Tom Hale said, \"He held the town together.\"", 0, 2,
     "the mayor's \"quiet courage,\"", "mixed", 1, "Tom Hale", "said"},
    /* ... a subordinate clause's report is its own subject's */
    {"After Jane Reed said that the port would be “closed for good,” Tom Hale said: “That is false.”", 0, 2,
     "that the port would be “closed for good,”", "mixed", 1, "Jane Reed", "said"},
    {"After Jane Reed said that the port would be “closed for good,” Tom Hale said: “That is false.”", 1, 2,
     "“That is false.”", "direct", 1, "Tom Hale", "said"},
    /* round 13: a short lead-in, then "according to X," inside one clause
     * that goes on: the whole sentence (past a first "But") is the content */
    {"But the next day, according to Jane Reed, the council voted to close the harbour for the winter.", 0, 1,
     "the next day, according to Jane Reed, the council voted to close the harbour for the winter", "indirect", 1,
     "Jane Reed", "according to"},
    /* ... not before a relative clause or a long clause of its own */
    {"The harbour board voted on Monday to close the old port for the whole winter, according to Jane Reed, who "
     "sits on the board.", 0, 1, "The harbour board voted on Monday to close the old port for the whole winter",
     "indirect", 1, "Jane Reed", "according to"},
    /* round 13: a quotation closed by a comma, an attribution set off by
     * commas, and the clause going on unquoted: the whole sentence */
    {"Despite his “brash manner,” the lawyer Tom Hale wrote, Reed is a devoted father who lost his job.", 0, 1,
     "Despite his “brash manner,” the lawyer Tom Hale wrote, Reed is a devoted father who lost his job", "mixed", 1,
     "Tom Hale", "wrote"},
    {"Reed was put on the list for the “impact,” Tom Hale said, that he has had on the town.", 0, 1,
     "Reed was put on the list for the “impact,” Tom Hale said, that he has had on the town", "mixed", 1,
     "Tom Hale", "said"},
    /* ... not before a relative clause of the attribution's own */
    {"The port is “a disgrace,” Tom Hale said, who runs the docks.", 0, 1,
     "The port is “a disgrace,”", "mixed", 1, "Tom Hale", "said"},
    /* round 13: reported content opened inside brackets ends where they
     * close; a bracketed sentence ends before a capital */
    {"The harbour board, led by Tom Hale (who once called Reed “a menace” in public), has voted to close the port.", 0,
     1, "Reed “a menace” in public", "partial", 1, "Tom Hale", "called"},
    {"Jane Reed left the board. (She said she wanted to “rest for a while.”) Then the council voted to close the port.",
     0, 1, "she wanted to “rest for a while.”", "mixed", 1, "Jane Reed", "said"},
    /* round 13: an emphatic reflexive after the speaker is no part of
     * the name */
    {"“We will not sell,” Tom Hale himself told the board.", 0, 1, "“We will not sell,”", "direct", 1, "Tom Hale",
     "told"},
    /* round 13: an adjunct of place or time right before the mark is
     * where it was said, no content */
    {"Tom Hale himself conceded at a quayside rally on Thursday night “this will be an uphill fight” if he loses the port vote.", 0,
     1, "“this will be an uphill fight” if he loses the port vote", "mixed", 1, "Tom Hale", "conceded"},
    /* ... not a phrase holding an infinitive ("called on Congress to") */
    {"Tom Hale called on the council to “act now” on the harbour.", 0, 1, "on the council to “act now” on the harbour",
     "partial", 1, "Tom Hale", "called"},
    /* round 13: "“A,” X said, that …": the sentence going on unquoted
     * after the attribution (with "that" or a finite verb) is one content
     * with the quotation */
    {"“We are gravely concerned,” the trustees wrote in a note to the mayor, that the board “may close the port.”", 0, 1,
     "“We are gravely concerned,” the trustees wrote in a note to the mayor, that the board “may close the port.”",
     "mixed", 2, "", "wrote"},
    /* ... not an appositive after an inverted attribution */
    {"“The port must stay open,” said Tom Hale, a docker who has worked there for years.", 0, 1,
     "“The port must stay open,”", "direct", 1, "Tom Hale", "said"},
    /* round 13: a dash before the quotation introduces it, as a colon
     * does; the content before the attribution stops before the
     * speaker's title */
    {"Neither man liked the mayor - “Born rich,” Tom Hale said - but they voted for him.", 0, 1, "“Born rich,”",
     "direct", 1, "Tom Hale", "said"},
    {"The port was closed for a week, the ''worst since 1950,'' Mr. Hale said.", 0, 1,
     "The port was closed for a week, the ''worst since 1950,''", "mixed", 1, "Hale", "said"},
    /* round 13: a relative "that" (after a noun, before a verb) does not
     * open the reported clause */
    {"Tom Hale said the sections of the ferry system that were breached suggested the attackers were after “fare data.”", 0, 1,
     "the sections of the ferry system that were breached suggested the attackers were after “fare data.”", "partial", 1,
     "Tom Hale", "said"},
    /* round 13: a long addressee of "told" (a place and a time set off by
     * commas) before "that" is no content */
    {"Tom Hale is telling a full hall in rainy Kelmouth, Cornwall, on the final day of the race that he has “no "
     "regrets at all.”", 0, 1, "that he has “no regrets at all.”", "mixed", 1, "Tom Hale", "telling"},
    {"Tom Hale told a full hall in rainy Kelmouth, Cornwall, on the final day of the race that he has no regrets.", 0,
     1, "that he has no regrets", "indirect", 1, "Tom Hale", "told"},
    /* round 13: a participle opening the sentence reports the quotation
     * after it, spoken by the main clause's speaker, whose own report
     * follows */
    {"Admitting that the port “was badly run,” though, Tom Hale did say that the new board deserves more time.", 0, 2,
     "that the port “was badly run,”", "mixed", 1, "Tom Hale", "say"},
    /* ... not a gerund subject whose clause the quotation ends */
    {"Closing the port would “hurt every family in town,” Tom Hale added.", 0, 1,
     "Closing the port would “hurt every family in town,”", "mixed", 1, "Tom Hale", "added"},
    /* round 18: "he"/"she" opening a sentence is the person who opened the
     * sentence before as its subject (sex known), not one named later in it */
    {"Tom Hale hired Ana Reis as his deputy under Sam Ortiz in 1990. He said the pier would close.", 0, 1,
     "the pier would close", "indirect", 1, "Tom Hale", "said"},
    /* ... not a company opening it */
    {"Kelmouth Ferries hired Sam Ortiz last year. He said the pier would close.", 0, 1, "the pier would close",
     "indirect", 1, "Sam Ortiz", "said"},
    /* round 20: after the last quotation, a time or "in response" is when
     * the report was made, and "and he did …", "but she also noted …"
     * the narrator's next sentence: no content */
    {"Tom Hale called the harbour fees “unfair” and “improper” on Monday.", 0, 1,
     "the harbour fees “unfair” and “improper”", "partial", 2, "Tom Hale", "called"},
    {"Tom Hale urged the crowd to “stay calm and go home” in response.", 0, 1, "the crowd to “stay calm and go home”",
     "mixed", 1, "Tom Hale", "urged"},
    {"Tom Hale called the pier “a disgrace” and he did not mention the ferry crews at all.", 0, 1,
     "the pier “a disgrace”", "mixed", 1, "Tom Hale", "called"},
    /* ... not a verb of the reported clause, nor a time it holds */
    {"Tom Hale said the pier was “unsafe for anyone” and would close in May.", 0, 1,
     "the pier was “unsafe for anyone” and would close in May", "partial", 1, "Tom Hale", "said"},
    {"Tom Hale said the crews were sent home “without notice” last Sunday.", 0, 1,
     "the crews were sent home “without notice” last Sunday", "partial", 1, "Tom Hale", "said"},
    /* round 20: "so called" names a thing; no one speaks */
    {"The so called “Harbour Pledge” seeks to keep the ferry under state control.", 0, 0, NULL, NULL, 0, NULL,
     NULL},
    {"The so- called ‘ferry clause’ has shaped the port's budget since 1990.", 0, 0, NULL, NULL, 0, NULL, NULL},
    /* round 20: a title in marks after a work's noun is no quote */
    {"Tom Hale ran the trust for years. One of his recent reads, “The Long Pier,” changed his mind.", 0, 0, NULL,
     NULL, 0, NULL, NULL},
    {"“We were nearly broke,” she wrote in her memoir, “Harbour Lights.” The trust later sold the pier.", 0, 1,
     "“We were nearly broke,”", "direct", 1, "", "wrote"},
    /* round 21: a parenthetical attribution with an adjunct ("she said
     * in an interview,") inside the content, which starts at the
     * sentence start */
    {"It matters, Ana Reis said in an interview afterward, that the trust “listens to small towns.”", 0, 1,
     "It matters, Ana Reis said in an interview afterward, that the trust “listens to small towns.”", "partial", 1,
     "Ana Reis", "said"},
    {"If anything, Tom Hale argued in his letter, the dispute shows why the board “must adopt clear rules.”", 0, 1,
     "If anything, Tom Hale argued in his letter, the dispute shows why the board “must adopt clear rules.”",
     "partial", 1, "Tom Hale", "argued"},
    /* ... not over an infinitive after the cue */
    {"Soon after, Ana Reis agreed to keep the ferry out of the budget talks, including a pledge to “stay out of it.”",
     0, 1, "to keep the ferry out of the budget talks, including a pledge to “stay out of it.”", "partial", 1,
     "Ana Reis", "agreed"},
    /* ... not after a "speaker" that is an adverb before a participle */
    {"His claim, boldly stated on local radio, was that “as riders learn more,” they would leave the ferry.", 0, 1,
     "that “as riders learn more,” they would leave the ferry", "partial", 1, "", "stated"},
    /* round 22: "X at the time said": the time between the subject and
     * the cue; the clause after is the content, not "he'd asked"'s */
    {"Tom Hale at the time said he'd then asked his “deckhands” to “check on” the repairs.", 0, 1,
     "he'd then asked his “deckhands” to “check on” the repairs", "partial", 2, "Tom Hale", "said"},
    /* round 22: a straight mark opening a paragraph, never closed in it,
     * around a curly quotation is stray: the quote before stays alone */
    {"“You have called your rivals cowards,” Ana Reis charged in the debate.\n\n\"Tom Hale tried to shrug it off by "
     "saying, “Only one of them.” But Reis pressed on.", 0, -1, "“You have called your rivals cowards,”", "direct", 1,
     "Ana Reis", "charged"},
    /* ... and one that closes at the paragraph's end right after a curly
     * opener wraps an excerpt: the curly quotation is the quote */
    {"\"“We will not sell the pier,” Tom Hale said before adding that the board would meet in May.\"", 0, -1,
     "“We will not sell the pier,”", "direct", 1, "Tom Hale", "said"},
    /* ... but not a straight quotation holding a curly one and closed
     * inside the paragraph */
    {"\"The mayor said “the pier is safe” and left,\" the editorial said. Nobody believed it.", 0, 1,
     "\"The mayor said “the pier is safe” and left,\"", "direct", 1, "", "said"},
    /* round 22: quotations with their own attribution set off by dashes,
     * the sentence going on with a conjunction: a direct quote; before
     * and after the aside, reports of their own */
    {"Tom Hale railed against the move to the coast - “I love the pier,” he said, “I will never leave it” - and vowed to "
     "fight the plan in court.", 0, 2, "“I love the pier,” he said, “I will never leave it”", "direct", 2, "Tom Hale",
     "said"},
    {"Tom Hale railed against the move to the coast - “I love the pier,” he said, “I will never leave it” - and vowed to "
     "fight the plan in court.", 1, 2, "to fight the plan in court", "indirect", 1, "Tom Hale", "vowed"},
    {"Ana Reis praised the trust's “steady hand” - “a hand that never shakes,” she said - and argued for a new pier.",
     1, 3, "“a hand that never shakes,”", "direct", 1, "Ana Reis", "said"},
    /* ... not when the content runs on over the aside */
    {"Tom Hale said the plan - “a total disaster,” he called it - would never pass the board.", 0, 1,
     "the plan - “a total disaster,”", "mixed", 1, "Tom Hale", "said"},
    /* round 22: a relative pronoun (or "that" after a noun) before the
     * speaker's description or appositive, with a naming cue right before
     * the quotation: the content starts at the pronoun */
    {"Harbour traffic fell, a trend that the port's last director, Tom Hale, called “a slow decline.”", 0, 1,
     "that the port's last director, Tom Hale, called “a slow decline.”", "partial", 1, "Tom Hale", "called"},
    {"Ferries are part of the town's life, one which Kelmouth historian Ana Reis calls “the heart of the coast.”", 0,
     1, "which Kelmouth historian Ana Reis calls “the heart of the coast.”", "partial", 1, "Ana Reis", "calls"},
    /* ... not over a relative clause of the subject's own */
    {"Ana Reis, who took part in the talks this week, described them as “calm and factual.”", 0, 1,
     "them as “calm and factual.”", "mixed", 1, "Ana Reis", "described"},
    /* entities round 18 (ents18): a description with a preposition of
     * place opening the clause is the subject of ", saying": not a name
     * further on; the body it is at speaks with it, a building not */
    {"Tom Hale spoke on Monday. One operative inside Kelmouth Tower tried to play down Hale’s remarks, saying “it is "
     "no big deal here.”",
     0, 1, "“it is no big deal here.”", "mixed", 1, "", "saying"},
    {"Tom Hale spoke on Monday. An official at Tarnby Mining tried to play down Hale’s remarks, saying “it is no big "
     "deal here.”",
     0, 1, "“it is no big deal here.”", "mixed", 1, "Tarnby Mining", "saying"},
    /* round 23 (quotes23): a participle after an attribution set off by
     * a comma or a closing mark goes on from that attribution, not from
     * the sentence's first name */
    {"Tom Hale and the mayor will meet next week, Ana Reis said, adding, “We expect a deal soon.”", 0, 1,
     "“We expect a deal soon.”", "direct", 1, "Ana Reis", "adding"},
    {"Tom Hale’s plan is “a fraud,” Ana Reis said on Tuesday in Kelmouth, noting that it had “failed twice.”", 1, 2,
     "that it had “failed twice.”", "partial", 1, "Ana Reis", "noting"},
    /* ... after a clause opening the sentence, the main clause's subject */
    {"Speaking at a school in Dover, New Hampshire, Tom Hale turned on Ana Reis, calling her “a poor planner.”", 0, 1,
     "her “a poor planner.”", "mixed", 1, "Tom Hale", "calling"},
    {"Like Ana Reis, Tom Hale also opposed the plan, arguing that it was “a disaster.”", 0, 1,
     "that it was “a disaster.”", "partial", 1, "Tom Hale", "arguing"},
    /* ... and a name's own predicate after its appositive stays the name's */
    {"Last spring, the mayor’s campaign director, Tom Hale, contacted the printers, asking in a note: “Can the "
     "leaflets be ready by May?”",
     0, 1, "“Can the leaflets be ready by May?”", "direct", 1, "Tom Hale", "asking"},
    /* ... but not over a subordinate clause of another subject */
    {"The union walked out after Tom Hale, who runs the port, turned down its offer, citing “rising costs.”", 0, 1,
     "“rising costs.”", "mixed", 1, "Tom Hale", "citing"},
    {"Tom Hale's boat sank in July.\n\nTom Hale's uncle, Ed Hale, told the local paper the ferry firm had let them "
     "down, saying: \"Nobody called us for a week.\"",
     1, 2, "\"Nobody called us for a week.\"", "direct", 1, "Ed Hale", "saying"},
    /* ... nor for a question's "who" (the description speaks: no entity) */
    {"The spokesman would not say who Tom Hale wants to see elected but said no visit was planned, adding: “We will "
     "look at any request.”",
     1, 2, "“We will look at any request.”", "direct", 1, "", "adding"},
    /* round 23: "interjecting", "quipping" are cues (speech only) */
    {"Tom Hale cut the mayor short by interjecting, “Only one of them can do it.”", 0, 1,
     "“Only one of them can do it.”", "direct", 1, "Tom Hale", "interjecting"},
    /* round 23: a quotation running on into a paragraph whose own
     * attribution follows it: that paragraph's quotation is the quote;
     * the paragraph before joins the quote before it */
    {"“The first group just wants jobs,” Ana Reis said. “They come to meetings and ask about wages.\n\n“There is a "
     "second group that wants the old pier back,” Reis said. “I doubt they will get it.”",
     1, 2, "“There is a second group that wants the old pier back,” Reis said. “I doubt they will get it.”", "direct",
     2, "Ana Reis", "said"},
    {"“The first group just wants jobs,” Ana Reis said. “They come to meetings and ask about wages.\n\n“There is a "
     "second group that wants the old pier back,” Reis said. “I doubt they will get it.”",
     0, 2, "“The first group just wants jobs,” Ana Reis said. “They come to meetings and ask about wages.", "direct",
     2, "Ana Reis", "said"},
    /* ... not over another attribution between the two */
    {"“The boat is ready,” Tom Hale added. The mayor, Ana Reis, said: “I declare the harbour open.\n\n“Now let us "
     "all go fishing,” she added.",
     1, 2, "“I declare the harbour open.\n\n“Now let us all go fishing,”", "direct", 1, "Ana Reis", "added"},
    /* quotes round 24: "he" passes over a one-word "person" of unknown sex
     * that never acts as one (a place taken for a surname), and then over
     * longer names held to the same test */
    {"Tom Hale toured the harbour on Friday. The ferry later docked at Kelmouth, where the storm had closed the "
     "pier. \"We will open it again in May,\" he said.",
     0, 1, "\"We will open it again in May,\"", "direct", 1, "Tom Hale", "said"},
    {"Tom Hale met the crews of Brandle Quay at Kelmouth on Monday. \"Nobody will lose a job,\" he said.", 0, 1,
     "\"Nobody will lose a job,\"", "direct", 1, "Tom Hale", "said"},
    {"The crews of Kelmouth came home on Friday. \"We will open it again in May,\" he said.", 0, 1,
     "\"We will open it again in May,\"", "direct", 1, "", "said"},
    /* ... a one-word name that acts as a person is still taken */
    {"On Friday, Kessner was at the pier. \"We will open it again in May,\" he said.", 0, 1,
     "\"We will open it again in May,\"", "direct", 1, "Kessner", "said"},
    /* quotes round 24: "calling into doubt/question" reports no speech */
    {"Several members of the council spoke against the plan, calling into doubt its cost.", 0, 0, NULL, NULL, 0,
     NULL, NULL},
    {"The audit called the whole count into question.", 0, 0, NULL, NULL, 0, NULL, NULL},
    {"Tom Hale called the plan a waste of money.", 0, 1, "the plan a waste of money", "indirect", 1, "Tom Hale",
     "called"},
    /* quotes round 24: a quotation paragraph signed on the next line by a
     * dash and a name */
    {"The pier is closed.\n\n\"We will open the pier in May.\"\n\n- Tom Hale.\n\nThe trust disagreed.", 0, 1,
     "\"We will open the pier in May.\"", "direct", 1, "Tom Hale", ""},
    {"The pier is closed.\n\n\"We will open the pier in May.\"\n\n-Mayor Ana Reis, speaking at the harbour.\n\nThe "
     "trust disagreed.",
     0, 1, "\"We will open the pier in May.\"", "direct", 1, "Ana Reis", ""},
    /* ... not a list item in dashes that goes on with a verb */
    {"The pier is closed.\n\n\"We will open the pier in May.\"\n\n- Tom Hale will speak on Monday.\n\nThe trust "
     "disagreed.",
     0, 1, "\"We will open the pier in May.\"", "direct", 1, "", ""},
    /* quotes round 24: "he" after an unnamed role's report is that role,
     * not a person named before it; an appositive name still speaks */
    {"Tom Hale runs the Kelmouth ferry. A harbour spokesman said the pier would close on Monday. He said repairs "
     "would take a month.",
     1, 2, "repairs would take a month", "indirect", 1, "", "said"},
    {"Tom Hale runs the Kelmouth ferry. A senior harbour official, Tom Hale, said the pier would close on Monday. "
     "He said repairs would take a month.",
     1, 2, "repairs would take a month", "indirect", 1, "Tom Hale", "said"},
    /* "the company said" is the organisation that last spoke, not the
     * one named last, nor a person who spoke in between */
    {"Kelmouth Mills Inc said it would close its Dover plant. Sales fell by a third, Tom Hale of Brandle Corp "
     "said. The company said it would cut 40 jobs.",
     2, 3, "it would cut 40 jobs", "indirect", 1, "Kelmouth Mills Inc", "said"},
    /* ... and "it" after it is that organisation too */
    {"Kelmouth Mills Inc said its sales fell by a third in May. Brandle Corp bought a stake in March. The company said it would pay a "
     "dividend. It said the dividend would be five cents.",
     2, 3, "the dividend would be five cents", "indirect", 1, "Kelmouth Mills Inc", "said"},
    /* ... with modifiers before the noun */
    {"Kelmouth Mills Inc said its sales fell by a third in May. The Dover-based textile company said it would cut 40 jobs.", 1, 2,
     "it would cut 40 jobs", "indirect", 1, "Kelmouth Mills Inc", "said"},
    /* a body's noun: the organisation whose name holds it, named before */
    {"The Kelmouth Trade Department published its figures on Monday. Exports rose 4 pct in May, the department said.",
     0, 1, "Exports rose 4 pct in May", "indirect", 1, "Kelmouth Trade Department", "said"},
    {"Rates were cut by the Bank of Kelmouth on Monday. The bank said prices in the shops were steady.", 0, 1,
     "prices in the shops were steady", "indirect", 1, "Bank of Kelmouth", "said"},
    /* ... a firm's noun is no body, and a body's noun no other body */
    {"The Harbour Commission said the pier was unsafe. The company said it would appeal.", 1, 2, "it would appeal",
     "indirect", 1, "", "said"},
    {"The Kelmouth Trade Department said exports rose by a third. The commission said imports fell by a fifth.", 1, 2,
     "imports fell by a fifth",
     "indirect", 1, "", "said"},
    /* a medium's noun: an organisation listed as media */
    {"Tom Hale spoke to Reuters on Monday. The agency said he would resign.", 0, 1, "he would resign", "indirect", 1,
     "Reuters", "said"},
    /* a person named in the last quote's attribution after its cue (whom
     * a question was about) does not take the next "she"; the person a
     * question was put to does */
    {"\"We will open the pier in May,\" Ana Reis told the radio when asked whether Maria Lopez would stand. "
     "\"The harbour needs it,\" she said.",
     2, 3, "\"The harbour needs it,\"", "direct", 1, "Ana Reis", "said"},
    {"\"Will you open the pier in May?\" Ana Reis asked Maria Lopez on Monday. \"The harbour needs it,\" she said.", 1,
     2, "\"The harbour needs it,\"", "direct", 1, "Maria Lopez", "said"},
    {"Ana Reis asked Maria Lopez how high the new pier would be. \"About ten metres,\" she said.", 1, 2,
     "\"About ten metres,\"", "direct", 1, "Maria Lopez", "said"},
    /* an indefinite description brings in someone new, not a person
     * described so before; an appositive of the name opening the
     * attribution is that person */
    {"Harbour spokesman Tom Hale declined to comment. \"We do not have the details,\" a Kelmouth Mills spokesman "
     "said.",
     0, 1, "\"We do not have the details,\"", "direct", 1, "", "said"},
    {"\"We do not have the details,\" Tom Hale, a harbour spokesman said.", 0, 1, "\"We do not have the details,\"",
     "direct", 1, "Tom Hale", "said"},
    /* a name and its appositive after the quotation: the name speaks */
    {"\"The pier stays open,\" Ana Reis, its minister for harbours added.", 0, 1, "\"The pier stays open,\"",
     "direct", 1, "Ana Reis", "added"},
    /* quotes round 26: attributions after a quotation that ends in "?" or
     * "!": "said of" what the quotation was about, a title before a name
     * of three words, an addressee of four words before an adjunct (the
     * quotation had no speaker, and the words after the cue were read as
     * a report of their own) */
    {"Tom Hale was angry at the vote. “Who do they think they are?” Hale said of the council.", 0, 1,
     "“Who do they think they are?”", "direct", 1, "Tom Hale", "said"},
    {"The vote began late. “Kelmouth is proud to cast its votes for Tom Hale!” US Senator Jon Bell said as he "
     "opened the session.",
     0, 1, "“Kelmouth is proud to cast its votes for Tom Hale!”", "direct", 1, "Jon Bell", "said"},
    {"It was late. “We will not get on, who knows?” Tom Hale told the Kelmouth harbour radio during a phone call "
     "late on Friday.",
     0, 1, "“We will not get on, who knows?”", "direct", 1, "Tom Hale", "told"},
    /* ... but not a question put to someone after a closed quotation */
    {"“We are broke,” Tom Hale said. “The trust lost the pier.” He asked what the trust had to hide from the town.",
     1, 2, "what the trust had to hide from the town", "indirect", 1, "Tom Hale", "asked"},
    /* quotes round 26: a one-word quotation ending its sentence with a
     * word the tokenizer reads as an abbreviation ("no." as "No.") ends
     * the sentence there (was: the next sentence joined the quote) */
    {"Tom Hale said “no.” On Monday, the trust met again.", 0, 1, "“no.”", "mixed", 1, "Tom Hale", "said"},
    /* a place after a preposition in the speaker phrase is where the
     * speakers are, not who (was: London) */
    {"“The pier will close,” traders in London said on Monday.", 0, 1, "“The pier will close,”", "direct", 1, "",
     "said"},
    {"“The pier will close,” two officials from Tokyo told reporters.", 0, 1, "“The pier will close,”", "direct", 1,
     "", "told"},
    {"“The pier will close,” the Bank of England said.", 0, 1, "“The pier will close,”", "direct", 1,
     "Bank of England", "said"},
    /* a group around a person is not that person, nor a role of the
     * phrase named earlier (was: Tom Hale) */
    {"Harbour Minister Ana Reis spoke first. Sources close to Harbour Minister Tom Hale said the pier would close.", 0,
     1, "the pier would close", "indirect", 1, "", "said"},
    /* an unnamed role of a body named right before it speaks for the body,
     * as "a spokesman for X" does; "he" after it is still the role; a
     * place's official is no one's */
    {"“The pier will close,” a Kelmco Ltd spokesman said.", 0, 1, "“The pier will close,”", "direct", 1,
     "Kelmco Ltd", "said"},
    {"Ana Reis met the board. A Kelmco Ltd spokesman said the pier would close. He said the ferry would stay.", 1, 2,
     "the ferry would stay", "indirect", 1, "", "said"},
    {"“The pier will close,” a senior U.S. official said.", 0, 1, "“The pier will close,”", "direct", 1, "", "said"},
    /* speakers round 3: "they" after a quote of an unnamed group (a
     * plural noun, no entity) is that group, not the organisation named
     * last; a group of a named body's people ("Brandle Corp officials")
     * still lets "they" stand for the body */
    {"Kelmouth Ferries said fares would rise. Fares would rise by a tenth in May, harbour analysts said. They said the "
     "rise would be the first in years.",
     2, 3, "the rise would be the first in years", "indirect", 1, "", "said"},
    {"The pound fell after the Bank of Kelmouth sold it, dealers said. The bank sold a small amount at the open, they "
     "said. The pound later rose, they added.",
     2, 3, "The pound later rose", "indirect", 1, "", "added"},
    {"Brandle Corp officials said the mill would close. They said the workers would be paid.", 1, 2,
     "the workers would be paid", "indirect", 1, "Brandle Corp", "said"},
    /* speakers round 3: a place after "in", "at", "from" in the speaker
     * phrase says where the speakers are, not who speaks; "of" keeps it */
    {"Grain traders in London and Paris said the price of wheat would fall.", 0, 1, "the price of wheat would fall",
     "indirect", 1, "", "said"},
    {"Grain traders in London said wheat would fall. They said the harvest was late.", 1, 2,
     "the harvest was late", "indirect", 1, "", "said"},
    {"The government of Japan said the port would open in May.", 0, 1, "the port would open in May", "indirect", 1,
     "Japan", "said"},
    /* speakers round 3: "Name, title of Body said": the speaker phrase is
     * the title; the name before its comma speaks, not the body; not
     * after a plural ("Tom Hale, trade sources said") */
    {"\"The pier will close,\" Ana Reis, chairman of Brandle Ferry Company said.", 0, 1, "\"The pier will close,\"",
     "direct", 1, "Ana Reis", "said"},
    {"The trust will appoint a successor to Tom Hale, harbour sources said.", 0, 1,
     "The trust will appoint a successor to Tom Hale", "indirect", 1, "", "said"},
    /* speakers round 3: "the company" whose firm never spoke as a named
     * speaker is the firm that opens the article as its first sentence's
     * subject; not a firm named later in a sentence */
    {"Kelmouth Mills Corp has no plans to sell its yard, a company spokesman said. The company said its sales rose.",
     1, 2, "its sales rose", "indirect", 1, "Kelmouth Mills Corp", "said"},
    {"Last week Brandle Quay Inc bought a stake in Kelmouth Mills Corp. The company said its sales rose.", 0, 1,
     "its sales rose", "indirect", 1, "", "said"},
    /* speakers round 3: "he" after an unnamed source's quote is that
     * source, not the person named before it */
    {"None of Tom Hale's allies voted for the plan.\n\nA key harbour committee source said this was by design.\n\n"
     "\"They want the council to take the heat,\" he said.",
     1, 2, "\"They want the council to take the heat,\"", "direct", 1, "", "said"},
    /* speakers round 3: "the rating agency" is a business that spoke */
    {"Brandle Ratings Inc said it may cut its rating of the harbour trust's debt. The rating agency said the trust had "
     "lost money.",
     1, 2, "the trust had lost money", "indirect", 1, "Brandle Ratings Inc", "said"},
    /* speakers round 3: "it is thought" is no one; "it has said" keeps
     * the firm */
    {"Kelmouth Mills Corp said it would close the yard. It is thought that two hundred jobs will go.", 1, 2,
     "that two hundred jobs will go", "indirect", 1, "", "thought"},
    {"Kelmouth Mills Corp said it would close the yard. It has said that two hundred jobs will go.", 1, 2,
     "that two hundred jobs will go", "indirect", 1, "Kelmouth Mills Corp", "said"},
    /* entities round 24: a firm's name with a bracketed part, or a
     * lower-case company word, before its suffix is the speaker (was:
     * "Ltd", "Inc" alone, no entity) */
    {"Prices fell sharply in March, Kelmco Securities (Europe) Ltd said as lead manager.", 0, 1,
     "Prices fell sharply in March", "indirect", 1, "Kelmco Securities (Europe) Ltd", "said"},
    {"Tarnby Medical group Inc said it had bought the unit.", 0, 1, "it had bought the unit", "indirect", 1,
     "Tarnby Medical group Inc", "said"},
};

/* The speaker span as written (no entity to check): the first quote's. */
static const struct {
    const char *text, *said;
} saidcases[] = {
    /* round 14: the head of the phrase speaks, not a preposition's object */
    {"A source close to the board said the chief executive would step down.", "A source close to the board"},
    {"The deal is off, people familiar with the talks said.", "people familiar with the talks"},
    {"A spokesman for the trust said the decision was final.", "A spokesman for the trust"},
    {"Members of the committee said the report was biased.", "Members of the committee"},
    /* round 14: a plural noun with modifiers */
    {"Local officials said they enjoy the attention.", "Local officials"},
    {"“The talks will resume,” senior officials said.", "senior officials"},
    {"The report, published on Tuesday, said the harbour would shrink.", "The report"},
    /* round 15: a cue word naming a document is a noun after a
     * determiner or a possessive ("report", "estimates", "tweet") */
    {"The report said the harbour would need dredging by 2030.", "The report"},
    {"The trust's latest estimates say that ferry traffic fell by a tenth.", "The trust's latest estimates"},
    {"The pier will close in May, the report said.", "the report"},
    /* ... but not a verb after a plural subject */
    {"Harbour pilots report that the channel is silting up.", "Harbour pilots"},
    /* round 15: a noun in -ly is no adverb */
    {"The pier will close in May, his family said.", "his family"},
    {"The daily said the pier would close in May.", "The daily"},
    /* round 15: a determiner and capitalised words open the subject too */
    {"The Danish ferry line, the largest operator in the strait, said fares would rise.", "The Danish ferry line"},
    {"The film showed Tom Hale, smiling at the crowd, telling them: “We won.”", "Tom Hale"},
    /* round 14: the name before an appositive, not "said X" */
    {"Ines Maro, the port's spokeswoman, said the terminal would reopen in May.", "Ines Maro"},
    /* round 16: a gerund after a determiner is a noun: the chain of
     * prepositional phrases goes on to the head */
    {"A person familiar with the planning of the talks says the ferry will run.",
     "A person familiar with the planning of the talks"},
    /* round 16: "board of directors": a plural role noun after "of" */
    {"The board of directors said it had rejected the bid.", "The board of directors"},
    {"The board of directors of the trust said it had rejected the bid.", "The board of directors of the trust"},
    {"Kelmouth Harbour Trust board of trustees said it approved the merger.",
     "Kelmouth Harbour Trust board of trustees"},
    /* round 16: a participle and a time after the subject's noun */
    {"The report published on Tuesday said fares would rise.", "The report"},
    {"A company statement issued late on Friday said the plant would close in May.", "A company statement"},
    {"The data released on Monday suggest the trust had no need to borrow.", "The data"},
    /* ... not a verb before a plural noun (the trust speaks, not the union) */
    {"The trust said the pilots’ union filed comments against the deal but “offered nothing new.”", "The trust"},
    /* ... but "by" names who issued it */
    {"A statement issued by the trust said the plant would close in May.", "the trust"},
    /* round 16: "here" after the subject is an adverb */
    {"Diplomatic sources here said the talks would resume.", "Diplomatic sources"},
    /* round 16: a plural subject after a conjunction inside the sentence */
    {"A drought is hurting orchards in the north and officials said it may run on to June.", "officials"},
    {"The trust gave no figure but harbour officials have said it will exceed the budget.", "harbour officials"},
    {"A cut in fares remains possible, although economists said the date was vague.", "economists"},
    /* ... not between two -ing modifiers (the trailing cue's speaker) */
    {"Ferry owning and operating companies, which met in May, agreed on new rules, delegates said.", "delegates"},
    /* round 16: a share of people, as polls report them */
    {"Two in three said they now use the ferry less.", "Two in three"},
    {"Almost a quarter, 22%, said they might buy a ferry pass.", "Almost a quarter, 22%"},
    {"Most (62%) said they were unsure.", "Most (62%)"},
    {"More than a third of harbour users said fares troubled them.", "More than a third of harbour users"},
    {"Fifty nine percent of pilots said they were worried about the tags.", "Fifty nine percent of pilots"},
    {"In the same poll, only 7 percent said they were undecided.", "only 7 percent"},
    /* round 16: "said X of the Y": the name's body follows, ending the clause */
    {"The list will damage the port, said Stuart Hensel of the Harbour Unit.", "Stuart Hensel"},
    /* ... not a clause going on after it (a capital on "Was" in the wire) */
    {"One of the largest traders, Kelmouth Ferry Co, said Harbour Inc of the U.S. Was buying it outright from June 1.",
     "Kelmouth Ferry Co"},
    /* round 16: a company in brackets opening the sentence (Reuters' mark
     * for an unlisted one) */
    {"(Kelmouth Ferry Inc) said it opened five ticket booths.", "Kelmouth Ferry Inc"},
    /* round 16: a time between the subject and a finite cue */
    {"Prime Minister Tom Hale late last year said a decision depended on the pound.", "Prime Minister Tom Hale"},
    {"Tom Hale earlier this month said the pier would close.", "Tom Hale"},
    /* round 16: not an inversion after a relative clause */
    {"Kelmouth Ferry Co, which owns the pier, said its chairman, Tom Hale, was appointed to the board.",
     "Kelmouth Ferry Co"},
    /* round 16: an outlet before a name is a role ("radio Tanzania said") */
    {"Kelmouth has sold 53,000 tonnes of maize, radio Kelmouth said.", "radio Kelmouth"},
    /* round 16: an acronym in brackets inside the name run */
    {"The ferry exchange was a good step, Kelmouth Ferry Exchange (KFE) Chief Executive Tom Hale said.",
     "Kelmouth Ferry Exchange (KFE) Chief Executive Tom Hale"},
    /* round 16: a plural before "including …" set off by commas */
    {"Unemployment is expected to climb, senior economists, including Tom Hale of Kelmouth Bank, said.",
     "senior economists"},
    /* round 16: "each" before a singular; a lower-case possessive determines */
    {"Each side said the other would carry the blame.", "Each side"},
    {"Officials at yesterday's emergency session said the pier would close.", "Officials at yesterday's emergency session"},
    {"The harbour master's office said the pier would close.", "The harbour master's office"},
    /* round 16: the second of two predicates: the sentence's subject */
    {"The bank gave no details, but said the records had not been misused.", "The bank"},
    {"A spokesman for the trust refused to comment, but said the results would come in May.",
     "A spokesman for the trust"},
    {"It made a loss in the first half and said that debts will increase.", "It"},
    /* round 16b: a name or a plural opening the sentence; more past tenses */
    {"Nicholas declined to say more, but said a statement might follow within days.", "Nicholas"},
    {"Bankers declined to comment on the meeting but said the response could be crucial.", "Bankers"},
    {"The trust froze fares at their level and said later rises must track costs.", "The trust"},
    {"It did not disclose a price but said 30,000 shares had gone out.", "It"},
    /* round 16: a relative clause without commas */
    {"But pilots who attended the meeting with Hale said it was inconclusive.",
     "pilots who attended the meeting with Hale"},
    /* round 18: reports with a phrase after them ("reports" no cue there) */
    {"Recent reports in the Kelmouth press said the pier would close.", "Recent reports in the Kelmouth press"},
    {"Press reports from the harbour said the ferry had sunk.", "Press reports from the harbour"},
    {"A report on the ferry trust said fares would rise.", "A report on the ferry trust"},
    {"Recent reports in Kelmouth, quoting harbour officials, said the pier would close.", "Recent reports in Kelmouth"},
    /* round 22: a pronoun with a contracted auxiliary speaks as the
     * pronoun ("He'd said", "She’s argued") */
    {"He'd said the pier would close in May.", "He"},
    {"She’s argued that the ferry costs too much.", "She"},
    /* round 23 (quotes23): a description subject of a participle's
     * clause speaks, not a name in its predicate */
    {"The harbour trust has long fought Tom Hale’s plans, arguing that he is “no friend of the port.”",
     "The harbour trust"},
    {"In two radio interviews, the judge spoke sharply about Tom Hale, saying, “He never listens.”", "the judge"},

};

/* Round 15a: coordinated subjects speak as one quote: the speaker as
 * written covers them all, speaker_entity is the first conjunct's
 * entity and co_speakers the others' ("|" between names). */
static const struct {
    const char *text, *said, *speaker, *co;
} coordcases[] = {
    {"Tom Hale and Ana Reis said the port would reopen on Monday.", "Tom Hale and Ana Reis", "Tom Hale",
     "Ana Reis"},
    {"Tom Hale and Ana Reis run the ferry line. “It is too early,” Hale and Reis said in a joint statement.",
     "Hale and Reis", "Tom Hale", "Ana Reis"},
    {"Tom Hale, Ana Reis and Sam Ortiz said the port would reopen.", "Tom Hale, Ana Reis and Sam Ortiz",
     "Tom Hale", "Ana Reis|Sam Ortiz"},
    {"Tom Hale, Ana Reis, and Sam Ortiz said the port would reopen.", "Tom Hale, Ana Reis, and Sam Ortiz",
     "Tom Hale", "Ana Reis|Sam Ortiz"},
    {"“We are ready,” said Tom Hale and Ana Reis.", "Tom Hale and Ana Reis", "Tom Hale", "Ana Reis"},
    {"In Dover, Tom Hale and Ana Reis said the port would reopen.", "Tom Hale and Ana Reis", "Tom Hale",
     "Ana Reis"},
    {"Tom Hale and his wife said they had lost everything in the flood.", "Tom Hale and his wife", "Tom Hale", ""},
    {"The mayor and the police chief said the coast road would close.", "The mayor and the police chief", "", ""},
    {"Port managers and ferry crews say the new timetable is unworkable.", "Port managers and ferry crews", "", ""},
    {"Analysts and traders said the dollar would rise.", "Analysts and traders", "", ""},
    {"Both men said they would appeal against the ruling.", "Both men", "", ""},
    /* one phrase: a preposition's objects, initials */
    {"Officials in Dover and Calais said the crossing was closed.", "Officials in Dover and Calais", NULL, ""},
    {"Net debt rose to 129 pct of ferry income, S and P reported.", "S and P", "S and P", ""}, /* a listed organisation (round 15b) */
    {"Mr Hale and Ms Reis said the port would reopen.", "Mr Hale and Ms Reis", "Hale", "Reis"},
    {"Tom Hale and Ana Reis both said the port would reopen.", "Tom Hale and Ana Reis", "Tom Hale", "Ana Reis"},
    /* "they" right after stands for both */
    {"Tom Hale and Ana Reis said the port would reopen. They added that the night ferry would return in May.",
     "They", "Tom Hale", "Ana Reis"},
    /* not a subject: the name before "and" is an object */
    {"The board met Tom Hale and Ana Reis said the talks went well.", "Ana Reis", "Ana Reis", ""},
    /* round 18: names the article never gives apart are one speaker
     * phrase (a pair or a firm), not the last name alone */
    {"“It is too early,” Hale and Reis said.", "Hale and Reis", NULL, ""},
    {"The pier will close, Hale and Reis said.", "Hale and Reis", NULL, ""},
    {"“We are ready,” said Hale and Reis.", "Hale and Reis", NULL, ""},
    {"Kelm and Ward Ferries Inc said it would sell the pier.", "Kelm and Ward Ferries Inc", NULL, ""},
    /* ... "both" before them; a listed name with "and" in it, and more */
    {"Both Hale and Reis said the pier would close.", "Both Hale and Reis", NULL, ""},
    {"Tom Hale met Ana Reis. Both Hale and Reis said the pier would close.", "Both Hale and Reis", "Tom Hale",
     "Ana Reis"},
    {"Standard and Poor's Corp said Friday it might lower the grade.", "Standard and Poor's Corp", NULL, ""},
    /* ... not after a comma ending a list */
    {"It owns Kelm, Ward and Reis said the pier would close.", "Reis", NULL, ""},
};

/* Extracts text t into *ex (a reset): its first quote (or with last, its
 * last), NULL after a failed check when there is none; the speaker span as
 * written in got. */
static const quote *one_quote(arena *a, const char *t, extraction *ex, int last, const char *table, size_t i,
                              char *got, size_t cap)
{
    arena_reset(a);
    CHECK(extract_article(t, strlen(t), a, ex) == 0);
    if (ex->n_quotes == 0) {
        CHECK_MSG(0, "%s case %zu: no quote", table, i);
        return NULL;
    }
    const quote *q = &ex->quotes[last ? ex->n_quotes - 1 : 0];
    snprintf(got, cap, "%.*s", q->speaker_start >= 0 ? (int)(q->speaker_end - q->speaker_start) : 0,
             q->speaker_start >= 0 ? t + q->speaker_start : "");
    return q;
}

static void check_coord(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof coordcases / sizeof coordcases[0]; i++) {
        extraction ex;
        char got[256];
        const quote *q = one_quote(&a, coordcases[i].text, &ex, 1, "coord", i, got, sizeof got);
        if (!q) continue;
        CHECK_MSG(strcmp(got, coordcases[i].said) == 0, "coord case %zu: speaker \"%s\", want \"%s\"", i, got,
                  coordcases[i].said);
        const char *spk = q->speaker_entity >= 0 ? ex.entities[q->speaker_entity].name : "";
        /* (NULL: whichever place "Officials in …" links to) */
        CHECK_MSG(!coordcases[i].speaker || strcmp(spk, coordcases[i].speaker) == 0, "coord case %zu: entity \"%s\", want \"%s\"", i, spk,
                  coordcases[i].speaker);
        char co[256] = "";
        size_t n = 0;
        for (int k = 0; k < QUOTE_MAX_CO_SPEAKERS; k++) {
            if (q->co_speakers[k] < 0) continue;
            CHECK((uint32_t)q->co_speakers[k] < ex.n_entities);
            n += (size_t)snprintf(co + n, sizeof co - n, "%s%s", n ? "|" : "", ex.entities[q->co_speakers[k]].name);
        }
        CHECK_MSG(strcmp(co, coordcases[i].co) == 0, "coord case %zu: co-speakers \"%s\", want \"%s\"", i, co,
                  coordcases[i].co);
    }
    arena_free(&a);
}

/* Round 17: two reports in one sentence.  Each row: the sentence, how
 * many quotes it gives, and one quote (by index) with its content span,
 * speaker as written and cue; the content of the first report stops
 * before a second attribution joined by a conjunction. */
static const struct {
    const char *text;
    int n_quotes, quote;
    const char *span, *said, *cue;
} twocases[] = {
    {"The trust said fares would rise, while the union said they would fall.", 2, 0, "fares would rise",
     "The trust", "said"},
    {"The trust said fares would rise, while the union said they would fall.", 2, 1, "they would fall", "the union",
     "said"},
    {"Tom Hale said the pier would close, but Ana Reis insisted it would stay open.", 2, 0, "the pier would close",
     "Tom Hale", "said"},
    {"Tom Hale said the pier would close, but Ana Reis insisted it would stay open.", 2, 1, "it would stay open",
     "Ana Reis", "insisted"},
    {"Tom Hale said the pier would close and Ana Reis said it would stay open.", 2, 0, "the pier would close",
     "Tom Hale", "said"},
    {"Tom Hale said the pier would close and Ana Reis said it would stay open.", 2, 1, "it would stay open",
     "Ana Reis", "said"},
    /* the first report trailing, the second after ", and" */
    {"Fares will rise, the trust said, and the union said they would fall.", 2, 0, "Fares will rise", "the trust",
     "said"},
    {"Fares will rise, the trust said, and the union said they would fall.", 2, 1, "they would fall", "the union",
     "said"},
    /* a bare plural after "but" */
    {"Kelmouth firms announced plans to cut fares, but harbour officials said the move was too late.", 2, 0,
     "plans to cut fares", "Kelmouth firms", "announced"},
    {"Kelmouth firms announced plans to cut fares, but harbour officials said the move was too late.", 2, 1,
     "the move was too late", "harbour officials", "said"},
    /* the same speaker again, a pronoun, and a share of those polled */
    {"Ana Reis said the ferry was losing money, but she said the night service would return.", 2, 1,
     "the night service would return", "she", "said"},
    {"Some 40 percent of voters said the pier should close and 55 percent said it should stay open.", 2, 1,
     "it should stay open", "55 percent", "said"},
    {"The board said profits fell sharply, although it noted that the outlook had improved.", 2, 1,
     "that the outlook had improved", "it", "noted"},
    /* one report: the participle clause is the same speaker's, two
     * clauses of one report, a report inside a report, a coordinated
     * subject */
    {"Fares will rise in May, the trust said, adding that the night ferry would return.", 1, 0,
     "Fares will rise in May", "the trust", "said"},
    {"Tom Hale said the pier would close and that the ferry would stop.", 1, 0,
     "the pier would close and that the ferry would stop", "Tom Hale", "said"},
    {"Hale said Reis told him the pier would close.", 1, 0, "Reis told him the pier would close", "Hale", "said"},
    {"Tom Hale and Ana Reis said the pier would close.", 1, 0, "the pier would close", "Tom Hale and Ana Reis",
     "said"},
    /* a reason is the first speaker's ("because"), as is a subordinate
     * clause without its comma; a past perfect is the first report's
     * tense moved back */
    {"Tom Hale said the pier would close because the trust said it could not pay.", 1, 0,
     "the pier would close because the trust said it could not pay", "Tom Hale", "said"},
    {"Tom Hale said the trust owed the docks money even though it admitted in a letter that it was broke.", 1, 0,
     "the trust owed the docks money even though it admitted in a letter that it was broke", "Tom Hale", "said"},
    {"A trust official said there was scant evidence of fraud but passengers had complained every day about fares.", 1,
     0, "there was scant evidence of fraud but passengers had complained every day about fares", "A trust official",
     "said"},
    /* no subject of its own after "and": nouns joined inside the content,
     * a naming verb, a participle before "to" */
    {"Tom Hale said the trust had sold its oil and gas reserves now estimated to last a decade.", 1, 0,
     "the trust had sold its oil and gas reserves now estimated to last a decade", "Tom Hale", "said"},
    {"Ana Reis said the trust would run two minute and five minute adverts called Harbour Hour on local radio.", 1, 0,
     "the trust would run two minute and five minute adverts called Harbour Hour on local radio", "Ana Reis",
     "said"},
    /* after a sentence's quotation (and its attribution), the rest opening
     * with a conjunction and a subject with a cue of its own */
    {"Tom Hale said the pier would “close for good,” but Ana Reis said it would stay open.", 2, 0,
     "the pier would “close for good,”", "Tom Hale", "said"},
    {"Tom Hale said the pier would “close for good,” but Ana Reis said it would stay open.", 2, 1,
     "it would stay open", "Ana Reis", "said"},
    {"“The pier will close,” Tom Hale said, but Ana Reis said it would stay open.", 2, 1, "it would stay open",
     "Ana Reis", "said"},
    {"“The pier will close,” Tom Hale said, but said nothing of the ferry.", 1, 0, "“The pier will close,”",
     "Tom Hale", "said"},
    /* a time is no subject of a second report */
    {"Tom Hale said he would consider talks on the pier, but two days later argued that it must close.", 1, 0,
     "he would consider talks on the pier, but two days later argued that it must close", "Tom Hale", "said"},
    /* a second attribution that reports nothing: the sentence is one report */
    {"Tom Hale said the pier would close and Ana Reis said nothing.", 1, 0,
     "the pier would close and Ana Reis said nothing", "Tom Hale", "said"},
    /* round 18: reports set against each other ("some … others") inside
     * an outer report's content are that content, whole */
    {"Yao told the meeting some people said the fares would rise and others said they would fall.", 1, 0,
     "some people said the fares would rise and others said they would fall", "Yao", "told"},
    {"Ana Reis said some traders thought fares would rise, while others said they would fall.", 1, 0,
     "some traders thought fares would rise, while others said they would fall", "Ana Reis", "said"},
    /* ... but not another speaker after a report inside the content */
    {"Tom Hale said the pilots told the board they would strike, but Ana Reis said it was a bluff.", 2, 1,
     "it was a bluff", "Ana Reis", "said"},
    /* round 18: a first report with no quotation before a second one
     * holding it: two quotes (was the second alone) */
    {"Tom Hale said the pier would close, but Ana Reis said it would “stay open”.", 2, 0, "the pier would close",
     "Tom Hale", "said"},
    {"Tom Hale said the pier would close, but Ana Reis said it would “stay open”.", 2, 1, "it would “stay open”",
     "Ana Reis", "said"},
    /* ... the first part reporting no lead-in (a lead-in is no content;
     * indirect round 25: "called for …" after it is the first report, as
     * without the lead-in): the quotation is the second subject's, not
     * the first cue's */
    {"In the days before the vote, a group of teachers called for a boycott of the ferry, and the union the Kelmouth "
     "Dockers strongly denounced the plan and said it would “redirect” its funds.", 2, 1, "it would “redirect” its funds",
     "Kelmouth Dockers", "said"},
    /* ... a role before the second subject's name */
    {"Tom Hale said the pier would close, but the harbour union the Kelmouth Dockers said it would stay open.", 2, 1,
     "it would stay open", "the Kelmouth Dockers", "said"},
    /* round 19: "…, adding that …", "…, saying …" after a report: a report
     * of its own by the same speaker */
    {"The trust said fares would rise in May, adding that the night ferry would return.", 2, 0,
     "fares would rise in May", "The trust", "said"},
    {"The trust said fares would rise in May, adding that the night ferry would return.", 2, 1,
     "that the night ferry would return", "The trust", "adding"},
    {"Tom Hale repeated his call for a new pier, saying the old one was unsafe.", 2, 0, "his call for a new pier",
     "Tom Hale", "repeated"},
    {"Tom Hale repeated his call for a new pier, saying the old one was unsafe.", 2, 1, "the old one was unsafe",
     "Tom Hale", "saying"},
    /* ... not "according to" */
    {"Tom Hale said the pier would close in May, according to the Gazette.", 1, 0, "the pier would close in May",
     "Tom Hale", "said"},
    /* round 19: "“A,” X said at the time, adding that …": an adjunct
     * before the participle */
    {"“The pier will close,” Tom Hale said on Tuesday, adding that the trust could not pay for repairs.", 2, 1,
     "that the trust could not pay for repairs", "Tom Hale", "adding"},
    /* indirect round 20: the main clause after a subordinate clause's
     * report is read on its own */
    {"After Tom Hale argued that fares were too high, Ana Reis said the trust would cut them.", 2, 1,
     "the trust would cut them", "Ana Reis", "said"},
    /* ... and a share after "and" opens a second report */
    {"Two in three said fares were too high, and one in five said the ferry was late.", 2, 1,
     "the ferry was late", "one in five", "said"},
    /* indirect round 20: "X, who said A, said B": two reports; "X, who
     * asked to stay unnamed, said B": one */
    {"Tom Hale, who said the pier was unsafe, said the trust would close it in May.", 2, 1,
     "the trust would close it in May", "Tom Hale", "said"},
    {"Tom Hale, who said the pier was unsafe, said the trust would close it in May.", 2, 0,
     "the pier was unsafe", "Tom Hale", "said"},
    {"A trust official, who asked to stay unnamed, said the pier would close in May.", 1, 0,
     "the pier would close in May", "A trust official", "said"},
    {"Tom Hale, who declared victory on Monday, will keep the pier open, saying the trust can pay for it.", 2, 1,
     "the trust can pay for it", "Tom Hale", "saying"},
    /* round 20: "X said A, telling Y that “…”": the report before the
     * participle is a quote of its own, before the quotation's */
    {"Tom Hale said the pier would close in May, telling the council that “the trust cannot pay for repairs.”", 2,
     0, "the pier would close in May", "Tom Hale", "said"},
    {"Tom Hale said the pier would close in May, telling the council that “the trust cannot pay for repairs.”", 2,
     1, "that “the trust cannot pay for repairs.”", "Tom Hale", "telling"},
    {"Tom Hale wrote the repairs were overdue, saying, “Nobody has looked at the pier in years.”", 2, 0,
     "the repairs were overdue", "Tom Hale", "wrote"},
    {"Tom Hale wrote the repairs were overdue, saying, “Nobody has looked at the pier in years.”", 2, 1,
     "“Nobody has looked at the pier in years.”", "Tom Hale", "saying"},
    /* ... not when the sentence gives one mixed quote from the same words */
    {"The ferry company said bookings had improved, adding “our summer should carry us through the winter.”", 1,
     0, "bookings had improved, adding “our summer should carry us through the winter.”", "The ferry company",
     "said"},
    /* round 20: "Asked whether …, X said …": the question is reported
     * speech with no speaker named, the main clause read alone */
    {"Asked whether she would run again, Ana Reis said, “I have not decided yet.”", 2, 0,
     "whether she would run again", "", "Asked"},
    {"Asked whether she would run again, Ana Reis said, “I have not decided yet.”", 2, 1,
     "“I have not decided yet.”", "Ana Reis", "said"},
    {"When asked about the ferry fares, Tom Hale said the trust had no money left.", 2, 0, "the ferry fares", "",
     "asked"},
    {"Asked whether the mayor is “fit to serve,” Tom Hale said the voters would decide.", 2, 0,
     "whether the mayor is “fit to serve,”", "", "Asked"},
    /* ... to the comma no relative clause goes on from */
    {"Asked about the pier in Kelmouth, Maine, where the trust is based, Tom Hale said it would close.", 2, 0,
     "the pier in Kelmouth, Maine, where the trust is based", "", "Asked"},
    {"Asked about the pier in Kelmouth, Maine, where the trust is based, Tom Hale said it would close.", 2, 1,
     "it would close", "Tom Hale", "said"},
    /* ... not over the main clause's own cue */
    {"Asked about the pier he said, “It will close.”", 1, 0, "“It will close.”", "he", "said"},
    /* round 20: "As X noted, …", "As X put it, …": the rest is X's */
    {"As Tom Hale noted, the ferry will lose money for years to come.", 1, 0,
     "the ferry will lose money for years to come", "Tom Hale", "noted"},
    {"As the harbour board put it, the pier is “beyond any repair.”", 1, 0, "the pier is “beyond any repair.”",
     "the harbour board", "put"},
    /* round 20: "X, quoting Y, said Z": X speaks Z, not "Y, said Z" */
    {"The Kelmouth Gazette, quoting unnamed port and council officials, said the trust wanted to sell the pier.", 1,
     0, "the trust wanted to sell the pier", "Kelmouth Gazette", "said"},
    {"The Kelmouth Gazette, quoting sources close to the talks, today said the trust broke off talks.", 1, 0,
     "the trust broke off talks", "The Kelmouth Gazette", "said"},
    /* indirect round 21: "X said A and said/added, “…”": a second
     * predicate with a finite cue and no subject before the quotation;
     * the first report is a quote of its own (was: the quotation alone) */
    {"Tom Hale said the pier was sold by the trust and said, “Who would trust them now?”", 2, 0,
     "the pier was sold by the trust", "Tom Hale", "said"},
    {"Tom Hale said the pier was sold by the trust and said, “Who would trust them now?”", 2, 1,
     "“Who would trust them now?”", "Tom Hale", "said"},
    {"Ana Reis said it was too early to count the votes but added, “We know we have won.”", 2, 0,
     "it was too early to count the votes", "Ana Reis", "said"},
    {"Tom Hale said the fares would rise, and called the trust “a den of thieves.”", 2, 0,
     "the fares would rise", "Tom Hale", "said"},
    /* indirect round 21: "X called Y “…” and said A": after the last
     * quotation, a conjunction, a finite cue with no subject (or a subject
     * pronoun) and a report with no quotation of its own (was: lost) */
    {"Tom Hale called the plan “a disgrace” and said the trust would lose the vote in May.", 2, 1,
     "the trust would lose the vote in May", "Tom Hale", "said"},
    {"Ana Reis called it her “crystal ball,” but she said it was often wrong about the weather.", 2, 1,
     "it was often wrong about the weather", "she", "said"},
    {"“We will win,” Tom Hale said, and added that the trust would spend more in Dover.", 2, 1,
     "that the trust would spend more in Dover", "Tom Hale", "added"},
    /* ... another speaker's report is that speaker's (was: in the
     * partial quote of the first) */
    {"Tom Hale called the plan “a disgrace” and Ana Reis said the trust would lose the vote in May.", 2, 1,
     "the trust would lose the vote in May", "Ana Reis", "said"},
    /* ... not what was asked for, nor "said little about" */
    {"Tom Hale called the plan “a disgrace” and asked for a delay of the vote in May.", 1, 0,
     "the plan “a disgrace”", "Tom Hale", "called"},
    {"“The pier will close,” Tom Hale said, but said little about the ferry and its crew.", 1, 0,
     "“The pier will close,”", "Tom Hale", "said"},
    /* indirect round 21: "X said A but said B", "X said A and predicted
     * that B": the subject's second predicate of saying ends the first
     * report and opens a second one (was: one report to the end) */
    {"Ana Reis said she had met Tom Hale twice but said neither man had a role in the sale.", 2, 0,
     "she had met Tom Hale twice", "Ana Reis", "said"},
    {"Ana Reis said she had met Tom Hale twice but said neither man had a role in the sale.", 2, 1,
     "neither man had a role in the sale", "Ana Reis", "said"},
    {"Tom Hale said fares would rise in May and predicted that the night ferry would close.", 2, 1,
     "that the night ferry would close", "Tom Hale", "predicted"},
    /* ... not a thing added or reported ("and added a night crossing") */
    {"Tom Hale said the ferry made money in May and added a night crossing to the timetable.", 1, 0,
     "the ferry made money in May and added a night crossing to the timetable", "Tom Hale", "said"},
    /* indirect round 22: "X said A, and accused B": a comma, "and"/"but"
     * and a past with no subject end the report (was: one report to the
     * end); a cue there reports the rest */
    {"Ana Reis said the warning showed the trust did not know the harbour, and accused the board of wasting money.",
     2, 0, "the warning showed the trust did not know the harbour", "Ana Reis", "said"},
    {"Ana Reis said the warning showed the trust did not know the harbour, and accused the board of wasting money.",
     2, 1, "the board of wasting money", "Ana Reis", "accused"},
    {"Tom Hale said he had voted for the new pier, but cautioned against reading that as support for the trust.", 2,
     0, "he had voted for the new pier", "Tom Hale", "said"},
    {"Tom Hale said the ferry would stop in May, but added a night crossing to the timetable.", 1, 0,
     "the ferry would stop in May", "Tom Hale", "said"},
    /* ... at a series' first comma (no second report then) */
    {"Tom Hale recounted the ferry's history, recited its timetable, and mocked the trust a bit.", 1, 0,
     "the ferry's history", "Tom Hale", "recounted"},
    /* ... not after a present cue, nor a passive participle, an
     * adjective, a relative clause or a pronoun's past (the same doer) */
    {"The trust said the pier has been sold to Ana Reis, and charged with fraud.", 1, 0,
     "the pier has been sold to Ana Reis, and charged with fraud", "The trust", "said"},
    {"The ferry crews said the plan would cost too much, and increased fares would follow.", 1, 0,
     "the plan would cost too much, and increased fares would follow", "The ferry crews", "said"},
    {"Ana Reis recalled a couple who had sailed on the ferry for years, but stopped going in May.", 1, 0,
     "a couple who had sailed on the ferry for years, but stopped going in May", "Ana Reis", "recalled"},
    {"Tom Hale said it named Ana Reis chairman of the trust, and named Bo Lund treasurer.", 1, 0,
     "it named Ana Reis chairman of the trust, and named Bo Lund treasurer", "Tom Hale", "said"},
    {"Ana Reis says the trust had a plan for the pier, and took its money elsewhere.", 1, 0,
     "the trust had a plan for the pier, and took its money elsewhere", "Ana Reis", "says"},
    {"Tom Hale said the pier was built in May, and opened by the mayor in June.", 1, 0,
     "the pier was built in May, and opened by the mayor in June", "Tom Hale", "said"},
    /* indirect round 22: a quotation in the subject's aside, then the
     * cue and a plain report (was: the aside's quotation alone) */
    {"Ana Reis, who calls the trust a “disgrace,” said the pier should be sold to the town.", 2, 1,
     "the pier should be sold to the town", "Ana Reis", "said"},
    {"Tom Hale, citing ''grave concerns,'' said the ferry would not sail on Sunday.", 2, 1,
     "the ferry would not sail on Sunday", "Tom Hale", "said"},
    /* indirect round 22: a subject pronoun after "and" opens a second
     * report after a plural noun, and a plural pronoun makes a bare cue
     * finite (was: one report) */
    {"Ana Reis said hackers broke into the trust computers and she accused the board of hiding it.", 2, 1,
     "the board of hiding it", "she", "accused"},
    {"The ferry crews said the plan would cost too much, and they say that would drain the trust's funds.", 2, 0,
     "the plan would cost too much", "The ferry crews", "said"},
    {"The ferry crews said the plan would cost too much, and they say that would drain the trust's funds.", 2, 1,
     "that would drain the trust's funds", "they", "say"},
    {"The ferry crews said the plan would cost too much, and they say that would put the trust in debt.", 2, 1,
     "that would put the trust in debt", "they", "say"},
    /* indirect round 24: "says A, but insists B “…”": a present -s cue
     * after ", but" is the subject's second predicate; A is a report */
    {"Tom Hale says the ferry may not stop in May, but insists the council is making a \"grave mistake\" with the fees.",
     2, 0, "the ferry may not stop in May", "Tom Hale", "says"},
    {"Tom Hale says the ferry may not stop in May, but insists the council is making a \"grave mistake\" with the fees.",
     2, 1, "the council is making a \"grave mistake\" with the fees", "Tom Hale", "insists"},
    /* indirect round 24: "…,” X said when asked whether …": the question
     * after the attribution; who asked, before a question at the start */
    {"\"Not this year,\" Tom Hale said when asked whether he would run for the council again.", 2, 1,
     "whether he would run for the council again", "", "asked"},
    {"\"Of course,\" Ana Reis said when asked by a deckhand if the ferry would sail on Sunday.", 2, 1,
     "if the ferry would sail on Sunday", "", "asked"},
    {"When asked by a deckhand whether the pier would close, Tom Hale said he did not know.", 2, 0,
     "whether the pier would close", "", "asked"},
    /* indirect round 25: a report ended at a semicolon; the clause after
     * it is read on its own (was: dropped) */
    {"Most riders said they were tired of the ferry dispute; 46 percent said they were unhappy with the fares.", 2, 0,
     "they were tired of the ferry dispute", "Most riders", "said"},
    {"Most riders said they were tired of the ferry dispute; 46 percent said they were unhappy with the fares.", 2, 1,
     "they were unhappy with the fares", "46 percent", "said"},
    /* quotes round 27: a plural possessive's apostrophe in the addressee
     * between a set-off attribution and its participle (was: "Pilots") */
    {"“The pier is unsafe,” the retired pilot told the Pilots' Gazette on Sunday, saying rents are “far too high.”",
     2, 1, "rents are “far too high.”", "the retired pilot", "saying"},
};

static void check_two(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof twocases / sizeof twocases[0]; i++) {
        extraction ex;
        const char *t = twocases[i].text;
        arena_reset(&a);
        CHECK(extract_article(t, strlen(t), &a, &ex) == 0);
        CHECK_MSG((int)ex.n_quotes == twocases[i].n_quotes, "two case %zu: %u quotes, want %d", i, ex.n_quotes,
                  twocases[i].n_quotes);
        if ((int)ex.n_quotes <= twocases[i].quote) continue;
        const quote *q = &ex.quotes[twocases[i].quote];
        char got[512];
        snprintf(got, sizeof got, "%.*s", (int)(q->end - q->start), t + q->start);
        CHECK_MSG(strcmp(got, twocases[i].span) == 0, "two case %zu: span \"%s\", want \"%s\"", i, got,
                  twocases[i].span);
        snprintf(got, sizeof got, "%.*s", q->speaker_start >= 0 ? (int)(q->speaker_end - q->speaker_start) : 0,
                 q->speaker_start >= 0 ? t + q->speaker_start : "");
        CHECK_MSG(strcmp(got, twocases[i].said) == 0, "two case %zu: speaker \"%s\", want \"%s\"", i, got,
                  twocases[i].said);
        snprintf(got, sizeof got, "%.*s", q->cue_start >= 0 ? (int)(q->cue_end - q->cue_start) : 0,
                 q->cue_start >= 0 ? t + q->cue_start : "");
        CHECK_MSG(strcmp(got, twocases[i].cue) == 0, "two case %zu: cue \"%s\", want \"%s\"", i, got,
                  twocases[i].cue);
    }
    arena_free(&a);
}

static void check_said(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof saidcases / sizeof saidcases[0]; i++) {
        extraction ex;
        char got[256];
        if (!one_quote(&a, saidcases[i].text, &ex, 0, "said", i, got, sizeof got)) continue;
        CHECK_MSG(strcmp(got, saidcases[i].said) == 0, "said case %zu: speaker \"%s\", want \"%s\"", i, got,
                  saidcases[i].said);
    }
    arena_free(&a);
}

static void check_quotes(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof qcases / sizeof qcases[0]; i++) {
        const qcase *c = &qcases[i];
        extraction ex;
        arena_reset(&a);
        size_t n = strlen(c->text);
        CHECK(extract_article(c->text, n, &a, &ex) == 0);
        if (c->n_quotes >= 0)
            CHECK_MSG((int)ex.n_quotes == c->n_quotes, "case %zu: %u quotes, want %d", i, ex.n_quotes,
                      c->n_quotes);
        if (!c->span) continue;
        if ((int)ex.n_quotes <= c->quote) {
            CHECK_MSG(0, "case %zu: no quote %d", i, c->quote);
            continue;
        }
        const quote *q = &ex.quotes[c->quote];
        char got[512];
        snprintf(got, sizeof got, "%.*s", (int)(q->end - q->start), c->text + q->start);
        CHECK_MSG(strcmp(got, c->span) == 0, "case %zu: span \"%s\", want \"%s\"", i, got, c->span);
        CHECK_MSG(strcmp(extract_quote_type_name(q->type), c->type) == 0, "case %zu: type %s, want %s", i,
                  extract_quote_type_name(q->type), c->type);
        CHECK_MSG((int)q->n_segments == c->n_segments, "case %zu: %u segments, want %d", i, q->n_segments,
                  c->n_segments);
        for (uint32_t k = 0; k < q->n_segments; k++)
            CHECK(q->segments[k][0] >= q->start && q->segments[k][1] <= q->end &&
                  q->segments[k][0] < q->segments[k][1]);
        const char *spk = q->speaker_entity >= 0 ? ex.entities[q->speaker_entity].name : "";
        CHECK_MSG(strcmp(spk, c->speaker) == 0, "case %zu: speaker \"%s\", want \"%s\"", i, spk, c->speaker);
        if (c->cue) {
            snprintf(got, sizeof got, "%.*s", q->cue_start >= 0 ? (int)(q->cue_end - q->cue_start) : 0,
                     q->cue_start >= 0 ? c->text + q->cue_start : "");
            CHECK_MSG(strcmp(got, c->cue) == 0, "case %zu: cue \"%s\", want \"%s\"", i, got, c->cue);
        }
    }
    arena_free(&a);
}

typedef struct {
    const char *text;
    const char *mention;   /* a mention as written */
    const char *entity;    /* the canonical entity it links to */
    const char *kind;
    const char *title;     /* NULL: not checked */
} ecase;

static const ecase ecases[] = {
    /* company words at the end outweigh a title word at the start; "&"
     * joins a company's name; "X of Y" after an organisation word */
    {"General Motors Corp said it would cut output.", "General Motors Corp", "General Motors Corp", "org", NULL},
    {"Investors bought Tarn & Vale shares after the results.", "Tarn & Vale", "Tarn & Vale", "org", NULL},
    {"The Bank of Ruritania raised its main rate.", "Bank of Ruritania", "Bank of Ruritania", "org", NULL},
    {"The talks in Oslo ended early.", "Oslo", "Oslo", "place", NULL},
    {"Voters in El Salvador went to the polls.", "El Salvador", "El Salvador", "place", NULL},
    {"President Joe Biden spoke to reporters. Biden said little.", "Biden", "Joe Biden", "person", NULL},
    {"President Joe Biden spoke to reporters.", "Joe Biden", "Joe Biden", "person", "President"},
    {"Yuri Usakov arrived late. Later, Usakov left.", "Usakov", "Yuri Usakov", "person", NULL},
    {"Yuri Usakov arrived late. Later, Yuri left.", "Yuri", "Yuri Usakov", "person", NULL},
    {"The ministers met at NATO headquarters in Brussels.", "NATO", "NATO", "org", NULL},
    {"The ministers met at NATO headquarters in Brussels.", "Brussels", "Brussels", "place", NULL},
    {"Officials in the Kremlin declined to comment.", "Kremlin", "Kremlin", "org", NULL},
    {"A spokesman for the White House declined to comment.", "White House", "White House", "org", NULL},
    {"Farmers in Ukraine expect a poor harvest.", "Ukraine", "Ukraine", "place", NULL},
    {"Sen. Ted Cruz spoke first.", "Ted Cruz", "Ted Cruz", "person", "Sen."},
    /* nationality and party words: a group, no person; stripped before a name */
    {"Many Republicans in the House voted against it.", "Republicans", "Republicans", "other", NULL},
    {"On Monday, Republican Donald Trump spoke first.", "Donald Trump", "Donald Trump", "person", NULL},
    {"The talks ended. Russian President Vladimir Putin left.", "Vladimir Putin", "Vladimir Putin", "person",
     "President"},
    /* "and" joins a listed organisation; rating agencies are no persons */
    {"The notes were given AAA by Standard and Poor's.", "Standard and Poor's", "Standard and Poor's", "org", NULL},
    {"The notes were given A-2 by Moody's.", "Moody's", "Moody's", "org", NULL},
    /* a region, a holiday: kind other */
    {"Sales in the West rose before Christmas.", "West", "West", "other", NULL},
    {"Sales in the West rose before Christmas.", "Christmas", "Christmas", "other", NULL},
    /* text wrapped at a fixed width with indented paragraphs: a newline
     * not followed by a blank goes on with the line */
    {"    Ruritania asked the Bank of\nRuritania for a loan, officials said.\n    The talks go on.",
     "Bank of\nRuritania", "Bank of Ruritania", "org", NULL},
    /* round 14 (ents): "on" after an agreement's or an organisation's
     * word goes on with the name; "and" then needs it listed */
    {"    Members of the General Agreement\non Tariffs and Trade met.\n    The talks go on.",
     "General Agreement\non Tariffs and Trade",
     "General Agreement on Tariffs and Trade", "org", NULL},
    {"The Committee on Harbour Works met on Monday.", "Committee on Harbour Works", "Committee on Harbour Works", "org",
     NULL},
    /* round 14: kinds from a listed organisation opening the run, a
     * company's last word, a place of two words ending it */
    {"He was counsel of Unilever United States until May.", "Unilever United States", "Unilever United States",
     "org", NULL},
    {"The shares were sold through Merrill Lynch Capital Markets.", "Merrill Lynch Capital Markets",
     "Merrill Lynch Capital Markets", "org", NULL},
    {"The group owns Ruritania Air Lines and two hotels.", "Ruritania Air Lines", "Ruritania Air Lines", "org", NULL},
    {"Rain fell across the Southern United States on Monday.", "Southern United States", "Southern United States",
     "place", NULL},
    {"\"Intense United States and NATO pressure worked,\" he said.", "United States", "United States", "place", NULL},
    /* a place and a common noun with a capital: the place */
    {"The U.S. Trade deficit widened again.", "U.S.", "U.S.", "place", NULL},
    /* a listed name inside a heading in capitals, named by the text's
     * spelling when the article writes it */
    {"FED SAYS RATES STEADY\n\nThe Fed said rates would stay put.", "FED", "Fed", "org", NULL},
};

/* Words that name no entity: nationality and party adjectives. */
static const struct { const char *text, *word; } noent[] = {
    /* month abbreviations and Reuters results headings */
    {"Rates rose on Jan 12 and again on Feb 25.", "Jan"},
    {"KELMOUTH CORP 2ND QTR SHR 41 CTS VS 19 CTS", "QTR"},
    {"Dealers said the notes sold well.", "Dealers"},
    {"The Russian president met a Democratic pollster in Ohio.", "Russian"},
    {"The Russian president met a Democratic pollster in Ohio.", "Democratic"},
    {"An Israeli official declined to comment.", "Israeli"},
    /* a lone company suffix or letter, a plural role noun opening a
     * sentence, a contraction of I, a two-word adjective */
    {"Co shares fell after Tarn Mining Co said so.", "Co"},
    {"The bank cut rates, S said.", "S"},
    {"Analysts said the cut was expected.", "Analysts"},
    {"I'm not surprised, she said.", "I'm"},
    {"West German officials said little.", "West German"},
    /* round 14 (ents): time zones, month abbreviations, ratings; common
     * words before a lower-case word; a place's common noun; headings */
    {"The market shut at 1500 GMT on Feb. 3.", "GMT"},
    {"The market shut at 1500 GMT on Feb. 3.", "Feb."},
    {"The notes are rated Baa by the agency.", "Baa"},
    {"Western currencies fell against the yen.", "Western"},
    {"The firm filed for Chapter 11 protection.", "Chapter"},
    {"The rights expire on April Nine.", "Nine"},
    {"The U.S. Trade deficit widened again.", "U.S. Trade"},
    {"OPEN HIGH LOW\n\nThe port will close.", "OPEN HIGH LOW"},
    {"HARBOUR BOARD SAYS PORT WILL CLOSE\n\nThe port will close.", "HARBOUR BOARD SAYS PORT WILL CLOSE"},
};

/* Round 14 (ents): how many mentions the entity of a name has (0: no
 * entity has that name): sign-offs, doubtful words kept only when the
 * article writes them as names elsewhere, names cut by a line break. */
static const struct { const char *text, *name; uint32_t n; } nmentions[] = {
    {"Trade rose in March.\n Reuter", "Reuter", 0},
    {"Prices rose by a tenth of a cent. REUTER", "REUTER", 0},
    {"Output fell.\nREUTER...", "REUTER", 0},
    {"The firm said. Reuter Inc makes spindles.", "Reuter Inc", 1},
    {"    Nine mths\n    Net profit 1.2 mln vs 1.0 mln", "Nine", 0},
    {"People wanting tickets queued all night.", "People", 0},
    {"World: the talks ended.", "World", 0},
    {"World: the talks ended. Leaders left for the World.", "World", 2},
    {"    Tom Varga of the harbour board spoke first. Then Mr Tom\nVarga spoke again.\n    The talks go on.",
     "Tom Varga", 2},
    {"OPEC SAYS OUTPUT WILL FALL\n\nThe cartel met.", "OPEC", 1},
    {"TARN MINING CO\n\nShr 1.00 vs 0.90", "TARN MINING CO", 1},
    {"VARGA SAYS PORT WILL CLOSE\n\nTom Varga said the port would close. Varga left.", "Tom Varga", 3},
};

static void check_mention_counts(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof nmentions / sizeof nmentions[0]; i++) {
        extraction ex;
        arena_reset(&a);
        CHECK(extract_article(nmentions[i].text, strlen(nmentions[i].text), &a, &ex) == 0);
        uint32_t n = 0, found = 0;
        for (uint32_t e = 0; e < ex.n_entities; e++)
            if (strcmp(ex.entities[e].name, nmentions[i].name) == 0) {
                found++;
                n = ex.entities[e].n_mentions;
            }
        CHECK_MSG(found <= 1 && n == nmentions[i].n, "mention-count case %zu: \"%s\" %u entities, %u mentions, want %u",
                  i, nmentions[i].name, found, n, nmentions[i].n);
        /* the mentions point at entities that exist, in text order */
        for (uint32_t m = 0; m < ex.n_mentions; m++) {
            CHECK(ex.mentions[m].entity < (int32_t)ex.n_entities);
            CHECK(m == 0 || ex.mentions[m].start >= ex.mentions[m - 1].end);
        }
    }
    arena_free(&a);
}

static void check_no_entity(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof noent / sizeof noent[0]; i++) {
        extraction ex;
        arena_reset(&a);
        CHECK(extract_article(noent[i].text, strlen(noent[i].text), &a, &ex) == 0);
        const char *p = strstr(noent[i].text, noent[i].word);
        for (uint32_t m = 0; p && m < ex.n_mentions; m++)
            CHECK_MSG(!(ex.mentions[m].start == (uint32_t)(p - noent[i].text) &&
                        ex.mentions[m].end == (uint32_t)(p - noent[i].text + (long)strlen(noent[i].word))),
                      "no-entity case %zu: \"%s\" is a mention", i, noent[i].word);
    }
    arena_free(&a);
}

static void check_entities(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof ecases / sizeof ecases[0]; i++) {
        const ecase *c = &ecases[i];
        extraction ex;
        arena_reset(&a);
        CHECK(extract_article(c->text, strlen(c->text), &a, &ex) == 0);
        /* the last occurrence of the mention text */
        const char *p = NULL, *s = c->text;
        while ((s = strstr(s, c->mention))) p = s++;
        int found = 0;
        for (uint32_t m = 0; p && m < ex.n_mentions; m++) {
            if (ex.mentions[m].start != (uint32_t)(p - c->text) ||
                ex.mentions[m].end != (uint32_t)(p - c->text + (long)strlen(c->mention)))
                continue;
            found = 1;
            const ent_entity *e = &ex.entities[ex.mentions[m].entity];
            CHECK_MSG(strcmp(e->name, c->entity) == 0, "entity case %zu: \"%s\", want \"%s\"", i, e->name,
                      c->entity);
            CHECK_MSG(strcmp(extract_kind_name(e->kind), c->kind) == 0, "entity case %zu: kind %s, want %s", i,
                      extract_kind_name(e->kind), c->kind);
            if (c->title) CHECK_MSG(e->title && strcmp(e->title, c->title) == 0, "entity case %zu: title %s", i,
                                    e->title ? e->title : "(none)");
        }
        CHECK_MSG(found, "entity case %zu: no mention \"%s\"", i, c->mention);
    }
    arena_free(&a);
}

static void check_same_person(void)
{
    static const struct { const char *a, *b; int same; } cases[] = {
        {"Usakov", "Ushakov", 1},
        {"Yuri Usakov", "Yuri Ushakov", 1},
        {"Yury Ushakov", "Yuri Ushakov", 1},
        {"Yury Ushakov", "Usakov", 1},
        {"Iouri Ouchakov", "Yuri Ushakov", 1},
        {"Evgeny Prigozhin", "Yevgeny Prigozhin", 1},
        {"Mikhael Gorbachev", "Mikhail Gorbachev", 1}, /* data/given_names.txt: a variant of the line */
        {"Y. Ushakov", "Yuri Ushakov", 1},
        {"Ushakov", "Peskov", 0},
        {"Dmitry Ushakov", "Yuri Ushakov", 0},
        {"Yuri Ushakov", "Yuri Lavrov", 0},
        {"Anna Berg", "Anna Borg", 0},
        {"Joe Biden", "Joe Biden", 1},
        /* a generational suffix is no surname */
        {"Martin L. Okafor Jr.", "Martin P. Sandvik Jr.", 0},
        {"Martin L. Okafor Jr.", "Martin Okafor", 1},
        {"Ken Hale III", "Ken Hale", 1},
        {"Ken Hale Sr", "Ken Lund Sr", 0},
        {"Okafor Jr.", "Okafor Jr.", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK_MSG(extract_same_person(cases[i].a, cases[i].b) == cases[i].same, "same_person(%s, %s) != %d",
                  cases[i].a, cases[i].b, cases[i].same);
}

static void check_bounds(void)
{
    /* every span inside the text and ordered, on awkward input */
    static const char *const texts[] = {"", "“", "\"", "”’‘«»„", "“a\n\n“b\n\n“c", "said said said",
                                        "He said. She said. “”", "“,” he said, “”", "''", "``", "'''",
                                        "''a'' ''", "“a “b “c ” ”", "“a. “b ” ” ” said X, adding that",
                                        "X - Y: “a” [", "A, who said, adding, “b",
                                        /* word salad that once gave segments outside their quote */
                                        "Poll: her If Tom '' \" adding the \u00bb a of he for ( but remark As \" Now master but spokesman says",
                                        "Now Tom who manager Ann deputy ; \u2018 show that that \u201c The adding manager adding X \u2014 ; \u201d \u2019 , her \u2014 tweet says found Meet the the but says",
                                        /* the rest of a sentence read again, over and over */
                                        "“a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “a,” he said, and one two three four five “z.”"};
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        extraction ex;
        size_t n = strlen(texts[i]);
        arena_reset(&a);
        CHECK(extract_article(texts[i], n, &a, &ex) == 0);
        for (uint32_t k = 0; k < ex.n_quotes; k++) {
            const quote *q = &ex.quotes[k];
            CHECK(q->start <= q->end && q->end <= n);
            /* every marked part inside its quote */
            for (uint32_t g = 0; g < q->n_segments; g++)
                CHECK_MSG(q->segments[g][0] >= q->start && q->segments[g][1] <= q->end,
                          "text %zu quote %u segment %u outside the quote", i, k, g);
        }
    }
    arena_free(&a);
}

/* Every segment of a quote lies inside it, and a quotation joined to an
 * earlier quote after another quote was emitted (“A,” X said, adding that
 * …. “B.”) is a segment of the earlier one, not of the quote in between
 * (the segments of a quote are contiguous in one array). */
static void check_segments(void)
{
    static const struct {
        const char *text;
        int quote;
        const char *last_segment;
    } cases[] = {
        {"“The roads are closed,” Ada Moss said, adding that crews would work through the night. “It will take days.”",
         0, "“It will take days.”"},
        {"“The roads are closed,” Ada Moss said, adding that crews would work through the night. Now, “it will take days.”",
         0, "“it will take days.”"},
        {"“The roads are closed,” Ada Moss said. Still, “the bridge is open.” Cars wait.", 0,
         "“the bridge is open.”"},
    };
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        extraction ex;
        size_t n = strlen(cases[i].text);
        arena_reset(&a);
        CHECK(extract_article(cases[i].text, n, &a, &ex) == 0);
        for (uint32_t k = 0; k < ex.n_quotes; k++) {
            const quote *q = &ex.quotes[k];
            for (uint32_t g = 0; g < q->n_segments; g++)
                CHECK_MSG(q->segments[g][0] >= q->start && q->segments[g][1] <= q->end,
                          "case %zu quote %u: segment %u outside the quote", i, k, g);
        }
        CHECK((int)ex.n_quotes > cases[i].quote);
        if ((int)ex.n_quotes <= cases[i].quote) continue;
        const quote *q = &ex.quotes[cases[i].quote];
        const uint32_t *sg = q->segments[q->n_segments - 1];
        size_t ln = strlen(cases[i].last_segment);
        CHECK_MSG(sg[1] - sg[0] == ln && memcmp(cases[i].text + sg[0], cases[i].last_segment, ln) == 0,
                  "case %zu: last segment \"%.*s\", want \"%s\"", i, (int)(sg[1] - sg[0]),
                  cases[i].text + sg[0], cases[i].last_segment);
    }
    arena_free(&a);
}

/* Text denser in tokens than the scanner's first estimate of the token
 * array (a token per 4 bytes) makes it grow, before and after a quotation;
 * many marks and capitalised words fill the region and entity arrays to
 * their bounds.  The quotation must come out as in plain text. */
static void check_dense(void)
{
    static const char quote_text[] = "“The harbour will reopen next week,” Maria Lopez said.";
    static const char *const fill[] = {"(),;", "a.b,c;", "“”", "\"\" ", "X Y Z, "};
    arena a;
    arena_init(&a);
    for (size_t f = 0; f < sizeof fill / sizeof fill[0]; f++) {
        for (int where = 0; where < 3; where++) {
            char text[24000];
            size_t n = 0, fl = strlen(fill[f]);
            size_t reps = where == 2 ? 40 : 5000 / fl;
            if (where == 1) {
                memcpy(text, quote_text, sizeof quote_text - 1);
                n = sizeof quote_text - 1;
                text[n++] = '\n';
            }
            for (size_t r = 0; r < reps; r++, n += fl) memcpy(text + n, fill[f], fl);
            size_t qs = n;
            if (where != 1) {
                text[n++] = '\n';
                qs = n;
                memcpy(text + n, quote_text, sizeof quote_text - 1);
                n += sizeof quote_text - 1;
            } else {
                qs = 0;
            }
            extraction ex;
            arena_reset(&a);
            CHECK(extract_article(text, n, &a, &ex) == 0);
            int found = 0;
            for (uint32_t k = 0; k < ex.n_quotes; k++) {
                const quote *q = &ex.quotes[k];
                CHECK(q->start <= q->end && q->end <= n);
                if (q->start == qs && q->speaker_entity >= 0 &&
                    strcmp(ex.entities[q->speaker_entity].name, "Maria Lopez") == 0)
                    found = 1;
            }
            CHECK_MSG(found, "fill \"%s\" %s the quotation: quotation not found", fill[f],
                      where == 1 ? "after" : "before");
            for (uint32_t k = 0; k < ex.n_mentions; k++) CHECK(ex.mentions[k].end <= n);
        }
    }
    arena_free(&a);
}

/* Round 14c (branch anon): speakers and cues of plain newswire
 * attributions, checked as written (speaker phrase, cue, content). */
typedef struct {
    const char *text;
    const char *speaker;   /* the speaker phrase as written, "" = none; NULL: no quote */
    const char *cue;       /* as written */
    const char *content;   /* the quote's text[start..end) */
} wcase;

static const wcase wcases[] = {
    /* round 15: a lead-in before the subject, and the cue with a clause
     * after it: the clause is the content (was: nothing) */
    {"Earlier today, Harbourline said it planned to sell two ferries.", "Harbourline", "said",
     "it planned to sell two ferries"},
    {"In answer to a question, Tom Hale said there had been no offers for the pier.", "Tom Hale", "said",
     "there had been no offers for the pier"},
    {"In Dover, the harbour board said in a written statement that the berths would be rebuilt.", "the harbour board", "said",
     "that the berths would be rebuilt"},
    /* ... but adjuncts after the cue leave the trailing reading */
    {"The berths will be rebuilt by May, the harbour board said in a statement on Monday.", "the harbour board",
     "said", "The berths will be rebuilt by May"},
    /* round 15: a newswire ticker after the name, or an unlisted company
     * in angle brackets, hides no speaker; a ticker's exchange suffix is
     * no sentence end */
    {"Harbourline Ferries Inc <HFL> said it expects higher fares in May.", "Harbourline Ferries Inc", "said",
     "it expects higher fares in May"},
    {"Dover Tugs <DTUG.L> said its fleet would grow by two boats.", "Dover Tugs", "said",
     "its fleet would grow by two boats"},
    {"<Quill Shipping Corp> said it bought two ferries from a Danish yard.", "Quill Shipping Corp", "said",
     "it bought two ferries from a Danish yard"},
    {"The board has raised its stake in the pier to 40 pct, Harbourline Ferries Inc <HFL.N> said.",
     "Harbourline Ferries Inc", "said", "The board has raised its stake in the pier to 40 pct"},
    /* round 15: a name written with 's before "said"; a listed name with
     * "and" in it is one speaker; figures in an appositive */
    {"Moody's said it would review the harbour board's debt.", "Moody's", "said",
     "it would review the harbour board's debt"},
    {"Kelmouth's pier is sound, Standard and Poor's said.", "Standard and Poor's", "said", "Kelmouth's pier is sound"},
    {"The board, which has 40.5 mln shares outstanding, said the pier was worth more.", "The board", "said",
     "the pier was worth more"},
    /* round 15: a role in lower case before the name opens the phrase
     * (after a comma or at the sentence start), or modifiers between a
     * determiner and an organisation's name; an acronym in brackets and
     * a long adjunct after the cue leave the trailing reading */
    {"Fares will rise by a third, harbour spokesman Tom Hale said.", "harbour spokesman Tom Hale", "said",
     "Fares will rise by a third"},
    {"Ferry traffic fell by a tenth, the Dover Harbour Board (DHB) said.", "the Dover Harbour Board", "said",
     "Ferry traffic fell by a tenth"},
    {"The pier will be sold, Tom Hale said in a speech to the chamber of commerce in Dover.", "Tom Hale", "said",
     "The pier will be sold"},
    {"Storms damaged the pier, the weekly Dover Gazette said.", "the weekly Dover Gazette", "said",
     "Storms damaged the pier"},
    /* ... not a noun that a name follows ("the rate Tom Hale said …"),
     * nor a time */
    {"Ferry tickets were sold at the rate Tom Hale said traders should use.", "Tom Hale", "said",
     "traders should use"},
    /* ... "has said" at the end; a possessive is no cue */
    {"The pier is unsafe, the port's chief engineer has said.", "the port's chief engineer", "said",
     "The pier is unsafe"},
    {"At the county's party conference Tom Hale said the pier was unsafe.", "Tom Hale", "said", "the pier was unsafe"},
    /* ... "quoted Y as saying": Y speaks */
    {"The Gazette quoted Tom Hale as saying that the pier would close.", "Tom Hale", "saying",
     "that the pier would close"},
    /* round 15: a one-paragraph wire item wrapped at a fixed width, with
     * no indented line but the signature: a line going on in lower case
     * is no paragraph end */
    {"Harbourline Ferries Inc said it has\nbought two ferries and it will sell\nthe old ones next year.\n Reuter",
     "Harbourline Ferries Inc", "said", "it has\nbought two ferries and it will sell\nthe old ones next year"},
    /* round 15: a name and a noun opening the clause; an adverb set off
     * by commas right after the cue */
    {"Harbourline Ferries unit said it would sell two boats.", "Harbourline Ferries unit", "said",
     "it would sell two boats"},
    {"Tom Hale's campaign says it raised a million pounds in May.", "Tom Hale's campaign", "says",
     "it raised a million pounds in May"},
    {"Harbourline said, however, that fares would not rise.", "Harbourline", "said", "that fares would not rise"},
    /* round 15: a time between subject and cue; who was polled; a cue
     * word that is a noun modifies; "of" inside a name; a possessive
     * before a role; an appositive subject after a lead-in */
    {"Tom Hale on Tuesday said the pier would close.", "Tom Hale", "said", "the pier would close"},
    {"Tom Hale yesterday said the pier would close.", "Tom Hale", "said", "the pier would close"},
    {"Fares will rise in May, bankers polled by the Gazette said.", "bankers", "said", "Fares will rise in May"},
    {"The ferry strike is over, the state department said.", "the state department", "said",
     "The ferry strike is over"},
    {"A mission will leave for Dover, a Board of Trade official said.", "a Board of Trade official", "said",
     "A mission will leave for Dover"},
    {"The offer is fair, Harbourline's chief executive Tom Hale said.", "Harbourline's chief executive Tom Hale",
     "said", "The offer is fair"},
    {"In Dover, Port Chairman Tom Hale, who is also the mayor, said the pier would close.",
     "Port Chairman Tom Hale", "said", "the pier would close"},
    /* round 15: a plural possessive's apostrophe inside a name; an
     * acronym set off by commas; an attribution set off by commas after
     * a one-word opener; a bracketed company opening the content */
    {"Fares will rise this year, the Dover Ferry Owners' Association, DFOA, said.",
     "the Dover Ferry Owners' Association", "said", "Fares will rise this year"},
    {"Initially, Harbourline said, the ferries will sail twice a day.", "Harbourline", "said",
     "Initially, Harbourline said, the ferries will sail twice a day"},
    {"Harbourline said <Quill Shipping Corp> will act as its adviser.", "Harbourline", "said",
     "<Quill Shipping Corp> will act as its adviser"},
    /* round 15: plurals after a quantifier or an opening conjunction; an
     * appositive after a name at the end */
    {"Most pilots said the channel was silting up.", "Most pilots", "said", "the channel was silting up"},
    {"But harbour officials said the channel was silting up.", "harbour officials", "said",
     "the channel was silting up"},
    {"The pier was closed on Monday, the Gazette, the town's weekly paper, said.", "the Gazette", "said",
     "The pier was closed on Monday"},
    /* round 15: an attribution set off by commas before a clause opening
     * with a capital goes with the whole sentence */
    {"In the harbour, the Gazette said, Dover Tugs had moved two boats.", "the Gazette", "said",
     "In the harbour, the Gazette said, Dover Tugs had moved two boats"},
    /* round 15: an inverted speaker whose firm's name holds a comma, or
     * ends in an acronym in brackets */
    {"Harbourline is raising 40 mln dlrs of notes, said lead manager Hale, Reis and Co.",
     "lead manager Hale, Reis and Co.", "said", "Harbourline is raising 40 mln dlrs of notes"},
    {"Fares will rise three pct this year, said the consultancy Harbour Data Ltd (HDL).",
     "the consultancy Harbour Data Ltd", "said", "Fares will rise three pct this year"},
    /* round 15: after "told" at the end, its addressee; "-men" plurals;
     * a relative clause before a trailing cue; "and" inside a portfolio */
    {"The ferry will stop in May, company spokesmen told the Gazette.", "company spokesmen", "told",
     "The ferry will stop in May"},
    {"The ferry will stop in May, the official, who did not want his name used, told reporters.", "the official",
     "told", "The ferry will stop in May"},
    {"The ferry will stop in May, Trade and Industry Minister Tom Hale told Parliament.",
     "Trade and Industry Minister Tom Hale", "told", "The ferry will stop in May"},
    /* round 15: a name ending in a number; a plural possessive inside a
     * description; a possessor's statement that says */
    {"The pier will reopen in May, Harbour Local 912 said.", "Harbour Local 912", "said", "The pier will reopen in May"},
    {"The pier will reopen in May, the dockers' union said.", "the dockers' union", "said",
     "The pier will reopen in May"},
    {"Hale's statement said the pier would reopen in May.", "Hale's statement", "said", "the pier would reopen in May"},
    /* round 15: senses of cue words that report no speech */
    {"Tom Hale pleaded guilty to fraud at Dover Crown Court.", NULL, NULL, NULL},
    {"Harbourline posted a record loss of 5 mln pounds last year.", NULL, NULL, NULL},
    {"Our reporter Tom Hale reported from Dover.", NULL, NULL, NULL},
    {"The ferry line is reported to have sold two boats.", NULL, NULL, NULL},
    /* ... but not a post that says something */
    {"Tom Hale posted on his blog that the pier was unsafe.", "Tom Hale", "posted", "that the pier was unsafe"},
    /* ... but markup in angle brackets is no ticker */
    {"The bank <a href=x> said nothing about the pier.", NULL, NULL, NULL},
    /* a prepositional phrase does not hide its head */
    {"A source close to the harbour board said the pier would be sold.", "A source close to the harbour board", "said",
     "the pier would be sold"},
    {"An official with one of the two ferry lines said fares would rise in May.",
     "An official with one of the two ferry lines", "said", "fares would rise in May"},
    {"Grain traders in the Dover area said wheat prices fell sharply on Tuesday.", "Grain traders in the Dover area",
     "said", "wheat prices fell sharply on Tuesday"},
    {"A spokesman for Harbourline said the company had no plans to cut jobs.", "A spokesman for Harbourline", "said",
     "the company had no plans to cut jobs"},
    {"Mara Quill of the Dover Gazette said the ferry service was losing money.", "Mara Quill of the Dover Gazette",
     "said", "the ferry service was losing money"},
    /* ... not a participle's or a past participle's adjunct */
    {"Speaking in Dover Tom Hale said the port would stay open all winter.", "Dover Tom Hale", "said",
     "the port would stay open all winter"},
    /* after a comma, a phrase with a finite verb after the cue is its
     * clause, not an inverted speaker */
    {"The Dover Harbour Board, which owns the pier, said the repairs were nearly finished.",
     "The Dover Harbour Board", "said", "the repairs were nearly finished"},
    /* a person named in apposition to a role and what it is of speaks,
     * not a place or a company suffix so placed */
    {"The director of the Harbour Board, Tom Hale, said the pier would be sold.", "Tom Hale", "said",
     "the pier would be sold"},
    {"A docker from Dover, Delaware, said the pier would be sold.", "A docker from Dover", "said",
     "the pier would be sold"},
    /* a function word opening an organisation's name stays in the
     * speaker phrase */
    {"First Harbour Bancorp said it would close two branches in Dover.", "First Harbour Bancorp", "said",
     "it would close two branches in Dover"},
    /* a cue in a relative or participle clause set off by commas is not
     * the sentence's */
    {"A port official, who asked to stay anonymous, said the board had voted to sell.", "A port official", "said",
     "the board had voted to sell"},
    {"A harbour engineer, speaking on condition of anonymity, said the crane had failed twice.",
     "A harbour engineer", "said", "the crane had failed twice"},
    /* a trailing attribution reports the whole sentence */
    {"The board asked the council to delay the vote until March, the clerk said.", "the clerk", "said",
     "The board asked the council to delay the vote until March"},
    {"Ferry operators will continue to run a reduced timetable, a port spokesman said on Monday.",
     "a port spokesman", "said", "Ferry operators will continue to run a reduced timetable"},
    {"Tom Hale asked the council to keep the pier open until May, port officials said.", "port officials", "said",
     "Tom Hale asked the council to keep the pier open until May"},
    /* ... not a passive */
    {"The dock workers believe the sale will cost jobs, a view shared by local traders.", "The dock workers", "believe",
     "the sale will cost jobs"}, /* round 19: the appositive is no content */
    /* a cue that is also a noun, by its neighbours: not after a
     * preposition, a numeral or a word that cannot be its subject, nor
     * before a finite verb or "of" */
    {"Under state law the harbour board said it must publish its accounts.", "the harbour board", "said",
     "it must publish its accounts"},
    {"Fares rose by half a percentage point in March, the operator said.", "the operator", "said",
     "Fares rose by half a percentage point in March"},
    {"The latest traffic report will not change the plan for the bridge.", NULL, NULL, NULL},
    {"The port's annual report shows a loss for the third year running.", NULL, NULL, NULL},
    {"At one point the queue of lorries stretched back for twelve miles.", NULL, NULL, NULL},
    {"Hale won a second term in office with a large majority in the port wards.", NULL, NULL, NULL},
    {"The council wants the ferry to stay under state control for ten years.", NULL, NULL, NULL},
    /* "continue" reports nothing but speech */
    {"The harbour board continues to debate whether to sell the old pier.", NULL, NULL, NULL},
    {"The festival continued as planned despite the storm over the town.", NULL, NULL, NULL},
    {"The harbour board continues to insist that the pier is safe for visitors.", "The harbour board", "continues",
     "that the pier is safe for visitors"},
    /* a passive reports no word of its subject, unless a question put
     * to it follows */
    {"The old pier is said to be unsafe for visitors in winter.", NULL, NULL, NULL},
    {"The harbour board was asked to decide on the sale by March.", NULL, NULL, NULL},
    {"Tom Hale was asked, “Will the pier be sold?”", "Tom Hale", "asked", "“Will the pier be sold?”"},
    {"Tom Hale was quoted as saying the pier would be sold.", "Tom Hale", "saying",
     "the pier would be sold"},
    /* a participle naming an indefinite object is no cue */
    {"The council set up a trust called Harbour Friends to run the old pier.", NULL, NULL, NULL},
    {"A docker called the new crane a danger to every worker on the quay.", "A docker", "called",
     "the new crane a danger to every worker on the quay"},
    {"The harbour board's annual report said “the pier is beyond repair.”", "The harbour board's annual report",
     "said", "“the pier is beyond repair.”"},
    /* ... still a cue with a quotation after it */
    {"Tom Hale took credit for “saving the ferry.”", "Tom Hale", "credit", "for “saving the ferry.”"},
    /* round 15a: findings of a study, survey, report or poll */
    {"The study, released last week, found that ferry fares rose by a third.", "The study", "found",
     "that ferry fares rose by a third"},
    {"The survey showed that most islanders oppose the new timetable.", "The survey", "showed",
     "that most islanders oppose the new timetable"},
    {"A new poll shows that the harbour master is trailing.", "A new poll", "shows",
     "that the harbour master is trailing"},
    {"The report concluded that the board had acted lawfully.", "The report", "concluded",
     "that the board had acted lawfully"},
    {"The report said the ferry would run until May.", "The report", "said", "the ferry would run until May"},
    /* ... but a person who finds something reports nothing */
    {"Tom Hale found his keys under the mat on the quay.", NULL, NULL, NULL},
    {"Divers found the wreck of the old ferry in the bay.", NULL, NULL, NULL},
    {"Police found the car in a ditch near the quay.", NULL, NULL, NULL},
    /* round 18: a negated cue reports nothing ("never", "not", "n't"
     * before it, over adverbs); a report after it in the sentence stays */
    {"The trust never announced the closure of the pier.", NULL, NULL, NULL},
    {"The trust never publicly announced that the pier would close.", NULL, NULL, NULL},
    {"Tom Hale did not say the pier would close.", NULL, NULL, NULL},
    {"Tom Hale hasn't confirmed that the pier will close.", NULL, NULL, NULL},
    {"Tom Hale said he could not tell when the pier would shut.", "Tom Hale", "said",
     "he could not tell when the pier would shut"},
    /* round 19: a bare plural after "according to" is the source */
    {"The ferry will stop running in May, according to people close to the trust.", "people", "according to",
     "The ferry will stop running in May"},
    {"The pier lost money last year, according to harbour officials.", "harbour officials", "according to",
     "The pier lost money last year"},
    {"Fares rose by a third, according to press reports.", "press reports", "according to", "Fares rose by a third"},
    {"But according to the harbour board, the pier will reopen in May.", "the harbour board", "according to",
     "the pier will reopen in May"},
    /* ... not "in keeping with", nor over the sentence's own speaker */
    {"According to terms of the deal, each ferry will be sold for scrap.", NULL, NULL, NULL},
    {"According to final figures, fares rose by a third, a trust spokeswoman said.", "a trust spokeswoman", "said",
     "According to final figures, fares rose by a third"},
    /* round 19: a title that is a function word before a possessor */
    {"Mr. Hale's aides said he would stay in Dover until May.", "Mr. Hale's aides", "said",
     "he would stay in Dover until May"},
    {"Mrs. Reis's campaign said she would not debate him.", "Mrs. Reis's campaign", "said",
     "she would not debate him"},
    /* round 19: capitalised modifiers in a share's "of" phrase */
    {"About half of Kelmouth Labour members said they wanted a new ferry.",
     "About half of Kelmouth Labour members", "said", "they wanted a new ferry"},
    {"Some 56 percent of Kelmouth voters said the pier should close.", "Some 56 percent of Kelmouth voters", "said",
     "the pier should close"},
    /* round 19: "long" between the auxiliary and the cue */
    {"Tom Hale has long maintained that the pier was safe.", "Tom Hale", "maintained", "that the pier was safe"},
    {"The unions have long argued that fares are too high.", "The unions", "argued", "that fares are too high"},
    /* round 19: a relative clause, an appositive or an -ing clause after
     * the report's verb comments on its last words: no content */
    {"Tom Hale said the trust would sell the pier, which was built in 1890.", "Tom Hale", "said",
     "the trust would sell the pier"},
    {"The trust said it had bought the Kelmouth Star, a ferry built in Norway.", "The trust", "said",
     "it had bought the Kelmouth Star"},
    {"The trust said fares would rise in May, citing higher fuel costs.", "The trust", "said",
     "fares would rise in May"},
    {"Tom Hale predicted a narrow win in Dover, which votes in May.", "Tom Hale", "predicted",
     "a narrow win in Dover"},
    /* ... not a subject's relative clause, nor "including" */
    /* round 19: cues of a statement: hinted, signalled, speculated,
     * recommended, disclosed, repeated */
    {"Tom Hale hinted that the pier might reopen in the summer.", "Tom Hale", "hinted",
     "that the pier might reopen in the summer"},
    {"The trust signalled it would not raise fares this year.", "The trust", "signalled",
     "it would not raise fares this year"},
    {"Analysts speculated that the trust would sell the ferry.", "Analysts", "speculated",
     "that the trust would sell the ferry"},
    {"The panel recommended that the pier be closed for repairs.", "The panel", "recommended",
     "that the pier be closed for repairs"},
    {"The trust disclosed that it had lost money on the night ferry.", "The trust", "disclosed",
     "that it had lost money on the night ferry"},
    {"Tom Hale repeated that the pier was safe for walkers.", "Tom Hale", "repeated", "that the pier was safe for walkers"},
    {"Tom Hale said the bonds, which will be sold in May, may be converted into shares.", "Tom Hale", "said",
     "the bonds, which will be sold in May, may be converted into shares"},
    {"The trust said it would sell three ferries, including the Kelmouth Star.", "The trust", "said",
     "it would sell three ferries, including the Kelmouth Star"},
    {"Tom Hale said the trust would keep its mix of fare rises, cost-cutting plans and new routes.", "Tom Hale",
     "said", "the trust would keep its mix of fare rises, cost-cutting plans and new routes"},
    /* round 19: a plural possessive's apostrophe inside a name's phrase */
    {"Ana Reis’ campaign says it raised more than $2 million in May.", "Ana Reis’ campaign", "says",
     "it raised more than $2 million in May"},
    /* round 19: a name with its place, and an appositive with a relative
     * clause (was: the appositive was the content, the clause the speaker) */
    {"Tom Hale of Dover, a pilot who has refused to back the trust, said the pier deserved better.",
     "Tom Hale of Dover", "said", "the pier deserved better"},
    /* round 19: a participle after the plural source is no cue of the
     * sentence */
    {"Fares rose in the south, according to exit polls reported by the Gazette.", "exit polls", "according to",
     "Fares rose in the south"},
    /* indirect round 20: findings ("found" was read as the bare verb
     * "to found" after a singular subject, so "The study found that …"
     * gave nothing); "show" after a plural; the record nouns and
     * researchers; a poll's figures with no "that"; a participle phrase
     * after the noun */
    {"The study found that most ferry users travel before eight.", "The study", "found",
     "that most ferry users travel before eight"},
    {"Recent polls show that the trust has lost support in Dover.", "Recent polls", "show",
     "that the trust has lost support in Dover"},
    {"The harbour filings show that the trust paid more for fuel.", "The harbour filings", "show",
     "that the trust paid more for fuel"},
    {"The researchers found that the pier moved two inches a year.", "The researchers", "found",
     "that the pier moved two inches a year"},
    {"A Gazette poll showed Tom Hale with a narrow lead in Dover.", "A Gazette poll", "showed",
     "Tom Hale with a narrow lead in Dover"},
    {"A survey released last week found that fares had doubled.", "A survey", "found",
     "that fares had doubled"},
    /* ... not a condition, a figure in a report, nor a person finding things */
    {"If the study shows fares are too high, the trust will cut them.", NULL, NULL, NULL},
    {"The annual report shows a loss for the third year.", NULL, NULL, NULL},
    {"Divers found the wreck of the ferry near the pier.", NULL, NULL, NULL},
    {"He watched the chat show with his wife.", NULL, NULL, NULL},
    /* indirect round 20: a headline in title case with a capitalised
     * verb of saying after the name that opens it */
    {"Tom Hale Says The Pier Will Reopen In May.\n\nThe trust met on Monday.", "Tom Hale", "Says",
     "The Pier Will Reopen In May"},
    /* ... not after a condition, nor a noun after a preposition */
    {"If Tom Hale Says It, It Must Be True.\n\nThe trust met on Monday.", NULL, NULL, NULL},
    /* indirect round 20: a poll's shares before a bare verb ("say" was
     * read as a noun after a singular subject), "those surveyed", "N in
     * M" with the people after it, and a second share after "and" */
    {"Nearly a third say they do not know what the plan will do.", "Nearly a third", "say",
     "they do not know what the plan will do"},
    {"About one in five say they may skip the vote.", "About one in five", "say",
     "they may skip the vote"},
    {"Just over a quarter, 27 percent, now say they plan to back a rival.", "Just over a quarter, 27 percent",
     "say", "they plan to back a rival"},
    {"Again, those surveyed said the trust was best able to run the pier.", "those surveyed", "said",
     "the trust was best able to run the pier"},
    {"Six in 10 Kelmouth primary voters said the pier should stay open.", "Six in 10 Kelmouth primary voters",
     "said", "the pier should stay open"},
    {"Two in three said fares were too high, and three-quarters said the ferry was late.", "Two in three", "said",
     "fares were too high"},
    /* ... not a place after "in" (a bare verb after it stays a noun) */
    {"Diplomats in Dover estimate the cost at two million pounds.", NULL, NULL, NULL},
    /* indirect round 20: a report in a clause opening with a
     * subordinator ends at the clause's comma (was: the main clause too);
     * "As X noted, A": the main clause is the report (was: nothing) */
    {"When Tom Hale suggested that the trust would sell the pier, Ana Reis left the room.", "Tom Hale",
     "suggested", "that the trust would sell the pier"},
    {"While the trust has said it will keep the ferry, its accounts tell another story.", "the trust", "said",
     "it will keep the ferry"},
    {"But as Tom Hale noted, the ferry has never made money in winter.", "Tom Hale", "noted",
     "the ferry has never made money in winter"},
    /* indirect round 20: a report in a relative clause set off by commas
     * ends at the comma before the main verb */
    {"Ana Reis, who has criticized the trust's spending, left the meeting early.", "Ana Reis", "criticized",
     "the trust's spending"},
    /* indirect round 20: "according to" a count or a name with no comma
     * before it reports the clause before it (was: the clause after the
     * next comma, or nothing) */
    {"Tom Hale leads Ana Reis by 40 votes according to a count by the Gazette, but she has not conceded.",
     "a count by the Gazette", "according to", "Tom Hale leads Ana Reis by 40 votes"},
    /* ... not "in keeping with" */
    {"The fare will be reset every quarter according to the formula.", NULL, NULL, NULL},
    /* indirect round 21: a subject opening the sentence that no speaker
     * rule takes, before a plain "said" (was: nothing) */
    {"Several supporters of the new pier said it was more realistic to repair the old one.",
     "Several supporters of the new pier", "said", "it was more realistic to repair the old one"},
    {"Harbour and trust spokesmen said the ban on spending kept the board from surveying sites.",
     "Harbour and trust spokesmen", "said", "the ban on spending kept the board from surveying sites"},
    {"But 58 percent of Kelmouth ferry users overall said they would pay more for a later crossing.",
     "58 percent of Kelmouth ferry users overall", "said", "they would pay more for a later crossing"},
    /* ... not a negation, nor "All told" */
    {"I can't say my own trips on the ferry have been all that frequent this year.", NULL, NULL, NULL},
    {"All told, the trust raised more than two million pounds for the pier.", NULL, NULL, NULL},
    /* indirect round 22: a trailing attribution whose speaker has a title
     * written with a period (was: nothing; "Mr." is also a function word) */
    {"The ferry was late again on Monday, Mr. Hale said.", "Mr. Hale", "said", "The ferry was late again on Monday"},
    {"The pier will stay shut until May, Ms. Reis says.", "Ms. Reis", "says", "The pier will stay shut until May"},
    /* indirect round 22: a report of one or two words ending the
     * sentence: "so", "yes", "no", "the same" after "say", a subject
     * pronoun and an auxiliary (was: nothing) */
    {"Tom Hale, the captain of the night ferry, said he would.", "Tom Hale", "said", "he would"},
    {"Last month, 26 percent of ferry users said the same.", "26 percent of ferry users", "said", "the same"},
    /* ... not an object */
    {"Ana Reis, the head of the trust, said nothing.", NULL, NULL, NULL},
    {"The captain of the night ferry said goodbye.", NULL, NULL, NULL},
    /* indirect round 22: a cue whose clause has no subject of its own
     * reports the noun phrase it modifies, from the relative word or the
     * noun's determiner (was: from the auxiliary) */
    {"The trust opened a probe the harbour police said was still running at the start of the month.", "the harbour police",
     "said", "a probe the harbour police said was still running at the start of the month"},
    {"She voted for the ferry cut, which she has often said was an error.", "she", "said",
     "which she has often said was an error"},
    {"The pier fell into what many engineers said was a state of total ruin.", "many engineers", "said",
     "what many engineers said was a state of total ruin"},
    /* indirect round 22: a restrictive "who say" after the main verb
     * (was: nothing); not in the subject, whose clause runs on into the
     * main predicate */
    {"The trust offered fresh ammunition to ferry users who say the pier is a money pit.", "ferry users", "say",
     "the pier is a money pit"},
    {"Almost half have a negative view of the plan, including 18% who say they'd be furious.", "18%", "say",
     "they'd be furious"},
    {"The mayor defended the pier deal against critics who said it only pushed the cost back.", "critics", "said",
     "it only pushed the cost back"},
    {"Voters who say they will back the pier are more likely to live near it.", NULL, NULL, NULL},
    /* indirect round 22: a semicolon before a new clause ends the report
     * (not in brackets) */
    {"Fully six in 10 said they had no wish to use the pier; 46 percent said they never had.", "Fully six in 10",
     "said", "they had no wish to use the pier"},
    {"The trust said sales fell 4% to 789m euros ($1.03bn; £548m) last year.", "The trust", "said",
     "sales fell 4% to 789m euros ($1.03bn; £548m) last year"},
    /* quotes round 24: "a sharp reply from X": X speaks, with a noun of
     * something said before "from"; not a role ("a spokesman from …") */
    {"The vote prompted an angry response from the town's mayor, who said \"the count was rushed.\"",
     "the town's mayor", "said", "\"the count was rushed.\""},
    {"The closure brought a stern rebuke from Ana Reis, who said the trust had \"broken every promise.\"", "Ana Reis",
     "said", "the trust had \"broken every promise.\""},
    {"A spokesman from the ferry company, who asked to stay unnamed, said \"the boats will sail.\"",
     "A spokesman from the ferry company", "said", "\"the boats will sail.\""},
    /* quotes round 24: a day after the cue is no inverted speaker */
    {"\"The pier will close,\" Tom Hale, the harbour master, said Sunday. \"It is not safe for anyone.\"", "Tom Hale",
     "said", "\"The pier will close,\" Tom Hale, the harbour master, said Sunday. \"It is not safe for anyone.\""},
    {"\"Is the mayor going to close the pier? If not, he ought to quit!\" the harbour master, Tom Hale, "
     "tweeted Sunday.",
     "Tom Hale", "tweeted", "\"Is the mayor going to close the pier? If not, he ought to quit!\""},
    /* indirect round 23: a dash ends a plain report; not a pair of dashes
     * around an aside, nor before "including"/"only"/"especially" */
    {"Tom Hale said the ferry would stop running in May - a blow to the island's shops.", "Tom Hale", "said",
     "the ferry would stop running in May"},
    {"Ana Reis said the harbour fees \u2014 raised twice last year \u2014 would fall again.", "Ana Reis", "said",
     "the harbour fees \u2014 raised twice last year \u2014 would fall again"},
    {"Tom Hale said three more towns would lose their ferries \u2014 including Kelmouth.", "Tom Hale", "said",
     "three more towns would lose their ferries \u2014 including Kelmouth"},
    /* indirect round 23: ", while" with a clause and ", compared with" end
     * a plain report; not an aside between commas */
    {"Just 31 percent of riders said they liked the new timetable, compared with 40 percent in May.",
     "Just 31 percent of riders", "said", "they liked the new timetable"},
    {"Tom Hale said the pier would pay for itself, while the council expects a loss.", "Tom Hale", "said",
     "the pier would pay for itself"},
    {"Ana Reis said the new pier, while costly, would bring more visitors to Kelmouth.", "Ana Reis", "said",
     "the new pier, while costly, would bring more visitors to Kelmouth"},
    /* indirect round 23: ", but he …", ", and there was …", ", but the …
     * was" (a new clause of the writer's) end a plain report */
    {"Tom Hale said the pier would close next year, but he gave no date.", "Tom Hale", "said",
     "the pier would close next year"},
    {"Ana Reis said the ferry trust would raise its fares, but the increase was smaller than feared.", "Ana Reis",
     "said", "the ferry trust would raise its fares"},
    /* indirect round 23: a pair of dashes right after a short subject */
    {"Tom Hale said the trust - where he worked for 30 years - had broken its word.", "Tom Hale", "said",
     "the trust - where he worked for 30 years - had broken its word"},
    /* quotes round 25: a show's name in quotation marks in a lead-in
     * adjunct is no quotation; the quotation after the cue is reported */
    {"On Sunday on the station’s “Harbour Hour with Ana Reis,” Speaker Tom Hale said “the ferry fares will not "
     "rise this year.”",
     "Speaker Tom Hale", "said", "“the ferry fares will not rise this year.”"},
    {"On “Kelmouth Live,” Tom Hale said “the pier will reopen in May.”", "Tom Hale", "said",
     "“the pier will reopen in May.”"},
    {"On “Kelmouth Live,” Tom Hale said, “The pier will reopen in May.”", "Tom Hale", "said",
     "“The pier will reopen in May.”"},
    /* quotes round 25: a relative "that" after a plain noun is no content
     * clause; a noun that takes one still reports */
    {"The 1978 race that Tom Hale lost was close, and the “harbour” vote split the town.", NULL, NULL, NULL},
    {"One item that the council has kept “temporary” for years is the harbour levy.", NULL, NULL, NULL},
    {"Ana Reis repeated her claim that the levy was “fair to all.”", "Ana Reis", "repeated",
     "that the levy was “fair to all.”"},
    /* quotes round 25: a short headline "Name: …" quoting in single marks
     * only: mixed when the content opens with the mark, else indirect;
     * none under a column's label or with double marks among its words */
    {"Tom Hale: ‘No Plan’ To Sell The Pier Before May.", "Tom Hale", "", "‘No Plan’ To Sell The Pier Before May"},
    {"Tom Hale: The Trust’s ‘Reckless Plan’ Would Sink The Pier.", "Tom Hale", "",
     "The Trust’s ‘Reckless Plan’ Would Sink The Pier"},
    {"The Latest: Tom Hale Defends ‘Kelmouth Values.’", NULL, NULL, NULL},
    {"Tom Hale: \"No Plan\" To Sell The Pier Before May.", NULL, NULL, NULL},
    /* indirect round 24: "according to" a count of a group, or two
     * modifiers joined before the plural source */
    {"Tom Hale, the mayor of Kelmouth, will sell his boat next month, according to one of his harbour aides.",
     "one of his harbour aides", "according to", "Tom Hale, the mayor of Kelmouth, will sell his boat next month"},
    {"Ana Reis won the harbour ward by nine votes, according to complete but unofficial returns.",
     "complete but unofficial returns", "according to", "Ana Reis won the harbour ward by nine votes"},
    /* indirect round 24: a four-word sentence */
    {"They said she could.", "They", "said", "she could"},
    /* indirect round 24: findings with no attribution read: a poll's,
     * a record's, a document's (findings_report) */
    {"Exit polling showed that Ana Reis won most of the harbour wards.", "Exit polling", "showed",
     "that Ana Reis won most of the harbour wards"},
    {"New filings show the trust has barely enough cash to run the ferry until May.", "New filings", "show",
     "the trust has barely enough cash to run the ferry until May"},
    {"Tom Hale is the favourite, with polls showing Ana Reis falling behind in the port towns.", "polls",
     "showing", "Ana Reis falling behind in the port towns"},
    {"A review by the Kelmouth Gazette shows most of the ferry's trips were half empty.",
     "A review by the Kelmouth Gazette", "shows", "most of the ferry's trips were half empty"},
    /* ... not a figure in a record, nor a thing found */
    {"The annual report shows a loss of 3 million pounds for the ferry trust.", NULL, NULL, NULL},
    {"Tom Hale found his keys in the car after an hour.", NULL, NULL, NULL},
    {"If the survey shows the pier is safe, the ferry will stop there again.", NULL, NULL, NULL},
    /* indirect round 24: "found that" whoever found; a trailing
     * ", records show." */
    {"After an inquiry, the Kelmouth council found that the ferry trust was overcharging its riders.",
     "the Kelmouth council", "found", "that the ferry trust was overcharging its riders"},
    {"The old ferry was sold for a fraction of its price last spring, records show.", "records", "show",
     "The old ferry was sold for a fraction of its price last spring"},
    /* indirect round 24: an opening subordinator is no part of the
     * speaker ("Although", "Even though"): the report ends at the main
     * clause */
    {"Although riders said they liked the ferry, the trust closed it.", "riders", "said", "they liked the ferry"},
    {"Even though a number of riders said they liked the ferry, the trust closed it.", "a number of riders", "said",
     "they liked the ferry"},
    /* indirect round 24: a bare "say" agrees with a plural before a
     * phrase that ends in a singular ("sources close to the trust") */
    {"Instead, sources close to the trust say she wants the pier rebuilt before the summer.",
     "sources close to the trust", "say", "she wants the pier rebuilt before the summer"},
    {"But protest organizers in Kelmouth say that the new fences will only anger the fishermen.",
     "protest organizers in Kelmouth", "say", "that the new fences will only anger the fishermen"},
    /* indirect round 24: "suggest"/"indicate" after a study or data,
     * before a clause (extract_speakers.c reads "research suggests" as
     * two nouns) */
    {"But Tom Hale's research suggests ferry users would pay more for a faster crossing.", "Tom Hale's research",
     "suggests", "ferry users would pay more for a faster crossing"},
    {"Surveys of riders in March indicated that most of them wanted a later last boat.",
     "Surveys of riders in March", "indicated", "that most of them wanted a later last boat"},
    /* indirect round 24: "polls showing A" as the sentence's subject is
     * no finding of the sentence */
    {"Fresh surveys showing the harbour trust in debt did little to change the vote.", NULL,
     NULL, NULL},
    /* indirect round 24: "And, according to X, content" (was: "And") */
    {"And, according to the poll, most Kelmouth voters want the old pier back.", "the poll", "according to",
     "most Kelmouth voters want the old pier back"},
    /* indirect round 25: a cue spelled like a plural noun is no cue
     * ("states" after a count or before a comma; "remarks" after "In
     * his opening"): the next cue is read */
    {"In his opening remarks, Tom Hale said he was the right man for the harbour board.", "Tom Hale", "said",
     "he was the right man for the harbour board"},
    {"In each of the five coastal states, about half of riders say they want a later ferry.",
     "about half of riders", "say", "they want a later ferry"},
    {"The charter states that the ferry must run every day of the year.", "The charter", "states",
     "that the ferry must run every day of the year"},
    /* indirect round 25: "Content, said X, APPOSITIVE" with a relative
     * clause, a possessive name or a place in the appositive (was:
     * nothing) */
    {"The ferry will not run on Sundays this winter, said Ana Reis, a harbour pilot who has sailed the route for years.",
     "Ana Reis", "said", "The ferry will not run on Sundays this winter"},
    {"Fares will rise again in the spring, said Tom Hale, the head of the Kelmouth Trust, which runs the ferry.",
     "Tom Hale", "said", "Fares will rise again in the spring"},
    {"The pier is safe for now, said Ana Reis, the Gazette's harbour reporter.", "Ana Reis", "said",
     "The pier is safe for now"},
    /* ... not a clause of the writer's after the speaker */
    {"The pier is safe for now, said Ana Reis, and the trust agreed to open it.", NULL, NULL, NULL},
    /* indirect round 25: after a lead-in and a comma, a cue that is no
     * verb of plain statement reports what follows it, "to …" and "for
     * …" included (was: the lead-in as content) */
    {"In a letter to the council, the trust promised to keep the ferry running all winter.", "the trust",
     "promised", "to keep the ferry running all winter"},
    {"Though the harbour was closed for a week, Ana Reis vowed to reopen the pier by May.", "Ana Reis", "vowed",
     "to reopen the pier by May"},
    /* ... a verb of plain statement keeps its trailing reading */
    {"The pier will close in May, Tom Hale said in a talk to the pilots.", "Tom Hale", "said",
     "The pier will close in May"},
    /* indirect round 25: findings: a phrase over a glued slash, a time
     * after the head, a trailing name, a clause after a name with no
     * "that" */
    {"A Gazette/Courier poll in December found that most riders want a later ferry.",
     "A Gazette/Courier poll in December", "found", "that most riders want a later ferry"},
    {"Most riders want a later ferry, a new Gazette/Courier poll finds.", "a new Gazette/Courier poll", "finds",
     "Most riders want a later ferry"},
    {"A Kelmouth University poll this month found Hale about even with Reis in the port wards.",
     "A Kelmouth University poll this month", "found", "Hale about even with Reis in the port wards"},
    {"Most riders want a later ferry, the Kelmouth Institute found.", "the Kelmouth Institute", "found",
     "Most riders want a later ferry"},
    {"Gallup finds most riders have given up on the ferry.", "Gallup", "finds",
     "most riders have given up on the ferry"},
    /* ... not a thing a person found */
    {"He found shelter in Dover and never came back to Kelmouth.", NULL, NULL, NULL},
    /* indirect round 25: a subject before an aside between dashes, and
     * "these people said" set off by commas (was: no report) */
    {"Riders — and some traders — say that the fares are too high.", "Riders", "say", "that the fares are too high"},
    {"Several pilots at the harbour — including Tom Hale — said the pier was unsafe.",
     "Several pilots at the harbour", "said", "the pier was unsafe"},
    {"Ana Reis, these pilots said, was ready to look at new ways to pay for the pier.", "these pilots", "said",
     "Ana Reis, these pilots said, was ready to look at new ways to pay for the pier"},
    /* speed round 21: findings_report's walk reads a token's first four
     * bytes, or the text's last four near its end: a finding verb as
     * the text's last bytes */
    {"The old ferry was sold for a fraction of its price last spring, records show", "records", "show",
     "The old ferry was sold for a fraction of its price last spring"},
    /* quotes round 26: a sentence adverb set off by commas between a
     * described subject and its cue (was: no speaker) */
    {"Supporters of the new pier, however, say it would keep the harbour open all winter.",
     "Supporters of the new pier", "say", "it would keep the harbour open all winter"},
    {"The two councillors, for their part, argue that the pier cannot be saved.", "The two councillors", "argue",
     "that the pier cannot be saved"},
    /* ... not a lone preposition, nor an inverted cue after the aside */
    {"The ferry will not sail, however, said Tom Hale.", "Tom Hale", "said", "The ferry will not sail, however"},
    /* quotes round 26: a state after a town, set off by commas before the
     * cue, is no speaker: the subject before the aside (was: "Delaware") */
    {"Ana Reis, speaking at a meeting in Dover, Delaware, said the pier would close in May.", "Ana Reis", "said",
     "the pier would close in May"},
    {"Kelmouth Ferries Inc, which is based in Dover, Delaware, said it would sell two ferries.",
     "Kelmouth Ferries Inc", "said",
     "it would sell two ferries"},
    /* ... and a noun before the town's preposition, with no aside */
    {"Tom Hale changed his plans after a fisherman in Dover, Delaware, told him the pier was unsafe.",
     "a fisherman", "told", "the pier was unsafe"},
    /* quotes round 26: the no-cue "that" reading after "made it clear"
     * and "it is clear": the neuter pronoun is no speaker */
    {"At the meeting, Ana Reis made it clear that she has “grave doubts” about the pier.", "Ana Reis", "",
     "that she has “grave doubts” about the pier"},
    {"It is clear that the pier has “serious problems” this year.", "", "", "that the pier has “serious problems” this year"},
    /* quotes round 26: "As reported by X, …": X speaks, the content is
     * after the comma (was: "As" and the content from "by") */
    {"As reported by the Kelmouth Post, the harbour trust spent “far too much” on the pier.", "the Kelmouth Post",
     "reported", "the harbour trust spent “far too much” on the pier"},
    {"But as first reported in the Kelmouth Post on Monday, the trust has sold the ferry.", "the Kelmouth Post",
     "reported", "the trust has sold the ferry"},
    /* quotes round 26: the object of a participle's preposition before
     * the cue is no speaker (was: "Kelmouth Radio") */
    {"Another harbour official speaking to Kelmouth Radio said, “The pier is unsafe.”", "Another harbour official",
     "said", "“The pier is unsafe.”"},
    {"The trust met after two fishermen speaking to Kelmouth Radio said the pier was unsafe.", "two fishermen", "said",
     "the pier was unsafe"},
    /* a column's label before a headline's colon is no speaker; a poll is */
    {"Profile: Tom Hale Runs The Pier", NULL, NULL, NULL},
    {"The Latest: Ana Reis tells voters she will stay.", "Ana Reis", "tells", "she will stay"},
    {"Poll: Reis Leads Hale In Kelmouth", "Poll", "", "Reis Leads Hale In Kelmouth"},
    {"Contributing: Ana Reis and Tom Hale, Kelmouth Post", NULL, NULL, NULL},
    /* a participle of telling or blaming with no object is a passive: its
     * subject is told or accused, no speaker; with its object before it
     * the verb is active */
    {"Hale told to quit the pier board", NULL, NULL, NULL},
    {"Kelmco accused of hiding its losses", NULL, NULL, NULL},
    {"Kelmouth denied by late Tarnby goal", NULL, NULL, NULL},
    {"Tom Hale said by phone that the pier would close.", "Tom Hale", "said", "that the pier would close"},
    {"The woman accused of driving onto the pier told police she was tired.", "The woman", "told", "she was tired"},
    {"Kelmouth freed Tom Hale, a trader accused of fraud, but the bank insisted the deal was separate.", "the bank",
     "insisted", "the deal was separate"},
    {"Tom Hale met the trustee whom he has accused of selling the pier.", "he", "accused", "selling the pier"},
    /* quotes round 27: after the last quotation, "but did not say …",
     * "and he didn’t …" and "and his office has …" are the narrator's next
     * predicate (was: content to the sentence's end); a negated verb that
     * is not one of speaking, or a possessive not right after the mark,
     * goes on with what was said */
    {"Tom Hale said the harbour board needs “a new chairman” soon but did not say who it should be.", "Tom Hale",
     "said", "the harbour board needs “a new chairman” soon"},
    {"Tom Hale praised the crew, calling Ana Reis a “good neighbour” and he didn’t name the harbour master.",
     "Tom Hale", "calling", "Ana Reis a “good neighbour”"},
    {"The mayor called the levy “unfair,” and his office has made an effort to scrap it.", "The mayor", "called",
     "the levy “unfair,”"},
    {"The trust said the levy was “unfair” and did not follow the rules.", "The trust", "said",
     "the levy was “unfair” and did not follow the rules"},
    {"Ana Reis said it was “a mistake” that Tom Hale and his crew missed the ferry.", "Ana Reis", "said",
     "it was “a mistake” that Tom Hale and his crew missed the ferry"},
    /* quotes round 27: a group opening the sentence is the subject of a
     * participle, not the place or the name after a preposition that
     * the name search settled for (was: "Kelmouth", "London") */
    {"Dozens of fishermen marched in Kelmouth on Monday, saying the pier was unsafe.", "Dozens of fishermen",
     "saying", "the pier was unsafe"},
    {"Most London traders reacted with caution to the vote, saying the market would fall.", "Most London traders",
     "saying", "the market would fall"},
    {"A group of Kelmouth fishermen opposed the levy in Dover, saying “it will cut our catch.”",
     "A group of Kelmouth fishermen", "saying", "“it will cut our catch.”"},
    /* quotes round 27: an occasion right before a participle is the
     * verb's object; its subject speaks (was: "her speech", "a Dover rally") */
    {"Ana Reis opened her speech saying the pier was “a disgrace.”", "Ana Reis", "saying",
     "the pier was “a disgrace.”"},
    {"On Monday the harbour master opened a Dover rally blasting the levy as “theft.”", "the harbour master",
     "blasting", "the levy as “theft.”"},
    /* quotes round 27: a name in the possessive opening a description
     * before a participle (was: "Tom Hale's") */
    {"Tom Hale's closest aide defended the levy, saying it was “fair.”", "Tom Hale's closest aide", "saying",
     "it was “fair.”"},
    /* indirect round 26: an adjunct the round-10 reading left in before
     * "that" (a preposition of time or manner, or one over an
     * apostrophe): the content starts at "that" */
    {"Tom Hale said during his talk at the pier on Tuesday that the ferry would run all winter.", "Tom Hale", "said",
     "that the ferry would run all winter"},
    {"Ana Reis claimed without any evidence that the trust had sold two boats.", "Ana Reis", "claimed",
     "that the trust had sold two boats"},
    {"Tom Hale complained to the Kelmouth Gazette’s harbour reporter that the fares were too high.", "Tom Hale",
     "complained", "that the fares were too high"},
    /* ... not a relative "that" after a long phrase ("for a ban … that
     * …"), nor a "that" with a verb after it */
    {"Ana Reis called for a ban on night sailings from the old pier because of the concerns that pilots raised.",
     "Ana Reis", "called", "a ban on night sailings from the old pier because of the concerns that pilots raised"},
    /* indirect round 26: a subordinator further into the sentence or
     * after a lead-in: the report ends at the clause's comma before the
     * main clause's subject (was: it ran on to the end) */
    {"Years after Tom Hale claimed that the pier was safe, the trust closed it for good.", "Tom Hale", "claimed",
     "that the pier was safe"},
    {"However, while the board says the ferry runs on time, the riders are not convinced.", "the board", "says",
     "the ferry runs on time"},
    /* indirect round 26: a relative clause whose subject gap follows its
     * cue: the report starts at the relative word, speaker and cue inside
     * it (was: nothing, or the report from the verb after the cue) */
    {"The trust will bring in new rules, which officials said will take effect in May.", "officials", "said",
     "which officials said will take effect in May"},
    {"The new rules, which officials said will take effect in May, will not apply to night ferries.", "officials",
     "said", "which officials said will take effect in May"},
    {"Most of the delay came from the closure of the old pier, which pilots say left the harbour without a ferry.",
     "pilots", "say", "which pilots say left the harbour without a ferry"},
    /* ... not when the clause after the cue has a subject of its own */
    {"The ferry stopped at the old pier, which Tom Hale said the trust had sold.", "Tom Hale", "said",
     "the trust had sold"},
    /* ... the clause set off by commas ends before the main verb */
    {"Tom Hale, whom Ana Reis once said deserved the post, resigned from the board in May.", "Ana Reis", "said",
     "whom Ana Reis once said deserved the post"},
    /* ... no cue spelled like a plural noun ("claims") */
    {"He expected that his total claims would be lower than last year.", NULL, NULL, NULL},
    /* indirect round 26: "that" right after the adjunct's preposition is
     * a determiner: the adjunct stays */
    {"Reis said during that time the trust will pay the pilots.", "Reis", "said",
     "during that time the trust will pay the pilots"},
    /* indirect round 26: "asked" with the one asked first: the question
     * starts at its "if", "whether" or wh-word (was: at the one asked) */
    {"Tom Hale asked the pilots if they would sail on Sunday.", "Tom Hale", "asked", "if they would sail on Sunday"},
    {"Ana Reis asked him what the trust would do with the pier.", "Ana Reis", "asked",
     "what the trust would do with the pier"},
    /* ... not "asked X to …" */
    {"Tom Hale asked reporters to leave the pier.", "Tom Hale", "asked", "reporters to leave the pier"},
    {"The harbour police asked anyone who saw the boat to call the station.", "The harbour police", "asked",
     "anyone who saw the boat to call the station"},
    /* indirect round 26: a preposition that opens a cue's content is the
     * cue's: the report starts after it (was: at it) */
    {"Tom Hale called for a ban on night sailings from the old pier.", "Tom Hale", "called",
     "a ban on night sailings from the old pier"},
    {"Ana Reis warned against the new fees for the harbour pilots.", "Ana Reis", "warned",
     "the new fees for the harbour pilots"},
    /* ... not after a verb of plain statement, nor before a time */
    {"Tom Hale wrote about the pier in his column for the Gazette.", "Tom Hale", "wrote",
     "about the pier in his column for the Gazette"},
    {"The trust called on Tuesday for a ban on night sailings.", "The trust", "called",
     "on Tuesday for a ban on night sailings"},
    /* speed round 22: report_scan walks once for report_unread_subject
     * and findings_report; the unread subject comes first wherever the
     * finding's verb is, and a "say" that stops its walk lets a later
     * finding be read */
    {"The harbour figures show, these pilots said, that the pier lost money in the spring.", "these pilots", "said",
     "The harbour figures show, these pilots said, that the pier lost money in the spring"},
    {"Ana Reis, these pilots said, was ready to show the trust new ways to pay for the pier.", "these pilots", "said",
     "Ana Reis, these pilots said, was ready to show the trust new ways to pay for the pier"},
    {"Riders — and some traders — say that new surveys show the fares are too high.", "Riders", "say",
     "that new surveys show the fares are too high"},
    {"At the harbour — say, in the spring — new surveys show that the fares are too high.", "new surveys", "show",
     "that the fares are too high"},
    /* speed round 22: is_cue_tok keeps the cue filter's "no" in the
     * token (LXF_NOCUE) for the scans that ask it again; the words it
     * rules out stay no cue, and the cues after them are found */
    {"The pilots, who had sailed the route for years, said the pier was unsafe, and the trust said it would look "
     "again.",
     "The pilots", "said", "the pier was unsafe"},
};

static void check_wire(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof wcases / sizeof wcases[0]; i++) {
        const wcase *c = &wcases[i];
        extraction ex;
        arena_reset(&a);
        CHECK(extract_article(c->text, strlen(c->text), &a, &ex) == 0);
        if (!c->speaker) {
            CHECK_MSG(ex.n_quotes == 0, "wire case %zu: %u quotes, want none", i, ex.n_quotes);
            continue;
        }
        if (ex.n_quotes < 1) {
            CHECK_MSG(0, "wire case %zu: no quote", i);
            continue;
        }
        const quote *q = &ex.quotes[0];
        char got[512];
        snprintf(got, sizeof got, "%.*s", q->speaker_start >= 0 ? (int)(q->speaker_end - q->speaker_start) : 0,
                 q->speaker_start >= 0 ? c->text + q->speaker_start : "");
        CHECK_MSG(strcmp(got, c->speaker) == 0, "wire case %zu: speaker \"%s\", want \"%s\"", i, got, c->speaker);
        snprintf(got, sizeof got, "%.*s", q->cue_start >= 0 ? (int)(q->cue_end - q->cue_start) : 0,
                 q->cue_start >= 0 ? c->text + q->cue_start : "");
        CHECK_MSG(strcmp(got, c->cue) == 0, "wire case %zu: cue \"%s\", want \"%s\"", i, got, c->cue);
        snprintf(got, sizeof got, "%.*s", (int)(q->end - q->start), c->text + q->start);
        CHECK_MSG(strcmp(got, c->content) == 0, "wire case %zu: content \"%s\", want \"%s\"", i, got, c->content);
    }
    arena_free(&a);
}

int main(void)
{
    check_quotes();
    check_said();
    check_two();
    check_coord();
    check_wire();
    check_entities();
    check_no_entity();
    check_mention_counts();
    check_same_person();
    check_bounds();
    check_dense();
    check_segments();
    TEST_END();
}
