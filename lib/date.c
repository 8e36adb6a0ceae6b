#include "date.h"

#include <string.h>

/* A cursor over the input; every helper checks the bounds. */
typedef struct {
    const char *s;
    size_t n, i;
} cur;

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static int is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static int peek(const cur *c) { return c->i < c->n ? (unsigned char)c->s[c->i] : -1; }
static int eat(cur *c, int ch)
{
    if (peek(c) != ch) return 0;
    c->i++;
    return 1;
}
static void skip_spaces(cur *c)
{
    while (c->i < c->n && is_space((unsigned char)c->s[c->i])) c->i++;
}

/* Reads min..max digits into *v; returns how many were read (0 if fewer
 * than min, leaving the cursor alone). */
static int digits(cur *c, int min, int max, int *v)
{
    size_t i = c->i;
    int k = 0, x = 0;
    while (k < max && i < c->n && is_digit((unsigned char)c->s[i])) {
        x = x * 10 + (c->s[i] - '0');
        i++;
        k++;
    }
    if (k < min) return 0;
    c->i = i;
    *v = x;
    return k;
}

/* Reads a run of letters, lowercased into w (truncated to cap-1). */
static size_t word(cur *c, char *w, size_t cap)
{
    size_t k = 0;
    while (c->i < c->n && is_alpha((unsigned char)c->s[c->i])) {
        if (k + 1 < cap) w[k] = (char)lower((unsigned char)c->s[c->i]);
        k++;
        c->i++;
    }
    w[k < cap ? k : cap - 1] = 0;
    return k;
}

static const char *const month_names[12] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};
static const char *const day_names[7] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

/* Index of the name of which w is a prefix of at least 3 letters ("dec",
 * "sept", "december"), or -1. */
static int name_index(const char *w, size_t len, const char *const *names, int count)
{
    if (len < 3) return -1;
    for (int k = 0; k < count; k++)
        if (len <= strlen(names[k]) && memcmp(w, names[k], len) == 0) return k;
    return -1;
}

/* Month word at the cursor (1..12, with an optional '.'), else 0 and the
 * cursor is left alone. */
static int month_word(cur *c)
{
    char w[16];
    size_t at = c->i, len = word(c, w, sizeof w);
    int m = len < sizeof w ? name_index(w, len, month_names, 12) : -1;
    if (m < 0) {
        c->i = at;
        return 0;
    }
    eat(c, '.');
    return m + 1;
}

static int days_in_month(int y, int m)
{
    static const unsigned char dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dim[m - 1];
}

int64_t date_days_from_civil(int y, unsigned m, unsigned d)
{
    /* Howard Hinnant's days_from_civil: years start in March so that the
     * leap day is last; eras of 400 years repeat exactly. */
    int64_t yy = (int64_t)y - (m <= 2);
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400;
    int64_t doy = (153 * (int64_t)(m > 2 ? m - 3 : m + 9) + 2) / 5 + (int64_t)d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Zone names in news datelines, with their offsets from UTC in minutes. */
static const struct {
    const char *name;
    int minutes;
} zones[] = {
    {"gmt", 0},      {"ut", 0},       {"utc", 0},      {"z", 0},
    {"est", -300},   {"edt", -240},   {"cst", -360},   {"cdt", -300},
    {"mst", -420},   {"mdt", -360},   {"pst", -480},   {"pdt", -420},
    {"bst", 60},     {"cet", 60},     {"cest", 120},   {"eet", 120},
    {"eest", 180},   {"msk", 180},    {"jst", 540},
};

/* Optional zone after a time: Z, +HH:MM, +HHMM, +HH, or a name; then an
 * optional "(comment)" as in RFC 2822.  Sets *off in seconds east of UTC.
 * Returns 0 when something is there that is not a zone. */
static int zone(cur *c, int64_t *off)
{
    *off = 0;
    skip_spaces(c);
    int ch = peek(c);
    if (ch == '+' || ch == '-') {
        int h, m = 0;
        c->i++;
        int k = digits(c, 2, 4, &h);
        if (k == 4) {
            m = h % 100;
            h /= 100;
        } else if (k == 2) {
            if (eat(c, ':') && !digits(c, 2, 2, &m)) return 0;
        } else {
            return 0;
        }
        if (h > 23 || m > 59) return 0;
        *off = (int64_t)(h * 3600 + m * 60) * (ch == '-' ? -1 : 1);
    } else if (is_alpha(ch)) {
        char w[8];
        size_t len = word(c, w, sizeof w);
        size_t k;
        for (k = 0; k < sizeof zones / sizeof zones[0]; k++)
            if (len < sizeof w && strcmp(w, zones[k].name) == 0) break;
        if (k == sizeof zones / sizeof zones[0]) return 0;
        *off = (int64_t)zones[k].minutes * 60;
    }
    skip_spaces(c);
    if (eat(c, '(')) {
        while (c->i < c->n && c->s[c->i] != ')') c->i++;
        if (!eat(c, ')')) return 0;
    }
    return 1;
}

/* Time of day H[H]:MM[:SS[.frac]] [am|pm] (colons optional when `basic`,
 * as in 20211204T103000Z).  Returns seconds since midnight, or -1. */
static int64_t time_of_day(cur *c, int basic)
{
    int h, m, s = 0, x;
    if (basic) {
        if (!digits(c, 2, 2, &h)) return -1;
        eat(c, ':');
        if (!digits(c, 2, 2, &m)) return -1;
        size_t at = c->i;
        eat(c, ':');
        if (!digits(c, 2, 2, &s)) c->i = at;
    } else {
        if (!digits(c, 1, 2, &h) || !eat(c, ':') || !digits(c, 2, 2, &m)) return -1;
        if (eat(c, ':') && !digits(c, 2, 2, &s)) return -1;
    }
    if ((peek(c) == '.' || peek(c) == ',') && c->i + 1 < c->n &&
        is_digit((unsigned char)c->s[c->i + 1])) {
        c->i++;
        while (digits(c, 1, 9, &x)) {} /* fraction: ignored */
    }
    /* 12-hour clock: "3:05 pm", "11:00 a.m." */
    size_t at = c->i;
    skip_spaces(c);
    int ch = lower(peek(c));
    if ((ch == 'a' || ch == 'p') && c->i + 1 < c->n) {
        c->i++;
        eat(c, '.');
        if (lower(peek(c)) == 'm' &&
            (c->i + 1 >= c->n || !is_alpha((unsigned char)c->s[c->i + 1]))) {
            c->i++;
            eat(c, '.');
            if (h < 1 || h > 12) return -1;
            h = h % 12 + (ch == 'p' ? 12 : 0);
        } else {
            c->i = at;
        }
    } else {
        c->i = at;
    }
    if (h > 23 || m > 59 || s > 60) return -1;
    return (int64_t)h * 3600 + m * 60 + s;
}

static int64_t make(int y, int m, int d, int64_t secs, int64_t off)
{
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return DATE_NONE;
    return date_days_from_civil(y, (unsigned)m, (unsigned)d) * 86400 + secs - off;
}

/* The rest after a date: nothing, or a time and an optional zone. */
static int64_t finish(cur *c, int y, int m, int d, int iso)
{
    int64_t secs = 0, off = 0;
    skip_spaces(c);
    if (c->i < c->n) {
        if (!iso) {
            /* "December 4, 2021, 10:30", "4 Dec 2021 at 10:30" */
            if (eat(c, ',')) skip_spaces(c);
            char w[4];
            size_t at = c->i;
            if (word(c, w, sizeof w) == 2 && strcmp(w, "at") == 0) skip_spaces(c);
            else c->i = at;
        }
        secs = time_of_day(c, 0);
        if (secs < 0 || !zone(c, &off)) return DATE_NONE;
        skip_spaces(c);
        if (c->i != c->n) return DATE_NONE;
    }
    return make(y, m, d, secs, off);
}

/* ISO 8601 and its relatives: 2021-12-04[( |T)10:30[:00[.123]][zone]],
 * 2021/12/04, 20211204[T103000Z]. */
static int64_t parse_iso(cur *c)
{
    int y, m, d;
    if (digits(c, 8, 8, &y)) {
        d = y % 100;
        m = y / 100 % 100;
        y /= 10000;
        if (c->i == c->n) return make(y, m, d, 0, 0);
        if (lower(peek(c)) != 't') return DATE_NONE;
        c->i++;
        int64_t off, secs = time_of_day(c, 1);
        if (secs < 0 || !zone(c, &off)) return DATE_NONE;
        skip_spaces(c);
        if (c->i != c->n) return DATE_NONE;
        return make(y, m, d, secs, off);
    }
    if (!digits(c, 4, 4, &y)) return DATE_NONE;
    int sep = peek(c);
    if ((sep != '-' && sep != '/') || !eat(c, sep) || !digits(c, 1, 2, &m) ||
        !eat(c, sep) || !digits(c, 1, 2, &d))
        return DATE_NONE;
    if (lower(peek(c)) == 't') {
        c->i++;
        if (!is_digit(peek(c))) return DATE_NONE;
    }
    return finish(c, y, m, d, 1);
}

/* Day-first and month-first forms with month names, after an optional
 * weekday: "Sat, 04 Dec 2021 10:30:00 +0000", "26-FEB-1987 15:01:01.79",
 * "4 December 2021", "December 4, 2021", "Dec 4 2021", "4th Dec. 2021". */
static int64_t parse_named(cur *c)
{
    int y, m, d;
    if (is_alpha(peek(c))) {
        char w[16];
        size_t at = c->i, len = word(c, w, sizeof w);
        if (len < sizeof w && name_index(w, len, day_names, 7) >= 0) {
            eat(c, '.');
            skip_spaces(c);
            if (eat(c, ',')) skip_spaces(c);
        } else {
            c->i = at;
        }
    }
    if (is_digit(peek(c))) {
        if (!digits(c, 1, 2, &d)) return DATE_NONE;
        char w[4];
        size_t at = c->i; /* ordinal suffix: 1st 2nd 3rd 4th */
        if (word(c, w, sizeof w) != 2 ||
            (strcmp(w, "st") && strcmp(w, "nd") && strcmp(w, "rd") && strcmp(w, "th")))
            c->i = at;
        int sep = peek(c);
        if (sep == '-' || sep == '/') {
            c->i++;
            if (!(m = month_word(c)) || !eat(c, sep)) return DATE_NONE;
        } else {
            skip_spaces(c);
            if (!(m = month_word(c))) return DATE_NONE;
            skip_spaces(c);
            if (eat(c, ',')) skip_spaces(c);
        }
    } else {
        if (!(m = month_word(c))) return DATE_NONE;
        skip_spaces(c);
        if (!digits(c, 1, 2, &d)) return DATE_NONE;
        char w[4];
        size_t at = c->i;
        if (word(c, w, sizeof w) != 2 ||
            (strcmp(w, "st") && strcmp(w, "nd") && strcmp(w, "rd") && strcmp(w, "th")))
            c->i = at;
        skip_spaces(c);
        if (eat(c, ',')) skip_spaces(c);
    }
    if (digits(c, 4, 4, &y) != 4 || is_digit(peek(c))) return DATE_NONE;
    return finish(c, y, m, d, 0);
}

int64_t date_parse(const char *s, size_t n)
{
    if (!s) return DATE_NONE;
    while (n && is_space((unsigned char)s[n - 1])) n--;
    cur c = {s, n, 0};
    skip_spaces(&c);
    if (c.i == c.n) return DATE_NONE;
    /* Four digits first can only be ISO-like; anything else names a month. */
    if (c.i + 4 <= c.n && is_digit((unsigned char)s[c.i]) && is_digit((unsigned char)s[c.i + 1]) &&
        is_digit((unsigned char)s[c.i + 2]) && is_digit((unsigned char)s[c.i + 3]))
        return parse_iso(&c);
    return parse_named(&c);
}

/* Civil date of a day count (Hinnant's civil_from_days). */
static void civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
    *m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static void put2(char *p, unsigned v)
{
    p[0] = (char)('0' + v / 10 % 10);
    p[1] = (char)('0' + v % 10);
}

/* Splits t into date and time of day; 0 when the year is not 0..9999. */
static int split(int64_t t, int64_t *y, unsigned *mo, unsigned *d, int64_t *secs)
{
    /* Years 0..9999 span these seconds; the check also keeps DATE_NONE and
     * other extremes away from the arithmetic below. */
    if (t == DATE_NONE || t < -62167219200LL || t > 253402300799LL) return 0;
    int64_t days = t / 86400, r = t % 86400;
    if (r < 0) {
        r += 86400;
        days--;
    }
    civil_from_days(days, y, mo, d);
    *secs = r;
    return 1;
}

void date_format_day(int64_t t, char out[11])
{
    int64_t y, secs;
    unsigned m, d;
    if (!split(t, &y, &m, &d, &secs)) {
        out[0] = 0;
        return;
    }
    put2(out, (unsigned)(y / 100));
    put2(out + 2, (unsigned)(y % 100));
    out[4] = '-';
    put2(out + 5, m);
    out[7] = '-';
    put2(out + 8, d);
    out[10] = 0;
}

void date_format_iso(int64_t t, char out[21])
{
    int64_t y, secs;
    unsigned m, d;
    if (!split(t, &y, &m, &d, &secs)) {
        out[0] = 0;
        return;
    }
    date_format_day(t, out);
    out[10] = 'T';
    put2(out + 11, (unsigned)(secs / 3600));
    out[13] = ':';
    put2(out + 14, (unsigned)(secs / 60 % 60));
    out[16] = ':';
    put2(out + 17, (unsigned)(secs % 60));
    out[19] = 'Z';
    out[20] = 0;
}
