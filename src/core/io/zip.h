// A zip reader for what spreadsheet programs write (APPNOTE.TXT): the central directory at the end
// of the file, entries stored or deflated (core/io/inflate.h), zip64 records as .NET and streaming
// writers produce them. Read only, from a buffer in memory, because that is how the browser hands a
// user's file to the wasm core. Everything in the file is distrusted: offsets and sizes are checked
// against the buffer before any read, and an entry's CRC-32 and size are checked after extraction.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jv {

struct ZipEntry {
  std::string name;          // as stored, '/' between folders: "xl/worksheets/sheet1.xml"
  std::uint16_t method = 0;  // 0 stored, 8 deflate; others are refused by extract_zip_entry()
  std::uint32_t crc32 = 0;
  std::uint64_t compressed_size = 0;
  std::uint64_t size = 0;  // uncompressed
  std::uint64_t local_header_offset = 0;
  bool encrypted = false;  // general purpose flag bit 0: zip's own password protection
};

struct ZipArchive {
  std::span<const std::uint8_t> bytes;  // the whole file; must outlive the archive
  std::vector<ZipEntry> entries;        // in central directory order
};

// Reads the central directory, found through the End Of Central Directory record (after which a
// comment of up to 64 KB may follow) or its zip64 form. Returns false with a Dutch message for
// input that is not a zip, a zip cut short (the directory at its end is missing) or a damaged
// directory. Entries are only listed here; their data is checked by extract_zip_entry().
bool open_zip(std::span<const std::uint8_t> bytes, ZipArchive& out, std::string& error);

// Replaces `out` with the uncompressed bytes of `entry`, which must belong to `zip`. Fails with a
// Dutch message when the entry is encrypted, uses another method than stored or deflate, lies
// outside the file, does not inflate, or does not match its CRC-32 or size; and when it is larger
// than `max_output` bytes (inflate_too_large_message()).
bool extract_zip_entry(const ZipArchive& zip, const ZipEntry& entry, std::vector<std::uint8_t>& out,
                       std::size_t max_output, std::string& error);

// The entry with this name, or nullptr. Names compare ASCII case-insensitively, with '\' taken as
// '/' and a leading '/' ignored: Open Packaging part names are case-insensitive, and some writers
// use backslashes.
const ZipEntry* find_zip_entry(const ZipArchive& zip, std::string_view name);

}  // namespace jv
