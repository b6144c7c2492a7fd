#include <gtest/gtest.h>

#include "checks/check_fixtures.h"

namespace zp::checks::testing {
namespace {

TEST(LengthPartOverLimit, CountsTheOverviewWithItsSubClauses) {
  Report r = report_for("beijing-2020");  // 0 组织概述: 3,000 字 over 0.1 and 0.2
  write(r, "0.1", han(2000));
  write(r, "0.2", han(1100));  // neither alone is over
  auto fs = run_one(r, "length.part_over_limit");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(fs[0].clause, "0");
  EXPECT_EQ(fs[0].severity, Severity::Error);
  EXPECT_NE(fs[0].message.find("3,000"), std::string::npos);
}

TEST(LengthPartOverLimit, SilentWithinTheClauseLimit) {
  Report r = report_for("beijing-2020");
  write(r, "0.1", han(1400));
  write(r, "0.2", han(1400));
  write(r, "1.1", han(5000));  // other clauses do not count
  EXPECT_TRUE(run_one(r, "length.part_over_limit").empty());
}

}  // namespace
}  // namespace zp::checks::testing
