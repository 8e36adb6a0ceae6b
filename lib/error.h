/*
 * Sticky error context (the SQLite FTS5 `rc` pattern): the first error set on
 * a context stays, later ones are ignored, so a chain of calls is checked once
 * at its end.  Every long-lived object embeds one.
 */
#ifndef MORGUE_ERROR_H
#define MORGUE_ERROR_H

#include "morgue/morgue.h"

typedef struct {
    morgue_rc rc;
    int col;        /* query column for MORGUE_E_QUERY, else 0 */
    char msg[512];  /* one line: "<file>: <reason>" */
} merr;

/* Records the error unless one is already recorded; returns the stored rc.
 * The message is printf-formatted; it should name the file or input. */
morgue_rc merr_set(merr *e, morgue_rc rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Like merr_set, also recording a query column. */
morgue_rc merr_set_col(merr *e, int col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Forgets any recorded error. */
void merr_clear(merr *e);

/* Copies src's error into dst (if dst has none yet). */
void merr_copy(merr *dst, const merr *src);

/* Message of the context: its own text, or the generic one for its rc. */
const char *merr_msg(const merr *e);

/* Return-on-error helpers (zstd's FORWARD_IF_ERROR). */
#define RETURN_IF_ERR(e)                                                     \
    do {                                                                     \
        if ((e)->rc != MORGUE_OK) return (e)->rc;                            \
    } while (0)
#define FORWARD_IF_RC(expr)                                                  \
    do {                                                                     \
        morgue_rc rc_fwd_ = (expr);                                          \
        if (rc_fwd_ != MORGUE_OK) return rc_fwd_;                            \
    } while (0)

#endif
