#pragma once
#include "checks/check.h"

namespace zp::checks {

/// length.part_over_limit (error): a clause-scoped limit is exceeded (Beijing overview 0 = 0.1 + 0.2: 3,000 字; the
/// clause is counted with its sub-clauses and headings).
class LengthPartOverLimit final : public Check {
 public:
  const char* code() const override { return "length.part_over_limit"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Error; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
