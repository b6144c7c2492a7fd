#pragma once
#include "checks/check.h"
#include "checks/config.h"
#include "text/spelling.h"

namespace zp::checks {

/// Whether the spelling check looks a Latin-script word up at all (the finding here and the
/// editor's squiggles alike): at least spelling_min_length letters, and not an acronym in
/// capitals (PDCA, KPI) when spelling_ignore_acronyms (standards/data/checks.xml).
bool spell_checked(const text::LatinWord& word, const CheckConfig& config);

/// spell.unknown (info): a Latin-script word that Hunspell (en_US plus the report's dictionary) does not know;
/// suggestions only on demand.
class SpellUnknown final : public Check {
 public:
  const char* code() const override { return "spell.unknown"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Info; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
