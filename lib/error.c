#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MSG_(name, value, msg) [value] = msg,
static const char *const messages[] = {MORGUE_ERROR_LIST(MSG_)};
#undef MSG_

const char *morgue_strerror(morgue_rc rc)
{
    if ((unsigned)rc >= sizeof messages / sizeof messages[0] || !messages[rc])
        return "unknown error";
    return messages[rc];
}

static morgue_rc set_v(merr *e, morgue_rc rc, int col, const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));
static morgue_rc set_v(merr *e, morgue_rc rc, int col, const char *fmt, va_list ap)
{
    if (e->rc != MORGUE_OK) return e->rc;
    e->rc = rc;
    e->col = col;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    return rc;
}

morgue_rc merr_set(merr *e, morgue_rc rc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    morgue_rc r = set_v(e, rc, 0, fmt, ap);
    va_end(ap);
    return r;
}

morgue_rc merr_set_col(merr *e, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    morgue_rc r = set_v(e, MORGUE_E_QUERY, col, fmt, ap);
    va_end(ap);
    return r;
}

void merr_clear(merr *e)
{
    e->rc = MORGUE_OK;
    e->col = 0;
    e->msg[0] = 0;
}

void merr_copy(merr *dst, const merr *src)
{
    if (dst->rc != MORGUE_OK || src->rc == MORGUE_OK) return;
    *dst = *src;
}

const char *merr_msg(const merr *e)
{
    return e->msg[0] ? e->msg : morgue_strerror(e->rc);
}
