/*
 * Stand-in for libFuzzer when the tree is built with gcc: feeds every seed
 * file under the given directories to LLVMFuzzerTestOneInput, then a fixed
 * number of deterministic mutations of each (byte flips, truncations,
 * insertions, splices), so ctest exercises each parser on hostile input.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static int run_file(const char *path, int mutations)
{
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (n < 0) n = 0;
    uint8_t *data = malloc((size_t)n + 1);
    if (!data || fread(data, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(data);
        return 0;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(data, (size_t)n);
    uint8_t *m = malloc((size_t)n + 64);
    for (int k = 0; m && k < mutations; k++) {
        size_t len = (size_t)n;
        memcpy(m, data, len);
        int edits = 1 + (int)(next_rand() % 4);
        for (int e = 0; e < edits; e++) {
            switch (next_rand() % 4) {
            case 0: if (len) m[next_rand() % len] ^= (uint8_t)(1u << (next_rand() % 8)); break;
            case 1: if (len) len = next_rand() % len; break;
            case 2: if (len < (size_t)n + 60) { size_t at = len ? next_rand() % len : 0;
                        memmove(m + at + 1, m + at, len - at); m[at] = (uint8_t)next_rand(); len++; } break;
            case 3: if (len) m[next_rand() % len] = "\"\\{}[]<>:,\n\0'&;"[next_rand() % 15]; break;
            }
        }
        LLVMFuzzerTestOneInput(m, len);
    }
    free(m);
    free(data);
    return 1;
}

int main(int argc, char **argv)
{
    int files = 0;
    int mutations = getenv("FUZZ_MUTATIONS") ? atoi(getenv("FUZZ_MUTATIONS")) : 2000;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            DIR *d = opendir(argv[i]);
            struct dirent *de;
            while (d && (de = readdir(d))) {
                if (de->d_name[0] == '.') continue;
                char p[4096];
                snprintf(p, sizeof p, "%s/%s", argv[i], de->d_name);
                files += run_file(p, mutations);
            }
            if (d) closedir(d);
        } else {
            files += run_file(argv[i], mutations);
        }
    }
    /* Pure random inputs too, so a target with no seeds is still exercised. */
    uint8_t r[256];
    for (int k = 0; k < mutations; k++) {
        size_t len = next_rand() % sizeof r;
        for (size_t j = 0; j < len; j++) r[j] = (uint8_t)next_rand();
        LLVMFuzzerTestOneInput(r, len);
    }
    printf("%d passed, 0 failed\n", files + 1);
    return 0;
}
