#include "gui/guidance_coverage.h"

#include "model/report_text.h"

namespace zp::gui {

std::string section_text(const model::Section* s) {
  if (!s) return {};
  std::vector<model::TextPiece> pieces;
  model::Numbering n;
  model::section_pieces(*s, n, pieces);
  std::string text;
  for (const model::TextPiece& p : pieces) text += p.text + "\n";
  return text;
}

std::vector<bool> guidance_coverage(const standards::Clause& c, const std::string& text) {
  // Plain substring search: terms are short Chinese phrases, so no word segmentation is
  // needed to find them.
  std::vector<bool> out;
  for (const standards::GuidancePoint& p : c.points_list) {
    bool covered = !p.name.empty() && text.find(p.name) != std::string::npos;
    for (const std::string& t : p.terms)
      if (!covered && !t.empty() && text.find(t) != std::string::npos) covered = true;
    out.push_back(covered);
  }
  return out;
}

}  // namespace zp::gui
