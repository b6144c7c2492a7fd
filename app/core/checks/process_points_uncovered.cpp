#include "checks/process_points_uncovered.h"

#include <algorithm>

#include "checks/guidance_coverage.h"
#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string ProcessPointsUncovered::title() const { return ZP_("Guidance point not addressed"); }

void ProcessPointsUncovered::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || c.kind != standards::ClauseKind::Process || !ctx.written(c.id)) continue;
    const SectionText* text = ctx.text(c.id);
    for (const standards::GuidancePoint& p : c.points_list) {
      if (p.terms.empty()) continue;  // nothing to judge it by
      const PointCoverage pc = point_coverage(p, text->all, ctx.config);
      if (pc.covered()) continue;
      std::string terms;
      for (const std::string& term : p.terms) {
        if (!terms.empty()) terms += "、";
        terms += term;
      }
      std::string point = p.name.empty() || p.name == p.label ? p.label : p.label + " " + p.name;
      out.push_back(finding(
          c.id, format(ZP_("The guidance point “{0}” of {1} does not seem to be addressed: {2} of its key terms ({3}) "
                           "occur in the text, where at least {4} would show it. Describe how the organisation "
                           "handles it."),
                       point, model::clause_heading(c), pc.found, terms, pc.needed)));
    }
  }
}

}  // namespace zp::checks
