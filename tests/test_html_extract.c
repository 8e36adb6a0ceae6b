/* Article extraction from HTML: boilerplate removed, paragraphs kept,
 * metadata from each of its sources (meta, JSON-LD, markup). */
#include "html_extract.h"
#include "test.h"
#include "utf8.h"

static html_article art;

static void run(const char *s)
{
    CHECK(html_extract(s, strlen(s), NULL, &art) == 0);
    CHECK(utf8_valid((const char *)art.body.p, art.body.len));
}

#define PARAS                                                                  \
    "<p>The harbour authority voted on Tuesday to close the old terminal, "    \
    "ending a dispute that had lasted, by most counts, eleven years.</p>\n"    \
    "<p>\"We had no choice,\" said the chair, Ilse Marten, adding that the "   \
    "costs of repair were, in her words, beyond any budget we have.</p>\n"     \
    "<p>Dock workers, who had opposed the plan, said they would appeal, and "  \
    "a hearing is expected in the spring, according to their union.</p>\n"

#define WANT                                                                   \
    "The harbour authority voted on Tuesday to close the old terminal, "       \
    "ending a dispute that had lasted, by most counts, eleven years.\n\n"      \
    "\"We had no choice,\" said the chair, Ilse Marten, adding that the "      \
    "costs of repair were, in her words, beyond any budget we have.\n\n"       \
    "Dock workers, who had opposed the plan, said they would appeal, and "     \
    "a hearing is expected in the spring, according to their union."

static void test_bodies(void)
{
    static const struct { const char *name, *html, *body; } cases[] = {
        {"plain article",
         "<html><body><article>" PARAS "</article></body></html>", WANT},
        {"nav, header, footer, aside",
         "<html><body><header><a href=/>Home</a> Harbour News Daily</header>"
         "<nav><ul><li><a href=/a>World</a></li><li><a href=/b>Sport</a></li></ul></nav>"
         "<main><div class=story-body>" PARAS "</div></main>"
         "<aside><h3>Most read</h3><p>Storm closes airport for the third day</p></aside>"
         "<footer><p>Copyright 2024 Harbour News. All rights reserved.</p></footer>"
         "</body></html>", WANT},
        {"related links, share buttons, newsletter, comments, cookie notice",
         "<html><body><div id=page><div class=\"article-content\">" PARAS
         "<div class=\"share-tools\"><a href=#>Share on Facebook</a> <a href=#>Tweet</a></div>"
         "<ul class=related-links><li><a href=/x>Ferry fares to rise</a></li>"
         "<li><a href=/y>New crane arrives</a></li></ul>"
         "<div class=newsletter-signup><p>Get the morning briefing in your inbox, "
         "every weekday, free of charge.</p><form><input name=email></form></div>"
         "</div>"
         "<section id=comments><h2>12 comments</h2><div class=comment><p>This is "
         "outrageous, they should have fixed it years ago, honestly.</p></div></section>"
         "<div class=cookie-banner><p>We use cookies to improve your experience, "
         "accept them or manage your settings.</p></div>"
         "</div></body></html>", WANT},
        {"see-also box and ad inside the article, link-only paragraph",
         "<html><body><div class=entry-content>"
         "<p>The harbour authority voted on Tuesday to close the old terminal, "
         "ending a dispute that had lasted, by most counts, eleven years.</p>"
         "<div class=\"ad ad-slot\">Advertisement</div>"
         "<div class=see-also><h4>See also</h4><a href=/z>Terminal history in pictures</a></div>"
         "<p>\"We had no choice,\" said the chair, Ilse Marten, adding that the "
         "costs of repair were, in her words, beyond any budget we have.</p>"
         "<p><a href=/more>Read more about the harbour</a></p>"
         "<p>Dock workers, who had opposed the plan, said they would appeal, and "
         "a hearing is expected in the spring, according to their union.</p>"
         "</div></body></html>", WANT},
        {"itemprop=articleBody beats a longer comment thread",
         "<html><body><div itemprop=articleBody>" PARAS "</div>"
         "<div class=discussion><p>Reader one wrote a long reply, with many commas, "
         "clauses, asides, and opinions, about the terminal.</p>"
         "<p>Reader two, also, had views, several, on the matter of the terminal, "
         "and the union, and the budget.</p>"
         "<p>Reader three, too, replied, at length, with, commas, everywhere, "
         "as readers do, on and on.</p>"
         "<p>Reader four, again, replied, at length, with, commas, everywhere, "
         "as readers do, on and on.</p></div></body></html>", WANT},
        {"scripts, styles, comments and hidden blocks never count",
         "<html><head><style>p{color:red}</style></head><body><article>"
         "<script>var x = '<p>not text, at all, never</p>';</script>" PARAS
         "<!-- <p>hidden comment</p> -->"
         "<div style=\"display:none\">Invisible text here</div>"
         "<noscript>Enable JavaScript</noscript></article></body></html>", WANT},
        {"br and headings split paragraphs, title h1 left out",
         "<html><body><article><h1>Terminal to close</h1>"
         "<p>First line of the report, which is long enough, with commas, to count.<br>"
         "Second line of it.</p><h2>Appeal</h2>"
         "<p>The union will appeal, it said, at the earliest chance, in court.</p>"
         "</article></body></html>",
         "First line of the report, which is long enough, with commas, to count.\n\n"
         "Second line of it.\n\nAppeal\n\n"
         "The union will appeal, it said, at the earliest chance, in court."},
        {"captions dropped",
         "<html><body><article>" PARAS
         "<figure><img src=a.jpg><figcaption>The terminal at dusk. Photo: J. Smith"
         "</figcaption></figure></article></body></html>", WANT},
        {"JSON-LD articleBody when the markup has little",
         "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
         "\"articleBody\":\"First paragraph of the story, as the site gives it.\\n"
         "Second paragraph, with \\u201cquotes\\u201d.\"}</script></head>"
         "<body><div id=app>Loading</div></body></html>",
         "First paragraph of the story, as the site gives it.\n\n"
         "Second paragraph, with \xE2\x80\x9Cquotes\xE2\x80\x9D."},
        {"empty page", "", ""},
        {"text only", "Just some words", "Just some words"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        run(cases[i].html);
        CHECK_MSG(strcmp(buf_cstr(&art.body), cases[i].body) == 0,
                  "%s:\ngot  \"%s\"\nwant \"%s\"", cases[i].name, buf_cstr(&art.body),
                  cases[i].body);
    }
}

static void test_meta(void)
{
    static const struct {
        const char *name, *html, *title, *date, *author, *url;
    } cases[] = {
        {"meta tags",
         "<html><head><title>Terminal to close | Harbour News</title>"
         "<meta property=og:title content=\"Old terminal to close\">"
         "<meta property=article:published_time content=2024-03-05T09:00:00Z>"
         "<meta name=author content=\"Ilse Marten\">"
         "<link rel=canonical href=\"https://news.example/terminal\">"
         "</head><body><article>" PARAS "</article></body></html>",
         "Old terminal to close", "2024-03-05T09:00:00Z", "Ilse Marten",
         "https://news.example/terminal"},
        {"title suffix removed, og:url, meta date variant, rel=author",
         "<html><head><title>Terminal to close - Harbour News</title>"
         "<meta property=og:url content=https://news.example/og>"
         "<meta name=dc.date content=2024-03-04>"
         "</head><body><article><p class=byline>By <a rel=author href=/a>Jo Park</a></p>"
         PARAS "</article></body></html>",
         "Terminal to close", "2024-03-04", "Jo Park", "https://news.example/og"},
        {"JSON-LD: headline, datePublished, author array of objects and strings",
         "<html><head><title>x</title><script type=\"application/ld+json\">"
         "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
         "\"name\":\"Harbour News\"},{\"@type\":\"NewsArticle\",\"headline\":"
         "\"Terminal closes\",\"datePublished\":\"2024-03-05T10:00:00+01:00\","
         "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},\"Lee Park\"],"
         "\"publisher\":{\"name\":\"Harbour News\"}}]}</script></head>"
         "<body><article>" PARAS "</article></body></html>",
         "Terminal closes", "2024-03-05T10:00:00+01:00", "Ana Ruiz, Lee Park", ""},
        {"JSON-LD author object, <time datetime>, <h1> title",
         "<html><head><script type=\"application/ld+json\">{\"author\":{\"name\":"
         "\"By Ana Ruiz\"}}</script></head><body><article><h1>The vote</h1>"
         "<time datetime=2024-01-02T03:04:05Z>2 Jan</time>" PARAS
         "</article></body></html>",
         "The vote", "2024-01-02T03:04:05Z", "Ana Ruiz", ""},
        {"itemprop author and datePublished, byline class",
         "<html><body><article><span itemprop=author>Mia Holm</span>"
         "<meta itemprop=datePublished content=2023-12-31>" PARAS
         "</article></body></html>",
         "", "2023-12-31", "Mia Holm", ""},
        {"byline class only",
         "<html><body><article><div class=article-byline>By Tom Berg</div>" PARAS
         "</article></body></html>",
         "", "", "Tom Berg", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        run(cases[i].html);
        CHECK_MSG(strcmp(buf_cstr(&art.title), cases[i].title) == 0, "%s: title \"%s\"",
                  cases[i].name, buf_cstr(&art.title));
        CHECK_MSG(strcmp(buf_cstr(&art.date), cases[i].date) == 0, "%s: date \"%s\"",
                  cases[i].name, buf_cstr(&art.date));
        CHECK_MSG(strcmp(buf_cstr(&art.author), cases[i].author) == 0, "%s: author \"%s\"",
                  cases[i].name, buf_cstr(&art.author));
        CHECK_MSG(strcmp(buf_cstr(&art.url), cases[i].url) == 0, "%s: url \"%s\"",
                  cases[i].name, buf_cstr(&art.url));
        CHECK_MSG(strcmp(buf_cstr(&art.body), WANT) == 0, "%s: body \"%s\"", cases[i].name,
                  buf_cstr(&art.body));
    }
}

static void test_robust(void)
{
    /* invalid UTF-8, NULs, unclosed tags, deep nesting */
    static const char bad[] = "<p>caf\xC3 \xFF\xFE text\0more<div><div><b>x";
    CHECK(html_extract(bad, sizeof bad - 1, NULL, &art) == 0);
    CHECK(utf8_valid((const char *)art.body.p, art.body.len));
    buf deep = {0};
    for (int i = 0; i < 5000; i++) buf_puts(&deep, "<div>");
    buf_puts(&deep, "deep text");
    CHECK(html_extract((const char *)deep.p, deep.len, NULL, &art) == 0);
    buf_free(&deep);
    /* very long class and id names, a tag that never ends */
    buf big = {0};
    buf_puts(&big, "<div class=\"");
    for (int i = 0; i < 3000; i++) buf_puts(&big, "x ");
    buf_puts(&big, "\" id=\"");
    for (int i = 0; i < 3000; i++) buf_puts(&big, "y");
    buf_puts(&big, "\"><p>Kept, it is, text.</p></div><p class=\"open");
    CHECK(html_extract((const char *)big.p, big.len, NULL, &art) == 0);
    CHECK_STR(buf_cstr(&art.body), "Kept, it is, text.");
    buf_free(&big);
    html_extract_opts o = {1};
    run("<html><body><article>" PARAS "</article></body></html>");
    CHECK(html_extract("<article>" PARAS "<figure><figcaption>Dusk at the terminal."
                       "</figcaption></figure></article>",
                       strlen("<article>" PARAS "<figure><figcaption>Dusk at the terminal."
                              "</figcaption></figure></article>"),
                       &o, &art) == 0);
    CHECK_STR(buf_cstr(&art.body), WANT "\n\nDusk at the terminal.");
}

int main(void)
{
    test_bodies();
    test_meta();
    test_robust();
    html_article_free(&art);
    TEST_END();
}
