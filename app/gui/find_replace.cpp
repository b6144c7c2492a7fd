#include "gui/find_replace.h"

#include <algorithm>

namespace zp::gui {

namespace {
char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

int replace_in(std::string& text, const std::string& needle, const std::string& rep, const FindOptions& o) {
  int n = 0;
  size_t pos = 0;
  while ((pos = find_in(text, needle, pos, o)) != std::string::npos) {
    text.replace(pos, needle.size(), rep);
    pos += rep.size();
    ++n;
  }
  return n;
}

int replace_in(model::Paragraph& p, const std::string& needle, const std::string& rep, const FindOptions& o) {
  int n = 0;
  for (model::Run& r : p.runs) n += replace_in(r.text, needle, rep, o);
  return n;
}
}  // namespace

size_t find_in(const std::string& text, const std::string& needle, size_t from, const FindOptions& o) {
  if (needle.empty() || from > text.size()) return std::string::npos;
  if (o.match_case) return text.find(needle, from);
  auto it = std::search(text.begin() + static_cast<long>(from), text.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return fold(a) == fold(b); });
  return it == text.end() ? std::string::npos : static_cast<size_t>(it - text.begin());
}

bool section_contains(const model::Section& s, const std::string& needle, const FindOptions& o) {
  auto has = [&](const std::string& t) { return find_in(t, needle, 0, o) != std::string::npos; };
  for (const model::Block& b : s.blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&b)) {
      if (has(p->text())) return true;
    } else if (const auto* l = std::get_if<model::List>(&b)) {
      for (const auto& it : l->items)
        if (has(it.content.text())) return true;
    } else if (const auto* t = std::get_if<model::Table>(&b)) {
      if (has(t->caption)) return true;
      for (const auto& row : t->rows)
        for (const auto& c : row)
          if (has(c)) return true;
    } else if (const auto* it = std::get_if<model::IndicatorTable>(&b)) {
      if (has(it->caption)) return true;
      for (const auto& ind : it->indicators)
        if (has(ind.name) || has(ind.note)) return true;
    } else if (const auto* f = std::get_if<model::Figure>(&b)) {
      if (has(f->caption)) return true;
    }
  }
  return false;
}

int replace_all(model::Report& r, const std::string& needle, const std::string& rep, const FindOptions& o) {
  if (needle.empty()) return 0;
  int n = 0;
  for (model::Section& s : r.sections)
    for (model::Block& b : s.blocks) {
      if (auto* p = std::get_if<model::Paragraph>(&b)) {
        n += replace_in(*p, needle, rep, o);
      } else if (auto* l = std::get_if<model::List>(&b)) {
        for (auto& it : l->items) n += replace_in(it.content, needle, rep, o);
      } else if (auto* t = std::get_if<model::Table>(&b)) {
        n += replace_in(t->caption, needle, rep, o);
        for (auto& row : t->rows)
          for (auto& c : row) n += replace_in(c, needle, rep, o);
      } else if (auto* it = std::get_if<model::IndicatorTable>(&b)) {
        n += replace_in(it->caption, needle, rep, o);
        for (auto& ind : it->indicators) n += replace_in(ind.name, needle, rep, o) + replace_in(ind.note, needle, rep, o);
      } else if (auto* f = std::get_if<model::Figure>(&b)) {
        n += replace_in(f->caption, needle, rep, o);
      }
    }
  return n;
}

}  // namespace zp::gui
