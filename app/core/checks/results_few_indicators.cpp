#include "checks/results_few_indicators.h"

#include "checks/indicator_series.h"
#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string ResultsFewIndicators::title() const { return ZP_("Too few indicators"); }

void ResultsFewIndicators::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || c.kind != standards::ClauseKind::Results) continue;
    const model::Section* s = ctx.report.section(c.id);
    if (!s) continue;
    const size_t n = section_indicators(*s).size();
    if (n == 0 || n >= static_cast<size_t>(ctx.config.min_indicators)) continue;  // none: results.no_data
    out.push_back(
        finding(c.id, format(ZP_("“{0}” reports {1} indicator(s). Examiners expect at least {2} key indicators "
                                 "per results clause: add the ones the process clauses name as key measures."),
                             model::clause_heading(c), n, ctx.config.min_indicators)));
  }
}

}  // namespace zp::checks
