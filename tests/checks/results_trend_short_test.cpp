#include <gtest/gtest.h>

#include "checks/check_fixtures.h"
#include "checks/indicator_series.h"

namespace zp::checks::testing {
namespace {

TEST(ResultsTrendShort, FiresPerIndicatorWithoutThreeConsecutiveYears) {
  Report r = report_for("shenzhen-2019-economic");
  r.ensure_section("1.3").blocks.push_back(table({
      indicator("营业收入", Direction::HigherIsBetter, {{2022, "10"}, {2023, "11"}}),
      indicator("利润总额", Direction::HigherIsBetter, {{2021, "1"}, {2022, "—"}, {2023, "2"}}),
      indicator("纳税额", Direction::HigherIsBetter, {{2021, "1"}, {2022, "2"}, {2023, "3"}}),
  }));
  auto fs = run_one(r, "results.trend_short");
  EXPECT_EQ(where(fs), (std::vector<std::string>{"1.3|营业收入", "1.3|利润总额"}));
  EXPECT_EQ(fs[0].severity, Severity::Warning);
}

TEST(ResultsTrendShort, SilentWithThreeConsecutiveYears) {
  Report r = report_for("shenzhen-2019-economic");
  r.ensure_section("1.3").blocks.push_back(
      table({indicator("纳税额", Direction::Unknown, {{2019, "1"}, {2021, "1"}, {2022, "2"}, {2023, "3"}})}));
  EXPECT_TRUE(run_one(r, "results.trend_short").empty());
}

TEST(IndicatorSeries, LongestRunSkipsYearsWithoutNumbers) {
  EXPECT_EQ(longest_consecutive_years(
                indicator("a", Direction::Unknown, {{2019, "1"}, {2020, "—"}, {2021, "2"}, {2022, "3"}})),
            2);
  EXPECT_EQ(longest_consecutive_years(indicator("a", Direction::Unknown, {})), 0);
}

}  // namespace
}  // namespace zp::checks::testing
