/*
 * Article extraction from an HTML page: the metadata (title, publication
 * date, authors, canonical URL) and the main text with the page's
 * boilerplate removed (navigation, related links, share buttons, comment
 * sections, cookie and ad-block notices, "See also" boxes, newsletter
 * sign-ups, captions unless asked for), paragraphs separated by "\n\n".
 *
 * The page is parsed with libxml2's HTML parser (recovering from any
 * markup error, no network); the DOM is then scored block by block, by
 * text density, link density and markup cues (tags, class and id names,
 * itemprop=articleBody, role), the best block and its related siblings are
 * kept and the boilerplate inside them removed.  JSON-LD articleBody is
 * used when the markup gives clearly less text.  The rules are described
 * in docs/EXTRACTION-HTML.md.
 */
#ifndef MORGUE_HTML_EXTRACT_H
#define MORGUE_HTML_EXTRACT_H

#include <stddef.h>
#include "buf.h"

typedef struct {
    int keep_captions;  /* keep <figcaption> and caption/credit blocks */
} html_extract_opts;

typedef struct {
    buf title;   /* og:title, JSON-LD headline, <title> minus a site-name
                    suffix (" | Site", " - Site"), else the first <h1>;
                    one line */
    buf body;    /* main text, paragraphs separated by "\n\n", no leading
                    or trailing white space, single spaces */
    buf author;  /* authors joined by ", ": meta author, JSON-LD author
                    (string, object or array), rel=author, itemprop=author,
                    else a byline element ("By " dropped) */
    buf date;    /* raw string: article:published_time, JSON-LD
                    datePublished, itemprop=datePublished, <time datetime>,
                    meta date variants (date, pubdate, dc.date, ...) */
    buf url;     /* <link rel=canonical href>, else og:url */
} html_article;

/*
 * Extracts from html[0..n) (UTF-8; invalid bytes are tolerated and the
 * output fields are valid UTF-8) into out, whose buffers are cleared first
 * (zero-initialise out before the first call; free with
 * html_article_free).  opt may be NULL for the defaults.  Returns 0 on
 * success (the body may still be empty when the page has no text), -1 when
 * the page could not be parsed or memory ran out.
 */
int html_extract(const char *html, size_t n, const html_extract_opts *opt,
                 html_article *out);
/* Frees the buffers of a, leaving it zeroed and ready for reuse. */
void html_article_free(html_article *a);

#endif
