#include "checks/process_no_learning.h"

#include "checks/word_lists.h"
#include "model/report_text.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

std::string ProcessNoLearning::title() const { return ZP_("No evaluation and improvement"); }

void ProcessNoLearning::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  std::string examples;
  for (size_t i = 0; i < ctx.config.learning_words.size() && i < 4; ++i) {
    if (i) examples += "、";
    examples += ctx.config.learning_words[i];
  }
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || c.kind != standards::ClauseKind::Process || !ctx.written(c.id)) continue;
    if (contains_any(ctx.text(c.id)->all, ctx.config.learning_words)) continue;
    out.push_back(finding(
        c.id, format(ZP_("“{0}” shows no sign of evaluation and improvement ({1} …). Examiners score Learning, the L "
                         "of A-D-L-I: describe how the approach is evaluated and what was improved as a result."),
                     model::clause_heading(c), examples)));
  }
}

}  // namespace zp::checks
