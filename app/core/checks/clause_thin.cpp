#include "checks/clause_thin.h"

#include "checks/fair_share.h"
#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

namespace {

// What a longer clause of this kind should add.
const char* advice(standards::ClauseKind kind) {
  switch (kind) {
    case standards::ClauseKind::Process:
      return ZP_("Add how the approach works, how widely it is deployed, and how it is evaluated and improved.");
    case standards::ClauseKind::Results:
      return ZP_("Add the key indicators with their trends, comparisons and explanations.");
    case standards::ClauseKind::Profile:
      return ZP_("Add what examiners need to understand the organisation: its products, people, customers, "
                 "competitors and challenges.");
    default:
      return ZP_("Add the facts and examples that let examiners judge it.");
  }
}

}  // namespace

std::string ClauseThin::title() const { return ZP_("Clause much shorter than its share"); }

void ClauseThin::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || c.kind == standards::ClauseKind::Guidance || !ctx.written(c.id)) continue;
    const ThinThreshold t = thin_threshold(ctx.standard, c, ctx.config);
    const long words = ctx.content_words(c.id);
    if (words >= t.min_words) continue;
    std::string message =
        t.fair_share
            ? format(ZP_("“{0}” has {1} 字, under {2}% of its fair share of {3} 字 (the limit shared by points); "
                         "aim for at least {4} 字."),
                     model::clause_heading(c), group_digits(words), ctx.config.thin_ratio * 100,
                     group_digits(*t.fair_share), group_digits(t.min_words))
            : format(ZP_("“{0}” has {1} 字, under the {2} 字 a clause needs before examiners can judge it."),
                     model::clause_heading(c), group_digits(words), group_digits(t.min_words));
    message += " ";
    message += advice(c.kind);
    out.push_back(finding(c.id, std::move(message)));
  }
}

}  // namespace zp::checks
