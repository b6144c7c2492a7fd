#include "checks/guidance_coverage.h"

#include <algorithm>

#include "checks/clause_text.h"

namespace zp::checks {

PointCoverage point_coverage(const standards::GuidancePoint& p, std::string_view text, const CheckConfig& config) {
  PointCoverage pc;
  pc.needed = std::min(p.terms.size(), static_cast<size_t>(std::max(1, config.min_matched_terms)));
  for (const std::string& t : p.terms)
    if (!t.empty() && text.find(t) != std::string_view::npos) ++pc.found;
  return pc;
}

std::vector<bool> guidance_coverage(const standards::Clause& c, const model::Section* s, const CheckConfig& config) {
  const std::string text = s ? section_text(*s).all : std::string();
  std::vector<bool> out;
  for (const standards::GuidancePoint& p : c.points_list) {
    if (p.terms.empty())
      out.push_back(!p.name.empty() && text.find(p.name) != std::string::npos);
    else
      out.push_back(point_coverage(p, text, config).covered());
  }
  return out;
}

}  // namespace zp::checks
