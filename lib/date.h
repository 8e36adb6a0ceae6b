/*
 * Dates of articles.  Stored as seconds since 1970-01-01T00:00:00Z (int64);
 * DATE_NONE marks an unknown date.
 */
#ifndef MORGUE_DATE_H
#define MORGUE_DATE_H

#include <stddef.h>
#include <stdint.h>

#define DATE_NONE INT64_MIN

/*
 * Parses the date forms found in news archives and returns seconds since the
 * epoch (UTC; a zone offset is applied when given), or DATE_NONE:
 *   ISO 8601: 2021-12-04, 2021-12-04T10:30:00Z, 2021-12-04 10:30:00+03:00,
 *             2021-12-04T10:30:00.123-0500, 20211204
 *   RFC 2822: Sat, 04 Dec 2021 10:30:00 +0000 (weekday optional, GMT/UTC/EST..)
 *   Reuters:  26-FEB-1987 15:01:01.79
 *   Plain:    4 December 2021, December 4, 2021, Dec 4 2021
 * Surrounding whitespace is ignored; anything else unparsed gives DATE_NONE.
 * Years 1000..9999 only.  Also accepted: 2021/12/04, one-digit month and
 * day in ISO dates, basic 20211204T103000Z, ordinals (4th), "Dec.", "Sept",
 * full weekday names (not checked against the date), a time after plain
 * dates (", 3:05 pm", " at 10:30"), a 12-hour clock with am/pm/a.m./p.m.,
 * zones BST CET CEST EET EEST MSK JST, and an RFC 2822 "(comment)" after
 * the zone.  Fractions of seconds are dropped.  No zone means UTC.
 */
int64_t date_parse(const char *s, size_t n);

/* Days since 1970-01-01 for a civil date (proleptic Gregorian). */
int64_t date_days_from_civil(int y, unsigned m, unsigned d);

/* Writes "YYYY-MM-DD" (11 bytes with NUL) for t; "" for DATE_NONE and for
 * instants outside years 0000..9999. */
void date_format_day(int64_t t, char out[11]);

/* Writes "YYYY-MM-DDTHH:MM:SSZ" (21 bytes with NUL); "" for DATE_NONE and
 * for instants outside years 0000..9999. */
void date_format_iso(int64_t t, char out[21]);

#endif
