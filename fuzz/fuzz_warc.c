/*
 * Fuzz target for the WARC reader: the bytes are read as "x.warc" (the
 * record parser, HTTP heads, chunked and content decoding, charsets and the
 * HTML format behind them) and as "x.warc.gz" (through libarchive's gzip
 * filter) with input_read_memory(), with a sink that touches and drops
 * everything.  It must never crash, leak or read out of bounds.
 */
#include <stddef.h>
#include <stdint.h>

#include "drop_sink.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    input_sink sink = drop_sink();
    input_read_memory("x.warc", data, size, &sink);
    input_read_memory("x.warc.gz", data, size, &sink);
    return 0;
}
