/*
 * Fuzz target for the names file reader (query/names_file.c): the bytes are
 * opened as a NAMES file of the manifest its header names, WITHOUT the
 * checksums (so the bounds checks are what is tested), then every name,
 * group, member and word bucket is read and every name looked up; then
 * once more with the checksums on.  Any crash, overrun or hang is a bug;
 * errors are expected.
 */
#include <stdint.h>
#include <stdlib.h>

#include "engine.h"

static void walk(names_file *f)
{
    uint32_t n = names_file_count(f), ng = names_file_group_count(f);
    for (uint32_t i = 0; i < n && i < 2000; i++) {
        nf_name x;
        uint32_t j, canon, first, count, m;
        if (names_file_name(f, i, &x)) continue;
        names_file_find(f, x.name, x.name_len, x.kind, &j);
        if (names_file_group(f, x.group, &canon, &first, &count)) continue;
        for (uint32_t k = first; k < first + count && k < first + 1000; k++) names_file_member(f, k, &m);
    }
    for (uint32_t g = 0; g < ng && g < 20000; g++) {
        uint32_t canon, first, count;
        names_file_group(f, g, &canon, &first, &count);
    }
    for (uint32_t h = 0; h < 70000; h++) {
        uint32_t from, to, m;
        if (names_file_word_bucket(f, h, &from, &to)) continue;
        for (uint32_t k = from; k < to && k < from + 1000; k++) names_file_word_name(f, k, &m);
    }
    uint32_t j;
    names_file_find(f, "Yuri Ushakov", 12, 0, &j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the manifest the header names, so the file is used */
    uint64_t id = size >= 24 ? load_u64(data + 16) : 0;
    for (int verify = 0; verify < 2; verify++) {
        merr e = {0};
        int status;
        names_file *f = names_file_open_bytes("fuzz/NAMES", data, size, id, verify, &status, &e);
        if (!f) continue;
        walk(f);
        names_file_close(f);
    }
    return 0;
}
