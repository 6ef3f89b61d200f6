// Inflate: decompresses a raw deflate stream (RFC 1951), the compression of zip entries and so of
// every part of an .xlsx file. Our own implementation, written from the RFC, because the bytes of a
// user's workbook go from the browser straight into wasm memory and no zlib is linked there.
//
// All three block types are handled: stored, fixed Huffman and dynamic Huffman. The decoder is
// written for hostile input (it is fuzzed): it never reads outside `in`, never writes more than
// `max_output` bytes, and always ends, because every step either consumes input bits or fails.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace jv {

// Decompresses the raw deflate stream `in` (no zlib or gzip header) and appends the result to
// `out`. Stops after the block marked final; bytes after it are ignored (a zip entry's compressed
// size may include padding). Returns false with a Dutch message in `error` on corrupt or truncated
// input; `out` then holds what was decoded before the fault. `max_output` bounds the bytes this
// call appends, against zip bombs: exceeding it is an error ("Het bestand pakt uit tot meer dan
// N MB; ...").
bool inflate_raw(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out, std::size_t max_output,
                 std::string& error);

// The message inflate_raw() gives when the output would exceed `max_output` bytes; zip and xlsx
// readers use it too when an entry announces a size over their limit, so a user sees one wording.
std::string inflate_too_large_message(std::size_t max_output);

}  // namespace jv
