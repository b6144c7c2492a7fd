#include "gui/clause_lines.h"

#include <unordered_map>

#include <unicode/utf8.h>

#include "io/pdf/line_breaker.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

bool is_text_block(const model::Block& b) {
  return std::holds_alternative<model::Paragraph>(b) || std::holds_alternative<model::List>(b);
}

std::vector<uint8_t> format_of(const model::Paragraph& p) {
  std::vector<uint8_t> out;
  for (const model::Run& r : p.runs)
    out.insert(out.end(), r.text.size(), static_cast<uint8_t>((r.bold ? kFormatBold : 0) | (r.italic ? kFormatItalic : 0)));
  return out;
}

model::Paragraph paragraph_of(const std::string& text, const std::vector<uint8_t>& format) {
  model::Paragraph p;
  size_t i = 0;
  while (i < text.size()) {
    const uint8_t f = i < format.size() ? format[i] & kFormatMask : 0;
    size_t j = i + 1;
    for (;;) {
      while (j < text.size() && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;  // rest of the character
      if (j >= text.size() || (j < format.size() ? format[j] & kFormatMask : 0) != f) break;
      ++j;
    }
    p.runs.push_back({text.substr(i, j - i), (f & kFormatBold) != 0, (f & kFormatItalic) != 0});
    i = j;
  }
  if (p.runs.empty()) p.runs.push_back({});
  return p;
}

std::vector<size_t> wrap_points(const std::string& text, const std::vector<uint8_t>& format,
                                const std::function<double(char32_t, uint8_t)>& advance, double width) {
  std::u32string cps;
  std::vector<size_t> offset;  // code point -> byte offset
  std::vector<double> advances;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    const char32_t cp = c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
    cps.push_back(cp);
    offset.push_back(static_cast<size_t>(at));
    advances.push_back(advance(cp, static_cast<size_t>(at) < format.size() ? format[at] & kFormatMask : 0));
  }
  offset.push_back(text.size());
  std::vector<size_t> points;
  if (cps.empty()) return points;
  for (const io::pdf::Line& l : io::pdf::break_lines(cps, advances, width, width))
    if (l.next < cps.size()) points.push_back(offset[l.next]);
  return points;
}

std::vector<uint8_t> wrap_styles(const std::string& text, const std::vector<uint8_t>& format,
                                 const std::vector<size_t>& points) {
  std::vector<uint8_t> out(text.size());
  uint8_t alt = 0;
  size_t k = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    while (k < points.size() && points[k] <= i) {
      if (points[k] == i && i > 0) alt ^= kWrapAlternate;
      ++k;
    }
    out[i] = static_cast<uint8_t>((i < format.size() ? format[i] & kFormatMask : 0) | alt);
  }
  return out;
}

std::vector<ClauseLine> lines_from_section(const model::Section& s, BlockStore& store, int& next_key) {
  std::vector<ClauseLine> out;
  for (const model::Block& b : s.blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&b)) {
      out.push_back({LineKind::Paragraph, p->text(), 0, -1, format_of(*p)});
    } else if (const auto* l = std::get_if<model::List>(&b)) {
      for (const model::ListItem& it : l->items)
        out.push_back({l->ordered ? LineKind::Numbered : LineKind::Bullet, it.content.text(), it.level, -1, format_of(it.content)});
    } else {
      int key = next_key++;
      store[key] = b;
      out.push_back({LineKind::Block, block_label(b), 0, key});
    }
  }
  return out;
}

std::vector<model::Block> blocks_from_lines(const std::vector<ClauseLine>& lines, const BlockStore& store,
                                            const model::Section& old, std::vector<int>* line_block) {
  // What a line cannot carry, by text: the explicit labels of list items (（一）, a)). And an
  // unchanged paragraph keeps its runs as they were split (a .docx splits runs at digits),
  // so that looking at a clause never changes the report.
  std::unordered_map<std::string, const model::Paragraph*> old_paragraphs;
  std::unordered_map<std::string, const model::ListItem*> old_items;
  for (const model::Block& b : old.blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&b)) {
      old_paragraphs.emplace(p->text(), p);
    } else if (const auto* l = std::get_if<model::List>(&b)) {
      for (const model::ListItem& it : l->items) {
        old_items.emplace(it.content.text(), &it);
        old_paragraphs.emplace(it.content.text(), &it.content);
      }
    }
  }
  auto paragraph_for = [&](const ClauseLine& ln) {
    if (auto it = old_paragraphs.find(ln.text); it != old_paragraphs.end()) {
      std::vector<uint8_t> was = format_of(*it->second), now = ln.format;
      now.resize(ln.text.size(), 0);
      for (uint8_t& f : now) f &= kFormatMask;
      if (was == now) return *it->second;
    }
    return paragraph_of(ln.text, ln.format);
  };

  std::vector<model::Block> out;
  if (line_block) line_block->assign(lines.size(), -1);
  for (size_t i = 0; i < lines.size(); ++i) {
    const ClauseLine& ln = lines[i];
    switch (ln.kind) {
      case LineKind::Paragraph:
        if (ln.text.find_first_not_of(" \t\r") == std::string::npos) break;  // empty line
        out.emplace_back(paragraph_for(ln));
        if (line_block) (*line_block)[i] = static_cast<int>(out.size()) - 1;
        break;
      case LineKind::Bullet:
      case LineKind::Numbered: {
        const bool ordered = ln.kind == LineKind::Numbered;
        model::List* list = out.empty() ? nullptr : std::get_if<model::List>(&out.back());
        // A new list starts after anything else, or where the kind changes.
        bool continues = list && list->ordered == ordered && i > 0 && lines[i - 1].kind == ln.kind;
        if (!continues) {
          out.emplace_back(model::List{ordered, {}});
          list = std::get_if<model::List>(&out.back());
        }
        model::ListItem item;
        item.content = paragraph_for(ln);
        item.level = ln.level;
        if (auto li = old_items.find(ln.text); li != old_items.end()) item.label = li->second->label;
        list->items.push_back(std::move(item));
        if (line_block) (*line_block)[i] = static_cast<int>(out.size()) - 1;
        break;
      }
      case LineKind::Block: {
        auto it = store.find(ln.block_key);
        if (it == store.end()) break;
        out.push_back(it->second);
        if (line_block) (*line_block)[i] = static_cast<int>(out.size()) - 1;
        break;
      }
    }
  }
  return out;
}

std::string block_label(const model::Block& b) {
  if (const auto* t = std::get_if<model::Table>(&b))
    return std::string("▦ ") + ZP_("Table") + (t->caption.empty() ? "" : "  " + t->caption);
  if (const auto* it = std::get_if<model::IndicatorTable>(&b))
    return std::string("▤ ") + ZP_("Indicator table") + (it->caption.empty() ? "" : "  " + it->caption);
  if (const auto* f = std::get_if<model::Figure>(&b))
    return std::string("▣ ") + ZP_("Figure") + (f->caption.empty() ? "" : "  " + f->caption);
  return {};
}

namespace {
std::string join_row(const std::vector<std::string>& row) {
  std::string s;
  for (size_t i = 0; i < row.size(); ++i) s += (i ? "  │  " : "") + row[i];
  return s;
}
}  // namespace

std::string block_preview(const model::Block& b, const model::Report& report) {
  std::string s;
  if (const auto* t = std::get_if<model::Table>(&b)) {
    size_t shown = 0;
    for (const auto& row : t->rows) {
      if (shown++ == 4) {
        s += "…\n";
        break;
      }
      s += join_row(row) + "\n";
    }
    s += format(ZP_("{0} rows × {1} columns"), t->rows.size(), t->rows.empty() ? 0 : t->rows.front().size());
  } else if (const auto* it = std::get_if<model::IndicatorTable>(&b)) {
    for (const model::Indicator& ind : it->indicators) {
      std::string line = ind.name + (ind.unit.empty() ? "" : "（" + ind.unit + "）") + "：";
      for (const auto& [year, v] : ind.values) line += " " + std::to_string(year) + " " + v.text;
      if (!ind.comparisons.empty()) line += "  · " + format(ZP_("{0} comparisons"), ind.comparisons.size());
      s += line + "\n";
    }
    if (it->indicators.empty()) s += std::string(ZP_("No indicators yet: add them in the table editor below.")) + "\n";
    if (!s.empty()) s.pop_back();
  } else if (const auto* f = std::get_if<model::Figure>(&b)) {
    auto m = report.media.find(f->media_id);
    if (m == report.media.end())
      s = format(ZP_("The image {0} is missing from the report."), f->media_id);
    else
      s = format(ZP_("{0}, {1} KB"), f->media_id, (m->second.data.size() + 1023) / 1024);
  }
  return s;
}

}  // namespace zp::gui
