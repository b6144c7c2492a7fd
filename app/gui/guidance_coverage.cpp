#include "gui/guidance_coverage.h"

#include <algorithm>

#include "checks/clause_text.h"
#include "checks/config.h"

namespace zp::gui {

std::vector<bool> guidance_coverage(const standards::Clause& c, const model::Section* s) {
  // The same text and threshold as the check, so the ticks and the findings agree.
  const std::string text = s ? checks::section_text(*s).all : std::string();
  const size_t min_terms = static_cast<size_t>(std::max(1, checks::CheckConfig::builtin().min_matched_terms));
  std::vector<bool> out;
  for (const standards::GuidancePoint& p : c.points_list) {
    if (p.terms.empty()) {
      out.push_back(!p.name.empty() && text.find(p.name) != std::string::npos);
      continue;
    }
    size_t found = 0;
    for (const std::string& t : p.terms)
      if (!t.empty() && text.find(t) != std::string::npos) ++found;
    out.push_back(found >= std::min(p.terms.size(), min_terms));
  }
  return out;
}

}  // namespace zp::gui
