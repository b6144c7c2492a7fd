#pragma once
#include "checks/check.h"

namespace zp::checks {

/// results.few_indicators (warning): a results clause with indicators, but fewer than the minimum (3).
class ResultsFewIndicators final : public Check {
 public:
  const char* code() const override { return "results.few_indicators"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Warning; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
