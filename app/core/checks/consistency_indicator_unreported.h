#pragma once
#include "checks/check.h"

namespace zp::checks {

/// consistency.indicator_unreported (info): a key measure named in the profile or a process clause (a list introduced
/// or ended by 指标/KPI) that appears in no results clause.
class ConsistencyIndicatorUnreported final : public Check {
 public:
  const char* code() const override { return "consistency.indicator_unreported"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Info; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
