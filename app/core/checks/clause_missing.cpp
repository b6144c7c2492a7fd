#include "checks/clause_missing.h"

#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

using standards::ClauseKind;

std::string ClauseMissing::title() const { return ZP_("Clause not written"); }

void ClauseMissing::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable) continue;
    if (c.kind != ClauseKind::Profile && c.kind != ClauseKind::Process && c.kind != ClauseKind::Results &&
        c.kind != ClauseKind::Item)
      continue;
    if (ctx.written(c.id)) continue;
    std::string message =
        c.kind == ClauseKind::Profile
            ? format(
                  ZP_("“{0}” is empty. The examiners read the profile first to understand the organisation: write it."),
                  model::clause_heading(c))
            : format(
                  ZP_("“{0}” is empty. A clause left unanswered scores nothing: write how the organisation meets it."),
                  model::clause_heading(c));
    out.push_back(finding(c.id, std::move(message)));
  }
}

}  // namespace zp::checks
