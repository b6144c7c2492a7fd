#include "checks/results_adverse_unexplained.h"

#include "checks/indicator_series.h"
#include "checks/sentences.h"
#include "checks/word_lists.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

namespace {

// Whether a sentence of the clause's prose names the indicator and gives a reason.
bool explained_in_text(const SectionText& text, const std::string& name, const CheckConfig& config) {
  if (name.empty()) return false;
  for (const BlockText& b : text.blocks) {
    if (!b.prose || b.text.find(name) == std::string::npos) continue;
    for (std::string_view sentence : split_sentences(b.text))
      if (sentence.find(name) != std::string_view::npos && gives_reason(sentence, config)) return true;
  }
  return false;
}

}  // namespace

std::string ResultsAdverseUnexplained::title() const { return ZP_("Adverse result left unexplained"); }

void ResultsAdverseUnexplained::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || c.kind != standards::ClauseKind::Results) continue;
    const model::Section* s = ctx.report.section(c.id);
    if (!s) continue;
    for (const model::Indicator* ind : section_indicators(*s)) {
      auto change = latest_change(*ind);
      if (!change || !is_adverse(*ind, *change)) continue;
      if (gives_reason(ind->note, ctx.config)) continue;
      if (const SectionText* t = ctx.text(c.id); t && explained_in_text(*t, ind->name, ctx.config)) continue;
      const char* direction =
          ind->direction == model::Direction::LowerIsBetter ? ZP_("lower is better") : ZP_("higher is better");
      out.push_back(finding(
          c.id,
          format(ZP_("“{0}” got worse in {1}: {2} against {3} in {4} ({5}), and neither its note nor a sentence "
                     "naming it gives a reason. Explain the cause (原因, 由于 …) and what is being done about it."),
                 ind->name, change->year, ind->values.at(change->year).text, ind->values.at(change->previous_year).text,
                 change->previous_year, direction),
          ind->name));
    }
  }
}

}  // namespace zp::checks
