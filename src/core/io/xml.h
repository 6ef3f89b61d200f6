// A small XML reader for the documents spreadsheet programs write (the parts of an .xlsx): a pull
// tokenizer, attribute values, character references. Domain-free: it knows no SpreadsheetML
// (core/io/xlsx.h reads that on top of it). Hostile documents are expected: the reader never
// reads outside the document, and ends on any input, since each call moves forward or reports
// Eof or Error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jv {

// XML's white space: space, tab, line feed, carriage return.
constexpr std::string_view kXmlSpace = " \t\n\r";
constexpr bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The name without its namespace prefix: "x:c" -> "c", "c" -> "c". SpreadsheetML may be written
// with prefixes and strict OOXML uses other namespace URIs, but the local names are the same
// everywhere.
std::string_view xml_local_name(std::string_view name);

// Appends XML character data with its references decoded (&amp; &lt; &gt; &quot; &apos; &#NN;
// &#xNN;) and line ends ("\r\n", a lone "\r") normalised to "\n" as XML requires. A character
// reference to U+0000, a surrogate or beyond U+10FFFF becomes U+FFFD. An unknown or broken
// reference ("&nbsp;", "&#x;", "&#12a;", "&amp" without ';', or no ';' within 12 bytes of the '&')
// stays as written: a user sees it, where dropping it would hide text.
void append_xml_text(std::string& out, std::string_view raw);

// A pull tokenizer: elements, attributes, text and CDATA. A UTF-8 byte order mark, declarations
// (<?...?>), comments, processing instructions and a DOCTYPE (with an internal subset in [ ]) are
// skipped, and no entity a DTD declares is expanded. Names are local names (xml_local_name). It
// does not check that end tags match (callers track the elements they care about). An element
// written <x/> gives Start and then End, with name() x for both. Unterminated markup (a tag,
// comment, CDATA section or DOCTYPE without its end), a tag without a name, an attribute without
// '=' or a quoted value: Error, and Error from then on. At most 64 attributes per element are kept
// (Excel writes fewer than 20); the rest are read past.
class XmlReader {
 public:
  enum class Token { Start, End, Text, Eof, Error };

  explicit XmlReader(std::string_view doc);

  Token next();

  // The local name of the element of the last Start or End.
  std::string_view name() const { return name_; }
  // Appends the last Text: character data decoded as append_xml_text does; CDATA as written.
  void append_text(std::string& out) const {
    if (cdata_) out.append(text_);
    else append_xml_text(out, text_);
  }
  // The raw value (references not decoded) of the last Start's attribute with this local name;
  // false when absent.
  bool attribute(std::string_view local, std::string_view& raw) const {
    for (const Attribute& a : attributes_) {
      if (a.name == local) {
        raw = a.value;
        return true;
      }
    }
    return false;
  }
  // The decoded value, or "" when absent.
  std::string attribute_text(std::string_view local) const {
    std::string out;
    std::string_view raw;
    if (attribute(local, raw)) append_xml_text(out, raw);
    return out;
  }

 private:
  struct Attribute {
    std::string_view name;
    std::string_view value;
  };

  Token fail() {
    failed_ = true;
    return Token::Error;
  }
  bool skip_past(std::string_view end);
  Token start_tag();

  std::string_view doc_;
  std::size_t pos_ = 0;
  std::string_view name_;
  std::string_view text_;
  bool cdata_ = false;
  bool pending_end_ = false;
  bool failed_ = false;
  std::vector<Attribute> attributes_;
};

// Counts open elements so a hostile document cannot nest without bound: enter() is false from the
// 257th level on (Excel writes fewer than 10). Readers need no stack of names, only flags for the
// few elements they are inside.
struct XmlDepth {
  static constexpr std::size_t kMax = 256;
  std::size_t value = 0;
  bool enter() { return ++value <= kMax; }
  void leave() {
    if (value > 0) --value;
  }
};

}  // namespace jv
