#pragma once
#include "checks/check.h"

namespace zp::checks {

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
