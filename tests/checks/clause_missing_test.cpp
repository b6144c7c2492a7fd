#include <gtest/gtest.h>

#include <set>

#include "checks/check_fixtures.h"
#include "model/report_factory.h"

namespace zp::checks::testing {
namespace {

TEST(ClauseMissing, FiresForEveryWrittenClauseButNotForGuidance) {
  const auto& st = standard("wuhan-2022-manufacturing");
  Report r = new_report(st, "某公司");  // every section empty
  auto fs = run_one(r, "clause.missing");
  std::set<std::string> got;
  for (const auto& f : fs) {
    EXPECT_EQ(f.severity, Severity::Error);
    got.insert(f.clause);
  }
  EXPECT_TRUE(got.count("5.1"));     // profile
  EXPECT_TRUE(got.count("5.2.2"));   // process
  EXPECT_TRUE(got.count("5.2.4"));   // results
  EXPECT_FALSE(got.count("5.2.1"));  // 概述: guidance only
  EXPECT_FALSE(got.count("5.2"));    // category
  EXPECT_EQ(got.size(), 1u + 6 * 3);
}

TEST(ClauseMissing, WhitespaceOnlyIsEmptyAndTextIsNot) {
  Report r = report_for("beijing-2020");
  write(r, "0.1", "  \n ");
  auto fs = run_one(r, "clause.missing");
  EXPECT_EQ(fs.front().clause, "0.1");
  write(r, "0.1", "公司成立于2003年。");
  for (const auto& f : run_one(r, "clause.missing")) {
    EXPECT_NE(f.clause, "0.1");
    EXPECT_NE(f.clause, "0");  // the container of 0.1 and 0.2 is not written itself
  }
}

}  // namespace
}  // namespace zp::checks::testing
