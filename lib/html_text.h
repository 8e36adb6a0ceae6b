/*
 * Plain text from an HTML page, without a DOM: a tolerant scanner that drops
 * tags, comments, <script>, <style>, <noscript>, <template>, <svg>, <head>
 * content other than the title and meta tags, and the page-furniture
 * elements <nav>, <header>, <footer>, <aside>, <form>, <button>; decodes
 * character references (named, decimal, hex; invalid ones kept as text);
 * turns block elements (p, div, br, li, h1-h6, tr, blockquote, section,
 * article) into paragraph breaks; collapses runs of white space.
 * (Real boilerplate removal with a parser comes with WARC support.)
 */
#ifndef MORGUE_HTML_TEXT_H
#define MORGUE_HTML_TEXT_H

#include <stddef.h>
#include "buf.h"

typedef struct {
    buf title;     /* <title> text, else the first <h1> */
    buf body;      /* paragraphs separated by "\n\n" */
    buf author;    /* <meta name="author" content> */
    buf date;      /* article:published_time, or <meta name="date">, or
                      <time datetime> — raw string as found */
    buf url;       /* <link rel="canonical" href> or og:url */
} html_text;

/* Extracts from s[0..n) (valid UTF-8) into h, whose buffers it appends to
 * (zero-initialise h first; free with html_text_free). */
void html_text_extract(const char *s, size_t n, html_text *h);
void html_text_free(html_text *h);

#endif
