/*
 * Fuzz target for the input layer: the bytes are read as an input file
 * (archive, compressed file or plain article file) through
 * input_read_memory(), with a sink that drops everything, once under each
 * kind of name (no extension, .txt, .jsonl, .json, .html, .bin) so that
 * every article format and the no-format path parse every input.
 */
#include <stddef.h>
#include <stdint.h>

#include "drop_sink.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"input", "input.txt", "input.jsonl",
                                        "input.json", "input.html", "input.bin"};
    input_sink sink = drop_sink();
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        input_read_memory(names[i], data, size, &sink);
    return 0;
}
