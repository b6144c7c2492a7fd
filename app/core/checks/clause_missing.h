#pragma once
#include "checks/check.h"

namespace zp::checks {

/// clause.missing (error): a profile, process, results or item clause the applicant writes is absent or empty
/// (guidance-only clauses such as the Wuhan x.x.1 概述 are not written).
class ClauseMissing final : public Check {
 public:
  const char* code() const override { return "clause.missing"; }
  std::string title() const override;
  Severity severity() const override { return Severity::Error; }
  void run(const CheckContext& ctx, std::vector<Finding>& out) const override;
};

}  // namespace zp::checks
