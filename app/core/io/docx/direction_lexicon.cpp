#include "io/docx/direction_lexicon.h"

#include <algorithm>

#include "io/docx/heading_matcher.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/i18n.h"
#include "util/xml.h"

namespace zp::io::docx {

DirectionLexicon DirectionLexicon::parse(std::string_view data, const std::string& name) {
  xml::DocPtr doc = xml::parse(data, name);
  if (auto schema = embedded::data_file("indicator-directions.rng"))
    xml::validate(doc.get(), *schema, "indicator-directions.rng", name);
  DirectionLexicon lex;
  for (const xmlNode* m : xml::children(xmlDocGetRootElement(doc.get()), "measure")) {
    std::string suffix = fold_width(xml::attr(m, "suffix"));
    std::string dir = xml::attr(m, "direction");
    lex.measures_.emplace_back(suffix, dir == "higher" ? model::Direction::HigherIsBetter : model::Direction::LowerIsBetter);
  }
  std::stable_sort(lex.measures_.begin(), lex.measures_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return lex;
}

const DirectionLexicon& DirectionLexicon::builtin() {
  static const DirectionLexicon lex = [] {
    auto data = embedded::data_file("indicator-directions.xml");
    if (!data) throw Error(ErrorCode::NotFound, "indicator-directions.xml", ZP_("the built-in direction lexicon is missing"));
    return parse(*data, "indicator-directions.xml");
  }();
  return lex;
}

std::pair<std::string, std::string> split_unit(std::string_view raw) {
  std::string name = trim(fold_width(raw));
  // A bracketed unit at the end: （%） (万元) 【次】.
  static const std::pair<const char*, const char*> brackets[] = {{"(", ")"}, {"（", "）"}, {"【", "】"}, {"[", "]"}};
  for (const auto& [open, close] : brackets) {
    std::string_view c(close);
    if (name.size() > c.size() && name.compare(name.size() - c.size(), c.size(), c) == 0) {
      size_t o = name.rfind(open);
      if (o != std::string::npos && o > 0) {
        std::string unit = trim(name.substr(o + std::string_view(open).size(), name.size() - c.size() - o - std::string_view(open).size()));
        return {trim(name.substr(0, o)), unit};
      }
    }
  }
  return {name, {}};
}

model::Direction DirectionLexicon::direction_of(std::string_view indicator_name) const {
  std::string name = split_unit(indicator_name).first;
  for (const auto& [suffix, dir] : measures_)
    if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) return dir;
  return model::Direction::Unknown;
}

std::optional<model::Direction> DirectionLexicon::from_cell(std::string_view cell) {
  std::string s = compact_key(cell);
  if (s.empty()) return std::nullopt;
  static const char* const higher[] = {"越高越好", "越大越好", "越多越好", "高", "正向", "望大", "↑", "higher"};
  static const char* const lower[] = {"越低越好", "越小越好", "越少越好", "低", "负向", "反向", "望小", "↓", "lower"};
  for (const char* h : higher)
    if (s == h) return model::Direction::HigherIsBetter;
  for (const char* l : lower)
    if (s == l) return model::Direction::LowerIsBetter;
  return std::nullopt;
}

}  // namespace zp::io::docx
