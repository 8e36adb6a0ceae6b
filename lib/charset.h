/*
 * Character sets of scraped pages: detection and transcoding to UTF-8.
 *
 * Detection, first match wins:
 *   1. a byte order mark (UTF-8, UTF-16LE/BE);
 *   2. the charset parameter of an HTTP Content-Type header (WARC records);
 *   3. for HTML, <meta charset=...> or <meta http-equiv="Content-Type"
 *      content="...; charset=..."> in the first 4 KiB;
 *   4. otherwise UTF-8 when the bytes are valid UTF-8 (or mostly: some
 *      valid multi-byte sequences, and invalid ones at most 4 times as
 *      many, which is damaged UTF-8), else windows-1252 (what browsers
 *      assume for unlabelled Western pages).
 * Labels are mapped as the WHATWG Encoding standard does where it matters
 * (iso-8859-1, latin1 and us-ascii mean windows-1252; gb2312 and gbk mean
 * GB18030; a UTF-16 label on an ASCII-compatible page means UTF-8), and a
 * label iconv does not know is ignored (step 4).
 *
 * Transcoding uses iconv (glibc).  Bytes that cannot be decoded become
 * U+FFFD and are counted; it never fails except for lack of memory.
 */
#ifndef MORGUE_CHARSET_H
#define MORGUE_CHARSET_H

#include <stddef.h>
#include "buf.h"

enum { CHARSET_NAME_MAX = 48 };

/* What charset_detect() found, and where. */
typedef enum {
    CHARSET_FROM_BOM,
    CHARSET_FROM_HTTP,
    CHARSET_FROM_META,
    CHARSET_FROM_CONTENT   /* step 4: valid UTF-8 or windows-1252 */
} charset_source;

/*
 * Detects the charset of data[0..n).  `content_type` is an HTTP
 * Content-Type header value or NULL; `html` enables the <meta> scan.
 * Writes the canonical (iconv) name into name[CHARSET_NAME_MAX], e.g.
 * "UTF-8", "WINDOWS-1252", "UTF-16LE", "EUC-JP", and returns where it came
 * from.  *bom_len gets the length of a byte order mark to drop (or 0).
 */
charset_source charset_detect(const char *data, size_t n, const char *content_type,
                              int html, char name[CHARSET_NAME_MAX], size_t *bom_len);

/*
 * Appends data[0..n), in charset `name` (an iconv name; NULL or "UTF-8" for
 * UTF-8), to out as UTF-8 without NUL bytes.  Returns the number of byte
 * sequences that could not be decoded and were replaced by U+FFFD.  An
 * unknown charset is read as windows-1252.  On lack of memory out->oom is
 * set.
 */
size_t charset_to_utf8(buf *out, const char *data, size_t n, const char *name);

/*
 * Both steps: detects (as charset_detect) and appends the UTF-8 text to out
 * (the byte order mark dropped).  Returns the replacements made; *used (if
 * not NULL) gets the charset name read, a static string or one of a small
 * table (valid until the next call on the same thread).
 */
size_t charset_decode(buf *out, const char *data, size_t n, const char *content_type,
                      int html, const char **used);

/* Maps a charset label ("latin1", "Shift_JIS", "utf8") to the iconv name
 * used for it, into name[CHARSET_NAME_MAX]; returns 0, or -1 when the label
 * is unusable (iconv cannot convert from it). */
int charset_canonical(const char *label, size_t len, char name[CHARSET_NAME_MAX]);

#endif
