#include "checks/consistency_indicator_unreported.h"

#include <set>

#include "checks/indicator_series.h"
#include "checks/key_measures.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::checks {

using standards::ClauseKind;

std::string ConsistencyIndicatorUnreported::title() const { return ZP_("Key measure without results"); }

void ConsistencyIndicatorUnreported::run(const CheckContext& ctx, std::vector<Finding>& out) const {
  // What the results clauses report: their text (prose, tables, indicator names and notes).
  std::string results;
  std::vector<const std::string*> reported_names;
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (c.kind != ClauseKind::Results || !ctx.written(c.id)) continue;
    results += ctx.text(c.id)->all;
    results += '\n';
    for (const model::Indicator* ind : section_indicators(*ctx.report.section(c.id)))
      reported_names.push_back(&ind->name);
  }
  if (results.empty()) return;  // no results written yet: clause.missing says so
  auto reported = [&](const std::string& name) {
    if (results.find(name) != std::string::npos) return true;
    // A name taken with a word too many ("重点监测营业收入") still matches 营业收入.
    for (const std::string* r : reported_names)
      if (!r->empty() && name.find(*r) != std::string::npos) return true;
    return false;
  };
  std::set<std::string> done;
  for (const standards::Clause& c : ctx.standard.clauses) {
    if (!c.writable || (c.kind != ClauseKind::Profile && c.kind != ClauseKind::Process)) continue;
    const SectionText* text = ctx.text(c.id);
    if (!text) continue;
    for (const BlockText& b : text->blocks) {
      for (const KeyMeasure& k : key_measures(b.text, ctx.config)) {
        if (!done.insert(k.name).second || reported(k.name)) continue;
        Finding f = finding(c.id,
                            format(ZP_("“{0}” is named here as a key measure but appears in no results clause. "
                                       "Report its values in the matching results clause, or drop it here."),
                                   k.name),
                            k.name);
        f.range = TextRange{b.block, code_points_before(b.text, k.byte_begin), code_points_before(b.text, k.byte_end)};
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace zp::checks
