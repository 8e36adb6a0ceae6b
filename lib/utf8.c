#include "utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/*
 * Length of the valid sequence at s[i] (1..4), or 0 when the bytes there do
 * not start a valid one.  Checks the second byte against the ranges of
 * Unicode Table 3-7, which rules out overlongs, surrogates and > U+10FFFF in
 * one comparison.
 */
static size_t seq_len(const unsigned char *s, size_t n, size_t i)
{
    unsigned c = s[i];
    size_t left = n - i;
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0; /* stray continuation or overlong 2-byte lead */
    if (c < 0xE0) {
        if (left < 2 || (s[i + 1] & 0xC0) != 0x80) return 0;
        return 2;
    }
    if (c < 0xF0) {
        if (left < 3) return 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;      /* overlong */
        else if (c == 0xED) hi = 0x9F; /* surrogates */
        if (s[i + 1] < lo || s[i + 1] > hi || (s[i + 2] & 0xC0) != 0x80) return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (left < 4) return 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c == 0xF0) lo = 0x90;      /* overlong */
        else if (c == 0xF4) hi = 0x8F; /* > U+10FFFF */
        if (s[i + 1] < lo || s[i + 1] > hi || (s[i + 2] & 0xC0) != 0x80 ||
            (s[i + 3] & 0xC0) != 0x80)
            return 0;
        return 4;
    }
    return 0;
}

/*
 * Length of the maximal prefix of an ill-formed sequence at s[i] (at least
 * 1): the lead byte plus the continuation bytes that were still acceptable.
 * Replacing each such prefix by one U+FFFD is the practice Unicode recommends
 * (and what browsers and Python do).
 */
static size_t bad_len(const unsigned char *s, size_t n, size_t i)
{
    unsigned c = s[i];
    size_t need, k = 1;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c < 0xE0) need = 2;
    else if (c >= 0xE0 && c < 0xF0) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c < 0xF5) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else
        return 1;
    if (i + 1 < n && s[i + 1] >= lo && s[i + 1] <= hi) {
        k = 2;
        while (k < need && i + k < n && (s[i + k] & 0xC0) == 0x80) k++;
    }
    return k;
}

int utf8_valid(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        /* ASCII fast path, 8 bytes at a time. */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        if (s[i] < 0x80) { i++; continue; }
        size_t k = seq_len(s, n, i);
        if (!k) return 0;
        i += k;
    }
    return 1;
}

/* The index of the first byte of s[i..n) that is NUL or not ASCII, or n:
 * 16 bytes at a time with SSE2, else 8.  Article text is mostly plain
 * ASCII: sanitizing byte by byte was 2.7% of indexing's instructions, eight
 * bytes at a time 0.4%. */
static size_t plain_ascii(const unsigned char *s, size_t i, size_t n)
{
#if defined(__SSE2__)
    while (n - i >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128())));
        if (m) return i + (unsigned)__builtin_ctz(m);
        i += 16;
    }
#endif
    while (n - i >= 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if ((w | ((w - 0x0101010101010101ull) & ~w)) & 0x8080808080808080ull) break;
        i += 8;
    }
    while (i < n && s[i] >= 0x01 && s[i] < 0x80) i++;
    return i;
}

size_t utf8_sanitize(buf *out, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, run = 0, reps = 0;
    if (buf_reserve(out, n)) return 0;
    /* Copies valid runs in one piece; run is where the current one began. */
    for (;;) {
        i = plain_ascii(s, i, n);
        if (i >= n) break;
        unsigned c = s[i];
        size_t k = c ? seq_len(s, n, i) : 0;
        if (k) { i += k; continue; }
        buf_put(out, s + run, i - run);
        if (c == 0) {
            i++;
        } else {
            buf_put(out, "\xEF\xBF\xBD", 3);
            reps++;
            i += bad_len(s, n, i);
        }
        run = i;
    }
    buf_put(out, s + run, i - run);
    return reps;
}

uint32_t utf8_next(const char *str, size_t n, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t j = *i;
    unsigned c = s[j];
    if (c < 0x80) { *i = j + 1; return c; }
    switch (seq_len(s, n, j)) {
    case 2:
        *i = j + 2;
        return (uint32_t)(c & 0x1F) << 6 | (s[j + 1] & 0x3F);
    case 3:
        *i = j + 3;
        return (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[j + 1] & 0x3F) << 6 |
               (s[j + 2] & 0x3F);
    case 4:
        *i = j + 4;
        return (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[j + 1] & 0x3F) << 12 |
               (uint32_t)(s[j + 2] & 0x3F) << 6 | (s[j + 3] & 0x3F);
    default:
        *i = j + 1;
        return 0xFFFD;
    }
}

int utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if ((cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}
