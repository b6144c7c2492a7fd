#pragma once
#include "checks/check.h"

namespace zp::checks {

/// clause.thin (warning): a written clause under 20% of its fair share (see fair_share.h); empty clauses are left to
/// clause.missing.
class ClauseThin final : public Check {
 public:
  const char* code() const override { return "clause.thin"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Warning; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
