/* Date parsing: table of accepted forms -> ISO output, and rejected ones. */
#include "date.h"
#include "test.h"

static const struct {
    const char *in, *want;
} good[] = {
    /* ISO 8601 */
    {"2021-12-04", "2021-12-04T00:00:00Z"},
    {"  2021-12-04\n", "2021-12-04T00:00:00Z"},
    {"2021-12-04T10:30:00Z", "2021-12-04T10:30:00Z"},
    {"2021-12-04t10:30:00z", "2021-12-04T10:30:00Z"},
    {"2021-12-04T10:30Z", "2021-12-04T10:30:00Z"},
    {"2021-12-04T10:30:00", "2021-12-04T10:30:00Z"},
    {"2021-12-04 10:30:00+03:00", "2021-12-04T07:30:00Z"},
    {"2021-12-04T10:30:00.123-0500", "2021-12-04T15:30:00Z"},
    {"2021-12-04T01:30:00+05", "2021-12-03T20:30:00Z"},
    {"2021-12-04T23:30:00-01:00", "2021-12-05T00:30:00Z"},
    {"2021-12-04T10:30:00,5 UTC", "2021-12-04T10:30:00Z"},
    {"2021-1-5", "2021-01-05T00:00:00Z"},
    {"2021/12/04", "2021-12-04T00:00:00Z"},
    {"20211204", "2021-12-04T00:00:00Z"},
    {"20211204T103000Z", "2021-12-04T10:30:00Z"},
    {"2020-02-29", "2020-02-29T00:00:00Z"},
    {"2000-02-29", "2000-02-29T00:00:00Z"},
    {"1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z"},
    {"1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"},
    {"1000-01-01", "1000-01-01T00:00:00Z"},
    {"9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"},
    /* RFC 2822 */
    {"Sat, 04 Dec 2021 10:30:00 +0000", "2021-12-04T10:30:00Z"},
    {"04 Dec 2021 10:30:00 +0000", "2021-12-04T10:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 GMT", "2021-12-04T10:30:00Z"},
    {"Sat, 4 Dec 2021 10:30 EST", "2021-12-04T15:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 EDT", "2021-12-04T14:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 cst", "2021-12-04T16:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 CDT", "2021-12-04T15:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 MST", "2021-12-04T17:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 MDT", "2021-12-04T16:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 PST", "2021-12-04T18:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 PDT", "2021-12-04T17:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 UTC", "2021-12-04T10:30:00Z"},
    {"Sat, 04 Dec 2021 10:30:00 -0800 (PST)", "2021-12-04T18:30:00Z"},
    {"Saturday, 4 December 2021", "2021-12-04T00:00:00Z"},
    /* Reuters */
    {"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z"},
    {"3-MAR-1987 09:18:21.26", "1987-03-03T09:18:21Z"},
    /* Plain */
    {"4 December 2021", "2021-12-04T00:00:00Z"},
    {"December 4, 2021", "2021-12-04T00:00:00Z"},
    {"Dec 4 2021", "2021-12-04T00:00:00Z"},
    {"Dec. 4, 2021", "2021-12-04T00:00:00Z"},
    {"Sept 30, 2021", "2021-09-30T00:00:00Z"},
    {"4th December 2021", "2021-12-04T00:00:00Z"},
    {"December 1st, 2021", "2021-12-01T00:00:00Z"},
    {"december 4, 2021, 3:05 pm", "2021-12-04T15:05:00Z"},
    {"4 Dec 2021 at 12:00 a.m.", "2021-12-04T00:00:00Z"},
    {"Monday, March 1, 2021 12:30 PM", "2021-03-01T12:30:00Z"},
};

static const char *const bad[] = {
    "", "   ", "garbage", "2021-02-30", "2021-13-01", "2021-00-10", "2021-12-00",
    "2021-04-31", "2019-02-29", "1900-02-29", "2021-12-04T24:00:00Z",
    "2021-12-04T10:60:00Z", "2021-12-04T10:30:00+25:00", "2021-12-04 nonsense",
    "2021-12-04T", "2021-12", "2021", "202112041", "0999-01-01", "21-12-04",
    "Dec 2021", "December 32, 2021", "Foo 4, 2021", "4 Decembre 2021",
    "Sat, 04 Dec 2021 10:30:00 XYZ", "Sat, 04 Dec 21 10:30:00 GMT",
    "26-FEB-1987 15:01:01.79 trailing", "2021-12-04T10:30:00Z (unclosed",
    "13:00 pm Dec 4 2021", "Dec 4 2021 13:00 pm", "Dec 4 20210",
    "2021-12/04",
};

int main(void)
{
    char iso[21], day[11];
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int64_t t = date_parse(good[i].in, strlen(good[i].in));
        date_format_iso(t, iso);
        CHECK_MSG(strcmp(iso, good[i].want) == 0, "\"%s\": got \"%s\", want \"%s\"",
                  good[i].in, iso, good[i].want);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int64_t t = date_parse(bad[i], strlen(bad[i]));
        date_format_iso(t, iso);
        CHECK_MSG(t == DATE_NONE, "\"%s\" parsed as %s", bad[i], iso);
    }
    /* Only n bytes are read: the text need not be NUL-terminated. */
    CHECK(date_parse("2021-12-04XYZ", 10) == date_parse("2021-12-04", 10));
    CHECK(date_parse(NULL, 0) == DATE_NONE);

    CHECK(date_days_from_civil(1970, 1, 1) == 0);
    CHECK(date_days_from_civil(2000, 3, 1) == 11017);
    CHECK(date_days_from_civil(1969, 12, 31) == -1);
    CHECK(date_days_from_civil(1600, 1, 1) == -135140);

    date_format_day(0, day);
    CHECK_STR(day, "1970-01-01");
    date_format_day(-1, day);
    CHECK_STR(day, "1969-12-31");
    date_format_day(1638613800, day);
    CHECK_STR(day, "2021-12-04");
    date_format_day(DATE_NONE, day);
    CHECK_STR(day, "");
    date_format_iso(DATE_NONE, iso);
    CHECK_STR(iso, "");
    date_format_iso(INT64_MAX, iso);
    CHECK_STR(iso, "");
    date_format_iso(1638613800, iso);
    CHECK_STR(iso, "2021-12-04T10:30:00Z");
    TEST_END();
}
