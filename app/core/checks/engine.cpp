#include "checks/engine.h"

#include <algorithm>
#include <memory>

#include "checks/config.h"
#include "checks/context.h"
#include "checks/registry.h"
#include "text/spelling.h"

namespace zp::checks {

std::vector<CheckInfo> check_catalog() {
  std::vector<CheckInfo> out;
  for (const auto& c : all_checks()) out.push_back({c->code(), c->severity(), c->title()});
  return out;
}

std::vector<Finding> run_checks(const model::Report& report, const standards::Standard& standard,
                                const CheckOptions& options) {
  auto wanted = [&](const Check& c) {
    if (!options.spelling && std::string_view(c.code()) == "spell.unknown") return false;
    return options.only.empty() || std::find(options.only.begin(), options.only.end(), c.code()) != options.only.end();
  };
  // A speller for this run when the caller brings none: the shared en_US engine plus the
  // report's own words (cheap: the dictionary itself is loaded once per process).
  std::unique_ptr<text::Spelling> own_speller;
  const text::Spelling* speller = options.speller;
  bool spelling_wanted = false;
  for (const auto& c : all_checks())
    if (std::string_view(c->code()) == "spell.unknown" && wanted(*c)) spelling_wanted = true;
  if (spelling_wanted && !speller) {
    own_speller = std::make_unique<text::Spelling>(report.dictionary);
    speller = own_speller.get();
  }

  CheckContext ctx(report, standard, options, CheckConfig::builtin(), speller);
  std::vector<Finding> findings;
  for (const auto& c : all_checks())
    if (wanted(*c)) c->run(ctx, findings);

  // The standard's clause order (report-wide findings first), errors first within a clause;
  // otherwise the order of the check list and of each check's own findings.
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    int oa = a.clause.empty() ? -1 : standard.order_of(a.clause);
    int ob = b.clause.empty() ? -1 : standard.order_of(b.clause);
    if (oa != ob) return oa < ob;
    return static_cast<int>(a.severity) > static_cast<int>(b.severity);
  });
  return findings;
}

}  // namespace zp::checks
