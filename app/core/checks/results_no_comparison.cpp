#include "checks/results_no_comparison.h"

#include "checks/indicator_series.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string ResultsNoComparison::title() const { return ZP_("Indicator without comparison"); }

void ResultsNoComparison::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || c.kind != standards::ClauseKind::Results) continue;
    const model::Section* s = ctx.report.section(c.id);
    if (!s) continue;
    for (const model::Indicator* ind : section_indicators(*s)) {
      if (has_comparison(*ind)) continue;
      std::string message =
          ind->target && ind->target->number
              ? format(ZP_("“{0}” has a target but no benchmark, competitor or industry value. A target alone is not "
                           "a comparison: add the value of a benchmark (标杆), a competitor (竞争对手) or the industry "
                           "average (行业平均)."),
                       ind->name)
              : format(ZP_("“{0}” has no benchmark, competitor or industry value. Add the value of a benchmark (标杆), "
                           "a competitor (竞争对手) or the industry average (行业平均); a target alone would not be a "
                           "comparison."),
                       ind->name);
      out.push_back(finding(c.id, std::move(message), ind->name));
    }
  }
}

}  // namespace zp::checks
