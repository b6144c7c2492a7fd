#include <gtest/gtest.h>

#include "checks/check_fixtures.h"

namespace zp::checks::testing {
namespace {

TEST(ProcessNoLearning, FiresWithoutEvaluationOrImprovement) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", "高层领导每年召开文化宣贯大会。");
  auto fs = run_one(r, "process.no_learning");
  ASSERT_EQ(where(fs), std::vector<std::string>{"1.1"});
  EXPECT_EQ(fs[0].severity, Severity::Info);
  EXPECT_FALSE(fs[0].range);
}

TEST(ProcessNoLearning, SilentWithALearningWordAndForResultsClauses) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", "按PDCA循环开展文化宣贯。");
  write(r, "1.2", "每年对治理体系开展评估。");
  write(r, "1.3", "营业收入持续增长。");  // results: not judged on L
  EXPECT_TRUE(run_one(r, "process.no_learning").empty());
}

}  // namespace
}  // namespace zp::checks::testing
