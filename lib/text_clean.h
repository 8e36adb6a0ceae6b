/*
 * Cleaning of plain-text article bodies (scraped .txt files): the lines a
 * scraper copied from below the article — "Leave a Reply", "Your email
 * address will not be published", "Source link", "Share this:", "Related",
 * "Click here to ...", requests to disable an ad blocker (with the rest of
 * their notice paragraph and a short sign-off), comment counts — are cut
 * off the end, and a byline line there ("Author: Name", "By Name",
 * "Written by Name", "Reporting by Name; ...") is cut too and returned as
 * the author.  Only the tail is touched: the scan walks back from the end
 * over blank lines, boilerplate lines and at most a few short lines that
 * come after a boilerplate line, and stops at the first line of article
 * text.
 */
#ifndef MORGUE_TEXT_CLEAN_H
#define MORGUE_TEXT_CLEAN_H

#include <stddef.h>
#include "buf.h"

/*
 * Returns the length of the article text in s[0..n) (a prefix of s, with
 * trailing white space excluded).  When a byline line is cut and author is
 * not NULL, its name is appended to author (one line, trimmed) — the last
 * byline in the text wins if author is still empty.
 */
size_t text_clean(const char *s, size_t n, buf *author);

#endif
