#include "checks/clause_text.h"

#include "model/report_text.h"

namespace zp::checks {

using namespace zp::model;

std::string block_text(const Block& b) {
  std::string s;
  if (const auto* p = std::get_if<Paragraph>(&b)) return p->text();
  if (const auto* l = std::get_if<List>(&b)) {
    for (size_t i = 0; i < l->items.size(); ++i) {
      if (i) s += '\n';
      s += l->items[i].content.text();
    }
  } else if (const auto* t = std::get_if<Table>(&b)) {
    s = t->caption;
    for (const auto& row : t->rows) {
      s += '\n';
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) s += '\t';
        s += row[i];
      }
    }
  } else if (const auto* it = std::get_if<IndicatorTable>(&b)) {
    s = it->caption;
    for (const auto& row : indicator_table_rows(*it)) {
      s += '\n';
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) s += '\t';
        s += row[i];
      }
    }
  } else if (const auto* f = std::get_if<Figure>(&b)) {
    s = f->caption;
  }
  return s;
}

bool is_prose(const Block& b) { return std::holds_alternative<Paragraph>(b) || std::holds_alternative<List>(b); }

SectionText section_text(const Section& section) {
  SectionText st;
  st.blocks.reserve(section.blocks.size());
  for (size_t i = 0; i < section.blocks.size(); ++i) {
    const Block& b = section.blocks[i];
    st.blocks.push_back({static_cast<int>(i), is_prose(b), block_text(b)});
    if (i) st.all += '\n';
    st.all += st.blocks.back().text;
  }
  return st;
}

int code_points_before(std::string_view utf8, size_t byte) {
  if (byte > utf8.size()) byte = utf8.size();
  int n = 0;
  // Count every byte that does not continue a sequence (10xxxxxx).
  for (size_t i = 0; i < byte; ++i)
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) ++n;
  return n;
}

size_t advance_code_points(std::string_view utf8, size_t byte, int n) {
  size_t i = byte;
  while (i < utf8.size() && n > 0) {
    ++i;
    while (i < utf8.size() && (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

}  // namespace zp::checks
