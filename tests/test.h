/*
 * Minimal test harness: CHECK records a failure and goes on; each test
 * program ends with TEST_END, which prints "N passed, N failed" and returns
 * non-zero on any failure (ctest reads the exit status).
 */
#ifndef MORGUE_TEST_H
#define MORGUE_TEST_H

#include <stdio.h>
#include <string.h>

static int test_passed_, test_failed_;

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (cond) test_passed_++;                                            \
        else {                                                               \
            test_failed_++;                                                  \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
        }                                                                    \
    } while (0)

#define CHECK_MSG(cond, ...)                                                 \
    do {                                                                     \
        if (cond) test_passed_++;                                            \
        else {                                                               \
            test_failed_++;                                                  \
            fprintf(stderr, "%s:%d: CHECK failed: %s: ", __FILE__, __LINE__, \
                    #cond);                                                  \
            fprintf(stderr, __VA_ARGS__);                                    \
            fputc('\n', stderr);                                             \
        }                                                                    \
    } while (0)

#define CHECK_STR(a, b)                                                      \
    CHECK_MSG(strcmp((a), (b)) == 0, "got \"%s\", want \"%s\"", (a), (b))

#define TEST_END()                                                           \
    do {                                                                     \
        printf("%d passed, %d failed\n", test_passed_, test_failed_);        \
        return test_failed_ ? 1 : 0;                                         \
    } while (0)

#endif
