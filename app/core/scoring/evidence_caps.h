#pragma once
/// Evidence caps: where a scoring guide ties a band to countable evidence (e.g. the Shenzhen
/// economic results guide: "基本指标少于3个" or "趋势数据少于三年" is the 10%–25% band), the
/// check engine's findings show how high a unit can reasonably be scored. Advice only: a cap
/// is shown next to the score and never changes it. The rules are data
/// (standards/data/evidence-caps.xml), each quoting the band descriptor it comes from.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/finding.h"
#include "standards/standard.h"

namespace zp::scoring {

/// One rule of evidence-caps.xml.
struct CapRule {
  std::string standard;     ///< standard id
  std::string guide;        ///< id of the guide the unit is scored on
  std::string finding;      ///< check code, e.g. "results.few_indicators"
  double max_percent = 0;   ///< the top of the band the evidence limits the unit to
  std::string factor;       ///< factor of the quoted descriptor (Le, T …), may be empty
  std::string quote;        ///< the band descriptor, as the standard prints it
  long line = 0;            ///< line in the rules file
};

/// Parse and validate a rules file (schema evidence-caps.rng); throws zp::Error naming it.
std::vector<CapRule> parse_cap_rules(std::string_view xml, const std::string& name);
/// The built-in rules (parsed once).
const std::vector<CapRule>& cap_rules();

/// Problems of a rule against its standard: unknown guide, no band topping at max_percent,
/// or a quote that is not a descriptor (with that factor) of that band. Empty when sound.
std::vector<std::string> verify_cap_rule(const CapRule& rule, const standards::Standard& st);

/// Advice for one unit from one rule: the findings that triggered it.
struct CapAdvice {
  std::string clause;                   ///< the scoring unit
  double max_percent = 0;
  std::string finding;                  ///< the check code
  std::vector<std::string> indicators;  ///< indicators the findings name (may be empty)
  std::vector<std::string> messages;    ///< the findings' messages
  std::string factor;
  std::string quote;                    ///< the band descriptor
  std::string band_label;               ///< the band as the guide prints it
  /// "at most 25% advised: …" in the user's language.
  std::string advice() const;
};

/// The advice the findings give: one entry per unit and rule, in the findings' order. A
/// finding counts for the scoring unit that is its clause or holds it; only units scored
/// on the rule's guide are capped.
std::vector<CapAdvice> evidence_caps(const standards::Standard& st, const std::vector<checks::Finding>& findings,
                                     const std::vector<CapRule>& rules = cap_rules());

/// The lowest cap among advice for one unit, or nullopt.
std::optional<double> lowest_cap(const std::vector<CapAdvice>& advice, const std::string& clause_id);

}  // namespace zp::scoring
