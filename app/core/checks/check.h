#pragma once
/// One check: a small class with a stable code, a translatable title and a severity. It
/// reads the report through a CheckContext and reports findings; it never changes the
/// report. Every check is listed once in checks/check_list.h.
#include <string>
#include <vector>

#include "checks/context.h"
#include "checks/finding.h"

namespace zp::checks {

class Check {
 public:
  virtual ~Check() = default;
  /// The stable code, e.g. "results.trend_short" (part of the CLI and JSON interface).
  virtual const char* code() const = 0;
  /// A short title in the user's language.
  virtual std::string title() const = 0;
  /// The severity of this check's findings.
  virtual Severity severity() const = 0;
  /// Add this check's findings to out.
  virtual void run(const CheckContext& ctx, std::vector<Finding>& out) const = 0;

 protected:
  /// A finding of this check.
  Finding finding(std::string clause, std::string message, std::string indicator = {}) const {
    Finding f;
    f.code = code();
    f.severity = severity();
    f.clause = std::move(clause);
    f.indicator = std::move(indicator);
    f.message = std::move(message);
    return f;
  }
};

}  // namespace zp::checks
