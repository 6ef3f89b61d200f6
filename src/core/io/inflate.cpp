#include "core/io/inflate.h"

#include <algorithm>
#include <array>

namespace jv {

namespace {

constexpr unsigned kMaxCodeBits = 15;  // RFC 1951: no Huffman code is longer
constexpr unsigned kFastBits = 9;      // codes up to this long decode with one table look-up

// Length codes 257..285 and distance codes 0..29: the base value and the number of extra bits
// that follow the code (RFC 1951, 3.2.5).
constexpr std::array<std::uint16_t, 29> kLengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                                       31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<std::uint8_t, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                       2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<std::uint16_t, 30> kDistBase = {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                                     33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                                     1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<std::uint8_t, 30> kDistExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                     6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
// The order in which a dynamic block lists the lengths of the code length alphabet (3.2.7).
constexpr std::array<std::uint8_t, 19> kCodeLengthOrder = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                           11, 4,  12, 3, 13, 2, 14, 1, 15};

constexpr const char* kTruncated =
    "De gecomprimeerde gegevens houden voortijdig op; het bestand is waarschijnlijk afgekapt.";

std::string corrupt(const char* detail) {
  return std::string("De gecomprimeerde gegevens zijn beschadigd (") + detail + ").";
}

// Reads bits least significant first, as deflate packs them. Past the end of the input it supplies
// zero bits instead of failing at once, so the decoder's hot path has no bounds test per bit;
// overrun() then tells whether any of those made-up bits were actually used, and the caller turns
// that into "truncated". Every use of a bit advances `consumed_`, so decoding cannot loop forever
// on made-up zeros.
class BitReader {
 public:
  explicit BitReader(std::span<const std::uint8_t> in) : in_(in) {}

  // The next n bits (n <= 32) without consuming them.
  std::uint32_t peek(unsigned n) {
    while (count_ < n) {
      const std::uint64_t byte = pos_ < in_.size() ? in_[pos_] : 0;
      ++pos_;
      buffer_ |= byte << count_;
      count_ += 8;
    }
    return static_cast<std::uint32_t>(buffer_ & ((std::uint64_t{1} << n) - 1));
  }
  void drop(unsigned n) {
    buffer_ >>= n;
    count_ -= n;
    consumed_ += n;
  }
  std::uint32_t take(unsigned n) {
    const std::uint32_t v = peek(n);
    drop(n);
    return v;
  }

  bool overrun() const { return consumed_ > total_bits(); }
  // Whether fewer than n real bits are left: a code that failed to decode there may have run off
  // the end rather than be invalid.
  bool short_of(unsigned n) const { return consumed_ + n > total_bits(); }

  // Stored blocks start on a byte boundary and are copied byte-wise: drop the rest of the current
  // byte and forget the look-ahead, so the next read starts at byte `position()`.
  void align_to_byte() {
    drop(count_ % 8);
    pos_ = static_cast<std::size_t>(consumed_ / 8);
    buffer_ = 0;
    count_ = 0;
  }
  std::size_t position() const { return static_cast<std::size_t>(consumed_ / 8); }
  void skip_bytes(std::size_t n) {
    consumed_ += static_cast<std::uint64_t>(n) * 8;
    pos_ = static_cast<std::size_t>(consumed_ / 8);
    buffer_ = 0;
    count_ = 0;
  }

 private:
  std::uint64_t total_bits() const { return static_cast<std::uint64_t>(in_.size()) * 8; }

  std::span<const std::uint8_t> in_;
  std::size_t pos_ = 0;         // next byte to load into the buffer (may pass the end)
  std::uint64_t buffer_ = 0;    // loaded, not yet consumed bits, the next one lowest
  unsigned count_ = 0;          // bits in buffer_, at most 39
  std::uint64_t consumed_ = 0;  // bits used so far
};

// A canonical Huffman code (3.2.2) as two structures: a table indexed by the next kFastBits input
// bits for the short codes, which are nearly all codes in practice, and the counts per length with
// the symbols in code order for the rare longer ones, decoded a bit at a time.
struct Huffman {
  // (symbol << 4) | code length, or 0 when the next bits start a longer code (or no code at all).
  std::array<std::uint16_t, 1u << kFastBits> fast{};
  std::array<std::uint16_t, kMaxCodeBits + 1> count{};
  std::array<std::uint16_t, 288> symbols{};
  unsigned max_length = 0;  // of the longest code: bits that suffice to tell a code is invalid
};

// Builds the code from the code length of every symbol (0 = unused). Refuses an over-subscribed
// set of lengths (more codes than the bit patterns allow). An incomplete set is accepted, as RFC
// 1951 needs for a distance code of one symbol; a bit pattern without a code then fails in decode().
bool build(Huffman& h, std::span<const std::uint8_t> lengths) {
  h.count.fill(0);
  h.fast.fill(0);
  for (std::uint8_t len : lengths) ++h.count[len];
  h.count[0] = 0;
  h.max_length = 0;
  for (unsigned len = 1; len <= kMaxCodeBits; ++len)
    if (h.count[len] != 0) h.max_length = len;

  int left = 1;  // bit patterns still free at the current length
  for (unsigned len = 1; len <= kMaxCodeBits; ++len) {
    left = left * 2 - h.count[len];
    if (left < 0) return false;
  }

  // Symbols sorted by code: by length, then by symbol value, which is the canonical order.
  std::array<std::uint16_t, kMaxCodeBits + 2> offset{};
  for (unsigned len = 1; len <= kMaxCodeBits; ++len)
    offset[len + 1] = static_cast<std::uint16_t>(offset[len] + h.count[len]);
  for (std::size_t sym = 0; sym < lengths.size(); ++sym)
    if (lengths[sym] != 0) h.symbols[offset[lengths[sym]]++] = static_cast<std::uint16_t>(sym);

  // The fast table. Codes are sent most significant bit first while the reader delivers bits in
  // stream order, so each code is entered bit-reversed, at every index its remaining bits allow.
  std::array<unsigned, kMaxCodeBits + 1> next_code{};
  unsigned code = 0;
  for (unsigned len = 1; len <= kMaxCodeBits; ++len) {
    code = (code + h.count[len - 1]) << 1;
    next_code[len] = code;
  }
  for (std::size_t sym = 0; sym < lengths.size(); ++sym) {
    const unsigned len = lengths[sym];
    if (len == 0) continue;
    const unsigned c = next_code[len]++;
    if (len > kFastBits) continue;
    unsigned reversed = 0;
    for (unsigned b = 0; b < len; ++b) reversed |= ((c >> b) & 1u) << (len - 1 - b);
    const auto entry = static_cast<std::uint16_t>((sym << 4) | len);
    for (unsigned i = reversed; i < (1u << kFastBits); i += 1u << len) h.fast[i] = entry;
  }
  return true;
}

// The next symbol, or -1 when the bits match no code.
int decode(BitReader& br, const Huffman& h) {
  const std::uint16_t entry = h.fast[br.peek(kFastBits)];
  if (entry != 0) {
    br.drop(entry & 15u);
    return entry >> 4;
  }
  // Longer codes: walk the lengths, keeping the code read so far and the first code of each length.
  const std::uint32_t bits = br.peek(kMaxCodeBits);
  int code = 0;
  int first = 0;
  int index = 0;
  for (unsigned len = 1; len <= h.max_length; ++len) {
    code |= static_cast<int>((bits >> (len - 1)) & 1u);
    const int count = h.count[len];
    if (code - first < count) {
      br.drop(len);
      return h.symbols[static_cast<std::size_t>(index + code - first)];
    }
    index += count;
    first = (first + count) << 1;
    code <<= 1;
  }
  return -1;
}

std::string size_text(std::size_t bytes) {
  if (bytes >= 1048576) return std::to_string(bytes / 1048576) + " MB";
  return std::to_string(bytes) + " bytes";
}

class Inflater {
 public:
  Inflater(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out, std::size_t max_output)
      : br_(in), out_(out), base_(out.size()), max_output_(max_output), in_(in) {}

  bool run(std::string& error) {
    bool last = false;
    while (!last) {
      last = br_.take(1) != 0;
      const std::uint32_t type = br_.take(2);
      if (br_.overrun()) return fail(error, kTruncated);
      bool ok = false;
      if (type == 0) {
        ok = stored(error);
      } else if (type == 1) {
        ok = fixed(error);
      } else if (type == 2) {
        ok = dynamic(error);
      } else {
        return fail(error, corrupt("ongeldig bloktype 3"));
      }
      if (!ok) return false;
    }
    return true;
  }

 private:
  static bool fail(std::string& error, std::string message) {
    error = std::move(message);
    return false;
  }

  std::size_t produced() const { return out_.size() - base_; }

  bool stored(std::string& error) {
    br_.align_to_byte();
    const std::uint32_t len = br_.take(16);
    const std::uint32_t nlen = br_.take(16);
    if (br_.overrun()) return fail(error, kTruncated);
    if ((len ^ 0xFFFFu) != nlen) return fail(error, corrupt("de lengte van een ongecomprimeerd blok klopt niet"));
    const std::size_t at = br_.position();
    if (len > in_size() - at) return fail(error, kTruncated);
    if (len > max_output_ - produced()) return fail(error, inflate_too_large_message(max_output_));
    out_.insert(out_.end(), in_begin() + static_cast<std::ptrdiff_t>(at),
                in_begin() + static_cast<std::ptrdiff_t>(at + len));
    br_.skip_bytes(len);
    return true;
  }

  bool fixed(std::string& error) {
    // The fixed code (3.2.6) is built on first use and kept for later fixed blocks of the stream.
    if (!fixed_built_) {
      std::array<std::uint8_t, 288> lit{};
      for (std::size_t i = 0; i < 288; ++i) lit[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
      std::array<std::uint8_t, 30> dist{};
      dist.fill(5);
      build(fixed_lit_, lit);
      build(fixed_dist_, dist);
      fixed_built_ = true;
    }
    return codes(fixed_lit_, fixed_dist_, error);
  }

  bool dynamic(std::string& error) {
    const unsigned nlit = br_.take(5) + 257;
    const unsigned ndist = br_.take(5) + 1;
    const unsigned ncode = br_.take(4) + 4;
    if (br_.overrun()) return fail(error, kTruncated);
    if (nlit > 286 || ndist > 30) return fail(error, corrupt("te veel codes in een blok"));

    std::array<std::uint8_t, 19> code_lengths{};
    for (unsigned i = 0; i < ncode; ++i) code_lengths[kCodeLengthOrder[i]] = static_cast<std::uint8_t>(br_.take(3));
    if (br_.overrun()) return fail(error, kTruncated);
    Huffman length_code;
    if (!build(length_code, code_lengths)) return fail(error, corrupt("ongeldige codetabel"));

    // Literal/length and distance code lengths form one sequence, so a repeat may cross from one
    // into the other (3.2.7).
    std::array<std::uint8_t, 286 + 30> lengths{};
    unsigned n = 0;
    while (n < nlit + ndist) {
      const int sym = decode(br_, length_code);
      if (br_.overrun() || (sym < 0 && br_.short_of(length_code.max_length))) return fail(error, kTruncated);
      if (sym < 0) return fail(error, corrupt("ongeldige code in de codetabel"));
      if (sym < 16) {
        lengths[n++] = static_cast<std::uint8_t>(sym);
        continue;
      }
      std::uint8_t value = 0;
      unsigned repeat = 0;
      if (sym == 16) {
        if (n == 0) return fail(error, corrupt("herhaling zonder voorgaande lengte"));
        value = lengths[n - 1];
        repeat = 3 + br_.take(2);
      } else if (sym == 17) {
        repeat = 3 + br_.take(3);
      } else {
        repeat = 11 + br_.take(7);
      }
      if (br_.overrun()) return fail(error, kTruncated);
      if (n + repeat > nlit + ndist) return fail(error, corrupt("te veel codelengtes"));
      while (repeat-- > 0) lengths[n++] = value;
    }
    if (lengths[256] == 0) return fail(error, corrupt("de code voor het einde van een blok ontbreekt"));

    Huffman lit;
    Huffman dist;
    if (!build(lit, std::span<const std::uint8_t>(lengths.data(), nlit)) ||
        !build(dist, std::span<const std::uint8_t>(lengths.data() + nlit, ndist)))
      return fail(error, corrupt("ongeldige codetabel"));
    return codes(lit, dist, error);
  }

  // The compressed data of a block: literals, and (length, distance) pairs copying earlier output,
  // up to the end-of-block symbol 256.
  bool codes(const Huffman& lit, const Huffman& dist, std::string& error) {
    for (;;) {
      int sym = decode(br_, lit);
      if (br_.overrun() || (sym < 0 && br_.short_of(lit.max_length))) return fail(error, kTruncated);
      if (sym < 0) return fail(error, corrupt("ongeldige code"));
      if (sym < 256) {
        if (produced() >= max_output_) return fail(error, inflate_too_large_message(max_output_));
        out_.push_back(static_cast<std::uint8_t>(sym));
        continue;
      }
      if (sym == 256) return true;

      sym -= 257;
      if (sym >= 29) return fail(error, corrupt("ongeldige lengtecode"));
      const auto li = static_cast<std::size_t>(sym);
      const std::size_t length = kLengthBase[li] + br_.take(kLengthExtra[li]);
      const int dsym = decode(br_, dist);
      if (br_.overrun() || (dsym < 0 && br_.short_of(dist.max_length))) return fail(error, kTruncated);
      if (dsym < 0 || dsym >= 30) return fail(error, corrupt("ongeldige afstandscode"));
      const auto di = static_cast<std::size_t>(dsym);
      const std::size_t distance = kDistBase[di] + br_.take(kDistExtra[di]);
      if (br_.overrun()) return fail(error, kTruncated);
      if (distance > produced())
        return fail(error, corrupt("een verwijzing gaat verder terug dan het begin van de gegevens"));
      if (length > max_output_ - produced()) return fail(error, inflate_too_large_message(max_output_));
      // Byte by byte: the copy may overlap what it writes (distance < length repeats a pattern).
      // Room is made first, so no push_back reallocates while it reads from the same vector.
      if (out_.capacity() - out_.size() < length) out_.reserve(std::max(out_.capacity() * 2, out_.size() + length));
      const std::size_t from = out_.size() - distance;
      for (std::size_t i = 0; i < length; ++i) out_.push_back(out_[from + i]);
    }
  }

  std::size_t in_size() const { return in_.size(); }
  const std::uint8_t* in_begin() const { return in_.data(); }

  BitReader br_;
  std::vector<std::uint8_t>& out_;
  std::size_t base_;
  std::size_t max_output_;
  std::span<const std::uint8_t> in_;
  bool fixed_built_ = false;
  Huffman fixed_lit_;
  Huffman fixed_dist_;
};

}  // namespace

std::string inflate_too_large_message(std::size_t max_output) {
  return "Het bestand pakt uit tot meer dan " + size_text(max_output) +
         "; zoveel is voor een tabel met cijfers nooit nodig (of het bestand is zo gemaakt dat het bij "
         "uitpakken ontploft). Laad alleen de tabel met cijfers, zonder andere werkbladen of afbeeldingen.";
}

bool inflate_raw(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out, std::size_t max_output,
                 std::string& error) {
  Inflater inflater(in, out, max_output);
  return inflater.run(error);
}

}  // namespace jv
