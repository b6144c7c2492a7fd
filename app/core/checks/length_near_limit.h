#pragma once
#include "checks/check.h"

namespace zp::checks {

/// length.near_limit (warning): the report's 字数 is at or above the near-limit share (95%) of the limit, not over it.
class LengthNearLimit final : public Check {
 public:
  const char* code() const override { return "length.near_limit"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Warning; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
