// PNG writing, for exporting a slide or chart as an image (PowerPoint takes PNG). The app renders
// the pixels; this only encodes them. No zlib: the deflate stream is written here (one block with
// the fixed Huffman codes of RFC 1951 and a greedy LZ77 over a 32 KiB window), which is small for
// what a chart is: flat areas and repeated rows.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace jv {

// An 8-bit RGBA PNG (colour type 6, no interlace) of `width` × `height` pixels from `rgba` (row by
// row from the top, 4 bytes a pixel, width * height * 4 bytes; straight, not premultiplied, alpha).
// Each row is filtered with whichever of None, Sub and Up gives the smallest sum of absolute
// values (the usual heuristic). Returns an empty string when the size is zero, negative or does not
// match `rgba`.
std::string encode_png(int width, int height, std::span<const std::uint8_t> rgba);

// The zlib stream (RFC 1950: header 78 01, deflate, Adler-32) of `data`, as a PNG's IDAT holds it.
std::string zlib_compress(std::span<const std::uint8_t> data);

// Adler-32 as zlib computes it. adler32("Wikipedia") == 0x11E60398; adler32("") == 1.
std::uint32_t adler32(std::span<const std::uint8_t> data);

}  // namespace jv
