/* Plain-text cleaning: trailing scraper lines cut, bylines become the
 * author, article text (even short last lines) kept. */
#include "test.h"
#include "text_clean.h"

static void check(const char *in, const char *want_body, const char *want_author)
{
    buf a = {0};
    size_t n = text_clean(in, strlen(in), &a);
    CHECK_MSG(n == strlen(want_body) && strncmp(in, want_body, n) == 0,
              "input \"%s\": kept \"%.*s\", want \"%s\"", in, (int)n, in, want_body);
    CHECK_STR(buf_cstr(&a), want_author);
    buf_free(&a);
}

int main(void)
{
    static const struct { const char *in, *body, *author; } cases[] = {
        /* nothing to cut */
        {"", "", ""},
        {"One paragraph.", "One paragraph.", ""},
        {"First.\n\nThe vote is on Monday.\n", "First.\n\nThe vote is on Monday.", ""},
        /* a blog's comment form after a byline */
        {"The council met twice.\n\nThe plan passed.\n\nAuthor: Maria Lindqvist\n\n"
         "Leave a Reply\n\nYour email address will not be published. Required fields are "
         "marked *\n",
         "The council met twice.\n\nThe plan passed.", "Maria Lindqvist"},
        /* aggregator footer and an ad-blocker notice paragraph with a sign-off */
        {"Talks resumed on Tuesday in the capital.\n\nSource link\n\n"
         "Independent reporting costs money and we rely on it.\n"
         "Our pages are paid for by advertisers alone.\n"
         "Kindly switch off your ad blocker to keep reading.\nWarm wishes, the desk\n",
         "Talks resumed on Tuesday in the capital.", ""},
        /* share buttons and related links */
        {"The bridge reopens in May.\n\nShare this:\nTwitter\nFacebook\n\nRelated\n",
         "The bridge reopens in May.", ""},
        {"Prices rose again.\n\nClick here to get our daily briefing\n",
         "Prices rose again.", ""},
        /* "By Name" bylines, and "By" starting a real sentence */
        {"The mayor resigned.\n\nBy Tomas Ferreira\n", "The mayor resigned.", "Tomas Ferreira"},
        {"Text.\n\nBy the end of the week, the river had fallen.",
         "Text.\n\nBy the end of the week, the river had fallen.", ""},
        {"Text.\n\nWritten by Ana Ruiz; editing by Lee Park\n\nComments\n", "Text.", "Ana Ruiz"},
        /* short lines are only cut after a boilerplate line */
        {"Long article text here.\n\nThe end.\nThanks.\n", "Long article text here.\n\nThe end.\nThanks.", ""},
        /* CRLF */
        {"Body text.\r\n\r\nLeave a Reply\r\n", "Body text.", ""},
        /* a line only of boilerplate */
        {"Source link\n", "", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(cases[i].in, cases[i].body, cases[i].author);
    /* author NULL is allowed */
    const char *s = "Text.\n\nAuthor: X Y\n";
    CHECK(text_clean(s, strlen(s), NULL) == 5);
    TEST_END();
}
