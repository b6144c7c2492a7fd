#include "checks/results_no_data.h"

#include "checks/indicator_series.h"
#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string ResultsNoData::title() const { return ZP_("Results clause without data"); }

void ResultsNoData::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || c.kind != standards::ClauseKind::Results || !ctx.written(c.id)) continue;
    if (!section_indicators(*ctx.report.section(c.id)).empty()) continue;
    out.push_back(finding(
        c.id, format(ZP_("“{0}” has no indicator table. Results are scored on levels, trends and comparisons: add a "
                         "table of the key indicators with at least {1} years of values and comparison values."),
                     model::clause_heading(c), ctx.config.min_consecutive_years)));
  }
}

}  // namespace zp::checks
