#include "core/png.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

#include "core/detail.h"

namespace jv {

std::uint32_t adler32(std::span<const std::uint8_t> data) {
  std::uint32_t a = 1, b = 0;
  std::size_t i = 0;
  while (i < data.size()) {
    // 5552 bytes is the most that cannot overflow 32 bits before the modulo (zlib's NMAX).
    const std::size_t end = std::min(data.size(), i + 5552);
    for (; i < end; ++i) {
      a += data[i];
      b += a;
    }
    a %= 65521u;
    b %= 65521u;
  }
  return (b << 16) | a;
}

namespace {

// Deflate's bit stream: least significant bit first; Huffman codes go in most significant bit first.
struct BitWriter {
  std::string out;
  std::uint32_t bits = 0;
  int count = 0;
  void put(std::uint32_t value, int n) {  // `n` bits of value, LSB first
    bits |= value << count;
    count += n;
    while (count >= 8) {
      out += static_cast<char>(bits & 0xFF);
      bits >>= 8;
      count -= 8;
    }
  }
  void code(std::uint32_t code, int n) {  // a Huffman code, MSB first
    std::uint32_t reversed = 0;
    for (int i = 0; i < n; ++i) reversed |= ((code >> i) & 1u) << (n - 1 - i);
    put(reversed, n);
  }
  void flush() {
    if (count > 0) out += static_cast<char>(bits & 0xFF);
    bits = 0;
    count = 0;
  }
};

void literal(BitWriter& w, int symbol) {  // the fixed literal/length code (RFC 1951 3.2.6)
  if (symbol < 144) {
    w.code(static_cast<std::uint32_t>(0x30 + symbol), 8);
  } else if (symbol < 256) {
    w.code(static_cast<std::uint32_t>(0x190 + symbol - 144), 9);
  } else if (symbol < 280) {
    w.code(static_cast<std::uint32_t>(symbol - 256), 7);
  } else {
    w.code(static_cast<std::uint32_t>(0xC0 + symbol - 280), 8);
  }
}

constexpr std::array<int, 29> kLengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                             31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                              2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<int, 30> kDistBase = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                           33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                           1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<int, 30> kDistExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                            6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

void match(BitWriter& w, int length, int distance) {
  int l = 28;
  while (kLengthBase[static_cast<std::size_t>(l)] > length) --l;
  literal(w, 257 + l);
  w.put(static_cast<std::uint32_t>(length - kLengthBase[static_cast<std::size_t>(l)]),
        kLengthExtra[static_cast<std::size_t>(l)]);
  int d = 29;
  while (kDistBase[static_cast<std::size_t>(d)] > distance) --d;
  w.code(static_cast<std::uint32_t>(d), 5);
  w.put(static_cast<std::uint32_t>(distance - kDistBase[static_cast<std::size_t>(d)]),
        kDistExtra[static_cast<std::size_t>(d)]);
}

void put_u32(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

void chunk(std::string& out, const char* type, std::string_view data) {
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  std::string body = type;
  body += data;
  out += body;
  put_u32(out, crc32({reinterpret_cast<const std::uint8_t*>(body.data()), body.size()}));
}

}  // namespace

std::string zlib_compress(std::span<const std::uint8_t> data) {
  BitWriter w;
  w.out = "\x78\x01";
  w.put(1, 1);  // BFINAL
  w.put(1, 2);  // BTYPE 01: fixed Huffman codes
  constexpr std::size_t kWindow = 32768, kHashSize = 1 << 15;
  std::vector<std::int64_t> head(kHashSize, -1);
  const std::size_t n = data.size();
  auto hash = [&](std::size_t i) {
    return ((static_cast<std::size_t>(data[i]) << 10) ^ (static_cast<std::size_t>(data[i + 1]) << 5) ^ data[i + 2]) &
           (kHashSize - 1);
  };
  std::size_t i = 0;
  while (i < n) {
    int best_len = 0;
    std::size_t best_dist = 0;
    if (i + 3 <= n) {
      // Candidates: the last position with the same three bytes, and the byte before (a run).
      const std::int64_t last = head[hash(i)];
      for (const std::int64_t cand : {last, static_cast<std::int64_t>(i) - 1}) {
        if (cand < 0 || static_cast<std::size_t>(cand) >= i || i - static_cast<std::size_t>(cand) > kWindow) continue;
        const std::size_t c = static_cast<std::size_t>(cand);
        int len = 0;
        while (len < 258 && i + static_cast<std::size_t>(len) < n &&
               data[c + static_cast<std::size_t>(len)] == data[i + static_cast<std::size_t>(len)])
          ++len;
        if (len > best_len) best_len = len, best_dist = i - c;
      }
    }
    if (best_len >= 3) {
      match(w, best_len, static_cast<int>(best_dist));
      for (std::size_t k = 0; k < static_cast<std::size_t>(best_len); ++k, ++i) {
        if (i + 3 <= n) head[hash(i)] = static_cast<std::int64_t>(i);
      }
    } else {
      literal(w, data[i]);
      if (i + 3 <= n) head[hash(i)] = static_cast<std::int64_t>(i);
      ++i;
    }
  }
  literal(w, 256);  // end of block
  w.flush();
  put_u32(w.out, adler32(data));
  return w.out;
}

std::string encode_png(int width, int height, std::span<const std::uint8_t> rgba) {
  if (width <= 0 || height <= 0) return {};
  const std::size_t stride = static_cast<std::size_t>(width) * 4;
  if (rgba.size() != stride * static_cast<std::size_t>(height)) return {};
  std::vector<std::uint8_t> filtered;
  filtered.reserve((stride + 1) * static_cast<std::size_t>(height));
  std::array<std::vector<std::uint8_t>, 3> trial;
  for (auto& t : trial) t.resize(stride);
  for (std::size_t y = 0; y < static_cast<std::size_t>(height); ++y) {
    const std::uint8_t* row = rgba.data() + y * stride;
    const std::uint8_t* up = y > 0 ? row - stride : nullptr;
    long best_sum = -1;
    std::size_t best = 0;
    for (std::size_t f = 0; f < 3; ++f) {
      long sum = 0;
      for (std::size_t x = 0; x < stride; ++x) {
        const std::uint8_t left = x >= 4 ? row[x - 4] : 0;
        const std::uint8_t above = up ? up[x] : 0;
        const auto v = static_cast<std::uint8_t>(row[x] - (f == 1 ? left : f == 2 ? above : 0));
        trial[f][x] = v;
        sum += v < 128 ? v : 256 - v;  // as a signed byte
      }
      if (best_sum < 0 || sum < best_sum) best_sum = sum, best = f;
    }
    filtered.push_back(static_cast<std::uint8_t>(best));
    filtered.insert(filtered.end(), trial[best].begin(), trial[best].end());
  }
  std::string out = "\x89PNG\r\n\x1A\n";
  std::string ihdr;
  put_u32(ihdr, static_cast<std::uint32_t>(width));
  put_u32(ihdr, static_cast<std::uint32_t>(height));
  ihdr += std::string("\x08\x06\x00\x00\x00", 5);  // 8 bits, RGBA, deflate, adaptive filter, no interlace
  chunk(out, "IHDR", ihdr);
  chunk(out, "IDAT", zlib_compress(filtered));
  chunk(out, "IEND", {});
  return out;
}

}  // namespace jv
