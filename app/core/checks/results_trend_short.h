#pragma once
#include "checks/check.h"

namespace zp::checks {

/// results.trend_short (warning): per indicator: no run of the minimum number (3) of consecutive years holding numbers.
class ResultsTrendShort final : public Check {
 public:
  const char* code() const override { return "results.trend_short"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Warning; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
