#pragma once
#include "checks/check.h"

namespace zp::checks {

/// results.no_comparison (warning): per indicator: no benchmark, competitor or industry-average value (a target is not
/// a comparison).
class ResultsNoComparison final : public Check {
 public:
  const char* code() const override { return "results.no_comparison"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Warning; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
