/*
 * Plain text from an HTML page, without a DOM: a tolerant scanner that drops
 * tags, comments, <script>, <style>, <noscript>, <template>, <svg>, <head>
 * content other than the title and meta tags, and the page-furniture
 * elements <nav>, <header>, <footer>, <aside>, <button>; decodes
 * character references (named, decimal, hex; invalid ones kept as text);
 * turns block elements (p, div, br, li, h1-h6, tr, blockquote, section,
 * article) into paragraph breaks; collapses runs of white space.
 * (Real boilerplate removal with a parser comes with WARC support.)
 *
 * Details: iframe, textarea, math, noembed, noframes and xmp are dropped
 * like script; ul, ol, table, figure, figcaption, pre, hr, dl, dt, dd,
 * main, address, caption, center break paragraphs too, td/th give a space.
 * <form> is kept (ASP.NET wraps whole pages in one).  An unclosed
 * furniture element drops the rest of the page; a stray end tag is
 * ignored.  <head> ends at </head>, <body> or any tag that cannot be in a
 * head.  Named references need their ';' (HTML 4 set plus &apos;), except
 * bare &amp &lt &gt &quot &nbsp; &#128;-&#159; are read as Windows-1252
 * like browsers do; &#0;, surrogates and > U+10FFFF give U+FFFD.  NBSP is
 * white space; other control characters are dropped.  The output is valid
 * UTF-8 even for invalid input (bad bytes become U+FFFD).
 */
#ifndef MORGUE_HTML_TEXT_H
#define MORGUE_HTML_TEXT_H

#include <stddef.h>
#include "buf.h"

typedef struct {
    buf title;     /* <title> text, else the first <h1> (one outside the
                      furniture preferred); one line */
    buf body;      /* paragraphs separated by "\n\n" */
    buf author;    /* <meta name="author" content>, several joined by ", ";
                      else <meta name="DC.creator"> */
    buf date;      /* article:published_time, or <meta name="date"> (or
                      pubdate, publishdate, dc.date, dcterms.date,
                      itemprop=datePublished ...), or the first
                      <time datetime> — raw string as found */
    buf url;       /* <link rel="canonical" href> or og:url */
} html_text;

/* Extracts from s[0..n) (valid UTF-8) into h, whose buffers it appends to
 * (zero-initialise h first; free with html_text_free).  Attribute values
 * and titles have references decoded and white space collapsed. */
void html_text_extract(const char *s, size_t n, html_text *h);
/* Frees the buffers of h, leaving it zeroed and ready for reuse. */
void html_text_free(html_text *h);

#endif
