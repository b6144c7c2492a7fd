#pragma once
#include "checks/check.h"

namespace zp::checks {

/// length.over_limit (error): the report's 字数 exceeds the standard's report limit.
class LengthOverLimit final : public Check {
 public:
  const char* code() const override { return "length.over_limit"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Error; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
