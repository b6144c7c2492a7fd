#pragma once
#include "checks/check.h"

namespace zp::checks {

/// process.points_uncovered (info): a guidance point of a written process clause of which fewer than min-matched-terms
/// key terms occur (points without terms are not judged).
class ProcessPointsUncovered final : public Check {
 public:
  const char* code() const override { return "process.points_uncovered"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Info; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
