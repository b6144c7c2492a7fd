#pragma once
#include "checks/check.h"

namespace zp::checks {

/// results.adverse_unexplained (warning): per indicator: the latest year with a number is worse than the year before it
/// that has one, by the indicator's direction (unknown direction: no finding), and neither the indicator's note nor a
/// sentence of the clause naming the indicator gives a reason.
class ResultsAdverseUnexplained final : public Check {
 public:
  const char* code() const override { return "results.adverse_unexplained"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Warning; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
