#include "core/io/zip.h"

#include <algorithm>

#include "core/detail.h"
#include "core/io/inflate.h"

namespace jv {

namespace {

constexpr std::uint32_t kLocalHeaderSig = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSig = 0x02014b50;
constexpr std::uint32_t kEndSig = 0x06054b50;
constexpr std::uint32_t kZip64EndSig = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSig = 0x07064b50;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kLocalHeaderSize = 30;

constexpr const char* kNotZip = "Dit is geen zip-bestand.";
constexpr const char* kTruncated =
    "Het bestand is onvolledig: het einde ontbreekt. Misschien is het downloaden of kopi\xC3\xAB"
    "ren afgebroken.";
constexpr const char* kBadDirectory = "De inhoudsopgave van het zip-bestand is beschadigd.";

// Little-endian reads; callers check the range first.
std::uint32_t u16(std::span<const std::uint8_t> b, std::size_t at) {
  return static_cast<std::uint32_t>(b[at] | (b[at + 1] << 8));
}
std::uint32_t u32(std::span<const std::uint8_t> b, std::size_t at) { return u16(b, at) | (u16(b, at + 2) << 16); }
std::uint64_t u64(std::span<const std::uint8_t> b, std::size_t at) {
  return u32(b, at) | (static_cast<std::uint64_t>(u32(b, at + 4)) << 32);
}

// Whether [at, at + n) lies inside a buffer of `size` bytes, without overflow.
bool fits(std::uint64_t at, std::uint64_t n, std::size_t size) { return at <= size && n <= size - at; }

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

// The zip64 extended information extra field (id 0x0001) holds the 64-bit values of those fields
// the central header set to 0xFFFFFFFF, in this order: size, compressed size, header offset.
bool read_zip64_extra(std::span<const std::uint8_t> extra, ZipEntry& e, bool need_size, bool need_csize,
                      bool need_offset) {
  std::size_t p = 0;
  while (p + 4 <= extra.size()) {
    const std::uint32_t id = u16(extra, p);
    const std::size_t len = u16(extra, p + 2);
    p += 4;
    if (len > extra.size() - p) return false;
    if (id == 0x0001) {
      std::size_t q = p;
      const std::size_t end = p + len;
      if (need_size) {
        if (q + 8 > end) return false;
        e.size = u64(extra, q);
        q += 8;
      }
      if (need_csize) {
        if (q + 8 > end) return false;
        e.compressed_size = u64(extra, q);
        q += 8;
      }
      if (need_offset) {
        if (q + 8 > end) return false;
        e.local_header_offset = u64(extra, q);
      }
      return true;
    }
    p += len;
  }
  return !need_size && !need_csize && !need_offset;
}

char fold(char c) {
  if (c == '\\') return '/';
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool same_part_name(std::string_view a, std::string_view b) {
  if (!a.empty() && (a[0] == '/' || a[0] == '\\')) a.remove_prefix(1);
  if (!b.empty() && (b[0] == '/' || b[0] == '\\')) b.remove_prefix(1);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (fold(a[i]) != fold(b[i])) return false;
  return true;
}

}  // namespace

bool open_zip(std::span<const std::uint8_t> bytes, ZipArchive& out, std::string& error) {
  out = ZipArchive{};
  const std::size_t size = bytes.size();
  const bool starts_like_zip = size >= 4 && u32(bytes, 0) == kLocalHeaderSig;

  // The End Of Central Directory record is the last thing in the file but for a comment of up to
  // 65535 bytes, so search backwards from the end; the record must account for the bytes after it.
  std::size_t end = size;  // position of the record; `size` while not found
  if (size >= kEndSize) {
    const std::size_t lowest = size - kEndSize > 65535 ? size - kEndSize - 65535 : 0;
    for (std::size_t p = size - kEndSize + 1; p-- > lowest;) {
      if (u32(bytes, p) == kEndSig && p + kEndSize + u16(bytes, p + 20) <= size) {
        end = p;
        break;
      }
    }
  }
  if (end == size) {
    error = starts_like_zip ? kTruncated : kNotZip;
    return false;
  }

  if (u16(bytes, end + 4) != 0 || u16(bytes, end + 6) != 0) {
    error = "Dit zip-bestand bestaat uit meerdere delen; dat kan de app niet lezen.";
    return false;
  }
  std::uint64_t count = u16(bytes, end + 10);
  std::uint64_t dir_size = u32(bytes, end + 12);
  std::uint64_t dir_offset = u32(bytes, end + 16);
  std::size_t dir_limit = end;  // the directory lies before this

  // Zip64: a locator right before the record points at a larger record with 64-bit fields.
  if (end >= 20 && u32(bytes, end - 20) == kZip64LocatorSig) {
    const std::uint64_t at = u64(bytes, end - 20 + 8);
    if (!fits(at, 56, end - 20) || u32(bytes, static_cast<std::size_t>(at)) != kZip64EndSig) {
      error = kBadDirectory;
      return false;
    }
    const auto a = static_cast<std::size_t>(at);
    count = u64(bytes, a + 32);
    dir_size = u64(bytes, a + 40);
    dir_offset = u64(bytes, a + 48);
    dir_limit = a;
  }

  if (!fits(dir_offset, dir_size, dir_limit) || count > dir_size / kCentralHeaderSize) {
    error = kBadDirectory;
    return false;
  }

  const auto dir = bytes.subspan(static_cast<std::size_t>(dir_offset), static_cast<std::size_t>(dir_size));
  out.entries.reserve(static_cast<std::size_t>(count));
  std::size_t p = 0;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (p + kCentralHeaderSize > dir.size() || u32(dir, p) != kCentralHeaderSig) {
      error = kBadDirectory;
      return false;
    }
    const std::size_t name_len = u16(dir, p + 28);
    const std::size_t extra_len = u16(dir, p + 30);
    const std::size_t comment_len = u16(dir, p + 32);
    if (name_len + extra_len + comment_len > dir.size() - p - kCentralHeaderSize) {
      error = kBadDirectory;
      return false;
    }
    ZipEntry e;
    e.encrypted = (u16(dir, p + 8) & 1u) != 0;
    e.method = static_cast<std::uint16_t>(u16(dir, p + 10));
    e.crc32 = u32(dir, p + 16);
    e.compressed_size = u32(dir, p + 20);
    e.size = u32(dir, p + 24);
    e.local_header_offset = u32(dir, p + 42);
    const std::size_t name_at = p + kCentralHeaderSize;
    e.name.assign(reinterpret_cast<const char*>(dir.data() + name_at), name_len);
    const bool need_size = e.size == 0xFFFFFFFFu;
    const bool need_csize = e.compressed_size == 0xFFFFFFFFu;
    const bool need_offset = e.local_header_offset == 0xFFFFFFFFu;
    if ((need_size || need_csize || need_offset) &&
        !read_zip64_extra(dir.subspan(name_at + name_len, extra_len), e, need_size, need_csize, need_offset)) {
      error = kBadDirectory;
      return false;
    }
    out.entries.push_back(std::move(e));
    p = name_at + name_len + extra_len + comment_len;
  }
  out.bytes = bytes;
  return true;
}

bool extract_zip_entry(const ZipArchive& zip, const ZipEntry& entry, std::vector<std::uint8_t>& out,
                       std::size_t max_output, std::string& error) {
  out.clear();
  const std::span<const std::uint8_t> bytes = zip.bytes;
  const std::string part = "Onderdeel " + quoted(entry.name);
  if (entry.encrypted) {
    error = part + " is versleuteld met een wachtwoord.";
    return false;
  }
  if (entry.method != 0 && entry.method != 8) {
    error = part + " is ingepakt op een manier die de app niet kent (methode " + std::to_string(entry.method) + ").";
    return false;
  }
  if (entry.size > max_output) {
    error = inflate_too_large_message(max_output);
    return false;
  }
  if (!fits(entry.local_header_offset, kLocalHeaderSize, bytes.size()) ||
      u32(bytes, static_cast<std::size_t>(entry.local_header_offset)) != kLocalHeaderSig) {
    error = part + " staat niet waar de inhoudsopgave van het zip-bestand zegt.";
    return false;
  }
  // The local header repeats name and extra field, with lengths of its own; its sizes may be zero
  // (written after the data, flag bit 3), so those of the central directory count.
  const auto local = static_cast<std::size_t>(entry.local_header_offset);
  const std::uint64_t data_at =
      static_cast<std::uint64_t>(local) + kLocalHeaderSize + u16(bytes, local + 26) + u16(bytes, local + 28);
  if (!fits(data_at, entry.compressed_size, bytes.size())) {
    error = part + " houdt voortijdig op; het bestand is afgekapt.";
    return false;
  }
  const auto data = bytes.subspan(static_cast<std::size_t>(data_at), static_cast<std::size_t>(entry.compressed_size));
  const auto expected = static_cast<std::size_t>(entry.size);  // <= max_output, so it fits

  if (entry.method == 0) {
    if (entry.compressed_size != entry.size) {
      error = part + " is beschadigd: de grootte klopt niet.";
      return false;
    }
    out.assign(data.begin(), data.end());
  } else {
    // Deflate cannot expand more than about 1032 to 1: do not trust a size in the header that the
    // data could never reach (a bomb or garbage would otherwise reserve max_output at once).
    const std::uint64_t reachable = static_cast<std::uint64_t>(data.size()) * 1032 + 64;
    out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(expected, reachable)));
    std::string why;
    // Inflating past the size the directory announced is damage when that size is below the limit
    // (the stream and the directory disagree), and a bomb when the limit itself is reached.
    if (!inflate_raw(data, out, expected, why)) {
      if (why != inflate_too_large_message(expected)) error = part + " is niet uit te pakken. " + why;
      else if (expected < max_output) error = part + " is beschadigd: de grootte klopt niet.";
      else error = inflate_too_large_message(max_output);
      return false;
    }
  }
  if (out.size() != expected) {
    error = part + " is beschadigd: de grootte klopt niet.";
    return false;
  }
  if (crc32(out) != entry.crc32) {
    error = part + " is beschadigd: het controlegetal (CRC-32) klopt niet.";
    return false;
  }
  return true;
}

const ZipEntry* find_zip_entry(const ZipArchive& zip, std::string_view name) {
  for (const ZipEntry& e : zip.entries)
    if (same_part_name(e.name, name)) return &e;
  return nullptr;
}

}  // namespace jv
