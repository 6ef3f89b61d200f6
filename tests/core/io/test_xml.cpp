// The XML reader under the .xlsx reader: tokens, attributes, references, and what it does with
// broken or hostile documents.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/io/xml.h"

using Token = jv::XmlReader::Token;

namespace {

// Every token up to Eof or Error, written as "<name", "/name", "text", "EOF" or "ERROR".
std::vector<std::string> tokens(std::string_view doc) {
  std::vector<std::string> out;
  jv::XmlReader x(doc);
  for (std::size_t guard = 0; guard < 1000; ++guard) {
    const Token t = x.next();
    if (t == Token::Start) out.push_back("<" + std::string(x.name()));
    if (t == Token::End) out.push_back("/" + std::string(x.name()));
    if (t == Token::Text) {
      std::string text;
      x.append_text(text);
      out.push_back(text);
    }
    if (t == Token::Eof) out.push_back("EOF");
    if (t == Token::Error) out.push_back("ERROR");
    if (t == Token::Eof || t == Token::Error) break;
  }
  return out;
}

std::string xml_text(std::string_view raw) {
  std::string out;
  jv::append_xml_text(out, raw);
  return out;
}

}  // namespace

TEST_CASE("xml: elements, text and CDATA, with declarations, comments and a DOCTYPE skipped") {
  const std::string doc =
      "\xEF\xBB\xBF<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boem\">]><!-- c --><x:a>t&lt;"
      "&#x20AC;<![CDATA[<b>&amp;]]><e/></x:a >";
  CHECK(tokens(doc) == std::vector<std::string>{"<a", "t<\xE2\x82\xAC", "<b>&amp;", "<e", "/e", "/a", "EOF"});
  CHECK(tokens("") == std::vector<std::string>{"EOF"});
}

TEST_CASE("xml: attributes by local name, raw and decoded, in either quotes") {
  jv::XmlReader x("<c r=\"B2\" x:t='s' s = \"1 &amp; 2\"/>");
  REQUIRE(x.next() == Token::Start);
  std::string_view raw;
  REQUIRE(x.attribute("r", raw));
  CHECK(raw == "B2");
  REQUIRE(x.attribute("t", raw));
  CHECK(raw == "s");
  REQUIRE(x.attribute("s", raw));
  CHECK(raw == "1 &amp; 2");
  CHECK(x.attribute_text("s") == "1 & 2");
  CHECK_FALSE(x.attribute("x:t", raw));  // by local name only
  CHECK(x.attribute_text("v").empty());
  CHECK(x.next() == Token::End);
  CHECK(x.name() == "c");
  CHECK(x.next() == Token::Eof);
}

TEST_CASE("xml: at most 64 attributes are kept, the rest read past") {
  std::string doc = "<a";
  for (int i = 1; i <= 70; ++i) doc += " a" + std::to_string(i) + "=\"" + std::to_string(i) + "\"";
  doc += "><b/></a>";
  jv::XmlReader x(doc);
  REQUIRE(x.next() == Token::Start);
  std::string_view raw;
  CHECK(x.attribute("a64", raw));
  CHECK_FALSE(x.attribute("a65", raw));
  CHECK(x.next() == Token::Start);
  CHECK(x.name() == "b");
}

TEST_CASE("xml: broken markup is an error, and stays one") {
  for (const char* doc : {"<a", "<a b>", "<a b=1>", "<a b=\"1>", "<>", "</a", "<!-- x", "<![CDATA[x", "<?xml",
                          "<!DOCTYPE x [ >", "<a/ >"}) {
    CAPTURE(doc);
    CHECK(tokens(doc).back() == "ERROR");
  }
  jv::XmlReader x("<a");
  CHECK(x.next() == Token::Error);
  CHECK(x.next() == Token::Error);
}

TEST_CASE("xml: character references and line ends") {
  CHECK(xml_text("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;") == "a & b <c> \"d\" 'e'");
  CHECK(xml_text("&#233;&#xE9;&#XE9;") == "\xC3\xA9\xC3\xA9\xC3\xA9");
  CHECK(xml_text("&#x1F600;") == "\xF0\x9F\x98\x80");
  CHECK(xml_text("&#0;&#xD800;&#x110000;") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // Unknown or broken references stay as written.
  CHECK(xml_text("&nbsp; &#x; &#12a; &amp &") == "&nbsp; &#x; &#12a; &amp &");
  CHECK(xml_text("&#000000065;") == "A");               // ';' is the 12th byte from the '&'
  CHECK(xml_text("&#0000000065;") == "&#0000000065;");  // not within 12 bytes: stays
  CHECK(xml_text("a\r\nb\rc\nd") == "a\nb\nc\nd");
}

TEST_CASE("xml: local names and white space") {
  CHECK(jv::xml_local_name("x:c") == "c");
  CHECK(jv::xml_local_name("c") == "c");
  CHECK(jv::xml_local_name("a:b:c") == "c");
  CHECK(jv::is_xml_space('\r'));
  CHECK_FALSE(jv::is_xml_space('\v'));
}

TEST_CASE("xml: nesting depth is bounded") {
  jv::XmlDepth depth;
  for (std::size_t i = 0; i < jv::XmlDepth::kMax; ++i) REQUIRE(depth.enter());
  CHECK_FALSE(depth.enter());
  depth.leave();
  depth.leave();
  CHECK(depth.enter());
  jv::XmlDepth empty;
  empty.leave();  // never below zero
  CHECK(empty.value == 0);
}
