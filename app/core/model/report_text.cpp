#include "model/report_text.h"

#include <set>

namespace zp::model {

using standards::Clause;
using standards::ClauseKind;

std::string clause_heading(const Clause& c) {
  if (c.id == "0") return c.title;
  return c.id + " " + c.title;
}

bool shown_in_export(const Clause& c) { return c.kind != ClauseKind::Guidance; }

std::string table_caption(int number, const std::string& caption) {
  std::string s = "表" + std::to_string(number);
  if (!caption.empty()) s += " " + caption;
  return s;
}

std::string figure_caption(int number, const std::string& caption) {
  std::string s = "图" + std::to_string(number);
  if (!caption.empty()) s += " " + caption;
  return s;
}

std::string chart_title(const Indicator& ind) { return ind.name + "趋势"; }

std::vector<std::vector<std::string>> indicator_table_rows(const IndicatorTable& t) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header{"指标", "单位"};
  for (int y : t.years) header.push_back(std::to_string(y));
  header.push_back("目标值");
  header.push_back("说明");
  const size_t cols = header.size();
  rows.push_back(std::move(header));
  for (const Indicator& ind : t.indicators) {
    std::vector<std::string> row{ind.name, ind.unit};
    for (int y : t.years) {
      auto it = ind.values.find(y);
      row.push_back(it == ind.values.end() ? "" : it->second.text);
    }
    row.push_back(ind.target ? ind.target->text : "");
    row.push_back(ind.note);
    rows.push_back(std::move(row));
    for (const ComparisonSeries& c : ind.comparisons) {
      std::vector<std::string> crow(cols);
      crow[0] = c.label.empty() ? (c.kind == ComparisonKind::Competitor        ? "竞争对手"
                                   : c.kind == ComparisonKind::IndustryAverage ? "行业平均"
                                                                               : "标杆")
                                : c.label;
      for (size_t i = 0; i < t.years.size(); ++i) {
        auto it = c.by_year.find(t.years[i]);
        if (it != c.by_year.end()) crow[2 + i] = it->second.text;
      }
      if (c.single && !t.years.empty()) crow[2 + t.years.size() - 1] = c.single->text;
      if (c.single && t.years.empty()) crow[cols - 1] = c.single->text;
      rows.push_back(std::move(crow));
    }
  }
  return rows;
}

std::vector<size_t> charted_indicators(const IndicatorTable& t) {
  std::vector<size_t> out;
  for (size_t i = 0; i < t.indicators.size(); ++i) {
    int numeric = 0;
    for (const auto& [y, v] : t.indicators[i].values)
      if (v.number) ++numeric;
    if (numeric >= 2) out.push_back(i);
  }
  return out;
}

void section_pieces(const Section& s, Numbering& n, std::vector<TextPiece>& out) {
  for (size_t bi = 0; bi < s.blocks.size(); ++bi) {
    const Block& b = s.blocks[bi];
    const int block = static_cast<int>(bi);
    if (const auto* p = std::get_if<Paragraph>(&b)) {
      out.push_back({PieceKind::Paragraph, s.clause_id, p->text(), 0, block});
    } else if (const auto* l = std::get_if<List>(&b)) {
      int number = 0;
      for (const ListItem& it : l->items) {
        ++number;
        std::string label = it.label;
        if (label.empty()) label = l->ordered ? std::to_string(number) + "." : "•";
        out.push_back({PieceKind::ListItem, s.clause_id, label + " " + it.content.text(), it.level, block});
      }
    } else if (const auto* t = std::get_if<Table>(&b)) {
      out.push_back({PieceKind::Caption, s.clause_id, table_caption(n.next_table++, t->caption), 0, block});
      for (const auto& row : t->rows)
        for (const auto& cell : row) out.push_back({PieceKind::TableCell, s.clause_id, cell, 0, block});
    } else if (const auto* it = std::get_if<IndicatorTable>(&b)) {
      out.push_back({PieceKind::Caption, s.clause_id, table_caption(n.next_table++, it->caption), 0, block});
      for (const auto& row : indicator_table_rows(*it))
        for (const auto& cell : row) out.push_back({PieceKind::TableCell, s.clause_id, cell, 0, block});
      for (size_t i : charted_indicators(*it))
        out.push_back({PieceKind::Caption, s.clause_id, figure_caption(n.next_figure++, chart_title(it->indicators[i])), 0, block});
    } else if (const auto* f = std::get_if<Figure>(&b)) {
      out.push_back({PieceKind::Caption, s.clause_id, figure_caption(n.next_figure++, f->caption), 0, block});
    }
  }
}

std::vector<TextPiece> body_pieces(const Report& r, const standards::Standard& st) {
  std::vector<TextPiece> out;
  Numbering n;
  std::set<std::string> done;
  for (const Clause& c : st.clauses) {
    if (!shown_in_export(c)) continue;
    out.push_back({PieceKind::Heading, c.id, clause_heading(c), c.depth, -1});
    if (const Section* s = r.section(c.id)) section_pieces(*s, n, out);
    done.insert(c.id);
  }
  return out;
}

}  // namespace zp::model
