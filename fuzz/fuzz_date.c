/* Fuzz target: date parsing; an accepted date formats and parses back to
 * the same instant, and formatting any instant stays in its buffer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char iso[21], day[11];
    int64_t t = date_parse((const char *)data, size);
    /* Offsets may carry a date just outside years 1000..9999, which
     * cannot be read back; the round trip is checked inside them. */
    if (t != DATE_NONE && t >= date_days_from_civil(1000, 1, 2) * 86400 &&
        t < date_days_from_civil(9999, 12, 31) * 86400) {
        date_format_iso(t, iso);
        date_format_day(t, day);
        if (strlen(iso) != 20 || strlen(day) != 10 || memcmp(iso, day, 10) != 0) abort();
        if (date_parse(iso, 20) != t) abort();
        if (date_parse(day, 10) != t - ((t % 86400) + 86400) % 86400) abort();
    }
    if (size >= 8) {
        int64_t v;
        memcpy(&v, data, 8);
        date_format_iso(v, iso);
        date_format_day(v, day);
        size_t li = strlen(iso), ld = strlen(day);
        if ((li != 0 && li != 20) || (ld != 0 && ld != 10)) abort();
    }
    return 0;
}
