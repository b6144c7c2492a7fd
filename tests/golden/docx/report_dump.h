#pragma once
// A readable text dump of a report, for golden tests: every section with its blocks, runs
// marked **bold** and *italic*, list labels, table rows, indicators with their values (text
// and parsed number), comparisons, targets and directions, figures and media.
#include <sstream>
#include <string>

#include "model/report.h"

namespace zp::testing {

inline std::string dump_value(const model::Value& v) {
  std::ostringstream os;
  os << "\"" << v.text << "\"";
  if (v.number) os << "=" << *v.number;
  return os.str();
}

inline std::string dump_runs(const model::Paragraph& p) {
  std::string s;
  for (const auto& r : p.runs) {
    std::string t = r.text;
    if (r.italic) t = "*" + t + "*";
    if (r.bold) t = "**" + t + "**";
    s += t;
  }
  std::string out;
  for (char c : s) out += c == '\n' ? std::string("\\n") : c == '\t' ? std::string("\\t") : std::string(1, c);
  return out;
}

inline std::string dump_report(const model::Report& r) {
  std::ostringstream os;
  os << "standard: " << r.standard_id << "\n";
  os << "title: " << r.title << "\n";
  for (const auto& [id, m] : r.media) os << "media: " << id << " " << m.mime << " " << m.data.size() << " bytes\n";
  for (const auto& s : r.sections) {
    if (s.blocks.empty()) continue;
    os << "section " << s.clause_id << "\n";
    for (const auto& b : s.blocks) {
      if (const auto* p = std::get_if<model::Paragraph>(&b)) {
        os << "  paragraph: " << dump_runs(*p) << "\n";
      } else if (const auto* l = std::get_if<model::List>(&b)) {
        os << "  list " << (l->ordered ? "ordered" : "bulleted") << "\n";
        for (const auto& it : l->items)
          os << "    " << std::string(static_cast<size_t>(it.level) * 2, ' ') << "[" << it.label << "] " << dump_runs(it.content)
             << "\n";
      } else if (const auto* t = std::get_if<model::Table>(&b)) {
        os << "  table \"" << t->caption << "\" header_rows=" << t->header_rows << "\n";
        for (const auto& row : t->rows) {
          os << "    |";
          for (const auto& c : row) os << " " << c << " |";
          os << "\n";
        }
      } else if (const auto* it = std::get_if<model::IndicatorTable>(&b)) {
        os << "  indicator-table \"" << it->caption << "\" years";
        for (int y : it->years) os << " " << y;
        os << "\n";
        for (const auto& ind : it->indicators) {
          os << "    indicator \"" << ind.name << "\" unit=\"" << ind.unit << "\" direction=" << model::to_string(ind.direction)
             << "\n";
          for (const auto& [y, v] : ind.values) os << "      " << y << ": " << dump_value(v) << "\n";
          if (ind.target) os << "      target: " << dump_value(*ind.target) << "\n";
          for (const auto& c : ind.comparisons) {
            os << "      comparison " << model::to_string(c.kind) << " \"" << c.label << "\"";
            if (c.single) os << " single " << dump_value(*c.single);
            for (const auto& [y, v] : c.by_year) os << " " << y << ": " << dump_value(v);
            os << "\n";
          }
          if (!ind.note.empty()) os << "      note: " << ind.note << "\n";
        }
      } else if (const auto* f = std::get_if<model::Figure>(&b)) {
        os << "  figure " << f->media_id << " \"" << f->caption << "\"\n";
      }
    }
  }
  return os.str();
}

}  // namespace zp::testing
