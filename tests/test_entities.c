/* Table-driven tests of entity chunking and typing (indexer/extract_entities.c,
 * find_entities) on sentences written for these tests: title-case
 * headlines cut at their function words, multi-word titles and roles,
 * "and" inside organisation names, and runs that are no person. */
#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "extract.h"
#include "test.h"

typedef struct {
    const char *text;
    const char *want; /* every entity of the text, "name/kind" joined by ";" in order */
} ecase;

static const ecase cases[] = {
    /* title-case text: the run ends at a capitalised auxiliary, adverb,
     * article or preposition; participles and adverbs open no name */
    {"Marta Kowalczyk Is Now Calling Ilse Brandt", "Marta Kowalczyk/person;Ilse Brandt/person"},
    {"Marta Kowalczyk Just Nominated A Judge To The Harbour Board", "Marta Kowalczyk/person;Harbour Board/org"},
    {"Ilse Brandt And Marta Kowalczyk Are Actually Fighting About Tomas Varga",
     "Ilse Brandt/person;Marta Kowalczyk/person;Tomas Varga/person"},
    {"Is Tomas Varga Running For The Senate?", "Tomas Varga/person;Senate/org"},
    /* "A" after a given name is an initial, not an article */
    {"Robert A Lund spoke first.", "Robert A Lund/person"},
    /* multi-word titles and roles without a name */
    {"Chancellor of the Exchequer Tomas Varga said rates would fall.", "Tomas Varga/person"},
    {"The Finance Minister met Treasurer Ana Ruiz on Monday.", "Ana Ruiz/person"},
    {"Agriculture Secretary Jon Piet wrote to the Secretary of State.", "Jon Piet/person"},
    {"U.S. Trade Representative Jon Piet said so.", "Jon Piet/person"},
    /* "and" inside a listed organisation, a company's "and Co", and
     * "X and Y" before an organisation word */
    {"The Securities and Exchange Commission and the Food and Drug Administration agreed.",
     "Securities and Exchange Commission/org;Food and Drug Administration/org"},
    {"Tarn Mining and Co Inc said profits rose.", "Tarn Mining and Co Inc/org"},
    {"Ruritania Savings and Loan Association failed.", "Ruritania Savings and Loan Association/org"},
    {"Yesterday Reagan and the Senate Committee met.", "Reagan/person;Senate Committee/org"},
    /* a listed company's possessive stays in its name */
    {"Moody's Investors Service Inc cut the rating.", "Moody's Investors Service Inc/org"},
    /* generic organisation words and plural roles name nothing */
    {"Rates held, and the Bank's committee told MPs so.", ""},
    {"Labour MPs and U.S. Officials met at Lake Ontario.", "Lake Ontario/place"},
    /* a place or nationality opens no person's name */
    {"The U.S. Dollar fell, London-based dealers said.", "U.S./place"}, /* round 14 (ents): a capitalised common noun */
    /* "X of Place" after a person's name */
    {"Sen. Ana Ruiz of Vermont said no.", "Ana Ruiz/person;Vermont/place"},
    /* agreements, events and party groups */
    {"The International Cocoa Agreement lapsed as Senate Republican leaders met.",
     "International Cocoa Agreement/other;Senate Republican/other"},
    /* headings: words in capitals, date stamps */
    {"Trade fell.\n\nREUTER", ""}, /* round 14 (ents): a sign-off names nothing */
    {"Shares rose in MAY7 trading.", ""},
    {"The MILLIONS were lost.", ""},
    /* round 11: a name ends at a sentence end even after a word that is
     * also an abbreviation ("Penn.", "Corp."); titles, initials and
     * "U.S." still lead on, and a comma before a state keeps it */
    {"The film starred Tomas Penn. Penn said he liked it.", "Tomas Penn/person"},
    {"He sold Tarn Mining Corp. Dealers were calm.", "Tarn Mining Corp/org"},
    {"He lives in Sacramento, Calif. Mayor Jon Piet said no.", "Sacramento/place;Calif./place;Jon Piet/person"},
    {"Lt. Gen. Jon R. Piet and U.S. Sen. Ana Ruiz spoke.", "Jon R. Piet/person;Ana Ruiz/person"},
    {"It was sold in the U.S. John Kowalczyk said so.", "U.S./place;John Kowalczyk/person"},
    /* an inflected cue verb opening a sentence is no part of a name */
    {"Said Tomas Varga, the mayor: it was fine.", "Tomas Varga/person"},
    {"Asked Ilse Brandt about it, he said no.", "Ilse Brandt/person"},
    /* "for" in a run makes an organisation, but not before a person */
    {"Money went to Kowalczyk for Ruritania, the campaign.", "Kowalczyk for Ruritania/org"},
    {"Strategists for John Piet met.", "John Piet/person"},
    /* a company's own last word outweighs a given name; "X of Company" */
    {"Gordon Tarn Capital Corp bought Tarn Laboratories Inc on Monday.",
     "Gordon Tarn Capital Corp/org;Tarn Laboratories Inc/org"},
    {"John Lee of Tarn Securities Inc said so.", "John Lee/person;Tarn Securities Inc/org"},
    /* a company's first word alone names it later in the article */
    {"Tarnby Aviation Inc rose. Shares fell and Tarnby said it would sell.", "Tarnby Aviation Inc/org"},
    {"R.J. Kowal Group Inc rose. Later, Kowal said no.", "R.J. Kowal Group Inc/org"},
    {"Kowal Tarnby Corp fell and Kowal Tarnby said so.", "Kowal Tarnby Corp/org"},
    /* hyphenated compounds: an adjective, or two persons of the article */
    {"John Piet and Mary Ruiz met. The Piet-era rules and the Piet-Ruiz feud.",
     "John Piet/person;Mary Ruiz/person;Piet-Ruiz/other"},
    /* titles of works after their noun; prepositions and headline verbs */
    {"Critics liked the comedy Tarnside and the band Ilse Brandt.", "Tarnside/other;Ilse Brandt/other"},
    {"Given Kowalczyk's record, it was odd.", "Kowalczyk/person"},
    {"How John Piet Hid It", "John Piet/person"},
    /* an organisation word opens no two-word person */
    {"She spoke before the House Tarnside committee.", "House Tarnside/other"},
    /* round 12: time words, quantifiers, reflexives and more headline verbs
     * break title-case runs; plural days are no one */
    {"Later Piet said the plan was good.", "Piet/person"},
    {"Marta Kowalczyk Claims Ilse Brandt Most Qualified", "Marta Kowalczyk/person;Ilse Brandt/person"},
    {"John Piet Wears It", "John Piet/person"},
    {"John Piet Defends Himself", "John Piet/person"},
    {"The ferry runs on Fridays and Sundays.", "Fridays/other;Sundays/other"},
    /* a capitalised word after "the" that names no person of the article */
    {"He told the Clarion that the Piet plan was dead and the Clarion is sold.", "Clarion/other;Piet/person"},
    {"Ana Ruiz wrote to the Clarion. Ruiz said the Clarion agreed.", "Ana Ruiz/person;Clarion/other"},
    {"Ana Ruiz met the Ruiz family.", "Ana Ruiz/person"},
    {"He read it in the EC report and in the EC.", "EC/org"},
    {"They met in The Hague, and the Confederation of Ruritanian Industry agreed.",
     "Hague/place;Confederation of Ruritanian Industry/org"},
    /* an organisation word misspelt by the source is no surname */
    {"The Piet Administratian said so, and the Piet Adminstration agreed.",
     "Piet Administratian/org;Piet Adminstration/org"},
    {"The Tarn Departments disagreed.", "Tarn Departments/org"},
    /* a given name and a surname, "of", and where the person works */
    {"John Kowal of Tarn Barnaby said prices fell. Kowal added more.", "John Kowal/person;Tarn Barnaby/org"},
    {"Tarnby Clarion of Ruritania waved.", "Tarnby Clarion of Ruritania/other"},
    /* an organisation word before a connector anywhere in the run */
    {"The Tarnside Board of Trade and the Royal Bank of Ruritania met.",
     "Tarnside Board of Trade/org;Royal Bank of Ruritania/org"},
    /* plural acronyms, "-based" adjectives and "-men" plurals name no one */
    {"The PACs and the MEPs met Congressmen at a New Tarnby-based firm.", ""},
    /* "First" opens a bank's or a company's name */
    {"First Tarnby Corp and the First National Bank of Ruritania rose. First, Tarnby said so.",
     "First Tarnby Corp/org;First National Bank of Ruritania/org"},
    /* a lone initial with its period names no one */
    {"As Mr P. said, Investors in Phillips and Drew met in the Persian Gulf.",
     "Phillips and Drew/org;Persian Gulf/place"},
    /* listed lone words and state abbreviations */
    {"He lives in Olympia, Wash., and the General Election was on December Four.",
     "Olympia/place;Wash./place;Election/other"},
    {"Others agreed: Let's hope, said Ana Ruiz.", "Ana Ruiz/person"},
    /* a role noun before a given name is stripped like a title */
    {"FBI Director James Kowal said it. Kowal left.", "James Kowal/person"},
    /* round 14 (extract_names.c, extract_org_names): a company's '&'
     * stays in its name; a company named by a possessive keeps it, other
     * possessives do not */
    {"Tarn & Vale Ltd said profits rose.", "Tarn & Vale Ltd/org"},
    {"The bonds were rated by Standard and Poor's and by Moody's.", "Standard and Poor's/org;Moody's/org"},
    {"The Fed's decision surprised Moody's.", "Fed/org;Moody's/org"},
    /* partners' names between commas open the firm's name */
    {"Shares were bought by Ostby, Lindqvist and Co for clients.", "Ostby, Lindqvist and Co/org"},
    {"The sale was run by Nordvik, Ostby, Lindqvist and Co in Oslo.", "Nordvik, Ostby, Lindqvist and Co/org;Oslo/place"},
    /* but not a sentence adverb, nor a list of companies */
    {"Separately, Ostby and Lindqvist Inc said so.", "Ostby and Lindqvist Inc/org"},
    {"Buyers were Vale Corp, Ostby and Co and Tarn Mining Inc.", "Vale Corp/org;Ostby and Co/org;Tarn Mining Inc/org"},
    /* titles of shows: a capitalised word, "the" or "of the", a word */
    {"She told CBS's Face the Nation on Sunday that she would run.", "CBS/org;Face the Nation/other"},
    {"Trade figures came from the Bureau of the Census on Friday.", "Bureau of the Census/other"},
    /* not after a place, nor an organisation */
    {"In London the Treasury said so.", "London/place;Treasury/org"},
    /* "Treasury" naming bonds is no organisation, unless it also names one */
    {"Yields on Treasury bills fell.", ""},
    {"Treasury bills fell, and the Treasury said it would sell more.", "Treasury/org"},
    /* a ticker symbol names no organisation of its own; a bracketed name does */
    {"Tarn Mining Corp <TMC.N> said it would sell.", "Tarn Mining Corp/org"},
    {"Trading began on the <Tarnby Stock Exchange> today.", "Tarnby Stock Exchange/org"},
    /* round 15 (ents15): a hyphenated title is stripped like a title, with
     * the organisation before it (no organisation named Vice-Chairman
     * Jon Piet); initials before a given name and a surname are apart */
    {"Tarnside Reserve Board Vice-Chairman Jon Piet said so.", "Jon Piet/person"},
    {"Tarnside Reserve Board Vice Chairman Jon Piet said so.", "Jon Piet/person"},
    {"The envoy to GATT Michael Varga said no.", "GATT/org;Michael Varga/person"},
    {"Radio DJ Jon Piet and MEP Ana Ruiz sang.", "Jon Piet/person;Ana Ruiz/person"},
    /* a hyphenated title alone names no one; after "of State for …" the
     * name is the given name's */
    {"The Vice-Chairman said so.", ""},
    {"Under-Secretary of State for Economic Affairs Jon Piet spoke.", "Jon Piet/person"},
    /* a capital inside a word after a lower-case letter: a company or a
     * product, but not a surname's prefix, and its two-word spelling in
     * the article is the company too */
    {"Sales at ZapCo rose, and ZapCo said it would grow.", "ZapCo/org"},
    {"Ana McTarn, Jon DeVries and John LaRue met.", "Ana McTarn/person;Jon DeVries/person;John LaRue/person"},
    {"Ad sales lift Zap Vision profit\n\nProfits at ZapVision rose, Zap Vision said.", "Zap Vision/org;ZapVision/org"},
    /* initials of three or four letters open no person's name; "Upper",
     * "Lower", "Fort" open a place's */
    {"Bankers at TRK Amro said so, and traders in Upper Tarnside agreed.", "TRK Amro/org;Upper Tarnside/place"},
    {"He flew from Oxford to Fort Tarnby, and Medicare paid.", "Oxford/place;Fort Tarnby/place;Medicare/other"},
    /* places paired by a hyphen; "Cie" names nothing alone; common words
     * written with a capital before a lower-case word modify it */
    {"The Iran-Chile war hurt trade; Cie said the third Test match and Euro zone rates fell.",
     "Iran-Chile/other"},
    {"The plant is in Columbus, Ind. Financial terms were not given.", "Columbus/place;Ind./place"},
    /* a compound adjective opening a run is no part of the name */
    {"The Vale-led Tarnside Harbour Board met the Ruritanian-backed Tarn Party.",
     "Tarnside Harbour Board/org;Tarn Party/org"},
    /* a tentative surname named later with a company's suffix */
    {"Sales at Tarnby rose. Later Tarnby Aviation Inc said so.", "Tarnby/org;Tarnby Aviation Inc/org"},
    /* a plural's possessive goes on with a name */
    {"The Women's Courier and the National People's Congress met, as did the People's Choice Awards.",
     "Women's Courier/org;National People's Congress/org;People's Choice Awards/other"},
    /* entities round 16 (ents16): an acronym in the possessive is an
     * organisation, as it is without */
    {"Analysts said the TRQ's criticism hurt, and the ZMDA's report is due.", "TRQ/org;ZMDA/org"},
    /* a one-word name with no signal in the word is a company when the
     * article writes it as one: its shares, a stake in it, a company noun
     * before it, an appositive "the … society" */
    {"Shares of Tarnco rose, and traders said Tarnco would cut jobs.", "Tarnco/org"},
    {"Prices were cut by carmaker Zelvia on Monday, and dealers said Zelvia would gain.", "Zelvia/org"},
    {"Profits rose, said Brindle, the building society, on Monday.", "Brindle/org"},
    {"A stake in Brelco was sold, and Brelco shares rose.", "Brelco/org"},
    {"The Tarnby-based Zelco group said so.", "Zelco/org"},
    /* not a relative clause after a company noun */
    {"The company Hartley founded in 1990 was sold, and Hartley said he was glad.", "Hartley/person"},
    /* a company of the article opening a longer name */
    {"Tarnby Vision Corp said so. Tarnby Vision Cable fell.", "Tarnby Vision Corp/org;Tarnby Vision Cable/org"},
    /* given names added (Allen, Clive); a plural opening the sentence
     * before "of" is no part of the name */
    {"Under-Secretary of State for Economic Affairs Allen Tarnwell spoke with Clive Zorn.",
     "Allen Tarnwell/person;Clive Zorn/person"},
    {"Supporters of Tarnwell cheered.", "Tarnwell/person"},
    /* a given name opening a body's name of three words or more; not a
     * surname that is an organisation word */
    {"He visited the Ana Tarnby Memorial School, and we met Jon Tarnby Church.",
     "Ana Tarnby Memorial School/org;Jon Tarnby Church/person"},
    /* "of" and a person the article has named is no employer */
    {"Ana Tarnwell spoke. \"No,\" said Jon Piet of Tarnwell.", "Ana Tarnwell/person;Jon Piet/person"},
    /* a company's name without its suffix, or its first word, when a
     * given name opens it */
    {"Sharon Tarn Corp filed. Sharon Tarn said so, and Sharon agreed.", "Sharon Tarn Corp/org"},
    /* an organisation opening the name of its event */
    {"He won the Kremlin Chess Cup in May.", "Kremlin Chess Cup/other"},
    /* a plural role after an organisation word and "of" ends a body's
     * name, not no name; "delegate" is a role */
    {"The Tarnside House of Lords and the Zorn Council of Advisers met Delegate Jon Piet.",
     "Tarnside House of Lords/org;Zorn Council of Advisers/org;Jon Piet/person"},
    /* a person's role is no company noun */
    {"A bid by Hollywood producer Zed Tarnowitz to buy it failed.", "Hollywood/place;Zed Tarnowitz/person"},
    /* a listed city that is the surname of a person of the article */
    {"Jon Gloucester spoke. Later Gloucester said so.", "Jon Gloucester/person"},
    /* a name with "of" and no given name or title is a place, a body or
     * other, by the word before "of" (but one unknown word after "of" may
     * be a person); a US bank's "NA" in capitals */
    {"He sailed from the Isle of Tarn to the Chamber of Zorn and read Prisoner of Tarn Vale.",
     "Isle of Tarn/place;Chamber of Zorn/org;Prisoner of Tarn Vale/other"},
    {"He read the Chapter of Tarnby. Tarnby said so.", "Chapter of Tarnby/person"},
    {"Tarnbank NA lent it, and Li Na won.", "Tarnbank NA/org;Li Na/person"},
    /* roles of sport and the arts before a given name are titles;
     * "Computer" ends a company's name */
    {"Sprinter Jon Tarnby beat Actress Anna Zorn, and Tarnby Computer paid.",
     "Jon Tarnby/person;Anna Zorn/person;Tarnby Computer/org"},
    /* a preposition, conjunction or determiner opening the sentence is no
     * part of the name after it (data/function_words.txt) */
    {"Besides Hale's remarks, Neither Tarnby nor Zorn spoke. Under Norway rules, Several Zorn aides left.",
     "Hale/person;Tarnby/person;Zorn/person;Norway/place"},
    /* no given name, title or sex, and a first word that opens places or
     * other names but no one's: no person, and no antecedent of "he" */
    {"Tom Hale flew to South Tarnia, read National Tarnview and met West Tarn Vale. He said so.",
     "Tom Hale/person;South Tarnia/place;National Tarnview/other;West Tarn Vale/other"},
    /* one hyphenated word never written with a given name: a law, a pair,
     * a period; a hyphenated given name stays a person */
    {"The Hale-Tarnby act passed. Anne-Marie said so.", "Hale-Tarnby/other;Anne-Marie/person"},
    /* entities round 17 (ents17): a run with a digit or a quotation of its
     * own is a product or a title; a run before a cast noun is a show */
    {"Tarnia has new \"Zornworm\" missiles, and the Tarnbus T340 flew.", "Zornworm/other;Tarnbus T340/other"},
    {"The former Zornville actress Anna Hale met fans at Tarnby Tower.",
     "Zornville/other;Anna Hale/person;Tarnby Tower/place"},
    /* programmes, policies and amendments; the BBC's programme */
    {"The Tarnby Initiative and the Tarn Policy need a Fourth Amendment vote.",
     "Tarnby Initiative/other;Tarn Policy/other;Fourth Amendment/other"},
    {"The plant near Houston, Texas, and New Orleans, La., closed. The BBC programme Zorn Digital ran it.",
     "Houston/place;Texas/place;New Orleans/place;La./place;BBC/org;Zorn Digital/other"},
    /* group nouns, a region, a crude grade; table codes and ratings
     * name nothing */
    {"The Blacks and the Nazis marched. Mideast crudes rose, and Brent crude fell.",
     "Blacks/other;Nazis/other;Mideast/place;Brent/other"},
    {"The rate rose 3 pct, STG 1.6180, CORN 21,989, rated BBB by the agency.", ""},
    /* a given name's variant (data/given_names.txt) opens a person */
    {"Mikhael Tarnov spoke.", "Mikhael Tarnov/person"},
    /* speed round 16 (speed16): the tokenizer's acronym test, from the 16
     * bytes at a word's start or, in a text's last 16 bytes, by a byte
     * loop: "BA" so written is initials, "Baa" no entity */
    {"Fares went up at BA on Monday, the carrier said.", "BA/org"},
    {"Fares went up at BA", "BA/org"},
    {"Fares went up at Baa on Monday, the carrier said.", ""},
    {"Fares went up at Baa", ""},
    /* entities round 18 (ents18): an organisation's name goes on over
     * "and" when words after it end in an organisation's word, or the
     * lexicon lists it (also after "Shares of"), or the words are the
     * firm's own ("Bank and Trust", "Savings and Loan") */
    {"Tarnby and Zorn Publishers Inc raised its bid, and Kelmouth Savings and Loan Association agreed.",
     "Tarnby and Zorn Publishers Inc/org;Kelmouth Savings and Loan Association/org"},
    {"Shares of Procter and Gamble rose.", "Procter and Gamble/org"},
    {"The Kelmouth Bank and Trust Co said it was sold.", "Kelmouth Bank and Trust Co/org"},
    {"Sales of the Federal Savings and Loan Insurance Corp rose, Tom Hale and Anna Zorn said.",
     "Federal Savings and Loan Insurance Corp/org;Tom Hale/person;Anna Zorn/person"},
    {"The bid by Tarnby and Kelm Mining Corp failed. Tarnby and Kelm Mining Corp shares fell.",
     "Tarnby and Kelm Mining Corp/org"},
    /* but two names: a company's suffix or a body's word before the
     * "and", the same first word again, a nationality after one word, a
     * second name written apart elsewhere; a person before "of" */
    {"Tarnby Corp and Zorn Inc merged.", "Tarnby Corp/org;Zorn Inc/org"},
    {"The Tarn Monetary Fund and World Bank met.", "Tarn Monetary Fund/org;World Bank/org"},
    {"Zornco Holdings and Zornco Petroleum merged.", "Zornco Holdings/org;Zornco Petroleum/org"},
    {"Tarnair and American Airlines signed a pact.", "American Airlines/org"},
    {"The bid by Tarnby and Zorn Mining Corp failed. Zorn Mining Corp shares fell.",
     "Tarnby/person;Zorn Mining Corp/org"},
    {"Rate Hale Tarnby of Duff and Phelps said so.", "Rate Hale Tarnby/person;Duff and Phelps/org"},
    /* common words of tables and modifiers (data/common_words.txt), still
     * a person's surname after the person's full name; a city that is a
     * given name too; a slogan and a ferry's name */
    {"Long term debt fell. Dennis Tarnby Long said so, and Long added that the Richter scale showed 6.1.",
     "Dennis Tarnby Long/person"},
    {"The plant in Austin closed. Austin Tarnby spoke of the Herald of Free Enterprise.",
     "Austin/place;Austin Tarnby/person;Free Enterprise/other"},
    {"Fans wore Make America Great Again hats. The Liberal party and Central and South America agreed.",
     "Make America Great/other;South America/place"},
    /* a slash inside a company's name; a word before a number and a
     * lower-case word is a list's or a product's name, a label opening a
     * row none, a surname of the article's person still the person */
    {"He sold shares of Tarnbo/Zorn Affiliates Inc to the Kelm/Tarn Fund. Jobs went to Tampa/Orlando firms.",
     "Tarnbo Zorn Affiliates Inc/org;Kelm Tarn Fund/org;Tampa/place;Orlando/place"},
    {"It ranks among the Tarnstar 500 companies, while Zornquest 2 has sold well. Qtrly 25 cts vs 20 cts.",
     "Tarnstar/other;Zornquest/other"},
    {"Dennis Zornquest won. Zornquest 64 years later retired.", "Dennis Zornquest/person"},
    /* round 19 (ents19): an adverb in -ly opening a sentence is no part of
     * the name after it (nor is a connector after the adverb); given names
     * and surnames in -ly keep theirs */
    {"Certainly Ronald Tarnby never said that. Fortunately for Zornvik the vote was close.",
     "Ronald Tarnby/person;Zornvik/person"},
    {"Anatoly Tarnov won. Kelly Zornby lost. Kimberly Tarnwell spoke. Family Planning Trust opened.",
     "Anatoly Tarnov/person;Kelly Zornby/person;Kimberly Tarnwell/person;Family Planning Trust/org"},
    /* a sexed title links a surname to a person of that sex only */
    {"Laura Tarnby visited the school. Mr. Tarnby said he was tired.", "Laura Tarnby/person;Tarnby/person"},
    {"Laura Tarnby came. George Tarnby stayed. Mr. Tarnby left. Mrs. Tarnby smiled.",
     "Laura Tarnby/person;George Tarnby/person"},
    {"Bill Tarnby came. Mr. Tarnby left. Mrs. Tarnby smiled. Mr. Tarnby said so.", "Bill Tarnby/person;Tarnby/person"},
    /* a common noun opening a sentence or before a lower-case word is no person */
    {"The Sale wing scored twice. Sale lost again.", ""},
    /* round 20 (ents20): words that end no surname end a body's, a
     * place's or a document's name; a company's name without its suffix
     * is the company */
    {"The Tarnby Packaging Division was sold, and the Zornvik Report blamed the Kelmar Basin wells.",
     "Tarnby Packaging Division/org;Zornvik Report/other;Kelmar Basin/place"},
    {"Tarnco Energy found oil. Tarnco said the well flowed. Zorn Stores Inc rose. Zorn Stores fell later.",
     "Tarnco Energy/org;Zorn Stores Inc/org"},
    {"End Stocks fell to 978. Total Use rose.", "End Stocks/other;Total Use/other"},
    /* a town before a comma and its state or country */
    {"A silo in Tarnbury, Iowa, exploded. The mayor of Zornville, Vt., spoke. Seamen in Kelmos, Brazil's port, struck.",
     "Tarnbury/place;Iowa/place;Zornville/place;Vt./place;Kelmos/place;Brazil/place"},
    {"Helen Tarnby spoke. Workers in Tarnby, Ohio, cheered.", "Helen Tarnby/person;Ohio/place"},
    /* a title in the plural before names */
    {"The policies of Presidents Tarnby and Zornvik failed. Senators Ted Kelmar and Ann Tarnov objected.",
     "Tarnby/person;Zornvik/person;Ted Kelmar/person;Ann Tarnov/person"},
    {"He passed Kings Tarnway and Euston. Doctors Without Borders helped.", "Kings Tarnway/person;Euston/person;Doctors Without Borders/org"},
    /* a listed company's product code; a name before a word in brackets
     * and a company's suffix is the company, its first word alone too */
    {"Gamers bought the Nintendo DS. Tarnby Mines (Quebec) Ltd found gold. Tarnby said so.",
     "Nintendo DS/other;Tarnby Mines (Quebec) Ltd/org"},
    {"Voters in the Rust Belt cheered. The Zornvik Belt runs east.", "Rust Belt/place;Zornvik Belt/place"},
    /* a surname that is a given name too tells no sex; a sexed noun and a
     * comma before a name tell it */
    {"Ariel Zornvik Sharon met Mr Blair. Mr Sharon said no. Mr Sharon left.", "Ariel Zornvik Sharon/person;Blair/person"},
    {"Nadia Tarnby spoke. Her husband, Kelm Tarnby, was freed. Mrs. Tarnby wept. Mr. Tarnby smiled.",
     "Nadia Tarnby/person;Kelm Tarnby/person"},
    /* a bill before parliament; a given name Bill still a person */
    {"Critics of the Zornvik Gambling Bill spoke. President Bill Tarnby signed it.",
     "Zornvik Gambling Bill/other;Bill Tarnby/person"},
    /* firms' words (records, studios, pictures, products ...): the first
     * word alone names the firm; after an "and", a second firm */
    {"Tarnwick Records signed the band. Tarnwick said so on Monday.", "Tarnwick Records/org"},
    {"Shares of Zornco and Kelmar Pictures rose.", "Zornco/org;Kelmar Pictures/org"},
    {"The film opens by Tarnwick Pictures on Feb. 5 in cinemas.", "Tarnwick Pictures/org"},
    /* "All" with a capital inside a sentence opens a team's or a band's
     * name (not before initials: "All OPEC states") */
    {"Wales lost to the All Blacks again. He said that All OPEC states agreed.", "Wales/place;All Blacks/other;OPEC/org"},
    /* round 21 (ents21): a noun of occupation opening a sentence before a
     * name is a description, not the name's first word (a listed one
     * before two unknown words; an agent's ending before a given name),
     * not before a body's name */
    {"Economist Ravi Tarnby said rates would rise. Singer Mary Kelmouth sang.",
     "Ravi Tarnby/person;Mary Kelmouth/person"},
    {"Executive Zornvik Insurance Co of Kelmouth fell. Man Seen Near Tarnby.",
     "Executive Zornvik Insurance Co of Kelmouth/org;Man Seen Near Tarnby/other"},
    /* a headline's verb between two names ends the first */
    {"Tom Hale Burns John Reis over taxes.", "Tom Hale/person;John Reis/person"},
    {"Kristin Tarnby Burns won. Ken Burns filmed it.", "Kristin Tarnby Burns/person;Ken Burns/person"},
    {"Tom Hale Joins Zornvik Race. Follow Ana Reis on Twitter.", "Tom Hale/person;Zornvik Race/person;Ana Reis/person;Twitter/org"},
    /* a name before a lower-case "magazine" is the publication; a
     * nationality adjective is no surname */
    {"Tom Hale told Kelmwick magazine. A Zambian minister spoke.", "Tom Hale/person;Kelmwick/org"},
    {"Frenchman Arno Tarnby won. The Frenchman lost. A Kelmish-language newspaper said so.", "Arno Tarnby/person"},
    /* round 22 (ents22): a ticker's exchange letters; common nouns in
     * initials; a day of the markets; a pollster; places after "port of"
     * and before a works; two words after "the" are a title's */
    {"Kelmco Spa <KELM.MI> said sales rose. Voters want ID cards and a super PAC paid.", "Kelmco Spa/org"},
    {"Shares fell on Black Monday. Stocks rose on Black wax.", "Black Monday/other"},
    {"A Tarnby poll showed gains. Ana Reis said Tom Hale's poll lead held.", "Tarnby/org;Ana Reis/person;Tom Hale/person"},
    {"Ships queued at the port of Kelmos. Strikes hit its Varnby smelter.", "Kelmos/place;Varnby/place"},
    {"Critics praised Dreams of the Silent Mind last year.", "Dreams/other;Silent Mind/other"},
    {"Tom Hale backed the Ana Reis bid. Ana Reis won.", "Tom Hale/person;Ana Reis/person"},
    /* partners' names between commas before a company's suffix are the
     * firm's; "do" before a place joins a Portuguese name */
    {"Shares were sold through Tarnby, Kelm, Varno and Co Inc yesterday.", "Tarnby, Kelm, Varno and Co Inc/org"},
    {"Finally, Kelmco Holdings Inc bought shares.", "Kelmco Holdings Inc/org"},
    {"Strikes closed Banco do Brasil and hit Rio Grande do Sul.", "Banco do Brasil/org;Rio Grande do Sul/place"},
    /* a common word after a sexed title is a surname; the first word of
     * the article's company is the company */
    {"Ms Love, 40, pleaded guilty. Bell Kelmco Ltd rose and Bell said so.", "Love/person;Bell Kelmco Ltd/org"},
    {"Troops left northern Chad.", "Chad/place"},
    /* a listed firm goes on with its partners' names; a legal suffix
     * after a bracket; initials before a number and "index"; a sexed
     * title before a listed company's word */
    {"Analysts at Merrill Lynch, Pierce, Tarnby and Kelm said so.", "Merrill Lynch, Pierce, Tarnby and Kelm/org"},
    {"The lead manager was Banque Kelm (Luxembourg) SA on Monday.", "Banque Kelm (Luxembourg) SA/org"},
    {"The KLX 100 index fell. Lady Morgan spoke.", "Morgan/person"},
    /* a town before a player's position is its club */
    {"Leeds striker Tom Hale scored.", "Leeds/org;Tom Hale/person"},
    {"Press baron Conrad Kelm Black sold papers. Black said so.", "Conrad Kelm Black/person"},
    /* speed round 20: a digit anywhere in a word of any length makes the
     * run no person (has_ascii_digit reads words in 8-byte steps) */
    {"Tom Hale met Kel Tarnbyvale2000 in May.", "Tom Hale/person;Kel Tarnbyvale2000/other"},
    {"Tom Hale met Zorn X9 in May.", "Tom Hale/person;Zorn X9/other"},
    {"Tom Hale met Arlo Tarnby7b in May.", "Tom Hale/person;Arlo Tarnby7b/other"},
    {"Tom Hale met Arlo Tarnbyville in May.", "Tom Hale/person;Arlo Tarnbyville/person"},
    /* a name with words of a title-case headline around it is the person
     * the article names (headline_fragments); a longer name in running
     * text is not shortened */
    {"Crooked Tom Hale Strikes Again\n\nTom Hale said the pier would reopen.", "Tom Hale/person"},
    {"Vote Tom Hale Today\n\nTom Hale said the pier would reopen.", "Tom Hale/person"},
    {"Ana Reis Maroto spoke in Kelmouth. Ana Reis said the pier would reopen.",
     "Ana Reis Maroto/person;Kelmouth/person;Ana Reis/person"},
    /* a surname named before the article's only person of that surname in
     * full is that person (early_surnames); not with two persons of the
     * surname, nor of the other sex, nor before a name with no given name */
    {"Reis shocks Hale in London\n\nTop seed Tom Hale lost to Ana Reis on Monday in the final.",
     "London/place;Tom Hale/person;Ana Reis/person"},
    {"Why Mr. Hale left\n\nTom Hale said the pier would reopen.", "Tom Hale/person"},
    {"Why Mrs. Hale left\n\nTom Hale said the pier would reopen.", "Hale/person;Tom Hale/person"},
    {"Why Mr. Hale left\n\nTom Hale and Ana Hale said the pier would reopen.",
     "Hale/person;Tom Hale/person;Ana Hale/person"},
    {"A talk with Hale\n\nKelmouth Hale said the pier would reopen.", "Hale/person;Kelmouth Hale/person"},
    /* round 23 (ents23): gazetteer words (a county, an airport, the
     * Emirates' initials, group nouns) */
    {"The firm moved its offices to Cheshire last year.", "Cheshire/place"},
    {"Tom Hale flew from Heathrow to the UAE.", "Tom Hale/person;Heathrow/place;UAE/place"},
    {"Radical Islamists were blamed, the Spaniard said.", "Radical Islamists/other"},
    /* bodies' last words and places' first and last words after "the" */
    {"The Land Registry said house prices rose in May.", "Land Registry/org"},
    {"Tarnby Bancorporation said profits rose.", "Tarnby Bancorporation/org"},
    {"Fishing boats waited near the Scarborough Shoal.", "Scarborough Shoal/place"},
    {"Barges sailed up the River Kelm to the mill.", "River Kelm/place"},
    /* an abbreviated given name whose period closed a sentence opens a
     * firm's name */
    {"The deal was led by Alex. Brown and Sons Inc and Tarnby Securities.",
     "Alex Brown and Sons Inc/org;Tarnby Securities/org"},
    /* a portfolio after "of" and a lower-case title is no part of the
     * name; a company's word after it is */
    {"The former secretary of State Ana Reis spoke in Paris.", "Ana Reis/person;Paris/place"},
    {"The chairman of General Electric Co spoke in Paris.", "General Electric Co/org;Paris/place"},
    /* a listed company's possessive name; a person's possessive stays his */
    {"A fund set up by Lloyd's will pay the claims.", "Lloyd's/org"},
    {"Tom Lloyd said Lloyd's wife was away.", "Tom Lloyd/person"},
    /* "SA" as South Africa: a headline of an article naming it, a list of
     * countries in brackets; after a name, the suffix */
    {"SA unveils its budget\n\nThe South African finance minister spoke.", "SA/place"},
    {"Squad: C Hale (Australia), B Reis (Samoa), J Tarnby (SA), T Kelm (New Zealand).",
     "C Hale/person;Australia/place;B Reis/person;Samoa/place;J Tarnby/person;SA/place;T Kelm/person;New "
     "Zealand/place"},
    {"Jacobs bid for Kelmco SA, the chocolate maker.", "Kelmco SA/org"},
    /* a person of one word the article writes in lower case too is a
     * common word; not with a title, nor a name the wire lowered before a
     * cue ("kelmby said") */
    {"Automakers say the new brakes work. Most automakers use them now.", "Automakers/other"},
    {"Mr Early said the vote came early.", "Early/person"},
    {"Tom Hale met Kelmby in May. Kelmby said the hearing was fair, kelmby said.", "Tom Hale/person;Kelmby/person"},
    /* a word and a letter or numeral of a series; not a firm's short name
     * the article has given */
    {"The firm will redeem its Series B preferred stock.", "Series B/other"},
    {"Tarn K Corp rose in May. Tarn K said sales grew.", "Tarn K Corp/org"},
    /* data: a law's article, "Ph" of "Ph.D." */
    {"Tom Hale amended Article 23 of the code.", "Tom Hale/person;Article/other"},
    {"Ana Reis earned a Ph.D. in Kelmouth.", "Ana Reis/person;Kelmouth/person"},
    /* a suffixed name with a middle name is named by its given name and
     * surname, and by its surname; without a middle name, not (father and
     * son) */
    {"Thomas Kelm Hale III died on Monday. Thomas Hale's widow said he loved the sea. Hale was 80.",
     "Thomas Kelm Hale III/person"},
    {"Tom Hale Jr. spoke on Monday. Tom Hale said he was proud.", "Tom Hale Jr./person;Tom Hale/person"},
    /* a legal suffix after a comma closing a firm's name names nothing */
    {"Tom Hale sold his shares in Ferrovia Kelmense, S.A., a railway.", "Tom Hale/person;Ferrovia Kelmense/org"},
    /* a word opening firms' names after "and" starts a second name */
    {"Tom Hale weighed a merger of Kelmco and Federal Tarn Corp in May.",
     "Tom Hale/person;Kelmco/person;Federal Tarn Corp/org"},
    {"Tom Hale left the Transport and General Workers Union in May.",
     "Tom Hale/person;Transport and General Workers Union/org"},
    {"Tom Hale moved to Sarasota and joined Unicef in May.", "Tom Hale/person;Sarasota/place;Unicef/org"},
    /* a generational suffix alone names no one */
    {"Tom Hale met William Tarn, Jr. in Kelmouth.", "Tom Hale/person;William Tarn/person;Kelmouth/person"},
    /* a suffix set off by commas is the name's; the surname alone after
     * a suffixed name is he */
    {"Tom Hale, Jr., the chairman, said the pier would reopen. Hale said it would take a month.",
     "Tom Hale Jr./person"},
    {"Tom Hale Jr. spoke on Monday. Hale said he was proud.", "Tom Hale Jr./person"},
    /* speed round 21: find_entities goes from capital to capital by a
     * bitmap of 64 tokens a word: a name across two words (tokens 63 and
     * 64), a capital as the last of exactly 64 tokens, and in the last
     * word's tail */
    {"Tom Hale said "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "Ana Reis met him in London.",
     "Tom Hale/person;Ana Reis/person;London/place"},
    {"Tom Hale said "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "Reis",
     "Tom Hale/person;Reis/person"},
    {"Tom Hale said "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late the boat was late the boat was late the boat was late the boat was late "
     "the boat was late so Ana Reis left London",
     "Tom Hale/person;Ana Reis/person;London/place"},
    /* speed round 21: tokenize_text's acronym test from the masks of a
     * word's first 16 bytes, a longer word's, and one within 16 bytes of
     * the text's end (no masks) */
    {"Tom Hale left the KLX board on Monday and joined Tarnby.", "Tom Hale/person;KLX/org;Tarnby/person"},
    {"Tom Hale left the KLXKELMOUTHTARNBYX board on Monday and joined Tarnby.", "Tom Hale/person;Tarnby/person"},
    {"Tom Hale met officials of KLX", "Tom Hale/person;KLX/org"},
    /* speed round 21: a name's first word's key is the state of its full
     * hash after that word (hash_lower_prefix), in either case */
    {"Ana Reis spoke in London on Monday. Later Ana said the pier would reopen.",
     "Ana Reis/person;London/place"},
    {"KELMCO Tarnby Holdings said sales rose. Kelmco said so.", "KELMCO Tarnby Holdings/org"},
    /* a work noun that is a verb after "to" or a modal, before a given
     * name: its object is a person; before no given name it may be a team
     * or a ground and stays no person */
    {"Ana Reis hopes to show Tom Hale the plans for the pier.", "Ana Reis/person;Tom Hale/person"},
    {"The film Tarnby Nights opened on Monday.", "Tarnby Nights/other"},
    {"Kelmouth will play Tarnby Rovers on Saturday.", "Tarnby Rovers/other"},
    /* prepositions and sentence adverbs opening a sentence before a name */
    {"Tom Hale spoke first. Between Hale and the board there was little warmth.", "Tom Hale/person"},
    {"Ana Reis left. Without Reis, the club struggled. Maybe Reis will return.", "Ana Reis/person"},
    /* speed round 22: common_word_persons finds the lower-case word by
     * two of its bytes, 32 and 16 places a step, then a byte at a time
     * near the text's end: the word as the text's last, far from its
     * start; a longer word holding it first (no match) */
    {"Automakers say the new brakes work well on the wet roads of the county this winter. Most use them, say "
     "automakers",
     "Automakers/other"},
    {"Automakers say the new brakes work well on the wet roads of the county this winter. Most use them, say "
     "the automakersx",
     "Automakers/person"},
    {"Automakers say the new brakes work well on the wet roads of the county this winter. The automakersx and "
     "the automakers of London use them.",
     "Automakers/other;London/place"},
    /* round 24 (ents24): a legal suffix with or without its period is one
     * name ("Inc." mid-sentence, at a paragraph's end) */
    {"Kelmco Inc. said on Monday it would buy Zorn Corp. for cash. Kelmco Inc rose and Zorn Corp fell.",
     "Kelmco Inc/org;Zorn Corp/org"},
    {"Shares rose at Tarnby Publications Inc.\n\nTom Hale said Tarnby Publications Inc would pay.",
     "Tarnby Publications Inc/org;Tom Hale/person"},
    {"Tom Hale said it was sold to Hale and Co. on Monday.", "Tom Hale/person;Hale and Co/org"},
    /* a bracketed part and the suffix after it, a comma and the suffix, a
     * lower-case company word and the suffix keep the firm's name whole */
    {"Kelmco Securities (Europe) Ltd said it would lead the issue.", "Kelmco Securities (Europe) Ltd/org"},
    {"Tom Hale of Zorn Fleming (Securities) Ltd said it would sell. Zorn Fleming's Ana Reis agreed.",
     "Tom Hale/person;Zorn Fleming (Securities) Ltd/org;Ana Reis/person"},
    {"Tarnby Holdings (UK) Plc bought the unit. Tarnby Holdings paid cash.", "Tarnby Holdings (UK) Plc/org"},
    {"Ana Reis, vice president of Zornco, Inc., said the plan was sound.", "Ana Reis/person;Zornco, Inc/org"},
    {"The award went to Kelm Foods, Inc (5,000 tonnes). Kelm Foods said it was pleased.", "Kelm Foods, Inc/org"},
    {"Hale Medical group Inc said it had bought the unit.", "Hale Medical group Inc/org"},
    /* (not a county after a comma, nor a bracket without a suffix) */
    {"Tom Hale lives in Dublin, Co. Dublin and works there.", "Tom Hale/person;Dublin/place"},
    {"Tom Hale (Australia) won the race.", "Tom Hale/person;Australia/place"},
    /* round 24: a nationality before a party's word that ends a body's
     * name stays in the name (a person's is still stripped) */
    {"Mourners gathered at an Irish Republican Army funeral on Sunday.", "Irish Republican Army/org"},
    {"The Republican Jewish Coalition met. Republican Senator Tom Hale spoke.",
     "Republican Jewish Coalition/org;Tom Hale/person"},
    /* round 24: an initial, a name, a surname and a suffix after a comma:
     * one person, keyed by the surname */
    {"C. Tarn Hale, Jr., the chairman, said so. Hale left.", "C. Tarn Hale Jr./person"},
    /* round 24: one word after "near" or before "region", "state" ... is a
     * place; not a surname the article repeats */
    {"Kelmco will build a plant near Zorvik next year.", "Zorvik/place"},
    {"Floods hit the northern Tarbala region on Monday.", "Tarbala/place"},
    {"The mayor, Zorn, said so. Later Zorn could take a Zorn state. Zorn won. Zorn left.", "Zorn/person"},
    /* round 24: a listed company's one word after its full name is that
     * company (before it, still an entity of its own) */
    {"Texaco Inc said profits rose. On Monday Texaco said it would pay.", "Texaco Inc/org"},
    {"Texaco said profits rose. Texaco Inc will pay.", "Texaco/org;Texaco Inc/org"},
    /* round 24: data, companies and clubs the person facet held */
    {"Tom Hale said Raytheon would bid.", "Tom Hale/person;Raytheon/org"},
    {"Tom Hale joined Leinster in May.", "Tom Hale/person;Leinster/org"},
    /* round 24: a role of portfolio words and a title, no name */
    {"Ana Reis, the Senior Vice President of the trust, said so.", "Ana Reis/person"},
    {"The Kyrgyz President, Tom Hale, spoke.", "Tom Hale/person"},
    /* round 24: an organisation and an office's title, no name after, is
     * the organisation; not a firm's or a person's last word ("General",
     * "King") */
    {"He was named Federal Reserve Chairman in May.", "Federal Reserve/org"},
    {"Tom Hale met the Kelmco Holdings President on Monday.", "Tom Hale/person;Kelmco Holdings/org"},
    {"Tom Hale bought shares of Kelmco General on Monday.", "Tom Hale/person;Kelmco General/org"},
};

int main(void)
{
    arena a;
    arena_init(&a);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        extraction ex;
        arena_reset(&a);
        CHECK(extract_article(cases[i].text, strlen(cases[i].text), &a, &ex) == 0);
        char got[1024];
        size_t n = 0;
        got[0] = 0;
        for (uint32_t e = 0; e < ex.n_entities && n < sizeof got; e++)
            n += (size_t)snprintf(got + n, sizeof got - n, "%s%s/%s", e ? ";" : "", ex.entities[e].name,
                                  extract_kind_name(ex.entities[e].kind));
        CHECK_MSG(strcmp(got, cases[i].want) == 0, "case %zu: \"%s\"\n  got:  %s\n  want: %s", i, cases[i].text, got,
                  cases[i].want);
    }
    arena_free(&a);
    TEST_END();
}
