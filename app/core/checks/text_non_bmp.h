#pragma once
#include "checks/check.h"

namespace zp::checks {

/// text.non_bmp (warning): characters beyond the Basic Multilingual Plane, which the PDF cannot draw; one finding per
/// run of them, with its range.
class TextNonBmp final : public Check {
 public:
  const char* code() const override { return "text.non_bmp"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Warning; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
