// The own figures as a set: file by file (what each loaded file holds, taking one out, a corrected
// file replacing the one of the same name, and what a load added for which gemeente), and the
// figures of one gemeente as Eigen cijfers shows and exports them, with their provenance.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/indicator.h"
#include "core/owndata.h"

namespace jv {

// One loaded file: its name (OwnData::files, OwnValue::file) and what of it is in use now. A later
// file that gave a figure of the same gemeente, indicator, breakdown and period replaced it, so a
// file may hold fewer figures than it had when it was read.
struct OwnFile {
  std::string name;
  std::size_t values = 0;
  std::vector<std::string> gemeenten;   // GM codes and "NL", sorted
  std::vector<std::string> indicators;  // indicator names, sorted
  std::vector<std::string> periods;     // period labels, in time order
};
// The loaded files in load order, each once.
std::vector<OwnFile> own_files(const OwnData& data);

// Takes out exactly the figures of file `name`, the indicators no other figure uses, and the file
// from data.files; every other file's figures stay as they are. False (nothing changed) when no
// file of that name is loaded.
bool remove_own_file(OwnData& data, std::string_view name);

// read_own_data, where a file named as one loaded before is a corrected version of it: that file's
// figures go first, then the new file's are read, so it replaces the old one instead of adding to
// it (`replaced` true). A refused file leaves `data` exactly as it was, the old file included.
bool load_own_file(std::string_view name, std::span<const std::uint8_t> bytes, const ReadOptions& options,
                   const Dataset& gemeenten, OwnData& data, ReadReport& report, bool& replaced);

// The own figures as kept on this device (the app's "Onthoud op dit apparaat"), file by file: per
// file a line "#bestand;<name>" and its figures as serialize_own_data writes them, so a page loaded
// again lists, removes and replaces the same files.
std::string serialize_own_files(const OwnData& data);
// Reads that text back into `out` (appending, as read_own_data), each file under its own name. Text
// without such lines (kept before files were) is one file named `fallback`. False when nothing was
// read; a file that cannot be read is left out, the others are kept.
bool read_own_files(std::string_view text, const Dataset& gemeenten, std::string_view fallback, OwnData& out);

// What the file `name` just loaded brought, and where to see it, for the gemeente on screen
// (`shown`, a GM code; empty for none). Indicators are counted per gemeente, the gemeente on screen
// first, then the others by number and name; four at most by name, the rest as one number:
//   „lisse.csv”: 3 indicatoren voor Lisse en 2 voor Hilversum; u bekijkt nu Lisse.
//   „regio.csv”: 1 indicator voor Hillegom, 1 voor Lisse, 1 voor Teylingen, 1 voor Noordwijk en 1
//     voor nog 3 gemeenten; u bekijkt nu Lisse.
//   „hilversum.csv”: 2 indicatoren voor Hilversum; u bekijkt nu Lisse. Kies Hilversum hierboven om
//     ze te zien.
// Nederland's figures count as "voor Nederland (ter vergelijking)". With `replaced` it starts with
// "Dit bestand vervangt het eerder geladen bestand „lisse.csv”. ". Empty when the file holds nothing.
std::string own_load_summary(const OwnData& data, std::string_view name, const Dataset& gemeenten,
                             std::string_view shown, bool replaced);

// The figures of gemeente `code` as Eigen cijfers lists them (indices into data.values): sorted by
// indicator, breakdown and period; of a flow indicator (stroom_*) only its latest complete period
// (`trimmed` says whether any were left out), so a trajectory file's thousands of figures do not
// bury the rest. Nederland's figures are not rows: own_national() finds them beside a row.
std::vector<std::size_t> own_rows_of(const OwnData& data, std::string_view code, bool& trimmed);
// Per row of own_rows_of, Nederland's figure of the same indicator, breakdown and period (from the
// same file's definition by construction), or -1.
std::vector<std::ptrdiff_t> own_national(const OwnData& data, std::span<const std::size_t> rows);

// The provenance of the own figures `values` (indices into data.values) for an export's indicator
// block (core/export.h): per indicator, in order of first appearance, its metadata with `source`
// the files' own sources and the files ("Monitor Lisse 2024 (lisse.csv)"; the file alone when it
// names no source) and `period` the periods among `values` ("2022, 2023").
std::vector<IndicatorMeta> own_provenance(const OwnData& data, std::span<const std::size_t> values);

}  // namespace jv
