#include <gtest/gtest.h>

#include "checks/check_fixtures.h"

namespace zp::checks::testing {
namespace {

TEST(ResultsNoComparison, FiresWithoutComparisonAndSaysATargetIsNotOne) {
  Report r = report_for("shenzhen-2019-economic");
  Indicator with_target = indicator("营业收入", Direction::HigherIsBetter, {{2023, "10"}});
  with_target.target = Value::parse("12");
  Indicator empty_series = indicator("利润总额", Direction::HigherIsBetter, {{2023, "1"}});
  empty_series.comparisons.push_back(benchmark_series({{2023, "—"}}));  // no number in it
  r.ensure_section("1.3").blocks.push_back(table({with_target, empty_series}));
  auto fs = run_one(r, "results.no_comparison");
  ASSERT_EQ(where(fs), (std::vector<std::string>{"1.3|营业收入", "1.3|利润总额"}));
  EXPECT_NE(fs[0].message.find("A target alone is not a comparison"), std::string::npos) << fs[0].message;
  EXPECT_NE(fs[1].message.find("a target alone would not be a comparison"), std::string::npos) << fs[1].message;
}

TEST(ResultsNoComparison, SilentWithABenchmarkOrAnIndustryValue) {
  Report r = report_for("shenzhen-2019-economic");
  Indicator a = indicator("营业收入", Direction::HigherIsBetter, {{2023, "10"}});
  a.comparisons.push_back(benchmark_series({{2022, "9"}}));
  Indicator b = indicator("利润总额", Direction::HigherIsBetter, {{2023, "1"}});
  b.comparisons.push_back(ComparisonSeries{ComparisonKind::IndustryAverage, "行业平均", {}, Value::parse("0.8")});
  r.ensure_section("1.3").blocks.push_back(table({a, b}));
  EXPECT_TRUE(run_one(r, "results.no_comparison").empty());
}

}  // namespace
}  // namespace zp::checks::testing
