#include "app/view_link.h"

namespace jv::app {

const char* tab_id(Tab tab) {
  switch (tab) {
    case Tab::Start: return "start";
    case Tab::Dashboard: return "overzicht";
    case Tab::Indicator: return "indicator";
    case Tab::Map: return "kaart";
    case Tab::Peers: return "buren";
    case Tab::OwnData: return "eigen";
    case Tab::Sources: return "bronnen";
  }
  return "start";
}

const char* tab_label(Tab tab) {
  switch (tab) {
    case Tab::Start: return translatable("Start");
    case Tab::Dashboard: return translatable("Overzicht");
    case Tab::Indicator: return translatable("Indicator");
    case Tab::Map: return translatable("Kaart");
    case Tab::Peers: return translatable("Vergelijkbare gemeenten");
    case Tab::OwnData: return translatable("Eigen cijfers");
    case Tab::Sources: return translatable("Bronnen");
  }
  return "Start";
}

const char* mode_id(Mode mode) { return mode == Mode::Public ? "publiek" : "volledig"; }

const char* detail_id(DetailView d) {
  switch (d) {
    case DetailView::Distribution: return "verdeling";
    case DetailView::Funnel: return "trechter";
    case DetailView::Ranking: return "ranglijst";
    case DetailView::TimeSeries: return "tijdreeks";
  }
  return "verdeling";
}

namespace {

bool plain(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
}

std::string encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    if (plain(c)) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// "%20" and '+' become a space; a broken escape stays as written.
std::string decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
      i += 2;
    } else {
      out += text[i] == '+' ? ' ' : text[i];
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& c : codes) out += (out.empty() ? "" : ",") + encode(c);
  return out;
}

std::vector<std::string> split(std::string_view list) {
  std::vector<std::string> out;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    std::string item = decode(list.substr(0, comma));
    if (!item.empty()) out.push_back(std::move(item));
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 1);
  }
  return out;
}

}  // namespace

std::string encode_view_link(const ViewLink& link) {
  std::string out = std::string("tab=") + tab_id(link.tab);
  if (!link.gemeente.empty()) out += "&gemeente=" + encode(link.gemeente);
  out += std::string("&groep=") + group_kind_id(link.group);
  if (!link.custom.empty()) out += "&lijst=" + join(link.custom);
  if (link.edited_peers) out += "&buren=" + join(link.peers);
  if (!link.indicator.empty()) out += "&indicator=" + encode(link.indicator);
  if (!link.period.empty()) out += "&periode=" + encode(link.period);
  out += std::string("&weergave=") + detail_id(link.detail);
  if (link.lang != Lang::Nl) out += std::string("&taal=") + lang_id(link.lang);
  if (link.mode != Mode::Full) out += std::string("&modus=") + mode_id(link.mode);
  return out;
}

bool decode_view_link(std::string_view fragment, ViewLink& out, ViewLinkGiven* given) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  ViewLinkGiven g;
  while (!fragment.empty()) {
    const std::size_t amp = fragment.find('&');
    const std::string_view pair = fragment.substr(0, amp);
    const std::size_t eq = pair.find('=');
    const std::string_view key = pair.substr(0, eq);
    const std::string value = eq == std::string_view::npos ? std::string() : decode(pair.substr(eq + 1));
    if (key == "tab") {
      for (const Tab t :
           {Tab::Start, Tab::Dashboard, Tab::Indicator, Tab::Map, Tab::Peers, Tab::OwnData, Tab::Sources}) {
        if (value == tab_id(t)) out.tab = t, g.tab = true;
      }
    } else if (key == "gemeente" && !value.empty()) {
      out.gemeente = value;
      g.gemeente = true;
    } else if (key == "groep") {
      GroupKind kind;
      if (parse_group_kind(value, kind)) out.group = kind, g.group = true;
    } else if (key == "lijst") {
      out.custom = split(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
      g.custom = true;
    } else if (key == "buren") {
      out.peers = split(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
      out.edited_peers = true;
      g.peers = true;
    } else if (key == "indicator" && !value.empty()) {
      out.indicator = value;
      g.indicator = true;
    } else if (key == "periode" && !value.empty()) {
      out.period = value;
      g.period = true;
    } else if (key == "weergave") {
      for (const DetailView v :
           {DetailView::Distribution, DetailView::Funnel, DetailView::Ranking, DetailView::TimeSeries}) {
        if (value == detail_id(v)) out.detail = v, g.detail = true;
      }
    } else if (key == "taal") {
      if (parse_lang(value, out.lang)) g.lang = true;
    } else if (key == "modus") {
      for (const Mode m : {Mode::Full, Mode::Public}) {
        if (value == mode_id(m)) out.mode = m, g.mode = true;
      }
    }
    if (amp == std::string_view::npos) break;
    fragment.remove_prefix(amp + 1);
  }
  if (given) *given = g;
  return g.tab || g.gemeente || g.group || g.custom || g.peers || g.indicator || g.period || g.detail || g.lang ||
         g.mode;
}

}  // namespace jv::app
