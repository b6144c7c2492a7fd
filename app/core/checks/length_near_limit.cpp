#include "checks/length_near_limit.h"

#include <cmath>

#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string LengthNearLimit::title() const { return ZP_("Report close to the length limit"); }

void LengthNearLimit::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  const auto& counts = ctx.counts();
  if (!counts.limit || *counts.limit <= 0) return;
  const long total = static_cast<long>(counts.total.words);
  const long limit = *counts.limit;
  const long threshold = static_cast<long>(std::ceil(ctx.config.near_limit_ratio * static_cast<double>(limit)));
  if (total < threshold || total > limit) return;  // over the limit is length.over_limit's
  out.push_back(finding(
      {}, format(ZP_("The report has {0} 字, {1}% of the limit of {2} 字; only {3} 字 remain. Keep additions short, "
                     "or tighten the longest clauses first."),
                 group_digits(total), total * 100 / limit, group_digits(limit), group_digits(limit - total))));
}

}  // namespace zp::checks
