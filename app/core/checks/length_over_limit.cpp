#include "checks/length_over_limit.h"

#include <algorithm>

#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string LengthOverLimit::title() const { return ZP_("Report over the length limit"); }

void LengthOverLimit::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  const auto& counts = ctx.counts();
  if (!counts.limit) return;
  const long total = static_cast<long>(counts.total.words);
  const long limit = *counts.limit;
  if (total <= limit) return;
  std::string message =
      format(ZP_("The report has {0} 字, {1} more than the limit of {2} 字. Shorten it by at least {1} 字."),
             group_digits(total), group_digits(total - limit), group_digits(limit));
  // Which clauses grew most since the last save (when the caller knows the saved counts).
  if (!ctx.options.previous_clause_counts.empty()) {
    std::vector<std::pair<long, std::string>> growth;
    for (const auto& [id, c] : counts.clauses) {
      auto it = ctx.options.previous_clause_counts.find(id);
      long before = it == ctx.options.previous_clause_counts.end() ? 0 : it->second;
      if (static_cast<long>(c.words) > before) growth.emplace_back(static_cast<long>(c.words) - before, id);
    }
    std::stable_sort(growth.begin(), growth.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (growth.size() > 3) growth.resize(3);
    if (!growth.empty()) {
      std::string list;
      for (const auto& [n, id] : growth) {
        if (!list.empty()) list += ZP_(", ");
        list += format(ZP_("{0} (+{1})"), id, group_digits(n));
      }
      message += " " + format(ZP_("Grown most since the last save: {0}."), list);
    }
  }
  out.push_back(finding({}, std::move(message)));
}

}  // namespace zp::checks
