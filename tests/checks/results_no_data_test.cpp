#include <gtest/gtest.h>

#include "checks/check_fixtures.h"

namespace zp::checks::testing {
namespace {

TEST(ResultsNoData, FiresForAWrittenResultsClauseWithoutAnIndicatorTable) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.3", "领导的结果良好，各项指标稳步提升。");
  r.ensure_section("2.3").blocks.push_back(table({}));  // a table with no indicator in it
  auto fs = run_one(r, "results.no_data");
  EXPECT_EQ(where(fs), (std::vector<std::string>{"1.3", "2.3"}));
  EXPECT_EQ(fs[0].severity, Severity::Error);
}

TEST(ResultsNoData, SilentWithIndicatorsAndForEmptyClauses) {
  Report r = report_for("shenzhen-2019-economic");
  r.ensure_section("1.3").blocks.push_back(table({indicator("营业收入", Direction::HigherIsBetter, {{2023, "1"}})}));
  write(r, "1.1", "过程条款不需要指标表。");
  EXPECT_TRUE(run_one(r, "results.no_data").empty());  // 2.3 … are empty: clause.missing's
}

}  // namespace
}  // namespace zp::checks::testing
