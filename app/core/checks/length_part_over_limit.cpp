#include "checks/length_part_over_limit.h"

#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string LengthPartOverLimit::title() const { return ZP_("Clause over its length limit"); }

void LengthPartOverLimit::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  for (const standards::Limit& l : ctx.standard.limits) {
    if (l.scope == "report") continue;
    const standards::Clause* c = ctx.standard.clause(l.scope);
    if (!c) continue;
    const long words = ctx.subtree_words(c->id);
    if (words <= l.max) continue;
    out.push_back(finding(
        c->id,
        format(ZP_("“{0}” has {1} 字 with its sub-clauses, {2} more than its limit of {3} 字. Shorten it by at "
                   "least {2} 字."),
               model::clause_heading(*c), group_digits(words), group_digits(words - l.max), group_digits(l.max))));
  }
}

}  // namespace zp::checks
