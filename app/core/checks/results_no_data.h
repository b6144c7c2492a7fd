#pragma once
#include "checks/check.h"

namespace zp::checks {

/// results.no_data (error): a written results clause with no indicator table holding an indicator (an empty clause is
/// left to clause.missing).
class ResultsNoData final : public Check {
 public:
  const char* code() const override { return "results.no_data"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Error; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
