#pragma once
#include "checks/check.h"

namespace zp::checks {

/// process.no_learning (info): a written process clause with none of the learning words (评价, 改进, PDCA …).
class ProcessNoLearning final : public Check {
 public:
  const char* code() const override { return "process.no_learning"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Info; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
