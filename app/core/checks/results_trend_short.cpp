#include "checks/results_trend_short.h"

#include "checks/indicator_series.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string ResultsTrendShort::title() const { return ZP_("Trend too short"); }

void ResultsTrendShort::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  const int need = ctx.config.min_consecutive_years;
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || c.kind != standards::ClauseKind::Results) continue;
    const model::Section* s = ctx.report.section(c.id);
    if (!s) continue;
    for (const model::Indicator* ind : section_indicators(*s)) {
      const int run = longest_consecutive_years(*ind);
      if (run >= need) continue;
      std::string message =
          run == 0
              ? format(ZP_("“{0}” has no yearly values. Give at least {1} consecutive years so that examiners "
                           "can see a trend."),
                       ind->name, need)
              : format(ZP_("“{0}” has at most {1} consecutive year(s) with values; examiners look for at least {2} "
                           "consecutive years to judge a trend. Fill in the missing years."),
                       ind->name, run, need);
      out.push_back(finding(c.id, std::move(message), ind->name));
    }
  }
}

}  // namespace zp::checks
