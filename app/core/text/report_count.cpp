#include "text/report_count.h"

#include "model/report_text.h"

namespace zp::text {

Counts ReportCounts::subtree(const std::string& id) const {
  Counts total;
  for (const auto& [cid, c] : clauses)
    if (cid == id || (cid.size() > id.size() && cid.compare(0, id.size(), id) == 0 && cid[id.size()] == '.'))
      total += c;
  return total;
}

ReportCounts count_report(const model::Report& report, const standards::Standard& standard) {
  ReportCounts rc;
  rc.limit = standard.report_limit();
  std::string current;
  Counter counter;
  auto flush = [&] {
    if (current.empty()) return;
    Counts c = counter.counts();
    rc.clauses[current] += c;
    rc.total += c;
    counter = Counter();
  };
  for (const model::TextPiece& p : model::body_pieces(report, standard)) {
    if (p.clause != current) {
      flush();
      current = p.clause;
    }
    counter.add(p.text);
    counter.paragraph_break();
  }
  flush();
  return rc;
}

Counts count_section(const model::Section& section) {
  std::vector<model::TextPiece> pieces;
  model::Numbering n;
  model::section_pieces(section, n, pieces);
  Counter counter;
  for (const auto& p : pieces) {
    counter.add(p.text);
    counter.paragraph_break();
  }
  return counter.counts();
}

}  // namespace zp::text
