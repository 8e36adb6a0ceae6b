/* HTML to text: metadata extraction, dropped elements, character
 * references, white space and paragraphs. */
#include "html_text.h"
#include "test.h"
#include "utf8.h"

static html_text h;

static void run(const char *s)
{
    html_text_free(&h);
    html_text_extract(s, strlen(s), &h);
}

/* Body text of s. */
static const char *body(const char *s)
{
    run(s);
    return buf_cstr(&h.body);
}

static const char page[] =
    "<!DOCTYPE html>\n"
    "<html><head>\n"
    "<meta charset=\"utf-8\">\n"
    "<title>Kremlin aide &amp; the\n  briefing | News</title>\n"
    "<meta name=\"Author\" content=\"Jane Doe\">\n"
    "<meta property=\"article:published_time\" content=\"2021-12-04T10:30:00Z\">\n"
    "<meta name=\"date\" content=\"2021-12-03\">\n"
    "<link rel=\"stylesheet Canonical\" href=\"https://example.com/a?x=1&amp;y=2\">\n"
    "<meta property=\"og:url\" content=\"https://example.com/og\">\n"
    "<script>var x = \"<p>not text</p>\"; if (a < b) {}</script>\n"
    "<style>p { color: red } </style>\n"
    "</head>\n"
    "<body>\n"
    "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
    "<header><div class=\"logo\">Site Name</div></header>\n"
    "<article>\n"
    "<h1>Main   headline</h1>\n"
    "<p>First paragraph with \u201Cquotes\u201D &mdash; and&nbsp;a non-breaking space.</p>\n"
    "<p>Second<br>line &#8364;5 &#x41;&#65;</p>\n"
    "<!-- a comment <p>hidden</p> -->\n"
    "<aside>Related stories</aside>\n"
    "<p>Unknown &foo; entity and AT&T and &amp bare and 5 < 6.</p>\n"
    "</article>\n"
    "<footer>Copyright</footer>\n"
    "<form><button>Subscribe</button></form>\n"
    "</body></html>\n";

static void check_page(void)
{
    run(page);
    CHECK_STR(buf_cstr(&h.title), "Kremlin aide & the briefing | News");
    CHECK_STR(buf_cstr(&h.author), "Jane Doe");
    CHECK_STR(buf_cstr(&h.date), "2021-12-04T10:30:00Z");
    CHECK_STR(buf_cstr(&h.url), "https://example.com/a?x=1&y=2");
    CHECK_STR(buf_cstr(&h.body),
              "Main headline\n\n"
              "First paragraph with \u201Cquotes\u201D \u2014 and a non-breaking space.\n\n"
              "Second\n\nline \u20AC5 AA\n\n"
              "Unknown &foo; entity and AT&T and & bare and 5 < 6.");
}

static void check_metadata(void)
{
    /* Date sources by rank: published_time > meta date > <time>. */
    run("<meta name=date content=2021-01-02><p>x <time datetime=\"2020-05-05\">then</time>");
    CHECK_STR(buf_cstr(&h.date), "2021-01-02");
    run("<p>x <time datetime=\"2020-05-05\">then</time> <time datetime=\"1999-01-01\">");
    CHECK_STR(buf_cstr(&h.date), "2020-05-05");
    CHECK_STR(buf_cstr(&h.body), "x then");
    run("<meta itemprop=\"datePublished\" content=\" 2019-03-03 \">");
    CHECK_STR(buf_cstr(&h.date), "2019-03-03");
    run("<time>no attribute</time>");
    CHECK_STR(buf_cstr(&h.date), "");

    /* og:url only when there is no canonical link, wherever it comes. */
    run("<meta property='og:url' content='http://x/og'>");
    CHECK_STR(buf_cstr(&h.url), "http://x/og");
    run("<meta property='og:url' content='http://x/og'><LINK REL=canonical HREF=http://x/c>");
    CHECK_STR(buf_cstr(&h.url), "http://x/c");
    run("<link rel=\"stylesheet\" href=\"a.css\">");
    CHECK_STR(buf_cstr(&h.url), "");

    /* Quoting styles and references in attribute values. */
    run("<meta name=author content='O&#39;Brien'>");
    CHECK_STR(buf_cstr(&h.author), "O'Brien");
    run("<META NAME=AUTHOR CONTENT=Smith>");
    CHECK_STR(buf_cstr(&h.author), "Smith");
    run("<meta content=\"a > b\" name=\"author\">after");
    CHECK_STR(buf_cstr(&h.author), "a > b");
    CHECK_STR(buf_cstr(&h.body), "after");
    /* Several authors are joined; repeats dropped; dc.creator as fallback. */
    run("<meta name=author content=\"A One\"><meta name=author content=\"B Two\">"
        "<meta name=author content=\"A One\">");
    CHECK_STR(buf_cstr(&h.author), "A One, B Two");
    run("<meta name=\"DC.creator\" content=\"C Three\">");
    CHECK_STR(buf_cstr(&h.author), "C Three");
    run("<meta name=\"DC.creator\" content=\"C Three\"><meta name=author content=\"D\">");
    CHECK_STR(buf_cstr(&h.author), "D");

    /* Title: <title>, else the first <h1>, preferring one outside furniture. */
    run("<body><header><h1>Site</h1></header><h1></h1><h1>Story <em>title</em></h1>");
    CHECK_STR(buf_cstr(&h.title), "Story title");
    run("<header><h1>Site</h1></header><p>text");
    CHECK_STR(buf_cstr(&h.title), "Site");
    CHECK_STR(buf_cstr(&h.body), "text");
    run("<h1>Story<button>Share</button> title</h1>");
    CHECK_STR(buf_cstr(&h.title), "Story title");
    run("<h1>Two<br>lines</h1>");
    CHECK_STR(buf_cstr(&h.title), "Two lines");
    CHECK_STR(buf_cstr(&h.body), "Two\n\nlines");
    run("<h1>Unclosed<p>Body text");
    CHECK_STR(buf_cstr(&h.title), "Unclosed");
    CHECK_STR(buf_cstr(&h.body), "Unclosed\n\nBody text");
    run("<title>First</title><title>Second</title><h1>H</h1>");
    CHECK_STR(buf_cstr(&h.title), "First");
    run("<title><b>not a tag</b> &lt;</title>");
    CHECK_STR(buf_cstr(&h.title), "<b>not a tag</b> <");
    CHECK_STR(buf_cstr(&h.body), "");
}

static void check_dropped(void)
{
    CHECK_STR(body("a<SCRIPT type=x>if (a<b && c</b) x();</ScRiPt>b"), "ab");
    CHECK_STR(body("a<script>x</scripty>y</script >b"), "ab");
    CHECK_STR(body("a<script>never closed <p>text"), "a");
    CHECK_STR(body("<style>body{}</style><noscript>Enable JS</noscript>ok"), "ok");
    CHECK_STR(body("<template><p>t</p></template><textarea>t</textarea>ok"), "ok");
    CHECK_STR(body("<svg><title>icon</title><text>x</text></svg>y"), "y");
    CHECK_STR(body("<svg/>z<math><mi>x</mi></math>"), "z");
    CHECK_STR(body("<iframe src=x>fallback</iframe>ok"), "ok");
    CHECK_STR(body("one<nav>menu<nav>inner</nav>still menu</nav>two"), "one\n\ntwo");
    CHECK_STR(body("<footer>f</footer><aside>a</aside><form>x<button>b</button>y</form>z"), "x\n\ny\n\nz");
    CHECK_STR(body("stray</nav> end tags</footer>"), "stray\n\nend tags");
    CHECK_STR(body("<!-->a<!--->b<!-- c -->d<!--- e --->f"), "abdf");
    CHECK_STR(body("a<!-- unclosed"), "a");
    CHECK_STR(body("<?xml version=\"1.0\"?><!DOCTYPE html><![CDATA[x]]>ok</>"), "ok");
    CHECK_STR(body("<head><title>T</title>junk</head><body>ok"), "ok");
    CHECK_STR(body("<head><title>T</title><p>para"), "para");
    CHECK_STR(body("a <unclosed tag"), "a");
    CHECK_STR(body("<a href=\"x>y\">link</a> <img alt='z'>text"), "link text");
}

static void check_text(void)
{
    CHECK_STR(body(""), "");
    CHECK_STR(body("hello"), "hello");
    CHECK_STR(body("   \n\t "), "");
    CHECK_STR(body("  <p>  a \n\t b  </p>  <p></p><p> c </p>  "), "a b\n\nc");
    CHECK_STR(body("<div><div><p>x</p></div></div><br><br>y"), "x\n\ny");
    CHECK_STR(body("foo<b>bar</b> baz<i> qux</i>"), "foobar baz qux");
    CHECK_STR(body("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>"),
              "a b\n\nc");
    CHECK_STR(body("<ul><li>one<li>two</ul>"), "one\n\ntwo");
    CHECK_STR(body("x<3 and a < b and <> and <1>"), "x<3 and a < b and <> and <1>");
    /* References: named (case-sensitive), decimal, hex, invalid kept. */
    CHECK_STR(body("&Eacute;&eacute;&hellip;&laquo;&raquo;&lsquo;&rsquo;&ndash;"),
              "\u00C9\u00E9\u2026\u00AB\u00BB\u2018\u2019\u2013");
    CHECK_STR(body("&#0;|&#x110000;|&#xD800;|&#99999999999;"),
              "\uFFFD|\uFFFD|\uFFFD|\uFFFD");
    CHECK_STR(body("&#146;&#150;&#x80;"), "\u2019\u2013\u20AC");
    CHECK_STR(body("&#;&#x;&#xG;&;&nosuch;&eacute &lt &ltx &amp=1"),
              "&#;&#x;&#xG;&;&nosuch;&eacute < &ltx &amp=1");
    CHECK_STR(body("&#65&#x42 &AMP;"), "AB &AMP;");
    CHECK_STR(body("a&nbsp;&nbsp;b\u00A0\u00A0c&#32;&#10;d"), "a b c d");
    /* Control characters are dropped; bad UTF-8 becomes U+FFFD. */
    CHECK_STR(body("a\x01" "b&#7;c\xC2\x85" "d"), "abcd");
    CHECK_STR(body("x\xFFy\xC3"), "x\uFFFDy\uFFFD");
    CHECK(utf8_valid((const char *)h.body.p, h.body.len));

    /* Appends to what the buffers hold; only n bytes are read. */
    html_text_free(&h);
    html_text_extract("<p>one", 6, &h);
    html_text_extract("<p>two</p>ignored", 10, &h);
    CHECK_STR(buf_cstr(&h.body), "onetwo");
}

int main(void)
{
    check_page();
    check_metadata();
    check_dropped();
    check_text();
    html_text_free(&h);
    TEST_END();
}
